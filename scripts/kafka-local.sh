#!/usr/bin/env bash
# Runs a real single-node Apache Kafka 4.x broker (KRaft, combined broker and
# controller) on 127.0.0.1 for newswire's real-broker test tier.
#
#   scripts/kafka-local.sh start     start it (if not running); prints ONLY the
#                                    bootstrap address (127.0.0.1:PORT) on stdout
#   scripts/kafka-local.sh stop      stop the broker this script started, remove its data
#   scripts/kafka-local.sh restart   stop it keeping its data, start it again on
#                                    the same ports; prints the bootstrap address
#   scripts/kafka-local.sh status    "running 127.0.0.1:PORT pid N" (exit 0) or
#                                    "stopped" (exit 1)
#   scripts/kafka-local.sh log [N]   the last N (default 200) lines of the broker log
#
# The broker's jars come from Maven Central through deploy/kafka-local/pom.xml
# (mvn dependency:copy-dependencies, cached in ~/.m2 and in
# ${XDG_CACHE_HOME:-~/.cache}/newswire/kafka-local/lib-<pom hash>). The broker's
# state (pid, ports, config, data, log) lives in build/kafka-local/ of this
# checkout, or in $NEWSWIRE_KAFKA_LOCAL_DIR. Ports are free ones picked at
# the first start. Every command is idempotent and only ever signals the pid
# this script recorded, after checking it still is our broker.
#
# Environment: NEWSWIRE_KAFKA_LOCAL_DIR (state dir), NEWSWIRE_KAFKA_LOCAL_CACHE
# (jar cache dir), NEWSWIRE_KAFKA_HEAP (default -Xmx512m -Xms128m),
# NEWSWIRE_KAFKA_START_TIMEOUT (seconds, default 90), MAVEN_ARGS (extra mvn
# arguments, e.g. -Dmaven.repo.local=/tmp/m2).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DEPLOY=$ROOT/deploy/kafka-local
STATE=${NEWSWIRE_KAFKA_LOCAL_DIR:-$ROOT/build/kafka-local}
CACHE=${NEWSWIRE_KAFKA_LOCAL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/newswire/kafka-local}
HEAP=${NEWSWIRE_KAFKA_HEAP:--Xmx512m -Xms128m}
START_TIMEOUT=${NEWSWIRE_KAFKA_START_TIMEOUT:-90}
STOP_TIMEOUT=30

log() { echo "kafka-local: $*" >&2; }
die() {
  log "$*"
  exit 1
}

need() {
  command -v "$1" >/dev/null || die "$1 not found: $2"
}

