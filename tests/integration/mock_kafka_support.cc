#include "integration/mock_kafka_support.h"

#include <gtest/gtest.h>

#include <atomic>
#include <functional>
#include <set>

#include "kafka/librdkafka_client.h"

namespace newswire::testing {
namespace {

kafka::ClientHandle NewClient(rd_kafka_type_t type, const kafka::Properties& props) {
  std::string error;
  kafka::ConfHandle conf = kafka::BuildConf(props, &error);
  EXPECT_TRUE(conf) << error;
  if (!conf) return nullptr;
  char errstr[512];
  rd_kafka_t* rk = rd_kafka_new(type, conf.get(), errstr, sizeof errstr);
  EXPECT_NE(rk, nullptr) << errstr;
  if (rk != nullptr) conf.release();
  return kafka::ClientHandle(rk);
}

std::string Unique(const std::string& prefix) {
  static std::atomic<int> n{0};
  return prefix + "-" + std::to_string(::getpid()) + "-" + std::to_string(n++);
}

}  // namespace

std::unique_ptr<kafka::MockCluster> StartMockKafka(const std::vector<std::string>& extra) {
  std::string error;
  auto mock = kafka::MockCluster::Start(1, &error);
  EXPECT_TRUE(mock) << error;
  if (!mock) return nullptr;
  std::vector<std::string> topics = {"news.articles", "news.events", "news.articles.enriched",
                                     "news.articles.dlq"};
  topics.insert(topics.end(), extra.begin(), extra.end());
  for (const auto& t : topics) EXPECT_TRUE(mock->CreateTopic(t, kPartitions, &error)) << error;
  return mock;
}

config::Config TestConfig(const std::string& bootstrap, config::DeliveryMode mode) {
  config::Config c;
  c.kafka.bootstrap_servers = bootstrap;
  c.kafka.group_id = Unique("it-group");
  c.kafka.consumer["session.timeout.ms"] = "6000";
  c.delivery.mode = mode;
  c.delivery.transactional_id = Unique("it-txn");
  c.delivery.commit_interval_ms = 50;
  c.delivery.max_batch = 20;
  c.pipeline.workers = 2;
  c.pipeline.queue_capacity = 16;
  c.metrics.listen = "";
  c.shutdown.timeout_ms = 10000;
  return c;
}

void ProduceAll(const std::string& bootstrap, const std::string& topic,
                const std::vector<std::pair<std::string, std::string>>& records) {
  kafka::ClientHandle rk = NewClient(
      RD_KAFKA_PRODUCER, {{"bootstrap.servers", bootstrap}, {"enable.idempotence", "true"}});
  ASSERT_TRUE(rk);
  for (const auto& [key, value] : records) {
    rd_kafka_resp_err_t err =
        rd_kafka_producev(rk.get(), RD_KAFKA_V_TOPIC(topic.c_str()),
                          RD_KAFKA_V_KEY(const_cast<char*>(key.data()), key.size()),
                          RD_KAFKA_V_VALUE(const_cast<char*>(value.data()), value.size()),
                          RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END);
    ASSERT_EQ(err, RD_KAFKA_RESP_ERR_NO_ERROR) << rd_kafka_err2str(err);
  }
  ASSERT_EQ(rd_kafka_flush(rk.get(), 20000), RD_KAFKA_RESP_ERR_NO_ERROR);
}

namespace {

// Reads `topic` from the beginning of all partitions (no group) until
// `done(records so far)` or `timeout`.
std::vector<kafka::Record> ReadTopicWhile(
    const std::string& bootstrap, const std::string& topic, std::chrono::milliseconds timeout,
    const std::function<bool(const std::vector<kafka::Record>&)>& done) {
  std::vector<kafka::Record> out;
  kafka::ClientHandle rk = NewClient(RD_KAFKA_CONSUMER, {{"bootstrap.servers", bootstrap},
                                                         {"group.id", Unique("it-reader")},
                                                         {"enable.auto.commit", "false"},
                                                         {"isolation.level", "read_committed"}});
  if (!rk) return out;
  kafka::PartitionListHandle parts(rd_kafka_topic_partition_list_new(kPartitions));
  for (int p = 0; p < kPartitions; ++p) {
    rd_kafka_topic_partition_list_add(parts.get(), topic.c_str(), p)->offset =
        RD_KAFKA_OFFSET_BEGINNING;
  }
  rd_kafka_poll_set_consumer(rk.get());
  EXPECT_EQ(rd_kafka_assign(rk.get(), parts.get()), RD_KAFKA_RESP_ERR_NO_ERROR);
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!done(out) && std::chrono::steady_clock::now() < deadline) {
    kafka::MessageHandle msg(rd_kafka_consumer_poll(rk.get(), 100));
    if (!msg || msg->err) continue;
    kafka::Record r;
    r.topic = topic;
    r.partition = msg->partition;
    r.offset = msg->offset;
    if (msg->key) r.key.emplace(static_cast<const char*>(msg->key), msg->key_len);
    if (msg->payload) r.value.assign(static_cast<const char*>(msg->payload), msg->len);
    rd_kafka_headers_t* hdrs = nullptr;
    if (rd_kafka_message_headers(msg.get(), &hdrs) == RD_KAFKA_RESP_ERR_NO_ERROR) {
      const char* name;
      const void* value;
      size_t size;
      for (size_t i = 0;
           rd_kafka_header_get_all(hdrs, i, &name, &value, &size) == RD_KAFKA_RESP_ERR_NO_ERROR;
           ++i) {
        r.headers.push_back({name, std::string(static_cast<const char*>(value), size)});
      }
    }
    out.push_back(std::move(r));
  }
  rd_kafka_consumer_close(rk.get());
  return out;
}

}  // namespace

