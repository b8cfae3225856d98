// English wire copy (r4-en, session 4): how Reuters/AP/Kyodo/AAP-style
// English refers back to the parties of an article. Each rule has its twin
// that must keep the old reading. Invented sentences over the real configs/
// (gazetteer and lexicons).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class EnglishWireRealTest : public testing::RealProbeFixture {
 protected:
  EnglishWireRealTest() : RealProbeFixture("2026-05-14T10:00:00Z", "en") {}
};

// "X, who arrived on Tuesday, met Y": after the relative clause's closing
// comma the main clause resumes with the antecedent that opened the sentence
// as its subject.
TEST_F(EnglishWireRealTest, MainClauseAfterRelativeClauseKeepsTheAntecedent) {
  EXPECT_EQ(Of("Indonesian Foreign Minister Sugiono, who was in Canberra for a security "
               "dialogue, met New Zealand Foreign Minister Winston Peters on Friday.",
               "MEETING"),
            Strings{"IDN>NZL"});
  EXPECT_EQ(Of("Chinese Foreign Minister Wang Yi, who landed in Hanoi on Monday, later "
               "criticised Japan over its missile plans.",
               "CRITICISM"),
            Strings{"CHN>JPN"});
  // Twin: an antecedent that is the object of an earlier act does not
  // become the subject of what follows the relative clause.
  EXPECT_EQ(Of("Australian Foreign Minister Penny Wong met Chinese Foreign Minister Wang Yi, "
               "who landed in Canberra on Monday, and criticised Japan over its missile plans.",
               "CRITICISM"),
            Strings{"AUS>JPN"});
}

// A meeting of the same two states in the next sentence with another office
// holder on one side is another occasion, not the first one restated.
TEST_F(EnglishWireRealTest, MeetingWithAnotherOfficeHolderIsAnotherMeeting) {
  EXPECT_EQ(Of("Japanese Prime Minister Sanae Takaichi held talks with Philippine President "
               "Ferdinand Marcos Jr. in Tokyo on Wednesday. Marcos was also received by "
               "Emperor Naruhito at the Imperial Palace on Thursday.",
               "MEETING"),
            (Strings{"JPN>PHL", "JPN>PHL"}));
  // Twin: the same two leaders restated in the next sentence are one act.
  EXPECT_EQ(Of("Japanese Prime Minister Sanae Takaichi held talks with Philippine President "
               "Ferdinand Marcos Jr. in Tokyo on Wednesday. Takaichi met Marcos over "
               "lunch at her residence.",
               "MEETING"),
            Strings{"JPN>PHL"});
}

// Family-name-first names: "President Lee Jae-myung ... Lee thanked ...".
TEST_F(EnglishWireRealTest, FirstWordOfAKnownNameIsLearnt) {
  EXPECT_EQ(Of("South Korean President Lee Jae-myung arrived in Hanoi on Tuesday. "
               "Lee thanked Vietnam for its support for Korean investors.",
               "THANKS"),
            Strings{"KOR>VNM"});
  // Twin: a first word followed by another capitalised name is someone else
  // ("Kim Jong Un" teaches nothing about "Kim Yong Nam").
  EXPECT_EQ(Of("North Korean leader Kim Jong Un inspected a missile factory on Monday. "
               "Kim Yong Nam thanked Vietnam for its support.",
               "THANKS"),
            Strings{});
}

// Travel on to the next stop of a tour is a visit ("flew on to Suva").
TEST_F(EnglishWireRealTest, TravelOnToTheNextStopIsAVisit) {
  EXPECT_EQ(Of("New Zealand Foreign Minister Winston Peters flew on to Fiji on Tuesday.", "VISIT"),
            Strings{"NZL>FJI"});
  EXPECT_EQ(Of("Australian Prime Minister Anthony Albanese travelled on to Vanuatu.", "VISIT"),
            Strings{"AUS>VUT"});
  // Twin: a topic the talks moved on to is no travel.
  EXPECT_EQ(Of("New Zealand Foreign Minister Winston Peters said the talks with Fiji moved on "
               "to climate finance.",
               "VISIT"),
            Strings{});
}

