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
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import numpy.typing as npt
from xxhash import xxh3_64_intdigest

from dedupe.models import Article
from dedupe.parallel import Background
from dedupe.store import StoredTexts, TextStore

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
    "read",
    "also read",
    "read also",
    "read more",
    "see also",
    "related",
    "tags",
    "topics",
    "more",
    "lire aussi",
    "à lire aussi",
    "voir aussi",
    "mots-clés",
    "lee también",
    "lea también",
    "etiquetas",
    "temas",
    "lesen sie auch",
    "mehr zum thema",
    "schlagwörter",
    "читайте также",
    "теги",
    "по теме",
    "اقرأ أيضا",
    "اقرأ أيضاً",
    "الوسوم",
    "相关阅读",
    "延伸阅读",
    "标签",
)
_SOCIAL = frozenset(
    {
        "facebook",
        "twitter",
        "x",
        "whatsapp",
        "email",
        "e",
        "mail",
        "linkedin",
        "telegram",
        "reddit",
        "pinterest",
        "messenger",
        "print",
        "copy",
        "link",
        "share",
        "tumblr",
        "vk",
        "вконтакте",
        "одноклассники",
        "weibo",
        "微博",
        "微信",
        "wechat",
        "line",
        "threads",
        "bluesky",
        "flipboard",
        "pocket",
        "sms",
        "tiktok",
        "instagram",
        "youtube",
    }
)
_MENU_SEPARATORS = re.compile(r"\s*[|•]\s*|\s[·»›/]\s")
_MENU_MARKS = "|•·»›/"
_ASCII_MENU_MARKS = "|/"
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
_UNSPACED_RANGES = (
    (0x0E00, 0x0FFF),
    (0x1000, 0x109F),
    (0x1780, 0x17FF),
    (0x2E80, 0x2FDF),
    (0x3005, 0x3005),
    (0x3040, 0x30FF),
    (0x31F0, 0x31FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x3134F),
)
_UNSPACED = re.compile("[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in _UNSPACED_RANGES) + "]")
# Blanking keeps every line break (a lone "\r" too), so the text keeps its lines as well as its offsets.
_BREAKS_KEPT = re.compile(r"[^\r\n\v\f\x1c-\x1e\x85\u2028\u2029]")
_TATWEEL = "\u0640"
# ``_key`` of an ASCII line, byte by byte: NFKC, case folding, NFKD and the marks change nothing
# in ASCII but the case; letters and digits are kept, every other byte is a space.
_ASCII_KEY = bytes(ord(chr(b).lower()) if chr(b).isalnum() else ord(" ") for b in range(128)) + bytes(128)
_SPACE_RUN_BYTES = re.compile(b"  +")
# The same for lines joined by line breaks: a line break stays one.
_ASCII_KEY_LINES = _ASCII_KEY[: ord("\n")] + b"\n" + _ASCII_KEY[ord("\n") + 1 :]


class _KeyCharacters(dict[int, str | None]):
    """``str.translate`` table of ``_key``, filled as characters are met: marks and tatweel
    dropped, every other character than letters and digits a space."""

    def __missing__(self, code: int) -> str | None:
        character = chr(code)
        value: str | None = character
        if _MARKS.match(character) or character == _TATWEEL:
            value = None
        elif _NOT_WORD.match(character):
            value = " "
        self[code] = value
        return value


_KEY_CHARACTERS = _KeyCharacters()
_SPACE_RUN = re.compile("  +")


