// pipeline::Router and pipeline::Transform: what one input record turns
// into (events, analysis, routed copies, headers, dead letters).
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <map>
#include <string>

#include "newswire.pb.h"
#include "pipeline/router.h"
#include "pipeline/transform.h"
#include "support/fake_engine.h"

namespace newswire::pipeline {
namespace {

std::map<std::string, std::string> Headers(const kafka::OutRecord& r) {
  std::map<std::string, std::string> h;
  for (const auto& x : r.headers) h[x.key] = x.value;
  return h;
}

kafka::Record Input(std::string value, std::optional<std::string> key = "k1") {
  kafka::Record r;
  r.topic = "news.articles";
  r.partition = 2;
  r.offset = 41;
  r.key = std::move(key);
  r.value = std::move(value);
  r.headers = {{"trace-id", "t-1"}};
  return r;
}

class TransformTest : public ::testing::Test {
 protected:
  TransformTest()
      : router_({{{"PRAISE", "THANKS"}, "positive"}, {{"PRAISE"}, "praise"}, {{"AID"}, "aid"}}) {
    ctx_.engine = &engine_;
    ctx_.router = &router_;
    ctx_.topics = {"events", "enriched", "dlq"};
    ctx_.max_article_bytes = 4096;
  }
  testing::FakeEngine engine_;
  Router router_;
  TransformContext ctx_;
};

TEST(Router, RoutesByTypeWithoutDuplicates) {
  Router r({{{"PRAISE", "THANKS"}, "pos"}, {{"PRAISE"}, "pos"}, {{"PRAISE"}, "all"}});
  EXPECT_EQ(r.TopicsFor("PRAISE"), (std::vector<std::string>{"pos", "all"}));
  EXPECT_EQ(r.TopicsFor("THANKS"), (std::vector<std::string>{"pos"}));
  EXPECT_TRUE(r.TopicsFor("MEETING").empty());
  EXPECT_EQ(r.AllTopics(), (std::vector<std::string>{"all", "pos"}));
  EXPECT_TRUE(Router().TopicsFor("PRAISE").empty());
}

TEST_F(TransformTest, EventsThenRoutedCopiesThenAnalysis) {
  auto out = Transform(Input(R"({"id":"a1","text":"A praised B and then met C.","source":"wire"})"),
                       ctx_, 1000);
  ASSERT_FALSE(out.dead_lettered);
  // PRAISE -> events, positive, praise; MEETING -> events; analysis.
  std::vector<std::string> topics;
  for (const auto& r : out.outputs) topics.push_back(r.topic);
  EXPECT_EQ(topics,
            (std::vector<std::string>{"events", "positive", "praise", "events", "enriched"}));
  for (const auto& r : out.outputs) EXPECT_EQ(r.key, std::optional<std::string>("a1"));
  auto h = Headers(out.outputs[0]);
  EXPECT_EQ(h["content-type"], "application/json");
  EXPECT_EQ(h["schema"], "newswire.v1.Event");
  EXPECT_EQ(h["schema-version"], "1");
  EXPECT_EQ(Headers(out.outputs.back())["schema"], "newswire.v1.ArticleAnalysis");
  EXPECT_EQ(out.outputs[0].value, out.outputs[1].value);  // routed copy is identical
  ASSERT_EQ(out.events.size(), 2u);
  EXPECT_EQ(out.events[0].type, "PRAISE");

  rapidjson::Document ev;
  ev.Parse(out.outputs[0].value.c_str());
  ASSERT_FALSE(ev.HasParseError());
  EXPECT_STREQ(ev["article_id"].GetString(), "a1");
  std::string id = ev["event_id"].GetString();
  EXPECT_EQ(id.rfind("ev-", 0), 0u);

  rapidjson::Document an;
  an.Parse(out.outputs.back().value.c_str());
  ASSERT_FALSE(an.HasParseError());
  EXPECT_EQ(an["event_count"].GetUint(), 2u);
  EXPECT_EQ(std::string(an["event_ids"][0].GetString()), id);
  EXPECT_STREQ(an["source"].GetString(), "wire");

  // Deterministic: the same record again gives byte-identical outputs.
  auto again = Transform(
      Input(R"({"id":"a1","text":"A praised B and then met C.","source":"wire"})"), ctx_, 2000);
  ASSERT_EQ(again.outputs.size(), out.outputs.size());
  for (size_t i = 0; i < out.outputs.size(); ++i) {
    EXPECT_EQ(again.outputs[i].value, out.outputs[i].value);
  }
}

TEST_F(TransformTest, ArticleWithoutEventsStillGetsAnAnalysis) {
  auto out = Transform(Input(R"({"id":7,"text":"Nothing happened."})"), ctx_, 0);
  ASSERT_FALSE(out.dead_lettered);
  ASSERT_EQ(out.outputs.size(), 1u);
  EXPECT_EQ(out.outputs[0].topic, "enriched");
  EXPECT_EQ(out.outputs[0].key, std::optional<std::string>("7"));
}

TEST_F(TransformTest, ProtobufOutput) {
  ctx_.format = codec::Format::kProtobuf;
  auto out = Transform(Input(R"({"id":"p1","text":"X met Y"})"), ctx_, 0);
  ASSERT_EQ(out.outputs.size(), 2u);
  EXPECT_EQ(Headers(out.outputs[0])["content-type"], "application/x-protobuf");
  newswire::v1::Event e;
  ASSERT_TRUE(e.ParseFromString(out.outputs[0].value));
  EXPECT_EQ(e.type(), "MEETING");
  EXPECT_EQ(e.article_id(), "p1");
  newswire::v1::ArticleAnalysis a;
  ASSERT_TRUE(a.ParseFromString(out.outputs[1].value));
  EXPECT_EQ(a.event_ids(0), e.event_id());
}

void ExpectDeadLetter(const Outcome& out, const kafka::Record& in, const std::string& reason) {
  ASSERT_TRUE(out.dead_lettered);
  EXPECT_EQ(out.dlq_reason, reason);
  ASSERT_EQ(out.outputs.size(), 1u);
  const auto& r = out.outputs[0];
  EXPECT_EQ(r.topic, "dlq");
  EXPECT_EQ(r.key, in.key);
  EXPECT_EQ(r.value, in.value);  // byte for byte
  auto h = Headers(r);
  EXPECT_EQ(h["trace-id"], "t-1");  // original headers kept
  EXPECT_EQ(h[kErrTopic], "news.articles");
  EXPECT_EQ(h[kErrPartition], "2");
  EXPECT_EQ(h[kErrOffset], "41");
  EXPECT_EQ(h[kErrClass], reason);
  EXPECT_FALSE(h[kErrMessage].empty());
  EXPECT_EQ(h[kErrTimestamp], "1234");
  EXPECT_TRUE(out.events.empty());
}

TEST_F(TransformTest, EveryDecodeFailureIsDeadLettered) {
  const std::pair<std::string, std::string> cases[] = {
      {"{not json", "invalid_json"},
      {R"({"text":"t"})", "missing_field"},
      {R"({"id":[1],"text":"t"})", "invalid_type"},
      {"{\"id\":\"x\",\"text\":\"\xFF\"}", "invalid_utf8"},
      {R"({"id":"x","text":")" + std::string(5000, 'a') + "\"}", "too_large"},
      {R"({"id":"x","text":"   "})", "empty_text"},
  };
  for (const auto& [value, reason] : cases) {
    SCOPED_TRACE(reason);
    auto in = Input(value);
    ExpectDeadLetter(Transform(in, ctx_, 1234), in, reason);
  }
}

TEST_F(TransformTest, NullKeyStaysNull) {
  auto in = Input("garbage", std::nullopt);
  auto out = Transform(in, ctx_, 1234);
  ExpectDeadLetter(out, in, "invalid_json");
  EXPECT_FALSE(out.outputs[0].key.has_value());
}

TEST_F(TransformTest, EngineExceptionIsAProcessingError) {
  auto in = Input(R"({"id":"x","text":"FAIL-ENGINE praised"})");
  auto out = Transform(in, ctx_, 1234);
  ExpectDeadLetter(out, in, "processing_error");
  EXPECT_EQ(Headers(out.outputs[0])[kErrMessage], "engine failure injected");
}

}  // namespace
}  // namespace newswire::pipeline
