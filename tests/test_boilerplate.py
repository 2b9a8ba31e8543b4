"""Boilerplate: lines learnt from repetition across the corpus and a built-in multilingual list
are blanked out with spaces, so offsets into the text stay valid; content is kept."""

from __future__ import annotations

import json
import math
import multiprocessing.pool
import re
import statistics
import sys
import unicodedata
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any
from unittest import mock

import numpy as np
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from dedupe import boilerplate
from dedupe.boilerplate import is_chrome, strip_boilerplate
from dedupe.cli import main
from dedupe.models import Article
from dedupe.store import TextStore

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"

SITE_CHROME = [
    "Northsea Daily — your port city paper",
    "Print edition out every Thursday",
    "Photo: Northsea Daily archive",
]


def story(number: int) -> str:
    """A distinct short news story: every sentence names its own numbers."""
    return "\n".join(
        [
            f"Officials in district {number} opened {number + 3} new clinics on Monday after a long delay.",
            f"The project cost {number * 7} million euros and employs {number * 11} nurses, the council said.",
            f"Residents of district {number} had waited {number + 2} years for the clinics, one said.",
            f"He declined to comment on clinic {number}.",
        ]
    )


def article(number: int, text: str) -> Article:
    return Article(id=f"doc-{number:03}", path=f"doc-{number:03}.txt", text=text)


def removed_lines(before: Article, after: Article) -> list[str]:
    return [a for a, b in zip(before.text.split("\n"), after.text.split("\n"), strict=True) if a != b]


def assert_only_blanked(before: Article, after: Article) -> None:
    assert len(after.text) == len(before.text)
    for original, now in zip(before.text, after.text, strict=True):
        assert now == original or (now == " " and original not in "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")
    assert after.id == before.id and after.title == before.title and after.body_offset == before.body_offset


def test_lines_repeated_across_many_stories_are_removed() -> None:
    corpus = [article(n, "\n".join([SITE_CHROME[0], story(n), *SITE_CHROME[1:]])) for n in range(10)]
    stripped = strip_boilerplate(corpus)
    for before, after in zip(corpus, stripped, strict=True):
        assert_only_blanked(before, after)
        assert removed_lines(before, after) == SITE_CHROME
        assert after.text.strip() == story(int(before.id[-3:]))


def test_a_line_in_too_few_documents_is_kept() -> None:
    corpus = [article(n, story(n) + ("\n" + SITE_CHROME[0] if n < 2 else "")) for n in range(10)]
    assert strip_boilerplate(corpus) == corpus


def test_long_repeated_lines_are_content() -> None:
    long_line = " ".join(f"word{i}" for i in range(40))
    corpus = [article(n, story(n) + "\n" + long_line) for n in range(10)]
    assert strip_boilerplate(corpus) == corpus


def test_syndicated_copies_keep_their_short_lines() -> None:
    """Five copies of one story repeat every line five times: that is content, not chrome."""
    copies = [article(n, story(99)) for n in range(5)]
    others = [article(n, story(n)) for n in range(5, 20)]
    assert strip_boilerplate(copies + others) == copies + others


def test_syndicated_copies_lose_the_chrome_of_their_site() -> None:
    copies = [article(n, story(99) + "\n" + SITE_CHROME[1]) for n in range(4)]
    others = [article(n, story(n) + "\n" + SITE_CHROME[1]) for n in range(4, 20)]
    stripped = strip_boilerplate(copies + others)
    assert all(removed_lines(b, a) == [SITE_CHROME[1]] for b, a in zip(copies + others, stripped, strict=True))


def test_lines_another_outlet_lifted_from_a_story_are_content() -> None:
    """A story, two copies and another outlet's piece that lifts two of its lines: in the piece,
    those lines are in four times as many documents as its own sentences, but in the story and
    its copies they are in as many as the rest of their text."""
    copies = [article(n, story(99)) for n in range(3)]
    lifted = story(99).split("\n")[:2]
    piece = article(3, "\n".join([story(50).split("\n")[0], *lifted, *story(50).split("\n")[1:]]))
    others = [article(n, story(n)) for n in range(4, 10)]
    corpus = [*copies, piece, *others]
    assert strip_boilerplate(corpus) == corpus


