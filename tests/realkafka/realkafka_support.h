// Test support for the real-broker tier: small RAII wrappers of librdkafka's
// C API (admin, producer, reader), a handle on a `newswire run` child
// process, and helpers to run other programs (kcat, `newswire extract`,
// scripts/kafka-local.sh). The tests treat the newswire binary as a black
// box: nothing here uses the pipeline's own classes.
//
// The broker: NEWSWIRE_TEST_BOOTSTRAP=host:port (scripts/test.sh starts one
// with scripts/kafka-local.sh). Unset: every test skips with a message.
//
// Errors in the helpers throw std::runtime_error with a message naming what
// failed; gtest reports it as the test's failure.
// Threading: every object belongs to the thread that made it.
#pragma once

#include <librdkafka/rdkafka.h>
#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newswire::realkafka {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

// The broker under test, or "" when NEWSWIRE_TEST_BOOTSTRAP is unset.
std::string Bootstrap();

inline constexpr const char* kSkipMessage =
    "real-broker test: set NEWSWIRE_TEST_BOOTSTRAP=host:port to run it, e.g.\n"
    "  NEWSWIRE_TEST_BOOTSTRAP=$(scripts/kafka-local.sh start) ctest --test-dir build -L "
    "realkafka\n"
    "(scripts/test.sh does this; scripts/kafka-local.sh stop ends the broker)";

// Skips the current test when no broker is configured.
#define NEWSWIRE_REQUIRE_BROKER()                          \
  do {                                                     \
    if (::newswire::realkafka::Bootstrap().empty())        \
      GTEST_SKIP() << ::newswire::realkafka::kSkipMessage; \
  } while (0)

// A name unique to this test, this process and this call, e.g.
// "rk-ExactlyOnce-input-4711-3-1732666000": topics and groups never collide
// with earlier runs against the same broker.
std::string UniqueName(std::string_view what);

// The newswire binary under test: NEWSWIRE_BINARY_DIR/bin/newswire.
std::string NewswireBinary();

// The gazetteer and lexicons both the daemon and `newswire extract` use:
// $NEWSWIRE_TEST_CONFIGS_DIR, else NEWSWIRE_SOURCE_DIR/configs.
std::string ConfigsDir();

// ---------------------------------------------------------------- librdkafka
struct KafkaDeleter {
  void operator()(rd_kafka_t* rk) const { rd_kafka_destroy(rk); }
};
struct ConfDeleter {
  void operator()(rd_kafka_conf_t* c) const { rd_kafka_conf_destroy(c); }
};
struct QueueDeleter {
  void operator()(rd_kafka_queue_t* q) const { rd_kafka_queue_destroy(q); }
};
struct EventDeleter {
  void operator()(rd_kafka_event_t* e) const { rd_kafka_event_destroy(e); }
};
struct MessageDeleter {
  void operator()(rd_kafka_message_t* m) const { rd_kafka_message_destroy(m); }
};
struct PartitionListDeleter {
  void operator()(rd_kafka_topic_partition_list_t* l) const {
    rd_kafka_topic_partition_list_destroy(l);
  }
};
struct HeadersDeleter {
  void operator()(rd_kafka_headers_t* h) const { rd_kafka_headers_destroy(h); }
};
using KafkaPtr = std::unique_ptr<rd_kafka_t, KafkaDeleter>;
using ConfPtr = std::unique_ptr<rd_kafka_conf_t, ConfDeleter>;
using QueuePtr = std::unique_ptr<rd_kafka_queue_t, QueueDeleter>;
using EventPtr = std::unique_ptr<rd_kafka_event_t, EventDeleter>;
using MessagePtr = std::unique_ptr<rd_kafka_message_t, MessageDeleter>;
using PartitionListPtr = std::unique_ptr<rd_kafka_topic_partition_list_t, PartitionListDeleter>;
using HeadersPtr = std::unique_ptr<rd_kafka_headers_t, HeadersDeleter>;

// A configuration with bootstrap.servers set and `props` applied; throws on
// an unknown property.
ConfPtr MakeConf(const std::string& bootstrap,
                 const std::map<std::string, std::string>& props = {});

