// Paraphrase probes in French, Spanish and Russian: phrasings
// of criticism, visits, aid and meetings that the rules once missed or
// misread, each with the twin that must keep its old reading. Invented
// sentences over the repository's lexicons and the tiny in-test gazetteer
// (extract_test_support.h).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class RomProbeTest : public testing::ProbeFixture {
 protected:
  RomProbeTest() : ProbeFixture("2025-03-12T09:00:00Z") {}
};

// A verb right after the complementizer of reported speech has dropped its
// subject: the speaker acts, and the name after the verb is the object.
TEST_F(RomProbeTest, ReportedSpeechKeepsTheSpeakerAsActor) {
  EXPECT_EQ(Of("Россия заявила, что осуждает действия Франции.", "ru", "CRITICISM"),
            Strings{"RUS>FRA"});
  // With its own subject the clause keeps it.
  EXPECT_EQ(Of("Россия заявила, что Франция осуждает действия Сербии.", "ru", "CRITICISM"),
            Strings{"FRA>SRB"});
}

// "la agresión de Rusia contra Serbia": the author of the criticised act is
// the one criticised, its victim is not.
TEST_F(RomProbeTest, CriticisedAuthorBeforeItsVictim) {
  EXPECT_EQ(Of("Francia condenó la agresión de Rusia contra Serbia.", "es", "CRITICISM"),
            Strings{"FRA>RUS"});
  EXPECT_EQ(Of("La France a condamné l'attaque de la Russie contre la Serbie.", "fr", "CRITICISM"),
            Strings{"FRA>RUS"});
  // Without an author, the one attacked stays the target.
  EXPECT_EQ(Of("Francia condenó la campaña contra Serbia.", "es", "CRITICISM"), Strings{"FRA>SRB"});
}

// Rejecting another party's act criticises it; rejecting an accusation is a
// denial, and rejecting to condemn is a refusal.
TEST_F(RomProbeTest, RejectingAnActIsCriticism) {
  EXPECT_EQ(Of("Serbia rechazó enérgicamente las declaraciones de Francia.", "es", "CRITICISM"),
            Strings{"SRB>FRA"});
  EXPECT_EQ(Of("Serbia expresó su rechazo a la decisión de Alemania.", "es", "CRITICISM"),
            Strings{"SRB>DEU"});
  EXPECT_TRUE(Of("Serbia rechazó las acusaciones de Francia.", "es", "CRITICISM").empty());
  EXPECT_TRUE(Of("Serbia rechazó condenar a Francia.", "es", "CRITICISM").empty());
}

// Tenses beyond the perfect: imperfect in reported speech, future, infinitive.
TEST_F(RomProbeTest, CriticismVerbFamilies) {
  EXPECT_EQ(Of("La Russie a déclaré qu'elle condamnait fermement l'attaque de la France.", "fr",
               "CRITICISM"),
            Strings{"RUS>FRA"});
  EXPECT_EQ(
      Of("La Russie a qualifié d'« inamicales » les déclarations de la France.", "fr", "CRITICISM"),
      Strings{"RUS>FRA"});
  // The same frame with a friendly word is no criticism.
  EXPECT_TRUE(
      Of("La Russie a qualifié d'« historiques » les déclarations de la France.", "fr", "CRITICISM")
          .empty());
}

// A postponed or cancelled trip is no visit.
TEST_F(RomProbeTest, CancelledVisitIsNoVisit) {
  EXPECT_TRUE(Of("La visite d'Emmanuel Macron en Serbie a été reportée.", "fr", "VISIT").empty());
  EXPECT_TRUE(Of("Emmanuel Macron canceló su viaje a Serbia.", "es", "VISIT").empty());
  EXPECT_TRUE(Of("Визит Путина в Сербию отложен.", "ru", "VISIT").empty());
  EXPECT_EQ(Of("Emmanuel Macron s'est rendu en Serbie.", "fr", "VISIT"), Strings{"FRA>SRB"});
  EXPECT_EQ(Of("Emmanuel Macron visitó Serbia en abril.", "es", "VISIT"), Strings{"FRA>SRB"});
  // A planned trip is not reported as a visit yet.
  EXPECT_TRUE(Of("Emmanuel Macron visitará Serbia en abril.", "es", "VISIT").empty());
  EXPECT_TRUE(Of("Emmanuel Macron se rendra en Serbie jeudi.", "fr", "VISIT").empty());
  EXPECT_TRUE(Of("Путин совершит визит в Сербию в июле.", "ru", "VISIT").empty());
}

