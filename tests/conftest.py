"""Shared fixtures. Tests that read ../shared skip cleanly where it is absent, unless PROPOS_REQUIRE_SHARED=1
(CI), where its absence is a failure."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

import pytest

# Tests never read or write the user's own knowledge base or store.
_SANDBOX = Path(tempfile.mkdtemp(prefix="propos-tests-"))
os.environ["PROPOS_KB"] = str(_SANDBOX / "kb.jsonl")
os.environ["PROPOS_DB"] = str(_SANDBOX / "propos.sqlite3")

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PROPOS_SHARED", ROOT.parent / "shared"))
EXAMPLES = ROOT / "examples"


def iter_spans(node):
    """Every `{start, end, text}` span in a JSON analysis document (or any part of one)."""
    if isinstance(node, dict):
        if {"start", "end", "text"} <= node.keys():
            yield node
        for value in node.values():
            yield from iter_spans(value)
    elif isinstance(node, list):
        for value in node:
            yield from iter_spans(value)


def require_shared(relative: str = "") -> Path:
    path = SHARED / relative
    if not path.exists():
        if os.environ.get("PROPOS_REQUIRE_SHARED") == "1":
            pytest.fail(f"{path} is required (PROPOS_REQUIRE_SHARED=1) but missing")
        pytest.skip(f"{path} is absent (a clone outside the project's workspace)")
    return path


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return require_shared()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return require_shared("corpus/seed/000_dbf491fe7e5991d8.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def nlp():
    import propos

    return propos.load("fr")


@pytest.fixture
def verify_off(nlp):
    """The quotes component without its learned verifier, for the tests of what the rules find: the verifier's
    drops are scored in aggregate (`propos train quote-verifier`), and a made-up two-sentence article is not what
    it was trained to judge."""
    extractor = nlp.get_pipe("propos_quotes")
    extractor.verify = False
    yield extractor
    extractor.verify = True


@pytest.fixture(scope="session")
def quotes(nlp):
    """Quotations of a text, each checked to point into it (offsets are sacred)."""
    def run(text: str):
        doc = nlp(text)
        for q in doc._.quotes:
            assert text[q.content.start:q.content.end] == q.content.text
            if q.speaker is not None:
                assert text[q.speaker.start:q.speaker.end] == q.speaker.text
        return doc._.quotes

    return run


def dated_doc(nlp, text: str, date: str | None):
    """`text` run through `nlp` as an article published on `date` (ISO; None: undated)."""
    doc = nlp.make_doc(text)
    doc._.pub_date = date
    return nlp(doc)


@pytest.fixture
def no_user_kb(tmp_path, monkeypatch):
    """A user's own knowledge base must not change what a test sees."""
    monkeypatch.setenv("PROPOS_KB", str(tmp_path / "kb.jsonl"))


@pytest.fixture(scope="module")
def tag():
    """The time expressions propos_timex alone finds in a text published on `date` (Friday 7 June 2024 unless
    said otherwise), each checked to point into it (offsets are sacred)."""
    from propos.language.pipeline import build

    nlp = build("fr", components=("propos_timex",))

    def run(text: str, date: str | None = "2024-06-07"):
        doc = dated_doc(nlp, text, date)
        for timex in doc._.timexes:
            assert text[timex.span.start:timex.span.end] == timex.span.text
        return doc._.timexes

    return run


def find_quote(found, fragment: str):
    """The first quotation whose content holds `fragment` (failing with what was found instead)."""
    hits = [q for q in found if fragment in q.content.text]
    assert hits, f"no quotation containing {fragment!r} in {[q.content.text for q in found]}"
    return hits[0]


def two_quotes(found, first: str, second: str):
    """The quotations holding `first` and `second` (find_quote), which must be two, not one report."""
    one, other = find_quote(found, first), find_quote(found, second)
    assert one.id != other.id
    return one, other


def check_quote(found, fragment: str, **expected):
    """The quotation holding `fragment` (find_quote) has the `expected` content or speaker (their text), type or
    speaker_name, checked in the order given; it is returned."""
    q = find_quote(found, fragment)
    for field, value in expected.items():
        got = q.content.text if field == "content" else q.speaker.text if field == "speaker" else getattr(q, field)
        assert got == value, (field, q)
    return q


@pytest.fixture(scope="session")
def analyzer():
    from propos.analysis import Analyzer

    return Analyzer("fr")


@pytest.fixture(scope="session")
def seed_doc(analyzer, seed_text):
    from propos.input.article import RawArticle, title_from_text

    title, span = title_from_text(seed_text)
    article = RawArticle(id="seed", text=seed_text, title=title, title_span=span)
    return analyzer.analyze_article(article, date="2024-06-07")


def assert_training_is_deterministic(train, tmp_path, articles: int, seed: int) -> None:
    """A training command run twice on the first articles of the train split writes the same bytes."""
    pytest.importorskip("sklearn")
    lines = (ROOT / "gold" / "fr" / "train.jsonl").read_text(encoding="utf-8").splitlines()
    small = tmp_path / "small.jsonl"
    small.write_text("\n".join(lines[:articles]) + "\n", encoding="utf-8")
    train(small, tmp_path / "a", seed=seed)
    train(small, tmp_path / "b", seed=seed)
    for name in ("model.json", "scores.json", "training.jsonl.gz"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def assert_shipped_beside_its_data(model, model_dir: Path, command: str) -> dict:
    """A shipped learned piece was trained on the train split as it is now, with its training data, features
    and scores beside it; returns its scores."""
    assert model is not None, f"no model in {model_dir}: run `{command}`"
    for name in ("model.json", "scores.json", "features.json", "training.jsonl.gz"):
        assert (model_dir / name).exists(), name
    train = ROOT / "gold" / "fr" / "train.jsonl"
    assert model.meta["gold_sha256"] == hashlib.sha256(train.read_bytes()).hexdigest(), \
        f"gold/fr/train.jsonl changed: rebuild the model with `{command}`"
    return json.loads((model_dir / "scores.json").read_text(encoding="utf-8"))
