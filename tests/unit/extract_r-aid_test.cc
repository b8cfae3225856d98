// AID, COOPERATION, AGREEMENT, MEETING and VISIT in wire copy (session 3,
// r-aid): one test per phenomenon, each with the twin that must keep the
// old reading. Invented sentences over the repository's lexicons and the
// real gazetteer (roles such as "ambassador" and organisations are needed).
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "extract/engine.h"
#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class AidWireTest : public testing::RealProbeFixture {
 protected:
  AidWireTest() : RealProbeFixture("2025-05-15T12:00:00Z") {}
};

// The organisation aid is channelled through ("through the World Food
// Programme", "a través de la Cruz Roja") neither gives nor receives it; a
// sentence restating the aid adds no second donor.
TEST_F(AidWireTest, ChannelOfAidIsNoDonor) {
  EXPECT_EQ(Of("Japan will provide $50 million in emergency grant aid to the Philippines. The aid "
               "will be delivered through the World Food Programme and UNICEF.",
               "en", "AID"),
            Strings{"JPN>PHL"});
  EXPECT_EQ(Of("El Gobierno español donó 2 millones de euros a Marruecos. La ayuda se canalizará a "
               "través de la Cruz Roja.",
               "es", "AID"),
            Strings{"ESP>MAR"});
  // Twin: an organisation that delivers aid itself is its donor.
  EXPECT_EQ(Of("UNICEF delivered 40 tonnes of medical supplies to Yemen.", "en", "AID"),
            Strings{"UNICEF>YEM"});
}

// An appeal for aid ("called for humanitarian aid", "riefen zu Spenden
// auf", "призвал оказать помощь") is no aid given.
TEST_F(AidWireTest, AppealForAidIsNoAid) {
  EXPECT_EQ(Of("The United Nations appealed for humanitarian aid to Nepal.", "en", "AID"),
            Strings{});
  EXPECT_EQ(Of("Die Vereinten Nationen riefen zu Spenden für Nepal auf.", "de", "AID"), Strings{});
  EXPECT_EQ(Of("Генсек ООН призвал оказать помощь Непалу.", "ru", "AID"), Strings{});
  // Twin: the same organisation sending aid.
  EXPECT_EQ(Of("The United Nations sent humanitarian aid to Nepal.", "en", "AID"),
            Strings{"UN>NPL"});
}

// A resident ambassador arriving at a post makes no visit; a minister's
// arrival does.
TEST_F(AidWireTest, AmbassadorTakingUpPostIsNoVisit) {
  EXPECT_EQ(Of("Britain's new ambassador to Mexico arrived in Mexico City on Monday to take up his "
               "post.",
               "en", "VISIT"),
            Strings{});
  EXPECT_EQ(
      Of("Der neue Botschafter der Vereinigten Staaten ist in Berlin eingetroffen.", "de", "VISIT"),
      Strings{});
  EXPECT_EQ(Of("Новый посол Японии прибыл в Москву.", "ru", "VISIT"), Strings{});
  // Twin: a foreign secretary's arrival is a visit.
  EXPECT_EQ(Of("Britain's foreign secretary arrived in Mexico City on Monday.", "en", "VISIT"),
            Strings{"GBR>MEX"});
}

// "The two leaders" / "Les deux dirigeants" are the parties of a joint act;
// a state named inside its subject matter is no party.
TEST_F(AidWireTest, PairActsAloneOnAJointAct) {
  EXPECT_EQ(Of("Carney met Starmer in London. The two leaders agreed to deepen cooperation on "
               "critical minerals and on support for Ukraine.",
               "en", "COOPERATION"),
            Strings{"CAN,GBR>"});
  EXPECT_EQ(Of("Macron a reçu Ruto. Les deux dirigeants ont signé une déclaration sur la sécurité "
               "et la coopération en Haïti.",
               "fr", "AGREEMENT"),
            Strings{"FRA,KEN>"});
  // Twin: named parties coordinated with the subject still sign together.
  EXPECT_EQ(Of("Carney met Starmer in London. Canada signed a declaration with Britain and Japan.",
               "en", "AGREEMENT"),
            Strings{"CAN,GBR,JPN>"});
}

// An agreement "signed by A and B" that a third state welcomes has A and B
// as its parties, not the welcomer.
TEST_F(AidWireTest, SignersNamedByAgentAreTheParties) {
  EXPECT_EQ(Of("Kazakhstan welcomed the agreement signed by Russia and Belarus on Friday.", "en",
               "AGREEMENT"),
            Strings{"BLR,RUS>"});
  EXPECT_EQ(Of("Chile celebró el acuerdo firmado por Argentina y Bolivia.", "es", "AGREEMENT"),
            Strings{"ARG,BOL>"});
  // Twin: the signer as subject keeps its partner.
  EXPECT_EQ(Of("Kazakhstan signed an agreement with Russia on Friday.", "en", "AGREEMENT"),
            Strings{"KAZ,RUS>"});
}

