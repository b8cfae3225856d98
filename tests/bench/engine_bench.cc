// Single-core throughput of the extraction engine on the gold corpus, and
// in the same run the bare ICU pass over the same text as the reference:
// UTF-8 -> UTF-16, NFC normalisation, case folding, word and sentence
// BreakIterators. scripts/bench.sh prints both and their ratio.
//
// Counters: sentences/s and articles/s (rates over wall time of the loop).
#include <benchmark/benchmark.h>
#include <rapidjson/document.h>
#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/engine.h"
#include "extract/gazetteer.h"
#include "extract/lexicon.h"
#include "extract/text.h"

namespace {

using newswire::extract::Article;
using newswire::extract::Engine;

const std::string kSource = NEWSWIRE_SOURCE_DIR;

struct Corpus {
  std::vector<Article> articles;
  size_t sentences = 0;  // as counted by the engine (same segmentation each run)
};

const Corpus& GoldCorpus() {
  static const Corpus corpus = [] {
    Corpus c;
    std::ifstream in(kSource + "/tests/corpus/gold.jsonl");
    std::string line;
    while (std::getline(in, line)) {
      rapidjson::Document d;
      d.Parse(line.c_str());
      if (d.HasParseError() || !d.IsObject() || !d.HasMember("article")) continue;
      const auto& a = d["article"];
      Article art;
      auto str = [&](const char* k) {
        return a.HasMember(k) && a[k].IsString() ? std::string(a[k].GetString()) : "";
      };
      art.id = str("id");
      art.text = str("text");
      art.title = str("title");
      art.lang = str("lang");
      art.published_at = str("published_at");
      c.articles.push_back(std::move(art));
    }
    return c;
  }();
  return corpus;
}

// T::Load(dir) of the repository's configs, or abort with the loader's error
// (a benchmark without its data measures nothing).
template <typename T>
std::unique_ptr<T> LoadOrDie(const std::string& dir, const char* what) {
  std::string error;
  auto loaded = T::Load(kSource + dir, &error);
  if (!loaded) {
    std::fprintf(stderr, "%s: %s\n", what, error.c_str());
    std::abort();
  }
  return loaded;
}

const Engine& TheEngine() {
  static const std::unique_ptr<Engine> engine = LoadOrDie<Engine>("/configs", "engine");
  return *engine;
}

void BM_EngineExtract(benchmark::State& state) {
  const Corpus& corpus = GoldCorpus();
  const Engine& engine = TheEngine();
  size_t sentences = 0, articles = 0, bytes = 0;
  for (auto _ : state) {
    for (const Article& a : corpus.articles) {
      auto x = engine.Extract(a);
      benchmark::DoNotOptimize(x);
      sentences += x.analysis.sentence_count;
      bytes += a.text.size();
      ++articles;
    }
  }
  state.counters["sentences_per_s"] =
      benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["articles_per_s"] =
      benchmark::Counter(static_cast<double>(articles), benchmark::Counter::kIsRate);
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_EngineExtract)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// The engine's phases one by one over the same corpus (scripts/bench.sh
// prints them as sentences/s and as a share of BM_EngineExtract): where the
// time goes. Each phase gets the input the engine gives it; together they
// are the per-token work before the per-sentence analysis (mentions,
// clauses, triggers, participants, discourse), which is the rest of
// BM_EngineExtract.
const newswire::extract::Lexicons& TheLexicons() {
  static const std::unique_ptr<newswire::extract::Lexicons> lex =
      LoadOrDie<newswire::extract::Lexicons>("/configs/lexicons", "lexicons");
  return *lex;
}

// Sentences of the corpus as the engine counts them (for the phase rates).
size_t CorpusSentences() {
  static const size_t n = [] {
    size_t total = 0;
    for (const Article& a : GoldCorpus().articles) {
      total += TheEngine().Extract(a).analysis.sentence_count;
    }
    return total;
  }();
  return n;
}

void PhaseCounters(benchmark::State& state, size_t passes) {
  const Corpus& corpus = GoldCorpus();
  size_t bytes = 0;
  for (const Article& a : corpus.articles) bytes += a.text.size();
  state.counters["sentences_per_s"] = benchmark::Counter(
      static_cast<double>(CorpusSentences() * passes), benchmark::Counter::kIsRate);
  state.SetBytesProcessed(static_cast<int64_t>(bytes * passes));
}

// HTML masking, tag-line cut, dateline (Extract's first lines).
void BM_PhaseMask(benchmark::State& state) {
  const Corpus& corpus = GoldCorpus();
  size_t passes = 0;
  for (auto _ : state) {
    for (const Article& a : corpus.articles) {
      std::string masked = newswire::extract::MaskMarkup(a.text);
      masked.resize(newswire::extract::ContentEnd(masked));
      benchmark::DoNotOptimize(newswire::extract::FindDateline(masked));
    }
    ++passes;
  }
  PhaseCounters(state, passes);
}
BENCHMARK(BM_PhaseMask)->Unit(benchmark::kMillisecond)->MinTime(1.0);

// Tokenize: NFC + case folding + hash per token, into reused storage.
void BM_PhaseTokenize(benchmark::State& state) {
  const Corpus& corpus = GoldCorpus();
  std::vector<newswire::extract::Token> tokens;
  size_t passes = 0;
  for (auto _ : state) {
    for (const Article& a : corpus.articles) {
      newswire::extract::TokenizeReusing(a.text, tokens);
      benchmark::DoNotOptimize(tokens.data());
    }
    ++passes;
  }
  PhaseCounters(state, passes);
}
BENCHMARK(BM_PhaseTokenize)->Unit(benchmark::kMillisecond)->MinTime(1.0);

// Lexicon visit of every word and comma (LanguageLexicon::Analyse), and
// sentence splitting (without the engine's abbreviation/month lookups), on
// tokens made once outside the loop.
struct TokenisedArticle {
  const newswire::extract::LanguageLexicon* ll = nullptr;
  std::string_view text;
  std::vector<newswire::extract::Token> tokens;
};
const std::vector<TokenisedArticle>& Tokenised() {
  static const std::vector<TokenisedArticle> all = [] {
    std::vector<TokenisedArticle> v;
    for (const Article& a : GoldCorpus().articles) {
      TokenisedArticle t;
      t.ll = TheLexicons().ForLanguage(a.lang.substr(0, 2));
      t.text = a.text;
      newswire::extract::Tokenize(a.text, t.tokens);
      v.push_back(std::move(t));
    }
    return v;
  }();
  return all;
}

void BM_PhaseLexicon(benchmark::State& state) {
  const auto& arts = Tokenised();
  std::vector<newswire::extract::LexHit> hits;
  size_t passes = 0;
  for (auto _ : state) {
    for (const TokenisedArticle& t : arts) {
      if (!t.ll) continue;
      hits.clear();
      for (size_t i = 0; i < t.tokens.size(); ++i) {
        if (!t.tokens[i].is_word && t.tokens[i].folded != ",") continue;
        benchmark::DoNotOptimize(t.ll->Analyse(t.text, t.tokens, i, hits));
      }
      benchmark::DoNotOptimize(hits.data());
    }
    ++passes;
  }
  PhaseCounters(state, passes);
}
BENCHMARK(BM_PhaseLexicon)->Unit(benchmark::kMillisecond)->MinTime(1.0);

void BM_PhaseSentences(benchmark::State& state) {
  const auto& arts = Tokenised();
  size_t passes = 0;
  for (auto _ : state) {
    for (const TokenisedArticle& t : arts) {
      benchmark::DoNotOptimize(
          newswire::extract::SplitSentences(t.text, t.tokens, [](size_t) { return false; }));
    }
    ++passes;
  }
  PhaseCounters(state, passes);
}
BENCHMARK(BM_PhaseSentences)->Unit(benchmark::kMillisecond)->MinTime(1.0);

// Gazetteer::MatchAt at every word token of the corpus in the article's
// language (the engine skips function and trigger words, so this is an
// upper bound of the gazetteer's share of the per-sentence analysis).
const newswire::extract::Gazetteer& TheGazetteer() {
  static const std::unique_ptr<newswire::extract::Gazetteer> gaz =
      LoadOrDie<newswire::extract::Gazetteer>("/configs/gazetteer", "gazetteer");
  return *gaz;
}

void BM_PhaseGazetteer(benchmark::State& state) {
  const auto& arts = Tokenised();
  const newswire::extract::Gazetteer& g = TheGazetteer();
  std::vector<std::string> langs;
  for (const Article& a : GoldCorpus().articles) langs.push_back(a.lang.substr(0, 2));
  size_t passes = 0, matched = 0;
  for (auto _ : state) {
    for (size_t k = 0; k < arts.size(); ++k) {
      const TokenisedArticle& t = arts[k];
      for (size_t i = 0; i < t.tokens.size(); ++i) {
        if (!t.tokens[i].is_word) continue;
        matched += g.MatchAt(langs[k], t.text, t.tokens, i).token_count;
      }
    }
    ++passes;
  }
  benchmark::DoNotOptimize(matched);
  PhaseCounters(state, passes);
}
BENCHMARK(BM_PhaseGazetteer)->Unit(benchmark::kMillisecond)->MinTime(1.0);

// The reference: what "just running ICU over the text" costs.
void BM_IcuReference(benchmark::State& state) {
  const Corpus& corpus = GoldCorpus();
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  std::unique_ptr<icu::BreakIterator> sentences_it(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) {
    state.SkipWithError("ICU setup failed");
    return;
  }
  size_t sentences = 0, articles = 0, bytes = 0, word_count = 0;
  for (auto _ : state) {
    for (const Article& a : corpus.articles) {
      icu::UnicodeString u = icu::UnicodeString::fromUTF8(a.text);
      UErrorCode st = U_ZERO_ERROR;
      icu::UnicodeString n = nfc->normalize(u, st);
      n.foldCase(U_FOLD_CASE_DEFAULT);
      words->setText(n);
      for (int32_t p = words->first(); p != icu::BreakIterator::DONE; p = words->next()) {
        ++word_count;
      }
      sentences_it->setText(n);
      for (int32_t p = sentences_it->first(); p != icu::BreakIterator::DONE;
           p = sentences_it->next()) {
        ++sentences;
      }
      bytes += a.text.size();
      ++articles;
    }
  }
  benchmark::DoNotOptimize(word_count);
  state.counters["sentences_per_s"] =
      benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["articles_per_s"] =
      benchmark::Counter(static_cast<double>(articles), benchmark::Counter::kIsRate);
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_IcuReference)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace

BENCHMARK_MAIN();
