"""deploy/systemd/newswire.service: `systemd-analyze verify` with no
warnings (ExecStart pointed at an executable that exists here), the
supervision contract (Restart=on-failure, SIGTERM with TimeoutStopSec beyond
the drain timeout, SIGHUP via ExecReload, non-root), and
`systemd-analyze security --offline` exposure at most 3.0 ("OK").

usage: check_systemd.py SYSTEMD_ANALYZE"""

import configparser
import os
import shutil
import subprocess
import sys
import tempfile

from opslib import Checker, deploy, load_yaml


def main():
    analyze = sys.argv[1]
    c = Checker("newswire.service")
    unit_path = deploy("systemd", "newswire.service")
    text = open(unit_path, encoding="utf-8").read()
    parser = configparser.ConfigParser(strict=False, interpolation=None,
                                       comment_prefixes=("#", ";"))
    parser.optionxform = str
    parser.read_string(text)
    svc = parser["Service"]

    c.expect(svc.get("Restart") == "on-failure", "Restart=on-failure")
    c.expect(svc.get("KillSignal", "SIGTERM") == "SIGTERM", "KillSignal=SIGTERM")
    c.expect("-HUP $MAINPID" in svc.get("ExecReload", ""), "ExecReload must send SIGHUP")
    c.expect(svc.get("DynamicUser") == "yes" or svc.get("User") not in (None, "root"),
             "must not run as root")
    stop = svc.get("TimeoutStopSec", "90")
    drain_ms = load_yaml(deploy("config", "newswire.yaml"))["shutdown"]["timeout_ms"]
    c.expect(stop.isdigit() and int(stop) * 1000 > drain_ms,
             f"TimeoutStopSec={stop} must exceed shutdown.timeout_ms={drain_ms}")
    for key in ("NoNewPrivileges", "ProtectSystem", "ProtectHome", "PrivateTmp"):
        c.expect(svc.get(key) in ("yes", "strict", "true"), f"{key} hardening missing")
    c.expect("run --config" in svc.get("ExecStart", ""), "ExecStart must run the daemon")

    exe = os.environ.get("NEWSWIRE_BIN", "")
    if not os.path.exists(exe):
        exe = shutil.which("true")
    with tempfile.TemporaryDirectory() as tmp:
        unit = os.path.join(tmp, "newswire.service")
        with open(unit, "w", encoding="utf-8") as f:
            f.write(text.replace("/usr/local/bin/newswire", exe))
        r = subprocess.run([analyze, "verify", unit], capture_output=True, text=True)
        out = (r.stdout + r.stderr).strip()
        c.expect(r.returncode == 0 and "newswire.service" not in out,
                 f"systemd-analyze verify:\n{out}")
        r = subprocess.run([analyze, "security", "--offline=yes", "--threshold=30", unit],
                           capture_output=True, text=True)
        last = (r.stdout.strip().splitlines() or ["?"])[-1]
        c.expect(r.returncode == 0, f"systemd-analyze security above 3.0: {last}\n{r.stderr}")
    c.done()


if __name__ == "__main__":
    main()
