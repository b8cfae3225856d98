#include "metrics/http_server.h"

#include <arpa/inet.h>
#include <civetweb.h>
#include <netinet/in.h>
#include <prometheus/gauge.h>
#include <prometheus/registry.h>
#include <prometheus/text_serializer.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <charconv>
#include <chrono>
#include <cstring>
#include <mutex>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "metrics/process_collector.h"

namespace newswire::metrics {
namespace {

using MgContext = std::unique_ptr<mg_context, decltype(&mg_stop)>;

// Translates "host:port" into civetweb's listening_ports syntax:
// "1.2.3.4:80", "[::1]:80", or "80" for every interface. civetweb binds IP
// literals only, so the one name accepted is "localhost".
bool ToCivetwebPort(std::string_view address, std::string* out, std::string* error) {
  const auto colon = address.rfind(':');
  if (colon == std::string_view::npos) {
    *error = "metrics.listen \"" + std::string(address) + "\": expected host:port";
    return false;
  }
  std::string_view host = address.substr(0, colon);
  const std::string_view port_text = address.substr(colon + 1);
  unsigned port = 0;
  const auto [end, ec] =
      std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
  if (port_text.empty() || ec != std::errc() || end != port_text.data() + port_text.size() ||
      port > 65535) {
    *error = "metrics.listen \"" + std::string(address) + "\": port must be 0..65535";
    return false;
  }
  const std::string port_str = std::to_string(port);
  if (host.empty() || host == "*") {
    *out = port_str;
  } else if (host == "localhost") {
    *out = "127.0.0.1:" + port_str;
  } else if (host.front() == '[' && host.back() == ']') {
    if (mg_check_feature(MG_FEATURES_IPV6) == 0) {
      *error = "metrics.listen \"" + std::string(address) + "\": this civetweb has no IPv6";
      return false;
    }
    *out = std::string(host) + ":" + port_str;
  } else if (host.find_first_not_of("0123456789.") == std::string_view::npos) {
    *out = std::string(host) + ":" + port_str;
  } else {
    *error = "metrics.listen \"" + std::string(address) +
             "\": host must be an IP address, \"localhost\" or \"*\"";
    return false;
  }
  return true;
}

// IPv4 address a local client can reach the listener on ("0.0.0.0" and the
// port-only form mean every interface, so loopback), or "" for IPv6.
std::string WakeAddress(const std::string& civetweb_ports) {
  const auto colon = civetweb_ports.rfind(':');
  if (colon == std::string::npos) return "127.0.0.1";
  std::string host = civetweb_ports.substr(0, colon);
  if (host.front() == '[') return "";
  return host == "0.0.0.0" ? "127.0.0.1" : host;
}

// Opens and closes one TCP connection; errors are irrelevant.
void Poke(const std::string& ip, int port) {
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  if (inet_pton(AF_INET, ip.c_str(), &addr.sin_addr) != 1) return;
  const int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return;
  (void)connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  close(fd);
}

void InitCivetwebOnce() {
  static std::once_flag once;
  // Process-lifetime: never paired with mg_exit_library, because other
  // servers may start later and the library holds no per-process resources
  // worth releasing at exit.
  std::call_once(once, [] { mg_init_library(0); });
}

}  // namespace

struct HttpServer::Impl {
  explicit Impl(prometheus::Registry& r) : registry(r) {}

  int Handle(mg_connection* conn);
  static int Reply(mg_connection* conn, int status, std::string_view content_type,
                   std::string_view body, bool head, const char* extra_headers = "");

  // Stops civetweb promptly. Its accept loop polls with a 2 s quantum and
  // only then notices mg_stop(); a connection to our own port wakes it, so
  // shutdown (inside the pipeline's drain budget) takes milliseconds.
  void Stop();
  // True when PipelineMetrics reported the consumer's statistics with no
  // broker UP (the series is absent before the first statistics).
  bool ConsumerBrokersDown() const;

  prometheus::Registry& registry;
  ProcessCollector process;
  int port = 0;
  std::string wake_address;
  prometheus::Gauge* ready_gauge = nullptr;  // newswire_ready, owned by registry

  mutable std::mutex mu;
  bool ready = false;
  std::string reason = "starting";

