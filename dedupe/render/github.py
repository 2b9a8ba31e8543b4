"""``dedupe check`` as GitHub Actions workflow commands: an annotation on each newer article."""

from __future__ import annotations

from dedupe.check import CheckResult, Status, describe, location
from dedupe.render.safe import safe_line


def _data(text: str) -> str:
    # Line breaks are escaped as the workflow commands want; other controls are shown (``safe``).
    escaped = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return safe_line(escaped)


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(result: CheckResult) -> str:
    """``::error`` for failing pairs, ``::notice`` for pairs below ``--fail-on`` and stale entries."""
    lines = []
    for status, command in ((Status.FAIL, "error"), (Status.INFO, "notice")):
        for finding in result.with_status(status):
            relation = finding.pair.relation.value
            title = f"dedupe: {relation}" if status is Status.FAIL else f"dedupe: {relation} (below --fail-on)"
            # An annotation is on a file: one of several articles in it (a feed item, a JSON Lines
            # record) is named in the message.
            where = location(finding.newer)
            message = describe(finding) if where == finding.newer.path else f"{where}: {describe(finding)}"
            lines.append(f"::{command} file={_property(finding.newer.path)},title={_property(title)}::{_data(message)}")
    for stale in result.stale:
        entry = stale.entry
        message = f"{entry.a} + {entry.b} ({entry.relation.value}): {stale.reason}; drop it with --update-baseline"
        lines.append(f"::notice title={_property('dedupe: stale baseline entry')}::{_data(message)}")
    return "".join(line + "\n" for line in lines)
