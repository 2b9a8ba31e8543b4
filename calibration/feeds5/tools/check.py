# -*- coding: utf-8 -*-
"""Sanity checks for feeds5 (UTF-8, non-empty, no template leftovers, truth/names consistent, group sizes, lengths, digits)."""
import json, os, re
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGS = ("th", "he", "el", "bn", "id")
t = json.load(open(f"{OUT}/truth.json", encoding="utf-8")); n = json.load(open(f"{OUT}/names.json", encoding="utf-8"))
assert set(t) == set(n) == set(LANGS)
def size(lang, s):
    return len(s) if lang == "th" else len(s.split())
LO, HI = {"th": (300, 1200)}, {}
problems = []
for lang in LANGS:
    files = sorted(os.listdir(f"{OUT}/{lang}"))
    assert set(files) == set(n[lang]), lang
    assert all(re.fullmatch(rf"{lang}_[0-9a-f]{{8}}\.txt", f) for f in files), lang
    texts = {}
    for f in files:
        s = open(f"{OUT}/{lang}/{f}", "rb").read().decode("utf-8")  # raises if not UTF-8
        assert s.strip(), f
        assert "{" not in s and "}" not in s and "None" not in s and "\n\n\n" not in s, f
        assert "  " not in s, (f, "double space")
        texts[n[lang][f]] = s
    assert len(t[lang]) == 4
    for p in t[lang]:
        assert p["a"] in files and p["b"] in files and p["a"] != p["b"]
        assert set(p) == {"a", "b", "relation", "note"} and p["relation"] in ("copy", "rewrite")
    pairs = {frozenset((p["a"], p["b"])) for p in t[lang]}
    assert len(pairs) == 4
    groups = {}
    for r in n[lang].values():
        groups.setdefault(r.rsplit("_", 1)[0] if not r.startswith(f"{lang}_reuse") else "reuse", []).append(r)
    kinds = [g for g in groups if g not in (f"{lang}_misc", f"{lang}_topic", "reuse")]
    assert len(kinds) >= 8, (lang, kinds)
    for g in kinds:
        assert 4 <= len(groups[g]) <= 6, (g, len(groups[g]))
    assert len(groups[f"{lang}_misc"]) == 5 and len(groups[f"{lang}_topic"]) == 2 and len(groups["reuse"]) == 4
    lo, hi = LO.get(lang, (80, 300))
    unit = "chars" if lang == "th" else "words"
    sizes = {r: size(lang, s) for r, s in texts.items()}
    for r, v in sizes.items():
        if not (lo <= v <= hi):
            if "_reuse_" in r:
                problems.append(f"{r}: {v} {unit} (derived/rewrite, allowed)")
            else:
                raise AssertionError((r, v, unit))
    # digits: th / bn must have items in native digits and items in ASCII digits
    if lang in ("th", "bn"):
        nat = "๐-๙" if lang == "th" else "০-৯"
        n_nat = sum(1 for s in texts.values() if re.search(f"[{nat}]", s))
        n_asc = sum(1 for s in texts.values() if re.search("[0-9]", s) and not re.search(f"[{nat}]", s))
        assert n_nat >= 10 and n_asc >= 10, (lang, n_nat, n_asc)
    print(lang, len(files), "items;", {g.split("_", 1)[1] if g != "reuse" else g: len(v) for g, v in sorted(groups.items())})
    print("   ", unit, "min/median/max:", min(sizes.values()), sorted(sizes.values())[len(sizes)//2], max(sizes.values()))
    for r in sorted(sizes):
        if "misc" in r or "reuse" in r or "topic" in r:
            print("     ", r, [f for f, x in n[lang].items() if x == r][0], sizes[r], unit)
for p in problems: print("note:", p)
print("OK")
