// Spanish wire copy (r12-es), written for every language where the structure
// exists: a dateline or sentence ending in a month name, "the two" after a
// convener brought two guests together, "lamentar" said of another party's
// act, a state's ship or plane as the subject, relief goods shipped, the
// officer of a club or company. Each test has a twin that
// keeps the old reading. Invented sentences over the real configs/.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class R12SpanishWireTest : public testing::RealProbeFixture {
 protected:
  R12SpanishWireTest() : RealProbeFixture("2026-05-20T12:00:00Z") {}
};

// A month name before "." and a capitalised word ends the sentence in every
// language ("LIMA, 18 de mayo. El presidente ..."): the dateline's city is
// no subject of the next sentence.
TEST_F(R12SpanishWireTest, MonthBeforeCapitalEndsTheSentence) {
  EXPECT_EQ(Of("QUITO, 18 de mayo. El presidente de Panamá llegó el lunes a Quito en visita "
               "oficial.",
               "es", "VISIT"),
            (Strings{"PAN>ECU"}));
  EXPECT_EQ(Of("Астана, 18 мая. Президент Узбекистана прибыл в понедельник в Астану с "
               "официальным визитом.",
               "ru", "VISIT"),
            (Strings{"UZB>KAZ"}));
  EXPECT_EQ(Of("ACCRA, 18 mai. Le président togolais est arrivé lundi à Accra pour une visite "
               "officielle.",
               "fr", "VISIT"),
            (Strings{"TGO>GHA"}));
  // Twin: an abbreviated month before a number stays inside the sentence,
  // and so does a dateline with its year.
  EXPECT_EQ(Of("QUITO, 18 de mayo de 2026. El presidente de Panamá llegó el lunes a Quito en "
               "visita oficial.",
               "es", "VISIT"),
            (Strings{"PAN>ECU"}));
  EXPECT_EQ(
      Of("Panama's president arrived in Quito on May. 18 for an official visit.", "en", "VISIT"),
      (Strings{"PAN>ECU"}));
}

// A convener who brought two office holders together: "the two" who act
// next are its guests, not the convener and one guest.
TEST_F(R12SpanishWireTest, TheTwoAfterAConvenerAreItsGuests) {
  EXPECT_EQ(Of("El emir de Qatar reunió el martes en Doha a Ilham Aliyev y Nikol Pashinián. Los "
               "dos mandatarios agradecieron a Qatar su mediación.",
               "es", "THANKS"),
            (Strings{"ARM,AZE>QAT"}));
  EXPECT_EQ(Of("L'émir du Qatar a reçu mardi à Doha Ilham Aliyev et Nikol Pachinian. Les deux "
               "dirigeants ont remercié le Qatar pour sa médiation.",
               "fr", "THANKS"),
            (Strings{"ARM,AZE>QAT"}));
  // Twin: a host meeting one guest after another keeps "the two" as the
  // host and its latest guest.
  EXPECT_EQ(Of("El presidente de Qatar recibió el martes al presidente de Armenia. Luego se "
               "reunió con el presidente de Azerbaiyán. Los dos mandatarios elogiaron la "
               "amistad entre Qatar y Azerbaiyán.",
               "es", "PRAISE"),
            (Strings{"AZE,QAT>AZE,QAT"}));
}

// Spanish "lamentar" mourns deaths but criticises another party's act.
TEST_F(R12SpanishWireTest, LamentingAnActCriticisesIt) {
  EXPECT_EQ(Of("Bolivia rompió el lunes las relaciones diplomáticas con Chile. El Gobierno "
               "chileno lamentó la ruptura.",
               "es", "CRITICISM"),
            (Strings{"CHL>BOL"}));
  EXPECT_EQ(Of("Bolivia rompió el lunes las relaciones diplomáticas con Chile. El Gobierno "
               "chileno lamentó la ruptura.",
               "es", "CONDOLENCE"),
            Strings{});
  // Twin: lamenting deaths is condolences.
  EXPECT_EQ(Of("El Gobierno de Chile lamentó profundamente la muerte de veinte personas en el "
               "terremoto de Bolivia.",
               "es", "CONDOLENCE"),
            (Strings{"CHL>BOL"}));
  EXPECT_EQ(Of("El Gobierno de Chile lamentó profundamente la muerte de veinte personas en el "
               "terremoto de Bolivia.",
               "es", "CRITICISM"),
            Strings{});
}

// A ship, plane or mission of a state opening the clause before its verb:
// the state acts. A ship or plane leaving with relief goods sends aid.
TEST_F(R12SpanishWireTest, AStatesShipOrPlaneActsForIt) {
  EXPECT_EQ(Of("Un buque de la Armada de Colombia zarpó el martes de Cartagena con 400 toneladas "
               "de alimentos con destino a Haití.",
               "es", "AID"),
            (Strings{"COL>HTI"}));
  EXPECT_EQ(Of("Dos aviones de la Fuerza Aérea de Perú entregaron 20 toneladas de alimentos a "
               "Ecuador.",
               "es", "AID"),
            (Strings{"PER>ECU"}));
  EXPECT_EQ(Of("Un avion de l'armée de l'air de la France a livré 20 tonnes de vivres au Liban.",
               "fr", "AID"),
            (Strings{"FRA>LBN"}));
  // Twin: a ship leaving without relief goods, or a cruise ship of nobody,
  // sends no aid.
  EXPECT_EQ(Of("El buque escuela de la Armada de Chile zarpó de Valparaíso para su crucero "
               "anual de instrucción.",
               "es", "AID"),
            Strings{});
  EXPECT_EQ(
      Of("Un crucero zarpó de Cartagena con 400 toneladas de alimentos para Haití.", "es", "AID"),
      Strings{});
}

// Technicians sent are aid, like experts and specialists.
TEST_F(R12SpanishWireTest, TechniciansSentAreAid) {
  EXPECT_EQ(Of("Noboa agradeció a Uruguay el envío de técnicos para restablecer el agua potable "
               "en Guayaquil.",
               "es", "AID"),
            (Strings{"URY>ECU"}));
  // Twin: technicians of one's own at work are no aid.
  EXPECT_EQ(Of("Los técnicos de la compañía eléctrica trabajaron toda la noche en Guayaquil.", "es",
               "AID"),
            Strings{});
}

// An office of a non-state body with its origin after it ("el presidente del
// club brasileño") speaks for no state.
TEST_F(R12SpanishWireTest, AnOfficerOfANonStateBodyActsForNoState) {
  EXPECT_EQ(Of("El presidente del club brasileño elogió la organización uruguaya de la final.",
               "es", "PRAISE"),
            Strings{});
  EXPECT_EQ(
      Of("El presidente de la empresa china agradeció a Chile su hospitalidad.", "es", "THANKS"),
      Strings{});
  // Twin: an organisation whose name holds such a word, and a state's office,
  // still act.
  EXPECT_EQ(Of("El secretario general de la Asociación de Naciones del Sudeste Asiático elogió "
               "a Vietnam.",
               "es", "PRAISE"),
            (Strings{"ASEAN>VNM"}));
  EXPECT_EQ(Of("El presidente de Chile agradeció a Perú su hospitalidad.", "es", "THANKS"),
            (Strings{"CHL>PER"}));
}

}  // namespace
}  // namespace newswire::extract
