#include "config/config.h"

#include <unistd.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iterator>
#include <optional>
#include <set>

#include "common/log.h"

extern char** environ;

namespace newswire::config {
namespace {

// ---------------------------------------------------------------------------
// Values as read from YAML or the environment, before typing.

enum class Type { kString, kInt, kStringList, kStringMap, kEnum, kRouting };

std::string_view TypeName(Type t) {
  switch (t) {
    case Type::kString:
      return "string";
    case Type::kInt:
      return "integer";
    case Type::kStringList:
      return "list of strings";
    case Type::kStringMap:
      return "map of string to scalar";
    case Type::kEnum:
      return "enum";
    case Type::kRouting:
      return "list of {types: [..], topic: ..}";
  }
  return "?";
}

// A typed value handed to a field's setter.
struct Value {
  std::string str;
  int64_t num = 0;
  std::vector<std::string> list;
  std::map<std::string, std::string> map;
  std::vector<Route> routes;
};

// Returns an error message, or nullopt when the value was accepted.
using Setter = std::function<std::optional<std::string>(Config&, const Value&)>;

struct Field {
  std::string key;
  Type type;
  std::string default_text;
  std::string description;
  Setter set;
  std::vector<std::string> choices = {};  // kEnum
  int64_t min = 0, max = 0;               // kInt
};

// ---------------------------------------------------------------------------
// Validators.

bool ValidTopic(const std::string& t) {
  if (t.empty() || t.size() > 249 || t == "." || t == "..") return false;
  return std::all_of(t.begin(), t.end(), [](unsigned char c) {
    return std::isalnum(c) || c == '.' || c == '_' || c == '-';
  });
}

std::optional<std::string> CheckTopic(const std::string& t) {
  if (ValidTopic(t)) return std::nullopt;
  return "'" + t + "' is not a valid topic name ([a-zA-Z0-9._-], 1..249 chars)";
}

std::optional<std::string> CheckListen(const std::string& s) {
  if (s.empty()) return std::nullopt;
  auto colon = s.rfind(':');
  if (colon == std::string::npos || colon + 1 == s.size())
    return "expected host:port, got '" + s + "'";
  std::string port = s.substr(colon + 1);
  if (!std::all_of(port.begin(), port.end(), ::isdigit) || std::stol(port) > 65535) {
    return "bad port in '" + s + "'";
  }
  return std::nullopt;
}

// Properties newswire sets itself; setting them in the pass-through maps
// would silently break delivery guarantees, so they are rejected.
std::optional<std::string> CheckKafkaProps(const std::map<std::string, std::string>& props,
                                           bool consumer) {
  static const std::map<std::string, std::string> kOwned = {
      {"bootstrap.servers", "kafka.bootstrap_servers"},
      {"group.id", "kafka.group_id"},
      {"transactional.id", "delivery.transactional_id"},
      {"enable.auto.commit", "delivery.mode (offsets are committed by newswire)"},
      {"enable.auto.offset.store", "delivery.mode (offsets are stored by newswire)"},
  };
  for (const auto& [k, v] : props) {
    auto it = kOwned.find(k);
    if (it != kOwned.end()) return "'" + k + "' is managed by newswire; set " + it->second;
    if (k.empty()) return "empty property name";
    // librdkafka's names are short [a-z0-9._-] words; anything else is a typo
    // or garbage, and a name over 1024 bytes is not even a plain YAML key, so
    // ToRedactedYaml's output would not load again (found by tests/fuzz, config).
    if (k.size() > 128 || !std::all_of(k.begin(), k.end(), [](unsigned char c) {
          return std::isalnum(c) || c == '.' || c == '_' || c == '-';
        })) {
      return "'" + k.substr(0, 64) + (k.size() > 64 ? "..." : "") +
             "' is not a librdkafka property name ([a-zA-Z0-9._-], at most 128 chars)";
    }
    (void)v;
  }
  (void)consumer;
  return std::nullopt;
}

std::vector<Field> BuildSchema() {
  std::vector<Field> f;
  auto str = [&](std::string key, std::string def, std::string desc,
                 std::function<std::optional<std::string>(Config&, const std::string&)> set) {
    f.push_back({std::move(key), Type::kString, std::move(def), std::move(desc),
                 [set](Config& c, const Value& v) { return set(c, v.str); }});
  };
  auto num = [&](std::string key, std::string def, std::string desc, int64_t min, int64_t max,
                 std::function<void(Config&, int64_t)> set) {
    Field field{std::move(key), Type::kInt, std::move(def), std::move(desc),
                [set](Config& c, const Value& v) -> std::optional<std::string> {
                  set(c, v.num);
                  return std::nullopt;
                }};
    field.min = min;
    field.max = max;
    f.push_back(std::move(field));
  };
  auto enm = [&](std::string key, std::string def, std::string desc,
                 std::vector<std::string> choices,
                 std::function<void(Config&, const std::string&)> set) {
    Field field{std::move(key), Type::kEnum, std::move(def), std::move(desc),
                [set](Config& c, const Value& v) -> std::optional<std::string> {
                  set(c, v.str);
                  return std::nullopt;
                }};
    field.choices = std::move(choices);
    f.push_back(std::move(field));
  };

  str("kafka.bootstrap_servers", "\"\"",
      "Comma-separated host:port list. Empty: start the embedded librdkafka mock cluster.",
      [](Config& c, const std::string& v) -> std::optional<std::string> {
        c.kafka.bootstrap_servers = v;
        return std::nullopt;
      });
  str("kafka.group_id", "newswire", "Consumer group of the input topics.",
      [](Config& c, const std::string& v) -> std::optional<std::string> {
        if (v.empty()) return "must not be empty";
        c.kafka.group_id = v;
        return std::nullopt;
      });
  f.push_back({"kafka.consumer", Type::kStringMap, "{}",
               "librdkafka consumer properties passed through untouched (SASL, SSL, "
               "fetch tuning...). Defaults newswire sets unless given here: "
               "isolation.level=read_committed, auto.offset.reset=earliest.",
               [](Config& c, const Value& v) {
                 auto err = CheckKafkaProps(v.map, true);
                 if (!err) c.kafka.consumer = v.map;
                 return err;
               }});
  f.push_back({"kafka.producer", Type::kStringMap, "{}",
               "librdkafka producer properties passed through untouched.",
               [](Config& c, const Value& v) {
                 auto err = CheckKafkaProps(v.map, false);
                 if (!err) c.kafka.producer = v.map;
                 return err;
               }});
  f.push_back({"topics.input", Type::kStringList, "[news.articles]",
               "Topics the consumer group subscribes to (article JSON).",
               [](Config& c, const Value& v) -> std::optional<std::string> {
                 if (v.list.empty()) return "must name at least one topic";
                 for (const auto& t : v.list) {
                   if (auto err = CheckTopic(t)) return err;
                 }
                 c.topics.input = v.list;
                 return std::nullopt;
               }});
  str("topics.events", "news.events", "One record per extracted event.",
      [](Config& c, const std::string& v) {
        auto err = CheckTopic(v);
        if (!err) c.topics.events = v;
        return err;
      });
  str("topics.enriched", "news.articles.enriched", "One ArticleAnalysis record per article.",
      [](Config& c, const std::string& v) {
        auto err = CheckTopic(v);
        if (!err) c.topics.enriched = v;
        return err;
      });
  str("topics.dlq", "news.articles.dlq",
      "Dead-letter topic: rejected input records byte for byte, with __connect.errors.* headers.",
      [](Config& c, const std::string& v) {
        auto err = CheckTopic(v);
        if (!err) c.topics.dlq = v;
        return err;
      });
  enm("delivery.mode", "exactly_once",
      "exactly_once: transactional producer, offsets committed in the transaction. "
      "at_least_once: idempotent producer, offsets committed after delivery reports.",
      {"exactly_once", "at_least_once"}, [](Config& c, const std::string& v) {
        c.delivery.mode =
            v == "exactly_once" ? DeliveryMode::kExactlyOnce : DeliveryMode::kAtLeastOnce;
      });
  str("delivery.transactional_id", "<group_id>-<hostname>",
      "transactional.id of the producer; must be unique per running instance and stable "
      "across its restarts.",
      [](Config& c, const std::string& v) -> std::optional<std::string> {
        c.delivery.transactional_id = v;
        return std::nullopt;
      });
  num("delivery.commit_interval_ms", "100",
      "Longest time a transaction (or an offset commit) stays open.", 1, 600000,
      [](Config& c, int64_t v) { c.delivery.commit_interval_ms = v; });
  num("delivery.max_batch", "500", "Most input records per transaction / commit.", 1, 1000000,
      [](Config& c, int64_t v) { c.delivery.max_batch = v; });
  num("pipeline.workers", "2", "Extraction worker threads.", 1, 256,
      [](Config& c, int64_t v) { c.pipeline.workers = v; });
  num("pipeline.queue_capacity", "1000",
      "Records in flight between consumer and producer; when full, consumption pauses.", 1, 1000000,
      [](Config& c, int64_t v) { c.pipeline.queue_capacity = v; });
  num("pipeline.max_article_bytes", "1048576", "Larger records are dead-lettered as too_large.", 1,
      256LL << 20, [](Config& c, int64_t v) { c.pipeline.max_article_bytes = v; });
  enm("output.format", "json",
      "json: proto3 JSON mapping (snake_case field names). protobuf: binary newswire.v1.*.",
      {"json", "protobuf"}, [](Config& c, const std::string& v) {
        c.output.format = v == "json" ? OutputFormat::kJson : OutputFormat::kProtobuf;
      });
  f.push_back(
      {"routing", Type::kRouting, "[]",
       "Extra topics per event type: [{types: [PRAISE, THANKS], topic: news.events.positive}].",
       [](Config& c, const Value& v) -> std::optional<std::string> {
         c.routing = v.routes;
         return std::nullopt;
       }});
  str("extract.configs_dir", "<directory of the config file>",
      "Gazetteer and lexicons (gazetteer/, lexicons/); relative to the config file.",
      [](Config& c, const std::string& v) -> std::optional<std::string> {
        c.extract.configs_dir = v;
        return std::nullopt;
      });
  str("metrics.listen", "0.0.0.0:9464",
      "host:port of /metrics, /healthz, /readyz (port 0 picks one). Empty disables.",
      [](Config& c, const std::string& v) {
        auto err = CheckListen(v);
        if (!err) c.metrics.listen = v;
        return err;
      });
  enm("log.level", "info", "Lowest level logged (JSON lines on stderr).",
      {"debug", "info", "warn", "error"}, [](Config& c, const std::string& v) { c.log.level = v; });
  num("shutdown.timeout_ms", "10000",
      "On SIGTERM/SIGINT: drain, commit and close within this time.", 100, 600000,
      [](Config& c, int64_t v) { c.shutdown.timeout_ms = v; });
  return f;
}

const std::vector<Field>& Schema() {
  static const std::vector<Field> schema = BuildSchema();
  return schema;
}

const Field* FindField(const std::string& key) {
  for (const auto& f : Schema()) {
    if (f.key == key) return &f;
  }
  return nullptr;
}

bool IsSection(const std::string& name) {
  for (const auto& f : Schema()) {
    if (f.key.rfind(name + ".", 0) == 0) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Typing raw input.

class Loader {
 public:
  explicit Loader(std::string name) : name_(std::move(name)) {}

  std::vector<ConfigError>& errors() { return errors_; }

  std::string Where(const YAML::Mark& m) const {
    if (m.line < 0) return name_;
    return name_ + ":" + std::to_string(m.line + 1) + ":" + std::to_string(m.column + 1);
  }

  void Add(std::string key, std::string location, std::string message) {
    errors_.push_back({std::move(key), std::move(location), std::move(message)});
  }

  void ApplyYaml(Config& c, const Field& field, const YAML::Node& node) {
    std::string where = Where(node.Mark());
    Value v;
    if (auto err = FromYaml(field, node, &v)) {
      Add(field.key, where, *err);
      return;
    }
    Apply(c, field, v, where);
  }

  void ApplyText(Config& c, const Field& field, const std::string& text, const std::string& where) {
    Value v;
    std::optional<std::string> err;
    if (field.type == Type::kStringList && (text.empty() || text[0] != '[')) {
      size_t start = 0;
      while (start <= text.size()) {
        size_t comma = text.find(',', start);
        if (comma == std::string::npos) comma = text.size();
        std::string item = Trim(text.substr(start, comma - start));
        if (!item.empty()) v.list.push_back(item);
        start = comma + 1;
      }
    } else if (field.type == Type::kStringList || field.type == Type::kStringMap ||
               field.type == Type::kRouting) {
      try {
        err = FromYaml(field, YAML::Load(text), &v);
      } catch (const YAML::Exception& e) {
        err = "cannot parse '" + text + "' as YAML: " + e.msg;
      }
    } else {
      err = FromYaml(field, YAML::Node(text), &v);
    }
    if (err) {
      Add(field.key, where, *err);
      return;
    }
    Apply(c, field, v, where);
  }

 private:
  static std::string Trim(const std::string& s) {
    size_t b = s.find_first_not_of(" \t");
    if (b == std::string::npos) return "";
    size_t e = s.find_last_not_of(" \t");
    return s.substr(b, e - b + 1);
  }

  void Apply(Config& c, const Field& field, const Value& v, const std::string& where) {
    if (auto err = field.set(c, v)) Add(field.key, where, *err);
  }

  std::optional<std::string> Scalar(const YAML::Node& n, std::string* out) {
    if (!n.IsScalar()) return "expected a scalar, got " + Kind(n);
    *out = n.Scalar();
    return std::nullopt;
  }

  static std::string Kind(const YAML::Node& n) {
    switch (n.Type()) {
      case YAML::NodeType::Null:
        return "null";
      case YAML::NodeType::Scalar:
        return "a scalar";
      case YAML::NodeType::Sequence:
        return "a list";
      case YAML::NodeType::Map:
        return "a map";
      default:
        return "nothing";
    }
  }

  std::optional<std::string> FromYaml(const Field& field, const YAML::Node& n, Value* v) {
    switch (field.type) {
      case Type::kString:
        if (n.IsNull()) {
          v->str.clear();
          return std::nullopt;
        }
        return Scalar(n, &v->str);
      case Type::kEnum: {
        if (auto err = Scalar(n, &v->str)) return err;
        if (std::find(field.choices.begin(), field.choices.end(), v->str) == field.choices.end()) {
          std::string all;
          for (const auto& ch : field.choices) all += (all.empty() ? "" : " | ") + ch;
          return "'" + v->str + "' is not one of " + all;
        }
        return std::nullopt;
      }
      case Type::kInt: {
        std::string s;
        if (auto err = Scalar(n, &s)) return err;
        char* end = nullptr;
        errno = 0;
        long long x = std::strtoll(s.c_str(), &end, 10);
        if (s.empty() || *end != '\0' || errno != 0) return "expected an integer, got '" + s + "'";
        if (x < field.min || x > field.max) {
          return "must be in [" + std::to_string(field.min) + ", " + std::to_string(field.max) +
                 "], got " + s;
        }
        v->num = x;
        return std::nullopt;
      }
      case Type::kStringList: {
        if (n.IsScalar()) {
          v->list = {n.Scalar()};
          return std::nullopt;
        }
        if (!n.IsSequence()) return "expected a list of strings, got " + Kind(n);
        for (const auto& item : n) {
          if (!item.IsScalar()) return "list items must be strings, got " + Kind(item);
          v->list.push_back(item.Scalar());
        }
        return std::nullopt;
      }
      case Type::kStringMap: {
        if (n.IsNull()) return std::nullopt;
        if (!n.IsMap()) return "expected a map of librdkafka properties, got " + Kind(n);
        for (const auto& kv : n) {
          std::string k = kv.first.Scalar();
          if (!kv.second.IsScalar()) return "property '" + k + "' must be a scalar";
          v->map[k] = kv.second.Scalar();
        }
        return std::nullopt;
      }
      case Type::kRouting: {
        if (n.IsNull()) return std::nullopt;
        if (!n.IsSequence()) return "expected a list of {types, topic}, got " + Kind(n);
        std::string problems;
        int index = 0;
        for (const auto& item : n) {
          std::string at = "routing[" + std::to_string(index++) + "] (" + Where(item.Mark()) + ")";
          if (!item.IsMap()) return at + ": expected a map with types and topic";
          Route r;
          for (const auto& kv : item) {
            std::string k = kv.first.Scalar();
            if (k == "topic") {
              if (!kv.second.IsScalar()) return at + ": topic must be a string";
              r.topic = kv.second.Scalar();
            } else if (k == "types") {
              if (!kv.second.IsSequence()) return at + ": types must be a list";
              for (const auto& t : kv.second) {
                if (!t.IsScalar()) return at + ": types must be strings";
                r.types.push_back(t.Scalar());
              }
            } else {
              return at + ": unknown key '" + k + "' (expected types, topic)";
            }
          }
          if (r.types.empty()) return at + ": types must name at least one event type";
          for (const auto& t : r.types) {
            const auto& known = KnownEventTypes();
            if (std::find(known.begin(), known.end(), t) == known.end()) {
              return at + ": unknown event type '" + t + "'";
            }
          }
          if (auto err = CheckTopic(r.topic)) return at + ": " + *err;
          v->routes.push_back(std::move(r));
        }
        return std::nullopt;
      }
    }
    return "unsupported type";
  }

  std::string name_;
  std::vector<ConfigError> errors_;
};

std::string Hostname() {
  char buf[256] = {};
  if (gethostname(buf, sizeof buf - 1) != 0 || buf[0] == '\0') return "localhost";
  return buf;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

void ApplyEnvironment(Config& c, const Environment& env, Loader& loader) {
  constexpr std::string_view kPrefix = "NEWSWIRE__";
  for (const auto& [name, value] : env) {
    if (name.rfind(kPrefix, 0) != 0) continue;
    std::string where = "env " + name;
    std::vector<std::string> parts;
    std::string rest = name.substr(kPrefix.size());
    size_t start = 0;
    while (true) {
      size_t sep = rest.find("__", start);
      parts.push_back(Lower(rest.substr(start, sep == std::string::npos ? sep : sep - start)));
      if (sep == std::string::npos) break;
      start = sep + 2;
    }
    std::string key = parts[0];
    if (parts.size() >= 2) key += "." + parts[1];
    // kafka.consumer / kafka.producer: one property per variable.
    if (parts.size() == 3 && (key == "kafka.consumer" || key == "kafka.producer")) {
      std::string prop = parts[2];
      std::replace(prop.begin(), prop.end(), '_', '.');
      auto& map = key == "kafka.consumer" ? c.kafka.consumer : c.kafka.producer;
      auto candidate = map;
      candidate[prop] = value;
      if (auto err = CheckKafkaProps(candidate, key == "kafka.consumer")) {
        loader.Add(key + "." + prop, where, *err);
      } else {
        map = std::move(candidate);
      }
      continue;
    }
    const Field* field = parts.size() <= 2 ? FindField(key) : nullptr;
    if (field == nullptr) {
      loader.Add(key, where, "unknown key '" + key + "'");
      continue;
    }
    loader.ApplyText(c, *field, value, where);
  }
}

void CrossChecks(const Config& c, Loader& loader, const std::string& where) {
  for (const auto& t : c.topics.input) {
    if (t == c.topics.dlq || t == c.topics.events || t == c.topics.enriched) {
      loader.Add("topics.input", where,
                 "input topic '" + t + "' is also an output topic (the pipeline would loop)");
    }
  }
  for (const auto& r : c.routing) {
    if (std::find(c.topics.input.begin(), c.topics.input.end(), r.topic) != c.topics.input.end()) {
      loader.Add("routing", where, "route topic '" + r.topic + "' is an input topic");
    }
  }
}

LoadResult Finish(Config c, Loader& loader, const std::filesystem::path& base_dir,
                  const Environment& env) {
  ApplyEnvironment(c, env, loader);
  CrossChecks(c, loader, loader.Where(YAML::Mark::null_mark()));
  if (!loader.errors().empty()) return common::MakeError(std::move(loader.errors()));
  if (c.delivery.transactional_id.empty()) {
    c.delivery.transactional_id = c.kafka.group_id + "-" + Hostname();
  }
  if (c.extract.configs_dir.empty()) {
    c.extract.configs_dir = base_dir.empty() ? "configs" : base_dir.string();
  } else if (std::filesystem::path(c.extract.configs_dir).is_relative() && !base_dir.empty()) {
    c.extract.configs_dir = (base_dir / c.extract.configs_dir).lexically_normal().string();
  }
  return c;
}

}  // namespace

std::string ConfigError::ToString() const {
  std::string out = location;
  if (!key.empty()) out += (out.empty() ? "" : ": ") + key;
  return out + ": " + message;
}

const std::vector<std::string>& KnownEventTypes() {
  static const std::vector<std::string> types = {
      "MEETING",   "VISIT",      "PRAISE", "CONDOLENCE", "THANKS",  "CONGRATULATION", "COOPERATION",
      "AGREEMENT", "INVITATION", "AID",    "CRITICISM",  "PROTEST", "SANCTION"};
  return types;
}

Environment ProcessEnvironment() {
  Environment env;
  for (char** e = environ; e != nullptr && *e != nullptr; ++e) {
    std::string kv(*e);
    if (kv.rfind("NEWSWIRE__", 0) != 0) continue;
    auto eq = kv.find('=');
    if (eq == std::string::npos) continue;
    env[kv.substr(0, eq)] = kv.substr(eq + 1);
  }
  return env;
}

LoadResult LoadString(std::string_view yaml, std::string_view name,
                      const std::filesystem::path& base_dir, const Environment& env) {
  Loader loader{std::string(name)};
  Config c;
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml));
  } catch (const YAML::ParserException& e) {
    loader.Add("", loader.Where(e.mark), "YAML syntax error: " + e.msg);
    return common::MakeError(std::move(loader.errors()));
  } catch (const YAML::Exception& e) {
    loader.Add("", std::string(name), std::string("YAML error: ") + e.what());
    return common::MakeError(std::move(loader.errors()));
  }
  if (!root.IsNull() && !root.IsMap()) {
    loader.Add("", loader.Where(root.Mark()), "the top level must be a map of sections");
    return common::MakeError(std::move(loader.errors()));
  }
  if (root.IsMap()) {
    for (const auto& top : root) {
      std::string section = top.first.Scalar();
      if (const Field* field = FindField(section)) {
        loader.ApplyYaml(c, *field, top.second);
        continue;
      }
      if (!IsSection(section)) {
        loader.Add(section, loader.Where(top.first.Mark()), "unknown key '" + section + "'");
        continue;
      }
      if (top.second.IsNull()) continue;
      if (!top.second.IsMap()) {
        loader.Add(section, loader.Where(top.second.Mark()), "expected a map");
        continue;
      }
      for (const auto& kv : top.second) {
        std::string key = section + "." + kv.first.Scalar();
        const Field* field = FindField(key);
        if (field == nullptr) {
          loader.Add(key, loader.Where(kv.first.Mark()), "unknown key '" + key + "'");
          continue;
        }
        loader.ApplyYaml(c, *field, kv.second);
      }
    }
  }
  return Finish(std::move(c), loader, base_dir, env);
}

LoadResult LoadFile(const std::filesystem::path& file, const Environment& env) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    return common::MakeError(
        std::vector<ConfigError>{{"", file.string(), "cannot open the configuration file"}});
  }
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::filesystem::path base = file.parent_path();
  if (base.empty()) base = ".";
  auto result = LoadString(text, file.string(), base, env);
  if (result.ok()) result->source_file = file;
  return result;
}

