// Tokenisation and case folding shared by the gazetteer, the lexicons and
// the engine. Gazetteer and lexicon surfaces are folded with the same
// functions as article text, so a lookup compares like with like.
//
// Token contract:
//  - a word token is a maximal run of letters (\p{L}), combining marks
//    (\p{M}) and decimal digits (\p{Nd}); "COP29" is one token;
//  - every other non-space code point is a one-code-point punctuation token
//    (is_word = false): "Staats-" -> "staats" "-", "l'Azerbaïdjan" -> "l" "'"
//    "azerbaïdjan";
//  - white space separates tokens and is not a token;
//  - begin/end are UTF-8 byte offsets into the input; invalid UTF-8 bytes
//    are skipped (never crash, never a token).
//  - folded = NFC + Unicode full case folding of the token ("Straße" ->
//    "strasse", "БЕЛАРУСЬ" -> "беларусь"), UTF-8.
//  - hash = FlatIndexHash(folded), computed once here so every index probe
//    of the token (lexicons, gazetteer) reuses it. Code that changes
//    `folded` afterwards must recompute it; a hand-built token may leave it
//    0, and lookups then hash `folded` themselves (TokenHash).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/flat_index.h"

namespace newswire::extract {

struct Token {
  uint32_t begin = 0;  // UTF-8 byte offset, inclusive
  uint32_t end = 0;    // UTF-8 byte offset, exclusive
  bool is_word = false;
  std::string folded;
  uint64_t hash = 0;  // FlatIndexHash(folded); 0 = not computed
};

// The token's hash of `folded`, computing it if the token carries none.
inline uint64_t TokenHash(const Token& t) { return t.hash != 0 ? t.hash : FlatIndexHash(t.folded); }

// Appends the tokens of `text` to `out` (offsets relative to `text`).
void Tokenize(std::string_view text, std::vector<Token>& out);

// Replaces the contents of `out` by the tokens of `text`, reusing its
// storage: the tokens already there are overwritten and keep the capacity
// of their `folded` strings, so a caller that tokenises text after text
// into one vector stops allocating once it is warm. Same tokens as
// Tokenize into an empty vector.
void TokenizeReusing(std::string_view text, std::vector<Token>& out);

// NFC + full case folding of arbitrary UTF-8 (invalid bytes dropped).
std::string FoldCase(std::string_view utf8);

}  // namespace newswire::extract
