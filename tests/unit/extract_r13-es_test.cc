// Spanish wire copy (r13-es), written for every language where the structure
// exists: sanctions named inside a protest or a criticism with their own
// author, a reported clause after a coordinated verb that is no relative on
// the sanctions, a call held ("sostuvo una llamada"), recognition "por" a
// deed, the head of the executive of any system, later clauses of a
// sentence headed by a non-state party, a discussion coordinated after a
// praise, a recall "a consultas" after a time phrase, a criticism
// coordinated after a summons, crews and equipment sent as aid, the
// perfect of discuss verbs, the plural welcome of a decision. Each test has
// a twin that keeps the old reading. Invented sentences over the real configs/.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class R13SpanishWireTest : public testing::RealProbeFixture {
 protected:
  R13SpanishWireTest() : RealProbeFixture("2026-05-20T12:00:00Z") {}
};

// Sanctions named inside a protest are their author's act, aimed at the
// protesting party; the protester takes nothing over.
TEST_F(R13SpanishWireTest, SanctionsInsideAProtestAreTheirAuthors) {
  EXPECT_EQ(Of("The Cuban foreign ministry summoned the US charge d'affaires to protest "
               "against the sanctions imposed by Washington on Cuban officials.",
               "en", "SANCTION"),
            (Strings{"USA>CUB"}));
  EXPECT_EQ(Of("Le ministère cubain a convoqué le chargé d'affaires américain pour protester "
               "contre les sanctions imposées par Washington à des responsables cubains.",
               "fr", "SANCTION"),
            (Strings{"USA>CUB"}));
  // Twin: the subject's own sanctions stay its act.
  EXPECT_EQ(Of("Canada imposed sanctions on three Cuban officials.", "en", "SANCTION"),
            (Strings{"CAN>CUB"}));
}

// A "que"/"that" after a second verb coordinated with "y"/"and" opens that
// verb's reported clause: the state named in it is no author of the
// criticised sanctions, and no sanction of its own.
TEST_F(R13SpanishWireTest, ReportedClauseAfterCoordinatedVerbIsNoRelative) {
  const std::string lead =
      "Estados Unidos impuso el lunes sanciones a tres ministros de Venezuela. ";
  EXPECT_EQ(Of(lead + "La presidenta de México criticó en su conferencia matutina las sanciones "
                      "como «injustas» y recordó que México envió ayuda a Venezuela.",
               "es", "SANCTION"),
            (Strings{"USA>VEN"}));
  EXPECT_EQ(Of(lead + "La presidenta de México criticó en su conferencia matutina las sanciones "
                      "como «injustas» y recordó que México envió ayuda a Venezuela.",
               "es", "CRITICISM"),
            (Strings{"MEX>USA"}));
  // Twin: a relative right after the noun names the author.
  EXPECT_EQ(Of("La presidenta de México criticó las sanciones que Washington impuso a Venezuela.",
               "es", "CRITICISM"),
            (Strings{"MEX>USA"}));
}

// A call held with someone is a conversation (a weak one: its stated
// purpose is the act).
TEST_F(R13SpanishWireTest, CallHeldIsAMeeting) {
  EXPECT_EQ(Of("El presidente de Paraguay, Santiago Peña, sostuvo el lunes una llamada con su "
               "homólogo de Uruguay.",
               "es", "MEETING"),
            (Strings{"PRY>URY"}));
  EXPECT_EQ(Of("El presidente de Chile mantuvo una llamada con el primer ministro de Canadá para "
               "felicitarlo por su victoria.",
               "es", "MEETING"),
            Strings{});
  // Twin: a call announced is none.
  EXPECT_EQ(Of("El presidente de Paraguay anunció una llamada a la calma.", "es", "MEETING"),
            Strings{});
}

// Recognition "por" a deed praises it; recognition "a" someone stays thanks.
TEST_F(R13SpanishWireTest, RecognitionForADeedIsPraise) {
  EXPECT_EQ(Of("El presidente de Honduras expresó su reconocimiento por la acogida que Costa "
               "Rica da a los migrantes hondureños.",
               "es", "PRAISE"),
            (Strings{"HND>CRI"}));
  EXPECT_EQ(Of("El presidente de Honduras expresó su reconocimiento a Costa Rica.", "es", "PRAISE"),
            Strings{});
}

