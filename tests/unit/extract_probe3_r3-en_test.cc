// Round-3 probes on English wire copy (issue #3): general causes found on
// invented Reuters/AP/AFP-style articles. Each rule has a negative twin
// that must keep the old reading. Sentences are invented and use the
// repository's lexicons and the in-test gazetteer (extract_test_support.h).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class WireR3EnTest : public testing::ProbeFixture {
 protected:
  WireR3EnTest() : ProbeFixture("2025-03-12T09:00:00Z") {}
};

// ", and the two sides agreed to ..." after a meeting in the same sentence:
// the pair phrase starts at its determiner and opens a clause of its own.
TEST_F(WireR3EnTest, PairPhraseAfterCommaAndOpensClause) {
  EXPECT_EQ(Of("Macron met Aliyev on Sunday, and the two sides agreed to deepen cooperation "
               "on trade.",
               "en", "COOPERATION"),
            Strings({"AZE,FRA>"}));
  EXPECT_EQ(Of("Macron met Aliyev on Sunday, and the two sides agreed to deepen cooperation "
               "on trade.",
               "en", "MEETING"),
            Strings({"FRA>AZE"}));
}

// Twin: the pair restating the meeting itself is not a second meeting, and
// without a cooperation phrase no cooperation appears.
TEST_F(WireR3EnTest, PairRestatingMeetingIsOneMeeting) {
  EXPECT_EQ(Of("Macron welcomed Aliyev at the Elysee Palace, and the two leaders met for two "
               "hours.",
               "en", "MEETING")
                .size(),
            1u);
  EXPECT_TRUE(
      Of("Macron met Aliyev on Sunday, and the two sides spoke to reporters.", "en", "COOPERATION")
          .empty());
}

}  // namespace
}  // namespace newswire::extract
