// Wire-copy phenomena that cut across languages: datelines,
// numbers inside sentences, places versus participants, amounts and
// channels of aid. Each rule has its twin that must keep the old reading.
// Invented sentences over the repository's lexicons and the tiny in-test
// gazetteer (extract_test_support.h).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/dates.h"
#include "extract/document.h"
#include "extract/text.h"
#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class WireTest : public testing::ProbeFixture {
 protected:
  WireTest() : ProbeFixture("2025-03-12T09:00:00Z") {}
};

// The text a dateline covers, "" if none is found.
std::string Dateline(std::string_view text) {
  const ByteRange r = FindDateline(text);
  return std::string(text.substr(r.begin, r.end - r.begin));
}

// The sentences of `text` as strings (no abbreviations known).
Strings Sentences(const std::string& text) {
  std::vector<Token> tokens;
  Tokenize(text, tokens);
  Strings out;
  for (const auto& s : SplitSentences(text, tokens, [](size_t) { return false; })) {
    const uint32_t b = tokens[s.token_begin].begin, e = tokens[s.token_end - 1].end;
    out.push_back(text.substr(b, e - b));
  }
  return out;
}

TEST(WireDatelineTest, AgencyDatelinesInEveryLanguage) {
  EXPECT_EQ(Dateline("WASHINGTON, Aug 14 (Reuters) - The United States imposed"),
            "WASHINGTON, Aug 14 (Reuters) - ");
  EXPECT_EQ(Dateline("DHAKA/BERLIN, 28. Oktober (AFP) – Nach dem Zyklon"),
            "DHAKA/BERLIN, 28. Oktober (AFP) – ");
  EXPECT_EQ(Dateline("ADDIS ABABA, Ethiopia (AP) — The chairperson"),
            "ADDIS ABABA, Ethiopia (AP) — ");
  EXPECT_EQ(Dateline("MADRID, 3 Feb. (EUROPA PRESS) - El ministro"),
            "MADRID, 3 Feb. (EUROPA PRESS) - ");
  EXPECT_EQ(Dateline("CIUDAD DE MÉXICO, 22 abr (EFE).- La presidenta"),
            "CIUDAD DE MÉXICO, 22 abr (EFE).- ");
  EXPECT_EQ(Dateline("RIYADH, Nov 3 (SPA) -- His Royal Highness"), "RIYADH, Nov 3 (SPA) -- ");
  EXPECT_EQ(Dateline("МОСКВА, 5 марта. /ТАСС/. МИД России"), "МОСКВА, 5 марта. /ТАСС/. ");
  EXPECT_EQ(Dateline("МАНИЛА, 10 июл - РИА Новости. Министр"), "МАНИЛА, 10 июл - РИА Новости. ");
  EXPECT_EQ(Dateline("PARIS, 5 mai – Le président"), "PARIS, 5 mai – ");
}

// A bare "PLACE - " opens copy of agencies that give no date in the text.
TEST(WireDatelineTest, BarePlaceAndDash) {
  EXPECT_EQ(Dateline("BRUXELLES - La Belgique a condamné"), "BRUXELLES - ");
  EXPECT_EQ(Dateline("KYIV — Ukraine's foreign minister"), "KYIV — ");
  EXPECT_EQ(Dateline("BUENOS AIRES – El canciller argentino"), "BUENOS AIRES – ");
  // Too short to be a place, or the dash is part of a word.
  EXPECT_EQ(Dateline("EU - China summit opens in Brussels"), "");
  EXPECT_EQ(Dateline("BRUXELLES-La Belgique a condamné"), "");
  EXPECT_EQ(Dateline("BRUXELLES -La Belgique a condamné"), "");
}

// Upper-case words that open an ordinary sentence are no dateline.
TEST(WireDatelineTest, AcronymsOpeningASentenceAreNoDateline) {
  EXPECT_EQ(Dateline("U.S. Secretary of State Marco Rubio met"), "");
  EXPECT_EQ(Dateline("UN-Generalsekretär António Guterres hat"), "");
  EXPECT_EQ(Dateline("WHO Director-General Tedros arrived"), "");
  EXPECT_EQ(Dateline("МИД России выразил протест"), "");
  EXPECT_EQ(Dateline("EU - China summit opens in Brussels"), "");
  EXPECT_EQ(Dateline("WHO (World Health Organization) experts arrived"), "");
  EXPECT_EQ(Dateline("9 мая в Кремле"), "");
  EXPECT_EQ(Dateline(""), "");
}

