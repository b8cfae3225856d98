// pipeline::Pipeline against fake Kafka clients (the seam in kafka/client.h):
// the transaction and offset logic, deterministically, without a broker.
//   - exactly-once: an abortable commit error aborts, rewinds the consumer
//     to the first uncommitted offsets and reprocesses: every article's
//     outputs are committed exactly once;
//   - a retriable commit_transaction / abort_transaction error is retried
//     (the batch committed once; the abort then rewinds and reprocesses);
//   - a fatal transaction error, or a retriable one beyond the retry
//     budget, ends Run() with 1 and commits nothing more;
//   - at-least-once: a failed delivery ends Run() with 1 and its offset is
//     never committed;
//   - a full queue pauses the partitions (backpressure) and resumes them.
#include "pipeline/pipeline.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <thread>

#include "support/fake_engine.h"

namespace newswire::pipeline {
namespace {

using kafka::Status;
using kafka::TopicPartition;

// State shared by the fakes and the test, under one mutex.
struct Broker {
  std::mutex mu;
  std::vector<kafka::Record> input;                  // partition 0 of "in"
  std::vector<kafka::OutRecord> committed_outputs;   // visible to readers
  std::map<std::string, int64_t> committed_offsets;  // "in:0" -> next offset
  std::vector<int64_t> seeks;
  int pauses = 0, resumes = 0;
  int commit_failures_left = 0;  // CommitTransaction returns abortable errors
  bool commit_fatal = false;
  // Retriable errors (the call's timeout elapsed; nothing happened yet): the
  // next call does the work.
  int commit_retriable_left = 0;
  int abort_retriable_left = 0;
  bool abort_fatal = false;
  int commit_calls = 0, abort_calls = 0;
  int deliveries_to_fail = 0;  // at-least-once: delivery reports with errors
  int aborted = 0;
};

Status Abortable() {
  Status s;
  s.code = RD_KAFKA_RESP_ERR__STATE;
  s.message = "injected abortable error";
  s.txn_abortable = true;
  return s;
}

Status Retriable() {
  Status s;
  s.code = RD_KAFKA_RESP_ERR__TIMED_OUT;
  s.message = "injected retriable error";
  s.retriable = true;
  return s;
}

Status FatalError() {
  Status s;
  s.code = RD_KAFKA_RESP_ERR__FENCED;
  s.message = "injected fatal error";
  s.fatal = true;
  return s;
}

class FakeConsumer : public kafka::Consumer {
 public:
  FakeConsumer(Broker& b, kafka::RebalanceListener* l) : b_(b), listener_(l) {}
  Status Subscribe(const std::vector<std::string>&) override { return {}; }
  std::optional<kafka::Record> Poll(int timeout_ms, Status* status) override {
    *status = {};
    if (!assigned_) {
      assigned_ = true;
      listener_->OnAssigned({{"in", 0, -1001}});
    }
    std::lock_guard<std::mutex> lock(b_.mu);
    if (paused_ || position_ >= static_cast<int64_t>(b_.input.size())) {
      std::this_thread::sleep_for(std::chrono::milliseconds(std::min(timeout_ms, 2)));
      return std::nullopt;
    }
    return b_.input[position_++];
  }
  Status Seek(const std::vector<TopicPartition>& p) override {
    std::lock_guard<std::mutex> lock(b_.mu);
    for (const auto& tp : p) {
      position_ = tp.offset;
      b_.seeks.push_back(tp.offset);
    }
    return {};
  }
  Status Pause(const std::vector<TopicPartition>&) override {
    std::lock_guard<std::mutex> lock(b_.mu);
    paused_ = true;
    ++b_.pauses;
    return {};
  }
  Status Resume(const std::vector<TopicPartition>&) override {
    std::lock_guard<std::mutex> lock(b_.mu);
    paused_ = false;
    ++b_.resumes;
    return {};
  }
  Status Commit(const std::vector<TopicPartition>& offsets) override {
    std::lock_guard<std::mutex> lock(b_.mu);
    for (const auto& tp : offsets) b_.committed_offsets[tp.topic + ":0"] = tp.offset;
    return {};
  }
  Status Committed(std::vector<TopicPartition>*, int) override { return {}; }
  std::vector<TopicPartition> Assignment() override { return {{"in", 0, -1001}}; }
  kafka::GroupMetadataHandle GroupMetadata() override { return nullptr; }
  Status Close() override {
    if (assigned_ && !closed_) listener_->OnRevoked({{"in", 0, -1001}}, false);
    closed_ = true;
    return {};
  }

