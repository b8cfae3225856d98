// Participants of meetings (p-meet): a meeting told again by the pair,
// several counterparts met separately, and a visit or summit named only as
// the frame of another act. Each rule has its twin that must keep the other
// reading. Invented sentences over the real configs/ (gazetteer and
// lexicons).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class MeetingRealTest : public testing::RealProbeFixture {
 protected:
  MeetingRealTest() : RealProbeFixture("2026-03-12T10:00:00Z") {}

  Strings Sorted(Strings xs) const {
    std::sort(xs.begin(), xs.end());
    return xs;
  }
};

// "X received Y. The two leaders then held a one-on-one meeting": the
// format of the meeting already reported, one MEETING in every language.
TEST_F(MeetingRealTest, PairRestatingTheMeetingIsOneMeeting) {
  EXPECT_EQ(Of("Chilean President Gabriel Boric received Argentine President Javier Milei in "
               "Santiago on Monday. The two presidents then held a private meeting before lunch.",
               "en", "MEETING"),
            Strings{"CHL>ARG"});
  EXPECT_EQ(Of("Le roi Mohammed VI a reçu jeudi à Rabat le président mauritanien Mohamed Ould "
               "Ghazouani. Les deux chefs d'État ont ensuite eu un entretien en tête-à-tête.",
               "fr", "MEETING"),
            Strings{"MAR>MRT"});
  EXPECT_EQ(Of("Bundeskanzler Friedrich Merz empfing am Dienstag den dänischen Ministerpräsidenten "
               "Mette Frederiksen im Kanzleramt. Nach einem Gespräch unter vier Augen setzten die "
               "beiden Regierungschefs die Beratungen im erweiterten Kreis fort.",
               "de", "MEETING"),
            Strings{"DEU>DNK"});
  EXPECT_EQ(Of("Президент Сербии Александр Вучич в среду принял в Белграде премьер-министра "
               "Венгрии Виктора Орбана. Стороны затем провели переговоры в расширенном составе.",
               "ru", "MEETING"),
            Strings{"SRB>HUN"});
  // Twin: with no meeting reported before, the pair's meeting is the one.
  const Strings first =
      Of("Milei arrived in Santiago on Monday for a state visit. The two "
         "presidents held talks at La Moneda.",
         "en", "MEETING");
  ASSERT_EQ(first.size(), 1u);
  EXPECT_NE(first[0].find("ARG"), std::string::npos);
  EXPECT_NE(first[0].find("CHL"), std::string::npos);
}

// Several counterparts met separately ("separately", "getrennt", "por
// separado", "отдельно", bilateral meetings, or the preposition repeated)
// are one MEETING each.
TEST_F(MeetingRealTest, SeparateMeetingsAreOneEachCounterpart) {
  EXPECT_EQ(Sorted(Of("On Friday, Japan's foreign minister met separately with the foreign "
                      "ministers of Vietnam and Thailand.",
                      "en", "MEETING")),
            Sorted({"JPN>VNM", "JPN>THA"}));
  EXPECT_EQ(Sorted(Of("El canciller de Chile se reunió el viernes con el ministro de Exteriores de "
                      "Perú y con la ministra de Exteriores de Bolivia.",
                      "es", "MEETING")),
            Sorted({"CHL>PER", "CHL>BOL"}));
  EXPECT_EQ(Sorted(Of("Министр иностранных дел Китая отдельно встретился с коллегами из Монголии "
                      "и Казахстана.",
                      "ru", "MEETING")),
            Sorted({"CHN>MNG", "CHN>KAZ"}));
  // Twin: guests received together are one meeting listing them all.
  EXPECT_EQ(Of("Le président ivoirien a reçu lundi à Abidjan les présidents du Ghana et du Togo.",
               "fr", "MEETING"),
            Strings{"CIV>GHA,TGO"});
}

// A visit or summit after "am Rande", "en marge de", "al margen de", "на
// полях", "on the margins of" is the frame of the act reported, no VISIT.
TEST_F(MeetingRealTest, VisitNamedAsFrameIsNoVisit) {
  EXPECT_EQ(Of("Am Rande des Besuchs traf der polnische Außenminister seinen litauischen "
               "Amtskollegen.",
               "de", "VISIT"),
            Strings{});
  EXPECT_EQ(Of("En marge de la visite, le ministre sénégalais s'est entretenu avec son homologue "
               "malien.",
               "fr", "VISIT"),
            Strings{});
  EXPECT_EQ(Of("Al margen de la visita, el canciller colombiano se reunió con el embajador de "
               "Perú.",
               "es", "VISIT"),
            Strings{});
  // Twin: the visit told as the act is one.
  EXPECT_EQ(Of("Le ministre sénégalais a effectué mardi une visite au Mali.", "fr", "VISIT"),
            Strings{"SEN>MLI"});
}

}  // namespace
}  // namespace newswire::extract
