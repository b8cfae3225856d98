// The per-token lookup structures of the engine's hot path: the token hash
// computed by the tokenizer, TokenizeReusing (storage reuse), the lexicon
// vocabulary (one probe per word: exact patterns, sentiment and
// intensifier together) and the stem/suffix length tables.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "extract/flat_index.h"
#include "extract/lexicon.h"
#include "extract/text.h"
#include "extract_test_support.h"

namespace newswire::extract {
namespace {

// Texts that exercise every path of the tokenizer and folding: ASCII,
// precomposed Latin/Cyrillic/Greek, ß, a combining mark (ICU fallback),
// CJK (no table entry), typographic punctuation, invalid UTF-8 bytes.
const std::vector<std::string>& Texts() {
  static const std::vector<std::string> texts = {
      "Präsident Aliyev traf den Außenminister in Baku.",
      "STRASSE Straße straße — «Москва» и БЕЛАРУСЬ; ΣΟΦΙΑ σοφία",
      "Cafe\xCC\x81 na\xC3\xAFve l\xE2\x80\x99"
      "Azerba\xC3\xAF"
      "djan 東京 2024-11-12",
      "bad \xFF\xFE bytes \xC3 end\xE2\x80",
      "",
      "   \n\t ",
  };
  return texts;
}

bool SameTokens(const std::vector<Token>& a, const std::vector<Token>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].begin != b[i].begin || a[i].end != b[i].end || a[i].is_word != b[i].is_word ||
        a[i].folded != b[i].folded || a[i].hash != b[i].hash) {
      return false;
    }
  }
  return true;
}

TEST(ExtractVocab, TokenHashIsTheHashOfTheFoldedText) {
  for (const std::string& text : Texts()) {
    std::vector<Token> tokens;
    Tokenize(text, tokens);
    for (const Token& t : tokens) {
      EXPECT_EQ(t.hash, FlatIndexHash(t.folded)) << text << " token " << t.folded;
      EXPECT_EQ(TokenHash(t), t.hash);
    }
  }
  // A hand-built token without hash gets one computed.
  Token t;
  t.folded = "baku";
  EXPECT_EQ(TokenHash(t), FlatIndexHash("baku"));
}

TEST(ExtractVocab, HashStepsGiveEveryPrefixHash) {
  const std::string s = "aserbaidschanisch";
  uint64_t h = kFlatIndexHashSeed;
  for (size_t n = 1; n <= s.size(); ++n) {
    h = FlatIndexHashStep(h, static_cast<unsigned char>(s[n - 1]));
    EXPECT_EQ(FlatIndexHashFinish(h), FlatIndexHash(std::string_view(s).substr(0, n))) << n;
  }
  EXPECT_NE(FlatIndexHash("baku"), FlatIndexHash("bakü"));
}

TEST(ExtractVocab, CombiningMarksAndEszettFoldLikeFoldCase) {
  std::vector<Token> tokens;
  Tokenize("Cafe\xCC\x81 STRASSE Straße", tokens);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].folded, FoldCase("Cafe\xCC\x81"));  // NFC: "café"
  EXPECT_EQ(tokens[0].folded, "caf\xC3\xA9");
  EXPECT_EQ(tokens[1].folded, "strasse");
  EXPECT_EQ(tokens[2].folded, "strasse");
  EXPECT_EQ(tokens[1].hash, tokens[2].hash);
}

TEST(ExtractVocab, InvalidUtf8IsSkippedAndEndsWords) {
  std::vector<Token> tokens;
  Tokenize(std::string("ab\xFF"
                       "cd \xC3",
                       7),
           tokens);
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].folded, "ab");
  EXPECT_EQ(tokens[1].folded, "cd");
  EXPECT_EQ(tokens[1].begin, 3u);
}