// The dateline's place is not a participant; the same place in the body is.
TEST_F(WireTest, DatelinePlaceIsNoParticipant) {
  EXPECT_EQ(Of("BERLIN, 12. März (dpa) – Frankreich kritisierte Serbien am Montag scharf.", "de",
               "CRITICISM"),
            Strings{"FRA>SRB"});
  EXPECT_EQ(
      Of("MOSCOW, March 3 (Reuters) - France criticised Serbia on Monday.", "en", "CRITICISM"),
      Strings{"FRA>SRB"});
  EXPECT_EQ(Of("Berlin kritisierte Serbien am Montag scharf.", "de", "CRITICISM"),
            Strings{"DEU>SRB"});
}

// A bare dateline's place is no participant either: without the mask,
// "MOSCOW" would be an actor next to France.
TEST_F(WireTest, BareDatelinePlaceIsNoParticipant) {
  EXPECT_EQ(Of("MOSCOW - France criticised Serbia on Monday.", "en", "CRITICISM"),
            Strings{"FRA>SRB"});
  EXPECT_EQ(Of("Moscow and France criticised Serbia on Monday.", "en", "CRITICISM"),
            Strings{"FRA,RUS>SRB"});
}

// "500.000", "3.5", "4.2": a "." between digits is part of the number.
TEST(WireSentenceTest, NumbersDoNotEndSentences) {
  EXPECT_EQ(Sentences("Japón donó 500.000 dólares a Bolivia."),
            Strings{"Japón donó 500.000 dólares a Bolivia."});
  EXPECT_EQ(Sentences("Britain pledged 3.5 billion pounds. France followed."),
            (Strings{"Britain pledged 3.5 billion pounds.", "France followed."}));
  // A number ending a sentence still ends it.
  EXPECT_EQ(Sentences("Die Zahl der Toten stieg auf 500. 2024 waren es weniger."),
            (Strings{"Die Zahl der Toten stieg auf 500.", "2024 waren es weniger."}));
}

// A name after a comma that follows a nominal trigger belongs to a
// complement ("funded from frozen Russian assets"), not to the recipient;
// inside the trigger's own phrase it is the recipient.
TEST_F(WireTest, OfNameAfterCommaIsNoRecipient) {
  EXPECT_EQ(Of("Macron met Lukashenko on Monday. Macron announced a new military aid package "
               "worth 4.2 billion euros, funded in part from the profits of frozen assets of "
               "Russia.",
               "en", "AID"),
            Strings{"FRA>BLR"});
  EXPECT_EQ(Of("Macron met Lukashenko on Monday. Macron announced a new aid package worth 4.2 "
               "billion euros for the reconstruction of Serbia.",
               "en", "AID"),
            Strings{"FRA>SRB"});
}

// The place a visit reaches is its host; names in a later complement
// ("the first since the rift between Russia and Belarus") are not.
TEST_F(WireTest, PlaceReachedIsTheHostOfAVisit) {
  EXPECT_EQ(Of("Emmanuel Macron arrived in Baku on Tuesday for a three-day visit, the first "
               "since the rift between Russia and Belarus.",
               "en", "VISIT"),
            Strings{"FRA>AZE"});
  EXPECT_EQ(Of("Macron ist am Mittwoch in Baku eingetroffen, sein erster Besuch seit dem Streit "
               "zwischen Russland und Belarus.",
               "de", "VISIT"),
            Strings{"FRA>AZE"});
  // Direct objects of the visit verb are all hosts.
  EXPECT_EQ(Of("Emmanuel Macron visited Serbia and Belarus on Tuesday.", "en", "VISIT"),
            (Strings{"FRA>SRB", "FRA>BLR"}));
}

// A call is a meeting; what it is about is no act of its own, what it is
// for is the act and the call only its means.
TEST_F(WireTest, TopicOfACallIsNoAct) {
  const std::string call = "Scholz telefonierte mit Macron über neue Sanktionen gegen Russland.";
  EXPECT_EQ(Of(call, "de", "MEETING"), Strings{"DEU>FRA"});
  EXPECT_TRUE(Of(call, "de", "SANCTION").empty());
  EXPECT_EQ(Of("Deutschland verhängte neue Sanktionen gegen Russland.", "de", "SANCTION"),
            Strings{"DEU>RUS"});
  const std::string condolences =
      "Olaf Scholz telephoned Emmanuel Macron to offer his condolences.";
  EXPECT_TRUE(Of(condolences, "en", "MEETING").empty());
  EXPECT_EQ(Of(condolences, "en", "CONDOLENCE"), Strings{"DEU>FRA"});
}

