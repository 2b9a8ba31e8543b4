# -*- coding: utf-8 -*-
"""Self-check for feeds9 (does not use or run the detector). Adapted from calibration/feeds8/tools/check.py.
- layout: names.json <-> language folders, anonymous file names, truth.json / hard_negatives.json reference existing files
- hygiene: UTF-8, non-empty, no template leftovers / double spaces / space before punctuation
- typography: Greek question mark U+037E (never ASCII ';' in el), « » quotes in el / kk, Kazakh-specific letters in every
  kk item, Sinhala conjuncts with ZWJ present, no Sinhala Lith digits
- formula families: >= 3 per language, 3-6 items each; siblings share template wording (word 3-grams, digits masked)
  and differ in figures (every pair differs, every item has figures of its own); template numbers printed
- copies: chrome reposts contain their source verbatim; trimmed copies = source minus exactly one paragraph
- rewrites: not verbatim, share figures with the partner, and share more of the partner's own figures than any sibling's
- partial: 1-2 source paragraphs verbatim inside the partial item, plus >= 2 paragraphs of its own
- same-event pair: shares figures but no long verbatim run (written independently)
- lengths, scripts (kk Cyrillic, si Sinhala, el Greek), agency markers"""
import json, os, re, sys, itertools, unicodedata
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(OUT, "tools"))
sys.dont_write_bytecode = True
import build
LANGS = build.LANGS
t = json.load(open(f"{OUT}/truth.json", encoding="utf-8"))
n = json.load(open(f"{OUT}/names.json", encoding="utf-8"))
hn = json.load(open(f"{OUT}/tools/hard_negatives.json", encoding="utf-8"))
assert set(t) == set(n) == set(hn) == set(LANGS)

def nums(s):
    """figures as normalised strings: digit groups joined by space / nbsp / comma / dot / slash, separators dropped
    (1 280, 1.280 and 1,280 all give 1280; 4,6 and 4.6 give 46)."""
    out = set()
    for m in re.finditer(r"\d+(?:[ .,/\u00a0\u202f]\d+)*", s):
        out.add(re.sub(r"[ ,.\u00a0\u202f]", "", m.group(0)))
    return out
# word tokens: letters, digits and combining marks (Sinhala vowel signs and virama are marks, not \w; ZWJ joins conjuncts)
TOK = re.compile(r"[\w\u0d80-\u0dff\u200c\u200d]+")
def words(s, lang=None):
    return TOK.findall(s.lower())
def cover(a, b, lang, k=3):
    """share of a's tokens (digits masked) inside token k-grams that also occur in b"""
    wa = ["#" if any(c.isdigit() for c in x) else x for x in words(a, lang)]
    wb = ["#" if any(c.isdigit() for c in x) else x for x in words(b, lang)]
    gb = {tuple(wb[i:i + k]) for i in range(len(wb) - k + 1)}
    cov = [False] * len(wa)
    for i in range(len(wa) - k + 1):
        if tuple(wa[i:i + k]) in gb:
            for j in range(i, i + k): cov[j] = True
    return sum(cov) / max(1, len(wa))
def longest_run(a, b, lang):
    wa, wb = words(a, lang), words(b, lang)
    best = 0
    prev = [0] * (len(wb) + 1)
    for i in range(1, len(wa) + 1):
        cur = [0] * (len(wb) + 1)
        for j in range(1, len(wb) + 1):
            if wa[i - 1] == wb[j - 1]:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best: best = cur[j]
        prev = cur
    return best
def paras(s): return s.rstrip("\n").split("\n\n")
def size(s, lang): return len(s.split())

