// German wire copy (r6-de): separable verbs closed by a coordinated verb,
// agentless summons, a visit naming the story's two parties, and a bare
// office said with the title its holder was introduced with (also when the
// headline names the protagonist by that title only). Each rule has its twin
// that must keep the other reading. Invented sentences over the real
// configs/ (gazetteer and lexicons).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class R6GermanWireTest : public testing::RealProbeFixture {
 protected:
  R6GermanWireTest() : RealProbeFixture("2026-03-12T10:00:00Z", "de") {}

  // Like Of(), for an article with a headline.
  Strings WithTitle(const std::string& title, const std::string& text,
                    const std::string& type) const {
    return testing::ParticipantsOf(*testing::RealEngine(), text, "de", type, "2026-03-12T10:00:00Z",
                                   title);
  }
};

// "bestellte ... ein und verurteilte": the particle before a coordinated
// verb closes the separable verb like a comma does.
TEST_F(R6GermanWireTest, SeparableParticleBeforeCoordinatedVerb) {
  EXPECT_EQ(Of("Das lettische Außenministerium bestellte am Freitag den belarussischen "
               "Botschafter ein und verurteilte die Provokationen an der Grenze.",
               "PROTEST"),
            Strings{"LVA>BLR"});
  EXPECT_EQ(Of("Präsident Emmanuel Macron sprach dem Volk von Ecuador sein Beileid aus und "
               "kündigte Hilfe an.",
               "CONDOLENCE"),
            Strings{"FRA>ECU"});
  // Twin: "ein" inside the object ("ein Gutachten und ...") is no particle.
  EXPECT_TRUE(
      Of("Das lettische Außenministerium bestellte ein Gutachten und neue Fahrzeuge.", "PROTEST")
          .empty());
}

// A diplomat summoned without a named agent: the ministry or seat that
// received him is the summoner's.
TEST_F(R6GermanWireTest, AgentlessSummonsByTheReceivingMinistry) {
  EXPECT_EQ(Of("Nach dem Hackerangriff ist der iranische Botschafter am Montag ins Auswärtige "
               "Amt einbestellt worden.",
               "PROTEST"),
            Strings{"DEU>IRN"});
  EXPECT_EQ(Of("The Russian ambassador was summoned to the Foreign Ministry in Warsaw on "
               "Tuesday.",
               "en", "PROTEST"),
            Strings{"POL>RUS"});
  // Twin: a named agent stays the actor.
  EXPECT_EQ(Of("Der iranische Botschafter wurde von Außenministerin Beate Meinl-Reisinger "
               "einbestellt.",
               "PROTEST"),
            Strings{"AUT>IRN"});
}

// A visit before any meeting names the story's two parties, not a third
// party of the headline.
TEST_F(R6GermanWireTest, VisitNamesTheStorysPair) {
  EXPECT_EQ(WithTitle("Cassis in Kenia – Bern übernimmt EU-Sanktionen",
                      "Aussenminister Ignazio Cassis ist am Montag zu einem Besuch in Kenia "
                      "eingetroffen. Am Dienstag wurde der Tessiner von Präsident William Ruto "
                      "empfangen.",
                      "MEETING"),
            Strings{"KEN>CHE"});
  // Twin: after a meeting, a later trip does not replace the pair.
  EXPECT_EQ(WithTitle("Merz empfängt Ruto",
                      "Bundeskanzler Friedrich Merz empfing Präsident William Ruto am Montag im "
                      "Kanzleramt. Am Abend reiste Merz nach Polen weiter. Die beiden "
                      "unterzeichneten zuvor ein Abkommen über Fachkräfte.",
                      "AGREEMENT"),
            Strings{"DEU,KEN>"});
}