std::string ToRedactedYaml(const Config& c) {
  YAML::Emitter out;
  auto props = [&](const std::string& prefix, const std::map<std::string, std::string>& m) {
    out << YAML::BeginMap;
    for (const auto& [k, v] : m) out << YAML::Key << k << YAML::Value << log::Redact(prefix + k, v);
    out << YAML::EndMap;
  };
  out << YAML::BeginMap;
  out << YAML::Key << "kafka" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "bootstrap_servers" << YAML::Value << c.kafka.bootstrap_servers;
  out << YAML::Key << "group_id" << YAML::Value << c.kafka.group_id;
  out << YAML::Key << "consumer" << YAML::Value;
  props("kafka.consumer.", c.kafka.consumer);
  out << YAML::Key << "producer" << YAML::Value;
  props("kafka.producer.", c.kafka.producer);
  out << YAML::EndMap;
  out << YAML::Key << "topics" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "input" << YAML::Value << YAML::Flow << c.topics.input;
  out << YAML::Key << "events" << YAML::Value << c.topics.events;
  out << YAML::Key << "enriched" << YAML::Value << c.topics.enriched;
  out << YAML::Key << "dlq" << YAML::Value << c.topics.dlq;
  out << YAML::EndMap;
  out << YAML::Key << "delivery" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "mode" << YAML::Value
      << (c.delivery.mode == DeliveryMode::kExactlyOnce ? "exactly_once" : "at_least_once");
  out << YAML::Key << "transactional_id" << YAML::Value << c.delivery.transactional_id;
  out << YAML::Key << "commit_interval_ms" << YAML::Value << c.delivery.commit_interval_ms;
  out << YAML::Key << "max_batch" << YAML::Value << c.delivery.max_batch;
  out << YAML::EndMap;
  out << YAML::Key << "pipeline" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "workers" << YAML::Value << c.pipeline.workers;
  out << YAML::Key << "queue_capacity" << YAML::Value << c.pipeline.queue_capacity;
  out << YAML::Key << "max_article_bytes" << YAML::Value << c.pipeline.max_article_bytes;
  out << YAML::EndMap;
  out << YAML::Key << "output" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "format" << YAML::Value
      << (c.output.format == OutputFormat::kJson ? "json" : "protobuf");
  out << YAML::EndMap;
  out << YAML::Key << "routing" << YAML::Value << YAML::BeginSeq;
  for (const auto& r : c.routing) {
    out << YAML::Flow << YAML::BeginMap << YAML::Key << "types" << YAML::Value << YAML::Flow
        << r.types << YAML::Key << "topic" << YAML::Value << r.topic << YAML::EndMap;
  }
  out << YAML::EndSeq;
  out << YAML::Key << "extract" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "configs_dir" << YAML::Value << c.extract.configs_dir << YAML::EndMap;
  out << YAML::Key << "metrics" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "listen" << YAML::Value << c.metrics.listen << YAML::EndMap;
  out << YAML::Key << "log" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "level" << YAML::Value << c.log.level << YAML::EndMap;
  out << YAML::Key << "shutdown" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "timeout_ms" << YAML::Value << c.shutdown.timeout_ms << YAML::EndMap;
  out << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

std::vector<KeyInfo> DescribeKeys() {
  std::vector<KeyInfo> out;
  for (const auto& f : Schema()) {
    std::string type(TypeName(f.type));
    if (f.type == Type::kEnum) {
      type = "enum:";
      for (size_t i = 0; i < f.choices.size(); ++i) type += (i == 0 ? " " : ", ") + f.choices[i];
    }
    if (f.type == Type::kInt) {
      type += " [" + std::to_string(f.min) + ", " + std::to_string(f.max) + "]";
    }
    out.push_back({f.key, type, f.default_text, f.description});
  }
  return out;
}

}  // namespace newswire::config
