"""UTF-8 text with a stray byte (a truncated last character, one byte of another encoding pasted
in) is read with that byte as U+FFFD and a warning, not skipped whole; text in a legacy encoding
is still detected as such (``encoding._damaged_utf8``)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from dedupe.cli import main
from dedupe.encoding import decode

GERMAN = (
    "Der Bürgermeister sagte, die Straße werde bis März gesperrt. Danach öffnet die Brücke für den Verkehr. "
    "Die Anwohner müssen Umwege über die Südstraße in Kauf nehmen, erklärte die Behörde.\n"
)


def test_one_stray_byte_in_utf8_is_replaced_not_the_whole_text_lost() -> None:
    data = GERMAN.encode("utf-8").replace(b" Danach", b" \xff Danach")
    decoded = decode(data)
    assert (decoded.encoding, decoded.replaced) == ("utf-8", 1)
    assert decoded.text == GERMAN.replace(" Danach", " \ufffd Danach")


def test_a_truncated_last_character_is_replaced() -> None:
    data = (GERMAN.strip() + " Köln").encode("utf-8") + "ö".encode()[:1]
    decoded = decode(data)
    assert (decoded.replaced, decoded.text[-5:]) == (1, "Köln\ufffd")


def test_two_stray_bytes_in_a_short_text_are_replaced_not_misread() -> None:
    text = GERMAN + GERMAN.replace("Danach", "Dann")  # 22 letters outside ASCII, 8 per stray byte
    data = text.encode("utf-8").replace(b" Danach", b" \xff Danach").replace(b" Dann", b" \xfe Dann")
    decoded = decode(data)
    assert (decoded.encoding, decoded.replaced) == ("utf-8", 2)
    assert "Brücke" in decoded.text


def test_legacy_encodings_are_still_detected() -> None:
    assert decode("café au lait is served in the morning with bread.\n".encode("cp1252")).replaced == 0
    assert decode(GERMAN.encode("cp1252")).text == GERMAN
    assert decode(GERMAN.encode("utf-8")).replaced == 0


def test_the_scan_reads_it_warns_naming_the_file_and_strict_says_so(tmp_path: Path) -> None:
    (tmp_path / "damaged.txt").write_bytes(GERMAN.encode("utf-8").replace(b" Danach", b" \xff Danach"))
    (tmp_path / "copy.txt").write_text(GERMAN, encoding="utf-8")
    result = CliRunner().invoke(main, ["scan", str(tmp_path), "--format", "json", "--quiet"])
    assert result.exit_code == 0, result.output
    assert result.stderr == f"warning: {tmp_path / 'damaged.txt'}: invalid UTF-8: 1 byte sequence(s) read as U+FFFD\n"
    report = json.loads(result.stdout)
    assert [d["id"] for d in report["documents"]] == ["copy.txt", "damaged.txt"]
    assert [(p["a"], p["b"]) for p in report["pairs"]] == [("copy.txt", "damaged.txt")]
    strict = CliRunner().invoke(main, ["scan", str(tmp_path), "--format", "json", "--quiet", "--strict"])
    assert strict.exit_code == 3


def test_json_and_html_with_a_stray_byte_warn_too(tmp_path: Path) -> None:
    damaged = GERMAN.replace(" Danach", " \udcff Danach")
    record = json.dumps({"id": "1", "title": "Brücke", "text": damaged}, ensure_ascii=False)
    (tmp_path / "a.json").write_bytes(record.encode("utf-8", "surrogateescape"))
    page = f"<html><head><title>Brücke</title></head><body><article><p>{damaged}</p></article></body></html>"
    (tmp_path / "b.html").write_bytes(page.encode("utf-8", "surrogateescape"))
    result = CliRunner().invoke(main, ["scan", str(tmp_path), "--format", "json", "--quiet"])
    assert result.exit_code == 0, result.output
    for name in ("a.json", "b.html"):
        assert f"warning: {tmp_path / name}: invalid UTF-8: 1 byte sequence(s) read as U+FFFD" in result.stderr
