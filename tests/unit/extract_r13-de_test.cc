// German wire copy on sanctions and the EU (r13-de), written for every
// language where the structure exists: a seat one deals with is the
// organisation, "die Europäer", a coordinated subject of an infinitive
// clause, joining measures with an adverbial before the particle, a joined
// package that later reactions do not take for "the decision", the venue
// of a German sanction, and coordinated measure nouns. Each test has a twin
// that keeps the old reading. Invented sentences over the real configs/.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class R13GermanWireTest : public testing::RealProbeFixture {
 protected:
  R13GermanWireTest() : RealProbeFixture("2026-05-20T12:00:00Z") {}
};

// A seat after "with" or "against" is the organisation seated there, in
// every language; after a place preposition it stays the city.
TEST_F(R13GermanWireTest, SeatDealtWithIsTheOrganisation) {
  EXPECT_EQ(
      Of("Der albanische Regierungschef lobte die enge Abstimmung mit Brüssel.", "de", "PRAISE"),
      (Strings{"ALB>EU"}));
  EXPECT_EQ(
      Of("Albania's prime minister praised the close coordination with Brussels.", "en", "PRAISE"),
      (Strings{"ALB>EU"}));
  EXPECT_EQ(Of("El primer ministro albanés elogió la estrecha coordinación con Bruselas.", "es",
               "PRAISE"),
            (Strings{"ALB>EU"}));
  // Twin: "in Brüssel" is where the talks were held.
  EXPECT_EQ(Of("Der albanische Regierungschef traf in Brüssel den belgischen Premierminister.",
               "de", "MEETING"),
            (Strings{"ALB>BEL"}));
}

// "die Europäer" in German copy and the seat's adjective are the Union.
TEST_F(R13GermanWireTest, EuropeansAndTheSeatAdjectiveAreTheUnion) {
  EXPECT_EQ(Of("Der georgische Präsident dankte den Europäern für ihre Geduld.", "de", "THANKS"),
            (Strings{"GEO>EU"}));
  EXPECT_EQ(Of("Der kanadische Premierminister begrüßte den Brüsseler Beschluss.", "de", "PRAISE"),
            (Strings{"CAN>EU"}));
  // Twin: another people's name stays its state.
  EXPECT_EQ(Of("Der georgische Präsident dankte den Japanern für ihre Geduld.", "de", "THANKS"),
            (Strings{"GEO>JPN"}));
}

// An infinitive clause after a comma takes the whole coordinated subject of
// the main clause, with or without an article before the second name.
TEST_F(R13GermanWireTest, InfinitiveTakesTheWholeCoordinatedSubject) {
  EXPECT_EQ(Of("Die EU verhängte am Montag Sanktionen gegen Nicaragua. Island und die Schweiz "
               "erklärten, die Maßnahmen zu übernehmen.",
               "de", "SANCTION"),
            (Strings{"EU>NIC", "CHE,ISL>NIC"}));
  // Twin: a single subject stays single.
  EXPECT_EQ(Of("Die EU verhängte am Montag Sanktionen gegen Nicaragua. Island erklärte, die "
               "Maßnahmen zu übernehmen.",
               "de", "SANCTION"),
            (Strings{"EU>NIC", "ISL>NIC"}));
}

// Joining measures with a time adverbial before the particle; the subject of
// a clause joined after a comma is no target; a later bare "the decisions"
// judged by the hit party remains the package authors'.
TEST_F(R13GermanWireTest, JoinedMeasuresWithAdverbialAndLaterReaction) {
  EXPECT_EQ(Of("Kanada verhängte Strafmaßnahmen gegen Eritrea. Australien schloss sich den "
               "Maßnahmen noch am selben Tag an, Neuseeland kündigte an, die Liste zu prüfen.",
               "de", "SANCTION"),
            (Strings{"CAN>ERI", "AUS>ERI"}));
  EXPECT_EQ(Of("Kanada verhängte Strafmaßnahmen gegen Eritrea. Australien schloss sich den "
               "Maßnahmen noch am selben Tag an. Asmara nannte die Beschlüsse illegal.",
               "de", "CRITICISM"),
            (Strings{"ERI>CAN"}));
  // Twin: a refusal to join is none.
  EXPECT_EQ(Of("Kanada verhängte Strafmaßnahmen gegen Eritrea. Australien will sich den "
               "Maßnahmen vorerst nicht anschließen.",
               "de", "SANCTION"),
            (Strings{"CAN>ERI"}));
}

