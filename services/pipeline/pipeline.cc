#include "pipeline/pipeline.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <string_view>
#include <thread>

#include "codec/article_decoder.h"
#include "common/log.h"
#include "kafka/librdkafka_client.h"
#include "metrics/metrics.h"

namespace newswire::pipeline {
namespace {

using Clock = std::chrono::steady_clock;
constexpr int kTxnTimeoutMs = 30000;
constexpr int kProduceTimeoutMs = 30000;
// Back-off between retries of a transactional call that failed with a
// retriable error: 100 ms, doubling, at most 5 s; each call gets at least
// 100 ms even when the budget is nearly spent.
constexpr int64_t kTxnRetryFirstBackoffMs = 100;
constexpr int64_t kTxnRetryMaxBackoffMs = 5000;
constexpr int64_t kTxnRetryMinCallTimeoutMs = 100;

std::string PartitionName(const std::string& topic, int32_t partition) {
  return topic + "[" + std::to_string(partition) + "]";
}

// The producer's message.max.bytes (librdkafka default 1000000) less room
// for the record overhead librdkafka counts in it.
size_t MaxOutputBytes(const config::Config& config) {
  size_t limit = 1000000;
  auto it = config.kafka.producer.find("message.max.bytes");
  if (it != config.kafka.producer.end()) {
    try {
      limit = std::stoul(it->second);
    } catch (const std::exception&) {
      // librdkafka rejects the bad value when the producer is created.
    }
  }
  return limit > 1024 ? limit - 512 : limit;
}

// A librdkafka property from `props` as a number, else `fallback`.
int64_t NumericProperty(const std::map<std::string, std::string>& props, const std::string& name,
                        int64_t fallback) {
  auto it = props.find(name);
  if (it == props.end()) return fallback;
  try {
    return std::stoll(it->second);
  } catch (const std::exception&) {
    return fallback;  // librdkafka rejects the bad value when the client is created
  }
}

// How long a transactional call may keep failing with retriable errors
// before the process gives up (see TxnRetryBudgetMs in pipeline.h).
int64_t TxnRetryBudgetMs(const config::Config& config) {
  int64_t txn_timeout = NumericProperty(config.kafka.producer, "transaction.timeout.ms", 60000);
  int64_t max_poll = NumericProperty(config.kafka.consumer, "max.poll.interval.ms", 300000);
  int64_t budget = std::max<int64_t>(3 * txn_timeout, 60000);
  return std::max<int64_t>(1, std::min(budget, max_poll * 4 / 5));
}

void AppendListItem(std::string& list, const std::string& item) {
  if (!list.empty()) list.push_back(',');
  list.append(item);
}

}  // namespace

common::Result<std::unique_ptr<Pipeline>, std::string> Pipeline::Create(
    const config::Config& config, Dependencies deps) {
  if (!deps.engine) return common::MakeError(std::string("pipeline needs an engine"));
  std::unique_ptr<Pipeline> p(new Pipeline(config, std::move(deps)));
  metrics::PipelineMetrics* m = p->deps_.metrics;
  kafka::StatsCallback on_stats;
  if (m != nullptr) on_stats = [m](std::string_view json) { m->UpdateFromKafkaStats(json); };

  if (!p->deps_.make_consumer) {
    p->deps_.make_consumer = [&config, on_stats](kafka::RebalanceListener* listener) {
      kafka::ConsumerOptions o;
      o.bootstrap_servers = config.kafka.bootstrap_servers;
      o.group_id = config.kafka.group_id;
      if (on_stats) o.properties["statistics.interval.ms"] = "5000";
      for (const auto& [k, v] : config.kafka.consumer) o.properties[k] = v;
      o.listener = listener;
      o.on_stats = on_stats;
      std::string error;
      auto c = kafka::CreateConsumer(std::move(o), &error);
      if (!c) log::Error("cannot create the consumer", {{"detail", error}});
      return c;
    };
  }
  if (!p->deps_.make_producer) {
    p->deps_.make_producer = [&config, on_stats, eos = p->exactly_once_]() {
      kafka::ProducerOptions o;
      o.bootstrap_servers = config.kafka.bootstrap_servers;
      if (eos) o.transactional_id = config.delivery.transactional_id;
      if (on_stats) o.properties["statistics.interval.ms"] = "5000";
      for (const auto& [k, v] : config.kafka.producer) o.properties[k] = v;
      o.on_stats = on_stats;
      std::string error;
      auto pr = kafka::CreateProducer(std::move(o), &error);
      if (!pr) log::Error("cannot create the producer", {{"detail", error}});
      return pr;
    };
  }
  p->consumer_ = p->deps_.make_consumer(p.get());
  if (!p->consumer_) return common::MakeError(std::string("cannot create the Kafka consumer"));
  p->producer_ = p->deps_.make_producer();
  if (!p->producer_) return common::MakeError(std::string("cannot create the Kafka producer"));
  // The factories captured `config` by reference; drop them now.
  p->deps_.make_consumer = nullptr;
  p->deps_.make_producer = nullptr;
  for (int64_t i = 0; i < config.pipeline.workers; ++i) {
    p->workers_.emplace_back([raw = p.get()] { raw->WorkerLoop(); });
  }
  return p;
}

Pipeline::Pipeline(const config::Config& config, Dependencies deps)
    : config_(config),
      deps_(std::move(deps)),
      max_output_bytes_(MaxOutputBytes(config)),
      txn_retry_budget_ms_(TxnRetryBudgetMs(config)),
      exactly_once_(config.delivery.mode == config::DeliveryMode::kExactlyOnce) {
  engine_ = deps_.engine;
  router_ = deps_.router ? deps_.router : std::make_shared<const Router>(config.routing);
  base_ctx_.format = config.output.format == config::OutputFormat::kJson ? codec::Format::kJson
                                                                         : codec::Format::kProtobuf;
  base_ctx_.max_article_bytes = static_cast<size_t>(config.pipeline.max_article_bytes);
  base_ctx_.topics = {config.topics.events, config.topics.enriched, config.topics.dlq};
}

Pipeline::~Pipeline() {
  // Clients first: the producer serves outstanding delivery reports (which
  // may touch this object) while everything else is still alive.
  producer_.reset();
  consumer_.reset();
  {
    std::lock_guard<std::mutex> lock(mu_);
    workers_stop_ = true;
    tasks_.clear();
  }
  work_cv_.notify_all();
  for (auto& t : workers_) t.join();
}

void Pipeline::Stop() {
  stop_.store(true);
  done_cv_.notify_all();
}

void Pipeline::RequestReload() { reload_requested_.store(true); }

Pipeline::Counters Pipeline::counters() const {
  std::lock_guard<std::mutex> lock(counters_mu_);
  return counters_;
}

int64_t Pipeline::NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

void Pipeline::SetReady(bool ready, const std::string& reason) {
  if (ready == ready_ && reason == ready_reason_) return;
  ready_ = ready;
  ready_reason_ = reason;
  if (deps_.on_ready) deps_.on_ready(ready, reason);
}

void Pipeline::UpdateReadiness() {
  auto now = Clock::now();
  if (now - last_readiness_check_ < std::chrono::milliseconds(500)) return;
  last_readiness_check_ = now;
  // BrokersUp is -1 until the first statistics arrive: trust the assignment.
  int up = deps_.metrics != nullptr ? deps_.metrics->BrokersUp("consumer") : -1;
  if (!assigned_) {
    SetReady(false, "no partition assignment");
  } else if (up == 0) {
    SetReady(false, "all brokers down");
  } else {
    SetReady(true, "");
  }
}

void Pipeline::Fatal(const std::string& what, const kafka::Status& status) {
  if (!fatal_) {
    log::Error("fatal error, stopping", {{"what", what}, {"detail", status.message}});
  }
  fatal_ = true;
  fatal_reason_ = what + ": " + status.message;
}

void Pipeline::WorkerLoop() {
  while (true) {
    std::shared_ptr<Slot> slot;
    {
      std::unique_lock<std::mutex> lock(mu_);
      work_cv_.wait(lock, [&] { return workers_stop_ || !tasks_.empty(); });
      if (workers_stop_) return;
      slot = std::move(tasks_.front());
      tasks_.pop_front();
    }
    TransformContext ctx = base_ctx_;
    ctx.engine = slot->engine.get();
    ctx.router = slot->router.get();
    Outcome outcome = Transform(slot->record, ctx, NowMs());
    {
      std::lock_guard<std::mutex> lock(mu_);
      slot->outcome = std::move(outcome);
      slot->done = true;
    }
    done_cv_.notify_all();
  }
}

void Pipeline::Submit(kafka::Record record) {
  if (deps_.metrics != nullptr) deps_.metrics->ArticleConsumed();
  {
    std::lock_guard<std::mutex> lock(counters_mu_);
    ++counters_.consumed;
  }
  auto slot = std::make_shared<Slot>();
  slot->record = std::move(record);
  slot->engine = engine_;
  slot->router = router_;
  inflight_.push_back(slot);
  {
    std::lock_guard<std::mutex> lock(mu_);
    tasks_.push_back(std::move(slot));
  }
  work_cv_.notify_one();
}

size_t Pipeline::RecordBytes(const kafka::OutRecord& r) {
  size_t n = r.value.size() + (r.key ? r.key->size() : 0);
  for (const auto& h : r.headers) n += h.key.size() + h.value.size();
  return n;
}

void Pipeline::GuardOutputSize(Slot& slot) {
  Outcome& outcome = slot.outcome;
  if (outcome.dead_lettered) return;
  for (const auto& out : outcome.outputs) {
    if (RecordBytes(out) > max_output_bytes_) {
      // A record the producer must refuse would abort every transaction
      // that carries it (a poison pill): dead-letter the input instead.
      std::string detail = "output for " + out.topic + " is " + std::to_string(RecordBytes(out)) +
                           " bytes, over message.max.bytes " + std::to_string(max_output_bytes_);
      outcome = Outcome{};
      outcome.dead_lettered = true;
      outcome.dlq_reason = std::string(codec::ReasonName(codec::DecodeReason::kProcessingError));
      outcome.outputs.push_back(
          DeadLetter(slot.record, config_.topics.dlq, outcome.dlq_reason, detail, NowMs()));
      return;
    }
  }
}

bool Pipeline::EnsureTransaction() {
  if (!exactly_once_ || txn_open_) return true;
  kafka::Status s = producer_->BeginTransaction();
  if (!s.ok()) {
    Fatal("begin transaction", s);
    return false;
  }
  txn_open_ = true;
  return true;
}

bool Pipeline::ProduceOutcome(Slot& slot) {
  GuardOutputSize(slot);
  const kafka::Record& rec = slot.record;
  const Outcome& outcome = slot.outcome;
  if (!EnsureTransaction()) return false;
  if (batch_records_ == 0) batch_start_ = Clock::now();
  PartitionKey key{rec.topic, rec.partition};
  batch_first_offset_.try_emplace(key, rec.offset);

  // The input itself may be over our producer's limit: then it cannot even
  // be copied to the DLQ. Skip it loudly (its offset is committed) rather
  // than stall the partition forever.
  bool skip = outcome.dead_lettered && RecordBytes(outcome.outputs.front()) > max_output_bytes_;
  std::shared_ptr<Ack> ack;
  if (!exactly_once_) {
    int outputs = skip ? 0 : static_cast<int>(outcome.outputs.size());
    ack = std::make_shared<Ack>(Ack{rec.offset, outputs});
    acks_[key].push_back(ack);
  }
  if (skip) {
    log::Error("record too large even for the DLQ; skipped",
               {{"topic", rec.topic},
                {"partition", std::to_string(rec.partition)},
                {"offset", std::to_string(rec.offset)},
                {"bytes", std::to_string(RecordBytes(outcome.outputs.front()))}});
    if (deps_.metrics != nullptr) deps_.metrics->DeadLettered("too_large");
    batch_next_offset_[key] = rec.offset + 1;
    ++batch_records_;
    return true;
  }
  for (size_t i = 0; i < outcome.outputs.size(); ++i) {
    const kafka::OutRecord& out = outcome.outputs[i];
    bool last = i + 1 == outcome.outputs.size();
    int64_t ts = rec.timestamp_ms;
    kafka::DeliveryCallback cb = [this, ack, last, ts, topic = out.topic](const kafka::Status& s) {
      if (!s.ok()) {
        // Exactly-once: the commit fails and the transaction is aborted.
        // At-least-once: the record's offset is never committed.
        log::Error("delivery failed", {{"topic", topic}, {"detail", s.message}});
        if (!exactly_once_) Fatal("delivery (at-least-once)", s);
        return;
      }
      if (ack) --ack->remaining;
      if (last && ts > 0 && deps_.metrics != nullptr) {
        deps_.metrics->ObserveEndToEndSeconds(static_cast<double>(NowMs() - ts) / 1000.0);
      }
    };
    kafka::Status s = producer_->Produce(out, std::move(cb), kProduceTimeoutMs);
    if (!s.ok()) {
      if (s.fatal || !exactly_once_) {
        Fatal("produce", s);
      } else {
        AbortAndRewind("produce failed: " + s.message, {});
      }
      return false;
    }
  }
  metrics::PipelineMetrics* m = deps_.metrics;
  if (outcome.dead_lettered) {
    if (m != nullptr) m->DeadLettered(outcome.dlq_reason);
    std::string detail;
    for (const auto& h : outcome.outputs.front().headers) {
      if (h.key == kErrMessage) detail = h.value;
    }
    log::Warn("dead-lettered", {{"topic", rec.topic},
                                {"partition", std::to_string(rec.partition)},
                                {"offset", std::to_string(rec.offset)},
                                {"reason", outcome.dlq_reason},
                                {"detail", detail}});
  } else if (m != nullptr) {
    for (const auto& e : outcome.events) m->EventProduced(e.type, e.lang);
    m->AnalysisProduced();
    m->ObserveProcessingSeconds(outcome.processing_seconds);
  }
  {
    std::lock_guard<std::mutex> lock(counters_mu_);
    counters_.dead_lettered += outcome.dead_lettered ? 1 : 0;
    counters_.events += outcome.events.size();
  }
  batch_next_offset_[key] = rec.offset + 1;
  ++batch_records_;
  return true;
}

bool Pipeline::ProduceReady(bool wait, Clock::time_point deadline) {
  while (!inflight_.empty() && !fatal_) {
    std::shared_ptr<Slot> slot = inflight_.front();
    {
      std::unique_lock<std::mutex> lock(mu_);
      if (!slot->done) {
        if (!wait) return true;
        if (!done_cv_.wait_until(lock, deadline, [&] { return slot->done; })) return false;
      }
    }
    if (!ProduceOutcome(*slot)) return false;
    // ProduceOutcome may have rewound (cleared inflight_).
    if (!inflight_.empty() && inflight_.front() == slot) inflight_.pop_front();
    if (!wait && batch_records_ >= config_.delivery.max_batch) return true;
  }
  return !fatal_;
}

bool Pipeline::BatchDue() const {
  if (!exactly_once_) {
    // At-least-once: commit whatever was acknowledged, every interval.
    bool pending = !to_commit_.empty();
    for (const auto& [key, queue] : acks_) pending = pending || !queue.empty();
    return pending && Clock::now() - last_commit_ >=
                          std::chrono::milliseconds(config_.delivery.commit_interval_ms);
  }
  if (batch_records_ == 0) return false;
  if (batch_records_ >= config_.delivery.max_batch) return true;
  return Clock::now() - batch_start_ >=
         std::chrono::milliseconds(config_.delivery.commit_interval_ms);
}

bool Pipeline::FinishBatch() { return exactly_once_ ? CommitTransaction() : CommitAcknowledged(); }

kafka::Status Pipeline::RetryTxnCall(std::string_view call,
                                     const std::function<kafka::Status(int)>& attempt,
                                     bool* exhausted) {
  *exhausted = false;
  const auto deadline = Clock::now() + std::chrono::milliseconds(txn_retry_budget_ms_);
  int64_t backoff_ms = kTxnRetryFirstBackoffMs;
  for (int n = 1;; ++n) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    int timeout_ms = static_cast<int>(
        std::clamp<int64_t>(left.count(), kTxnRetryMinCallTimeoutMs, kTxnTimeoutMs));
    kafka::Status s = attempt(timeout_ms);
    if (s.ok() || s.fatal || !s.retriable) return s;
    // Rounded up: the budget is spent only when no time at all is left
    // (truncating would give up with up to 1 ms of the budget unused).
    left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now());
    if (left.count() <= 0) {
      *exhausted = true;
      log::Error("transaction call still failing with a retriable error; giving up",
                 {{"call", std::string(call)},
                  {"attempts", std::to_string(n)},
                  {"budget_ms", std::to_string(txn_retry_budget_ms_)},
                  {"code", rd_kafka_err2name(static_cast<rd_kafka_resp_err_t>(s.code))},
                  {"detail", s.message}});
      return s;
    }
    int64_t wait_ms = std::min<int64_t>(backoff_ms, left.count());
    log::Warn("transaction call failed with a retriable error; retrying",
              {{"call", std::string(call)},
               {"attempt", std::to_string(n)},
               {"backoff_ms", std::to_string(wait_ms)},
               {"remaining_ms", std::to_string(left.count())},
               {"code", rd_kafka_err2name(static_cast<rd_kafka_resp_err_t>(s.code))},
               {"detail", s.message}});
    std::this_thread::sleep_for(std::chrono::milliseconds(wait_ms));
    backoff_ms = std::min<int64_t>(backoff_ms * 2, kTxnRetryMaxBackoffMs);
  }
}

