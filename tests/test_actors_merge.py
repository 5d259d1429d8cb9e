"""Merging actors across articles: the examples/1x_* articles speak of the same people and states."""

from __future__ import annotations

from pathlib import Path

import pytest

from propos.extraction.actors.merge import merge_actors
from propos.model import Actor, AnalysisDocument

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(autouse=True)
def private_kb(tmp_path, monkeypatch):
    """Saved corrections live beside the knowledge base: each test gets its own, empty."""
    monkeypatch.setenv("PROPOS_KB", str(tmp_path / "kb.jsonl"))


def _document(doc_id: str, *actors: Actor) -> AnalysisDocument:
    return AnalysisDocument(id=doc_id, language="fr", text="", pipeline_version="test", actors=list(actors))


def _per(name: str) -> Actor:
    return Actor(id="per:" + name.lower().replace(" ", "-"), name=name, type="PER")


@pytest.fixture(scope="module")
def example_documents(analyzer):
    from propos.input.readers import read_sources

    docs = [analyzer.analyze_article(article, date="2024-06-07")
            for article in read_sources(sorted(EXAMPLES.glob("1[0-9]_*.txt")))]
    assert len(docs) >= 2
    return docs


def test_examples_merge_surnames_and_governments(example_documents):
    merged = merge_actors(example_documents)
    names = [a.name for a in merged.actors]
    assert names.count("Joe Biden") == 1 and "Biden" not in names
    assert names.count("Volodymyr Zelensky") == 1 and "Zelensky" not in names
    assert names.count("gouvernement russe") == 1
    zelensky = merged.actor("per:volodymyr-zelensky")
    assert any("only fit" in why for why in zelensky.merged_because)
    # every per-document id maps to a merged actor
    assert set(merged.ids.values()) <= {a.id for a in merged.actors}
    assert merged.ids[("12_washington_aide_kiev", "per:biden")] == "per:joe-biden"


def test_ambiguous_surname_is_not_merged():
    merged = merge_actors([_document("a", _per("Anne Martin")), _document("b", _per("Louis Martin")),
                           _document("c", _per("Martin"))])
    assert sorted(a.name for a in merged.actors) == ["Anne Martin", "Louis Martin", "Martin"]


def test_corrections_override_the_rules():
    docs = [_document("a", _per("Jean Dupont")), _document("b", _per("Dupont")), _document("c", _per("J. D."))]
    kept_apart = merge_actors(docs, different=[("per:jean-dupont", "per:dupont")])
    assert len(kept_apart.actors) == 3
    forced = merge_actors(docs, same=[("per:jean-dupont", "per:j.-d.")])
    assert [a.name for a in forced.actors] == ["Jean Dupont"]
    assert "J. D." in forced.actors[0].aliases


def test_saved_corrections_apply_to_later_merges():
    from typer.testing import CliRunner

    from propos.interfaces.cli import app

    docs = [_document("a", _per("Jean Dupont")), _document("b", _per("Dupont"))]
    assert len(merge_actors(docs).actors) == 1
    result = CliRunner().invoke(app, ["kb", "split", "per:jean-dupont", "per:dupont"])
    assert result.exit_code == 0, result.output
    assert len(merge_actors(docs).actors) == 2  # the correction survives: it is read at every merge
