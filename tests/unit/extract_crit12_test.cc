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

}  // namespace
}  // namespace newswire::extract
