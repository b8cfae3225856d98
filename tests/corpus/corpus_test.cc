// The F1 gates: the engine with the repository's gazetteer and lexicons,
// scored on the tuning corpora of tests/corpus/ exactly like score.py.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/engine.h"
#include "extract/evaluation.h"

namespace newswire::extract {
namespace {

// Bars: the task's target, F1 >= 0.90 overall and >= 0.85 per language.
// The engine reaches 0.927 overall on gold.jsonl (de 0.91, en 0.94, es 0.94,
// fr 0.91, ru 0.94 on 82 articles), so a regression below the target fails.
constexpr double kOverallF1 = 0.90;
constexpr double kLanguageF1 = 0.85;
constexpr double kSeedF1 = 0.90;
// gold3.jsonl and gold4.jsonl (long wire articles, tuned on since sessions
// 2 and 3): ratchets a little below the session-4 figures (gold3 0.939,
// lowest language fr 0.88; gold4 0.914, lowest language es 0.89), not the
// bar; raise them as the engine improves.
constexpr double kGold3OverallF1 = 0.91;
constexpr double kGold3LanguageF1 = 0.84;
constexpr double kGold4OverallF1 = 0.88;
constexpr double kGold4LanguageF1 = 0.85;
// gold5.jsonl was holdout2 until session 4 (0.744 there, never read; lowest
// language es 0.64), then released for tuning: a ratchet below the figure
// reached in session 4 (0.844, lowest language es 0.774; raised by r4-en).
constexpr double kGold5OverallF1 = 0.82;
constexpr double kGold5LanguageF1 = 0.74;
// gold6.jsonl (session 4, tuning, heavy on the weak types): 0.754 when first
// scored, 0.812 at the end of session 4 (lowest language es 0.72).
constexpr double kGold6OverallF1 = 0.78;
constexpr double kGold6LanguageF1 = 0.68;
// Paradigm files (session 4): short invented items, one act each, covering
// every event type's verb and noun families in every tense and voice, with
// near-misses; written while filling the lexicon families (0.929 / 0.935 on
// their first items before any change, 0.970 / 0.964 after). Ratchets below.
constexpr double kParadigmsOverallF1 = 0.94;
constexpr double kParadigmsLanguageF1 = 0.92;

const std::filesystem::path kSource = NEWSWIRE_SOURCE_DIR;

class CorpusTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string error;
    engine_ = Engine::Load(kSource / "configs", &error).release();
    ASSERT_NE(engine_, nullptr) << error;
  }
  static void TearDownTestSuite() {
    delete engine_;
    engine_ = nullptr;
  }
  static Engine* engine_;
};
Engine* CorpusTest::engine_ = nullptr;

// One gate per tuning corpus. gold.jsonl carries the bar;
// the long-article tuning sets (gold3-6, still below the bar) and the
// paradigm files carry ratchets at what the engine reached, so a drop fails.
struct Gate {
  const char* file;
  int min_articles;
  double overall;
  double per_language;
  // The languages the file covers; each must reach per_language.
  std::vector<std::string> languages = {"de", "en", "fr", "es", "ru"};
};

// gtest prints a parameter with this (and ctest lists it): the file name.
void PrintTo(const Gate& gate, std::ostream* os) { *os << gate.file; }

void ExpectGate(const Engine& engine, const Gate& gate) {
  EvalReport report;
  std::ostringstream table;
  std::string error;
  ASSERT_TRUE(Evaluate(engine, kSource / "tests/corpus" / gate.file, &table, true, &report, &error))
      << error;
  EXPECT_GE(report.articles, gate.min_articles) << gate.file;
  EXPECT_GE(report.f1, gate.overall) << gate.file << "\n" << table.str();
  for (const std::string& lang : gate.languages) {
    ASSERT_TRUE(report.per_lang.count(lang)) << gate.file << " " << lang;
    EXPECT_GE(report.per_lang[lang].F1(), gate.per_language) << gate.file << " " << lang << "\n"
                                                             << table.str();
  }
  // Polarity is fixed by type: every matched event must carry it.
  EXPECT_EQ(report.polarity_ok, report.polarity_n) << gate.file;
  std::cout << gate.file << "\n" << table.str().substr(table.str().find("type "));
}

// The gates, one test per corpus file (named after the file).
const Gate kGates[] = {
    {"gold.jsonl", 40, kOverallF1, kLanguageF1},
    {"gold3.jsonl", 30, kGold3OverallF1, kGold3LanguageF1},
    {"gold4.jsonl", 30, kGold4OverallF1, kGold4LanguageF1},
    {"gold5.jsonl", 30, kGold5OverallF1, kGold5LanguageF1},
    {"gold6.jsonl", 30, kGold6OverallF1, kGold6LanguageF1},
    {"paradigms-fr-es.jsonl", 400, kParadigmsOverallF1, kParadigmsLanguageF1, {"fr", "es"}},
    {"paradigms-de-en-ru.jsonl",
     700,
     kParadigmsOverallF1,
     kParadigmsLanguageF1,
     {"de", "en", "ru"}},
};

class CorpusGateTest : public CorpusTest, public ::testing::WithParamInterface<Gate> {};

TEST_P(CorpusGateTest, F1AtLeastTheGate) {
  ASSERT_NE(engine_, nullptr);
  ExpectGate(*engine_, GetParam());
}

INSTANTIATE_TEST_SUITE_P(Corpora, CorpusGateTest, ::testing::ValuesIn(kGates),
                         [](const ::testing::TestParamInfo<Gate>& info) {
                           std::string name = info.param.file;
                           name = name.substr(0, name.find('.'));
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

TEST_F(CorpusTest, SeedArticle) {
  ASSERT_NE(engine_, nullptr);
  std::ifstream in(kSource / "tests/corpus/gold.jsonl");
  std::string first;
  ASSERT_TRUE(std::getline(in, first));
  ASSERT_NE(first.find("\"seed-001\""), std::string::npos) << "line 1 must be the seed";
  const auto path = std::filesystem::temp_directory_path() /
                    ("newswire_seed_" + std::to_string(::getpid()) + ".jsonl");
  std::ofstream(path) << first << "\n";
  EvalReport report;
  std::ostringstream table;
  std::string error;
  ASSERT_TRUE(Evaluate(*engine_, path, &table, true, &report, &error)) << error;
  std::filesystem::remove(path);
  EXPECT_GE(report.f1, kSeedF1) << table.str();
  EXPECT_EQ(report.date_ok, report.date_n) << table.str();
}

TEST_F(CorpusTest, MalformedGoldIsAnError) {
  ASSERT_NE(engine_, nullptr);
  const auto path = std::filesystem::temp_directory_path() /
                    ("newswire_bad_" + std::to_string(::getpid()) + ".jsonl");
  std::ofstream(path) << "{\"article\": {\"id\": \"a\", \"text\": \"x\"}, \"gold\": []}\n{oops\n";
  EvalReport report;
  std::string error;
  EXPECT_FALSE(Evaluate(*engine_, path, nullptr, false, &report, &error));
  EXPECT_NE(error.find(":2:"), std::string::npos) << error;
  std::filesystem::remove(path);
  EXPECT_FALSE(Evaluate(*engine_, "/nonexistent/gold.jsonl", nullptr, false, &report, &error));
}

}  // namespace
}  // namespace newswire::extract
