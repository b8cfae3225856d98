// A discourse memory for criticised measures (p-ctx10): a bare deed noun
// ("the decision", "diese Maßnahmen", "cette décision", "la medida", "это
// решение") judged by a party an earlier sentence's sanction or expulsion
// hit names that measure's authors, whoever spoke or met in between. Each
// rule has its twin that must keep the other reading. Invented sentences
// over the real configs/ (gazetteer and lexicons).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class MeasureMemoryTest : public testing::RealProbeFixture {
 protected:
  MeasureMemoryTest() : RealProbeFixture("2026-03-12T10:00:00Z") {}
};

// The measure's authors, across an intervening meeting of other parties.
TEST_F(MeasureMemoryTest, BareMeasureNounTakesUpTheLatestMeasure) {
  EXPECT_EQ(Of("Norway imposed sanctions on three Iranian officials on Monday. "
               "Italian Prime Minister Giorgia Meloni met Polish President Andrzej Duda in Rome. "
               "Tehran condemned the decision.",
               "en", "CRITICISM"),
            Strings{"IRN>NOR"});
  EXPECT_EQ(Of("Die Niederlande haben Sanktionen gegen Venezuela verhängt. "
               "Bundeskanzler Friedrich Merz empfing den spanischen Ministerpräsidenten Pedro "
               "Sánchez. "
               "Caracas verurteilte die Maßnahmen.",
               "de", "CRITICISM"),
            Strings{"VEN>NLD"});
  EXPECT_EQ(Of("Le Japon a imposé des sanctions à la Corée du Nord. "
               "Le président Macron a reçu le roi Philippe de Belgique. "
               "Pyongyang a condamné cette décision.",
               "fr", "CRITICISM"),
            Strings{"PRK>JPN"});
  EXPECT_EQ(Of("Panamá impuso sanciones a Cuba. "
               "El presidente Lula se reunió con el presidente Boric en Brasilia. "
               "La Habana condenó la medida.",
               "es", "CRITICISM"),
            Strings{"CUB>PAN"});
}

// Twins: remarks are no measure, and a party the measure did not hit keeps
// the older reading (the latest party that acted).
TEST_F(MeasureMemoryTest, RemarksAndBystandersKeepTheirReading) {
  EXPECT_EQ(Of("Norway imposed sanctions on three Iranian officials on Monday. "
               "Iraq criticised Iran over the border incident. "
               "Tehran condemned the remarks.",
               "en", "CRITICISM"),
            (Strings{"IRQ>IRN", "IRN>IRQ"}));
  EXPECT_EQ(Of("Norway imposed sanctions on three Iranian officials on Monday. "
               "Sweden announced new export rules. "
               "Finland criticised the decision.",
               "en", "CRITICISM"),
            Strings{"FIN>SWE"});
}

// "called the sanctions ...": the sanctions that hit the critic, not a
// later sanction against a third party told by the way, and not the
// critic's own answer (countermeasures do not replace what they answer).
TEST_F(MeasureMemoryTest, CriticisedSanctionsAreThoseThatHitTheCritic) {
  EXPECT_EQ(Of("Switzerland imposed sanctions on ten Belarusian officials on Tuesday. "
               "Separately, Japan imposed sanctions on North Korea. "
               "Belarus called the sanctions \"unlawful\".",
               "en", "CRITICISM"),
            Strings{"BLR>CHE"});
  EXPECT_EQ(Of("Australien hat Sanktionen gegen Iran verhängt. "
               "Iran kündigte Gegenmaßnahmen gegen Australien an. "
               "Das iranische Außenministerium nannte die Sanktionen „rechtswidrig“.",
               "de", "CRITICISM"),
            Strings{"IRN>AUS"});
  // Twin: a critic no sanction hit keeps the latest sanctioner.
  EXPECT_EQ(Of("Switzerland imposed sanctions on ten Belarusian officials on Tuesday. "
               "Separately, Japan imposed sanctions on North Korea. "
               "China called the sanctions \"unlawful\".",
               "en", "CRITICISM"),
            Strings{"CHN>JPN"});
}

}  // namespace
}  // namespace newswire::extract
