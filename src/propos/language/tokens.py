"""Token lookups over a whole Doc that read spaCy's arrays instead of building one Token object per word."""

from __future__ import annotations

from collections.abc import Iterator

import numpy
from spacy.attrs import POS
from spacy.tokens import Doc, Token


def tokens_with_pos(doc: Doc, tags: tuple[str, ...]) -> Iterator[Token]:
    """The doc's tokens with one of these coarse parts of speech, in order."""
    wanted = [doc.vocab.strings[tag] for tag in tags]
    for i in numpy.flatnonzero(numpy.isin(doc.to_array(POS), wanted)):
        yield doc[int(i)]
