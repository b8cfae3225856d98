// French wire copy, session 8 (r9-fr): causes found in the French articles of
// the two released held-out sets (gold11, gold12) and gold9, probed in the
// other languages where the structure exists. Each test has a twin that must
// keep the old reading. Invented sentences over the real configs/ (gazetteer
// and lexicons).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class FrenchR9RealTest : public testing::RealProbeFixture {
 protected:
  FrenchR9RealTest() : RealProbeFixture("2026-03-18T12:00:00Z", "fr") {}
};

// A readout names the partner state by its official long form, with an
// adjective or a second noun inside ("la République socialiste du Vietnam",
// "des États-Unis mexicains", "the United Republic of Tanzania"): the office
// before it is that state's, not the latest named president's, and
// "États-Unis mexicains" is Mexico, not the United States.
TEST_F(FrenchR9RealTest, OfficialLongFormNamesTheState) {
  const std::string lead =
      "Le président letton Edgars Rinkēvičs a reçu mardi le ministre japonais. ";
  EXPECT_EQ(Of(lead + "Le président français a adressé ses condoléances au président de la "
                      "République socialiste du Vietnam.",
               "CONDOLENCE"),
            Strings{"FRA>VNM"});
  EXPECT_EQ(Of("Le chancelier autrichien a reçu jeudi la présidente des États-Unis mexicains.",
               "MEETING"),
            Strings{"AUT>MEX"});
  EXPECT_EQ(Of("Latvian President Edgars Rinkevics received the Japanese minister on Tuesday. "
               "The French President sent condolences to the President of the Syrian Arab "
               "Republic.",
               "en", "CONDOLENCE"),
            Strings{"FRA>SYR"});
  EXPECT_EQ(Of("Der lettische Präsident Edgars Rinkēvičs empfing am Dienstag den japanischen "
               "Minister. Der französische Präsident gratulierte dem Präsidenten der Vereinigten "
               "Republik Tansania zum Nationalfeiertag.",
               "de", "CONGRATULATION"),
            Strings{"FRA>TZA"});
  // Twin: the United States and a short official form keep their reading.
  EXPECT_EQ(Of("Le chancelier autrichien a reçu jeudi le président des États-Unis.", "MEETING"),
            Strings{"AUT>USA"});
  EXPECT_EQ(Of(lead + "Le président français a adressé ses condoléances au président de la "
                      "République de Corée.",
               "CONDOLENCE"),
            Strings{"FRA>KOR"});
}

// "reprocher à X de ..." and "s'en prendre à X": the party after "à" is the
// one reproached even when it is a capital or an organisation, which after
// "à" would otherwise be a place ("a reproché à Kinshasa de ...").
TEST_F(FrenchR9RealTest, ReproachGovernsItsRecipientAfterA) {
  EXPECT_EQ(
      Of("Le gouvernement gabonais a reproché à Yaoundé de fermer la frontière.", "CRITICISM"),
      Strings{"GAB>CMR"});
  EXPECT_EQ(Of("Le ministre malien a reproché à l'Union africaine son silence.", "CRITICISM"),
            Strings{"MLI>AU"});
  EXPECT_EQ(Of("Le président tchadien s'en est pris à Khartoum.", "CRITICISM"), Strings{"TCD>SDN"});
  // Twin: a city after "à" elsewhere is still where the act happens.
  EXPECT_EQ(Of("Le président tchadien a critiqué à Niamey la politique du Soudan.", "CRITICISM"),
            Strings{"TCD>SDN"});
}

