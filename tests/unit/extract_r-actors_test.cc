// Who the actor and the target are across long wire articles: titles and
// roles with a name in apposition, time words before a verb, several
// meetings in one article, hosts, plural roles, demonstratives. Invented
// sentences over the real configs/ (gazetteer and lexicons); every rule has
// a twin that must keep the old reading.
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

// The engine over the real configs/, loaded once for the suite.
class ActorsRealTest : public testing::RealProbeFixture {
 protected:
  ActorsRealTest() : RealProbeFixture("2025-06-04T10:00:00Z") {}
};

// A name after a comma that belongs to the office's own state is the
// office holder, not a new subject after a pro-drop verb ("A continuación
// conversó con el primer ministro portugués, Luís Montenegro"); a name of
// another state after the comma stays a party of its own.
TEST_F(ActorsRealTest, NameInAppositionToAnOfficeIsItsHolder) {
  const std::string two_meetings =
      "Sánchez se reunió el lunes con el presidente panameño, José Raúl Mulino. A continuación "
      "conversó con el primer ministro portugués, Luís Montenegro.";
  EXPECT_EQ(Of(two_meetings, "es", "MEETING"), (Strings{"ESP>PAN", "ESP>PRT"}));
  EXPECT_EQ(Of("Noboa recibió al presidente de Francia, Emmanuel Macron.", "es", "MEETING"),
            Strings{"ECU>FRA"});
  // Twin: a different state's name after the office is no apposition.
  EXPECT_EQ(Of("Lula se reunió con el primer ministro portugués, Emmanuel Macron y Daniel Noboa.",
               "es", "MEETING"),
            Strings{"BRA>ECU,FRA,PRT"});
}

// A time word right before a verb trigger is an adverb of the act itself
// ("Después conversó con ..."); before a noun it names an act already told
// ("Después de la reunión con ...").
TEST_F(ActorsRealTest, TimeWordBeforeAVerbDoesNotBlockTheAct) {
  EXPECT_EQ(Of("Sánchez se reunió el lunes con Macron. Después conversó con el primer ministro "
               "portugués.",
               "es", "MEETING"),
            (Strings{"ESP>FRA", "ESP>PRT"}));
  // Twin: the noun after "después de" is the known meeting, no new one.
  EXPECT_EQ(Of("Después de la reunión con Macron, Sánchez viajó a Lisboa.", "es", "MEETING"),
            Strings{});
}

// "el anfitrión", "der Gastgeber", "хозяин встречи" are who received the
// latest guest (at a meeting or as the host of a visit), "гостя" that guest;
// with no meeting or visit told, nobody.
TEST_F(ActorsRealTest, HostAndGuestAreThoseOfTheLatestMeetingOrVisit) {
  EXPECT_EQ(Of("El presidente de Paraguay, Santiago Peña, inició una visita de Estado a Uruguay. "
               "Peña agradeció a su anfitrión la hospitalidad.",
               "es", "THANKS"),
            Strings{"PRY>URY"});
  const std::string ru =
      "Президент Узбекистана Шавкат Мирзиёев принял в Ташкенте президента Туркменистана. Хозяин "
      "встречи поблагодарил гостя за поддержку.";
  EXPECT_EQ(Of(ru, "ru", "THANKS"), Strings{"UZB>TKM"});
  // The meeting noun inside the host's title is no second meeting.
  EXPECT_EQ(Of(ru, "ru", "MEETING"), Strings{"UZB>TKM"});
  // Twin: no host known, no act.
  EXPECT_EQ(Of("El anfitrión agradeció el apoyo.", "es", "THANKS"), Strings{});
}

// An object pronoun before the verb is its object: Spanish clitics ("lo
// recibió") and German pronouns before the subject ("wo ihn Tusk empfing").
TEST_F(ActorsRealTest, ObjectPronounBeforeTheVerbIsItsObject) {
  EXPECT_EQ(Of("El presidente de Paraguay, Santiago Peña, inició una visita de Estado a Uruguay. "
               "El presidente uruguayo lo recibió en la Torre Ejecutiva.",
               "es", "MEETING"),
            Strings{"URY>PRY"});
  EXPECT_EQ(Of("Merz ist nach Warschau gereist, wo ihn Ministerpräsident Donald Tusk mit "
               "militärischen Ehren empfing.",
               "de", "MEETING"),
            Strings{"POL>DEU"});
  // Twin: no pronoun, no guest: receiving a medal is no meeting.
  EXPECT_EQ(Of("El presidente uruguayo recibió la medalla en la Torre Ejecutiva.", "es", "MEETING"),
            Strings{});
}

