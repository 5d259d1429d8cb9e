"""What reads return: typed views built on the result model, shared by the CLI, the REST API and the web page."""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, Field

from propos.model import Actor, Event, Quote, Role, Span, Stance, StanceValue


class ArticleSummary(BaseModel):
    pk: int = Field(description="the store's key for the article (URLs use it)")
    id: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    pipeline_version: str
    quotes: int = 0


class Passage(BaseModel):
    """Where the words of a search are in an article: a short part of its text, the words found marked."""

    start: int = Field(description="offset of the passage in the article text")
    end: int = Field(description="offset after the passage (half-open)")
    text: str = Field(description="the passage, as written in the article")
    marks: list[Span] = Field(default_factory=list, description="the words of the query, offsets in the article text")
    cut_before: bool = Field(False, description="the passage starts inside a paragraph (show an ellipsis)")
    cut_after: bool = Field(False, description="the passage ends inside a paragraph (show an ellipsis)")

    def pieces(self) -> list[tuple[str, bool]]:
        """The passage in order as (text, marked) pieces, for a page to mark the words (and escape the rest)."""
        out, at = [], self.start
        for m in self.marks:
            if m.start < at or m.end > self.end:
                continue
            if m.start > at:
                out.append((self.text[at - self.start:m.start - self.start], False))
            out.append((self.text[m.start - self.start:m.end - self.start], True))
            at = m.end
        if at < self.end:
            out.append((self.text[at - self.start:], False))
        return out


class ArticleHit(ArticleSummary):
    """An article found by the words of a search, with the passage where they are (none when it matched by its
    title only, or when no words were searched)."""

    passage: Passage | None = None


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


class ActorMerge(BaseModel):
    """An actor merged into another in the store: which, by what rule, why."""

    id: str = Field(description="the actor merged (its id as found in articles)")
    name: str
    into_id: str = Field(description="the actor it was merged into")
    into_name: str | None = None
    rule: str = Field(description="surname, shorter_name, name_start (propos.extraction.actors.merge) or correction")
    merged_because: str
    scope: str = Field("store", description="'store': the actor itself; 'article': its mention in some articles only")
    articles: int = Field(0, description="articles whose rows were rewritten")


class DatedPosition(BaseModel):
    """A holder's position on an issue in one article: the stance of highest confidence there."""

    stance: StanceValue
    date: str = Field(description="the article's date (YYYY-MM-DD), or the stance's when the article has none")
    article_pk: int
    article_title: str | None = None
    stance_id: str = Field(description="the stance taken as the article's position")
    confidence: float
    evidence_ids: list[str] = Field(default_factory=list, description="ids of the quotes and events that show it")
    mixed: bool = Field(False, description="the article also holds the opposite position: it counts in no change")


class HolderTimeline(BaseModel):
    """One holder's dated positions on one issue, oldest first (undated stances cannot be ordered: left out)."""

    holder_id: str | None = None
    holder_name: str
    issue_key: str
    issue: str
    positions: list[DatedPosition] = []


class PositionEvidence(DatedPosition):
    evidence: list[QuoteHit | EventHit] = Field(default_factory=list, description="the quotes and events themselves")


class StanceChange(BaseModel):
    """A holder who supported an issue and then opposed it, or the reverse: two consecutive dated positions of
    opposite polarity (neutral positions and articles holding both are not counted), each with its evidence."""

    holder_id: str | None = None
    holder_name: str
    issue_key: str
    issue: str
    before: PositionEvidence
    after: PositionEvidence


class ActorDetail(ActorSummary):
    timeline: list[MonthCount] = []
    stances: list[StanceHit] = []
    mentions_in: list[Actor] = Field(default_factory=list, description="the actor as found in each article")
    merged_into: ActorMerge | None = Field(None, description="this actor was merged into another (its rows are there)")
    merged: list[ActorMerge] = Field(default_factory=list, description="the actors merged into this one")
    merged_because: list[str] = Field(default_factory=list, description="why, for each merge above")
    changes: list[StanceChange] = Field(default_factory=list,
                                        description="where this actor's position on an issue turned, oldest first")


class IssueSide(BaseModel):
    holder_id: str | None = None
    holder_name: str
    stance: str
    evidence: list[QuoteHit | EventHit] = []
    dates: list[str] = []


class IssueWording(BaseModel):
    """One wording of an issue: a key of the store and its label (`propos.store.issue_groups`)."""

    issue_key: str
    issue: str = Field(description="a label of this wording, as the stances give it")
    stances: int = 0
    within: str | None = Field(None, description="the issue key that holds all the words of this one (why it is "
                                                 "this issue); none for the issue's widest wording")


class IssueDetail(BaseModel):
    issue_key: str = Field(description="the issue's canonical key (asked by any of its wordings' keys)")
    issue: str
    wordings: list[IssueWording] = Field(default_factory=list,
                                         description="the keys grouped as this issue, the canonical one first")
    support: list[IssueSide] = []
    oppose: list[IssueSide] = []
    neutral: list[IssueSide] = []
    timeline: list[HolderTimeline] = Field(default_factory=list, description="each holder's dated positions")
    changes: list[StanceChange] = Field(default_factory=list,
                                        description="where a holder's position turned, oldest first")


class IssueSummary(BaseModel):
    issue_key: str = Field(description="the issue's canonical key")
    issue: str
    stances: int = Field(description="stances on the issue, all its wordings together")
    wordings: list[IssueWording] = Field(default_factory=list,
                                         description="the keys grouped as this issue, the canonical one first")


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
