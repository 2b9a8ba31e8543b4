"""Sanity checks for multi24 (structure only; does not run the detector).

Adapted from multi23's check.py (roles split with story()/kind()). The label and cluster pattern is
compared with multi23's (role level; multi23 is the only earlier set this set's author read).
Lengths: src 400-550 words for ar4, ru4, es4 and 900-1,400 non-space characters for ja4 and zh5 (no spaces
between words); the loose rewrite is 40-60% of src in the same unit and opens on a quotation. The trimmed
copy's paragraphs are verbatim paragraphs of the src and docs/ matches named/. Quotation checks as in
multi23 with this set's conventions: ja4 「…」 (Japanese press), ar4 «…» (QNA-style src; one other outlet
uses “…”, so both pairs count), ru4 «…» (TASS/Interfax), es4 «…» (EFE-style Spanish), zh5 “…” (Xinhua).
Quotations count from 25 characters (ru4: a company name in «…» after АО/ООО/ПАО is not a quotation). Every src has exactly five; the close rewrite keeps 1-2 verbatim,
indep-a shares exactly one verbatim and indep-b none, each independent report has at least two
quotations of its own, the partial lifts exactly three src paragraphs (not the lead), and no rewrite or
independent report contains a whole src paragraph that does not open with a quotation mark.
Per-language checks on the article text of every document (the repost's YAML and site chrome left out),
all NFC: ja4 kana in every document, no Latin letters, half-width digits only, ％ not %, 「…」 only, the
dateline and 「…」と述べた/話した attributions; ar4 Arabic script without Latin letters, the Arabic comma
and no ASCII comma, the planned digit script per document (Western: src, repost, trimmed, partial,
rewrite-loose, indep-a; Arabic-Indic ٠-٩ with ٫ and ٪: rewrite, indep-b) and no document mixing them, the
dateline and وقال … «…» attributions; ru4 Cyrillic without Latin letters and without і ї є ґ ў or ё
(TASS writes е), decimal commas, «…» only, the dateline and «…», — сказал attributions; es4 Latin with
Spanish letters (at least three of á é í ó ú ñ per document), no other accented letters except ü, decimal
commas (no 34.62), «…» only, the dateline and «…», afirmó/dijo attributions; zh5 Han script, no kana, none
of a list of traditional-only characters, full-width ，。：；？！ (no ASCII punctuation between Han
characters), “…” only, the dateline and “…”XX说。 attributions.
"""

import collections
import json
import re
import unicodedata
from pathlib import Path

R = Path(__file__).resolve().parent.parent
docs = sorted(p.name for p in (R / "docs").iterdir())
names = json.loads((R / "names.json").read_text(encoding="utf-8"))
truth = json.loads((R / "truth.json").read_text(encoding="utf-8"))
ok = True
STORIES = ["ja4", "ar4", "ru4", "es4", "zh5"]
CJK = {"ja4", "zh5"}
KINDS = ["src", "repost", "trimmed", "rewrite", "rewrite-loose", "partial", "indep-a", "indep-b"]
def story(role):
    return max((s for s in STORIES if role.startswith(s + "-")), key=len, default=role.split("-")[0])
def kind(role):
    return role[len(story(role)) + 1:]
def bad(msg):
    global ok
    ok = False
    print("FAIL", msg)

for d in docs:
    b = (R / "docs" / d).read_bytes()
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError:
        bad(f"{d} not UTF-8"); continue
    if not t.strip():
        bad(f"{d} empty")
    if not re.fullmatch(r"\d{3}_[0-9a-f]{16}\.(txt|md)", d):
        bad(f"{d} bad name")
    if d.endswith(".md") != names.get(d, "").endswith("-repost"):
        bad(f"{d} extension/kind mismatch")
