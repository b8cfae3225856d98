// A tiny in-test gazetteer and helpers for the engine's unit tests.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "extract/engine_impl.h"
#include "extract/lexicon.h"
#include "extract/text.h"

namespace newswire::extract::testing {

// Surfaces are folded token sequences; a trailing '*' on the last surface
// token matches any token with that prefix.
class FakeActors : public ActorMatcher {
 public:
  FakeActors() {
    Add("state", "AZE", "Azerbaijan",
        {"aserbaidschan", "azerbaijan", "azerbaïdjan", "azerbaiyán", "азербайджан*", "baku",
         "баку"});
    Add("state", "BLR", "Belarus", {"belarus", "bélarus", "bielorrusia", "беларусь", "белорусси*"});
    Add("adj", "BLR", "Belarus", {"belarussisch*", "belarusian", "biélorusse", "bielorruso"});
    Add("state", "SRB", "Serbia", {"serbien", "serbia", "serbie", "сербия", "сербии", "сербию"});
    Add("state", "FRA", "France", {"frankreich", "france", "francia", "франция", "франции"});
    Add("state", "DEU", "Germany",
        {"deutschland", "germany", "allemagne", "alemania", "германи*", "berlin"});
    Add("state", "RUS", "Russia",
        {"russland", "russia", "russie", "rusia", "россия", "россии", "moscow"});
    Add("state", "CHN", "China", {"china", "chine", "китай"});
    Add("city", "AZE", "Baku", {});
    Add("person", "AZE", "Ilham Aliyev", {"ilham aliyev", "aliyev", "aliyew", "алиев*"});
    Add("person", "BLR", "Alexander Lukashenko",
        {"alexander lukaschenko", "aleksandr lukaschenko", "lukaschenko", "lukashenko",
         "лукашенко"});
    Add("person", "FRA", "Emmanuel Macron", {"emmanuel macron", "macron"});
    Add("person", "DEU", "Olaf Scholz", {"olaf scholz", "scholz"});
    Add("person", "RUS", "Vladimir Putin", {"путин*", "putin"});
    Add("role", "", "Präsident",
        {"präsident", "präsidenten", "president", "président", "presidente", "staatsoberhaupt",
         "президент*"});
  }

  GazetteerMatch MatchAt(std::string_view, std::string_view, const std::vector<Token>& tokens,
                         size_t i) const override {
    GazetteerMatch best;
    for (const auto& [surface, entry] : entries_) {
      const auto& parts = surface;
      if (i + parts.size() > tokens.size() || parts.size() <= best.token_count) continue;
      bool ok = true;
      for (size_t k = 0; k < parts.size() && ok; ++k) {
        const std::string& p = parts[k];
        const std::string& f = tokens[i + k].folded;
        ok = p.back() == '*' ? f.rfind(p.substr(0, p.size() - 1), 0) == 0 : f == p;
      }
      if (ok) {
        best.token_count = parts.size();
        best.entry = entry.get();
      }
    }
    return best;
  }
  std::string_view CountryName(std::string_view code) const override {
    return code == "AZE" ? "Azerbaijan" : "";
  }

 private:
  void Add(const std::string& kind, const std::string& code, const std::string& name,
           const std::vector<std::string>& surfaces) {
    for (const auto& s : surfaces) {
      auto e = std::make_shared<GazetteerEntry>();
      e->code = code;
      e->name = name;
      e->kind = kind == "state"    ? EntryKind::kState
                : kind == "adj"    ? EntryKind::kStateAdjective
                : kind == "city"   ? EntryKind::kCity
                : kind == "person" ? EntryKind::kPerson
                                   : EntryKind::kRole;
      e->role = kind == "person" || kind == "role" ? "head_of_state" : "state";
      e->number = kind == "role" && s == "präsidenten" ? GrammaticalNumber::kEither
                                                       : GrammaticalNumber::kSingular;
      std::vector<std::string> parts;
      std::vector<Token> toks;
      const bool prefix = s.back() == '*';
      Tokenize(prefix ? s.substr(0, s.size() - 1) : s, toks);
      for (size_t k = 0; k < toks.size(); ++k) {
        parts.push_back(toks[k].folded + (k + 1 == toks.size() && prefix ? "*" : ""));
      }
      entries_.emplace_back(parts, e);
    }
  }
  std::vector<std::pair<std::vector<std::string>, std::shared_ptr<GazetteerEntry>>> entries_;
};

// The engine over the repository's lexicons and the fake gazetteer.
inline std::unique_ptr<Engine> MakeTestEngine() {
  std::string error;
  auto lex = Lexicons::Load(std::string(NEWSWIRE_SOURCE_DIR) + "/configs/lexicons", &error);
  if (!lex) return nullptr;
  return MakeEngine(std::move(lex), std::make_unique<FakeActors>());
}

// The events of `type` found in `text` (under the headline `title`, if any),
// each as "ACTORS>TARGETS" with the sorted, de-duplicated country codes
// joined by commas ("FRA>SRB").
inline std::vector<std::string> ParticipantsOf(const Engine& engine, const std::string& text,
                                               const std::string& lang, const std::string& type,
                                               const std::string& published_at,
                                               const std::string& title = "") {
  Article a;
  a.id = "test-1";
  a.title = title;
  a.text = text;
  a.lang = lang;
  a.published_at = published_at;
  const Extraction x = engine.Extract(a);
  auto join = [](const std::vector<Actor>& xs) {
    std::set<std::string> codes;
    for (const auto& p : xs) codes.insert(p.country);
    std::string s;
    for (const auto& c : codes) s += (s.empty() ? "" : ",") + c;
    return s;
  };
  std::vector<std::string> out;
  for (const auto& e : x.events) {
    if (e.type == type) out.push_back(join(e.actors) + ">" + join(e.targets));
  }
  return out;
}

// The fixture of the probe tests: the test engine, and Of(text, lang, type)
// giving ParticipantsOf for articles published at `published_at` (relative
// dates resolve against it).
class ProbeFixture : public ::testing::Test {
 protected:
  explicit ProbeFixture(std::string published_at) : published_at_(std::move(published_at)) {}

