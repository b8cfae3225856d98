// Spanish agency copy and readouts, session 9 (r10-es): a qualifying verb
// with its quote ("calificó a X como «...»", "llamó a X «...»", "назвал X
// «...»"): the quote's own tone decides between praise and criticism. Each
// test has a twin that must keep the old reading. Invented sentences over the
// real configs/ (gazetteer and lexicons).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class SpanishR10RealTest : public testing::RealProbeFixture {
 protected:
  SpanishR10RealTest() : RealProbeFixture("2026-09-16T12:00:00Z", "es") {}
};

// The quote decides: praising words make a PRAISE of the party qualified,
// also when the pattern's "de" falls inside the quote and when the rest of
// the sentence is negative; insulting words a CRITICISM.
TEST_F(SpanishR10RealTest, QuotedQualificationDecidesTheTone) {
  EXPECT_EQ(Of("El presidente de Chile calificó a Uruguay como «un ejemplo de estabilidad "
               "para la región».",
               "PRAISE"),
            Strings{"CHL>URY"});
  EXPECT_EQ(Of("El presidente de Chile calificó a Uruguay como «un ejemplo de estabilidad "
               "para la región».",
               "CRITICISM"),
            Strings{});
  EXPECT_EQ(Of("Peña dijo que Paraguay «no abandonará a sus amigos» y calificó a Taiwán como "
               "«un aliado leal de la democracia».",
               "PRAISE"),
            Strings{"PRY>TWN"});
  EXPECT_EQ(Of("Petro llamó a Brasil «un hermano en los momentos difíciles».", "PRAISE"),
            Strings{"COL>BRA"});
  EXPECT_EQ(Of("El canciller venezolano calificó de «cómplice del narcotráfico» al Gobierno de "
               "Colombia.",
               "CRITICISM"),
            Strings{"VEN>COL"});
  EXPECT_EQ(Of("Путин назвал Казахстан «надёжным союзником и другом».", "ru", "PRAISE"),
            Strings{"RUS>KAZ"});
  // Twins: an insulting quote stays a criticism; a quote without evaluative
  // words after "llamó" names no act, and a recall of an ambassador followed
  // later by a quote stays a recall.
  EXPECT_EQ(Of("Petro llamó al Gobierno de Ecuador «un vecino desleal».", "CRITICISM"),
            Strings{"COL>ECU"});
  EXPECT_EQ(Of("Petro llamó al Gobierno de Ecuador «un vecino desleal».", "PRAISE"), Strings{});
  EXPECT_EQ(Of("Boric lo llamó el miércoles para hablar de «la frontera común» con Argentina.",
               "CRITICISM"),
            Strings{});
  EXPECT_EQ(Of("El Gobierno de Colombia llamó a consultas a su embajador en Washington tras lo "
               "que el canciller calificó de «agresión inaceptable».",
               "PROTEST"),
            Strings{"COL>USA"});
}

// Offering goods is aid like sending them ("ofreció 150 toneladas de
// alimentos", "offered 20 tonnes of medicines"); the disaster's place named
// before receives it.
TEST_F(SpanishR10RealTest, OfferedGoodsAreAid) {
  EXPECT_EQ(Of("Las inundaciones dejaron 40 muertos en Bolivia. El Gobierno de Paraguay ofreció "
               "150 toneladas de alimentos.",
               "AID"),
            Strings{"PRY>BOL"});
  EXPECT_EQ(Of("Floods killed 40 people in Bolivia. Paraguay offered 150 tonnes of medicines.",
               "en", "AID"),
            Strings{"PRY>BOL"});
  // Twin: offering to mediate on food security is no aid.
  EXPECT_EQ(Of("Brazil offered to mediate between Bolivia and Peru on food security.", "en", "AID"),
            Strings{});
}

}  // namespace
}  // namespace newswire::extract
