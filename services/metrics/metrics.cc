#include "metrics/metrics.h"

#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>
#include <rapidjson/document.h>

#include <array>
#include <atomic>
#include <cmath>
#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "metrics/build_info.h"

namespace newswire::metrics {
namespace {

// Closed label sets. The last entry of each is the catch-all "other"; Index()
// maps anything unknown to it, so a typo or a new value can never grow the
// number of series.
constexpr std::array<std::string_view, 14> kEventTypes = {
    "MEETING",   "VISIT",      "PRAISE", "CONDOLENCE", "THANKS",  "CONGRATULATION", "COOPERATION",
    "AGREEMENT", "INVITATION", "AID",    "CRITICISM",  "PROTEST", "SANCTION",       "other"};
constexpr std::array<std::string_view, 6> kLanguages = {"de", "en", "fr", "es", "ru", "other"};
constexpr std::array<std::string_view, 8> kDlqReasons = {
    "invalid_json", "missing_field", "invalid_type",     "invalid_utf8",
    "too_large",    "empty_text",    "processing_error", "other"};
constexpr std::array<std::string_view, 4> kRebalanceKinds = {"assign", "revoke", "lost", "other"};
// No "other" here: callers compare the result of Index() with the input.
constexpr std::array<std::string_view, 2> kClients = {"consumer", "producer"};

// Linear scan over at most 14 string_views: no allocation, no hashing, and
// faster than a map at this size.
template <size_t N>
size_t Index(const std::array<std::string_view, N>& set, std::string_view v) {
  for (size_t i = 0; i + 1 < N; ++i) {
    if (set[i] == v) return i;
  }
  return N - 1;
}

// Article processing (extract + encode) is milliseconds; a 1 MiB article in
// a slow language may take a second or more.
const prometheus::Histogram::BucketBoundaries kProcessingBuckets = {
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0};
// End-to-end latency from the input record's timestamp to delivery includes
// any backlog in Kafka (after an outage, a redeploy), hence the long tail.
const prometheus::Histogram::BucketBoundaries kEndToEndBuckets = {
    0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600};

// An int64 member of a statistics object, or -1 when absent or not a number
// (librdkafka itself uses -1 and -1001 for "unknown").
int64_t Int64Field(const rapidjson::Value& obj, const char* name) {
  auto it = obj.FindMember(name);
  return it != obj.MemberEnd() && it->value.IsInt64() ? it->value.GetInt64() : -1;
}

// Messages of one partition the pipeline has not received yet:
//   end (ls_offset for read_committed, else hi_offset) - app_offset.
// librdkafka's own consumer_lag is end - committed_offset, where
// committed_offset is only what this consumer committed or fetched at
// assignment. Under exactly-once the offsets are committed by the producer
// inside the transaction (TxnOffsetCommit), which the consumer never learns,
// so consumer_lag stays -1 or grows without bound although the pipeline
// keeps up. consumer_lag is used only when the positions are not reported.
// Returns -1 when unknown.
int64_t PartitionLag(const rapidjson::Value& partition) {
  const int64_t ls = Int64Field(partition, "ls_offset");
  const int64_t end = ls >= 0 ? ls : Int64Field(partition, "hi_offset");
  const int64_t position = Int64Field(partition, "app_offset");
  if (end >= 0 && position >= 0) return end > position ? end - position : 0;
  return Int64Field(partition, "consumer_lag");
}

}  // namespace

struct PipelineMetrics::Impl {
  explicit Impl(prometheus::Registry& r);

  prometheus::Counter* articles_consumed;
  std::array<std::array<prometheus::Counter*, kLanguages.size()>, kEventTypes.size()>
      events_produced;
  prometheus::Counter* analyses_produced;
  std::array<prometheus::Counter*, kDlqReasons.size()> dlq_records;
  prometheus::Histogram* processing_seconds;
  prometheus::Histogram* end_to_end_seconds;
  prometheus::Counter* transactions_committed;
  prometheus::Counter* transactions_aborted;
  std::array<prometheus::Counter*, kRebalanceKinds.size()> rebalances;
  prometheus::Counter* config_reloads_ok;
  prometheus::Counter* config_reloads_failed;
  prometheus::Gauge* producer_queue;
  prometheus::Counter* stats_errors;
  std::array<std::atomic<int>, kClients.size()> brokers_up{-1, -1};