using Headers = std::vector<std::pair<std::string, std::string>>;

struct Record {
  std::string topic;
  int32_t partition = 0;
  int64_t offset = 0;
  std::optional<std::string> key;
  std::string value;
  Headers headers;
  // The last header called `name`, if any.
  std::optional<std::string> Header(std::string_view name) const;
};

// Topic administration through the Admin API.
class Admin {
 public:
  explicit Admin(const std::string& bootstrap);
  // Creates `topic` with `partitions` partitions (replication factor 1) and
  // waits until its metadata shows every partition with a leader.
  void CreateTopic(const std::string& topic, int partitions);

  struct Member {
    std::string client_id;
    std::string consumer_id;
    std::vector<std::pair<std::string, int32_t>> assignment;  // topic, partition
  };
  // The members of consumer group `group` and their assignments (empty when
  // the group has none, e.g. it does not exist yet).
  std::vector<Member> DescribeGroup(const std::string& group);

 private:
  KafkaPtr rk_;
};

// An idempotent producer (acks=all). Send() queues; Flush() waits for every
// delivery report and throws when any record failed.
class Producer {
 public:
  explicit Producer(const std::string& bootstrap);
  ~Producer();
  void Send(const std::string& topic, std::optional<std::string_view> key, std::string_view value,
            const Headers& headers = {});
  void Flush(std::chrono::milliseconds timeout = 30s);

 private:
  static void OnDelivery(rd_kafka_t*, const rd_kafka_message_t* m, void* opaque);
  KafkaPtr rk_;
  int failed_ = 0;
  std::string first_error_;
};

enum class Isolation { kReadCommitted, kReadUncommitted };

// Reads every partition of one topic from the beginning, without a consumer
// group (manual assignment), so it never disturbs the pipeline's group.
class Reader {
 public:
  Reader(const std::string& bootstrap, const std::string& topic, Isolation isolation);
  ~Reader();
  // Appends everything that arrives within `wait` to Records() and returns
  // the number of new records.
  size_t Poll(std::chrono::milliseconds wait);
  // Polls until `done(Records())` holds or `timeout` passes; returns whether
  // it held.
  bool PollUntil(const std::function<bool(const std::vector<Record>&)>& done,
                 std::chrono::milliseconds timeout);
  // Polls until no record arrived for `quiet` (or `timeout` passed).
  void PollUntilQuiet(std::chrono::milliseconds quiet, std::chrono::milliseconds timeout);
  const std::vector<Record>& Records() const { return records_; }

 private:
  std::string topic_;
  KafkaPtr rk_;
  std::vector<Record> records_;
};

// ---------------------------------------------------------------- processes
struct ProcessResult {
  int exit_code = -1;  // -1: killed by a signal or timed out
  bool timed_out = false;
  std::string out;
  std::string err;
};

// Runs `argv` (argv[0] looked up in PATH), feeding `stdin_file` ("" for
// /dev/null), and waits at most `timeout` (then SIGKILL).
ProcessResult RunProgram(const std::vector<std::string>& argv, const std::string& stdin_file,
                         std::chrono::milliseconds timeout,
                         const std::vector<std::string>& extra_env = {});

// A scratch directory removed with this object (kept, for the daemons' logs
// and configs, when NEWSWIRE_TEST_KEEP_DIRS=1).
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  // Writes `content` to path()/name and returns the full path.
  std::string Write(const std::string& name, std::string_view content) const;

 private:
  std::filesystem::path path_;
};

// What a `newswire run` instance is told (rendered as its YAML config file).
struct DaemonOptions {
  std::string bootstrap;  // "" leaves kafka.bootstrap_servers out of the file
  std::string group_id;
  std::string input_topic;
  std::string events_topic;
  std::string enriched_topic;
  std::string dlq_topic;
  std::string delivery_mode = "exactly_once";  // or "at_least_once"
  std::string transactional_id;                // exactly_once only
  // delivery.commit_interval_ms; 0 keeps newswire's default. A long interval
  // keeps each transaction open long enough for a test to kill into it.
  int64_t commit_interval_ms = 0;
  // librdkafka properties passed through (kafka.consumer.* / kafka.producer.*).
  std::map<std::string, std::string> consumer_props = {{"session.timeout.ms", "6000"},
                                                       {"heartbeat.interval.ms", "1000"}};
  std::map<std::string, std::string> producer_props;
  // Further sections not set above, e.g. {"pipeline", {{"max_article_bytes", "4096"}}}.
  std::map<std::string, std::map<std::string, std::string>> extra_sections;
  // NAME=value entries added to the daemon's environment (e.g. the
  // NEWSWIRE__SECTION__KEY overrides).
  std::vector<std::string> env;
};

