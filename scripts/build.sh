#!/usr/bin/env bash
# Builds newswire (Release by default) into build/; executables in build/bin/.
#   BUILD_TYPE=Debug scripts/build.sh      JOBS=4 scripts/build.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
BUILD_DIR=${BUILD_DIR:-build}
BUILD_TYPE=${BUILD_TYPE:-Release}
JOBS=${JOBS:-$(nproc)}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" "$@" >/dev/null
cmake --build "$BUILD_DIR" -j "$JOBS"
