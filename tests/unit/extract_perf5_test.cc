// Session-5 speed work keeps every answer: the lexicon's flat pattern
// slots (one array per language, visited in the order the patterns were
// listed), FlatIndex's inline key comparison, MaskMarkupInto into a reused
// buffer, and the sanitised event sentence copied in runs.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "extract/document.h"
#include "extract/flat_index.h"
#include "extract/lexicon.h"
#include "extract/text.h"
#include "extract_test_support.h"

namespace newswire::extract {
namespace {

class LexiconSlots : public testing::TempLexiconTest {
 protected:
  void SetUp() override {
    WriteDefaults("lexicon_slots", {"AID", "PRAISE", "CRITICISM", "MEETING", "VISIT", "THANKS"});
    // One first word with a pattern of every kind of later token (gap,
    // prefix, suffix, infix, clause end), a first-token stem and suffix,
    // listed so that the expected order of the hits is the file order.
    Write("en.tsv",
          "AID\tgave ... aid\tv\n"
          "PRAISE\tgave aid*\tv\n"
          "CRITICISM\tgave *ness\tv\n"
          "MEETING\tgave *ous*\tv\n"
          "VISIT\tgave $\tv\n"
          "THANKS\t*ving ... thanks\tv\n"
          "MEETING\t*ving talks\tv\n"
          "PRAISE\tgav* tribute\tv\n");
    Load();
  }
  // "TYPE/length" of every hit at token 0 of `text`, in the order found.
  std::vector<std::string> At0(const std::string& text) {
    std::vector<Token> t;
    Tokenize(text, t);
    std::vector<LexHit> hits;
    lex_->ForLanguage("en")->HitsAt(text, t, 0, hits);
    std::vector<std::string> out;
    for (const LexHit& h : hits) {
      if (h.cls != WordClass::kEvent) continue;
      out.push_back(lex_->event_types()[static_cast<size_t>(h.event_type)].name + "/" +
                    std::to_string(h.length));
    }
    return out;
  }
};

using Names = std::vector<std::string>;

TEST_F(LexiconSlots, EveryKindOfLaterTokenMatchesInFileOrder) {
  EXPECT_EQ(At0("gave the promised aid ."), (Names{"AID/4"}));
  EXPECT_EQ(At0("gave aid"), (Names{"AID/2", "PRAISE/2"}));  // empty gap; then the prefix
  EXPECT_EQ(At0("gave aide"), (Names{"PRAISE/2"}));
  EXPECT_EQ(At0("gave kindness"), (Names{"CRITICISM/2"}));
  EXPECT_EQ(At0("gave generously"), (Names{"MEETING/2"}));
  EXPECT_EQ(At0("gave, then"), (Names{"VISIT/1"}));
  EXPECT_EQ(At0("gave"), (Names{"VISIT/1"}));  // the text's end is a clause end
  // Exact word entry first, then the stem "gav*".
  EXPECT_EQ(At0("gave tribute"), (Names{"PRAISE/2"}));
  EXPECT_EQ(At0("gavel tribute"), (Names{"PRAISE/2"}));
  EXPECT_EQ(At0("gave kindness tribute"), (Names{"CRITICISM/2"}));
}

TEST_F(LexiconSlots, GapsStopAtSentencePunctuationButNotAtInitials) {
  EXPECT_EQ(At0("gave the. aid"), (Names{}));
  EXPECT_EQ(At0("gave the! aid"), (Names{}));
  EXPECT_EQ(At0("gave the; aid"), (Names{}));
  EXPECT_EQ(At0("gave the, aid"), (Names{"AID/4"}));  // a comma does not end a gap
  EXPECT_EQ(At0("gave J. aid"), (Names{"AID/4"}));    // an initial's "." does not either
}

TEST_F(LexiconSlots, GapsSpanAtMostSixteenTokens) {
  std::string fifteen, sixteen;
  for (int k = 0; k < 15; ++k) fifteen += " w";
  sixteen = fifteen + " w";
  EXPECT_EQ(At0("gave" + fifteen + " aid"), (Names{"AID/17"}));
  EXPECT_EQ(At0("gave" + sixteen + " aid"), (Names{}));
}

TEST_F(LexiconSlots, FirstTokenSuffixesKeepTheirOwnPatterns) {
  EXPECT_EQ(At0("giving many thanks"), (Names{"THANKS/3"}));
  EXPECT_EQ(At0("saving talks thanks"), (Names{"THANKS/3", "MEETING/2"}));
  EXPECT_EQ(At0("ving talks"), (Names{}));  // a suffix needs something before it
}

// FlatIndex compares the key inside its slot (up to 19 bytes) or in its
// arena (longer): every stored key is found, and no key that differs by
// one byte, is a prefix or an extension of it.
TEST(FlatIndexKeys, ShortAndLongKeysAreFoundExactly) {
  std::vector<std::pair<std::string, std::vector<uint32_t>>> map;
  for (uint32_t n = 1; n <= 40; ++n) {
    std::string key;
    for (uint32_t k = 0; k < n; ++k) key.push_back(static_cast<char>('a' + (k * 7 + n) % 26));
    map.push_back({key, {n}});
  }
  const FlatIndex<uint32_t> index = FlatIndex<uint32_t>::Build(map);
  for (const auto& [key, ids] : map) {
    const auto found = index.Find(key);
    ASSERT_EQ(found.size(), 1u) << key;
    EXPECT_EQ(found[0], ids[0]) << key;
    std::string other = key;
    other.back() = other.back() == 'z' ? 'y' : 'z';
    EXPECT_TRUE(index.Find(other).empty()) << other;
    EXPECT_TRUE(index.Find(key + "a").empty()) << key;
    if (key.size() > 1) {
      // A prefix is a stored key only if it has the stored spelling.
      const std::string prefix = key.substr(0, key.size() - 1);
      const auto p = index.Find(prefix);
      const bool stored =
          std::any_of(map.begin(), map.end(), [&](const auto& kv) { return kv.first == prefix; });
      EXPECT_EQ(!p.empty(), stored) << prefix;
    }
  }
  EXPECT_TRUE(index.Find("").empty());
}

// MaskMarkupInto gives MaskMarkup's text whatever the buffer held before.
TEST(MaskMarkupInto, EqualsMaskMarkupIntoAReusedBuffer) {
  const std::string cases[] = {
      "plain text without markup",
      "<p>Der Präsident</p> lobte &amp; dankte &#39;Serbien&#x2019;.",
      "a < b and c & d are no markup",
      "<script>var x = 1;</script>text<!-- comment -->end",
      "",
      "&nbsp;&nbsp;<br/>",
  };
  std::string buffer = std::string(500, 'x');
  for (const std::string& c : cases) {
    MaskMarkupInto(c, buffer);
    EXPECT_EQ(buffer, MaskMarkup(c)) << c;
    EXPECT_EQ(buffer.size(), c.size()) << c;
  }
}

class SanitisedSentence : public testing::ProbeFixture {
 protected:
  SanitisedSentence() : ProbeFixture("2024-11-12T09:00:00Z") {}
  Extraction Run(const std::string& text) const { return ExtractText(text, "de"); }
};

// Invalid UTF-8 bytes are dropped from the event's sentence; every other
// character (multi-byte ones next to the dropped bytes included) is kept.
TEST_F(SanitisedSentence, InvalidBytesAreDroppedAndTheRestKept) {
  const Extraction x =
      Run("Scholz lobte \xFF\xFE\xC3\x84gypten und Serbien f\xC3\xBCr \xC3 die Hilfe.");
  ASSERT_FALSE(x.events.empty());
  EXPECT_EQ(x.events[0].sentence, "Scholz lobte \xC3\x84gypten und Serbien f\xC3\xBCr  die Hilfe.");
  EXPECT_EQ(x.events[0].trigger, "lobte");
}

}  // namespace
}  // namespace newswire::extract
