#!/usr/bin/env bash
# Runs one libFuzzer target for a while (tests/fuzz/README.md):
#   scripts/fuzz.sh TARGET [SECONDS]       TARGET: extract decoder config lexicon gazetteer
# Builds build-fuzz/ with clang (-fsanitize=fuzzer,address,undefined) when
# needed, starts from the committed seeds (tests/fuzz/corpus/TARGET, read
# only) plus the working corpus build-fuzz/corpus/TARGET (new inputs go
# there), and writes crashes to build-fuzz/crashes/TARGET/. Needs clang-14 and
# libclang-rt-14-dev (Debian; not needed by build.sh/test.sh). Warnings are
# not errors there: -Werror is tuned for gcc, clang warns differently.
#   BUILD_DIR=build-fuzz JOBS=1 FUZZ_ARGS="-max_len=65536" scripts/fuzz.sh extract 300
set -euo pipefail
cd "$(dirname "$0")/.."
TARGETS="extract decoder config lexicon gazetteer"
target=${1:-}
seconds=${2:-60}
if [ -z "$target" ] || ! grep -qw -- "$target" <<<"$TARGETS"; then
  echo "usage: scripts/fuzz.sh TARGET [SECONDS]   (TARGET: $TARGETS)" >&2
  exit 2
fi
BUILD_DIR=${BUILD_DIR:-build-fuzz}
JOBS=${JOBS:-1}
CLANG=${CLANG:-clang-14}
if ! command -v "$CLANG" >/dev/null || ! command -v "${CLANG/clang/clang++}" >/dev/null; then
  echo "scripts/fuzz.sh: needs $CLANG with libFuzzer: apt-get install clang-14 libclang-rt-14-dev" >&2
  exit 2
fi
export NEWSWIRE_SOURCE_DIR=$PWD
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  CC=$CLANG CXX=${CLANG/clang/clang++} cmake -S . -B "$BUILD_DIR" -G Ninja \
    -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" -DCMAKE_C_FLAGS_DEBUG="-O1 -g" \
    -DCMAKE_CXX_FLAGS="-D_GLIBCXX_ASSERTIONS" \
    -DNEWSWIRE_WERROR=OFF -DNEWSWIRE_SANITIZE=address,undefined -DNEWSWIRE_FUZZ=ON >/dev/null
fi
cmake --build "$BUILD_DIR" -j "$JOBS" --target "fuzz_$target"

work="$BUILD_DIR/corpus/$target"
crashes="$BUILD_DIR/crashes/$target"
mkdir -p "$work" "$crashes"
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:abort_on_error=1:detect_leaks=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
# -rss_limit_mb: the engine holds its lexicons and gazetteer (~200 MB under ASan).
# -max_len: mutate inputs up to 64 KiB (the 4 MiB seeds are replayed in full by
# ctest; as fuzzing inputs they would only slow it down). FUZZ_ARGS overrides.
# shellcheck disable=SC2086
exec "$BUILD_DIR/bin/fuzz_$target" -max_total_time="$seconds" -rss_limit_mb=4096 \
  -timeout=30 -max_len=65536 -print_final_stats=1 -artifact_prefix="$crashes/" ${FUZZ_ARGS:-} \
  "$work" "tests/fuzz/corpus/$target"
