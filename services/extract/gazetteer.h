// The gazetteer: every actor surface the engine can recognise in German,
// English, French, Spanish and Russian text — states (names, official long
// forms, adjectives, demonyms, capitals, cities, regions), people,
// organisations and role nouns. Pure data, loaded from configs/gazetteer/
// (formats in configs/gazetteer/README.md); no code knows a country name.
//
// Matching works on tokens from extract::Tokenize: every data surface is
// tokenised and folded with the same Tokenize/FoldCase as article text, so
// "RUSSISCHEN", "russischen" and "Russischen" all match `russisch*`.
// Punctuation tokens take part in a match ("Staats- und Regierungschefs",
// "Côte d'Ivoire"); typographic apostrophes (’ ʼ ‘ `) compare equal to ',
// and dashes (‐ ‑ – —) equal to -.
//
// Surface mini-syntax in the data files (expanded at load time):
//   word*        prefix: any token starting with `word` (at least 5 code
//                points, else a load error), e.g. aserbaidschanisch*
//   stem{a,b,}   suffix alternatives, exact tokens: Путин{,а,у,ым,е}
//   [Ilham ]Aliyev   optional part: "Ilham Aliyev" and "Aliyev"
//   ^WHO         case-sensitive: only the exact spelling matches, and only
//                through the MatchAt overload that is given the text
//   ~Chile       capitalised: matches only where the text starts the word
//                with a capital (Spanish "chile" is a pepper); the overload
//                without the text cannot check and matches regardless
// Latin surfaces also match without diacritics ("Vučić" -> "vucic") and
// Russian ones with е for ё, unless that variant collides with another
// entry.
//
// Cost of MatchAt (gazetteer.cc): each pattern is one self-contained record
// (flags, its tokens, their texts, adjacent in one blob), so verifying a
// candidate reads one or two cache lines. A token is first checked
// against a Bloom filter with its Token::hash (and, for words of five or
// more code points, against an 8 KiB table of stem starts and a hash of its
// five-code-point stem), so most tokens cost no table access. A token that
// starts surfaces gets one probe of the exact first-token table and a
// contiguous candidate list sorted best first; a long list ("la", "el",
// "the") is split so that multi-token candidates are found by one probe
// keyed by the hashes of the first two tokens. Candidates are rejected by
// language and second-token hash before the pattern is read; the first one
// that verifies is the match. No allocation.
//
// Threading: a loaded Gazetteer is immutable; every const method may be
// called concurrently from any number of threads. Entries and the strings
// returned live as long as the Gazetteer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/text.h"

namespace newswire::extract {

enum class EntryKind : uint8_t {
  kState,           // name, official long form or alias of a state: "Aserbaidschan"
  kStateAdjective,  // "aserbaidschanischen", "Belarusian", "белорусской"
  kDemonym,         // the people: "Aserbaidschaner", "Belarusians", "белорусы"
  kCapital,         // capital used as metonym: "Baku", "Moskau", "Москва"
  kCity,            // other city (a place; the engine treats it as the state)
  kRegion,          // region of a state: "Karabach", "Krim", "Gaza"
  kPerson,          // "Ilham Aliyev", "Aliyev", "Лукашенко"
  kOrganisation,    // "Vereinte Nationen", "UNO", "ООН"
  kRole,            // role noun without a country: "Präsident", "homologue"
};

// "state", "state_adjective", "demonym", "capital", "city", "region",
// "person", "organisation", "role".
std::string_view EntryKindName(EntryKind kind);

enum class GrammaticalNumber : uint8_t {
  kSingular,  // "der Präsident", "president"
  kPlural,    // "Staatschefs", "presidents", "президенты"
  kEither,    // form is both: German "Präsidenten" (dem Präsidenten / die
              // Präsidenten), "Amtskollegen"; the engine decides by context
};

struct GazetteerEntry {
  // States, capitals, cities, regions, adjectives, demonyms: ISO 3166-1
  // alpha-3 ("AZE", "XKX" for Kosovo). Organisations: their code ("UN",
  // "EU", "NATO", ... never an ISO alpha-3 code; list in README.md).
  // People: the state or organisation they act for. Roles: empty.
  std::string code;
  EntryKind kind = EntryKind::kState;
  // People and roles: "head_of_state" (presidents and monarchs),
  // "head_of_government", "foreign_minister", "minister", "leader",
  // "secretary_general", "ambassador", "embassy", "counterpart",
  // "delegation", "government", "side", ... (vocabulary in README.md).
  // States and places: "state". Organisations: "organisation".
  std::string role;
  // Canonical display name: English for states, places, organisations and
  // people ("Azerbaijan", "Baku", "United Nations", "Ilham Aliyev"); a
  // state's capital metonyms share the capital's entry ("Kremlin" ->
  // "Moscow"). Roles: the first form of the data line ("Präsident" also for
  // "Staatsoberhaupt"), so compare `role`, not `name`.
  std::string name;
  GrammaticalNumber number = GrammaticalNumber::kSingular;  // roles, demonyms
  // People only: true for predecessors still in the news (role is the one
  // they held, e.g. Olaf Scholz head_of_government DEU former=true).
  bool former = false;
  // Capitals that seat an organisation (data kind `seat`): its code
  // ("Brussels" -> "EU"). Written without a preposition ("Brussels warned
  // Moscow") the engine reads the organisation; after one ("in Brüssel") the
  // place of `code`. Empty otherwise.
  std::string seat_of;
};

struct GazetteerMatch {
  size_t token_count = 0;                 // 0 = no match
  const GazetteerEntry* entry = nullptr;  // owned by the Gazetteer
  explicit operator bool() const { return entry != nullptr; }
};

// The prefix-table key of a folded word (the stem a `word*` surface is
// filed under): its first five code points, or empty when it has fewer.
// A view into `word`. Words starting with five ASCII bytes take a fast
// path; extract_perf12_test.cc compares it with the plain code point loop.
std::string_view GazetteerPrefixKey(std::string_view word);

class GazetteerLoader;

class Gazetteer {
 public:
  // Loads states_cldr.tsv (generated), states.tsv, organisations.tsv,
  // people.tsv and roles.tsv from `dir`, in that order. Returns nullptr and
  // sets *error to "<file>:<line>: <reason>" on the first malformed line,
  // unknown kind/language/code, a prefix stem shorter than 5 code points, or
  // a surface that maps to two different codes (or two roles) in the same
  // language; to "states: <code> has no name in '<lang>'" when a state lacks
  // a name in one of the five languages. `error` may be null.
  static std::unique_ptr<Gazetteer> Load(const std::filesystem::path& dir, std::string* error);

