// Fuzz target: the lexicon loader (extract::Lexicons::Load) on arbitrary
// lines, and pattern matching with whatever it accepted.
//
// Input: the first byte picks the file (mod 11: event_types.tsv, <lang>.tsv,
// sentiment_<lang>.tsv for de en fr es ru); the rest is appended to a small
// valid lexicon as one or more lines. Contracts checked (lexicon.h): Load
// never throws or crashes, a rejected file yields an error naming
// "<file>:<line>"; an accepted lexicon matches the input's own text and a
// fixed sentence in every language without crashing.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/lexicon.h"
#include "extract/text.h"
#include "fuzz_support.h"

namespace {

constexpr std::array<std::string_view, 5> kLangs = {"de", "en", "fr", "es", "ru"};

struct BaseFile {
  std::string name;
  std::string content;
};

std::vector<BaseFile> BaseLexicon() {
  std::vector<BaseFile> files;
  files.push_back({"event_types.tsv",
                   "# minimal\n"
                   "MEETING\t040\t1.0\tCONSULT\tneutral\t0.1\ttarget\n"
                   "VISIT\t042\t1.9\tCONSULT\tpositive\t0.3\tplace,target\n"
                   "PRAISE\t051\t3.4\tSUPPORT\tpositive\t0.6\ttarget\n"});
  for (auto lang : kLangs) {
    files.push_back(
        {std::string(lang) + ".tsv",
         "MEETING\ttraf\tv\nMEETING\tmet ... in\tv\nVISIT\t*besuch\tn\n"
         "PRAISE\tlobte\tv\n@month\tmärz\t3\n@prepwith\twith\n@topic\tenergie*\tenergy\n"});
    files.push_back(
        {"sentiment_" + std::string(lang) + ".tsv", "erfolgreich*\t0.6\n@intens\tsehr\t1.5\n"});
  }
  return files;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newswire;
  static const fuzz::ScratchDir dir;
  static const std::vector<BaseFile> base = BaseLexicon();
  if (size == 0) return 0;
  const size_t pick = data[0] % base.size();
  std::string_view line(reinterpret_cast<const char*>(data) + 1, size - 1);
  for (size_t k = 0; k < base.size(); ++k) {
    dir.Write(base[k].name,
              k == pick ? base[k].content + std::string(line) + "\n" : base[k].content);
  }
  std::string error;
  auto lex = extract::Lexicons::Load(dir.path(), &error);
  if (!lex) {
    FUZZ_CHECK(error.find(".tsv") != std::string::npos, "a load error names the file");
    return 0;
  }
  std::string text(line);
  text +=
      " Der Präsident traf am 3. März in Baku seinen Amtskollegen und lobte die sehr "
      "erfolgreiche Energiepartnerschaft. They met ... in Paris.";
  std::vector<extract::Token> tokens;
  extract::Tokenize(text, tokens);
  std::vector<extract::LexHit> hits;
  for (auto lang : kLangs) {
    const extract::LanguageLexicon* ll = lex->ForLanguage(lang);
    FUZZ_CHECK(ll != nullptr, "every language has a lexicon");
    for (size_t i = 0; i < tokens.size(); ++i) {
      hits.clear();
      ll->Analyse(text, tokens, i, hits);
      for (const auto& h : hits) {
        FUZZ_CHECK(h.length >= 1 && i + h.length <= tokens.size(), "a hit lies inside the tokens");
        if (h.cls == extract::WordClass::kEvent) {
          FUZZ_CHECK(
              h.event_type >= 0 && static_cast<size_t>(h.event_type) < lex->event_types().size(),
              "an event hit names a known type");
        }
      }
    }
  }
  return 0;
}
