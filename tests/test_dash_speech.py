"""Direct speech set off by dashes is a quotation (``normalize._dash_speech``).

``tests/data/dash-speech``: a Polish agency story on a derailed train (``src.txt``), an
independent report of the same night by another outlet (``report.txt``), and a rewrite of the
story (``rewrite.txt``), from the held-out ``calibration/multi10`` (pl2). The report quotes the
one statement every outlet had (the governor's, between „…”) and two people of its own, each
with a dash ("– Wzięłam tylko leki i psa … – śmieje się pani Teresa"). Read as narrative, the
report's own speech aligned with the story's, and the report was linked to it as a rewrite.
``uk-src.txt`` and ``uk-report.txt`` (``calibration/multi11``, uk2): a Ukrainian story and an
independent report sharing one statement whose speech goes on after its attribution
("— Ми готові до переговорів, — заявив Савчук. — Сьогодні о 15:00 …"): its second part, read as
narrative, made the report partial reuse. ``da-src.txt`` and ``da-report.txt``
(``calibration/multi12``, da1): a Ritzau story and an independent report sharing the mayor's
statement, set off by a dash and attributed after a comma with no closing dash ("– Det er en
katastrofe for øen. …, siger borgmesteren."): read as narrative, partial reuse again.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from dedupe.cli import main
from dedupe.normalize import _dash_speech, normalize, normalize_with_offsets, original_span
from dedupe.segment import quoted_spans

DATA = Path(__file__).parent / "data" / "dash-speech"


def test_speech_between_an_opening_dash_and_the_attribution_is_quoted() -> None:
    cases = {
        # Polish: at the start of a paragraph, and after a sentence inside one.
        "– Najważniejsze było to, żeby kwas nie poszedł do rzeki – mówi kpt. Górny.": (
            '" Najważniejsze było to, żeby kwas nie poszedł do rzeki " mówi kpt. Górny.'
        ),
        "Dostali koce. – Wzięłam tylko leki i psa. Mąż wyszedł – śmieje się pani Teresa.": (
            'Dostali koce. " Wzięłam tylko leki i psa. Mąż wyszedł " śmieje się pani Teresa.'
        ),
        # Russian: a comma before the closing dash; Spanish: the dashes glued to the words.
        "— Мы готовы к переговорам, — заявил министр.": '" Мы готовы к переговорам, " заявил министр.',
        "—Estamos listos —dijo el ministro—.": '"Estamos listos "dijo el ministro—.',
        # Speech going on after the attribution, to the end of the line (its stop the mark).
        "— Ми готові, — заявив він. — Сьогодні о 15:00 зустріч.\nДалі.": (
            '" Ми готові, " заявив він. " Сьогодні о 15:00 зустріч"\nДалі.'
        ),
        # No-break spaces around the dashes, and a line break of "\r\n".
        "–\u00a0Wracamy\u00a0– mówi Krystyna.\r\n": '"\u00a0Wracamy\u00a0" mówi Krystyna.\r\n',
        # Scandinavian press: attributed after the last comma before a lower-case word.
        "– Vi är chockade. Man tar ju för givet, att det går, säger hon.": (
            '" Vi är chockade. Man tar ju för givet, att det går" säger hon.'
        ),
        "– Det er en katastrofe, siger Birthe Holm, som ventede.": (
            '" Det er en katastrofe" siger Birthe Holm, som ventede.'
        ),
        # Any run of spaces before the closing dash.
        "– Tak jest \u00a0 – mówi Jan.": '" Tak jest \u00a0 " mówi Jan.',
        # After a quotation that ends a sentence.
        'Zapewnił: "Jest dobrze." – Nie wierzę – mówi sąsiad.': (
            'Zapewnił: "Jest dobrze." " Nie wierzę " mówi sąsiad.'
        ),
    }
    for text, expected in cases.items():
        assert _dash_speech(text) == expected


def test_other_dashes_are_left_alone() -> None:
    for text in (
        "Linia Ostrów Wielkopolski – Kępno pozostaje zamknięta.",  # a route
        "Ostatnie zdanie. — Agence France-Presse",  # a credit line: no attribution
        "– Pierwszy punkt listy\n– Drugi punkt – Trzeci",  # list items: no lower-case attribution
        "Wynik – 3:1 – padł w doliczonym czasie.",  # a dash inside a sentence
        "– Powiedział mi: „nie” – mówi Jan.",  # a quotation inside the speech
        'Ekran 6" i bateria. – Dobry – mówi Jan.',  # an inch mark left open before it
        "– nie wiem – mówi Jan.",  # speech starts with a capital letter
        "Plain ASCII - Speech - said nobody.",
        "Tekst. — Bez atrybucji. — Dalej tekst.",  # goes on with no attributed speech before it
        "Tekst.\n– Stockholm, fredag",  # one word before the comma
        # List items and bylines: no verb of saying after the comma, no attribution dash.
        "Key points:\n– The bank raised rates, citing inflation.\n– Markets fell, led by tech shares.",
        "— Reporting by John Smith, editing by Jane Doe",
        "– Berlin – Capital of Germany",
        # A quotation open around the speech.
        "Napisał: „Byłem tam. – Nie wiem – mówi sąsiad. I poszedłem.” Koniec.",
        "«Я был там. — Не знаю — говорит сосед. И ушёл.»",
        "Tekst. – Mitt i, säger hon.",  # after a sentence, with no closing dash: not at a line start
    ):
        assert _dash_speech(text) == text


def test_the_speech_is_a_quotation_of_the_normalised_text_with_offsets_back_to_the_dashes() -> None:
    text = "Dostali koce. – Wzięłam tylko leki i psa – śmieje się pani Teresa."
    normalized = normalize(text)
    assert [normalized[s:e] for s, e in quoted_spans(normalized)] == ['" wzięłam tylko leki i psa "']
    again, offsets = normalize_with_offsets(text)
    assert again == normalized
    start, end = quoted_spans(normalized)[0]
    assert text[slice(*original_span(offsets, start, end))] == "– Wzięłam tylko leki i psa –"


_SPEECHY = st.text(alphabet=st.sampled_from(list('–—―-"„”.!? \n\tAaŻżДд,')), max_size=60)


@given(_SPEECHY)
def test_only_speech_dashes_change_and_only_to_quotes(text: str) -> None:
    marked = _dash_speech(text)
    assert len(marked) == len(text)
    for before, after in zip(text, marked, strict=True):
        assert after == before or (before in "–—―" and after == '"')
    # In pairs, and normalising stays idempotent.
    assert sum(1 for b, a in zip(text, marked, strict=True) if a != b) % 2 == 0
    assert normalize(normalize(text)) == normalize(text)


def _scan() -> list[tuple[str, str, str]]:
    files = sorted(str(path) for path in DATA.glob("*.txt"))
    result = CliRunner().invoke(main, ["scan", *files, "--format", "json", "--quiet"])
    assert result.exit_code == 0, result.output
    return [(pair["a"], pair["b"], pair["relation"]) for pair in json.loads(result.stdout)["pairs"]]


def test_an_independent_report_quoting_its_own_people_with_dashes_is_not_a_rewrite() -> None:
    assert _scan() == [("rewrite.txt", "src.txt", "rewrite")]


def test_the_diff_counts_the_dash_speech_among_the_quotations() -> None:
    result = CliRunner().invoke(main, ["diff", str(DATA / "report.txt"), str(DATA / "src.txt")])
    assert result.exit_code == 0, result.output
    assert "not related" in result.output
    assert "quotations: in both 1, only in A 2, only in B 4" in result.output
