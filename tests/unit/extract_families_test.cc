// Trigger families of CRITICISM, VISIT, AID and THANKS across inflections,
// tenses and nominal forms in the five languages, and the rules that keep
// them precise: qualifying verbs need negative words, accusation nouns and
// denials are no criticism, a refusal governs a comma-cut infinitive, and
// Russian impersonal plurals ("В X осудили") take the institution as author.
// Invented sentences over the repository's lexicons and the tiny in-test
// gazetteer (extract_test_support.h).
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class FamiliesTest : public testing::ProbeFixture {
 protected:
  FamiliesTest() : ProbeFixture("2025-03-14T09:00:00Z") {}
};

TEST_F(FamiliesTest, CriticismVerbsInAllForms) {
  EXPECT_EQ(Of("Macron lambasted Serbia over the border closure.", "en", "CRITICISM"),
            Strings{"FRA>SRB"});
  EXPECT_EQ(Of("Macron deplored Serbia's crackdown.", "en", "CRITICISM"), Strings{"FRA>SRB"});
  EXPECT_EQ(Of("Macron rebuked Serbia.", "en", "CRITICISM"), Strings{"FRA>SRB"});
  EXPECT_EQ(Of("Frankreich und Deutschland kritisieren Serbien.", "de", "CRITICISM"),
            Strings{"DEU,FRA>SRB"});
  EXPECT_EQ(Of("Scholz wirft Serbien vor, die Grenze geschlossen zu haben.", "de", "CRITICISM"),
            Strings{"DEU>SRB"});
  EXPECT_EQ(Of("Scholz rügte Serbien scharf.", "de", "CRITICISM"), Strings{"DEU>SRB"});
  EXPECT_EQ(Of("Macron a stigmatisé la Serbie.", "fr", "CRITICISM"), Strings{"FRA>SRB"});
  EXPECT_EQ(Of("Macron tildó a Serbia de irresponsable.", "es", "CRITICISM"), Strings{"FRA>SRB"});
  EXPECT_EQ(Of("Путин назвал действия Сербии незаконными.", "ru", "CRITICISM"), Strings{"RUS>SRB"});
}

TEST_F(FamiliesTest, QualifyingVerbsNeedNegativeWords) {
  EXPECT_EQ(Of("Macron called Serbia's decision illegal and unacceptable.", "en", "CRITICISM"),
            Strings{"FRA>SRB"});
  // Positive qualification: no criticism, and the praise after it stays free.
  EXPECT_TRUE(Of("Scholz sprach von einem neuen Kapitel mit Serbien.", "de", "CRITICISM").empty());
  // "called" as a phone call gives way to the act it serves.
  EXPECT_TRUE(Of("Macron called Aliyev to congratulate him.", "en", "CRITICISM").empty());
  EXPECT_EQ(Of("Macron called Aliyev to congratulate him.", "en", "CONGRATULATION").size(), 1u);
  EXPECT_EQ(Of("Russia called Serbia's measures \"a gross interference\".", "en", "CRITICISM"),
            Strings{"RUS>SRB"});
  // A phone call after a disaster is no qualification.
  EXPECT_TRUE(Of("Macron called Aliyev after the deadly crash.", "en", "CRITICISM").empty());
  EXPECT_EQ(Of("Scholz nannte die Entscheidung Serbiens „inakzeptabel“.", "de", "CRITICISM").size(),
            1u);
  // Naming figures of a disaster is no qualification.
  EXPECT_TRUE(
      Of("Scholz nannte am Montag die Zahl der Todesopfer in Serbien.", "de", "CRITICISM").empty());
  // An appeal is no qualification.
  EXPECT_TRUE(Of("Macron called on Serbia to end its aggression.", "en", "CRITICISM").empty());
}

TEST_F(FamiliesTest, AccusationNounsAndDenialsAreNoCriticism) {
  EXPECT_TRUE(Of("Serbia rejected the accusation as baseless.", "en", "CRITICISM").empty());
  EXPECT_TRUE(Of("Serbien wies die Vorwürfe als unbegründet zurück.", "de", "CRITICISM").empty());
  EXPECT_TRUE(Of("Serbia rechazó las acusaciones de Francia.", "es", "CRITICISM").empty());
}

