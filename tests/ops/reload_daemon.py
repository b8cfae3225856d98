"""SIGHUP reload of the running daemon as the supervisors send it
(systemd ExecReload, `docker compose kill -s HUP`): a valid reload counts in
newswire_config_reloads_total{result="success"}, an invalid file counts as a
failure and leaves the daemon running, healthy and ready on the old
configuration; SIGTERM then exits 0.
usage: reload_daemon.py     (exit 77 = skipped: daemon not built)"""

import re
import signal
import subprocess
import tempfile

from opslib import Checker, Daemon, http_get, wait_until


def reloads(url, result):
    _, body = http_get(url + "/metrics", timeout=2)
    m = re.search(r'^newswire_config_reloads_total\{result="%s"\} (\S+)$' % result, body, re.M)
    return float(m.group(1)) if m else None


def main():
    c = Checker("SIGHUP reload")
    with tempfile.TemporaryDirectory() as tmp:
        d = Daemon(tmp)
        try:
            c.expect(wait_until(lambda: http_get(d.url + "/readyz", timeout=2)[0] == 200, 60, 0.5),
                     "daemon never became ready")
            good = open(d.config, encoding="utf-8").read()

            d.proc.send_signal(signal.SIGHUP)
            c.expect(wait_until(lambda: reloads(d.url, "success") == 1, 30, 0.3),
                     f"valid reload not counted: success={reloads(d.url, 'success')}")

            with open(d.config, "w", encoding="utf-8") as f:
                f.write(good + "no_such_section:\n  key: 1\n")
            d.proc.send_signal(signal.SIGHUP)
            c.expect(wait_until(lambda: reloads(d.url, "failure") == 1, 30, 0.3),
                     f"invalid reload not counted: failure={reloads(d.url, 'failure')}")
            c.expect(d.proc.poll() is None, "an invalid reload must not stop the daemon")
            c.expect(http_get(d.url + "/healthz")[0] == 200, "/healthz after a failed reload")
            c.expect(http_get(d.url + "/readyz")[0] == 200, "/readyz after a failed reload")
            c.expect(reloads(d.url, "success") == 1, "a failed reload must not count as success")

            with open(d.config, "w", encoding="utf-8") as f:
                f.write(good)
            d.proc.send_signal(signal.SIGHUP)
            c.expect(wait_until(lambda: reloads(d.url, "success") == 2, 30, 0.3),
                     "reload after fixing the file not counted")

            d.proc.terminate()
            try:
                c.expect(d.proc.wait(timeout=30) == 0, f"exit code {d.proc.returncode} after SIGTERM")
            except subprocess.TimeoutExpired:
                c.expect(False, "no exit within 30 s of SIGTERM")
        finally:
            if c.errors:
                d.log.seek(0)
                print(d.log.read()[-4000:])
            d.stop()
    c.done()


if __name__ == "__main__":
    main()
