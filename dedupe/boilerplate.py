"""Site chrome inside article text: lines the corpus repeats across stories, plus a built-in list.

A line is boilerplate when it is short and occurs in many documents (at least
``max(MIN_DOCUMENTS, MIN_SHARE × corpus)``) *and* in clearly more documents than the
document's own sentences do: a story syndicated to ten sites repeats every paragraph ten times,
which is content, while "Subscribe to our newsletter" repeats across every story of a site. A
small multilingual list of typical chrome lines (ads, newsletter, cookie, sign-in and comment
prompts, share buttons, menus, copyright) covers corpora too small to learn from.

Removed lines are overwritten with spaces, never deleted, so offsets into ``Article.text``
still point at the same characters of the text as it was read.
"""

from __future__ import annotations

import math
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from dedupe.models import Article

MIN_DOCUMENTS = 3
MIN_SHARE = 0.02
# Longer lines are paragraphs of content, never boilerplate.
MAX_WORDS = 30
# A line longer than this is long (600 characters of prose are over MAX_WORDS words in any script).
_LONG_LINE = 600
# Built-in phrases only match lines this short.
MAX_CHROME_WORDS = 25
# A repeated line is chrome only if it occurs in this many times more documents than the
# document's own sentences do (their median document frequency).
OVER_CONTENT = 2
# Lines with at least this many words count as the document's sentences for that median.
SENTENCE_WORDS = 8