TEST_F(FamiliesTest, RefusalGovernsACommaCutInfinitive) {
  EXPECT_TRUE(Of("Macron vermied es, die Entscheidung Serbiens öffentlich zu kritisieren.", "de",
                 "CRITICISM")
                  .empty());
  EXPECT_EQ(
      Of("Macron begann, die Entscheidung Serbiens öffentlich zu kritisieren.", "de", "CRITICISM")
          .size(),
      1u);
}

TEST_F(FamiliesTest, CriticisedDeedOfThePartyTheCriticLastActedOn) {
  // The critic was the last subject: "the manoeuvres" are its previous target's.
  EXPECT_EQ(Of("Francia presentó una protesta ante Serbia por unas maniobras militares.\n"
               "Macron calificó las maniobras de «provocación inaceptable».",
               "es", "CRITICISM"),
            Strings{"FRA>SRB"});
}

TEST_F(FamiliesTest, QualifyingTheProtestedActIsTheProtest) {
  const std::string text =
      "France lodged a protest with Serbia over a post by its consul, which it called "
      "\"unacceptable\".";
  EXPECT_EQ(Of(text, "en", "PROTEST"), Strings{"FRA>SRB"});
  EXPECT_TRUE(Of(text, "en", "CRITICISM").empty());
  // Without the protest the qualification is a criticism.
  EXPECT_EQ(
      Of("France called the post by Serbia's consul \"unacceptable\".", "en", "CRITICISM").size(),
      1u);
}

TEST_F(FamiliesTest, NegationInsideASplitPredicateCancels) {
  EXPECT_TRUE(
      Of("Scholz warf Serbien nicht vor, die Grenze geschlossen zu haben.", "de", "CRITICISM")
          .empty());
  EXPECT_TRUE(
      Of("Zur Lage in Serbien äußerte sich Scholz öffentlich nicht kritisch.", "de", "CRITICISM")
          .empty());
  EXPECT_EQ(
      Of("Zur Lage in Serbien äußerte sich Scholz öffentlich sehr kritisch.", "de", "CRITICISM")
          .size(),
      1u);
}

TEST_F(FamiliesTest, RussianImpersonalPluralTakesTheInstitution) {
  EXPECT_EQ(Of("В России осудили решение Сербии.", "ru", "CRITICISM"), Strings{"RUS>SRB"});
  EXPECT_EQ(Of("В России раскритиковали Сербию за решение.", "ru", "CRITICISM").size(), 1u);
  // Without a plural verb "в России" stays a place and names no author.
  EXPECT_TRUE(Of("В России было принято решение.", "ru", "CRITICISM").empty());
}

TEST_F(FamiliesTest, AWeekdayIsItsPrepositionsOwnObject) {
  // "Во вторник" does not make the subject after it a place.
  EXPECT_EQ(Of("Во вторник глава России принял президента Белоруссии.", "ru", "MEETING"),
            Strings{"RUS>BLR"});
  // A place after the date stays a place: "в Москве" is no participant.
  EXPECT_EQ(Of("Во вторник в Москве Путин принял президента Белоруссии.", "ru", "MEETING"),
            Strings{"RUS>BLR"});
}

TEST_F(FamiliesTest, AFrontedPlaceIsNotPartOfTheNameAfterIt) {
  EXPECT_EQ(Of("In Moscow President Putin met Lukashenko on Monday.", "en", "MEETING"),
            Strings{"RUS>BLR"});
  // An adjective before a role still merges: "Belarusian President".
  EXPECT_EQ(Of("Putin met the Belarusian President on Monday.", "en", "MEETING"),
            Strings{"RUS>BLR"});
}

