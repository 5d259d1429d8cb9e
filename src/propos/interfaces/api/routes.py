"""Read endpoints (paginated and filtered) and the one write endpoint."""

from __future__ import annotations

import hmac
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field

from propos.model import AnalysisDocument, QuoteType, StanceValue
from propos.store import QuoteFilter, Store
from propos.store.views import (
    ActorDetail,
    ActorSummary,
    ArticleHit,
    EventHit,
    IssueDetail,
    IssueSummary,
    Page,
    QuoteHit,
    StanceHit,
    Stats,
)

router = APIRouter(prefix="/api")
DATE = r"^\d{4}-\d{2}-\d{2}$"
NOT_FOUND = {404: {"description": "nothing with this key"}}

Limit = Annotated[int, Query(ge=1, le=200, description="items per page")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="items to skip")]
DateFrom = Annotated[str | None, Query(pattern=DATE, description="from this date (YYYY-MM-DD, inclusive)")]
DateTo = Annotated[str | None, Query(pattern=DATE, description="to this date (YYYY-MM-DD, inclusive)")]
Text = Annotated[str | None, Query(max_length=500)]


def get_store(request: Request) -> Store:
    return request.app.state.store


StoreDep = Annotated[Store, Depends(get_store)]


def _found(value, what: str):
    if value is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no such {what}")
    return value


@router.get("/articles", response_model=Page[ArticleHit], tags=["articles"])
def articles(store: StoreDep, limit: Limit = 20, offset: Offset = 0, source: Text = None,
             date_from: DateFrom = None, date_to: DateTo = None,
             q: Annotated[str | None, Query(max_length=500, description="words to find in the title or text "
                                            "(accent-insensitive, every word must be there)")] = None):
    """Stored articles, newest first; with `q`, only those with every word in their title or text, each with
    the `passage` where the words are (the words' offsets in `marks`). A `q` of punctuation only finds nothing."""
    if q:
        return store.search_articles(q, limit=limit, offset=offset, source=source, date_from=date_from,
                                     date_to=date_to)
    return store.articles(limit=limit, offset=offset, source=source, date_from=date_from, date_to=date_to)


@router.get("/articles/{pk}", response_model=AnalysisDocument, responses=NOT_FOUND, tags=["articles"])
def article(store: StoreDep, pk: Annotated[int, Path(ge=1, le=2**62)]):
    """One article with its whole analysis (the analysis document)."""
    return _found(store.article(pk), "article")


def _quote_filter(q: Text = None, speaker: Text = None, date_from: DateFrom = None, date_to: DateTo = None,
                  source: Text = None, type: QuoteType | None = None) -> QuoteFilter:
    return QuoteFilter(query=q, speaker=speaker, date_from=date_from, date_to=date_to, source=source, type=type)


@router.get("/quotes", response_model=Page[QuoteHit], tags=["quotations"])
def quotes(store: StoreDep, f: Annotated[QuoteFilter, Depends(_quote_filter)], limit: Limit = 20, offset: Offset = 0):
    """Quotations, newest first; `q` searches their words (accent-insensitive), `speaker` is an actor id or name."""
    return store.search(f, limit=limit, offset=offset)


@router.get("/search", response_model=Page[QuoteHit], tags=["quotations"])
def search(store: StoreDep, q: Annotated[str, Query(min_length=1, max_length=500)],
           f: Annotated[QuoteFilter, Depends(_quote_filter)], limit: Limit = 20, offset: Offset = 0):
    """Full-text search over quotations and their speakers."""
    f.query = q
    return store.search(f, limit=limit, offset=offset)


@router.get("/actors", response_model=Page[ActorSummary], tags=["actors"])
def actors(store: StoreDep, q: Text = None, type: Literal["PER", "ORG", "GPE", "GOV", "OTHER"] | None = None,
           limit: Limit = 20, offset: Offset = 0):
    """Actors, most quoted first."""
    return store.actors(limit=limit, offset=offset, query=q, type=type)


@router.get("/actors/{actor_id:path}", response_model=ActorDetail, responses=NOT_FOUND, tags=["actors"])
def actor(store: StoreDep, actor_id: str):
    """One actor: aliases, roles, quotations per month, stances, and the `changes` of its position on an issue
    (support → oppose or oppose → support between two dated articles, with the evidence of both)."""
    return _found(store.actor(actor_id), "actor")


