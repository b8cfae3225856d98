// Spanish wire copy, session 4 (r4-es): phenomena seen in the gold5/gold4/
// gold6 misses of two or more annotators. Each rule has a twin that must keep
// the old reading. Invented sentences over the real configs/ (gazetteer and
// lexicons).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class SpanishWire4Test : public testing::RealProbeFixture {
 protected:
  SpanishWire4Test() : RealProbeFixture("2026-03-05T10:00:00Z", "es") {}
};

// A capitalised "De"/"Del" before a learnt surname is the particle of the
// name, not a preposition: the person is the subject.
TEST_F(SpanishWire4Test, SurnameParticleIsNoPreposition) {
  EXPECT_EQ(Of("El canciller peruano, Hugo de Zela, llegó a Quito. "
               "De Zela agradeció a Ecuador su apoyo.",
               "THANKS"),
            Strings{"PER>ECU"});
  // Twin: a lowercase "de" before a state is still "of".
  EXPECT_EQ(Of("El presidente de Ecuador agradeció a Chile su apoyo.", "THANKS"),
            Strings{"ECU>CHL"});
}

// "el Gobierno de <leader>" is the leader's state.
TEST_F(SpanishWire4Test, GovernmentNamedByItsLeader) {
  EXPECT_EQ(Of("Petro arremetió contra el Gobierno de Javier Milei.", "CRITICISM"),
            Strings{"COL>ARG"});
  // Twin: "el Gobierno de" + state as before.
  EXPECT_EQ(Of("Petro arremetió contra el Gobierno de Argentina.", "CRITICISM"),
            Strings{"COL>ARG"});
}

// A passive after a relative word with nobody acted on in its clause is about
// the main clause's subject ("X, que llegó el lunes a Madrid, fue recibido
// por el rey", "viajó a Dakar, donde fue recibido por su homólogo").
TEST_F(SpanishWire4Test, PassiveRelativeIsAboutTheMainSubject) {
  EXPECT_EQ(Of("El presidente de Uruguay, Yamandú Orsi, que llegó el lunes a Lima, fue "
               "recibido por el presidente de Perú.",
               "MEETING"),
            Strings{"PER>URY"});
  // Twin: a passive with its own patient keeps it.
  EXPECT_EQ(Of("Orsi llegó el lunes a Lima, donde el canciller de Chile fue recibido por el "
               "presidente de Perú.",
               "MEETING"),
            Strings{"PER>CHL"});
}

// The next sentence's meeting of the same states with another office holder
// on one side is another occasion.
TEST_F(SpanishWire4Test, MeetingWithAnotherOfficeIsAnotherOccasion) {
  EXPECT_EQ(Of("El presidente del Gobierno, Pedro Sánchez, recibió al presidente de Uruguay, "
               "Yamandú Orsi. Orsi se reunió después con el rey Felipe VI.",
               "MEETING")
                .size(),
            2u);
  // Twin: the same two office holders restated is one meeting.
  EXPECT_EQ(Of("El presidente del Gobierno, Pedro Sánchez, recibió al presidente de Uruguay, "
               "Yamandú Orsi. Sánchez conversó con Orsi sobre el Mercosur.",
               "MEETING")
                .size(),
            1u);
}

// Spanish "por" after a participle or in "por parte de" names the agent of
// the criticised act, before the act's recipient.
TEST_F(SpanishWire4Test, PorParteDeNamesTheAgent) {
  EXPECT_EQ(Of("España condenó el bloqueo de la ayuda humanitaria a Gaza por parte de Israel.",
               "CRITICISM"),
            Strings{"ESP>ISR"});
  // Twin: "por" giving the reason keeps the one thanked.
  EXPECT_EQ(Of("Chile agradeció a Perú por su ayuda.", "THANKS"), Strings{"CHL>PER"});
}

// Lexicon families completed: recalling an ambassador and summoning a
// chargé d'affaires in every tense, a meeting held ("mantuvo un encuentro"),
// planned acts.
TEST_F(SpanishWire4Test, ProtestAndMeetingFamilies) {
  EXPECT_EQ(Of("Colombia había llamado a consultas a su embajador en Quito.", "PROTEST"),
            Strings{"COL>ECU"});
  EXPECT_EQ(Of("La cancillería de Panamá había convocado al encargado de negocios de Nicaragua.",
               "PROTEST"),
            Strings{"PAN>NIC"});
  // A second meeting after ", y" with a counterpart of its own.
  EXPECT_EQ(Of("Sánchez conversó con el primer ministro de Portugal, Luís Montenegro, sobre "
               "energía, y mantuvo después un encuentro con el presidente de Ecuador.",
               "MEETING"),
            (Strings{"ESP>PRT", "ESP>ECU"}));
  // Twins: ", y" restating the act with no object of its own is no new
  // criticism; a planned meeting is no meeting.
  EXPECT_EQ(Of("Bolivia condenó la decisión de Chile, y la calificó de «arbitraria».", "CRITICISM"),
            Strings{"BOL>CHL"});
  EXPECT_TRUE(Of("El canciller de Chile tiene previsto reunirse el martes con su homólogo de Perú.",
                 "MEETING")
                  .empty());
}

// A qualifying verb with a partner noun is praise; with a negative noun it
// stays criticism.
TEST_F(SpanishWire4Test, QualifiedAsPartnerIsPraise) {
  EXPECT_EQ(Of("Milei felicitó a Kast y lo definió como «un aliado en la región».", "PRAISE"),
            Strings{"ARG>CHL"});
  // Twin: a negative qualification is criticism, not praise.
  EXPECT_TRUE(Of("Petro calificó de «peligroso» el discurso de Kast.", "PRAISE").empty());
}

// Sports coverage: a coach congratulating the rival is no diplomacy.
TEST_F(SpanishWire4Test, CoachIsOfftopic) {
  EXPECT_TRUE(Of("Por su parte, el técnico de Colombia felicitó a Uruguay por la victoria.",
                 "CONGRATULATION")
                  .empty());
  // Twin: the president congratulating is.
  EXPECT_EQ(
      Of("El presidente de Colombia felicitó a Uruguay por su aniversario.", "CONGRATULATION"),
      Strings{"COL>URY"});
}

}  // namespace
}  // namespace newswire::extract
