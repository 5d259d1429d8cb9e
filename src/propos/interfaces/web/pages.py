"""HTML pages: home, search, article, actor, issue. All article text goes through Jinja2's autoescaping."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from propos.interfaces.labels import direct_text, has_words, label
from propos.interfaces.web.chart import HEIGHT, WIDTH, bars
from propos.interfaces.web.highlight import runs
from propos.store import QuoteFilter

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).with_name("templates"))
templates.env.filters.update(label=lambda code, kind: label(kind, code), direct_text=direct_text, has_words=has_words)
PAGE = 20
ARTICLE_PAGE = 10


def _store(request: Request):
    return request.app.state.store


def _render(request: Request, name: str, status_code: int = 200, **context) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def _not_found(request: Request, what: str) -> HTMLResponse:
    return _render(request, "not_found.html", status_code=404, what=what)


def bad_request(request: Request, errors: list[dict]) -> HTMLResponse:
    """A page's query parameter out of range (`?page=0`): a page in French, not the API's JSON."""
    fields = sorted({str(e["loc"][-1]) for e in errors if e.get("loc")})
    return _render(request, "bad_request.html", status_code=422, fields=fields)


def _date(value: str | None) -> str | None:
    """Form dates that are not YYYY-MM-DD are ignored rather than refused."""
    if value and len(value) == 10 and value[4] == "-" and value[7] == "-" and value.replace("-", "").isdigit():
        return value
    return None


@router.get("/", response_class=HTMLResponse)
def home(request: Request):
    store = _store(request)
    return _render(request, "home.html", stats=store.stats(), articles=store.articles(limit=10).items,
                   actors=store.actors(limit=10).items, issues=store.issues(limit=10))


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: str = "", speaker: str = "", source: str = "", type: str = "",
           date_from: Annotated[str, Query(alias="from")] = "", date_to: Annotated[str, Query(alias="to")] = "",
           page: Annotated[int, Query(ge=1, le=10_000)] = 1, apage: Annotated[int, Query(ge=1, le=10_000)] = 1):
    """Quotations (`page`) and, for words, the articles that hold them in their title or text (`apage`)."""
    store = _store(request)
    f = QuoteFilter(query=q or None, speaker=speaker or None, source=source or None, type=type or None,
                    date_from=_date(date_from), date_to=_date(date_to))
    results = store.search(f, limit=PAGE, offset=(page - 1) * PAGE)
    articles = (store.search_articles(q, limit=ARTICLE_PAGE, offset=(apage - 1) * ARTICLE_PAGE, source=f.source,
                                      date_from=f.date_from, date_to=f.date_to) if q.strip() else None)
    form = {"q": q, "speaker": speaker, "source": source, "type": type, "from": date_from, "to": date_to}
    return _render(request, "search.html", results=results, articles=articles, form=form, page=page, apage=apage,
                   pages=max(1, -(-results.total // PAGE)),
                   apages=max(1, -(-articles.total // ARTICLE_PAGE)) if articles else 1)


@router.get("/articles/{pk}", response_class=HTMLResponse)
def article(request: Request, pk: int):
    doc = _store(request).article(pk) if 0 < pk < 2**62 else None
    if doc is None:
        return _not_found(request, "article")
    return _render(request, "article.html", doc=doc, pk=pk, runs=runs(doc))


@router.get("/actors/{actor_id:path}", response_class=HTMLResponse)
def actor(request: Request, actor_id: str, page: Annotated[int, Query(ge=1, le=10_000)] = 1):
    store = _store(request)
    found = store.actor(actor_id)
    if found is None:
        return _not_found(request, "actor")
    quotes = store.search(QuoteFilter(speaker=actor_id), limit=PAGE, offset=(page - 1) * PAGE)
    return _render(request, "actor.html", actor=found, quotes=quotes, bars=bars(found.timeline),
                   chart_width=WIDTH, chart_height=HEIGHT)


@router.get("/issues/{issue_key}", response_class=HTMLResponse)
def issue(request: Request, issue_key: str):
    found = _store(request).issue(issue_key)
    if found is None:
        return _not_found(request, "issue")
    return _render(request, "issue.html", issue=found)
