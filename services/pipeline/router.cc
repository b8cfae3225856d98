#include "pipeline/router.h"

#include <algorithm>
#include <set>

namespace newswire::pipeline {

Router::Router(const std::vector<config::Route>& routes) {
  for (const auto& route : routes) {
    for (const auto& type : route.types) {
      auto& topics = by_type_[type];
      if (std::find(topics.begin(), topics.end(), route.topic) == topics.end()) {
        topics.push_back(route.topic);
      }
    }
  }
}

const std::vector<std::string>& Router::TopicsFor(const std::string& type) const {
  static const std::vector<std::string> kNone;
  auto it = by_type_.find(type);
  return it == by_type_.end() ? kNone : it->second;
}

std::vector<std::string> Router::AllTopics() const {
  std::set<std::string> all;
  for (const auto& [type, topics] : by_type_) all.insert(topics.begin(), topics.end());
  return {all.begin(), all.end()};
}

}  // namespace newswire::pipeline