def _key(line: str) -> str:
    """A line reduced for matching: NFKC, case folded, accents and punctuation dropped."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", line).casefold().replace("©", " copyright "))
    # = _NOT_WORD.sub(" ", _MARKS.sub("", text).replace(_TATWEEL, "")).strip(), character by character.
    return _SPACE_RUN.sub(" ", text.translate(_KEY_CHARACTERS)).strip()


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
    # Every script written without spaces comes after U+0E00.
    return key[0] if key[0] >= "\u0e00" and _is_unspaced(key[0]) else key.partition(" ")[0]


EXACT = _phrases(_EXACT)
PREFIXES = _by_first_word(_phrases(_PREFIXES))
CONTAINS = tuple(sorted(_phrases(_CONTAINS)))
# An ASCII key can only contain the ASCII phrases.
_ASCII_CONTAINS = tuple(p for p in CONTAINS if p.isascii())
# What can make an ASCII line chrome, but for being a built-in line (``_is_chrome``): its first
# word (a phrase's, a social network's, "copyright"), a phrase inside it, or one of the
# characters of the label, menu and "(c)" checks.
_EXACT_BYTES = frozenset(p.encode() for p in EXACT if p.isascii())
_CHROME_FIRST_WORDS = frozenset(w.encode() for w in (*PREFIXES, *_SOCIAL, "copyright") if w.isascii())
_ASCII_CONTAINS_BYTES = tuple(p.encode() for p in _ASCII_CONTAINS)
_CHROME_MARKS = bytes(1 if chr(byte) in ":|/(" else 0 for byte in range(256))
_FOLDED_LABELS = tuple(unicodedata.normalize("NFKC", label).casefold() for label in _LABELS)


def _starts_with_phrase(key: str, first_word: str) -> bool:
    for phrase in PREFIXES.get(first_word, ()):
        if key.startswith(phrase):
            rest = key[len(phrase) :]
            if not rest or rest[0] == " " or _is_unspaced(phrase[-1]) or _is_unspaced(rest[0]):
                return True
    return False


def _is_label_line(line: str) -> bool:
    folded = unicodedata.normalize("NFKC", line).casefold().strip()
    return folded.startswith(_FOLDED_LABELS) and any(
        folded.startswith(label) and folded[len(label) :].lstrip().startswith(":") for label in _FOLDED_LABELS
    )


def _is_menu(line: str, key: str) -> bool:
    """``Home | World | Business`` or ``Facebook Twitter WhatsApp Email``."""
    # Keys are words between single spaces.
    first, space, _ = key.partition(" ")
    if space and first in _SOCIAL and _SOCIAL.issuperset(key.split(" ")):
        return True
    if not any(map(line.__contains__, _ASCII_MENU_MARKS if line.isascii() else _MENU_MARKS)):
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
    first_word = _first_word(key)
    return (
        (first_word in PREFIXES and _starts_with_phrase(key, first_word))
        or any(map(key.__contains__, _ASCII_CONTAINS if key.isascii() else CONTAINS))
        or (key.startswith("copyright ") and _COPYRIGHT.match(key) is not None)
        or line.lstrip().startswith(("©", "(c)", "(C)"))
        or ((":" in line or "：" in line) and _is_label_line(line))
        or _is_menu(line, key)
    )


def is_chrome(line: str) -> bool:
    """Whether one line, on its own, is typical site chrome (the built-in multilingual list)."""
    key = _key(line)
    return bool(key) and _is_chrome(line, key, _word_count(line))


# --- the corpus: every line's key as a 64-bit hash ----------------------------------------
#
# Counting needs only a key's identity, so each line is kept as the xxh3 hash of its key (8
# bytes, where a long line's key is the line itself), where it starts and one byte of flags:
# its words, capped at _LONG (exact up to MAX_WORDS, all the decisions look at), and whether it is
# chrome on its own. Long lines hash their stripped text under another seed than keys, as the
# string keys kept them apart with a NUL prefix no key has.
#
# Lines are classified a batch of documents at a time from their UTF-8 bytes: a line whose only
# whitespace is single spaces has one word more than it has spaces (less one at either end, plus
# its characters of unspaced scripts), so line breaks, spaces, double spaces, other whitespace
# and unspaced characters found with numpy settle most lines: blank and long ones. Short ASCII
# lines of single spaces get their keys together (``_ascii_entries``); the rest (other short
# lines, which need a key and the chrome check, and lines with other whitespace) go through
# ``_line_entry`` one by one.
#
# A scan hands these batches to forked workers while it reads (``BoilerplateFinder``): each
# measures a run of texts read back from the ``TextStore``; the counting is done once all are in.
_LONG = MAX_WORDS + 1
_WORDS = 0x3F
_CHROME = 0x80
_KEY_SEED = 0
_LONG_LINE_SEED = 1
_BATCH_CHARS = 1 << 20
_PADDING = "\0\0\0"
_PADDING_BYTES = _PADDING.encode()
# Whitespace (``str.isspace``) of one UTF-8 byte other than " " and "\n": tab, vertical tab, form
# feed, "\r" and the separators \x1c-\x1f. ``_other_spaces`` finds those of two and three bytes.
_OTHER_SPACE_CONTROLS = np.zeros(0x20, dtype=bool)
_OTHER_SPACE_CONTROLS[[0x09, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F]] = True
_UNSPACED_BOUNDS = np.array([bound for low, high in _UNSPACED_RANGES for bound in (low, high + 1)])

_Ints = np.ndarray[Any, np.dtype[np.int64]]
# A text's UTF-8 bytes, or a view of them.
_Buffer = bytes | memoryview


@dataclass(frozen=True)
class _Lines:
    """Lines with a key, document after document, gathered batch by batch."""

    hashes: list[np.ndarray[Any, np.dtype[np.uint64]]] = field(default_factory=list)
    flags: list[np.ndarray[Any, np.dtype[np.uint8]]] = field(default_factory=list)
    starts: list[_Ints] = field(default_factory=list)
    per_document: list[_Ints] = field(default_factory=list)


def _capped_word_count(line: str) -> int:
    """:func:`_word_count`, or ``_LONG`` when that is over ``MAX_WORDS``, without splitting a long line whole."""
    words = len(line.split(None, MAX_WORDS))
    if words > MAX_WORDS or line.isascii():
        return min(words, _LONG)
    # Characters of unspaced scripts (``_UNSPACED``), counted over the code points.
    codes = np.frombuffer(line.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    unspaced = int(np.count_nonzero(np.searchsorted(_UNSPACED_BOUNDS, codes, side="right") % 2))
    return min(words + unspaced, _LONG)


def _line_entry(raw: str, words: int = -1) -> tuple[int, int] | None:
    """The key hash and flags of one line (between line breaks), ``None`` when it has no key.

    ``words`` is the line's :func:`_word_count` when known, else negative.
    """
    # A long line is never boilerplate: only its document count matters, so its text is its key
    # (even when that is a long run of spaces).
    if len(raw) <= _LONG_LINE:
        if not raw or raw.isspace():
            return None
        # A final "\r" (CRLF) is whitespace: it changes neither the words nor the key.
        line = raw[:-1] if raw.endswith("\r") else raw
        words = _capped_word_count(line) if words < 0 else min(words, _LONG)
        if words <= MAX_WORDS:
            if line.isascii():
                encoded = _SPACE_RUN_BYTES.sub(b" ", line.encode().translate(_ASCII_KEY)).strip()
                key = encoded.decode()
            else:
                key = _key(line)
                encoded = key.encode("utf-8", "surrogatepass")
            if not key:
                return None
            flags = words | _CHROME if _is_chrome(line, key, words) else words
            return xxh3_64_intdigest(encoded, _KEY_SEED), flags
    return xxh3_64_intdigest(raw.strip().encode("utf-8", "surrogatepass"), _LONG_LINE_SEED), _LONG


def _count_in(positions: _Ints, starts: _Ints, ends: _Ints) -> _Ints:
    """How many of the sorted ``positions`` fall in each ``[start, end)``."""
    result: _Ints = np.searchsorted(positions, ends) - np.searchsorted(positions, starts)
    return result


@dataclass(frozen=True)
class _Batch:
    """The lines of a few documents joined by line breaks, measured in their UTF-8 bytes."""

    starts: _Ints  # bytes
    content_ends: _Ints  # bytes, before a final "\r"
    char_starts: _Ints
    char_ends: _Ints
    leading: _Ints  # 1 where the line starts with a space
    trailing: _Ints  # 1 where its content ends with one
    document_of: _Ints  # the line's document in the batch
    document_chars: _Ints  # where each document starts, in characters


def _measure(sizes: list[int], data: bytes, ascii_only: bool) -> tuple[_Batch, _Ints]:
    """The lines of ``data`` (UTF-8 texts of ``sizes`` bytes joined by line breaks, then three NULs
    that keep every index below in bounds) and each line's words (:func:`_word_count`) when its
    spaces tell them, else -1."""
    padded = np.frombuffer(data, dtype=np.uint8)
    octets = padded[: -len(_PADDING)]
    controls = np.flatnonzero(octets < 0x20)
    breaks = controls[octets[controls] == ord("\n")]
    ends = np.append(breaks, len(octets))
    starts = np.insert(breaks + 1, 0, 0)
    document_bytes = np.cumsum([0] + [size + 1 for size in sizes[:-1]])
    document_of = np.searchsorted(document_bytes, starts, side="right") - 1
    # Lines in characters: a byte that continues a UTF-8 sequence is no character of its own.
    char_starts, char_ends, document_chars = starts, ends, document_bytes
    if not ascii_only:
        characters = np.add.reduceat((padded & 0xC0) != 0x80, starts, dtype=np.int64) - 1  # each line, its break
        characters[-1] -= len(_PADDING) - 1
        char_starts = np.cumsum(characters + 1) - (characters + 1)
        char_ends = char_starts + characters
        document_chars = char_starts[np.searchsorted(starts, document_bytes)]
    # A final "\r" (CRLF) is whitespace left out of the line's content.
    crlf = (ends > starts) & (padded[ends - 1] == ord("\r"))
    content_ends = ends - crlf
    content = content_ends - starts
    is_space = padded == ord(" ")
    spaces = np.add.reduceat(is_space.view(np.uint8), starts, dtype=np.int32 if len(data) < 1 << 31 else np.int64)
    doubles = _count_in(np.flatnonzero(is_space[:-1] & is_space[1:]), starts, content_ends - 1)
    others = _other_spaces(padded, controls, ascii_only)
    simple = (doubles <= 0) & (_count_in(others, starts, content_ends) == 0)
    leading = ((content > 0) & (padded[starts] == ord(" "))).astype(np.int64)
    trailing = ((content > 0) & (padded[content_ends - 1] == ord(" "))).astype(np.int64)
    blank = spaces == content
    words = np.where(simple & ~blank, spaces + 1 - leading - trailing, -1)
    words[simple & blank] = 0
    if not ascii_only:
        words[simple] += _count_in(_unspaced(padded), starts, content_ends)[simple]
    batch = _Batch(starts, content_ends, char_starts, char_ends, leading, trailing, document_of, document_chars)
    return batch, words


def _unspaced(padded: np.ndarray[Any, np.dtype[np.uint8]]) -> _Ints:
    """Where the characters of scripts written without spaces start in ``padded`` UTF-8 bytes."""
    # They are all over U+0E00: three or four bytes, decoded from their lead byte on.
    leads = np.flatnonzero(padded >= 0xE0)
    first, second, third, fourth = (padded[leads + i].astype(np.int64) for i in range(4))
    code_points = np.where(
        first < 0xF0,
        ((first & 0x0F) << 12) | ((second & 0x3F) << 6) | (third & 0x3F),
        ((first & 0x07) << 18) | ((second & 0x3F) << 12) | ((third & 0x3F) << 6) | (fourth & 0x3F),
    )
    inside: _Ints = leads[np.searchsorted(_UNSPACED_BOUNDS, code_points, side="right") % 2 == 1]
    return inside


def _other_spaces(padded: np.ndarray[Any, np.dtype[np.uint8]], controls: _Ints, ascii_only: bool) -> _Ints:
    """Where whitespace other than " " and "\\n" starts in ``padded`` UTF-8 bytes, in order
    (``controls``: where the bytes under 0x20 are)."""
    found: _Ints = controls[_OTHER_SPACE_CONTROLS[padded[controls]]]
    if ascii_only:
        return found
    wide = np.flatnonzero((padded == 0xC2) | ((padded - np.uint8(0xE1)) <= np.uint8(0xE3 - 0xE1)))
    lead, second, third = padded[wide], padded[wide + 1], padded[wide + 2]
    spaces = (
        ((lead == 0xC2) & ((second == 0x85) | (second == 0xA0)))
        | ((lead == 0xE1) & (second == 0x9A) & (third == 0x80))
        | ((lead == 0xE2) & (second == 0x80) & ((third <= 0x8A) | (third == 0xA8) | (third == 0xA9) | (third == 0xAF)))
        | ((lead == 0xE2) & (second == 0x81) & (third == 0x9F))
        | ((lead == 0xE3) & (second == 0x80) & (third == 0x80))
    )
    result: _Ints = np.sort(np.concatenate((found, wide[spaces])))
    return result


def _add_batch(texts: Sequence[_Buffer], lines: _Lines) -> None:
    """Classify, hash and append the lines of a few documents (their UTF-8 bytes)."""
    data = b"\n".join(texts) + _PADDING_BYTES
    ascii_only = data.isascii()
    batch, words = _measure([len(text) for text in texts], data, ascii_only)
    long_line = (batch.char_ends - batch.char_starts) > _LONG_LINE
    # Settled here: blank lines (no key) and long lines of single spaces (their stripped text).
    skipped = (words == 0) & ~long_line
    hashed = (words > 0) & (long_line | (words > MAX_WORDS))
    line_hashes = np.zeros(len(batch.starts), dtype=np.uint64)
    line_flags = np.zeros(len(batch.starts), dtype=np.uint8)
    long_ones = np.flatnonzero(hashed)
    stripped_starts = (batch.starts + batch.leading)[long_ones].tolist()
    stripped_ends = (batch.content_ends - batch.trailing)[long_ones].tolist()
    line_hashes[long_ones] = [
        xxh3_64_intdigest(data[start:end], _LONG_LINE_SEED)
        for start, end in zip(stripped_starts, stripped_ends, strict=True)
    ]
    line_flags[long_ones] = _LONG
    rest = ~skipped & ~hashed
    # Short ASCII lines whose words are known (1 to MAX_WORDS): keyed together, see _ascii_entries.
    short = rest & (words > 0)
    if not ascii_only:
        wide = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) >= 0x80)
        short &= _count_in(wide, batch.starts, batch.content_ends) == 0
    kept = hashed.copy()
    if short.any():
        keyed, hashes, flags = _ascii_entries(data, batch, words, np.flatnonzero(short))
        kept[keyed] = True
        line_hashes[keyed] = hashes
        line_flags[keyed] = flags
    others = np.flatnonzero(rest & ~short)
    # The other lines one by one, from the batch's text (offsets in characters).
    joined = data.decode("utf-8", "surrogatepass") if len(others) else ""
    char_starts, char_ends, counts = (
        batch.char_starts[others].tolist(),
        batch.char_ends[others].tolist(),
        words[others].tolist(),
    )
    entries = [
        (index, entry)
        for index, start, end, count in zip(others.tolist(), char_starts, char_ends, counts, strict=True)
        if (entry := _line_entry(joined[start:end], count)) is not None
    ]
    if entries:
        indices = [index for index, _ in entries]
        kept[indices] = True
        line_hashes[indices] = [entry[0] for _, entry in entries]
        line_flags[indices] = [entry[1] for _, entry in entries]
    keep = np.flatnonzero(kept)
    lines.hashes.append(line_hashes[keep])
    lines.flags.append(line_flags[keep])
    lines.starts.append((batch.char_starts - batch.document_chars[batch.document_of])[keep])
    lines.per_document.append(np.bincount(batch.document_of[keep], minlength=len(texts)))


def _ascii_entries(data: bytes, batch: _Batch, words: _Ints, short: _Ints) -> tuple[_Ints, list[int], _Ints]:
    """:func:`_line_entry` of the ``short`` lines, ASCII lines of 1 to ``MAX_WORDS`` words: the
    indices of those with a key, their key hashes and flags.

    Their keys are made together: the lines joined by line breaks, translated and their runs of
    spaces collapsed at once, then split (a line break stays one, as no other byte becomes one).
    A line gets the whole chrome check only when one of its traits could make it chrome (its
    first word, a phrase or a character of the checks); any other is chrome only if it is a
    built-in line.
    """
    starts, ends = batch.starts[short], batch.content_ends[short]
    text = b"\n".join([data[start:end] for start, end in zip(starts.tolist(), ends.tolist(), strict=True)])
    collapsed = _single_spaces(text.translate(_ASCII_KEY_LINES))
    keys = [key.strip() for key in collapsed.split(b"\n")]
    has_key = np.fromiter(map(bool, keys), dtype=bool, count=len(keys))
    counts = np.minimum(words[short], _LONG)
    sizes = ends - starts + 1
    marks = np.flatnonzero(np.frombuffer(text.translate(_CHROME_MARKS), dtype=bool))
    maybe = _lines_holding(marks, np.cumsum(sizes) - sizes)
    breaks = np.flatnonzero(np.frombuffer(collapsed, dtype=np.uint8) == ord("\n"))
    phrases = [position for phrase in _ASCII_CONTAINS_BYTES for position in _occurrences(collapsed, phrase)]
    maybe |= _lines_holding(np.array(phrases, dtype=np.int64), np.insert(breaks + 1, 0, 0))
    first_words = [key.partition(b" ")[0] for key in keys]
    maybe |= np.fromiter(map(_CHROME_FIRST_WORDS.__contains__, first_words), dtype=bool, count=len(keys))
    maybe &= has_key & (counts <= MAX_CHROME_WORDS)
    chrome = np.fromiter(map(_EXACT_BYTES.__contains__, keys), dtype=bool, count=len(keys))
    for line in np.flatnonzero(maybe).tolist():
        content = data[int(starts[line]) : int(ends[line])].decode()
        chrome[line] = _is_chrome(content, keys[line].decode(), int(counts[line]))
    hashes = [xxh3_64_intdigest(key, _KEY_SEED) for key in keys if key]
    flags = np.where(chrome, counts | _CHROME, counts)[has_key]
    return short[has_key], hashes, flags


def _lines_holding(positions: _Ints, line_starts: _Ints) -> npt.NDArray[np.bool_]:
    """Which lines (starting at ``line_starts``) hold one of the ``positions``."""
    holding = np.zeros(len(line_starts), dtype=bool)
    holding[np.searchsorted(line_starts, positions, side="right") - 1] = True
    return holding


def _single_spaces(text: bytes) -> bytes:
    """``text`` with each run of spaces made one space (``_SPACE_RUN_BYTES.sub(b" ", text)``)."""
    octets = np.frombuffer(text, dtype=np.uint8)
    spaces = octets == ord(" ")
    kept = np.ones(len(octets), dtype=bool)
    kept[1:] = ~(spaces[1:] & spaces[:-1])
    return octets[kept].tobytes()


def _occurrences(text: bytes, phrase: bytes) -> Iterator[int]:
    position = text.find(phrase)
    while position >= 0:
        yield position
        position = text.find(phrase, position + 1)


def _corpus_lines(texts: Iterable[str]) -> _Lines:
    """The lines of every text, measured about ``_BATCH_CHARS`` bytes at a time."""
    return _utf8_lines(text.encode("utf-8", "surrogatepass") for text in texts)


def _utf8_lines(texts: Iterable[_Buffer]) -> _Lines:
    """The lines of every text (its UTF-8 bytes), measured about ``_BATCH_CHARS`` bytes at a time."""
    lines = _Lines()
    batch: list[_Buffer] = []
    size = 0
    for text in texts:
        batch.append(text)
        size += len(text)
        if size >= _BATCH_CHARS:
            _add_batch(batch, lines)
            batch, size = [], 0
    if batch:
        _add_batch(batch, lines)
    return lines


def _medians(values: _Ints, groups: _Ints, group_count: int) -> np.ndarray[Any, np.dtype[np.float64]]:
    """``statistics.median`` of each group's values, 1 for a group without any."""
    if not len(values):
        return np.ones(group_count)
    sizes = np.bincount(groups, minlength=group_count)
    # Sorted by group, then by value: both are under 2**32.
    ordered = np.sort((groups.astype(np.uint64) << np.uint64(32)) | values.astype(np.uint64)) & np.uint64(0xFFFFFFFF)
    firsts = np.cumsum(sizes) - sizes
    low = np.minimum(firsts + (sizes - 1) // 2, len(ordered) - 1)
    high = np.minimum(firsts + sizes // 2, len(ordered) - 1)
    medians: np.ndarray[Any, np.dtype[np.float64]] = np.where(sizes > 0, (ordered[low] + ordered[high]) / 2, 1.0)
    return medians


def _by_key(
    hashes: np.ndarray[Any, np.dtype[np.uint64]], document_of: _Ints
) -> tuple[npt.NDArray[np.intp], _Ints, _Ints]:
    """The lines in key order (a stable order: a key's lines in their own order), and for each
    line in that order its document and how many documents its key occurs in
    (``document_of`` ascending)."""
    order, documents, counts, _, _ = _keyed(hashes, document_of)
    return order, documents, counts


def _keyed(
    hashes: np.ndarray[Any, np.dtype[np.uint64]], document_of: _Ints
) -> tuple[npt.NDArray[np.intp], _Ints, _Ints, _Ints, npt.NDArray[np.bool_]]:
    """``_by_key``, with where each key's lines begin (in key order) and which lines are the
    first of their key in their document."""
    order, ordered = _order_by_key(hashes)
    new_key = np.ones(len(ordered), dtype=bool)
    new_key[1:] = ordered[1:] != ordered[:-1]
    del ordered
    # A key's lines come in their own order, so in the order of their documents: a (key, document)
    # pair starts where the key or the document changes.
    documents = document_of[order]
    new_pair = new_key.copy()
    new_pair[1:] |= documents[1:] != documents[:-1]
    firsts = np.flatnonzero(new_key)
    del new_key
    per_key = np.add.reduceat(new_pair.view(np.uint8), firsts, dtype=np.int64) if len(firsts) else firsts
    counts: _Ints = np.repeat(per_key, np.diff(np.append(firsts, len(order))))
    return order, documents, counts, firsts, new_pair


def _order_by_key(
    hashes: np.ndarray[Any, np.dtype[np.uint64]],
) -> tuple[npt.NDArray[np.intp], np.ndarray[Any, np.dtype[np.uint64]]]:
    """The lines sorted by key hash, lines of one key in their own order (a stable argsort), and
    their hashes in that order.

    A stable argsort of 64-bit keys is slow; a sort of 64-bit values is fast: each line's value
    is its hash's top bits then its own number, so the sort orders lines by those top bits, then
    by number. Lines of keys that share their top bits (few) are then sorted by their whole key.
    """
    bits = max(1, (len(hashes) - 1).bit_length())
    numbers = np.uint64((1 << bits) - 1)
    packed = hashes & ~numbers
    packed |= np.arange(len(hashes), dtype=np.uint64)
    packed.sort()
    same_top = (packed[1:] ^ packed[:-1]) <= numbers
    packed &= numbers
    order = packed.view(np.intp)
    ordered = hashes[order]
    mixed = same_top & (ordered[1:] != ordered[:-1])
    if mixed.any():
        group = np.cumsum(np.append(True, ~same_top))
        has_mixed = np.zeros(int(group[-1]) + 1, dtype=bool)
        has_mixed[group[1:][mixed]] = True
        positions = np.flatnonzero(has_mixed[group])
        # Sorted by key across the groups: their order by top bits stays.
        resorted = np.lexsort((order[positions], ordered[positions]))
        order[positions] = order[positions][resorted]
        ordered[positions] = ordered[positions][resorted]
    return order, ordered


@dataclass(frozen=True)
class Removals:
    """Which lines to blank in each document: document ``i``'s lines to blank begin at
    ``starts[offsets[i]:offsets[i + 1]]`` (none when nothing is removed, or everything would be)."""

    offsets: _Ints
    starts: _Ints

    def of(self, document: int) -> list[int]:
        """The start offsets of the lines to blank in document ``document``."""
        lines: list[int] = self.starts[self.offsets[document] : self.offsets[document + 1]].tolist()
        return lines


def find_boilerplate(texts: Iterable[str]) -> Removals:
    """The boilerplate lines of every text (each document's text once, in document order).

    Texts are read once, in batches; only line hashes and a few numbers per line are kept, so a
    caller can stream a large corpus through (``BoilerplateFinder`` measures a ``TextStore``'s
    texts in workers while they are being stored).
    """
    return _removals(_corpus_lines(texts))


def _removals(lines: _Lines) -> Removals:
    """The lines to blank, given every line of the corpus (with a key). ``lines`` is emptied as
    it is read: a million documents have some twenty million lines.

    Lines are decided in key order (where their counts are found) and only the removed ones are
    put back in document order.
    """
    flags = np.concatenate([np.zeros(0, np.uint8), *lines.flags])
    per_document = np.concatenate([np.zeros(0, np.int64), *lines.per_document])
    lines.flags.clear()
    lines.per_document.clear()
    documents = len(per_document)
    hashes = np.concatenate([np.zeros(0, np.uint64), *lines.hashes])
    lines.hashes.clear()
    order, document_of, counts, firsts, first_in_document = _keyed(
        hashes, np.repeat(np.arange(documents), per_document)
    )
    del hashes
    flags = flags[order]
    words = flags & _WORDS
    sentences = words >= SENTENCE_WORDS
    content = _medians(counts[sentences], document_of[sentences], documents)
    threshold = max(MIN_DOCUMENTS, math.ceil(MIN_SHARE * documents))
    floor = np.maximum(threshold, OVER_CONTENT * content)
    repeated = (words <= MAX_WORDS) & (counts >= floor[document_of])
    # A repeated line is chrome where it is repeated more than content in at least half of the
    # documents that have it: a site's chrome is, in the site's articles; a short paragraph another
    # outlet lifted from a story is not, in the story and its copies (their sentences are in as
    # many documents), however much more than the borrower's own sentences it is repeated.
    if len(firsts):
        votes = np.add.reduceat((repeated & first_in_document).view(np.uint8), firsts, dtype=np.int64)
        repeated &= 2 * np.repeat(votes, np.diff(np.append(firsts, len(order)))) >= counts
    removed = ((flags & _CHROME) != 0) | repeated
    removed_per_document = np.bincount(document_of[removed], minlength=documents)
    # A document that would be left without any text is kept as it was.
    removed &= (removed_per_document < per_document)[document_of]
    offsets = np.zeros(documents + 1, dtype=np.int64)
    np.cumsum(np.bincount(document_of[removed], minlength=documents), out=offsets[1:])
    # Back in document order: lines are numbered document after document.
    removed_lines = np.sort(order[removed])
    starts = np.concatenate([np.zeros(0, np.int64), *lines.starts])
    lines.starts.clear()
    return Removals(offsets=offsets, starts=np.asarray(starts[removed_lines], dtype=np.int64))


# Text handed to a worker at a time, and the least text a corpus needs for workers to be forked.
_JOB_BYTES = 4 << 20
_PARALLEL_BYTES = 16 << 20


class BoilerplateFinder:
    """The boilerplate of a ``TextStore``'s texts, as ``find_boilerplate`` finds it, measured by
    forked workers while texts are still being added.

    Call ``texts_added`` after adding texts: once the corpus is large enough, a worker measures
    the lines of the texts stored so far, ``_JOB_BYTES`` at a time (read from the store's file,
    or carried along while the store keeps them in memory). ``all_added`` hands over the rest;
    ``removals`` waits for the workers and decides. A small corpus is measured in-process.
    """

    def __init__(self, store: TextStore, workers: int) -> None:
        self._store = store
        # While texts are being read, the reading process keeps a core to itself.
        self._jobs: Background[StoredTexts, _Lines] = Background(_stored_lines, workers, busy=workers - 1)
        self._handed = 0
        self._next_check = _PARALLEL_BYTES

    def texts_added(self) -> None:
        """Hand runs of stored texts to the workers if enough are readable."""
        if self._store.size >= self._next_check:
            self._hand_over(self._store.readable, _JOB_BYTES)
            # Texts on disk become readable as they are written, a megabyte at a time.
            self._next_check = self._store.size + (1 << 20)

    def all_added(self) -> None:
        """Hand over every text not handed yet (call ``store.finish()`` first)."""
        if self._handed == 0 and self._store.size < _PARALLEL_BYTES:
            self._jobs = Background(_stored_lines, 1)
        self._hand_over(len(self._store), 0)
        self._jobs.finish()

    def removals(self) -> Removals:
        """The lines to blank in each text, once every text is added (``all_added``)."""
        self.all_added()
        lines = _Lines()
        for part in self._jobs.results():
            lines.hashes.extend(part.hashes)
            lines.flags.extend(part.flags)
            lines.starts.extend(part.starts)
            lines.per_document.extend(part.per_document)
        return _removals(lines)

    def _hand_over(self, readable: int, least: int) -> None:
        """Hand the texts not handed yet before ``readable`` in runs of about ``_JOB_BYTES``, while
        they have at least ``least`` bytes."""
        store = self._store
        end = store.size_before(readable)
        while self._handed < readable and end - store.size_before(self._handed) >= least:
            last = store.run_end(self._handed, readable, _JOB_BYTES)
            self._jobs.submit(store.stored(self._handed, last))
            self._handed = last

    def close(self) -> None:
        """Stop the workers."""
        self._jobs.close()

    def __enter__(self) -> BoilerplateFinder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _stored_lines(texts: StoredTexts) -> _Lines:
    """A worker's part: the lines of a run of stored texts."""
    return _utf8_lines(texts.read())


def strip_boilerplate(articles: list[Article]) -> list[Article]:
    """The articles with boilerplate lines blanked out (same length, same offsets), in order.

    A document that would be left without any text is kept as it was.
    """
    removals = find_boilerplate(article.text for article in articles)
    return [blank(article, removals.of(index)) for index, article in enumerate(articles)]


def blank(article: Article, removed: list[int]) -> Article:
    """``article`` with the lines starting at ``removed`` overwritten with spaces."""
    if not removed:
        return article
    text = article.text
    pieces = []
    position = 0
    for start in removed:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end > start and text[end - 1] == "\r":
            end -= 1
        pieces.append(text[position:start])
        pieces.append(_BREAKS_KEPT.sub(" ", text[start:end]))
        position = end
    pieces.append(text[position:])
    return replace(article, text="".join(pieces))


# --- a site's frame around two of its pages ---------------------------------------------------
#
# Two pages of one site share its frame (menu, labels, share buttons, footer) and nothing else;
# with fewer such pages in the corpus than ``MIN_DOCUMENTS`` (or than their sentences are
# repeated), the counting above keeps the frame, and the two would read as partial reuse of each
# other. A pair's frame is the lines both have whole, above and below what each has of its own.

# The edges of a page's own text: its first and last lines of its own that, with the lines of
# its own before (after) them, hold this share of its own words. A page's own headline or
# dateline above a shared menu (a tenth of its own words at most) leaves the menu in the frame.
FRAME_EDGE = 0.2
# The frame is at most this share of each page's own words: a site's pages are mostly their own
# text; a copy or a rewrite shares most of its text, and what it has of its own is no frame.
FRAME_SHARE = 0.5


def _page_lines(text: str) -> list[tuple[int, str, int]]:
    """The non-blank lines of a text: where each starts, its text with its spaces collapsed,
    and its words (``_word_count``)."""
    lines = []
    position = 0
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        if line:
            lines.append((position, line, _word_count(line)))
        position += len(raw) + 1
    return lines


def _frame(lines: list[tuple[int, str, int]], shared: set[str]) -> tuple[set[str], set[str], int] | None:
    """The shared lines above and below a page's own text (``FRAME_EDGE``) and the words of its
    own text; ``None`` when it has no text of its own."""
    own = [words if line not in shared else 0 for _, line, words in lines]
    total = sum(own)
    if not total:
        return None
    first = _edge(own, FRAME_EDGE * total)
    last = len(own) - 1 - _edge(own[::-1], FRAME_EDGE * total)
    above = {line for _, line, _ in lines[:first] if line in shared}
    below = {line for _, line, _ in lines[last + 1 :] if line in shared}
    return above, below, total


def _edge(own: list[int], least: int | float) -> int:
    """The first line with words of its own at which those words, counted from the top, reach ``least``."""
    seen = 0
    for index, words in enumerate(own):
        seen += words
        if words and seen >= least:
            return index
    return len(own) - 1


# The widest a line of a frame is (in columns: a wide character takes two), but for a row of
# links (a menu, a footer): a paragraph lifted from a story is wider (a lead of 25-50 words is
# 150-300 columns in any script, Chinese's 60-100 characters 120-200); the cookie, newsletter and
# comment lines of the labelled sets' blog frames take 6-95 (Khmer's newsletter line 77,
# Japanese's 62).
FRAME_LINE_WIDTH = 100


def _frame_like(line: str) -> bool:
    """Whether a line can be part of a site's frame: short, or a row of links ("Home | News | …")."""
    if line.count("|") >= 2:
        return True
    if len(line) <= FRAME_LINE_WIDTH // 2:
        return True
    width = sum(2 if unicodedata.east_asian_width(character) in "WF" else 1 for character in line)
    return width <= FRAME_LINE_WIDTH


def shared_frame(text_a: str, text_b: str) -> tuple[list[int], list[int]]:
    """The lines of two texts that are their site's frame: whole lines both have, short or rows
    of links (``_frame_like``: a lifted paragraph is no frame), above the text each has of its
    own on both or below it on both, when there are such lines above and below and they are a
    small part of each (``FRAME_SHARE``). Where those lines start in each
    (to ``blank``); nothing when the two share no frame."""
    lines_a, lines_b = _page_lines(text_a), _page_lines(text_b)
    shared = {line for _, line, _ in lines_a} & {line for _, line, _ in lines_b}
    if not shared:
        return [], []
    frame_a, frame_b = _frame(lines_a, shared), _frame(lines_b, shared)
    if frame_a is None or frame_b is None:
        return [], []
    above = {line for line in frame_a[0] & frame_b[0] if _frame_like(line)}
    below = {line for line in frame_a[1] & frame_b[1] if _frame_like(line)}
    if not above or not below:
        return [], []
    frame = above | below
    for lines, (_, _, total) in ((lines_a, frame_a), (lines_b, frame_b)):
        if sum(words for _, line, words in lines if line in frame) > FRAME_SHARE * total:
            return [], []
    return (
        [start for start, line, _ in lines_a if line in frame],
        [start for start, line, _ in lines_b if line in frame],
    )


def strip_frame(a: Article, b: Article) -> tuple[Article, Article] | None:
    """Two articles with the frame they share blanked (``shared_frame``); ``None`` when they share none."""
    starts_a, starts_b = shared_frame(a.text, b.text)
    if not starts_a:
        return None
    return blank(a, starts_a), blank(b, starts_b)
