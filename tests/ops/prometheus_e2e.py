"""End to end with the real Prometheus server: start a newswire metrics
endpoint, start Prometheus (free port, temporary storage, 1 s scrape
interval, deploy/prometheus/alerts.yml loaded), wait for a scrape, and query
Prometheus' HTTP API for the pipeline's series.

usage: prometheus_e2e.py PROMETHEUS fixture|daemon [PROMTOOL]
  fixture  newswire_metrics_fixture (HttpServer + PipelineMetrics)
  daemon   `newswire run --embedded-kafka` with metrics.listen on a free port
           (exit 77 = skipped when the daemon is not built yet)
With PROMTOOL, the target's own /metrics also passes `promtool check metrics`."""

import json
import os
import subprocess
import sys
import tempfile
import urllib.parse

from opslib import Checker, Daemon, Fixture, deploy, fail, free_port, http_get, wait_until


def query(prom_url, promql):
    status, body = http_get(prom_url + "/api/v1/query?" + urllib.parse.urlencode({"query": promql}))
    if status != 200:
        return []
    return json.loads(body)["data"]["result"]


def main():
    prometheus_bin, mode = sys.argv[1], sys.argv[2]
    c = Checker(f"prometheus e2e ({mode})")
    with tempfile.TemporaryDirectory() as tmp:
        target = Fixture("--ready") if mode == "fixture" else Daemon(tmp)
        prom = None
        try:
            prom_port = free_port()
            prom_url = f"http://127.0.0.1:{prom_port}"
            config = os.path.join(tmp, "prometheus.yml")
            with open(config, "w", encoding="utf-8") as f:
                f.write(f"""global:
  scrape_interval: 1s
  evaluation_interval: 1s
rule_files:
  - {deploy('prometheus', 'alerts.yml')}
scrape_configs:
  - job_name: newswire
    static_configs:
      - targets: ["127.0.0.1:{target.port}"]
""")
            prom_log = open(os.path.join(tmp, "prometheus.log"), "w+", encoding="utf-8")
            prom = subprocess.Popen(
                [prometheus_bin, f"--config.file={config}",
                 f"--storage.tsdb.path={os.path.join(tmp, 'data')}",
                 f"--web.listen-address=127.0.0.1:{prom_port}", "--log.level=warn"],
                stdout=prom_log, stderr=subprocess.STDOUT)
            ready = wait_until(lambda: prom.poll() is not None or
                               http_get(prom_url + "/-/ready", timeout=1)[0] == 200, 60)
            if prom.poll() is not None or not ready:
                prom_log.seek(0)
                fail(f"prometheus did not become ready:\n{prom_log.read()[-3000:]}")

            if len(sys.argv) > 3:
                status, body = http_get(f"http://127.0.0.1:{target.port}/metrics")
                lint = subprocess.run([sys.argv[3], "check", "metrics"], input=body, text=True,
                                      capture_output=True)
                c.expect(status == 200 and lint.returncode == 0,
                         f"promtool check metrics on {mode}: {status}\n{lint.stdout}{lint.stderr}")

            build = wait_until(lambda: query(prom_url, "newswire_build_info"), 60, 0.5)
            if c.expect(build, "newswire_build_info never appeared in Prometheus"):
                labels = build[0]["metric"]
                c.expect(labels.get("job") == "newswire", f"job label: {labels}")
                c.expect(labels.get("version") and labels.get("revision"),
                         f"build labels: {labels}")
                c.expect(build[0]["value"][1] == "1", "newswire_build_info must be 1")
            up = query(prom_url, 'up{job="newswire"}')
            c.expect(up and up[0]["value"][1] == "1", f"up{{job=newswire}}: {up}")
            for family in ("newswire_articles_consumed_total", "newswire_ready",
                           "newswire_article_processing_seconds_count",
                           "process_resident_memory_bytes"):
                c.expect(query(prom_url, family), f"{family} not in Prometheus")
            if mode == "fixture":
                consumed = query(prom_url, "newswire_articles_consumed_total")
                c.expect(consumed and consumed[0]["value"][1] == "10",
                         f"articles consumed: {consumed}")
                lag = query(prom_url, 'sum(newswire_consumer_lag_messages{topic="news.articles"})')
                c.expect(lag and lag[0]["value"][1] == "50", f"lag: {lag}")
            status, body = http_get(prom_url + "/api/v1/rules")
            groups = json.loads(body)["data"]["groups"] if status == 200 else []
            rules = [r for g in groups for r in g["rules"]]
            c.expect(len(rules) >= 5 and all(r.get("health") != "err" for r in rules),
                     f"alert rules not loaded cleanly: {[r.get('lastError') for r in rules]}")
        finally:
            if prom is not None and prom.poll() is None:
                prom.terminate()
                prom.wait(timeout=30)
            if mode == "fixture":
                target.__exit__(None, None, None)
            else:
                target.stop()
    c.done()


if __name__ == "__main__":
    main()
