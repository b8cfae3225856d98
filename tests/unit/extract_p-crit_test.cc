// Participants of CRITICISM, PROTEST and SANCTION (p-crit): the author of a
// criticised deed and the party an accusation is aimed at. Each rule has
// its twin that must keep the other reading. Invented sentences over the
// real configs/ (gazetteer and lexicons).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class CritRealTest : public testing::RealProbeFixture {
 protected:
  CritRealTest() : RealProbeFixture("2026-03-12T10:00:00Z") {}
};

// A party first "reacts" ("X reagierte umgehend:", "respondió horas
// después:") and then judges a deed: the deed is that of the party that
// acted before the reaction, not the reacting party's own.
TEST_F(CritRealTest, DeedJudgedAfterAReactionIsTheEarlierActorsDeed) {
  EXPECT_EQ(Of("Ecuador expulsó al embajador de México tras el asalto a la sede diplomática. "
               "México respondió horas después: la cancillería mexicana calificó la decisión de "
               "«hostil e injustificada».",
               "es", "CRITICISM"),
            Strings{"MEX>ECU"});
  EXPECT_EQ(Of("Rumänien hat den russischen Konsul in Constanța ausgewiesen. Moskau reagierte am "
               "Abend: Das russische Außenministerium nannte den Schritt „unbegründet und "
               "feindselig“.",
               "de", "CRITICISM"),
            Strings{"RUS>ROU"});
  EXPECT_EQ(Of("Kyrgyz President Sadyr Japarov announced that his country would close its border "
               "crossings with Tajikistan for a month. Dushanbe responded on Wednesday: the Tajik "
               "foreign ministry called the announcement \"hostile and unjustified\".",
               "en", "CRITICISM"),
            Strings{"TJK>KGZ"});
  // Twin: a deed whose non-state author the sentence names condemns nobody
  // the discourse offers ("Kenya's foreign ministry condemned ... by al-Shabaab").
  EXPECT_EQ(Of("Tanzania expelled two Kenyan journalists last week. Kenya's foreign ministry "
               "condemned the killing of eight aid workers by al-Shabaab militants.",
               "en", "CRITICISM"),
            Strings{"KEN>"});
  // Twin: the critic's own act named before keeps its target ("convocó al
  // encargado de negocios de Bolivia ... calificó esas palabras").
  EXPECT_EQ(Of("Chile convocó al encargado de negocios de Bolivia por unas declaraciones del "
               "vicepresidente boliviano. El canciller chileno calificó esas palabras de "
               "«inaceptables».",
               "es", "CRITICISM"),
            Strings{"CHL>BOL"});
}

// "accused the commanders of", "acusó a los diplomáticos de",
// "beschuldigte die Diplomaten": the accused named by a bare noun are the
// party the critic acted against before.
TEST_F(CritRealTest, AccusedNamedByABareNounIsThePartyActedAgainst) {
  EXPECT_EQ(Of("Australia imposed travel bans on three Chinese coast guard commanders. Foreign "
               "Minister Penny Wong accused the commanders of reckless and dangerous conduct at "
               "sea.",
               "en", "CRITICISM"),
            Strings{"AUS>CHN"});
  EXPECT_EQ(Of("Argentina expulsó a dos diplomáticos venezolanos. El canciller argentino, Gerardo "
               "Werthein, acusó a los diplomáticos de espiar a dirigentes opositores.",
               "es", "CRITICISM"),
            Strings{"ARG>VEN"});
  EXPECT_EQ(Of("Litauen hat zwei belarussische Diplomaten ausgewiesen. Außenminister Kęstutis "
               "Budrys beschuldigte die Diplomaten, Schmuggelflüge koordiniert zu haben.",
               "de", "CRITICISM"),
            Strings{"LTU>BLR"});
  // Twin: an accused state named in the accusation stays the target.
  EXPECT_EQ(Of("Australia imposed travel bans on three Chinese coast guard commanders. Foreign "
               "Minister Penny Wong accused Russia of supplying fuel to the fleet.",
               "en", "CRITICISM"),
            Strings{"AUS>RUS"});
}

// "condemned what they called China's actions", "criticised what he
// called an unsafe intercept by a Chinese jet": the pronoun of the
// inserted qualification is no object; the deed's author after it is.
TEST_F(CritRealTest, WhatTheCriticCalledIsNoObject) {
  EXPECT_EQ(Of("Vietnam's foreign ministry condemned what it called China's \"illegal and "
               "dangerous\" conduct near the Paracel Islands.",
               "en", "CRITICISM"),
            Strings{"VNM>CHN"});
  EXPECT_EQ(Of("New Zealand's defence minister criticised what she described as \"reckless\" "
               "manoeuvres by Russian warships in the Tasman Sea.",
               "en", "CRITICISM"),
            Strings{"NZL>RUS"});
  // Twin: a pronoun that is the object stays one ("condemned him").
  EXPECT_EQ(Of("Vietnamese President Luong Cuong met Chinese leader Xi Jinping on Monday. A day "
               "later the Vietnamese foreign ministry criticised him for remarks on the South "
               "China Sea.",
               "en", "CRITICISM"),
            Strings{"VNM>CHN"});
}

// A summoned or expelled envoy names the state protested against, not a
// partner the summons was made with ("aus Solidarität mit", "in
// coordination with") nor a place.
TEST_F(CritRealTest, SummonedEnvoyIsTheTargetOverOtherObjects) {
  EXPECT_EQ(Of("Dänemark bestellte in Absprache mit Norwegen den russischen Botschafter in "
               "Kopenhagen ein.",
               "de", "PROTEST"),
            Strings{"DNK>RUS"});
  EXPECT_EQ(Of("Chile convocó al encargado de negocios de la embajada venezolana en Santiago por "
               "la expulsión de un periodista chileno.",
               "es", "PROTEST"),
            Strings{"CHL>VEN"});
  // Twin: without an envoy, the state after the trigger is the target.
  EXPECT_EQ(Of("Dänemark hat wegen der Drohnenflüge über Kopenhagen eine Protestnote an Russland "
               "übergeben.",
               "de", "PROTEST"),
            Strings{"DNK>RUS"});
}

// "condemned the strikes, which Russia carried out": the subject of a
// relative clause right after the judged deed is its author.
TEST_F(CritRealTest, RelativeClauseSubjectAfterADeedIsItsAuthor) {
  EXPECT_EQ(Of("Georgia's foreign ministry condemned the air strikes, which Russia carried out "
               "overnight on the port of Odesa.",
               "en", "CRITICISM"),
            Strings{"GEO>RUS"});
  EXPECT_EQ(Of("Die Slowakei verurteilte die Angriffe, die Russland in der Nacht auf Lwiw verübt "
               "hatte.",
               "de", "CRITICISM"),
            Strings{"SVK>RUS"});
  // Twin: a relative clause without a state as its subject names no author.
  EXPECT_EQ(Of("Georgia's foreign ministry condemned the air strikes, which killed nine people in "
               "the port of Odesa.",
               "en", "CRITICISM"),
            Strings{"GEO>"});
}

}  // namespace
}  // namespace newswire::extract
