#include "metrics/build_info.h"

#include <librdkafka/rdkafka.h>

#ifndef NEWSWIRE_VERSION
#error "NEWSWIRE_VERSION must be defined by the build (services/metrics/CMakeLists.txt)"
#endif

namespace newswire::metrics {

const BuildInfo& GetBuildInfo() {
  static const BuildInfo info{NEWSWIRE_VERSION, NEWSWIRE_REVISION, NEWSWIRE_BUILD_TYPE,
                              NEWSWIRE_COMPILER, rd_kafka_version_str()};
  return info;
}

}  // namespace newswire::metrics