// "a sign of" is the noun: no signing.
TEST_F(EnglishWireRealTest, SignOfIsNoAgreement) {
  EXPECT_EQ(Of("Kenya and Tanzania welcomed the border reopening, calling it a sign of "
               "growing trust.",
               "AGREEMENT"),
            Strings{});
  // Twin: the verb still signs.
  EXPECT_EQ(Of("Kenya and Tanzania signed a border agreement on Monday.", "AGREEMENT"),
            Strings{"KEN,TZA>"});
}

// Agreeing to act together, in the gerund too, is cooperation.
TEST_F(EnglishWireRealTest, AgreeingToActTogetherIsCooperation) {
  EXPECT_EQ(Of("Japanese Prime Minister Sanae Takaichi held talks with Philippine President "
               "Ferdinand Marcos Jr. on Wednesday, with the two leaders agreeing to step up "
               "joint coast guard training.",
               "COOPERATION"),
            Strings{"JPN,PHL>"});
  // Twin: without a partner, nothing.
  EXPECT_EQ(Of("The company is agreeing to pay higher wages.", "COOPERATION"), Strings{});
}

// Cricket copy: praise and thanks between teams and boards are no diplomacy.
TEST_F(EnglishWireRealTest, CricketVocabularySilencesTheSentence) {
  EXPECT_EQ(Of("India beat England in the final test on Sunday, with the captain praising his "
               "bowlers for their discipline against England.",
               "PRAISE"),
            Strings{});
  // Twin: praise between governments in the same words stays.
  EXPECT_EQ(Of("India praised England for its discipline in the trade talks.", "PRAISE"),
            Strings{"IND>GBR"});
}

// The agent of another participle ("talks mediated by Qatar") is no party
// to the joint act of the clause.
TEST_F(EnglishWireRealTest, MediatorOfTalksIsNoPartyToTheAgreement) {
  EXPECT_EQ(Of("Somalia and Ethiopia signed a port access deal in Ankara on Wednesday after "
               "negotiations brokered by Turkey and Kenya.",
               "AGREEMENT"),
            Strings{"ETH,SOM>"});
  // Twin: the parties named by the signing verb's own by-phrase are kept.
  EXPECT_EQ(
      Of("The port access deal was signed by Somalia and Ethiopia on Wednesday.", "AGREEMENT"),
      Strings{"ETH,SOM>"});
}

// "summoned X's ambassador and accused Y": the second verb shares the
// subject of the first, also after a fronted place.
TEST_F(EnglishWireRealTest, CoordinatedVerbSharesTheSubject) {
  EXPECT_EQ(Of("In Nairobi, Kenya's foreign ministry summoned Uganda's envoy on Tuesday and "
               "accused Kampala of harbouring rebels.",
               "CRITICISM"),
            Strings{"KEN>UGA"});
  // Twin: a new subject after ", and" speaks for itself.
  EXPECT_EQ(Of("Kenya's foreign ministry summoned Uganda's envoy on Tuesday, and Uganda's "
               "foreign minister accused Nairobi of spreading falsehoods.",
               "CRITICISM"),
            Strings{"UGA>KEN"});
}

// An English month before a capitalised word ends the sentence; an
// abbreviated one before a day does not.
TEST_F(EnglishWireRealTest, MonthBeforeACapitalEndsTheSentence) {
  EXPECT_EQ(Of("Egypt said it had delivered medical supplies to Somalia in January. Ethiopia's "
               "foreign ministry accused Egypt of destabilising the region.",
               "CRITICISM"),
            Strings{"ETH>EGY"});
  // Twin: "Oct. 20" keeps the sentence together (one date, one event).
  EXPECT_EQ(
      Of("Kenya's foreign ministry accused Uganda on Oct. 20 of harbouring rebels.", "CRITICISM"),
      Strings{"KEN>UGA"});
}

