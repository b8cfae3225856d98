// The weak event types across languages (r4-types): criticism, aid, praise,
// thanks and congratulations. Each rule has its twin that must keep the old
// reading. Invented sentences over the real configs/ (gazetteer and
// lexicons).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class WeakTypesRealTest : public testing::RealProbeFixture {
 protected:
  WeakTypesRealTest() : RealProbeFixture("2026-03-05T10:00:00Z") {}
};

// A criticism that names an act instead of its author ("condemned the
// expulsion", "назвал продление незаконным") targets the party that acted
// last: the deed family holds verdicts, expulsions, extensions, bans and
// arrests in every language, not only "decision" and "measures".
TEST_F(WeakTypesRealTest, CriticisedDeedTargetsItsAuthor) {
  EXPECT_EQ(Of("Russia expelled two Estonian diplomats on Monday. "
               "Estonia condemned the expulsion as unjustified.",
               "en", "CRITICISM"),
            Strings{"EST>RUS"});
  EXPECT_EQ(Of("Die EU verlängerte ihre Sanktionen gegen Russland um sechs Monate. "
               "Moskau verurteilte die Verlängerung als rechtswidrig.",
               "de", "CRITICISM"),
            Strings{"RUS>EU"});
  EXPECT_EQ(Of("Nicaragua expulsó al embajador de Costa Rica. Costa Rica condenó la expulsión.",
               "es", "CRITICISM"),
            Strings{"CRI>NIC"});
  EXPECT_EQ(Of("Латвия выслала российского дипломата. Москва осудила высылку.", "ru", "CRITICISM"),
            Strings{"RUS>LVA"});
  // Twin: an author named with the act is the target, whoever acted last.
  EXPECT_EQ(Of("Russia expelled two Estonian diplomats on Monday. "
               "Estonia condemned the expulsion of Russian diplomats by Latvia.",
               "en", "CRITICISM"),
            Strings{"EST>LVA"});
}

// Courts, judges and parties speak for no state, also behind a fronted
// place ("Desde Madrid, el Partido Popular criticó …", "A court in Lagos
// condemned the company"): no event.
TEST_F(WeakTypesRealTest, CourtsAndPartiesBehindAPlaceAreNoActors) {
  EXPECT_TRUE(Of("Desde Madrid, el Partido Popular criticó la gira del presidente por África.",
                 "es", "CRITICISM")
                  .empty());
  EXPECT_TRUE(
      Of("En Quito, un tribunal condenó a una empresa minera a pagar una multa.", "es", "CRITICISM")
          .empty());
  EXPECT_TRUE(
      Of("A court in Lagos condemned the company to pay a fine.", "en", "CRITICISM").empty());
  EXPECT_TRUE(Of("Back in Ottawa, the opposition criticised the government's handling of the "
                 "trade dispute.",
                 "en", "CRITICISM")
                  .empty());
  // Twins: a government behind a fronted capital still speaks for its state.
  EXPECT_EQ(Of("Desde Madrid, el Gobierno criticó la decisión de Argelia.", "es", "CRITICISM"),
            Strings{"ESP>DZA"});
  EXPECT_EQ(Of("In Ottawa, the government condemned Iran's decision.", "en", "CRITICISM"),
            Strings{"CAN>IRN"});
}

// Aid verbs are a family with what they move: flown supplies, dispatched
// planes with tents, goods made to arrive ("hizo llegar"), delivered tents
// ("доставила палатки"), money assured ("sicherte … Millionen Euro zu") and
// a central-bank deposit rolled over or extended.
TEST_F(WeakTypesRealTest, AidVerbFamiliesWithWhatTheyMove) {
  EXPECT_EQ(Of("India flew 30 tonnes of medicines to Myanmar.", "en", "AID"), Strings{"IND>MMR"});
  EXPECT_EQ(Of("Qatar rolled over a $2 billion deposit with Egypt's central bank.", "en", "AID"),
            Strings{"QAT>EGY"});
  EXPECT_EQ(Of("Chile despachó un avión Hércules con carpas a Perú.", "es", "AID"),
            Strings{"CHL>PER"});
  EXPECT_EQ(Of("México hizo llegar 600 toneladas de alimentos a Cuba.", "es", "AID"),
            Strings{"MEX>CUB"});
  EXPECT_EQ(Of("Deutschland sicherte Armenien 20 Millionen Euro zu.", "de", "AID"),
            Strings{"DEU>ARM"});
  EXPECT_EQ(Of("Индия доставила в Мьянму палатки и лекарства.", "ru", "AID"), Strings{"IND>MMR"});
  // Twins: the same verbs moving people are no aid.
  EXPECT_TRUE(Of("India flew its foreign minister to Myanmar.", "en", "AID").empty());
  EXPECT_TRUE(Of("Chile despachó a su canciller a Lima.", "es", "AID").empty());
  EXPECT_TRUE(Of("Индия доставила в Мьянму своего министра.", "ru", "AID").empty());
}

// The negative qualifiers a qualifying verb needs are a family in every
// language ("dismissed the statement as biased", "calificó de sesgada",
// "a qualifié de partiale", "назвал незаконным").
TEST_F(WeakTypesRealTest, QualifyingVerbWithNegativeQualifier) {
  EXPECT_EQ(Of("Canada dismissed the Chinese statement as biased.", "en", "CRITICISM"),
            Strings{"CAN>CHN"});
  EXPECT_EQ(Of("México calificó de sesgada la decisión de Perú.", "es", "CRITICISM"),
            Strings{"MEX>PER"});
  EXPECT_EQ(Of("Paris a qualifié de partiale la décision du Mali.", "fr", "CRITICISM"),
            Strings{"FRA>MLI"});
  // Twins: the same verbs with a neutral or friendly word are no criticism.
  EXPECT_TRUE(Of("Canada described the Chinese statement as timely.", "en", "CRITICISM").empty());
  EXPECT_TRUE(Of("México calificó de oportuna la decisión de Perú.", "es", "CRITICISM").empty());
}

}  // namespace
}  // namespace newswire::extract
