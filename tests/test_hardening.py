"""One bad article never stops a run (issue 14): each input below failed, crashed or hung before."""

from __future__ import annotations

import json
import os
import random
import time

import pytest
from typer.testing import CliRunner

import storedocs
from propos.errors import ProposError
from propos.input.readers import ReadFailure, read_sources
from propos.interfaces.api import create_app
from propos.interfaces.api.config import ApiSettings, hosts_for
from propos.interfaces.cli import app
from storedocs import TestClient, minister_article

TOKEN = "t0ken"
GOOD = "« Nous ouvrirons trois nouvelles pistes dès septembre », a déclaré lundi le maire de Lille, Pierre Lambert."
BAD_URLS = ["http://x.fr:99999/", "http://[::1/a"]


def _jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=True) + "\n" for r in rows), encoding="utf-8")
    return path


def _codes(items):
    return [i.error.code if isinstance(i, ReadFailure) else "ok" for i in items]


# ---- readers


@pytest.mark.parametrize("row, code", [
    ({"id": "u1", "text": GOOD, "url": "http://x.fr:99999/"}, "E017"),
    ({"id": "u2", "text": GOOD, "url": "http://[::1/a"}, "E017"),
    ({"id": "s1", "text": "Texte \ud800 coupé."}, "E016"),
    ({"id": "s2", "text": GOOD, "title": "Titre \udc80"}, "E016"),
    ({"id": "d1", "text": GOOD, "date": 20240607}, "E008"),
    ({"id": "d2", "text": GOOD, "date": "hier"}, "E009"),
    ({"id": "t1", "text": GOOD, "title": 12}, "E008"),
    ({"id": "t2", "text": GOOD, "url": ["a"]}, "E008"),
    ({"id": "t3", "text": GOOD, "source": {"a": 1}}, "E008"),
])
def test_an_unusable_field_is_a_coded_error_for_that_article_only(tmp_path, row, code):
    path = _jsonl(tmp_path / "a.jsonl", [{"id": "before", "text": GOOD}, row, {"id": "after", "text": GOOD}])
    items = list(read_sources([path]))
    assert _codes(items) == ["ok", code, "ok"]
    if code == "E008":
        field = next(k for k in ("date", "title", "url", "source") if k in row)
        assert f"field '{field}'" in str(items[1].error)


def test_a_number_as_url_is_refused_and_dates_come_out_iso(tmp_path):
    path = _jsonl(tmp_path / "a.jsonl", [{"id": "n", "text": GOOD, "url": 12},
                                          {"id": "iso", "text": GOOD, "date": "2024-06-07T10:30:00Z"}])
    failed, ok = read_sources([path])
    assert failed.error.code == "E008" and ok.date == "2024-06-07"


def test_jsonl_lines_end_at_newline_only(tmp_path):
    separators = "\u2028 \u2029 \u0085"
    path = _jsonl(tmp_path / "a.jsonl", [{"id": "a", "text": f"Un texte {separators} avec séparateurs."},
                                          {"id": "b", "text": GOOD}])
    raw = path.read_text(encoding="utf-8").replace("\\u2028", "\u2028").replace("\\u2029", "\u2029")
    path.write_text(raw.replace("\\u0085", "\u0085"), encoding="utf-8")
    first, second = read_sources([path])
    assert "\u2028" in first.text and "\u0085" in first.text
    assert second.id == "b" and second.origin.endswith(":2")


def test_utf16_with_a_byte_order_mark_is_read(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes("Titre\n\nLe maire a déclaré que « tout va bien ».".encode("utf-16"))
    (article,) = read_sources([path])
    assert article.text.startswith("Titre") and "déclaré" in article.text


def test_a_fifo_is_refused_not_waited_for(tmp_path):
    fifo = tmp_path / "x.txt"
    os.mkfifo(fifo)
    (failure,) = read_sources([fifo])  # before: blocked forever in read_bytes
    assert failure.error.code == "E020"


def test_an_unreadable_file_or_missing_dependency_fails_alone(tmp_path, monkeypatch):
    from pathlib import Path

    import propos.input.readers as readers

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "c.html").write_text("<html><body><p>" + GOOD + "</p></body></html>", encoding="utf-8")
    real = Path.read_bytes

    def deny(self):
        if self.name == "a.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    def no_trafilatura(data, origin):
        raise ImportError("No module named 'trafilatura'")
        yield  # a generator, as readers are

    monkeypatch.setattr(Path, "read_bytes", deny)
    monkeypatch.setitem(readers.READERS, ".html", no_trafilatura)
    assert _codes(read_sources([tmp_path])) == ["E018", "ok", "E019"]


