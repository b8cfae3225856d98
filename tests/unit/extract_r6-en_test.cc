// English readouts and agency copy (r6-en): the subject named before a
// relative clause resumes after it (also as a list, also in French, Spanish
// and Russian), an act inside the relative clause ends at its closing comma,
// a bare ministry of a story led by a head of state is that state's, Gulf
// titles ("HH the Amir") and officials' titles ("humanitarian chief") are no
// acts, and firms named by their legal suffix speak for no state. Each rule
// has its twin that must keep the other reading. Invented sentences over the
// real configs/ (gazetteer and lexicons).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class EnglishReadoutTest : public testing::RealProbeFixture {
 protected:
  EnglishReadoutTest() : RealProbeFixture("2026-03-12T10:00:00Z") {}
};

// "X and Y, which ..., welcomed Z": the list before the relative pronoun is
// the subject of the verb after the relative clause, in every language.
TEST_F(EnglishReadoutTest, ListBeforeRelativeClauseIsTheSubject) {
  EXPECT_EQ(Of("Peru and Ecuador, which host thousands of Haitian migrants, welcomed "
               "Canada's decision to fund new shelters.",
               "en", "PRAISE"),
            Strings{"ECU,PER>CAN"});
  EXPECT_EQ(Of("Le Sénégal et le Mali, qui abritent des milliers de réfugiés, ont remercié "
               "l'Allemagne pour son aide.",
               "fr", "THANKS"),
            Strings{"MLI,SEN>DEU"});
  EXPECT_EQ(Of("Uruguay y Paraguay, que comparten frontera con Brasil, felicitaron a Chile por "
               "las elecciones.",
               "es", "CONGRATULATION"),
            Strings{"PRY,URY>CHL"});
}

// Twin: a list after the verb with a relative clause and no verb after it
// stays the object.
TEST_F(EnglishReadoutTest, ListObjectBeforeRelativeClauseStaysTheObject) {
  EXPECT_EQ(Of("Canada praised Peru and Ecuador, which host thousands of Haitian "
               "migrants.",
               "en", "PRAISE"),
            Strings{"CAN>ECU,PER"});
}

// A title noun before the antecedent is no verb: "humanitarian chief" names
// an office, not aid, and the official resumes after the relative clause.
TEST_F(EnglishReadoutTest, OfficialsTitleBeforeRelativeClause) {
  const std::string text =
      "UN humanitarian chief Tom Fletcher, who landed in Port Sudan on Tuesday, thanked Egypt "
      "for keeping its border open.";
  EXPECT_EQ(Of(text, "en", "THANKS"), Strings{"UN>EGY"});
  EXPECT_EQ(Of(text, "en", "AID"), Strings{});
}

// Twin: humanitarian aid itself is still aid.
TEST_F(EnglishReadoutTest, HumanitarianAidStaysAid) {
  EXPECT_EQ(Of("Japan sent humanitarian supplies to Sudan.", "en", "AID"), Strings{"JPN>SDN"});
}

// The act of a subject relative clause ends at the comma after which the
// main verb resumes: the country criticised later is no host of the visit.
TEST_F(EnglishReadoutTest, RelativeClauseActEndsAtItsComma) {
  EXPECT_EQ(Of("Kenyan President William Ruto, who arrived in Addis Ababa on Sunday, criticised "
               "Rwanda over the fighting in Congo.",
               "en", "VISIT"),
            Strings{"KEN>ETH"});
}

// Twin: without a verb after it, the relative clause keeps all its objects.
TEST_F(EnglishReadoutTest, RelativeClauseWithoutMainVerbKeepsItsObjects) {
  EXPECT_EQ(Of("Japan sent a medical team to Chile, which thanked Tokyo, Seoul and Canberra.", "en",
               "THANKS"),
            Strings{"CHL>AUS,JPN,KOR"});
}

// A bare "Foreign Ministry" in a story led by a head of state is that
// state's, not the ministry of the guest who spoke last.
TEST_F(EnglishReadoutTest, BareMinistryOfAHeadOfStatesStory) {
  EXPECT_EQ(Of("King Abdullah II received Kenyan President William Ruto in Amman. The King "
               "praised Kenya's role in Somalia. Ruto thanked Jordan for its hospitality. "
               "Meanwhile, the Foreign Ministry condemned Israel's strikes on Gaza.",
               "en", "CRITICISM"),
            Strings{"JOR>ISR"});
}

