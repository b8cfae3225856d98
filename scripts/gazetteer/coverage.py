#!/usr/bin/env python3
"""Coverage audit of configs/gazetteer: which kinds of surface exist per state
and language, and which inflections are missing.

Usage: scripts/gazetteer/coverage.py [configs/gazetteer] [--gaps] [--state XXX] [--people]

For each state of states_cldr.tsv (the 193 UN members plus VAT, PSE, XKX,
TWN) it reports, per language (de en fr es ru):
  N  a name                      A  an adjective (with complete inflection)
  a  an adjective, inflection incomplete
  D  a demonym                   C  a capital (ru: with case forms or indeclinable,
  c  a capital, but ru without case forms or de without genitive -s)
and per state the office holders of people.tsv: S head of state,
G head of government, F foreign minister (current, not former_).
Adjective inflection counts as complete when the surfaces include a prefix
stem (`russisch*`) or every ending of the language:
  de  -e -en -er -es -em        fr  m, f, pl (or -e and -es for invariant m/f)
  es  -o -a -os -as (or invariant and plural)   ru  prefix or >= 12 forms
--gaps prints one line per missing item instead of the table.
--people lists current heads of state/government and foreign ministers whose
surfaces lack a Latin or a Cyrillic form, or whose Cyrillic form has no case
endings although the surname ends in a consonant (masculine names decline:
"Кассис" -> "Кассиса"; feminine ones do not, so review before adding).
"""
import re
import sys
from collections import defaultdict
from pathlib import Path

LANGS = ["de", "en", "fr", "es", "ru"]
CYR = re.compile("[\u0400-\u04ff]")


def expand(s):
    """Expands [opt] and {a,b,} like the loader (gazetteer.cc Expand)."""
    m = re.search(r"[\[{]", s)
    if not m:
        return [s]
    i = m.start()
    close = "]" if s[i] == "[" else "}"
    j = s.find(close, i + 1)
    if j < 0:
        return [s]
    head, inner, tail = s[:i], s[i + 1:j], s[j + 1:]
    if close == "]":
        return expand(head + inner + tail) + expand(head + tail)
    out = []
    for alt in inner.split(","):
        out += expand(head + alt + tail)
    return out


def forms_of(surfaces):
    out = []
    for s in surfaces.split("|"):
        for f in expand(s.strip()):
            out.append(f.lstrip("^~"))
    return out


def adjective_complete(lang, forms):
    if any(f.endswith("*") for f in forms):
        return True
    fs = {f.lower() for f in forms}
    if lang == "en":
        return bool(fs)
    if lang == "ru":
        return len(fs) >= 12
    for f in fs:
        if lang == "de" and f.endswith("e"):
            st = f[:-1]
            if all(st + e in fs for e in ("e", "en", "er", "es", "em")):
                return True
        if lang == "fr":
            if f + "e" in fs and f + "s" in fs and f + "es" in fs:
                return True
            if f.endswith("e") and f + "s" in fs:
                return True
        if lang == "es":
            if f.endswith("o") and all(f[:-1] + e in fs for e in ("a", "os", "as")):
                return True
            if f + "s" in fs or f + "es" in fs:
                return True
    return False


