// perf11's fast paths give the answers of the slow ones: the flat KeySet of
// the per-sentence event keys behaves as the std::set<std::string> it
// replaced, also when reused across sentences (clear keeps memory only).
#include <gtest/gtest.h>

#include <random>
#include <set>
#include <string>
#include <vector>

#include "extract/key_set.h"

namespace newswire::extract {
namespace {

// Keys of the shapes the engine builds, with non-Latin codes, apostrophes,
// hyphens, empty sides, prefixes of one another and the empty key.
const std::vector<std::string>& Keys() {
  static const std::vector<std::string> keys = {"MEETING|DEU>|FRA",
                                                "MEETING|DEU>|FRA|POL",
                                                "MEETING|DEU>",
                                                "MEETING~|DEU|FRA",
                                                "PROTEST|RUS>|EST",
                                                "PROTEST|RUS>|EST#expel",
                                                "PRAISE~|RUS|EGY",
                                                "CRITICISM|CHN>",
                                                "CRITICISM|CHN>|JPN",
                                                "AID|Côte d'Ivoire>|X",
                                                "AID|ГРУ>|УКР",
                                                "VISIT|Bosnia-Herz>|A",
                                                "",
                                                "M",
                                                "MEETING|DEU>|FRA ",
                                                "meeting|deu>|fra"};
  return keys;
}

TEST(KeySet, AnswersLikeStdSetOnRandomSequences) {
  std::mt19937 rng(11);
  KeySet flat;
  for (int sentence = 0; sentence < 400; ++sentence) {
    flat.clear();  // reused like AnalyseSentence's `done`
    std::set<std::string> slow;
    std::vector<std::string> order;
    const int n = static_cast<int>(rng() % 12);
    for (int i = 0; i < n; ++i) {
      const std::string& k = Keys()[rng() % Keys().size()];
      const bool inserted = slow.insert(k).second;
      if (inserted) order.push_back(k);
      const auto [at, flat_inserted] = flat.insert(k);
      ASSERT_EQ(flat_inserted, inserted) << k;
      ASSERT_LT(at, flat.size());
      EXPECT_EQ(*(flat.begin() + static_cast<std::ptrdiff_t>(at)), k);
    }
    ASSERT_EQ(flat.size(), slow.size());
    EXPECT_EQ(flat.empty(), slow.empty());
    for (const std::string& k : Keys()) {
      EXPECT_EQ(flat.count(k), slow.count(k)) << k;
      EXPECT_EQ(flat.contains(k), slow.contains(k)) << k;
    }
    // Iteration: every key once, in insertion order.
    EXPECT_EQ(std::vector<std::string>(flat.begin(), flat.end()), order);
  }
}

TEST(KeySet, ClearForgetsEveryKey) {
  KeySet s;
  EXPECT_TRUE(s.insert("MEETING|DEU>|FRA").second);
  EXPECT_TRUE(s.insert("AID|ГРУ>|УКР").second);
  EXPECT_FALSE(s.insert("AID|ГРУ>|УКР").second);
  s.clear();
  EXPECT_TRUE(s.empty());
  EXPECT_EQ(s.count("MEETING|DEU>|FRA"), 0u);
  EXPECT_EQ(s.begin(), s.end());
  // A shorter key written over a longer one's slot compares by its own
  // length ("M" is not "MEETING|DEU>|FRA").
  EXPECT_TRUE(s.insert("M").second);
  EXPECT_FALSE(s.contains("MEETING|DEU>|FRA"));
  EXPECT_TRUE(s.contains("M"));
  EXPECT_TRUE(s.insert("MEETING|DEU>|FRA").second);
  EXPECT_EQ(s.size(), 2u);
}

}  // namespace
}  // namespace newswire::extract
