// Acts with nothing predicted (rec13), written for every language where the
// structure exists: evaluative speech quoted before its attribution is the
// speaker's praise of the party it names; readiness pledged to a partner
// ("ready to work with X") is cooperation. Each test has a twin that keeps
// the old reading. Invented sentences over the real configs/.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

class Rec13Test : public testing::RealProbeFixture {
 protected:
  Rec13Test() : RealProbeFixture("2026-05-20T12:00:00Z") {}
};

// A judgement quoted at the head of the sentence and attributed after it is
// the speaker's praise of the party the quote names, so the other party's
// praise in the next sentence is a second act, not the first restated.
TEST_F(Rec13Test, QuoteFirstPraiseIsTheSpeakers) {
  EXPECT_EQ(Of("Präsident Macron empfing am Dienstag den polnischen Präsidenten. „Polen ist ein "
               "verlässlicher Partner“, sagte Macron.",
               "de", "PRAISE"),
            (Strings{"FRA>POL"}));
  EXPECT_EQ(Of("Президент Путин провёл переговоры с президентом Вьетнама. «Вьетнам – наш "
               "надёжный партнёр», – сказал Путин.",
               "ru", "PRAISE"),
            (Strings{"RUS>VNM"}));
  EXPECT_EQ(Of("El presidente Petro recibió al presidente de Ecuador en Bogotá. «Ecuador es un "
               "socio fiable y un amigo de Colombia», declaró Petro. Noboa, por su parte, "
               "elogió los esfuerzos de Colombia.",
               "es", "PRAISE"),
            (Strings{"COL>ECU", "ECU>COL"}));
  // Twin: the party named after the verb said it inside its own sentence
  // ("X said Y is a reliable partner") keeps the reading it had; a quote
  // naming no other party is no praise.
  EXPECT_EQ(
      Of("President Ramaphosa said Brazil was a reliable partner of South Africa.", "en", "PRAISE"),
      (Strings{"ZAF>BRA"}));
  EXPECT_EQ(
      Of("\"The situation remains tense,\" the French foreign minister said.", "en", "PRAISE"),
      Strings{});
}

// Readiness to work with a partner is cooperation with it (the engine codes
// cooperation as a joint act of both);
// readiness to work with a non-state party names no partner.
TEST_F(Rec13Test, ReadinessToWorkWithAPartnerIsCooperation) {
  EXPECT_EQ(Of("Japan stands ready to work with Vietnam on the energy transition, the minister "
               "said.",
               "en", "COOPERATION"),
            (Strings{"JPN,VNM>"}));
  EXPECT_EQ(Of("Le Maroc est prêt à travailler avec la Mauritanie sur la sécurité des "
               "frontières.",
               "fr", "COOPERATION"),
            (Strings{"MAR,MRT>"}));
  EXPECT_EQ(Of("México está dispuesto a trabajar con Guatemala en materia migratoria.", "es",
               "COOPERATION"),
            (Strings{"GTM,MEX>"}));
  EXPECT_EQ(Of("Китай готов работать с Казахстаном над расширением торговли.", "ru", "COOPERATION"),
            (Strings{"CHN,KAZ>"}));
  // Twin: no state on the other side.
  EXPECT_EQ(
      Of("The ministry said it was ready to work with the port operators.", "en", "COOPERATION"),
      Strings{});
  EXPECT_EQ(Of("La empresa está dispuesta a trabajar con los sindicatos.", "es", "COOPERATION"),
            Strings{});
}

