"""Invariants (hypothesis): normalising is idempotent, a text is exact with itself, clusters partition
their members, and the JSON report does not depend on the order inputs are found or given in."""

from __future__ import annotations

import random
import shutil
from dataclasses import fields
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from dedupe.cli import main
from dedupe.cluster import build_clusters
from dedupe.config import Settings
from dedupe.models import Article, DocumentInfo, Measures, Pair, Relation
from dedupe.normalize import normalize
from dedupe.prepare import prepare, sentence_grams
from dedupe.segment import tokens
from dedupe.shingle import TokenHasher
from dedupe.verify import align, classify, measure

# --- normalise twice == normalise once --------------------------------------------------------

# Every character UTF-8 can encode (all but surrogates): letters and marks of every script, compatibility characters,
# every kind of space, line and paragraph separators, control characters.
any_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=200)


@given(any_text)
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@given(any_text)
def test_normalize_keeping_case_is_idempotent(text: str) -> None:
    once = normalize(text, fold_case=False)
    assert normalize(once, fold_case=False) == once


# --- a document compared with itself ------------------------------------------------------------

_WORD_CHARS = st.characters(categories=("Lu", "Ll", "Lo", "Mn", "Nd"))
_words = st.text(alphabet=_WORD_CHARS, min_size=1, max_size=12)
_SEPARATORS = [" ", " ", " ", ", ", ". ", "! ", "? ", "\n", "。", "؟ ", "। ", ' "', '" ', " — "]


@st.composite
def article_texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(_words, min_size=1, max_size=80))
    parts = []
    for word in words:
        parts.append(word)
        parts.append(draw(st.sampled_from(_SEPARATORS)))
    return "".join(parts)


@given(article_texts())
def test_a_document_is_an_exact_copy_of_itself(text: str) -> None:
    settings_ = Settings()
    hasher = TokenHasher(settings_.seed)
    doc = prepare(Article(id="a.txt", path="a.txt", text=text), settings_, hasher)
    twin = prepare(Article(id="b.txt", path="b.txt", text=text), settings_, hasher)
    if not doc.words:  # only marks or separators: nothing to compare
        assert not tokens(normalize(text))
        return
    sentence_grams(doc, settings_, hasher)
    sentence_grams(twin, settings_, hasher)
    measures = measure(doc, twin, settings_, align(doc, twin))
    assert measures.jaccard == 1.0
    assert measures.containment_a == measures.containment_b == 1.0
    assert classify(doc, twin, measures, settings_) == (Relation.EXACT, 1.0)


# --- clusters partition their members -----------------------------------------------------------

_NODES = [f"doc{i:02d}.txt" for i in range(12)]
# Clustering never looks at measures; zeros for every field keep this test independent of their list.
_MEASURES = Measures(**{f.name: 0 for f in fields(Measures)})


@st.composite
def pair_graphs(draw: st.DrawFn) -> list[Pair]:
    edges = draw(
        st.dictionaries(
            st.tuples(st.sampled_from(_NODES), st.sampled_from(_NODES)).filter(lambda e: e[0] < e[1]),
            st.sampled_from(list(Relation)),
            max_size=25,
        )
    )
    return [Pair(a=a, b=b, relation=rel, score=1.0, measures=_MEASURES) for (a, b), rel in sorted(edges.items())]


def _components(pairs: list[Pair]) -> list[set[str]]:
    """Connected components of the links that merge clusters, by breadth-first search."""
    neighbours: dict[str, set[str]] = {}
    for pair in pairs:
        if pair.relation is not Relation.PARTIAL:
            neighbours.setdefault(pair.a, set()).add(pair.b)
            neighbours.setdefault(pair.b, set()).add(pair.a)
    seen: set[str] = set()
    components = []
    for start in sorted(neighbours):
        if start in seen:
            continue
        component, frontier = {start}, [start]
        while frontier:
            for other in neighbours[frontier.pop()] - component:
                component.add(other)
                frontier.append(other)
        seen |= component
        components.append(component)
    return components


