// Positive speech acts in wire copy (session 3, r-acts): thanks,
// congratulations, condolences, invitations and praise as readouts state
// them. Each rule names a phenomenon and has its twin that keeps the old
// reading. Invented sentences over the repository's lexicons and the tiny
// in-test gazetteer (extract_test_support.h: AZE BLR SRB FRA DEU RUS CHN,
// Aliyev, Lukashenko, Macron, Scholz, Putin).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class ActsTest : public testing::ProbeFixture {
 protected:
  ActsTest() : ProbeFixture("2025-06-10T09:00:00Z") {}
};

// An object clitic in a clause coordinated after an act of the same
// sentence is that act's object ("a félicité le président serbe, et l'a
// invité"), not the discourse group's other member.
TEST_F(ActsTest, ObjectCliticAfterAnActOfTheSentenceIsItsObject) {
  const std::string text =
      "Macron a rencontré le président du Bélarus. Macron a également félicité, lors d'un "
      "entretien téléphonique, le président de la Serbie, et l'a invité à effectuer une visite "
      "en France.";
  EXPECT_EQ(Of(text, "fr", "INVITATION"), (Strings{"FRA>SRB"}));
  EXPECT_EQ(Of("Aliyev recibió al presidente de Serbia. Macron felicitó a Rusia y le agradeció "
               "su apoyo.",
               "es", "THANKS"),
            (Strings{"FRA>RUS"}));
}

// Twin: an object pronoun opening a new sentence still refers to the
// previous sentence's subject.
TEST_F(ActsTest, ObjectPronounInANewSentenceIsThePreviousSubject) {
  EXPECT_EQ(Of("Lukaschenko reiste nach Aserbaidschan. Aliyev lud ihn zu einem Gegenbesuch ein.",
               "de", "INVITATION"),
            (Strings{"AZE>BLR"}));
}

// Accepting an invitation restates the invitation from its receiver's side:
// no second, reversed invitation; with the inviter named it is the inviter's.
TEST_F(ActsTest, AcceptingAnInvitationIsNoReversedInvitation) {
  EXPECT_EQ(Of("Scholz lud Aliyev zu einem Besuch nach Berlin ein. Aliyev nahm die Einladung an.",
               "de", "INVITATION"),
            (Strings{"DEU>AZE"}));
  EXPECT_EQ(Of("Путин пригласил Лукашенко посетить Москву. Лукашенко принял приглашение.", "ru",
               "INVITATION"),
            (Strings{"RUS>BLR"}));
  EXPECT_EQ(Of("Aliyev accepted an invitation from Macron to visit Paris.", "en", "INVITATION"),
            (Strings{"FRA>AZE"}));
}

// Twin: the invitation itself is still one.
TEST_F(ActsTest, AnExtendedInvitationStays) {
  EXPECT_EQ(Of("Aliyev invited Macron to visit Baku.", "en", "INVITATION"), (Strings{"AZE>FRA"}));
}

// A visit named before a verb-final invitation is what is invited to.
TEST_F(ActsTest, VisitBeforeAVerbFinalInvitationIsItsComplement) {
  const std::string text =
      "Der Präsident von Serbien hatte Aliyev zuvor zu einem Besuch nach Belgrad eingeladen.";
  EXPECT_EQ(Of(text, "de", "INVITATION"), (Strings{"SRB>AZE"}));
  EXPECT_EQ(Of(text, "de", "VISIT"), (Strings{}));
}

// Twin: a visit before a verb-second invitation is an act of its own.
TEST_F(ActsTest, VisitBeforeAVerbSecondInvitationStays) {
  const std::string text =
      "Macron erinnerte an seinen Besuch in Serbien und lud den Präsidenten von Aserbaidschan "
      "nach Paris ein.";
  EXPECT_EQ(Of(text, "de", "INVITATION"), (Strings{"FRA>AZE"}));
  EXPECT_EQ(Of(text, "de", "VISIT"), (Strings{"FRA>SRB"}));
}

