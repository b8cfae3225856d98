"""Helpers shared by the ops checks: paths, YAML loading, processes on free
ports, and a plain HTTP client. Standard library plus PyYAML only."""

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

SOURCE_DIR = os.environ.get(
    "NEWSWIRE_SOURCE_DIR", os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))
DEPLOY_DIR = os.path.join(SOURCE_DIR, "deploy")
SKIP = 77  # ctest SKIP_RETURN_CODE


def fail(msg):
    print(f"FAIL: {msg}", file=sys.stderr)
    sys.exit(1)


class Checker:
    """Collects every problem so one run reports them all."""

    def __init__(self, what):
        self.what = what
        self.errors = []
        self.checks = 0

    def expect(self, cond, msg):
        self.checks += 1
        if not cond:
            self.errors.append(msg)
        return cond

    def done(self):
        for e in self.errors:
            print(f"FAIL: {self.what}: {e}", file=sys.stderr)
        if self.errors:
            sys.exit(1)
        print(f"{self.what}: {self.checks} checks passed")
        sys.exit(0)


def load_yaml(path, all_docs=False):
    try:
        import yaml
    except ImportError:
        fail("PyYAML missing: install python3-yaml (scripts/bootstrap.sh)")
    with open(path, encoding="utf-8") as f:
        return list(yaml.safe_load_all(f)) if all_docs else yaml.safe_load(f)


def deploy(*parts):
    return os.path.join(DEPLOY_DIR, *parts)


def free_port():
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_get(url, timeout=5):
    """Returns (status, body) for any HTTP answer; (0, error) when none."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")
    except (urllib.error.URLError, OSError) as e:
        return 0, str(e)


def wait_until(predicate, timeout, interval=0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    return None


class Fixture:
    """newswire_metrics_fixture on a free port (context manager)."""

    def __init__(self, *args, with_stats=True):
        exe = os.environ.get("NEWSWIRE_METRICS_FIXTURE")
        if not exe or not os.path.exists(exe):
            fail(f"metrics fixture not built ({exe}); build target newswire_metrics_fixture")
        cmd = [exe, "--listen", "127.0.0.1:0", *args]
        if with_stats:
            cmd += ["--kafka-stats",
                    os.path.join(SOURCE_DIR, "tests/unit/testdata/librdkafka_consumer_stats.json")]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        if not line.startswith("listening on "):
            self.proc.kill()
            fail(f"fixture did not start: {line!r}")
        self.port = int(line.split()[-1])
        self.url = f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.proc.terminate()
        try:
            rc = self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            fail("fixture ignored SIGTERM")
        if exc[0] is None and rc != 0:
            fail(f"fixture exited {rc} after SIGTERM")


class Daemon:
    """`newswire run --embedded-kafka` with metrics.listen on a free port;
    exits 77 (skip) when the daemon is not built. `extra_yaml` is appended to
    the generated config file (self.config)."""

    def __init__(self, tmp, extra_yaml=""):
        exe = os.environ.get("NEWSWIRE_BIN", "")
        if not os.path.exists(exe):
            print(f"skipped: {exe or 'newswire'} not built")
            sys.exit(SKIP)
        self.port = free_port()
        config = os.path.join(tmp, "newswire.yaml")
        with open(config, "w", encoding="utf-8") as f:
            f.write(f'metrics:\n  listen: "127.0.0.1:{self.port}"\n'
                    f"extract:\n  configs_dir: {os.path.join(SOURCE_DIR, 'configs')}\n"
                    "kafka:\n  consumer:\n    statistics.interval.ms: \"1000\"\n" + extra_yaml)
        self.config = config
        self.log = open(os.path.join(tmp, "newswire.log"), "w+", encoding="utf-8")
        self.proc = subprocess.Popen([exe, "run", "--config", config, "--embedded-kafka"],
                                     stdout=self.log, stderr=subprocess.STDOUT)
        self.url = f"http://127.0.0.1:{self.port}"
        up = wait_until(lambda: self.proc.poll() is not None or
                        http_get(self.url + "/healthz", timeout=1)[0] == 200, 30)
        if self.proc.poll() is not None:
            self.log.seek(0)
            out = self.log.read()
            if "not built yet" in out:
                print("skipped: `newswire run` not implemented yet")
                sys.exit(SKIP)
            fail(f"newswire run exited {self.proc.returncode}:\n{out[-3000:]}")
        if not up:
            self.stop()
            fail("newswire /healthz did not answer within 30 s")

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.log.close()
