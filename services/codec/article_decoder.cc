#include "codec/article_decoder.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <cstdint>
#include <string>

namespace newswire::codec {
namespace {

using common::MakeError;
using Decoded = common::Result<extract::Article, DecodeError>;

Decoded Fail(DecodeReason reason, std::string detail) {
  return MakeError(DecodeError{reason, std::move(detail)});
}

bool IsBlank(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return false;
  }
  return true;
}

std::string_view TypeName(const rapidjson::Value& v) {
  switch (v.GetType()) {
    case rapidjson::kNullType:
      return "null";
    case rapidjson::kFalseType:
    case rapidjson::kTrueType:
      return "boolean";
    case rapidjson::kObjectType:
      return "object";
    case rapidjson::kArrayType:
      return "array";
    case rapidjson::kStringType:
      return "string";
    case rapidjson::kNumberType:
      return "number";
  }
  return "unknown";
}

}  // namespace

std::string_view ReasonName(DecodeReason reason) {
  switch (reason) {
    case DecodeReason::kInvalidJson:
      return "invalid_json";
    case DecodeReason::kMissingField:
      return "missing_field";
    case DecodeReason::kInvalidType:
      return "invalid_type";
    case DecodeReason::kInvalidUtf8:
      return "invalid_utf8";
    case DecodeReason::kTooLarge:
      return "too_large";
    case DecodeReason::kEmptyText:
      return "empty_text";
    case DecodeReason::kProcessingError:
      return "processing_error";
  }
  return "processing_error";
}

bool IsValidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    unsigned char c = *p;
    if (c < 0x80) {
      ++p;
      continue;
    }
    int n;
    uint32_t cp;
    if ((c & 0xE0) == 0xC0) {
      n = 1;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      n = 2;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      n = 3;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (end - p < n + 1) return false;
    for (int i = 1; i <= n; ++i) {
      if ((p[i] & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (p[i] & 0x3F);
    }
    if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000)) return false;
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    p += n + 1;
  }
  return true;
}

common::Result<extract::Article, DecodeError> DecodeArticle(std::string_view bytes,
                                                            size_t max_bytes) {
  if (bytes.size() > max_bytes) {
    return Fail(DecodeReason::kTooLarge, "record is " + std::to_string(bytes.size()) +
                                             " bytes, limit is " + std::to_string(max_bytes));
  }
  if (!IsValidUtf8(bytes)) {
    return Fail(DecodeReason::kInvalidUtf8, "record is not valid UTF-8");
  }
  rapidjson::Document doc;
  // Strings are copied out below, so a non-destructive parse of the view is
  // fine. Trailing non-blank bytes after the object are an error.
  // Iterative, not recursive: a record of 100k '[' would otherwise overflow
  // the worker's stack (tests/fuzz/corpus/decoder/deep_array). The DOM's
  // pool allocator frees without recursing, so deep values are safe to drop.
  doc.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag>(bytes.data(),
                                                                                    bytes.size());
  if (doc.HasParseError()) {
    if (doc.GetParseError() == rapidjson::kParseErrorStringInvalidEncoding) {
      return Fail(DecodeReason::kInvalidUtf8, "invalid UTF-8 in a string");
    }
    if (doc.GetParseError() == rapidjson::kParseErrorStringUnicodeSurrogateInvalid) {
      return Fail(DecodeReason::kInvalidUtf8, "a string escapes a lone surrogate at offset " +
                                                  std::to_string(doc.GetErrorOffset()));
    }
    return Fail(DecodeReason::kInvalidJson,
                std::string(rapidjson::GetParseError_En(doc.GetParseError())) + " at offset " +
                    std::to_string(doc.GetErrorOffset()));
  }
  if (!doc.IsObject()) {
    return Fail(DecodeReason::kInvalidType,
                "top-level value is " + std::string(TypeName(doc)) + ", expected an object");
  }

  extract::Article article;
  auto id_it = doc.FindMember("id");
  if (id_it == doc.MemberEnd() || id_it->value.IsNull()) {
    return Fail(DecodeReason::kMissingField, "field 'id' is required");
  }
  const rapidjson::Value& id = id_it->value;
  if (id.IsString()) {
    article.id.assign(id.GetString(), id.GetStringLength());
  } else if (id.IsInt64()) {
    article.id = std::to_string(id.GetInt64());
  } else if (id.IsUint64()) {
    article.id = std::to_string(id.GetUint64());
  } else {
    return Fail(DecodeReason::kInvalidType, "field 'id' is " + std::string(TypeName(id)) +
                                                (id.IsNumber() ? " (not an integer)" : "") +
                                                ", expected a string or an integer");
  }
  if (IsBlank(article.id)) {
    return Fail(DecodeReason::kMissingField, "field 'id' is empty");
  }

  const rapidjson::Value* text = nullptr;
  std::string_view text_field;
  for (const char* name : {"text", "body"}) {
    auto it = doc.FindMember(name);
    if (it != doc.MemberEnd() && !it->value.IsNull()) {
      if (!it->value.IsString()) {
        return Fail(DecodeReason::kInvalidType, "field '" + std::string(name) + "' is " +
                                                    std::string(TypeName(it->value)) +
                                                    ", expected a string");
      }
      if (text == nullptr) {
        text = &it->value;
        text_field = name;
      }
    }
  }
  if (text == nullptr) {
    return Fail(DecodeReason::kMissingField, "field 'text' (or 'body') is required");
  }
  article.text.assign(text->GetString(), text->GetStringLength());
  if (IsBlank(article.text)) {
    return Fail(DecodeReason::kEmptyText, "field '" + std::string(text_field) + "' is empty");
  }

  struct Optional {
    const char* name;
    std::string* out;
  } optionals[] = {{"title", &article.title},
                   {"source", &article.source},
                   {"url", &article.url},
                   {"published_at", &article.published_at},
                   {"lang", &article.lang}};
  for (const Optional& o : optionals) {
    auto it = doc.FindMember(o.name);
    if (it == doc.MemberEnd() || it->value.IsNull()) continue;
    if (!it->value.IsString()) {
      return Fail(DecodeReason::kInvalidType, "field '" + std::string(o.name) + "' is " +
                                                  std::string(TypeName(it->value)) +
                                                  ", expected a string");
    }
    o.out->assign(it->value.GetString(), it->value.GetStringLength());
  }
  // RapidJSON 1.1.0 turns an escaped lone low surrogate ("\udc00") into the
  // ill-formed UTF-8 bytes ED B0 80 without an error (found by tests/fuzz,
  // decoder): check what was decoded, not only the record.
  struct Field {
    std::string_view name;
    const std::string* value;
  } fields[] = {{"id", &article.id},       {text_field, &article.text},
                {"title", &article.title}, {"source", &article.source},
                {"url", &article.url},     {"published_at", &article.published_at},
                {"lang", &article.lang}};
  for (const Field& f : fields) {
    if (!IsValidUtf8(*f.value)) {
      return Fail(DecodeReason::kInvalidUtf8,
                  "field '" + std::string(f.name) + "' escapes a lone surrogate");
    }
  }
  return article;
}

}  // namespace newswire::codec
