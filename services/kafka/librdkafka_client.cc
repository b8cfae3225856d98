#include "kafka/librdkafka_client.h"

#include <cstring>
#include <utility>

#include "common/log.h"

namespace newswire::kafka {

Status Status::FromError(rd_kafka_error_t* raw) {
  ErrorHandle error(raw);
  if (!error) return Ok();
  Status s;
  s.code = rd_kafka_error_code(error.get());
  s.message = rd_kafka_error_string(error.get());
  s.fatal = rd_kafka_error_is_fatal(error.get()) != 0;
  s.retriable = rd_kafka_error_is_retriable(error.get()) != 0;
  s.txn_abortable = rd_kafka_error_txn_requires_abort(error.get()) != 0;
  return s;
}

Status Status::FromCode(rd_kafka_resp_err_t code, std::string context) {
  if (code == RD_KAFKA_RESP_ERR_NO_ERROR) return Ok();
  Status s;
  s.code = code;
  s.message = context.empty() ? rd_kafka_err2str(code) : context + ": " + rd_kafka_err2str(code);
  s.fatal = code == RD_KAFKA_RESP_ERR__FATAL;
  return s;
}

namespace {

PartitionListHandle ToList(const std::vector<TopicPartition>& parts) {
  PartitionListHandle list(rd_kafka_topic_partition_list_new(static_cast<int>(parts.size())));
  for (const auto& p : parts) {
    rd_kafka_topic_partition_list_add(list.get(), p.topic.c_str(), p.partition)->offset = p.offset;
  }
  return list;
}

std::vector<TopicPartition> FromList(const rd_kafka_topic_partition_list_t* list) {
  std::vector<TopicPartition> out;
  if (list == nullptr) return out;
  for (int i = 0; i < list->cnt; ++i) {
    out.push_back({list->elems[i].topic, list->elems[i].partition, list->elems[i].offset});
  }
  return out;
}

// The first per-partition error in `list`, if any.
Status PartitionErrors(const rd_kafka_topic_partition_list_t* list, const char* what) {
  for (int i = 0; list != nullptr && i < list->cnt; ++i) {
    if (list->elems[i].err != RD_KAFKA_RESP_ERR_NO_ERROR) {
      return Status::FromCode(list->elems[i].err,
                              std::string(what) + " " + list->elems[i].topic + "[" +
                                  std::to_string(list->elems[i].partition) + "]");
    }
  }
  return Status::Ok();
}

// The conf opaque of every client: librdkafka hands the same pointer to the
// rebalance, statistics and error callbacks.
class CallbackHost {
 public:
  virtual ~CallbackHost() = default;
  virtual void OnStats(std::string_view json) = 0;
};

int StatsTrampoline(rd_kafka_t*, char* json, size_t len, void* opaque) {
  if (opaque != nullptr) static_cast<CallbackHost*>(opaque)->OnStats(std::string_view(json, len));
  return 0;  // librdkafka frees json
}

void LogTrampoline(const rd_kafka_t* rk, int level, const char* fac, const char* buf) {
  log::Level l = level <= 3   ? log::Level::kError
                 : level <= 4 ? log::Level::kWarn
                 : level <= 6 ? log::Level::kInfo
                              : log::Level::kDebug;
  log::Write(l, "librdkafka", {{"client", rd_kafka_name(rk)}, {"facility", fac}, {"detail", buf}});
}

// Client-level errors (all brokers down, fatal idempotence errors...).
void ErrorTrampoline(rd_kafka_t* rk, int err, const char* reason, void*) {
  auto code = static_cast<rd_kafka_resp_err_t>(err);
  bool fatal = code == RD_KAFKA_RESP_ERR__FATAL;
  std::string detail = reason;
  if (fatal) {
    char buf[512];
    rd_kafka_fatal_error(rk, buf, sizeof buf);
    detail = buf;
  }
  log::Write(
      fatal ? log::Level::kError : log::Level::kWarn, "kafka client error",
      {{"client", rd_kafka_name(rk)}, {"code", rd_kafka_err2name(code)}, {"detail", detail}});
}

class RdConsumer final : public Consumer, public CallbackHost {
 public:
  explicit RdConsumer(ConsumerOptions options) : options_(std::move(options)) {}

  ~RdConsumer() override {
    if (rk_) {
      options_.listener = nullptr;  // the owner may be half-destroyed already
      Close();
    }
  }

  void Attach(ClientHandle rk) { rk_ = std::move(rk); }

  static void RebalanceTrampoline(rd_kafka_t* rk, rd_kafka_resp_err_t err,
                                  rd_kafka_topic_partition_list_t* parts, void* opaque) {
    static_cast<RdConsumer*>(static_cast<CallbackHost*>(opaque))->OnRebalance(rk, err, parts);
  }