// A trip to several states is one visit to each.
TEST_F(RomProbeTest, VisitToSeveralStatesIsOneVisitEach) {
  EXPECT_EQ(Of("Emmanuel Macron visitó Serbia y Alemania.", "es", "VISIT"),
            (Strings{"FRA>SRB", "FRA>DEU"}));
  EXPECT_EQ(Of("Путин посетил Сербию.", "ru", "VISIT"), Strings{"RUS>SRB"});
}

// Aid named before an arrival is what arrives: aid, not a visit.
TEST_F(RomProbeTest, ArrivingAidIsNoVisit) {
  const std::string text = "Une aide humanitaire de la Russie est arrivée en Serbie.";
  EXPECT_EQ(Of(text, "fr", "AID"), Strings{"RUS>SRB"});
  EXPECT_TRUE(Of(text, "fr", "VISIT").empty());
  EXPECT_EQ(Of("Emmanuel Macron est arrivé en Serbie.", "fr", "VISIT"), Strings{"FRA>SRB"});
}

// Aid received "from" a state: the giver acts.
TEST_F(RomProbeTest, AidReceivedFromAState) {
  EXPECT_EQ(Of("Сербия получила от России гуманитарную помощь.", "ru", "AID"), Strings{"RUS>SRB"});
  EXPECT_EQ(Of("La Serbie a reçu de la Chine un don de riz.", "fr", "AID"), Strings{"CHN>SRB"});
}

// A word before an article is no adjective of the name after it: "en
// audience" does not make the guest a place.
TEST_F(RomProbeTest, PrepositionDoesNotReachAcrossAnArticle) {
  EXPECT_EQ(Of("Ilham Aliyev a reçu en audience le président de la Serbie.", "fr", "MEETING"),
            Strings{"AZE>SRB"});
}

// Praise, thanks, aid and sanctions are directed at someone: with a single
// party they are no diplomatic act. A criticism may name no target.
TEST_F(RomProbeTest, DirectedActsNeedTwoParties) {
  EXPECT_TRUE(Of("Путин поблагодарил народ за участие в выборах.", "ru", "THANKS").empty());
  EXPECT_EQ(Of("Путин поблагодарил Сербию за участие.", "ru", "THANKS"), Strings{"RUS>SRB"});
  EXPECT_TRUE(
      Of("Les sanctions n'ont pas d'effet sur l'économie de la Russie.", "fr", "SANCTION").empty());
  EXPECT_EQ(Of("Emmanuel Macron a condamné l'attentat.", "fr", "CRITICISM"), Strings{"FRA>"});
}

// Lifting sanctions is no sanction.
TEST_F(RomProbeTest, LiftedSanctionsAreNoSanction) {
  EXPECT_TRUE(Of("Rusia levantó las sanciones contra Serbia.", "es", "SANCTION").empty());
  EXPECT_TRUE(Of("Россия сняла санкции с Сербии.", "ru", "SANCTION").empty());
  EXPECT_TRUE(Of("La Russie a levé les sanctions contre la Serbie.", "fr", "SANCTION").empty());
  EXPECT_EQ(Of("Россия ввела санкции против Сербии.", "ru", "SANCTION"), Strings{"RUS>SRB"});
}

// A visit named after a protest "in connection with" it is the protest's
// complement, not a visit of its own; a preposition that blocks one type is
// no time phrase.
TEST_F(RomProbeTest, VisitNamedInsideAProtestIsItsComplement) {
  EXPECT_TRUE(
      Of("Китай выразил протест в связи с визитом Путина в Сербию.", "ru", "VISIT").empty());
  EXPECT_EQ(Of("Путин прибыл в Сербию с визитом.", "ru", "VISIT"), Strings{"RUS>SRB"});
}

