// Participant rules that cut across languages (r2-gen): organisations
// outside the analysts' coding list are no participants. Each rule has its
// twin that must keep the old reading. Invented sentences over the
// repository's configs (real gazetteer).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class R2GenTest : public testing::RealProbeFixture {
 protected:
  R2GenTest() : RealProbeFixture("2025-06-12T09:00:00Z") {}
};

// An uncoded organisation (World Bank, WFP, FAO, ...) is no participant:
// a meeting with it and a coded state keeps only the state; an act whose
// only actor it is is no event.
TEST_F(R2GenTest, UncodedOrganisationIsNoParticipant) {
  EXPECT_EQ(Of("Canada's foreign minister Anita Anand met the head of the World Food Programme "
               "and her Mexican counterpart.",
               "en", "MEETING"),
            Strings{"CAN>MEX"});
  EXPECT_EQ(Of("Die Weltbank lobte Österreich für seine Hilfe.", "de", "PRAISE"), Strings{});
  EXPECT_EQ(Of("La FAO agradeció a España su donación.", "es", "THANKS"), Strings{});
}

// Twin: coded organisations (UN, WHO, EU, ...) stay participants.
TEST_F(R2GenTest, CodedOrganisationStaysParticipant) {
  EXPECT_EQ(Of("Die WHO lobte Österreich für seine Hilfe.", "de", "PRAISE"), Strings{"WHO>AUT"});
  EXPECT_EQ(Of("Le ministre belge a rencontré le secrétaire général de l'ONU.", "fr", "MEETING"),
            Strings{"BEL>UN"});
}

// A meeting whose only counterpart is an uncoded organisation is no
// meeting of states; with a coded state beside it, the state stays.
TEST_F(R2GenTest, MeetingWithOnlyAnUncodedOrganisationIsNoEvent) {
  EXPECT_EQ(
      Of("Außenministerin Beate Meinl-Reisinger traf den UNESCO-Generaldirektor.", "de", "MEETING"),
      Strings{});
  EXPECT_EQ(Of("Außenministerin Beate Meinl-Reisinger traf den polnischen Außenminister "
               "Radosław Sikorski.",
               "de", "MEETING"),
            Strings{"AUT>POL"});
}

// "The latter" and its kin name the last-named object, the target of the
// latest act, not the subject of the sentence before.
TEST_F(R2GenTest, TheLatterIsTheLastNamedObject) {
  EXPECT_EQ(Of("Kenyan President William Ruto met British Prime Minister Keir Starmer in London. "
               "The latter praised Kenya for its role in Haiti.",
               "en", "PRAISE"),
            Strings{"GBR>KEN"});
  EXPECT_EQ(Of("Der polnische Außenminister Radosław Sikorski traf in Warschau den ukrainischen "
               "Präsidenten Wolodymyr Selenskyj. Letzterer dankte Polen für die Unterstützung.",
               "de", "THANKS"),
            Strings{"UKR>POL"});
}

// Twin: before an act's noun it is an adjective ("cette dernière
// rencontre"), no participant, so no second meeting.
TEST_F(R2GenTest, TheLatterBeforeAnActsNounIsNoParticipant) {
  EXPECT_EQ(Of("Le Premier ministre sénégalais s'est entretenu mardi avec le chancelier allemand "
               "Friedrich Merz. Cette dernière rencontre a duré deux heures.",
               "fr", "MEETING"),
            Strings{"SEN>DEU"});
}

}  // namespace
}  // namespace newswire::extract
