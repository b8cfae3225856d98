// What was built: version, source revision, build type, compiler and the
// librdkafka it runs against. Exported as newswire_build_info{...} 1 by
// PipelineMetrics and printed by `newswire --version`.
//
// Values are fixed at configure/compile time (revision: `git describe` when
// CMake configured the tree, "unknown" outside git), except librdkafka,
// which is the runtime library's version string.
#pragma once

#include <string>

namespace newswire::metrics {

struct BuildInfo {
  std::string version;     // project version, e.g. "0.1.0"
  std::string revision;    // e.g. "50c24c7" or "50c24c7-dirty"
  std::string build_type;  // Release, Debug, ...
  std::string compiler;    // e.g. "GNU 12.2.0"
  std::string librdkafka;  // rd_kafka_version_str(), e.g. "2.0.2"
};

// Thread-safe; computed once.
const BuildInfo& GetBuildInfo();

}  // namespace newswire::metrics