// "Ambos gobiernos" as subject after a host's round of meetings are the host
// and its latest guest; "beider Seiten" as the host's object are its guests;
// "los tres jefes de Estado" after a host received two guests at once are all.
TEST_F(ActorsRealTest, TwoOfARoundOfMeetingsAreTheHostAndItsLatestGuest) {
  EXPECT_EQ(Of("Sánchez recibió al presidente panameño. Después recibió al mandatario ecuatoriano. "
               "Ambos gobiernos firmaron un convenio de cooperación policial.",
               "es", "AGREEMENT"),
            Strings{"ECU,ESP>"});
  EXPECT_EQ(Of("Cassis ist in Genf mit dem armenischen Außenminister zusammengetroffen. "
               "Anschließend führte er Gespräche mit seinem aserbaidschanischen Amtskollegen. "
               "Cassis würdigte die Bereitschaft beider Seiten.",
               "de", "PRAISE"),
            Strings{"CHE>ARM,AZE"});
  EXPECT_EQ(Of("La presidenta Xiomara Castro recibió el martes a los mandatarios de El Salvador y "
               "Guatemala. Los tres jefes de Estado firmaron una declaración conjunta.",
               "es", "AGREEMENT"),
            Strings{"GTM,HND,SLV>"});
}

// The subject a pronoun continues is the subject of the last act, not an
// object standing before a verb-final participle.
TEST_F(ActorsRealTest, PronounContinuesTheActorNotTheObjectBeforeAParticiple) {
  EXPECT_EQ(
      Of("Steinmeier hat den Präsidenten Kenias empfangen. Anschließend traf er den indischen "
         "Premierminister.",
         "de", "MEETING"),
      (Strings{"DEU>KEN", "DEU>IND"}));
}

// A bare title names the latest person holding that office when the last
// subject holds another ("Milei sagte ... Der Kanzler lobte": Merz); a
// title the last subject holds stays with it.
TEST_F(ActorsRealTest, BareTitleNamesTheLatestHolderOfThatOffice) {
  const std::string lead =
      "Merz ist in Argentinien eingetroffen. Milei sagte, Deutschland sei ein unverzichtbarer "
      "Partner. ";
  EXPECT_EQ(
      Of(lead + "Der Kanzler lobte den Reformkurs der argentinischen Regierung.", "de", "PRAISE"),
      (Strings{"ARG>DEU", "DEU>ARG"}));
  EXPECT_EQ(Of(lead + "Der Präsident dankte Deutschland für die Investitionen.", "de", "THANKS"),
            Strings{"ARG>DEU"});
}

// "Por su parte", "For her part", "De son côté", "со своей стороны" pass the
// turn to the party the last act was aimed at; without the marker a bare
// title continues the last subject.
TEST_F(ActorsRealTest, ForItsPartPassesTheTurnToTheOtherParty) {
  const std::string lead = "Petro felicitó a Claudia Sheinbaum por su victoria. ";
  EXPECT_EQ(Of(lead + "Por su parte, la mandataria le agradeció el gesto.", "es", "THANKS"),
            Strings{"MEX>COL"});
  EXPECT_EQ(Of("Petro congratulated Claudia Sheinbaum on her victory. For her part, the president "
               "thanked him for the gesture.",
               "en", "THANKS"),
            Strings{"MEX>COL"});
  // Twins: no marker, or "por otra parte" (no possessive): the last subject.
  EXPECT_EQ(Of(lead + "La mandataria le agradeció el gesto.", "es", "THANKS"), Strings{"COL>MEX"});
  EXPECT_EQ(Of(lead + "Por otra parte, la mandataria le agradeció el gesto.", "es", "THANKS"),
            Strings{"COL>MEX"});
}

// "son invité" is the guest, not an invitation; "a invité son homologue"
// stays one.
TEST_F(ActorsRealTest, HisGuestIsNoInvitation) {
  const std::string text =
      "Le président ivoirien Alassane Ouattara a accueilli son homologue ghanéen John Mahama. "
      "L'hôte a remercié son invité pour le soutien du Ghana.";
  EXPECT_EQ(Of(text, "fr", "THANKS"), Strings{"CIV>GHA"});
  EXPECT_EQ(Of(text, "fr", "INVITATION"), Strings{});
  // Twin: the verb invites.
  EXPECT_EQ(Of("Macron a invité son homologue ghanéen à Paris.", "fr", "INVITATION"),
            Strings{"FRA>GHA"});
}

}  // namespace
}  // namespace newswire::extract
