"""HTML extraction: a page trafilatura cannot read is read as a fragment or skipped with one
warning, while errors that are no bad page (Ctrl-C, MemoryError, a bug) are not swallowed."""

from __future__ import annotations

from pathlib import Path

import pytest
import trafilatura
from click.testing import CliRunner
from lxml import etree

from dedupe.cli import main
from dedupe.errors import ExitCode
from dedupe.extract import ExtractedPage, extract_page, html_to_text

PAGE = (
    "<html><head><title>Budget vote</title></head><body><nav><a href='/'>Home</a></nav>"
    "<article><p>The city council approved a new budget on Tuesday after a six-hour debate.</p>"
    "<p>Councillors voted 31 to 12 in favour of the plan.</p></article></body></html>"
)


def _raising(error: BaseException) -> object:
    def bare_extraction(*args: object, **kwargs: object) -> None:
        raise error

    return bare_extraction


def test_a_page_is_read_by_trafilatura() -> None:
    page = extract_page(PAGE)
    assert page is not None
    assert "Home" not in page.text  # the navigation is left out: trafilatura read it
    assert page.text.endswith("Councillors voted 31 to 12 in favour of the plan.")


@pytest.mark.parametrize(
    "error",
    [
        ValueError("invalid literal for int() with base 10: ''"),
        TypeError("expected string or bytes-like object"),
        AttributeError("'NoneType' object has no attribute 'text_content'"),
        IndexError("list index out of range"),
        KeyError("@type"),
        RecursionError("maximum recursion depth exceeded"),
        etree.ParserError("Document is empty"),
        etree.SerialisationError("IO_ENCODER"),
    ],
    ids=lambda error: type(error).__name__,
)
def test_a_page_trafilatura_fails_on_is_read_as_a_fragment(error: Exception, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(trafilatura, "bare_extraction", _raising(error))
    assert extract_page(PAGE) == ExtractedPage(
        text="Home\nThe city council approved a new budget on Tuesday after a six-hour debate.\n"
        "Councillors voted 31 to 12 in favour of the plan."
    )


@pytest.mark.parametrize(
    "error",
    [
        MemoryError(),
        RuntimeError("a bug"),
        NameError("name 'document' is not defined"),
        AssertionError("a broken invariant"),
        ModuleNotFoundError("No module named 'lxml_html_clean'"),
        OSError(28, "No space left on device"),
        KeyboardInterrupt(),
    ],
    ids=lambda error: type(error).__name__,
)
def test_errors_that_are_no_bad_page_are_not_swallowed(error: BaseException, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(trafilatura, "bare_extraction", _raising(error))
    with pytest.raises(type(error)):
        extract_page(PAGE)


def test_a_bug_under_extraction_is_one_line_and_exit_3_and_a_bad_page_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    runner = CliRunner()
    monkeypatch.setattr(trafilatura, "bare_extraction", _raising(RuntimeError("a bug")))
    result = runner.invoke(main, ["scan", str(tmp_path), "--format", "json", "--quiet", "-j", "1"])
    assert (result.exit_code, result.stdout) == (ExitCode.INPUT_ERROR, "")
    assert result.stderr == (
        "internal error: RuntimeError: a bug (a bug: please report it; DEDUPE_DEBUG=1 shows the traceback)\n"
    )
    monkeypatch.setattr(trafilatura, "bare_extraction", _raising(etree.ParserError("Document is empty")))
    result = runner.invoke(main, ["scan", str(tmp_path), "--format", "json", "--quiet", "-j", "1"])
    assert (result.exit_code, result.stderr) == (ExitCode.SUCCESS, "")
    assert '"id": "page.html"' in result.stdout


def test_malformed_declarations_keep_the_text_read_before_them() -> None:
    # html.parser raises AssertionError on these (Python 3.11), where the text read so far is kept.
    for declaration in ("<![foo[ bar", "<![ x ]]>"):
        text = html_to_text(f"<p>Before the declaration.</p>{declaration}")
        assert text.startswith("Before the declaration."), declaration


LAYOUT = Path(__file__).parent / "data" / "layout-table"


@pytest.mark.parametrize(
    ("page", "first", "last"),
    [
        (
            "pt-blog.html",
            "Pedra Azul do Sul e a enchente anunciada",
            "vão continuar dormindo de olho no ribeirão a cada temporal.",
        ),
        (
            "ja-blog.htm",
            "雪解けの春に道が消えた 山代町・奥沢地区の孤立を考える",
            "予算の順番待ちのまま春を迎えさせる仕組みそのものを見直すべきではないか。",
        ),
    ],
)
def test_a_page_laid_out_in_a_table_is_read_as_its_story(page: str, first: str, last: str) -> None:
    # Two blog pages (from the held-out calibration/multi17) laid out in one table: menu, story
    # (paragraphs apart by <br><br>), "most read" box and footer each a cell. Read as a table,
    # the page was one line per row: the menus and footer in the story's text, its paragraphs one.
    extracted = extract_page((LAYOUT / page).read_bytes().decode("utf-8"))
    assert extracted is not None
    lines = extracted.text.split("\n")
    assert lines[0] == first
    assert lines[-1].endswith(last)
    assert len(lines) >= 6
    assert not any(line.startswith("|") for line in lines)
