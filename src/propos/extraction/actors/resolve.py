"""Map a mention (character span) to the actor that the actors component linked it to.

The contract between the actors and quotes components: `propos_actors` records on each actor every mention
it could resolve — names, surnames, role nouns and titles ("le président américain"), metonymic places
("Washington", "l'Élysée"), demonym phrases ("le gouvernement américain"). Quotes then find a speaker's actor
by looking the speaker span up here; pronouns are resolved by the quotes component itself.
"""

from __future__ import annotations

from spacy.tokens import Doc

from propos.model import Actor


def actor_at(doc: Doc, start: int, end: int) -> Actor | None:
    """The actor with a mention that best overlaps [start, end), preferring the tightest containing one."""
    best: tuple[int, int, Actor] | None = None
    for actor in doc._.actors:
        for m in actor.mentions:
            overlap = min(end, m.end) - max(start, m.start)
            if overlap <= 0:
                continue
            key = (overlap, -(m.end - m.start))
            if best is None or key > best[:2]:
                best = (*key, actor)
    return best[2] if best else None


def actor_by_id(doc: Doc, actor_id: str) -> Actor | None:
    return next((a for a in doc._.actors if a.id == actor_id), None)
