// perf14's fast paths give the answers of the slow ones:
//  - StartsWith/EndsWith (literal_compare.h), which replace the rule
//    code's out-of-line string_view::starts_with/ends_with(const char*),
//    compared with the members on random and tricky words (Cyrillic,
//    accents, apostrophes, hyphens, HTML debris, empty strings, literals
//    longer than the word);
//  - the lexicon's one-token patterns, which no longer call MatchRest: hits
//    at the last token of a text, capitalised-only patterns, and one-token
//    patterns sharing their word with longer ones (the longer still need
//    their rest);
//  - "word ... X" patterns rejected when no token the gap reaches has X's
//    hash bit: still found at every distance the gap allows (1 to 16
//    tokens, across a one-letter abbreviation, across quotation marks, at
//    the text end), not beyond 16 tokens nor past a sentence end or ";".
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "extract/lexicon.h"
#include "extract/literal_compare.h"
#include "extract/text.h"
#include "extract_test_support.h"

namespace newswire::extract {
namespace {

const std::vector<std::string>& Words() {
  static const std::vector<std::string> words = {"",
                                                 "a",
                                                 "s",
                                                 "summit",
                                                 "summits",
                                                 "summi",
                                                 "gipfel",
                                                 "sommet",
                                                 "саммит",
                                                 "саммиту",
                                                 "самми",
                                                 "с",
                                                 "обвинения",
                                                 "обвинени",
                                                 "эт",
                                                 "э",
                                                 "former_",
                                                 "former",
                                                 "minister",
                                                 "ministers",
                                                 "prime_minister",
                                                 "welcome",
                                                 "welcom",
                                                 "l'",
                                                 "l’accord",
                                                 "bilatéral",
                                                 "bilatéra",
                                                 "bilatér",
                                                 "re-elected",
                                                 "&amp;",
                                                 "<br>",
                                                 "nbsp;",
                                                 "mente",
                                                 "nuevamente",
                                                 "ente",
                                                 "ом",
                                                 "ном",
                                                 "о",
                                                 "\xD0",
                                                 "\xE2\x80",
                                                 "ado",
                                                 "lado",
                                                 "ad",
                                                 "COP29",
                                                 "unterstütz",
                                                 "unterstützung"};
  return words;
}

// The literals the tests compare against: the same kind as the rule code's
// (ASCII, Cyrillic, accents, one byte, a multi-byte sequence cut in half).
// Hand-formatted: clang-format aligns the backslashes by bytes, not
// columns, and never settles on the Cyrillic lines.
// clang-format off
#define PERF14_FOR_EACH_LITERAL(X) \
  X("summit") X("саммит") X("s") X("с") X("обвинени") X("эт") X("former_") \
  X("minister") X("welcom") X("bilatéra") X("l'") X("mente") X("ом") X("ado") \
  X("unterstütz") X("&amp;")
// clang-format on

TEST(Perf14LiteralCompare, StartsAndEndsWithEqualTheMembersOnTrickyWords) {
  for (const std::string& word : Words()) {
    const std::string_view w = word;
#define PERF14_CHECK(lit)                                                  \
  EXPECT_EQ(StartsWith(w, lit), w.starts_with(lit)) << word << " " << lit; \
  EXPECT_EQ(EndsWith(w, lit), w.ends_with(lit)) << word << " " << lit;     \
  EXPECT_EQ(StartsWith(word, lit), word.starts_with(lit)) << word;         \
  EXPECT_EQ(EndsWith(word, lit), word.ends_with(lit)) << word;
    PERF14_FOR_EACH_LITERAL(PERF14_CHECK)
#undef PERF14_CHECK
  }
}

TEST(Perf14LiteralCompare, StartsAndEndsWithEqualTheMembersOnRandomWords) {
  // Words built from the literals' own bytes, so prefixes and suffixes
  // often nearly match.
  const std::string alphabet = "sumitаммиоб'’&;-_éä \xD0\xB0";
  std::mt19937 rng(14);
  for (int round = 0; round < 4000; ++round) {
    std::string word;
    const size_t n = rng() % 12;
    for (size_t k = 0; k < n; ++k) word.push_back(alphabet[rng() % alphabet.size()]);
    if (rng() % 3 == 0) word = "summit" + word;
    if (rng() % 3 == 0) word += "ado";
    const std::string_view w = word;
#define PERF14_CHECK(lit)                                    \
  ASSERT_EQ(StartsWith(w, lit), w.starts_with(lit)) << word; \
  ASSERT_EQ(EndsWith(w, lit), w.ends_with(lit)) << word;
    PERF14_FOR_EACH_LITERAL(PERF14_CHECK)
#undef PERF14_CHECK
  }
}

// A lexicon written for the test: one-token patterns alone, capitalised
// ("c"), and sharing their word with longer patterns (exact rest, gap).
class Perf14Lexicon : public testing::TempLexiconTest {
 protected:
  void SetUp() override {
    WriteDefaults("perf14_test", {"PRAISE"});
    Write("event_types.tsv",
          "MEETING\t040\t1\tCONSULT\tneutral\t0\t\n"
          "PRAISE\t051\t3.4\tSUPPORT\tpositive\t0.5\ttarget\n");
    Write("de.tsv",
          "MEETING\ttraf\tv\n"                // one token
          "MEETING\ttraf sich\tv\n"           // same word, exact rest
          "PRAISE\tlobte\tv\n"                // one token
          "PRAISE\tlobte ... aus\tv\n"        // same word, gap
          "MEETING\tGipfel\tnc\n"             // capitalised only
          "MEETING\tвстреча\tn\n"             // Cyrillic
          "MEETING\tlud ... ein\tv\n"         // gap, exact word after it
          "MEETING\tlud ... einladung*\tn\n"  // gap, prefix after it (no gate)
          "@det\tder\n");
    Load();
  }
  // "TYPE/length" of the hits at each token of `text`.
  std::vector<std::vector<std::string>> Hits(const std::string& text) {
    const LanguageLexicon& de = *lex_->ForLanguage("de");
    std::vector<Token> tokens;
    Tokenize(text, tokens);
    std::vector<std::vector<std::string>> out;
    for (size_t i = 0; i < tokens.size(); ++i) {
      std::vector<LexHit> hits;
      de.Analyse(text, tokens, i, hits);
      std::vector<std::string> names;
      for (const LexHit& h : hits) names.push_back(testing::HitName(*lex_, h));
      out.push_back(names);
    }
    return out;
  }
  using Names = std::vector<std::string>;
};

TEST_F(Perf14Lexicon, OneTokenPatternsMatchAtTheLastTokenToo) {
  auto hits = Hits("Scholz traf");
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[1], Names{"MEETING/1"});  // "traf sich" needs its rest
  hits = Hits("встреча");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0], Names{"MEETING/1"});
  // Twin: a word that is no pattern has none, at the end or not.
  EXPECT_EQ(Hits("Scholz trafen")[1], Names{});
}

