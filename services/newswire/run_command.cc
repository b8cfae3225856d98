#include <cstdio>

#include "newswire/commands.h"

namespace newswire::cli {

int RunCommand(const Args&) {
  std::fputs("newswire run: not built yet\n", stderr);
  return 2;
}
int CheckConfigCommand(const Args&) {
  std::fputs("newswire check-config: not built yet\n", stderr);
  return 2;
}

}  // namespace newswire::cli
