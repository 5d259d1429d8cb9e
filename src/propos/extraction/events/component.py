"""`propos_events`: who did what to whom, typed with PLOVER, from a French trigger lexicon (data file).

Each trigger verb (or noun with an actor attached) gives at most one event: its source from the subject (or
the agent of a passive, or "de X" for a noun), its target from the object or "avec X", its modality from
negation, tense, mood, conditions and reporting verbs, its time from the nearest timex of the sentence, its
place from a locative phrase. Speech acts are not events here: they are quotations.

Participants are actors of the article (`doc._.actors`): an event needs a source actor ("des discussions ont
eu lieu sur l'envoi …" is not one); its target is an actor or nothing (not a thing, « des avions », nor a
date, « jeudi »). The same event told again (a headline and the body's first line) is listed once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from propos.extraction import extensions  # noqa: F401
from propos.extraction.actors.resolve import actor_at, actor_by_id
from propos.extraction.events.modality import ModalityRules, modality_of
from propos.language.resources import load_tsv
from propos.language.textprep import doc_text, span_of
from propos.language.tokens import tokens_with_pos
from propos.model import Actor, Event

_SUBJECTS = ("nsubj", "nsubj:pass")
_OBJECTS = ("obj", "iobj", "obl:arg", "ccomp", "xcomp")


@dataclass(frozen=True)
class Trigger:
    lemma: str
    type: str
    pos: str


def _subtree_bounds(tok: Token) -> tuple[int, int]:
    left, right = tok.left_edge, tok.right_edge
    return left.idx, right.idx + len(right)


def _actor_of(doc: Doc, tok: Token | None) -> tuple[Actor | None, tuple[int, int] | None]:
    """The actor a participant's head word stands for (its whole phrase may name others: "le chef de
    la sécurité de Biden" is not Biden)."""
    if tok is not None and tok.dep_.startswith("nsubj") and tok.head.dep_ == "acl:relcl" \
            and "PronType=Rel" in tok.morph:
        tok = tok.head.head  # "Theresa May, qui demande …": the relative pronoun stands for its antecedent
    if tok is None or (tok.pos_ == "PRON" and tok.lower_ != "nous"):
        return None, None
    return actor_at(doc, tok.idx, tok.idx + len(tok)), _subtree_bounds(tok)


def _nearest_actor_child(doc: Doc, tok: Token, *, left: bool, skip: Token | None) -> Token | None:
    """When the parse gets a name wrong ("Macron" as an adverb), the nearest child on that side naming an
    actor stands in for the subject (left) or the object (right)."""
    kids = [c for c in tok.children if (c.i < tok.i) == left and (skip is None or c.i != skip.i) and not c.is_punct]
    for c in sorted(kids, key=lambda c: abs(c.i - tok.i)):
        if actor_at(doc, c.idx, c.idx + len(c)) is not None:
            return c
    return None


def _child(tok: Token, deps: tuple[str, ...], case: tuple[str, ...] = (),
           avoid: frozenset[int] = frozenset()) -> Token | None:
    """The first child on one of these dependencies (with one of these prepositions), not a word of a time
    expression ("a demandé jeudi des avions": "jeudi" is when, not what or whom)."""
    for c in tok.children:
        if c.i in avoid:
            continue
        if c.dep_ in deps and (not case or any(g.dep_ == "case" and g.lower_ in case for g in c.children)):
            return c
    return None


