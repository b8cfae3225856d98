// French wire copy (r12-fr), written for every language where the structure
// exists: "critiques" after the noun it qualifies, the states inside a trade
// agreement's name, a bare "commissaire", a predicate coordinated after ",
// mais", the adjective both Congos share, a meeting verb whose object is a
// thing or a crowd. Each test has a twin that keeps the old reading.
// Invented sentences over the real configs/.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class R12FrenchWireTest : public testing::RealProbeFixture {
 protected:
  R12FrenchWireTest() : RealProbeFixture("2026-05-20T12:00:00Z") {}
};

// "critiques"/"críticas" right after the noun they qualify are the
// adjective "critical": no criticism.
TEST_F(R12FrenchWireTest, CriticalAfterItsNounIsNoCriticism) {
  EXPECT_EQ(Of("Le Chili et la Corée ont évoqué lundi leurs échanges de minerais critiques.", "fr",
               "CRITICISM"),
            Strings{});
  EXPECT_EQ(
      Of("Chile y Corea hablaron el lunes de sus infraestructuras críticas.", "es", "CRITICISM"),
      Strings{});
  // Twin: the noun "critiques" of a party stays a criticism.
  EXPECT_EQ(Of("Le Chili a adressé lundi de vives critiques à la Corée.", "fr", "CRITICISM"),
            (Strings{"CHL>KOR"}));
}

// The states inside the name of the North American trade agreement are no
// parties to an act about it.
TEST_F(R12FrenchWireTest, StatesInsideATreatyNameAreNoParties) {
  EXPECT_EQ(Of("Le premier ministre canadien a été reçu lundi par la présidente mexicaine, à la "
               "veille de la révision de l'Accord Canada–États-Unis–Mexique.",
               "fr", "MEETING"),
            (Strings{"MEX>CAN"}));
  EXPECT_EQ(Of("Canada's prime minister was received by Mexico's president on Monday, ahead of "
               "the review of the United States-Mexico-Canada Agreement.",
               "en", "MEETING"),
            (Strings{"MEX>CAN"}));
  // Twin: the same states named as parties stay parties.
  EXPECT_EQ(Of("Le premier ministre canadien a été reçu lundi par la présidente mexicaine, à la "
               "veille d'une visite aux États-Unis.",
               "fr", "MEETING"),
            (Strings{"MEX>CAN"}));
  EXPECT_EQ(Of("Le Canada et le Mexique ont critiqué mardi les États-Unis.", "fr", "CRITICISM"),
            (Strings{"CAN,MEX>USA"}));
}

// A bare "la commissaire" after the commissioner's first mention is her.
TEST_F(R12FrenchWireTest, BareCommissionerIsTheNamedOne) {
  EXPECT_EQ(Of("La commissaire européenne Dubravka Šuica a visité lundi un camp au Liban. La "
               "commissaire a également condamné les attaques contre les civils.",
               "fr", "CRITICISM"),
            (Strings{"EU>"}));
  // Twin: with no commissioner named before, nobody.
  EXPECT_EQ(
      Of("La commissaire a également condamné les attaques contre les civils.", "fr", "CRITICISM"),
      Strings{});
}

// A predicate after ", mais" with no subject of its own takes the main
// clause's subject; the name after its verb is its object.
TEST_F(R12FrenchWireTest, PredicateAfterButTakesTheMainSubject) {
  EXPECT_EQ(
      Of("Le ministre tchadien a remercié la Libye, mais a critiqué le Niger.", "fr", "CRITICISM"),
      (Strings{"TCD>NER"}));
  EXPECT_EQ(Of("Chad's foreign minister thanked Libya, but accused Niger of arming the rebels.",
               "en", "CRITICISM"),
            (Strings{"TCD>NER"}));
  // Twin: a ", mais" clause with a subject of its own keeps it.
  EXPECT_EQ(Of("Le ministre tchadien a remercié la Libye, mais le Niger a accusé le Soudan "
               "d'armer les rebelles.",
               "fr", "CRITICISM"),
            (Strings{"NER>SDN"}));
}

