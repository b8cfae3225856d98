// English wire copy (r13-en), written for every language where the structure
// exists: a fixed phrase read across the quotation marks that open or close
// inside it, a stated readiness to work with another party, a visit to an
// organisation's seat (no host country), planned travel with an adverb or a
// time to come, a visit told in a relative clause that names no
// destination, an embassy a protest goes through (its channel), and an act
// a party was unable to bring about. Each test
// has a twin that keeps the old reading. Invented sentences over the real
// configs/.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class R13EnglishWireTest : public testing::RealProbeFixture {
 protected:
  R13EnglishWireTest() : RealProbeFixture("2026-05-20T12:00:00Z") {}
};

// A quotation mark opening inside a fixed evaluative phrase does not break
// it: the quote marks only that the words are the speaker's, in every
// language.
TEST_F(R13EnglishWireTest, FixedPhraseReadsAcrossQuotationMarks) {
  EXPECT_EQ(Of("Kenyan President William Ruto said Tanzania was a \"reliable partner\" in the "
               "region.",
               "en", "PRAISE"),
            (Strings{"KEN>TZA"}));
  EXPECT_EQ(Of("Kenyan President William Ruto said Tanzania was a “reliable partner” in the "
               "region.",
               "en", "PRAISE"),
            (Strings{"KEN>TZA"}));
  // Twin: the same words without a positive phrase stay none.
  EXPECT_EQ(Of("Kenyan President William Ruto said Tanzania was a \"neighbour\" in the region.",
               "en", "PRAISE"),
            Strings{});
}

// A pattern that names the quotation mark itself still matches it: a
// qualifying verb before a quoted negative judgement stays a criticism.
TEST_F(R13EnglishWireTest, PatternNamingTheQuoteStillMatchesIt) {
  EXPECT_EQ(Of("Foreign Minister Penny Wong said the conduct of Chinese vessels was \"completely "
               "unacceptable\".",
               "en", "CRITICISM"),
            (Strings{"AUS>CHN"}));
}

// "ready / willing / prepared to work with X" is a one-sided pledge of
// cooperation with X.
TEST_F(R13EnglishWireTest, ReadinessToWorkWithIsCooperation) {
  EXPECT_EQ(Of("Foreign Minister Penny Wong said Australia stands ready to work with Indonesia on "
               "maritime security.",
               "en", "COOPERATION"),
            (Strings{"AUS,IDN>"}));
  // Twin: readiness to host talks names no partner.
  EXPECT_EQ(Of("South Africa is ready to host the next round of talks, the minister said.", "en",
               "COOPERATION"),
            Strings{});
}

// A visit goes to a country: an organisation's seat is no host, in every
// language; a country named with it still is.
TEST_F(R13EnglishWireTest, OrganisationSeatIsNoVisitHost) {
  EXPECT_EQ(Of("Later on Friday, Chinese Foreign Minister Wang Yi visited the headquarters of the "
               "African Union.",
               "en", "VISIT"),
            Strings{});
  EXPECT_EQ(Of("Der chinesische Außenminister Wang Yi besuchte am Freitag den Sitz der "
               "Afrikanischen Union.",
               "de", "VISIT"),
            Strings{});
  // Twin: a state visited stays the host.
  EXPECT_EQ(
      Of("Later on Friday, Chinese Foreign Minister Wang Yi visited Ethiopia.", "en", "VISIT"),
      (Strings{"CHN>ETH"}));
}

// Travel still to come is no visit: "will" with an adverb before the verb,
// or the present tense with a time ahead.
TEST_F(R13EnglishWireTest, PlannedTravelIsNoVisit) {
  EXPECT_EQ(Of("The Turkish foreign minister will also visit Kazakhstan.", "en", "VISIT"),
            Strings{});
  EXPECT_EQ(Of("Foreign Minister Penny Wong travels to Samoa and Tonga next week.", "en", "VISIT"),
            Strings{});
  // Twin: travel already made stays a visit.
  EXPECT_EQ(Of("Foreign Minister Penny Wong travelled to Samoa on Monday.", "en", "VISIT"),
            (Strings{"AUS>WSM"}));
}

// A visit in a relative clause with no destination went to the place the
// sentence names before it: the place the relative stands for, or the place
// of the main clause's act when it stands for a person.
TEST_F(R13EnglishWireTest, RelativeClauseVisitGoesToThePlaceBeforeIt) {
  EXPECT_EQ(Of("Foreign Minister Yusuf Tuggar held talks in Abuja on Thursday with his Ghanaian "
               "counterpart Samuel Okudzeto Ablakwa, who flew in for consultations.",
               "en", "VISIT"),
            (Strings{"GHA>NGA"}));
  EXPECT_EQ(Of("The statement was issued by the foreign ministers in Tokyo, where Australian "
               "Foreign Minister Penny Wong was on a two-day visit.",
               "en", "VISIT"),
            (Strings{"AUS>JPN"}));
  // Twin: a relative with its own destination keeps it.
  EXPECT_EQ(Of("Foreign Minister Yusuf Tuggar held talks in Abuja with his Ghanaian counterpart "
               "Samuel Okudzeto Ablakwa, who later flew to Lome.",
               "en", "VISIT"),
            (Strings{"GHA>TGO"}));
}

// An embassy a protest goes through is its channel, not the state protested
// against; an embassy the protest is lodged with still is.
TEST_F(R13EnglishWireTest, ProtestChannelIsNoTarget) {
  EXPECT_EQ(Of("Japan lodged a protest with China through its embassy in Seoul on Monday.", "en",
               "PROTEST"),
            (Strings{"JPN>CHN"}));
  // Twin: the embassy protested to names its state.
  EXPECT_EQ(
      Of("Japan lodged a protest with the Chinese embassy in Tokyo on Monday.", "en", "PROTEST"),
      (Strings{"JPN>CHN"}));
}

// An act a party was unable to agree on is none; the same act agreed is.
TEST_F(R13EnglishWireTest, ActNotAgreedIsNone) {
  EXPECT_EQ(Of("The European Union has been unable to agree on new sanctions against Iran.", "en",
               "SANCTION"),
            Strings{});
  // Twin: sanctions agreed are imposed.
  EXPECT_EQ(Of("The European Union imposed new sanctions against Iran.", "en", "SANCTION"),
            (Strings{"EU>IRN"}));
}

}  // namespace
}  // namespace newswire::extract