TEST(ExtractVocab, TokenizeReusingEqualsTokenizeWhateverTheVectorHeld) {
  std::vector<Token> reused;
  // Every text after every other one: the vector shrinks, grows, and its
  // tokens' strings are overwritten with shorter and longer words.
  for (int round = 0; round < 2; ++round) {
    for (const std::string& text : Texts()) {
      std::vector<Token> fresh;
      Tokenize(text, fresh);
      TokenizeReusing(text, reused);
      EXPECT_TRUE(SameTokens(fresh, reused)) << text;
    }
  }
  // Tokenize appends; TokenizeReusing replaces.
  std::vector<Token> appended;
  Tokenize("a b", appended);
  Tokenize("c", appended);
  EXPECT_EQ(appended.size(), 3u);
  TokenizeReusing("c", appended);
  ASSERT_EQ(appended.size(), 1u);
  EXPECT_EQ(appended[0].folded, "c");
}

// A lexicon written for the test: stems and suffixes that share their
// first/last bytes at different lengths, a stem longer than 30 bytes, and
// sentiment/intensifier entries on the same words as patterns.
class ExtractVocabLexicon : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("vocab_test_" + std::to_string(reinterpret_cast<uintptr_t>(this)));
    std::filesystem::create_directories(dir_);
    Write("event_types.tsv",
          "PRAISE\t051\t3.4\tSUPPORT\tpositive\t0.5\ttarget\n"
          "CRITICISM\t111\t-2\tDISAPPROVE\tnegative\t-0.5\ttarget\n");
    for (const char* l : {"de", "fr", "es", "ru"}) {
      Write(std::string(l) + ".tsv", "PRAISE\tlob*\tv\n");
      Write(std::string("sentiment_") + l + ".tsv", "gut\t0.5\n");
    }
    Write("en.tsv",
          "PRAISE\tpraise*\tv\n"                              // stem, 6 bytes
          "PRAISE\tpra*\tv\n"                                 // same first bytes, 3
          "CRITICISM\tcriticised\tv\n"                        // exact
          "CRITICISM\tcondemn* the attack\tv\n"               // stem + rest
          "PRAISE\tsupercalifragilisticexpialidocious*\tn\n"  // 34 bytes
          "CRITICISM\t*angriff\tn\n"                          // suffix
          "CRITICISM\t*griff\tn\n"                            // shorter, same end
          "@neg\tnot\n"
          "@det\tthe\n");
    Write("sentiment_en.tsv",
          "praised\t0.8\n"  // exact word that is also a stem match
          "prai*\t0.2\n"    // short stem
          "praise*\t0.4\n"  // longer stem wins
          "criticised\t-0.6\n"
          "@intens\tvery\t1.5\n"
          "@intens\tnot\t0\n");  // factor 0 counts as none (1)
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void Write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name) << content;
  }
  const LanguageLexicon& En() {
    if (!lex_) {
      std::string error;
      lex_ = Lexicons::Load(dir_, &error);
      EXPECT_NE(lex_, nullptr) << error;
    }
    return *lex_->ForLanguage("en");
  }
  // Event types of the hits starting at each token of `text`.
  std::vector<std::vector<std::string>> Hits(const std::string& text) {
    std::vector<Token> tokens;
    Tokenize(text, tokens);
    std::vector<std::vector<std::string>> out;
    for (size_t i = 0; i < tokens.size(); ++i) {
      std::vector<LexHit> hits;
      En().HitsAt(text, tokens, i, hits);
      std::vector<std::string> names;
      for (const LexHit& h : hits) names.push_back(testing::HitName(*lex_, h));
      out.push_back(names);
    }
    return out;
  }
  std::filesystem::path dir_;
  std::unique_ptr<Lexicons> lex_;
};

using Names = std::vector<std::string>;

TEST_F(ExtractVocabLexicon, StemsOfEveryLengthSharingTheFirstBytesMatch) {
  auto hits = Hits("praised pray pr praisewor");
  ASSERT_EQ(hits.size(), 4u);
  // Stems by ascending length: pra* (3) then praise* (6).
  EXPECT_EQ(hits[0], (Names{"PRAISE/1", "PRAISE/1"}));
  EXPECT_EQ(hits[1], (Names{"PRAISE/1"}));  // pra* only
  EXPECT_EQ(hits[2], (Names{}));            // shorter than every stem
  EXPECT_EQ(hits[3], (Names{"PRAISE/1", "PRAISE/1"}));
}

