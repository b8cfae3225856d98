// The consume-transform-produce loop: input topics -> Transform() on worker
// threads -> events / enriched / routed / DLQ topics, exactly once by default.
//
// Exactly-once (delivery.mode=exactly_once): a transactional producer;
// records are produced in transactions of at most delivery.max_batch input
// records or delivery.commit_interval_ms, and the consumed offsets are
// committed inside the same transaction (send_offsets_to_transaction with
// the consumer's group metadata). Errors of send_offsets_to_transaction,
// commit_transaction and abort_transaction follow librdkafka's documented
// classification:
//   - retriable (rd_kafka_error_is_retriable, e.g. the call's timeout
//     elapsed while a broker was away): the same call is repeated, with a
//     back-off of 100 ms doubling up to 5 s, one Warn log line per retry,
//     for at most the retry budget: 3 x the producer's
//     transaction.timeout.ms (librdkafka default 60 s), at least 60 s (a
//     broker restart with a short transaction.timeout.ms), at most 80% of
//     the consumer's max.poll.interval.ms (the loop does not poll the
//     consumer meanwhile and must not be evicted from the group). After the
//     budget the coordinator has long aborted the transaction itself, so
//     the cluster is not coming back soon: fatal.
//   - txn_requires_abort (or unclassified) on send_offsets/commit: the
//     transaction is aborted and the consumer rewound to the first
//     uncommitted record of every partition, which is reprocessed.
//   - fatal, a retry budget exhausted, or a non-retriable abort failure:
//     Run() returns a non-zero code so a supervisor restarts the process
//     (nothing committed is lost, nothing uncommitted is visible to
//     read_committed readers; init_transactions of the restart fences the
//     old transaction).
// The retries also run after Stop(): the open transaction must be resolved
// before the group is left, so a stop during a broker outage may take up to
// the retry budget rather than shutdown.timeout_ms.
//
// At-least-once (delivery.mode=at_least_once): an idempotent producer; the
// offset of an input record is committed only after every output of it (and
// of every earlier record of its partition) was acknowledged by a delivery
// report. A delivery that fails for good ends Run() non-zero (its offset is
// never committed, so a restart reprocesses it).
//
// Order: outputs are produced in consumption order, so per-partition order is
// kept although records are transformed concurrently by pipeline.workers
// threads. At most pipeline.queue_capacity records are in flight; beyond
// that the assigned partitions are paused (backpressure) until the queue
// drains.
//
// Rebalance: on revoke the open transaction is finished (in-flight records
// produced, offsets sent, committed) before the partitions are released; on
// a lost assignment the transaction is aborted and in-flight work dropped.
//
// Hot reload: RequestReload() (e.g. on SIGHUP) makes the loop call the
// reload function between transactions; on success the engine and router are
// swapped (records already in flight finish with the old ones), on failure
// the old ones stay and the error is logged and counted.
//
// Threading: Run() blocks the calling thread, which alone drives the Kafka
// clients. Stop() and RequestReload() may be called from any thread (not
// from a signal handler: use a signal-waiting thread).
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "common/result.h"
#include "config/config.h"
#include "extract/engine.h"
#include "kafka/client.h"
#include "pipeline/router.h"
#include "pipeline/transform.h"

namespace newswire::metrics {
class PipelineMetrics;
}

namespace newswire::pipeline {

// What a reload produces: both swapped together.
struct Reloaded {
  std::shared_ptr<const extract::Engine> engine;
  std::shared_ptr<const Router> router;
};
using ReloadFunction = std::function<common::Result<Reloaded, std::string>()>;
// ready=false comes with a reason ("no partition assignment", "draining").
using ReadinessFunction = std::function<void(bool ready, const std::string& reason)>;

struct Dependencies {
  std::shared_ptr<const extract::Engine> engine;  // required
  std::shared_ptr<const Router> router;           // default: from config.routing
  metrics::PipelineMetrics* metrics = nullptr;    // borrowed; may be null
  ReloadFunction reload;                          // may be empty (reload ignored)
  ReadinessFunction on_ready;                     // may be empty
  // The seam: tests may supply fakes; default: librdkafka clients built from
  // the configuration.
  std::function<std::unique_ptr<kafka::Consumer>(kafka::RebalanceListener*)> make_consumer;
  std::function<std::unique_ptr<kafka::Producer>()> make_producer;
};

class Pipeline final : private kafka::RebalanceListener {
 public:
  // Builds the clients and the worker threads; errors name the problem
  // (e.g. a bad librdkafka property).
  static common::Result<std::unique_ptr<Pipeline>, std::string> Create(const config::Config& config,
                                                                       Dependencies deps);
  ~Pipeline() override;
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Subscribes and runs until Stop() or a fatal error; then drains in-flight
  // work, commits, leaves the group and flushes within shutdown.timeout_ms.
  // Returns 0 after a clean stop, 1 after a fatal error.
  int Run();

  void Stop();
  void RequestReload();

