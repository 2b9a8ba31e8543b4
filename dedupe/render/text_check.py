"""``dedupe check`` as plain text: one ``path: level: message`` line per pair, and the summary."""

from __future__ import annotations

from dedupe.check import CheckResult, Status, describe, location
from dedupe.render.safe import safe_line
from dedupe.wording import counted

_LEVEL = {Status.FAIL: "error", Status.INFO: "note"}


def render_check_text(result: CheckResult) -> str:
    """Failing pairs, then pairs below ``--fail-on``; accepted pairs are left out."""
    lines = []
    for status in (Status.FAIL, Status.INFO):
        for finding in result.with_status(status):
            lines.append(safe_line(f"{location(finding.newer)}: {_LEVEL[status]}: {describe(finding)}"))
    return "".join(line + "\n" for line in lines)


def render_check_summary(result: CheckResult) -> str:
    """The closing lines for stderr: counts, stale baseline entries, the verdict."""
    scope = counted(result.documents, "document")
    if result.changed is not None:
        scope += f" ({len(result.changed)} changed)"
    failing = len(result.failing)
    lines = [
        f"{scope}: {counted(failing, 'failing pair')} ({result.fail_on.value} or stronger), "
        f"{len(result.with_status(Status.ACCEPTED))} accepted by the baseline, "
        f"{len(result.with_status(Status.INFO))} below --fail-on"
    ]
    for stale in result.stale:
        entry = stale.entry
        lines.append(safe_line(f"stale baseline entry: {entry.a} + {entry.b} ({entry.relation.value}): {stale.reason}"))
    if result.stale:
        lines.append("drop stale entries with --update-baseline")
    lines.append("check failed" if failing else "check passed")
    return "".join(line + "\n" for line in lines)
