"""Find actor mentions in a Doc: person names and surnames, known bodies (states' governments by name,
capital, seat or demonym phrase; institutions), organisations the model tags, and titles of persons.

All matching happens on `fold(doc.text)`, which has the same length as the text, so offsets are original.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from propos.extraction.actors.knowledge import (
    Body,
    Knowledge,
    fold,
    is_former,
    is_shorter_form,
    name_words,
    slug,
)
from propos.language.textprep import doc_text

# Lower-case words that may stand inside a person's name ("Charles de Gaulle", "Ursula von der Leyen").
_NAME_PARTICLES = {"de", "du", "des", "d'", "von", "van", "der", "den", "la", "le", "ben", "bin", "al", "el", "da", "di"}
# The elided article that may open a body's name (« le journal L'Opinion »).
_ELIDED_CAPITAL_ARTICLES = ("L'", "L\u2019")
# Prepositions that do not stand inside an organisation's name: an ORG span holding one ran past the name.
_NOT_IN_NAMES = {"sur", "dans", "avec", "contre", "vers", "chez", "sans", "sous", "par", "a", "au", "aux"}


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
    # shorter forms of the name the article uses (« Abd al-Rahman », « E. Macron »)
    variants: list[str] = field(default_factory=list)


def _longest_first(phrases) -> str:
    """A regex alternation of literal phrases, the longest first so that a phrase never stops inside a longer one."""
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


def _joins_word(char: str) -> bool:
    """What `[\\w-]` matches: a character that would make a phrase part of a longer word."""
    return char.isalnum() or char in "_-"


def whole_word_spans(folded: str, phrase: str):
    """Where the folded phrase stands as whole words in the folded text, left to right without overlap (what
    the regex `(?<![\\w-])phrase(?![\\w-])` finds, without compiling one pattern per name)."""
    needle = fold(phrase)
    if not needle:
        return
    at = folded.find(needle)
    while at >= 0:
        end = at + len(needle)
        if (at == 0 or not _joins_word(folded[at - 1])) and (end == len(folded) or not _joins_word(folded[end])):
            yield at, end
            at = folded.find(needle, end)
        else:
            at = folded.find(needle, at + 1)


def _is_capitalised(text: str, start: int) -> bool:
    return text[start:start + 1].isupper()


def clean_name(text: str, titles: tuple[str, ...]) -> str:
    """A tagged name without surrounding punctuation nor the civility it opens with (`titles`, folded:
    « M. Dupont », « Monsieur Puigdemont » → « Dupont », « Puigdemont »)."""
    name = " ".join(text.split()).strip(" ,.;:!?«»\"'()[]")
    low = fold(name)
    for title in titles:
        if low.startswith(title + " "):
            return name[len(title) + 1:].strip()
    return name


def without_title(name: str, titles: Collection[str]) -> str:
    """« Professeur Mark Sullivan », « Président Jean Ndayi » → « Mark Sullivan », « Jean Ndayi »: a title of
    `titles` (one word, lower-case) written with a capital before a given name and a surname, that the recogniser
    took into the name; not before one name alone, where it may be how the person is called (« Prince Harry »,
    « Général de Gaulle »)."""
    words = name.split()
    if len(words) >= 3 and words[0][:1].isupper() and words[0].lower() in titles and \
            all(w[:1].isupper() for w in words[1:3]):
        return " ".join(words[1:])
    return name


def bare_name(name: str, kb: Knowledge) -> str:
    """A person's name without the civility (« Me », « Mgr ») or the one-word title (« Professeur ») the recogniser
    took into it: how the actors component and the speaker resolver both name the person."""
    return without_title(clean_name(name, kb.name_titles), kb.title_words)


# what joins two parts of one word: an apostrophe (« Moody's ») or a hyphen (« al-Rahman »)
_WORD_JOINERS = "'\u2019-"


def word_end(text: str, end: int) -> int:
    """`end` moved to the end of the word it stands inside: the recogniser may stop a name at an apostrophe or
    a hyphen (« Moody' » of « Moody's », « Abd al- » of « Abd al-Rahman »)."""
    if end == 0 or not (text[end - 1].isalnum() or text[end - 1] in _WORD_JOINERS):
        return end  # the name ends at a space or a line's end: nothing of its word is left
    while end < len(text) and (text[end].isalnum() or (
            text[end] in _WORD_JOINERS and end + 1 < len(text) and text[end + 1].isalnum())):
        end += 1
    return end


def entity_text(ent: SpacySpan, label: str | None = None) -> str:
    """An entity's text, to the end of its last word when the recogniser stopped inside it (« Moody' », a
    person's « Abd al »), or to the end of the entity of the same kind (`label`, the entity's own by default) that a
    hyphen joins to it (« Odoxa » + « -Dentsu Consulting »; not « … de la démocratie » + « -Forces de … »)."""
    doc, text = ent.doc, doc_text(ent.doc)
    label = label or ent.label_
    end = word_end(text, ent.end_char)
    if end == ent.end_char:
        return ent.text
    k = ent.end
    while k < len(doc) and doc[k].idx < end:
        k += 1
    joined = k - 1 if not doc[k - 1].is_punct else k  # the word after the joiner
    if joined < len(doc) and label and doc[joined].ent_iob_ == "B" and doc[joined].ent_type_ == label:
        k = joined + 1
        while k < len(doc) and doc[k].ent_iob_ == "I":
            k += 1
        return text[ent.start_char:doc[k - 1].idx + len(doc[k - 1])]
    if text[ent.end_char - 1] in _WORD_JOINERS or label == "PER":
        # the recogniser stopped right after the joiner, or inside a person's hyphenated name (« Abd al-Rahman »)
        return text[ent.start_char:end]
    return ent.text


def _name_parts(name: str, kb: Knowledge) -> list[str]:
    """A name's words, an elided word apart from the word it joins (« d'Estaing » → « d' », « Estaing »,
    « L'homme » → « L' », « homme »); an apostrophe inside a capitalised word of a name is part of it (« Ra'ad »,
    « O'Neill »), not in a word of the language (« Aujourd'hui »)."""
    parts = []
    for word in name.split():
        head, mark, rest = word.partition("'")
        inside = len(head) > 1 and head[:1].isupper() and fold(word) not in kb.name_trailers
        if mark and rest and not inside:
            parts += [head + mark, rest]
        else:
            parts.append(word)
    return parts


def looks_like_person(name: str, kb: Knowledge) -> bool:
    words = _name_parts(name, kb)
    if not words or any(w in kb.not_entities for w in words):
        return False
    return all(w[:1].isupper() or _particle(w) for w in words) and words[0][:1].isupper()


def _particle(word: str) -> bool:
    """A lower-case word of a name: a particle, or one joined to the next part by a hyphen (« al-Rahman »)."""
    return word.split("-", 1)[0].lower() in _NAME_PARTICLES


def introduced_as_org(ent: SpacySpan, kb: Knowledge) -> bool:
    """"le quotidien suisse Le Temps", "la multinationale Uber": a common noun of organisations, maybe
    with adjectives, stands right before the name."""
    i = ent.start - 1
    while i >= 0 and ent.start - i <= 3 and ent.doc[i].pos_ == "ADJ":
        i -= 1
    if len(ent) > 1 and ent[0].is_lower and fold(ent[0].text) in kb.org_heads:
        return True  # the model took the common noun in: "multinationale Zelvio"
    return i >= 0 and fold(ent.doc[i].text) in kb.org_heads


def _own_capital(text: str, start: int) -> bool:
    """Something of the same sentence stands before `start` (a word, a comma, a bracket, a quote mark), so
    the capital there is the word's own, not the one every line or sentence opens with."""
    i = start - 1
    while i >= 0 and text[i] in " \u00a0\t":
        i -= 1
    return i >= 0 and text[i] not in "\n\r.!?…"


