#include "metrics/process_collector.h"

#include <dirent.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

namespace newswire::metrics {
namespace {

prometheus::MetricFamily Family(const char* name, const char* help, prometheus::MetricType type,
                                double value) {
  prometheus::MetricFamily f;
  f.name = name;
  f.help = help;
  f.type = type;
  prometheus::ClientMetric m;
  if (type == prometheus::MetricType::Counter) {
    m.counter.value = value;
  } else {
    m.gauge.value = value;
  }
  f.metric.push_back(std::move(m));
  return f;
}

// Seconds since the epoch at boot, from /proc/stat's btime line.
bool BootTime(double* out) {
  std::ifstream in("/proc/stat");
  std::string key;
  while (in >> key) {
    if (key == "btime") {
      return static_cast<bool>(in >> *out);
    }
    in.ignore(1 << 20, '\n');
  }
  return false;
}

struct DirCloser {
  void operator()(DIR* d) const { closedir(d); }
};

int OpenFds() {
  std::unique_ptr<DIR, DirCloser> dir(opendir("/proc/self/fd"));
  if (!dir) return -1;
  int n = 0;
  while (const dirent* e = readdir(dir.get())) {
    if (e->d_name[0] != '.') ++n;
  }
  return n - 1;  // the descriptor opendir itself holds
}

}  // namespace

std::vector<prometheus::MetricFamily> ProcessCollector::Collect() const {
  std::vector<prometheus::MetricFamily> out;
  std::ifstream stat_file("/proc/self/stat");
  std::string stat;
  if (!std::getline(stat_file, stat)) return out;
  // Fields after the command name, which is parenthesised and may contain
  // spaces: field 3 (state) is the first one after the last ')'.
  const auto close = stat.rfind(')');
  if (close == std::string::npos) return out;
  std::istringstream fields(stat.substr(close + 2));
  std::string f;
  uint64_t utime = 0, stime = 0, starttime = 0, vsize = 0;
  int64_t rss_pages = 0;
  for (int field = 3; field <= 24 && fields >> f; ++field) {
    switch (field) {
      case 14:
        utime = std::strtoull(f.c_str(), nullptr, 10);
        break;
      case 15:
        stime = std::strtoull(f.c_str(), nullptr, 10);
        break;
      case 22:
        starttime = std::strtoull(f.c_str(), nullptr, 10);
        break;
      case 23:
        vsize = std::strtoull(f.c_str(), nullptr, 10);
        break;
      case 24:
        rss_pages = std::strtoll(f.c_str(), nullptr, 10);
        break;
      default:
        break;
    }
  }
  const double ticks = static_cast<double>(sysconf(_SC_CLK_TCK));
  const double page = static_cast<double>(sysconf(_SC_PAGESIZE));
  using prometheus::MetricType;
  out.push_back(Family("process_cpu_seconds_total",
                       "Total user and system CPU time spent in seconds.", MetricType::Counter,
                       static_cast<double>(utime + stime) / ticks));
  out.push_back(Family("process_resident_memory_bytes", "Resident memory size in bytes.",
                       MetricType::Gauge, static_cast<double>(rss_pages) * page));
  out.push_back(Family("process_virtual_memory_bytes", "Virtual memory size in bytes.",
                       MetricType::Gauge, static_cast<double>(vsize)));
  double boot = 0;
  if (BootTime(&boot)) {
    out.push_back(Family("process_start_time_seconds",
                         "Start time of the process since unix epoch in seconds.",
                         MetricType::Gauge, boot + static_cast<double>(starttime) / ticks));
  }
  if (const int fds = OpenFds(); fds >= 0) {
    out.push_back(
        Family("process_open_fds", "Number of open file descriptors.", MetricType::Gauge, fds));
  }
  if (const long max_fds = sysconf(_SC_OPEN_MAX); max_fds > 0) {
    out.push_back(Family("process_max_fds", "Maximum number of open file descriptors.",
                         MetricType::Gauge, static_cast<double>(max_fds)));
  }
  return out;
}

}  // namespace newswire::metrics
