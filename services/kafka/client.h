// The seam between the pipeline and Kafka: small interfaces the pipeline
// talks to, implemented over librdkafka (librdkafka_client.h) and by fakes in
// tests. Only what the consume-transform-produce loop needs is here.
//
// Threading: a Consumer or Producer is used by ONE thread (the pipeline's
// loop thread); callbacks (rebalance, delivery, statistics) run on that
// thread inside Poll(). Nothing here is safe to share between threads unless
// stated.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "kafka/handles.h"

namespace newswire::kafka {

// The outcome of a Kafka operation. ok() or an error classified the way the
// transactional producer needs it.
struct Status {
  int code = 0;  // rd_kafka_resp_err_t; 0 = success
  std::string message;
  bool fatal = false;          // the client is unusable: exit and let a supervisor restart
  bool retriable = false;      // the same call may succeed if repeated
  bool txn_abortable = false;  // abort the transaction, rewind, continue

  bool ok() const { return code == 0; }
  static Status Ok() { return {}; }
  static Status FromError(rd_kafka_error_t* error);  // takes ownership
  static Status FromCode(rd_kafka_resp_err_t code, std::string context = {});
};

struct Header {
  std::string key;
  std::string value;
  bool operator==(const Header&) const = default;
};

struct TopicPartition {
  std::string topic;
  int32_t partition = 0;
  int64_t offset = -1001;  // RD_KAFKA_OFFSET_INVALID unless set
  auto operator<=>(const TopicPartition&) const = default;
};

// A consumed record, owned (copied out of librdkafka's buffer).
struct Record {
  std::string topic;
  int32_t partition = 0;
  int64_t offset = 0;
  std::optional<std::string> key;  // nullopt = null key
  std::string value;
  std::vector<Header> headers;
  int64_t timestamp_ms = -1;  // -1 when the broker gave none
};

// A record to produce. partition -1 = by key (librdkafka's partitioner).
struct OutRecord {
  std::string topic;
  std::optional<std::string> key;
  std::string value;
  std::vector<Header> headers;
  int32_t partition = -1;
};

class RebalanceListener {
 public:
  virtual ~RebalanceListener() = default;
  // After the partitions were assigned to this member.
  virtual void OnAssigned(const std::vector<TopicPartition>& partitions) = 0;
  // Before the partitions are taken away. `lost` = taken away without a
  // clean handover (session timeout): their offsets can no longer be
  // committed. The implementation must finish or abort work on them now.
  virtual void OnRevoked(const std::vector<TopicPartition>& partitions, bool lost) = 0;
};

class Consumer {
 public:
  virtual ~Consumer() = default;
  virtual Status Subscribe(const std::vector<std::string>& topics) = 0;
  // Returns a record, or nullopt on timeout or error (then *status says why;
  // non-fatal errors such as a broker being down are for logging only).
  virtual std::optional<Record> Poll(int timeout_ms, Status* status) = 0;
  // Next Poll() of that partition returns `offset` (blocking seek).
  virtual Status Seek(const std::vector<TopicPartition>& positions) = 0;
  virtual Status Pause(const std::vector<TopicPartition>& partitions) = 0;
  virtual Status Resume(const std::vector<TopicPartition>& partitions) = 0;
  // Synchronous commit of explicit offsets (next offset to read).
  virtual Status Commit(const std::vector<TopicPartition>& offsets) = 0;
  // Fills the committed offsets of `partitions` (offset -1001 when none).
  virtual Status Committed(std::vector<TopicPartition>* partitions, int timeout_ms) = 0;
  virtual std::vector<TopicPartition> Assignment() = 0;
  // For Producer::SendOffsetsToTransaction. May be null in fakes.
  virtual GroupMetadataHandle GroupMetadata() = 0;
  // Leaves the group (rebalance listener sees the revoke). Idempotent.
  virtual Status Close() = 0;
};

// Called once per produced record on the thread calling Producer::Poll/Flush.
using DeliveryCallback = std::function<void(const Status&)>;

class Producer {
 public:
  virtual ~Producer() = default;
  // Enqueues a record; `on_delivery` (may be empty) reports its fate. When
  // librdkafka's queue is full this polls and retries until `timeout_ms`.
  virtual Status Produce(const OutRecord& record, DeliveryCallback on_delivery, int timeout_ms) = 0;
  // Serves delivery reports and statistics.
  virtual void Poll(int timeout_ms) = 0;
  virtual Status Flush(int timeout_ms) = 0;
  virtual int OutQueueLength() = 0;

  // Transactions (only on a producer created with a transactional.id).
  virtual Status InitTransactions(int timeout_ms) = 0;
  virtual Status BeginTransaction() = 0;
  virtual Status SendOffsetsToTransaction(const std::vector<TopicPartition>& offsets,
                                          const rd_kafka_consumer_group_metadata_t* group,
                                          int timeout_ms) = 0;
  virtual Status CommitTransaction(int timeout_ms) = 0;
  virtual Status AbortTransaction(int timeout_ms) = 0;
};

}  // namespace newswire::kafka
