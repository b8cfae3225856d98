// Session-7 speed work checked against the slow paths it bypasses:
//  - the tokenizer writes a word's folded bytes with clear + append and a
//    one-byte punctuation token without a general assign, and skips plain
//    spaces before classifying: a warm token vector (strings longer and
//    shorter than the new words, earlier punctuation in word slots) must
//    give the tokens of a fresh one, with hashes of their folded text;
//  - FormatDay / FormatMonth write digits directly: equal to the snprintf
//    they replace, including out-of-range values that keep snprintf;
//  - StartsUpperOrDigit / LineBreakBetween inline: the ASCII test against
//    the ICU definition on every first code point kind;
//  - the engine's sanitised sentence keeps two-byte letters without
//    decoding them and still drops malformed ones (lone lead bytes,
//    overlong C0/C1 forms, a lead byte before another lead byte).
#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdio>
#include <string>
#include <vector>

#include "extract/dates.h"
#include "extract/document.h"
#include "extract/text.h"
#include "extract_test_support.h"

namespace newswire::extract {
namespace {

void ExpectReusedLikeFresh(const std::vector<std::string>& texts) {
  std::vector<Token> reused;
  for (const std::string& text : texts) {
    std::vector<Token> fresh;
    Tokenize(text, fresh);
    TokenizeReusing(text, reused);
    ASSERT_EQ(reused.size(), fresh.size()) << text;
    for (size_t i = 0; i < fresh.size(); ++i) {
      EXPECT_EQ(reused[i].begin, fresh[i].begin) << text << " #" << i;
      EXPECT_EQ(reused[i].end, fresh[i].end) << text << " #" << i;
      EXPECT_EQ(reused[i].is_word, fresh[i].is_word) << text << " #" << i;
      EXPECT_EQ(reused[i].folded, fresh[i].folded) << text << " #" << i;
      EXPECT_EQ(reused[i].hash, FlatIndexHash(reused[i].folded)) << text << " #" << i;
      EXPECT_EQ(fresh[i].hash, FlatIndexHash(fresh[i].folded)) << text << " #" << i;
      if (fresh[i].is_word) {
        EXPECT_EQ(fresh[i].folded,
                  FoldCase(text.substr(fresh[i].begin, fresh[i].end - fresh[i].begin)))
            << text << " #" << i;
      }
    }
  }
}

TEST(Perf7Tokenizer, WarmVectorGivesTheTokensOfAFreshOne) {
  // Each text reuses the slots the one before left: long words over short
  // ones and back, punctuation where words were, spaces of every kind.
  ExpectReusedLikeFresh({
      "Bundesaußenministerin Annalena Baerbock dankte Aserbaidschan.",
      "a, b; c: d! e? \xE2\x80\x94 f - g 'h' \xE2\x80\x99i\xE2\x80\x99",
      "l'Azerbaïdjan et l\xE2\x80\x99"
      "Arménie   ont\tsigné\u00A0un accord\n\nde paix.",
      "Президент  России   Владимир Путин    поблагодарил  Казахстан.",
      "Ο πρωθυπουργός ΕΛΛΑΔΑΣ — Στρασβούργο, 12-11-2024; Kiew-Reise.",
      "x",
      "",
      "   ",
      "COP29 ΣΟΦΊΑ STRAẞE Straße İstanbul ǅemal 東京 über-Über ÜBER",
      "Staats- und Regierungschefs, 500.000 $ (3,5 %) « citation » „Zitat“.",
  });
}

TEST(Perf7Tokenizer, SpacesAndTabsSeparateLikeAnyOtherWhiteSpace) {
  std::vector<Token> t;
  Tokenize("a  b\tc\u00A0d\u2009e\r\nf", t);
  ASSERT_EQ(t.size(), 6u);
  const char* want[] = {"a", "b", "c", "d", "e", "f"};
  for (size_t i = 0; i < 6; ++i) EXPECT_EQ(t[i].folded, want[i]);
  // A space right after a word handed to the general loop ends it there.
  Tokenize("naïve\xCC\x81 x", t);
  ASSERT_GE(t.size(), 2u);
  EXPECT_EQ(t[t.size() - 1].folded, "x");
}

TEST(Perf7Dates, DigitsWrittenDirectlyEqualSnprintf) {
  auto printf_day = [](int y, int m, int d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return std::string(buf);
  };
  auto printf_month = [](int y, int m) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
    return std::string(buf);
  };
  for (int y : {0, 7, 99, 999, 1900, 2024, 2100, 9999, 10000, 123456, -1, -2024}) {
    for (int m : {0, 1, 9, 10, 12, 99, 100, -3}) {
      EXPECT_EQ(FormatMonth(y, m), printf_month(y, m)) << y << " " << m;
      for (int d : {0, 1, 9, 10, 31, 99, 100, -1}) {
        EXPECT_EQ(FormatDay({y, m, d}), printf_day(y, m, d)) << y << " " << m << " " << d;
      }
    }
  }
  EXPECT_EQ(FormatDay({2024, 3, 5}), "2024-03-05");
  EXPECT_EQ(FormatMonth(2025, 11), "2025-11");
}

TEST(Perf7Document, CapitalisationAgreesWithIcuOnEveryFirstCodePoint) {
  for (const std::string w : {"Berlin", "berlin", "9 mai", "'Quote", "-x", "Élysée", "élysée",
                              "Москва", "москва", "Ελλάδα", "ελλάδα", "東京", "ǅemal", "ß"}) {
    std::vector<Token> t;
    Tokenize(w, t);
    ASSERT_FALSE(t.empty()) << w;
    UChar32 c;
    int32_t i = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(w.data()), i, static_cast<int32_t>(w.size()), c);
    const bool want = (c >= '0' && c <= '9') || u_isupper(c) || u_istitle(c) ||
                      (c >= 0x80 && !u_islower(c) && !u_isupper(c));
    EXPECT_EQ(StartsUpperOrDigit(w, t[0]), want) << w;
  }
}

