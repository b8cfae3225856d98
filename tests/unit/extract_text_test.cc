// Text preparation: tokens, folding, markup masking, tag lines, sentences,
// calendar arithmetic, lexicon loading errors.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "extract/dates.h"
#include "extract/document.h"
#include "extract/lexicon.h"
#include "extract/text.h"

namespace newswire::extract {
namespace {

TEST(ExtractText, TokensKeepByteOffsetsAndFold) {
  std::vector<Token> t;
  const std::string s = "Straße, БЕЛАРУСЬ l'Azerbaïdjan";
  Tokenize(s, t);
  ASSERT_EQ(t.size(), 6u);
  EXPECT_EQ(t[0].folded, "strasse");
  EXPECT_EQ(s.substr(t[0].begin, t[0].end - t[0].begin), "Straße");
  EXPECT_EQ(t[2].folded, "беларусь");
  EXPECT_EQ(t[5].folded, "azerbaïdjan");
}

TEST(ExtractText, MarkupIsMaskedInPlace) {
  const std::string s = "<p>A &amp; B</p><br/>x &lt; y &#39;z&#39; a < b";
  std::string m = MaskMarkup(s);
  ASSERT_EQ(m.size(), s.size());
  EXPECT_EQ(m.find("<p>"), std::string::npos);
  EXPECT_NE(m.find("A &"), std::string::npos);
  EXPECT_NE(m.find("a < b"), std::string::npos) << "a lone < is text";
  // An entity becomes its character padded with spaces: same length.
  EXPECT_NE(m.find("'    z"), std::string::npos);
}

TEST(ExtractText, TrailingTagLinesAreCut) {
  EXPECT_EQ(ContentEnd("Text.\nTags:"), 6u);
  EXPECT_EQ(ContentEnd("Text.\nTags : a, b\n"), 6u);
  EXPECT_EQ(ContentEnd("Text.\nТэги: Россия"), 6u);
  EXPECT_EQ(ContentEnd("Tags: in the middle.\nMore text."), 31u);
}

TEST(ExtractText, SentencesRespectOrdinalsInitialsAndAbbreviations) {
  const std::string s = "Am 11. November traf A. Lukaschenko ihn. Dr. Müller kam.\nNeue Zeile";
  std::vector<Token> t;
  Tokenize(s, t);
  auto sentences = SplitSentences(s, t, [&](size_t i) { return t[i].folded == "dr"; });
  ASSERT_EQ(sentences.size(), 3u);
  EXPECT_EQ(t[sentences[1].token_begin].folded, "dr");
  EXPECT_EQ(t[sentences[2].token_begin].folded, "neue");
}

TEST(ExtractDates, CalendarArithmetic) {
  CivilDate pub{2024, 11, 12};  // Tuesday
  EXPECT_EQ(FormatDay(PreviousWeekday(pub, 2)), "2024-11-12");
  EXPECT_EQ(FormatDay(PreviousWeekday(pub, 1)), "2024-11-11");
  EXPECT_EQ(FormatDay(PreviousWeekday(pub, 3)), "2024-11-06");
  EXPECT_EQ(FormatDay(AddDays({2024, 3, 1}, -1)), "2024-02-29");
  EXPECT_EQ(FormatDay(*ResolveDayMonth(24, 12, pub)), "2023-12-24");
  EXPECT_EQ(ResolveMonthYear(11, pub), 2024);
  EXPECT_EQ(ResolveMonthYear(12, pub), 2023);
  EXPECT_FALSE(ResolveDayMonth(30, 2, pub).has_value());
  EXPECT_FALSE(ParsePublished("yesterday").has_value());
  EXPECT_FALSE(ParsePublished("2024-13-01").has_value());
  EXPECT_EQ(FormatDay(*ParsePublished("2024-11-12T09:00:00Z")), "2024-11-12");
}

class LexiconErrors : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("lexicon_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            std::to_string(reinterpret_cast<uintptr_t>(this)));
    std::filesystem::create_directories(dir_);
    Write("event_types.tsv", "PRAISE\t051\t3.4\tSUPPORT\tpositive\t0.5\ttarget\n");
    for (const char* l : {"de", "en", "fr", "es", "ru"}) {
      Write(std::string(l) + ".tsv", "PRAISE\tlob*\tv\n");
      Write(std::string("sentiment_") + l + ".tsv", "gut\t0.5\n");
    }
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void Write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name) << content;
  }
  std::filesystem::path dir_;
};

TEST_F(LexiconErrors, ValidDataLoads) {
  std::string error;
  auto lex = Lexicons::Load(dir_, &error);
  ASSERT_NE(lex, nullptr) << error;
  std::vector<Token> t;
  Tokenize("lobten", t);
  std::vector<LexHit> hits;
  lex->ForLanguage("de")->HitsAt("lobten", t, 0, hits);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].cls, WordClass::kEvent);
}

TEST_F(LexiconErrors, UnknownTypeNamesFileAndLine) {
  Write("de.tsv", "# comment\nPRAISE\tlob*\tv\nPRAIZE\tgut\n");
  std::string error;
  EXPECT_EQ(Lexicons::Load(dir_, &error), nullptr);
  EXPECT_NE(error.find("de.tsv:3:"), std::string::npos) << error;
  EXPECT_NE(error.find("PRAIZE"), std::string::npos) << error;
}

TEST_F(LexiconErrors, BadValuesAreRejected) {
  std::string error;
  Write("event_types.tsv", "PRAISE\t051\tlots\tSUPPORT\tpositive\t0.5\n");
  EXPECT_EQ(Lexicons::Load(dir_, &error), nullptr);
  EXPECT_NE(error.find("event_types.tsv:1:"), std::string::npos) << error;
  SetUp();
  Write("en.tsv", "@month\tjanuary\t13\n");
  EXPECT_EQ(Lexicons::Load(dir_, &error), nullptr);
  EXPECT_NE(error.find("en.tsv:1:"), std::string::npos) << error;
  SetUp();
  Write("sentiment_fr.tsv", "bon\t7\n");
  EXPECT_EQ(Lexicons::Load(dir_, &error), nullptr);
  EXPECT_NE(error.find("sentiment_fr.tsv:1:"), std::string::npos) << error;
  SetUp();
  Write("ru.tsv", "PRAISE\tп*\n");
  EXPECT_EQ(Lexicons::Load(dir_, &error), nullptr);
  EXPECT_NE(error.find("ru.tsv:1:"), std::string::npos) << error;
}

TEST_F(LexiconErrors, MissingFileIsNamed) {
  std::filesystem::remove(dir_ / "es.tsv");
  std::string error;
  EXPECT_EQ(Lexicons::Load(dir_, &error), nullptr);
  EXPECT_NE(error.find("es.tsv"), std::string::npos) << error;
}

}  // namespace
}  // namespace newswire::extract