// Twin: a ministry qualified by its state is that state's.
TEST_F(EnglishReadoutTest, QualifiedMinistryKeepsItsState) {
  EXPECT_EQ(Of("King Abdullah II received Kenyan President William Ruto in Amman. The King "
               "praised Kenya's role in Somalia. Ruto thanked Jordan for its hospitality. "
               "Meanwhile, Kenya's foreign ministry condemned Israel's strikes on Gaza.",
               "en", "CRITICISM"),
            Strings{"KEN>ISR"});
}

// "HH the Amir": the Gulf spelling of the emir, the holder introduced with
// that title.
TEST_F(EnglishReadoutTest, AmirIsTheEmirOfTheStory) {
  EXPECT_EQ(Of("His Highness the Amir Sheikh Tamim bin Hamad Al Thani received President Paul "
               "Kagame of Rwanda. Kagame thanked Qatar for its mediation. HH the Amir praised "
               "Rwanda's role in the talks between Ethiopia and Eritrea.",
               "en", "PRAISE"),
            Strings{"QAT>RWA"});
}

// A firm named with its legal suffix, a party, or a delegation of firms from
// several states speaks for no state, even after a fronted place; a minister
// in the same frame does.
TEST_F(EnglishReadoutTest, FirmWithLegalSuffixIsNoState) {
  EXPECT_EQ(Of("In Tokyo, Sony Group Corp. held a meeting with Indian officials.", "en", "MEETING"),
            Strings{});
  EXPECT_EQ(Of("In London, the Liberal Democrats criticised the government for its response to "
               "the crisis in Sudan.",
               "en", "CRITICISM"),
            Strings{});
  EXPECT_EQ(Of("In Geneva, a delegation of French and Italian watchmakers met union leaders from "
               "Switzerland.",
               "en", "MEETING"),
            Strings{});
  EXPECT_EQ(Of("In Tokyo, Japan's trade minister held a meeting with India's commerce minister.",
               "en", "MEETING"),
            Strings{"JPN>IND"});
}

// "HE" before a title or name is His Excellency, not "he" (the last
// subject): the object is the president named after it.
TEST_F(EnglishReadoutTest, HisExcellencyIsNoPronoun) {
  EXPECT_EQ(Of("HH the Amir Sheikh Tamim bin Hamad Al Thani received Prime Minister Shehbaz "
               "Sharif of Pakistan. The Prime Minister thanked HH the Amir for Qatar's "
               "solidarity. HH the Amir also sent a cable of congratulations to HE President "
               "Bassirou Diomaye Faye of the Republic of Senegal on his country's Independence "
               "Day.",
               "en", "CONGRATULATION"),
            Strings{"QAT>SEN"});
}

// Twin: "He" before a verb is still the pronoun of the last subject.
TEST_F(EnglishReadoutTest, HeBeforeAVerbStaysAPronoun) {
  EXPECT_EQ(Of("Kassym-Jomart Tokayev received Shavkat Mirziyoyev in Astana. He thanked "
               "Uzbekistan for its support.",
               "en", "THANKS"),
            Strings{"KAZ>UZB"});
}

// Honorifics between a bare title and the name ("Senator the Hon") keep
// the title that person's.
TEST_F(EnglishReadoutTest, HonorificsBetweenTitleAndName) {
  EXPECT_EQ(Of("Minister for Foreign Affairs Senator the Hon Penny Wong travelled to Suva on "
               "Wednesday for talks on climate finance.",
               "en", "VISIT"),
            Strings{"AUS>FJI"});
}

// One trip per visitor and host: "the visiting President" names the visit
// already reported.
TEST_F(EnglishReadoutTest, VisitingPresidentIsTheSameTrip) {
  EXPECT_EQ(Of("Colombian President Gustavo Petro arrived in Madrid on Monday for a state "
               "visit. King Felipe VI received him at the Royal Palace. The visiting President "
               "thanked Spain for its support.",
               "en", "VISIT"),
            Strings{"COL>ESP"});
}

// Twin: another trip of the same visitor to another host is its own event.
TEST_F(EnglishReadoutTest, VisitToAnotherHostIsAnotherTrip) {
  EXPECT_EQ(Of("Colombian President Gustavo Petro arrived in Madrid on Monday for a state "
               "visit. On Wednesday he travelled on to Lisbon.",
               "en", "VISIT"),
            (Strings{"COL>ESP", "COL>PRT"}));
}

}  // namespace
}  // namespace newswire::extract
