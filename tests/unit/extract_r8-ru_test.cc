// Russian readouts (r8-ru): the short passive participle without its
// auxiliary ("По итогам переговоров подписан пакет документов"), the
// imperfective reflexive passive ("Обсуждались вопросы сотрудничества"), and
// the interlocutors of a call touching on cooperation ("Собеседники
// затронули ..."). Each rule has its twin that must keep the other reading.
// Invented sentences over the real configs/ (gazetteer and lexicons).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class R8RussianWireTest : public testing::RealProbeFixture {
 protected:
  R8RussianWireTest() : RealProbeFixture("2026-04-14T10:00:00Z", "ru") {}
};

// A short passive participle with nobody before it is a passive: the signing
// after the talks is the pair's, with or without "был", in any gender/number.
TEST_F(R8RussianWireTest, ShortPassiveParticipleWithoutAuxiliary) {
  EXPECT_EQ(Of("Президент Сербии Александар Вучич провёл переговоры с Президентом Венгрии. "
               "По итогам встречи подписаны шесть соглашений о сотрудничестве.",
               "AGREEMENT"),
            Strings{"HUN,SRB>"});
  EXPECT_EQ(Of("Премьер-министр Монголии встретился в Астане с Президентом Казахстана. "
               "В присутствии лидеров подписана программа экономического партнёрства.",
               "AGREEMENT"),
            Strings{"KAZ,MNG>"});
  // Twin: the same verb form with its subject before it is that subject's.
  EXPECT_EQ(Of("Президент Сербии Александар Вучич провёл переговоры с Президентом Венгрии. "
               "Сербия и Китай подписали соглашение о свободной торговле.",
               "AGREEMENT"),
            Strings{"CHN,SRB>"});
}

// An impersonal reflexive passive of discussing cooperation belongs to the
// parties of the talks; "Собеседники" are those parties.
TEST_F(R8RussianWireTest, ReflexivePassiveAndInterlocutorsDiscussCooperation) {
  EXPECT_EQ(Of("Министр иностранных дел России Сергей Лавров провёл переговоры с министром "
               "иностранных дел Египта. Обсуждались вопросы взаимодействия в энергетике.",
               "COOPERATION"),
            Strings{"EGY,RUS>"});
  EXPECT_EQ(Of("Президент Узбекистана провёл телефонный разговор с Президентом Казахстана. "
               "Собеседники затронули вопросы сотрудничества в транспортной сфере.",
               "COOPERATION"),
            Strings{"KAZ,UZB>"});
  // Twin: discussing something that is not cooperation is no act.
  EXPECT_TRUE(Of("Президент Узбекистана провёл телефонный разговор с Президентом Казахстана. "
                 "Собеседники затронули вопросы погоды в регионе.",
                 "COOPERATION")
                  .empty());
}

}  // namespace
}  // namespace newswire::extract
