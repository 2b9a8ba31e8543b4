"""Evidence: offsets back through normalisation, verbatim runs, sentence alignment, changed facts."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dedupe.config import Settings
from dedupe.evidence import (
    MIN_RUN,
    Comparison,
    build_evidence,
    compare,
    extract_facts,
    monotone_matches,
    number_value,
    verbatim_runs,
)
from dedupe.models import Article, Change, Passage, Relation
from dedupe.normalize import normalize, normalize_with_offsets, original_span
from dedupe.pipeline import find_duplicates
from dedupe.prepare import prepare, sentence_grams
from dedupe.shingle import TokenHasher
from dedupe.sources import iter_articles
from dedupe.verify import align
from tests.conftest import SEEDS_DIR

SEED_A = SEEDS_DIR / "000_18cf876f3e1eab20.txt"
SEED_B = SEEDS_DIR / "003_c661afd7bc768f5b.txt"
WORD = re.compile(r"\w+")


def read(path: Path) -> Article:
    articles = list(iter_articles([str(path)], lambda skipped: pytest.fail(str(skipped))))
    assert len(articles) == 1
    return articles[0]


def file_text(path: Path) -> str:
    """The file as the reader decodes it: the text that offsets point into."""
    return path.read_bytes().decode("utf-8-sig")


def words(text: str) -> set[str]:
    return {w.casefold() for w in WORD.findall(normalize(text))}


def article(text: str, doc_id: str = "doc", front_matter: str = "") -> Article:
    return Article(id=doc_id, path=doc_id, text=text, body_offset=len(front_matter))


def evidence_of(a: Article, b: Article, relation: Relation | None) -> tuple[tuple[Passage, ...], tuple[Change, ...]]:
    """``build_evidence`` as ``verify_pairs`` calls it, for any relation we choose."""
    settings = Settings()
    hasher = TokenHasher(settings.seed)
    pa, pb = prepare(a, settings, hasher), prepare(b, settings, hasher)
    sentence_grams(pa, settings, hasher)
    sentence_grams(pb, settings, hasher)
    return build_evidence(pa, pb, align(pa, pb), relation, settings)


# --- normalize_with_offsets ------------------------------------------------------------------

# Text that exercises every rule: NFKC (ligatures, composition, Hangul jamo, fractions), case
# folding, quotes and dashes, every kind of whitespace.
TRICKY = st.text(
    st.sampled_from(
        [
            *"ab Z.\n\r\t\u00a0\u2028\u0085\x1c",
            *"\u0301\u0327\u1100\u1161\u11a8\ufb01\u00bd\u2460\u0f73\u0f71",
            *"\u00df\u03a3\u01c5\u201c\u2014\u3000\u1e9b\u0323\u212b\u00a8",
        ]
    )
)


@given(st.one_of(st.text(), TRICKY), st.booleans())
def test_normalize_with_offsets_gives_the_normalised_text(text: str, fold_case: bool) -> None:
    normalized, offsets = normalize_with_offsets(text, fold_case=fold_case)
    assert normalized == normalize(text, fold_case=fold_case)
    assert len(offsets) == len(normalized) + 1
    assert offsets == sorted(offsets)
    assert all(0 <= offset <= len(text) for offset in offsets)
    for index, char in enumerate(normalized):
        start, end = original_span(offsets, index, index + 1)
        assert start < end
        if char.isascii() and char.isalnum() and not fold_case:
            # An ASCII letter or digit that survives normalisation comes from itself, or from a
            # compatibility character (a ligature, a circled digit) that holds it.
            source = text[start:end]
            assert source == char or normalize(source, fold_case=False).find(char) >= 0


def test_offsets_skip_collapsed_whitespace_and_keep_expansions_whole() -> None:
    text = "  “Quoted”\r\n\r\n  ﬁne   cafe\u0301 ½  "
    normalized, offsets = normalize_with_offsets(text, fold_case=False)
    assert normalized == '"Quoted"\nfine café 1⁄2'
    cafe = normalized.index("café")
    assert text[slice(*original_span(offsets, cafe, cafe + 4))] == "cafe\u0301"
    assert text[slice(*original_span(offsets, 0, 8))] == "“Quoted”"
    fine = normalized.index("fine")
    assert text[slice(*original_span(offsets, fine, fine + 4))] == "ﬁne"
    # "fi" is one original character: a span ending inside it covers all of it
    assert text[slice(*original_span(offsets, fine, fine + 1))] == "ﬁ"
    half = normalized.index("1⁄2")
    assert text[slice(*original_span(offsets, half, half + 1))] == "½"


# --- verbatim runs ---------------------------------------------------------------------------

SENTENCE = "the council said on tuesday that the old bridge over the river would stay closed for repairs"
BASE = SENTENCE.split(" ")


def test_verbatim_run_bridges_a_small_difference() -> None:
    edited = [*BASE[:8], "former", *BASE[9:]]  # one word replaced in the middle
    runs = verbatim_runs(BASE, edited)
    assert len(runs) == 1
    run = runs[0]
    assert (run.a0, run.a1, run.b0, run.b1) == (0, len(BASE), 0, len(edited))
    assert run.matched == len(BASE) - 1


def test_verbatim_runs_split_at_a_large_difference_and_need_six_words() -> None:
    edited = [*BASE[:8], "a", "b", "c", "d", "e", *BASE[8:]]
    runs = verbatim_runs(BASE, edited)
    assert [(r.a0, r.a1, r.b0, r.b1) for r in runs] == [(0, 8, 0, 8), (8, len(BASE), 13, len(edited))]
    assert verbatim_runs(BASE[: MIN_RUN - 1], BASE[: MIN_RUN - 1]) == []


def test_verbatim_runs_use_each_token_of_b_once() -> None:
    repeated = BASE + BASE
    runs = verbatim_runs(repeated, BASE)
    assert len(runs) == 1


# --- sentence alignment -----------------------------------------------------------------------


def test_monotone_matches_keep_order_and_threshold() -> None:
    similarity = np.array([[0.9, 0.1, 0.0], [0.2, 0.1, 0.8], [0.1, 0.7, 0.1]])
    # (1, 2) and (2, 1) cross: the heavier in-order choice keeps (0, 0) and (1, 2)
    assert monotone_matches(similarity, 0.3) == [(0, 0), (1, 2)]
    assert monotone_matches(similarity, 0.95) == []
    assert monotone_matches(np.zeros((0, 3)), 0.3) == []


# --- facts -------------------------------------------------------------------------------------


def test_number_values() -> None:
    assert number_value("1,000") == number_value("1.000") == number_value("1000") == "1000"
    assert number_value("3,5") == number_value("3.5") == "3.5"
    assert number_value("1,000.25") == number_value("1.000,25") == "1000.25"
    assert number_value("١٢") == "12"  # Arabic-Indic digits


def test_facts_with_hedges_dates_and_quotes() -> None:
    text = 'On Monday, 28 April 2025 at 7.15 a.m. about 1,000 of 11,000 troops left, "we won," he said. In May, 5%.'
    found = [(f.kind, text[f.span[0] : f.span[1]]) for f in extract_facts(text)]
    assert found == [
        ("date", "Monday, 28 April 2025"),
        ("date", "7.15 a.m."),
        ("number", "about 1,000"),
        ("number", "11,000"),
        ("quote", '"we won,"'),
        ("date", "May"),
        ("number", "5%"),
    ]
    # "may" the verb is not a month; a number inside a quotation belongs to the quotation
    assert [f.kind for f in extract_facts('They may come. "All 300 of us," she said.')] == ["quote"]


# --- the seeds ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_comparison() -> Comparison:
    return compare(read(SEED_A), read(SEED_B), Settings())


def test_seed_rewrite_passages_line_up_in_the_original_files(seed_comparison: Comparison) -> None:
    original_a, original_b = file_text(SEED_A), file_text(SEED_B)
    assert seed_comparison.relation is Relation.REWRITE
    assert seed_comparison.a.body_offset > 0  # 000 has YAML front matter
    assert len(seed_comparison.passages) >= 10
    for passage in seed_comparison.passages:
        assert passage.kind in {"same", "changed"}
        assert 0.0 < passage.similarity <= 1.0
        assert seed_comparison.a.body_offset <= passage.a[0] < passage.a[1] <= len(original_a)
        assert 0 <= passage.b[0] < passage.b[1] <= len(original_b)
        text_a = original_a[passage.a[0] : passage.a[1]]
        text_b = original_b[passage.b[0] : passage.b[1]]
        assert text_a == text_a.strip() and text_b == text_b.strip()
        assert words(text_a) & words(text_b), (text_a, text_b)
    first = min(seed_comparison.passages, key=lambda p: p.a)
    assert original_a[first.a[0] :].startswith("According to new developments, North Korea")


def test_seed_rewrite_changed_facts(seed_comparison: Comparison) -> None:
    original_a, original_b = file_text(SEED_A), file_text(SEED_B)
    for change in seed_comparison.changes:
        if change.a is not None:
            assert original_a[change.a[0] : change.a[1]] == change.text_a
        if change.b is not None:
            assert original_b[change.b[0] : change.b[1]] == change.text_b
    facts = {(c.kind, c.text_a, c.text_b) for c in seed_comparison.changes}
    assert ("number", "at least 1,000", "approximately 1,000") in facts
    assert ("quote", '"completely liberate"', "“completely liberating”") in facts
    assert ("quote", '"in every way"', "") in facts


def test_scan_pairs_carry_the_evidence() -> None:
    report = find_duplicates([read(SEED_A), read(SEED_B)], Settings())
    (pair,) = report.pairs
    comparison = compare(read(SEED_A), read(SEED_B), Settings())
    assert pair.relation is Relation.REWRITE
    assert pair.passages and pair.changes
    assert {c.kind for c in pair.changes} == {c.kind for c in comparison.changes}


# --- generated pairs ---------------------------------------------------------------------------

STORY = [
    "The regional water authority said on Thursday that 1,200 households had lost their supply after a main burst.",
    "Engineers worked through the night to repair the pipe beneath the high street near the railway station.",
    '"We expect most homes to be reconnected by the weekend," a spokeswoman for the authority told reporters.',
    "Bottled water is being handed out at the town hall and at the leisure centre on Mill Road until further notice.",
    "The authority apologised for the disruption and said customers would receive automatic compensation payments.",
    "Local councillors have asked for an independent review of the network, which dates largely from the 1950s.",
]


def test_copy_with_a_changed_number_and_a_removed_quote() -> None:
    original = "\n\n".join(STORY)
    edited = [STORY[0].replace("1,200", "1,450"), STORY[1], *STORY[3:]]
    front_matter = "---\ntitle: Burst main\n---\n"
    a = article(original, "original.txt")
    b = article("\n\n".join(edited), "copy.txt", front_matter)
    comparison = compare(a, b, Settings())
    assert comparison.relation is Relation.NEAR_DUPLICATE
    assert comparison.passages and all(p.kind == "same" for p in comparison.passages)
    assert all(p.b[0] >= len(front_matter) for p in comparison.passages)
    facts = {(c.kind, c.text_a, c.text_b) for c in comparison.changes}
    assert ("number", "1,200", "1,450") in facts
    removed = next(c for c in comparison.changes if c.kind == "quote")
    assert removed.a is not None and removed.b is None
    assert removed.text_a == original[removed.a[0] : removed.a[1]]
    assert removed.text_a == '"We expect most homes to be reconnected by the weekend,"'


def test_unrelated_pair_gets_evidence_but_no_relation() -> None:
    a = article("\n".join(STORY), "a.txt")
    b = article(
        "A new cycle lane opened on Monday along the river path. Cyclists welcomed the wider route. "
        "The council said the scheme cost less than expected and more lanes would follow next year.",
        "b.txt",
    )
    comparison = compare(a, b, Settings())
    assert comparison.relation is None
    assert comparison.score == 0.0


def test_exact_copy_is_one_passage() -> None:
    text = "\n\n".join(STORY)
    front_matter = "---\nx: 1\n---\n"
    comparison = compare(article(text, "a.txt"), article(text, "b.txt", front_matter), Settings())
    assert comparison.relation is Relation.EXACT
    (passage,) = comparison.passages
    assert passage.kind == "same" and passage.similarity == 1.0
    assert passage.a == (0, len(text))
    assert passage.b == (len(front_matter), len(front_matter) + len(text))


SENTENCE_WORDS = st.sampled_from(
    [
        *("water", "main", "burst", "street", "night", "pipe", "homes", "weekend", "council", "town", "hall"),
        *("road", "repair", "1,200", "“quoted”", "«guillemets»", "ﬁne", "Straße", "тест", "東京都", ".", ",", "\n"),
    ]
)
DOCUMENT = st.lists(SENTENCE_WORDS, min_size=0, max_size=120).map(" ".join)


@given(DOCUMENT, st.lists(st.tuples(st.integers(0, 119), SENTENCE_WORDS), max_size=8), st.text(max_size=5))
def test_passages_stay_inside_and_never_overlap(text: str, edits: list[tuple[int, str]], lead: str) -> None:
    if not normalize(text):
        return
    tokens = text.split(" ")
    for position, word in edits:
        tokens.insert(min(position, len(tokens)), word)
    other = lead + " ".join(tokens) + "\n\nThe end of the story came at night. 2,500 homes."
    a = article(text, "a")
    b = article(other, "b", front_matter="---\n---\n")
    for relation in (Relation.NEAR_DUPLICATE, Relation.REWRITE, None):
        passages, changes = evidence_of(a, b, relation)
        for side, doc in (("a", a), ("b", b)):
            spans = sorted(getattr(p, side) for p in passages)
            low, high = doc.body_offset, doc.body_offset + len(doc.text)
            assert all(low <= s < e <= high for s, e in spans)
            assert all(first[1] <= second[0] for first, second in itertools.pairwise(spans))
            for change in changes:
                span = getattr(change, side)
                assert span is None or low <= span[0] < span[1] <= high
