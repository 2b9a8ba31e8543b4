"""Option defaults from ``.dedupe.toml`` or ``[tool.dedupe]`` in ``pyproject.toml``.

The search starts in the current directory and goes up to the first folder holding ``.git``
(or the filesystem root). The nearest folder with either file wins; in one folder
``.dedupe.toml`` wins over ``pyproject.toml``, and a ``pyproject.toml`` without a
``[tool.dedupe]`` table is passed over. Keys are the long option names (``fail-on``,
``copy-threshold``, ``paths`` for the PATHS argument); a sub-table named after a command
(``[tool.dedupe.check]``) applies to that command only. Command-line flags override them all.
This module knows nothing of click: the CLI tells it which keys each command takes.
"""

from __future__ import annotations

import difflib
import json
import os
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dedupe.errors import ConfigError

DEDICATED_FILE = ".dedupe.toml"
PYPROJECT_FILE = "pyproject.toml"


@dataclass(frozen=True)
class ConfigKey:
    """A key a command accepts: the parameter it sets, whether it holds a path or several, and the
    TOML type of its value: ``bool``, ``int`` or ``float`` (an integer is a number too); a path is
    a string; ``None`` leaves the value to the option's own conversion (a choice of strings)."""

    param: str
    is_path: bool = False
    many: bool = False
    kind: type | None = None


_KIND_NAMES = {bool: "true or false", int: "an integer", float: "a number", str: "a string"}


@dataclass(frozen=True)
class ConfigFile:
    """The values found, or none: ``shared`` for every command, ``commands`` for one each."""

    path: Path | None = None
    shared: Mapping[str, Any] = field(default_factory=dict)
    commands: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    @property
    def table(self) -> str:
        """How the file's table is named in messages."""
        if self.path is not None and self.path.name == PYPROJECT_FILE:
            return "[tool.dedupe]"
        return "the top level"


def _read_toml(path: Path) -> dict[str, Any]:
    """The file's TOML; a UTF-8 byte-order mark (some editors write one) is not part of it."""
    try:
        text = path.read_bytes().removeprefix(b"\xef\xbb\xbf").decode("utf-8")
        return tomllib.loads(text)
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: invalid TOML (not UTF-8 text)") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML ({error})") from None
    except OSError as error:
        raise ConfigError(f"{path}: unreadable ({error.strerror})") from None


