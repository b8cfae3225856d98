"""Structure of deploy/Dockerfile (Docker is not available to build it):
a Debian bookworm build stage running scripts/build.sh, a Debian runtime
stage with a non-root user, the config and extraction data copied, a
HEALTHCHECK on /healthz through the bundled script, exec-form entrypoint.
When build/bin/newswire exists, the runtime stage's apt packages are
compared with the libraries the binary really links (readelf NEEDED ->
dpkg -S): nothing missing, nothing superfluous."""

import os
import re
import shlex
import subprocess

from opslib import Checker, SOURCE_DIR, deploy, load_yaml

# In debian:bookworm-slim already (essential or required by apt/dpkg).
BASE_PACKAGES = {"libc6", "libgcc-s1", "libstdc++6", "zlib1g", "libzstd1"}
NON_LIBRARY_PACKAGES = {"ca-certificates"}


def stages(text):
    text = re.sub(r"\\\n", " ", text)
    result = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        instr, _, rest = line.partition(" ")
        instr = instr.upper()
        if instr == "FROM":
            result.append({"from": rest, "lines": []})
        elif result:
            result[-1]["lines"].append((instr, rest.strip()))
    return result


def apt_packages(stage):
    pkgs = set()
    for instr, rest in stage["lines"]:
        if instr != "RUN" or "apt-get install" not in rest:
            continue
        for cmd in rest.split("&&"):
            words = shlex.split(cmd)
            if "install" in words:
                pkgs |= {w for w in words[words.index("install") + 1:] if not w.startswith("-")}
    return pkgs


def linked_packages(binary):
    out = subprocess.run(["readelf", "-d", binary], capture_output=True, text=True, check=True)
    needed = re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out.stdout)
    ldd = subprocess.run(["ldd", binary], capture_output=True, text=True, check=True).stdout
    paths = dict(re.findall(r"^\s*(\S+) => (\S+)", ldd, re.M))
    pkgs = {}
    for lib in needed:
        path = paths.get(lib)
        if not path:
            pkgs[lib] = None
            continue
        real = os.path.realpath(path)
        owner = subprocess.run(["dpkg", "-S", real], capture_output=True, text=True)
        if owner.returncode != 0:  # merged /usr: dpkg knows the /lib spelling
            owner = subprocess.run(["dpkg", "-S", real.replace("/usr/lib/", "/lib/", 1)],
                                   capture_output=True, text=True)
        pkgs[lib] = owner.stdout.split(":")[0] if owner.returncode == 0 else None
    return pkgs


def main():
    c = Checker("Dockerfile")
    text = open(deploy("Dockerfile"), encoding="utf-8").read()
    st = stages(text)
    c.expect(len(st) >= 2, "must be multi-stage")
    if c.errors:
        c.done()
    build, runtime = st[0], st[-1]
    c.expect(re.match(r"debian:bookworm\S*\s+AS\s+build", build["from"], re.I),
             "first stage must be debian:bookworm AS build")
    c.expect(any(i == "RUN" and "scripts/build.sh" in r for i, r in build["lines"]),
             "build stage must run scripts/build.sh")
    c.expect(runtime["from"].startswith("debian:bookworm"), "runtime stage must be Debian bookworm")
    c.expect(not any("scripts/build.sh" in r for _, r in runtime["lines"]),
             "runtime stage must not build")

    rl = runtime["lines"]
    users = [r for i, r in rl if i == "USER"]
    c.expect(users and users[-1].split(":")[0] not in ("0", "root"), "runtime must run as non-root")
    hc = [r for i, r in rl if i == "HEALTHCHECK"]
    c.expect(hc and "/healthz" in hc[0], "HEALTHCHECK on /healthz required")
    copies = [r for i, r in rl if i == "COPY"]
    c.expect(any("--from=build" in r and "newswire" in r for r in copies),
             "the binary must come from the build stage")
    c.expect(any(r.startswith("configs/") for r in copies), "extraction data configs/ must be copied")
    c.expect(any("deploy/config/newswire.yaml" in r for r in copies), "newswire.yaml must be copied")
    c.expect(any("healthcheck.sh" in r for r in copies), "healthcheck script must be copied")
    hs = deploy("docker", "healthcheck.sh")
    c.expect(os.access(hs, os.X_OK), "deploy/docker/healthcheck.sh must be executable")
    entry = [r for i, r in rl if i == "ENTRYPOINT"]
    c.expect(entry and entry[0].startswith("["), "ENTRYPOINT must be exec form (signals reach newswire)")
    port = int(load_yaml(deploy("config", "newswire.yaml"))["metrics"]["listen"].rsplit(":", 1)[1])
    c.expect(any(i == "EXPOSE" and str(port) in r.split() for i, r in rl), f"EXPOSE {port}")
    for src in re.findall(r"^COPY\s+(?!--from)(\S+)", text, re.M):
        c.expect(os.path.exists(os.path.join(SOURCE_DIR, src)), f"COPY source {src} missing")

    runtime_pkgs = apt_packages(runtime)
    binary = os.environ.get("NEWSWIRE_BIN", "")
    if os.path.exists(binary):
        linked = linked_packages(binary)
        for lib, pkg in sorted(linked.items()):
            if c.expect(pkg, f"cannot find the Debian package of {lib}"):
                c.expect(pkg in runtime_pkgs or pkg in BASE_PACKAGES,
                         f"{lib} ({pkg}) is linked but not installed in the runtime stage")
        needed = set(linked.values())
        for pkg in sorted(runtime_pkgs - NON_LIBRARY_PACKAGES):
            c.expect(pkg in needed, f"runtime installs {pkg}, which newswire does not link")
    else:
        print(f"note: {binary or 'newswire'} not built; runtime library check skipped")
    c.done()


if __name__ == "__main__":
    main()
