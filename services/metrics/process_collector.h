// Standard process_* metrics (the names every Prometheus client library
// exports, so stock dashboards and alerts work): CPU seconds, resident and
// virtual memory, open and maximum file descriptors, start time. Read from
// /proc at scrape time, so they cost nothing between scrapes.
//
// Threading: Collect() may run concurrently from several scrapes; it only
// reads /proc. On a system without /proc it returns no families.
#pragma once

#include <prometheus/collectable.h>
#include <prometheus/metric_family.h>

#include <vector>

namespace newswire::metrics {

class ProcessCollector : public prometheus::Collectable {
 public:
  std::vector<prometheus::MetricFamily> Collect() const override;
};

}  // namespace newswire::metrics
