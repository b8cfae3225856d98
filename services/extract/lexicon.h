// Lexicons: the language data of the engine, loaded from configs/lexicons/.
//
//   event_types.tsv   TYPE <tab> CAMEO <tab> Goldstein <tab> PLOVER <tab>
//                     polarity <tab> tone prior <tab> flags
//                     (flags: "place" = a place named after the trigger may
//                     be the target; "target" = the event needs a target)
//   <lang>.tsv        CLASS <tab> pattern [<tab> value [<tab> flags]]
//                     CLASS is an event type (value: flags "v" verbal, "n"
//                     nominal) or a word class "@name" (see WordClass).
//   sentiment_<lang>.tsv  pattern <tab> score in [-1,1]
//                     or "@intens" <tab> pattern <tab> factor
//
// A pattern is one or more space-separated tokens, folded like article text
// (extract::FoldCase). A token may end in `*` (any token starting so) or
// start with `*` (any token ending so: German compounds, "*angriff").
// "..." matches a gap of up to 16 tokens inside the sentence (German
// separable verbs: "lud ... ein"); "$" matches a clause end (, . ; : ! ?).
// Event flags: v verbal, n nominal (no event inside another event's
// complement), c must be capitalised in the text.
// Errors name "<file>:<line>: <reason>".
//
// Threading: a loaded Lexicons is immutable and may be shared by any number
// of threads.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/flat_index.h"
#include "extract/text.h"

namespace newswire::extract {

// Word classes of <lang>.tsv other than event types.
enum class WordClass : uint8_t {
  kEvent,        // an event trigger (value: type)
  kDiscuss,      // discuss/agree/pledge verbs: + kCoop noun = COOPERATION
  kCoop,         // cooperation nouns ("Zusammenarbeit", "cooperation")
  kEval,         // evaluation verbs ("betonten", "hailed"): + kRelation = PRAISE
  kRelation,     // relations nouns ("Beziehungen", "ties")
  kNegation,     // cancels a trigger close after it ("nicht", "did not")
  kRefuse,       // cancels every trigger of its clause ("refused to", "lehnte ab")
  kPassive,      // passive auxiliaries ("wurde", "was", "a été")
  kBlock,        // a trigger right after it is no event ("während", "during")
  kPlural,       // plural subjects meaning the current pair ("die beiden Staatschefs")
  kPronoun,      // singular subject pronouns ("er", "he")
  kObjPronoun,   // object pronouns ("ihn", "them"): the previous subject or target
  kDeed,         // nouns naming another party's act ("measures", "Schritt")
  kRole,         // role noun fallback when the gazetteer has none (value: role)
  kCounterpart,  // "counterpart", "Amtskollege"
  kPrepWith,     // mit, with, avec, con, с
  kPrepTo,       // für, for, pour, por, за, an, to
  kPrepPlace,    // in, im, at, en, в
  kPrepOf,       // von, of, de, der (genitive article), aus
  kPrepBy,       // von, by, par, por (passive agent)
  kPrepAgainst,  // gegen, against, contre, contra, против
  kAnd,          // und, and, et, y, и
  kDet,          // determiners and possessives skipped before a mention
  kClause,       // after a comma, starts a new clause ("dass", "which", "que")
  kAbbrev,       // a "." after it does not end the sentence
  kMonth,        // value: 1..12
  kWeekday,      // value: 1 (Monday) .. 7
  kRelDay,       // value: day offset ("gestern" = -1)
  kLastYear,     // "last year" after a month: the year before publication
  kAnchorDay,    // value: offset from the latest dated event ("the following day" = 1)
  kTopic,        // value: topic name
  kOfftopic,     // sports/business vocabulary: the sentence is not diplomacy
  kCount
};

struct EventType {
  std::string name;
  std::string cameo;
  double goldstein = 0.0;
  std::string plover;
  std::string polarity;
  double tone_prior = 0.0;
  bool place_target = false;
  bool needs_target = false;
  bool symmetric = false;  // all parties act together (agreements, cooperation)
  bool scene = false;      // without a target: where it happened (condolences, aid)
};

// One pattern hit starting at a token.
struct LexHit {
  WordClass cls = WordClass::kEvent;
  uint8_t length = 1;                 // tokens covered
  uint8_t flags = 0;                  // kVerbal / kNominal / kCapitalised
  int16_t event_type = -1;            // index into Lexicons::event_types() for kEvent
  int32_t number = 0;                 // month, weekday, day offset
  const std::string* text = nullptr;  // role or topic value
};

inline constexpr uint8_t kVerbal = 1;
inline constexpr uint8_t kNominal = 2;
inline constexpr uint8_t kCapitalised = 4;        // must be capitalised in the text
inline constexpr uint8_t kNeedsNegativeTone = 8;  // only with negative sentiment around
inline constexpr uint8_t kWeak = 16;              // dropped when another event is in the clause
inline constexpr uint8_t kComplementOnly = 32;    // names an act only inside another one
inline constexpr uint8_t kReceived = 64;          // the subject receives; the source is the actor

class LanguageLexicon;

class Lexicons {
 public:
  static std::unique_ptr<Lexicons> Load(const std::filesystem::path& dir, std::string* error);
  ~Lexicons();

