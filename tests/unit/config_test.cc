// config: defaults, validation with key and location, every error at once,
// unknown keys, environment overrides, librdkafka pass-through, redaction.
#include "config/config.h"

#include <gtest/gtest.h>

#include <string>

namespace newswire::config {
namespace {

LoadResult Load(const std::string& yaml, const Environment& env = {}) {
  return LoadString(yaml, "test.yaml", "/etc/newswire", env);
}

std::string AllErrors(const LoadResult& r) {
  std::string out;
  if (!r.ok()) {
    for (const auto& e : r.error()) out += e.ToString() + "\n";
  }
  return out;
}

TEST(Config, EmptyFileGivesDefaults) {
  auto r = Load("");
  ASSERT_TRUE(r.ok()) << AllErrors(r);
  const Config& c = *r;
  EXPECT_EQ(c.kafka.bootstrap_servers, "");
  EXPECT_EQ(c.kafka.group_id, "newswire");
  EXPECT_EQ(c.topics.input, std::vector<std::string>{"news.articles"});
  EXPECT_EQ(c.topics.events, "news.events");
  EXPECT_EQ(c.topics.enriched, "news.articles.enriched");
  EXPECT_EQ(c.topics.dlq, "news.articles.dlq");
  EXPECT_EQ(c.delivery.mode, DeliveryMode::kExactlyOnce);
  EXPECT_EQ(c.delivery.transactional_id.rfind("newswire-", 0), 0u) << c.delivery.transactional_id;
  EXPECT_GT(c.delivery.transactional_id.size(), std::string("newswire-").size());
  EXPECT_EQ(c.pipeline.max_article_bytes, 1 << 20);
  EXPECT_EQ(c.output.format, OutputFormat::kJson);
  EXPECT_EQ(c.metrics.listen, "0.0.0.0:9464");
  EXPECT_EQ(c.extract.configs_dir, "/etc/newswire");
}

TEST(Config, ReadsEverySection) {
  auto r = Load(R"(
kafka:
  bootstrap_servers: "b1:9092,b2:9092"
  group_id: g1
  consumer: {fetch.max.bytes: 1048576, sasl.password: hunter2}
  producer: {linger.ms: 20}
topics: {input: [a, b], events: ev, enriched: en, dlq: dl}
delivery: {mode: at_least_once, transactional_id: tx-1, commit_interval_ms: 250, max_batch: 10}
pipeline: {workers: 4, queue_capacity: 64, max_article_bytes: 2048}
output: {format: protobuf}
routing:
  - {types: [PRAISE, THANKS], topic: positive}
extract: {configs_dir: data}
metrics: {listen: ""}
log: {level: debug}
shutdown: {timeout_ms: 5000}
)");
  ASSERT_TRUE(r.ok()) << AllErrors(r);
  const Config& c = *r;
  EXPECT_EQ(c.kafka.bootstrap_servers, "b1:9092,b2:9092");
  EXPECT_EQ(c.kafka.consumer.at("fetch.max.bytes"), "1048576");
  EXPECT_EQ(c.kafka.consumer.at("sasl.password"), "hunter2");
  EXPECT_EQ(c.kafka.producer.at("linger.ms"), "20");
  EXPECT_EQ(c.topics.input, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(c.delivery.mode, DeliveryMode::kAtLeastOnce);
  EXPECT_EQ(c.delivery.transactional_id, "tx-1");
  EXPECT_EQ(c.delivery.commit_interval_ms, 250);
  EXPECT_EQ(c.pipeline.workers, 4);
  EXPECT_EQ(c.output.format, OutputFormat::kProtobuf);
  ASSERT_EQ(c.routing.size(), 1u);
  EXPECT_EQ(c.routing[0].topic, "positive");
  EXPECT_EQ(c.routing[0].types, (std::vector<std::string>{"PRAISE", "THANKS"}));
  EXPECT_EQ(c.extract.configs_dir, "/etc/newswire/data");
  EXPECT_EQ(c.metrics.listen, "");
  EXPECT_EQ(c.log.level, "debug");
}

TEST(Config, UnknownKeyIsAnErrorWithFileAndLine) {
  auto r = Load("kafka:\n  group_id: g\n  bootstrap_server: x\n");
  ASSERT_FALSE(r.ok());
  ASSERT_EQ(r.error().size(), 1u);
  EXPECT_EQ(r.error()[0].key, "kafka.bootstrap_server");
  EXPECT_EQ(r.error()[0].location, "test.yaml:3:3");
  EXPECT_NE(r.error()[0].ToString().find("unknown key"), std::string::npos);

  auto top = Load("colour: blue\n");
  ASSERT_FALSE(top.ok());
  EXPECT_EQ(top.error()[0].key, "colour");
}

TEST(Config, BadTypesAndRangesReportEveryProblem) {
  auto r = Load(R"(
pipeline:
  workers: many
  queue_capacity: 0
delivery:
  mode: sometimes
topics:
  events: "bad topic!"
metrics:
  listen: nohostport
extract: [1, 2]
)");
  ASSERT_FALSE(r.ok());
  std::string all = AllErrors(r);
  EXPECT_EQ(r.error().size(), 6u) << all;
  EXPECT_NE(all.find("test.yaml:3:12: pipeline.workers: expected an integer"), std::string::npos)
      << all;
  EXPECT_NE(all.find("pipeline.queue_capacity: must be in [1,"), std::string::npos) << all;
  EXPECT_NE(all.find("delivery.mode: 'sometimes' is not one of exactly_once | at_least_once"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("topics.events"), std::string::npos) << all;
  EXPECT_NE(all.find("metrics.listen"), std::string::npos) << all;
  EXPECT_NE(all.find("extract: expected a map"), std::string::npos) << all;
}

TEST(Config, RoutingIsValidated) {
  auto r = Load("routing:\n  - {types: [PRAISE, HUGS], topic: x}\n");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(AllErrors(r).find("unknown event type 'HUGS'"), std::string::npos) << AllErrors(r);
  auto r2 = Load("routing:\n  - {types: [], topic: x}\n");
  EXPECT_FALSE(r2.ok());
  auto r3 = Load("routing:\n  - {types: [AID], topic: x, colour: red}\n");
  EXPECT_FALSE(r3.ok());
}

TEST(Config, OutputTopicThatIsAlsoInputIsRejected) {
  auto r = Load("topics: {input: [news.articles.dlq]}\n");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(AllErrors(r).find("loop"), std::string::npos);
}

TEST(Config, ManagedLibrdkafkaPropertiesAreRejected) {
  auto r = Load("kafka:\n  consumer: {enable.auto.commit: 'true', group.id: x}\n");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(AllErrors(r).find("managed by newswire"), std::string::npos) << AllErrors(r);
}

// Found by tests/fuzz (config): a 1000+ byte property name from the
// environment was accepted, and ToRedactedYaml's output did not load again.
TEST(Config, MalformedLibrdkafkaPropertyNamesAreRejected) {
  auto r = Load("", {{"NEWSWIRE__KAFKA__CONSUMER__" + std::string(1100, 'A'), "1"}});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(AllErrors(r).find("not a librdkafka property name"), std::string::npos) << AllErrors(r);
  EXPECT_FALSE(Load("kafka:\n  producer: {\"linger ms\": 5}\n").ok());
  EXPECT_FALSE(Load("kafka:\n  consumer: {\"a\\x01b\": 5}\n").ok());
  EXPECT_TRUE(Load("kafka:\n  consumer: {fetch.wait.max.ms: 5, ssl_engine_id: x}\n").ok());
}

TEST(Config, YamlSyntaxErrorNamesTheLine) {
  auto r = Load("kafka:\n  group_id: [unclosed\n");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error()[0].location.find("test.yaml:"), std::string::npos);
  EXPECT_NE(r.error()[0].message.find("YAML syntax error"), std::string::npos);
}

TEST(Config, EnvironmentOverridesTheFile) {
  Environment env = {
      {"NEWSWIRE__KAFKA__BOOTSTRAP_SERVERS", "broker:9092"},
      {"NEWSWIRE__PIPELINE__WORKERS", "8"},
      {"NEWSWIRE__TOPICS__INPUT", "a, b ,c"},
      {"NEWSWIRE__KAFKA__CONSUMER__SASL_PASSWORD", "s3cret"},
      {"NEWSWIRE__ROUTING", "[{types: [AID], topic: aid}]"},
      {"NEWSWIRE__DELIVERY__MODE", "at_least_once"},
      {"OTHER", "ignored"},
  };
  auto r = Load("pipeline: {workers: 2}\nkafka: {bootstrap_servers: file:1}\n", env);
  ASSERT_TRUE(r.ok()) << AllErrors(r);
  EXPECT_EQ(r->kafka.bootstrap_servers, "broker:9092");
  EXPECT_EQ(r->pipeline.workers, 8);
  EXPECT_EQ(r->topics.input, (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(r->kafka.consumer.at("sasl.password"), "s3cret");
  ASSERT_EQ(r->routing.size(), 1u);
  EXPECT_EQ(r->routing[0].topic, "aid");
  EXPECT_EQ(r->delivery.mode, DeliveryMode::kAtLeastOnce);
}

TEST(Config, BadEnvironmentOverridesAreErrorsNamingTheVariable) {
  Environment env = {{"NEWSWIRE__PIPELINE__WORKERZ", "3"}, {"NEWSWIRE__PIPELINE__WORKERS", "x"}};
  auto r = Load("", env);
  ASSERT_FALSE(r.ok());
  std::string all = AllErrors(r);
  EXPECT_EQ(r.error().size(), 2u) << all;
  EXPECT_NE(all.find("env NEWSWIRE__PIPELINE__WORKERZ: pipeline.workerz: unknown key"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("env NEWSWIRE__PIPELINE__WORKERS: pipeline.workers"), std::string::npos)
      << all;
}

TEST(Config, RedactedDumpHidesSecretsAndReloads) {
  auto r = Load(R"(
kafka:
  consumer: {sasl.password: hunter2, ssl.key.password: k3y, sasl.username: bob, fetch.min.bytes: 1}
  producer: {sasl.oauthbearer.config: "token=abc"}
)");
  ASSERT_TRUE(r.ok()) << AllErrors(r);
  std::string yaml = ToRedactedYaml(*r);
  EXPECT_EQ(yaml.find("hunter2"), std::string::npos) << yaml;
  EXPECT_EQ(yaml.find("k3y"), std::string::npos) << yaml;
  EXPECT_EQ(yaml.find("abc"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("sasl.password: \"***\""), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("fetch.min.bytes: 1"), std::string::npos) << yaml;
  // The dump is itself a valid config (secrets aside).
  auto again = Load(yaml);
  ASSERT_TRUE(again.ok()) << AllErrors(again) << yaml;
  EXPECT_EQ(again->kafka.consumer.at("fetch.min.bytes"), "1");
  EXPECT_EQ(again->topics.dlq, r->topics.dlq);
}

TEST(Config, EveryKeyIsDescribed) {
  auto keys = DescribeKeys();
  EXPECT_GE(keys.size(), 20u);
  for (const auto& k : keys) {
    EXPECT_FALSE(k.description.empty()) << k.key;
    EXPECT_FALSE(k.type.empty()) << k.key;
    EXPECT_FALSE(k.default_value.empty()) << k.key;
  }
}

TEST(Config, LoadFileReportsAMissingFile) {
  auto r = LoadFile("/nonexistent/newswire.yaml", {});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error()[0].ToString().find("cannot open"), std::string::npos);
}

TEST(Config, ShippedConfigIsValid) {
  auto r = LoadFile(std::string(NEWSWIRE_SOURCE_DIR) + "/configs/newswire.yaml", {});
  ASSERT_TRUE(r.ok()) << AllErrors(r);
  EXPECT_EQ(r->delivery.mode, DeliveryMode::kExactlyOnce);
}

}  // namespace
}  // namespace newswire::config