// "congolais"/"Congolese" are the Republic of the Congo's in an article
// that names it and not the DR Congo.
TEST_F(R12FrenchWireTest, SharedAdjectiveFollowsTheNamedCongo) {
  EXPECT_EQ(Of("Le président angolais a reçu lundi à Luanda Denis Sassou Nguesso. Le chef de "
               "l'État congolais a remercié l'Angola pour son accueil.",
               "fr", "THANKS"),
            (Strings{"COG>AGO"}));
  EXPECT_EQ(Of("Angola's president hosted Denis Sassou Nguesso in Luanda on Monday. The "
               "Congolese leader thanked Angola for its welcome.",
               "en", "THANKS"),
            (Strings{"COG>AGO"}));
  // Twin: with the DR Congo named too, or nobody named, the adjective stays
  // the DR Congo's.
  EXPECT_EQ(Of("Félix Tshisekedi et Denis Sassou Nguesso se sont vus lundi à Luanda. Le chef "
               "de l'État congolais a remercié l'Angola pour son accueil.",
               "fr", "THANKS"),
            (Strings{"COD>AGO"}));
  EXPECT_EQ(Of("Le chef de l'État congolais a remercié l'Angola pour son accueil.", "fr", "THANKS"),
            (Strings{"COD>AGO"}));
}

// Receiving a shipment or hosting a crowd is no meeting; receiving a
// person is.
TEST_F(R12FrenchWireTest, MeetingVerbWithAThingAsObject) {
  EXPECT_EQ(Of("Le Tchad a reçu mardi au port de Douala une cargaison de 5 000 tonnes de riz.",
               "fr", "MEETING"),
            Strings{});
  EXPECT_EQ(Of("Le gouvernement libanais accueille plus d'un million de réfugiés syriens.", "fr",
               "MEETING"),
            Strings{});
  // Twins: a person, a call from a party, a dinner in the guest's honour.
  EXPECT_EQ(Of("Le président tchadien a reçu mardi à N'Djamena le ministre soudanais des "
               "Affaires étrangères.",
               "fr", "MEETING"),
            (Strings{"TCD>SDN"}));
  EXPECT_EQ(
      Of("Le président tchadien a reçu mardi un appel du président soudanais.", "fr", "MEETING"),
      (Strings{"TCD>SDN"}));
}

// The head of state's full title runs into the name without a comma; the
// holder gives the office its state.
TEST_F(R12FrenchWireTest, FullTitleRunsIntoTheName) {
  EXPECT_EQ(Of("Le Président de la République Emmanuel Macron a reçu jeudi le président "
               "ghanéen.",
               "fr", "MEETING"),
            (Strings{"FRA>GHA"}));
  // Twin: with the comma of the apposition, as before.
  EXPECT_EQ(Of("Le Président de la République, Emmanuel Macron, a reçu jeudi le président "
               "ghanéen.",
               "fr", "MEETING"),
            (Strings{"FRA>GHA"}));
}

// "Celui-ci" names the last-named object, like "ce dernier".
TEST_F(R12FrenchWireTest, CeluiCiIsTheLatter) {
  EXPECT_EQ(Of("Le ministre suisse a reçu lundi à Berne son homologue géorgien. Celui-ci "
               "effectue une visite de deux jours en Suisse.",
               "fr", "VISIT"),
            (Strings{"GEO>CHE"}));
  // Twin: with nobody received before, nobody visits.
  EXPECT_EQ(Of("Celui-ci effectue une visite de deux jours en Suisse.", "fr", "VISIT"), Strings{});
}

// An agreement recalled by a participle dated last year is background.
TEST_F(R12FrenchWireTest, AgreementSignedLastYearIsBackground) {
  EXPECT_EQ(Of("Le président kényan a réaffirmé son attachement à l'accord signé l'an dernier "
               "avec l'Éthiopie.",
               "fr", "AGREEMENT"),
            Strings{});
  // Twin: signed by its parties last year as a finite verb, it is told.
  EXPECT_EQ(
      Of("Le Kenya et l'Éthiopie ont signé l'an dernier un accord sur l'eau.", "fr", "AGREEMENT"),
      (Strings{"ETH,KEN>"}));
}

// "sans toutefois condamner": an adverb between "sans" and the act.
TEST_F(R12FrenchWireTest, WithoutAndAnAdverbWithholdsTheAct) {
  EXPECT_EQ(Of("Le Maroc a appelé au calme, sans toutefois condamner nommément l'Algérie.", "fr",
               "CRITICISM"),
            Strings{});
  // Twin: "sans réserve" after the act qualifies it.
  EXPECT_EQ(Of("Le Maroc a condamné sans réserve l'attaque de l'Algérie.", "fr", "CRITICISM"),
            (Strings{"MAR>DZA"}));
}

}  // namespace
}  // namespace newswire::extract
