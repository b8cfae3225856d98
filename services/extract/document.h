// Article text preparation: HTML remnants masked, trailing "Tags:" lines
// cut, tokens, sentences. Offsets stay byte offsets into the original text:
// masking replaces markup by spaces of the same length instead of deleting.
// Pure functions, thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/text.h"

namespace newswire::extract {

// `text` with tags (<p>, </div>, <br/>, <!-- -->, <script>..</script>) and
// character entities (&amp; &nbsp; &#39; &#x2019; ...) replaced in place:
// tags by spaces, entities by their character followed by spaces, so every
// byte keeps its offset. Text that only looks like markup ("a < b") stays.
std::string MaskMarkup(std::string_view text);
// MaskMarkup into `out` (its content replaced; its capacity reused).
void MaskMarkupInto(std::string_view text, std::string& out);

// Byte offset where the article content ends: the start of a trailing
// "Tags:" / "Schlagwörter:" / "Mots-clés :" / "Etiquetas:" / "Теги:" line
// that is the last non-empty line of the text, else text.size().
size_t ContentEnd(std::string_view text);

// Byte range [begin, end) of a wire-service dateline opening the text, or
// {0, 0} if there is none. A dateline is upper-case place name(s) (any
// script, "/"-joined: "DHAKA/BERLIN", "ADDIS ABABA", "МОСКВА"), then within
// a short span an optional country or date ("Ethiopia", "Aug 14", "28.
// Oktober", "5 марта."), an agency in parentheses or slashes ("(Reuters)",
// "(EUROPA PRESS)", "/ТАСС/") and/or a dash ("-", "--", "–", "—"), and after
// a dash at most a short agency name ending in "." ("- РИА Новости.").
// The caller masks the range: its places are not participants.
struct ByteRange {
  size_t begin = 0;
  size_t end = 0;
};
ByteRange FindDateline(std::string_view text);

struct SentenceSpan {
  size_t token_begin = 0;  // index into the token vector
  size_t token_end = 0;    // exclusive
};

// Sentence boundaries over `tokens` of `text`: ". ! ? …" followed by a
// capitalised word or a line break ends a sentence unless the "." follows
// a number (German ordinal "11. November"), a single letter or a word for
// which `is_abbreviation(token index)` is true. A "." between digits with no
// space ("500.000", "3.5") is part of the number. A line break always ends
// a sentence.
template <typename IsAbbrev>
std::vector<SentenceSpan> SplitSentences(std::string_view text, const std::vector<Token>& tokens,
                                         IsAbbrev is_abbreviation);

// --- implementation of the template ---
// Inline: called for every token pair (the gap is a byte or two) and for
// most capitalisation tests (an ASCII first byte); the rest is out of line.
bool StartsUpperOrDigitSlow(std::string_view text, const Token& t);
inline bool StartsUpperOrDigit(std::string_view text, const Token& t) {
  if (t.begin < text.size()) {
    const auto b = static_cast<unsigned char>(text[t.begin]);
    if (b < 0x80) return (b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z');
  }
  return StartsUpperOrDigitSlow(text, t);
}
inline bool LineBreakBetween(std::string_view text, uint32_t from, uint32_t to) {
  for (uint32_t k = from; k < to && k < text.size(); ++k) {
    if (text[k] == '\n') return true;
  }
  return false;
}
inline bool IsDigitByte(std::string_view text, size_t at) {
  return at < text.size() && text[at] >= '0' && text[at] <= '9';
}

template <typename IsAbbrev>
std::vector<SentenceSpan> SplitSentences(std::string_view text, const std::vector<Token>& tokens,
                                         IsAbbrev is_abbreviation) {
  std::vector<SentenceSpan> out;
  size_t start = 0;
  auto close = [&](size_t end) {
    if (end > start) out.push_back({start, end});
    start = end;
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (i > start && LineBreakBetween(text, tokens[i - 1].end, tokens[i].begin)) {
      close(i);
    }
    const Token& t = tokens[i];
    if (t.is_word) continue;
    const std::string& f = t.folded;
    const bool terminal = f == "." || f == "!" || f == "?" || f == "\xE2\x80\xA6";
    if (!terminal) continue;
    // Absorb closing quotes/brackets and repeated punctuation.
    size_t end = i + 1;
    while (end < tokens.size() && !tokens[end].is_word &&
           !LineBreakBetween(text, tokens[end - 1].end, tokens[end].begin)) {
      ++end;
    }
    if (end >= tokens.size()) {
      i = end - 1;
      continue;
    }
    bool split = LineBreakBetween(text, tokens[i].end, tokens[end].begin) ||
                 StartsUpperOrDigit(text, tokens[end]) || f != ".";
    if (f == "." && split && i > start && tokens[i - 1].is_word && tokens[i - 1].end == t.begin) {
      const Token& prev = tokens[i - 1];
      const std::string& pf = prev.folded;
      const bool all_digits =
          !pf.empty() && pf.find_first_not_of("0123456789") == std::string::npos;
      // "500.000", "3.5": the next digit follows the "." directly.
      if (all_digits && end == i + 1 && tokens[end].begin == t.end &&
          IsDigitByte(text, tokens[end].begin)) {
        i = end - 1;
        continue;
      }
      bool digits = all_digits && pf.size() <= 2;
      bool single_letter = prev.end - prev.begin <= 2 && !digits &&
                           (static_cast<unsigned char>(pf[0]) >= 0x80 || pf.size() == 1);
      if ((digits || single_letter || is_abbreviation(i - 1)) &&
          !LineBreakBetween(text, tokens[i].end, tokens[end].begin)) {
        split = false;
      }
    }
    if (split) close(end);
    i = end - 1;
  }
  close(tokens.size());
  return out;
}

}  // namespace newswire::extract
