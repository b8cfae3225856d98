// Bare home offices (p-grp10): an unqualified "Le chef de l'État", "das
// Staatsoberhaupt", "the head of state", "el jefe de Estado" under a capital
// dateline names the dateline state's holder, not a guest the headline is
// about. Each test has a twin that must keep the old reading. Invented
// sentences over the real configs/ (gazetteer and lexicons).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class GroupsP10RealTest : public testing::RealProbeFixture {
 protected:
  GroupsP10RealTest() : RealProbeFixture("2026-05-20T12:00:00Z") {}

  Strings Titled(const std::string& title, const std::string& text, const std::string& lang,
                 const std::string& type) const {
    return testing::ParticipantsOf(*testing::RealEngine(), text, lang, type, "2026-05-20T12:00:00Z",
                                   title);
  }
};

// The guest leads the headline and is named as subject as often as the host;
// the unqualified office is still the host's (the dateline's state).
TEST_F(GroupsP10RealTest, BareHomeOfficeUnderCapitalDatelineIsTheHost) {
  EXPECT_EQ(Titled("Le président angolais João Lourenço reçu à Abidjan",
                   "ABIDJAN, 19 mai (AFP) - Le président ivoirien Alassane Ouattara a reçu mardi "
                   "son homologue angolais João Lourenço. João Lourenço a salué le dynamisme de "
                   "l'économie ivoirienne. Le chef de l'État a par ailleurs présenté ses "
                   "condoléances au Népal après un glissement de terrain.",
                   "fr", "CONDOLENCE"),
            Strings{"CIV>NPL"});
  EXPECT_EQ(Titled("Chilenischer Präsident zu Gast in Prag",
                   "PRAG, 19. Mai (dpa) – Der tschechische Präsident Petr Pavel hat den "
                   "chilenischen Präsidenten Gabriel Boric auf der Prager Burg empfangen. Boric "
                   "dankte Tschechien für die Unterstützung. Das Staatsoberhaupt gratulierte "
                   "zudem Portugal zum Nationalfeiertag.",
                   "de", "CONGRATULATION"),
            Strings{"CZE>PRT"});
  // Twin: without a dateline the guest the headline leads with keeps the
  // unqualified office on a tie.
  EXPECT_EQ(Titled("Chilenischer Präsident zu Gast in Prag",
                   "Der tschechische Präsident Petr Pavel hat den chilenischen Präsidenten "
                   "Gabriel Boric auf der Prager Burg empfangen. Boric dankte Tschechien für "
                   "die Unterstützung. Das Staatsoberhaupt gratulierte zudem Portugal zum "
                   "Nationalfeiertag.",
                   "de", "CONGRATULATION"),
            Strings{"CHL>PRT"});
}

// Twin: a travelling reporter's dateline yields to the visitor the story
// follows, named as subject again and again.
TEST_F(GroupsP10RealTest, TravellingVisitorNamedMoreOftenKeepsTheBareOffice) {
  EXPECT_EQ(Titled("Albanese in Tokyo",
                   "TOKYO, May 19 (AAP) - Prime Minister Anthony Albanese arrived in Tokyo on "
                   "Tuesday for a three-day visit. Albanese met Japanese Prime Minister Sanae "
                   "Takaichi. Albanese praised Japan's role in the region. Albanese also "
                   "thanked Japan for its help after the floods. The prime minister later "
                   "congratulated Portugal on its national day.",
                   "en", "CONGRATULATION"),
            Strings{"AUS>PRT"});
}

// A numbered group of states ("les trois pays", "the three countries", "die
// drei Staaten", "los tres países") is the latest that many states named.
TEST_F(GroupsP10RealTest, NumberedGroupIsTheLatestStatesNamed) {
  EXPECT_EQ(Titled("",
                   "L'Italie et l'Espagne ont salué la décision de la Grèce. Les trois pays "
                   "ont ensuite annoncé des sanctions contre la Biélorussie.",
                   "fr", "SANCTION"),
            Strings{"ESP,GRC,ITA>BLR"});
  EXPECT_EQ(Titled("",
                   "Poland and Sweden voiced support for Finland on Monday. The three "
                   "countries later imposed sanctions on Belarus.",
                   "en", "SANCTION"),
            Strings{"FIN,POL,SWE>BLR"});
  EXPECT_EQ(Titled("",
                   "Chile y Perú expresaron su apoyo a Colombia. Los tres países condenaron "
                   "después el ataque de Venezuela.",
                   "es", "CRITICISM"),
            Strings{"CHL,COL,PER>VEN"});
  // Twin: set off by a comma it restates the list of its own sentence.
  EXPECT_EQ(Titled("",
                   "Spanien hatte Marokko kritisiert. Die EU schickte Hilfe nach Kuba, "
                   "Jamaika und Haiti, die drei Staaten, die am stärksten betroffen waren.",
                   "de", "AID"),
            Strings{"EU>CUB,HTI,JAM"});
}

}  // namespace
}  // namespace newswire::extract
