"""The two-pass parse: sentence splitter and NER everywhere, the dependency parser only where it pays.

Quotations and events are read from the parse of the sentences that carry them: a quote mark, a colon, a
speech or event verb, `selon`/`d'après`. Every other sentence keeps the sentence boundaries of the
`senter` and a flat placeholder tree (its first token is the root, every other token depends on it with
the UD label `dep`, "unspecified dependency"), so that `doc.sents` stays right and no component mistakes
it for a real analysis. The parser reads the `tok2vec` output already on the Doc (`doc.tensor`), so the
selected sentences cost only the parser itself.

`build(..., fast=True)` in `propos.language.pipeline` swaps the parser for this component.
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from propos.language.resources import data_path, language_module, load_json, load_tsv

TRIGGERS_FILE = "scale_parse_triggers.json"
UNSPECIFIED = "dep"
USER_DATA_KEY = "propos_parsed_sentences"  # (parsed, total) on doc.user_data, for benchmarks and tests


@dataclass(frozen=True)
class Triggers:
    lemmas: frozenset[str]
    marks: frozenset[str]
    phrases: re.Pattern | None


def _lexicon_files(lang: str, pattern: str) -> list[str]:
    if not any(c in pattern for c in "*?["):
        return [pattern] if data_path(lang, pattern).exists() else []
    folder = language_module(lang).DATA_DIR
    return sorted(p.name for p in folder.iterdir() if fnmatch.fnmatch(p.name, pattern))


def _head_word(expression: str) -> str:
    last = expression.split()[-1].replace("’", "'")
    return last.rsplit("'", 1)[-1].casefold()


@lru_cache(maxsize=8)
def load_triggers(lang: str) -> Triggers:
    spec = load_json(lang, TRIGGERS_FILE)
    lemmas = set()
    for pattern in spec.get("lexicons", []):
        for name in _lexicon_files(lang, pattern):
            lemmas.update(_head_word(row[0]) for row in load_tsv(lang, name) if row and row[0])
    phrases = set(spec.get("phrases", []))
    for name, key in spec.get("phrases_from", {}).items():
        if data_path(lang, name).exists():
            phrases.update(load_json(lang, name).get(key, []))
    pattern = None
    if phrases:
        alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
        pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
    return Triggers(frozenset(lemmas), frozenset(spec.get("marks", [])), pattern)


def needs_parse(sent: Span, triggers: Triggers) -> bool:
    for token in sent:
        if token.text in triggers.marks or token.lemma_.casefold() in triggers.lemmas:
            return True
    return bool(triggers.phrases and triggers.phrases.search(sent.text))


class SelectiveParser:
    def __init__(self, nlp: Language, name: str, parser_name: str = "parser", batch_size: int = 256) -> None:
        self.nlp = nlp
        self.name = name
        self.parser_name = parser_name
        self.batch_size = batch_size
        self.triggers = load_triggers(nlp.lang)

    @staticmethod
    def _chosen_doc(doc: Doc, chosen: list[Span]) -> Doc:
        """The chosen sentences of one article as one Doc (their boundaries preset), with their tok2vec rows:
        all the parser reads. One Doc per article, not per sentence: the parser's cost per Doc is high."""
        rows = np.concatenate([np.arange(s.start, s.end) for s in chosen])
        tokens = [doc[int(i)] for i in rows]
        starts = {s.start for s in chosen}
        sub = Doc(doc.vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens],
                  sent_starts=[t.i in starts for t in tokens])
        sub.tensor = doc.tensor[rows]
        return sub

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs, batch_size: int | None = None):
        """Parse the chosen sentences of each batch of articles together; write flat trees elsewhere."""
        for batch in minibatch(docs, size=batch_size or self.batch_size):  # a stream is never read whole
            yield from self._parse_batch(batch)

    def _parse_batch(self, docs: list[Doc]):
        plans = []
        for doc in docs:
            sents = list(doc.sents) if len(doc) else []
            plans.append((sents, [s for s in sents if needs_parse(s, self.triggers)]))
        parser = self.nlp.get_pipe(self.parser_name)
        todo = [(doc, chosen) for doc, (_, chosen) in zip(docs, plans, strict=True) if chosen]
        parsed = parser.pipe((self._chosen_doc(doc, chosen) for doc, chosen in todo), batch_size=len(docs))
        by_doc = {id(doc): sub for (doc, _), sub in zip(todo, parsed, strict=True)}
        for doc, (sents, chosen) in zip(docs, plans, strict=True):
            if len(doc):
                self._write(doc, sents, chosen, by_doc.get(id(doc)))
            yield doc

    @staticmethod
    def _write(doc: Doc, sents: list[Span], chosen: list[Span], sub: Doc | None) -> None:
        # Flat trees first (every token headed by its sentence's first token); parsed sentences overwrite theirs.
        index = np.arange(len(doc), dtype="int64")
        starts = np.zeros(len(doc), dtype="int64")
        starts[[s.start for s in sents]] = [s.start for s in sents]
        starts = np.maximum.accumulate(starts)
        arr = np.empty((len(doc), 2), dtype="uint64")
        arr[:, 0] = (starts - index).view("uint64")
        arr[:, 1] = doc.vocab.strings.add(UNSPECIFIED)
        arr[starts == index, 1] = doc.vocab.strings.add("ROOT")
        parsed = sub.to_array([HEAD, DEP]) if sub is not None else np.zeros((0, 2), dtype="uint64")
        offset = 0
        for sent in chosen:
            n = sent.end - sent.start
            heads = parsed[offset : offset + n]
            target = heads[:, 0].view("int64") + np.arange(n)  # heads are stored relative to the token
            # the parser keeps to preset boundaries; a sentence whose tree left them keeps its flat one
            if len(heads) == n and target.min() >= 0 and target.max() < n:
                arr[sent.start : sent.end] = heads
            offset += n
        doc.from_array([HEAD, DEP], arr)
        doc.user_data[USER_DATA_KEY] = (len(chosen), len(sents))


@Language.factory("propos_selective_parse", default_config={"parser_name": "parser", "batch_size": 256})
def make_selective_parse(nlp: Language, name: str, parser_name: str, batch_size: int) -> SelectiveParser:
    return SelectiveParser(nlp, name, parser_name, batch_size)
