// RAII ownership of librdkafka C handles: every handle is a unique_ptr with
// the library's own destroy function, so no path leaks or double-frees.
#pragma once

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include <memory>

namespace newswire::kafka {

template <auto Fn>
struct Deleter {
  template <typename T>
  void operator()(T* p) const {
    if (p != nullptr) Fn(p);
  }
};

using ConfHandle = std::unique_ptr<rd_kafka_conf_t, Deleter<rd_kafka_conf_destroy>>;
using ClientHandle = std::unique_ptr<rd_kafka_t, Deleter<rd_kafka_destroy>>;
using PartitionListHandle = std::unique_ptr<rd_kafka_topic_partition_list_t,
                                            Deleter<rd_kafka_topic_partition_list_destroy>>;
using MessageHandle = std::unique_ptr<rd_kafka_message_t, Deleter<rd_kafka_message_destroy>>;
using HeadersHandle = std::unique_ptr<rd_kafka_headers_t, Deleter<rd_kafka_headers_destroy>>;
using ErrorHandle = std::unique_ptr<rd_kafka_error_t, Deleter<rd_kafka_error_destroy>>;
using GroupMetadataHandle = std::unique_ptr<rd_kafka_consumer_group_metadata_t,
                                            Deleter<rd_kafka_consumer_group_metadata_destroy>>;
using MockClusterHandle =
    std::unique_ptr<rd_kafka_mock_cluster_t, Deleter<rd_kafka_mock_cluster_destroy>>;

}  // namespace newswire::kafka
