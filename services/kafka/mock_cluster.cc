#include "kafka/mock_cluster.h"

#include "kafka/librdkafka_client.h"

namespace newswire::kafka {

std::unique_ptr<MockCluster> MockCluster::Start(int brokers, std::string* error) {
  // A dedicated, otherwise idle client owns the mock brokers' threads.
  ConfHandle conf =
      BuildConf({{"client.id", "newswire-embedded-kafka"}, {"log_level", "3"}}, error);
  if (!conf) return nullptr;
  char errstr[512];
  rd_kafka_t* rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf.get(), errstr, sizeof errstr);
  if (rk == nullptr) {
    if (error != nullptr)
      *error = std::string("cannot create the mock cluster's client: ") + errstr;
    return nullptr;
  }
  conf.release();
  std::unique_ptr<MockCluster> mc(new MockCluster());  // private constructor
  mc->handle_.reset(rk);
  mc->cluster_.reset(rd_kafka_mock_cluster_new(rk, brokers));
  if (!mc->cluster_) {
    if (error != nullptr) *error = "rd_kafka_mock_cluster_new failed";
    return nullptr;
  }
  mc->bootstrap_ = rd_kafka_mock_cluster_bootstraps(mc->cluster_.get());
  return mc;
}

MockCluster::~MockCluster() = default;

bool MockCluster::CreateTopic(const std::string& topic, int partitions, std::string* error) {
  rd_kafka_resp_err_t err =
      rd_kafka_mock_topic_create(cluster_.get(), topic.c_str(), partitions, 1);
  if (err != RD_KAFKA_RESP_ERR_NO_ERROR && err != RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS) {
    if (error != nullptr) *error = "create topic " + topic + ": " + rd_kafka_err2str(err);
    return false;
  }
  return true;
}

void MockCluster::PushRequestErrors(int16_t api_key,
                                    const std::vector<rd_kafka_resp_err_t>& errors) {
  rd_kafka_mock_push_request_errors_array(cluster_.get(), api_key, errors.size(), errors.data());
}

void MockCluster::SetBrokerDown(int32_t broker_id) {
  rd_kafka_mock_broker_set_down(cluster_.get(), broker_id);
}

void MockCluster::SetBrokerUp(int32_t broker_id) {
  rd_kafka_mock_broker_set_up(cluster_.get(), broker_id);
}

}  // namespace newswire::kafka