  void SetUp() override {
    engine_ = MakeTestEngine();
    ASSERT_NE(engine_, nullptr);
  }

  std::vector<std::string> Of(const std::string& text, const std::string& lang,
                              const std::string& type) const {
    return ParticipantsOf(*engine_, text, lang, type, published_at_);
  }

  // The whole extraction of `text`, published at the fixture's date.
  Extraction ExtractText(const std::string& text, const std::string& lang) const {
    Article a;
    a.id = "probe-1";
    a.text = text;
    a.lang = lang;
    a.published_at = published_at_;
    return engine_->Extract(a);
  }

  std::unique_ptr<Engine> engine_;

 private:
  std::string published_at_;
};

// The engine over the repository's configs (the real gazetteer: offices,
// organisations, adjectives of every state), loaded once per test binary
// and shared: an Engine is immutable and thread-safe. Null when the configs
// do not load; RealEngineError() then says why.
inline std::string& RealEngineError() {
  static std::string error;
  return error;
}
inline const Engine* RealEngine() {
  static const std::unique_ptr<Engine> engine =
      Engine::Load(std::string(NEWSWIRE_SOURCE_DIR) + "/configs", &RealEngineError());
  return engine.get();
}

// ProbeFixture over RealEngine(). With `lang` set, Of(text, type) probes
// articles in that language.
class RealProbeFixture : public ::testing::Test {
 protected:
  explicit RealProbeFixture(std::string published_at, std::string lang = "")
      : published_at_(std::move(published_at)), lang_(std::move(lang)) {}

  void SetUp() override { ASSERT_NE(RealEngine(), nullptr) << RealEngineError(); }

  std::vector<std::string> Of(const std::string& text, const std::string& lang,
                              const std::string& type) const {
    return ParticipantsOf(*RealEngine(), text, lang, type, published_at_);
  }
  std::vector<std::string> Of(const std::string& text, const std::string& type) const {
    return Of(text, lang_, type);
  }

 private:
  std::string published_at_;
  std::string lang_;
};

// A lexicon hit as a test names it: "TYPE/length" for an event trigger,
// "class<N>" for a word class.
inline std::string HitName(const Lexicons& lex, const LexHit& h) {
  return h.cls == WordClass::kEvent ? lex.event_types()[static_cast<size_t>(h.event_type)].name +
                                          "/" + std::to_string(h.length)
                                    : "class" + std::to_string(static_cast<int>(h.cls));
}

// A fixture with a private lexicon directory: SetUp writes event_types.tsv
// for `types` (all coded alike) and minimal sentiment and trigger files for
// the five languages; a test's SetUp then overwrites files with Write and
// calls Load(). The directory is removed after the test.
class TempLexiconTest : public ::testing::Test {
 protected:
  void WriteDefaults(const std::string& tag, std::initializer_list<const char*> types) {
    dir_ = std::filesystem::temp_directory_path() /
           (tag + "_" + std::to_string(reinterpret_cast<uintptr_t>(this)));
    std::filesystem::create_directories(dir_);
    std::string lines;
    for (const char* t : types) {
      lines += std::string(t) + "\t051\t3.4\tSUPPORT\tpositive\t0.5\ttarget\n";
    }
    Write("event_types.tsv", lines);
    for (const char* l : {"de", "en", "fr", "es", "ru"}) {
      Write(std::string("sentiment_") + l + ".tsv", "good\t0.5\n");
      Write(std::string(l) + ".tsv", "PRAISE\tlob*\tv\n");
    }
  }
  void Write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name) << content;
  }
  void Load() {
    std::string error;
    lex_ = Lexicons::Load(dir_, &error);
    ASSERT_NE(lex_, nullptr) << error;
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::filesystem::path dir_;
  std::unique_ptr<Lexicons> lex_;
};

}  // namespace newswire::extract::testing
