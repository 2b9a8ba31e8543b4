"""Sanity checks for multi23 (structure only; does not run the detector).

Adapted from multi22's check.py (multi21's, multi20's, ... and multi13's checks; roles split with
story()/kind()). The label and cluster pattern is compared with multi22's and multi20's (role level).
Checks src length (450-560 words; all five languages here write spaces between words), that the trimmed
copy's paragraphs are verbatim paragraphs of the src and that docs/ matches named/. Quotation checks as in
multi22, with this set's conventions: lv1 „…” (U+201E … U+201D, as in the Latvian press), mk1 „…“
(U+201E … U+201C), uz1 “…” (U+201C … U+201D, as on UzA/Dunyo and Uzbek news sites), ha1 “…” (Hausa press,
comma inside the closing mark before "in ji"), mg1 «…» (Malagasy press). Quotations count from 25
characters. The close rewrite keeps 1-2 src quotations verbatim, the loose rewrite is 40-45% of src in
words (35-55% kept as the hard limit) and opens on a quotation, the partial lifts exactly three src
paragraphs (not the lead), indep-a shares exactly one src quotation verbatim and indep-b none, each
independent report has at least two quotations of its own, and no rewrite or independent report contains
a whole src paragraph that does not open with a quotation mark.
Extra per-language checks on the article text of every document (the repost's YAML and site chrome are
left out), all NFC:
lv1 Latin script with Latvian letters only (at least five of ā č ē ģ ī ķ ļ ņ š ū ž in every document, no
q w x y and no other accented letters), „…” only, the LETA-style dateline and „…”, stāstīja/sacīja …
attributions; mk1 Cyrillic with ј and at least two of ѓ ќ ѕ љ њ џ in every document and none of the
letters Macedonian lacks (й ы э ё щ ъ ь ю я ђ ћ і ї є ў), no Latin letters, „…“ only, the MIA-style dateline
and „…“, изјави/рече/раскажа … attributions; uz1 Latin script with oʻ/gʻ written with U+02BB in every
document, the tutuq belgisi as U+02BC, no ASCII or typographic apostrophes standing in for either and no
other accented letters, Uzbek function words, “…” only, the UzA/Dunyo-style dateline and “…”, — dedi/
deydi attributions; ha1 Latin script with ɓ ɗ ƙ in every document, ʼy and the glottal stop as U+02BC (no
ASCII or typographic apostrophes, no Niger ƴ), Hausa function words, “…” only, the NAN-style dateline and
“…,” in ji / a cewar attributions; mg1 Latin script, Malagasy function words in every document, few
words with c q u w x (loans only), «…» only, the ANTA-style dateline and «…», hoy … attributions."""

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
STORIES = ["lv1", "mk1", "uz1", "ha1", "mg1"]
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
# compare the label and cluster pattern with multi22's and multi20's (role level; their story ids have no '-')
p23 = collections.Counter((kind(names[a]), kind(names[b]), l) for a, b, l in truth["pairs"])
c23 = sorted(sorted(kind(names[x]) for x in c) for c in truth["clusters"])
for other in ("multi22", "multi20"):
    m = R.parent / other
    if not m.exists():
        bad(f"{other} not found for the pattern comparison"); continue
    n0 = json.loads((m / "names.json").read_text(encoding="utf-8"))
    t0 = json.loads((m / "truth.json").read_text(encoding="utf-8"))
    role0 = lambda x: n0[x].split("-", 1)[1]
    p0 = collections.Counter((role0(a), role0(b), l) for a, b, l in t0["pairs"])
    c0 = sorted(sorted(role0(x) for x in c) for c in t0["clusters"])
    if p0 != p23: bad(f"label pattern differs from {other}")
    elif c0 != c23: bad(f"cluster pattern differs from {other}")
    else: print(f"label and cluster pattern match {other}")
# src lengths and trimmed paragraphs (named/)
N = R / "named"
def size(s, t):
    return len(t.split())
