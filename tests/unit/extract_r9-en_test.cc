// English readouts and agency copy (r9-en), rules that hold in every
// language: a witness of a signing ("with X looking on", "in the presence
// of X", "im Beisein von", "в присутствии") is no party when the act names
// its own parties; signers in a by-phrase after a pair of witnesses ("the
// two leaders witnessed the signing ... by the two countries' ministers")
// are the parties; a joint act of two other parties makes them the pair
// "both governments" names; a second meeting in one sentence with another
// office holder of the same state ("was received by the King and later held
// talks with the prime minister") is another meeting, and an auxiliary with
// its own agent is not the later verb's; a three-letter family name of a
// known person ("Irfaan Ali" ... "Ali") is learnt. Each rule has its twin
// that must keep the other reading. Invented sentences over the real
// configs/.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class R9EnglishTest : public testing::RealProbeFixture {
 protected:
  R9EnglishTest() : RealProbeFixture("2026-05-20T10:00:00Z") {}
};

// A third party watching the signing is no party to it.
TEST_F(R9EnglishTest, OnlookerOfASigningIsNoParty) {
  EXPECT_EQ(Of("The foreign ministers of Armenia and Azerbaijan signed a transit agreement on "
               "Monday, with U.S. Secretary of State Marco Rubio looking on.",
               "en", "AGREEMENT"),
            Strings{"ARM,AZE>"});
  EXPECT_EQ(Of("Thai Prime Minister Anutin Charnvirakul and Cambodian Prime Minister Hun Manet "
               "signed a ceasefire declaration on Monday in the presence of Malaysian Prime "
               "Minister Anwar Ibrahim.",
               "en", "AGREEMENT"),
            Strings{"KHM,THA>"});
}

// Twin: without parties of its own, the signing is the witnesses' act; and a
// party the act is signed with stays one.
TEST_F(R9EnglishTest, SigningWithoutOwnPartiesKeepsThePresentLeaders) {
  EXPECT_EQ(Of("Seven agreements on health and education were signed in the presence of "
               "President Emmanuel Macron and President Cyril Ramaphosa.",
               "en", "AGREEMENT"),
            Strings{"FRA,ZAF>"});
  EXPECT_EQ(Of("Kenya signed a trade agreement with Ethiopia on Monday.", "en", "AGREEMENT"),
            Strings{"ETH,KEN>"});
}

// A second meeting in the same sentence with another office holder of the
// visited state is another meeting.
TEST_F(R9EnglishTest, SecondOfficeHolderInOneSentenceIsAnotherMeeting) {
  EXPECT_EQ(Of("Chinese Foreign Minister Wang Yi arrived in Nairobi on Monday. Wang was received "
               "by President William Ruto at State House and later held talks with Kenya's "
               "Foreign Minister Musalia Mudavadi on trade.",
               "en", "MEETING")
                .size(),
            2u);
}

// Twin: the same meeting restated with the pair as subject stays one.
TEST_F(R9EnglishTest, MeetingRestatedByThePairStaysOne) {
  EXPECT_EQ(Of("President William Ruto on Thursday hosted President Samia Suluhu Hassan at State "
               "House, where the two leaders held talks on trade.",
               "en", "MEETING")
                .size(),
            1u);
}

// The pair of witnesses of a signing by "the two countries' ministers" are
// the parties through their ministers.
TEST_F(R9EnglishTest, SigningByTheTwoCountriesMinistersIsThePairs) {
  EXPECT_EQ(Of("President Bola Tinubu on Tuesday received Ghanaian President John Dramani Mahama "
               "at the State House. The two leaders later witnessed the signing of five "
               "agreements on energy and customs by the two countries' ministers.",
               "en", "AGREEMENT"),
            Strings{"GHA,NGA>"});
}

// Twin: signers named by the by-phrase are the parties, not the witnesses.
TEST_F(R9EnglishTest, SigningByOtherStatesIsTheirs) {
  EXPECT_EQ(Of("President Bola Tinubu on Tuesday received Ghanaian President John Dramani Mahama "
               "at the State House. The two leaders later witnessed the signing of a border "
               "accord by Rwanda and Burundi.",
               "en", "AGREEMENT"),
            Strings{"BDI,RWA>"});
}

// A three-letter family name of a known person names them later.
TEST_F(R9EnglishTest, ThreeLetterFamilyNameIsLearnt) {
  EXPECT_EQ(Of("President Irfaan Ali met the British envoy in Georgetown on Monday. Ali thanked "
               "the United States and Britain for their support.",
               "en", "THANKS"),
            Strings{"GUY>GBR,USA"});
}

// Twin: without the full name in the article, a bare "Ali" is nobody
// known.
TEST_F(R9EnglishTest, BareShortNameWithoutItsPersonIsNobody) {
  const Strings got =
      Of("Ali thanked the United States and Britain for their support.", "en", "THANKS");
  EXPECT_EQ(std::count(got.begin(), got.end(), "GUY>GBR,USA"), 0);
}

// Twin: two participles sharing one auxiliary and agent stay passive.
TEST_F(R9EnglishTest, SharedAuxiliaryStaysPassive) {
  EXPECT_EQ(Of("Chinese Foreign Minister Wang Yi was received and hosted by President William "
               "Ruto at State House on Monday.",
               "en", "MEETING"),
            Strings{"KEN>CHN"});
}

// A joint act of two other parties makes them the pair "both governments"
// names.
TEST_F(R9EnglishTest, JointActOfOthersMakesThemThePair) {
  EXPECT_EQ(Of("Kenyan President William Ruto opened the regional summit in Nairobi on Monday. "
               "Ethiopia and Eritrea signed a border protocol, with Ruto looking on. Ruto praised "
               "both governments for their courage.",
               "en", "PRAISE"),
            Strings{"KEN>ERI,ETH"});
}

// Twin: the meeting pair signing together stays the pair of "the two leaders".
TEST_F(R9EnglishTest, JointActOfTheMeetingPairKeepsIt) {
  EXPECT_EQ(Of("President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed on Monday. "
               "Kenya and Ethiopia signed three agreements on trade. The two leaders condemned "
               "the bombing in Mandera.",
               "en", "CRITICISM"),
            Strings{"ETH,KEN>"});
}

}  // namespace
}  // namespace newswire::extract
