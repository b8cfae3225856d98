// Acts the engine saw and dropped (rec11): a phone call coordinated with a
// later act of another kind, the aid a coordinated thanks is given for, and a
// vice premier read as the article's last prime minister. Each test has a
// twin that must keep the old reading. Invented sentences over the real
// configs/ (gazetteer and lexicons).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class Rec11RealTest : public testing::RealProbeFixture {
 protected:
  Rec11RealTest() : RealProbeFixture("2026-03-05T12:00:00Z") {}
};

// A call followed by "and" + another deed is a conversation of its own; the
// deed is coded too.
TEST_F(Rec11RealTest, CallCoordinatedWithAnotherDeedIsAMeeting) {
  EXPECT_EQ(Of("Senegal's President spoke by phone with Gambian President Adama Barrow on "
               "Friday and offered to send a team of water engineers.",
               "en", "MEETING"),
            Strings{"SEN>GMB"});
  EXPECT_EQ(Of("Senegal's President spoke by phone with Gambian President Adama Barrow on "
               "Friday and offered to send a team of water engineers.",
               "en", "AID"),
            Strings{"SEN>GMB"});
  EXPECT_EQ(Of("Der niederländische Ministerpräsident telefonierte mit dem dänischen "
               "Regierungschef und lobte die Zusammenarbeit der Küstenwachen.",
               "de", "MEETING"),
            Strings{"NLD>DNK"});
  EXPECT_EQ(Of("Le Premier ministre portugais s'est entretenu au téléphone avec son homologue "
               "cap-verdien et a salué la stabilité de l'archipel.",
               "fr", "MEETING"),
            Strings{"PRT>CPV"});
}

// Twin: condolences or congratulations told after the call, or a call made
// "to" do something, stay the call's purpose: no meeting.
TEST_F(Rec11RealTest, CallForCondolencesOrWithAPurposeIsNoMeeting) {
  EXPECT_EQ(Of("Der litauische Präsident telefonierte mit dem lettischen Präsidenten und sprach "
               "ihm sein Beileid zu den Opfern des Brandes aus.",
               "de", "MEETING"),
            Strings{});
  EXPECT_EQ(Of("Chile's President spoke by phone with the Uruguayan President-elect and "
               "congratulated him on his victory.",
               "en", "MEETING"),
            Strings{});
  EXPECT_EQ(Of("Norway's Prime Minister spoke by phone with his Icelandic counterpart to "
               "praise the work of the rescue teams.",
               "en", "MEETING"),
            Strings{});
}

// Aid thanked for by a thanks coordinated after another act is given by the
// thanked to the thanker.
TEST_F(Rec11RealTest, AidThankedForAfterAnotherActIsTheThankedsAid) {
  EXPECT_EQ(Of("El presidente paraguayo elogió la labor de los bomberos y agradeció a Brasil "
               "el envío de aviones cisterna.",
               "es", "AID"),
            Strings{"BRA>PRY"});
  EXPECT_EQ(Of("El presidente paraguayo elogió la labor de los bomberos y agradeció a Brasil "
               "el envío de aviones cisterna.",
               "es", "THANKS"),
            Strings{"PRY>BRA"});
}

// Twin: thanks for support in general after another act is no aid, and a
// sending told in a relative clause on the thanked stays the thanked's aid to
// where it went.
TEST_F(Rec11RealTest, SupportThankedForAfterAnotherActIsNoAid) {
  EXPECT_EQ(Of("El presidente paraguayo elogió la labor de los bomberos y agradeció a Brasil "
               "su apoyo.",
               "es", "AID"),
            Strings{});
  EXPECT_EQ(Of("The Danish Prime Minister praised Sweden for its aid and thanked Finland, which "
               "sent firefighters to Greece after the wildfires.",
               "en", "AID"),
            Strings{"FIN>GRC"});
}

// A vice premier is no prime minister: the bare "Premier" after it does not
// take the article's last head of government.
TEST_F(Rec11RealTest, VicePremierIsHisOwnStates) {
  EXPECT_EQ(Of("Hungarian Prime Minister Viktor Orban praised Georgia for its stance. "
               "Separately, Kobakhidze received Chinese Vice Premier Ding Xuexiang in Tbilisi.",
               "en", "MEETING"),
            Strings{"GEO>CHN"});
  // Twin: a prime minister named so is still the one of the article.
  EXPECT_EQ(Of("Hungarian Prime Minister Viktor Orban praised Georgia for its stance. "
               "Separately, Kobakhidze received the Prime Minister of Armenia in Tbilisi.",
               "en", "MEETING"),
            Strings{"GEO>ARM"});
}

}  // namespace
}  // namespace newswire::extract
