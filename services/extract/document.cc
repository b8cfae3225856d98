#include "extract/document.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace newswire::extract {
namespace {

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char a = s[i], b = prefix[i];
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
    if (a != b) return false;
  }
  return true;
}

struct NamedEntity {
  std::string_view name;
  uint32_t code_point;
};
constexpr NamedEntity kEntities[] = {
    {"amp", '&'},      {"lt", '<'},        {"gt", '>'},       {"quot", '"'},     {"apos", '\''},
    {"nbsp", ' '},     {"shy", 0xAD},      {"ndash", 0x2013}, {"mdash", 0x2014}, {"laquo", 0xAB},
    {"raquo", 0xBB},   {"bdquo", 0x201E},  {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"lsquo", 0x2018},
    {"rsquo", 0x2019}, {"hellip", 0x2026}, {"euro", 0x20AC},  {"auml", 0xE4},    {"ouml", 0xF6},
    {"uuml", 0xFC},    {"Auml", 0xC4},     {"Ouml", 0xD6},    {"Uuml", 0xDC},    {"szlig", 0xDF},
    {"eacute", 0xE9},  {"egrave", 0xE8},   {"agrave", 0xE0},  {"ccedil", 0xE7},  {"ntilde", 0xF1},
    {"aacute", 0xE1},  {"iacute", 0xED},   {"oacute", 0xF3},  {"uacute", 0xFA},  {"ecirc", 0xEA},
    {"ocirc", 0xF4},
};

// Encodes `cp` as UTF-8 into `out` (at most 4 bytes); returns the length.
size_t EncodeUtf8(uint32_t cp, char* out) {
  uint8_t buf[4];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(buf, n, 4, static_cast<UChar32>(cp), error);
  if (error) return 0;
  std::memcpy(out, buf, static_cast<size_t>(n));
  return static_cast<size_t>(n);
}

}  // namespace

std::string MaskMarkup(std::string_view text) {
  std::string out;
  MaskMarkupInto(text, out);
  return out;
}

void MaskMarkupInto(std::string_view text, std::string& out) {
  out.assign(text);
  // Two memchr scans (vectorised) instead of a test per byte.
  if (std::memchr(text.data(), '<', text.size()) == nullptr &&
      std::memchr(text.data(), '&', text.size()) == nullptr) {
    return;
  }
  size_t i = 0;
  while (i < out.size()) {
    char c = out[i];
    if (c == '<' && i + 1 < out.size() &&
        (IsAsciiAlpha(out[i + 1]) || out[i + 1] == '/' || out[i + 1] == '!')) {
      std::string_view rest(out.data() + i, out.size() - i);
      size_t close;
      bool script = StartsWithNoCase(rest, "<script") || StartsWithNoCase(rest, "<style");
      if (StartsWithNoCase(rest, "<!--")) {
        close = rest.find("-->");
        if (close != std::string_view::npos) close += 2;
      } else if (script) {
        std::string_view end_tag = StartsWithNoCase(rest, "<script") ? "</script" : "</style";
        size_t e = std::string_view::npos;
        for (size_t k = 0; k + end_tag.size() <= rest.size(); ++k) {
          if (rest[k] == '<' && StartsWithNoCase(rest.substr(k), end_tag)) {
            e = k;
            break;
          }
        }
        close = e == std::string_view::npos ? e : rest.find('>', e);
      } else {
        close = rest.substr(0, 2001).find('>');  // a tag is at most 2000 bytes long
      }
      if (close == std::string_view::npos) {
        ++i;
        continue;
      }
      // A block tag separates words and may end a paragraph: keep a newline
      // for <p>, <br>, <div>, <li>, headings.
      bool block = StartsWithNoCase(rest, "<p") || StartsWithNoCase(rest, "</p") ||
                   StartsWithNoCase(rest, "<br") || StartsWithNoCase(rest, "<div") ||
                   StartsWithNoCase(rest, "</div") || StartsWithNoCase(rest, "<li") ||
                   StartsWithNoCase(rest, "</h") || StartsWithNoCase(rest, "<h");
      for (size_t k = i; k <= i + close; ++k) out[k] = ' ';
      if (block) out[i] = '\n';
      i += close + 1;
      continue;
    }
    if (c == '&') {
      // An entity is at most 10 bytes from '&' to ';'.
      size_t semi = std::string_view(out).substr(0, i + 11).find(';', i + 1);
      if (semi != std::string::npos && semi > i + 1) {
        std::string_view name(out.data() + i + 1, semi - i - 1);
        uint32_t cp = 0;
        if (name[0] == '#') {
          bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
          std::string digits(name.substr(hex ? 2 : 1));
          char* end = nullptr;
          unsigned long v = digits.empty() ? 0 : std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
          if (!digits.empty() && end == digits.c_str() + digits.size() && v > 0 && v < 0x110000)
            cp = static_cast<uint32_t>(v);
        } else {
          for (const auto& e : kEntities) {
            if (e.name == name) cp = e.code_point;
          }
        }
        if (cp != 0) {
          if (cp == 0xA0 || cp == 0xAD) cp = ' ';
          char buf[4];
          size_t n = EncodeUtf8(cp, buf);
          size_t span = semi - i + 1;
          if (n > 0 && n <= span) {
            for (size_t k = 0; k < span; ++k) out[i + k] = k < n ? buf[k] : ' ';
            i += span;
            continue;
          }
        }
      }
    }
    ++i;
  }
}

