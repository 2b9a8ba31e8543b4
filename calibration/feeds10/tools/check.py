# -*- coding: utf-8 -*-
"""Self-check for feeds10 (does not use or run the detector). Adapted from calibration/feeds9/tools/check.py.
- layout: names.json <-> language folders, anonymous file names, truth.json / hard_negatives.json reference existing files
- hygiene: UTF-8, NFC, non-empty, no template leftovers / double spaces / space before punctuation
- typography: zh full-width punctuation and “” quotes; ja 「」 quotes, one digit width per item (Kyodo half-width,
  Jiji full-width) and both widths present; ar Arabic comma, one digit system per item (Western or Arabic-Indic)
  and both present, « » with Arabic-Indic items and straight quotes with Western-digit agency items; ru « » quotes and
  decimal commas; es '0,62 %' spacing, straight quotes in EFE / Europa Press items and « » in other outlets' items
- formula families: 5 per language, 4-5 items each, 21 items; siblings share template wording (token k-grams,
  digits masked) and differ in figures (every pair differs, every item has figures of its own); template numbers printed
- copies: chrome reposts contain their source verbatim; trimmed copies = source minus exactly one paragraph
- rewrites: not verbatim, no whole source paragraph, share figures with the partner, and a formula rewrite shares more of
  its partner's own figures than of any sibling's
- partial: exactly 2 source paragraphs verbatim inside the partial item, plus >= 2 paragraphs of its own
- same-event pair: shares figures but no long verbatim run (written independently)
- lengths (formula 120-350 words, stand-alone 200-600; zh / ja counted in English-word equivalents), scripts,
  agency markers"""
import json, os, re, sys, itertools, unicodedata
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(OUT, "tools"))
sys.dont_write_bytecode = True
import build
LANGS = build.LANGS
t = json.load(open(f"{OUT}/truth.json", encoding="utf-8"))
n = json.load(open(f"{OUT}/names.json", encoding="utf-8"))
hn = json.load(open(f"{OUT}/tools/hard_negatives.json", encoding="utf-8"))
assert set(t) == set(n) == set(hn) == set(LANGS), (sorted(t), LANGS)

CJK = ("zh", "ja")
def asciidigits(s):
    return "".join(str(unicodedata.decimal(c)) if c.isdigit() and unicodedata.decimal(c, None) is not None else c for c in s)
def nums(s):
    """figures as normalised strings: digit groups (ASCII, Arabic-Indic or full-width digits) joined by space / nbsp / comma /
    dot / Arabic separators / full-width dot, separators dropped (1 284, 1.284 and 1,284 all give 1284; 0,62 and 0.62 give 062)."""
    out = set()
    for m in re.finditer(r"\d+(?:[ .,/\u00a0\u202f\u066b\u066c\uff0e]\d+)*", s):
        out.add(asciidigits(re.sub(r"[ ,.\u00a0\u202f\u066b\u066c\uff0e/]", "", m.group(0))))
    return out
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
KANA = "\u3040-\u309f\u30a0-\u30ff\uff66-\uff9f"
ARM = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
TOKW = re.compile(rf"[\w{ARM}]+")
TOKC = re.compile(rf"[{HAN}{KANA}]|\d+|[A-Za-z]+")
def words(s, lang):
    if lang in CJK:
        return TOKC.findall(s.lower())
    return TOKW.findall(s.lower())
KG = {"zh": 4, "ja": 4}
def cover(a, b, lang):
    """share of a's tokens (digits masked) inside token k-grams that also occur in b (CJK: characters, k=4; others: words, k=3)"""
    k = KG.get(lang, 3)
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
RUNMAX = {"zh": 14, "ja": 14}
def paras(s): return s.rstrip("\n").split("\n\n")
def size(s, lang):
    """English-word equivalents: whitespace words; zh (Han characters + figures + Latin words) / 1.6;
    ja (kanji + kana + figures + Latin words) / 2.2"""
    if lang in CJK:
        c = len(re.findall(rf"[{HAN}{KANA}]", s)) + len(re.findall(r"\d+(?:[.,．]\d+)*", s)) + len(re.findall(r"[A-Za-z]+", s))
        return round(c / (1.6 if lang == "zh" else 2.2))
    return len(s.split())

MARK = {"zh": ("新华社",), "ar": ("/قنا/", "/ وام /", " م واس "), "ru": ("/ТАСС/.", "INTERFAX.RU - "),
        "ja": ("（共同）", "（時事）"), "es": ("(EFE).- ", "(EUROPA PRESS)")}
