// The Tokenize fast paths (code-point class table, per-code-point folding
// of Latin/Greek/Cyrillic and ß) must give exactly what the ICU path gives:
// FoldCase (full case folding + NFC) of the same word, and the same token
// boundaries as the ICU character properties.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/text.h"

namespace newswire::extract {
namespace {

TEST(ExtractFold, FastPathEqualsIcuFolding) {
  const std::vector<std::string> words = {"Außenminister",
                                          "AUßENMINISTER",
                                          "Straße",
                                          "ßß",
                                          "Grüße",
                                          "Maß",
                                          "Çavuşoğlu",
                                          "Vučić",
                                          "ΑΘΗΝΑ",
                                          "БЕЛАРУСЬ",
                                          "Лукашенко",
                                          "Ёлка",
                                          "İstanbul",
                                          "Straße\xCC\x81",
                                          "ǅemal",
                                          "ſchön",
                                          "ŉ",
                                          "Ἀθῆναι",
                                          "COP29",
                                          "x"};
  for (const std::string& w : words) {
    std::vector<Token> tokens;
    Tokenize(w, tokens);
    ASSERT_EQ(tokens.size(), 1u) << w;
    EXPECT_TRUE(tokens[0].is_word) << w;
    EXPECT_EQ(tokens[0].folded, FoldCase(w)) << w;
  }
  std::vector<Token> t;
  Tokenize("Außenministerin", t);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].folded, "aussenministerin");
}

TEST(ExtractFold, ClassTableSplitsLikeIcuProperties) {
  // Latin-1 punctuation and symbols are tokens of their own, NBSP, soft
  // hyphen (a format character) and controls are skipped, letters and
  // combining marks stay inside words.
  std::vector<Token> t;
  const std::string s =
      "«Paris»\xC2\xA0"
      "a\xC2\xAD"
      "b \xC2\xB0 \xC3\x97 c\xCC\x81 \xD2\x83";
  Tokenize(s, t);
  std::vector<std::string> folded;
  for (const Token& k : t) folded.push_back(k.folded);
  const std::vector<std::string> want = {"«", "paris", "»",        "a",       "b",
                                         "°", "×",     "\xC4\x87", "\xD2\x83"};
  EXPECT_EQ(folded, want);
}

}  // namespace
}  // namespace newswire::extract