// Welcoming an accord is praise of its parties, not a meeting.
TEST_F(EnglishWireRealTest, WelcomingAnAccordPraisesItsParties) {
  EXPECT_EQ(Of("Sudan and South Sudan signed a border agreement on Thursday. Saudi Arabia and "
               "Egypt welcomed the Juba agreement.",
               "PRAISE"),
            Strings{"EGY,SAU>SDN,SSD"});
  EXPECT_EQ(Of("Sudan and South Sudan signed a border agreement on Thursday. Saudi Arabia and "
               "Egypt welcomed the Juba agreement.",
               "MEETING"),
            Strings{});
  // Twin: welcoming a visitor is a meeting.
  EXPECT_EQ(Of("Egyptian President Abdel Fattah al-Sisi welcomed Sudanese leader Abdel Fattah "
               "al-Burhan in Cairo on Monday.",
               "MEETING"),
            Strings{"EGY>SDN"});
}

// A denial set off after the accusation ("..., a charge Cairo rejected")
// is the other party's: the accusation stands.
TEST_F(EnglishWireRealTest, DenialAfterTheAccusationLeavesIt) {
  EXPECT_EQ(Of("Ethiopia accused Egypt of arming rebels, a charge Cairo rejected.", "CRITICISM"),
            Strings{"ETH>EGY"});
  // Twin: the accuser's own refusal still cancels.
  EXPECT_EQ(Of("Ethiopia declined to accuse Egypt of arming rebels.", "CRITICISM"), Strings{});
}

// US executive departments act for the state, like "the State Department".
TEST_F(EnglishWireRealTest, TreasuryDepartmentIsTheUnitedStates) {
  EXPECT_EQ(Of("The Treasury Department on Monday sanctioned three North Korean trading firms.",
               "SANCTION"),
            Strings{"USA>PRK"});
  // Twin: a bare "Treasury" of another country is no US department (and,
  // unknown to the gazetteer, no actor at all).
  EXPECT_EQ(
      Of("Britain's Treasury on Monday sanctioned three North Korean trading firms.", "SANCTION"),
      Strings{});
}

// Sports bodies and airlines named with a demonym speak for no state.
TEST_F(EnglishWireRealTest, SportsBodiesAndAirlinesAreNoState) {
  EXPECT_EQ(Of("Ethiopian Airlines thanked Kenya for its support.", "THANKS"), Strings{});
  EXPECT_EQ(
      Of("The Philippine Basketball Association thanked Japan for hosting the final.", "THANKS"),
      Strings{});
  // Twin: the association of states keeps its code.
  EXPECT_EQ(
      Of("The Association of Southeast Asian Nations thanked Japan for its support.", "THANKS"),
      Strings{"ASEAN>JPN"});
}

// "The visit comes as ...": the article's visit named again as the subject
// of a comment is no new visit.
TEST_F(EnglishWireRealTest, VisitNamedAgainInACommentIsNoNewVisit) {
  EXPECT_EQ(Of("Philippine President Ferdinand Marcos Jr. arrived in Japan on Tuesday. The visit "
               "comes as Manila seeks security partners beyond the United States.",
               "VISIT"),
            Strings{"PHL>JPN"});
  // Twin: a visit named with its traveller and host is one.
  EXPECT_EQ(Of("The visit of Chinese President Xi Jinping to Russia came after months of "
               "preparation.",
               "VISIT"),
            Strings{"CHN>RUS"});
}

// Describing a partner in evaluative words is praise, in every form of the
// verb ("..., describing Jakarta as one of our most important partners").
TEST_F(EnglishWireRealTest, DescribingAPartnerIsPraise) {
  EXPECT_EQ(Of("Albanese congratulated Indonesia on its national day, describing Jakarta as one "
               "of our most important partners.",
               "PRAISE"),
            Strings{"AUS>IDN"});
  // Twin: describing talks is no praise of anyone.
  EXPECT_EQ(Of("Australian Prime Minister Anthony Albanese met Indonesian President Prabowo "
               "Subianto, describing the talks as useful.",
               "PRAISE"),
            Strings{});
}

}  // namespace
}  // namespace newswire::extract