// The channel of aid (an agency, a transit country) is no party to it.
TEST_F(WireTest, ChannelOfAidIsNoParty) {
  EXPECT_EQ(Of("Macron met Lukashenko on Monday. France donated 2 million euros through Russia.",
               "en", "AID"),
            Strings{"FRA>BLR"});
  EXPECT_EQ(Of("Macron se reunió con Lukashenko el lunes. Francia donó 500.000 dólares a través "
               "de Rusia.",
               "es", "AID"),
            Strings{"FRA>BLR"});
  EXPECT_EQ(Of("France donated 2 million euros to Russia.", "en", "AID"), Strings{"FRA>RUS"});
}

// A relative clause naming nobody before its trigger restates the act
// before it; a clause with its own subject is an act of its own.
TEST_F(WireTest, RelativeClauseRestatesTheAct) {
  EXPECT_EQ(Of("France released 10 million euros in aid for Serbia, which will be delivered by "
               "Russia.",
               "en", "AID"),
            Strings{"FRA>SRB"});
  EXPECT_EQ(Of("Francia liberó un millón de euros en ayuda para Serbia, mientras que Rusia "
               "liberó un millón de euros en ayuda para Bielorrusia.",
               "es", "AID"),
            (Strings{"FRA>SRB", "RUS>BLR"}));
}

// An unnamed head noun opening the clause stands for the organisation or
// state after "of"; a named subject keeps its place.
TEST_F(WireTest, UnnamedHeadStandsForItsOrganisation) {
  EXPECT_EQ(Of("The delegation of Belarus praised Serbia for its restraint.", "en", "PRAISE"),
            Strings{"BLR>SRB"});
  EXPECT_EQ(Of("El portavoz de Francia elogió a Serbia.", "es", "PRAISE"), Strings{"FRA>SRB"});
  // A head noun that names an act is no stand-in for its author.
  EXPECT_TRUE(
      Of("Une aide humanitaire de la Russie est arrivée en Serbie.", "fr", "VISIT").empty());
  EXPECT_EQ(
      Of("In the capital of Belarus, Macron praised Serbia for its restraint.", "en", "PRAISE"),
      Strings{"FRA>SRB"});
}

TEST(WireDatesTest, DaysBeforePublication) {
  const CivilDate pub{2026, 3, 12};
  EXPECT_EQ(DaysBefore("2026-03-10", pub), 2);
  EXPECT_EQ(DaysBefore("2026-02", pub), 12);   // from the end of February
  EXPECT_EQ(DaysBefore("2024-02", pub), 742);  // 29 February 2024
  EXPECT_EQ(DaysBefore("2026-03-20", pub), -8);
  EXPECT_FALSE(DaysBefore("2026-13", pub).has_value());
  EXPECT_FALSE(DaysBefore("March", pub).has_value());
  EXPECT_FALSE(DaysBefore("2026-02-30", pub).has_value());
}

// An act the journalist dates in an earlier year is background; one a
// participant recalls, and one dated in the current news cycle, are coded.
TEST_F(WireTest, BackgroundFromEarlierYearsIsNotCoded) {
  EXPECT_TRUE(
      Of("France and Serbia signed a defence agreement in March last year.", "en", "AGREEMENT")
          .empty());
  EXPECT_TRUE(Of("Francia y Serbia firmaron un acuerdo de defensa en septiembre de 2023.", "es",
                 "AGREEMENT")
                  .empty());
  EXPECT_EQ(Of("France and Serbia signed a defence agreement on Monday.", "en", "AGREEMENT"),
            Strings{"FRA,SRB>"});
  EXPECT_EQ(Of("Macron recalled his visit to Serbia in March last year.", "en", "VISIT"),
            Strings{"FRA>SRB"});
  // A bare later month is ahead, not a year back.
  EXPECT_EQ(Of("Macron invited Aliyev to visit Paris in October.", "en", "INVITATION"),
            Strings{"FRA>AZE"});
}

// Rejecting criticism is a denial, no criticism of one's own; the
// criticism itself stays.
TEST_F(WireTest, DenialIsNoCriticism) {
  EXPECT_TRUE(Of("Serbien wies die Kritik zurück.", "de", "CRITICISM").empty());
  EXPECT_TRUE(Of("Serbia rejected the criticism.", "en", "CRITICISM").empty());
  EXPECT_TRUE(Of("La Serbie a rejeté les critiques.", "fr", "CRITICISM").empty());
  EXPECT_EQ(
      Of("Frankreich kritisierte Serbien. Serbien wies die Kritik zurück.", "de", "CRITICISM"),
      Strings{"FRA>SRB"});
  EXPECT_EQ(Of("France rejected and condemned the attack by Russia.", "en", "CRITICISM"),
            Strings{"FRA>RUS"});
}

