"""`propos_stances`: placeholder until this step is built; writes an empty `doc._.stances`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from propos.extraction import extensions  # noqa: F401


class StanceDetector:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.stances = []
        return doc


@Language.factory("propos_stances")
def make_stances(nlp: Language, name: str) -> StanceDetector:
    return StanceDetector(nlp, name)
