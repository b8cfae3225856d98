// German agency copy and readouts (r9-de): greeting a guest is receiving
// him, verb-final talks in a subordinate clause, a meeting clause going on
// after "und". Each rule has its twin that must keep the other reading.
// Invented sentences over the real configs/ (gazetteer and lexicons).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class R9GermanWireTest : public testing::RealProbeFixture {
 protected:
  R9GermanWireTest() : RealProbeFixture("2026-09-17T10:00:00Z", "de") {}
};

// "hat den Präsidenten ... mit militärischen Ehren begrüßt", "hieß ...
// willkommen": the host receives the guest (MEETING), no praise.
TEST_F(R9GermanWireTest, GreetingAGuestIsReceivingHim) {
  EXPECT_EQ(Of("Bundeskanzler Friedrich Merz hat den brasilianischen Präsidenten Lula am "
               "Montag vor dem Kanzleramt mit militärischen Ehren begrüßt.",
               "MEETING"),
            Strings{"DEU>BRA"});
  EXPECT_EQ(Of("Bundeskanzler Friedrich Merz hat den brasilianischen Präsidenten Lula am "
               "Montag vor dem Kanzleramt mit militärischen Ehren begrüßt.",
               "PRAISE"),
            Strings{});
  EXPECT_EQ(Of("Am Abend hieß der polnische Präsident Karol Nawrocki den finnischen "
               "Staatschef Alexander Stubb in Warschau willkommen.",
               "MEETING"),
            Strings{"POL>FIN"});
  // Twin: welcoming a decision stays praise, and no meeting.
  EXPECT_EQ(
      Of("Merz begrüßte die Entscheidung Brasiliens, das Abkommen zu ratifizieren.", "PRAISE"),
      Strings{"DEU>BRA"});
  EXPECT_EQ(
      Of("Merz begrüßte die Entscheidung Brasiliens, das Abkommen zu ratifizieren.", "MEETING"),
      Strings{});
}

// "..., wo er mit Präsident X sprach": talks with a verb-final "sprach"
// after the partner are a meeting; "sprach von" is none.
TEST_F(R9GermanWireTest, VerbFinalTalksInSubordinateClause) {
  EXPECT_EQ(Of("Am Dienstag reiste Wadephul nach Litauen weiter, wo er in Vilnius mit "
               "Präsident Gitanas Nausėda über die Ostflanke sprach.",
               "MEETING"),
            Strings{"DEU>LTU"});
  // Twin: "mit ... sprach" not closing its clause is no verb-final talk.
  EXPECT_EQ(Of("Mit Blick auf Litauen sprach Wadephul von einer ernsten Lage.", "MEETING"),
            Strings{});
}

// "kam ... mit X zusammen und sagte ... zu": the meeting's clause goes on
// after "und"; "zusammen mit" (together with) stays no meeting.
TEST_F(R9GermanWireTest, MeetingClauseGoingOnAfterUnd) {
  EXPECT_EQ(Of("Am Rande der Konferenz kam Wadephul mit dem georgischen Außenminister "
               "zusammen und lud ihn nach Berlin ein.",
               "MEETING"),
            Strings{"DEU>GEO"});
  // Twin: "zusammen mit" is company, not a meeting.
  EXPECT_EQ(Of("Wadephul kam zusammen mit dem georgischen Außenminister in Brüssel an.", "MEETING"),
            Strings{});
}

// Private people are no state: thanks to customers or volunteers named
// behind adverbials, or by relatives of victims, are no diplomatic act; a
// fronted dative of the bereaved still receives condolences.
TEST_F(R9GermanWireTest, PrivatePeopleAreNoState) {
  EXPECT_EQ(Of("Der Ministerpräsident dankte am Abend in einer Rede auch den freiwilligen Helfern "
               "aus Österreich für ihren Einsatz.",
               "THANKS"),
            Strings{});
  EXPECT_EQ(Of("Die Angehörigen der Geiseln dankten der katarischen Regierung für ihre "
               "Vermittlung.",
               "THANKS"),
            Strings{});
  EXPECT_EQ(Of("The relatives of the hostages thanked Qatar for its mediation.", "en", "THANKS"),
            Strings{});
  // Twins: a state thanked behind the same adverbials, and condolences to
  // the bereaved put first, keep their parties.
  EXPECT_EQ(Of("Der polnische Ministerpräsident dankte am Abend in einer Rede auch Österreich für "
               "die Hilfe.",
               "THANKS"),
            Strings{"POL>AUT"});
  EXPECT_EQ(Of("Den Angehörigen der Opfer des Erdbebens in der Türkei sprach Merz sein Beileid "
               "aus.",
               "CONDOLENCE"),
            Strings{"DEU>TUR"});
}

// Evaluative reported speech with a kindred title ("X sei ... ein Freund und
// Schlüsselpartner", "ein Vorbild", "ein verlässlicher Verbündeter") is
// praise, like "sei ... Partner".
TEST_F(R9GermanWireTest, ReportedSpeechTitlesArePraise) {
  EXPECT_EQ(Of("Brasilien sei für Deutschland ein Freund und Schlüsselpartner in Südamerika, "
               "sagte Merz.",
               "PRAISE")
                .size(),
            1u);
  EXPECT_EQ(
      Of("Lula sagte, Deutschland sei für Brasilien ein Vorbild bei der Ausbildung.", "PRAISE")
          .size(),
      1u);
  // Twin: a negative assessment in reported speech is no praise.
  EXPECT_EQ(Of("Die Lage sei für Brasilien ein schwerer Rückschlag, sagte Merz.", "PRAISE"),
            Strings{});
}

// A junta or military regime in a state is that state's; a junta named
// without its state stays nobody's (no state invented from the noun).
TEST_F(R9GermanWireTest, JuntaInAStateIsThatState) {
  EXPECT_EQ(Of("Wadephul verurteilte die Luftangriffe der Militärjunta in Myanmar auf Schulen.",
               "CRITICISM"),
            Strings{"DEU>MMR"});
  // Twin: without "in <state>" the junta names no target.
  EXPECT_EQ(Of("Wadephul verurteilte die Luftangriffe der Militärjunta auf Schulen.", "CRITICISM"),
            Strings{"DEU>"});
}

}  // namespace
}  // namespace newswire::extract
