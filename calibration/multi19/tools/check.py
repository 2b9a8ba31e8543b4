"""Sanity checks for multi19 (structure and texts only; does not run the detector).

Standard library only. Parses every file of docs/ as its type says (RSS 2.0 and Atom with
xml.etree, JSON Lines line by line and JSON arrays with json, Markdown front matter cut off, text
files read as they are) and rebuilds each article's text the way a reader of these formats would:
feed items from content:encoded (RSS) or <content> (Atom), JSON records from body_html (HTML) or
content / articleBody (plain); HTML reduced to paragraphs (tags stripped, entities unescaped,
whitespace incl. no-break spaces collapsed). Then checks:
- the label pattern (per story the 22 pairs of multi16, compared with multi16's truth at role level),
  clusters, names.json against the parsed files (every labelled id and filler id exists, every
  article in docs/ is labelled or filler, no id twice);
- each labelled article's extracted text equals its named/ text (paragraph by paragraph);
- feeds: 5-12 items each, every item with full text in content:encoded / <content>, and at least
  two truncated descriptions/summaries per feed ("[…]", "[&#8230;]", "Leggi tutto", "Đọc tiếp");
- JSON Lines: exactly one malformed line (the one names.json lists), json.loads fails on it; one
  record with an empty text (listed too); the wrapped newsletter has no line over 72 columns and
  paragraphs folded over several lines; the CRLF file has CRLF line endings only;
- on the extracted texts: src 450-600 words with >= 4 quotations of >= 25 characters in the
  language's marks; trimmed paragraphs verbatim src paragraphs (shorter, last and one middle
  paragraph dropped); repost holds every src paragraph; close rewrite keeps exactly two src
  quotations verbatim; loose rewrite 40-50 % of src words, keeps no whole src quotation but one
  shortened one; partial lifts exactly three src paragraphs, all from the later half; indep-a shares
  exactly one src quotation, indep-b none, each has >= 2 quotations of its own; no whole non-quote
  src paragraph in the rewrites or independent reports; filler shares no 8-word run with any
  labelled article.
"""

import collections
import html
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

R = Path(__file__).resolve().parent.parent
DOCS, NAMED = R / "docs", R / "named"
names = json.loads((R / "names.json").read_text(encoding="utf-8"))
truth = json.loads((R / "truth.json").read_text(encoding="utf-8"))
META = {"filler", "files", "skipped"}
roles = {k: v for k, v in names.items() if k not in META}
STORIES = ["en1", "it1", "pl1", "vi1", "hi1"]
KINDS = ["src", "repost", "trimmed", "rewrite", "rewrite-loose", "partial", "indep-a", "indep-b"]
NS = {"content": "http://purl.org/rss/1.0/modules/content/", "atom": "http://www.w3.org/2005/Atom"}
ok = True


def bad(msg):
    global ok
    ok = False
    print("FAIL", msg)


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def html_paras(h):
    h = re.sub(r"(?i)</p\s*>|<br\s*/?>", "\n\n", h)
    h = re.sub(r"<[^>]+>", "", h)
    t = html.unescape(h)
    return [norm(p) for p in re.split(r"\n\s*\n", t) if norm(p)]


def text_paras(t):
    return [norm(p) for p in re.split(r"\n\s*\n", t.replace("\r\n", "\n")) if norm(p)]


# ---------------------------------------------------------------- parse docs/
arts = {}      # id -> list of paragraphs (title first)
feeds = {}     # file -> dict(items, truncated, missing_content)
malformed, empty = [], []
files = sorted(p.name for p in DOCS.iterdir())
if files != sorted(names.get("files", {})): bad("names.json files != docs/")
if not 8 <= len(files) <= 12: bad(f"{len(files)} files")


def add(aid, paras):
    if aid in arts: bad(f"duplicate id {aid}")
    arts[aid] = paras


