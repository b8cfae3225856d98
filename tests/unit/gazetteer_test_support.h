// The fixture of the gazetteer tests: the real configs/gazetteer data,
// loaded once per suite, and At() to see what matches at a token.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/gazetteer.h"
#include "extract/text.h"

namespace newswire::extract::testing {

inline const std::filesystem::path kGazetteerDir =
    std::filesystem::path(NEWSWIRE_SOURCE_DIR) / "configs" / "gazetteer";

// Writes `files` (file name -> content) into a fresh directory `dir` and
// loads a Gazetteer from it; fails the calling test on a load error. The
// caller removes `dir` when done.
inline std::unique_ptr<Gazetteer> LoadTempGazetteer(
    const std::filesystem::path& dir, const std::map<std::string, std::string>& files) {
  std::filesystem::create_directories(dir);
  for (const auto& [name, content] : files) std::ofstream(dir / name) << content;
  std::string error;
  std::unique_ptr<Gazetteer> gazetteer = Gazetteer::Load(dir, &error);
  EXPECT_NE(gazetteer, nullptr) << error;
  return gazetteer;
}

class RealGazetteerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string error;
    gazetteer_ = Gazetteer::Load(kGazetteerDir, &error);
    ASSERT_NE(gazetteer_, nullptr) << error;
  }
  static void TearDownTestSuite() { gazetteer_.reset(); }

  // What matched, copied out of the entry (empty `code` and 0 `tokens`: no match).
  struct Found {
    size_t tokens = 0;
    std::string code;
    EntryKind kind = EntryKind::kState;
    std::string role;
    std::string name;
    std::string seat_of;
    bool former = false;
    GrammaticalNumber number = GrammaticalNumber::kSingular;
  };

  // The match at token `i` of `text` (with the text: case checks apply).
  static Found At(std::string_view lang, const std::string& text, size_t i = 0) {
    std::vector<Token> tokens;
    Tokenize(text, tokens);
    const GazetteerMatch m = gazetteer_->MatchAt(lang, text, tokens, i);
    if (!m) return {};
    return {m.token_count, m.entry->code,    m.entry->kind,   m.entry->role,
            m.entry->name, m.entry->seat_of, m.entry->former, m.entry->number};
  }

  inline static std::unique_ptr<Gazetteer> gazetteer_;
};

}  // namespace newswire::extract::testing
