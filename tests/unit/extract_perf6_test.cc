// The tokenizer's one-pass fast path (words of ASCII and two-byte Latin,
// Greek and Cyrillic code points, folded and hashed while they are
// scanned; everything else handed to the general loop) against an
// independent reference built only from ICU: code points classified by
// u_charType as text.h states, each word folded by FoldCase. Inputs mix
// scripts, apostrophes, hyphens, digits, combining marks, ß, overlong and
// truncated sequences, words longer than the fast path's buffer, and
// random byte soup.
// And the gazetteer's look-back into blockers (`not` surfaces) through a
// prefix token after their first: the filter by the first bytes of such
// stems must let every word inside a blocker through.
#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "extract/flat_index.h"
#include "extract/gazetteer.h"
#include "extract/text.h"
#include "unit/gazetteer_test_support.h"

namespace newswire::extract {
namespace {

struct RefToken {
  uint32_t begin = 0, end = 0;
  bool is_word = false;
  std::string folded;
};

bool RefIsWord(UChar32 c) {
  switch (u_charType(c)) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK:
    case U_DECIMAL_DIGIT_NUMBER:
      return true;
    default:
      return false;
  }
}

bool RefIsSkipped(UChar32 c) {
  return u_isUWhiteSpace(c) || c == 0xA0 || u_charType(c) == U_CONTROL_CHAR ||
         u_charType(c) == U_FORMAT_CHAR;
}

// The token contract of text.h, code point by code point.
std::vector<RefToken> RefTokenize(std::string_view text) {
  std::vector<RefToken> out;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  int32_t word = -1;
  auto flush = [&](int32_t end) {
    if (word < 0) return;
    out.push_back({static_cast<uint32_t>(word), static_cast<uint32_t>(end), true,
                   FoldCase(text.substr(word, end - word))});
    word = -1;
  };
  for (int32_t i = 0; i < n;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      flush(start);
      continue;
    }
    if (RefIsWord(c)) {
      if (word < 0) word = start;
      continue;
    }
    flush(start);
    if (RefIsSkipped(c)) continue;
    out.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(i), false,
                   std::string(text.substr(start, i - start))});
  }
  flush(n);
  return out;
}

void ExpectLikeReference(std::string_view text) {
  const std::vector<RefToken> want = RefTokenize(text);
  std::vector<Token> got;
  Tokenize(text, got);
  std::vector<Token> reused = {Token{0, 0, true, std::string(200, 'x'), 1}};
  TokenizeReusing(text, reused);
  ASSERT_EQ(got.size(), want.size()) << text;
  ASSERT_EQ(reused.size(), want.size()) << text;
  for (size_t i = 0; i < want.size(); ++i) {
    for (const Token* t : {&got[i], &reused[i]}) {
      EXPECT_EQ(t->begin, want[i].begin) << text << " #" << i;
      EXPECT_EQ(t->end, want[i].end) << text << " #" << i;
      EXPECT_EQ(t->is_word, want[i].is_word) << text << " #" << i;
      EXPECT_EQ(t->folded, want[i].folded) << text << " #" << i;
      EXPECT_EQ(t->hash, FlatIndexHash(t->folded)) << text << " #" << i;
    }
  }
}

TEST(ExtractTokenizerFastPath, MixedScriptsMatchTheIcuReference) {
  for (const char* text : {
           "Der Außenminister traf Ελλάδα und Россию am 3. März 2025.",
           "L’Élysée a salué l'accord d’Aujourd’hui — « Côte d'Ivoire »",
           "Staats- und Regierungschefs; e\xCC\x81"
           "t\xC3\xA9 (combining acute)",
           "ПРЕЗИДЕНТ Ёлкин-Палкин и 北京 met 東京 in Seoul/서울",
           "COP29 G7-Gipfel 100km/h ſtraße ΣΊΣΥΦΟΣ İstanbul ǅemal",
           "\xC2\xA0"
           "nbsp\xC2\xA0"
           "between\xE2\x80\x8B"
           "zero-width joiner",
           "tab\tnew\nline\r\n  and  spaces  ",
           "",
           "a",
           "Ä",
       }) {
    ExpectLikeReference(text);
  }
}

TEST(ExtractTokenizerFastPath, BrokenUtf8EndsWordsLikeTheReference) {
  for (std::string text : {
           std::string("abc\xC0\xAF"
                       "def"),      // overlong '/'
           std::string("abc\xC3"),  // truncated at the end
           std::string("abc\xC3"
                       "def"),               // lead byte without continuation
           std::string("\x80\x80word\xBF"),  // stray continuation bytes
           std::string("Мос\xD0"
                       "ква"),  // truncated Cyrillic inside a word
           std::string("ab\xE2\x82"
                       "cd"),                  // truncated three-byte sequence
           std::string("x\xF0\x9F\x98\x80y"),  // emoji between letters
       }) {
    ExpectLikeReference(text);
  }
}

