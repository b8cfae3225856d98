// Structured logging: one JSON object per line on stderr (or a test sink).
//
//   {"ts":"2026-01-01T00:00:00.123Z","level":"info","msg":"assigned",
//    "topic":"news.articles","partition":"0"}
//
// Fields whose key looks secret (IsSecretKey) are written as "***", so a
// configuration value can be logged without leaking credentials.
//
// Threading: every function may be called from any thread; one line is
// written atomically (under a mutex) so lines never interleave.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newswire::log {

enum class Level { kDebug = 0, kInfo = 1, kWarn = 2, kError = 3 };

// "debug" | "info" | "warn" | "error" (also "warning"). False if unknown.
bool ParseLevel(std::string_view name, Level* level);
std::string_view LevelName(Level level);

// Messages below `level` are dropped. Default: kInfo.
void SetLevel(Level level);
bool Enabled(Level level);

// Replaces the output (default: stderr). Pass nullptr to restore stderr.
// The sink receives one complete line without the trailing newline.
void SetSink(std::function<void(std::string_view line)> sink);

using Field = std::pair<std::string_view, std::string>;
using Fields = std::vector<Field>;

void Write(Level level, std::string_view msg, const Fields& fields = {});
inline void Debug(std::string_view msg, const Fields& f = {}) { Write(Level::kDebug, msg, f); }
inline void Info(std::string_view msg, const Fields& f = {}) { Write(Level::kInfo, msg, f); }
inline void Warn(std::string_view msg, const Fields& f = {}) { Write(Level::kWarn, msg, f); }
inline void Error(std::string_view msg, const Fields& f = {}) { Write(Level::kError, msg, f); }

// True for keys that name credentials: containing "password", "secret" or
// "token", or starting with "sasl." or "ssl.key" (case-insensitive; the last
// dotted component and the full key are both checked).
bool IsSecretKey(std::string_view key);

// `value`, or "***" when IsSecretKey(key) and value is non-empty.
std::string Redact(std::string_view key, std::string_view value);

}  // namespace newswire::log