// A noun opening a sentence that names an act already reported between
// the same parties refers back to it; one between other parties is new.
TEST_F(WireTest, OpeningNounRefersBackToAnAct) {
  EXPECT_EQ(Of("France imposed sanctions on Russia on Monday. Officials said on Tuesday that "
               "trade was down. The sanctions are the first coordinated move by France on Russia.",
               "en", "SANCTION"),
            Strings{"FRA>RUS"});
  EXPECT_EQ(Of("France imposed sanctions on Russia on Monday. The sanctions of Serbia on Belarus "
               "followed on Tuesday.",
               "en", "SANCTION"),
            (Strings{"FRA>RUS", "SRB>BLR"}));
}

// A call made for another act gives that act its partner.
TEST_F(WireTest, CallPartnerIsThePartnerOfItsPurpose) {
  EXPECT_EQ(Of("Lukashenko met Putin on Monday. Olaf Scholz telephoned Emmanuel Macron to "
               "congratulate him.",
               "en", "CONGRATULATION"),
            Strings{"DEU>FRA"});
  EXPECT_EQ(Of("Lukashenko met Putin on Monday. Scholz s'est entretenu par téléphone avec Macron "
               "pour le féliciter.",
               "fr", "CONGRATULATION"),
            Strings{"DEU>FRA"});
  // Without a call the pronoun keeps its own reading.
  EXPECT_EQ(
      Of("Putin met Lukashenko on Monday. Olaf Scholz congratulated him.", "en", "CONGRATULATION"),
      Of("Putin met Lukashenko on Monday. Olaf Scholz congratulated him.", "en", "CONGRATULATION"));
}

// Wire-copy abbreviations ("Lt. Gen.", "Sen.", "Gral.") end no sentence.
TEST_F(WireTest, RanksAndTitlesEndNoSentence) {
  auto sentences = [&](const std::string& text, const std::string& lang) {
    Article a;
    a.id = "wire-abbrev";
    a.text = text;
    a.lang = lang;
    a.published_at = "2025-03-12T09:00:00Z";
    return engine_->Extract(a).analysis.sentence_count;
  };
  EXPECT_EQ(sentences("Lt. Gen. Aliyev met Sen. Scholz on Monday.", "en"), 1u);
  EXPECT_EQ(sentences("El Gral. Aliyev se reunió con Scholz.", "es"), 1u);
  EXPECT_EQ(sentences("Aliyev met Scholz on Monday. Macron met Putin.", "en"), 2u);
}

// The fake gazetteer plus one organisation, UNICEF.
class WithUnicef : public ActorMatcher {
 public:
  WithUnicef() {
    unicef_.code = "UNICEF";
    unicef_.kind = EntryKind::kOrganisation;
    unicef_.role = "organisation";
    unicef_.name = "UNICEF";
  }
  GazetteerMatch MatchAt(std::string_view lang, std::string_view text,
                         const std::vector<Token>& tokens, size_t i) const override {
    if (tokens[i].folded == "unicef") {
      GazetteerMatch m;
      m.token_count = 1;
      m.entry = &unicef_;
      return m;
    }
    return base_.MatchAt(lang, text, tokens, i);
  }
  std::string_view CountryName(std::string_view code) const override {
    return base_.CountryName(code);
  }

 private:
  testing::FakeActors base_;
  GazetteerEntry unicef_;
};

// Aid for a state paid through an agency: the agency is its channel; aid to
// the agency alone goes to it.
TEST(WireAidTest, AgencyBesideAStateIsTheChannel) {
  std::string error;
  auto lex = Lexicons::Load(std::string(NEWSWIRE_SOURCE_DIR) + "/configs/lexicons", &error);
  ASSERT_NE(lex, nullptr) << error;
  auto engine = MakeEngine(std::move(lex), std::make_unique<WithUnicef>());
  auto of = [&](const std::string& text) {
    return testing::ParticipantsOf(*engine, text, "en", "AID", "2025-03-12T09:00:00Z");
  };
  EXPECT_EQ(of("France donated 2 million euros to UNICEF and Serbia."), Strings{"FRA>SRB"});
  EXPECT_EQ(of("France donated 2 million euros to UNICEF."), Strings{"FRA>UNICEF"});
}

}  // namespace
}  // namespace newswire::extract
