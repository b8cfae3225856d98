// The weak event types across languages, session 6 (r6-types): cooperation
// pledged beside a signing, aid sent after another act, aid for refugees.
// Each rule has its twin that must keep the old reading. Invented sentences
// over the real configs/ (gazetteer and lexicons).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class WeakTypes6Test : public testing::RealProbeFixture {
 protected:
  WeakTypes6Test() : RealProbeFixture("2026-04-14T10:00:00Z") {}
};

// A pledge whose own object is a cooperation noun is a COOPERATION of its
// own even when the clause also reports a signing: the weak "agreed to" is
// no means of the signing then.
TEST_F(WeakTypes6Test, CooperationPledgedBesideASigning) {
  EXPECT_EQ(Of("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in "
               "Arusha on Monday. The two leaders agreed to deepen cooperation on power lines and "
               "signed an accord on fisheries.",
               "en", "COOPERATION"),
            Strings{"KEN,TZA>"});
  EXPECT_EQ(Of("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in "
               "Arusha on Monday. The two leaders signed an accord on fisheries and agreed to "
               "expand cooperation in tourism.",
               "en", "COOPERATION"),
            Strings{"KEN,TZA>"});
  // Twin: agreeing to sign is the signing only.
  EXPECT_TRUE(Of("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in "
                 "Arusha on Monday. The two leaders agreed to sign an accord on fisheries.",
                 "en", "COOPERATION")
                  .empty());
}

// Aid sent in a verb coordinated after another act is an act of its own,
// not the means of that act.
TEST_F(WeakTypes6Test, AidSentAfterCondolences) {
  EXPECT_EQ(Of("The Canadian foreign minister offered condolences to Mexico and sent a team of "
               "rescue specialists.",
               "en", "AID"),
            Strings{"CAN>MEX"});
  // Twin: a message of condolence sent is no aid.
  EXPECT_TRUE(
      Of("The Canadian foreign minister sent a message of condolence to Mexico.", "en", "AID")
          .empty());
}

// The nationality of refugees or displaced people aid is for is not its
// recipient; the state hosting them is.
TEST_F(WeakTypes6Test, AidForRefugeesGoesToTheirHost) {
  EXPECT_EQ(Of("Austria pledged five million euros in humanitarian aid for Syrian refugees in "
               "Jordan.",
               "en", "AID"),
            Strings{"AUT>JOR"});
  EXPECT_EQ(Of("Italien sagte dem Libanon weitere zehn Millionen Euro Soforthilfe für syrische "
               "Flüchtlinge zu.",
               "de", "AID"),
            Strings{"ITA>LBN"});
  // Twins: aid for the state itself, or for its institutions, goes there.
  EXPECT_EQ(Of("Austria pledged five million euros in humanitarian aid for Syria.", "en", "AID"),
            Strings{"AUT>SYR"});
  EXPECT_EQ(Of("Austria pledged five million euros in humanitarian aid for Syrian hospitals.", "en",
               "AID"),
            Strings{"AUT>SYR"});
}

// Sanctions named inside a criticism with their author in an agent phrase
// ("adopted by the European Union", "принятый Евросоюзом") aim at the
// critic when they name no target of their own.
TEST_F(WeakTypes6Test, SanctionsCriticisedWithTheirAuthorAimAtTheCritic) {
  EXPECT_EQ(Of("Iran's foreign minister condemned the new package of sanctions adopted by the "
               "European Union.",
               "en", "SANCTION"),
            Strings{"EU>IRN"});
  EXPECT_EQ(Of("Глава МИД Белоруссии осудил пакет санкций, принятый Евросоюзом.", "ru", "SANCTION"),
            Strings{"EU>BLR"});
  // Twin: sanctions against a named state aim at it.
  EXPECT_EQ(Of("Глава МИД Белоруссии осудил пакет санкций против Ирана, принятый Евросоюзом.", "ru",
               "SANCTION"),
            Strings{"EU>IRN"});
}

// Aid paid to an agency goes to the state where the agency spends it, in
// every language; with no state named the agency stays the recipient.
TEST_F(WeakTypes6Test, AidPaidToAnAgencyGoesToTheStateItIsSpentIn) {
  EXPECT_EQ(Of("Die Niederlande stellen UNICEF fünf Millionen Euro für Kinder im Jemen zur "
               "Verfügung.",
               "de", "AID"),
            Strings{"NLD>YEM"});
  EXPECT_EQ(Of("Norway gave UNICEF ten million crowns in humanitarian aid for children in Chad.",
               "en", "AID"),
            Strings{"NOR>TCD"});
  // Twin: no state named.
  EXPECT_EQ(Of("Die Niederlande stellen UNICEF fünf Millionen Euro zur Verfügung.", "de", "AID"),
            Strings{"NLD>UNICEF"});
}

// German aid verbs at the end of a subordinate or reported clause.
TEST_F(WeakTypes6Test, GermanVerbFinalAid) {
  EXPECT_EQ(Of("Der Minister kündigte an, dass Österreich der Ukraine weitere zehn Millionen Euro "
               "zur Verfügung stellt.",
               "de", "AID"),
            Strings{"AUT>UKR"});
  EXPECT_EQ(Of("Wien kündigte an, Österreich werde der Ukraine weitere zehn Millionen Euro "
               "bereitstellen.",
               "de", "AID"),
            Strings{"AUT>UKR"});
  // Twin: negated.
  EXPECT_TRUE(Of("Wien kündigte an, Österreich werde der Ukraine keine weiteren Mittel "
                 "bereitstellen.",
                 "de", "AID")
                  .empty());
}

}  // namespace
}  // namespace newswire::extract
