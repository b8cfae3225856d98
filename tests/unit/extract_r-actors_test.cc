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
class ActorsRealTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string error;
    engine_ = Engine::Load(std::filesystem::path(NEWSWIRE_SOURCE_DIR) / "configs", &error);
    ASSERT_NE(engine_, nullptr) << error;
  }
  static void TearDownTestSuite() { engine_.reset(); }
  static Strings Of(const std::string& text, const std::string& lang, const std::string& type) {
    return testing::ParticipantsOf(*engine_, text, lang, type, "2025-06-04T10:00:00Z");
  }
  inline static std::unique_ptr<Engine> engine_;
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

}  // namespace
}  // namespace newswire::extract
