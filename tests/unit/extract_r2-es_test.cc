// Spanish wire copy (r2-es): how EFE/Europa Press-style Spanish refers back
// to the parties of an article. Each rule has its twin that must keep the
// old reading. Invented sentences over the real configs/ (gazetteer and
// lexicons): the offices and states they need are not in the tiny in-test
// gazetteer.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

// The engine over the real configs/ (shared by the test binary).
class SpanishWireRealTest : public testing::RealProbeFixture {
 protected:
  SpanishWireRealTest() : RealProbeFixture("2026-03-05T10:00:00Z", "es") {}
};

// A bare "La Cancillería" / "el Gobierno" as subject is the state whose
// ministry or government acted earlier in the article, not whoever spoke
// last ("La Cancillería argentina presentó ... El presidente boliviano
// agradeció ... La Cancillería también saludó").
TEST_F(SpanishWireRealTest, BareMinistryIsTheStateNamedWithItEarlier) {
  EXPECT_EQ(Of("La Cancillería argentina convocó al embajador de Chile. "
               "El presidente de Bolivia, Rodrigo Paz, agradeció a Perú su apoyo. "
               "La Cancillería también felicitó a Vietnam por su aniversario.",
               "CONGRATULATION"),
            Strings{"ARG>VNM"});
  EXPECT_EQ(Of("El Gobierno colombiano condenó el ataque. "
               "El presidente de Ecuador, Daniel Noboa, agradeció a Perú su ayuda. "
               "El Gobierno felicitó después a Uruguay por su aniversario.",
               "CONGRATULATION"),
            Strings{"COL>URY"});
  // Twins: without a ministry named earlier, the last subject as before;
  // another office ("El presidente") is not the ministry's.
  EXPECT_EQ(Of("El presidente de Bolivia, Rodrigo Paz, agradeció a Perú su apoyo. "
               "La Cancillería también felicitó a Vietnam por su aniversario.",
               "CONGRATULATION"),
            Strings{"BOL>VNM"});
  EXPECT_EQ(Of("La Cancillería argentina convocó al embajador de Chile. "
               "El presidente de Bolivia, Rodrigo Paz, agradeció a Perú su apoyo. "
               "El presidente también felicitó a Vietnam por su aniversario.",
               "CONGRATULATION"),
            Strings{"BOL>VNM"});
}

// Aid without a target of its own goes where the condolences of an earlier
// clause of the same sentence went, not to the last place of the article.
TEST_F(SpanishWireRealTest, AidAfterCondolencesGoesToTheirTarget) {
  EXPECT_EQ(Of("Macron llegó el lunes a Berlín para una cumbre. El presidente francés expresó "
               "además sus condolencias a Serbia por las víctimas de los incendios en la "
               "región de Zlatibor y ofreció el envío de bomberos y dos aviones.",
               "AID"),
            Strings{"FRA>SRB"});
  // Twin: without condolences in the sentence, the last place as before.
  EXPECT_EQ(Of("Macron llegó el lunes a Berlín para una cumbre. El presidente francés "
               "ofreció además el envío de bomberos y dos aviones.",
               "AID"),
            Strings{"FRA>DEU"});
}

// A fronted "a" + noun adverbial without comma ("A continuación", "A su
// llegada") does not make the name after it an object of "a".
TEST_F(SpanishWireRealTest, FrontedAdverbialWithAIsNoObject) {
  EXPECT_EQ(Of("A continuación Macron conversó con Ilham Aliyev sobre la energía.", "MEETING"),
            Strings{"FRA>AZE"});
  EXPECT_EQ(Of("A su llegada Macron agradeció a Serbia su hospitalidad.", "THANKS"),
            Strings{"FRA>SRB"});
  // Twin: the object of "a" right after it is still the one thanked.
  EXPECT_EQ(Of("A continuación Scholz agradeció a Macron su apoyo.", "THANKS"), Strings{"DEU>FRA"});
}

// A ministry's palace named in full acts for its state as a subject; after
// a preposition it stays a place.
TEST_F(SpanishWireRealTest, MinistryPalaceActsForItsState) {
  EXPECT_EQ(Of("El Palacio de Itamaraty calificó de \"lamentables\" las palabras de Macron.",
               "CRITICISM"),
            Strings{"BRA>FRA"});
  // Twin: where a meeting takes place is no party to it.
  EXPECT_EQ(Of("Lula recibió a Ilham Aliyev en el Palacio de Itamaraty.", "MEETING"),
            Strings{"BRA>AZE"});
}

}  // namespace
}  // namespace newswire::extract
