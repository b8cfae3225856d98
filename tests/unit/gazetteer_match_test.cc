// Gazetteer::MatchAt over a small hand-written gazetteer, pinning the
// behaviour of the flat first-token tables: several candidates behind one
// first token (longest first, the rest rejected by their second token
// without being compared), an exact and a prefix key for the same word,
// stems of different length, case-sensitive and capitalised surfaces,
// generated diacritic-free and ё-less variants, typographic punctuation,
// the language filter and blockers seen from inside.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "extract/gazetteer.h"
#include "extract/text.h"
#include "unit/gazetteer_test_support.h"

namespace newswire::extract {
namespace {

class GazetteerMatchTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::filesystem::temp_directory_path() /
           ("gazetteer_match_test_" + std::to_string(::getpid()));
    const std::map<std::string, std::string> files = {
        {"states_cldr.tsv",
         "AZE\tde\tname\tAserbaidschan{,s}\n"
         "AZE\ten\tname\tAzerbaijan\n"
         "AZE\tfr\tname\tAzerbaïdjan\n"
         "AZE\tes\tname\tAzerbaiyán\n"
         "AZE\tru\tname\tАзербайджан{,а}\n"
         "USA\tde\tname\tVereinigte{,n} Staaten\n"
         "USA\ten\tname\tUnited States\n"
         "USA\tfr\tname\tÉtats-Unis\n"
         "USA\tes\tname\tEstados Unidos\n"
         "USA\tru\tname\tСША\n"
         "SRB\tde\tname\tSerbien\n"
         "SRB\t*\tname\tSerbia\n"},
        {"states.tsv",
         "USA\ten\tofficial\tUnited States of America\n"
         "USA\tde\tofficial\tVereinigte{,n} Staaten von Amerika\n"
         // Two prefix stems of one word family: the longer one wins.
         "USA\tde\tadjective\tamerika*\n"
         "USA\tde\tdemonym\tamerikaner*\n"
         // A prefix key that also covers an exact surface: the exact one wins.
         "SRB\tde\tadjective\tserbi*\n"
         "SRB\ten\tadjective\tSerbian\n"
         "SRB\t*\tcapital\tBelgrade\n"
         "AZE\t*\tcapital\tBaku\n"
         "SRB\ten\tnot\tLittle Serbia\n"},
        {"organisations.tsv",
         "UN\ten\tname\tUnited Nations\n"
         "WHO\ten\tabbreviation\t^WHO\n"
         "WHO\ten\tname\tWorld Health Organization\n"},
        {"people.tsv",
         "SRB\thead_of_state\tAleksandar Vučić\t[Aleksandar ]Vučić|[Александр{,а} ]Вучич{,а}\n"
         "SRB\tminister\tPyotr Fyodorov\tФёдоров{,а}\n"},
        {"roles.tsv",
         "en\thead_of_state\tsg\tpresident\n"
         "en\tforeign_minister\tsg\tforeign minister\n"
         "fr\thead_of_state\tsg\tchef de l'État\n"
         "de\thead_of_state\teither\tPräsidenten\n"},
    };
    gazetteer_ = testing::LoadTempGazetteer(dir_, files);
  }
  static void TearDownTestSuite() {
    gazetteer_.reset();
    std::filesystem::remove_all(dir_);
  }

  struct Found {
    size_t tokens = 0;
    std::string code;
    EntryKind kind = EntryKind::kState;
    std::string role;
  };
  static Found At(std::string_view lang, const std::string& text, size_t i = 0) {
    std::vector<Token> tokens;
    Tokenize(text, tokens);
    const GazetteerMatch m = gazetteer_->MatchAt(lang, text, tokens, i);
    if (!m) return {};
    return {m.token_count, m.entry->code, m.entry->kind, m.entry->role};
  }

  inline static std::filesystem::path dir_;
  inline static std::unique_ptr<Gazetteer> gazetteer_;
};

TEST_F(GazetteerMatchTest, ManyCandidatesBehindOneFirstTokenLongestWins) {
  EXPECT_EQ(At("en", "United States of America").tokens, 4u);
  EXPECT_EQ(At("en", "United States of America").code, "USA");
  EXPECT_EQ(At("en", "United States of Mexico").tokens, 2u);  // falls back to the shorter
  EXPECT_EQ(At("en", "United States").code, "USA");
  EXPECT_EQ(At("en", "United Nations").code, "UN");
  EXPECT_EQ(At("en", "United Kingdom").tokens, 0u);  // no candidate has this second token
  EXPECT_EQ(At("en", "United").tokens, 0u);          // no one-token candidate
  EXPECT_EQ(At("de", "die Vereinigten Staaten von Amerika", 1).tokens, 4u);
  EXPECT_EQ(At("de", "den Vereinigten Staaten.", 1).tokens, 2u);
}

TEST_F(GazetteerMatchTest, ExactSurfaceBeatsPrefixOfTheSameLength) {
  EXPECT_EQ(At("de", "Serbien").kind, EntryKind::kState);
  EXPECT_EQ(At("de", "serbischen").kind, EntryKind::kStateAdjective);
  EXPECT_EQ(At("de", "Serbia").kind, EntryKind::kState);  // "*" names are in every language
  EXPECT_EQ(At("en", "serbischen").tokens, 0u);           // the stem is German only
}

TEST_F(GazetteerMatchTest, LongerStemBeatsShorterStem) {
  EXPECT_EQ(At("de", "Amerikaner").kind, EntryKind::kDemonym);
  EXPECT_EQ(At("de", "amerikanischen").kind, EntryKind::kStateAdjective);
  EXPECT_EQ(At("de", "Amerika").kind, EntryKind::kStateAdjective);
  EXPECT_EQ(At("de", "Amerik").tokens, 0u);  // shorter than the stem
}

