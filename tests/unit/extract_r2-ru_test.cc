// Russian wire-copy phenomena of session 3, round 2 (r2-ru): each rule with
// the twin that must keep the old reading. Invented sentences over the
// repository's lexicons and gazetteer (RealProbeFixture).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class RuWireTest : public testing::RealProbeFixture {
 protected:
  RuWireTest() : RealProbeFixture("2026-06-10T12:00:00Z") {}
};

// Several leaders arriving together are one visit; the "в" phrase before a
// verb of travel is the destination, not an impersonal author. The twin: an
// impersonal plural of criticism still takes the institution after "в".
TEST_F(RuWireTest, LeadersArrivingTogetherAreOneVisitToTheDestination) {
  EXPECT_EQ(Of("В Душанбе в субботу приехали президенты Узбекистана и Туркмении.", "ru", "VISIT"),
            Strings{"TKM,UZB>TJK"});
  EXPECT_EQ(Of("В МИД Китая раскритиковали решение Японии.", "ru", "CRITICISM"),
            Strings{"CHN>JPN"});
}

// The Russian passive agent is an instrumental without preposition; a
// nominative after the participle is the inverted subject, no agent.
TEST_F(RuWireTest, InstrumentalAfterAPassiveParticipleIsTheAgent) {
  EXPECT_EQ(Of("Испытания ракеты КНДР были осуждены Японией и Австралией.", "ru", "CRITICISM"),
            Strings{"AUS,JPN>PRK"});
  EXPECT_TRUE(Of("Бывший министр Армении был осуждён на восемь лет.", "ru", "CRITICISM").empty());
}

// "принял" with a known person as object is a reception; "принял решение"
// or "принял закон" is not.
TEST_F(RuWireTest, ReceivingAPersonByNameIsAMeeting) {
  EXPECT_EQ(Of("Во вторник Реджеп Тайип Эрдоган принял Ильхама Алиева в Анкаре.", "ru", "MEETING"),
            Strings{"TUR>AZE"});
  EXPECT_TRUE(Of("Во вторник Реджеп Тайип Эрдоган принял решение о новом законе.", "ru", "MEETING")
                  .empty());
}

// Tourists are a non-state party, not off-topic vocabulary: condolences over
// their death stay diplomatic, while their own trips are no visit.
TEST_F(RuWireTest, TouristsDoNotSilenceADiplomaticSentence) {
  EXPECT_EQ(Of("Глава МИД Франции выразил соболезнования Марокко в связи с гибелью туристов.", "ru",
               "CONDOLENCE"),
            Strings{"FRA>MAR"});
  EXPECT_TRUE(Of("Китайские туристы посетили Вьетнам в рекордном числе.", "ru", "VISIT").empty());
}

// Evaluative reported speech with a copula ("что X остаётся «союзником»")
// is praise, once per pair in its sentence; "друг друга" is no friend.
TEST_F(RuWireTest, CopulaAllyOrFriendInReportedSpeechIsPraise) {
  // The speaker praises the party the "что" clause is about (the gold of
  // gold4/gold7/gold8/gold10/gold12 and par-ru-232: speaker > judged) (r9-ru).
  EXPECT_EQ(
      Of("Эрдоган заявил, что Азербайджан является «братским другом» Турции.", "ru", "PRAISE"),
      Strings{"TUR>AZE"});
  EXPECT_EQ(Of("Токаев высоко оценил усилия Китая, подчеркнув, что Пекин остаётся «надёжным "
               "союзником» Казахстана.",
               "ru", "PRAISE"),
            Strings{"KAZ>CHN"});
  EXPECT_TRUE(Of("Эрдоган заявил, что Азербайджан и Турция являются соседями и помогают друг "
                 "другу.",
                 "ru", "PRAISE")
                  .empty());
}

// "со своей стороны" is "for his part", not the plural parties.
TEST_F(RuWireTest, ForHisPartIsNoPluralGroup) {
  EXPECT_EQ(Of("Президент Сербии Александар Вучич, со своей стороны, поблагодарил Венгрию за "
               "поддержку.",
               "ru", "THANKS"),
            Strings{"SRB>HUN"});
}

// The reason of a passive act ("в связи с ...") adds no party once the act's
// object is named; without one, the reason still names it.
TEST_F(RuWireTest, ReasonPhraseAfterANamedObjectAddsNoParty) {
  EXPECT_EQ(Of("Министр иностранных дел России Сергей Лавров провёл переговоры в Москве. Позднее "
               "в МИД России был вызван посол Латвии, которому был заявлен протест в связи с "
               "задержанием белорусских граждан.",
               "ru", "PROTEST"),
            Strings{"RUS>LVA"});
  EXPECT_EQ(Of("Решения были осуждены Турцией в связи с действиями Израиля.", "ru", "CRITICISM"),
            Strings{"TUR>ISR"});
}

// A "leader" holds any top office: the head of state named next is the same
// man; after a minister, it is still the latest head of state named.
TEST_F(RuWireTest, ALeaderIsTheHeadOfStateNamedNext) {
  EXPECT_EQ(Of("Перед началом саммита Эрдоган провёл переговоры с Президентом Азербайджана "
               "Ильхамом Алиевым. Турецкий лидер поблагодарил азербайджанского коллегу за "
               "поддержку. Затем глава государства встретился с Президентом Казахстана "
               "Касым-Жомартом Токаевым.",
               "ru", "MEETING"),
            (Strings{"TUR>AZE", "TUR>KAZ"}));
  EXPECT_EQ(Of("Министр иностранных дел России Сергей Лавров провёл переговоры с Президентом "
               "Азербайджана Ильхамом Алиевым. Затем глава государства встретился с Президентом "
               "Казахстана Касым-Жомартом Токаевым.",
               "ru", "MEETING"),
            (Strings{"RUS>AZE", "AZE>KAZ"}));
}

// A host's condolences after a round of meetings go to the latest guest;
// a recipient named in the sentence still wins.
TEST_F(RuWireTest, HostsCondolencesAfterMeetingsGoToTheLatestGuest) {
  const std::string meetings =
      "Сначала Реджеп Тайип Эрдоган провёл переговоры с Президентом Ирана Масудом Пезешкианом. "
      "Затем глава государства встретился с Президентом Азербайджана Ильхамом Алиевым. ";
  EXPECT_EQ(Of(meetings + "Эрдоган выразил соболезнования в связи с гибелью людей при пожаре.",
               "ru", "CONDOLENCE"),
            Strings{"TUR>AZE"});
  EXPECT_EQ(
      Of(meetings + "Эрдоган выразил соболезнования Ирану в связи с гибелью людей при пожаре.",
         "ru", "CONDOLENCE"),
      Strings{"TUR>IRN"});
}

}  // namespace
}  // namespace newswire::extract
