"""Map a mention (character span) to the actor that the actors component linked it to.

The contract between the actors and quotes components: `propos_actors` records on each actor every mention
it could resolve — names, surnames, role nouns and titles ("le président américain"), metonymic places
("Washington", "l'Élysée"), demonym phrases ("le gouvernement américain"). Quotes then find a speaker's actor
by looking the speaker span up here; pronouns are resolved by the quotes component itself.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from propos.model import Actor

_APPOSITION_DEPS = {"appos", "flat:name", "flat"}


def actor_at(doc: Doc, start: int, end: int) -> Actor | None:
    """The actor a mention [start, end) refers to.

    A recorded mention that covers the phrase's head wins, the tightest first. A name elsewhere in the phrase
    counts only when it stands in apposition to the head (« Le directeur …, John Kirby »), never as a
    complement (« le chef de la sécurité de Biden » is not Biden).
    """
    candidates = [(m, a) for a in doc._.actors for m in a.mentions if min(end, m.end) > max(start, m.start)]
    if not candidates:
        return None
    phrase = doc.char_span(start, end, alignment_mode="expand")
    if phrase is None or len(phrase) == 0:
        return None
    head = phrase.root
    covering = [(m, a) for m, a in candidates if m.start <= head.idx < m.end]
    if covering:
        return min(covering, key=lambda c: (c[0].end - c[0].start, -c[0].start))[1]
    for m, a in candidates:
        mention = doc.char_span(m.start, m.end, alignment_mode="expand")
        if mention is not None and len(mention) and _in_apposition(mention.root, head):
            return a
    return None


def _in_apposition(token: Token, head: Token) -> bool:
    while token.dep_ in _APPOSITION_DEPS and token.head.i != token.i:
        token = token.head
        if token.i == head.i:
            return True
    return False


def actor_by_id(doc: Doc, actor_id: str) -> Actor | None:
    return next((a for a in doc._.actors if a.id == actor_id), None)
