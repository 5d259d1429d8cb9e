"""`propos_actors`: one actor per person, organisation or state in the article, with every mention it resolves.

Mentions: names and surnames ("Kirby" → John Kirby), titles by apposition and their later bare uses ("le
président américain" → Joe Biden), role phrases whose holder at the article's date the knowledge knows and the
article names ("le président de la République" in 2018 → Emmanuel Macron), capitals and seats ("Washington",
"la Maison Blanche" → gouvernement américain), demonym phrases ("le gouvernement américain"), institutions and
their abbreviations (OTAN, UE).
Fixes what the model gets wrong: a known capital tagged as a person is the government; a known person's
surname is a person wherever it stands; capitalised common nouns ("État") are not entities.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from propos.extraction import extensions  # noqa: F401
from propos.extraction.actors.kb import KbEntry, kb_lookup, load_kb
from propos.extraction.actors.knowledge import (
    Body,
    Knowledge,
    fold,
    is_former,
    is_shorter_form,
    knowledge,
    name_words,
    slug,
)
from propos.extraction.actors.mentions import (
    Mention,
    Person,
    body_mentions,
    opens_longer_name,
    org_mentions,
    person_mentions,
    persons_in,
    portfolio_complement,
    resolve_overlaps,
    title_of,
    title_phrase,
    whole_word_spans,
    with_determiner,
)
from propos.language.resources import load_json
from propos.language.textprep import doc_text, original_text, span_of
from propos.model import Actor, Role


def _common_nouns(nlp: Language) -> frozenset[str]:
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
        return frozenset(table["noun"])
    except (KeyError, AttributeError):
        return frozenset()


@lru_cache(maxsize=8)
def _portfolio_heads(lang: str) -> frozenset[str]:
    """Role nouns whose complement is a portfolio ("ministre du Budget"), folded (data: actors_bodies.json)."""
    return frozenset(fold(w) for w in load_json(lang, "actors_bodies.json").get("portfolio_heads", ()))


def _kb_bodies(entries: list[KbEntry]) -> list[Body]:
    return [Body(id=e.id, name=e.name, type=e.type, names=(e.name, *e.aliases)) for e in entries]


class ActorExtractor:
    def __init__(self, nlp: Language, name: str, lang: str = "fr") -> None:
        self.name = name
        self.lang = lang
        self._nlp = nlp
        self._common_nouns: frozenset[str] | None = None

    @property
    def common_nouns(self) -> frozenset[str]:
        """The language's common nouns, from the lemmatizer's tables (read once its data is loaded)."""
        if self._common_nouns is None:
            self._common_nouns = _common_nouns(self._nlp)
        return self._common_nouns

    @property
    def kb(self) -> Knowledge:
        return knowledge(self.lang)

    def __call__(self, doc: Doc) -> Doc:
        doc._.actors = self.actors(doc)
        return doc

    def actors(self, doc: Doc) -> list[Actor]:
        kb = self.kb
        text = doc_text(doc)
        folded = fold(text)
        user = load_kb()
        bodies = [*_kb_bodies([e for e in user if e.type != "PER"]), *kb.bodies]
        body_names = _folded_names(tuple(bodies))
        persons = persons_in(doc, kb, body_names, self.common_nouns)
        # user-known people: their full names and aliases are names wherever they stand
        kb_people = _kb_bodies([e for e in user if e.type == "PER"])
        mentions = person_mentions(text, folded, persons)
        mentions += [m for m in body_mentions(text, folded, kb_people + bodies, kb)
                     if m.kind != "body" or not opens_longer_name(doc, m.start, m.end, kb.name_ends)]
        mentions += org_mentions(doc, text, folded, kb, body_names | {fold(p.name) for p in persons},
                                 self.common_nouns)
        # « ministre du Budget », « ministre de l'Action et des Comptes publics »: a portfolio is part of the
        # title, not a person or an organisation (known bodies keep their mentions: « ministre du Canada »)
        heads = _portfolio_heads(self.lang)
        mentions = [m for m in mentions if m.kind in ("body", "demonym") or not portfolio_complement(doc, m.start, heads)]
        mentions = resolve_overlaps(mentions)

        names = {p.key: p.name for p in persons}
        types = {p.key: "PER" for p in persons}
        for b in [*kb_people, *bodies]:
            names.setdefault(b.id, b.name)
            types.setdefault(b.id, b.type if b.type in ("PER", "ORG", "GPE", "GOV") else "OTHER")
        orgs = [m for m in mentions if m.kind == "org"]
        for m in sorted(orgs, key=lambda m: m.start - m.end):  # a body by its fullest name (not « Ordre »)
            names.setdefault(m.key, text[m.start:m.end])
            types.setdefault(m.key, "ORG")
        # a person known to the user's knowledge base under the same name is that entry
        alias = {p.key: kb_lookup(user, [p.name]) for p in persons}
        for m in mentions:
            entry = alias.get(m.key)
            if entry is not None:
                m.key = entry.id

        roles, title_mentions = self._titles(doc, mentions, kb, user, persons)
        mentions = sorted(mentions + title_mentions, key=lambda m: m.start)
        return self._build(doc, mentions, names, types, roles, user)

    def _titles(self, doc: Doc, mentions: list[Mention], kb: Knowledge, user: list[KbEntry],
                persons: list[Person]):
        """Titles given by apposition, then their bare uses elsewhere ("le président américain"), and those the
        knowledge ties to a person of the article at its date."""
        text, folded = doc_text(doc), fold(doc_text(doc))
        titles: dict[str, set[str]] = {}
        roles: dict[str, list[tuple[str, int, int]]] = {}
        found: list[Mention] = []
        for m in mentions:
            if m.kind != "name":
                continue
            ent = doc.char_span(m.start, m.end, alignment_mode="expand")
            got = title_of(doc, ent, kb.titles, kb.former_modifiers, kb.name_titles, kb.named_after_heads) \
                if ent is not None else None
            if got is None:
                continue
            title = title_phrase(text[got[0]:got[1]])
            roles.setdefault(m.key, []).append((title, *got))
            titles.setdefault(fold(title), set()).add(m.key)
            found.append(Mention(got[0], got[1], m.key, "title", f"« {title} » is the title given to "
                                 f"{text[m.start:m.end]}"))
        present = {m.key for m in mentions}
        for e in user:
            if e.id in present:
                for r in e.roles:
                    titles.setdefault(fold(r), set()).add(e.id)
        dated = _dated_titles(kb, doc._.pub_date, [p for p in persons if p.key in present], titles)
        for title, keys in dated.items():
            titles.setdefault(title, set()).update(keys)
        taken = [(m.start, m.end) for m in mentions] + [(f.start, f.end) for f in found]
        for title, keys in titles.items():
            # a one-word title ("le président") is too ambiguous to stand for a person by itself
            if len(keys) != 1 or len(title.split()) < 2:
                continue
            key = next(iter(keys))
            for at, e in whole_word_spans(folded, title):
                s = with_determiner(folded, at)
                if any(s < te and e > ts for ts, te in taken):
                    continue
                if _qualified(doc, s, e, kb.former_modifiers, complement=title in dated):
                    continue  # « l'ancien président de la République », « président de la République tchèque »
                taken.append((s, e))
                found.append(Mention(s, e, key, "title", f"« {text[s:e]} » is the title of that person in this article"))
        return roles, found

    def _build(self, doc: Doc, mentions: list[Mention], names: dict, types: dict, roles: dict,
               user: list[KbEntry]) -> list[Actor]:
        original = original_text(doc)
        by_key: dict[str, list[Mention]] = {}
        for m in mentions:
            by_key.setdefault(m.key, []).append(m)
        user_ids = {e.id: e for e in user}
        actors = []
        for key, ms in by_key.items():
            name = names.get(key) or original[ms[0].start:ms[0].end]
            spans = [span_of(doc, m.start, m.end) for m in ms]
            aliases = list(dict.fromkeys(s.text for s in spans if s.text != name))
            # the user's knowledge base names this actor: by its own id, or (bodies) by its name
            entry = user_ids.get(key) or (kb_lookup(user, [name]) if types.get(key) != "PER" else None)
            actor_roles = [Role(title=t, span=span_of(doc, s, e), date=doc._.pub_date)
                           for t, s, e in roles.get(key, [])]
            # one explanation per wording, whatever its capitalisation
            why = list({fold(m.why): m.why for m in reversed(ms) if m.why}.values())[::-1]
            actors.append(Actor(
                id=entry.id if entry else key,
                name=entry.name if entry else name,
                type=types.get(key, "OTHER"),
                mentions=spans,
                roles=actor_roles,
                aliases=aliases,
                kb_id=entry.id if entry else None,
                merged_because=why,
            ))
        return actors


@Language.factory("propos_actors")
def make_actors(nlp: Language, name: str) -> ActorExtractor:
    return ActorExtractor(nlp, name, lang=nlp.lang)


__all__ = ["ActorExtractor", "make_actors", "slug"]


def _dated_titles(kb: Knowledge, date: str | None, persons: list[Person],
                  given: dict[str, set[str]]) -> dict[str, set[str]]:
    """Folded role phrase → keys of the article's persons that hold it at `date` by the knowledge's office
    holders. A phrase is left out when the article gives another person a title that begins with it or that it
    begins (« le Premier ministre hongrois Viktor Orbán »: « le Premier ministre » may be him)."""
    if not date or not kb.offices or not persons:
        return {}
    out: dict[str, set[str]] = {}
    for office in kb.offices:
        if not office.held_on(date):
            continue
        words = name_words(office.name)
        holder = next((p.key for p in persons if is_shorter_form(p.words, words)), None)
        if holder is None:
            continue
        for title in office.titles:
            folded = fold(title)
            if any(other.startswith(folded) or folded.startswith(other)
                   for other, keys in given.items() if keys - {holder}):
                continue
            out.setdefault(folded, set()).add(holder)
    return out


def _qualified(doc: Doc, start: int, end: int, former: frozenset[str], *, complement: bool) -> bool:
    """Whether the role phrase at [start, end) is another holder's: a former one's (a word of `former` before
    it), or one its next word qualifies (an adjective, or with `complement` a complement: « de la République
    tchèque »). A title given by apposition (`complement` False) keeps its complements, most of them circumstances
    (« le ministre de l'Intérieur à Lyon », « le secrétaire général de l'ONU »); an adjective or a former word still
    names another holder (« le président de la région voisine », « l'ancien président de la région »)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.pos_ == "DET" and span.start > 1:
        before = doc[span.start - 2]
    qualifiers = ("ADJ", "ADP") if complement else ("ADJ",)
    return (before is not None and is_former(before.text, former)) or (
        after is not None and after.pos_ in qualifiers and not after.is_punct)


@lru_cache(maxsize=8)
def _folded_names(bodies: tuple[Body, ...]) -> frozenset[str]:
    return frozenset(fold(n) for b in bodies for n in b.names)
