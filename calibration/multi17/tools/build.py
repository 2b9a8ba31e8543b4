"""multi17: render the hand-written article texts (text/<id>-<kind>.txt) as saved web pages of fictional
news sites (named/<id>-<kind>.html), each site with its own template and encoding (tools/sites.py).

The repost is the src text on another site's template (dateline dropped where the src has one); the
trimmed copy keeps the src paragraphs listed in STORY[...]["keep"] under a shorter headline (STORY[...]["short"]). Each site's chrome (menu, most-read box, related teasers,
read-also link, newsletter and cookie banners, footer) depends on the site only, so every page of one
site carries the same chrome. Pages are written in the site's declared charset; characters the legacy
charset lacks become named or numeric character references; JSON in <script> is ASCII-escaped there.
"""

import html
import json
import random
import re
from html.entities import codepoint2name
from pathlib import Path

from sites import KINDS, OTHER, SECTIONS, SITES, STORIES, STORY, UI

R = Path(__file__).resolve().parent.parent
T, N = R / "text", R / "named"

MONTH = {"ru": "марта", "ar": "مارس", "pt": "março"}


def fmt_date(lang, iso):
    y, mo, d = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    hh, mm = iso[11:13], iso[14:16]
    if lang == "ru":
        return f"{d} {MONTH['ru']} {y}, {hh}:{mm}"
    if lang == "ja":
        return f"{y}年{mo}月{d}日 {hh}:{mm}"
    if lang == "zh":
        return f"{iso[:10]} {hh}:{mm}"
    if lang == "pt":
        return f"{d:02d}/{mo:02d}/{y} {int(hh)}h{mm}"
    return f"{d} {MONTH['ar']} {y} - {hh}:{mm}"


def read_text(role):
    t = (T / f"{role}.txt").read_text(encoding="utf-8").strip("\n").split("\n\n")
    return t[0], t[1:]


class Site:
    def __init__(self, key):
        self.key, self.c = key, SITES[key]
        c = self.c
        self.lang, self.fam, self.enc, self.name, self.domain = c["lang"], c["family"], c["enc"], c["name"], c["domain"]
        self.ui = UI[self.lang]
        rng = random.Random(17 * 1000 + c["seed"])
        secs = SECTIONS[self.lang][:]
        rng.shuffle(secs)
        self.nav = [self.ui["home"]] + secs[: rng.randint(10, 17)]
        oth = OTHER[self.lang][:]
        rng.shuffle(oth)
        self.mostread = oth[:5]
        self.related = oth[5:9] if rng.random() < 0.5 else oth[4:7]
        self.readalso = oth[9 % len(oth)]
        self.slugs = {s: f"/{'rubric' if self.lang == 'ru' else 'section'}/{i + 1:02d}/" for i, s in enumerate(SECTIONS[self.lang])}
        self.uid = rng.randint(10 ** 7, 10 ** 8)
        self.legacy = self.enc.lower() != "utf-8"
        self.named = c.get("named", False)

    # text escaping for this site
    def esc(self, s, attr=False):
        s = html.escape(s, quote=attr)
        if self.named:
            s = "".join(c if ord(c) < 128 else f"&{codepoint2name[ord(c)]};" if ord(c) in codepoint2name else f"&#{ord(c)};" for c in s)
        if self.lang == "pt" and (self.named or self.legacy):
            s = s.replace("R$ ", "R$&nbsp;")
        return s

    def jsonld(self, obj):
        s = json.dumps(obj, ensure_ascii=self.legacy or self.named, indent=1 if self.c["seed"] % 2 else None)
        return s.replace("</", "<\\/")

    def encode(self, page):
        if not self.legacy:
            return page.encode("utf-8")
        out = []
        for ch in page:
            try:
                ch.encode(self.enc)
                out.append(ch)
            except UnicodeEncodeError:
                out.append(f"&{codepoint2name[ord(ch)]};" if ord(ch) in codepoint2name else f"&#{ord(ch)};")
        return "".join(out).encode(self.enc)

    def link(self, i, h):
        return f"https://{self.domain}/news/{2026031 * 10 + i}-{abs(hash_(h)) % 100000}.html"


