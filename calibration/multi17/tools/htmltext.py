"""multi17: crude page reader for the checks (standard library only).

read(bytes) -> (declared charset, decoded text): the charset comes from <meta charset> or
<meta http-equiv="Content-Type">, and the bytes are decoded strictly with it.
extract(text, family) -> dict(headline, paras, chrome, nav): the article paragraphs as a reader would
see them (pull-quotes, captions, read-also boxes, bylines and share bars left out), and the page's
chrome (all body text outside the article container, the breadcrumbs and the comments).
"""

import re
from html.parser import HTMLParser

FAMILY = {  # container (tag, class), body (tag, class), paragraph (tag, class or None)
    "article": (("article", "article"), ("div", "article-body"), ("p", None)),
    "storybody": (("div", "story"), ("div", "story-body"), ("p", None)),
    "entry": (("article", "post"), ("div", "entry-content"), ("p", None)),
    "td": (("div", "td-ss-main-content"), ("div", "td-post-content"), ("p", None)),
    "brbr": (("td", "text"), ("td", "text"), (None, None)),
    "jsonld": (("div", "ArticleView_root__8fGh"), ("div", "ArticleBody_root__m4Rk"), ("div", "ArticleBody_paragraph__e2W")),
}
SKIP_IN_BODY = {"figure", "blockquote", "aside", "h1", "script", "style", "noscript"}
SKIP_CLASSES = {"inline-related", "read-also", "td-a-rec", "readmore", "ReadAlso_box__Qq", "postinfo", "wp-caption", "share-bar", "crumbs"}
CRUMBS = {"breadcrumbs", "td-crumb-container", "crumbs", "Breadcrumbs_root__p0"}
VOID = {"br", "img", "input", "meta", "link", "hr", "source", "wbr"}


def read(b):
    head = b[:4000].decode("latin-1")
    m = re.search(r"""<meta[^>]+charset=["']?([\w-]+)""", head, re.I)
    cs = m.group(1) if m else "utf-8"
    return cs, b.decode(cs)  # strict


class _P(HTMLParser):
    def __init__(self, family):
        super().__init__(convert_charrefs=True)
        self.cont, self.body, self.para = FAMILY[family]
        self.brbr = family == "brbr"
        self.stack = []  # per open element: set of zone flags
        self.headline, self.paras, self.chrome, self.nav = [], [], [], 0
        self.cur = None
        self.in_nav_links = 0

    def flags(self):
        return self.stack[-1] if self.stack else frozenset()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = set((a.get("class") or "").split())
        f = set(self.flags())
        if tag == "head":
            f.add("head")
        if tag in ("script", "style", "noscript", "title"):
            f.add("skip")
        if tag == self.cont[0] and self.cont[1] in cls:
            f.add("cont")
        if "cont" in f and tag == self.body[0] and self.body[1] in cls:
            f.add("body")
        if cls & CRUMBS:
            f.add("crumbs")
        if a.get("id") == "comments" or "comments-area" in cls or "comments" in cls:
            f.add("comments")
        if "body" in f and (tag in SKIP_IN_BODY or cls & SKIP_CLASSES):
            f.add("bskip")
        if tag == "h1" and "cont" in f:
            f.add("h1")
        if "body" in f and "bskip" not in f and not self.brbr and tag == self.para[0] and (self.para[1] is None or self.para[1] in cls):
            f.add("para")
            self.cur = []
        if tag == "a" and "nav" in f and "crumbs" not in f:
            self.nav += 1
        if tag == "nav" or cls & {"menu", "main-navigation", "sf-menu", "Header_nav__3Kq"}:
            f.add("nav")
        if tag == "br" and self.brbr and "body" in f and "bskip" not in f:
            self.paras.append("\n")
        if tag in VOID:
            return
        self.stack.append(frozenset(f))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag in VOID or not self.stack:
            return
        f = self.stack.pop()
        if "para" in f and "para" not in self.flags() and self.cur is not None:
            self.paras.append(" ".join("".join(self.cur).split()))
            self.cur = None

    def handle_data(self, d):
        f = self.flags()
        if "skip" in f or "head" in f:
            return
        if "h1" in f:
            self.headline.append(d)
        if "cont" in f or "crumbs" in f or "comments" in f:
            if "para" in f and self.cur is not None and "bskip" not in f:
                self.cur.append(d)
            elif self.brbr and "body" in f and "bskip" not in f:
                self.paras.append(d.replace("\n", " "))
            return
        if d.strip():
            self.chrome.append(" ".join(d.split()))


def extract(text, family):
    p = _P(family)
    p.feed(text)
    p.close()
    if family == "brbr":
        paras = [" ".join(x.split()) for x in re.split(r"\n\s*\n", "".join(p.paras))]
        paras = [x for x in paras if x]
    else:
        paras = [x for x in p.paras if x]
    return dict(headline=" ".join("".join(p.headline).split()), paras=paras, chrome=p.chrome, nav=p.nav)
