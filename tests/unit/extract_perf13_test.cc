// Session-10 speed work (perf13) checked against the plain definitions it
// shortcuts:
//  - Collect rejects a pattern with a `...` gap when no token the gap can
//    reach could be the exact word (or start the prefix) after the gap
//    (one 64-bit summary of the following tokens per word), and the gap
//    loop tries a prefix after the gap only at tokens with its first byte:
//    the hits must be those of a plain matcher of the pattern syntax
//    (exact, `w*`, `*w`, `...`, `$`) on random token sequences that put the
//    words after the gap inside, at the edge of and beyond its reach;
//  - FlatIndex and TokenMatches compare short keys with SameBytes (two
//    overlapping loads instead of memcmp): equal to memcmp at every length
//    and every differing position.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "extract/flat_index.h"
#include "extract/lexicon.h"
#include "extract/text.h"

namespace newswire::extract {
namespace {

TEST(Perf13SameBytes, EqualsMemcmpAtEveryLengthAndPosition) {
  std::string a(40, 'x'), b(40, 'x');
  for (size_t i = 0; i < a.size(); ++i) a[i] = b[i] = static_cast<char>('a' + i % 26);
  for (size_t n = 0; n <= a.size(); ++n) {
    EXPECT_TRUE(SameBytes(a.data(), b.data(), n)) << n;
    for (size_t at = 0; at < n; ++at) {
      std::string c = b;
      c[at] = static_cast<char>(c[at] ^ 0x40);
      EXPECT_EQ(SameBytes(a.data(), c.data(), n), std::memcmp(a.data(), c.data(), n) == 0)
          << n << " " << at;
      EXPECT_FALSE(SameBytes(a.data(), c.data(), n)) << n << " " << at;
    }
    // A difference just past the compared bytes does not count.
    if (n < a.size()) {
      std::string c = b;
      c[n] = '#';
      EXPECT_TRUE(SameBytes(a.data(), c.data(), n)) << n;
    }
  }
}

// Gap patterns of every shape the quick tests distinguish: an exact word
// or a prefix after the gap, a suffix (no quick test), pattern tokens
// before the gap (up to and beyond the summarised lead), two gaps, a gap
// that ends the pattern, a clause end before the gap, a gap after a gap.
constexpr const char* kGapLexicon =
    "CRITICISM\tcalled ... illegal\tv\n"
    "PRAISE\tcalled ... friend*\tv\n"
    "PRAISE\tcalled ... *ship\tv\n"
    "AID\tsent ... aid\tv\n"
    "AID\tsent aid\tv\n"
    "AGREEMENT\thas signed ... deal\tv\n"
    "MEETING\thas a b c d ... talks\tv\n"
    "VISIT\thas a b c d e ... trip\tv\n"
    "THANKS\tthanked ... for ... help\tv\n"
    "INVITATION\tinvited ...\tv\n"
    "PROTEST\tsummoned $ ... envoy\tv\n"
    "SANCTION\timposed ... ... sanctions\tv\n"
    "CONDOLENCE\toffered cond* ... fam*\tv\n";

class Perf13GapPatterns : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("perf13_gap_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            std::to_string(reinterpret_cast<uintptr_t>(this)));
    std::filesystem::create_directories(dir_);
    std::ofstream(dir_ / "event_types.tsv")
        << "MEETING\t040\t1.0\tCONSULT\tneutral\t0.1\t\n"
           "VISIT\t042\t1.9\tCONSULT\tpositive\t0.3\t\n"
           "PRAISE\t051\t3.4\tSUPPORT\tpositive\t0.6\t\n"
           "CONDOLENCE\t018\t3.4\tSUPPORT\tnegative\t-0.4\t\n"
           "THANKS\t051\t3.4\tSUPPORT\tpositive\t0.6\t\n"
           "AGREEMENT\t057\t8.0\tAGREE\tpositive\t0.5\t\n"
           "INVITATION\t036\t4.0\tCONSULT\tpositive\t0.4\t\n"
           "AID\t070\t7.0\tAID\tpositive\t0.5\t\n"
           "CRITICISM\t111\t-2.0\tDISAPPROVE\tnegative\t-0.6\t\n"
           "PROTEST\t160\t-4.0\tDISAPPROVE\tnegative\t-0.6\t\n"
           "SANCTION\t163\t-8.0\tSANCTION\tnegative\t-0.8\t\n";
    for (const char* l : {"de", "en", "fr", "es", "ru"}) {
      std::ofstream(dir_ / (std::string(l) + ".tsv"))
          << (std::string(l) == "en" ? kGapLexicon : "PRAISE\tlob*\tv\n");
      std::ofstream(dir_ / (std::string("sentiment_") + l + ".tsv")) << "good\t0.5\n";
    }
    std::string error;
    lex_ = Lexicons::Load(dir_, &error);
    ASSERT_NE(lex_, nullptr) << error;
    // The same patterns for the plain matcher.
    const std::string all = kGapLexicon;
    for (size_t at = 0; at < all.size();) {
      const size_t nl = all.find('\n', at);
      const std::string line = all.substr(at, nl - at);
      at = nl + 1;
      const size_t t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
      Reference r;
      r.type = line.substr(0, t1);
      const std::string pattern = line.substr(t1 + 1, t2 - t1 - 1);
      for (size_t b = 0; b < pattern.size();) {
        size_t e = pattern.find(' ', b);
        if (e == std::string::npos) e = pattern.size();
        r.tokens.push_back(pattern.substr(b, e - b));
        b = e + 1;
      }
      references_.push_back(r);
    }
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  struct Reference {
    std::string type;
    std::vector<std::string> tokens;
  };

  // The pattern syntax by its definition (lexicon.h): `...` spans up to 16
  // tokens and stops after sentence punctuation (not the "." of a
  // one-letter abbreviation), `$` is a clause end and consumes nothing.
  static size_t MatchFrom(const std::vector<Token>& t, size_t pos, const Reference& r, size_t k) {
    for (; k < r.tokens.size(); ++k) {
      const std::string& p = r.tokens[k];
      if (p == "...") {
        for (size_t j = pos; j < t.size() && j < pos + 16; ++j) {
          if (size_t end = MatchFrom(t, j, r, k + 1)) return end;
          if (t[j].is_word || t[j].folded.size() != 1) continue;
          const char c = t[j].folded[0];
          const bool abbreviation =
              c == '.' && j > 0 && t[j - 1].is_word && t[j - 1].end - t[j - 1].begin == 1;
          if ((c == '.' && !abbreviation) || c == '!' || c == '?' || c == ';') break;
        }
        return 0;
      }
      if (p == "$") {
        if (pos >= t.size()) continue;
        const std::string& f = t[pos].folded;
        const bool boundary = f == "." || f == "," || f == ";" || f == "!" || f == "?" ||
                              f == ":" || f == "und" || f == "oder";
        if (!boundary) return 0;
        continue;
      }
      if (pos >= t.size()) return 0;
      const std::string& f = t[pos].folded;
      bool ok;
      if (p.size() > 1 && p.back() == '*') {
        ok = f.starts_with(p.substr(0, p.size() - 1));
      } else if (p.size() > 1 && p.front() == '*') {
        ok = f.ends_with(p.substr(1));
      } else {
        ok = f == p;
      }
      if (!ok) return 0;
      ++pos;
    }
    return pos;
  }

  // "TYPE/length" of every hit at each token, sorted: the lexicon's and the
  // plain matcher's.
  std::vector<std::string> LexiconHits(const std::string& text, const std::vector<Token>& t,
                                       size_t i) const {
    std::vector<LexHit> hits;
    lex_->ForLanguage("en")->HitsAt(text, t, i, hits);
    std::vector<std::string> out;
    for (const LexHit& h : hits) {
      out.push_back(lex_->event_types()[static_cast<size_t>(h.event_type)].name + "/" +
                    std::to_string(h.length));
    }
    std::sort(out.begin(), out.end());
    return out;
  }
  std::vector<std::string> ReferenceHits(const std::vector<Token>& t, size_t i) const {
    std::vector<std::string> out;
    for (const Reference& r : references_) {
      if (t[i].folded != r.tokens[0]) continue;
      if (size_t end = MatchFrom(t, i + 1, r, 1)) {
        out.push_back(r.type + "/" + std::to_string(end - i));
      }
    }
    std::sort(out.begin(), out.end());
    return out;
  }
  void ExpectSameHits(const std::string& text) {
    std::vector<Token> t;
    Tokenize(text, t);
    for (size_t i = 0; i < t.size(); ++i) {
      EXPECT_EQ(LexiconHits(text, t, i), ReferenceHits(t, i)) << text << " #" << i;
    }
  }

  std::filesystem::path dir_;
  std::unique_ptr<Lexicons> lex_;
  std::vector<Reference> references_;
};

TEST_F(Perf13GapPatterns, WordsAfterTheGapInsideAtTheEdgeAndBeyondItsReach) {
  const std::string filler = " x x x x x x x x x x x x x x x";  // 15 tokens
  // Inside the gap.
  ExpectSameHits("They called the move illegal.");
  ExpectSameHits("He called Kenya a friend and a friendly partner.");
  ExpectSameHits("She called it a partnership.");
  ExpectSameHits("Japan sent food aid.");
  ExpectSameHits("Japan has signed a gas deal.");
  ExpectSameHits("It has a b c d then talks and has a b c d e then a trip.");
  ExpectSameHits("He thanked Chile for its help.");
  ExpectSameHits("Rome invited Paris.");
  ExpectSameHits("Oslo summoned, the envoy.");
  ExpectSameHits("Oslo summoned the envoy.");
  ExpectSameHits("They imposed new sanctions.");
  ExpectSameHits("He offered condolences to the families.");
  // At the edge: 15 and 16 tokens between trigger and word, and beyond.
  ExpectSameHits("called" + filler + " illegal");
  ExpectSameHits("called" + filler + " x illegal");
  ExpectSameHits("called" + filler + " x x illegal");
  ExpectSameHits("has signed" + filler + " deal has signed" + filler + " x deal");
  ExpectSameHits("has a b c d" + filler + " talks");
  ExpectSameHits("has a b c d" + filler + " x talks");
  // Sentence punctuation ends the gap; the "." of an initial does not.
  ExpectSameHits("They called it wrong. Illegal, said others.");
  ExpectSameHits("They called J. Smith illegal; or a friend? No!");
  ExpectSameHits("called ... illegal friend* *ship");
  ExpectSameHits("");
  ExpectSameHits("called");
}

TEST_F(Perf13GapPatterns, RandomSequencesGiveThePlainMatchersHits) {
  const std::vector<std::string> words = {"called",
                                          "sent",
                                          "has",
                                          "signed",
                                          "a",
                                          "b",
                                          "c",
                                          "d",
                                          "e",
                                          "thanked",
                                          "for",
                                          "invited",
                                          "summoned",
                                          "imposed",
                                          "offered",
                                          "condolences",
                                          "families",
                                          "famous",
                                          "illegal",
                                          "friend",
                                          "friendly",
                                          "partnership",
                                          "ship",
                                          "aid",
                                          "deal",
                                          "talks",
                                          "trip",
                                          "help",
                                          "envoy",
                                          "sanctions",
                                          "x",
                                          "y",
                                          "J",
                                          "Smith",
                                          ".",
                                          ",",
                                          ";",
                                          "!",
                                          "?",
                                          ":",
                                          "und",
                                          "—",
                                          "\xD0\xB4\xD1\x80\xD1\x83\xD0\xB3",
                                          "fri"};
  std::mt19937 rng(13);
  std::uniform_int_distribution<size_t> pick(0, words.size() - 1), len(0, 40);
  for (int round = 0; round < 400; ++round) {
    std::string text;
    for (size_t n = len(rng), k = 0; k < n; ++k) {
      const std::string& w = words[pick(rng)];
      // "J." without a space: the one-letter abbreviation case.
      if (!(w == "." && !text.empty() && text.back() == 'J')) text += ' ';
      text += w;
    }
    ExpectSameHits(text);
  }
}

}  // namespace
}  // namespace newswire::extract
