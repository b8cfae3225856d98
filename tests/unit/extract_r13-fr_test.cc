// French wire copy (r13-fr), written for every language where the structure
// exists: an act withheld after "sans" / "without" is none for every type.
// Each test has a twin that keeps the old reading. Invented sentences over
// the real configs/.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class R13FrenchWireTest : public testing::RealProbeFixture {
 protected:
  R13FrenchWireTest() : RealProbeFixture("2026-05-20T12:00:00Z") {}
};

// "sans" / "without" right before a verb of any type withholds the act.
TEST_F(R13FrenchWireTest, ActWithheldAfterSansIsNone) {
  EXPECT_EQ(Of("Le ministre belge a pris acte du scrutin sans féliciter le président élu du "
               "Gabon.",
               "fr", "CONGRATULATION"),
            Strings{});
  EXPECT_EQ(Of("La ministre allemande est repartie de Rabat sans rencontrer le roi du Maroc.", "fr",
               "MEETING"),
            Strings{});
  EXPECT_EQ(Of("The Dutch envoy acknowledged the vote without congratulating the Georgian "
               "government.",
               "en", "CONGRATULATION"),
            Strings{});
  // Twin: the act told before "sans" is not governed by it.
  EXPECT_EQ(Of("Le Premier ministre canadien a félicité sans réserve le président du Chili.", "fr",
               "CONGRATULATION"),
            (Strings{"CAN>CHL"}));
  EXPECT_EQ(Of("The Dutch envoy congratulated the Georgian government without delay.", "en",
               "CONGRATULATION"),
            (Strings{"NLD>GEO"}));
}

// One capitalised abbreviation alone between a title and a name is an
// honorific ("SEM" for "S.E.M."): the holder's state is the title's.
TEST_F(R13FrenchWireTest, OneAbbreviatedHonorificLinksTitleAndName) {
  EXPECT_EQ(Of("Le Président de la République, SEM Alassane Ouattara, a reçu en audience, ce "
               "mardi 3 mars 2026, le Premier ministre de la Malaisie.",
               "fr", "MEETING"),
            (Strings{"CIV>MYS"}));
  // Twin: the dotted form keeps working.
  EXPECT_EQ(Of("Le Président de la République, S.E.M. Alassane Ouattara, a reçu en audience, ce "
               "mardi 3 mars 2026, le Premier ministre de la Malaisie.",
               "fr", "MEETING"),
            (Strings{"CIV>MYS"}));
}

// A visit noun apposed to the partner (", en séjour à X", ", on a visit to X")
// says where the partner is: the talks verb keeps its meeting.
TEST_F(R13FrenchWireTest, ApposedVisitLeavesTheTalks) {
  EXPECT_EQ(Of("Le président ivoirien a échangé avec le directeur général de l'OMS, en séjour à "
               "Abidjan.",
               "fr", "MEETING"),
            (Strings{"CIV>WHO"}));
  // Twin: a visit that is the talks' purpose still makes them its means.
  EXPECT_EQ(Of("Le président ivoirien a échangé avec le ministre ghanéen pour préparer sa visite à "
               "Accra.",
               "fr", "MEETING"),
            Strings{});
}

// "le nouveau Président" / "the new president" is the holder newly in office
// named earlier in the sentence, not the story's main guest.
TEST_F(R13FrenchWireTest, NewOfficeHolderIsTheLatestNamed) {
  EXPECT_EQ(Of("Le roi de Jordanie a reçu à Amman le président de la République du Kenya, William "
               "Ruto. Le roi a aussi félicité le président de la République du Chili, José Antonio "
               "Kast, pour son investiture, et a invité le nouveau président à visiter Amman.",
               "fr", "INVITATION"),
            (Strings{"JOR>CHL"}));
  EXPECT_EQ(Of("King Abdullah received the President of Kenya, William Ruto, in Amman. The King "
               "also congratulated the President of Chile, Jose Antonio Kast, on his inauguration "
               "and invited the new president to visit Amman.",
               "en", "INVITATION"),
            (Strings{"JOR>CHL"}));
  // Twin: without "new" the bare office stays the story's guest.
  EXPECT_EQ(Of("Le roi de Jordanie a reçu à Amman le président de la République du Kenya, William "
               "Ruto. Le roi a ensuite invité le président à visiter Aqaba.",
               "fr", "INVITATION"),
            (Strings{"JOR>KEN"}));
}

}  // namespace
}  // namespace newswire::extract
