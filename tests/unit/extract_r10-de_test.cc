// German wire copy (r10-de), written for every language where the structure
// exists: another party's sanctions package joined or taken over, the
// infinitive clause after a comma, split predicates coordinated after an
// object, a meeting verb after "Am Rande des Treffens", separate talks with
// two guests, "die Weltorganisation", "verkniff sich". Each test has a twin
// that keeps the old reading. Invented sentences over the real configs/.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class R10GermanWireTest : public testing::RealProbeFixture {
 protected:
  R10GermanWireTest() : RealProbeFixture("2026-05-20T12:00:00Z") {}
};

// Joining or taking over a package aims at the package's targets, in every
// language; its author is no target.
TEST_F(R10GermanWireTest, JoinedOrTakenOverPackageHitsItsTargets) {
  EXPECT_EQ(Of("Die EU verhängte am Montag neue Sanktionen gegen Belarus. Liechtenstein schloss "
               "sich dem Paket am Dienstag an.",
               "de", "SANCTION"),
            (Strings{"EU>BLR", "LIE>BLR"}));
  EXPECT_EQ(Of("Die EU verhängte am Montag neue Sanktionen gegen Belarus. Die Regierung in "
               "Oslo hat beschlossen, die Massnahmen der EU zu übernehmen.",
               "de", "SANCTION"),
            (Strings{"EU>BLR", "NOR>BLR"}));
  EXPECT_EQ(Of("Washington imposed sanctions on three Cuban officials. Canada joined the "
               "package a day later.",
               "en", "SANCTION"),
            (Strings{"USA>CUB", "CAN>CUB"}));
  EXPECT_EQ(Of("Les États-Unis ont imposé des sanctions à Cuba. Le Canada s'est rallié au "
               "paquet jeudi.",
               "fr", "SANCTION"),
            (Strings{"USA>CUB", "CAN>CUB"}));
  // Twin: a refusal to join is none, and a package joined with no sanction
  // told before names no target.
  EXPECT_EQ(Of("Die EU verhängte am Montag neue Sanktionen gegen Belarus. Serbien lehnte es "
               "ab, sich dem Paket anzuschließen.",
               "de", "SANCTION"),
            (Strings{"EU>BLR"}));
  EXPECT_EQ(Of("Liechtenstein schloss sich dem Paket am Dienstag an.", "de", "SANCTION"),
            Strings{});
}

// A German infinitive clause after a comma takes the main clause's subject,
// not a genitive after the trigger.
TEST_F(R10GermanWireTest, InfinitiveClauseTakesTheMainSubject) {
  EXPECT_EQ(Of("Der Bundesrat hat am Freitag beschlossen, das jüngste Sanktionspaket der EU "
               "gegen Syrien zu übernehmen.",
               "de", "SANCTION"),
            (Strings{"CHE>SYR"}));
  // Twin: a comma clause ending in "zu" + noun is no infinitive; its
  // subject after the verb stays.
  EXPECT_EQ(Of("Nach langen Beratungen, die bis in die Nacht dauerten, verhängte die EU neue "
               "Sanktionen gegen Syrien zu Wochenbeginn.",
               "de", "SANCTION"),
            (Strings{"EU>SYR"}));
}

// A split predicate opening a coordinated main clause has its own objects.
TEST_F(R10GermanWireTest, SplitPredicateAfterUndHasItsOwnObject) {
  EXPECT_EQ(Of("Bundeskanzler Merz kritisierte die iranischen Drohnenlieferungen und sprach "
               "Israel sein Mitgefühl aus.",
               "de", "CONDOLENCE"),
            (Strings{"DEU>ISR"}));
  EXPECT_EQ(Of("Bundeskanzler Merz lobte die Vermittlung Omans und sagte Jemen weitere Hilfe "
               "zu.",
               "de", "AID"),
            (Strings{"DEU>YEM"}));
  // Twin: a split predicate without a coordinated verb before it keeps the
  // object inside its bracket.
  EXPECT_EQ(Of("Bundeskanzler Merz sprach Israel sein Mitgefühl aus.", "de", "CONDOLENCE"),
            (Strings{"DEU>ISR"}));
}

// "Am Rande des Treffens" blocks the noun, not the meeting verb after it.
TEST_F(R10GermanWireTest, MeetingVerbAfterAmRandeDesTreffens) {
  EXPECT_EQ(Of("Am Rande des Treffens kam Wadephul mit dem lettischen Außenminister zusammen.",
               "de", "MEETING"),
            (Strings{"DEU>LVA"}));
  // Twin: another act after the phrase is no meeting.
  EXPECT_EQ(Of("Am Rande des Treffens würdigte Wadephul die Haltung Lettlands.", "de", "MEETING"),
            Strings{});
}

// "zu getrennten Gesprächen": one meeting per guest.
TEST_F(R10GermanWireTest, SeparateTalksAreOneMeetingPerGuest) {
  EXPECT_EQ(Of("Der Emir von Katar empfing am Mittwoch die Außenminister Kenias und Ugandas zu "
               "getrennten Gesprächen.",
               "de", "MEETING"),
            (Strings{"QAT>KEN", "QAT>UGA"}));
  EXPECT_EQ(Of("Der Emir von Katar empfing am Mittwoch die Außenminister Kenias und Ugandas zu "
               "Gesprächen.",
               "de", "MEETING"),
            (Strings{"QAT>KEN,UGA"}));
}

// "die Weltorganisation" is the UN; "verkniff sich" avoids a criticism.
TEST_F(R10GermanWireTest, WeltorganisationAndHeldBackCriticism) {
  EXPECT_EQ(Of("Präsident Tokajew dankte der Weltorganisation für ihre Hilfe.", "de", "THANKS"),
            (Strings{"KAZ>UN"}));
  EXPECT_EQ(Of("Präsident Tokajew dankte der Weltgesundheitsorganisation für ihre Hilfe.", "de",
               "THANKS"),
            (Strings{"KAZ>WHO"}));
  EXPECT_EQ(Of("Eine Kritik an Ägypten verkniff sich Präsident Tokajew.", "de", "CRITICISM"),
            Strings{});
  EXPECT_EQ(Of("Präsident Tokajew übte Kritik an Ägypten.", "de", "CRITICISM"),
            (Strings{"KAZ>EGY"}));
}

// A possessive before a visit noun to the host's state names the latest
// guest as the visitor.
TEST_F(R10GermanWireTest, PossessiveVisitIsTheGuests) {
  EXPECT_EQ(Of("Bundespräsident Steinmeier hat am Dienstag den Präsidenten Ghanas, John "
               "Mahama, empfangen. Es ist sein erster Besuch in Deutschland seit dem Amtsantritt.",
               "de", "VISIT"),
            (Strings{"GHA>DEU"}));
  EXPECT_EQ(Of("President Ramaphosa received Ghana's President John Mahama in Pretoria on "
               "Tuesday. It is his first visit to South Africa since taking office.",
               "en", "VISIT"),
            (Strings{"GHA>ZAF"}));
  // Twin: a visit to another state is no visit to the host.
  EXPECT_EQ(Of("Bundespräsident Steinmeier hat am Dienstag den Präsidenten Ghanas, John "
               "Mahama, empfangen. Es ist sein erster Besuch in Frankreich seit dem Amtsantritt.",
               "de", "VISIT"),
            Strings{});
}

}  // namespace
}  // namespace newswire::extract
