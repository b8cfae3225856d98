// Who the targets of an event are (p-target): lists after an of-phrase,
// condolences and aid that follow one another, Russian dative "people"
// recipients. Each rule has its twin that must keep the other reading.
// Invented sentences over the real configs/ (gazetteer and lexicons).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class TargetsRealTest : public testing::RealProbeFixture {
 protected:
  TargetsRealTest() : RealProbeFixture("2026-03-12T10:00:00Z") {}
};

// A list coordinated after an of-phrase object belongs to it, however long:
// every member is a target, not only the first ("of Oman", "de Brasil").
TEST_F(TargetsRealTest, OfPhraseListKeepsEveryMember) {
  EXPECT_EQ(Of("Egyptian President Abdel Fattah al-Sisi praised the mediation efforts of Oman, "
               "Qatar and the United States.",
               "en", "PRAISE"),
            Strings{"EGY>OMN,QAT,USA"});
  EXPECT_EQ(Of("El canciller de Colombia agradeció la ayuda de los gobiernos de Perú, Ecuador y "
               "Panamá.",
               "es", "THANKS"),
            Strings{"COL>ECU,PAN,PER"});
  EXPECT_EQ(Of("Le président ivoirien a salué le soutien du Maroc, de l'Espagne et du Canada.",
               "fr", "PRAISE"),
            Strings{"CIV>CAN,ESP,MAR"});
  // Twin: a party after the comma that acts itself is no member of the list.
  EXPECT_EQ(Of("Egyptian President Abdel Fattah al-Sisi praised the efforts of Qatar, and Turkey "
               "thanked Egypt for its help.",
               "en", "PRAISE"),
            Strings{"EGY>QAT"});
  EXPECT_EQ(Of("Egyptian President Abdel Fattah al-Sisi praised the efforts of Qatar, and Turkey "
               "thanked Egypt for its help.",
               "en", "THANKS"),
            Strings{"TUR>EGY"});
}

// Condolences and aid that follow one another are for one disaster: aid
// naming no recipient ("dem Land", "the affected provinces") goes where the
// condolence of the sentence before went, not to the last meeting partner.
TEST_F(TargetsRealTest, AidAfterCondolenceGoesToTheSameState) {
  EXPECT_EQ(Of("Bundeskanzler Friedrich Merz traf am Montag den kenianischen Präsidenten William "
               "Ruto. Merz kondolierte anschließend Marokko nach dem Erdbeben. Deutschland stellt "
               "dem Land drei Millionen Euro an Soforthilfe zur Verfügung.",
               "de", "AID"),
            Strings{"DEU>MAR"});
  EXPECT_EQ(Of("Indonesian President Prabowo Subianto met Malaysian Prime Minister Anwar Ibrahim "
               "in Jakarta on Monday. Prabowo also offered condolences to the Philippines after "
               "the typhoon. Indonesia will fly relief supplies to the affected provinces.",
               "en", "AID"),
            Strings{"IDN>PHL"});
  // Twin: a place named since is the newer scene.
  EXPECT_EQ(Of("Bundeskanzler Friedrich Merz kondolierte Marokko nach dem Erdbeben. Am Dienstag "
               "reiste er nach Tunesien. Deutschland stellt dem Land drei Millionen Euro an "
               "Soforthilfe zur Verfügung.",
               "de", "AID"),
            Strings{"DEU>TUN"});
}

// A Russian dative "people" noun ("сирийскому народу", "народу Непала")
// marks the recipient, also when it stands before the verb and the speaker
// follows it.
TEST_F(TargetsRealTest, RussianDativePeopleIsTheRecipient) {
  EXPECT_EQ(
      Of("Соболезнования сирийскому народу выразил также президент Ирана.", "ru", "CONDOLENCE"),
      Strings{"IRN>SYR"});
  EXPECT_EQ(Of("Соболезнования народу Непала выразил также президент Индии.", "ru", "CONDOLENCE"),
            Strings{"IND>NPL"});
  // Twins: the usual order, and a dative people after the verb.
  EXPECT_EQ(Of("Российский президент выразил соболезнования народу Турции.", "ru", "CONDOLENCE"),
            Strings{"RUS>TUR"});
  EXPECT_EQ(Of("Президент Словении направил хорватскому народу поздравления с национальным "
               "праздником.",
               "ru", "CONGRATULATION"),
            Strings{"SVN>HRV"});
}

// Congratulations on an election in a state go to that state when nobody
// else is named ("the winner of the runoff in Malawi"), not to the latest
// meeting partner.
TEST_F(TargetsRealTest, CongratulationOnAnElectionInAStateGoesToIt) {
  EXPECT_EQ(Of("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in "
               "Nairobi. Ruto also congratulated the winner of the presidential runoff in Malawi.",
               "en", "CONGRATULATION"),
            Strings{"KEN>MWI"});
  EXPECT_EQ(
      Of("Pedro Sánchez felicitó al ganador de las elecciones en Chile.", "es", "CONGRATULATION"),
      Strings{"ESP>CHL"});
  // Twin: a named recipient wins over the place.
  EXPECT_EQ(Of("Pedro Sánchez felicitó a Portugal por la organización de la cumbre en Chile.", "es",
               "CONGRATULATION"),
            Strings{"ESP>PRT"});
}

}  // namespace
}  // namespace newswire::extract
