// Paraphrase probes of session 2 (German and English, rules shared by all
// languages): invented wire sentences stating CRITICISM, VISIT, THANKS and
// MEETING the ways the tuned corpus did not, each with its negative twin.
// Over the repository's lexicons and the tiny in-test gazetteer
// (extract_test_support.h: AZE BLR SRB FRA DEU RUS CHN).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class RulesGmProbeTest : public testing::ProbeFixture {
 protected:
  RulesGmProbeTest() : ProbeFixture("2025-03-14T10:00:00Z") {}
};

// The state where a criticised act happened is the one criticised when
// nobody else is named; the victim state of an attack is not.
TEST_F(RulesGmProbeTest, StateWhereTheCriticisedActHappenedIsTheTarget) {
  EXPECT_EQ(Of("France condemned the military coup in Serbia.", "en", "CRITICISM"),
            Strings{"FRA>SRB"});
  EXPECT_EQ(Of("Frankreich verurteilte die Massenhinrichtungen in Belarus.", "de", "CRITICISM"),
            Strings{"FRA>BLR"});
  EXPECT_EQ(Of("Frankreich hat die Verhaftung von Oppositionellen in Belarus verurteilt.", "de",
               "CRITICISM"),
            Strings{"FRA>BLR"});
  // Attacks by someone unnamed: the place is the victim.
  EXPECT_EQ(Of("France condemned an attack on a mosque in western Serbia.", "en", "CRITICISM"),
            Strings{"FRA>"});
  EXPECT_EQ(
      Of("Frankreich hat die Angriffe auf Zivilisten in Serbien verurteilt.", "de", "CRITICISM"),
      Strings{"FRA>"});
  // Where the critic spoke is no target.
  EXPECT_EQ(Of("Speaking in Serbia, France criticised the decision.", "en", "CRITICISM"),
            Strings{"FRA>"});
}

// "durch X" before a verb-final participle names the author of the
// criticised act; the critic's own people inside the object are no target.
TEST_F(RulesGmProbeTest, GermanAgentBeforeFinalParticipleIsTheCriticised) {
  EXPECT_EQ(Of("Frankreich hat die Festnahme eines französischen Journalisten durch Belarus "
               "scharf kritisiert.",
               "de", "CRITICISM"),
            Strings{"FRA>BLR"});
  EXPECT_EQ(Of("Emmanuel Macron became the first French president to visit Serbia.", "en", "VISIT"),
            Strings{"FRA>SRB"});
}

// A refusal governs the nearest trigger on its side only.
TEST_F(RulesGmProbeTest, RefusalScopeIsTheNearestTrigger) {
  const std::string s = "Serbia declined to condemn Russia during its visit to China.";
  EXPECT_EQ(Of(s, "en", "CRITICISM"), Strings{});
  EXPECT_EQ(Of(s, "en", "VISIT"), Strings{"SRB>CHN"});
  // A refusal word inside the complement of a verbal trigger does not cancel it.
  EXPECT_EQ(Of("Frankreich wirft Russland vor, Sabotageakte in Frankreich geplant zu haben.", "de",
               "CRITICISM"),
            Strings{"FRA>RUS"});
  // A nominal act cancelled after it.
  EXPECT_EQ(Of("Der Besuch von Emmanuel Macron in Serbien wurde abgesagt.", "de", "VISIT"),
            Strings{});
  EXPECT_EQ(Of("Serbia's president cancelled his planned trip to China.", "en", "VISIT"),
            Strings{});
}

// A name coordinated with one after a preposition shares the preposition.
TEST_F(RulesGmProbeTest, CoordinatedNamesShareThePreposition) {
  EXPECT_EQ(Of("Russia denounced the joint military drills of Serbia and France as a provocation.",
               "en", "CRITICISM"),
            Strings{"RUS>FRA,SRB"});
}

// Konjunktiv of reported speech and a verb-final "als ... bezeichnet".
TEST_F(RulesGmProbeTest, GermanReportedAndVerbFinalCriticism) {
  EXPECT_EQ(Of("Ein Sprecher sagte, China verurteile Frankreich entschieden.", "de", "CRITICISM"),
            Strings{"CHN>FRA"});
  EXPECT_EQ(
      Of("Frankreich hat das Vorgehen der belarussischen Regierung als inakzeptabel bezeichnet.",
         "de", "CRITICISM"),
      Strings{"FRA>BLR"});
  // Without negative words "als ... bezeichnet" is no criticism.
  EXPECT_EQ(Of("Frankreich hat Serbien als wichtigen Partner bezeichnet.", "de", "CRITICISM"),
            Strings{});
}

// "faced criticism from X": the subject is the one criticised.
TEST_F(RulesGmProbeTest, CriticismReceivedFromSomeone) {
  EXPECT_EQ(Of("Serbia faced criticism from France over the decision.", "en", "CRITICISM"),
            Strings{"FRA>SRB"});
  EXPECT_EQ(Of("Serbia came under fire from Russia on Monday.", "en", "CRITICISM"),
            Strings{"RUS>SRB"});
}

