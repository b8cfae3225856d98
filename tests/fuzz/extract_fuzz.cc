// Fuzz target: extract::Engine::Extract on arbitrary articles, then the
// daemon's path after it (FinalizeExtraction, EncodeEvent/EncodeAnalysis in
// both formats).
//
// Input: "lang\npublished_at\ntitle\ntext" (the first three lines are the
// fields, the rest is the text, any bytes: invalid UTF-8, NULs, ...).
// Contracts checked (engine.h, types.h, newswire.proto): Extract never
// throws or crashes; evidence offsets lie inside the text; tone and
// confidence are finite and in range; every event has a type; the JSON
// output is valid UTF-8.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "codec/article_decoder.h"
#include "codec/event_encoder.h"
#include "extract/engine.h"
#include "fuzz_support.h"

namespace {

using newswire::fuzz::SplitFields;

const newswire::extract::Engine& TheEngine() {
  static const std::unique_ptr<newswire::extract::Engine> engine = [] {
    std::string error;
    auto e = newswire::extract::Engine::Load(newswire::fuzz::SourceDir() / "configs", &error);
    if (!e) std::fprintf(stderr, "fuzz_extract: %s\n", error.c_str());
    FUZZ_CHECK(e != nullptr, "Engine::Load(configs)");
    return e;
  }();
  return *engine;
}

bool InRange(double v, double lo, double hi) { return std::isfinite(v) && v >= lo && v <= hi; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newswire;
  const auto& engine = TheEngine();
  auto f = SplitFields(std::string_view(reinterpret_cast<const char*>(data), size), 3);
  extract::Article article;
  article.id = "fuzz";
  article.lang = std::string(f[0]);
  article.published_at = std::string(f[1]);
  article.title = std::string(f[2]);
  article.text = std::string(f[3]);

  extract::Extraction x = engine.Extract(article);
  codec::FinalizeExtraction(article.id, x);
  FUZZ_CHECK(x.analysis.event_ids.size() == x.events.size(), "one analysis.event_id per event");
  FUZZ_CHECK(InRange(x.analysis.tone, -1, 1), "analysis tone in [-1,1]");
  for (const auto& e : x.events) {
    FUZZ_CHECK(!e.type.empty(), "event has a type");
    FUZZ_CHECK(!e.event_id.empty(), "FinalizeExtraction set the event id");
    FUZZ_CHECK(e.evidence_start <= e.evidence_end, "evidence_start <= evidence_end");
    FUZZ_CHECK(e.evidence_end <= article.text.size(), "evidence inside the text");
    FUZZ_CHECK(InRange(e.tone, -1, 1), "event tone in [-1,1]");
    FUZZ_CHECK(InRange(e.confidence, 0, 1), "confidence in [0,1]");
    FUZZ_CHECK(std::isfinite(e.goldstein), "goldstein finite");
    const std::string json = codec::EncodeEvent(e, codec::Format::kJson);
    FUZZ_CHECK(codec::IsValidUtf8(json), "event JSON is valid UTF-8");
    const std::string pb = codec::EncodeEvent(e, codec::Format::kProtobuf);
    FUZZ_CHECK(!pb.empty(), "event protobuf is not empty");
  }
  const std::string json = codec::EncodeAnalysis(x.analysis, codec::Format::kJson);
  FUZZ_CHECK(codec::IsValidUtf8(json), "analysis JSON is valid UTF-8");
  (void)codec::EncodeAnalysis(x.analysis, codec::Format::kProtobuf);
  return 0;
}
