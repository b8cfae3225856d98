// German wire copy (r-de): verb forms, word order and phrasing of dpa/AFP-style
// German reports. Each rule has its twin that must keep the old reading.
// Invented sentences over the repository's lexicons: the tiny in-test
// gazetteer (extract_test_support.h), or the real configs/ where an
// organisation or a state the fake one lacks is needed.
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "extract/engine.h"
#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class GermanWireTest : public testing::ProbeFixture {
 protected:
  GermanWireTest() : ProbeFixture("2025-03-14T10:00:00Z") {}
};

// The engine over the real configs/ (gazetteer and lexicons), loaded once.
class GermanWireRealTest : public testing::RealProbeFixture {
 protected:
  GermanWireRealTest() : RealProbeFixture("2025-03-14T10:00:00Z", "de") {}
};

// A clause-final "nicht" negates the verb-second predicate and the act named
// before it; a second predicate after a comma keeps the first act.
TEST_F(GermanWireTest, ClauseFinalNichtNegatesTheAct) {
  EXPECT_EQ(Of("Öffentliche Kritik an Russland äußerte Scholz dagegen nicht.", "de", "CRITICISM"),
            Strings{});
  EXPECT_EQ(Of("Scholz kritisierte Russland, lobte Frankreich aber nicht.", "de", "CRITICISM"),
            Strings{"DEU>RUS"});
}

// Perfekt participles of meeting and condolence verbs ("hat ... telefoniert",
// "ist ... zusammengekommen", "hat ... kondoliert"); negated, no event.
TEST_F(GermanWireRealTest, PerfektParticiplesOfMeetingsAndCondolences) {
  EXPECT_EQ(Of("Scholz hat am Donnerstag mit Macron telefoniert.", "MEETING"), Strings{"DEU>FRA"});
  EXPECT_EQ(Of("Scholz ist in Berlin mit Macron zusammengekommen.", "MEETING"), Strings{"DEU>FRA"});
  EXPECT_EQ(
      Of("Nach dem Zugunglück hat Aliyev dem serbischen Präsidenten kondoliert.", "CONDOLENCE"),
      Strings{"AZE>SRB"});
  EXPECT_EQ(Of("Scholz hat am Donnerstag nicht mit Macron telefoniert.", "MEETING"), Strings{});
}

// A pledge to send help as a zu-infinitive ("kündigte an, ... zu entsenden"),
// a verb-final "geschickt"; refused or negated, no aid.
TEST_F(GermanWireTest, SendingHelpInInfinitiveAndParticiple) {
  EXPECT_EQ(Of("Deutschland kündigte an, ein Rettungsteam nach Serbien zu entsenden.", "de", "AID"),
            Strings{"DEU>SRB"});
  EXPECT_EQ(Of("Deutschland hatte Pumpen und Zelte nach Serbien geschickt.", "de", "AID"),
            Strings{"DEU>SRB"});
  EXPECT_EQ(
      Of("Deutschland lehnte es ab, ein Rettungsteam nach Serbien zu entsenden.", "de", "AID"),
      Strings{});
  EXPECT_EQ(Of("Deutschland hatte keine Zelte nach Serbien geschickt.", "de", "AID"), Strings{});
}

// "kamen überein, enger zusammenzuarbeiten" is cooperation; refused, none.
TEST_F(GermanWireTest, AgreedToWorkTogetherInfinitive) {
  EXPECT_EQ(Of("Aserbaidschan und Serbien kamen überein, in der Energiepolitik enger "
               "zusammenzuarbeiten.",
               "de", "COOPERATION"),
            Strings{"AZE,SRB>"});
  EXPECT_EQ(Of("Serbien lehnte es ab, mit Aserbaidschan in der Energiepolitik enger "
               "zusammenzuarbeiten.",
               "de", "COOPERATION"),
            Strings{});
}

