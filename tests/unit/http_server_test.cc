// HttpServer over real loopback sockets: port 0, the three endpoints, method
// and path handling, readiness transitions, bad listen addresses, and that
// the port is released on destruction.
#include "metrics/http_server.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <prometheus/registry.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "metrics/metrics.h"

namespace newswire::metrics {
namespace {

struct Response {
  int status = 0;  // 0: no connection / no response
  std::string headers;
  std::string body;
};

class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

// A minimal HTTP/1.1 client: one request, reads until the server closes.
Response Request(int port, const std::string& method, const std::string& path) {
  Response r;
  Fd fd(socket(AF_INET, SOCK_STREAM, 0));
  if (fd.get() < 0) return r;
  timeval tv{5, 0};
  setsockopt(fd.get(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd.get(), reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) return r;
  const std::string req =
      method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
  if (send(fd.get(), req.data(), req.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(req.size())) {
    return r;
  }
  std::string raw;
  char buf[4096];
  ssize_t n;
  while ((n = recv(fd.get(), buf, sizeof buf, 0)) > 0) raw.append(buf, static_cast<size_t>(n));
  const auto header_end = raw.find("\r\n\r\n");
  if (raw.compare(0, 9, "HTTP/1.1 ") != 0 || header_end == std::string::npos) return r;
  r.status = std::stoi(raw.substr(9, 3));
  r.headers = raw.substr(0, header_end);
  r.body = raw.substr(header_end + 4);
  return r;
}

Response Get(int port, const std::string& path) { return Request(port, "GET", path); }

class HttpServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string error;
    server_ = HttpServer::Start("127.0.0.1:0", registry_, &error);
    ASSERT_NE(server_, nullptr) << error;
    ASSERT_GT(server_->port(), 0);
  }

  prometheus::Registry registry_;
  PipelineMetrics metrics_{registry_};
  std::unique_ptr<HttpServer> server_;
};

TEST_F(HttpServerTest, MetricsServesNewswireSeries) {
  metrics_.ArticleConsumed();
  metrics_.ArticleConsumed();
  metrics_.ArticleConsumed();
  metrics_.EventProduced("THANKS", "fr");
  const Response r = Get(server_->port(), "/metrics");
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.headers.find("Content-Type: text/plain; version=0.0.4"), std::string::npos)
      << r.headers;
  EXPECT_NE(r.body.find("# TYPE newswire_articles_consumed_total counter"), std::string::npos);
  EXPECT_NE(r.body.find("\nnewswire_articles_consumed_total 3"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("newswire_events_produced_total{lang=\"fr\",type=\"THANKS\"} 1"),
            std::string::npos);
  EXPECT_NE(r.body.find("newswire_build_info{"), std::string::npos);
  EXPECT_NE(r.body.find("newswire_article_processing_seconds_bucket{le=\"+Inf\"} 0"),
            std::string::npos);
  EXPECT_NE(r.body.find("\nprocess_resident_memory_bytes "), std::string::npos);
  EXPECT_NE(r.body.find("\nprocess_start_time_seconds "), std::string::npos);
}

TEST_F(HttpServerTest, MetricsReflectLaterChanges) {
  metrics_.DeadLettered("invalid_utf8");
  EXPECT_NE(Get(server_->port(), "/metrics")
                .body.find("newswire_dlq_records_total{reason=\"invalid_utf8\"} 1"),
            std::string::npos);
  metrics_.DeadLettered("invalid_utf8");
  EXPECT_NE(Get(server_->port(), "/metrics")
                .body.find("newswire_dlq_records_total{reason=\"invalid_utf8\"} 2"),
            std::string::npos);
}

TEST_F(HttpServerTest, HealthzIsOk) {
  const Response r = Get(server_->port(), "/healthz");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "ok\n");
}

TEST_F(HttpServerTest, ReadyzFollowsSetReadyWithReason) {
  Response r = Get(server_->port(), "/readyz");
  EXPECT_EQ(r.status, 503);
  EXPECT_EQ(r.body, "not ready: starting\n");
  EXPECT_FALSE(server_->ready());

  server_->SetReady(false, "all brokers down");
  r = Get(server_->port(), "/readyz");
  EXPECT_EQ(r.status, 503);
  EXPECT_EQ(r.body, "not ready: all brokers down\n");

  EXPECT_NE(Get(server_->port(), "/metrics").body.find("\nnewswire_ready 0"), std::string::npos);

  server_->SetReady(true, "3 partitions assigned");
  EXPECT_NE(Get(server_->port(), "/metrics").body.find("\nnewswire_ready 1"), std::string::npos);
  r = Get(server_->port(), "/readyz");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "ready: 3 partitions assigned\n");
  EXPECT_TRUE(server_->ready());

  server_->SetReady(false, "draining");
  EXPECT_EQ(Get(server_->port(), "/readyz").status, 503);
  // Liveness is independent of readiness.
  EXPECT_EQ(Get(server_->port(), "/healthz").status, 200);
}

// librdkafka statistics of a consumer whose only broker is in `state`.
std::string ConsumerStats(const char* state) {
  return std::string(R"({"type":"consumer","brokers":{"127.0.0.1:9092/1":{"nodeid":1,)") +
         R"("source":"configured","state":")" + state + R"("}},"topics":{}})";
}

