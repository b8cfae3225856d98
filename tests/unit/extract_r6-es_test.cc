// Spanish agency copy and readouts, session 6 (r6-es): datelines, Latin
// American role words and meetings told in a time phrase. Each test has a
// twin that must keep the old reading. Invented sentences over the real
// configs/ (gazetteer and lexicons).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"
#include "unit/gazetteer_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class SpanishR6RealTest : public testing::RealProbeFixture {
 protected:
  SpanishR6RealTest() : RealProbeFixture("2026-03-04T12:00:00Z", "es") {}
};

class SpanishR6GazetteerTest : public testing::RealGazetteerTest {};

// A bare government or foreign ministry under an agency dateline naming a
// capital is that capital's state ("MADRID, 4 mar (EFE).- El Gobierno ...").
TEST_F(SpanishR6RealTest, BareGovernmentUnderCapitalDatelineIsThatState) {
  EXPECT_EQ(Of("LIMA, 3 mar (EFE).- El Gobierno condenó este martes el ataque de Rusia contra "
               "Ucrania.",
               "CRITICISM"),
            Strings{"PER>RUS"});
  EXPECT_EQ(Of("QUITO, 3 mar (EFE).- La Cancillería felicitó a Uruguay por el aniversario de su "
               "independencia.",
               "CONGRATULATION"),
            Strings{"ECU>URY"});
  // Twin: a government qualified by its nationality keeps it.
  EXPECT_EQ(Of("LIMA, 3 mar (EFE).- El Gobierno chileno condenó este martes el ataque de Rusia "
               "contra Ucrania.",
               "CRITICISM"),
            Strings{"CHL>RUS"});
  // Twin: a dateline of a city that is no capital names no state (and the
  // bare government then has nobody to stand for).
  EXPECT_TRUE(Of("CARTAGENA, 3 mar (EFE).- El Gobierno condenó este martes el ataque contra "
                 "la misión.",
                 "CRITICISM")
                  .empty());
  // Twin: nor does the seat of an organisation.
  EXPECT_TRUE(Of("BRUSELAS, 3 mar (EFE).- El Gobierno condenó este martes el ataque de Rusia "
                 "contra Ucrania.",
                 "CRITICISM")
                  .empty());
}

// "su par" / "sus pares" is the counterpart in Latin American copy.
TEST_F(SpanishR6GazetteerTest, SuParIsTheCounterpart) {
  const auto one = At("es", "se reunió con su par paraguayo", 3);
  EXPECT_EQ(one.tokens, 2u);
  EXPECT_EQ(one.role, "counterpart");
  const auto two = At("es", "conversó con sus pares de Perú y Bolivia", 2);
  EXPECT_EQ(two.tokens, 2u);
  EXPECT_EQ(two.role, "counterpart");
  // Twin: "un par de" (a couple of) and "a la par" name nobody.
  EXPECT_EQ(At("es", "conversó durante un par de horas", 3).tokens, 0u);
  EXPECT_EQ(At("es", "creció a la par de la economía", 3).tokens, 0u);
}

// "Tras reunirse con X, Y ..." tells a meeting of Y with X; the acts after
// the time phrase are acts of their own.
TEST_F(SpanishR6RealTest, MeetingInTimePhraseIsTheAct) {
  EXPECT_EQ(Of("Tras reunirse con el presidente de Chile, el canciller de Japón destacó la "
               "cooperación.",
               "MEETING"),
            Strings{"JPN>CHL"});
  EXPECT_EQ(Of("Luego de conversar por teléfono con el presidente de Francia, el presidente de "
               "Perú anunció el envío de ayuda humanitaria a Haití.",
               "AID"),
            Strings{"PER>HTI"});
  // Twin: a planned meeting in an infinitive is no event.
  EXPECT_TRUE(
      Of("El presidente de Perú viajará a París para reunirse con el presidente de Francia.",
         "MEETING")
          .empty());
  // Twin: a meeting already reported is not told again by the time phrase.
  EXPECT_EQ(Of("El presidente de Perú se reunió con el presidente de Francia. Tras reunirse con "
               "el presidente de Francia, el presidente de Perú elogió a París.",
               "MEETING")
                .size(),
            1u);
}

}  // namespace
}  // namespace newswire::extract