 private:
  Broker& b_;
  kafka::RebalanceListener* listener_;
  bool assigned_ = false, closed_ = false, paused_ = false;
  int64_t position_ = 0;
};

class FakeProducer : public kafka::Producer {
 public:
  explicit FakeProducer(Broker& b) : b_(b) {}
  Status Produce(const kafka::OutRecord& r, kafka::DeliveryCallback cb, int) override {
    txn_.push_back(r);
    pending_.push_back(std::move(cb));
    return {};
  }
  void Poll(int) override {
    auto pending = std::move(pending_);
    pending_.clear();
    for (auto& cb : pending) {
      Status s;
      {
        std::lock_guard<std::mutex> lock(b_.mu);
        if (b_.deliveries_to_fail > 0) {
          --b_.deliveries_to_fail;
          s.code = RD_KAFKA_RESP_ERR__MSG_TIMED_OUT;
          s.message = "injected delivery failure";
        }
      }
      if (cb) cb(s);
    }
    if (!transactional_) {  // idempotent producer: delivered = visible
      std::lock_guard<std::mutex> lock(b_.mu);
      b_.committed_outputs.insert(b_.committed_outputs.end(), txn_.begin(), txn_.end());
      txn_.clear();
    }
  }
  Status Flush(int) override {
    Poll(0);
    return {};
  }
  int OutQueueLength() override { return static_cast<int>(pending_.size()); }
  Status InitTransactions(int) override {
    transactional_ = true;
    return {};
  }
  Status BeginTransaction() override {
    EXPECT_FALSE(open_) << "BeginTransaction with a transaction open";
    open_ = true;
    return {};
  }
  Status SendOffsetsToTransaction(const std::vector<TopicPartition>& offsets,
                                  const rd_kafka_consumer_group_metadata_t*, int) override {
    EXPECT_TRUE(open_);
    offsets_ = offsets;
    return {};
  }
  Status CommitTransaction(int) override {
    EXPECT_TRUE(open_);
    Poll(0);
    std::lock_guard<std::mutex> lock(b_.mu);
    ++b_.commit_calls;
    if (b_.commit_fatal) return FatalError();
    if (b_.commit_retriable_left > 0) {
      --b_.commit_retriable_left;
      return Retriable();
    }
    if (b_.commit_failures_left > 0) {
      --b_.commit_failures_left;
      return Abortable();
    }
    b_.committed_outputs.insert(b_.committed_outputs.end(), txn_.begin(), txn_.end());
    for (const auto& tp : offsets_) b_.committed_offsets[tp.topic + ":0"] = tp.offset;
    txn_.clear();
    open_ = false;
    return {};
  }
  Status AbortTransaction(int) override {
    Poll(0);
    std::lock_guard<std::mutex> lock(b_.mu);
    ++b_.abort_calls;
    if (b_.abort_fatal) return FatalError();
    if (b_.abort_retriable_left > 0) {
      --b_.abort_retriable_left;
      return Retriable();
    }
    ++b_.aborted;
    txn_.clear();
    open_ = false;
    return {};
  }

 private:
  Broker& b_;
  bool transactional_ = false, open_ = false;
  std::vector<kafka::OutRecord> txn_;
  std::vector<kafka::DeliveryCallback> pending_;
  std::vector<TopicPartition> offsets_;
};

kafka::Record Article(int i) {
  kafka::Record r;
  r.topic = "in";
  r.partition = 0;
  r.offset = i;
  r.key = "a" + std::to_string(i);
  r.value = R"({"id":"a)" + std::to_string(i) + R"(","text":"X praised Y"})";
  return r;
}

class PipelineFakeTest : public ::testing::Test {
 protected:
  void Feed(int n) {
    for (int i = 0; i < n; ++i) broker_.input.push_back(Article(i));
  }

