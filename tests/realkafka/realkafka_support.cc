#include "realkafka/realkafka_support.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace newswire::realkafka {
namespace {

struct NewTopicDeleter {
  void operator()(rd_kafka_NewTopic_t* t) const { rd_kafka_NewTopic_destroy(t); }
};
struct AdminOptionsDeleter {
  void operator()(rd_kafka_AdminOptions_t* o) const { rd_kafka_AdminOptions_destroy(o); }
};
struct MetadataDeleter {
  void operator()(const rd_kafka_metadata_t* m) const { rd_kafka_metadata_destroy(m); }
};
using NewTopicPtr = std::unique_ptr<rd_kafka_NewTopic_t, NewTopicDeleter>;
using AdminOptionsPtr = std::unique_ptr<rd_kafka_AdminOptions_t, AdminOptionsDeleter>;
using MetadataPtr = std::unique_ptr<const rd_kafka_metadata_t, MetadataDeleter>;

[[noreturn]] void Fail(const std::string& what) { throw std::runtime_error(what); }

KafkaPtr MakeHandle(rd_kafka_type_t type, ConfPtr conf) {
  char errstr[512];
  rd_kafka_t* rk = rd_kafka_new(type, conf.get(), errstr, sizeof errstr);
  if (rk == nullptr) Fail(std::string("rd_kafka_new: ") + errstr);
  conf.release();  // owned by rk now
  return KafkaPtr(rk);
}

// The topic's metadata, or nullptr when the broker does not know it (yet).
MetadataPtr TopicMetadata(rd_kafka_t* rk, const std::string& topic) {
  const rd_kafka_metadata_t* md = nullptr;
  if (rd_kafka_metadata(rk, 1, nullptr, &md, 5000) != RD_KAFKA_RESP_ERR_NO_ERROR) return nullptr;
  MetadataPtr owned(md);
  for (int i = 0; i < md->topic_cnt; ++i) {
    if (topic == md->topics[i].topic && md->topics[i].err == RD_KAFKA_RESP_ERR_NO_ERROR)
      return owned;
  }
  return nullptr;
}

const rd_kafka_metadata_topic_t* FindTopic(const rd_kafka_metadata_t* md,
                                           const std::string& topic) {
  for (int i = 0; i < md->topic_cnt; ++i)
    if (topic == md->topics[i].topic) return &md->topics[i];
  return nullptr;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// fork/exec with the child's stdin/stdout/stderr redirected to files, run
// in `cwd`, killed when this process dies (PR_SET_PDEATHSIG) so no test
// leaves a daemon behind. Everything the child needs is prepared before
// fork(): only async-signal-safe calls happen between fork and exec.
pid_t Spawn(const std::vector<std::string>& argv, const std::vector<std::string>& extra_env,
            const std::string& stdin_path, const std::string& stdout_path,
            const std::string& stderr_path, bool append, const std::string& cwd) {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  std::vector<std::string> env_storage;
  for (char** e = environ; *e != nullptr; ++e) env_storage.emplace_back(*e);
  for (const auto& e : extra_env) env_storage.push_back(e);
  std::vector<char*> env;
  for (auto& e : env_storage) env.push_back(e.data());
  env.push_back(nullptr);
  // execvpe semantics without the non-async-signal-safe PATH walk in the child.
  std::string program = argv.at(0);
  if (program.find('/') == std::string::npos) {
    const char* path = std::getenv("PATH");
    std::stringstream dirs(path != nullptr ? path : "/usr/bin:/bin");
    std::string dir;
    while (std::getline(dirs, dir, ':')) {
      std::string candidate = dir + "/" + program;
      if (access(candidate.c_str(), X_OK) == 0) {
        program = candidate;
        break;
      }
    }
  }
  const int out_flags = O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC);
  const pid_t parent = getpid();
  pid_t pid = fork();
  if (pid < 0) Fail(std::string("fork: ") + std::strerror(errno));
  if (pid == 0) {
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(127);
    int in = open(stdin_path.empty() ? "/dev/null" : stdin_path.c_str(), O_RDONLY);
    int out = open(stdout_path.c_str(), out_flags, 0644);
    int err = stderr_path == stdout_path ? out : open(stderr_path.c_str(), out_flags, 0644);
    if (in < 0 || out < 0 || err < 0) _exit(127);
    dup2(in, 0);
    dup2(out, 1);
    dup2(err, 2);
    if (!cwd.empty() && chdir(cwd.c_str()) != 0) _exit(127);
    execve(program.c_str(), args.data(), env.data());
    _exit(127);
  }
  return pid;
}

std::atomic<int> name_counter{0};

const char* const kArticleTexts[] = {
    // en
    "President Ilham Aliyev met President Alexander Lukashenko of Belarus in Baku on Monday. "
    "Aliyev thanked Lukashenko for the tractors Belarus had donated to Shusha. The two "
    "presidents praised the successful development of bilateral relations.",
    // de
    "Der Präsident von Aserbaidschan drückte sein Beileid für die Opfer des Unfalls an einem "
    "Bahnhof in Serbien aus. Der Präsident von Serbien bedankte sich für das Beileid. Am 11. "
    "November traf sich Ilham Aliyev mit Alexander Lukaschenko, dem Präsidenten der Republik "
    "Belarus.",
    // fr
    "Le président Emmanuel Macron a rencontré le chancelier allemand Friedrich Merz à Paris. "
    "Macron a remercié l'Allemagne pour son soutien et a félicité Merz pour son élection.",
    // es
    "El presidente de España, Pedro Sánchez, se reunió con el presidente de Francia, Emmanuel "
    "Macron, en Madrid. Sánchez felicitó a Macron y ambos elogiaron la cooperación bilateral.",
    // ru
    "Президент Азербайджана Ильхам Алиев встретился с президентом Беларуси Александром "
    "Лукашенко. Алиев поблагодарил Лукашенко за тракторы, подаренные Шуше.",
};

}  // namespace

