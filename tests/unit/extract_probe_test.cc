// Paraphrase probes: fresh phrasings of the weak types (THANKS, PRAISE, AID,
// CRITICISM) that the lexicons and rules once missed, and non-diplomatic
// uses of the same verbs that must stay silent. Invented sentences over the
// repository's lexicons and the tiny in-test gazetteer
// (extract_test_support.h).
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class ProbeTest : public testing::ProbeFixture {
 protected:
  ProbeTest() : ProbeFixture("2025-03-12T09:00:00Z") {}
};

// "à" and "bei" mark both a place and a recipient: a state after them is
// the one thanked, since thanks have no place.
TEST_F(ProbeTest, StateAfterAmbiguousPrepositionIsTheRecipient) {
  EXPECT_EQ(Of("La France a exprimé sa gratitude à la Serbie pour son soutien.", "fr", "THANKS"),
            Strings{"FRA>SRB"});
  EXPECT_EQ(Of("La Russie a adressé ses remerciements à la Chine.", "fr", "THANKS"),
            Strings{"RUS>CHN"});
  EXPECT_EQ(Of("Serbien bedankte sich bei Deutschland für die Unterstützung.", "de", "THANKS"),
            Strings{"SRB>DEU"});
  // A visit still goes to the place.
  EXPECT_EQ(Of("Emmanuel Macron s'est rendu à la Serbie lundi.", "fr", "VISIT"),
            Strings{"FRA>SRB"});
}

TEST_F(ProbeTest, EnglishParaphrases) {
  EXPECT_EQ(Of("Russia lashed out at France over the decision.", "en", "CRITICISM"),
            Strings{"RUS>FRA"});
  EXPECT_EQ(Of("Germany extended a loan of 300 million dollars to Serbia.", "en", "AID"),
            Strings{"DEU>SRB"});
  EXPECT_EQ(Of("China dispatched two aircraft carrying medicine and food to Serbia.", "en", "AID"),
            Strings{"CHN>SRB"});
  EXPECT_EQ(Of("Belarus conveyed its thanks to Serbia for the swift assistance.", "en", "THANKS"),
            Strings{"BLR>SRB"});
  EXPECT_EQ(Of("France spoke highly of Serbia's leadership.", "en", "PRAISE"), Strings{"FRA>SRB"});
}

// A light-verb praise after another act in the same clause is an act of
// its own, not the complement of the first.
TEST_F(ProbeTest, AdmirationAfterThanksIsItsOwnAct) {
  const std::string text =
      "Serbia thanked France for its support and expressed admiration for Germany's diplomacy.";
  EXPECT_EQ(Of(text, "en", "THANKS"), Strings{"SRB>FRA"});
  EXPECT_EQ(Of(text, "en", "PRAISE"), Strings{"SRB>DEU"});
}

TEST_F(ProbeTest, SpanishDroppedSubjectContinuesTheLastSubject) {
  EXPECT_EQ(Of("Francia resaltó el liderazgo de Serbia.", "es", "PRAISE"), Strings{"FRA>SRB"});
  EXPECT_EQ(Of("Francia elogió a Serbia por su liderazgo. También agradeció a Alemania su apoyo.",
               "es", "THANKS"),
            Strings{"FRA>DEU"});
  // Somebody unknown before the verb is no dropped subject.
  EXPECT_TRUE(Of("Francia elogió a Serbia. El consejero delegado agradeció a los empleados su "
                 "trabajo.",
                 "es", "THANKS")
                  .empty());
}

TEST_F(ProbeTest, RefusalVerbCoordinatedWithCriticismIsNoRefusal) {
  EXPECT_EQ(Of("Rusia rechazó y condenó las declaraciones de Francia.", "es", "CRITICISM"),
            Strings{"RUS>FRA"});
  EXPECT_TRUE(
      Of("Rusia rechazó condenar las declaraciones de Francia.", "es", "CRITICISM").empty());
}

TEST_F(ProbeTest, TargetlessJudgementRestatesThePreviousCriticism) {
  EXPECT_EQ(Of("La Russie a dénoncé les propos de la France. La Russie a qualifié ces "
               "déclarations d'inacceptables.",
               "fr", "CRITICISM"),
            Strings{"RUS>FRA"});
}

TEST_F(ProbeTest, GermanAidAndPraiseWithLightVerbs) {
  EXPECT_EQ(Of("Deutschland stellt Serbien weitere 20 Millionen Euro bereit.", "de", "AID"),
            Strings{"DEU>SRB"});
  EXPECT_EQ(
      Of("Frankreich zollte Serbien Respekt für die Aufnahme der Flüchtlinge.", "de", "PRAISE"),
      Strings{"FRA>SRB"});
}