  void OnStats(std::string_view json) override {
    if (options_.on_stats) options_.on_stats(json);
  }

  Status Subscribe(const std::vector<std::string>& topics) override {
    PartitionListHandle list(rd_kafka_topic_partition_list_new(static_cast<int>(topics.size())));
    for (const auto& t : topics) {
      rd_kafka_topic_partition_list_add(list.get(), t.c_str(), RD_KAFKA_PARTITION_UA);
    }
    return Status::FromCode(rd_kafka_subscribe(rk_.get(), list.get()), "subscribe");
  }

  std::optional<Record> Poll(int timeout_ms, Status* status) override {
    *status = Status::Ok();
    MessageHandle msg(rd_kafka_consumer_poll(rk_.get(), timeout_ms));
    if (!msg) return std::nullopt;
    if (msg->err != RD_KAFKA_RESP_ERR_NO_ERROR) {
      if (msg->err != RD_KAFKA_RESP_ERR__PARTITION_EOF) {
        *status = Status::FromCode(msg->err, rd_kafka_message_errstr(msg.get()));
        if (msg->err == RD_KAFKA_RESP_ERR__FATAL) status->fatal = true;
      }
      return std::nullopt;
    }
    Record r;
    r.topic = rd_kafka_topic_name(msg->rkt);
    r.partition = msg->partition;
    r.offset = msg->offset;
    if (msg->key != nullptr) r.key.emplace(static_cast<const char*>(msg->key), msg->key_len);
    if (msg->payload != nullptr) r.value.assign(static_cast<const char*>(msg->payload), msg->len);
    rd_kafka_timestamp_type_t tstype;
    r.timestamp_ms = rd_kafka_message_timestamp(msg.get(), &tstype);
    rd_kafka_headers_t* hdrs = nullptr;  // owned by msg
    if (rd_kafka_message_headers(msg.get(), &hdrs) == RD_KAFKA_RESP_ERR_NO_ERROR) {
      const char* name;
      const void* value;
      size_t size;
      for (size_t i = 0;
           rd_kafka_header_get_all(hdrs, i, &name, &value, &size) == RD_KAFKA_RESP_ERR_NO_ERROR;
           ++i) {
        r.headers.push_back(
            {name, value != nullptr ? std::string(static_cast<const char*>(value), size) : ""});
      }
    }
    return r;
  }

  Status Seek(const std::vector<TopicPartition>& positions) override {
    if (positions.empty()) return Status::Ok();
    auto list = ToList(positions);
    // librdkafka 2.0.2: a 0 (async) timeout loses the seek; block instead.
    Status s = Status::FromError(rd_kafka_seek_partitions(rk_.get(), list.get(), -1));
    if (!s.ok()) return s;
    return PartitionErrors(list.get(), "seek");
  }

  Status Pause(const std::vector<TopicPartition>& parts) override {
    auto list = ToList(parts);
    return Status::FromCode(rd_kafka_pause_partitions(rk_.get(), list.get()), "pause");
  }

  Status Resume(const std::vector<TopicPartition>& parts) override {
    auto list = ToList(parts);
    return Status::FromCode(rd_kafka_resume_partitions(rk_.get(), list.get()), "resume");
  }

  Status Commit(const std::vector<TopicPartition>& offsets) override {
    if (offsets.empty()) return Status::Ok();
    auto list = ToList(offsets);
    Status s = Status::FromCode(rd_kafka_commit(rk_.get(), list.get(), 0), "commit");
    if (!s.ok()) return s;
    return PartitionErrors(list.get(), "commit");
  }

  Status Committed(std::vector<TopicPartition>* parts, int timeout_ms) override {
    auto list = ToList(*parts);
    Status s = Status::FromCode(rd_kafka_committed(rk_.get(), list.get(), timeout_ms), "committed");
    if (s.ok()) *parts = FromList(list.get());
    return s;
  }

  std::vector<TopicPartition> Assignment() override {
    rd_kafka_topic_partition_list_t* raw = nullptr;
    if (rd_kafka_assignment(rk_.get(), &raw) != RD_KAFKA_RESP_ERR_NO_ERROR) return {};
    PartitionListHandle list(raw);
    return FromList(list.get());
  }

  GroupMetadataHandle GroupMetadata() override {
    return GroupMetadataHandle(rd_kafka_consumer_group_metadata(rk_.get()));
  }

  Status Close() override {
    if (closed_) return Status::Ok();
    closed_ = true;
    return Status::FromCode(rd_kafka_consumer_close(rk_.get()), "close");
  }