std::string Bootstrap() {
  const char* b = std::getenv("NEWSWIRE_TEST_BOOTSTRAP");
  return b != nullptr ? b : "";
}

std::string UniqueName(std::string_view what) {
  std::string test = "test";
  if (const auto* info = ::testing::UnitTest::GetInstance()->current_test_info())
    test = std::string(info->test_suite_name()) + "." + info->name();
  std::string name = "rk-" + test + "-" + std::string(what) + "-" + std::to_string(getpid()) + "-" +
                     std::to_string(++name_counter) + "-" +
                     std::to_string(std::chrono::duration_cast<std::chrono::seconds>(
                                        std::chrono::system_clock::now().time_since_epoch())
                                        .count());
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '.' && c != '_') c = '_';
  return name;
}

std::string NewswireBinary() { return std::string(NEWSWIRE_BINARY_DIR) + "/bin/newswire"; }

std::string ConfigsDir() {
  const char* dir = std::getenv("NEWSWIRE_TEST_CONFIGS_DIR");
  return dir != nullptr && *dir != '\0' ? dir : std::string(NEWSWIRE_SOURCE_DIR) + "/configs";
}

ConfPtr MakeConf(const std::string& bootstrap, const std::map<std::string, std::string>& props) {
  ConfPtr conf(rd_kafka_conf_new());
  char errstr[512];
  auto set = [&](const std::string& k, const std::string& v) {
    if (rd_kafka_conf_set(conf.get(), k.c_str(), v.c_str(), errstr, sizeof errstr) !=
        RD_KAFKA_CONF_OK)
      Fail("librdkafka property " + k + "=" + v + ": " + errstr);
  };
  set("bootstrap.servers", bootstrap);
  set("client.id", "newswire-realkafka-test");
  for (const auto& [k, v] : props) set(k, v);
  return conf;
}

std::optional<std::string> Record::Header(std::string_view name) const {
  std::optional<std::string> found;
  for (const auto& [k, v] : headers)
    if (k == name) found = v;
  return found;
}

// ---------------------------------------------------------------- Admin
Admin::Admin(const std::string& bootstrap)
    : rk_(MakeHandle(RD_KAFKA_PRODUCER, MakeConf(bootstrap))) {}

