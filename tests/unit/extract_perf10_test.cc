// Fast paths of session 10 (perf10) give the answers of the slow ones:
// the inline comparison of string views with literals (literal_compare.h)
// and the gazetteer's inline token comparison (exact and prefix pattern
// tokens after the first, across scripts, apostrophes and hyphens).
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract/literal_compare.h"
#include "gazetteer_test_support.h"

namespace newswire::extract {
namespace {

// Through a function taking a view, as the rule helpers do
// (GroupNumber(std::string_view w)): the literal overload is chosen.
bool ViewEquals(std::string_view w, const char* literal) { return w == literal; }
bool ViewDiffers(std::string_view w, const char* literal) { return w != literal; }

TEST(LiteralCompareView, EqualsTheStandardComparison) {
  const std::string storage[] = {"drei",    "dre",   "dreii",  "",
                                 "Drei",    "fünf",  "funf",   "три",
                                 "трёх",    "тре",   "четыре", std::string("drei\0", 5),
                                 "stороны", "three", "tres"};
  const char* literals[] = {"drei", "", "fünf", "три", "трёх", "четыре", "three", "tres"};
  for (const std::string& s : storage) {
    const std::string_view v(s);
    for (const char* lit : literals) {
      const bool expected = v.compare(std::string_view(lit)) == 0;
      EXPECT_EQ(ViewEquals(v, lit), expected) << s << " == " << lit;
      EXPECT_EQ(ViewDiffers(v, lit), !expected) << s << " != " << lit;
      EXPECT_EQ(lit == v, expected) << lit << " == " << s;
      EXPECT_EQ(v.substr(0, v.size() / 2) == lit,
                v.substr(0, v.size() / 2).compare(std::string_view(lit)) == 0);
    }
  }
  // A view into a longer string compares its own bytes only.
  const std::string longer = "dreizehn";
  EXPECT_TRUE(std::string_view(longer).substr(0, 4) == "drei");
  EXPECT_FALSE(std::string_view(longer) == "drei");
  // Embedded NUL: the view is longer than the literal.
  EXPECT_FALSE(std::string_view("drei\0", 5) == "drei");
  // std::string still takes its own overload (same answer).
  EXPECT_TRUE(std::string("drei") == "drei");
  EXPECT_TRUE(std::string("drei") != "dre");
}

class GazetteerInlineCompare : public testing::RealGazetteerTest {};

// Exact tokens after the first: the full word, no shorter or longer one.
TEST_F(GazetteerInlineCompare, ExactLaterTokenNeedsTheWholeWord) {
  EXPECT_EQ(At("de", "die Vereinten Nationen sagten", 1).code, "UN");
  EXPECT_EQ(At("de", "die Vereinten Nationen sagten", 1).tokens, 2u);
  // One byte shorter and one byte longer than the data's "nationen".
  EXPECT_NE(At("de", "die Vereinten Natione sagten", 1).tokens, 2u);
  EXPECT_NE(At("de", "die Vereinten Nationenx sagten", 1).tokens, 2u);
}

// Prefix tokens after the first: any word starting with the stem, not a
// shorter one; typographic apostrophes still compare equal to '. The
// data's "Yemeni Houthi*" is a blocker: where it matches, "Yemeni" is no
// state.
TEST_F(GazetteerInlineCompare, PrefixLaterTokenNeedsTheStem) {
  EXPECT_TRUE(At("en", "Yemeni Houthis fired", 0).code.empty());
  EXPECT_TRUE(At("en", "Yemeni Houthi fired", 0).code.empty());
  const auto shorter = At("en", "Yemeni Houth fired", 0);
  EXPECT_EQ(shorter.code, "YEM");
  EXPECT_EQ(shorter.tokens, 1u);
  EXPECT_TRUE(At("en", "Yemen\u2019s Houthis fired", 0).code.empty());
  EXPECT_EQ(At("en", "Yemen\u2019s Hout fired", 0).code, "YEM");
}

// Cyrillic and hyphenated surfaces (several tokens, two-byte letters).
TEST_F(GazetteerInlineCompare, CyrillicAndHyphenatedSurfaces) {
  const auto un = At("ru", "Организация Объединённых Наций заявила", 0);
  EXPECT_EQ(un.code, "UN");
  EXPECT_EQ(un.tokens, 3u);
  EXPECT_NE(At("ru", "Организация Объединённых Нации заявила", 0).tokens, 3u);
  const auto unicef = At("de", "das UN-Kinderhilfswerk teilte mit", 1);
  EXPECT_EQ(unicef.code, "UNICEF");
  EXPECT_EQ(unicef.tokens, 3u);  // un - kinderhilfswerk
  EXPECT_NE(At("de", "das UN-Kinderhilfswer teilte mit", 1).code, "UNICEF");
}

// Case-sensitive surfaces compare the text's own bytes ("^WHO" is not
// "who" nor "Who"), capitalised ones need every capital word ("~Islamic
// Republic"), and blockers starting before a token cover it ("Latin
// American" is no USA, also when matching starts at "American").
TEST_F(GazetteerInlineCompare, CaseConditionsAndBlockersFromTheRecord) {
  EXPECT_EQ(At("en", "WHO said", 0).code, "WHO");
  EXPECT_TRUE(At("en", "who said", 0).code.empty());
  EXPECT_NE(At("en", "Who said", 0).code, "WHO");
  EXPECT_NE(At("en", "WHOM said", 0).code, "WHO");
  EXPECT_EQ(At("en", "the Islamic Republic said", 1).code, "IRN");
  EXPECT_EQ(At("en", "the Islamic Republic said", 1).tokens, 2u);
  EXPECT_NE(At("en", "the Islamic republic said", 1).code, "IRN");
  EXPECT_NE(At("en", "the islamic Republic said", 1).code, "IRN");
  EXPECT_EQ(At("en", "American aid", 0).code, "USA");
  EXPECT_TRUE(At("en", "Latin American aid", 0).code.empty());
  EXPECT_TRUE(At("en", "Latin American aid", 1).code.empty());
  EXPECT_TRUE(At("fr", "des pays latino-américains", 2).code.empty());
}

}  // namespace
}  // namespace newswire::extract
