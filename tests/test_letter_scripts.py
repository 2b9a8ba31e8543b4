"""Held-out agency items in scripts and typography the labelled sets had not shown
(``calibration/feeds5``, ``calibration/multi13``; written by helpers who never saw the code).

- ``tests/data/thai-items``: two Thai News Agency items of different formulas (a flood warning, a
  search for a missing woman). Thai writes no full stops, so each paragraph is one sentence, and
  the single Thai letters that sentence grams of unspaced scripts held (a letter is in nearly every
  paragraph) made the two align as a rewrite.
- ``tests/data/bengali-items``: three BSS flood warnings of one formula, each quoting its own
  engineer between single quotes; a Bengali word ends in a vowel sign (a mark, not a letter), so
  the closing quote was not seen, the statements were narrative and the items linked as rewrites.
- ``tests/data/arabic-clitic``: a MENA story and a blog condensing it that kept a shortened
  quotation, cut after the clitic glued to its first word ("فسلامة أبنائنا …" as "سلامة أبنائنا …"):
  not found, it was the blog's own quotation, and the blog no borrower.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from dedupe import kernels
from dedupe.cli import main
from dedupe.normalize import mark_single_quotes
from dedupe.shingle import token_grams

DATA = Path(__file__).parent / "data"


def _pairs(folder: str) -> list[tuple[str, str, str]]:
    files = sorted(str(path) for path in (DATA / folder).glob("*.txt"))
    result = CliRunner().invoke(main, ["scan", *files, "--format", "json", "--quiet"])
    assert result.exit_code == 0, result.output
    return [(p["a"], p["b"], p["relation"]) for p in json.loads(result.stdout)["pairs"]]


def test_a_bigram_of_a_script_of_letters_is_one_gram_and_of_han_or_kana_three() -> None:
    assert token_grams("สง", True) == ["สง"]
    assert token_grams("ບ້", True) == ["ບ້"]  # Lao: a letter and its tone mark
    assert token_grams("中国", True) == ["中国", "中", "国"]
    assert token_grams("カメ", True) == ["カメ", "カ", "メ"]


@pytest.mark.parametrize("text", ["สงขลาเฝ้าระวังน้ำท่วม 中国日报 カメラ ພາສາລາວ ភាសាខ្មែរ"])
def test_the_compiled_grams_equal_the_plain_ones(text: str) -> None:
    from dedupe.segment import segment

    seg = segment(text)
    cps, starts, ends = kernels.token_code_points(seg.tokens)
    compiled = kernels.gram_hashes(cps, starts, ends, True, 7)
    plain = kernels._gram_hashes_python(cps, starts, ends, True, 7)
    assert np.array_equal(compiled[0], plain[0])
    assert np.array_equal(compiled[1], plain[1])


def test_two_thai_items_of_different_formulas_do_not_align() -> None:
    assert _pairs("thai-items") == []


def test_a_single_quote_closes_after_a_vowel_sign() -> None:
    text = "প্রকৌশলী বলেন, 'আমরা বাঁধের ঝুঁকিপূর্ণ অংশে বালুর বস্তা ফেলছি'।"
    assert mark_single_quotes(text) == text.replace("'", '"')


def test_items_of_one_formula_each_quoting_its_own_engineer_do_not_link() -> None:
    assert _pairs("bengali-items") == []


def test_a_quotation_shortened_after_a_clitic_is_shared() -> None:
    assert _pairs("arabic-clitic") == [("blog.txt", "src.txt", "rewrite")]
    result = CliRunner().invoke(
        main, ["diff", str(DATA / "arabic-clitic" / "src.txt"), str(DATA / "arabic-clitic" / "blog.txt")]
    )
    assert "quotations: in both 1, only in A 2, only in B 0" in result.output


@pytest.mark.parametrize(
    ("quoted_a", "quoted_b"),
    [
        ("5 people were badly hurt", "15 people were badly hurt"),  # a digit
        ("He was in a coma", "She was in a coma"),  # two letters
        ("an hour was lost here", "Than hour was lost here"),
    ],
)
def test_a_different_first_word_is_no_clitic(tmp_path: Path, quoted_a: str, quoted_b: str) -> None:
    story = "The mayor spoke to reporters on Monday about the storm and the damage it left."
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(f'{story} "{quoted_a}," he said.\n', encoding="utf-8")
    b.write_text(f'{story} "{quoted_b}," she said.\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", str(a), str(b)])
    assert result.exit_code == 0, result.output
    assert "quotations: in both 0, only in A 1, only in B 1" in result.output


def test_a_headline_quotation_and_the_lead_quotation_after_it_are_two_and_the_first_no_own_quote() -> None:
    # tests/data/japanese-headline (held-out calibration/multi15, ja3): a Kyodo story on a found
    # manuscript and a blog condensing it. The blog's headline quotes a catchphrase of its own
    # (「もう一つの秋津冬彦」) and its lead opens with the story's quotation, shortened; with no
    # word between, the two were read as one quotation, found in neither, and the blog quoted
    # somebody the story does not: no borrower.
    assert _pairs("japanese-headline") == [("blog.txt", "src.txt", "rewrite")]
    folder = DATA / "japanese-headline"
    result = CliRunner().invoke(main, ["diff", str(folder / "src.txt"), str(folder / "blog.txt")])
    assert "quotations: in both 1, only in A 3, only in B 0" in result.output


def test_a_quotation_in_a_headline_that_is_a_sentence_counts(tmp_path: Path) -> None:
    story = "The council met on Monday to discuss the flood defences and the budget for next year."
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(f'"We will rebuild every single house," the mayor said.\n\n{story}\n', encoding="utf-8")
    b.write_text(f"Mayor promises to rebuild\n\n{story}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", str(a), str(b)])
    assert "quotations: in both 0, only in A 1, only in B 0" in result.output
    a.write_text(f'Mayor: "We will rebuild every single house"\n\n{story}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", str(a), str(b)])
    assert "quotations: in both 0, only in A 0, only in B 0" in result.output