TEST_F(GazetteerMatchTest, CaseSensitiveSurfacesNeedTheText) {
  EXPECT_EQ(At("en", "WHO").code, "WHO");
  EXPECT_EQ(At("en", "who").tokens, 0u);
  EXPECT_EQ(At("en", "Who").tokens, 0u);
  EXPECT_EQ(At("en", "World Health Organization").code, "WHO");
  std::vector<Token> tokens;
  Tokenize("WHO", tokens);
  EXPECT_FALSE(gazetteer_->MatchAt("en", tokens, 0));
}

TEST_F(GazetteerMatchTest, CapitalisedPlacesOnlyWithACapital) {
  EXPECT_EQ(At("en", "Belgrade").code, "SRB");
  EXPECT_EQ(At("en", "Belgrade").kind, EntryKind::kCapital);
  EXPECT_EQ(At("en", "belgrade").tokens, 0u);
  EXPECT_EQ(At("en", "in BAKU").code, "");  // token 0 is "in"
  EXPECT_EQ(At("en", "in BAKU", 1).code, "AZE");
}

TEST_F(GazetteerMatchTest, GeneratedVariantsWithoutDiacriticsAndYo) {
  EXPECT_EQ(At("en", "Aleksandar Vučić").tokens, 2u);
  EXPECT_EQ(At("en", "Aleksandar Vucic").tokens, 2u);
  EXPECT_EQ(At("en", "Vucic").code, "SRB");
  EXPECT_EQ(At("en", "Vucic").kind, EntryKind::kPerson);
  EXPECT_EQ(At("ru", "Александра Вучича").tokens, 2u);
  EXPECT_EQ(At("ru", "Фёдорова").role, "minister");
  EXPECT_EQ(At("ru", "Федорова").role, "minister");
  EXPECT_EQ(At("fr", "Azerbaidjan").code, "AZE");
  EXPECT_EQ(At("fr", "AZERBAÏDJAN").code, "AZE");
}

TEST_F(GazetteerMatchTest, TypographicPunctuationInsideASurface) {
  EXPECT_EQ(At("fr", "chef de l'État").tokens, 5u);
  EXPECT_EQ(At("fr", "chef de l\u2019État").tokens, 5u);
  EXPECT_EQ(At("fr", "chef de l\u2019État").role, "head_of_state");
  EXPECT_EQ(At("fr", "États\u2013Unis").code, "USA");
  EXPECT_EQ(At("fr", "chef de la").tokens, 0u);
}

TEST_F(GazetteerMatchTest, LanguageFilterAppliesToEveryCandidate) {
  EXPECT_EQ(At("en", "Serbien").tokens, 0u);
  EXPECT_EQ(At("", "Serbien").code, "SRB");  // no language: all of them
  EXPECT_EQ(At("de", "foreign minister").tokens, 0u);
  EXPECT_EQ(At("en", "foreign minister").role, "foreign_minister");
  EXPECT_EQ(At("en", "Präsidenten").tokens, 0u);
  EXPECT_EQ(At("de", "Präsidenten").role, "head_of_state");
}

TEST_F(GazetteerMatchTest, BlockerHidesItsSpanAlsoFromInside) {
  EXPECT_EQ(At("en", "Serbia").code, "SRB");
  EXPECT_EQ(At("en", "Little Serbia").tokens, 0u);
  EXPECT_EQ(At("en", "Little Serbia", 1).tokens, 0u);
  EXPECT_EQ(At("en", "little Serbia", 1).tokens, 0u);  // blockers fold case like any surface
  EXPECT_EQ(At("en", "Little and Serbia", 2).code, "SRB");
  EXPECT_EQ(At("de", "Little Serbia", 1).code, "SRB");  // the blocker is English only
}

// Every surface of the data (and its variants) resolves to its own entry:
// lookups land on the right slot whatever the table's collisions.
TEST_F(GazetteerMatchTest, EverySurfaceResolvesToItsEntry) {
  const std::vector<std::tuple<const char*, const char*, const char*, size_t>> cases = {
      {"de", "Aserbaidschans", "AZE", 1},
      {"en", "Azerbaijan", "AZE", 1},
      {"es", "Azerbaiyán", "AZE", 1},
      {"es", "Azerbaiyan", "AZE", 1},
      {"ru", "Азербайджана", "AZE", 1},
      {"de", "Vereinigte Staaten", "USA", 2},
      {"fr", "États-Unis", "USA", 3},
      {"fr", "Etats-Unis", "USA", 3},
      {"es", "Estados Unidos", "USA", 2},
      {"ru", "США", "USA", 1},
      {"en", "Serbian", "SRB", 1},
      {"en", "Baku", "AZE", 1},
      {"en", "United Nations", "UN", 2},
      {"en", "president", "", 1},
      {"ru", "Вучич", "SRB", 1},
      {"ru", "Александр Вучич", "SRB", 2},
      {"en", "Aleksandar Vučić", "SRB", 2},
      {"de", "Amerikanerinnen", "USA", 1},
  };
  for (const auto& [lang, text, code, tokens] : cases) {
    const Found f = At(lang, text);
    EXPECT_EQ(f.tokens, tokens) << lang << " " << text;
    EXPECT_EQ(f.code, code) << lang << " " << text;
  }
}

}  // namespace
}  // namespace newswire::extract
