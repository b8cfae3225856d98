// Russian wire copy and readouts (r9-ru): a protest note handed to the envoy
// just summoned restates the summons while an expulsion is another act; a
// plural verb after a fronted nominal act takes its coordinated subjects
// after it; a guest received by an office holder in the passive; the
// speaker of evaluative reported speech praises the party the "что" clause
// is about. Each rule has its twin that must keep the other reading.
// Invented sentences over the real configs/ (gazetteer and lexicons).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class R9RussianWireTest : public testing::RealProbeFixture {
 protected:
  R9RussianWireTest() : RealProbeFixture("2026-06-10T10:00:00Z", "ru") {}
};

// "Ему был заявлен протест", "которому вручили ноту протеста", "ему
// выразили протест" after a summons are that summons, told once.
TEST_F(R9RussianWireTest, ProtestNoteToTheSummonedEnvoyRestatesTheSummons) {
  EXPECT_EQ(Of("МИД Азербайджана в понедельник вызвал посла Франции. Ему была вручена нота "
               "протеста в связи с заявлениями французских депутатов.",
               "PROTEST"),
            Strings{"AZE>FRA"});
  EXPECT_EQ(Of("В МИД Казахстана был вызван временный поверенный в делах Литвы, которому "
               "выразили решительный протест.",
               "PROTEST"),
            Strings{"KAZ>LTU"});
  // Twin: a note handed to another state's envoy is another protest.
  EXPECT_EQ(Of("МИД Азербайджана в понедельник вызвал посла Франции. Нота протеста была "
               "вручена также послу Бельгии.",
               "PROTEST"),
            (Strings{"AZE>FRA", "AZE>BEL"}));
}

// Declaring a diplomat persona non grata right after the summons is a second
// act; a repeated expulsion is still one.
TEST_F(R9RussianWireTest, ExpulsionAfterSummonsIsAnotherProtest) {
  EXPECT_EQ(Of("МИД Литвы вызвал временного поверенного в делах Белоруссии. Вильнюс также "
               "объявил персоной нон грата сотрудника белорусского посольства.",
               "PROTEST"),
            (Strings{"LTU>BLR", "LTU>BLR"}));
  // Twin: the expulsion told twice is one act.
  EXPECT_EQ(Of("Вильнюс объявил персоной нон грата сотрудника белорусского посольства. "
               "Литва также выслала этого белорусского дипломата.",
               "PROTEST"),
            Strings{"LTU>BLR"});
}

// "Гуманитарные грузы в республику также отправили Китай и Индия": the
// plural verb after the fronted aid takes both donors as its subject.
TEST_F(R9RussianWireTest, InvertedPluralSubjectsAfterFrontedAid) {
  EXPECT_EQ(Of("Землетрясение разрушило десятки деревень в Непале. Гуманитарные грузы в "
               "республику также отправили Япония и Корея.",
               "AID"),
            Strings{"JPN,KOR>NPL"});
  // Twin: a singular verb keeps the second state as the recipient.
  EXPECT_EQ(Of("Гуманитарный груз отправила Япония в Непал.", "AID"), Strings{"JPN>NPL"});
}

// A guest received by a vice-premier, a deputy minister or an office holder
// named in the instrumental after his state.
TEST_F(R9RussianWireTest, GuestReceivedByOfficeHolderInThePassive) {
  EXPECT_EQ(
      Of("Глава МИД Египта был принят первым вице-премьером России Денисом Мантуровым.", "MEETING"),
      Strings{"RUS>EGY"});
  EXPECT_EQ(Of("Министр иностранных дел Китая был принят председателем Госсовета КНДР Ким "
               "Чен Ыном.",
               "MEETING"),
            Strings{"PRK>CHN"});
  // Twin: a document adopted by a parliament or president is no meeting.
  EXPECT_TRUE(Of("Закон был принят парламентом Египта.", "MEETING").empty());
  EXPECT_TRUE(Of("Документ был принят президентом Египта.", "MEETING").empty());
}

// "Мирзиёев отметил, что Беларусь стала для Ташкента «надёжным партнёром»":
// the speaker praises Belarus, also right after Belarus praised Uzbekistan.
TEST_F(R9RussianWireTest, ReportedPartnerPraiseIsTheSpeakers) {
  const std::string text =
      "Лукашенко назвал Узбекистан «настоящим другом Беларуси». Мирзиёев, в свою очередь, "
      "отметил, что Беларусь стала для Ташкента «надёжным партнёром».";
  EXPECT_EQ(Of(text, "PRAISE"), (Strings{"BLR>UZB", "UZB>BLR"}));
  EXPECT_EQ(Of("Президент Азербайджана отметил, что Россия является одним из ключевых "
               "партнёров Баку.",
               "PRAISE"),
            Strings{"AZE>RUS"});
  // Twin: a partnership treaty is no praise.
  EXPECT_TRUE(Of("Беларусь и Узбекистан подписали договор о стратегическом партнёрстве.", "PRAISE")
                  .empty());
}

// Official invective as the qualification of "назвали": "экономическим
// терроризмом", "варварством" are negative, the fight against terrorism in
// a praise is not a criticism.
TEST_F(R9RussianWireTest, InvectiveQualificationIsCriticism) {
  EXPECT_EQ(Of("США ввели санкции против Ирана. В Тегеране назвали эти меры «экономическим "
               "терроризмом».",
               "CRITICISM"),
            Strings{"IRN>USA"});
  // Twin: a partner in the fight against terrorism is praised.
  EXPECT_TRUE(Of("Президент России назвал Египет «надёжным партнёром в борьбе с "
                 "международным терроризмом».",
                 "CRITICISM")
                  .empty());
}

// The "shadow fleet" sanctioned is Russia's ("ввела санкции против 30 судов
// так называемого «теневого флота»").
TEST_F(R9RussianWireTest, ShadowFleetSanctionedIsRussias) {
  EXPECT_EQ(
      Of("Канада ввела санкции против 20 судов так называемого «теневого флота».", "SANCTION"),
      Strings{"CAN>RUS"});
  // Twin: naming the fleet is no act by itself.
  EXPECT_TRUE(Of("Танкер теневого флота прошёл Датские проливы.", "SANCTION").empty());
}

}  // namespace
}  // namespace newswire::extract
