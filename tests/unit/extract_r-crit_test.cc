// CRITICISM, PROTEST and SANCTION phenomena of session 3 (r-crit): each
// rule with the twin that must keep the old reading. Invented sentences over
// the repository's lexicons and the tiny in-test gazetteer
// (extract_test_support.h: AZE BLR SRB FRA DEU RUS CHN).
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "extract/engine.h"
#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class CritTest : public testing::ProbeFixture {
 protected:
  CritTest() : ProbeFixture("2026-03-10T12:00:00Z") {}
};

// The engine over the repository's configs (real gazetteer: offices,
// spokespeople, adjectives of every state).
class CritWireTest : public testing::RealProbeFixture {
 protected:
  CritWireTest() : RealProbeFixture("2026-03-10T12:00:00Z") {}
};

// A qualifying verb counts when its own clause is negative, even if the rest
// of the sentence is friendly; a positive qualification stays no act.
TEST_F(CritTest, QualificationNeedsANegativeClauseNotANegativeSentence) {
  EXPECT_EQ(Of("Francia calificó de \"injusta\" la decisión de Rusia, aunque destacó el excelente "
               "diálogo y la magnífica cooperación.",
               "es", "CRITICISM"),
            Strings{"FRA>RUS"});
  EXPECT_TRUE(Of("Francia calificó de \"histórica\" la decisión de Rusia, aunque destacó el "
                 "excelente diálogo y la magnífica cooperación.",
                 "es", "CRITICISM")
                  .empty());
}

// Words of blame that qualifiers use ("Erpressung", "blackmail") are negative.
TEST_F(CritTest, BlameWordsMakeAQualificationCritical) {
  EXPECT_EQ(
      Of("Berlin bezeichnete die Entscheidung von Russland als Erpressung.", "de", "CRITICISM"),
      Strings{"DEU>RUS"});
  EXPECT_TRUE(Of("Berlin bezeichnete die Entscheidung von Russland als Chance.", "de", "CRITICISM")
                  .empty());
}

// Two criticisms with verbs of their own joined by "and" are two events;
// the same parties restated are one.
TEST_F(CritTest, TwoCriticismsInOneClauseAreTwoEvents) {
  EXPECT_EQ(Of("Russia criticised France's new sanctions and accused China of meddling.", "en",
               "CRITICISM"),
            (Strings{"RUS>FRA", "RUS>CHN"}));
  EXPECT_EQ(Of("Frankreich kritisierte Russland wegen der neuen Zölle und warf China unfaire "
               "Handelspraktiken vor.",
               "de", "CRITICISM"),
            (Strings{"FRA>RUS", "FRA>CHN"}));
  EXPECT_EQ(
      Of("Russia condemned France's decision and accused France of hypocrisy.", "en", "CRITICISM"),
      Strings{"RUS>FRA"});
}

// Threats of countermeasures are sanctions threatened, in every language.
TEST_F(CritTest, ThreatsOfCountermeasuresAreSanctions) {
  EXPECT_EQ(Of("China drohte Deutschland mit Gegenmaßnahmen.", "de", "SANCTION"),
            Strings{"CHN>DEU"});
  EXPECT_EQ(Of("La Russie a menacé la France de mesures de rétorsion.", "fr", "SANCTION"),
            Strings{"RUS>FRA"});
  EXPECT_EQ(Of("Rusia amenazó a Francia con represalias.", "es", "SANCTION"), Strings{"RUS>FRA"});
  EXPECT_EQ(Of("Russia warned France of countermeasures.", "en", "SANCTION"), Strings{"RUS>FRA"});
  // Ruling them out is no threat.
  EXPECT_TRUE(
      Of("Francia descartó responder a Rusia con medidas recíprocas.", "es", "SANCTION").empty());
}

// Lifting or easing sanctions is not coded; imposing them is.
TEST_F(CritTest, LiftingSanctionsIsNoSanction) {
  EXPECT_TRUE(Of("France lifted sanctions on Belarus.", "en", "SANCTION").empty());
  EXPECT_TRUE(Of("Frankreich hob die Sanktionen gegen Belarus auf.", "de", "SANCTION").empty());
  EXPECT_EQ(Of("France imposed sanctions on Belarus.", "en", "SANCTION"), Strings{"FRA>BLR"});
  EXPECT_EQ(Of("Frankreich verhängte Sanktionen gegen Belarus.", "de", "SANCTION"),
            Strings{"FRA>BLR"});
}

// "sanctioned" is a verb after its subject, an adjective after a determiner.
TEST_F(CritTest, SanctionedAfterADeterminerIsAnAdjective) {
  EXPECT_EQ(Of("France sanctioned Russia and Belarus.", "en", "SANCTION"), Strings{"FRA>BLR,RUS"});
  EXPECT_TRUE(
      Of("The sanctioned officials of Russia have assets in France.", "en", "SANCTION").empty());
}

