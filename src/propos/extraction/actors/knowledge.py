"""Built-in actor knowledge, read from the language's data files: states and their governments, institutions,
role nouns, office holders by date. Everything language-specific lives in `actors_*` data files; this module only
shapes it."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from propos.language.resources import load_json, load_tsv


class _FoldTable(dict):
    """Character -> folded character, filled on first sight: `str.translate` then folds a whole article in
    one C-level pass instead of one Python call per character."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        self[code] = folded = unicodedata.normalize("NFD", c)[0].lower() if c.isalpha() else c
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower-case, accent-free form of a text with exactly the same length (offsets stay valid)."""
    return text.translate(_FOLD_TABLE)


def is_former(word: str, former: frozenset[str]) -> bool:
    """Whether a word before a title says it is not held now (« ancien », « ex- »); `former` is folded."""
    return fold(word).strip("-") in former


def name_words(name: str) -> tuple[str, ...]:
    """A person's name as its folded words (« Emmanuel Macron » → ("emmanuel", "macron"))."""
    return tuple(fold(w) for w in name.split())


def is_shorter_form(short, full) -> bool:
    """Whether a person's name (its folded words) is a shorter form of a fuller one: the same last word and no
    word the fuller one lacks (« emmanuel macron », « macron » of « emmanuel jean-michel macron »)."""
    return short[-1] == full[-1] and set(short) <= set(full)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


@dataclass(frozen=True)
class Body:
    """A known acting body: a state's government or an institution."""

    id: str
    name: str
    type: str
    # names that refer to the body by themselves (proper names, capitals, seats, abbreviations)
    names: tuple[str, ...] = ()
    # adjectives that, after a government head ("le gouvernement américain"), name it
    demonyms: tuple[str, ...] = ()
    # names that denote a place after a locative preposition ("en Ukraine", "à Washington")
    places: tuple[str, ...] = ()


@dataclass(frozen=True)
class Office:
    """A person holding role phrases between two dates (ISO, `until` excluded, empty while in office)."""

    name: str
    since: str
    until: str
    titles: tuple[str, ...]

    def held_on(self, date: str) -> bool:
        return self.since <= date and (not self.until or date < self.until)


@dataclass
class Knowledge:
    bodies: list[Body] = field(default_factory=list)
    titles: tuple[str, ...] = ()
    government_heads: tuple[str, ...] = ()
    place_prepositions: frozenset[str] = frozenset()
    not_entities: frozenset[str] = frozenset()
    # common nouns that introduce an organisation's name ("le quotidien", "la multinationale")
    org_heads: frozenset[str] = frozenset()
    # words that cannot end a name ("des"), and those that cannot follow a capitalised word of one ("mercredi")
    name_ends: frozenset[str] = frozenset()
    name_trailers: frozenset[str] = frozenset()
    # common nouns of places whose name follows "de" ("la prison de …", "la commune de …")
    place_heads: frozenset[str] = frozenset()
    # words before a title that say it is not held now ("l'ancien président"), folded
    former_modifiers: frozenset[str] = frozenset()
    # civilities that may open a tagged name ("m.", "monsieur"), folded: not part of the person's name
    name_titles: tuple[str, ...] = ()
    # nouns that take a name as their own, with no preposition (« le lycée Paul Valéry », « la famille Martin »),
    # folded: quotes_markers.json's `named_after_heads`
    named_after_heads: frozenset[str] = frozenset()
    # who holds which role phrase when (« président américain »: Donald Trump from 2017-01-20 to 2021-01-20)
    offices: tuple[Office, ...] = ()
    # given name (lower case, accents kept) → the gender it tells (« Masc » / « Fem »); names of both sexes absent
    first_names: dict[str, str] = field(default_factory=dict)
    # kind of body → the nouns that describe one (« media »: « quotidien », « journal », …), from actors_body_kinds.json
    body_kinds: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @cached_property
    def title_words(self) -> frozenset[str]:
        """The titles of one word (« président », « professeur »), lower-case."""
        return frozenset(t for t in self.titles if " " not in t)

    def body(self, body_id: str) -> Body | None:
        return next((b for b in self.bodies if b.id == body_id), None)

    def first_name_gender(self, word: str) -> str | None:
        """The gender a given name tells (« Marine » → Fem), or None: a compound (« Jean-Marie ») by its first
        part; a capital É the press wrote E (« Eric ») is read as É."""
        word = word.lower()
        for key in (word, word.split("-")[0]):
            gender = self.first_names.get(key) or (self.first_names.get("é" + key[1:]) if key[:1] == "e" else None)
            if gender:
                return gender
        return None