for s in STORIES:
    src = (N / f"{s}-src.txt").read_text(encoding="utf-8")
    w = size(s, src)
    print(f"{s} src words {w}")
    if not 450 <= w <= 560: bad(f"{s} src length {w}")
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
QUOTE = {  # (opening, closing) marks of the top-level quotations; every pair must balance
    "lv1": ("\u201e", "\u201d"),        # „…” (Latvian press)
    "mk1": ("\u201e", "\u201c"),        # „…“ (Macedonian)
    "uz1": ("\u201c", "\u201d"),        # “…” (UzA/Dunyo)
    "ha1": ("\u201c", "\u201d"),        # “…” (Hausa press)
    "mg1": ("\u00ab", "\u00bb"),        # «…» (Malagasy press)
}
FOREIGN_Q = {  # quotation marks that must not appear in the article text
    "lv1": '"\u201c\u00ab\u00bb',
    "mk1": '"\u201d\u00ab\u00bb',
    "uz1": '"\u201e\u00ab\u00bb',
    "ha1": '"\u201e\u00ab\u00bb',
    "mg1": '"\u201c\u201d\u201e',
}
MINQ = 25
def quotes(s, t):
    o, c = QUOTE[s]
    return re.findall(re.escape(o) + r"([^" + o + c + r"\n]{%d,})" % MINQ + re.escape(c), t)