size_t ContentEnd(std::string_view text) {
  static constexpr std::string_view kMarkers[] = {
      "Tags:",      "Tags :",     "Schlagwörter:", "Schlagworte:", "Mots-clés:", "Mots-clés :",
      "Mots clés:", "Etiquetas:", "Теги:",         "Тэги:",        "Keywords:"};
  size_t end = text.size();
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\n' || text[end - 1] == '\r' ||
                     text[end - 1] == '\t')) {
    --end;
  }
  // Only the last line can be a tag line.
  for (int lines = 0; lines < 1 && end > 0; ++lines) {
    size_t line_start = text.rfind('\n', end - 1);
    line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
    std::string_view line = text.substr(line_start, end - line_start);
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    bool is_tags = false;
    for (auto m : kMarkers) {
      if (line.starts_with(m)) is_tags = true;
    }
    if (is_tags) return line_start;
    if (line_start == 0) break;
    end = line_start - 1;
  }
  return text.size();
}

namespace {

// Decodes the code point at `*i` and advances; -1 at invalid UTF-8.
UChar32 NextCodePoint(std::string_view text, size_t* i) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t k = static_cast<int32_t>(*i);
  UChar32 c;
  U8_NEXT(s, k, static_cast<int32_t>(text.size()), c);
  *i = static_cast<size_t>(k);
  return c;
}

// Length of a dash ("-", "--", "–", "—") at `i`, else 0.
size_t DashAt(std::string_view text, size_t i) {
  std::string_view rest = text.substr(i);
  if (rest.starts_with("--")) return 2;
  if (rest.starts_with("-")) return 1;
  if (rest.starts_with("\xE2\x80\x93") || rest.starts_with("\xE2\x80\x94")) return 3;
  return 0;
}

size_t SkipSpaces(std::string_view text, size_t i) {
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  return i;
}

}  // namespace