def _time_tokens(doc: Doc) -> frozenset[int]:
    """The tokens of the doc's time expressions: never a participant."""
    out: set[int] = set()
    for t in doc._.timexes:
        span = doc.char_span(t.span.start, t.span.end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return frozenset(out)


def _mention_span(doc: Doc, actor: Actor, tok: Token):
    """The actor's mention at the participant's head word (a clean name: no quote mark, no line break)."""
    for m in actor.mentions:
        if m.start <= tok.idx < m.end:
            return m
    return span_of(doc, tok.idx, tok.idx + len(tok))


def _speaker_actor(doc: Doc, tok: Token) -> Actor | None:
    """« Nous soutenons … » inside a quotation: the quotation's speaker acts."""
    for quote in doc._.quotes:
        if quote.content.start <= tok.idx < quote.content.end and quote.speaker_id:
            return actor_by_id(doc, quote.speaker_id)
    return None


def _same_event(e: Event) -> tuple:
    return e.type, e.source_id, e.target_id, e.modality, e.time


def _subject(tok: Token) -> Token | None:
    """The subject of a verb, inherited along coordination and infinitive complements."""
    seen = 0
    while tok is not None and seen < 4:
        subj = _child(tok, ("nsubj",))
        if subj is not None:
            return subj
        if tok.dep_ in ("conj", "xcomp") and tok.head.i != tok.i:
            tok, seen = tok.head, seen + 1
            continue
        return None
    return None


class EventExtractor:
    def __init__(self, nlp: Language, name: str, lang: str = "fr") -> None:
        self.name = name
        self.triggers = {(r[0], r[2] if len(r) > 2 else "VERB"): Trigger(r[0], r[1], r[2] if len(r) > 2 else "VERB")
                         for r in load_tsv(lang, "events_triggers.tsv") if len(r) >= 2}
        self.rules = ModalityRules.load(lang)

    def __call__(self, doc: Doc) -> Doc:
        events: list[Event] = []
        told: set[tuple] = set()
        triggers: set[int] = set()
        avoid = _time_tokens(doc)
        for tok in tokens_with_pos(doc, ("VERB", "NOUN")):
            trigger = self.triggers.get((tok.lemma_.lower(), tok.pos_))
            if trigger is None or tok.i in triggers:
                continue
            event = self._event(doc, tok, trigger, len(events) + 1, avoid)
            if event is None or _same_event(event) in told:
                continue  # the same event told again (a headline, then the first line): listed once
            triggers.add(tok.i)
            told.add(_same_event(event))
            events.append(event)
        doc._.events = events
        return doc

    def _participants(self, doc: Doc, tok: Token, pos: str, avoid: frozenset[int]):
        if pos == "NOUN":
            # "la visite de Biden": "de X" is the source only when X is an actor ("l'envoi de soldats" is not)
            source = _child(tok, ("nmod",), ("de", "du", "des", "d'"), avoid)
            if source is not None and _actor_of(doc, source)[0] is None:
                source = None
            target = _child(tok, ("nmod",), ("avec", "à", "au", "aux", "contre", "entre"), avoid)
            light = tok.dep_ == "obj" and tok.head.lemma_ in self.rules.light_verbs
            place = tok
            while place.dep_ == "nmod" and place.head.i != place.i:
                place = place.head  # "à l'issue d'une rencontre": the noun hangs from an adverbial
            if source is None and (place.dep_ in ("obl", "obl:mod", "obl:arg") or light):
                # "à l'issue d'une rencontre avec X", "donner son accord": the clause's subject takes part
                head = tok.head
                while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
                    head = head.head
                source = _subject(head)
            return source, target
        participle = tok.dep_ in ("acl", "advcl") and "VerbForm=Part" in tok.morph
        passive = participle or any(c.dep_ in ("aux:pass", "nsubj:pass") for c in tok.children)
        agent = _child(tok, ("obl:agent",), (), avoid) or (
            _child(tok, ("obl", "obl:mod"), ("par",), avoid) if passive else None)
        if participle and agent is not None:
            # "…, accusée par Nicolas Sarkozy de …": the participle's noun is the target
            return agent, tok.head if tok.dep_ == "acl" else _subject(tok.head)
        if passive and not participle:
            return agent, _child(tok, ("nsubj:pass",), (), avoid)
        target = _child(tok, ("obj", "iobj", "obl:arg"), (), avoid) or _child(
            tok, ("obl", "obl:mod"), ("avec", "contre"), avoid)
        return _subject(tok), target

    def _event(self, doc: Doc, tok: Token, trigger: Trigger, n: int, avoid: frozenset[int]) -> Event | None:
        source_tok, target_tok = self._participants(doc, tok, trigger.pos, avoid)
        if trigger.pos == "VERB" and tok.dep_ in ("acl", "amod") and "VerbForm=Part" in tok.morph:
            return None  # "les troupes alliées": a participle used as an adjective
        source, _ = _actor_of(doc, source_tok)
        target, _ = _actor_of(doc, target_tok)
        if trigger.pos == "VERB" and source is None:
            source_tok = _nearest_actor_child(doc, tok, left=True, skip=target_tok) or source_tok
            source, _ = _actor_of(doc, source_tok)
        if source is None and source_tok is not None and "Person=1" in source_tok.morph:
            source = _speaker_actor(doc, source_tok)  # « Nous soutenons … » in a quotation: its speaker acts
        if source is None:
            return None  # an event needs a source actor: "des discussions", "la question de …" are not ones
        if trigger.pos == "VERB" and target is None and target_tok is None:
            target_tok = _nearest_actor_child(doc, tok, left=False, skip=source_tok)
            target, _ = _actor_of(doc, target_tok)
        target_head = target_tok
        if target is None and target_tok is not None:
            # "a salué la décision de l'administration américaine": the object's owner is the target
            owner = _child(target_tok, ("nmod",), ("de", "du", "des", "d'"), avoid)
            if owner is not None and _actor_of(doc, owner)[0] is not None:
                target, _ = _actor_of(doc, owner)
                target_head = owner
        if target is not None and target.id == source.id:
            target = None  # a parse that makes one actor both sides
        modality, reported_by = modality_of(doc, tok, self.rules)
        timex = self._time(doc, tok)
        place = self._place(doc, tok)
        found = sum(x is not None for x in (source, target))
        return Event(
            id=f"E{n}",
            type=trigger.type,
            trigger=span_of(doc, tok.idx, tok.idx + len(tok)),
            source_id=source.id,
            source_name=source.name,
            target_id=target.id if target else None,
            target_name=target.name if target else None,
            # a target is an actor or nothing: its span is that actor's mention, never a phrase or a date
            target=_mention_span(doc, target, target_head) if target is not None and target_head is not None else None,
            modality=modality,
            reported_by=reported_by,
            time=timex.value if timex else None,
            time_span=timex.span if timex else None,
            place=place,
            evidence=span_of(doc, *_sentence_bounds(doc, tok)),
            confidence=round(0.5 + 0.2 * found, 2),
        )

    def _time(self, doc: Doc, tok: Token):
        start, end = _sentence_bounds(doc, tok)
        inside = [t for t in doc._.timexes if start <= t.span.start < end]
        return min(inside, key=lambda t: abs(t.span.start - tok.idx)) if inside else None

    def _place(self, doc: Doc, tok: Token) -> str | None:
        """A named place in a locative phrase under the trigger ("à Paris", "en France")."""
        for c in tok.subtree:
            if c.ent_type_ == "LOC" and any(g.dep_ == "case" and g.lower_ in ("à", "en", "au", "dans") for g in c.children):
                ent = next((e for e in doc.ents if e.start <= c.i < e.end), None)
                return ent.text if ent else c.text
        return None


def _sentence_bounds(doc: Doc, tok: Token) -> tuple[int, int]:
    """The trigger's sentence, run on to the next full stop when the segmenter cut it short."""
    sent = tok.sent
    stop = re.search(r"[.!?\n]", doc_text(doc)[tok.idx:])
    end = max(sent.end_char, tok.idx + stop.end() if stop else len(doc_text(doc)))
    text = doc_text(doc)[sent.start_char:end]
    return sent.start_char, sent.start_char + len(text.rstrip())


@Language.factory("propos_events")
def make_events(nlp: Language, name: str) -> EventExtractor:
    return EventExtractor(nlp, name, lang=nlp.lang)
