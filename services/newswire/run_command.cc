// newswire run: the daemon. Wires configuration, the embedded Kafka (when
// asked), metrics endpoint, engine and pipeline together, and turns signals
// into pipeline calls: SIGTERM/SIGINT -> Stop(), SIGHUP -> RequestReload().
#include <prometheus/registry.h>
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <cstdio>
#include <ctime>
#include <memory>
#include <string>
#include <thread>

#include "common/log.h"
#include "config/config.h"
#include "extract/engine.h"
#include "kafka/mock_cluster.h"
#include "metrics/http_server.h"
#include "metrics/metrics.h"
#include "newswire/commands.h"
#include "pipeline/pipeline.h"

namespace newswire::cli {
namespace {

constexpr const char* kHelp =
    "usage: newswire run --config FILE [--embedded-kafka]\n"
    "\n"
    "Runs the pipeline: consumes articles from topics.input, publishes events,\n"
    "article analyses and dead letters (see configs/newswire.yaml).\n"
    "\n"
    "  --config FILE      YAML configuration (NEWSWIRE__SECTION__KEY overrides)\n"
    "  --embedded-kafka   start librdkafka's in-process mock cluster and use it\n"
    "                     (also when kafka.bootstrap_servers is empty); prints\n"
    "                     'embedded kafka bootstrap: host:port' on stderr\n"
    "\n"
    "Signals: SIGTERM/SIGINT drain, commit and exit 0 (within\n"
    "shutdown.timeout_ms); SIGHUP reloads gazetteer, lexicons and routing.\n"
    "Exit codes: 0 clean stop, 1 fatal error (restart me), 2 usage.\n";

constexpr int kEmbeddedPartitions = 3;

common::Result<std::shared_ptr<const extract::Engine>, std::string> LoadEngine(
    const std::string& dir) {
  std::string error;
  std::unique_ptr<extract::Engine> engine = extract::Engine::Load(dir, &error);
  if (!engine) return common::MakeError("engine data in " + dir + ": " + error);
  return std::shared_ptr<const extract::Engine>(std::move(engine));
}

}  // namespace

int RunCommand(const Args& args) {
  std::string config_file;
  bool embedded = false;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--help" || args[i] == "-h") {
      std::fputs(kHelp, stdout);
      return 0;
    } else if (args[i] == "--config" && i + 1 < args.size()) {
      config_file = args[++i];
    } else if (args[i] == "--embedded-kafka") {
      embedded = true;
    } else {
      std::fprintf(stderr, "newswire run: unexpected argument '%s'\n\n%s", args[i].c_str(), kHelp);
      return 2;
    }
  }
  if (config_file.empty()) {
    std::fputs(kHelp, stderr);
    return 2;
  }
  auto loaded = config::LoadFile(config_file, config::ProcessEnvironment());
  if (!loaded.ok()) {
    for (const auto& e : loaded.error()) std::fprintf(stderr, "%s\n", e.ToString().c_str());
    return 1;
  }
  config::Config cfg = std::move(*loaded);
  log::Level level = log::Level::kInfo;
  log::ParseLevel(cfg.log.level, &level);
  log::SetLevel(level);

  // Signals are taken by one waiting thread; block them everywhere else
  // (threads created from here on inherit the mask).
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  std::unique_ptr<kafka::MockCluster> mock;
  if (embedded || cfg.kafka.bootstrap_servers.empty()) {
    std::string error;
    mock = kafka::MockCluster::Start(1, &error);
    if (!mock) {
      log::Error("cannot start the embedded Kafka", {{"detail", error}});
      return 1;
    }
    std::vector<std::string> topics = cfg.topics.input;
    for (const auto& t : {cfg.topics.events, cfg.topics.enriched, cfg.topics.dlq})
      topics.push_back(t);
    for (const auto& t : pipeline::Router(cfg.routing).AllTopics()) topics.push_back(t);
    for (const auto& t : topics) {
      if (!mock->CreateTopic(t, kEmbeddedPartitions, &error)) {
        log::Error("embedded Kafka", {{"detail", error}});
        return 1;
      }
    }
    cfg.kafka.bootstrap_servers = mock->bootstrap();
    std::fprintf(stderr, "embedded kafka bootstrap: %s\n", mock->bootstrap().c_str());
    std::fflush(stderr);
  }

  auto registry = std::make_shared<prometheus::Registry>();
  metrics::PipelineMetrics probe(*registry);
  std::unique_ptr<metrics::HttpServer> http;
  if (!cfg.metrics.listen.empty()) {
    std::string error;
    http = metrics::HttpServer::Start(cfg.metrics.listen, *registry, &error);
    if (!http) {
      log::Error("cannot start the metrics endpoint",
                 {{"listen", cfg.metrics.listen}, {"detail", error}});
      return 1;
    }
    log::Info("metrics endpoint",
              {{"listen", cfg.metrics.listen}, {"port", std::to_string(http->port())}});
  }

  auto engine = LoadEngine(cfg.extract.configs_dir);
  if (!engine.ok()) {
    log::Error("cannot load the engine", {{"detail", engine.error()}});
    return 1;
  }

  pipeline::Dependencies deps;
  deps.engine = *engine;
  deps.metrics = &probe;
  deps.on_ready = [&http](bool ready, const std::string& reason) {
    if (http) http->SetReady(ready, reason);
  };
  // SIGHUP: re-read the file (routing) and the engine data; all or nothing.
  deps.reload = [config_file]() -> common::Result<pipeline::Reloaded, std::string> {
    auto fresh = config::LoadFile(config_file, config::ProcessEnvironment());
    if (!fresh.ok()) {
      std::string all;
      for (const auto& e : fresh.error()) all += e.ToString() + "; ";
      return common::MakeError(all);
    }
    auto engine = LoadEngine(fresh->extract.configs_dir);
    if (!engine.ok()) return common::MakeError(engine.error());
    return pipeline::Reloaded{*engine, std::make_shared<const pipeline::Router>(fresh->routing)};
  };

  auto created = pipeline::Pipeline::Create(cfg, std::move(deps));
  if (!created.ok()) {
    log::Error("cannot start the pipeline", {{"detail", created.error()}});
    return 1;
  }
  pipeline::Pipeline& pipe = **created;

  std::atomic<bool> done{false};
  std::thread signal_thread([&] {
    timespec tick{0, 200 * 1000 * 1000};
    while (!done.load()) {
      int sig = sigtimedwait(&signals, nullptr, &tick);
      if (sig == SIGHUP) {
        log::Info("SIGHUP: reloading");
        pipe.RequestReload();
      } else if (sig == SIGINT || sig == SIGTERM) {
        log::Info("signal received, shutting down",
                  {{"signal", sig == SIGINT ? "SIGINT" : "SIGTERM"}});
        pipe.Stop();
      }
    }
  });
  int rc = pipe.Run();
  done.store(true);
  signal_thread.join();
  created->reset();  // pipeline (and its clients) before the embedded cluster
  log::Info("newswire exiting", {{"code", std::to_string(rc)}});
  return rc;
}

}  // namespace newswire::cli
