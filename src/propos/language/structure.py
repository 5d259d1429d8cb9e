"""`propos_structure`: keep the article's structure in the sentence segmentation.

spaCy's parser ignores newlines and glues a headline to the lead; a closing quote mark must not begin the
next sentence; the incise after a quotation (« … », a souligné Kirby) belongs to it. This component runs
before the parser and presets sentence starts, which the parser and senter respect.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from propos.extraction import extensions  # noqa: F401  (registers Doc._ extensions)
from propos.language.quotemarks import CLOSERS, OPENERS, pair_quotes
from propos.language.textprep import doc_text


class StructureMarker:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        pairs, _stray = pair_quotes(text)
        doc._.quote_pairs = pairs
        closers = {p.end - 1 for p in pairs if p.closed}
        openers = {p.start for p in pairs}
        after_newline = True
        for token in doc:
            if token.is_space:
                if "\n" in token.text:
                    after_newline = True
                continue
            if after_newline:
                if token.i > 0:
                    token.is_sent_start = True
                after_newline = False
            elif token.i > 0 and (token.idx in closers or token.text in CLOSERS):
                token.is_sent_start = False
            elif token.i > 0 and (doc[token.i - 1].idx in openers or doc[token.i - 1].text in OPENERS):
                # an opening mark never ends a sentence: « stays with the words it opens
                token.is_sent_start = False
            elif token.i > 0 and doc[token.i - 1].idx in closers and (token.is_punct and token.text in ",;" or token.is_lower):
                # « … », a souligné Kirby / « … » a-t-il dit: the incise continues the sentence.
                token.is_sent_start = False
        return doc


@Language.factory("propos_structure")
def make_structure(nlp: Language, name: str) -> StructureMarker:
    return StructureMarker(nlp, name)
