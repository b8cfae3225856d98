// CRITICISM across languages: phrasings of criticism that
// paraphrase probes found missed or misread, each with the negative twin
// that must stay silent or keep its old reading. Invented sentences over
// the repository's lexicons and the tiny in-test gazetteer
// (extract_test_support.h).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class CriticismTest : public testing::ProbeFixture {
 protected:
  CriticismTest() : ProbeFixture("2025-06-12T09:00:00Z") {}
};

// The accusation given as a sanction's reason by the sanctioning party aims
// at the sanctioned party, also from a relative clause.
TEST_F(CriticismTest, SanctionReasonAccusationTargetsTheSanctioned) {
  EXPECT_EQ(Of("Germany imposed sanctions on two Belarusian officials, whom Berlin accuses of "
               "rigging the vote.",
               "en", "CRITICISM"),
            Strings{"DEU>BLR"});
  // The object pronoun of the next sentence is the sanctioned, not the
  // co-sanctioning partner.
  EXPECT_EQ(Of("Germany and France imposed sanctions on two Belarusian officials. Berlin "
               "accused them of rigging the vote.",
               "en", "CRITICISM"),
            Strings{"DEU>BLR"});
  EXPECT_EQ(Of("Deutschland verhängte Sanktionen gegen zwei belarussische Beamte, denen Berlin "
               "Wahlbetrug vorwirft.",
               "de", "CRITICISM"),
            Strings{"DEU>BLR"});
  // Without a sanction the accusation keeps its own object.
  EXPECT_EQ(Of("Germany accused Russia of rigging the vote.", "en", "CRITICISM"),
            Strings{"DEU>RUS"});
}

// An agentless participle ("officiers … accusés de") is no accusation, while
// a reciprocal one is one criticism by both parties (the scorer counts the
// participant set; the split into targets is not asserted here).
TEST_F(CriticismTest, MutualAccusationButNotAgentlessParticiple) {
  const Strings mutual =
      Of("La Russie et l'Azerbaïdjan se sont mutuellement accusés de violer l'accord.", "fr",
         "CRITICISM");
  ASSERT_EQ(mutual.size(), 1u);
  EXPECT_EQ(mutual[0].substr(0, mutual[0].find('>')), "AZE,RUS");
  EXPECT_TRUE(Of("La France a adopté des sanctions contre des officiers biélorusses accusés de "
                 "soutenir la répression.",
                 "fr", "CRITICISM")
                  .empty());
}

// "held X responsible" blames X; "held talks" does not.
TEST_F(CriticismTest, HeldResponsibleIsBlame) {
  EXPECT_EQ(
      Of("Germany held Russia responsible for the attack on the pipeline.", "en", "CRITICISM"),
      Strings{"DEU>RUS"});
  EXPECT_TRUE(Of("Germany held talks with Russia on the pipeline.", "en", "CRITICISM").empty());
}

// "called X a <negative noun>" qualifies X's owner; a positive noun does not.
TEST_F(CriticismTest, CalledANegativeNounIsCriticism) {
  EXPECT_EQ(Of("Aliyev called the policy of France a genocide.", "en", "CRITICISM"),
            Strings{"AZE>FRA"});
  EXPECT_TRUE(Of("Aliyev called the meeting with France a success.", "en", "CRITICISM").empty());
}

// "nannte … rechtswidrig/ungerecht" is a negative evaluation; "nannte … Partner"
// is none.
TEST_F(CriticismTest, GermanNannteRechtswidrig) {
  EXPECT_EQ(
      Of("Lukaschenko nannte die Entscheidung von Frankreich rechtswidrig.", "de", "CRITICISM"),
      Strings{"BLR>FRA"});
  EXPECT_TRUE(
      Of("Lukaschenko nannte Frankreich einen wichtigen Partner.", "de", "CRITICISM").empty());
}

// "responsabilizó a X" blames X; negated it is no event.
TEST_F(CriticismTest, SpanishResponsabilizo) {
  EXPECT_EQ(Of("Rusia responsabilizó a Francia por el incidente.", "es", "CRITICISM"),
            Strings{"RUS>FRA"});
  EXPECT_TRUE(Of("Rusia no responsabilizó a Francia por el incidente.", "es", "CRITICISM").empty());
}

