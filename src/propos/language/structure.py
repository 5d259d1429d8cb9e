"""`propos_structure`: keep the article's structure in the sentence segmentation.

spaCy's parser ignores newlines and glues a headline to the lead; a closing quote mark must not begin the
next sentence; the incise after a quotation (« … », a souligné Kirby) belongs to it. This component runs
before the parser and presets sentence starts, which the parser and senter respect.
"""

from __future__ import annotations

from spacy.attrs import IDX, LENGTH
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
        # plain lists read from the doc's arrays: a Token object per token is what costs here
        starts, lengths = doc.to_array([IDX, LENGTH]).T.tolist() if len(doc) else ([], [])
        texts = [text[start : start + length] for start, length in zip(starts, lengths, strict=True)]
        after_newline = True
        for i, word in enumerate(texts):
            if word.isspace():  # spaCy's is_space
                if "\n" in word:
                    after_newline = True
                continue
            if after_newline:
                if i > 0:
                    doc[i].is_sent_start = True
                after_newline = False
            elif i == 0:
                continue
            elif starts[i] in closers or word in CLOSERS:
                doc[i].is_sent_start = False
            elif starts[i - 1] in openers or texts[i - 1] in OPENERS:
                # an opening mark never ends a sentence: « stays with the words it opens
                doc[i].is_sent_start = False
            elif starts[i - 1] in closers and ((token := doc[i]).is_punct and word in ",;" or token.is_lower):
                # « … », a souligné Kirby / « … » a-t-il dit: the incise continues the sentence.
                token.is_sent_start = False
        return doc


@Language.factory("propos_structure")
def make_structure(nlp: Language, name: str) -> StructureMarker:
    return StructureMarker(nlp, name)