if len(docs) != 40: bad(f"{len(docs)} docs")
if set(docs) != set(names): bad("names.json != docs/")
per = collections.Counter(story(v) for v in names.values())
if sorted(kind(v) for v in names.values()) != sorted(KINDS * 5): bad("kinds per story")
if sorted(per.values()) != [8] * 5: bad(f"per-story counts {per}")
if len(truth["pairs"]) != 5 * 22: bad(f"{len(truth['pairs'])} pairs")
labels = collections.Counter(l for _, _, l in truth["pairs"])
print("labels", dict(labels))
for a, b, l in truth["pairs"]:
    if a not in names or b not in names: bad(f"unknown name in pair {a} {b}")
    elif story(names[a]) != story(names[b]): bad(f"cross-story pair {a} {b}")
    if l not in ("copy", "rewrite", "partial", "none"): bad(f"label {l}")
if len({frozenset(p[:2]) for p in truth["pairs"]}) != len(truth["pairs"]): bad("duplicate pair")
if len(truth["clusters"]) != 5: bad("clusters")
for c in truth["clusters"]:
    if len(c) != 5 or any(x not in names for x in c): bad(f"cluster {c}")
    if sorted(kind(names[x]) for x in c) != sorted(["src", "repost", "trimmed", "rewrite", "rewrite-loose"]): bad(f"cluster kinds {c}")
# compare the label and cluster pattern with multi23's (role level; its story ids have no '-')
p24 = collections.Counter((kind(names[a]), kind(names[b]), l) for a, b, l in truth["pairs"])
c24 = sorted(sorted(kind(names[x]) for x in c) for c in truth["clusters"])
for other in ("multi23",):
    m = R.parent / other
    if not m.exists():
        bad(f"{other} not found for the pattern comparison"); continue
    n0 = json.loads((m / "names.json").read_text(encoding="utf-8"))
    t0 = json.loads((m / "truth.json").read_text(encoding="utf-8"))
    role0 = lambda x: n0[x].split("-", 1)[1]
    p0 = collections.Counter((role0(a), role0(b), l) for a, b, l in t0["pairs"])
    c0 = sorted(sorted(role0(x) for x in c) for c in t0["clusters"])
    if p0 != p24: bad(f"label pattern differs from {other}")
    elif c0 != c24: bad(f"cluster pattern differs from {other}")
    else: print(f"label and cluster pattern match {other}")

N = R / "named"
def size(s, t):  # words, or non-space characters for Japanese and Chinese
    return len(re.sub(r"\s", "", t)) if s in CJK else len(t.split())
for s in STORIES:
    src = (N / f"{s}-src.txt").read_text(encoding="utf-8")
    w = size(s, src)
    lo, hi = (900, 1400) if s in CJK else (400, 550)
    print(f"{s} src {'chars' if s in CJK else 'words'} {w}")
    if not lo <= w <= hi: bad(f"{s} src length {w}")
    sp = set(src.strip("\n").split("\n\n"))
    tp = (N / f"{s}-trimmed.txt").read_text(encoding="utf-8").strip("\n").split("\n\n")
    if any(p not in sp for p in tp[1:]): bad(f"{s} trimmed paragraph not in src")
    anon = {r: d for d, r in names.items()}
    for k in KINDS:
        f = N / f"{s}-{k}{'.md' if k == 'repost' else '.txt'}"
        if not f.exists(): bad(f"missing {f.name}")
        elif f"{s}-{k}" not in anon: bad(f"{f.name} not in names.json")
        elif (R / "docs" / anon[f"{s}-{k}"]).read_bytes() != f.read_bytes(): bad(f"docs copy of {f.name} differs")

# quotation checks (named/)
QUOTE = {  # (opening, closing) pairs of the top-level quotations; every pair must balance
    "ja4": [("\u300c", "\u300d")],                              # 「…」
    "ar4": [("\u00ab", "\u00bb"), ("\u201c", "\u201d")],        # «…» (src), “…” (one other outlet)
    "ru4": [("\u00ab", "\u00bb")],                              # «…»
    "es4": [("\u00ab", "\u00bb")],                              # «…»
    "zh5": [("\u201c", "\u201d")],                              # “…”
}
FOREIGN_Q = {  # quotation marks that must not appear in the article text
    "ja4": '"\u201c\u201d\u00ab\u00bb\u201e',
    "ar4": '"\u201e\u300c\u300d',
    "ru4": '"\u201c\u201d\u201e\u300c',
    "es4": '"\u201c\u201d\u201e\u300c',
    "zh5": '"\u300c\u300d\u00ab\u00bb\u201e',
}
MINQ = 25
ORG = re.compile(r"(?:АО|ООО|ПАО|ЗАО) $")  # ru4: «…» also marks company names (АО «Северокузбасская угольная компания»)
def quotes(s, t):
    out = []
    for o, c in QUOTE[s]:
        for m in re.finditer(re.escape(o) + r"([^" + o + c + r"\n]{%d,})" % MINQ + re.escape(c), t):
            if not ORG.search(t[max(0, m.start() - 4):m.start()]):
                out.append(m.group(1))
    return out
