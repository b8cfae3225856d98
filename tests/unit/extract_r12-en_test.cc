// English readouts and agency copy (r12-en), written for every language
// where the structure exists: a call told after another deed, an
// abbreviation in capitals that is also a function word, a capitalised
// office without article used as the principal's name, an honorific between
// an office and its holder, a region named with a state's adjective, the
// verbs "condole" and "had spoken with". Each test has a twin that keeps
// the old reading. Invented sentences over the real configs/.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class R12EnglishTest : public testing::RealProbeFixture {
 protected:
  R12EnglishTest() : RealProbeFixture("2026-05-20T12:00:00Z") {}
};

// A call coordinated after the other deeds of its clause is a conversation
// of its own: a purpose follows its means, never precedes it.
TEST_F(R12EnglishTest, CallToldAfterAnotherDeedIsItsOwnMeeting) {
  EXPECT_EQ(Of("Kenyan President William Ruto praised Ghana for its reforms and spoke by phone "
               "on Monday with Ugandan President Yoweri Museveni.",
               "en", "MEETING"),
            (Strings{"KEN>UGA"}));
  EXPECT_EQ(Of("El presidente brasileño Luiz Inácio Lula da Silva felicitó a Chile por las "
               "elecciones y habló por teléfono el martes con el presidente argentino Javier "
               "Milei.",
               "es", "MEETING"),
            (Strings{"BRA>ARG"}));
  // Twin: a call made to do the act is only that act.
  EXPECT_EQ(Of("Kenyan President William Ruto telephoned Ugandan President Yoweri Museveni to "
               "congratulate him on his re-election.",
               "en", "MEETING"),
            Strings{});
}

// An abbreviation written in capitals is a name even where the lower-case
// word is a function word ("the WHO", not the relative "who").
TEST_F(R12EnglishTest, AbbreviationInCapitalsIsAName) {
  EXPECT_EQ(
      Of("Jordan's health minister thanked the WHO and Japan for the vaccines.", "en", "THANKS"),
      (Strings{"JOR>JPN,WHO"}));
  // Twin: the relative pronoun names nobody.
  EXPECT_EQ(
      Of("Jordan's health minister thanked the nurses who treated the wounded.", "en", "THANKS"),
      Strings{});
}

// A capitalised English office with no article at the head of a clause is
// the readout's principal, even after another holder of the same title was
// named; an honorific between an office and its holder is part of the name.
TEST_F(R12EnglishTest, OfficeWithoutArticleIsThePrincipal) {
  const std::string text =
      "Prime Minister Shri Narendra Modi arrived in Canberra on Monday.\n"
      "Prime Minister met Prime Minister Anthony Albanese of Australia.\n"
      "Prime Minister also met Prime Minister Christopher Luxon of New Zealand on the same "
      "day.\nOn Tuesday, Prime Minister thanked Japan for its support.";
  EXPECT_EQ(testing::ParticipantsOf(*testing::RealEngine(), text, "en", "MEETING",
                                    "2026-05-20T12:00:00Z", "Prime Minister's talks in Canberra"),
            (Strings{"IND>AUS", "IND>NZL"}));
  EXPECT_EQ(testing::ParticipantsOf(*testing::RealEngine(), text, "en", "THANKS",
                                    "2026-05-20T12:00:00Z", "Prime Minister's talks in Canberra"),
            (Strings{"IND>JPN"}));
  // Twin: with the article, the office points back as before (the story's
  // most salient holder).
  EXPECT_EQ(Of("Prime Minister Keir Starmer met Prime Minister Anthony Albanese of Australia in "
               "London. The Prime Minister later thanked Japan for its support.",
               "en", "THANKS"),
            (Strings{"GBR>JPN"}));
}

// A state's adjective naming a region that spans more than the state is a
// place, no party.
TEST_F(R12EnglishTest, KoreanPeninsulaIsNoParty) {
  EXPECT_EQ(Of("Chinese Foreign Minister Wang Yi discussed the situation on the Korean "
               "Peninsula with Russian Foreign Minister Sergei Lavrov.",
               "en", "MEETING"),
            (Strings{"CHN>RUS"}));
  // Twin: the state's own name still names it.
  EXPECT_EQ(Of("Chinese Foreign Minister Wang Yi met South Korean Foreign Minister Cho Hyun.", "en",
               "MEETING"),
            (Strings{"CHN>KOR"}));
}

// "condole" and "had spoken with": the infinitive and the participle of
// verbs whose other forms were known.
TEST_F(R12EnglishTest, CondoleAndSpokenWith) {
  EXPECT_EQ(Of("Pakistani Prime Minister Shehbaz Sharif telephoned Turkish President Recep "
               "Tayyip Erdogan to condole the loss of lives in the floods.",
               "en", "CONDOLENCE"),
            (Strings{"PAK>TUR"}));
  EXPECT_EQ(Of("Canadian Prime Minister Mark Carney said he had spoken with Mexican President "
               "Claudia Sheinbaum.",
               "en", "MEETING"),
            (Strings{"CAN>MEX"}));
  // Twin: a conversation denied is none.
  EXPECT_EQ(Of("Canadian Prime Minister Mark Carney said he had not spoken with Mexican "
               "President Claudia Sheinbaum.",
               "en", "MEETING"),
            Strings{});
}

// An aid noun in the field list of a cooperation noun is a field of the
// cooperation, no deed of aid.
TEST_F(R12EnglishTest, AidNounInACooperationFieldIsNoAid) {
  const std::string met =
      "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi. ";
  EXPECT_EQ(Of(met + "The two sides agreed to expand cooperation in digital economy, green "
                     "energy and disaster relief.",
               "en", "AID"),
            Strings{});
  EXPECT_EQ(Of("El presidente keniano William Ruto recibió al primer ministro etíope Abiy Ahmed "
               "en Nairobi. Ambas partes acordaron ampliar la cooperación en energía y ayuda "
               "humanitaria.",
               "es", "AID"),
            Strings{});
  // Twin: aid sent before the cooperation is pledged stays aid.
  EXPECT_EQ(Of("Kenya sent disaster relief to Ethiopia and agreed to expand cooperation in "
               "energy.",
               "en", "AID"),
            (Strings{"KEN>ETH"}));
}

// A name in parts with words the gazetteer does not know between them
// (an honorific, a particle) is one person, so the list goes on after it.
TEST_F(R12EnglishTest, NameInPartsIsOnePerson) {
  EXPECT_EQ(Of("Pakistani Prime Minister Shehbaz Sharif thanked Qatar's Emir Sheikh Tamim bin "
               "Hamad Al Thani and Turkish President Tayyip Erdogan for their efforts.",
               "en", "THANKS"),
            (Strings{"PAK>QAT,TUR"}));
  // Twin: states listed by name, as before.
  EXPECT_EQ(Of("Pakistani Prime Minister Shehbaz Sharif thanked Qatar and Turkey for their "
               "efforts.",
               "en", "THANKS"),
            (Strings{"PAK>QAT,TUR"}));
}

}  // namespace
}  // namespace newswire::extract
