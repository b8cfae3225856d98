// Spanish agency copy and readouts, session 7 (r7-es): courts, thanks for
// another party's support, parties coordinated with appositions, temporal
// subordinate clauses, object clitics before a judgement and a pair meeting
// at a summit. Each test has a twin that must keep the old reading. Invented sentences over the
// real configs/ (gazetteer and lexicons).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class SpanishR7RealTest : public testing::RealProbeFixture {
 protected:
  SpanishR7RealTest() : RealProbeFixture("2026-03-04T12:00:00Z", "es") {}
};

// A court's verdict ("condenó a X a pagar / a indemnizar") is no criticism
// by the state of the court's city.
TEST_F(SpanishR7RealTest, CourtVerdictIsNoStateCriticism) {
  EXPECT_TRUE(Of("Un juzgado de Lima condenó a un empresario boliviano a indemnizar a su antiguo "
                 "socio.",
                 "CRITICISM")
                  .empty());
  EXPECT_TRUE(Of("Los tribunales de Quito condenaron a dos ciudadanos colombianos a pagar una "
                 "multa.",
                 "CRITICISM")
                  .empty());
  // Twin: a government condemning another state still criticises it.
  EXPECT_EQ(Of("El Gobierno de Perú condenó a Bolivia por el cierre de la frontera.", "CRITICISM"),
            Strings{"PER>BOL"});
}

// Thanks for the support of X go to X, not to a party the support went to
// nor to the object of a verb coordinated after the thanks.
TEST_F(SpanishR7RealTest, ThanksGoToTheOwnerOfTheSupport) {
  EXPECT_EQ(Of("El presidente de Perú agradeció el apoyo de Chile a la candidatura de Lima para "
               "acoger la cumbre entre la Unión Europea y la CELAC.",
               "THANKS"),
            Strings{"PER>CHL"});
  EXPECT_EQ(Of("El presidente de Perú agradeció el respaldo de Colombia y Ecuador y pidió a "
               "Estados Unidos más inversiones.",
               "THANKS"),
            Strings{"PER>COL,ECU"});
  // Twin: the one thanked named first keeps the thanks.
  EXPECT_EQ(
      Of("El presidente de Perú agradeció a Chile su apoyo a la candidatura de Lima.", "THANKS"),
      Strings{"PER>CHL"});
  EXPECT_EQ(Of("The Peruvian president thanked Chile for its support to the bid of Lima to host "
               "the summit.",
               "en", "THANKS"),
            Strings{"PER>CHL"});
}

// Two parties each with an apposition, coordinated after the comma, are one
// subject: the meeting is theirs.
TEST_F(SpanishR7RealTest, PartiesCoordinatedAfterAppositionsMeet) {
  EXPECT_EQ(Of("Al margen de la cumbre, la presidenta de México, Claudia Sheinbaum, y el "
               "presidente de Chile, Gabriel Boric, sostuvieron un encuentro bilateral.",
               "MEETING"),
            Strings{"CHL,MEX>"});
  EXPECT_EQ(Of("Le président français, Emmanuel Macron, et le chancelier allemand, Friedrich "
               "Merz, ont condamné l'attaque russe contre Kiev.",
               "fr", "CRITICISM"),
            Strings{"DEU,FRA>RUS"});
  // Twin: an apposition without a second party leaves one subject.
  EXPECT_EQ(Of("La presidenta de México, Claudia Sheinbaum, se reunió con el presidente de Chile.",
               "MEETING"),
            Strings{"MEX>CHL"});
}

// "después de que" opens a clause with its own subject: the act in it is
// that subject's, and the main act keeps its own.
TEST_F(SpanishR7RealTest, TemporalSubordinateClauseHasItsOwnSubject) {
  const std::string text =
      "El Gobierno de Colombia llamó a consultas a su embajador en Washington después de que "
      "Estados Unidos impusiera sanciones financieras al presidente Gustavo Petro.";
  EXPECT_EQ(Of(text, "SANCTION"), Strings{"USA>COL"});
  EXPECT_EQ(Of(text, "PROTEST"), Strings{"COL>USA"});
  // Twin: "después de" + noun phrase opens no clause.
  const std::string twin =
      "El Gobierno de Colombia llamó a consultas a su embajador en Washington después de la "
      "decisión de Estados Unidos.";
  EXPECT_EQ(Of(twin, "PROTEST"), Strings{"COL>USA"});
  EXPECT_TRUE(Of(twin, "SANCTION").empty());
}

// An object clitic before a judging verb takes up the act judged last: its
// author is the one judged.
TEST_F(SpanishR7RealTest, ObjectCliticTakesUpTheJudgedAct) {
  EXPECT_EQ(Of("El presidente de Brasil criticó las sanciones de Estados Unidos contra Colombia, "
               "mientras que la presidenta de México las calificó de «injustas».",
               "CRITICISM"),
            (Strings{"BRA>USA", "MEX>USA"}));
  // Twin: with nothing judged before, the clitic names nobody.
  const auto alone = Of("La presidenta de México las calificó de «injustas».", "CRITICISM");
  for (const auto& e : alone) EXPECT_EQ(e, "MEX>");
}

// Two parties that met as the subject ("Al margen de la cumbre, X y Y
// mantuvieron una reunión bilateral") met each other, not the summit's guest.
TEST_F(SpanishR7RealTest, PairMeetingAtASummitHasNoThirdParty) {
  const std::string before =
      "La presidenta de la Comisión Europea, Ursula von der Leyen, viajó a Montevideo para la "
      "cumbre. El anfitrión, el presidente uruguayo Yamandú Orsi, agradeció a von der Leyen su "
      "apoyo. Al margen de la cumbre, ";
  const auto pair = Of(before +
                           "Orsi y el brasileño Luiz Inácio Lula da Silva mantuvieron una "
                           "reunión bilateral.",
                       "MEETING");
  EXPECT_EQ(pair, Strings{"BRA,URY>"});
  // Twin: one party alone met the summit's guest.
  EXPECT_EQ(Of(before + "Orsi mantuvo una reunión bilateral.", "MEETING"), Strings{"URY>EU"});
}

}  // namespace
}  // namespace newswire::extract
