"""The one typed result model: the JSON output, the JSON Schema and the database rows all come from here.

Every span points into the original input text: ``text[start:end] == span.text``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

QuoteType = Literal["direct", "indirect", "mixed", "free_indirect", "reported"]
ActorType = Literal["PER", "ORG", "GPE", "GOV", "OTHER"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Modality = Literal["asserted", "negated", "future", "conditional", "hypothetical", "reported"]
StanceValue = Literal["support", "oppose", "neutral"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    start: int = Field(ge=0, description="offset of the first character in the original input text")
    end: int = Field(ge=0, description="offset after the last character (half-open)")
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start=start, end=end, text=text[start:end])


class Quote(_Model):
    id: str
    type: QuoteType
    content: Span
    cue: Span | None = None
    speaker: Span | None = Field(None, description="the speaker mention as written ('il', 'le président américain')")
    speaker_name: str | None = Field(None, description="canonical name of the resolved speaker")
    speaker_id: str | None = Field(None, description="id of the resolved actor in actors[]")
    confidence: float = 1.0
    headline: bool = False
    floating: bool = False
    resolution: str | None = Field(None, description="how the speaker was resolved (rule name)")
    outlets: int | None = Field(None, description="in how many outlets of its wire family this quotation appeared")


class Role(_Model):
    title: str
    span: Span | None = None
    date: str | None = Field(None, description="the date the role is attested at (publication date)")


class Actor(_Model):
    id: str
    name: str
    type: ActorType
    mentions: list[Span] = []
    roles: list[Role] = []
    aliases: list[str] = []
    kb_id: str | None = None
    merged_because: list[str] = []


class Timex(_Model):
    id: str
    type: TimexType
    value: str
    span: Span
    mod: str | None = None
    begin: str | None = Field(None, description="start of an interval ('depuis mercredi')")
    end: str | None = None
    anchor: str | None = Field(None, description="the date the value was computed from")


class Event(_Model):
    id: str
    type: str
    trigger: Span
    source_id: str | None = None
    source_name: str | None = None
    target_id: str | None = None
    target_name: str | None = None
    target: Span | None = None
    modality: Modality = "asserted"
    reported_by: str | None = None
    time: str | None = None
    time_span: Span | None = None
    place: str | None = None
    evidence: Span
    confidence: float = 1.0


class Stance(_Model):
    id: str
    holder_id: str | None = None
    holder_name: str
    issue: str
    issue_key: str
    stance: StanceValue
    evidence: list[str] = Field(default_factory=list, description="ids of quotes and events that show it")
    date: str | None = None
    confidence: float = 1.0


class Problem(_Model):
    code: str
    message: str

    @classmethod
    def of(cls, message: str) -> Problem:
        """From a coded message of propos.errors ('[W001] …')."""
        return cls(code=message[1:5], message=message)


class AnalysisDocument(_Model):
    schema_version: str = SCHEMA_VERSION
    id: str
    language: str
    date: str | None = None
    title: str | None = None
    title_span: Span | None = Field(None, description="where the title stands in text, when it is part of it")
    url: str | None = None
    source: str | None = None
    text: str
    pipeline_version: str
    quotes: list[Quote] = []
    actors: list[Actor] = []
    timexes: list[Timex] = []
    events: list[Event] = []
    stances: list[Stance] = []
    warnings: list[Problem] = []
    duplicate_of: str | None = Field(None, description="id of the canonical (earliest) copy when this is a wire duplicate")
    story_id: str | None = Field(None, description="the story (same event across days and outlets) this article belongs to")


def json_schema() -> dict:
    schema = AnalysisDocument.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"propos analysis document v{SCHEMA_VERSION}"
    return schema
