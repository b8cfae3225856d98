#include "extract/evaluation.h"

#include <rapidjson/document.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <set>
#include <vector>

namespace newswire::extract {
namespace {

const std::set<std::string>& KnownTypes() {
  static const std::set<std::string> kTypes = {
      "MEETING",   "VISIT",      "PRAISE", "CONDOLENCE", "THANKS",  "CONGRATULATION", "COOPERATION",
      "AGREEMENT", "INVITATION", "AID",    "CRITICISM",  "PROTEST", "SANCTION"};
  return kTypes;
}

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::set<std::string> Codes(const rapidjson::Value* v) {
  std::set<std::string> out;
  if (!v || !v->IsArray()) return out;
  for (const auto& x : v->GetArray()) {
    if (x.IsString()) {
      out.insert(Upper(x.GetString()));
    } else if (x.IsObject()) {
      for (const char* key : {"country", "code", "org"}) {
        auto it = x.FindMember(key);
        if (it != x.MemberEnd() && it->value.IsString() && it->value.GetStringLength() > 0) {
          out.insert(Upper(it->value.GetString()));
          break;
        }
      }
    }
  }
  return out;
}

std::set<std::string> Codes(const std::vector<Actor>& actors) {
  std::set<std::string> out;
  for (const auto& a : actors) {
    if (!a.country.empty()) out.insert(Upper(a.country));
  }
  return out;
}

std::string Str(const rapidjson::Value& obj, const char* key) {
  auto it = obj.FindMember(key);
  return it != obj.MemberEnd() && it->value.IsString() ? it->value.GetString() : "";
}

struct GoldEvent {
  std::string type;
  std::set<std::string> participants, actors;
  std::string date, polarity, evidence;
};

std::string Join(const std::set<std::string>& s) {
  std::string out = "[";
  for (const auto& x : s) out += (out.size() > 1 ? ", '" : "'") + x + "'";
  return out + "]";
}

std::string Row(const std::string& label, const PrfCounts& c) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "%-15s%5d%5d%5d%7.2f%7.2f%7.2f\n", label.c_str(), c.tp, c.fp, c.fn,
                c.Precision(), c.Recall(), c.F1());
  return buf;
}

}  // namespace

