// Helpers for pipeline tests against librdkafka's in-process mock cluster:
// a cluster with the pipeline's topics, a plain producer for input, a reader
// for output topics, committed-offset queries, and a pipeline running on a
// background thread. Everything talks to a bootstrap string, so the same
// tests can be pointed at a real broker.
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "config/config.h"
#include "kafka/client.h"
#include "kafka/mock_cluster.h"
#include "pipeline/pipeline.h"

namespace newswire::testing {

inline constexpr int kPartitions = 3;

// A mock cluster with the default topics (3 partitions each) plus `extra`.
std::unique_ptr<kafka::MockCluster> StartMockKafka(const std::vector<std::string>& extra = {});

// A config for tests: the given bootstrap, a unique group id and
// transactional id, short commit interval, no metrics endpoint.
config::Config TestConfig(const std::string& bootstrap, config::DeliveryMode mode);

// Produces (key, value) records synchronously (flushes; fails the test on
// error).
void ProduceAll(const std::string& bootstrap, const std::string& topic,
                const std::vector<std::pair<std::string, std::string>>& records);

// Reads `topic` from the beginning of all partitions (no group) until at
// least `want` records arrived or `timeout` passed; returns what it read.
std::vector<kafka::Record> ReadTopic(const std::string& bootstrap, const std::string& topic,
                                     size_t want, std::chrono::milliseconds timeout);

// Reads `topic` from the beginning until the records' keys include every key
// of `want` or `timeout` passed. Use this, not a record count, wherever a
// record may be delivered twice (at-least-once after a fault or rebalance;
// the mock shows aborted transactional records too): a count can be reached
// by duplicates before the last distinct key arrives.
std::vector<kafka::Record> ReadTopicUntilKeys(const std::string& bootstrap,
                                              const std::string& topic,
                                              const std::set<std::string>& want,
                                              std::chrono::milliseconds timeout);

// Committed offsets of `group` for topic partitions 0..kPartitions-1
// (-1001 where nothing is committed).
std::map<int32_t, int64_t> CommittedOffsets(const std::string& bootstrap, const std::string& group,
                                            const std::string& topic);

// Sum of the end offsets (high watermarks) of the partitions of `topic`.
int64_t EndOffsetSum(const std::string& bootstrap, const std::string& topic);

// Runs a Pipeline on a background thread.
class BackgroundPipeline {
 public:
  BackgroundPipeline(const config::Config& config, pipeline::Dependencies deps);
  ~BackgroundPipeline();
  pipeline::Pipeline& pipeline() { return *pipeline_; }
  // Stop() and join; returns Run()'s exit code and how long stopping took.
  int StopAndJoin(std::chrono::milliseconds* took = nullptr);

 private:
  std::unique_ptr<pipeline::Pipeline> pipeline_;
  std::thread thread_;
  int rc_ = -1;
  bool joined_ = false;
};

std::map<std::string, std::string> HeaderMap(const kafka::Record& r);

}  // namespace newswire::testing