// Persona non grata in German words; negated, none.
TEST_F(GermanWireRealTest, UnwantedPersonIsAProtest) {
  EXPECT_EQ(Of("Russland hat einen französischen Diplomaten zur unerwünschten Person erklärt.",
               "PROTEST"),
            Strings{"RUS>FRA"});
  EXPECT_EQ(Of("Russland hat den französischen Diplomaten nicht zur unerwünschten Person erklärt.",
               "PROTEST"),
            Strings{});
}

// Adopting another party's sanctions, entry bans and suspending visa-free
// travel are sanctions; refusing to join them or not adopting them is none.
TEST_F(GermanWireRealTest, AdoptedSanctionsEntryBansAndVisaSuspension) {
  EXPECT_EQ(Of("Die Schweiz schloss sich den Sanktionen gegen Russland an.", "SANCTION"),
            Strings{"CHE>RUS"});
  EXPECT_EQ(Of("Kanada verhängte Einreiseverbote gegen iranische Funktionäre.", "SANCTION"),
            Strings{"CAN>IRN"});
  EXPECT_EQ(
      Of("In Brüssel setzte die EU die Visafreiheit für georgische Diplomaten aus.", "SANCTION"),
      Strings{"EU>GEO"});
  EXPECT_EQ(
      Of("Serbien lehnte es ab, sich den Sanktionen gegen Russland anzuschließen.", "SANCTION"),
      Strings{});
  EXPECT_EQ(Of("Die Einreiseverbote gegen iranische Funktionäre übernimmt die Schweiz vorerst "
               "nicht.",
               "SANCTION"),
            Strings{});
}

// A sports association is no state, whatever adjective names its country.
TEST_F(GermanWireRealTest, SportsAssociationIsNoActor) {
  EXPECT_EQ(Of("Der französische Verband kritisierte Russland scharf.", "CRITICISM"), Strings{});
  EXPECT_EQ(Of("Die französische Regierung kritisierte Russland scharf.", "CRITICISM"),
            Strings{"FRA>RUS"});
}

// A modal or future auxiliary with a meeting infinitive is a plan; the
// perfect is the meeting.
TEST_F(GermanWireTest, PlannedMeetingIsNoMeeting) {
  EXPECT_EQ(Of("Macron soll am Donnerstag in Berlin mit Scholz zusammentreffen.", "de", "MEETING"),
            Strings{});
  EXPECT_EQ(Of("Macron ist am Donnerstag in Berlin mit Scholz zusammengetroffen.", "de", "MEETING"),
            Strings{"FRA>DEU"});
}

// An act that failed did not happen.
TEST_F(GermanWireTest, FailedActIsNoAct) {
  EXPECT_EQ(Of("Eine Verurteilung Russlands durch Frankreich scheiterte am Widerstand Serbiens.",
               "de", "CRITICISM"),
            Strings{});
  EXPECT_EQ(Of("Frankreich verurteilte Russland scharf.", "de", "CRITICISM"), Strings{"FRA>RUS"});
}

// "telefonierte mit X, um ihm sein Beileid auszusprechen": the call is the
// means of the purpose clause; a call about a topic stays a meeting.
TEST_F(GermanWireTest, CallWithPurposeClauseIsThePurposeOnly) {
  const std::string call =
      "Aliyev telefonierte mit Lukaschenko, um ihm sein Beileid auszusprechen.";
  EXPECT_EQ(Of(call, "de", "MEETING"), Strings{});
  EXPECT_EQ(Of(call, "de", "CONDOLENCE"), Strings{"AZE>BLR"});
  EXPECT_EQ(Of("Aliyev telefonierte mit Lukaschenko, um über die Energiepolitik zu sprechen.", "de",
               "MEETING"),
            Strings{"AZE>BLR"});
}

