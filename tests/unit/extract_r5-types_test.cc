// The weak event types across languages, session 5 (r5-types): aid,
// sanctions, condolences, criticism and meetings that the engine dropped or
// never saw. Each rule has its twin that must keep the old reading.
// Invented sentences over the real configs/ (gazetteer and lexicons).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class WeakTypes5Test : public testing::RealProbeFixture {
 protected:
  WeakTypes5Test() : RealProbeFixture("2026-03-05T10:00:00Z") {}
};

// Aid thanked for may be named by its sending in a relative clause after
// the thanks ("the vehicles that Beijing handed over", "los brigadistas que
// Argentina envió", "the relief it sent"): the thanked party gave it to the
// thanker, or the state named as the relative's subject gave it.
TEST_F(WeakTypes5Test, AidThankedForNamedByItsSendingInARelativeClause) {
  EXPECT_EQ(Of("Fiji's prime minister thanked Japan for the water pumps that Tokyo "
               "dispatched after the cyclone.",
               "en", "AID"),
            Strings{"JPN>FJI"});
  EXPECT_EQ(
      Of("President Ruto thanked Egypt for the field hospital it sent to Turkana.", "en", "AID"),
      Strings{"EGY>KEN"});
  EXPECT_EQ(Of("El presidente de Honduras agradeció a Colombia las cuarenta toneladas de "
               "arroz que Bogotá despachó la semana pasada.",
               "es", "AID"),
            Strings{"COL>HND"});
  EXPECT_EQ(Of("Le Premier ministre tunisien a remercié l'Italie pour les pompiers que Rome "
               "a envoyés en juillet.",
               "fr", "AID"),
            Strings{"ITA>TUN"});
  EXPECT_EQ(Of("Der georgische Präsident dankte Polen für die Generatoren, die Warschau im "
               "Winter auf den Weg gebracht hatte.",
               "de", "AID"),
            Strings{"POL>GEO"});
  EXPECT_EQ(Of("Президент Киргизии поблагодарил Казахстан за вагоны с углём, которые Астана "
               "направила в январе.",
               "ru", "AID"),
            Strings{"KAZ>KGZ"});
  // The thanker's own state as the sender gives to the thanked.
  EXPECT_EQ(Of("El presidente de Chile agradeció a Canadá el homenaje a los bomberos que Chile "
               "envió a Alberta.",
               "es", "AID"),
            Strings{"CHL>CAN"});
  // Twins: a send verb with no relative clause of the thanked-for object,
  // and thanks for a message sent, are no aid.
  EXPECT_TRUE(
      Of("The Kenyan president thanked Egypt and sent his envoy to Cairo on Monday.", "en", "AID")
          .empty());
  EXPECT_TRUE(Of("El presidente de Honduras agradeció a Colombia la carta que Bogotá envió "
                 "la semana pasada.",
                 "es", "AID")
                  .empty());
  EXPECT_TRUE(Of("Fiji's prime minister thanked Japan for the message that Tokyo sent after the "
                 "cyclone.",
                 "en", "AID")
                  .empty());
}

// A sanction noun whose own phrase names its author (an agent after a
// participle, the subject of a relative clause, a Russian instrumental after
// a participle, a German "von"-phrase before the noun) is that author's act,
// aimed at the "against" party of the phrase; a clause subject that recalls
// or supports it is not its author, one that takes it over keeps its own.
TEST_F(WeakTypes5Test, SanctionAuthorNamedInsideItsPhrase) {
  EXPECT_EQ(Of("Le ministre a rappelé le paquet de sanctions adopté mardi par l'Union européenne "
               "contre la Biélorussie.",
               "fr", "SANCTION"),
            Strings{"EU>BLR"});
  EXPECT_EQ(Of("Der Minister erinnerte an die Sanktionen, die Kanada im Mai gegen Nicaragua "
               "verhängt hatte.",
               "de", "SANCTION"),
            Strings{"CAN>NIC"});
  EXPECT_EQ(
      Of("Захарова осудила пакет санкций, утверждённый Лондоном в пятницу.", "ru", "SANCTION"),
      Strings{"GBR>RUS"});
  const Strings es =
      Of("Colombia defendió las sanciones contra Venezuela que Washington aprobó en "
         "enero.",
         "es", "SANCTION");
  EXPECT_NE(std::find(es.begin(), es.end(), "USA>VEN"), es.end());
  // Twins: a German article after the noun is no relative, and a genitive
  // owner is no agent: the clause's subject keeps the act.
  EXPECT_EQ(Of("Kanada kündigte neue Strafmaßnahmen gegen die Regierung Nicaraguas an.", "de",
               "SANCTION"),
            Strings{"CAN>NIC"});
  EXPECT_EQ(Of("Kanada verhängte Sanktionen gegen die Regierung Nicaraguas.", "de", "SANCTION"),
            Strings{"CAN>NIC"});
}

// "Similar/parallel measures" after a reported sanction restate its kind and
// aim at its party; with no sanction before, or only proposed, they are
// none; "the sanctions" criticised later stay the first sanctioner's.
TEST_F(WeakTypes5Test, SimilarMeasuresFollowAnEarlierSanction) {
  EXPECT_EQ(Of("Japan imposed sanctions on three Iranian generals on Monday. South Korea "
               "announced similar measures against two of them.",
               "en", "SANCTION"),
            (Strings{"JPN>IRN", "KOR>IRN"}));
  EXPECT_EQ(Of("Japan imposed sanctions on three Iranian generals on Monday. South Korea "
               "announced similar measures against two of them. Iran condemned the sanctions "
               "as illegal.",
               "en", "CRITICISM"),
            Strings{"IRN>JPN"});
  // Twins.
  EXPECT_TRUE(Of("South Korea announced similar measures to support its farmers.", "en", "SANCTION")
                  .empty());
  EXPECT_EQ(Of("Japan imposed sanctions on three Iranian generals on Monday. Hungary blocked a "
               "proposal for similar measures.",
               "en", "SANCTION"),
            Strings{"JPN>IRN"});
}

// Pledges in reported speech (German Konjunktiv I) and a ship leaving with
// relief goods are aid; the same verbs with other objects are not.
TEST_F(WeakTypes5Test, ReportedPledgesAndShipmentsAreAid) {
  EXPECT_EQ(Of("Der japanische Außenminister sagte, Japan stelle der Ukraine zehn Millionen "
               "Euro zur Verfügung.",
               "de", "AID"),
            Strings{"JPN>UKR"});
  EXPECT_EQ(Of("Colombia informó que un buque zarpó el lunes con 300 toneladas de víveres para "
               "Haití.",
               "es", "AID"),
            Strings{"COL>HTI"});
  // Twins.
  EXPECT_TRUE(Of("Der japanische Außenminister sagte, Japan stelle die Zusammenarbeit mit der "
                 "Ukraine nicht in Frage.",
                 "de", "AID")
                  .empty());
  EXPECT_TRUE(Of("Colombia informó que un buque escuela zarpó el lunes con 300 cadetes rumbo a "
                 "Lisboa.",
                 "es", "AID")
                  .empty());
}

}  // namespace
}  // namespace newswire::extract