std::vector<kafka::Record> ReadTopic(const std::string& bootstrap, const std::string& topic,
                                     size_t want, std::chrono::milliseconds timeout) {
  return ReadTopicWhile(bootstrap, topic, timeout,
                        [want](const std::vector<kafka::Record>& r) { return r.size() >= want; });
}

std::vector<kafka::Record> ReadTopicUntilKeys(const std::string& bootstrap,
                                              const std::string& topic,
                                              const std::set<std::string>& want,
                                              std::chrono::milliseconds timeout) {
  std::set<std::string> seen;
  size_t counted = 0;
  return ReadTopicWhile(bootstrap, topic, timeout, [&](const std::vector<kafka::Record>& r) {
    for (; counted < r.size(); ++counted) {
      if (r[counted].key && want.count(*r[counted].key)) seen.insert(*r[counted].key);
    }
    return seen.size() == want.size();
  });
}

std::map<int32_t, int64_t> CommittedOffsets(const std::string& bootstrap, const std::string& group,
                                            const std::string& topic) {
  std::map<int32_t, int64_t> out;
  kafka::ClientHandle rk = NewClient(
      RD_KAFKA_CONSUMER,
      {{"bootstrap.servers", bootstrap}, {"group.id", group}, {"enable.auto.commit", "false"}});
  if (!rk) return out;
  kafka::PartitionListHandle parts(rd_kafka_topic_partition_list_new(kPartitions));
  for (int p = 0; p < kPartitions; ++p)
    rd_kafka_topic_partition_list_add(parts.get(), topic.c_str(), p);
  rd_kafka_resp_err_t err = rd_kafka_committed(rk.get(), parts.get(), 10000);
  EXPECT_EQ(err, RD_KAFKA_RESP_ERR_NO_ERROR) << rd_kafka_err2str(err);
  for (int i = 0; i < parts->cnt; ++i) out[parts->elems[i].partition] = parts->elems[i].offset;
  rd_kafka_consumer_close(rk.get());
  return out;
}

int64_t EndOffsetSum(const std::string& bootstrap, const std::string& topic) {
  kafka::ClientHandle rk =
      NewClient(RD_KAFKA_CONSUMER, {{"bootstrap.servers", bootstrap}, {"group.id", Unique("wm")}});
  int64_t sum = 0;
  for (int p = 0; p < kPartitions; ++p) {
    int64_t lo = 0, hi = 0;
    rd_kafka_resp_err_t err =
        rd_kafka_query_watermark_offsets(rk.get(), topic.c_str(), p, &lo, &hi, 10000);
    EXPECT_EQ(err, RD_KAFKA_RESP_ERR_NO_ERROR) << rd_kafka_err2str(err);
    sum += hi;
  }
  return sum;
}

BackgroundPipeline::BackgroundPipeline(const config::Config& config, pipeline::Dependencies deps) {
  auto created = pipeline::Pipeline::Create(config, std::move(deps));
  EXPECT_TRUE(created.ok()) << (created.ok() ? "" : created.error());
  if (!created.ok()) return;
  pipeline_ = std::move(*created);
  thread_ = std::thread([this] { rc_ = pipeline_->Run(); });
}

BackgroundPipeline::~BackgroundPipeline() {
  if (!joined_ && pipeline_) StopAndJoin();
}

int BackgroundPipeline::StopAndJoin(std::chrono::milliseconds* took) {
  auto start = std::chrono::steady_clock::now();
  if (pipeline_) pipeline_->Stop();
  if (thread_.joinable()) thread_.join();
  joined_ = true;
  if (took != nullptr) {
    *took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                  start);
  }
  return rc_;
}

std::map<std::string, std::string> HeaderMap(const kafka::Record& r) {
  std::map<std::string, std::string> h;
  for (const auto& x : r.headers) h[x.key] = x.value;
  return h;
}

}  // namespace newswire::testing
