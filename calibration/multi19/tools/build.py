"""Write docs/ (feeds, JSON Lines, JSON, text files; anonymous names, shuffled with random seed 19),
names.json and truth.json from named/ (the labelled articles) and filler/ (other stories of the outlets).

Containers (roles; file type; ids as README.md describes them: `<file>#<guid>` for feed items,
`<file>#<id>` for JSON Lines and JSON records, the file name for a text or Markdown file):
  rss-en   RSS 2.0, Fenland Mercury (en): en1-src + 5 filler; content:encoded in CDATA with
           numeric entities, description escaped HTML cut with " […]"; guid = permalink URL
  rss-it   RSS 2.0 (.xml), Il Corriere del Sangro (it): it1-rewrite + 5 filler; content:encoded as
           escaped HTML (named entities), description ending "… Leggi tutto"; guid isPermaLink="false"
  rss-pl   RSS 2.0, Kurier Nadwarciański (pl, WordPress-style): pl1-src + 4 filler; CDATA content with
           &#8222;/&#8221;/&#8211;/&nbsp;, description CDATA "<p>… [&#8230;]</p>"; guid https://…/?p=N
  atom-vi  Atom 1.0, Báo Mê Kông Ngày Nay (vi): vi1-src + 5 filler; <content type="html">, <summary>
           cut with "…"; id tag:…
  jsonl-a  CMS export of a syndication hub (.jsonl): body_html (HTML), integer ids; one malformed line
  jsonl-b  media-monitoring export (.ndjson): content (plain text), string ids; one record with an
           empty content
  json     scraper dump (.json): a bare JSON array, schema.org-style headline/articleBody, string ids
  md       en1-repost (Markdown, YAML front matter)
  wrapped  en1-indep-b as a plain-text e-mail newsletter hard-wrapped at 72 columns
  crlf     it1-src as an agency wire text with CRLF line endings
  txt      hi1-trimmed, plain UTF-8 text
"""

import html
import json
import random
import re
import shutil
import textwrap
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta
from pathlib import Path

R = Path(__file__).resolve().parent.parent
N, F, D = R / "named", R / "filler", R / "docs"
STORIES = ["en1", "it1", "pl1", "vi1", "hi1"]
KINDS = ["src", "repost", "trimmed", "rewrite", "rewrite-loose", "partial", "indep-a", "indep-b"]
rng = random.Random(19)

PLACE = {  # role -> container
    "en1-src": "rss-en", "en1-repost": "md", "en1-trimmed": "jsonl-a", "en1-rewrite": "json",
    "en1-rewrite-loose": "jsonl-b", "en1-partial": "json", "en1-indep-a": "jsonl-b", "en1-indep-b": "wrapped",
    "it1-src": "crlf", "it1-repost": "jsonl-a", "it1-trimmed": "jsonl-b", "it1-rewrite": "rss-it",
    "it1-rewrite-loose": "jsonl-a", "it1-partial": "json", "it1-indep-a": "json", "it1-indep-b": "jsonl-b",
    "pl1-src": "rss-pl", "pl1-repost": "jsonl-a", "pl1-trimmed": "json", "pl1-rewrite": "jsonl-b",
    "pl1-rewrite-loose": "json", "pl1-partial": "jsonl-a", "pl1-indep-a": "jsonl-b", "pl1-indep-b": "jsonl-a",
    "vi1-src": "atom-vi", "vi1-repost": "jsonl-b", "vi1-trimmed": "jsonl-a", "vi1-rewrite": "json",
    "vi1-rewrite-loose": "jsonl-b", "vi1-partial": "jsonl-a", "vi1-indep-a": "json", "vi1-indep-b": "jsonl-b",
    "hi1-src": "json", "hi1-repost": "jsonl-a", "hi1-trimmed": "txt", "hi1-rewrite": "jsonl-b",
    "hi1-rewrite-loose": "json", "hi1-partial": "jsonl-a", "hi1-indep-a": "jsonl-b", "hi1-indep-b": "json",
}
FILLER = {"rss-en": ["en-1", "en-2", "en-3", "en-4", "en-5"], "rss-it": ["it-1", "it-2", "it-3", "it-4", "it-5"],
          "rss-pl": ["pl-1", "pl-2", "pl-3", "pl-4"], "atom-vi": ["vi-1", "vi-2", "vi-3", "vi-4", "vi-5"],
          "jsonl-a": ["en-6"], "jsonl-b": ["hi-1"], "json": ["it-6"]}
