// Participants known only from context (ctx13), written for every language
// where the structure exists: a coordinated subject inherited by an
// infinitive clause, and a measure joined by other parties that stays the
// measure a hit party's bare "the decision" judges. Each test has a twin
// that keeps the old reading. Invented sentences over the real configs/.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class Ctx13ContextTest : public testing::RealProbeFixture {
 protected:
  Ctx13ContextTest() : RealProbeFixture("2026-05-20T12:00:00Z") {}
};

// An infinitive clause cut off by a comma takes the whole coordinated
// subject of the main clause, not its last member.
TEST_F(Ctx13ContextTest, InfinitiveClauseTakesTheCoordinatedSubject) {
  EXPECT_EQ(Of("Kanada verhängte am Montag neue Sanktionen gegen Belarus. Dänemark und Finnland "
               "kündigten am Dienstag an, die Strafmaßnahmen zu übernehmen.",
               "de", "SANCTION"),
            (Strings{"CAN>BLR", "DNK,FIN>BLR"}));
  // Twin: a single subject stays alone.
  EXPECT_EQ(Of("Kanada verhängte am Montag neue Sanktionen gegen Belarus. Dänemark kündigte am "
               "Dienstag an, die Strafmaßnahmen zu übernehmen.",
               "de", "SANCTION"),
            (Strings{"CAN>BLR", "DNK>BLR"}));
}

// A measure other parties join stays the story's measure: the hit party's
// "the decision" judges its author, not the latest party to join it; a
// measure of one's own does replace it.
TEST_F(Ctx13ContextTest, JoinedMeasureKeepsItsAuthorAsTheJudgedOne) {
  EXPECT_EQ(Of("Kanada verhängte am Montag neue Sanktionen gegen Belarus. Dänemark beschloss am "
               "Dienstag, die Strafmaßnahmen zu übernehmen. Das belarussische Außenministerium "
               "verurteilte die Entscheidung als illegal.",
               "de", "CRITICISM"),
            (Strings{"BLR>CAN"}));
  EXPECT_EQ(Of("Canada imposed new sanctions on Belarus on Monday. Denmark joined the sanctions "
               "on Tuesday. Minsk condemned the decision as illegal.",
               "en", "CRITICISM"),
            (Strings{"BLR>CAN"}));
  // Twins: sanctions of one's own are the latest measure.
  EXPECT_EQ(Of("Kanada verhängte am Montag neue Sanktionen gegen Belarus. Dänemark verhängte am "
               "Dienstag eigene Sanktionen gegen Belarus. Das belarussische Außenministerium "
               "verurteilte die Entscheidung als illegal.",
               "de", "CRITICISM"),
            (Strings{"BLR>DNK"}));
  EXPECT_EQ(Of("Canada imposed new sanctions on Belarus on Monday. Denmark imposed its own "
               "sanctions on Belarus on Tuesday. Minsk condemned the decision as illegal.",
               "en", "CRITICISM"),
            (Strings{"BLR>DNK"}));
}

// A measure told after a reaction in the reaction's own sentence ("recalled
// its ambassador after Washington imposed sanctions") is its cause, not an
// answer: it is the measure the hit party's later "the decision" judges.
TEST_F(Ctx13ContextTest, MeasureToldAsTheCauseOfAReactionIsRemembered) {
  EXPECT_EQ(Of("Chile recalled its ambassador in Washington after the United States imposed "
               "sanctions on two Chilean ministers. Bolivia expressed its solidarity with Chile. "
               "Chile's foreign minister called the decision \"unacceptable\".",
               "en", "CRITICISM"),
            (Strings{"CHL>USA"}));
  EXPECT_EQ(Of("Chile rief seinen Botschafter in Washington zurück, nachdem die USA Sanktionen "
               "gegen zwei chilenische Minister verhängt hatten. Bolivien bekundete seine "
               "Solidarität mit Chile. Die chilenische Außenministerin nannte die Entscheidung "
               "„inakzeptabel“.",
               "de", "CRITICISM"),
            (Strings{"CHL>USA"}));
  // Twin: a retaliation told in a later sentence still answers the measure.
  EXPECT_EQ(Of("The United States imposed sanctions on two Chilean ministers. Chile expelled two "
               "U.S. diplomats in response. Washington called the decision \"regrettable\".",
               "en", "CRITICISM"),
            (Strings{"USA>CHL"}));
}

