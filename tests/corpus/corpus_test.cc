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

// The bar: the task's target, F1 >= 0.90 overall and >= 0.85 per language,
// on gold.jsonl (0.948 at the end of session 4) and on the seed article.
constexpr double kOverallF1 = 0.90;
constexpr double kLanguageF1 = 0.85;
constexpr double kSeedF1 = 0.90;

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
// The other tuning sets carry ratchets a little below the session-4 figures
// (overall, lowest language), not the bar; raise them as the engine improves.
const Gate kGates[] = {
    {"gold.jsonl", 40, kOverallF1, kLanguageF1},
    // Long wire articles, tuned on since session 2: 0.939, fr 0.88.
    {"gold3.jsonl", 30, 0.91, 0.84},
    // Long wire articles, tuned on since session 3: 0.914, es 0.89; session 5: 0.922.
    {"gold4.jsonl", 30, 0.91, 0.88},
    // Held out as holdout2 until session 4 (0.744 there), then tuned on: 0.850, es 0.77;
    // session 5: 0.863, es 0.81; session 6: 0.878, es 0.83.
    {"gold5.jsonl", 30, 0.86, 0.81},
    // Session 4, heavy on the weak types: 0.754 when first scored, 0.812, es 0.73;
    // session 5: 0.842, es 0.79.
    // Session 6: 0.882, es 0.81.
    {"gold6.jsonl", 30, 0.86, 0.79},
    // Held out as holdout3 in sessions 3-4 (0.797 there, es 0.65), then tuned on:
    // 0.853, en 0.80 in session 5.
    // Session 6: 0.883, en 0.83.
    {"gold7.jsonl", 30, 0.86, 0.81},
    // Held out as holdout4 in sessions 4-5 (0.770 when first scored, 0.832 at the end of
    // session 5: de .81 en .81 es .90 fr .75 ru .92), then tuned on: 0.923, fr .86 in
    // session 6; session 7: 0.947, fr .91.
    // Session 9: 0.963, fr .91.
    {"gold8.jsonl", 30, 0.94, 0.88},
    // Held out as holdout5 in sessions 5-6 (0.825 when first scored, 0.862 at the end of
    // session 6: de .91 en .84 es .84 fr .81 ru .91), tuned on from session 7: 0.916,
    // fr .87.
    // Session 9: 0.944, fr .92.
    {"gold9.jsonl", 30, 0.92, 0.89},
    // Held out as holdout6 in sessions 5-6 (0.758 when first scored, 0.796 at the end of
    // session 6: de .78 en .78 es .84 fr .69 ru .92), tuned on from session 7: 0.894,
    // en .86. Session 11: 0.931, en .89.
    {"gold10.jsonl", 30, 0.90, 0.85},
    // Held out as holdout7 in sessions 6-7 (0.767 when first scored, 0.819 at the end of
    // session 7: de .83 en .74 es .88 fr .77 ru .91), tuned on from session 8: 0.870,
    // fr .91, en .77 (r9-fr); end of session 8: 0.877, en .77.
    // Session 9: 0.885, en .77.
    {"gold11.jsonl", 30, 0.87, 0.75},
    // Held out as holdout8 in sessions 6-7 (0.822 when first scored, 0.865 at the end of
    // session 7: de .93 en .84 es .76 fr .89 ru .90), tuned on from session 8: 0.907,
    // es .86.
    {"gold12.jsonl", 30, 0.89, 0.83},
    // Held out as holdout9 in sessions 7-8 (0.857 when first scored, 0.876 at the end of
    // session 8: de .89 en .86 es .94 fr .78 ru .91), tuned on from session 9: 0.899, fr .80
    // (r10-de).
    // Session 10: 0.916, fr .88. Session 11: 0.937, fr .89.
    {"gold13.jsonl", 30, 0.92, 0.86},
    // Held out as holdout10 in sessions 7-8 (0.803 when first scored, 0.842 at the end of
    // session 8: de .86 en .82 es .95 fr .82 ru .75), tuned on from session 9: 0.897, fr .85
    // (r10-de).
    // Session 10: 0.918, fr .88.
    {"gold14.jsonl", 30, 0.90, 0.85},
    // Held out as holdout11 in sessions 8-9 (0.862 when first scored, 0.875 at the end of
    // session 9: de .92 en .80 es .91 fr .82 ru .94), tuned on from session 10: 0.929, en .90.
    {"gold15.jsonl", 30, 0.92, 0.88},
    // Held out as holdout12 in sessions 8-9 (0.839 when first scored, 0.849 at the end of
    // session 9: de .81 en .83 es .83 fr .90 ru .88), tuned on from session 10: 0.881,
    // de .84 en .84.
    {"gold16.jsonl", 30, 0.87, 0.82},
    // Held out as holdout13 in sessions 9-10 (0.885 when first scored, 0.903 at the end of
    // session 10: de .87 en .94 es .83 fr .93 ru .96), tuned on from session 11: 0.948,
    // every language .94-.96.
    {"gold17.jsonl", 30, 0.92, 0.90},
    // Held out as holdout14 in sessions 9-10 (0.806 when first scored, 0.822 at the end of
    // session 10: de .82 en .75 es .85 fr .83 ru .91), tuned on from session 11: 0.868,
    // en .81.
    {"gold18.jsonl", 30, 0.84, 0.77},
    // One act per item, every type's wording families with near-misses,
    // written while filling the lexicon families: 0.974 / 0.971, ru 0.96; session 5: 0.975 / 0.978.
    {"paradigms-fr-es.jsonl", 400, 0.94, 0.92, {"fr", "es"}},
    {"paradigms-de-en-ru.jsonl", 700, 0.94, 0.92, {"de", "en", "ru"}},
    // Session 5: invented wire-style items (denser sentences, nominal styles,
    // headline tenses, domain vocabulary), written while filling the wording
    // families: each batch 0.38-0.87 before its changes; 0.925 / 0.934 now.
    {"wire-lex-gde.jsonl", 450, 0.90, 0.88, {"de", "en", "ru"}},
    {"wire-lex-rom.jsonl", 300, 0.91, 0.89, {"fr", "es"}},
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
