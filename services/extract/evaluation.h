// Scores the engine against a gold corpus, exactly like
// /work/shared/eval/score.py: per article, predictions are matched one to
// one to gold events on (type, set of codes in actors ∪ targets);
// predictions without participants or with an unknown type are ignored.
//
// Gold format (JSON lines): {"article": {"id", "text" | "body", "lang",
// "published_at", "title", ...}, "gold": [{"type", "actors", "targets",
// "date", "polarity", "evidence"}, ...]}; actors/targets are ISO3 strings or
// objects with "country" (or "code").
#pragma once

#include <filesystem>
#include <map>
#include <ostream>
#include <string>

#include "extract/engine.h"

namespace newswire::extract {

struct PrfCounts {
  int tp = 0, fp = 0, fn = 0;
  double Precision() const { return tp + fp ? static_cast<double>(tp) / (tp + fp) : 0.0; }
  double Recall() const { return tp + fn ? static_cast<double>(tp) / (tp + fn) : 0.0; }
  double F1() const {
    const double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

struct EvalReport {
  int articles = 0;
  PrfCounts overall;
  std::map<std::string, PrfCounts> per_type;
  std::map<std::string, PrfCounts> per_lang;
  int date_ok = 0, date_n = 0;            // matched gold events with a date
  int polarity_ok = 0, polarity_n = 0;    // matched gold events with a polarity
  int direction_ok = 0, direction_n = 0;  // gold actors ⊆ predicted actors (not MEETING)
  double f1 = 0, precision = 0, recall = 0;
};

// Runs `engine` over every article of `gold_jsonl` and scores it. Writes
// the score.py table to *table if non-null (with MISS/EXTRA lines when
// `verbose`), ending in "F1 <x> P <p> R <r>". Returns false and sets *error
// on an unreadable file or a malformed line (naming the line number).
bool Evaluate(const Engine& engine, const std::filesystem::path& gold_jsonl, std::ostream* table,
              bool verbose, EvalReport* report, std::string* error);

}  // namespace newswire::extract
