#!/usr/bin/env bash
# Installs the Debian packages newswire needs to build, test and demo.
# Idempotent: does nothing when everything is already installed.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  librdkafka-dev rapidjson-dev libicu-dev libcld2-dev
  prometheus-cpp-dev libcivetweb-dev libyaml-cpp-dev
  protobuf-compiler libprotobuf-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libgoogle-perftools-dev
  kcat python3 python3-yaml curl
  openjdk-17-jre-headless maven
  prometheus prometheus-alertmanager yamllint clang-format
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "bootstrap: installing ${missing[*]}" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
# Debian's prometheus packages start services where systemd runs; the tests
# start their own instances on free ports, so leave any system ones alone.