// A visit the guest is invited to make after a meeting is still to come;
// a visit named right after the meeting is the guest's.
TEST_F(AidWireTest, VisitAfterInvitationIsNoVisit) {
  EXPECT_EQ(Of("Russian Foreign Minister Sergei Lavrov met Indonesia's Sugiono and invited him to "
               "visit Moscow.",
               "en", "VISIT"),
            Strings{});
  // Twin: "received ... for his first official visit".
  EXPECT_EQ(Of("Le président Macron a reçu son homologue kényan William Ruto pour sa première "
               "visite officielle en France.",
               "fr", "VISIT"),
            Strings{"KEN>FRA"});
}

// Aid named by the noun of its sending ("anunció el envío de", "annoncé
// l'envoi de", "the dispatch of", "die Entsendung"); refused, no aid.
TEST_F(AidWireTest, SendingNounNamesAid) {
  EXPECT_EQ(Of("Chile anunció el envío de un equipo de rescate a Ecuador.", "es", "AID"),
            Strings{"CHL>ECU"});
  EXPECT_EQ(Of("Le Chili a annoncé l'envoi de secouristes en Équateur.", "fr", "AID"),
            Strings{"CHL>ECU"});
  EXPECT_EQ(Of("Chile announced the dispatch of a rescue team to Ecuador.", "en", "AID"),
            Strings{"CHL>ECU"});
  EXPECT_EQ(
      Of("Deutschland kündigte die Entsendung eines Rettungsteams in die Türkei an.", "de", "AID"),
      Strings{"DEU>TUR"});
  // Twin: a refused sending is none.
  EXPECT_EQ(Of("Chile descartó el envío de ayuda a Ecuador.", "es", "AID"), Strings{});
}

// Aid thanked for was given by the thanked party; support in general
// (for a bid, a candidacy) is no aid.
TEST_F(AidWireTest, AidThankedForWasGiven) {
  EXPECT_EQ(Of("Noboa agradeció a España el envío de 60 bomberos forestales.", "es", "AID"),
            Strings{"ESP>ECU"});
  // Twin: thanks for support.
  EXPECT_EQ(Of("Noboa agradeció a España el apoyo a su candidatura.", "es", "AID"), Strings{});
  // Twin: aid already reported by the article is not reported twice.
  EXPECT_EQ(Of("España envió 60 bomberos forestales a Ecuador. Noboa agradeció a España el envío "
               "de los bomberos.",
               "es", "AID"),
            Strings{"ESP>ECU"});
}

// An organisation named as the setting of a summit ("on the sidelines of
// the ASEAN summit", "на полях саммита ШОС") is no party of the meeting
// held there; its own officials are.
TEST_F(AidWireTest, SummitOrganisationIsTheSettingNotAParty) {
  EXPECT_EQ(Of("Xi Jinping met Australian Prime Minister Anthony Albanese on the sidelines of the "
               "G20 summit in Rio de Janeiro.",
               "en", "MEETING"),
            Strings{"CHN>AUS"});
  EXPECT_EQ(Of("На полях саммита ШОС в Астане Путин встретился с премьер-министром Индии Нарендрой "
               "Моди.",
               "ru", "MEETING"),
            Strings{"RUS>IND"});
  // Twin: the organisation's secretary-general is a party.
  EXPECT_EQ(Of("Wang Yi met ASEAN Secretary-General Kao Kim Hourn in Jakarta.", "en", "MEETING"),
            Strings{"CHN>ASEAN"});
}

// A relative clause after a named traveller ("Wang, who arrived in Manila")
// has that traveller as subject, not a state named after it.
TEST_F(AidWireTest, RelativeClauseTravellerIsTheVisitor) {
  EXPECT_EQ(Of("Chinese Foreign Minister Wang Yi met his Philippine counterpart. Wang, who arrived "
               "in Manila on Wednesday, later accused Japan of reviving militarism.",
               "en", "VISIT"),
            Strings{"CHN>PHL"});
  EXPECT_EQ(Of("El presidente de Guatemala, Bernardo Arévalo, que llegó el viernes a Madrid, fue "
               "recibido por el rey Felipe VI.",
               "es", "VISIT"),
            Strings{"GTM>ESP"});
  // Twin: a main-clause traveller is unaffected.
  EXPECT_EQ(Of("Wang Yi arrived in Manila on Wednesday.", "en", "VISIT"), Strings{"CHN>PHL"});
}

}  // namespace
}  // namespace newswire::extract
