#include "extract/gazetteer.h"

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <fstream>
#include <map>
#include <set>
#include <span>
#include <unordered_map>
#include <utility>

#include "extract/flat_index.h"

namespace newswire::extract {
namespace {

constexpr size_t kMinPrefixCodePoints = 5;
constexpr size_t kMaxExpansions = 512;

// Language bits; "*" is all of them.
constexpr std::array<std::string_view, 5> kLanguages = {"de", "en", "fr", "es", "ru"};
constexpr uint8_t kAllLanguages = 0x1F;

// Without the out-of-line string_view::compare: MatchAt asks for the
// language mask of every word that passes the key filter.
int LanguageIndex(std::string_view lang) {
  if (lang.size() != 2) return -1;  // every code in kLanguages has two bytes
  // One switch on both bytes (kLanguages' order; checked by the assert).
  static_assert(kLanguages[0] == "de" && kLanguages[1] == "en" && kLanguages[2] == "fr" &&
                kLanguages[3] == "es" && kLanguages[4] == "ru");
  switch (static_cast<unsigned char>(lang[0]) << 8 | static_cast<unsigned char>(lang[1])) {
    case 'd' << 8 | 'e':
      return 0;
    case 'e' << 8 | 'n':
      return 1;
    case 'f' << 8 | 'r':
      return 2;
    case 'e' << 8 | 's':
      return 3;
    case 'r' << 8 | 'u':
      return 4;
    default:
      return -1;
  }
}

uint8_t LanguageMask(std::string_view lang) {
  if (lang.size() == 1 && lang[0] == '*') return kAllLanguages;
  const int index = LanguageIndex(lang);
  return index < 0 ? 0 : static_cast<uint8_t>(1u << index);
}

// Typographic apostrophes and dashes compare equal to their ASCII forms.
std::string_view CanonicalPunctuation(std::string_view p) {
  if (p.size() == 1 && p[0] != '`') return p;  // the only ASCII one is `
  static constexpr std::string_view kApostrophes[] = {"\u2019", "\u02BC", "\u2018", "`", "\u00B4"};
  static constexpr std::string_view kDashes[] = {"\u2010", "\u2011", "\u2012", "\u2013", "\u2014"};
  for (std::string_view a : kApostrophes) {
    if (p == a) return "'";
  }
  for (std::string_view d : kDashes) {
    if (p == d) return "-";
  }
  return p;
}

std::string_view TokenText(const Token& t) {
  return t.is_word ? std::string_view(t.folded) : CanonicalPunctuation(t.folded);
}

size_t CodePointCount(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Byte length of the first `count` code points of s (or all of s).
size_t PrefixBytes(std::string_view s, size_t count) {
  size_t i = 0;
  for (size_t cp = 0; i < s.size() && cp < count; ++cp) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  }
  return i;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    const size_t at = s.find(sep, start);
    out.push_back(
        Trim(s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start)));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return out;
}

// Expands "[opt ]x" and "stem{a,b,}" into plain surfaces. Returns false
// with *error on unbalanced brackets or too many expansions.
bool Expand(const std::string& surface, std::vector<std::string>& out, std::string* error) {
  const size_t open = surface.find_first_of("[{");
  if (open == std::string::npos) {
    if (surface.find_first_of("]}") != std::string::npos) {
      *error = "unbalanced bracket in '" + surface + "'";
      return false;
    }
    if (out.size() >= kMaxExpansions) {
      *error = "surface '" + surface + "' expands to too many forms";
      return false;
    }
    out.push_back(surface);
    return true;
  }
  const char close_char = surface[open] == '[' ? ']' : '}';
  const size_t close = surface.find(close_char, open + 1);
  // Braces may sit inside an optional part ("[Ильхам{,а} ]Алиев"); nothing
  // nests otherwise.
  if (close == std::string::npos ||
      surface.substr(open + 1, close - open - 1).find_first_of(close_char == ']' ? "[" : "[{") !=
          std::string::npos) {
    *error = "unbalanced or nested bracket in '" + surface + "'";
    return false;
  }
  const std::string head = surface.substr(0, open);
  const std::string tail = surface.substr(close + 1);
  const std::string_view inner(surface.data() + open + 1, close - open - 1);
  if (close_char == ']') {
    return Expand(head + std::string(inner) + tail, out, error) && Expand(head + tail, out, error);
  }
  for (std::string_view alt : Split(inner, ',')) {
    if (!Expand(head + std::string(alt) + tail, out, error)) return false;
  }
  return true;
}

// The first plain form of a data surface: "Vereinigte{,n} Staaten" ->
// "Vereinigte Staaten", "^WHO" -> "WHO"; used for display names.
std::string FirstForm(std::string_view surface) {
  std::vector<std::string> forms;
  std::string ignored;
  std::string form = Expand(std::string(surface), forms, &ignored) && !forms.empty()
                         ? forms.front()
                         : std::string(surface);
  if (form.starts_with('^') || form.starts_with('~')) form.erase(0, 1);
  while (!form.empty() && form.back() == '*') form.pop_back();
  return form;
}

// True if the first code point of `s` is an upper-case or title-case letter.
bool StartsUpper(std::string_view s) {
  if (s.empty()) return false;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(p, i, static_cast<int32_t>(s.size()), c);
  return c >= 0 && (u_isupper(c) || u_istitle(c));
}

// True if the token's first code point in `source` is an upper-case or
// title-case letter ("Chile", not the Spanish "chile").
bool StartsUpperCase(std::string_view source, const Token& token) {
  if (token.begin >= token.end || token.end > source.size()) return false;
  const auto* s = reinterpret_cast<const uint8_t*>(source.data());
  int32_t i = static_cast<int32_t>(token.begin);
  UChar32 c;
  U8_NEXT(s, i, static_cast<int32_t>(token.end), c);
  return c >= 0 && (u_isupper(c) || u_istitle(c));
}

bool ContainsCyrillic(std::string_view s) {
  // U+0400..U+04FF is encoded with lead bytes 0xD0..0xD3.
  for (unsigned char c : s) {
    if (c >= 0xD0 && c <= 0xD3) return true;
  }
  return false;
}

int KindPriority(EntryKind kind) {
  switch (kind) {
    case EntryKind::kState:
      return 9;
    case EntryKind::kCapital:
      return 8;
    case EntryKind::kCity:
      return 7;
    case EntryKind::kRegion:
      return 6;
    case EntryKind::kDemonym:
      return 5;
    case EntryKind::kStateAdjective:
      return 4;
    case EntryKind::kPerson:
      return 3;
    case EntryKind::kOrganisation:
      return 2;
    case EntryKind::kRole:
      return 1;
  }
  return 0;
}

bool ParseNumber(std::string_view s, GrammaticalNumber* number) {
  if (s == "sg") {
    *number = GrammaticalNumber::kSingular;
  } else if (s == "pl") {
    *number = GrammaticalNumber::kPlural;
  } else if (s == "either") {
    *number = GrammaticalNumber::kEither;
  } else {
    return false;
  }
  return true;
}

bool IsStateCode(std::string_view code) {
  if (code.size() != 3) return false;
  return std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool IsOrganisationCode(std::string_view code) {
  if (code.size() < 2 || code.size() > 12) return false;
  return std::all_of(code.begin(), code.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  });
}

struct TransliteratorDeleter {
  void operator()(icu::Transliterator* t) const { delete t; }
};

}  // namespace

