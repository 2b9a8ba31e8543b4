"""Verification measures and the loose-rewrite rule: quotations of one's own, order of rare tokens."""

from __future__ import annotations

from dataclasses import fields, replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dedupe.config import Settings
from dedupe.models import Article, Measures, Relation
from dedupe.prepare import Prepared, prepare, sentence_grams
from dedupe.shingle import TokenHasher
from dedupe.verify import align, classify, measure

SETTINGS = Settings()
HASHER = TokenHasher(SETTINGS.seed)

ORIGINAL = (
    "Harbour workers in Velmora walked out on Monday over a new rota. "
    "The strike closed all four container berths at the port of Velmora. "
    "Union leader Anika Sorell said the rota had been imposed without talks. "
    '"We will stay out until the company sits down with us," Sorell told reporters. '
    "Port director Hugo Brandt said 31 ships were waiting at anchor by the evening. "
    '"Every day of this costs us close to two million," Brandt said. '
    "Talks are due to start on Thursday at the regional labour office."
)


def _prepared(text: str, doc_id: str) -> Prepared:
    doc = prepare(Article(id=doc_id, path=doc_id, text=text), SETTINGS, HASHER)
    sentence_grams(doc, SETTINGS, HASHER)
    return doc


def _measures(text_a: str, text_b: str) -> Measures:
    a, b = _prepared(text_a, "a.txt"), _prepared(text_b, "b.txt")
    return measure(a, b, SETTINGS, align(a, b))


# --- measures -----------------------------------------------------------------------------------


def test_own_quotes_counts_quotations_not_found_in_the_other_side() -> None:
    borrower = (
        "The port of Velmora stood still on Monday. "
        '"We will stay out until the company sits down with us," the union leader said.'
    )
    m = _measures(ORIGINAL, borrower)
    assert m.shared_quotes == 1
    assert (m.own_quotes_a, m.own_quotes_b) == (1, 0)  # Brandt's quotation is the original's own


def test_a_shortened_quotation_is_shared_and_neither_side_own() -> None:
    # The borrower quotes the first sentence of the director's two-sentence quotation: its
    # quotation is found in the original, and the original's holds it; one quotation both have.
    original = ORIGINAL.replace(
        '"Every day of this costs us close to two million," Brandt said.',
        '"Every day of this costs us close to two million. We cannot wait for the ministry to act, and '
        'neither can the farmers whose fruit is rotting on the quay," Brandt said.',
    )
    borrower = (
        "Dozens of ships waited at anchor off Velmora on Monday as the dockers stayed away. "
        '"Every day of this costs us close to two million," the port director said.'
    )
    m = _measures(original, borrower)
    assert (m.shared_quotes, m.own_quotes_b) == (1, 0)
    assert m.own_quotes_a == 1  # Sorell's quotation is the original's own; Brandt's is shared
    # A quotation of other words, however alike in length, is no part of the other's.
    other = borrower.replace("costs us close to two million", "brings the town nearer to ruin")
    m = _measures(original, other)
    assert (m.shared_quotes, m.own_quotes_a, m.own_quotes_b) == (0, 2, 1)


def test_a_quotation_shorter_than_a_shingle_is_found_by_its_words() -> None:
    # Four words, the shortest quotation counted, are one word short of a shingle: the shingle at
    # its start reaches into the words after it, which the borrower wrote its own way. Its words,
    # one after another, are in the original's quotation: both have it.
    borrower = (
        "Dozens of ships waited at anchor off Velmora on Monday as the dockers stayed away. "
        'The dockers would stay out until "the company sits down", their leader said.'
    )
    m = _measures(ORIGINAL, borrower)
    assert (m.shared_quotes, m.own_quotes_a, m.own_quotes_b) == (1, 1, 0)
    # The same four words in the original's narrative, not in a quotation of it: not found.
    narrative = ORIGINAL.replace(
        '"We will stay out until the company sits down with us," Sorell told reporters.',
        "Sorell said they would stay out until the company sits down, she told reporters.",
    )
    m = _measures(narrative, borrower)
    assert (m.shared_quotes, m.own_quotes_b) == (0, 1)
    # Four words of its own: not found, and the original's quotations stay its own.
    other = borrower.replace("the company sits down", "the owners give way")
    m = _measures(ORIGINAL, other)
    assert (m.shared_quotes, m.own_quotes_a, m.own_quotes_b) == (0, 2, 1)


def test_a_text_without_quotations_has_no_own_quotes() -> None:
    m = _measures(ORIGINAL, "Ships waited outside the port of Velmora on Monday as harbour workers struck.")
    assert (m.shared_quotes, m.own_quotes_b) == (0, 0)


def test_rare_order_is_one_for_the_same_text_and_zero_without_shared_tokens() -> None:
    assert _measures(ORIGINAL, ORIGINAL).rare_order == 1.0
    assert _measures(ORIGINAL, "Lorem ipsum dolor sit amet, consectetur adipiscing elit.").rare_order == 0.0


