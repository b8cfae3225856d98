// librdkafka's mock cluster in a process of its own, so a test can cut a
// running newswire daemon off from its brokers and reconnect it:
//
//   newswire_mock_kafka [--brokers N] [--partitions P] TOPIC...
//
// Prints "bootstrap <host:port,...>" on stdout once the topics exist, then
// obeys commands on stdin, one per line, answering "ok" or "error: ...":
//   down <id>   rd_kafka_mock_broker_set_down (ids start at 1)
//   up <id>     rd_kafka_mock_broker_set_up
//   quit        (or end of input) stop the cluster and exit 0
#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "kafka/mock_cluster.h"

int main(int argc, char** argv) {
  int brokers = 1;
  int partitions = 3;
  std::vector<std::string> topics;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--brokers" && i + 1 < argc) {
      brokers = std::stoi(argv[++i]);
    } else if (arg == "--partitions" && i + 1 < argc) {
      partitions = std::stoi(argv[++i]);
    } else if (!arg.empty() && arg[0] != '-') {
      topics.push_back(arg);
    } else {
      std::fputs("usage: newswire_mock_kafka [--brokers N] [--partitions P] TOPIC...\n", stderr);
      return 2;
    }
  }
  std::string error;
  auto cluster = newswire::kafka::MockCluster::Start(brokers, &error);
  if (!cluster) {
    std::fprintf(stderr, "newswire_mock_kafka: %s\n", error.c_str());
    return 1;
  }
  for (const auto& t : topics) {
    if (!cluster->CreateTopic(t, partitions, &error)) {
      std::fprintf(stderr, "newswire_mock_kafka: %s\n", error.c_str());
      return 1;
    }
  }
  std::cout << "bootstrap " << cluster->bootstrap() << std::endl;

  std::string line;
  while (std::getline(std::cin, line)) {
    std::istringstream in(line);
    std::string cmd;
    int id = 0;
    in >> cmd;
    if (cmd == "quit") break;
    if ((cmd == "down" || cmd == "up") && (in >> id) && id >= 1 && id <= brokers) {
      if (cmd == "down") {
        cluster->SetBrokerDown(id);
      } else {
        cluster->SetBrokerUp(id);
      }
      std::cout << "ok" << std::endl;
    } else {
      std::cout << "error: expected 'down <id>', 'up <id>' or 'quit'" << std::endl;
    }
  }
  return 0;
}