  std::unique_ptr<Pipeline> Make(config::DeliveryMode mode,
                                 std::shared_ptr<const extract::Engine> engine = nullptr) {
    config::Config c;
    c.delivery.mode = mode;
    c.delivery.max_batch = 4;
    c.delivery.commit_interval_ms = 5;
    c.pipeline.workers = 2;
    c.pipeline.queue_capacity = 3;
    c.topics.input = {"in"};
    if (tweak_) tweak_(c);
    Dependencies d;
    d.engine = engine ? engine : std::make_shared<testing::FakeEngine>();
    d.make_consumer = [this](kafka::RebalanceListener* l) {
      return std::make_unique<FakeConsumer>(broker_, l);
    };
    d.make_producer = [this] { return std::make_unique<FakeProducer>(broker_); };
    auto p = Pipeline::Create(c, std::move(d));
    EXPECT_TRUE(p.ok());
    return std::move(*p);
  }

  // Runs until `done` holds (or 10 s), then stops; returns Run()'s code.
  int RunUntil(Pipeline& p, const std::function<bool()>& done) {
    std::atomic<int> rc{-1};
    std::thread t([&] { rc = p.Run(); });
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (std::chrono::steady_clock::now() < deadline && rc.load() == -1) {
      {
        std::lock_guard<std::mutex> lock(broker_.mu);
        if (done()) break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    p.Stop();
    t.join();
    return rc;
  }

  std::map<std::string, int> AnalysesPerArticle() {
    std::map<std::string, int> n;
    for (const auto& r : broker_.committed_outputs) {
      if (r.topic == "news.articles.enriched") ++n[*r.key];
    }
    return n;
  }

  Broker broker_;
  std::function<void(config::Config&)> tweak_;
};

TEST_F(PipelineFakeTest, AbortableCommitErrorRewindsAndReprocessesExactlyOnce) {
  Feed(10);
  broker_.commit_failures_left = 2;
  auto p = Make(config::DeliveryMode::kExactlyOnce);
  int rc = RunUntil(*p, [&] { return broker_.committed_offsets["in:0"] == 10; });
  EXPECT_EQ(rc, 0);
  EXPECT_EQ(broker_.committed_offsets["in:0"], 10);
  EXPECT_EQ(broker_.aborted, 2);
  ASSERT_FALSE(broker_.seeks.empty());
  EXPECT_EQ(broker_.seeks.front(), 0);  // the first batch started at offset 0
  auto per_article = AnalysesPerArticle();
  EXPECT_EQ(per_article.size(), 10u);
  for (const auto& [id, n] : per_article) EXPECT_EQ(n, 1) << id;
  EXPECT_EQ(p->counters().transactions_aborted, 2u);
  EXPECT_GE(p->counters().transactions_committed, 3u);  // 10 records, batches of <= 4
}

TEST_F(PipelineFakeTest, FatalTransactionErrorExitsNonZero) {
  Feed(6);
  broker_.commit_fatal = true;
  auto p = Make(config::DeliveryMode::kExactlyOnce);
  int rc = RunUntil(*p, [] { return false; });
  EXPECT_EQ(rc, 1);
  EXPECT_TRUE(broker_.committed_outputs.empty());
  EXPECT_EQ(broker_.committed_offsets.count("in:0"), 0u);
}

TEST_F(PipelineFakeTest, RetriableCommitErrorIsRetriedAndCommitsTheBatchOnce) {
  Feed(10);
  broker_.commit_retriable_left = 2;
  auto p = Make(config::DeliveryMode::kExactlyOnce);
  int rc = RunUntil(*p, [&] { return broker_.committed_offsets["in:0"] == 10; });
  EXPECT_EQ(rc, 0);
  EXPECT_EQ(broker_.committed_offsets["in:0"], 10);
  EXPECT_EQ(broker_.aborted, 0);
  EXPECT_EQ(broker_.abort_calls, 0);
  EXPECT_TRUE(broker_.seeks.empty());  // no rewind: the batch was not given up
  auto per_article = AnalysesPerArticle();
  EXPECT_EQ(per_article.size(), 10u);
  for (const auto& [id, n] : per_article) EXPECT_EQ(n, 1) << id;
  EXPECT_EQ(p->counters().transactions_aborted, 0u);
  // Every commit call but the two retried ones committed a transaction.
  EXPECT_EQ(static_cast<uint64_t>(broker_.commit_calls), p->counters().transactions_committed + 2);
}

TEST_F(PipelineFakeTest, RetriableAbortErrorIsRetriedThenRewindsAndReprocesses) {
  Feed(10);
  broker_.commit_failures_left = 1;  // abortable: the first batch is aborted
  broker_.abort_retriable_left = 2;  // ... on the third abort call
  auto p = Make(config::DeliveryMode::kExactlyOnce);
  int rc = RunUntil(*p, [&] { return broker_.committed_offsets["in:0"] == 10; });
  EXPECT_EQ(rc, 0);
  EXPECT_EQ(broker_.committed_offsets["in:0"], 10);
  EXPECT_EQ(broker_.abort_calls, 3);
  EXPECT_EQ(broker_.aborted, 1);
  ASSERT_FALSE(broker_.seeks.empty());
  EXPECT_EQ(broker_.seeks.front(), 0);
  auto per_article = AnalysesPerArticle();
  EXPECT_EQ(per_article.size(), 10u);
  for (const auto& [id, n] : per_article) EXPECT_EQ(n, 1) << id;
  EXPECT_EQ(p->counters().transactions_aborted, 1u);
}

TEST_F(PipelineFakeTest, FatalAbortErrorExitsNonZero) {
  Feed(6);
  broker_.commit_failures_left = 1;
  broker_.abort_fatal = true;
  auto p = Make(config::DeliveryMode::kExactlyOnce);
  int rc = RunUntil(*p, [] { return false; });
  EXPECT_EQ(rc, 1);
  EXPECT_TRUE(broker_.committed_outputs.empty());
  EXPECT_EQ(broker_.committed_offsets.count("in:0"), 0u);
  EXPECT_EQ(p->counters().transactions_aborted, 0u);
}

TEST_F(PipelineFakeTest, RetriableCommitErrorBeyondTheRetryBudgetExitsNonZero) {
  Feed(6);
  broker_.commit_retriable_left = 1000000;
  // The retry budget is capped at 80% of max.poll.interval.ms: 800 ms here.
  tweak_ = [](config::Config& c) { c.kafka.consumer["max.poll.interval.ms"] = "1000"; };
  auto p = Make(config::DeliveryMode::kExactlyOnce);
  auto start = std::chrono::steady_clock::now();
  int rc = RunUntil(*p, [] { return false; });
  EXPECT_EQ(rc, 1);
  EXPECT_GE(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(800));
  EXPECT_GE(broker_.commit_calls, 3);  // retried with back-off, not given up at once
  EXPECT_TRUE(broker_.committed_outputs.empty());
  EXPECT_EQ(broker_.committed_offsets.count("in:0"), 0u);
}

TEST_F(PipelineFakeTest, AtLeastOnceCommitsOnlyDeliveredRecords) {
  Feed(8);
  auto p = Make(config::DeliveryMode::kAtLeastOnce);
  int rc = RunUntil(*p, [&] { return broker_.committed_offsets["in:0"] == 8; });
  EXPECT_EQ(rc, 0);
  EXPECT_EQ(broker_.committed_offsets["in:0"], 8);
  EXPECT_EQ(AnalysesPerArticle().size(), 8u);
}

TEST_F(PipelineFakeTest, AtLeastOnceFailedDeliveryIsFatalAndNotCommitted) {
  Feed(8);
  broker_.deliveries_to_fail = 1;  // the first output of the first record
  auto p = Make(config::DeliveryMode::kAtLeastOnce);
  int rc = RunUntil(*p, [] { return false; });
  EXPECT_EQ(rc, 1);
  // Offset 0 never acknowledged, so nothing of the partition is committed.
  EXPECT_EQ(broker_.committed_offsets.count("in:0"), 0u);
}

// An engine that holds every extraction until released, to fill the queue.
class GateEngine : public extract::Engine {
 public:
  extract::Extraction Extract(const extract::Article& a) const override {
    while (!open.load()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return inner.Extract(a);
  }
  mutable std::atomic<bool> open{false};
  testing::FakeEngine inner;
};

TEST_F(PipelineFakeTest, FullQueuePausesAndResumesConsumption) {
  Feed(20);
  auto gate = std::make_shared<GateEngine>();
  auto p = Make(config::DeliveryMode::kExactlyOnce, gate);
  std::atomic<int> rc{-1};
  std::thread t([&] { rc = p->Run(); });
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (std::chrono::steady_clock::now() < deadline) {
    std::lock_guard<std::mutex> lock(broker_.mu);
    if (broker_.pauses > 0) break;
  }
  EXPECT_LE(p->counters().consumed, 4u);  // capacity 3 (+1 read before pausing)
  gate->open = true;
  while (std::chrono::steady_clock::now() < deadline) {
    {
      std::lock_guard<std::mutex> lock(broker_.mu);
      if (broker_.committed_offsets["in:0"] == 20) break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  p->Stop();
  t.join();
  EXPECT_EQ(rc.load(), 0);
  EXPECT_GE(broker_.pauses, 1);
  EXPECT_GE(broker_.resumes, 1);
  EXPECT_EQ(AnalysesPerArticle().size(), 20u);
}

// Produces one event with a 2 MB sentence: over message.max.bytes.
class HugeOutputEngine : public extract::Engine {
 public:
  extract::Extraction Extract(const extract::Article&) const override {
    extract::Extraction x;
    extract::Event e;
    e.type = "PRAISE";
    e.sentence.assign(2 << 20, 'x');
    x.events.push_back(e);
    return x;
  }
};

TEST_F(PipelineFakeTest, OutputOverMessageMaxBytesIsDeadLetteredNotAPoisonPill) {
  Feed(3);
  auto p = Make(config::DeliveryMode::kExactlyOnce, std::make_shared<HugeOutputEngine>());
  int rc = RunUntil(*p, [&] { return broker_.committed_offsets["in:0"] == 3; });
  EXPECT_EQ(rc, 0);
  EXPECT_EQ(broker_.aborted, 0);
  int dlq = 0;
  for (const auto& r : broker_.committed_outputs) {
    ASSERT_EQ(r.topic, "news.articles.dlq");
    ++dlq;
    for (const auto& h : r.headers) {
      if (h.key == kErrClass) {
        EXPECT_EQ(h.value, "processing_error");
      } else if (h.key == kErrMessage) {
        EXPECT_NE(h.value.find("message.max.bytes"), std::string::npos);
      }
    }
  }
  EXPECT_EQ(dlq, 3);
}

TEST_F(PipelineFakeTest, RecordTooLargeEvenForTheDlqIsSkippedAndCommitted) {
  tweak_ = [](config::Config& c) { c.kafka.producer["message.max.bytes"] = "2000"; };
  broker_.input.push_back(Article(0));
  kafka::Record big = Article(1);
  big.value = R"({"id":"big","text":")" + std::string(3000, 'x') + R"( praised"})";
  broker_.input.push_back(big);
  kafka::Record after = Article(2);
  broker_.input.push_back(after);
  auto p = Make(config::DeliveryMode::kExactlyOnce);
  int rc = RunUntil(*p, [&] { return broker_.committed_offsets["in:0"] == 3; });
  EXPECT_EQ(rc, 0);
  EXPECT_EQ(broker_.aborted, 0);
  auto per_article = AnalysesPerArticle();
  EXPECT_EQ(per_article.size(), 2u);  // a0 and a2; "big" skipped, not retried forever
  EXPECT_EQ(per_article.count("big"), 0u);
  for (const auto& r : broker_.committed_outputs) EXPECT_NE(r.topic, "news.articles.dlq");
}

}  // namespace
}  // namespace newswire::pipeline
