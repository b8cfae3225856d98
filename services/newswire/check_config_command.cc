// newswire check-config: validates a configuration file (plus NEWSWIRE__*
// environment overrides) and prints the effective configuration, redacted.
#include <cstdio>
#include <string>

#include "config/config.h"
#include "newswire/commands.h"

namespace newswire::cli {
namespace {

constexpr const char* kHelp =
    "usage: newswire check-config FILE\n"
    "       newswire check-config --keys\n"
    "\n"
    "Validates FILE with the NEWSWIRE__SECTION__KEY environment overrides\n"
    "applied. Every problem is reported with its key and location, then the\n"
    "exit code is 1. On success the effective configuration is printed as\n"
    "YAML with secrets (password, secret, token, sasl.*, ssl.key*) redacted.\n"
    "--keys prints the schema: every key with type, default and description.\n";

}  // namespace

int CheckConfigCommand(const Args& args) {
  if (args.size() != 1) {
    std::fputs(kHelp, stderr);
    return 2;
  }
  if (args[0] == "--help" || args[0] == "-h") {
    std::fputs(kHelp, stdout);
    return 0;
  }
  if (args[0] == "--keys") {
    std::puts("| key | type | default | description |");
    std::puts("|---|---|---|---|");
    for (const auto& k : config::DescribeKeys()) {
      std::printf("| `%s` | %s | `%s` | %s |\n", k.key.c_str(), k.type.c_str(),
                  k.default_value.c_str(), k.description.c_str());
    }
    return 0;
  }
  auto result = config::LoadFile(args[0], config::ProcessEnvironment());
  if (!result.ok()) {
    for (const auto& e : result.error()) std::fprintf(stderr, "%s\n", e.ToString().c_str());
    std::fprintf(stderr, "%s: %zu problem(s)\n", args[0].c_str(), result.error().size());
    return 1;
  }
  std::string yaml = config::ToRedactedYaml(*result);
  std::fwrite(yaml.data(), 1, yaml.size(), stdout);
  return 0;
}

}  // namespace newswire::cli
