"""Cross-checks the artefacts that query metrics against what the service
exports, so a renamed metric cannot silently break an alert or a panel:

  * every newswire_* / process_* name in deploy/prometheus/alerts.yml and
    deploy/grafana/newswire.json is served by the real endpoint (fixture);
  * every dashboard query is valid PromQL (promtool check rules on a
    generated rule file, after substituting Grafana's variables);
  * every alert has for:, a routed severity, summary and description, and a
    test case in alerts_test.yml.

usage: check_metric_names.py PROMTOOL"""

import json
import os
import re
import subprocess
import sys
import tempfile

from opslib import Checker, Fixture, deploy, http_get, load_yaml

NAME = re.compile(r"\b((?:newswire|process)_[a-z0-9_]+)\b")
SEVERITIES = {"critical", "warning"}  # routed by deploy/alertmanager/alertmanager.yml


def served_names():
    with Fixture("--ready") as fx:
        status, body = http_get(fx.url + "/metrics")
        if status != 200:
            print(f"FAIL: /metrics answered {status}", file=sys.stderr)
            sys.exit(1)
    names = set()
    for line in body.splitlines():
        if line and not line.startswith("#"):
            names.add(re.match(r"[a-zA-Z_:][a-zA-Z0-9_:]*", line).group(0))
    return names


def grafana_exprs(dashboard):
    def walk(panels):
        for p in panels:
            for t in p.get("targets", []):
                if t.get("expr"):
                    yield p.get("title", "?"), t["expr"]
            yield from walk(p.get("panels", []))
    yield from walk(dashboard.get("panels", []))
    for a in dashboard.get("annotations", {}).get("list", []):
        if a.get("expr"):
            yield "annotation " + a.get("name", "?"), a["expr"]
    for v in dashboard.get("templating", {}).get("list", []):
        q = v.get("query")
        if isinstance(q, dict):
            q = q.get("query")
        if isinstance(q, str) and q.startswith("label_values("):
            inner = q[len("label_values("):].rsplit(",", 1)[0]
            yield "variable " + v["name"], inner


def main():
    promtool = sys.argv[1]
    c = Checker("metric names")
    served = served_names()
    c.expect(len(served) > 20, f"only {len(served)} series names served")

    rules = load_yaml(deploy("prometheus", "alerts.yml"))
    tests = load_yaml(deploy("prometheus", "alerts_test.yml"))
    tested = {t["alertname"] for case in tests["tests"] for t in case.get("alert_rule_test", [])}
    alerts = [r for g in rules["groups"] for r in g["rules"] if "alert" in r]
    c.expect(len(alerts) >= 5, "fewer than 5 alerts")
    for r in alerts:
        a = r["alert"]
        c.expect(r.get("for"), f"alert {a}: no for: duration")
        c.expect(r.get("labels", {}).get("severity") in SEVERITIES,
                 f"alert {a}: severity must be one of {sorted(SEVERITIES)}")
        ann = r.get("annotations", {})
        c.expect(ann.get("summary") and ann.get("description"),
                 f"alert {a}: summary and description required")
        c.expect(a in tested, f"alert {a}: no case in alerts_test.yml")
        for name in NAME.findall(r["expr"]):
            c.expect(name in served, f"alert {a}: {name} is not served by /metrics")

    dashboard = json.load(open(deploy("grafana", "newswire.json"), encoding="utf-8"))
    c.expect(dashboard.get("uid") and dashboard.get("title"), "dashboard needs uid and title")
    exprs = list(grafana_exprs(dashboard))
    c.expect(len(exprs) >= 15, f"only {len(exprs)} dashboard queries")
    for title, expr in exprs:
        for name in NAME.findall(expr):
            c.expect(name in served, f"panel '{title}': {name} is not served by /metrics")

    # Grafana variables -> values PromQL accepts, then let promtool parse.
    rule_file = {"groups": [{"name": "dashboard", "rules": [
        {"record": f"dashboard:query{i}",
         "expr": e.replace("$__rate_interval", "5m").replace("$instance", ".*")}
        for i, (_, e) in enumerate(exprs)]}]}
    with tempfile.NamedTemporaryFile("w", suffix=".yml", delete=False) as f:
        json.dump(rule_file, f)  # JSON is YAML
    try:
        r = subprocess.run([promtool, "check", "rules", f.name], capture_output=True, text=True)
        c.expect(r.returncode == 0, f"dashboard PromQL does not parse:\n{r.stdout}{r.stderr}")
    finally:
        os.unlink(f.name)
    c.done()


if __name__ == "__main__":
    main()