// Rejecting another party's act with a negative qualification judges it;
// rejecting accusations stays a denial.
TEST_F(CritTest, RejectingAnActAsIllegalIsCriticism) {
  EXPECT_EQ(Of("Russia rejected France's decision as illegal.", "en", "CRITICISM"),
            Strings{"RUS>FRA"});
  EXPECT_TRUE(
      Of("Russia rejected the accusations by France as baseless.", "en", "CRITICISM").empty());
}

// An expelled diplomat accused in a relative clause is the expelling
// state's target too; an accusation of nobody after a protest stays
// without a target of its own.
TEST_F(CritWireTest, AccusationOfTheExpelledDiplomatTargetsHisState) {
  EXPECT_EQ(Of("Bolivia expulsó al encargado de negocios de Perú, al que acusó de injerencia.",
               "es", "CRITICISM"),
            Strings{"BOL>PER"});
  EXPECT_EQ(Of("Bolivia expulsó al encargado de negocios de Perú.", "es", "CRITICISM"), Strings{});
}

// A threat by its verb is a sanction even after a criticism in the clause,
// and aims at the party just criticised; without a threat no sanction.
TEST_F(CritWireTest, ThreatAfterACriticismAimsAtTheCriticised) {
  EXPECT_EQ(
      Of("Peking warf Washington Einmischung vor und drohte mit Gegenmaßnahmen.", "de", "SANCTION"),
      Strings{"CHN>USA"});
  EXPECT_EQ(Of("Moscou a accusé Paris de russophobie et a menacé de mesures de rétorsion.", "fr",
               "SANCTION"),
            Strings{"RUS>FRA"});
  EXPECT_EQ(Of("Beijing accused Washington of meddling and threatened countermeasures.", "en",
               "SANCTION"),
            Strings{"CHN>USA"});
  EXPECT_EQ(Of("Peking warf Washington Einmischung vor und forderte Gespräche.", "de", "SANCTION"),
            Strings{});
}

// The spokesperson or head of an office speaks for the office named right
// after the title; a person named there as an object does not.
TEST_F(CritWireTest, SpokespersonOfAnOfficeSpeaksForIt) {
  EXPECT_EQ(Of("La porte-parole de la diplomatie russe, Maria Zakharova, a critiqué le Japon.",
               "fr", "CRITICISM"),
            Strings{"RUS>JPN"});
  EXPECT_EQ(
      Of("A spokesperson for the Chinese foreign ministry criticised Japan.", "en", "CRITICISM"),
      Strings{"CHN>JPN"});
  EXPECT_EQ(Of("El portavoz de la cancillería china criticó a Japón.", "es", "CRITICISM"),
            Strings{"CHN>JPN"});
  // A title with no office after it names nobody.
  EXPECT_EQ(Of("Un portavoz criticó a Japón.", "es", "CRITICISM"), Strings{});
}

// A noun between a place preposition and a person's name closes the place
// phrase: the person is the subject; a state after a place preposition
// stays a place.
TEST_F(CritWireTest, PersonAfterAPlacePhraseIsTheSubject) {
  EXPECT_EQ(Of("В своём выступлении Путин раскритиковал НАТО.", "ru", "CRITICISM"),
            Strings{"RUS>NATO"});
  EXPECT_EQ(Of("В своём выступлении в Сербии Путин раскритиковал НАТО.", "ru", "CRITICISM"),
            Strings{"RUS>NATO"});
}

// A firm based in a place is no party to a sanction; a state is.
TEST_F(CritWireTest, FirmBasedInAPlaceIsNoParty) {
  EXPECT_EQ(Of("Britain imposed sanctions on tankers of Russia's shadow fleet and on two "
               "Dubai-based oil traders.",
               "en", "SANCTION"),
            Strings{"GBR>RUS"});
  EXPECT_EQ(
      Of("Britain imposed sanctions on Russia and on the United Arab Emirates.", "en", "SANCTION"),
      Strings{"GBR>ARE,RUS"});
}

// Refusals in the perfect or present tense and court sentences cancel the
// act; the plain act stays.
TEST_F(CritWireTest, RefusalsAndCourtSentencesAreNoCriticism) {
  EXPECT_EQ(
      Of("El ministro de Exteriores de España ha evitado criticar a Argelia.", "es", "CRITICISM"),
      Strings{});
  EXPECT_EQ(Of("El ministro de Exteriores de España ha criticado a Argelia.", "es", "CRITICISM"),
            Strings{"ESP>DZA"});
  EXPECT_EQ(Of("Japan refrained from condemning China.", "en", "CRITICISM"), Strings{});
  EXPECT_EQ(Of("Japan condemned China.", "en", "CRITICISM"), Strings{"JPN>CHN"});
  EXPECT_EQ(Of("A court in Paris condemned two French nationals to eight years in prison.", "en",
               "CRITICISM"),
            Strings{});
}

}  // namespace
}  // namespace newswire::extract
