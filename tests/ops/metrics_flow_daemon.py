"""The daemon's metrics move with real traffic: articles from the gold corpus
(tests/corpus/gold.jsonl) plus one malformed record are produced with kcat
into `newswire run --embedded-kafka`; then /metrics must show every article
consumed, events by type and language, one invalid_json dead letter, the
processing and end-to-end histograms observed, committed transactions and
consumer-lag series for the input topic that settle at 0.
usage: metrics_flow_daemon.py KCAT     (exit 77 = skipped: daemon not built)"""

import json
import os
import re
import subprocess
import sys
import tempfile

from opslib import Checker, Daemon, SOURCE_DIR, fail, http_get, wait_until

ARTICLES = 10


def series(body, name):
    """{labels-string: value} of one metric name."""
    out = {}
    for m in re.finditer(r"^%s(\{[^}]*\})? (\S+)$" % re.escape(name), body, re.M):
        out[m.group(1) or ""] = float(m.group(2))
    return out


def total(body, name):
    return sum(series(body, name).values())


def main():
    kcat = sys.argv[1]
    c = Checker("metrics flow")
    with tempfile.TemporaryDirectory() as tmp:
        d = Daemon(tmp)
        try:
            def bootstrap():
                d.log.flush()
                with open(d.log.name, encoding="utf-8") as f:
                    m = re.search(r"embedded kafka bootstrap: (\S+)", f.read())
                return m.group(1) if m else None

            servers = wait_until(bootstrap, 20)
            if not servers:
                fail("the daemon did not print its embedded bootstrap")
            c.expect(wait_until(lambda: http_get(d.url + "/readyz", timeout=2)[0] == 200, 60, 0.5),
                     "daemon never became ready")

            records = []
            with open(os.path.join(SOURCE_DIR, "tests/corpus/gold.jsonl"), encoding="utf-8") as f:
                for line in f:
                    if len(records) == ARTICLES:
                        break
                    records.append(json.dumps(json.loads(line)["article"], ensure_ascii=False))
            records.append("{this is not json")
            input_file = os.path.join(tmp, "articles.jsonl")
            with open(input_file, "w", encoding="utf-8") as f:
                f.write("\n".join(records) + "\n")
            r = subprocess.run([kcat, "-b", servers, "-t", "news.articles", "-P", "-l", input_file],
                               capture_output=True, text=True, timeout=60)
            c.expect(r.returncode == 0, f"kcat produce failed: {r.stderr}")

            def metrics():
                return http_get(d.url + "/metrics", timeout=2)[1]

            done = wait_until(
                lambda: total(metrics(), "newswire_articles_consumed_total") >= len(records) and
                total(metrics(), "newswire_transactions_committed_total") >= 1, 60, 0.5)
            body = metrics()
            c.expect(done, "articles not consumed/committed within 60 s: consumed="
                     f"{total(body, 'newswire_articles_consumed_total')}")
            c.expect(total(body, "newswire_articles_consumed_total") == len(records),
                     f"consumed {total(body, 'newswire_articles_consumed_total')} != {len(records)}")
            dlq = series(body, "newswire_dlq_records_total")
            c.expect(dlq.get('{reason="invalid_json"}') == 1, f"invalid_json dead letters: {dlq}")
            c.expect(sum(dlq.values()) == 1, f"only the malformed record is dead-lettered: {dlq}")
            events = {k: v for k, v in series(body, "newswire_events_produced_total").items() if v}
            c.expect(events, "no events counted")
            c.expect(not any('type="other"' in k for k in events), f"events of type other: {events}")
            print(f"events by type and language: {events}")
            c.expect(total(body, "newswire_analyses_produced_total") == ARTICLES,
                     "one analysis per valid article")
            c.expect(total(body, "newswire_article_processing_seconds_count") >= ARTICLES,
                     "processing histogram not observed")
            # Observed when a transaction's events are delivered, which can
            # trail the consumed/committed counters: wait for all of them,
            # not for the first observation.
            e2e = wait_until(
                lambda: (n := total(metrics(), "newswire_end_to_end_latency_seconds_count")) >=
                ARTICLES and n, 20, 0.5)
            e2e = e2e or total(metrics(), "newswire_end_to_end_latency_seconds_count")
            c.expect(e2e and e2e >= ARTICLES,
                     f"end-to-end histogram observed {e2e} times for {ARTICLES} articles")
            lag = wait_until(lambda: series(metrics(), "newswire_consumer_lag_messages"), 20, 0.5)
            c.expect(lag and all('topic="news.articles"' in k for k in lag),
                     f"consumer lag series for news.articles: {lag}")
            # Everything was consumed, so the lag settles at 0 (under
            # exactly-once, where librdkafka's consumer_lag is unusable).
            c.expect(wait_until(lambda: series(metrics(), "newswire_consumer_lag_messages") and
                                sum(series(metrics(), "newswire_consumer_lag_messages").values())
                                == 0, 20, 0.5),
                     f"lag did not settle at 0: {series(metrics(), 'newswire_consumer_lag_messages')}")
        finally:
            if c.errors:
                d.log.seek(0)
                print(d.log.read()[-4000:])
            d.stop()
    c.done()


if __name__ == "__main__":
    main()
