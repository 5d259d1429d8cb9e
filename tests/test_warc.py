"""WARC archives: HTML responses through the HTML reader, everything else skipped."""

from __future__ import annotations

import io

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from propos.input.readers import ReadFailure, read_sources

PAGE = """<!doctype html><html lang="fr"><head><title>Grève à l'usine de Lorient</title>
<meta property="og:site_name" content="Ouest Exemple"></head><body>
<nav>Accueil | Politique | Sports</nav>
<article><h1>Grève à l'usine de Lorient</h1>
<p>Les salariés de l'usine de Lorient ont cessé le travail lundi matin pour réclamer une hausse des salaires.</p>
<p>« Nous ne reprendrons pas avant d'avoir été reçus », a déclaré la déléguée syndicale devant les grilles.</p>
<p>La direction affirme qu'une réunion est prévue jeudi avec les représentants du personnel.</p>
</article><footer>Mentions légales</footer></body></html>"""


def _warc(records, gzip: bool) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    for uri, status, ctype, body in records:
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))
    return out.getvalue()


RECORDS = [
    ("https://ouest.example/greve", "200 OK", "text/html; charset=utf-8", PAGE.encode()),
    ("https://ouest.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n"),
    ("https://ouest.example/ancien", "301 Moved Permanently", "text/html", b""),
    ("https://ouest.example/vide", "200 OK", "text/html", b"<html><body><p>Rien.</p></body></html>"),
]


def test_html_pages_of_a_gzipped_warc_are_read(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_warc(RECORDS, gzip=True))
    items = list(read_sources([path]))
    articles = [i for i in items if not isinstance(i, ReadFailure)]
    failures = [i for i in items if isinstance(i, ReadFailure)]
    assert len(articles) == 1 and len(failures) == 1
    article = articles[0]
    assert article.url == "https://ouest.example/greve"
    assert "a déclaré la déléguée syndicale" in article.text
    assert "Mentions légales" not in article.text
    assert article.id.startswith("warc-") and "crawled" in article.extra
    assert failures[0].error.code == "E006" and "ouest.example/vide" in failures[0].origin


def test_plain_warc_reads_the_same(tmp_path):
    path = tmp_path / "crawl.warc"
    path.write_bytes(_warc(RECORDS[:1], gzip=False))
    (article,) = list(read_sources([path]))
    assert article.title == "Grève à l'usine de Lorient"


def test_a_broken_archive_is_a_failure_not_a_crash(tmp_path):
    path = tmp_path / "broken.warc"
    path.write_bytes(b"this is not a web archive at all\n" * 3)
    (item,) = list(read_sources([path]))
    assert isinstance(item, ReadFailure) and item.error.code == "E072"
