"""The article's discourse model: who is mentioned where, in which role, and who has spoken so far.

Speaker resolution has two stages (Muzny et al. 2017, CoreNLP's quote attribution): quote → mention (which
phrase the attribution uses: cues.py, indirect.py, direct.py) and mention → entity (who that is). This module
holds what the second stage reads: an entity registry built from the actors component (every mention of each
person and body, with its sentence, paragraph and grammatical role), and the speakers attributed so far.
It knows no language: agreement features come from spaCy's morphology.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from propos.language.layout import LINE_BREAK, PARAGRAPH_BREAK, paragraph_starts
from propos.language.quotemarks import DEPTH_CLOSING, DEPTH_OPENING, quote_depths
from propos.language.textprep import doc_text

# Actor types that can speak; places (GPE) speak through their government (GOV).
SPEAKING_TYPES = ("PER", "ORG", "GOV")
# the recogniser's labels of names that may speak, registered when no actor covers them (_add_unlisted_names)
UNLISTED_LABELS = ("ORG",)


@dataclass
class Mention:
    start: int
    end: int
    sent: int
    par: int
    subject: bool      # the mention (or the noun it stands in apposition to) is a subject
    complement: bool   # the mention completes another noun (« le chef de la sécurité de Biden »)
    quoted: bool = False  # inside quotation marks: named by a speaker, not by the narration
    coordinated: bool = False  # joined to another name or noun by « et » (« Paul et Marie Tessier »): part of a group


@dataclass
class Entity:
    id: str
    name: str
    type: str
    gender: str | None
    mentions: list[Mention] = field(default_factory=list)
    in_title: bool = False
    gender_sure: bool = False
    # a role, group or body named by a common noun (« la famille », « les rebelles »), not one of the actors
    role: bool = False
    number: str | None = None
    # the gender a person's given name tells (« Marine » → Fem), apart from the words around the name
    name_gender: str | None = None

    @property
    def agreement(self) -> str | None:
        """The gender a singular pronoun meaning this person has: what a title or a role next to the name said,
        else what the given name tells (surer than a vote of the words before the mentions), else that vote."""
        return self.gender if self.gender_sure else (self.name_gender or self.gender)

    def before(self, at: int) -> list[Mention]:
        return [m for m in self.mentions if m.end <= at]


@dataclass
class Spoken:
    at: int
    name: str
    actor_id: str | None
    person: bool = True
    gender: str | None = None
    relative: bool = False  # its speaker was a relative pronoun (« X, qui a affirmé que … »)


def relative_pronoun(doc: Doc, start: int, end: int) -> bool:
    """The speaker phrase is a relative pronoun (« Ryan, qui a défendu le texte »): words said in a side clause."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) == 1 and "PronType=Rel" in span[0].morph


def is_subject(token: Token) -> bool:
    """The token (or the noun it stands in apposition to) is a subject."""
    for _ in range(3):
        if token.dep_.startswith("nsubj"):
            return True
        if token.dep_ not in ("appos", "flat:name", "conj") or token.head.i == token.i:
            return False
        token = token.head
    return False


def names_a_person(noun: Token, persons: frozenset | set) -> bool:
    """Whether a noun says what a person is (« ministre », « avocate »), by its lemma or its form, folded:
    only such a noun's gender is the person's."""
    return fold(noun.lemma_) in persons or fold(noun.text) in persons


def _gender(doc: Doc, mentions: list[tuple[int, int]], known=None, persons=frozenset()) -> tuple[str | None, bool]:
    """Gender of a person and whether it is sure: what the resolver read next to a mention (a title, the
    determiner of a role in apposition) is; a vote of the determiners and nouns just before it is not."""
    sure: set[str] = set()
    votes: dict[str, int] = {}
    for start, end in mentions:
        if known is not None and (found := known(start, end)):
            sure.add(found)
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        # only the words of the mention's own phrase, read back to the first other word: in « la visite de
        # Trump » or « a répondu la ministre à Paul » the noun belongs to another phrase (it voted him feminine)
        for token in (doc[i] for i in range(span.start - 1, max(0, span.start - 2) - 1, -1)):
            if token.pos_ not in ("DET", "NOUN", "ADJ"):
                break
            if persons and token.pos_ == "NOUN" and not names_a_person(token, persons):
                break  # « une présidence Trump »: a noun that is not what a person is tells nothing of his gender
            if token.pos_ in ("DET", "NOUN"):
                for value in token.morph.get("Gender"):
                    votes[value] = votes.get(value, 0) + 1
    if len(sure) == 1:
        return next(iter(sure)), True
    if not votes:
        return None, False
    best = max(votes, key=votes.get)
    return (best if votes[best] > sum(votes.values()) - votes[best] else None), False


