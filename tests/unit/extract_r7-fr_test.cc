// French wire copy, session 7 (r7-fr): participant causes found in the
// French articles released from the held-out sets (press-service readouts
// and agency copy) that are structural, so the tests probe other languages
// too. Each test has a twin that must keep the old reading. Invented
// sentences over the real configs/ (gazetteer and lexicons).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class FrenchR7RealTest : public testing::RealProbeFixture {
 protected:
  FrenchR7RealTest() : RealProbeFixture("2026-04-16T12:00:00Z", "fr") {}

  // Of() with a headline: the events of `type` as "ACTORS>TARGETS".
  static Strings WithTitle(const std::string& title, const std::string& text,
                           const std::string& lang, const std::string& type) {
    return testing::ParticipantsOf(*testing::RealEngine(), text, lang, type, "2026-04-16T12:00:00Z",
                                   title);
  }
};

// A press service titles its own head's talks by the partner ("Entretien
// avec le Président de la République du Kenya", "Talks with the President
// of Ghana"): the partner is the headline's guest, not the story's
// protagonist, so a later bare "le chef de l'État" is the host.
TEST_F(FrenchR7RealTest, HeadlineMeetingPartnerIsNoProtagonist) {
  const std::string fr =
      "Le Président de la République, Emmanuel Macron, a reçu lundi son homologue kényan, William "
      "Ruto. Le Président Ruto a remercié la France pour son soutien. Mardi, le chef de l'État "
      "s'est entretenu par téléphone avec le roi de Jordanie.";
  EXPECT_EQ(WithTitle("Entretien avec le Président de la République du Kenya", fr, "fr", "MEETING"),
            (Strings{"FRA>KEN", "FRA>JOR"}));
  const std::string en =
      "President Cyril Ramaphosa received Ghanaian President John Mahama in Pretoria on Monday. "
      "Mahama thanked South Africa for its support. Later the President spoke by phone with the "
      "King of Jordan.";
  EXPECT_EQ(WithTitle("Talks with the President of Ghana", en, "en", "MEETING"),
            (Strings{"ZAF>GHA", "ZAF>JOR"}));
  // Twin: a headline whose subject is the guest keeps the guest as the
  // protagonist ("Le Président kényan ... : le chef de l'État" stays Kenya's
  // when Kenya is the story's subject).
  EXPECT_EQ(WithTitle("Le Président kényan William Ruto en visite à Paris",
                      "Le Président kényan William Ruto est arrivé lundi à Paris. Mardi, le chef "
                      "de l'État s'est entretenu par téléphone avec le roi de Jordanie.",
                      "fr", "MEETING"),
            Strings{"KEN>JOR"});
}

// A bare office resolved from the discourse is what a later pronoun names:
// "Mercredi, le ministre a fait escale à Montevideo, où il a rencontré ..."
// (il = the story's minister, not the last named other minister).
TEST_F(FrenchR7RealTest, BareOfficeSubjectIsThePronounsAntecedent) {
  const std::string lead =
      "Le ministre de l'Europe et des Affaires étrangères, Jean-Noël Barrot, est arrivé lundi à "
      "Brasília, où il s'est entretenu avec son homologue brésilien Mauro Vieira. M. Barrot a "
      "salué le leadership brésilien. M. Vieira a remercié la France pour son soutien. ";
  EXPECT_EQ(Of(lead + "Mercredi, le ministre a fait escale à Montevideo, où il a rencontré le "
                      "président uruguayen Yamandú Orsi.",
               "MEETING"),
            (Strings{"FRA>BRA", "FRA>URY"}));
  EXPECT_EQ(Of("Prime Minister Anthony Albanese arrived in Tokyo on Monday. Albanese praised "
               "Japan's leadership. Foreign Minister Iwaya thanked Australia for its support. On "
               "Tuesday the Prime Minister flew to Seoul, where he met South Korean President Lee "
               "Jae-myung.",
               "en", "MEETING"),
            Strings{"AUS>KOR"});
  // Twin: a named subject in that clause is still the pronoun's antecedent.
  EXPECT_EQ(Of(lead + "Mercredi, M. Vieira a fait escale à Montevideo, où il a rencontré le "
                      "président uruguayen Yamandú Orsi.",
               "MEETING"),
            (Strings{"FRA>BRA", "BRA>URY"}));
}

