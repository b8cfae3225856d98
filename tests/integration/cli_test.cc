// The newswire binary as an operator uses it: check-config, extract, and
// `run --embedded-kafka` stopped by SIGTERM.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

extern char** environ;

namespace {

namespace fs = std::filesystem;

std::string Binary() { return std::string(NEWSWIRE_BINARY_DIR) + "/bin/newswire"; }
std::string Source(const std::string& rel) { return std::string(NEWSWIRE_SOURCE_DIR) + "/" + rel; }

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("newswire-cli-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& content) {
    std::string p = (dir_ / name).string();
    std::ofstream(p, std::ios::binary) << content;
    return p;
  }
  static std::string Read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }

  struct Result {
    int code = -1;
    std::string out, err;
  };
  // Runs a shell command line with stdout/stderr captured.
  Result Shell(const std::string& cmd) {
    std::string out = (dir_ / "out").string(), err = (dir_ / "err").string();
    int status = std::system((cmd + " >" + out + " 2>" + err).c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, Read(out), Read(err)};
  }

  fs::path dir_;
};

TEST_F(CliTest, CheckConfigReportsEveryProblemWithKeyAndLine) {
  std::string cfg = Write("bad.yaml",
                          "kafka:\n"
                          "  group_id: g\n"
                          "  bootstrap_servrs: x\n"
                          "pipeline:\n"
                          "  workers: -3\n"
                          "delivery: {mode: maybe}\n");
  Result r = Shell(Binary() + " check-config " + cfg);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("bad.yaml:3:3: kafka.bootstrap_servrs: unknown key"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("bad.yaml:5:12: pipeline.workers: must be in [1, 256], got -3"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("delivery.mode"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("3 problem(s)"), std::string::npos) << r.err;
}

TEST_F(CliTest, CheckConfigPrintsTheEffectiveConfigRedacted) {
  std::string cfg = Write("ok.yaml",
                          "kafka:\n"
                          "  bootstrap_servers: b:9092\n"
                          "  consumer: {sasl.password: hunter2, security.protocol: SASL_SSL}\n");
  Result r = Shell("NEWSWIRE__PIPELINE__WORKERS=7 " + Binary() + " check-config " + cfg);
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.find("hunter2"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("sasl.password: \"***\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("security.protocol: SASL_SSL"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("workers: 7"), std::string::npos) << r.out;
}

TEST_F(CliTest, ExtractReportsBadLinesByNumberAndKeepsGoing) {
  std::string input = Write(
      "in.jsonl",
      R"({"id":"g1","lang":"en","text":"President Joe Biden met Chinese President Xi Jinping in Lima on Saturday."})"
      "\n"
      "{broken\n"
      "\n"
      R"({"id":"g2","text":""})"
      "\n"
      R"({"id":"g3","lang":"de","text":"Bundeskanzler Olaf Scholz traf am Mittwoch den französischen Präsidenten Emmanuel Macron in Berlin."})"
      "\n");
  Result r = Shell(Binary() + " extract --configs " + Source("configs") + " < " + input);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("<stdin>:2: invalid_json"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("<stdin>:4: empty_text"), std::string::npos) << r.err;
  std::istringstream lines(r.out);
  int n = 0;
  for (std::string line; std::getline(lines, line); ++n) {
    EXPECT_TRUE(line.find("\"article_id\":\"g1\"") != std::string::npos ||
                line.find("\"article_id\":\"g3\"") != std::string::npos)
        << line;
    EXPECT_NE(line.find("\"event_id\":\""), std::string::npos) << line;
  }
  EXPECT_GE(n, 1) << "the good lines still produce events";

  Result same = Shell(Binary() + " extract --configs " + Source("configs") + " < " + input);
  EXPECT_EQ(same.out, r.out) << "deterministic output, ids included";
}

TEST_F(CliTest, RunWithEmbeddedKafkaStopsCleanlyOnSigterm) {
  std::string log = (dir_ / "run.log").string();
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  std::string bin = Binary(), cfg = Source("configs/newswire.yaml");
  std::vector<std::string> env_strings = {"NEWSWIRE__METRICS__LISTEN=127.0.0.1:0"};
  for (char** e = environ; *e != nullptr; ++e) env_strings.emplace_back(*e);
  std::vector<char*> envp;
  for (auto& s : env_strings) envp.push_back(s.data());
  envp.push_back(nullptr);
  std::vector<char*> argv = {bin.data(),
                             const_cast<char*>("run"),
                             const_cast<char*>("--config"),
                             cfg.data(),
                             const_cast<char*>("--embedded-kafka"),
                             nullptr};
  pid_t pid = 0;
  ASSERT_EQ(posix_spawn(&pid, bin.c_str(), &actions, nullptr, argv.data(), envp.data()), 0);
  posix_spawn_file_actions_destroy(&actions);

  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  bool running = false;
  while (!running && std::chrono::steady_clock::now() < deadline) {
    running = Read(log).find("\"msg\":\"pipeline running\"") != std::string::npos;
    int status;
    if (!running && waitpid(pid, &status, WNOHANG) == pid) FAIL() << "exited early:\n" << Read(log);
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ASSERT_TRUE(running) << Read(log);
  EXPECT_NE(Read(log).find("embedded kafka bootstrap: 127.0.0.1:"), std::string::npos);

  auto stop_start = std::chrono::steady_clock::now();
  kill(pid, SIGTERM);
  int status = 0;
  pid_t done = 0;
  while (done == 0 && std::chrono::steady_clock::now() - stop_start < std::chrono::seconds(15)) {
    done = waitpid(pid, &status, WNOHANG);
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  if (done == 0) {
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
    FAIL() << "did not stop within 15 s of SIGTERM:\n" << Read(log);
  }
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0) << Read(log);
  std::string text = Read(log);
  EXPECT_NE(text.find("\"signal\":\"SIGTERM\""), std::string::npos) << text;
  EXPECT_NE(text.find("\"msg\":\"pipeline stopped\""), std::string::npos) << text;
  EXPECT_NE(text.find("\"clean\":\"true\""), std::string::npos) << text;
}

TEST_F(CliTest, RunRefusesABadConfig) {
  std::string cfg = Write("bad.yaml", "pipeline: {workerz: 2}\n");
  Result r = Shell(Binary() + " run --config " + cfg);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("pipeline.workerz: unknown key"), std::string::npos) << r.err;
  Result usage = Shell(Binary() + " run");
  EXPECT_EQ(usage.code, 2);
}

}  // namespace
