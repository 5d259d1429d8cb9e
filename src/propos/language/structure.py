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
        # plain lists, read once: a Token object per access is what costs here
        tokens = list(doc)
        texts = [t.text for t in tokens]
        starts = [t.idx for t in tokens]
        after_newline = True
        for i, word in enumerate(texts):
            if word.isspace():  # spaCy's is_space
                if "\n" in word:
                    after_newline = True
                continue
            if after_newline:
                if i > 0:
                    tokens[i].is_sent_start = True
                after_newline = False
            elif i == 0:
                continue
            elif starts[i] in closers or word in CLOSERS:
                tokens[i].is_sent_start = False
            elif starts[i - 1] in openers or texts[i - 1] in OPENERS:
                # an opening mark never ends a sentence: « stays with the words it opens
                tokens[i].is_sent_start = False
            elif starts[i - 1] in closers and (tokens[i].is_punct and word in ",;" or tokens[i].is_lower):
                # « … », a souligné Kirby / « … » a-t-il dit: the incise continues the sentence.
                tokens[i].is_sent_start = False
        return doc


@Language.factory("propos_structure")
def make_structure(nlp: Language, name: str) -> StructureMarker:
    return StructureMarker(nlp, name)
