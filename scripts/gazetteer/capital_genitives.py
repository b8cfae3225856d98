#!/usr/bin/env python3
"""Prints German genitive lines for the capitals of configs/gazetteer.

  scripts/gazetteer/capital_genitives.py [configs/gazetteer]

German names a capital's state or government in the genitive: "Moskaus
Außenminister", "Pekings Haltung", "Kiews Truppen". For every state this
prints one `CODE de capital` line with the -s genitive of each Latin capital
form (metonyms included: "Kremls") that does not end in a sibilant and is not
already a surface anywhere in the data (so the line never conflicts). The
output is pasted into states.tsv between the `capital genitives` markers;
rerun after adding capitals.
"""
import re
import sys
from collections import OrderedDict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from coverage import expand  # noqa: E402

CYR = re.compile("[\u0400-\u04ff]")


def main():
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "configs/gazetteer")
    taken = set()
    capitals = OrderedDict()
    for name in ("states_cldr.tsv", "states.tsv", "organisations.tsv", "people.tsv", "roles.tsv"):
        for line in (root / name).read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            f = line.split("\t")
            if len(f) < 4:
                continue
            surfaces = f[3]
            for s in surfaces.split("|"):
                for form in expand(s.strip()):
                    taken.add(form.lstrip("^~").lower())
            if name in ("states_cldr.tsv", "states.tsv") and f[2] in ("capital", "seat"):
                capitals.setdefault(f[0], [])
                for s in surfaces.split("|"):
                    capitals[f[0]] += [x.lstrip("^~") for x in expand(s.strip())]
    for code, forms in capitals.items():
        out = []
        for form in forms:
            if CYR.search(form) or form.endswith("*") or not form[:1].isupper():
                continue
            if form[-1] in "sßxzSXZ" or " " in form:
                continue
            gen = form + "s"
            if gen.lower() in taken or gen in out:
                continue
            out.append(gen)
        if out:
            print(f"{code}\tde\tcapital\t{'|'.join(out)}")


if __name__ == "__main__":
    main()