def find_config(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The nearest config file at or above ``start`` and its dedupe table, if any."""
    for folder in (start, *start.parents):
        dedicated = folder / DEDICATED_FILE
        if dedicated.is_file():
            return dedicated, _read_toml(dedicated)
        pyproject = folder / PYPROJECT_FILE
        if pyproject.is_file():
            tool = _read_toml(pyproject).get("tool", {})
            if isinstance(tool, dict) and "dedupe" in tool:
                table = tool["dedupe"]
                if not isinstance(table, dict):
                    raise ConfigError(f"{pyproject}: [tool.dedupe] must be a table")
                return pyproject, table
        if (folder / ".git").exists():
            break
    return None


def load_config(start: Path, commands: Iterable[str]) -> ConfigFile:
    """Read the nearest config file; sub-tables must be named after one of ``commands``."""
    found = find_config(start)
    if found is None:
        return ConfigFile()
    path, table = found
    names = set(commands)
    shared: dict[str, Any] = {}
    per_command: dict[str, dict[str, Any]] = {}
    for key, value in table.items():
        if isinstance(value, dict):
            if key not in names:
                commands_list = ", ".join(sorted(names))
                raise ConfigError(f"{path}: unknown table '{key}'; tables are named after a command ({commands_list})")
            per_command[key] = value
        else:
            shared[key] = value
    return ConfigFile(path, shared, per_command)


def _unknown(config: ConfigFile, key: str, known: Iterable[str], where: str) -> ConfigError:
    close = difflib.get_close_matches(key, list(known), n=1)
    hint = f"; did you mean '{close[0]}'?" if close else ""
    return ConfigError(f"{config.path}: unknown key '{key}' in {where}{hint}")


def _is_kind(value: Any, kind: type) -> bool:
    if isinstance(value, str):  # read by the option as from the command line ("0.5", "high")
        return True
    if isinstance(value, bool):  # a bool is an int to Python, never a number in TOML
        return kind is bool
    return isinstance(value, int | float) if kind is float else isinstance(value, kind)


def _check_type(config: ConfigFile, key: str, value: Any, spec: ConfigKey) -> None:
    """A ``ConfigError`` naming the file and the key when ``value`` is not of the key's type.

    A string is left to the option, which reads it as it reads the command line. Any other
    value left to it could pass with the wrong type (``true`` is the number 1 to click, ``1.5``
    the integer 1, a number a path) and fail later, far from the file."""
    kind = str if spec.is_path else spec.kind
    items = value if spec.many and isinstance(value, list) else [value]
    if spec.is_path and any(isinstance(item, str) and not item.strip() for item in items):
        # (It would be read as the config file's own folder.)
        raise ConfigError(f"{config.path}: {key} = {value!r}: an empty file name")
    if kind is None or all(_is_kind(item, kind) for item in items):
        return
    expected = _KIND_NAMES[kind] + (" or a list of them" if spec.many else "")
    raise ConfigError(f"{config.path}: {key} = {value!r}: must be {expected}")


def _resolve(value: Any, spec: ConfigKey, base: Path, cwd: Path) -> Any:
    if spec.many and isinstance(value, str):
        value = [value]
    if not spec.is_path:
        return value

    # Paths in a config file are relative to its folder, wherever dedupe is run from.
    def relative(item: Any) -> Any:
        if not isinstance(item, str) or item == "-" or os.path.isabs(item):
            return item
        return os.path.relpath(base / item, cwd)

    return [relative(item) for item in value] if isinstance(value, list) else relative(value)


def default_map(
    config: ConfigFile, known: Mapping[str, Mapping[str, ConfigKey]], cwd: Path
) -> dict[str, dict[str, Any]]:
    """Per command, parameter name → default, from the file. An unknown key, or a value of the
    wrong type, is a ``ConfigError``.

    ``known`` maps each command to the keys it accepts. A shared key applies to every command
    that accepts it and must be accepted by at least one.
    """
    if config.path is None:
        return {}
    base = config.path.parent
    every_key = {key for keys in known.values() for key in keys}
    defaults: dict[str, dict[str, Any]] = {}
    for raw_key in config.shared:
        key = raw_key.replace("_", "-")
        if key not in every_key:
            raise _unknown(config, raw_key, every_key, config.table)
    for command, keys in known.items():
        values: dict[str, Any] = {}
        table = config.commands.get(command, {})
        where = f"[tool.dedupe.{command}]" if config.table == "[tool.dedupe]" else f"[{command}]"
        for raw_key in table:
            if raw_key.replace("_", "-") not in keys:
                raise _unknown(config, raw_key, keys, where)
        for raw_key, value in [*config.shared.items(), *table.items()]:
            spec = keys.get(raw_key.replace("_", "-"))
            if spec is not None:
                _check_type(config, raw_key, value, spec)
                values[spec.param] = _resolve(value, spec, base, cwd)
        if values:
            defaults[command] = values
    return defaults


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)  # a TOML basic string is a JSON string


def format_settings(command: str, rows: Iterable[tuple[str, Any, str]], config: ConfigFile) -> str:
    """Effective settings as a ``.dedupe.toml`` table, each line commented with its source.

    ``rows`` holds (key, value, source); a ``None`` value is shown as unset.
    """
    origin = str(config.path) if config.path is not None else "none found"
    lines = [f"# effective settings of `dedupe {command}` (config file: {origin})", f"[{command}]"]
    entries = []
    for key, value, source in rows:
        if value is None or value == ():
            entries.append((f"# {key} is not set", source))
        else:
            entries.append((f"{key} = {_toml_value(value)}", source))
    width = max((len(text) for text, _ in entries), default=0)
    lines += [f"{text.ljust(width)}  # {source}" for text, source in entries]
    return "\n".join(lines) + "\n"
