// codec: article decoding (every DLQ reason), event/analysis encoding in
// JSON and protobuf, deterministic event ids.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <string>

#include "codec/article_decoder.h"
#include "codec/event_encoder.h"
#include "newswire.pb.h"

namespace newswire::codec {
namespace {

DecodeReason ReasonOf(std::string_view bytes, size_t max = kDefaultMaxArticleBytes) {
  auto r = DecodeArticle(bytes, max);
  EXPECT_FALSE(r.ok()) << bytes;
  return r.ok() ? DecodeReason::kProcessingError : r.error().reason;
}

TEST(DecodeArticle, AcceptsAFullArticle) {
  auto r = DecodeArticle(
      R"({"id":"a1","text":"Hallo Welt","title":"T","source":"S","url":"http://x",)"
      R"("published_at":"2024-11-12T09:00:00Z","lang":"de","extra":{"ignored":true}})");
  ASSERT_TRUE(r.ok()) << r.error().detail;
  EXPECT_EQ(r->id, "a1");
  EXPECT_EQ(r->text, "Hallo Welt");
  EXPECT_EQ(r->title, "T");
  EXPECT_EQ(r->source, "S");
  EXPECT_EQ(r->url, "http://x");
  EXPECT_EQ(r->published_at, "2024-11-12T09:00:00Z");
  EXPECT_EQ(r->lang, "de");
}

TEST(DecodeArticle, NumericIdAndBodyAlias) {
  auto r = DecodeArticle(R"({"id": 12345678901, "body": "text via body", "lang": null})");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->id, "12345678901");
  EXPECT_EQ(r->text, "text via body");
  EXPECT_EQ(r->lang, "");
}

TEST(DecodeArticle, TextWinsOverBody) {
  auto r = DecodeArticle(R"({"id":"x","body":"b","text":"t"})");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "t");
}

TEST(DecodeArticle, InvalidJson) {
  EXPECT_EQ(ReasonOf(R"({"id":"x","text":"unterminated)"), DecodeReason::kInvalidJson);
  EXPECT_EQ(ReasonOf(""), DecodeReason::kInvalidJson);
  EXPECT_EQ(ReasonOf(R"({"id":"x","text":"t"} trailing)"), DecodeReason::kInvalidJson);
}

TEST(DecodeArticle, MissingField) {
  EXPECT_EQ(ReasonOf(R"({"text":"t"})"), DecodeReason::kMissingField);
  EXPECT_EQ(ReasonOf(R"({"id":"x"})"), DecodeReason::kMissingField);
  EXPECT_EQ(ReasonOf(R"({"id":null,"text":"t"})"), DecodeReason::kMissingField);
  EXPECT_EQ(ReasonOf(R"({"id":"  ","text":"t"})"), DecodeReason::kMissingField);
}

TEST(DecodeArticle, InvalidType) {
  EXPECT_EQ(ReasonOf(R"([1,2])"), DecodeReason::kInvalidType);
  EXPECT_EQ(ReasonOf(R"({"id":true,"text":"t"})"), DecodeReason::kInvalidType);
  EXPECT_EQ(ReasonOf(R"({"id":1.5,"text":"t"})"), DecodeReason::kInvalidType);
  EXPECT_EQ(ReasonOf(R"({"id":"x","text":42})"), DecodeReason::kInvalidType);
  EXPECT_EQ(ReasonOf(R"({"id":"x","text":"t","lang":["de"]})"), DecodeReason::kInvalidType);
  auto r = DecodeArticle(R"({"id":"x","text":"t","title":7})");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().detail.find("title"), std::string::npos) << r.error().detail;
}

TEST(DecodeArticle, InvalidUtf8) {
  EXPECT_EQ(ReasonOf("{\"id\":\"x\",\"text\":\"bad \xC3\x28 byte\"}"), DecodeReason::kInvalidUtf8);
  EXPECT_EQ(ReasonOf("{\"id\":\"x\",\"text\":\"overlong \xC0\xAF\"}"), DecodeReason::kInvalidUtf8);
  EXPECT_EQ(ReasonOf("{\"id\":\"x\",\"text\":\"surrogate \xED\xA0\x80\"}"),
            DecodeReason::kInvalidUtf8);
  EXPECT_EQ(ReasonOf("{\"id\":\"x\",\"text\":\"cut \xE2\x82\"}"), DecodeReason::kInvalidUtf8);
  EXPECT_TRUE(DecodeArticle("{\"id\":\"x\",\"text\":\"Stra\xC3\x9F"
                            "e \xF0\x9F\x98\x80\"}")
                  .ok());
}

