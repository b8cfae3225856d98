// FlatIndex: an immutable string -> list-of-ids map for the per-token
// lookups of the lexicons and the gazetteer. Open addressing over one
// array of slots (hash, key, list), keys and lists in two contiguous
// arenas: a lookup costs one hash of the key and usually one slot and one
// key comparison, without the node and bucket chasing of
// std::unordered_map. Lists keep the order they were given in.
//
// Threading: built once, then immutable; Find may be called concurrently.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newswire::extract {

// FNV-1a 64 of the bytes, finalised (the slot index uses the low bits).
// The steps are exposed so a caller can hash every prefix of a word in one
// pass: FlatIndexHashFinish(state after n bytes) == FlatIndexHash(s[0..n)).
inline constexpr uint64_t kFlatIndexHashSeed = 1469598103934665603ull;
inline uint64_t FlatIndexHashStep(uint64_t state, unsigned char c) {
  return (state ^ c) * 1099511628211ull;
}
inline uint64_t FlatIndexHashFinish(uint64_t state) { return state ^ (state >> 32); }
inline uint64_t FlatIndexHash(std::string_view s) {
  uint64_t h = kFlatIndexHashSeed;
  for (unsigned char c : s) h = FlatIndexHashStep(h, c);
  return FlatIndexHashFinish(h);
}

template <typename Id>
class FlatIndex {
 public:
  FlatIndex() = default;

  // Builds from (key, ids) pairs; keys must be distinct.
  template <typename Map>
  static FlatIndex Build(const Map& map) {
    FlatIndex index;
    size_t capacity = 16;
    while (capacity < map.size() * 2) capacity <<= 1;
    index.slots_.assign(capacity, Slot{});
    index.mask_ = capacity - 1;
    for (const auto& [key, ids] : map) {
      const std::string_view k(key);
      const uint64_t h = FlatIndexHash(k);
      size_t at = h & index.mask_;
      while (index.slots_[at].used) at = (at + 1) & index.mask_;
      Slot& s = index.slots_[at];
      s.used = true;
      s.hash = h;
      s.key_begin = static_cast<uint32_t>(index.keys_.size());
      s.key_size = static_cast<uint32_t>(k.size());
      s.ids_begin = static_cast<uint32_t>(index.ids_.size());
      s.ids_size = static_cast<uint32_t>(ids.size());
      index.keys_.append(k);
      for (const auto& id : ids) index.ids_.push_back(static_cast<Id>(id));
    }
    return index;
  }

  // The ids of `key` (empty if absent); `hash` must be FlatIndexHash(key).
  std::span<const Id> Find(std::string_view key, uint64_t hash) const {
    if (slots_.empty()) return {};
    for (size_t at = hash & mask_;; at = (at + 1) & mask_) {
      const Slot& s = slots_[at];
      if (!s.used) return {};
      if (s.hash == hash && s.key_size == key.size() &&
          std::string_view(keys_.data() + s.key_begin, s.key_size) == key) {
        return {ids_.data() + s.ids_begin, s.ids_size};
      }
    }
  }
  std::span<const Id> Find(std::string_view key) const { return Find(key, FlatIndexHash(key)); }

  size_t size() const { return slots_.size(); }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t key_begin = 0, key_size = 0;
    uint32_t ids_begin = 0, ids_size = 0;
    bool used = false;
  };
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  std::string keys_;
  std::vector<Id> ids_;
};

}  // namespace newswire::extract