MARK = {"pt": "(FOLHAPRESS) - ", "nl": "(ANP) - ", "kk": ". KAZINFORM – ", "si": "(ලංකාපුවත්) - ", "el": "(ΑΠΕ-ΜΠΕ) – "}
SCRIPT = {"kk": r"[\u0400-\u04ff]", "si": r"[\u0d80-\u0dff]", "el": r"[\u0370-\u03ff\u1f00-\u1fff]"}
problems = []
summary = {}
for lang in LANGS:
    P = build.PLAN[lang]
    files = sorted(os.listdir(f"{OUT}/{lang}"))
    assert len(files) == 48, (lang, len(files))
    assert set(files) == set(n[lang]), lang
    assert all(re.fullmatch(rf"{lang}_[0-9a-f]{{8}}\.txt", f) for f in files), lang
    T = {}
    for f in files:
        s = open(f"{OUT}/{lang}/{f}", "rb").read().decode("utf-8")
        assert s.strip(), f
        for bad in ("{", "}", "None", "\n\n\n", "  ", " ,", " .", " :", " ;", " \u037e", "\t", "\r", ",,", "..."):
            assert bad not in s, (lang, n[lang][f], repr(bad))
        assert s.endswith("\n") and not s.endswith("\n\n"), (f, "ending")
        assert unicodedata.is_normalized("NFC", s.replace("\u037e", ";")), (f, "not NFC")
        T[n[lang][f]] = s
    roles = set(T)
    # typography
    if lang == "el":
        for r, s in T.items():
            assert ";" not in s, (r, "ASCII semicolon / question mark in Greek text: use U+037E")
            assert '"' not in s, (r, "straight quotes in Greek text")
        q = [r for r, s in T.items() if "\u037e" in s]
        assert len(q) >= 3, ("el items with the Greek question mark", q)
    if lang == "kk":
        for r, s in T.items():
            assert re.search("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]", s), (r, "no Kazakh-specific letter")
            assert '"' not in s and "”" not in s, (r, "Kazakh quotes are « » (nested „ “)")
    if lang == "si":
        for r, s in T.items():
            assert not re.search("[\u0de6-\u0def]", s), (r, "Sinhala Lith digits")
        assert sum("\u0dca\u200d" in s for s in T.values()) >= 40, "Sinhala conjuncts (virama + ZWJ) expected in most items"
    for r, s in T.items():
        assert s.count("«") == s.count("»") and s.count("“") == s.count("”") + s.count("„"), (r, "unbalanced quotes")
    # truth
    assert len(t[lang]) == 6, (lang, len(t[lang]))
    pairs = set()
    for p in t[lang]:
        assert set(p) == {"a", "b", "relation", "note"} and p["relation"] in ("copy", "rewrite", "partial"), p
        assert p["a"] in files and p["b"] in files and p["a"] != p["b"], p
        pairs.add(frozenset((p["a"], p["b"])))
    assert len(pairs) == len(t[lang])
    rels = sorted(p["relation"] for p in t[lang])
    for h in hn[lang]:
        assert h["a"] in files and h["b"] in files and frozenset((h["a"], h["b"])) not in pairs, h
        assert [n[lang][h["a"]], n[lang][h["b"]]] == h["roles"], h
    kinds = {h["kind"] for h in hn[lang]}
    assert {"formula_repost_vs_sibling", "same_event_independent"} <= kinds, kinds
    # families
    fams = {}
    for r in roles:
        if "_reuse_" in r: continue
        g = r.rsplit("_", 1)[0]
        fams.setdefault(g, []).append(r)
    formula = {g: sorted(v) for g, v in fams.items() if g not in (f"{lang}_misc", f"{lang}_topic", f"{lang}_event")}
    assert len(fams[f"{lang}_misc"]) == 17 and len(fams[f"{lang}_topic"]) == 2 and len(fams[f"{lang}_event"]) == 2, lang
    assert len(formula) == 5, (lang, list(formula))
    assert sorted(formula) == sorted(P["gen"].FAMILIES), (lang, sorted(formula))
    nform = sum(len(v) for v in formula.values())
    assert nform == 21 and nform < len(files) / 2, (lang, "formula items must be a minority", nform, len(files))
    fam_info = []
    for g, mem in sorted(formula.items()):
        assert 4 <= len(mem) <= 5, (g, len(mem))
        F = {r: nums(T[r]) for r in mem}
        sims = []
        for a, b in itertools.combinations(mem, 2):
            c = min(cover(T[a], T[b], lang), cover(T[b], T[a], lang))
            sims.append(c)
            assert c >= 0.25, (g, a, b, round(c, 2), "template wording not shared")
            assert F[a] != F[b], (g, a, b, "same figures")
        for r in mem:
            others = set().union(*(F[o] for o in mem if o != r))
            assert F[r] - others, (r, "no figures of its own")
        common = set.intersection(*F.values())
        fam_info.append(f"{g.split('_', 1)[1]}({len(mem)}: shared template wording {min(sims):.2f}-{max(sims):.2f}; common figures {sorted(common, key=lambda z: (len(z), z))})")
    # copies
    for src in (P["chrome_formula"], P["chrome_misc"]):
        ck = f"{lang}_reuse_chrome_{build.short(src)}"
        assert T[src] in T[ck] and len(T[ck]) > len(T[src]) + 200, (ck, "chrome repost is not a verbatim superset")
    tsrc, tidx = P["trim"]
    tk = f"{lang}_reuse_trim_{build.short(tsrc)}"
    ps, pt = paras(T[tsrc]), paras(T[tk])
    assert len(pt) == len(ps) - 1 and pt == ps[:tidx] + ps[tidx + 1:], (tk, "trim is not source minus one paragraph")
    # rewrites
    rw_info = []
    for src in (P["rw_misc"], P["rw_formula"]):
        rk = f"{lang}_reuse_rewrite_{build.short(src)}"
        a, b = T[src], T[rk]
        assert a != b and b not in a and a not in b
        shared = nums(a) & nums(b)
        run = longest_run(a, b, lang)
        rw_info.append(f"{rk}: shares {len(shared)} figures with its source, longest verbatim run {run} words, size {size(b, lang)}/{size(a, lang)}, "
                       f"source paragraphs kept verbatim {sum(x in b for x in paras(a)[1:])}")
        assert len(shared) >= 3, (rk, shared)
        assert len(paras(b)) <= len(paras(a)) + 1
        assert not any(x in b for x in paras(a)[1:] if size(x, lang) > 8), (rk, "a whole source paragraph kept verbatim")
        if src in P["gen"].ITEMS:
            fam = src.rsplit("_", 1)[0]
            own = nums(a) - set().union(*(nums(T[o]) for o in formula[fam] if o != src))
            hit = len(own & nums(b))
            for o in formula[fam]:
                if o == src: continue
                own_o = nums(T[o]) - set().union(*(nums(T[x]) for x in formula[fam] if x != o))
                assert len(own_o & nums(b)) < hit, (rk, o, "rewrite matches a sibling's own figures as well as its source")
            rw_info.append(f"    formula rewrite keeps {hit} of the {len(own)} figures only its source has")
    # partial
    pk = f"{lang}_reuse_partial_{build.short(P['partial'])}"
    src_p = [x for x in paras(T[P["partial"]])[1:] if size(x, lang) > 8]
    lifted = [x for x in src_p if x in T[pk]]
    own = [x for x in paras(T[pk])[1:] if not any(y in x for y in src_p)]
    assert len(lifted) == 2 and len(own) >= 2 and len(lifted) < len(src_p), (pk, len(lifted), len(own))
    assert sum(size(x, lang) for x in lifted) < 0.6 * size(T[pk], lang), (pk, "lifted part too large for a partial reuse")
    # same event, independent
    e1, e2 = T[f"{lang}_event_1"], T[f"{lang}_event_2"]
    ev_shared, ev_run = nums(e1) & nums(e2), longest_run(e1, e2, lang)
    assert len(ev_shared) >= 2 and ev_run <= 8, (lang, "event pair", ev_shared, ev_run)
    # lengths
    sizes = {r: size(s, lang) for r, s in T.items()}
    for r, v in sizes.items():
        if not (60 <= v <= 320):
            if "_reuse_" in r:
                problems.append(f"{r}: {v} words (derived/rewrite item, allowed)")
            else:
                raise AssertionError((r, v, "words"))
    # agency markers on agency items; none on the other outlets' items
    for r, s in T.items():
        if "_reuse_rewrite_" in r or r.endswith("_event_2"):
            assert MARK[lang] not in s, (r, "another outlet's item carries the agency dateline")
            continue
        if "_reuse_" in r and "_partial_" not in r:
            continue
        assert MARK[lang] in s, (r, "agency marker missing")
    # scripts
    if lang in SCRIPT:
        for r, s in T.items():
            if "_reuse_chrome_" in r: continue
            letters = [c for c in s if c.isalpha() or unicodedata.category(c).startswith("M")]
            share = len(re.findall(SCRIPT[lang], "".join(letters))) / max(1, len(letters))
            assert share >= 0.9, (r, round(share, 3))
    summary[lang] = dict(items=len(files), formula=fam_info, rels=rels, rw=rw_info, partial=(len(lifted), len(own)),
                         event=(sorted(ev_shared, key=len), ev_run), sizes=sizes, nform=nform)

for lang in LANGS:
    S = summary[lang]
    print(f"{lang}: {S['items']} items ({S['nform']} formula, {S['items'] - S['nform']} other); true pairs {S['rels']}")
    for x in S["formula"]: print("   family", x)
    for x in S["rw"]: print("   ", x)
    print(f"    partial: {S['partial'][0]} lifted paragraph(s), {S['partial'][1]} own paragraphs")
    print(f"    same-event pair shares figures {S['event'][0]}, longest common run {S['event'][1]} words")
    v = sorted(S["sizes"].values())
    print(f"    words min/median/max {v[0]}/{v[len(v)//2]}/{v[-1]}")
for p in problems: print("note:", p)
print("OK")
