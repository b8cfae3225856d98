"""Health and readiness of the real daemon through a broker outage.

newswire_mock_kafka (librdkafka's mock cluster in its own process) serves
the topics; `newswire run` consumes from it with metrics.listen on a free
port. Then:
  1. /readyz turns 200 once the consumer holds its assignment;
  2. the broker is set down: /readyz turns 503 "no Kafka broker reachable"
     (from the consumer's librdkafka statistics) while /healthz stays 200
     and newswire_kafka_brokers_up{client="consumer"} reads 0;
  3. the broker comes back: /readyz returns to 200;
  4. SIGTERM: the daemon drains and exits 0.
usage: broker_outage.py     (exit 77 = skipped: daemon not built)"""

import os
import re
import subprocess
import sys
import tempfile
import time

from opslib import SKIP, Checker, SOURCE_DIR, fail, free_port, http_get, wait_until

TOPICS = ["news.articles", "news.events", "news.articles.enriched", "news.articles.dlq"]


def main():
    exe = os.environ.get("NEWSWIRE_BIN", "")
    mock_exe = os.environ.get("NEWSWIRE_MOCK_KAFKA", "")
    if not os.path.exists(exe):
        print(f"skipped: {exe or 'newswire'} not built")
        sys.exit(SKIP)
    if not os.path.exists(mock_exe):
        fail(f"newswire_mock_kafka not built ({mock_exe})")
    c = Checker("broker outage")
    with tempfile.TemporaryDirectory() as tmp:
        mock = subprocess.Popen([mock_exe, "--partitions", "3", *TOPICS], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        daemon = None
        log = open(os.path.join(tmp, "newswire.log"), "w+", encoding="utf-8")
        try:
            line = mock.stdout.readline()
            if not line.startswith("bootstrap "):
                fail(f"mock kafka did not start: {line!r}")
            bootstrap = line.split()[1]

            def command(cmd):
                mock.stdin.write(cmd + "\n")
                mock.stdin.flush()
                answer = mock.stdout.readline().strip()
                if answer != "ok":
                    fail(f"mock kafka '{cmd}': {answer}")

            port = free_port()
            url = f"http://127.0.0.1:{port}"
            config = os.path.join(tmp, "newswire.yaml")
            with open(config, "w", encoding="utf-8") as f:
                f.write(f'kafka:\n  bootstrap_servers: "{bootstrap}"\n'
                        f'metrics:\n  listen: "127.0.0.1:{port}"\n'
                        f"extract:\n  configs_dir: {os.path.join(SOURCE_DIR, 'configs')}\n"
                        "shutdown:\n  timeout_ms: 5000\n")
            daemon = subprocess.Popen([exe, "run", "--config", config], stdout=log,
                                      stderr=subprocess.STDOUT)

            def readyz():
                return http_get(url + "/readyz", timeout=2)

            def healthy():
                return http_get(url + "/healthz", timeout=2)[0] == 200

            def brokers_up_gauge():
                _, body = http_get(url + "/metrics", timeout=2)
                m = re.search(r'^newswire_kafka_brokers_up\{client="consumer"\} (\S+)$', body, re.M)
                return float(m.group(1)) if m else None

            # 1. Ready once assigned.
            ok = wait_until(lambda: daemon.poll() is None and readyz()[0] == 200, 60, 0.5)
            if daemon.poll() is not None:
                log.seek(0)
                fail(f"newswire run exited {daemon.returncode}:\n{log.read()[-3000:]}")
            c.expect(ok, f"/readyz never became 200 with the broker up: {readyz()}")
            c.expect(healthy(), "/healthz not 200 while running")

            # 2. Broker down.
            command("down 1")
            t0 = time.monotonic()
            health_failures = 0

            def not_ready():
                nonlocal health_failures
                if not healthy():
                    health_failures += 1
                status, body = readyz()
                return status == 503 and "no Kafka broker reachable" in body

            c.expect(wait_until(not_ready, 45, 0.5),
                     f"/readyz still {readyz()} 45 s after the broker went down")
            print(f"not ready {time.monotonic() - t0:.1f} s after the broker went down: "
                  f"{readyz()[1].strip()}")
            c.expect(health_failures == 0 and healthy(), "/healthz must stay 200 during the outage")
            c.expect(brokers_up_gauge() == 0.0, f"brokers_up gauge: {brokers_up_gauge()}")
            c.expect(daemon.poll() is None, "the daemon must survive a broker outage")

            # 3. Broker back.
            command("up 1")
            t0 = time.monotonic()
            c.expect(wait_until(lambda: readyz()[0] == 200, 90, 0.5),
                     f"/readyz still {readyz()} 90 s after the broker came back")
            print(f"ready again {time.monotonic() - t0:.1f} s after the broker came back")
            c.expect((brokers_up_gauge() or 0) >= 1, f"brokers_up gauge: {brokers_up_gauge()}")

            # 4. Clean shutdown.
            daemon.terminate()
            try:
                rc = daemon.wait(timeout=30)
                c.expect(rc == 0, f"newswire exited {rc} after SIGTERM")
            except subprocess.TimeoutExpired:
                c.expect(False, "newswire did not exit within 30 s of SIGTERM")
        finally:
            if daemon is not None and daemon.poll() is None:
                daemon.kill()
                daemon.wait()
            if mock.poll() is None:
                try:
                    mock.stdin.write("quit\n")
                    mock.stdin.flush()
                    mock.wait(timeout=10)
                except (BrokenPipeError, subprocess.TimeoutExpired):
                    mock.kill()
            if c.errors:
                log.seek(0)
                print(log.read()[-4000:], file=sys.stderr)
            log.close()
    c.done()


if __name__ == "__main__":
    main()