LIFTED = Path(__file__).resolve().parent / "data" / "lifted"


def test_a_partial_reuse_of_short_paragraphs_is_found_in_a_small_corpus() -> None:
    """A Kazakh story, its repost and trimmed copy, and another outlet's piece that lifts two of its
    paragraphs (under 30 words each): the lifted paragraphs stay in the piece (multi6's kk1)."""
    result = CliRunner().invoke(main, ["scan", str(LIFTED), "--format", "json", "--quiet"])
    assert result.exit_code == 0, result.output
    pairs = {(p["a"], p["b"]): p["relation"] for p in json.loads(result.output)["pairs"]}
    assert pairs[("kk1-partial.txt", "kk1-src.txt")] == "partial"
    assert pairs[("kk1-partial.txt", "kk1-repost.md")] == "partial"


def test_a_document_of_nothing_but_chrome_is_kept_as_it_is() -> None:
    only_chrome = article(1, "Subscribe to our newsletter\nLeave a comment")
    assert strip_boilerplate([only_chrome]) == [only_chrome]


def test_windows_line_breaks_survive() -> None:
    text = "Advertisement\r\n" + story(1).replace("\n", "\r\n") + "\r\nShare this article\r\n"
    (after,) = strip_boilerplate([article(1, text)])
    assert_only_blanked(article(1, text), after)
    assert after.text.count("\r\n") == text.count("\r\n")
    assert after.text.startswith(" " * len("Advertisement") + "\r\n")


CHROME = {
    "en": [
        "Subscribe to our newsletter",
        "Article continues after this advertisement",
        "Leave a comment",
        "We use cookies to improve your experience. Accept",
        "Sign in",
        "Share on Facebook",
        "Facebook Twitter WhatsApp Email",
        "Home | World | Business | Sport | Opinion",
        "News • Politics • Economy • Culture",
        "© 2025 The Daily Planet. All rights reserved.",
        "ADVERTISEMENT",
        "Read more: Ten things to know about the budget",
    ],
    "fr": [
        "Abonnez-vous à notre newsletter",
        "La suite après cette publicité",
        "Laisser un commentaire",
        "Nous utilisons des cookies pour améliorer votre expérience.",
        "Se connecter",
        "Partager sur Facebook",
        "Accueil | Monde | Économie | Sport",
        "Lire aussi : La réforme des retraites adoptée",
        "PUBLICITÉ",
    ],
    "es": [
        "Suscríbete a nuestro boletín",
        "Publicidad",
        "Deja un comentario",
        "Utilizamos cookies para mejorar su experiencia.",
        "Iniciar sesión",
        "Compartir en Twitter",
        "Lee también: El Gobierno aprueba el presupuesto",
    ],
    "de": [
        "Abonnieren Sie unseren Newsletter",
        "Anzeige",
        "Weiter nach der Anzeige",
        "Kommentar schreiben",
        "Wir verwenden Cookies, um Ihnen ein besseres Erlebnis zu bieten.",
        "Anmelden",
        "Auf Facebook teilen",
        "Lesen Sie auch: Bundestag beschließt Haushalt",
    ],
    "ru": [
        "Подпишитесь на нашу рассылку",
        "Реклама",
        "Оставить комментарий",
        "Мы используем файлы cookie для улучшения работы сайта.",
        "Войти",
        "Поделиться в ВКонтакте",
        "Читайте также: Госдума приняла бюджет",
        "© 2025 Газета. Все права защищены.",
    ],
    "ar": [
        "اشترك في نشرتنا الإخبارية",
        "إعلان",
        "اترك تعليقاً",
        "نستخدم ملفات تعريف الارتباط لتحسين تجربتك",
        "تسجيل الدخول",
        "شارك على فيسبوك",
        "اقرأ أيضاً: البرلمان يقر الميزانية",
        "جميع الحقوق محفوظة © 2025",
    ],
    "zh": [
        "订阅我们的新闻简报",
        "广告",
        "发表评论",
        "我们使用Cookie来改善您的体验",
        "登录",
        "分享到微信",
        "相关阅读：国务院通过预算",
        "© 2025 新华网 版权所有",
    ],
}
CONTENT = [
    "North Korea confirms troop deployment to Russia's Kursk | Global News",
    "The share price fell 10% on Monday, its biggest drop in a year.",
    "Subscribers to the service complained about delays.",
    'He said: "We will not sign this agreement."',
    "Copyright lawyers say the ruling will be appealed.",
    "Le gouvernement a annoncé une réforme des retraites.",
    "Реклама на телевидении подорожала на 20% в этом году, сообщил министр.",
    "اشترك في المؤتمر أكثر من مئتي شخص من عشرين دولة.",
    "订阅用户突破一亿，公司表示。",
    "Die Anzeige wurde am Montag bei der Polizei erstattet, sagte ein Sprecher.",
    "Paris, 12 March 2025.",
    "Nzubechukwu Eze",
]


