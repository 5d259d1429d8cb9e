"""The article's discourse model: who is mentioned where, in which role, and who has spoken so far.

Speaker resolution has two stages (Muzny et al. 2017, CoreNLP's quote attribution): quote → mention (which
phrase the attribution uses: cues.py, indirect.py, direct.py) and mention → entity (who that is). This module
holds what the second stage reads: an entity registry built from the actors component (every mention of each
person and body, with its sentence, paragraph and grammatical role), and the speakers attributed so far.
It knows no language: agreement features come from spaCy's morphology.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from propos.language.textprep import doc_text

# Actor types that can speak; places (GPE) speak through their government (GOV).
SPEAKING_TYPES = ("PER", "ORG", "GOV")


@dataclass
class Mention:
    start: int
    end: int
    sent: int
    par: int
    subject: bool      # the mention (or the noun it stands in apposition to) is a subject
    complement: bool   # the mention completes another noun (« le chef de la sécurité de Biden »)


@dataclass
class Entity:
    id: str
    name: str
    type: str
    gender: str | None
    mentions: list[Mention] = field(default_factory=list)
    in_title: bool = False
    gender_sure: bool = False

    def before(self, at: int) -> list[Mention]:
        return [m for m in self.mentions if m.end <= at]


@dataclass
class Spoken:
    at: int
    name: str
    actor_id: str | None
    person: bool = True
    gender: str | None = None


def is_subject(token: Token) -> bool:
    """The token (or the noun it stands in apposition to) is a subject."""
    for _ in range(3):
        if token.dep_.startswith("nsubj"):
            return True
        if token.dep_ not in ("appos", "flat:name", "conj") or token.head.i == token.i:
            return False
        token = token.head
    return False


def _gender(doc: Doc, mentions: list[tuple[int, int]], known=None) -> tuple[str | None, bool]:
    """Gender of a person and whether it is sure: what the resolver read next to a mention (a title, the
    determiner of a role in apposition) is; a vote of the determiners and nouns just before it is not."""
    sure: set[str] = set()
    votes: dict[str, int] = {}
    for start, end in mentions:
        if known is not None and (found := known(start, end)):
            sure.add(found)
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        for token in (doc[i] for i in range(max(0, span.start - 2), span.start)):
            if token.pos_ in ("DET", "NOUN"):
                for value in token.morph.get("Gender"):
                    votes[value] = votes.get(value, 0) + 1
    if len(sure) == 1:
        return next(iter(sure)), True
    if not votes:
        return None, False
    best = max(votes, key=votes.get)
    return (best if votes[best] > sum(votes.values()) - votes[best] else None), False


class DiscourseModel:
    def __init__(self, doc: Doc, gender_of=None) -> None:
        """`gender_of(start, end)`: a person's gender as the caller knows it at a mention (or None)."""
        self.doc = doc
        text = doc_text(doc)
        self.sent_starts = [s.start_char for s in doc.sents]
        self.par_starts = [0] + [i + 2 for i in range(len(text) - 1) if text[i] == "\n" and text[i + 1] == "\n"]
        first_line = text.find("\n")
        self.title_end = first_line if 0 < first_line < 300 and text[first_line:first_line + 2] == "\n\n" else 0
        self.entities: list[Entity] = []
        for actor in doc._.actors:
            if actor.type not in SPEAKING_TYPES:
                continue
            spans = [(m.start, m.end) for m in actor.mentions]
            # a body's grammatical gender (« la Mairie », « le parquet ») is read from its determiners: « il »
            # rarely stands for « la Mairie »
            gender, sure = _gender(doc, spans, gender_of if actor.type == "PER" else None)
            sure = sure and actor.type == "PER"
            entity = Entity(actor.id, actor.name, actor.type, gender, gender_sure=sure)
            for start, end in sorted(spans):
                entity.mentions.append(self._mention(start, end))
            entity.in_title = any(m.start < self.title_end for m in entity.mentions)
            if entity.mentions:
                self.entities.append(entity)
        self.spoken: list[Spoken] = []

    def _mention(self, start: int, end: int) -> Mention:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        root = span.root if span is not None else None
        before = self.doc[span.start - 1] if span is not None and span.start > 0 else None
        complement = before is not None and before.dep_ == "case" and before.head.i >= span.start
        return Mention(start, end, self.sentence(start), self.paragraph(start),
                       bool(root is not None and is_subject(root)), complement)

    def sentence(self, at: int) -> int:
        return bisect.bisect_right(self.sent_starts, at) - 1

    def paragraph(self, at: int) -> int:
        return bisect.bisect_right(self.par_starts, at) - 1

    def remember(self, at: int, name: str | None, actor_id: str | None, *, person: bool = True,
                 gender: str | None = None) -> None:
        if name:
            bisect.insort(self.spoken, Spoken(at, name, actor_id, person, gender), key=lambda s: s.at)

    def spoken_before(self, at: int) -> list[Spoken]:
        return [s for s in self.spoken if s.at < at]

    def speakers_without_entity(self, at: int) -> list[Entity]:
        """Who spoke before `at` without being one of the actors (« le porte-parole de la police »): candidates
        too, known only by having spoken."""
        known = {e.id for e in self.entities} | {e.name for e in self.entities}
        out: dict[str, Entity] = {}
        for spoken in self.spoken_before(at):
            if spoken.actor_id in known or spoken.name in known:
                continue
            out[spoken.name] = Entity(spoken.actor_id or "", spoken.name, "PER" if spoken.person else "ORG",
                                      spoken.gender)
        return list(out.values())

    def entity_of(self, name: str | None, actor_id: str | None) -> Entity | None:
        for entity in self.entities:
            if (actor_id and entity.id == actor_id) or (name and entity.name == name):
                return entity
        return None
