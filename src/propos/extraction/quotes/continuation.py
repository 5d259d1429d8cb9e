"""Speech that carries on without a cue of its own: free indirect speech (« Cela aurait également des
conséquences … » right after someone's words, a conditional that reports rather than asserts)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from propos.extraction.quotes.candidate import Candidate, sentence_of, trim
from propos.extraction.quotes.cues import Cue
from propos.extraction.quotes.units import unit_of
from propos.language.layout import paragraph_break_between
from propos.language.quotemarks import ALL
from propos.language.textprep import doc_text


def is_conditional(token: Token, markers: dict) -> bool:
    """« coûteraient », « serait », « pourrait »: by the tag, or by the form (future stem + ending)."""
    if "Mood=Cnd" in token.morph:
        return True
    if token.pos_ not in ("VERB", "AUX"):
        return False
    form, lemma = token.lower_, token.lemma_.lower()
    for ending in markers["conditional_endings"]:
        if form.endswith(ending) and len(form) > len(ending):
            stem = form[: -len(ending) + 1]  # keep the r: « coûter|aient » → « coûter »
            # a verb in -re drops its e: « entendr|ait », « reprendr|ait », « mettr|ait » (the parser reads them
            # as imperfects)
            dropped_e = lemma[:-1] if lemma.endswith(tuple(markers["conditional_drop_e"])) else None
            return stem in (lemma, lemma[:-1] + "r", dropped_e) or stem in markers["conditional_stems"]
    return False


def _is_conditional_clause(sent: Span, markers: dict) -> bool:
    root = sent.root
    verbs = [root] + [c for c in root.children if c.dep_.startswith("aux") or c.dep_ in ("cop", "xcomp")]
    verbs += [c for c in root.children if c.dep_ == "xcomp"]
    return any(is_conditional(v, markers) for v in verbs) or (
        root.head.i == root.i and any(is_conditional(t, markers) for t in sent if t.head == root and t.pos_ == "AUX"))


def next_sentence(doc: Doc, end: int) -> Span | None:
    sent = sentence_of(doc, max(0, end - 1))
    if sent is None or sent.end >= len(doc):
        return None
    text = doc_text(doc)

    def blank(unit: Span) -> bool:  # the doc's text sliced, not the unit's tokens joined again
        return not text[unit.start_char:unit.end_char].strip()

    nxt = unit_of(doc[sent.end])
    while blank(nxt) and nxt.end < len(doc):
        nxt = unit_of(doc[nxt.end])
    return None if blank(nxt) else nxt


def free_indirect_after(doc: Doc, cand: Candidate, cue_sentences: set[int], taken, markers: dict) -> Candidate | None:
    """A conditional sentence right after reported speech, in the same paragraph, with no cue or quote mark."""
    nxt = next_sentence(doc, cand.end)
    if nxt is None or nxt.start in cue_sentences:
        return None
    if paragraph_break_between(doc_text(doc), min(cand.end, nxt.start_char), max(cand.end, nxt.start_char)):
        return None
    if any(t.text in ALL for t in nxt) or taken(nxt.start_char, nxt.end_char):
        return None
    if not _is_conditional_clause(nxt, markers) or len(nxt) < 5:
        return None
    start, end = trim(doc, nxt.start_char, nxt.end_char)
    return Candidate("free_indirect", start, end, "free-indirect", floating=True, confidence=0.5)


def cue_sentence_starts(cues: list[Cue]) -> set[int]:
    return {unit_of(c.verb).start for c in cues if c.entry.kind in ("speech", "cognition")}