def test_rare_order_falls_when_the_shared_facts_come_in_another_order() -> None:
    sentences = ORIGINAL.split(". ")
    reordered = ". ".join(sentences[::-1])
    assert _measures(ORIGINAL, reordered).rare_order < 0.5 < _measures(ORIGINAL, ORIGINAL).rare_order


def test_rare_order_needs_a_few_shared_rare_tokens() -> None:
    # Two texts sharing only "Velmora" and "Monday" outside quotations: two names in the same
    # order say nothing of borrowing (the score would otherwise be a perfect 1.0).
    m = _measures("Ships idled in Velmora harbour on Monday.", "In Velmora, dockers walked out on Monday.")
    assert m.rare_order == 0.0


def test_rare_order_ignores_quoted_tokens() -> None:
    # The same quotation, and nothing else, in two texts: no order evidence outside quotations.
    quote = '"We will stay out until the company sits down with us," said Anika Sorell.'
    other = '"We will stay out until the company sits down with us," the Velmora dockers chanted.'
    m = _measures(quote, other)
    assert m.shared_quotes == 1
    assert m.rare_order == 0.0


def test_weak_alignment_orders_at_least_as_much_as_the_strong_one() -> None:
    paraphrase = (
        "Dock workers in Velmora went on strike on Monday against a new shift rota. "
        "All four container berths at Velmora's port were shut by the walkout. "
        '"We will stay out until the company sits down with us," Sorell told reporters. '
        "By evening 31 ships were at anchor, director Hugo Brandt said."
    )
    m = _measures(ORIGINAL, paraphrase)
    assert m.weak_ordered_a >= m.ordered_a
    assert m.weak_ordered_b >= m.ordered_b


# --- the loose-rewrite rule ---------------------------------------------------------------------

# A loose rewrite as measured: the borrower (b) quotes only what a quotes, most of it follows a in
# order at the weak similarity, and the rare tokens they share come in the same order.
LOOSE = replace(
    Measures(**{f.name: 0 for f in fields(Measures)}),
    coverage_a=0.45,
    coverage_b=0.5,
    ordered_a=0.3,
    ordered_b=0.35,
    aligned_sentences=6,
    weak_ordered_a=0.45,
    weak_ordered_b=0.6,
    shared_quotes=1,
    own_quotes_a=4,
    own_quotes_b=0,
    rare_order=0.6,
    length_ratio=0.8,
)


@pytest.fixture(scope="module")
def pair() -> tuple[Prepared, Prepared]:
    return _prepared(ORIGINAL, "a.txt"), _prepared("A different text altogether.", "b.txt")


def test_loose_rewrite_is_a_rewrite_scored_by_the_in_order_shares(pair: tuple[Prepared, Prepared]) -> None:
    assert classify(*pair, LOOSE, SETTINGS) == (Relation.REWRITE, 0.325)


def test_loose_rewrite_holds_for_either_side_as_the_borrower(pair: tuple[Prepared, Prepared]) -> None:
    mirrored = replace(LOOSE, weak_ordered_a=0.6, weak_ordered_b=0.45, own_quotes_a=0, own_quotes_b=4)
    assert classify(*pair, mirrored, SETTINGS) == (Relation.REWRITE, 0.325)


@pytest.mark.parametrize(
    "change",
    [
        pytest.param({"own_quotes_b": 1}, id="both sides quote people of their own"),
        pytest.param({"shared_quotes": 0}, id="no shared quotation"),
        pytest.param({"weak_ordered_b": 0.25}, id="borrower not mostly in order"),
        pytest.param({"weak_ordered_a": 0.15}, id="other side barely covered"),
        pytest.param({"rare_order": 0.2}, id="rare tokens in another order"),
        pytest.param({"aligned_sentences": 2}, id="two aligned sentences are too few"),
    ],
)
def test_loose_rewrite_needs_every_piece_of_evidence(pair: tuple[Prepared, Prepared], change: dict[str, float]) -> None:
    assert classify(*pair, replace(LOOSE, **change), SETTINGS) is None


def test_loose_rewrite_thresholds_are_settings(pair: tuple[Prepared, Prepared]) -> None:
    strict = Settings(loose_rewrite_ordered=0.7)
    assert classify(*pair, LOOSE, strict) is None
    assert classify(*pair, replace(LOOSE, weak_ordered_b=0.7), strict) == (Relation.REWRITE, 0.325)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=12),
            st.integers(min_value=0, max_value=12),
            st.one_of(st.integers(min_value=1, max_value=60).map(float), st.floats(min_value=-2, max_value=50)),
        ),
        max_size=40,
    )
)
def test_compiled_heaviest_chain_equals_the_reference(matches: list[tuple[int, int, float]]) -> None:
    from dedupe import kernels
    from dedupe.verify import _heaviest_chain

    ordered = sorted(matches)
    found = kernels.heaviest_chain(
        np.array([m[0] for m in ordered], dtype=np.int64),
        np.array([m[1] for m in ordered], dtype=np.int64),
        np.array([m[2] for m in ordered], dtype=np.float64),
    )
    if found is not None:
        assert found == _heaviest_chain(matches)