def hash_(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000003
    return h


def page(site, role, headline, paras, date, byline, section):
    s, e, ui, lang = site, site.esc, site.ui, site.lang
    story = role.split("-")[0]
    st = STORY[story]
    rng = random.Random(f"17-{role}")
    url = f"https://{s.domain}/{'news' if s.fam != 'entry' else '2026/03/' + date[8:10]}/{s.uid + hash_(headline) % 9000}{'.html' if s.fam in ('storybody', 'brbr') else '/'}"
    desc = paras[0][:150].rsplit(" ", 1)[0] if lang in ("ru", "pt", "ar") else paras[0][:80]
    dshow = fmt_date(lang, date)
    dirattr = ' dir="rtl"' if lang == "ar" else ""
    htmllang = {"ru": "ru", "ja": "ja", "zh": "zh-CN", "pt": "pt-BR", "ar": "ar"}[lang]
    if s.legacy and s.enc in ("Shift_JIS", "gb2312", "iso-8859-1"):
        meta_cs = f'<meta http-equiv="Content-Type" content="text/html; charset={s.enc}">'
    else:
        meta_cs = f'<meta charset="{s.enc}">'
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline, "datePublished": date,
          "dateModified": date, "author": {"@type": "Person" if " " in byline and s.fam != "jsonld" else "Organization", "name": byline},
          "publisher": {"@type": "Organization", "name": s.name, "logo": {"@type": "ImageObject", "url": f"https://{s.domain}/static/logo.png"}},
          "mainEntityOfPage": url, "inLanguage": htmllang}
    if s.c.get("jsonbody"):
        ld["articleBody"] = "\n\n".join(paras)
    css = {
        "article": "body{margin:0;font-family:Georgia,serif;color:#222}.site-header{background:#0b3d6b;color:#fff}.main-nav ul{list-style:none;display:flex;flex-wrap:wrap;margin:0;padding:0}.main-nav a{color:#fff;padding:8px 10px;display:block}.layout{display:grid;grid-template-columns:1fr 300px;gap:32px}.pullquote{font-size:1.4em;border-left:4px solid #0b3d6b;padding-left:16px}.read-also{background:#f3f5f8;padding:12px}.cookie-banner{position:fixed;bottom:0;background:#333;color:#fff}",
        "storybody": "#wrapper{width:1000px;margin:0 auto;font:15px/1.5 Arial,sans-serif}.menu a{margin-right:12px;font-weight:bold}.col-left{float:left;width:660px}.col-right{float:right;width:300px}.story-title{font-size:28px}.inline-related{border:1px solid #ddd;padding:8px;margin:12px 0}.footer{clear:both;border-top:3px solid #c00}",
        "entry": ".site{max-width:1140px;margin:auto}.main-navigation ul{list-style:none}.main-navigation li{display:inline-block}.entry-title{font-size:2.2rem}.widget-area{width:30%;float:right}.comment-list{list-style:none}.read-also{border-left:3px solid #e67e22;padding-left:10px}",
        "td": ".td-container{width:1068px;margin:0 auto}.sf-menu>li{float:left}.td-pb-span8{width:66.6%;float:left}.td-pb-span4{width:33.3%;float:right}.td-post-content p{margin-bottom:26px}.td-a-rec{margin:20px 0}.td-post-sharing a{display:inline-block;padding:0 10px}",
        "brbr": "body{font-family:Verdana,Arial;font-size:13px}td.menu a{color:#036}td.side{background:#f7f7f7}.readmore{background:#ffffe0;border:1px dashed #999;padding:6px}",
        "jsonld": ".Layout_root__k2Fd1{direction:rtl;font-family:Tahoma,sans-serif}.Header_nav__3Kq a{padding:0 10px}.ArticleBody_paragraph__e2W{margin:0 0 1em;line-height:1.9}.ReadAlso_box__Qq{background:#eef}",
    }[s.fam]
    analytics = (f"window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-{s.uid % 10 ** 7:07d}X');"
                 if s.c["seed"] % 3 else
                 f"(function(m,e,t,r,i,k,a){{m[i]=m[i]||function(){{(m[i].a=m[i].a||[]).push(arguments)}};m[i].l=1*new Date();k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)}})(window,document,'script','https://mc.example-metrika.net/tag.js','ym');ym({s.uid},'init',{{clickmap:true,trackLinks:true}});")
    head = f"""<!DOCTYPE html>
<html lang="{htmllang}"{dirattr}>
<head>
{meta_cs}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(headline)} | {e(s.name)}</title>
<meta name="description" content="{e(desc, True)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{e(s.name, True)}">
<meta property="og:title" content="{e(headline, True)}">
<meta property="og:description" content="{e(desc, True)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://{s.domain}/uploads/2026/03/{s.uid % 997}_cover.jpg">
<meta property="article:published_time" content="{date}">
<meta property="article:section" content="{e(section, True)}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="https://{s.domain}/assets/css/main.{s.uid % 65536:04x}.css">
<link rel="icon" href="https://{s.domain}/favicon.ico">
<link rel="alternate" type="application/rss+xml" href="https://{s.domain}/rss.xml">
<style>{css}</style>
<script>{analytics}</script>
<script type="application/ld+json">{s.jsonld(ld)}</script>
</head>
"""
    navlinks = "".join(f'<li><a href="{s.slugs.get(x, "/")}">{e(x)}</a></li>' for x in s.nav)
    mostread = "".join(f'<li><a href="{s.link(i, h)}">{e(h)}</a></li>' for i, (h, _) in enumerate(s.mostread))
    crumbs_items = [(ui["home"], "/"), (section, s.slugs.get(section, "/"))]
    ra_h = s.readalso[0]
    ra_html = {"article": f'<aside class="read-also"><span>{e(ui["read_also"])}</span> <a href="{s.link(9, ra_h)}">{e(ra_h)}</a></aside>',
               "storybody": f'<div class="inline-related"><strong>{e(ui["read_also"])}</strong> <a href="{s.link(9, ra_h)}">{e(ra_h)}</a></div>',
               "entry": f'<div class="read-also"><p><strong>{e(ui["read_also"])}</strong> <a href="{s.link(9, ra_h)}">{e(ra_h)}</a></p></div>',
               "td": f'<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-read-also">{e(ui["read_also"])}</span> <a href="{s.link(9, ra_h)}">{e(ra_h)}</a></div>',
               "brbr": f'<div class="readmore"><b>{e(ui["read_also"])}</b> <a href="{s.link(9, ra_h)}">{e(ra_h)}</a></div>',
               "jsonld": f'<div class="ReadAlso_box__Qq"><span>{e(ui["read_also"])}</span><a href="{s.link(9, ra_h)}">{e(ra_h)}</a></div>'}[s.fam]
    # pull-quote: the longest quotation in the text, else the first sentence of the second paragraph
    qs = re.findall(r"[«“「]([^«»“”「」]{25,})[»”」]", "\n".join(paras))
    pull = max(qs, key=len) if qs else re.split(r"(?<=[.。!?])\s*", paras[min(1, len(paras) - 1)])[0]
    pull_html = f'<blockquote class="pullquote"><p>{e(pull)}</p></blockquote>' if s.c.get("pull") else ""
    fig = ""
    if s.c.get("figure"):
        img = f'https://{s.domain}/uploads/2026/03/{hash_(headline) % 100000}.jpg'
        fig = {"article": f'<figure class="lead-image"><img src="{img}" alt="{e(st["caption"], True)}" width="1200" height="675"><figcaption>{e(st["caption"])} <span class="credit">{e(ui["photo"])} {e(st["credit"])}</span></figcaption></figure>',
               "storybody": f'<figure class="story-image"><img src="{img}" alt=""><figcaption class="caption">{e(st["caption"])} ({e(ui["photo"])} {e(st["credit"])})</figcaption></figure>',
               "entry": f'<figure class="wp-block-image size-large"><img src="{img}" alt="" class="wp-image-{hash_(headline) % 9999}"><figcaption>{e(st["caption"])}</figcaption></figure>',
               "td": f'<figure class="wp-caption aligncenter"><img src="{img}" alt="" width="696" height="392"><figcaption class="wp-caption-text">{e(st["caption"])} / {e(st["credit"])}</figcaption></figure>'}.get(s.fam, "")
    mid = max(1, len(paras) // 2)
    if s.fam == "jsonld":
        pblocks = [f'<div class="ArticleBody_paragraph__e2W">{e(p)}</div>' for p in paras]
    elif s.fam == "brbr":
        pblocks = [e(p) for p in paras]
    else:
        pblocks = [f"<p>{e(p)}</p>" for p in paras]
    if s.fam == "brbr":
        body_html = "\n<br><br>\n".join(pblocks[:mid]) + "\n<br><br>\n" + ra_html + "\n" + "\n<br><br>\n".join(pblocks[mid:])
    else:
        body_html = "\n".join(pblocks[:mid] + [ra_html] + pblocks[mid:mid + 1] + ([pull_html] if pull_html else []) + pblocks[mid + 1:])
    share = " ".join(f'<a href="#" class="share-{x.lower()}">{x}</a>' for x in ["Facebook", "X", "WhatsApp", "Telegram"])
    comments = ""
    if s.c.get("comments"):
        cs = rng.sample(st["comments"], rng.randint(2, min(5, len(st["comments"]))))
        items = "".join(f'<li class="comment"><div class="comment-author"><b>{e(n)}</b></div><div class="comment-date">{dshow}</div><div class="comment-text"><p>{e(t)}</p></div><a class="comment-reply-link" href="#">{e(ui["reply"])}</a></li>' for n, t in cs)
        comments = f'<div id="comments" class="comments-area"><h3 class="comments-title">{e(ui["comments"])} ({len(cs)})</h3><ol class="comment-list">{items}</ol></div>'
    related = "".join(f'<div class="card"><a href="{s.link(20 + i, h)}"><h3>{e(h)}</h3></a><p>{e(f1)}</p></div>' for i, (h, f1) in enumerate(s.related))
    foot_links = " ".join(f'<a href="/page/{i}">{e(x)}</a>' for i, x in enumerate(ui["about"]))
    copy = f"© 2008–2026 {s.name}. {ui['rights']}"
    newsletter = f'<div class="newsletter"><p>{e(ui["news"])}</p><form action="/subscribe" method="post"><input type="email" name="email" placeholder="e-mail"><button type="submit">{e(ui["subscribe"])}</button></form></div>'
    cookie = f'<div class="cookie-banner" id="cookie-consent"><p>{e(ui["cookie"])}</p><button type="button">{e(ui["ok"])}</button></div>'
    crumbs_html = lambda cls, sep: f'<div class="{cls}">' + sep.join(f'<a href="{u}">{e(x)}</a>' for x, u in crumbs_items) + f'{sep}<span>{e(headline)}</span></div>'

    if s.fam == "article":
        body = f"""<body class="article-page">
{cookie}
<header class="site-header"><div class="container"><a class="logo" href="/">{e(s.name)}</a><form class="search" action="/search"><input type="search" name="q" placeholder="{e(ui['search'], True)}"></form></div>
<nav class="main-nav"><ul>{navlinks}</ul></nav></header>
<main class="container">
<nav class="breadcrumbs">{' › '.join(f'<a href="{u}">{e(x)}</a>' for x, u in crumbs_items)} › <span>{e(headline)}</span></nav>
<div class="layout">
<article class="article" itemscope itemtype="https://schema.org/NewsArticle">
<header class="article-header"><a class="rubric" href="{s.slugs.get(section, '/')}">{e(section)}</a>
<h1 itemprop="headline">{e(headline)}</h1>
<div class="byline"><span class="author" itemprop="author">{e(byline)}</span> <time datetime="{date}" itemprop="datePublished">{dshow}</time></div></header>
{fig}
<div class="article-body" itemprop="articleBody">
{body_html}
</div>
<footer class="article-footer"><div class="share"><span>{e(ui['share'])}</span> {share}</div></footer>
</article>
<aside class="sidebar"><section class="most-read"><h2>{e(ui['most_read'])}</h2><ol>{mostread}</ol></section><div class="ad-slot" data-slot="sidebar-1"></div></aside>
</div>
<section class="related"><h2>{e(ui['related'])}</h2><div class="cards">{related}</div></section>
{newsletter}
</main>
<footer class="site-footer"><div class="footer-links">{foot_links}</div><p class="copyright">{e(copy)}</p></footer>
</body>
</html>
"""
    elif s.fam == "storybody":
        body = f"""<body>
<div id="wrapper">
<div class="header"><div class="logo"><a href="/">{e(s.name)}</a></div><div class="search-box"><input type="text" name="q" value=""><a href="/search">{e(ui['search'])}</a></div></div>
<div class="menu">{''.join(f'<a href="{s.slugs.get(x, "/")}">{e(x)}</a>' for x in s.nav)}</div>
{crumbs_html('breadcrumbs', ' / ')}
<div class="main">
<div class="col-left">
<div class="story">
<h1 class="story-title">{e(headline)}</h1>
<div class="story-meta"><span class="story-author">{e(byline)}</span> | <span class="story-date">{dshow}</span></div>
{fig}
<div class="story-body">
{body_html}
</div>
<div class="share-bar">{e(ui['share'])} {share}</div>
</div>
{comments}
<div class="related-stories"><h2>{e(ui['related'])}</h2>{related}</div>
</div>
<div class="col-right"><div class="most-read"><h2>{e(ui['most_read'])}</h2><ol>{mostread}</ol></div>{newsletter}</div>
</div>
<div class="footer">{foot_links}<br>{e(copy)}</div>
</div>
{cookie}
</body>
</html>
"""
    elif s.fam == "entry":
        pid = 4000 + hash_(headline) % 5000
        body = f"""<body class="post-template-default single single-post postid-{pid} single-format-standard">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">{e(s.name)}</a></p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{navlinks}</ul></nav></header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
{crumbs_html('breadcrumbs', ' » ')}
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry category-{s.slugs.get(section, '/').strip('/').replace('/', '-')}">
<header class="entry-header"><h1 class="entry-title">{e(headline)}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{date}">{dshow}</time></span> <span class="byline"><span class="author vcard">{e(byline)}</span></span></div></header>
<div class="entry-content">
{fig}
{body_html}
</div>
<footer class="entry-footer"><div class="share-bar">{e(ui['share'])} {share}</div></footer>
</article>
{comments}
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">{e(ui['most_read'])}</h2><ul>{mostread}</ul></section><section class="widget widget_related"><h2 class="widget-title">{e(ui['related'])}</h2>{related}</section><section class="widget widget_newsletter">{newsletter}</section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">{foot_links}<br>{e(copy)}</div></footer>
</div>
{cookie}
</body>
</html>
"""
    elif s.fam == "td":
        body = f"""<body class="single single-post td-standard-pack global-block-template-1 td-full-layout">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu-full"><div class="td-container td-header-row td-header-top-menu">{foot_links}</div></div>
<div class="td-banner-wrap-full"><div class="td-container td-header-row td-header-header"><div class="td-header-sp-logo"><a class="td-main-logo" href="/"><span class="td-logo-text">{e(s.name)}</span></a></div></div></div>
<div class="td-header-menu-wrap-full"><div class="td-header-menu-wrap"><div class="td-container td-header-row td-header-main-menu"><div id="td-header-menu"><ul id="menu-main" class="sf-menu">{navlinks}</ul></div></div></div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default">
{crumbs_html('td-crumb-container', ' › ')}
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main">
<div class="td-ss-main-content">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="{s.slugs.get(section, '/')}">{e(section)}</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{e(headline)}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">—</div> {e(byline)}</div><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{date}">{dshow}</time></span></div></header></div>
<div class="td-post-sharing-top share-bar">{share}</div>
<div class="td-post-content tagdiv-type">
{fig}
{body_html}
</div>
<footer><div class="td-post-sharing-bottom share-bar">{e(ui['share'])} {share}</div></footer>
</div>
{comments}
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title">{e(ui['related'])}</h4>{related}</div>
</div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td_block_wrap td_block_popular"><h4 class="block-title">{e(ui['most_read'])}</h4><ul>{mostread}</ul></div>{newsletter}</div>
</div></div></div>
<div class="td-footer-wrapper"><div class="td-container"><div class="footer-text-wrap">{e(s.name)}</div></div></div>
<div class="td-sub-footer-container"><div class="td-container"><div class="td-sub-footer-copy">{e(copy)}</div></div></div>
</div>
{cookie}
</body>
</html>
"""
    elif s.fam == "brbr":
        body = f"""<body bgcolor="#ffffff" topmargin="0" leftmargin="0">
<table width="980" align="center" cellpadding="6" cellspacing="0" border="0">
<tr><td colspan="2" class="top"><a href="/"><font size="5" color="#003366"><b>{e(s.name)}</b></font></a></td></tr>
<tr><td colspan="2" class="menu">{' | '.join(f'<a href="{s.slugs.get(x, "/")}">{e(x)}</a>' for x in s.nav)}</td></tr>
<tr><td class="text" valign="top">
<div class="crumbs"><a href="/">{e(ui['home'])}</a> &raquo; <a href="{s.slugs.get(section, '/')}">{e(section)}</a></div>
<h1>{e(headline)}</h1>
<div class="postinfo"><i>{e(byline)}</i> &middot; {dshow}</div>
<br>
{body_html}
<br><br>
<div class="postinfo">{e(ui['share'])} {share}</div>
</td>
<td class="side" valign="top" width="260"><b>{e(ui['most_read'])}</b><br>{'<br>'.join(f'<a href="{s.link(i, h)}">{e(h)}</a>' for i, (h, _) in enumerate(s.mostread))}<br><br><b>{e(ui['related'])}</b><br>{'<br>'.join(f'<a href="{s.link(20 + i, h)}">{e(h)}</a><br><small>{e(f1)}</small>' for i, (h, f1) in enumerate(s.related))}<br><br>{newsletter}</td></tr>
<tr><td colspan="2" class="foot" align="center"><small>{foot_links}<br>{e(copy)}</small></td></tr>
</table>
{cookie}
</body>
</html>
"""
    else:  # jsonld
        nd = {"props": {"pageProps": {"article": {"id": s.uid % 100000 + hash_(headline) % 1000, "title": headline, "section": section, "publishedAt": date}}}, "page": "/article/[id]", "buildId": f"b{s.uid % 4096:x}"}
        body = f"""<body>
<div id="__next"><div class="Layout_root__k2Fd1">
<header class="Header_root__9aT3c"><a class="Header_logo__Xx0" href="/">{e(s.name)}</a><nav class="Header_nav__3Kq">{''.join(f'<a href="{s.slugs.get(x, "/")}">{e(x)}</a>' for x in s.nav)}</nav></header>
{crumbs_html('Breadcrumbs_root__p0', ' ‹ ')}
<main class="Layout_main__Zq1">
<div class="ArticleView_root__8fGh">
<div class="ArticleView_section__2b">{e(section)}</div>
<h1 class="ArticleView_title__u7">{e(headline)}</h1>
<div class="ArticleView_meta__1s"><span class="ArticleView_author__c">{e(byline)}</span><span class="ArticleView_date__d">{dshow}</span></div>
<div class="ArticleBody_root__m4Rk">
{body_html}
</div>
<div class="Share_root__x9">{share}</div>
</div>
<aside class="Sidebar_root__s1"><div class="MostRead_root__m8"><h2>{e(ui['most_read'])}</h2><ol>{mostread}</ol></div></aside>
</main>
<section class="Related_root__r3"><h2>{e(ui['related'])}</h2>{related}</section>
{newsletter}
<footer class="Footer_root__f0">{foot_links}<p>{e(copy)}</p></footer>
{cookie}
</div></div>
<script id="__NEXT_DATA__" type="application/json">{s.jsonld(nd)}</script>
</body>
</html>
"""
    return s.encode(head + body)


def doc_text(story, kind):
    """(headline, paragraphs) of one document's article text."""
    st = STORY[story]
    if kind in ("repost", "trimmed"):
        h, body = read_text(f"{story}-src")
        if kind == "repost":
            first = body[0]
            if st["dateline"]:
                assert first.startswith(st["dateline"]), story
                first = first[len(st["dateline"]):]
            return h, [first] + body[1:]
        return st["short"], [body[i - 1] for i in st["keep"]]
    return read_text(f"{story}-{kind}")


if __name__ == "__main__":
    N.mkdir(exist_ok=True)
    for old in N.iterdir():
        old.unlink()
    for story in STORIES:
        st = STORY[story]
        for kind in KINDS:
            h, paras = doc_text(story, kind)
            date, byline, section = st["meta"][kind]
            b = page(Site(st["site"][kind]), f"{story}-{kind}", h, paras, date, byline, section)
            (N / f"{story}-{kind}.html").write_bytes(b)
        print(story, "8 pages")
