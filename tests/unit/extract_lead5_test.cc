// Actor names that begin with a topic word (lead, session 5): "Sicherheitsrat"
// starts with the security topic, yet it names the UN Security Council; the
// mention search must not skip it. Invented sentences over the real configs/.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class TopicWordActorTest : public testing::RealProbeFixture {
 protected:
  TopicWordActorTest() : RealProbeFixture("2026-03-12T10:00:00Z") {}
};

TEST_F(TopicWordActorTest, NameStartingWithATopicWordIsAnActor) {
  EXPECT_EQ(
      Of("Der Sicherheitsrat verurteilte am Dienstag den Angriff auf Kiew.", "de", "CRITICISM"),
      Strings{"UN>"});
  EXPECT_EQ(Of("Der Sicherheitsrat lobte am Dienstag Ghana für seine Vermittlung.", "de", "PRAISE"),
            Strings{"UN>GHA"});
  // Twin: the topic word alone is no actor; the named state acts.
  EXPECT_EQ(Of("Für die Sicherheit der Region lobte Kenia am Dienstag Ghana für seine "
               "Vermittlung.",
               "de", "PRAISE"),
            Strings{"KEN>GHA"});
}

}  // namespace
}  // namespace newswire::extract
