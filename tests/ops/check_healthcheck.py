"""deploy/docker/healthcheck.sh (the image's HEALTHCHECK, bash /dev/tcp, no
curl) against the real endpoint: 0 for /healthz, 0/1 for /readyz following
readiness, 1 for a 404 and for a port nobody listens on."""

import subprocess

from opslib import Checker, Fixture, deploy, free_port

SCRIPT = deploy("docker", "healthcheck.sh")


def probe(path, port):
    return subprocess.run([SCRIPT, path, str(port)], capture_output=True, timeout=20).returncode


def main():
    c = Checker("healthcheck.sh")
    with Fixture("--ready", with_stats=False) as fx:
        c.expect(probe("/healthz", fx.port) == 0, "/healthz on a live server must pass")
        c.expect(probe("/readyz", fx.port) == 0, "/readyz on a ready server must pass")
        c.expect(probe("/no-such-path", fx.port) == 1, "a 404 must fail")
    with Fixture("--not-ready", with_stats=False) as fx:
        c.expect(probe("/healthz", fx.port) == 0, "/healthz does not depend on readiness")
        c.expect(probe("/readyz", fx.port) == 1, "/readyz on a not-ready server must fail")
    c.expect(probe("/healthz", free_port()) == 1, "a closed port must fail")
    c.done()


if __name__ == "__main__":
    main()
