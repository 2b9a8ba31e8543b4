"""Quotations between single quotes (``normalize.mark_single_quotes``).

``tests/data/single-quotes``: a British agency story on a bridge closed for corrosion
(``src.txt``), an independent report of the same day by another outlet (``report.txt``) and a
close rewrite (``rewrite.txt``), from the held-out ``calibration/multi11`` (en-gb1). The press
there quotes between single quotes (‘…’, with apostrophes in don’t and council’s). The report
shares one long quotation with the story: read as narrative, it was verbatim reuse, and the report
became the story's partial reuse.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from dedupe import evidence
from dedupe.cli import main
from dedupe.normalize import mark_single_quotes, normalize, normalize_with_offsets
from dedupe.segment import quoted_spans

DATA = Path(__file__).parent / "data" / "single-quotes"


def test_single_quoted_quotations_become_double_quoted() -> None:
    cases = {
        "'We are shocked,' she said, 'and we don't know.'": '"We are shocked," she said, "and we don\'t know."',
        # Dutch clitics are apostrophes, not quotation marks.
        "'Het water kwam 's nachts,' zei hij.": '"Het water kwam \'s nachts," zei hij.',
        # Double quotes inside become single, so that the quotation stays one.
        "'It is \"absurd\" here,' he said.": "\"It is 'absurd' here,\" he said.",
        # A possessive plural before a quotation opens nothing.
        "the players' union said 'no way' today": 'the players\' union said "no way" today',
        # A closing mark after a stop is taken when no other quotation opens before it.
        "'The players' union will strike,' he said.": '"The players\' union will strike," he said.',
        "'I was goin' home when it hit,' he said.": '"I was goin\' home when it hit," he said.',
        "'Rock 'n' roll is dead,' he said.": "\"Rock 'n' roll is dead,\" he said.",
        "He called it 'a disaster' and said: 'We will rebuild.'": (
            'He called it "a disaster" and said: "We will rebuild."'
        ),
        # Clitics in either case.
        "He loves Rock 'N Roll, said 'Big Tom' today.": 'He loves Rock \'N Roll, said "Big Tom" today.',
    }
    for text, expected in cases.items():
        assert mark_single_quotes(text) == expected


def test_apostrophes_nested_quotations_and_single_words_are_left_alone() -> None:
    for text in (
        "Rock 'n' roll and 's avonds, auto's, the council's plan.",
        "She said \"it was 'a disaster' today\".",  # nested in a double-quoted one
        "They called it 'elite'.",  # one word: a term more than a quotation
        "The '90s and 'tis the season.",
        "'open\nclose' on two lines",
        "Fans partied 'til dawn outside the players' hotel.",  # elisions open nothing
        "정부는 '교통 공백 제로 대책' 발표했다",  # Korean sets off terms and slogans so
        "Let 'em play 'cause it's 'bout time, the players' coach said.",
        "'A 6\" pipe 'burst' today,' he said.",  # a lone double mark inside: the pairs would move
    ):
        assert mark_single_quotes(text) == text


def test_typographic_single_quotes_are_found_in_the_normalised_text_with_offsets() -> None:
    text = "Andrew Pryce said: ‘We won’t take chances with public safety.’ The bridge stays shut."
    normalized = normalize(text)
    assert [normalized[s:e] for s, e in quoted_spans(normalized)] == ['"we won\'t take chances with public safety."']
    assert normalize_with_offsets(text)[0] == normalized
    plain = text.replace("‘", "'").replace("’", "'")
    assert evidence._ascii_normalize_with_offsets(plain)[0] == normalize_with_offsets(plain, fold_case=False)[0]


_QUOTY = st.text(alphabet=st.sampled_from(list("'‘’‚‛\"“”„«»「」『』 \n\t\rabsnt.,!?")), max_size=50)


@given(_QUOTY)
def test_only_single_quotes_change_and_normalising_stays_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    assert normalize_with_offsets(text)[0] == once
    marked = mark_single_quotes(once)
    assert len(marked) == len(once)
    assert all(a == b or {a, b} == {"'", '"'} for a, b in zip(once, marked, strict=True))


def _scan() -> list[tuple[str, str, str]]:
    files = sorted(str(path) for path in DATA.glob("*.txt"))
    result = CliRunner().invoke(main, ["scan", *files, "--format", "json", "--quiet"])
    assert result.exit_code == 0, result.output
    return [(pair["a"], pair["b"], pair["relation"]) for pair in json.loads(result.stdout)["pairs"]]


def test_an_independent_report_sharing_a_single_quoted_statement_is_not_partial_reuse() -> None:
    assert _scan() == [("rewrite.txt", "src.txt", "rewrite")]


def test_the_diff_counts_the_single_quoted_quotations() -> None:
    result = CliRunner().invoke(main, ["diff", str(DATA / "report.txt"), str(DATA / "src.txt")])
    assert result.exit_code == 0, result.output
    assert "not related" in result.output
    assert "quotations: in both 1," in result.output
