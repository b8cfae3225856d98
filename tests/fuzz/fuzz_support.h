// Helpers shared by the fuzz targets (tests/fuzz/README.md).
//
// Every target is `extern "C" int LLVMFuzzerTestOneInput(data, size)`: it must
// accept any bytes, return 0, and stop the process (FUZZ_CHECK) only when a
// contract of the code under test is broken. Targets run single-threaded;
// state shared between runs (a loaded engine, a scratch directory) lives in
// function-local statics.
#pragma once

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

namespace newswire::fuzz {

// A broken contract: print it and abort, so libFuzzer and the replay driver
// both report the input.
#define FUZZ_CHECK(cond, what)                                                               \
  do {                                                                                       \
    if (!(cond)) {                                                                           \
      std::fprintf(stderr, "fuzz: contract broken: %s (%s:%d)\n", what, __FILE__, __LINE__); \
      std::abort();                                                                          \
    }                                                                                        \
  } while (0)

// The checkout (configs/ lives there): $NEWSWIRE_SOURCE_DIR, else the path
// compiled in.
inline std::filesystem::path SourceDir() {
  const char* env = std::getenv("NEWSWIRE_SOURCE_DIR");
  return env && *env ? std::filesystem::path(env) : std::filesystem::path(NEWSWIRE_SOURCE_DIR);
}

// Splits `data` at the first `count` newlines: fields[0..count-1] are the
// lines (without '\n'), fields[count] the rest (may contain newlines). Missing
// fields are empty.
inline std::vector<std::string_view> SplitFields(std::string_view data, size_t count) {
  std::vector<std::string_view> fields;
  for (size_t k = 0; k < count; ++k) {
    size_t nl = data.find('\n');
    if (nl == std::string_view::npos) {
      fields.push_back(data);
      data = {};
    } else {
      fields.push_back(data.substr(0, nl));
      data.remove_prefix(nl + 1);
    }
  }
  fields.push_back(data);
  return fields;
}

// A private scratch directory, removed with everything in it at exit.
class ScratchDir {
 public:
  ScratchDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "newswire-fuzz-XXXXXX").string();
    FUZZ_CHECK(mkdtemp(tmpl.data()) != nullptr, "mkdtemp");
    path_ = tmpl;
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

  void Write(const std::string& name, std::string_view content) const {
    std::ofstream out(path_ / name, std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    FUZZ_CHECK(out.good(), "writing a scratch file");
  }

 private:
  std::filesystem::path path_;
};

}  // namespace newswire::fuzz
