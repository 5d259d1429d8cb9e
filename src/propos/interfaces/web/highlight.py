"""Cut an article's text into pieces, each carrying the annotations over it (as displaCy does for entities).

Quotations, speaker mentions, cues and dates may nest or overlap; every boundary of any of them starts a new
piece, so each piece has one set of annotations and the text is shown whole, in order, escaped by the template.
"""

from __future__ import annotations

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
    cuts = sorted({0, n} | {s for s, *_ in marks} | {e for _, e, *_ in marks})
    result = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        piece = Piece(text[start:end])
        for s, e, kind, obj in marks:
            if s <= start and end <= e:
                if kind == "quote" and piece.quote is None:
                    piece.quote, piece.quote_ends = obj, e == end
                elif kind == "speaker" and piece.speaker is None:
                    piece.speaker = obj
                elif kind == "cue":
                    piece.cue = True
                elif kind == "date" and piece.date is None:
                    piece.date = obj
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
