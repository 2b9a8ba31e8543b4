"""Shared fixtures: every test runs isolated (temporary cwd, clean environment), plus repo data paths."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

TESTS_DIR = Path(__file__).resolve().parent
# The repo's own seeds, found relative to this file: tests never read ../shared.
SEEDS_DIR = TESTS_DIR.parent / "seeds"
CASES_DIR = TESTS_DIR / "data" / "cases"

# Variables that change how rich and click render output; a test must not inherit them.
_RENDERING_VARIABLES = (
    "NO_COLOR",
    "FORCE_COLOR",
    "CLICOLOR",
    "CLICOLOR_FORCE",
    "TTY_COMPATIBLE",
    "TTY_INTERACTIVE",
    "COLUMNS",
    "LINES",
    "TERM",
)

# The pipeline takes tens of milliseconds per example, unevenly on shared machines: no deadline.
# CI (the CI variable set, as .ci/run does) runs the same examples every time.
settings.register_profile("dev", deadline=None)
settings.register_profile(
    "ci", deadline=None, derandomize=True, database=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Run every test in its own empty working directory with a predictable environment."""
    for name in _RENDERING_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name in list(os.environ):
        if name.startswith("DEDUPE_"):
            monkeypatch.delenv(name)
    # Wide enough that rich never truncates a seed's id in a table.
    monkeypatch.setenv("COLUMNS", "200")
    # Anything the tool might cache or configure per user stays inside the test's directory.
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    yield work


@pytest.fixture
def seeds(isolated: Path) -> Path:
    """A copy of the repo's seeds/ folder, README included, as ``seeds/`` in the working directory."""
    target = isolated / "seeds"
    shutil.copytree(SEEDS_DIR, target)
    return target