// An organisation heading a compound that names a gathering ("G20-Gipfel")
// is the occasion, not a party; heading a role ("NATO-Generalsekretär") it acts.
TEST_F(GermanWireRealTest, SummitCompoundNamesTheOccasion) {
  EXPECT_EQ(Of("Am Rande des G20-Gipfels führte Macron Gespräche mit dem indischen "
               "Premierminister Modi.",
               "MEETING"),
            Strings{"FRA>IND"});
  EXPECT_EQ(Of("NATO-Generalsekretär Mark Rutte traf am Montag den finnischen Präsidenten "
               "Alexander Stubb.",
               "MEETING"),
            Strings{"NATO>FIN"});
}

// Aid goods arriving are no visit, even with sender and load in between; a
// traveller named after the aid arrives.
TEST_F(GermanWireRealTest, ArrivingShipmentIsNoVisit) {
  const std::string shipment =
      "Eine Hilfslieferung Deutschlands mit 100 Tonnen Lebensmitteln und Medikamenten ist in "
      "Serbien eingetroffen.";
  EXPECT_EQ(Of(shipment, "VISIT"), Strings{});
  EXPECT_EQ(Of(shipment, "AID"), Strings{"DEU>SRB"});
  EXPECT_EQ(Of("Nach der Zusage von Hilfe für die Flutopfer ist Scholz in Serbien eingetroffen.",
               "VISIT"),
            Strings{"DEU>SRB"});
}

// Discussing the expansion of ties is cooperation; talking about the ties
// alone is not.
TEST_F(GermanWireTest, ExpandingTiesIsCooperation) {
  EXPECT_EQ(Of("Aliyev und Lukaschenko erörterten den Ausbau der Handels- und "
               "Verkehrsverbindungen.",
               "de", "COOPERATION"),
            Strings{"AZE,BLR>"});
  EXPECT_EQ(Of("Aliyev und Lukaschenko sprachen über die Handelsbeziehungen.", "de", "COOPERATION"),
            Strings{});
}

// Impersonal "man" after a meeting is the two sides.
TEST_F(GermanWireTest, ImpersonalManIsTheTwoSides) {
  EXPECT_EQ(Of("Aliyev empfing Lukaschenko in Baku. Man kam überein, in der Landwirtschaft enger "
               "zusammenzuarbeiten.",
               "de", "COOPERATION"),
            Strings{"AZE,BLR>"});
  EXPECT_EQ(
      Of("Aliyev empfing Lukaschenko in Baku. Man sprach über das Wetter.", "de", "COOPERATION"),
      Strings{});
}

// "im Süden Serbiens" is a place phrase: aid sent to the affected region goes
// there; a genitive state after an ordinary noun stays its owner.
TEST_F(GermanWireRealTest, RegionNounWithGenitiveStateIsAPlace) {
  EXPECT_EQ(Of("Aliyev sprach den Angehörigen der Opfer des Erdbebens im Süden Serbiens sein "
               "Beileid aus; Aserbaidschan werde Zelte in die betroffene Region schicken, kündigte "
               "er an.",
               "AID"),
            Strings{"AZE>SRB"});
  EXPECT_EQ(Of("Aliyev lobte die Reformen Serbiens.", "PRAISE"), Strings{"AZE>SRB"});
}

// A German criticism with nobody criticised is kept only when it condemns
// violence; criticising traders or an ownerless policy is no diplomatic act.
TEST_F(GermanWireTest, TargetlessCriticismNeedsViolence) {
  EXPECT_EQ(
      Of("Serbien kritisierte Händler, die die Preise für Reis erhöht hatten.", "de", "CRITICISM"),
      Strings{});
  EXPECT_EQ(Of("Serbien verurteilte den Anschlag auf eine Moschee scharf.", "de", "CRITICISM"),
            Strings{"SRB>"});
}