for f in files:
    p = DOCS / f
    raw = p.read_bytes()
    if not re.fullmatch(r"\d{3}_[0-9a-f]{16}\.(rss|xml|atom|jsonl|ndjson|json|txt|md)", f): bad(f"{f} bad name")
    if f.endswith((".rss", ".xml")):
        root = ET.fromstring(raw)
        items = root.findall("./channel/item")
        info = feeds[f] = dict(items=len(items), truncated=0)
        for i, it in enumerate(items):
            guid = it.findtext("guid") or it.findtext("link") or str(i)
            ce = it.find("content:encoded", NS)
            if ce is None or not (ce.text or "").strip(): bad(f"{f} item {guid} lacks content:encoded"); continue
            body = html_paras(ce.text)
            desc = it.findtext("description") or ""
            if re.search(r"(\[…\]|\[&#8230;\]|Leggi tutto)\s*(</p>)?\s*$", desc) and len(norm(desc)) < len(" ".join(body)):
                info["truncated"] += 1
            add(f"{f}#{guid.strip()}", [norm(html.unescape(it.findtext("title")))] + body)
    elif f.endswith(".atom"):
        root = ET.fromstring(raw)
        entries = root.findall("atom:entry", NS)
        info = feeds[f] = dict(items=len(entries), truncated=0)
        for e in entries:
            eid = e.findtext("atom:id", namespaces=NS).strip()
            c = e.find("atom:content", NS)
            if c is None or c.get("type") != "html": bad(f"{f} entry {eid} lacks html content"); continue
            body = html_paras(c.text)
            summ = e.findtext("atom:summary", namespaces=NS) or ""
            if re.search(r"Đọc tiếp\s*(</p>)?\s*$", summ) and len(norm(summ)) < len(" ".join(body)): info["truncated"] += 1
            add(f"{f}#{eid}", [norm(e.findtext("atom:title", namespaces=NS))] + body)
    elif f.endswith((".jsonl", ".ndjson")):
        for n, line in enumerate(raw.decode("utf-8").split("\n"), 1):
            if not line.strip(): continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                malformed.append((f, n)); continue
            if "body_html" in rec: body = html_paras(rec["body_html"])
            else: body = text_paras(rec.get("content", ""))
            aid = f"{f}#{rec['id']}"
            if not body: empty.append((f, n, aid)); continue
            add(aid, [norm(rec["title"])] + body)
    elif f.endswith(".json"):
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, list): bad(f"{f} is not a bare JSON array")
        for i, rec in enumerate(data):
            add(f"{f}#{rec.get('id', i)}", [norm(rec["headline"])] + text_paras(rec["articleBody"]))
    elif f.endswith(".md"):
        t = raw.decode("utf-8")
        m = re.match(r"---\n(.*?)\n---\n", t, re.S)
        if not m: bad(f"{f} lacks front matter")
        title = re.search(r'^title: "(.*)"$', m.group(1), re.M).group(1).replace('\\"', '"')
        add(f, [norm(title)] + text_paras(t[m.end():]))
    else:
        t = raw.decode("utf-8")
        if "\r\n" in t:
            if re.search(r"(?<!\r)\n", t): bad(f"{f} mixes CRLF and LF")
            else: print(f"{f}: CRLF line endings only ({t.count(chr(13))} lines)")
        lines = t.replace("\r\n", "\n").split("\n")
        long = max(len(l) for l in lines)
        if roles.get(f) == "en1-indep-b":
            folded = sum(1 for para in re.split(r"\n\s*\n", t) if para.count("\n") >= 2)
            print(f"{f}: wrapped, longest line {long} columns, {folded} paragraphs folded over 3+ lines")
            if long > 72: bad(f"{f} has a line of {long} columns")
            if folded < 3: bad(f"{f} does not look hard-wrapped")
        add(f, text_paras(t))

print("parsed", len(files), "files,", len(arts), "articles; feeds", {k: v["items"] for k, v in feeds.items()})
for f, info in feeds.items():
    if not 5 <= info["items"] <= 12: bad(f"{f} has {info['items']} items")
    if info["truncated"] < 2: bad(f"{f} has {info['truncated']} truncated descriptions")
kinds_by_file = names.get("files", {})
if [kinds_by_file[f] for f, _ in malformed] != ["jsonl-a"]: bad(f"malformed lines {malformed}")
if [[s["file"], s["line"]] for s in names["skipped"] if "malformed" in s["reason"]] != [list(m) for m in malformed]: bad("malformed line not as names.json says")
for f, n in malformed:
    line = (DOCS / f).read_text(encoding="utf-8").split("\n")[n - 1]
    try:
        json.loads(line); bad("malformed line parses")
    except json.JSONDecodeError as e:
        print(f"{f} line {n}: malformed as intended ({e.msg})")