bool Pipeline::CommitTransaction() {
  if (!txn_open_) return true;
  std::vector<kafka::TopicPartition> offsets;
  for (const auto& [key, next] : batch_next_offset_)
    offsets.push_back({key.first, key.second, next});
  kafka::GroupMetadataHandle group = consumer_->GroupMetadata();
  bool exhausted = false;
  std::string_view call = "send_offsets_to_transaction";
  kafka::Status s = RetryTxnCall(
      call,
      [&](int timeout_ms) {
        return producer_->SendOffsetsToTransaction(offsets, group.get(), timeout_ms);
      },
      &exhausted);
  if (s.ok()) {
    call = "commit_transaction";
    s = RetryTxnCall(
        call, [&](int timeout_ms) { return producer_->CommitTransaction(timeout_ms); }, &exhausted);
  }
  if (!s.ok()) {
    if (s.fatal) {
      Fatal(std::string(call), s);
    } else if (exhausted) {
      Fatal(std::string(call) + ": retriable errors for " + std::to_string(txn_retry_budget_ms_) +
                " ms",
            s);
    } else {
      // txn_requires_abort (or an error librdkafka did not classify): the
      // transaction cannot be committed; abort it and reprocess.
      AbortAndRewind(std::string(call) + " failed: " + s.message, {});
    }
    return false;
  }
  if (deps_.metrics != nullptr) deps_.metrics->TransactionCommitted();
  {
    std::lock_guard<std::mutex> lock(counters_mu_);
    ++counters_.transactions_committed;
  }
  log::Debug("transaction committed", {{"records", std::to_string(batch_records_)}});
  txn_open_ = false;
  batch_records_ = 0;
  batch_next_offset_.clear();
  batch_first_offset_.clear();
  return true;
}

