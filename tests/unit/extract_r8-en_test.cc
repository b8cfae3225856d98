// English readouts and agency copy (r8-en), rules that hold in every
// language: a dateline's dotted agency name ("- РИА Новости. Министр") is
// a short name (three words at most, no comma, the last word of three or
// more letters), so the subject that opens the text after a dated
// dateline ("MANILA, May 5 - Philippine President Ferdinand Marcos Jr.
// received ...", "- U.S. Secretary ...") stays the sentence's subject.
// A copula before a quoted negative qualification ("said X's strikes were
// "barbaric"") criticises the owner of the judged act, named before it.
// An organisation's office-holders named as the setting of a meeting ("on
// the sidelines of the G20 foreign ministers' meeting") are no partner.
// Each rule has its twin that must keep the other reading. Invented
// sentences over the real configs/.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract/document.h"
#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

std::string DatelineOf(std::string_view text) {
  const ByteRange r = FindDateline(text);
  return std::string(text.substr(r.begin, r.end - r.begin));
}

class R8EnglishTest : public testing::RealProbeFixture {
 protected:
  R8EnglishTest() : RealProbeFixture("2026-05-06T10:00:00Z") {}
};

// An abbreviation, an initial or a "Jr." after a dated dateline's dash ends
// no agency name: the dateline stops at the dash.
TEST(R8DatelineTest, AbbreviationOrInitialAfterTheDashIsNoAgency) {
  EXPECT_EQ(DatelineOf("WASHINGTON, May 5 - U.S. Secretary of State"), "WASHINGTON, May 5 - ");
  EXPECT_EQ(DatelineOf("MANILA, May 5 - Philippine President Ferdinand Marcos Jr. met"),
            "MANILA, May 5 - ");
  EXPECT_EQ(DatelineOf("NEW DELHI, Feb 11 - Prime Minister Narendra D. Modi met"),
            "NEW DELHI, Feb 11 - ");
  EXPECT_EQ(DatelineOf("CANBERRA, June 2 - Albanese, Wong. The"), "CANBERRA, June 2 - ");
}

// Twin: a short agency name ending in "." is still part of the dateline.
TEST(R8DatelineTest, ShortDottedAgencyNameStaysInTheDateline) {
  EXPECT_EQ(DatelineOf("МОСКВА, 5 мая - РИА Новости. Министр"), "МОСКВА, 5 мая - РИА Новости. ");
  EXPECT_EQ(DatelineOf("HAVANA, May 5 - Prensa Latina. The minister"),
            "HAVANA, May 5 - Prensa Latina. ");
}

// The head of state who opens the text after such a dateline is the
// subject of the act.
TEST_F(R8EnglishTest, SubjectAfterDatedDatelineKeepsItsAct) {
  EXPECT_EQ(Of("MANILA, May 5 - Philippine President Ferdinand Marcos Jr. thanked Japan for "
               "its support on Tuesday.",
               "en", "THANKS"),
            Strings{"PHL>JPN"});
  EXPECT_EQ(Of("WASHINGTON, May 5 - U.S. President Donald Trump praised Japan on Tuesday.", "en",
               "PRAISE"),
            Strings{"USA>JPN"});
}

// Twin: after an agency name that is part of the dateline the sentence
// still has its own subject.
TEST_F(R8EnglishTest, SubjectAfterDottedAgencyKeepsItsAct) {
  EXPECT_EQ(Of("HAVANA, May 5 - Prensa Latina. Cuban President Miguel Diaz-Canel thanked Mexico "
               "for its support on Tuesday.",
               "en", "THANKS"),
            Strings{"CUB>MEX"});
}

// A quoted negative qualification after a copula in reported speech is a
// criticism of the owner of the act judged before it.
TEST_F(R8EnglishTest, CopulaBeforeQuotedNegativeQualificationCriticisesTheOwner) {
  EXPECT_EQ(Of("Canadian Foreign Minister Anita Anand said Iran's detention of the two "
               "journalists was \"utterly unacceptable\".",
               "en", "CRITICISM"),
            Strings{"CAN>IRN"});
  EXPECT_EQ(Of("German Chancellor Friedrich Merz said Russia's attacks on Odesa were \"barbaric\".",
               "en", "CRITICISM"),
            Strings{"DEU>RUS"});
}

// Twin: a quoted positive or neutral qualification after the copula is no
// criticism.
TEST_F(R8EnglishTest, CopulaBeforeQuotedPositiveQualificationIsNoCriticism) {
  EXPECT_TRUE(Of("Canadian Foreign Minister Anita Anand said Japan's support for the mission "
                 "was \"remarkable and generous\".",
                 "en", "CRITICISM")
                  .empty());
  EXPECT_TRUE(Of("German Chancellor Friedrich Merz said the talks with Poland were \"long\".", "en",
                 "CRITICISM")
                  .empty());
}

// The ministers of an organisation whose meeting is the setting are no
// partner of the pair that met there.
TEST_F(R8EnglishTest, OrganisationMinistersAsSummitSettingAreNoPartner) {
  EXPECT_EQ(Of("Indian Foreign Minister Subrahmanyam Jaishankar and his Japanese counterpart "
               "Toshimitsu Motegi met on the sidelines of the G20 foreign ministers' meeting in "
               "Johannesburg on Friday.",
               "en", "MEETING"),
            Strings{"IND,JPN>"});
}

// Twin: the ministers of an organisation met as such are the partner.
TEST_F(R8EnglishTest, OrganisationMinistersMetAreThePartner) {
  EXPECT_EQ(Of("Indian Foreign Minister Subrahmanyam Jaishankar met ASEAN foreign ministers in "
               "Kuala Lumpur on Friday.",
               "en", "MEETING"),
            Strings{"IND>ASEAN"});
}

}  // namespace
}  // namespace newswire::extract