@pytest.mark.parametrize("line", [(lang, line) for lang, lines in CHROME.items() for line in lines], ids=str)
def test_built_in_chrome_in_seven_languages(line: tuple[str, str]) -> None:
    assert is_chrome(line[1])


@pytest.mark.parametrize("line", CONTENT)
def test_content_lines_are_not_chrome(line: str) -> None:
    assert not is_chrome(line)


@pytest.mark.parametrize(
    ("seed", "chrome", "kept"),
    [
        (
            "002_3bf57c7de5c00ca0.txt",
            [
                "Article continues after this advertisement",
                "Subscribe to our daily newsletter",
                "Your subscription has been successful.",
                "TAGS: North Korea, Russia, Ukraine",
                "© Copyright 1997-2025 INQUIRER.net | All Rights Reserved",
            ],
            ["Experts believe the decision to publicly disclose the deployment had been agreed on in advance"],
        ),
        (
            "003_c661afd7bc768f5b.txt",
            ["Leave a comment", "Leave a Reply", "Log In", "Forgot password?", "Share This Article"],
            ["Military experts have expressed concerns about the capabilities of the North Korean troops."],
        ),
    ],
)
def test_seed_chrome_is_removed_and_the_story_kept(seed: str, chrome: list[str], kept: list[str]) -> None:
    text = (SEEDS_DIR / seed).read_text(encoding="utf-8")
    before = Article(id=seed, path=seed, text=text)
    (after,) = strip_boilerplate([before])
    assert_only_blanked(before, after)
    gone = removed_lines(before, after)
    assert set(chrome) <= set(gone)
    assert all(sentence in after.text for sentence in kept)
    assert after.text.split("\n")[0] == text.split("\n")[0]


lines = st.one_of(
    st.sampled_from([line for group in CHROME.values() for line in group] + CONTENT),
    st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\n"), max_size=40),
)
documents = st.lists(lines, min_size=1, max_size=8).map("\n".join)


@given(st.lists(documents, max_size=12))
def test_stripping_only_blanks_characters_keeps_offsets_and_ignores_order(texts: list[str]) -> None:
    corpus = [article(n, text) for n, text in enumerate(texts)]
    stripped = strip_boilerplate(corpus)
    assert len(stripped) == len(corpus)
    for before, after in zip(corpus, stripped, strict=True):
        assert_only_blanked(before, after)
    assert strip_boilerplate(corpus[::-1]) == stripped[::-1]


# --- the counting is exact: a reference with the plain definitions ----------------------------
#
# strip_boilerplate counts 64-bit hashes of keys in numpy batches and settles most lines from
# their spaces alone; this reference keeps every line's key string in a Counter, as the module
# describes, and must decide the same for every corpus.


def reference_key(line: str) -> str:
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", line).casefold().replace("©", " copyright "))
    return boilerplate._NOT_WORD.sub(" ", boilerplate._MARKS.sub("", text).replace("\u0640", "")).strip()


