// Fast equality of a std::string or std::string_view with a string literal, for the rule code
// of the engine (engine.cc compares folded tokens with literals thousands
// of times per article: `c.tokens[k].folded == "zu"`).
//
// libstdc++ 12 compiles `std::string == const char*` into an out-of-line
// basic_string::compare() that calls strlen and memcmp. These overloads are
// not templates, so overload resolution prefers them to the standard ones
// wherever unqualified lookup finds them (code in namespace
// newswire::extract, unless an inner namespace declares an operator== of
// its own); inlined, the literal's length is a constant and the memcmp a
// few instructions (always inlined: rule functions are too large for the
// inliner's own budget). Same result as the standard operators: equal length
// and equal bytes (the right side is NUL-terminated, as for them).
#pragma once

#include <cstring>
#include <string>
#include <string_view>

namespace newswire::extract {

[[gnu::always_inline]] inline bool operator==(const std::string& s, const char* literal) {
  const size_t n = std::char_traits<char>::length(literal);
  return s.size() == n && std::memcmp(s.data(), literal, n) == 0;
}
[[gnu::always_inline]] inline bool operator!=(const std::string& s, const char* literal) {
  return !(s == literal);
}
// The same for std::string_view: rule helpers take `std::string_view w`
// and Participant/Mention fields are views (`p.role == "head_of_state"`);
// libstdc++ 12 compares them through the out-of-line
// basic_string_view::compare whenever the sizes are equal. A
// std::string argument still picks the overload above (exact match).
[[gnu::always_inline]] inline bool operator==(std::string_view s, const char* literal) {
  const size_t n = std::char_traits<char>::length(literal);
  return s.size() == n && std::memcmp(s.data(), literal, n) == 0;
}
[[gnu::always_inline]] inline bool operator!=(std::string_view s, const char* literal) {
  return !(s == literal);
}

// `s.starts_with("literal")` / `s.ends_with("literal")` for the rule code:
// libstdc++ 12 keeps basic_string_view::starts_with(const char*) out of
// line (strlen, then compare()), about 1 % of the engine's instructions
// from a hundred sites. Here the literal's length is a template constant:
// a size test and an inlined memcmp. Same result as the members for a
// literal without an embedded NUL (all of them).
template <size_t N>
[[gnu::always_inline]] inline bool StartsWith(std::string_view s, const char (&literal)[N]) {
  return s.size() >= N - 1 && std::memcmp(s.data(), literal, N - 1) == 0;
}
template <size_t N>
[[gnu::always_inline]] inline bool EndsWith(std::string_view s, const char (&literal)[N]) {
  return s.size() >= N - 1 && std::memcmp(s.data() + s.size() - (N - 1), literal, N - 1) == 0;
}

}  // namespace newswire::extract
