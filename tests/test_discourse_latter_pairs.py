"""`_words_that_may_end`, the filter that spares `_add_latter_mentions` folding every pair of words: it must keep
every word that ends a pair whose fold is an anaphor (« ce dernier »), whatever its case, accents or spacing."""

from itertools import product

from propos.extraction.quotes.discourse import _words_that_may_end, fold

PHRASES = {fold(p) for p in ("ce dernier", "cette dernière", "ces derniers", "ces dernières")}
WORDS = ["Ce", "ce", "CE", "Cette", "cette", "ces", "CES", "dernier", "Dernier", "DERNIER", "dernière",
         "DERNIÈRE", "derniére", "derniers", "dernières", "Dernières", "dernie\u0300re", "\n", " ", "\n\n", "\u0301",
         "'", "dernier.", "derniè", "le", "premier", "a", "ier", "ﬁn", "Σ", "", "ce\u00a0dernier", "ce dernier"]


def test_keeps_every_word_that_ends_an_anaphor():
    kept = _words_that_may_end(dict(enumerate(WORDS)), PHRASES)
    for (_, before), (i, after) in product(enumerate(WORDS), enumerate(WORDS)):
        if fold(f"{before} {after}") in PHRASES:
            assert i in kept, (before, after)


def test_passes_over_words_no_anaphor_holds():
    kept = {WORDS[i] for i in _words_that_may_end(dict(enumerate(WORDS)), PHRASES)}
    assert {"le", "premier", "dernier.", "ﬁn", "Σ"}.isdisjoint(kept)  # near misses: no pair they end can match
    assert {"dernier", "DERNIÈRE", "ces", "\n", " ", ""} <= kept  # pieces of an anaphor, and empty folds
