"""Who the quotation's own words say speaks: the gender its first person agrees in.

Narration features cannot tell apart the candidates for a floating quotation after the article brings in a new
person; the words inside can: « Je suis convaincue » is said by a woman. The agreement is read from spaCy's
morphology (Person, Number, Gender) under the auxiliaries after which a participle agrees (the language's
`agreeing_auxiliaries`). The ranker uses it as a rule (`voice_clash`: the candidate is left out, as a pronoun's
gender leaves one out). The first person's number (« nous », « notre ») and a candidate named inside the quotation
were learned features at stop 44 and were taken out: with the DEMOCRAT groups beside them (training/speakers.py)
they turned two dev speakers wrong that either change alone left right.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from propos.extraction.quotes.discourse import Entity


@dataclass(frozen=True)
class VoiceWords:
    """The language's words: `auxiliaries`, lemmas after which a participle agrees with its subject (« être »)."""

    auxiliaries: frozenset = frozenset()


def _agreement(subject: Token, words: VoiceWords) -> str | None:
    """The gender a first-person subject's predicate shows: a participle after an agreeing auxiliary (« je suis
    née », « j'ai été surprise »), an adjective after a copula (« je suis fière ») or beside a verb (« je me sens
    prête », « je reste convaincue »). An adjective's masculine is left out: the parser tags the adjectives that
    do not vary (« calme », « libre ») masculine."""
    head = subject.head
    children = list(head.children)
    participle = "VerbForm=Part" in head.morph
    agrees = any(c.dep_.startswith(("aux", "cop")) and c.lemma_.lower() in words.auxiliaries for c in children)
    genders = head.morph.get("Gender")
    if participle and agrees and len(genders) == 1:
        return genders[0]
    if head.pos_ == "ADJ" and any(c.dep_ == "cop" for c in children) and genders == ["Fem"]:
        return "Fem"
    if head.pos_ not in ("VERB", "AUX") or any(c.dep_ == "obj" for c in children):
        return None  # « je trouve cette réforme dangereuse »: the object's
    # beside the verb (« je reste convaincue », « je me sens trahie »; the parser hangs « prête » on « sens » as
    # an adjective of it): a participle's gender, an adjective's feminine
    for c in children:
        if c.dep_ not in ("xcomp", "amod") or len(c.morph.get("Gender")) != 1:
            continue
        if "VerbForm=Part" in c.morph or c.morph.get("Gender") == ["Fem"]:
            return c.morph.get("Gender")[0]
    return None


def quote_voice(doc: Doc, content: tuple[int, int] | None, words: VoiceWords | None) -> str | None:
    """The gender (« Masc », « Fem ») the first person singular of the quotation at `content` (character offsets)
    agrees in; None when it shows none, or both, or there is no quotation to read."""
    if content is None or words is None:
        return None
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None:
        return None
    genders = set()
    for token in span:
        if token.pos_ != "PRON" or token.morph.get("Person") != ["1"] or not token.dep_.startswith("nsubj"):
            continue
        if token.morph.get("Number") == ["Sing"] and (gender := _agreement(token, words)) is not None:
            genders.add(gender)
    return next(iter(genders)) if len(genders) == 1 else None


def voice_clash(gender: str | None, entity: Entity) -> bool:
    """The quotation's first-person agreement says a woman speaks and the candidate is a man the article agrees
    with as one, or the other way round (« Je suis persuadée » is not M. Lachaud's): a rule, as a pronoun's gender
    is (train gold groups: no right candidate clashes)."""
    return gender is not None and entity.type == "PER" and entity.agreement not in (None, gender)