// Players and footballers: sport, not diplomacy.
TEST_F(RomProbeTest, PlayersAreOffTopic) {
  EXPECT_TRUE(Of("Emmanuel Macron elogió a los jugadores de Serbia.", "es", "PRAISE").empty());
  EXPECT_EQ(Of("Emmanuel Macron elogió a Serbia.", "es", "PRAISE"), Strings{"FRA>SRB"});
}

// NGOs, the opposition, rights groups and unions speak for no state, even
// when a state's adjective or a by-phrase follows them.
TEST_F(RomProbeTest, NonStateSpeakersAreNoStateActors) {
  EXPECT_TRUE(Of("Des ONG ont dénoncé les expulsions de migrants par la Serbie.", "fr", "CRITICISM")
                  .empty());
  EXPECT_TRUE(Of("La oposición denunció el fraude en Serbia.", "es", "CRITICISM").empty());
  EXPECT_TRUE(
      Of("Правозащитники раскритиковали действия властей Сербии.", "ru", "CRITICISM").empty());
  // A state speaking of them still acts.
  EXPECT_EQ(
      Of("La France a dénoncé la répression de l'opposition par la Serbie.", "fr", "CRITICISM"),
      Strings{"FRA>SRB"});
}

// Passive: agents joined by commas all act; a reason phrase after the agent
// is not one more target; a court sentence is no criticism.
TEST_F(RomProbeTest, PassiveAgentsAndReasons) {
  EXPECT_EQ(
      Of("Serbia fue condenada por Francia, Alemania y Rusia por su programa.", "es", "CRITICISM"),
      Strings{"DEU,FRA,RUS>SRB"});
  EXPECT_EQ(Of("Сербия была подвергнута критике со стороны Франции за поддержку России.", "ru",
               "CRITICISM"),
            Strings{"FRA>SRB"});
  EXPECT_TRUE(Of("Un tribunal de Serbia condenó a un ciudadano de Francia a diez años de prisión.",
                 "es", "CRITICISM")
                  .empty());
}

// Sanctions named inside another act, with their own author, are reported
// once: not again when the article reports them itself.
TEST_F(RomProbeTest, SanctionsNamedInsideAnotherActAreReportedOnce) {
  EXPECT_EQ(Of("La France s'est félicitée de l'adoption de sanctions par la Russie contre la "
               "Serbie.",
               "fr", "SANCTION"),
            Strings{"RUS>SRB"});
  EXPECT_EQ(Of("La Russie a imposé des sanctions à la Serbie. La France a critiqué les sanctions "
               "de la Russie contre la Serbie.",
               "fr", "SANCTION"),
            Strings{"RUS>SRB"});
  // Without an author of their own they stay the other act's complement.
  EXPECT_TRUE(Of("La France a critiqué les sanctions.", "fr", "SANCTION").empty());
}

// A visa ban is a sanction; "the gesture", "the offer" are the last actor's
// act, so thanks for them go to that actor.
TEST_F(RomProbeTest, VisaBansAndGesturesThanked) {
  EXPECT_EQ(Of("Rusia anunció la suspensión de las visas de cinco funcionarios de Serbia.", "es",
               "SANCTION"),
            Strings{"RUS>SRB"});
  EXPECT_EQ(Of("Francia ofreció ayuda a Serbia. Serbia agradeció el gesto.", "es", "THANKS"),
            Strings{"SRB>FRA"});
}

// An agreement needs two parties: a company signing with a state's company
// is business.
TEST_F(RomProbeTest, AgreementNeedsTwoParties) {
  EXPECT_TRUE(
      Of("Total a signé un accord avec la compagnie nationale de Serbie.", "fr", "AGREEMENT")
          .empty());
  EXPECT_EQ(Of("La France et la Serbie ont signé un accord.", "fr", "AGREEMENT"),
            Strings{"FRA,SRB>"});
}

}  // namespace
}  // namespace newswire::extract
