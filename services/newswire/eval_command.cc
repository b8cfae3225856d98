// newswire eval: scores the engine against a gold corpus via the engine's
// evaluation function (services/extract/evaluation.h).
#include <cstdio>

#include "newswire/commands.h"

namespace newswire::cli {

int EvalCommand(const Args&) {
  std::fputs(
      "newswire eval: not available in this build: services/extract/evaluation.h has not "
      "landed yet; use `newswire extract GOLD.jsonl > pred.jsonl && "
      "python3 score.py GOLD.jsonl pred.jsonl`\n",
      stderr);
  return 2;
}

}  // namespace newswire::cli
