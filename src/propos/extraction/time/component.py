"""`propos_timex`: placeholder until this step is built; writes an empty `doc._.timexes`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from propos.extraction import extensions  # noqa: F401


class TimexTagger:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.timexes = []
        return doc


@Language.factory("propos_timex")
def make_timex(nlp: Language, name: str) -> TimexTagger:
    return TimexTagger(nlp, name)
