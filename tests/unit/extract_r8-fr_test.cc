// French wire copy, session 7 second round (r8-fr): participant causes seen
// in several French articles of the tuning files. Each test has a twin that
// must keep the old reading. Invented sentences over the real configs/
// (gazetteer and lexicons).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class FrenchR8RealTest : public testing::RealProbeFixture {
 protected:
  FrenchR8RealTest() : RealProbeFixture("2026-04-16T12:00:00Z", "fr") {}
};

// "de la part de" names the author of the judged act like "par", however
// far the act noun stands from its verb (adverbs, quotes, "à son tour").
TEST_F(FrenchR8RealTest, DeLaPartDeNamesTheAuthorOfTheAct) {
  EXPECT_EQ(Of("NIAMEY, 3 mars (AFP) - Le Niger a pour sa part condamné jeudi avec fermeté un « "
               "acte hostile » de la part du Bénin.",
               "CRITICISM"),
            Strings{"NER>BEN"});
  EXPECT_EQ(Of("LIBREVILLE, 3 mars (AFP) - Le ministre gabonais des Affaires étrangères a salué à "
               "son tour une « attitude responsable » de la part des autorités camerounaises.",
               "PRAISE"),
            Strings{"GAB>CMR"});
  // Twin: "de la part de" after a noun that is no act of the verb (a letter
  // handed over on someone's behalf) makes no criticism.
  EXPECT_TRUE(Of("LIBREVILLE, 3 mars (AFP) - Le ministre gabonais a reçu jeudi une lettre de la "
                 "part du président camerounais.",
                 "CRITICISM")
                  .empty());
}

// A second office with its recipient preposition after an apposition goes
// on with the list of recipients (", et au président de ...", ", y al rey
// de ..."), also when the apposition gives a rank before the name ("le
// général ...").
TEST_F(FrenchR8RealTest, SecondOfficeAfterAnAppositionIsARecipient) {
  EXPECT_EQ(Of("RABAT, 3 mars (MAP) - Le roi Mohammed VI a adressé ses condoléances au président "
               "du Sénégal, Bassirou Diomaye Faye, et à la présidente de la Tanzanie.",
               "CONDOLENCE"),
            Strings{"MAR>SEN,TZA"});
  EXPECT_EQ(Of("RABAT, 3 mars (MAP) - Le roi Mohammed VI a adressé ses félicitations au président "
               "du Soudan, le général Abdel Fattah al-Burhan, et au roi de Jordanie.",
               "CONGRATULATION"),
            Strings{"MAR>JOR,SDN"});
  EXPECT_EQ(Of("RABAT, 3 mar (EFE) - El rey Mohamed VI envió sus felicitaciones al presidente de "
               "Senegal, Bassirou Diomaye Faye, y al rey de Jordania.",
               "es", "CONGRATULATION"),
            Strings{"MAR>JOR,SEN"});
  // Twin: ", et" before a clause with its own act keeps the clause apart
  // (the office after it is the new subject, not a recipient).
  EXPECT_EQ(Of("RABAT, 3 mars (MAP) - Le roi Mohammed VI a adressé ses félicitations au président "
               "du Sénégal, Bassirou Diomaye Faye, et le président de la Tanzanie a remercié le "
               "Maroc.",
               "CONGRATULATION"),
            Strings{"MAR>SEN"});
}

// A tour or visit begun, continued or ended in the future is a plan, no
// event; the same verbs in the past are the visit.
TEST_F(FrenchR8RealTest, FutureTourIsAPlan) {
  EXPECT_TRUE(Of("ABIDJAN, 3 mars (AFP) - Le président ivoirien entamera vendredi une visite "
                 "officielle au Ghana.",
                 "VISIT")
                  .empty());
  EXPECT_TRUE(Of("ABIDJAN, 3 mars (AFP) - La ministre allemande poursuivra samedi sa tournée "
                 "africaine au Bénin.",
                 "VISIT")
                  .empty());
  // Twin: the past tense of the same verbs is the visit.
  EXPECT_EQ(Of("ABIDJAN, 3 mars (AFP) - La ministre allemande a poursuivi samedi sa tournée "
               "africaine au Bénin.",
               "VISIT"),
            Strings{"DEU>BEN"});
}

}  // namespace
}  // namespace newswire::extract