ROLE_DIGITS = {"rewrite": "indic", "indep-b": "indic"}  # ar4; every other document uses Western digits
TRAD = "們這個為時說與發會經國區災縣萬億來對開門們關係應當從後點車馬鳥樂區縣號運產農業電場東營總實現轉預傳處點"
for s in STORIES:
    rd = lambda k: (N / f"{s}-{k}.txt").read_text(encoding="utf-8")
    src = rd("src")
    sq = set(quotes(s, src))
    o = QUOTE[s][0][0]
    for k in ("src", "rewrite", "rewrite-loose", "partial", "indep-a", "indep-b"):
        t = rd(k)
        for p in t.split("\n"):
            for oo, cc in QUOTE[s]:
                depth = 0
                for ch in p:
                    depth += (ch == oo) - (ch == cc)
                    if depth < 0 or depth > 1: break
                if depth != 0: bad(f"{s}-{k} unbalanced {oo}{cc} in paragraph {p[:40]}")
    def shared(k):
        t = rd(k)
        return [q for q in sq if q in t]
    rw, ia, ib = shared("rewrite"), shared("indep-a"), shared("indep-b")
    print(f"{s} src quotations {len(sq)}; verbatim in rewrite {len(rw)}, rewrite-loose {len(shared('rewrite-loose'))}, partial {len(shared('partial'))}, indep-a {len(ia)}, indep-b {len(ib)}")
    if len(sq) != 5: bad(f"{s} src has {len(sq)} quotations (five wanted)")
    if not 1 <= len(rw) <= 2: bad(f"{s} rewrite keeps {len(rw)} quotations")
    if len(ia) != 1: bad(f"{s} indep-a shares {len(ia)} quotations")
    if ib: bad(f"{s} indep-b shares {len(ib)} quotations")
    for k in ("indep-a", "indep-b"):
        own = [q for q in quotes(s, rd(k)) if q not in sq]
        if len(own) < 2: bad(f"{s}-{k} has {len(own)} quotations of its own")
    ratio = size(s, rd("rewrite-loose")) / size(s, src)
    print(f"{s} rewrite-loose ratio {ratio:.2f}")
    if not 0.40 <= ratio <= 0.60: bad(f"{s} rewrite-loose ratio {ratio:.2f} outside 40-60%")
    loose = rd("rewrite-loose").strip("\n").split("\n\n")
    if len(loose) < 2 or not loose[1].startswith(tuple(oo for oo, _ in QUOTE[s])): bad(f"{s}-rewrite-loose does not open on a quotation")
    sp = [p for p in src.strip("\n").split("\n\n")[1:]]
    part = rd("partial")
    lifted = [i + 1 for i, p in enumerate(sp) if p in part]
    print(f"{s} partial lifts src body paragraphs {lifted}")
    if len(lifted) != 3: bad(f"{s} partial lifts {len(lifted)} src paragraphs")
    if 1 in lifted or sp[0][40:] in part: bad(f"{s} partial lifts the lead paragraph")
    if not [q for q in quotes(s, part) if q not in sq]: bad(f"{s}-partial has no quotation of its own")
    lq = re.match("(?:" + "|".join(re.escape(oo) + "([^" + cc + "]+)" + re.escape(cc) for oo, cc in QUOTE[s]) + ")", loose[1]) if len(loose) > 1 else None
    lqt = next((g for g in lq.groups() if g), "") if lq else ""
    kept = [q for q in sq if lqt and lqt in q]
    print(f"{s} rewrite-loose opens on a shortened src quotation: {bool(kept) and lqt not in sq} ({len(lqt)} of {len(kept[0]) if kept else 0} characters)")
    if not kept or lqt in sq: bad(f"{s}-rewrite-loose does not open on a shortened src quotation")
    for k in ("rewrite", "rewrite-loose", "indep-a", "indep-b"):
        if any(p in rd(k) for p in sp if not p.startswith(o)): bad(f"{s}-{k} contains a whole non-quote src paragraph")

    # per-language conventions (all eight documents of the story)
    allk = {k: (N / f"{s}-{k}{'.md' if k == 'repost' else '.txt'}").read_text(encoding="utf-8") for k in KINDS}
    def text(k):  # the article text: the repost without YAML and site chrome
        t = allk[k]
        if k == "repost":
            body = src.strip("\n").split("\n\n")[1:]
            t = "\n\n".join(p for p in t.split("\n\n") if any(p in b or b.endswith(p) for b in body))
        return t
    for k in allk:
        t = text(k)
        fq = [ch for ch in t if ch in FOREIGN_Q[s]]
        if fq: bad(f"{s}-{k} has foreign quotation marks {fq[:5]}")
        if not any(t.count(oo) for oo, _ in QUOTE[s]): bad(f"{s}-{k} has no quotation")
        if t != unicodedata.normalize("NFC", t): bad(f"{s}-{k} not NFC")
    first_body = src.split("\n\n")[1]
    lat = lambda t: re.findall("[A-Za-z\u00c0-\u024f]", t)
    if s == "ja4":
        for k in allk:
            t = text(k)
            kana = len(re.findall("[\u3040-\u30ff]", t)); han = len(re.findall("[\u4e00-\u9fff]", t))
            fw = re.findall("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]", t)
            print(f"  ja4-{k}: kana {kana}, kanji {han}, Latin {len(lat(t))}, full-width digits/letters {len(fw)}, ASCII % {t.count('%')}, 「」 {t.count(chr(0x300c))}")
            if kana < 0.3 * han: bad(f"ja4-{k} has too little kana for Japanese")
            if lat(t): bad(f"ja4-{k} has Latin letters {lat(t)[:5]}")
            if fw: bad(f"ja4-{k} has full-width digits/letters {fw[:5]}")
            if "%" in t: bad(f"ja4-{k} uses ASCII % (Japanese press writes ％)")
        if not first_body.startswith("【長岡東邦】"): bad("ja4 src lacks the dateline")
        if len(re.findall("\u300d(?:と|。)(?:述べ|話し|語っ|強調し|説明し)?", src)) < 4: bad("ja4 src lacks 「…」と述べた attributions")
    if s == "ar4":
        for k in allk:
            t = text(k)
            ar = len(re.findall("[\u0600-\u06ff]", t))
            west = len(re.findall("[0-9]", t)); indic = len(re.findall("[\u0660-\u0669]", t))
            want = ROLE_DIGITS.get(k, "western")
            print(f"  ar4-{k}: Arabic chars {ar}, Latin {len(lat(t))}, Western digits {west}, Arabic-Indic digits {indic} (planned {want}), ، {t.count(chr(0x60c))}, ASCII , {t.count(',')}, «» {t.count(chr(0xab))}, “” {t.count(chr(0x201c))}")
            if ar < 500: bad(f"ar4-{k} not Arabic text")
            if lat(t): bad(f"ar4-{k} has Latin letters {lat(t)[:5]}")
            if "," in t or not t.count("\u060c"): bad(f"ar4-{k} comma convention")
            if want == "western" and (indic or "\u066a" in t or "\u066b" in t): bad(f"ar4-{k} mixes in Arabic-Indic digits")
            if want == "indic" and (west or "%" in t or re.search("[\u0660-\u0669]\\.[\u0660-\u0669]", t)): bad(f"ar4-{k} mixes in Western digits or separators")
        if not first_body.startswith("الدوحة في 30 مارس /وخأ/ "): bad("ar4 src lacks the dateline")
        if len(re.findall("(?:وقال|وقالت|وأضاف)[^«\n]{0,120}«", src)) < 4: bad("ar4 src lacks وقال … «…» attributions")
    if s == "ru4":
        for k in allk:
            t = text(k)
            cy = len(re.findall("[\u0400-\u04ff]", t))
            oth = re.findall("[ІіЇїЄєҐґЎўЁё]", t)
            dec = re.findall(r"\d\.\d", t)
            print(f"  ru4-{k}: Cyrillic chars {cy}, Latin {len(lat(t))}, і ї є ґ ў ё {len(oth)}, decimal points {len(dec)}, «» {t.count(chr(0xab))}")
            if cy < 500: bad(f"ru4-{k} not Cyrillic text")
            if lat(t): bad(f"ru4-{k} has Latin letters {lat(t)[:5]}")
            if oth: bad(f"ru4-{k} has letters outside the Russian newswire convention {oth[:5]}")
            if dec: bad(f"ru4-{k} has decimal points {dec[:5]}")
        if not first_body.startswith("КЕМЕРОВО, 30 марта. /Интерсибирь/. "): bad("ru4 src lacks the dateline")
        if len(re.findall("\u00bb, — (?:сказал|сказала|рассказал|заявил|сообщил)", src)) < 4: bad("ru4 src lacks «…», — сказал attributions")
    if s == "es4":
        for k in allk:
            t = text(k); low = t.lower()
            es = {ch: low.count(ch) for ch in "áéíóúñ"}
            other_acc = sorted({ch for ch in low if "\u00c0" <= ch <= "\u024f" and ch not in "áéíóúñü"})
            dec = re.findall(r"\d\.\d{1,2}(?!\d)", t)
            fw = sum(1 for w in re.findall(r"\w+", low) if w in ("el", "la", "los", "las", "de", "del", "en", "y", "que", "con", "por", "para", "se", "un", "una"))
            print(f"  es4-{k}: Spanish letters {es}, other accented {other_acc}, decimal points {dec[:3]}, function words {fw}/{len(t.split())}, «» {t.count(chr(0xab))}")
            if sum(1 for v in es.values() if v) < 3: bad(f"es4-{k} lacks Spanish letters")
            if other_acc: bad(f"es4-{k} has non-Spanish accented letters {other_acc}")
            if dec: bad(f"es4-{k} has decimal points {dec[:5]}")
            if fw < 0.2 * len(t.split()): bad(f"es4-{k} does not look like Spanish")
        if not first_body.startswith("Puerto Albar, 30 mar (AIN).- "): bad("es4 src lacks the dateline")
        if len(re.findall("\u00bb, (?:afirmó|dijo|señaló|explicó|declaró|aseguró)", src)) < 4: bad("es4 src lacks «…», afirmó attributions")
    if s == "zh5":
        for k in allk:
            t = text(k)
            han = len(re.findall("[\u4e00-\u9fff]", t))
            kana = re.findall("[\u3040-\u30ff]", t)
            trad = [ch for ch in t if ch in TRAD]
            asc = re.findall("[\u4e00-\u9fff][,.;:?!]|[,;:?!][\u4e00-\u9fff]", t)
            print(f"  zh5-{k}: Han {han}, kana {len(kana)}, traditional-only {len(trad)}, ASCII punctuation at Han {len(asc)}, Latin {len(lat(t))}, “” {t.count(chr(0x201c))}")
            if han < 300: bad(f"zh5-{k} not Chinese text")
            if kana: bad(f"zh5-{k} has kana")
            if trad: bad(f"zh5-{k} has traditional characters {trad[:5]}")
            if asc: bad(f"zh5-{k} has ASCII punctuation {asc[:5]}")
            if lat(t): bad(f"zh5-{k} has Latin letters {lat(t)[:5]}")
        if not first_body.startswith("华通社南昌3月30日电（记者 林雨晴 吴振宇）"): bad("zh5 src lacks the dateline")
        if len(re.findall("\u201d[^\u201c\u201d\n]{1,30}说。", src)) < 4: bad("zh5 src lacks “…”XX说。 attributions")
print("OK" if ok else "PROBLEMS")
