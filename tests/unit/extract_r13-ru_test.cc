// Russian wire copy (r13-ru), written for every language where the structure
// exists: a protest note handed to an envoy summoned earlier in the story,
// gulfs named after a state, the measure a sanction answers, a capital after
// "в адрес", an act noun fronted before its refusal, a state called a true
// friend in a quote. Each test has a twin that keeps the
// old reading. Invented sentences over the real configs/.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class R13RussianWireTest : public testing::RealProbeFixture {
 protected:
  R13RussianWireTest() : RealProbeFixture("2026-05-20T12:00:00Z") {}
};

// A note handed to the envoy restates the summons told earlier in the story,
// also with the report's source between the two sentences.
TEST_F(R13RussianWireTest, NoteToEnvoyRestatesAnEarlierSummons) {
  EXPECT_EQ(Of("МИД Латвии во вторник вызвал посла Белоруссии. Об этом сообщили в "
               "министерстве. Послу была вручена нота протеста в связи с нарушением границы.",
               "ru", "PROTEST"),
            (Strings{"LVA>BLR"}));
  // Twin: a note with no summons before it is the protest itself.
  EXPECT_EQ(Of("Об этом сообщили в министерстве. Послу Белоруссии была вручена нота "
               "протеста МИД Латвии в связи с нарушением границы.",
               "ru", "PROTEST"),
            (Strings{"LVA>BLR"}));
}

// A gulf named after a state is a sea, not the state: the envoy summoned over
// an incident there is the only party.
TEST_F(R13RussianWireTest, GulfNamedAfterAStateIsNoParty) {
  EXPECT_EQ(Of("МИД Литвы вызвал посла России. Ему был заявлен протест в связи с "
               "инцидентом в Финском заливе.",
               "ru", "PROTEST"),
            (Strings{"LTU>RUS"}));
  EXPECT_EQ(Of("Lithuania summoned the Russian ambassador over an incident in the Gulf of "
               "Finland.",
               "en", "PROTEST"),
            (Strings{"LTU>RUS"}));
  // Twin: the state itself still counts.
  EXPECT_EQ(Of("МИД Литвы вызвал посла Финляндии.", "ru", "PROTEST"), (Strings{"LTU>FIN"}));
}

// Sanctions named with their own author inside the measure that answers them
// are an act of their own, in the other direction.
TEST_F(R13RussianWireTest, MeasureAnsweredIsAnActOfItsOwn) {
  EXPECT_EQ(Of("Москва ввела запрет на въезд в ответ на санкции, введённые Канберрой в октябре "
               "против российских компаний.",
               "ru", "SANCTION"),
            (Strings{"RUS>AUS", "AUS>RUS"}));
  EXPECT_EQ(Of("Moskau verhängte Sanktionen als Antwort auf die von Canberra beschlossenen "
               "Sanktionen gegen russische Firmen.",
               "de", "SANCTION"),
            (Strings{"RUS>AUS", "AUS>RUS"}));
  // Twin: sanctions answered with no author of their own are the answer's
  // cause only.
  EXPECT_EQ(Of("Москва ввела санкции против Австралии в ответ на антироссийские санкции.", "ru",
               "SANCTION"),
            (Strings{"RUS>AUS"}));
  EXPECT_EQ(Of("Moskau verhängte Sanktionen gegen Australien als Antwort auf die Sanktionen.", "de",
               "SANCTION"),
            (Strings{"RUS>AUS"}));
}

// A capital after "в адрес" names the state addressed, not a place.
TEST_F(R13RussianWireTest, CapitalAfterAddressPhraseIsTheTarget) {
  EXPECT_EQ(Of("Президент Колумбии выступил с резкой критикой в адрес Мехико.", "ru", "CRITICISM"),
            (Strings{"COL>MEX"}));
  // Twin: a capital after a bare "в" is where it was said.
  EXPECT_EQ(Of("Президент Колумбии выступил с резкой критикой в Мехико.", "ru", "CRITICISM"),
            (Strings{"COL>"}));
}

// An act noun fronted before the verb refusing it stays refused when "and"
// opens the next predicate.
TEST_F(R13RussianWireTest, FrontedActBeforeItsRefusalStaysRefused) {
  EXPECT_EQ(Of("Президент Белоруссии выступил в Минске. При этом от критики в адрес Украины он "
               "воздержался и заявил, что время для диалога есть.",
               "ru", "CRITICISM"),
            Strings{});
  // Twin: the act itself, coordinated with the next predicate.
  EXPECT_EQ(Of("Президент Белоруссии выступил в Минске. При этом он раскритиковал Украину и "
               "заявил, что время для диалога есть.",
               "ru", "CRITICISM"),
            (Strings{"BLR>UKR"}));
}

// A state called a true friend in a quote is praised by the speaker.
TEST_F(R13RussianWireTest, TrueFriendInAQuoteIsPraise) {
  EXPECT_EQ(Of("Министр иностранных дел России Сергей Лавров провёл переговоры в Москве. "
               "«Вьетнам – наш верный друг», – сказал он журналистам.",
               "ru", "PRAISE"),
            (Strings{"RUS>VNM"}));
  // Twin: friends of each other are no praise.
  EXPECT_EQ(Of("Министр иностранных дел России Сергей Лавров провёл переговоры в Москве. "
               "«Мы давно знаем друг друга», – сказал он журналистам.",
               "ru", "PRAISE"),
            Strings{});
}

}  // namespace
}  // namespace newswire::extract
