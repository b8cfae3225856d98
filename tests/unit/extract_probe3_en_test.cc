// Round-3 probes on English wire copy (issue #3): general causes found on
// invented Reuters/AP/AFP-style articles. Each rule has a negative twin
// that must keep the old reading. Sentences are invented and use the
// repository's lexicons and the in-test gazetteer (extract_test_support.h).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class WireR3EnTest : public testing::ProbeFixture {
 protected:
  WireR3EnTest() : ProbeFixture("2025-03-12T09:00:00Z") {}
};

// ", and the two sides agreed to ..." after a meeting in the same sentence:
// the pair phrase starts at its determiner and opens a clause of its own.
TEST_F(WireR3EnTest, PairPhraseAfterCommaAndOpensClause) {
  EXPECT_EQ(Of("Macron met Aliyev on Sunday, and the two sides agreed to deepen cooperation "
               "on trade.",
               "en", "COOPERATION"),
            Strings({"AZE,FRA>"}));
  EXPECT_EQ(Of("Macron met Aliyev on Sunday, and the two sides agreed to deepen cooperation "
               "on trade.",
               "en", "MEETING"),
            Strings({"FRA>AZE"}));
}

// Twin: the pair restating the meeting itself is not a second meeting, and
// without a cooperation phrase no cooperation appears.
TEST_F(WireR3EnTest, PairRestatingMeetingIsOneMeeting) {
  EXPECT_EQ(Of("Macron welcomed Aliyev at the Elysee Palace, and the two leaders met for two "
               "hours.",
               "en", "MEETING")
                .size(),
            1u);
  EXPECT_TRUE(
      Of("Macron met Aliyev on Sunday, and the two sides spoke to reporters.", "en", "COOPERATION")
          .empty());
}

// Traded goods named after a cooperation phrase are its topic, not aid.
TEST_F(WireR3EnTest, TradedSuppliesAreNoAid) {
  EXPECT_TRUE(Of("Macron met Aliyev on Sunday. The two sides agreed to expand cooperation in "
                 "energy and grain supplies.",
                 "en", "AID")
                  .empty());
  EXPECT_EQ(Of("Macron met Aliyev on Sunday. The two sides agreed to expand cooperation in "
               "energy and grain supplies.",
               "en", "COOPERATION"),
            Strings({"AZE,FRA>"}));
}

// Twin: relief supplies sent to a state stay aid.
TEST_F(WireR3EnTest, ReliefSuppliesSentStayAid) {
  EXPECT_EQ(Of("France sent emergency supplies to Serbia.", "en", "AID"), Strings({"FRA>SRB"}));
}

// Every form of send/dispatch with a team or experts is aid, also pledged.
TEST_F(WireR3EnTest, PledgedToSendTeamIsAid) {
  EXPECT_EQ(Of("France pledged to send a search and rescue team to Serbia after the earthquake.",
               "en", "AID"),
            Strings({"FRA>SRB"}));
  EXPECT_EQ(Of("Germany will dispatch experts to Serbia.", "en", "AID"), Strings({"DEU>SRB"}));
}

// Twin: a negated sending is no aid.
TEST_F(WireR3EnTest, RefusedToSendTeamIsNoAid) {
  EXPECT_TRUE(
      Of("France declined to send a search and rescue team to Serbia.", "en", "AID").empty());
}

// Support voiced for a state is praise of it.
TEST_F(WireR3EnTest, VoicedSupportForStateIsPraise) {
  EXPECT_EQ(Of("France voiced support for Serbia.", "en", "PRAISE"), Strings({"FRA>SRB"}));
  EXPECT_EQ(Of("Germany expressed strong support for Serbia.", "en", "PRAISE"),
            Strings({"DEU>SRB"}));
}

// Twin: support given as money is aid, not praise.
TEST_F(WireR3EnTest, FinancialSupportIsNoPraise) {
  EXPECT_TRUE(Of("France announced financial support for Serbia.", "en", "PRAISE").empty());
}

// A fronted state before an unnamed speaker is the speaker's state.
TEST_F(WireR3EnTest, FrontedPlaceBeforeUnnamedSpeakerIsItsState) {
  EXPECT_EQ(Of("In France, a government spokesperson condemned China.", "en", "CRITICISM"),
            Strings({"FRA>CHN"}));
}

// Twin: a named speaker after the fronted place keeps their own state.
TEST_F(WireR3EnTest, FrontedPlaceBeforeNamedSpeakerIsOnlyAPlace) {
  EXPECT_EQ(Of("In France, Scholz condemned China.", "en", "CRITICISM"), Strings({"DEU>CHN"}));
}

// Welcoming a deal or truce is praise of it, not the reception of a guest.
TEST_F(WireR3EnTest, WelcomedPeaceDealIsNoMeeting) {
  const std::string text = "France welcomed the peace deal between Serbia and Azerbaijan.";
  EXPECT_TRUE(Of(text, "en", "MEETING").empty());
  EXPECT_EQ(Of(text, "en", "PRAISE").size(), 1u);
}

// Twin: welcoming a person is still a meeting.
TEST_F(WireR3EnTest, WelcomedGuestIsAMeeting) {
  EXPECT_EQ(Of("Macron welcomed Aliyev at the Elysee Palace.", "en", "MEETING"),
            Strings({"FRA>AZE"}));
}

// Every form of provide/give/pledge with an amount is aid.
TEST_F(WireR3EnTest, ProvideOrGiveAnAmountIsAid) {
  EXPECT_EQ(
      Of("Macron said France would provide 1.5 billion euros to help Serbia rebuild.", "en", "AID"),
      Strings({"FRA>SRB"}));
  EXPECT_EQ(Of("Germany gave Serbia 5 million euros.", "en", "AID"), Strings({"DEU>SRB"}));
}

// Twin: providing without an amount or aid noun is no aid.
TEST_F(WireR3EnTest, ProvideWithoutAmountIsNoAid) {
  EXPECT_TRUE(Of("France will provide details to Serbia next week.", "en", "AID").empty());
}

// The "of" object survives a second subject of the actor's own state later
// in the clause ("... and said Paris would donate ...").
TEST_F(WireR3EnTest, PeopleOfStateStaysTargetBeforeOwnSecondSubject) {
  EXPECT_EQ(Of("Macron expressed his deepest sympathy to the people of Serbia and said France "
               "would donate 2 million dollars.",
               "en", "CONDOLENCE"),
            Strings({"FRA>SRB"}));
}

// Twin: a direct object of another state keeps its place.
TEST_F(WireR3EnTest, DirectTargetWinsOverLaterOfObject) {
  EXPECT_EQ(Of("Macron expressed his deepest sympathy to Serbia over the victims of the floods.",
               "en", "CONDOLENCE"),
            Strings({"FRA>SRB"}));
}

}  // namespace
}  // namespace newswire::extract