// A later clause without its own subject continues a sentence headed by a
// non-state noun (a company, a union): it is no state's act, whoever the
// story's last state subject was.
TEST_F(Rec13Test, SubjectlessClauseContinuesANonStateHead) {
  EXPECT_EQ(Of("El presidente de Rumanía viajó a México el lunes. La compañía agradeció en un "
               "comunicado el trabajo de la Policía, y elogió la colaboración de sus empleados "
               "en México.",
               "es", "PRAISE"),
            Strings{});
  EXPECT_EQ(Of("Le président roumain s'est rendu au Mexique lundi. Le syndicat a remercié les "
               "pompiers, et a salué le soutien du Mexique.",
               "fr", "PRAISE"),
            Strings{});
  // Twin: a state's office heading the sentence keeps its later clauses.
  EXPECT_EQ(Of("El presidente de Rumanía viajó a México el lunes. El presidente de Chile "
               "agradeció a Perú su apoyo, y elogió la colaboración de México.",
               "es", "PRAISE"),
            (Strings{"CHL>MEX"}));
}

// Cooperation agreed is an act of its own beside a finite act coordinated
// after it, and beside praise of the relations it is coordinated after.
TEST_F(Rec13Test, AgreedCooperationBesideACoordinatedAct) {
  EXPECT_EQ(Of("Los presidentes de Chile y Perú acordaron ampliar los programas de becas y "
               "firmaron un acuerdo de transporte.",
               "es", "COOPERATION"),
            (Strings{"CHL,PER>"}));
  EXPECT_EQ(Of("Los presidentes de Chile y Perú elogiaron la relación bilateral y coincidieron "
               "en ampliar la cooperación en energía.",
               "es", "COOPERATION"),
            (Strings{"CHL,PER>"}));
  EXPECT_EQ(Of("Die Präsidenten Chiles und Perus würdigten die Beziehungen und sprachen sich "
               "dafür aus, die Zusammenarbeit in der Energie auszubauen.",
               "de", "COOPERATION"),
            (Strings{"CHL,PER>"}));
  // Twin: cooperation praised is praise only; a call coordinated before
  // its purpose is still the means.
  EXPECT_EQ(Of("Los presidentes de Chile y Perú elogiaron la cooperación en energía.", "es",
               "COOPERATION"),
            Strings{});
  EXPECT_EQ(Of("Los presidentes de Chile y Perú elogiaron la relación bilateral y la "
               "cooperación en energía.",
               "es", "COOPERATION"),
            Strings{});
}

// A report told in the words of sport in two sentences or more is no
// diplomatic story: the acts of its other sentences are the teams'.
TEST_F(Rec13Test, SportsReportHasNoDiplomaticActs) {
  EXPECT_EQ(Of("Ghana beat Senegal 2-1 in a friendly in Accra on Tuesday. The striker scored "
               "twice before half-time. The visitors had arrived in Ghana on Sunday for a "
               "three-day visit. Senegal's coach praised Ghana for the warm welcome and the "
               "fans for their support.",
               "en", "VISIT"),
            Strings{});
  EXPECT_EQ(Of("Le Maroc a battu le Sénégal en match amical à Rabat. Les joueurs ont salué les "
               "supporters. La fédération sénégalaise a remercié le Maroc pour son accueil.",
               "fr", "THANKS"),
            Strings{});
  // Twin: one sentence about a match in a diplomatic story leaves the
  // other acts standing.
  EXPECT_EQ(Of("The President of Ghana arrived in Senegal on Sunday for a three-day visit. He "
               "attended a football match in Dakar with President Faye.",
               "en", "VISIT"),
            (Strings{"GHA>SEN"}));
}

// Aid told as coming in addition to aid of the sentence before is another
// contribution, in every language, not the same one restated.
TEST_F(Rec13Test, AdditionalAidIsAnotherContribution) {
  EXPECT_EQ(Of("Japan has sent radar systems to the Philippines. Japan also pledged 2 billion "
               "yen in grant aid for the typhoon-hit provinces of the Philippines.",
               "en", "AID"),
            (Strings{"JPN>PHL", "JPN>PHL"}));
  // Twin: the same aid told again is one act.
  EXPECT_EQ(Of("Japan has sent radar systems to the Philippines. Japan sent the radar systems "
               "to the Philippines by ship.",
               "en", "AID"),
            (Strings{"JPN>PHL"}));
}

}  // namespace
}  // namespace newswire::extract
