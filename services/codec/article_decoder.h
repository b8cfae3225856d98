// Decoding of input articles (JSON, as produced by newsrooms) into
// extract::Article, with every per-record failure reported as a value.
//
// Accepted: a JSON object with
//   id            string or integer (required)
//   text | body   non-blank string (required; `text` wins when both are set)
//   title, source, url, published_at, lang   optional strings (null = absent)
// Unknown fields are ignored (producers add fields; that is not an error).
//
// Threading: pure functions, safe from any thread.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "common/result.h"
#include "extract/types.h"

namespace newswire::codec {

// The closed set of reasons a record is dead-lettered. The names (ReasonName)
// appear in the DLQ header __connect.errors.exception.class.name and in the
// newswire_pipeline_dead_lettered_total{reason} metric.
enum class DecodeReason {
  kInvalidJson,
  kMissingField,
  kInvalidType,
  kInvalidUtf8,
  kTooLarge,
  kEmptyText,
  kProcessingError,  // not produced by the decoder: extraction/encoding failed
};

// "invalid_json", "missing_field", "invalid_type", "invalid_utf8",
// "too_large", "empty_text", "processing_error".
std::string_view ReasonName(DecodeReason reason);

struct DecodeError {
  DecodeReason reason;
  std::string detail;  // human-readable, names the field / position
};

inline constexpr size_t kDefaultMaxArticleBytes = 1 << 20;

// Decodes one record value. Never throws. Records larger than
// `max_bytes` are rejected before parsing.
common::Result<extract::Article, DecodeError> DecodeArticle(
    std::string_view bytes, size_t max_bytes = kDefaultMaxArticleBytes);

// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates,
// nothing above U+10FFFF).
bool IsValidUtf8(std::string_view bytes);

}  // namespace newswire::codec
