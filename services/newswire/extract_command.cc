// newswire extract: article JSON lines in, one event JSON per line out (the
// same JSON as on the events topic). Used by engine engineers to score.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include "codec/article_decoder.h"
#include "codec/event_encoder.h"
#include "extract/engine.h"
#include "newswire/commands.h"

namespace newswire::cli {
namespace {

constexpr const char* kHelp =
    "usage: newswire extract [--configs DIR] [--max-bytes N] [FILES...]\n"
    "\n"
    "Reads articles as JSON lines (from FILES, or stdin when none or '-') and\n"
    "writes one event per line on stdout as JSON, exactly as published on the\n"
    "events topic (each carries article_id). Blank lines are skipped. A bad\n"
    "line is reported on stderr with its file and line number and the rest is\n"
    "still processed; the exit code is then 1.\n"
    "\n"
    "  --configs DIR    gazetteer and lexicons (default: ./configs, or the\n"
    "                   checkout's configs/ next to build/bin)\n"
    "  --max-bytes N    reject larger lines as too_large (default 1048576)\n";

// Returns the number of bad lines.
int ProcessStream(std::istream& in, const std::string& name, const extract::Engine& engine,
                  size_t max_bytes) {
  int bad = 0;
  std::string line;
  for (int lineno = 1; std::getline(in, line); ++lineno) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto article = codec::DecodeArticle(line, max_bytes);
    if (!article.ok()) {
      ++bad;
      std::fprintf(stderr, "%s:%d: %s: %s\n", name.c_str(), lineno,
                   std::string(codec::ReasonName(article.error().reason)).c_str(),
                   article.error().detail.c_str());
      continue;
    }
    extract::Extraction extraction = engine.Extract(*article);
    codec::FinalizeExtraction(article->id, extraction);
    for (const auto& event : extraction.events) {
      std::string json = codec::EncodeEvent(event, codec::Format::kJson);
      json.push_back('\n');
      std::fwrite(json.data(), 1, json.size(), stdout);
    }
  }
  std::fflush(stdout);
  return bad;
}

}  // namespace

int ExtractCommand(const Args& args) {
  std::ios::sync_with_stdio(false);
  std::string configs = DefaultConfigsDir();
  size_t max_bytes = codec::kDefaultMaxArticleBytes;
  std::vector<std::string> files;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--help" || a == "-h") {
      std::fputs(kHelp, stdout);
      return 0;
    } else if (a == "--configs" && i + 1 < args.size()) {
      configs = args[++i];
    } else if (a == "--max-bytes" && i + 1 < args.size()) {
      try {
        max_bytes = std::stoull(args[++i]);
      } catch (const std::exception&) {
        std::fprintf(stderr, "newswire extract: --max-bytes needs a number\n");
        return 2;
      }
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      std::fprintf(stderr, "newswire extract: unknown option '%s'\n\n%s", a.c_str(), kHelp);
      return 2;
    } else {
      files.push_back(a);
    }
  }
  std::string error;
  std::unique_ptr<extract::Engine> engine = extract::Engine::Load(configs, &error);
  if (!engine) {
    std::fprintf(stderr, "newswire extract: cannot load engine from %s: %s\n", configs.c_str(),
                 error.c_str());
    return 1;
  }
  int bad = 0;
  if (files.empty()) files.push_back("-");
  for (const auto& f : files) {
    if (f == "-") {
      bad += ProcessStream(std::cin, "<stdin>", *engine, max_bytes);
      continue;
    }
    std::ifstream in(f, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "newswire extract: cannot open %s\n", f.c_str());
      ++bad;
      continue;
    }
    bad += ProcessStream(in, f, *engine, max_bytes);
  }
  return bad == 0 ? 0 : 1;
}

}  // namespace newswire::cli