@router.get("/events", response_model=Page[EventHit], tags=["events"])
def events(store: StoreDep, type: Text = None, actor: Text = None, date_from: DateFrom = None, date_to: DateTo = None,
           limit: Limit = 20, offset: Offset = 0):
    return store.events(limit=limit, offset=offset, type=type, actor=actor, date_from=date_from, date_to=date_to)


@router.get("/stances", response_model=Page[StanceHit], tags=["stances"])
def stances(store: StoreDep, issue: Text = None, holder: Text = None, stance: StanceValue | None = None,
            limit: Limit = 20, offset: Offset = 0):
    """Stances, newest first; `issue` is an issue key (the stances of all its issue's wordings) or part of a
    wording."""
    return store.stances(limit=limit, offset=offset, issue=issue, holder=holder, stance=stance)


@router.get("/issues", response_model=list[IssueSummary], tags=["stances"])
def issues(store: StoreDep, limit: Limit = 20):
    """The issues with the most stances, each once: the keys of one question are grouped (a key whose words all
    stand in another's, when that is unambiguous), under its canonical key, with its `wordings`."""
    return store.issues(limit=limit)


@router.get("/issues/{issue_key}", response_model=IssueDetail, responses=NOT_FOUND, tags=["stances"])
def issue(store: StoreDep, issue_key: str):
    """Who supports and who opposes, with the quotations and events that show it; each holder's dated positions
    (`timeline`, one per article) and where a holder's position turned (`changes`, with the evidence of both).
    Any of the issue's keys finds it: the answer holds all its `wordings` and carries its canonical `issue_key`."""
    return _found(store.issue(issue_key), "issue")


@router.get("/stats", response_model=Stats, tags=["stats"])
def stats(store: StoreDep):
    return store.stats()


# ---- writing

class ArticleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="the article text, analysed as given")
    id: str | None = Field(None, max_length=200)
    title: str | None = Field(None, max_length=2000)
    date: str | None = Field(None, pattern=DATE, description="publication date YYYY-MM-DD")
    url: str | None = Field(None, max_length=4000)
    source: str | None = Field(None, max_length=500)
    lang: Literal["fr"] = "fr"


class Stored(BaseModel):
    pk: int
    status: Literal["stored", "replaced", "duplicate"]
    document: AnalysisDocument


_bearer = HTTPBearer(auto_error=False, description="the token in the configuration ([api] token or PROPOS_API_TOKEN)")


def require_token(request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]):
    expected = request.app.state.settings.token
    given = credentials.credentials if credentials else ""
    if given and not expected:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "this API is read-only: no token is configured")
    if not given or not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "a valid bearer token is required",
                            headers={"WWW-Authenticate": "Bearer"})


@router.post("/articles", response_model=Stored, status_code=201, tags=["articles"],
             dependencies=[Depends(require_token)],
             responses={400: {"description": "the body is not valid JSON"}, 401: {"description": "missing or wrong token"}, 403: {"description": "read-only API"},
                        413: {"description": "body over the size limit"}})
def post_article(request: Request, body: ArticleIn):
    """Analyse an article and store it (idempotent: the same article twice is stored once)."""
    from propos.errors import ProposError
    from propos.input.article import RawArticle, title_from_text
    from propos.input.validate import checked
    from propos.store.urls import content_hash
    from propos.store.writes import find_article

    app = request.app
    found = title_from_text(body.text) if body.title is None else None
    raw = RawArticle(id=body.id or "", text=body.text,
                     title=found[0] if found else body.title, title_span=found[1] if found else None,
                     date=body.date, url=body.url, source=body.source, language=body.lang)
    try:
        raw = checked(raw)  # before the analysis: a bad URL or text is refused at once, never a 500 after it
        raw.id = raw.id or content_hash(body.text)[:16]
        with app.state.analysis_lock:
            doc = app.state.analyzer().analyze_article(raw)
    except ProposError as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(exc)) from None
    result = app.state.store.save(doc)
    with app.state.store.engine.connect() as conn:
        pk = find_article(conn, url=doc.url, text_hash=content_hash(doc.text))[0]
    return Stored(pk=pk, status=result.value, document=app.state.store.article(pk))