// An object relative pronoun is the act's object, the party named right
// before its comma, not a name inside the complement after the verb.
TEST_F(FrenchR7RealTest, ObjectRelativeIsTheActsObject) {
  EXPECT_EQ(Of("Le président Emmanuel Macron s'est entretenu avec le président kényan William "
               "Ruto, qu'il a remercié pour les efforts de Nairobi entre l'Éthiopie et "
               "l'Érythrée.",
               "THANKS"),
            Strings{"FRA>KEN"});
  EXPECT_EQ(Of("Prime Minister Narendra Modi spoke by phone with Kenyan President William Ruto, "
               "whom he thanked for the efforts of Nairobi in the talks between Ethiopia and "
               "Eritrea.",
               "en", "THANKS"),
            Strings{"IND>KEN"});
  EXPECT_EQ(Of("Владимир Путин провёл телефонный разговор с президентом Казахстана "
               "Касым-Жомартом Токаевым, которого поблагодарил за помощь в организации "
               "переговоров между Россией и Украиной.",
               "ru", "THANKS"),
            Strings{"RUS>KAZ"});
  // Twin: a subject relative pronoun is the actor ("…, qui a remercié la
  // France"), and aid keeps the recipient named after the verb.
  EXPECT_EQ(Of("Le président Emmanuel Macron s'est entretenu avec le président kényan William "
               "Ruto, qui a remercié la France pour son aide.",
               "THANKS"),
            Strings{"KEN>FRA"});
  EXPECT_EQ(Of("Le président Emmanuel Macron a reçu le président kényan William Ruto, auquel il "
               "a annoncé une aide de 10 millions d'euros pour l'Éthiopie.",
               "AID"),
            Strings{"FRA>ETH"});
}

// The actor's own officials are no group of the story's parties: "a rappelé
// ses ambassadeurs en France et en Allemagne" after a meeting of others.
TEST_F(FrenchR7RealTest, OwnOfficialsAreNoGroup) {
  const std::string lead =
      "Le président russe Vladimir Poutine a reçu lundi le président chinois Xi Jinping. ";
  EXPECT_EQ(Of(lead + "Téhéran a rappelé mardi pour consultations ses ambassadeurs en France et en "
                      "Allemagne.",
               "PROTEST"),
            Strings{"IRN>DEU,FRA"});
  EXPECT_EQ(Of("Russian President Vladimir Putin received Chinese President Xi Jinping on Monday. "
               "Iran recalled its ambassadors in France and Germany for consultations.",
               "en", "PROTEST"),
            Strings{"IRN>DEU,FRA"});
  // Twin: a plural group without a possessive is still the group ("les deux
  // présidents").
  EXPECT_EQ(
      Of(lead + "Les deux présidents ont salué la qualité des relations bilatérales.", "PRAISE"),
      Strings{"CHN,RUS>CHN,RUS"});
}

// In a clause that goes on with the sentence's subject, the agent of a
// participle after the act is the author of its object, not the actor.
TEST_F(FrenchR7RealTest, AgentOfAParticipleAfterACoordinatedActIsItsObject) {
  EXPECT_EQ(Of("Le président Tshisekedi a accusé le Rwanda de maintenir des troupes sur le sol "
               "congolais en violation des engagements pris, et a salué le rôle de médiateur joué "
               "par le Qatar dans les discussions.",
               "PRAISE"),
            Strings{"COD>QAT"});
  // Twin: the agent of a nominal act right after its noun is its actor
  // ("l'annonce par la France d'un soutien").
  EXPECT_EQ(Of("Le président Faye a salué l'annonce par la France d'un soutien de 150 millions "
               "d'euros au programme de la dette sénégalaise.",
               "AID"),
            Strings{"FRA>SEN"});
}

// A bare office after a recipient preposition, said with the title its
// holder was introduced with, is that holder: "un message de remerciements à
// SM le Roi".
TEST_F(FrenchR7RealTest, TitledOfficeAfterARecipientPrepositionIsItsHolder) {
  EXPECT_EQ(Of("Sa Majesté le Roi Mohammed VI a adressé un message de félicitations au président "
               "du Honduras. Le président mauritanien Mohamed Ould Ghazouani a adressé un message "
               "de remerciements à SM le Roi pour ses vœux.",
               "THANKS"),
            Strings{"MRT>MAR"});
  // Twin: a named recipient is still that party.
  EXPECT_EQ(Of("Sa Majesté le Roi Mohammed VI a adressé un message de félicitations au président "
               "du Honduras. Le président mauritanien Mohamed Ould Ghazouani a adressé un message "
               "de remerciements au roi d'Espagne pour ses vœux.",
               "THANKS"),
            Strings{"MRT>ESP"});
}

// A qualifying verb whose quoted qualification praises is a PRAISE of the
// qualified act's owner ("a qualifié le plan marocain de « base crédible »").
TEST_F(FrenchR7RealTest, PraisingQualificationIsPraise) {
  EXPECT_EQ(Of("Le président ghanéen a qualifié l'initiative togolaise de « geste courageux et "
               "constructif en faveur de la paix ».",
               "PRAISE"),
            Strings{"GHA>TGO"});
  EXPECT_EQ(Of("El canciller chileno calificó la propuesta peruana de «un paso muy positivo».",
               "es", "PRAISE"),
            Strings{"CHL>PER"});
  // Twin: a damning qualification stays a criticism and no praise.
  const std::string damning =
      "Le ministre ivoirien a qualifié la décision nigérienne de « regrettable et injustifiée ».";
  EXPECT_EQ(Of(damning, "CRITICISM"), Strings{"CIV>NER"});
  EXPECT_EQ(Of(damning, "PRAISE"), Strings{});
}

}  // namespace
}  // namespace newswire::extract
