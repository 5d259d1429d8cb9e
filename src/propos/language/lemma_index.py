"""Constant-time word lists for spaCy's rule lemmatizer.

spaCy's rule lemmatizers (the French one among them) test `form in index`, where the index table holds a plain
list per part of speech (66,000 French nouns): every unseen (word, tag) pair scans those lists once per
candidate rule, about a third of a millisecond a word, the costliest step of the whole pipeline on fresh
text. Swapping each list for one whose `in` is a set lookup gives the same lemmas, and still serialises as a
list when the pipeline is saved.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import Lemmatizer


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
