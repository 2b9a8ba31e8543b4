"""The baseline: accepted pairs in a small, sorted, human-diffable JSON file, written atomically.

Each entry names both documents twice: by id (the path relative to the scanned folder) and by
content fingerprint, so that ``dedupe check`` can still recognise an accepted pair after a file
was renamed, and can tell when an accepted article was edited. One entry per line, sorted, so a
reviewer sees one added or removed line per pair in a diff.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dedupe.errors import InputError
from dedupe.models import DocumentInfo, Pair, Relation
from dedupe.render.json_output import json_escape_unencodable

BASELINE_VERSION = 1
_ENTRY_KEYS = ("a", "a_fingerprint", "b", "b_fingerprint", "relation", "score")


@dataclass(frozen=True)
class BaselineEntry:
    """One accepted pair (``a < b``) as it was when it was accepted."""

    a: str
    b: str
    a_fingerprint: str
    b_fingerprint: str
    relation: Relation
    score: float

    @property
    def key(self) -> tuple[str, str]:
        return (self.a, self.b)


@dataclass(frozen=True)
class Baseline:
    """Accepted pairs, sorted by their document ids."""

    entries: tuple[BaselineEntry, ...] = ()

    @classmethod
    def of(cls, entries: Iterable[BaselineEntry]) -> Baseline:
        """A baseline holding ``entries`` once each, sorted."""
        unique = {entry.key: entry for entry in entries}
        return cls(tuple(unique[key] for key in sorted(unique)))


def accept(pair: Pair, a: DocumentInfo, b: DocumentInfo) -> BaselineEntry:
    """The baseline entry that accepts ``pair`` between documents ``a`` and ``b``."""
    return BaselineEntry(
        a=pair.a,
        b=pair.b,
        a_fingerprint=a.fingerprint,
        b_fingerprint=b.fingerprint,
        relation=pair.relation,
        score=pair.score,
    )


def dump_baseline(baseline: Baseline) -> str:
    """The file's text: a version and one sorted entry per line."""
    lines = [
        json.dumps(
            {
                "a": e.a,
                "a_fingerprint": e.a_fingerprint,
                "b": e.b,
                "b_fingerprint": e.b_fingerprint,
                "relation": e.relation.value,
                "score": e.score,
            },
            ensure_ascii=False,
        )
        for e in baseline.entries
    ]
    body = ",\n    ".join(lines)
    accepted = f"[\n    {body}\n  ]" if lines else "[]"
    text = f'{{\n  "version": {BASELINE_VERSION},\n  "accepted": {accepted}\n}}\n'
    # A name that is not UTF-8 (a lone surrogate) is written as a JSON escape: the same value.
    return text if text.isascii() else json_escape_unencodable(text, "utf-8")


def parse_baseline(text: str, source: str) -> Baseline:
    """Read a baseline file's text; ``source`` names it in error messages."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"{source}: baseline is not valid JSON ({error.msg}, line {error.lineno})") from None
    except RecursionError:  # arrays nested thousands deep: not a baseline, and no reason to crash
        raise InputError(
            f"{source}: not a dedupe baseline (nested too deeply); recreate it with --update-baseline"
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("accepted"), list):
        raise InputError(f"{source}: not a dedupe baseline (no 'accepted' list); recreate it with --update-baseline")
    if data.get("version") != BASELINE_VERSION:
        raise InputError(
            f"{source}: baseline version {data.get('version')!r} is not {BASELINE_VERSION}; "
            "recreate it with --update-baseline"
        )
    return Baseline.of(_entry(item, source, number) for number, item in enumerate(data["accepted"], start=1))


def _entry(item: Any, source: str, number: int) -> BaselineEntry:
    where = f"{source}: accepted entry {number}"
    if not isinstance(item, dict) or any(key not in item for key in _ENTRY_KEYS):
        raise InputError(f"{where} needs the keys {', '.join(_ENTRY_KEYS)}")
    if not all(isinstance(item[key], str) for key in ("a", "a_fingerprint", "b", "b_fingerprint")):
        raise InputError(f"{where}: ids and fingerprints must be strings")
    try:
        relation = Relation(item["relation"])
    except ValueError:
        choices = ", ".join(r.value for r in Relation)
        raise InputError(f"{where}: relation {item['relation']!r} is not one of {choices}") from None
    score = item["score"]
    if isinstance(score, bool) or not isinstance(score, int | float):
        raise InputError(f"{where}: score must be a number")
    a, b, a_fp, b_fp = item["a"], item["b"], item["a_fingerprint"], item["b_fingerprint"]
    if a > b:  # hand-edited files may list a pair either way round
        a, b, a_fp, b_fp = b, a, b_fp, a_fp
    return BaselineEntry(a=a, b=b, a_fingerprint=a_fp, b_fingerprint=b_fp, relation=relation, score=float(score))


def load_baseline(path: str | Path) -> Baseline:
    """Read a baseline file; a missing or malformed file is an input error saying how to fix it."""
    try:
        # utf-8-sig: a baseline saved by an editor that writes a byte-order mark reads as it was.
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"baseline {path} does not exist; create it with --update-baseline {path}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"baseline {path} is unreadable ({error})") from None
    return parse_baseline(text, str(path))


def save_baseline(baseline: Baseline, path: str | Path) -> None:
    """Write the baseline atomically: a temporary file in the same folder, then ``os.replace``.

    A reader (or a crash mid-write) sees either the old file or the new one, never half of one;
    however the write ends short (an error, Ctrl-C), the temporary file is removed.
    """
    # A baseline that is a symbolic link (to a shared copy) is rewritten where it points: the
    # link stays a link.
    target = Path(os.path.realpath(path))
    try:
        info = target.stat()
    except FileNotFoundError:
        mode = 0o644
    except OSError as error:
        raise InputError(f"cannot write baseline {target} ({error.strerror})") from None
    else:
        if not stat.S_ISREG(info.st_mode):
            # A device or a pipe (/dev/full, /dev/stdout) would be replaced by the new file.
            raise InputError(f"cannot write baseline {target} (not a regular file)")
        mode = info.st_mode & 0o777
    text = dump_baseline(baseline)
    temporary: Path | None = None
    try:
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=target.parent, prefix=f".{target.name}.", suffix=".tmp", delete=False
        ) as handle:
            temporary = Path(handle.name)
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
        temporary = None  # it is the baseline now
    except OSError as error:
        raise InputError(f"cannot write baseline {target} ({error.strerror})") from None
    finally:
        # Not only on OSError: Ctrl-C (KeyboardInterrupt, or the entry point's Interrupted) or
        # any other exception mid-write must not leave ".baseline.json.*.tmp" files behind.
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()
