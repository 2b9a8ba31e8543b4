"""Nothing read from the input drives the terminal: escape sequences and other control characters
in titles, ids, file names, passages and warnings are shown, one for one (``render/safe.py``)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from dedupe.cli import main
from dedupe.render.safe import safe_line, safe_text

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_18cf876f3e1eab20.txt"
ESCAPES = "\x1b[2J\x1b[H\x1b]0;PWNED\x07\x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\\x9b31m\u202e"
UNSAFE = {chr(c) for c in [*range(0x20), 0x7F, *range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A)]}


def test_controls_are_shown_one_for_one() -> None:
    assert safe_line("a\x1b[2Jb\x07\x9b\u202ec\td\ne") == "a␛[2Jb␇\ufffd\ufffdc␉d␊e"
    assert safe_text("a\x1b[2Jb\tc\nd\x7f") == "a␛[2Jb\tc\nd␡"
    assert safe_line("Zürich 東京 مرحبا \u200d\u200c") == "Zürich 東京 مرحبا \u200d\u200c"  # joiners stay


@given(st.text())
def test_nothing_unsafe_is_left_and_offsets_hold(text: str) -> None:
    line, running = safe_line(text), safe_text(text)
    assert len(line) == len(running) == len(text)
    assert not UNSAFE & set(line)
    assert not (UNSAFE - {"\t", "\n"}) & set(running)


def _feed(folder: Path) -> Path:
    body = SEED.read_text(encoding="utf-8").split("---", 2)[2]
    folder.mkdir()
    with (folder / "feed.jsonl").open("w", encoding="utf-8") as out:
        out.write(json.dumps({"id": "x" + ESCAPES, "title": ESCAPES + "fake", "text": body + ESCAPES}) + "\n")
        out.write(json.dumps({"id": "2", "title": "ok", "text": body + "\n\nmore text here."}) + "\n")
    return folder


def test_scan_and_check_show_the_escapes_of_a_feed_s_titles_and_ids(tmp_path: Path) -> None:
    folder = _feed(tmp_path / "feed")
    for command in (["scan", str(folder)], ["scan", str(folder), "--show-diffs"], ["check", str(folder)]):
        result = CliRunner().invoke(main, [*command, "--quiet"], env={"COLUMNS": "200"})
        assert result.exit_code in (0, 1), result.output
        assert not UNSAFE - {"\n"} & set(result.stdout), command
        assert "␛[2J" in result.stdout, command
    github = CliRunner().invoke(main, ["check", str(folder), "--quiet", "--format", "github"])
    assert github.exit_code == 1
    assert not UNSAFE - {"\n"} & set(github.stdout)
    assert "feed.jsonl#x␛[2J" in github.stdout


def test_a_crlf_file_shows_no_carriage_returns_in_its_passages(tmp_path: Path) -> None:
    body = SEED.read_text(encoding="utf-8").split("---", 2)[2]
    (tmp_path / "a.txt").write_bytes(body.replace("\n", "\r\n").encode("utf-8"))
    (tmp_path / "b.txt").write_text(body, encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert result.exit_code == 0, result.output
    assert "␍" not in result.stdout and "\r" not in result.stdout


def test_diff_shows_the_escapes_of_the_text(tmp_path: Path) -> None:
    body = SEED.read_text(encoding="utf-8").split("---", 2)[2]
    (tmp_path / "a.txt").write_text(body, encoding="utf-8")
    (tmp_path / "b.txt").write_text(body.replace(". ", ". \x1b]0;PWNED\x07", 3), encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert result.exit_code == 0, result.output
    assert not UNSAFE - {"\n"} & set(result.stdout)
    assert "␛]" in result.stdout and "PWNED" in result.stdout


def test_a_warning_shows_the_escapes_of_a_file_name(tmp_path: Path) -> None:
    (tmp_path / "bin\x1b]0;X\x07.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = CliRunner().invoke(main, ["scan", str(tmp_path), "--quiet"])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"warning: {tmp_path}/bin␛]0;X␇.txt: binary file")
    assert not UNSAFE - {"\n"} & set(result.stderr)
