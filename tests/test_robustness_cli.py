"""Edge cases that must end in one line or silence and a documented exit code, never a traceback."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from datasketch import MinHashLSH

from dedupe.cli import main
from dedupe.errors import ExitCode
from dedupe.lsh import band_params
from tests.conftest import SEEDS_DIR

BBC = "000_18cf876f3e1eab20.txt"


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


# --- thresholds near 1 -----------------------------------------------------------------------


@pytest.mark.parametrize("num_perm", [16, 17, 128])
def test_every_threshold_up_to_1_has_a_banding_of_two_bands_or_more(num_perm: int) -> None:
    for step in range(80, 101):
        threshold = step / 100
        bands, rows = band_params(threshold, num_perm)
        assert bands >= 2 and rows >= 1 and bands * rows <= num_perm
        try:
            expected = MinHashLSH(threshold=threshold, num_perm=num_perm)
        except ValueError:  # datasketch's optimum is one band: the most rows two bands can have
            assert (bands, rows) == (2, num_perm // 2)
        else:
            assert (bands, rows) == (expected.b, expected.r)


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["--copy-threshold", "1"], id="copy-1"),
        pytest.param(["--copy-threshold", "0.99"], id="copy-0.99"),
        pytest.param(["--topic-threshold", "1"], id="topic-1"),
        pytest.param(["--copy-threshold", "0.9", "--num-perm", "16"], id="copy-0.9-16-perms"),
    ],
)
def test_thresholds_near_1_are_served(seeds: Path, args: list[str]) -> None:
    result = invoke("scan", "seeds", "--format", "json", "--quiet", *args)
    assert result.exit_code == ExitCode.SUCCESS
    assert result.stderr == ""
    assert json.loads(result.stdout)["stats"]["documents"] == 5


def test_a_copy_threshold_of_1_still_finds_exact_copies(isolated: Path) -> None:
    (isolated / "corpus").mkdir()
    shutil.copy(SEEDS_DIR / BBC, isolated / "corpus" / "a.txt")
    shutil.copy(SEEDS_DIR / BBC, isolated / "corpus" / "b.txt")
    result = invoke("scan", "corpus", "--format", "json", "--quiet", "--no-rewrites", "--copy-threshold", "1")
    assert result.exit_code == ExitCode.SUCCESS
    assert [(p["a"], p["b"], p["relation"]) for p in json.loads(result.stdout)["pairs"]] == [
        ("a.txt", "b.txt", "exact")
    ]


@pytest.mark.parametrize(("option", "value"), [("--copy-threshold", "1.01"), ("--topic-threshold", "0")])
def test_thresholds_outside_0_1_are_usage_errors(seeds: Path, option: str, value: str) -> None:
    result = invoke("scan", "seeds", option, value)
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr == f"error: {option[2:]} must be in (0, 1], got {float(value)}\n"