// Greetings on a national day or anniversary are congratulations.
TEST_F(ActsTest, GreetingsOnANationalDayAreCongratulations) {
  EXPECT_EQ(Of("La Cancillería de Francia saludó al pueblo y al Gobierno de Serbia en ocasión "
               "del aniversario de su independencia.",
               "es", "CONGRATULATION"),
            (Strings{"FRA>SRB"}));
  EXPECT_EQ(
      Of("Macron sent greetings to Aliyev on Azerbaijan's national day.", "en", "CONGRATULATION"),
      (Strings{"FRA>AZE"}));
}

// Twin: greeting a decision is praise, no congratulation.
TEST_F(ActsTest, GreetingADecisionIsNoCongratulation) {
  const std::string text = "Francia saludó la decisión de Serbia.";
  EXPECT_EQ(Of(text, "es", "CONGRATULATION"), (Strings{}));
  EXPECT_EQ(Of(text, "es", "PRAISE"), (Strings{"FRA>SRB"}));
}

// The Spanish compound past of praise verbs ("ha destacado"), and
// "han celebrado" + the relations as mutual praise.
TEST_F(ActsTest, SpanishCompoundPastOfPraise) {
  EXPECT_EQ(Of("El presidente de Francia ha destacado el papel de Serbia.", "es", "PRAISE"),
            (Strings{"FRA>SRB"}));
  EXPECT_EQ(Of("Macron recibió a Aliyev. Ambos presidentes han celebrado el buen momento de las "
               "relaciones bilaterales.",
               "es", "PRAISE"),
            (Strings{"AZE,FRA>AZE,FRA"}));
}

// Twin: holding a meeting is no praise.
TEST_F(ActsTest, HoldingAMeetingIsNoPraise) {
  EXPECT_EQ(Of("Francia y Serbia han celebrado una reunión en Belgrado.", "es", "PRAISE"),
            (Strings{}));
}

// The bare pair pronoun as subject ("Beide lobten die Beziehungen") is the
// current pair: mutual praise.
TEST_F(ActsTest, BarePairPronounIsTheCurrentPair) {
  EXPECT_EQ(
      Of("Aliyev empfing Macron in Baku. Beide lobten die Beziehungen der Länder.", "de", "PRAISE"),
      (Strings{"AZE,FRA>AZE,FRA"}));
  EXPECT_EQ(
      Of("Путин встретился с Лукашенко. Оба высоко оценили отношения двух стран.", "ru", "PRAISE"),
      (Strings{"BLR,RUS>BLR,RUS"}));
}

// Twin: one party praising the relations stays one-sided.
TEST_F(ActsTest, OnePartyPraisingTheRelationsStaysOneSided) {
  EXPECT_EQ(
      Of("Aliyev empfing Macron in Baku. Aliyev lobte die Beziehungen der Länder.", "de", "PRAISE"),
      (Strings{"AZE>FRA"}));
}

// A noun act after "and" + a verb of its own is a second act, not the
// complement of the first.
TEST_F(ActsTest, NounActAfterAndAndItsOwnVerbIsASecondAct) {
  EXPECT_EQ(Of("Russia condemned the attack on a hotel in Baku and extended its condolences to "
               "the government and people of Azerbaijan.",
               "en", "CONDOLENCE"),
            (Strings{"RUS>AZE"}));
}

// Twin: condolences coordinated under the thanks are what is thanked for.
TEST_F(ActsTest, NounActCoordinatedUnderThanksStaysItsComplement) {
  EXPECT_EQ(Of("Aliyev thanked Putin for the aid and the condolences.", "en", "CONDOLENCE"),
            (Strings{}));
}

// Condolences whose clause names no place go to the place an earlier
// clause of the sentence named, before the discourse partner.
TEST_F(ActsTest, CondolenceTakesThePlaceOfAnEarlierClause) {
  EXPECT_EQ(Of("Macron met the president of Belarus. France also pledged aid for flood-hit "
               "districts in western Serbia, and Macron expressed his condolences to the "
               "families of the victims.",
               "en", "CONDOLENCE"),
            (Strings{"FRA>SRB"}));
}

// Twin: a place in the condolence's own clause wins.
TEST_F(ActsTest, CondolenceOwnClausePlaceWins) {
  EXPECT_EQ(Of("France pledged aid for districts in Serbia, and Macron expressed his "
               "condolences to the families of the victims in Azerbaijan.",
               "en", "CONDOLENCE"),
            (Strings{"FRA>AZE"}));
}

