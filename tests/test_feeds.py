"""RSS/Atom reading: local files and a loopback HTTP server (no network)."""

from __future__ import annotations

import http.server
import threading

import pytest

from propos.errors import ProposError
from propos.input.feeds import fetch_url, read_feed, read_feed_url
from propos.input.readers import ReadFailure, read_sources

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
  <title>La Gazette du Port</title><link>https://gazette.example/</link><language>fr-FR</language>
  <item>
    <title>Le maire annonce un nouveau pont</title>
    <link>https://gazette.example/pont</link>
    <guid>https://gazette.example/pont</guid>
    <pubDate>Tue, 04 Mar 2025 08:30:00 +0100</pubDate>
    <description><![CDATA[<p>Le maire a présenté mardi le projet.</p><p>« Ce pont changera la ville », a-t-il déclaré.</p>]]></description>
  </item>
  <item>
    <title>Sans texte</title>
    <link>https://gazette.example/vide</link>
  </item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
  <title>Le Courrier des Alpes</title>
  <entry>
    <title>La neige est arrivée</title>
    <id>urn:courrier:1</id>
    <updated>2025-01-12T10:00:00Z</updated>
    <content type="html">&lt;p&gt;Les stations ouvrent samedi, selon la préfecture.&lt;/p&gt;</content>
  </entry>
</feed>
"""


def test_rss_entries_become_articles_with_metadata():
    items = list(read_feed(RSS.encode(), "gazette.rss"))
    article, failure = items
    assert article.title == "Le maire annonce un nouveau pont"
    assert article.text.startswith(article.title + "\n\n")
    assert article.text[slice(*article.title_span)] == article.title
    assert "« Ce pont changera la ville »" in article.text
    assert "<p>" not in article.text
    assert article.date == "2025-03-04"
    assert article.url == "https://gazette.example/pont"
    assert article.source == "gazette.example"  # the outlet by its address, as its HTML pages get it
    assert article.language == "fr"
    # an entry without any text is a failure in the stream, not a crash
    assert isinstance(failure, ReadFailure) and failure.error.code == "E073"


def test_entry_ids_are_stable_across_reads():
    first = next(read_feed(RSS.encode(), "a.rss"))
    second = next(read_feed(RSS.encode(), "b.rss"))
    assert first.id == second.id


def test_atom_file_through_read_sources(tmp_path):
    path = tmp_path / "alpes.atom"
    path.write_text(ATOM, encoding="utf-8")
    (article,) = list(read_sources([tmp_path]))
    assert article.title == "La neige est arrivée"
    assert article.date == "2025-01-12"
    assert "selon la préfecture" in article.text


def test_a_file_that_is_not_a_feed_is_a_failure(tmp_path):
    path = tmp_path / "notes.xml"
    path.write_text("<notes><n>rien</n></notes>", encoding="utf-8")
    (item,) = list(read_sources([path]))
    assert isinstance(item, ReadFailure) and item.error.code == "E070"


class _Server:
    """A loopback HTTP server whose first `fail_first` answers are 503."""

    def __init__(self, body: bytes, fail_first: int = 0):
        state = {"calls": 0}
        self.state = state

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802  (http.server's name)
                state["calls"] += 1
                if state["calls"] <= fail_first:
                    self.send_response(503)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_port}/feed.rss"

    def __enter__(self):
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def test_feed_url_is_fetched_with_retries():
    with _Server(RSS.encode(), fail_first=2) as server:
        articles = [a for a in read_feed_url(server.url, retries=3, timeout=5) if not isinstance(a, ReadFailure)]
        assert server.state["calls"] == 3
    assert [a.title for a in articles] == ["Le maire annonce un nouveau pont"]


def test_fetch_gives_up_with_a_clear_error():
    with _Server(b"", fail_first=10) as server:
        with pytest.raises(ProposError) as info:
            fetch_url(server.url, retries=2, timeout=5, backoff=0.01)
        assert server.state["calls"] == 2
    assert info.value.code == "E071"