// The remaining tenses of each trigger family: Perfekt "gedankt",
// "beglückwünscht", Präsens "weist ... aus", the purpose infinitive "zu
// gratulieren", "rief seinen Botschafter zurück"; scheduled acts are none.
TEST_F(GermanWireTest, RemainingTensesOfTriggerFamilies) {
  EXPECT_EQ(Of("Aliyev hat Lukaschenko für die Traktoren gedankt.", "de", "THANKS"),
            Strings{"AZE>BLR"});
  EXPECT_EQ(Of("Macron hat Scholz zu seinem Wahlsieg beglückwünscht.", "de", "CONGRATULATION"),
            Strings{"FRA>DEU"});
  EXPECT_EQ(Of("Putin rief Aliyev an, um ihm zum Nationalfeiertag zu gratulieren.", "de",
               "CONGRATULATION"),
            Strings{"RUS>AZE"});
  EXPECT_EQ(Of("Frankreich weist den Botschafter von Russland aus.", "de", "PROTEST").size(), 1u);
  EXPECT_EQ(Of("Serbien rief seinen Botschafter aus Russland zurück.", "de", "PROTEST").size(), 1u);
  EXPECT_EQ(Of("Für Donnerstag ist ein Treffen von Macron mit Scholz vorgesehen.", "de", "MEETING"),
            Strings{});
  EXPECT_EQ(Of("Am Montag wird Macron in Berlin von Scholz empfangen.", "de", "MEETING"),
            Strings{});
  EXPECT_EQ(Of("Am Montag wurde Macron in Berlin von Scholz empfangen.", "de", "MEETING"),
            Strings{"DEU>FRA"});
}

// Aid said to come in addition ("zudem") in the next sentence is another
// contribution, not a restatement; a rescue team arriving is aid, no visit.
TEST_F(GermanWireTest, AdditionalAidAndRescueTeams) {
  EXPECT_EQ(Of("Deutschland entsandte ein Rettungsteam nach Serbien. Deutschland stellte "
               "Serbien zudem zwei Millionen Euro bereit.",
               "de", "AID"),
            (Strings{"DEU>SRB", "DEU>SRB"}));
  EXPECT_EQ(Of("Deutschland entsandte ein Rettungsteam nach Serbien. Deutschland stellte "
               "Serbien das Team für zwei Wochen bereit.",
               "de", "AID"),
            (Strings{"DEU>SRB"}));
  const std::string team = "Ein Rettungsteam aus Deutschland ist in Serbien eingetroffen.";
  EXPECT_EQ(Of(team, "de", "AID"), Strings{"DEU>SRB"});
  EXPECT_EQ(Of(team, "de", "VISIT"), Strings{});
}

// Thanks addressed to helpers (non-state) are domestic, whoever was named
// before; thanks to a state stay.
TEST_F(GermanWireTest, ThanksToHelpersIsNoDiplomaticAct) {
  EXPECT_EQ(Of("Aliyev empfing Lukaschenko. Aliyev sprach zudem den freiwilligen Helfern seinen "
               "Dank aus.",
               "de", "THANKS"),
            Strings{});
  EXPECT_EQ(Of("Aliyev empfing Lukaschenko. Aliyev sprach zudem Belarus seinen Dank aus.", "de",
               "THANKS"),
            Strings{"AZE>BLR"});
}

// Sending a message ("schickte ein Beileidstelegramm an X", verb-final "hat
// ... geschickt") is the message's act, not aid; goods sent stay aid, and so
// does aid offered in another coordinated predicate.
TEST_F(GermanWireTest, SendingAMessageIsNoAid) {
  const std::string first = "Aliyev schickte ein Beileidstelegramm an Lukaschenko.";
  EXPECT_EQ(Of(first, "de", "AID"), Strings{});
  EXPECT_EQ(Of(first, "de", "CONDOLENCE"), Strings{"AZE>BLR"});
  const std::string last = "Aliyev hat ein Beileidstelegramm an Lukaschenko geschickt.";
  EXPECT_EQ(Of(last, "de", "AID"), Strings{});
  EXPECT_EQ(Of(last, "de", "CONDOLENCE"), Strings{"AZE>BLR"});
  EXPECT_EQ(Of("Aliyev schickte Zelte und Decken nach Belarus.", "de", "AID"), Strings{"AZE>BLR"});
}

}  // namespace
}  // namespace newswire::extract
