// Acts the engine saw and dropped (rec9), rules that hold in every language:
// a sending announced, offered, decided or ordered is aid whatever it
// carries ("a proposé l'envoi d'ingénieurs", "ha ofrecido el envío de
// maquinaria", "kündigte die Entsendung von Statikern an", "offered to send
// engineers", "распорядился направить врачей"); a sentence that reports no
// act and names one state alone ("A cyclone hit Mozambique", "Un huracán
// azotó Honduras") makes that state the scene that later aid and
// condolences without a named recipient go to. Each rule has its twin that
// must keep the other reading. Invented sentences over the real configs/.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class Rec9Test : public testing::RealProbeFixture {
 protected:
  Rec9Test() : RealProbeFixture("2026-03-05T10:00:00Z") {}
};

// The sending is the aid, whatever the items it names.
TEST_F(Rec9Test, AnnouncedOrOfferedSendingIsAidWhateverItCarries) {
  EXPECT_EQ(Of("Un séisme a fait 30 morts au Pérou. Le gouvernement espagnol a proposé l'envoi "
               "d'ingénieurs pour inspecter les écoles.",
               "fr", "AID"),
            Strings{"ESP>PER"});
  EXPECT_EQ(Of("Las lluvias dejaron 30 muertos en Bolivia. El Gobierno de Perú ha ofrecido el "
               "envío de maquinaria pesada.",
               "es", "AID"),
            Strings{"PER>BOL"});
  EXPECT_EQ(Of("Ein Erdbeben forderte in Albanien 20 Tote. Österreich kündigte die Entsendung "
               "eines Teams von Statikern an.",
               "de", "AID"),
            Strings{"AUT>ALB"});
  EXPECT_EQ(Of("A cyclone killed 40 people in Mozambique. Portugal offered to send engineers "
               "and water purification units.",
               "en", "AID"),
            Strings{"PRT>MOZ"});
  EXPECT_EQ(Of("Наводнение унесло жизни 20 человек в Киргизии. Президент Узбекистана "
               "распорядился направить в республику врачей.",
               "ru", "AID"),
            Strings{"UZB>KGZ"});
}

// Twin: the bare noun of sending, or a sending the verb only reports as
// someone else's, stays no aid of its own.
TEST_F(Rec9Test, SendingNotAnnouncedByItsSenderIsNoNewAid) {
  EXPECT_TRUE(
      Of("Le ministre a évoqué l'envoi d'ingénieurs avec son homologue péruvien.", "fr", "AID")
          .empty());
  EXPECT_TRUE(
      Of("The minister asked about the dispatch of engineers to Mozambique.", "en", "AID").empty());
}

// A state a disaster struck, named alone in a sentence without an act, is
// where later aid and condolences go.
TEST_F(Rec9Test, StateStruckInASentenceWithoutActIsTheScene) {
  EXPECT_EQ(Of("A powerful cyclone hit Mozambique on Saturday. Malawi sent blankets and food.",
               "en", "AID"),
            Strings{"MWI>MOZ"});
  EXPECT_EQ(
      Of("Un huracán azotó Honduras el lunes. México envió víveres y medicamentos.", "es", "AID"),
      Strings{"MEX>HND"});
  EXPECT_EQ(Of("Ein schweres Erdbeben hat Albanien erschüttert. Italien schickte Zelte und "
               "Decken.",
               "de", "AID"),
            Strings{"ITA>ALB"});
  EXPECT_EQ(Of("Un cyclone a dévasté Madagascar. Le Japon a envoyé des médicaments.", "fr", "AID"),
            Strings{"JPN>MDG"});
}

// Twin: a sentence naming two states sets no scene; the aid keeps no
// recipient and is dropped.
TEST_F(Rec9Test, SentenceWithTwoStatesSetsNoScene) {
  EXPECT_TRUE(
      Of("Chile and Argentina share a long border. Brazil sent blankets and food.", "en", "AID")
          .empty());
  EXPECT_TRUE(Of("Perú y Bolivia tienen una larga frontera común. Brasil envió mantas y alimentos.",
                 "es", "AID")
                  .empty());
}

// "shares" is also the verb of diplomacy: it does not silence the sentence.
TEST_F(Rec9Test, SharesAsAVerbKeepsTheSentenceDiplomatic) {
  EXPECT_EQ(Of("President Mahama praised Togo for its mediation and said Ghana shares its "
               "neighbour's concern about the border.",
               "en", "PRAISE"),
            Strings{"GHA>TGO"});
}

// Twin: the market's shares still silence a business sentence.
TEST_F(Rec9Test, MarketSharesStillSilenceTheSentence) {
  EXPECT_TRUE(
      Of("Shares rose after Japan praised the carmaker's new plant.", "en", "PRAISE").empty());
}

}  // namespace
}  // namespace newswire::extract