bool Evaluate(const Engine& engine, const std::filesystem::path& gold_jsonl, std::ostream* table,
              bool verbose, EvalReport* report, std::string* error) {
  std::ifstream in(gold_jsonl);
  if (!in) {
    *error = gold_jsonl.string() + ": cannot open";
    return false;
  }
  EvalReport r;
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    rapidjson::Document doc;
    doc.Parse(line.data(), line.size());
    const std::string where = gold_jsonl.string() + ":" + std::to_string(line_no) + ": ";
    if (doc.HasParseError() || !doc.IsObject()) {
      *error = where + "not a JSON object";
      return false;
    }
    auto art_it = doc.FindMember("article");
    auto gold_it = doc.FindMember("gold");
    if (art_it == doc.MemberEnd() || !art_it->value.IsObject() || gold_it == doc.MemberEnd() ||
        !gold_it->value.IsArray()) {
      *error = where + "expected {\"article\": {...}, \"gold\": [...]}";
      return false;
    }
    const auto& a = art_it->value;
    Article article;
    article.id = Str(a, "id");
    article.text = Str(a, "text");
    if (article.text.empty()) article.text = Str(a, "body");
    article.title = Str(a, "title");
    article.source = Str(a, "source");
    article.url = Str(a, "url");
    article.published_at = Str(a, "published_at");
    article.lang = Str(a, "lang");
    std::string lang = article.lang.empty() ? Str(doc, "lang") : article.lang;
    if (lang.empty()) lang = "?";

    std::vector<GoldEvent> gold;
    for (const auto& g : gold_it->value.GetArray()) {
      if (!g.IsObject()) {
        *error = where + "gold events must be objects";
        return false;
      }
      GoldEvent ge;
      ge.type = Upper(Str(g, "type"));
      auto am = g.FindMember("actors");
      auto tm = g.FindMember("targets");
      ge.actors = Codes(am != g.MemberEnd() ? &am->value : nullptr);
      ge.participants = ge.actors;
      for (const auto& c : Codes(tm != g.MemberEnd() ? &tm->value : nullptr)) {
        ge.participants.insert(c);
      }
      ge.date = Str(g, "date");
      ge.polarity = Str(g, "polarity");
      ge.evidence = Str(g, "evidence");
      gold.push_back(std::move(ge));
    }

    Extraction ex = engine.Extract(article);
    std::vector<const Event*> preds;
    std::vector<std::set<std::string>> pred_keys;
    for (const auto& e : ex.events) {
      if (!KnownTypes().count(Upper(e.type))) continue;
      std::set<std::string> p = Codes(e.actors);
      for (const auto& c : Codes(e.targets)) p.insert(c);
      if (p.empty()) continue;
      preds.push_back(&e);
      pred_keys.push_back(std::move(p));
    }
    std::vector<bool> used(preds.size(), false);
    for (const auto& ge : gold) {
      size_t hit = preds.size();
      for (size_t i = 0; i < preds.size(); ++i) {
        if (!used[i] && Upper(preds[i]->type) == ge.type && pred_keys[i] == ge.participants) {
          hit = i;
          break;
        }
      }
      if (hit == preds.size()) {
        ++r.overall.fn;
        ++r.per_type[ge.type].fn;
        ++r.per_lang[lang].fn;
        if (verbose && table) {
          *table << "  MISS " << article.id << " " << ge.type << " " << Join(ge.participants)
                 << " :: " << ge.evidence.substr(0, 90) << "\n";
        }
        continue;
      }
      used[hit] = true;
      const Event& pe = *preds[hit];
      ++r.overall.tp;
      ++r.per_type[ge.type].tp;
      ++r.per_lang[lang].tp;
      if (!ge.date.empty()) {
        ++r.date_n;
        r.date_ok += pe.date.value_or("") == ge.date;
      }
      if (!ge.polarity.empty()) {
        ++r.polarity_n;
        std::string p = pe.polarity;
        std::transform(p.begin(), p.end(), p.begin(), ::tolower);
        r.polarity_ok += p == ge.polarity;
      }
      if (ge.type != "MEETING" && !ge.actors.empty()) {
        ++r.direction_n;
        std::set<std::string> pa = Codes(pe.actors);
        r.direction_ok += std::includes(pa.begin(), pa.end(), ge.actors.begin(), ge.actors.end());
      }
    }
    for (size_t i = 0; i < preds.size(); ++i) {
      if (used[i]) continue;
      ++r.overall.fp;
      ++r.per_type[Upper(preds[i]->type)].fp;
      ++r.per_lang[lang].fp;
      if (verbose && table) {
        *table << "  EXTRA " << article.id << " " << Upper(preds[i]->type) << " "
               << Join(pred_keys[i]) << " :: " << preds[i]->sentence.substr(0, 90) << "\n";
      }
    }
    ++r.articles;
  }
  r.precision = r.overall.Precision();
  r.recall = r.overall.Recall();
  r.f1 = r.overall.F1();
  if (table) {
    char buf[200];
    std::snprintf(buf, sizeof buf, "%-15s%5s%5s%5s%7s%7s%7s\n", "type", "tp", "fp", "fn", "P", "R",
                  "F1");
    *table << buf;
    for (const auto& [t, c] : r.per_type) *table << Row(t, c);
    for (const auto& [l, c] : r.per_lang) {
      std::snprintf(buf, sizeof buf, "lang %-10s", l.c_str());
      std::string row = Row("", c);
      *table << buf << row.substr(15);
    }
    std::snprintf(buf, sizeof buf,
                  "date acc %d/%d  polarity acc %d/%d  direction acc %d/%d  unparsable lines 0\n",
                  r.date_ok, r.date_n, r.polarity_ok, r.polarity_n, r.direction_ok, r.direction_n);
    *table << buf;
    std::snprintf(buf, sizeof buf, "F1 %.3f P %.3f R %.3f\n", r.f1, r.precision, r.recall);
    *table << buf;
  }
  if (report) *report = std::move(r);
  return true;
}

}  // namespace newswire::extract
