"""`propos_quotes`: placeholder until this step is built; writes an empty `doc._.quotes`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from propos.extraction import extensions  # noqa: F401


class QuoteExtractor:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = []
        return doc


@Language.factory("propos_quotes")
def make_quotes(nlp: Language, name: str) -> QuoteExtractor:
    return QuoteExtractor(nlp, name)
