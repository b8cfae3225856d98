#include "newswire/commands.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string_view>

namespace newswire::cli {
namespace {

constexpr const char* kUsage =
    "usage: newswire <command> [options]\n"
    "\n"
    "commands:\n"
    "  run --config FILE [--embedded-kafka]   the streaming daemon\n"
    "  extract [--configs DIR] [FILES...]     article JSON lines -> event JSON lines\n"
    "  check-config FILE                      validate a config, print it redacted\n"
    "  eval [--configs DIR] GOLD.jsonl [-v]   score the engine on a gold corpus\n"
    "\n"
    "`newswire <command> --help` describes each command.\n";

}  // namespace

std::string DefaultConfigsDir() {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::is_directory("configs", ec)) return "configs";
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path candidate = exe.parent_path() / ".." / ".." / "configs";
    if (fs::is_directory(candidate, ec)) return fs::weakly_canonical(candidate, ec).string();
  }
  return "configs";
}

int Main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  std::string_view command = argv[1];
  Args args(argv + 2, argv + argc);
  if (command == "run") return RunCommand(args);
  if (command == "extract") return ExtractCommand(args);
  if (command == "check-config") return CheckConfigCommand(args);
  if (command == "eval") return EvalCommand(args);
  if (command == "--help" || command == "-h" || command == "help") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  std::fprintf(stderr, "newswire: unknown command '%s'\n\n%s", argv[1], kUsage);
  return 2;
}

}  // namespace newswire::cli
