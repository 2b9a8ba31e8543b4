"""Sanity checks for multi17 (structure only; does not run the detector).

Structure and labels as in multi16 (label pattern compared with multi8's at role level; docs/ byte-equal
to named/). Per page: the name pattern NNN_<16 hex>.html|.htm; a declared charset (<meta charset> or
http-equiv Content-Type) equal to the site's charset in tools/sites.py; strict decoding with it; legacy
pages really legacy (non-ASCII bytes present and not valid UTF-8; no stray U+FFFD); html lang/dir; the
<head> parts (title, description, og:title, og:description, article:published_time, canonical link,
inline scripts, a JSON-LD NewsArticle with headline/datePublished/author, style); 10-20 menu links;
articleBody in the JSON-LD where the site has one (equal to the article text). The article text is
taken with tools/htmltext.py (html.parser only) and must equal the text the page was built from
(text/, or the src paragraphs for the repost and trimmed copy). Chrome: every pair of pages of one
site must have identical chrome text (everything outside the article container, breadcrumbs and
comments), and it must contain the most-read and related headlines. Then multi16's text checks on the
extracted article text: src length (450-600 words; ja/zh 900-1100 non-space characters), 4-5 src
quotations of >= 25 characters in the language's marks (ru «», ja 「」, zh “”, pt “”, ar «»), the
close rewrite keeping exactly two verbatim, the loose rewrite at 40-50% of src, the repost = src
paragraphs (minus the dateline), the trimmed paragraphs verbatim src paragraphs, the partial lifting
exactly three later src paragraphs, indep-a sharing exactly one src quotation and indep-b none, each
independent report with >= 2 quotations of its own, and no whole non-quotation src paragraph in the
rewrites or independent reports."""

import collections
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from htmltext import extract, read  # noqa: E402
from sites import KINDS, OTHER, SITES, STORIES, STORY  # noqa: E402
from build import doc_text  # noqa: E402

R = Path(__file__).resolve().parent.parent
docs = sorted(p.name for p in (R / "docs").iterdir())
names = json.loads((R / "names.json").read_text(encoding="utf-8"))
truth = json.loads((R / "truth.json").read_text(encoding="utf-8"))
ok = True


def story(role):
    return role.split("-")[0]


def kind(role):
    return role[len(story(role)) + 1:]


def bad(msg):
    global ok
    ok = False
    print("FAIL", msg)


# labels and structure
if len(docs) != 40: bad(f"{len(docs)} docs")
if set(docs) != set(names): bad("names.json != docs/")
for d in docs:
    if not re.fullmatch(r"\d{3}_[0-9a-f]{16}\.html?", d): bad(f"{d} bad name")
if sorted(kind(v) for v in names.values()) != sorted(KINDS * 5): bad("kinds per story")
if sorted(collections.Counter(story(v) for v in names.values()).values()) != [8] * 5: bad("per-story counts")
if len(truth["pairs"]) != 110: bad(f"{len(truth['pairs'])} pairs")
print("labels", dict(collections.Counter(l for _, _, l in truth["pairs"])))
for a, b, l in truth["pairs"]:
    if a not in names or b not in names: bad(f"unknown name in pair {a} {b}")
    elif story(names[a]) != story(names[b]): bad(f"cross-story pair {a} {b}")
if len({frozenset(p[:2]) for p in truth["pairs"]}) != len(truth["pairs"]): bad("duplicate pair")
if len(truth["clusters"]) != 5: bad("clusters")
for c in truth["clusters"]:
    if sorted(kind(names[x]) for x in c) != sorted(["src", "repost", "trimmed", "rewrite", "rewrite-loose"]): bad(f"cluster kinds {c}")
m8 = Path("/work/main/calibration/multi8")
if m8.exists():
    n8 = json.loads((m8 / "names.json").read_text(encoding="utf-8"))
    t8 = json.loads((m8 / "truth.json").read_text(encoding="utf-8"))
    p8 = collections.Counter((n8[a].split("-", 1)[1], n8[b].split("-", 1)[1], l) for a, b, l in t8["pairs"])
    p17 = collections.Counter((kind(names[a]), kind(names[b]), l) for a, b, l in truth["pairs"])
    if p8 != p17: bad("label pattern differs from multi8")
    else: print("label pattern matches multi8")