@given(pair_graphs(), st.randoms(use_true_random=False))
def test_clusters_partition_their_members(pairs: list[Pair], rnd: random.Random) -> None:
    docs = {n: DocumentInfo(id=n, path=n, title="", words=rnd.randint(1, 500)) for n in _NODES}
    shuffled = list(pairs)
    rnd.shuffle(shuffled)
    clusters = build_clusters(shuffled, docs)

    members = [m for c in clusters for m in c.members]
    assert len(members) == len(set(members)), "a document is in two clusters"
    assert sorted(frozenset(c.members) for c in clusters) == sorted(frozenset(c) for c in _components(pairs))
    assert len({c.id for c in clusters}) == len(clusters)
    for cluster in clusters:
        assert list(cluster.members) == sorted(cluster.members)
        assert cluster.origin in cluster.members
        links = [p for p in pairs if p.a in cluster.members and p.relation is not Relation.PARTIAL]
        assert cluster.relation == min((p.relation for p in links), key=lambda r: r.strength)
    # Same links in another order: the same clusters.
    assert build_clusters(sorted(pairs, key=lambda p: (p.a, p.b)), docs) == clusters


# --- the report does not depend on input order ------------------------------------------------

# Sentences of two stories; documents drawn from them share sentences, so pairs and clusters form.
_POOL = [
    "The regional council approved a budget of 4.2 million euros for the new harbour wall on Thursday.",
    "Construction is expected to start in March and to last about eighteen months, officials said.",
    "Fishermen have asked for the wall for a decade after storms damaged boats in 2014 and 2019.",
    "The mayor told reporters that the project would protect three hundred jobs in the port.",
    "Opposition members voted against the plan, saying the cost had doubled since the first estimate.",
    "A public consultation drew more than 1,200 comments, most of them in favour of the project.",
    "Engineers will use local granite to match the old sea front, the council's report said.",
    "Heavy rain flooded the main road into the valley on Sunday night, cutting off two villages.",
    "Rescue teams used tractors to bring supplies to about sixty residents who stayed at home.",
    "The weather service recorded 110 millimetres of rain in twelve hours, a record for October.",
    "Power was restored to most homes by Monday afternoon, the electricity company said.",
    "The road is expected to reopen on Wednesday once engineers have checked the bridge at Millford.",
]
_NAMES = [f"{letter}{i}.txt" for letter in "abcdefgh" for i in range(3)]


@st.composite
def corpora(draw: st.DrawFn) -> dict[str, str]:
    names = draw(st.lists(st.sampled_from(_NAMES), min_size=2, max_size=6, unique=True))
    texts = {}
    for name in names:
        picks = draw(st.lists(st.integers(0, len(_POOL) - 1), min_size=3, max_size=10))
        texts[name] = "\n\n".join(_POOL[i] for i in picks)
    return texts


def _scan(*args: str) -> bytes:
    result = CliRunner().invoke(main, ["scan", *args, "--format", "json", "--quiet"])
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


def _write(folder: Path, texts: dict[str, str], order: list[str]) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    for name in order:
        (folder / name).write_text(texts[name], encoding="utf-8")


@settings(max_examples=15)
@given(corpora(), st.randoms(use_true_random=False))
def test_json_report_is_independent_of_input_order(texts: dict[str, str], rnd: random.Random) -> None:
    folder = Path("corpus")  # the test's own working directory (see conftest.isolated)
    names = sorted(texts)
    shuffled = list(names)
    rnd.shuffle(shuffled)

    _write(folder, texts, names)
    expected = _scan("corpus")
    _write(folder, texts, shuffled)  # files created in another order
    assert _scan("corpus") == expected
    # The files named one by one, in another order: same ids and paths, so the same report.
    assert _scan(*(f"corpus/{n}" for n in shuffled)) == expected
