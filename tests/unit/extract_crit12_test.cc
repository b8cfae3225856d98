// Negative acts (crit12): an act withheld after "sans"/"without"/"sin", the
// recall of one's own chargé d'affaires with words between or of several
// ambassadors, entry bans in the infinitive, another party's sanctions
// joined as a noun in Russian, negative words that make a qualification a
// criticism. Each test has a twin that keeps the old reading. Invented
// sentences over the real configs/.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class Crit12NegativeActsTest : public testing::RealProbeFixture {
 protected:
  Crit12NegativeActsTest() : RealProbeFixture("2026-05-20T12:00:00Z") {}
};

// A criticism the party refrains from ("without condemning X") is none, in
// every language that says it with a preposition before the verb.
TEST_F(Crit12NegativeActsTest, CriticismAfterWithoutIsWithheld) {
  EXPECT_EQ(Of("La Grèce a appelé à la retenue sans condamner Ankara.", "fr", "CRITICISM"),
            Strings{});
  EXPECT_EQ(Of("Norway called for talks without criticising Beijing.", "en", "CRITICISM"),
            Strings{});
  EXPECT_EQ(Of("Paraguay pidió moderación sin criticar a Caracas.", "es", "CRITICISM"), Strings{});
  // Twin: the preposition after the criticism qualifies it ("without
  // reservation"); the act stands.
  EXPECT_EQ(Of("La Grèce a condamné sans réserve Ankara.", "fr", "CRITICISM"),
            (Strings{"GRC>TUR"}));
  EXPECT_EQ(Of("Norway condemned Beijing without reservation.", "en", "CRITICISM"),
            (Strings{"NOR>CHN"}));
}

// Recalling one's own envoy with a date between the verb and the envoy, or
// several ambassadors, is a PROTEST against the host.
TEST_F(Crit12NegativeActsTest, RecallOfOwnEnvoyWithWordsBetween) {
  EXPECT_EQ(Of("Le Togo a rappelé mercredi son chargé d'affaires à Accra.", "fr", "PROTEST"),
            (Strings{"TGO>GHA"}));
  EXPECT_EQ(Of("Chad and Niger recalled their ambassadors from Sudan on Friday.", "en", "PROTEST"),
            (Strings{"NER,TCD>SDN"}));
  // Twin: "a rappelé que" is a reminder, not a recall of one's envoy.
  EXPECT_EQ(Of("Le Togo a rappelé mercredi que le chargé d'affaires du Ghana était à Lomé.", "fr",
               "PROTEST"),
            Strings{});
}

// An entry ban decided in the infinitive is a sanction on the banned
// people's state.
TEST_F(Crit12NegativeActsTest, EntryBanInTheInfinitive) {
  EXPECT_EQ(Of("La Belgique a décidé d'interdire l'entrée sur son territoire à six officiers "
               "russes.",
               "fr", "SANCTION"),
            (Strings{"BEL>RUS"}));
  // Twin: asking someone else to ban entry is no sanction of one's own.
  EXPECT_EQ(Of("La Belgique a appelé ses partenaires à réfléchir à la question.", "fr", "SANCTION"),
            Strings{});
}

// Joining another party's measures told as a noun in Russian ("объявила о
// присоединении к мерам") takes over the measures' target.
TEST_F(Crit12NegativeActsTest, JoiningMeasuresAsANounInRussian) {
  EXPECT_EQ(Of("Евросоюз ввёл санкции против Белоруссии. Исландия объявила о присоединении к "
               "этим мерам.",
               "ru", "SANCTION"),
            (Strings{"EU>BLR", "ISL>BLR"}));
  // Twin: joining a treaty is no sanction.
  EXPECT_EQ(Of("Исландия объявила о присоединении к конвенции.", "ru", "SANCTION"), Strings{});
}

// A qualifying verb needs negative words in its quote: "illegitimate",
// "self-destructive", "farce", "Russophobic" are such words in every
// language's sentiment list.
TEST_F(Crit12NegativeActsTest, QualificationWithNegativeWordsIsCriticism) {
  EXPECT_EQ(Of("Der Kremlsprecher nannte die Entscheidung Polens „illegitim und "
               "selbstzerstörerisch“.",
               "de", "CRITICISM"),
            (Strings{"RUS>POL"}));
  EXPECT_EQ(Of("The Kremlin spokesman called Poland's decision a \"farce\".", "en", "CRITICISM"),
            (Strings{"RUS>POL"}));
  // Twin: a neutral qualification is no criticism.
  EXPECT_EQ(
      Of("Der Kremlsprecher nannte die Entscheidung Polens „pragmatisch“.", "de", "CRITICISM"),
      Strings{});
}