EXT = {"rss-en": ".rss", "rss-it": ".xml", "rss-pl": ".rss", "atom-vi": ".atom", "jsonl-a": ".jsonl",
       "jsonl-b": ".ndjson", "json": ".json", "md": ".md", "wrapped": ".txt", "crlf": ".txt", "txt": ".txt"}
OUTLET = {  # outlets of the multi-outlet exports, per role (fictional)
    "en1-trimmed": "Wash Valley Advertiser", "en1-rewrite": "Lincolnshire Voice", "en1-rewrite-loose": "The Fenland Blog",
    "en1-partial": "East Counties Review", "en1-indep-a": "Boston & Fens Radio News",
    "it1-repost": "NotizieAbruzzo24", "it1-trimmed": "Vasto in Rete", "it1-rewrite-loose": "Il Taccuino del Sangro",
    "it1-partial": "Abruzzo Territori", "it1-indep-a": "La Voce dei Frentani", "it1-indep-b": "ChietiOggi.example",
    "pl1-repost": "Portal Sieradzki", "pl1-trimmed": "Tygodnik Wieluński", "pl1-rewrite": "Dziennik Ziemi Łódzkiej",
    "pl1-rewrite-loose": "Blog Powiatowy", "pl1-partial": "Zdrowie w Regionie", "pl1-indep-a": "Radio Warta FM",
    "pl1-indep-b": "Głos Wierzbna",
    "vi1-repost": "Tin Nhanh Miền Tây", "vi1-trimmed": "Cổng tin Châu Đốc", "vi1-rewrite": "Báo Đồng Bằng",
    "vi1-rewrite-loose": "Góc nhìn Cửu Long", "vi1-partial": "Tạp chí Môi trường Sông nước",
    "vi1-indep-a": "Báo Tây Nam Bộ", "vi1-indep-b": "Đài Phát thanh Hậu Giang Xanh",
    "hi1-src": "जनप्रहरी", "hi1-repost": "खबर एक्सप्रेस", "hi1-rewrite": "गंगा टाइम्स", "hi1-rewrite-loose": "लोकमत विचार",
    "hi1-partial": "कृषि संवाद", "hi1-indep-a": "फर्रुखाबाद लाइव", "hi1-indep-b": "पूर्वांचल दर्पण",
    "en-6": "Midlands Business Wire", "hi-1": "कन्नौज समाचार", "it-6": "Pescara Notizie",
}
LANG = {"en": "en-GB", "it": "it-IT", "pl": "pl-PL", "vi": "vi-VN", "hi": "hi-IN"}
# publication times (UTC); src earliest in each story, indep-b days later
T0 = datetime(2026, 3, 12, 0, 0, tzinfo=timezone.utc)
OFF = {"src": 6.5, "repost": 10.3, "trimmed": 9.1, "rewrite": 12.4, "rewrite-loose": 18.2, "partial": 27.5,
       "indep-a": 11.7, "indep-b": 24 * 4 + 9.5}
STORY_SHIFT = {"en1": 0.5, "it1": 0.0, "pl1": 1.0, "vi1": -3.0, "hi1": -1.5}


def read(path):
    parts = path.read_text(encoding="utf-8").strip("\n").split("\n\n")
    return parts[0], parts[1:]


def when(key):
    if key in PLACE:
        s, k = key.split("-", 1)
        if k == "indep-b":  # the follow-ups' own days (they name their weekdays)
            return T0 + timedelta(hours={"en1": 128, "it1": 130, "pl1": 160, "vi1": 102, "hi1": 110}[s])
        return T0 + timedelta(hours=OFF[k] + STORY_SHIFT[s])
    return T0 + timedelta(hours=rng.randint(1, 40), minutes=rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]))


def slug(t):
    s = re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")
    return "-".join(s.split("-")[:8])


def html_body(paras, ent=None):
    out = []
    for p in paras:
        h = html.escape(p, quote=False)
        if ent:
            h = ent(h)
        out.append(f"<p>{h}</p>")
    return "\n".join(out)


def ent_en(h):  # WordPress-like numeric entities, a few no-break spaces
    h = h.replace("\u201c", "&#8220;").replace("\u201d", "&#8221;").replace("'", "&#39;")
    return re.sub(r"\b(Ms|Mr|Cllr) ", r"\1&nbsp;", h)