if [e[2] for e in empty] != [s.get("id") for s in names["skipped"] if "empty" in s["reason"]] or len(empty) != 1: bad(f"empty records {empty}")

# ---------------------------------------------------------------- names / truth
filler = names["filler"]
for aid in list(roles) + filler:
    if aid not in arts: bad(f"id in names.json not found in docs/: {aid}")
if set(arts) != set(roles) | set(filler): bad(f"unaccounted articles {set(arts) ^ (set(roles) | set(filler))}")
story = lambda r: r.split("-", 1)[0]
kind = lambda r: r.split("-", 1)[1]
if sorted(kind(v) for v in roles.values()) != sorted(KINDS * 5): bad("kinds per story")
if sorted(collections.Counter(story(v) for v in roles.values()).values()) != [8] * 5: bad("per-story counts")
if len(truth["pairs"]) != 110: bad(f"{len(truth['pairs'])} pairs")
for a, b, l in truth["pairs"]:
    if a not in roles or b not in roles: bad(f"unknown id in pair {a} {b}")
    elif story(roles[a]) != story(roles[b]): bad(f"cross-story pair {a} {b}")
if len({frozenset(p[:2]) for p in truth["pairs"]}) != len(truth["pairs"]): bad("duplicate pair")
print("labels", dict(collections.Counter(l for _, _, l in truth["pairs"])))
m16 = Path("/work/main/calibration/multi16")
n16 = json.loads((m16 / "names.json").read_text(encoding="utf-8"))
t16 = json.loads((m16 / "truth.json").read_text(encoding="utf-8"))
k16 = lambda x: n16[x].split("-", 1)[1]
p16 = collections.Counter((k16(a), k16(b), l) for a, b, l in t16["pairs"])
p19 = collections.Counter((kind(roles[a]), kind(roles[b]), l) for a, b, l in truth["pairs"])
if p16 != p19: bad("label pattern differs from multi16")
else: print("label pattern matches multi16")
if len(truth["clusters"]) != 5: bad("clusters")
for c in truth["clusters"]:
    if sorted(kind(roles[x]) for x in c) != sorted(["src", "repost", "trimmed", "rewrite", "rewrite-loose"]) or len({story(roles[x]) for x in c}) != 1:
        bad(f"cluster {c}")

# ---------------------------------------------------------------- extracted text == named/
anon = {r: a for a, r in roles.items()}
T = {}  # role -> paragraphs as extracted (title first)
for r, aid in anon.items():
    got = arts.get(aid, [])
    p = NAMED / f"{r}.md" if (NAMED / f"{r}.md").exists() else NAMED / f"{r}.txt"
    t = p.read_text(encoding="utf-8")
    if p.suffix == ".md":
        m = re.match(r"---\n(.*?)\n---\n", t, re.S)
        title = re.search(r'^title: "(.*)"$', m.group(1), re.M).group(1).replace('\\"', '"')
        want = [norm(title)] + text_paras(t[m.end():])
    else:
        want = text_paras(t)
    if r == "en1-indep-b":  # newsletter: header and footer around the article
        i = got.index(want[0]) if want[0] in got else -1
        if got[i:i + len(want)] != want: bad(f"{r}: newsletter text differs from named/")
        got = want
    if got != want: bad(f"{r}: extracted text differs from named/ ({aid})")
    T[r] = got

# ---------------------------------------------------------------- properties (on extracted texts)
QUOTE = {"en1": ("\u201c", "\u201d"), "it1": ("«", "»"), "pl1": ("\u201e", "\u201d"), "vi1": ("\u201c", "\u201d"), "hi1": ("\u201c", "\u201d")}


def quotes(s, t, n=25):
    o, c = QUOTE[s]
    return re.findall(re.escape(o) + r"([^" + o + c + r"\n]{%d,})" % n + re.escape(c), t)


def key(q):
    return re.sub(r"[\W_]+", " ", q.lower()).strip()


def words(paras):
    return len(" ".join(paras).split())


def grams(t, n=8):
    w = [x for x in (re.sub(r"[^\w\u0900-\u097f]+", "", y) for y in t.lower().split()) if x]
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