// English evaluative partner nouns and 'valued' + what is valued.
TEST_F(ActsTest, EvaluativePartnerNounsAndValued) {
  EXPECT_EQ(Of("Aliyev said Serbia was a dependable partner.", "en", "PRAISE"),
            (Strings{"AZE>SRB"}));
  EXPECT_EQ(Of("Aliyev said Baku valued Serbia's role in the region.", "en", "PRAISE"),
            (Strings{"AZE>SRB"}));
}

// Twin: a price valued is no praise.
TEST_F(ActsTest, ValuedAtAPriceIsNoPraise) {
  EXPECT_EQ(
      Of("Serbia signed a contract with Azerbaijan valued at 2 billion euros.", "en", "PRAISE"),
      (Strings{}));
}

// An invitation named as a noun restates the invitation already reported
// between the same parties ("Baku prüfe die Einladung").
TEST_F(ActsTest, InvitationNounRestatesTheReportedInvitation) {
  EXPECT_EQ(Of("Macron hat Aliyev zu einem Besuch nach Paris eingeladen. Baku prüfe die "
               "Einladung, hieß es.",
               "de", "INVITATION"),
            (Strings{"FRA>AZE"}));
}

// Twin: an invitation noun between other parties is a new invitation.
TEST_F(ActsTest, InvitationNounBetweenOtherPartiesIsNew) {
  EXPECT_EQ(Of("Macron invited Aliyev to Paris. Putin extended an invitation to Lukashenko.", "en",
               "INVITATION"),
            (Strings{"FRA>AZE", "RUS>BLR"}));
}

// A subject pronoun after a fronted prepositional phrase is the subject,
// not the preposition's object ("В послании он высоко оценил ...").
TEST_F(ActsTest, SubjectPronounAfterAFrontedPhraseIsTheSubject) {
  EXPECT_EQ(Of("Путин направил поздравительную телеграмму Лукашенко. В послании он высоко оценил "
               "союзнические отношения двух государств.",
               "ru", "PRAISE"),
            (Strings{"RUS>BLR"}));
}

// Twin: a name after a preposition and one adjective keeps the preposition.
TEST_F(ActsTest, NameAfterPrepositionAndAdjectiveKeepsIt) {
  EXPECT_EQ(Of("Aliyev expressed his condolences over the floods in northern Serbia.", "en",
               "CONDOLENCE"),
            (Strings{"AZE>SRB"}));
}

// A call is the means of the act its purpose names ("habló por teléfono
// ... para transmitirle sus condolencias"), in Spanish and French too.
TEST_F(ActsTest, CallWithAStatedPurposeIsThatAct) {
  const std::string text =
      "Macron habló por teléfono con Aliyev para transmitirle sus condolencias.";
  EXPECT_EQ(Of(text, "es", "CONDOLENCE"), (Strings{"FRA>AZE"}));
  EXPECT_EQ(Of(text, "es", "MEETING"), (Strings{}));
}

// Twin: a call about a topic stays a meeting.
TEST_F(ActsTest, CallAboutATopicStaysAMeeting) {
  EXPECT_EQ(
      Of("Macron habló por teléfono con Aliyev sobre la situación en la región.", "es", "MEETING"),
      (Strings{"FRA>AZE"}));
}

// The owner of a praised quality right after it is the target, not a party
// named later inside it.
TEST_F(ActsTest, OwnerOfThePraisedQualityIsTheTarget) {
  EXPECT_EQ(Of("Macron a salué « la vitalité démocratique » de la Serbie et son rôle dans la "
               "médiation entre l'Azerbaïdjan et la Russie.",
               "fr", "PRAISE"),
            (Strings{"FRA>SRB"}));
}

// Twin: a direct object before any "of" owner stays the target.
TEST_F(ActsTest, DirectObjectBeforeAnOwnerStaysTheTarget) {
  EXPECT_EQ(Of("Macron a salué la Serbie pour le rôle de la Russie.", "fr", "PRAISE"),
            (Strings{"FRA>SRB"}));
}

// A sports or business word inside a proper name does not silence the
// sentence ("the UN Centre for the Sustainable Development Goals").
TEST_F(ActsTest, OfftopicWordInsideANameKeepsTheSentence) {
  EXPECT_EQ(Of("Aliyev thanked Macron for supporting the UN Centre for the Sustainable "
               "Development Goals in Baku.",
               "en", "THANKS"),
            (Strings{"AZE>FRA"}));
}