// The act thanked for, named before a predicate-final thanks, is no event.
TEST_F(RulesGmProbeTest, ActThankedForBeforeTheThanksIsItsComplement) {
  const std::string s = "Serbien zeigte sich Frankreich für die Unterstützung dankbar.";
  EXPECT_EQ(Of(s, "de", "THANKS"), Strings{"SRB>FRA"});
  EXPECT_EQ(Of(s, "de", "AID"), Strings{});
  // Support named without thanks stays an act.
  EXPECT_EQ(
      Of("Frankreich sagte Serbien Unterstützung in Höhe von 20 Millionen Euro zu.", "de", "AID"),
      Strings{"FRA>SRB"});
}

// A meeting needs two parties; talks named with one traveller are none.
TEST_F(RulesGmProbeTest, MeetingNeedsTwoParties) {
  const std::string s = "Emmanuel Macron ist zu Gesprächen nach Serbien gereist.";
  EXPECT_EQ(Of(s, "de", "MEETING"), Strings{});
  EXPECT_EQ(Of(s, "de", "VISIT"), Strings{"FRA>SRB"});
  EXPECT_EQ(Of("Macron spoke by telephone with Vladimir Putin.", "en", "MEETING"),
            Strings{"FRA>RUS"});
}

// Present tense of travel and financing verbs.
TEST_F(RulesGmProbeTest, PresentTenseTravelAndFinancing) {
  EXPECT_EQ(Of("Emmanuel Macron reist kommende Woche nach Serbien.", "de", "VISIT"),
            Strings{"FRA>SRB"});
  EXPECT_EQ(Of("Frankreich finanziert den Wiederaufbau von Schulen in Serbien.", "de", "AID"),
            Strings{"FRA>SRB"});
  // A company financing is no aid.
  EXPECT_EQ(Of("Die Bank finanziert den Bau einer Fabrik in Serbien.", "de", "AID"), Strings{});
}

// A visit judged by another act is still a visit, by its own author; the
// judgement targets the author, not the host.
TEST_F(RulesGmProbeTest, JudgedVisitIsReportedWithItsAuthor) {
  const std::string en = "Russia denounced the visit of Emmanuel Macron to Serbia.";
  EXPECT_EQ(Of(en, "en", "CRITICISM"), Strings{"RUS>FRA"});
  EXPECT_EQ(Of(en, "en", "VISIT"), Strings{"FRA>SRB"});
  const std::string de =
      "Russland verurteilte die Reise des belarussischen Präsidenten nach Serbien.";
  EXPECT_EQ(Of(de, "de", "CRITICISM"), Strings{"RUS>BLR"});
  EXPECT_EQ(Of(de, "de", "VISIT"), Strings{"BLR>SRB"});
  // Without an author the judged trip is no visit of the critic.
  EXPECT_EQ(Of("Russland verurteilte die Reise nach Serbien.", "de", "VISIT"), Strings{});
  // The victim of the judged act is not the one judged.
  EXPECT_EQ(Of("France condemned the attack of Russia on Serbia.", "en", "CRITICISM"),
            Strings{"FRA>RUS"});
}

// A refused infinitive is refused whatever nouns stand before it.
TEST_F(RulesGmProbeTest, RefusedInfinitiveAcrossNouns) {
  EXPECT_EQ(Of("Scholz vermied es, die Rolle Serbiens beim Reexport sanktionierter Güter nach "
               "Russland zu kritisieren.",
               "de", "CRITICISM"),
            Strings{});
  EXPECT_EQ(
      Of("Scholz kritisierte Serbien wegen des Reexports sanktionierter Güter.", "de", "CRITICISM"),
      Strings{"DEU>SRB"});
}

// A judged act of several parties judges all of them.
TEST_F(RulesGmProbeTest, JudgedActOfSeveralPartiesTargetsAll) {
  EXPECT_EQ(Of("France and Germany imposed sanctions on Belarus. Russia called the sanctions "
               "illegal.",
               "en", "CRITICISM"),
            Strings{"RUS>DEU,FRA"});
}

// ", and" before a new subject after a complete act starts a new clause; a
// list of subjects stays one.
TEST_F(RulesGmProbeTest, CommaAndNewSubjectStartsAClause) {
  EXPECT_EQ(Of("Macron met Aliyev in Baku. Macron offered his condolences to Serbia over the "
               "victims of the bombing, and both sides condemned the attack.",
               "en", "CRITICISM"),
            Strings{"AZE,FRA>"});
  EXPECT_EQ(Of("France, Germany, and Russia condemned Belarus.", "en", "CRITICISM"),
            Strings{"DEU,FRA,RUS>BLR"});
}

