// newswire eval: scores the engine against a gold corpus with the engine's
// evaluation (services/extract/evaluation.h, the same matching as
// /work/shared/eval/score.py).
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include "extract/engine.h"
#include "extract/evaluation.h"
#include "newswire/commands.h"

namespace newswire::cli {
namespace {

constexpr const char* kHelp =
    "usage: newswire eval [--configs DIR] GOLD.jsonl [-v]\n"
    "\n"
    "Runs the engine over every article of GOLD.jsonl ({\"article\": {...},\n"
    "\"gold\": [...]} per line) and prints precision, recall and F1 overall,\n"
    "per event type and per language; the last line is \"F1 <x> P <p> R <r>\".\n"
    "\n"
    "  --configs DIR   gazetteer and lexicons (default: ./configs or the checkout's)\n"
    "  -v              also list every missed (MISS) and extra (EXTRA) event\n";

}  // namespace

int EvalCommand(const Args& args) {
  std::string configs = DefaultConfigsDir();
  std::string gold;
  bool verbose = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--help" || a == "-h") {
      std::fputs(kHelp, stdout);
      return 0;
    } else if (a == "--configs" && i + 1 < args.size()) {
      configs = args[++i];
    } else if (a == "-v" || a == "--verbose") {
      verbose = true;
    } else if (!a.empty() && a[0] != '-' && gold.empty()) {
      gold = a;
    } else {
      std::fprintf(stderr, "newswire eval: unexpected argument '%s'\n\n%s", a.c_str(), kHelp);
      return 2;
    }
  }
  if (gold.empty()) {
    std::fputs(kHelp, stderr);
    return 2;
  }
  std::string error;
  std::unique_ptr<extract::Engine> engine = extract::Engine::Load(configs, &error);
  if (!engine) {
    std::fprintf(stderr, "newswire eval: cannot load engine from %s: %s\n", configs.c_str(),
                 error.c_str());
    return 1;
  }
  extract::EvalReport report;
  if (!extract::Evaluate(*engine, gold, &std::cout, verbose, &report, &error)) {
    std::fprintf(stderr, "newswire eval: %s\n", error.c_str());
    return 1;
  }
  std::cout.flush();
  return 0;
}

}  // namespace newswire::cli
