// Two `newswire run` instances in one consumer group share the input
// partitions; one is SIGKILLed mid-stream and the survivor takes over its
// partitions. Exactly-once: every article's analysis and every expected event
// is committed exactly once (the survivor resumes from the offsets committed
// in the victim's last committed transaction; the victim's open transaction
// is aborted by the coordinator after transaction.timeout.ms).
#include <gtest/gtest.h>

#include <iostream>
#include <thread>

#include "realkafka/realkafka_support.h"

namespace newswire::realkafka {
namespace {

std::string DescribeMembers(const std::vector<Admin::Member>& members) {
  std::string out;
  for (const auto& m : members) {
    out += m.client_id + "/" + m.consumer_id + ": [";
    for (const auto& [t, p] : m.assignment) out += t + ":" + std::to_string(p) + " ";
    out += "]\n";
  }
  return out.empty() ? "(no members)" : out;
}

// Number of members that hold at least one partition of `topic`.
size_t MembersWithPartitionsOf(const std::vector<Admin::Member>& members,
                               const std::string& topic) {
  size_t n = 0;
  for (const auto& m : members) {
    for (const auto& [t, p] : m.assignment) {
      if (t == topic) {
        ++n;
        break;
      }
    }
  }
  return n;
}

TEST(GroupFailover, SurvivorTakesOverKilledInstancesPartitionsExactlyOnce) {
  NEWSWIRE_REQUIRE_BROKER();
  constexpr int kPartitions = 4;
  constexpr int kArticles = 400;
  constexpr int kChunk = 20;
  const std::string prefix = UniqueName("a");

  TempDir dir;
  const std::multiset<std::string> expected =
      ExpectedEventIds(dir, MakeArticles(prefix, 0, kArticles));
  ASSERT_FALSE(expected.empty())
      << "`newswire extract` found no event in the test articles: the check would prove nothing";

  Admin admin(Bootstrap());
  const PipelineTopics topics = CreatePipelineTopics(admin, kPartitions);
  const std::string group = UniqueName("group");
  // Same group, distinct transactional ids (OptionsFor makes a unique one).
  // Transactions stay open ~2 s, so the kill lands in one: the survivor
  // must wait for the coordinator to abort it (transaction.timeout.ms)
  // before it can read the committed offsets of the partitions it inherits.
  DaemonOptions first_options = OptionsFor(topics, group, "exactly_once");
  DaemonOptions second_options = OptionsFor(topics, group, "exactly_once");
  first_options.commit_interval_ms = second_options.commit_interval_ms = 2000;
  Daemon first(dir, "first", first_options);
  Daemon second(dir, "second", second_options);
  Producer producer(Bootstrap());
  Reader committed(Bootstrap(), topics.enriched, Isolation::kReadCommitted);
  Reader uncommitted(Bootstrap(), topics.enriched, Isolation::kReadUncommitted);

  int produced = 40;
  ProduceArticles(producer, topics.input, prefix, 0, produced);
  first.Start();
  second.Start();

  // Both instances must hold input partitions before one is killed.
  std::vector<Admin::Member> members;
  const auto shared_deadline = Clock::now() + 45s;
  while (
      (members = admin.DescribeGroup(group), MembersWithPartitionsOf(members, topics.input) < 2) &&
      Clock::now() < shared_deadline)
    std::this_thread::sleep_for(500ms);
  ASSERT_EQ(MembersWithPartitionsOf(members, topics.input), 2u)
      << "the two instances never shared the input partitions:\n"
      << DescribeMembers(members) << first.LogTail() << second.LogTail();
  std::cout << "group before the kill:\n" << DescribeMembers(members);
  ASSERT_TRUE(committed.PollUntil([](const auto& r) { return !r.empty(); }, 30s))
      << "no committed output yet\n"
      << first.LogTail() << second.LogTail();

  // Kill the first instance while input keeps arriving and output is
  // pending in an open transaction.
  while (produced < kArticles / 2) {
    ProduceArticles(producer, topics.input, prefix, produced, produced + kChunk);
    produced += kChunk;
  }
  const auto open_deadline = Clock::now() + 15s;
  while (uncommitted.Records().size() <= committed.Records().size() &&
         Clock::now() < open_deadline) {
    uncommitted.Poll(100ms);
    committed.Poll(100ms);
  }
  ASSERT_TRUE(first.Running()) << first.LogTail();
  first.Kill();
  const auto killed_at = Clock::now();
  ProduceArticles(producer, topics.input, prefix, produced, kArticles);

  // The survivor must end up with every input partition.
  const auto takeover_deadline = Clock::now() + 30s;
  size_t survivor_partitions = 0;
  while (Clock::now() < takeover_deadline) {
    members = admin.DescribeGroup(group);
    survivor_partitions = 0;
    if (members.size() == 1)
      for (const auto& [t, p] : members[0].assignment) survivor_partitions += t == topics.input;
    if (survivor_partitions == kPartitions) break;
    std::this_thread::sleep_for(500ms);
  }
  EXPECT_EQ(survivor_partitions, static_cast<size_t>(kPartitions))
      << "after the kill:\n"
      << DescribeMembers(members) << second.LogTail();

  auto all_articles = [&](const std::vector<Record>& r) {
    const std::multiset<std::string> ids = FieldValues(r, "article_id");
    return std::set<std::string>(ids.begin(), ids.end()).size() >= static_cast<size_t>(kArticles);
  };
  ASSERT_TRUE(committed.PollUntil(all_articles, 60s))
      << "not every article's analysis was committed within 60 s of the kill: "
      << FieldValues(committed.Records(), "article_id").size() << " of " << kArticles << "\n"
      << second.LogTail();
  std::cout
      << "all articles committed "
      << std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - killed_at).count()
      << " ms after the kill\n";
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
      << second.LogTail();
  EXPECT_TRUE(second.Running()) << second.LogTail();
  EXPECT_EQ(second.Stop(), 0) << second.LogTail();
}

}  // namespace
}  // namespace newswire::realkafka
