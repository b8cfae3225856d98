// Who the participants are (r4-part): the subject of a clause whose act was
// refused, and offices the gazetteer must know so that the title gives the
// state. Each rule has its twin that must keep the other reading. Invented
// sentences over the real configs/ (gazetteer and lexicons).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class ParticipantsRealTest : public testing::RealProbeFixture {
 protected:
  ParticipantsRealTest() : RealProbeFixture("2026-03-12T10:00:00Z") {}
};

// A refused act still has its subject before the refusal: the state named
// after it (the one not criticised) is not who "He"/"Il"/"Он" is next.
TEST_F(ParticipantsRealTest, RefusedActKeepsItsSubjectForThePronounAfter) {
  EXPECT_EQ(Of("South African President Cyril Ramaphosa declined to criticise Washington "
               "over the new US tariffs on citrus, saying talks were continuing. "
               "He also thanked Norway for its support to the peace talks.",
               "en", "THANKS"),
            Strings{"ZAF>NOR"});
  EXPECT_EQ(Of("Le président Emmanuel Macron a refusé de critiquer Washington au sujet des "
               "droits de douane américains sur le vin. Il a par ailleurs remercié le Japon "
               "pour son aide.",
               "fr", "THANKS"),
            Strings{"FRA>JPN"});
  // Twin: a new named subject after the refusal acts itself.
  EXPECT_EQ(Of("South African President Cyril Ramaphosa declined to criticise Washington "
               "over the new US tariffs on citrus. Kenyan President William Ruto thanked "
               "Norway for its support to the peace talks.",
               "en", "THANKS"),
            Strings{"KEN>NOR"});
}

// A German "zu" infinitive cut off by a comma has no subject of its own: the
// state inside it ("Budapest ... zu kritisieren") is no new speaker.
TEST_F(ParticipantsRealTest, RefusedGermanInfinitiveHasNoSubjectOfItsOwn) {
  EXPECT_EQ(Of("Bundeskanzler Friedrich Merz lehnte es ab, Budapest wegen der Grenzkontrollen "
               "zu kritisieren. Er dankte Katar für die Vermittlung.",
               "de", "THANKS"),
            Strings{"DEU>QAT"});
  // Twin: a named subject in the next sentence.
  EXPECT_EQ(Of("Bundeskanzler Friedrich Merz lehnte es ab, Budapest wegen der Grenzkontrollen "
               "zu kritisieren. Österreichs Bundeskanzler Christian Stocker dankte Katar für "
               "die Vermittlung.",
               "de", "THANKS"),
            Strings{"AUT>QAT"});
}

// Commonwealth states call their ambassadors high commissioners: the
// possessive gives the state, as for "Nigeria's ambassador".
TEST_F(ParticipantsRealTest, HighCommissionerIsAnAmbassador) {
  EXPECT_EQ(Of("Kenya's High Commissioner in Pretoria praised South Africa for its mediation.",
               "en", "PRAISE"),
            Strings{"KEN>ZAF"});
  // Twin: a state owning an unknown capitalised name is still no actor.
  EXPECT_EQ(Of("Kenya's Safaricom praised South Africa for its mediation.", "en", "PRAISE"),
            Strings{});
}

// In German wire copy the bare "Bundesrat" acting abroad is the Swiss
// Federal Council (like "Federal Council", "Conseil fédéral").
TEST_F(ParticipantsRealTest, BundesratIsTheSwissGovernment) {
  EXPECT_EQ(
      Of("Der Bundesrat kondolierte Italien nach dem Erdrutsch in den Alpen.", "de", "CONDOLENCE"),
      Strings{"CHE>ITA"});
  // Twin: the Bundestag is a parliament without a state of its own.
  EXPECT_EQ(
      Of("Der Bundestag kondolierte Italien nach dem Erdrutsch in den Alpen.", "de", "CONDOLENCE"),
      Strings{});
}

}  // namespace
}  // namespace newswire::extract
