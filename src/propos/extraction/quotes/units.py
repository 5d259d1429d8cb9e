"""Reading units: the parser's sentences, re-glued where it cut a sentence that has no final punctuation
(« Selon le négociateur, Guy Chevrette, cette annonce | est « une victoire » »). Lines still end units, so
headlines and intertitles stay apart."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from propos.language.quotemarks import CLOSING
from propos.language.textprep import doc_text

_KEY = ("propos", "quote_units")
_FINAL = (".", "!", "?", "\u2026")
_TERMINAL = (".", "!", "?", "\u2026", ":", ")", *sorted(CLOSING))


def build_units(doc: Doc) -> list[Span]:
    units: list[Span] = []
    index = [0] * len(doc)
    start = None
    sents = [piece for sent in doc.sents for piece in _after_closed_sentences(doc, sent)]
    full = doc_text(doc)
    for k, sent in enumerate(sents):
        if start is None:
            start = sent.start
        sent_text = full[sent.start_char:sent.end_char]  # `sent.text`, without joining its tokens again
        text = sent_text.rstrip()
        after = full[sent.end_char:sents[k + 1].start_char] if k + 1 < len(sents) else "\n"
        glued_ws = sent_text[len(text):] + after
        if k + 1 < len(sents) and text and "\n" not in glued_ws and (
                not text.endswith(_TERMINAL) or _continues(sents[k + 1])):
            continue
        units.append(doc[start:sent.end])
        index[start:sent.end] = [len(units) - 1] * (sent.end - start)
        start = None
    doc.user_data[_KEY] = (units, index)
    return units


def _after_closed_sentences(doc: Doc, sent: Span) -> list[Span]:
    """« Selon lui « S1. » Toujours selon X, S2 »: the parser's sentence cut after quote marks that close a
    quotation ending its own sentence (final punctuation inside the marks) when a capitalised word follows: the
    next sentence begins there, as the rules read it (a whole sentence in marks is a quotation of its own)."""
    ends = {p.end for p in doc._.quote_pairs if p.closed and p.depth == 0}
    if not any(sent.start_char <= end <= sent.end_char for end in ends):
        return [doc[sent.start:sent.end]]  # no closing mark ends a token of this sentence: nothing to cut
    pieces, start = [], sent.start
    for t in sent[:-1]:
        nxt = doc[t.i + 1]
        if t.idx + len(t) in ends and t.text in CLOSING and t.i > start and doc[t.i - 1].text in _FINAL and \
                nxt.text[:1].isalpha() and nxt.text[:1].isupper():
            pieces.append(doc[start:t.i + 1])
            start = t.i + 1
    pieces.append(doc[start:sent.end])
    return pieces


def _continues(sent: Span) -> bool:
    """« … », a-t-elle assuré: a sentence that starts with a comma or a lower-case word goes on the last one."""
    first = sent[0]
    return first.text in (",", ";", ")") or (first.is_lower and first.is_alpha)


def unit_of(token: Token) -> Span:
    doc = token.doc
    if _KEY not in doc.user_data:
        build_units(doc)
    units, index = doc.user_data[_KEY]
    return units[index[token.i]]


def forget_units(doc: Doc) -> None:
    doc.user_data.pop(_KEY, None)


def units(doc: Doc) -> list[Span]:
    if _KEY not in doc.user_data:
        build_units(doc)
    return doc.user_data[_KEY][0]
