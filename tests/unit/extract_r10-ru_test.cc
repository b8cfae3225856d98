// Russian wire copy and readouts (r10-ru): a visitor named by an arrival
// participle after a comma; a title with the form of government in the
// genitive and the state's name in the nominative; free-of-charge deliveries
// as aid; a time noun as the preposition's own object; the author of a
// judged restriction named in a relative clause after quotes; a deed of
// armed non-state authors; talks with a time phrase inside the verb phrase.
// Each rule has its twin that must keep the other reading. Invented
// sentences over the real configs/ (gazetteer and lexicons).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class R10RussianWireTest : public testing::RealProbeFixture {
 protected:
  R10RussianWireTest() : RealProbeFixture("2026-06-10T10:00:00Z", "ru") {}
};

// "X, прибывший в Y для участия в ..." is X's visit to Y, whatever case X
// stands in: the participle follows the name it is about.
TEST_F(R10RussianWireTest, ArrivalParticipleAfterCommaIsTheNamedVisitor) {
  EXPECT_EQ(Of("Министр иностранных дел Индии, прибывший в Минск для участия в форуме, "
               "провёл переговоры с белорусским коллегой.",
               "VISIT"),
            Strings{"IND>BLR"});
  EXPECT_EQ(Of("Президент Казахстана встретился с Президентом Армении, прибывшим в Астану "
               "для участия в саммите.",
               "VISIT"),
            Strings{"ARM>KAZ"});
  // Twin: an arrival told with a finite verb keeps its subject; a
  // participle with nobody foreign arriving abroad is no visit.
  EXPECT_EQ(Of("Президент Казахстана прибыл в Ереван для участия в саммите.", "VISIT"),
            Strings{"KAZ>ARM"});
  EXPECT_EQ(Of("Президент Казахстана встретился с губернатором, прибывшим в Астану из "
               "Караганды.",
               "VISIT"),
            Strings{});
}

// "Президенту Республики Сенегал", "Президента Республики Мали": the
// office of that state, not the last president of the story.
TEST_F(R10RussianWireTest, TitleWithRepublicInGenitiveNamesTheState) {
  EXPECT_EQ(Of("Владимир Путин провёл телефонный разговор с Президентом Казахстана. Президент "
               "России также поздравил Президента Республики Чад с национальным праздником.",
               "CONGRATULATION"),
            Strings{"RUS>TCD"});
  // Twin: a bare office after a call is still the partner of that call.
  EXPECT_EQ(Of("Владимир Путин провёл телефонный разговор с Президентом Казахстана. Президент "
               "России также поздравил Президента с днём рождения.",
               "CONGRATULATION"),
            Strings{"RUS>KAZ"});
}

// Free deliveries are aid ("безвозмездные поставки", "на безвозмездной
// основе"); paid deliveries are trade.
TEST_F(R10RussianWireTest, FreeOfChargeDeliveriesAreAid) {
  EXPECT_EQ(
      Of("Китай на безвозмездной основе поставил в Мьянму крупную партию медикаментов.", "AID"),
      Strings{"CHN>MMR"});
  // Twin: deliveries under a contract are no aid.
  EXPECT_EQ(Of("Китай по контракту поставил в Мьянму крупную партию медикаментов.", "AID"),
            Strings{});
}

// "в этом году Москва передала ...": the year is the preposition's object,
// Moscow the giver, not a place.
TEST_F(R10RussianWireTest, TimeNounIsThePrepositionsOwnObject) {
  EXPECT_EQ(Of("В этом году Москва передала Аддис-Абебе 30 тысяч тонн пшеницы.", "AID"),
            Strings{"RUS>ETH"});
  // Twin: a place phrase before the giver stays a place.
  EXPECT_EQ(Of("В Москве Пекин передал Аддис-Абебе 30 тысяч тонн пшеницы.", "AID"),
            Strings{"CHN>ETH"});
}

// "осудил «незаконные ограничения», которые Вашингтон применяет против
// Каракаса": the relative clause names the author of the judged deed.
TEST_F(R10RussianWireTest, QuotedRestrictionsAuthorInRelativeClause) {
  EXPECT_EQ(Of("Лавров осудил «незаконные ограничения», которые Лондон применяет против "
               "Каракаса.",
               "CRITICISM"),
            Strings{"RUS>GBR"});
  // Twin: without the relative clause, nobody in the sentence authored it.
  EXPECT_EQ(Of("Лавров осудил «незаконные ограничения» против Каракаса.", "CRITICISM"),
            Strings{"RUS>VEN"});
}