void Admin::CreateTopic(const std::string& topic, int partitions) {
  char errstr[512];
  NewTopicPtr nt(rd_kafka_NewTopic_new(topic.c_str(), partitions, 1, errstr, sizeof errstr));
  if (!nt) Fail("NewTopic " + topic + ": " + errstr);
  QueuePtr queue(rd_kafka_queue_new(rk_.get()));
  AdminOptionsPtr options(rd_kafka_AdminOptions_new(rk_.get(), RD_KAFKA_ADMIN_OP_CREATETOPICS));
  rd_kafka_AdminOptions_set_operation_timeout(options.get(), 20000, errstr, sizeof errstr);
  rd_kafka_NewTopic_t* topics[] = {nt.get()};
  rd_kafka_CreateTopics(rk_.get(), topics, 1, options.get(), queue.get());
  EventPtr ev(rd_kafka_queue_poll(queue.get(), 30000));
  if (!ev) Fail("CreateTopics " + topic + ": no answer within 30 s");
  if (rd_kafka_event_error(ev.get()))
    Fail("CreateTopics " + topic + ": " + rd_kafka_event_error_string(ev.get()));
  size_t n = 0;
  const rd_kafka_topic_result_t** results =
      rd_kafka_CreateTopics_result_topics(rd_kafka_event_CreateTopics_result(ev.get()), &n);
  for (size_t i = 0; i < n; ++i) {
    rd_kafka_resp_err_t err = rd_kafka_topic_result_error(results[i]);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR && err != RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS)
      Fail("CreateTopics " + topic + ": " + rd_kafka_err2str(err));
  }
  const auto deadline = Clock::now() + 30s;
  while (Clock::now() < deadline) {
    if (MetadataPtr md = TopicMetadata(rk_.get(), topic)) {
      const rd_kafka_metadata_topic_t* t = FindTopic(md.get(), topic);
      bool ready = t != nullptr && t->partition_cnt == partitions;
      for (int p = 0; ready && p < t->partition_cnt; ++p)
        ready = t->partitions[p].leader >= 0 && t->partitions[p].err == RD_KAFKA_RESP_ERR_NO_ERROR;
      if (ready) return;
    }
    std::this_thread::sleep_for(200ms);
  }
  Fail("topic " + topic + " has no leader for every partition after 30 s");
}

std::vector<Admin::Member> Admin::DescribeGroup(const std::string& group) {
  char errstr[512];
  QueuePtr queue(rd_kafka_queue_new(rk_.get()));
  AdminOptionsPtr options(
      rd_kafka_AdminOptions_new(rk_.get(), RD_KAFKA_ADMIN_OP_DESCRIBECONSUMERGROUPS));
  rd_kafka_AdminOptions_set_request_timeout(options.get(), 10000, errstr, sizeof errstr);
  const char* groups[] = {group.c_str()};
  rd_kafka_DescribeConsumerGroups(rk_.get(), groups, 1, options.get(), queue.get());
  EventPtr ev(rd_kafka_queue_poll(queue.get(), 15000));
  if (!ev) Fail("DescribeConsumerGroups " + group + ": no answer within 15 s");
  if (rd_kafka_event_error(ev.get()))
    Fail("DescribeConsumerGroups " + group + ": " + rd_kafka_event_error_string(ev.get()));
  size_t n = 0;
  const rd_kafka_ConsumerGroupDescription_t** descs = rd_kafka_DescribeConsumerGroups_result_groups(
      rd_kafka_event_DescribeConsumerGroups_result(ev.get()), &n);
  std::vector<Member> members;
  for (size_t i = 0; i < n; ++i) {
    if (rd_kafka_ConsumerGroupDescription_error(descs[i]) != nullptr) continue;
    for (size_t m = 0; m < rd_kafka_ConsumerGroupDescription_member_count(descs[i]); ++m) {
      const rd_kafka_MemberDescription_t* md =
          rd_kafka_ConsumerGroupDescription_member(descs[i], m);
      Member member;
      member.client_id = rd_kafka_MemberDescription_client_id(md);
      member.consumer_id = rd_kafka_MemberDescription_consumer_id(md);
      const rd_kafka_topic_partition_list_t* parts =
          rd_kafka_MemberAssignment_partitions(rd_kafka_MemberDescription_assignment(md));
      for (int p = 0; parts != nullptr && p < parts->cnt; ++p)
        member.assignment.emplace_back(parts->elems[p].topic, parts->elems[p].partition);
      members.push_back(std::move(member));
    }
  }
  return members;
}

// ---------------------------------------------------------------- Producer
Producer::Producer(const std::string& bootstrap) {
  ConfPtr conf = MakeConf(bootstrap, {{"enable.idempotence", "true"},
                                      {"acks", "all"},
                                      {"linger.ms", "5"},
                                      {"message.timeout.ms", "60000"}});
  rd_kafka_conf_set_dr_msg_cb(conf.get(), &Producer::OnDelivery);
  rd_kafka_conf_set_opaque(conf.get(), this);
  rk_ = MakeHandle(RD_KAFKA_PRODUCER, std::move(conf));
}

