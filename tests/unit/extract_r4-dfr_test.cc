// German, French and Russian wire copy (r4-dfr, session 4): phenomena seen
// across annotators in gold5/gold6 and checked on invented paraphrases. Each
// rule has its twin that must keep the old reading. Invented sentences over
// the real configs/ (gazetteer and lexicons).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class RussianWireR4Test : public testing::RealProbeFixture {
 protected:
  RussianWireR4Test() : RealProbeFixture("2026-06-10T10:00:00Z", "ru") {}
};

// ", а" + a new subject after an act starts a clause of its own, like ", и":
// the second party acts for itself ("Китай выделил помощь, а Индия ...").
TEST_F(RussianWireR4Test, ContrastiveAWithNewSubjectStartsAClause) {
  EXPECT_EQ(Of("Россия направила в Ливан партию медикаментов, а Белоруссия выделила "
               "Ливану гуманитарную помощь.",
               "AID"),
            (Strings{"RUS>LBN", "BLR>LBN"}));
  EXPECT_EQ(Of("Генсек ООН Антониу Гутерриш выразил соболезнования народу Ирана, а Египет "
               "направил в Иран партию гуманитарной помощи.",
               "AID"),
            Strings{"EGY>IRN"});
  // Twin: ", а" with no new subject after it continues the same subject.
  EXPECT_EQ(Of("Президент Египта поблагодарил Россию за поддержку, а затем пригласил Путина "
               "посетить Каир.",
               "INVITATION"),
            Strings{"EGY>RUS"});
}

// A phone call named as the circumstance of another act is only that act's
// means: "В телефонном разговоре с X он выразил соболезнования" is one
// CONDOLENCE, no MEETING.
TEST_F(RussianWireR4Test, PhoneCallAsCircumstanceIsOnlyItsAct) {
  const std::string text =
      "Министр иностранных дел России Сергей Лавров в телефонном разговоре с главой МИД "
      "Египта выразил соболезнования в связи с гибелью людей.";
  EXPECT_EQ(Of(text, "CONDOLENCE"), Strings{"RUS>EGY"});
  EXPECT_EQ(Of(text, "MEETING"), Strings{});
  // Twins: a call that is the predicate, or a call with no other act, stays
  // a MEETING.
  EXPECT_EQ(Of("Сергей Лавров провёл телефонный разговор с главой МИД Египта.", "MEETING"),
            Strings{"RUS>EGY"});
  EXPECT_EQ(Of("Сергей Лавров в телефонном разговоре с главой МИД Египта обсудил ситуацию "
               "в регионе.",
               "MEETING"),
            Strings{"RUS>EGY"});
}

// Aid pledged in the future tense is coded like the past forms ("передаст",
// "направит ... помощь").
TEST_F(RussianWireR4Test, FutureTenseAidPledge) {
  EXPECT_EQ(Of("Россия безвозмездно передаст Сирии партию пшеницы.", "AID"), Strings{"RUS>SYR"});
  EXPECT_EQ(Of("Белоруссия направит Ливану гуманитарную помощь.", "AID"), Strings{"BLR>LBN"});
  // Twin: handing over a message is no aid.
  EXPECT_EQ(Of("Лавров передаст Сирии послание президента.", "AID"), Strings{});
}

}  // namespace
}  // namespace newswire::extract
