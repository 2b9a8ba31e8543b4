"""normalize(): NFKC, case folding, typographic quotes and dashes, whitespace."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
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
        ("‘single’ ‚low‘ ‹angle› 『corner』", "'single' 'low' 'angle' 'corner'"),
        # Two words or more between single quotes are a quotation (``mark_single_quotes``).
        ("‘two words’ 『白い 角』", '"two words" "白い 角"'),
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


# --- quotations inside quotations ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Russian: guillemets inside guillemets, or „“ inside «»
        ("«Мы поддерживаем «Газпром» в этом», - сказал он.", "\"Мы поддерживаем 'Газпром' в этом\", - сказал он."),
        ("«Мы поддерживаем „Газпром“ в этом»", "\"Мы поддерживаем 'Газпром' в этом\""),
        # Japanese: ASCII quotes (or halfwidth corner brackets) inside 「」
        ('彼は「これは"テスト"です」と述べた。', "彼は\"これは'テスト'です\"と述べた。"),
        ("「これは｢テスト｣です」", "\"これは'テスト'です\""),
        # French with English-style inner quotes; German »« inside „“
        ("«Nous soutenons “Total” ici»", "\"Nous soutenons 'Total' ici\""),
        ("„Wir sagen »nein« dazu“, sagte er.", "\"Wir sagen 'nein' dazu\", sagte er."),
        # two levels down
        ("«a «b „c“ b» a»", "\"a 'b 'c' b' a\""),
        # quotations side by side are not nested
        ("He said “yes” and «no».", 'He said "yes" and "no".'),
        # a line whose marks do not pair up keeps every mark as it was (each line on its own)
        ("«Газета «Правда» закрыта\n«a «b» c»", '"Газета "Правда" закрыта\n"a \'b\' c"'),
        # an ASCII mark outside a quotation (an inch, a second) does not take part
        ('5" screen «a "b" c»', '5" screen "a \'b\' c"'),
        ('Экран 6" и «Ретина "X"» и 7"', 'Экран 6" и "Ретина \'X\'" и 7"'),
        ('"He said «yes» today"', '"He said "yes" today"'),
        # an odd number of them inside one leaves the line as it was
        ('«Экран 6,1" и 6,7"» и «a "b"»', "\"Экран 6,1' и 6,7'\" и \"a 'b'\""),
        ('«Экран 6,1" и "b"» и 6,7"»', '"Экран 6,1" и "b"" и 6,7""'),
        # a quotation does not run across a line break
        ("«a\n«b» c»", '"a\n"b" c"'),
        # a quotation going on in the next paragraph opens again there (press style): the
        # quotations closed before it on its first line keep their nesting
        (
            '«Era "una bomba", disse» ha detto. «Nessuno\n«ci ha risposto»',
            '"Era \'una bomba\', disse" ha detto. "Nessuno\n"ci ha risposto"',
        ),
        # only ASCII marks: nothing tells an inner quotation from the next one
        ('"a "b" c"', '"a "b" c"'),
        # 〝〟 (Japanese double prime quotation marks) are quotation marks too
        ("〝a〟", '"a"'),
    ],
)
def test_nested_quotations_become_single_quotes(text: str, expected: str) -> None:
    assert normalize(text, fold_case=False) == expected


def test_a_nested_quotation_stays_inside_the_outer_one() -> None:
    from dedupe.segment import quoted_spans

    text = normalize("Он заявил: «Мы поддерживаем «Газпром» в этом вопросе», - и ушёл.", fold_case=False)
    assert [text[s:e] for s, e in quoted_spans(text)] == ["\"Мы поддерживаем 'Газпром' в этом вопросе\""]


def test_every_compatibility_form_of_a_quotation_mark_nests_like_it() -> None:
    # NFKC turns these into marks the nesting rule knows: they must pair the same way.
    import sys
    import unicodedata

    from dedupe.normalize import _CLOSERS, _OPENS

    marks = set(_OPENS) | _CLOSERS
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if 0xD800 <= code < 0xE000 or char in marks:
            continue
        folded = unicodedata.normalize("NFKC", char)
        assert not set(folded) & marks, f"U+{code:04X} folds to a quotation mark the nesting rule does not know"


_QUOTE_ALPHABET = st.sampled_from([*"ab \n\r«»„“”「」｢｣〝〞〟\"＂'.", "\u00a0"])


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_QUOTE_ALPHABET, max_size=40))
def test_nesting_changes_only_quotation_marks_one_for_one(text: str) -> None:
    from dedupe.normalize import _fold, _nest_quotes, normalize_with_offsets

    nested = _nest_quotes(text)
    assert len(nested) == len(text)
    # every character of this alphabet folds to one character
    flat, kept = (_fold(t, False) for t in (text, nested))
    assert all(x == y or (y == "'" and x == '"') for x, y in zip(flat, kept, strict=True))
    once = normalize(text, fold_case=False)
    assert normalize(once, fold_case=False) == once
    assert normalize_with_offsets(text, fold_case=False)[0] == once


def test_the_list_of_other_spaces_is_every_space_but_the_plain_one_and_the_line_break() -> None:
    import sys

    from dedupe.normalize import _OTHER_SPACES

    spaces = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()} - {" ", "\n"}
    assert set(_OTHER_SPACES) == spaces
    assert len(_OTHER_SPACES) == len(spaces)


@pytest.mark.parametrize("space", ["\u2028", "\u1680", "\x85", "\u00a0 ", "\t"])
def test_other_spaces_in_text_of_another_script_become_one_space(space: str) -> None:
    assert normalize(f"Москва{space}сегодня", fold_case=False) == "Москва сегодня"


def _nest_quotes_line_by_line(text: str) -> str:
    """The nesting rule as first written: line by line, every mark in turn."""
    from dedupe.normalize import _CLOSERS, _OPENS

    out: list[str] = []
    for line in re.split(r"(\r|\n)", text):
        stack: list[tuple[str, int]] = []
        nested: list[int] = []
        balanced = True
        for position, mark in enumerate(line):
            if mark not in _OPENS and mark not in _CLOSERS:
                continue
            if stack and mark in _OPENS[stack[-1][0]]:
                _, at = stack.pop()
                if stack:
                    nested += [at, position]
            elif not stack and mark in '"\uff02':
                continue
            elif mark in _OPENS:
                stack.append((mark, position))
            else:
                balanced = False
                break
        chars = list(line)
        if balanced and not line.isascii():
            # Openers left over (a quotation going on in the next paragraph): the quotations
            # closed before the first of them keep their nesting.
            limit = stack[0][1] if stack else len(line)
            for position in nested:
                if position < limit:
                    chars[position] = "'"
        out.append("".join(chars))
    return "".join(out)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=_QUOTE_ALPHABET, max_size=40))
@example("«a\r«b» c»")
@example("«a «b» c»\n«d\r«e» f»")
def test_nesting_equals_the_rule_applied_line_by_line(text: str) -> None:
    from dedupe.normalize import _nest_quotes

    assert _nest_quotes(text) == _nest_quotes_line_by_line(text)