_MARKS = re.compile("[" + re.escape("".join(sorted(DEPTH_OPENING | DEPTH_CLOSING))) + "]|" + PARAGRAPH_BREAK)


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of every outermost passage between quotation marks (« … », “ … ”), in text order. A mark
    not closed in its paragraph opens nothing: where quotation marks are unbalanced (a missing one, a speech over
    several paragraphs) the rest of the text is not taken for speech (run to the end of its text, DEMOCRAT dev
    pronouns linked fell 150 → 140 of 271)."""
    spans, before, start = [], 0, 0
    for mark, depth in quote_depths(_MARKS.finditer(text), re.Match.group, reset=PARAGRAPH_BREAK):
        if before == 0 and depth == 1:
            start = mark.start()
        elif before == 1 and depth == 0 and mark.group() in DEPTH_CLOSING:
            spans.append((start, mark.end()))
        before = depth
    return spans


@lru_cache(maxsize=65536)  # the same names and roles are compared over and over in one article
def fold(text: str) -> str:
    """Lower case, without accents, as mentions are compared (« Le Préfet » → « le prefet »)."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'").lower())
    return "".join(c for c in text if not unicodedata.combining(c)).strip()


def _role_phrase(noun: Token, keep=frozenset()) -> tuple[int, int]:
    """Token bounds [lo, hi) of the noun phrase a common noun heads: its determiner and adjectives, and the words
    after it up to punctuation, a relative clause, a verb of its own or an apposition (« les rebelles soutenus par
    la Turquie », « la nièce du monarque »); a preposition other than those in `keep` (noun complements) ends it
    unless it follows a participle."""
    doc = noun.doc
    lo = noun.i
    while lo - 1 >= 0 and doc[lo - 1].head.i == noun.i and doc[lo - 1].pos_ in ("DET", "ADJ", "NUM"):
        lo -= 1
    sub = {t.i for t in noun.subtree}
    stop = {t.i for c in noun.children if c.dep_ in ("acl:relcl", "appos", "conj", "cc", "punct")
            for t in c.subtree}
    hi = noun.i + 1
    while hi in sub and hi not in stop and not doc[hi].is_punct and doc[hi].pos_ not in ("AUX", "SCONJ", "PRON"):
        if doc[hi].pos_ == "ADP" and doc[hi].lower_ not in keep and "VerbForm=Part" not in doc[hi - 1].morph:
            break
        hi += 1
    while hi - 1 > noun.i and doc[hi - 1].pos_ in ("ADP", "DET", "CCONJ"):
        hi -= 1
    return lo, hi


