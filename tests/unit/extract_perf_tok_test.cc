// Data layouts of the per-token phases (perf-tok) against their reference:
//  - FlatIndex (compact 16-byte slots: a hash tag, the key's offset, its id
//    list) against a std::map: every stored key finds exactly its list in
//    order, absent keys (also ones sharing prefixes, lengths or bytes with
//    stored ones) find nothing, keys with an empty list are not stored;
//  - the tokenizer's in-place folding table against ICU's FoldCase on every
//    word code point below U+0530, alone and inside words.
#include <gtest/gtest.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <map>
#include <random>
#include <span>
#include <string>
#include <vector>

#include "extract/flat_index.h"
#include "extract/text.h"

namespace newswire::extract {
namespace {

std::vector<uint32_t> Ids(std::span<const uint32_t> s) { return {s.begin(), s.end()}; }

TEST(ExtractFlatIndex, AgreesWithMapOnEveryKeyAndOnAbsentNeighbours) {
  std::mt19937 rng(7);
  std::map<std::string, std::vector<uint32_t>> reference;
  // Words of 1..40 bytes over a small alphabet (many shared prefixes and
  // suffixes), multi-byte UTF-8 among them, lists of 0..5 ids.
  const std::vector<std::string> letters = {"a", "b", "e", "\xC3\xA9", "\xD0\xB4", " ", "'"};
  for (int n = 0; n < 3000; ++n) {
    std::string key;
    const size_t len = 1 + rng() % 40;
    for (size_t k = 0; k < len; ++k) key += letters[rng() % letters.size()];
    std::vector<uint32_t> ids;
    for (size_t k = rng() % 6; k > 0; --k) ids.push_back(static_cast<uint32_t>(rng()));
    reference[key] = ids;
  }
  const auto index = FlatIndex<uint32_t>::Build(reference);
  size_t stored = 0;
  for (const auto& [key, ids] : reference) {
    EXPECT_EQ(Ids(index.Find(key)), ids) << key;
    EXPECT_EQ(Ids(index.Find(key, FlatIndexHash(key))), ids) << key;
    stored += !ids.empty();
    // Neighbours: one byte more, one byte less, last byte changed.
    for (std::string other : {key + "a", key.substr(0, key.size() - 1), key + "\xC3\xA9"}) {
      auto it = reference.find(other);
      const std::vector<uint32_t> expected =
          it == reference.end() ? std::vector<uint32_t>{} : it->second;
      EXPECT_EQ(Ids(index.Find(other)), expected) << other;
    }
  }
  EXPECT_GT(stored, 2000u);  // the test covers mostly non-empty lists
  EXPECT_GE(index.size(), 2 * reference.size());
  EXPECT_TRUE(index.Find("").empty());
}

TEST(ExtractFlatIndex, EmptyAndTinyIndexesFindNothingElse) {
  const FlatIndex<uint32_t> none;
  EXPECT_TRUE(none.Find("baku").empty());
  const auto empty_lists =
      FlatIndex<uint32_t>::Build(std::map<std::string, std::vector<uint32_t>>{{"baku", {}}});
  EXPECT_TRUE(empty_lists.Find("baku").empty());
  const auto one =
      FlatIndex<uint32_t>::Build(std::map<std::string, std::vector<uint32_t>>{{"baku", {3, 1, 2}}});
  EXPECT_EQ(Ids(one.Find("baku")), (std::vector<uint32_t>{3, 1, 2}));  // order kept
  EXPECT_TRUE(one.Find("bak").empty());
  EXPECT_TRUE(one.Find("bakuu").empty());
  EXPECT_TRUE(one.Find("Baku").empty());  // keys are compared byte for byte
}

std::string Utf8(uint32_t c) {
  uint8_t buf[4];
  int32_t len = 0;
  U8_APPEND_UNSAFE(buf, len, c);
  return std::string(reinterpret_cast<const char*>(buf), static_cast<size_t>(len));
}

TEST(ExtractFoldTable, EveryLatinGreekCyrillicLetterFoldsLikeIcu) {
  size_t words = 0;
  for (uint32_t c = 0x80; c < 0x530; ++c) {
    const std::string cp = Utf8(c);
    for (const std::string& w : {cp, "A" + cp + "B", cp + cp + "\xC3\x9F" + cp}) {
      std::vector<Token> tokens;
      Tokenize(w, tokens);
      // Only words made of the whole string (c is a letter or mark).
      if (tokens.size() != 1 || !tokens[0].is_word || tokens[0].begin != 0 ||
          tokens[0].end != w.size()) {
        continue;
      }
      ++words;
      EXPECT_EQ(tokens[0].folded, FoldCase(w)) << "U+" << std::hex << c;
      EXPECT_EQ(tokens[0].hash, FlatIndexHash(tokens[0].folded)) << "U+" << std::hex << c;
    }
  }
  EXPECT_GT(words, 2000u);  // most of the range is letters
}

TEST(ExtractFoldTable, ReusedTokensFoldLikeFreshOnes) {
  // A long Cyrillic word, then shorter Latin ones into the same storage:
  // the in-place writes must leave no bytes of the previous word behind.
  std::vector<Token> reused;
  for (const char* text : {"ДОСТОПРИМЕЧАТЕЛЬНОСТЬ Außenministerin", "ab ÉTÉ", "Ъ x"}) {
    TokenizeReusing(text, reused);
    std::vector<Token> fresh;
    Tokenize(text, fresh);
    ASSERT_EQ(reused.size(), fresh.size()) << text;
    for (size_t i = 0; i < fresh.size(); ++i) {
      EXPECT_EQ(reused[i].folded, fresh[i].folded) << text;
      EXPECT_EQ(reused[i].folded, FoldCase(reused[i].folded)) << text;
      EXPECT_EQ(reused[i].hash, fresh[i].hash) << text;
    }
  }
}

}  // namespace
}  // namespace newswire::extract
