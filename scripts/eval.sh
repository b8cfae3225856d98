#!/usr/bin/env bash
# Scores the extraction engine on every corpus of tests/corpus/ (tuning sets
# gold*.jsonl, paradigm files paradigms*.jsonl, wire-style probes wire-*.jsonl,
# held-out sets holdout*.jsonl)
# and, if present, on the user's seed set (../shared/eval/dev.jsonl relative to the repository). Prints
# score.py's table for each; the last line of each is "F1 x P p R r".
# Only the tuning sets may be read with -v while writing rules: the held-out
# sets measure whether the rules generalise (tests/corpus/README.md).
#   scripts/eval.sh            scripts/eval.sh -v   (MISS/EXTRA lines)
#   BUILD_DIR=build-engine scripts/eval.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
JOBS=${JOBS:-2}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD_DIR" --target newswire -j "$JOBS" >/dev/null
for gold in tests/corpus/gold*.jsonl tests/corpus/paradigms*.jsonl tests/corpus/wire-*.jsonl tests/corpus/holdout*.jsonl ../shared/eval/dev.jsonl; do
  if [[ ! -f "$gold" ]]; then
    echo "== $gold: absent, skipped"
    continue
  fi
  echo "== $gold"
  "$BUILD_DIR/bin/newswire" eval --configs configs "$gold" "$@"
done
