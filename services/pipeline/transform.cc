#include "pipeline/transform.h"

#include <chrono>
#include <exception>

#include "codec/article_decoder.h"

namespace newswire::pipeline {
namespace {

std::vector<kafka::Header> OutputHeaders(codec::Format format, std::string_view schema) {
  return {{"content-type", std::string(codec::ContentType(format))},
          {"schema", std::string(schema)},
          {"schema-version", std::string(codec::kSchemaVersion)}};
}

}  // namespace

kafka::OutRecord DeadLetter(const kafka::Record& record, const std::string& dlq_topic,
                            std::string_view reason, const std::string& detail, int64_t now_ms) {
  kafka::OutRecord out;
  out.topic = dlq_topic;
  out.key = record.key;
  out.value = record.value;
  out.headers = record.headers;
  out.headers.push_back({kErrTopic, record.topic});
  out.headers.push_back({kErrPartition, std::to_string(record.partition)});
  out.headers.push_back({kErrOffset, std::to_string(record.offset)});
  out.headers.push_back({kErrClass, std::string(reason)});
  out.headers.push_back({kErrMessage, detail});
  out.headers.push_back({kErrTimestamp, std::to_string(now_ms)});
  return out;
}

Outcome Transform(const kafka::Record& record, const TransformContext& ctx, int64_t now_ms) {
  auto start = std::chrono::steady_clock::now();
  Outcome outcome;
  auto dead_letter = [&](codec::DecodeReason reason, const std::string& detail) {
    outcome = Outcome{};
    outcome.dead_lettered = true;
    outcome.dlq_reason = std::string(codec::ReasonName(reason));
    outcome.outputs.push_back(
        DeadLetter(record, ctx.topics.dlq, outcome.dlq_reason, detail, now_ms));
  };
  auto decoded = codec::DecodeArticle(record.value, ctx.max_article_bytes);
  if (!decoded.ok()) {
    dead_letter(decoded.error().reason, decoded.error().detail);
  } else {
    try {
      extract::Article& article = *decoded;
      extract::Extraction extraction = ctx.engine->Extract(article);
      codec::FinalizeExtraction(article.id, extraction);
      auto& analysis = extraction.analysis;
      if (analysis.source.empty()) analysis.source = article.source;
      if (analysis.published_at.empty()) analysis.published_at = article.published_at;
      // Key = article id: every output of an article lands in one partition
      // per topic, in order.
      std::optional<std::string> key = article.id;
      for (const auto& event : extraction.events) {
        std::string value = codec::EncodeEvent(event, ctx.format);
        auto headers = OutputHeaders(ctx.format, codec::kEventSchema);
        outcome.outputs.push_back({ctx.topics.events, key, value, headers});
        outcome.events.push_back({event.type, event.lang});
        for (const auto& topic : ctx.router->TopicsFor(event.type)) {
          outcome.outputs.push_back({topic, key, value, headers});
        }
      }
      outcome.outputs.push_back({ctx.topics.enriched, key,
                                 codec::EncodeAnalysis(analysis, ctx.format),
                                 OutputHeaders(ctx.format, codec::kAnalysisSchema)});
    } catch (const std::exception& e) {
      dead_letter(codec::DecodeReason::kProcessingError, e.what());
    } catch (...) {
      dead_letter(codec::DecodeReason::kProcessingError, "unknown exception");
    }
  }
  outcome.processing_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return outcome;
}

}  // namespace newswire::pipeline