for s in STORIES:
    body = lambda k: T[f"{s}-{k}"][1:]
    full = lambda k: "\n\n".join(T[f"{s}-{k}"])
    o, c = QUOTE[s]
    src = body("src")
    srct = "\n\n".join(src)
    sq = quotes(s, srct)
    w = words(src)
    print(f"{s}: src {w} words, {len(sq)} quotations >= 25 chars")
    if not 450 <= w <= 600: bad(f"{s} src length {w}")
    if not 4 <= len(sq) <= 5: bad(f"{s} src has {len(sq)} quotations")
    for k in KINDS:
        t = full(k)
        if t.count(o) != t.count(c): bad(f"{s}-{k} unbalanced {o}{c}")
    # copies
    tb = body("trimmed")
    idx = [src.index(p) if p in src else -1 for p in tb]
    if -1 in idx or idx != sorted(idx): bad(f"{s} trimmed paragraphs not verbatim src paragraphs in order")
    elif not (len(tb) < len(src) and idx[-1] < len(src) - 1 and any(b - a > 1 for a, b in zip(idx, idx[1:]))):
        bad(f"{s} trimmed does not drop the end and a middle paragraph")
    rp = "\n\n".join(body("repost"))
    missing = [p for p in src if p not in rp]
    if missing and not (len(missing) == 1 and missing[0] == src[0] and src[0].split(" - ", 1)[-1] in rp): bad(f"{s} repost lacks src paragraphs")
    # quotations
    core = lambda q: q.rstrip(" ,.;:!?\u0964")  # a quotation ends with the sentence's own comma or stop
    shared = lambda k: [q for q in sq if core(q) in full(k)]
    rw, lo, ia, ib = shared("rewrite"), shared("rewrite-loose"), shared("indep-a"), shared("indep-b")
    short = [q for q in quotes(s, full("rewrite-loose"), 15) if any(key(q) in key(x) and key(q) != key(x) for x in sq)]
    own = {k: [q for q in quotes(s, full(k)) if not any(key(q) in key(x) or key(x) in key(q) for x in sq)] for k in ("indep-a", "indep-b")}
    print(f"  verbatim src quotations: rewrite {len(rw)}, loose {len(lo)} (+{len(short)} shortened), partial {len(shared('partial'))}, indep-a {len(ia)} (own {len(own['indep-a'])}), indep-b {len(ib)} (own {len(own['indep-b'])})")
    if len(rw) != 2: bad(f"{s} rewrite keeps {len(rw)} quotations")
    if lo or len(short) != 1: bad(f"{s} loose keeps {len(lo)} whole and {len(short)} shortened quotations")
    if len(ia) != 1: bad(f"{s} indep-a shares {len(ia)} quotations")
    if ib: bad(f"{s} indep-b shares {len(ib)} quotations")
    for k in ("indep-a", "indep-b"):
        if len(own[k]) < 2: bad(f"{s}-{k} has {len(own[k])} quotations of its own")
    ratio = words(body("rewrite-loose")) / w
    print(f"  loose ratio {ratio:.3f}; rewrite {words(body('rewrite')) / w:.2f}")
    if not 0.40 <= ratio <= 0.50: bad(f"{s} loose ratio {ratio:.3f}")
    pb = body("partial")
    lifted = [i for i, p in enumerate(src) if p in pb]
    print(f"  partial lifts src paragraphs {[i + 1 for i in lifted]} of {len(src)}")
    if len(lifted) != 3 or min(lifted) < len(src) // 2: bad(f"{s} partial lifts {lifted}")
    for k in ("rewrite", "rewrite-loose", "indep-a", "indep-b"):
        if any(p in body(k) for p in src if not p.startswith(o)): bad(f"{s}-{k} holds a whole non-quote src paragraph")
    if s == "hi1" and any(len(re.findall("[\u0900-\u097f]", full(k))) < 300 for k in KINDS): bad("hi1 not Devanagari")
    if s == "vi1" and any(not re.search("[ăâđêôơư]", full(k)) for k in KINDS): bad("vi1 lacks Vietnamese letters")
    if s == "pl1" and any(not re.search("[ąęłńśźż]", full(k)) for k in KINDS): bad("pl1 lacks Polish letters")

# filler: unrelated
lab = set().union(*(grams(" ".join(p)) for p in T.values()))
for fid in filler:
    g = grams(" ".join(arts[fid][1:]))  # the body: a repost's "read also" line may name a filler headline
    if g & lab: bad(f"filler {fid} shares an 8-word run with a labelled article")
print(f"{len(filler)} filler articles, none sharing an 8-word run with a labelled one")
print("OK" if ok else "PROBLEMS")