Producer::~Producer() { rd_kafka_flush(rk_.get(), 10000); }

void Producer::OnDelivery(rd_kafka_t*, const rd_kafka_message_t* m, void* opaque) {
  if (m->err == RD_KAFKA_RESP_ERR_NO_ERROR) return;
  auto* self = static_cast<Producer*>(opaque);
  if (self->failed_++ == 0) self->first_error_ = rd_kafka_err2str(m->err);
}

void Producer::Send(const std::string& topic, std::optional<std::string_view> key,
                    std::string_view value, const Headers& headers) {
  // Plain locals: the librdkafka varargs macros cast their arguments unparenthesised.
  const void* key_ptr = key ? key->data() : nullptr;
  const size_t key_len = key ? key->size() : 0;
  void* value_ptr = const_cast<char*>(value.data());
  const size_t value_len = value.size();
  for (int attempt = 0;; ++attempt) {
    HeadersPtr hdrs(rd_kafka_headers_new(headers.size()));
    for (const auto& [k, v] : headers)
      rd_kafka_header_add(hdrs.get(), k.data(), static_cast<ssize_t>(k.size()), v.data(),
                          static_cast<ssize_t>(v.size()));
    rd_kafka_resp_err_t err = rd_kafka_producev(
        rk_.get(), RD_KAFKA_V_TOPIC(topic.c_str()), RD_KAFKA_V_KEY(key_ptr, key_len),
        RD_KAFKA_V_VALUE(value_ptr, value_len), RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
        RD_KAFKA_V_HEADERS(hdrs.get()), RD_KAFKA_V_END);
    if (err == RD_KAFKA_RESP_ERR_NO_ERROR) {
      hdrs.release();  // owned by the message now
      rd_kafka_poll(rk_.get(), 0);
      return;
    }
    if (err != RD_KAFKA_RESP_ERR__QUEUE_FULL || attempt > 100)
      Fail("produce to " + topic + ": " + rd_kafka_err2str(err));
    rd_kafka_poll(rk_.get(), 100);
  }
}

void Producer::Flush(std::chrono::milliseconds timeout) {
  rd_kafka_flush(rk_.get(), static_cast<int>(timeout.count()));
  if (int left = rd_kafka_outq_len(rk_.get()); left > 0)
    Fail("producer: " + std::to_string(left) + " records not delivered after flush");
  if (failed_ > 0)
    Fail("producer: " + std::to_string(failed_) + " records failed, first: " + first_error_);
}

// ---------------------------------------------------------------- Reader
Reader::Reader(const std::string& bootstrap, const std::string& topic, Isolation isolation)
    : topic_(topic) {
  ConfPtr conf =
      MakeConf(bootstrap,
               {{"group.id", UniqueName("reader")},  // never joins: partitions are assigned by hand
                {"enable.auto.commit", "false"},
                {"enable.partition.eof", "false"},
                {"isolation.level",
                 isolation == Isolation::kReadCommitted ? "read_committed" : "read_uncommitted"}});
  rk_ = MakeHandle(RD_KAFKA_CONSUMER, std::move(conf));
  rd_kafka_poll_set_consumer(rk_.get());
  MetadataPtr md;
  const auto deadline = Clock::now() + 30s;
  while (!(md = TopicMetadata(rk_.get(), topic)) && Clock::now() < deadline)
    std::this_thread::sleep_for(200ms);
  if (!md) Fail("reader: topic " + topic + " does not exist");
  const rd_kafka_metadata_topic_t* t = FindTopic(md.get(), topic);
  PartitionListPtr parts(rd_kafka_topic_partition_list_new(t->partition_cnt));
  for (int p = 0; p < t->partition_cnt; ++p)
    rd_kafka_topic_partition_list_add(parts.get(), topic.c_str(), t->partitions[p].id)->offset =
        RD_KAFKA_OFFSET_BEGINNING;
  if (rd_kafka_resp_err_t err = rd_kafka_assign(rk_.get(), parts.get()))
    Fail("reader: assign " + topic + ": " + rd_kafka_err2str(err));
}

Reader::~Reader() { rd_kafka_consumer_close(rk_.get()); }