TEST_F(ExtractVocabLexicon, LongStemsAndExactWordsAndRests) {
  auto hits = Hits("Supercalifragilisticexpialidociousness criticised condemned the attack");
  ASSERT_EQ(hits.size(), 5u);
  EXPECT_EQ(hits[0], (Names{"PRAISE/1"}));
  EXPECT_EQ(hits[1], (Names{"CRITICISM/1"}));
  EXPECT_EQ(hits[2], (Names{"CRITICISM/3"}));
  EXPECT_EQ(hits[3].size(), 1u);  // @det
  // A stem of 34 bytes needs the whole stem: a 31-byte word does not match.
  EXPECT_EQ(Hits("supercalifragilisticexpialidoc")[0], Names{});
}

TEST_F(ExtractVocabLexicon, SuffixesOfEveryLengthSharingTheLastBytesMatch) {
  auto hits = Hits("Luftangriff Zugriff griff angriff");
  ASSERT_EQ(hits.size(), 4u);
  EXPECT_EQ(hits[0], (Names{"CRITICISM/1", "CRITICISM/1"}));  // *griff, *angriff
  EXPECT_EQ(hits[1], (Names{"CRITICISM/1"}));                 // *griff
  EXPECT_EQ(hits[2], Names{});                                // a suffix needs something before it
  EXPECT_EQ(hits[3], (Names{"CRITICISM/1"}));  // "angriff" = *griff; *angriff needs more
}

TEST_F(ExtractVocabLexicon, SentimentExactBeatsStemsAndTheLongestStemWins) {
  std::vector<Token> t;
  Tokenize("praised praiseworthy praiz criticised very not table", t);
  const LanguageLexicon& en = En();
  EXPECT_DOUBLE_EQ(en.Sentiment(t[0]), 0.8);   // exact
  EXPECT_DOUBLE_EQ(en.Sentiment(t[1]), 0.4);   // praise* over prai*
  EXPECT_DOUBLE_EQ(en.Sentiment(t[2]), 0.2);   // prai*
  EXPECT_DOUBLE_EQ(en.Sentiment(t[3]), -0.6);  // exact word that is also a trigger
  EXPECT_DOUBLE_EQ(en.Intensifier(t[4]), 1.5);
  EXPECT_DOUBLE_EQ(en.Intensifier(t[5]), 1.0);  // factor 0 = none
  EXPECT_DOUBLE_EQ(en.Intensifier(t[6]), 1.0);
  EXPECT_DOUBLE_EQ(en.Sentiment(t[6]), 0.0);
}

TEST_F(ExtractVocabLexicon, AnalyseEqualsHitsAtSentimentAndIntensifier) {
  const std::string text = "Very praised , not criticised the Luftangriff; praiz.";
  std::vector<Token> t;
  Tokenize(text, t);
  const LanguageLexicon& en = En();
  for (size_t i = 0; i < t.size(); ++i) {
    std::vector<LexHit> a, b;
    const WordInfo info = en.Analyse(text, t, i, a);
    en.HitsAt(text, t, i, b);
    ASSERT_EQ(a.size(), b.size()) << t[i].folded;
    for (size_t k = 0; k < a.size(); ++k) {
      EXPECT_EQ(a[k].cls, b[k].cls);
      EXPECT_EQ(a[k].length, b[k].length);
      EXPECT_EQ(a[k].event_type, b[k].event_type);
    }
    EXPECT_EQ(info.sentiment, en.Sentiment(t[i])) << t[i].folded;
    EXPECT_EQ(info.intensifier, en.Intensifier(t[i])) << t[i].folded;
  }
  // Punctuation has no sentiment and factor 1.
  EXPECT_EQ(en.Sentiment(t[2]), 0.0);
  EXPECT_EQ(en.Intensifier(t[2]), 1.0);
}

}  // namespace
}  // namespace newswire::extract
