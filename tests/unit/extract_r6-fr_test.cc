// French wire copy, session 6 (r6-fr): participant causes that recur in
// unseen French copy and, being structural, in the other languages too.
// Each test has a twin that must keep the old reading. Invented sentences
// over the real configs/ (gazetteer and lexicons).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class FrenchR6RealTest : public testing::RealProbeFixture {
 protected:
  FrenchR6RealTest() : RealProbeFixture("2026-04-16T12:00:00Z", "fr") {}
};

// The office and state words of an apposition ("le Président de la
// République du Ghana, John Mahama") are no surname of the person, and the
// full title before an apposition ("Le Président de la République, Alassane
// Ouattara,") is one office: a later bare "le Président de la République" is
// the story's own president, not Ghana's, in any language.
TEST_F(FrenchR6RealTest, OfficeWordsOfAnAppositionAreNoSurname) {
  EXPECT_EQ(Of("Le Président de la République, Alassane Ouattara, a reçu lundi le Président de la "
               "République du Ghana, John Mahama. Mardi, le Président de la République s'est "
               "entretenu par téléphone avec le roi du Maroc.",
               "MEETING"),
            (Strings{"CIV>GHA", "CIV>MAR"}));
  EXPECT_EQ(Of("The Minister of Foreign Affairs of Morocco, Nasser Bourita, met his Spanish "
               "counterpart. The Foreign Affairs Ministry of Algeria condemned Israel.",
               "en", "CRITICISM"),
            Strings{"DZA>ISR"});
  EXPECT_EQ(Of("Der Präsident der Republik Kasachstan, Kassym-Schomart Tokajew, empfing den "
               "Bundeskanzler. Der Präsident der Republik Usbekistan kritisierte Russland.",
               "de", "CRITICISM"),
            Strings{"UZB>RUS"});
  // Twin: the person's own surname is still learnt ("Mahama" alone later).
  EXPECT_EQ(Of("Le président ivoirien a reçu lundi le Président de la République du Ghana, John "
               "Mahama. Mardi, M. Mahama a remercié la France pour son aide.",
               "THANKS"),
            Strings{"GHA>FRA"});
}

// A fronted capital before its own government's spokesperson is the
// speaker's state: "À Kigali, le porte-parole du gouvernement rwandais a
// accusé ...".
TEST_F(FrenchR6RealTest, FrontedCapitalBeforeItsOwnOfficeSpeaks) {
  EXPECT_EQ(Of("À Kigali, le porte-parole du gouvernement rwandais a accusé mardi la Belgique de "
               "partialité.",
               "CRITICISM"),
            Strings{"RWA>BEL"});
  EXPECT_EQ(Of("In Manila, a spokesperson of the Philippine government criticised China over the "
               "collision.",
               "en", "CRITICISM"),
            Strings{"PHL>CHN"});
  // Twin: another state's office named there is still another party, no
  // speaker ("À Addis-Abeba, l'ambassadeur d'Égypte ..."): Ethiopia is not
  // the critic.
  for (const auto& e :
       Of("À Addis-Abeba, l'ambassadeur d'Égypte a critiqué le barrage.", "CRITICISM")) {
    EXPECT_NE(e.substr(0, 3), "ETH") << e;
  }
}

// A ruling junta or regime named by its seat is that state ("la junte au
// pouvoir à Bamako", "le régime en place à Damas").
TEST_F(FrenchR6RealTest, JuntaInPowerInACapitalIsItsState) {
  EXPECT_EQ(Of("Le Sénégal a vivement critiqué la junte au pouvoir à Niamey pour la suspension "
               "de plusieurs médias.",
               "CRITICISM"),
            Strings{"SEN>NER"});
  EXPECT_EQ(Of("La Turquie a accusé le régime en place à Damas d'avoir bombardé des civils.",
               "CRITICISM"),
            Strings{"TUR>SYR"});
  // Twin: a capital after an act is still a place, not the criticised party.
  EXPECT_EQ(Of("Le Sénégal a critiqué à Niamey la décision de la Guinée.", "CRITICISM"),
            Strings{"SEN>GIN"});
}

// Gaza's adjective names Palestine as the recipient of aid ("pour la
// population gazaouie"), like "palestinienne".
TEST_F(FrenchR6RealTest, GazaAdjectiveNamesPalestine) {
  EXPECT_EQ(Of("L'Irlande a débloqué 5 millions d'euros pour les familles gazaouies.", "AID"),
            Strings{"IRL>PSE"});
  // Twin: the aid's recipient named as a state is unchanged.
  EXPECT_EQ(Of("L'Irlande a débloqué 5 millions d'euros pour le Liban.", "AID"),
            Strings{"IRL>LBN"});
}

// Giving up an act refuses it: "a renoncé à sanctionner" is no sanction.
TEST_F(FrenchR6RealTest, GivingUpAnActIsNoAct) {
  EXPECT_TRUE(Of("La Norvège a finalement renoncé à sanctionner l'Iran.", "SANCTION").empty());
  // Twin: the act itself.
  EXPECT_EQ(Of("La Norvège a finalement sanctionné l'Iran.", "SANCTION"), Strings{"NOR>IRN"});
}

// The Council of the EU by its full name is the EU ("le Conseil de l'UE a
// prolongé les mesures restrictives").
TEST_F(FrenchR6RealTest, CouncilOfTheEuIsTheEu) {
  EXPECT_EQ(Of("Lundi, le Conseil de l'UE a prolongé de six mois les mesures restrictives visant "
               "quatre ministres biélorusses.",
               "SANCTION"),
            Strings{"EU>BLR"});
  EXPECT_EQ(
      Of("The Council of the European Union extended its sanctions on Belarus.", "en", "SANCTION"),
      Strings{"EU>BLR"});
  // Twin: another state's council stays that state's ("le Conseil des
  // ministres belge").
  for (const auto& e :
       Of("Le Conseil des ministres belge a sanctionné la Biélorussie.", "SANCTION")) {
    EXPECT_EQ(e.find("EU"), std::string::npos) << e;
  }
}

// A past visit told in the pluperfect is a visit ("s'était rendu à").
TEST_F(FrenchR6RealTest, PluperfectTravelIsAVisit) {
  EXPECT_EQ(Of("En février, la ministre belge s'était rendue à Kinshasa.", "VISIT"),
            Strings{"BEL>COD"});
  // Twin: "s'était rendu compte" is no travel.
  EXPECT_TRUE(Of("Le ministre belge s'était rendu compte de l'urgence au Congo.", "VISIT").empty());
}

}  // namespace
}  // namespace newswire::extract