size_t Reader::Poll(std::chrono::milliseconds wait) {
  const size_t before = records_.size();
  const auto deadline = Clock::now() + wait;
  do {
    MessagePtr m(rd_kafka_consumer_poll(rk_.get(), 100));
    if (!m) continue;
    if (m->err != RD_KAFKA_RESP_ERR_NO_ERROR) continue;  // transient (e.g. a broker restart)
    Record r;
    r.topic = rd_kafka_topic_name(m->rkt);
    r.partition = m->partition;
    r.offset = m->offset;
    if (m->key != nullptr) r.key.emplace(static_cast<const char*>(m->key), m->key_len);
    if (m->payload != nullptr) r.value.assign(static_cast<const char*>(m->payload), m->len);
    rd_kafka_headers_t* hdrs = nullptr;
    if (rd_kafka_message_headers(m.get(), &hdrs) == RD_KAFKA_RESP_ERR_NO_ERROR) {
      const char* name;
      const void* value;
      size_t size;
      for (size_t i = 0;
           rd_kafka_header_get_all(hdrs, i, &name, &value, &size) == RD_KAFKA_RESP_ERR_NO_ERROR;
           ++i)
        r.headers.emplace_back(
            name, value != nullptr ? std::string(static_cast<const char*>(value), size) : "");
    }
    records_.push_back(std::move(r));
  } while (Clock::now() < deadline);
  return records_.size() - before;
}

bool Reader::PollUntil(const std::function<bool(const std::vector<Record>&)>& done,
                       std::chrono::milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  while (!done(records_)) {
    if (Clock::now() >= deadline) return false;
    Poll(200ms);
  }
  return true;
}

void Reader::PollUntilQuiet(std::chrono::milliseconds quiet, std::chrono::milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  while (Clock::now() < deadline && Poll(quiet) > 0) {
  }
}

// ---------------------------------------------------------------- processes
ProcessResult RunProgram(const std::vector<std::string>& argv, const std::string& stdin_file,
                         std::chrono::milliseconds timeout,
                         const std::vector<std::string>& extra_env) {
  TempDir dir;
  const std::string out = (dir.path() / "stdout").string();
  const std::string err = (dir.path() / "stderr").string();
  pid_t pid = Spawn(argv, extra_env, stdin_file, out, err, false, NEWSWIRE_SOURCE_DIR);
  ProcessResult result;
  const auto deadline = Clock::now() + timeout;
  int status = 0;
  while (waitpid(pid, &status, WNOHANG) == 0) {
    if (Clock::now() >= deadline) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      result.timed_out = true;
      break;
    }
    std::this_thread::sleep_for(20ms);
  }
  if (!result.timed_out && WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  result.out = ReadFile(out);
  result.err = ReadFile(err);
  return result;
}

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "newswire-rk-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) Fail(std::string("mkdtemp: ") + std::strerror(errno));
  path_ = pattern;
}