def people_audit(root):
    """Office holders whose names lack a script or Russian case forms."""
    out = []
    for line in (root / "people.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("\t")
        if f[1] not in ("head_of_state", "head_of_government", "foreign_minister"):
            continue
        surfaces = f[3].split("|")
        cyr = [s for s in surfaces if CYR.search(s)]
        latin = [s for s in surfaces if not CYR.search(s)]
        if not latin:
            out.append(f"{f[0]}\t{f[1]}\t{f[2]}\tno Latin form")
        if not cyr:
            out.append(f"{f[0]}\t{f[1]}\t{f[2]}\tno Cyrillic form")
        elif not any("{" in s for s in cyr):
            last = cyr[0].split()[-1].strip("[]")
            if re.search("[бвгджзклмнпрстфхцчшщ]$", last):
                out.append(f"{f[0]}\t{f[1]}\t{f[2]}\tCyrillic without case forms\t{'|'.join(cyr)}")
    return out


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    gaps_only = "--gaps" in sys.argv
    only = None
    if "--state" in sys.argv:
        only = sys.argv[sys.argv.index("--state") + 1]
        args = [a for a in args if a != only]
    root = Path(args[0] if args else "configs/gazetteer")
    if "--people" in sys.argv:
        print("\n".join(people_audit(root)))
        return
    states = []
    have = defaultdict(lambda: defaultdict(set))  # code -> lang -> {kinds}
    adj = defaultdict(lambda: defaultdict(list))
    cap_forms = defaultdict(list)
    places = defaultdict(int)  # gaz5: city/region lines per state
    blockers = 0  # gaz5: `not` lines
    for name in ("states_cldr.tsv", "states.tsv"):
        for line in (root / name).read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            f = line.split("\t")
            code, lang, kind, surf = f[0], f[1], f[2], f[3]
            if name == "states_cldr.tsv" and code not in states:
                states.append(code)
            langs = LANGS if lang == "*" else [lang]
            forms = forms_of(surf)
            if kind in ("city", "region"):
                places[code] += 1
            if kind == "not":
                blockers += 1
            if kind in ("capital", "seat"):
                cap_forms[code] += forms
                for lg in LANGS:
                    have[code][lg].add("capital")
                continue
            if kind in ("name", "official", "alias", "canonical"):
                kind = "name"
            for lg in langs:
                have[code][lg].add(kind)
                if kind == "adjective":
                    adj[code][lg] += forms
    roles = defaultdict(set)
    for line in (root / "people.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("\t")
        roles[f[0]].add(f[1])

    totals = defaultdict(int)
    gaps = []
    rows = []
    for code in states:
        if only and code != only:
            continue
        cells = []
        for lg in LANGS:
            k = have[code][lg]
            c = ""
            c += "N" if "name" in k else "-"
            if "adjective" in k:
                ok = adjective_complete(lg, adj[code][lg])
                c += "A" if ok else "a"
                if not ok:
                    gaps.append(f"{code}\t{lg}\tadjective inflection\t{'|'.join(adj[code][lg])}")
                totals[lg + " adjective"] += 1
                totals[lg + " adjective complete"] += ok
            else:
                c += "-"
                gaps.append(f"{code}\t{lg}\tno adjective")
            if "demonym" in k:
                c += "D"
                totals[lg + " demonym"] += 1
            else:
                c += "-"
                # English plural demonyms are optional ("Russians" is also
                # the adjective's plural use) and Spanish uses the adjective
                # forms ("los rusos"), so neither is a gap.
                if lg not in ("en", "es"):
                    gaps.append(f"{code}\t{lg}\tno demonym")
            cells.append(c)
        caps = cap_forms[code]
        cyr = [f for f in caps if CYR.search(f)]
        latin = [f for f in caps if not CYR.search(f)]
        if not caps:
            capcell = "-"
            gaps.append(f"{code}\t*\tno capital")
        else:
            # Russian capitals ending in a vowel other than -а/-я are
            # indeclinable (Баку, Тбилиси, Осло, Токио).
            ru_ok = len(cyr) >= 3 or any(f.endswith("*") for f in cyr) or any(
                f[-1] in "оиуеюэ" for f in cyr)
            de_gen = any(f + "s" in latin for f in latin) or any(
                f.endswith(("s", "z", "x", "ß")) for f in latin[:1])
            capcell = "C" if ru_ok and de_gen else "c"
            if not ru_ok:
                gaps.append(f"{code}\tru\tcapital without case forms\t{'|'.join(cyr)}")
            if not de_gen:
                gaps.append(f"{code}\tde\tcapital without genitive -s\t{'|'.join(latin[:3])}")
            totals["capital"] += 1
            totals["capital complete"] += capcell == "C"
        r = roles[code]
        pc = ("S" if "head_of_state" in r else "-") + ("G" if "head_of_government" in r else "-") + (
            "F" if "foreign_minister" in r else "-")
        for ch, role in zip("SGF", ("head of state", "head of government", "foreign minister")):
            if ch not in pc:
                gaps.append(f"{code}\t*\tno {role}")
        totals["head_of_state"] += "S" in pc
        totals["head_of_government"] += "G" in pc
        totals["foreign_minister"] += "F" in pc
        rows.append(f"{code}  " + "  ".join(cells) + f"  {capcell}  {pc}")
    if gaps_only:
        print("\n".join(gaps))
        return
    print("code  " + "  ".join(f"{lg:4}" for lg in LANGS) + "  cap  SGF")
    print("\n".join(rows))
    print(f"\n{len(rows)} states")
    for k in sorted(totals):
        print(f"  {k}: {totals[k]}")
    print(f"  states with a city or region: {sum(1 for c in states if places[c])}"
          f" ({sum(places.values())} city/region lines)")
    print(f"  blocker (not) lines: {blockers}")
    print(f"  gaps: {len(gaps)}")


if __name__ == "__main__":
    main()
