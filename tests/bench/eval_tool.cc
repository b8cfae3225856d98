// Developer tool: engine_eval CONFIGS_DIR GOLD.jsonl [-v]
// Prints the score.py table for the engine on a gold corpus.
#include <cstring>
#include <iostream>

#include "extract/engine.h"
#include "extract/evaluation.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: engine_eval CONFIGS_DIR GOLD.jsonl [-v]\n";
    return 2;
  }
  std::string error;
  auto engine = newswire::extract::Engine::Load(argv[1], &error);
  if (!engine) {
    std::cerr << error << "\n";
    return 1;
  }
  bool verbose = argc > 3 && std::strcmp(argv[3], "-v") == 0;
  newswire::extract::EvalReport report;
  if (!newswire::extract::Evaluate(*engine, argv[2], &std::cout, verbose, &report, &error)) {
    std::cerr << error << "\n";
    return 1;
  }
  return 0;
}
