// The extraction engine. Pipeline per article (see README.md):
//   mask markup -> cut tag lines -> language -> tokens -> sentences
//   -> per sentence: lexicon hits, actor mentions (gazetteer), mention
//      merging (role + country + name), clause split, triggers, negation,
//      participants (subject / objects / prepositions / passive), discourse
//      (salient actor, current pair, pronouns), date, tone, topics.
// Extract() keeps all state on its stack: the engine is immutable after
// construction and Extract is safe to call from any number of threads.
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <optional>
#include <set>

#include "cld2/public/compact_lang_det.h"
#include "extract/dates.h"
#include "extract/document.h"
#include "extract/engine_impl.h"
#include "extract/key_set.h"
#include "extract/literal_compare.h"  // `folded == "literal"` without strlen

namespace newswire::extract {
namespace {

constexpr size_t kMaxTextBytes = 4 << 20;  // longer input is analysed up to here
constexpr uint8_t kNoPrep = 0xFF;

constexpr uint64_t Bit(WordClass c) { return uint64_t{1} << static_cast<unsigned>(c); }
static_assert(static_cast<unsigned>(WordClass::kCount) <= 64);

// A reference to an actor in the text, after merging "President" +
// "of Azerbaijan" + "Ilham Aliyev" into one.
// The strings of a Mention and a Participant are views of engine-owned
// data that outlives the Extract call: gazetteer entries and names
// (ActorMatcher), lexicon values, string literals and the article's
// `Ctx::aliases` (map nodes, never erased). Never assign a temporary
// std::string to them; an Event copies them into its own strings.
struct Mention {
  size_t b = 0, e = 0;  // token range
  std::string_view code;
  std::string_view name;
  std::string_view role;
  EntryKind kind = EntryKind::kRole;
  bool has_role = false;
  bool has_person = false;
  bool plural = false;       // "die beiden Staatschefs": the current pair
  uint8_t group_n = 0;       // "les trois pays": the latest that many states named (p-grp10)
  bool pronoun = false;      // "er", "he": the last singular subject
  bool obj_pronoun = false;  // "ihn", "them": resolved once the actor is known
  bool counterpart = false;  // "counterpart" without country: the other one
  bool place = false;        // a city/capital/region or a state after a place preposition
  std::string_view seat_of;  // capital seating an organisation ("Brussels" -> EU)
  bool dead = false;         // merged into another mention
  bool recipient = false;    // a case ending marks it as the recipient, never the subject
  uint64_t prep = 0;         // WordClass bits of the preposition before it
};

struct Participant {  // views: see Mention
  std::string_view code;
  std::string_view name;
  std::string_view role;
  bool operator==(const Participant& o) const { return code == o.code; }
};

// True when `side` names an office holder (a person's role, not a bare state
// or organisation) of a state that `previous` also names with a different
// office: the same state met through another of its officials.
bool NamesAnotherOffice(const std::vector<Participant>& side, const Event& previous) {
  auto is_office = [](std::string_view role) {
    return !role.empty() && role != "state" && role != "organisation";
  };
  for (const auto& p : side) {
    if (!is_office(p.role)) continue;
    for (const auto* prev_side : {&previous.actors, &previous.targets}) {
      for (const Actor& a : *prev_side) {
        if (a.country == p.code && is_office(a.role) && a.role != p.role) return true;
      }
    }
  }
  return false;
}

struct Discourse {
  // Per (state, twin) pair of EngineImpl::twins_: bit 2i when the article
  // named the state by a name, capital or person, bit 2i+1 the twin.
  uint32_t twins_named = 0;
  std::optional<Participant> protagonist;
  std::optional<Participant> last_subject;
  std::vector<Participant> pair;  // at most 2, distinct codes
  // Every state named outside a place phrase, the latest first (distinct
  // codes, at most 8): whom "les trois pays européens" names (p-grp10).
  std::vector<Participant> named_states;
  bool met = false;  // the pair came from an explicit meeting
  // The pair is a convener and the guests it brought together at once
  // ("a réuni les présidents X et Y"): "the two" are the guests.
  bool convened = false;
  size_t meeting_sentence = 0;             // sentence of the latest meeting
  std::optional<Participant> last_place;   // latest place named ("in Myanmar")
  size_t last_place_sentence = 0;          // sentence of last_place
  std::optional<Participant> last_target;  // target of the latest event
  size_t last_target_sentence = SIZE_MAX;  // sentence of last_target
  // The target of the latest condolence or aid, and its sentence.
  std::optional<Participant> last_scene_target;
  size_t last_scene_sentence = 0;
  // The state the story's help and sympathy go to: the target of the latest
  // condolence or aid, or the state a clause with an aid or condolence word
  // names as destination or place even when it names no giver ("La ayuda
  // internacional comenzó a llegar a Honduras", "Relief began arriving in
  // Myanmar") (p-ctx9).
  std::optional<Participant> scene_focus;
  size_t scene_focus_sentence = 0;
  // The latest measure one party took against another (a SANCTION or
  // PROTEST: sanctions, an expulsion, a summons), its authors, targets and
  // sentence: the deed a bare "the decision", "these measures", "cette
  // décision", "la medida", "diese Maßnahmen", "это решение" in a later
  // sentence's criticism by a party it hit takes up (p-ctx10).
  struct Measure {
    std::vector<Participant> actors, targets;
    size_t sentence = 0;
    int type = -1;
  };
  std::vector<Measure> measures;
  // The latest measure of an earlier sentence (of type `type`, any when -1)
  // that hit one of `critics` and is none of theirs, if any.
  const Measure* MeasureAgainst(const std::vector<Participant>& critics, size_t sentence,
                                int type) const {
    for (auto m = measures.rbegin(); m != measures.rend(); ++m) {
      if (m->sentence >= sentence || (type >= 0 && m->type != type)) continue;
      auto in = [&](const std::vector<Participant>& side) {
        return std::any_of(critics.begin(), critics.end(), [&](const Participant& p) {
          return std::any_of(side.begin(), side.end(),
                             [&](const Participant& q) { return q.code == p.code; });
        });
      };
      if (in(m->targets) && !in(m->actors)) return &*m;
    }
    return nullptr;
  }
  // The measure a bare "the measures" / "the decision" judged by `critics`
  // names: the one that hit them, else, for a bystander speaking right
  // after the hit party reacted, the one that hit that party ("Nicaragua
  // condemned the sanctions and summoned the U.S. chargé. Russia's embassy
  // called the measures blackmail"; "Port Sudan summoned the British and EU
  // envoys. Egypt criticised the decision") (r10-en).
  const Measure* MeasureJudgedBy(const std::vector<Participant>& critics, size_t sentence,
                                 int type) const {
    if (const Measure* m = MeasureAgainst(critics, sentence, type)) return m;
    if (last_actors.empty() || last_actors_sentence == SIZE_MAX ||
        last_actors_sentence >= sentence || last_actors_sentence + 1 < sentence) {
      return nullptr;
    }
    const Measure* m = MeasureAgainst(last_actors, sentence, type);
    if (!m) return nullptr;
    for (const auto& p : critics) {
      for (const auto& q : m->actors) {
        if (q.code == p.code) return nullptr;
      }
      for (const auto& q : m->targets) {
        if (q.code == p.code) return nullptr;
      }
    }
    return m;
  }
  // The measure a bystander welcomes by a bare "the decision", "the
  // expulsion": the latest of an earlier sentence that none of `praisers`
  // took or suffered (ctx13).
  const Measure* MeasureWelcomedBy(const std::vector<Participant>& praisers,
                                   size_t sentence) const {
    for (auto m = measures.rbegin(); m != measures.rend(); ++m) {
      if (m->sentence >= sentence) continue;
      const bool involved = std::any_of(praisers.begin(), praisers.end(), [&](const auto& p) {
        return std::any_of(m->actors.begin(), m->actors.end(),
                           [&](const Participant& q) { return q.code == p.code; }) ||
               std::any_of(m->targets.begin(), m->targets.end(),
                           [&](const Participant& q) { return q.code == p.code; });
      });
      if (!involved) return &*m;
    }
    return nullptr;
  }
  std::map<int, std::vector<Participant>> last_actor_by_type;  // type -> its latest actors
  std::vector<Participant> last_actors;                        // actors of the latest event
  size_t last_actors_sentence = SIZE_MAX;                      // sentence of last_actors
  // The subject named before last_subject (another party) and its
  // sentence: who acted before a party's reaction ("Pekín reaccionó: ...
  // calificó el anuncio") (p-crit).
  std::optional<Participant> prior_subject;
  size_t prior_subject_sentence = SIZE_MAX;
  size_t last_subject_sentence = SIZE_MAX;
  std::map<int, Participant> last_target_by_type;  // event type -> its latest target
  // Every criticism so far: its actors and first target, if any (p-crit7).
  std::vector<std::pair<std::vector<Participant>, Participant>> criticisms;
  std::optional<Participant> host;   // who received the latest guest (meeting or visit)
  std::optional<Participant> guest;  // that guest
  std::vector<Participant> recent;   // people named, latest first (one per code)
  // The first ministry and government named with its state as a subject
  // (one per role): the article's own, which a bare "La Cancillería" names
  // later ("La Cancillería argentina presentó ... La cancillería iraní
  // calificó ... La Cancillería saludó": Argentina's, not the last
  // speaker's) (r2-es).
  std::vector<Participant> institutions;
  // How often each party was the named subject of a clause (the headline's
  // protagonist counts once): the story's salient party, whom a bare office
  // names ("Le chef de l'État", "die Ministerin") (p-actor).
  std::vector<std::pair<std::string_view, int>> subject_counts;
  int SubjectCount(std::string_view code) const {
    for (const auto& [k, n] : subject_counts) {
      if (k == code) return n;
    }
    return 0;
  }
  void CountSubject(std::string_view code) {
    for (auto& [k, n] : subject_counts) {
      if (k == code) {
        ++n;
        return;
      }
    }
    subject_counts.emplace_back(code, 1);
  }
  // The words of each named office holder's mention ("Bundespräsident
  // Alexander Van der Bellen": bundespräsident, alexander, ...; views of the
  // article's folded tokens): a bare office said with the very title one
  // holder was introduced with is that holder (r6-de).
  std::vector<std::pair<std::string_view, Participant>> titles;
  const Participant* TitledHolder(std::string_view word) const {
    const Participant* found = nullptr;
    for (const auto& [w, p] : titles) {
      if (w != word) continue;
      if (found && found->code != p.code) return nullptr;  // two holders: ambiguous
      found = &p;
    }
    return found;
  }
  // A headline led by a bare office ("Bundespräsident empfängt slowenische
  // Präsidentin"): that title, whose first named holder in the text is the
  // protagonist; the party named after it is the headline's object (r6-de).
  std::string title_office;
  // The state whose capital heads an agency dateline ("MADRID, 3 mar
  // (EFE).-", "BUENOS AIRES, 2 sep (NA).-"): a bare government or ministry
  // no earlier sentence named ("El Gobierno condenó", "La Cancillería
  // felicitó") is that state's (r6-es).
  std::optional<Participant> dateline_state;
};

struct TokenHits {
  uint64_t mask = 0;
  uint32_t begin = 0, count = 0;  // slice of the hits vector
};

// Per-article vectors one Extract call borrows from its thread and gives
// back at its end, so a warm thread tokenises and looks words up without
// allocating (tokens keep the capacity of their folded strings). Only
// memory is reused, never results: the borrower overwrites everything.
struct Scratch {
  std::vector<Token> tokens;
  std::vector<TokenHits> token_hits;
  std::vector<LexHit> hits;
  std::vector<WordInfo> words;
  std::string masked;  // the article text with its markup masked
};

class ScratchLease {
 public:
  ScratchLease(Scratch& pool, std::vector<Token>& tokens, std::vector<TokenHits>& token_hits,
               std::vector<LexHit>& hits, std::vector<WordInfo>& words, std::string& masked)
      : pool_(pool),
        tokens_(tokens),
        token_hits_(token_hits),
        hits_(hits),
        words_(words),
        masked_(masked) {
    Swap();
  }
  ~ScratchLease() {
    Swap();
    // An exceptionally long article does not pin its memory to the thread.
    constexpr size_t kMaxKeptTokens = 1 << 16;
    if (pool_.tokens.capacity() > kMaxKeptTokens || pool_.masked.capacity() > kMaxKeptTokens * 8) {
      pool_ = Scratch{};
    }
  }
  ScratchLease(const ScratchLease&) = delete;
  ScratchLease& operator=(const ScratchLease&) = delete;

 private:
  void Swap() {
    pool_.tokens.swap(tokens_);
    pool_.token_hits.swap(token_hits_);
    pool_.hits.swap(hits_);
    pool_.words.swap(words_);
    pool_.masked.swap(masked_);
  }
  Scratch& pool_;
  std::vector<Token>& tokens_;
  std::vector<TokenHits>& token_hits_;
  std::vector<LexHit>& hits_;
  std::vector<WordInfo>& words_;
  std::string& masked_;
};

// Typographic apostrophes and dashes compare equal to ' and - (the
// lexicons are written with ASCII punctuation).
void NormalisePunctuation(std::vector<Token>& tokens) {
  for (Token& t : tokens) {
    if (t.is_word || t.folded.size() < 2) continue;
    const std::string& f = t.folded;
    if (f == "\xE2\x80\x99" || f == "\xE2\x80\x98" || f == "\xCA\xBC" || f == "`") {
      t.folded = "'";
    } else if (f == "\xE2\x80\x93" || f == "\xE2\x80\x94" || f == "\xE2\x80\x90" ||
               f == "\xE2\x80\x91") {
      t.folded = "-";
    }
    t.hash = FlatIndexHash(t.folded);
  }
}

// An indefinite article of the sentence's language ("einem Treffen", "a
// meeting", "une réunion", "una reunión"). The English forms only in English:
// German "an" and Spanish "a" are prepositions ("Im Anschluss an die
// Gespräche", "asistió a la reunión").
bool IsIndefiniteArticle(std::string_view lang, std::string_view w) {
  if (lang == "en") return w == "a" || w == "an";
  return w == "einem" || w == "einer" || w == "un" || w == "une" || w == "una" || w == "uno";
}

// The sending or delivery of something as a noun with its object ("l'envoi
// de bombardiers d'eau", "el envío de técnicos", "for sending helicopters",
// "the delivery of five vessels", "die Lieferung von Medizintechnik", "за
// поставку специальной техники"): thanked for, it is aid given. Messages,
// police and troops sent are no aid ("for sending a letter", "el envío de
// policías"), nor are the plural supplies of trade ("бесперебойные поставки
// пшеницы", "los envíos de petróleo").
bool NamesSendingOfGoods(std::string_view lang, const std::vector<Token>& tokens, size_t k,
                         size_t end) {
  const std::string& w = tokens[k].folded;
  const bool sending = (lang == "fr" && (w == "envoi" || w == "livraison")) ||
                       (lang == "es" && (w == "envío" || w == "entrega")) ||
                       (lang == "en" && (w == "sending" || w == "delivery" || w == "dispatch")) ||
                       (lang == "de" && (w == "entsendung" || w == "lieferung")) ||
                       (lang == "ru" && (w == "поставку" || w == "отправку" || w == "направление"));
  if (!sending || k + 1 >= end) return false;
  // The object: after "de"/"of"/"von" (English "sending" takes it bare,
  // Russian in the genitive).
  size_t o = k + 1;
  const std::string& next = tokens[o].folded;
  if (next == "de" || next == "d" || next == "des" || next == "del" || next == "of" ||
      next == "von") {
    ++o;
    if (o < end && (tokens[o].folded == "'" || tokens[o].folded == "’")) ++o;  // "d'équipes"
  } else if (!(lang == "ru" || (lang == "en" && w == "sending"))) {
    return false;
  }
  for (size_t j = o; j < end && j < o + 4; ++j) {
    const std::string& x = tokens[j].folded;
    for (const char* stem :
         {"letter",     "message",    "lettre",     "carta",        "mensaje",  "brief",
          "botschaft",  "послани",    "письм",      "police",       "policier", "policía",
          "polizei",    "полици",     "troop",      "soldier",      "troupe",   "soldat",
          "tropa",      "soldado",    "войск",      "военнослужащ", "observ",   "наблюдател",
          "delegation", "délégation", "delegación", "делегаци",     "envoy",    "émissaire",
          "enviad",     "gesandt",    "посланник"}) {
      if (x.starts_with(stem)) return false;
    }
  }
  return o < end && tokens[o].is_word;
}

bool IsCapitalised(std::string_view text, const Token& t) { return StartsUpperOrDigit(text, t); }

// A lower-case particle inside an Arabic, Portuguese or Dutch personal name
// ("Tamim bin Hamad", "Lula da Silva", "van Rompuy"), folded; not the
// articles that double as particles ("el", "der") (r12-en).
bool IsNameParticle(std::string_view w) {
  return w == "bin" || w == "bint" || w == "ibn" || w == "al" || w == "da" || w == "dos" ||
         w == "van";
}

// A word written in capitals throughout ("WHO", "AU"): an abbreviation, a
// name even where the lower-case word is a function word ("thanked the WHO
// and the Kingdom": not the relative "who") (r12-en).
bool IsAllCapsWord(std::string_view text, const Token& t) {
  if (t.end - t.begin < 2 || t.end > text.size()) return false;
  for (size_t k = t.begin; k < t.end; ++k) {
    if (text[k] < 'A' || text[k] > 'Z') return false;
  }
  return true;
}

// A Russian short passive participle ("подписан", "направлена", "высланы",
// "заключено"), folded; not the short adjectives of a state whose subject
// feels it ("признателен", "возмущены", "обеспокоен") (r8-ru).
// An imperfective reflexive past ("обсуждались", "рассматривался",
// "подписывалось"), folded (r8-ru).
bool RuReflexivePassive(std::string_view w) {
  static constexpr std::string_view kEnds[] = {"ались", "ялись", "алось", "ялось",
                                               "алась", "ялась", "ался",  "ялся"};
  if (w.size() < 16) return false;  // eight Cyrillic letters or more
  for (std::string_view e : kEnds) {
    if (w.ends_with(e)) return true;
  }
  return false;
}

bool RuShortPassive(std::string_view w) {
  static constexpr std::string_view kStates[] = {
      "признател", "благодар", "возмущ",    "обеспокоен", "озабоч",  "разочаров", "удовлетвор",
      "согласен",  "намерен",  "заинтерес", "убежд",      "уверен",  "огорч",     "потрясен",
      "потрясён",  "опечален", "восхищ",    "встревож",   "глубоко", "высоко"};
  for (std::string_view s : kStates) {
    if (w.starts_with(s)) return false;
  }
  if (w.size() < 12) return false;  // six Cyrillic letters or more
  static constexpr std::string_view kStems[] = {"ан", "ян", "ен", "ён"};
  static constexpr std::string_view kEnds[] = {"", "а", "о", "ы"};
  for (std::string_view e : kEnds) {
    if (!w.ends_with(e)) continue;
    std::string_view stem = w.substr(0, w.size() - e.size());
    for (std::string_view s : kStems) {
      if (stem.ends_with(s)) return true;
    }
  }
  return false;
}

std::string SanitizeUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  int32_t run = 0;  // [run, i) is valid text not yet appended: copied in runs
  auto flush = [&](int32_t end) { out.append(s.data() + run, static_cast<size_t>(end - run)); };
  while (i < n) {
    // Eight bytes at a time while none is above 0x7F or below 0x0E (tabs
    // and line breaks are below): copied with the run.
    while (i + 8 <= n) {
      uint64_t v;
      std::memcpy(&v, p + i, 8);
      constexpr uint64_t kHigh = 0x8080808080808080ull;
      if (((v | (v - 0x0E0E0E0E0E0E0E0Eull)) & kHigh) != 0) break;
      i += 8;
    }
    if (i >= n) break;
    const uint8_t b = p[i];
    if (b < 0x80) {
      if (b > '\r' || (b != '\n' && b != '\t' && b != '\r')) {
        ++i;
        continue;
      }
      flush(i);  // a line break or tab: a space
      out.push_back(' ');
      run = ++i;
      continue;
    }
    // A well-formed two-byte sequence (Latin, Greek, Cyrillic letters) stays
    // in the run without decoding it.
    if (b >= 0xC2 && b <= 0xDF && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
      i += 2;
      // And the two-byte sequences right after it (a Cyrillic or Greek
      // word), by the same test: the eight-byte test above would stop at
      // their first byte anyway (perf12).
      while (i + 1 < n && p[i] >= 0xC2 && p[i] <= 0xDF && (p[i + 1] & 0xC0) == 0x80) i += 2;
      continue;
    }
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) {  // an invalid sequence is dropped
      flush(start);
      run = i;
    }
  }
  flush(n);
  return out;
}

std::string EventId(const std::string& article_id, const std::string& type, uint32_t b,
                    uint32_t e) {
  uint64_t h = 1469598103934665603ull;
  auto mix = [&h](std::string_view s) {
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ull;
    }
    h ^= 0xFF;
    h *= 1099511628211ull;
  };
  mix(article_id);
  mix(type);
  // "b:e" in decimal, then the hash as 16 lowercase hex digits, without
  // printf or temporaries (one event id per event).
  auto decimal = [](uint32_t v, char* end) {  // writes backwards, returns the start
    do {
      *--end = static_cast<char>('0' + v % 10);
      v /= 10;
    } while (v != 0);
    return end;
  };
  char digits[10], span[24];
  size_t n = 0;
  for (const uint32_t v : {b, e}) {
    const char* d = decimal(v, digits + sizeof digits);
    const size_t len = static_cast<size_t>(digits + sizeof digits - d);
    if (n > 0) span[n++] = ':';
    std::memcpy(span + n, d, len);
    n += len;
  }
  mix(std::string_view(span, n));
  std::string hex(16, '0');
  for (int k = 15; k >= 0; --k, h >>= 4) hex[static_cast<size_t>(k)] = "0123456789abcdef"[h & 0xF];
  return hex;
}

int CodeRank(EntryKind k) {
  switch (k) {
    case EntryKind::kPerson:
      return 0;
    case EntryKind::kOrganisation:
    case EntryKind::kState:
      return 1;
    case EntryKind::kStateAdjective:
    case EntryKind::kDemonym:
      return 2;
    default:
      return 3;
  }
}

class EngineImpl final : public Engine {
 public:
  EngineImpl(std::unique_ptr<Lexicons> lex, std::unique_ptr<ActorMatcher> actors)
      : lex_(std::move(lex)), actors_(std::move(actors)) {
    meeting_ = lex_->EventTypeIndex("MEETING");
    praise_ = lex_->EventTypeIndex("PRAISE");
    cooperation_ = lex_->EventTypeIndex("COOPERATION");
    visit_ = lex_->EventTypeIndex("VISIT");
    criticism_ = lex_->EventTypeIndex("CRITICISM");
    aid_ = lex_->EventTypeIndex("AID");
    sanction_ = lex_->EventTypeIndex("SANCTION");
    thanks_ = lex_->EventTypeIndex("THANKS");
    invitation_ = lex_->EventTypeIndex("INVITATION");
    protest_ = lex_->EventTypeIndex("PROTEST");
    condolence_ = lex_->EventTypeIndex("CONDOLENCE");
    congratulation_ = lex_->EventTypeIndex("CONGRATULATION");
    agreement_ = lex_->EventTypeIndex("AGREEMENT");
    twins_ = actors_->AdjectiveTwins();
    if (twins_.size() > kMaxTwins) twins_.resize(kMaxTwins);
    debug_ = std::getenv("NEWSWIRE_ENGINE_DEBUG") != nullptr;
  }

  Extraction Extract(const Article& article) const override;

 private:
  struct Ctx;
  void AnalyseTitle(Ctx& c) const;
  void AnalyseSentence(Ctx& c, const SentenceSpan& s) const;
  std::vector<Mention> FindMentions(Ctx& c, size_t b, size_t e) const;
  void Merge(Ctx& c, std::vector<Mention>& ms) const;
  void ResolveAdjectiveTwins(Ctx& c, std::vector<Mention>& ms) const;
  // Every date expression in tokens [b, e): (token index, "YYYY-MM-DD" or
  // "YYYY-MM"), resolved against the publication date.
  std::vector<std::pair<size_t, std::string>> DatesIn(Ctx& c, size_t b, size_t e) const;
  double SentenceTone(Ctx& c, size_t b, size_t e) const;

  std::unique_ptr<Lexicons> lex_;
  std::unique_ptr<ActorMatcher> actors_;
  int meeting_ = -1, praise_ = -1, cooperation_ = -1, visit_ = -1;
  int criticism_ = -1, aid_ = -1, sanction_ = -1;
  int thanks_ = -1;
  int invitation_ = -1;
  int protest_ = -1;
  // Looked up once here, not per sentence (EventTypeIndex compares names).
  int condolence_ = -1, congratulation_ = -1, agreement_ = -1;
  bool debug_ = false;  // NEWSWIRE_ENGINE_DEBUG set: mentions and clauses to stderr
  // (state, twin) pairs sharing one adjective (Gazetteer::AdjectiveTwins);
  // views into the gazetteer. Two bits per pair in Discourse::twins_named.
  static constexpr size_t kMaxTwins = 16;
  std::vector<std::pair<std::string_view, std::string_view>> twins_;
};

// An act dated further back than this is background (see Extract's events).
constexpr int kBackgroundDays = 183;

struct EngineImpl::Ctx {
  const Article* article = nullptr;
  std::string lang;
  const LanguageLexicon* ll = nullptr;
  std::string_view text;  // masked text (same offsets as article->text)
  std::vector<Token> tokens;
  std::vector<TokenHits> token_hits;
  std::vector<LexHit> hits;
  std::vector<WordInfo> words;  // sentiment/intensifier per token (lexicon visit)
  std::optional<CivilDate> published;
  Discourse d;
  Extraction out;
  std::vector<Participant> article_actors;  // every event party once (distinct codes)
  // Names the gazetteer does not know, learnt from "der kubanische
  // Außenminister Bruno Rodríguez": folded surname -> who it is.
  std::map<std::string, Participant, std::less<>> aliases;
  // One bit per learnt alias (by token hash): a capitalised word whose bit
  // is clear is no alias, without a map lookup.
  uint64_t alias_filter[4] = {0, 0, 0, 0};
  static unsigned AliasBit(const Token& t) { return (TokenHash(t) >> 40) & 255; }
  bool MayBeAlias(const Token& t) const {
    const unsigned bit = AliasBit(t);
    return (alias_filter[bit >> 6] >> (bit & 63)) & 1;
  }
  // Aliases learnt from the first word of a full name ("Lee" of "Lee
  // Jae-myung", "Faisal" of "Faisal bin Farhan"): family-name-first and
  // given-name usage; they stand for the person only when no capitalised
  // name follows them ("Kim Min-seok" is someone else than "Kim Jong Un").
  std::set<std::string, std::less<>> leading_aliases;
  // Learns `surname` as `p` unless it is known already (the first teacher
  // keeps it; nothing is allocated for a known name).
  void LearnAlias(const Token& surname, const Participant& p) {
    if (aliases.contains(surname.folded)) return;
    aliases.emplace(surname.folded, p);
    const unsigned bit = AliasBit(surname);
    alias_filter[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
  double tone_sum = 0.0;
  int tone_n = 0;
  KeySet previous_sentence_keys;  // events of the sentence before
  KeySet sentence_keys;           // AnalyseSentence's `done` (swapped at its end)
  // Sanctions named inside another act ("s'est félicité de l'adoption de
  // sanctions par l'UE"), added at the end unless the article reports them.
  std::vector<Event> embedded_acts;
  size_t sentence_index = 0;
  size_t offtopic_sentences = 0;        // sentences silenced by sports/business/court words
  std::vector<Mention> spare_mentions;  // FindMentions reuses a finished sentence's vector
  std::optional<CivilDate> last_day;    // latest event date with a day

  // token_hits' data and size, cached once the lexicon visit has filled it
  // (SetMasks): Mask is the rule code's most frequent call (~400 per
  // sentence), and the vector's size is two loads, a subtraction and a shift.
  const TokenHits* hit_masks = nullptr;
  size_t hit_mask_count = 0;
  void SetMasks() {
    hit_masks = token_hits.data();
    hit_mask_count = token_hits.size();
  }
  uint64_t Mask(size_t i) const { return i < hit_mask_count ? hit_masks[i].mask : 0; }
  // Inlined: most calls end at the mask (the token has no hit of `cls`).
  [[gnu::always_inline]] const LexHit* Find(size_t i, WordClass cls) const {
    if (!(Mask(i) & Bit(cls))) return nullptr;
    return FindHit(i, cls);
  }
  const LexHit* FindHit(size_t i, WordClass cls) const {
    for (uint32_t k = 0; k < token_hits[i].count; ++k) {
      const LexHit& h = hits[token_hits[i].begin + k];
      if (h.cls == cls) return &h;
    }
    return nullptr;
  }
};

Participant FromMention(const Mention& m) { return {m.code, m.name, m.role}; }

// A word of sequence joining a second object to the first as a later,
// separate act of the same kind: "puis avec", "and then with", "und danach
// mit", "y luego con", "а затем с" (r10-fr).
// The direct object of a meeting verb is a thing or a crowd, not a party:
// "a reçu mercredi au port de Lomé un lot de 25 000 tonnes", "accueille
// plus d'un million de personnes", "ont accueilli plusieurs séries de
// pourparlers", "received a shipment of", "recibió un cargamento": after
// the days and place phrases that may follow the verb, a determiner,
// number or quantity word opens a noun that no gazetteer mention covers and
// no lexicon class marks (not "un appel téléphonique", a role, a state).
// `mention_at(k)` is the clause's mention covering token k, or null
// (r12-fr).
template <typename CtxT, typename MentionAt>
bool ThingObjectAfter(const CtxT& c, size_t from, size_t ce, MentionAt mention_at) {
  constexpr uint64_t kDay = Bit(WordClass::kWeekday) | Bit(WordClass::kMonth) |
                            Bit(WordClass::kRelDay) | Bit(WordClass::kAnchorDay);
  constexpr uint64_t kPlacePrep = Bit(WordClass::kPrepPlace) | Bit(WordClass::kPrepOf);
  size_t k = from;
  // Days and place phrases ("mercredi au port de Lomé", "à Dakar").
  bool in_place = false;  // after a place preposition
  for (int steps = 0; k < ce && steps < 8; ++steps) {
    if (const auto* m = mention_at(k)) {
      if (!in_place || !m->place) return false;
      k = m->e;
      in_place = false;
      continue;
    }
    const uint64_t mk = c.Mask(k);
    if (mk & kDay) {
      ++k;
      continue;
    }
    if ((mk & kPlacePrep) && !(mk & Bit(WordClass::kDet))) {
      in_place = true;
      ++k;
      continue;
    }
    // The common noun of a place phrase ("au port de", "au palais de").
    if (in_place && mk == 0 && c.tokens[k].is_word && !IsCapitalised(c.text, c.tokens[k]) &&
        k + 1 < ce && (c.Mask(k + 1) & kPlacePrep)) {
      ++k;
      continue;
    }
    break;
  }
  if (k >= ce || in_place) return false;
  const std::string& w = c.tokens[k].folded;
  const bool quantity = (c.Mask(k) & Bit(WordClass::kDet)) ||
                        (!w.empty() && w[0] >= '0' && w[0] <= '9') || w == "plus" ||
                        w == "plusieurs" || w == "more" || w == "several" || w == "más" ||
                        w == "varios" || w == "varias" || w == "unos" || w == "unas";
  if (!quantity) return false;
  // The head noun: the first word after the quantity's own words ("d'un
  // million de", "de 25 000 tonnes" lead to the first noun).
  for (size_t j = k + 1; j < ce && j < k + 6; ++j) {
    if (mention_at(j)) return false;
    const Token& tok = c.tokens[j];
    const uint64_t mj = c.Mask(j);
    if (!tok.is_word || (mj & (Bit(WordClass::kDet) | Bit(WordClass::kPrepOf))) ||
        (!tok.folded.empty() && tok.folded[0] >= '0' && tok.folded[0] <= '9') ||
        tok.folded == "d" || tok.folded == "un" || tok.folded == "une") {
      continue;
    }
    if (mj != 0 || IsCapitalised(c.text, tok)) return false;
    // A noun phrase naming a party is someone's ("un appel du président
    // ivoirien", "la directora gerente del FMI", "a farewell call from the
    // Ambassador"), and a dinner in the guest's honour meets the guest
    // ("hosted a banquet in his honour", "a offert un dîner en son honneur").
    for (size_t n = j + 1; n < ce && n < j + 6; ++n) {
      const std::string& x = c.tokens[n].folded;
      if (mention_at(n) || x == "honour" || x == "honor" || x == "honneur" || x == "ehren" ||
          x == "\xD1\x87\xD0\xB5\xD1\x81\xD1\x82\xD1\x8C") {  // честь
        return false;
      }
    }
    return true;
  }
  return false;
}

// A verb-form trigger at `t` used as a participle after its noun (no
// auxiliary before it: "l'accord signé", "the deal signed") with a
// last-year expression right after it ("l'an dernier", "last year", "el
// año pasado").
template <typename CtxT>
bool LastYearAttribute(const CtxT& c, size_t t, size_t after, size_t ce) {
  const Token& before = c.tokens[t - 1];
  if (!before.is_word || IsCapitalised(c.text, before)) return false;
  const std::string& w = before.folded;
  if (w == "a" || w == "ont" || w == "avait" || w == "avaient" || w == "été" || w == "has" ||
      w == "have" || w == "had" || w == "was" || w == "were" || w == "been" || w == "ha" ||
      w == "han" || w == "había" || w == "habían" || w == "fue" || w == "fueron" || w == "sido" ||
      (c.Mask(t - 1) & (Bit(WordClass::kPassive) | Bit(WordClass::kPronoun) |
                        Bit(WordClass::kPlural) | Bit(WordClass::kObjPronoun)))) {
    return false;
  }
  for (size_t k = after; k < ce && k < after + 4; ++k) {
    if (c.Mask(k) & Bit(WordClass::kLastYear)) return true;
  }
  return false;
}

// An adversative conjunction joining two predicates of one subject ("a
// remercié X, mais a accusé Y"): French, English, Spanish, Russian, where
// it also cuts a clause.
bool IsAdversative(std::string_view w) {
  return w == "mais" || w == "but" || w == "pero" || w == "\xD0\xBD\xD0\xBE";  // но
}

// Folded tokens spell "ß" as "ss" (full case folding), so the German
// literals compared with them here and below do too.
bool IsThenWord(std::string_view w) {
  static constexpr std::string_view kThen[] = {
      "puis",   "ensuite", "then",    "later",          "subsequently", "dann",  "danach",
      "später", "luego",   "después", "posteriormente", "затем",        "потом", "anschliessend"};
  return std::find(std::begin(kThen), std::end(kThen), w) != std::end(kThen);
}

// A count of people or things: a number ("15", "1.200") or a number word
// from two to twelve ("seven", "acht", "six", "doce", "пять") (p-aid7).
bool IsCount(std::string_view lang, std::string_view w) {
  if (w.empty()) return false;
  if (w.front() >= '0' && w.front() <= '9') {
    return w.find_first_not_of("0123456789.,") == std::string_view::npos;
  }
  static constexpr std::string_view kEn[] = {"two", "three",  "four",   "five",
                                             "six", "seven",  "eight",  "nine",
                                             "ten", "eleven", "twelve", "several"};
  static constexpr std::string_view kDe[] = {"zwei", "drei", "vier", "fünf", "sechs", "sieben",
                                             "acht", "neun", "zehn", "elf",  "zwölf", "mehrere"};
  static constexpr std::string_view kFr[] = {"deux", "trois", "quatre", "cinq",
                                             "six",  "sept",  "huit",   "neuf",
                                             "dix",  "onze",  "douze",  "plusieurs"};
  static constexpr std::string_view kEs[] = {"dos",   "tres",   "cuatro", "cinco", "seis",
                                             "siete", "ocho",   "nueve",  "diez",  "once",
                                             "doce",  "varios", "varias"};
  static constexpr std::string_view kRu[] = {
      "двух",   "трёх",   "трех",   "четырёх", "четырех", "пяти",   "шести",      "семи",
      "восьми", "девяти", "десяти", "двое",    "трое",    "два",    "три",        "четыре",
      "пять",   "шесть",  "семь",   "восемь",  "девять",  "десять", "нескольких", "ряда"};
  auto in = [&](const auto& list) {
    return std::find(std::begin(list), std::end(list), w) != std::end(list);
  };
  if (lang == "en") return in(kEn);
  if (lang == "de") return in(kDe);
  if (lang == "fr") return in(kFr);
  if (lang == "es") return in(kEs);
  if (lang == "ru") return in(kRu);
  return false;
}

// A relative pronoun that opens an object relative clause after a comma:
// the party named before the comma is what the clause's verb acts on
// ("Ruto, qu'il a remercié", "Ruto, whom he thanked", "Токаевым, которого
// поблагодарил", "Ruto, auquel il a annoncé") (r7-fr).
bool IsRelativeObjectWord(std::string_view lang, std::string_view w) {
  if (lang == "en") return w == "whom";
  if (lang == "fr") {
    return w == "qu" || w == "que" || w == "auquel" || w == "auxquels" || w == "auxquelles";
  }
  if (lang == "ru") {
    return w == "которого" || w == "которому" || w == "которую" || w == "которых" || w == "которым";
  }
  return false;
}

// A word of taking over or joining another party's measures ("übernahm",
// "schloss sich ... an", "joined", "s'est ralliée", "se sumó",
// "присоединилась"): the sanction is the joiner's, aimed at the package's
// targets (r10-de). `w` is a folded token or an event's trigger text.
bool NamesAdoption(std::string_view w) {
  for (const char* p :
       {"übernahm",  "übernimmt",     "übernehm",    "übernommen",   "schloss", "schließ",
        "schliess",  "angeschlossen", "anzuschließ", "anzuschliess", "joined",  "joins",
        "aligned",   "ralli",         "associé",     "aligné",       "repris",  "reprend",
        "sumó",      "sumaron",       "suma",        "adhir",        "alineó",  "присоедин",
        "take over", "took over"}) {
    if (w.starts_with(p) || (w.size() > 12 && w.find(p) != std::string_view::npos)) return true;
  }
  return false;
}

// A plural naming both sides ("beide", "both", "ambos", "оба", "the two"):
// the current pair, not one party's offices (r13-de).
bool NamesBothSides(const std::vector<Token>& tokens, size_t b, size_t e) {
  static constexpr std::string_view kBoth[] = {
      "ambos", "ambas", "both", "two", "beide", "beiden", "beider", "deux",
      "dos",   "оба",   "обе",  "два", "две",   "двух",   "zwei",   "les deux"};
  for (size_t k = b; k < e && k < tokens.size(); ++k) {
    if (std::find(std::begin(kBoth), std::end(kBoth), tokens[k].folded) != std::end(kBoth)) {
      return true;
    }
  }
  return false;
}

// A noun of speech, no measure ("des propos", "the remarks", "die
// Äußerungen", "las declaraciones", "заявление").
bool NamesSpeech(std::string_view w) {
  for (const char* stem :
       {"propos", "remark", "comment", "statement", "word", "äusserung", "aussage", "bemerkung",
        "erklärung", "worte", "déclaration", "parole", "declaraci", "palabra", "comentario",
        "заявлени", "высказывани", "слов"}) {
    if (w.starts_with(stem)) return true;
  }
  return false;
}

// A closing quotation mark (German closes with “) (r10-ru).
bool IsClosingQuote(std::string_view w) { return w == "»" || w == "”" || w == "“" || w == "\""; }
// A mark that opens a quote for sure: not '"', which also closes one, and
// not '“' in German, where it closes the quote „ opened (r10-es).
bool SurelyOpensQuote(std::string_view w, std::string_view lang) {
  return w == "«" || w == "„" || (w == "“" && lang != "de");
}

// Where the attribution of a quote-first sentence begins: the sentence
// opens inside a quotation (its opening mark was left with the sentence
// before, or heads this one), the quotation closes after token `t` and a
// comma (and a dash in Russian and French) follows it: "«…», – сказал он",
// "\"…,\" the minister said", "„…“, sagte sie", "« … », a déclaré M. X",
// "«…», afirmó". SIZE_MAX when token `t` is not inside such a quotation.
size_t QuoteFirstAttribution(const std::vector<Token>& tokens, size_t sb, size_t se, size_t t) {
  for (size_t k = sb + 1; k < t; ++k) {
    const std::string& w = tokens[k].folded;
    if (IsClosingQuote(w) || w == "«" || w == "„") return SIZE_MAX;
  }
  for (size_t q = t + 1; q + 2 < se; ++q) {
    const std::string& w = tokens[q].folded;
    if (w == "«" || w == "„") return SIZE_MAX;
    if (!IsClosingQuote(w)) continue;
    size_t k = q + 1;
    if (k < se && tokens[k].folded == ",") ++k;
    if (tokens[q - 1].folded == "," || k > q + 1) {
      while (k < se &&
             (tokens[k].folded == "–" || tokens[k].folded == "—" || tokens[k].folded == "-")) {
        ++k;
      }
      return k < se ? k : SIZE_MAX;
    }
    return SIZE_MAX;
  }
  return SIZE_MAX;
}

// A word telling that aid comes in addition to aid told before ("zudem",
// "also", "another", "en outre", "supplémentaire", "también", "также",
// "дополнительно"): another contribution, not the same one restated.
bool NamesAdditionalAid(std::string_view lang, std::string_view w) {
  if (lang == "de") {
    return w == "zudem" || w == "ausserdem" || w == "ferner" || w == "überdies" ||
           w == "ebenfalls" || w == "auch" || w == "weitere" || w == "zusätzlich";
  }
  if (lang == "en") {
    return w == "also" || w == "further" || w == "another" || w == "additional";
  }
  if (lang == "fr") {
    return w == "également" || w == "aussi" || w == "outre" || w == "supplémentaire" ||
           w == "supplémentaires";
  }
  if (lang == "es") {
    return w == "también" || w == "adicional" || w == "adicionales";
  }
  if (lang == "ru") return w == "также" || w == "дополнительно" || w == "ещё" || w == "еще";
  return false;
}

// A verb of threatening ("drohte", "threatened", "a menacé", "amenazó",
// "пригрозил", "угрожает"): sanctions it names are still to come.
bool NamesThreat(std::string_view w) {
  for (std::string_view p : {"droht", "threat", "menac", "amenaz", "пригроз", "угрож"}) {
    if (w.starts_with(p)) return true;
  }
  return false;
}

// Whether a split predicate ending right before `pos` closes its clause
// there: a sentence or clause mark or a coordinating conjunction follows
// ("traf X zusammen und lud ihn ein", "kam mit Y zusammen, um ...").
bool SplitBracketClosesAt(const std::vector<Token>& tokens, size_t pos) {
  if (pos >= tokens.size()) return true;
  const std::string& f = tokens[pos].folded;
  return f == "," || f == "." || f == ";" || f == ":" || f == "und" || f == "oder" || f == "sowie";
}
// A Russian active participle ("прибывший", "прибывшим", "находящегося",
// "выступающий"): after a comma it opens a phrase about the name right
// before the comma, in whatever case that name stands (r10-ru).
bool IsRussianActiveParticiple(std::string_view w) {
  static constexpr std::string_view kEndings[] = {"ий",  "ая", "ее", "ие", "его", "ей",
                                                  "ему", "им", "ую", "их", "ими", "ем"};
  static constexpr std::string_view kSuffixes[] = {"вш", "ющ", "ущ", "ащ", "ящ"};
  for (std::string_view e : kEndings) {
    if (!w.ends_with(e)) continue;
    const std::string_view stem = w.substr(0, w.size() - e.size());
    for (std::string_view s : kSuffixes) {
      if (stem.size() > s.size() + 2 && stem.ends_with(s)) return true;
    }
  }
  return false;
}

// A relative pronoun that can open a subject relative clause after a comma
// ("Brazil, which ...", "le Brésil, qui ...", "Chile, que ...", "Бразилия,
// которая ...") (r6-en).
bool IsRelativeSubjectWord(std::string_view lang, std::string_view w) {
  if (lang == "en") return w == "who" || w == "which";
  if (lang == "fr") return w == "qui";
  if (lang == "es") return w == "que" || w == "quien" || w == "quienes";
  // Only the nominative: "которого поблагодарил" is an object (r7-fr).
  if (lang == "ru") {
    return w == "который" || w == "которая" || w == "которое" || w == "которые";
  }
  // German subject relatives: "Ruto, der am Sonntag eingetroffen war, ...",
  // "die Reformpolitik Chiles, die Investoren anziehe, und lud ..." (r7-de).
  if (lang == "de") {
    return w == "der" || w == "die" || w == "das" || w == "welcher" || w == "welche" ||
           w == "welches";
  }
  return false;
}

// Whether the trigger at `t` stands inside a relative clause on a party
// (", which ...", ", whose ...", ", die ...", ", qui ...", ", que ...",
// ", которая ...", up to the next comma) that names a year before
// `pub_year` ("in 2019", "between 2019 and 2022", "last year", "im Jahr
// 2024", "l'an dernier", "el año pasado", "в прошлом году"): the
// journalist's background, no news of the reported period (r10-en).
bool InEarlierYearRelative(std::string_view lang, const std::vector<Token>& tokens, size_t sb,
                           size_t se, size_t t, int pub_year) {
  size_t open = SIZE_MAX;
  for (size_t k = t; k-- > sb;) {
    if (tokens[k].folded != ",") continue;
    open = k;
    break;
  }
  if (open == SIZE_MAX || open + 1 >= t) return false;
  const std::string& r = tokens[open + 1].folded;
  const bool relative = IsRelativeSubjectWord(lang, r) || IsRelativeObjectWord(lang, r) ||
                        r == "whose" || r == "dont" || r == "cuyo" || r == "cuya" || r == "cuyos" ||
                        r == "cuyas" || r == "deren" || r == "dessen" || r == "чей" || r == "чья" ||
                        r == "чьи";
  if (!relative) return false;
  size_t close = se;
  for (size_t k = t + 1; k < se; ++k) {
    if (tokens[k].folded == ",") {
      close = k;
      break;
    }
  }
  for (size_t k = open + 2; k < close; ++k) {
    const std::string& w = tokens[k].folded;
    if (w.size() == 4 && w.find_first_not_of("0123456789") == std::string::npos) {
      const int y = std::stoi(w);
      if (y > 1900 && y < pub_year) return true;
    }
    const bool year_word = w == "year" || w == "jahr" || w == "jahres" || w == "année" ||
                           w == "an" || w == "año" || w == "году" || w == "года";
    if (!year_word) continue;
    const std::string& before = k > open + 1 ? tokens[k - 1].folded : r;
    const std::string& after = k + 1 < close ? tokens[k + 1].folded : r;
    if (before == "last" || before == "previous" || before == "letzten" ||
        before == "vergangenen" || before == "vorigen" || before == "прошлом" ||
        before == "прошлого" || after == "dernière" || after == "dernier" || after == "pasado" ||
        after == "anterior") {
      return true;
    }
  }
  return false;
}

// Roles that name a state's institution rather than a person (r2-es).
bool IsInstitutionRole(std::string_view role) {
  return role == "foreign_ministry" || role == "ministry" || role == "government";
}

// Whether a bare office noun ("der Minister", "the ministry", "глава
// государства", "la mandataria") can name a party holding `holder`: the
// same office, a "leader" for any top office, a "minister" for any kind of
// minister, a ministry or government for the office holders it serves
// (p-actor).
// The word that keys the office at tokens[k] inside a mention starting at
// `b`: the office word itself, or the modifier that makes it another office
// ("Prime Minister", "Vice President", "Deputy Prime Minister", "le Premier
// ministre", "el primer ministro", "вице-премьер"): a bare "the Minister" /
// "le ministre" / "the President" is not the holder introduced with the
// longer title, and a bare "the Prime Minister" is the one introduced as
// "Prime Minister X", not one titled "Minister" (r7-en).
size_t OfficeKey(const std::vector<Token>& tokens, size_t k, size_t b) {
  while (k > b) {
    size_t j = k - 1;
    if (tokens[j].folded == "-" && j > b) --j;
    const std::string& w = tokens[j].folded;
    if (!(w == "prime" || w == "vice" || w == "deputy" || w == "premier" || w == "primer" ||
          w == "première" || w == "primera" || w == "вице" || w == "премьер")) {
      break;
    }
    k = j;
  }
  return k;
}

bool OfficeFits(std::string_view bare, std::string_view holder) {
  if (holder.empty() || holder == "state") return IsInstitutionRole(bare);  // its ministries
  if (bare.empty()) return false;
  if (bare == holder) return true;
  auto top = [](std::string_view r) {
    return r == "head_of_state" || r == "head_of_government" || r == "leader";
  };
  auto minister = [](std::string_view r) {
    return EndsWith(r, "minister") && !StartsWith(r, "former_");
  };
  if (bare == "leader" || holder == "leader") return top(bare) && top(holder);
  if (bare == "minister") return minister(holder);
  // A ministry serves its state's head and government too: "His Majesty
  // King Abdullah received ... Meanwhile, the Foreign Ministry condemned"
  // is Jordan's (r6-en).
  if (bare == "foreign_ministry") return holder == "foreign_minister" || top(holder);
  if (bare == "ministry") return minister(holder) || holder == "foreign_ministry" || top(holder);
  if (bare == "government") return top(holder) || minister(holder);
  return false;
}

// The output form of a participant: its own strings (a state without a
// name gets the gazetteer's English name; without a role it acts as "state").
Actor ToActor(const ActorMatcher& actors, const Participant& p) {
  return Actor{std::string(p.name.empty() ? actors.CountryName(p.code) : p.name),
               std::string(p.code), p.role.empty() ? std::string("state") : std::string(p.role)};
}

// The number a numeral word of a group of states says ("trois", "three",
// "drei", "tres", "три"), else 0 (p-grp10).
uint8_t GroupNumber(std::string_view w) {
  // The shortest numeral below has four bytes ("drei", "four", "cinq"):
  // shorter words, the most frequent ones, leave at once (perf12).
  if (w.size() < 4) return 0;
  if (w == "trois" || w == "three" || w == "drei" || w == "tres" || w == "три" || w == "трёх" ||
      w == "трех") {
    return 3;
  }
  if (w == "quatre" || w == "four" || w == "vier" || w == "cuatro" || w == "четыре" ||
      w == "четырёх" || w == "четырех") {
    return 4;
  }
  if (w == "cinq" || w == "five" || w == "fünf" || w == "cinco" || w == "пять" || w == "пяти") {
    return 5;
  }
  return 0;
}

// Whether a plural noun says states ("pays", "states", "Staaten", "países",
// "страны") (p-grp10).
bool IsStateNoun(std::string_view w) {
  return w == "pays" || w == "états" || w == "nations" || w == "countries" || w == "states" ||
         w == "staaten" || w == "länder" || w == "ländern" || w == "países" || w == "estados" ||
         w == "naciones" || w == "страны" || w == "стран" || w == "государства" ||
         w == "государств";
}

std::vector<Mention> EngineImpl::FindMentions(Ctx& c, size_t b, size_t e) const {
  std::vector<Mention> ms = std::move(c.spare_mentions);  // capacity of an earlier sentence
  ms.clear();
  for (size_t i = b; i < e;) {
    // "со своей стороны", "с российской стороны": the genitive singular of
    // "one's side", no party and no plural group (r2-ru).
    if (c.lang == "ru" && c.tokens[i].folded == "стороны" &&
        ((i >= b + 1 && (c.tokens[i - 1].folded == "с" || c.tokens[i - 1].folded == "со")) ||
         (i >= b + 2 && (c.tokens[i - 2].folded == "с" || c.tokens[i - 2].folded == "со")))) {
      ++i;
      continue;
    }
    if (!c.tokens[i].is_word) {
      ++i;
      continue;
    }
    // A numbered group of states ("les trois pays européens", "the three
    // Baltic states", "die drei Staaten", "los tres países", "три страны"):
    // the latest that many states named; two is the current pair (p-grp10).
    // One set off by a comma restates the list before it ("Cuba, Jamaica y
    // Haití, los tres países más afectados"): no mention of its own.
    auto apposition = [&] {  // looked back only for a numeral (most words are none)
      size_t before = i;
      while (before > b && (c.Mask(before - 1) & Bit(WordClass::kDet))) --before;
      return before > b && c.tokens[before - 1].folded == ",";
    };
    if (const uint8_t n = GroupNumber(c.tokens[i].folded); n >= 3 && !apposition()) {
      size_t j = i + 1;
      if (j + 1 < e && !IsStateNoun(c.tokens[j].folded)) ++j;  // "the three Baltic states"
      if (j < e && IsStateNoun(c.tokens[j].folded)) {
        Mention g;
        g.b = i;
        g.e = j + 1;
        g.plural = true;
        g.group_n = n;
        ms.push_back(g);
        i = j + 1;
        continue;
      }
    }
    // Function words and trigger words never start an actor name; skipping
    // them saves most gazetteer lookups.
    constexpr uint64_t kNoActorStart =
        Bit(WordClass::kEvent) | Bit(WordClass::kPrepWith) | Bit(WordClass::kPrepTo) |
        Bit(WordClass::kPrepPlace) | Bit(WordClass::kPrepBy) | Bit(WordClass::kPrepAgainst) |
        Bit(WordClass::kAnd) | Bit(WordClass::kClause) | Bit(WordClass::kNegation) |
        Bit(WordClass::kPassive) | Bit(WordClass::kDiscuss) | Bit(WordClass::kEval) |
        Bit(WordClass::kMonth) | Bit(WordClass::kWeekday) | Bit(WordClass::kRelDay);
    const uint64_t own = c.Mask(i);
    GazetteerMatch gm;
    if (!(own & kNoActorStart) || (own & Bit(WordClass::kDet)) ||
        IsAllCapsWord(c.text, c.tokens[i])) {
      gm = actors_->MatchAt(c.lang, c.text, c.tokens, i);
    }
    // A person named with a middle name or initial the gazetteer does not
    // list ("Ferdinand R. Marcos Jr.", "Hugh Hilton Todd", "Marco Antonio
    // Rubio", "Nawaf Abdullah Salam"): the known name without it, and its
    // later words are that person's surname for the rest of the article
    // (r7-en).
    if (!gm && !(own & kNoActorStart) && i + 2 < e && IsCapitalised(c.text, c.tokens[i]) &&
        c.tokens[i + 1].is_word && IsCapitalised(c.text, c.tokens[i + 1]) && !c.Mask(i + 1)) {
      size_t j = i + 2;  // after the middle part
      if (c.tokens[i + 1].folded.size() == 1 && c.tokens[j].folded == ".") ++j;
      if (j < e && c.tokens[j].is_word && IsCapitalised(c.text, c.tokens[j])) {
        thread_local std::vector<Token> skipped;
        skipped.clear();
        skipped.push_back(c.tokens[i]);
        for (size_t n = j; n < e && n < j + 6; ++n) skipped.push_back(c.tokens[n]);
        const GazetteerMatch pm = actors_->MatchAt(c.lang, c.text, skipped, 0);
        if (pm && pm.entry->kind == EntryKind::kPerson && pm.token_count >= 2) {
          gm = pm;
          gm.token_count = pm.token_count + (j - i - 1);
          const GazetteerEntry& en = *pm.entry;
          for (size_t n = j; n < i + gm.token_count; ++n) {
            const Token& t = c.tokens[n];
            if (t.is_word && t.folded.size() > 3 && IsCapitalised(c.text, t) && !c.Mask(n)) {
              c.LearnAlias(t, Participant{en.code, en.name, en.role});
            }
          }
        }
      }
    }
    if (!gm && c.MayBeAlias(c.tokens[i]) && IsCapitalised(c.text, c.tokens[i])) {
      auto it = c.aliases.find(c.tokens[i].folded);
      if (it != c.aliases.end() && c.leading_aliases.contains(c.tokens[i].folded) && i + 1 < e &&
          c.tokens[i + 1].is_word && IsCapitalised(c.text, c.tokens[i + 1])) {
        it = c.aliases.end();
      }
      if (it != c.aliases.end()) {
        Mention m;
        m.b = i;
        m.e = i + 1;
        m.kind = EntryKind::kPerson;
        m.has_person = true;
        m.code = it->second.code;
        m.name = it->second.name;
        m.role = it->second.role;
        ms.push_back(std::move(m));
        ++i;
        continue;
      }
    }
    if (gm && i + gm.token_count <= e) {
      const GazetteerEntry& en = *gm.entry;
      // "Por su parte, Bourita elogió …", "por otra parte,": an adverbial
      // idiom set off by punctuation, not a negotiating side that could act
      // ("recibido por la parte china" keeps its side).
      const size_t after = i + gm.token_count;
      if (en.kind == EntryKind::kRole && en.role == "side" && i >= b + 2 &&
          (after >= e || !c.tokens[after].is_word) &&
          (c.tokens[i - 1].folded == "por" || c.tokens[i - 2].folded == "por")) {
        i += gm.token_count;
        continue;
      }
      Mention m;
      m.b = i;
      m.e = i + gm.token_count;
      m.kind = en.kind;
      m.code = en.code;
      m.name = en.name;
      m.role = en.role;
      m.seat_of = en.seat_of;
      m.has_role = en.kind == EntryKind::kRole;
      m.has_person = en.kind == EntryKind::kPerson;
      m.counterpart = en.kind == EntryKind::kRole && en.role == "counterpart";
      m.place = en.kind == EntryKind::kCity || en.kind == EntryKind::kCapital ||
                en.kind == EntryKind::kRegion;
      bool plural_form = en.number == GrammaticalNumber::kPlural;
      if (en.number == GrammaticalNumber::kEither && en.kind == EntryKind::kRole) {
        // German "die Präsidenten" (plural) vs "dem/den Präsidenten".
        plural_form = i > b && c.Find(i - 1, WordClass::kPlural) != nullptr;
      }
      if (en.kind == EntryKind::kRole && plural_form && m.code.empty()) m.plural = true;
      if (en.kind == EntryKind::kDemonym && plural_form) m.plural = false;
      // Plural group phrase in the lexicon starting here wins ("the two leaders").
      // The lexicon's plural group wins over a longer-or-equal codeless role
      // ("the two leaders", "Стороны").
      if (const LexHit* ph = c.Find(i, WordClass::kPlural);
          ph && (ph->length > gm.token_count ||
                 (ph->length == gm.token_count && en.kind == EntryKind::kRole && en.code.empty() &&
                  !(c.Mask(i) & Bit(WordClass::kDet))))) {
        Mention p;
        p.b = i;
        p.e = std::min(e, i + ph->length);
        p.plural = true;
        p.has_role = true;
        ms.push_back(p);
        i = p.e;
        continue;
      }
      ms.push_back(std::move(m));
      i += gm.token_count;
      continue;
    }
    if (const LexHit* ph = c.Find(i, WordClass::kPlural)) {
      // A determiner alone ("die") is a plural marker only before a role.
      if (ph->length > 1 || !(c.Mask(i) & Bit(WordClass::kDet))) {
        Mention p;
        p.b = i;
        p.e = std::min(e, i + ph->length);
        p.plural = true;
        p.has_role = true;
        ms.push_back(p);
        i = p.e;
        continue;
      }
    }
    if (c.Find(i, WordClass::kObjPronoun)) {
      Mention p;
      p.b = i;
      p.e = i + 1;
      p.obj_pronoun = true;
      ms.push_back(p);
      ++i;
      continue;
    }
    // "HE President Yoweri Museveni", "HE the President": the abbreviation of
    // His Excellency before a title or name in Gulf and African readouts, no
    // "he" (r6-en).
    if (c.lang == "en" && c.tokens[i].folded == "he" && i + 1 < e &&
        c.tokens[i].end - c.tokens[i].begin == 2 && c.text.substr(c.tokens[i].begin, 2) == "HE" &&
        (IsCapitalised(c.text, c.tokens[i + 1]) || c.tokens[i + 1].folded == "the")) {
      ++i;
      continue;
    }
    if (c.Find(i, WordClass::kPronoun)) {
      Mention p;
      p.b = i;
      p.e = i + 1;
      p.pronoun = true;
      ms.push_back(p);
      ++i;
      continue;
    }
    if (const LexHit* r = c.Find(i, WordClass::kCounterpart)) {
      Mention p;
      p.b = i;
      p.e = std::min(e, i + r->length);
      p.has_role = true;
      p.counterpart = true;
      p.role = "counterpart";
      ms.push_back(p);
      i = p.e;
      continue;
    }
    if (const LexHit* r = c.Find(i, WordClass::kRole)) {
      Mention p;
      p.b = i;
      p.e = std::min(e, i + r->length);
      p.has_role = true;
      // Both arms views: `cond ? std::string : "literal"` would be a
      // temporary std::string, and the view would dangle.
      p.role = r->text ? std::string_view(*r->text) : std::string_view("head_of_state");
      ms.push_back(p);
      i = p.e;
      continue;
    }
    ++i;
  }
  if (!twins_.empty()) ResolveAdjectiveTwins(c, ms);
  Merge(c, ms);
  // Learn unknown names standing next to a coded office: "der kubanische
  // Außenminister Bruno Rodríguez", "El canciller cubano, Bruno Rodríguez,".
  for (const auto& m : ms) {
    if (m.dead || m.code.empty()) continue;
    // A known full name teaches its surname: "Bruno Rodríguez" ... "Rodríguez".
    if (m.has_person && m.e - m.b >= 2) {
      // Every later part of the name: "Ferdinand Marcos Jr." -> "Marcos";
      // only words of the person's own gazetteer match: the office and
      // state of an apposition ("le Président de la République du Ghana,
      // John Mahama", "Minister of Foreign Affairs of Morocco, Nasser
      // Bourita", "Präsident der Republik Kasachstan, ...") are nobody's
      // surname ("République", "Affairs", "Republik" would stand for that
      // state for the rest of the article) (r6-fr).
      for (size_t k = m.b; k < m.e;) {
        const GazetteerMatch pm = actors_->MatchAt(c.lang, c.text, c.tokens, k);
        if (!pm || pm.entry->kind != EntryKind::kPerson) {
          ++k;
          continue;
        }
        for (size_t n = k + 1; n < k + pm.token_count && n < m.e; ++n) {
          const Token& t = c.tokens[n];
          // A three-letter family name at the end of the name is one too
          // ("President Irfaan Ali ... Ali thanked", "Yvan Gil", "Fumio
          // Kishida"'s "Abe"), not a particle or numeral (r9-en).
          const bool last_word = n + 1 == k + pm.token_count;
          const std::string& f = t.folded;
          const bool short_family = last_word && f.size() == 3 && f != "iii" && f != "bin" &&
                                    f != "ben" && f != "ibn" && f != "abu" && f != "van" &&
                                    f != "von" && f != "der" && f != "den" && f != "del" &&
                                    f != "dos" && f != "das";
          if (t.is_word && (f.size() > 3 || short_family) && IsCapitalised(c.text, t) &&
              !c.Mask(n)) {
            c.LearnAlias(t, Participant{m.code, m.name, m.role});
          }
        }
        k += pm.token_count;
      }
      // The first word of the person's own name, in English copy: the family
      // name of East Asian names ("President Lee Jae-myung ... Lee thanked"),
      // the given name of Arab ones ("Prince Faisal") (r4-en).
      if (c.lang == "en" && m.name.find(' ') != std::string_view::npos) {
        const std::string_view first = m.name.substr(0, m.name.find(' '));
        for (size_t k = m.b; k + 1 < m.e; ++k) {
          const Token& t = c.tokens[k];
          if (!t.is_word || c.Mask(k) || !IsCapitalised(c.text, t) || t.folded.size() < 2 ||
              t.folded.size() != first.size() || c.aliases.contains(t.folded)) {
            continue;
          }
          bool same = true;
          for (size_t n = 0; n < first.size() && same; ++n) {
            same = std::tolower(static_cast<unsigned char>(first[n])) ==
                   static_cast<unsigned char>(t.folded[n]);
          }
          if (!same) continue;
          c.LearnAlias(t, Participant{m.code, m.name, m.role});
          c.leading_aliases.emplace(t.folded);
          break;
        }
      }
    }
    if (!m.has_role || m.has_person) continue;
    size_t k = m.e;
    if (k < e && c.tokens[k].folded == ",") ++k;
    size_t last = SIZE_MAX;
    for (size_t n = 0; k < e && n < 3; ++k, ++n) {
      const Token& t = c.tokens[k];
      if (!t.is_word || !IsCapitalised(c.text, t) || c.Mask(k)) break;
      bool in_mention = false;
      for (const auto& o : ms) in_mention |= !o.dead && k >= o.b && k < o.e;
      if (in_mention) break;
      last = k;
    }
    if (last != SIZE_MAX && c.tokens[last].folded.size() > 2) {
      c.LearnAlias(c.tokens[last], Participant{m.code, m.name, m.role});
    }
  }
  // Preposition before each surviving mention.
  for (auto& m : ms) {
    if (m.dead) continue;
    size_t k = m.b;
    int skipped_words = 0, skipped_numbers = 0;
    bool det_seen = false;
    while (k > b) {
      --k;
      uint64_t mask = c.Mask(k);
      const uint64_t preps = Bit(WordClass::kPrepWith) | Bit(WordClass::kPrepTo) |
                             Bit(WordClass::kPrepPlace) | Bit(WordClass::kPrepOf) |
                             Bit(WordClass::kPrepBy) | Bit(WordClass::kPrepAgainst);
      // Articles first: German "der"/"des" and French "des"/"du" are both.
      if (mask & Bit(WordClass::kDet)) {
        det_seen = true;
        continue;
      }
      if (c.tokens[k].folded == "'") {  // elision: "l'UNICEF", "d'Alger"
        det_seen = true;
        continue;
      }
      if (mask & preps) {
        // A capitalised "De"/"Del" before a person's name is the particle of
        // a Spanish surname ("De Zela agradeció", "André y De la Fuente
        // acordaron"), no preposition (r4-es).
        if (c.lang == "es" && m.has_person && !m.has_role && IsCapitalised(c.text, c.tokens[k]) &&
            (c.tokens[k].folded == "de" || c.tokens[k].folded == "del")) {
          break;
        }
        m.prep = mask & preps;
        // A multi-word preposition ending here is one word of its class:
        // "en faveur du Mozambique" is a recipient, not "du" (of) (r5-fr).
        for (size_t j = k; c.lang == "fr" && j > b && j + 3 > k;) {
          --j;
          for (uint32_t h = 0; h < c.token_hits[j].count; ++h) {
            const LexHit& o = c.hits[c.token_hits[j].begin + h];
            if (o.length > 1 && j + o.length == k + 1 && (Bit(o.cls) & preps)) m.prep = Bit(o.cls);
          }
        }
        // Spanish "por" after a participle ("la suspensión de visas anunciada
        // por Washington", "representado por su canciller") or in "por parte
        // de" names the agent only, not a recipient (r4-es).
        if (c.lang == "es" && c.tokens[k].folded == "por" && (m.prep & Bit(WordClass::kPrepBy))) {
          const Token& before = c.tokens[k > b ? k - 1 : k];
          const std::string& w = before.folded;
          const bool participle =
              k > b && before.is_word && !IsCapitalised(c.text, before) &&
              (EndsWith(w, "ado") || EndsWith(w, "ada") || EndsWith(w, "ados") ||
               EndsWith(w, "adas") || EndsWith(w, "ido") || EndsWith(w, "ida") ||
               EndsWith(w, "idos") || EndsWith(w, "idas") || EndsWith(w, "esto") ||
               EndsWith(w, "esta") || EndsWith(w, "estas") || EndsWith(w, "estos"));
          if ((participle && skipped_words == 0) || c.tokens[m.b].folded == "parte") {
            m.prep = Bit(WordClass::kPrepBy);
          }
        }
        // A person is no place: a noun between a place preposition and a
        // name closes the phrase ("В своём выступлении Путин раскритиковал",
        // "In seiner Rede Scholz ...") (r-crit).
        if (m.has_person && !m.has_role && skipped_words > 0 &&
            m.prep == Bit(WordClass::kPrepPlace)) {
          m.prep = 0;
        }
        // Nor is it the object of a fronted Spanish "a" + noun adverbial
        // ("A continuación Sánchez conversó", "A su llegada Petro ...") (r2-es).
        if (c.lang == "es" && m.has_person && !m.has_role && skipped_words > 0 &&
            m.prep == Bit(WordClass::kPrepTo)) {
          m.prep = 0;
        }
        break;
      }
      const Token& t = c.tokens[k];
      // A count before a nationality keeps the preposition: "gegen 15
      // iranische Richter", "against seven Russian generals", "contre six
      // officiers maliens", "против 15 российских чиновников" (p-aid7).
      if (m.kind == EntryKind::kStateAdjective && !m.has_person && !m.has_role && !det_seen &&
          skipped_numbers < 2 && IsCount(c.lang, t.folded)) {
        ++skipped_numbers;
        continue;
      }
      // One adjective may stand between ("in northern Serbia"); a weekday or
      // month is the preposition's own object ("Во вторник глава МИД ...").
      const uint64_t own_object = Bit(WordClass::kWeekday) | Bit(WordClass::kMonth);
      // So is a time noun ("в этом году Москва передала ...", "на прошлой
      // неделе Киев ...", "in the past week Tokyo ...") (r10-ru).
      static constexpr std::string_view kTimeNouns[] = {
          "году",  "годе",  "месяце", "неделе",  "квартале", "year", "month",  "week", "jahr",
          "monat", "woche", "année",  "semaine", "mois",     "año",  "semana", "mes"};
      const bool time_noun =
          std::find(std::begin(kTimeNouns), std::end(kTimeNouns), t.folded) != std::end(kTimeNouns);
      if (t.is_word && !IsCapitalised(c.text, t) && !(mask & Bit(WordClass::kEvent)) &&
          !(mask & own_object) && !time_noun && skipped_words == 0 &&
          !(mask & Bit(WordClass::kAnd)) && !det_seen && !m.pronoun) {
        // (A subject pronoun is nobody's prepositional object: "В послании
        // он высоко оценил ...".)
        // An adjective stands after the article: before it, a word is no
        // adjective of the name ("a reçu en audience l'ambassadeur de Chine").
        ++skipped_words;
        continue;
      }
      // A German region noun with the state in the genitive keeps the place
      // preposition before it ("im Süden Tadschikistans", "im Norden der
      // Ukraine"): the state is where it happened.
      if (c.lang == "de" && t.is_word && skipped_words == 0 && !m.pronoun && !m.has_person) {
        static constexpr std::string_view kRegionNouns[] = {
            "norden",   "süden",     "osten",   "westen",        "nordosten",   "nordwesten",
            "südosten", "südwesten", "zentrum", "landesinneren", "grenzgebiet", "küste"};
        if (std::find(std::begin(kRegionNouns), std::end(kRegionNouns), t.folded) !=
            std::end(kRegionNouns)) {
          ++skipped_words;
          continue;
        }
      }
      break;
    }
    // A Russian dative "people" noun makes the state next to it the
    // recipient, never the subject, wherever it stands ("Соболезнования
    // афганскому народу выразили президенты Казахстана ...", "народу
    // Турции") (p-target).
    if (c.lang == "ru" && m.prep == 0 && !m.has_person) {
      auto dative_people = [&](size_t k) {
        return c.tokens[k].folded == "народу" || c.tokens[k].folded == "народам";
      };
      m.recipient =
          (m.kind == EntryKind::kStateAdjective && m.e < c.tokens.size() && dative_people(m.e)) ||
          (m.b > b && dative_people(m.b - 1));
    }
    if (m.prep & Bit(WordClass::kPrepPlace)) m.place = true;
    // A seat without a preposition is the organisation ("Brussels warned
    // Moscow", "Bruselas anunció"); "in Brüssel" stays the place.
    // So is a seat as an agent ("von Brüssel beschlossen", "par Bruxelles")
    // (r5-struct), and a seat one deals with or stands against ("die
    // Abstimmung mit Brüssel", "seine Haltung gegenüber Brüssel", "talks with
    // Brussels", "con Bruselas"): a partner or opponent is an institution,
    // never a city (r13-de).
    constexpr uint64_t kSeatAsParty =
        Bit(WordClass::kPrepBy) | Bit(WordClass::kPrepWith) | Bit(WordClass::kPrepAgainst);
    if (!m.seat_of.empty() && (m.prep == 0 || (m.prep & kSeatAsParty)) &&
        !(m.prep & Bit(WordClass::kPrepPlace)) && m.kind == EntryKind::kCapital) {
      m.code = m.seat_of;
      m.name = actors_->CountryName(m.seat_of);
      m.kind = EntryKind::kOrganisation;
      m.place = false;
    }
  }
  // A name coordinated with one after a preposition shares it ("the drills
  // of South Korea and the United States", "in Kenya and Tanzania"); a person
  // after a place is a new party ("in Moscow and Xi").
  // So does a comma list of states and cities that goes on ("from Paris,
  // Berlin and Rome", "aus Wien, Bern und Prag", "из Баку, Астаны и
  // Ташкента"): not a name after the comma that starts the clause ("In
  // Berlin, Moscow's envoy ...") (r5-struct).
  auto list_goes_on = [&](const Mention& m) {
    return m.e < e && ((c.Mask(m.e) & Bit(WordClass::kAnd)) || c.tokens[m.e].folded == ",");
  };
  const Mention* prev = nullptr;
  for (auto& m : ms) {
    if (m.dead) continue;
    const bool comma_list = prev && c.tokens[prev->e].folded == "," && !m.has_person &&
                            !m.has_role && !prev->has_person && !prev->has_role && list_goes_on(m);
    if (prev && prev->prep != 0 && m.prep == 0 && m.b > prev->e &&
        ((c.Mask(prev->e) & Bit(WordClass::kAnd)) || comma_list) &&
        !((prev->prep & Bit(WordClass::kPrepPlace)) && m.has_person)) {
      bool joined = true;
      for (size_t k = prev->e + 1; k < m.b && joined; ++k) {
        joined = (c.Mask(k) & Bit(WordClass::kDet)) != 0;
      }
      if (joined) {
        m.prep = prev->prep;
        if (m.prep & Bit(WordClass::kPrepPlace)) m.place = true;
      }
    }
    prev = &m;
  }
  return ms;
}

// One adjective for the people of two states ("congolais", "Congolese",
// "congoleño": both Congos; the gazetteer gives it to the one more often in
// the news): in an article that names the other state by a name, capital or
// person ("la République du Congo", "Brazzaville", "Denis Sassou Nguesso")
// and never the adjective's own, the adjective and demonym are the other
// state's ("Le Président congolais a félicité son hôte") (r12-fr).
void EngineImpl::ResolveAdjectiveTwins(Ctx& c, std::vector<Mention>& ms) const {
  for (const Mention& m : ms) {
    if (m.code.empty() || (m.kind != EntryKind::kState && m.kind != EntryKind::kCapital &&
                           m.kind != EntryKind::kPerson)) {
      continue;
    }
    for (size_t i = 0; i < twins_.size(); ++i) {
      if (m.code == twins_[i].first) c.d.twins_named |= 1u << (2 * i);
      if (m.code == twins_[i].second) c.d.twins_named |= 1u << (2 * i + 1);
    }
  }
  if (c.d.twins_named == 0) return;
  for (Mention& m : ms) {
    if (m.kind != EntryKind::kStateAdjective && m.kind != EntryKind::kDemonym) continue;
    for (size_t i = 0; i < twins_.size(); ++i) {
      const uint32_t own = 1u << (2 * i), twin = 1u << (2 * i + 1);
      if (m.code == twins_[i].first && (c.d.twins_named & (own | twin)) == twin) {
        m.code = twins_[i].second;
        m.name = actors_->CountryName(m.code);
        break;
      }
    }
  }
}

void EngineImpl::Merge(Ctx& c, std::vector<Mention>& ms) const {
  auto absorb = [](Mention& into, Mention& from) {
    bool take_code =
        !from.code.empty() && (into.code.empty() || CodeRank(from.kind) < CodeRank(into.kind));
    if (take_code) {
      into.code = from.code;
      into.name = from.name;
      into.kind = from.kind;
    }
    if (from.has_person) {
      into.has_person = true;
      into.role = from.role.empty() ? into.role : from.role;
    } else if (from.has_role && (into.role.empty() || into.role == "state")) {
      into.role = from.role;  // "посол Японии" is an ambassador, not the state itself
    }
    into.has_role |= from.has_role;
    into.counterpart = (into.counterpart || from.counterpart) && into.code.empty();
    into.plural = (into.plural || from.plural) && into.code.empty();
    into.place = into.place && from.place;
    into.b = std::min(into.b, from.b);
    into.e = std::max(into.e, from.e);
    from.dead = true;
  };
  auto is_apostrophe_s = [&](size_t k, size_t end) {
    // "Azerbaijan's President": tokens "'" "s" between.
    return end == k + 2 && (c.tokens[k].folded == "'" || c.tokens[k].folded == "\xE2\x80\x99") &&
           c.tokens[k + 1].folded == "s";
  };
  // Pass 1: adjacency, possessive, "President of X", "Amtskollegen aus Serbien".
  for (size_t a = 0; a + 1 < ms.size(); ++a) {
    Mention& m1 = ms[a];
    if (m1.dead || m1.pronoun || m1.obj_pronoun) continue;
    Mention& m2 = ms[a + 1];
    // "El presidente uruguayo lo recibió": a clitic is no part of the name.
    if (m2.pronoun || m2.obj_pronoun) continue;
    bool m1_roleish = m1.has_role || m1.kind == EntryKind::kStateAdjective;
    bool m2_roleish = m2.has_role || m2.kind == EntryKind::kStateAdjective;
    bool merge = false;
    // A place phrase before a name is a fronted adverbial, not part of it:
    // "В понедельник в Москве Сергей Лавров провёл ...", "9 мая в Кремле
    // Президент России ...".
    const bool m1_place_phrase = !m1_roleish && !m1.has_person && m1.b > 0 &&
                                 (c.Mask(m1.b - 1) & Bit(WordClass::kPrepPlace)) &&
                                 (m2.has_person || m2.has_role);
    if (m2.b == m1.e && !m1_place_phrase) {
      merge = m1_roleish || m2_roleish || (m1.has_person != m2.has_person);
    } else if (is_apostrophe_s(m1.e, m2.b)) {
      merge = true;
    } else if (m1.has_role && !m1.has_person && m2.b > m1.e && m2.b - m1.e <= 6 &&
               (c.Mask(m1.e) & (Bit(WordClass::kPrepOf))) && !m2.has_person && !m2.plural &&
               !m2.code.empty() && m1.code.empty()) {
      // "President of France", "Präsident der Republik Aserbaidschan", "le
      // président de la Commission de l'Union africaine".
      merge = true;
      for (size_t k = m1.e + 1; k < m2.b; ++k) {
        const uint64_t mk = c.Mask(k);
        const bool linker =
            (mk & (Bit(WordClass::kPrepOf) | Bit(WordClass::kDet))) || c.tokens[k].folded == "'";
        const bool word = c.tokens[k].is_word;
        const bool name_word = word && IsCapitalised(c.text, c.tokens[k]);
        if (!linker && !(m2.b - m1.e <= 3 ? word : name_word)) merge = false;
      }
    }
    // One person's name in parts: an office and its holder with an honorific
    // or name words the gazetteer does not know between them ("Prime
    // Minister Shri Narendra Modi", "President Dr. Mohamed Muizzu", "Qatar's
    // Emir Sheikh Tamim bin Hamad Al Thani"), or two known parts of one
    // name of the same state ("Tamim bin Hamad" "Al Thani") (r12-en).
    if (!merge && !m1.plural && !m2.plural && m2.has_person &&
        (m1.code.empty() ? m1.has_role && !m1.has_person : m1.code == m2.code) &&
        (m1.has_role || m1.has_person) && m2.b >= m1.e && m2.b <= m1.e + 5 &&
        (m2.b > m1.e || (m1.has_person && !m1.has_role))) {
      merge = true;
      for (size_t k = m1.e; k < m2.b && merge; ++k) {
        const Token& t = c.tokens[k];
        merge = (t.is_word && IsCapitalised(c.text, t) &&
                 (c.Mask(k) & ~Bit(WordClass::kAbbrev)) == 0) ||
                (t.folded == "." && k > m1.e) || IsNameParticle(t.folded);
      }
    }
    // A Russian title with the state's form of government in the genitive
    // and its name in the nominative: "Президенту Республики Сенегал
    // Бассиру Диомаю Фаю", "Президента Республики Мали", "Короля
    // Королевства Бахрейн" (r10-ru).
    if (!merge && c.lang == "ru" && m1.has_role && !m1.has_person && m1.code.empty() &&
        !m1.plural && m2.b == m1.e + 1 && !m2.code.empty() && !m2.plural && !m2.pronoun) {
      const std::string& w = c.tokens[m1.e].folded;
      merge = w == "республики" || w == "королевства" || w == "государства" || w == "княжества" ||
              w == "султаната" || w == "эмирата" || w == "федерации";
    }
    // "el Gobierno de José Jerí", "la administración de Milei": a
    // government named by its leader is that leader's state (r4-es).
    if (!merge && c.lang == "es" && IsInstitutionRole(m1.role) && !m1.has_person &&
        m1.code.empty() && !m1.plural && m2.has_person && !m2.code.empty() && m2.b == m1.e + 1 &&
        (c.tokens[m1.e].folded == "de" || c.tokens[m1.e].folded == "del")) {
      merge = true;
    }
    // An office located in a capital: "das Außenministerium in Wien",
    // "un porte-parole du ministère à Alger".
    // A ruling junta or regime in a state is that state's ("die Luftangriffe
    // der Militärjunta in Myanmar", "the military regime in Mali"); not a
    // kingdom, nor a state inside a compound ("die Rolle des Königreichs im
    // Sudan-Konflikt") (r9-de).
    auto ruler = [&](const Mention& m) {
      for (size_t j = m.b; j < m.e; ++j) {
        const std::string& w = c.tokens[j].folded;
        for (const char* stem :
             {"junta", "junte", "regime", "régime", "régimen", "хунт", "режим"}) {
          if (w.find(stem) != std::string::npos) return true;
        }
      }
      return false;
    };
    if (!merge && m1.has_role && !m1.has_person && m1.code.empty() && m2.b == m1.e + 1 &&
        (c.Mask(m1.e) & Bit(WordClass::kPrepPlace)) &&
        (m2.kind == EntryKind::kCapital ||
         (m2.kind == EntryKind::kState && m1.role == "government" && !m1.plural && ruler(m1) &&
          (m2.e >= c.tokens.size() || c.tokens[m2.e].folded != "-")))) {
      merge = true;
    }
    if (merge) {
      absorb(m2, m1);  // keep m2 alive so chains continue
    }
  }
  // Pass 2: apposition "Ilham Aliyev, Präsident der Republik Aserbaidschan,".
  Mention* last = nullptr;
  for (auto& m : ms) {
    if (m.dead) continue;
    // "le président de la Commission ..., Mahmoud Ali Youssouf,": the name
    // gives the office its code; a name of the office's own state is its
    // holder, no new party ("con el primer ministro portugués, Luís
    // Montenegro", "the Indian prime minister, Narendra Modi,").
    // The head of state's full title is one office before its apposition:
    // "le Président de la République, Emmanuel Macron", "el presidente de
    // la República, Gustavo Petro", "der Präsident der Republik, ..."; said
    // bare later, it is the holder introduced with it (r6-fr).
    size_t title_tail = 0;
    if (last && last->has_role && !last->has_person && last->e + 2 < m.b) {
      const std::string& w0 = c.tokens[last->e].folded;
      const std::string& w1 = c.tokens[last->e + 1].folded;
      const std::string& w2 = c.tokens[last->e + 2].folded;
      if (w0 == "der" && w1 == "republik") {
        title_tail = 2;
      } else if (((w0 == "de" && w1 == "la") || (w0 == "of" && w1 == "the")) &&
                 (w2 == "république" || w2 == "república" || w2 == "republic")) {
        title_tail = 3;
      }
    }
    // A rank before the name ("au président du Soudan, le général Abdel
    // Fattah al-Burhan,", "the head of the junta, General ...") (r8-fr).
    size_t rank = 0;
    if (last && m.has_person && m.b >= 3 && m.b == last->e + title_tail + 3 &&
        (c.Mask(m.b - 2) & Bit(WordClass::kDet)) && c.tokens[m.b - 1].is_word &&
        !IsCapitalised(c.text, c.tokens[m.b - 1]) && c.Mask(m.b - 1) == 0) {
      rank = 2;
    }
    // An honorific before the name ("le Président de la République, S.E.M.
    // Alassane Ouattara,", "son homologue du Ghana, S.E. John Mahama", "the
    // President of the Republic of Maldives, H.E. Dr. Mohamed Muizzu"):
    // initials, dots and abbreviations only (r10-fr); one capitalised
    // abbreviation alone is an honorific too ("S.E.M." written "SEM", "Dr")
    // (r13-fr).
    if (last && m.has_person && rank == 0) {
      const size_t from = last->e + title_tail + 1;
      size_t k = from;
      while (k < m.b && k < from + 8 &&
             (c.tokens[k].folded == "." || (c.Mask(k) & Bit(WordClass::kAbbrev)) ||
              (c.tokens[k].is_word && c.tokens[k].folded.size() == 1 &&
               IsCapitalised(c.text, c.tokens[k])))) {
        ++k;
      }
      const bool one_abbreviation = k == from + 1 && from < c.tokens.size() &&
                                    (c.Mask(from) & Bit(WordClass::kAbbrev)) &&
                                    IsCapitalised(c.text, c.tokens[from]);
      if (k == m.b && (k > from + 1 || one_abbreviation)) rank = k - from;
    }
    // The full title may also run straight into the name without a comma
    // ("Le Président de la République Emmanuel Macron a reçu") (r12-fr).
    const bool title_then_name = title_tail > 0 && rank == 0 && m.b == last->e + title_tail;
    if (last && last->has_role && !last->has_person &&
        (last->code.empty() || last->code == m.code) && !last->plural && m.has_person &&
        (title_then_name || (m.b == last->e + title_tail + 1 + rank &&
                             c.tokens[last->e + title_tail].folded == ","))) {
      const size_t b = last->b;
      absorb(*last, m);
      last->b = b;
      continue;
    }
    // A fronted place is no apposition of an office with its own state
    // ("Speaking in Kingston, the Jamaican prime minister thanked ...")
    // (r5-struct).
    const bool scene_then_office =
        last && !m.code.empty() && !last->has_person && !last->has_role &&
        (last->kind == EntryKind::kCapital || last->kind == EntryKind::kCity ||
         last->kind == EntryKind::kRegion);
    if (last && !last->pronoun && !last->plural && !m.pronoun && !m.plural && m.has_role &&
        !m.has_person && m.b >= last->e + 1 && m.b <= last->e + 3 &&
        c.tokens[last->e].folded == "," && !scene_then_office &&
        (m.code.empty() || last->code.empty() || m.code == last->code)) {
      bool ok = true;
      for (size_t k = last->e + 1; k < m.b; ++k) {
        if (!(c.Mask(k) & Bit(WordClass::kDet))) ok = false;
      }
      // An English office without article or state right before its verb
      // ("In his meeting with X of New Zealand, Prime Minister expressed
      // ...") is the next clause's subject used as a name, no apposition
      // (r12-en).
      if (ok && c.lang == "en" && m.code.empty() && m.b == last->e + 1 &&
          m.e + 1 < c.tokens.size()) {
        const size_t v =
            c.Mask(m.e) == 0 && c.tokens[m.e].is_word && !IsCapitalised(c.text, c.tokens[m.e])
                ? m.e + 1
                : m.e;
        if ((c.Mask(v) & Bit(WordClass::kEvent)) && !(c.Mask(v) & Bit(WordClass::kPrepOf))) {
          ok = false;
        }
      }
      if (ok) {
        size_t b = last->b;
        // An office without a state after a fronted place whose holder is
        // named in apposition is the holder's, not part of the place phrase
        // ("En Madrid, el ministro de Asuntos Exteriores, José Manuel
        // Albares, recibió", "À Paris, le ministre des Affaires étrangères,
        // Jean-Noël Barrot, a reçu") (r9-es).
        if (m.code.empty() && last->b > 0 && (c.Mask(last->b - 1) & Bit(WordClass::kPrepPlace)) &&
            (last->kind == EntryKind::kCapital || last->kind == EntryKind::kCity ||
             last->kind == EntryKind::kRegion)) {
          // ... when its holder is named in apposition, the name says whose
          // office it is; otherwise ("Lors d'un point de presse à Banjul, le
          // ministre a condamné") it stays part of the scene.
          // A name the gazetteer does not know leaves the place's state to
          // the office ("En Ottawa, la ministra de Asuntos Exteriores, Anita
          // Anand, se reunió").
          bool named = false;
          for (const auto& n : ms) {
            named |= !n.dead && n.has_person && n.b == m.e + 1 && c.tokens[m.e].folded == ",";
          }
          if (named) {
            last = &m;
            continue;
          }
          size_t k = m.e;
          if (k + 1 < c.tokens.size() && c.tokens[k].folded == ",") {
            ++k;
            while (k < c.tokens.size() && c.tokens[k].is_word &&
                   IsCapitalised(c.text, c.tokens[k]) && c.Mask(k) == 0) {
              ++k;
            }
            if (k > m.e + 1 && k < c.tokens.size() && c.tokens[k].folded == ",") b = m.b;
          }
        }
        absorb(*last, m);
        last->b = b;
        // keep `last` as the survivor; `m` is dead
        continue;
      }
    }
    last = &m;
  }
  // "Germany's Siemens Mobility", "Japan's Toyota": a state owning a name
  // the gazetteer does not know is a modifier of a non-state actor.
  for (size_t a = 0; a < ms.size(); ++a) {
    Mention& m = ms[a];
    if (m.dead || m.has_role || m.has_person || m.code.empty()) continue;
    const size_t k = m.e;
    if (k + 2 >= c.tokens.size() || !is_apostrophe_s(k, k + 2)) continue;
    const Token& next = c.tokens[k + 2];
    bool next_is_mention = false;
    for (size_t b = a + 1; b < ms.size(); ++b) next_is_mention |= ms[b].b == k + 2 && !ms[b].dead;
    if (next.is_word && IsCapitalised(c.text, next) && !next_is_mention &&
        !(c.Mask(k + 2) & Bit(WordClass::kEvent))) {
      m.dead = true;
    }
  }
  // An organisation as the first part of a German compound naming a
  // gathering ("am Rande des G20-Gipfels", "beim EU-Gipfel", "auf dem
  // NATO-Treffen") names the occasion, not a party to the act.
  for (Mention& m : ms) {
    if (m.dead || m.kind != EntryKind::kOrganisation || m.e + 1 >= c.tokens.size() ||
        c.tokens[m.e].folded != "-") {
      continue;
    }
    const std::string& w = c.tokens[m.e + 1].folded;
    for (const char* occasion : {"gipfel", "treffen", "konferenz", "tagung", "sitzung"}) {
      if (w.rfind(occasion, 0) == 0) m.dead = true;
    }
  }
  // A state naming a currency right next to it ("zwei Millionen
  // US-Dollar", "2 million US dollars", "dollars canadiens", "dólares
  // estadounidenses", "долларов США", "zehn Millionen Schweizer Franken")
  // states an amount, not a party to the act (p-ctx9).
  auto currency = [&](size_t k) {
    if (k >= c.tokens.size() || !c.tokens[k].is_word) return false;
    const std::string& w = c.tokens[k].folded;
    for (const char* stem : {"dollar", "dólar", "доллар", "франк", "рубл", "rubel", "rouble",
                             "ruble", "rublo", "yuan", "юан", "иен"}) {
      if (w.starts_with(stem)) return true;
    }
    return w == "franken" || w == "franc" || w == "francs" || w == "francos" || w == "yen" ||
           w == "yens" || w == "yenes";
  };
  for (Mention& m : ms) {
    if (m.dead || m.kind != EntryKind::kState || m.has_person || m.has_role) continue;
    const size_t after = m.e < c.tokens.size() && c.tokens[m.e].folded == "-" ? m.e + 1 : m.e;
    if (currency(after) || (m.b > 0 && currency(m.b - 1))) m.dead = true;
  }
  ms.erase(std::remove_if(ms.begin(), ms.end(), [](const Mention& m) { return m.dead; }), ms.end());
}

// Whether tokens [b, e) can hold a date expression of DatesIn: each form
// is found at a number (ISO "2024-11-11", "11.11.2024") or at a month,
// anchored-day, relative-day or weekday word (the day and year around a
// month are read from there). `classes` is the OR of the tokens' lexicon
// masks. A sentence with none of these has no date: DatesIn is skipped.
bool MayHoldDate(const std::vector<Token>& tokens, uint64_t classes, size_t b, size_t e) {
  constexpr uint64_t kDateWords = Bit(WordClass::kMonth) | Bit(WordClass::kAnchorDay) |
                                  Bit(WordClass::kRelDay) | Bit(WordClass::kWeekday);
  if (classes & kDateWords) return true;
  for (size_t k = b; k < e && k < tokens.size(); ++k) {
    const std::string& f = tokens[k].folded;
    // DatesIn's number test starts the same way.
    if (tokens[k].is_word && !f.empty() && std::isdigit(static_cast<unsigned char>(f[0]))) {
      return true;
    }
  }
  return false;
}

std::vector<std::pair<size_t, std::string>> EngineImpl::DatesIn(Ctx& c, size_t b, size_t e) const {
  std::vector<std::pair<size_t, std::string>> out;
  if (!c.published) return out;
  const CivilDate& pub = *c.published;
  auto number = [&](size_t k) -> int {
    if (k >= e || !c.tokens[k].is_word) return -1;
    const std::string& f = c.tokens[k].folded;
    if (f.empty() || f.size() > 4 || !std::isdigit(static_cast<unsigned char>(f[0])) ||
        f.find_first_not_of("0123456789") != std::string::npos)
      return -1;
    return std::atoi(f.c_str());
  };
  auto year_at = [&](size_t k) -> int {
    int y = number(k);
    return (y >= 1900 && y <= 2100 && c.tokens[k].folded.size() == 4) ? y : -1;
  };
  for (size_t i = b; i < e; ++i) {
    // ISO "2024-11-11" and "11.11.2024" / "11/11/2024".
    int n = number(i);
    if (n >= 0 && i + 4 < e && !c.tokens[i + 1].is_word && !c.tokens[i + 3].is_word) {
      const std::string& s1 = c.tokens[i + 1].folded;
      const std::string& s2 = c.tokens[i + 3].folded;
      int n2 = number(i + 2), n3 = number(i + 4);
      if (s1 == s2 && n2 >= 1 && n3 >= 0) {
        int y = -1, m = -1, d = -1;
        if (s1 == "-" && year_at(i) > 0) y = n, m = n2, d = n3;
        if ((s1 == "." || s1 == "/") && year_at(i + 4) > 0) d = n, m = n2, y = n3;
        if (y > 0 && IsValidDate(y, m, d)) {
          out.emplace_back(i, FormatDay({y, m, d}));
          continue;
        }
      }
    }
    if (const LexHit* mh = c.Find(i, WordClass::kMonth)) {
      int month = mh->number;
      size_t after = i + mh->length;
      // day before: "11. November", "11 novembre", "11 de noviembre", "11 ноября"
      int day = -1;
      size_t k = i;
      if (k > b && c.Mask(k - 1) & Bit(WordClass::kPrepOf)) --k;  // "de"
      if (k > b && c.tokens[k - 1].folded == ".") --k;
      if (k > b) {
        int d = number(k - 1);
        if (d >= 1 && d <= 31) day = d;
      }
      // day after: "November 11", "November 11th"
      if (day < 0 && after < e) {
        int d = number(after);
        if (d >= 1 && d <= 31 && c.tokens[after].folded.size() <= 2) {
          day = d;
          ++after;
        } else if (after < e) {
          const std::string& f = c.tokens[after].folded;
          if (f.size() >= 3 && f.size() <= 4 && std::isdigit(static_cast<unsigned char>(f[0]))) {
            int dd = std::atoi(f.c_str());
            if (dd >= 1 && dd <= 31) {
              day = dd;
              ++after;
            }
          }
        }
      }
      // explicit year: "November 2024", "11. November 2024", "11 de noviembre de 2024"
      int year = -1;
      for (size_t a = after; a < std::min(e, after + 3); ++a) {
        if (int y = year_at(a); y > 0) {
          year = y;
          break;
        }
        if (c.tokens[a].is_word && !(c.Mask(a) & Bit(WordClass::kPrepOf))) break;
      }
      if (day > 0) {
        if (year > 0) {
          if (IsValidDate(year, month, day)) {
            out.emplace_back(i, FormatDay({year, month, day}));
            continue;
          }
        } else if (auto r = ResolveDayMonth(day, month, pub)) {
          {
            out.emplace_back(i, FormatDay(*r));
            continue;
          }
        }
        continue;
      }
      for (size_t a = after; a < std::min(e, after + 4) && year < 0; ++a) {
        if (c.Mask(a) & Bit(WordClass::kLastYear)) year = pub.year - 1;
      }
      {
        out.emplace_back(i, FormatMonth(year > 0 ? year : ResolveMonthYear(month, pub), month));
        continue;
      }
    }
    if (const LexHit* ad = c.Find(i, WordClass::kAnchorDay)) {
      // "the following day", "le lendemain", "В тот же день": relative to
      // the latest dated event of the article.
      if (c.last_day) out.emplace_back(i, FormatDay(AddDays(*c.last_day, ad->number)));
      i += ad->length - 1;
      continue;
    }
    if (const LexHit* rd = c.Find(i, WordClass::kRelDay)) {
      out.emplace_back(i, FormatDay(AddDays(pub, rd->number)));
      continue;
    }
    if (const LexHit* wd = c.Find(i, WordClass::kWeekday)) {
      {
        out.emplace_back(i, FormatDay(PreviousWeekday(pub, wd->number)));
        continue;
      }
    }
  }
  return out;
}

double EngineImpl::SentenceTone(Ctx& c, size_t b, size_t e) const {
  double sum = 0.0;
  int n = 0;
  for (size_t i = b; i < e; ++i) {
    double s = c.words[i].sentiment;
    if (s == 0.0) continue;
    if (i > b) s *= c.words[i - 1].intensifier;
    for (size_t k = i > b + 3 ? i - 3 : b; k < i; ++k) {
      if (c.Mask(k) & Bit(WordClass::kNegation)) {
        s = -s;
        break;
      }
    }
    sum += s;
    ++n;
  }
  if (n == 0) return 0.0;
  return std::clamp(sum / std::sqrt(static_cast<double>(n) + 1.0), -1.0, 1.0);
}

void EngineImpl::AnalyseTitle(Ctx& c) const {
  const std::string& title = c.article->title;
  if (title.empty() || !c.ll) return;
  Ctx t;
  t.article = c.article;
  t.lang = c.lang;
  t.ll = c.ll;
  // The title borrows its own per-thread vectors (the article's are lent out).
  thread_local Scratch title_scratch;
  std::string masked;
  const ScratchLease lease(title_scratch, t.tokens, t.token_hits, t.hits, t.words, masked);
  MaskMarkupInto(std::string_view(title).substr(0, 4096), masked);
  t.text = masked;
  TokenizeReusing(t.text, t.tokens);
  NormalisePunctuation(t.tokens);
  t.token_hits.assign(t.tokens.size(), TokenHits{});
  t.words.assign(t.tokens.size(), WordInfo{});
  t.hits.clear();
  for (size_t i = 0; i < t.tokens.size(); ++i) {
    size_t before = t.hits.size();
    t.words[i] = c.ll->Analyse(t.text, t.tokens, i, t.hits);
    t.token_hits[i].begin = static_cast<uint32_t>(before);
    t.token_hits[i].count = static_cast<uint32_t>(t.hits.size() - before);
    for (size_t k = before; k < t.hits.size(); ++k) t.token_hits[i].mask |= Bit(t.hits[k].cls);
  }
  t.SetMasks();
  auto ms = FindMentions(t, 0, t.tokens.size());
  for (const auto& m : ms) {
    if (m.plural || m.place) continue;
    const bool person_office = m.role == "head_of_state" || m.role == "head_of_government" ||
                               m.role == "leader" || EndsWith(m.role, "minister");
    if (m.code.empty() && person_office && !m.pronoun && !m.obj_pronoun && !m.counterpart &&
        m.b <= 1 && m.e > m.b) {
      c.d.title_office = t.tokens[m.e - 1].folded;
    }
    break;
  }
  // A headline opening with talks "with" someone ("Entretien avec M. Faye,
  // Président de la République du Sénégal", "Телефонный разговор с ...")
  // names only the partner (r7-fr).
  size_t opening_with = SIZE_MAX;
  for (size_t k = 0; k < t.tokens.size() && k <= 3; ++k) {
    if (std::any_of(ms.begin(), ms.end(), [&](const Mention& o) { return o.b <= k; })) break;
    if (t.Mask(k) & Bit(WordClass::kPrepWith)) {
      opening_with = k;
      break;
    }
  }
  for (const auto& m : ms) {
    if (!c.d.title_office.empty()) break;  // its holder is named in the text
    if (m.code.empty() || m.plural) continue;
    bool place_only = m.place && !m.has_person && !m.has_role &&
                      m.kind != EntryKind::kCapital;    // "Berlin bestellt"
    if (m.prep & Bit(WordClass::kPrepPlace)) continue;  // "... im Tschad"
    if (!c.d.protagonist) {
      // The protagonist is a person, an office or a state named as such;
      // an adjective in a headline usually describes an object
      // ("besucht sudanesische Flüchtlingslager").
      if (place_only || (m.kind == EntryKind::kStateAdjective && !m.has_role)) continue;
      // The partner of a headline's meeting is its guest, not its
      // protagonist (a press service titles its own head's talks "Entretien
      // avec le Président de la République du Sénégal", "Talks with the
      // President of Kenya", "Переговоры с Президентом Лаоса"), nor is its
      // apposition ("Entretien avec M. Faye, Président de la République du
      // Sénégal") (r7-fr).
      const bool partner =
          m.b > opening_with || std::any_of(ms.begin(), ms.end(), [&](const Mention& o) {
            return (o.prep & Bit(WordClass::kPrepWith)) && o.code == m.code;
          });
      if (partner) continue;
      c.d.protagonist = FromMention(m);
      c.d.CountSubject(m.code);
      c.d.pair.push_back(*c.d.protagonist);
    } else if (c.d.pair.size() < 2 && m.code != c.d.pair[0].code) {
      c.d.pair.push_back(FromMention(m));
    }
  }
}

namespace {

// The date of an event: the date expression of its clause nearest to the
// trigger, else the nearest one before the clause ("viajó el lunes a Rabat,
// donde se reunió ..."); dates of later clauses do not apply.
std::optional<std::string> EventDate(const std::vector<std::pair<size_t, std::string>>& dates,
                                     const std::vector<Token>& tokens, size_t trigger, size_t cb,
                                     size_t ce) {
  const std::string* best = nullptr;
  size_t best_distance = SIZE_MAX;
  for (const auto& [pos, date] : dates) {
    if (pos < cb || pos >= ce) continue;
    size_t d = pos > trigger ? pos - trigger : trigger - pos;
    // A date before the trigger behind a comma belongs to an inserted
    // clause ("Scholz, who visited Serbia on Monday, met Macron on Tuesday").
    for (size_t k = pos; k < trigger; ++k) {
      if (tokens[k].folded == ",") {
        d += 16;
        break;
      }
    }
    if (d < best_distance) {
      best_distance = d;
      best = &date;
    }
  }
  if (!best) {
    for (const auto& [pos, date] : dates) {
      if (pos < cb) best = &date;  // the last one before the clause
    }
  }
  if (!best) return std::nullopt;
  return *best;
}

struct Trigger {
  size_t token = 0;
  size_t length = 1;
  int type = -1;
  bool bilateral = false;      // evaluation of the relations between the pair
  uint8_t flags = 0;           // LexHit flags of the trigger
  bool guest_visit = false;    // the visit of the guest of this clause's meeting
  bool circumstance = false;   // in a time phrase after another act: objects only after it
  bool embedded = false;       // a visit named as the object of a judgement: its own author
  bool authored_only = false;  // a negated/refused clause's sanction with its own author: only
                               // that author's act stands (r7-sanc)
};

void AddUnique(std::vector<Participant>& v, const Participant& p) {
  if (p.code.empty()) return;
  for (const auto& x : v) {
    if (x.code == p.code) return;
  }
  v.push_back(p);
}

bool Contains(const std::vector<Participant>& v, std::string_view code) {
  for (const auto& x : v) {
    if (x.code == code) return true;
  }
  return false;
}

// The working lists of AnalyseSentence (per sentence, clause and trigger),
// borrowed from the calling thread so that a warm thread analyses sentences
// without allocating them. The rule code clears each list where it used to
// declare it as a local, so it starts empty exactly like that local: only
// capacity carries over, never content. One per thread; AnalyseSentence
// never runs twice at once on a thread (it does not recurse).
struct SentenceScratch {
  std::vector<size_t> cuts;
  std::vector<std::string> topics;
  std::vector<Trigger> triggers;
  std::vector<int> complement_types;
  std::vector<const Mention*> clause_mentions;
  std::vector<Participant> actors, targets, places, of_targets;
  std::vector<const Mention*> subjects;
  std::vector<std::string_view> codes;
  std::string key;  // the directional event key
  // An exceptionally long sentence does not pin its memory to the thread.
  void Trim() {
    constexpr size_t kMaxKept = 4096;
    if (cuts.capacity() > kMaxKept || clause_mentions.capacity() > kMaxKept ||
        triggers.capacity() > kMaxKept || actors.capacity() > kMaxKept ||
        targets.capacity() > kMaxKept || places.capacity() > kMaxKept ||
        of_targets.capacity() > kMaxKept || subjects.capacity() > kMaxKept ||
        codes.capacity() > kMaxKept || topics.capacity() > kMaxKept ||
        complement_types.capacity() > kMaxKept) {
      *this = SentenceScratch{};
    }
  }
};

}  // namespace

void EngineImpl::AnalyseSentence(Ctx& c, const SentenceSpan& s) const {
  const size_t sb = s.token_begin, se = s.token_end;
  std::vector<Mention> mentions = FindMentions(c, sb, se);
  thread_local SentenceScratch scratch;
  struct TrimOnExit {
    SentenceScratch& s;
    ~TrimOnExit() { s.Trim(); }
  } trim_on_exit{scratch};

  // Clauses: a new clause starts after ";" and at a subordinator/relative
  // word after a comma (unless it opens an apposition: ", der Präsident").
  std::vector<size_t>& cuts = scratch.cuts;
  cuts.assign(1, sb);
  // A party right at `from` (after articles) acting with a verb of its own
  // right after its name (an auxiliary or adverb may stand between), in a
  // clause that already has its act: a list of donors or sanctioners each
  // with their own act ("India sent two planes, China pledged 5 million
  // dollars and Japan dispatched a team", "Südafrika schickte ... nach
  // Mosambik, Tansania stellte Medikamente bereit", "l'Inde a envoyé deux
  // avions, la Chine a débloqué ...") (p-aid7).
  auto party_with_own_act = [&](size_t from) {
    // The clause before names its own subject before its act (not a fronted
    // phrase whose subject follows the comma: "Arrivé mardi à Paris pour une
    // visite d'État, le président sénégalais a été reçu", "Durante su
    // estancia en Tokio, el presidente paraguayo se reunió").
    size_t act_before = SIZE_MAX;
    for (size_t j = cuts.back(); j < from && act_before == SIZE_MAX; ++j) {
      if (c.Mask(j) & Bit(WordClass::kEvent)) act_before = j;
    }
    if (act_before == SIZE_MAX) return false;
    const bool own_subject = std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
      return !m.dead && m.b >= cuts.back() && m.e <= act_before && m.prep == 0 && !m.place &&
             !m.code.empty();
    });
    if (!own_subject) return false;
    size_t n = from;
    while (n < se && (c.Mask(n) & Bit(WordClass::kDet))) ++n;
    for (const auto& m : mentions) {
      if (m.dead || m.b < from || m.b > n) continue;
      if (m.prep != 0 || m.place || m.pronoun || m.plural || m.code.empty()) return false;
      // The verb right after the name, or after an auxiliary or adverb ("la
      // Chine a débloqué", "Japan also pledged"); not after a preposition
      // ("thanked the United States, Britain and Canada for sending ...").
      for (size_t j = m.e; j < se && j <= m.e + 2; ++j) {
        for (uint32_t h = 0; h < c.token_hits[j].count; ++h) {
          const LexHit& o = c.hits[c.token_hits[j].begin + h];
          if (o.cls == WordClass::kEvent && !(o.flags & (kNominal | kComplementOnly))) return true;
        }
        static constexpr std::string_view kBetween[] = {
            "a",       "ont",   "ha",   "han",     "has",     "have",  "had",  "also",
            "hat",     "haben", "auch", "aussi",   "también", "также", "тоже", "then",
            "ensuite", "luego", "dann", "already", "bereits", "déjà",  "ya"};
        if (std::find(std::begin(kBetween), std::end(kBetween), c.tokens[j].folded) ==
            std::end(kBetween)) {
          return false;
        }
      }
      return false;
    }
    return false;
  };
  for (size_t k = sb + 1; k < se; ++k) {
    const std::string& prev = c.tokens[k - 1].folded;
    if ((prev == "," || ((c.Mask(k) & Bit(WordClass::kAnd)) && prev != ",")) &&
        (!(c.Mask(k) & Bit(WordClass::kClause)) || (c.Mask(k) & Bit(WordClass::kAnd))) &&
        party_with_own_act((c.Mask(k) & Bit(WordClass::kAnd)) ? k + 1 : k)) {
      cuts.push_back(k);
    } else if (prev == ";" && c.lang == "es" && c.tokens[k].folded == "de" &&
               std::any_of(mentions.begin(), mentions.end(),
                           [&](const Mention& m) { return m.b == k + 1 && !m.code.empty(); })) {
      // "los mandatarios de Panamá, José Raúl Mulino; de Paraguay, ...": a
      // list of parties with appositions goes on after the semicolon (r5-es).
    } else if (prev == ";" || prev == ":") {
      cuts.push_back(k);
    } else if (prev == "," && (c.Mask(k) & Bit(WordClass::kClause))) {
      bool apposition = false;
      for (const auto& m : mentions) {
        if (m.b == k + 1 && m.has_role) apposition = true;
        if (m.b == k && m.has_role) apposition = true;
        // The last of a list of parties ("de Paraguay, Santiago Peña, y de
        // Guatemala, Bernardo Arévalo") (r5-es).
        if (c.lang == "es" && m.b == k + 2 && !m.code.empty() && c.tokens[k].folded == "y" &&
            c.tokens[k + 1].folded == "de") {
          apposition = true;
        }
        // A second office with its recipient preposition after an apposition
        // ("au président du Soudan, le général ..., et au président de la
        // République d'Haïti", "al presidente de Senegal, ..., y al rey de
        // Jordania"): the list of recipients goes on (r8-fr).
        if ((c.Mask(k) & Bit(WordClass::kAnd)) && m.has_role && !m.code.empty() && m.b > k + 1 &&
            m.b <= k + 3 &&
            (c.Mask(k + 1) & (Bit(WordClass::kPrepTo) | Bit(WordClass::kPrepPlace)))) {
          bool only_det = true;
          for (size_t j = k + 2; j < m.b; ++j) {
            only_det &= (c.Mask(j) & Bit(WordClass::kDet)) != 0 || c.tokens[j].folded == "'";
          }
          if (only_det) apposition = true;
        }
      }
      // ", y" before any act of the clause goes on with a list of parties
      // given with appositions ("la presidenta de México, Claudia Sheinbaum,
      // y el presidente de Chile, Gabriel Boric, se reunieron") (r7-es).
      if (c.Mask(k) & Bit(WordClass::kAnd)) {
        bool act_before = false;
        for (size_t j = cuts.back(); j + 1 < k && !act_before; ++j) {
          act_before = (c.Mask(j) & Bit(WordClass::kEvent)) != 0;
        }
        if (!act_before) apposition = true;
      }
      if (!apposition) cuts.push_back(k);
    } else if (prev == "," && c.lang == "es" && (c.Mask(k) & Bit(WordClass::kDet)) && k + 1 < se &&
               (c.tokens[k + 1].folded == "cual" || c.tokens[k + 1].folded == "cuales")) {
      // ", los cuales impusieron", ", la cual envió": a relative opened by
      // its article (p-actor2).
      cuts.push_back(k);
    } else if (prev == "," && c.lang == "es" &&
               (c.Mask(k) & (Bit(WordClass::kPrepPlace) | Bit(WordClass::kPrepWith) |
                             Bit(WordClass::kPrepTo))) &&
               [&] {
                 // A relative after "en" starts a clause too (", en la que
                 // acordaron"), and so does one after "a" that opens an act
                 // (", a la que asistieron los mandatarios de") (r4-es), and an
                 // object relative (", a quien trasladó sus condolencias", ", al
                 // que felicitó"): its act is not the complement of the main
                 // clause's, and its object is the party before the comma (r9-es).
                 size_t n = k + 1;
                 while (n < se && n <= k + 2 && (c.Mask(n) & Bit(WordClass::kDet))) ++n;
                 if (n >= se) return false;
                 const std::string& w = c.tokens[n].folded;
                 const bool relative =
                     w == "que" || w == "quien" || w == "quienes" || w == "cual" || w == "cuales";
                 // An object relative naming its own subject (", a los que los
                 // Veintisiete acusan de") keeps the old reading.
                 if (!relative || !(c.Mask(k) & Bit(WordClass::kPrepTo)) ||
                     (c.Mask(k) & Bit(WordClass::kEvent))) {
                   return relative;
                 }
                 for (size_t j = n + 1; j < se && j <= n + 3; ++j) {
                   if (c.tokens[j].folded == "," || (c.Mask(j) & Bit(WordClass::kEvent))) break;
                   for (const auto& m : mentions) {
                     if (m.b == j && !m.code.empty() && !m.obj_pronoun) return false;
                   }
                 }
                 return true;
               }()) {
      cuts.push_back(k);
    } else if (prev != "," && c.lang == "es" && (c.Mask(k) & Bit(WordClass::kPrepTo)) &&
               (c.Mask(k) & Bit(WordClass::kEvent)) && k + 2 < se &&
               (c.Mask(k + 1) & Bit(WordClass::kDet)) && c.tokens[k + 2].folded == "que") {
      // The same act opened without a comma ("en una ceremonia a la que
      // asistieron los mandatarios de ...") (r5-es).
      cuts.push_back(k);
    } else if (prev == "," && (c.Mask(k) & Bit(WordClass::kAnd))) {
      // ", and both sides condemned ...": a new subject after a clause that
      // already has its act starts a clause of its own (not a list of
      // subjects: "Estonia, Latvia, and Lithuania condemned").
      bool act_before = false;
      for (size_t j = cuts.back(); j + 1 < k && !act_before; ++j) {
        act_before = (c.Mask(j) & Bit(WordClass::kEvent)) != 0;
      }
      size_t n = k + 1;
      while (n < se && (c.Mask(n) & Bit(WordClass::kDet))) ++n;
      bool new_subject = false;
      for (const auto& m : mentions) {
        // The mention may start at its determiner (", and the two sides").
        new_subject |=
            m.b > k && m.b <= n && m.prep == 0 && (m.plural || m.pronoun || !m.code.empty());
      }
      if (act_before && new_subject) cuts.push_back(k);
    } else if (k + 2 < se && c.tokens[k + 2].folded == "que" && c.tokens[k + 1].folded == "de" &&
               c.lang == "es" &&
               (c.tokens[k].folded == "después" || c.tokens[k].folded == "luego" ||
                c.tokens[k].folded == "antes")) {
      // A temporal subordinator opens a finite clause with its own subject,
      // comma or not ("llamó a consultas a su embajador después de que el
      // Tesoro de Estados Unidos impusiera sanciones a Petro", "después de
      // que Trump llamara a Petro «líder del narcotráfico»") (r7-es).
      cuts.push_back(k);
    }
  }
  cuts.push_back(se);

  if (debug_) {
    std::string line = "[sentence]";
    size_t mi = 0;
    for (size_t k = sb; k < se; ++k) {
      while (mi < mentions.size() && mentions[mi].e <= k) ++mi;
      if (mi < mentions.size() && mentions[mi].b == k) {
        const Mention& m = mentions[mi];
        line += " {" + std::string(m.code) + (m.plural ? " PL" : "") + (m.pronoun ? " PRON" : "") +
                (m.has_role ? " ROLE" : "") + (m.place ? " PLACE" : "") +
                (m.prep ? " prep=" + std::to_string(m.prep) : "") + "}";
      }
      line +=
          " " + std::string(c.text.substr(c.tokens[k].begin, c.tokens[k].end - c.tokens[k].begin));
      if (c.Mask(k)) line += "/" + std::to_string(c.Mask(k));
    }
    std::fprintf(stderr, "%s\n", line.c_str());
  }
  // Only a sentence with a trigger candidate (an event pattern, or an
  // evaluation/discussion word that a relations/cooperation noun turns into
  // PRAISE/COOPERATION) can emit an event; most sentences of an article
  // have none and need only their mentions and clause subjects for the
  // discourse. Dates, tone and topics are computed for events only.
  // Every lexicon class some word of the sentence has, computed once: a
  // scan for a class the sentence lacks is skipped (perf11).
  uint64_t sentence_classes = 0;
  for (size_t k = sb; k < se; ++k) sentence_classes |= c.Mask(k);
  constexpr uint64_t kCandidate =
      Bit(WordClass::kEvent) | Bit(WordClass::kEval) | Bit(WordClass::kDiscuss);
  const bool trigger_candidate = (sentence_classes & kCandidate) != 0;
  const std::vector<std::pair<size_t, std::string>> dates =
      trigger_candidate && MayHoldDate(c.tokens, sentence_classes, sb, se)
          ? DatesIn(c, sb, se)
          : std::vector<std::pair<size_t, std::string>>{};
  const double sentence_tone = trigger_candidate ? SentenceTone(c, sb, se) : 0.0;
  const int condolence_type = condolence_;
  const int congratulation_type = congratulation_;
  // A protest note is a message too ("передал ноту протеста") (r4-dfr).
  const int protest_note_type = protest_;
  std::vector<std::string>& topics = scratch.topics;
  topics.clear();
  const bool topic_words = trigger_candidate && (sentence_classes & Bit(WordClass::kTopic));
  for (size_t k = sb; k < se && topic_words; ++k) {
    if (const LexHit* h = c.Find(k, WordClass::kTopic); h && h->text) {
      if (std::find(topics.begin(), topics.end(), *h->text) == topics.end()) {
        topics.push_back(*h->text);
      }
    }
  }

  // `span` is the trigger's length: a negation inside a split predicate
  // ("äußerte sich öffentlich nicht kritisch", "warf X nicht vor") counts.
  // `nominal`: the trigger is a noun, which a refusal after it can govern
  // ("Der Besuch wurde abgesagt"); a verb is governed only from before.
  // German verb-second clauses put "nicht" last, after the objects: it
  // negates the clause's predicate and the act named before it ("Öffentliche
  // Kritik an X äußerte er dagegen nicht", "Die Einreiseverbote übernimmt die
  // Schweiz vorerst nicht"). A comma or "und" in between starts another
  // predicate ("kritisierte X und lobte Y nicht").
  auto clause_final_nicht = [&](size_t t, size_t ce) {
    if (c.lang != "de") return false;
    size_t last = ce;
    while (last > t + 1 && !c.tokens[last - 1].is_word) --last;
    if (last > t + 1 && c.tokens[last - 1].folded == "nicht") {
      bool other_predicate = false;
      for (size_t k = t + 1; k + 1 < last && !other_predicate; ++k) {
        other_predicate = c.tokens[k].folded == "," || (c.Mask(k) & Bit(WordClass::kAnd)) != 0;
      }
      if (!other_predicate) return true;
    }
    return false;
  };
  auto negated = [&](size_t t, size_t cb, size_t ce, size_t span = 1, bool nominal = false) {
    // Every reading below but the clause-final "nicht" needs a refusal
    // (@refuse) or negation (@neg) word inside the sentence: without one
    // in the sentence's class summary, only that one is left to check. A
    // new reading that needs neither class goes above this line (perf12).
    if (!(sentence_classes & (Bit(WordClass::kRefuse) | Bit(WordClass::kNegation)))) {
      return clause_final_nicht(t, ce);
    }
    // An infinitive cut off its governing verb by a comma ("vermied es, die
    // Haltung ... zu kritisieren", "declined, as in May, to condemn") is
    // refused by that verb too.
    bool infinitive = t > cb && (c.tokens[t - 1].folded == "zu" || c.tokens[t - 1].folded == "to");
    // A noun inside such an infinitive ("lehnte es ab, die russischen Angriffe
    // zu verurteilen") is the refused act's object.
    for (size_t j = t + 1; nominal && !infinitive && j + 1 < ce; ++j) {
      infinitive = (c.tokens[j].folded == "zu" || c.tokens[j].folded == "to") &&
                   (c.Mask(j + 1) & Bit(WordClass::kEvent));
    }
    // A refusal heading a gap pattern with another act inside it ("rechazó
    // condenar las declaraciones"): that act is refused, nothing criticised.
    if (c.Mask(t) & Bit(WordClass::kRefuse)) {
      for (size_t j = t + 1; j < std::min(ce, t + span); ++j) {
        if (c.Mask(j) & Bit(WordClass::kEvent)) return true;
      }
    }
    // A refusal governs the nearest trigger on its side, before it ("declined
    // to condemn") or after it ("Zu einer Kritik ... ließ sich der Kanzler
    // nicht hinreißen"); another trigger in between is outside its scope
    // ("declined to condemn Russia during his visit to Beijing": the visit).
    auto trigger_between = [&](size_t a, size_t b) {
      for (size_t j = a + 1; j < b; ++j) {
        if (j >= t && j < t + span) continue;
        if (c.Mask(j) & Bit(WordClass::kEvent)) return true;
      }
      return false;
    };
    // A longer refusal headed by the trigger word itself ("reist die
    // Delegation nach X weiter": the schedule) governs it too.
    const LexHit* own_refusal = c.Find(t, WordClass::kRefuse);
    if (own_refusal && own_refusal->length > span) return true;
    // Talks named as the purpose of a planned or refused trip share its fate
    // ("is expected to travel to Tokyo next week for talks with ...") (r2-en).
    const bool purpose_noun = nominal && t > cb && c.tokens[t - 1].folded == "for";
    for (size_t k = infinitive ? sb : cb; k < (nominal ? ce : t); ++k) {
      if (k == t) continue;
      // "rechazó y condenó", "rejected and condemned": a second verb, not a refusal.
      // Not after a noun act fronted before its refusal ("от критики ... он
      // воздержался и заявил", "Zu einer Kritik ließ er sich nicht hinreißen
      // und sagte"): "and" then opens the next predicate (r13-ru).
      bool coordinated = k < t && k + 1 < ce && (c.Mask(k + 1) & Bit(WordClass::kAnd));
      // Nor is a verb joined by "and" after a denial with its own object
      // ("Islamabad denied the charge and accused New Delhi", "Peking wies
      // die Darstellung zurück und beschuldigte Tokio", "a rejeté ces
      // accusations et accusé à son tour Haïti", "negó las acusaciones y
      // acusó a Quito", "отверг обвинения и обвинил Манилу"): another
      // predicate, not the refused act (p-crit7). A noun trigger of that
      // predicate is its object, not the denied thing's ("rejected the
      // accusation and warned that Tehran would take reciprocal measures",
      // "a rejeté ces accusations et annoncé des mesures de rétorsion")
      // (crit12); a refusal after a noun trigger still governs it.
      if (!coordinated && (!nominal || k < t) && !infinitive && k + 1 < t) {
        const std::string& nx = c.tokens[k + 1].folded;
        // The denied thing follows as a noun phrase ("the charge", "die
        // Darstellung", "ces accusations", "any involvement", "обвинения"),
        // not a verb, "es" or a name ("wird Abdullah in Wien ..."); a
        // demonstrative opens one too ("these claims", "ces accusations",
        // "estas acusaciones", "diese Vorwürfe").
        const bool own_object =
            (c.Mask(k + 1) & Bit(WordClass::kDet)) || nx == "any" || nx == "jede" ||
            nx == "jegliche" || nx == "toute" || nx == "tout" || nx == "cualquier" ||
            nx == "toda" || nx == "todo" || nx == "these" || nx == "this" || nx == "those" ||
            nx == "ces" || nx == "cette" || nx == "ce" || nx == "cet" || nx == "estas" ||
            nx == "estos" || nx == "esas" || nx == "esos" || nx == "esta" || nx == "esa" ||
            nx == "diese" || nx == "diesen" || nx == "dieser" || nx == "dieses" ||
            (c.lang == "ru" && (StartsWith(nx, "обвинени") || StartsWith(nx, "утвержд") ||
                                StartsWith(nx, "заявлени") || StartsWith(nx, "эт")));
        for (size_t j = k + 2; own_object && j < t && !coordinated; ++j) {
          coordinated = (c.Mask(j) & Bit(WordClass::kAnd)) != 0;
        }
      }
      // An infinitive is the refused act itself, whatever nouns stand
      // between ("vermied es, Kasachstans Rolle beim Reexport sanktionierter
      // Güter zu kritisieren").
      if ((c.Mask(k) & Bit(WordClass::kRefuse)) && !coordinated &&
          ((infinitive && k < t) || (purpose_noun && k < t) ||
           !trigger_between(std::min(k, t), std::max(k, t))))
        return true;
    }
    // "will not keep us waiting" says the act comes soon, it negates
    // nothing ("ответные меры не заставят себя ждать", "les représailles ne
    // se feront pas attendre", "las represalias no se harán esperar", "die
    // Antwort wird nicht lange auf sich warten lassen") (r7-sanc).
    auto soon_idiom = [&](size_t k) {
      for (size_t j = k + 1; j < std::min(ce, k + 6); ++j) {
        const std::string& w = c.tokens[j].folded;
        if (w == "ждать" || w == "attendre" || w == "esperar" || w == "warten") return true;
      }
      return false;
    };
    for (size_t k = t > cb + 5 ? t - 5 : cb; k < t; ++k) {
      if ((c.Mask(k) & Bit(WordClass::kNegation)) && !soon_idiom(k)) return true;
    }
    for (size_t k = t + 1; k < std::min(ce, std::max(t + 3, t + span)); ++k) {
      if ((c.Mask(k) & Bit(WordClass::kNegation)) && !soon_idiom(k)) return true;
    }
    return clause_final_nicht(t, ce);
  };
  // "Während des Treffens": a block word (for all types, or the one its
  // value names) right before the trigger, articles skipped.
  auto blocked = [&](size_t t, size_t cb, int type) {
    // Only a @block word blocks: none in the sentence, nothing to look for
    // (perf12).
    if (!(sentence_classes & Bit(WordClass::kBlock))) return false;
    // A finite verb or infinitive right after a time word is the act itself
    // ("Después conversó con ...", "tras reunirse con ..."); only a noun
    // names an act already told ("después de la reunión", "nach dem
    // Treffen"), so a general block word governs nouns only.
    bool verbal = true;
    for (uint32_t h = 0; h < c.token_hits[t].count && verbal; ++h) {
      const LexHit& o = c.hits[c.token_hits[t].begin + h];
      verbal = !(o.cls == WordClass::kEvent && o.event_type == type && (o.flags & kNominal));
    }
    size_t k = t;
    for (int steps = 0; steps < 3 && k > cb; ++steps) {
      --k;
      // An indefinite article introduces a new act ("Bei einem Treffen mit
      // seinem Amtskollegen", "during a meeting with"), not the one known.
      const std::string& w = c.tokens[k].folded;
      if (IsIndefiniteArticle(c.lang, w)) return false;
      // Every block phrase covering k counts, so a one-type word ("ходе",
      // MEETING) does not hide the general phrase it ends ("в ходе").
      for (size_t j = k >= cb + 3 ? k - 3 : cb; j <= k; ++j) {
        if (!(c.Mask(j) & Bit(WordClass::kBlock))) continue;
        for (uint32_t h = 0; h < c.token_hits[j].count; ++h) {
          const LexHit& b = c.hits[c.token_hits[j].begin + h];
          if (b.cls != WordClass::kBlock || j + b.length <= k) continue;
          if (!b.text && verbal) continue;
          if (!b.text || *b.text == lex_->event_types()[static_cast<size_t>(type)].name)
            return true;
        }
      }
      if (c.Mask(k) & Bit(WordClass::kDet)) continue;
      // The apostrophe of an elided article belongs to it: "Au cours de
      // l'entretien", "lors de l'échange" are blocked like "de la rencontre"
      // (r5-fr).
      if (w == "'" || w == "’") {
        --steps;  // not counted as a word
        continue;
      }
      // A trigger word of the same type before it belongs to the same
      // phrase ("called for humanitarian aid").
      bool same_type = false;
      for (uint32_t h = 0; h < c.token_hits[k].count && !same_type; ++h) {
        const LexHit& o = c.hits[c.token_hits[k].begin + h];
        same_type = o.cls == WordClass::kEvent && o.event_type == type;
      }
      // Not a verb after the noun: "Am Rande des Treffens kam Wadephul mit
      // ... zusammen" is a meeting of its own, the noun is the block's
      // object (r10-de).
      if (!same_type || verbal) return false;
    }
    return false;
  };

  // Sports and business vocabulary: no diplomacy in this sentence ("Trainer
  // X gratulierte dem Gegner", "trifft am Dienstag auf Dänemark").
  bool offtopic = false;
  for (size_t k = sb; k < se && !offtopic && (sentence_classes & Bit(WordClass::kOfftopic)); ++k) {
    // Not inside a proper name ("the UN Centre for the Sustainable
    // Development Goals"); German capitalises every noun.
    offtopic = (c.Mask(k) & Bit(WordClass::kOfftopic)) != 0 &&
               (k == sb || c.lang == "de" || !IsCapitalised(c.text, c.tokens[k]));
  }
  // A foreign counterpart named in it keeps the sentence diplomatic
  // ("gratulierte seinem usbekischen Amtskollegen zum Titelgewinn der
  // usbekischen Nationalmannschaft") (r6-de).
  if (offtopic) {
    offtopic = std::none_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
      if (m.code.empty() || m.dead) return false;
      for (size_t k = m.b; k < m.e; ++k) {
        if (c.Mask(k) & Bit(WordClass::kCounterpart)) return true;
      }
      return false;
    });
  }
  if (offtopic) ++c.offtopic_sentences;

  std::vector<Participant> sentence_subject;
  std::string sentence_text;       // the sanitized sentence of its events
  KeySet& done = c.sentence_keys;  // type + participants already emitted in this sentence
  done.clear();
  const size_t sentence_first_event = c.out.events.size();  // this sentence's first event
  std::optional<Participant> giverless_scene;  // where this sentence's help goes (p-ctx9)
  bool cooperation_done = false;

  for (size_t ci = 0; ci + 1 < cuts.size(); ++ci) {
    const size_t cb = cuts[ci], ce = cuts[ci + 1];
    // Triggers of this clause.
    std::vector<Trigger>& triggers = scratch.triggers;
    triggers.clear();
    size_t first_event = SIZE_MAX;
    size_t first_weak = SIZE_MAX;  // a call or trip ("telefonierte", "spoke by phone")
    // A noun in a prepositional complement: what a call is about ("über neue
    // Sanktionen", "about sanctions", "sur les sanctions", "für
    // Strafmaßnahmen"); an infinitive marker before it makes it a purpose
    // ("to offer his condolences").
    // Inside a channel phrase: from "via", "through", "über", "a través de",
    // "par l'intermédiaire de", "через" up to the next comma or trigger.
    auto in_channel = [&](size_t at) {
      for (size_t k = at; k > cb;) {
        --k;
        const std::string& w = c.tokens[k].folded;
        if (w == "," || (c.Mask(k) & Bit(WordClass::kEvent))) return false;
        if (w == "via" || w == "through" || w == "über" || w == "través" || w == "intermédiaire" ||
            w == "travers" || w == "через" || w == "mediante") {
          return true;
        }
      }
      return false;
    };
    // An organisation named as the setting of a summit ("on the sidelines
    // of the ASEAN summit", "en el marco de la cumbre del Mercosur", "на
    // полях саммита ШОС", "am Rande des NATO-Gipfels") is where the parties
    // met, not one of them.
    // Its office-holders in that phrase are the setting too ("on the
    // sidelines of the G20 foreign ministers' meeting") (r8-en).
    auto summit_setting = [&](const Mention* m) {
      if (m->kind != EntryKind::kOrganisation || m->has_person) return false;
      auto summit = [](const std::string& w) {
        return StartsWith(w, "summit") || StartsWith(w, "gipfel") || StartsWith(w, "sommet") ||
               StartsWith(w, "cumbre") || StartsWith(w, "саммит") || StartsWith(w, "sidelines") ||
               w == "rande" || w == "marge" || w == "полях";
      };
      if (!m->has_role && m->e < ce && summit(c.tokens[m->e].folded)) return true;
      if (!m->has_role && m->e + 1 < ce && c.tokens[m->e].folded == "-" &&
          summit(c.tokens[m->e + 1].folded)) {
        return true;
      }
      for (size_t k = m->b, steps = 0; k > cb && steps < 4; ++steps) {
        --k;
        if (summit(c.tokens[k].folded)) return true;
        if (!(c.Mask(k) & (Bit(WordClass::kDet) | Bit(WordClass::kPrepOf)))) break;
      }
      return false;
    };
    // A witness of an act: "in the presence of X", "en présence de",
    // "en presencia de", "im Beisein von", "in Anwesenheit von", "в
    // присутствии" before the mention (articles, "of" and adjectives
    // between), or "with/as X looking on / looked on / watching / in
    // attendance" after it (r9-en).
    auto witness = [&](const Mention* m) {
      for (size_t k = m->b, steps = 0; k > cb && steps < 4; ++steps) {
        --k;
        const std::string& w = c.tokens[k].folded;
        if (w == "presence" || w == "présence" || w == "presencia" || w == "beisein" ||
            w == "anwesenheit" || w == "присутствии") {
          return true;
        }
        if (!c.tokens[k].is_word || (c.Mask(k) & Bit(WordClass::kEvent))) break;
      }
      if (m->b == cb) return false;
      const std::string& before = c.tokens[m->b - 1].folded;
      if (before != "with" && before != "as") return false;
      if (m->e + 1 >= ce && m->e >= ce) return false;
      const std::string& w1 = c.tokens[m->e].folded;
      const std::string& w2 = m->e + 1 < ce ? c.tokens[m->e + 1].folded : w1;
      return ((w1 == "looking" || w1 == "looked") && w2 == "on") || w1 == "watching" ||
             (w1 == "in" && w2 == "attendance");
    };
    // German nouns are capitalised, so the lowercase inflected words right
    // before a noun are its attributes, also coordinated and quoted ("für die
    // „rasche und unbürokratische“ Hilfe", "für die langjährige deutsche
    // Unterstützung"): the first of them, or `at` when there are none (r7-de).
    auto de_attributes_from = [&](size_t at) {
      if (c.lang != "de") return at;
      const uint64_t stops =
          Bit(WordClass::kEvent) | Bit(WordClass::kDet) | Bit(WordClass::kClause) |
          Bit(WordClass::kPrepTo) | Bit(WordClass::kPrepWith) | Bit(WordClass::kPrepOf) |
          Bit(WordClass::kPrepPlace) | Bit(WordClass::kPrepBy) | Bit(WordClass::kPrepAgainst);
      auto attribute = [&](size_t j) {
        const Token& tk = c.tokens[j];
        const std::string& w = tk.folded;
        return tk.is_word && !IsCapitalised(c.text, tk) && !(c.Mask(j) & stops) && w.size() > 3 &&
               (EndsWith(w, "e") || EndsWith(w, "en") || EndsWith(w, "er") || EndsWith(w, "es") ||
                EndsWith(w, "em"));
      };
      auto quote = [&](size_t j) {
        const std::string& w = c.tokens[j].folded;
        return w == "\"" || w == "\xE2\x80\x9E" || w == "\xE2\x80\x9C" || w == "\xC2\xBB" ||
               w == "\xC2\xAB";
      };
      size_t first = at;
      for (size_t j = at; j > cb + 1;) {
        --j;
        if (attribute(j)) {
          first = j;
        } else if (!quote(j) &&
                   !(j + 1 < at && attribute(j + 1) && j > cb &&
                     ((c.Mask(j) & Bit(WordClass::kAnd)) || c.tokens[j].folded == ",") &&
                     attribute(j - 1))) {
          break;
        }
      }
      while (first > cb && quote(first - 1)) --first;
      return first;
    };
    // The call's own argument is no topic ("nahm an den Gesprächen teil").
    auto in_topic_phrase = [&](size_t at) {
      for (size_t k = at, steps = 0; k > cb && steps < 3; ++steps) {
        const std::string& w = c.tokens[--k].folded;
        if (w == "to" || w == "zu" || w == "pour" || w == "para" || w == "чтобы") return false;
        if (w == "about" || w == "for" || w == "über" || w == "für" || w == "sur" || w == "sobre" ||
            w == "о" || w == "об") {
          return true;
        }
      }
      return false;
    };
    int first_event_type = -1;
    // Nominal triggers inside another event.
    std::vector<int>& complement_types = scratch.complement_types;
    complement_types.clear();
    bool deed = false;  // "the measures", "den Schritt"
    std::optional<std::pair<std::vector<Participant>, std::vector<Participant>>> clause_meeting;
    std::optional<size_t> eval_at, discuss_at;
    bool relation = false, coop = false;
    // The author named inside a sanction noun's own phrase (r5-types): the
    // agent after a participle ("le train de sanctions adopté par l'UE",
    // "la suspensión de visas anunciada por Washington"), the subject of a
    // relative clause right after the noun ("sanciones contra Rusia que los
    // Veintisiete aprobaron", "die Sanktionen, die die EU … verhängt
    // hatte"), a Russian agent in the instrumental after a participle
    // ("пакет санкций, утверждённый Евросоюзом", "принятый в среду
    // Евросоюзом пакет санкций") or a German agent before the noun ("die von
    // Brüssel … verhängten Einreiseverbote"). `end` receives the end of the
    // phrase searched.
    auto participle_ru = [&](size_t j) {
      const std::string& w = c.tokens[j].folded;
      if (w.size() < 14 || w == "иностранных" || w == "иностранный") return false;
      for (const char* e : {"нный", "нная", "нное", "нные", "нным", "нной", "нного", "нных", "тый",
                            "тая", "тое", "тые", "тым", "тых"}) {
        if (w.ends_with(e)) return true;
      }
      return false;
    };
    auto instrumental_ru = [&](const Mention& m) {
      const std::string& w = c.tokens[m.b].folded;
      return m.e == m.b + 1 && (w.size() <= 6 || EndsWith(w, "ом") || EndsWith(w, "ем") ||
                                EndsWith(w, "ой") || EndsWith(w, "ей"));
    };
    // The word after "and" at `j` opens a second predicate: a lowercase word
    // of no lexicon class, not one more attribute agreeing with the one
    // before "and" ("económicas y financieras", "économiques et
    // financières" share their ending) (r13-es).
    auto verb_after_and = [&](size_t j) {
      if (j == 0 || j + 1 >= c.tokens.size()) return false;
      const Token& next = c.tokens[j + 1];
      if (!next.is_word || c.Mask(j + 1) || IsCapitalised(c.text, next)) return false;
      const std::string& a = c.tokens[j - 1].folded;
      const std::string& b = next.folded;
      return !(a.size() > 3 && b.size() > 3 && a.compare(a.size() - 2, 2, b, b.size() - 2, 2) == 0);
    };
    auto sanction_author = [&](size_t k, size_t len, bool nominal, size_t* end) -> const Mention* {
      size_t stop = ce;
      if (ci + 2 < cuts.size() && ce <= k + len + 8 && (c.Mask(ce) & Bit(WordClass::kClause)) &&
          !(c.Mask(ce) & Bit(WordClass::kAnd))) {
        stop = cuts[ci + 2];
      }
      stop = std::min(stop, k + len + 12);
      if (end) *end = stop;
      const Mention* found = nullptr;
      size_t relative = SIZE_MAX;  // the relative word ("die die EU": the article is none)
      for (size_t j = k + len; nominal && j < stop && !found; ++j) {
        const uint64_t mask = c.Mask(j);
        if ((mask & Bit(WordClass::kEvent)) && relative == SIZE_MAX) break;  // another act
        // A second predicate coordinated after the noun ("criticó las
        // sanciones como «injustas» y recordó que México ...", "and said
        // that") ends its phrase: a "que"/"that" after it opens that verb's
        // reported clause, no relative on the sanctions (r13-es).
        if (relative == SIZE_MAX && (mask & Bit(WordClass::kAnd)) && j + 1 < stop &&
            verb_after_and(j)) {
          break;
        }
        const std::string& w = c.tokens[j].folded;
        const bool rel_word = w == "that" || w == "which" || w == "que" || w == "qu" ||
                              w == "die" || w == "der" || w == "das" || w == "den" ||
                              w == "denen" || w == "welche" || w == "который" || w == "которые" ||
                              w == "которую" || w == "которого" || w == "которым";
        // German relatives follow a comma ("Sanktionen der EU": an article).
        if (rel_word && (c.lang != "de" || (j > 0 && c.tokens[j - 1].folded == ","))) {
          if (relative != SIZE_MAX && j > relative + 1) break;
          if (relative == SIZE_MAX) relative = j;
        }
        for (const auto& m : mentions) {
          // A capital names its state ("que Washington aprobó", "Лондоном").
          if (m.b != j || m.dead || m.code.empty() || m.pronoun ||
              (m.prep & Bit(WordClass::kPrepPlace))) {
            continue;
          }
          const bool agent = (m.prep & Bit(WordClass::kPrepBy)) != 0;
          bool ru_agent = false;
          for (size_t p = j; c.lang == "ru" && m.prep == 0 && p > k + len && p + 4 > j;) {
            ru_agent |= participle_ru(--p);
          }
          ru_agent = ru_agent && instrumental_ru(m);
          if (agent || ru_agent || (relative != SIZE_MAX && m.prep == 0)) found = &m;
          break;
        }
      }
      if (found || (c.lang != "de" && c.lang != "ru")) return found;
      for (const auto& m : mentions) {
        if (m.dead || m.code.empty() || m.pronoun || (m.prep & Bit(WordClass::kPrepPlace)) ||
            m.e > k || m.b < cb || m.e + 8 < k) {
          continue;
        }
        bool comma = false;
        for (size_t j = m.e; j < k && !comma; ++j) comma = c.tokens[j].folded == ",";
        if (comma) continue;
        if (c.lang == "de" && (m.prep & Bit(WordClass::kPrepBy))) return &m;
        if (c.lang == "ru" && m.prep == 0 && m.b > cb && instrumental_ru(m)) {
          for (size_t p = m.b; p > cb && p + 4 > m.b;) {
            if (participle_ru(--p)) return &m;
          }
        }
      }
      return nullptr;
    };
    for (size_t k = cb; k < ce; ++k) {
      uint64_t mask = c.Mask(k);
      if (!mask) continue;
      if ((mask & Bit(WordClass::kEval)) && !eval_at) eval_at = k;
      if ((mask & Bit(WordClass::kDiscuss)) && !discuss_at) discuss_at = k;
      if (mask & Bit(WordClass::kRelation)) relation = true;
      if (mask & Bit(WordClass::kCoop)) coop = true;
      // A deed whose non-state author follows it ("осудил действия
      // боевиков", "condemned the actions of the militants") is nobody's
      // in the story (r10-ru).
      if (mask & Bit(WordClass::kDeed)) {
        size_t n = k + 1;
        while (n < ce && n <= k + 2 &&
               (c.Mask(n) & (Bit(WordClass::kPrepOf) | Bit(WordClass::kDet))))
          ++n;
        if (n >= ce || !(c.Mask(n) & Bit(WordClass::kNonState))) deed = true;
      }
      if (!(mask & Bit(WordClass::kEvent))) continue;
      // The longest event pattern starting here wins ("welcomed ... decision"
      // over "welcomed").
      const LexHit* best = nullptr;
      for (uint32_t h = 0; h < c.token_hits[k].count; ++h) {
        const LexHit& hit = c.hits[c.token_hits[k].begin + h];
        if (hit.cls != WordClass::kEvent) continue;
        // A qualifying verb reaches its quote over its object only ("llamó
        // a Brasil «...»", "nannte den Schritt „..."), not over a whole
        // clause ("llamó a consultas a su embajador, en lo que calificó de
        // «...»") (r10-es).
        if ((hit.flags & kNeedsNegativeTone) && hit.length > 9) {
          if (SurelyOpensQuote(c.tokens[k + hit.length - 1].folded, c.lang)) continue;
        }
        if (!best || hit.length > best->length) best = &hit;
      }
      // A split verb's bracket closes at its first particle: where a shorter
      // split pattern of the same verb ends right before a clause end, a
      // longer one reaching past it took another verb's particle ("traf X
      // zusammen und lud ihn nach Berlin ein" is no "traf ... ein").
      if (best && (best->flags & kGapped)) {
        for (uint32_t h = 0; h < c.token_hits[k].count; ++h) {
          const LexHit& hit = c.hits[c.token_hits[k].begin + h];
          if (hit.cls != WordClass::kEvent || !(hit.flags & kGapped) ||
              hit.length >= best->length || !SplitBracketClosesAt(c.tokens, k + hit.length)) {
            continue;
          }
          best = &hit;
        }
      }
      // Welcoming an accord is praise, not a meeting: "welcomed the Doha
      // agreement", "welcomed the entry into force of their Reciprocal Access
      // Agreement" (only places, capitalised words and "entry into force of"
      // between) (r4-en).
      LexHit accord_hit;
      if (best && best->event_type == meeting_ && best->length == 1 && c.lang == "en" &&
          praise_ >= 0 && StartsWith(c.tokens[k].folded, "welcom")) {
        auto accord_noun = [](const std::string& w) {
          return w == "agreement" || w == "agreements" || w == "ceasefire" || w == "deal" ||
                 w == "accord" || w == "truce";
        };
        size_t j = k + 1;
        while (j < ce && j < k + 10) {
          const std::string& w = c.tokens[j].folded;
          if (accord_noun(w)) break;
          const bool place = std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
            return !m.dead && m.place && j >= m.b && j < m.e;
          });
          if (!(c.Mask(j) & Bit(WordClass::kDet)) && !place && w != "entry" && w != "into" &&
              w != "force" && w != "of" && w != "peace" &&
              !(c.tokens[j].is_word && IsCapitalised(c.text, c.tokens[j]))) {
            break;
          }
          ++j;
        }
        if (j > k + 1 && j < ce && accord_noun(c.tokens[j].folded)) {
          accord_hit = *best;
          accord_hit.event_type = praise_;
          accord_hit.length = static_cast<uint8_t>(j + 1 - k);
          best = &accord_hit;
        }
        // So is welcoming a thing, not a person: "welcomed the British and
        // European funding", "welcomed the Japanese investment", "welcomed
        // the progress in implementing ..."; a guest, a delegation or an
        // office holder welcomed is received (r10-en).
        size_t n = k + 1;
        while (n < ce && n < k + 10 &&
               ((c.Mask(n) & (Bit(WordClass::kDet) | Bit(WordClass::kAnd))) ||
                (c.tokens[n].is_word && IsCapitalised(c.text, c.tokens[n])) ||
                std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
                  return !m.dead && !m.code.empty() && !m.has_role && !m.has_person && !m.plural &&
                         n >= m.b && n < m.e;
                }))) {
          ++n;
        }
        const bool person_named =
            std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
              return !m.dead && (m.has_role || m.has_person || m.plural) && m.b <= n && m.e > k + 1;
            });
        if (best != &accord_hit && n > k + 1 && n < ce && !person_named && c.tokens[n].is_word &&
            !IsCapitalised(c.text, c.tokens[n]) && (c.Mask(k + 1) & Bit(WordClass::kDet)) &&
            !(c.Mask(n) & Bit(WordClass::kEvent))) {
          const std::string& w = c.tokens[n].folded;
          const bool guest = w == "delegation" || w == "delegations" || w == "guest" ||
                             w == "guests" || w == "visitor" || w == "visitors" ||
                             w == "visiting" || w == "participants" || w == "crew" || w == "team" ||
                             w == "accompanying" || w == "new" || w == "arrival";
          if (!guest) {
            accord_hit = *best;
            accord_hit.event_type = praise_;
            accord_hit.length = static_cast<uint8_t>(n + 1 - k);
            best = &accord_hit;
          }
        }
      }
      // A Romance criticism noun right after a bare noun is the adjective
      // "critical" qualifying it ("minerais critiques", "infrastructures
      // critiques", "minerales críticos", "infraestructuras críticas"): no
      // act. The word before has no class (no article, preposition or other
      // function word) and no complement follows ("de vives critiques à
      // l'égard de", "duras críticas contra el Reino Unido") (crit12).
      if (best && best->event_type == criticism_ && (best->flags & kNominal) && best->length == 1 &&
          (c.lang == "fr" || c.lang == "es") && k > cb && c.Mask(k - 1) == 0 &&
          c.tokens[k - 1].is_word && !IsCapitalised(c.text, c.tokens[k - 1])) {
        const uint64_t complement = Bit(WordClass::kPrepTo) | Bit(WordClass::kPrepOf) |
                                    Bit(WordClass::kPrepAgainst) | Bit(WordClass::kPrepPlace) |
                                    Bit(WordClass::kPrepBy) | Bit(WordClass::kPrepWith);
        if (k + 1 >= ce || !(c.Mask(k + 1) & complement)) best = nullptr;
      }
      // A sanctioning participle after a determiner is an adjective ("the
      // sanctioned officials' assets", "die sanktionierten Firmen"), no act.
      if (best && best->event_type == sanction_ && !(best->flags & kNominal) && best->length == 1 &&
          k > cb && (c.Mask(k - 1) & Bit(WordClass::kDet))) {
        best = nullptr;
      }
      // A message or signal sent is a figure of speech, no aid ("saying it
      // sent \"a clear message\" to the region", "sends a strong signal to
      // investors", "envió una señal clara", "a envoyé un signal fort",
      // "ein klares Signal ... gesendet", "послал сигнал") (r10-en).
      if (best && best->event_type == aid_ && !(best->flags & kNominal)) {
        for (size_t j = k + 1; j < std::min<size_t>(ce, k + best->length); ++j) {
          const std::string& w = c.tokens[j].folded;
          if (w == "message" || w == "messages" || w == "signal" || w == "signals" ||
              w == "señal" || w == "mensaje" || w == "signale" || w == "сигнал") {
            best = nullptr;
            break;
          }
        }
      }
      // Spanish "lamentar" both mourns and regrets: lamenting another
      // party's act ("lamentó la ruptura", "lamentaron asimismo la
      // suspensión del diálogo") criticises it; lamenting deaths or a
      // tragedy stays condolences (r12-es).
      LexHit regret_hit;
      if (best && best->event_type == condolence_ && criticism_ >= 0 && !(best->flags & kNominal) &&
          StartsWith(c.tokens[k].folded, "lament")) {
        size_t j = k + 1;
        while (j < ce && j < k + 4 && !(c.Mask(j) & Bit(WordClass::kDeed)) &&
               ((c.Mask(j) & Bit(WordClass::kDet)) || EndsWith(c.tokens[j].folded, "mente") ||
                c.tokens[j].folded == "asimismo" || c.tokens[j].folded == "también" ||
                c.tokens[j].folded == "además")) {
          ++j;
        }
        if (j < ce && (c.Mask(j) & Bit(WordClass::kDeed))) {
          regret_hit = *best;
          regret_hit.event_type = static_cast<int16_t>(criticism_);
          best = &regret_hit;
        }
      }
      // A trigger word inside the name of an office is no act ("Хозяин
      // встречи поблагодарил гостя": the host).
      for (const auto& m : mentions) {
        if (best && m.has_role && !m.has_person && !m.plural && m.code.empty() && k > m.b &&
            k < m.e) {
          best = nullptr;
        }
      }
      // A courtesy call: "called on" an office holder with no appeal after
      // it is a meeting ("External Affairs Minister S Jaishankar later
      // called on the visiting President", "called on President Murmu at
      // Rashtrapati Bhavan"); "called on President X to release ..." and
      // "called on all parties to ..." are appeals (r10-en).
      LexHit call_on_hit;
      if (best && (best->flags & kComplementOnly) && c.lang == "en" && meeting_ >= 0 &&
          k + 2 < ce && (c.tokens[k].folded == "called" || c.tokens[k].folded == "calls") &&
          c.tokens[k + 1].folded == "on") {
        const Mention* holder = nullptr;
        for (const auto& m : mentions) {
          if (!m.dead && m.b >= k + 2 && m.b <= k + 4 && (m.has_person || m.has_role) &&
              !m.plural) {
            holder = &m;
            break;
          }
        }
        bool appeal = false;
        for (size_t j = k + 2; holder && j < ce && !appeal; ++j) {
          const std::string& w = c.tokens[j].folded;
          appeal = (w == "to" && !(j + 1 < ce && (c.Mask(j + 1) & Bit(WordClass::kDiscuss)))) ||
                   w == "for" || w == "not";
        }
        if (holder && !appeal) {
          call_on_hit = *best;
          call_on_hit.event_type = static_cast<int16_t>(meeting_);
          call_on_hit.flags = kVerbal;
          call_on_hit.length = 2;
          best = &call_on_hit;
        }
      }
      if (best && (best->flags & kComplementOnly)) {
        // "kritisierte das Treffen": names an act only as a complement.
        if (first_event < k) complement_types.push_back(best->event_type);
        best = nullptr;
      }
      // "zeigte sich Frankreich für die Unterstützung dankbar": an act named
      // after "für"/"for" before the thanks is what is thanked for.
      const size_t k_np = best && (best->flags & kNominal) ? de_attributes_from(k) : k;
      if (best && (best->flags & kNominal) && best->event_type != thanks_ && thanks_ >= 0 &&
          k_np > cb && (c.Mask(k_np - 1) & (Bit(WordClass::kPrepTo) | Bit(WordClass::kDet)))) {
        bool reason = false;
        for (size_t j = k_np; j > cb && j + 3 > k_np;) {
          --j;
          if (c.Mask(j) & Bit(WordClass::kPrepTo)) {
            reason = true;
            break;
          }
          if (!(c.Mask(j) & Bit(WordClass::kDet))) break;
        }
        bool thanks_after = false;
        for (size_t j = k + best->length; reason && j < ce && !thanks_after; ++j) {
          for (uint32_t h = 0; h < c.token_hits[j].count; ++h) {
            const LexHit& o = c.hits[c.token_hits[j].begin + h];
            thanks_after |= o.cls == WordClass::kEvent && o.event_type == thanks_;
          }
        }
        if (thanks_after) {
          complement_types.push_back(best->event_type);
          best = nullptr;
        }
      }
      if (best) {
        const LexHit& hit = *best;
        bool suppressed = (hit.flags & kNominal) && first_event < k;
        // A noun act after "and" + a verb of its own is a second act, not the
        // complement of the first ("condemned the attack ... and extended its
        // condolences to ..."; but "for the aid and the condolences").
        for (size_t j = k; suppressed && j > first_event + 1;) {
          --j;
          if (!(c.Mask(j) & Bit(WordClass::kAnd))) continue;
          const uint64_t preps = Bit(WordClass::kPrepTo) | Bit(WordClass::kPrepWith) |
                                 Bit(WordClass::kPrepOf) | Bit(WordClass::kPrepPlace) |
                                 Bit(WordClass::kPrepBy) | Bit(WordClass::kPrepAgainst);
          bool verb = false, prep = false;
          // The second verb may report a clause that holds the noun act
          // ("rejected the accusation and warned that Tehran would take
          // reciprocal measures", "et averti que Moscou prendrait des mesures
          // de rétorsion"): a reported act, farther than five words (crit12).
          // Its prepositions belong to the reported clause, not to a phrase
          // around the noun.
          size_t reported_at = SIZE_MAX;
          for (size_t v = j + 2; v < k && v <= j + 3 && reported_at == SIZE_MAX; ++v) {
            if (c.Mask(v) & Bit(WordClass::kClause)) reported_at = v;
          }
          const bool reported = reported_at != SIZE_MAX;
          for (size_t v = j + 1; v < k; ++v) {
            const uint64_t mv = reported && v > reported_at ? c.Mask(v) & ~preps : c.Mask(v);
            // A verb that only carries what it names ("и передал Кулубаеву
            // приглашение", "передал ноту") is the second predicate's own
            // verb, no act in between (r10-ru).
            bool carrier = false;
            for (uint32_t h = 0; h < c.token_hits[v].count; ++h) {
              const LexHit& o = c.hits[c.token_hits[v].begin + h];
              carrier |= o.cls == WordClass::kEvent && (o.flags & kComplementOnly) &&
                         !(o.flags & kNominal);
            }
            prep |= (mv & preps) != 0 || ((mv & Bit(WordClass::kEvent)) != 0 && !carrier);
            verb |= !(mv & Bit(WordClass::kDet)) && c.tokens[v].is_word &&
                    !IsCapitalised(c.text, c.tokens[v]);
          }
          // Not between two attributes of the noun ("für die schnelle und
          // großzügige Hilfe") (r7-de).
          if (verb && !prep && (k - j <= 5 || (reported && k - j <= 12)) &&
              de_attributes_from(k) >= j) {
            suppressed = false;
          }
          break;
        }
        // An act in a time phrase ("during his visit to Beijing") is a
        // circumstance of its own, not the complement of the act before it.
        bool circumstance = false;
        for (size_t j = k, steps = 0; suppressed && j > cb && steps < 3; ++steps) {
          --j;
          if (const LexHit* b = c.Find(j, WordClass::kBlock)) {
            // A preposition blocking one type is no time phrase ("в связи с
            // визитом", "hablar de la visita"): the act stays a complement.
            const uint64_t preps = Bit(WordClass::kPrepWith) | Bit(WordClass::kPrepOf);
            if (b->text && !(c.Mask(j) & preps) &&
                *b->text != lex_->event_types()[static_cast<size_t>(hit.event_type)].name) {
              suppressed = false;
              circumstance = true;
            }
            break;
          }
          if (!(c.Mask(j) & Bit(WordClass::kDet))) break;
        }
        // A visit named after a meeting is the guest's ("a reçu son homologue
        // ... pour sa première visite officielle en France").
        // Not a visit the guest was invited to make ("met Indonesia's Sugiono
        // and invited him to visit Moscow"): that one is still to come.
        bool invited = false;
        for (size_t j = first_event + 1; j < k && first_event < k && !invited; ++j) {
          for (uint32_t h = 0; h < c.token_hits[j].count; ++h) {
            const LexHit& o = c.hits[c.token_hits[j].begin + h];
            invited |= o.cls == WordClass::kEvent && o.event_type == invitation_;
          }
        }
        const bool guest_visit =
            suppressed && hit.event_type == visit_ && first_event_type == meeting_ && !invited;
        if (guest_visit) suppressed = false;
        // Talks with someone named after a trip are a meeting of their own
        // ("travelled to Vilnius for talks with his Lithuanian counterpart").
        const bool host_talks = suppressed && hit.event_type == meeting_ &&
                                first_event_type == visit_ && k + hit.length < ce &&
                                (c.Mask(k + hit.length) & Bit(WordClass::kPrepWith));
        if (host_talks) suppressed = false;
        // Aid named before an arrival is what arrives ("Une aide alimentaire
        // chinoise est arrivée au Niger"): no visit. In German subject
        // phrases the shipment's sender and load may stand between ("Eine
        // Hilfslieferung der Vereinigten Arabischen Emirate mit 100 Tonnen
        // Lebensmitteln ist im Gazastreifen eingetroffen"): no comma, so no
        // other subject. A traveller named in between is the one arriving
        // ("Nach der Zusage von Hilfe traf der Minister in Kiew ein").
        if (hit.event_type == visit_ && first_event_type == aid_ && first_event < k) {
          bool comma = false;
          for (size_t j = first_event + 1; j < k && !comma; ++j) comma = c.tokens[j].folded == ",";
          const bool traveller = std::any_of(mentions.begin(), mentions.end(), [&](const auto& m) {
            return m.b > first_event && m.b < k && (m.has_person || m.has_role || m.pronoun);
          });
          const bool near =
              k <= first_event + 10 || (c.lang == "de" && k <= first_event + 20 && !comma);
          if (near && !traveller) suppressed = true;
        }
        // The stated purpose of a summons is the summons ("a convoqué
        // l'ambassadeur d'Iran pour dénoncer l'arrestation", "called in the
        // envoy to condemn ...", "para condenar ...") (r5-struct).
        if (hit.event_type == criticism_ && first_event_type == protest_note_type &&
            first_event < k && k <= first_event + 12) {
          for (size_t j = k; j > first_event + 1 && j + 3 > k;) {
            const std::string& w = c.tokens[--j].folded;
            if (w == "to" || w == "pour" || w == "para" || w == "zu" || w == "чтобы") {
              suppressed = true;
              break;
            }
          }
        }
        // The topic of a call: "telefonierte mit Macron über neue Sanktionen".
        if ((hit.flags & kNominal) && first_weak < k && in_topic_phrase(k)) suppressed = true;
        // A message sent ("schickte ein Beileidstelegramm an X", "передал
        // приглашение", "передал ноту протеста") is the message's act, not
        // the complement of an aid verb (r-de; every language: r4-dfr).
        const bool message = hit.event_type == condolence_type ||
                             hit.event_type == congratulation_type || hit.event_type == thanks_ ||
                             hit.event_type == invitation_ || hit.event_type == protest_note_type;
        // Not when another verbal act stands between them: the noun is that
        // act's complement ("envió brigadistas ... y agradeció esa
        // «solidaridad»") (r13-es).
        const bool verb_between =
            std::any_of(triggers.begin(), triggers.end(), [&](const Trigger& o) {
              return o.token > first_event && o.token < k && !(o.flags & kNominal);
            });
        if (suppressed && first_event_type == aid_ && (hit.flags & kNominal) && message &&
            !verb_between) {
          suppressed = false;
        }
        // Messages or aid arriving right after a verb of arrival ("Desde
        // Bogotá ... llegaron mensajes de pésame", "Aus Paris trafen
        // Glückwunschbotschaften ein") are that act, and the arrival is no
        // visit, unless a traveller is named in the clause (r5-struct).
        if (suppressed && first_event_type == visit_ && (hit.flags & kNominal) &&
            (message || hit.event_type == aid_) && k <= first_event + 6) {
          const bool traveller = std::any_of(mentions.begin(), mentions.end(), [&](const auto& m) {
            return !m.dead && m.b >= cb && m.b < ce &&
                   (m.has_person || m.has_role || m.pronoun || m.plural);
          });
          if (!traveller) {
            suppressed = false;
            std::erase_if(triggers, [&](const Trigger& o) {
              return o.token == first_event && o.type == visit_;
            });
          }
        }
        if (suppressed) complement_types.push_back(hit.event_type);
        // A visit judged by another act is still reported as a visit
        // ("denounced the visit of Orbán to Moscow", "раскритиковали поездку
        // в Москву премьер-министра Словакии"), with its own author.
        // Sanctions named inside another act likewise ("s'est félicité de
        // l'adoption de sanctions par l'UE contre ..."), when their own author
        // is named; criticised sanctions are ones already in force.
        const bool embedded =
            suppressed && !guest_visit &&
            ((hit.event_type == visit_ &&
              (first_event_type == criticism_ || first_event_type == praise_)) ||
             (hit.event_type == sanction_ && sanction_ >= 0 &&
              (first_event_type != criticism_ ||
               ((hit.flags & kNominal) && sanction_author(k, hit.length, true, nullptr)))));
        if (embedded) suppressed = false;
        // A qualifying verb in a sentence without negative words is no act,
        // and leaves the nouns after it free ("sprach von einem neuen Kapitel").
        // Its own qualification counts even when the rest of the sentence is
        // friendly ("calificó de \"injusta\" la decisión ..., aunque destacó
        // el diálogo"): the clause from the verb on is negative (r-crit).
        // A qualification in quotes opened right after the verb or inside
        // its pattern is what the verb says, whatever the rest of the
        // sentence: its own tone decides ("calificó a Taiwán como «un
        // ejemplo de democracia»" after "«no cambiará de amigos»", "назвал
        // Казахстан «надёжным союзником»", "a qualifié la Tunisie de « pays
        // frère »"); a quote without evaluative words leaves the old reading.
        // Only marks that open a quote for sure count (not '"', which also
        // closes one: "said she was \"grateful\"") (r10-es).
        double quote_tone = 0.0;
        size_t quote_at = SIZE_MAX;
        if ((hit.flags & kNeedsNegativeTone) && hit.event_type == criticism_) {
          auto opening = [&](size_t j) { return SurelyOpensQuote(c.tokens[j].folded, c.lang); };
          for (size_t j = k + 1; j < ce && j < k + hit.length + 3 && quote_at == SIZE_MAX; ++j) {
            if (opening(j)) quote_at = j;
          }
          if (quote_at != SIZE_MAX) {
            size_t quote_end = quote_at + 1;
            while (quote_end < ce && !opening(quote_end) && c.tokens[quote_end].folded != "»" &&
                   c.tokens[quote_end].folded != "”" && c.tokens[quote_end].folded != "“")
              ++quote_end;
            quote_tone = SentenceTone(c, quote_at + 1, quote_end);
          }
        }
        // A pattern that ends in the quote names no act when the quote
        // holds no evaluation ("lo llamó «para hablar de la frontera»").
        const bool bare_quote = quote_at != SIZE_MAX && quote_at + 1 == k + hit.length;
        const bool untoned =
            (hit.flags & kNeedsNegativeTone) &&
            (quote_tone > 0.0 ||
             (quote_tone == 0.0 &&
              (bare_quote || (sentence_tone >= 0 && SentenceTone(c, k, ce) >= 0))));
        if (untoned) suppressed = true;
        // A qualifying verb whose quoted qualification praises is a PRAISE
        // of what it qualifies ("a qualifié le plan d'autonomie marocain de
        // « base sérieuse et crédible »", "calificó la propuesta peruana de
        // «un paso muy positivo»", "called the accord \"historic\"") (r7-fr).
        if (untoned && praise_ >= 0 && hit.event_type == criticism_ &&
            (quote_tone >= 0.2 || SentenceTone(c, k, ce) >= 0.2) && !blocked(k, cb, praise_) &&
            !negated(k, cb, ce, hit.length, (hit.flags & kNominal) != 0)) {
          bool quoted = quote_at != SIZE_MAX;
          for (size_t j = k + hit.length; j < ce && j < k + hit.length + 3 && !quoted; ++j) {
            const std::string& w = c.tokens[j].folded;
            quoted = w == "«" || w == "“" || w == "\"" || w == "„";
          }
          if (quoted) {
            triggers.push_back({k, hit.length, praise_, false,
                                static_cast<uint8_t>(hit.flags & ~kNeedsNegativeTone), guest_visit,
                                circumstance, embedded, false});
          }
        }
        // A weak trigger ("sent ... to", "telephoned") does not make the
        // nouns after it a complement: "sent condolences to India".
        // A blocked act ("Following the talks, the two leaders witnessed
        // the exchange of MoUs") governs no complement either.
        // A meeting told in a time phrase ("Tras reunirse con el rey,
        // Sánchez anunció el envío de ayuda") is a circumstance: the acts
        // after it are no complements of it (r6-es).
        const std::string& first_word = c.tokens[k].folded;
        const bool time_phrase =
            hit.event_type == meeting_ && hit.length > 1 &&
            (first_word == "tras" || first_word == "después" || first_word == "luego");
        if (first_event == SIZE_MAX && !(hit.flags & kWeak) && !untoned && !time_phrase &&
            !blocked(k, cb, hit.event_type)) {
          first_event = k;
          first_event_type = hit.event_type;
        }
        if (first_weak == SIZE_MAX && (hit.flags & kWeak)) first_weak = k;
        // Sanctions with their own author phrase ("Die von Brüssel ...
        // verhängten Einreiseverbote übernimmt die Schweiz nicht", "refused to
        // join the sanctions imposed by Washington", "se negó a sumarse a las
        // sanciones adoptadas por la UE") were imposed by that author: the
        // negation or refusal is the clause subject's, not the author's
        // (r7-sanc).
        bool refused = negated(k, cb, ce, hit.length, (hit.flags & kNominal) != 0);
        // Only an agent ("by", "von", "par", "por", instrumental) names the
        // author; a relative clause may tell the refusal itself ("the decision
        // to lift sanctions on Syria, which Trump announced").
        // Sanctions the subject only backs ("España respalda el paquete de
        // sanciones ... que los Veintisiete aprobaron", "supports new sanctions
        // against", "soutient les sanctions", "unterstützt das Sanktionspaket",
        // "поддерживает санкции") are not its act; their author's stands
        // (r7-sanc).
        bool backed = false;
        if (hit.event_type == sanction_ && ((hit.flags & kNominal) || c.lang == "de")) {
          for (size_t j = k; j > cb && j + 5 > k && !backed;) {
            --j;
            if (c.Mask(j) & Bit(WordClass::kEvent)) break;
            const std::string& w = c.tokens[j].folded;
            backed = StartsWith(w, "support") || w == "backs" || w == "backed" ||
                     StartsWith(w, "respald") || w == "apoya" || w == "apoyó" || w == "apoyan" ||
                     StartsWith(w, "soutien") || StartsWith(w, "soutenu") ||
                     StartsWith(w, "unterstütz") || StartsWith(w, "befürwort") ||
                     StartsWith(w, "поддерж");
          }
        }
        // Sanctions named as a topic ("Consultada sobre la suspensión de
        // visas ... anunciada por Washington", "asked about the sanctions
        // imposed by") are no act of the clause; only their author's stands.
        // Not "о"/"über"/"sur": "объявил о введении санкций" is the act
        // (r7-sanc).
        if (hit.event_type == sanction_ && (hit.flags & kNominal)) {
          size_t j = k;
          while (j > cb && (c.Mask(j - 1) & Bit(WordClass::kDet))) --j;
          if (j > cb) {
            const std::string& w = c.tokens[j - 1].folded;
            backed |= w == "sobre" || w == "about";
          }
        }
        refused |= backed;
        const Mention* sanction_agent =
            refused && hit.event_type == sanction_ && ((hit.flags & kNominal) || c.lang == "de")
                ? sanction_author(k, hit.length, (hit.flags & kNominal) != 0, nullptr)
                : nullptr;
        const bool authored_only =
            sanction_agent &&
            (backed || (sanction_agent->prep & Bit(WordClass::kPrepBy)) ||
             (c.lang == "ru" && sanction_agent->prep == 0 && instrumental_ru(*sanction_agent)));
        if (authored_only) refused = false;
        // Sanctions named with their own author in a response phrase after
        // another measure of the clause ("banned entry in response to the sanctions imposed by
        // Canberra", "в ответ на санкции, введённые Канберрой") are the
        // measure answered, an act of their own, not the clause's measure
        // restated (r13-ru).
        bool answered_measure = embedded && hit.event_type == sanction_ &&
                                first_event_type == sanction_ && (hit.flags & kNominal);
        if (answered_measure) {
          // "в ответ на", "in response to", "als Antwort auf die von X ..."
          bool response_phrase = false;
          for (size_t j = k; j > cb && j + 8 > k && !response_phrase;) {
            const std::string& w = c.tokens[--j].folded;
            response_phrase = StartsWith(w, "ответ") || StartsWith(w, "antwort") ||
                              StartsWith(w, "reaktion") || StartsWith(w, "respons") ||
                              StartsWith(w, "réponse") || StartsWith(w, "respuesta") ||
                              StartsWith(w, "retaliat") || StartsWith(w, "représaille") ||
                              StartsWith(w, "represalia") || StartsWith(w, "vergeltung");
          }
          answered_measure =
              response_phrase && sanction_author(k, hit.length, true, nullptr) != nullptr;
        }
        if (!suppressed && !blocked(k, cb, hit.event_type) && !refused) {
          bool dup = false;
          for (auto& t : triggers) {
            if (t.type != hit.event_type || answered_measure) continue;
            // A second act of the type with a verb of its own after "and"
            // ("criticised the EU's sanctions and accused NATO of ...", "warf
            // Peking ... vor und kritisierte die Zölle der USA") is an event of
            // its own; restating the same parties is still one (`done`).
            if (!((t.flags | hit.flags) & (kNominal | kWeak)) && k >= t.token + t.length + 2) {
              bool and_verb = false;
              for (size_t j = k - 1; j + 3 >= k && j >= t.token + t.length && !and_verb; --j) {
                if (c.tokens[j].folded == ",") break;
                and_verb = (c.Mask(j) & Bit(WordClass::kAnd)) != 0;
              }
              if (and_verb) continue;
            }
            dup = true;
            // A strong trigger replaces a weak one of the same type
            // ("agreed to work together").
            if ((t.flags & kWeak) && !(hit.flags & kWeak)) {
              t = Trigger{k,         hit.length,  hit.event_type, false,
                          hit.flags, guest_visit, circumstance,   embedded};
            }
          }
          if (!dup)
            triggers.push_back({k, hit.length, hit.event_type, false, hit.flags, guest_visit,
                                circumstance, embedded, authored_only});
        }
      }
    }
    // Russian "принял"/"принимал" with a known person right after it as its
    // object is a reception ("Путин принял Моди", "Лукашенко принимал
    // Алиева"); the lexicon's gap patterns only see role nouns, and a
    // decision or a law taken ("принял решение") names nobody (r2-ru).
    if (c.lang == "ru" && meeting_ >= 0 &&
        std::none_of(triggers.begin(), triggers.end(),
                     [&](const Trigger& t) { return t.type == meeting_; })) {
      for (size_t k = cb; k + 1 < ce; ++k) {
        const std::string& w = c.tokens[k].folded;
        if (w != "принял" && w != "приняла" && w != "принимал" && w != "принимала") continue;
        if (k > cb && (c.Mask(k - 1) & Bit(WordClass::kNegation))) break;
        const bool person_object =
            std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
              return !m.dead && m.b == k + 1 && m.has_person && !m.code.empty();
            });
        if (person_object) {
          // Triggers stay in text order.
          auto at = std::find_if(triggers.begin(), triggers.end(),
                                 [&](const Trigger& t) { return t.token > k; });
          triggers.insert(at, {k, 1, meeting_, false, kVerbal, false, false, false});
        }
        break;
      }
    }
    // ... and the send verb of a message is no aid ("hat ein
    // Beileidstelegramm an Zardari geschickt", "schickte Glückwünsche") (r-de).
    // Only a message that is the verb's own object counts: no comma or "und"
    // between them ("telefonierte, um sein Mitgefühl auszudrücken, und bot
    // die Entsendung von Hubschraubern an" keeps its aid). Every language
    // (r4-dfr).
    {
      auto object_message = [&](const Trigger& send) {
        return std::any_of(triggers.begin(), triggers.end(), [&](const Trigger& m) {
          if (!(m.flags & kNominal) ||
              !(m.type == condolence_type || m.type == congratulation_type || m.type == thanks_ ||
                m.type == invitation_ || m.type == protest_note_type)) {
            return false;
          }
          for (size_t j = std::min(m.token, send.token) + 1; j < std::max(m.token, send.token);
               ++j) {
            if (c.tokens[j].folded == "," || (c.Mask(j) & Bit(WordClass::kAnd))) return false;
          }
          return true;
        });
      };
      std::erase_if(triggers, [&](const Trigger& t) {
        return t.type == aid_ && !(t.flags & kNominal) && object_message(t);
      });
    }
    // An aid noun in the field list of a cooperation noun names a field of
    // the cooperation, no deed ("agreed to expand cooperation in energy and
    // disaster relief", "la coopération dans la santé et l'aide
    // humanitaire", "сотрудничество в сфере гуманитарной помощи"): the
    // cooperation noun comes before it with no other act or clause word
    // between (r12-en).
    if (coop) {
      auto field_of_cooperation = [&](const Trigger& t) {
        for (size_t k = t.token; k > cb && k + 10 > t.token;) {
          const uint64_t mk = c.Mask(--k);
          if (mk & Bit(WordClass::kCoop)) return true;
          if (mk & Bit(WordClass::kEvent)) return false;
          // "et"/"y" of the field list are clause words too.
          if ((mk & Bit(WordClass::kClause)) && !(mk & Bit(WordClass::kAnd))) return false;
          const std::string& f = c.tokens[k].folded;
          if (f == "." || f == ";" || f == ":") return false;
        }
        return false;
      };
      std::erase_if(triggers, [&](const Trigger& t) {
        return t.type == aid_ && (t.flags & kNominal) && field_of_cooperation(t);
      });
    }
    if (relation || coop) {
      bool praised = false;
      for (auto& t : triggers) {
        if (t.type == praise_) {
          t.bilateral = relation;
          praised = true;
        }
      }
      // Relations broken off or downgraded are no praise of them ("calificó
      // de inaceptable la irrupción ... y rompió relaciones con Ecuador")
      // (r-crit).
      const int protest_type = protest_;
      const bool relations_cut =
          std::any_of(triggers.begin(), triggers.end(),
                      [&](const Trigger& t) { return t.type == protest_type; });
      // An evaluation verb whose object is the will to strengthen the ties
      // states a pledge, not praise: "ont réaffirmé leur volonté de renforcer
      // leur partenariat" is COOPERATION (a discuss verb after the evaluation
      // verb, with no "et" or clause word between them) (r5-fr).
      bool pledge = false;
      if (eval_at && discuss_at && *discuss_at > *eval_at && *discuss_at <= *eval_at + 6 &&
          c.lang == "fr") {
        pledge = true;
        for (size_t k = *eval_at + 1; k < *discuss_at && pledge; ++k) {
          pledge = c.tokens[k].folded != "," &&
                   !(c.Mask(k) & (Bit(WordClass::kAnd) | Bit(WordClass::kClause)));
        }
      }
      if (!praised && eval_at && !pledge && !relations_cut && !negated(*eval_at, cb, ce) &&
          praise_ >= 0) {
        triggers.push_back({*eval_at, 1, praise_, relation});
        praised = true;
      }
      // A discuss verb coordinated after the praise, with a cooperation
      // noun of its own after it, is an act of its own ("celebraron el
      // mejor momento de la relación y coincidieron en ampliar la
      // cooperación", "praised the ties and agreed to expand cooperation")
      // (r13-es).
      bool own_discussion = false;
      if (praised && discuss_at) {
        size_t praise_at = ce;
        for (const auto& t : triggers) {
          if (t.type == praise_) praise_at = std::min(praise_at, t.token + t.length);
        }
        bool joined = false, coop_after = false;
        for (size_t k = praise_at; k < *discuss_at; ++k) {
          joined |= (c.Mask(k) & (Bit(WordClass::kAnd) | Bit(WordClass::kClause))) != 0;
        }
        for (size_t k = *discuss_at + 1; joined && k < ce && !coop_after; ++k) {
          coop_after = (c.Mask(k) & Bit(WordClass::kCoop)) != 0;
        }
        own_discussion = praise_at < *discuss_at && joined && coop_after;
      }
      if ((!praised || own_discussion) && discuss_at && cooperation_ >= 0 && !cooperation_done &&
          !negated(*discuss_at, cb, ce)) {
        bool have = false;
        for (const auto& t : triggers) have |= t.type == cooperation_;
        if (!have) triggers.push_back({*discuss_at, 1, cooperation_, false});
      }
      if (praised) {
        // Cooperation praised is PRAISE only; a verb of cooperation
        // coordinated after the praise is an act of its own ("destacaron
        // las relaciones ... y acordaron reforzar la cooperación").
        size_t praise_end = ce;
        for (const auto& t : triggers) {
          if (t.type == praise_) praise_end = std::min(praise_end, t.token + t.length);
        }
        auto own_act = [&](const Trigger& t) {
          if ((t.flags & kNominal) || t.token < praise_end) return false;
          for (size_t k = praise_end; k < t.token; ++k) {
            if (c.Mask(k) & (Bit(WordClass::kAnd) | Bit(WordClass::kClause))) return true;
          }
          return false;
        };
        triggers.erase(
            std::remove_if(triggers.begin(), triggers.end(),
                           [&](const Trigger& t) { return t.type == cooperation_ && !own_act(t); }),
            triggers.end());
      }
    }
    // "hat seinen Amtskollegen zu einem Besuch nach Peking eingeladen": a
    // visit or talks named before a verb-final invitation are what is
    // invited to, not an act of their own.
    if (invitation_ >= 0) {
      size_t inv_at = SIZE_MAX;
      for (const auto& t : triggers) {
        const size_t end = t.token + t.length;
        const bool verb_final =
            end + 1 >= ce || c.tokens[end].folded == "," || (c.Mask(end) & Bit(WordClass::kAnd));
        if (t.type == invitation_ && !(t.flags & kNominal) && verb_final) {
          inv_at = std::min(inv_at, t.token);
        }
      }
      if (inv_at != SIZE_MAX) {
        std::erase_if(triggers, [&](const Trigger& t) {
          const bool invited_to =
              (t.type == visit_ || t.type == meeting_) && (t.flags & kNominal) && t.token < inv_at;
          if (invited_to) complement_types.push_back(t.type);
          return invited_to;
        });
      }
    }
    // "telephoned Kast to congratulate him": the call is only the means.
    // A noun in a prepositional complement of a call is its topic, not its
    // purpose ("spoke by phone with X about a humanitarian pause"); its
    // object ("sent condolences") is.
    // A visit noun in an apposition after the partner (", en séjour à
    // Abidjan", ", on a visit to Delhi", ", de visita en Madrid", ", zu
    // Besuch in Berlin") tells where the partner is, not why the two talk:
    // no purpose that would make the talks a mere means (r13-fr).
    auto apposed_visit = [&](const Trigger& t) {
      if (t.type != visit_ || !(t.flags & kNominal)) return false;
      size_t k = t.token;
      if (k > cb && IsIndefiniteArticle(c.lang, c.tokens[k - 1].folded)) --k;
      if (k < cb + 2) return false;
      const std::string& p = c.tokens[k - 1].folded;
      return (p == "en" || p == "on" || p == "de" || p == "zu") && c.tokens[k - 2].folded == ",";
    };
    auto purpose = [&](const Trigger& t) {
      if (t.flags & kWeak) return false;
      if (apposed_visit(t)) return false;
      return !(t.flags & kNominal) || !in_topic_phrase(t.token);
    };
    // The call's partner is the partner of its purpose ("telephoned Kast
    // to congratulate him", "s'est entretenu par téléphone avec le
    // vainqueur … pour le féliciter").
    std::optional<size_t> call_at;
    if (triggers.size() > 1 && std::any_of(triggers.begin(), triggers.end(), purpose)) {
      for (const Trigger& t : triggers) {
        if ((t.flags & kWeak) && !call_at) call_at = t.token + t.length;
      }
      // A weak act coordinated after every purpose is an act of its own, not
      // a means ("destacaron las relaciones y acordaron reforzar …"; aid:
      // "expressed sympathy to Turkey and sent a relief team"; a call told
      // after the other deeds: "thanked Japan and spoke by phone with X",
      // "felicitó a Kast y habló por teléfono con Milei": a purpose follows
      // its means, never precedes it) (r6-types, r12-en).
      auto coordinated_after = [&](const Trigger& w) {
        size_t last_end = 0;
        for (const Trigger& t : triggers) {
          if (!purpose(t)) continue;
          if (t.token > w.token) return false;
          last_end = std::max(last_end, t.token + t.length);
        }
        for (size_t k = last_end; k < w.token; ++k) {
          if (c.Mask(k) & Bit(WordClass::kAnd)) return true;
          // An absolute phrase is coordinated too ("held talks ..., with the
          // two leaders agreeing to step up ...") (r4-en).
          if (c.lang == "en" && k > 0 && c.tokens[k].folded == "with" &&
              c.tokens[k - 1].folded == ",") {
            return true;
          }
        }
        return false;
      };
      // Cooperation agreed before a finite act coordinated after it is an act
      // of its own, not that act's means ("acordaron ampliar los programas
      // ... y firmaron un acuerdo", "agreed to expand ... and signed a
      // memorandum"): every other act follows it, each right after an
      // "and" (rec13).
      auto coordinated_before = [&](const Trigger& w) {
        bool any = false;
        for (const Trigger& t : triggers) {
          if (&t == &w || !purpose(t)) continue;
          if (t.token < w.token + w.length || (t.flags & kNominal)) return false;
          const bool after_and = (c.Mask(t.token - 1) & Bit(WordClass::kAnd)) ||
                                 (t.token >= 2 && (c.Mask(t.token - 2) & Bit(WordClass::kAnd)) &&
                                  c.Mask(t.token - 1) == 0);
          if (!after_and || t.token - 1 < w.token + w.length) return false;
          any = true;
        }
        return any;
      };
      // A call with its own topic, and an act coordinated after a comma, is
      // a conversation of its own ("spoke by phone with X about trade talks,
      // and offered condolences for ...") (r2-en).
      auto own_topic = [&](const Trigger& w) {
        bool topic = false;
        for (size_t k = w.token + w.length; k + 1 < ce; ++k) {
          if (std::any_of(triggers.begin(), triggers.end(),
                          [&](const Trigger& t) { return t.token == k && purpose(t); })) {
            return false;
          }
          const std::string& f = c.tokens[k].folded;
          if (f == "about" || f == "über" || f == "sur" || f == "sobre" || f == "о" || f == "об") {
            topic = true;
          }
          if (topic && f == "," && (c.Mask(k + 1) & Bit(WordClass::kAnd))) return true;
        }
        return false;
      };
      // A pledge whose own object is a cooperation noun is no means either
      // ("agreed to deepen cooperation in energy and signed a memorandum",
      // "acordó reforzar la cooperación ..."): the noun comes before any
      // other act (r6-types).
      auto coop_object = [&](const Trigger& w) {
        for (size_t k = w.token + w.length; k < ce && k <= w.token + w.length + 5; ++k) {
          if (std::any_of(triggers.begin(), triggers.end(),
                          [&](const Trigger& t) { return t.token == k && purpose(t); })) {
            return false;
          }
          if (c.Mask(k) & Bit(WordClass::kCoop)) return true;
        }
        return false;
      };
      // ... but a message sent is no aid ("and sent his condolences to ...").
      auto message_object = [&](const Trigger& w) {
        for (size_t k = w.token + 1; k < ce && k <= w.token + w.length + 4; ++k) {
          for (uint32_t h = 0; h < c.token_hits[k].count; ++h) {
            const LexHit& hit = c.hits[c.token_hits[k].begin + h];
            if (hit.cls == WordClass::kEvent && hit.event_type != aid_) return true;
          }
        }
        return false;
      };
      // ... nor is an envoy sent ("thanked Egypt and sent his envoy to Cairo").
      auto envoy_object = [&](const Trigger& w) {
        return std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
          return !m.dead && m.b > w.token && m.b < w.token + w.length &&
                 (m.has_role || m.has_person);
        });
      };
      // ... nor is an act told in a relative clause on the call's partner: it
      // is said during the call, not why it was made ("s'est entretenu au
      // téléphone avec Zelensky, auquel il a annoncé une aide", "spoke by
      // phone with X, to whom he announced ...") (r9-fr).
      auto relative_purpose = [&](const Trigger& w) {
        size_t first = ce;
        for (const Trigger& t : triggers) {
          if (purpose(t) && t.token > w.token) first = std::min(first, t.token);
        }
        for (size_t k = w.token + w.length; k + 1 < first; ++k) {
          if (c.tokens[k].folded != ",") continue;
          for (size_t j = k + 1; j < first && j <= k + 2; ++j) {
            const std::string& f = c.tokens[j].folded;
            if (IsRelativeObjectWord(c.lang, f) || IsRelativeSubjectWord(c.lang, f) ||
                f == "lequel" || f == "laquelle" || f == "lesquels" || f == "qui" || f == "quien" ||
                f == "quienes" || f == "whom") {
              return true;
            }
          }
        }
        return false;
      };
      // ... nor is an act coordinated after the call by "and" with a finite
      // verb, every act of the clause coming after the call: it is told as a
      // second deed of the conversation ("spoke by phone with Tinubu on
      // Wednesday and offered to send experts", "telefonierte mit Tusk und
      // lobte ...", "s'est entretenu au téléphone avec X et a salué ...",
      // "habló por teléfono con Petro y le ofreció ...", "провёл телефонный
      // разговор с ... и предложил ..."). Condolences and congratulations
      // so told remain the call's purpose ("telefonierte mit X und sprach
      // ihm sein Beileid aus") (rec11).
      auto act_after_and = [&](const Trigger& w) {
        size_t first = ce;
        for (const Trigger& t : triggers) {
          if (!purpose(t)) continue;
          if (t.token < w.token || t.type == condolence_ || t.type == congratulation_) return false;
          first = std::min(first, t.token);
        }
        bool coordinated = false;
        for (size_t k = w.token + w.length; k < first; ++k) {
          const std::string& f = c.tokens[k].folded;
          if (f == "to" || f == "um" || f == "pour" || f == "para" || f == "чтобы") return false;
          if (c.Mask(k) & Bit(WordClass::kAnd)) coordinated = true;
        }
        return coordinated;
      };
      std::erase_if(triggers, [&](const Trigger& t) {
        return (t.flags & kWeak) != 0 && !(t.type == meeting_ && relative_purpose(t)) &&
               !(t.type == meeting_ && act_after_and(t)) &&
               !(t.type == meeting_ && coordinated_after(t)) &&
               !(t.type == cooperation_ && coordinated_after(t)) &&
               !(t.type == cooperation_ && coordinated_before(t)) &&
               !(t.type == aid_ && coordinated_after(t) && !message_object(t) &&
                 !envoy_object(t)) &&
               !(t.type == cooperation_ && coop_object(t)) && !(t.type == meeting_ && own_topic(t));
      });
    }
    if (offtopic) triggers.clear();
    std::sort(triggers.begin(), triggers.end(),
              [](const Trigger& a, const Trigger& b) { return a.token < b.token; });

    // Mentions of this clause.
    std::vector<const Mention*>& cm = scratch.clause_mentions;
    cm.clear();
    for (const auto& m : mentions) {
      if (m.b >= cb && m.b < ce) cm.push_back(&m);
    }
    const uint64_t kPlacePrep = Bit(WordClass::kPrepPlace);
    const uint64_t kObjPrep =
        Bit(WordClass::kPrepWith) | Bit(WordClass::kPrepTo) | Bit(WordClass::kPrepAgainst);
    auto subject_like = [&](const Mention* m) {
      if (m->prep != 0 || m->obj_pronoun || m->recipient) return false;
      if (m->place && !m->has_person && !m->has_role) {
        return m->kind == EntryKind::kCapital;  // "Moscow said" is the state
      }
      return true;
    };
    // The antecedent of a relative subject pronoun may be an object of any
    // case: "agradeció a Uruguay y Paraguay, quienes donaron", "thanked
    // Norway and Canada, which sent" (the personal 'a', a to/with/against
    // object or a recipient stands for the relative's subject; a place
    // phrase does not) (p-actor2).
    auto relative_like = [&](const Mention* m) {
      if ((m->prep & ~kObjPrep) != 0 || m->obj_pronoun) return false;
      if (m->place && !m->has_person && !m->has_role) return m->kind == EntryKind::kCapital;
      return true;
    };
    bool obj_pronoun_seen = false;
    bool quoted_judgment = false;  // a quoted qualification was skipped (p-crit2)
    // The holder a bare office object names ("dankte dem König", "lud den
    // Kanzler ... ein", "thanked the king"): the one introduced with that
    // very title, else the latest named person the office fits; never one of
    // `except` (the act's own actors) (r6-de).
    auto office_holder = [&](const Mention* m,
                             const std::vector<Participant>* except) -> const Participant* {
      if (m->e <= m->b || m->role.empty() || IsInstitutionRole(m->role) || m->plural ||
          m->pronoun || m->role == "host" || m->role == "guest") {
        return nullptr;
      }
      auto allowed = [&](const Participant& p) { return !except || !Contains(*except, p.code); };
      if (const Participant* p =
              c.d.TitledHolder(c.tokens[OfficeKey(c.tokens, m->e - 1, m->b)].folded);
          p && allowed(*p)) {
        return p;
      }
      for (const auto& r : c.d.recent) {
        if (OfficeFits(m->role, r.role) && allowed(r)) return &r;
      }
      return nullptr;
    };
    // "le nouveau Président", "the new president", "den neuen Präsidenten",
    // "al nuevo presidente", "нового президента": the holder newly in office
    // is the latest one named with that office earlier in the sentence (the
    // one congratulated on taking it), not the story's main guest (r13-fr).
    auto new_holder = [&](const Mention* m) -> const Mention* {
      if (m->b <= sb) return nullptr;
      const std::string& w = c.tokens[m->b - 1].folded;
      if (w != "nouveau" && w != "nouvel" && w != "nouvelle" && w != "new" && w != "neue" &&
          w != "neuen" && w != "neuer" && w != "nuevo" && w != "nueva" && w != "новый" &&
          w != "нового" && w != "новому" && w != "новым" && w != "новая" && w != "новой" &&
          w != "новую") {
        return nullptr;
      }
      const Mention* found = nullptr;
      for (const Mention& o : mentions) {
        if (o.e > m->b - 1) break;
        if (!o.code.empty() && o.has_person && !o.plural && OfficeFits(m->role, o.role)) {
          found = &o;
        }
      }
      return found;
    };
    auto resolve = [&](const Mention* m, bool as_subject, std::vector<Participant>& into) {
      if (m->plural && m->group_n > 0 && c.d.named_states.size() >= m->group_n) {
        for (size_t k = 0; k < m->group_n; ++k) AddUnique(into, c.d.named_states[k]);
        return;
      }
      if (m->plural) {
        // "Ambos gobiernos", "the two leaders", "beide": the host and its
        // latest guest, not every guest of the host's round of meetings.
        // As an object ("würdigte die Bereitschaft beider Seiten") they are
        // the host's guests: the whole group, the actor removed later.
        size_t n = c.d.pair.size(), first = 0;
        for (size_t k = m->b; as_subject && k < m->e && n > 2; ++k) {
          const std::string& w = c.tokens[k].folded;
          if (w == "ambos" || w == "ambas" || w == "both" || w == "two" || w == "beide" ||
              w == "beiden" || w == "beider" || w == "deux" || w == "dos" || w == "оба" ||
              w == "обе" || w == "два" || w == "две" || w == "двух") {
            // A convener's two guests are "the two" (r12-es).
            if (c.d.convened && n == 3) first = 1;
            n = 2;
          }
        }
        // "The sides" a convener brought together are its two guests, as
        // subject or object ("Die Seiten vereinbarten ...", "lobte den Mut
        // beider Seiten", "the parties agreed", "las partes", "стороны"):
        // the host is no side (r13-de).
        if (n == 3 && first == 0) {
          for (size_t k = m->b; k < m->e; ++k) {
            const std::string& w = c.tokens[k].folded;
            if (w == "seiten" || w == "sides" || w == "parties" || w == "partes" ||
                w == "стороны" || w == "сторон") {
              first = 1;
              n = 2;
              break;
            }
          }
        }
        for (size_t k = first; k < first + n; ++k) AddUnique(into, c.d.pair[k]);
        return;
      }
      if (m->pronoun) {
        if (c.d.last_subject) AddUnique(into, *c.d.last_subject);
        return;
      }
      if (m->obj_pronoun) {
        obj_pronoun_seen = true;
        return;
      }
      if (!m->code.empty()) {
        AddUnique(into, FromMention(*m));
        return;
      }
      if (m->counterpart) return;  // resolved once the actor is known
      // "El anfitrión", "der Gastgeber", "the host": who received the latest
      // guest (in a meeting or as the host of a visit); "гостя": that guest.
      if (m->role == "host" || m->role == "guest") {
        const std::optional<Participant>& who = m->role == "host" ? c.d.host : c.d.guest;
        if (who) AddUnique(into, *who);
        return;
      }
      // "The latter", "ce dernier", "este último", "Letzterer", "Последний":
      // the last-named object, the target of the latest act (r2-gen).
      // Before an act's noun it is an adjective ("cette dernière rencontre",
      // "este último acuerdo"): nobody.
      if (m->role == "latter") {
        bool adjective = false;
        for (uint32_t h = 0; m->e < c.tokens.size() && h < c.token_hits[m->e].count; ++h) {
          const LexHit& o = c.hits[c.token_hits[m->e].begin + h];
          adjective |= o.cls == WordClass::kEvent && (o.flags & kNominal);
        }
        if (c.d.last_target && !adjective) AddUnique(into, *c.d.last_target);
        return;
      }
      // "Por su parte, la presidenta electa le agradeció", "De son côté, le
      // ministre ...", "For his part, the president ...", "Der Kanzler lobte
      // seinerseits": the turn passes to the other party, the one the last
      // act was aimed at.
      const bool turn = [&] {
        for (size_t k = cb; k < std::min(ce, cb + 5); ++k) {
          const std::string& w = c.tokens[k].folded;
          if (w == "seinerseits" || w == "ihrerseits") return true;
          if (k < cb + 2) continue;
          // Only the possessive makes it a turn ("por otra parte" does not).
          const std::string& w1 = c.tokens[k - 1].folded;
          const std::string& w2 = c.tokens[k - 2].folded;
          const bool own = w1 == "su" || w1 == "son" || w1 == "leur" || w1 == "his" ||
                           w1 == "her" || w1 == "its" || w1 == "their" || w1 == "своей";
          if (own && ((w == "parte" && w2 == "por") || (w == "côté" && w2 == "de") ||
                      (w == "part" && w2 == "for") || (w == "стороны" && w2 == "со"))) {
            return true;
          }
        }
        return false;
      }();
      if (as_subject && turn && c.d.last_target &&
          (!c.d.last_subject || c.d.last_target->code != c.d.last_subject->code)) {
        AddUnique(into, *c.d.last_target);
        return;
      }
      if (as_subject && IsInstitutionRole(m->role)) {
        for (const auto& p : c.d.institutions) {
          if (OfficeFits(m->role, p.role)) {  // "the ministry": its foreign ministry
            AddUnique(into, p);
            return;
          }
        }
        if (c.d.dateline_state) {  // "MADRID (EFE).- El Gobierno ..." (r6-es)
          AddUnique(into, *c.d.dateline_state);
          return;
        }
      }
      // English points back to an office with an article or possessive
      // ("the Prime Minister", "his counterpart"); a capitalised office
      // standing alone at the head of a clause ("Prime Minister met ...",
      // "On Monday, President thanked ...") is used as a name: the
      // readout's own principal, the story's protagonist, whoever held the
      // same title last (r12-en).
      if (as_subject && c.lang == "en" && c.d.protagonist && m->e > m->b && !m->plural &&
          !IsInstitutionRole(m->role) && OfficeFits(m->role, c.d.protagonist->role) &&
          IsCapitalised(c.text, c.tokens[m->b]) && (m->b == cb || !c.tokens[m->b - 1].is_word)) {
        AddUnique(into, *c.d.protagonist);
        return;
      }
      // A bare office said with the title one holder alone was introduced
      // with ("Bundespräsident Alexander Van der Bellen ... hat der
      // Bundespräsident ... gratuliert"): that holder (r6-de).
      if (as_subject && m->e > m->b && !m->plural) {
        if (const Participant* p =
                c.d.TitledHolder(c.tokens[OfficeKey(c.tokens, m->e - 1, m->b)].folded)) {
          AddUnique(into, *p);
          return;
        }
      }
      if (as_subject) {
        // A bare office ("der Minister", "The president", "Le chef de
        // l'État", "La mandataria", "Глава государства") names the story's
        // own office holder, the one most often its subject so far: wire
        // copy qualifies the others ("der moldauische Minister", "son
        // homologue"). Among those the office fits (a "leader" holds any top
        // office: "Российский лидер ... глава государства" (r2-ru)); on a
        // tie the protagonist, then the last subject, then the latest named
        // holder ("Milei sagte ... Der Kanzler lobte seinerseits": Merz). A
        // bare ministry or government of a story led by a state is that
        // state's ("Paris convoque ... Le ministère a remercié") (p-actor).
        const Participant* office = nullptr;
        int office_count = -1;
        // The dateline's state counts twice more, like a headline
        // protagonist that was also named as a subject: wire copy leaves its
        // own state's holder unqualified ("PARIS ... Le chef de l'État",
        // "ASCHGABAT ... das Staatsoberhaupt", "NAIROBI ... The head of
        // state") and qualifies the guests', while a travelling reporter's
        // dateline ("RIAD (dpa) - Merz ...") still yields to a visitor named
        // as subject more often (p-grp10).
        auto consider = [&](const Participant& p) {
          const int home = c.d.dateline_state && c.d.dateline_state->code == p.code ? 2 : 0;
          const int n = c.d.SubjectCount(p.code) + home;
          if (OfficeFits(m->role, p.role) && n > office_count) {
            office = &p;
            office_count = n;
          }
        };
        if (c.d.protagonist) consider(*c.d.protagonist);
        if (c.d.last_subject) consider(*c.d.last_subject);
        for (const auto& p : c.d.recent) consider(p);
        if (office) {
          AddUnique(into, *office);
          return;
        }
        if (c.d.last_subject) {
          AddUnique(into, *c.d.last_subject);
        } else if (c.d.protagonist) {
          AddUnique(into, *c.d.protagonist);
        }
      }
    };

    // Clause subject (for discourse, even without a trigger).
    const Mention* clause_subject = nullptr;
    // The named subject of the clause's first active event: the discourse's
    // subject even when an object stands before a verb-final participle
    // ("Steinmeier hat den Präsidenten Kenias empfangen. Anschließend traf
    // er ...": er = Steinmeier).
    const Mention* event_subject = nullptr;
    // The clause is a relative one whose subject is an object of the clause
    // before ("se reunió con el presidente panameño, José Raúl Mulino, quien
    // elogió ..."): no new subject of the story (p-actor2).
    bool object_relative = false;
    size_t first_trigger = triggers.empty() ? ce : triggers.front().token;
    // A clause whose act was refused or negated still has its subject before
    // the refusal or the act's word, not the last name of the clause
    // ("Albanese declined to criticise Washington over US tariffs. He ...":
    // he = Albanese); a refused "zu"/"to" infinitive cut off by a comma has
    // no subject of its own ("lehnte es ab, Budapest ... zu kritisieren")
    // (r4-part).
    bool refused_infinitive = false;
    for (size_t k = cb; triggers.empty() && k < ce; ++k) {
      if (!(c.Mask(k) & (Bit(WordClass::kEvent) | Bit(WordClass::kRefuse)))) continue;
      first_trigger = k;
      refused_infinitive =
          k > cb && !(c.Mask(k) & Bit(WordClass::kRefuse)) && c.tokens[k - 1].folded == "zu";
      break;
    }
    for (const Mention* m : cm) {
      if (subject_like(m) && m->e <= first_trigger) clause_subject = m;
    }
    if (refused_infinitive) clause_subject = nullptr;
    if (!clause_subject && !refused_infinitive) {
      for (const Mention* m : cm) {
        if (subject_like(m) && m->b >= first_trigger) {
          clause_subject = m;
          break;
        }
      }
    }
    // The story's help goes where a clause with an aid or condolence word
    // says it goes, giver named or not ("Relief began arriving in Myanmar"):
    // kept for later sentences when the sentence reports no such act itself
    // (p-ctx9).
    for (const Trigger& t : triggers) {
      if (giverless_scene || !lex_->event_types()[static_cast<size_t>(t.type)].scene) continue;
      for (const Mention* m : cm) {
        if (m->b > t.token && m->kind == EntryKind::kState && !m->code.empty() && !m->has_person &&
            !m->has_role && (m->prep & (kPlacePrep | Bit(WordClass::kPrepTo)))) {
          giverless_scene = FromMention(*m);
          break;
        }
      }
    }

    for (const Trigger& t : triggers) {
      const EventType& type = lex_->event_types()[static_cast<size_t>(t.type)];
      // Passive: an auxiliary before the trigger with no comma between them
      // ("wurde ... von X empfangen", "was praised by"; not "Rumänien,
      // dessen Luftraum verletzt worden war, bestellte ..."), or right after
      // it ("unterzeichnet wurde").
      // "received relief supplies from Turkey": the receiver is the target
      // and the source the actor, as in a passive clause.
      bool passive = (t.flags & kReceived) != 0;
      // An English progressive is active ("Turkey said it was sending a
      // team", "Washington was deploying ships"): "was" before an -ing verb
      // is no passive auxiliary (p-ctx9).
      const bool progressive =
          c.lang == "en" && !(t.flags & kNominal) && EndsWith(c.tokens[t.token].folded, "ing");
      // The auxiliary of an earlier verb that has its own agent is that
      // verb's ("was received by the King ... and later held talks with the
      // prime minister", "fue recibido por el rey y luego se reunió con",
      // "a été reçu par le roi puis s'est entretenu avec"): this act is
      // active, with the sentence's subject (r9-en).
      bool own_agent_between = false, verb_between = false;
      for (size_t k = t.token; k > cb && !passive && !progressive;) {
        --k;
        if (c.tokens[k].folded == ",") break;
        if (c.Mask(k) & Bit(WordClass::kPrepBy)) own_agent_between = true;
        if (own_agent_between && !verb_between) {
          verb_between = std::any_of(triggers.begin(), triggers.end(), [&](const Trigger& o) {
            return o.token == k && !(o.flags & kNominal);
          });
        }
        if (c.Mask(k) & Bit(WordClass::kPassive)) {
          passive = !verb_between;
          break;
        }
      }
      const size_t after_end = t.token + t.length;
      // Before a noun the auxiliary is a copula unless an agent follows
      // ("Brazil was a good friend", "was full of praise for Malaysia"; but
      // "Serbia was given aid by Japan").
      if (passive && (t.flags & kNominal) && c.lang == "en") {
        bool agent = false;
        for (size_t k = after_end; k < ce && !agent; ++k) {
          agent = (c.Mask(k) & Bit(WordClass::kPrepBy)) != 0;
        }
        passive = agent;
      }
      for (size_t k = after_end; k < std::min(ce, after_end + 2); ++k) {
        if (c.Mask(k) & Bit(WordClass::kPassive)) passive = true;
      }
      // A Russian short passive participle is a passive without its
      // auxiliary, the present-perfect reading of wire copy ("По итогам
      // переговоров подписан пакет документов", "в Турцию направлен самолёт",
      // "высланы двое дипломатов"): -ан/-ян/-ен/-ён(а/о/ы) as the trigger's
      // first word with nobody before it in the clause; not the short
      // adjectives of a state whose subject is the experiencer ("признателен",
      // "возмущены", "обеспокоен") (r8-ru).
      // The imperfective reflexive of a transitive verb is its passive alike
      // ("Обсуждались вопросы сотрудничества", "подписывались документы"),
      // not of meeting ("встречались").
      if (!passive && c.lang == "ru" && !(t.flags & kNominal) &&
          (RuShortPassive(c.tokens[t.token].folded) ||
           (t.type != meeting_ && RuReflexivePassive(c.tokens[t.token].folded)))) {
        bool subject_before = false;
        for (const Mention* m : cm) subject_before |= m->e <= t.token && subject_like(m);
        passive = !subject_before;
      }
      // A reduced passive: an act with nobody before it whose first party
      // after it is a participle's agent ("The sanctions, announced by London
      // and Ottawa, target ...", "The memorandum, signed in Astana by the
      // ministers of ...", "l'accord signé par le Maroc et l'Espagne"), or a
      // German participle attribute with its "von" agent before the noun
      // ("die von Brüssel gegen Teheran beschlossenen Sanktionen") (r5-struct).
      if (!passive) {
        bool subject_before = false;
        const Mention* first_after = nullptr;
        const Mention* de_attribute_agent = nullptr;
        for (const Mention* m : cm) {
          if (m->e <= t.token && subject_like(m)) subject_before = true;
          if (!first_after && m->b >= after_end && !(m->prep & kPlacePrep)) first_after = m;
          if (c.lang == "de" && m->e <= after_end && m->b >= cb + 2 &&
              (m->prep & Bit(WordClass::kPrepBy)) && c.tokens[m->b - 1].folded == "von" &&
              (c.Mask(m->b - 2) & Bit(WordClass::kDet))) {
            de_attribute_agent = m;
          }
        }
        // An act noun needs its participle between ("the condemnation by
        // Senegal of the coup" names the critic, not a passive).
        bool participle = !(t.flags & kNominal);
        for (size_t k = after_end; first_after && !participle && k < first_after->b; ++k) {
          participle = c.tokens[k].is_word && !IsCapitalised(c.text, c.tokens[k]) &&
                       !(c.Mask(k) & (Bit(WordClass::kDet) | Bit(WordClass::kPrepBy)));
        }
        if (!subject_before &&
            (de_attribute_agent ||
             (first_after && participle && first_after->prep == Bit(WordClass::kPrepBy) &&
              first_after->b <= after_end + 8))) {
          passive = true;
        }
      }
      // The trigger closes its verb phrase: German participles and verb-final
      // clauses ("hat ... einbestellt und ihm ...").
      // Not a noun coordinated with another act's noun ("beschlossen in
      // Luxemburg Einreiseverbote und Vermögenssperren gegen ...", "imposed
      // travel bans and asset freezes on ..."): its object follows (r13-de).
      const bool nouns_coordinated = (t.flags & kNominal) && after_end + 1 < ce &&
                                     (c.Mask(after_end) & Bit(WordClass::kAnd)) &&
                                     (c.Mask(after_end + 1) & Bit(WordClass::kEvent));
      const bool verb_final = after_end >= ce - 1 ||
                              ((c.Mask(after_end) & Bit(WordClass::kAnd)) && !nouns_coordinated) ||
                              c.tokens[after_end].folded == ",";
      // "Die Einladung wurde angenommen": a nominal act as the subject of a
      // passive clause that names nobody is no new event.
      if (passive && cm.empty() && (t.flags & kNominal)) continue;
      std::vector<Participant>& actors = scratch.actors;
      std::vector<Participant>& targets = scratch.targets;
      std::vector<Participant>& places = scratch.places;
      std::vector<Participant>& of_targets = scratch.of_targets;
      actors.clear();
      targets.clear();
      places.clear();
      of_targets.clear();
      bool by_parties = false;  // a symmetric act's parties named by a by-phrase
      size_t first_of_b = SIZE_MAX, first_target_b = SIZE_MAX;  // token positions
      obj_pronoun_seen = false;
      std::vector<const Mention*>& subjects = scratch.subjects;
      subjects.clear();
      bool plural_subject = false;
      bool counterpart_object = false;
      // The main clause resumed after a relative clause ("met Wang, who
      // landed on Monday, and criticised Japan"): not the relative's subject.
      bool resumed_main = false;
      if (!passive) {
        // The first candidate before the trigger (SVO, V2 and verb-final
        // "Macron hat Serbien gelobt" alike), else the first after it
        // ("Am 11. November traf sich Aliyev ...").
        const Mention* subj = nullptr;
        const Mention* relative_antecedent = nullptr;  // "Norwegen und Dänemark, die ..."
        // An act named inside another: its author is a possessor right
        // before it ("Orbán's trip") or the of-phrase after it, never the
        // clause's subject.
        if (t.embedded) {
          for (const Mention* m : cm) {
            if (m->e > t.token) break;
            bool adjacent = true;
            for (size_t k = m->e; k < t.token && adjacent; ++k) {
              const std::string& w = c.tokens[k].folded;
              adjacent = w == "'" || w == "s" || (c.Mask(k) & Bit(WordClass::kDet));
            }
            if (adjacent && !m->place && m->prep == 0) subj = m;
          }
        }
        // A fronted role phrase is no subject: "As this year's ASEAN chair,
        // Marcos welcomed ...", "En tant que président de l'UA, ...".
        size_t fronted_end = cb;
        if (const std::string& w0 = c.tokens[cb].folded;
            w0 == "as" || w0 == "als" || w0 == "comme" || w0 == "como") {
          for (size_t k = cb + 1; k < t.token; ++k) {
            if (c.tokens[k].folded == ",") {
              fronted_end = k;
              break;
            }
          }
        }
        // A German clause opening with a dative or accusative phrase ("Dem
        // ukrainischen Volk übermittelte Macron ..."): its names are no
        // subject (r6-de).
        if (const std::string& w0 = c.tokens[cb].folded;
            c.lang == "de" && (w0 == "dem" || w0 == "den" || w0 == "einem")) {
          for (const Mention* m : cm) {
            if (m->b > cb + 3) break;
            fronted_end = std::max(fronted_end, m->e);
          }
        }
        for (const Mention* m : cm) {
          if (t.embedded) break;
          if (m->b < fronted_end) continue;
          if ((t.type == meeting_ || t.type == visit_ || type.symmetric) && summit_setting(m)) {
            continue;  // "На полях саммита ШОС Путин встретился"
          }
          if (subject_like(m) && m->e <= t.token) {
            subj = m;
            break;
          }
        }
        // A ship, plane or unit of a state opening the clause right before
        // the verb ("Un buque de la Armada de México zarpó ...", "Dos aviones
        // de la Fuerza Aérea de Perú despegaron ...", "A plane of the Chilean
        // Air Force left ..."): the state that owns it acts (r12-es).
        // An auxiliary may stand between ("Un avion de l'armée de l'air de la
        // France a livré ...").
        const uint64_t kAnyPrep = Bit(WordClass::kPrepWith) | Bit(WordClass::kPrepTo) |
                                  Bit(WordClass::kPrepPlace) | Bit(WordClass::kPrepOf) |
                                  Bit(WordClass::kPrepBy) | Bit(WordClass::kPrepAgainst);
        if (!subj && !t.embedded && !(t.flags & kNominal) && t.token > cb + 2 &&
            !(c.Mask(cb) & kAnyPrep)) {
          for (const Mention* m : cm) {
            if (m->e > t.token || m->e + 1 < t.token) continue;
            if (m->e < t.token) {
              const std::string& a = c.tokens[m->e].folded;
              if (!(a == "ha" || a == "han" || a == "había" || a == "habían" || a == "a" ||
                    a == "ont" || a == "avait" || a == "avaient" || a == "has" || a == "have" ||
                    a == "had" || a == "hat" || a == "haben" || a == "hatte")) {
                break;
              }
            }
            bool plain = m->prep == Bit(WordClass::kPrepOf) && !m->code.empty() && !m->place &&
                         !m->pronoun && m->b > cb && m->b <= cb + 12;
            for (size_t k = cb; k < m->b && plain; ++k) {
              plain = c.tokens[k].folded != "," &&
                      !(c.Mask(k) & (Bit(WordClass::kEvent) | Bit(WordClass::kClause)));
            }
            if (plain) subj = m;
            break;
          }
        }
        // A participle phrase after a comma is about the name right before
        // the comma, subject or object of the main verb alike: "Лавров,
        // прибывший в Бишкек для участия ...", "встретился с Президентом
        // Таджикистана Эмомали Рахмоном, прибывшим в Москву" (r10-ru).
        if (!t.embedded && c.lang == "ru" && t.token >= cb + 2 &&
            c.tokens[t.token - 1].folded == "," &&
            IsRussianActiveParticiple(c.tokens[t.token].folded)) {
          for (const Mention* m : cm) {
            if (m->e + 1 == t.token && !m->code.empty() && !m->place && !m->pronoun) subj = m;
          }
        }
        // An act inside a temporal or causal clause opened after the main
        // subject, with no comma, has that clause's own subject: "recalled
        // their ambassadors after Mali accused the Algerian army", "llamó a
        // consultas a su embajador, después de que el Departamento de Estado
        // anunciara la suspensión de visas", "a convoqué l'ambassadeur
        // après que Moscou a accusé Paris" (p-crit7).
        if (subj && !t.embedded) {
          auto subordinator = [&](size_t k) {
            const std::string& w = c.tokens[k].folded;
            const std::string& p1 = k > cb ? c.tokens[k - 1].folded : w;
            const std::string& p2 = k > cb + 1 ? c.tokens[k - 2].folded : w;
            if (c.lang == "en") {
              return w == "after" || w == "before" || w == "when" || w == "because" ||
                     w == "since" || w == "until" || w == "once";
            }
            if (c.lang == "de") return w == "nachdem" || w == "bevor" || w == "weil";
            if (c.lang == "fr") {
              return w == "lorsque" || w == "lorsqu" || w == "quand" || w == "puisque" ||
                     ((w == "que" || w == "qu") &&
                      (p1 == "après" || p1 == "avant" || p1 == "parce"));
            }
            if (c.lang == "es") {
              return w == "cuando" || w == "porque" ||
                     (w == "que" && p1 == "de" &&
                      (p2 == "después" || p2 == "antes" || p2 == "luego"));
            }
            if (c.lang == "ru") {
              return w == "когда" || (w == "как" && p1 == "того") || (w == "что" && p1 == "потому");
            }
            return false;
          };
          for (size_t k = subj->e; k < t.token; ++k) {
            if (!subordinator(k)) continue;
            for (const Mention* m : cm) {
              if (m->b <= k) continue;
              if (m->e > t.token || !subject_like(m) || m->code.empty()) break;
              bool adjacent = true;  // only articles between: the clause's subject
              for (size_t j = k + 1; j < m->b && adjacent; ++j) {
                adjacent = (c.Mask(j) & Bit(WordClass::kDet)) != 0;
              }
              for (size_t j = m->e; j < t.token && adjacent; ++j) {
                adjacent = c.tokens[j].folded != "," && !(c.Mask(j) & Bit(WordClass::kClause));
              }
              if (adjacent) subj = m;
              break;
            }
          }
        }
        // "summoned Egypt's ambassador on Thursday and accused Cairo": a verb
        // coordinated after an earlier act of the clause shares its subject;
        // that act's object is none (r4-en).
        bool coordinated_verb = false;
        if (subj && !t.embedded && c.lang == "en" && t.token > first_trigger &&
            subj->b >= first_trigger) {
          size_t k = t.token;
          while (k > cb + 1 &&
                 (c.tokens[k - 1].folded == "also" || c.tokens[k - 1].folded == "later" ||
                  c.tokens[k - 1].folded == "then")) {
            --k;
          }
          if (k > cb && (c.Mask(k - 1) & Bit(WordClass::kAnd))) {
            coordinated_verb = true;
            subj = nullptr;
            for (const Mention* m : cm) {
              if (m->b < fronted_end || m->e > first_trigger) continue;
              if (subject_like(m)) {
                subj = m;
                break;
              }
            }
          }
        }
        // A fronted capital or state scene-setter before an unnamed speaker
        // is the speaker's state: "In Manila, a government spokesperson
        // slammed China", "In Berlin, the foreign ministry condemned ...".
        if (!subj && !t.embedded && !cm.empty() && cb == sb) {
          const Mention* m = cm.front();
          // The speaker may be merged into the place's mention as its
          // apposition ("Manila, a government spokesperson").
          if (m->b == cb + 1 && (m->prep & kPlacePrep) && !m->code.empty() && m->e <= t.token &&
              (m->has_role || (m->e < t.token && c.tokens[m->e].folded == ",")) &&
              (m->kind == EntryKind::kCapital || m->kind == EntryKind::kState)) {
            // The objects of the act a verb is coordinated with are no other
            // speaker ("In Addis Ababa, the foreign ministry summoned Egypt's
            // ambassador and accused Cairo ...") (r4-en).
            bool other = false;
            // The speaker's own office named after it is none either: "À
            // Kigali, le porte-parole du gouvernement rwandais a accusé ..."
            // (r6-fr).
            for (const Mention* o : cm) {
              const bool own_office = (o->prep & Bit(WordClass::kPrepOf)) && o->has_role &&
                                      o->code == m->code && o->b <= m->e + 4;
              other |= o != m && !own_office && o->b < (coordinated_verb ? first_trigger : t.token);
            }
            if (!other) subj = m;
          }
        }
        // A bare title right before a name is that person's ("Foreign
        // Minister Prince Faisal bin Farhan received ..."), also across
        // honorifics ("Minister for Foreign Affairs Senator the Hon Penny
        // Wong", "Prime Minister HE Sheikh Mohammed bin Abdulrahman") (r6-en).
        auto honorifics = [&](size_t from, size_t to) {
          if (to > from + 4) return false;
          for (size_t k = from; k < to; ++k) {
            const Token& tk = c.tokens[k];
            if (!tk.is_word || (c.Mask(k) & Bit(WordClass::kEvent)) ||
                !(IsCapitalised(c.text, tk) || tk.folded == "the")) {
              return false;
            }
          }
          return true;
        };
        if (subj && subj->code.empty() && !subj->pronoun && !subj->plural && !subj->counterpart) {
          for (const Mention* m : cm) {
            if (m->b >= subj->e && (m->b <= subj->e + 1 || honorifics(subj->e, m->b)) &&
                m->e <= t.token && !m->code.empty() && subject_like(m)) {
              subj = m;
              break;
            }
          }
        }
        // A bare title of an office's spokesperson or head speaks for the
        // office named right after it ("La porte-parole de la diplomatie
        // russe, Maria Zakharova, a accusé", "A spokesperson for the Chinese
        // foreign ministry criticised", "El portavoz de la cancillería china")
        // (r-crit).
        if (subj && subj->code.empty() && !subj->pronoun && !subj->plural && !subj->counterpart &&
            subj->has_role) {
          for (const Mention* m : cm) {
            if (m->b < subj->e || m->b > subj->e + 3 || m->e > t.token || m->code.empty()) continue;
            if (!(m->prep & (Bit(WordClass::kPrepOf) | Bit(WordClass::kPrepTo)))) break;
            if (m->kind == EntryKind::kCity || m->kind == EntryKind::kRegion) break;
            bool only_function_words = true;
            for (size_t k = subj->e; k < m->b; ++k) {
              only_function_words &= (c.Mask(k) & (Bit(WordClass::kDet) | Bit(WordClass::kPrepOf) |
                                                   Bit(WordClass::kPrepTo))) != 0;
            }
            if (only_function_words) subj = m;
            break;
          }
        }
        // An unnamed head noun opening the clause stands for its organisation
        // or state: "The head of the U.N. refugee agency, visiting …, praised
        // Chad", "Le porte-parole du Quai d'Orsay a …".
        if (!subj && !t.embedded && !cm.empty()) {
          const Mention* m = cm.front();
          const uint64_t other_preps = kObjPrep | kPlacePrep | Bit(WordClass::kPrepBy);
          if (m->e <= t.token && m->b > cb && m->b <= cb + 5 &&
              (m->prep & Bit(WordClass::kPrepOf)) && !(m->prep & other_preps) && !m->code.empty() &&
              m->kind != EntryKind::kCity && m->kind != EntryKind::kRegion &&
              !(c.Mask(cb) & (other_preps | Bit(WordClass::kPrepOf)))) {
            // The head noun is no act itself ("Une aide humanitaire de la
            // Russie est arrivée": what arrives is the aid).
            bool act = false;
            for (size_t k = cb; k < m->b; ++k) act |= (c.Mask(k) & Bit(WordClass::kEvent)) != 0;
            if (!act) subj = m;
          }
        }
        // Russian impersonal plural: "В Еврокомиссии раскритиковали ...",
        // "В МИД Китая осудили ...": the institution or state after "в"
        // before a subjectless past plural verb is the author.
        // Not before a verb of travel: "В российскую столицу прибыли лидеры
        // ..." names the destination, its subject follows the verb (r2-ru).
        // So does a speaker's act named by a noun after that verb ("В Москве
        // пообещали принять ответные меры", "В Пекине выступили с резкой
        // критикой"); not a meeting, visit, accord or aid ("В Женеве прошли
        // переговоры", "В Сирию направили помощь") (r9-ru).
        const bool ru_impersonal_noun =
            c.lang == "ru" && (t.flags & kNominal) && !type.symmetric && t.type != meeting_ &&
            t.type != aid_ && [&] {
              for (size_t k = cb; k < t.token; ++k) {
                const Token& tk = c.tokens[k];
                if (tk.is_word && tk.folded.size() > 4 && EndsWith(tk.folded, "ли") &&
                    !IsCapitalised(c.text, tk)) {
                  return true;
                }
              }
              return false;
            }();
        if (!subj && !t.embedded && c.lang == "ru" && t.type != visit_ &&
            (EndsWith(c.tokens[t.token].folded, "ли") || ru_impersonal_noun)) {
          for (const Mention* m : cm) {
            if (m->e > t.token) break;
            if ((m->prep & kPlacePrep) && !m->code.empty() && m->kind != EntryKind::kCity &&
                m->kind != EntryKind::kRegion && m->kind != EntryKind::kRole) {
              subj = m;
              break;
            }
          }
        }
        // A verb right after the complementizer of reported speech drops
        // its subject ("Иран заявил, что осуждает нападение США", "Honduras
        // dijo que condena la agresión de Rusia"): the one after it is the
        // object, and the main clause's subject the actor.
        const bool reported_drop = [&] {
          if (ci == 0 || t.token > cb + 2 || !(c.Mask(cb) & Bit(WordClass::kClause))) return false;
          const std::string& w = c.tokens[cb].folded;
          if (c.lang == "ru") return w == "что";
          if (c.lang != "es" || w != "que" || cb == 0) return false;
          const std::string& v = c.tokens[cb - 1].folded;  // dijo, afirmó, aseguraron
          return EndsWith(v, "ó") || EndsWith(v, "aron") || EndsWith(v, "ieron") || v == "dijo";
        }();
        // "Wang, who arrived in Manila", "Arévalo, que llegó el viernes a
        // Madrid": a relative pronoun opening the clause stands for the
        // mention right before its comma.
        const bool in_relative = std::none_of(
            c.tokens.begin() + static_cast<std::ptrdiff_t>(cb),
            c.tokens.begin() + static_cast<std::ptrdiff_t>(t.token),
            [](const Token& tk) { return tk.folded == ","; });  // not the main clause after it
        // An act inside a subject relative clause ends at the comma after
        // which the main clause's verb resumes: "Ruto, who arrived in Addis
        // Ababa on Sunday, criticised Rwanda" (Rwanda is no host of the
        // visit) (r6-en).
        size_t relative_close = SIZE_MAX;
        // The relative clause a resumed main clause skips over: none of its
        // names is a party of the main verb ("Costa Rica and Panama, which
        // have taken in thousands of Nicaraguans, welcomed Washington's
        // decision") (r6-en).
        size_t relative_from = SIZE_MAX, relative_to = 0;
        // German "die"/"das" after a comma may be a named party's article
        // (", die Niederlande und Belgien"): no relative pronoun then (r7-de).
        const bool relative_word =
            IsRelativeSubjectWord(c.lang, c.tokens[cb].folded) &&
            (c.lang != "de" ||
             std::none_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
               return !m.dead && (m.b == cb || m.b == cb + 1);
             }));
        if (in_relative && ci > 0 && cb >= sb + 2 && c.tokens[cb - 1].folded == "," &&
            relative_word) {
          for (size_t k = t.token + t.length; k < ce && relative_close == SIZE_MAX; ++k) {
            if (c.tokens[k].folded != ",") continue;
            for (const Trigger& o : triggers) {
              if (o.token <= k || o.token > k + 3) continue;
              bool named = false;  // the main clause's own subject in between
              for (const Mention* m : cm) named |= m->b > k && m->b < o.token;
              if (!named) relative_close = k;
            }
          }
        }
        if (!subj && !t.embedded && ci > 0 && cb >= 2 && in_relative &&
            c.tokens[cb - 1].folded == ",") {
          const std::string& w = c.tokens[cb].folded;
          // "los cuales", "la cual": the article opens the relative (p-actor2).
          const bool es_cual =
              c.lang == "es" && cb + 1 < ce && (c.Mask(cb) & Bit(WordClass::kDet)) &&
              (c.tokens[cb + 1].folded == "cual" || c.tokens[cb + 1].folded == "cuales");
          if (w == "who" || w == "which" || w == "qui" || w == "quien" || w == "quienes" ||
              w == "que" || (c.lang == "ru" && IsRelativeSubjectWord(c.lang, w)) || w == "der" ||
              w == "die" || es_cual) {
            for (const auto& m : mentions) {
              if (!m.dead && m.e + 1 == cb && !m.code.empty() && relative_like(&m)) subj = &m;
            }
            relative_antecedent = subj;
            object_relative |= subj && !subject_like(subj);
          }
        }
        // "Penny Wong, who was also in Suva for a forum, met Peters": after
        // the relative clause's closing comma the main clause resumes, and its
        // subject is the antecedent that opened the sentence (r4-en).
        // A name inside the relative clause is none of the main clause's
        // ("..., who was in Suva for a ministers' meeting, met Peters").
        // The same in every language with a relative subject pronoun ("Le
        // Brésil, qui a accueilli ..., a salué", "Chile, que acogió ...,
        // celebró", "Бразилия, которая приняла ..., приветствовала"); a list
        // before the pronoun is the subject as a whole ("Costa Rica and
        // Panama, which have taken in ..., welcomed the decision"), and a
        // title noun or the party's own name before the antecedent is no
        // earlier subject or verb ("U.N. humanitarian chief Tom Fletcher,
        // who ..., praised Chad") (r6-en).
        if (!t.embedded && ci > 0 && cb >= sb + 2 && !in_relative &&
            c.tokens[cb - 1].folded == "," && IsRelativeSubjectWord(c.lang, c.tokens[cb].folded)) {
          size_t close = t.token;  // the comma closing the relative clause
          while (close > cb && c.tokens[close - 1].folded != ",") --close;
          bool own_subject = t.token - close > 4;
          for (const Mention* m : cm) {
            own_subject |= m->b >= close && m->b < t.token && subject_like(m);
          }
          const Mention* antecedent = nullptr;
          for (const auto& m : mentions) {
            if (!m.dead && m.e + 1 == cb && !m.code.empty() && subject_like(&m)) antecedent = &m;
          }
          size_t list_b = antecedent ? antecedent->b : sb;  // where its list begins
          for (const Mention* next = antecedent; next;) {
            const Mention* prev = nullptr;
            for (const auto& m : mentions) {
              if (!m.dead && m.e <= next->b && next->b - m.e <= 3 && (!prev || m.b > prev->b)) {
                prev = &m;
              }
            }
            bool joined = prev && !prev->code.empty() && subject_like(prev), link = false;
            for (size_t k = prev ? prev->e : 0; joined && k < next->b; ++k) {
              const uint64_t mk = c.Mask(k);
              link |= (mk & Bit(WordClass::kAnd)) || c.tokens[k].folded == ",";
              joined =
                  (mk & (Bit(WordClass::kAnd) | Bit(WordClass::kDet))) || c.tokens[k].folded == ",";
            }
            next = joined && link ? prev : nullptr;
            if (next) list_b = next->b;
          }
          // A verb before the antecedent makes it an object; a nominal
          // trigger word in a title ("humanitarian chief") does not.
          auto verb_at = [&](size_t k) {
            for (uint32_t h = 0; h < c.token_hits[k].count; ++h) {
              const LexHit& o = c.hits[c.token_hits[k].begin + h];
              if (o.cls == WordClass::kEvent && !(o.flags & kNominal)) return true;
            }
            return false;
          };
          bool opens_sentence = antecedent != nullptr && relative_word;
          for (size_t k = sb; opens_sentence && k < list_b; ++k) {
            opens_sentence = !(c.Mask(k) & Bit(WordClass::kEvent)) || !verb_at(k);
          }
          for (const auto& m : mentions) {
            opens_sentence &= !(opens_sentence && !m.dead && m.e <= list_b && subject_like(&m) &&
                                &m != antecedent && m.code != antecedent->code);
          }
          // Other languages only where the antecedent opens the sentence (a
          // missed sentence end, "..., que tocó tierra como categoría 5. El
          // secretario general ..., expresó", keeps the clause's own subject).
          // A relative clause closed by ", and" + the next verb ("lobte die
          // Rolle Kenias, das ... vermittle, und sagte Haiti Hilfe zu", "a
          // salué le rôle du Qatar, qui ..., et a annoncé") resumes the main
          // clause in every language, after an object as well (r7-de).
          const bool and_resumed = close > cb && (c.Mask(close) & Bit(WordClass::kAnd));
          const bool applies = c.lang == "en" || opens_sentence || and_resumed;
          if (applies && subj && subj->b < close) subj = nullptr;
          if (!subj && !own_subject && opens_sentence) {
            subj = antecedent;
            relative_antecedent = antecedent;  // with the rest of its list (below)
            relative_from = cb;
            relative_to = close;
          }
          // "met Wang Yi, who landed on Monday, and criticised Japan": the
          // main clause's verb; its subject is the sentence's (below).
          resumed_main = applies && !subj && !own_subject && (c.Mask(close) & Bit(WordClass::kAnd));
        }
        // "a reçu le Premier ministre indien, qu'il a qualifié de partenaire,
        // et remercié le Japon", "recibió a X, que calificó de aliado, y
        // agradeció a Y": an ", and" clause without its own subject right
        // after a relative clause resumes the main clause (p-actor2).
        if (!subj && !t.embedded && ci >= 2 && cb >= sb + 2 && c.tokens[cb - 1].folded == "," &&
            (c.Mask(cb) & Bit(WordClass::kAnd)) && cuts[ci - 1] > sb &&
            c.tokens[cuts[ci - 1] - 1].folded == ",") {
          const std::string& w = c.tokens[cuts[ci - 1]].folded;
          resumed_main = w == "who" || w == "whom" || w == "which" || w == "qu" || w == "que" ||
                         w == "qui" || w == "quien" || w == "quienes" || StartsWith(w, "котор");
          for (const Mention* m : cm) resumed_main &= !(m->b < t.token && subject_like(m));
        }
        // A German infinitive clause after a comma ("hat beschlossen, das
        // Sanktionspaket der EU zu übernehmen", "kündigte an, sich den
        // Maßnahmen anzuschließen") has no subject of its own: the main
        // clause's is the actor, never a genitive after the trigger (r10-de).
        const bool de_infinitive =
            c.lang == "de" && ci > 0 && cb > sb && c.tokens[cb - 1].folded == "," && [&] {
              size_t j = ce;
              while (j > cb && !c.tokens[j - 1].is_word) --j;
              if (j <= cb + 1) return false;
              if (IsCapitalised(c.text, c.tokens[j - 1])) return false;
              if (c.tokens[j - 2].folded == "zu") return true;
              const std::string& w = c.tokens[j - 1].folded;
              for (const char* p :
                   {"anzu", "abzu", "aufzu", "auszu", "einzu", "beizu", "vorzu", "zuzu", "mitzu",
                    "nachzu", "zurückzu", "bereitzu", "freizu", "festzu", "fortzu", "weiterzu"}) {
                if (w.starts_with(p) && EndsWith(w, "en")) return true;
              }
              return false;
            }();
        // A predicate coordinated after ", and" with no subject of its own
        // ("a convoqué l'ambassadeur de France, et a critiqué l'Algérie",
        // "received Nepal's envoy, and congratulated Bhutan"): the name after
        // its verb is its object, the main clause's subject its actor
        // (r11-co). So is one after an adversative ", but" ("a remercié
        // l'UE, mais a accusé les Émirats", "thanked Norway, but criticised
        // Sweden", "agradeció a Chile, pero criticó a Perú") (r12-fr).
        const bool and_continued =
            !t.embedded && !(t.flags & kNominal) && ci > 0 && cb > sb + 1 &&
            c.tokens[cb - 1].folded == "," &&
            ((c.Mask(cb) & Bit(WordClass::kAnd)) || IsAdversative(c.tokens[cb].folded)) &&
            t.token <= cb + 4 &&
            std::none_of(cm.begin(), cm.end(), [&](const Mention* m) { return m->b < t.token; });
        if (!subj && !reported_drop && !t.embedded && !resumed_main && !de_infinitive &&
            !and_continued) {
          // Inverted order may put the subject inside a split predicate
          // ("Am Montag flog Scholz weiter nach Serbien").
          for (const Mention* m : cm) {
            // The channel of aid does not give it ("The aid will be delivered
            // through the World Food Programme").
            if (t.type == aid_ && in_channel(m->b)) continue;
            if (subject_like(m) && m->b > t.token) {
              subj = m;
              break;
            }
          }
        }
        if (subj) {
          subjects.push_back(subj);
          // A relative pronoun after a list stands for the whole list
          // ("lobte Norwegen und Dänemark, die Hilfsgüter geschickt hatten",
          // "praised Norway and Canada, which sent rescue teams") (p-actor).
          if (subj == relative_antecedent) {
            const Mention* next = subj;
            for (auto it = std::make_reverse_iterator(mentions.begin() + (subj - mentions.data()));
                 it != mentions.rend(); ++it) {
              if (it->dead) continue;
              bool link = false, joined = it->e <= next->b && next->b - it->e <= 3;
              for (size_t k = it->e; joined && k < next->b; ++k) {
                const uint64_t mk = c.Mask(k);
                link |= (mk & Bit(WordClass::kAnd)) || c.tokens[k].folded == ",";
                joined = (mk & (Bit(WordClass::kAnd) | Bit(WordClass::kDet))) ||
                         c.tokens[k].folded == ",";
              }
              if (!joined || !link || it->code.empty() || !relative_like(&*it)) break;
              subjects.push_back(&*it);
              next = &*it;
            }
          }
          // Coordination: "X und Y trafen sich".
          for (auto it = cm.begin(); it != cm.end(); ++it) {
            if (*it != subj) continue;
            auto prev = it;
            while (prev != cm.begin()) {
              const Mention* p = *(prev - 1);
              bool coordinated =
                  subject_like(p) && p->e + 1 == (*prev)->b &&
                  ((c.Mask(p->e) & Bit(WordClass::kAnd)) || c.tokens[p->e].folded == ",");
              if (!coordinated) break;
              subjects.push_back(p);
              --prev;
            }
            // Forward: "Estonia, Latvia and Lithuania", "El Gobierno de El
            // Salvador y la Unión Europea" (articles may follow the "and").
            // An office with its portfolio after it before the "and" ("le
            // ministre nigérien des Affaires étrangères et son homologue
            // béninois", "Ghana's Minister of Trade and his Togolese
            // counterpart"): the portfolio is no party (r11-co).
            auto portfolio_gap = [&](const Mention* a, const Mention* b) {
              if (!a->has_role || a->code.empty() || b->b > a->e + 6 || b->b <= a->e + 2 ||
                  !(c.Mask(a->e) & Bit(WordClass::kPrepOf))) {
                return false;
              }
              size_t k = a->e + 1;
              while (k < b->b && c.tokens[k].is_word &&
                     !(c.Mask(k) & (Bit(WordClass::kAnd) | Bit(WordClass::kEvent)))) {
                ++k;
              }
              if (k >= b->b || !(c.Mask(k) & Bit(WordClass::kAnd))) return false;
              for (size_t j = k + 1; j < b->b; ++j) {
                if (!(c.Mask(j) & Bit(WordClass::kDet))) return false;
              }
              return true;
            };
            auto joined = [&](const Mention* a, const Mention* b) {
              if (portfolio_gap(a, b)) return true;
              if (b->b <= a->e || b->b - a->e > 3) return false;
              bool link = false;
              for (size_t k = a->e; k < b->b; ++k) {
                const uint64_t mk = c.Mask(k);
                if ((mk & Bit(WordClass::kAnd)) || c.tokens[k].folded == ",") {
                  link = true;
                } else if (!(mk & Bit(WordClass::kDet)) && c.tokens[k].folded != "'") {
                  return false;
                }
              }
              return link;
            };
            // A Russian subject after a plural verb takes its coordinated
            // parties after the verb too ("прибыли лидеры Белоруссии,
            // Казахстана и Таджикистана") (r2-ru).
            // The plural verb may follow a nominal trigger, the fronted
            // object ("Гуманитарные грузы в республику также отправили Китай
            // и Индия") (r9-ru).
            const bool ru_inverted_plural = c.lang == "ru" && subj->b > t.token && [&] {
              for (size_t k = t.token; k < subj->b && k < t.token + 8; ++k) {
                if (c.tokens[k].is_word && EndsWith(c.tokens[k].folded, "ли")) return true;
              }
              return false;
            }();
            auto next = it + 1;
            while (next != cm.end()) {
              // A possessive between the "and" and the next office ("Министр
              // иностранных дел Армении и его грузинский коллега") is that
              // office's own word (r11-co).
              auto cand = next;
              if ((*next)->code.empty() && ((*next)->pronoun || (*next)->obj_pronoun) &&
                  next + 1 != cm.end() && (*(next + 1))->b == (*next)->e &&
                  ((*(next + 1))->has_role || (*(next + 1))->counterpart) && (*next)->b > 0 &&
                  (c.Mask((*next)->b - 1) & Bit(WordClass::kAnd))) {
                ++cand;
              }
              if (!joined(*(next - 1), *next) || !subject_like(*cand) ||
                  !((*cand)->e <= t.token || ru_inverted_plural)) {
                break;
              }
              subjects.push_back(*cand);
              next = cand + 1;
            }
            // So does a Spanish subject after a plural preterite (verb-subject
            // order: "a la que asistieron los mandatarios de Panamá, José
            // Raúl Mulino; de Paraguay, ...", "También felicitaron al nuevo
            // mandatario los gobiernos de Argentina, Ecuador y El Salvador"):
            // the parties listed with "de", commas, "y" and appositions (r5-es).
            const bool es_inverted_plural = c.lang == "es" && subj->b > t.token && [&] {
              for (size_t k = t.token; k < subj->b && k < t.token + t.length; ++k) {
                if (EndsWith(c.tokens[k].folded, "ron")) return true;
              }
              return false;
            }();
            while (es_inverted_plural && next != cm.end() && !(*next)->code.empty() &&
                   !(*next)->place && (*next)->b >= (*(next - 1))->e &&
                   (*next)->b - (*(next - 1))->e <= 3 && [&] {
                     for (size_t k = (*(next - 1))->e; k < (*next)->b; ++k) {
                       const std::string& w = c.tokens[k].folded;
                       if (!(c.Mask(k) & (Bit(WordClass::kAnd) | Bit(WordClass::kDet))) &&
                           w != "," && w != ";" && w != "de") {
                         return false;
                       }
                     }
                     return true;
                   }()) {
              subjects.push_back(*next);
              ++next;
            }
            // A French plural office before the verb names its states in
            // "de" phrases: "Les ministres des Affaires étrangères de
            // l'Égypte, de la Jordanie et de l'Irak se sont réunis", "Les
            // présidents du Maroc, de la Tunisie et de la Mauritanie" (r5-fr).
            const bool fr_plural_office =
                c.lang == "fr" && subj->e <= t.token && (subj->plural || subj->has_role) && [&] {
                  size_t k = subj->b;
                  while (k < subj->e && (c.Mask(k) & Bit(WordClass::kDet))) ++k;
                  if (k >= subj->e || !c.tokens[k].is_word || IsCapitalised(c.text, c.tokens[k]))
                    return false;
                  const std::string& w = c.tokens[k].folded;
                  return w.size() > 3 && (EndsWith(w, "s") || EndsWith(w, "x"));
                }();
            size_t of_listed = 0;
            const size_t before_of = subjects.size();
            for (auto nx = it + 1; fr_plural_office && nx != cm.end(); ++nx) {
              const Mention* m = *nx;
              const Mention* prev_m = *(nx - 1);
              if (m->code.empty() || m->place || !(m->prep & Bit(WordClass::kPrepOf)) ||
                  m->e > t.token || m->b < prev_m->e || m->b - prev_m->e > (nx == it + 1 ? 6 : 4)) {
                break;
              }
              bool ok = true;
              for (size_t k = prev_m->e; k < m->b && ok; ++k) {
                const std::string& w = c.tokens[k].folded;
                const uint64_t mk = c.Mask(k);
                ok = (mk &
                      (Bit(WordClass::kAnd) | Bit(WordClass::kDet) | Bit(WordClass::kPrepOf))) ||
                     w == "," || w == "'" ||
                     (nx == it + 1 && c.tokens[k].is_word && !(mk & Bit(WordClass::kEvent)));
              }
              if (!ok) break;
              subjects.push_back(m);
              ++of_listed;
            }
            // A codeless office needs two states ("Les ministres de l'UE" stays the group).
            if (subj->code.empty() && of_listed == 1) subjects.resize(before_of);
            if (of_listed >= 2 && subj->code.empty()) std::erase(subjects, subj);
            // The listed states are the parties together: no target needed.
            if (of_listed + (subj->code.empty() ? 0 : 1) >= 2) plural_subject = true;
          }
        }
        for (const Mention* m : subjects) {
          plural_subject |= m->plural;
          // A plural office sanctioning or protesting in a story whose
          // parties never met ("Die EU verhängte Sanktionen gegen Iran. Die
          // Außenminister der Mitgliedstaaten beschlossen Einreiseverbote",
          // "The ministers summoned the envoy") is one side's, the story's
          // first party: the side a one-sided act hits is none of its
          // authors (r13-de).
          if (m->plural && m->code.empty() && m->group_n == 0 && !c.d.met &&
              (t.type == sanction_ || t.type == protest_) && c.d.pair.size() >= 2 &&
              !NamesBothSides(c.tokens, m->b, m->e)) {
            AddUnique(actors, c.d.pair[0]);
            continue;
          }
          resolve(m, true, actors);
        }
        // Targets: the first object after the trigger and what is coordinated
        // with it ("thanked Tokyo and Washington for ..."); later mentions
        // belong to complements ("as a violation of U.N. resolutions").
        // An organisation given aid for a state named right after it passes
        // it on: the state is the recipient ("a contribution of 15 million
        // dollars to the World Food Programme for Haiti", "au PAM pour
        // l'Afghanistan", "à l'UNRWA en faveur des réfugiés de Gaza", "an
        // UNICEF für den Sudan", "в ЮНИСЕФ для Йемена"). A for-preposition
        // within five words, no comma between (rec12).
        auto passes_aid_on = [&](const Mention* org) {
          if (org->kind != EntryKind::kOrganisation || org->has_person) return false;
          bool purpose = false;
          auto next = std::find(cm.begin(), cm.end(), org);
          for (size_t k = org->e; k < ce && k <= org->e + 5; ++k) {
            const std::string& w = c.tokens[k].folded;
            if (w == ",") return false;
            while (next != cm.end() && (*next)->b < k) ++next;
            const Mention* r = next != cm.end() && (*next)->b == k ? *next : nullptr;
            if (r && purpose && !r->code.empty() && r->code != org->code &&
                r->kind != EntryKind::kOrganisation && !r->has_person) {
              return true;
            }
            // ("en faveur des réfugiés", "au profit de", "zugunsten", "a
            // favor de", "in favour of", "в пользу")
            purpose |= (c.Mask(k) & Bit(WordClass::kPrepTo)) != 0 || w == "faveur" ||
                       w == "profit" || w == "zugunsten" || w == "favor" || w == "favour" ||
                       w == "пользу";
          }
          return false;
        };
        const Mention* last_target = nullptr;
        const Mention* last_of = nullptr;  // the latest of-phrase object taken
        bool targets_closed = false;
        // A meeting or visit partner after a word of sequence is another one
        // ("s'est entretenu avec X, puis avec Y", "met X and later Y", "mit X
        // und danach mit Y", "con X y luego con Y", "с X, а затем с Y"); the
        // meeting is split into one per partner below (r10-fr).
        const bool then_joins = t.type == meeting_ || t.type == visit_;
        auto coordinated = [&](const Mention* a, const Mention* b) {
          if (b->b < a->e || b->b - a->e > 5) return false;
          bool joined = false, then = false;
          for (size_t k = a->e; k < b->b; ++k) {
            uint64_t mask = c.Mask(k);
            if (mask & Bit(WordClass::kAnd))
              joined = true;
            else if (c.tokens[k].folded == ",")
              joined = true;
            else if (c.tokens[k].folded == "'")
              continue;
            else if (then_joins && IsThenWord(c.tokens[k].folded))
              joined = then = true;
            else if (!(mask & (Bit(WordClass::kDet) | kObjPrep | Bit(WordClass::kPrepOf))))
              return false;
          }
          return joined && (then || b->b - a->e <= 4);
        };
        auto add_target = [&](const Mention* m) {
          if (targets_closed) return;
          // The actor's own people before the trigger ("Macron became the first
          // French president to visit ...", "die Festnahme eines deutschen
          // Journalisten durch Iran") neither are nor close the object.
          if (m->b < t.token && !m->code.empty() && Contains(actors, m->code)) return;
          if (last_target && !coordinated(last_target, m)) {
            targets_closed = true;
            return;
          }
          // A bare office after a recipient preposition said with the very
          // title one holder alone was introduced with is that holder
          // ("Sa Majesté le Roi Mohammed VI ... un message de remerciements à
          // SM le Roi", "King Abdullah ... expressed gratitude to the King")
          // (r7-fr).
          const Participant* titled = m->code.empty() && !m->plural && !m->pronoun &&
                                              !m->counterpart && m->has_role && m->e > m->b &&
                                              !IsInstitutionRole(m->role)
                                          ? c.d.TitledHolder(c.tokens[m->e - 1].folded)
                                          : nullptr;
          if (titled && !Contains(actors, titled->code)) {
            AddUnique(targets, *titled);
          } else {
            resolve(m, false, targets);
          }
          first_target_b = std::min(first_target_b, m->b);
          last_target = m;
        };
        for (const Mention* m : cm) {
          if (std::find(subjects.begin(), subjects.end(), m) != subjects.end()) continue;
          if (m->b > relative_close) continue;  // the main clause after the relative one
          if (m->b >= relative_from && m->b < relative_to) continue;  // the relative clause
          // The actor's own officials ("a rappelé ses ambassadeurs en France",
          // "recalled its ambassadors", "llamó a consultas a sus embajadores",
          // "rief seine Botschafter zurück", "отозвал своих послов") are no
          // group of the story's parties (r7-fr).
          if (m->plural && m->code.empty() && !m->pronoun && m->b > cb) {
            const std::string& d = c.tokens[m->b - 1].folded;
            if (d == "ses" || d == "leurs" || d == "its" || d == "their" || d == "sus" ||
                d == "seine" || d == "ihre" || d == "своих" || d == "свои") {
              continue;
            }
          }
          // Likewise one office of the actor's own named by a possessive and
          // no state ("its embassy said", "über sein Rotes Kreuz", "par
          // son ambassade", "a través de su embajada", "через своё
          // посольство"): the speaker or channel, no party to the act; a
          // counterpart, host or guest is the other side (ctx13).
          if (!m->plural && m->code.empty() && !m->pronoun && !m->counterpart && m->has_role &&
              m->role != "host" && m->role != "guest" && m->b > cb) {
            const std::string& d = c.tokens[m->b - 1].folded;
            if (d == "its" || d == "his" || d == "her" || d == "their" || d == "son" || d == "sa" ||
                d == "leur" || d == "su" || d == "sein" || d == "seine" || d == "seinen" ||
                d == "seinem" || d == "seiner" || d == "ihr" || d == "ihre" || d == "ihren" ||
                d == "ihrem" || d == "ihrer" || d == "своё" || d == "свое" || d == "свой" ||
                d == "своего" || d == "своему" || d == "своим" || d == "своя" || d == "свою" ||
                d == "своей") {
              continue;
            }
          }
          // The channel of aid is no party to it ("über die Austrian
          // Development Agency", "a través de la Cruz Roja", "through UNICEF").
          if (t.type == aid_ && in_channel(m->b)) continue;
          if (t.type == aid_ && m->b > t.token && passes_aid_on(m)) continue;
          if ((t.type == meeting_ || t.type == visit_ || type.symmetric) && summit_setting(m)) {
            continue;
          }
          // A witness of a signing is no party to it when the act names its
          // parties ("signed a protocol ..., with Anwar looking on", "as
          // Kallas looked on", "in the presence of U.S. President Trump");
          // "were signed in the presence of the two leaders" names them by
          // the witnesses (r9-en).
          if (type.symmetric && actors.size() + targets.size() + of_targets.size() >= 2 &&
              witness(m)) {
            continue;
          }
          // "X and Y signed a declaration committing both sides to ...": a
          // pair named after a joint act of two named parties is they (r9-en).
          if (type.symmetric && m->plural && m->code.empty() && !m->pronoun && actors.size() >= 2 &&
              m->b > t.token) {
            continue;
          }
          bool after = m->b >= t.token;
          // A possessor inside the trigger's own gap names whose message it
          // is ("conveyed Kenya's gratitude to Turkey", "expressed Japan's
          // appreciation to Vietnam"): the actor's state, not the object (r2-en).
          if (m->b > t.token && m->e + 1 < t.token + t.length && c.tokens[m->e].folded == "'" &&
              !m->code.empty()) {
            if (Contains(actors, m->code)) continue;
            if (actors.empty() && t.type == thanks_) {
              resolve(m, true, actors);
              continue;
            }
          }
          // "criticised what he called an \"unsafe\" intercept", "condemned
          // what they called China's actions", "a dénoncé ce qu'il a qualifié
          // de", "verurteilte, was er als ... bezeichnete", "осудил то, что он
          // назвал": the pronoun speaks the qualification; the judged deed
          // and its author follow (p-crit).
          if (t.type == criticism_ && after && m->pronoun && m->b >= 2) {
            const std::string& w1 = c.tokens[m->b - 1].folded;
            const std::string& w2 = c.tokens[m->b - 2].folded;
            if (w1 == "what" || w1 == "was" || (w1 == "'" && w2 == "qu") ||
                (w1 == "что" && w2 == ",")) {
              continue;
            }
          }
          // The qualification a critic gives in quotes ("calificó el viaje
          // de «provocación contraria a las resoluciones de la ONU»", "called
          // the incursion \"a violation of NATO airspace\"", "a qualifié cet
          // incident de « violation des engagements pris devant l'ONU »",
          // "nannte die Übung „eine Provokation gegen die NATO“"): parties
          // named inside it are words of the judgment, not the judged; the
          // deed's author is (p-crit2).
          if (t.type == criticism_ && after && m->b > t.token + 1) {
            bool inside = false, qualifying = false, spoken = false;
            const std::string& tw = c.tokens[t.token].folded;
            const bool call_verb = StartsWith(tw, "call") || StartsWith(tw, "nann") ||
                                   StartsWith(tw, "nenn") || StartsWith(tw, "назва");
            for (size_t k = t.token + 1; k < m->b; ++k) {
              const std::string& w = c.tokens[k].folded;
              spoken |= w == "what" || w == "was" || w == "что" || w == "qu";
              const bool open =
                  w == "«" || w == "„" || (w == "“" && c.lang != "de") || (w == "\"" && !inside);
              const bool close =
                  w == "»" || w == "”" || (w == "“" && c.lang == "de") || (w == "\"" && inside);
              if (open && !inside) {
                const std::string& p = c.tokens[k - 1].folded;
                qualifying = !spoken && (call_verb || p == "de" || p == "d" || p == "'" ||
                                         p == "as" || p == "als" || p == "comme" || p == "как");
                inside = true;
              } else if (close) {
                inside = false;
              }
            }
            if (inside && qualifying) {
              quoted_judgment = true;
              continue;
            }
          }
          // A firm based in a place is no party ("two Dubai-based oil
          // traders", "in London ansässige Firmen" aside) (r-crit).
          if (m->e + 1 < se && c.tokens[m->e].folded == "-" &&
              c.tokens[m->e + 1].folded == "based") {
            continue;
          }
          // Before a second act of the type, the objects of the first are
          // its own ("kritisierte Russland und warf China ... vor").
          if (!after && std::any_of(triggers.begin(), triggers.end(), [&](const Trigger& o) {
                return o.type == t.type && o.token < t.token && o.token + o.length <= m->b;
              })) {
            continue;
          }
          // After a later act with a verb of its own after "and", the objects
          // are that act's ("anunció una aportación ... para la reconstrucción
          // de Gaza y criticó a Israel", "pledged 5 million euros for Gaza and
          // criticised Israel", "a débloqué ... et a critiqué Israël"); not
          // two verbs sharing one object ("thanked and praised Japan") (p-aid7).
          if (after && std::any_of(triggers.begin(), triggers.end(), [&](const Trigger& o) {
                if (o.type == t.type || o.token < std::max(t.token + t.length + 1, t.token + 3) ||
                    o.token + o.length > m->b || (o.flags & (kNominal | kComplementOnly))) {
                  return false;
                }
                for (size_t j = o.token; j > t.token + t.length && j + 3 > o.token;) {
                  --j;
                  if (c.tokens[j].folded == ",") return false;
                  if (!(c.Mask(j) & Bit(WordClass::kAnd))) continue;
                  // ... when the first act named a party of its own before
                  // "and" ("offered condolences and sent aid to Turkey" share it).
                  return std::any_of(cm.begin(), cm.end(), [&](const Mention* own) {
                    return own->b > t.token && own->e <= j && !own->code.empty() &&
                           !Contains(actors, own->code);
                  });
                }
                return false;
              })) {
            continue;
          }
          // The partner of the meeting a criticism was voiced at is none of
          // its targets ("verurteilte bei einem Treffen mit der Ministerin die
          // Gewalt israelischer Siedler", "kritisierte in einem Telefonat mit
          // Macron die Angriffe") (p-crit7).
          if (t.type == criticism_ && after && (m->prep & Bit(WordClass::kPrepWith))) {
            bool setting = false;
            for (size_t j = m->b > t.token + 4 ? m->b - 4 : t.token + 1; j < m->b && !setting;
                 ++j) {
              for (uint32_t h = 0; h < c.token_hits[j].count && !setting; ++h) {
                const LexHit& hit = c.hits[c.token_hits[j].begin + h];
                setting = hit.cls == WordClass::kEvent && hit.event_type == meeting_;
              }
            }
            if (setting) continue;
          }
          // A state or people (also by an adjective) after a condemned act of
          // violence aimed at it is its victim, not the one condemned ("la
          // violencia de los colonos contra la población palestina",
          // "Übergriffe radikaler Siedler auf palästinensische Dörfer").
          if (t.type == criticism_ && after && !(m->prep & Bit(WordClass::kPrepBy))) {
            bool violence = false, aimed = false;
            for (size_t k = t.token + t.length; k < m->b && !aimed; ++k) {
              violence |= (c.Mask(k) & Bit(WordClass::kViolence)) != 0;
              const std::string& w = c.tokens[k].folded;
              aimed = violence && ((c.Mask(k) & Bit(WordClass::kPrepAgainst)) || w == "auf" ||
                                   w == "on" || w == "sur" || w == "на");
            }
            if (aimed) continue;
          }
          // The objects of the act before it.
          if ((t.circumstance || t.embedded) && !after) continue;
          // Before a verb-final participle, after the subject ("ist am
          // Mittwoch nach Marokko gereist").
          const bool final_zone = verb_final && subj && m->b >= subj->e && m->b < t.token;
          // A German clause opening with a dative or accusative phrase
          // before the verb and its subject ("Dem Volk von Ghana übermittelte
          // Van der Bellen seine Glückwünsche", "Den Opfern in Peru sprach
          // der Kanzler sein Beileid aus"): what it names is the object (r6-de).
          const bool fronted_object = [&] {
            if (c.lang != "de" || after || !subj || m->e >= subj->b || m->b <= cb) {
              return false;
            }
            const std::string& w0 = c.tokens[cb].folded;
            return w0 == "dem" || w0 == "den" || w0 == "einem";
          }();
          if (m->prep & Bit(WordClass::kPrepBy) && !(m->prep & Bit(WordClass::kPrepOf)) &&
              (!(m->prep & kObjPrep) || (type.symmetric && after && !actors.empty()))) {
            // "signed a ceasefire agreement ... after talks mediated by Qatar
            // and Turkey": the agent of another participle is no party to a
            // joint act (r4-en).
            if (type.symmetric && after && c.lang == "en" && !actors.empty()) {
              size_t by = m->b;
              while (by > t.token + t.length && !(c.Mask(by) & Bit(WordClass::kPrepBy))) --by;
              const std::string& w = c.tokens[by - 1].folded;
              if ((c.Mask(by) & Bit(WordClass::kPrepBy)) && by - 1 >= t.token + t.length &&
                  w.size() > 4 && EndsWith(w, "ed") && !(c.Mask(by - 1) & Bit(WordClass::kEvent))) {
                continue;
              }
            }
            // The agent of a participle of another noun after the judged
            // deed, whose author is already named ("el bombardeo israelí
            // contra una escuela gestionada por la UNRWA", "the Russian strike
            // on a depot run by the WFP", "la frappe russe contre un entrepôt
            // géré par le PAM"), runs that noun: no author of the deed
            // (p-crit2).
            if (t.type == criticism_ && after && !targets.empty() && !actors.empty()) {
              size_t by = m->b;
              while (by > t.token + t.length && !(c.Mask(by) & Bit(WordClass::kPrepBy))) --by;
              const uint64_t act_words =
                  Bit(WordClass::kEvent) | Bit(WordClass::kDeed) | Bit(WordClass::kViolence);
              if ((c.Mask(by) & Bit(WordClass::kPrepBy)) && by >= t.token + t.length + 2 &&
                  !(c.Mask(by - 1) & act_words) && !(c.Mask(by - 2) & act_words)) {
                const std::string& p = c.tokens[by - 1].folded;
                bool participle = false;
                for (const char* e : {"ed", "ado", "ada", "ados", "adas", "ido", "ida", "idos",
                                      "idas", "é", "ée", "és", "ées", "ie", "ue", "enen", "te"}) {
                  participle |= p.size() > 3 && p.ends_with(e);
                }
                participle |= p == "run" || p == "held" || p == "built" || p == "owned" ||
                              p == "géré" || p == "tenu" || p == "tenue";
                bool noun_is_party = false;
                for (const auto& o : mentions) noun_is_party |= o.b <= by - 2 && o.e > by - 2;
                if (participle && !noun_is_party) continue;
              }
            }
            // In a clause that goes on with the sentence's subject ("Il a
            // accusé le Rwanda ..., et a salué le rôle joué par le Qatar",
            // "and praised the role played by Qatar", "y elogió el papel
            // desempeñado por Qatar"), the agent of a participle after the act
            // is the author of its object, not the actor (r7-fr).
            bool object_agent = false;
            const bool goes_on = ci > 0 || (!triggers.empty() && t.token > triggers.front().token);
            if (actors.empty() && after && goes_on) {
              size_t by = m->b;
              while (by > t.token + t.length && !(c.Mask(by) & Bit(WordClass::kPrepBy))) --by;
              if ((c.Mask(by) & Bit(WordClass::kPrepBy)) && by > t.token + t.length &&
                  !(c.Mask(by - 1) & Bit(WordClass::kEvent))) {
                const std::string& p = c.tokens[by - 1].folded;
                for (const char* e : {"ed", "ado", "ada", "ados", "adas", "ido", "ida", "idos",
                                      "idas", "é", "ée", "és", "ées", "ue", "ues", "u", "us"}) {
                  object_agent |= p.size() > 3 && p.ends_with(e);
                }
              }
            }
            if (object_agent) {
              add_target(m);
            } else if (actors.empty()) {
              resolve(m, true, actors);
            } else if ((after || final_zone) && !type.place_target) {
              // "critiqué les droits de douane imposés par Washington", "hat die
              // Festnahme durch Iran kritisiert".
              // The Spanish agent of a criticised act comes before its
              // recipient ("condenó el bloqueo de la ayuda a Gaza por parte de
              // Israel") (r4-es).
              if (c.lang == "es" && t.type == criticism_ && after && !targets.empty()) {
                targets.clear();
                last_target = nullptr;
                targets_closed = false;
              }
              add_target(m);
              // "a salué la déclaration signée ... par l'Arménie et
              // l'Azerbaïdjan": those who signed are the parties, not the
              // one who welcomed it.
              if (type.symmetric && after) by_parties = true;
            }
            continue;
          }
          // A city after a place preposition is where it happens, even when
          // the preposition can also mark the recipient (French "à").
          // The preposition ending the trigger pattern governs the object
          // ("lashed out at North Korea", "took aim at the United States").
          const size_t trigger_end = t.token + t.length;
          if (!type.place_target && m->b >= trigger_end && m->b <= trigger_end + 2 &&
              (c.Mask(trigger_end - 1) & (kPlacePrep | kObjPrep)) && !m->code.empty()) {
            add_target(m);
            continue;
          }
          // A state after such a preposition is the recipient of an act that
          // has no place ("exprimé sa gratitude à la France", "bedankte sich
          // bei Deutschland").
          // A capital after a phrase that only marks a recipient ("критикой
          // в адрес Вашингтона", "претензии в адрес Киева") names its state,
          // no place (r13-ru).
          const bool addressed =
              m->b > cb && c.tokens[m->b - 1].folded == "адрес" && (m->prep & kObjPrep);
          const bool recipient_state = (m->prep & kObjPrep) && !type.place_target &&
                                       (m->kind == EntryKind::kState || addressed) &&
                                       m->b <= t.token + t.length + 4;
          // A Russian place fronted before a verb of travel whose subject
          // follows is the destination ("В Душанбе приехали президенты
          // ...") (r2-ru).
          const bool fronted_destination =
              c.lang == "ru" && t.type == visit_ && subj && subj->b > t.token && m->b < t.token;
          if ((m->prep & kPlacePrep) && m->place && !m->has_person && !m->has_role &&
              !recipient_state) {
            // A German sanction's bare "in" + name is where it was decided
            // ("beschlossen die Strafmaßnahmen am Donnerstag in Luxemburg");
            // the direction of a ban takes "nach" or an article ("Ausfuhren
            // nach Russland", "in den Iran") (r13-de).
            const bool decided_at = t.type == sanction_ && c.lang == "de" && m->b > cb &&
                                    c.tokens[m->b - 1].folded == "in";
            if (decided_at) continue;
            if (after || final_zone || fronted_destination) resolve(m, false, places);
            // "arrived in Tallinn for a meeting of ministers", "est arrivé à
            // Kinshasa ..., la première depuis la rupture entre la Belgique et
            // le Rwanda": the place reached is the host; later names belong
            // to complements.
            if ((after || final_zone) && type.place_target && !m->code.empty() && !last_target) {
              targets_closed = true;
            }
            continue;
          }
          // A list coordinated after an of-phrase object belongs to it, however
          // long ("the efforts of Qatar, Turkey and the United States", "el
          // apoyo de los gobiernos de Brasil, Chile y México", "l'engagement de
          // la France, de l'Allemagne et du Japon") (p-target).
          if (last_of && after && !last_of->code.empty() && !m->code.empty() && !m->plural &&
              !m->pronoun && !(m->prep & (kObjPrep | kPlacePrep)) && coordinated(last_of, m)) {
            resolve(m, false, of_targets);
            last_of = m;
            continue;
          }
          if (m->prep & kObjPrep) {
            // "condena la agresión de Rusia contra Ucrania": after the author
            // of the criticised act comes its victim, not the one criticised
            // (also "the Israeli raid on Jenin", "the visit of Orban to Moscow").
            if (type.name == "CRITICISM" && after && targets.empty() && !of_targets.empty() &&
                (m->prep & kObjPrep)) {
              continue;
            }
            // The victim of a condemned attack is not the one condemned
            // ("condemned the Houthi attack on a Liberian-flagged carrier").
            if (t.type == criticism_ && after) {
              bool victim = false;
              for (size_t k = m->b; k > t.token + t.length && k + 5 > m->b && !victim;) {
                --k;
                if (c.tokens[k].folded == ",") break;
                victim = (c.Mask(k) & Bit(WordClass::kViolence)) != 0;
              }
              // An adjective right after the attack is its author ("aux
              // frappes israéliennes sur Gaza", "ataques rusos contra").
              const bool author = m->kind == EntryKind::kStateAdjective && m->b > 0 &&
                                  (c.Mask(m->b - 1) & Bit(WordClass::kViolence)) != 0;
              if (victim && !author) continue;
            }
            if (m->counterpart && m->code.empty()) counterpart_object = true;
            // After the trigger, or between subject and a final participle
            // ("ist in Genf mit dem armenischen Außenminister zusammengetroffen").
            // Not the object of an act named before ("She thanked Estonia for
            // leading NATO's presence ... and announced 20 million pounds").
            // A bare send verb named only as a complement (`vk`: "направил
            // хорватскому народу приветствие") is no act of its own (r5-types).
            bool earlier_act = false;
            for (size_t k = subj ? subj->e : m->b; k < m->b && !after; ++k) {
              if (!(c.Mask(k) & Bit(WordClass::kEvent))) continue;
              for (uint32_t h = 0; h < c.token_hits[k].count && !earlier_act; ++h) {
                const LexHit& o = c.hits[c.token_hits[k].begin + h];
                earlier_act = o.cls == WordClass::kEvent &&
                              (!(o.flags & kComplementOnly) || (o.flags & kNominal));
              }
            }
            // Nor the object of a predicate coordinated before it that is no
            // act ("ont apporté leur soutien au Burkina et dénoncé
            // l'hostilité d'Abidjan", "expressed support for Kyiv and
            // condemned ..."): an "and" after it with nobody named before
            // the trigger joins two predicates, not two objects (r9-fr).
            bool own_predicate = false;
            for (size_t k = m->e; k < t.token && !after && !own_predicate; ++k) {
              own_predicate = (c.Mask(k) & Bit(WordClass::kAnd)) &&
                              std::none_of(cm.begin(), cm.end(), [&](const Mention* o) {
                                return o->b > k && o->b < t.token;
                              });
            }
            if (after || (subj && m->b >= subj->e && !earlier_act && !own_predicate)) add_target(m);
            continue;
          }
          if (m->prep & kPlacePrep) {
            if (after || final_zone) resolve(m, false, places);
            continue;
          }
          // The state of a listed office repeated with its preposition ("les
          // présidents du Ghana et du Togo", "los embajadores de Perú y de
          // Chile", "the presidents of Ghana and of Togo"): the same office
          // of each, coordinated with the object (p-meet).
          if ((m->prep & Bit(WordClass::kPrepOf)) && after && last_target &&
              last_target->has_role && !last_target->code.empty() && !m->code.empty() &&
              !m->has_person && !m->plural && !m->pronoun && coordinated(last_target, m)) {
            add_target(m);
            continue;
          }
          if (m->prep & Bit(WordClass::kPrepOf)) {
            // Between subject and a final participle or a nominal trigger, or
            // in the trigger's own phrase; after a comma it belongs to a
            // complement ("aid worth 4.2 billion kroner, funded from frozen
            // Russian assets").
            const bool comma_after_trigger =
                m->b > t.token &&
                std::any_of(c.tokens.begin() + static_cast<std::ptrdiff_t>(t.token),
                            c.tokens.begin() + static_cast<std::ptrdiff_t>(m->b),
                            [](const Token& tk) { return tk.folded == ","; });
            const bool object_zone = subj && m->b >= subj->e && !comma_after_trigger &&
                                     (verb_final || (t.flags & kNominal));
            // A reported judgement without its own subject ("sagte, die
            // Entscheidung von Frankreich sei bedauerlich"): the owner of the
            // judged act stands before the predicate.
            const bool judged_owner =
                t.type == criticism_ && !subj && ci > 0 && m->b < t.token && m->b >= cb;
            if ((after && m->b <= t.token + t.length + 10) || object_zone || judged_owner ||
                fronted_object) {
              resolve(m, false, of_targets);
              first_of_b = std::min(first_of_b, m->b);
              if (after) last_of = m;
            }
            continue;
          }
          // Objects: after the trigger, or before a verb-final participle, or
          // before a nominal trigger ("drückte der Bevölkerung Myanmars sein
          // Beileid aus").
          // A subject pronoun there starts a reported clause ("said he was
          // grateful to Azerbaijan"), it is no object.
          const bool reported_subject = !after && m->pronoun;
          // A plural pronoun after a relative or subordinating word is the
          // subject of that clause ("a phone call from X, during which they
          // discussed ..."), no object.
          const bool clause_subject_pronoun = m->plural && m->code.empty() && m->b > cb &&
                                              (c.Mask(m->b - 1) & Bit(WordClass::kClause)) != 0;
          if (clause_subject_pronoun) continue;
          // An object pronoun before the verb is its object: clitics ("lo
          // recibió", "le agradeció", "l'a remercié", "его встретил") and
          // German pronouns before the subject ("wo ihn Tusk empfing").
          const bool proclitic = m->obj_pronoun && m->b < t.token;
          // The object of an earlier verb coordinated before this act is not
          // its object ("поблагодарил Китай за помощь и выразил соболезнования
          // Турции", "thanked Chile for its help and sent condolences to")
          // (r5-struct). German participles coordinated at the end share the
          // middle field before them ("hatte Sri Lanka gratuliert und Hilfe
          // zugesagt").
          const bool earlier_verb_object = !after && m->b < t.token && c.lang != "de" && [&] {
            for (size_t k = m->e; k + 1 < t.token; ++k) {
              if (!(c.Mask(k) & Bit(WordClass::kAnd)) || (c.Mask(k + 1) & Bit(WordClass::kDet)) ||
                  !c.tokens[k + 1].is_word || IsCapitalised(c.text, c.tokens[k + 1])) {
                continue;
              }
              const bool mention_next = std::any_of(
                  cm.begin(), cm.end(), [&](const Mention* o) { return o->b == k + 1; });
              if (!mention_next) return true;
            }
            return false;
          }();
          // A German split predicate opening a coordinated main clause
          // ("verurteilte den russischen Angriff und sprach der Ukraine sein
          // Beileid aus", "lobte Kenia und sagte Haiti Hilfe zu") has its
          // objects inside its own bracket; what stands before "und" is the
          // earlier verb's, when the bracket names an object of its own (r10-de).
          const bool earlier_split_object =
              !after && m->b < t.token && c.lang == "de" && !(t.flags & kNominal) && t.length > 2 &&
              std::any_of(cm.begin(), cm.end(),
                          [&](const Mention* o) {  // the bracket names its own object
                            return o->b > t.token && o->e < t.token + t.length &&
                                   (!o->code.empty() || o->obj_pronoun);
                          }) &&
              [&] {
                for (size_t k = m->e; k < t.token; ++k) {
                  if (!(c.Mask(k) & Bit(WordClass::kAnd)) || t.token - k > 3) continue;
                  bool bare = true;  // only lowercase adverbs between: "und zudem sprach"
                  for (size_t j = k + 1; j < t.token && bare; ++j) {
                    bare = c.tokens[j].is_word && !IsCapitalised(c.text, c.tokens[j]) &&
                           !(c.Mask(j) & Bit(WordClass::kDet));
                  }
                  if (bare) return true;
                }
                return false;
              }();
          if (!reported_subject && !earlier_verb_object && !earlier_split_object &&
              (after || proclitic || fronted_object ||
               (subj && m->b >= subj->e && (verb_final || (t.flags & kNominal))))) {
            if (m->counterpart && m->code.empty()) counterpart_object = true;
            if (m->place && !m->has_person && !m->has_role && m->kind != EntryKind::kCapital &&
                m->kind != EntryKind::kCity && m->kind != EntryKind::kRegion) {
              resolve(m, false, places);
            } else if (m->code.empty() && !m->plural && !m->pronoun && m->has_role &&
                       m->role != "host" && m->role != "guest") {
              // "dankte dem König": the king of the story (r6-de); else
              // "dankte dem Präsidenten": the other one.
              if (const Mention* fresh = new_holder(m);
                  fresh && !targets_closed && !Contains(actors, fresh->code)) {
                resolve(fresh, false, targets);
                first_target_b = std::min(first_target_b, m->b);
                last_target = m;
              } else if (const Participant* p = office_holder(m, &actors); p && !targets_closed) {
                AddUnique(targets, *p);
                first_target_b = std::min(first_target_b, m->b);
                last_target = m;
              } else {
                counterpart_object = true;
              }
            } else {
              add_target(m);
            }
          }
        }
      } else {
        const Mention* last_agent = nullptr;
        // The Russian agent is an instrumental without preposition after the
        // participle ("были осуждены Турцией и Катаром", "подписан
        // Евросоюзом"); a nominative after it is the inverted subject ("был
        // вызван посол Японии") (r2-ru).
        // The receiving office may close the trigger ("был принят
        // президентом Египта", "принята председателем Госдумы Вячеславом
        // Володиным"), and an instrumental name may end the mention whose
        // state comes first ("принят председателем Госсовета КНДР Ким Чен
        // Ыном") (r9-ru).
        auto ru_instrumental_agent = [&](const Mention* m) {
          if (c.lang != "ru" || m->prep != 0 || m->b <= t.token || m->place || m->plural ||
              m->pronoun) {
            return false;
          }
          if (m->b < t.token + t.length && !(t.type == meeting_ && m->has_role)) return false;
          // A state adjective is an agent only with its instrumental noun
          // ("финляндской стороной"), not in a place phrase after the act
          // ("на российско-финляндской границе") (r10-ru).
          if (m->kind == EntryKind::kStateAdjective && !m->has_role && !m->has_person) {
            if (m->e >= ce) return false;
            const std::string& n = c.tokens[m->e].folded;
            bool instrumental_noun = false;
            for (const char* suffix : {"ом", "ем", "ём", "ой", "ей", "ами", "ями", "ью"}) {
              instrumental_noun |= n.ends_with(suffix);
            }
            if (!instrumental_noun) return false;
          }
          size_t head = m->b;  // "вице-премьером": the office after the prefix
          if ((c.tokens[head].folded == "вице" || c.tokens[head].folded == "экс") &&
              head + 2 < m->e && c.tokens[head + 1].folded == "-") {
            head += 2;
          }
          const std::string& w = c.tokens[head].folded;
          for (const char* suffix : {"ом", "ем", "ём", "ой", "ей", "ами", "ями", "ью"}) {
            if (w.ends_with(suffix)) return true;
          }
          if (m->e > m->b + 1 && m->e <= c.tokens.size()) {
            const std::string& last = c.tokens[m->e - 1].folded;
            for (const char* suffix : {"ом", "ым", "ем", "ём"}) {
              if (last.ends_with(suffix)) return true;
            }
          }
          return false;
        };
        for (const Mention* m : cm) {
          // "was praised by London and Ottawa": agents joined by "and".
          const bool joined_agent = last_agent && m->prep == 0 && m->b > last_agent->e &&
                                    m->b - last_agent->e <= 3 &&
                                    ((c.Mask(last_agent->e) & Bit(WordClass::kAnd)) ||
                                     c.tokens[last_agent->e].folded == ",");
          // Before a received criticism, "von"/"de" owns the subject ("Die
          // Entscheidung von Frankreich stieß in Berlin auf Kritik").
          if ((t.flags & kReceived) && t.type == criticism_ && m->b < t.token &&
              (m->prep & Bit(WordClass::kPrepOf))) {
            resolve(m, false, targets);
          } else if ((m->prep & Bit(WordClass::kPrepBy)) || joined_agent ||
                     ((m->prep & Bit(WordClass::kPrepOf)) && m->b > t.token) ||
                     ru_instrumental_agent(m)) {
            resolve(m, true, actors);
            last_agent = m;
          } else if ((m->prep & Bit(WordClass::kPrepTo)) && m->b > t.token && !targets.empty()) {
            // The reason after the agent ("подвергнут критике со стороны США
            // за поддержку России"), the subject being the one judged.
            continue;
          } else if ((m->prep & kPlacePrep) && (t.flags & kReceived) && t.type == criticism_ &&
                     m->b > t.token && m->kind != EntryKind::kRegion) {
            // Criticism a step met "in" a capital comes from its state ("stieß
            // in Warschau auf scharfe Kritik", "sparked outrage in Beijing").
            resolve(m, true, actors);
            last_agent = m;
          } else if (m->prep & kPlacePrep) {
            resolve(m, false, places);
          } else if (c.lang == "ru" && !targets.empty() && m->b > t.token && [&] {
                       // The reason of a passive act once its object is named
                       // ("был вызван посол Японии ... в связи с проведением
                       // японо-американских учений") (r2-ru).
                       for (size_t k = t.token; k + 2 < m->b; ++k) {
                         if (c.tokens[k].folded == "в" && c.tokens[k + 1].folded == "связи" &&
                             (c.tokens[k + 2].folded == "с" || c.tokens[k + 2].folded == "со")) {
                           return true;
                         }
                       }
                       return false;
                     }()) {
            continue;
          } else {
            plural_subject |= m->plural;
            resolve(m, false, targets);
          }
        }
        // A diplomat summoned or expelled without a named agent was summoned
        // by the state whose ministry or seat of government received him
        // ("ist der russische Botschafter ins Auswärtige Amt einbestellt
        // worden", "was summoned to the Foreign Ministry in Warsaw"): its
        // ministry is the actor, not a second target (r6-de).
        if (t.type == protest_ && actors.empty()) {
          for (const Mention* m : cm) {
            const bool seat =
                (m->kind == EntryKind::kCapital && !m->has_person && m->seat_of.empty()) ||
                m->role == "foreign_ministry";
            if (!seat || m->plural) continue;
            // A bare "в МИД" is the foreign ministry the story named before
            // ("Министерство иностранных дел России ... в МИД был вызван");
            // a dateline alone says too little (r10-ru).
            if (m->code.empty()) {
              const auto named =
                  std::find_if(c.d.institutions.begin(), c.d.institutions.end(),
                               [&](const Participant& p) { return OfficeFits(m->role, p.role); });
              if (named == c.d.institutions.end()) continue;
              AddUnique(actors, *named);
              break;
            }
            resolve(m, true, actors);
            break;
          }
          std::erase_if(targets, [&](const Participant& p) { return Contains(actors, p.code); });
          std::erase_if(places, [&](const Participant& p) { return Contains(actors, p.code); });
        }
      }
      // A relative subject pronoun is its antecedent, the party named right
      // before it ("fue recibido ... por el rey Felipe VI, quien expresó
      // además su pésame al pueblo cubano").
      if (actors.empty() && ci > 0 && !passive && !resumed_main) {
        const std::string& w = c.tokens[cb].folded;
        if (w == "quien" || w == "quienes" || w == "who" || w == "qui" || w == "который" ||
            w == "которая" || w == "которые") {
          const Mention* antecedent = nullptr;
          for (const auto& m : mentions) {
            if (m.e > cb) break;
            antecedent = !m.code.empty() && !m.place ? &m : nullptr;
          }
          if (antecedent) resolve(antecedent, true, actors);
        }
      }
      // Relative or subordinate clause without its own subject: the main
      // clause's subject ("Aliyev betonte, dass ... gegen Aserbaidschan").
      if (actors.empty() && ci > 0 && !sentence_subject.empty()) {
        actors = sentence_subject;
      }
      // ", con quien acordó reforzar la cooperación", ", con el que firmó":
      // the partner is the party named right before the comma (r5-es).
      if (c.lang == "es" && ci > 0 && cb + 2 < ce && c.tokens[cb].folded == "con" &&
          c.tokens[cb - 1].folded == "," && !passive) {
        size_t n = cb + 1;
        while (n < ce && n <= cb + 2 && (c.Mask(n) & Bit(WordClass::kDet))) ++n;
        const std::string& w = c.tokens[n].folded;
        if (w == "quien" || w == "quienes" || w == "que" || w == "cual" || w == "cuales") {
          const Mention* antecedent = nullptr;
          for (const auto& m : mentions) {
            if (m.e > cb) break;
            antecedent = !m.code.empty() && !m.place ? &m : nullptr;
          }
          if (antecedent && !Contains(actors, antecedent->code)) {
            targets.clear();
            resolve(antecedent, false, targets);
          }
        }
      }
      // An object relative pronoun is the act's object: the party named
      // right before its comma ("avec son homologue omanais, Badr
      // Albusaïdi, qu'il a remercié pour la médiation de Mascate entre
      // Téhéran et Washington", "Ruto, whom he thanked for ...", "с
      // Токаевым, которого поблагодарил за ..."), not a name in the
      // complement after the verb. Aid and condolences keep a recipient
      // named after it ("auquel il a annoncé une aide pour l'Éthiopie") (r7-fr).
      // Spanish opens it with "a" (", a quien trasladó", ", al que felicitó",
      // ", a los que agradeció") (r9-es).
      auto es_object_relative = [&] {
        if (c.lang != "es" || !(c.Mask(cb) & Bit(WordClass::kPrepTo))) return false;
        size_t n = cb + 1;
        while (n < ce && n <= cb + 2 && (c.Mask(n) & Bit(WordClass::kDet))) ++n;
        if (n >= ce) return false;
        const std::string& w = c.tokens[n].folded;
        return w == "quien" || w == "quienes" || w == "que" || w == "cual" || w == "cuales";
      };
      // Its subject is the main clause's: a capital after the verb is no
      // subject (", a quien agradeció su mediación entre Washington y
      // Teherán").
      // A subject right after the verb stays (", a la que asistieron los
      // mandatarios de Argentina").
      if (ci > 0 && cb >= 2 && c.tokens[cb - 1].folded == "," && !passive &&
          !sentence_subject.empty() && !(t.flags & kNominal) && es_object_relative() &&
          std::none_of(cm.begin(), cm.end(), [&](const Mention* m) {
            return !m->obj_pronoun && !m->code.empty() &&
                   (m->b < t.token ||
                    (m->prep == 0 && m->b <= t.token + t.length + 2 && m->b >= t.token));
          })) {
        actors = sentence_subject;
        std::erase_if(targets, [&](const Participant& p) { return Contains(actors, p.code); });
      }
      if (ci > 0 && cb >= 2 && c.tokens[cb - 1].folded == "," && !passive &&
          (IsRelativeObjectWord(c.lang, c.tokens[cb].folded) || es_object_relative())) {
        // The party may be followed by a name the gazetteer does not know,
        // in apposition ("avec son homologue kirghize, Jeenbek Koulouboev,
        // qu'il a remercié").
        auto right_before = [&](const Mention& m) {
          size_t k = m.e;
          if (k + 1 < cb && c.tokens[k].folded == ",") {
            ++k;
            while (k + 1 < cb && c.tokens[k].is_word && IsCapitalised(c.text, c.tokens[k])) ++k;
          }
          return k + 1 == cb;
        };
        const Mention* antecedent = nullptr;
        const Mention* party = nullptr;  // the last party before a place phrase
        for (const auto& m : mentions) {
          if (m.dead) continue;
          if (m.b >= cb) break;
          // A party located by a place phrase before the comma ("al encargado
          // de negocios de la embajada rusa en Madrid, a quien") (r9-es).
          if (party && m.place && right_before(m) && m.b >= 1 && party->e + 1 == m.b &&
              (c.Mask(party->e) & Bit(WordClass::kPrepPlace))) {
            antecedent = party;
            break;
          }
          antecedent = right_before(m) && !m.code.empty() && !m.place && !m.plural ? &m : nullptr;
          party = !m.code.empty() && !m.place && !m.plural ? &m : nullptr;
        }
        // (also a place named for them: "a quien expresó su pésame por las
        // víctimas en Serbia") (r9-es)
        const bool keeps_recipient =
            (t.type == aid_ || type.name == "CONDOLENCE") && (!targets.empty() || !places.empty());
        if (antecedent && !Contains(actors, antecedent->code) && !keeps_recipient) {
          targets.clear();
          of_targets.clear();
          resolve(antecedent, false, targets);
        }
      }
      // A visit told in a relative clause with no destination of its own went
      // to the place the sentence names before it: the place the relative
      // stands for ("in Tokyo, where the minister was on a two-day visit",
      // also the seat of an office: "their ministers in Tokyo, where ..."),
      // or, when it stands for a person, the place of the main clause's act
      // ("held talks in Abuja with his counterpart, who flew in for
      // consultations"), in every language (r13-en). The relative need not
      // cut the clause (not before a role: ", where Foreign Minister X").
      if (t.type == visit_ && targets.empty() && !actors.empty()) {
        size_t rel = t.token;  // the relative word after a comma, before the trigger
        while (rel > sb + 1 &&
               !((c.Mask(rel) & Bit(WordClass::kClause)) && c.tokens[rel - 1].folded == ",")) {
          --rel;
        }
        const Mention* before = nullptr;  // the mention right before ", <relative>"
        const Mention* place = nullptr;   // the latest place phrase before it
        for (const auto& m : mentions) {
          if (rel <= sb + 1 || m.e >= rel) break;
          if (m.dead || m.b < sb || m.code.empty()) continue;
          if (m.e + 1 == rel) before = &m;
          if (m.place && (m.prep & kPlacePrep)) place = &m;
        }
        // An office placed in a capital ends in its place phrase.
        auto ends_in_place = [&](const Mention* m) {
          for (size_t k = m->e - 1; k > m->b; --k) {
            if (c.Mask(k - 1) & kPlacePrep) return true;
            if (!IsCapitalised(c.text, c.tokens[k])) return false;
          }
          return false;
        };
        const Mention* host = nullptr;
        if (before && (before->place || ends_in_place(before))) {
          host = before;
        } else if (before && (before->has_person || before->has_role)) {
          host = place;
        }
        if (host && !Contains(actors, host->code)) resolve(host, false, targets);
      }
      // Those who attend an occasion named by a relative clause ("la cumbre
      // ... en Asunción, a la que asistieron los mandatarios de ...", "asumió
      // la presidencia de Honduras en una ceremonia a la que asistieron ...")
      // travel to its place, else to the state of the one it is held for (r5-es).
      if (t.type == visit_ && targets.empty() && c.lang == "es" && ci > 0 && !actors.empty() &&
          (c.Mask(cb) & (Bit(WordClass::kPrepTo) | Bit(WordClass::kPrepPlace)))) {
        size_t n = cb + 1;
        while (n < ce && n <= cb + 2 && (c.Mask(n) & Bit(WordClass::kDet))) ++n;
        if (n < ce && c.tokens[n].folded == "que") {
          const Mention* place = nullptr;
          for (const auto& m : mentions) {
            if (m.e > cb) break;
            if (m.b >= sb && m.place && !m.code.empty()) place = &m;
          }
          if (place) {
            resolve(place, false, targets);
          } else {
            for (const auto& p : sentence_subject) AddUnique(targets, p);
          }
          std::erase_if(targets, [&](const Participant& p) { return Contains(actors, p.code); });
        }
      }
      // A Spanish passive after a relative or subordinate word naming nobody
      // acted on is about the main clause's subject ("Ghazouani, que llegó
      // el martes a Madrid, fue recibido por el rey", "viajó a Dakar, donde
      // fue recibido por su homólogo") (r4-es).
      if (passive && !(t.flags & kReceived) && c.lang == "es" && ci > 0 &&
          (c.Mask(cb) & Bit(WordClass::kClause)) && !actors.empty() &&
          std::all_of(targets.begin(), targets.end(),
                      [&](const Participant& p) { return Contains(actors, p.code); })) {
        for (const auto& p : sentence_subject) {
          if (!Contains(actors, p.code)) AddUnique(targets, p);
        }
      }
      // The nationality of the people aid is for names no recipient: "für
      // syrische Geflüchtete", "for Syrian refugees in Lebanon", "para los
      // refugiados malienses del campo de Mbera", "для сирийских беженцев":
      // the state hosting them does (a place named with them, else the
      // story's place) (r6-types).
      auto displaced = [&](size_t k) {
        if (k < cb || k >= ce) return false;
        const std::string& w = c.tokens[k].folded;
        for (const char* stem : {"refugee", "geflüchtet", "flüchtling", "réfugié", "refugiad",
                                 "беженц", "displaced", "déplacé", "desplazad"}) {
          if (w.starts_with(stem)) return true;
        }
        return false;
      };
      auto beneficiaries = [&](const Mention* m) {
        return m->kind == EntryKind::kStateAdjective && !m->has_person && !m->has_role &&
               (displaced(m->e) || (m->b > cb && displaced(m->b - 1)));
      };
      if (t.type == aid_ && !targets.empty()) {
        std::erase_if(targets, [&](const Participant& p) {
          bool named = false, other = false;
          for (const Mention* m : cm) {
            if (m->code != p.code) continue;
            (beneficiaries(m) ? named : other) = true;
          }
          return named && !other;
        });
      }
      // Sanctions hit the owner of what they list, not a place named later
      // ("imposed sanctions on 70 tankers of Russia's shadow fleet since the
      // start of the war in Ukraine"): the "of" object first (r2-en).
      if (targets.empty() && type.place_target && !(t.type == sanction_ && !of_targets.empty())) {
        targets = places;
      }
      // "Es ist ihr erster Besuch in Deutschland", "It is her first visit to
      // South Africa", "Il s'agit de sa première visite en France": a
      // possessive before a visit noun to the latest host's state, with no
      // visitor named, is the latest guest's visit (r10-de).
      if (t.type == visit_ && (t.flags & kNominal) && c.d.guest && c.d.host &&
          targets.size() == 1 && targets[0].code == c.d.host->code &&
          c.d.guest->code != c.d.host->code) {
        size_t k = t.token;
        while (k > cb && k + 3 > t.token && c.tokens[k - 1].is_word &&
               !IsCapitalised(c.text, c.tokens[k - 1]) &&
               !(c.Mask(k - 1) & (Bit(WordClass::kDet) | Bit(WordClass::kEvent)))) {
          const std::string& w = c.tokens[k - 1].folded;
          if (w == "ihr" || w == "sein" || w == "his" || w == "her" || w == "sa" || w == "son" ||
              w == "su" || w == "его" || w == "её" || w == "ее") {
            break;
          }
          --k;
        }
        const std::string& w = k > cb ? c.tokens[k - 1].folded : c.tokens[cb].folded;
        const bool possessive =
            k > cb && (w == "ihr" || w == "sein" || w == "his" || w == "her" || w == "sa" ||
                       w == "son" || w == "su" || w == "его" || w == "её" || w == "ее");
        const bool visitor_named = std::any_of(cm.begin(), cm.end(), [&](const Mention* m) {
          return !m->pronoun && (m->has_person || m->has_role) && m->b < t.token;
        });
        if (possessive && !visitor_named) actors = {*c.d.guest};
      }
      // Aid for the people or the rebuilding of a state or region named
      // further on in its own phrase goes there ("débloqué 60 millions
      // d'euros d'aide humanitaire pour les populations déplacées du
      // Nord-Kivu", "aid for displaced people in the east of Congo", "para
      // la población de Sudán"); not past a comma (p-aid7).
      if (t.type == aid_ && targets.empty() && of_targets.empty()) {
        for (const Mention* m : cm) {
          if (m->b < t.token + t.length || !(m->prep & Bit(WordClass::kPrepOf)) ||
              m->code.empty() || m->has_person || m->has_role || Contains(actors, m->code) ||
              in_channel(m->b) || (m->kind != EntryKind::kState && !m->place)) {
            continue;
          }
          bool comma = false;
          for (size_t k = t.token + t.length; k < m->b && !comma; ++k) {
            comma = c.tokens[k].folded == ",";
          }
          if (!comma) resolve(m, false, targets);
          break;
        }
      }
      // An evaluation of something that happened in a state, with nobody
      // else named, judges that state ("condemned the coup in Niger", "hat
      // die Hinrichtungen in Saudi-Arabien verurteilt"); the place must be
      // inside the object (after the trigger, or before a final participle).
      // Congratulations on an election or a day in a state go to that state
      // ("congratulated the winner of the runoff in Malawi", "gratulierte dem
      // Sieger der Stichwahl in Peru", "felicitó al ganador de las elecciones
      // en Chile", "поздравил победителя выборов в Белоруссии") (p-target).
      if (targets.empty() && of_targets.empty() && !passive &&
          (t.type == criticism_ || t.type == praise_ || type.name == "CONGRATULATION")) {
        for (const Mention* m : cm) {
          const bool object_zone =
              m->b >= t.token + t.length ||
              (verb_final && !subjects.empty() && m->b >= subjects.front()->e && m->b < t.token);
          if (object_zone && (m->prep & kPlacePrep) && m->place && m->kind == EntryKind::kState &&
              !m->has_person && !m->has_role && !m->code.empty() && !Contains(actors, m->code)) {
            // "condemned an attack on a mosque in Niger": the victim.
            bool violence = false;
            for (size_t k = std::min(m->b, t.token); k < std::max(m->b, t.token); ++k) {
              violence |= (c.Mask(k) & Bit(WordClass::kViolence)) != 0;
            }
            if (!violence) resolve(m, false, targets);
            break;
          }
        }
      }
      // Only the actor's own state as object (a second subject after "and
      // said Tokyo would ...") leaves the "of" object: "sympathy to the
      // people of Myanmar and said Tokyo would donate".
      const bool only_own_targets =
          !targets.empty() && !actors.empty() && !plural_subject && first_of_b < first_target_b &&
          std::all_of(targets.begin(), targets.end(),
                      [&](const Participant& p) { return Contains(actors, p.code); });
      // The owner of the praised quality right after it comes before a party
      // named later inside it ("a salué « la vitalité démocratique » du
      // Sénégal et le rôle de Dakar dans la médiation entre la CEDEAO ...").
      // So does the owner of the support thanked for: a party after it is
      // what the support went to, or the object of a verb coordinated after
      // the thanks ("agradeció el apoyo de España a la candidatura de
      // Luanda para ... la Unión Europea", "el respaldo de Brasil y México
      // y pidió a la UE ...") (r7-es).
      const bool praised_owner = (t.type == praise_ || t.type == thanks_) && !t.bilateral &&
                                 !plural_subject && !targets.empty() &&
                                 first_of_b < first_target_b && first_of_b <= after_end + 8;
      if ((targets.empty() || only_own_targets || praised_owner) && !of_targets.empty() &&
          !type.symmetric) {
        targets = of_targets;  // "dénoncé l'ingérence de la France"
      }
      // The members of the current group not on `side`, if `side` is in it.
      auto other_of = [&](const std::vector<Participant>& side) {
        std::vector<Participant> out;
        bool inside = false;
        for (const auto& p : c.d.pair) inside |= Contains(side, p.code);
        if (!inside) return out;
        for (const auto& p : c.d.pair) {
          if (!Contains(side, p.code)) out.push_back(p);
        }
        return out;
      };
      // A nominal trigger without subject: "the visit of X", "визит Путина".
      // A message word the lexicon reads as a verb ("Messages of
      // congratulation ... poured in from Paris") takes only its source (below).
      const bool nominal_act = (t.flags & kNominal) != 0;
      if (actors.empty() && subjects.empty() && !passive &&
          (nominal_act || (t.type != visit_ && t.type != meeting_ && !t.embedded))) {
        for (const Mention* m : cm) {
          // A genitive without preposition names the author of an embedded
          // act too ("die Reise des ungarischen Regierungschefs nach Moskau").
          const bool genitive = t.embedded && m->prep == 0;
          if (t.type == aid_ && in_channel(m->b)) continue;  // "a través de la Cruz Roja"
          // Messages and teams come "from" a capital too, named before or
          // after the noun ("Condolences arrived from Tokyo, Seoul and
          // Canberra", "Aus Paris, Rom und Madrid trafen Glückwünsche ein",
          // "Из Баку ... поступили соболезнования") (r5-struct).
          auto source = [&](const Mention* s) {
            size_t k = s->b;
            while (k > cb && (c.Mask(k - 1) & Bit(WordClass::kDet))) --k;
            // ("desde" is a place preposition too.)
            if (k == cb || !(s->prep & (Bit(WordClass::kPrepOf) | kPlacePrep))) return false;
            // Before the noun only as the clause's opening phrase.
            if (s->b < t.token && k - 1 != cb) return false;
            const std::string& w = c.tokens[k - 1].folded;
            return w == "from" || w == "aus" || w == "из" || w == "desde";
          };
          auto author = [&](const Mention* s) {
            return !s->place || (source(s) && s->kind == EntryKind::kCapital);
          };
          if (!nominal_act && !source(m)) continue;
          if ((m->b > t.token || source(m)) &&
              ((m->prep & Bit(WordClass::kPrepOf)) || genitive || source(m)) && author(m)) {
            resolve(m, true, actors);
            // The whole list of sources or authors ("Rescue teams from Greece
            // and Israel", "Rettungsteams aus Polen und Tschechien").
            for (const Mention* prev = m; const Mention* n : cm) {
              if (n->b <= prev->b) continue;
              bool link = false, joined = n->b > prev->e && n->b - prev->e <= 3;
              for (size_t k = prev->e; joined && k < n->b; ++k) {
                const uint64_t mk = c.Mask(k);
                link |= (mk & Bit(WordClass::kAnd)) || c.tokens[k].folded == ",";
                joined = (mk & (Bit(WordClass::kAnd) | Bit(WordClass::kDet))) ||
                         c.tokens[k].folded == ",";
              }
              const bool listed_author = !n->place || (n->kind == EntryKind::kCapital && source(m));
              if (!joined || !link || n->prep != m->prep || !listed_author || n->has_person ||
                  n->code.empty()) {
                break;
              }
              resolve(n, true, actors);
              prev = n;
            }
            std::erase_if(of_targets,
                          [&](const Participant& p) { return Contains(actors, p.code); });
            std::erase_if(targets, [&](const Participant& p) { return Contains(actors, p.code); });
            if (targets.empty() && type.place_target) targets = places;
            break;
          }
        }
      }
      // Without any subject in the clause, only a passive clause takes its
      // actor from the discourse ("wurde mit Anerkennung hervorgehoben").
      // Spanish drops the subject pronoun: a finite verb trigger with nobody
      // before it continues the last subject ("También reconoció los
      // esfuerzos de Ecuador").
      // So does one after its object clitics ("Le trasladó sus condolencias",
      // "Además, le agradeció", "Lo invitó a visitar Madrid") (r9-es).
      // A noun act after the clitics and a light verb likewise ("Le trasladó
      // sus condolencias", "Le ha expresado su agradecimiento").
      size_t verb_at = t.token;
      bool light_verb = false;
      if (c.lang == "es" && (t.flags & kNominal)) {
        size_t j = t.token;
        while (j > cb && (c.Mask(j - 1) & Bit(WordClass::kDet))) --j;
        size_t words = 0;
        while (j > cb && words < 2 && c.tokens[j - 1].is_word &&
               !IsCapitalised(c.text, c.tokens[j - 1]) &&
               !(c.Mask(j - 1) & (Bit(WordClass::kObjPronoun) | Bit(WordClass::kDet)))) {
          --j;
          ++words;
        }
        light_verb = words > 0 && j > cb && (c.Mask(j - 1) & Bit(WordClass::kObjPronoun));
        if (light_verb) verb_at = j;
      }
      while (c.lang == "es" && verb_at > cb && (c.Mask(verb_at - 1) & Bit(WordClass::kObjPronoun)))
        --verb_at;
      const bool pro_drop =
          c.lang == "es" && (!(t.flags & kNominal) || light_verb) && verb_at <= cb + 2 &&
          std::none_of(cm.begin(), cm.end(),
                       [&](const Mention* m) { return m->b < t.token && !m->obj_pronoun; });
      const bool anchored = passive || !subjects.empty() || ci > 0 || pro_drop;
      if (actors.empty() && anchored) {
        if (auto o = other_of(targets); !o.empty()) {
          actors = o;
        } else if (targets.empty() && passive && c.d.pair.size() >= 2) {
          actors = c.d.pair;
        } else if (passive && type.name == "PROTEST" && c.d.protagonist &&
                   !Contains(targets, c.d.protagonist->code)) {
          // "В МИД был вызван посол Японии": the ministry summoning without
          // a name is the reporting state's, not the last one who spoke.
          actors.push_back(*c.d.protagonist);
        } else if (c.d.last_subject && !Contains(targets, c.d.last_subject->code)) {
          actors.push_back(*c.d.last_subject);
        } else if (c.d.protagonist && !Contains(targets, c.d.protagonist->code)) {
          actors.push_back(*c.d.protagonist);
        }
      }
      if (type.symmetric) {
        // "The two leaders" / "Ambos gobiernos" are the parties; states named
        // after the act are its subject matter ("agreed to deepen cooperation
        // on ... support for Ukraine", "une déclaration sur ... Haïti").
        const bool pair_acts = plural_subject && actors.size() >= 2;
        if (by_parties && !targets.empty()) actors.clear();
        // Those who sign in a by-phrase are the parties also when the
        // subject is a pair of witnesses ("The two leaders witnessed the
        // signing of five agreements by the two countries' ministers"); two
        // of them at least ("por el río Paraguay" is a route) (r9-en).
        const bool by_signers = by_parties && targets.size() >= 2;
        for (const auto& p : targets) {
          if (!pair_acts || by_signers) AddUnique(actors, p);
        }
        for (const auto& p : of_targets) {
          if (!pair_acts) AddUnique(actors, p);
        }
        targets.clear();
        if (actors.size() == 1) {
          for (const auto& p : other_of(actors)) actors.push_back(p);
        }
      } else if (plural_subject && t.bilateral) {
        for (const auto& p : actors) AddUnique(targets, p);
      } else {
        std::erase_if(targets, [&](const Participant& p) { return Contains(actors, p.code); });
      }
      // A threatened retaliation naming no target aims at the party its
      // author has just criticised or protested against in the sentence
      // ("warf Washington Einmischung vor und drohte mit Gegenmaßnahmen",
      // "accused Paris of russophobia and threatened retaliation") (r-crit).
      if (t.type == sanction_ && targets.empty() && !actors.empty()) {
        const uint32_t sbeg = c.tokens[sb].begin;
        for (const Event& prev : c.out.events) {
          if ((prev.type != "CRITICISM" && prev.type != "PROTEST") || prev.targets.empty() ||
              prev.evidence_start < sbeg) {
            continue;
          }
          const bool author =
              std::any_of(prev.actors.begin(), prev.actors.end(),
                          [&](const Actor& a) { return a.country == actors[0].code; });
          if (!author) continue;
          targets.clear();
          for (const Actor& a : prev.targets) targets.push_back({a.country, a.name, a.role});
        }
      }
      if (targets.empty() && call_at && *call_at <= t.token && !passive) {
        for (const Mention* m : cm) {
          if (m->b < *call_at || m->b >= t.token) continue;
          if (m->code.empty() || m->place || Contains(actors, m->code)) continue;
          resolve(m, false, targets);
          break;
        }
      }
      if (targets.empty() && type.scene) {
        // Condolences and aid go to where it happened: a place named in the
        // sentence, else the last place the article named.
        for (const Mention* m : cm) {
          if ((m->prep & kPlacePrep) && !m->code.empty() && !Contains(actors, m->code)) {
            resolve(m, false, targets);
            break;
          }
        }
        // The state an attack named earlier in the sentence was aimed at
        // ("repudió el ataque contra la infraestructura de Ucrania y expresó
        // sus condolencias a las familias de las víctimas").
        for (size_t v = sb; targets.empty() && v < t.token; ++v) {
          if (!(c.Mask(v) & Bit(WordClass::kViolence))) continue;
          for (const auto& m : mentions) {
            bool aimed = false;  // "contra …", "en …": not the attack's author ("de Rusia")
            for (size_t k = v + 1; k < m.b && !aimed; ++k) {
              aimed = (c.Mask(k) & (Bit(WordClass::kPrepAgainst) | kPlacePrep)) != 0;
            }
            if (aimed && m.b > v && m.b < t.token && m.kind == EntryKind::kState &&
                !m.code.empty() && !m.has_person && !m.has_role && !Contains(actors, m.code)) {
              resolve(&m, false, targets);
              break;
            }
          }
        }
        // A place an earlier clause of the sentence named ("pledged aid for
        // districts in western Nepal, and Cooper expressed her condolences to
        // the families of ...").
        for (const auto& m : mentions) {
          if (!targets.empty() || m.b >= cb) break;
          if ((m.prep & kPlacePrep) && !m.code.empty() && !m.has_person && !m.has_role &&
              !Contains(actors, m.code)) {
            resolve(&m, false, targets);
          }
        }
        // The target of the condolence or aid an earlier clause of the
        // sentence stated ("expresó sus condolencias a Chile por las víctimas
        // ... y ofreció el envío de brigadistas") (r2-es).
        if (targets.empty() && c.d.last_target && c.d.last_target_sentence == c.sentence_index &&
            !c.out.events.empty() && !Contains(actors, c.d.last_target->code)) {
          const std::string& last_type = c.out.events.back().type;
          for (const EventType& et : lex_->event_types()) {
            if (et.name == last_type && et.scene) {
              targets.push_back(*c.d.last_target);
              break;
            }
          }
        }
        // The state a condolence or aid of the sentence before (or the one
        // before that) went to, unless a place was named since: condolences
        // and aid that follow one another are for one disaster ("kondolierte
        // Nepal … Österreich stellt dem Land … zur Verfügung", "offered
        // condolences to Nepal. India will send relief to the affected
        // districts", "выразил соболезнования Турции. Казахстан направил
        // помощь пострадавшим") (p-target).
        // Condolences or aid said to "his counterpart" ("sprach seinem
        // Amtskollegen sein Mitgefühl aus", "expressed condolences to his
        // counterpart") go to the counterpart, not to a place or disaster of
        // earlier sentences (resolved below) (r7-de).
        if (targets.empty() && !counterpart_object && c.d.last_scene_target &&
            c.sentence_index <= c.d.last_scene_sentence + 2 &&
            !Contains(actors, c.d.last_scene_target->code) &&
            (!c.d.last_place || c.d.last_place_sentence <= c.d.last_scene_sentence)) {
          targets.push_back(*c.d.last_scene_target);
        }
        // The story's help goes on to where it went before, unless a place
        // was named since ("La ayuda internacional comenzó a llegar a
        // Honduras ... México envió dos aviones", "Relief began arriving in
        // Myanmar ... India was sending two ships") (p-ctx9).
        const bool thanks_sentence =
            std::any_of(c.out.events.begin() + static_cast<std::ptrdiff_t>(sentence_first_event),
                        c.out.events.end(), [](const Event& e) { return e.type == "THANKS"; });
        if (targets.empty() && !counterpart_object && c.d.scene_focus && !thanks_sentence &&
            t.type == aid_ && (!c.d.met || c.d.meeting_sentence <= c.d.scene_focus_sentence) &&
            !Contains(actors, c.d.scene_focus->code) &&
            (!c.d.last_place || c.d.last_place_sentence <= c.d.scene_focus_sentence ||
             c.sentence_index > c.d.last_place_sentence + 4)) {
          targets.push_back(*c.d.scene_focus);
        }
        // A place a later clause of the sentence names is where the aid goes:
        // the content of a pledge ("sagte zu, dass Deutschland die
        // Impfstoffproduktion in Accra ... fördern werde", "sagte zu, die
        // Hilfe für die Flutopfer in Somalia aufzustocken") (r12-de).
        for (const auto& m : mentions) {
          if (!targets.empty() || t.type != aid_) break;
          if (m.b < ce || m.dead) continue;
          if ((m.prep & kPlacePrep) && !m.code.empty() && !m.has_person && !m.has_role &&
              !Contains(actors, m.code)) {
            resolve(&m, false, targets);
          }
        }
        // Aid a party of the latest meeting pledges without naming a
        // recipient goes to its partner there, not to a place the talks only
        // mentioned in an earlier sentence ("würdigte die Rolle Kenias bei der
        // Stabilisierung der Lage in Haiti ... Zudem sagte der Kanzler zu, die
        // Förderung ... aufzustocken"); the scene of a disaster told after
        // the meeting (above) still wins (r12-de).
        if (targets.empty() && !counterpart_object && t.type == aid_ && c.d.met &&
            c.d.pair.size() == 2 &&
            (!c.d.last_place || c.d.last_place_sentence < c.sentence_index)) {
          for (size_t p = 0; p < 2 && targets.empty(); ++p) {
            const Participant& other = c.d.pair[1 - p];
            if (Contains(actors, c.d.pair[p].code) && !Contains(actors, other.code)) {
              targets.push_back(other);
            }
          }
        }
        if (targets.empty() && !counterpart_object && c.d.last_place &&
            !Contains(actors, c.d.last_place->code) &&
            c.sentence_index <= c.d.last_place_sentence + 4) {
          targets.push_back(*c.d.last_place);
        }
        // Else whoever received the previous act of this kind.
        auto prev = c.d.last_target_by_type.find(t.type);
        if (targets.empty() && !counterpart_object && prev != c.d.last_target_by_type.end() &&
            !Contains(actors, prev->second.code)) {
          targets.push_back(prev->second);
        }
      }
      // Countermeasures naming nobody answer the latest sanctions against
      // their author ("Совет ЕС продлил санкции против России. Песков заявил,
      // что ответные меры Москвы последуют", "В Москве пообещали принять
      // ответные меры", "Tehran vowed retaliation"), unless the author has
      // criticised or protested against someone in this sentence (see the
      // threatened retaliation below) (r9-ru).
      if (t.type == sanction_ && targets.empty() && actors.size() == 1) {
        bool retaliation = false;
        for (size_t k = t.token; k < std::min(ce, t.token + t.length) && !retaliation; ++k) {
          const std::string& w = c.tokens[k].folded;
          for (const char* stem :
               {"ответн", "зеркальн", "контрмер", "retaliat", "countermeasure", "gegenmassnahm",
                "vergeltung", "représaill", "rétorsion", "represalia", "contramedida"}) {
            retaliation |= w.starts_with(stem);
          }
        }
        const uint32_t sbeg = c.tokens[sb].begin;
        const bool answered_here =
            std::any_of(c.out.events.begin(), c.out.events.end(), [&](const Event& e) {
              return (e.type == "CRITICISM" || e.type == "PROTEST") && e.evidence_start >= sbeg &&
                     !e.targets.empty() &&
                     std::any_of(e.actors.begin(), e.actors.end(),
                                 [&](const Actor& a) { return a.country == actors[0].code; });
            });
        for (auto it = c.out.events.rbegin();
             retaliation && !answered_here && it != c.out.events.rend(); ++it) {
          auto has = [&](const std::vector<Actor>& side) {
            return std::any_of(side.begin(), side.end(),
                               [&](const Actor& a) { return a.country == actors[0].code; });
          };
          if (it->type != "SANCTION" || !has(it->targets) || has(it->actors)) continue;
          // Not a party that only joined the package: retaliation answers its
          // author ("Norwegen schloss sich dem Paket an. Moskau drohte mit
          // Gegenmaßnahmen") (r10-de).
          if (NamesAdoption(it->trigger) &&
              std::any_of(std::next(it), c.out.events.rend(), [&](const Event& e) {
                return e.type == "SANCTION" && has(e.targets) && !NamesAdoption(e.trigger);
              })) {
            continue;
          }
          for (const Actor& a : it->actors) AddUnique(targets, {a.country, a.name, a.role});
          break;
        }
      }
      // Sanctions threatened against people the clause names by their part only ("drohte
      // den Verantwortlichen mit Sanktionen", "threatened those responsible
      // with sanctions", "sanctions against judges and prosecutors") hit the
      // state the story's first measure hit (a summons, an expulsion,
      // sanctions): the party the story blames, not the latest party named
      // (r12-de).
      if (t.type == sanction_ && targets.empty() && !actors.empty() && !c.d.measures.empty() &&
          c.d.measures.front().sentence < c.sentence_index &&
          NamesThreat(c.tokens[t.token].folded)) {
        const auto& first = c.d.measures.front().targets;
        const bool author_hit = std::any_of(first.begin(), first.end(), [&](const Participant& p) {
          return Contains(actors, p.code);
        });
        if (!author_hit) targets = first;
      }
      // An object pronoun names the target itself ("l'a invité", "le
      // agradeció"): the group's other member is only the last resort.
      const bool pronoun_target =
          obj_pronoun_seen && !counterpart_object &&
          ((c.d.last_subject && !Contains(actors, c.d.last_subject->code)) ||
           (c.d.last_target && !Contains(actors, c.d.last_target->code)));
      // A meeting whose subject already names two parties ("Al margen de la
      // cumbre, Peña y Milei mantuvieron una reunión bilateral", "Lula and
      // Petro held talks on the sidelines") is theirs alone: the summit's
      // other members are no partners (r7-es).
      const bool pair_met = t.type == meeting_ && actors.size() >= 2;
      // Receiving a shipment or hosting a crowd meets nobody.
      if (t.type == meeting_ && !passive && !(t.flags & kNominal) &&
          ThingObjectAfter(c, t.token + t.length, ce, [&](size_t k) -> const Mention* {
            for (const Mention* m : cm) {
              if (m->b <= k && k < m->e) return m;
            }
            return nullptr;
          })) {
        continue;
      }
      if (targets.empty() && (type.needs_target || counterpart_object) && !plural_subject &&
          !pronoun_target && !pair_met) {
        if (auto o = other_of(actors); !o.empty()) {
          // "his counterpart": the latest partner only.
          if (counterpart_object) o.resize(1);
          // Condolences or aid of a host after a round of meetings go to
          // the latest guest, not to every earlier one ("Затем ... встретился
          // с Президентом Таджикистана. Путин выразил соболезнования") (r2-ru).
          if (c.lang == "ru" && type.place_target && o.size() > 1 && c.d.guest && c.d.host &&
              Contains(actors, c.d.host->code) && Contains(o, c.d.guest->code)) {
            o = {*c.d.guest};
          }
          targets = o;
        } else if (c.d.last_target && !Contains(actors, c.d.last_target->code) &&
                   !counterpart_object) {
          targets.push_back(*c.d.last_target);
        }
      }
      // "welcomed the ceasefire", "welcomed the Doha agreement": praise of an
      // accord that names no party of its own goes to the parties of the
      // latest agreement of the article (a place modifying the noun is none)
      // (r4-en).
      if (t.type == praise_ && c.lang == "en" && !actors.empty() &&
          (targets.empty() || first_target_b < t.token + t.length)) {
        const std::string& noun = c.tokens[t.token + t.length - 1].folded;
        const bool accord = noun == "agreement" || noun == "agreements" || noun == "ceasefire" ||
                            noun == "deal" || noun == "accord" || noun == "truce";
        // Only places inside the trigger ("the Doha agreement"), no party
        // ("welcomed the Security Council's adoption of ... the ceasefire").
        bool named_party = false;
        for (const Mention* m : cm) {
          named_party |= m->b > t.token && m->b < t.token + t.length && !m->place;
        }
        const int agreement_type = agreement_;
        auto it = c.d.last_actor_by_type.find(agreement_type);
        if (accord && !named_party && it != c.d.last_actor_by_type.end()) {
          std::vector<Participant> parties;
          for (const auto& p : it->second) {
            if (!Contains(actors, p.code)) AddUnique(parties, p);
          }
          if (!parties.empty()) targets = std::move(parties);
        }
      }
      // The envoy summoned, expelled or recalled names the state protested
      // against, over other objects of the clause ("bestellte aus
      // Solidarität mit Vilnius den belarussischen Geschäftsträger ein",
      // "convocó al encargado de negocios de la embajada rusa") (p-crit).
      // An embassy the protest goes through is its channel, not its target
      // ("lodged a protest with X through its embassy in Beijing") (r13-en).
      if (t.type == protest_ && !actors.empty()) {
        for (const Mention* m : cm) {
          if (m->b < t.token || m->code.empty() || m->place || m->pronoun || in_channel(m->b) ||
              (m->role != "ambassador" && m->role != "embassy") || Contains(actors, m->code)) {
            continue;
          }
          if (!Contains(targets, m->code)) targets = {FromMention(*m)};
          break;
        }
      }
      if (targets.empty() && !type.symmetric && !plural_subject && !actors.empty()) {
        auto usable = [&](const std::optional<Participant>& p) {
          return p && !Contains(actors, p->code);
        };
        if (obj_pronoun_seen) {
          // "Xi empfing ihn": the previous subject, else the previous target;
          // but after an act of this sentence, its object ("félicité le
          // président élu du Portugal, et l'a invité").
          if (usable(c.d.last_target) && c.d.last_target_sentence == c.sentence_index) {
            targets.push_back(*c.d.last_target);
          } else if (usable(c.d.last_subject)) {
            targets.push_back(*c.d.last_subject);
          } else if (usable(c.d.last_target)) {
            targets.push_back(*c.d.last_target);
          }
        }
        // "criticized the sanctions", "kritisierte die Reise": the author of
        // the act named inside this one.
        for (int x : complement_types) {
          if (!targets.empty()) break;
          if (x == meeting_ && c.d.met) {
            // "criticised the meeting": everyone who met.
            for (const auto& p : c.d.pair) {
              if (!Contains(actors, p.code)) targets.push_back(p);
            }
            continue;
          }
          // The sanctions that hit the critic, when an earlier sentence
          // told them: their authors, not those of a later sanction told
          // by the way ("Moscow called the sanctions illegal") (p-ctx10).
          if (x == sanction_) {
            if (const auto* m = c.d.MeasureJudgedBy(actors, c.sentence_index, sanction_)) {
              for (const auto& p : m->actors) AddUnique(targets, p);
              continue;
            }
          }
          // All who acted: "called the sanctions [of Washington and Ottawa]
          // illegal".
          auto it = c.d.last_actor_by_type.find(x);
          if (it != c.d.last_actor_by_type.end()) {
            for (const auto& p : it->second) {
              if (!Contains(actors, p.code)) AddUnique(targets, p);
            }
          }
        }
        // A Spanish object clitic before the judging verb ("mientras que
        // Sheinbaum las calificó de «injustas»", "la tachó de ...") takes up
        // the act judged last in this or the sentence before: its author is
        // the one judged (r7-es).
        if (targets.empty() && t.type == criticism_ && c.lang == "es" && t.token > cb &&
            !(t.flags & kNominal)) {
          const std::string& w = c.tokens[t.token - 1].folded;
          auto prev = c.d.last_target_by_type.find(criticism_);
          if ((w == "la" || w == "las" || w == "lo" || w == "los") &&
              prev != c.d.last_target_by_type.end() && !Contains(actors, prev->second.code) &&
              c.d.last_target_sentence + 1 >= c.sentence_index) {
            targets.push_back(prev->second);
          }
        }
        // "criticó que Washington mantenga el bloqueo": the subject of the
        // complement clause (not of a contrast: "mientras que la Comisión
        // Europea liberó …", "while the EU …").
        const std::string& complementizer =
            ci + 2 < cuts.size() ? c.tokens[cuts[ci + 1]].folded : c.tokens[sb].folded;
        // Likewise the subject of a relative clause right after a judged deed
        // names its author ("condemned the strikes, which Russia carried
        // out", "verurteilte die Angriffe, die Russland verübt hatte",
        // "осудил удары, которые Россия нанесла") (p-crit).
        // The deed may stand in quotes ("осудил «незаконные ограничения»,
        // которые Вашингтон применяет") (r10-ru).
        size_t deed_at = ci + 2 < cuts.size() && cuts[ci + 1] >= 2 ? cuts[ci + 1] - 2 : 0;
        while (deed_at > cb && IsClosingQuote(c.tokens[deed_at].folded)) --deed_at;
        const bool deed_relative =
            t.type == criticism_ && ci + 2 < cuts.size() && cuts[ci + 1] >= 2 &&
            c.tokens[cuts[ci + 1] - 1].folded == "," &&
            (c.Mask(deed_at) & (Bit(WordClass::kDeed) | Bit(WordClass::kViolence))) &&
            (complementizer == "which" || complementizer == "den" || complementizer == "die" ||
             complementizer == "das" || complementizer == "der" ||
             StartsWith(complementizer, "котор"));
        const bool complement_clause = complementizer == "que" || complementizer == "that" ||
                                       complementizer == "dass" || complementizer == "что" ||
                                       complementizer == "qu" || deed_relative;
        if (targets.empty() && ci + 2 < cuts.size() && complement_clause &&
            (c.Mask(cuts[ci + 1]) & Bit(WordClass::kClause))) {
          for (const auto& m : mentions) {
            if (m.b < cuts[ci + 1] || m.b >= cuts[ci + 2]) continue;
            if (m.prep == 0 && !m.code.empty() && !Contains(actors, m.code)) {
              targets.push_back(FromMention(m));
              break;
            }
          }
        }
        // An accusation naming the accused by a bare noun ("accused the
        // judges of", "acusó a los militares de", "accuse son voisin de",
        // "beschuldigte die Diplomaten", "обвинил дипломатов в") accuses
        // the party the story is about, found like a deed's author (p-crit).
        const std::string& trigger_word = c.tokens[t.token].folded;
        const bool accusation =
            t.type == criticism_ && !(t.flags & kNominal) &&
            (StartsWith(trigger_word, "accus") || StartsWith(trigger_word, "acus") ||
             StartsWith(trigger_word, "beschuldig") || StartsWith(trigger_word, "обвин") ||
             trigger_word == "warf" || trigger_word == "wirft" ||
             StartsWith(trigger_word, "reproch"));
        // A judgment given in quotes judges a deed too (p-crit2).
        const bool deed_like = deed || accusation || quoted_judgment;
        // An arrest, detention, trial or execution told with the place it
        // happened ("verurteilte die Verhaftung eines Doppelbürgers in
        // Teheran", "condemned the arrest of a reporter in Moscow", "a
        // dénoncé l'arrestation d'un journaliste à Moscou", "la detención de
        // un periodista en Caracas", "арест журналиста в Москве"): the
        // police and courts of that place's state did it (p-crit7).
        if (targets.empty() && t.type == criticism_) {
          auto custodial = [&](const std::string& w) {
            for (const char* stem : {"arrest",         "detention",       "detaining",
                                     "jailing",        "imprisonment",    "execution",
                                     "sentencing",     "verhaftung",      "festnahme",
                                     "inhaftierung",   "hinrichtung",     "vollstreckung",
                                     "verurteilung",   "arrestation",     "détention",
                                     "interpellation", "emprisonnement",  "incarcération",
                                     "exécution",      "condamnation",    "detención",
                                     "arresto",        "encarcelamiento", "ejecución",
                                     "арест",          "задержани",       "казн",
                                     "заключени"}) {
              if (w.starts_with(stem)) return true;
            }
            return false;
          };
          for (size_t k = t.token; k < ce && targets.empty(); ++k) {
            if (!custodial(c.tokens[k].folded)) continue;
            for (const Mention* m : cm) {
              if (m->b <= k || m->b > k + 8 || m->code.empty()) continue;
              bool crossed = false;  // another act or clause in between
              for (size_t j = k + 1; j < m->b && !crossed; ++j) {
                crossed = (c.Mask(j) & (Bit(WordClass::kEvent) | Bit(WordClass::kClause))) ||
                          c.tokens[j].folded == ",";
              }
              if (crossed) break;
              if ((m->prep & kPlacePrep) && !Contains(actors, m->code)) {
                targets.push_back(FromMention(*m));
                break;
              }
            }
          }
        }
        // An embassy or ambassador judging a step or measure speaks to its
        // host ("Die russische Botschaft in Bern verurteilte den Schritt",
        // "The Russian embassy in London called the sanctions illegitimate",
        // "l'ambassade de Russie à Ottawa a dénoncé des mesures", "Посольство
        // России в Таллине назвало это решение"): the host state took it
        // (p-crit7).
        // A possessor names the deed's author itself ("China's embassy in
        // Canberra called their remarks irresponsible").
        bool possessor = false;
        for (size_t k = t.token; k < ce && !possessor; ++k) {
          const std::string& w = c.tokens[k].folded;
          possessor = w == "their" || w == "his" || w == "her" || w == "its" || w == "ihre" ||
                      w == "ihren" || w == "ihrer" || w == "seine" || w == "seinen" ||
                      w == "seiner" || w == "leurs" || w == "leur" || w == "ses" || w == "son" ||
                      w == "sa" || w == "sus" || w == "su" || w == "их" || w == "его" ||
                      w == "её" || w == "ее";
        }
        if (targets.empty() && deed && !possessor && t.type == criticism_) {
          for (const Mention* s : subjects) {
            if (s->role != "embassy" && s->role != "ambassador") continue;
            for (const Mention* m : cm) {
              if (m->b < s->e || m->b > s->e + 1) continue;
              // Not a host a measure hit: the embassy judges that measure
              // ("Russia's embassy in Managua called the measures ...",
              // after U.S. sanctions on Nicaragua) (r10-en).
              const bool host_hit =
                  c.d.MeasureAgainst({FromMention(*m)}, c.sentence_index, -1) != nullptr;
              if ((m->prep & kPlacePrep) && !m->code.empty() && !Contains(actors, m->code) &&
                  !host_hit) {
                targets.push_back(FromMention(*m));
              }
              break;
            }
            break;
          }
        }
        // A criticism told as joining an earlier one ("Japan's ambassador
        // also criticised the use of water cannon", "Auch Paris und London
        // verurteilten die Hinrichtung", "Ungarn kritisierte den Schritt
        // ebenfalls", "Le Bélarus a également condamné", "Cuba también
        // condenó", "Минск также осудил") judges what the latest criticism
        // of another party judged: its target (p-crit7).
        if (targets.empty() && t.type == criticism_) {
          // Not an attack condemned again ("Iran also condemned the
          // bombing"): that joins the condemnations of the attack itself.
          bool also = false, violence = false;
          for (size_t k = t.token; k < ce; ++k) {
            violence |= (c.Mask(k) & Bit(WordClass::kViolence)) != 0;
          }
          for (size_t k = cb; k < ce && !also && !violence; ++k) {
            const std::string& w = c.tokens[k].folded;
            also = w == "also" || w == "too" || w == "likewise" || w == "auch" ||
                   w == "ebenfalls" || w == "gleichfalls" || w == "également" || w == "aussi" ||
                   w == "también" || w == "igualmente" || w == "также" || w == "тоже";
          }
          // The latest one that is no reply to an earlier one aimed at its
          // author ("Ankara wies den Vorwurf zurück und beschuldigte Athen
          // ... Auch Zypern kritisierte" joins Athens, not Ankara).
          const auto& all = c.d.criticisms;
          for (size_t i = all.size(); also && i-- > 0;) {
            const std::vector<Participant>& critics = all[i].first;
            const Participant& judged = all[i].second;
            const bool reply =
                !judged.code.empty() &&
                std::any_of(
                    all.begin(), all.begin() + static_cast<std::ptrdiff_t>(i), [&](const auto& o) {
                      return Contains(critics, o.second.code) && Contains(o.first, judged.code);
                    });
            if (reply) continue;
            // One that named nobody ("condemned the bombing"): nobody either.
            if (judged.code.empty()) break;
            const bool ours =
                Contains(actors, judged.code) ||
                std::any_of(critics.begin(), critics.end(),
                            [&](const Participant& p) { return Contains(actors, p.code); });
            if (!ours) targets.push_back(judged);
            break;
          }
        }
        // A bare deed noun judged by a party an earlier sentence's measure
        // hit ("Minsk called the decision illegal", "Moskau verurteilte die
        // Maßnahmen", "Pékin a condamné cette décision", "calificó la medida",
        // "осудил это решение"): that measure's authors, whoever spoke or
        // met in between (p-ctx10).
        // Remarks are no measure ("Kigali a dénoncé des propos").
        bool measure_noun = false;
        for (size_t k = cb; k < ce && deed && !measure_noun; ++k) {
          if (!(c.Mask(k) & Bit(WordClass::kDeed))) continue;
          measure_noun = !NamesSpeech(c.tokens[k].folded);
        }
        if (targets.empty() && measure_noun && t.type == criticism_) {
          if (const auto* m = c.d.MeasureJudgedBy(actors, c.sentence_index, -1)) {
            for (const auto& p : m->actors) AddUnique(targets, p);
          }
        }
        // "denounced the measures", "kritisierte den Schritt": the last
        // party that acted.
        if (targets.empty() && deed_like && usable(c.d.last_subject)) {
          // With those who acted with it ("welcomed the decision" of
          // Washington and Ottawa).
          if (Contains(c.d.last_actors, c.d.last_subject->code)) {
            for (const auto& p : c.d.last_actors) {
              if (!Contains(actors, p.code)) AddUnique(targets, p);
            }
          } else {
            targets.push_back(*c.d.last_subject);
          }
        } else if (targets.empty() && deed_like && usable(c.d.last_target)) {
          // The critic acted last: the deed is its previous target's
          // ("presentó una protesta ante el Reino Unido ... calificó las
          // maniobras de provocación").
          targets.push_back(*c.d.last_target);
        } else if (targets.empty() && deed_like && t.type == criticism_) {
          // The critic only reacted before, with nobody aimed at ("Pekín
          // reaccionó horas después: la cancillería china calificó el
          // anuncio", "Kiew reagierte umgehend: ... bezeichnete den Schritt
          // als"): the deed is that of the latest other party that acted,
          // in an event or as a clause's subject, within two sentences
          // (p-crit).
          const auto recent = [&](size_t sentence) {
            return sentence != SIZE_MAX && sentence + 2 >= c.sentence_index;
          };
          const bool others_acted =
              recent(c.d.last_actors_sentence) && !c.d.last_actors.empty() &&
              std::none_of(c.d.last_actors.begin(), c.d.last_actors.end(),
                           [&](const Participant& p) { return Contains(actors, p.code); });
          const bool prior = usable(c.d.prior_subject) && recent(c.d.prior_subject_sentence);
          if (others_acted && (!prior || c.d.last_actors_sentence >= c.d.prior_subject_sentence)) {
            for (const auto& p : c.d.last_actors) AddUnique(targets, p);
          } else if (prior) {
            targets.push_back(*c.d.prior_subject);
          }
        }
      }
      // Praise of a bare measure noun ("welcomed the decision", "a salué la
      // décision", "begrüßte die Entscheidung", "saludó la medida",
      // "приветствовал это решение") praises the authors of the latest
      // measure an earlier sentence told, when the praiser neither took nor
      // suffered it and the clause names no author of its own (ctx13).
      if (t.type == praise_ && !actors.empty() && !(t.flags & kNominal) && !passive) {
        size_t deed_at = SIZE_MAX;
        for (size_t k = t.token + 1; k < ce && k < t.token + t.length + 3; ++k) {
          const uint64_t mk = c.Mask(k);
          if (mk & Bit(WordClass::kDeed)) {
            deed_at = k;
            break;
          }
          if (k >= t.token + t.length && !(mk & Bit(WordClass::kDet))) break;
        }
        const bool measure = deed_at != SIZE_MAX &&
                             !(c.Mask(deed_at) & Bit(WordClass::kViolence)) &&
                             !NamesSpeech(c.tokens[deed_at].folded);
        const bool author_named =
            measure && std::any_of(cm.begin(), cm.end(), [&](const Mention* m) {
              return m->b > t.token && m->b <= deed_at + 3 && !m->code.empty();
            });
        const Discourse::Measure* welcomed =
            measure && !author_named ? c.d.MeasureWelcomedBy(actors, c.sentence_index) : nullptr;
        if (welcomed) {
          std::vector<Participant> authors;
          for (const auto& p : welcomed->actors) {
            if (!Contains(actors, p.code)) AddUnique(authors, p);
          }
          if (!authors.empty()) targets = authors;
        }
      }
      if (t.guest_visit && clause_meeting) {
        actors = clause_meeting->second;
        targets = clause_meeting->first;
      }
      // Both parties cannot visit each other: "besuchten beide Präsidenten
      // eine Ausstellung" is sightseeing during the visit.
      // Named visitors ("прибыли президенты Египта и Ирана") do travel (r2-ru).
      if (t.type == visit_ && plural_subject &&
          (subjects.empty() || std::any_of(subjects.begin(), subjects.end(), [](const Mention* m) {
             return m->plural && m->code.empty();
           }))) {
        continue;
      }
      // A resident ambassador arriving at a post or touring the host country
      // makes no state visit ("Der neue Botschafter der USA ist in Berlin
      // eingetroffen"); special envoys travel and do.
      if (t.type == visit_ && std::any_of(cm.begin(), cm.end(), [&](const Mention* m) {
            return m->e <= t.token && m->role == "ambassador";  // "Britain's new ambassador"
          })) {
        continue;
      }
      // Measures "similar" to another state's sanctions ("announced similar
      // measures against four of the officials", "medidas similares",
      // "аналогичные меры") restate their kind: aimed at the party of the
      // latest sanction of the article when they name no state of their
      // own; with no sanction reported before, they are none (r5-types).
      bool anaphoric_sanction = false;
      // A sanction that takes over or joins another party's package: no
      // measure of its own that a later "the decision" could name.
      bool joined_sanction = false;
      if (t.type == sanction_) {
        bool anaphoric = false;
        for (size_t j = t.token; j < t.token + t.length && j < ce && !anaphoric; ++j) {
          const std::string& w = c.tokens[j].folded;
          anaphoric = w == "similar" || w == "parallel" || w == "comparable" || w == "matching" ||
                      w == "ähnliche" || w == "vergleichbare" || w == "gleichartige" ||
                      w == "similaires" || w == "analogues" || w == "comparables" ||
                      w == "similares" || w == "análogas" || w == "equivalentes" ||
                      w == "parecidas" || w == "аналогичные" || w == "аналогичных" ||
                      w == "схожие" || w == "подобные";
        }
        if (anaphoric) {
          // Not the sanctioned party's countermeasures announced in between
          // ("Minsk promised retaliation. Switzerland adopted similar
          // measures"): those answer a sanction, they are not its kind (p-aid7).
          auto has = [](const std::vector<Actor>& side, const std::vector<Actor>& other) {
            return std::any_of(side.begin(), side.end(), [&](const Actor& a) {
              return std::any_of(other.begin(), other.end(),
                                 [&](const Actor& b) { return a.country == b.country; });
            });
          };
          const Event* prev = nullptr;
          for (auto e = c.out.events.rbegin(); e != c.out.events.rend() && !prev; ++e) {
            if (e->type != type.name) continue;
            const bool answer = std::any_of(std::next(e), c.out.events.rend(), [&](const Event& o) {
              return o.type == type.name && has(o.actors, e->targets) && has(e->actors, o.targets);
            });
            if (!answer) prev = &*e;
          }
          if (!prev) continue;
          targets.clear();
          for (const Actor& a : prev->targets) {
            if (!Contains(actors, a.country)) targets.push_back({a.country, a.name, a.role});
          }
          anaphoric_sanction = true;
        }
      }
      // Another party's package or measures taken over or joined ("die
      // Massnahmen der EU zu übernehmen", "reprendre les mesures de l'UE",
      // "take over the EU measures", "se sumó al paquete") are aimed at that
      // package's targets: its author, an earlier sanctioner of the article,
      // is none (r10-de).
      if (t.type == sanction_ && !anaphoric_sanction) {
        bool adopted = false;
        // The verb of joining may stand around a bare measure noun ("die
        // Strafmaßnahmen zu übernehmen", "joined the sanctions", "se sumaron
        // a las sanciones") (ctx13).
        const size_t adopt_from = t.token > cb + 3 ? t.token - 3 : cb;
        const size_t adopt_to = (t.flags & kNominal) ? t.token + t.length + 6 : t.token + t.length;
        for (size_t j = (t.flags & kNominal) ? adopt_from : t.token;
             j < adopt_to && j < ce && !adopted; ++j) {
          adopted = NamesAdoption(c.tokens[j].folded) ||
                    ((c.tokens[j].folded == "take" || c.tokens[j].folded == "took" ||
                      c.tokens[j].folded == "takes") &&
                     j + 1 < ce && c.tokens[j + 1].folded == "over");
        }
        // The package named: the latest earlier sanction, a "package" when
        // the joiner names one ("schloss sich dem neuen Paket an" after the
        // 21st package and a prolonged one).
        auto package_word = [](std::string_view w) {
          return w.find("paket") != std::string_view::npos ||
                 w.find("Paket") != std::string_view::npos ||
                 w.find("packag") != std::string_view::npos ||
                 w.find("paque") != std::string_view::npos ||
                 w.find("пакет") != std::string_view::npos;
        };
        std::string_view own_text(
            c.text.data() + c.tokens[t.token].begin,
            c.tokens[std::min(t.token + t.length, ce) - 1].end - c.tokens[t.token].begin);
        const bool names_package = package_word(own_text);
        const Event* package = nullptr;
        for (int pass = names_package ? 0 : 1; pass < 2 && !package; ++pass) {
          for (auto e = c.out.events.rbegin(); adopted && e != c.out.events.rend(); ++e) {
            if (e->type == type.name && !e->targets.empty() &&
                (pass == 1 || package_word(e->sentence)) &&
                std::none_of(e->actors.begin(), e->actors.end(),
                             [&](const Actor& a) { return Contains(actors, a.country); })) {
              package = &*e;
              break;
            }
          }
        }
        if (package) {
          joined_sanction = true;
          // Whoever sanctioned earlier in the article, and was never hit; and
          // a party taken from the discourse that no sanction hit and the
          // clause does not name.
          auto author = [&](const Participant& p) {
            bool acted = false, hit = false;
            for (const Event& e : c.out.events) {
              if (e.type != type.name) continue;
              for (const Actor& a : e.actors) acted |= a.country == p.code;
              for (const Actor& a : e.targets) hit |= a.country == p.code;
            }
            // Named as the measures' aim ("gegen Belarus"), not as the
            // subject of a clause joined after a comma ("schloss sich den
            // Maßnahmen an, Norwegen kündigte an, ...") (r13-de).
            const bool named = std::any_of(cm.begin(), cm.end(), [&](const Mention* m) {
              return m->code == p.code && m->e > t.token &&
                     (m->prep != 0 || m->b < t.token + t.length);
            });
            return (acted && !hit) || (!hit && !named);
          };
          std::erase_if(targets, author);
          if (targets.empty()) {
            for (const Actor& a : package->targets) {
              if (!Contains(actors, a.country)) targets.push_back({a.country, a.name, a.role});
            }
          }
        }
      }
      // A sanction whose author its own phrase names is that author's, aimed
      // at the party named after "against" in it, else at whom the clause
      // named, else at a critic of it ("раскритиковала … утверждённый
      // Евросоюзом пакет санкций") (r5-types).
      std::vector<Participant> author_actors, author_targets;
      if (t.type == sanction_ && ((t.flags & kNominal) || c.lang == "de")) {
        const std::vector<Participant> kept_targets = targets;
        size_t end = ce;
        if (const Mention* author =
                sanction_author(t.token, t.length, (t.flags & kNominal) != 0, &end)) {
          std::vector<Participant> by;
          resolve(author, true, by);
          // The agents coordinated with the author ("adopted by Tokyo and
          // Seoul", "décidées par Paris et Berlin"); an author already among
          // the actors was read with them (r5-struct).
          std::vector<Participant> co_authors;
          for (const Mention* prev = author; const auto& m : mentions) {
            if (m.dead || m.b <= prev->e) continue;
            bool link = false, joined = m.b - prev->e <= 3;
            for (size_t k = prev->e; joined && k < m.b; ++k) {
              const uint64_t mk = c.Mask(k);
              link |= (mk & Bit(WordClass::kAnd)) || c.tokens[k].folded == ",";
              joined = (mk & (Bit(WordClass::kAnd) | Bit(WordClass::kDet))) ||
                       c.tokens[k].folded == "," || c.tokens[k].folded == "'";
            }
            if (!joined || !link || m.code.empty() || m.has_person ||
                (m.prep & ~Bit(WordClass::kPrepBy)) != 0) {
              break;
            }
            AddUnique(co_authors, FromMention(m));
            prev = &m;
          }
          // An author already read as the act's only actor (a genitive or
          // instrumental agent: "осудил пакет санкций, принятый
          // Евросоюзом") still finds its targets here (r6-types).
          const bool author_is_actor =
              by.size() == 1 && actors.size() == 1 && actors[0].code == by[0].code;
          if (by.size() == 1 && (!Contains(actors, by[0].code) || author_is_actor)) {
            std::vector<Participant> against;
            for (const auto& m : mentions) {
              if (!m.dead && !m.code.empty() && m.b >= cb && m.b < end &&
                  (m.prep & Bit(WordClass::kPrepAgainst)) && m.code != by[0].code) {
                AddUnique(against, FromMention(m));
              }
            }
            std::erase_if(targets, [&](const Participant& p) { return p.code == by[0].code; });
            if (!against.empty()) targets = against;
            // Sanctions named inside a protest or a criticism ("convocó al
            // encargado de negocios para protestar por las restricciones
            // anunciadas por Washington", "criticised the sanctions imposed
            // by Washington") are the author's act, aimed at the party
            // reacting to them when the phrase names no other: the reacting
            // party takes nothing over (r13-es).
            const bool reaction = first_event_type == criticism_ || first_event_type == protest_;
            if (targets.empty() && reaction) {
              const uint32_t sbeg = c.tokens[sb].begin;
              const char* reacting = first_event_type == criticism_ ? "CRITICISM" : "PROTEST";
              for (auto e = c.out.events.rbegin(); e != c.out.events.rend(); ++e) {
                if (e->evidence_start < sbeg) break;
                if (e->type != reacting) continue;
                for (const Actor& a : e->actors) {
                  if (a.country != by[0].code) targets.push_back({a.country, a.name, a.role});
                }
                break;
              }
            }
            // The clause's own subject may take the sanctions over ("a
            // décidé de reprendre le train de sanctions adopté par l'UE"):
            // its reading stays, the author's act is reported beside it.
            for (const auto& p : co_authors) {
              AddUnique(by, p);
              std::erase_if(targets, [&](const Participant& q) { return q.code == p.code; });
            }
            const bool by_agent = (author->prep & Bit(WordClass::kPrepBy)) != 0;
            if (actors.empty() || author_is_actor || t.authored_only || (reaction && by_agent)) {
              actors = by;
            } else {
              author_actors = by;
              author_targets = targets;
              targets = kept_targets;
            }
          }
        }
      }
      // No event without a known actor ("Ford praised its Spanish workforce",
      // "the tour operator thanked Moroccan rescuers").
      if (actors.empty()) continue;
      // A meeting needs two parties: "ist zu Gesprächen nach Israel gereist"
      // names only the traveller's talks.
      if (t.type == meeting_) {
        std::set<std::string_view> parties;
        for (const auto& p : actors) parties.insert(p.code);
        for (const auto& p : targets) parties.insert(p.code);
        if (parties.size() < 2) continue;
      }
      // Sanctions "against"/"gegen" a state target it, whoever's sanctions
      // they are ("adopted the EU's sanctions against Russia", "übernahm die
      // Sanktionen der EU gegen Russland"): the owner is no target.
      if (t.type == sanction_ && sanction_ >= 0) {
        std::vector<Participant> aimed;
        const Mention* prev = nullptr;
        for (const Mention* m : cm) {
          if (m->b <= t.token) continue;
          bool joined = false;
          if (prev && m->b > prev->e) {
            joined = true;
            for (size_t k = prev->e; k < m->b; ++k) {
              joined &= (c.Mask(k) & Bit(WordClass::kAnd)) != 0 || c.tokens[k].folded == ",";
            }
          }
          if ((m->prep & Bit(WordClass::kPrepAgainst)) || joined) {
            if (!m->code.empty() && !Contains(actors, m->code)) resolve(m, false, aimed);
            prev = m;
          } else if (prev) {
            break;
          }
        }
        if (!aimed.empty()) targets = aimed;
      }
      // Organisations outside the analysts' coding list (tests/corpus/README.md,
      // "Codes used"; organisations.tsv kind `uncoded`: the World Bank, WFP,
      // Mercosur, ...) are no participants; an act whose only actor is one of
      // them is no event.
      {
        const auto uncoded = [this](const Participant& p) { return !actors_->Coded(p.code); };
        if (!actors.empty() && std::all_of(actors.begin(), actors.end(), uncoded)) continue;
        std::erase_if(actors, uncoded);
        // Nobody left to receive the act but the uncoded organisation
        // ("traf den UNESCO-Generaldirektor"): no event.
        if (std::erase_if(targets, uncoded) > 0 && targets.empty() && actors.size() < 2) continue;
      }
      // A visit is travel to a host: without one it is a domestic
      // appearance ("attended a ceremony in Paris", "Trump's decision").
      if (t.type == visit_ && targets.empty()) continue;
      // A non-state speaker heading the clause ("Des ONG ont dénoncé ...",
      // "La oposición venezolana denunció ...", "Правозащитники
      // раскритиковали ...") acts for no state, whatever names follow. An
      // adjective right before it names its origin, not an actor ("A
      // delegation of German companies visited ...").
      {
        bool nonstate = false;
        // A later clause of the sentence with no party of its own before
        // its act (a coordinated predicate ", y elogió ...", a relative
        // ", que agradeció ...", a contrast ", mientras que ... elogió")
        // is headed like the sentence: a non-state word with no party
        // before it anywhere in the sentence heads it too, also behind
        // unknown names or a fronted phrase ("Iberia y Air Europa pidieron
        // disculpas a los pasajeros y agradecieron ...") (r13-es).
        size_t heads_from = cb;
        if (ci > 0 && cb > sb) {
          const bool own_subject = std::any_of(cm.begin(), cm.end(), [&](const Mention* m) {
            return m->b >= cb && m->b < t.token && !(m->pronoun && m->b == cb);
          });
          if (!own_subject) heads_from = sb;
        }
        // The parties that may stand before the heading word: the clause's,
        // or the whole sentence's when it heads the sentence.
        std::vector<const Mention*> sentence_mentions;
        if (heads_from < cb) {
          for (const auto& m : mentions) {
            if (!m.dead && m.b >= sb && m.b < t.token) sentence_mentions.push_back(&m);
          }
        }
        const std::vector<const Mention*>& before = heads_from < cb ? sentence_mentions : cm;
        for (size_t k = heads_from; k < t.token && !nonstate; ++k) {
          if (!(c.Mask(k) & Bit(WordClass::kNonState))) continue;
          // After a German dative or accusative article it is a fronted
          // object ("Den Angehörigen der Opfer sprach der Gast sein Beileid
          // aus") (r9-de).
          if (c.lang == "de" && k > cb &&
              (c.tokens[k - 1].folded == "den" || c.tokens[k - 1].folded == "dem")) {
            continue;
          }
          // Inside a relative clause on a party named before it, it heads
          // nothing ("Colombia, which hosts three million migrants,
          // welcomed ...", "Le Tchad, qui accueille ... réfugiés, a
          // remercié ...") (r7-en).
          bool relative = false;
          for (size_t j = std::max<size_t>(cb, 1); j < k && !relative; ++j) {
            const std::string& w = c.tokens[j].folded;
            relative = (c.Mask(j) & Bit(WordClass::kClause)) && c.tokens[j - 1].folded == "," &&
                       (w == "which" || w == "who" || w == "qui" || w == "que" || w == "quien" ||
                        w == "quienes" || w == "die" || w == "der" || w == "das" || w == "welche" ||
                        StartsWith(w, "котор"));
          }
          if (relative) continue;
          // In a passive the phrase is what is acted on ("Die Beteiligung
          // belarussischer Unternehmen wurde ... hervorgehoben").
          bool passive = false;
          for (size_t j = k; j < t.token; ++j)
            passive |= (c.Mask(j) & Bit(WordClass::kPassive)) != 0;
          nonstate = std::none_of(before.begin(), before.end(), [&](const Mention* m) {
            // Also a list of them ("a delegation of Swiss and German
            // watchmakers", "French, Italian and Spanish companies") (r6-en).
            auto adjective = [](const Mention* a) {
              return a->kind == EntryKind::kStateAdjective || a->kind == EntryKind::kDemonym;
            };
            bool listed = m->e <= k;
            for (size_t j = m->e; listed && j < k; ++j) {
              listed = (c.Mask(j) & Bit(WordClass::kAnd)) || c.tokens[j].folded == "," ||
                       std::any_of(before.begin(), before.end(), [&](const Mention* o) {
                         return o->b <= j && j < o->e && adjective(o);
                       });
            }
            const bool origin = !passive && listed && adjective(m);
            // A fronted place says where, not who ("Desde Madrid, el Partido
            // Popular criticó …", "Back in Canberra, the opposition …") (r4-types).
            const bool fronted_place = (m->prep & kPlacePrep) && !m->has_person && !m->has_role;
            // An office of the non-state body, its origin after it ("el
            // presidente del club brasileño", "le directeur de l'entreprise
            // chinoise"): that body's officer, no state's (r12-es).
            const bool officer =
                m->has_role && !m->has_person && m->b < k && k + 1 < m->e &&
                (c.Mask(k - 1) & (Bit(WordClass::kPrepOf) | Bit(WordClass::kDet))) &&
                c.tokens[k + 1].is_word && !IsCapitalised(c.text, c.tokens[k + 1]) &&
                !(c.Mask(k + 1) &
                  (Bit(WordClass::kPrepOf) | Bit(WordClass::kPrepPlace) | Bit(WordClass::kPrepTo) |
                   Bit(WordClass::kPrepWith) | Bit(WordClass::kDet) | Bit(WordClass::kAnd)));
            return m->b < k && !origin && !fronted_place && !officer;
          });
          if (!nonstate) break;
        }
        // A meeting with a non-state party only ("traf er
        // Wirtschaftsvertreter", "met business leaders") is no meeting of
        // states, whoever was met before; nor are thanks or praise addressed
        // to one ("sprach den freiwilligen Helfern ihren Dank aus") (r-de);
        // thanks in every language ("thanked the rescue workers", "agradeció
        // a los brigadistas", "a remercié les secouristes") (p-guest).
        const bool addressed =
            t.type == meeting_ || t.type == thanks_ || (c.lang == "de" && t.type == praise_);
        // The addressee may stand behind adverbials ("dankte am Rande des
        // Termins auch den Einsatzkräften", "bedankte sich zugleich bei den
        // Kunden aus China"): up to eight words, before the first party, a
        // comma or the thanked-for "für/for/pour/por/за" (r9-de).
        bool closed = false;
        for (size_t k = t.token + 1; addressed && !nonstate && k < ce && k <= t.token + 8; ++k) {
          if (std::any_of(cm.begin(), cm.end(),
                          [&](const Mention* m) { return m->b == k && !m->pronoun; }))
            break;
          const std::string& w = c.tokens[k].folded;
          closed |= w == "," || w == "für" || w == "for" || w == "pour" || w == "por" ||
                    w == "за" || (c.Mask(k) & Bit(WordClass::kClause));
          if (closed && k > t.token + 4) break;
          nonstate = (c.Mask(k) & Bit(WordClass::kNonState)) != 0;
        }
        // Hosting or receiving people who are no officials ("Colombia, which
        // hosts nearly three million Venezuelan migrants", "le Tchad, qui
        // accueille plus de 600 000 réfugiés soudanais", "Perú, que acoge a
        // más de un millón de migrantes venezolanos"): the first noun after
        // the verb, past numbers and a demonym, is a @nonstate one, before
        // any person or office (r7-en).
        for (size_t k = t.token + t.length;
             t.type == meeting_ && !nonstate && k < ce && k < t.token + t.length + 8; ++k) {
          const bool official = std::any_of(cm.begin(), cm.end(), [&](const Mention* m) {
            return m->b <= k && k < m->e && (m->has_person || m->has_role || m->pronoun);
          });
          if (official || c.tokens[k].folded == "," ||
              (c.Mask(k) & (Bit(WordClass::kPrepWith) | Bit(WordClass::kClause)))) {
            break;
          }
          nonstate = (c.Mask(k) & Bit(WordClass::kNonState)) != 0;
        }
        if (nonstate) continue;
      }
      // Praise, thanks, aid, sanctions ... are directed at someone: without
      // a target it is no diplomatic act ("Президент Ирана поблагодарил
      // народ", "Les sanctions n'ont pas d'effet sur l'économie russe").
      // A criticism may condemn an attack by nobody named.
      // (An object pronoun not resolved here, or the subject of a passive,
      // still names someone.)
      // An agreement or cooperation needs two parties ("Total Energies a
      // signé un accord avec la compagnie nationale angolaise").
      if (type.symmetric && actors.size() < 2) continue;
      if (targets.empty() && actors.size() < 2 && !type.symmetric && t.type != criticism_ &&
          t.type != meeting_ && !obj_pronoun_seen && !passive) {
        continue;
      }
      // A later clause qualifying the act one protests in the same sentence
      // is that protest ("lodged a counter-protest over a post, which it
      // called inappropriate"): one act, coded as PROTEST.
      // Not an accusation of the person just expelled or summoned in a
      // Spanish object relative (", al que acusó de injerencia") (r9-es).
      bool person_relative = false;
      if (c.lang == "es" && ci > 0 && cb >= 1 && c.tokens[cb - 1].folded == "," &&
          (c.Mask(cb) & Bit(WordClass::kPrepTo))) {
        size_t n = cb + 1;
        while (n < ce && n <= cb + 2 && (c.Mask(n) & Bit(WordClass::kDet))) ++n;
        person_relative =
            n < ce && (c.tokens[n].folded == "quien" || c.tokens[n].folded == "quienes" ||
                       c.tokens[n].folded == "que");
      }
      // A criticism told by a predicate of its own coordinated after a
      // comma (", y criticó la decisión de Lima", ", and condemned ...") is
      // a second act of the protesting party, not the protest's
      // qualification (r13-es).
      const bool coordinated_predicate = ci > 0 && cb >= 1 && c.tokens[cb - 1].folded == "," &&
                                         (c.Mask(cb) & Bit(WordClass::kAnd)) &&
                                         !(t.flags & kNominal) && t.token <= cb + 2;
      if (ci > 0 && type.name == "CRITICISM" && !person_relative && !coordinated_predicate) {
        const uint32_t sbeg = c.tokens[sb].begin;
        bool protested = false;
        for (const Event& prev : c.out.events) {
          protested |= prev.type == "PROTEST" && prev.evidence_start >= sbeg &&
                       !prev.actors.empty() && prev.actors[0].country == actors[0].code;
        }
        if (protested) continue;
      }
      // Aid for a state paid to an agency ("une contribution … au Programme
      // alimentaire mondial pour Haïti"): the agency is its channel.
      if (t.type == aid_) {
        const auto is_org = [](const Participant& p) { return p.role == "organisation"; };
        // The state named after the agency with "pour"/"en faveur de" is
        // the recipient even when only the agency was taken as the object
        // ("versé dix millions au HCR en faveur du Tchad") (r5-fr); in every
        // language, else the state where the agency spends it ("dem UNHCR 20
        // Millionen Euro für syrische Flüchtlinge im Libanon", "60 million
        // euros for the African Union's mission in Somalia") (r6-types).
        if (!targets.empty() && std::all_of(targets.begin(), targets.end(), is_org)) {
          // After the trigger, else before a verb-final one ("dass Deutschland
          // dem UNHCR ... im Libanon zur Verfügung stellt").
          const bool nothing_after =
              std::none_of(cm.begin(), cm.end(), [&](const Mention* m) { return m->b > t.token; });
          const Mention* spent_in = nullptr;
          for (const Mention* m : cm) {
            if ((nothing_after ? m->b > t.token : m->b <= t.token) || m->code.empty() ||
                m->kind == EntryKind::kOrganisation || Contains(actors, m->code) ||
                beneficiaries(m)) {
              continue;
            }
            if ((m->prep & Bit(WordClass::kPrepTo)) && !(m->prep & Bit(WordClass::kPrepPlace))) {
              spent_in = m;
              break;
            }
            if (!spent_in && m->place && (m->prep & Bit(WordClass::kPrepPlace))) spent_in = m;
          }
          if (spent_in) targets.push_back(FromMention(*spent_in));
        }
        if (std::any_of(targets.begin(), targets.end(), is_org) &&
            !std::all_of(targets.begin(), targets.end(), is_org)) {
          std::erase_if(targets, is_org);
        }
      }
      // A visit is travel to another country: an organisation itself (its
      // seat, its summit) is no host, and a visit left with no state to go
      // to is none ("visited the headquarters of the African Union", "zum
      // ASEAN-Gipfel angereist"). Its officials named as targets stay: they
      // may be the visitors the clause's subject received.
      if (t.type == visit_) {
        std::erase_if(targets, [](const Participant& p) { return p.role == "organisation"; });
        if (targets.empty()) continue;
      }
      // A noun opening the clause that names an act already reported
      // between the same parties refers back to it ("The sanctions are the
      // first coordinated move by Washington and Ottawa", "Der Besuch ist
      // der erste seit …"): no new act.
      if (t.flags & kNominal) {
        bool opening = true;
        for (size_t k = cb; k < t.token && opening; ++k) {
          opening = (c.Mask(k) & Bit(WordClass::kDet)) != 0;
        }
        auto covered = [&](const Event& e) {
          if (e.type != type.name) return false;
          auto in_event = [&](const Participant& p) {
            auto same = [&](const Actor& a) { return a.country == p.code; };
            return std::any_of(e.actors.begin(), e.actors.end(), same) ||
                   std::any_of(e.targets.begin(), e.targets.end(), same);
          };
          return std::all_of(actors.begin(), actors.end(), in_event) &&
                 std::all_of(targets.begin(), targets.end(), in_event);
        };
        // An invitation named as a noun anywhere ("Brasília prüfe die
        // Einladung") is the one already reported between the same parties.
        if ((opening || t.type == invitation_) &&
            std::any_of(c.out.events.begin(), c.out.events.end(), covered)) {
          continue;
        }
      }
      // A relative clause naming nobody before its trigger restates the act
      // of the clause before ("débloqué 10 millions pour l'aide d'urgence,
      // qui sera acheminée par la Croix-Rouge", "pledged aid, which will be
      // delivered through UNICEF"): one act.
      // (A Spanish ", y" + verb with an object of its own is a second act:
      // ", y mantuvo después un encuentro con ..."; ", y la calificó de ..."
      // restates (r4-es).)
      if (ci > 0 && (c.Mask(cb) & Bit(WordClass::kClause)) &&
          !(c.lang == "es" && (c.Mask(cb) & Bit(WordClass::kAnd)) && !targets.empty()) &&
          std::none_of(cm.begin(), cm.end(), [&](const Mention* m) { return m->b < t.token; })) {
        const uint32_t sbeg = c.tokens[sb].begin;
        const bool restated = std::any_of(
            c.out.events.begin(), c.out.events.end(),
            [&](const Event& e) { return e.type == type.name && e.evidence_start >= sbeg; });
        if (restated) continue;
      }
      // An accusation by a sanctioning party later in the sentence of its
      // sanction, with no target of its own or in a relative clause, is the
      // sanction's reason and aims at the sanctioned party ("imposed
      // sanctions on two officials, whom Washington accuses of …", "denen sie
      // … vorwirft", "a quienes acusa de …", "которых обвиняет в …"); so is
      // one whose object is a pronoun right after the sanction ("London
      // accused them of …").
      if (t.type == criticism_ && !actors.empty()) {
        const bool own_clause =
            targets.empty() || (ci > 0 && (c.Mask(cb) & Bit(WordClass::kClause)));
        const uint32_t sbeg = c.tokens[sb].begin;
        for (size_t e = 0; e < c.out.events.size(); ++e) {
          const Event& prev = c.out.events[e];
          const bool latest = e + 1 == c.out.events.size();
          // Also the reason of an expulsion or summons ("expulsó al encargado
          // de negocios de Perú, al que acusó de injerencia") (r-crit).
          if ((prev.type != "SANCTION" && prev.type != "PROTEST") || prev.targets.empty() ||
              !(own_clause ? prev.evidence_start >= sbeg : obj_pronoun_seen && latest)) {
            continue;
          }
          const bool sanctioner =
              std::any_of(prev.actors.begin(), prev.actors.end(),
                          [&](const Actor& a) { return a.country == actors[0].code; });
          if (!sanctioner) continue;
          targets.clear();
          for (const Actor& a : prev.targets) targets.push_back({a.country, a.name, a.role});
        }
      }

      // In German copy a criticism with nobody criticised condemns violence
      // ("verurteilte den Anschlag", "Medienangriffe gegen Aserbaidschan"),
      // a deed ("kritisierte den Schritt") or something in a state named in
      // the sentence ("äußerte sich kritisch zur Lage in Serbien"); with none
      // of these it is nothing diplomatic ("kritisierte Händler, die ...").
      if (t.type == criticism_ && targets.empty() && c.lang == "de" && !obj_pronoun_seen &&
          !passive) {
        bool kept = false;
        for (size_t k = sb; k < se && !kept; ++k) {
          kept = (c.Mask(k) & Bit(WordClass::kViolence)) != 0 ||
                 (k >= cb && k < ce && (c.Mask(k) & Bit(WordClass::kDeed)) != 0);
        }
        for (size_t i = 0; i < mentions.size() && !kept; ++i) {
          kept = !mentions[i].code.empty() && !Contains(actors, mentions[i].code);
        }
        if (!kept) continue;
      }
      // Russian evaluative reported speech: the speaker praises the party the
      // "что" clause is about ("Мирзиёев отметил, что Беларусь стала для
      // Ташкента «надёжным партнёром»", "Глава государства подчеркнул, что
      // Лаос является надёжным партнёром России"), not the other way round
      // (r9-ru).
      if (t.type == praise_ && c.lang == "ru" && ci > 0 && c.tokens[cb].folded == "что" &&
          sentence_subject.size() == 1 && actors.size() == 1 && !subjects.empty() &&
          subjects.front()->b > cb && subjects.front()->e <= t.token &&
          !Contains(actors, sentence_subject[0].code)) {
        std::vector<Participant> judged = actors;
        for (const auto& p : targets) {
          if (p.code != sentence_subject[0].code) AddUnique(judged, p);
        }
        actors = sentence_subject;
        targets = std::move(judged);
      }
      // Quote-first evaluative speech: a judgement quoted at the head of the
      // sentence about a party it names ("«X – наш верный друг», – сказал
      // он", "\"X is a trusted friend,\" the president said", "« X est un
      // partenaire fiable », a déclaré Y") is the speaker's praise of that
      // party, not the party's praise of anybody: the first subject-like
      // mention right after the attribution comma is the speaker.
      if (t.type == praise_ && !subjects.empty() && subjects.front()->b >= sb &&
          subjects.front()->b < t.token && !subjects.front()->code.empty() &&
          !subjects.front()->pronoun) {
        const size_t from = QuoteFirstAttribution(c.tokens, sb, se, t.token);
        const Mention* speaker = nullptr;
        for (const auto& m : mentions) {
          if (from == SIZE_MAX || m.b > from + 5) break;
          if (m.dead || m.b < from) continue;
          if (m.prep == 0 && !m.obj_pronoun && !m.recipient) speaker = &m;
          break;
        }
        std::vector<Participant> said_by;
        if (speaker) resolve(speaker, true, said_by);
        if (said_by.size() == 1 && !said_by[0].code.empty() && !Contains(actors, said_by[0].code)) {
          std::vector<Participant> judged = actors;
          for (const auto& p : targets) AddUnique(judged, p);
          std::erase_if(judged, [&](const Participant& p) { return p.code == said_by[0].code; });
          if (!judged.empty()) {
            actors = std::move(said_by);
            targets = std::move(judged);
          }
        }
      }
      // Aid a party is thanked for giving ("thanked the Philippines for
      // sending a rescue team", "a remercié le Japon d'avoir envoyé des
      // tentes", "agradeció a Chile por enviar brigadistas") was given by
      // the thanked to the thanker (p-ctx9).
      if (t.type == aid_ && !(t.flags & kNominal) && t.token >= cb + 2 && !c.out.events.empty() &&
          c.out.events.back().type == "THANKS" && !c.out.events.back().targets.empty() &&
          c.out.events.back().evidence_start >= c.tokens[sb].begin) {
        size_t k = t.token - 1;
        const std::string& perfect = c.tokens[k].folded;
        const bool aux = perfect == "having" || perfect == "avoir" || perfect == "haber";
        if (aux) --k;
        const std::string& w = c.tokens[k].folded;
        const bool for_doing = w == "for" || w == "por" || w == "pour" ||
                               (aux && (w == "de" || w == "d" || w == "'" || w == "’"));
        if (for_doing && k >= cb) {
          const Event& thanks = c.out.events.back();
          // Thanks for aid the article already reported restate it
          // ("Washington was deploying a team ... Holness thanked the
          // United States for sending rescue teams").
          auto among = [](const std::vector<Actor>& side, const std::vector<Actor>& of) {
            return std::any_of(side.begin(), side.end(), [&](const Actor& a) {
              return std::any_of(of.begin(), of.end(),
                                 [&](const Actor& b) { return a.country == b.country; });
            });
          };
          const bool restated =
              std::any_of(c.out.events.begin(), c.out.events.end() - 1, [&](const Event& e) {
                return e.type == "AID" && among(e.actors, thanks.targets) &&
                       among(e.targets, thanks.actors);
              });
          if (restated) continue;
          actors.clear();
          targets.clear();
          for (const Actor& a : thanks.targets) actors.push_back({a.country, a.name, a.role});
          for (const Actor& a : thanks.actors) targets.push_back({a.country, a.name, a.role});
        }
      }
      // Evidence: from the first participant mention or the trigger to the
      // last one, inside the clause.
      uint32_t eb = c.tokens[t.token].begin;
      uint32_t ee = c.tokens[std::min(ce, t.token + t.length) - 1].end;
      for (const Mention* m : cm) {
        if (m->prep & kPlacePrep && !type.place_target) continue;
        eb = std::min(eb, c.tokens[m->b].begin);
        ee = std::max(ee, c.tokens[m->e - 1].end);
      }
      // Directional key: "A criticised B. B accused A." are two acts.
      std::string& key = scratch.key;  // capacity kept across triggers
      key.assign(type.name);
      std::vector<std::string_view>& codes = scratch.codes;
      codes.clear();
      for (const auto& p : actors) codes.push_back(p.code);
      std::sort(codes.begin(), codes.end());
      for (const auto& code : codes) (key += "|") += code;
      key += ">";
      codes.clear();
      for (const auto& p : targets) codes.push_back(p.code);
      std::sort(codes.begin(), codes.end());
      for (const auto& code : codes) (key += "|") += code;
      // A Russian protest handed to the envoy just summoned, named by a
      // dative pronoun or in the passive ("вызвал посла ... Ему был заявлен
      // решительный протест", "был вызван посол, которому вручили ноту
      // протеста", "ему выразили протест", "Соответствующая нота была вручена
      // временному поверенному") restates the protest of this or the sentence
      // before between the same parties. Declaring a diplomat persona non
      // grata or expelling one is another act, also right after a summons
      // ("МИД Латвии вызвал поверенного ... Рига также объявила персоной нон
      // грата ...") (r9-ru).
      // So is it in every other language: a diplomat declared persona non
      // grata or expelled after the summons told in the sentence before is a
      // second act, not the summons restated ("a convoqué l'ambassadeur ...
      // Il a également déclaré persona non grata deux diplomates", "summoned
      // the envoy. It also expelled ...", "Zudem wies es ... aus"), when the
      // clause tells it as a further step ("également", "also", "zudem",
      // "además", "à son tour", "in turn"); an expulsion restated still keys
      // as the same act, and so does a bare "the expulsion" noun, mostly the
      // summons' cause told again (r10-fr).
      bool told_as_more = false;
      for (size_t k = cb; k < ce && !told_as_more && t.type == protest_; ++k) {
        const std::string& w = c.tokens[k].folded;
        told_as_more = w == "également" || w == "aussi" || w == "ensuite" || w == "outre" ||
                       w == "tour" || w == "also" || w == "further" || w == "additionally" ||
                       w == "then" || w == "turn" || w == "zudem" || w == "ausserdem" ||
                       w == "ebenfalls" || w == "auch" || w == "ferner" || w == "seinerseits" ||
                       w == "además" || w == "asimismo" || w == "también" || w == "luego" ||
                       w == "vez";
      }
      // Likewise a summons told as a further step after a recall or an
      // expulsion ("a annoncé le rappel de son ambassadeur ... Le ministère a
      // également convoqué le chargé d'affaires", "recalled its envoy ... It
      // also summoned the chargé") is a second act (crit12).
      if (t.type == protest_ && c.lang != "ru" && told_as_more) {
        const bool nominal = (t.flags & kNominal) != 0;
        for (size_t k = t.token; k < t.token + t.length && k < c.tokens.size(); ++k) {
          const std::string& w = c.tokens[k].folded;
          if (w == "grata" ||
              (!nominal && (StartsWith(w, "expul") || StartsWith(w, "expel") ||
                            StartsWith(w, "ausgewiesen") || StartsWith(w, "auszuweisen") ||
                            w == "wies" || w == "wiesen" || w == "weist" || w == "weisen"))) {
            key += "#expel";
            break;
          }
          // Only apart from the sentence before: a protest restating the
          // summons in its own sentence ("a quien se trasladó la «más
          // enérgica protesta»") stays one act with it.
          if (!nominal && c.previous_sentence_keys.count(key) &&
              (StartsWith(w, "convoqu") || StartsWith(w, "summon") || StartsWith(w, "convoc") ||
               StartsWith(w, "einbestell") || w == "bestellte" || w == "bestellten")) {
            done.insert(key);
            key += "#summon";
            break;
          }
        }
      }
      if (t.type == protest_ && c.lang == "ru") {
        bool expel = false, note = false;
        for (size_t k = t.token; k < t.token + t.length && k < c.tokens.size(); ++k) {
          const std::string& w = c.tokens[k].folded;
          expel |= w == "грата" || StartsWith(w, "высл") || StartsWith(w, "высыл") ||
                   StartsWith(w, "выдвор") || w == "покинуть";
          note |= StartsWith(w, "протест") || StartsWith(w, "нот") || StartsWith(w, "демарш");
        }
        if (expel) {
          key += "#expel";
        } else if (note) {
          bool dative = false, named_before = false;
          for (size_t k = cb; k < ce; ++k) {
            const std::string& w = c.tokens[k].folded;
            dative |= w == "ему" || w == "ей" || w == "им" || w == "которому" || w == "которой" ||
                      w == "которым";
          }
          for (const Mention* m : cm) named_before |= m->b < t.token && !m->code.empty();
          std::vector<std::string_view> own;
          for (const auto& p : actors) own.push_back(p.code);
          for (const auto& p : targets) own.push_back(p.code);
          // The parties of an earlier protest key ("PROTEST|RUS>|EST").
          auto covers = [&](const KeySet& keys) {
            return std::any_of(keys.begin(), keys.end(), [&](const std::string& k) {
              if (!StartsWith(k, "PROTEST|")) return false;
              const std::string_view kv(k);
              return std::all_of(own.begin(), own.end(), [&](std::string_view code) {
                for (size_t at = kv.find(code); at != std::string_view::npos;
                     at = kv.find(code, at + 1)) {
                  const size_t end = at + code.size();
                  if ((kv[at - 1] == '|') &&
                      (end == kv.size() || kv[end] == '|' || kv[end] == '>' || kv[end] == '#')) {
                    return true;
                  }
                }
                return false;
              });
            });
          };
          // The summons may be told further back, with only the source of
          // the report between ("вызвало посла ... Об этом сообщили в МИД.
          // «Послу был заявлен протест ...»"): a note handed to the envoy
          // still restates the story's earlier protest between the parties.
          const bool earlier_protest =
              std::any_of(c.out.events.begin(), c.out.events.end(), [&](const Event& e) {
                if (e.type != type.name) return false;
                return std::all_of(own.begin(), own.end(), [&](std::string_view code) {
                  auto has = [&](const Actor& a) { return a.country == code; };
                  return std::any_of(e.actors.begin(), e.actors.end(), has) ||
                         std::any_of(e.targets.begin(), e.targets.end(), has);
                });
              });
          if ((dative || passive) && !named_before &&
              (covers(done) || covers(c.previous_sentence_keys) || earlier_protest)) {
            continue;
          }
        }
      }
      // One act restated in the next sentence ("summoned the ambassador.
      // A protest was lodged with him.") is one event. Aid said to come in
      // addition is another contribution ("entsandte ein Rettungsteam. Die
      // Regierung stellte zudem zwei Millionen Euro bereit").
      // So in every language ("Japan also pledged ...", "a annoncé en outre
      // une aide supplémentaire", "также направит") (rec13).
      bool additional = false;
      if (t.type == aid_) {
        for (size_t k = sb; k < se && !additional; ++k) {
          additional = NamesAdditionalAid(c.lang, c.tokens[k].folded);
        }
      }
      // So is a Spanish act told as coming in addition, of any type ("llamó a
      // consultas a su embajadora ... Albares convocó además a la encargada
      // de negocios") (r5-es).
      if (c.lang == "es") {
        for (size_t k = cb; k < ce && !additional; ++k) {
          const std::string& w = c.tokens[k].folded;
          additional = w == "además" || w == "asimismo";
        }
      }
      // A Spanish meeting of the same states in the next sentence with
      // another office holder on one side is another occasion ("Sánchez
      // recibió a Ghazouani ... Ghazouani fue recibido previamente por el
      // rey"), not the same one restated (r4-es). Likewise in English ("held
      // talks with Takaichi ... was also received by Emperor Naruhito") (r4-en).
      // The same in every language with a meeting verb ("empfing Tusk ... Am
      // Rande des Treffens kam Wadephul mit seinem polnischen Amtskollegen
      // zusammen"); a minister taking part in the talks ("An den Gesprächen
      // nahm auch die Außenministerin teil") is the meeting told (r10-de).
      if (t.type == meeting_ && c.previous_sentence_keys.count(key) &&
          (c.lang == "es" || c.lang == "en" || !(t.flags & kNominal))) {
        for (auto it = c.out.events.rbegin(); it != c.out.events.rend(); ++it) {
          if (it->type != type.name) continue;
          if (NamesAnotherOffice(actors, *it) || NamesAnotherOffice(targets, *it)) {
            additional = true;
          }
          break;
        }
      }
      // A second meeting in the same sentence with another office holder of
      // the same state is another occasion ("was received by King Tupou VI
      // and later held talks with Tonga's prime minister", "called on the
      // President and then met the Foreign Minister"), not the first one
      // restated: the state met twice has a named office on both, and the
      // two offices differ (r9-en).
      bool other_occasion = false;
      if (t.type == meeting_ && !done.empty()) {
        for (auto it = c.out.events.rbegin(); it != c.out.events.rend(); ++it) {
          if (it->type != type.name) continue;
          other_occasion = !sentence_text.empty() && it->sentence == sentence_text &&
                           (NamesAnotherOffice(actors, *it) || NamesAnotherOffice(targets, *it));
          break;
        }
      }
      if ((c.previous_sentence_keys.count(key) && !additional) ||
          (!done.insert(key).second && !other_occasion)) {
        continue;
      }
      // Praise of the same pair restated as reported speech in the same
      // sentence ("высоко оценил усилия Каира, подчеркнув, что Египет
      // является «другом России»") is one act (r2-ru).
      if (t.type == praise_ && c.lang == "ru") {
        std::vector<std::string_view> all;
        for (const auto& p : actors) all.push_back(p.code);
        for (const auto& p : targets) all.push_back(p.code);
        std::sort(all.begin(), all.end());
        all.erase(std::unique(all.begin(), all.end()), all.end());
        std::string undirected = "PRAISE~";
        for (const auto& code : all) (undirected += "|") += code;
        const bool restated = !done.insert(undirected).second;
        if (restated && ci > 0 && c.tokens[cb].folded == "что") continue;
      }
      // A meeting restated in the same sentence with the pair as subject
      // ("welcomed Carney ..., and the two leaders met") is one meeting.
      if (t.type == meeting_) {
        std::vector<std::string_view> all;
        for (const auto& p : actors) all.push_back(p.code);
        for (const auto& p : targets) all.push_back(p.code);
        std::sort(all.begin(), all.end());
        all.erase(std::unique(all.begin(), all.end()), all.end());
        std::string undirected = "MEETING~";
        for (const auto& code : all) (undirected += "|") += code;
        if (!done.insert(undirected).second && !other_occasion) continue;
        // So is one recalled in a time phrase after it was reported ("Tras
        // reunirse con Lula, Petro ...") (r6-es).
        const std::string& first_word = c.tokens[t.token].folded;
        const bool time_phrase = t.length > 1 && (first_word == "tras" || first_word == "después" ||
                                                  first_word == "luego");
        // An earlier event of this type between exactly these parties.
        auto same_parties = [&](const Event& e) {
          if (e.type != type.name) return false;
          std::vector<std::string_view> prev;
          for (const Actor& a : e.actors) prev.push_back(a.country);
          for (const Actor& a : e.targets) prev.push_back(a.country);
          std::sort(prev.begin(), prev.end());
          prev.erase(std::unique(prev.begin(), prev.end()), prev.end());
          return prev == all;
        };
        if (time_phrase && std::any_of(c.out.events.begin(), c.out.events.end(), same_parties)) {
          continue;
        }
        // So is a meeting noun in a circumstantial phrase after it was
        // reported: "Speaking after bilateral talks, Ruto ...", "At the
        // meeting, ...", "Im anschließenden Gespräch würdigte ...", "En el
        // encuentro, ...", "Lors de cet entretien, ..." frame another act
        // with the meeting already told; "in a separate meeting" (an
        // indefinite article) is a new one (r7-en).
        bool adjunct = false;
        if (t.flags & kNominal) {
          const uint64_t place = Bit(WordClass::kPrepPlace) | Bit(WordClass::kBlock);
          for (size_t k = t.token, steps = 0; k > cb && steps < 4; ++steps) {
            --k;
            const std::string& w = c.tokens[k].folded;
            if (IsIndefiniteArticle(c.lang, w) || w == "separate" || w == "another") {
              break;
            }
            if (c.Mask(k) & place) {
              adjunct = true;
              break;
            }
            const bool modifier = (c.Mask(k) & Bit(WordClass::kDet)) ||
                                  (c.tokens[k].is_word && !IsCapitalised(c.text, c.tokens[k]) &&
                                   !(c.Mask(k) & ~(Bit(WordClass::kDet) | Bit(WordClass::kEvent))));
            if (!modifier) break;
          }
        }
        if (adjunct && std::any_of(c.out.events.begin(), c.out.events.end(), same_parties)) {
          continue;
        }
        // So is one told again in a later sentence with the pair as its
        // subject: "The two leaders first held a one-on-one meeting", "Nach
        // einem Gespräch unter vier Augen setzten die beiden
        // Staatsoberhäupter ...", "Les deux chefs d'État ont eu un
        // tête-à-tête", "Ambos mandatarios sostuvieron una reunión a solas",
        // "Стороны продолжили переговоры" describe the format of the
        // meeting already reported between the same parties (p-meet).
        const bool pair_subject =
            plural_subject && std::any_of(subjects.begin(), subjects.end(), [](const Mention* m) {
              return m->plural && m->code.empty();
            });
        if (pair_subject && std::any_of(c.out.events.begin(), c.out.events.end(), same_parties)) {
          continue;
        }
      }
      // A judgement without target right after the same party's criticism of
      // someone restates it ("Bamako a qualifié ces déclarations
      // d'inacceptables", "Caracas calificó de inaceptables sus palabras").
      if (targets.empty() && type.name == "CRITICISM") {
        const std::string_view prefix(key);
        const bool restated =
            std::any_of(c.previous_sentence_keys.begin(), c.previous_sentence_keys.end(),
                        [&](const std::string& k) {
                          return k.size() > prefix.size() && k.starts_with(prefix);
                        });
        if (restated) continue;
      }
      if (t.type == cooperation_) cooperation_done = true;
      if (!event_subject && !passive && !subjects.empty()) event_subject = subjects.front();

      Event ev;
      ev.article_id = c.article->id;
      ev.type = type.name;
      ev.cameo = type.cameo;
      ev.goldstein = type.goldstein;
      ev.plover = type.plover;
      auto to_actor = [&](const Participant& p) { return ToActor(*actors_, p); };
      ev.actors.reserve(actors.size());
      ev.targets.reserve(targets.size());
      for (const auto& p : actors) ev.actors.push_back(to_actor(p));
      for (const auto& p : targets) ev.targets.push_back(to_actor(p));
      ev.date = EventDate(dates, c.tokens, t.token, cb, ce);
      // An agreement named by its noun with a participle dated last year
      // ("l'accord signé l'an dernier", "l'accord de paix paraphé l'an
      // dernier", "the deal signed last year", "el acuerdo firmado el año
      // pasado") is background the journalist recalls, no act of the news
      // (r12-fr).
      if (t.type == agreement_ && !(t.flags & kNominal) && t.token > cb &&
          LastYearAttribute(c, t.token, t.token + t.length, ce)) {
        continue;
      }
      // Background told by the journalist: an act reported by a verb and
      // dated to a month of an earlier year the text names, more than half
      // a year back ("signed a defence pact in September last year", "en
      // mars 2025"). An act named by a noun may be recalled by a participant
      // ("erinnerte an seinen Besuch im Mai vergangenen Jahres") and stays;
      // a bare month after the publication month is resolved a year back
      // but may be ahead ("invited him to the summit in October").
      if (ev.date && ev.date->size() == 7 && c.published && !(t.flags & kNominal) &&
          complement_types.empty()) {
        // The year of an act coordinated after this one is that act's
        // ("dankte ... und erinnerte an seinen Besuch im September 2024").
        size_t own_end = ce;
        for (const auto& o : triggers) {
          if (o.token <= t.token || o.token >= own_end) continue;
          for (size_t k = t.token + t.length; k < o.token; ++k) {
            if (c.Mask(k) & Bit(WordClass::kAnd)) {
              own_end = o.token;
              break;
            }
          }
        }
        bool named_year = false;
        for (size_t k = cb; k < own_end && !named_year; ++k) {
          const std::string& w = c.tokens[k].folded;
          named_year = (c.Mask(k) & Bit(WordClass::kLastYear)) ||
                       (w.size() == 4 && w.find_first_not_of("0123456789") == std::string::npos &&
                        std::stoi(w) < c.published->year && std::stoi(w) > 1900);
        }
        const std::optional<int> back = DaysBefore(*ev.date, *c.published);
        if (named_year && back && *back > kBackgroundDays) continue;
      }
      // Background told in a relative clause on a party, which names an
      // earlier year: "The European Union, which sanctioned 21 officials
      // between 2019 and 2022, has no plans ...", "The United States, which
      // sanctioned the army chief last year, said ...", "Brazil, whose
      // relations have been frozen since the two countries expelled each
      // other's ambassadors in 2024, ...", "die Schweiz, die bereits 2022
      // Strafmaßnahmen verhängt hatte", "les États-Unis, qui avaient
      // sanctionné ... en 2023", "México, que rompió relaciones con Ecuador
      // en 2024": the journalist's aside, not the news (r10-en).
      if (c.published &&
          InEarlierYearRelative(c.lang, c.tokens, sb, se, t.token, c.published->year))
        continue;
      // One trip per visitor and host in an article: "the visiting
      // President thanked ...", "who is on a visit to ..." after the arrival
      // name the visit already reported; one dated to another day is
      // another trip ("recalled his visit in March last year") (r6-en).
      if (t.type == visit_) {
        auto codes = [](const std::vector<Actor>& side) {
          std::vector<std::string_view> v;
          for (const Actor& a : side) v.push_back(a.country);
          std::sort(v.begin(), v.end());
          return v;
        };
        const bool same_trip =
            std::any_of(c.out.events.begin(), c.out.events.end(), [&](const Event& o) {
              if (o.type != ev.type || (o.date && ev.date && *o.date != *ev.date)) return false;
              return codes(o.actors) == codes(ev.actors) && codes(o.targets) == codes(ev.targets);
            });
        if (same_trip) continue;
      }
      if (ev.date && ev.date->size() == 10) c.last_day = ParsePublished(*ev.date);
      ev.polarity = type.polarity;
      ev.tone = std::clamp(0.6 * type.tone_prior + 0.4 * sentence_tone, -1.0, 1.0);
      ev.lang = c.lang;
      ev.trigger = SanitizeUtf8(
          std::string_view(c.article->text)
              .substr(c.tokens[t.token].begin, c.tokens[std::min(ce, t.token + t.length) - 1].end -
                                                   c.tokens[t.token].begin));
      if (sentence_text.empty()) {  // once per sentence, for its first event
        const uint32_t sbeg = c.tokens[sb].begin, send = c.tokens[se - 1].end;
        sentence_text = SanitizeUtf8(std::string_view(c.article->text).substr(sbeg, send - sbeg));
      }
      ev.sentence = sentence_text;
      ev.evidence_start = eb;
      ev.evidence_end = ee;
      bool explicit_actor = !subjects.empty() || passive;
      bool explicit_target = !targets.empty();
      ev.confidence = explicit_actor && explicit_target ? 0.9 : explicit_actor ? 0.75 : 0.6;
      ev.topics = topics;
      ev.event_id = EventId(ev.article_id, ev.type, eb, ee);
      c.tone_sum += ev.tone;
      ++c.tone_n;
      for (const auto* side : {&actors, &targets}) {
        for (const auto& p : *side) {
          if (!Contains(c.article_actors, p.code)) c.article_actors.push_back(p);
        }
      }
      if (!targets.empty()) {
        c.d.last_target = targets[0];
        c.d.last_target_sentence = c.sentence_index;
        if (type.scene) {
          c.d.last_scene_target = targets[0];
          c.d.last_scene_sentence = c.sentence_index;
          c.d.scene_focus = targets[0];
          c.d.scene_focus_sentence = c.sentence_index;
        }
      }
      // "the sanctions" criticised later are the first sanctioner's, not
      // those of states that took "similar measures" (r5-types) or joined
      // the package: the hit party's "the decision" judges its author
      // (ctx13).
      if (!actors.empty() && !anaphoric_sanction && !joined_sanction) {
        c.d.last_actor_by_type[t.type] = actors;
      }
      c.d.last_actors = actors;
      c.d.last_actors_sentence = c.sentence_index;
      if (!targets.empty()) c.d.last_target_by_type[t.type] = targets[0];
      if (t.type == criticism_) {
        c.d.criticisms.emplace_back(actors, targets.empty() ? Participant{} : targets[0]);
      }
      // A retaliation answers the measure; it does not replace it. A
      // measure told after a reaction in the reaction's own sentence is its
      // cause, not an answer ("Colombia recalled its ambassador after
      // Washington imposed sanctions on ...", "convocó al encargado de
      // negocios por las restricciones anunciadas por ...") (ctx13).
      const auto* answered = c.d.MeasureAgainst(actors, c.sentence_index + 1, -1);
      const bool answer = answered && answered->sentence < c.sentence_index &&
                          std::any_of(targets.begin(), targets.end(), [&](const Participant& p) {
                            return Contains(answered->actors, p.code);
                          });
      if ((t.type == sanction_ || t.type == protest_) && !actors.empty() && !targets.empty() &&
          !anaphoric_sanction && !joined_sanction && !answer) {
        c.d.measures.push_back({actors, targets, c.sentence_index, t.type});
      } else if (!answer) {
        // A newer measure against a party hit replaces the measure as what
        // it answers. Words are no measure: a criticism of the hit party,
        // by a bystander who sides with the measure ("New Zealand condemned
        // Iran's actions") or by anyone, leaves the measure the one a later
        // "the decision" names (the hit party's "des propos" are its words,
        // see NamesSpeech) (ctx13).
        // Aid, the measure's own authors' further words and measures that
        // join it ("Canada adopted matching measures") replace nothing
        // ("Britain and the EU imposed sanctions on Sudan ... Cooper accused
        // both warring parties ... announced aid for Sudan") (r10-en).
        const bool against =
            (t.type == protest_ || t.type == sanction_) && !anaphoric_sanction && !joined_sanction;
        std::erase_if(c.d.measures, [&](const Discourse::Measure& m) {
          return against && m.sentence < c.sentence_index &&
                 !std::any_of(actors.begin(), actors.end(),
                              [&](const Participant& p) { return Contains(m.actors, p.code); }) &&
                 std::any_of(targets.begin(), targets.end(),
                             [&](const Participant& p) { return Contains(m.targets, p.code); });
        });
      }
      if (t.type == meeting_) clause_meeting.emplace(actors, targets);
      // Discourse: a meeting between two parties sets the current pair.
      // Successive meetings of one host within two sentences form a group
      // ("traf den armenischen ... Anschließend ... mit dem aserbaidschanischen
      // Amtskollegen" -> "beider Seiten" = both guests).
      if (t.type == meeting_ && actors.size() == 1 && targets.size() == 1) {
        const bool same_host = c.d.met && !c.d.pair.empty() && c.d.pair[0].code == actors[0].code &&
                               c.sentence_index <= c.d.meeting_sentence + 2;
        if (same_host) {
          if (!Contains(c.d.pair, targets[0].code)) {
            // The latest guest first after the host: "his counterpart".
            c.d.pair.insert(c.d.pair.begin() + 1, targets[0]);
          }
        } else {
          c.d.pair = {actors[0], targets[0]};
        }
        c.d.convened = false;
        c.d.met = true;
        c.d.meeting_sentence = c.sentence_index;
      } else if (t.type == meeting_ && actors.size() == 1 && targets.size() > 1) {
        // A host receiving several guests at once ("recibió a los mandatarios
        // de El Salvador y Guatemala"): "los tres jefes de Estado" are all.
        c.d.pair = actors;
        for (const auto& p : targets) AddUnique(c.d.pair, p);
        // Guests named by their offices ("les présidents X et Y"), not a
        // state caught from a name ("l'Accord Canada–États-Unis–Mexique").
        c.d.convened = std::all_of(targets.begin(), targets.end(), [](const Participant& p) {
          return !p.role.empty() && p.role != "state" && p.role != "organisation";
        });
        c.d.met = true;
        c.d.meeting_sentence = c.sentence_index;
      }
      // A joint act of two other parties makes them the current pair ("Thai
      // and Cambodian ministers signed a protocol, with Anwar looking on.
      // Anwar praised both governments", "Serbia and Kosovo signed ...
      // Kallas congratulated both sides") (r9-en).
      if (type.symmetric && t.type != meeting_ && actors.size() == 2 && targets.empty() &&
          !(Contains(c.d.pair, actors[0].code) && Contains(c.d.pair, actors[1].code))) {
        c.d.pair = actors;
        c.d.convened = false;
      }
      if (t.type == meeting_ && actors.size() == 1 && !targets.empty()) {
        c.d.host = actors[0];
        c.d.guest = targets[0];
      } else if (t.type == visit_ && actors.size() == 1 && !targets.empty()) {
        c.d.host = targets[0];
        c.d.guest = actors[0];
        // Before any meeting, a visit names the story's two parties: the
        // guest and the host, not another party of the headline ("Cassis in
        // Tadschikistan – Bundesrat übernimmt EU-Sanktionen": "die beiden
        // Minister" are Swiss and Tajik) (r6-de).
        if (!c.d.met && targets.size() == 1 && targets[0].code != actors[0].code) {
          c.d.pair = {actors[0], targets[0]};
          c.d.convened = false;
        }
      }
      // A trip to several states is one visit to each ("visitará Turquía y
      // Líbano"); the ids differ by the host's code.
      // Sanctions named inside another act are reported once: kept only when
      // the article does not report them itself ("criticized the sanctions").
      if (t.embedded && t.type == sanction_) {
        c.embedded_acts.push_back(std::move(ev));
        continue;
      }
      // Aid thanked for was given by the thanked to the thanker ("agradeció
      // a Milei el envío de aviones hidrantes", "dankte Österreich für die
      // Soforthilfe"); reported once, like sanctions named inside an act.
      // Support in general ("Unterstützung bei der Ausreise", "support for
      // the bid") is no aid given.
      // The aid may be named by its sending in a relative clause after the
      // thanks ("thanked China for the vehicles that Beijing handed over",
      // "agradeció los brigadistas que Argentina envió", "für die Lieferung
      // …, die Berlin auf den Weg gebracht hatte", "for the relief it sent"):
      // a bare send verb of the lexicon (`vk`: complement only) after a
      // relative word or right after a subject pronoun or name; a party
      // named as the relative's subject is the giver (r5-types).
      std::vector<Participant> giver;
      const bool aid_thanked_for = [&] {
        // The thanks may be a verb coordinated after another act ("elogió
        // el coraje de su anfitrión y agradeció a Chile el envío de
        // brigadistas", "praised the rescuers and thanked Japan for the
        // donation of tents"): "and" opens its own predicate, an auxiliary or
        // adverb at most between ("et a remercié", "y también agradeció")
        // (rec11).
        bool coordinated_thanks = false;
        for (size_t j = t.token > cb + 3 ? t.token - 3 : cb + 1; j < t.token && t.type == thanks_;
             ++j) {
          coordinated_thanks |= (c.Mask(j) & Bit(WordClass::kAnd)) != 0;
        }
        if (t.type != thanks_ || (first_event_type != thanks_ && !coordinated_thanks) || aid_ < 0) {
          return false;
        }
        // The clause and a relative clause cut off right after it.
        size_t end = ce;
        if (ci + 2 < cuts.size() && (c.Mask(ce) & Bit(WordClass::kClause)) &&
            !(c.Mask(ce) & Bit(WordClass::kAnd))) {
          end = cuts[ci + 2];
        }
        size_t relative = SIZE_MAX;
        bool own_complement = true;  // no comma or relative word yet
        for (size_t k = t.token + t.length; k < end; ++k) {
          if (relative == SIZE_MAX && (c.Mask(k) & Bit(WordClass::kClause)) &&
              !(c.Mask(k) & Bit(WordClass::kAnd))) {
            relative = k;
          }
          own_complement &= c.tokens[k].folded != "," &&
                            (c.Mask(k) & (Bit(WordClass::kClause) | Bit(WordClass::kDet))) !=
                                Bit(WordClass::kClause);
          // Thanks for the sending of anything but messages, police or
          // troops is for aid ("remercié pour l'envoi de bombardiers d'eau",
          // "agradeció el envío de técnicos", "thanked X for sending
          // helicopters", "за поставку техники") (rec12).
          if (own_complement && k < ce && NamesSendingOfGoods(c.lang, c.tokens, k, ce)) {
            return true;
          }
          for (uint32_t h = 0; h < c.token_hits[k].count; ++h) {
            const LexHit& o = c.hits[c.token_hits[k].begin + h];
            if (o.cls != WordClass::kEvent || o.event_type != aid_) continue;
            if ((o.flags & kComplementOnly) && !(o.flags & kNominal)) {
              // A coordinated thanks is for its noun object only, not for a
              // sending told in a relative clause on the thanked ("praised
              // Norway and thanked Canada, which sent rescue teams to
              // Turkey") (rec11).
              if (first_event_type != thanks_) continue;
              const Mention* subject = nullptr;
              for (const auto& m : mentions) {
                if (!m.dead && m.b > t.token && m.e <= k && (m.e == k || m.b > relative) &&
                    (m.pronoun || !m.code.empty())) {
                  subject = &m;
                }
              }
              // With its auxiliary between ("for the 12 million dollars it
              // has provided", "für die Experten, die die Schweiz geschickt
              // hat") (p-ctx9).
              bool aux_between = subject && subject->e < k && subject->e + 2 >= k;
              for (size_t j = subject ? subject->e : k; aux_between && j < k; ++j) {
                const std::string& a = c.tokens[j].folded;
                aux_between = a == "has" || a == "have" || a == "had" || a == "ha" || a == "han" ||
                              a == "había" || a == "habían" || a == "a" || a == "avait" ||
                              a == "ont" || a == "avaient" || a == "hat" || a == "hatte" ||
                              a == "haben" || a == "hatten";
              }
              const bool zero_relative = subject && (subject->e == k || aux_between);
              // A perfect infinitive names the thanked one's deed ("por
              // haber enviado brigadistas", "d'avoir envoyé des médecins",
              // "for having sent a team") (p-ctx9).
              const std::string& before = c.tokens[k - 1].folded;
              if (before == "haber" || before == "avoir" || before == "having") return true;
              // A participle right after the aid noun, without a relative
              // word ("for the 25,000 tonnes of wheat delivered free of
              // charge", "the support extended by Qatar to Ghana's
              // programme", "les tentes envoyées par Tokyo"): its by-agent,
              // if any, is the giver (p-ctx9).
              // An amount, an agent or a support noun before it makes the
              // participle a giving ("the hospitality extended to his
              // delegation" is none).
              const bool reduced = relative == SIZE_MAX && !zero_relative && !subject &&
                                   k > t.token + t.length + 1 && c.tokens[k - 1].is_word &&
                                   !IsCapitalised(c.text, c.tokens[k - 1]) &&
                                   !(c.Mask(k - 1) & Bit(WordClass::kDet));
              if (reduced) {
                const Mention* agent = nullptr;
                for (const auto& m : mentions) {
                  if (m.dead || m.b <= k || m.b >= end || m.code.empty()) continue;
                  if ((m.prep & Bit(WordClass::kPrepBy)) && m.b <= k + 3) agent = &m;
                  break;
                }
                bool amount = false, comma = false;
                for (size_t j = t.token + t.length; j < k; ++j) {
                  const std::string& w = c.tokens[j].folded;
                  auto digit = [&](size_t i) {
                    return !c.tokens[i].folded.empty() &&
                           std::isdigit(static_cast<unsigned char>(c.tokens[i].folded[0]));
                  };
                  comma |= w == "," && !(j > 0 && j + 1 < k && digit(j - 1) && digit(j + 1));
                  amount |= !w.empty() && std::isdigit(static_cast<unsigned char>(w[0]));
                  amount |=
                      j + 2 >= k && (StartsWith(w, "support") || StartsWith(w, "soutien") ||
                                     StartsWith(w, "apoyo") || StartsWith(w, "unterstützung") ||
                                     StartsWith(w, "поддержк"));
                }
                if (comma || (!agent && !amount)) continue;
                if (agent) resolve(agent, true, giver);
                return true;
              }
              if (relative == SIZE_MAX && !zero_relative) continue;
              // A message sent is no aid ("thanked him for the letter he sent").
              bool message = false;
              for (size_t j = t.token + t.length; j < k && !message; ++j) {
                const std::string& w = c.tokens[j].folded;
                message = w == "message" || w == "messages" || w == "letter" || w == "mensaje" ||
                          w == "carta" || w == "lettre" || w == "brief" || w == "botschaft" ||
                          w == "schreiben" || w == "послание" || w == "письмо" || w == "телеграмму";
              }
              if (message) return false;
              // A bare role ("le royaume", "the kingdom") names no giver.
              if (subject && (relative == SIZE_MAX || subject->b > relative) && !subject->pronoun &&
                  (!subject->has_role || subject->has_person)) {
                resolve(subject, true, giver);
              }
              return true;
            }
            if (k >= ce || !(o.flags & kNominal)) continue;
            const std::string& w = c.tokens[k].folded;
            // Support in general: unless a send verb right after it names it
            // given ("the generous support extended by Qatar") (p-ctx9).
            if (StartsWith(w, "unterstützung") || StartsWith(w, "support") ||
                StartsWith(w, "soutien") || StartsWith(w, "apoyo") || StartsWith(w, "поддержк")) {
              bool given_after = false;
              for (size_t j = k + 1; j < end && j <= k + 2 && !given_after; ++j) {
                for (uint32_t g = 0; g < c.token_hits[j].count && !given_after; ++g) {
                  const LexHit& v = c.hits[c.token_hits[j].begin + g];
                  given_after = v.cls == WordClass::kEvent && v.event_type == aid_ &&
                                (v.flags & kComplementOnly) && !(v.flags & kNominal);
                }
              }
              if (given_after) continue;
              return false;
            }
            return true;
          }
        }
        return false;
      }();
      if (aid_thanked_for && ev.actors.size() == 1 && ev.targets.size() == 1) {
        const EventType& aid_type = lex_->event_types()[static_cast<size_t>(aid_)];
        Event given = ev;
        // A named giver: the thanked one, or the thanker's own state
        // ("agradeció a Canadá el mensaje a los bomberos que México envió").
        const bool own = giver.size() == 1 && giver[0].code == ev.actors[0].country;
        const bool other = giver.size() == 1 && !own && giver[0].code != ev.targets[0].country;
        given.type = aid_type.name;
        given.cameo = aid_type.cameo;
        given.goldstein = aid_type.goldstein;
        given.plover = aid_type.plover;
        given.polarity = aid_type.polarity;
        given.tone = std::clamp(0.6 * aid_type.tone_prior + 0.4 * sentence_tone, -1.0, 1.0);
        given.actors = own || other ? std::vector<Actor>{to_actor(giver[0])} : ev.targets;
        given.targets = own ? ev.targets : ev.actors;
        given.event_id = EventId(ev.article_id, given.type, eb, ee);
        c.embedded_acts.push_back(std::move(given));
      }
      if (!author_actors.empty()) {
        Event by = ev;
        by.actors.clear();
        by.targets.clear();
        for (const auto& p : author_actors) by.actors.push_back(to_actor(p));
        for (const auto& p : author_targets) by.targets.push_back(to_actor(p));
        by.event_id = EventId(ev.article_id, ev.type + "<" + by.actors[0].country, eb, ee);
        c.embedded_acts.push_back(std::move(by));
      }
      // A meeting with several counterparts told as separate ones is one
      // meeting each: "met separately with the foreign ministers of Serbia
      // and Azerbaijan", "getrennt/jeweils mit ...", "séparément", "por
      // separado", "отдельно", "held bilateral meetings with the leaders of
      // X and Y", or the preposition repeated ("with X and with Y", "con X
      // y con Y"). Without such a word the guests met together ("recibió a
      // sus homólogos de Argentina, Brasil y Uruguay") (p-meet).
      bool separate_meetings = false;
      if (t.type == meeting_ && ev.actors.size() == 1 && ev.targets.size() > 1) {
        size_t first_target = ce;
        std::vector<std::string_view> with_codes;
        for (const Mention* m : cm) {
          if (m->b < t.token + t.length || m->code.empty() || !Contains(targets, m->code)) continue;
          first_target = std::min(first_target, m->b);
          // Its own "with", not one carried over a list ("con el canciller
          // de Chile y el presidente de Bolivia" is one meeting).
          size_t k = m->b;
          while (k > cb && (c.Mask(k - 1) & Bit(WordClass::kDet))) --k;
          const bool own_with = k > cb && (c.Mask(k - 1) & Bit(WordClass::kPrepWith));
          if (own_with &&
              std::find(with_codes.begin(), with_codes.end(), m->code) == with_codes.end()) {
            with_codes.push_back(m->code);
          }
        }
        separate_meetings = with_codes.size() >= 2;
        for (size_t k = cb; k < ce && !separate_meetings; ++k) {
          const std::string& w = c.tokens[k].folded;
          separate_meetings =
              StartsWith(w, "separat") || StartsWith(w, "séparé") || StartsWith(w, "getrennt") ||
              w == "jeweils" || w == "einzeln" || w == "separado" || w == "separadamente" ||
              w == "individually" || StartsWith(w, "отдельн") || StartsWith(w, "раздельн") ||
              (k > first_target && IsThenWord(w)) ||
              (k < first_target && (StartsWith(w, "bilateral") || StartsWith(w, "bilatéra") ||
                                    StartsWith(w, "двусторонн")));
        }
      }
      std::vector<Actor> more_hosts;
      if ((t.type == visit_ || separate_meetings) && ev.targets.size() > 1) {
        more_hosts.assign(ev.targets.begin() + 1, ev.targets.end());
        ev.targets.resize(1);
      }
      for (const Actor& host : more_hosts) {
        Event one = ev;
        one.targets = {host};
        one.event_id = EventId(ev.article_id, ev.type + ">" + host.country, eb, ee);
        c.out.events.push_back(std::move(one));
      }
      c.out.events.insert(c.out.events.end() - static_cast<std::ptrdiff_t>(more_hosts.size()),
                          std::move(ev));
    }

    // Discourse updates from this clause's subject.
    if (event_subject) clause_subject = event_subject;
    if (clause_subject && !object_relative) {
      std::vector<Participant> subj;
      resolve(clause_subject, true, subj);
      if (ci == 0 || sentence_subject.empty()) {
        sentence_subject = subj;
        // A coordinated subject acts as one in the clauses that inherit it
        // ("Die Schweiz und Norwegen kündigten an, die Maßnahmen zu
        // übernehmen", "Spain and Portugal decided, after the floods, to
        // send aid"): the parties joined to the clause subject by "and" or
        // a comma right before it (ctx13).
        const Mention* next = clause_subject;
        for (auto it = cm.rbegin(); it != cm.rend(); ++it) {
          const Mention* m = *it;
          if (m->e > next->b || m == next) continue;
          if (next->b - m->e > 3 || !subject_like(m) || m->code.empty()) break;
          bool joined = false;
          for (size_t k = m->e; k < next->b; ++k) {
            const uint64_t mk = c.Mask(k);
            if ((mk & Bit(WordClass::kAnd)) || c.tokens[k].folded == ",") {
              joined = true;
            } else if (!(mk & Bit(WordClass::kDet))) {
              joined = false;
              break;
            }
          }
          if (!joined) break;
          std::vector<Participant> more;
          resolve(m, true, more);
          for (const auto& p : more) {
            if (!Contains(sentence_subject, p.code)) {
              sentence_subject.insert(sentence_subject.begin(), p);
            }
          }
          next = m;
        }
      }
      if (!clause_subject->plural && !clause_subject->code.empty() && subj.size() == 1 &&
          IsInstitutionRole(clause_subject->role) &&
          std::none_of(c.d.institutions.begin(), c.d.institutions.end(),
                       [&](const Participant& p) { return p.role == subj[0].role; })) {
        c.d.institutions.push_back(subj[0]);
      }
      // The subject of reported speech ("подчеркнул, что Минск остаётся
      // союзником") is no new protagonist of the story (r2-ru).
      const bool reported = c.lang == "ru" && ci > 0 && c.tokens[cb].folded == "что";
      if (!clause_subject->plural && !clause_subject->pronoun && subj.size() == 1 &&
          !clause_subject->code.empty() && !reported) {
        if (c.d.last_subject && c.d.last_subject->code != subj[0].code) {
          c.d.prior_subject = c.d.last_subject;
          c.d.prior_subject_sentence = c.d.last_subject_sentence;
        }
        c.d.last_subject = subj[0];
        c.d.last_subject_sentence = c.sentence_index;
        c.d.CountSubject(subj[0].code);
        if (!c.d.protagonist) {
          c.d.protagonist = subj[0];
          if (c.d.pair.empty()) c.d.pair.push_back(subj[0]);
        }
      } else if (!clause_subject->plural && !clause_subject->pronoun && subj.size() == 1 &&
                 clause_subject->code.empty() && clause_subject->has_role &&
                 !clause_subject->counterpart && !reported) {
        // A bare office resolved from the discourse is the one a later
        // pronoun names ("Mercredi, le ministre a fait escale à Montevideo,
        // où il a rencontré ...", "Later the President flew to Lagos, where
        // he met ..."); it counts for no salience of its own (r7-fr).
        if (c.d.last_subject && c.d.last_subject->code != subj[0].code) {
          c.d.prior_subject = c.d.last_subject;
          c.d.prior_subject_sentence = c.d.last_subject_sentence;
        }
        c.d.last_subject = subj[0];
        c.d.last_subject_sentence = c.sentence_index;
      }
    }
    // Before any meeting, the second party is the first other one named.
    if (!c.d.met && c.d.pair.size() < 2) {
      for (const Mention* m : cm) {
        if (m->code.empty()) continue;
        if (c.d.pair.empty()) {
          c.d.pair.push_back(FromMention(*m));
        } else if (m->code != c.d.pair[0].code) {
          c.d.pair.push_back(FromMention(*m));
          break;
        }
      }
    }
  }
  // States named in this sentence, the last named first (p-grp10).
  for (const auto& m : mentions) {
    if (m.code.empty() || m.plural || m.kind == EntryKind::kOrganisation || !m.seat_of.empty() ||
        (m.prep & Bit(WordClass::kPrepPlace))) {
      continue;
    }
    std::erase_if(c.d.named_states, [&](const Participant& p) { return p.code == m.code; });
    c.d.named_states.insert(c.d.named_states.begin(), FromMention(m));
    if (c.d.named_states.size() > 8) c.d.named_states.pop_back();
  }
  // People named in this sentence, the last named first.
  for (const auto& m : mentions) {
    if (m.code.empty() || m.plural || !m.has_person || m.role.empty()) continue;
    for (size_t k = m.b; k < m.e && k < m.b + 8 && c.d.titles.size() < 64; ++k) {
      if (!c.tokens[k].is_word) continue;
      if (c.tokens[k].folded == c.d.title_office) {
        // The headline's office named with its holder: the protagonist.
        c.d.title_office.clear();
        c.d.protagonist = FromMention(m);
        c.d.CountSubject(m.code);
        if (c.d.pair.empty() || c.d.pair[0].code != m.code) {
          std::erase_if(c.d.pair, [&](const Participant& p) { return p.code == m.code; });
          c.d.pair.insert(c.d.pair.begin(), FromMention(m));
          if (c.d.pair.size() > 2) c.d.pair.pop_back();
          c.d.convened = false;
        }
      }
      if (OfficeKey(c.tokens, k, m.b) == k) {
        c.d.titles.emplace_back(c.tokens[k].folded, FromMention(m));
      }
    }
    std::erase_if(c.d.recent, [&](const Participant& p) { return p.code == m.code; });
    c.d.recent.insert(c.d.recent.begin(), FromMention(m));
    if (c.d.recent.size() > 8) c.d.recent.pop_back();
  }
  if (giverless_scene &&
      std::none_of(c.out.events.begin() + static_cast<std::ptrdiff_t>(sentence_first_event),
                   c.out.events.end(),
                   [&](const Event& e) { return e.type == "AID" || e.type == "CONDOLENCE"; })) {
    c.d.scene_focus = giverless_scene;
    c.d.scene_focus_sentence = c.sentence_index;
  }
  // The sentence's first place is its scene ("58 morts dans le sud d'Haïti
  // et 9 dans l'est de Cuba": Haiti).
  for (const auto& m : mentions) {
    const bool place_prep = (m.prep & Bit(WordClass::kPrepPlace)) != 0;
    const bool state_of = (m.prep & Bit(WordClass::kPrepOf)) && m.kind == EntryKind::kState &&
                          !m.has_role && !m.has_person;  // "la côte est de Madagascar"
    if ((place_prep || state_of) && !m.code.empty()) {
      c.d.last_place = FromMention(m);
      c.d.last_place_sentence = c.sentence_index;
      break;
    }
  }
  // A sentence that reports no act and names one state alone, bare (no
  // office, no person, not "with"/"by"/"against" it), tells what happens
  // there: that state is the scene too ("Un huracán azotó Honduras. México
  // envió víveres", "A cyclone hit Mozambique. Malawi sent tents", "Ein
  // Erdbeben hat Albanien erschüttert", "Aid began arriving in Honduras")
  // (rec9).
  const bool place_named = c.d.last_place && c.d.last_place_sentence == c.sentence_index;
  if (!place_named && c.out.events.size() == sentence_first_event) {
    const Mention* only = nullptr;
    bool single = true;
    for (const auto& m : mentions) {
      if (m.code.empty() || m.dead) continue;
      if (only && only->code != m.code) single = false;
      if (!only) only = &m;
    }
    constexpr uint64_t kNotScene =
        Bit(WordClass::kPrepWith) | Bit(WordClass::kPrepBy) | Bit(WordClass::kPrepAgainst);
    if (only && single && only->kind == EntryKind::kState && !only->has_role && !only->has_person &&
        !only->plural && !only->pronoun && !(only->prep & kNotScene)) {
      c.d.last_place = FromMention(*only);
      c.d.last_place_sentence = c.sentence_index;
    }
  }
  // One judgment told twice in a sentence: a party that judges a deed and
  // accuses someone of it in coordinated clauses ("a dénoncé « une attaque
  // délibérée » et a accusé Moscou de …", "criticó que Washington mantenga
  // el embargo y calificó de «cruel» la negativa", "condemned the raid as
  // reckless and accused Caracas of …") makes one criticism, of the party
  // it names (p-crit7).
  if (criticism_ >= 0) {
    auto codes = [](const std::vector<Actor>& side) {
      std::vector<std::string_view> v;
      for (const Actor& a : side) v.push_back(a.country);
      std::sort(v.begin(), v.end());
      return v;
    };
    auto& evs = c.out.events;
    for (size_t i = sentence_first_event; i < evs.size();) {
      const Event& e = evs[i];
      const bool restated =
          e.type == "CRITICISM" && e.targets.empty() &&
          std::any_of(evs.begin() + static_cast<std::ptrdiff_t>(sentence_first_event), evs.end(),
                      [&](const Event& o) {
                        return &o != &e && o.type == e.type && !o.targets.empty() &&
                               codes(o.actors) == codes(e.actors);
                      });
      if (restated) {
        evs.erase(evs.begin() + static_cast<std::ptrdiff_t>(i));
      } else {
        ++i;
      }
    }
  }
  std::swap(c.previous_sentence_keys, c.sentence_keys);
  c.spare_mentions = std::move(mentions);
}

Extraction EngineImpl::Extract(const Article& article) const {
  Ctx c;
  thread_local Scratch scratch;
  std::string masked;
  const ScratchLease lease(scratch, c.tokens, c.token_hits, c.hits, c.words, masked);
  c.article = &article;
  c.out.analysis.article_id = article.id;
  c.out.analysis.source = article.source;
  c.out.analysis.published_at = article.published_at;
  std::string_view raw(article.text);
  if (raw.size() > kMaxTextBytes) raw = raw.substr(0, kMaxTextBytes);
  MaskMarkupInto(raw, masked);
  masked.resize(ContentEnd(masked));
  // "WASHINGTON, Aug 14 (Reuters) -": the dateline's place is no participant.
  const ByteRange dateline = FindDateline(masked);
  // Its place up to the date or agency, kept for the dateline state.
  std::string dateline_place;
  for (size_t k = dateline.begin; k < dateline.end; ++k) {
    const char ch = masked[k];
    if (ch == ',' || ch == '(' || ch == '/' || ch == '\n') break;
    dateline_place.push_back(ch);
  }
  for (size_t k = dateline.begin; k < dateline.end; ++k) masked[k] = ' ';
  c.text = masked;

  std::string lang;
  for (char ch : article.lang) {
    if (ch == '-' || ch == '_') break;
    lang.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(ch))));
  }
  if (lang.empty()) lang = DetectLanguage(c.text);
  c.lang = lang;
  c.out.analysis.lang = lang;
  c.ll = lex_->ForLanguage(lang);
  c.published = ParsePublished(article.published_at);
  if (!dateline_place.empty() && c.ll) {
    // The whole place must be one capital of a state, not an
    // organisation's seat ("BRUSELAS") nor a city ("NUEVA YORK").
    std::vector<Token> place_tokens;
    TokenizeReusing(dateline_place, place_tokens);
    size_t words = 0;
    for (const Token& t : place_tokens) words += t.is_word ? 1 : 0;
    if (!place_tokens.empty() && place_tokens.front().is_word) {
      const GazetteerMatch pm = actors_->MatchAt(lang, dateline_place, place_tokens, 0);
      if (pm && pm.token_count == words && pm.entry->kind == EntryKind::kCapital &&
          pm.entry->seat_of.empty() && !pm.entry->code.empty()) {
        c.d.dateline_state = Participant{pm.entry->code, actors_->CountryName(pm.entry->code),
                                         std::string_view("state")};
      }
    }
  }

  c.tokens.reserve(c.text.size() / 5 + 16);
  TokenizeReusing(c.text, c.tokens);
  NormalisePunctuation(c.tokens);
  if (c.tokens.size() > UINT32_MAX / 2) return std::move(c.out);
  if (!c.ll) {
    auto sentences = SplitSentences(c.text, c.tokens, [](size_t) { return false; });
    c.out.analysis.sentence_count = static_cast<uint32_t>(sentences.size());
    return std::move(c.out);
  }
  c.token_hits.assign(c.tokens.size(), TokenHits{});
  c.words.assign(c.tokens.size(), WordInfo{});  // punctuation: no sentiment, factor 1
  c.hits.clear();
  c.hits.reserve(c.tokens.size() / 2 + 16);
  for (size_t i = 0; i < c.tokens.size(); ++i) {
    if (!c.tokens[i].is_word && c.tokens[i].folded != ",") continue;
    size_t before = c.hits.size();
    c.words[i] = c.ll->Analyse(c.text, c.tokens, i, c.hits);
    TokenHits& th = c.token_hits[i];
    th.begin = static_cast<uint32_t>(before);
    th.count = static_cast<uint32_t>(c.hits.size() - before);
    for (size_t k = before; k < c.hits.size(); ++k) th.mask |= Bit(c.hits[k].cls);
  }
  c.SetMasks();
  auto sentences = SplitSentences(c.text, c.tokens, [&](size_t i) {
    // A month ends a sentence before a capitalised word ("... to Mogadishu
    // in January. Ethiopia's foreign ministry ...", a dateline "TAIPÉI, 27 de
    // marzo. El presidente ...", "Бишкек, 8 октября. Президент ..."); only
    // an abbreviated one before a number is kept ("Oct. 20") (r4-en, r12-es).
    if (!(c.Mask(i) & Bit(WordClass::kAbbrev)) && (c.Mask(i) & Bit(WordClass::kMonth))) {
      return i + 2 < c.tokens.size() && IsDigitByte(c.text, c.tokens[i + 2].begin);
    }
    return (c.Mask(i) & (Bit(WordClass::kAbbrev) | Bit(WordClass::kMonth))) != 0;
  });
  c.out.analysis.sentence_count = static_cast<uint32_t>(sentences.size());
  // Room for about one event per sentence: growing the vector moves every
  // Event (a dozen strings) each time.
  c.out.events.reserve(sentences.size() + 4);

  AnalyseTitle(c);
  for (const auto& s : sentences) {
    AnalyseSentence(c, s);
    ++c.sentence_index;
  }

  // A report told in the words of sport, business or the courts in two
  // sentences or more is no diplomatic story: its states are teams,
  // markets or parties to a case, and the acts in its other sentences
  // ("the visitors arrived in Sao Paulo", "the King congratulated the
  // players", "la fédération a remercié ses partenaires") are theirs (rec13).
  if (c.offtopic_sentences >= 2) {
    c.out.events.clear();
    c.embedded_acts.clear();
    c.tone_sum = 0.0;
    c.tone_n = 0;
  }
  double sentiment = 0.0;
  if (c.tone_n == 0) {
    for (const auto& s : sentences) sentiment += SentenceTone(c, s.token_begin, s.token_end);
  }
  c.out.analysis.tone =
      c.tone_n > 0
          ? std::clamp(c.tone_sum / c.tone_n, -1.0, 1.0)
          : std::clamp(sentiment / (1.0 + static_cast<double>(sentences.size())), -1.0, 1.0);
  for (const auto& p : c.article_actors) c.out.analysis.actors.push_back(ToActor(*actors_, p));
  auto parties = [](const Event& e) {
    std::set<std::string> out;
    for (const auto& a : e.actors) out.insert(a.country);
    for (const auto& a : e.targets) out.insert(a.country);
    return out;
  };
  auto codes_of = [](const std::vector<Actor>& xs) {
    std::set<std::string> out;
    for (const auto& x : xs) out.insert(x.country);
    return out;
  };
  for (auto& a : c.embedded_acts) {
    const auto mine = parties(a);
    // A measure answered by one the other way in the same sentence ("banned
    // entry in response to the sanctions Canberra imposed in October on
    // Russian firms", "en réponse aux sanctions adoptées lundi par l'UE") is
    // another act: the answer does not report the measure it answers
    // (r13-ru).
    auto answers = [&](const Event& e) {
      return a.type == "SANCTION" && a.sentence == e.sentence && !a.actors.empty() &&
             !e.actors.empty() && codes_of(e.actors) == codes_of(a.targets) &&
             codes_of(e.targets) == codes_of(a.actors);
    };
    const bool reported = std::any_of(
        c.out.events.begin(), c.out.events.end(),
        [&](const Event& e) { return e.type == a.type && parties(e) == mine && !answers(e); });
    if (!reported) c.out.events.push_back(std::move(a));
  }
  c.out.analysis.event_count = static_cast<uint32_t>(c.out.events.size());
  c.out.analysis.event_ids.reserve(c.out.events.size());
  for (const auto& e : c.out.events) c.out.analysis.event_ids.push_back(e.event_id);
  return std::move(c.out);
}

class GazetteerMatcher final : public ActorMatcher {
 public:
  explicit GazetteerMatcher(std::unique_ptr<Gazetteer> g) : g_(std::move(g)) {}
  GazetteerMatch MatchAt(std::string_view lang, std::string_view text,
                         const std::vector<Token>& tokens, size_t i) const override {
    return g_->MatchAt(lang, text, tokens, i);
  }
  std::string_view CountryName(std::string_view code) const override {
    return g_->CountryName(code);
  }
  bool Coded(std::string_view code) const override { return g_->IsCoded(code); }
  std::vector<std::pair<std::string_view, std::string_view>> AdjectiveTwins() const override {
    std::vector<std::pair<std::string_view, std::string_view>> out;
    for (const auto& [state, twin] : g_->AdjectiveTwins()) out.emplace_back(state, twin);
    return out;
  }

 private:
  std::unique_ptr<Gazetteer> g_;
};

}  // namespace

std::unique_ptr<ActorMatcher> MakeGazetteerMatcher(std::unique_ptr<Gazetteer> gazetteer) {
  return std::make_unique<GazetteerMatcher>(std::move(gazetteer));
}

std::unique_ptr<Engine> MakeEngine(std::unique_ptr<Lexicons> lexicons,
                                   std::unique_ptr<ActorMatcher> actors) {
  return std::make_unique<EngineImpl>(std::move(lexicons), std::move(actors));
}

std::string DetectLanguage(std::string_view text) {
  // CLD2 needs well-formed UTF-8: on an invalid sequence its script tables
  // read out of bounds (found by fuzz_extract). So it sees the first 64 KiB
  // cut at a character boundary, with invalid sequences dropped.
  size_t n = std::min<size_t>(text.size(), 1 << 16);
  while (n > 0 && n < text.size() && (static_cast<uint8_t>(text[n]) & 0xC0) == 0x80) --n;
  const std::string valid = SanitizeUtf8(text.substr(0, n));
  if (valid.empty()) return "";
  bool reliable = false;
  CLD2::Language l =
      CLD2::DetectLanguage(valid.data(), static_cast<int>(valid.size()), true, &reliable);
  switch (l) {
    case CLD2::GERMAN:
      return "de";
    case CLD2::ENGLISH:
      return "en";
    case CLD2::FRENCH:
      return "fr";
    case CLD2::SPANISH:
      return "es";
    case CLD2::RUSSIAN:
      return "ru";
    default:
      return "";
  }
}

std::unique_ptr<Engine> Engine::Load(const std::filesystem::path& configs_dir, std::string* error) {
  std::string err;
  auto lex = Lexicons::Load(configs_dir / "lexicons", &err);
  if (!lex) {
    if (error) *error = err;
    return nullptr;
  }
  auto gaz = Gazetteer::Load(configs_dir / "gazetteer", &err);
  if (!gaz) {
    if (error) *error = err;
    return nullptr;
  }
  return MakeEngine(std::move(lex), MakeGazetteerMatcher(std::move(gaz)));
}

}  // namespace newswire::extract