  const std::vector<EventType>& event_types() const { return event_types_; }
  int EventTypeIndex(std::string_view name) const;
  // nullptr for a language without lexicon.
  const LanguageLexicon* ForLanguage(std::string_view lang) const;

 private:
  Lexicons() = default;
  std::vector<EventType> event_types_;
  std::unordered_map<std::string, std::unique_ptr<LanguageLexicon>> languages_;
};

// Hash for heterogeneous lookup: string keys found by string_view without
// allocating.
struct StringViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringViewHash, std::equal_to<>>;

class LanguageLexicon {
 public:
  // Appends to `out` every pattern hit starting at tokens[i]. `text` is the
  // text the tokens index (for capitalisation checks).
  void HitsAt(std::string_view text, const std::vector<Token>& tokens, size_t i,
              std::vector<LexHit>& out) const;
  // Cheap test: could any pattern start at this token?
  bool MayStartAt(const Token& token) const;
  // Sentiment of the word at tokens[i] (0 if none) and intensifier factor (1 if none).
  double Sentiment(const Token& token) const;
  double Intensifier(const Token& token) const;

  // Loading (used by Lexicons::Load).
  bool AddPattern(std::string_view pattern, const LexHit& hit, std::string* error);
  bool AddSentiment(std::string_view pattern, double score, bool intensifier, std::string* error);

 private:
  struct Pattern {
    std::vector<std::string> rest;  // tokens after the first ("*"-suffix forms allowed)
    LexHit hit;
    std::unique_ptr<std::string> value;
  };
  static bool TokenMatches(std::string_view folded, std::string_view pat);
  // End token index (exclusive) if rest[k..] matches from tokens[pos], else 0.
  static size_t MatchRest(const std::vector<Token>& tokens, size_t pos,
                          const std::vector<std::string>& rest, size_t k);
  static constexpr size_t kMaxGap = 16;
  void Collect(const FlatIndex<uint32_t>& index, std::string_view key, std::string_view text,
               const std::vector<Token>& tokens, size_t i, std::vector<LexHit>& out) const;
  // Builds the flat indexes from the maps below once every pattern is
  // added (Lexicons::Load).
  void Finish();
  double LookupWord(const StringMap<double>& exact, const StringMap<double>& prefix,
                    const std::vector<size_t>& lengths, std::string_view folded) const;
  // Bloom filter (2^16 bits) over FNV-1a of every sentiment and intensifier
  // key, exact and prefix: most words skip the hash maps.
  static uint32_t WordSlot(uint32_t fnv) { return (fnv * 0x9E3779B1u) >> 16; }
  bool MayBeWord(uint32_t fnv) const {
    const uint32_t slot = WordSlot(fnv);
    return (word_bloom_[slot >> 6] >> (slot & 63)) & 1;
  }
  std::vector<uint64_t> word_bloom_ = std::vector<uint64_t>(1024, 0);

  std::vector<Pattern> patterns_;
  // Bloom-style filters over the first / last three bytes of every key, so
  // most tokens are rejected without a hash lookup.
  static size_t FilterSlot(std::string_view s, bool from_end);
  bool MayStart(std::string_view f) const;
  bool MayEnd(std::string_view f) const;
  std::vector<uint64_t> start_filter_ = std::vector<uint64_t>(1024, 0);
  // Every prefix key, by FNV-1a hash of its bytes: probed for each prefix
  // length before the hash map is (2^18 bits).
  std::vector<uint64_t> prefix_bloom_ = std::vector<uint64_t>(4096, 0);
  std::vector<uint64_t> end_filter_ = std::vector<uint64_t>(1024, 0);
  StringMap<std::vector<size_t>> exact_;                           // first token -> patterns
  StringMap<std::vector<size_t>> prefix_;                          // first-token prefix
  StringMap<std::vector<size_t>> suffix_;                          // first-token suffix
  FlatIndex<uint32_t> exact_index_, prefix_index_, suffix_index_;  // the maps above, flat
  std::vector<size_t> prefix_lengths_;                             // bytes, distinct
  std::vector<size_t> suffix_lengths_;
  StringMap<double> sentiment_exact_, sentiment_prefix_;
  std::vector<size_t> sentiment_prefix_lengths_;
  StringMap<double> intens_exact_, intens_prefix_;
  std::vector<size_t> intens_prefix_lengths_;
  friend class Lexicons;
};

}  // namespace newswire::extract
