// Sentence structure that lost or mis-assigned events (r5-struct): reduced
// passives (a participle's agent after an act with nobody before it),
// sources of messages and teams named as a list of capitals or states, and
// the agents coordinated with a sanction's author. Each rule has its twin
// that must keep the other reading. Invented sentences over the real
// configs/ (gazetteer and lexicons).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class StructureRealTest : public testing::RealProbeFixture {
 protected:
  StructureRealTest() : RealProbeFixture("2026-03-12T10:00:00Z") {}
};

// "The sanctions, adopted by X and Y, hit ...": the participle's agents are
// the actors (all of them), the rest the targets; a German participle
// attribute carries its "von" agent before the noun.
TEST_F(StructureRealTest, ReducedPassiveAgentActs) {
  EXPECT_EQ(Of("The sanctions, adopted by Tokyo and Seoul on Friday, hit four Russian banks.", "en",
               "SANCTION"),
            Strings{"JPN,KOR>RUS"});
  EXPECT_EQ(Of("Les sanctions annoncées par Ottawa contre Caracas visent six ministres.", "fr",
               "SANCTION"),
            Strings{"CAN>VEN"});
  EXPECT_EQ(
      Of("Die von Canberra gegen Moskau verhängten Sanktionen gelten ab Juli.", "de", "SANCTION"),
      Strings{"AUS>RUS"});
  // Twin: an act noun with its agent right after it is no passive: the
  // place of what it judges stays the target.
  EXPECT_EQ(Of("La condamnation par le Ghana du coup d'État au Burkina Faso a été rapide.", "fr",
               "CRITICISM"),
            Strings{"GHA>BFA"});
}

// Messages and teams "from" a list of capitals or states come from all of
// them; a list of places where something happened is no source.
TEST_F(StructureRealTest, SourceListAuthorsTheMessage) {
  EXPECT_EQ(Of("Condolences poured in from Madrid, Lisbon and Rome after the floods in Greece.",
               "en", "CONDOLENCE"),
            Strings{"ESP,ITA,PRT>GRC"});
  EXPECT_EQ(Of("Соболезнования в связи с наводнением в Греции поступили из Вены, Праги и Варшавы.",
               "ru", "CONDOLENCE"),
            Strings{"AUT,CZE,POL>GRC"});
  EXPECT_EQ(Of("Rettungsteams aus Österreich und Ungarn trafen in Albanien ein.", "de", "AID"),
            Strings{"AUT,HUN>ALB"});
  // A message word the lexicon reads as a verb takes its source too.
  EXPECT_EQ(Of("Messages of congratulation to the new Chilean president poured in from Lima, "
               "Quito and Bogotá.",
               "en", "CONGRATULATION"),
            Strings{"COL,ECU,PER>CHL"});
  // Twins: places listed after "in" stay places; an invitation "from"
  // someone to visit is no visit of the inviter.
  EXPECT_EQ(Of("The Japanese prime minister expressed condolences after the floods in Valencia, "
               "Murcia and Seville.",
               "en", "CONDOLENCE"),
            Strings{"JPN>ESP"});
  EXPECT_EQ(Of("Fiji's prime minister accepted an invitation from Prime Minister Christopher "
               "Luxon to visit Wellington in May.",
               "en", "VISIT"),
            Strings{});
  // A verb with nobody before it takes no "de" owner as its author.
  EXPECT_EQ(Of("También agradeció el apoyo de Japón.", "es", "THANKS"), Strings{});
}

// Messages arriving right after a verb of arrival are the act, and the
// arrival is no visit; a named traveller arriving with aid still visits.
TEST_F(StructureRealTest, ArrivingMessagesAreNoVisit) {
  const std::string de =
      "Aus Wien, Prag und Budapest trafen Beileidsbekundungen nach dem Erdbeben in Albanien ein.";
  EXPECT_EQ(Of(de, "de", "CONDOLENCE"), Strings{"AUT,CZE,HUN>ALB"});
  EXPECT_EQ(Of(de, "de", "VISIT"), Strings{});
  EXPECT_EQ(Of("Desde Madrid, Lisboa y Roma llegaron mensajes de condolencia tras el terremoto "
               "en Ecuador.",
               "es", "CONDOLENCE"),
            Strings{"ESP,ITA,PRT>ECU"});
  // Twin: a traveller named.
  EXPECT_EQ(Of("Der französische Präsident traf mit Hilfsgütern in Beirut ein.", "de", "VISIT"),
            Strings{"FRA>LBN"});
}

