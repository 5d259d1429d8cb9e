"""Text preparation shared by every component.

Normalisation is character for character (’ → ', « » kept, “ ” → ", NBSP → space), so every offset in the
analysed text is the same offset in the input text: spans are mapped back by reading the original string
at the same positions. A normalisation that changes length is not allowed here.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from spacy.tokens import Doc

from propos.model import Span

# One character in, one character out. Curly apostrophes otherwise make the French models invent entities.
_CHAR_MAP = {
    "\u2019": "'",  # ’
    "\u2018": "'",  # ‘
    "\u02bc": "'",  # ʼ
    "\u00b4": "'",  # ´
    "\u201b": "'",
    "\u2032": "'",
    "\u201c": '"',  # “
    "\u201d": '"',  # ”
    "\u201e": '"',  # „
    "\u201f": '"',
    "\u2033": '"',
    "\u00a0": " ",  # no-break space
    "\u202f": " ",  # narrow no-break space (before ; : ! ? » in French typography)
    "\u2007": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u200b": " ",  # zero-width space
    "\ufeff": " ",
    "\r": " ",  # \r\n → " \n" keeps the length
    "\t": " ",
    "\u2028": "\n",
    "\u2029": "\n",
}
_TABLE = str.maketrans({k: v for k, v in _CHAR_MAP.items() if len(v) == 1})

ORIGINAL_TEXT_KEY = "propos_original_text"


def normalize(text: str) -> str:
    """Analysis form of a text, with exactly the same length."""
    out = text.translate(_TABLE)
    assert len(out) == len(text)
    return out


# `Doc.text` joins every token at each access; components read it hundreds of times per article. A doc's
# text never changes (retokenizing keeps it), so it is built once per live doc.
_DOC_TEXT: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per doc."""
    text = _DOC_TEXT.get(doc)
    if text is None:
        text = _DOC_TEXT[doc] = doc.text
    return text


def original_text(doc: Doc) -> str:
    """The input text the doc was made from (the doc's own text when it was not prepared by propos)."""
    text = doc.user_data.get(ORIGINAL_TEXT_KEY)
    return doc_text(doc) if text is None else text


def span_of(doc: Doc, start: int, end: int) -> Span:
    """A result span for character offsets of the doc, with its text read from the original input."""
    return Span.of(original_text(doc), start, end)


class NormalizingTokenizer:
    """Wraps a spaCy tokenizer: normalise, tokenise, remember the original text on the doc."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        normalized = normalize(text)
        doc = self.tokenizer(normalized)
        doc.user_data[ORIGINAL_TEXT_KEY] = text
        _DOC_TEXT[doc] = normalized  # spaCy's tokenizer keeps the text exactly: no need to rebuild it
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    # spaCy serialises the tokenizer with the pipeline; delegate to the wrapped one.
    def to_bytes(self, **kwargs):
        return self.tokenizer.to_bytes(**kwargs)

    def from_bytes(self, data, **kwargs):
        self.tokenizer.from_bytes(data, **kwargs)
        return self

    def to_disk(self, path, **kwargs):
        self.tokenizer.to_disk(path, **kwargs)

    def from_disk(self, path, **kwargs):
        self.tokenizer.from_disk(path, **kwargs)
        return self

    def __getattr__(self, name):
        # Only called for names not found normally; during unpickling `tokenizer` itself is not set yet.
        if name == "tokenizer":
            raise AttributeError(name)
        return getattr(self.tokenizer, name)
