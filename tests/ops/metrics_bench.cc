// Cost of the probe calls the pipeline makes per article and per event
// (`build/bin/metrics_bench`). Multi-threaded variants show contention on
// the shared counters (prometheus-cpp counters are atomics; histograms take
// a mutex per Observe).
#include <benchmark/benchmark.h>
#include <prometheus/registry.h>

#include <string>

#include "metrics/metrics.h"

namespace {

prometheus::Registry& SharedRegistry() {
  static prometheus::Registry registry;
  return registry;
}

newswire::metrics::PipelineMetrics& Probe() {
  static newswire::metrics::PipelineMetrics probe(SharedRegistry());
  return probe;
}

void BM_ArticleConsumed(benchmark::State& state) {
  auto& m = Probe();
  for (auto _ : state) m.ArticleConsumed();
}
BENCHMARK(BM_ArticleConsumed)->ThreadRange(1, 4);

void BM_EventProduced(benchmark::State& state) {
  auto& m = Probe();
  for (auto _ : state) m.EventProduced("SANCTION", "ru");  // last in both sets
}
BENCHMARK(BM_EventProduced)->ThreadRange(1, 4);

void BM_EventProducedOther(benchmark::State& state) {
  auto& m = Probe();
  for (auto _ : state) m.EventProduced("UNLISTED", "xx");
}
BENCHMARK(BM_EventProducedOther);

void BM_ObserveProcessingSeconds(benchmark::State& state) {
  auto& m = Probe();
  for (auto _ : state) m.ObserveProcessingSeconds(0.0042);
}
BENCHMARK(BM_ObserveProcessingSeconds)->ThreadRange(1, 4);

// One article as the pipeline reports it: consumed, processed, 3 events,
// the analysis, end-to-end latency.
void BM_PerArticle(benchmark::State& state) {
  auto& m = Probe();
  for (auto _ : state) {
    m.ArticleConsumed();
    m.ObserveProcessingSeconds(0.004);
    m.EventProduced("MEETING", "de");
    m.EventProduced("PRAISE", "de");
    m.EventProduced("CONDOLENCE", "de");
    m.AnalysisProduced();
    m.ObserveEndToEndSeconds(2.0);
  }
}
BENCHMARK(BM_PerArticle);

// The stats callback (every statistics.interval.ms, off the hot path).
void BM_UpdateFromKafkaStats(benchmark::State& state) {
  std::string stats =
      R"({"type":"consumer","brokers":{"b:9092/1":{"source":"learned","state":"UP"}},)"
      R"("topics":{"news.articles":{"partitions":{)";
  for (int p = 0; p < 12; ++p) {
    const std::string id = std::to_string(p);
    if (p) stats.append(",");
    stats.append("\"").append(id).append("\":{\"partition\":").append(id);
    stats.append(",\"consumer_lag\":").append(std::to_string(p * 10)).append("}");
  }
  stats += "}}}}";
  auto& m = Probe();
  for (auto _ : state) m.UpdateFromKafkaStats(stats);
}
BENCHMARK(BM_UpdateFromKafkaStats);

// A scrape of the whole registry (what /metrics does besides I/O).
void BM_Collect(benchmark::State& state) {
  Probe();
  for (auto _ : state) benchmark::DoNotOptimize(SharedRegistry().Collect());
}
BENCHMARK(BM_Collect);

}  // namespace

BENCHMARK_MAIN();
