#!/usr/bin/env bash
# Builds Release and runs the engine benchmark: single-core extraction
# throughput on the gold corpus and, in the same run, the bare ICU pass
# (UTF-8 -> UTF-16, NFC, case folding, word + sentence BreakIterators) over
# the same text. Prints both rates and their ratio (engine / ICU): the
# headline in sentences/s as issue #3 defines it, and in bytes/s.
#   scripts/bench.sh           BUILD_DIR=build-engine scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
JOBS=${JOBS:-2}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD_DIR" --target engine_bench -j "$JOBS" >/dev/null
out=$(mktemp)
trap 'rm -f "$out"' EXIT
# One core: pin when taskset is available.
pin=()
command -v taskset >/dev/null && pin=(taskset -c 0)
"${pin[@]}" "$BUILD_DIR/bin/engine_bench" --benchmark_format=json --benchmark_out="$out" \
  --benchmark_out_format=json --benchmark_repetitions="${REPETITIONS:-3}" \
  --benchmark_report_aggregates_only=true >/dev/null
python3 - "$out" <<'PY'
import json, sys
runs = json.load(open(sys.argv[1]))["benchmarks"]
med = {r["run_name"]: r for r in runs if r.get("aggregate_name") == "median"}
eng = med["BM_EngineExtract/min_time:2.000"]
icu = med["BM_IcuReference/min_time:2.000"]
for name, r in (("engine", eng), ("bare ICU", icu)):
    print(f"{name:<9} {r['sentences_per_s']:>12,.0f} sentences/s  {r['articles_per_s']:>10,.0f} articles/s"
          f"  {r['bytes_per_second']/1e6:>7.1f} MB/s")
print(f"ratio engine/ICU (sentences/s): {eng['sentences_per_s']/icu['sentences_per_s']:.2f}"
      "   targets: >= 100,000 sentences/s and ratio >= 1.0")
# The two count sentences differently (the engine's splitter vs ICU's
# sentence BreakIterator over the same text); bytes/s compares the same work.
print(f"ratio engine/ICU (bytes/s):     {eng['bytes_per_second']/icu['bytes_per_second']:.2f}")
# Where the engine's time goes: each phase alone over the same corpus, as a
# share of one BM_EngineExtract pass (CPU time); the rest is the
# per-sentence analysis (mentions and gazetteer, clauses, triggers,
# participants, discourse, event output). Gazetteer is MatchAt at every word
# (an upper bound: the engine skips function and trigger words), part of
# the per-sentence analysis.
print("phases (CPU ms per corpus pass, share of the engine's):")
total = eng["cpu_time"]
for name in ("BM_PhaseMask", "BM_PhaseTokenize", "BM_PhaseLexicon", "BM_PhaseSentences",
             "BM_PhaseGazetteer"):
    r = med.get(name + "/min_time:1.000")
    if r:
        print(f"  {name[8:]:<10} {r['cpu_time']:>7.3f} ms  {100*r['cpu_time']/total:5.1f} %")
print(f"  {'engine':<10} {total:>7.3f} ms  (bare ICU {icu['cpu_time']:.3f} ms)")
PY
