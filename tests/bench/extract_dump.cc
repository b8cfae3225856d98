// Developer tool for performance work: prints every field of the
// Extraction of each article of JSON-lines corpus files ({"article": {...}}
// per line), doubles with full precision, so two builds of the engine can
// be compared with diff (output must not change when only speed does).
//   extract_dump CONFIGS_DIR FILE.jsonl...
#include <rapidjson/document.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "extract/engine.h"

namespace {

using newswire::extract::Actor;
using newswire::extract::Article;

void PrintActors(const char* label, const std::vector<Actor>& actors) {
  std::printf("  %s:", label);
  for (const Actor& a : actors) {
    std::printf(" [%s|%s|%s]", a.name.c_str(), a.country.c_str(), a.role.c_str());
  }
  std::printf("\n");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: extract_dump CONFIGS_DIR FILE.jsonl...\n");
    return 2;
  }
  std::string error;
  auto engine = newswire::extract::Engine::Load(argv[1], &error);
  if (!engine) {
    std::fprintf(stderr, "extract_dump: %s\n", error.c_str());
    return 1;
  }
  for (int f = 2; f < argc; ++f) {
    std::ifstream in(argv[f]);
    if (!in) {
      std::fprintf(stderr, "extract_dump: cannot open %s\n", argv[f]);
      return 1;
    }
    std::string line;
    while (std::getline(in, line)) {
      rapidjson::Document d;
      d.Parse(line.c_str());
      if (d.HasParseError() || !d.IsObject() || !d.HasMember("article")) continue;
      const auto& a = d["article"];
      auto str = [&](const char* k) {
        return a.HasMember(k) && a[k].IsString() ? std::string(a[k].GetString()) : "";
      };
      Article art;
      art.id = str("id");
      art.text = str("text");
      art.title = str("title");
      art.source = str("source");
      art.lang = str("lang");
      art.published_at = str("published_at");
      const auto x = engine->Extract(art);
      const auto& an = x.analysis;
      std::printf("article %s lang=%s tone=%.17g sentences=%u events=%u\n", an.article_id.c_str(),
                  an.lang.c_str(), an.tone, an.sentence_count, an.event_count);
      PrintActors("actors", an.actors);
      for (const auto& e : x.events) {
        std::printf(" event %s %s cameo=%s g=%.17g plover=%s pol=%s tone=%.17g conf=%.17g\n",
                    e.event_id.c_str(), e.type.c_str(), e.cameo.c_str(), e.goldstein,
                    e.plover.c_str(), e.polarity.c_str(), e.tone, e.confidence);
        std::printf("  date=%s lang=%s trigger=%s evidence=%u-%u\n", e.date ? e.date->c_str() : "-",
                    e.lang.c_str(), e.trigger.c_str(), e.evidence_start, e.evidence_end);
        PrintActors("actors", e.actors);
        PrintActors("targets", e.targets);
        std::printf("  topics:");
        for (const auto& t : e.topics) std::printf(" %s", t.c_str());
        std::printf("\n  sentence: %s\n", e.sentence.c_str());
      }
    }
  }
  return 0;
}