void Pipeline::AbortAndRewind(const std::string& why, const std::vector<PartitionKey>& skip) {
  log::Warn("aborting transaction and rewinding", {{"reason", why}});
  if (txn_open_) {
    bool exhausted = false;
    kafka::Status s = RetryTxnCall(
        "abort_transaction",
        [&](int timeout_ms) { return producer_->AbortTransaction(timeout_ms); }, &exhausted);
    if (!s.ok()) {
      // Fatal, retriable for longer than the budget, or an error that leaves
      // the producer's transaction state unknown: a restart (init_transactions
      // fences and aborts the open transaction) is the only safe way on.
      Fatal(exhausted ? "abort_transaction: retriable errors for " +
                            std::to_string(txn_retry_budget_ms_) + " ms"
                      : std::string("abort_transaction"),
            s);
    } else {
      if (deps_.metrics != nullptr) deps_.metrics->TransactionAborted();
      std::lock_guard<std::mutex> lock(counters_mu_);
      ++counters_.transactions_aborted;
    }
  }
  // Rewind every partition to its first record that is not committed: the
  // aborted batch's first offset, else the first in-flight record.
  std::map<PartitionKey, int64_t> rewind = batch_first_offset_;
  for (const auto& slot : inflight_) {
    rewind.try_emplace({slot->record.topic, slot->record.partition}, slot->record.offset);
  }
  inflight_.clear();  // workers may still finish them; the results are dropped
  {
    std::lock_guard<std::mutex> lock(mu_);
    tasks_.clear();
  }
  for (const auto& k : skip) rewind.erase(k);
  std::vector<kafka::TopicPartition> positions;
  for (const auto& [key, offset] : rewind) positions.push_back({key.first, key.second, offset});
  txn_open_ = false;
  batch_records_ = 0;
  batch_next_offset_.clear();
  batch_first_offset_.clear();
  if (fatal_) return;
  kafka::Status s = consumer_->Seek(positions);
  if (!s.ok()) Fatal("rewind (seek) after abort", s);
  for (const auto& p : positions) {
    log::Info("rewound", {{"partition", PartitionName(p.topic, p.partition)},
                          {"offset", std::to_string(p.offset)}});
  }
}