ByteRange FindDateline(std::string_view text) {
  constexpr size_t kMaxPlace = 64;   // "CIUDAD DE MÉXICO", "DHAKA/BERLIN"
  constexpr size_t kMaxMiddle = 48;  // ", Ethiopia", ", 28. Oktober", ", 5 марта."
  constexpr size_t kMaxAgency = 40;  // "(EUROPA PRESS)", "/ТАСС/", "РИА Новости."
  size_t begin = 0;
  while (begin < text.size() && (text[begin] == ' ' || text[begin] == '\n' || text[begin] == '\r' ||
                                 text[begin] == '\t')) {
    ++begin;
  }
  // Place: words of upper-case letters only, joined by spaces, "/", "-", ".", "'".
  size_t i = begin, place_end = begin;
  int upper_letters = 0;
  while (i < text.size() && i - begin <= kMaxPlace) {
    size_t next = i;
    UChar32 c = NextCodePoint(text, &next);
    if (c < 0) return {};
    if (u_isalpha(c)) {
      if (!u_isupper(c)) break;
      ++upper_letters;
      i = next;
      place_end = i;
      continue;
    }
    if (c == ' ' || c == '/' || c == '.' || c == '\'' || (c == '-' && i == place_end)) {
      i = next;
      continue;
    }
    break;
  }
  if (upper_letters < 3 || i - begin > kMaxPlace) return {};
  // A place word must end a word: "UN-Generalsekretär", "U.S. Secretary" stop here.
  i = SkipSpaces(text, place_end);
  if (i < text.size() && text[i] == '.') i = SkipSpaces(text, i + 1);
  if (i >= text.size()) return {};
  if (text[i] != ',' && text[i] != '(' && text[i] != '/' && DashAt(text, i) == 0) return {};
  // Middle (country, date) up to the agency or the dash; one line, short.
  const size_t middle_begin = i;
  for (; i < text.size() && i - middle_begin <= kMaxMiddle; ++i) {
    if (text[i] == '\n') return {};
    if (text[i] == '(' || text[i] == '/') break;
    if (text[i] == ' ' && DashAt(text, i + 1) > 0) break;
    if (i == middle_begin && DashAt(text, i) > 0) break;
  }
  if (i >= text.size() || i - middle_begin > kMaxMiddle) return {};
  bool bracketed = false, dotted = false;
  if (text[i] == '(' || text[i] == '/') {
    char close = text[i] == '(' ? ')' : '/';
    size_t e = text.find(close, i + 1);
    if (e == std::string_view::npos || e - i > kMaxAgency ||
        text.substr(i, e - i).find('\n') != std::string_view::npos) {
      return {};
    }
    bracketed = true;
    i = e + 1;
    dotted = i < text.size() && text[i] == '.';  // "/ТАСС/.", "(EFE).-"
    if (dotted) ++i;
  }
  i = SkipSpaces(text, i);
  const size_t dash = i < text.size() ? DashAt(text, i) : 0;
  // An agency is followed by a dash or a full stop: "(AFP) –", "/ТАСС/.";
  // without one a dash is needed ("PARIS, 5 mai – ").
  if (dash == 0 && !dotted) return {};
  // A bare "PLACE - " (no date, no agency: "BRUXELLES - La Belgique",
  // "KYIV — Ukraine's") needs a place of four or more capitals set off by
  // spaces on both sides of the dash; "EU - China summit" stays text.
  const bool bare = !bracketed && text[middle_begin] != ',';
  if (bare && (upper_letters < 4 || middle_begin == place_end || dash == 0 ||
               i + dash >= text.size() || text[i + dash] != ' ')) {
    return {};
  }
  if (dash > 0) {
    i += dash;
    if (i < text.size() && text[i] == '.') ++i;
    i = SkipSpaces(text, i);
    if (!bracketed && !bare) {
      // "- РИА Новости. Министр …": a short name of capitalised words ending in
      // "." — at most three words, no comma, the last one of three or more
      // letters, so an abbreviation or initial ("U.S. Secretary", "Philippine
      // President Ferdinand Marcos Jr. thanked", "Joe R. Smith") is the text's
      // subject and not an agency.
      size_t dot = text.find('.', i);
      if (dot != std::string_view::npos && dot > i && dot - i <= kMaxAgency) {
        bool capitalised = true;
        int words = 0, last_word_letters = 0;
        for (size_t k = i; k < dot && capitalised;) {
          size_t next = k;
          UChar32 c = NextCodePoint(text, &next);
          if (c < 0 || c == '\n' || c == ',') capitalised = false;
          bool word_start = k == i || text[k - 1] == ' ';
          if (word_start && c != ' ' && !(u_isupper(c) || u_istitle(c))) capitalised = false;
          if (word_start && c != ' ') {
            ++words;
            last_word_letters = 0;
          }
          if (u_isalpha(c)) ++last_word_letters;
          k = next;
        }
        if (words > 3 || last_word_letters < 3) capitalised = false;
        if (capitalised) i = SkipSpaces(text, dot + 1);
      }
    }
  }
  return {begin, i};
}

bool StartsUpperOrDigitSlow(std::string_view text, const Token& t) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = static_cast<int32_t>(t.begin);
  UChar32 c;
  U8_NEXT(s, i, static_cast<int32_t>(text.size()), c);
  if (c < 0) return false;
  if (c >= '0' && c <= '9') return true;
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(c) || u_istitle(c) || (!u_islower(c) && !u_isupper(c));
}

}  // namespace newswire::extract
