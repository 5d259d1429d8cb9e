"""Whether a word carries the particle that opens a negation (French « ne … pas »): the particles are language
data (`negation_particles` in quotes_markers.json), shared by quotations, stances and events."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from propos.language.resources import load_json


@lru_cache(maxsize=8)
def negation_particles(lang: str) -> frozenset[str]:
    return frozenset(load_json(lang, "quotes_markers.json")["negation_particles"])


def is_negation_particle(tok: Token) -> bool:
    return tok.lower_ in negation_particles(tok.lang_)


def carries_negation(tok: Token) -> bool:
    """The particle hangs on the word it negates: « n'envoie pas » has « n' » as a child of « envoie »."""
    return any(is_negation_particle(c) for c in tok.children)