// "in" + a bare name is where a German sanction was decided, and a measure
// noun coordinated with another takes its object after both.
TEST_F(R13GermanWireTest, SanctionVenueAndCoordinatedMeasureNouns) {
  EXPECT_EQ(Of("Die EU beschloss am Montag in Luxemburg Einreiseverbote und Vermögenssperren "
               "gegen Funktionäre der venezolanischen Armee.",
               "de", "SANCTION"),
            (Strings{"EU>VEN"}));
  // Twin: a ban "nach" a state aims at it.
  EXPECT_EQ(Of("Japan verhängte ein Ausfuhrverbot für Chips nach Russland.", "de", "SANCTION"),
            (Strings{"JPN>RUS"}));
}

// A plural office in a story whose parties never met is the first party's
// when it sanctions; "both sides" stays the pair.
TEST_F(R13GermanWireTest, PluralOfficeSanctioningIsOneSide) {
  EXPECT_EQ(Of("Die EU verhängte am Montag Sanktionen gegen Iran. Die Außenminister der "
               "Mitgliedstaaten beschlossen Einreiseverbote und Vermögenssperren gegen "
               "Offiziere der iranischen Armee.",
               "de", "SANCTION"),
            (Strings{"EU>IRN"}));
  EXPECT_EQ(Of("Canada imposed sanctions on Iran on Monday. The ministers agreed travel bans on "
               "officers of the Iranian army.",
               "en", "SANCTION"),
            (Strings{"CAN>IRN"}));
  // Twin: "beide Seiten" after the pair met is both.
  EXPECT_EQ(Of("Der kanadische Premierminister traf am Montag den australischen Premierminister. "
               "Beide Seiten verhängten Einreiseverbote gegen Offiziere der iranischen Armee.",
               "de", "SANCTION"),
            (Strings{"AUS,CAN>IRN"}));
}

// A delivery announced or pledged is aid, and a donor after a comma acts on
// its own; a delivery only reported is none.
TEST_F(R13GermanWireTest, AnnouncedDeliveryIsAid) {
  EXPECT_EQ(Of("Ein Wirbelsturm hat weite Teile Vanuatus verwüstet. Fidschi sagte Soforthilfe "
               "von zwei Millionen Dollar zu, Samoa kündigte die Lieferung von Zelten und Decken "
               "an.",
               "de", "AID"),
            (Strings{"FJI>VUT", "WSM>VUT"}));
  // Twin: a delivery reported as a deed is no aid.
  EXPECT_EQ(Of("Die Ukraine kritisierte die Lieferung von Drohnen an Russland.", "de", "AID"),
            Strings{});
}

// "The sides" of a story where a host received two parties are the two
// guests, as subject or object, in every language; with a pair of two they
// stay both.
TEST_F(R13GermanWireTest, SidesAreTheGuestsNotTheHost) {
  const std::string lead =
      "Die Präsidenten Ruandas und Kongos haben in Doha ein Abkommen unterzeichnet. Gastgeber "
      "Emir Tamim bin Hamad empfing die beiden Politiker zu getrennten Gesprächen. ";
  EXPECT_EQ(Of(lead + "Die Seiten vereinbarten, die Zusammenarbeit im Grenzschutz auszubauen.",
               "de", "COOPERATION"),
            (Strings{"COD,RWA>"}));
  EXPECT_EQ(Of(lead + "Bundeskanzler Merz lobte den Mut beider Seiten.", "de", "PRAISE"),
            (Strings{"DEU>COD,RWA"}));
  EXPECT_EQ(Of("The presidents of Rwanda and Congo signed an agreement in Doha. Host Emir Tamim "
               "bin Hamad received the two leaders for separate talks. The sides agreed to expand "
               "cooperation on border security.",
               "en", "COOPERATION"),
            (Strings{"COD,RWA>"}));
  // Twin: a host and one guest are both sides.
  EXPECT_EQ(Of("Bundeskanzler Merz empfing den Präsidenten Kenias. Beide Seiten vereinbarten, die "
               "Zusammenarbeit in der Energiepolitik auszubauen.",
               "de", "COOPERATION"),
            (Strings{"DEU,KEN>"}));
}

}  // namespace
}  // namespace newswire::extract
