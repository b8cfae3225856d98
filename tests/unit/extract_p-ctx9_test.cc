// Participants from context for aid (p-ctx9): a currency is no party, an
// English progressive is active, the story's aid recipient carries over
// from a giver-less sentence, and aid thanked for is given by the thanked.
// Each rule has its twin that must keep the other reading. Invented
// sentences over the real configs/ (gazetteer and lexicons).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class ContextAidRealTest : public testing::RealProbeFixture {
 protected:
  ContextAidRealTest() : RealProbeFixture("2026-03-12T10:00:00Z") {}
};

// "zwei Millionen US-Dollar", "долларов США", "dólares estadounidenses":
// an amount, not the receiving state.
TEST_F(ContextAidRealTest, CurrencyNamesNoParty) {
  EXPECT_EQ(Of("Kasachstan stellte Afghanistan humanitäre Hilfe im Wert von zwei Millionen "
               "US-Dollar bereit.",
               "de", "AID"),
            Strings{"KAZ>AFG"});
  EXPECT_EQ(
      Of("Узбекистан выделил Киргизии гуманитарную помощь на 1 млн долларов США.", "ru", "AID"),
      Strings{"UZB>KGZ"});
  EXPECT_EQ(Of("Colombia donó a Ecuador 500.000 dólares estadounidenses para los damnificados.",
               "es", "AID"),
            Strings{"COL>ECU"});
  // Twin: the state itself as recipient stays one.
  EXPECT_EQ(Of("Mexico sent 40 tonnes of food to the United States after the floods.", "en", "AID"),
            Strings{"MEX>USA"});
}

// "was sending" is no passive: its subject gives.
TEST_F(ContextAidRealTest, EnglishProgressiveIsActive) {
  EXPECT_EQ(Of("Turkey said it was sending a rescue team and tents to Pakistan.", "en", "AID"),
            Strings{"TUR>PAK"});
  EXPECT_EQ(Of("Malaysia was deploying a search and rescue team to Myanmar.", "en", "AID"),
            Strings{"MYS>MMR"});
  // Twin: a real passive keeps its by-agent as the giver.
  EXPECT_EQ(Of("A rescue team was sent to Pakistan by Turkey.", "en", "AID"), Strings{"TUR>PAK"});
}

// A sentence telling where help arrives without a giver ("La ayuda
// internacional comenzó a llegar a Honduras") names the recipient of the
// aid told next.
TEST_F(ContextAidRealTest, GiverlessAidSentenceNamesTheRecipient) {
  EXPECT_EQ(Of("La ayuda internacional comenzó a llegar a Honduras tras el paso del huracán. "
               "México envió dos aviones con víveres y medicamentos.",
               "es", "AID"),
            Strings{"MEX>HND"});
  EXPECT_EQ(Of("Relief began arriving in Myanmar on Tuesday. India sent two naval ships with "
               "food and medicines.",
               "en", "AID"),
            Strings{"IND>MMR"});
  // Twin: aid thanked for in a later sentence goes to the thanker, not to
  // the place of the earlier help.
  EXPECT_EQ(Of("Relief began arriving in Myanmar on Tuesday. Prime Minister Luxon thanked Fiji "
               "for the 12 million dollars it has provided.",
               "en", "AID"),
            Strings{"FJI>NZL"});
}

// "thanked X for sending ...": the thanked gives to the thanker; aid the
// article already reported is restated, not given again.
TEST_F(ContextAidRealTest, AidThankedForDoingIsGivenByTheThanked) {
  EXPECT_EQ(
      Of("Prabowo thanked the Philippines for sending a search and rescue team.", "en", "AID"),
      Strings{"PHL>IDN"});
  EXPECT_EQ(Of("El presidente boliviano, Luis Arce, agradeció a Chile por haber enviado "
               "brigadistas a Santa Cruz.",
               "es", "AID"),
            Strings{"CHL>BOL"});
  // Twin: already reported, the thanks restate it.
  EXPECT_EQ(Of("Canada sent a rescue team to Jamaica. Holness thanked Canada for sending a "
               "rescue team.",
               "en", "AID"),
            Strings{"CAN>JAM"});
}

// Aid thanked for, named by a participle or an auxiliary-verb relative:
// given by the thanked (or the by-agent) to the thanker; hospitality
// extended is no aid.
TEST_F(ContextAidRealTest, AidThankedForByParticipleOrAuxiliary) {
  EXPECT_EQ(Of("Sassou Nguesso thanked Russia for the 25,000 tonnes of wheat delivered free of "
               "charge.",
               "en", "AID"),
            Strings{"RUS>COG"});
  EXPECT_EQ(Of("Rabuka thanked New Zealand for the 12 million dollars it has provided to rebuild "
               "schools.",
               "en", "AID"),
            Strings{"NZL>FJI"});
  // Twin: no amount, no agent: hospitality, not aid.
  EXPECT_EQ(Of("Abiy thanked Kenya for the hospitality extended to his delegation.", "en", "AID"),
            Strings{});
}

// A measure qualified by a quoted negative noun is criticised ("described
// the British measures as economic banditry", "calificó la medida de
// censura"): those nouns carry negative sentiment.
TEST_F(ContextAidRealTest, QuotedBanditryOrCensorshipQualifiesAMeasure) {
  EXPECT_EQ(Of("Britain imposed sanctions on 14 Russian companies. Foreign ministry spokeswoman "
               "Maria Zakharova described the British measures as \"economic banditry\".",
               "en", "CRITICISM"),
            Strings{"RUS>GBR"});
  // Twin: a neutral qualification is no criticism.
  EXPECT_EQ(Of("Britain imposed sanctions on 14 Russian companies. Foreign ministry spokeswoman "
               "Maria Zakharova described the British measures as \"expected\".",
               "en", "CRITICISM"),
            Strings{});
}

}  // namespace
}  // namespace newswire::extract
