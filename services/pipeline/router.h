// Decides where an event goes besides the events topic: `routing` rules of
// the configuration (event types -> extra topics). Immutable once built, so
// one Router is shared by every worker and swapped whole on reload.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "config/config.h"

namespace newswire::pipeline {

class Router {
 public:
  Router() = default;
  explicit Router(const std::vector<config::Route>& routes);

  // Extra topics for an event of `type`, each at most once, in the order the
  // rules name them. Empty for unrouted types. Thread-safe (const).
  const std::vector<std::string>& TopicsFor(const std::string& type) const;

  // Every topic any rule names (for creating topics on the embedded cluster).
  std::vector<std::string> AllTopics() const;

 private:
  std::map<std::string, std::vector<std::string>> by_type_;
};

}  // namespace newswire::pipeline
