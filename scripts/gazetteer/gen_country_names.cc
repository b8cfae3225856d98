// Prints the CLDR (ICU) country names of every UN member and observer state,
// plus Kosovo and Taiwan, in de/en/fr/es/ru as states.tsv lines:
//   AZE<TAB>de<TAB>name<TAB>Aserbaidschan
// with Russian case forms (Росси{я,и,ю,ей}) and the German genitive
// (Serbien{,s}) as surface alternatives, ambiguous names left out or marked
// capitalised-only (~Chile). The output is committed as
// configs/gazetteer/states_cldr.tsv; the engine never runs this program.
//
// Build: g++ -std=c++20 gen_country_names.cc $(pkg-config --cflags --libs icu-uc icu-i18n)
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/uvernum.h>

#include <cstdio>
#include <string>

namespace {

// UN members (193), observers (VA, PS) and commonly covered entities (XK, TW).
constexpr const char* kAlpha2[] = {
    "AF", "AL", "DZ", "AD", "AO", "AG", "AR", "AM", "AU", "AT", "AZ", "BS", "BH", "BD", "BB", "BY",
    "BE", "BZ", "BJ", "BT", "BO", "BA", "BW", "BR", "BN", "BG", "BF", "BI", "CV", "KH", "CM", "CA",
    "CF", "TD", "CL", "CN", "CO", "KM", "CG", "CD", "CR", "CI", "HR", "CU", "CY", "CZ", "DK", "DJ",
    "DM", "DO", "EC", "EG", "SV", "GQ", "ER", "EE", "SZ", "ET", "FJ", "FI", "FR", "GA", "GM", "GE",
    "DE", "GH", "GR", "GD", "GT", "GN", "GW", "GY", "HT", "HN", "HU", "IS", "IN", "ID", "IR", "IQ",
    "IE", "IL", "IT", "JM", "JP", "JO", "KZ", "KE", "KI", "KP", "KR", "KW", "KG", "LA", "LV", "LB",
    "LS", "LR", "LY", "LI", "LT", "LU", "MG", "MW", "MY", "MV", "ML", "MT", "MH", "MR", "MU", "MX",
    "FM", "MD", "MC", "MN", "ME", "MA", "MZ", "MM", "NA", "NR", "NP", "NL", "NZ", "NI", "NE", "NG",
    "MK", "NO", "OM", "PK", "PW", "PA", "PG", "PY", "PE", "PH", "PL", "PT", "QA", "RO", "RU", "RW",
    "KN", "LC", "VC", "WS", "SM", "ST", "SA", "SN", "RS", "SC", "SL", "SG", "SK", "SI", "SB", "SO",
    "ZA", "SS", "ES", "LK", "SD", "SR", "SE", "CH", "SY", "TJ", "TZ", "TH", "TL", "TG", "TO", "TT",
    "TN", "TR", "TM", "TV", "UG", "UA", "AE", "GB", "US", "UY", "UZ", "VU", "VE", "VN", "YE", "ZM",
    "ZW", "VA", "PS", "XK", "TW"};

constexpr const char* kLangs[] = {"de", "en", "fr", "es", "ru"};

// CLDR names that are mostly something else in running text of that
// language: Russian "того" (of that), Spanish "Granada" (the Spanish city),
// French "Maurice" and Spanish "Mauricio" (first names). states.tsv lists
// unambiguous forms instead.
struct Excluded {
  const char* lang;
  const char* name;
};
constexpr Excluded kExcluded[] = {
    {"ru", "Того"}, {"es", "Granada"}, {"fr", "Maurice"}, {"es", "Mauricio"}};

// CLDR names that are also common lower-case words of that language (the
// Spanish ones are feminine adjectives: "la economía argentina"): they match
// only where the text capitalises them (the `~` marker).
constexpr Excluded kCapitalisedOnly[] = {{"en", "China"},   {"en", "Turkey"},    {"en", "Chad"},
                                         {"en", "Jordan"},  {"en", "Guinea"},    {"es", "Chile"},
                                         {"es", "China"},   {"es", "Argentina"}, {"es", "India"},
                                         {"es", "Siria"},   {"es", "Libia"},     {"es", "Armenia"},
                                         {"es", "Estonia"}, {"es", "Indonesia"}, {"es", "Namibia"},
                                         {"es", "Eritrea"}, {"es", "Micronesia"}};

bool IsCapitalisedOnly(const char* lang, const std::string& name) {
  for (const Excluded& e : kCapitalisedOnly) {
    if (name == e.name && std::string(lang) == e.lang) return true;
  }
  return false;
}

bool IsExcluded(const char* lang, const std::string& name) {
  for (const Excluded& e : kExcluded) {
    if (name == e.name && std::string(lang) == e.lang) return true;
  }
  return false;
}

bool EndsWith(const icu::UnicodeString& s, const char* suffix) {
  return s.endsWith(icu::UnicodeString::fromUTF8(suffix));
}

bool IsOneWord(const std::string& name) {
  return name.find_first_of(" -\xE2") == std::string::npos;  // no space, hyphen, dash
}

// Case forms of a one-word Russian country name as a `stem{a,b}` surface,
// or "" when the name does not decline (or is irregular: states.tsv lists
// those by hand). Rules: -ия/-ея (Россия, Гвинея), -а (Куба, Америка),
// -ий/-й (Маврикий, Китай), hard consonant (Азербайджан).
std::string RussianCaseForms(const std::string& name) {
  static const icu::UnicodeString kVowels = icu::UnicodeString::fromUTF8("аеёиоуыэюя");
  static const icu::UnicodeString kVelarSibilant = icu::UnicodeString::fromUTF8("гкхжшчщ");
  static const icu::UnicodeString kSibilant = icu::UnicodeString::fromUTF8("жшчщц");
  static const char* kIrregular[] = {"Египет", "Бангладеш", "Тонга", "Беларусь", "Израиль",
                                     "Фиджи",  "Гаити",     "Мали",  "Сомали",   "Чили"};
  for (const char* irregular : kIrregular) {
    if (name == irregular) return "";
  }
  if (!IsOneWord(name)) return "";
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(name);
  if (u.length() < 3 || u == icu::UnicodeString(u).toUpper()) return "";  // КНДР, ОАЭ
  const UChar last = u.charAt(u.length() - 1);
  const UChar before = u.charAt(u.length() - 2);
  auto stem_plus = [&](int32_t drop, const char* forms) {
    std::string stem;
    icu::UnicodeString(u, 0, u.length() - drop).toUTF8String(stem);
    return stem + "{" + forms + "}";
  };
  if (EndsWith(u, "ия")) return stem_plus(1, "я,и,ю,ей");
  if (EndsWith(u, "я") && kVowels.indexOf(before) >= 0) return stem_plus(1, "я,и,е,ю,ей");
  if (EndsWith(u, "а")) {
    if (kVowels.indexOf(before) >= 0) return "";                               // Самоа
    if (kSibilant.indexOf(before) >= 0) return stem_plus(1, "а,и,е,у,ой,ей");  // Польшей
    return stem_plus(1, kVelarSibilant.indexOf(before) >= 0 ? "а,и,е,у,ой" : "а,ы,е,у,ой");
  }
  if (EndsWith(u, "ий")) return stem_plus(2, "ий,ия,ию,ием,ии");
  if (EndsWith(u, "й")) return stem_plus(1, "й,я,ю,ем,е");
  if (kVowels.indexOf(last) >= 0 || EndsWith(u, "ь")) return "";  // Перу, Того, Мальдивы
  return stem_plus(0, kSibilant.indexOf(last) >= 0 ? ",а,у,ем,е" : ",а,у,ом,е");
}

// German genitive -s ("Aserbaidschans", "Serbiens", "Saudi-Arabiens") for
// names that take it; feminine (-e, -ei, Schweiz), sibilant-final and
// plural names (Philippinen) do not. Neuter names in -e (Simbabwe) are in
// states.tsv.
std::string GermanCaseForms(const std::string& name) {
  static const char* kPlural[] = {"Philippinen", "Malediven", "Komoren",
                                  "Seychellen",  "Salomonen", "Marshallinseln"};
  if (name.find(' ') != std::string::npos) return "";
  for (const char* plural : kPlural) {
    if (name == plural) return "";
  }
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(name);
  if (EndsWith(u, "e") || EndsWith(u, "ei") || EndsWith(u, "s") || EndsWith(u, "z") ||
      EndsWith(u, "x") || EndsWith(u, "ß")) {
    return "";
  }
  return name + "{,s}";
}

}  // namespace

