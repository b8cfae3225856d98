// Coordinated predicates and portfolio offices, session 9 (r11-co): two
// cross-language participant causes. Each test has a twin that must keep the
// old reading. Invented sentences over the real configs/ (gazetteer and
// lexicons).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class CoordinationR11RealTest : public testing::RealProbeFixture {
 protected:
  CoordinationR11RealTest() : RealProbeFixture("2026-03-18T12:00:00Z", "fr") {}
};

// A predicate coordinated after ", and" with no subject of its own takes the
// main clause's subject; the name after its verb is its object, and the
// object of the first predicate is no party of it.
TEST_F(CoordinationR11RealTest, CommaAndPredicateKeepsTheMainSubject) {
  EXPECT_EQ(Of("Le président camerounais a reçu jeudi l'ambassadeur de Chine, et a félicité le "
               "Gabon.",
               "CONGRATULATION"),
            Strings{"CMR>GAB"});
  EXPECT_EQ(Of("Le Premier ministre ivoirien a reçu lundi l'ambassadeur d'Inde, et a remercié le "
               "Maroc.",
               "THANKS"),
            Strings{"CIV>MAR"});
  // Twin: a clause after ", et" with a subject of its own keeps it.
  EXPECT_EQ(Of("Le président camerounais a reçu jeudi l'ambassadeur de Chine, et le Tchad a "
               "félicité le Gabon.",
               "CONGRATULATION"),
            Strings{"TCD>GAB"});
}

// An office with its portfolio after it ("des Affaires étrangères", "of
// Trade") is still coordinated with the counterpart after the "and"; in
// Russian across the possessive ("и его ... коллега").
TEST_F(CoordinationR11RealTest, OfficeWithItsPortfolioIsCoordinated) {
  EXPECT_EQ(Of("Le ministre gabonais des Affaires étrangères et son homologue camerounais ont "
               "signé un accord.",
               "AGREEMENT"),
            Strings{"CMR,GAB>"});
  EXPECT_EQ(Of("Министр обороны Узбекистана и его таджикский коллега подписали соглашение.", "ru",
               "AGREEMENT"),
            Strings{"TJK,UZB>"});
  // Twin: a portfolio followed by an act of its own, no second party.
  EXPECT_EQ(Of("Le ministre gabonais des Affaires étrangères a critiqué le Cameroun.", "CRITICISM"),
            Strings{"GAB>CMR"});
}

}  // namespace
}  // namespace newswire::extract