anon = {r: d for d, r in names.items()}

# pages: encoding, head, extraction
X = {}  # role -> extracted
chrome = collections.defaultdict(list)
encs = collections.Counter()
for s in STORIES:
    for k in KINDS:
        role = f"{s}-{k}"
        f = R / "named" / f"{role}.html"
        b = f.read_bytes()
        if (R / "docs" / anon[role]).read_bytes() != b: bad(f"docs copy of {role} differs")
        site_key = STORY[s]["site"][k]
        site = SITES[site_key]
        try:
            cs, t = read(b)
        except (UnicodeDecodeError, LookupError) as ex:
            bad(f"{role}: does not decode with its declared charset ({ex})"); continue
        encs[cs] += 1
        if cs.lower() != site["enc"].lower(): bad(f"{role}: declares {cs}, site uses {site['enc']}")
        if "\ufffd" in t: bad(f"{role}: U+FFFD in text")
        if cs.lower() != "utf-8":
            if max(b) < 128: bad(f"{role}: legacy page without non-ASCII bytes")
            try:
                b.decode("utf-8"); bad(f"{role}: legacy page is valid UTF-8")
            except UnicodeDecodeError:
                pass
            if cs.lower() in ("shift_jis", "gb2312") and not re.search(r"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + cs, t): bad(f"{role}: http-equiv charset")
        lang = site["lang"]
        raw = b.decode("latin-1")
        if site.get("named") and not all(x in raw for x in ("&ccedil;", "&atilde;", "&nbsp;", "&ldquo;")): bad(f"{role}: named-entity page lacks &ccedil; &atilde; &nbsp; &ldquo;")
        if cs.lower() == "iso-8859-1" and ("&ldquo;" not in raw or "\xe7" not in raw): bad(f"{role}: latin-1 page lacks raw ç or &ldquo;")
        if lang == "ar" and 'dir="rtl"' not in t[:300]: bad(f"{role}: no dir=rtl")
        for need in ("<title>", 'name="description"', 'property="og:title"', 'property="og:description"', 'property="article:published_time"',
                     '<link rel="canonical"', "<style>", "<script>", 'application/ld+json', "<h1", {"brbr": 'class="foot"', "storybody": '<div class="footer">'}.get(site["family"], "<footer")):
            if need not in t: bad(f"{role}: lacks {need}")
        ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', t, re.S).group(1).replace("<\\/", "</"))
        if ld.get("@type") != "NewsArticle" or not ld.get("headline") or not ld.get("datePublished") or not ld.get("author"): bad(f"{role}: JSON-LD incomplete")
        x = extract(t, site["family"])
        X[role] = x
        h, paras = doc_text(s, k)
        if x["headline"] != " ".join(h.split()): bad(f"{role}: extracted headline differs")
        norm = lambda p: " ".join(p.split())
        if x["paras"] != [norm(p) for p in paras]: bad(f"{role}: extracted paragraphs differ from the source text ({len(x['paras'])} vs {len(paras)})")
        if site.get("jsonbody") and norm(ld.get("articleBody", "")) != norm(" ".join(paras)): bad(f"{role}: JSON-LD articleBody differs")
        if not 10 <= x["nav"] - 0 <= 20: bad(f"{role}: {x['nav']} menu links")
        if site["family"] == "brbr" and "<br><br>" not in t: bad(f"{role}: no <br><br>")
        if site["family"] != "brbr" and site["family"] != "jsonld" and t.count("<p>") < len(paras): bad(f"{role}: too few <p>")
        if site.get("comments") and t.count('<li class="comment">') not in range(2, 6): bad(f"{role}: comments")
        if site.get("figure") and "<figcaption" not in t: bad(f"{role}: no figcaption")
        if site.get("pull") and '<blockquote class="pullquote">' not in t: bad(f"{role}: no pull-quote")
        ch = " ".join(x["chrome"])
        heads = [hh for hh, _ in OTHER[lang]]
        if sum(1 for hh in heads if hh in ch) < 6: bad(f"{role}: chrome lacks teaser/most-read headlines")
        chrome[site_key].append((role, x["chrome"]))
print("declared charsets", dict(encs))
multi = 0
for key, pages in chrome.items():
    for role, c in pages[1:]:
        if c != pages[0][1]: bad(f"chrome of {role} differs from {pages[0][0]} (site {key})")
    if len(pages) > 1:
        multi += 1
print(f"{len(chrome)} sites, {multi} with two pages (chrome identical within each)")
for sk in SITES:
    if sk not in chrome: bad(f"site {sk} unused")

# text checks on the extracted article text
MARKS = {"ru": ("«", "»"), "ja": ("「", "」"), "zh": ("“", "”"), "pt": ("“", "”"), "ar": ("«", "»")}


def size(lang, paras):
    t = "\n".join(paras)
    return len("".join(t.split())) if lang in ("ja", "zh") else len(t.split())


def quotes(lang, t):
    o, c = MARKS[lang]
    return re.findall(re.escape(o) + r"([^" + o + c + r"\n]{25,})" + re.escape(c), t)


for s in STORIES:
    lang = STORY[s]["lang"]
    P = {k: X[f"{s}-{k}"]["paras"] for k in KINDS}
    T = {k: "\n".join(v) for k, v in P.items()}
    src = P["src"]
    w = size(lang, src)
    lo, hi = (900, 1100) if lang in ("ja", "zh") else (450, 600)
    print(f"{s} src {'characters' if lang in ('ja', 'zh') else 'words'} {w}")
    if not lo <= w <= hi: bad(f"{s} src length {w}")
    o, c = MARKS[lang]
    for k in KINDS:
        if T[k].count(o) != T[k].count(c): bad(f"{s}-{k} unbalanced {o}{c}")
    d = STORY[s]["dateline"]
    if d and not src[0].startswith(d): bad(f"{s} src lacks its dateline")
    if P["repost"] != ([src[0][len(d):]] + src[1:]): bad(f"{s} repost paragraphs differ from src")
    if any(p not in src for p in P["trimmed"]): bad(f"{s} trimmed paragraph not in src")
    if len(P["trimmed"]) >= len(src): bad(f"{s} trimmed not shorter")
    sq = set(quotes(lang, T["src"]))
    shared = lambda k: [q for q in sq if q in T[k]]
    print(f"{s} src quotations {len(sq)}; verbatim in rewrite {len(shared('rewrite'))}, rewrite-loose {len(shared('rewrite-loose'))}, partial {len(shared('partial'))}, indep-a {len(shared('indep-a'))}, indep-b {len(shared('indep-b'))}")
    if not 4 <= len(sq) <= 5: bad(f"{s} src has {len(sq)} quotations")
    if len(shared("rewrite")) != 2: bad(f"{s} rewrite keeps {len(shared('rewrite'))} quotations")
    if len(shared("indep-a")) != 1: bad(f"{s} indep-a shares {len(shared('indep-a'))}")
    if shared("indep-b"): bad(f"{s} indep-b shares quotations")
    for k in ("indep-a", "indep-b"):
        own = [q for q in quotes(lang, T[k]) if q not in sq]
        if len(own) < 2: bad(f"{s}-{k} has {len(own)} own quotations")
    ratio = size(lang, P["rewrite-loose"]) / w
    print(f"{s} rewrite-loose ratio {ratio:.2f}")
    if not 0.40 <= ratio <= 0.50: bad(f"{s} rewrite-loose ratio {ratio:.2f}")
    lifted = [i for i, p in enumerate(src) if p in P["partial"]]
    print(f"{s} partial lifts src paragraphs {[i + 1 for i in lifted]} of {len(src)}")
    if len(lifted) != 3 or min(lifted) < len(src) // 2: bad(f"{s} partial lifts {lifted}")
    for k in ("rewrite", "rewrite-loose", "indep-a", "indep-b"):
        if any(p in T[k] for p in src if not p.startswith(o)): bad(f"{s}-{k} contains a whole non-quotation src paragraph")
print("OK" if ok else "PROBLEMS")
