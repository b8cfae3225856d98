// Acts with nothing predicted and extras with nothing close (rec12), for
// every language where the structure exists: aid given to an organisation
// for a state, money contributions with an adjective before the amount,
// thanks for the sending of goods,
// "the interlocutors" as the current pair, agreeing to stay in touch, an
// act named after its talks ("Im Anschluss an die Gespräche"). Each test has
// a twin that keeps the old reading. Invented sentences over the real
// configs/.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class Rec12Test : public testing::RealProbeFixture {
 protected:
  Rec12Test() : RealProbeFixture("2026-06-10T12:00:00Z") {}
};

// An organisation given aid for a state named right after it passes it on:
// the state is the recipient.
TEST_F(Rec12Test, AidThroughAnOrganisationGoesToTheStateItIsFor) {
  EXPECT_EQ(Of("Sweden announced an additional contribution of 12 million dollars to UNICEF "
               "for Yemen.",
               "en", "AID"),
            (Strings{"SWE>YEM"}));
  EXPECT_EQ(Of("Irlanda anunció una contribución adicional de 5 millones de euros al Programa "
               "Mundial de Alimentos para Somalia.",
               "es", "AID"),
            (Strings{"IRL>SOM"}));
  EXPECT_EQ(Of("Le Danemark a annoncé une contribution supplémentaire de 8 millions d'euros au "
               "Programme alimentaire mondial en faveur du Tchad.",
               "fr", "AID"),
            (Strings{"DNK>TCD"}));
  // Twin: an organisation given money with no state after it stays the
  // recipient.
  EXPECT_EQ(Of("Austria made a contribution of 2 million euros to the World Health "
               "Organization.",
               "en", "AID"),
            (Strings{"AUT>WHO"}));
}

// Thanks for the sending of goods or teams is for aid the thanked gave.
TEST_F(Rec12Test, ThanksForASendingIsForAidGiven) {
  EXPECT_EQ(Of("Le président sénégalais a remercié la Mauritanie pour l'envoi de techniciens et "
               "de groupes électrogènes après les inondations.",
               "fr", "AID"),
            (Strings{"MRT>SEN"}));
  EXPECT_EQ(Of("Zambia's president thanked Botswana for sending water bombers and pilots during "
               "the bush fires.",
               "en", "AID"),
            (Strings{"BWA>ZMB"}));
  // Twins: police sent and the plural supplies of trade are no aid.
  EXPECT_EQ(Of("El presidente haitiano agradeció a Kenia el envío de policías.", "es", "AID"),
            Strings{});
  EXPECT_EQ(
      Of("Президент Египта поблагодарил Россию за бесперебойные поставки зерна.", "ru", "AID"),
      Strings{});
}

// Regarding or considering a state as a friend or partner praises it.
TEST_F(Rec12Test, RegardingAStateAsAPartnerIsPraise) {
  EXPECT_EQ(Of("The Chinese foreign minister said Beijing regards Zambia as an old friend in "
               "Africa.",
               "en", "PRAISE"),
            (Strings{"CHN>ZMB"}));
  // Twin: a company regarded as a partner is no state.
  EXPECT_EQ(Of("The company regards Siemens as a strategic partner.", "en", "PRAISE"), Strings{});
}

// "the interlocutors" of a talk are the pair of the latest meeting.
TEST_F(Rec12Test, InterlocutorsAreTheCurrentPair) {
  EXPECT_EQ(Of("Präsident Steinmeier empfing am Mittwoch den ghanaischen Präsidenten Mahama. "
               "Die Gesprächspartner erörterten die Zusammenarbeit in der Energiepolitik.",
               "de", "COOPERATION"),
            (Strings{"DEU,GHA>"}));
  EXPECT_EQ(Of("Le président Tebboune a reçu jeudi le roi Abdallah II de Jordanie. Les "
               "interlocuteurs ont passé en revue la coopération énergétique.",
               "fr", "COOPERATION"),
            (Strings{"DZA,JOR>"}));
  EXPECT_EQ(Of("President Ruto hosted Ethiopian Prime Minister Abiy Ahmed in Nairobi on Friday. "
               "The interlocutors discussed cooperation on water.",
               "en", "COOPERATION"),
            (Strings{"ETH,KEN>"}));
  // Twin: a single interlocutor named with his capital is that one party.
  EXPECT_EQ(Of("Präsident Steinmeier telefonierte am Mittwoch mit dem kenianischen Präsidenten "
               "Ruto. Sein Gesprächspartner aus Nairobi lobte die deutsche Hilfe.",
               "de", "PRAISE"),
            (Strings{"KEN>DEU"}));
}

// Agreeing to stay in touch is no cooperation.
TEST_F(Rec12Test, StayingInTouchIsNoCooperation) {
  EXPECT_EQ(Of("Sánchez habló por teléfono con Lula el jueves. Los dos mandatarios acordaron "
               "seguir en contacto.",
               "es", "COOPERATION"),
            Strings{});
  EXPECT_EQ(Of("Macron s'est entretenu avec Carney mardi. Les deux dirigeants ont convenu de "
               "rester en contact.",
               "fr", "COOPERATION"),
            Strings{});
  // Twin: agreeing to work together still is.
  EXPECT_EQ(Of("Modi spoke by phone with Albanese on Tuesday. The two leaders agreed to expand "
               "cooperation in defence.",
               "en", "COOPERATION"),
            (Strings{"AUS,IND>"}));
}

// An act told after its talks ("Im Anschluss an die Gespräche ...") names
// no new meeting; German "an" is no indefinite article.
TEST_F(Rec12Test, ActsAfterTheTalksAreNoNewMeeting) {
  EXPECT_EQ(Of("Im Anschluss an die Gespräche unterzeichneten Kasachstan und Kirgistan ein "
               "Abkommen.",
               "de", "MEETING"),
            Strings{});
  // Twin: a meeting of its own after an indefinite article stays one.
  EXPECT_EQ(Of("Nach einem Treffen mit Dschaparow in Astana lobte Tokajew die Beziehungen zu "
               "Kirgistan.",
               "de", "MEETING")
                .size(),
            1u);
}

}  // namespace
}  // namespace newswire::extract
