// Guests and hosts of a reception named by a codeless word (p-guest): the
// guest in every case of the German noun and as the visitor ("den Gast",
// "the visitor", "le visiteur", "el visitante", "гостем"), the host in
// Russian and English plural ("хозяина", "his hosts"). Each resolves to the
// party the story's reception established; the twins keep a named state
// and the other party. Invented sentences over the real configs/.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class GuestRealTest : public testing::RealProbeFixture {
 protected:
  GuestRealTest() : RealProbeFixture("2026-03-12T10:00:00Z") {}
};

// The object "den Gast"/"le visiteur"/"el visitante": the guest received.
TEST_F(GuestRealTest, GuestWordAsObjectIsTheGuest) {
  EXPECT_EQ(Of("Bundespräsident Frank-Walter Steinmeier hat am Mittwoch den finnischen "
               "Präsidenten Alexander Stubb in Berlin empfangen. Steinmeier lobte den Gast "
               "für die Hilfe an die Ukraine.",
               "de", "PRAISE"),
            Strings{"DEU>FIN"});
  EXPECT_EQ(Of("Le président ivoirien Alassane Ouattara a reçu mercredi le président ghanéen "
               "John Mahama à Abidjan. Ouattara a félicité le visiteur pour la victoire du "
               "Ghana contre le Nigeria.",
               "fr", "CONGRATULATION"),
            Strings{"CIV>GHA"});
  EXPECT_EQ(Of("El presidente chileno, Gabriel Boric, recibió este miércoles en Santiago al "
               "presidente argentino, Javier Milei. Boric felicitó al visitante por el acuerdo "
               "con Brasil.",
               "es", "CONGRATULATION"),
            Strings{"CHL>ARG"});
}

// Twin: a state named as the object stays that state.
TEST_F(GuestRealTest, NamedObjectAfterReceptionStaysNamed) {
  EXPECT_EQ(Of("Bundespräsident Frank-Walter Steinmeier hat am Mittwoch den finnischen "
               "Präsidenten Alexander Stubb in Berlin empfangen. Steinmeier lobte Estland "
               "für die Hilfe an die Ukraine.",
               "de", "PRAISE"),
            Strings{"DEU>EST"});
}

// The subject "the visitor"/"el visitante"/"le visiteur" thanks the host;
// the pronoun object of the thanks is the host.
TEST_F(GuestRealTest, VisitorThanksHostByPronoun) {
  EXPECT_EQ(Of("Kenyan President William Ruto received Ugandan President Yoweri Museveni in "
               "Nairobi on Wednesday. The visitor thanked him for the warm welcome.",
               "en", "THANKS"),
            Strings{"UGA>KEN"});
  EXPECT_EQ(Of("El presidente del Gobierno español, Pedro Sánchez, recibió este miércoles en "
               "Madrid al presidente colombiano, Gustavo Petro. El visitante le agradeció la "
               "hospitalidad.",
               "es", "THANKS"),
            Strings{"COL>ESP"});
  EXPECT_EQ(Of("Le président Emmanuel Macron a reçu mercredi à Paris son homologue brésilien "
               "Luiz Inácio Lula da Silva. Le visiteur l'a remercié pour son accueil.",
               "fr", "THANKS"),
            Strings{"BRA>FRA"});
}

// Twin: the host thanking by name keeps its own direction.
TEST_F(GuestRealTest, HostThanksGuestByName) {
  EXPECT_EQ(Of("Kenyan President William Ruto received Ugandan President Yoweri Museveni in "
               "Nairobi on Wednesday. Ruto thanked Uganda for its troops in Somalia.",
               "en", "THANKS"),
            Strings{"KEN>UGA"});
}

// Russian: "хозяина"/"гостем" in other cases than the nominative/accusative.
TEST_F(GuestRealTest, RussianHostAndGuestCases) {
  EXPECT_EQ(Of("Президент Белоруссии Александр Лукашенко в среду принял в Минске "
               "премьер-министра Армении Никола Пашиняна. Гость поблагодарил хозяина за "
               "гостеприимство.",
               "ru", "THANKS"),
            Strings{"ARM>BLR"});
}
// Thanks addressed to rescue or relief workers are no thanks to a state,
// whoever was met before ("thanked the rescue workers", "agradeció a los
// rescatistas", "a remercié les secouristes", "поблагодарил спасателей").
TEST_F(GuestRealTest, ThanksToReliefWorkersIsNoStateThanks) {
  EXPECT_EQ(Of("Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi "
               "on Wednesday. Ruto later thanked the rescue workers deployed to the flooded "
               "areas of Kisumu.",
               "en", "THANKS"),
            Strings{});
  EXPECT_EQ(Of("El presidente chileno Gabriel Boric se reunió el miércoles con el presidente "
               "argentino Javier Milei en Santiago. Boric agradeció también a los rescatistas "
               "que trabajan en Valparaíso.",
               "es", "THANKS"),
            Strings{});
  EXPECT_EQ(Of("Le président Emmanuel Macron a reçu mercredi le président ghanéen John Mahama. "
               "Macron a ensuite remercié les secouristes mobilisés à Mayotte.",
               "fr", "THANKS"),
            Strings{});
  EXPECT_EQ(Of("Президент России Владимир Путин в среду принял в Кремле президента Казахстана "
               "Касым-Жомарта Токаева. Затем Путин поблагодарил спасателей, работавших в "
               "Дагестане.",
               "ru", "THANKS"),
            Strings{});
}

// Twin: thanks to a state for its deployed troops stay that state's.
TEST_F(GuestRealTest, ThanksToStateForItsTroopsStays) {
  EXPECT_EQ(Of("Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi "
               "on Wednesday. Ruto later thanked Uganda for the troops deployed to Somalia.",
               "en", "THANKS"),
            Strings{"KEN>UGA"});
}
}  // namespace
}  // namespace newswire::extract
