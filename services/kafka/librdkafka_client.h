// Consumer and Producer over librdkafka's C API.
//
// Properties: the given map is applied untouched after newswire's defaults,
// so any librdkafka property (SASL, SSL, tuning) can be passed through.
// Consumer defaults: enable.auto.commit=false, enable.auto.offset.store=false,
// isolation.level=read_committed, auto.offset.reset=earliest,
// enable.partition.eof=false. Producer: enable.idempotence=true; with a
// transactional id, transactional.id is set.
//
// Errors in configuration return nullptr with a message naming the property.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "kafka/client.h"

namespace newswire::kafka {

using Properties = std::map<std::string, std::string>;
using StatsCallback = std::function<void(std::string_view json)>;

struct ConsumerOptions {
  std::string bootstrap_servers;
  std::string group_id;
  Properties properties;
  RebalanceListener* listener = nullptr;  // borrowed; must outlive the consumer or Close()
  StatsCallback on_stats;                 // needs statistics.interval.ms > 0
};

struct ProducerOptions {
  std::string bootstrap_servers;
  std::string transactional_id;  // empty: idempotent, not transactional
  Properties properties;
  StatsCallback on_stats;
};

std::unique_ptr<Consumer> CreateConsumer(ConsumerOptions options, std::string* error);
std::unique_ptr<Producer> CreateProducer(ProducerOptions options, std::string* error);

// Builds an rd_kafka_conf_t from properties; nullptr + *error on a bad one.
ConfHandle BuildConf(const Properties& properties, std::string* error);

}  // namespace newswire::kafka
