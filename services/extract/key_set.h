// A small set of strings kept flat, for the extraction engine's per-sentence
// event keys ("MEETING|DEU>|FRA"): a sentence emits a handful of events, so
// a linear scan beats a std::set's node per key, and clear() keeps the
// strings' capacity for the next sentence (a warm engine builds its keys
// without allocating). Not thread-safe; one per Extract call.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newswire::extract {

class KeySet {
 public:
  // Adds `key`; .second is false when it was in the set already (as
  // std::set::insert), .first is its position in insertion order.
  std::pair<size_t, bool> insert(std::string_view key) {
    for (size_t i = 0; i < n_; ++i) {
      if (keys_[i] == key) return {i, false};
    }
    if (n_ < keys_.size()) {
      keys_[n_].assign(key);
    } else {
      keys_.emplace_back(key);
    }
    return {n_++, true};
  }
  bool contains(std::string_view key) const {
    for (size_t i = 0; i < n_; ++i) {
      if (keys_[i] == key) return true;
    }
    return false;
  }
  size_t count(std::string_view key) const { return contains(key) ? 1 : 0; }
  bool empty() const { return n_ == 0; }
  size_t size() const { return n_; }
  // Empties the set; the strings' memory stays for the next keys.
  void clear() { n_ = 0; }
  // The keys in insertion order.
  std::vector<std::string>::const_iterator begin() const { return keys_.begin(); }
  std::vector<std::string>::const_iterator end() const {
    return keys_.begin() + static_cast<std::ptrdiff_t>(n_);
  }

 private:
  std::vector<std::string> keys_;  // [0, n_) in use, the rest spare
  size_t n_ = 0;
};

}  // namespace newswire::extract
