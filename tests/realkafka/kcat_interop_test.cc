// Interoperability with a client newswire did not write: kcat produces the
// articles (keyed, with a header) and kcat reads the events back as a JSON
// envelope; every payload must be an Event in the documented JSON mapping
// (proto/newswire/v1/newswire.proto) with the documented headers. The daemon
// gets its broker from NEWSWIRE__KAFKA__BOOTSTRAP_SERVERS, as a container
// deployment would.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <set>
#include <sstream>
#include <thread>

#include "realkafka/realkafka_support.h"

namespace newswire::realkafka {
namespace {

const std::set<std::string> kEventTypes = {
    "MEETING",   "VISIT",      "PRAISE", "CONDOLENCE", "THANKS",  "CONGRATULATION", "COOPERATION",
    "AGREEMENT", "INVITATION", "AID",    "CRITICISM",  "PROTEST", "SANCTION"};

// kcat -J headers: ["name", "value", "name", "value", ...].
std::optional<std::string> EnvelopeHeader(const rapidjson::Value& envelope, const char* name) {
  auto it = envelope.FindMember("headers");
  if (it == envelope.MemberEnd() || !it->value.IsArray()) return std::nullopt;
  const auto& h = it->value;
  for (rapidjson::SizeType i = 0; i + 1 < h.Size(); i += 2)
    if (h[i].IsString() && h[i + 1].IsString() && std::string(h[i].GetString()) == name)
      return std::string(h[i + 1].GetString());
  return std::nullopt;
}

// Checks one Event payload against the proto's JSON mapping; returns the
// problems found ("" when none).
std::string CheckEvent(const rapidjson::Value& e, const std::set<std::string>& article_ids) {
  std::ostringstream problems;
  auto str = [&](const char* f) -> std::string {
    auto it = e.FindMember(f);
    if (it == e.MemberEnd() || !it->value.IsString()) {
      problems << f << " is not a string; ";
      return "";
    }
    return it->value.GetString();
  };
  auto num = [&](const char* f, double lo, double hi) {
    auto it = e.FindMember(f);
    if (it == e.MemberEnd() || !it->value.IsNumber())
      problems << f << " is not a number; ";
    else if (it->value.GetDouble() < lo || it->value.GetDouble() > hi)
      problems << f << " out of [" << lo << ", " << hi << "]; ";
  };
  auto actors = [&](const char* f) {
    auto it = e.FindMember(f);
    if (it == e.MemberEnd() || !it->value.IsArray()) {
      problems << f << " is not an array; ";
      return;
    }
    for (const auto& a : it->value.GetArray())
      if (!a.IsObject() || !a.HasMember("country") || !a["country"].IsString())
        problems << f << " has an actor without a country; ";
  };
  if (str("event_id").empty()) problems << "empty event_id; ";
  if (!article_ids.count(str("article_id"))) problems << "article_id not one produced; ";
  if (!kEventTypes.count(str("type"))) problems << "unknown type; ";
  const std::string polarity = str("polarity");
  if (polarity != "positive" && polarity != "negative" && polarity != "neutral")
    problems << "bad polarity; ";
  str("lang");
  str("cameo");
  num("tone", -1, 1);
  num("confidence", 0, 1);
  actors("actors");
  actors("targets");
  if (auto it = e.FindMember("date");
      it != e.MemberEnd() && !it->value.IsNull() && !it->value.IsString())
    problems << "date is neither null nor a string; ";
  return problems.str();
}

TEST(KcatInterop, KcatProducedArticlesYieldEventsKcatCanRead) {
  NEWSWIRE_REQUIRE_BROKER();
  constexpr int kArticles = 20;
  const std::string prefix = UniqueName("kcat");
  Admin admin(Bootstrap());
  const PipelineTopics topics = CreatePipelineTopics(admin, 3);
  TempDir dir;

  std::string lines;
  std::set<std::string> article_ids;
  for (int i = 0; i < kArticles; ++i) {
    const std::string id = prefix + "-" + std::to_string(i);
    article_ids.insert(id);
    lines += id + "\t" + MakeArticleJson(id, i) + "\n";
  }
  const std::multiset<std::string> expected =
      ExpectedEventIds(dir, MakeArticles(prefix, 0, kArticles));
  ASSERT_FALSE(expected.empty()) << "`newswire extract` found no event in the test articles";

  ProcessResult produce = RunProgram(
      {"kcat", "-P", "-b", Bootstrap(), "-t", topics.input, "-K", "\t", "-H", "origin=kcat"},
      dir.Write("articles.tsv", lines), 60s);
  ASSERT_EQ(produce.exit_code, 0) << "kcat -P failed: " << produce.err;

  // The broker comes from the environment override, not the file: with no
  // bootstrap servers at all newswire would run on its embedded mock cluster
  // and kcat would read nothing.
  DaemonOptions options = OptionsFor(topics, UniqueName("group"), "at_least_once");
  options.bootstrap.clear();
  options.env.push_back("NEWSWIRE__KAFKA__BOOTSTRAP_SERVERS=" + Bootstrap());
  Daemon daemon(dir, "daemon", options);
  daemon.Start();

  // kcat -e stops at the end of the partitions: re-run it until every
  // expected event is there.
  ProcessResult consume;
  std::vector<std::string> envelopes;
  const auto deadline = Clock::now() + 60s;
  for (;;) {
    consume = RunProgram({"kcat", "-C", "-b", Bootstrap(), "-t", topics.events, "-o", "beginning",
                          "-e", "-J", "-q", "-X", "isolation.level=read_committed"},
                         "", 30s);
    ASSERT_EQ(consume.exit_code, 0) << "kcat -C failed: " << consume.err;
    envelopes.clear();
    std::istringstream in(consume.out);
    for (std::string line; std::getline(in, line);)
      if (!line.empty()) envelopes.push_back(line);
    if (envelopes.size() >= expected.size() || Clock::now() >= deadline) break;
    std::this_thread::sleep_for(1s);
  }
  ASSERT_GE(envelopes.size(), expected.size())
      << "kcat read " << envelopes.size() << " events, expected " << expected.size() << "\n"
      << daemon.LogTail();

  std::multiset<std::string> got;
  for (const auto& line : envelopes) {
    SCOPED_TRACE(line.substr(0, 300));
    rapidjson::Document envelope;
    envelope.Parse(line.c_str(), line.size());
    ASSERT_FALSE(envelope.HasParseError()) << "kcat's envelope is not JSON";
    ASSERT_TRUE(envelope.HasMember("payload") && envelope["payload"].IsString());
    EXPECT_EQ(EnvelopeHeader(envelope, "content-type"), "application/json");
    EXPECT_EQ(EnvelopeHeader(envelope, "schema"), "newswire.v1.Event");
    EXPECT_EQ(EnvelopeHeader(envelope, "schema-version"), "1");
    rapidjson::Document event;
    event.Parse(envelope["payload"].GetString(), envelope["payload"].GetStringLength());
    ASSERT_FALSE(event.HasParseError()) << "the event payload is not JSON";
    ASSERT_TRUE(event.IsObject());
    EXPECT_EQ(CheckEvent(event, article_ids), "");
    if (event.HasMember("event_id") && event["event_id"].IsString())
      got.insert(event["event_id"].GetString());
  }
  // At least once: every expected event, nothing else (duplicates allowed).
  EXPECT_EQ(std::set<std::string>(got.begin(), got.end()),
            std::set<std::string>(expected.begin(), expected.end()));
  EXPECT_EQ(daemon.Stop(), 0) << daemon.LogTail();
}

}  // namespace
}  // namespace newswire::realkafka
