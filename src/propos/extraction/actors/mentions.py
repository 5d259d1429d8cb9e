"""Find actor mentions in a Doc: person names and surnames, known bodies (states' governments by name,
capital, seat or demonym phrase; institutions), organisations the model tags, and titles of persons.

All matching happens on `fold(doc.text)`, which has the same length as the text, so offsets are original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from propos.extraction.actors.knowledge import Body, Knowledge, fold, slug

# Lower-case words that may stand inside a person's name ("Charles de Gaulle", "Ursula von der Leyen").
_NAME_PARTICLES = {"de", "du", "des", "d'", "von", "van", "der", "den", "la", "le", "ben", "bin", "al", "el", "da", "di"}
# Prepositions that do not stand inside an organisation's name: an ORG span holding one ran past the name.
_NOT_IN_NAMES = {"sur", "dans", "avec", "contre", "vers", "chez", "sans", "sous", "par", "a", "au", "aux"}
_TITLE_PREFIXES = ("m. ", "mme ", "mlle ", "dr ", "me ", "pr ")


@dataclass
class Mention:
    start: int
    end: int
    key: str
    kind: str  # name | surname | body | demonym | org | title
    why: str = ""


@dataclass
class Person:
    key: str
    name: str
    words: tuple[str, ...]


def _word_pattern(phrase: str) -> re.Pattern:
    return re.compile(r"(?<![\w-])" + re.escape(fold(phrase)) + r"(?![\w-])")


def _is_capitalised(text: str, start: int) -> bool:
    return text[start:start + 1].isupper()


def clean_name(text: str) -> str:
    name = " ".join(text.split()).strip(" ,.;:!?«»\"'()[]")
    low = name.lower()
    for prefix in _TITLE_PREFIXES:
        if low.startswith(prefix):
            return name[len(prefix):].strip()
    return name


def looks_like_person(name: str, kb: Knowledge) -> bool:
    words = name.replace("'", "' ").split()
    if not words or any(w in kb.not_entities for w in words):
        return False
    return all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words) and words[0][:1].isupper()


def persons_in(doc: Doc, kb: Knowledge, body_names: set[str]) -> list[Person]:
    """The people the model tags, with a name's shorter variants folded into its fullest form."""
    names: list[str] = []
    for ent in doc.ents:
        if ent.label_ != "PER":
            continue
        name = clean_name(ent.text)
        if fold(name) in body_names or not looks_like_person(name, kb) or len(name) < 2:
            continue
        if name not in names:
            names.append(name)
    full = sorted((n for n in names if len(n.split()) > 1), key=lambda n: -len(n.split()))
    persons: list[Person] = []
    for name in full:
        words = tuple(fold(w) for w in name.split())
        # "Emmanuel Macron" inside "Emmanuel Jean-Michel Macron": the same person under a shorter form.
        if any(set(words) <= set(p.words) and words[-1] == p.words[-1] for p in persons):
            continue
        persons.append(Person(key=f"per:{slug(name)}", name=name, words=words))
    for name in names:
        if len(name.split()) == 1 and not any(fold(name) in p.words for p in persons):
            persons.append(Person(key=f"per:{slug(name)}", name=name, words=(fold(name),)))
    return persons


def _scan(folded: str, text: str, phrase: str, *, proper: bool):
    for m in _word_pattern(phrase).finditer(folded):
        if proper and not _is_capitalised(text, m.start()):
            continue
        yield m.start(), m.end()


def _with_determiner(folded: str, start: int) -> int:
    """Extend a common-noun mention leftwards over its determiner ("le gouvernement américain")."""
    m = re.search(r"(?:(?<![\w-])(?:le|la|les) |(?<![\w-])l')$", folded[max(0, start - 4):start])
    return start - len(m.group(0)) if m else start


def _after_locative(folded: str, start: int, kb: Knowledge) -> bool:
    before = folded[max(0, start - 20):start]
    preps = "|".join(re.escape(fold(p)) for p in sorted(kb.place_prepositions, key=len, reverse=True))
    return re.search(rf"(?<![\w-])(?:{preps})\s+(?:(?:le|la|les)\s+|l')?$", before) is not None


def person_mentions(text: str, folded: str, persons: list[Person]) -> list[Mention]:
    out: list[Mention] = []
    surnames: dict[str, list[Person]] = {}
    for p in persons:
        surnames.setdefault(p.words[-1], []).append(p)
    for p in persons:
        for s, e in _scan(folded, text, p.name, proper=True):
            out.append(Mention(s, e, p.key, "name"))
        if len(p.words) > 1 and len(surnames[p.words[-1]]) == 1:
            surname = p.name.split()[-1]
            for s, e in _scan(folded, text, surname, proper=True):
                out.append(Mention(s, e, p.key, "surname", f"« {surname} » is the surname of {p.name}"))
    return out


@lru_cache(maxsize=8)
def _body_index(bodies: tuple[Body, ...], heads: tuple[str, ...]):
    """One regex over every body name, one over every demonym phrase: a text is scanned twice, not once
    per name."""
    names: dict[str, list[tuple[Body, str]]] = {}
    demonyms: dict[str, Body] = {}
    for body in bodies:
        for name in body.names:
            names.setdefault(fold(name), []).append((body, name))
        for d in body.demonyms:
            demonyms.setdefault(fold(d), body)
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    name_re = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])") if names else None
    adj = "|".join(re.escape(d) for d in sorted(demonyms, key=len, reverse=True))
    head = "|".join(re.escape(fold(h)) for h in heads)
    demonym_re = re.compile(rf"(?<![\w-])(?:{head})\s+({adj})(?![\w-])") if demonyms and heads else None
    return names, name_re, demonyms, demonym_re