  // Series created from the stats callback, under stats_mu (librdkafka may
  // call it from more than one client). Broker gauges appear with the first
  // statistics of their client, so "no series" means "not known yet", which
  // HttpServer's /readyz relies on (a 0 would mean "every broker down").
  std::mutex stats_mu;
  prometheus::Family<prometheus::Gauge>* brokers_family;
  std::array<prometheus::Gauge*, kClients.size()> brokers_up_gauges{};
  prometheus::Family<prometheus::Gauge>* lag_family;
  std::map<std::pair<std::string, int32_t>, prometheus::Gauge*> lag_gauges;
};

PipelineMetrics::Impl::Impl(prometheus::Registry& r) {
  using prometheus::BuildCounter;
  using prometheus::BuildGauge;
  using prometheus::BuildHistogram;

  const BuildInfo& bi = GetBuildInfo();
  BuildGauge()
      .Name("newswire_build_info")
      .Help("Build identity of the running binary; always 1")
      .Register(r)
      .Add({{"version", bi.version},
            {"revision", bi.revision},
            {"build_type", bi.build_type},
            {"compiler", bi.compiler},
            {"librdkafka", bi.librdkafka}})
      .Set(1);

  articles_consumed = &BuildCounter()
                           .Name("newswire_articles_consumed_total")
                           .Help("Articles read from the input topic")
                           .Register(r)
                           .Add({});

  auto& events = BuildCounter()
                     .Name("newswire_events_produced_total")
                     .Help("Events published, by event type and article language")
                     .Register(r);
  for (size_t t = 0; t < kEventTypes.size(); ++t) {
    for (size_t l = 0; l < kLanguages.size(); ++l) {
      events_produced[t][l] = &events.Add(
          {{"type", std::string(kEventTypes[t])}, {"lang", std::string(kLanguages[l])}});
    }
  }

  analyses_produced = &BuildCounter()
                           .Name("newswire_analyses_produced_total")
                           .Help("Per-article analyses published")
                           .Register(r)
                           .Add({});

  auto& dlq = BuildCounter()
                  .Name("newswire_dlq_records_total")
                  .Help("Records sent to the dead-letter topic, by reason")
                  .Register(r);
  for (size_t i = 0; i < kDlqReasons.size(); ++i) {
    dlq_records[i] = &dlq.Add({{"reason", std::string(kDlqReasons[i])}});
  }

  processing_seconds = &BuildHistogram()
                            .Name("newswire_article_processing_seconds")
                            .Help("Time to extract and encode one article")
                            .Register(r)
                            .Add({}, kProcessingBuckets);
  end_to_end_seconds =
      &BuildHistogram()
           .Name("newswire_end_to_end_latency_seconds")
           .Help("From the input record's Kafka timestamp to the delivery of its last output")
           .Register(r)
           .Add({}, kEndToEndBuckets);

  transactions_committed = &BuildCounter()
                                .Name("newswire_transactions_committed_total")
                                .Help("Kafka transactions committed")
                                .Register(r)
                                .Add({});
  transactions_aborted = &BuildCounter()
                              .Name("newswire_transactions_aborted_total")
                              .Help("Kafka transactions aborted")
                              .Register(r)
                              .Add({});

  auto& rebal = BuildCounter()
                    .Name("newswire_rebalances_total")
                    .Help("Consumer group rebalance events, by kind")
                    .Register(r);
  for (size_t i = 0; i < kRebalanceKinds.size(); ++i) {
    rebalances[i] = &rebal.Add({{"kind", std::string(kRebalanceKinds[i])}});
  }

  auto& reloads = BuildCounter()
                      .Name("newswire_config_reloads_total")
                      .Help("Configuration reloads (SIGHUP), by result")
                      .Register(r);
  config_reloads_ok = &reloads.Add({{"result", "success"}});
  config_reloads_failed = &reloads.Add({{"result", "failure"}});

  producer_queue = &BuildGauge()
                        .Name("newswire_producer_queue_messages")
                        .Help("Messages waiting in the producer's queue")
                        .Register(r)
                        .Add({});

  stats_errors = &BuildCounter()
                      .Name("newswire_kafka_stats_errors_total")
                      .Help("librdkafka statistics documents that could not be parsed")
                      .Register(r)
                      .Add({});

  brokers_family = &BuildGauge()
                        .Name("newswire_kafka_brokers_up")
                        .Help("Brokers in state UP in the client's latest statistics")
                        .Register(r);

  lag_family = &BuildGauge()
                    .Name("newswire_consumer_lag_messages")
                    .Help(
                        "Messages between the committed offset and the high "
                        "watermark, per assigned partition")
                    .Register(r);
}

PipelineMetrics::PipelineMetrics(prometheus::Registry& registry)
    : impl_(std::make_unique<Impl>(registry)) {}

PipelineMetrics::~PipelineMetrics() = default;

void PipelineMetrics::ArticleConsumed() { impl_->articles_consumed->Increment(); }

void PipelineMetrics::EventProduced(std::string_view type, std::string_view lang) {
  impl_->events_produced[Index(kEventTypes, type)][Index(kLanguages, lang)]->Increment();
}

void PipelineMetrics::AnalysisProduced() { impl_->analyses_produced->Increment(); }

void PipelineMetrics::DeadLettered(std::string_view reason) {
  impl_->dlq_records[Index(kDlqReasons, reason)]->Increment();
}

// Durations come from clocks of other machines (record timestamps): a
// producer clock ahead of ours gives a negative latency, counted as 0 so the
// histogram's sum stays meaningful; NaN is dropped.
void PipelineMetrics::ObserveProcessingSeconds(double seconds) {
  if (std::isnan(seconds)) return;
  impl_->processing_seconds->Observe(seconds < 0 ? 0 : seconds);
}

void PipelineMetrics::ObserveEndToEndSeconds(double seconds) {
  if (std::isnan(seconds)) return;
  impl_->end_to_end_seconds->Observe(seconds < 0 ? 0 : seconds);
}

void PipelineMetrics::TransactionCommitted() { impl_->transactions_committed->Increment(); }

void PipelineMetrics::TransactionAborted() { impl_->transactions_aborted->Increment(); }

void PipelineMetrics::Rebalance(std::string_view kind) {
  impl_->rebalances[Index(kRebalanceKinds, kind)]->Increment();
}

void PipelineMetrics::ConfigReload(bool ok) {
  (ok ? impl_->config_reloads_ok : impl_->config_reloads_failed)->Increment();
}

void PipelineMetrics::SetProducerQueueDepth(int64_t messages) {
  impl_->producer_queue->Set(static_cast<double>(messages));
}

int PipelineMetrics::BrokersUp(std::string_view client) const {
  const size_t i = Index(kClients, client);
  if (kClients[i] != client) return -1;
  return impl_->brokers_up[i].load(std::memory_order_relaxed);
}

// The statistics layout (librdkafka STATISTICS.md):
//   { "type": "consumer"|"producer",
//     "brokers": { "<name>": { "state": "UP", "source": "learned", ... } },
//     "topics": { "<topic>": { "partitions": {
//         "<id>": { "partition": 0, "app_offset": 58, "hi_offset": 100,
//                   "ls_offset": 100, "consumer_lag": 42, ... } } } } }
// Logical brokers (GroupCoordinator, TxnCoordinator: aliases of a real one)
// and librdkafka's internal broker are not counted.
void PipelineMetrics::UpdateFromKafkaStats(std::string_view stats_json) {
  rapidjson::Document doc;
  doc.Parse(stats_json.data(), stats_json.size());
  if (doc.HasParseError() || !doc.IsObject()) {
    impl_->stats_errors->Increment();
    return;
  }
  auto type_it = doc.FindMember("type");
  if (type_it == doc.MemberEnd() || !type_it->value.IsString()) {
    impl_->stats_errors->Increment();
    return;
  }
  const std::string_view type(type_it->value.GetString(), type_it->value.GetStringLength());
  const size_t client = Index(kClients, type);
  if (kClients[client] != type) {
    impl_->stats_errors->Increment();
    return;
  }

  auto brokers_it = doc.FindMember("brokers");
  if (brokers_it != doc.MemberEnd() && brokers_it->value.IsObject()) {
    int up = 0;
    for (const auto& b : brokers_it->value.GetObject()) {
      if (!b.value.IsObject()) continue;
      auto source = b.value.FindMember("source");
      auto state = b.value.FindMember("state");
      if (source != b.value.MemberEnd() && source->value.IsString()) {
        const std::string_view s(source->value.GetString(), source->value.GetStringLength());
        if (s == "logical" || s == "internal") continue;
      }
      if (state != b.value.MemberEnd() && state->value.IsString() &&
          std::string_view(state->value.GetString()) == "UP") {
        ++up;
      }
    }
    std::lock_guard<std::mutex> lock(impl_->stats_mu);
    auto& gauge = impl_->brokers_up_gauges[client];
    if (gauge == nullptr) {
      gauge = &impl_->brokers_family->Add({{"client", std::string(kClients[client])}});
    }
    gauge->Set(up);
    impl_->brokers_up[client].store(up, std::memory_order_relaxed);
  }

  // Lag is a consumer notion; producer statistics carry consumer_lag -1.
  if (kClients[client] != "consumer") return;

  std::map<std::pair<std::string, int32_t>, int64_t> lags;
  auto topics_it = doc.FindMember("topics");
  if (topics_it != doc.MemberEnd() && topics_it->value.IsObject()) {
    for (const auto& t : topics_it->value.GetObject()) {
      if (!t.value.IsObject()) continue;
      auto parts = t.value.FindMember("partitions");
      if (parts == t.value.MemberEnd() || !parts->value.IsObject()) continue;
      for (const auto& p : parts->value.GetObject()) {
        if (!p.value.IsObject()) continue;
        auto id = p.value.FindMember("partition");
        if (id == p.value.MemberEnd() || !id->value.IsInt() || id->value.GetInt() < 0) continue;
        // Partitions this consumer does not (or no longer) fetch.
        auto desired = p.value.FindMember("desired");
        if (desired != p.value.MemberEnd() && desired->value.IsBool() &&
            !desired->value.GetBool()) {
          continue;
        }
        const int64_t lag = PartitionLag(p.value);
        if (lag < 0) continue;
        lags[{std::string(t.name.GetString(), t.name.GetStringLength()), id->value.GetInt()}] = lag;
      }
    }
  }

  std::lock_guard<std::mutex> lock(impl_->stats_mu);
  // Partitions no longer reported with a lag were revoked: drop their series
  // so dashboards do not show a frozen value for a partition we do not own.
  for (auto it = impl_->lag_gauges.begin(); it != impl_->lag_gauges.end();) {
    if (lags.count(it->first) == 0) {
      impl_->lag_family->Remove(it->second);
      it = impl_->lag_gauges.erase(it);
    } else {
      ++it;
    }
  }
  for (const auto& [key, lag] : lags) {
    auto& gauge = impl_->lag_gauges[key];
    if (gauge == nullptr) {
      gauge = &impl_->lag_family->Add(
          {{"topic", key.first}, {"partition", std::to_string(key.second)}});
    }
    gauge->Set(static_cast<double>(lag));
  }
}

}  // namespace newswire::metrics
