"""Hard-wrapped text is read as paragraphs (``unwrap``), and invisible characters are left out.

``tests/data/wrapped``: story 01 of the wire devset (``src``, a close and a loose ``rewrite``, a
``partial`` reuse and an independent report ``indep-a``) as published (``plain/``) and with
three of them hard-wrapped as plain-text wires and e-mail are, at 72, 60 and 80 columns
(``wrapped/``); ``zh-plain.txt`` and ``zh-wrapped.txt``: a Chinese story (wire-multi's zh1)
and the same wrapped at 70 columns, 35 characters a line; ``km-plain.txt`` and ``th-plain.txt``:
a Khmer and a Thai story (multi4's km1, multi3's th1), which write a phrase without spaces.
Read line by line, the wrapped story's sentences were pieces of lines and its quotations were
lost: the independent report became partial reuse of it and the rewrites' scores fell by half.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from dedupe.cli import main
from dedupe.config import Settings
from dedupe.models import Article
from dedupe.normalize import normalize, normalize_with_offsets, original_span
from dedupe.prepare import prepare, sketch
from dedupe.shingle import TokenHasher
from dedupe.unwrap import unwrap

DATA = Path(__file__).parent / "data" / "wrapped"
KOREAN = (
    "정부는 내년 예산안을 656조원 규모로 확정하고 국회에 제출할 예정이라고 밝혔다. 한국은행은 기준금리를 3.5퍼센트로 "
    "동결하며 물가 안정을 우선하겠다고 말했다. 수도권에 내린 집중호우로 피해가 속출해 이재민이 천여 명 발생했다. "
    "소방당국은 인력과 장비를 총동원해 구조 작업을 벌이고 있다고 전했다. "
) * 2
JAPANESE = (
    "日本政府は火曜日、iPhone 16の販売について Apple Inc. と協議したと発表した。売上高は前年比12.5%増の3兆4000億円と"
    "なった。トヨタ自動車（Toyota Motor Corp.）は2026年3月期の業績予想を上方修正した。"
) * 3


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
    # With CRLF line ends, the carriage return is joined away too (it was a space between two
    # Han characters, and the copy read as a rewrite).
    assert normalize(unwrap(wrapped.replace("\n", "\r\n"))) == normalize(plain)
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


NOT_WRAPPED = {
    "page": (Path(__file__).parent.parent / "seeds" / "002_3bf57c7de5c00ca0.txt").read_text(encoding="utf-8"),
    "feed item": "Markets close higher\nFTSE 100 up 0.4%\nDAX up 0.7%\nCAC 40 up 0.2%\nEUR/USD 1.0594\n",
    "verse": "Short line one here\nand a second one\nthen a third short line\nand the last one\n",
    "one line": "one line only",
    "empty": "",
    # Lines of one entry each, about as long as one another (a reviewer's cases).
    "stock table": (
        "Company              Ticker    Close    Change    Volume\n"
        "Apple Inc.           AAPL     189.25    +1.24%    52,113,400\n"
        "Microsoft Corp.      MSFT     402.10    -0.35%    21,004,900\n"
        "Alphabet Inc.        GOOGL    141.80    +0.88%    18,223,100\n"
        "Amazon.com Inc.      AMZN     155.62    +2.01%    40,551,700\n"
    ),
    "results": (
        "Formula One, Bahrain Grand Prix, final classification\n"
        "1. Max Verstappen (Netherlands) Red Bull 1:31:44.742\n"
        "2. Sergio Perez (Mexico) Red Bull +22.457 seconds\n"
        "3. Carlos Sainz (Spain) Ferrari +25.110 seconds\n"
        "4. Charles Leclerc (Monaco) Ferrari +39.669 seconds\n"
    ),
    "listings": (
        "Programme TV de ce soir, mardi 18 mars 2025\n"
        "TF1 21h10 Grey's Anatomy, saison 20, épisodes 5 et 6 (série)\n"
        "France 2 21h10 Cash Investigation : les dessous de l'eau (magazine)\n"
        "France 3 21h10 Meurtres à Colmar, avec Anne Charrier (téléfilm)\n"
        "Canal+ 21h05 Oppenheimer, de Christopher Nolan (film, 2023)\n"
    ),
    "headlines": (
        "Top stories this morning\n"
        "Dockers strike at Antwerp as unions reject the pension reform plan\n"
        "Fed holds rates steady, signals two cuts before the end of the year\n"
        "Floods in southern Brazil leave 40 dead and thousands more homeless\n"
        "Japan's Nikkei closes at a record high on strong chip maker earnings\n"
    ),
    "interview": (
        "Frage: Herr Minister, warum wird das Rentenalter angehoben?\n"
        "Antwort: Weil die Kassen sonst in zehn Jahren leer sind. So einfach.\n"
        "Frage: Die Gewerkschaften sprechen von einem Wortbruch. Zu Recht?\n"
        "Antwort: Nein. Wir haben im Wahlkampf genau das angekündigt, bitte.\n"
    ),
    # Paragraphs one to a line, a quotation running over two of them (no closing mark at the
    # end of the first): joined, the speaker's own words would have been read as narrative.
    "paragraphs": (
        "Port workers walked out at dawn on Tuesday after the talks with the ministry collapsed late on Monday.\n"
        'The union leader told reporters: "We will not accept a retirement age of 62 for people who lift all day.\n'
        '"It is not about money, it is about our bodies," she said outside the gates of the port on Tuesday.\n'
        "The ministry said the reform was needed to keep the pension fund solvent beyond the year 2035 at least.\n"
        "Ships were diverted to Rotterdam and Zeebrugge, and shippers warned of delays of up to three days.\n"
    ),
    # Paragraphs one to a line with links between them, and a list of links with their titles
    # (a review's cases): a link opens no line of prose going on, however long.
    "links": (DATA / "links-bg.txt").read_text(encoding="utf-8"),
    "link list": (DATA / "links-md.txt").read_text(encoding="utf-8"),
    "japanese paragraphs": (
        "首相は記者会見で次のように述べた。「年金制度の改革は避けて通れない課題だ。国民の理解を得たい」\n"
        "野党党首はこれに対し反発した。「国民に負担を押し付けるだけの改革には断じて反対する。撤回を求める」\n"
        "労働組合の代表も声明を出した。「港湾労働者の生活を守るため、四十八時間のストライキを決行する」\n"
        "経済界からは歓迎の声が上がった。「持続可能な制度に向けた第一歩として高く評価したいと考えている」\n"
    ),
}


@pytest.mark.parametrize("name", sorted(NOT_WRAPPED))
def test_texts_that_are_not_wrapped_stay_as_they_are(name: str) -> None:
    assert unwrap(NOT_WRAPPED[name]) == NOT_WRAPPED[name]


def _balanced(paragraph: str, width: int) -> str:
    """``paragraph`` wrapped at ``width`` with lines as even as can be (as par does, or GNU fmt
    in part): the least sum of squared room left on each line but the last."""
    words = paragraph.split()
    best = [0.0] + [float("inf")] * len(words)
    back = [0] * (len(words) + 1)
    for end in range(1, len(words) + 1):
        for start in range(end - 1, -1, -1):
            length = len(" ".join(words[start:end]))
            if length > width:
                break
            cost = best[start] + (0 if end == len(words) else (width - length) ** 2)
            if cost < best[end]:
                best[end], back[end] = cost, start
    lines, end = [], len(words)
    while end:
        lines.append(" ".join(words[back[end] : end]))
        end = back[end]
    return "\n".join(reversed(lines))


def test_text_wrapped_with_even_lines_is_joined() -> None:
    # Such a wrapper breaks before a word that would still have fitted ("… the giant Deurganck
    # and" / "Europa terminals …"): in a wrapped text, a line well into the width that ends inside
    # a sentence before a small letter or a digit is joined too.
    plain = (DATA / "plain" / "src.txt").read_text(encoding="utf-8")
    wrapped = "\n\n".join(_balanced(paragraph, 60) for paragraph in plain.split("\n\n"))
    assert normalize(unwrap(wrapped)) == normalize(plain)


def _by_characters(text: str, count: int) -> str:
    return "\n".join(text[i : i + count] for i in range(0, len(text), count))


@pytest.mark.parametrize(
    ("wrapped", "plain"),
    [
        # Korean wrapped at 60 characters (about 110 columns) by a wrapper counting characters.
        pytest.param(textwrap.fill(KOREAN, 60), KOREAN, id="korean"),
        # Japanese with Latin words and numbers, broken every 35 characters wherever that falls
        # ("202" and "6年", "Inc" and "."): joined with nothing between.
        pytest.param(_by_characters(JAPANESE, 35), JAPANESE, id="japanese"),
    ],
)
def test_text_wrapped_by_counting_characters_is_joined(wrapped: str, plain: str) -> None:
    assert wrapped != plain
    assert normalize(unwrap(wrapped)) == normalize(plain)


@pytest.mark.parametrize("width", [60, 72])
@pytest.mark.parametrize("name", ["km-plain.txt", "th-plain.txt"])
def test_wrapped_khmer_and_thai_are_joined_around_phrases_longer_than_the_width(name: str, width: int) -> None:
    # A wrapper breaks Khmer and Thai only at the spaces between phrases, and puts a phrase
    # longer than the width alone on a line: the break after it is the wrapper's too (it was
    # left, and a quotation running over it was lost: the independent report became partial
    # reuse of the story), and such a line says nothing of the width.
    plain = (DATA / name).read_text(encoding="utf-8")
    wrapped = "\n\n".join(
        textwrap.fill(" ".join(paragraph.split()), width, break_long_words=False) for paragraph in plain.split("\n\n")
    )
    assert any(len(line) > width + 10 for line in wrapped.split("\n"))
    assert normalize(unwrap(wrapped)) == normalize(plain)


@given(
    st.lists(st.sampled_from([*"ab \n\r.-1", "abc def ghi jkl", "東京都に住む", "\u3002"]), max_size=200).map("".join)
)
def test_unwrapping_changes_only_line_breaks_one_for_one(text: str) -> None:
    out = unwrap(text)
    assert len(out) == len(text)
    for before, after in zip(text, out, strict=True):
        assert before == after or (before in "\n\r" and after in " \u2060")


@pytest.mark.parametrize(
    "text",
    [
        "Cafe\u00ad\u0301 au lait",
        "Resume\u200e\u0301 of the talks",
        "\u1100\u200b\u1161 text",
        "\u304b\u00ad\u3099",
        "e\u2064\u0301",
    ],
)
def test_an_invisible_character_before_a_combining_mark_gives_one_fingerprint(text: str) -> None:
    # ``normalize`` composes the mark with the letter once the invisible character is out
    # ("e" + U+0301 is "é"): the sketch must too, or a copy is not found exact (a reviewer's cases).
    settings = Settings()
    article = Article(id="a", path="a", text=text)
    assert sketch(article, settings).fingerprint == prepare(article, settings, TokenHasher(settings.seed)).fingerprint


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
