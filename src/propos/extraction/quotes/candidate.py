"""A quotation found but not yet attributed: character spans in the doc, the rule that found it."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from propos.extraction.quotes.units import unit_of
from propos.language.layout import line_end, line_start, paragraph_start
from propos.language.quotemarks import CLOSING
from propos.language.textprep import doc_text


@dataclass
class Candidate:
    type: str
    start: int  # content span (characters)
    end: int
    rule: str
    cue: tuple[int, int] | None = None
    speaker: tuple[int, int] | None = None
    speaker_head: Token | None = None
    headline: bool = False
    floating: bool = False
    confidence: float = 0.8
    # the mention as the attribution writes it, when it is not the phrase resolved (« Spicer, qui ajoute que »:
    # « qui », while « Spicer » is resolved)
    mention: tuple[int, int] | None = None
    # the probability that the quote marks it comes from are speech (speech_marks.py), when it comes from a pair
    speech: float | None = None


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop spaces and sentence punctuation at both ends of a character span (quote marks are kept)."""
    text = doc_text(doc)
    while start < end and (text[start].isspace() or text[start] in ",;:.-\u2014\u2013"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.!?-\u2014\u2013("):
        end -= 1
    return start, end


def overlaps_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the character span shares a character with any of `spans`."""
    return any(s < end and start < e for s, e in spans)


def sentence_of(doc: Doc, char: int) -> Span | None:
    span = doc.char_span(char, min(char + 1, len(doc_text(doc))), alignment_mode="expand")
    return unit_of(span[0]) if span is not None and len(span) else None


def token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, min(char + 1, len(doc_text(doc))), alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def is_headline(doc: Doc, sent: Span) -> bool:
    """A line standing alone in its paragraph, without final punctuation: a title or an intertitle."""
    text = doc_text(doc)
    start = line_start(text, sent.start_char)
    line = text[start:line_end(text, sent.start_char)].strip()
    opens_paragraph = paragraph_start(text, start) == start
    # (a quoted sentence with its full stop before the closing mark, « « Nous verrons. » », is no title; a question
    # or an exclamation in marks often is one: « Brexit : « Et maintenant ? » »)
    quoted_sentence = line[-1] in CLOSING and line.rstrip("".join(CLOSING) + " ").endswith(".")
    return bool(line) and opens_paragraph and line[-1] not in ".!?…" and not quoted_sentence and \
        len(line.split()) <= 20