TempDir::~TempDir() {
  if (const char* keep = std::getenv("NEWSWIRE_TEST_KEEP_DIRS"); keep != nullptr && *keep == '1') {
    std::cerr << "kept " << path_ << " (NEWSWIRE_TEST_KEEP_DIRS=1)\n";
    return;
  }
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::string TempDir::Write(const std::string& name, std::string_view content) const {
  const std::string p = (path_ / name).string();
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  if (!out) Fail("cannot write " + p);
  return p;
}

std::string RenderDaemonConfig(const DaemonOptions& o) {
  // Values are quoted: topic names and ids are plain ASCII (UniqueName).
  std::ostringstream y;
  y << "kafka:\n";
  if (!o.bootstrap.empty()) y << "  bootstrap_servers: \"" << o.bootstrap << "\"\n";
  y << "  group_id: \"" << o.group_id << "\"\n";
  if (!o.consumer_props.empty()) {
    y << "  consumer:\n";
    for (const auto& [k, v] : o.consumer_props) y << "    " << k << ": \"" << v << "\"\n";
  }
  if (!o.producer_props.empty()) {
    y << "  producer:\n";
    for (const auto& [k, v] : o.producer_props) y << "    " << k << ": \"" << v << "\"\n";
  }
  y << "topics:\n"
    << "  input: [\"" << o.input_topic << "\"]\n"
    << "  events: \"" << o.events_topic << "\"\n"
    << "  enriched: \"" << o.enriched_topic << "\"\n"
    << "  dlq: \"" << o.dlq_topic << "\"\n"
    << "delivery:\n"
    << "  mode: " << o.delivery_mode << "\n";
  if (!o.transactional_id.empty()) y << "  transactional_id: \"" << o.transactional_id << "\"\n";
  if (o.commit_interval_ms > 0) y << "  commit_interval_ms: " << o.commit_interval_ms << "\n";
  // The config file lives in a scratch directory: name the checkout's
  // gazetteer and lexicons, and let every instance pick a free metrics port.
  y << "extract:\n"
    << "  configs_dir: \"" << ConfigsDir() << "\"\n"
    << "metrics:\n"
    << "  listen: \"127.0.0.1:0\"\n";
  for (const auto& [section, keys] : o.extra_sections) {
    y << section << ":\n";
    for (const auto& [k, v] : keys) y << "  " << k << ": " << v << "\n";  // raw YAML scalar
  }
  return y.str();
}

Daemon::Daemon(const TempDir& dir, std::string name, const DaemonOptions& options)
    : name_(std::move(name)) {
  config_path_ = dir.Write(name_ + ".yaml", RenderDaemonConfig(options));
  env_ = options.env;
  log_path_ = (dir.path() / (name_ + ".log")).string();
}

Daemon::~Daemon() {
  if (pid_ > 0) Kill();
}

void Daemon::Start() {
  if (Running()) Fail("daemon " + name_ + " is already running");
  if (access(NewswireBinary().c_str(), X_OK) != 0)
    Fail(NewswireBinary() + " is not built (cmake --build <dir> --target newswire)");
  exit_code_.reset();
  {
    std::ofstream marker(log_path_, std::ios::app);
    marker << "---- newswire run (" << name_ << ") started by the test ----\n";
  }
  pid_ = Spawn({NewswireBinary(), "run", "--config", config_path_}, env_, "", log_path_, log_path_,
               true, NEWSWIRE_SOURCE_DIR);
}

void Daemon::Kill() {
  if (pid_ <= 0) return;
  kill(pid_, SIGKILL);
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
}

int Daemon::Stop(std::chrono::milliseconds timeout) {
  if (!Running()) return exit_code_.value_or(-1);
  kill(pid_, SIGTERM);
  const auto deadline = Clock::now() + timeout;
  while (Running()) {
    if (Clock::now() >= deadline) {
      Kill();
      return -1;
    }
    std::this_thread::sleep_for(50ms);
  }
  return exit_code_.value_or(-1);
}

bool Daemon::Running() {
  if (pid_ <= 0) return false;
  int status = 0;
  pid_t r = waitpid(pid_, &status, WNOHANG);
  if (r == 0) return true;
  exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  pid_ = -1;
  return false;
}

std::string Daemon::LogTail(size_t bytes) const {
  const std::string log = ReadFile(log_path_);
  // The tail is mostly client noise during an outage: list the lines that
  // say why the daemon stopped or gave up first, wherever they are.
  std::string causes;
  std::istringstream lines(log);
  for (std::string line; std::getline(lines, line);) {
    if (line.find("\"level\":\"error\"") != std::string::npos &&
        line.find("\"msg\":\"librdkafka\"") == std::string::npos &&
        line.find("\"msg\":\"delivery failed\"") == std::string::npos)
      causes += line + "\n";
    if (causes.size() > bytes) break;
  }
  std::string out = "---- log of " + name_ + " (" + log_path_ + ") ----\n";
  if (!causes.empty()) out += "-- its error lines:\n" + causes + "-- its tail:\n";
  out += log.size() > bytes ? "..." + log.substr(log.size() - bytes) : log;
  return out;
}

// ---------------------------------------------------------------- test data
std::string MakeArticleJson(const std::string& id, int variant) {
  constexpr int kTexts = sizeof kArticleTexts / sizeof kArticleTexts[0];
  static const char* const kLangs[kTexts] = {"en", "de", "fr", "es", "ru"};
  const int v = ((variant % kTexts) + kTexts) % kTexts;
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.StartObject();
  w.Key("id");
  w.String(id.c_str());
  w.Key("source");
  w.String("realkafka-test");
  w.Key("published_at");
  w.String("2024-11-12T09:00:00Z");
  w.Key("lang");
  w.String(kLangs[v]);
  w.Key("title");
  w.String(("Test article " + id).c_str());
  w.Key("text");
  w.String(kArticleTexts[v]);
  w.EndObject();
  return buf.GetString();
}

PipelineTopics CreatePipelineTopics(Admin& admin, int input_partitions) {
  PipelineTopics t{UniqueName("input"), UniqueName("events"), UniqueName("enriched"),
                   UniqueName("dlq")};
  admin.CreateTopic(t.input, input_partitions);
  admin.CreateTopic(t.events, 3);
  admin.CreateTopic(t.enriched, 3);
  admin.CreateTopic(t.dlq, 1);
  return t;
}

DaemonOptions OptionsFor(const PipelineTopics& topics, const std::string& group_id,
                         const std::string& delivery_mode) {
  DaemonOptions o;
  o.bootstrap = Bootstrap();
  o.group_id = group_id;
  o.input_topic = topics.input;
  o.events_topic = topics.events;
  o.enriched_topic = topics.enriched;
  o.dlq_topic = topics.dlq;
  o.delivery_mode = delivery_mode;
  if (delivery_mode == "exactly_once") {
    o.transactional_id = UniqueName("txn");
    // A killed instance's open transaction blocks read_committed readers of
    // its partitions until the coordinator aborts it: keep that short.
    o.producer_props["transaction.timeout.ms"] = "10000";
  }
  return o;
}

std::string MakeArticles(const std::string& prefix, int first, int last) {
  std::string out;
  for (int i = first; i < last; ++i) {
    out += MakeArticleJson(prefix + "-" + std::to_string(i), i);
    out += '\n';
  }
  return out;
}

void ProduceArticles(Producer& producer, const std::string& topic, const std::string& prefix,
                     int first, int last) {
  for (int i = first; i < last; ++i) {
    const std::string id = prefix + "-" + std::to_string(i);
    producer.Send(topic, id, MakeArticleJson(id, i));
  }
  producer.Flush();
}

std::multiset<std::string> FieldValues(const std::vector<Record>& records, const char* field) {
  std::multiset<std::string> values;
  for (const auto& r : records)
    if (auto v = JsonStringField(r.value, field)) values.insert(*v);
  return values;
}

std::multiset<std::string> ExpectedEventIds(const TempDir& dir, const std::string& articles_jsonl) {
  const std::string file = dir.Write("expected-input.jsonl", articles_jsonl);
  ProcessResult r =
      RunProgram({NewswireBinary(), "extract", "--configs", ConfigsDir(), file}, "", 120s);
  if (r.exit_code != 0)
    Fail("newswire extract exited " + std::to_string(r.exit_code) + ": " + r.err);
  std::multiset<std::string> ids;
  std::istringstream lines(r.out);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty()) continue;
    auto id = JsonStringField(line, "event_id");
    if (!id) Fail("newswire extract printed a line without event_id: " + line);
    ids.insert(*id);
  }
  return ids;
}

