// Fuzz target: the codec (services/codec), both directions.
//
// Input, by its first byte:
//   0x01 <protobuf>   a newswire.v1.Event in the wire format; parsed with the
//                     generated class, converted to extract::Event, encoded
//                     again in both formats and parsed back
//   0x02 <fields>     raw bytes as Event fields, one per line (event_id,
//                     article_id, type, trigger, sentence, date, actor name,
//                     actor country, topic, rest = lang); encoded in both
//                     formats and parsed back
//   anything else     one record value for codec::DecodeArticle (JSON)
// Contracts checked (article_decoder.h, event_encoder.h): DecodeArticle never
// throws; an accepted article has a non-blank id and text and valid UTF-8 in
// every field; encoders always produce valid JSON (valid UTF-8, parseable by
// RapidJSON with encoding validation) and a parseable proto3 message, and
// strings that were valid UTF-8 survive the round trip unchanged.
#include <rapidjson/document.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "codec/article_decoder.h"
#include "codec/event_encoder.h"
#include "fuzz_support.h"
#include "newswire.pb.h"

namespace {

using namespace newswire;

// Checks that `json` is one valid JSON object; returns it parsed.
rapidjson::Document ParseJsonOutput(const std::string& json) {
  FUZZ_CHECK(codec::IsValidUtf8(json), "encoder JSON is valid UTF-8");
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(json.data(), json.size());
  FUZZ_CHECK(!doc.HasParseError(), "encoder JSON parses");
  FUZZ_CHECK(doc.IsObject(), "encoder JSON is an object");
  return doc;
}

// The string member `key` of `doc` equals `expected` when that was valid UTF-8.
void CheckJsonString(const rapidjson::Document& doc, const char* key, const std::string& expected) {
  auto it = doc.FindMember(key);
  FUZZ_CHECK(it != doc.MemberEnd() && it->value.IsString(), "encoder JSON has every string field");
  if (codec::IsValidUtf8(expected)) {
    FUZZ_CHECK(std::string_view(it->value.GetString(), it->value.GetStringLength()) == expected,
               "valid UTF-8 string survives the JSON round trip");
  }
}

void CheckEncodings(const extract::Event& e) {
  const auto doc = ParseJsonOutput(codec::EncodeEvent(e, codec::Format::kJson));
  CheckJsonString(doc, "event_id", e.event_id);
  CheckJsonString(doc, "type", e.type);
  CheckJsonString(doc, "trigger", e.trigger);
  CheckJsonString(doc, "sentence", e.sentence);
  CheckJsonString(doc, "lang", e.lang);

  v1::Event back;
  const std::string pb = codec::EncodeEvent(e, codec::Format::kProtobuf);
  FUZZ_CHECK(back.ParseFromString(pb), "encoder protobuf parses");
  if (codec::IsValidUtf8(e.sentence)) {
    FUZZ_CHECK(back.sentence() == e.sentence, "sentence survives the protobuf round trip");
  }
  FUZZ_CHECK(back.evidence_end() == e.evidence_end, "evidence_end survives");
  FUZZ_CHECK(back.has_date() == e.date.has_value(), "date presence survives");
  FUZZ_CHECK(back.actors_size() == static_cast<int>(e.actors.size()), "actors survive");

  extract::ArticleAnalysis a;
  a.article_id = e.article_id;
  a.lang = e.lang;
  a.tone = e.tone;
  a.actors = e.actors;
  a.event_ids = {e.event_id, e.trigger};
  a.source = e.sentence;
  a.published_at = e.date.value_or("");
  const auto adoc = ParseJsonOutput(codec::EncodeAnalysis(a, codec::Format::kJson));
  CheckJsonString(adoc, "source", a.source);
  v1::ArticleAnalysis aback;
  FUZZ_CHECK(aback.ParseFromString(codec::EncodeAnalysis(a, codec::Format::kProtobuf)),
             "encoder analysis protobuf parses");
}

void FromProto(std::string_view bytes) {
  v1::Event p;
  if (!p.ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) return;
  extract::Event e;
  e.event_id = p.event_id();
  e.article_id = p.article_id();
  e.type = p.type();
  e.cameo = p.cameo();
  e.goldstein = p.goldstein();
  e.plover = p.plover();
  for (const auto& a : p.actors()) e.actors.push_back({a.name(), a.country(), a.role()});
  for (const auto& a : p.targets()) e.targets.push_back({a.name(), a.country(), a.role()});
  if (p.has_date()) e.date = p.date();
  e.polarity = p.polarity();
  e.tone = p.tone();
  e.lang = p.lang();
  e.trigger = p.trigger();
  e.sentence = p.sentence();
  e.evidence_start = p.evidence_start();
  e.evidence_end = p.evidence_end();
  e.confidence = p.confidence();
  for (const auto& t : p.topics()) e.topics.push_back(t);
  CheckEncodings(e);
  FUZZ_CHECK(codec::DeterministicEventId(e) == codec::DeterministicEventId(e),
             "event id is deterministic");
}

void FromFields(std::string_view bytes) {
  auto f = fuzz::SplitFields(bytes, 9);
  extract::Event e;
  e.event_id = f[0];
  e.article_id = f[1];
  e.type = f[2];
  e.trigger = f[3];
  e.sentence = f[4];
  if (!f[5].empty()) e.date = std::string(f[5]);
  e.actors.push_back({std::string(f[6]), std::string(f[7]), "state"});
  e.topics.push_back(std::string(f[8]));
  e.lang = f[9];
  // Special doubles, picked by the input's length.
  static const double kDoubles[] = {0.0,
                                    -0.0,
                                    1e308,
                                    -1e-308,
                                    std::numeric_limits<double>::quiet_NaN(),
                                    std::numeric_limits<double>::infinity(),
                                    -std::numeric_limits<double>::infinity(),
                                    0.1};
  e.tone = kDoubles[bytes.size() % 8];
  e.goldstein = kDoubles[(bytes.size() / 8) % 8];
  e.confidence = kDoubles[(bytes.size() / 64) % 8];
  e.evidence_start = static_cast<uint32_t>(bytes.size());
  e.evidence_end = std::numeric_limits<uint32_t>::max();
  CheckEncodings(e);
  extract::Extraction x;
  x.events = {e, e, e};
  x.events[0].event_id.clear();
  x.events[1].event_id.clear();
  codec::FinalizeExtraction(e.article_id, x);
  FUZZ_CHECK(x.events[0].event_id != x.events[1].event_id, "finalized ids are unique");
}

void DecodeJson(std::string_view bytes) {
  auto r = codec::DecodeArticle(bytes);
  if (!r.ok()) {
    FUZZ_CHECK(!codec::ReasonName(r.error().reason).empty(), "a failure names its reason");
    return;
  }
  const extract::Article& a = r.value();
  FUZZ_CHECK(a.id.find_first_not_of(" \t\r\n\f\v") != std::string::npos, "id is not blank");
  FUZZ_CHECK(a.text.find_first_not_of(" \t\r\n\f\v") != std::string::npos, "text is not blank");
  for (const std::string* s :
       {&a.id, &a.text, &a.title, &a.source, &a.url, &a.published_at, &a.lang}) {
    FUZZ_CHECK(codec::IsValidUtf8(*s), "decoded fields are valid UTF-8");
  }
  // The decoded text through the encoder: embedded NULs, escapes and
  // non-BMP characters must come back unchanged.
  extract::Event e;
  e.article_id = a.id;
  e.sentence = a.text;
  e.trigger = a.title;
  e.lang = a.lang;
  if (!a.published_at.empty()) e.date = a.published_at;
  CheckEncodings(e);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (!bytes.empty() && bytes[0] == '\x01') {
    FromProto(bytes.substr(1));
  } else if (!bytes.empty() && bytes[0] == '\x02') {
    FromFields(bytes.substr(1));
  } else {
    DecodeJson(bytes);
  }
  return 0;
}
