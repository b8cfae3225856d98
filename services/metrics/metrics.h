// Prometheus metrics for the pipeline, one probe object built in one place.
//
// Contract: every method is cheap and allocation-free on the hot path
// (references to prometheus-cpp series are cached at construction; label
// sets are closed: event types x languages, DLQ reasons). Thread-safe: any
// thread may call any method.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace prometheus {
class Registry;
}

namespace newswire::metrics {

class PipelineMetrics {
 public:
  // Registers every newswire_* series in `registry` (which must outlive this).
  explicit PipelineMetrics(prometheus::Registry& registry);
  ~PipelineMetrics();
  PipelineMetrics(const PipelineMetrics&) = delete;
  PipelineMetrics& operator=(const PipelineMetrics&) = delete;

  void ArticleConsumed();
  // type: MEETING..SANCTION; lang: de|en|fr|es|ru|other (anything else -> other).
  void EventProduced(std::string_view type, std::string_view lang);
  void AnalysisProduced();
  // reason: one of the closed DLQ reasons (invalid_json, missing_field,
  // invalid_type, invalid_utf8, too_large, empty_text, processing_error);
  // anything else -> "other".
  void DeadLettered(std::string_view reason);
  void ObserveProcessingSeconds(double seconds);  // per article, extract+encode
  void ObserveEndToEndSeconds(double seconds);    // record timestamp -> delivery
  void TransactionCommitted();
  void TransactionAborted();
  void Rebalance(std::string_view kind);  // "assign" | "revoke" | "lost"
  void ConfigReload(bool ok);
  void SetProducerQueueDepth(int64_t messages);
  // librdkafka statistics JSON (statistics.interval.ms): updates consumer lag
  // per topic/partition and broker state. Lag is end offset (ls_offset, else
  // hi_offset) minus the application's position (app_offset), falling back to
  // librdkafka's consumer_lag; consumer_lag alone is wrong under exactly-once
  // (see PartitionLag in metrics.cc).
  // Off the hot path (librdkafka's stats callback): parses with RapidJSON and
  // creates a lag gauge the first time a partition shows a known lag;
  // removes it when the partition is no longer assigned (absent, or unknown).
  // Partition -1 (librdkafka's UA partition) is skipped. Malformed JSON is
  // ignored and counted in newswire_kafka_stats_errors_total.
  void UpdateFromKafkaStats(std::string_view stats_json);

  // Brokers in state UP in the most recent statistics of the given client
  // ("consumer" or "producer"); -1 before any statistics arrived. Exported
  // as newswire_kafka_brokers_up{client}, a series that exists only once the
  // client's first statistics arrived; HttpServer's /readyz answers 503 while
  // the consumer's is 0.
  int BrokersUp(std::string_view client) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newswire::metrics
