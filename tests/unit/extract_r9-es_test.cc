// Spanish agency copy and readouts, session 8 (r9-es): an office in
// apposition after a fronted place, object relatives opened by "a" and
// sentence-initial object clitics of a dropped subject. Each test has a twin
// that must keep the old reading. Invented sentences over the real configs/
// (gazetteer and lexicons).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class SpanishR9RealTest : public testing::RealProbeFixture {
 protected:
  SpanishR9RealTest() : RealProbeFixture("2026-09-16T12:00:00Z", "es") {}
};

// "En Madrid, el ministro de Asuntos Exteriores, José Manuel Albares,
// recibió ...": the office after a fronted place is that place's office and
// the subject of the clause, not a place.
TEST_F(SpanishR9RealTest, OfficeAfterFrontedPlaceIsTheSubject) {
  EXPECT_EQ(Of("En Madrid, el ministro de Asuntos Exteriores, José Manuel Albares, recibió el "
               "martes a su homólogo de Perú.",
               "MEETING"),
            Strings{"ESP>PER"});
  EXPECT_EQ(Of("Desde Asunción, el canciller, Rubén Ramírez Lezcano, agradeció a Brasil su "
               "mensaje.",
               "THANKS"),
            Strings{"PRY>BRA"});
  EXPECT_EQ(Of("À Paris, le ministre des Affaires étrangères, Jean-Noël Barrot, a reçu mardi son "
               "homologue marocain.",
               "fr", "MEETING"),
            Strings{"FRA>MAR"});
  // Twin: an office without a name after the fronted place is still the
  // place's office ("In Tehran, a foreign ministry spokesman").
  EXPECT_EQ(Of("In Tehran, a foreign ministry spokesman condemned the British sanctions.", "en",
               "CRITICISM"),
            Strings{"IRN>GBR"});
}

// ", a quien trasladó sus condolencias": an object relative opened by "a"
// is a clause of its own; its act is no complement of the call before it,
// its actor is the main subject and its object the party before the comma.
TEST_F(SpanishR9RealTest, ObjectRelativeOpenedByA) {
  const std::string call =
      "Sánchez mantuvo una conversación telefónica con el presidente de Chile, José Antonio "
      "Kast, a quien trasladó sus condolencias por las víctimas del terremoto.";
  EXPECT_EQ(Of(call, "CONDOLENCE"), Strings{"ESP>CHL"});
  EXPECT_EQ(Of(call, "MEETING"), Strings{"ESP>CHL"});
  EXPECT_EQ(Of("Lula habló por teléfono con el presidente de Paraguay, Santiago Peña, al que "
               "transmitió su felicitación por el aniversario de la independencia.",
               "CONGRATULATION"),
            Strings{"BRA>PRY"});
  // A party located by a place phrase before the comma is the antecedent.
  EXPECT_EQ(Of("El ministerio convocó al encargado de negocios de la embajada rusa en Madrid, a "
               "quien se trasladó la protesta del Gobierno de España.",
               "PROTEST"),
            Strings{"ESP>RUS"});
  // Twins: a subject relative keeps its antecedent as the actor, and an
  // impersonal "se trasladó" + object is no trip.
  EXPECT_EQ(Of("Sánchez recibió al presidente de Chile, José Antonio Kast, quien le agradeció la "
               "ayuda de España.",
               "THANKS"),
            Strings{"CHL>ESP"});
  EXPECT_TRUE(Of("El ministerio convocó al encargado de negocios de Rusia, a quien se trasladó la "
                 "protesta del Gobierno de España.",
                 "VISIT")
                  .empty());
}

// A clause opening with object clitics and a finite verb drops its
// subject: the last subject acts ("Le agradeció", "Lo invitó").
TEST_F(SpanishR9RealTest, ObjectCliticsBeforeADroppedSubject) {
  EXPECT_EQ(Of("La presidenta de México, Claudia Sheinbaum, recibió al primer ministro de Canadá, "
               "Mark Carney. Le agradeció el apoyo de Ottawa.",
               "THANKS"),
            Strings{"MEX>CAN"});
  EXPECT_EQ(Of("El presidente de Brasil, Luiz Inácio Lula da Silva, recibió al presidente de "
               "Uruguay, Yamandú Orsi. Además, lo invitó a la cumbre del clima.",
               "INVITATION"),
            Strings{"BRA>URY"});
  // A noun act after the clitic and a light verb.
  EXPECT_EQ(Of("El rey Felipe VI recibió al presidente de Chile, José Antonio Kast. Le transmitió "
               "sus condolencias por las víctimas del terremoto.",
               "CONDOLENCE"),
            Strings{"ESP>CHL"});
  // Twin: a named subject before the clitic keeps its act.
  EXPECT_EQ(Of("La presidenta de México, Claudia Sheinbaum, recibió al primer ministro de Canadá, "
               "Mark Carney. Carney le agradeció la hospitalidad.",
               "THANKS"),
            Strings{"CAN>MEX"});
}

}  // namespace
}  // namespace newswire::extract
