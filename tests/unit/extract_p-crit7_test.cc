// Participants of CRITICISM, session 7 (p-crit7): one judgment told twice in
// a sentence, the author of a custodial deed by its place, a criticism after
// a denial, the subject of an "after X accused" clause, an embassy judging its
// host's step, a criticism told as joining an earlier one, and deeds of
// police and courts. Each rule has its twin that must keep the other reading.
// Invented sentences over the real configs/ (gazetteer and lexicons).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class Crit7RealTest : public testing::RealProbeFixture {
 protected:
  Crit7RealTest() : RealProbeFixture("2026-03-12T10:00:00Z") {}
};

// A party that judges a deed and accuses someone of it in coordinated
// clauses makes one criticism, of the party it names.
TEST_F(Crit7RealTest, JudgmentAndAccusationInOneSentenceAreOneCriticism) {
  EXPECT_EQ(Of("Le ministre Jean-Noël Barrot a dénoncé « une provocation délibérée » et a accusé "
               "Moscou de vouloir diviser l'Europe.",
               "fr", "CRITICISM"),
            Strings{"FRA>RUS"});
  EXPECT_EQ(Of("El canciller de Chile criticó que Bolivia cierre la frontera y calificó de "
               "«desproporcionada» la medida.",
               "es", "CRITICISM"),
            Strings{"CHL>BOL"});
  // Twin: another party's condemnation of an unauthored attack stays.
  EXPECT_EQ(Of("Madrid condenó el atentado, mientras Moscú acusó a Kiev de organizarlo.", "es",
               "CRITICISM"),
            (Strings{"ESP>", "RUS>UKR"}));
}

// An arrest, detention or execution told with the place it happened was done
// by that place's state.
TEST_F(Crit7RealTest, CustodialDeedIsThePlacesStates) {
  EXPECT_EQ(Of("Außenminister Johann Wadephul kritisierte die Festnahme eines deutschen "
               "Journalisten in Minsk.",
               "de", "CRITICISM"),
            Strings{"DEU>BLR"});
  EXPECT_EQ(
      Of("Canada condemned the arrest of two Canadian journalists in Kabul.", "en", "CRITICISM"),
      Strings{"CAN>AFG"});
  EXPECT_EQ(Of("Chile calificó de «arbitraria» la detención de un periodista chileno en Managua.",
               "es", "CRITICISM"),
            Strings{"CHL>NIC"});
  EXPECT_EQ(
      Of("La Belgique a dénoncé l'arrestation d'un chercheur belge à Téhéran.", "fr", "CRITICISM"),
      Strings{"BEL>IRN"});
  // Twin: the place of an attack is its victim, not its author.
  EXPECT_EQ(Of("Canada condemned the attack on a hospital in Kharkiv.", "en", "CRITICISM"),
            Strings{"CAN>"});
}

// A denial with its own object followed by "and" and a verb: the second verb
// is another predicate, not the refused act.
TEST_F(Crit7RealTest, AccusationAfterADenialStands) {
  EXPECT_EQ(Of("Islamabad denied the charge and accused New Delhi of staging the incident.", "en",
               "CRITICISM"),
            Strings{"PAK>IND"});
  EXPECT_EQ(Of("Ankara wies den Vorwurf zurück und beschuldigte Athen, die Lage zu eskalieren.",
               "de", "CRITICISM"),
            Strings{"TUR>GRC"});
  EXPECT_EQ(Of("Quito negó las acusaciones y acusó a Bogotá de buscar un chivo expiatorio.", "es",
               "CRITICISM"),
            Strings{"ECU>COL"});
  // Twin: a refused infinitive is still refused.
  EXPECT_EQ(Of("Budapest declined to condemn Moscow.", "en", "CRITICISM"), Strings{});
  EXPECT_EQ(Of("Budapest refused to criticise Moscow and Minsk.", "en", "CRITICISM"), Strings{});
}

