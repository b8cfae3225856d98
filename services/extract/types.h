// Plain data types shared by the extraction engine and everything that
// carries its results (codec, pipeline). No behaviour, no dependencies.
// They mirror proto/newswire/v1/newswire.proto field for field.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace newswire::extract {

struct Article {
  std::string id;
  std::string text;  // UTF-8; `body` on input is an alias
  std::string title;
  std::string source;
  std::string url;
  std::string published_at;  // RFC 3339 or empty
  std::string lang;          // ISO 639-1 or empty (then detected)
};

struct Actor {
  std::string name;
  std::string country;  // ISO 3166-1 alpha-3 or organisation code
  std::string role;     // "state", "head_of_state", "organisation", ...
  bool operator==(const Actor&) const = default;
};

struct Event {
  std::string event_id;
  std::string article_id;
  std::string type;  // MEETING, VISIT, PRAISE, ...
  std::string cameo;
  double goldstein = 0.0;
  std::string plover;
  std::vector<Actor> actors;
  std::vector<Actor> targets;
  std::optional<std::string> date;  // "YYYY-MM-DD" or "YYYY-MM"
  std::string polarity;             // positive | negative | neutral
  double tone = 0.0;
  std::string lang;
  std::string trigger;
  std::string sentence;
  uint32_t evidence_start = 0;  // UTF-8 byte offsets into Article::text
  uint32_t evidence_end = 0;
  double confidence = 0.0;
  std::vector<std::string> topics;
};

struct ArticleAnalysis {
  std::string article_id;
  std::string lang;
  double tone = 0.0;
  std::vector<Actor> actors;
  uint32_t event_count = 0;
  uint32_t sentence_count = 0;
  std::vector<std::string> event_ids;
  std::string source;
  std::string published_at;
};

struct Extraction {
  ArticleAnalysis analysis;
  std::vector<Event> events;
};

}  // namespace newswire::extract
