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

}  // namespace
}  // namespace newswire::extract