 private:
  void OnRebalance(rd_kafka_t* rk, rd_kafka_resp_err_t err,
                   rd_kafka_topic_partition_list_t* parts) {
    bool cooperative = std::strcmp(rd_kafka_rebalance_protocol(rk), "COOPERATIVE") == 0;
    auto partitions = FromList(parts);
    if (err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
      Status s = cooperative ? Status::FromError(rd_kafka_incremental_assign(rk, parts))
                             : Status::FromCode(rd_kafka_assign(rk, parts), "assign");
      if (!s.ok()) log::Error("assign failed", {{"detail", s.message}});
      if (options_.listener != nullptr) options_.listener->OnAssigned(partitions);
      return;
    }
    bool lost = err != RD_KAFKA_RESP_ERR__REVOKE_PARTITIONS || rd_kafka_assignment_lost(rk) != 0;
    if (options_.listener != nullptr) options_.listener->OnRevoked(partitions, lost);
    Status s = cooperative ? Status::FromError(rd_kafka_incremental_unassign(rk, parts))
                           : Status::FromCode(rd_kafka_assign(rk, nullptr), "unassign");
    if (!s.ok()) log::Error("unassign failed", {{"detail", s.message}});
  }

  ConsumerOptions options_;
  ClientHandle rk_;
  bool closed_ = false;
};

class RdProducer final : public Producer, public CallbackHost {
 public:
  explicit RdProducer(StatsCallback on_stats) : on_stats_(std::move(on_stats)) {}
  void Attach(ClientHandle rk) { rk_ = std::move(rk); }

  void OnStats(std::string_view json) override {
    if (on_stats_) on_stats_(json);
  }

  ~RdProducer() override {
    if (!rk_) return;
    // Undelivered records still own their callbacks; purge so the delivery
    // reports (and the callbacks' memory) are served before destruction.
    rd_kafka_purge(rk_.get(), RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT);
    rd_kafka_flush(rk_.get(), 1000);
    rd_kafka_poll(rk_.get(), 0);
  }

  static void DeliveryTrampoline(rd_kafka_t*, const rd_kafka_message_t* msg, void*) {
    std::unique_ptr<DeliveryCallback> cb(static_cast<DeliveryCallback*>(msg->_private));
    if (cb && *cb) {
      (*cb)(Status::FromCode(
          msg->err,
          msg->err ? "delivery to " + std::string(rd_kafka_topic_name(msg->rkt)) : std::string()));
    }
  }

  Status Produce(const OutRecord& r, DeliveryCallback on_delivery, int timeout_ms) override {
    int waited = 0;
    while (true) {
      HeadersHandle headers(rd_kafka_headers_new(r.headers.size()));
      for (const auto& h : r.headers) {
        rd_kafka_header_add(headers.get(), h.key.data(), static_cast<ssize_t>(h.key.size()),
                            h.value.data(), static_cast<ssize_t>(h.value.size()));
      }
      auto cb = std::make_unique<DeliveryCallback>(on_delivery);
      const void* key_data = r.key ? r.key->data() : nullptr;
      size_t key_size = r.key ? r.key->size() : 0;
      void* value_data = const_cast<char*>(r.value.data());
      size_t value_size = r.value.size();
      rd_kafka_resp_err_t err = rd_kafka_producev(
          rk_.get(), RD_KAFKA_V_TOPIC(r.topic.c_str()), RD_KAFKA_V_PARTITION(r.partition),
          RD_KAFKA_V_KEY(key_data, key_size), RD_KAFKA_V_VALUE(value_data, value_size),
          RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_HEADERS(headers.get()),
          RD_KAFKA_V_OPAQUE(cb.get()), RD_KAFKA_V_END);
      if (err == RD_KAFKA_RESP_ERR_NO_ERROR) {
        headers.release();  // now owned by the message
        cb.release();       // now owned by the message; freed in DeliveryTrampoline
        return Status::Ok();
      }
      if (err != RD_KAFKA_RESP_ERR__QUEUE_FULL || waited >= timeout_ms) {
        Status s = Status::FromCode(err, "produce to " + r.topic);
        if (err == RD_KAFKA_RESP_ERR__FATAL) s.fatal = true;
        if (err == RD_KAFKA_RESP_ERR__STATE) s.txn_abortable = true;
        return s;
      }
      rd_kafka_poll(rk_.get(), 50);  // backpressure: serve delivery reports, retry
      waited += 50;
    }
  }

  void Poll(int timeout_ms) override { rd_kafka_poll(rk_.get(), timeout_ms); }

  Status Flush(int timeout_ms) override {
    return Status::FromCode(rd_kafka_flush(rk_.get(), timeout_ms), "flush");
  }

  int OutQueueLength() override { return rd_kafka_outq_len(rk_.get()); }