for s in STORIES:
    rd = lambda k: (N / f"{s}-{k}.txt").read_text(encoding="utf-8")
    src = rd("src")
    sq = set(quotes(s, src))
    o, c = QUOTE[s]
    for k in ("src", "rewrite", "rewrite-loose", "partial", "indep-a", "indep-b"):
        t = rd(k)
        for p in t.split("\n"):
            depth = 0
            for ch in p:
                depth += (ch == o) - (ch == c)
                if depth < 0 or depth > 1: break
            if depth != 0: bad(f"{s}-{k} unbalanced {o}{c} in paragraph {p[:40]}")
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
    if not 0.35 <= ratio <= 0.55: bad(f"{s} rewrite-loose ratio {ratio:.2f}")
    elif not 0.40 <= ratio <= 0.45: bad(f"{s} rewrite-loose ratio {ratio:.2f} outside 40-45%")
    loose = rd("rewrite-loose").strip("\n").split("\n\n")
    if len(loose) < 2 or not loose[1].startswith(o): bad(f"{s}-rewrite-loose does not open on a quotation")
    sp = [p for p in src.strip("\n").split("\n\n")[1:]]
    part = rd("partial")
    lifted = sum(1 for p in sp if p in part) + sum(1 for p in sp if p not in part and len(p) > 200 and p[60:] in part)
    if lifted != 3: bad(f"{s} partial lifts {lifted} src paragraphs")
    if sp[0] in part or sp[0][60:] in part: bad(f"{s} partial lifts the lead paragraph")
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
    LATIN_OK = "\\x00-\\x7f\u00c0-\u024f\u0253\u0257\u02bb\u02bc\u2013\u2014\u201c\u201d\u201e\u00ab\u00bb\u2026"
    lat_re = re.compile("[A-Za-z\u00c0-\u024f]")
    def others(t):  # characters outside Latin script and the usual punctuation
        return re.findall("[^" + LATIN_OK + "]", t)
    for k in allk:
        t = text(k)
        fq = [ch for ch in t if ch in FOREIGN_Q[s]]
        if fq: bad(f"{s}-{k} has foreign quotation marks {fq[:5]}")
        if not t.count(o): bad(f"{s}-{k} has no {o}…{c} quotation")
        if t != unicodedata.normalize("NFC", t): bad(f"{s}-{k} not NFC")
        if s != "mk1" and others(t): bad(f"{s}-{k} has characters of other scripts {others(t)[:5]}")
    first_body = src.split("\n\n")[1]
    if s == "lv1":
        LV = "āčēģīķļņšūž"
        for k in allk:
            t = text(k); low = t.lower()
            have = {ch: low.count(ch) for ch in LV}
            other_acc = sorted({ch for ch in low if "\u00c0" <= ch <= "\u024f" and ch not in LV})
            qwxy = re.findall("[qwxyQWXY]", t)
            print(f"  lv1-{k}: Latvian letters {sum(1 for v in have.values() if v)}/11 {have}, other accented {other_acc}, q/w/x/y {len(qwxy)}, „” {t.count(chr(0x201e))}")
            if sum(1 for v in have.values() if v) < 5: bad(f"lv1-{k} lacks Latvian letters")
            if other_acc: bad(f"lv1-{k} has non-Latvian accented letters {other_acc}")
            if qwxy: bad(f"lv1-{k} has q/w/x/y {qwxy[:5]}")
        if not first_body.startswith("Jēkabpils, 24. marts, NZA. "): bad("lv1 src lacks the dateline")
        if len(re.findall("\u201d, (?:stāstīja|sacīja|norādīja|uzsvēra|brīdināja|teica|piebilda|saka|stāsta)", src)) < 4: bad("lv1 src lacks „…”, stāstīja attributions")
    if s == "mk1":
        for k in allk:
            t = text(k)
            sc = len(re.findall("[\u0400-\u04ff]", t))
            mk = {ch: t.lower().count(ch) for ch in "јѓќѕљњџ"}
            ru = re.findall("[ЙйЫыЭэЁёЩщЪъЬьЮюЯяЂђЋћІіЇїЄєЎў]", t)
            lat = lat_re.findall(t)
            nonc = [ch for ch in others(t) if not "\u0400" <= ch <= "\u04ff"]
            print(f"  mk1-{k}: Cyrillic chars {sc}, Latin {len(lat)}, ј ѓ ќ ѕ љ њ џ {list(mk.values())}, letters Macedonian lacks {len(ru)}, „“ {t.count(chr(0x201e))}")
            if sc < 500: bad(f"mk1-{k} not Cyrillic text")
            if lat: bad(f"mk1-{k} has Latin letters {lat[:5]}")
            if nonc: bad(f"mk1-{k} has characters of other scripts {nonc[:5]}")
            if not mk["ј"] or sum(1 for ch in "ѓќѕљњџ" if mk[ch]) < 2: bad(f"mk1-{k} lacks Macedonian letters")
            if ru: bad(f"mk1-{k} has letters Macedonian lacks {ru[:5]}")
        if not first_body.startswith("Кичево, 24 март 2026 (НАВ) - "): bad("mk1 src lacks the dateline")
        if len(re.findall("\u201c, (?:изјави|рече|раскажа|вели|додаде|истакна|кажа)", src)) < 4: bad("mk1 src lacks „…“, изјави attributions")
    if s == "uz1":
        for k in allk:
            t = text(k)
            words = re.findall(r"[\w\u02bb\u02bc]+", t.lower())
            okina = len(re.findall("[oOgG]\u02bb", t)); stray_okina = len(re.findall("(?<![oOgG])\u02bb", t))
            tutuq = t.count("\u02bc")
            wrong = re.findall("[oOgG][\u0027\u2018\u2019\u0060\u02bc]|[\u0027\u2018\u2019\u0060]", t)
            acc = sorted({ch for ch in t if "\u00c0" <= ch <= "\u024f"})
            fw = sum(1 for w in words if w in ("va", "bilan", "uchun", "ham", "esa", "bu", "bir", "ular", "u", "koʻra", "boʻyicha", "keyin", "lekin", "ammo", "biroq"))
            print(f"  uz1-{k}: oʻ/gʻ {okina}, stray ʻ {stray_okina}, tutuq ʼ {tutuq}, wrong apostrophes {len(wrong)}, accented letters {acc}, function words {fw}/{len(words)}, “” {t.count(chr(0x201c))}")
            if okina < 10 or stray_okina: bad(f"uz1-{k} lacks oʻ/gʻ with U+02BB or has a stray ʻ")
            if wrong: bad(f"uz1-{k} has wrong apostrophes {wrong[:5]}")
            if acc: bad(f"uz1-{k} has accented letters {acc} (Uzbek Latin uses none)")
            if fw < 0.04 * len(words): bad(f"uz1-{k} does not look like Uzbek")
        if not first_body.startswith("Fargʻona, 24 mart (VAA) — "): bad("uz1 src lacks the dateline")
        if len(re.findall("\u201d, — (?:dedi|deydi|deb)", src)) < 4: bad("uz1 src lacks “…”, — dedi attributions")
    if s == "ha1":
        for k in allk:
            t = text(k); low = t.lower()
            words = re.findall(r"[\w\u02bc]+", low)
            hooks = {ch: low.count(ch) for ch in "ɓɗƙ"}
            ay = len(re.findall("\u02bc[yY]", t))
            wrong = re.findall("[\u0027\u2018\u2019\u0060]", t)
            niger = re.findall("[\u01b3\u01b4]", t)
            acc = sorted({ch for ch in t if "\u00c0" <= ch <= "\u024f" and ch.lower() not in "ɓɗƙ"})
            fw = sum(1 for w in words if w in ("da", "a", "na", "ta", "ya", "ne", "ce", "cikin", "ga", "sun", "ba", "wanda", "wadda", "kuma", "domin"))
            print(f"  ha1-{k}: ɓ ɗ ƙ {list(hooks.values())}, ʼy {ay}, ASCII/typographic apostrophes {len(wrong)}, Niger ƴ {len(niger)}, other accented {acc}, function words {fw}/{len(words)}, “” {t.count(chr(0x201c))}")
            if not all(hooks.values()): bad(f"ha1-{k} lacks one of ɓ ɗ ƙ")
            if not ay: bad(f"ha1-{k} has no ʼy")
            if wrong or niger: bad(f"ha1-{k} has wrong apostrophes or ƴ {(wrong + niger)[:5]}")
            if acc: bad(f"ha1-{k} has accented letters {acc}")
            if fw < 0.15 * len(words): bad(f"ha1-{k} does not look like Hausa")
        if not first_body.startswith("Katsina, 24 ga Maris, 2026 (KDLA) – "): bad("ha1 src lacks the dateline")
        if len(re.findall(",\u201d (?:in ji|a cewar)", src)) < 4: bad("ha1 src lacks “…,” in ji attributions")
    if s == "mg1":
        for k in allk:
            t = text(k); low = t.lower()
            words = re.findall(r"[\w']+", low)
            fw = sum(1 for w in words if w in ("ny", "sy", "ary", "dia", "no", "tao", "izay", "fa", "ho", "amin'ny", "tamin'ny", "teo", "ireo", "izy"))
            loan = [w for w in words if re.search("[cquwx]", w)]
            acc = sorted({ch for ch in low if "\u00c0" <= ch <= "\u024f" and ch not in "àôèéìñ"})
            print(f"  mg1-{k}: function words {fw}/{len(words)}, words with c/q/u/w/x {len(loan)} {sorted(set(loan))[:6]}, other accented {acc}, «» {t.count(chr(0xab))}")
            if fw < 0.12 * len(words): bad(f"mg1-{k} does not look like Malagasy")
            if len(loan) > 0.03 * len(words): bad(f"mg1-{k} has too many words with c/q/u/w/x")
            if acc: bad(f"mg1-{k} has accented letters {acc}")
        if not first_body.startswith("Ambositra, 24 martsa 2026 (AVM) – "): bad("mg1 src lacks the dateline")
        if len(re.findall("\u00bb, hoy ", src)) < 4: bad("mg1 src lacks «…», hoy attributions")
print("OK" if ok else "PROBLEMS")