def test_a_reader_bug_is_an_internal_error_for_that_file(tmp_path, monkeypatch):
    import propos.input.readers as readers

    def broken(data, origin):
        raise KeyError("boom")
        yield

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "b", "text": GOOD}) + "\n", encoding="utf-8")
    monkeypatch.setitem(readers.READERS, ".txt", broken)
    assert _codes(read_sources([tmp_path])) == ["E015", "ok"]


# ---- ingest and batch


@pytest.fixture(scope="module")
def bad_batch(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad")
    rows = [{"id": "bon-1", "text": GOOD, "date": "2024-09-02", "url": "https://lille.example/a"},
            {"id": "port", "text": GOOD + " Port.", "url": BAD_URLS[0]},
            {"id": "ipv6", "text": GOOD + " IPv6.", "url": BAD_URLS[1]},
            {"id": "surrogate", "text": "Le maire \ud800 a parlé."},
            {"id": "bon-2", "text": GOOD.replace("Lille", "Lyon"), "date": "2024-09-03"}]
    return _jsonl(folder / "articles.jsonl", rows)


def test_ingest_stores_the_good_articles_and_names_the_bad_ones(bad_batch, tmp_path):
    db = str(tmp_path / "store.sqlite")
    result = CliRunner().invoke(app, ["ingest", str(bad_batch), "--db", db])
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.exit_code == 1
    assert "stored 2" in result.output and "failed 3" in result.output
    assert result.output.count("E017") == 2 and "E016" in result.output
    again = CliRunner().invoke(app, ["ingest", str(bad_batch), "--db", db])
    assert "skipped as duplicate 2" in again.output and "failed 3" in again.output


def test_batch_into_a_store_goes_past_bad_articles(bad_batch, tmp_path):
    from propos.scale.batch import run_batch
    from propos.store import Store

    db = str(tmp_path / "batch.sqlite")
    report = run_batch([str(bad_batch)], db=db, workers=0)
    assert report.analysed == 2
    assert sorted(f["code"] for f in report.failures) == ["E016", "E017", "E017"]
    store = Store.open(db)
    assert store.stats().articles == 2
    store.close()


def test_batch_and_dedup_with_mixed_date_types_in_one_family(tmp_path):
    from propos.scale.batch import run_batch

    body = "Le gouvernement a annoncé mardi un plan pour les hôpitaux. " * 12
    path = _jsonl(tmp_path / "wire.jsonl", [{"id": "a", "text": body, "date": 20240607},
                                            {"id": "b", "text": body, "date": "2024-06-08"},
                                            {"id": "c", "text": body}])
    report = run_batch([str(path)], out=tmp_path / "out", workers=0)
    assert report.analysed == 2 and [f["code"] for f in report.failures] == ["E008"]
    dedup = CliRunner().invoke(app, ["dedup", str(path)])
    assert dedup.exit_code in (0, 1) and "Traceback" not in dedup.output


def test_a_resumed_batch_reports_the_whole(tmp_path):
    from propos.scale.batch import run_batch

    rows = [{"id": f"a{i}", "text": f"Le maire numéro {i} a déclaré que la ville {i} serait rénovée en {2020 + i}."}
            for i in range(4)]
    first = _jsonl(tmp_path / "first.jsonl", rows[:2])
    both = _jsonl(tmp_path / "both.jsonl", rows)
    out = tmp_path / "out"
    run_batch([str(first)], out=out, workers=0)
    report = run_batch([str(both)], out=out, workers=0)
    whole = json.loads((out / "report.json").read_text())
    assert report.analysed == 2 and report.resumed == 2
    assert whole["analysed"] == 4 and whole["runs"] == 2 and whole["last_run"]["analysed"] == 2


# ---- the limit


def test_the_documented_limit_is_the_real_one(analyzer):
    """spaCy refuses texts over nlp.max_length; an Analyzer's own limit must win (2,000,000 by default)."""
    from propos.analysis import DEFAULT_MAX_CHARS, Analyzer
    from propos.input.article import RawArticle

    assert analyzer.nlp.max_length > DEFAULT_MAX_CHARS
    saved = analyzer.nlp.max_length
    analyzer.nlp.max_length = 1_000  # spaCy's own limit, scaled down so that the test stays small
    try:
        small = Analyzer("fr", max_chars=5_000)
        text = "Le maire a déclaré que la ville serait rénovée avant l'été. " * 40
        doc = small.analyze_article(RawArticle(id="long", text=text[:2_400]))  # before: E015 from spaCy
        assert doc.quotes
    finally:
        analyzer.nlp.max_length = saved


# ---- the store under concurrent use


def _open_store(db):
    from propos.store import Store

    Store.open(db).close()
    return "ok"


def test_two_processes_opening_a_new_store_at_once(tmp_path):
    from concurrent.futures import ProcessPoolExecutor

    db = str(tmp_path / "race.sqlite")
    with ProcessPoolExecutor(2) as pool:  # before: "table alembic_version already exists" in the second
        assert list(pool.map(_open_store, [db, db])) == ["ok", "ok"]


def test_losing_the_insert_race_is_a_duplicate_not_a_failure(tmp_path, monkeypatch):
    import propos.store as store_module
    from propos.store import SaveResult, Store
    from propos.store.writes import save_document

    db = str(tmp_path / "race.sqlite")
    winner, loser = Store.open(db), Store.open(db)
    doc = minister_article()
    first_call = {"done": False}

    def racing(conn, d):  # the other process stores the article between our lookup and our insert
        if not first_call["done"]:
            first_call["done"] = True
            winner.save(d)
        return save_document(conn, d)

    monkeypatch.setattr(store_module, "save_document", racing)
    assert loser.save(doc) is SaveResult.duplicate
    assert loser.stats().articles == 1


# ---- the API


@pytest.fixture
def client(sqlite_store):
    with TestClient(create_app(sqlite_store, settings=ApiSettings(token=TOKEN, max_body=20_000))) as c:
        yield c


sqlite_store = storedocs.sqlite_store


@pytest.mark.parametrize("url", BAD_URLS)
def test_post_with_a_bad_url_is_422_before_analysing(client, url):
    response = client.post("/api/articles", json={"text": GOOD, "url": url}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 422 and "E017" in response.json()["detail"]


def test_post_with_a_lone_surrogate_is_422(client):
    body = '{"text": "Le maire \\ud800 a parl\\u00e9 longuement devant le conseil."}'
    response = client.post("/api/articles", content=body.encode(),
                           headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    assert response.status_code == 422  # before: 500 while the 422 (which quotes the input) was written
    assert any("text" in e["loc"] for e in response.json()["detail"])
    bad_date = '{"text": "x", "date": "\\ud800"}'  # the error names the input: it must still be written
    response = client.post("/api/articles", content=bad_date.encode(),
                           headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    assert response.status_code == 422


def test_a_chunked_body_over_the_limit_is_413(client):
    def chunks():
        for _ in range(30):
            yield b"x" * 1000

    response = client.post("/api/articles", content=chunks(), headers={"Authorization": f"Bearer {TOKEN}",
                                                                       "Content-Type": "application/json"})
    assert response.status_code == 413


def test_a_chunked_body_under_the_limit_is_read(client):
    def chunks():
        yield b'{"text": '
        yield b'""}'

    response = client.post("/api/articles", content=chunks(), headers={"Authorization": f"Bearer {TOKEN}",
                                                                       "Content-Type": "application/json"})
    assert response.status_code == 422  # read whole and validated: the text is empty


def test_search_edge_cases(store):
    store.save(minister_article())
    with TestClient(create_app(store, settings=ApiSettings())) as c:
        assert c.get("/api/quotes", params={"q": '"'}).json()["total"] == 0  # before: every quotation
        assert c.get("/api/quotes", params={"speaker": "%"}).json()["total"] == 0
        assert c.get("/api/quotes", params={"speaker": "_"}).json()["total"] == 0
        assert c.get("/api/quotes", params={"speaker": "Dubois"}).json()["total"] == 1


store = storedocs.store


def test_actor_ids_with_a_slash_are_reachable(sqlite_store):
    from propos.model import Actor

    doc = minister_article()
    doc.actors.append(Actor(id="org:ac/dc", name="AC/DC", type="ORG"))
    sqlite_store.save(doc)
    with TestClient(create_app(sqlite_store, settings=ApiSettings())) as c:
        assert c.get("/api/actors/org:ac/dc").json()["name"] == "AC/DC"
        assert c.get("/actors/org%3Aac%2Fdc").status_code == 200
        assert c.get("/actors/org:ac/dc").status_code == 200


def test_a_bad_page_parameter_gets_a_page_not_json(sqlite_store):
    with TestClient(create_app(sqlite_store, settings=ApiSettings())) as c:
        response = c.get("/search", params={"q": "budget", "page": 0})
        assert response.status_code == 422
        assert response.headers["content-type"].startswith("text/html") and "page" in response.text
        assert c.get("/api/quotes", params={"limit": 0}).headers["content-type"].startswith("application/json")


def test_allowed_hosts_against_dns_rebinding(sqlite_store):
    assert hosts_for("127.0.0.1") == hosts_for("::1") == hosts_for("localhost") != ()
    assert hosts_for("0.0.0.0") == ()
    settings = ApiSettings(allowed_hosts=hosts_for("127.0.0.1"))
    with TestClient(create_app(sqlite_store, settings=settings), base_url="http://127.0.0.1") as c:
        assert c.get("/api/stats").status_code == 200
        assert c.get("/api/stats", headers={"Host": "evil.example"}).status_code == 400


def test_the_token_flag_warns_that_it_is_visible(monkeypatch):
    import uvicorn

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda application, **kw: seen.update(app=application, **kw))
    result = CliRunner().invoke(app, ["serve", "--token", "abc"])
    assert result.exit_code == 0 and "visible" in result.output
    assert seen["host"] == "127.0.0.1"


# ---- the article page


def test_the_article_page_highlighting_is_linear_and_unchanged():
    from propos.interfaces.web.highlight import pieces
    from propos.model import AnalysisDocument, Quote, Span, Timex

    rng = random.Random(3)
    text = "".join(rng.choice("abc «» .") for _ in range(3000))

    def span():
        s = rng.randrange(0, 2990)
        return Span.of(text, s, min(3000, s + rng.randrange(1, 60)))

    quotes = [Quote(id=f"q{i}", type="direct", content=span(), speaker=span() if i % 2 else None,
                    cue=span() if i % 3 else None) for i in range(300)]
    timexes = [Timex(id=f"t{i}", span=span(), type="DATE", value="2024") for i in range(50)]
    doc = AnalysisDocument(id="x", language="fr", text=text, pipeline_version="t", quotes=quotes, timexes=timexes)
    got = pieces(doc)
    assert "".join(p.text for p in got) == text
    marks = [(q.content, "quote", q) for q in quotes] + [(q.speaker, "speaker", q) for q in quotes if q.speaker] \
        + [(q.cue, "cue", q) for q in quotes if q.cue] + [(t.span, "date", t) for t in timexes]
    position = 0
    for piece in got:  # the old definition, piece by piece: the first listed mark of each kind over it
        start, end = position, position + len(piece.text)
        over = [(k, o, s) for s, k, o in marks if s.start <= start and end <= s.end]
        first = {k: (o, s) for k, o, s in reversed(over)}
        assert piece.quote is (first["quote"][0] if "quote" in first else None)
        assert piece.quote_ends == ("quote" in first and first["quote"][1].end == end)
        assert piece.speaker is (first["speaker"][0] if "speaker" in first else None)
        assert piece.cue == ("cue" in first)
        assert piece.date is (first["date"][0] if "date" in first else None)
        position = end
    big = AnalysisDocument(id="y", language="fr", text=text, pipeline_version="t",
                           quotes=[Quote(id=f"b{i}", type="direct", content=span()) for i in range(3000)])
    started = time.process_time()
    pieces(big)
    assert time.process_time() - started < 5  # quadratic took 11 s; linear takes well under one


# ---- fuzzing that found nothing stays, bounded and seeded


def test_fuzzed_jsonl_never_raises(tmp_path):
    rng = random.Random(11)
    alphabet = ["a", "é", "«", "»", "\n", "\u2028", "\ud800", "\x00", "{", '"', ":", " ", "\\", "\u0085"]
    lines = []
    for _ in range(300):
        fuzz = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        kind = rng.randrange(4)
        if kind == 0:
            lines.append(json.dumps({"id": fuzz, "text": fuzz, "url": fuzz, "date": fuzz}))
        elif kind == 1:
            lines.append(fuzz.replace("\n", " "))
        elif kind == 2:
            lines.append(json.dumps({"text": fuzz, "title": rng.choice([1, None, [fuzz], fuzz])}))
        else:
            lines.append(json.dumps({"id": rng.randrange(100), "text": "Le maire a parlé. " + fuzz}))
    path = tmp_path / "fuzz.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
    items = list(read_sources([path]))
    assert items and all(isinstance(i, ReadFailure) or isinstance(i.text, str) for i in items)
    for item in items:
        if isinstance(item, ReadFailure):
            assert isinstance(item.error, ProposError) and item.error.code.startswith("E")


def test_analyze_says_so_when_no_article_could_be_analysed(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("  \n", encoding="utf-8")
    result = CliRunner().invoke(app, ["analyze", str(tmp_path)])
    assert result.exit_code == 1
    assert "no article could be analysed (2 failed)" in result.output and "the other" not in result.output