  Status InitTransactions(int timeout_ms) override {
    return Status::FromError(rd_kafka_init_transactions(rk_.get(), timeout_ms));
  }
  Status BeginTransaction() override {
    return Status::FromError(rd_kafka_begin_transaction(rk_.get()));
  }
  Status SendOffsetsToTransaction(const std::vector<TopicPartition>& offsets,
                                  const rd_kafka_consumer_group_metadata_t* group,
                                  int timeout_ms) override {
    if (offsets.empty()) return Status::Ok();
    auto list = ToList(offsets);
    return Status::FromError(
        rd_kafka_send_offsets_to_transaction(rk_.get(), list.get(), group, timeout_ms));
  }
  Status CommitTransaction(int timeout_ms) override {
    return Status::FromError(rd_kafka_commit_transaction(rk_.get(), timeout_ms));
  }
  Status AbortTransaction(int timeout_ms) override {
    return Status::FromError(rd_kafka_abort_transaction(rk_.get(), timeout_ms));
  }

 private:
  StatsCallback on_stats_;
  ClientHandle rk_;
};

bool Set(rd_kafka_conf_t* conf, const std::string& key, const std::string& value,
         std::string* error) {
  char errstr[512];
  if (rd_kafka_conf_set(conf, key.c_str(), value.c_str(), errstr, sizeof errstr) !=
      RD_KAFKA_CONF_OK) {
    if (error != nullptr) *error = "librdkafka property '" + key + "': " + errstr;
    return false;
  }
  return true;
}

}  // namespace

ConfHandle BuildConf(const Properties& properties, std::string* error) {
  ConfHandle conf(rd_kafka_conf_new());
  for (const auto& [k, v] : properties) {
    if (!Set(conf.get(), k, v, error)) return nullptr;
  }
  return conf;
}

namespace {

// Creates the librdkafka handle with `host` as the callbacks' opaque.
ClientHandle NewClient(rd_kafka_type_t type, ConfHandle conf, CallbackHost* host,
                       std::string* error) {
  rd_kafka_conf_set_opaque(conf.get(), host);
  rd_kafka_conf_set_stats_cb(conf.get(), &StatsTrampoline);
  rd_kafka_conf_set_log_cb(conf.get(), &LogTrampoline);
  rd_kafka_conf_set_error_cb(conf.get(), &ErrorTrampoline);
  char errstr[512];
  rd_kafka_t* rk = rd_kafka_new(type, conf.get(), errstr, sizeof errstr);
  if (rk == nullptr) {
    if (error != nullptr) *error = std::string("cannot create Kafka client: ") + errstr;
    return nullptr;
  }
  conf.release();  // rd_kafka_new took ownership
  return ClientHandle(rk);
}

}  // namespace

std::unique_ptr<Consumer> CreateConsumer(ConsumerOptions options, std::string* error) {
  Properties props = {
      {"bootstrap.servers", options.bootstrap_servers},
      {"group.id", options.group_id},
      {"enable.auto.commit", "false"},
      {"enable.auto.offset.store", "false"},
      {"isolation.level", "read_committed"},
      {"auto.offset.reset", "earliest"},
      {"enable.partition.eof", "false"},
      {"client.id", "newswire-consumer"},
  };
  for (const auto& [k, v] : options.properties) props[k] = v;
  ConfHandle conf = BuildConf(props, error);
  if (!conf) return nullptr;
  rd_kafka_conf_set_rebalance_cb(conf.get(), &RdConsumer::RebalanceTrampoline);
  auto consumer = std::make_unique<RdConsumer>(std::move(options));
  ClientHandle rk = NewClient(RD_KAFKA_CONSUMER, std::move(conf), consumer.get(), error);
  if (!rk) return nullptr;
  rd_kafka_poll_set_consumer(rk.get());
  consumer->Attach(std::move(rk));
  return consumer;
}

std::unique_ptr<Producer> CreateProducer(ProducerOptions options, std::string* error) {
  Properties props = {
      {"bootstrap.servers", options.bootstrap_servers},
      {"enable.idempotence", "true"},
      {"client.id", "newswire-producer"},
  };
  if (!options.transactional_id.empty()) props["transactional.id"] = options.transactional_id;
  for (const auto& [k, v] : options.properties) props[k] = v;
  ConfHandle conf = BuildConf(props, error);
  if (!conf) return nullptr;
  rd_kafka_conf_set_dr_msg_cb(conf.get(), &RdProducer::DeliveryTrampoline);
  auto producer = std::make_unique<RdProducer>(std::move(options.on_stats));
  ClientHandle rk = NewClient(RD_KAFKA_PRODUCER, std::move(conf), producer.get(), error);
  if (!rk) return nullptr;
  producer->Attach(std::move(rk));
  return producer;
}

}  // namespace newswire::kafka
