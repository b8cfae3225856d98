// One input record -> the records to produce for it. Pure (no Kafka, no
// clock of its own), so the whole per-record behaviour is unit-testable:
//   decode -> Engine::Extract -> ids -> encode -> route,
// or, for a record that cannot be processed, one dead-letter record.
//
// Threading: Transform() may run on any number of worker threads at once;
// the context is read-only.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "codec/event_encoder.h"
#include "extract/engine.h"
#include "kafka/client.h"
#include "pipeline/router.h"

namespace newswire::pipeline {

struct OutputTopics {
  std::string events;
  std::string enriched;
  std::string dlq;
};

struct TransformContext {
  const extract::Engine* engine = nullptr;
  const Router* router = nullptr;
  codec::Format format = codec::Format::kJson;
  size_t max_article_bytes = 1 << 20;
  OutputTopics topics;
};

struct ProducedEvent {
  std::string type;
  std::string lang;
};

struct Outcome {
  std::vector<kafka::OutRecord> outputs;  // in produce order; never empty
  bool dead_lettered = false;
  std::string dlq_reason;             // codec::ReasonName when dead_lettered
  std::vector<ProducedEvent> events;  // for metrics: one per event record
  double processing_seconds = 0;      // decode+extract+encode wall time
};

// Header names of dead-letter records (Kafka Connect's vocabulary).
inline constexpr const char* kErrTopic = "__connect.errors.topic";
inline constexpr const char* kErrPartition = "__connect.errors.partition";
inline constexpr const char* kErrOffset = "__connect.errors.offset";
inline constexpr const char* kErrClass = "__connect.errors.exception.class.name";
inline constexpr const char* kErrMessage = "__connect.errors.exception.message";
inline constexpr const char* kErrTimestamp = "__connect.errors.timestamp";

// The dead-letter copy of `record`: same key, value and headers, plus the
// __connect.errors.* headers. `now_ms` is the epoch time written to
// __connect.errors.timestamp.
kafka::OutRecord DeadLetter(const kafka::Record& record, const std::string& dlq_topic,
                            std::string_view reason, const std::string& detail, int64_t now_ms);

// Never throws: an exception from the engine or encoder dead-letters the
// record as processing_error.
Outcome Transform(const kafka::Record& record, const TransformContext& ctx, int64_t now_ms);

}  // namespace newswire::pipeline