// Twin: the same word in lower case is sports and silences it.
TEST_F(ActsTest, OfftopicWordInLowerCaseSilencesTheSentence) {
  EXPECT_EQ(Of("Aliyev thanked the coach for the goals against Serbia.", "en", "THANKS"),
            (Strings{}));
}

// A relative subject pronoun is its antecedent ("por el rey ..., quien
// expresó su pésame"), not the main clause's subject.
TEST_F(ActsTest, RelativeSubjectPronounIsItsAntecedent) {
  EXPECT_EQ(Of("Aliyev fue recibido en el palacio por Macron, quien expresó además su pésame a "
               "Serbia por las víctimas.",
               "es", "CONDOLENCE"),
            (Strings{"FRA>SRB"}));
}

// Twin: an object relative ("a quien") keeps the main clause's subject.
TEST_F(ActsTest, ObjectRelativeKeepsTheMainSubject) {
  EXPECT_EQ(Of("Macron recibió a Aliyev, a quien expresó su pésame por las víctimas en Serbia.",
               "es", "CONDOLENCE"),
            (Strings{"FRA>SRB"}));
}

// Congratulations thanked for are the object of the thanks, no act of
// their own ("thanked Xi for his congratulations").
TEST_F(ActsTest, CongratulationsThankedForAreNoAct) {
  const std::string text = "Aliyev thanked Putin for his congratulations on the anniversary.";
  EXPECT_EQ(Of(text, "en", "THANKS"), (Strings{"AZE>RUS"}));
  EXPECT_EQ(Of(text, "en", "CONGRATULATION"), (Strings{}));
}

// Congratulations or condolences received are the sender's act, and
// receiving a message is no meeting.
TEST_F(ActsTest, ReceivedCongratulationsAreTheSendersAct) {
  const std::string en = "Aliyev received a congratulatory message from Putin on the national day.";
  EXPECT_EQ(Of(en, "en", "CONGRATULATION"), (Strings{"RUS>AZE"}));
  EXPECT_EQ(Of(en, "en", "MEETING"), (Strings{}));
  const std::string fr = "Aliyev a reçu un message de félicitations de Macron.";
  EXPECT_EQ(Of(fr, "fr", "CONGRATULATION"), (Strings{"FRA>AZE"}));
  EXPECT_EQ(Of(fr, "fr", "MEETING"), (Strings{}));
}

// Twin: receiving a guest who congratulates is a meeting and his
// congratulation.
TEST_F(ActsTest, ReceivedGuestWhoCongratulatesStaysAMeeting) {
  const std::string text = "Aliyev received Putin, who congratulated him on the national day.";
  EXPECT_EQ(Of(text, "en", "MEETING"), (Strings{"AZE>RUS"}));
  EXPECT_EQ(Of(text, "en", "CONGRATULATION"), (Strings{"RUS>AZE"}));
}

// Recognising or highlighting a partner's role, contribution or efforts is
// praise of that partner, in every language.
TEST_F(ActsTest, RecognisingAPartnersRoleIsPraise) {
  EXPECT_EQ(Of("Aliyev acknowledged Serbia's contribution to regional security.", "en", "PRAISE"),
            (Strings{"AZE>SRB"}));
  EXPECT_EQ(Of("Macron a souligné le rôle de la Serbie dans la région.", "fr", "PRAISE"),
            (Strings{"FRA>SRB"}));
  EXPECT_EQ(Of("Macron puso de relieve la contribución de Serbia.", "es", "PRAISE"),
            (Strings{"FRA>SRB"}));
  EXPECT_EQ(Of("Scholz äußerte sich anerkennend über die Rolle von Serbien.", "de", "PRAISE"),
            (Strings{"DEU>SRB"}));
}

// Twin: recognising a need is no praise.
TEST_F(ActsTest, RecognisingANeedIsNoPraise) {
  EXPECT_EQ(Of("Aliyev recognised the need for Serbia to make more efforts.", "en", "PRAISE"),
            (Strings{}));
}

}  // namespace
}  // namespace newswire::extract
