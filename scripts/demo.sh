#!/usr/bin/env bash
# The newswire demo, end to end in under a minute:
#   1. builds (scripts/build.sh, which bootstraps the Debian packages);
#   2. starts `newswire run --embedded-kafka` (librdkafka's in-process mock
#      cluster) with configs/newswire.yaml;
#   3. publishes configs/samples/*.jsonl to news.articles with kcat (key =
#      article id), including malformed records;
#   4. reads back news.events and news.articles.dlq and prints them readably;
#   5. stops the daemon with SIGTERM and shows it drain and exit cleanly.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
BUILD_DIR=$BUILD_DIR scripts/build.sh
BIN=$BUILD_DIR/bin/newswire

work=$(mktemp -d)
daemon_pid=""
cleanup() {
  if [ -n "$daemon_pid" ] && kill -0 "$daemon_pid" 2>/dev/null; then kill -TERM "$daemon_pid" || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "== starting newswire with an embedded Kafka"
NEWSWIRE__METRICS__LISTEN=${NEWSWIRE__METRICS__LISTEN:-127.0.0.1:0} \
  "$BIN" run --config configs/newswire.yaml --embedded-kafka 2>"$work/daemon.log" &
daemon_pid=$!
bootstrap=""
for _ in $(seq 100); do
  bootstrap=$(sed -n 's/^embedded kafka bootstrap: //p' "$work/daemon.log" | head -1)
  [ -n "$bootstrap" ] && break
  kill -0 "$daemon_pid" 2>/dev/null || { cat "$work/daemon.log"; exit 1; }
  sleep 0.1
done
[ -n "$bootstrap" ] || { echo "demo: the daemon did not start" >&2; cat "$work/daemon.log"; exit 1; }
for _ in $(seq 100); do
  grep -q '"msg":"pipeline running"' "$work/daemon.log" && break
  if ! kill -0 "$daemon_pid" 2>/dev/null; then
    echo "demo: the daemon exited during start-up:" >&2; grep -v '"librdkafka"' "$work/daemon.log" >&2; exit 1
  fi
  sleep 0.1
done
echo "   bootstrap $bootstrap (try: kcat -L -b $bootstrap)"

echo "== publishing configs/samples/*.jsonl to news.articles"
python3 - configs/samples/*.jsonl >"$work/input.tsv" <<'PY'
import json, sys
n = 0
for path in sys.argv[1:]:
    for i, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        try:
            key = str(json.loads(line).get("id"))
        except Exception:
            key = f"{path.rsplit('/', 1)[-1]}:{i}"
        print(f"{key}\t{line}")
        n += 1
print(f"   {n} records", file=sys.stderr)
PY
expected_in=$(wc -l <"$work/input.tsv")
kcat -P -b "$bootstrap" -t news.articles -K $'\t' -l "$work/input.tsv"

echo "== waiting for the pipeline"
deadline=$((SECONDS + 30))
while :; do
  done_n=$(kcat -C -b "$bootstrap" -t news.articles.enriched -e -q -f 'x\n' 2>/dev/null | wc -l)
  dlq_n=$(kcat -C -b "$bootstrap" -t news.articles.dlq -e -q -f 'x\n' 2>/dev/null | wc -l)
  [ $((done_n + dlq_n)) -ge "$expected_in" ] && break
  [ $SECONDS -ge $deadline ] && { echo "demo: timed out ($done_n analysed, $dlq_n dead-lettered)"; break; }
  sleep 0.5
done

cat >"$work/show.py" <<'PY'
import json, sys

def who(xs):
    return ",".join(sorted({a["country"] for a in xs})) or "-"

rows = [json.loads(l) for l in sys.stdin if l.strip()]
if sys.argv[1] == "events":
    rows.sort(key=lambda r: (r["key"], r["partition"], r["offset"]))
    for r in rows:
        e = json.loads(r["payload"])
        date = e["date"] or "-"
        print(f"  {e['article_id']:<12} {e['type']:<14} {who(e['actors']):>9} -> {who(e['targets']):<9}"
              f" {e['polarity']:<8} tone {e['tone']:+.2f}  date {date}")
        print(f"  {'':<12} evidence: \"{e['sentence'][:110]}\"")
    print(f"  ({len(rows)} events)")
else:
    for r in rows:
        h = r.get("headers") or {}
        if isinstance(h, list):  # older kcat: [k, v, k, v, ...]
            h = dict(zip(h[::2], h[1::2]))
        print(f"  key {r['key']}: {h.get('__connect.errors.exception.class.name')}:"
              f" {h.get('__connect.errors.exception.message')}")
        print(f"    from {h.get('__connect.errors.topic')}[{h.get('__connect.errors.partition')}]"
              f"@{h.get('__connect.errors.offset')}, value byte for byte: {r['payload'][:60]!r}")
    print(f"  ({len(rows)} dead letters)")
PY
echo "== news.events"
kcat -C -b "$bootstrap" -t news.events -e -q -J -X isolation.level=read_committed |
  python3 "$work/show.py" events

echo "== news.articles.dlq"
kcat -C -b "$bootstrap" -t news.articles.dlq -e -q -J | python3 "$work/show.py" dlq

echo "== stopping newswire (SIGTERM)"
kill -TERM "$daemon_pid"
rc=0
wait "$daemon_pid" || rc=$?
daemon_pid=""
grep -E '"msg":"(signal received|draining|partitions revoked|pipeline stopped|newswire exiting)' "$work/daemon.log" | sed 's/^/   /'
echo "== newswire exited with code $rc"
exit $rc