bool Pipeline::CommitAcknowledged() {
  producer_->Poll(0);  // serve delivery reports first
  for (auto& [key, queue] : acks_) {
    while (!queue.empty() && queue.front()->remaining <= 0) {
      to_commit_[key] = queue.front()->offset + 1;
      queue.pop_front();
    }
  }
  last_commit_ = Clock::now();
  batch_records_ = 0;
  batch_next_offset_.clear();
  batch_first_offset_.clear();
  if (to_commit_.empty()) return true;
  std::vector<kafka::TopicPartition> offsets;
  for (const auto& [key, next] : to_commit_) offsets.push_back({key.first, key.second, next});
  kafka::Status s = consumer_->Commit(offsets);
  if (!s.ok()) {
    // Kept in to_commit_ and retried with the next commit. A rebalance in
    // progress is routine (the revoke callback commits right after).
    log::Write(
        s.code == RD_KAFKA_RESP_ERR_REBALANCE_IN_PROGRESS ? log::Level::kDebug : log::Level::kWarn,
        "offset commit failed; will retry", {{"detail", s.message}});
    return false;
  }
  to_commit_.clear();
  return true;
}

void Pipeline::UpdateBackpressure() {
  auto capacity = static_cast<size_t>(config_.pipeline.queue_capacity);
  if (!paused_ && inflight_.size() >= capacity) {
    auto assignment = consumer_->Assignment();
    if (consumer_->Pause(assignment).ok()) {
      paused_ = true;
      log::Debug("queue full: consumption paused",
                 {{"in_flight", std::to_string(inflight_.size())}});
    }
  } else if (paused_ && inflight_.size() <= capacity / 2) {
    auto assignment = consumer_->Assignment();
    consumer_->Resume(assignment);
    paused_ = false;
  }
}