TEST(ExtractTokenizerFastPath, WordsLongerThanTheBufferAreWhole) {
  // Past the fast path's buffer the general loop continues the same word.
  std::string latin(150, 'Q');
  std::string cyrillic;
  for (int k = 0; k < 70; ++k) cyrillic += "Ж";
  std::string mixed;
  for (int k = 0; k < 40; ++k) mixed += "aÉ";
  for (const std::string& w : {latin, cyrillic, mixed, latin + "ß" + cyrillic}) {
    ExpectLikeReference(w);
    ExpectLikeReference("vor " + w + ", nach");
    std::vector<Token> tokens;
    Tokenize(w, tokens);
    ASSERT_EQ(tokens.size(), 1u);
    EXPECT_EQ(tokens[0].folded, FoldCase(w));
  }
}

TEST(ExtractTokenizerFastPath, RandomTextMatchesTheReference) {
  // Random sequences over pieces that exercise every branch: ASCII letters
  // and punctuation, two-byte letters with and without a table folding,
  // marks, three- and four-byte code points, and invalid bytes.
  const std::vector<std::string> pieces = {"a",
                                           "Z",
                                           "7",
                                           " ",
                                           "-",
                                           "'",
                                           "\xE2\x80\x99",
                                           ".",
                                           "é",
                                           "É",
                                           "ß",
                                           "Ё",
                                           "ж",
                                           "Σ",
                                           "ς",
                                           "ΐ",
                                           "\xCC\x81",
                                           "ſ",
                                           "İ",
                                           "北",
                                           "😀",
                                           "\xC3",
                                           "\x80",
                                           "\xC0\xAF",
                                           "\xC2\xA0",
                                           "\xD4\xB1" /* U+0531, past the tables */,
                                           "\t"};
  std::mt19937 rng(6);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 24);
    for (int k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
    ExpectLikeReference(text);
    if (HasFailure()) break;
  }
}

class BlockerLookBackTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::filesystem::temp_directory_path() /
           ("perf6_blocker_test_" + std::to_string(::getpid()));
    const std::map<std::string, std::string> files = {
        {"states_cldr.tsv",
         "SRB\tde\tname\tSerbien\n"
         "SRB\ten\tname\tSerbia\n"
         "SRB\tfr\tname\tSerbie\n"
         "SRB\tes\tname\tSerbia\n"
         "SRB\tru\tname\tСербия\n"},
        {"states.tsv",
         "SRB\tde\tadjective\tserbisch*\n"
         "SRB\tru\tadjective\tсербск*\n"
         // Blockers whose later token is a prefix that is itself a surface.
         "SRB\tde\tnot\tFreunde serbisch*\n"
         "SRB\tru\tnot\tдрузья сербск*\n"},
        {"organisations.tsv",
         "UN\ten\tname\tUnited Nations\n"
         "WFP\ten\tname\tWorld Food Programme\n"
         "IMF\ten\tname\tInternational Monetary Fund\n"
         "WFP\t*\tuncoded\tan agency outside the coding list\n"},
        {"people.tsv", ""},
        {"roles.tsv", ""},
    };
    gazetteer_ = testing::LoadTempGazetteer(dir_, files);
  }
  static void TearDownTestSuite() {
    gazetteer_.reset();
    std::filesystem::remove_all(dir_);
  }
  static size_t At(std::string_view lang, const std::string& text, size_t i) {
    std::vector<Token> tokens;
    Tokenize(text, tokens);
    return gazetteer_->MatchAt(lang, text, tokens, i).token_count;
  }
  inline static std::filesystem::path dir_;
  inline static std::unique_ptr<Gazetteer> gazetteer_;
};

TEST_F(BlockerLookBackTest, AWordInsideABlockerByItsPrefixTokenIsNoActor) {
  EXPECT_EQ(At("de", "die Freunde serbischer Musik", 2), 0u);
  EXPECT_EQ(At("de", "die FREUNDE Serbischen Weins", 2), 0u);
  EXPECT_EQ(At("ru", "наши друзья сербского народа", 2), 0u);
}

TEST_F(BlockerLookBackTest, TheSameWordOutsideABlockerIsAnActor) {
  EXPECT_EQ(At("de", "die Partner serbischer Musik", 2), 1u);
  EXPECT_EQ(At("de", "Freunde, serbische Musik", 2), 1u);  // the comma breaks the blocker
  EXPECT_EQ(At("ru", "наши партнёры сербского народа", 2), 1u);
}

TEST_F(BlockerLookBackTest, OnlyTheUncodedOrganisationIsUncoded) {
  EXPECT_FALSE(gazetteer_->IsCoded("WFP"));
  for (const char* code : {"UN", "IMF", "SRB", "WF", "WFPX", "wfp", "", "XYZ"}) {
    EXPECT_TRUE(gazetteer_->IsCoded(code)) << code;
  }
}

TEST_F(BlockerLookBackTest, LanguageCodesSelectTheirSurfacesOnly) {
  EXPECT_EQ(At("de", "die serbischen Weine", 1), 1u);
  EXPECT_EQ(At("ru", "die serbischen Weine", 1), 0u);  // the stem is German only
  EXPECT_EQ(At("en", "die serbischen Weine", 1), 0u);
  EXPECT_EQ(At("dee", "die serbischen Weine", 1), 1u);  // unknown: every language
  EXPECT_EQ(At("", "die serbischen Weine", 1), 1u);
  EXPECT_EQ(At("*", "сербского народа", 0), 1u);
  EXPECT_EQ(At("es", "сербского народа", 0), 0u);
}

}  // namespace
}  // namespace newswire::extract