TEST(DecodeArticle, TooLarge) {
  std::string big = R"({"id":"x","text":")" + std::string(2000, 'a') + "\"}";
  EXPECT_EQ(ReasonOf(big, 1000), DecodeReason::kTooLarge);
  EXPECT_TRUE(DecodeArticle(big, big.size()).ok());
}

TEST(DecodeArticle, EmptyText) {
  EXPECT_EQ(ReasonOf(R"({"id":"x","text":""})"), DecodeReason::kEmptyText);
  EXPECT_EQ(ReasonOf(R"({"id":"x","text":" \n\t "})"), DecodeReason::kEmptyText);
}

// Found by tests/fuzz (decoder): the recursive parser overflowed the stack
// on ~100k nested brackets, well inside the 1 MiB record limit.
TEST(DecodeArticle, DeeplyNestedJsonDoesNotOverflowTheStack) {
  const std::string deep(500000, '[');
  EXPECT_EQ(ReasonOf(deep), DecodeReason::kInvalidJson);
  const std::string nested = std::string(200000, '[') + std::string(200000, ']');
  auto r = DecodeArticle(R"({"id":"d","text":"x","extra":)" + nested + "}");
  ASSERT_TRUE(r.ok()) << r.error().detail;
  EXPECT_EQ(r->text, "x");
}

// Found by tests/fuzz (decoder): RapidJSON 1.1.0 decodes an escaped lone low
// surrogate into ill-formed UTF-8 without an error. Lone high and low
// surrogates are both invalid_utf8.
TEST(DecodeArticle, EscapedLoneSurrogateIsInvalidUtf8) {
  EXPECT_EQ(ReasonOf(R"({"id":"s","text":"a \udc00 b"})"), DecodeReason::kInvalidUtf8);
  EXPECT_EQ(ReasonOf(R"({"id":"s","text":"ok","title":"\udfff"})"), DecodeReason::kInvalidUtf8);
  EXPECT_EQ(ReasonOf(R"({"id":"s","text":"a \ud800 b"})"), DecodeReason::kInvalidUtf8);
  auto r = DecodeArticle(R"({"id":"s","text":"\ud83d\ude00"})");
  ASSERT_TRUE(r.ok()) << r.error().detail;
  EXPECT_EQ(r->text, "\xF0\x9F\x98\x80");
}

TEST(DecodeArticle, ReasonNamesAreTheClosedSet) {
  EXPECT_EQ(ReasonName(DecodeReason::kInvalidJson), "invalid_json");
  EXPECT_EQ(ReasonName(DecodeReason::kMissingField), "missing_field");
  EXPECT_EQ(ReasonName(DecodeReason::kInvalidType), "invalid_type");
  EXPECT_EQ(ReasonName(DecodeReason::kInvalidUtf8), "invalid_utf8");
  EXPECT_EQ(ReasonName(DecodeReason::kTooLarge), "too_large");
  EXPECT_EQ(ReasonName(DecodeReason::kEmptyText), "empty_text");
  EXPECT_EQ(ReasonName(DecodeReason::kProcessingError), "processing_error");
}

extract::Event SampleEvent() {
  extract::Event e;
  e.event_id = "ev-1";
  e.article_id = "a1";
  e.type = "PRAISE";
  e.cameo = "051";
  e.goldstein = 3.4;
  e.plover = "SUPPORT";
  e.actors = {{"Ilham Aliyev", "AZE", "head_of_state"}};
  e.targets = {{"Serbia", "SRB", "state"}, {"Belarus", "BLR", "state"}};
  e.polarity = "positive";
  e.tone = 0.5;
  e.lang = "de";
  e.trigger = "lobten";
  e.sentence = "Während des Treffens lobten die Präsidenten \"die\" Beziehungen.";
  e.evidence_start = 21;
  e.evidence_end = 27;
  e.confidence = 0.9;
  e.topics = {"energy", "trade"};
  return e;
}

