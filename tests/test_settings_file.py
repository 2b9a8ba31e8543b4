"""Option defaults from .dedupe.toml / [tool.dedupe]: discovery, precedence, errors, --show-config."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from dedupe.cli import config_keys, main
from dedupe.errors import ConfigError
from dedupe.settings_file import ConfigFile, ConfigKey, default_map, find_config, load_config
from tests.conftest import SEEDS_DIR

REWRITE = "003_c661afd7bc768f5b.txt"


@pytest.fixture
def project(isolated: Path) -> Path:
    """A repository (``.git`` stops the search) with the seeds in ``content/``."""
    (isolated / ".git").mkdir()
    (isolated / "content").mkdir()
    for seed in sorted(SEEDS_DIR.glob("*.txt")):
        shutil.copy(seed, isolated / "content" / seed.name)
    return isolated


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def dedupe(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


# The seeds hold one rewrite pair: `check` fails on it by default and passes with fail-on = exact.


def test_no_config_uses_built_in_defaults(project: Path) -> None:
    assert find_config(project) is None
    assert dedupe("check", "content", "-q").exit_code == 1


def test_pyproject_table(project: Path) -> None:
    write(project / "pyproject.toml", '[project]\nname = "site"\n\n[tool.dedupe]\nfail-on = "exact"\n')
    assert dedupe("check", "content", "-q").exit_code == 0


def test_a_config_saved_with_a_byte_order_mark_is_read(project: Path) -> None:
    # Some editors (Notepad) start UTF-8 files with one; it is no part of the TOML.
    (project / ".dedupe.toml").write_bytes(b'\xef\xbb\xbffail-on = "exact"\n')
    assert dedupe("check", "content", "-q").exit_code == 0
    (project / ".dedupe.toml").write_bytes(b'fail-on = "\xe9xact"\n')  # Latin-1, not UTF-8
    result = dedupe("check", "content", "-q")
    assert result.exit_code == 2
    assert "invalid TOML (not UTF-8 text)" in result.output


def test_flag_overrides_the_config(project: Path) -> None:
    write(project / "pyproject.toml", '[tool.dedupe]\nfail-on = "exact"\n')
    assert dedupe("check", "content", "-q", "--fail-on", "rewrite").exit_code == 1


def test_dedicated_file_wins_over_pyproject_in_the_same_folder(project: Path) -> None:
    write(project / "pyproject.toml", '[tool.dedupe]\nfail-on = "rewrite"\n')
    write(project / ".dedupe.toml", 'fail-on = "exact"\n')
    assert dedupe("check", "content", "-q").exit_code == 0


def test_nearest_folder_wins(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(project / ".dedupe.toml", 'fail-on = "exact"\n')
    write(project / "site" / "pyproject.toml", '[tool.dedupe]\nfail-on = "rewrite"\n')
    monkeypatch.chdir(project / "site")
    assert dedupe("check", "../content", "-q").exit_code == 1


def test_pyproject_without_a_dedupe_table_is_passed_over(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(project / ".dedupe.toml", 'fail-on = "exact"\n')
    write(project / "site" / "pyproject.toml", '[project]\nname = "site"\n')
    monkeypatch.chdir(project / "site")
    assert dedupe("check", "../content", "-q").exit_code == 0


def test_search_stops_at_the_repository_root(project: Path) -> None:
    write(project.parent / ".dedupe.toml", 'fail-on = "exact"\n')  # outside the repository
    assert find_config(project) is None
    assert dedupe("check", "content", "-q").exit_code == 1


def test_config_applies_to_scan_too(project: Path) -> None:
    write(project / ".dedupe.toml", 'format = "json"\nquiet = true\n')
    result = dedupe("scan", "content")
    assert result.exit_code == 0
    assert result.stderr == ""
    assert json.loads(result.stdout)["version"] == 1


def test_command_table_applies_to_that_command_only(project: Path) -> None:
    write(project / "pyproject.toml", '[tool.dedupe]\nquiet = true\n\n[tool.dedupe.check]\nformat = "github"\n')
    assert dedupe("check", "content").stdout.startswith(f"::error file=content/{REWRITE},")
    assert json.loads(dedupe("scan", "content", "--format", "json").stdout)["version"] == 1
    assert "Clusters" in dedupe("scan", "content").stdout


def test_paths_from_the_config_are_relative_to_its_folder(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(project / ".dedupe.toml", 'paths = ["content"]\n\n[check]\nbaseline = "accepted.json"\n')
    assert dedupe("check", "-q").exit_code == 3  # the configured baseline does not exist yet
    assert dedupe("check", "--update-baseline", "accepted.json").exit_code == 0
    assert dedupe("check", "-q").exit_code == 0
    (project / "sub").mkdir()
    monkeypatch.chdir(project / "sub")
    result = dedupe("check")
    assert result.exit_code == 0, result.output
    assert "1 accepted by the baseline" in result.stderr


def test_paths_given_as_one_string(project: Path) -> None:
    write(project / ".dedupe.toml", 'paths = "content"\n')
    assert dedupe("check", "-q").exit_code == 1


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ('fail_onn = "exact"\n', "unknown key 'fail_onn' in the top level; did you mean 'fail-on'?"),
        ("colour = true\n", "unknown key 'colour' in the top level"),
        ("[check]\nshingle-sise = 4\n", "unknown key 'shingle-sise' in [check]; did you mean 'shingle-size'?"),
        ('[scan]\nfail-on = "exact"\n', "unknown key 'fail-on' in [scan]"),
        ("[lint]\nquiet = true\n", "unknown table 'lint'; tables are named after a command"),
        ('fail-on = "similar"\n', "fail-on = 'similar': 'similar' is not one of"),
        ('format = "sarif"\n', "format = 'sarif': 'sarif' is not one of 'text', 'json', 'jsonl'"),  # scan has no sarif
        ('copy-threshold = "high"\n', "copy-threshold = 'high': 'high' is not a valid float"),
        ("changed = ['a.md']\n", "unknown key 'changed'"),  # per-run options are not configurable
        ("fail-on = \n", "invalid TOML"),
    ],
)
def test_config_errors_are_one_line_usage_errors(project: Path, config: str, message: str) -> None:
    write(project / ".dedupe.toml", config)
    result = dedupe("check", "content")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"error: {project / '.dedupe.toml'}: ")
    assert message in result.stderr
    assert result.stderr.count("\n") == 1


def test_pyproject_errors_name_the_table(project: Path) -> None:
    write(project / "pyproject.toml", "[tool.dedupe]\nfail_onn = 1\n")
    result = dedupe("check", "content")
    assert result.exit_code == 2
    assert "unknown key 'fail_onn' in [tool.dedupe]" in result.stderr


def test_underscores_are_accepted_for_dashes(project: Path) -> None:
    write(project / ".dedupe.toml", 'fail_on = "exact"\n')
    assert dedupe("check", "content", "-q").exit_code == 0


def test_show_config_prints_effective_settings_and_their_sources(project: Path) -> None:
    write(project / "pyproject.toml", '[tool.dedupe]\ncopy-threshold = 0.4\n\n[tool.dedupe.check]\nfail-on = "exact"\n')
    result = dedupe("check", "content", "--show-config", "--format", "sarif")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == f"# effective settings of `dedupe check` (config file: {project / 'pyproject.toml'})"
    assert lines[1] == "[check]"
    values = {line.split("#")[0].strip(): line.split("# ")[-1] for line in lines[2:]}
    assert values['paths = ["content"]'] == "command line"
    assert values['format = "sarif"'] == "command line"
    assert values['fail-on = "exact"'] == "pyproject.toml"
    assert values["copy-threshold = 0.4"] == "pyproject.toml"
    assert values["rewrites = true"] == "default"
    assert values["quiet = false"] == "default"
    assert values[""] == "default"  # "# baseline is not set"
    assert "# baseline is not set" in result.stdout


def test_show_config_needs_no_paths(project: Path) -> None:
    result = dedupe("check", "--show-config")
    assert result.exit_code == 0
    assert "(config file: none found)" in result.stdout
    assert "# paths is not set" in result.stdout


def test_default_map_directly(tmp_path: Path) -> None:
    config = ConfigFile(
        tmp_path / "repo" / ".dedupe.toml", {"paths": ["content"], "quiet": True}, {"check": {"fail-on": "exact"}}
    )
    known = {
        "scan": {"paths": ConfigKey("paths", is_path=True, many=True), "quiet": ConfigKey("quiet")},
        "check": {
            "paths": ConfigKey("paths", is_path=True, many=True),
            "quiet": ConfigKey("quiet"),
            "fail-on": ConfigKey("fail_on"),
        },
    }
    assert default_map(config, known, tmp_path / "repo" / "sub") == {
        "scan": {"paths": ["../content"], "quiet": True},
        "check": {"paths": ["../content"], "quiet": True, "fail_on": "exact"},
    }
    assert default_map(ConfigFile(), known, tmp_path) == {}


def test_load_config_rejects_a_non_table(project: Path) -> None:
    write(project / "pyproject.toml", '[tool]\ndedupe = "yes"\n')
    with pytest.raises(ConfigError, match=r"\[tool.dedupe\] must be a table"):
        load_config(project, ["check"])


def test_every_check_option_is_configurable_except_per_run_ones() -> None:
    keys = config_keys(main.commands["check"])
    assert {"paths", "format", "fail-on", "baseline", "copy-threshold", "rewrites", "quiet"} <= set(keys)
    assert not {"changed", "changed-from-stdin", "update-baseline", "show-config", "help"} & set(keys)
    assert keys["format"] == ConfigKey("output_format")
    assert keys["baseline"] == ConfigKey("baseline", is_path=True)
