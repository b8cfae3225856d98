#!/usr/bin/env python3
"""Checks that actor surfaces resolve to their code through the whole engine.

    scripts/gazetteer/probe_actors.py [--bin build/bin/newswire] [--configs configs]
                                      [scripts/gazetteer/probes/*.txt]

Each probe file line is `CODE<TAB>lang:surface|surface<TAB>lang:...`; a
`# mode: object` line switches the following lines from subject to object
position; `# mode: not` (gaz5, session 5) to negative probes: the surface, put
in subject position, must NOT resolve to CODE (treaties, formats, people and
companies named after a place: "Rome Statute" is no ITA). Every surface is put into one short praise sentence in its language
("{} praised Iceland on Monday." / "Iceland praised {} on Monday.") and run
through `newswire extract`; the surface passes when an event names CODE among
its actors (subject) or targets (object). Prints the misses and a count per
file; exits 1 when anything misses. The lists were written by hand from wire
usage (session 4, gaz4): transliterations of office holders, Russian oblique
cases, adjectives in every gender/number, metonyms, demonyms, organisation
heads. Run it after editing configs/gazetteer (seconds, no build needed).
"""
import argparse
import glob
import json
import os
import subprocess
import sys

SUBJECT = {"de": "{} lobte am Montag Island.", "en": "{} praised Iceland on Monday.",
           "fr": "{} a salué lundi l'Islande.", "es": "{} elogió el lunes a Islandia.",
           "ru": "{} в понедельник похвалил Исландию."}
OBJECT = {"de": "Island lobte am Montag {}.", "en": "Iceland praised {} on Monday.",
          "fr": "L'Islande a salué lundi {}.", "es": "Islandia elogió el lunes {}.",
          "ru": "Исландия в понедельник похвалила {}."}


def read_probes(path):
    mode = "subject"
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# mode:"):
            mode = line.split(":", 1)[1].strip()
            continue
        if not line or line.startswith("#"):
            continue
        code, rest = line.split("\t", 1)
        for part in rest.split("\t"):
            lang, names = part.split(":", 1)
            for name in names.split("|"):
                yield code, lang, name.strip(), mode


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="build/bin/newswire")
    ap.add_argument("--configs", default="configs")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    files = args.files or sorted(glob.glob(os.path.join(here, "probes", "*.txt")))
    rows = [(f,) + r for f in files for r in read_probes(f)]
    arts = []
    for i, (_, code, lang, name, mode) in enumerate(rows):
        text = (OBJECT if mode == "object" else SUBJECT)[lang].format(name)
        arts.append({"id": f"p{i}", "source": "probe", "published_at": "2026-11-20T10:00:00Z",
                     "lang": lang, "title": "", "text": text})
    inp = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts)
    r = subprocess.run([args.bin, "extract", "--configs", args.configs], input=inp,
                       capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"newswire extract failed: {r.stderr.strip()}")
    found = {}
    for line in r.stdout.splitlines():
        o = json.loads(line)
        aid = o.get("article_id", o.get("id"))
        for e in o.get("events", [o]):
            for key in ("actors", "targets"):
                found.setdefault((aid, key), set()).update(a.get("country") for a in e.get(key, []))
    misses = {}
    for i, (f, code, lang, name, mode) in enumerate(rows):
        key = "targets" if mode == "object" else "actors"
        got = found.get((f"p{i}", key), set())
        if mode == "not":
            if code in got:
                misses.setdefault(f, []).append(f"WRONG {code} {lang} not: {name}  (got {sorted(x for x in got if x)})")
        elif code not in got:
            misses.setdefault(f, []).append(f"MISS {code} {lang} {mode}: {name}  (got {sorted(x for x in got if x)})")
    bad = 0
    for f in files:
        n = sum(1 for r in rows if r[0] == f)
        m = misses.get(f, [])
        bad += len(m)
        for line in m:
            print(line)
        print(f"{os.path.basename(f)}: {n - len(m)}/{n} resolve")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