def _plurals(word: str) -> list[str]:
    if word.endswith(("s", "x")):
        return [word]
    if word.endswith("al"):
        return [word[:-2] + "aux"]
    return [word + "s"]


def _country(row: tuple[str, ...]) -> Body:
    code, name, masc, fem, capital, *rest = (*row, "", "")[:6]
    extra = [x for x in (rest[0] if rest else "").split("|") if x]
    demonyms = tuple(dict.fromkeys([masc, fem, *_plurals(masc), *_plurals(fem)]))
    return Body(
        id=f"gov:{code}",
        name=f"gouvernement {masc}",
        type="GOV",
        names=tuple(x for x in (name, capital, *extra) if x),
        demonyms=demonyms,
        places=tuple(x for x in (name, capital) if x),
    )


def _offices(lang: str) -> tuple[Office, ...]:
    """The office holders of `actors_offices.tsv` (none for a language without the file)."""
    try:
        rows = load_tsv(lang, "actors_offices.tsv")
    except FileNotFoundError:
        return ()
    return tuple(Office(r[0], r[1], r[2], tuple(t for t in r[3].split("|") if t)) for r in rows if len(r) >= 4)


def _first_names(lang: str) -> dict[str, str]:
    """Given names with the gender they tell, from `actors_first_names.tsv` (none for a language without it)."""
    try:
        rows = load_tsv(lang, "actors_first_names.tsv")
    except FileNotFoundError:
        return {}
    return {r[0].lower(): r[1] for r in rows if len(r) >= 2 and r[1] in ("Masc", "Fem")}


def _body_kinds(lang: str) -> dict[str, tuple[str, ...]]:
    """The kinds of bodies and the nouns that describe them, from `actors_body_kinds.json` (none for a language
    without the file)."""
    try:
        kinds = load_json(lang, "actors_body_kinds.json")["kinds"]
    except FileNotFoundError:
        return {}
    return {kind: tuple(nouns) for kind, nouns in kinds.items()}


@lru_cache(maxsize=4)
def knowledge(lang: str = "fr") -> Knowledge:
    bodies = [_country(r) for r in load_tsv(lang, "actors_countries.tsv") if len(r) >= 5]
    for row in load_tsv(lang, "actors_institutions.tsv"):
        body_id, name, kind, *rest = (*row, "")[:4]
        aliases = [x for x in (rest[0] if rest else "").split("|") if x]
        bodies.append(Body(id=body_id, name=name, type=kind, names=(name, *aliases),
                           places=tuple(a for a in aliases if a[:1].isupper() and " " not in a and not a.isupper())))
    extra = load_json(lang, "actors_bodies.json")
    return Knowledge(
        bodies=bodies,
        titles=tuple(sorted({r[0] for r in load_tsv(lang, "actors_titles.tsv")}, key=len, reverse=True)),
        government_heads=tuple(extra["government_heads"]),
        place_prepositions=frozenset(extra["place_prepositions"]),
        not_entities=frozenset(extra["not_entities"]),
        org_heads=frozenset(fold(w) for w in extra.get("org_heads", [])),
        name_ends=frozenset(fold(w) for w in extra.get("name_ends", [])),
        name_trailers=frozenset(fold(w) for w in extra.get("name_trailers", [])),
        place_heads=frozenset(fold(w) for w in extra.get("place_heads", [])),
        former_modifiers=frozenset(fold(w) for w in extra.get("former_modifiers", [])),
        name_titles=tuple(fold(w) for w in extra.get("name_titles", [])),
        named_after_heads=frozenset(fold(w) for w in load_json(lang, "quotes_markers.json")["named_after_heads"]),
        offices=_offices(lang),
        first_names=_first_names(lang),
        body_kinds=_body_kinds(lang),
    )