int main() {
  std::printf(
      "# GENERATED by scripts/gazetteer/gen_country_names.cc from ICU %s CLDR data.\n"
      "# Do not edit by hand: fixes and additions go to states.tsv (loaded after\n"
      "# this file; its `canonical` lines override the English display name).\n"
      "# code\tlang\tkind\tsurface\n",
      U_ICU_VERSION);
  for (const char* a2 : kAlpha2) {
    const icu::Locale region("und", a2);
    std::string a3 = region.getISO3Country();
    if (std::string(a2) == "XK") a3 = "XKX";  // user-assigned; ICU has no alpha-3
    if (a3.empty()) {
      std::fprintf(stderr, "no alpha-3 for %s\n", a2);
      return 1;
    }
    for (const char* lang : kLangs) {
      icu::UnicodeString name;
      region.getDisplayCountry(icu::Locale(lang), name);
      std::string utf8;
      name.toUTF8String(utf8);
      // "Congo - Brazzaville" -> "Congo-Brazzaville" (tokens are the same;
      // the display name reads better).
      for (size_t at; (at = utf8.find(" - ")) != std::string::npos;) utf8.replace(at, 3, "-");
      // "Myanmar (Burma)" -> two names, "Myanmar" first (the canonical one).
      std::string alias;
      if (const size_t open = utf8.find(" ("); open != std::string::npos && utf8.back() == ')') {
        alias = utf8.substr(open + 2, utf8.size() - open - 3);
        utf8.resize(open);
      }
      if (IsExcluded(lang, utf8)) {
        std::printf("# %s\t%s\tname\t%s excluded (ambiguous)\n", a3.c_str(), lang, utf8.c_str());
        continue;
      }
      std::string inflected;
      if (std::string(lang) == "ru") inflected = RussianCaseForms(utf8);
      if (std::string(lang) == "de") inflected = GermanCaseForms(utf8);
      if (!inflected.empty()) utf8 = inflected;
      if (IsCapitalisedOnly(lang, utf8)) utf8 = "~" + utf8;
      std::printf("%s\t%s\tname\t%s\n", a3.c_str(), lang, utf8.c_str());
      if (!alias.empty()) std::printf("%s\t%s\tname\t%s\n", a3.c_str(), lang, alias.c_str());
    }
  }
  return 0;
}
