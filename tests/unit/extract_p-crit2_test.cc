// Participants of CRITICISM, second round (p-crit2): the author of a judged
// deed against words of the judgment and against another noun's agent.
// Each rule has its twin that must keep the other reading. Invented
// sentences over the real configs/ (gazetteer and lexicons).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class Crit2RealTest : public testing::RealProbeFixture {
 protected:
  Crit2RealTest() : RealProbeFixture("2026-03-12T10:00:00Z") {}
};

// A qualification given in quotes ("calificó X de «…»", "called X \"…\"",
// "a qualifié X de « … »", "nannte X „…“") names parties as words of the
// judgment; the judged deed is the author's who acted before.
TEST_F(Crit2RealTest, PartiesInsideAQuotedQualificationAreNotJudged) {
  EXPECT_EQ(
      Of("Uruguay entregó una nota de protesta a la embajada de Brasil por el cierre de la "
         "frontera. El canciller uruguayo calificó el cierre de \"provocación contraria a los "
         "acuerdos del Mercosur y de la OEA\".",
         "es", "CRITICISM"),
      Strings{"URY>BRA"});
  EXPECT_EQ(Of("Estonia summoned the Russian ambassador over the jamming of flights. The foreign "
               "ministry called the jamming \"a reckless provocation against NATO aviation and the "
               "European Union\".",
               "en", "CRITICISM"),
            Strings{"EST>RUS"});
  EXPECT_EQ(Of("La Tunisie a convoqué l'ambassadeur de Libye après les tirs. Tunis a qualifié ces "
               "tirs de « violation des engagements pris devant l'Union africaine ».",
               "fr", "CRITICISM"),
            Strings{"TUN>LBY"});
  EXPECT_EQ(Of("Finnland bestellte den russischen Botschafter ein. Helsinki nannte den Vorfall "
               "„eine Provokation gegen die EU und die NATO“.",
               "de", "CRITICISM"),
            Strings{"FIN>RUS"});
  // Twin: a party named as the object outside the quotes is the judged one.
  EXPECT_EQ(Of("The Estonian foreign ministry called Russia's jamming of flights \"a reckless "
               "provocation\".",
               "en", "CRITICISM"),
            Strings{"EST>RUS"});
  // Twin: "what it called" quotes the judged party's own deed.
  EXPECT_EQ(Of("The Estonian foreign ministry condemned what it called \"Russia's reckless "
               "jamming\" of flights.",
               "en", "CRITICISM"),
            Strings{"EST>RUS"});
}

// The agent of a participle of another noun after the judged deed ("contra
// una escuela gestionada por la UNRWA", "a depot run by the WFP") runs that
// noun and is no author of the deed, whose author is already named.
TEST_F(Crit2RealTest, AgentOfAnotherNounsParticipleIsNoAuthor) {
  EXPECT_EQ(Of("El canciller peruano condenó el bombardeo ruso contra un hospital administrado "
               "por la OMS en Odesa.",
               "es", "CRITICISM"),
            Strings{"PER>RUS"});
  EXPECT_EQ(Of("The Dutch foreign minister condemned the Israeli strike on a clinic run by the "
               "United Nations in Gaza.",
               "en", "CRITICISM"),
            Strings{"NLD>ISR"});
  EXPECT_EQ(Of("Le ministre suisse a condamné la frappe russe contre un dépôt géré par le "
               "Programme alimentaire mondial.",
               "fr", "CRITICISM"),
            Strings{"CHE>RUS"});
  // Twin: the agent of the deed's own participle is its author.
  EXPECT_EQ(Of("El canciller peruano condenó las sanciones impuestas por Estados Unidos a "
               "funcionarios venezolanos.",
               "es", "CRITICISM"),
            Strings{"PER>USA"});
  // Twin: an agent after the deed with no author named is its author.
  EXPECT_EQ(Of("The Dutch foreign minister condemned the shelling of a clinic by Russian forces.",
               "en", "CRITICISM"),
            Strings{"NLD>RUS"});
}

}  // namespace
}  // namespace newswire::extract
