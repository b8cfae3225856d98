// The embedded Kafka: librdkafka's in-process mock cluster, for
// `newswire run --embedded-kafka`, the demo and the integration tests.
//
// Caveats of Debian's librdkafka 2.0.2 mock (documented in README.md):
// it does not enforce transactional guarantees (read_committed consumers
// may see aborted records) and discards offsets sent in a transaction, so
// committed group offsets are only observable in at-least-once mode. The
// real-broker tier (tests/realkafka) covers those guarantees.
//
// Threading: the cluster runs on its own librdkafka threads; the methods
// here may be called from any thread.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "kafka/handles.h"

namespace newswire::kafka {

class MockCluster {
 public:
  // Starts `brokers` brokers listening on localhost (ephemeral ports).
  static std::unique_ptr<MockCluster> Start(int brokers, std::string* error);
  ~MockCluster();
  MockCluster(const MockCluster&) = delete;
  MockCluster& operator=(const MockCluster&) = delete;

  // "127.0.0.1:port,..." for bootstrap.servers (kcat can connect too).
  const std::string& bootstrap() const { return bootstrap_; }

  bool CreateTopic(const std::string& topic, int partitions, std::string* error);

  // Fault injection: the next errors.size() requests of `api_key`
  // (e.g. RD_KAFKAP_Produce = 0) fail with the given codes, in order.
  void PushRequestErrors(int16_t api_key, const std::vector<rd_kafka_resp_err_t>& errors);
  void SetBrokerDown(int32_t broker_id);  // ids start at 1
  void SetBrokerUp(int32_t broker_id);

  rd_kafka_mock_cluster_t* raw() { return cluster_.get(); }

 private:
  MockCluster() = default;
  ClientHandle handle_;  // owns the cluster's threads; destroyed after cluster_
  MockClusterHandle cluster_;
  std::string bootstrap_;
};

}  // namespace newswire::kafka
