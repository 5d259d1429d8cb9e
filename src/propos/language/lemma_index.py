"""Constant-time word lists for spaCy's rule lemmatizer.

spaCy's rule lemmatizers (the French one among them) test `form in index`, where the index table holds a plain
list per part of speech (66,000 French nouns): every unseen (word, tag) pair scans those lists once per
candidate rule, about a third of a millisecond a word, the costliest step of the whole pipeline on fresh
text. Swapping each list for one whose `in` is a set lookup gives the same lemmas, and still serialises as a
list when the pipeline is saved.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc


class MembershipList(list):
    """A list whose `in` is a hash lookup; everything else, serialisation included, is the list's."""

    def __init__(self, items=()) -> None:
        super().__init__(items)
        self._members = frozenset(self)

    def __contains__(self, item) -> bool:
        try:
            return item in self._members
        except TypeError:  # an unhashable probe: the list's own answer
            return list.__contains__(self, item)


def index_lemma_tables(nlp: Language) -> int:
    """Give every rule lemmatizer of `nlp` hashed word lists; returns how many lists were swapped."""
    swapped = 0
    for _, pipe in nlp.pipeline:
        if not isinstance(pipe, Lemmatizer) or pipe.mode != "rule" or not pipe.lookups.has_table("lemma_index"):
            continue
        table = pipe.lookups.get_table("lemma_index")
        for key, words in list(table.items()):
            if isinstance(words, list) and not isinstance(words, MembershipList):
                table[key] = MembershipList(words)
                swapped += 1
    return swapped


class LemmasOncePerWord:
    """A lemmatizer step that asks the model's lemmatizer once per word, part of speech and morphology seen by the
    process and writes a document's lemmas as one array, where spaCy's own step walks every token in Python and
    asks the lemmatizer for each (0.17 of 11.7 s CPU over the 143 articles of `benchmarks/run.py throughput
    --chars 300000`, stop 51).

    spaCy's rule and lookup lemmatizers read a token's text, part of speech and morphology only, so the lemmas are
    the same. The model's lemmatizer stays in the pipeline, disabled, and does the lemmatising itself."""

    def __init__(self, nlp: Language, name: str, lemmatizer_name: str = "lemmatizer") -> None:
        self.name = name
        self.lemmatizer = nlp.get_pipe(lemmatizer_name)
        self._lemmas: dict[tuple[int, int, int], str] = {}  # (orth, pos, morph) -> lemma; grows as spaCy's cache

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = self.lemmatizer
        if not lemmatizer._validated:
            lemmatizer._validate_tables(Errors.E1004)
        if not len(doc):
            return doc
        words = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = words[:, 3].copy()
        todo = np.arange(len(doc)) if lemmatizer.overwrite else np.flatnonzero(lemmas == 0)
        keys = list(map(tuple, words[todo, :3].tolist()))  # (orth, pos, morph) by token to lemmatise
        strings, memo, hashes = doc.vocab.strings, self._lemmas, {}
        for i, key in zip(todo.tolist(), keys, strict=True):  # in the text's order, as spaCy asks
            if key not in hashes:  # strings added once per doc: a memory zone may have dropped them since
                word = memo.get(key)
                if word is None:
                    word = memo[key] = lemmatizer.lemmatize(doc[i])[0]
                hashes[key] = strings.add(word)
        lemmas[todo] = [hashes[key] for key in keys]
        doc.from_array([LEMMA], lemmas)
        return doc


@Language.factory("propos_lemmatizer", default_config={"lemmatizer_name": "lemmatizer"})
def make_lemmas_once_per_word(nlp: Language, name: str, lemmatizer_name: str) -> LemmasOncePerWord:
    return LemmasOncePerWord(nlp, name, lemmatizer_name)


def lemmatize_once_per_word(nlp: Language, name: str = "lemmatizer") -> bool:
    """Put a LemmasOncePerWord step in place of the rule or lookup lemmatizer `name` (kept, disabled); False where
    there is none."""
    pipe = nlp.get_pipe(name) if name in nlp.pipe_names else None
    if not isinstance(pipe, Lemmatizer) or pipe.mode not in ("rule", "lookup"):
        return False
    nlp.add_pipe("propos_lemmatizer", after=name, config={"lemmatizer_name": name})
    nlp.disable_pipe(name)
    return True