# Whole lines (after normalisation: case, accents and punctuation dropped).
_EXACT = """
advertisement | advertisements | advert | ad | sponsored | sponsored content | paid content | featured stories
| featured | related | related posts | related articles | related stories | related news | read more | read next
| more stories | most read | most popular | recommended | trending | breaking news | in case you missed it
| share | share this | share this article | share this story | share article | comments | comment | post a comment
| add a comment | leave a comment | leave a reply | leave your vote | log in | login | log out | sign in | sign up
| sign out | register | forgot password | forgot your password | privacy policy | terms of use | terms of service
| cookie policy | cookie settings | manage cookies | accept | accept all | accept cookies | accept all cookies
| reject all | skip to content | skip to main content | back to top | menu | search | print | next article
| previous article | continue reading | show comments | view comments | upvote downvote | add to collection
| this is an information message
| publicité | annonce | partager | partager cet article | laisser un commentaire | commentaires | se connecter
| connexion | s'inscrire | mot de passe oublié | lire la suite | à lire aussi | lire aussi | voir aussi
| articles similaires | sur le même sujet | politique de confidentialité | accepter | tout accepter | tout refuser
| publicidad | anuncio | compartir | comparte | compartir articulo | deja un comentario | dejar un comentario
| comentarios | iniciar sesión | inicia sesión | registrarse | regístrate | ¿olvidaste tu contraseña? | leer más
| lee también | lea también | noticias relacionadas | política de privacidad | aceptar | aceptar todo
| anzeige | werbung | teilen | artikel teilen | kommentar schreiben | kommentare | anmelden | einloggen
| registrieren | passwort vergessen | weiterlesen | mehr zum thema | lesen sie auch | datenschutz
| datenschutzerklärung | impressum | akzeptieren | alle akzeptieren
| реклама | поделиться | комментарии | оставить комментарии | оставить комментарий | войти | вход | регистрация
| забыли пароль | читать далее | читать также | читайте также | по теме | политика конфиденциальности | принять
| إعلان | اعلان | شارك | مشاركة | اترك تعليقا | أضف تعليق | اضف تعليقا | التعليقات | تسجيل الدخول | تسجيل
| نسيت كلمة المرور | اقرأ المزيد | اقرأ أيضا | مواضيع ذات صلة | سياسة الخصوصية | موافق | قبول
| 广告 | 分享 | 分享到 | 评论 | 发表评论 | 登录 | 注册 | 忘记密码 | 阅读更多 | 阅读全文 | 相关阅读 | 延伸阅读 | 相关新闻
| 隐私政策 | 接受
"""
# Lines that begin with one of these.
_PREFIXES = """
article continues after | article continues below | story continues below | story continues after
| continue reading | subscribe to our | subscribe to the | subscribe for | subscribe now | sign up for our
| sign up to our | sign up for the | get our newsletter | your subscription | thank you for subscribing
| thanks for subscribing | by providing an email address | by signing up | by subscribing | we use cookies
| this website uses cookies | this site uses cookies | by continuing to use | by continuing to browse
| your email address will not be published | required fields are marked | share on | share via | click here to
| tap here to | all rights reserved | enter your account data | your password reset link
| abonnez-vous à | inscrivez-vous à notre | recevez notre newsletter | la suite après cette publicité
| l'article continue après | partager sur | nous utilisons des cookies | ce site utilise des cookies
| en poursuivant votre navigation | votre adresse e-mail ne sera pas publiée | votre adresse email ne sera pas
| suscríbete a | suscríbase a | recibe nuestro boletín | recibe nuestra newsletter | compartir en | comparte en
| utilizamos cookies | usamos cookies | este sitio web utiliza cookies | este sitio utiliza cookies
| tu dirección de correo electrónico no será publicada | continúa leyendo | sigue leyendo | la noticia continúa
| abonnieren sie unseren newsletter | newsletter abonnieren | melden sie sich für unseren newsletter
| jetzt newsletter | teilen auf | auf facebook teilen | wir verwenden cookies | diese website verwendet cookies
| diese seite verwendet cookies | weiter nach der anzeige | ihre e-mail-adresse wird nicht veröffentlicht
| подпишитесь на | подписаться на | поделиться в | мы используем cookie | мы используем файлы cookie
| этот сайт использует cookie | этот сайт использует файлы cookie | продолжение после рекламы
| ваш адрес email не будет опубликован
| اشترك في نشرتنا | اشترك في النشرة | اشترك الآن | سجل في نشرتنا | شارك على | نستخدم ملفات تعريف الارتباط
| يستخدم هذا الموقع ملفات تعريف الارتباط | لن يتم نشر عنوان بريدك الإلكتروني | تابع القراءة
| 订阅我们的 | 订阅新闻 | 订阅电子报 | 分享到 | 我们使用cookie | 本网站使用cookie | 本站使用cookie | 继续阅读
"""
# Lines that contain one of these.
_CONTAINS = """
all rights reserved | tous droits réservés | todos los derechos reservados | alle rechte vorbehalten
| все права защищены | جميع الحقوق محفوظة | 版权所有
"""
# ``Label: …`` lines that link elsewhere or list tags (matched on the case-folded raw line).
_LABELS = (
    "read", "also read", "read also", "read more", "see also", "related", "tags", "topics", "more",
    "lire aussi", "à lire aussi", "voir aussi", "mots-clés", "lee también", "lea también", "etiquetas",
    "temas", "lesen sie auch", "mehr zum thema", "schlagwörter", "читайте также", "теги", "по теме",
    "اقرأ أيضا", "اقرأ أيضاً", "الوسوم", "相关阅读", "延伸阅读", "标签",
)
_SOCIAL = frozenset(
    {
        "facebook", "twitter", "x", "whatsapp", "email", "e", "mail", "linkedin", "telegram", "reddit",
        "pinterest", "messenger", "print", "copy", "link", "share", "tumblr", "vk", "вконтакте",
        "одноклассники", "weibo", "微博", "微信", "wechat", "line", "threads", "bluesky", "flipboard",
        "pocket", "sms", "tiktok", "instagram", "youtube",
    }
)
_MENU_SEPARATORS = re.compile(r"\s*[|•]\s*|\s[·»›/]\s")
_MENU_MARKS = frozenset("|•·»›/")
# "Copyright 2025 …", "© Copyright 1997-2025 …" ("©" reads as "copyright" in a key).
_COPYRIGHT = re.compile(r"copyright (?:copyright )?\d{4}")
_SENTENCE_MARK = re.compile(r"[.!?;:]$")
_NOT_WORD = re.compile(r"[\W_]+")
# Accents and vowel points once NFKD has split them off: Latin, Cyrillic, Hebrew and Arabic
# (harakat, and the hamza of أ إ ئ ؤ, so spellings with and without it match).
_MARKS = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a"
    "\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u1ab0-\u1aff\u1dc0-\u1dff"
    "\u20d0-\u20ff\ufe20-\ufe2f]+"
)
# Scripts written without spaces (Han, kana, Thai, Lao, Tibetan, Myanmar, Khmer): every
# character counts as a word.
_UNSPACED = re.compile(
    "[\u2e80-\u2fdf\u3005\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\U00020000-\U0003134f]"
)
# Blanking keeps every line break (a lone "\r" too), so the text keeps its lines as well as its offsets.
_BREAKS_KEPT = re.compile(r"[^\r\n\v\f\x1c-\x1e\x85\u2028\u2029]")
_TATWEEL = "\u0640"