def reference_strip(articles: list[Article]) -> list[Article]:
    documents = []
    for article in articles:
        lines, start = [], 0
        for raw in article.text.split("\n"):
            end = start + len(raw)
            content_end = end - 1 if raw.endswith("\r") else end
            words = boilerplate._word_count(raw) if len(raw) <= 600 else boilerplate.MAX_WORDS + 1
            key = reference_key(raw) if words <= boilerplate.MAX_WORDS else "\x00" + raw.strip()
            if key:
                lines.append((start, content_end, key, words))
            start = end + 1
        documents.append(lines)
    counts: Counter[str] = Counter()
    for lines in documents:
        counts.update({key for _, _, key, _ in lines})
    threshold = max(boilerplate.MIN_DOCUMENTS, math.ceil(boilerplate.MIN_SHARE * len(articles)))

    def repeated_in(lines: list[tuple[int, int, str, int]]) -> set[str]:
        """The keys of a document's short lines repeated more than its content."""
        sentences = [counts[key] for _, _, key, words in lines if words >= boilerplate.SENTENCE_WORDS]
        content = statistics.median(sentences) if sentences else 1
        return {
            key
            for _, _, key, words in lines
            if words <= boilerplate.MAX_WORDS and counts[key] >= max(threshold, boilerplate.OVER_CONTENT * content)
        }

    # Chrome by repetition where it is repeated more than content in at least half its documents.
    votes: Counter[str] = Counter()
    for lines in documents:
        votes.update(repeated_in(lines))
    stripped = []
    for article, lines in zip(articles, documents, strict=True):
        repeated = repeated_in(lines)
        removed = [
            (start, end)
            for start, end, key, words in lines
            if (key in repeated and 2 * votes[key] >= counts[key])
            or boilerplate._is_chrome(article.text[start:end], key, words)
        ]
        text = article.text
        if removed and len(removed) < len(lines):
            for start, end in removed:
                text = text[:start] + re.sub(r"[^\r\n\v\f\x1c-\x1e\x85\u2028\u2029]", " ", text[start:end]) + text[end:]
        stripped.append(replace(article, text=text))
    return stripped


WHITESPACE = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
WORDS = [
    "share",
    "Share",
    "this",
    "article",
    "Subscribe",
    "newsletter",
    "©",
    "(c)",
    "2025",
    "Copyright",
    "|",
    "•",
    "Facebook",
    "Email",
    "TAGS:",
    "广告",
    "分享到",
    "ไทย",
    "café",
    "ﬁ",
    "\ud800",
    "😀",
    "Лента",
    "إعلان",
    "ـ",
    "a_b",
    "—",
    "the",
    "fox",
    "Officials",
    "said",
    "3.5",
    "\u0301e",
    "İ",
    "ß",
    "①",
    "ﾃｽﾄ",
]


@st.composite
def corpus_lines(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["words", "words", "words", "blank", "long", "chrome", "text"]))
    if kind == "blank":
        return "".join(draw(st.lists(st.sampled_from([" ", *WHITESPACE[:6], "\r"]), max_size=3)))
    if kind == "long":
        return draw(st.sampled_from([" ", "x", "x "])) * draw(st.sampled_from([300, 599, 600, 601])) + draw(
            st.sampled_from(["", "\r", "y"])
        )
    if kind == "chrome":
        return draw(st.sampled_from([line for group in CHROME.values() for line in group] + CONTENT))
    if kind == "text":
        return draw(st.text(st.characters(codec="utf-8", exclude_characters="\n"), max_size=30))
    count = draw(st.sampled_from([1, 2, 7, 8, 9, 25, 26, 30, 31, 32, 45]))
    words = draw(st.lists(st.sampled_from(WORDS), min_size=count, max_size=count))
    spaces = draw(st.lists(st.sampled_from([" "] * 8 + ["  ", *WHITESPACE]), min_size=count, max_size=count))
    line = "".join(w + s for w, s in zip(words, spaces, strict=True))
    return draw(st.sampled_from([line, line.strip(), " " + line.rstrip(), line.strip() + "\r"]))


@st.composite
def corpora(draw: st.DrawFn) -> list[Article]:
    pool = draw(st.lists(corpus_lines(), min_size=1, max_size=12))
    texts = draw(st.lists(st.lists(st.integers(0, len(pool) - 1) | corpus_lines(), max_size=10), max_size=25))
    return [
        article(n, "\n".join(pool[line] if isinstance(line, int) else line for line in lines))
        for n, lines in enumerate(texts)
    ]


