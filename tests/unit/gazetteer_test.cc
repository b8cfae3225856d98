// Gazetteer: the real configs/gazetteer data (inflection, name variants,
// capitals, organisations, roles, longest match, language filter) and the
// loader's error reporting on malformed data written to a temp dir.
#include "extract/gazetteer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "extract/text.h"
#include "unit/gazetteer_test_support.h"

namespace newswire::extract {
namespace {

using testing::kGazetteerDir;

class GazetteerTest : public testing::RealGazetteerTest {};

TEST_F(GazetteerTest, KnowsAllUnMembersObserversAndCommonlyCoveredEntities) {
  const std::vector<std::string> codes = gazetteer_->StateCodes();
  EXPECT_EQ(codes.size(), 197u);  // 193 UN members, VAT, PSE, XKX, TWN
  for (const char* code : {"VAT", "PSE", "XKX", "TWN", "AZE", "BLR", "SSD", "TLS"}) {
    EXPECT_TRUE(gazetteer_->IsState(code)) << code;
  }
  EXPECT_FALSE(gazetteer_->IsState("UN"));
  EXPECT_TRUE(gazetteer_->IsOrganisation("UN"));
}

// The coding list: WFP and the World Bank are known but not coded; the UN,
// WHO and every state are.
TEST_F(GazetteerTest, OrganisationsOutsideTheCodingList) {
  EXPECT_TRUE(gazetteer_->IsOrganisation("WFP"));
  EXPECT_FALSE(gazetteer_->IsCoded("WFP"));
  EXPECT_FALSE(gazetteer_->IsCoded("WORLDBANK"));
  EXPECT_TRUE(gazetteer_->IsCoded("UN"));
  EXPECT_TRUE(gazetteer_->IsCoded("WHO"));
  EXPECT_TRUE(gazetteer_->IsCoded("AZE"));
}

TEST_F(GazetteerTest, EveryStateHasANameInEveryLanguage) {
  for (const std::string& code : gazetteer_->StateCodes()) {
    for (const char* lang : {"de", "en", "fr", "es", "ru"}) {
      EXPECT_TRUE(gazetteer_->HasName(code, lang)) << code << " " << lang;
    }
  }
  EXPECT_FALSE(gazetteer_->HasName("XXX", "de"));
}

// Every CLDR-generated name resolves to its own state in its language.
TEST_F(GazetteerTest, EveryGeneratedCountryNameResolvesToItsState) {
  std::ifstream in(kGazetteerDir / "states_cldr.tsv");
  ASSERT_TRUE(in);
  std::string line;
  int checked = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    for (size_t start = 0;;) {
      const size_t tab = line.find('\t', start);
      f.push_back(line.substr(start, tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    ASSERT_EQ(f.size(), 4u) << line;
    // "Росси{я,и,ю,ей}" -> "Россия" (stem + first alternative).
    std::string name = f[3];
    if (name[0] == '~') name.erase(0, 1);  // capitalised-only: written capitalised here
    if (const size_t open = name.find('{'); open != std::string::npos) {
      const size_t comma = name.find_first_of(",}", open);
      name = name.substr(0, open) + name.substr(open + 1, comma - open - 1);
    }
    const Found found = At(f[1], name);
    EXPECT_EQ(found.code, f[0]) << f[1] << " '" << name << "'";
    ++checked;
  }
  EXPECT_GT(checked, 900);
}

TEST_F(GazetteerTest, InflectedStateFormsInAllLanguages) {
  const std::vector<std::tuple<const char*, const char*, const char*, EntryKind>> cases = {
      {"de", "aserbaidschanischen", "AZE", EntryKind::kStateAdjective},
      {"de", "belarussischer", "BLR", EntryKind::kStateAdjective},
      {"de", "Aserbaidschans", "AZE", EntryKind::kState},
      {"de", "Russlands", "RUS", EntryKind::kState},
      {"de", "Serbiens", "SRB", EntryKind::kState},
      {"de", "RUSSISCHEN", "RUS", EntryKind::kStateAdjective},
      {"en", "Belarusian", "BLR", EntryKind::kStateAdjective},
      {"en", "Azerbaijani", "AZE", EntryKind::kStateAdjective},
      {"fr", "biélorusse", "BLR", EntryKind::kStateAdjective},
      {"fr", "azerbaïdjanaise", "AZE", EntryKind::kStateAdjective},
      {"es", "bielorrusos", "BLR", EntryKind::kStateAdjective},
      {"es", "azerbaiyana", "AZE", EntryKind::kStateAdjective},
      {"ru", "белорусского", "BLR", EntryKind::kStateAdjective},
      {"ru", "белорусской", "BLR", EntryKind::kStateAdjective},
      {"ru", "России", "RUS", EntryKind::kState},
      {"ru", "Россию", "RUS", EntryKind::kState},
      {"ru", "Россией", "RUS", EntryKind::kState},
      {"ru", "Польшей", "POL", EntryKind::kState},
      {"ru", "Китаю", "CHN", EntryKind::kState},
      {"ru", "Азербайджана", "AZE", EntryKind::kState},
      {"ru", "Азербайджане", "AZE", EntryKind::kState},
      {"ru", "Беларуси", "BLR", EntryKind::kState},
      {"ru", "азербайджанцы", "AZE", EntryKind::kDemonym},
  };
  for (const auto& [lang, text, code, kind] : cases) {
    const Found f = At(lang, text);
    EXPECT_EQ(f.code, code) << lang << " " << text;
    EXPECT_EQ(f.kind, kind) << lang << " " << text;
    EXPECT_EQ(f.tokens, 1u) << lang << " " << text;
  }
}

TEST_F(GazetteerTest, AlternativeStateNames) {
  EXPECT_EQ(At("de", "Weißrussland").code, "BLR");
  EXPECT_EQ(At("en", "Byelorussia").code, "BLR");
  EXPECT_EQ(At("de", "Türkei").code, "TUR");
  EXPECT_EQ(At("en", "Türkiye").code, "TUR");
  EXPECT_EQ(At("en", "Ivory Coast").code, "CIV");
  EXPECT_EQ(At("en", "Czech Republic").code, "CZE");
  EXPECT_EQ(At("en", "Czechia").code, "CZE");
  EXPECT_EQ(At("de", "Holland").code, "NLD");
  EXPECT_EQ(At("en", "Palestine").code, "PSE");
  EXPECT_EQ(At("de", "Kosovo").code, "XKX");
  EXPECT_EQ(At("ru", "Тайваня").code, "TWN");
  EXPECT_EQ(At("de", "Saudi-Arabiens").code, "SAU");  // three tokens
  EXPECT_EQ(At("de", "Saudi-Arabiens").tokens, 3u);
  EXPECT_EQ(At("ru", "Шри-Ланке").code, "LKA");
}

TEST_F(GazetteerTest, OfficialLongFormsAreOneMatch) {
  EXPECT_EQ(At("de", "Republik Aserbaidschan").tokens, 2u);
  EXPECT_EQ(At("de", "Republik Aserbaidschan").code, "AZE");
  EXPECT_EQ(At("en", "Republic of Azerbaijan").tokens, 3u);
  EXPECT_EQ(At("de", "Russischen Föderation").code, "RUS");
  EXPECT_EQ(At("ru", "Российская Федерация").tokens, 2u);
  EXPECT_EQ(At("ru", "Российской Федерации").code, "RUS");
  EXPECT_EQ(At("de", "Vereinigten Staaten von Amerika").tokens, 4u);
  EXPECT_EQ(At("de", "Vereinigten Staaten von Amerika").code, "USA");
  // Longest match wins over the shorter name inside it.
  EXPECT_EQ(At("en", "Democratic Republic of the Congo").code, "COD");
  EXPECT_EQ(At("en", "Republic of the Congo").code, "COG");
  EXPECT_EQ(At("en", "South Sudan").code, "SSD");
  EXPECT_EQ(At("en", "Sudan").code, "SDN");
}

TEST_F(GazetteerTest, PunctuationTakesPartInMatches) {
  EXPECT_EQ(At("fr", "Côte d'Ivoire").code, "CIV");
  EXPECT_EQ(At("fr", "Côte d'Ivoire").tokens, 4u);
  EXPECT_EQ(At("fr", "Côte d\u2019Ivoire").code, "CIV");  // typographic apostrophe
  const Found leaders = At("de", "Staats- und Regierungschefs");
  EXPECT_EQ(leaders.tokens, 4u);
  EXPECT_EQ(leaders.kind, EntryKind::kRole);
  EXPECT_EQ(leaders.role, "leader");
  // A hyphenated compound starts with the state.
  EXPECT_EQ(At("de", "Aserbaidschan-Reise").code, "AZE");
  EXPECT_EQ(At("de", "Aserbaidschan-Reise").tokens, 1u);
}

TEST_F(GazetteerTest, PeopleWithVariantsAndTransliterations) {
  for (const char* name :
       {"Aleksandr Lukaschenko", "Alexander Lukaschenko", "Lukashenko", "Loukachenko", "Lukashenka",
        "Lukašenka", "Лукашенко", "Лукашэнка", "Александр Лукашенко"}) {
    const Found f = At("", name);
    EXPECT_EQ(f.code, "BLR") << name;
    EXPECT_EQ(f.kind, EntryKind::kPerson) << name;
    EXPECT_EQ(f.role, "head_of_state") << name;
    EXPECT_EQ(f.name, "Alexander Lukashenko") << name;
  }
  EXPECT_EQ(At("de", "Aleksandr Lukaschenko").tokens, 2u);
  for (const char* name :
       {"Ilham Aliyev", "Aliyev", "Alijew", "Aliev", "Əliyev", "Алиев", "Алиева", "Ильхам Алиев"}) {
    EXPECT_EQ(At("", name).code, "AZE") << name;
  }
  for (const char* name : {"Vučić", "Vucic", "Vutschitsch", "Вучич", "Вучича"}) {
    EXPECT_EQ(At("", name).code, "SRB") << name;
  }
  for (const char* name : {"Erdoğan", "Erdogan", "Эрдоган", "Recep Tayyip Erdoğan"}) {
    EXPECT_EQ(At("", name).code, "TUR") << name;
  }
  const Found scholz = At("ru", "Шольц");
  EXPECT_EQ(scholz.code, "DEU");
  EXPECT_TRUE(scholz.former);
  EXPECT_EQ(scholz.role, "head_of_government");
  EXPECT_EQ(At("", "Путина").code, "RUS");
  EXPECT_EQ(At("", "Lavrov").role, "foreign_minister");
  EXPECT_EQ(At("", "António Guterres").code, "UN");
  EXPECT_EQ(At("", "Mark Rutte").code, "NATO");
  EXPECT_EQ(At("de", "Uchnaagiin Chürelsüch").code, "MNG");
  EXPECT_EQ(At("de", "Uchnaagiin Chürelsüch").tokens, 2u);
}

TEST_F(GazetteerTest, CapitalsAndCities) {
  const std::vector<std::tuple<const char*, const char*, const char*>> capitals = {
      {"de", "Baku", "AZE"},       {"de", "Minsk", "BLR"},   {"de", "Moskau", "RUS"},
      {"en", "Moscow", "RUS"},     {"fr", "Moscou", "RUS"},  {"es", "Moscú", "RUS"},
      {"ru", "Москве", "RUS"},     {"en", "Kyiv", "UKR"},    {"de", "Kiew", "UKR"},
      {"ru", "Киев", "UKR"},       {"de", "Peking", "CHN"},  {"en", "Beijing", "CHN"},
      {"fr", "Pékin", "CHN"},      {"es", "Pekín", "CHN"},   {"ru", "Пекине", "CHN"},
      {"en", "Washington", "USA"}, {"en", "Kremlin", "RUS"},
  };
  for (const auto& [lang, text, code] : capitals) {
    const Found f = At(lang, text);
    EXPECT_EQ(f.code, code) << text;
    EXPECT_EQ(f.kind, EntryKind::kCapital) << text;
  }
  EXPECT_EQ(At("en", "Moscow").name, "Moscow");
  EXPECT_EQ(At("ru", "Кремль").name, "Moscow");  // metonyms join the capital
  for (const char* shusha : {"Schuscha", "Shusha", "Şuşa", "Шуше"}) {
    const Found f = At("", shusha);
    EXPECT_EQ(f.code, "AZE") << shusha;
    EXPECT_EQ(f.kind, EntryKind::kCity) << shusha;
  }
  EXPECT_EQ(At("de", "Aghdam").code, "AZE");
  EXPECT_EQ(At("de", "Gazastreifen").code, "PSE");
  EXPECT_EQ(At("en", "Donetsk").code, "UKR");
  EXPECT_EQ(At("de", "Bergkarabach").kind, EntryKind::kRegion);
}

TEST_F(GazetteerTest, OrganisationsInAllLanguages) {
  const std::vector<std::tuple<const char*, const char*, const char*>> cases = {
      {"de", "UNO", "UN"},
      {"fr", "ONU", "UN"},
      {"es", "ONU", "UN"},
      {"ru", "ООН", "UN"},
      {"de", "Vereinten Nationen", "UN"},
      {"fr", "Nations unies", "UN"},
      {"es", "Naciones Unidas", "UN"},
      {"ru", "Организация Объединённых Наций", "UN"},
      {"ru", "Организации Объединенных Наций", "UN"},  // е for ё
      {"de", "NATO", "NATO"},
      {"fr", "OTAN", "NATO"},
      {"ru", "НАТО", "NATO"},
      {"de", "GUS", "CIS"},
      {"ru", "СНГ", "CIS"},
      {"ru", "ШОС", "SCO"},
      {"ru", "ОДКБ", "CSTO"},
      {"de", "Rotes Kreuz", "ICRC"},
      {"fr", "UE", "EU"},
      {"de", "Weltbank", "WORLDBANK"},
      {"en", "G20", "G20"},
  };
  for (const auto& [lang, text, code] : cases) {
    const Found f = At(lang, text);
    EXPECT_EQ(f.code, code) << lang << " " << text;
    EXPECT_EQ(f.kind, EntryKind::kOrganisation) << lang << " " << text;
  }
  EXPECT_EQ(gazetteer_->CountryName("UN"), "United Nations");
}

TEST_F(GazetteerTest, CaseSensitiveSurfaces) {
  EXPECT_EQ(At("en", "WHO").code, "WHO");
  EXPECT_EQ(At("en", "who").code, "");  // the pronoun
  EXPECT_EQ(At("en", "Who").code, "");
  EXPECT_EQ(At("en", "World Health Organization").code, "WHO");
  EXPECT_EQ(At("fr", "au").code, "");  // French "au", not the African Union
  EXPECT_EQ(At("en", "AU").code, "AU");
  EXPECT_EQ(At("en", "US").code, "USA");
  EXPECT_EQ(At("en", "us").tokens, 0u);  // the pronoun
  // Without the text the case cannot be checked: no match.
  std::vector<Token> tokens;
  Tokenize("WHO", tokens);
  EXPECT_FALSE(gazetteer_->MatchAt("en", tokens, 0));
}

TEST_F(GazetteerTest, CapitalisedOnlySurfaces) {
  EXPECT_EQ(At("es", "Chile").code, "CHL");
  EXPECT_EQ(At("es", "chile").tokens, 0u);  // the pepper
  EXPECT_EQ(At("es", "China").kind, EntryKind::kState);
  EXPECT_EQ(At("es", "china").kind, EntryKind::kStateAdjective);  // "la economía china"
  EXPECT_EQ(At("es", "Argentina").kind, EntryKind::kState);
  EXPECT_EQ(At("es", "argentina").kind, EntryKind::kStateAdjective);  // "la economía argentina"
  EXPECT_EQ(At("en", "Turkey").code, "TUR");
  EXPECT_EQ(At("en", "turkey").tokens, 0u);
  EXPECT_EQ(At("es", "Maduro").code, "VEN");
  EXPECT_EQ(At("es", "maduro").tokens, 0u);  // ripe
  EXPECT_EQ(At("es", "Lima").code, "PER");
  EXPECT_EQ(At("es", "lima").tokens, 0u);
  EXPECT_EQ(At("ru", "Вене").code, "AUT");
  EXPECT_EQ(At("ru", "вена").tokens, 0u);  // a vein
  EXPECT_EQ(At("en", "UN").code, "UN");
  EXPECT_EQ(At("en", "un").tokens, 0u);
  EXPECT_EQ(gazetteer_->CountryName("TCD"), "Chad");
  // Without the text the case cannot be checked: these match regardless.
  std::vector<Token> tokens;
  Tokenize("chile", tokens);
  EXPECT_EQ(gazetteer_->MatchAt("es", tokens, 0).entry->code, "CHL");
}

TEST_F(GazetteerTest, RoleNounsWithGrammaticalNumber) {
  const std::vector<std::tuple<const char*, const char*, const char*, GrammaticalNumber>> cases = {
      {"de", "Präsident", "head_of_state", GrammaticalNumber::kSingular},
      {"de", "Präsidenten", "head_of_state", GrammaticalNumber::kEither},
      {"de", "Präsidentinnen", "head_of_state", GrammaticalNumber::kPlural},
      {"de", "Staatsoberhaupt", "head_of_state", GrammaticalNumber::kSingular},
      {"de", "Staatschefs", "head_of_state", GrammaticalNumber::kEither},
      {"de", "Regierungschef", "head_of_government", GrammaticalNumber::kSingular},
      {"de", "Außenminister", "foreign_minister", GrammaticalNumber::kEither},
      {"de", "Amtskollegen", "counterpart", GrammaticalNumber::kEither},
      {"de", "Amtskollegin", "counterpart", GrammaticalNumber::kSingular},
      {"en", "president", "head_of_state", GrammaticalNumber::kSingular},
      {"en", "presidents", "head_of_state", GrammaticalNumber::kPlural},
      {"en", "counterpart", "counterpart", GrammaticalNumber::kSingular},
      {"fr", "homologue", "counterpart", GrammaticalNumber::kSingular},
      {"fr", "homologues", "counterpart", GrammaticalNumber::kPlural},
      {"fr", "chef de l'État", "head_of_state", GrammaticalNumber::kSingular},
      {"es", "homólogo", "counterpart", GrammaticalNumber::kSingular},
      {"es", "jefe de Estado", "head_of_state", GrammaticalNumber::kSingular},
      {"ru", "президент", "head_of_state", GrammaticalNumber::kSingular},
      {"ru", "президенты", "head_of_state", GrammaticalNumber::kPlural},
      {"ru", "глава государства", "head_of_state", GrammaticalNumber::kSingular},
      {"ru", "премьер-министр", "head_of_government", GrammaticalNumber::kSingular},
      {"ru", "коллеги", "counterpart", GrammaticalNumber::kEither},
  };
  for (const auto& [lang, text, role, number] : cases) {
    const Found f = At(lang, text);
    EXPECT_EQ(f.kind, EntryKind::kRole) << text;
    EXPECT_EQ(f.code, "") << text;
    EXPECT_EQ(f.role, role) << text;
    EXPECT_EQ(f.number, number) << text;
  }
  EXPECT_EQ(At("fr", "chef de l'État").tokens, 5u);
}

TEST_F(GazetteerTest, LanguageFilter) {
  EXPECT_EQ(At("de", "Weißrussland").code, "BLR");
  EXPECT_EQ(At("en", "Weißrussland").code, "");
  EXPECT_EQ(At("de", "Präsident").role, "head_of_state");
  EXPECT_EQ(At("en", "Präsident").code, "");
  EXPECT_EQ(At("en", "Präsident").kind, EntryKind::kState);  // no match at all
  EXPECT_EQ(At("en", "Präsident").tokens, 0u);
  // Empty or unknown language searches every language.
  EXPECT_EQ(At("", "Weißrussland").code, "BLR");
  EXPECT_EQ(At("xx", "Moskau").code, "RUS");
  // Russian "того" (of that) is not Togo; the German name is.
  EXPECT_EQ(At("ru", "того").tokens, 0u);
  EXPECT_EQ(At("de", "Togo").code, "TGO");
}

TEST_F(GazetteerTest, ShortStemsDoNotSwallowUnrelatedWords) {
  // Prefix stems match whole tokens from their start only, never inside words.
  EXPECT_EQ(At("en", "Indianapolis").tokens, 0u);
  EXPECT_EQ(At("de", "Chinarestaurant").tokens, 0u);  // "China" is exact, not a stem
  EXPECT_EQ(At("de", "Turkmenistan").code, "TKM");
  EXPECT_EQ(At("de", "Irakli").tokens, 0u);
  EXPECT_EQ(At("de", "Österreicherin").code, "AUT");
  EXPECT_EQ(At("de", "Deutschland").kind, EntryKind::kState);  // exact beats deutsch*
  EXPECT_EQ(At("de", "deutschen").kind, EntryKind::kStateAdjective);
  EXPECT_EQ(At("de", "Belarussisch").code, "BLR");
  EXPECT_EQ(At("de", "russisch").code, "RUS");
  EXPECT_EQ(At("ru", "белорусская").code, "BLR");
  EXPECT_EQ(At("ru", "русская").code, "RUS");
  // `not` lines block what a stem would swallow: English-speaking is not British.
  EXPECT_EQ(At("de", "englischsprachigen").tokens, 0u);
  EXPECT_EQ(At("de", "englischen").code, "GBR");
  EXPECT_EQ(At("ru", "русскоязычные").tokens, 0u);
  EXPECT_EQ(At("ru", "порту").tokens, 0u);  // dative of "port", not Porto
  // ... also when MatchAt starts inside the blocked span ("océan Indien" at "Indien").
  {
    const std::string text = "l'océan Indien et le président indien";
    std::vector<Token> tokens;
    Tokenize(text, tokens);  // l ' océan Indien et le président indien
    ASSERT_EQ(tokens.size(), 8u);
    EXPECT_FALSE(gazetteer_->MatchAt("fr", text, tokens, 3));
    EXPECT_EQ(gazetteer_->MatchAt("fr", text, tokens, 7).entry->code, "IND");
  }
  EXPECT_EQ(At("en", "Latin American").tokens, 0u);
  EXPECT_EQ(At("en", "Washington Post").tokens, 0u);  // media named after places
  EXPECT_EQ(At("de", "Deutsche Welle").tokens, 0u);
  {
    const std::string text = "Air France";
    std::vector<Token> tokens;
    Tokenize(text, tokens);
    EXPECT_FALSE(gazetteer_->MatchAt("fr", text, tokens, 1));
  }
  EXPECT_EQ(At("en", "American").code, "USA");
  // Diacritic-free variants are generated for Latin script.
  EXPECT_EQ(At("es", "Azerbaiyan").code, "AZE");
  EXPECT_EQ(At("fr", "Pekin").code, "CHN");
}

TEST_F(GazetteerTest, MatchAtBoundaries) {
  std::vector<Token> tokens;
  Tokenize("Baku", tokens);
  EXPECT_FALSE(gazetteer_->MatchAt("de", tokens, 1));
  EXPECT_FALSE(gazetteer_->MatchAt("de", tokens, 99));
  std::vector<Token> none;
  EXPECT_FALSE(gazetteer_->MatchAt("de", none, 0));
  // A multi-token surface cut off by the end of the tokens does not match.
  EXPECT_EQ(At("de", "Staats- und").tokens, 0u);
}

// Arbitrary bytes (invalid UTF-8, control characters, stray markers) never
// crash a lookup, whatever the language and with or without the text.
TEST_F(GazetteerTest, ArbitraryInputIsSafe) {
  uint32_t seed = 12345;
  auto next = [&seed] {
    seed = seed * 1103515245u + 12345u;
    return static_cast<unsigned char>(seed >> 16);
  };
  const std::string alphabet = "Baku Moskau ^~*{}[]|'\xE2\x80\x99-\xD0\xA0\xD1\x84 WHO who";
  for (int round = 0; round < 200; ++round) {
    std::string text;
    for (int k = 0; k < 64; ++k) {
      const unsigned char b = next();
      text.push_back(b < 128 ? alphabet[b % alphabet.size()] : static_cast<char>(b));
    }
    std::vector<Token> tokens;
    Tokenize(text, tokens);
    for (size_t i = 0; i <= tokens.size(); ++i) {
      for (const char* lang : {"de", "en", "fr", "es", "ru", "", "zz"}) {
        const GazetteerMatch a = gazetteer_->MatchAt(lang, text, tokens, i);
        const GazetteerMatch b = gazetteer_->MatchAt(lang, tokens, i);
        EXPECT_LE(i + a.token_count, tokens.size() + (a ? 0 : 1));
        EXPECT_LE(i + b.token_count, tokens.size() + (b ? 0 : 1));
        // With mismatched text (offsets beyond it) nothing breaks either.
        gazetteer_->MatchAt(lang, "x", tokens, i);
      }
    }
  }
}

TEST_F(GazetteerTest, CountryNames) {
  EXPECT_EQ(gazetteer_->CountryName("AZE"), "Azerbaijan");
  EXPECT_EQ(gazetteer_->CountryName("USA"), "United States");
  EXPECT_EQ(gazetteer_->CountryName("PSE"), "Palestine");
  EXPECT_EQ(gazetteer_->CountryName("RUS"), "Russia");
  EXPECT_EQ(gazetteer_->CountryName("NATO"), "NATO");
  EXPECT_EQ(gazetteer_->CountryName("XYZ"), "");
  EXPECT_EQ(At("de", "Aserbaidschan").name, "Azerbaijan");
  EXPECT_GT(gazetteer_->surface_count(), 10000u);
}

// ---------------------------------------------------------------- loader errors

class GazetteerLoadErrorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("gazetteer_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    files_["states_cldr.tsv"] =
        "# generated\n"
        "AZE\tde\tname\tAserbaidschan{,s}\n"
        "AZE\ten\tname\tAzerbaijan\n"
        "AZE\tfr\tname\tAzerbaïdjan\n"
        "AZE\tes\tname\tAzerbaiyán\n"
        "AZE\tru\tname\tАзербайджан{,а,у,ом,е}\n";
    files_["states.tsv"] = "AZE\tde\tadjective\taserbaidschanisch*\n";
    files_["organisations.tsv"] = "UN\ten\tname\tUnited Nations\n";
    files_["people.tsv"] = "AZE\thead_of_state\tIlham Aliyev\t[Ilham ]Aliyev\n";
    files_["roles.tsv"] = "de\thead_of_state\tsg\tPräsident\n";
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string LoadError() {
    for (const auto& [name, content] : files_) {
      std::ofstream(dir_ / name) << content;
    }
    std::string error;
    std::unique_ptr<Gazetteer> g = Gazetteer::Load(dir_, &error);
    if (g) return "";
    EXPECT_FALSE(error.empty());
    return error;
  }

  std::filesystem::path dir_;
  std::map<std::string, std::string> files_;
};

TEST_F(GazetteerLoadErrorTest, MinimalDataLoads) {
  EXPECT_EQ(LoadError(), "");
  std::string error;
  auto g = Gazetteer::Load(dir_, &error);
  ASSERT_NE(g, nullptr) << error;
  std::vector<Token> tokens;
  Tokenize("Aserbaidschans", tokens);
  EXPECT_EQ(g->MatchAt("de", tokens, 0).entry->code, "AZE");
}

TEST_F(GazetteerLoadErrorTest, UnknownKindNamesFileAndLine) {
  files_["states.tsv"] = "# comment\n\nAZE\tde\tadj\taserbaidschanisch*\n";
  EXPECT_EQ(LoadError(), "states.tsv:3: unknown kind 'adj'");
}

TEST_F(GazetteerLoadErrorTest, UnknownLanguage) {
  files_["roles.tsv"] = "it\thead_of_state\tsg\tpresidente\n";
  EXPECT_EQ(LoadError(), "roles.tsv:1: unknown language 'it'");
}

TEST_F(GazetteerLoadErrorTest, WrongFieldCount) {
  files_["people.tsv"] = "AZE\thead_of_state\tIlham Aliyev\n";
  EXPECT_NE(LoadError().find("people.tsv:1: expected 4 tab-separated fields"), std::string::npos);
}

TEST_F(GazetteerLoadErrorTest, ShortPrefixStemIsRejected) {
  files_["states.tsv"] = "AZE\tde\tadjective\taser*\n";
  EXPECT_NE(LoadError().find("states.tsv:1: prefix stem 'aser*' is shorter than 5"),
            std::string::npos);
}

TEST_F(GazetteerLoadErrorTest, SurfaceWithTwoCodesIsRejected) {
  files_["states.tsv"] =
      "BLR\t*\tname\tBelarus\n"
      "BLR\tde\tadjective\tbelarussisch*\n"
      "BLR\t*\tcapital\tBaku\n";
  files_["states.tsv"] += "AZE\t*\tcapital\tBaku\n";
  const std::string error = LoadError();
  EXPECT_NE(error.find("states.tsv:4: surface 'Baku' (de) is already capital BLR"),
            std::string::npos)
      << error;
}

TEST_F(GazetteerLoadErrorTest, StateWithoutNameInEveryLanguage) {
  files_["states.tsv"] = "BLR\tde\tname\tBelarus\n";
  EXPECT_EQ(LoadError(), "states: BLR has no name in 'en'");
}

TEST_F(GazetteerLoadErrorTest, UnknownPersonCode) {
  files_["people.tsv"] = "XYZ\thead_of_state\tNobody\tNobody\n";
  EXPECT_EQ(LoadError(), "people.tsv:1: unknown state or organisation code 'XYZ'");
}

TEST_F(GazetteerLoadErrorTest, OrganisationCodeMustNotBeAState) {
  files_["organisations.tsv"] = "AZE\ten\tname\tAzerbaijan Union\n";
  EXPECT_EQ(LoadError(), "organisations.tsv:1: organisation code 'AZE' is a state code");
}

TEST_F(GazetteerLoadErrorTest, UncodedNeedsAKnownOrganisationAndEveryLanguage) {
  files_["organisations.tsv"] = "EXBANK\ten\tname\tExample Bank\nEXBANK\ten\tuncoded\tnote\n";
  EXPECT_EQ(LoadError(), "organisations.tsv:2: 'uncoded' lines take '*' as language");
  files_["organisations.tsv"] = "EXBANK\t*\tuncoded\tnote\nEXBANK\ten\tname\tExample Bank\n";
  EXPECT_EQ(LoadError(),
            "organisations.tsv:1: 'uncoded' organisation 'EXBANK' is not defined above");
}

TEST_F(GazetteerLoadErrorTest, UnbalancedBracket) {
  files_["roles.tsv"] = "de\thead_of_state\tsg\tPräsident{,en\n";
  EXPECT_NE(LoadError().find("roles.tsv:1: unbalanced"), std::string::npos);
}

TEST_F(GazetteerLoadErrorTest, MarkerInsideSurface) {
  files_["people.tsv"] = "AZE\thead_of_state\tIlham Aliyev\tIlham ~Aliyev\n";
  EXPECT_EQ(LoadError(), "people.tsv:1: '~' must start the surface in 'Ilham ~Aliyev'");
}

TEST_F(GazetteerLoadErrorTest, ByteOrderMarkIsIgnored) {
  files_["roles.tsv"] =
      "\xEF\xBB\xBF"
      "de\thead_of_state\tsg\tPräsident\n";
  EXPECT_EQ(LoadError(), "");
}

TEST_F(GazetteerLoadErrorTest, BadNumber) {
  files_["roles.tsv"] = "de\thead_of_state\tmany\tPräsidenten\n";
  EXPECT_EQ(LoadError(), "roles.tsv:1: unknown number 'many' (sg, pl or either)");
}

TEST_F(GazetteerLoadErrorTest, MissingFileIsNamed) {
  std::filesystem::remove(dir_ / "roles.tsv");
  files_.erase("roles.tsv");
  const std::string error = LoadError();
  EXPECT_NE(error.find("roles.tsv: cannot open"), std::string::npos) << error;
}

TEST_F(GazetteerLoadErrorTest, NullErrorPointerIsAllowed) {
  files_["states.tsv"] = "AZE\tde\tadj\tx\n";
  LoadError();
  EXPECT_EQ(Gazetteer::Load(dir_, nullptr), nullptr);
}

}  // namespace
}  // namespace newswire::extract
