"""WARC archives (warcio, plain or gzipped): every HTML page a crawler stored goes through the HTML reader.

Only successful (2xx) `response` records and `resource` records with an HTML content type are read;
redirects, images, robots.txt and request records are skipped silently, a page without an article body
is a failure in the stream (the archive goes on).
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator

from propos.errors import Errors, ProposError
from propos.input.article import RawArticle

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _is_html_page(record) -> bool:
    if record.rec_type == "response":
        http = record.http_headers
        if http is None:
            return False
        status = http.get_statuscode() or ""
        content_type = (http.get_header("Content-Type") or "").lower()
        return status.startswith("2") and content_type.startswith(_HTML_TYPES)
    if record.rec_type == "resource":
        content_type = (record.rec_headers.get_header("Content-Type") or "").lower()
        return content_type.startswith(_HTML_TYPES)
    return False


def _record_id(uri: str) -> str:
    return "warc-" + hashlib.sha1(uri.encode("utf-8")).hexdigest()[:16]


def _looks_like_archive(data: bytes) -> bool:
    """warcio reads almost anything as a lenient ARC record: check the magic of the first record first."""
    head = data[:4096]
    if head.startswith(b"\x1f\x8b"):
        import zlib

        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:65536], 64)
        except zlib.error:
            return False
    return head.lstrip().startswith((b"WARC/", b"filedesc://"))


def read_warc(data: bytes, origin: str) -> Iterator[RawArticle]:
    """The `READERS` entry for .warc and .warc.gz files: one article per archived HTML page."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from propos.input.readers import ReadFailure, read_html

    if not _looks_like_archive(data):
        raise ProposError(Errors.E072.format(detail="no WARC or ARC record at the start"), source=origin)
    try:
        records = ArchiveIterator(io.BytesIO(data), arc2warc=True)
        for number, record in enumerate(records, start=1):
            if not _is_html_page(record):
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or f"{origin}#{number}"
            where = f"{origin}#{uri}"
            payload = record.content_stream().read()
            try:
                for article in read_html(payload, uri):
                    article.id = _record_id(uri)
                    article.origin = where
                    article.url = article.url or uri
                    crawled = record.rec_headers.get_header("WARC-Date")
                    if crawled:
                        article.extra["crawled"] = crawled
                    yield article
            except ProposError as exc:
                exc.source = where
                yield ReadFailure(where, exc)
    except ArchiveLoadFailed as exc:
        raise ProposError(Errors.E072.format(detail=exc), source=origin) from None
