"""Structure of deploy/docker-compose.yml (Docker is not available to run it):
the four services and how they are wired — Kafka in KRaft mode, newswire
built from deploy/Dockerfile pointing at Kafka with its metrics port
published, Prometheus loading prometheus.yml + alerts.yml and scraping
newswire on that port, Alertmanager with alertmanager.yml and addressed by
Prometheus; every mounted host path exists."""

import os
import re
import subprocess

from opslib import Checker, SOURCE_DIR, deploy, load_yaml


def main():
    c = Checker("docker-compose.yml")
    compose = load_yaml(deploy("docker-compose.yml"))
    services = compose.get("services", {})
    for name in ("kafka", "newswire", "prometheus", "alertmanager"):
        c.expect(name in services, f"service {name} missing")
    if c.errors:
        c.done()

    kafka = services["kafka"]
    kenv = kafka.get("environment", {})
    c.expect(re.match(r"apache/kafka:4\.", kafka.get("image", "")),
             "kafka must use the apache/kafka:4.x image")
    c.expect("controller" in kenv.get("KAFKA_PROCESS_ROLES", "") and
             "broker" in kenv.get("KAFKA_PROCESS_ROLES", ""),
             "kafka must run KRaft (process.roles broker,controller)")
    c.expect(kenv.get("KAFKA_CONTROLLER_QUORUM_VOTERS"), "KRaft needs controller.quorum.voters")
    c.expect(not any(k.startswith("KAFKA_ZOOKEEPER") for k in kenv), "no ZooKeeper in KRaft mode")
    c.expect(kenv.get("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR") == "1",
             "a single broker needs transaction.state.log.replication.factor=1 (exactly-once)")
    c.expect("PLAINTEXT://kafka:9092" in kenv.get("KAFKA_ADVERTISED_LISTENERS", ""),
             "kafka must advertise kafka:9092 to the other containers")
    c.expect("healthcheck" in kafka, "kafka needs a healthcheck (newswire waits on it)")

    nw = services["newswire"]
    build = nw.get("build", {})
    context = os.path.normpath(os.path.join(deploy(), build.get("context", ".")))
    dockerfile = os.path.join(context, build.get("dockerfile", "Dockerfile"))
    c.expect(os.path.isfile(dockerfile), f"newswire build dockerfile {dockerfile} missing")
    c.expect(os.path.isdir(os.path.join(context, "services")),
             "newswire build context must be the repository root")
    env = nw.get("environment", {})
    c.expect(env.get("NEWSWIRE__KAFKA__BOOTSTRAP_SERVERS") == "kafka:9092",
             "newswire must reach kafka:9092 (NEWSWIRE__KAFKA__BOOTSTRAP_SERVERS)")
    deps = nw.get("depends_on", {})
    c.expect(deps.get("kafka", {}).get("condition") == "service_healthy",
             "newswire must wait for a healthy kafka")
    c.expect("9464:9464" in nw.get("ports", []), "newswire must publish 9464 (metrics)")
    hc = nw.get("healthcheck", {}).get("test", [])
    c.expect(any("/healthz" in str(x) for x in hc), "newswire healthcheck must probe /healthz")
    grace = str(nw.get("stop_grace_period", "10s"))
    c.expect(grace.endswith("s") and int(grace[:-1]) > 10,
             "stop_grace_period must exceed shutdown.timeout_ms (10 s)")
    config = load_yaml(deploy("config", "newswire.yaml"))
    c.expect(config["metrics"]["listen"].endswith(":9464"), "newswire.yaml metrics.listen port")
    # The service's own validator, with the environment compose sets.
    exe = os.environ.get("NEWSWIRE_BIN", "")
    if os.path.exists(exe):
        env = dict(os.environ, **{k: str(v) for k, v in env.items()},
                   NEWSWIRE__EXTRACT__CONFIGS_DIR=os.path.join(SOURCE_DIR, "configs"))
        r = subprocess.run([exe, "check-config", deploy("config", "newswire.yaml")],
                           capture_output=True, text=True, env=env)
        c.expect(r.returncode == 0, f"newswire check-config deploy/config/newswire.yaml:\n"
                 f"{r.stdout}{r.stderr}")
    else:
        print(f"note: {exe or 'newswire'} not built; check-config skipped")

    prom = services["prometheus"]
    cmd = " ".join(prom.get("command", []))
    c.expect("--config.file=/etc/prometheus/prometheus.yml" in cmd, "prometheus --config.file")
    c.expect(any(v.startswith("./prometheus:/etc/prometheus") for v in prom.get("volumes", [])),
             "prometheus must mount deploy/prometheus at /etc/prometheus")
    pconf = load_yaml(deploy("prometheus", "prometheus.yml"))
    c.expect("alerts.yml" in pconf.get("rule_files", []), "prometheus.yml must load alerts.yml")
    targets = [t for sc in pconf["scrape_configs"] if sc["job_name"] == "newswire"
               for s in sc.get("static_configs", []) for t in s["targets"]]
    c.expect("newswire:9464" in targets, "prometheus must scrape newswire:9464")
    am_targets = [t for a in pconf.get("alerting", {}).get("alertmanagers", [])
                  for s in a.get("static_configs", []) for t in s["targets"]]
    c.expect("alertmanager:9093" in am_targets, "prometheus must send alerts to alertmanager:9093")

    am = services["alertmanager"]
    c.expect("--config.file=/etc/alertmanager/alertmanager.yml" in " ".join(am.get("command", [])),
             "alertmanager --config.file")

    # Grafana, when present: provisioned data source is this Prometheus and
    # the dashboard provider reads where the dashboards are mounted.
    if "grafana" in services:
        gf = services["grafana"]
        mounts = dict(v.split(":")[:2] for v in gf.get("volumes", []) if v.startswith("."))
        prov = mounts.get("./grafana/provisioning")
        c.expect(prov == "/etc/grafana/provisioning", "grafana provisioning mount")
        ds = load_yaml(deploy("grafana", "provisioning", "datasources", "prometheus.yml"))
        c.expect(ds["datasources"][0]["url"] == "http://prometheus:9090",
                 "grafana data source must be http://prometheus:9090")
        dash = load_yaml(deploy("grafana", "provisioning", "dashboards", "newswire.yml"))
        path = dash["providers"][0]["options"]["path"]
        c.expect(mounts.get("./grafana") == path, f"dashboards must be mounted at {path}")

    for name, svc in services.items():
        for v in svc.get("volumes", []):
            src = v.split(":")[0]
            if src.startswith("."):
                c.expect(os.path.exists(os.path.join(deploy(), src)),
                         f"{name}: mounted {src} does not exist")
            elif "/" not in src:
                c.expect(src in (compose.get("volumes") or {}), f"{name}: volume {src} undeclared")
        for dep in svc.get("depends_on", {}):
            c.expect(dep in services, f"{name} depends on unknown service {dep}")
    c.done()


if __name__ == "__main__":
    main()
