"""The user's knowledge base: import from the command line, and analysed actors carrying its ids."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from conftest import dated_doc
from propos.extraction.actors.kb import import_kb, read_kb
from propos.interfaces.cli import app


def _write(path, rows):
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                    encoding="utf-8")


def test_cli_imports_entries_and_reports_bad_lines(tmp_path, monkeypatch):
    kb = tmp_path / "kb.jsonl"
    monkeypatch.setenv("PROPOS_KB", str(kb))
    source = tmp_path / "people.jsonl"
    _write(source, [{"id": "Q1", "name": "Clara Dufresne", "aliases": ["Dufresne"], "type": "PER",
                     "roles": ["maire de Lyon"]}, "{not json", {"name": "sans id"}])
    result = CliRunner().invoke(app, ["kb", "import", str(source)])
    assert result.exit_code == 0, result.output
    entries = read_kb(kb)
    assert [e.id for e in entries] == ["Q1"]
    assert entries[0].roles == ("maire de Lyon",)


def test_reimport_replaces_by_id(tmp_path):
    kb, source = tmp_path / "kb.jsonl", tmp_path / "a.jsonl"
    _write(source, [{"id": "Q1", "name": "Ancien nom", "type": "PER"}])
    import_kb(source, kb)
    _write(source, [{"id": "Q1", "name": "Nouveau nom", "type": "PER"}, {"id": "Q2", "name": "Autre", "type": "ORG"}])
    import_kb(source, kb)
    assert [(e.id, e.name) for e in read_kb(kb)] == [("Q1", "Nouveau nom"), ("Q2", "Autre")]


def test_analysed_actors_carry_kb_ids(nlp, tmp_path, monkeypatch):
    kb = tmp_path / "kb.jsonl"
    _write(kb, [{"id": "Q42", "name": "Clara Dufresne", "aliases": ["Dufresne"], "type": "PER",
                 "roles": ["maire de Lyon"]},
                {"id": "Q30", "name": "gouvernement américain", "type": "GOV"}])
    monkeypatch.setenv("PROPOS_KB", str(kb))
    text = "Clara Dufresne a inauguré le pont. La maire de Lyon a remercié Washington pour son soutien."
    doc = dated_doc(nlp, text, "2024-05-02")
    by_kb = {a.kb_id: a for a in doc._.actors if a.kb_id}
    assert "Q42" in by_kb and by_kb["Q42"].id == "Q42"
    assert "La maire de Lyon" in [m.text for m in by_kb["Q42"].mentions]  # a role from the knowledge base
    assert "Q30" in by_kb and "Washington" in [m.text for m in by_kb["Q30"].mentions]
