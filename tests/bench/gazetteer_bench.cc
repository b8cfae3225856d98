// Google Benchmark: Gazetteer::MatchAt at every token of real article text,
// the way the engine calls it (target: a small fraction of the engine's
// >= 100,000 sentences/s per core budget). Also the one-off Load cost.
//
// Build: add_executable(gazetteer_bench gazetteer_bench.cc) linking
// newswire_extract and benchmark::benchmark_main.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "extract/gazetteer.h"
#include "extract/text.h"

namespace newswire::extract {
namespace {

const std::filesystem::path kDataDir =
    std::filesystem::path(NEWSWIRE_SOURCE_DIR) / "configs" / "gazetteer";

// A German and a Russian diplomatic paragraph, typical of the input.
constexpr const char* kGerman =
    "Am 11. November traf sich Ilham Aliyev, Präsident der Republik Aserbaidschan, auch mit "
    "Aleksandr Lukaschenko, dem Präsidenten der Republik Belarus. Das Staatsoberhaupt dankte "
    "seinem belarussischen Amtskollegen für die Annahme der Einladung zur Teilnahme an der "
    "COP29. Die Staats- und Regierungschefs diskutierten die laufenden Arbeiten zur Aufnahme "
    "der gemeinsamen Produktion von Aufzügen für Wohngebäude, die Gründung einer Agrarstadt im "
    "Bezirk Aghdam sowie die Zusammenarbeit in den Bereichen Landwirtschaft und Industrie.";
constexpr const char* kRussian =
    "Президент Азербайджана Ильхам Алиев провёл в Баку переговоры с президентом Беларуси "
    "Александром Лукашенко. Стороны обсудили сотрудничество в рамках СНГ и ООН, а также "
    "поставки белорусской сельхозтехники в Карабах. Министр иностранных дел России Сергей "
    "Лавров заявил, что Москва поддерживает этот диалог.";

const Gazetteer& Loaded() {
  static const std::unique_ptr<Gazetteer> g = [] {
    std::string error;
    auto loaded = Gazetteer::Load(kDataDir, &error);
    if (!loaded) {
      std::fprintf(stderr, "gazetteer: %s\n", error.c_str());
      std::abort();
    }
    return loaded;
  }();
  return *g;
}

void MatchEveryToken(benchmark::State& state, const char* lang, const char* text) {
  const Gazetteer& g = Loaded();
  const std::string source(text);
  std::vector<Token> tokens;
  Tokenize(source, tokens);
  size_t matches = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < tokens.size(); ++i) {
      const GazetteerMatch m = g.MatchAt(lang, source, tokens, i);
      matches += m.token_count;
      benchmark::DoNotOptimize(m);
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * tokens.size()));
  state.counters["matched_tokens_per_pass"] =
      static_cast<double>(matches) / static_cast<double>(state.iterations());
}

void BM_MatchAtGerman(benchmark::State& state) { MatchEveryToken(state, "de", kGerman); }
void BM_MatchAtRussian(benchmark::State& state) { MatchEveryToken(state, "ru", kRussian); }

void BM_Load(benchmark::State& state) {
  for (auto _ : state) {
    std::string error;
    auto g = Gazetteer::Load(kDataDir, &error);
    benchmark::DoNotOptimize(g);
  }
}

BENCHMARK(BM_MatchAtGerman);
BENCHMARK(BM_MatchAtRussian);
BENCHMARK(BM_Load)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
}  // namespace newswire::extract