std::string_view EntryKindName(EntryKind kind) {
  switch (kind) {
    case EntryKind::kState:
      return "state";
    case EntryKind::kStateAdjective:
      return "state_adjective";
    case EntryKind::kDemonym:
      return "demonym";
    case EntryKind::kCapital:
      return "capital";
    case EntryKind::kCity:
      return "city";
    case EntryKind::kRegion:
      return "region";
    case EntryKind::kPerson:
      return "person";
    case EntryKind::kOrganisation:
      return "organisation";
    case EntryKind::kRole:
      return "role";
  }
  return "unknown";
}

std::string_view GazetteerPrefixKey(std::string_view word) {
  if (word.size() < kMinPrefixCodePoints) return {};
  // Five ASCII bytes (most Latin-script words) are the five code points:
  // the key, unless a stray continuation byte follows them (then the loop
  // below decides, as for every other word).
  static_assert(kMinPrefixCodePoints == 5);
  uint32_t first_four;
  std::memcpy(&first_four, word.data(), 4);
  if (((first_four | static_cast<unsigned char>(word[4])) & 0x80808080u) == 0 &&
      (word.size() == 5 || (static_cast<unsigned char>(word[5]) & 0xC0) != 0x80)) {
    return word.substr(0, 5);
  }
  size_t code_points = 0;
  for (size_t k = 0; k < word.size(); ++k) {
    if ((static_cast<unsigned char>(word[k]) & 0xC0) != 0x80 &&
        code_points++ == kMinPrefixCodePoints) {
      return word.substr(0, k);
    }
  }
  return code_points == kMinPrefixCodePoints ? word : std::string_view();
}

struct Gazetteer::Impl {
  // Every pattern is one self-contained record in `records` (see
  // PatternRecord): its flags, then its tokens, then their texts, so that
  // verifying a candidate reads one or two adjacent cache lines instead of
  // a pattern array, a token array and a text arena (three misses). What
  // MatchAt touches per article token is the key filter, one slot of a
  // first-token table and, for a token that starts a surface, its
  // contiguous candidate list and the records of the candidates it tries.
  //
  // Record layout, at an 8-byte aligned offset of `records`:
  //   RecordHead                       8 bytes
  //   RecordToken x token_count        16 bytes each
  //   text_0 raw_0 text_1 raw_1 ...    the token texts, then padding to 8
  struct RecordHead {
    uint8_t flags = 0;  // kCaseSensitive | kCapitalised
    uint8_t pad[7] = {};
  };
  struct RecordToken {
    uint64_t hash = 0;       // FlatIndexHash(text): exact tokens compare by it first
    uint32_t text_size = 0;  // folded, canonical punctuation
    // Case-sensitive patterns: the word as written (`^WHO`: an acronym; at
    // most 65535 bytes are kept, so a longer one never matches).
    uint16_t raw_size = 0;
    // kPrefix; kUpper: capitalised (`~`) patterns whose word is written
    // with a capital in the data, which must be in the text ("~La Paz":
    // both words; the first word is always checked).
    uint8_t flags = 0;
    uint8_t pad = 0;
  };
  static_assert(sizeof(RecordHead) == 8 && sizeof(RecordToken) == 16);
  static constexpr uint8_t kCaseSensitive = 1, kCapitalised = 2;  // RecordHead::flags
  static constexpr uint8_t kPrefix = 1, kUpper = 2;               // RecordToken::flags
  // One pattern in the candidate list of its first token. Lists are sorted
  // best first (see Rank), so the first candidate that matches is the
  // longest match of its list; a rejected candidate costs no access to the
  // pattern.
  struct Candidate {
    // FlatIndexHash of the second token's text when that token is exact,
    // else 0: candidates whose second token cannot match are skipped.
    uint64_t second_hash = 0;
    uint64_t rank = 0;  // Rank(): larger is better
    // Offset of the pattern's record in `records` (in bytes). Records are
    // laid out in data order, so a smaller offset is an earlier pattern.
    uint32_t pattern = 0;
    // The pattern's entry, length and blocker flag, so that a winner is
    // returned without reading its pattern.
    uint32_t entry = 0;
    uint16_t token_count = 0;
    uint8_t langs = 0;
    // One exact token, no case condition: the key comparison of the index
    // probe was the whole match.
    bool key_is_match = false;
    bool blocker = false;
  };

  // The order of the longest-match rule as one number: more tokens, then
  // exact before prefix, then more text bytes (a longer stem), then the
  // kind (states > capitals > ... > roles).
  static uint64_t Rank(size_t token_count, bool exact, size_t text_bytes, EntryKind kind) {
    return (uint64_t{std::min<size_t>(token_count, 0xFFFF)} << 48) | (uint64_t{exact} << 47) |
           (uint64_t{std::min<size_t>(text_bytes, 0xFFFFFFFF)} << 8) |
           static_cast<uint64_t>(KindPriority(kind));
  }

  std::vector<GazetteerEntry> entries;
  std::vector<uint64_t> records;  // PatternRecord layout above; 8-byte aligned
  size_t pattern_count = 0;
  // Candidate lists keyed by a 64-bit hash alone (open addressing over a
  // power-of-two slot array). No key is stored: every candidate found here
  // verifies all its tokens, so a collision costs time, never a match.
  struct HashedLists {
    struct Slot {
      uint64_t hash = 0;
      uint32_t begin = 0, count = 0;  // slice of `candidates`; count 0 = empty slot
    };
    std::vector<Slot> slots;
    std::vector<Candidate> candidates;
    std::span<const Candidate> Find(uint64_t h) const {
      if (slots.empty()) return {};
      for (size_t at = h & (slots.size() - 1);; at = (at + 1) & (slots.size() - 1)) {
        const Slot& s = slots[at];
        if (s.count == 0) return {};
        if (s.hash == h) return {candidates.data() + s.begin, s.count};
      }
    }
  };