// A fronted "As ..." role phrase is no subject.
TEST_F(RulesGmProbeTest, FrontedRolePhraseIsNoSubject) {
  EXPECT_EQ(Of("As Serbia's neighbour, France welcomed the agreement between Belarus and "
               "Azerbaijan.",
               "en", "PRAISE"),
            Strings{"FRA>AZE,BLR"});
}

// A blocked act ("Following the talks") governs no complement; a sanction
// imposed after another act is its own act.
TEST_F(RulesGmProbeTest, BlockedActGovernsNoComplement) {
  EXPECT_EQ(Of("Following the talks, Macron and Aliyev witnessed the exchange of five MoUs.", "en",
               "AGREEMENT"),
            Strings{"AZE,FRA>"});
  EXPECT_EQ(Of("France summoned the ambassador of Russia and imposed sanctions on Belarus.", "en",
               "SANCTION"),
            Strings{"FRA>BLR"});
}

// An indefinite article after a block word introduces a new act.
TEST_F(RulesGmProbeTest, IndefiniteActAfterBlockWordIsNew) {
  EXPECT_EQ(Of("Bei einem Treffen mit Aliyev lobte Scholz Serbien.", "de", "MEETING"),
            Strings{"DEU>AZE"});
  EXPECT_EQ(Of("Beim Treffen mit Aliyev lobte Scholz Serbien.", "de", "MEETING"), Strings{});
}

// An object of an act named before is not the object of the next act.
TEST_F(RulesGmProbeTest, ObjectOfAnEarlierActIsNoTarget) {
  EXPECT_EQ(Of("Macron thanked Serbia for its role in the dialogue with Russia and pledged 20 "
               "million euros to Belarus.",
               "en", "AID"),
            Strings{"FRA>BLR"});
  // Between subject and a verb-final trigger it is the object.
  EXPECT_EQ(Of("Scholz ist in Baku mit Aliyev zusammengetroffen.", "de", "MEETING"),
            Strings{"DEU>AZE"});
}

// A bare title right before a name is that person's.
TEST_F(RulesGmProbeTest, BareTitleBeforeANameIsThatPerson) {
  EXPECT_EQ(Of("Macron met Aliyev. Präsident Prinz Lukaschenko lobte Serbien.", "de", "PRAISE"),
            Strings{"BLR>SRB"});
}

// Planned travel is no visit yet; travel that happened is.
TEST_F(RulesGmProbeTest, PlannedTravelIsNoVisit) {
  EXPECT_EQ(Of("Macron will travel to Serbia next week.", "en", "VISIT"), Strings{});
  EXPECT_EQ(Of("Macron travelled to Serbia last week.", "en", "VISIT"), Strings{"FRA>SRB"});
  EXPECT_EQ(Of("Scholz soll im November nach Serbien reisen.", "de", "VISIT"), Strings{});
  EXPECT_EQ(Of("Scholz reiste im November nach Serbien.", "de", "VISIT"), Strings{"DEU>SRB"});
  EXPECT_EQ(Of("Scholz traf am Montag in Serbien ein und hielt eine Rede.", "de", "VISIT"),
            Strings{"DEU>SRB"});
}

// "Dank der …" is the preposition "thanks to", no thanks.
TEST_F(RulesGmProbeTest, DankAsPrepositionIsNoThanks) {
  EXPECT_EQ(
      Of("Dank der Investitionen aus Frankreich wuchs die Wirtschaft in Serbien.", "de", "THANKS"),
      Strings{});
  EXPECT_EQ(Of("Serbien sprach Frankreich seinen Dank aus.", "de", "THANKS"), Strings{"SRB>FRA"});
}

// The victim of a condemned attack is not the one condemned.
TEST_F(RulesGmProbeTest, VictimOfACondemnedAttackIsNoTarget) {
  EXPECT_EQ(Of("France condemned the attack on Serbia.", "en", "CRITICISM"), Strings{"FRA>"});
  EXPECT_EQ(Of("France condemned Russia's attack on Serbia.", "en", "CRITICISM"),
            Strings{"FRA>RUS"});
  // Only right after the attack: a later phrase names the one blamed.
  EXPECT_EQ(Of("Frankreich verurteilte die Cyberangriffe, für die es Russland verantwortlich "
               "machte.",
               "de", "CRITICISM"),
            Strings{"FRA>RUS"});
}

// A plural pronoun after a relative word is that clause's subject.
TEST_F(RulesGmProbeTest, PluralPronounAfterRelativeWordIsNoObject) {
  EXPECT_EQ(Of("Macron met Aliyev in Baku. Putin received a phone call from Lukashenko, during "
               "which they discussed energy.",
               "en", "MEETING"),
            (Strings{"FRA>AZE", "RUS>BLR"}));
}

}  // namespace
}  // namespace newswire::extract