std::string RenderDaemonConfig(const DaemonOptions& options);

// One `newswire run --config FILE` child process. The destructor SIGKILLs it
// when still running. Its stdout and stderr go to a log file kept in `dir`.
class Daemon {
 public:
  Daemon(const TempDir& dir, std::string name, const DaemonOptions& options);
  ~Daemon();
  Daemon(const Daemon&) = delete;
  Daemon& operator=(const Daemon&) = delete;

  // Starts (or starts again, with the same config) the process.
  void Start();
  // SIGKILL, no chance to clean up; waits for the process to be gone.
  void Kill();
  // SIGTERM and waits up to `timeout` for a clean exit; returns the exit
  // code, or -1 when it had to be SIGKILLed or died by a signal.
  int Stop(std::chrono::milliseconds timeout = 30s);
  // True while the process runs (reaps it when it has exited).
  bool Running();
  // The exit status when it has exited on its own.
  std::optional<int> ExitCode() const { return exit_code_; }
  // The last `bytes` of its log, for failure messages.
  std::string LogTail(size_t bytes = 4000) const;
  const std::string& config_path() const { return config_path_; }

 private:
  std::string name_;
  std::string config_path_;
  std::string log_path_;
  std::vector<std::string> env_;
  pid_t pid_ = -1;
  std::optional<int> exit_code_;
};

// ---------------------------------------------------------------- test data
// The four topics of one pipeline under test, with unique names.
struct PipelineTopics {
  std::string input, events, enriched, dlq;
};
// Creates them: input with `input_partitions`, events and enriched with 3,
// the DLQ with 1.
PipelineTopics CreatePipelineTopics(Admin& admin, int input_partitions);
// Options for a daemon on `topics` in group `group_id`; exactly_once gets a
// unique transactional id.
DaemonOptions OptionsFor(const PipelineTopics& topics, const std::string& group_id,
                         const std::string& delivery_mode);

// Article JSON for `id`: a short diplomatic news text (one of several, in
// English, German, French, Spanish and Russian, chosen by `variant`).
std::string MakeArticleJson(const std::string& id, int variant);

// The event ids `newswire extract` finds in `articles_jsonl` (one article a
// line), i.e. what the daemon must publish for those articles. Throws when
// the command fails.
std::multiset<std::string> ExpectedEventIds(const TempDir& dir, const std::string& articles_jsonl);

// Article JSON lines with ids "<prefix>-<first>" .. "<prefix>-<last - 1>".
std::string MakeArticles(const std::string& prefix, int first, int last);
// Produces MakeArticles(prefix, first, last) to `topic`, keyed by article id.
void ProduceArticles(Producer& producer, const std::string& topic, const std::string& prefix,
                     int first, int last);

// The string field `field` of every record value that is a JSON object
// having it (records without it are skipped).
std::multiset<std::string> FieldValues(const std::vector<Record>& records, const char* field);

// Field `field` (a string) of the JSON object in `json`, or nullopt when
// `json` is not an object or the field is missing or not a string.
std::optional<std::string> JsonStringField(std::string_view json, const char* field);

// Duplicates and missing entries of `got` against `expected`, as a readable
// summary ("" when they are equal as multisets).
std::string DiffIds(const std::multiset<std::string>& expected,
                    const std::multiset<std::string>& got);

// Runs scripts/kafka-local.sh with `args`; returns its result.
ProcessResult KafkaLocal(const std::vector<std::string>& args, std::chrono::milliseconds timeout);

}  // namespace newswire::realkafka