SCRIPT = {"zh": rf"[{HAN}]", "ja": rf"[{HAN}{KANA}ー]", "ar": r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]",
          "ru": r"[\u0400-\u04ff]", "es": r"[A-Za-zÀ-ÿ]"}
AR_INDIC = re.compile(r"[\u0660-\u0669]")
FULLW = re.compile(r"[\uff10-\uff19]")
problems = []
summary = {}
for lang in LANGS:
    P = build.PLAN[lang]
    gen, _hand = build.mods(lang)
    files = sorted(os.listdir(f"{OUT}/{lang}"))
    assert len(files) == 48, (lang, len(files))
    assert set(files) == set(n[lang]), lang
    assert all(re.fullmatch(rf"{lang}_[0-9a-f]{{8}}\.txt", f) for f in files), lang
    T = {}
    for f in files:
        s = open(f"{OUT}/{lang}/{f}", "rb").read().decode("utf-8")
        assert s.strip(), f
        for bad in ("{", "}", "None", "TODO", "\n\n\n", "  ", " ,", " .", " :", " ;", " ،", "\t", "\r", ",,", "..."):
            assert bad not in s, (lang, n[lang][f], repr(bad))
        assert s.endswith("\n") and not s.endswith("\n\n"), (f, "ending")
        assert unicodedata.is_normalized("NFC", s), (f, "not NFC")
        T[n[lang][f]] = s
    roles = set(T)
    assert len(set(T.values())) == len(T), (lang, "two files with identical text")
    for r, s in T.items():
        assert not re.search(r"(?:misc|topic|event|reuse|chrome|trim|rewrite|partial)_[a-z]*\d", s), (r, "role name leaked into the text")
    body = {r: s for r, s in T.items() if "_reuse_chrome_" not in r}
    # typography
    if lang == "zh":
        for r, s in body.items():
            assert '"' not in s and "「" not in s, (r, "Xinhua quotes are “ ”")
            assert not re.search(rf"[{HAN}][,;:!?()]|[,;:!?()][{HAN}]", s), (r, "ASCII punctuation next to Chinese text")
            assert "。" in s and "，" in s, r
    if lang == "ja":
        widths = {"half": 0, "full": 0}
        for r, s in body.items():
            assert '"' not in s and "“" not in s, (r, "Japanese quotes are 「 」")
            assert s.count("「") == s.count("」") and s.count("『") == s.count("』"), (r, "unbalanced 「」")
            assert "。" in s and "、" in s, r
            h, fw = bool(re.search(r"[0-9]", s)), bool(FULLW.search(s))
            assert not (h and fw), (r, "mixes half-width and full-width digits")
            widths["full" if fw else "half"] += 1
            if fw: assert "（時事）" in s or "（共同）" not in s, (r, "full-width digits are the Jiji-style items")
        assert widths["full"] >= 5 and widths["half"] >= 20, widths
    if lang == "ar":
        systems = {"western": 0, "indic": 0}
        for r, s in body.items():
            assert "،" in s, (r, "Arabic comma")
            assert not re.search(r"[\u0600-\u06ff],", s), (r, "ASCII comma after Arabic letter")
            w, i = bool(re.search(r"[0-9]", s)), bool(AR_INDIC.search(s))
            assert not (w and i), (r, "mixes Western and Arabic-Indic digits")
            systems["indic" if i else "western"] += 1
            if i: assert '"' not in s and s.count("«") == s.count("»"), (r, "Arabic-Indic outlet uses « »")
            else: assert "«" not in s and s.count('"') % 2 == 0, (r, "agency items use straight quotes")
        assert systems["indic"] >= 3 and systems["western"] >= 30, systems
    if lang == "ru":
        for r, s in body.items():
            assert '"' not in s and "“" not in s, (r, "Russian quotes are « » („ “ nested)")
            assert not re.search(r"\d\.\d", s), (r, "decimal point instead of comma")
            assert not re.search(r"\d,\d{3}(?!\d)", s) or "INTERFAX" in s, (r, "thousands are separated by spaces")
    if lang == "es":
        for r, s in body.items():
            assert not re.search(r"\d%", s), (r, "EFE writes '0,62 %'")
            agency = any(m in s for m in MARK["es"])
            if agency: assert "«" not in s and s.count('"') % 2 == 0, (r, "EFE / Europa Press quotes are straight")
            else: assert '"' not in s, (r, "other outlets use « »")
    for r, s in T.items():
        assert s.count("«") == s.count("»") and s.count("“") == s.count("”") + s.count("„"), (r, "unbalanced quotes")
    # truth
    assert len(t[lang]) == 6, (lang, len(t[lang]))
    pairs = set()
    for p in t[lang]:
        assert set(p) == {"a", "b", "relation", "note"} and p["relation"] in ("copy", "rewrite", "partial"), p
        assert "TODO" not in p["note"] and len(p["note"]) > 60, p
        assert p["a"] in files and p["b"] in files and p["a"] != p["b"], p
        pairs.add(frozenset((p["a"], p["b"])))
    assert len(pairs) == len(t[lang])
    rels = sorted(p["relation"] for p in t[lang])
    for h in hn[lang]:
        assert h["a"] in files and h["b"] in files and frozenset((h["a"], h["b"])) not in pairs, h
        assert [n[lang][h["a"]], n[lang][h["b"]]] == h["roles"], h
    kinds = {h["kind"] for h in hn[lang]}
    assert {"formula_repost_vs_sibling", "same_event_independent", "formula_rewrite_vs_sibling"} <= kinds, kinds
    # roles
    for r in roles:
        assert re.fullmatch(rf"{lang}_(?:[a-z]+_\d+|reuse_(?:chrome|trim|rewrite|partial)_[a-z]+\d+)", r), r
    # families
    fams = {}
    for r in roles:
        if "_reuse_" in r: continue
        g = r.rsplit("_", 1)[0]
        fams.setdefault(g, []).append(r)
    formula = {g: sorted(v) for g, v in fams.items() if g not in (f"{lang}_misc", f"{lang}_topic", f"{lang}_event")}
    assert len(fams[f"{lang}_misc"]) == 17 and len(fams[f"{lang}_topic"]) == 2 and len(fams[f"{lang}_event"]) == 2, lang
    assert len(formula) == 5, (lang, list(formula))
    assert sorted(formula) == sorted(gen.FAMILIES), (lang, sorted(formula))
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
        assert T[src] in T[ck] and len(T[ck]) > len(T[src]) + 150, (ck, "chrome repost is not a verbatim superset")
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
        rw_info.append(f"{rk}: shares {len(shared)} figures with its source, longest verbatim run {run} tokens, size {size(b, lang)}/{size(a, lang)}, "
                       f"source paragraphs kept verbatim {sum(x in b for x in paras(a)[1:])}")
        assert len(shared) >= 3, (rk, shared)
        assert len(paras(b)) <= len(paras(a)) + 1
        assert not any(x in b for x in paras(a)[1:] if size(x, lang) > 8), (rk, "a whole source paragraph kept verbatim")
        if src in gen.ITEMS:
            assert size(b, lang) < size(a, lang), (rk, "formula rewrite should be shorter than its source")
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
    assert len(ev_shared) >= 2 and ev_run <= RUNMAX.get(lang, 8), (lang, "event pair", ev_shared, ev_run)
    # topic pair and chrome pair are unrelated in text too
    assert longest_run(T[f"{lang}_topic_1"], T[f"{lang}_topic_2"], lang) <= RUNMAX.get(lang, 8) + 2, (lang, "topic pair shares a long run")
    # lengths
    sizes = {r: size(s, lang) for r, s in T.items()}
    for r, v in sizes.items():
        if "_reuse_" in r and "_partial_" not in r:
            if not (60 <= v <= 600): problems.append(f"{r}: {v} words (derived / rewrite item, allowed)")
            continue
        lo, hi = (120, 350) if r.rsplit("_", 1)[0] in formula else (200, 600)
        assert lo <= v <= hi, (r, v, "words", (lo, hi))
    # agency markers on agency items; none on the other outlets' items
    for r, s in T.items():
        has = any(m in s for m in MARK[lang])
        if "_reuse_rewrite_" in r or r.endswith("_event_2"):
            assert not has, (r, "another outlet's item carries an agency marker")
            continue
        if "_reuse_" in r and "_partial_" not in r:
            continue
        assert has, (r, "agency marker missing")
    # scripts
    for r, s in body.items():
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
    print(f"    same-event pair shares figures {S['event'][0]}, longest common run {S['event'][1]} tokens")
    v = sorted(S["sizes"].values())
    print(f"    words (equivalent) min/median/max {v[0]}/{v[len(v)//2]}/{v[-1]}")
for p in problems: print("note:", p)
print("OK")
