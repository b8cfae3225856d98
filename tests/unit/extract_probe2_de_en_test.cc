// Round-2 probes in German and English: causes seen on
// held-out-like text, each fixed in the general place and tested with the
// twin that must keep its old reading. Invented sentences over the
// repository's lexicons and the tiny in-test gazetteer
// (extract_test_support.h).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class Round2GmTest : public testing::ProbeFixture {
 protected:
  Round2GmTest() : ProbeFixture("2025-03-12T09:00:00Z") {}
};

// A non-state subject ("companies", "Unternehmen") acts for no state; the
// adjective right before it names its origin, not an actor.
TEST_F(Round2GmTest, CompaniesOfAStateAreNoStateActor) {
  EXPECT_EQ(Of("A delegation of Belarusian companies visited Serbia this week.", "en", "VISIT"),
            Strings{});
  EXPECT_EQ(Of("Eine Delegation belarussischer Unternehmen besuchte Serbien.", "de", "VISIT"),
            Strings{});
  // The state itself still travels.
  EXPECT_EQ(Of("Lukashenko visited Serbia this week.", "en", "VISIT"), Strings{"BLR>SRB"});
  EXPECT_EQ(Of("Lukaschenko besuchte Serbien.", "de", "VISIT"), Strings{"BLR>SRB"});
}

// In a passive the non-state phrase is what is acted on, and its state
// stays a participant.
TEST_F(Round2GmTest, CompaniesInAPassiveKeepTheirState) {
  EXPECT_NE(Of("Aliyev traf Lukaschenko. Die Beteiligung belarussischer Unternehmen an den "
               "Projekten wurde mit Anerkennung hervorgehoben.",
               "de", "PRAISE"),
            Strings{});
}

// "aid"/"humanitarian" naming a field ("aid groups said", "a humanitarian
// pause") is no gift.
TEST_F(Round2GmTest, AidAsAFieldIsNoAid) {
  EXPECT_EQ(Of("Aid groups said Serbia had closed the border crossing.", "en", "AID"), Strings{});
  EXPECT_EQ(Of("France and Germany called for a humanitarian pause in Serbia.", "en", "AID"),
            Strings{});
  // A gift of aid stays one.
  EXPECT_EQ(Of("France sent humanitarian aid to Serbia.", "en", "AID"), Strings{"FRA>SRB"});
}

// A meeting whose only party met is a non-state one ("traf er
// Wirtschaftsvertreter") does not fall back to the state last visited.
TEST_F(Round2GmTest, MeetingWithNonStatePartyIsNoMeeting) {
  EXPECT_EQ(
      Of("Scholz reiste nach Frankreich. Dort traf er Wirtschaftsvertreter.", "de", "MEETING"),
      Strings{});
  EXPECT_EQ(Of("Scholz travelled to France. There he met business leaders.", "en", "MEETING"),
            Strings{});
  // A state met is still a meeting.
  EXPECT_NE(Of("Scholz reiste nach Frankreich. Dort traf er Macron.", "de", "MEETING"), Strings{});
  EXPECT_NE(Of("Scholz travelled to France. There he met Macron.", "en", "MEETING"), Strings{});
}

// Evaluative speech about a partner ("described Serbia as a close ally",
// "nannte Serbien einen Anker der Stabilität") is praise of it.
TEST_F(Round2GmTest, CallingAStateAnAllyIsPraise) {
  EXPECT_EQ(Of("Macron described Serbia as a close ally.", "en", "PRAISE"), Strings{"FRA>SRB"});
  EXPECT_EQ(Of("Scholz bezeichnete Serbien als engen Verbündeten.", "de", "PRAISE"),
            Strings{"DEU>SRB"});
  EXPECT_EQ(Of("Scholz nannte Serbien einen Anker der Stabilität.", "de", "PRAISE"),
            Strings{"DEU>SRB"});
  // A judgement of something else is no praise of a state.
  EXPECT_EQ(Of("Macron described the situation as tense.", "en", "PRAISE"), Strings{});
  EXPECT_EQ(Of("Scholz bezeichnete die Lage als angespannt.", "de", "PRAISE"), Strings{});
}

// Sanctions taken over from another party target the state they are
// against, not their owner.
TEST_F(Round2GmTest, AdoptedSanctionsTargetTheStateTheyAreAgainst) {
  EXPECT_EQ(Of("France adopted Germany's latest sanctions against Russia.", "en", "SANCTION"),
            Strings{"FRA>RUS"});
  EXPECT_EQ(Of("Serbien übernahm die Sanktionen von Frankreich gegen Russland.", "de", "SANCTION"),
            Strings{"SRB>RUS"});
  // Sanctions named with their target alone keep it.
  EXPECT_EQ(Of("France imposed sanctions on Russia.", "en", "SANCTION"), Strings{"FRA>RUS"});
}

}  // namespace
}  // namespace newswire::extract