// Rescuers named with the state they come from are its aid team; domestic
// rescuers are nobody's aid.
TEST_F(StructureRealTest, RescuersFromAStateAreItsAid) {
  const std::string ru = "Спасатели из Армении прибыли в Иран.";
  EXPECT_EQ(Of(ru, "ru", "AID"), Strings{"ARM>IRN"});
  EXPECT_EQ(Of(ru, "ru", "VISIT"), Strings{});
  // Twin: domestic rescuers.
  EXPECT_EQ(Of("Спасатели МЧС прибыли на место обрушения в Иране.", "ru", "AID"), Strings{});
}

// A dative recipient between the support verb and its noun is the target
// ("выразил Венгрии признательность"); the predicative adjective is still a
// verb of thanks.
TEST_F(StructureRealTest, DativeBeforeThanksNoun) {
  EXPECT_EQ(
      Of("Премьер-министр Сербии выразил Венгрии признательность за поддержку.", "ru", "THANKS"),
      Strings{"SRB>HUN"});
  // Twin: the adjective.
  EXPECT_EQ(Of("Президент Сербии признателен Венгрии за поддержку.", "ru", "THANKS"),
            Strings{"SRB>HUN"});
}

// The stated purpose of a summons is the summons itself (the guidelines:
// the summons is the act), not a criticism of its own.
TEST_F(StructureRealTest, SummonsPurposeIsNoSecondAct) {
  const std::string fr =
      "Rome a convoqué l'ambassadeur de Russie pour dénoncer l'expulsion de deux journalistes.";
  EXPECT_EQ(Of(fr, "fr", "PROTEST"), Strings{"ITA>RUS"});
  EXPECT_EQ(Of(fr, "fr", "CRITICISM"), Strings{});
  EXPECT_EQ(Of("Lima convocó al embajador de México para condenar las declaraciones de su "
               "presidente.",
               "es", "CRITICISM"),
            Strings{});
  // Twin: a criticism coordinated after the summons is an act of its own.
  EXPECT_EQ(Of("Rome a convoqué l'ambassadeur de Russie et a dénoncé l'expulsion de deux "
               "journalistes.",
               "fr", "CRITICISM"),
            Strings{"ITA>RUS"});
}

// A fronted participle phrase ending in a place is no apposition of the
// office after its comma: that office is the subject.
TEST_F(StructureRealTest, FrontedPlaceIsNoApposition) {
  EXPECT_EQ(Of("Speaking in Lusaka, the Zambian president thanked Ireland for the grant.", "en",
               "THANKS"),
            Strings{"ZMB>IRL"});
  // Twin: an unnamed speaker after a fronted capital is still its state's.
  EXPECT_EQ(
      Of("In Lusaka, a government spokesperson thanked Ireland for the grant.", "en", "THANKS"),
      Strings{"ZMB>IRL"});
}

// A second act coordinated after "and" + its own verb does not take the
// first verb's object as its own; German participles at the end of the
// clause share the objects before them.
TEST_F(StructureRealTest, SecondVerbKeepsItsOwnObject) {
  EXPECT_EQ(Of("Президент Узбекистана поблагодарил Китай за кредит и выразил соболезнования "
               "Непалу в связи с землетрясением.",
               "ru", "CONDOLENCE"),
            Strings{"UZB>NPL"});
  EXPECT_EQ(Of("The Chilean president thanked Peru for its help and offered Ecuador his "
               "condolences.",
               "en", "CONDOLENCE"),
            Strings{"CHL>ECU"});
  // Twins: a dative before the noun without an earlier verb, and German
  // coordinated participles.
  EXPECT_EQ(Of("Президент Узбекистана выразил Непалу соболезнования в связи с землетрясением.",
               "ru", "CONDOLENCE"),
            Strings{"UZB>NPL"});
  EXPECT_EQ(Of("Die Bundesregierung hatte Chile zum Nationalfeiertag gratuliert und zwei "
               "Millionen Euro Hilfe zugesagt.",
               "de", "AID"),
            Strings{"DEU>CHL"});
}

}  // namespace
}  // namespace newswire::extract
