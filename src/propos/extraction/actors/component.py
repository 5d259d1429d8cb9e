"""`propos_actors`: placeholder until this step is built; writes an empty `doc._.actors`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from propos.extraction import extensions  # noqa: F401


class ActorExtractor:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.actors = []
        return doc


@Language.factory("propos_actors")
def make_actors(nlp: Language, name: str) -> ActorExtractor:
    return ActorExtractor(nlp, name)
