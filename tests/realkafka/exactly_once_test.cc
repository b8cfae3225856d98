// Exactly-once end to end against a real broker: `newswire run` with
// delivery.mode exactly_once is SIGKILLed while it is consuming (ideally
// with a transaction open), restarted with the same transactional id, and a
// read_committed reader must see every expected event and every article's
// analysis exactly once. librdkafka's mock cluster cannot show this (it
// drops transactional offsets and writes no transaction markers).
#include <gtest/gtest.h>

#include <iostream>

#include "realkafka/realkafka_support.h"

namespace newswire::realkafka {
namespace {

TEST(ExactlyOnce, SigkillMidRunThenRestartPublishesEveryEventExactlyOnce) {
  NEWSWIRE_REQUIRE_BROKER();
  constexpr int kArticles = 600;
  constexpr int kChunk = 40;
  const std::string prefix = UniqueName("a");

  TempDir dir;
  const std::multiset<std::string> expected =
      ExpectedEventIds(dir, MakeArticles(prefix, 0, kArticles));
  ASSERT_FALSE(expected.empty())
      << "`newswire extract` found no event in the test articles: the end-to-end check "
         "would prove nothing";

  Admin admin(Bootstrap());
  const PipelineTopics topics = CreatePipelineTopics(admin, 3);
  Daemon daemon(dir, "eos", OptionsFor(topics, UniqueName("group"), "exactly_once"));
  Producer producer(Bootstrap());
  Reader committed(Bootstrap(), topics.enriched, Isolation::kReadCommitted);
  Reader uncommitted(Bootstrap(), topics.enriched, Isolation::kReadUncommitted);

  // Feed the first chunk and wait for the first committed output.
  int produced = kChunk;
  ProduceArticles(producer, topics.input, prefix, 0, produced);
  daemon.Start();
  ASSERT_TRUE(committed.PollUntil([](const auto& r) { return !r.empty(); }, 45s))
      << "no committed analysis within 45 s\n"
      << daemon.LogTail();

  // Keep feeding; SIGKILL once a transaction is visibly open (uncommitted
  // output ahead of committed output), or at the latest half-way through.
  bool killed_with_open_transaction = false;
  while (produced < kArticles / 2 && daemon.Running()) {
    ProduceArticles(producer, topics.input, prefix, produced, produced + kChunk);
    produced += kChunk;
    uncommitted.Poll(50ms);
    committed.Poll(50ms);
    if (uncommitted.Records().size() > committed.Records().size()) {
      killed_with_open_transaction = true;
      break;
    }
  }
  ASSERT_TRUE(daemon.Running()) << "newswire run exited by itself\n" << daemon.LogTail();
  daemon.Kill();
  const size_t committed_at_kill = FieldValues(committed.Records(), "article_id").size();
  std::cout << "SIGKILL after " << produced << " articles produced, " << committed_at_kill
            << " analyses committed, open transaction seen: " << killed_with_open_transaction
            << "\n";

  ProduceArticles(producer, topics.input, prefix, produced, kArticles);
  daemon.Start();

  auto all_articles = [&](const std::vector<Record>& r) {
    const std::multiset<std::string> ids = FieldValues(r, "article_id");
    return std::set<std::string>(ids.begin(), ids.end()).size() >= static_cast<size_t>(kArticles);
  };
  ASSERT_TRUE(committed.PollUntil(all_articles, 60s))
      << "not every article's analysis committed within 60 s after the restart: "
      << FieldValues(committed.Records(), "article_id").size() << " of " << kArticles << "\n"
      << daemon.LogTail();
  // Let anything that would be a duplicate arrive before judging.
  committed.PollUntilQuiet(3s, 15s);

  std::multiset<std::string> expected_articles;
  for (int i = 0; i < kArticles; ++i) expected_articles.insert(prefix + "-" + std::to_string(i));
  EXPECT_EQ(DiffIds(expected_articles, FieldValues(committed.Records(), "article_id")), "")
      << "analyses on " << topics.enriched;

  Reader events(Bootstrap(), topics.events, Isolation::kReadCommitted);
  events.PollUntil([&](const auto& r) { return r.size() >= expected.size(); }, 30s);
  events.PollUntilQuiet(3s, 15s);
  EXPECT_EQ(DiffIds(expected, FieldValues(events.Records(), "event_id")), "")
      << "events on " << topics.events << "\n"
      << daemon.LogTail();

  // What the killed instance left uncommitted must have been aborted, not
  // exposed: the uncommitted view may hold more, the committed one never.
  uncommitted.PollUntilQuiet(2s, 10s);
  std::cout << "enriched records: " << committed.Records().size() << " committed, "
            << uncommitted.Records().size() << " in the log including aborted\n";
  EXPECT_GE(uncommitted.Records().size(), committed.Records().size());
  EXPECT_TRUE(daemon.Running()) << daemon.LogTail();
  EXPECT_EQ(daemon.Stop(), 0) << "newswire run did not exit cleanly on SIGTERM\n"
                              << daemon.LogTail();
}

}  // namespace
}  // namespace newswire::realkafka