TEST(EncodeEvent, JsonHasEveryProtoFieldInSnakeCase) {
  extract::Event e = SampleEvent();
  std::string json = EncodeEvent(e, Format::kJson);
  rapidjson::Document d;
  d.Parse(json.c_str());
  ASSERT_FALSE(d.HasParseError()) << json;
  EXPECT_STREQ(d["event_id"].GetString(), "ev-1");
  EXPECT_STREQ(d["article_id"].GetString(), "a1");
  EXPECT_STREQ(d["type"].GetString(), "PRAISE");
  EXPECT_STREQ(d["cameo"].GetString(), "051");
  EXPECT_DOUBLE_EQ(d["goldstein"].GetDouble(), 3.4);
  EXPECT_STREQ(d["plover"].GetString(), "SUPPORT");
  ASSERT_EQ(d["actors"].Size(), 1u);
  EXPECT_STREQ(d["actors"][0]["country"].GetString(), "AZE");
  EXPECT_STREQ(d["actors"][0]["role"].GetString(), "head_of_state");
  ASSERT_EQ(d["targets"].Size(), 2u);
  EXPECT_STREQ(d["targets"][1]["name"].GetString(), "Belarus");
  EXPECT_TRUE(d["date"].IsNull());
  EXPECT_STREQ(d["polarity"].GetString(), "positive");
  EXPECT_DOUBLE_EQ(d["tone"].GetDouble(), 0.5);
  EXPECT_STREQ(d["lang"].GetString(), "de");
  EXPECT_STREQ(d["trigger"].GetString(), "lobten");
  EXPECT_EQ(std::string(d["sentence"].GetString()), e.sentence);
  EXPECT_EQ(d["evidence_start"].GetUint(), 21u);
  EXPECT_EQ(d["evidence_end"].GetUint(), 27u);
  EXPECT_DOUBLE_EQ(d["confidence"].GetDouble(), 0.9);
  ASSERT_EQ(d["topics"].Size(), 2u);
  EXPECT_STREQ(d["topics"][1].GetString(), "trade");
  EXPECT_EQ(d.MemberCount(), 18u);  // every field of newswire.v1.Event
}

TEST(EncodeEvent, JsonDateWhenPresentAndNonFiniteDoubles) {
  extract::Event e = SampleEvent();
  e.date = "2024-11";
  e.tone = std::numeric_limits<double>::quiet_NaN();
  e.goldstein = -std::numeric_limits<double>::infinity();
  rapidjson::Document d;
  d.Parse(EncodeEvent(e, Format::kJson).c_str());
  ASSERT_FALSE(d.HasParseError());
  EXPECT_STREQ(d["date"].GetString(), "2024-11");
  EXPECT_STREQ(d["tone"].GetString(), "NaN");
  EXPECT_STREQ(d["goldstein"].GetString(), "-Infinity");
}

TEST(EncodeEvent, InvalidUtf8InFieldsStillGivesValidOutput) {
  extract::Event e = SampleEvent();
  e.sentence = "broken \xC3 byte";
  std::string json = EncodeEvent(e, Format::kJson);
  EXPECT_TRUE(IsValidUtf8(json));
  rapidjson::Document d;
  d.Parse(json.c_str());
  ASSERT_FALSE(d.HasParseError());
  EXPECT_EQ(std::string(d["sentence"].GetString()), "broken \xEF\xBF\xBD byte");
  newswire::v1::Event p;
  EXPECT_TRUE(p.ParseFromString(EncodeEvent(e, Format::kProtobuf)));
}

