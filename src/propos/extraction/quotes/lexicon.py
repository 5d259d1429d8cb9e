"""The speech-verb lexicon and the marker words of a language, read once from its data files.

`quotes_speech_verbs.tsv`: expression, class (speech | cognition | report), opinion (yes | no), position (incise
for a verb that is a cue only in an incise; addressee for one that needs whom it is said to, whom it comes from or
a body as its subject; view for one that reports a view only with an object and what it is seen as, « voit X
comme Y », « y voit le signe de … »; else empty).
`quotes_markers.json`: source markers (selon, d'après, pour), pronouns with gender and number, and the words
that make `que` a comparative or a conjunction rather than the complementizer of reported speech.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from propos.language.quotemarks import OPENING
from propos.language.resources import load_json, load_tsv

# the parts of speech a cue can carry
CUE_POS = ("VERB", "AUX", "ADJ")
# shorter stems match too many forms (« dire » → « d… »)
_MIN_STEM = 6
# how far after « voir » its `comme` may stand, and the noun of a view after « y voir »
_VIEW_REACH = 16
_VIEW_OBJECT_REACH = 3
_SET_PHRASE_WINDOW = 8  # tokens on each side: more than the longest listed fixed phrase
_MISREAD_MEMO = 1 << 16  # forms whose `Lexicon.may_misread` answer is kept (least recently asked dropped first)


@dataclass(frozen=True)
class CueEntry:
    expression: str
    kind: str  # speech | cognition | report
    opinion: bool
    incise_only: bool = False  # « », poursuit-il: a cue only in an incise, never elsewhere (« la grève continue »)
    # « apprend au ministre que », « lui a signifié que », « Le Parisien a appris que »: a cue only with whom it is
    # said to or whom it comes from, for a body, an outlet or « on », or in an incise; else a person or a thing
    # learns or means (« le coureur a appris que P », « « X » signifie « Y » »), no one speaks (Lexicon._addressed)
    addressee_only: bool = False
    # « voit la décision comme une erreur », « y voit le signe de … »: a cue only with an object and what it is
    # seen as, or with « y » and an object that names a view (Lexicon._sees_as); else one sees (« y voit des ours »)
    view_only: bool = False
    # « n'exclut pas que P », « ne cache pas que P »: a locution of the lexicon written with its negation; denied, it
    # still reports (a denial of doubt affirms)
    holds_negation: bool = False


@dataclass(frozen=True)
class Lexicon:
    single: dict[str, CueEntry]
    # first word -> locutions starting with it, longest first: (remaining words, entry)
    locutions: dict[str, tuple[tuple[tuple[str, ...], CueEntry], ...]]
    markers: dict
    stems: dict[str, CueEntry]  # infinitive without its ending (« reconnai » for « reconnaître ») → entry
    # word → fixed phrases that hold it without saying anything (« cela dit », « en attendant que »), with the
    # word's offset in the phrase
    set_phrases: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)
    # the nouns of someone who may speak or be spoken to (markers' speaking_heads and source_nouns)
    people: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        # `may_misread` by form, memoised per lexicon: find_cues asks it of every noun, adjective and name
        object.__setattr__(self, "may_misread", lru_cache(maxsize=_MISREAD_MEMO)(self._may_misread))
        # `plain_entries` by tag, lemma and form, memoised the same way: cue_for asks it of every verb and adjective
        object.__setattr__(self, "plain_entries", lru_cache(maxsize=_MISREAD_MEMO)(self._plain_entries))

    def cue_for(self, token: Token) -> tuple[CueEntry, int] | None:
        """The entry a verb token starts (and the index of its last token), or None.

        Locutions are matched on lemmas or forms of the following words (adverbs may stand between:
        « a clairement fait savoir » is found from « fait »); a reflexive clitic selects « se dire ». A verb that
        is a cue only in an incise is one there alone.
        """
        found = self._cue_for(token)
        if found is not None and found[0].incise_only and not self._in_incise(token):
            return None
        if found is not None and found[0].addressee_only and not (self._in_incise(token) or self._addressed(token)):
            return None
        if found is not None and found[0].view_only and not self._sees_as(token):
            return None
        return found

    def _sees_as(self, token: Token) -> bool:
        """« voit la polémique comme un contre-feu »: `comme` after the object, before the clause ends; « y voit le
        signe d'une volonté », « y voyant une manœuvre »: the clitic « y » before the verb (or its auxiliary) and an
        object that names a view (markers' view_objects) or is quoted (« y voit un « cadeau » »)."""
        doc = token.doc
        first = min([token.i] + [c.i for c in token.children if c.dep_.startswith("aux")])
        after = doc[token.i + 1:min(len(doc), token.i + _VIEW_REACH)]
        if first > 0 and doc[first - 1].lower_ == "y":
            if any(t.text in OPENING for t in after[:_VIEW_OBJECT_REACH]):
                return True  # « y voient « une attaque » », « y voit un « beau cadeau » »: a view in its own words
            noun = next((t for t in after[:_VIEW_OBJECT_REACH] if t.pos_ in ("NOUN", "PROPN")), None)
            return noun is not None and noun.lemma_.lower() in self.markers["view_objects"]
        for t in after:
            if t.lower_ in self.markers["attribute_as"]:
                return True
            if t.text in ".;:!?" or t.lower_ in self.markers["complementizer"]:
                return False
        return False

    def _cue_for(self, token: Token) -> tuple[CueEntry, int] | None:
        if token.pos_ not in CUE_POS or self._in_set_phrase(token):
            return None
        lemma = token.lemma_.lower()
        # (a verb's present form left as its lemma, « ne cache pas que », opens its infinitive's locutions too)
        for base in verb_bases(lemma) if token.pos_ == "VERB" else (lemma,):
            for rest, entry in self.locutions.get(base, ()):
                end = _match_rest(token, rest)
                if end is not None:
                    return entry, end
        pos = token.pos_
        reflexive, entry, silent_reflexive = self.plain_entries(pos, lemma, token.lower_ if pos == "VERB" else "")
        if reflexive and _is_reflexive(token):  # the lexicon first: it is cheaper than the clitic search
            return reflexive, token.i
        if entry and silent_reflexive and _is_reflexive(token):
            return None  # « se sont rendus à une réunion »: went there, said nothing
        return (entry, token.i) if entry else None

    def _plain_entries(self, pos: str, lemma: str, form: str) -> tuple[CueEntry | None, CueEntry | None, bool]:
        """What a word of this tag and lemma (and form, for a verb) may be without its context: the reflexive
        entry (a cue only with its clitic), the plain one (None for an adjective: only a reflexive entry counts
        for it), and whether its reflexive use says nothing (markers' reflexive_not_cues)."""
        bases = verb_bases(lemma) if pos == "VERB" else (lemma,)
        reflexive = next((e for b in bases if (e := self.single.get(f"se {b}") or self.single.get(f"s'{b}"))), None)
        silent_reflexive = any(f"se {b}" in self.markers["reflexive_not_cues"] for b in bases)
        if pos == "ADJ":
            return reflexive, None, silent_reflexive
        entry = self.single.get(lemma)
        if entry is None and len(bases) > 1:
            entry = self.single.get(bases[1])
        if entry is None and pos == "VERB":
            entry = self._by_stem(form)
        return reflexive, entry, silent_reflexive

    def _in_set_phrase(self, token: Token) -> bool:
        """The word is part of a phrase listed as saying nothing (« La bataille sera, cela dit, longue »)."""
        phrases = self.set_phrases.get(token.lower_.replace("\u2019", "'"), ())
        if not phrases:
            return False
        # a window of neighbouring tokens, not doc.text: that one rebuilds the whole text on each call
        doc = token.doc
        window = doc[max(0, token.i - _SET_PHRASE_WINDOW):token.i + _SET_PHRASE_WINDOW + 1]
        text, shift = window.text_with_ws, window.start_char
        at_doc_end = window.end == len(doc)
        for phrase, offset in phrases:
            start, end = token.idx - offset - shift, token.idx - offset + len(phrase) - shift
            if start < 0 or end > len(text) or text[start:end].lower().replace("\u2019", "'") != phrase:
                continue
            if end == len(text) and not at_doc_end:
                continue  # reaches past the window: longer than any listed phrase
            ends_word = end == len(text) or not text[end].isalnum() or phrase.endswith("'")
            starts_word = not text[start - 1].isalnum() if start > 0 else shift == 0
            if starts_word and ends_word:
                return True
        return False

    def predicate_entry(self, token: Token) -> CueEntry | None:
        """The entry of a predicate (a word with a subject), also when the tagger took the verb for an adjective
        or a name (« Le ministre, à l'origine du texte, récuse toute … », « X a twitté » tagged ADJ, PROPN): a
        first-group present or participle form of a verb in the lexicon, not an adjective after a copula (« est
        présente ») or a noun after a determiner."""
        found = self.cue_for(token)
        if found is not None:
            return found[0]
        if any(c.dep_ == "cop" for c in token.children) or (token.i and token.doc[token.i - 1].pos_ == "DET"):
            return None
        entry = self.misread_entry(token.lower_)
        return entry if entry is not None and not entry.incise_only and not entry.addressee_only else None

    def misread_entry(self, form: str) -> CueEntry | None:
        """The lexicon's verb a form the tagger misread may be (« riposte » → « riposter »), or None."""
        return next((e for e in map(self.single.get, self._misread_bases(form)) if e is not None), None)

    def _misread_bases(self, form: str) -> Iterator[str]:
        """The infinitives a first-group form may come from, with the stem's written alternations undone
        (« tempère » → « tempérer », « appelle » → « appeler »)."""
        if form in self.markers["misread_irregular_forms"]:
            yield self.markers["misread_irregular_forms"][form]
        infinitive = self.markers["misread_verb_infinitive"]
        for ending in self.markers["misread_verb_endings"]:
            if form.endswith(ending) and len(form) > len(ending) + 2:
                stem = form[: -len(ending)]
                yield stem + infinitive
                for written, base in self.markers["misread_stem_alternations"]:
                    k = stem.rfind(written)
                    if k >= 0:
                        yield stem[:k] + base + stem[k + len(written):] + infinitive

    def _may_misread(self, form: str) -> bool:
        """Whether a base of the form (`_misread_bases`) is an entry of the lexicon, plain or reflexive: without
        one, `misread_cue` finds nothing whatever the token's context."""
        single = self.single
        return any(base in single or f"se {base}" in single or f"s'{base}" in single
                   for base in self._misread_bases(form))

    def misread_cue(self, token: Token) -> CueEntry | None:
        """A speech verb the tagger took for an adjective or a name (« Balkany, estime pour sa part que … »,
        tagged ADJ with the lemma « estim »): a first-group present or participle form of a speech or
        cognition verb, not after a determiner, with a `que` close after it or in an incise. Before a hyphenated
        subject clitic or opening an incise, a form of any tag but a verb's (`_inverted_form`)."""
        if not self.may_misread(token.lower_):
            return None  # the form is no verb of the lexicon: its context need not be read
        irregular = token.lower_ in self.markers["misread_irregular_forms"]
        if token.i == 0 or self._determined(token):
            return None
        infinitive = self._infinitive_next(token)
        # (a verb the parse read as one is the lexicon's to judge, not this fallback's; an adverb only where a verb
        # is sure: an irregular form, or a form before an infinitive, « X, estime avoir été trompé »)
        if token.pos_ not in ("ADJ", "PROPN", "NOUN") and not ((irregular or infinitive) and token.pos_ == "ADV") and \
                not (token.pos_ not in ("VERB", "AUX") and token.is_alpha and self._inverted_form(token)):
            return None
        doc = token.doc
        entry = next((e for base in self._misread_bases(token.lower_)
                      if (e := self.single.get(base) or self._reflexive_misread(token, base)) is not None), None)
        if entry is None or entry.kind not in ("speech", "cognition") or \
                ((entry.incise_only or entry.addressee_only) and not self._in_incise(token)):
            return None
        if self._opens_incise(token) or self._has_subject(token) or self._judges_attribute(token, entry):
            return entry
        if infinitive and (irregular or self.reports_infinitive(entry)):
            return entry  # « La société dément avoir licencié … », « X, juge avoir fait le nécessaire »
        comp = self.markers["complementizer"]
        for t in doc[token.i + 1:min(len(doc), token.i + 6)]:
            if t.lower_ in comp or (t.lower_ == "qu" and t.pos_ == "SCONJ"):
                return entry
            if t.is_punct and t.text != ",":
                return None
        return None

    def _inverted_form(self, token: Token) -> bool:
        """A form set where only a verb stands, whatever its tag (« « … », tranche-t-il » read as a number,
        « « … », Déplore le trésorier » as an adverb): right before a hyphenated subject clitic (« -t-il »,
        « -elle »), or opening an incise after a closing quote mark and a comma."""
        doc = token.doc
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and after.text.startswith("-") and \
                after.lower_.lstrip("-") in (*self.markers["inverted_subject_clitics"],
                                              *(t.lstrip("-") for t in self.markers["euphonic_t"])):
            return True
        return self._opens_incise(token)

    def reports_infinitive(self, entry: CueEntry) -> bool:
        """The entry reports what an infinitive after it says (« affirme avoir … », « estime pouvoir … »): a verb of
        speech, or a verb of belief or judgement that markers `infinitive_cognition` lists (« souhaitait entrer »
        is a wish, no reported speech)."""
        return entry.kind == "speech" or entry.expression in self.markers["infinitive_cognition"]

    def _infinitive_next(self, token: Token) -> bool:
        """An infinitive right after the form, a negation between (« dément avoir », « dément ne pas avoir »)."""
        for t in token.doc[token.i + 1:token.i + 4]:
            if "VerbForm=Inf" in t.morph:
                return True
            if t.lower_ not in self.markers["infinitive_negation"]:
                return False
        return False

    @staticmethod
    def _determined(token: Token) -> bool:
        """A noun after its determiner or an adjective of its own (« le juge », « le nouveau juge »); not after the
        adjective of the noun before it (« Le président du conseil départemental juge que », « départemental » a
        modifier of « conseil »)."""
        before = token.doc[token.i - 1]
        return before.pos_ == "DET" or (before.pos_ == "ADJ" and before.head.i >= before.i)

    @staticmethod
    def _has_subject(token: Token) -> bool:
        """The parse gave the misread form a nominal subject and no copula: it is the verb of its clause (« Le
        ministre juge la réforme inacceptable », « juge » tagged a noun with « ministre » its subject)."""
        return any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN", "PRON") and c.i < token.i for c in token.children) \
            and not any(c.dep_ == "cop" for c in token.children)

    def _judges_attribute(self, token: Token, entry: CueEntry) -> bool:
        """« le tribunal juge illégale la fermeture », « des règles qu'il juge néfastes »: a verb of judgement
        read as a noun, an adjective right after it and then a determiner (the heavy object after its attribute)
        or a subject clitic right before it (no noun follows « il »)."""
        doc = token.doc
        if entry.expression not in self.markers["object_attribute_cues"] or token.i + 2 >= len(doc) or \
                doc[token.i + 1].pos_ != "ADJ":
            return False
        return doc[token.i + 2].pos_ == "DET" or doc[token.i - 1].lower_ in self.markers["inverted_subject_clitics"]

    def _reflexive_misread(self, token: Token, base: str) -> CueEntry | None:
        """« s'enthousiasme » tagged as a noun: the reflexive entry, when its clitic stands right before."""
        if token.i == 0 or token.doc[token.i - 1].lower_ not in self.markers["object_clitics"]:
            return None
        return self.single.get(f"se {base}") or self.single.get(f"s'{base}")

    def _opens_incise(self, token: Token) -> bool:
        """Right after a closing quote mark and a comma, with only auxiliaries and clitics between, a verb form is
        an incise (« « … », juge le ministère », « « … », a-t-il communiqué », « « … », s'enthousiasme X »)."""
        doc, i = token.doc, self._before_auxiliaries(token)
        return i >= 1 and doc[i].text == "," and doc[i - 1].text in self.markers["closing_quote_marks"]

    def _before_auxiliaries(self, token: Token) -> int:
        """The index of the first word before `token` that is no auxiliary, clitic or « -t-il » part."""
        doc, clitics = token.doc, self.markers["object_clitics"]
        i = token.i - 1
        while i > 0 and (doc[i].pos_ == "AUX" or doc[i].text.startswith("-") or doc[i].lower_ in clitics):
            i -= 1
        return i

    def _in_incise(self, token: Token) -> bool:
        """An incise: right after a closing quote mark and a comma (`_opens_incise`), or after a comma or a closing
        mark with its subject an inverted clitic (« « … » termine-t-il », « « …, a-t-il continué, … » »)."""
        if self._opens_incise(token):
            return True
        doc = token.doc
        near = doc[max(0, token.i - 3):min(len(doc), token.i + 3)]
        if not any(t.text.startswith("-") and t.lower_.lstrip("-") not in ("", "t") for t in near):
            return False
        before = doc[self._before_auxiliaries(token)]
        return before.text == "," or before.text in self.markers["closing_quote_marks"]

    def _addressed(self, token: Token) -> bool:
        """The verb says to whom, or speaks for a body: a dative clitic before it (« lui a appris que », « leur a
        signifié »), a phrase opened by « à » that the parse makes an argument and that names someone (« a appris au
        coureur que »), not an adjunct of time or place (« apprend à la seconde transition que »); or whom it comes
        from (« a appris de source policière que »); or a subject that is a body, an outlet or the impersonal « on »
        (« Le Parisien a appris que », « on apprend que »: a report). A person or a thing alone learns or means
        (« le coureur a appris que », « le mot signifie »)."""
        markers = self.markers
        datives, links = markers["dative_clitics"], markers["addressee_prepositions"]
        bodies, people = markers["collective_heads"], self.people
        for child in token.children:
            if child.i < token.i and child.lower_ in datives and child.dep_ in ("iobj", "obl:arg", "expl:comp", "obj"):
                return True
            if child.dep_ in ("iobj", "obl:arg") and any(c.dep_ == "case" and c.lower_ in links for c in child.children) \
                    and (child.pos_ in ("PROPN", "PRON") or child.ent_type_ in ("PER", "ORG", "GPE")
                         or child.lemma_.lower() in people or child.lower_ in people):
                return True
            if child.dep_ == "nsubj" and (child.lemma_.lower() in bodies or child.lower_ in bodies or
                                          child.lower_ in markers["group_side_pronouns"] or
                                          (child.pos_ == "PROPN" and child.ent_type_ not in ("", "PER"))):
                return True
            if child.dep_ in ("obl", "obl:arg", "obl:mod") and child.i > token.i and \
                    (child.lemma_.lower() in people or child.lower_ in people) and \
                    any(c.dep_ == "case" and c.lower_ in markers["noun_complement_prepositions"] for c in child.children):
                return True  # « a appris de source policière que », « de sources concordantes »: who told it
        return False

    def _by_stem(self, form: str) -> CueEntry | None:
        """When the lemmatizer fails (« reconnait » → « reconner »): the verb whose stem starts the form."""
        for cut in range(len(form), max(_MIN_STEM, len(form) - 5) - 1, -1):  # the rest is an ending
            entry = self.stems.get(form[:cut])
            if entry is not None:
                return entry
        return None


def verb_bases(lemma: str) -> tuple[str, ...]:
    """A verb's lemma and, where the lemmatizer left a present form as it stands (« note », « se demande »,
    « préside »), its infinitive too."""
    return (lemma, lemma + "r") if lemma.endswith("e") else (lemma,)


def _is_reflexive(token: Token) -> bool:
    return any(c.lower_ in ("se", "s'") and c.i < token.i for c in token.children)


def _match_rest(token: Token, rest: tuple[str, ...]) -> int | None:
    doc = token.doc
    i = token.i + 1
    for word in rest:
        while i < len(doc) and doc[i].pos_ == "ADV" and doc[i].lower_ not in rest:
            i += 1
        if i >= len(doc):
            return None
        t = doc[i]
        if word not in (t.lower_, t.lemma_.lower()) and not (word == "l'" and t.lower_ in ("l'", "le", "la")):
            return None
        i += 1
    return i - 1


@lru_cache(maxsize=4)
def lexicon(lang: str = "fr") -> Lexicon:
    markers = load_json(lang, "quotes_markers.json")
    reflexive, negation = frozenset(markers["reflexive_pronouns"]), frozenset(markers["negation_particles"])
    single: dict[str, CueEntry] = {}
    multi: dict[str, list[tuple[tuple[str, ...], CueEntry]]] = {}
    for row in load_tsv(lang, "quotes_speech_verbs.tsv"):
        expression, kind, opinion, position = (row + ("speech", "no", "")[len(row) - 1:])[:4]
        words = expression.replace("'", "' ").split()
        entry = CueEntry(expression, kind, opinion == "yes", position == "incise", position == "addressee",
                         position == "view", words[0] in negation)
        if len(words) == 1 or (len(words) == 2 and words[0] in reflexive):
            single[expression] = entry
            single.setdefault(words[-1] if words[0] in reflexive else expression, entry)
        else:
            if words[0] in reflexive:
                words = words[1:]
            elif words[0] in negation:
                words = words[2:]  # « ne pas exclure »: keyed after the negation's two words
            multi.setdefault(words[0], []).append((tuple(words[1:]), entry))
    locutions = {k: tuple(sorted(v, key=lambda item: -len(item[0]))) for k, v in multi.items()}
    stems = {}
    for expression, entry in single.items():
        if " " in expression or "'" in expression:
            continue
        stem = expression[:-3] if expression.endswith(("tre", "dre")) else expression[:-2]
        if len(stem) >= _MIN_STEM:
            stems.setdefault(unicodedata.normalize("NFC", stem.replace("î", "i")), entry)
            stems.setdefault(stem, entry)
    people = frozenset(markers["speaking_heads"]) | frozenset(markers["source_nouns"])
    return Lexicon(single, locutions, markers, stems, _set_phrase_index(markers.get("not_speech_phrases", ())), people)


def _set_phrase_index(phrases) -> dict[str, tuple[tuple[str, int], ...]]:
    """Each word of the phrases (and each hyphenated or elided compound, one token for some tokenizers) →
    (phrase, offset of the word in it)."""
    index: dict[str, list[tuple[str, int]]] = {}
    for phrase in phrases:
        for match in {*re.finditer(r"\w+", phrase), *re.finditer(r"[\w'-]+", phrase)}:
            index.setdefault(match.group(), []).append((phrase, match.start()))
    return {word: tuple(dict.fromkeys(found)) for word, found in index.items()}
