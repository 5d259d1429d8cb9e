import json

import pytest
from typer.testing import CliRunner

from conftest import iter_spans
from propos.errors import ProposError
from propos.input.article import RawArticle
from propos.interfaces.cli import app
from propos.model import json_schema

runner = CliRunner()

GERMAN = ("Der Bundeskanzler hat am Dienstag in Berlin erklärt, dass die Regierung die Pläne nicht unterstützen "
          "werde. Die Opposition kritisierte die Entscheidung scharf und forderte eine Debatte im Bundestag.")


def test_unsupported_language_is_named(analyzer):
    with pytest.raises(ProposError) as info:
        analyzer.analyze_article(RawArticle(id="de", text=GERMAN, origin="de.txt"))
    assert info.value.code == "E005" and "'de' is not supported yet" in str(info.value)


def test_size_limit():
    from propos.analysis import Analyzer

    small = Analyzer("fr", max_chars=50)
    with pytest.raises(ProposError) as info:
        small.analyze_article(RawArticle(id="big", text="Le président a parlé. " * 10))
    assert info.value.code == "E004"


def test_bad_date_is_refused():
    from propos.analysis import normalize_date

    assert normalize_date("2024-06-07T10:00:00Z") == "2024-06-07"
    with pytest.raises(ProposError):
        normalize_date("7 juin")


def test_schema_command_prints_versioned_schema():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert "schema_version" in schema["properties"] and "quotes" in schema["properties"]


def test_batch_goes_on_and_exit_status_says_it_failed(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Le maire a déclaré lundi que la piscine rouvrirait en juin.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("   ")
    result = runner.invoke(app, ["analyze", str(empty), str(good), "--format", "jsonl"])
    assert result.exit_code == 1
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["id"] for d in docs] == ["good"]
    assert "E001" in result.stderr and "empty.txt" in result.stderr


def test_seed_validates_against_schema_and_spans_round_trip(seed_doc, seed_text):
    import jsonschema


    data = json.loads(seed_doc.model_dump_json())
    jsonschema.validate(data, json_schema())
    assert data["text"] == seed_text

    found = list(iter_spans({k: v for k, v in data.items() if k != "text"}))
    assert found, "the seed article yields spans"
    for span in found:
        assert seed_text[span["start"] : span["end"]] == span["text"]


def test_a_bug_in_one_article_does_not_stop_the_batch(monkeypatch):
    from propos.analysis import Analyzer

    analyzer = Analyzer("fr")
    real = analyzer.analyze_article

    def flaky(article, *, date=None):
        if article.id == "bad":
            raise IndexError("list index out of range")
        return real(article, date=date)

    monkeypatch.setattr(analyzer, "analyze_article", flaky)
    articles = [RawArticle(id="bad", text="Un texte."), RawArticle(id="good", text="Le maire a parlé.")]
    bad, good = analyzer.analyze_stream(articles)
    assert bad.error.code == "E015" and "IndexError" in str(bad.error) and "bad" in str(bad.error)
    assert good.ok and good.document.id == "good"


def test_tokenizer_pickles(nlp):
    import pickle

    tokenizer = pickle.loads(pickle.dumps(nlp.tokenizer))
    assert [t.text for t in tokenizer("L’État.")] == ["L'", "État", "."]