@given(corpora(), st.sampled_from([1, 50, 1 << 20]))
def test_stripping_decides_as_the_reference_with_string_keys(corpus: list[Article], batch: int) -> None:
    with mock.patch.object(boilerplate, "_BATCH_CHARS", batch):
        assert strip_boilerplate(corpus) == reference_strip(corpus)


def test_keys_are_the_reference_keys_for_every_character() -> None:
    for code in range(0, sys.maxunicode + 1, 7):
        line = f"Ab {chr(code)}{chr(code + 1)}, c{chr(code + 2)}"
        assert boilerplate._key(line) == reference_key(line), hex(code)


def test_the_counts_hold_8_byte_hashes_not_the_lines() -> None:
    """The counts are kept as 8-byte hashes, not as the lines' text."""
    long_line = "A paragraph of content that is long enough to be over thirty words, " * 10
    corpus = [article(n, f"{long_line} {n}\n{SITE_CHROME[0]}\n{story(n)}") for n in range(200)]
    lines = boilerplate._corpus_lines(a.text for a in corpus)
    assert [a.dtype for a in lines.hashes] == [np.dtype(np.uint64)]
    assert sum(a.nbytes for a in lines.hashes) == 8 * 200 * 6


@given(corpora(), st.sampled_from([1, 50, 1 << 20]))
def test_each_line_gets_its_words_and_key_as_the_reference_does(corpus: list[Article], batch: int) -> None:
    with mock.patch.object(boilerplate, "_BATCH_CHARS", batch):
        found = boilerplate._corpus_lines(a.text for a in corpus)
    expected = []
    for document in corpus:
        start = 0
        for raw in document.text.split("\n"):
            words = boilerplate._word_count(raw) if len(raw) <= 600 else boilerplate.MAX_WORDS + 1
            key = reference_key(raw) if words <= boilerplate.MAX_WORDS else "\x00" + raw.strip()
            if key:
                expected.append((start, min(words, boilerplate.MAX_WORDS + 1), key))
            start += len(raw) + 1
    hashes = np.concatenate([np.zeros(0, np.uint64), *found.hashes]).tolist()
    assert np.concatenate([np.zeros(0, np.int64), *found.starts]).tolist() == [start for start, _, _ in expected]
    flags = np.concatenate([np.zeros(0, np.uint8), *found.flags])
    assert (flags & boilerplate._WORDS).tolist() == [words for _, words, _ in expected]
    # One hash per key: lines share a hash exactly when they share a key.
    keys = [key for _, _, key in expected]
    assert len(set(zip(keys, hashes, strict=True))) == len(set(keys)) == len(set(hashes))


# --- short ASCII lines are keyed a batch at a time ----------------------------------------------
#
# Short ASCII lines get their keys from one translation of the whole batch, and the whole chrome
# check only when a word, phrase or character could make them chrome: each must get the hash and
# flags ``_line_entry`` gives it alone.

ASCII_TEXT = (
    "Share share on Facebook Twitter Email Subscribe to our newsletter (c) (C) Copyright 2025 All rights reserved"
    " Tags: Read more: Home | / World Business Advertisement the council said on Monday 3.5 a/b x:y (note) -- ..."
    " - ' Tous droits reserves alle Rechte vorbehalten continue reading sign up for"
)
ASCII_PIECES = ASCII_TEXT.split()
ascii_lines = st.lists(st.sampled_from(ASCII_PIECES), min_size=1, max_size=32).flatmap(
    lambda words: st.sampled_from([" ".join(words), " " + " ".join(words) + " ", " ".join(words) + "\r"])
)


@given(st.lists(ascii_lines, min_size=1, max_size=20))
def test_short_ascii_lines_get_the_entry_of_the_line_alone(lines: list[str]) -> None:
    found = boilerplate._corpus_lines(["\n".join(lines)])
    hashes = np.concatenate(found.hashes).tolist()
    flags = np.concatenate(found.flags).tolist()
    entries = [entry for line in lines if (entry := boilerplate._line_entry(line)) is not None]
    assert list(zip(hashes, flags, strict=True)) == entries