void Pipeline::ResumeAll() {
  // Eager rebalances forget pauses, cooperative ones keep them for retained
  // partitions: resume everything and let UpdateBackpressure re-pause.
  if (paused_) consumer_->Resume(consumer_->Assignment());
  paused_ = false;
}

void Pipeline::MaybeReload() {
  if (!reload_requested_.exchange(false)) return;
  if (!deps_.reload) {
    log::Warn("reload requested but no reload function is configured");
    return;
  }
  // Swap between transactions: close the open one first.
  if (txn_open_ && !CommitTransaction()) return;
  auto result = deps_.reload();
  bool ok = result.ok();
  if (ok) {
    engine_ = result->engine;
    if (result->router) router_ = result->router;
    log::Info("configuration reloaded");
  } else {
    log::Error("reload rejected; the previous configuration keeps running",
               {{"detail", result.error()}});
  }
  if (deps_.metrics != nullptr) deps_.metrics->ConfigReload(ok);
  std::lock_guard<std::mutex> lock(counters_mu_);
  ++(ok ? counters_.reloads_ok : counters_.reloads_failed);
}

void Pipeline::OnAssigned(const std::vector<kafka::TopicPartition>& partitions) {
  if (deps_.metrics != nullptr) deps_.metrics->Rebalance("assign");
  std::string names;
  for (const auto& p : partitions) AppendListItem(names, PartitionName(p.topic, p.partition));
  log::Info("partitions assigned", {{"partitions", names}});
  ResumeAll();
  assigned_ = !consumer_->Assignment().empty() || !partitions.empty();
  SetReady(true, "");
}

