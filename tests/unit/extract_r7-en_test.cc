// English readouts and agency copy (r7-en), rules that hold in every
// language: a person named with a middle name or initial the gazetteer does
// not list is still that person (and teaches the surname); "Prime
// Minister"/"Vice President"/"Premier ministre" are other offices than a
// bare "the Minister"/"the President"/"le ministre"; a meeting noun in a
// circumstantial phrase ("after bilateral talks", "Im anschließenden
// Gespräch", "En el encuentro") restates the meeting already reported;
// hosting refugees or migrants is no meeting. Each rule has its twin that
// must keep the other reading. Invented sentences over the real configs/.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class R7EnglishTest : public testing::RealProbeFixture {
 protected:
  R7EnglishTest() : RealProbeFixture("2026-05-06T10:00:00Z") {}
};

// A middle initial or middle name between a known first name and surname:
// the known person, and the surname alone names them later.
TEST_F(R7EnglishTest, MiddleNameOrInitialIsTheKnownPerson) {
  EXPECT_EQ(
      Of("President Ferdinand R. Marcos Jr. thanked Vietnam for the rescue teams.", "en", "THANKS"),
      Strings{"PHL>VNM"});
  EXPECT_EQ(Of("Foreign Minister Hugh Hilton Todd arrived in Brasilia on Monday. Todd praised "
               "Brazil's role in the Amazon talks.",
               "en", "PRAISE"),
            Strings{"GUY>BRA"});
}

// Twin: three capitalised words whose outer words are nobody known stay
// nobody.
TEST_F(R7EnglishTest, UnknownThreeWordNameStaysUnknown) {
  EXPECT_EQ(Of("Ferdinand Rivera Gomez thanked Vietnam for the rescue teams.", "en", "THANKS"),
            Strings{});
}

// "Prime Minister X" is not the holder a later bare "the Minister" names:
// the story's own minister is.
TEST_F(R7EnglishTest, BareMinisterIsNotThePrimeMinister) {
  EXPECT_EQ(Of("Foreign Minister Penny Wong met Prime Minister Sitiveni Rabuka in Suva on "
               "Wednesday. On Thursday the Minister flew on to Tonga.",
               "en", "VISIT"),
            Strings{"AUS>TON"});
}

// Twin: a bare "the Prime Minister" still names the prime minister.
TEST_F(R7EnglishTest, BarePrimeMinisterIsThePrimeMinister) {
  EXPECT_EQ(Of("Foreign Minister Penny Wong met Prime Minister Sitiveni Rabuka in Suva on "
               "Wednesday. The Prime Minister thanked Australia for the new police training "
               "centre.",
               "en", "THANKS"),
            Strings{"FJI>AUS"});
}

// A meeting noun in a circumstantial phrase after the meeting was reported
// frames the next act; it is no second meeting, in every language.
TEST_F(R7EnglishTest, MeetingInCircumstantialPhraseRestatesIt) {
  EXPECT_EQ(Of("President William Ruto hosted Finnish President Alexander Stubb on Wednesday. "
               "Stubb arrived in Nairobi on Tuesday for a state visit. Speaking after bilateral "
               "talks, Ruto praised Finland's support for Kenyan schools.",
               "en", "MEETING"),
            Strings{"KEN>FIN"});
  EXPECT_EQ(Of("Bundespräsident Frank-Walter Steinmeier hat am Dienstag den kenianischen "
               "Präsidenten William Ruto empfangen. Ruto dankte Deutschland für die Hilfe. Im "
               "anschließenden Gespräch lobte Steinmeier die Rolle Kenias.",
               "de", "MEETING"),
            Strings{"DEU>KEN"});
  EXPECT_EQ(Of("Pedro Sánchez recibió el martes al presidente de Chile, Gabriel Boric. Boric "
               "agradeció a España su apoyo. En el encuentro, Sánchez elogió el papel de Chile.",
               "es", "MEETING"),
            Strings{"ESP>CHL"});
}

// Twin: the same phrase with another party is a new meeting.
TEST_F(R7EnglishTest, MeetingInPhraseWithAnotherPartyIsNew) {
  EXPECT_EQ(Of("President William Ruto hosted Finnish President Alexander Stubb on Wednesday. "
               "Stubb arrived in Nairobi on Tuesday for a state visit. In talks with Somali "
               "President Hassan Sheikh Mohamud, Ruto praised Somalia's reforms.",
               "en", "MEETING"),
            (Strings{"KEN>FIN", "KEN>SOM"}));
}

// Hosting or receiving refugees or migrants is no meeting of states.
TEST_F(R7EnglishTest, HostingRefugeesIsNoMeeting) {
  EXPECT_EQ(Of("Colombia, which hosts nearly three million Venezuelan migrants, welcomed the "
               "agreement.",
               "en", "MEETING"),
            Strings{});
  EXPECT_EQ(Of("Le Tchad, qui accueille plus de 600 000 réfugiés soudanais, a remercié le Maroc.",
               "fr", "MEETING"),
            Strings{});
}

// Twin: hosting a foreign official is a meeting.
TEST_F(R7EnglishTest, HostingAnOfficialIsAMeeting) {
  EXPECT_EQ(Of("Colombia hosted Venezuelan Foreign Minister Yvan Gil on Monday.", "en", "MEETING"),
            Strings{"COL>VEN"});
}

}  // namespace
}  // namespace newswire::extract