  ~Gazetteer();
  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;

  // Longest match starting at tokens[i]: the candidate covering most tokens
  // wins; on a tie an exact surface beats a prefix, a longer stem a shorter
  // one, then states > capitals > cities > regions > demonyms > adjectives
  // > people > organisations > roles. `lang`
  // ("de", "en", "fr", "es", "ru") restricts to surfaces listed for that
  // language or for "*"; an empty or unknown lang searches all languages.
  // Spans the data marks as no actor (`not` lines: "englischsprachig",
  // "South China Sea") return no match, also when i lies inside them.
  // No allocation; i >= tokens.size() returns no match.
  // Case-sensitive surfaces (written `^WHO` in the data: English "who",
  // French "au" must not match) never match through this overload.
  GazetteerMatch MatchAt(std::string_view lang, const std::vector<Token>& tokens, size_t i) const;

  // Same, and also matches case-sensitive surfaces: `text` is the string
  // `tokens` were produced from (Token offsets index into it). Prefer this
  // one when the text is at hand.
  GazetteerMatch MatchAt(std::string_view lang, std::string_view text,
                         const std::vector<Token>& tokens, size_t i) const;

  // English name for a state or organisation code ("AZE" -> "Azerbaijan",
  // "UN" -> "United Nations"); empty if the code is unknown.
  std::string_view CountryName(std::string_view code) const;

  // True if `code` is a state (ISO alpha-3) known to the gazetteer.
  bool IsState(std::string_view code) const;
  // True if `code` is an organisation code known to the gazetteer.
  bool IsOrganisation(std::string_view code) const;
  // False for organisations the analysts' coding list leaves out
  // (organisations.tsv kind `uncoded`: the World Bank, WFP, ...): they are
  // found as mentions but are no participants of events. True otherwise.
  bool IsCoded(std::string_view code) const;

  // True if the state `code` has a name (kind name/official/alias) listed
  // for `lang` ("de", "en", "fr", "es", "ru"). Load guarantees this for
  // every state and language.
  bool HasName(std::string_view code, std::string_view lang) const;

  // Pairs (state, twin) of states.tsv kind `twin`: the adjective and
  // demonym surfaces of `state` name `twin` too (one word for the people of
  // both Congos); the engine reads them as the twin's in an article that
  // names the twin and not the state. In data order.
  const std::vector<std::pair<std::string, std::string>>& AdjectiveTwins() const;

  // All state codes, sorted (for validation and tests).
  std::vector<std::string> StateCodes() const;

  // Number of distinct surfaces indexed (after expansion), for logs.
  size_t surface_count() const;

 private:
  friend class GazetteerLoader;  // builds Impl (gazetteer.cc)
  struct Impl;
  explicit Gazetteer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace newswire::extract
