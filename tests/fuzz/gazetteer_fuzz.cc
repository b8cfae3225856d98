// Fuzz target: the gazetteer loader (extract::Gazetteer::Load) on arbitrary
// lines, and matching with whatever it accepted.
//
// Input: the first byte picks the file (mod 5: states_cldr.tsv, states.tsv,
// organisations.tsv, people.tsv, roles.tsv); the rest is appended to a small
// valid gazetteer as one or more lines. Contracts checked (gazetteer.h):
// Load never throws or crashes, a rejected file yields an error; an accepted
// gazetteer matches the input's own text and a fixed sentence in every
// language (and with no language) without crashing, every match lies
// inside the tokens and names an entry.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/gazetteer.h"
#include "extract/text.h"
#include "fuzz_support.h"

namespace {

struct BaseFile {
  const char* name;
  const char* content;
};

constexpr std::array<BaseFile, 5> kBase = {{
    {"states_cldr.tsv",
     "AZE\tde\tname\tAserbaidschan{,s}\nAZE\ten\tname\tAzerbaijan\nAZE\tfr\tname\tAzerbaïdjan\n"
     "AZE\tes\tname\tAzerbaiyán\nAZE\tru\tname\tАзербайджан{,а,у,ом,е}\n"
     "DEU\tde\tname\tDeutschland{,s}\nDEU\ten\tname\tGermany\nDEU\tfr\tname\tAllemagne\n"
     "DEU\tes\tname\tAlemania\nDEU\tru\tname\tГермани{я,и,ю,ей}\n"},
    {"states.tsv",
     "AZE\tde\tadjective\taserbaidschanisch*\nAZE\ten\tcapital\tBaku\n"
     "DEU\ten\tdemonym\tGermans\tpl\nGBR\tde\tnot\tenglischsprachig*\n"},
    {"organisations.tsv", "UN\ten\tcanonical\tUnited Nations\nUN\ten\tname\tUnited Nations|^UN\n"},
    {"people.tsv",
     "AZE\thead_of_state\tIlham Aliyev\t[Ilham ]Aliyev{,s}|[Ильхам{,а} ]Алиев{,а,у}\n"},
    {"roles.tsv",
     "de\thead_of_state\tsg\tPräsident|Staatschef\nen\tcounterpart\teither\tcounterpart{,s}\n"},
}};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newswire;
  static const fuzz::ScratchDir dir;
  if (size == 0) return 0;
  const size_t pick = data[0] % kBase.size();
  std::string_view line(reinterpret_cast<const char*>(data) + 1, size - 1);
  for (size_t k = 0; k < kBase.size(); ++k) {
    std::string content = kBase[k].content;
    if (k == pick) content += std::string(line) + "\n";
    dir.Write(kBase[k].name, content);
  }
  std::string error;
  auto gaz = extract::Gazetteer::Load(dir.path(), &error);
  if (!gaz) {
    FUZZ_CHECK(!error.empty(), "a rejected gazetteer says why");
    return 0;
  }
  std::string text(line);
  text +=
      " Der aserbaidschanische Präsident Ilham Aliyev traf in Baku die UN und Germans; "
      "Алиева englischsprachigen counterparts.";
  std::vector<extract::Token> tokens;
  extract::Tokenize(text, tokens);
  for (std::string_view lang : {"de", "en", "fr", "es", "ru", "", "xx"}) {
    for (size_t i = 0; i <= tokens.size(); ++i) {
      for (auto m : {gaz->MatchAt(lang, tokens, i), gaz->MatchAt(lang, text, tokens, i)}) {
        if (!m) continue;
        FUZZ_CHECK(m.token_count >= 1 && i + m.token_count <= tokens.size(),
                   "a match lies inside the tokens");
        (void)gaz->CountryName(m.entry->code);
      }
    }
  }
  for (const auto& code : gaz->StateCodes()) {
    for (std::string_view lang : {"de", "en", "fr", "es", "ru"}) {
      FUZZ_CHECK(gaz->HasName(code, lang), "Load guarantees a name per state and language");
    }
  }
  return 0;
}
