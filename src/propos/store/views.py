"""What reads return: typed views built on the result model, shared by the CLI, the REST API and the web page."""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, Field

from propos.model import Actor, Event, Quote, Role, Stance


class ArticleSummary(BaseModel):
    pk: int = Field(description="the store's key for the article (URLs use it)")
    id: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    pipeline_version: str
    quotes: int = 0


class QuoteHit(Quote):
    """A quotation with the article it comes from."""

    article_pk: int
    article_title: str | None = None
    article_date: str | None = None
    article_source: str | None = None


class EventHit(Event):
    article_pk: int
    article_date: str | None = None


class StanceHit(Stance):
    article_pk: int


class ActorSummary(BaseModel):
    id: str
    name: str
    type: str
    kb_id: str | None = None
    aliases: list[str] = []
    roles: list[Role] = []
    quotes: int = 0
    articles: int = 0


class MonthCount(BaseModel):
    month: str = Field(description="YYYY-MM")
    quotes: int


class ActorDetail(ActorSummary):
    timeline: list[MonthCount] = []
    stances: list[StanceHit] = []
    mentions_in: list[Actor] = Field(default_factory=list, description="the actor as found in each article")


class IssueSide(BaseModel):
    holder_id: str | None = None
    holder_name: str
    stance: str
    evidence: list[QuoteHit | EventHit] = []
    dates: list[str] = []


class IssueDetail(BaseModel):
    issue_key: str
    issue: str
    support: list[IssueSide] = []
    oppose: list[IssueSide] = []
    neutral: list[IssueSide] = []


class IssueSummary(BaseModel):
    issue_key: str
    issue: str
    stances: int


class Stats(BaseModel):
    articles: int
    quotes: int
    actors: int
    events: int
    stances: int
    first_date: str | None = None
    last_date: str | None = None
    pipeline_versions: list[str] = []


T = TypeVar("T")


class Page(BaseModel, Generic[T]):  # noqa: UP046  (Python 3.11: no type parameter syntax)
    total: int = Field(description="matching items, counted up to a cap (see total_exact)")
    total_exact: bool = Field(True, description="false when there are more than `total` matches")
    limit: int
    offset: int
    items: list[T]