def body_mentions(text: str, folded: str, bodies: list[Body], kb: Knowledge) -> list[Mention]:
    out: list[Mention] = []
    names, name_re, demonyms, demonym_re = _body_index(tuple(bodies), kb.government_heads)
    if name_re is not None:
        for m in name_re.finditer(folded):
            for body, name in names[m.group(0)][:1]:  # the first body listed for a name wins
                proper = name[:1].isupper()
                s, e = m.start(), m.end()
                if proper and not _is_capitalised(text, s):
                    continue
                if fold(name) in {fold(p) for p in body.places} and _after_locative(folded, s, kb):
                    continue  # "en Ukraine", "à Washington": a place, not the acting body
                start = s if proper else _with_determiner(folded, s)
                why = "" if name == body.name else f"« {name} » names {body.name}"
                out.append(Mention(start, e, body.id, "body", why))
    if demonym_re is not None:
        for m in demonym_re.finditer(folded):
            body = demonyms[m.group(1)]
            start = _with_determiner(folded, m.start())
            out.append(Mention(start, m.end(), body.id, "demonym",
                               f"« {text[start:m.end()]} » is a demonym phrase for {body.name}"))
    return out


def org_mentions(doc: Doc, text: str, folded: str, kb: Knowledge, known: set[str]) -> list[Mention]:
    names = []
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        name = re.sub(r"^(?:(?:le|la|les) |l')", "", clean_name(ent.text), flags=re.IGNORECASE)
        if len(name) < 2 or fold(name) in known or name in kb.not_entities or not name[:1].isupper():
            continue
        if name not in names:
            names.append(name)
    out = []
    for name in names:
        if _NOT_IN_NAMES & set(fold(name).split()):
            continue  # "Alliance sur le sol ukrainien": the model ran past the name
        if _title_start_text(fold(name), kb.titles):
            continue  # "Première ministre britannique": a title the model took for an organisation
        for s, e in _scan(folded, text, name, proper=True):
            out.append(Mention(s, e, f"org:{slug(name)}", "org"))
    return out


def _title_start_text(folded_name: str, titles: tuple[str, ...]) -> bool:
    return any(folded_name == fold(t) or folded_name.startswith(fold(t) + " ") for t in titles)


def resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions; at equal length, names before surnames before the rest."""
    rank = {"name": 0, "body": 1, "demonym": 1, "org": 2, "surname": 3}
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), rank.get(m.kind, 4), m.start)):
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


# --- titles ------------------------------------------------------------------------------------------------

def _chunk_before(doc: Doc, i: int) -> list[int]:
    """Token indices of the verbless, punctuation-free stretch ending at token i (inclusive)."""
    out: list[int] = []
    sent_start = doc[i].sent.start if doc.has_annotation("SENT_START") else 0
    while i >= sent_start and len(out) < 14:
        t = doc[i]
        if t.is_punct or t.is_space or t.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ", "PRON") or "\n" in t.text:
            break
        out.append(i)
        i -= 1
    return out[::-1]


def _chunk_after(doc: Doc, i: int) -> list[int]:
    out: list[int] = []
    end = doc[i].sent.end if doc.has_annotation("SENT_START") else len(doc)
    while i < end and len(out) < 14:
        t = doc[i]
        if t.is_punct or t.is_space or t.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ", "PRON") or "\n" in t.text:
            break
        out.append(i)
        i += 1
    return out


def _title_start(doc: Doc, idx: list[int], titles: tuple[str, ...]) -> int | None:
    """Position in idx of the first token that begins a known title."""
    for pos, i in enumerate(idx):
        rest = fold(doc[i:idx[-1] + 1].text)
        if any(rest == fold(t) or rest.startswith(fold(t) + " ") for t in titles):
            return pos
    return None


def title_of(doc: Doc, ent: SpacySpan, titles: tuple[str, ...]) -> tuple[int, int] | None:
    """Character span of the title that introduces a person: "le président américain Joe Biden",
    "Le directeur de …, John Kirby", "John Kirby, porte-parole du …"."""
    i = ent.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i >= 0:
        idx = _chunk_before(doc, i)
        pos = _title_start(doc, idx, titles) if idx else None
        if pos is not None:
            if pos > 0 and doc[idx[pos - 1]].pos_ == "DET":
                pos -= 1  # "Le directeur de …": the determiner belongs to the mention
            return doc[idx[pos]].idx, doc[idx[-1]].idx + len(doc[idx[-1]])
    j = ent.end
    if j < len(doc) - 1 and doc[j].text == ",":
        j += 1
        if doc[j].pos_ == "DET":
            j += 1
        idx = _chunk_after(doc, j)
        if idx and _title_start(doc, idx, titles) == 0:
            return doc[idx[0]].idx, doc[idx[-1]].idx + len(doc[idx[-1]])
    return None


def title_phrase(text: str) -> str:
    """The role as a title: without its determiner, lower-case first letter ("directeur de …")."""
    words = re.sub(r"^(?:(?:le|la|les|son|sa|leur) |l')", "", " ".join(text.split()), flags=re.IGNORECASE)
    return words[:1].lower() + words[1:]