def ent_it(h):
    for a, b in [("«", "&laquo;"), ("»", "&raquo;"), ("è", "&egrave;"), ("à", "&agrave;"), ("ù", "&ugrave;"), ("ò", "&ograve;")]:
        h = h.replace(a, b)
    return h.replace("'", "&#39;")


def ent_pl(h):
    h = h.replace("\u201e", "&#8222;").replace("\u201d", "&#8221;").replace(" \u2013 ", "&nbsp;&#8211; ")
    return re.sub(r"(\d) (km|mln|tys\.)", r"\1&nbsp;\2", h)


def ent_vi(h):
    return h.replace("\u201c", "&ldquo;").replace("\u201d", "&rdquo;")


def excerpt(paras, n):
    w = " ".join(paras).split()
    return " ".join(w[:n])


def cdata(s):
    assert "]]>" not in s
    return f"<![CDATA[{s}]]>"


def x(s):
    return html.escape(s, quote=False)


def main():
    if D.exists():
        shutil.rmtree(D)
    D.mkdir()
    conts = ["rss-en", "rss-it", "rss-pl", "atom-vi", "jsonl-a", "jsonl-b", "json", "md", "wrapped", "crlf", "txt"]
    order = conts[:]
    rng.shuffle(order)
    fname = {c: f"{i:03d}_{rng.getrandbits(64):016x}{EXT[c]}" for i, c in enumerate(order)}
    members = {c: [r for r in PLACE if PLACE[r] == c] + FILLER.get(c, []) for c in conts}
    for c in conts:
        rng.shuffle(members[c])
    names, filler, skips = {}, [], []

    def src_of(key):
        if key in PLACE:
            s, k = key.split("-", 1)
            p = N / f"{key}.txt"
            return read(p)
        return read(F / f"{key}.txt")

    def record(key, aid):
        if key in PLACE:
            names[aid] = key
        else:
            filler.append(aid)

    # --- RSS 2.0 feeds
    RSS = {
        "rss-en": dict(title="Fenland Mercury - News", link="https://www.fenlandmercury.example/", lang="en-gb",
                       desc="Local news from Aldenmere, Holbrook Marsh and the Fens"),
        "rss-it": dict(title="Il Corriere del Sangro", link="https://www.corrieredelsangro.example/", lang="it-IT",
                       desc="Notizie dalla Val di Sangro e dalla provincia di Chieti"),
        "rss-pl": dict(title="Kurier Nadwarciański", link="https://kuriernadwarcianski.example", lang="pl-PL",
                       desc="Wiadomości z Wierzbna Królewskiego i okolic"),
    }
    for c, meta in RSS.items():
        dated = [(k, when(k)) for k in members[c]]
        dated.sort(key=lambda kv: kv[1], reverse=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>',
               '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
               'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
               "<channel>", f"<title>{x(meta['title'])}</title>", f"<link>{meta['link']}</link>",
               f"<description>{x(meta['desc'])}</description>", f"<language>{meta['lang']}</language>",
               f"<lastBuildDate>{format_datetime(datetime(2026, 3, 17, 8, 0, tzinfo=timezone.utc))}</lastBuildDate>",
               f'<atom:link href="{meta["link"].rstrip("/")}/feed/" rel="self" type="application/rss+xml"/>']
        for k, t in dated:
            title, paras = src_of(k)
            n = rng.randint(10000, 99999)
            if c == "rss-en":
                link = f"{meta['link']}news/{slug(title)}-{n}"
                guid, gattr = link, ""
                content = cdata(html_body(paras, ent_en))
                desc = x("<p>" + ent_en(html.escape(excerpt(paras, 32), quote=False)) + " […]</p>")
                creator = "Fenland Mercury reporter"
            elif c == "rss-it":
                link = f"{meta['link']}cronaca/{n}/"
                guid, gattr = f"csangro-{n}", ' isPermaLink="false"'
                content = x(html_body(paras, ent_it))
                desc = x(excerpt(paras, 28) + "… Leggi tutto")
                creator = "Redazione"
            else:
                link = f"{meta['link']}/{slug(title)}/"
                guid, gattr = f"{meta['link']}/?p={n}", ' isPermaLink="false"'
                content = cdata(html_body(paras, ent_pl))
                desc = cdata("<p>" + ent_pl(html.escape(excerpt(paras, 40), quote=False)) + " [&#8230;]</p>")
                creator = "Redakcja"
            aid = f"{fname[c]}#{guid}"
            record(k, aid)
            out += ["<item>", f"<title>{x(title)}</title>", f"<link>{x(link)}</link>",
                    f"<guid{gattr}>{x(guid)}</guid>", f"<pubDate>{format_datetime(t)}</pubDate>",
                    f"<dc:creator>{cdata(creator) if c == 'rss-pl' else x(creator)}</dc:creator>",
                    f"<description>{desc}</description>", f"<content:encoded>{content}</content:encoded>", "</item>"]
        out += ["</channel>", "</rss>", ""]
        (D / fname[c]).write_text("\n".join(out), encoding="utf-8")

    # --- Atom feed
    c = "atom-vi"
    dated = sorted(((k, when(k)) for k in members[c]), key=lambda kv: kv[1], reverse=True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
           "<title>Báo Mê Kông Ngày Nay - Thời sự</title>",
           '<link href="https://mekongngaynay.example/thoi-su" rel="alternate"/>',
           '<link href="https://mekongngaynay.example/thoi-su.atom" rel="self"/>',
           "<id>tag:mekongngaynay.example,2020:thoi-su</id>", "<updated>2026-03-17T08:00:00+07:00</updated>"]
    for k, t in dated:
        title, paras = src_of(k)
        n = rng.randint(100000, 999999)
        aid_guid = f"tag:mekongngaynay.example,2026:article-{n}"
        record(k, f"{fname[c]}#{aid_guid}")
        tl = t.astimezone(timezone(timedelta(hours=7))).isoformat()
        out += ["<entry>", f"<title>{x(title)}</title>", f'<link href="https://mekongngaynay.example/thoi-su/{n}.html" rel="alternate"/>',
                f"<id>{aid_guid}</id>", f"<published>{tl}</published>", f"<updated>{tl}</updated>",
                "<author><name>Nhóm phóng viên</name></author>",
                f'<summary type="html">{x("<p>" + ent_vi(html.escape(excerpt(paras, 36), quote=False)) + "… Đọc tiếp</p>")}</summary>',
                f'<content type="html">{x(html_body(paras, ent_vi))}</content>', "</entry>"]
    out += ["</feed>", ""]
    (D / fname[c]).write_text("\n".join(out), encoding="utf-8")

    # --- JSON Lines A: CMS export, HTML bodies
    c = "jsonl-a"
    lines = []
    used = set()
    for k in members[c]:
        title, paras = src_of(k)
        while (n := rng.randint(40000, 49999)) in used:
            pass
        used.add(n)
        rec = {"id": n, "url": f"https://hub.newsyndicate.example/a/{n}", "title": title,
               "date": when(k).isoformat(), "source": OUTLET.get(k, ""), "lang": LANG[k[:2]],
               "section": "regional", "body_html": html_body(paras, lambda h: h.replace("\u201c", "&ldquo;").replace("\u201d", "&rdquo;").replace("«", "&laquo;").replace("»", "&raquo;"))}
        record(k, f"{fname[c]}#{n}")
        lines.append(json.dumps(rec, ensure_ascii=False))
    bad = ('{"id": 48807, "url": "https://hub.newsyndicate.example/a/48807", "title": "Sieradz: nowy tomograf w szpitalu", '
           '"date": "2026-03-12T15:02:00+00:00", "source": "Portal Sieradzki", "lang": "pl-PL", "body_html": "<p>Szpital w Sieradzu '
           'otrzymał nowy tomograf komputerowy, którego zakup kosztował')  # cut off: the export was interrupted
    pos = rng.randint(3, len(lines) - 3)
    lines.insert(pos, bad)
    skips.append({"file": fname[c], "line": pos + 1, "reason": "malformed JSON line (cut off)"})
    (D / fname[c]).write_text("\n".join(lines) + "\n", encoding="utf-8")

    # --- JSON Lines B: media monitoring, plain text
    c = "jsonl-b"
    lines = []
    for k in members[c]:
        title, paras = src_of(k)
        cid = f"mm-20260312-{rng.randint(0, 0xffffff):06x}"
        rec = {"id": cid, "source": OUTLET.get(k, ""), "lang": LANG[k[:2]],
               "url": f"https://monitor.presswatch.example/clip/{cid}", "title": title,
               "datePublished": when(k).isoformat(), "content": "\n\n".join(paras)}
        record(k, f"{fname[c]}#{cid}")
        lines.append(json.dumps(rec, ensure_ascii=False))
    eid = f"mm-20260312-{rng.randint(0, 0xffffff):06x}"
    empty = {"id": eid, "source": "Radio Warta FM", "lang": "pl-PL", "url": f"https://monitor.presswatch.example/clip/{eid}",
             "title": "Wierzbno Królewskie: relacja audio z sesji rady powiatu", "datePublished": "2026-03-12T17:40:00+00:00",
             "content": ""}
    pos = rng.randint(2, len(lines) - 2)
    lines.insert(pos, json.dumps(empty, ensure_ascii=False))
    skips.append({"file": fname[c], "line": pos + 1, "id": f"{fname[c]}#{eid}", "reason": "empty content (an audio clip without a transcript)"})
    (D / fname[c]).write_text("\n".join(lines) + "\n", encoding="utf-8")

    # --- JSON array: scraper dump
    c = "json"
    recs = []
    for k in members[c]:
        title, paras = src_of(k)
        sid = f"{rng.getrandbits(48):012x}"
        recs.append({"id": sid, "@type": "NewsArticle", "headline": title, "inLanguage": LANG[k[:2]],
                     "publisher": OUTLET.get(k, ""), "url": f"https://scrape.example/{sid}",
                     "datePublished": when(k).isoformat(), "articleBody": "\n\n".join(paras)})
        record(k, f"{fname[c]}#{sid}")
    (D / fname[c]).write_text(json.dumps(recs, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    # --- single files
    shutil.copyfile(N / "en1-repost.md", D / fname["md"]); names[fname["md"]] = "en1-repost"
    title, paras = read(N / "en1-indep-b.txt")
    w = ["FENS WEEKLY  |  Tuesday 17 March 2026  |  Issue 412", "=" * 52, "", title, "", ]
    for p in paras:
        w += textwrap.wrap(p, 72, break_long_words=False, break_on_hyphens=False) + [""]
    w += ["--", ] + textwrap.wrap("You are receiving this e-mail because you signed up for Fens Weekly at "
                                  "fensweekly.example. To stop these e-mails, reply with UNSUBSCRIBE.", 72) + [""]
    (D / fname["wrapped"]).write_text("\n".join(w), encoding="utf-8"); names[fname["wrapped"]] = "en1-indep-b"
    t = (N / "it1-src.txt").read_text(encoding="utf-8")
    (D / fname["crlf"]).write_bytes(t.replace("\n", "\r\n").encode("utf-8")); names[fname["crlf"]] = "it1-src"
    shutil.copyfile(N / "hi1-trimmed.txt", D / fname["txt"]); names[fname["txt"]] = "hi1-trimmed"

    anon = {r: a for a, r in names.items()}
    assert sorted(anon) == sorted(PLACE), set(PLACE) ^ set(anon)
    pairs, clusters = [], []
    for s in STORIES:
        a = lambda k: anon[f"{s}-{k}"]
        pat = [("src", "repost", "copy"), ("src", "trimmed", "copy"), ("repost", "trimmed", "copy"),
               ("src", "rewrite", "rewrite"), ("repost", "rewrite", "rewrite"),
               ("src", "rewrite-loose", "rewrite"), ("repost", "rewrite-loose", "rewrite"),
               ("src", "partial", "partial"), ("repost", "partial", "partial")]
        for ind in ("indep-a", "indep-b"):
            for k in ("src", "repost", "trimmed", "rewrite", "rewrite-loose", "partial"):
                pat.append((ind, k, "none"))
        pat.append(("indep-a", "indep-b", "none"))
        pairs += [[a(x_), a(y), l] for x_, y, l in pat]
        clusters.append([a(k) for k in ("src", "repost", "trimmed", "rewrite", "rewrite-loose")])
    (R / "truth.json").write_text(json.dumps({"pairs": pairs, "clusters": clusters}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    out = dict(sorted(names.items()))
    out["filler"] = sorted(filler)
    out["files"] = {fname[c]: c for c in order}
    out["skipped"] = skips
    (R / "names.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(conts), "files,", len(names), "labelled articles,", len(filler), "filler,", len(pairs), "pairs,", len(clusters), "clusters")


main()
