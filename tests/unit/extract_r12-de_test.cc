// German wire copy (r12-de): a split verb's bracket closing at its first
// particle, time frames around talks already told ("Im Anschluss an die
// Gespräche") and German "an" as a preposition, qualifying quotes after an
// inserted phrase ("sprach in einer Mitteilung von „…“") and the evaluative
// words of such quotes; bare "Unterstützung" received, aid pledged in a
// meeting, sanctions threatened against "those responsible". Each test has
// a twin that keeps the old reading.
// Invented sentences over the real configs/.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class R12GermanTest : public testing::RealProbeFixture {
 protected:
  R12GermanTest() : RealProbeFixture("2026-03-11T12:00:00Z") {}
};

// "traf X zusammen und lud ihn ... ein": the first particle closes "traf";
// the later "ein" is the particle of "lud", so no arrival (VISIT).
TEST_F(R12GermanTest, SplitVerbClosesAtItsFirstParticle) {
  EXPECT_EQ(Of("Präsidentin Sandu traf am Dienstag mit dem rumänischen Präsidenten zusammen und "
               "lud ihn zu einem Besuch nach Chișinău ein.",
               "de", "MEETING"),
            (Strings{"MDA>ROU"}));
  EXPECT_EQ(Of("Präsidentin Sandu traf am Dienstag mit dem rumänischen Präsidenten zusammen und "
               "lud ihn zu einem Besuch nach Chișinău ein.",
               "de", "VISIT"),
            Strings{});
  // Twin: "traf ... ein" with its own particle is an arrival.
  EXPECT_EQ(Of("Präsidentin Sandu traf am Dienstag in Bukarest ein.", "de", "VISIT"),
            (Strings{"MDA>ROU"}));
}

// A meeting noun after a time frame ("Im Anschluss an die Gespräche") is
// the meeting already told: German "an" is a preposition there, no
// indefinite article announcing a new act.
TEST_F(R12GermanTest, TalksInATimeFrameAreTheMeetingAlreadyTold) {
  EXPECT_EQ(Of("Der georgische Präsident empfing den armenischen Premierminister in Tiflis. Im "
               "Anschluss an die Gespräche wurden in Tiflis drei Abkommen unterzeichnet.",
               "de", "MEETING"),
            (Strings{"GEO>ARM"}));
  EXPECT_EQ(Of("Der georgische Präsident empfing den armenischen Premierminister in Tiflis. An "
               "den Gesprächen in Tiflis nahmen auch die Außenminister teil.",
               "de", "MEETING"),
            (Strings{"GEO>ARM"}));
  // Twin: a meeting verb after the frame is a new meeting.
  EXPECT_EQ(Of("Der georgische Präsident empfing den armenischen Premierminister in Tiflis. Im "
               "Anschluss an die Gespräche traf der armenische Premierminister mit dem "
               "Präsidenten Aserbaidschans zusammen.",
               "de", "MEETING"),
            (Strings{"GEO>ARM", "ARM>AZE"}));
}

// "sprach [Einschub] von „…“": a negative quote is a criticism of the party
// it names, also after an inserted phrase; a friendly quote is none.
TEST_F(R12GermanTest, QualifyingQuoteAfterAnInsertedPhrase) {
  EXPECT_EQ(Of("Die russische Botschaft sprach in einer Mitteilung von „hysterischer "
               "Propaganda“ der polnischen Regierung.",
               "de", "CRITICISM"),
            (Strings{"RUS>POL"}));
  EXPECT_EQ(Of("Die chinesische Botschaft nannte die Beschlüsse Kanadas „illegitim und "
               "selbstzerstörerisch“.",
               "de", "CRITICISM"),
            (Strings{"CHN>CAN"}));
  // The same in the languages that say it so.
  EXPECT_EQ(Of("Latvia's foreign minister spoke of a \"cynical and illegitimate provocation\" by "
               "Moscow.",
               "en", "CRITICISM"),
            (Strings{"LVA>RUS"}));
  EXPECT_EQ(Of("Le ministre letton des Affaires étrangères a parlé d'une « provocation cynique » "
               "de Moscou.",
               "fr", "CRITICISM"),
            (Strings{"LVA>RUS"}));
  EXPECT_EQ(Of("Latvia's foreign minister spoke of a \"new chapter\" in relations with Moscow.",
               "en", "CRITICISM"),
            Strings{});
  // Twin: a quote without a negative word names no act.
  EXPECT_EQ(Of("Die russische Botschaft sprach in einer Mitteilung von „neuen Chancen“ in den "
               "Beziehungen zu Polen.",
               "de", "CRITICISM"),
            Strings{});
}

// Bare "Unterstützung" is backing as often as aid: only qualified or
// offered support is AID.
TEST_F(R12GermanTest, BareSupportReceivedIsNoAid) {
  EXPECT_EQ(Of("Unterstützung erhielt Vilnius aus Warschau und Riga.", "de", "AID"), Strings{});
  // Twin: humanitarian support offered is aid.
  EXPECT_EQ(Of("Polen bot Litauen humanitäre Unterstützung an.", "de", "AID"),
            (Strings{"POL>LTU"}));
}

// Aid pledged in a meeting without a recipient goes to the partner, not to
// a place the talks mentioned in an earlier sentence; a place in the
// pledge's own content clause names the recipient.
TEST_F(R12GermanTest, PledgeInAMeetingGoesToThePartnerOrItsOwnPlace) {
  EXPECT_EQ(Of("Bundeskanzler Merz empfing den Präsidenten Kenias im Kanzleramt. Merz würdigte "
               "die Rolle Kenias bei der Stabilisierung der Lage in Haiti. Zudem sagte der "
               "Kanzler zu, die Förderung für Projekte im Rift Valley um 80 Millionen Euro "
               "aufzustocken.",
               "de", "AID"),
            (Strings{"DEU>KEN"}));
  // Twin: the content clause names where the aid goes.
  EXPECT_EQ(Of("Bundeskanzler Merz empfing den Präsidenten Kenias im Kanzleramt. Merz würdigte "
               "die Rolle Kenias bei der Stabilisierung der Lage in Haiti. Zudem sagte der "
               "Kanzler zu, die Hilfe für die Flutopfer in Somalia um 10 Millionen Euro "
               "aufzustocken.",
               "de", "AID"),
            (Strings{"DEU>SOM"}));
}

// Sanctions threatened against people named by their part only ("those
// responsible") hit the state the story's first measure hit, not the party
// named last.
TEST_F(R12GermanTest, ThreatAgainstThoseResponsibleHitsTheBlamedState) {
  EXPECT_EQ(Of("Das Auswärtige Amt bestellte den russischen Botschafter ein. Moskau warf Berlin "
               "Desinformation vor. Die EU-Außenbeauftragte Kaja Kallas drohte den "
               "Verantwortlichen mit Sanktionen.",
               "de", "SANCTION"),
            (Strings{"EU>RUS"}));
  EXPECT_EQ(Of("The Foreign Office summoned the Russian ambassador. Moscow accused London of "
               "disinformation. The EU foreign policy chief Kaja Kallas threatened those "
               "responsible with sanctions.",
               "en", "SANCTION"),
            (Strings{"EU>RUS"}));
  // Twin: a threat by the state the first measure hit answers its critic.
  EXPECT_EQ(Of("Das Auswärtige Amt bestellte den russischen Botschafter ein. Moskau warf Berlin "
               "Desinformation vor. Russland drohte mit Sanktionen.",
               "de", "SANCTION"),
            (Strings{"RUS>DEU"}));
}

}  // namespace
}  // namespace newswire::extract