def test_lines_of_chrome_are_flagged_in_a_batch() -> None:
    lines = [
        "Share on Facebook",
        "Facebook Twitter Email",
        "Home | World | Business",
        "(c) 2025 Northsea Daily",
        "Copyright 2025 Northsea Daily",
        "Tags: council, budget",
        "All rights reserved.",
        "Advertisement",
        "The council said on Monday it would reopen the bridge.",
    ]
    found = boilerplate._corpus_lines(["\n".join(lines)])
    chrome = (np.concatenate(found.flags) & boilerplate._CHROME) != 0
    assert chrome.tolist() == [True] * 8 + [False]


# --- measured by workers while a store fills ------------------------------------------------


def finder_removals(texts: list[str], workers: int, spill_bytes: int) -> list[list[int]]:
    with TextStore(spill_bytes=spill_bytes) as kept, boilerplate.BoilerplateFinder(kept, workers) as finder:
        for text in texts:
            kept.add(text)
            finder.texts_added()
        kept.finish()
        removals = finder.removals()
    return [removals.of(index) for index in range(len(texts))]


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("spill_bytes", [0, 2_000, 1 << 30])
def test_workers_find_the_boilerplate_found_in_one_go(
    workers: int, spill_bytes: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(boilerplate, "_JOB_BYTES", 500)
    monkeypatch.setattr(boilerplate, "_PARALLEL_BYTES", 1_000)
    texts = [f"{SITE_CHROME[n % 3]}\n{story(n)}\nShare on Facebook\r\nCafé № {n} \ud800" for n in range(60)]
    texts[7] = ""
    texts[8] = "x" * 3_000
    expected = boilerplate.find_boilerplate(texts)
    assert finder_removals(texts, workers, spill_bytes) == [expected.of(index) for index in range(len(texts))]
    assert any(expected.of(index) for index in range(len(texts)))


def test_a_small_corpus_is_measured_without_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_workers(*args: object) -> None:
        raise AssertionError("no worker should be forked for a small corpus")

    monkeypatch.setattr(multiprocessing.pool, "Pool", no_workers)
    texts = [f"{SITE_CHROME[0]}\n{story(n)}" for n in range(20)]
    expected = boilerplate.find_boilerplate(texts)
    assert finder_removals(texts, 2, 0) == [expected.of(index) for index in range(len(texts))]


# --- document counts: a stable order by key from a plain sort -----------------------------------

# Keys that differ in their low bits only share their top bits, where lines are first ordered.
hash_pools = st.lists(st.integers(0, 2**64 - 1), min_size=1, max_size=6).flatmap(
    lambda bases: st.lists(
        st.sampled_from(bases).flatmap(lambda base: st.integers(0, 7).map(lambda low: base ^ low)), max_size=200
    )
)


@given(hash_pools, st.randoms(use_true_random=False))
def test_lines_are_ordered_by_key_then_by_line(values: list[int], rng: Any) -> None:
    hashes = np.array(values, dtype=np.uint64)
    order, ordered = boilerplate._order_by_key(hashes)
    expected = np.argsort(hashes, kind="stable")
    assert order.tolist() == expected.tolist()
    assert ordered.tolist() == hashes[expected].tolist()
    documents = np.sort(np.array([rng.randrange(max(1, len(values) // 3)) for _ in values], dtype=np.int64))
    holders: dict[int, set[int]] = {}
    for value, document in zip(values, documents.tolist(), strict=True):
        holders.setdefault(value, set()).add(document)
    order, document_of, counts = boilerplate._by_key(hashes, documents)
    assert order.tolist() == expected.tolist()
    assert document_of.tolist() == documents[expected].tolist()
    assert counts.tolist() == [len(holders[values[line]]) for line in expected.tolist()]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*"ab \t\u3000é\ud800\U00020000", "ไทย", "東京", "かな", "မြန်", "한국"]), max_size=80))
def test_capped_word_count_is_the_word_count_capped(pieces: list[str]) -> None:
    line = "".join(pieces)
    words = boilerplate._word_count(line)
    expected = boilerplate._LONG if len(line.split()) > boilerplate.MAX_WORDS else min(words, boilerplate._LONG)
    assert boilerplate._capped_word_count(line) == expected