TEST_F(FamiliesTest, VisitVerbsInAllLanguages) {
  EXPECT_EQ(Of("Macron flew to Serbia on Monday.", "en", "VISIT"), Strings{"FRA>SRB"});
  EXPECT_EQ(Of("Macron landed in Serbia on Monday.", "en", "VISIT"), Strings{"FRA>SRB"});
  EXPECT_EQ(Of("Am Montag flog Scholz weiter nach Serbien.", "de", "VISIT"), Strings{"DEU>SRB"});
  EXPECT_EQ(Of("Scholz weilte am Montag in Serbien.", "de", "VISIT"), Strings{"DEU>SRB"});
  EXPECT_EQ(Of("Macron a atterri en Serbie lundi.", "fr", "VISIT"), Strings{"FRA>SRB"});
  EXPECT_EQ(Of("Macron aterrizó en Serbia el lunes.", "es", "VISIT"), Strings{"FRA>SRB"});
  EXPECT_EQ(Of("Путин побывал в Сербии.", "ru", "VISIT"), Strings{"RUS>SRB"});
}

TEST_F(FamiliesTest, AttendingAbroadIsAVisitButNeedsAHost) {
  EXPECT_EQ(Of("Macron attended the inauguration in Serbia on Sunday.", "en", "VISIT"),
            Strings{"FRA>SRB"});
  EXPECT_EQ(Of("Scholz nahm am Sonntag am Gipfel in Serbien teil.", "de", "VISIT"),
            Strings{"DEU>SRB"});
  // At home there is no host: no visit.
  EXPECT_TRUE(Of("Macron attended a ceremony in France.", "en", "VISIT").empty());
  // Attending talks is the meeting only.
  EXPECT_TRUE(Of("Scholz nahm an den Gesprächen mit Aliyev teil.", "de", "VISIT").empty());
  EXPECT_EQ(Of("Scholz nahm an den Gesprächen mit Aliyev teil.", "de", "MEETING").size(), 1u);
}

TEST_F(FamiliesTest, AidVerbsAndNounsInAllLanguages) {
  EXPECT_EQ(Of("Deutschland stellte Serbien zehn Millionen Euro zur Verfügung.", "de", "AID"),
            Strings{"DEU>SRB"});
  EXPECT_EQ(Of("France provided 5 million euros to Serbia.", "en", "AID"), Strings{"FRA>SRB"});
  EXPECT_EQ(Of("La France a fait don de vaccins à la Serbie.", "fr", "AID"), Strings{"FRA>SRB"});
  EXPECT_EQ(Of("Francia otorgó 5 millones de euros a Serbia.", "es", "AID"), Strings{"FRA>SRB"});
  EXPECT_EQ(Of("Россия направила Сербии груз медикаментов.", "ru", "AID"), Strings{"RUS>SRB"});
}

TEST_F(FamiliesTest, AidAskedForIsNoAid) {
  EXPECT_TRUE(Of("Serbia requested assistance from France after the floods.", "en", "AID").empty());
  EXPECT_EQ(Of("France sent assistance to Serbia after the floods.", "en", "AID"),
            Strings{"FRA>SRB"});
  // Help as the means ("mit Hilfe von", "unter Mithilfe") is no aid given.
  EXPECT_TRUE(Of("Serbien baute die Brücke mit Hilfe von Frankreich.", "de", "AID").empty());
  EXPECT_TRUE(Of("Serbien baute die Brücke unter Mithilfe von Frankreich.", "de", "AID").empty());
  EXPECT_EQ(Of("Frankreich unterstützte Serbien mit humanitärer Hilfe.", "de", "AID"),
            Strings{"FRA>SRB"});
}

TEST_F(FamiliesTest, ThanksFormsAndThanksToIsNoThanks) {
  EXPECT_EQ(Of("Macron a tenu à remercier la Serbie.", "fr", "THANKS"), Strings{"FRA>SRB"});
  EXPECT_EQ(Of("Macron se mostró agradecido con Serbia.", "es", "THANKS"), Strings{"FRA>SRB"});
  EXPECT_EQ(Of("Frankreich und Serbien sprachen Deutschland ihren Dank aus.", "de", "THANKS"),
            Strings{"FRA,SRB>DEU"});
  EXPECT_TRUE(Of("Thanks to Serbia, Macron met Aliyev.", "en", "THANKS").empty());
}

}  // namespace
}  // namespace newswire::extract
