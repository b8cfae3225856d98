// The operations HTTP endpoint: Prometheus exposition plus health checks,
// served by civetweb on one port.
//
//   GET /metrics   text exposition (0.0.4) of every family in the registry
//   GET /healthz   liveness: 200 "ok" while the process serves requests
//   GET /readyz    readiness: 200 "ready" after SetReady(true, ...), otherwise
//                  503 with the reason given to SetReady (initially
//                  "starting") so an operator sees why the pod is not ready.
//                  Also 503 "no Kafka broker reachable" whenever the
//                  registry's newswire_kafka_brokers_up{client="consumer"}
//                  (set by PipelineMetrics from librdkafka statistics) is 0,
//                  whatever SetReady said: a consumer cut off from every
//                  broker keeps its assignment for a while, but does no work.
//   GET /          a short index of the above
//
// What SetReady() says is also exported as the gauge newswire_ready (1/0),
// registered in the registry by Start(), so alerts can see a pod stuck
// unready (broker loss has its own alert on newswire_kafka_brokers_up).
//
// Readiness policy: the pipeline decides about its assignment (ready when
// holding one or explicitly idle; not ready while starting, rebalancing or
// draining at shutdown) and this class adds broker reachability, as above.
//
// Threading: civetweb answers requests on its own worker threads. SetReady(),
// ready() and port() may be called from any thread at any time.
// Ownership: the registry is borrowed and must outlive the server; the
// destructor stops civetweb and joins its threads before returning, so no
// handler runs after it.
#pragma once

#include <memory>
#include <string>

namespace prometheus {
class Registry;
}

namespace newswire::metrics {

class HttpServer {
  struct Impl;
  struct StartToken;  // defined in the .cc: only Start() can construct

 public:
  HttpServer(const StartToken&, std::unique_ptr<Impl> impl);

  // Listens on `listen_address` ("host:port", e.g. "0.0.0.0:9464" or
  // "127.0.0.1:0"; port 0 picks a free port, see port()). On failure returns
  // nullptr and stores a message naming the address in *error (if non-null).
  static std::unique_ptr<HttpServer> Start(std::string listen_address,
                                           prometheus::Registry& registry, std::string* error);

  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Sets what /readyz answers. `reason` is shown in the body either way
  // (e.g. "no partition assignment", "all brokers down", "draining").
  void SetReady(bool ready, std::string reason);
  bool ready() const;

  // The bound TCP port (the real one when started with port 0).
  int port() const;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace newswire::metrics