// A state dispatching one of its officials to another pays it a visit
// ("a dépêché à Cotonou son ministre des Affaires étrangères", "dispatched
// its foreign minister to Ankara"); dispatching rescuers is still aid.
TEST_F(FrenchR9RealTest, DispatchingAnOfficialIsAVisit) {
  EXPECT_EQ(Of("Le Togo a dépêché à Niamey son ministre des Affaires étrangères.", "VISIT"),
            Strings{"TGO>NER"});
  EXPECT_EQ(Of("L'Algérie a envoyé son ministre des Affaires étrangères à Tunis.", "VISIT"),
            Strings{"DZA>TUN"});
  EXPECT_EQ(Of("Qatar dispatched its foreign minister to Kabul on Monday.", "en", "VISIT"),
            Strings{"QAT>AFG"});
  EXPECT_EQ(Of("Le Togo a dépêché à Niamey son ministre des Affaires étrangères.", "AID"),
            Strings{});
  // Twin: rescuers dispatched are aid, and a minister named later in another
  // clause does not turn them into a visit.
  EXPECT_EQ(Of("Le Japon a dépêché une équipe de secouristes au Népal, où son ministre est "
               "attendu jeudi.",
               "AID"),
            Strings{"JPN>NPL"});
}

// A call whose stated purpose is another act is that act only, also with
// the reflexive verb ("s'est entretenu au téléphone avec X pour le
// féliciter"); an act told in a relative clause on the partner is said
// during the call, which stays a meeting ("..., auquel il a annoncé une
// aide", "..., to whom he announced ...").
TEST_F(FrenchR9RealTest, CallPurposeButNotARelativeClause) {
  const std::string purpose =
      "Le président ivoirien s'est entretenu au téléphone avec le président ghanéen pour le "
      "féliciter de sa réélection.";
  EXPECT_EQ(Of(purpose, "MEETING"), Strings{});
  EXPECT_EQ(Of(purpose, "CONGRATULATION"), Strings{"CIV>GHA"});
  const std::string relative =
      "Le président français s'est entretenu au téléphone avec le président moldave, auquel il a "
      "annoncé une aide de 20 millions d'euros.";
  EXPECT_EQ(Of(relative, "MEETING"), Strings{"FRA>MDA"});
  EXPECT_EQ(Of(relative, "AID"), Strings{"FRA>MDA"});
  // Twin: a call without any other act is a meeting.
  EXPECT_EQ(Of("La présidente du Conseil italien s'est entretenue par téléphone avec le président "
               "tunisien.",
               "MEETING"),
            Strings{"ITA>TUN"});
}

// Threatening states with "reciprocal measures" is a sanction threat, like
// "menacé ... de représailles"; a threat of something else is not.
TEST_F(FrenchR9RealTest, ThreatOfReciprocalMeasuresIsASanction) {
  EXPECT_EQ(Of("Moscou a menacé Tokyo et Séoul de « mesures réciproques » après l'expulsion de "
               "deux diplomates.",
               "SANCTION"),
            Strings{"RUS>JPN,KOR"});
  // Twin: threatening to leave talks is no sanction.
  EXPECT_EQ(Of("Moscou a menacé Tokyo de quitter les pourparlers.", "SANCTION"), Strings{});
}

// The object of a predicate coordinated before the act, which is no act
// itself, is not the act's target ("ont apporté leur soutien au Burkina et
// dénoncé l'hostilité d'Abidjan", "pledged solidarity to Moldova and
// condemned ..."); objects coordinated before a final participle still are.
TEST_F(FrenchR9RealTest, ObjectOfAnEarlierPredicateIsNoTarget) {
  EXPECT_EQ(Of("Le Tchad et le Niger ont apporté leur soutien au Mali et dénoncé l'hostilité "
               "d'Alger.",
               "CRITICISM"),
            Strings{"NER,TCD>DZA"});
  EXPECT_EQ(Of("Estonia and Latvia pledged their solidarity to Moldova and condemned the "
               "hostility of Russia.",
               "en", "CRITICISM"),
            Strings{"EST,LVA>RUS"});
  // Twin: two objects joined by "und" before a German final participle.
  EXPECT_EQ(Of("Scholz ist in Berlin mit dem Präsidenten Polens und dem Präsidenten Litauens "
               "zusammengetroffen.",
               "de", "MEETING"),
            Strings{"DEU>LTU,POL"});
}

}  // namespace
}  // namespace newswire::extract