  // Last member: destroyed first, so civetweb's threads are joined before
  // anything a handler touches goes away.
  MgContext ctx{nullptr, &mg_stop};
};

int HttpServer::Impl::Reply(mg_connection* conn, int status, std::string_view content_type,
                            std::string_view body, bool head, const char* extra_headers) {
  mg_printf(conn,
            "HTTP/1.1 %d %s\r\n"
            "Content-Type: %.*s\r\n"
            "Content-Length: %zu\r\n"
            "Cache-Control: no-store\r\n"
            "%s"
            "Connection: close\r\n\r\n",
            status, mg_get_response_code_text(conn, status), static_cast<int>(content_type.size()),
            content_type.data(), body.size(), extra_headers);
  if (!head && !body.empty()) mg_write(conn, body.data(), body.size());
  return status;
}

bool HttpServer::Impl::ConsumerBrokersDown() const {
  for (const auto& family : registry.Collect()) {
    if (family.name != "newswire_kafka_brokers_up") continue;
    for (const auto& m : family.metric) {
      for (const auto& l : m.label) {
        if (l.name == "client" && l.value == "consumer") return m.gauge.value == 0;
      }
    }
  }
  return false;
}

int HttpServer::Impl::Handle(mg_connection* conn) {
  const mg_request_info* ri = mg_get_request_info(conn);
  const std::string_view method = ri->request_method ? ri->request_method : "";
  const std::string_view uri = ri->local_uri ? ri->local_uri : "";
  const bool head = method == "HEAD";
  if (!head && method != "GET") {
    return Reply(conn, 405, "text/plain; charset=utf-8", "method not allowed\n", false,
                 "Allow: GET, HEAD\r\n");
  }
  if (uri == "/metrics") {
    std::vector<prometheus::MetricFamily> families = registry.Collect();
    std::vector<prometheus::MetricFamily> proc = process.Collect();
    families.insert(families.end(), std::make_move_iterator(proc.begin()),
                    std::make_move_iterator(proc.end()));
    const std::string body = prometheus::TextSerializer().Serialize(families);
    return Reply(conn, 200, "text/plain; version=0.0.4; charset=utf-8", body, head);
  }
  if (uri == "/healthz") {
    return Reply(conn, 200, "text/plain; charset=utf-8", "ok\n", head);
  }
  if (uri == "/readyz") {
    bool is_ready;
    std::string reasons;
    {
      std::lock_guard<std::mutex> lock(mu);
      is_ready = ready;
      reasons = reason;
    }
    if (ConsumerBrokersDown()) {
      is_ready = false;
      if (!reasons.empty()) reasons += "; ";
      reasons += "no Kafka broker reachable";
    }
    std::string body = is_ready ? "ready" : "not ready";
    if (!reasons.empty()) body += ": " + reasons;
    body += "\n";
    return Reply(conn, is_ready ? 200 : 503, "text/plain; charset=utf-8", body, head);
  }
  if (uri == "/") {
    return Reply(conn, 200, "text/plain; charset=utf-8",
                 "newswire\n  /metrics  Prometheus metrics\n  /healthz  liveness\n"
                 "  /readyz   readiness\n",
                 head);
  }
  return Reply(conn, 404, "text/plain; charset=utf-8", "not found\n", head);
}

void HttpServer::Impl::Stop() {
  if (!ctx) return;
  std::atomic<bool> stopped{false};
  std::thread waker;
  if (!wake_address.empty() && port > 0) {
    waker = std::thread([&] {
      while (!stopped.load()) {
        Poke(wake_address, port);
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
      }
    });
  }
  ctx.reset();  // mg_stop: joins the master and worker threads
  stopped = true;
  if (waker.joinable()) waker.join();
}

struct HttpServer::StartToken {};

HttpServer::HttpServer(const StartToken&, std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

HttpServer::~HttpServer() { impl_->Stop(); }

std::unique_ptr<HttpServer> HttpServer::Start(std::string listen_address,
                                              prometheus::Registry& registry, std::string* error) {
  std::string scratch;
  if (error == nullptr) error = &scratch;
  std::string ports;
  if (!ToCivetwebPort(listen_address, &ports, error)) return nullptr;

  InitCivetwebOnce();
  auto impl = std::make_unique<Impl>(registry);
  impl->ready_gauge = &prometheus::BuildGauge()
                           .Name("newswire_ready")
                           .Help("1 when /readyz answers 200, else 0")
                           .Register(registry)
                           .Add({});
  impl->ready_gauge->Set(0);

  // No document_root: civetweb serves nothing but the handler below. A few
  // threads suffice for scrapes and probes; the timeout bounds slow clients.
  const char* options[] = {"listening_ports",    ports.c_str(), "num_threads", "4",
                           "request_timeout_ms", "10000",       nullptr};
  mg_callbacks callbacks{};
  mg_init_data init{};
  init.callbacks = &callbacks;
  init.user_data = impl.get();
  init.configuration_options = options;
  char error_text[256] = {0};
  mg_error_data err{};
  err.text = error_text;
  err.text_buffer_size = sizeof(error_text);
  impl->ctx.reset(mg_start2(&init, &err));
  if (!impl->ctx) {
    *error = "metrics.listen \"" + listen_address +
             "\": cannot listen: " + (error_text[0] ? error_text : "civetweb failed to start");
    return nullptr;
  }
  mg_set_request_handler(
      impl->ctx.get(), "/",
      [](mg_connection* conn, void* self) { return static_cast<Impl*>(self)->Handle(conn); },
      impl.get());

  mg_server_port bound[4];
  const int n = mg_get_server_ports(impl->ctx.get(), 4, bound);
  if (n < 1) {
    *error = "metrics.listen \"" + listen_address + "\": no port bound";
    return nullptr;
  }
  impl->port = bound[0].port;
  impl->wake_address = WakeAddress(ports);
  return std::make_unique<HttpServer>(StartToken{}, std::move(impl));
}

void HttpServer::SetReady(bool ready, std::string reason) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  impl_->ready = ready;
  impl_->reason = std::move(reason);
  impl_->ready_gauge->Set(ready ? 1 : 0);
}

bool HttpServer::ready() const {
  std::lock_guard<std::mutex> lock(impl_->mu);
  return impl_->ready;
}

int HttpServer::port() const { return impl_->port; }

}  // namespace newswire::metrics
