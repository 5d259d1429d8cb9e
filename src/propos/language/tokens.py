"""Token lookups over a whole Doc that read spaCy's arrays instead of building one Token object per word."""

from __future__ import annotations

from collections.abc import Iterator

import numpy
from spacy.attrs import IDX, POS
from spacy.tokens import Doc, Span, Token


def tokens_with_pos(doc: Doc, tags: tuple[str, ...]) -> Iterator[Token]:
    """The doc's tokens with one of these coarse parts of speech, in order."""
    wanted = [doc.vocab.strings[tag] for tag in tags]
    for i in numpy.flatnonzero(numpy.isin(doc.to_array(POS), wanted)):
        yield doc[int(i)]


def tokens_starting_in(doc: Doc, start: int, end: int) -> Span:
    """The doc's tokens whose first character lies in [start, end): `[t for t in doc if start <= t.idx < end]`,
    found by bisecting the token offsets rather than walking the doc."""
    offsets = doc.to_array(IDX)
    return doc[int(numpy.searchsorted(offsets, start, "left")):int(numpy.searchsorted(offsets, end, "left"))]