# The classpath directory, built once per pom.xml content.
ensure_classpath() {
  need java "install a Java 17+ runtime (Debian: openjdk-17-jre-headless)"
  local hash lib tmp
  hash=$(sha256sum "$DEPLOY/pom.xml" | cut -c1-12)
  lib=$CACHE/lib-$hash
  mkdir -p "$CACHE"
  # The cache is shared by every checkout of this user: fill it under a lock.
  exec 8>"$CACHE/lock"
  flock -w 600 8 || die "another kafka-local.sh holds $CACHE/lock"
  if [ ! -f "$lib/.complete" ]; then
    need mvn "install Maven (Debian: maven) to fetch the Kafka jars"
    tmp=$(mktemp -d "$CACHE/tmp-lib.XXXXXX")
    log "fetching the Kafka broker classpath with Maven into $lib"
    # shellcheck disable=SC2086  # MAVEN_ARGS is a list of words
    if ! mvn -B -q -Dstyle.color=never -f "$DEPLOY/pom.xml" ${MAVEN_ARGS:-} dependency:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$tmp" >&2; then
      rm -rf "$tmp"
      die "mvn dependency:copy-dependencies failed (is Maven Central reachable?)"
    fi
    touch "$tmp/.complete"
    rm -rf "$lib"
    mv "$tmp" "$lib"
  fi
  exec 8>&-
  CLASSPATH_DIR=$lib
  set_java_args
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

read_pid() { cat "$STATE/broker.pid" 2>/dev/null || true; }

# True when $1 is a live process running kafka.Kafka on our state directory,
# so a recycled pid is never signalled.
is_our_broker() {
  local pid=$1
  [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q "kafka.Kafka $STATE/server.properties"
}

bootstrap() { echo "127.0.0.1:$(cat "$STATE/port")"; }

broker_answers() {
  local out
  out=$(timeout 10 kcat -b "$(bootstrap)" -L -m 5 2>/dev/null) || return 1
  grep -q "broker 1 at" <<<"$out"
}

# JAVA_ARGS: the JVM flags and classpath of the broker and its tools.
set_java_args() {
  local heap
  read -r -a heap <<<"$HEAP"
  JAVA_ARGS=("${heap[@]}" -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true
    -Dlog4j2.configurationFile="$DEPLOY/log4j2.properties" -Dkafka.logs.dir="$STATE/logs"
    -cp "$CLASSPATH_DIR/*")
}

render_config() {
  sed -e "s|@PORT@|$(cat "$STATE/port")|g" \
    -e "s|@CONTROLLER_PORT@|$(cat "$STATE/controller_port")|g" \
    -e "s|@DATA_DIR@|$STATE/data|g" "$DEPLOY/server.properties.in" >"$STATE/server.properties"
}

# Formats a fresh data directory with a new cluster id.
format_storage() {
  local cluster_id
  rm -rf "$STATE/data"
  cluster_id=$(java "${JAVA_ARGS[@]}" kafka.tools.StorageTool random-uuid 2>>"$STATE/logs/tools.log" | tail -1)
  [ -n "$cluster_id" ] || die "kafka-storage random-uuid failed (see $STATE/logs/tools.log)"
  java "${JAVA_ARGS[@]}" kafka.tools.StorageTool format \
    --config "$STATE/server.properties" --cluster-id "$cluster_id" >>"$STATE/logs/tools.log" 2>&1 ||
    die "kafka-storage format failed (see $STATE/logs/tools.log)"
}

# Launches the broker on the existing data and waits until it serves metadata.
launch_and_wait() {
  local pid deadline
  : >"$STATE/logs/stdout.log"
  # setsid: the broker outlives this script and its caller's process group;
  # 8>&- 9>&-: it must not inherit (and so hold) the locks.
  setsid java "${JAVA_ARGS[@]}" kafka.Kafka "$STATE/server.properties" \
    </dev/null >>"$STATE/logs/stdout.log" 2>&1 8>&- 9>&- &
  pid=$!
  echo "$pid" >"$STATE/broker.pid"
  deadline=$((SECONDS + START_TIMEOUT))
  while ! broker_answers; do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$STATE/broker.pid"
      die "the broker exited during start-up; see: scripts/kafka-local.sh log"
    fi
    if [ $SECONDS -ge $deadline ]; then
      terminate "$pid"
      die "the broker did not answer metadata requests within ${START_TIMEOUT}s; see: scripts/kafka-local.sh log"
    fi
    sleep 1
  done
  log "broker pid $pid serving on $(bootstrap)"
}

# SIGTERM (controlled shutdown), then SIGKILL after STOP_TIMEOUT seconds.
terminate() {
  local pid=$1 deadline
  is_our_broker "$pid" || return 0
  kill -TERM "$pid" 2>/dev/null || true
  deadline=$((SECONDS + STOP_TIMEOUT))
  while is_our_broker "$pid"; do
    if [ $SECONDS -ge $deadline ]; then
      log "broker pid $pid still running after ${STOP_TIMEOUT}s; SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 1
      break
    fi
    sleep 0.5
  done
  rm -f "$STATE/broker.pid"
}

cmd_start() {
  need kcat "install kcat (Debian: kcat)"
  need python3 "install python3"
  ensure_classpath
  if is_our_broker "$(read_pid)" && broker_answers; then
    bootstrap
    return 0
  fi
  terminate "$(read_pid)"
  mkdir -p "$STATE/logs"
  local port cport
  port=$(free_port)
  cport=$(free_port)
  while [ "$cport" = "$port" ]; do cport=$(free_port); done
  echo "$port" >"$STATE/port"
  echo "$cport" >"$STATE/controller_port"
  : >"$STATE/logs/server.log"
  : >"$STATE/logs/tools.log"
  render_config
  format_storage
  launch_and_wait
  bootstrap
}

cmd_restart() {
  if [ ! -f "$STATE/port" ] || [ ! -d "$STATE/data" ]; then
    die "no broker data to restart; use start"
  fi
  need kcat "install kcat (Debian: kcat)"
  ensure_classpath
  terminate "$(read_pid)"
  mkdir -p "$STATE/logs"
  render_config
  launch_and_wait
  bootstrap
}

cmd_stop() {
  local pid
  pid=$(read_pid)
  if is_our_broker "$pid"; then
    terminate "$pid"
    log "stopped broker pid $pid"
  fi
  rm -f "$STATE/broker.pid"
  rm -rf "$STATE/data"
}

cmd_status() {
  local pid
  pid=$(read_pid)
  if is_our_broker "$pid"; then
    echo "running $(bootstrap) pid $pid state $STATE"
    return 0
  fi
  echo "stopped (state $STATE)"
  return 1
}

cmd_log() {
  local lines=${1:-200} f
  for f in "$STATE/logs/tools.log" "$STATE/logs/stdout.log" "$STATE/logs/server.log"; do
    if [ -s "$f" ]; then
      echo "==> $f <=="
      tail -n "$lines" "$f"
    fi
  done
}

# One command at a time per state directory (two concurrent starts would
# race on the ports and the data directory).
with_lock() {
  mkdir -p "$STATE"
  exec 9>"$STATE/lock"
  flock -w 300 9 || die "another kafka-local.sh holds $STATE/lock"
  "$@"
}

case "${1:-}" in
  start) with_lock cmd_start ;;
  stop) with_lock cmd_stop ;;
  restart) with_lock cmd_restart ;;
  status) cmd_status ;;
  log) cmd_log "${2:-200}" ;;
  *)
    echo "usage: $0 start|stop|restart|status|log [lines]" >&2
    exit 2
    ;;
esac