void Pipeline::OnRevoked(const std::vector<kafka::TopicPartition>& partitions, bool lost) {
  if (deps_.metrics != nullptr) deps_.metrics->Rebalance(lost ? "lost" : "revoke");
  std::vector<PartitionKey> keys;
  std::string names;
  for (const auto& p : partitions) {
    keys.emplace_back(p.topic, p.partition);
    AppendListItem(names, PartitionName(p.topic, p.partition));
  }
  log::Info(lost ? "partitions lost" : "partitions revoked", {{"partitions", names}});
  if (lost) {
    if (exactly_once_) {
      AbortAndRewind("assignment lost", keys);
    } else {
      for (const auto& k : keys) {
        acks_.erase(k);
        to_commit_.erase(k);
      }
      std::erase_if(inflight_, [&](const std::shared_ptr<Slot>& s) {
        return std::find(keys.begin(), keys.end(),
                         PartitionKey{s->record.topic, s->record.partition}) != keys.end();
      });
    }
  } else if (!fatal_) {
    // Hand over cleanly: everything consumed so far is produced and committed.
    auto deadline = Clock::now() + std::chrono::milliseconds(config_.shutdown.timeout_ms);
    if (!ProduceReady(true, deadline)) {
      if (exactly_once_ && !fatal_) AbortAndRewind("revoke: in-flight work did not finish", keys);
    }
    if (!exactly_once_) producer_->Flush(static_cast<int>(config_.shutdown.timeout_ms));
    FinishBatch();
    for (const auto& k : keys) {
      acks_.erase(k);
      to_commit_.erase(k);
    }
  }
  ResumeAll();
  assigned_ = false;  // eager: all revoked; cooperative: re-checked below
  for (const auto& tp : consumer_->Assignment()) {
    if (std::find(keys.begin(), keys.end(), PartitionKey{tp.topic, tp.partition}) == keys.end()) {
      assigned_ = true;
    }
  }
  if (!assigned_) SetReady(false, stop_ ? "draining" : "no partition assignment");
}

