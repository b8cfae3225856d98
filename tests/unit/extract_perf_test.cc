// The engine's fast paths give the answers of the slow ones: the lexicon's
// second-token filter, the per-thread scratch reused across articles and
// titles, sentences without trigger candidates (mentions and discourse
// only), and the event strings made once per sentence.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "extract/lexicon.h"
#include "extract/literal_compare.h"
#include "extract/text.h"
#include "extract_test_support.h"

namespace newswire::extract {
namespace {

class LexiconSecondToken : public testing::TempLexiconTest {
 protected:
  void SetUp() override {
    WriteDefaults("lexicon_second_token", {"PRAISE"});
    // One first word with patterns whose second token is exact, a prefix,
    // a gap, a clause end, or absent.
    Write("es.tsv",
          "PRAISE\tde la visita\tn\n"
          "PRAISE\tde gran*\tv\n"
          "PRAISE\tde ... elogio\tv\n"
          "PRAISE\tde $\tv\n"
          "@and\tde su\n"
          "@det\tde\n");
    Load();
  }
  // (class, length) of every hit at token 0 of `text`.
  std::vector<std::pair<WordClass, int>> HitsAt0(const std::string& text, bool drop_hashes) {
    std::vector<Token> t;
    Tokenize(text, t);
    if (drop_hashes) {
      for (Token& k : t) k.hash = 0;  // hand-built tokens: lookups hash themselves
    }
    std::vector<LexHit> hits;
    lex_->ForLanguage("es")->HitsAt(text, t, 0, hits);
    std::vector<std::pair<WordClass, int>> out;
    for (const LexHit& h : hits) out.emplace_back(h.cls, h.length);
    std::sort(out.begin(), out.end());  // by class (enum order), then length
    return out;
  }
};

using Hits = std::vector<std::pair<WordClass, int>>;

TEST_F(LexiconSecondToken, EveryKindOfSecondTokenStillMatches) {
  for (bool drop : {false, true}) {
    EXPECT_EQ(HitsAt0("de la visita", drop), (Hits{{WordClass::kEvent, 3}, {WordClass::kDet, 1}}));
    EXPECT_EQ(HitsAt0("de grandes", drop), (Hits{{WordClass::kEvent, 2}, {WordClass::kDet, 1}}));
    EXPECT_EQ(HitsAt0("de su", drop), (Hits{{WordClass::kAnd, 2}, {WordClass::kDet, 1}}));
    EXPECT_EQ(HitsAt0("de mucho elogio", drop),
              (Hits{{WordClass::kEvent, 3}, {WordClass::kDet, 1}}));
    EXPECT_EQ(HitsAt0("de, y", drop), (Hits{{WordClass::kEvent, 1}, {WordClass::kDet, 1}}));
    EXPECT_EQ(HitsAt0("de", drop), (Hits{{WordClass::kEvent, 1}, {WordClass::kDet, 1}}));
  }
}

TEST_F(LexiconSecondToken, AWrongSecondWordMatchesNothingLonger) {
  EXPECT_EQ(HitsAt0("de la casa", false), (Hits{{WordClass::kDet, 1}}));
  EXPECT_EQ(HitsAt0("de sus", false), (Hits{{WordClass::kDet, 1}}));
  EXPECT_EQ(HitsAt0("de visita", false), (Hits{{WordClass::kDet, 1}}));
}

class EngineFastPaths : public testing::ProbeFixture {
 protected:
  EngineFastPaths() : ProbeFixture("2024-11-12T09:00:00Z") {}
  Extraction Run(const std::string& title, const std::string& text) const {
    Article a;
    a.id = "fast-1";
    a.title = title;
    a.text = text;
    a.lang = "de";
    a.published_at = "2024-11-12T09:00:00Z";
    return engine_->Extract(a);
  }
};

// A sentence without any trigger candidate still sets the discourse: its
// subject is who "Er" is in the next sentence.
TEST_F(EngineFastPaths, SentenceWithoutTriggerStillSetsTheSubject) {
  EXPECT_EQ(Of("Olaf Scholz ist seit 2021 Bundeskanzler. Er lobte Serbien.", "de", "PRAISE"),
            std::vector<std::string>{"DEU>SRB"});
  EXPECT_EQ(Of("Ilham Aliyev ist seit 2003 im Amt. Er lobte Serbien.", "de", "PRAISE"),
            std::vector<std::string>{"AZE>SRB"});
}

// Scratch memory reused across articles and titles on one thread gives the
// same extraction as the first call.
TEST_F(EngineFastPaths, ReusedScratchGivesTheSameExtraction) {
  const std::string title1 = "Aliyev in Berlin";
  const std::string text1 = "Der Präsident lobte Serbien. Am Montag kritisierte er Frankreich.";
  const std::string title2 = "Lukaschenko und Putin: ein langer Tag in Moskau mit vielen Worten";
  const std::string text2 =
      "Lukaschenko traf Putin. Die beiden Präsidenten lobten China.\nDanach reiste Putin nach "
      "Serbien und Lukaschenko dankte Russland für die Unterstützung.";
  const Extraction first = Run(title1, text1);
  ASSERT_FALSE(first.events.empty());
  EXPECT_EQ(first.events[0].actors.at(0).country, "AZE");  // the title's protagonist
  const Extraction other = Run(title2, text2);
  const Extraction again = Run(title1, text1);
  ASSERT_EQ(again.events.size(), first.events.size());
  for (size_t i = 0; i < first.events.size(); ++i) {
    EXPECT_EQ(again.events[i].event_id, first.events[i].event_id);
    EXPECT_EQ(again.events[i].actors, first.events[i].actors);
    EXPECT_EQ(again.events[i].targets, first.events[i].targets);
    EXPECT_EQ(again.events[i].sentence, first.events[i].sentence);
    EXPECT_EQ(again.events[i].date, first.events[i].date);
  }
  EXPECT_EQ(again.analysis.actors, first.analysis.actors);
  EXPECT_EQ(again.analysis.tone, first.analysis.tone);
  EXPECT_FALSE(other.events.empty());
}

// Every event of a sentence carries that sentence, sanitised (tabs and line breaks
// become spaces), and its own trigger text.
TEST_F(EngineFastPaths, EventsOfOneSentenceShareItsText) {
  const Extraction x = Run("", "Scholz lobte Serbien\tund kritisierte Frankreich.");
  ASSERT_EQ(x.events.size(), 2u);
  EXPECT_EQ(x.events[0].sentence, "Scholz lobte Serbien und kritisierte Frankreich.");
  EXPECT_EQ(x.events[1].sentence, x.events[0].sentence);
  EXPECT_NE(x.events[0].trigger, x.events[1].trigger);
}

// The engine's literal comparison (literal_compare.h) answers what the
// standard operators answer: equal length and equal bytes.
TEST(LiteralCompare, EqualsTheStandardComparison) {
  const std::string cases[] = {"zu",     "z",      "zum", "",    "Zu",
                               "über",   "uber",   "со",  "сор", std::string("zu\0", 3),
                               "zuzuzu", "stороны"};
  const char* literals[] = {"zu", "", "über", "со", "стороны", "zuzuzu"};
  for (const std::string& s : cases) {
    for (const char* lit : literals) {
      const bool expected = s.compare(lit) == 0;
      EXPECT_EQ(s == lit, expected) << s << " == " << lit;
      EXPECT_EQ(s != lit, !expected) << s << " != " << lit;
      EXPECT_EQ(lit == s, expected) << lit << " == " << s;
    }
  }
  EXPECT_TRUE(std::string("über") == "über");
  EXPECT_FALSE(std::string("über") == "übe");
  EXPECT_FALSE(std::string("zu\0", 3) == "zu");
}

// The sanitised sentence copies ASCII runs whole: tabs become spaces, and
// letters outside ASCII on either side of them are kept.
TEST_F(EngineFastPaths, SanitisedSentenceKeepsEveryCharacterAroundTabs) {
  const Extraction x = Run("", "Scholz\tlobte Serbien für die Unterstützung.\tÄußerst gut.");
  ASSERT_FALSE(x.events.empty());
  EXPECT_EQ(x.events[0].sentence, "Scholz lobte Serbien für die Unterstützung.");
}

}  // namespace
}  // namespace newswire::extract
