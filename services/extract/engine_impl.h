// Internals of the extraction engine shared with tests and benchmarks:
// the seam between the engine and the gazetteer, and a factory taking
// already-loaded data (tests pass a tiny in-test actor matcher).
#pragma once

#include <memory>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/engine.h"
#include "extract/gazetteer.h"
#include "extract/lexicon.h"

namespace newswire::extract {

// What the engine needs from a gazetteer. Implementations must be
// immutable after construction and safe to call from many threads.
class ActorMatcher {
 public:
  virtual ~ActorMatcher() = default;
  // Longest actor surface starting at tokens[i] (see Gazetteer::MatchAt);
  // `text` is the string the tokens index (for case-sensitive surfaces).
  virtual GazetteerMatch MatchAt(std::string_view lang, std::string_view text,
                                 const std::vector<Token>& tokens, size_t i) const = 0;
  // English display name of a state or organisation code; empty if unknown.
  virtual std::string_view CountryName(std::string_view code) const = 0;
  // Pairs (state, twin) whose adjectives and demonyms are one word (see
  // Gazetteer::AdjectiveTwins); views live as long as the matcher.
  virtual std::vector<std::pair<std::string_view, std::string_view>> AdjectiveTwins() const {
    return {};
  }
  // False for an organisation outside the analysts' coding list: no
  // participant of any event (see Gazetteer::IsCoded).
  virtual bool Coded(std::string_view code) const {
    (void)code;
    return true;
  }
};

// Adapts a loaded Gazetteer (takes ownership).
std::unique_ptr<ActorMatcher> MakeGazetteerMatcher(std::unique_ptr<Gazetteer> gazetteer);

// Builds an engine from loaded data. Never returns nullptr.
std::unique_ptr<Engine> MakeEngine(std::unique_ptr<Lexicons> lexicons,
                                   std::unique_ptr<ActorMatcher> actors);

// Language of `text` by CLD2 ("de", "en", ...; "" if unknown or unreliable).
std::string DetectLanguage(std::string_view text);

}  // namespace newswire::extract