def _coordinated(token: Token) -> bool:
    """The noun is one of several joined by a conjunction (« Paul et Marie Tessier », « le maire et son adjoint »)."""
    return (token.dep_ == "conj" and token.head.pos_ in ("PROPN", "NOUN")) or any(
        c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") for c in token.children)


def _acronym(token: Token) -> bool:
    """A word in capitals (« La SNCV », « le PRD »): a subject named so is a body, whatever the tagger makes of it."""
    return len(token.text) >= 2 and token.text.isalpha() and token.text.isupper()


def _name_after(noun: Token) -> Span | None:
    """The capitalised words right after a common noun (« l'ONG Mers Libres », « le syndicat Force Paysanne »): the
    proper name of what it names, as written (the tagger often reads such names as nouns or adjectives)."""
    doc = noun.doc
    end = noun.i + 1
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
        end += 1
    return doc[noun.i + 1:end] if end > noun.i + 1 else None


@dataclass(frozen=True)
class RoleWords:
    """The language's words for registering role entities (from the quotes lexicon): `heads`, lemmas of the
    nouns whose subjects are registered (« la famille »); `determiners`, left out when mentions are compared;
    `complement_prepositions`, those that keep a noun's complement in its phrase (« la nièce du monarque »);
    `generic`, determiners that make a phrase stand for anyone (« tout artiste »), not registered; `invariable`,
    nouns whose number says nothing (« porte-parole »); `named`, role phrases and role nouns the article puts in
    apposition to a name (« le candidat de droite »): those are that person, not a new entity; `persons`, folded
    nouns that say what a person is (« ministre »): only those vote for a person's gender; `collective`, the
    heads that name a body or a group (« le syndicat », « la famille »): what the others head is a person;
    `latter`, the singular anaphors « ce dernier », « cette dernière » with their gender."""

    heads: frozenset = frozenset()
    determiners: frozenset = frozenset()
    complement_prepositions: frozenset = frozenset()
    generic: frozenset = frozenset()
    invariable: frozenset = frozenset()
    named: frozenset = frozenset()
    persons: frozenset = frozenset()
    collective: frozenset = frozenset()
    # (folded phrase, gender) of the singular anaphors that mean the person named last (« ce dernier »)
    latter: frozenset = frozenset()
    # the particles that open a negation (« ne », « n' »): a bare noun subject before one is nobody (« Personne
    # n'a été blessé »), no role
    negation: frozenset = frozenset()


def _words_that_may_end(words: dict[int, str], phrases) -> set[int]:
    """The ids of the `words` (id → text) that may end a pair « X Y » whose `fold` is one of the (folded)
    `phrases`: folding goes character by character and a space stays a space, so `fold("X Y")` holds `fold("Y")`
    whole; a word whose fold is in none of them ends no such pair (an empty fold, a space or a lone mark, is kept).
    Each distinct word is folded once, not each of the article's pairs."""
    pieces = _pieces(frozenset(phrases))
    return {orth for orth, word in words.items() if fold(word) in pieces}


@lru_cache(maxsize=8)
def _pieces(phrases: frozenset[str]) -> frozenset[str]:
    """Every substring of every phrase, the empty one included."""
    return frozenset(p[i:j] for p in phrases for i in range(len(p) + 1) for j in range(i, len(p) + 1))


class DiscourseModel:
    def __init__(self, doc: Doc, gender_of=None, roles: RoleWords | None = None, name_gender_of=None,
                 voice_words=None) -> None:
        """`gender_of(start, end)`: a person's gender as the caller knows it at a mention (or None); `roles`:
        the words to register role entities with (none without them); `name_gender_of(start, end)`: the gender
        the person's given name tells at a mention (or None), kept apart as `Entity.name_gender`; `voice_words`
        (voice.VoiceWords): the words that read a quotation's own voice (None: not read)."""
        self.doc = doc
        text = doc_text(doc)
        self.sent_starts = [s.start_char for s in doc.sents]
        self.par_starts = paragraph_starts(text)
        first_line = text.find(LINE_BREAK)
        self.quoted = _quoted_spans(text)
        titled = 0 < first_line < 300 and text.startswith(PARAGRAPH_BREAK, first_line)
        self.title_end = first_line if titled else 0
        # `said` runs for every candidate entity × earlier speaker × query: without these memos a long article
        # (hundreds of thousands of characters) spent minutes folding the same names again
        self._keys: dict[str, str] = {}
        self._aliases: dict[int, tuple[str, int, set[str]]] = {}
        self._index: tuple[list[Spoken], dict] | None = None
        self.entities: list[Entity] = []
        for actor in doc._.actors:
            if actor.type not in SPEAKING_TYPES:
                continue
            spans = [(m.start, m.end) for m in actor.mentions]
            # a body's grammatical gender (« la Mairie », « le parquet ») is read from its determiners: « il »
            # rarely stands for « la Mairie »
            gender, sure = _gender(doc, spans, gender_of if actor.type == "PER" else None,
                                   (roles or RoleWords()).persons if actor.type == "PER" else frozenset())
            sure = sure and actor.type == "PER"
            entity = Entity(actor.id, actor.name, actor.type, gender, gender_sure=sure)
            if actor.type == "PER" and name_gender_of is not None:
                entity.name_gender = next((g for s, e in spans if (g := name_gender_of(s, e))), None)
            for start, end in sorted(spans):
                entity.mentions.append(self._mention(start, end))
            entity.in_title = any(m.start < self.title_end for m in entity.mentions)
            if entity.mentions:
                self.entities.append(entity)
        self.words = roles or RoleWords()
        self.voice_words = voice_words
        self._add_unlisted_names(gender_of, name_gender_of)
        if self.words.heads:
            self._add_roles()
        if self.words.latter:
            self._add_latter_mentions()
        self.spoken: list[Spoken] = []
        # reported speech acts without words (« X a contesté l'étude »): who acted, for pronouns only
        self.acts: list[Spoken] = []
        self._subject_pronouns: list[tuple[int, int, str | None, str | None]] | None = None

    def _add_unlisted_names(self, gender_of=None, name_gender_of=None) -> None:
        """Register the persons and bodies the recogniser named (PER, ORG) that no actor covers (« l'instruction du
        Saint-Office, dans laquelle celui-ci explique »): the actors step drops some, and a later pronoun or
        floating quotation may still mean them. Mentions with the same folded name are one entity."""
        taken = [(m.start, m.end) for e in self.entities for m in e.mentions]
        by_name: dict[str, Entity] = {}
        for ent in self.doc.ents:
            if ent.label_ not in UNLISTED_LABELS or not any(c.isalpha() for c in ent.text):
                continue
            if any(s < ent.end_char and ent.start_char < e for s, e in taken):
                continue
            key = fold(ent.text)
            entity = by_name.get(key)
            if entity is None:
                entity = by_name[key] = Entity("", ent.text, ent.label_, None)
                self.entities.append(entity)
            entity.mentions.append(self._mention(ent.start_char, ent.end_char))
        persons = (self.words or RoleWords()).persons
        for entity in by_name.values():
            spans = [(m.start, m.end) for m in entity.mentions]
            if entity.type == "PER":
                entity.gender, entity.gender_sure = _gender(self.doc, spans, gender_of, persons)
                if name_gender_of is not None:
                    entity.name_gender = next((g for s, e in spans if (g := name_gender_of(s, e))), None)
            else:
                entity.gender = _gender(self.doc, spans)[0]
            entity.in_title = any(m.start < self.title_end for m in entity.mentions)

    def _add_latter_mentions(self) -> None:
        """« … une connaissance, Karim Benali. Ce dernier ignorait tout »: the anaphor names the person named last
        before it, in its sentence or the one before, when the gender agrees; as a subject it is that person's
        subject mention, so that the pronoun of the next incise (« …, déclare-t-il ») carries on with him."""
        doc, latter = self.doc, dict(self.words.latter)
        persons = [e for e in self.entities if e.type == "PER"]
        # the pairs are read as the ids of their words: a token is made, a text read, only for the few that may match
        words, strings = doc.to_array(ORTH).tolist(), doc.vocab.strings
        may_end = _words_that_may_end({orth: strings[orth] for orth in set(words)}, latter)
        for i in range(1, len(words)):
            if words[i] not in may_end:
                continue
            gender = latter.get(fold(f"{strings[words[i - 1]]} {strings[words[i]]}"))
            if gender is None:
                continue
            first, second = doc[i - 1], doc[i]
            if not (first.is_sent_start or is_subject(first) or is_subject(second)):
                continue  # the parse often reads « dernier » as an adjective of the verb: a sentence's start is its
                # subject
            mention = self._mention(first.idx, second.idx + len(second))
            last = max(((m.end, e) for e in persons for m in e.mentions if m.end <= first.idx and not m.quoted),
                       key=lambda pair: pair[0], default=None)
            if last is None or self.sentence(last[0] - 1) < mention.sent - 1 or \
                    last[1].agreement not in (None, gender):
                continue
            mention.subject = True
            last[1].mentions.append(mention)
            last[1].mentions.sort(key=lambda m: m.start)

    def _key(self, text: str) -> str:
        key = self._keys.get(text)
        if key is None:
            words = fold(text).replace("'", "' ").split()
            while words and words[0] in self.words.determiners:
                words = words[1:]
            key = self._keys[text] = " ".join(words)
        return key

    def _add_roles(self) -> None:
        """Register, as entities, the subjects named by a role, group or body noun that no actor covers
        (« La famille conteste … Pour elle, … »): the one a later pronoun or floating quotation may mean. Mentions
        with the same head and number are one entity, named by its fullest form."""
        doc = self.doc
        taken = [(m.start, m.end) for e in self.entities for m in e.mentions]
        text = doc_text(doc)
        by_head: dict[tuple[str, str | None, str | None], Entity] = {}
        words = self.words
        for noun in doc:
            if not noun.dep_.startswith("nsubj"):
                continue  # before the lemma: most words are no subject
            head = noun.lemma_.lower()
            acronym = head not in words.heads and _acronym(noun)
            if not acronym and (noun.pos_ != "NOUN" or head not in words.heads):
                continue
            lo, hi = _role_phrase(noun, words.complement_prepositions)
            if lo == noun.i and noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ in words.negation:
                continue  # « Personne n'a été blessé »: the indefinite pronoun, nobody
            start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
            after = next((t for t in doc[noun.i + 1:hi] if t.pos_ != "ADJ"), None)
            if any(s <= noun.idx < e for s, e in taken) or doc[lo].lower_ in words.generic:
                continue  # an actor's mention, or anyone at all (« tout témoin »)
            proper = _name_after(noun)
            named_body = proper is not None and head in words.collective
            if named_body and any(s <= proper.start_char < e for s, e in taken):
                continue  # a body the recogniser named (« le syndicat Force Ouvrière »): that actor
            if named_body:
                # a body named after its kind (« L'ONG Mers Libres ») that the recogniser missed: the body itself,
                # what a later « elle » agreeing with its head noun means
                end = max(end, proper.end_char)
            elif after is not None and after.pos_ == "PROPN":
                continue  # a role naming the person after it (« le ministre X »): that actor
            # a word in capitals (« l'ONG », « la SNCV ») is written the same in both numbers and genders: its
            # determiner tells them, the tagger's reading of the word guesses
            capitals = noun.text.isupper()
            told = doc[lo:noun.i] if capitals else doc[lo:noun.i + 1]
            number = next((n for t in (told if capitals else [noun]) for n in t.morph.get("Number")), None)
            if not named_body and (self._key(text[doc[lo].idx:end]) in words.named or (
                    number != "Plur" and head in words.named)):
                continue  # « le candidat de droite » after « le candidat de droite François Fillon »: Fillon
            if noun.lower_ in words.invariable:
                number = None
            # two bodies of one kind are two entities when their names differ (« l'ONG A », « l'ONG B »)
            key = (head, number, fold(proper.text) if named_body else None)
            entity = by_head.get(key)
            name = text[start:end]
            if entity is None:
                gender = next((g for t in told for g in t.morph.get("Gender")), None)
                # « l'agresseur », « le juge » are persons to agreement and salience, « le parti » a body, and so is
                # what an acronym names (its own gender is the tagger's guess: its determiner's is told)
                kind = "ORG" if acronym or head in words.collective else "PER"
                entity = by_head[key] = Entity("", name, kind, gender, role=True, number=number)
                self.entities.append(entity)
            elif len(name) > len(entity.name):
                entity.name = name
            entity.mentions.append(self._mention(start, end))
        for entity in by_head.values():
            entity.mentions.sort(key=lambda m: m.start)
            entity.in_title = any(m.start < self.title_end for m in entity.mentions)

    def aliases(self, entity: Entity) -> set[str]:
        known = self._aliases.get(id(entity))
        if known is not None and known[0] == entity.name and known[1] == len(entity.mentions):
            return known[2]  # unchanged since last asked: its name and mentions only ever grow
        text = doc_text(self.doc)
        keys = {self._key(entity.name)} | {self._key(text[m.start:m.end]) for m in entity.mentions}
        self._aliases[id(entity)] = (entity.name, len(entity.mentions), keys)
        return keys

    def said(self, entity: Entity, spoken: Spoken) -> bool:
        """The entity is who spoke (by its actor, its name, or, for a role, any of its mentions' words)."""
        if (spoken.actor_id and spoken.actor_id == entity.id) or spoken.name == entity.name:
            return True
        return entity.role and self._key(spoken.name) in self.aliases(entity)

    def said_by(self, entity: Entity, spoken: list[Spoken]) -> list[Spoken]:
        """The items of `spoken` (in their order) that `entity` said, as `said` decides, through an index of
        `spoken` by actor, name and folded name built once per list: the ranker asks this for every candidate."""
        if self._index is None or self._index[0] is not spoken:
            by: dict[tuple[str, str], list[int]] = {}
            for i, item in enumerate(spoken):
                for key in (("id", item.actor_id or ""), ("name", item.name), ("key", self._key(item.name))):
                    by.setdefault(key, []).append(i)
            self._index = (spoken, by)
        by = self._index[1]
        found = set(by.get(("name", entity.name), ()))
        if entity.id:
            found.update(by.get(("id", entity.id), ()))
        if entity.role:
            for alias in self.aliases(entity):
                found.update(by.get(("key", alias), ()))
        return [spoken[i] for i in sorted(found)]

    def _mention(self, start: int, end: int) -> Mention:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        root = span.root if span is not None else None
        before = self.doc[span.start - 1] if span is not None and span.start > 0 else None
        complement = before is not None and before.dep_ == "case" and before.head.i >= span.start
        k = bisect.bisect_right(self.quoted, (start, len(doc_text(self.doc)) + 1)) - 1
        return Mention(start, end, self.sentence(start), self.paragraph(start),
                       bool(root is not None and is_subject(root)), complement,
                       k >= 0 and self.quoted[k][0] <= start < self.quoted[k][1],
                       root is not None and _coordinated(root))

    def subject_pronouns(self) -> list[tuple[int, int, str | None, str | None]]:
        """The third-person personal pronouns the narration makes subjects (« il », « elles »; not inside quotation
        marks), each as (start, end, gender, number) from the parse's token and morphology (« -t-elle » is one
        token), in text order; computed once."""
        if self._subject_pronouns is None:
            out = []
            for token in self.doc:
                morph = token.morph
                if token.pos_ != "PRON" or not token.dep_.startswith("nsubj") or morph.get("Person") != ["3"] or \
                        morph.get("PronType") not in ([], ["Prs"]) or not morph.get("Gender") or \
                        self._mention(token.idx, token.idx + len(token)).quoted:
                    continue
                out.append((token.idx, token.idx + len(token), morph.get("Gender")[0],
                            (morph.get("Number") or [None])[0]))
            self._subject_pronouns = out
        return self._subject_pronouns

    def sentence(self, at: int) -> int:
        return bisect.bisect_right(self.sent_starts, at) - 1

    def paragraph(self, at: int) -> int:
        return bisect.bisect_right(self.par_starts, at) - 1

    def remember(self, at: int, name: str | None, actor_id: str | None, *, person: bool = True,
                 gender: str | None = None, relative: bool = False) -> None:
        if name:
            bisect.insort(self.spoken, Spoken(at, name, actor_id, person, gender, relative), key=lambda s: s.at)

    def remember_act(self, at: int, name: str, actor_id: str | None, *, person: bool = True,
                     gender: str | None = None) -> None:
        bisect.insort(self.acts, Spoken(at, name, actor_id, person, gender), key=lambda s: s.at)

    def spoken_before(self, at: int, acts: bool = False) -> list[Spoken]:
        """Who spoke before `at`, in text order; with `acts`, who performed a reported act there too."""
        if acts and self.acts:
            return sorted([s for s in self.spoken if s.at < at] + [s for s in self.acts if s.at < at],
                          key=lambda s: s.at)
        return [s for s in self.spoken if s.at < at]

    def speakers_without_entity(self, at: int) -> list[Entity]:
        """Who spoke before `at` without being one of the actors (« le porte-parole de la police »): candidates
        too, known only by having spoken."""
        known = {e.id for e in self.entities if e.id} | {e.name for e in self.entities}
        roles = [e for e in self.entities if e.role]
        out: dict[str, Entity] = {}
        for spoken in self.spoken_before(at):
            if spoken.actor_id in known or spoken.name in known or any(self.said(e, spoken) for e in roles):
                continue
            out[spoken.name] = Entity(spoken.actor_id or "", spoken.name, "PER" if spoken.person else "ORG",
                                      spoken.gender)
        return list(out.values())

    def entity_of(self, name: str | None, actor_id: str | None) -> Entity | None:
        for entity in self.entities:
            if (actor_id and entity.id == actor_id) or (name and entity.name == name):
                return entity
        return None