  // Counters for tests and logs (any thread).
  struct Counters {
    uint64_t consumed = 0;
    uint64_t dead_lettered = 0;
    uint64_t events = 0;
    uint64_t transactions_committed = 0;
    uint64_t transactions_aborted = 0;
    uint64_t reloads_ok = 0;
    uint64_t reloads_failed = 0;
  };
  Counters counters() const;

 private:
  using PartitionKey = std::pair<std::string, int32_t>;

  // One consumed record on its way through the workers.
  struct Slot {
    kafka::Record record;
    std::shared_ptr<const extract::Engine> engine;
    std::shared_ptr<const Router> router;
    Outcome outcome;
    bool done = false;  // guarded by Pipeline::mu_
  };

  // At-least-once bookkeeping for one input record.
  struct Ack {
    int64_t offset = 0;
    int remaining = 0;  // outputs not yet acknowledged
  };

  Pipeline(const config::Config& config, Dependencies deps);

  // RebalanceListener (called on the Run() thread inside Consumer::Poll).
  void OnAssigned(const std::vector<kafka::TopicPartition>& partitions) override;
  void OnRevoked(const std::vector<kafka::TopicPartition>& partitions, bool lost) override;

  void WorkerLoop();
  void Submit(kafka::Record record);
  // Produces the outputs of finished head slots, in order; with `wait`,
  // blocks until every in-flight slot is produced or `deadline` passes.
  bool ProduceReady(bool wait, std::chrono::steady_clock::time_point deadline);
  bool ProduceOutcome(Slot& slot);
  bool EnsureTransaction();  // exactly-once: begin one if none is open
  // Dead-letters a record whose outputs the producer would refuse as too
  // large (message.max.bytes), instead of aborting every transaction.
  void GuardOutputSize(Slot& slot);
  static size_t RecordBytes(const kafka::OutRecord& record);
  // Calls `attempt(timeout_ms)` (a transactional producer call) again while
  // it fails with a retriable, non-fatal error, with back-off, for at most
  // txn_retry_budget_ms_; logs each retry. Returns the last status;
  // *exhausted = the budget ran out while the error was still retriable.
  kafka::Status RetryTxnCall(std::string_view call,
                             const std::function<kafka::Status(int timeout_ms)>& attempt,
                             bool* exhausted);
  // Exactly-once: commit the open transaction (retriable errors retried,
  // abortable ones abort + rewind, fatal ones or an exhausted retry budget
  // are fatal). Returns true when committed (or none was open).
  bool CommitTransaction();
  void AbortAndRewind(const std::string& why, const std::vector<PartitionKey>& skip);
  // At-least-once: commit offsets of fully acknowledged records.
  bool CommitAcknowledged();
  bool BatchDue() const;
  bool FinishBatch();  // commit (either mode) if anything is open
  void MaybeReload();
  void UpdateBackpressure();
  void ResumeAll();                                      // after a rebalance
  void SetReady(bool ready, const std::string& reason);  // reports changes only
  void UpdateReadiness();  // assignment held and brokers up (twice a second)
  void Fatal(const std::string& what, const kafka::Status& status);
  static int64_t NowMs();

  config::Config config_;
  Dependencies deps_;
  size_t max_output_bytes_;
  int64_t txn_retry_budget_ms_;  // see the class comment
  bool exactly_once_;
  TransformContext base_ctx_;
  std::shared_ptr<const extract::Engine> engine_;
  std::shared_ptr<const Router> router_;

  std::unique_ptr<kafka::Consumer> consumer_;
  std::unique_ptr<kafka::Producer> producer_;

  // Workers.
  std::mutex mu_;
  std::condition_variable work_cv_;  // workers wait for tasks
  std::condition_variable done_cv_;  // the loop waits for finished slots
  std::deque<std::shared_ptr<Slot>> tasks_;
  bool workers_stop_ = false;
  std::vector<std::thread> workers_;

  // Loop state (Run() thread only).
  std::deque<std::shared_ptr<Slot>> inflight_;  // consumption order
  bool paused_ = false;
  bool txn_open_ = false;
  int64_t batch_records_ = 0;
  std::chrono::steady_clock::time_point batch_start_;
  std::map<PartitionKey, int64_t> batch_next_offset_;              // offsets to commit
  std::map<PartitionKey, int64_t> batch_first_offset_;             // rewind points
  std::map<PartitionKey, std::deque<std::shared_ptr<Ack>>> acks_;  // at-least-once
  std::map<PartitionKey, int64_t> to_commit_;                      // acknowledged, commit pending
  std::chrono::steady_clock::time_point last_commit_ = std::chrono::steady_clock::now();
  bool fatal_ = false;
  std::string fatal_reason_;
  bool assigned_ = false;
  bool ready_ = false;
  std::string ready_reason_ = "unset";
  std::chrono::steady_clock::time_point last_readiness_check_;

  std::atomic<bool> stop_{false};
  std::atomic<bool> reload_requested_{false};

  mutable std::mutex counters_mu_;
  Counters counters_;
};

}  // namespace newswire::pipeline
