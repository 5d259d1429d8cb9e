"""The batch engine: shards, wire duplicates and stories marked, resuming without duplicates, Dask workers."""

from __future__ import annotations

import json

import pytest

from propos.scale.batch import BatchOptions, read_inputs, read_shards, run_batch

DISPATCH = (
    "Le gouvernement a présenté mercredi un projet de loi sur l'eau potable, qui prévoit de rénover les "
    "canalisations des communes rurales d'ici à 2030. « Chaque litre perdu est un litre volé aux habitants », "
    "a déclaré la ministre de la Transition écologique devant les députés. L'opposition juge le calendrier "
    "trop lent et réclame un fonds d'urgence pour les villages touchés par la sécheresse de l'été dernier. "
    "Les associations de consommateurs saluent un premier pas mais demandent un contrôle indépendant des travaux."
)
OTHER = (
    "Le club de football de la ville a remporté samedi soir son troisième match consécutif devant un stade "
    "comble. L'entraîneur a salué l'état d'esprit de ses joueurs et annoncé le retour de son capitaine, blessé "
    "depuis le mois d'octobre. Les supporteurs espèrent une qualification européenne en fin de saison."
)
ARTICLES = [
    {"id": "journal", "source": "Le Journal", "date": "2025-03-06", "title": "Eau : le plan du gouvernement",
     "text": "Eau : le plan du gouvernement\n\n" + DISPATCH},
    {"id": "agence", "source": "Agence", "date": "2025-03-05", "text": DISPATCH},
    {"id": "gazette", "source": "La Gazette", "date": "2025-03-07", "text": DISPATCH[: DISPATCH.index("« Chaque")]},
    {"id": "sport", "source": "Le Journal", "date": "2025-03-08", "text": OTHER},
]


@pytest.fixture
def inputs(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES) + "pas du json\n",
                    encoding="utf-8")
    return [str(path)]


def test_batch_marks_families_stories_and_outlets(inputs, tmp_path):
    out = tmp_path / "out"
    report = run_batch(inputs, out=out, workers=0, options=BatchOptions(shard_size=2))
    assert (report.articles, report.analysed, report.duplicates, report.families) == (4, 4, 2, 1)
    assert [f["code"] for f in report.failures] == ["E008"]
    docs = {d.id: d for d in read_shards(out)}
    assert set(docs) == {"journal", "agence", "gazette", "sport"}
    assert docs["agence"].duplicate_of is None
    assert docs["journal"].duplicate_of == docs["gazette"].duplicate_of == "agence"
    assert docs["journal"].story_id == docs["agence"].story_id != docs["sport"].story_id
    assert all(q.outlets for d in docs.values() for q in d.quotes)
    saved = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert saved["analysed"] == 4 and saved["words"] > 100


def test_outlets_count_the_family_copies_that_carry_a_quotation(inputs):
    from propos.analysis import Analyzer
    from propos.model import Quote, Span
    from propos.scale.batch import BatchReport as Report
    from propos.scale.batch import _collect, _finish

    coll = _collect(read_inputs(inputs), BatchOptions(), Report())
    doc = Analyzer("fr").analyze_article(coll.articles["agence"])
    start = DISPATCH.index("Chaque litre")
    doc.quotes = [Quote(id="q1", type="direct", content=Span.of(DISPATCH, start, DISPATCH.index(" », a")))]
    _finish(doc, "agence", coll)
    # the agency and Le Journal carry it; La Gazette's truncated copy stops before it
    assert doc.quotes[0].outlets == 2
    assert doc.story_id == coll.story_of["journal"]


def test_a_killed_run_resumes_without_duplicates(inputs, tmp_path):
    out = tmp_path / "out"

    def kill_after_first_shard(done, total):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_batch(inputs, out=out, workers=0, options=BatchOptions(shard_size=1), on_progress=kill_after_first_shard)
    (out / "part-killed.parquet.tmp").write_bytes(b"half a shard")  # what a kill during a write leaves
    report = run_batch(inputs, out=out, workers=0, options=BatchOptions(shard_size=1))
    assert (report.resumed, report.analysed) == (1, 3)
    ids = [d.id for d in read_shards(out)]
    assert sorted(ids) == ["agence", "gazette", "journal", "sport"]
    assert not list(out.glob("*.tmp"))
    again = run_batch(inputs, out=out, workers=0)
    assert (again.resumed, again.analysed) == (4, 0)


def test_batch_on_a_local_dask_cluster(inputs, tmp_path):
    out = tmp_path / "out"
    report = run_batch(inputs, out=out, workers=1, options=BatchOptions(shard_size=2))
    assert report.analysed == 4
    assert len(list(out.glob("part-*.parquet"))) == 2
    assert {d.id for d in read_shards(out)} == {"journal", "agence", "gazette", "sport"}


def test_batch_needs_somewhere_to_write(inputs):
    with pytest.raises(ValueError):
        run_batch(inputs, workers=0)


def test_cli_batch_and_dedup(inputs, tmp_path):
    from typer.testing import CliRunner

    from propos.interfaces.cli import app

    runner = CliRunner()
    result = runner.invoke(app, ["batch", *inputs, "--workers", "0", "--out", str(tmp_path / "out")])
    assert result.exit_code == 1  # the line that is not JSON is reported, the others analysed
    assert "4 analysed" in result.output and "E008" in result.output
    result = runner.invoke(app, ["dedup", *inputs])
    (family,) = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert family["canonical"] == "agence"
    assert [c["id"] for c in family["copies"]] == ["agence", "journal", "gazette"]


def test_batch_into_the_store_resumes_from_what_it_holds(inputs, tmp_path):
    url = f"sqlite:///{tmp_path / 'propos.db'}"
    first = run_batch(inputs, db=url, workers=0)
    assert first.analysed == 4
    again = run_batch(inputs, db=url, workers=0)
    assert (again.resumed, again.analysed) == (4, 0)


def test_batched_analysis_equals_one_by_one_and_keeps_failures_in_place(analyzer):
    from propos.input.article import RawArticle

    articles = [RawArticle(id="a", text=DISPATCH, date="2025-03-05"), RawArticle(id="empty", text="  \n"),
                RawArticle(id="b", text=OTHER, date="bad date")]
    outcomes = analyzer.analyze_batch(articles)
    assert [o.ok for o in outcomes] == [True, False, False]
    assert outcomes[1].error.code == "E001" and outcomes[2].error.code == "E009"
    single = analyzer.analyze_article(articles[0])
    assert outcomes[0].document.model_dump() == single.model_dump()
