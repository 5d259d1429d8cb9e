"""Speech that carries on without a cue of its own: free indirect speech (« Cela aurait également des
conséquences … » right after someone's words, a conditional that reports rather than asserts)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from propos.extraction.quotes.candidate import Candidate, sentence_of, trim
from propos.extraction.quotes.cues import Cue


def _same_paragraph(doc: Doc, a: int, b: int) -> bool:
    return "\n\n" not in doc.text[min(a, b):max(a, b)]


def _is_conditional_clause(sent: Span) -> bool:
    root = sent.root
    verbs = [root] + [c for c in root.children if c.dep_.startswith("aux") or c.dep_ == "cop"]
    return any("Cnd" in v.morph.get("Mood") for v in verbs)


def next_sentence(doc: Doc, end: int) -> Span | None:
    sent = sentence_of(doc, max(0, end - 1))
    if sent is None or sent.end >= len(doc):
        return None
    nxt = doc[sent.end].sent
    while nxt.text.strip() == "" and nxt.end < len(doc):
        nxt = doc[nxt.end].sent
    return nxt if nxt.text.strip() else None


def free_indirect_after(doc: Doc, cand: Candidate, cue_sentences: set[int], taken) -> Candidate | None:
    """A conditional sentence right after reported speech, in the same paragraph, with no cue or quote mark."""
    nxt = next_sentence(doc, cand.end)
    if nxt is None or not _same_paragraph(doc, cand.end, nxt.start_char) or nxt.start in cue_sentences:
        return None
    if any(t.text in ("«", "»", '"') for t in nxt) or taken(nxt.start_char, nxt.end_char):
        return None
    if not _is_conditional_clause(nxt) or len(nxt) < 5:
        return None
    start, end = trim(doc, nxt.start_char, nxt.end_char)
    return Candidate("free_indirect", start, end, "free-indirect", floating=True, confidence=0.5)


def cue_sentence_starts(cues: list[Cue]) -> set[int]:
    return {c.verb.sent.start for c in cues if c.entry.kind in ("speech", "cognition")}