TEST(EncodeEvent, ProtobufRoundTrip) {
  extract::Event e = SampleEvent();
  newswire::v1::Event p;
  ASSERT_TRUE(p.ParseFromString(EncodeEvent(e, Format::kProtobuf)));
  EXPECT_EQ(p.event_id(), "ev-1");
  EXPECT_EQ(p.type(), "PRAISE");
  EXPECT_DOUBLE_EQ(p.goldstein(), 3.4);
  ASSERT_EQ(p.targets_size(), 2);
  EXPECT_EQ(p.targets(0).country(), "SRB");
  EXPECT_FALSE(p.has_date());
  EXPECT_EQ(p.sentence(), e.sentence);
  EXPECT_EQ(p.evidence_end(), 27u);
  ASSERT_EQ(p.topics_size(), 2);

  e.date = "2024-11-11";
  ASSERT_TRUE(p.ParseFromString(EncodeEvent(e, Format::kProtobuf)));
  EXPECT_TRUE(p.has_date());
  EXPECT_EQ(p.date(), "2024-11-11");
}

TEST(EncodeAnalysis, JsonAndProtobuf) {
  extract::ArticleAnalysis a;
  a.article_id = "a1";
  a.lang = "en";
  a.tone = -0.25;
  a.actors = {{"France", "FRA", "state"}};
  a.event_count = 2;
  a.sentence_count = 7;
  a.event_ids = {"e1", "e2"};
  a.source = "wire";
  a.published_at = "2024-11-12T09:00:00Z";
  rapidjson::Document d;
  d.Parse(EncodeAnalysis(a, Format::kJson).c_str());
  ASSERT_FALSE(d.HasParseError());
  EXPECT_STREQ(d["article_id"].GetString(), "a1");
  EXPECT_EQ(d["event_count"].GetUint(), 2u);
  EXPECT_EQ(d["sentence_count"].GetUint(), 7u);
  EXPECT_EQ(d["event_ids"].Size(), 2u);
  EXPECT_STREQ(d["actors"][0]["country"].GetString(), "FRA");
  EXPECT_EQ(d.MemberCount(), 9u);

  newswire::v1::ArticleAnalysis p;
  ASSERT_TRUE(p.ParseFromString(EncodeAnalysis(a, Format::kProtobuf)));
  EXPECT_EQ(p.article_id(), "a1");
  EXPECT_DOUBLE_EQ(p.tone(), -0.25);
  EXPECT_EQ(p.event_ids(1), "e2");
  EXPECT_EQ(p.published_at(), "2024-11-12T09:00:00Z");
}

TEST(EventIds, DeterministicAndDistinct) {
  extract::Event a = SampleEvent();
  a.event_id.clear();
  extract::Event b = a;
  EXPECT_EQ(DeterministicEventId(a), DeterministicEventId(b));
  b.evidence_start += 1;
  EXPECT_NE(DeterministicEventId(a), DeterministicEventId(b));
  b = a;
  b.type = "THANKS";
  EXPECT_NE(DeterministicEventId(a), DeterministicEventId(b));
  b = a;
  b.article_id = "a2";
  EXPECT_NE(DeterministicEventId(a), DeterministicEventId(b));
  EXPECT_EQ(DeterministicEventId(a).rfind("ev-", 0), 0u);
  EXPECT_EQ(DeterministicEventId(a).size(), 19u);
}

TEST(EventIds, FinalizeFillsMissingIdsUniquelyAndKeepsEngineIds) {
  extract::Extraction x;
  extract::Event e = SampleEvent();
  e.event_id.clear();
  e.article_id.clear();
  x.events = {e, e};  // identical events must still get distinct ids
  extract::Event kept = SampleEvent();
  kept.event_id = "engine-id";
  x.events.push_back(kept);
  FinalizeExtraction("art-9", x);
  ASSERT_EQ(x.events.size(), 3u);
  EXPECT_EQ(x.events[0].article_id, "art-9");
  EXPECT_NE(x.events[0].event_id, x.events[1].event_id);
  EXPECT_EQ(x.events[1].event_id, x.events[0].event_id + "-2");
  EXPECT_EQ(x.events[2].event_id, "engine-id");
  EXPECT_EQ(x.analysis.article_id, "art-9");
  EXPECT_EQ(x.analysis.event_count, 3u);
  ASSERT_EQ(x.analysis.event_ids.size(), 3u);
  EXPECT_EQ(x.analysis.event_ids[2], "engine-id");

  extract::Extraction again;
  again.events = {e, e};
  FinalizeExtraction("art-9", again);
  EXPECT_EQ(again.events[0].event_id, x.events[0].event_id);  // same input, same ids
}

}  // namespace
}  // namespace newswire::codec
