// German agency copy and readouts (r7-de): the main clause resumed by
// ", und" after a relative clause (every language), attributes coordinated
// inside a thanked-for noun, and recalling an ambassador in the present and
// the infinitive. Each rule has its twin that must keep the other reading.
// Invented sentences over the real configs/ (gazetteer and lexicons).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class R7GermanWireTest : public testing::RealProbeFixture {
 protected:
  R7GermanWireTest() : RealProbeFixture("2026-03-12T10:00:00Z", "de") {}
};

// "lobte die Rolle Omans, das ... vermittelt habe, und lud ... ein": the verb
// after the relative clause's closing ", und" is the main subject's, also when
// the relative clause hangs on an object and names other states.
TEST_F(R7GermanWireTest, AndAfterRelativeClauseResumesMainSubject) {
  EXPECT_EQ(Of("Wadephul lobte die Vermittlung Omans, das zwischen Iran und den USA Gespräche "
               "ermöglicht habe, und lud den omanischen Außenminister nach Berlin ein.",
               "INVITATION"),
            Strings{"DEU>OMN"});
  EXPECT_EQ(Of("Meloni würdigte die Rolle Ägyptens bei den Verhandlungen, die Israel und die "
               "Hamas an einen Tisch gebracht hätten, und sagte Ägypten weitere Hilfe zu.",
               "AID"),
            Strings{"ITA>EGY"});
  EXPECT_EQ(Of("Barrot a salué le rôle du Qatar, qui a facilité la libération des otages, et a "
               "annoncé une aide de dix millions d'euros au Liban.",
               "fr", "AID"),
            Strings{"FRA>LBN"});
  // Twin: a clause after ", und" with its own subject keeps it.
  EXPECT_EQ(Of("Wadephul lobte die Vermittlung Omans, das zwischen Iran und den USA Gespräche "
               "ermöglicht habe, und Katar lud den omanischen Außenminister nach Doha ein.",
               "INVITATION"),
            Strings{"QAT>OMN"});
}

// A German relative pronoun opening the sentence's subject clause: the verb
// after its closing comma is the antecedent's, and a name inside the
// relative clause is none of its parties.
TEST_F(R7GermanWireTest, SubjectRelativeClauseClosedByTheMainVerb) {
  const std::string text =
      "Der kenianische Präsident William Ruto, der am Sonntag in Kairo eingetroffen war, "
      "kritisierte Ruanda scharf.";
  EXPECT_EQ(Of(text, "CRITICISM"), Strings{"KEN>RWA"});
  // Twin: the act inside the relative clause is still the antecedent's.
  EXPECT_EQ(Of("Merz empfing Ruto, der sich für die Hilfe bedankte.", "THANKS"),
            Strings{"KEN>DEU"});
}

// "dankte ... für die „rasche und großzügige“ Hilfe": the two attributes of
// the thanked-for aid are no second act.
TEST_F(R7GermanWireTest, CoordinatedAttributesOfAThankedNoun) {
  const std::string text =
      "Präsident Hakainde Hichilema dankte Südafrika und Namibia für die „rasche und "
      "großzügige“ Hilfe.";
  EXPECT_EQ(Of(text, "THANKS"), Strings{"ZMB>NAM,ZAF"});
  EXPECT_TRUE(Of(text, "AID").empty());
  EXPECT_TRUE(Of("König Abdullah bedankte sich für die langjährige deutsche Unterstützung bei "
                 "der Versorgung der Flüchtlinge.",
                 "AID")
                  .empty());
  // Twin: "und" + a verb of its own is a second act.
  EXPECT_EQ(Of("Präsident Hakainde Hichilema dankte Südafrika für die Einladung und schickte "
               "Zelte nach Malawi.",
               "AID"),
            Strings{"ZMB>MWI"});
}

// Recalling one's ambassador in the present and the infinitive.
TEST_F(R7GermanWireTest, RecallInPresentAndInfinitive) {
  EXPECT_EQ(Of("Auch Tschechien ruft seinen Botschafter aus Minsk zurück.", "PROTEST"),
            Strings{"CZE>BLR"});
  EXPECT_EQ(Of("Österreich will seine Botschafterin in Belarus zu Konsultationen zurückrufen.",
               "PROTEST"),
            Strings{"AUT>BLR"});
  EXPECT_EQ(Of("Lithuania decided to recall its ambassador from Beijing.", "en", "PROTEST"),
            Strings{"LTU>CHN"});
  EXPECT_EQ(Of("La Belgique a décidé de rappeler son ambassadeur en Iran.", "fr", "PROTEST"),
            Strings{"BEL>IRN"});
  // Twin: a refused recall is none.
  EXPECT_TRUE(Of("Die Slowakei lehnte es ab, ihren Botschafter aus Minsk zurückzurufen.", "PROTEST")
                  .empty());
}

// Condolences said to "his counterpart" go to the counterpart's state, not to
// a place an earlier sentence of the readout named.
TEST_F(R7GermanWireTest, CondolencesToTheCounterpartNotToAnEarlierPlace) {
  const std::string lead =
      "Präsident Recep Tayyip Erdoğan hat den aserbaidschanischen Präsidenten Ilham Alijew in "
      "Ankara empfangen. Die beiden erörterten auch die Lage in Syrien. ";
  EXPECT_EQ(Of(lead + "Erdoğan sprach seinem Amtskollegen sein Mitgefühl zu den Opfern der "
                      "Überschwemmungen aus.",
               "CONDOLENCE"),
            Strings{"TUR>AZE"});
  EXPECT_EQ(Of("Putin received the Turkish president in Sochi. They discussed the situation in "
               "Syria. Putin expressed his condolences to his counterpart over the floods.",
               "en", "CONDOLENCE"),
            Strings{"RUS>TUR"});
  // Twin: condolences without an addressee still go to the latest place.
  EXPECT_EQ(Of(lead + "Erdoğan sprach den Opfern der Kämpfe sein Mitgefühl aus.", "CONDOLENCE"),
            Strings{"TUR>SYR"});
}

}  // namespace
}  // namespace newswire::extract