TEST(Perf7Document, LineBreaksBetweenTokensOnly) {
  const std::string s = "ab \n cd ef";
  EXPECT_TRUE(LineBreakBetween(s, 2, 5));
  EXPECT_FALSE(LineBreakBetween(s, 7, 8));
  EXPECT_FALSE(LineBreakBetween(s, 5, 3));    // an empty range
  EXPECT_FALSE(LineBreakBetween(s, 8, 100));  // clipped to the text
}

class Perf7Sanitised : public testing::ProbeFixture {
 protected:
  Perf7Sanitised() : ProbeFixture("2024-11-12T09:00:00Z") {}
  Extraction Run(const std::string& text) const { return ExtractText(text, "de"); }
};

TEST_F(Perf7Sanitised, TwoByteLettersStayMalformedOnesGo) {
  // Lone lead byte before ASCII, overlong C0/C1 forms, a lead byte before
  // another lead byte, a truncated sequence at a word's end: dropped; the
  // well-formed letters around them kept.
  const Extraction x =
      Run("Scholz lobte \xC3\x84gypten und Serbien f\xC3\xBCr \xD0\x41rbeit, \xC0\xAF"
          "S\xC3\xBC"
          "d \xC1\xBF und \xC3\xC3\xA4"
          "rger \xD0.");
  ASSERT_FALSE(x.events.empty());
  EXPECT_EQ(x.events[0].sentence,
            "Scholz lobte \xC3\x84gypten und Serbien f\xC3\xBCr Arbeit, S\xC3\xBC"
            "d  und \xC3\xA4"
            "rger .");
  // Twin: the same sentence well-formed is copied as it is.
  const std::string clean = "Scholz lobte \xC3\x84gypten und Serbien f\xC3\xBCr die Hilfe.";
  const Extraction y = Run(clean);
  ASSERT_FALSE(y.events.empty());
  EXPECT_EQ(y.events[0].sentence, clean);
}

}  // namespace
}  // namespace newswire::extract
