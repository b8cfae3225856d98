// The broker goes away and comes back (scripts/kafka-local.sh restart: a
// controlled shutdown, then a start on the same port and data) while
// `newswire run` is consuming. Nothing may be lost: every article gets its
// analysis and every expected event is published (at least once in
// at_least_once; exactly once in exactly_once).
//
// The test plays the supervisor (systemd Restart=on-failure): newswire's
// contract lets it exit non-zero on an error it cannot recover from, e.g. a
// transaction abort that fails while the broker is away, and a restart must
// then resume without loss or duplicates. Such exits are printed and counted
// (at most two allowed); usually the daemon rides the restart out.
//
// Needs the broker started by scripts/kafka-local.sh: against any other
// NEWSWIRE_TEST_BOOTSTRAP the test skips (it will not restart your cluster).
#include <gtest/gtest.h>

#include <iostream>

#include "realkafka/realkafka_support.h"

namespace newswire::realkafka {
namespace {

// True when NEWSWIRE_TEST_BOOTSTRAP is the broker scripts/kafka-local.sh runs.
bool BrokerIsKafkaLocal() {
  ProcessResult status = KafkaLocal({"status"}, 30s);
  // Built step by step: GCC 12 -O3 warns (-Wrestrict, falsely) on " " + s + " ".
  std::string needle(1, ' ');
  needle.append(Bootstrap()).push_back(' ');
  return status.exit_code == 0 && status.out.find(needle) != std::string::npos;
}

class BrokerRestart : public ::testing::TestWithParam<const char*> {};

TEST_P(BrokerRestart, DaemonRidesOutABrokerRestartWithoutLoss) {
  NEWSWIRE_REQUIRE_BROKER();
  if (!BrokerIsKafkaLocal())
    GTEST_SKIP() << "the broker restart test restarts the broker of scripts/kafka-local.sh; "
                 << Bootstrap() << " is not it";
  const std::string mode = GetParam();
  constexpr int kArticles = 300;
  const std::string prefix = UniqueName("a");

  TempDir dir;
  const std::multiset<std::string> expected =
      ExpectedEventIds(dir, MakeArticles(prefix, 0, kArticles));
  ASSERT_FALSE(expected.empty())
      << "`newswire extract` found no event in the test articles: the check would prove nothing";

  Admin admin(Bootstrap());
  const PipelineTopics topics = CreatePipelineTopics(admin, 3);
  Daemon daemon(dir, "daemon", OptionsFor(topics, UniqueName("group"), mode));
  const Isolation isolation =
      mode == "exactly_once" ? Isolation::kReadCommitted : Isolation::kReadUncommitted;

  {
    Producer producer(Bootstrap());
    ProduceArticles(producer, topics.input, prefix, 0, kArticles / 3);
  }
  daemon.Start();
  {
    Reader enriched(Bootstrap(), topics.enriched, isolation);
    ASSERT_TRUE(enriched.PollUntil([](const auto& r) { return !r.empty(); }, 45s))
        << "no output before the restart\n"
        << daemon.LogTail();
  }

  // A second third arrives just before the broker goes down, so the daemon
  // is busy with it (records in flight, a transaction open) when it does.
  {
    Producer producer(Bootstrap());
    ProduceArticles(producer, topics.input, prefix, kArticles / 3, 2 * kArticles / 3);
  }
  const auto restart_started = Clock::now();
  ProcessResult restart = KafkaLocal({"restart"}, 120s);
  ASSERT_EQ(restart.exit_code, 0) << "scripts/kafka-local.sh restart failed:\n"
                                  << restart.err << KafkaLocal({"log", "50"}, 10s).out;
  std::cout << "broker restarted in "
            << std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - restart_started)
                   .count()
            << " ms\n";
  int supervised_restarts = 0;
  auto supervise = [&] {
    if (daemon.Running() || supervised_restarts >= 2) return;
    ++supervised_restarts;
    std::cout << "newswire run exited (code " << daemon.ExitCode().value_or(-1)
              << ") around the broker restart; supervisor restart #" << supervised_restarts << "\n"
              << daemon.LogTail(1500) << "\n";
    daemon.Start();
  };
  supervise();

  {
    Producer producer(Bootstrap());
    ProduceArticles(producer, topics.input, prefix, 2 * kArticles / 3, kArticles);
  }
  Reader enriched(Bootstrap(), topics.enriched, isolation);
  auto all_articles = [&](const std::vector<Record>& r) {
    supervise();
    const std::multiset<std::string> ids = FieldValues(r, "article_id");
    return std::set<std::string>(ids.begin(), ids.end()).size() >= static_cast<size_t>(kArticles);
  };
  ASSERT_TRUE(enriched.PollUntil(all_articles, 60s))
      << "not every article's analysis arrived within 60 s of the restart\n"
      << daemon.LogTail();
  enriched.PollUntilQuiet(3s, 15s);

  Reader events(Bootstrap(), topics.events, isolation);
  events.PollUntil([&](const auto& r) { return r.size() >= expected.size(); }, 30s);
  events.PollUntilQuiet(3s, 15s);
  const std::multiset<std::string> got = FieldValues(events.Records(), "event_id");
  if (mode == "exactly_once") {
    EXPECT_EQ(DiffIds(expected, got), "") << daemon.LogTail();
    std::multiset<std::string> expected_articles;
    for (int i = 0; i < kArticles; ++i) expected_articles.insert(prefix + "-" + std::to_string(i));
    EXPECT_EQ(DiffIds(expected_articles, FieldValues(enriched.Records(), "article_id")), "");
  } else {
    // At least once: duplicates are allowed, loss and strangers are not.
    const std::set<std::string> got_unique(got.begin(), got.end());
    const std::set<std::string> expected_unique(expected.begin(), expected.end());
    EXPECT_EQ(got_unique, expected_unique)
        << DiffIds(expected, std::multiset<std::string>(got_unique.begin(), got_unique.end()))
        << "\n"
        << daemon.LogTail();
    std::cout << got.size() - got_unique.size() << " duplicate events (allowed)\n";
  }
  EXPECT_TRUE(daemon.Running()) << daemon.LogTail();
  RecordProperty("supervised_restarts", supervised_restarts);
  EXPECT_EQ(daemon.Stop(), 0) << daemon.LogTail();
}

INSTANTIATE_TEST_SUITE_P(DeliveryModes, BrokerRestart,
                         ::testing::Values("at_least_once", "exactly_once"),
                         [](const auto& info) { return std::string(info.param); });

}  // namespace
}  // namespace newswire::realkafka