// "El jefe del Ejecutivo" and "el mandatario" name the story's top office
// holder whatever the system: Spain's prime minister as well as a president.
TEST_F(R13SpanishWireTest, HeadOfTheExecutiveIsAnyTopOffice) {
  EXPECT_EQ(Of("El presidente del Gobierno, Pedro Sánchez, recibió al presidente de Senegal. "
               "El presidente senegalés agradeció a España su apoyo. Después, el jefe del "
               "Ejecutivo mantuvo una conversación telefónica con el primer ministro de Italia.",
               "es", "MEETING"),
            (Strings{"ESP>SEN", "ESP>ITA"}));
  // Twin: a president's story keeps its president.
  EXPECT_EQ(Of("El presidente de Colombia recibió al presidente de Ecuador. Después, el jefe del "
               "Ejecutivo mantuvo una conversación telefónica con el primer ministro de Italia.",
               "es", "MEETING"),
            (Strings{"COL>ECU", "COL>ITA"}));
}

// A later clause with no subject of its own speaks for the sentence's
// subject: a non-state one heading the sentence heads it too.
TEST_F(R13SpanishWireTest, SubjectlessClauseKeepsANonStateSubject) {
  EXPECT_EQ(Of("El presidente de Perú viajó a Madrid. La naviera agradeció a sus clientes su "
               "paciencia, y elogió la ayuda del Gobierno de Francia.",
               "es", "PRAISE"),
            Strings{});
  EXPECT_EQ(Of("El presidente de Perú viajó a Madrid. La empresa, que agradeció a la Guardia "
               "Civil su trabajo, criticó la decisión del Gobierno de Francia.",
               "es", "CRITICISM"),
            Strings{});
  EXPECT_EQ(Of("The Peruvian president travelled to Madrid. The company, which thanked the "
               "firefighters, praised the help of the Italian government.",
               "en", "PRAISE"),
            Strings{});
  // Twin: a state heading the sentence keeps its later clauses, whatever
  // non-state word its object holds.
  EXPECT_EQ(Of("El Gobierno de Chile agradeció a la Argentina el envío de brigadistas, y elogió "
               "la ayuda de Francia.",
               "es", "PRAISE"),
            (Strings{"CHL>FRA"}));
}

// Agreeing on the good state of the ties evaluates them: mutual praise
// (the lexicon's "coincidieron en el buen/excelente ..."; the base already
// reads simple cases through the relations frame, so this guards it).
TEST_F(R13SpanishWireTest, AgreeingOnTheGoodStateOfTiesIsPraise) {
  const std::string lead = "El presidente de Chile recibió en Santiago al presidente de Uruguay. ";
  EXPECT_EQ(Of(lead + "Ambos mandatarios coincidieron en el excelente momento de las relaciones "
                      "bilaterales.",
               "es", "PRAISE"),
            (Strings{"CHL,URY>CHL,URY"}));
  // Twin: agreeing on a need is no praise.
  EXPECT_EQ(Of(lead + "Ambos mandatarios coincidieron en la necesidad de reformar el sistema "
                      "financiero internacional.",
               "es", "PRAISE"),
            Strings{});
}

// A discuss verb coordinated after a praise, with its own cooperation noun,
// is a cooperation of its own, in every language.
TEST_F(R13SpanishWireTest, DiscussionCoordinatedAfterPraiseIsCooperation) {
  EXPECT_EQ(Of("El presidente de Chile recibió al presidente de Uruguay. Los dos presidentes "
               "celebraron el buen momento de la relación bilateral y coincidieron en avanzar "
               "en la integración energética y la cooperación contra el crimen organizado.",
               "es", "COOPERATION"),
            (Strings{"CHL,URY>"}));
  // Twin: cooperation that is itself praised stays PRAISE only.
  EXPECT_EQ(Of("El presidente de Chile recibió al presidente de Uruguay. Los dos presidentes "
               "celebraron el buen momento de la cooperación bilateral.",
               "es", "COOPERATION"),
            Strings{});
}

// The sides of a court case and a city's own officials act for no state.
TEST_F(R13SpanishWireTest, CourtSidesAndMayorsAreNoState) {
  EXPECT_EQ(
      Of("El alcalde de Quito criticó a la empresa eléctrica por los apagones.", "es", "CRITICISM"),
      Strings{});
  EXPECT_EQ(Of("El presidente de Perú viajó a Madrid. La defensa, que criticó la decisión del "
               "Gobierno de Francia, anunció un recurso.",
               "es", "CRITICISM"),
            Strings{});
  // Twin: the state's own officials still act.
  EXPECT_EQ(Of("El canciller de Ecuador criticó a Colombia por los apagones.", "es", "CRITICISM"),
            (Strings{"ECU>COL"}));
}

