#include "extract/text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>

namespace newswire::extract {
namespace {

bool IsWordCodePoint(UChar32 c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
  const int8_t type = u_charType(c);
  switch (type) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK:
    case U_DECIMAL_DIGIT_NUMBER:
      return true;
    default:
      return false;
  }
}

bool IsSkipped(UChar32 c) {
  return u_isUWhiteSpace(c) || c == 0xA0 || u_charType(c) == U_CONTROL_CHAR ||
         u_charType(c) == U_FORMAT_CHAR;
}

// What Tokenize does with a code point: part of a word, skipped (white
// space, controls, format characters) or a punctuation token of its own.
enum class CodePointClass : uint8_t { kWord, kSkip, kPunct };

CodePointClass Classify(UChar32 c) {
  if (IsWordCodePoint(c)) return CodePointClass::kWord;
  return IsSkipped(c) ? CodePointClass::kSkip : CodePointClass::kPunct;
}

// Classify() of every code point below U+0530 (ASCII, Latin, Greek,
// Cyrillic), computed once from the same ICU properties.
constexpr UChar32 kTableEnd = 0x530;
const std::array<CodePointClass, kTableEnd>& ClassTable() {
  static const std::array<CodePointClass, kTableEnd> table = [] {
    std::array<CodePointClass, kTableEnd> t{};
    for (UChar32 c = 0; c < kTableEnd; ++c) t[static_cast<size_t>(c)] = Classify(c);
    return t;
  }();
  return table;
}

bool IsAsciiOnly(std::string_view s) {
  for (unsigned char ch : s) {
    if (ch >= 0x80) return false;
  }
  return true;
}

// Code points whose simple case folding equals the full folding and keeps
// NFC (precomposed Latin, Greek, Cyrillic, Armenian letters and digits).
bool SimpleFoldIsExact(UChar32 c) {
  if (c < 0x80) return true;
  if (c <= 0x24F) return c != 0xDF && c != 0x130 && c != 0x149 && c != 0x1F0;
  if (c >= 0x370 && c <= 0x3FF) return c != 0x390 && c != 0x3B0;
  if (c >= 0x400 && c <= 0x52F) return (c < 0x483 || c > 0x489);  // not combining marks
  return false;
}

// UTF-8 length of a code point below 0x10000.
int32_t Utf8Length(UChar32 c) { return c < 0x80 ? 1 : c < 0x800 ? 2 : 3; }

// The simple case folding of every code point below kTableEnd for which it
// equals the full folding and keeps NFC (SimpleFoldIsExact, checked against
// FoldCase) and whose UTF-8 form does not grow; 0 for the others, which
// take the ICU path. Computed once.
const std::array<uint16_t, kTableEnd>& FoldTable() {
  static const std::array<uint16_t, kTableEnd> table = [] {
    std::array<uint16_t, kTableEnd> t{};
    for (UChar32 c = 0; c < kTableEnd; ++c) {
      if (!SimpleFoldIsExact(c)) continue;
      const UChar32 f = u_foldCase(c, U_FOLD_CASE_DEFAULT);
      if (f <= 0 || f >= 0x10000 || Utf8Length(f) > Utf8Length(c)) continue;
      // Exactly what the ICU path gives, NFC included (U+0374 GREEK
      // NUMERAL SIGN is NFC U+02B9): anything else takes that path.
      std::string one, folded;
      icu::UnicodeString(c).toUTF8String(one);
      icu::UnicodeString(f).toUTF8String(folded);
      if (FoldCase(one) == folded) t[static_cast<size_t>(c)] = static_cast<uint16_t>(f);
    }
    return t;
  }();
  return table;
}

// FoldCase of one word token into `out` (its contents replaced, its
// capacity reused), without ICU in the common case: ASCII, and Latin,
// Greek and Cyrillic letters through FoldTable. The bytes are written in
// place (the fast path never makes a word longer: "ß" -> "ss" keeps two
// bytes). Returns FlatIndexHash(out), computed while the bytes are written.
uint64_t FoldTokenInto(std::string_view word, std::string& out) {
  out.resize(word.size());
  char* const o = out.data();
  size_t w = 0;
  uint64_t h = kFlatIndexHashSeed;
  auto put = [&](char ch) {
    o[w++] = ch;
    h = FlatIndexHashStep(h, static_cast<unsigned char>(ch));
  };
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  const int32_t n = static_cast<int32_t>(word.size());
  const std::array<uint16_t, kTableEnd>& fold = FoldTable();
  int32_t i = 0;
  while (i < n) {
    const uint8_t b = s[i];
    if (b < 0x80) {
      put(static_cast<char>(b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b));
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c == 0xDF) {  // ß: full case folding is "ss" (ASCII, so NFC holds)
      put('s');
      put('s');
      continue;
    }
    const UChar32 f = c >= 0 && c < kTableEnd ? fold[static_cast<size_t>(c)] : 0;
    if (f == 0) {
      out = FoldCase(word);
      return FlatIndexHash(out);
    }
    uint8_t buf[4];
    int32_t len = 0;
    U8_APPEND_UNSAFE(buf, len, f);  // f < 0x800 here: at most the bytes it replaces
    for (int32_t k = 0; k < len; ++k) put(static_cast<char>(buf[k]));
  }
  out.resize(w);
  return FlatIndexHashFinish(h);
}

// For each ASCII byte: its lower-case form if it is a word byte (letter or
// digit; 0 for every other byte), so one load both classifies and folds.
const std::array<uint8_t, 128>& AsciiWordTable() {
  static const std::array<uint8_t, 128> table = [] {
    std::array<uint8_t, 128> t{};
    for (int b = 0; b < 128; ++b) {
      if (Classify(b) != CodePointClass::kWord) continue;
      t[static_cast<size_t>(b)] = static_cast<uint8_t>(b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b);
    }
    return t;
  }();
  return table;
}

// Longest word the tokenizer's fast path folds in its stack buffer.
constexpr size_t kFastWordBytes = 64;

// The tokenizer. Writes tokens into out[used], out[used + 1], ...: reuses
// elements that exist (their strings keep their capacity), appends beyond.
// Returns the index after the last token written.
size_t TokenizeAt(std::string_view text, std::vector<Token>& out, size_t used) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  const std::array<CodePointClass, kTableEnd>& table = ClassTable();
  auto next = [&]() -> Token& {
    if (used == out.size()) out.emplace_back();
    return out[used++];
  };
  int32_t i = 0;
  int32_t word_begin = -1;
  auto flush_word = [&](int32_t end) {
    if (word_begin < 0) return;
    Token& t = next();
    t.begin = static_cast<uint32_t>(word_begin);
    t.end = static_cast<uint32_t>(end);
    t.is_word = true;
    t.hash = FoldTokenInto(text.substr(t.begin, t.end - t.begin), t.folded);
    word_begin = -1;
  };
  const std::array<uint8_t, 128>& ascii = AsciiWordTable();
  const std::array<uint16_t, kTableEnd>& fold = FoldTable();
  while (i < length) {
    const int32_t start = i;
    // Fast path for a word of ASCII and two-byte code points below
    // kTableEnd (Latin, Greek, Cyrillic): one pass finds its end from the
    // class tables, folds (ASCII table, FoldTable) into a small buffer and
    // hashes. A word that meets anything else (a longer sequence, invalid
    // UTF-8, a letter FoldTable does not fold, more than kFastWordBytes) is
    // handed to the general loop below at that point and folded by
    // FoldTokenInto at its end: the same tokens either way.
    if (word_begin < 0 && (s[i] < 0x80 ? ascii[s[i]] != 0 : (s[i] & 0xE0) == 0xC0)) {
      char buf[kFastWordBytes];
      size_t w = 0;
      uint64_t h = kFlatIndexHashSeed;
      int32_t j = i;
      bool handed_over = false;
      while (j < length) {
        const uint8_t b = s[j];
        if (b < 0x80) {
          const uint8_t lower = ascii[b];
          if (lower == 0) break;  // the word ends here
          if (w == kFastWordBytes) {
            handed_over = true;
            break;
          }
          buf[w++] = static_cast<char>(lower);
          h = FlatIndexHashStep(h, lower);
          ++j;
          continue;
        }
        UChar32 c = -1;
        if ((b & 0xE0) == 0xC0 && j + 1 < length && (s[j + 1] & 0xC0) == 0x80) {
          c = (UChar32{b & 0x1F} << 6) | (s[j + 1] & 0x3F);
        }
        if (c < 0x80 || c >= kTableEnd) {  // not two bytes, overlong, beyond the tables
          handed_over = true;
          break;
        }
        if (table[static_cast<size_t>(c)] != CodePointClass::kWord) break;
        const UChar32 f = fold[static_cast<size_t>(c)];
        if (f == 0 || f >= 0x800 || w + 2 > kFastWordBytes) {
          handed_over = true;
          break;
        }
        if (f < 0x80) {
          buf[w++] = static_cast<char>(f);
          h = FlatIndexHashStep(h, static_cast<unsigned char>(f));
        } else {
          const auto b0 = static_cast<unsigned char>(0xC0 | (f >> 6));
          const auto b1 = static_cast<unsigned char>(0x80 | (f & 0x3F));
          buf[w++] = static_cast<char>(b0);
          buf[w++] = static_cast<char>(b1);
          h = FlatIndexHashStep(FlatIndexHashStep(h, b0), b1);
        }
        j += 2;
      }
      if (handed_over && j > i) {  // the general loop goes on with this word
        word_begin = i;
        i = j;
        continue;
      }
      if (!handed_over && j > i) {
        Token& t = next();
        t.begin = static_cast<uint32_t>(i);
        t.end = static_cast<uint32_t>(j);
        t.is_word = true;
        // clear + append: libstdc++'s append within capacity is a plain
        // copy, assign() goes through the general _M_replace.
        t.folded.clear();
        t.folded.append(buf, w);
        t.hash = FlatIndexHashFinish(h);
        i = j;
        continue;
      }
    }
    // Plain spaces between words: nothing to classify.
    if (s[i] == ' ' && word_begin < 0) {
      ++i;
      continue;
    }
    UChar32 c;
    if (s[i] < 0x80) {
      c = s[i++];
    } else {
      U8_NEXT(s, i, length, c);
      if (c < 0) {  // invalid UTF-8: skip the byte(s), end any word
        flush_word(start);
        continue;
      }
    }
    const CodePointClass cls = c < kTableEnd ? table[static_cast<size_t>(c)] : Classify(c);
    if (cls == CodePointClass::kWord) {
      if (word_begin < 0) word_begin = start;
      continue;
    }
    flush_word(start);
    if (cls == CodePointClass::kSkip) continue;
    Token& t = next();
    t.begin = static_cast<uint32_t>(start);
    t.end = static_cast<uint32_t>(i);
    t.is_word = false;
    if (c < 0x80) {  // one ASCII byte
      t.folded.clear();
      t.folded.push_back(static_cast<char>(c));
      t.hash =
          FlatIndexHashFinish(FlatIndexHashStep(kFlatIndexHashSeed, static_cast<unsigned char>(c)));
    } else {
      t.folded.assign(text.substr(t.begin, t.end - t.begin));
      t.hash = FlatIndexHash(t.folded);
    }
  }
  flush_word(length);
  return used;
}

}  // namespace

std::string FoldCase(std::string_view utf8) {
  if (IsAsciiOnly(utf8)) {
    std::string out(utf8);
    for (char& ch : out) {
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    }
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  s.foldCase(U_FOLD_CASE_DEFAULT);
  if (U_SUCCESS(status)) {
    icu::UnicodeString normalized = nfc->normalize(s, status);
    if (U_SUCCESS(status)) s = std::move(normalized);
  }
  std::string out;
  s.toUTF8String(out);
  // fromUTF8 maps invalid bytes to U+FFFD; drop them.
  std::string cleaned;
  cleaned.reserve(out.size());
  for (size_t i = 0; i < out.size();) {
    if (out.compare(i, 3, "\xEF\xBF\xBD") == 0) {
      i += 3;
      continue;
    }
    cleaned.push_back(out[i++]);
  }
  return cleaned;
}

void Tokenize(std::string_view text, std::vector<Token>& out) { TokenizeAt(text, out, out.size()); }

void TokenizeReusing(std::string_view text, std::vector<Token>& out) {
  out.resize(TokenizeAt(text, out, 0));
}

}  // namespace newswire::extract