def capitalised_common_noun(name: str, text: str, folded: str, common_nouns: frozenset[str]) -> bool:
    """"Budget" in « Budget : la ministre promet … »: a one-word common noun of the language whose capital
    comes only from where it stands (a headline, a sentence's start) is a topic, not a person's name."""
    if " " in name or name.isupper() or name.lower() not in common_nouns:
        return False
    return not any(_own_capital(text, s) for s, _ in _scan(folded, text, name, proper=True))


def persons_in(doc: Doc, kb: Knowledge, body_names: set[str],
               common_nouns: frozenset[str] = frozenset()) -> list[Person]:
    """The people the model tags, with a name's shorter variants folded into its fullest form."""
    names: list[str] = []
    # a name the text once introduces as an organisation ("la multinationale Uber") is one everywhere
    orgs = {fold(org_name(e.text, kb)) for e in doc.ents if e.label_ in ("PER", "ORG") and introduced_as_org(e, kb)}
    folded = fold(doc_text(doc))
    absorbed = -1
    for ent in doc.ents:
        if ent.label_ != "PER" or fold(org_name(ent.text, kb)) in orgs or _place_name(folded, clean_name(ent.text, kb.name_titles), kb):
            continue
        if ent.start < absorbed:
            continue  # the end of a name the model cut in two (« Anahi Ayala | Iacucci »)
        start, end = _whole_name_start(ent, kb), _whole_name_end(ent, kb.first_names)
        absorbed = end
        name = bare_name(entity_text(doc[start:end], ent.label_), kb)
        if fold(name) in body_names or not looks_like_person(name, kb) or len(name) < 2:
            continue
        if capitalised_common_noun(name, doc_text(doc), folded, common_nouns):
            continue
        if name not in names:
            names.append(name)
    names = [n for n in names if not _two_names(n, names)]
    # the fullest names first; a name given by initials (« E. Macron ») after the names it may abbreviate
    full = sorted((n for n in names if len(n.split()) > 1), key=lambda n: (_by_initials(name_words(n)), -len(n.split())))
    persons: list[Person] = []
    for name in full:
        words = name_words(name)
        # "Emmanuel Macron" inside "Emmanuel Jean-Michel Macron": the same person under a shorter form; « E.
        # Macron », « J.-M. Le Pen »: that person by the initials of the fullest name
        fuller = [p for p in persons if is_shorter_form(words, p.words) or cut_short(words, p.words)] or (
            [p for p in persons if _abbreviates(words, p.words)] if _by_initials(words) else [])
        if len(fuller) == 1:
            fuller[0].variants.append(name)
        if fuller:
            continue  # « Le Pen » after « Marine Le Pen » and « Jean-Marie Le Pen »: either, so no one's name
        persons.append(Person(key=f"per:{slug(name)}", name=name, words=words))
    for name in names:
        if len(name.split()) == 1 and not any(fold(name) in p.words for p in persons):
            persons.append(Person(key=f"per:{slug(name)}", name=name, words=(fold(name),)))
    return persons


