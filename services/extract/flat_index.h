// FlatIndex: an immutable string -> list-of-ids map for the per-token
// lookups of the lexicons and the gazetteer. Open addressing over one
// array of 32-byte slots, each one cache-line aligned half: a 32-bit tag of
// the key's hash, where its list starts and, for keys of up to 19 bytes
// (nearly every word), the key itself. A lookup costs one hash of the key
// and usually one slot: the key is compared inside the slot, so a hit
// touches one cache line before its list (a longer key is compared in a
// separate arena). A probe that misses reads slots only (a tag rarely
// matches by chance). Lists keep the order they were given in; a key with
// an empty list is not stored (Find returns empty for it either way).//
// Threading: built once, then immutable; Find may be called concurrently.
#pragma once

#include <cstdint>
#include <cstring>
#include <iterator>
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
      if (std::size(ids) == 0) continue;
      const std::string_view k(key);
      const uint64_t h = FlatIndexHash(k);
      size_t at = h & index.mask_;
      while (index.slots_[at].ids_size != 0) at = (at + 1) & index.mask_;
      Slot& s = index.slots_[at];
      s.tag = Tag(h);
      s.ids_begin = static_cast<uint32_t>(index.ids_.size());
      s.ids_size = static_cast<uint32_t>(std::size(ids));
      if (k.size() <= kInlineKey) {
        s.key_size = static_cast<uint8_t>(k.size());
        std::memcpy(s.key, k.data(), k.size());
      } else {
        s.key_size = kLongKey;
        const uint32_t long_key[2] = {static_cast<uint32_t>(index.keys_.size()),
                                      static_cast<uint32_t>(k.size())};
        std::memcpy(s.key, long_key, sizeof long_key);
        index.keys_.append(k);
      }
      for (const auto& id : ids) index.ids_.push_back(static_cast<Id>(id));
    }
    return index;
  }

  // The ids of `key` (empty if absent); `hash` must be FlatIndexHash(key).
  std::span<const Id> Find(std::string_view key, uint64_t hash) const {
    if (slots_.empty()) return {};
    const uint32_t tag = Tag(hash);
    for (size_t at = hash & mask_;; at = (at + 1) & mask_) {
      const Slot& s = slots_[at];
      if (s.ids_size == 0) return {};
      if (s.tag == tag && SameKey(s, key)) return {ids_.data() + s.ids_begin, s.ids_size};
    }
  }
  std::span<const Id> Find(std::string_view key) const { return Find(key, FlatIndexHash(key)); }

  size_t size() const { return slots_.size(); }

 private:
  static constexpr size_t kInlineKey = 19;
  static constexpr uint8_t kLongKey = 0xFF;
  struct alignas(32) Slot {
    uint32_t tag = 0;  // Tag(hash of the key)
    uint32_t ids_begin = 0;
    uint32_t ids_size = 0;  // 0 = empty slot
    // Bytes of the key (key_size <= kInlineKey), or kLongKey and two
    // uint32: its offset in keys_ and its size.
    uint8_t key_size = 0;
    char key[kInlineKey] = {};
  };
  static_assert(sizeof(Slot) == 32);
  // The slot index uses the low bits of the hash; the tag the high ones.
  static uint32_t Tag(uint64_t hash) { return static_cast<uint32_t>(hash >> 32); }
  // KeyOf(s) == key without the out-of-line string_view::compare (a
  // lookup that finds its tag nearly always finds its key: compare bytes).
  bool SameKey(const Slot& s, std::string_view key) const {
    if (s.key_size != kLongKey) {
      return s.key_size == key.size() && std::memcmp(s.key, key.data(), key.size()) == 0;
    }
    const std::string_view k = KeyOf(s);
    return k.size() == key.size() && std::memcmp(k.data(), key.data(), key.size()) == 0;
  }
  std::string_view KeyOf(const Slot& s) const {
    if (s.key_size != kLongKey) return {s.key, s.key_size};
    uint32_t long_key[2];
    std::memcpy(long_key, s.key, sizeof long_key);
    return {keys_.data() + long_key[0], long_key[1]};
  }
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  std::string keys_;  // keys longer than kInlineKey
  std::vector<Id> ids_;
};

}  // namespace newswire::extract
