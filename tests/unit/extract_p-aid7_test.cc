// AID and SANCTION participants across languages, session 7 (p-aid7): a
// count before the nationality of the sanctioned, objects of a later act
// after "and", aid for the people of a region named further on, "similar
// measures" after a countermeasure, and lists of donors each with their own
// verb. Each rule has its twin that must keep the old reading. Invented
// sentences over the real configs/ (gazetteer and lexicons).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class AidSanction7Test : public testing::RealProbeFixture {
 protected:
  AidSanction7Test() : RealProbeFixture("2026-05-20T10:00:00Z") {}
};

// A count between "gegen"/"against" and the nationality keeps the
// preposition: the sanctioned state is the target, not an office of the
// previous sentence.
TEST_F(AidSanction7Test, CountBeforeTheNationalityOfTheSanctioned) {
  EXPECT_EQ(Of("Außenminister Johann Wadephul verurteilte die Hinrichtung. Die "
               "EU-Außenminister hatten am Montag Einreiseverbote gegen 15 iranische Richter "
               "verhängt.",
               "de", "SANCTION"),
            Strings{"EU>IRN"});
  // Twin: without a count the reading was right already and stays so.
  EXPECT_EQ(Of("Außenminister Johann Wadephul verurteilte die Hinrichtung. Die "
               "EU-Außenminister hatten am Montag Einreiseverbote gegen iranische Richter "
               "verhängt.",
               "de", "SANCTION"),
            Strings{"EU>IRN"});
}

// The object of a later act with a verb of its own after "and" is that
// act's, when the first act named a party of its own before "and".
TEST_F(AidSanction7Test, ObjectOfALaterActAfterAnd) {
  EXPECT_EQ(Of("Canada pledged 4 million dollars for the reconstruction of Haiti and criticised "
               "Brazil for its silence.",
               "en", "AID"),
            Strings{"CAN>HTI"});
  // Twin: two acts sharing one object keep it ("condolences and aid to Turkey").
  EXPECT_EQ(Of("Canada offered condolences and sent a rescue team to Turkey.", "en", "CONDOLENCE"),
            Strings{"CAN>TUR"});
}

// Aid for the people of a region named further on in its own phrase goes to
// the region's state.
TEST_F(AidSanction7Test, AidForThePeopleOfARegionNamedFurtherOn) {
  EXPECT_EQ(Of("La Commission européenne a débloqué 4 millions d'euros d'aide humanitaire pour "
               "les familles déplacées du Nord-Kivu.",
               "fr", "AID"),
            Strings{"EU>COD"});
  // Twin: not past a comma ("…, funded from frozen Russian assets").
  EXPECT_TRUE(Of("The European Commission released 4 million euros in humanitarian aid, half of "
                 "it from the budget of Italy.",
                 "en", "AID")
                  .empty());
}

// "Similar measures" copy the latest sanction that is not the sanctioned
// party's countermeasure.
TEST_F(AidSanction7Test, SimilarMeasuresAfterACountermeasure) {
  EXPECT_EQ(Of("Britain imposed sanctions on Iran. Tehran threatened countermeasures. Australia "
               "adopted similar measures.",
               "en", "SANCTION"),
            (Strings{"GBR>IRN", "IRN>GBR", "AUS>IRN"}));
  // Twin: without a countermeasure in between, the latest sanction.
  EXPECT_EQ(Of("Britain imposed sanctions on Iran. Australia adopted similar measures.", "en",
               "SANCTION"),
            (Strings{"GBR>IRN", "AUS>IRN"}));
}

// A list of donors each with their own verb is one act per donor, each for
// the place of the disaster.
TEST_F(AidSanction7Test, DonorsEachWithTheirOwnVerb) {
  EXPECT_EQ(Of("A cyclone killed 50 people in Madagascar. France sent a rescue team, Japan "
               "pledged 2 million dollars and Britain sent relief supplies.",
               "en", "AID"),
            (Strings{"FRA>MDG", "JPN>MDG", "GBR>MDG"}));
  EXPECT_EQ(Of("Ein Zyklon hat in Madagaskar 50 Menschen getötet. Frankreich schickte ein "
               "Rettungsteam, Japan sagte zwei Millionen Dollar zu.",
               "de", "AID"),
            (Strings{"FRA>MDG", "JPN>MDG"}));
  // Twin: thanked parties listed before "for sending" are no new subjects.
  EXPECT_EQ(Of("A cyclone killed 50 people in Madagascar. President Andry Rajoelina thanked "
               "France, Japan and India for sending rescue teams.",
               "en", "THANKS"),
            Strings{"MDG>FRA,IND,JPN"});
  // Twin: a fronted phrase whose subject follows the comma is no list.
  EXPECT_EQ(Of("Venu à Paris pour une visite officielle, le président sénégalais a été reçu par "
               "Emmanuel Macron.",
               "fr", "MEETING"),
            Strings{"FRA>SEN"});
}

// Joining another state's measures is taking its sanctions over.
TEST_F(AidSanction7Test, JoiningTheMeasures) {
  EXPECT_EQ(Of("Die EU verhängte Sanktionen gegen Russland. Auch Norwegen schloss sich den "
               "Maßnahmen an.",
               "de", "SANCTION"),
            (Strings{"EU>RUS", "NOR>RUS"}));
  // Twin: refusing to join is no act.
  EXPECT_EQ(Of("Die EU verhängte Sanktionen gegen Russland. Serbien lehnte es ab, sich den "
               "Maßnahmen anzuschließen.",
               "de", "SANCTION"),
            Strings{"EU>RUS"});
}

// Aid named by the vehicle with its load; an evacuation flight is none.
TEST_F(AidSanction7Test, AidByTheVehicleWithItsLoad) {
  EXPECT_EQ(Of("A flood killed 30 people in Kenya. Egypt dispatched two planes loaded with food "
               "and blankets.",
               "en", "AID"),
            Strings{"EGY>KEN"});
  EXPECT_TRUE(Of("Egypt dispatched two planes to bring its citizens home from Sudan.", "en", "AID")
                  .empty());
}

// The threat to list more officials is a sanction threat; refusing it is none.
TEST_F(AidSanction7Test, ThreatToListMoreOfficials) {
  EXPECT_EQ(Of("The EU warned that it could add further Serbian officials to its own list.", "en",
               "SANCTION"),
            Strings{"EU>SRB"});
  EXPECT_TRUE(
      Of("The EU refused to add further Serbian officials to its own list.", "en", "SANCTION")
          .empty());
}

}  // namespace
}  // namespace newswire::extract