def cut_short(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """« ana pastor » of « ana pastor garcia », « ali bongo » of « ali bongo ondimba »: a given name and surname that
    open a fuller name of the article, whose last surname the text leaves out elsewhere (a second surname, a
    family name)."""
    return 1 < len(short) < len(full) and full[:len(short)] == short


def _two_names(name: str, names: list[str]) -> bool:
    """« Lionel Messi de Neymar »: the recogniser ran a name on over « de » and the next name, where the article
    gives the first one alone elsewhere (« Lionel Messi »); not « Charles de Gaulle »."""
    words = name.split()
    for k, word in enumerate(words[2:-1], start=2):
        if not word.islower() or word not in _NAME_PARTICLES:
            continue
        if " ".join(words[:k]) in names and words[k + 1][:1].isupper():
            return True
    return False


_INITIAL = re.compile(r"(?:\w\.-?)+")


def _by_initials(words: tuple[str, ...]) -> bool:
    """Whether a name's given names are all initials (« e. macron », « j.-m. le pen »)."""
    given = [w for w in words[:-1] if w not in _NAME_PARTICLES]
    return bool(given) and all(_INITIAL.fullmatch(w) for w in given)


def _initials(words) -> str:
    return "".join(part[:1] for w in words if w not in _NAME_PARTICLES for part in w.split("-") if part)


def _abbreviates(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """« e. macron » abbreviates « emmanuel macron »: same last word, given names' initials alike."""
    if short[-1] != full[-1] or len(full) < 2:
        return False
    letters = "".join(c for w in short[:-1] if w not in _NAME_PARTICLES for c in w if c.isalpha())
    return letters == _initials(full[:-1])


def _whole_name_start(ent, kb: Knowledge) -> int:
    """« Marine | Le Pen »: the model left out a given name it read as a common noun (« la marine »); a capitalised
    given name right before what it tagged opens the person's name."""
    doc, start = ent.doc, ent.start
    while start > 0 and doc[start - 1].whitespace_ == " " and _name_word(doc[start - 1]) and \
            doc[start - 1].lower_ in kb.first_names:
        start -= 1
    return start


def _whole_name_end(ent, first_names: Collection[str] = frozenset()) -> int:
    """A person's name runs on over the capitalised words right after what the model tagged (« Anahi Ayala
    Iacucci »), unless they belong to another kind of entity or open another person's name (« le ministre de
    François Hollande Manuel Valls »: a given name and a surname after a full name)."""
    doc, end = ent.doc, ent.end
    while end < len(doc):
        if not doc[end - 1].whitespace_ and doc[end - 1].text[-1:] in "'\u2019" and doc[end].is_alpha:
            # the rest of a word the model cut after an apostrophe (« Zeid Ra' » of « Zeid Ra'ad Zeid Al-Hussein »,
            # « Cléac' » of « Armel Le Cléac'h »)
            end += 1
            continue
        if doc[end - 1].whitespace_ != " " or not _name_word(doc[end]) or \
                _next_person(doc, ent.start, end, first_names):
            break
        if _capital_particle(doc, end):
            end += 2  # the particle and the word it opens, however tagged (« Maire » of « Le Maire »)
        elif doc[end].pos_ in ("PROPN", "X") or _rest_of_one_word_name(doc, ent, end) or _after_particle(doc, end):
            end += 1
        else:
            break
    return end


def _after_particle(doc: Doc, i: int) -> bool:
    """« Armel Le | Cléac'h »: the model ended the name on its capitalised particle; the word after it is the
    surname's, however tagged."""
    return doc[i - 1].lower_ in _NAME_PARTICLES and doc[i - 1].text[:1].isupper()


def _rest_of_one_word_name(doc: Doc, ent, i: int) -> bool:
    """« Sofia | Evdokimova », « Dante | Sauveur Gatti »: the model tagged a given name alone and read the capitalised
    word after it as a common noun; inside a sentence, an untagged capitalised word right after a one-word name
    goes on with it."""
    return len(ent) == 1 and i == ent.end and not doc[i].ent_type_


def _next_person(doc: Doc, start: int, i: int, first_names: Collection[str]) -> bool:
    """Whether a given name at `i`, followed by a capitalised word, opens a second person's name after the full
    name [start, i) (a given name and a surname, whose last word is no given name: not « Marie | Claire Dubois »)."""
    return i - start >= 2 and doc[i].lower_ in first_names and doc[i - 1].lower_ not in first_names and \
        i + 1 < len(doc) and doc[i].whitespace_ == " " and _name_word(doc[i + 1])


def _capital_particle(doc: Doc, i: int) -> bool:
    """« Le » of « Bruno Le Maire », « La » of « Jean de La Fontaine »: a particle written with a capital inside a
    name, the tagger's determiner, followed by the capitalised rest of the surname."""
    return doc[i].lower_ in _NAME_PARTICLES and i + 1 < len(doc) and doc[i].whitespace_ == " " and \
        _name_word(doc[i + 1])


def _name_word(token) -> bool:
    """A capitalised word that may go on with a person's name: no entity of another kind."""
    # (« Cléac' » of « Le Cléac'h », the model having cut the word at its apostrophe)
    return token.is_title and token.text.rstrip("'\u2019").isalpha() and token.ent_type_ in ("", "PER")


def _scan(folded: str, text: str, phrase: str, *, proper: bool):
    for start, end in whole_word_spans(folded, phrase):
        if proper and not _is_capitalised(text, start):
            continue
        yield start, end


_DETERMINER_BEFORE = re.compile(r"(?:(?<![\w-])(?:le|la|les) |(?<![\w-])l')$")


def with_determiner(folded: str, start: int) -> int:
    """Extend a common-noun mention leftwards over its determiner ("le gouvernement américain")."""
    m = _DETERMINER_BEFORE.search(folded, max(0, start - 4), start)
    return m.start() if m else start


@lru_cache(maxsize=8)
def _locative_ending(prepositions: frozenset[str]) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{_longest_first(fold(p) for p in prepositions)})\s+(?:(?:le|la|les)\s+|l')?$")


def _after_locative(folded: str, start: int, kb: Knowledge) -> bool:
    return _locative_ending(kb.place_prepositions).search(folded[max(0, start - 20):start]) is not None


def person_mentions(text: str, folded: str, persons: list[Person]) -> list[Mention]:
    out: list[Mention] = []
    surnames: dict[str, list[Person]] = {}
    for p in persons:
        for surname in _surnames(p):
            surnames.setdefault(fold(surname), []).append(p)
    for p in persons:
        for s, e in _scan(folded, text, p.name, proper=True):
            out.append(Mention(s, e, p.key, "name"))
        for variant in p.variants:
            for s, e in _scan(folded, text, variant, proper=True):
                out.append(Mention(s, e, p.key, "name", f"« {variant} » is a shorter form of {p.name}"))
        for surname in _surnames(p):
            if len(p.words) < 2 or len(surnames[fold(surname)]) != 1:
                continue
            for s, e in _scan(folded, text, surname, proper=True):
                out.append(Mention(s, e, p.key, "surname", f"« {surname} » is the surname of {p.name}"))
    return out


def _surnames(p: Person) -> list[str]:
    """The last word of a person's name, and of each shorter form that leaves the last surname out (« Pastor » of
    « Ana Pastor », for « Ana Pastor García »)."""
    out = [p.name.split()[-1]]
    for variant in p.variants:
        last = variant.split()[-1]
        if cut_short(name_words(variant), p.words) and last not in out:
            out.append(last)
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
    name_re = re.compile(rf"(?<![\w-])(?:{_longest_first(names)})(?![\w-])") if names else None
    adj = _longest_first(demonyms)
    head = "|".join(re.escape(fold(h)) for h in heads)
    demonym_re = re.compile(rf"(?<![\w-])(?:{head})\s+({adj})(?![\w-])") if demonyms and heads else None
    return names, name_re, demonyms, demonym_re


def _topic_label(text: str, start: int, end: int) -> bool:
    """A country's name opening a line and followed by a colon labels what the line is about."""
    return (start == 0 or text[start - 1] == "\n") and re.match(r"[ \u00a0]*:", text[end:end + 3]) is not None


def _after_de(folded: str, needle: str) -> bool:
    """Whether `needle` occurs somewhere right after "de " (any whitespace) or "d'"."""
    at = folded.find(needle)
    while at >= 0:
        j = at
        while j > 0 and folded[j - 1].isspace():
            j -= 1
        if (j < at and folded[j - 2:j] == "de") or folded[at - 2:at] == "d'":
            return True
        at = folded.find(needle, at + 1)
    return False


def _place_name(folded: str, name: str, kb: Knowledge) -> bool:
    """"la prison de Fleury-Mérogis", "la commune de Saint-Denis" somewhere in the text: a place's name,
    not a person's, wherever it stands."""
    if not kb.place_heads or not name:
        return False
    if not _after_de(folded, fold(name)):
        return False  # the pattern below needs "de"/"d'" right before the name: most names never have it
    head = _place_head_before(kb.place_heads)
    return any(head.search(folded, max(0, start - 80), start) for start, _ in whole_word_spans(folded, name))


@lru_cache(maxsize=8)
def _place_head_before(heads: frozenset[str]) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{_longest_first(heads)})\s+(?:de\s+|d')$")


_YEAR_AFTER = re.compile(r"[ \u00a0]\d{4}(?!\w)")


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
                if _YEAR_AFTER.match(folded, e):
                    continue  # « Paris 2024 », « Qatar 2022 »: an event or its organisers named after the place
                if body.type == "GOV" and name == body.names[0] and _topic_label(text, s, e):
                    continue  # "France : perquisition chez …": the headline's topic, not a speaker
                start = s if proper else with_determiner(folded, s)
                why = "" if name == body.name else f"« {name} » names {body.name}"
                out.append(Mention(start, e, body.id, "body", why))
    if demonym_re is not None:
        for m in demonym_re.finditer(folded):
            body = demonyms[m.group(1)]
            start = with_determiner(folded, m.start())
            out.append(Mention(start, m.end(), body.id, "demonym",
                               f"« {text[start:m.end()]} » is a demonym phrase for {body.name}"))
    return out


def opens_longer_name(doc: Doc, start: int, end: int, function_words: Collection[str]) -> bool:
    """« The Washington Post », « Paris Saint-Germain », « The Jerusalem Post »: a capital's or a country's name that
    opens a longer name the recogniser tagged (LOC, MISC), going on with capitalised words only, names that
    newspaper or club, not the state (not « La France », « Coupe de Russie », « Premier ministre du Canada »)."""
    for ent in doc.ents:
        if ent.label_ not in ("LOC", "MISC") or not (ent.start_char <= start and end <= ent.end_char):
            continue
        before = [t for t in ent if t.idx + len(t) <= start]
        after = [t for t in ent if t.idx >= end]
        if after and all(_name_part(t, function_words) for t in before + after):
            return True
    return False


def _name_part(token, function_words: Collection[str]) -> bool:
    return token.text[:1].isupper() and (token.is_alpha or "-" in token.text) and fold(token.text) not in function_words


def org_name(text: str, kb: Knowledge, keep_article: bool = False) -> str:
    """An organisation's name as the model tagged it, without its determiner (unless the article is part of
    the name: "Le Temps" inside a sentence), what follows a quote mark or a bracket ("Chapecoense » du
    Brésil"), or words that cannot end a name ("Atletico Nacional mercredi")."""
    name = clean_name(text, kb.name_titles)
    if not (keep_article and re.match(r"(?:Le|La|Les) \w", name)):
        name = re.sub(r"^(?:(?:le|la|les) |l')", "", name, flags=re.IGNORECASE)
    name = re.split(r"[«»\"“”()\[\]]", name)[0]
    words = name.split()
    while len(words) > 1 and words[0].islower() and fold(words[0]) in kb.org_heads:
        words.pop(0)  # "multinationale Zelvio": the kind of organisation, not its name ("Radio France" is one)
    while len(words) > 1 and (fold(words[-1]) in kb.name_ends
                              or fold(words[-1]) in kb.name_trailers and words[-2][:1].isupper()):
        words.pop()
    return " ".join(words).strip(" ,.;:!?'")


_DEFINITE_BEFORE = re.compile(r"(?:^|[\s(])(?:le|la|les) $|(?:^|[\s(])l['’]$", re.IGNORECASE)


def _common_noun_alone(name: str, text: str, folded: str, common_nouns: frozenset[str]) -> bool:
    """"Monde" (« a indiqué au Monde »), "Page" (« Page actualisée »): a common noun with a capital is not
    an organisation by itself, unless the text once gives it the definite article of institutions
    ("le Sénat", "Le Sénat a voté")."""
    if " " in name or name.isupper() or name.lower() not in common_nouns:
        return False
    return not any(_DEFINITE_BEFORE.search(text[max(0, s - 5):s]) for s, _ in _scan(folded, text, name, proper=True))


def _inside_sentence(ent: SpacySpan) -> bool:
    """A word, not a full stop or a line break, stands before the entity (so its capital is its own)."""
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return not (before.is_punct or before.is_space or "\n" in before.whitespace_)


def _with_adjective(ent: SpacySpan) -> str | None:
    """« Le Canard enchaîné », « La France insoumise »: a title opened by its capitalised article goes on over the
    bare adjective the recogniser left out (one that qualifies its last word and nothing after it)."""
    doc = ent.doc
    if len(ent) < 2 or ent.end >= len(doc) or ent[0].pos_ != "DET" or not ent[0].is_title:
        return None
    nxt = doc[ent.end]
    participle = nxt.pos_ == "VERB" and "VerbForm=Part" in nxt.morph and "Tense=Past" in nxt.morph
    if not nxt.is_lower or not (nxt.pos_ == "ADJ" or participle) or nxt.head != ent[-1] or \
            nxt.dep_ not in ("amod", "acl") or any(nxt.children) or not ent[-1].whitespace_:
        return None
    return ent.text + ent[-1].whitespace_ + nxt.text


def org_mentions(doc: Doc, text: str, folded: str, kb: Knowledge, known: set[str],
                 common_nouns: frozenset[str] = frozenset()) -> list[Mention]:
    names = []
    for ent in doc.ents:
        introduced = introduced_as_org(ent, kb)
        if ent.label_ != "ORG" and not (ent.label_ == "PER" and introduced):
            continue
        name = org_name(_with_adjective(ent) or entity_text(ent), kb, keep_article=_inside_sentence(ent))
        if len(name) < 2 or fold(name) in known or name in kb.not_entities or not name[:1].isupper():
            continue
        if not introduced and _common_noun_alone(name, text, folded, common_nouns):
            continue
        if name not in names:
            names.append(name)
    for name in _untagged_introduced_names(doc, kb):
        if len(name) > 1 and fold(name) not in known and name not in kb.not_entities and name not in names and \
                name.lower() not in common_nouns:
            names.append(name)
    names = [n for n in names if not _NOT_IN_NAMES & set(fold(n).split())]  # "Alliance sur le sol ukrainien":
    # the model ran past the name
    names = [n for n in names if not _title_start_text(fold(n), kb.titles)]  # "Première ministre britannique": a
    # title the model took for an organisation
    out = []
    for name in names:
        full = _name_opened_by(name, names, common_nouns) or name
        for s, e in _scan(folded, text, name, proper=True):
            out.append(Mention(s, e, f"org:{slug(full)}", "org"))
    return out


def _untagged_introduced_names(doc: Doc, kb: Knowledge) -> list[str]:
    """« le groupe Valmont », « la société pétrolière Brunelle »: the capitalised words right after a common noun
    of organisations (over its adjectives) that the recogniser tagged as nothing name the body that noun
    introduces. (Tried too, not kept: a name tagged MISC after such a noun, « le laboratoire Novalis », taken as
    an organisation as a PER one is: train unchanged, dev e2e 316 → 315, a pronoun the ranker gave to another
    candidate.)"""
    names = []
    for noun in doc:
        if not noun.is_lower or fold(noun.text) not in kb.org_heads:
            continue
        i = noun.i + 1
        while i < len(doc) and i - noun.i <= 3 and doc[i].pos_ == "ADJ" and doc[i].is_lower:
            i += 1
        j = i + (i < len(doc) and doc[i].text in _ELIDED_CAPITAL_ARTICLES)  # « le journal L'Opinion »
        while j < len(doc) and doc[j].is_alpha and doc[j].text[:1].isupper() and not doc[j].ent_type_:
            j += 1
        # a name ends with a proper noun: not « Les » before a tagged « Républicains », nor « Internet »
        if j > i and doc[j - 1].pos_ == "PROPN":
            names.append(doc[i:j].text)
    return names


def _name_opened_by(name: str, names: list[str], common_nouns: frozenset[str]) -> str | None:
    """« l'Ordre » after « l'Ordre des Veilleurs de Sainte-Aude »: a body named by the common noun that heads its
    full name (« Ordre », « Conseil », « Banque ») is the one body of the article whose name it opens; never a
    brand or a name of its own (« Renault » of « Renault Trucks »), nor a noun that opens two names."""
    if " " in name or name.isupper() or fold(name) not in common_nouns:
        return None
    fuller = {n for n in names if fold(n).startswith(fold(name) + " ")}
    return next(iter(fuller)) if len(fuller) == 1 else None


@lru_cache(maxsize=8)
def _folded_titles(titles: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """The titles folded once: as they are, and as the start of a longer phrase ("titre ")."""
    folded = [fold(t) for t in titles]
    return frozenset(folded), tuple(dict.fromkeys(f + " " for f in folded))


def _title_start_text(folded_name: str, titles: tuple[str, ...]) -> bool:
    exact, starts = _folded_titles(titles)
    return folded_name in exact or folded_name.startswith(starts)


def resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions; at equal length, names before surnames before the rest."""
    rank = {"name": 0, "body": 1, "demonym": 1, "org": 2, "surname": 3}
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), rank.get(m.kind, 4), m.start)):
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


# --- portfolios -------------------------------------------------------------------------------------------

def _token_starting_at(doc: Doc, start: int):
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _ends_with_head(doc: Doc, j: int, heads: frozenset[str]) -> bool:
    """Whether a role noun of `heads` (folded; maybe several words: "secrétaire d'État") ends at token j."""
    if fold(doc[j].lemma_) in heads:
        return True
    for n in range(1, 4):
        if j - n + 1 < 0:
            break
        if fold(doc[j - n + 1:j + 1].text) in heads:
            return True
    return False


def _modifier(tok) -> bool:
    """An adjective or a participle after a role noun: "ministre français de …", "ministre déléguée chargée des …"."""
    return tok.is_lower and (tok.pos_ == "ADJ" or "VerbForm=Part" in tok.morph or tok.dep_ == "amod")


def _separator(tok) -> bool:
    return tok.pos_ == "CCONJ" or tok.text == ","


def _capitalised_phrase(doc: Doc, j: int, lo: int) -> int:
    """Walk left over a capitalised phrase ending at token j ("Comptes publics", "Agnès Buzyn"): the index
    before it (j itself when no capitalised word stands there)."""
    k, capital = j, False
    while k >= lo and not doc[k].is_punct and (doc[k].is_title or doc[k].is_upper or _modifier(doc[k])):
        capital = capital or not doc[k].is_lower
        k -= 1
    return k if capital else j


def portfolio_complement(doc: Doc, start: int, heads: frozenset[str]) -> bool:
    """The mention starting at `start` is the complement of a role noun whose complement is a portfolio
    (« ministre du Budget », « ministre de l'Action et des Comptes publics », « les ministres de la Santé,
    Agnès Buzyn, et des Comptes publics »): part of a title, not an actor. A portfolio takes the definite
    article (« un ministre de Macron » names Macron)."""
    if not heads:
        return False
    first = _token_starting_at(doc, start)
    if first is None:
        return False
    lo = first.sent.start if doc.has_annotation("SENT_START") else 0
    j = first.i - 1
    for _ in range(6):
        k = j
        while k >= lo and doc[k].pos_ in ("ADP", "DET"):
            k -= 1
        links = doc[k + 1:j + 1]
        if not len(links) or not any("Definite=Def" in t.morph for t in links):
            return False  # a portfolio stands after a preposition and its article: « du », « de la », « des »
        j, m = k, k
        while j >= lo and m - j < 3 and _modifier(doc[j]):
            j -= 1
        if j >= lo and _ends_with_head(doc, j, heads):
            return True
        # coordinated portfolios: « de l'Action et des … », « de la Santé, Agnès Buzyn, et des … »
        for _ in range(2):
            if j < lo or not _separator(doc[j]):
                return False
            while j >= lo and _separator(doc[j]):
                j -= 1
            k = _capitalised_phrase(doc, j, lo)
            if k == j:
                return False
            j = k
            if j >= lo and doc[j].pos_ in ("ADP", "DET"):
                break  # that phrase's own link: go on to its role noun
    return False


# --- titles ------------------------------------------------------------------------------------------------

def _chunk_before(doc: Doc, i: int) -> list[int]:
    """Token indices of the verbless, punctuation-free stretch ending at token i (inclusive)."""
    out: list[int] = []
    sent_start = doc[i].sent.start if doc.has_annotation("SENT_START") else 0
    while i >= sent_start and len(out) < 14:
        t = doc[i]
        if t.pos_ == "CCONJ" and _joins_complements(doc, i):
            out.append(i)  # « ministre de l'Action et des Comptes publics »: one title
            i -= 1
            continue
        if (t.is_punct and not _joining_hyphen(doc, i)) or t.is_space or \
                t.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ", "PRON") or "\n" in t.text:
            break
        out.append(i)
        i -= 1
    return out[::-1]


def _joining_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen inside a compound name, with no space on either side (« Croissant-Rouge »), not a dash."""
    return doc[i].text == "-" and 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _joins_complements(doc: Doc, i: int) -> bool:
    """A conjunction between two capitalised complements, each after its preposition ("de l'Action et des
    Comptes publics"), not between two people ("Joe Biden et le ministre")."""
    if i == 0 or i + 2 >= len(doc):
        return False
    before, after = doc[i - 1], doc[i + 1]
    nxt = doc[i + 2] if doc[i + 2].pos_ != "DET" or i + 3 >= len(doc) else doc[i + 3]
    return before.is_title and before.pos_ != "PROPN" and after.pos_ == "ADP" and nxt.is_title


def _chunk_after(doc: Doc, i: int) -> list[int]:
    out: list[int] = []
    end = doc[i].sent.end if doc.has_annotation("SENT_START") else len(doc)
    while i < end and len(out) < 14:
        t = doc[i]
        if t.pos_ == "CCONJ" and _joins_complements(doc, i):
            out.append(i)
            i += 1
            continue
        if (t.is_punct and not _joining_hyphen(doc, i)) or t.is_space or \
                t.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ", "PRON") or "\n" in t.text:
            break
        out.append(i)
        i += 1
    return out


def _title_start(doc: Doc, idx: list[int], titles: tuple[str, ...]) -> int | None:
    """Position in idx of the first token that begins a known title."""
    for pos, i in enumerate(idx):
        if _title_start_text(fold(doc[i:idx[-1] + 1].text), titles):
            return pos
    return None


def named_by_its_name(noun: Token, heads: Collection[str]) -> bool:
    """`noun` is one of `heads` (folded) that takes the name right after it as its own, after an article (« la
    famille Martin », « du lycée Paul Valéry »), not a bare noun of a fixed phrase (« le père de famille Jean
    Martin »: the father)."""
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    return fold(noun.text) in heads and before is not None and "Art" in before.morph.get("PronType")


def complement_described(ent: SpacySpan):
    """The noun a name stands in apposition to, with no punctuation between, when that noun completes a noun
    before it (« l'avocat de la ministre Marie Blanc »: « ministre », which completes « avocat »); None
    otherwise. Callers decide whether it is a title and which head it completes."""
    noun = ent.root.head if ent.root.dep_ == "appos" else None
    if noun is None or not noun.i < ent.start or noun.dep_ != "nmod" or not noun.head.i < noun.i or \
            any(t.is_punct for t in ent.doc[noun.i + 1:ent.start]):
        return None
    return noun


def _described_complement(doc: Doc, idx: list[int], ent: SpacySpan, titles: tuple[str, ...]) -> int:
    """Where in the chunk `idx` before a name the noun phrase it stands in apposition to begins, when that noun is
    a title that completes another noun of the chunk (« l'avocat de la ministre Marie Blanc »: « la ministre », whose
    title she holds, not the avocat's); 0 otherwise (« le président de l'Assemblée Claude Bartolone », the name hung
    on a body's name, is the president)."""
    noun = complement_described(ent)
    if noun is None or noun.i not in idx or noun.head.i not in idx or not _title_start_text(fold(noun.text), titles):
        return 0
    first = min(t.i for t in noun.subtree if t.i <= noun.i and t.pos_ != "ADP")
    return idx.index(first) if first in idx else 0


def title_of(doc: Doc, ent: SpacySpan, titles: tuple[str, ...], former: frozenset[str] = frozenset(),
             civilities: tuple[str, ...] = (), named_after: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """Character span of the title that introduces a person: "le président américain Joe Biden",
    "Le directeur de …, John Kirby", "John Kirby, porte-parole du …". A word of `former` (folded) before the
    title belongs to it: "l'ancien président américain Barack Obama" is not "le président américain". A
    civility of `civilities` (folded) between the title and the name is the name's ("l'avocat, Me John Kirby").
    A name right after a noun of `named_after` (folded) is that noun's own ("l'avocat de la famille Martin"): no
    title."""
    start = ent.start
    while start > 0 and fold(doc[start - 1].text) in civilities:
        start -= 1
    i = start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i >= 0:
        idx = _chunk_before(doc, i)
        qualifier = _qualifier_after_comma(doc, idx, titles) if i == start - 1 else None
        if qualifier is not None:  # « l'entraîneur, le Belge Marc Van Doren »: the title stands before the comma
            i = qualifier
            idx = _chunk_before(doc, i)
        if idx and i == start - 1 and named_by_its_name(doc[idx[-1]], named_after):
            return None  # « l'avocat de la famille Martin », « le proviseur du lycée Paul Valéry »: the noun's name
        if idx and i == start - 1 and doc[idx[-1]].pos_ == "ADP":
            idx = []  # « l'avocat de Jean Valjean »: the name completes the role, it does not hold it
        if idx and i == start - 1:
            idx = idx[_described_complement(doc, idx, ent, titles):]
        pos = _title_start(doc, idx, titles) if idx else None
        if pos is not None:
            while pos > 0 and is_former(doc[idx[pos - 1]].text, former):
                pos -= 1
            if pos > 0 and doc[idx[pos - 1]].pos_ == "DET":
                pos -= 1  # "Le directeur de …": the determiner belongs to the mention
            return doc[idx[pos]].idx, doc[idx[-1]].idx + len(doc[idx[-1]])
    j = ent.end
    if j < len(doc) - 1 and doc[j].text == ",":
        j += 1
        if doc[j].pos_ == "DET":
            j += 1
        idx = _chunk_after(doc, j)
        if idx and _title_start(doc, idx, titles) == 0 and not _subject_after_fronted_clause(doc, ent, idx):
            return doc[idx[0]].idx, doc[idx[-1]].idx + len(doc[idx[-1]])
    return None


def _qualifier_after_comma(doc: Doc, idx: list[int], titles: tuple[str, ...]) -> int | None:
    """The token before the comma that sets off a short qualifier of a name which is no title (« le Belge », « le
    conservateur » in « l'entraîneur, le Belge Marc Van Doren »): where the title may stand; None otherwise (a
    title right before the name, a complement, a longer phrase, no comma)."""
    if not idx or len(idx) > 3 or doc[idx[0]].pos_ != "DET" or _title_start(doc, idx, titles) is not None:
        return None
    if any(doc[k].pos_ not in ("ADJ", "NOUN", "PROPN") for k in idx[1:]) or len(idx) < 2:
        return None
    comma = idx[0] - 1
    return comma - 1 if comma >= 1 and doc[comma].text == "," else None


def _subject_after_fronted_clause(doc: Doc, ent: SpacySpan, idx: list[int]) -> bool:
    """« Répondant à Paul Giraud, la ministre a estimé », « Interrogé sur le départ de X, le président du club a
    assuré »: the name closes a participial clause set before the subject, and the role after its comma is the
    subject of the next verb (no comma closes it as an apposition would), not a title given to that name."""
    after = idx[-1] + 1
    if after >= len(doc) or doc[after].pos_ not in ("VERB", "AUX"):
        return False
    return closes_fronted_opening(doc, ent)


def closes_fronted_opening(doc: Doc, ent: SpacySpan) -> bool:
    """The name ends what opens its sentence before the subject: a participial clause (« Répondant à Paul Giraud, »,
    « Interrogé par X, ») or a prepositional phrase (« Sur le plateau de Paul Giraud, », « Aux côtés de X, », « Face à
    X, », « Proche de X, »: a preposition first or second, no verb nor comma before the name)."""
    if any(a.i < ent.start and a.pos_ == "VERB" and "VerbForm=Part" in a.morph for a in ent.root.ancestors):
        return True
    first = ent.sent.start
    while first < ent.start and (doc[first].is_punct or doc[first].pos_ == "CCONJ"):
        first += 1
    # (« Lors d'un débat avec X », « Face à X »: a word the preposition after it completes)
    if first >= ent.start or not (doc[first].pos_ == "ADP" or (
            doc[first].pos_ in ("ADV", "NOUN", "ADJ") and first + 1 < ent.start and doc[first + 1].pos_ == "ADP")):
        return False
    return not any(t.pos_ in ("VERB", "AUX") or t.text == "," for t in doc[first:ent.start])


def title_phrase(text: str) -> str:
    """The role as a title: without its determiner, lower-case first letter ("directeur de …")."""
    words = re.sub(r"^(?:(?:le|la|les|son|sa|leur) |l')", "", " ".join(text.split()), flags=re.IGNORECASE)
    return words[:1].lower() + words[1:]
