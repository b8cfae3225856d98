// A deterministic stand-in for extract::Engine in pipeline tests, so they
// pin the pipeline's behaviour and not the real engine's (which has its own
// tests). Each keyword below found in the text yields one event; text
// containing "FAIL-ENGINE" makes Extract throw (the real engine never
// throws, but the pipeline must survive one that does).
#pragma once

#include <stdexcept>
#include <string>

#include "extract/engine.h"

namespace newswire::testing {

class FakeEngine : public extract::Engine {
 public:
  explicit FakeEngine(std::string tag = "v1") : tag_(std::move(tag)) {}

  extract::Extraction Extract(const extract::Article& article) const override {
    if (article.text.find("FAIL-ENGINE") != std::string::npos) {
      throw std::runtime_error("engine failure injected");
    }
    static const struct {
      const char* word;
      const char* type;
    } kWords[] = {{"praised", "PRAISE"}, {"met", "MEETING"}, {"condolences", "CONDOLENCE"}};
    extract::Extraction x;
    x.analysis.lang = article.lang.empty() ? "en" : article.lang;
    x.analysis.sentence_count = 1;
    for (const auto& w : kWords) {
      for (size_t pos = article.text.find(w.word); pos != std::string::npos;
           pos = article.text.find(w.word, pos + 1)) {
        extract::Event e;
        e.type = w.type;
        e.lang = x.analysis.lang;
        e.trigger = w.word;
        e.sentence = article.text;
        e.evidence_start = static_cast<uint32_t>(pos);
        e.evidence_end = static_cast<uint32_t>(pos + std::string(w.word).size());
        e.actors = {{"Alpha", "AAA", "state"}};
        e.targets = {{"Beta", "BBB", "state"}};
        e.polarity = e.type == std::string("PRAISE") ? "positive" : "neutral";
        e.topics = {tag_};
        x.events.push_back(e);
      }
    }
    return x;
  }

 private:
  std::string tag_;
};

}  // namespace newswire::testing