TEST_F(Perf14Lexicon, OneTokenPatternsBesideLongerOnesOfTheSameWord) {
  auto hits = Hits("Scholz traf sich mit Macron.");
  ASSERT_GE(hits.size(), 2u);
  EXPECT_EQ(hits[1], (Names{"MEETING/1", "MEETING/2"}));
  hits = Hits("Er lobte den Einsatz ausdrücklich aus.");
  EXPECT_EQ(hits[1], (Names{"PRAISE/1", "PRAISE/5"}));
  // Twin: the gap ends at a sentence end, so only the one-token pattern.
  hits = Hits("Er lobte den Einsatz. Dann ging er aus.");
  EXPECT_EQ(hits[1], Names{"PRAISE/1"});
}

TEST_F(Perf14Lexicon, CapitalisedOneTokenPatternsStillNeedTheCapital) {
  EXPECT_EQ(Hits("Der Gipfel")[1], Names{"MEETING/1"});
  // Twin: lower case in the text.
  EXPECT_EQ(Hits("der gipfel")[1], Names{});
}

// The hit of "lud ... ein" at the first token of `text`, or "" if none.
std::string GapHit(const std::vector<std::vector<std::string>>& hits) {
  for (const std::string& h : hits.at(0)) {
    if (h.starts_with("MEETING/")) return h;
  }
  return "";
}

TEST_F(Perf14Lexicon, GapPatternsAreFoundAtEveryDistanceTheGapAllows) {
  // X right after the word, and after 1 to 15 words in between: the gap
  // reaches 16 tokens (the 16th is the last it tries).
  for (int between = 0; between <= 15; ++between) {
    std::string text = "lud";
    for (int k = 0; k < between; ++k) text += " wort";
    text += " ein und ging.";
    EXPECT_EQ(GapHit(Hits(text)), "MEETING/" + std::to_string(between + 2)) << text;
  }
  // Twin: 16 words in between put X beyond the gap's reach.
  std::string far = "lud";
  for (int k = 0; k < 16; ++k) far += " wort";
  EXPECT_EQ(GapHit(Hits(far + " ein.")), "");
}

TEST_F(Perf14Lexicon, GapPatternsStopAtSentenceEndsButNotAtAbbreviations) {
  EXPECT_EQ(GapHit(Hits("lud Frau A. Merkel ein.")), "MEETING/6");  // "A." is no end
  EXPECT_EQ(GapHit(Hits("lud sie, wie erwartet, ein")), "MEETING/7");
  EXPECT_EQ(GapHit(Hits("lud „Merkel“ ein")), "MEETING/5");  // quotation marks inside
  EXPECT_EQ(GapHit(Hits("lud ihn ein")), "MEETING/3");       // X is the last token
  // Twins: a sentence end or ";" stops the gap before X.
  EXPECT_EQ(GapHit(Hits("lud ihn. Dann ging er ein.")), "");
  EXPECT_EQ(GapHit(Hits("lud ihn; er ging ein")), "");
  EXPECT_EQ(GapHit(Hits("lud ihn! Er ging ein")), "");
  // No X at all: no hit, and the prefix pattern is still tried by itself.
  EXPECT_EQ(GapHit(Hits("lud ihn zu sich")), "");
  EXPECT_EQ(GapHit(Hits("lud ihn zur Einladungsfeier")), "MEETING/4");
}

}  // namespace
}  // namespace newswire::extract
