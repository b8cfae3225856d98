// Throughput of the pipeline's own stages, without the engine's cost:
//   codec (decode, encode JSON / protobuf), Transform with a trivial engine,
//   and the whole pipeline on the embedded mock cluster (exactly-once and
//   at-least-once) against a bare consume-and-produce pass on the same
//   cluster, the ceiling the pipeline's overhead is measured against.
// Run: build/bin/pipeline_bench  (items_per_second is articles/s)
#include <benchmark/benchmark.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>

#include "codec/article_decoder.h"
#include "codec/event_encoder.h"
#include "kafka/librdkafka_client.h"
#include "kafka/mock_cluster.h"
#include "pipeline/pipeline.h"
#include "pipeline/transform.h"
#include "support/fake_engine.h"

namespace {

using namespace newswire;

std::string ArticleJson(int i) {
  // ~2.5 KB, one trigger for the trivial engine (one event per article).
  std::string text = "The foreign minister praised the cooperation between the two countries. ";
  for (int s = 0; s < 20; ++s) {
    text += "Sentence " + std::to_string(s) +
            " of a long wire story about energy, trade and the bilateral relations. ";
  }
  return R"({"id":"bench-)" + std::to_string(i) + R"(","lang":"en","source":"bench","text":")" +
         text + "\"}";
}

void BM_DecodeArticle(benchmark::State& state) {
  std::string json = ArticleJson(1);
  for (auto _ : state) benchmark::DoNotOptimize(codec::DecodeArticle(json));
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(json.size()));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_DecodeArticle);

extract::Event SampleEvent() {
  extract::Event e;
  e.event_id = "ev-0123456789abcdef";
  e.article_id = "bench-1";
  e.type = "PRAISE";
  e.cameo = "051";
  e.actors = {{"Ilham Aliyev", "AZE", "head_of_state"}};
  e.targets = {{"Serbia", "SRB", "state"}};
  e.polarity = "positive";
  e.sentence = "Während des Treffens lobten die Präsidenten die starken bilateralen Beziehungen.";
  e.topics = {"energy"};
  return e;
}

void BM_EncodeEvent(benchmark::State& state) {
  auto format = static_cast<codec::Format>(state.range(0));
  extract::Event e = SampleEvent();
  for (auto _ : state) benchmark::DoNotOptimize(codec::EncodeEvent(e, format));
  state.SetItemsProcessed(state.iterations());
  state.SetLabel(std::string(codec::FormatName(format)));
}
BENCHMARK(BM_EncodeEvent)
    ->Arg(static_cast<int>(codec::Format::kJson))
    ->Arg(static_cast<int>(codec::Format::kProtobuf));

void BM_TransformWithTrivialEngine(benchmark::State& state) {
  newswire::testing::FakeEngine engine;
  pipeline::Router router(std::vector<config::Route>{{{"PRAISE"}, "positive"}});
  pipeline::TransformContext ctx;
  ctx.engine = &engine;
  ctx.router = &router;
  ctx.topics = {"events", "enriched", "dlq"};
  kafka::Record rec;
  rec.topic = "news.articles";
  rec.value = ArticleJson(1);
  for (auto _ : state) benchmark::DoNotOptimize(pipeline::Transform(rec, ctx, 0));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_TransformWithTrivialEngine);

constexpr int kRecords = 5000;

struct Cluster {
  std::unique_ptr<kafka::MockCluster> mock;
  std::string bootstrap;
};

Cluster StartCluster(const std::string& input) {
  std::string error;
  Cluster c;
  c.mock = kafka::MockCluster::Start(1, &error);
  for (const auto& t : {input, std::string("out"), std::string("news.events"),
                        std::string("news.articles.enriched"), std::string("news.articles.dlq")}) {
    c.mock->CreateTopic(t, 3, &error);
  }
  c.bootstrap = c.mock->bootstrap();
  auto producer = kafka::CreateProducer({c.bootstrap, "", {{"linger.ms", "5"}}, nullptr}, &error);
  for (int i = 0; i < kRecords; ++i) {
    producer->Produce({input, "bench-" + std::to_string(i), ArticleJson(i), {}, -1}, nullptr,
                      10000);
    if (i % 500 == 0) producer->Poll(0);
  }
  producer->Flush(30000);
  return c;
}

// The ceiling: consume every record and produce one copy, idempotently,
// no decoding, no extraction, no transactions.
void BM_BareConsumeProduceOnMock(benchmark::State& state) {
  for (auto _ : state) {
    Cluster c = StartCluster("in");
    std::string error;
    auto consumer = kafka::CreateConsumer({c.bootstrap, "bare", {}, nullptr, nullptr}, &error);
    auto producer = kafka::CreateProducer({c.bootstrap, "", {{"linger.ms", "5"}}, nullptr}, &error);
    consumer->Subscribe({"in"});
    int n = 0;
    kafka::Status st;
    while (n == 0) {
      if (auto r = consumer->Poll(100, &st)) {
        producer->Produce({"out", r->key, r->value, {}, -1}, nullptr, 10000);
        ++n;
      }
    }
    auto start = std::chrono::steady_clock::now();
    while (n < kRecords) {
      if (auto r = consumer->Poll(100, &st)) {
        producer->Produce({"out", r->key, r->value, {}, -1}, nullptr, 10000);
        ++n;
      }
      producer->Poll(0);
    }
    producer->Flush(30000);
    state.SetIterationTime(
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    consumer->Close();
  }
  state.SetItemsProcessed(state.iterations() * kRecords);
}
BENCHMARK(BM_BareConsumeProduceOnMock)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

// The whole pipeline with a trivial engine; arg 0 = exactly-once, 1 = at-least-once.
void BM_PipelineOnMock(benchmark::State& state) {
  for (auto _ : state) {
    Cluster c = StartCluster("news.articles");
    config::Config cfg;
    cfg.kafka.bootstrap_servers = c.bootstrap;
    cfg.kafka.producer["linger.ms"] = "5";
    cfg.delivery.mode = state.range(0) == 0 ? config::DeliveryMode::kExactlyOnce
                                            : config::DeliveryMode::kAtLeastOnce;
    cfg.delivery.transactional_id = "bench";
    cfg.pipeline.workers = 2;
    pipeline::Dependencies deps;
    deps.engine = std::make_shared<newswire::testing::FakeEngine>();
    auto created = pipeline::Pipeline::Create(cfg, std::move(deps));
    if (!created.ok()) {
      state.SkipWithError(created.error().c_str());
      return;
    }
    std::unique_ptr<pipeline::Pipeline> p = std::move(created.value());
    std::thread t([&] { p->Run(); });
    while (p->counters().consumed == 0) std::this_thread::sleep_for(std::chrono::microseconds(200));
    auto start = std::chrono::steady_clock::now();
    while (p->counters().consumed < static_cast<uint64_t>(kRecords)) {
      std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    p->Stop();  // drains: produce, commit, flush
    t.join();
    state.SetIterationTime(
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  state.SetItemsProcessed(state.iterations() * kRecords);
  state.SetLabel(state.range(0) == 0 ? "exactly_once" : "at_least_once");
}
BENCHMARK(BM_PipelineOnMock)
    ->Arg(0)
    ->Arg(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

}  // namespace

BENCHMARK_MAIN();
