#include "extract/lexicon.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <fstream>
#include <sstream>

namespace newswire::extract {
namespace {

constexpr std::string_view kLanguages[] = {"de", "en", "fr", "es", "ru"};

struct ClassName {
  std::string_view name;
  WordClass cls;
};
constexpr ClassName kClassNames[] = {
    {"@discuss", WordClass::kDiscuss},
    {"@coop", WordClass::kCoop},
    {"@eval", WordClass::kEval},
    {"@relation", WordClass::kRelation},
    {"@neg", WordClass::kNegation},
    {"@refuse", WordClass::kRefuse},
    {"@passive", WordClass::kPassive},
    {"@block", WordClass::kBlock},
    {"@plural", WordClass::kPlural},
    {"@pronoun", WordClass::kPronoun},
    {"@objpronoun", WordClass::kObjPronoun},
    {"@deed", WordClass::kDeed},
    {"@role", WordClass::kRole},
    {"@counterpart", WordClass::kCounterpart},
    {"@with", WordClass::kPrepWith},
    {"@to", WordClass::kPrepTo},
    {"@place", WordClass::kPrepPlace},
    {"@of", WordClass::kPrepOf},
    {"@by", WordClass::kPrepBy},
    {"@against", WordClass::kPrepAgainst},
    {"@and", WordClass::kAnd},
    {"@det", WordClass::kDet},
    {"@clause", WordClass::kClause},
    {"@abbrev", WordClass::kAbbrev},
    {"@month", WordClass::kMonth},
    {"@weekday", WordClass::kWeekday},
    {"@relday", WordClass::kRelDay},
    {"@lastyear", WordClass::kLastYear},
    {"@anchorday", WordClass::kAnchorDay},
    {"@topic", WordClass::kTopic},
    {"@offtopic", WordClass::kOfftopic},
    {"@violence", WordClass::kViolence},
    {"@nonstate", WordClass::kNonState},
};

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? line.npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool ParseDouble(std::string_view s, double* out) {
  std::string copy(s);
  char* end = nullptr;
  *out = std::strtod(copy.c_str(), &end);
  return !copy.empty() && end == copy.c_str() + copy.size();
}

bool ParseInt(std::string_view s, int* out) {
  std::string copy(s);
  char* end = nullptr;
  long v = std::strtol(copy.c_str(), &end, 10);
  *out = static_cast<int>(v);
  return !copy.empty() && end == copy.c_str() + copy.size();
}

// Folds a pattern token, keeping a leading/trailing '*'.
std::string FoldPatternToken(std::string_view tok) {
  bool pre = !tok.empty() && tok.front() == '*';
  bool post = tok.size() > 1 && tok.back() == '*';
  std::string_view core = tok.substr(pre ? 1 : 0, tok.size() - (pre ? 1 : 0) - (post ? 1 : 0));
  std::string out = pre ? "*" : "";
  out += FoldCase(core);
  if (post) out += "*";
  return out;
}

// Splits a pattern into folded tokens: the tokens Tokenize would produce, so
// "staats- und" becomes "staats" "-" "und"; '*' stays attached.
std::vector<std::string> PatternTokens(std::string_view pattern) {
  std::vector<std::string> out;
  std::istringstream in{std::string(pattern)};
  std::string word;
  while (in >> word) {
    if (word == "..." || word == "$") {
      out.push_back(word);
      continue;
    }
    bool pre = word.front() == '*';
    bool post = word.size() > 1 && word.back() == '*';
    std::string core = word.substr(pre ? 1 : 0, word.size() - (pre ? 1 : 0) - (post ? 1 : 0));
    std::vector<Token> toks;
    Tokenize(core, toks);
    for (size_t k = 0; k < toks.size(); ++k) {
      std::string t = toks[k].folded;
      if (k == 0 && pre) t = "*" + t;
      if (k + 1 == toks.size() && post) t += "*";
      out.push_back(std::move(t));
    }
  }
  return out;
}

bool ReadLines(const std::filesystem::path& path, std::vector<std::string>* lines,
               std::string* error) {
  std::ifstream in(path);
  if (!in) {
    *error = path.string() + ": cannot open";
    return false;
  }
  std::string line;
  while (std::getline(in, line)) lines->push_back(line);
  return true;
}

void InsertLength(std::vector<size_t>& lengths, size_t n) {
  if (std::find(lengths.begin(), lengths.end(), n) == lengths.end()) {
    lengths.push_back(n);
    std::sort(lengths.begin(), lengths.end());
  }
}

// Calls f(n) for every n in `lengths` (ascending) with n <= max whose
// length bit (bit n below 31, bit 31 for 31 bytes and more) is in `mask`:
// the set bits below 31 directly (a mask has a bit only for lengths in
// `lengths`), then the listed lengths of 31 bytes or more.
template <typename F>
void ForEachLength(uint32_t mask, size_t max, const std::vector<size_t>& lengths, F&& f) {
  uint32_t bits = mask & (max >= 30 ? 0x7FFFFFFFu : (uint32_t{2} << max) - 1);
  for (; bits != 0; bits &= bits - 1) f(static_cast<size_t>(std::countr_zero(bits)));
  if (!(mask & (uint32_t{1} << 31)) || max < 31) return;
  for (size_t n : lengths) {
    if (n > max) break;
    if (n >= 31) f(n);
  }
}

}  // namespace

Lexicons::~Lexicons() = default;

int Lexicons::EventTypeIndex(std::string_view name) const {
  for (size_t i = 0; i < event_types_.size(); ++i) {
    const std::string& n = event_types_[i].name;  // (no out-of-line compare)
    if (n.size() == name.size() && std::memcmp(n.data(), name.data(), n.size()) == 0) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

const LanguageLexicon* Lexicons::ForLanguage(std::string_view lang) const {
  auto it = languages_.find(std::string(lang));
  return it == languages_.end() ? nullptr : it->second.get();
}

std::unique_ptr<Lexicons> Lexicons::Load(const std::filesystem::path& dir, std::string* error) {
  std::unique_ptr<Lexicons> lex(new Lexicons());
  std::vector<std::string> lines;
  const auto types_path = dir / "event_types.tsv";
  if (!ReadLines(types_path, &lines, error)) return nullptr;
  for (size_t n = 0; n < lines.size(); ++n) {
    std::string_view line = Trim(lines[n]);
    if (line.empty() || line.front() == '#') continue;
    auto where = types_path.string() + ":" + std::to_string(n + 1) + ": ";
    auto f = SplitTabs(line);
    EventType t;
    if (f.size() < 6) {
      *error = where + "expected TYPE CAMEO GOLDSTEIN PLOVER POLARITY TONE [FLAGS]";
      return nullptr;
    }
    t.name = f[0];
    t.cameo = f[1];
    t.plover = f[3];
    t.polarity = f[4];
    if (!ParseDouble(f[2], &t.goldstein) || t.goldstein < -10 || t.goldstein > 10) {
      *error = where + "Goldstein value must be a number in [-10,10]";
      return nullptr;
    }
    if (!ParseDouble(f[5], &t.tone_prior) || t.tone_prior < -1 || t.tone_prior > 1) {
      *error = where + "tone prior must be a number in [-1,1]";
      return nullptr;
    }
    if (t.polarity != "positive" && t.polarity != "negative" && t.polarity != "neutral") {
      *error = where + "polarity must be positive, negative or neutral";
      return nullptr;
    }
    if (f.size() > 6) {
      t.place_target = f[6].find("place") != std::string_view::npos;
      t.needs_target = f[6].find("target") != std::string_view::npos;
      t.symmetric = f[6].find("symmetric") != std::string_view::npos;
      t.scene = f[6].find("scene") != std::string_view::npos;
    }
    if (lex->EventTypeIndex(t.name) >= 0) {
      *error = where + "duplicate event type " + t.name;
      return nullptr;
    }
    lex->event_types_.push_back(std::move(t));
  }
  if (lex->event_types_.empty()) {
    *error = types_path.string() + ": no event types";
    return nullptr;
  }

  for (std::string_view lang : kLanguages) {
    auto ll = std::make_unique<LanguageLexicon>();
    const auto path = dir / (std::string(lang) + ".tsv");
    lines.clear();
    if (!ReadLines(path, &lines, error)) return nullptr;
    for (size_t n = 0; n < lines.size(); ++n) {
      std::string_view line = Trim(lines[n]);
      if (line.empty() || line.front() == '#') continue;
      auto where = path.string() + ":" + std::to_string(n + 1) + ": ";
      auto f = SplitTabs(line);
      if (f.size() < 2 || Trim(f[1]).empty()) {
        *error = where + "expected CLASS <tab> pattern";
        return nullptr;
      }
      LexHit hit;
      std::string value = f.size() > 2 ? std::string(Trim(f[2])) : "";
      std::string flags = f.size() > 3 ? std::string(Trim(f[3])) : "";
      std::string_view cls = Trim(f[0]);
      if (!cls.empty() && cls.front() == '@') {
        bool found = false;
        for (const auto& c : kClassNames) {
          if (c.name == cls) {
            hit.cls = c.cls;
            found = true;
          }
        }
        if (!found) {
          *error = where + "unknown word class " + std::string(cls);
          return nullptr;
        }
        if (hit.cls == WordClass::kMonth || hit.cls == WordClass::kWeekday ||
            hit.cls == WordClass::kRelDay || hit.cls == WordClass::kAnchorDay) {
          int v = 0;
          int lo = hit.cls == WordClass::kMonth ? 1 : hit.cls == WordClass::kWeekday ? 1 : -7;
          int hi = hit.cls == WordClass::kMonth ? 12 : hit.cls == WordClass::kWeekday ? 7 : 7;
          if (!ParseInt(value, &v) || v < lo || v > hi) {
            *error = where + "value must be an integer in [" + std::to_string(lo) + "," +
                     std::to_string(hi) + "]";
            return nullptr;
          }
          hit.number = v;
        } else if ((hit.cls == WordClass::kTopic || hit.cls == WordClass::kRole) && value.empty()) {
          *error = where + "this class needs a value";
          return nullptr;
        }
        if (flags.find("cap") != std::string::npos) hit.flags |= kCapitalised;
      } else {
        int idx = lex->EventTypeIndex(cls);
        if (idx < 0) {
          *error = where + "unknown event type " + std::string(cls);
          return nullptr;
        }
        hit.cls = WordClass::kEvent;
        hit.event_type = static_cast<int16_t>(idx);
        if (value.find('v') != std::string::npos) hit.flags |= kVerbal;
        if (value.find('n') != std::string::npos) hit.flags |= kNominal;
        if (value.find('c') != std::string::npos) hit.flags |= kCapitalised;
        if (value.find('x') != std::string::npos) hit.flags |= kNeedsNegativeTone;
        if (value.find('w') != std::string::npos) hit.flags |= kWeak;
        if (value.find('k') != std::string::npos) hit.flags |= kComplementOnly;
        if (value.find('r') != std::string::npos) hit.flags |= kReceived;
        value.clear();
      }
      std::string err;
      LexHit with_value = hit;
      if (!ll->AddPattern(Trim(f[1]), with_value, &err)) {
        *error = where + err;
        return nullptr;
      }
      if (!value.empty()) ll->patterns_.back().value = std::make_unique<std::string>(value);
      ll->patterns_.back().hit.text = ll->patterns_.back().value.get();
    }
    const auto spath = dir / ("sentiment_" + std::string(lang) + ".tsv");
    lines.clear();
    if (!ReadLines(spath, &lines, error)) return nullptr;
    for (size_t n = 0; n < lines.size(); ++n) {
      std::string_view line = Trim(lines[n]);
      if (line.empty() || line.front() == '#') continue;
      auto where = spath.string() + ":" + std::to_string(n + 1) + ": ";
      auto f = SplitTabs(line);
      bool intens = Trim(f[0]) == "@intens";
      if (intens) f.erase(f.begin());
      double score = 0;
      if (f.size() < 2 || !ParseDouble(Trim(f[1]), &score) ||
          (!intens && (score < -1 || score > 1)) || (intens && (score < 0 || score > 4))) {
        *error = where + (intens ? "expected @intens <tab> word <tab> factor in [0,4]"
                                 : "expected word <tab> score in [-1,1]");
        return nullptr;
      }
      std::string err;
      if (!ll->AddSentiment(Trim(f[0]), score, intens, &err)) {
        *error = where + err;
        return nullptr;
      }
    }
    ll->Finish();
    lex->languages_.emplace(std::string(lang), std::move(ll));
  }
  return lex;
}

bool LanguageLexicon::AddPattern(std::string_view pattern, const LexHit& hit, std::string* error) {
  std::vector<std::string> toks = PatternTokens(pattern);
  if (toks.empty() || toks.size() > 8) {
    *error = "pattern must have 1..8 tokens";
    return false;
  }
  for (const auto& t : toks) {
    std::string_view core = t;
    if (core.front() == '*') core.remove_prefix(1);
    if (!core.empty() && core.back() == '*') core.remove_suffix(1);
    if (t == "..." || t == "$") continue;
    if (core.empty() || (t.size() != core.size() && core.size() < 3)) {
      *error = "wildcard stem \"" + t + "\" shorter than 3 bytes";
      return false;
    }
  }
  Pattern p;
  p.hit = hit;
  p.hit.length = static_cast<uint8_t>(toks.size());
  if (std::find(toks.begin(), toks.end(), "...") != toks.end()) p.hit.flags |= kGapped;
  for (size_t k = 1; k < toks.size(); ++k) p.rest.push_back(ParseRestToken(toks[k]));
  const size_t id = patterns_.size();
  patterns_.push_back(std::move(p));
  const std::string& first = toks.front();
  if (first.front() == '*') {
    std::string key = first.substr(1);
    if (!key.empty() && key.back() == '*') key.pop_back();  // "*x*" is treated as "*x"
    InsertLength(suffix_lengths_, key.size());
    suffix_[key].push_back(id);
  } else if (first.back() == '*') {
    std::string key = first.substr(0, first.size() - 1);
    InsertLength(stem_lengths_, key.size());
    stems_build_[key].patterns.push_back(id);
  } else {
    words_build_[first].patterns.push_back(id);
  }
  return true;
}

bool LanguageLexicon::AddSentiment(std::string_view pattern, double score, bool intensifier,
                                   std::string* error) {
  std::string t = FoldPatternToken(pattern);
  if (t.empty() || t.find(' ') != std::string::npos) {
    *error = "sentiment entries are single words";
    return false;
  }
  auto set = [&](VocabBuild& entry) {
    (intensifier ? entry.intensifier : entry.sentiment) = score;
  };
  if (t.back() == '*') {
    t.pop_back();
    if (t.size() < 3) {
      *error = "wildcard stem shorter than 3 bytes";
      return false;
    }
    InsertLength(stem_lengths_, t.size());
    set(stems_build_[t]);
  } else {
    set(words_build_[t]);
  }
  return true;
}

LanguageLexicon::RestToken LanguageLexicon::ParseRestToken(std::string_view pat) {
  using Kind = RestToken::Kind;
  RestToken t;
  if (pat == "...") {
    t.kind = Kind::kGap;
    return t;
  }
  if (pat == "$") {
    t.kind = Kind::kClauseEnd;
    return t;
  }
  const bool pre = pat.front() == '*';
  const bool post = pat.size() > 1 && pat.back() == '*';
  t.core = std::string(pat.substr(pre ? 1 : 0, pat.size() - (pre ? 1 : 0) - (post ? 1 : 0)));
  t.kind = pre && post ? Kind::kInfix : pre ? Kind::kSuffix : post ? Kind::kPrefix : Kind::kExact;
  t.hash = FlatIndexHash(t.core);
  return t;
}

bool LanguageLexicon::TokenMatches(const Token& token, const FlatRest& pat) const {
  // Sizes first, then memcmp (no out-of-line string_view::compare).
  const std::string& folded = token.folded;
  const char* core = rest_text_.data() + pat.core_begin;
  const size_t n = pat.core_size;
  switch (pat.kind) {
    case RestToken::Kind::kExact:
      return TokenHash(token) == pat.hash && folded.size() == n &&
             std::memcmp(folded.data(), core, n) == 0;
    case RestToken::Kind::kPrefix:
      return folded.size() >= n && std::memcmp(folded.data(), core, n) == 0;
    case RestToken::Kind::kSuffix:
      return folded.size() >= n && std::memcmp(folded.data() + folded.size() - n, core, n) == 0;
    case RestToken::Kind::kInfix:
      return std::string_view(folded).find(std::string_view(core, n)) != std::string_view::npos;
    case RestToken::Kind::kGap:
    case RestToken::Kind::kClauseEnd:
      break;
  }
  return false;
}

void LanguageLexicon::AddSlot(size_t id) {
  const Pattern& p = patterns_[id];
  Slot slot;
  slot.hit = p.hit;
  slot.rest_begin = static_cast<uint32_t>(rest_.size());
  slot.rest_count = static_cast<uint32_t>(p.rest.size());
  for (const RestToken& t : p.rest) {
    FlatRest r;
    r.hash = t.hash;
    r.kind = t.kind;
    r.core_begin = static_cast<uint32_t>(rest_text_.size());
    r.core_size = static_cast<uint16_t>(t.core.size());
    rest_text_ += t.core;
    rest_.push_back(r);
  }
  slots_.push_back(slot);
  slot_second_hashes_.push_back(second_token_hash_[id]);
}

void LanguageLexicon::Finish() {
  auto build = [&](StringMap<VocabBuild>& from) {
    std::vector<std::pair<std::string, std::vector<uint32_t>>> keys;
    keys.reserve(from.size());
    for (auto& [key, b] : from) {
      VocabEntry e;
      e.ids_begin = static_cast<uint32_t>(slots_.size());
      e.ids_count = static_cast<uint32_t>(b.patterns.size());
      for (size_t id : b.patterns) AddSlot(id);
      e.has_sentiment = b.sentiment.has_value();
      e.sentiment = b.sentiment.value_or(0.0);
      e.has_intensifier = b.intensifier.has_value();
      e.intensifier = b.intensifier.value_or(0.0);
      const uint64_t h = FlatIndexHash(key);
      bloom_[BloomWord(h)] |= BloomBits(h);
      keys.push_back({key, {static_cast<uint32_t>(entries_.size())}});
      entries_.push_back(e);
    }
    from = {};
    return FlatIndex<uint32_t>::Build(keys);
  };
  // Stems and suffixes have at least 3 bytes (AddPattern, AddSentiment).
  for (const auto& [key, b] : stems_build_) {
    stem_masks_[LengthMaskSlot(key[0], key[1], key[2])] |= LengthBit(key.size());
  }
  for (const auto& [key, ids] : suffix_) {
    suffix_masks_[LengthMaskSlot(key[key.size() - 3], key[key.size() - 2], key.back())] |=
        LengthBit(key.size());
  }
  second_token_hash_.assign(patterns_.size(), 0);
  for (size_t id = 0; id < patterns_.size(); ++id) {
    const auto& rest = patterns_[id].rest;
    if (!rest.empty() && rest[0].kind == RestToken::Kind::kExact) {
      second_token_hash_[id] = rest[0].hash;
    }
  }
  word_index_ = build(words_build_);
  stem_index_ = build(stems_build_);
  std::vector<std::pair<std::string, std::vector<uint32_t>>> suffix_slots;
  for (const auto& [key, ids] : suffix_) {
    std::vector<uint32_t> positions;
    for (size_t id : ids) {
      positions.push_back(static_cast<uint32_t>(slots_.size()));
      AddSlot(id);
    }
    suffix_slots.emplace_back(key, std::move(positions));
  }
  suffix_index_ = FlatIndex<uint32_t>::Build(suffix_slots);
  suffix_ = {};
  // Matching reads slots_ and rest_ only: the parsed tokens are not kept.
  for (Pattern& p : patterns_) p.rest = {};
}

namespace {

// A double quotation mark or guillemet: the words of a pattern read across it,
// since a quote may open or close inside a fixed phrase (a "good friend",
// « un partenaire fiable », „enger Partner“) without changing what it says.
bool IsQuoteText(std::string_view f) {
  return f == "\"" || f == "\u201c" || f == "\u201d" || f == "\u201e" || f == "\u00ab" ||
         f == "\u00bb";
}

bool IsQuoteMark(const Token& t) { return !t.is_word && IsQuoteText(t.folded); }

// The first position at or after `pos` that is no quotation mark.
size_t SkipQuoteMarks(const std::vector<Token>& tokens, size_t pos) {
  while (pos < tokens.size() && IsQuoteMark(tokens[pos])) ++pos;
  return pos;
}

}  // namespace

void LanguageLexicon::Collect(uint32_t begin, uint32_t count, std::string_view text,
                              const std::vector<Token>& tokens, size_t i,
                              std::vector<LexHit>& out) const {
  // The second token of a pattern is the next token or, across quotation
  // marks, the first word after them (MatchRest).
  const uint64_t next_hash = i + 1 < tokens.size() ? TokenHash(tokens[i + 1]) : 0;
  const size_t word = SkipQuoteMarks(tokens, i + 1);
  const uint64_t word_hash =
      word != i + 1 && word < tokens.size() ? TokenHash(tokens[word]) : next_hash;
  // GapReach(tokens, i + 1), computed at the first pattern that needs it.
  uint64_t gap_reach = 0;
  bool gap_reach_known = false;
  for (uint32_t k = begin; k < begin + count; ++k) {
    const uint64_t second = slot_second_hashes_[k];
    if (second != 0 && second != next_hash && second != word_hash) continue;  // cannot match
    const Slot& slot = slots_[k];
    // "word ... X" (X an exact word): the gap tries the rest only at a token
    // whose hash is X's, so none among the tokens it reaches means no match
    // (German separable verbs, "expresó ... condolencias": most of a
    // frequent verb's patterns).
    if (slot.rest_count >= 2) {
      const FlatRest* rest = rest_.data() + slot.rest_begin;
      if (rest[0].kind == RestToken::Kind::kGap && rest[1].kind == RestToken::Kind::kExact) {
        if (!gap_reach_known) {
          gap_reach = GapReach(tokens, i + 1);
          gap_reach_known = true;
        }
        if (!(gap_reach & GapHashBit(rest[1].hash))) continue;
      }
    }
    // A one-token pattern has matched already (its key is the word): no
    // call; MatchRest of an empty rest would return i + 1 as well.
    const size_t end =
        slot.rest_count == 0
            ? i + 1
            : MatchRest(tokens, i + 1, rest_.data() + slot.rest_begin, slot.rest_count, 0);
    if (end == 0) continue;
    if (slot.hit.flags & kCapitalised) {
      unsigned char c = static_cast<unsigned char>(text[tokens[i].begin]);
      if (c < 0x80 && !(c >= 'A' && c <= 'Z')) continue;
    }
    LexHit hit = slot.hit;
    hit.length = static_cast<uint8_t>(std::min<size_t>(end - i, 255));
    out.push_back(hit);
  }
}

bool LanguageLexicon::EndsGap(const std::vector<Token>& tokens, size_t j) {
  if (tokens[j].is_word) return false;  // only punctuation ends a gap
  const std::string& f = tokens[j].folded;
  if (f.size() != 1) return false;
  const bool abbreviation =
      f[0] == '.' && j > 0 && tokens[j - 1].is_word && tokens[j - 1].end - tokens[j - 1].begin == 1;
  return (f[0] == '.' && !abbreviation) || f[0] == '!' || f[0] == '?' || f[0] == ';';
}

uint64_t LanguageLexicon::GapReach(const std::vector<Token>& tokens, size_t pos) {
  // The positions MatchRest's gap loop visits from `pos`, in the same loop.
  uint64_t bits = 0;
  for (size_t j = pos; j < tokens.size() && j < pos + kMaxGap; ++j) {
    bits |= GapHashBit(TokenHash(tokens[j]));
    if (EndsGap(tokens, j)) break;
  }
  return bits;
}

size_t LanguageLexicon::MatchRest(const std::vector<Token>& tokens, size_t pos,
                                  const FlatRest* rest, size_t n, size_t k) const {
  // Exact, wildcard and clause-end tokens in a loop; only a gap recurses
  // (once per position it may end at).
  for (; k < n; ++k) {
    const FlatRest& pat = rest[k];
    if (pat.kind == RestToken::Kind::kGap) {
      // A token that cannot start the rest after the gap is not tried.
      const FlatRest* next = k + 1 < n ? &rest[k + 1] : nullptr;
      const bool exact_next = next && next->kind == RestToken::Kind::kExact;
      for (size_t j = pos; j < tokens.size() && j < pos + kMaxGap; ++j) {
        if (!exact_next || TokenHash(tokens[j]) == next->hash) {
          if (size_t end = MatchRest(tokens, j, rest, n, k + 1)) return end;
        }
        if (EndsGap(tokens, j)) break;
      }
      return 0;
    }
    if (pat.kind == RestToken::Kind::kClauseEnd) {
      if (pos >= tokens.size()) continue;  // the text's end is a clause end
      const std::string& f = tokens[pos].folded;
      const bool boundary = f.size() == 1 && (f[0] == '.' || f[0] == ',' || f[0] == ';' ||
                                              f[0] == '!' || f[0] == '?' || f[0] == ':');
      // A German separable particle also closes its verb's clause before a
      // coordinated verb ("bestellte den Geschäftsträger ein und verurteilte
      // ...", "sprach ... sein Beileid aus und lud ... ein") (r6-de).
      if (!boundary && f != "und" && f != "oder") return 0;
      continue;  // a clause end is not consumed
    }
    // Quotation marks inside the phrase are read across, unless the pattern
    // names the quote itself ("nannte ... „"); words (the common case) are
    // not looked at twice.
    if (pos < tokens.size() && IsQuoteMark(tokens[pos]) &&
        !IsQuoteText(std::string_view(rest_text_.data() + pat.core_begin, pat.core_size))) {
      pos = SkipQuoteMarks(tokens, pos);
    }
    if (pos >= tokens.size() || !TokenMatches(tokens[pos], pat)) return 0;
    ++pos;
  }
  return pos;
}

template <typename OnPatterns>
WordInfo LanguageLexicon::Visit(const Token& token, OnPatterns&& on_patterns) const {
  WordInfo info;
  const std::string_view f = token.folded;
  bool sentiment_found = false, intensifier_found = false;
  if (const VocabEntry* e = FindEntry(word_index_, f, TokenHash(token))) {
    if (e->ids_count > 0) on_patterns(*e);
    if (e->has_sentiment) {
      info.sentiment = e->sentiment;
      sentiment_found = true;
    }
    if (e->has_intensifier) {
      info.intensifier = e->intensifier;
      intensifier_found = true;
    }
  }
  // Stems by ascending length, hashing the word once: pattern lists in that
  // order; sentiment and intensifier from the longest stem that has one.
  const uint32_t mask =
      f.size() >= 3 ? stem_masks_[LengthMaskSlot(f[0], f[1], f[2])] : 0;  // stems have >= 3 bytes
  if (mask == 0) return token.is_word ? Finalise(info) : WordInfo{};
  uint64_t h = kFlatIndexHashSeed;
  size_t hashed = 0;
  ForEachLength(mask, f.size(), stem_lengths_, [&](size_t n) {
    for (; hashed < n; ++hashed) h = FlatIndexHashStep(h, static_cast<unsigned char>(f[hashed]));
    const VocabEntry* e = FindEntry(stem_index_, f.substr(0, n), FlatIndexHashFinish(h));
    if (e == nullptr) return;
    if (e->ids_count > 0) on_patterns(*e);
    if (e->has_sentiment && !sentiment_found) info.sentiment = e->sentiment;
    if (e->has_intensifier && !intensifier_found) info.intensifier = e->intensifier;
  });
  return token.is_word ? Finalise(info) : WordInfo{};
}

WordInfo LanguageLexicon::Analyse(std::string_view text, const std::vector<Token>& tokens, size_t i,
                                  std::vector<LexHit>& out) const {
  if (i >= tokens.size()) return {};
  const Token& token = tokens[i];
  const WordInfo info = Visit(
      token, [&](const VocabEntry& e) { Collect(e.ids_begin, e.ids_count, text, tokens, i, out); });
  const std::string_view f = token.folded;
  if (f.size() < 4) return info;  // suffixes have >= 3 bytes and need one before them
  const uint32_t mask = suffix_masks_[LengthMaskSlot(f[f.size() - 3], f[f.size() - 2], f.back())];
  if (mask == 0) return info;
  // A suffix pattern needs something before it: lengths below the word's.
  ForEachLength(mask, f.size() - 1, suffix_lengths_, [&](size_t n) {
    const auto slots = suffix_index_.Find(f.substr(f.size() - n));
    if (!slots.empty()) {
      Collect(slots.front(), static_cast<uint32_t>(slots.size()), text, tokens, i, out);
    }
  });
  return info;
}

void LanguageLexicon::HitsAt(std::string_view text, const std::vector<Token>& tokens, size_t i,
                             std::vector<LexHit>& out) const {
  Analyse(text, tokens, i, out);
}

double LanguageLexicon::Sentiment(const Token& token) const {
  return Visit(token, [](const VocabEntry&) {}).sentiment;
}

double LanguageLexicon::Intensifier(const Token& token) const {
  return Visit(token, [](const VocabEntry&) {}).intensifier;
}

bool LanguageLexicon::MayStartAt(const Token& token) const { return !token.folded.empty(); }

}  // namespace newswire::extract
