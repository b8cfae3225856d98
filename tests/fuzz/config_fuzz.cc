// Fuzz target: the configuration loader (services/config) on arbitrary YAML
// and environment overrides.
//
// Input: leading lines "NEWSWIRE__...=value" are environment overrides; the
// rest is the YAML file. Contracts checked (config.h): the loader never
// throws or crashes; a failure carries at least one error, each naming its
// location; an accepted config's redacted YAML loads again.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "config/config.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newswire;
  std::string_view in(reinterpret_cast<const char*>(data), size);
  config::Environment env;
  while (in.substr(0, 10) == "NEWSWIRE__") {
    size_t nl = in.find('\n');
    std::string_view line = in.substr(0, nl);
    size_t eq = line.find('=');
    if (eq == std::string_view::npos) break;
    env[std::string(line.substr(0, eq))] = std::string(line.substr(eq + 1));
    in.remove_prefix(nl == std::string_view::npos ? in.size() : nl + 1);
  }
  static const fuzz::ScratchDir base;
  auto r = config::LoadString(in, "fuzz.yaml", base.path(), env);
  if (!r.ok()) {
    FUZZ_CHECK(!r.error().empty(), "a failed load reports an error");
    for (const auto& e : r.error()) {
      FUZZ_CHECK(!e.ToString().empty(), "errors print");
      FUZZ_CHECK(!e.location.empty(), "every error names where it came from");
    }
    return 0;
  }
  const std::string yaml = config::ToRedactedYaml(r.value());
  auto again = config::LoadString(yaml, "redacted.yaml", base.path(), {});
  if (!again.ok()) {
    for (const auto& e : again.error()) std::fprintf(stderr, "%s\n", e.ToString().c_str());
  }
  FUZZ_CHECK(again.ok(), "the redacted YAML of an accepted config loads again");
  return 0;
}
