// French wire copy, session 5 (r5-fr): participant and gate problems of
// French articles (elided articles, multi-word prepositions, pledges of
// cooperation). Each test has a twin that must keep the old reading.
// Invented sentences over the real configs/ (gazetteer and lexicons).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class FrenchR5RealTest : public testing::RealProbeFixture {
 protected:
  FrenchR5RealTest() : RealProbeFixture("2026-03-05T10:00:00Z", "fr") {}
};

// "Au cours de l'entretien", "À l'issue des entretiens" name the meeting
// just told: the elided article does not hide the block word, and "issue
// des" blocks like "issue de la".
TEST_F(FrenchR5RealTest, RestatedMeetingAfterElidedArticleIsNoNewMeeting) {
  EXPECT_EQ(Of("La présidente péruvienne s'est entretenue jeudi avec le chef de l'État "
               "bolivien. Au cours de l'entretien, les deux dirigeants ont abordé la "
               "question des frontières.",
               "MEETING"),
            Strings{"PER>BOL"});
  EXPECT_EQ(Of("Le Premier ministre grec a rencontré lundi son homologue chypriote. À "
               "l'issue des entretiens, les deux hommes ont tenu une conférence de presse.",
               "MEETING"),
            Strings{"GRC>CYP"});
  // Twin: a meeting with an indefinite article is a new act.
  EXPECT_EQ(Of("La présidente péruvienne a évoqué la question des frontières lors d'un "
               "entretien avec le chef de l'État bolivien.",
               "MEETING")
                .size(),
            1u);
}

// Reaffirming the will to strengthen a partnership pledges cooperation; an
// evaluation of the relations themselves stays praise.
TEST_F(FrenchR5RealTest, ReaffirmedWillToStrengthenIsCooperation) {
  EXPECT_EQ(Of("Le président ghanéen et son homologue togolais ont réaffirmé leur volonté de "
               "renforcer leur partenariat stratégique.",
               "COOPERATION"),
            Strings{"GHA,TGO>"});
  EXPECT_TRUE(Of("Le président ghanéen et son homologue togolais ont réaffirmé leur volonté de "
                 "renforcer leur partenariat stratégique.",
                 "PRAISE")
                  .empty());
  // Twin: evaluating the partnership itself is mutual praise.
  EXPECT_EQ(Of("Le président ghanéen et son homologue togolais ont souligné l'excellence de "
               "leur partenariat stratégique.",
               "PRAISE")
                .size(),
            1u);
}

// Aid paid to an agency "en faveur de"/"pour" a state goes to that state.
TEST_F(FrenchR5RealTest, AidThroughAgencyForAStateTargetsTheState) {
  EXPECT_EQ(Of("La Suisse a versé une contribution de trois millions de francs au Haut-"
               "Commissariat des Nations unies pour les réfugiés en faveur du Soudan.",
               "AID"),
            Strings{"CHE>SDN"});
  EXPECT_EQ(Of("Le Danemark a débloqué une aide d'urgence en faveur du Malawi.", "AID"),
            Strings{"DNK>MWI"});
  // Twin: aid to the agency with no state named keeps the agency.
  EXPECT_EQ(Of("La Suisse a versé une contribution de trois millions de francs au Haut-"
               "Commissariat des Nations unies pour les réfugiés.",
               "AID"),
            Strings{"CHE>UNHCR"});
}

// A plural office names its states in a list of "de" phrases; a single
// state after a codeless plural stays the group.
TEST_F(FrenchR5RealTest, PluralOfficeWithStatesInDePhrasesIsTheirMeeting) {
  EXPECT_EQ(Of("Les ministres des Affaires étrangères du Kenya, de l'Ouganda et de la Tanzanie "
               "se sont réunis vendredi à Arusha.",
               "MEETING"),
            Strings{"KEN,TZA,UGA>"});
  EXPECT_EQ(Of("Les présidents du Pérou, de la Bolivie et de l'Équateur se sont rencontrés "
               "samedi.",
               "MEETING"),
            Strings{"BOL,ECU,PER>"});
  // Twin: a singular office with its state keeps its state only.
  EXPECT_TRUE(Of("Le ministre des Affaires étrangères du Kenya s'est réuni vendredi avec les "
                 "diplomates.",
                 "MEETING")
                  .size() <= 1u);
}

// A time or occasion phrase between "a reçu" and the message keeps it a
// received message (the sender acts), not a meeting.
TEST_F(FrenchR5RealTest, ReceivedMessageAfterATimePhrase) {
  EXPECT_EQ(Of("Le président tunisien a reçu mercredi des messages de félicitations du roi de "
               "Jordanie et du président libanais.",
               "CONGRATULATION"),
            Strings{"JOR,LBN>TUN"});
  EXPECT_TRUE(Of("Le président tunisien a reçu mercredi des messages de félicitations du roi de "
                 "Jordanie et du président libanais.",
                 "MEETING")
                  .empty());
  // Twin: receiving a visitor is still a meeting.
  EXPECT_EQ(Of("Le président tunisien a reçu mercredi le roi de Jordanie.", "MEETING"),
            Strings{"TUN>JOR"});
}

// The infinitive "s'entretenir" after "avant de" is the next act of a trip;
// "doit s'entretenir" is a plan. Flying out to a capital is a visit.
TEST_F(FrenchR5RealTest, InfinitiveMeetingAndFlyingOutAreActs) {
  EXPECT_EQ(Of("La ministre belge est arrivée lundi à Dakar, avant de s'entretenir avec son "
               "homologue sénégalais.",
               "MEETING"),
            Strings{"BEL>SEN"});
  EXPECT_EQ(Of("Le chef de la diplomatie suédoise s'est envolé jeudi pour Nairobi.", "VISIT"),
            Strings{"SWE>KEN"});
  // Twins: planned talks and a planned flight are no events.
  EXPECT_TRUE(
      Of("La ministre belge doit s'entretenir lundi avec son homologue sénégalais.", "MEETING")
          .empty());
  EXPECT_TRUE(
      Of("Le chef de la diplomatie suédoise s'envolera jeudi pour Nairobi.", "VISIT").empty());
}

}  // namespace
}  // namespace newswire::extract