int Pipeline::Run() {
  SetReady(false, "starting");
  if (exactly_once_) {
    kafka::Status s = producer_->InitTransactions(kTxnTimeoutMs);
    if (!s.ok()) {
      Fatal("init transactions (transactional.id " + config_.delivery.transactional_id + ")", s);
      return 1;
    }
  }
  kafka::Status s = consumer_->Subscribe(config_.topics.input);
  if (!s.ok()) {
    Fatal("subscribe", s);
    return 1;
  }
  std::string topics;
  for (const auto& t : config_.topics.input) AppendListItem(topics, t);
  log::Info("pipeline running", {{"topics", topics},
                                 {"group_id", config_.kafka.group_id},
                                 {"mode", exactly_once_ ? "exactly_once" : "at_least_once"},
                                 {"workers", std::to_string(config_.pipeline.workers)}});

  while (!stop_.load() && !fatal_) {
    MaybeReload();
    UpdateBackpressure();
    UpdateReadiness();
    kafka::Status st;
    std::optional<kafka::Record> rec = consumer_->Poll(inflight_.empty() ? 100 : 0, &st);
    if (rec) {
      Submit(std::move(*rec));
    } else if (!st.ok()) {
      if (st.fatal) {
        Fatal("consume", st);
        break;
      }
      log::Warn("consumer error", {{"detail", st.message}});
    }
    producer_->Poll(0);
    if (!ProduceReady(false, {})) continue;
    if (BatchDue()) FinishBatch();
    if (deps_.metrics != nullptr) deps_.metrics->SetProducerQueueDepth(producer_->OutQueueLength());
    if (!rec && !inflight_.empty()) {
      // Nothing new to read: wait briefly for the oldest record to finish.
      std::unique_lock<std::mutex> lock(mu_);
      auto head = inflight_.front();
      done_cv_.wait_for(lock, std::chrono::milliseconds(5),
                        [&] { return head->done || stop_.load(); });
    }
  }

  // Drain: finish what was consumed, commit it, leave the group, flush.
  auto deadline = Clock::now() + std::chrono::milliseconds(config_.shutdown.timeout_ms);
  SetReady(false, "draining");
  log::Info("draining", {{"in_flight", std::to_string(inflight_.size())}});
  if (!fatal_) {
    if (ProduceReady(true, deadline)) {
      if (!exactly_once_) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        producer_->Flush(static_cast<int>(std::max<int64_t>(0, left.count())));
      }
      FinishBatch();
    } else if (!fatal_) {
      log::Warn("shutdown timeout: in-flight records are left for the next run",
                {{"in_flight", std::to_string(inflight_.size())}});
      if (exactly_once_)
        CommitTransaction();  // what was produced is still consistent
      else
        CommitAcknowledged();
    }
  }
  if (exactly_once_ && txn_open_) {
    // Best effort on the way out (the exit code is already decided): an
    // abort that fails leaves the transaction to the coordinator's
    // transaction.timeout.ms or to the next init_transactions.
    kafka::Status s = producer_->AbortTransaction(kTxnTimeoutMs);
    if (!s.ok()) log::Warn("abort transaction at shutdown failed", {{"detail", s.message}});
    txn_open_ = false;
  }
  inflight_.clear();
  consumer_->Close();
  auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
  producer_->Flush(static_cast<int>(std::max<int64_t>(100, left.count())));
  auto c = counters();
  log::Info("pipeline stopped", {{"consumed", std::to_string(c.consumed)},
                                 {"dead_lettered", std::to_string(c.dead_lettered)},
                                 {"events", std::to_string(c.events)},
                                 {"transactions", std::to_string(c.transactions_committed)},
                                 {"clean", fatal_ ? "false" : "true"}});
  return fatal_ ? 1 : 0;
}

}  // namespace newswire::pipeline
