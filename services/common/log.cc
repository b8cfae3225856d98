#include "common/log.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <mutex>

namespace newswire::log {
namespace {

std::atomic<int> g_level{static_cast<int>(Level::kInfo)};

struct SinkState {
  std::mutex mu;
  std::function<void(std::string_view)> sink;
};
SinkState& Sink() {
  static SinkState s;
  return s;
}

std::string Timestamp() {
  auto now = std::chrono::system_clock::now();
  auto ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::time_t t = std::chrono::system_clock::to_time_t(now);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[96];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms));
  return buf;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

bool ParseLevel(std::string_view name, Level* level) {
  std::string n = Lower(name);
  if (n == "debug") {
    *level = Level::kDebug;
  } else if (n == "info") {
    *level = Level::kInfo;
  } else if (n == "warn" || n == "warning") {
    *level = Level::kWarn;
  } else if (n == "error") {
    *level = Level::kError;
  } else {
    return false;
  }
  return true;
}

std::string_view LevelName(Level level) {
  switch (level) {
    case Level::kDebug:
      return "debug";
    case Level::kInfo:
      return "info";
    case Level::kWarn:
      return "warn";
    case Level::kError:
      return "error";
  }
  return "info";
}

void SetLevel(Level level) { g_level.store(static_cast<int>(level)); }
bool Enabled(Level level) { return static_cast<int>(level) >= g_level.load(); }

void SetSink(std::function<void(std::string_view)> sink) {
  std::lock_guard<std::mutex> lock(Sink().mu);
  Sink().sink = std::move(sink);
}

void Write(Level level, std::string_view msg, const Fields& fields) {
  if (!Enabled(level)) return;
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.StartObject();
  w.Key("ts");
  w.String(Timestamp());
  w.Key("level");
  std::string_view ln = LevelName(level);
  w.String(ln.data(), static_cast<rapidjson::SizeType>(ln.size()));
  w.Key("msg");
  w.String(msg.data(), static_cast<rapidjson::SizeType>(msg.size()));
  for (const auto& [key, value] : fields) {
    w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
    std::string v = Redact(key, value);
    w.String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
  }
  w.EndObject();
  std::string_view line(buf.GetString(), buf.GetSize());
  std::lock_guard<std::mutex> lock(Sink().mu);
  if (Sink().sink) {
    Sink().sink(line);
  } else {
    std::fwrite(line.data(), 1, line.size(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
  }
}

bool IsSecretKey(std::string_view key) {
  std::string k = Lower(key);
  auto check = [](const std::string& s) {
    return s.find("password") != std::string::npos || s.find("secret") != std::string::npos ||
           s.find("token") != std::string::npos || s.rfind("sasl.", 0) == 0 ||
           s.rfind("ssl.key", 0) == 0 || s.rfind("sasl_", 0) == 0 || s.rfind("ssl_key", 0) == 0;
  };
  if (check(k)) return true;
  // "kafka.consumer.sasl.password" -> also check the suffix after a map name.
  for (size_t pos = k.find('.'); pos != std::string::npos; pos = k.find('.', pos + 1)) {
    if (check(k.substr(pos + 1))) return true;
  }
  return false;
}

std::string Redact(std::string_view key, std::string_view value) {
  if (!value.empty() && IsSecretKey(key)) return "***";
  return std::string(value);
}

}  // namespace newswire::log
