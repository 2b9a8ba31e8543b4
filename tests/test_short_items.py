"""Short items (a feed's one-line summaries) do not link as rewrites on one or two aligned
sentences: "Bank of England holds rates at 5%" and "ECB holds rates at 4%" are other news."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from dedupe.cli import main

ITEMS = [
    (
        "Police arrest man after stabbing in Leeds",
        "Police have arrested a 34-year-old man after a stabbing in Leeds city centre on Saturday night.",
    ),
    (
        "Police arrest teenager after shooting in Bristol",
        "Police have arrested a 17-year-old boy after a shooting in a Bristol suburb on Sunday morning.",
    ),
    (
        "Storm Bert brings flooding to Wales",
        "Heavy rain from Storm Bert caused flooding across south Wales, with dozens of homes evacuated.",
    ),
    (
        "Storm Conall brings flooding to Kent",
        "Heavy rain from Storm Conall caused flooding across east Kent, with several roads closed.",
    ),
    (
        "Bank of England holds rates at 5%",
        "The Bank of England has held interest rates at 5% for the third month in a row.",
    ),
    ("ECB holds rates at 4%", "The European Central Bank has held interest rates at 4% for the second month in a row."),
]


def _feed(items: list[tuple[str, str]]) -> str:
    entries = "".join(
        f"<item><title>{title}</title><link>https://n.example/{k}</link><guid>n{k}</guid>"
        f"<description>{text}</description></item>"
        for k, (title, text) in enumerate(items)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>{entries}</channel></rss>'


def test_one_line_summaries_of_other_news_are_not_rewrites(tmp_path: Path) -> None:
    (tmp_path / "briefs.rss").write_text(_feed(ITEMS), encoding="utf-8")
    # A site's copy of one summary is still a copy.
    (tmp_path / "copy.txt").write_text(f"{ITEMS[4][0]}\n\n{ITEMS[4][1]}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["scan", str(tmp_path), "--format", "json", "--quiet"])
    assert result.exit_code == 0, result.output
    pairs = [(p["a"], p["b"], p["relation"]) for p in json.loads(result.stdout)["pairs"]]
    assert pairs == [("briefs.rss#n4", "copy.txt", "near-duplicate")]