// "осудил действия боевиков" after condolences: the deed's authors are
// named and non-state, not the country just consoled.
TEST_F(R10RussianWireTest, DeedOfMilitantsHasNoStateTarget) {
  EXPECT_EQ(Of("Президент России выразил соболезнования в связи с гибелью египетских "
               "полицейских и решительно осудил действия террористов.",
               "CRITICISM"),
            Strings{"RUS>"});
  // Twin: a deed with no named author is that of the party the story is
  // about.
  EXPECT_EQ(
      Of("МИД Эстонии выслал российского дипломата. Москва осудила эти действия.", "CRITICISM"),
      Strings{"RUS>EST"});
}

// "провёл в среду переговоры с X": the time phrase inside the verb phrase;
// the partner is the с-object, not a name in an inserted phrase before.
TEST_F(R10RussianWireTest, TalksWithTimePhraseInsideTakeTheWithObject) {
  EXPECT_EQ(Of("Министр иностранных дел Турции, прибывший в Астану для участия в заседании "
               "ОИС, провёл в среду переговоры с министром иностранных дел Казахстана.",
               "MEETING"),
            Strings{"TUR>KAZ"});
  // Twin: the plain verb phrase.
  EXPECT_EQ(Of("Министр иностранных дел Турции провёл переговоры с министром иностранных дел "
               "Казахстана.",
               "MEETING"),
            Strings{"TUR>KAZ"});
}

// "В МИД был вызван посол Румынии" after the story named Russia's foreign
// ministry: the bare ministry is that one, the summoner.
TEST_F(R10RussianWireTest, SummonsToTheBareMinistryIsTheNamedMinistrys) {
  EXPECT_EQ(Of("Министерство иностранных дел России выступило с заявлением. В среду в МИД был "
               "вызван посол Румынии.",
               "PROTEST"),
            Strings{"RUS>ROU"});
  // Twin: a ministry named with its state is that state's.
  EXPECT_EQ(Of("Министерство иностранных дел России выступило с заявлением. В МИД Румынии был "
               "вызван посол России.",
               "PROTEST"),
            Strings{"ROU>RUS"});
}

// A place phrase with a compound state adjective after a passive summons
// ("на российско-финляндской границе") names no agent.
TEST_F(R10RussianWireTest, StateAdjectiveInPlacePhraseIsNoPassiveAgent) {
  EXPECT_EQ(Of("На Смоленскую площадь был вызван посол Финляндии в связи с закрытием пунктов "
               "пропуска на российско-финляндской границе.",
               "PROTEST"),
            Strings{"RUS>FIN"});
  // Twin: a state adjective with its instrumental noun is the agent.
  EXPECT_EQ(Of("Решение было осуждено финляндской стороной.", "CRITICISM"), Strings{"FIN>"});
}

// Demining by another state's sappers thanked for is that state's aid.
TEST_F(R10RussianWireTest, DeminingThankedForIsAid) {
  EXPECT_EQ(Of("Президент Камбоджи поблагодарил российскую сторону за содействие в "
               "разминировании приграничных районов.",
               "AID"),
            Strings{"RUS>KHM"});
  // Twin: thanks for a warm welcome are no aid.
  EXPECT_EQ(Of("Президент Камбоджи поблагодарил российскую сторону за тёплый приём.", "AID"),
            Strings{});
}

// "Обсуждены вопросы ... сотрудничества" after a call: the parties of the
// call discussed cooperation.
TEST_F(R10RussianWireTest, AgentlessPassiveDiscussionAfterCallIsCooperation) {
  EXPECT_EQ(Of("Владимир Путин провёл телефонный разговор с Президентом Узбекистана. Обсуждены "
               "вопросы торгово-экономического сотрудничества.",
               "COOPERATION"),
            Strings{"RUS,UZB>"});
  // Twin: a discussion of something else is no cooperation.
  EXPECT_EQ(Of("Владимир Путин провёл телефонный разговор с Президентом Узбекистана. Обсуждены "
               "вопросы подготовки к саммиту.",
               "COOPERATION"),
            Strings{});
}

// "..., и передал Кулубаеву приглашение": an invitation handed over by a
// verb of its own after "и" is a second act, not the complement of the
// praise before it.
TEST_F(R10RussianWireTest, InvitationHandedOverAfterAndIsASecondAct) {
  EXPECT_EQ(Of("Лавров провёл переговоры с главой МИД Монголии. Лавров высоко оценил работу "
               "монгольского председательства и передал монгольскому коллеге приглашение "
               "посетить Москву.",
               "INVITATION"),
            Strings{"RUS>MNG"});
  // Twin: an invitation named as what is thanked for is no second act.
  EXPECT_EQ(Of("Президент Монголии поблагодарил российского коллегу за тёплый приём и за "
               "приглашение.",
               "INVITATION"),
            Strings{});
}

}  // namespace
}  // namespace newswire::extract
