// The newswire configuration: one typed struct, one schema (schema.cc) that
// gives every key its type, default, description and validator, one loader.
//
// Sources, later wins:
//   1. defaults (the member initialisers below, documented in the schema);
//   2. the YAML file;
//   3. environment overrides NEWSWIRE__<SECTION>__<KEY>=value, double
//      underscore = one level of nesting, names case-insensitive:
//        NEWSWIRE__KAFKA__BOOTSTRAP_SERVERS=broker:9092   -> kafka.bootstrap_servers
//        NEWSWIRE__TOPICS__INPUT=a,b                       -> topics.input (comma list)
//      Inside the librdkafka pass-through maps a single '_' stands for '.':
//        NEWSWIRE__KAFKA__CONSUMER__SASL_PASSWORD=x        -> kafka.consumer["sasl.password"]
//      Lists and routing also accept YAML flow syntax: '[{types: [AID], topic: t}]'.
//
// Unknown keys, bad types and failed validators are errors naming the key and
// where it came from (file:line:column, or the environment variable); the
// loader reports every problem, not only the first.
//
// Threading: Load* are pure functions of their inputs (plus the hostname for
// the default transactional id); a Config is a value, copy it freely.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

namespace newswire::config {

enum class DeliveryMode { kExactlyOnce, kAtLeastOnce };
enum class OutputFormat { kJson, kProtobuf };

// Sends events of any of `types` additionally to `topic`.
struct Route {
  std::vector<std::string> types;  // MEETING, VISIT, ... (validated)
  std::string topic;
};

struct Config {
  struct Kafka {
    std::string bootstrap_servers;  // empty => embedded mock cluster
    std::string group_id = "newswire";
    std::map<std::string, std::string> consumer;  // librdkafka properties, untouched
    std::map<std::string, std::string> producer;
  } kafka;
  struct Topics {
    std::vector<std::string> input{"news.articles"};
    std::string events = "news.events";
    std::string enriched = "news.articles.enriched";
    std::string dlq = "news.articles.dlq";
  } topics;
  struct Delivery {
    DeliveryMode mode = DeliveryMode::kExactlyOnce;
    std::string transactional_id;  // derived after loading when empty
    int64_t commit_interval_ms = 100;
    int64_t max_batch = 500;
  } delivery;
  struct Pipeline {
    int64_t workers = 2;
    int64_t queue_capacity = 1000;
    int64_t max_article_bytes = 1 << 20;
  } pipeline;
  struct Output {
    OutputFormat format = OutputFormat::kJson;
  } output;
  std::vector<Route> routing;
  struct Extract {
    std::string configs_dir;  // derived after loading when empty
  } extract;
  struct Metrics {
    std::string listen = "0.0.0.0:9464";  // empty disables the HTTP endpoint
  } metrics;
  struct Log {
    std::string level = "info";
  } log;
  struct Shutdown {
    int64_t timeout_ms = 10000;
  } shutdown;

  // Where the config came from (empty for strings); relative paths in the
  // file are resolved against its directory.
  std::filesystem::path source_file;
};

struct ConfigError {
  std::string key;       // dotted key, e.g. "pipeline.workers" ("" for the file)
  std::string location;  // "file.yaml:12:3" or "env NEWSWIRE__PIPELINE__WORKERS"
  std::string message;
  std::string ToString() const;  // "file.yaml:12:3: pipeline.workers: must be >= 1"
};

using Environment = std::map<std::string, std::string>;
using LoadResult = common::Result<Config, std::vector<ConfigError>>;

// NEWSWIRE__* variables of this process.
Environment ProcessEnvironment();

LoadResult LoadFile(const std::filesystem::path& file, const Environment& env);
// `name` is used in error locations; relative paths resolve against `base_dir`.
LoadResult LoadString(std::string_view yaml, std::string_view name,
                      const std::filesystem::path& base_dir, const Environment& env);

// The effective configuration as YAML, every secret value (log::IsSecretKey)
// replaced by "***". Safe to print and log.
std::string ToRedactedYaml(const Config& config);

// The schema, for documentation (`newswire check-config --keys`).
struct KeyInfo {
  std::string key;
  std::string type;
  std::string default_value;
  std::string description;
};
std::vector<KeyInfo> DescribeKeys();

// The event types routing may name (proto/newswire/v1/newswire.proto).
const std::vector<std::string>& KnownEventTypes();

}  // namespace newswire::config