def _key(line: str) -> str:
    """A line reduced for matching: NFKC, case folded, accents and punctuation dropped."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", line).casefold().replace("©", " copyright "))
    return _NOT_WORD.sub(" ", _MARKS.sub("", text).replace(_TATWEEL, "")).strip()


def _word_count(line: str) -> int:
    """Words of a line, counting each character of scripts written without spaces as one."""
    words = len(line.split())
    return words + len(_UNSPACED.findall(line)) if _UNSPACED.search(line) else words


def _is_unspaced(character: str) -> bool:
    return _UNSPACED.match(character) is not None


def _phrases(table: str) -> frozenset[str]:
    return frozenset(_key(p) for p in table.split("|") if _key(p))


def _by_first_word(phrases: frozenset[str]) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for phrase in sorted(phrases):
        index.setdefault(_first_word(phrase), []).append(phrase)
    return {word: tuple(group) for word, group in index.items()}


def _first_word(key: str) -> str:
    # Unspaced scripts have no words: their phrases are indexed by their first character.
    return key[0] if _is_unspaced(key[0]) else key.split(" ", 1)[0]


EXACT = _phrases(_EXACT)
PREFIXES = _by_first_word(_phrases(_PREFIXES))
CONTAINS = tuple(sorted(_phrases(_CONTAINS)))
_FOLDED_LABELS = tuple(unicodedata.normalize("NFKC", label).casefold() for label in _LABELS)


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    key: str
    words: int


def _lines(text: str) -> list[_Line]:
    out = []
    start = 0
    for raw in text.split("\n"):
        end = start + len(raw)
        content_end = end - 1 if raw.endswith("\r") else end
        # A long line is never boilerplate: only its document count matters, so its text is its key.
        words = _word_count(raw) if len(raw) <= _LONG_LINE else MAX_WORDS + 1
        key = _key(raw) if words <= MAX_WORDS else "\x00" + raw.strip()
        if key:
            out.append(_Line(start, content_end, key, words))
        start = end + 1
    return out


def _starts_with_phrase(key: str) -> bool:
    for phrase in PREFIXES.get(_first_word(key), ()):
        if key.startswith(phrase):
            rest = key[len(phrase) :]
            if not rest or rest[0] == " " or _is_unspaced(phrase[-1]) or _is_unspaced(rest[0]):
                return True
    return False


def _is_label_line(line: str) -> bool:
    folded = unicodedata.normalize("NFKC", line).casefold().strip()
    return any(folded.startswith(label) and folded[len(label) :].lstrip().startswith(":") for label in _FOLDED_LABELS)


def _is_menu(line: str, key: str) -> bool:
    """``Home | World | Business`` or ``Facebook Twitter WhatsApp Email``."""
    words = key.split()
    if len(words) >= 2 and all(w in _SOCIAL for w in words):
        return True
    if not _MENU_MARKS.intersection(line):
        return False
    items = [item.strip() for item in _MENU_SEPARATORS.split(line.strip())]
    return len(items) >= 3 and all(
        item and _word_count(item) <= 4 and not _SENTENCE_MARK.search(item) for item in items
    )


def _is_chrome(line: str, key: str, words: int) -> bool:
    if key in EXACT:
        return True
    if words > MAX_CHROME_WORDS:
        return False
    return (
        _starts_with_phrase(key)
        or any(p in key for p in CONTAINS)
        or _COPYRIGHT.match(key) is not None
        or line.lstrip().startswith(("©", "(c)", "(C)"))
        or ((":" in line or "：" in line) and _is_label_line(line))
        or _is_menu(line, key)
    )


def is_chrome(line: str) -> bool:
    """Whether one line, on its own, is typical site chrome (the built-in multilingual list)."""
    key = _key(line)
    return bool(key) and _is_chrome(line, key, _word_count(line))


def _document_counts(documents: Sequence[list[_Line]]) -> Counter[str]:
    """How many documents each line occurs in."""
    counts: Counter[str] = Counter()
    for lines in documents:
        counts.update({line.key for line in lines})
    return counts


def strip_boilerplate(articles: list[Article]) -> list[Article]:
    """The articles with boilerplate lines blanked out (same length, same offsets), in order.

    A document that would be left without any text is kept as it was.
    """
    documents = [_lines(article.text) for article in articles]
    counts = _document_counts(documents)
    threshold = max(MIN_DOCUMENTS, math.ceil(MIN_SHARE * len(articles)))
    stripped = []
    for article, lines in zip(articles, documents, strict=True):
        sentence_counts = [counts[line.key] for line in lines if line.words >= SENTENCE_WORDS]
        content = statistics.median(sentence_counts) if sentence_counts else 1
        removed = [
            line
            for line in lines
            if (line.words <= MAX_WORDS and counts[line.key] >= max(threshold, OVER_CONTENT * content))
            or _is_chrome(article.text[line.start : line.end], line.key, line.words)
        ]
        stripped.append(_blank(article, removed, len(lines)))
    return stripped


def _blank(article: Article, removed: list[_Line], total: int) -> Article:
    if not removed or len(removed) == total:
        return article
    text = article.text
    pieces = []
    position = 0
    for line in removed:
        pieces.append(text[position : line.start])
        pieces.append(_BREAKS_KEPT.sub(" ", text[line.start : line.end]))
        position = line.end
    pieces.append(text[position:])
    return replace(article, text="".join(pieces))
