"""`propos ingest / search / quotes / actors / stances / export` end to end, through the real pipeline."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from propos.interfaces.cli import app

ARTICLE = ("Le maire de Lille veut des pistes cyclables\n\n"
           "« Nous ouvrirons trois nouvelles pistes dès septembre », a déclaré lundi le maire de Lille, "
           "Pierre Lambert, devant le conseil municipal. Les entraîneurs du club local ont salué l'annonce.\n")


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli")
    (folder / "lille.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    db = str(folder / "store.sqlite")
    first = CliRunner().invoke(app, ["ingest", str(folder), "--db", db, "--date", "2024-09-02"])
    second = CliRunner().invoke(app, ["ingest", str(folder / "lille.txt"), "--db", db, "--date", "2024-09-02",
                                      "--digest"])
    return folder, db, first, second


def test_ingest_summarises_stored_duplicates_and_failures(ingested):
    _folder, _db, first, second = ingested
    assert first.exit_code == 1  # the empty file failed; the other article was stored
    assert "stored 1" in first.output and "failed 1" in first.output and "E001" in first.output
    assert second.exit_code == 0
    assert "stored 0" in second.output and "skipped as duplicate 1" in second.output
    assert "Le maire de Lille veut des pistes cyclables" in second.output  # the digest, read back from the store
    # the digest speaks French and is not cut at 80 columns when standard output is not a terminal
    line = next(x for x in second.output.splitlines() if "Nous ouvrirons" in x)
    assert len(line) > 80 and "(a déclaré) → « Nous ouvrirons trois nouvelles pistes dès septembre »" in line
    assert line.endswith("· citation directe")


def test_the_stored_analysis_is_the_pipeline_s(ingested, analyzer):
    from propos.input.readers import read_sources
    from propos.store import Store

    folder, db, *_ = ingested
    article = next(read_sources([folder / "lille.txt"]))
    expected = analyzer.analyze_article(article, date="2024-09-02")
    store = Store.open(db)
    stored = store.article(store.articles().items[0].pk)
    store.close()
    assert stored == expected


def test_search_and_lists_read_the_store(tmp_path):
    from propos.store import Store
    from storedocs import minister_article, second_article

    db = str(tmp_path / "store.sqlite")
    store = Store.open(db)
    store.save(minister_article())
    store.save(second_article())
    store.close()
    found = CliRunner().invoke(app, ["search", "entraineurs", "--db", db, "--json"])
    assert found.exit_code == 0
    hits = [json.loads(line) for line in found.stdout.splitlines()]
    assert [h["content"]["text"] for h in hits] == ["Les entraîneurs seront payés dès lundi"]
    listed = CliRunner().invoke(app, ["quotes", "--db", db, "--speaker", "dubois", "--from", "2024-07-01", "--json"])
    assert [json.loads(line)["article_date"] for line in listed.stdout.splitlines()] == ["2024-07-12"]
    assert CliRunner().invoke(app, ["quotes", "--db", db, "--to", "juin"]).exit_code == 2
    actors = CliRunner().invoke(app, ["actors", "--db", db, "--json"]).stdout.splitlines()
    assert json.loads(actors[0])["id"] == "claire-dubois"
    stances = CliRunner().invoke(app, ["stances", "--db", db, "--stance", "oppose", "--json"]).stdout.splitlines()
    assert [json.loads(line)["holder_name"] for line in stances] == ["Paul Martin"]
    table = CliRunner().invoke(app, ["search", "budget", "--db", db])
    assert table.exit_code == 0 and "Paul Martin" in table.stdout


def test_export_formats(ingested, tmp_path):
    _folder, db, *_ = ingested
    lines = CliRunner().invoke(app, ["export", "--format", "jsonl", "--table", "articles", "--db", db]).stdout
    article = json.loads(lines.splitlines()[0])
    assert article["text"] == ARTICLE and article["date"] == "2024-09-02"
    table = CliRunner().invoke(app, ["export", "--format", "csv", "--table", "article_actors", "--db", db]).stdout
    rows = list(csv.DictReader(io.StringIO(table)))
    for row in rows:  # JSON-valued columns are JSON text in CSV
        for mention in json.loads(row["mentions"]):
            assert ARTICLE[mention["start"]:mention["end"]] == mention["text"]
    parquet = tmp_path / "quotes.parquet"
    assert CliRunner().invoke(app, ["export", "--format", "parquet", "--table", "article_actors", "-o", str(parquet),
                                      "--db", db]).exit_code == 0
    import pyarrow.parquet as pq

    assert pq.read_table(parquet).num_rows == len(rows)
    assert CliRunner().invoke(app, ["export", "--format", "parquet", "--db", db]).exit_code == 2