std::optional<std::string> JsonStringField(std::string_view json, const char* field) {
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  if (doc.HasParseError() || !doc.IsObject()) return std::nullopt;
  auto it = doc.FindMember(field);
  if (it == doc.MemberEnd() || !it->value.IsString()) return std::nullopt;
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

std::string DiffIds(const std::multiset<std::string>& expected,
                    const std::multiset<std::string>& got) {
  std::ostringstream out;
  size_t missing = 0, duplicated = 0, unexpected = 0;
  std::string first_missing, first_duplicated, first_unexpected;
  std::set<std::string> all(expected.begin(), expected.end());
  all.insert(got.begin(), got.end());
  for (const auto& id : all) {
    const size_t e = expected.count(id), g = got.count(id);
    if (g < e) {
      if (missing == 0) first_missing = id;
      missing += e - g;
    } else if (g > e && e > 0) {
      if (duplicated == 0) first_duplicated = id;
      duplicated += g - e;
    } else if (g > e) {
      if (unexpected == 0) first_unexpected = id;
      unexpected += g;
    }
  }
  if (missing) out << missing << " missing (e.g. " << first_missing << "); ";
  if (duplicated) out << duplicated << " duplicates (e.g. " << first_duplicated << "); ";
  if (unexpected) out << unexpected << " unexpected (e.g. " << first_unexpected << "); ";
  if (missing || duplicated || unexpected)
    out << "expected " << expected.size() << ", got " << got.size();
  return out.str();
}

ProcessResult KafkaLocal(const std::vector<std::string>& args, std::chrono::milliseconds timeout) {
  std::vector<std::string> argv = {std::string(NEWSWIRE_SOURCE_DIR) + "/scripts/kafka-local.sh"};
  argv.insert(argv.end(), args.begin(), args.end());
  return RunProgram(argv, "", timeout);
}

}  // namespace newswire::realkafka