// A reported negative evaluation of another party's act is criticism of its
// owner; a neutral one is none.
TEST_F(CriticismTest, ReportedNegativeEvaluation) {
  EXPECT_EQ(Of("Aliyev said the decision of France was unacceptable.", "en", "CRITICISM"),
            Strings{"AZE>FRA"});
  EXPECT_EQ(Of("Scholz sagte, die Entscheidung von Frankreich sei bedauerlich.", "de", "CRITICISM"),
            Strings{"DEU>FRA"});
  EXPECT_TRUE(Of("Aliyev said the decision of France was important.", "en", "CRITICISM").empty());
}

// The criticised act as subject, the critic after "from" or "in" + capital.
TEST_F(CriticismTest, CriticAfterFromOrInCapital) {
  EXPECT_EQ(Of("The decision of France drew sharp condemnation from Russia.", "en", "CRITICISM"),
            Strings{"RUS>FRA"});
  EXPECT_EQ(
      Of("Die Entscheidung von Frankreich stieß in Berlin auf scharfe Kritik.", "de", "CRITICISM"),
      Strings{"DEU>FRA"});
  EXPECT_TRUE(
      Of("Die Entscheidung von Frankreich stieß in Berlin auf großes Interesse.", "de", "CRITICISM")
          .empty());
}

// A people named by an adjective after an act of violence aimed at it is
// the victim; an adjective owning the condemned act is its author.
TEST_F(CriticismTest, VictimAdjectiveAfterViolenceIsNoTarget) {
  EXPECT_EQ(Of("France condemned the raids of Russia on Belarusian villages.", "en", "CRITICISM"),
            Strings{"FRA>RUS"});
  EXPECT_EQ(Of("France condemned the Belarusian crackdown on journalists.", "en", "CRITICISM"),
            Strings{"FRA>BLR"});
  // Right after the attack the adjective is its author, the place after it the victim.
  EXPECT_EQ(Of("La Russie a condamné la frappe biélorusse sur la Serbie.", "fr", "CRITICISM"),
            Strings{"RUS>BLR"});
  EXPECT_EQ(Of("Russia condemned the strikes on Serbia.", "en", "CRITICISM"), Strings{"RUS>"});
}

// Criticism told as background ("amid criticism from") is no act.
TEST_F(CriticismTest, AmidCriticismIsBackground) {
  EXPECT_TRUE(
      Of("Amid criticism from Russia, France hosted the summit.", "en", "CRITICISM").empty());
  EXPECT_EQ(Of("Russia criticised France for hosting the summit.", "en", "CRITICISM"),
            Strings{"RUS>FRA"});
}

// An agentless summons ("В МИД был вызван посол …") is the reporting
// state's, not the last speaker's.
TEST_F(CriticismTest, AgentlessSummonsIsTheReportingState) {
  EXPECT_EQ(Of("Россия осудила действия Франции. Сербия поблагодарила Китай. В МИД был вызван "
               "посол Франции.",
               "ru", "PROTEST"),
            Strings{"RUS>FRA"});
  // A named summoner keeps its summons.
  EXPECT_EQ(Of("Россия осудила действия Франции. Сербия вызвала посла Франции.", "ru", "PROTEST"),
            Strings{"SRB>FRA"});
}

// A noun inside a refused infinitive is the refused act's object, not a
// criticism of its own.
TEST_F(CriticismTest, NounInsideRefusedInfinitiveIsNoCriticism) {
  EXPECT_TRUE(
      Of("Frankreich lehnte es ab, die Angriffe von Russland zu verurteilen.", "de", "CRITICISM")
          .empty());
  EXPECT_EQ(Of("Frankreich verurteilte die Angriffe von Russland.", "de", "CRITICISM"),
            Strings{"FRA>RUS"});
}

// Deploring another party's decision criticises it; welcoming it does not.
TEST_F(CriticismTest, DeploringADecisionIsCriticism) {
  EXPECT_EQ(Of("La Russie a déploré la décision de la France.", "fr", "CRITICISM"),
            Strings{"RUS>FRA"});
  EXPECT_TRUE(Of("La Russie a salué la décision de la France.", "fr", "CRITICISM").empty());
}

}  // namespace
}  // namespace newswire::extract
