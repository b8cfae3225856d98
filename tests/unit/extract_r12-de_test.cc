// German wire copy (r12-de): a split verb's bracket closing at its first
// particle, time frames around talks already told ("Im Anschluss an die
// Gespräche") and German "an" as a preposition, qualifying quotes after an
// inserted phrase ("sprach in einer Mitteilung von „…“") and the evaluative
// words of such quotes. Each test has a twin that keeps the old reading.
// Invented sentences over the real configs/.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class R12GermanTest : public testing::RealProbeFixture {
 protected:
  R12GermanTest() : RealProbeFixture("2026-03-11T12:00:00Z") {}
};

// "traf X zusammen und lud ihn ... ein": the first particle closes "traf";
// the later "ein" is the particle of "lud", so no arrival (VISIT).
TEST_F(R12GermanTest, SplitVerbClosesAtItsFirstParticle) {
  EXPECT_EQ(Of("Präsidentin Sandu traf am Dienstag mit dem rumänischen Präsidenten zusammen und "
               "lud ihn zu einem Besuch nach Chișinău ein.",
               "de", "MEETING"),
            (Strings{"MDA>ROU"}));
  EXPECT_EQ(Of("Präsidentin Sandu traf am Dienstag mit dem rumänischen Präsidenten zusammen und "
               "lud ihn zu einem Besuch nach Chișinău ein.",
               "de", "VISIT"),
            Strings{});
  // Twin: "traf ... ein" with its own particle is an arrival.
  EXPECT_EQ(Of("Präsidentin Sandu traf am Dienstag in Bukarest ein.", "de", "VISIT"),
            (Strings{"MDA>ROU"}));
}

// A meeting noun after a time frame ("Im Anschluss an die Gespräche") is
// the meeting already told: German "an" is a preposition there, no
// indefinite article announcing a new act.
TEST_F(R12GermanTest, TalksInATimeFrameAreTheMeetingAlreadyTold) {
  EXPECT_EQ(Of("Der georgische Präsident empfing den armenischen Premierminister in Tiflis. Im "
               "Anschluss an die Gespräche wurden in Tiflis drei Abkommen unterzeichnet.",
               "de", "MEETING"),
            (Strings{"GEO>ARM"}));
  EXPECT_EQ(Of("Der georgische Präsident empfing den armenischen Premierminister in Tiflis. An "
               "den Gesprächen in Tiflis nahmen auch die Außenminister teil.",
               "de", "MEETING"),
            (Strings{"GEO>ARM"}));
  // Twin: a meeting verb after the frame is a new meeting.
  EXPECT_EQ(Of("Der georgische Präsident empfing den armenischen Premierminister in Tiflis. Im "
               "Anschluss an die Gespräche traf der armenische Premierminister mit dem "
               "Präsidenten Aserbaidschans zusammen.",
               "de", "MEETING"),
            (Strings{"GEO>ARM", "ARM>AZE"}));
}

// "sprach [Einschub] von „…“": a negative quote is a criticism of the party
// it names, also after an inserted phrase; a friendly quote is none.
TEST_F(R12GermanTest, QualifyingQuoteAfterAnInsertedPhrase) {
  EXPECT_EQ(Of("Die russische Botschaft sprach in einer Mitteilung von „hysterischer "
               "Propaganda“ der polnischen Regierung.",
               "de", "CRITICISM"),
            (Strings{"RUS>POL"}));
  EXPECT_EQ(Of("Die chinesische Botschaft nannte die Beschlüsse Kanadas „illegitim und "
               "selbstzerstörerisch“.",
               "de", "CRITICISM"),
            (Strings{"CHN>CAN"}));
  // Twin: a quote without a negative word names no act.
  EXPECT_EQ(Of("Die russische Botschaft sprach in einer Mitteilung von „neuen Chancen“ in den "
               "Beziehungen zu Polen.",
               "de", "CRITICISM"),
            Strings{});
}

}  // namespace
}  // namespace newswire::extract
