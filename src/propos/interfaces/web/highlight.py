"""Cut an article's text into pieces, each carrying the annotations over it (as displaCy does for entities).

Quotations, speaker mentions, cues and dates may nest or overlap; every boundary of any of them starts a new
piece, so each piece has one set of annotations and the text is shown whole, in order, escaped by the template.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

from propos.model import AnalysisDocument, Quote, Timex


@dataclass
class Piece:
    text: str
    quote: Quote | None = None
    quote_ends: bool = False     # the speaker label goes after the last piece of a quotation
    speaker: Quote | None = None
    cue: bool = False
    date: Timex | None = None


def pieces(doc: AnalysisDocument) -> list[Piece]:
    """One sweep over the sorted boundaries (linear in marks, not quadratic): at each cut the marks that open
    there enter, those that close leave; of several marks of one kind the first listed wins, as before."""
    text = doc.text
    n = len(text)
    marks: list[tuple[int, int, str, object]] = []
    for q in doc.quotes:
        marks.append((q.content.start, q.content.end, "quote", q))
        if q.speaker:
            marks.append((q.speaker.start, q.speaker.end, "speaker", q))
        if q.cue:
            marks.append((q.cue.start, q.cue.end, "cue", q))
    for t in doc.timexes:
        marks.append((t.span.start, t.span.end, "date", t))
    marks = [(max(0, s), min(n, e), k, o) for s, e, k, o in marks if 0 <= s < e]
    opening: dict[int, list[int]] = {}
    closing: dict[int, list[int]] = {}
    for i, (s, e, _, _) in enumerate(marks):
        opening.setdefault(s, []).append(i)
        closing.setdefault(e, []).append(i)
    cuts = sorted({0, n} | opening.keys() | closing.keys())
    active: dict[str, list[int]] = {"quote": [], "speaker": [], "cue": [], "date": []}  # heaps of mark indexes
    closed: set[int] = set()

    def first(kind: str) -> int | None:
        heap = active[kind]
        while heap and heap[0] in closed:  # lazy removal: a closed mark leaves the heap when it reaches the top
            heapq.heappop(heap)
        return heap[0] if heap else None

    result = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        closed.update(closing.get(start, ()))
        for i in opening.get(start, ()):
            heapq.heappush(active[marks[i][2]], i)
        piece = Piece(text[start:end])
        quote = first("quote")
        if quote is not None:
            piece.quote, piece.quote_ends = marks[quote][3], marks[quote][1] == end
        speaker, date = first("speaker"), first("date")
        piece.speaker = marks[speaker][3] if speaker is not None else None
        piece.cue = first("cue") is not None
        piece.date = marks[date][3] if date is not None else None
        result.append(piece)
    return result


@dataclass
class Run:
    """Consecutive pieces under the same quotation (or under none), shown as one highlighted block."""

    quote: Quote | None
    pieces: list[Piece]


def runs(doc: AnalysisDocument) -> list[Run]:
    out: list[Run] = []
    for piece in pieces(doc):
        if out and out[-1].quote is piece.quote and not (out[-1].pieces and out[-1].pieces[-1].quote_ends):
            out[-1].pieces.append(piece)
        else:
            out.append(Run(piece.quote, [piece]))
    return out
