# -*- coding: utf-8 -*-
"""Sanity checks for feeds6 (UTF-8, non-empty, no template leftovers, truth/names consistent, group sizes, lengths,
scripts, quote styles, number-repeating kinds, the shared long grant sentence)."""
import json, os, re, sys
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(OUT, "tools"))
import gen_ka, gen_sr, gen_ta, gen_es, gen_de
LANGS = ("ka", "sr", "ta", "es", "de")
LONG = {"ka": gen_ka.LONG_KA, "sr": gen_sr.LONG_SR, "ta": gen_ta.LONG_TA, "es": gen_es.LONG_ES, "de": gen_de.LONG_DE}
SCRIPT = {"ka": "[\u10d0-\u10ff]", "sr": "[\u0400-\u04ff]", "ta": "[\u0b80-\u0bff]"}
t = json.load(open(f"{OUT}/truth.json", encoding="utf-8")); n = json.load(open(f"{OUT}/names.json", encoding="utf-8"))
assert set(t) == set(n) == set(LANGS)
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
        assert "  " not in s and " ," not in s and " ." not in s.replace(" ...", ""), (f, "spacing")
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
    sizes = {r: len(s.split()) for r, s in texts.items()}
    for r, v in sizes.items():
        if not (80 <= v <= 300):
            if "_reuse_" in r:
                problems.append(f"{r}: {v} words (derived/rewrite, allowed)")
            else:
                raise AssertionError((r, v, "words"))
    # script: letters of the body (chrome excluded) are overwhelmingly in the language's script
    if lang in SCRIPT:
        for r, s in texts.items():
            if "_reuse_chrome_" in r:
                continue
            letters = re.findall(r"[^\W\d_]", s)
            native = re.findall(SCRIPT[lang], s)
            share = len(native) / max(1, len(letters))
            assert share >= 0.95 if lang != "ta" else share >= 0.9, (r, round(share, 3))
    # quote styles
    for r, s in texts.items():
        if lang in ("ka", "sr", "de"):
            assert '"' not in s and "«" not in s, (r, "quotes")
        if lang == "es" and not r.startswith("es_reuse"):
            if "(EFE).- " in s:
                assert "«" not in s, (r, "es: EFE items quote in \"...\"")
            else:
                assert "(EUROPA PRESS)" in s, (r, "es: no agency dateline")
                assert "«" in s or '"' not in s, (r, "es: Europa Press statements in «...»")
    if lang in ("ka", "sr", "de"):
        assert sum("„" in s for s in texts.values()) >= 35, (lang, "too few „ quotes")
    # number-repeating kinds: speed_* and water_* share >= 3 figures across ALL their items
    for kind in ("speed", "water"):
        items = [texts[r] for r in groups[f"{lang}_{kind}"]]
        common = set.intersection(*[set(re.findall(r"\d+(?:[.,]\d+)*", s)) for s in items])
        assert len(common) >= 3, (lang, kind, common)
        dig = sum(len(re.findall(r"\d", s)) for s in items) / sum(len(s.split()) for s in items)
        print(f"    {lang}_{kind}: figures common to all items {sorted(common, key=lambda z: (len(z), z))}; digits per word {dig:.2f}")
    # shared long sentence: >= 20 words, verbatim in grant_2 and grant_4 only among formula items
    L = LONG[lang]
    assert len(L.split()) >= 20, (lang, len(L.split()))
    holders = sorted(r for r, s in texts.items() if L in s)
    formula_holders = [r for r in holders if "_reuse_" not in r]
    assert formula_holders == [f"{lang}_grant_2", f"{lang}_grant_4"], (lang, holders)
    print(f"    {lang}: shared grant sentence ({len(L.split())} words) in {holders}")
    print(lang, len(files), "items;", {g.split("_", 1)[1] if g != "reuse" else g: len(v) for g, v in sorted(groups.items())})
    print("   ", "words min/median/max:", min(sizes.values()), sorted(sizes.values())[len(sizes)//2], max(sizes.values()))
    for r in sorted(sizes):
        if "misc" in r or "reuse" in r or "topic" in r:
            print("     ", r, [f for f, x in n[lang].items() if x == r][0], sizes[r], "words")
for p in problems: print("note:", p)
print("OK")
