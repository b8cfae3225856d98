// Who the actor is (p-actor): a bare office names the story's own office
// holder, a state's story owns its bare ministry, and a relative pronoun
// after a list stands for the whole list. Each rule has its twin that must
// keep the other reading. Invented sentences over the real configs/
// (gazetteer and lexicons).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class ActorRealTest : public testing::RealProbeFixture {
 protected:
  ActorRealTest() : RealProbeFixture("2026-03-12T10:00:00Z") {}
};

// "Der Minister", "La presidenta", "Министр" after the guest spoke: the
// story's own office holder (its most frequent subject), not the last
// speaker; wire copy qualifies the foreign one.
TEST_F(ActorRealTest, BareOfficeNamesTheStorysOwnHolder) {
  EXPECT_EQ(Of("Außenminister Johann Wadephul empfing seinen kenianischen Amtskollegen Musalia "
               "Mudavadi in Berlin. Mudavadi dankte Deutschland für die Hilfe bei der Dürre. "
               "Der Minister lobte die Rolle Kenias im Sudan.",
               "de", "PRAISE"),
            Strings{"DEU>KEN"});
  EXPECT_EQ(Of("La presidenta Claudia Sheinbaum conversó por teléfono con el presidente de "
               "Guatemala, Bernardo Arévalo. Arévalo agradeció a México su solidaridad. La "
               "presidenta felicitó además a Chile por su nuevo gobierno.",
               "es", "CONGRATULATION"),
            Strings{"MEX>CHL"});
  EXPECT_EQ(Of("Сергей Лавров провёл переговоры с главой МИД Турции Хаканом Фиданом. Фидан "
               "поблагодарил Россию за поставки зерна. Министр также осудил удары Израиля по "
               "Ливану.",
               "ru", "CRITICISM"),
            Strings{"RUS>ISR"});
}

// Twin: an office qualified by its state is that state's.
TEST_F(ActorRealTest, QualifiedOfficeKeepsItsState) {
  EXPECT_EQ(Of("Außenminister Johann Wadephul empfing seinen kenianischen Amtskollegen Musalia "
               "Mudavadi in Berlin. Mudavadi dankte Deutschland für die Hilfe bei der Dürre. "
               "Der kenianische Minister lobte die Rolle Deutschlands im Sudan.",
               "de", "PRAISE"),
            Strings{"KEN>DEU"});
  EXPECT_EQ(Of("La presidenta Claudia Sheinbaum conversó por teléfono con el presidente de "
               "Guatemala, Bernardo Arévalo. Arévalo agradeció a México su solidaridad. El "
               "mandatario guatemalteco felicitó además a Chile por su nuevo gobierno.",
               "es", "CONGRATULATION"),
            Strings{"GTM>CHL"});
}

// A story led by a state owns its bare ministry ("Le ministère a remercié"),
// even after a foreign minister spoke; a qualified ministry is its state's.
TEST_F(ActorRealTest, BareMinistryOfAStateLedStory) {
  EXPECT_EQ(Of("La France a convoqué lundi l'ambassadeur d'Iran. Le ministre iranien Abbas "
               "Araghchi a dénoncé une « ingérence » de Paris. Le ministère a remercié Oman pour "
               "sa médiation.",
               "fr", "THANKS"),
            Strings{"FRA>OMN"});
  EXPECT_EQ(Of("La France a convoqué lundi l'ambassadeur d'Iran. Le ministre iranien Abbas "
               "Araghchi a dénoncé une « ingérence » de Paris. Le ministère iranien a remercié "
               "Oman pour sa médiation.",
               "fr", "THANKS"),
            Strings{"IRN>OMN"});
}

// "praised Norway and Canada, which sent ...", "lobte Norwegen und
// Dänemark, die ... geschickt hatten": the relative stands for the list.
TEST_F(ActorRealTest, RelativePronounAfterAListIsTheWholeList) {
  EXPECT_EQ(Of("British Prime Minister Keir Starmer praised Norway and Canada, which sent rescue "
               "teams to Turkey after the earthquake.",
               "en", "AID"),
            Strings{"CAN,NOR>TUR"});
  EXPECT_EQ(Of("Außenminister Johann Wadephul lobte Norwegen und Dänemark, die als erste Länder "
               "Hilfsgüter in den Sudan geschickt hatten.",
               "de", "AID"),
            Strings{"DNK,NOR>SDN"});
  // Twin: a state not coordinated with the antecedent stays out.
  EXPECT_EQ(Of("British Prime Minister Keir Starmer praised Norway for its aid and thanked "
               "Canada, which sent rescue teams to Turkey after the earthquake.",
               "en", "AID"),
            Strings{"CAN>TUR"});
}

// A relative subject pronoun after a list of objects stands for the whole
// list in Spanish and Russian too, whatever the objects' case: the personal
// 'a' ("agradeció a Uruguay y Paraguay, quienes donaron"), the article-led
// 'los cuales' (p-actor2).
TEST_F(ActorRealTest, RelativeAfterAnObjectListInSpanishAndRussian) {
  EXPECT_EQ(Of("El presidente chileno Gabriel Boric elogió a Perú y Bolivia, que enviaron "
               "brigadas de rescate a Ecuador tras el terremoto.",
               "es", "AID"),
            Strings{"BOL,PER>ECU"});
  EXPECT_EQ(Of("La presidenta hondureña agradeció a Taiwán y Corea del Sur, las cuales donaron "
               "medicinas a Honduras.",
               "es", "AID"),
            Strings{"KOR,TWN>HND"});
  EXPECT_EQ(Of("Президент Казахстана Касым-Жомарт Токаев поблагодарил Китай и Индию, которые "
               "направили гуманитарную помощь Афганистану.",
               "ru", "AID"),
            Strings{"CHN,IND>AFG"});
}

// Twin: the object a relative clause speaks of is no new subject of the
// story; the next sentence's dropped subject is still the host's.
TEST_F(ActorRealTest, ObjectRelativeIsNoNewStorySubject) {
  EXPECT_EQ(Of("El presidente colombiano Gustavo Petro se reunió el lunes con el presidente "
               "brasileño, Luiz Inácio Lula da Silva, quien elogió el papel de Colombia en la "
               "región. Después conversó con el primer ministro de Canadá.",
               "es", "MEETING"),
            (Strings{"COL>BRA", "COL>CAN"}));
  EXPECT_EQ(Of("El presidente colombiano Gustavo Petro se reunió el lunes con el presidente "
               "brasileño, Luiz Inácio Lula da Silva, quien elogió el papel de Colombia en la "
               "región.",
               "es", "PRAISE"),
            Strings{"BRA>COL"});
}

// An ", and" clause without a subject right after a relative clause
// resumes the main clause: its actor is the sentence's subject, not the
// relative's antecedent (p-actor2).
TEST_F(ActorRealTest, AndClauseAfterARelativeResumesTheMainClause) {
  EXPECT_EQ(Of("Le président Emmanuel Macron a reçu le Premier ministre indien, qu'il a qualifié "
               "de partenaire essentiel, et remercié le Japon pour son aide.",
               "fr", "THANKS"),
            Strings{"FRA>JPN"});
  // Twin: a clause with its own subject keeps it.
  EXPECT_EQ(Of("Le président Emmanuel Macron a reçu le Premier ministre indien, qu'il a qualifié "
               "de partenaire essentiel, et le Japon a remercié la Corée du Sud pour son aide.",
               "fr", "THANKS"),
            Strings{"JPN>KOR"});
}

}  // namespace
}  // namespace newswire::extract
