// Encoding of extraction results for the output topics, in one of two
// formats of the same schema (proto/newswire/v1/newswire.proto):
//   kJson      the proto3 JSON mapping with the proto field names kept
//              (snake_case); every field is written, `date` is null when
//              absent; non-finite doubles as "NaN"/"Infinity"/"-Infinity".
//   kProtobuf  the binary wire format (newswire.v1.Event / ArticleAnalysis).
//
// Threading: pure functions, safe from any thread.
#pragma once

#include <string>
#include <string_view>

#include "extract/types.h"

namespace newswire::codec {

enum class Format { kJson, kProtobuf };

// "json" | "protobuf". False if unknown.
bool ParseFormat(std::string_view name, Format* format);
std::string_view FormatName(Format format);

// Header values for produced records.
std::string_view ContentType(Format format);  // application/json | application/x-protobuf
inline constexpr std::string_view kEventSchema = "newswire.v1.Event";
inline constexpr std::string_view kAnalysisSchema = "newswire.v1.ArticleAnalysis";
inline constexpr std::string_view kSchemaVersion = "1";

// Invalid UTF-8 inside string fields is replaced by U+FFFD in both formats,
// so the output is always valid JSON / a parseable proto3 message.
std::string EncodeEvent(const extract::Event& event, Format format);
std::string EncodeAnalysis(const extract::ArticleAnalysis& analysis, Format format);

// Deterministic event id: "ev-" + 16 hex digits of a 64-bit FNV-1a hash of
// (article id, type, evidence offsets, trigger). Same input, same id, on any
// machine and run.
std::string DeterministicEventId(const extract::Event& event);

// Fills every empty event_id (and article_id) of `extraction` for the article
// `article_id`, making ids unique within the article (a repeated hash gets a
// "-<n>" suffix), and sets analysis.article_id / analysis.event_ids to match.
// Ids already set by the engine are kept.
void FinalizeExtraction(const std::string& article_id, extract::Extraction& extraction);

}  // namespace newswire::codec
