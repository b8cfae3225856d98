// The extraction engine: article text in, diplomatic events out.
// No Kafka inside; the daemon, `newswire extract`, benchmarks and fuzzers
// all use it the same way.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "extract/types.h"

namespace newswire::extract {

class Engine {
 public:
  // Loads gazetteer and lexicons from `configs_dir` (the repository's
  // configs/ folder: configs_dir/gazetteer, configs_dir/lexicons).
  // Returns nullptr and sets *error (naming file and line) on bad data.
  static std::unique_ptr<Engine> Load(const std::filesystem::path& configs_dir, std::string* error);

  virtual ~Engine() = default;

  // Thread-safe: may be called concurrently from any number of threads on
  // one Engine. Never throws on any input; text of any bytes is accepted
  // (invalid UTF-8 is the decoder's job to reject, but must not crash here).
  virtual Extraction Extract(const Article& article) const = 0;
};

}  // namespace newswire::extract
