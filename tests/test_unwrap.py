"""Hard-wrapped text is read as paragraphs (``unwrap``), and invisible characters are left out.

``tests/data/wrapped``: story 01 of the wire devset (``src``, a close and a loose ``rewrite``, a
``partial`` reuse and an independent report ``indep-a``) as published (``plain/``) and with
three of them hard-wrapped as plain-text wires and e-mail are, at 72, 60 and 80 columns
(``wrapped/``); ``zh-plain.txt`` and ``zh-wrapped.txt``: a Chinese story (wire-multi's zh1)
and the same wrapped at 70 columns, 35 characters a line. Read line by line, the wrapped story's
sentences were pieces of lines and its quotations were lost: the independent report became
partial reuse of it and the rewrites' scores fell by half.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from dedupe.cli import main
from dedupe.config import Settings
from dedupe.models import Article
from dedupe.normalize import normalize, normalize_with_offsets, original_span
from dedupe.prepare import sketch
from dedupe.unwrap import unwrap

DATA = Path(__file__).parent / "data" / "wrapped"


def _scan(folder: Path) -> list[tuple[str, str, str, float]]:
    result = CliRunner().invoke(main, ["scan", str(folder), "--format", "json", "--quiet"])
    assert result.exit_code == 0, result.output
    return [(p["a"], p["b"], p["relation"], p["score"]) for p in json.loads(result.stdout)["pairs"]]


def test_a_wrapped_story_relates_as_the_published_one() -> None:
    expected = [
        ("partial.txt", "src.txt", "partial", 0.2013),
        ("rewrite-loose.txt", "rewrite.txt", "rewrite", 0.4806),
        ("rewrite-loose.txt", "src.txt", "rewrite", 0.3145),
        ("rewrite.txt", "src.txt", "rewrite", 0.7182),
    ]
    assert _scan(DATA / "plain") == expected
    assert _scan(DATA / "wrapped") == expected


def test_a_wrapped_text_normalises_as_the_published_one() -> None:
    for name in ("src.txt", "rewrite.txt", "indep-a.txt"):
        wrapped = (DATA / "wrapped" / name).read_text(encoding="utf-8")
        assert wrapped != (DATA / "plain" / name).read_text(encoding="utf-8")
        assert normalize(unwrap(wrapped)) == normalize((DATA / "plain" / name).read_text(encoding="utf-8"))


def test_wrapped_chinese_is_joined_without_spaces() -> None:
    wrapped = (DATA / "zh-wrapped.txt").read_text(encoding="utf-8")
    plain = (DATA / "zh-plain.txt").read_text(encoding="utf-8")
    assert normalize(unwrap(wrapped)) == normalize(plain)
    # Joined by word joiners, which the sketch leaves out as ``normalize`` does: a copy.
    settings = Settings()
    assert (
        sketch(Article(id="a", path="a", text=unwrap(wrapped)), settings).fingerprint
        == sketch(Article(id="b", path="b", text=plain), settings).fingerprint
    )


def test_wrapped_lines_join_and_the_author_s_breaks_stay() -> None:
    text = (
        "Dockers strike at Antwerp\n"
        "\n"
        "A 48-hour strike brought container handling at the Port of Antwerp to a\n"
        "standstill on Tuesday, leaving dozens of vessels at anchor as the unions\n"
        "stepped up their fight. The unions want the retirement age kept at 60, not\n"
        "62. They listed their demands:\n"
        "- a 4.5% pay rise over two years\n"
        "- no change to the 1972 law\n"
        "\n"
        "  An indented paragraph opens here and goes on to a line of its own, and\n"
        "that ends it.\n"
    )
    lines = unwrap(text).split("\n")
    assert lines == [
        "Dockers strike at Antwerp",
        "",
        "A 48-hour strike brought container handling at the Port of Antwerp to a standstill on Tuesday,"
        " leaving dozens of vessels at anchor as the unions stepped up their fight. The unions want the"
        " retirement age kept at 60, not 62. They listed their demands:",
        "- a 4.5% pay rise over two years",
        "- no change to the 1972 law",
        "",
        "  An indented paragraph opens here and goes on to a line of its own, and that ends it.",
        "",
    ]


def test_texts_that_are_not_wrapped_stay_as_they_are() -> None:
    page = (Path(__file__).parent.parent / "seeds" / "002_3bf57c7de5c00ca0.txt").read_text(encoding="utf-8")
    feed_item = "Markets close higher\nFTSE 100 up 0.4%\nDAX up 0.7%\nCAC 40 up 0.2%\nEUR/USD 1.0594\n"
    verse = "Short line one here\nand a second one\nthen a third short line\nand the last one\n"
    for text in (page, feed_item, verse, "one line only", ""):
        assert unwrap(text) == text


@given(
    st.lists(st.sampled_from([*"ab \n\r.-1", "abc def ghi jkl", "東京都に住む", "\u3002"]), max_size=200).map("".join)
)
def test_unwrapping_changes_only_line_breaks_one_for_one(text: str) -> None:
    out = unwrap(text)
    assert len(out) == len(text)
    for before, after in zip(text, out, strict=True):
        assert before == after or (before in "\n\r" and after in " \u2060")


def test_invisible_characters_are_left_out_and_offsets_point_past_them() -> None:
    text = "Die Bundes\u00adregierung sagte\u200f: \u201eNein\u201c, 2\u200b025."
    normalized, offsets = normalize_with_offsets(text, fold_case=False)
    assert normalized == normalize(text, fold_case=False) == 'Die Bundesregierung sagte: "Nein", 2025.'
    start = normalized.index("Bundesregierung")
    assert text[slice(*original_span(offsets, start, start + len("Bundesregierung")))] == "Bundes\u00adregierung"
    settings = Settings()
    assert (
        sketch(Article(id="a", path="a", text=text), settings).fingerprint
        == sketch(Article(id="b", path="b", text='Die Bundesregierung sagte: "Nein", 2025.'), settings).fingerprint
    )
