// English wire copy (round 2, r2-en): Saudi readouts' "the Kingdom", and a
// single company or executive heading the clause. Invented sentences over
// the real configs/ (gazetteer and lexicons); every rule has a twin that
// must keep the old reading.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class EnglishWireR2Test : public testing::RealProbeFixture {
 protected:
  EnglishWireR2Test() : RealProbeFixture("2025-06-04T10:00:00Z") {}
};

// "The Kingdom" in English wire copy is Saudi Arabia, as actor and as
// target (tests/corpus/README.md: "the Kingdom" -> SAU).
TEST_F(EnglishWireR2Test, TheKingdomIsSaudiArabia) {
  EXPECT_EQ(Of("The Kingdom strongly condemned the Israeli strikes on Gaza.", "en", "CRITICISM"),
            Strings{"SAU>ISR"});
  EXPECT_EQ(Of("Sudan's leader thanked the Kingdom for its support.", "en", "THANKS"),
            Strings{"SDN>SAU"});
  // Twin: "the Kingdom of Spain" names Spain, not Saudi Arabia.
  EXPECT_EQ(Of("The Kingdom of Spain sent aid to Morocco.", "en", "AID"), Strings{"ESP>MAR"});
}

// A company or its chief executive heading the clause acts for no state;
// the nationality adjective before it is the company's origin.
TEST_F(EnglishWireR2Test, CompanyOrExecutiveIsNoStateActor) {
  EXPECT_EQ(Of("Japanese automaker Toyota said it had held talks with Indian officials.", "en",
               "MEETING"),
            Strings{});
  EXPECT_EQ(Of("French energy company TotalEnergies praised Mozambique's security forces.", "en",
               "PRAISE"),
            Strings{});
  EXPECT_EQ(Of("The chief executive of a German firm criticised China over export curbs.", "en",
               "CRITICISM"),
            Strings{});
  // Twin: the state's own office holder with the same adjective still acts.
  EXPECT_EQ(Of("French President Emmanuel Macron praised Mozambique's reforms.", "en", "PRAISE"),
            Strings{"FRA>MOZ"});
  EXPECT_EQ(Of("Germany's foreign minister criticised China over export curbs.", "en", "CRITICISM"),
            Strings{"DEU>CHN"});
}

// "Security" is a topic word and starts no name: the bare "Security
// Council" after its article is the UN all the same, also as a possessor
// ("welcomed the Security Council's adoption of a resolution").
TEST_F(EnglishWireR2Test, TheSecurityCouncilIsTheUn) {
  EXPECT_EQ(Of("Ghana's ambassador praised the Security Council's unanimous vote on the mission in "
               "South Sudan.",
               "en", "PRAISE"),
            Strings{"GHA>UN"});
  // Twin: "security" as a topic stays no participant.
  EXPECT_EQ(
      Of("Ghana's ambassador praised the security cooperation with South Sudan.", "en", "PRAISE"),
      Strings{"GHA>SSD"});
}

// Sanctions hit the owner of what they list ("sanctions on officers of
// Belarus's state security committee"), not a place named later.
TEST_F(EnglishWireR2Test, SanctionsHitTheOwnerBeforeALaterPlace) {
  EXPECT_EQ(Of("Canada imposed sanctions on 12 officers of Belarus's state security committee "
               "over the crackdown in Poland.",
               "en", "SANCTION"),
            Strings{"CAN>BLR"});
  // Twin: with no owner named, the place is still the sanctioned state.
  EXPECT_EQ(Of("The United States sanctioned militia leaders in Haiti.", "en", "SANCTION"),
            Strings{"USA>HTI"});
}

// A call with its own topic and an act coordinated after ", and" is a
// conversation of its own, not only the means of that act.
TEST_F(EnglishWireR2Test, CallWithItsOwnTopicIsAMeeting) {
  const std::string call =
      "Rubio spoke by phone with the Indian foreign minister about trade talks, and offered "
      "condolences for the victims of the landslides in India.";
  EXPECT_EQ(Of(call, "en", "MEETING"), Strings{"USA>IND"});
  EXPECT_EQ(Of(call, "en", "CONDOLENCE"), Strings{"USA>IND"});
  // Twin: a call whose purpose is the act is only that act.
  const std::string means =
      "Rubio telephoned the Indian foreign minister to offer condolences for the victims of the "
      "landslides in India.";
  EXPECT_EQ(Of(means, "en", "MEETING"), Strings{});
  EXPECT_EQ(Of(means, "en", "CONDOLENCE"), Strings{"USA>IND"});
}

// Talks named as the purpose of a planned trip are planned too ("plans to
// travel to Luanda in May for talks with ..."); talks on a trip made are a
// meeting.
TEST_F(EnglishWireR2Test, TalksPurposeOfAPlannedTripAreNoMeeting) {
  EXPECT_EQ(Of("Pakistani Prime Minister Shehbaz Sharif will travel to Beijing on Monday for talks "
               "with Chinese President Xi Jinping.",
               "en", "MEETING"),
            Strings{});
  // Twin: the trip made.
  EXPECT_EQ(Of("Polish Prime Minister Donald Tusk travelled to Kyiv for talks with Ukrainian "
               "President Volodymyr Zelensky.",
               "en", "MEETING"),
            Strings{"POL>UKR"});
}

// A possessor inside a gap trigger names whose message it is ("conveyed
// Kenya's gratitude to Turkey"): the actor's state, or the actor when the
// speaker has no state of its own; the object's possessor stays the target.
TEST_F(EnglishWireR2Test, PossessorInsideTheMessageIsItsAuthor) {
  EXPECT_EQ(Of("Ruto conveyed Kenya's gratitude to Turkey for the rescue teams.", "en", "THANKS"),
            Strings{"KEN>TUR"});
  EXPECT_EQ(Of("The ambassador expressed Japan's appreciation to Vietnam for the rescue.", "en",
               "THANKS"),
            Strings{"JPN>VNM"});
  // Twin: a possessor after the message is the thanked party's.
  EXPECT_EQ(
      Of("Ruto conveyed his gratitude to Turkey's president for the rescue teams.", "en", "THANKS"),
      Strings{"KEN>TUR"});
}

}  // namespace
}  // namespace newswire::extract
