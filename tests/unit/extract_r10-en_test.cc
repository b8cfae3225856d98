// English agency copy and readouts (r10-en), rules written for every
// language where the structure exists: an act told in a relative clause on
// a party that names an earlier year is the journalist's background ("The
// EU, which sanctioned ... between 2019 and 2022, ...", "die Schweiz, die
// 2022 ... verhängt hatte"); a message or signal sent is no aid; "called
// on" an office holder with no appeal after it is a courtesy call
// (meeting); welcoming a thing ("the Japanese investment") is praise,
// welcoming a person a meeting; a bystander judging "the measures" right
// after the party they hit reacted judges those measures, and aid or a
// measure joining them replaces none; a carrier of relief goods is aid.
// Each rule has its twin that must keep the other reading. Invented
// sentences over the real configs/.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class R10EnglishTest : public testing::RealProbeFixture {
 protected:
  R10EnglishTest() : RealProbeFixture("2026-05-20T10:00:00Z") {}
};

// Background in a relative clause with an earlier year: no event.
TEST_F(R10EnglishTest, RelativeClauseWithEarlierYearIsBackground) {
  EXPECT_EQ(Of("Norway, which imposed sanctions on six Iranian officials in 2023, said it was "
               "studying the new listings.",
               "en", "SANCTION"),
            Strings{});
  EXPECT_EQ(Of("Chile, whose relations with Caracas have been frozen since the two countries "
               "expelled each other's diplomats last year, declined to comment.",
               "en", "PROTEST"),
            Strings{});
  EXPECT_EQ(Of("Die Schweiz, die bereits 2022 Sanktionen gegen Belarus verhängt hatte, prüft "
               "eine Übernahme.",
               "de", "SANCTION"),
            Strings{});
}

// Twin: a relative clause telling an act of the current year, and a main
// clause, stay events.
TEST_F(R10EnglishTest, RelativeClauseOfTheNewsStays) {
  EXPECT_EQ(Of("Norway, which imposed sanctions on six Iranian officials on Monday, said more "
               "could follow.",
               "en", "SANCTION"),
            Strings{"NOR>IRN"});
  EXPECT_EQ(Of("Iran's foreign ministry, which summoned the Norwegian ambassador on Tuesday, "
               "called the listings illegal.",
               "en", "PROTEST"),
            Strings{"IRN>NOR"});
}

// A message or signal sent is a figure of speech.
TEST_F(R10EnglishTest, SignalSentIsNoAid) {
  EXPECT_EQ(Of("Peru welcomed the ruling, saying it sent \"a strong signal\" to the region.", "en",
               "AID"),
            Strings{});
  EXPECT_EQ(Of("Peru welcomed the ruling, saying it sent a clear message to Bolivia.", "en", "AID"),
            Strings{});
}

// Twin: goods sent stay aid.
TEST_F(R10EnglishTest, GoodsSentStayAid) {
  EXPECT_EQ(Of("Peru sent two planes with medicines and tents to Bolivia.", "en", "AID"),
            Strings{"PER>BOL"});
}

// "called on" an office holder, nothing asked of him: a courtesy call.
TEST_F(R10EnglishTest, CalledOnAnOfficeHolderIsAMeeting) {
  EXPECT_EQ(Of("Singapore's Foreign Minister Vivian Balakrishnan later called on Indonesian "
               "President Prabowo Subianto at the Merdeka Palace.",
               "en", "MEETING"),
            Strings{"SGP>IDN"});
}

// Twin: "called on X to ..." is an appeal, no meeting.
TEST_F(R10EnglishTest, CalledOnToActIsNoMeeting) {
  EXPECT_EQ(Of("Singapore's Foreign Minister Vivian Balakrishnan called on Indonesian President "
               "Prabowo Subianto to release the detained sailors.",
               "en", "MEETING"),
            Strings{});
}

// Welcoming a thing is praise of its owner.
TEST_F(R10EnglishTest, WelcomingAThingIsPraise) {
  EXPECT_EQ(Of("Kenyan President William Ruto welcomed the Japanese investment in the port of "
               "Mombasa.",
               "en", "PRAISE"),
            Strings{"KEN>JPN"});
  EXPECT_EQ(Of("Kenyan President William Ruto welcomed the Japanese investment in the port of "
               "Mombasa.",
               "en", "MEETING"),
            Strings{});
}

// Twin: welcoming a person or a delegation is receiving it.
TEST_F(R10EnglishTest, WelcomingAGuestIsAMeeting) {
  EXPECT_EQ(Of("Kenyan President William Ruto welcomed the Japanese Prime Minister at State "
               "House.",
               "en", "MEETING"),
            Strings{"KEN>JPN"});
  EXPECT_EQ(Of("Kenyan President William Ruto welcomed the Japanese Prime Minister at State "
               "House.",
               "en", "PRAISE"),
            Strings{});
}

// A bystander judging "the measures" right after the party they hit reacted
// judges those measures: their authors, not the embassy's host.
TEST_F(R10EnglishTest, BystanderJudgesTheMeasureThatHitTheReactingParty) {
  EXPECT_EQ(Of("The United States imposed sanctions on six Nicaraguan officials on Wednesday. "
               "Nicaragua's foreign ministry condemned the sanctions and summoned the U.S. "
               "charge d'affaires. Russia's embassy in Managua called the measures \"economic "
               "blackmail\".",
               "en", "CRITICISM"),
            (Strings{"NIC>USA", "RUS>USA"}));
}

// Twin: an embassy judging a measure its host took speaks to its host.
TEST_F(R10EnglishTest, EmbassyJudgingItsHostsMeasureTargetsTheHost) {
  EXPECT_EQ(Of("Britain imposed sanctions on 40 Russian tankers on Wednesday. The Russian embassy "
               "in London called the sanctions \"illegitimate\".",
               "en", "CRITICISM"),
            Strings{"RUS>GBR"});
}

// Aid the sanctioners announce afterwards replaces no measure: the hit party
// condemning "the measures" still judges the sanctions.
TEST_F(R10EnglishTest, AidAfterSanctionsReplacesNoMeasure) {
  EXPECT_EQ(Of("Britain and the European Union imposed sanctions on six Sudanese army officers on "
               "Tuesday. Britain also announced 120 million pounds in humanitarian aid for "
               "Sudan. Sudan's foreign ministry condemned the measures as \"unjust\".",
               "en", "CRITICISM"),
            Strings{"SDN>EU,GBR"});
}

// An aircraft or ship carrying relief goods to a state is aid.
TEST_F(R10EnglishTest, CarrierOfReliefGoodsIsAid) {
  EXPECT_EQ(Of("Australia said a navy ship carrying relief supplies would reach Tonga on Friday.",
               "en", "AID"),
            Strings{"AUS>TON"});
}

// Twin: a ship carrying a cargo is no aid.
TEST_F(R10EnglishTest, CarrierOfCargoIsNoAid) {
  EXPECT_EQ(Of("A tanker carrying Russian oil was detained off the coast of Estonia.", "en", "AID"),
            Strings{});
}

}  // namespace
}  // namespace newswire::extract
