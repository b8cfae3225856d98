// common/log: JSON lines, levels, secret redaction.
#include "common/log.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <string>
#include <vector>

namespace newswire::log {
namespace {

class LogTest : public ::testing::Test {
 protected:
  void SetUp() override {
    SetSink([this](std::string_view line) { lines_.emplace_back(line); });
    SetLevel(Level::kInfo);
  }
  void TearDown() override {
    SetSink(nullptr);
    SetLevel(Level::kInfo);
  }
  std::vector<std::string> lines_;
};

TEST_F(LogTest, WritesOneJsonObjectPerLine) {
  Info("partitions assigned", {{"topic", "news.articles"}, {"quote", "a \"b\"\n"}});
  ASSERT_EQ(lines_.size(), 1u);
  EXPECT_EQ(lines_[0].find('\n'), std::string::npos);
  rapidjson::Document d;
  d.Parse(lines_[0].c_str());
  ASSERT_FALSE(d.HasParseError()) << lines_[0];
  EXPECT_STREQ(d["level"].GetString(), "info");
  EXPECT_STREQ(d["msg"].GetString(), "partitions assigned");
  EXPECT_STREQ(d["topic"].GetString(), "news.articles");
  EXPECT_STREQ(d["quote"].GetString(), "a \"b\"\n");
  EXPECT_EQ(std::string(d["ts"].GetString()).size(), 24u);  // 2026-01-01T00:00:00.000Z
}

TEST_F(LogTest, LevelsFilter) {
  Debug("hidden");
  Warn("shown");
  SetLevel(Level::kError);
  Warn("hidden too");
  Error("shown too");
  ASSERT_EQ(lines_.size(), 2u);
  EXPECT_NE(lines_[0].find("\"warn\""), std::string::npos);
  EXPECT_NE(lines_[1].find("\"error\""), std::string::npos);
}

TEST_F(LogTest, ParseLevel) {
  Level l;
  EXPECT_TRUE(ParseLevel("DEBUG", &l));
  EXPECT_EQ(l, Level::kDebug);
  EXPECT_TRUE(ParseLevel("warning", &l));
  EXPECT_EQ(l, Level::kWarn);
  EXPECT_FALSE(ParseLevel("loud", &l));
}

TEST_F(LogTest, SecretsAreRedacted) {
  Info("config", {{"sasl.password", "hunter2"},
                  {"kafka.consumer.ssl.key.password", "k"},
                  {"api_token", "t0k"},
                  {"client_secret", "s"},
                  {"sasl.username", "bob"},
                  {"topic", "news"}});
  ASSERT_EQ(lines_.size(), 1u);
  for (const char* secret : {"hunter2", "\"k\"", "t0k", "\"s\"", "bob"}) {
    EXPECT_EQ(lines_[0].find(secret), std::string::npos) << secret << " in " << lines_[0];
  }
  EXPECT_NE(lines_[0].find("\"topic\":\"news\""), std::string::npos);
  EXPECT_TRUE(IsSecretKey("SASL.PASSWORD"));
  EXPECT_TRUE(IsSecretKey("ssl.keystore.password"));
  EXPECT_FALSE(IsSecretKey("ssl.ca.location"));
  EXPECT_FALSE(IsSecretKey("bootstrap.servers"));
  EXPECT_EQ(Redact("password", ""), "");  // nothing to hide
}

}  // namespace
}  // namespace newswire::log
