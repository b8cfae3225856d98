// perf12's fast paths give the answers of the slow ones:
//  - the gazetteer's prefix key of a word starting with five ASCII bytes
//    (compared with the plain code point loop on random and tricky words:
//    Cyrillic, accents, apostrophes, hyphens, stray continuation bytes);
//  - the per-sentence gates of the analysis: dates are read only in a
//    sentence with a number or a date word, the negation and refusal
//    readings only in a sentence with a @neg or @refuse word (the German
//    clause-final "nicht" always), the block reading only with a @block word.
//    The engine's output did not change (extract_dump identical on every
//    corpus file), so these pin each form the gates must still let through,
//    and the twin that has none of it. Invented sentences, real configs/;
//  - the gazetteer's look-back for a blocker ("Gulf of Guinea" is no
//    Guinea) reaching only as far back as the token's largest position
//    inside a blocker: still blocked at positions 1 to 3, free elsewhere;
//  - the event sentence's UTF-8 clean-up, which now passes a run of
//    two-byte letters in one loop: compared with the old byte loop on
//    sentences full of Cyrillic, accents, tabs, emoji and invalid bytes.
#include <gtest/gtest.h>
#include <unicode/utf8.h>

#include <cstring>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "extract/gazetteer.h"
#include "gazetteer_test_support.h"
#include "unit/extract_test_support.h"

namespace newswire::extract {
namespace {

using Strings = std::vector<std::string>;

// The key as the gazetteer computed it before the ASCII fast path.
std::string_view ReferencePrefixKey(std::string_view word) {
  if (word.size() < 5) return {};
  size_t code_points = 0;
  for (size_t k = 0; k < word.size(); ++k) {
    if ((static_cast<unsigned char>(word[k]) & 0xC0) != 0x80 && code_points++ == 5) {
      return word.substr(0, k);
    }
  }
  return code_points == 5 ? word : std::string_view();
}

TEST(GazetteerPrefixKey, EqualsTheCodePointLoopOnTrickyWords) {
  const std::vector<std::string> words = {"",
                                          "a",
                                          "abcd",
                                          "abcde",
                                          "abcdef",
                                          "russisch",
                                          "russischen",
                                          "präsident",
                                          "présidente",
                                          "ministère",
                                          "ab’cde",
                                          "ab'cde",
                                          "staats-",
                                          "staats-chef",
                                          "aserbaidschan",
                                          "путин",
                                          "путина",
                                          "президент",
                                          "абвг",
                                          "abcdé",
                                          "abcdéf",
                                          "abcd\xC3",
                                          "abcde\x80",
                                          "abcde\x80zz",
                                          "abcde\xBF\x80",
                                          "\x80\x80\x80\x80\x80\x80",
                                          "abcd\xE2\x80\x99",
                                          "a\xF0\x9F\x98\x80"
                                          "bcdef",
                                          "ñandú",
                                          "ßxxxx",
                                          "abcde\xC3\xA9"};
  for (const std::string& w : words) {
    EXPECT_EQ(GazetteerPrefixKey(w), ReferencePrefixKey(w)) << w;
    // The key is a prefix view of the word itself.
    const std::string_view key = GazetteerPrefixKey(w);
    if (!key.empty()) {
      EXPECT_EQ(key.data(), w.data()) << w;
    }
  }
}

TEST(GazetteerPrefixKey, EqualsTheCodePointLoopOnRandomBytes) {
  // Pieces of every width, punctuation and bytes that are no valid UTF-8.
  const std::vector<std::string> pieces = {
      "a",    "z",    "-",    "'",        "0",   "é", "ж", "ß", "’", "€", "\xF0\x9F\x98\x80",
      "\x80", "\xBF", "\xC3", "\xE2\x80", "\xFF"};
  std::mt19937 rng(12);
  for (int n = 0; n < 20000; ++n) {
    std::string w;
    const size_t parts = rng() % 10;
    for (size_t k = 0; k < parts; ++k) w += pieces[rng() % pieces.size()];
    ASSERT_EQ(GazetteerPrefixKey(w), ReferencePrefixKey(w)) << w;
  }
}

class Perf12BlockerLookBack : public testing::RealGazetteerTest {};

TEST_F(Perf12BlockerLookBack, BlockedAtEveryInnerPosition) {
  // Position 1 ("South China Sea"), 2 ("Gulf of Guinea", "Convention de
  // Vienne"), 3 ("mar de la China Meridional").
  EXPECT_EQ(At("en", "in the South China Sea today", 3).code, "");
  EXPECT_EQ(At("en", "in the Gulf of Guinea today", 4).code, "");
  EXPECT_EQ(At("fr", "selon la Convention de Vienne sur", 4).code, "");
  EXPECT_EQ(At("es", "en el mar de la China Meridional", 5).code, "");
  // Twins: the same names outside the blockers.
  EXPECT_EQ(At("en", "in China today", 1).code, "CHN");
  EXPECT_EQ(At("en", "in Guinea today", 1).code, "GIN");
  EXPECT_EQ(At("fr", "selon Vienne sur", 1).code, "AUT");
  EXPECT_EQ(At("es", "en el mar y la China de hoy", 5).code, "CHN");
}

class Perf12GateTest : public testing::RealProbeFixture {
 protected:
  Perf12GateTest() : RealProbeFixture("2026-05-20T12:00:00Z") {}