// A recall "a consultas" with a time phrase before it, and a recalled
// ambassador who is a woman.
TEST_F(R13SpanishWireTest, RecallWithAPhraseBetweenAndAWomanAmbassador) {
  EXPECT_EQ(Of("El Gobierno de Colombia llamó este martes a consultas a su embajador en Quito.",
               "es", "PROTEST"),
            (Strings{"COL>ECU"}));
  EXPECT_EQ(Of("El Gobierno de Nicaragua retiró a su embajadora en San José.", "es", "PROTEST"),
            (Strings{"NIC>CRI"}));
  // Twin: a call for calm is no recall.
  EXPECT_EQ(Of("El Gobierno de Colombia llamó este martes a la calma a los manifestantes.", "es",
               "PROTEST"),
            Strings{});
}

// A criticism told by its own predicate coordinated after a comma is a
// second act of the party that protested, in every language.
TEST_F(R13SpanishWireTest, CriticismCoordinatedAfterASummonsIsItsOwnAct) {
  EXPECT_EQ(Of("La Cancillería de Chile convocó al embajador de Perú, y criticó la decisión de "
               "Lima de cerrar la frontera.",
               "es", "CRITICISM"),
            (Strings{"CHL>PER"}));
  // Twin: a relative qualifying the protest's reason stays the protest.
  EXPECT_EQ(Of("La Cancillería de Chile entregó una nota de protesta al embajador de Perú por un "
               "mensaje, que calificó de «inaceptable».",
               "es", "CRITICISM"),
            Strings{});
}

// Rescue crews and relief equipment sent are aid; a message noun after a
// later thanks verb is that thanks' complement, not a condolence.
TEST_F(R13SpanishWireTest, CrewsAndEquipmentSentAreAid) {
  EXPECT_EQ(
      Of("Uruguay envió brigadistas y helicópteros a Brasil tras las inundaciones.", "es", "AID"),
      (Strings{"URY>BRA"}));
  EXPECT_EQ(Of("Chile envió brigadistas a Bolivia y agradeció a Argentina su «solidaridad».", "es",
               "CONDOLENCE"),
            Strings{});
  // Twin: a message sent is no aid.
  EXPECT_EQ(Of("Uruguay envió un mensaje a Brasil.", "es", "AID"), Strings{});
}

// The perfect of a discuss verb with a cooperation noun, after "con quien",
// is a cooperation with the guest.
TEST_F(R13SpanishWireTest, PerfectDiscussWithCooperationIsCooperation) {
  EXPECT_EQ(Of("El canciller de España recibió a su homólogo de Costa Rica, con quien ha abordado "
               "la cooperación en materia migratoria.",
               "es", "COOPERATION"),
            (Strings{"CRI,ESP>"}));
  // Twin: another topic is no cooperation.
  EXPECT_EQ(Of("El canciller de España recibió a su homólogo de Costa Rica, con quien ha abordado "
               "la situación en Haití.",
               "es", "COOPERATION"),
            Strings{});
}

// The plural "celebraron" welcomes a named act; alone it holds meetings.
TEST_F(R13SpanishWireTest, PluralWelcomeOfADecisionIsPraise) {
  EXPECT_EQ(Of("Costa Rica y Panamá celebraron la decisión de Colombia de reabrir la frontera.",
               "es", "PRAISE"),
            (Strings{"CRI,PAN>COL"}));
  EXPECT_EQ(Of("Los jefes de Estado de Costa Rica y Panamá celebraron una reunión en Lima.", "es",
               "PRAISE"),
            Strings{});
}

// "Los dos gobernantes" is the current pair of leaders.
TEST_F(R13SpanishWireTest, TheTwoRulersAreTheCurrentPair) {
  EXPECT_EQ(Of("El presidente de República Dominicana recibió al primer ministro de Jamaica. Los "
               "dos gobernantes firmaron acuerdos de cooperación en turismo.",
               "es", "AGREEMENT"),
            (Strings{"DOM,JAM>"}));
  // Twin: the pair talking signs nothing.
  EXPECT_EQ(Of("El presidente de República Dominicana recibió al primer ministro de Jamaica. Los "
               "dos gobernantes conversaron sobre turismo.",
               "es", "AGREEMENT"),
            Strings{});
}

// Feminine plural offices are the current pair too ("las dos cancilleras").
TEST_F(R13SpanishWireTest, FemininePluralOfficesAreTheCurrentPair) {
  EXPECT_EQ(Of("La canciller de Colombia recibió en Bogotá a la canciller de México. Las dos "
               "cancilleras firmaron un memorando de entendimiento sobre migración.",
               "es", "AGREEMENT"),
            (Strings{"COL,MEX>"}));
  // Twin: talking signs nothing.
  EXPECT_EQ(Of("La canciller de Colombia recibió en Bogotá a la canciller de México. Las dos "
               "cancilleras conversaron sobre migración.",
               "es", "AGREEMENT"),
            Strings{});
}

}  // namespace
}  // namespace newswire::extract
