#!/usr/bin/env bash
# Builds newswire with AddressSanitizer + UndefinedBehaviorSanitizer (and
# libstdc++ assertions) into build-asan/ and runs, under them:
#   1. unit_tests and corpus_tests,
#   2. `newswire extract` over every tests/corpus/*.jsonl,
#   3. every fuzz target's replay driver over its seed corpus (tests/fuzz/).
# Any sanitizer report stops the run (halt_on_error) and fails the script.
# LeakSanitizer is on where the kernel lets it work (it needs ptrace; some
# containers forbid it, then leaks are not checked and the script says so).
#   BUILD_DIR=build-asan JOBS=1 SANITIZE=address,undefined scripts/sanitize.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build-asan}
JOBS=${JOBS:-1}
SANITIZE=${SANITIZE:-address,undefined}
export NEWSWIRE_SOURCE_DIR=$PWD

# Debug keeps asserts; -O1 keeps the corpus run fast enough.
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" -DCMAKE_C_FLAGS_DEBUG="-O1 -g" \
  -DCMAKE_CXX_FLAGS="-D_GLIBCXX_ASSERTIONS" \
  -DNEWSWIRE_SANITIZE="$SANITIZE" >/dev/null
FUZZ_REPLAYS=()
for t in extract decoder config lexicon gazetteer; do FUZZ_REPLAYS+=("fuzz_${t}_replay"); done
cmake --build "$BUILD_DIR" -j "$JOBS" --target unit_tests corpus_tests newswire "${FUZZ_REPLAYS[@]}"

asan_common="halt_on_error=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
leaks=1
probe=$(ASAN_OPTIONS="$asan_common:detect_leaks=1" "$BUILD_DIR/bin/newswire" --help 2>&1 >/dev/null || true)
if grep -q "LeakSanitizer has encountered a fatal error\|LeakSanitizer does not work" <<<"$probe"; then
  echo "sanitize.sh: LeakSanitizer cannot run here (ptrace not permitted): leaks not checked"
  leaks=0
fi
export ASAN_OPTIONS="$asan_common:detect_leaks=$leaks"
echo "sanitize.sh: ASAN_OPTIONS=$ASAN_OPTIONS"

status=0
step() {
  local name=$1
  shift
  echo "== $name"
  if "$@"; then
    echo "== $name: ok"
  else
    echo "== $name: FAILED (exit $?)"
    status=1
  fi
}
step unit_tests "$BUILD_DIR/bin/unit_tests" --gtest_brief=1
step corpus_tests "$BUILD_DIR/bin/corpus_tests" --gtest_brief=1
# Corpus lines are {"article": {...}, "events": [...]}: feed the articles.
articles=$(mktemp)
trap 'rm -f "$articles"' EXIT
for f in tests/corpus/*.jsonl; do
  python3 -c 'import json, sys
for line in sys.stdin:
    if line.strip():
        print(json.dumps(json.loads(line)["article"], ensure_ascii=False))' <"$f" >"$articles"
  step "newswire extract $f ($(wc -l <"$articles") articles)" sh -c \
    '"$1" extract --configs configs "$2" >/dev/null' _ "$BUILD_DIR/bin/newswire" "$articles"
done
# The replay drivers name every input; show only the last lines unless it fails.
replay() {
  local log
  log=$(mktemp)
  if "$BUILD_DIR/bin/fuzz_$1_replay" "tests/fuzz/corpus/$1" >"$log" 2>&1; then
    tail -1 "$log"
    rm -f "$log"
  else
    local rc=$?
    tail -60 "$log" | cut -c1-300
    rm -f "$log"
    return $rc
  fi
}
for t in extract decoder config lexicon gazetteer; do
  step "fuzz replay $t" replay "$t"
done
[ $status -eq 0 ] && echo "sanitize.sh: all clean" || echo "sanitize.sh: FAILURES above"
exit $status