// Before a noun "was" is a copula, not a passive auxiliary: the speaker
// praises the subject of the reported clause.
TEST_F(ProbeTest, CopulaBeforeEvaluativeNounIsNoPassive) {
  EXPECT_EQ(Of("China said Serbia was a good friend.", "en", "PRAISE"), Strings{"CHN>SRB"});
  EXPECT_EQ(Of("Russia said Belarus was its most trusted partner.", "en", "PRAISE"),
            Strings{"RUS>BLR"});
}

TEST_F(ProbeTest, ReportedSubjectPronounIsNoObject) {
  EXPECT_EQ(
      Of("Vladimir Putin said he was grateful to Serbia for sending rescuers.", "en", "THANKS"),
      Strings{"RUS>SRB"});
}

TEST_F(ProbeTest, TalksWithSomeoneAfterATripAreAMeeting) {
  const std::string text = "Emmanuel Macron travelled to Berlin for talks with Olaf Scholz.";
  EXPECT_EQ(Of(text, "en", "VISIT"), Strings{"FRA>DEU"});
  EXPECT_EQ(Of(text, "en", "MEETING").size(), 1u);
  // Talks without a partner named stay part of the trip.
  EXPECT_TRUE(Of("Emmanuel Macron travelled to Berlin for talks.", "en", "MEETING").empty());
}

TEST_F(ProbeTest, CriticismParaphrasesAndFarRecipients) {
  EXPECT_EQ(Of("Russia blasted France for blocking the aid package.", "en", "CRITICISM"),
            Strings{"RUS>FRA"});
  EXPECT_TRUE(Of("Russia blasted France for blocking the aid package.", "en", "AID").empty());
  EXPECT_EQ(Of("China voiced strong objections to Germany's decision.", "en", "CRITICISM"),
            Strings{"CHN>DEU"});
  // A recipient far inside the criticised act is not the target.
  EXPECT_EQ(Of("La Russie a condamné les livraisons d'armes de l'Allemagne à la Serbie.", "fr",
               "CRITICISM"),
            Strings{"RUS>DEU"});
  EXPECT_EQ(Of("Deutschland machte Belarus für die Ballonflüge verantwortlich.", "de", "CRITICISM"),
            Strings{"DEU>BLR"});
}

// Receiving aid: the receiver is the target, the source the actor.
TEST_F(ProbeTest, ReceivedAidReversesTheDirection) {
  EXPECT_EQ(Of("Serbia received relief supplies from France and Germany.", "en", "AID"),
            Strings{"DEU,FRA>SRB"});
  EXPECT_TRUE(
      Of("Serbia received relief supplies from France and Germany.", "en", "MEETING").empty());
  EXPECT_EQ(Of("Serbien erhielt nach dem Erdbeben Hilfe aus Deutschland.", "de", "AID"),
            Strings{"DEU>SRB"});
  EXPECT_EQ(Of("Serbia recibió de China un donativo de 2 millones de dólares.", "es", "AID"),
            Strings{"CHN>SRB"});
  // Receiving a visitor is still a meeting.
  EXPECT_EQ(Of("Olaf Scholz received Emmanuel Macron in Berlin.", "en", "MEETING").size(), 1u);
}

// German perfect: the destination stands before the final participle.
TEST_F(ProbeTest, DestinationBeforeFinalParticiple) {
  EXPECT_EQ(Of("Olaf Scholz ist am Mittwoch nach Serbien gereist.", "de", "VISIT"),
            Strings{"DEU>SRB"});
  EXPECT_EQ(Of("Frankreich unterstützt Serbien mit 30 Millionen Euro.", "de", "AID"),
            Strings{"FRA>SRB"});
}

TEST_F(ProbeTest, SportsUsesOfTheSameVerbsStaySilent) {
  EXPECT_TRUE(
      Of("Serbia's national side praised the fans after the victory over Germany.", "en", "PRAISE")
          .empty());
  EXPECT_TRUE(
      Of("La Serbie a remercié ses supporters après le match contre la France.", "fr", "THANKS")
          .empty());
  EXPECT_TRUE(
      Of("Serbia agradeció a sus aficionados el apoyo ante Francia.", "es", "THANKS").empty());
}

}  // namespace
}  // namespace newswire::extract