// A headline led by a bare office names the holder the text introduces
// with that title; the bare office later is that holder, not the party
// more often a subject.
TEST_F(R6GermanWireTest, BareOfficeWithItsHoldersTitle) {
  const std::string text =
      "Die dänische Ministerpräsidentin Mette Frederiksen ist zu einem Arbeitsbesuch in "
      "Berlin eingetroffen. Bundeskanzler Friedrich Merz empfing seine Amtskollegin am Freitag "
      "im Kanzleramt. Frederiksen lobte Deutschland als engen Partner. Frederiksen dankte "
      "Deutschland für die Hilfe bei der Sicherung der Ostsee. Der Bundeskanzler gratulierte "
      "zudem dem neuen Präsidenten Chiles zu seinem Amtsantritt.";
  EXPECT_EQ(WithTitle("Bundeskanzler empfängt dänische Regierungschefin", text, "CONGRATULATION"),
            Strings{"DEU>CHL"});
  // Twin: two holders introduced with the same title ("Präsident") leave
  // the bare office to the story's salient subject.
  EXPECT_EQ(WithTitle("Präsident Ruto in Accra",
                      "Präsident William Ruto ist zu einem Staatsbesuch in Ghana eingetroffen. "
                      "Präsident John Mahama empfing den Gast am Flughafen. Ruto lobte Ghana "
                      "als Vorbild. Ruto dankte Ghana für die Gastfreundschaft. Der Präsident "
                      "gratulierte zudem dem neuen Präsidenten Chiles zu seinem Amtsantritt.",
                      "CONGRATULATION"),
            Strings{"KEN>CHL"});
}

// A bare office as the object is the story's holder of that office, not a
// party named after it in a complement.
TEST_F(R6GermanWireTest, BareOfficeObjectIsItsHolder) {
  EXPECT_EQ(Of("Bundeskanzler Friedrich Merz hat König Abdullah II. von Jordanien im Kanzleramt "
               "empfangen. Merz dankte dem König für die Aufnahme irakischer Flüchtlinge.",
               "THANKS"),
            Strings{"DEU>JOR"});
  // Twin: the actor is never the office it thanks; the other holder is.
  EXPECT_EQ(Of("Präsident William Ruto empfing Präsident Emmanuel Macron in Nairobi. Macron "
               "dankte dem Präsidenten für die Gastfreundschaft.",
               "THANKS"),
            Strings{"FRA>KEN"});
}

// A fronted dative or accusative phrase names the object; the subject
// follows the verb.
TEST_F(R6GermanWireTest, FrontedObjectBeforeTheVerb) {
  EXPECT_EQ(Of("Dem Volk von Mosambik sprach Bundeskanzler Friedrich Merz sein Mitgefühl aus.",
               "CONDOLENCE"),
            Strings{"DEU>MOZ"});
  EXPECT_EQ(Of("Dem ukrainischen Volk übermittelte Präsident Emmanuel Macron seine "
               "Glückwünsche zum Unabhängigkeitstag.",
               "CONGRATULATION"),
            Strings{"FRA>UKR"});
  // Twin: a nominative opening ("Die Regierung von Mosambik") is the subject.
  EXPECT_EQ(
      Of("Die Regierung von Mosambik dankte Bundeskanzler Friedrich Merz für die Hilfe.", "THANKS"),
      Strings{"MOZ>DEU"});
}

// Naming a party with a positive title is praise; a quote alone is not.
TEST_F(R6GermanWireTest, NamingWithAPositiveTitleIsPraise) {
  EXPECT_EQ(Of("Präsident John Mahama nannte Österreich einen verlässlichen Geldgeber.", "PRAISE"),
            Strings{"GHA>AUT"});
  EXPECT_EQ(
      Of("Präsident John Mahama bezeichnete Norwegen als Vorbild beim Klimaschutz.", "PRAISE"),
      Strings{"GHA>NOR"});
  // Twin: "nannte" with figures only is no evaluation.
  EXPECT_TRUE(Of("Präsident John Mahama nannte Österreich die Zahl der Opfer.", "PRAISE").empty());
  // "Eine Absage erteilen" refuses the act it names.
  EXPECT_TRUE(Of("Einem Beitritt zu den Sanktionen gegen Iran erteilte der Bundesrat eine Absage.",
                 "SANCTION")
                  .empty());
}

// A foreign counterpart keeps a sentence with sports words diplomatic.
TEST_F(R6GermanWireTest, CounterpartKeepsSportsSentenceDiplomatic) {
  EXPECT_EQ(Of("Präsident Kassym-Schomart Tokajew gratulierte seinem usbekischen Amtskollegen "
               "zum Titelgewinn der usbekischen Nationalmannschaft.",
               "CONGRATULATION"),
            Strings{"KAZ>UZB"});
  // Twin: a coach congratulating a team stays sport.
  EXPECT_TRUE(Of("Bundestrainer Julian Nagelsmann gratulierte der usbekischen Nationalmannschaft "
                 "zum Titelgewinn.",
                 "CONGRATULATION")
                  .empty());
}

}  // namespace
}  // namespace newswire::extract