// "the Department of Foreign Affairs" (Manila, Dublin, Pretoria) is a
// foreign ministry: its protest is its state's, resolved like "the foreign
// ministry".
TEST_F(Crit12NegativeActsTest, DepartmentOfForeignAffairsIsTheForeignMinistry) {
  EXPECT_EQ(Of("President Ferdinand Marcos Jr. met Japan's ambassador on Monday. Separately, "
               "the Department of Foreign Affairs said it had lodged a diplomatic protest with "
               "China.",
               "en", "PROTEST"),
            (Strings{"PHL>CHN"}));
  // Twin: another department protests nothing.
  EXPECT_EQ(Of("President Ferdinand Marcos Jr. met Japan's ambassador on Monday. Separately, "
               "the tourism department said it had welcomed a record number of visitors.",
               "en", "PROTEST"),
            Strings{});
}

// A denial followed by "and" + a verb of its own leaves that verb's act
// free, also when the act is a noun in a clause that verb reports, after a
// denial of a demonstrative's object ("rejected the accusation and warned
// that Tehran would take reciprocal measures", "a rejeté ces accusations et
// averti que Moscou prendrait des mesures de rétorsion").
TEST_F(Crit12NegativeActsTest, NounActAfterDenialAndSecondVerbIsKept) {
  EXPECT_EQ(Of("Iran rejected the accusation as baseless and warned that Tehran would take "
               "reciprocal measures against Canberra.",
               "en", "SANCTION"),
            (Strings{"IRN>AUS"}));
  EXPECT_EQ(Of("Moscou a rejeté ces accusations et averti que la Russie prendrait des mesures de "
               "rétorsion contre Canberra.",
               "fr", "SANCTION"),
            (Strings{"RUS>AUS"}));
  // Twin: a refusal governing the measures themselves withholds them.
  EXPECT_EQ(Of("Tehran refused to take reciprocal measures against Canberra.", "en", "SANCTION"),
            Strings{});
}

// A summons told as a further step after a recall ("également", "also",
// "zudem") is a second PROTEST between the same parties.
TEST_F(Crit12NegativeActsTest, SummonsAfterRecallIsASecondProtest) {
  EXPECT_EQ(Of("Le Soudan a annoncé jeudi le rappel de son ambassadeur au Tchad. Le ministère "
               "soudanais des Affaires étrangères a également convoqué le chargé d'affaires "
               "tchadien.",
               "fr", "PROTEST"),
            (Strings{"SDN>TCD", "SDN>TCD"}));
  EXPECT_EQ(Of("Sudan recalled its ambassador from Chad on Thursday. The Sudanese foreign "
               "ministry also summoned Chad's charge d'affaires.",
               "en", "PROTEST"),
            (Strings{"SDN>TCD", "SDN>TCD"}));
  // Twin: a protest note handed over after the summons restates it.
  EXPECT_EQ(Of("Le Soudan a convoqué jeudi l'ambassadeur du Tchad. Une note de protestation lui "
               "a été remise.",
               "fr", "PROTEST"),
            (Strings{"SDN>TCD"}));
}

// "anti-Russian" names the state sanctions are aimed at ("пакет
// антироссийских санкций", "antirussisches Sanktionspaket").
TEST_F(Crit12NegativeActsTest, AntiStateAdjectiveNamesTheSanctionsTarget) {
  EXPECT_EQ(
      Of("Евросоюз в понедельник утвердил новый пакет антироссийских санкций.", "ru", "SANCTION"),
      (Strings{"EU>RUS"}));
  EXPECT_EQ(Of("Die EU hat am Montag ein weiteres antirussisches Sanktionspaket beschlossen.", "de",
               "SANCTION"),
            (Strings{"EU>RUS"}));
  // Twin: rhetoric called anti-Russian is no act.
  EXPECT_EQ(
      Of("Посол заявил, что антироссийская риторика Брюсселя мешает диалогу.", "ru", "SANCTION"),
      Strings{});
}

// A sports federation speaks for no state, whatever its nationality
// adjective ("The Brazilian federation condemned racist chants").
TEST_F(Crit12NegativeActsTest, SportsFederationIsNoState) {
  EXPECT_EQ(Of("The Brazilian federation condemned racist chants aimed at a Japanese player.", "en",
               "CRITICISM"),
            Strings{});
  // Twin: the Russian Federation is the state.
  EXPECT_EQ(Of("The Russian Federation condemned Israel's strikes.", "en", "CRITICISM"),
            (Strings{"RUS>ISR"}));
}

// "critiques"/"críticos" right after a bare noun is the adjective
// "critical" ("minerais critiques", "minerales críticos"), no criticism.
TEST_F(Crit12NegativeActsTest, CriticalAfterABareNounIsAnAdjective) {
  EXPECT_EQ(Of("Le président Macron a reçu son homologue mongol. Ils sont convenus de renforcer "
               "la coopération dans le domaine des minerais critiques, de l'énergie et de "
               "l'éducation.",
               "fr", "CRITICISM"),
            Strings{});
  // Twin: the noun with its complement after it is criticism.
  EXPECT_EQ(Of("Le ministre marocain a adressé de vives critiques à l'Algérie.", "fr", "CRITICISM"),
            (Strings{"MAR>DZA"}));
  EXPECT_EQ(
      Of("El canciller argentino lanzó duras críticas contra el Reino Unido.", "es", "CRITICISM"),
      (Strings{"ARG>GBR"}));
}

}  // namespace
}  // namespace newswire::extract
