// Round 3 probes for Spanish wire copy (EFE / Europa Press / cancillería
// communiqués). Each rule has its twin that must keep the old reading.
// The real configs (lexicons and gazetteer) are loaded where the phenomenon
// depends on gazetteer roles the tiny in-test gazetteer does not have.
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

class ProbeEsR3Test : public testing::ProbeFixture {
 protected:
  ProbeEsR3Test() : ProbeFixture("2025-03-12T09:00:00Z") {}
};

// The engine over the repository's real configs, loaded once per suite.
class RealEsR3Test : public testing::RealProbeFixture {
 protected:
  RealEsR3Test() : RealProbeFixture("2025-03-12T09:00:00Z", "es") {}
};

// "Por su parte," / "por otra parte," is an adverbial idiom, not the role
// "parte" (a negotiating side) that would swallow the named subject.
TEST_F(RealEsR3Test, PorSuParteIsNotASide) {
  EXPECT_EQ(Of("Por su parte, Bourita elogió a España.", "PRAISE"), Strings{"MAR>ESP"});
  EXPECT_EQ(Of("Bourita, por su parte, elogió a España.", "PRAISE"), Strings{"MAR>ESP"});
  EXPECT_EQ(Of("Por otra parte, Bourita elogió a España.", "PRAISE"), Strings{"MAR>ESP"});
  // Twin: a side named by its demonym after "por" is still a participant.
  EXPECT_EQ(Of("Albares fue recibido por la parte marroquí.", "MEETING"), Strings{"MAR>ESP"});
}

// Latin American foreign ministries and presidencies named by their palace
// ("el Palacio San Martín", "Torre Tagle", "La Moneda") act for their state.
TEST_F(RealEsR3Test, PalaceMetonymsActForTheirState) {
  EXPECT_EQ(Of("En un comunicado, el Palacio San Martín responsabilizó a Rusia de la ofensiva.",
               "CRITICISM"),
            Strings{"ARG>RUS"});
  EXPECT_EQ(Of("Torre Tagle condenó el ataque de Rusia contra Ucrania.", "CRITICISM"),
            Strings{"PER>RUS"});
  EXPECT_EQ(Of("La Moneda felicitó a Francia por su fiesta nacional.", "CONGRATULATION"),
            Strings{"CHL>FRA"});
  // Twin: the common noun "la moneda" (currency) is no palace.
  EXPECT_EQ(Of("El presidente de Francia criticó la moneda de China.", "CRITICISM"),
            Strings{"FRA>CHN"});
}

// Rejecting another party's sanctions or blockade criticises that party; the
// sanctions named as the object are no new SANCTION.
TEST_F(ProbeEsR3Test, RejectingSanctionsIsCriticismNotSanction) {
  const std::string text = "Rusia rechaza las sanciones de Francia contra China.";
  EXPECT_EQ(Of(text, "es", "CRITICISM"), Strings{"RUS>FRA"});
  EXPECT_EQ(Of(text, "es", "SANCTION"), Strings{});
  EXPECT_EQ(Of("China rechaza el bloqueo impuesto por Francia.", "es", "CRITICISM"),
            Strings{"CHN>FRA"});
  // Twins: refusing to impose sanctions is neither act; imposing them stays a SANCTION.
  EXPECT_EQ(Of("Francia rechazó imponer sanciones a Rusia.", "es", "CRITICISM"), Strings{});
  EXPECT_EQ(Of("Francia rechazó imponer sanciones a Rusia.", "es", "SANCTION"), Strings{});
  EXPECT_EQ(Of("Francia impuso sanciones a Rusia.", "es", "SANCTION"), Strings{"FRA>RUS"});
}

// Sending aid, in every tense of "enviar" and as the noun "envío": the
// whole family of stems, not only the past tense.
TEST_F(ProbeEsR3Test, SendingFamilyIsAid) {
  EXPECT_EQ(Of("Francia anunció el envío de un equipo de rescate a Rusia.", "es", "AID"),
            Strings{"FRA>RUS"});
  EXPECT_EQ(Of("Francia enviará equipos de socorristas a Rusia.", "es", "AID"), Strings{"FRA>RUS"});
  EXPECT_EQ(Of("Francia envía 20 toneladas de víveres a Rusia.", "es", "AID"), Strings{"FRA>RUS"});
  // Twins: troops are no aid, and an envoy meeting a team sends nothing.
  EXPECT_EQ(Of("Francia anunció el envío de tropas a Rusia.", "es", "AID"), Strings{});
  EXPECT_EQ(Of("El enviado especial de Francia se reunió con el equipo de Rusia.", "es", "AID"),
            Strings{});
}

// A verb of cooperation coordinated after a praise is an act of its own;
// cooperation that is only praised stays PRAISE.
TEST_F(ProbeEsR3Test, CooperationCoordinatedAfterPraiseIsItsOwnAct) {
  const std::string text =
      "Macron recibió a Putin. Ambos mandatarios destacaron el excelente momento de las "
      "relaciones bilaterales y acordaron reforzar la cooperación en materia migratoria.";
  EXPECT_EQ(Of(text, "es", "PRAISE"), Strings{"FRA,RUS>FRA,RUS"});
  EXPECT_EQ(Of(text, "es", "COOPERATION"), Strings{"FRA,RUS>"});
  // Twin: the cooperation praised is no second act.
  EXPECT_EQ(Of("Macron recibió a Putin. Ambos mandatarios elogiaron la cooperación bilateral.",
               "es", "COOPERATION"),
            Strings{});
}

// Condolences "a las familias de las víctimas" go to the state an attack
// named earlier in the sentence was aimed at, not to the attack's author.
TEST_F(ProbeEsR3Test, CondolencesGoToTheVictimOfTheAttackNamedBefore) {
  EXPECT_EQ(Of("Francia repudió el ataque contra la infraestructura energética de Rusia y "
               "expresó sus condolencias a las familias de las víctimas.",
               "es", "CONDOLENCE"),
            Strings{"FRA>RUS"});
  // Twin: the author of the attack ("de China") receives no condolences.
  EXPECT_EQ(Of("Francia condenó el ataque de China contra Rusia y expresó sus condolencias a "
               "las familias de las víctimas.",
               "es", "CONDOLENCE"),
            Strings{"FRA>RUS"});
}

}  // namespace
}  // namespace newswire::extract