  // First-token tables: exact first tokens by their text (FlatIndex: hash,
  // then the key compared), prefix (`word*`) first tokens by StemHash of the
  // first kMinPrefixCodePoints code points of their stem. Blocker (`not`)
  // patterns are in these and, again, in the blocker tables, for the
  // look-back: "océan Indien" blocks "Indien" even when MatchAt starts at
  // "Indien".
  FlatIndex<Candidate> exact_index, blocker_exact_index;
  HashedLists prefixes, blocker_prefixes;
  // A first token with many candidates ("la", "el", "un", "the": French and
  // Spanish articles start hundreds of surfaces) keeps in exact_index only
  // those without an exact second token; the others are found by one probe
  // of `pairs`, keyed by PairHash of the first two tokens, so a probe never
  // walks a long list.
  static constexpr size_t kSplitListsLongerThan = 8;
  HashedLists pairs;
  // One bit per first-token hash of a split list (few): other tokens skip
  // the pair probe.
  std::vector<uint64_t> split_filter = std::vector<uint64_t>(64, 0);
  bool MayBeSplit(uint64_t h) const {
    return (split_filter[(h >> 7) & 63] >> ((h >> 13) & 63)) & 1;
  }
  static uint64_t PairHash(uint64_t first, uint64_t second) {
    return (first ^ (second * 0x9E3779B97F4A7C15ull)) * 0xFF51AFD7ED558CCDull;
  }
  // One bit per first three bytes of the prefix stems (8 KiB): a word whose
  // start no stem has is not hashed for the prefix table.
  std::vector<uint64_t> stem_filter = std::vector<uint64_t>(1024, 0);
  static uint32_t StemFilterIndex(std::string_view s) {  // s.size() >= 3
    const uint32_t v = uint32_t{static_cast<unsigned char>(s[0])} |
                       uint32_t{static_cast<unsigned char>(s[1])} << 8 |
                       uint32_t{static_cast<unsigned char>(s[2])} << 16;
    return (v * 0x9E3779B1u) >> 16;
  }
  bool MayBeStem(std::string_view s) const {
    const uint32_t at = StemFilterIndex(s);
    return (stem_filter[at >> 6] >> (at & 63)) & 1;
  }
  // Hash of a stem key (at most kMinPrefixCodePoints code points, so at most
  // 24 bytes): three multiplies instead of a byte-serial FNV chain.
  static uint64_t StemHash(std::string_view s) {
    // w[k >> 3] holds byte k at bits (k & 7) * 8: a little-endian copy.
    static_assert(std::endian::native == std::endian::little);
    uint64_t w[3] = {0, 0, 0};
    std::memcpy(w, s.data(), std::min<size_t>(s.size(), 24));
    const uint64_t h = (w[0] * 0x9E3779B97F4A7C15ull) ^
                       ((w[1] + s.size()) * 0xC2B2AE3D27D4EB4Full) ^ (w[2] * 0x165667B19E3779F9ull);
    return h ^ (h >> 31);
  }
  size_t max_blocker_tokens = 0;
  // Hashes of the texts (exact) and stem prefixes of blocker tokens after
  // the first, sorted by hash, each once with the largest position it has
  // in a blocker (1 = second token): only a token whose text or stem is
  // here can lie inside a blocker that started earlier, and that blocker
  // started at most that many tokens before it, so the look-back is skipped
  // for every other token and reaches no further back than that.
  // `inner_filter` (a Bloom filter over the same hashes) rejects almost
  // every token before the search.
  struct InnerToken {
    uint64_t hash = 0;
    size_t max_position = 0;
  };
  std::vector<InnerToken> inner_tokens;
  std::vector<uint64_t> inner_filter = std::vector<uint64_t>(256, 0);
  // One bit per first three bytes of the prefix stems among those inner
  // tokens (like stem_filter): a word whose start none has is not inside a
  // blocker by a prefix token, and its stem key is never hashed.
  std::vector<uint64_t> inner_stem_filter = std::vector<uint64_t>(1024, 0);
  bool MayBeInnerStem(std::string_view s) const {  // s.size() >= 3
    const uint32_t at = StemFilterIndex(s);
    return (inner_stem_filter[at >> 6] >> (at & 63)) & 1;
  }
  // Blocked Bloom filter over every key of the first-token tables (two bits
  // per key in one 64-bit word of a 32 KiB table that stays in cache): most
  // article tokens are rejected without touching the tables.
  static constexpr uint32_t kFilterWords = 4096;
  std::vector<uint64_t> key_filter = std::vector<uint64_t>(kFilterWords, 0);

  static uint64_t KeyBits(uint64_t h) {
    return (uint64_t{1} << ((h >> 20) & 63)) | (uint64_t{1} << ((h >> 26) & 63));
  }
  void AddKey(uint64_t h) { key_filter[h % kFilterWords] |= KeyBits(h); }
  bool MayBeKey(uint64_t h) const {
    const uint64_t bits = KeyBits(h);
    return (key_filter[h % kFilterWords] & bits) == bits;
  }
  void AddInner(uint64_t h, size_t position) {
    inner_filter[h % inner_filter.size()] |= KeyBits(h);
    inner_tokens.push_back({h, position});
  }
  // The largest position a blocker token with hash `h` has (see
  // inner_tokens); 0 when no blocker has one after its first token.
  size_t InnerPosition(uint64_t h) const {
    const uint64_t bits = KeyBits(h);
    if ((inner_filter[h % inner_filter.size()] & bits) != bits) return 0;
    auto it = std::lower_bound(inner_tokens.begin(), inner_tokens.end(), h,
                               [](const InnerToken& t, uint64_t v) { return t.hash < v; });
    return it != inner_tokens.end() && it->hash == h ? it->max_position : 0;
  }