  // The date of every event of `type` in `text`, "-" for none.
  Strings DatesOf(const std::string& text, const std::string& lang, const std::string& type) {
    Article a;
    a.id = "perf12-1";
    a.text = text;
    a.lang = lang;
    a.published_at = "2026-05-20T12:00:00Z";
    Strings out;
    for (const Event& e : testing::RealEngine()->Extract(a).events) {
      if (e.type == type) out.push_back(e.date ? *e.date : "-");
    }
    return out;
  }
};

// Every form of date still reaches the event: numbers alone (ISO, dotted),
// day and month, month only, weekday, relative day; without any, no date.
TEST_F(Perf12GateTest, EveryDateFormStillDatesTheEvent) {
  EXPECT_EQ(DatesOf("Lukaschenko empfing am 12.05.2026 Aliyev in Minsk.", "de", "MEETING"),
            Strings{"2026-05-12"});
  EXPECT_EQ(DatesOf("On 2026-05-12 Macron met Scholz in Paris.", "en", "MEETING"),
            Strings{"2026-05-12"});
  EXPECT_EQ(DatesOf("Le 12 mai, Macron a rencontré Scholz à Paris.", "fr", "MEETING"),
            Strings{"2026-05-12"});
  EXPECT_EQ(DatesOf("En marzo, Macron se reunió con Scholz en París.", "es", "MEETING"),
            Strings{"2026-03"});
  EXPECT_EQ(DatesOf("On Monday Macron met Scholz in Paris.", "en", "MEETING"),
            Strings{"2026-05-18"});
  EXPECT_EQ(DatesOf("Вчера Путин встретился с Лукашенко в Минске.", "ru", "MEETING"),
            Strings{"2026-05-19"});
  // Twin: nothing that can be a date.
  EXPECT_EQ(DatesOf("Macron met Scholz in Paris to discuss the budget.", "en", "MEETING"),
            Strings{"-"});
  EXPECT_EQ(DatesOf("Macron traf Scholz in Paris.", "de", "MEETING"), Strings{"-"});
}

// A negation or refusal word still cancels the act in a sentence that has
// one; a sentence without either keeps its act.
TEST_F(Perf12GateTest, NegationAndRefusalStillCancelTheAct) {
  EXPECT_EQ(Of("Macron did not criticise Serbia.", "en", "CRITICISM"), Strings{});
  EXPECT_EQ(Of("Macron declined to criticise Serbia.", "en", "CRITICISM"), Strings{});
  EXPECT_EQ(Of("Macron n'a pas critiqué la Serbie.", "fr", "CRITICISM"), Strings{});
  EXPECT_EQ(Of("Scholz kritisierte Serbien nicht.", "de", "CRITICISM"), Strings{});
  // Twins: the same acts, nothing that negates them.
  EXPECT_EQ(Of("Macron criticised Serbia.", "en", "CRITICISM"), (Strings{"FRA>SRB"}));
  EXPECT_EQ(Of("Macron a critiqué la Serbie.", "fr", "CRITICISM"), (Strings{"FRA>SRB"}));
  EXPECT_EQ(Of("Scholz kritisierte Serbien scharf.", "de", "CRITICISM"), (Strings{"DEU>SRB"}));
}

// A block word before a nominal trigger still names an act already told;
// without it the noun is an act of its own.
TEST_F(Perf12GateTest, BlockWordStillGovernsTheNoun) {
  EXPECT_EQ(Of("Während des Treffens sprach Scholz über den Haushalt.", "de", "MEETING"),
            Strings{});
  EXPECT_EQ(Of("During the meeting Macron spoke about the budget.", "en", "MEETING"), Strings{});
}

// The event sentence as the engine cleaned it before perf12 (line breaks
// and tabs to spaces, invalid sequences dropped), one sequence at a time.
std::string ReferenceSanitize(std::string_view s) {
  std::string out;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    const uint8_t b = p[i];
    if (b == '\n' || b == '\t' || b == '\r') {
      out.push_back(' ');
      ++i;
      continue;
    }
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c >= 0) out.append(s.data() + start, static_cast<size_t>(i - start));
  }
  return out;
}

TEST_F(Perf12GateTest, EventSentenceIsCleanedAsBefore) {
  // No sentence end inside: the whole text is the event's sentence.
  const std::vector<std::string> junk = {
      "в",    "Минске", "\t",   "é",        "ж", "€",    "\xF0\x9F\x98\x80",
      "\xFF", "\xC3",   "\x80", "\xE2\x80", "«", "»",    "-",
      "'",    "Ελλάδα", "δ",    "zz",       " ", "\xD0", "\xD0\xB0"};
  std::mt19937 rng(12);
  int compared = 0;
  for (int n = 0; n < 300; ++n) {
    std::string text = "Путин встретился с Лукашенко ";
    const size_t parts = 1 + rng() % 12;
    for (size_t k = 0; k < parts; ++k) text += junk[rng() % junk.size()];
    text += " в Минске.";
    Article a;
    a.id = "perf12-2";
    a.text = text;
    a.lang = "ru";
    a.published_at = "2026-05-20T12:00:00Z";
    for (const Event& e : testing::RealEngine()->Extract(a).events) {
      ASSERT_EQ(e.sentence, ReferenceSanitize(text)) << text;
      ++compared;
    }
  }
  EXPECT_GT(compared, 200);
}

}  // namespace
}  // namespace newswire::extract