TEST_F(HttpServerTest, ReadyzIsNotReadyWhileTheConsumerSeesNoBroker) {
  server_->SetReady(true, "3 partitions assigned");
  // No statistics yet: broker state unknown, the pipeline's word stands.
  EXPECT_EQ(Get(server_->port(), "/readyz").status, 200);

  metrics_.UpdateFromKafkaStats(ConsumerStats("TRY_CONNECT"));
  Response r = Get(server_->port(), "/readyz");
  EXPECT_EQ(r.status, 503);
  EXPECT_EQ(r.body, "not ready: 3 partitions assigned; no Kafka broker reachable\n");
  EXPECT_EQ(Get(server_->port(), "/healthz").status, 200);

  // The producer's view does not count.
  metrics_.UpdateFromKafkaStats(
      R"({"type":"producer","brokers":{"b/1":{"source":"learned","state":"UP"}}})");
  EXPECT_EQ(Get(server_->port(), "/readyz").status, 503);

  metrics_.UpdateFromKafkaStats(ConsumerStats("UP"));
  EXPECT_EQ(Get(server_->port(), "/readyz").status, 200);

  server_->SetReady(false, "no partition assignment");
  metrics_.UpdateFromKafkaStats(ConsumerStats("DOWN"));
  EXPECT_EQ(Get(server_->port(), "/readyz").body,
            "not ready: no partition assignment; no Kafka broker reachable\n");
}

TEST_F(HttpServerTest, HeadHasNoBody) {
  const Response r = Request(server_->port(), "HEAD", "/healthz");
  EXPECT_EQ(r.status, 200);
  EXPECT_TRUE(r.body.empty());
  EXPECT_NE(r.headers.find("Content-Length: 3"), std::string::npos) << r.headers;
}

TEST_F(HttpServerTest, OtherMethodsAndPathsAreRejected) {
  const Response post = Request(server_->port(), "POST", "/metrics");
  EXPECT_EQ(post.status, 405);
  EXPECT_NE(post.headers.find("Allow: GET, HEAD"), std::string::npos);
  EXPECT_EQ(Get(server_->port(), "/nope").status, 404);
  EXPECT_EQ(Get(server_->port(), "/metricsx").status, 404);
  EXPECT_EQ(Get(server_->port(), "/healthz/extra").status, 404);
  EXPECT_EQ(Get(server_->port(), "/").status, 200);
}

TEST_F(HttpServerTest, QueryStringIsIgnored) {
  EXPECT_EQ(Get(server_->port(), "/healthz?verbose=1").status, 200);
}

TEST_F(HttpServerTest, ConcurrentScrapesWhileReadinessFlips) {
  std::atomic<bool> stop{false};
  std::thread flipper([&] {
    bool ready = false;
    while (!stop.load()) {
      server_->SetReady(ready, ready ? "assigned" : "rebalancing");
      ready = !ready;
    }
  });
  std::atomic<int> bad{0};
  std::vector<std::thread> clients;
  for (int c = 0; c < 4; ++c) {
    clients.emplace_back([&] {
      for (int i = 0; i < 25; ++i) {
        metrics_.ArticleConsumed();
        const int s = Get(server_->port(), "/readyz").status;
        if (s != 200 && s != 503) ++bad;
        if (Get(server_->port(), "/metrics").status != 200) ++bad;
      }
    });
  }
  for (auto& t : clients) t.join();
  stop = true;
  flipper.join();
  EXPECT_EQ(bad.load(), 0);
}

TEST_F(HttpServerTest, PortIsReleasedOnDestruction) {
  const int port = server_->port();
  ASSERT_EQ(Get(port, "/healthz").status, 200);
  server_.reset();
  EXPECT_EQ(Get(port, "/healthz").status, 0);
  // And can be bound again.
  std::string error;
  auto again = HttpServer::Start("127.0.0.1:" + std::to_string(port), registry_, &error);
  ASSERT_NE(again, nullptr) << error;
  EXPECT_EQ(again->port(), port);
}

TEST(HttpServerStartTest, PortInUseIsAnError) {
  prometheus::Registry registry;
  std::string error;
  auto first = HttpServer::Start("127.0.0.1:0", registry, &error);
  ASSERT_NE(first, nullptr) << error;
  const std::string address = "127.0.0.1:" + std::to_string(first->port());
  auto second = HttpServer::Start(address, registry, &error);
  EXPECT_EQ(second, nullptr);
  EXPECT_NE(error.find(address), std::string::npos) << error;
}

TEST(HttpServerStartTest, BadAddressesAreRejectedWithTheAddressNamed) {
  prometheus::Registry registry;
  for (const std::string address : {"", "9464", "127.0.0.1:", "127.0.0.1:99999", "127.0.0.1:-1",
                                    "127.0.0.1:94x", "metrics.example.com:9464"}) {
    std::string error;
    EXPECT_EQ(HttpServer::Start(address, registry, &error), nullptr) << address;
    EXPECT_NE(error.find("metrics.listen \"" + address + "\""), std::string::npos) << error;
  }
  // A null error pointer is allowed.
  EXPECT_EQ(HttpServer::Start("nonsense", registry, nullptr), nullptr);
}

TEST(HttpServerStartTest, LocalhostAndWildcardAreAccepted) {
  prometheus::Registry registry;
  std::string error;
  auto local = HttpServer::Start("localhost:0", registry, &error);
  ASSERT_NE(local, nullptr) << error;
  EXPECT_EQ(Get(local->port(), "/healthz").status, 200);
  auto any = HttpServer::Start("0.0.0.0:0", registry, &error);
  ASSERT_NE(any, nullptr) << error;
  EXPECT_EQ(Get(any->port(), "/healthz").status, 200);
}

}  // namespace
}  // namespace newswire::metrics
