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
#include <span>
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
  kViolence,     // attacks by unnamed perpetrators: the state where they happen is their victim
  kNonState,     // non-state speakers (NGOs, opposition, unions) heading a clause: no state act
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
inline constexpr uint8_t kGapped = 128;           // the pattern has a `...` gap (a split predicate)

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

// What the lexicon knows about one word besides its pattern hits.
struct WordInfo {
  double sentiment = 0.0;    // Sentiment(token)
  double intensifier = 1.0;  // Intensifier(token)
};

class LanguageLexicon {
 public:
  // Appends to `out` every pattern hit starting at tokens[i]. `text` is the
  // text the tokens index (for capitalisation checks).
  void HitsAt(std::string_view text, const std::vector<Token>& tokens, size_t i,
              std::vector<LexHit>& out) const;
  // HitsAt and Sentiment/Intensifier of tokens[i] in one visit: one probe of
  // the word vocabulary (exact patterns, sentiment and intensifier words
  // share it, keyed by Token::hash) and one pass over the stem lengths.
  WordInfo Analyse(std::string_view text, const std::vector<Token>& tokens, size_t i,
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
  // A pattern token after the first, parsed at load: its kind ("word",
  // "word*", "*word", "*word*", "...", "$") and the folded word with its
  // FlatIndexHash, so an exact token is compared by hash first.
  struct RestToken {
    enum class Kind : uint8_t { kExact, kPrefix, kSuffix, kInfix, kGap, kClauseEnd };
    Kind kind = Kind::kExact;
    std::string core;
    uint64_t hash = 0;
  };
  struct Pattern {
    std::vector<RestToken> rest;  // tokens after the first, parsed
    LexHit hit;
    std::unique_ptr<std::string> value;
  };
  static RestToken ParseRestToken(std::string_view pat);
  // The matching form of a pattern, built by Finish: one slot per
  // (vocabulary entry or suffix key, pattern) in the order Collect visits
  // them, so the candidates of one word are adjacent in memory, and their
  // later tokens in one array (cores in one arena) instead of a vector and
  // strings per pattern: a candidate costs no pointer chase.
  struct FlatRest {
    uint64_t hash = 0;  // FlatIndexHash(core) (kExact)
    uint32_t core_begin = 0;
    uint16_t core_size = 0;
    RestToken::Kind kind = RestToken::Kind::kExact;
  };
  struct Slot {
    LexHit hit;
    uint32_t rest_begin = 0;  // slice of rest_
    uint32_t rest_count = 0;
  };
  bool TokenMatches(const Token& token, const FlatRest& pat) const;
  // End token index (exclusive) if rest[k..n) matches from tokens[pos], else 0.
  size_t MatchRest(const std::vector<Token>& tokens, size_t pos, const FlatRest* rest, size_t n,
                   size_t k) const;
  static constexpr size_t kMaxGap = 16;
  // True if a `...` gap stops at tokens[j] (after trying it): a sentence
  // end (not the "." of a one-letter abbreviation) or ";".
  static bool EndsGap(const std::vector<Token>& tokens, size_t j);
  // One bit of a token hash: GapReach ORs those of the tokens a gap
  // starting at `pos` visits (MatchRest's loop), so a pattern whose word
  // after the gap has its bit clear cannot match there.
  static uint64_t GapHashBit(uint64_t hash) { return uint64_t{1} << (hash >> 58); }
  static uint64_t GapReach(const std::vector<Token>& tokens, size_t pos);
  // Appends the hits of slots [begin, begin + count) at tokens[i]
  // (slot_second_hashes_ rejects most of them before the slot is read).
  void Collect(uint32_t begin, uint32_t count, std::string_view text,
               const std::vector<Token>& tokens, size_t i, std::vector<LexHit>& out) const;
  // Appends a slot for pattern `id` (Finish).
  void AddSlot(size_t id);
  // Builds the vocabulary and stem tables from the maps below once every
  // pattern is added (Lexicons::Load); the maps are then emptied.
  void Finish();
  // Exact words and stems ("word*" keys) with everything known about them:
  // the patterns whose first token they are, sentiment and intensifier
  // values. One FlatIndex each, keyed by FlatIndexHash (Token::hash).
  struct VocabEntry {
    // Slice of slots_ (its patterns) and of slot_second_hashes_.
    uint32_t ids_begin = 0, ids_count = 0;
    bool has_sentiment = false, has_intensifier = false;
    double sentiment = 0.0, intensifier = 0.0;
  };
  struct VocabBuild {  // loading only
    std::vector<size_t> patterns;
    std::optional<double> sentiment, intensifier;
  };
  const VocabEntry* FindEntry(const FlatIndex<uint32_t>& index, std::string_view key,
                              uint64_t hash) const {
    if (!MayBeKey(hash)) return nullptr;
    const auto ids = index.Find(key, hash);
    return ids.empty() ? nullptr : &entries_[ids.front()];
  }
  // Visits tokens[i]: exact entry, then stems by ascending length; calls
  // on_patterns(entry) for the entries with patterns, in that order.
  template <typename OnPatterns>
  WordInfo Visit(const Token& token, OnPatterns&& on_patterns) const;
  // A word without intensifier value (or with 0) has factor 1.
  static WordInfo Finalise(WordInfo info) {
    if (info.intensifier == 0.0) info.intensifier = 1.0;
    return info;
  }
  // Blocked Bloom filter over the hash of every vocabulary and stem key
  // (one 64-bit word per key, two bits): most words of a text skip the
  // tables. 4 KiB: a language has a few thousand keys (about 1% false
  // positives), and a filter this size stays in cache from one article to
  // the next; a 32 KiB one missed on most words of a short article.
  static constexpr size_t kBloomWords = 512;
  static uint64_t BloomBits(uint64_t h) {
    return (uint64_t{1} << ((h >> 40) & 63)) | (uint64_t{1} << ((h >> 46) & 63));
  }
  static size_t BloomWord(uint64_t h) { return (h >> 52) & (kBloomWords - 1); }
  bool MayBeKey(uint64_t h) const {
    const uint64_t bits = BloomBits(h);
    return (bloom_[BloomWord(h)] & bits) == bits;
  }
  std::vector<uint64_t> bloom_ = std::vector<uint64_t>(kBloomWords, 0);

  std::vector<Pattern> patterns_;
  // Per pattern id: the hash of its second token when that token is an
  // exact word (0 otherwise), so Collect rejects most candidates of a
  // frequent first word ("de", "the") from one dense array, without
  // touching the pattern itself. Built by Finish.
  std::vector<uint64_t> second_token_hash_;
  // Length masks keyed by a hash of a key's first three bytes (stems) or
  // last three bytes (suffixes; both have at least three): bit n (n < 31)
  // is set if a key of n bytes starts (ends) with those bytes, bit 31 if
  // one of 31 bytes or more does. A word probes only the lengths its own
  // bytes allow (usually none). 4 KiB each, like the Bloom filter: small
  // enough to stay cached between articles.
  static constexpr size_t kLengthMaskSlots = 1024;
  static size_t LengthMaskSlot(unsigned char a, unsigned char b, unsigned char c) {
    return ((uint32_t{a} << 16 | uint32_t{b} << 8 | c) * 2654435761u) >> 22;
  }
  static uint32_t LengthBit(size_t n) { return uint32_t{1} << (n < 31 ? n : 31); }
  std::vector<uint32_t> stem_masks_ = std::vector<uint32_t>(kLengthMaskSlots, 0);
  std::vector<uint32_t> suffix_masks_ = std::vector<uint32_t>(kLengthMaskSlots, 0);
  StringMap<VocabBuild> words_build_, stems_build_;  // loading only
  StringMap<std::vector<size_t>> suffix_;            // first-token suffix
  std::vector<VocabEntry> entries_;                  // words and stems: slices of slots_
  std::vector<Slot> slots_;                          // patterns in visiting order
  std::vector<uint64_t> slot_second_hashes_;         // second_token_hash_ of each slot's pattern
  std::vector<FlatRest> rest_;                       // tokens after the first of slots_
  std::string rest_text_;                            // their cores
  FlatIndex<uint32_t> word_index_, stem_index_;      // key -> one entries_ index
  FlatIndex<uint32_t> suffix_index_;                 // suffix_ -> its (adjacent) slots
  std::vector<size_t> stem_lengths_;                 // bytes, distinct, ascending
  std::vector<size_t> suffix_lengths_;
  friend class Lexicons;
};

}  // namespace newswire::extract
