"""normalize(): NFKC, case folding, typographic quotes and dashes, whitespace."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dedupe.normalize import normalize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NFKC: ligatures, full-width forms, compatibility digits and letters
        ("ﬁnal ﬂight", "final flight"),
        ("１２３ＡＢＣ", "123abc"),
        ("x² ½", "x2 1⁄2"),
        ("Ⅻ", "xii"),
        # NFKC composes: e + combining acute == é
        ("cafe\u0301", "café"),
        # case folding, not lower(): ß -> ss, final sigma -> sigma, titlecase digraphs
        ("Straße", "strasse"),
        ("ΣΊΣΥΦΟΣ", "σίσυφοσ"),
        ("ǅemal", "džemal"),
        ("MOSCOW Москва", "moscow москва"),
        # every double-quote style becomes '"', every single quote "'"
        ("“curly” „low“ «guillemets» 「corner」", '"curly" "low" "guillemets" "corner"'),
        ("‘single’ ‚low‘ ‹angle› 『white corner』", "'single' 'low' 'angle' 'white corner'"),
        ("it’s", "it's"),
        # every dash becomes '-'
        ("a‐b a‑b a‒b a–b a—b a―b a−b", "a-b a-b a-b a-b a-b a-b a-b"),
        # whitespace: runs of horizontal space become one space (no-break, thin, tab, ideographic)
        ("a\u00a0\u00a0b\tc\u2009d\u3000e", "a b c d e"),
        # line breaks: CRLF and CR become LF, blank lines collapse, lines are trimmed
        ("one \r\n\r\n  two\rthree", "one\ntwo\nthree"),
        ("  x  \n\n\n y ", "x\ny"),
        ("", ""),
        ("   \n\t ", ""),
    ],
)
def test_normalize(text: str, expected: str) -> None:
    assert normalize(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“He said” — OK", '"He said" - OK'),
        ("ＡＢＣ  Def", "ABC Def"),
        ("3.40 P.M. On Monday", "3.40 P.M. On Monday"),
    ],
)
def test_normalize_can_keep_case(text: str, expected: str) -> None:
    # Sentence splitting needs case to tell "p.m. on" from ". On"; tokens are folded later.
    assert normalize(text, fold_case=False) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ﬁ “Straße” — ΣΊΣΥΦΟΣ\u00a0\r\n\r\nǅ",
        "\u1e9e",  # capital sharp s: casefold gives "ss"
        "\u0130stanbul",  # dotted capital I: casefold adds a combining dot that NFKC must keep
        "\u2126 \u212b",  # ohm and angstrom signs: NFKC maps them to letters that fold again
    ],
)
def test_normalize_is_idempotent_on_tricky_text(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


def _whitespace_by_definition(text: str) -> str:
    """The whitespace rule as first written: every horizontal run one space, then each line break
    with the spaces around it one line break."""
    text = re.sub(r"[^\S\n]+", " ", text)
    return re.sub(r" ?\n[\s]*", "\n", text).strip()


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from([*" \t\n\r\x0b\x0c\x1c\x85\u2028\u2029\u3000\u00a0\u2009ab.\u201c"])))
def test_whitespace_equals_its_definition(text: str) -> None:
    from dedupe.normalize import _fold

    folded = _fold(text.replace("\r\n", "\n").replace("\r", "\n"), True)
    assert normalize(text) == _whitespace_by_definition(folded)
