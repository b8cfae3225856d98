// What the real-broker tier exists for: the transactional guarantees that
// librdkafka 2.0.2's mock cluster does not implement (it writes no
// transaction markers, so read_committed readers see aborted records, and it
// discards offsets sent in a transaction). These tests pin them on the real
// broker with a plain librdkafka client, independently of newswire, so a
// failure here points at the broker setup (scripts/kafka-local.sh), not at
// the pipeline.
#include <gtest/gtest.h>

#include "realkafka/realkafka_support.h"

namespace newswire::realkafka {
namespace {

struct ErrorDeleter {
  void operator()(rd_kafka_error_t* e) const { rd_kafka_error_destroy(e); }
};
using ErrorPtr = std::unique_ptr<rd_kafka_error_t, ErrorDeleter>;
struct GroupMetadataDeleter {
  void operator()(rd_kafka_consumer_group_metadata_t* m) const {
    rd_kafka_consumer_group_metadata_destroy(m);
  }
};

// Fails the test with the error's text when `e` is set.
#define ASSERT_NO_KAFKA_ERROR(call)                                           \
  do {                                                                        \
    ErrorPtr err_(call);                                                      \
    ASSERT_FALSE(err_) << #call << ": " << rd_kafka_error_string(err_.get()); \
  } while (0)

KafkaPtr TransactionalProducer(const std::string& transactional_id) {
  ConfPtr conf = MakeConf(
      Bootstrap(), {{"transactional.id", transactional_id}, {"transaction.timeout.ms", "10000"}});
  char errstr[512];
  rd_kafka_t* rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf.get(), errstr, sizeof errstr);
  if (rk == nullptr) throw std::runtime_error(errstr);
  conf.release();
  return KafkaPtr(rk);
}

void ProduceOne(rd_kafka_t* rk, const std::string& topic, const std::string& value) {
  void* payload = const_cast<char*>(value.data());
  const size_t len = value.size();
  rd_kafka_resp_err_t err = rd_kafka_producev(
      rk, RD_KAFKA_V_TOPIC(topic.c_str()), RD_KAFKA_V_VALUE(payload, len), RD_KAFKA_V_PARTITION(0),
      RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END);
  if (err) throw std::runtime_error(std::string("produce: ") + rd_kafka_err2str(err));
}

std::vector<std::string> Values(const std::vector<Record>& records) {
  std::vector<std::string> values;
  for (const auto& r : records) values.push_back(r.value);
  return values;
}

TEST(BrokerSemantics, ReadCommittedReaderSkipsAbortedTransactions) {
  NEWSWIRE_REQUIRE_BROKER();
  Admin admin(Bootstrap());
  const std::string topic = UniqueName("txn");
  admin.CreateTopic(topic, 1);
  KafkaPtr producer = TransactionalProducer(UniqueName("txn-id"));
  ASSERT_NO_KAFKA_ERROR(rd_kafka_init_transactions(producer.get(), 30000));

  ASSERT_NO_KAFKA_ERROR(rd_kafka_begin_transaction(producer.get()));
  ProduceOne(producer.get(), topic, "aborted-1");
  ProduceOne(producer.get(), topic, "aborted-2");
  ASSERT_EQ(rd_kafka_flush(producer.get(), 10000), RD_KAFKA_RESP_ERR_NO_ERROR);
  ASSERT_NO_KAFKA_ERROR(rd_kafka_abort_transaction(producer.get(), 30000));

  ASSERT_NO_KAFKA_ERROR(rd_kafka_begin_transaction(producer.get()));
  ProduceOne(producer.get(), topic, "committed-1");
  ASSERT_NO_KAFKA_ERROR(rd_kafka_commit_transaction(producer.get(), 30000));

  Reader committed(Bootstrap(), topic, Isolation::kReadCommitted);
  ASSERT_TRUE(committed.PollUntil([](const auto& r) { return !r.empty(); }, 20s));
  committed.PollUntilQuiet(1s, 5s);
  EXPECT_EQ(Values(committed.Records()), std::vector<std::string>{"committed-1"});

  Reader uncommitted(Bootstrap(), topic, Isolation::kReadUncommitted);
  ASSERT_TRUE(uncommitted.PollUntil([](const auto& r) { return r.size() >= 3; }, 20s));
  EXPECT_EQ(Values(uncommitted.Records()),
            (std::vector<std::string>{"aborted-1", "aborted-2", "committed-1"}));
}

TEST(BrokerSemantics, OffsetsSentInATransactionAreCommittedWithIt) {
  NEWSWIRE_REQUIRE_BROKER();
  Admin admin(Bootstrap());
  const std::string input = UniqueName("in");
  const std::string output = UniqueName("out");
  const std::string group = UniqueName("group");
  admin.CreateTopic(input, 1);
  admin.CreateTopic(output, 1);

  KafkaPtr producer = TransactionalProducer(UniqueName("txn-id"));
  ASSERT_NO_KAFKA_ERROR(rd_kafka_init_transactions(producer.get(), 30000));
  std::unique_ptr<rd_kafka_consumer_group_metadata_t, GroupMetadataDeleter> group_md(
      rd_kafka_consumer_group_metadata_new(group.c_str()));

  auto send_offset = [&](int64_t offset, bool commit) {
    ASSERT_NO_KAFKA_ERROR(rd_kafka_begin_transaction(producer.get()));
    ProduceOne(producer.get(), output, "out-" + std::to_string(offset));
    PartitionListPtr offsets(rd_kafka_topic_partition_list_new(1));
    rd_kafka_topic_partition_list_add(offsets.get(), input.c_str(), 0)->offset = offset;
    ASSERT_NO_KAFKA_ERROR(
        rd_kafka_send_offsets_to_transaction(producer.get(), offsets.get(), group_md.get(), 30000));
    if (commit) {
      ASSERT_NO_KAFKA_ERROR(rd_kafka_commit_transaction(producer.get(), 30000));
    } else {
      ASSERT_NO_KAFKA_ERROR(rd_kafka_abort_transaction(producer.get(), 30000));
    }
  };
  send_offset(7, true);
  send_offset(9, false);  // aborted: the group's offset must stay 7

  ConfPtr conf = MakeConf(Bootstrap(), {{"group.id", group}});
  char errstr[512];
  KafkaPtr consumer(rd_kafka_new(RD_KAFKA_CONSUMER, conf.get(), errstr, sizeof errstr));
  ASSERT_TRUE(consumer) << errstr;
  conf.release();
  PartitionListPtr parts(rd_kafka_topic_partition_list_new(1));
  rd_kafka_topic_partition_list_add(parts.get(), input.c_str(), 0);
  ASSERT_EQ(rd_kafka_committed(consumer.get(), parts.get(), 15000), RD_KAFKA_RESP_ERR_NO_ERROR);
  EXPECT_EQ(parts->elems[0].err, RD_KAFKA_RESP_ERR_NO_ERROR);
  EXPECT_EQ(parts->elems[0].offset, 7);
  rd_kafka_consumer_close(consumer.get());
}

}  // namespace
}  // namespace newswire::realkafka
