// Records newswire cannot decode land in the DLQ topic byte for byte (same
// key, value and headers) with Kafka Connect's __connect.errors.* headers
// naming the reason and where the record came from, exactly once, while the
// good records around them are processed normally.
#include <gtest/gtest.h>

#include <map>

#include "realkafka/realkafka_support.h"

namespace newswire::realkafka {
namespace {

struct BadRecord {
  std::string key;
  std::string value;
  std::string reason;  // codec::ReasonName
};

TEST(DeadLetter, MalformedRecordsLandInTheDlqByteForByteWithTheirReason) {
  NEWSWIRE_REQUIRE_BROKER();
  using namespace std::string_literals;
  const std::vector<BadRecord> bad = {
      {"bad-json", "{\"id\": \"x\", \"text\": ", "invalid_json"},
      {"bad-utf8", "{\"id\": \"u\", \"text\": \"caf\xC3\"}", "invalid_utf8"},
      {"binary", "\x00\x01\x02\xff\xfe binary"s, "invalid_utf8"},
      {"nul-bytes", "\x00\x01\x02"s, "invalid_json"},
      {"no-id", "{\"text\": \"The president met the prime minister.\"}", "missing_field"},
      {"id-type", "{\"id\": [1], \"text\": \"The president met the prime minister.\"}",
       "invalid_type"},
      {"blank", "{\"id\": \"b\", \"text\": \"   \"}", "empty_text"},
      {"too-big", "{\"id\": \"big\", \"text\": \"" + std::string(5000, 'a') + "\"}", "too_large"},
  };
  const Headers original_headers = {{"trace-id", "rk-42"}, {"binary-header", "\x01\x00\x02"s}};
  const std::string prefix = UniqueName("good");

  Admin admin(Bootstrap());
  const PipelineTopics topics = CreatePipelineTopics(admin, 1);
  DaemonOptions options = OptionsFor(topics, UniqueName("group"), "exactly_once");
  options.extra_sections["pipeline"]["max_article_bytes"] = "4096";
  TempDir dir;
  Daemon daemon(dir, "daemon", options);

  // good, bad, good, bad, ... on one partition, so offsets are known.
  {
    Producer producer(Bootstrap());
    for (size_t i = 0; i < bad.size(); ++i) {
      const std::string id = prefix + "-" + std::to_string(i);
      producer.Send(topics.input, id, MakeArticleJson(id, static_cast<int>(i)));
      producer.Send(topics.input, bad[i].key, bad[i].value, original_headers);
    }
    producer.Flush();
  }
  Reader input(Bootstrap(), topics.input, Isolation::kReadCommitted);
  ASSERT_TRUE(input.PollUntil([&](const auto& r) { return r.size() == 2 * bad.size(); }, 20s));
  std::map<std::string, Record> input_by_key;
  for (const auto& r : input.Records()) input_by_key[r.key.value_or("")] = r;

  daemon.Start();
  Reader dlq(Bootstrap(), topics.dlq, Isolation::kReadCommitted);
  ASSERT_TRUE(dlq.PollUntil([&](const auto& r) { return r.size() >= bad.size(); }, 45s))
      << dlq.Records().size() << " of " << bad.size() << " dead letters arrived\n"
      << daemon.LogTail();
  dlq.PollUntilQuiet(3s, 10s);
  EXPECT_EQ(dlq.Records().size(), bad.size()) << "each bad record must be dead-lettered once";

  std::map<std::string, Record> dead_by_key;
  for (const auto& r : dlq.Records()) dead_by_key[r.key.value_or("<no key>")] = r;
  for (const auto& b : bad) {
    SCOPED_TRACE("bad record " + b.key);
    auto it = dead_by_key.find(b.key);
    ASSERT_NE(it, dead_by_key.end()) << "not in the DLQ (or its key was changed)";
    const Record& dead = it->second;
    const Record& source = input_by_key.at(b.key);
    EXPECT_EQ(dead.value, b.value) << "the value must be the input bytes, unchanged";
    for (const auto& [name, value] : original_headers)
      EXPECT_EQ(dead.Header(name), value) << "original header " << name;
    EXPECT_EQ(dead.Header("__connect.errors.exception.class.name"), b.reason);
    EXPECT_EQ(dead.Header("__connect.errors.topic"), topics.input);
    EXPECT_EQ(dead.Header("__connect.errors.partition"), std::to_string(source.partition));
    EXPECT_EQ(dead.Header("__connect.errors.offset"), std::to_string(source.offset));
    EXPECT_FALSE(dead.Header("__connect.errors.exception.message").value_or("").empty())
        << "the reason's detail is missing";
    EXPECT_TRUE(dead.Header("__connect.errors.timestamp").has_value());
  }

  // The good records around the bad ones were processed.
  Reader enriched(Bootstrap(), topics.enriched, Isolation::kReadCommitted);
  EXPECT_TRUE(enriched.PollUntil(
      [&](const auto& r) { return FieldValues(r, "article_id").size() >= bad.size(); }, 30s))
      << daemon.LogTail();
  std::multiset<std::string> expected_articles;
  for (size_t i = 0; i < bad.size(); ++i)
    expected_articles.insert(prefix + "-" + std::to_string(i));
  enriched.PollUntilQuiet(2s, 10s);
  EXPECT_EQ(DiffIds(expected_articles, FieldValues(enriched.Records(), "article_id")), "");
  EXPECT_EQ(daemon.Stop(), 0) << daemon.LogTail();
}

}  // namespace
}  // namespace newswire::realkafka
