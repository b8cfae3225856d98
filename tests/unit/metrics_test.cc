// PipelineMetrics: every probe method moves the series it names, unknown
// label values fall into "other", and consumer lag is read from a real
// librdkafka statistics document (testdata/librdkafka_consumer_stats.json,
// captured from librdkafka 2.0.2 against its mock cluster: partition 0 has
// lag -1 (no high watermark yet), 1 has lag 0, 2 has lag 50, and the UA
// partition -1 is present as in every consumer's statistics).
#include "metrics/metrics.h"

#include <gtest/gtest.h>
#include <prometheus/registry.h>

#include <cmath>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "codec/article_decoder.h"
#include "config/config.h"
#include "metrics/build_info.h"

namespace newswire::metrics {
namespace {

using Labels = std::map<std::string, std::string>;

const prometheus::ClientMetric* FindMetric(const std::vector<prometheus::MetricFamily>& families,
                                           const std::string& name, const Labels& labels) {
  for (const auto& f : families) {
    if (f.name != name) continue;
    for (const auto& m : f.metric) {
      Labels have;
      for (const auto& l : m.label) have[l.name] = l.value;
      if (have == labels) return &m;
    }
  }
  return nullptr;
}

const prometheus::MetricFamily* FindFamily(const std::vector<prometheus::MetricFamily>& families,
                                           const std::string& name) {
  for (const auto& f : families) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

class PipelineMetricsTest : public ::testing::Test {
 protected:
  // Counter or gauge value of one series; nullopt when the series is absent.
  std::optional<double> Value(const std::string& name, const Labels& labels = {}) {
    const auto families = registry_.Collect();
    const auto* f = FindFamily(families, name);
    const auto* m = FindMetric(families, name, labels);
    if (f == nullptr || m == nullptr) return std::nullopt;
    return f->type == prometheus::MetricType::Counter ? m->counter.value : m->gauge.value;
  }

  prometheus::ClientMetric::Histogram Histogram(const std::string& name) {
    const auto families = registry_.Collect();
    const auto* m = FindMetric(families, name, {});
    EXPECT_NE(m, nullptr) << name;
    return m ? m->histogram : prometheus::ClientMetric::Histogram{};
  }

  size_t SeriesCount(const std::string& name) {
    const auto families = registry_.Collect();
    const auto* f = FindFamily(families, name);
    return f ? f->metric.size() : 0;
  }

  static std::string ReadStatsSample() {
    std::ifstream in(std::string(NEWSWIRE_SOURCE_DIR) +
                     "/tests/unit/testdata/librdkafka_consumer_stats.json");
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }

  prometheus::Registry registry_;
  PipelineMetrics metrics_{registry_};
};

TEST_F(PipelineMetricsTest, ArticlesConsumedCounts) {
  EXPECT_EQ(Value("newswire_articles_consumed_total"), 0.0);
  metrics_.ArticleConsumed();
  metrics_.ArticleConsumed();
  EXPECT_EQ(Value("newswire_articles_consumed_total"), 2.0);
}

TEST_F(PipelineMetricsTest, EventsCountedByTypeAndLanguage) {
  metrics_.EventProduced("PRAISE", "de");
  metrics_.EventProduced("PRAISE", "de");
  metrics_.EventProduced("CONDOLENCE", "ru");
  EXPECT_EQ(Value("newswire_events_produced_total", {{"type", "PRAISE"}, {"lang", "de"}}), 2.0);
  EXPECT_EQ(Value("newswire_events_produced_total", {{"type", "CONDOLENCE"}, {"lang", "ru"}}), 1.0);
  EXPECT_EQ(Value("newswire_events_produced_total", {{"type", "PRAISE"}, {"lang", "en"}}), 0.0);
}

TEST_F(PipelineMetricsTest, UnknownTypeAndLanguageFallIntoOther) {
  metrics_.EventProduced("GOSSIP", "de");
  metrics_.EventProduced("MEETING", "tlh");
  metrics_.EventProduced("", "");
  metrics_.EventProduced("meeting", "DE");  // label values are case-sensitive
  EXPECT_EQ(Value("newswire_events_produced_total", {{"type", "other"}, {"lang", "de"}}), 1.0);
  EXPECT_EQ(Value("newswire_events_produced_total", {{"type", "MEETING"}, {"lang", "other"}}), 1.0);
  EXPECT_EQ(Value("newswire_events_produced_total", {{"type", "other"}, {"lang", "other"}}), 2.0);
}

TEST_F(PipelineMetricsTest, EventSeriesAreAClosedMatrix) {
  const size_t before = SeriesCount("newswire_events_produced_total");
  EXPECT_EQ(before, 14u * 6u);  // 13 types + other, 5 languages + other
  for (int i = 0; i < 100; ++i) {
    const std::string n = std::to_string(i);
    metrics_.EventProduced(std::string("TYPE").append(n), std::string("l").append(n));
  }
  EXPECT_EQ(SeriesCount("newswire_events_produced_total"), before);
}

TEST_F(PipelineMetricsTest, AnalysesCounted) {
  metrics_.AnalysisProduced();
  EXPECT_EQ(Value("newswire_analyses_produced_total"), 1.0);
}

TEST_F(PipelineMetricsTest, DeadLettersByReasonUnknownIsOther) {
  metrics_.DeadLettered("invalid_json");
  metrics_.DeadLettered("too_large");
  metrics_.DeadLettered("too_large");
  metrics_.DeadLettered("cosmic_ray");
  EXPECT_EQ(Value("newswire_dlq_records_total", {{"reason", "invalid_json"}}), 1.0);
  EXPECT_EQ(Value("newswire_dlq_records_total", {{"reason", "too_large"}}), 2.0);
  EXPECT_EQ(Value("newswire_dlq_records_total", {{"reason", "other"}}), 1.0);
  EXPECT_EQ(Value("newswire_dlq_records_total", {{"reason", "empty_text"}}), 0.0);
  EXPECT_FALSE(Value("newswire_dlq_records_total", {{"reason", "cosmic_ray"}}).has_value());
}

TEST_F(PipelineMetricsTest, ProcessingHistogramObserves) {
  metrics_.ObserveProcessingSeconds(0.003);
  metrics_.ObserveProcessingSeconds(0.2);
  const auto h = Histogram("newswire_article_processing_seconds");
  EXPECT_EQ(h.sample_count, 2u);
  EXPECT_DOUBLE_EQ(h.sample_sum, 0.203);
  // Buckets are cumulative: 0.003 lies in le=0.005, both in le=0.25.
  std::map<double, uint64_t> cumulative;
  for (const auto& b : h.bucket) cumulative[b.upper_bound] = b.cumulative_count;
  EXPECT_EQ(cumulative[0.0025], 0u);
  EXPECT_EQ(cumulative[0.005], 1u);
  EXPECT_EQ(cumulative[0.1], 1u);
  EXPECT_EQ(cumulative[0.25], 2u);
}

TEST_F(PipelineMetricsTest, EndToEndHistogramObserves) {
  metrics_.ObserveEndToEndSeconds(42.0);
  const auto h = Histogram("newswire_end_to_end_latency_seconds");
  EXPECT_EQ(h.sample_count, 1u);
  EXPECT_DOUBLE_EQ(h.sample_sum, 42.0);
  EXPECT_EQ(h.bucket.back().cumulative_count, 1u);  // +Inf
}

TEST_F(PipelineMetricsTest, NegativeDurationsCountAsZeroAndNanIsDropped) {
  metrics_.ObserveEndToEndSeconds(-12.0);  // producer clock ahead of ours
  metrics_.ObserveEndToEndSeconds(std::nan(""));
  metrics_.ObserveProcessingSeconds(-0.5);
  const auto e2e = Histogram("newswire_end_to_end_latency_seconds");
  EXPECT_EQ(e2e.sample_count, 1u);
  EXPECT_DOUBLE_EQ(e2e.sample_sum, 0.0);
  EXPECT_EQ(e2e.bucket.front().cumulative_count, 1u);
  EXPECT_DOUBLE_EQ(Histogram("newswire_article_processing_seconds").sample_sum, 0.0);
}

TEST_F(PipelineMetricsTest, TransactionsRebalancesReloadsQueue) {
  metrics_.TransactionCommitted();
  metrics_.TransactionCommitted();
  metrics_.TransactionAborted();
  metrics_.Rebalance("assign");
  metrics_.Rebalance("revoke");
  metrics_.Rebalance("lost");
  metrics_.Rebalance("weird");
  metrics_.ConfigReload(true);
  metrics_.ConfigReload(false);
  metrics_.ConfigReload(false);
  metrics_.SetProducerQueueDepth(17);
  EXPECT_EQ(Value("newswire_transactions_committed_total"), 2.0);
  EXPECT_EQ(Value("newswire_transactions_aborted_total"), 1.0);
  EXPECT_EQ(Value("newswire_rebalances_total", {{"kind", "assign"}}), 1.0);
  EXPECT_EQ(Value("newswire_rebalances_total", {{"kind", "revoke"}}), 1.0);
  EXPECT_EQ(Value("newswire_rebalances_total", {{"kind", "lost"}}), 1.0);
  EXPECT_EQ(Value("newswire_rebalances_total", {{"kind", "other"}}), 1.0);
  EXPECT_EQ(Value("newswire_config_reloads_total", {{"result", "success"}}), 1.0);
  EXPECT_EQ(Value("newswire_config_reloads_total", {{"result", "failure"}}), 2.0);
  EXPECT_EQ(Value("newswire_producer_queue_messages"), 17.0);
  metrics_.SetProducerQueueDepth(0);
  EXPECT_EQ(Value("newswire_producer_queue_messages"), 0.0);
}

TEST_F(PipelineMetricsTest, BuildInfoIsOneWithVersion) {
  const BuildInfo& bi = GetBuildInfo();
  EXPECT_FALSE(bi.version.empty());
  EXPECT_FALSE(bi.librdkafka.empty());
  EXPECT_EQ(Value("newswire_build_info", {{"version", bi.version},
                                          {"revision", bi.revision},
                                          {"build_type", bi.build_type},
                                          {"compiler", bi.compiler},
                                          {"librdkafka", bi.librdkafka}}),
            1.0);
}

TEST_F(PipelineMetricsTest, ConsumerLagFromRealLibrdkafkaStatistics) {
  const std::string stats = ReadStatsSample();
  ASSERT_FALSE(stats.empty()) << "testdata missing";
  EXPECT_EQ(SeriesCount("newswire_consumer_lag_messages"), 0u);
  EXPECT_EQ(metrics_.BrokersUp("consumer"), -1);
  // Unknown before the first statistics: no series rather than a false 0.
  EXPECT_FALSE(Value("newswire_kafka_brokers_up", {{"client", "consumer"}}).has_value());

  metrics_.UpdateFromKafkaStats(stats);

  EXPECT_EQ(
      Value("newswire_consumer_lag_messages", {{"topic", "news.articles"}, {"partition", "2"}}),
      50.0);
  EXPECT_EQ(
      Value("newswire_consumer_lag_messages", {{"topic", "news.articles"}, {"partition", "1"}}),
      0.0);
  // lag -1 (unknown) and the UA partition -1 make no series.
  EXPECT_FALSE(
      Value("newswire_consumer_lag_messages", {{"topic", "news.articles"}, {"partition", "0"}})
          .has_value());
  EXPECT_FALSE(
      Value("newswire_consumer_lag_messages", {{"topic", "news.articles"}, {"partition", "-1"}})
          .has_value());
  EXPECT_EQ(SeriesCount("newswire_consumer_lag_messages"), 2u);
  // Two configured brokers are UP, one INIT; the logical GroupCoordinator
  // alias is not a broker of its own.
  EXPECT_EQ(metrics_.BrokersUp("consumer"), 2);
  EXPECT_EQ(Value("newswire_kafka_brokers_up", {{"client", "consumer"}}), 2.0);
  EXPECT_EQ(metrics_.BrokersUp("producer"), -1);
  EXPECT_FALSE(Value("newswire_kafka_brokers_up", {{"client", "producer"}}).has_value());
  EXPECT_EQ(metrics_.BrokersUp("admin"), -1);
  EXPECT_EQ(Value("newswire_kafka_stats_errors_total"), 0.0);
}

TEST_F(PipelineMetricsTest, LagUpdatesAndRevokedPartitionsDisappear) {
  auto doc = [](const char* partitions, const char* broker_state) {
    std::string d = R"({"type":"consumer","brokers":{"b1:9092/1":{"name":"b1:9092/1","nodeid":1,)";
    d.append(R"("source":"learned","state":")").append(broker_state);
    d.append(R"("}},"topics":{"news.articles":{"partitions":{)").append(partitions);
    d.append("}}}}");
    return d;
  };
  metrics_.UpdateFromKafkaStats(
      doc(R"("0":{"partition":0,"consumer_lag":7},"3":{"partition":3,"consumer_lag":9})", "UP"));
  EXPECT_EQ(
      Value("newswire_consumer_lag_messages", {{"topic", "news.articles"}, {"partition", "0"}}),
      7.0);
  EXPECT_EQ(metrics_.BrokersUp("consumer"), 1);

  // Partition 3 revoked (reported with lag -1), partition 0 caught up,
  // broker down.
  metrics_.UpdateFromKafkaStats(
      doc(R"("0":{"partition":0,"consumer_lag":0},"3":{"partition":3,"consumer_lag":-1})", "DOWN"));
  EXPECT_EQ(
      Value("newswire_consumer_lag_messages", {{"topic", "news.articles"}, {"partition", "0"}}),
      0.0);
  EXPECT_FALSE(
      Value("newswire_consumer_lag_messages", {{"topic", "news.articles"}, {"partition", "3"}})
          .has_value());
  EXPECT_EQ(metrics_.BrokersUp("consumer"), 0);

  // Partition 0 gone from the document entirely.
  metrics_.UpdateFromKafkaStats(doc("", "UP"));
  EXPECT_EQ(SeriesCount("newswire_consumer_lag_messages"), 0u);
}

// Regression: under exactly-once the offsets are committed by the producer
// (TxnOffsetCommit), so librdkafka's consumer_lag (end - committed_offset as
// the consumer knows it) is -1 or stale; the lag is taken from the
// application position instead.
TEST_F(PipelineMetricsTest, LagUnderExactlyOnceUsesTheApplicationPosition) {
  metrics_.UpdateFromKafkaStats(
      R"({"type":"consumer","topics":{"news.articles":{"partitions":{)"
      R"("0":{"partition":0,"desired":true,"app_offset":80,"committed_offset":-1001,)"
      R"("hi_offset":100,"ls_offset":100,"consumer_lag":-1},)"
      R"("1":{"partition":1,"desired":true,"app_offset":990,"committed_offset":10,)"
      R"("hi_offset":1000,"ls_offset":1000,"consumer_lag":990},)"
      R"("2":{"partition":2,"desired":true,"app_offset":40,"committed_offset":-1001,)"
      R"("hi_offset":60,"ls_offset":45,"consumer_lag":-1},)"
      R"("3":{"partition":3,"desired":false,"app_offset":5,"hi_offset":9,"ls_offset":9})"
      "}}}}");
  EXPECT_EQ(
      Value("newswire_consumer_lag_messages", {{"topic", "news.articles"}, {"partition", "0"}}),
      20.0);
  EXPECT_EQ(
      Value("newswire_consumer_lag_messages", {{"topic", "news.articles"}, {"partition", "1"}}),
      10.0);
  // read_committed: the last stable offset, not the high watermark, is the end.
  EXPECT_EQ(
      Value("newswire_consumer_lag_messages", {{"topic", "news.articles"}, {"partition", "2"}}),
      5.0);
  // Not desired = not assigned to this consumer.
  EXPECT_FALSE(
      Value("newswire_consumer_lag_messages", {{"topic", "news.articles"}, {"partition", "3"}})
          .has_value());
}

TEST_F(PipelineMetricsTest, ProducerStatisticsDoNotTouchLag) {
  metrics_.UpdateFromKafkaStats(
      R"({"type":"consumer","topics":{"t":{"partitions":{"0":{"partition":0,"consumer_lag":5}}}}})");
  metrics_.UpdateFromKafkaStats(
      R"({"type":"producer","brokers":{"b:1/1":{"source":"learned","state":"UP"},)"
      R"("TxnCoordinator":{"source":"logical","state":"UP"}},)"
      R"("topics":{"t":{"partitions":{"0":{"partition":0,"consumer_lag":-1}}}}})");
  EXPECT_EQ(Value("newswire_consumer_lag_messages", {{"topic", "t"}, {"partition", "0"}}), 5.0);
  EXPECT_EQ(metrics_.BrokersUp("producer"), 1);
}

TEST_F(PipelineMetricsTest, MalformedStatisticsAreCountedAndIgnored) {
  metrics_.UpdateFromKafkaStats(
      R"({"type":"consumer","topics":{"t":{"partitions":{"0":{"partition":0,"consumer_lag":5}}}}})");
  const std::vector<std::string> bad = {"",
                                        "{",
                                        "null",
                                        "[]",
                                        R"({"type":42})",
                                        R"({"type":"admin"})",
                                        std::string("{\"type\":\"consumer\"\0}", 20)};
  for (const auto& s : bad) metrics_.UpdateFromKafkaStats(s);
  EXPECT_EQ(Value("newswire_kafka_stats_errors_total"), static_cast<double>(bad.size()));
  EXPECT_EQ(Value("newswire_consumer_lag_messages", {{"topic", "t"}, {"partition", "0"}}), 5.0);

  // Well-formed JSON of the wrong shape is tolerated field by field.
  metrics_.UpdateFromKafkaStats(
      R"({"type":"consumer","brokers":[],"topics":{"t":{"partitions":{"0":"x","1":{"partition":"1","consumer_lag":3}}}}})");
  EXPECT_EQ(SeriesCount("newswire_consumer_lag_messages"), 0u);
}

TEST_F(PipelineMetricsTest, ConcurrentCallersLoseNoIncrements) {
  constexpr int kThreads = 4;
  constexpr int kPerThread = 10000;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([this] {
      for (int i = 0; i < kPerThread; ++i) {
        metrics_.ArticleConsumed();
        metrics_.EventProduced("MEETING", "en");
        metrics_.ObserveProcessingSeconds(0.001);
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(Value("newswire_articles_consumed_total"), kThreads * kPerThread);
  EXPECT_EQ(Value("newswire_events_produced_total", {{"type", "MEETING"}, {"lang", "en"}}),
            kThreads * kPerThread);
  EXPECT_EQ(Histogram("newswire_article_processing_seconds").sample_count,
            static_cast<uint64_t>(kThreads * kPerThread));
}

// The closed label sets must cover what the other stages produce, or their
// values would silently be counted as "other".
TEST_F(PipelineMetricsTest, EveryKnownEventTypeHasItsOwnSeries) {
  ASSERT_FALSE(config::KnownEventTypes().empty());
  for (const auto& type : config::KnownEventTypes()) {
    metrics_.EventProduced(type, "es");
    EXPECT_EQ(Value("newswire_events_produced_total", {{"type", type}, {"lang", "es"}}), 1.0)
        << type;
  }
  EXPECT_EQ(Value("newswire_events_produced_total", {{"type", "other"}, {"lang", "es"}}), 0.0);
}

TEST_F(PipelineMetricsTest, EveryDecoderReasonHasItsOwnSeries) {
  using codec::DecodeReason;
  for (DecodeReason r :
       {DecodeReason::kInvalidJson, DecodeReason::kMissingField, DecodeReason::kInvalidType,
        DecodeReason::kInvalidUtf8, DecodeReason::kTooLarge, DecodeReason::kEmptyText,
        DecodeReason::kProcessingError}) {
    const std::string name(codec::ReasonName(r));
    metrics_.DeadLettered(name);
    EXPECT_EQ(Value("newswire_dlq_records_total", {{"reason", name}}), 1.0) << name;
  }
  EXPECT_EQ(Value("newswire_dlq_records_total", {{"reason", "other"}}), 0.0);
}

}  // namespace
}  // namespace newswire::metrics