  std::map<std::string, std::string, std::less<>> display_names;     // code -> English
  std::vector<std::pair<std::string, std::string>> adjective_twins;  // kind `twin`
  std::set<std::string, std::less<>> states;
  std::map<std::string, uint8_t, std::less<>> names_by_lang;  // state -> language bits
  std::set<std::string, std::less<>> organisations;
  std::set<std::string, std::less<>> uncoded;  // organisations.tsv kind `uncoded`
  // One bit per uncoded code (by FlatIndexHash): a code whose bit is clear
  // is coded, without the set's string compares.
  std::array<uint64_t, 4> uncoded_filter = {0, 0, 0, 0};
  static size_t UncodedBit(std::string_view code) { return FlatIndexHash(code) & 255; }
  void AddUncoded(std::string_view code) {
    const size_t bit = UncodedBit(code);
    uncoded_filter[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
  bool MayBeUncoded(std::string_view code) const {
    const size_t bit = UncodedBit(code);
    return (uncoded_filter[bit >> 6] >> (bit & 63)) & 1;
  }

  // Appends the record of one pattern; returns its offset (bytes).
  template <typename DraftTokens>
  uint32_t AddRecord(const DraftTokens& draft_tokens, bool case_sensitive, bool capitalised) {
    std::string bytes;
    RecordHead head;
    head.flags = static_cast<uint8_t>((case_sensitive ? kCaseSensitive : 0) |
                                      (capitalised ? kCapitalised : 0));
    bytes.append(reinterpret_cast<const char*>(&head), sizeof head);
    std::string texts;
    for (const auto& dt : draft_tokens) {
      RecordToken rt;
      rt.hash = FlatIndexHash(dt.text);
      rt.text_size = static_cast<uint32_t>(dt.text.size());
      rt.raw_size = static_cast<uint16_t>(std::min<size_t>(dt.raw.size(), 0xFFFF));
      rt.flags = static_cast<uint8_t>((dt.prefix ? kPrefix : 0) | (dt.upper ? kUpper : 0));
      bytes.append(reinterpret_cast<const char*>(&rt), sizeof rt);
      texts += dt.text;
      texts.append(dt.raw, 0, rt.raw_size);
    }
    bytes += texts;
    const size_t offset = records.size() * sizeof(uint64_t);
    records.resize(records.size() + (bytes.size() + 7) / 8, 0);
    std::memcpy(reinterpret_cast<char*>(records.data()) + offset, bytes.data(), bytes.size());
    return static_cast<uint32_t>(offset);
  }

  // True if the pattern whose record is at `record` (token_count tokens)
  // matches at tokens[i]. `from` tokens of it are known to match already
  // (the first one, found by its exact key); the case conditions are
  // checked for all. `source` is the text the tokens index into (empty:
  // unknown, then case-sensitive patterns never match).
  bool Matches(uint32_t record, size_t token_count, std::string_view source,
               const std::vector<Token>& text_tokens, size_t i, size_t from) const {
    if (i + token_count > text_tokens.size()) return false;
    const char* rec = reinterpret_cast<const char*>(records.data()) + record;
    RecordHead head;
    std::memcpy(&head, rec, sizeof head);
    const bool case_sensitive = head.flags & kCaseSensitive;
    if (case_sensitive && source.empty()) return false;
    if ((head.flags & kCapitalised) && !source.empty() &&
        !StartsUpperCase(source, text_tokens[i])) {
      return false;
    }
    const char* record_tokens = rec + sizeof(RecordHead);
    const char* bytes = record_tokens + token_count * sizeof(RecordToken);
    for (size_t k = 0; k < token_count; ++k) {
      const Token& token = text_tokens[i + k];
      RecordToken pt;
      std::memcpy(&pt, record_tokens + k * sizeof(RecordToken), sizeof pt);
      const char* want = bytes;
      const char* raw = bytes + pt.text_size;
      bytes = raw + pt.raw_size;
      if (k >= from) {
        const std::string_view text = TokenText(token);
        // Sizes first, then memcmp inline: string_view's starts_with and
        // != go through the out-of-line compare().
        if (pt.flags & kPrefix) {
          if (text.size() < pt.text_size || std::memcmp(text.data(), want, pt.text_size) != 0) {
            return false;
          }
        } else if (TextHash(token, text) != pt.hash || text.size() != pt.text_size ||
                   std::memcmp(text.data(), want, pt.text_size) != 0) {
          return false;
        }
      }
      if ((pt.flags & kUpper) && !source.empty() && !StartsUpperCase(source, token)) return false;
      if (case_sensitive && token.is_word) {
        if (token.end > source.size() || token.begin > token.end ||
            token.end - token.begin != pt.raw_size ||
            std::memcmp(source.data() + token.begin, raw, pt.raw_size) != 0) {
          return false;
        }
      }
    }
    return true;
  }

  // FlatIndexHash(TokenText(token)): the token's own hash unless the text
  // was canonicalised.
  static uint64_t TextHash(const Token& token, std::string_view text) {
    return text.data() == token.folded.data() ? TokenHash(token) : FlatIndexHash(text);
  }

  // The prefix-table key of a word: its first kMinPrefixCodePoints code
  // points, or empty when it is shorter.
  static std::string_view StemKey(const Token& token, std::string_view text) {
    if (!token.is_word) return {};
    return GazetteerPrefixKey(text);
  }

  // The first candidate of `list` (best first) that is allowed in `mask`,
  // beats `floor` and matches at tokens[i]; nullptr if none. A candidate
  // beats the floor by a higher rank, or by the same rank and an earlier
  // pattern (data order) than `floor_pattern`. `from_key` is 1 when the
  // list came from the exact table (its key is the pattern's first token),
  // else 0. `next_hash` is the TextHash of tokens[i + 1] (0 at the end).
  const Candidate* FirstMatch(std::span<const Candidate> list, uint8_t mask, uint64_t floor,
                              uint32_t floor_pattern, uint64_t next_hash, std::string_view source,
                              const std::vector<Token>& text_tokens, size_t i,
                              size_t from_key) const {
    for (const Candidate& c : list) {
      if (c.rank < floor) return nullptr;  // sorted: nothing better follows
      if (c.rank == floor && c.pattern >= floor_pattern) continue;
      if ((c.langs & mask) == 0) continue;
      if (c.second_hash != 0 && c.second_hash != next_hash) continue;
      if (c.key_is_match && from_key == 1) return &c;
      if (Matches(c.pattern, c.token_count, source, text_tokens, i, from_key)) return &c;
    }
    return nullptr;
  }

  GazetteerMatch Match(std::string_view lang, std::string_view source,
                       const std::vector<Token>& tokens, size_t i) const;

  // True if a blocker starting before token i covers it. `text_hash` is
  // token i's TextHash.
  bool BlockedFromLeft(uint8_t mask, std::string_view source, const std::vector<Token>& text_tokens,
                       size_t i, uint64_t text_hash) const {
    // How far back a blocker covering token i can start: the largest
    // position its text or its stem has inside a blocker (a token matches
    // an exact blocker token by its text hash, a prefix one by its stem).
    size_t back = InnerPosition(text_hash);
    // Most tokens start like no inner stem: no stem key, no hash.
    const std::string_view own = TokenText(text_tokens[i]);
    if (own.size() >= kMinPrefixCodePoints && MayBeInnerStem(own)) {
      const std::string_view stem = StemKey(text_tokens[i], own);
      if (!stem.empty()) back = std::max(back, InnerPosition(StemHash(stem)));
    }
    if (back == 0) return false;
    const size_t reach = std::min(back, max_blocker_tokens > 1 ? max_blocker_tokens - 1 : 0);
    for (size_t j = i >= reach ? i - reach : 0; j < i; ++j) {
      const Token& token = text_tokens[j];
      const std::string_view text = TokenText(token);
      auto covers = [&](std::span<const Candidate> list, size_t from_key) {
        for (const Candidate& c : list) {
          if ((c.langs & mask) == 0 || j + c.token_count <= i) continue;
          if (Matches(c.pattern, c.token_count, source, text_tokens, j, from_key)) return true;
        }
        return false;
      };
      if (covers(blocker_exact_index.Find(text, TextHash(token, text)), 1)) return true;
      if (const std::string_view key = StemKey(token, text);
          !key.empty() && covers(blocker_prefixes.Find(StemHash(key)), 0)) {
        return true;
      }
    }
    return false;
  }
};

// Builds an Impl from the data files; one instance per Load call.
class GazetteerLoader {
 public:
  explicit GazetteerLoader(std::string* error) : error_(error) {}

  std::unique_ptr<Gazetteer::Impl> Run(const std::filesystem::path& dir) {
    UErrorCode status = U_ZERO_ERROR;
    to_ascii_.reset(icu::Transliterator::createInstance("Latin-ASCII", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !to_ascii_) {
      *error_ = "ICU transliterator Latin-ASCII unavailable";
      return nullptr;
    }
    impl_ = std::make_unique<Gazetteer::Impl>();
    if (!ReadFile(dir, "states_cldr.tsv", &GazetteerLoader::StateLine) ||
        !ReadFile(dir, "states.tsv", &GazetteerLoader::StateLine) || !CheckStates() ||
        !ReadFile(dir, "organisations.tsv", &GazetteerLoader::OrganisationLine) ||
        !ReadFile(dir, "people.tsv", &GazetteerLoader::PersonLine) ||
        !ReadFile(dir, "roles.tsv", &GazetteerLoader::RoleLine) || !NameEntries()) {
      return nullptr;
    }
    AddVariants();
    BuildIndex();
    return std::move(impl_);
  }

 private:
  using LineHandler = bool (GazetteerLoader::*)(const std::vector<std::string_view>&);

  struct Origin {
    uint32_t entry = 0;
    std::string where;  // file:line
  };
  struct PendingVariant {
    std::string surface;
    uint8_t langs = 0;
    uint32_t entry = 0;
  };
  // A surface as registered, before BuildIndex lays it out flat.
  struct DraftToken {
    std::string text;  // folded, canonical punctuation
    std::string raw;   // case-sensitive patterns: the word as written
    bool prefix = false;
    bool upper = false;
  };
  struct Draft {
    std::vector<DraftToken> tokens;
    uint8_t langs = 0;
    bool exact = true;  // no prefix token
    bool case_sensitive = false;
    bool capitalised = false;
    bool blocker = false;
    uint32_t text_bytes = 0;  // total bytes of token texts (longer stem wins)
    uint32_t entry = 0;
  };

  bool Fail(const std::string& reason) {
    *error_ = where_ + ": " + reason;
    return false;
  }

  bool ReadFile(const std::filesystem::path& dir, const char* name, LineHandler handler) {
    file_ = name;
    std::ifstream in(dir / name);
    if (!in) {
      *error_ = (dir / name).string() + ": cannot open";
      return false;
    }
    std::string line;
    for (size_t number = 1; std::getline(in, line); ++number) {
      where_ = file_ + ":" + std::to_string(number);
      if (number == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);  // UTF-8 BOM
      const std::string_view trimmed = Trim(line);
      if (trimmed.empty() || trimmed.front() == '#') continue;
      const std::vector<std::string_view> fields = Split(trimmed, '\t');
      if (!(this->*handler)(fields)) return false;
    }
    return true;
  }

  bool CheckLang(std::string_view lang, uint8_t* mask) {
    *mask = LanguageMask(lang);
    if (*mask == 0) return Fail("unknown language '" + std::string(lang) + "'");
    return true;
  }

  uint32_t EntryFor(const std::string& key, GazetteerEntry entry) {
    auto [it, inserted] = entry_ids_.emplace(key, static_cast<uint32_t>(impl_->entries.size()));
    if (inserted) impl_->entries.push_back(std::move(entry));
    return it->second;
  }

  // code lang kind surfaces [number]
  bool StateLine(const std::vector<std::string_view>& f) {
    if (f.size() < 4 || f.size() > 5) {
      return Fail("expected 4 or 5 tab-separated fields: code lang kind surfaces [number]");
    }
    const std::string code(f[0]);
    if (!IsStateCode(code)) return Fail("bad state code '" + code + "' (ISO alpha-3 expected)");
    uint8_t langs = 0;
    if (!CheckLang(f[1], &langs)) return false;
    EntryKind kind;
    const std::string_view k = f[2];
    // `twin` lines: the 4th field is the other state's code (all languages).
    if (k == "twin") {
      const std::string twin(f[3]);
      if (f[1] != "*" || f.size() != 4) return Fail("a twin line is: code * twin other-code");
      if (!IsStateCode(twin) || twin == code) {
        return Fail("bad twin code '" + twin + "' (another ISO alpha-3 expected)");
      }
      impl_->adjective_twins.emplace_back(code, twin);
      return true;
    }
    bool canonical = false;
    if (k == "name" || k == "official" || k == "alias" || k == "canonical") {
      kind = EntryKind::kState;
      canonical = k == "canonical";
      if (canonical && f[1] != "en") return Fail("'canonical' names are English");
    } else if (k == "adjective") {
      kind = EntryKind::kStateAdjective;
    } else if (k == "demonym") {
      kind = EntryKind::kDemonym;
    } else if (k == "capital" || k == "seat") {
      kind = EntryKind::kCapital;
    } else if (k == "city") {
      kind = EntryKind::kCity;
    } else if (k == "region") {
      kind = EntryKind::kRegion;
    } else if (k == "not") {
      kind = EntryKind::kStateAdjective;  // never returned; see Pattern::blocker
    } else {
      return Fail("unknown kind '" + std::string(k) + "'");
    }
    GrammaticalNumber number =
        kind == EntryKind::kDemonym ? GrammaticalNumber::kEither : GrammaticalNumber::kSingular;
    // `seat` lines: the 5th field is the organisation seated there (checked
    // once organisations are loaded, see NameEntries).
    std::string seat_of;
    if (k == "seat") {
      if (f.size() != 5 || f[4].empty()) return Fail("a seat line needs the organisation's code");
      seat_of = std::string(f[4]);
      seats_.push_back({seat_of, where_});
    } else if (f.size() == 5 && !ParseNumber(f[4], &number)) {
      return Fail("unknown number '" + std::string(f[4]) + "' (sg, pl or either)");
    }
    impl_->states.insert(code);
    const std::vector<std::string_view> surfaces = Split(f[3], '|');
    if (kind == EntryKind::kState && f[1] == "en") {
      std::string& display = impl_->display_names[code];
      if (display.empty() || canonical) display = FirstForm(surfaces.front());
    }
    if (kind == EntryKind::kState) {
      const int li = LanguageIndex(f[1]);
      if (li >= 0) impl_->names_by_lang[code] |= static_cast<uint8_t>(1u << li);
      if (f[1] == "*") impl_->names_by_lang[code] |= kAllLanguages;
    }
    // Places keep their own English name; the state's entries use the
    // state's display name (resolved after loading, see CheckStates).
    GazetteerEntry entry{code, kind, "state", "", number, false, seat_of};
    const bool place =
        kind == EntryKind::kCapital || kind == EntryKind::kCity || kind == EntryKind::kRegion;
    for (std::string_view surface : surfaces) {
      uint32_t id;
      if (place) {
        // One entry per city or region, named by the first surface of its
        // line (English by convention). A state has one capital entry:
        // every capital line (metonyms like "Kremlin" included) adds to it,
        // named by the first.
        entry.name = FirstForm(surfaces.front());
        id = kind == EntryKind::kCapital && seat_of.empty()
                 ? EntryFor("capital|" + code, entry)
                 : EntryFor("place|" + code + "|" + entry.name, entry);
      } else {
        id = EntryFor("state|" + code + "|" + std::string(k == "not" ? k : EntryKindName(kind)),
                      entry);
      }
      blocker_line_ = k == "not";
      place_line_ = place;
      const bool ok = AddSurface(surface, langs, id);
      blocker_line_ = false;
      place_line_ = false;
      if (!ok) return false;
    }
    return true;
  }

  bool CheckStates() {
    for (const std::string& code : impl_->states) {
      const uint8_t have = impl_->names_by_lang[code];
      for (size_t i = 0; i < kLanguages.size(); ++i) {
        if ((have & (1u << i)) == 0) {
          *error_ = "states: " + code + " has no name in '" + std::string(kLanguages[i]) + "'";
          return false;
        }
      }
    }
    return true;
  }

  // States and organisations are named by their English display name.
  bool NameEntries() {
    for (const auto& [org, where] : seats_) {
      if (impl_->organisations.count(org) == 0) {
        *error_ = where + ": unknown organisation '" + org + "' in a seat line";
        return false;
      }
    }
    for (const std::string& code : impl_->organisations) {
      if (impl_->display_names[code].empty()) {
        *error_ = "organisations.tsv: " + code + " has no English name";
        return false;
      }
    }
    for (GazetteerEntry& e : impl_->entries) {
      if (e.name.empty()) e.name = impl_->display_names[e.code];
    }
    return true;
  }

  // code lang kind surfaces
  bool OrganisationLine(const std::vector<std::string_view>& f) {
    if (f.size() != 4) return Fail("expected 4 tab-separated fields: code lang kind surfaces");
    const std::string code(f[0]);
    if (!IsOrganisationCode(code)) return Fail("bad organisation code '" + code + "'");
    if (impl_->states.count(code) != 0) {
      return Fail("organisation code '" + code + "' is a state code");
    }
    // "WFP  *  uncoded  <why>": known, but outside the coding list.
    if (f[2] == "uncoded") {
      if (f[1] != "*") return Fail("'uncoded' lines take '*' as language");
      if (impl_->organisations.count(code) == 0) {
        return Fail("'uncoded' organisation '" + code + "' is not defined above");
      }
      impl_->uncoded.insert(code);
      impl_->AddUncoded(code);
      return true;
    }
    uint8_t langs = 0;
    if (!CheckLang(f[1], &langs)) return false;
    const std::string_view k = f[2];
    if (k != "name" && k != "abbreviation" && k != "alias" && k != "canonical") {
      return Fail("unknown kind '" + std::string(k) + "'");
    }
    const std::vector<std::string_view> surfaces = Split(f[3], '|');
    std::string& display = impl_->display_names[code];
    if (k == "canonical" || (display.empty() && f[1] == "en" && k == "name")) {
      display = FirstForm(surfaces.front());
    }
    impl_->organisations.insert(code);
    const uint32_t id =
        EntryFor("org|" + code,
                 GazetteerEntry{code, EntryKind::kOrganisation, "organisation", "", {}, false, ""});
    for (std::string_view surface : surfaces) {
      if (!AddSurface(surface, langs, id)) return false;
    }
    return true;
  }

  // code role canonical surfaces
  bool PersonLine(const std::vector<std::string_view>& f) {
    if (f.size() != 4) return Fail("expected 4 tab-separated fields: code role canonical surfaces");
    const std::string code(f[0]);
    if (impl_->states.count(code) == 0 && impl_->organisations.count(code) == 0) {
      return Fail("unknown state or organisation code '" + code + "'");
    }
    std::string role(f[1]);
    bool former = false;
    if (role.starts_with("former_")) {
      former = true;
      role.erase(0, 7);
    }
    if (role.empty()) return Fail("empty role");
    if (f[2].empty()) return Fail("empty canonical name");
    const std::string key = "person|" + code + "|" + std::string(f[2]) + "|" + role;
    if (entry_ids_.count(key) != 0) return Fail("duplicate person '" + std::string(f[2]) + "'");
    const uint32_t id = EntryFor(
        key, GazetteerEntry{code, EntryKind::kPerson, role, std::string(f[2]), {}, former, ""});
    for (std::string_view surface : Split(f[3], '|')) {
      if (!AddSurface(surface, kAllLanguages, id)) return false;
    }
    return true;
  }

  // lang role number surfaces [code]
  bool RoleLine(const std::vector<std::string_view>& f) {
    if (f.size() < 4 || f.size() > 5) {
      return Fail("expected 4 or 5 tab-separated fields: lang role number surfaces [code]");
    }
    // A code makes the noun that state's or organisation's own office
    // ("Taoiseach" IRL, "pape" VAT).
    const std::string code(f.size() == 5 ? f[4] : std::string_view());
    if (!code.empty() && impl_->states.count(code) == 0 && impl_->organisations.count(code) == 0) {
      return Fail("unknown state or organisation code '" + code + "'");
    }
    uint8_t langs = 0;
    if (!CheckLang(f[0], &langs)) return false;
    if (f[1].empty()) return Fail("empty role");
    GrammaticalNumber number;
    if (!ParseNumber(f[2], &number)) {
      return Fail("unknown number '" + std::string(f[2]) + "' (sg, pl or either)");
    }
    const std::vector<std::string_view> surfaces = Split(f[3], '|');
    const uint32_t id =
        EntryFor(where_, GazetteerEntry{code, EntryKind::kRole, std::string(f[1]),
                                        FirstForm(surfaces.front()), number, false, ""});
    for (std::string_view surface : surfaces) {
      if (!AddSurface(surface, langs, id)) return false;
    }
    return true;
  }

  // Expands, tokenises and registers one data surface.
  bool AddSurface(std::string_view surface, uint8_t langs, uint32_t entry) {
    if (surface.empty()) return Fail("empty surface");
    std::vector<std::string> forms;
    std::string reason;
    if (!Expand(std::string(surface), forms, &reason)) return Fail(reason);
    for (std::string& form : forms) {
      // A place written with a capital in the data is a proper name: it
      // matches only where the text capitalises it too ("La Paz", not "con
      // la paz"; "Berne", not "en berne").
      if (place_line_ && !form.starts_with('^') && !form.starts_with('~') && StartsUpper(form)) {
        form.insert(0, "~");
      }
      if (!Register(form, langs, entry, /*generated=*/false)) return false;
      // Case-sensitive surfaces are written exactly; blockers list their
      // variants themselves.
      if (form.starts_with('^') || blocker_line_) continue;
      // Diacritic-free and ё-less variants, added after all explicit surfaces.
      std::string variant;
      if (ContainsCyrillic(form)) {
        variant = form;
        for (size_t at; (at = variant.find("ё")) != std::string::npos;) variant.replace(at, 2, "е");
        for (size_t at; (at = variant.find("Ё")) != std::string::npos;) variant.replace(at, 2, "Е");
      } else if (std::any_of(form.begin(), form.end(),
                             [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
        icu::UnicodeString u = icu::UnicodeString::fromUTF8(form);
        to_ascii_->transliterate(u);
        u.toUTF8String(variant);
      }  // plain ASCII has no variant
      if (!variant.empty() && variant != form)
        pending_.push_back({std::move(variant), langs, entry});
    }
    return true;
  }

  // Tokenises `form` into a pattern; on a surface already taken by another
  // code in an overlapping language, explicit surfaces fail and generated
  // ones are dropped. Same code: the first registration wins.
  bool Register(const std::string& surface, uint8_t langs, uint32_t entry, bool generated) {
    Draft pattern;
    pattern.entry = entry;
    pattern.blocker = blocker_line_;
    std::string_view form = surface;
    if (form.starts_with('^')) {
      pattern.case_sensitive = true;
      form.remove_prefix(1);
    } else if (form.starts_with('~')) {
      pattern.capitalised = true;
      form.remove_prefix(1);
    }
    tokens_.clear();
    Tokenize(form, tokens_);
    for (size_t i = 0; i < tokens_.size(); ++i) {
      const Token& t = tokens_[i];
      if (!t.is_word && t.folded == "*") {
        if (pattern.tokens.empty() || i == 0 || !tokens_[i - 1].is_word ||
            tokens_[i - 1].end != t.begin || pattern.tokens.back().prefix) {
          if (generated) return true;
          return Fail("'*' must directly follow a word in '" + surface + "'");
        }
        DraftToken& stem = pattern.tokens.back();
        if (CodePointCount(stem.text) < kMinPrefixCodePoints) {
          if (generated) return true;
          return Fail("prefix stem '" + stem.text + "*' is shorter than " +
                      std::to_string(kMinPrefixCodePoints) + " letters; list the forms");
        }
        stem.prefix = true;
        pattern.exact = false;
        continue;
      }
      if (!t.is_word && (t.folded == "^" || t.folded == "~")) {
        if (generated) return true;
        return Fail("'" + t.folded + "' must start the surface in '" + surface + "'");
      }
      std::string raw;
      if (pattern.case_sensitive && t.is_word) raw = form.substr(t.begin, t.end - t.begin);
      const bool upper =
          pattern.capitalised && t.is_word && !pattern.tokens.empty() && StartsUpperCase(form, t);
      pattern.tokens.push_back({std::string(TokenText(t)), std::move(raw), false, upper});
    }
    if (pattern.tokens.empty()) {
      if (generated) return true;
      return Fail("surface '" + surface + "' has no tokens");
    }
    if (pattern.tokens.size() > 0xFFFF) return Fail("surface '" + surface + "' is too long");
    // Case-restricted surfaces own their own key: "~China" (state) and
    // "china" (Spanish adjective) coexist.
    std::string key = pattern.case_sensitive ? "^" : pattern.capitalised ? "~" : "";
    if (pattern.blocker) key.insert(0, "!");  // blockers never conflict
    for (const auto& pt : pattern.tokens) {
      pattern.text_bytes += static_cast<uint32_t>(pt.text.size());
      key += pt.text;
      key += pt.prefix ? "*\x1f" : "\x1f";
    }
    // Per language: who owns this key already?
    uint8_t free_langs = 0;
    for (size_t li = 0; li < kLanguages.size(); ++li) {
      if ((langs & (1u << li)) == 0) continue;
      const std::string lang_key = key + std::string(kLanguages[li]);
      auto it = owners_.find(lang_key);
      if (it == owners_.end()) {
        free_langs |= static_cast<uint8_t>(1u << li);
        owners_.emplace(lang_key, Origin{entry, where_});
        continue;
      }
      const GazetteerEntry& mine = impl_->entries[entry];
      const GazetteerEntry& theirs = impl_->entries[it->second.entry];
      const bool same_actor =
          it->second.entry == entry || (mine.kind != EntryKind::kRole && mine.code == theirs.code);
      if (!same_actor && !generated) {
        return Fail("surface '" + std::string(form) + "' (" + std::string(kLanguages[li]) +
                    ") is already " + std::string(EntryKindName(theirs.kind)) + " " + theirs.code +
                    " '" + (theirs.name.empty() ? impl_->display_names[theirs.code] : theirs.name) +
                    "' at " + it->second.where);
      }
    }
    if (free_langs == 0) return true;
    pattern.langs = free_langs;
    drafts_.push_back(std::move(pattern));
    return true;
  }

  void AddVariants() {
    for (PendingVariant& v : pending_) {
      Register(v.surface, v.langs, v.entry, /*generated=*/true);
    }
    pending_.clear();
  }

  // Lays the drafts out flat and builds the first-token tables, each
  // candidate list sorted best first (data order among equals).
  void BuildIndex() {
    using Impl = Gazetteer::Impl;
    Impl& impl = *impl_;
    std::unordered_map<std::string, std::vector<Impl::Candidate>> exact_first, blocker_exact_first;
    std::map<uint64_t, std::vector<Impl::Candidate>> prefix_first, blocker_prefix_first, pair_first;
    for (uint32_t id = 0; id < drafts_.size(); ++id) {
      const Draft& d = drafts_[id];
      Impl::Candidate c;
      c.pattern = impl.AddRecord(d.tokens, d.case_sensitive, d.capitalised);
      ++impl.pattern_count;
      c.entry = d.entry;
      c.token_count = static_cast<uint16_t>(d.tokens.size());
      c.blocker = d.blocker;
      c.langs = d.langs;
      if (d.tokens.size() >= 2 && !d.tokens[1].prefix)
        c.second_hash = FlatIndexHash(d.tokens[1].text);
      c.rank = Impl::Rank(d.tokens.size(), d.exact, d.text_bytes, impl.entries[d.entry].kind);
      c.key_is_match =
          d.tokens.size() == 1 && !d.tokens[0].prefix && !d.case_sensitive && !d.capitalised;
      const DraftToken& first = d.tokens.front();
      if (first.prefix) {
        const std::string_view stem =
            std::string_view(first.text).substr(0, PrefixBytes(first.text, kMinPrefixCodePoints));
        const uint64_t h = Impl::StemHash(stem);
        prefix_first[h].push_back(c);
        impl.AddKey(h);
        const uint32_t at = Impl::StemFilterIndex(stem);
        impl.stem_filter[at >> 6] |= uint64_t{1} << (at & 63);
        if (d.blocker) blocker_prefix_first[h].push_back(c);
      } else {
        exact_first[first.text].push_back(c);
        impl.AddKey(FlatIndexHash(first.text));
        if (d.blocker) blocker_exact_first[first.text].push_back(c);
      }
      if (d.blocker) {
        impl.max_blocker_tokens = std::max(impl.max_blocker_tokens, d.tokens.size());
        for (size_t k = 1; k < d.tokens.size(); ++k) {
          const std::string_view inner(d.tokens[k].text);
          if (d.tokens[k].prefix) {
            const std::string_view stem = inner.substr(0, PrefixBytes(inner, kMinPrefixCodePoints));
            impl.AddInner(Impl::StemHash(stem), k);
            const uint32_t at = Impl::StemFilterIndex(stem);
            impl.inner_stem_filter[at >> 6] |= uint64_t{1} << (at & 63);
          } else {
            impl.AddInner(FlatIndexHash(inner), k);
          }
        }
      }
    }
    auto best_first = [](const Impl::Candidate& a, const Impl::Candidate& b) {
      return a.rank > b.rank;
    };
    // Long exact lists: candidates with an exact second token move to the
    // pair table.
    for (auto& [key, list] : exact_first) {
      if (list.size() > Impl::kSplitListsLongerThan) {
        const uint64_t first_hash = FlatIndexHash(key);
        impl.split_filter[(first_hash >> 7) & 63] |= uint64_t{1} << ((first_hash >> 13) & 63);
        std::vector<Impl::Candidate> rest;
        for (const Impl::Candidate& c : list) {
          if (c.second_hash != 0) {
            pair_first[Impl::PairHash(first_hash, c.second_hash)].push_back(c);
          } else {
            rest.push_back(c);
          }
        }
        list = std::move(rest);
      }
      std::stable_sort(list.begin(), list.end(), best_first);
    }
    auto hashed = [&](std::map<uint64_t, std::vector<Impl::Candidate>>& lists) {
      Impl::HashedLists out;
      if (lists.empty()) return out;
      size_t capacity = 16;
      while (capacity < lists.size() * 2) capacity <<= 1;
      out.slots.assign(capacity, {});
      for (auto& [h, list] : lists) {
        std::stable_sort(list.begin(), list.end(), best_first);
        size_t at = h & (capacity - 1);
        while (out.slots[at].count != 0) at = (at + 1) & (capacity - 1);
        out.slots[at] = {h, static_cast<uint32_t>(out.candidates.size()),
                         static_cast<uint32_t>(list.size())};
        out.candidates.insert(out.candidates.end(), list.begin(), list.end());
      }
      return out;
    };
    impl.prefixes = hashed(prefix_first);
    impl.blocker_prefixes = hashed(blocker_prefix_first);
    impl.pairs = hashed(pair_first);
    // By hash, each hash once with its largest position.
    std::sort(impl.inner_tokens.begin(), impl.inner_tokens.end(),
              [](const Impl::InnerToken& a, const Impl::InnerToken& b) {
                return a.hash != b.hash ? a.hash < b.hash : a.max_position > b.max_position;
              });
    impl.inner_tokens.erase(std::unique(impl.inner_tokens.begin(), impl.inner_tokens.end(),
                                        [](const Impl::InnerToken& a, const Impl::InnerToken& b) {
                                          return a.hash == b.hash;
                                        }),
                            impl.inner_tokens.end());
    impl.exact_index = FlatIndex<Impl::Candidate>::Build(exact_first);
    impl.blocker_exact_index = FlatIndex<Impl::Candidate>::Build(blocker_exact_first);
    drafts_ = {};
  }

  std::string* error_;
  std::unique_ptr<Gazetteer::Impl> impl_;
  std::unique_ptr<icu::Transliterator, TransliteratorDeleter> to_ascii_;
  std::string file_;
  std::string where_;
  std::map<std::string, uint32_t> entry_ids_;
  std::unordered_map<std::string, Origin> owners_;
  std::vector<PendingVariant> pending_;
  std::vector<Draft> drafts_;  // every registered surface, in data order
  std::vector<Token> tokens_;
  bool blocker_line_ = false;  // the current line is a `not` line
  bool place_line_ = false;    // the current line is a capital, city or region
  std::vector<std::pair<std::string, std::string>> seats_;  // organisation, file:line
};

std::unique_ptr<Gazetteer> Gazetteer::Load(const std::filesystem::path& dir, std::string* error) {
  std::string ignored;
  if (error == nullptr) error = &ignored;
  GazetteerLoader loader(error);
  std::unique_ptr<Impl> impl = loader.Run(dir);
  if (!impl) return nullptr;
  return std::unique_ptr<Gazetteer>(new Gazetteer(std::move(impl)));
}

Gazetteer::Gazetteer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Gazetteer::~Gazetteer() = default;

GazetteerMatch Gazetteer::MatchAt(std::string_view lang, const std::vector<Token>& tokens,
                                  size_t i) const {
  return impl_->Match(lang, {}, tokens, i);
}

GazetteerMatch Gazetteer::MatchAt(std::string_view lang, std::string_view text,
                                  const std::vector<Token>& tokens, size_t i) const {
  return impl_->Match(lang, text, tokens, i);
}

GazetteerMatch Gazetteer::Impl::Match(std::string_view lang, std::string_view source,
                                      const std::vector<Token>& text_tokens, size_t i) const {
  GazetteerMatch best;
  if (i >= text_tokens.size()) return best;
  const Token& token = text_tokens[i];
  const std::string_view text = TokenText(token);
  const uint64_t text_hash = TextHash(token, text);
  const bool exact_key = MayBeKey(text_hash);
  std::string_view stem;
  uint64_t stem_hash = 0;
  if (token.is_word && text.size() >= kMinPrefixCodePoints && MayBeStem(text)) {
    stem = StemKey(token, text);
    if (!stem.empty()) {
      stem_hash = StemHash(stem);
      if (!MayBeKey(stem_hash)) stem = {};
    }
  }
  if (!exact_key && stem.empty()) return best;  // most tokens
  uint8_t mask = LanguageMask(lang);
  if (mask == 0) mask = kAllLanguages;
  uint64_t next_hash = 0;
  if (i + 1 < text_tokens.size()) {
    const Token& next = text_tokens[i + 1];
    next_hash = TextHash(next, TokenText(next));
  }
  // The exact tables first: on equal rank their candidate wins over a
  // prefix one; between the first-token list and the pair list the earlier
  // pattern wins, as if they were one list.
  const Candidate* found = nullptr;
  if (exact_key) {
    found = FirstMatch(exact_index.Find(text, text_hash), mask, 0, UINT32_MAX, next_hash, source,
                       text_tokens, i, 1);
    if (next_hash != 0 && MayBeSplit(text_hash)) {
      if (const Candidate* p = FirstMatch(pairs.Find(PairHash(text_hash, next_hash)), mask,
                                          found != nullptr ? found->rank : 0,
                                          found != nullptr ? found->pattern : UINT32_MAX, next_hash,
                                          source, text_tokens, i, 0)) {
        found = p;
      }
    }
  }
  // The entry is read right after the match: start loading it while the
  // prefix table is probed.
  if (found != nullptr) __builtin_prefetch(&entries[found->entry]);
  if (!stem.empty()) {
    if (const Candidate* p =
            FirstMatch(prefixes.Find(stem_hash), mask, found != nullptr ? found->rank : 0, 0,
                       next_hash, source, text_tokens, i, 0)) {
      found = p;
    }
  }
  if (found == nullptr) return best;
  if (found->blocker || BlockedFromLeft(mask, source, text_tokens, i, text_hash)) return best;
  best.token_count = found->token_count;
  best.entry = &entries[found->entry];
  return best;
}

std::string_view Gazetteer::CountryName(std::string_view code) const {
  auto it = impl_->display_names.find(code);
  return it == impl_->display_names.end() ? std::string_view() : std::string_view(it->second);
}

const std::vector<std::pair<std::string, std::string>>& Gazetteer::AdjectiveTwins() const {
  return impl_->adjective_twins;
}

bool Gazetteer::IsState(std::string_view code) const {
  return impl_->states.find(code) != impl_->states.end();
}

bool Gazetteer::IsOrganisation(std::string_view code) const {
  return impl_->organisations.find(code) != impl_->organisations.end();
}

bool Gazetteer::IsCoded(std::string_view code) const {
  // The engine asks for every participant: most codes leave at the filter.
  if (!impl_->MayBeUncoded(code)) return true;
  return impl_->uncoded.find(code) == impl_->uncoded.end();
}

bool Gazetteer::HasName(std::string_view code, std::string_view lang) const {
  const int index = LanguageIndex(lang);
  auto it = impl_->names_by_lang.find(code);
  return index >= 0 && it != impl_->names_by_lang.end() && (it->second & (1u << index)) != 0;
}

std::vector<std::string> Gazetteer::StateCodes() const {
  return {impl_->states.begin(), impl_->states.end()};
}

size_t Gazetteer::surface_count() const { return impl_->pattern_count; }

}  // namespace newswire::extract