// Praise of a bare measure noun welcomes the latest measure told before
// that the praiser neither took nor suffered: its authors are praised, not
// the party that acted last.
TEST_F(Ctx13ContextTest, WelcomedDecisionPraisesTheMeasureAuthors) {
  EXPECT_EQ(Of("Britain expelled two Russian diplomats on Monday. Russia's foreign minister met "
               "the Chinese ambassador on Tuesday. Poland welcomed the decision.",
               "en", "PRAISE"),
            (Strings{"POL>GBR"}));
  EXPECT_EQ(Of("Großbritannien wies am Montag zwei russische Diplomaten aus. Der russische "
               "Außenminister traf am Dienstag den chinesischen Botschafter. Polen begrüßte die "
               "Entscheidung.",
               "de", "PRAISE"),
            (Strings{"POL>GBR"}));
  EXPECT_EQ(Of("El Reino Unido expulsó el lunes a dos diplomáticos rusos. El canciller ruso se "
               "reunió el martes con el embajador chino. Polonia saludó la decisión.",
               "es", "PRAISE"),
            (Strings{"POL>GBR"}));
  // Twins: remarks are no measure; a decision with its own author is that
  // author's.
  EXPECT_EQ(Of("Britain expelled two Russian diplomats on Monday. Russia's foreign minister met "
               "the Chinese ambassador on Tuesday. Poland welcomed the remarks.",
               "en", "PRAISE"),
            (Strings{"POL>CHN"}));
  EXPECT_EQ(Of("Britain expelled two Russian diplomats on Monday. Poland welcomed the decision "
               "of Lithuania to reopen its border.",
               "en", "PRAISE"),
            (Strings{"POL>LTU"}));
}

// An office of the actor's own named by a possessive and no state ("its
// embassy said") is the speaker, no party to the act: a donor's aid in a
// round-up still goes to the disaster's state.
TEST_F(Ctx13ContextTest, OwnOfficeByPossessiveIsNoTarget) {
  EXPECT_EQ(Of("A strong earthquake struck Tonga on Sunday. Fiji's government said it was sending "
               "a rescue team. Japan pledged 2 million dollars in emergency assistance, its "
               "embassy said.",
               "en", "AID"),
            (Strings{"FJI>TON", "JPN>TON"}));
  // Twin: a recipient the clause names stays the recipient.
  EXPECT_EQ(Of("A strong earthquake struck Tonga on Sunday. Fiji's government said it was sending "
               "a rescue team. Japan pledged 2 million dollars in emergency assistance to Samoa, "
               "its embassy said.",
               "en", "AID"),
            (Strings{"FJI>TON", "JPN>WSM"}));
}

// Words are no measure: a criticism of the hit party told after a measure
// leaves that measure the one a later bare "the decision" names; a newer
// measure replaces it.
TEST_F(Ctx13ContextTest, CriticismDoesNotReplaceTheMeasure) {
  EXPECT_EQ(Of("Australia expelled Iran's ambassador on Tuesday. New Zealand condemned Iran's "
               "actions. Tehran called the decision \"hostile\".",
               "en", "CRITICISM"),
            (Strings{"NZL>IRN", "IRN>AUS"}));
  EXPECT_EQ(Of("Australien wies am Dienstag den iranischen Botschafter aus. Neuseeland "
               "verurteilte das Vorgehen Irans. Israel begrüßte die Entscheidung.",
               "de", "PRAISE"),
            (Strings{"ISR>AUS"}));
  // Twin: a newer measure is the decision.
  EXPECT_EQ(Of("Australia expelled Iran's ambassador on Tuesday. Canada imposed sanctions on "
               "Iran on Wednesday. Israel welcomed the decision.",
               "en", "PRAISE"),
            (Strings{"ISR>CAN"}));
}

}  // namespace
}  // namespace newswire::extract
