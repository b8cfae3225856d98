// Spanish wire copy, session 5 (r5-es): tense and word families the
// independent annotators' articles use, and Spanish word order. Each test
// has a twin that must keep the old reading. Invented sentences over the
// real configs/ (gazetteer and lexicons).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class SpanishR5RealTest : public testing::RealProbeFixture {
 protected:
  SpanishR5RealTest() : RealProbeFixture("2026-03-05T10:00:00Z", "es") {}
};

// The pluperfect of a compound-past trigger is the same act ("se había
// reunido", "había condenado"); the conditional of hearsay is not.
TEST_F(SpanishR5RealTest, PluperfectIsTheSameActAsThePerfect) {
  EXPECT_EQ(Of("El domingo, el presidente de Chile se había reunido con el presidente de Perú.",
               "MEETING"),
            Strings{"CHL>PER"});
  EXPECT_EQ(Of("El Gobierno de Uruguay había condenado el lunes el ataque de Rusia contra Kiev.",
               "CRITICISM"),
            Strings{"URY>RUS"});
  // Twin: "se habría reunido" (unconfirmed) stays no event.
  EXPECT_TRUE(
      Of("Según la prensa, el presidente de Chile se habría reunido con el presidente de Perú.",
         "MEETING")
          .empty());
}

// A ship or plane setting off or landing with relief goods is aid sent.
TEST_F(SpanishR5RealTest, VesselLeavingWithReliefGoodsIsAid) {
  EXPECT_EQ(Of("El Gobierno de Colombia informó que un avión de la Fuerza Aérea despegó el martes "
               "con 15 toneladas de alimentos para Haití.",
               "AID"),
            Strings{"COL>HTI"});
  EXPECT_EQ(Of("México anunció que un buque de la Armada zarpó desde Veracruz con medicinas y "
               "víveres para Cuba.",
               "AID"),
            Strings{"MEX>CUB"});
  // Twin: a plane taking off with a delegation carries no aid.
  EXPECT_TRUE(Of("El Gobierno de Colombia informó que el avión presidencial despegó el martes "
                 "desde Bogotá con destino a Haití.",
                 "AID")
                  .empty());
}

// Negative qualifiers in every gender and number make "calificó ... de" a
// criticism ("injerencistas", "ridículas"); a praising qualifier does not.
TEST_F(SpanishR5RealTest, QualifierFamiliesInEveryInflection) {
  EXPECT_EQ(Of("El canciller de Cuba calificó las declaraciones de Estados Unidos de "
               "«ridículas e injerencistas».",
               "CRITICISM"),
            Strings{"CUB>USA"});
  // Twin: a friendly qualifier is no criticism.
  EXPECT_TRUE(
      Of("El canciller de Cuba calificó la visita del presidente de Vietnam de «histórica».",
         "CRITICISM")
          .empty());
}

// "se reunió con X y luego con Y": a second meeting with the verb elided.
TEST_F(SpanishR5RealTest, SecondMeetingWithElidedVerb) {
  EXPECT_EQ(Of("El canciller de Perú se reunió con el canciller de Chile, y luego con el "
               "presidente de Bolivia, con quien habló de la frontera.",
               "MEETING"),
            (Strings{"PER>CHL", "PER>BOL"}));
  // Twin: one meeting with two partners stays one event.
  EXPECT_EQ(Of("El canciller de Perú se reunió con el canciller de Chile y el presidente de "
               "Bolivia.",
               "MEETING"),
            Strings{"PER>BOL,CHL"});
}

// ", con quien acordó ...": the partner of the act is the party named right
// before the comma, not an earlier object of the sentence.
TEST_F(SpanishR5RealTest, ConQuienNamesThePartnerBeforeIt) {
  EXPECT_EQ(Of("El presidente de Ecuador se reunió con el canciller de Japón, a quien agradeció "
               "su apoyo, y luego con el presidente de Perú, con quien acordó reforzar la "
               "cooperación en la frontera.",
               "COOPERATION"),
            Strings{"ECU,PER>"});
  // Twin: without the relative, the partner after "con" as before.
  EXPECT_EQ(Of("El presidente de Ecuador acordó con el presidente de Perú reforzar la "
               "cooperación en la frontera.",
               "COOPERATION"),
            Strings{"ECU,PER>"});
}

// Attendees listed after "a la que asistieron" travel to the occasion's place.
TEST_F(SpanishR5RealTest, AttendeesAfterTheVerbVisitTheHost) {
  EXPECT_EQ(Of("La cumbre andina celebrada el viernes en Lima, a la que asistieron los "
               "presidentes de Colombia, Ecuador y Bolivia, terminó con una declaración.",
               "VISIT"),
            Strings{"BOL,COL,ECU>PER"});
  EXPECT_EQ(Of("Daniel Noboa asumió el sábado la presidencia de Ecuador en una ceremonia a la que "
               "asistieron los mandatarios de Colombia, Gustavo Petro; de Perú, y de Chile.",
               "VISIT"),
            Strings{"CHL,COL,PER>ECU"});
  // Twin: attendance at home by the host's own officials is no visit.
  EXPECT_TRUE(Of("La sesión celebrada el viernes en Lima, a la que asistieron los ministros de "
                 "Perú, terminó sin acuerdo.",
                 "VISIT")
                  .empty());
}

// A second act of the same kind told as coming in addition ("además") is
// its own event, not the previous sentence restated.
TEST_F(SpanishR5RealTest, AdditionalActIsNotARestatement) {
  EXPECT_EQ(Of("El Gobierno de Chile llamó a consultas a su embajador en Venezuela. El canciller "
               "chileno convocó además al encargado de negocios venezolano en Santiago.",
               "PROTEST"),
            (Strings{"CHL>VEN", "CHL>VEN"}));
  // Twin: the summons restated without "además" stays one act.
  EXPECT_EQ(Of("El canciller de Chile convocó al encargado de negocios de Venezuela. Le "
               "entregó una nota de protesta.",
               "PROTEST"),
            Strings{"CHL>VEN"});
}

}  // namespace
}  // namespace newswire::extract
