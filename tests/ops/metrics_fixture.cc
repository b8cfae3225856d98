// A stand-in for the daemon's operations endpoint: serves HttpServer with a
// PipelineMetrics probe fed with a little of everything, so the ops tests
// (promtool check metrics, the real-Prometheus scrape, the container health
// script, metric-name cross-checks of alerts and dashboard) have a realistic
// exposition without Kafka.
//
//   newswire_metrics_fixture [--listen HOST:PORT] [--ready|--not-ready]
//                            [--kafka-stats FILE]
//
// Prints "listening on <port>" on stdout once serving, then runs until
// SIGTERM or SIGINT. Exit 0 after a signal, 2 on bad usage or start failure.
#include <prometheus/registry.h>
#include <signal.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "metrics/http_server.h"
#include "metrics/metrics.h"

namespace {

int Usage() {
  std::fputs(
      "usage: newswire_metrics_fixture [--listen HOST:PORT] [--ready|--not-ready] "
      "[--kafka-stats FILE]\n",
      stderr);
  return 2;
}

void Feed(newswire::metrics::PipelineMetrics& m, const std::string& stats) {
  for (int i = 0; i < 10; ++i) m.ArticleConsumed();
  m.EventProduced("MEETING", "de");
  m.EventProduced("PRAISE", "en");
  m.EventProduced("CONDOLENCE", "ru");
  m.AnalysisProduced();
  m.DeadLettered("invalid_json");
  m.ObserveProcessingSeconds(0.004);
  m.ObserveProcessingSeconds(0.02);
  m.ObserveEndToEndSeconds(3.5);
  m.TransactionCommitted();
  m.Rebalance("assign");
  m.ConfigReload(true);
  m.SetProducerQueueDepth(3);
  if (!stats.empty()) m.UpdateFromKafkaStats(stats);
}

}  // namespace

int main(int argc, char** argv) {
  std::string listen = "127.0.0.1:0";
  bool ready = true;
  std::string stats;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--listen" && i + 1 < argc) {
      listen = argv[++i];
    } else if (arg == "--ready") {
      ready = true;
    } else if (arg == "--not-ready") {
      ready = false;
    } else if (arg == "--kafka-stats" && i + 1 < argc) {
      std::ifstream in(argv[++i]);
      if (!in) {
        std::fprintf(stderr, "cannot read %s\n", argv[i]);
        return 2;
      }
      std::stringstream ss;
      ss << in.rdbuf();
      stats = ss.str();
    } else {
      return Usage();
    }
  }

  // Block the signals before any thread starts so only sigwait sees them.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  prometheus::Registry registry;
  newswire::metrics::PipelineMetrics metrics(registry);
  std::string error;
  auto server = newswire::metrics::HttpServer::Start(listen, registry, &error);
  if (!server) {
    std::fprintf(stderr, "newswire_metrics_fixture: %s\n", error.c_str());
    return 2;
  }
  Feed(metrics, stats);
  server->SetReady(ready, ready ? "fixture" : "fixture started with --not-ready");
  std::cout << "listening on " << server->port() << std::endl;

  int sig = 0;
  sigwait(&signals, &sig);
  return 0;
}
