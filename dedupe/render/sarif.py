"""``dedupe check`` as SARIF 2.1.0, for code-scanning services: one result per failing pair.

Each result is reported on the newer article (later date, else the pair's ``b``), with the
older one as a related location that the message links to. The rule id is the relation.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

from dedupe import __version__
from dedupe.check import RELATION_VERB, CheckResult, Finding, location
from dedupe.models import DocumentInfo, Relation

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

# Rule id → (name, short description, full description), in the order of Relation.
RULES: dict[Relation, tuple[str, str, str]] = {
    Relation.EXACT: (
        "ExactCopy",
        "Article is an exact copy of another",
        "The two articles are identical after normalisation (Unicode, case, quotes, dashes, whitespace).",
    ),
    Relation.NEAR_DUPLICATE: (
        "NearDuplicate",
        "Article is a near-duplicate of another",
        "The same text as another article with edits, added boilerplate or trimming.",
    ),
    Relation.REWRITE: (
        "Rewrite",
        "Article is a rewrite of another",
        "The same article as another, paraphrased: most sentences of both sides align, in order.",
    ),
    Relation.PARTIAL: (
        "PartialReuse",
        "Article reuses part of another",
        "A substantial part of one article is taken verbatim from the other.",
    ),
}
_HELP = (
    "If the copy is intended (syndication, a correction), accept it with "
    "`dedupe check PATH... --update-baseline FILE` and commit the baseline; otherwise rewrite or "
    "remove the newer article."
)


def artifact_uri(path: str, cwd: str | None = None) -> str:
    """A URI reference for a path: relative to the checkout (the nearest folder up from ``cwd``,
    default the current one, that holds ``.git``; else ``cwd``), which code scanning resolves
    them against, whichever of its folders the check ran in (``../content/a.txt`` from a
    subfolder named nothing there), an absolute path inside it too; a path outside it as a file
    URI."""
    here = os.path.abspath(cwd if cwd is not None else _working_folder())
    root = _checkout(here)
    full = os.path.normpath(os.path.join(here, path))
    if os.path.commonpath((full, root)) != root:
        return Path(full).as_uri()
    # Percent-encoded bytes: a name that is not UTF-8 is written as the bytes it is on disk.
    return quote(Path(os.path.relpath(full, root)).as_posix().encode("utf-8", "surrogateescape"))


def _working_folder() -> str:
    """The current folder as the shell names it (``$PWD``, through a symlink into the checkout)
    when that is the same folder, else as the system does (symlinks resolved: outside the
    checkout, whose ``.git`` would then not be found)."""
    logical, physical = os.environ.get("PWD", ""), os.getcwd()
    try:
        if os.path.isabs(logical) and os.path.samefile(logical, physical):
            return logical
    except OSError:
        pass
    return physical


@functools.lru_cache(maxsize=16)
def _checkout(folder: str) -> str:
    """The nearest folder from ``folder`` up that holds ``.git``, else ``folder`` itself."""
    for candidate in (folder, *map(str, Path(folder).parents)):
        if os.path.exists(os.path.join(candidate, ".git")):
            return candidate
    return folder


def _location(doc: DocumentInfo) -> dict[str, Any]:
    return {"physicalLocation": {"artifactLocation": {"uri": artifact_uri(doc.path)}, "region": {"startLine": 1}}}


def _rule(relation: Relation) -> dict[str, Any]:
    name, short, full = RULES[relation]
    return {
        "id": relation.value,
        "name": name,
        "shortDescription": {"text": short},
        "fullDescription": {"text": full},
        "help": {"text": _HELP},
        "defaultConfiguration": {"level": "error"},
    }


def _link_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def _result(finding: Finding, rule_index: dict[Relation, int]) -> dict[str, Any]:
    newer, older, pair = finding.newer, finding.older, finding.pair
    verb = RELATION_VERB[pair.relation]
    # "[text](1)" links the message to relatedLocations[id=1] in viewers that render SARIF.
    message = f"{verb[0].upper()}{verb[1:]} [{_link_text(location(older))}](1) (score {round(pair.score, 4)})."
    if location(newer) != newer.path:  # one of several articles of the file: say which
        message = (
            f"{_link_text(location(newer))}: {verb} [{_link_text(location(older))}](1) (score {round(pair.score, 4)})."
        )
    # A name that is not UTF-8 (a lone surrogate) hashed as the bytes it was read from.
    ids = f"{pair.a}\x1f{pair.b}".encode("utf-8", "surrogatepass")
    return {
        "ruleId": pair.relation.value,
        "ruleIndex": rule_index[pair.relation],
        "level": "error",
        "message": {"text": message},
        "locations": [_location(newer)],
        "relatedLocations": [{"id": 1, **_location(older), "message": {"text": f"earlier article {location(older)}"}}],
        "partialFingerprints": {"dedupePair/v1": hashlib.sha256(ids).hexdigest()[:32]},
        "properties": {"a": pair.a, "b": pair.b, "relation": pair.relation.value, "score": pair.score},
    }


def sarif_log(result: CheckResult) -> dict[str, Any]:
    """The SARIF log as a dict: one run, every relation as a rule, one result per failing pair."""
    relations = list(Relation)
    rule_index = {relation: index for index, relation in enumerate(relations)}
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "dedupe",
                        "version": __version__,
                        "rules": [_rule(relation) for relation in relations],
                    }
                },
                "results": [_result(finding, rule_index) for finding in result.failing],
            }
        ],
    }


def render_sarif(result: CheckResult) -> str:
    """The SARIF log as indented JSON."""
    return json.dumps(sarif_log(result), ensure_ascii=False, indent=2) + "\n"