// An act inside "after X accused ..." with no comma has that clause's own
// subject, not the main clause's.
TEST_F(Crit7RealTest, SubordinateClauseHasItsOwnSubject) {
  EXPECT_EQ(Of("Mali recalled its ambassador from Algiers after Niger accused Algeria of arming "
               "rebels.",
               "en", "CRITICISM"),
            Strings{"NER>DZA"});
  EXPECT_EQ(Of("Mali recalled its ambassador from Algiers after Niger accused Algeria of arming "
               "rebels.",
               "en", "PROTEST"),
            Strings{"MLI>DZA"});
  // Twin: a prepositional phrase after "after" is no subject.
  EXPECT_EQ(
      Of("Mali, after talks with Niger, accused Algeria of arming rebels.", "en", "CRITICISM"),
      Strings{"MLI>DZA"});
}

// An embassy judging a step or measure speaks to its host state.
TEST_F(Crit7RealTest, EmbassyJudgesItsHostsStep) {
  EXPECT_EQ(Of("Die Schweiz übernahm die neuen Sanktionen. Auch Norwegen schloss sich an. Die "
               "russische Botschaft in Bern verurteilte den Schritt als „unfreundlich“.",
               "de", "CRITICISM"),
            Strings{"RUS>CHE"});
  // Twin: a possessor names the author itself.
  EXPECT_EQ(Of("Australia and Japan criticised China's drills. China's embassy in Canberra called "
               "their remarks \"irresponsible\".",
               "en", "CRITICISM"),
            (Strings{"AUS,JPN>CHN", "CHN>AUS,JPN"}));
}

// A criticism told as joining an earlier one ("also", "auch") judges what
// that one judged, skipping the accused party's reply.
TEST_F(Crit7RealTest, CriticismJoiningAnEarlierOneSharesItsTarget) {
  EXPECT_EQ(Of("Greece accused Turkey of violating its airspace. Ankara rejected the accusation "
               "and accused Athens of escalating tensions. Cyprus also criticised the violations.",
               "en", "CRITICISM"),
            (Strings{"GRC>TUR", "TUR>GRC", "CYP>TUR"}));
  EXPECT_EQ(Of("Griechenland warf der Türkei Luftraumverletzungen vor. Ankara wies den Vorwurf "
               "zurück und beschuldigte Athen, die Lage zu eskalieren. Auch Zypern kritisierte "
               "die Luftraumverletzungen.",
               "de", "CRITICISM"),
            (Strings{"GRC>TUR", "TUR>GRC", "CYP>TUR"}));
  // Twin: an attack condemned again joins the condemnations of the attack,
  // which named nobody, not the accusation made in between.
  EXPECT_EQ(Of("Pakistan condemned the bombing in Quetta. Islamabad accused Afghanistan of "
               "sheltering the attackers. Iran also condemned the bombing.",
               "en", "CRITICISM"),
            (Strings{"PAK>", "PAK>AFG", "IRN>"}));
}

// The partner of the meeting a criticism was voiced at is none of its
// targets.
TEST_F(Crit7RealTest, MeetingPartnerIsNoTargetOfACriticismVoicedThere) {
  EXPECT_EQ(Of("Wadephul kritisierte bei einem Treffen mit seinem polnischen Amtskollegen die "
               "Angriffe Russlands.",
               "de", "CRITICISM"),
            Strings{"DEU>RUS"});
  // Twin: a with-object of the criticism itself stays its target.
  EXPECT_EQ(Of("Wadephul ging mit Moskau hart ins Gericht.", "de", "CRITICISM"),
            Strings{"DEU>RUS"});
}

// An execution judged after the critic's protest is the protested state's.
TEST_F(Crit7RealTest, ExecutionJudgedAfterAProtest) {
  EXPECT_EQ(Of("Berlin bestellte den iranischen Botschafter ein. Außenminister Johann Wadephul "
               "verurteilte die Hinrichtung als „unmenschlich“.",
               "de", "CRITICISM"),
            Strings{"DEU>IRN"});
  // Twin: with no party anywhere it is still the critic's condemnation.
  EXPECT_EQ(Of("Wadephul verurteilte die Hinrichtung.", "de", "CRITICISM"), Strings{"DEU>"});
}

}  // namespace
}  // namespace newswire::extract
