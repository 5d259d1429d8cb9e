"""Issues as normalised propositions: from a stance predicate and its complement to a readable label
("envoi de soldats américains en Ukraine") and a key that stays the same across wordings."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from spacy.attrs import IS_ALPHA, LEMMA, POS
from spacy.symbols import ADJ, NOUN, PROPN, VERB
from spacy.tokens import Doc, Token

from propos.extraction.actors.knowledge import fold
from propos.language.resources import load_json, load_tsv
from propos.language.textprep import doc_text

_LEADING = re.compile(r"^(?:(?:pas|plus|jamais|ni|non)\s+)?(?:(?:de la|des|du|de|une|un|la|les|le|aux|au|à)\s+|(?:de l'|d'|l'))+",
                      re.IGNORECASE)
# prepositions whose phrase under an action verb is part of the issue ("en Ukraine", "pour X", "contre X")
_PLACE_CASES = {"en", "à", "au", "aux", "dans", "contre", "avec", "vers", "pour"}
_CUT_DEPS = ("acl", "acl:relcl", "appos", "parataxis", "advcl", "punct", "cc", "conj")


@dataclass(frozen=True)
class Predicate:
    lemma: str
    polarity: int
    kind: str  # attitude | action


@dataclass(frozen=True)
class IssueLexicon:
    predicates: dict
    nominals: dict
    synonyms: dict
    ignore: frozenset[str]
    no_marks: tuple[str, ...]
    # event types whose source takes a stance toward what they bear on: type → +1 | -1
    event_polarity: dict
    # nouns that name an action or a measure (« suppression », « réforme »): what an issue often opens on
    action_nouns: frozenset[str] = frozenset()
    # prepositions of a place or a time (« voter dans son bureau »): where a stance is taken, not what it is about
    circumstance_cases: frozenset[str] = frozenset()
    # prepositions whose phrase after a verb's object completes the noun (« une taxe sur les poids lourds »)
    noun_complement_cases: frozenset[str] = frozenset()

    @classmethod
    def load(cls, lang: str) -> IssueLexicon:
        words = load_json(lang, "stances_issue_words.json")
        return cls(
            predicates={r[0]: Predicate(r[0], 1 if r[1] == "+" else -1, r[2]) for r in
                        load_tsv(lang, "stances_predicates.tsv") if len(r) >= 3},
            nominals={r[0]: r[1] for r in load_tsv(lang, "stances_nominalisations.tsv") if len(r) >= 2},
            synonyms=words["synonyms"],
            ignore=frozenset(words["ignore"]),
            no_marks=tuple(words["no_marks"]),
            event_polarity={r[0]: 1 if r[1] == "+" else -1 for r in load_tsv(lang, "stances_event_types.tsv")
                            if len(r) >= 2},
            action_nouns=frozenset(words.get("action_nouns", ())),
            circumstance_cases=frozenset(words.get("circumstance_cases", ())),
            noun_complement_cases=frozenset(words.get("noun_complement_cases", ())),
        )


def phrase_tokens(tok: Token, limit: int | None = None) -> list[Token]:
    """The noun phrase of a complement, without relative clauses, appositions or coordinated phrases."""
    out = [tok]
    for child in tok.children:
        if child.dep_ in _CUT_DEPS:
            continue
        out.extend(phrase_tokens(child))
    out.sort(key=lambda t: t.i)
    if limit is not None:
        out = [t for t in out if t.idx < limit]
    return out


def label(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    text = doc_text(doc)[tokens[0].idx:tokens[-1].idx + len(tokens[-1])]
    text = " ".join(text.replace("«", " ").replace("»", " ").split())
    return _LEADING.sub("", text).strip(" ,.;:")


def key(tokens: list[Token], lex: IssueLexicon, distinct: bool = True):
    """Sorted content lemmas: "envoi de soldats américains en Ukraine" and "pas de troupes américaines en
    Ukraine" share the key "americain+soldat+ukraine". Not `distinct`: the words as they come, to count them."""
    words = []
    known = forms_keyed(lex, "word")  # a token's word depends on these ids alone: read once per process
    for t in tokens:
        pos = t.pos
        form = (pos, t.is_stop, t.is_alpha, t.orth if pos == PROPN else t.lemma)
        word = known.get(form, _UNSEEN)
        if word is _UNSEEN:
            word = known[form] = _word_of(t, lex)
        if word is not None:
            words.append(word)
    return "+".join(sorted(set(words))) if distinct else words


_UNSEEN = object()


def _word_of(t: Token, lex: IssueLexicon) -> str | None:
    """The word `key` counts for a token (its lemma, its text for a name, folded), None for none."""
    if t.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM", "VERB") or t.is_stop or not t.is_alpha:
        return None
    lemma = t.lemma_.lower() if t.pos_ != "PROPN" else t.text.lower()
    lemma = lex.synonyms.get(lemma, lemma)
    if lemma in lex.ignore:
        return None
    return fold(lemma)


# the article's words (key of the whole doc, not distinct), by live doc: the topic and the issue context both count
# them, and each walks every token
_DOC_WORDS: WeakKeyDictionary[Doc, tuple[IssueLexicon, tuple[str, ...]]] = WeakKeyDictionary()


def doc_words(doc: Doc, lex: IssueLexicon) -> tuple[str, ...]:
    """`key(list(doc), lex, distinct=False)`, computed once per doc."""
    cached = _DOC_WORDS.get(doc)
    if cached is not None and cached[0] is lex:
        return cached[1]
    words = tuple(_words_keyed_once(doc, lex))
    _DOC_WORDS[doc] = (lex, words)
    return words


def _words_keyed_once(doc: Doc, lex: IssueLexicon):
    """`key(list(doc), lex, distinct=False)`: a token's word depends on its part of speech, whether it is a stop
    word or only letters, and its lemma (its text for a name), so each of those is keyed once per doc."""
    known = forms_keyed(lex, "words")
    for t in doc:
        pos = t.pos  # the ids of the tag, the text and the lemma: no string is read for a form already keyed
        form = (pos, t.is_stop, t.is_alpha, t.orth if pos == PROPN else t.lemma)
        words = known.get(form)
        if words is None:
            words = known[form] = tuple(key([t], lex, distinct=False))
        yield from words


# keyed forms by lexicon, across documents (the same words come back from article to article), emptied past a
# bound so that a long stream of articles does not grow them without end
_FORMS_KEYED: dict[int, tuple[IssueLexicon, dict[str, dict]]] = {}
_FORMS_KEYED_LIMIT = 100_000


def forms_keyed(lex: IssueLexicon, use: str) -> dict:
    """The memo of one use (what a form's ids give: its words, its noun head…) for this lexicon: the ids are
    the string store's hashes, the same in every document of a process."""
    held = _FORMS_KEYED.get(id(lex))
    if held is None or held[0] is not lex:
        held = _FORMS_KEYED[id(lex)] = (lex, {})
    memo = held[1].setdefault(use, {})
    if len(memo) > _FORMS_KEYED_LIMIT:
        memo.clear()
    return memo


def issue_of_action(verb: Token, lex: IssueLexicon, limit: int | None = None) -> tuple[str, str] | None:
    """"envoyer des soldats en Ukraine" → ("envoi de soldats en Ukraine", key)."""
    noun = lex.nominals.get(verb.lemma_.lower(), verb.lemma_.lower())
    parts: list[list[Token]] = []
    for child in verb.children:
        if child.dep_ in ("obj", "obl:arg", "obl", "obl:mod", "iobj") and child.pos_ in ("NOUN", "PROPN"):
            cases = {g.lower_ for g in child.children if g.dep_ == "case"}
            if child.dep_ in ("obl", "obl:mod") and not cases & _PLACE_CASES:
                continue  # "depuis le début de la guerre": circumstances, not the issue
            phrase = phrase_tokens(child, limit)
            if phrase:  # a phrase cut to nothing by the limit says nothing about the issue
                parts.append(phrase)
    if not parts:
        return None
    tokens = [t for p in parts for t in p]
    words = []
    if verb.lemma_.lower() not in lex.nominals:  # no noun for it: keep the verb and its words as written
        text = " ".join(" ".join(doc_text(verb.doc)[p[0].idx:p[-1].idx + len(p[-1])].split()) for p in parts)
        return f"{verb.lemma_.lower()} {text}", key(tokens, lex)
    for p in parts:
        if p[0].dep_ == "case":  # "en Ukraine", "à l'initiative de …": the preposition stays
            words.append(" ".join(doc_text(p[0].doc)[p[0].idx:p[-1].idx + len(p[-1])].split()))
        else:
            words.append(f"de {label(p)}")
    return elided(f"{noun} {' '.join(words)}"), key(tokens, lex)


def elided(text: str) -> str:
    """« de » before a vowel as French writes it: « envoi de armes » → « envoi d'armes »."""
    return re.sub(r"\bde ([aeiouyhéèêàâîôûÉÈÊÀÂÎÔÛ])", r"d'\1", text, flags=re.IGNORECASE)


def issue_of_complement(comp: Token, lex: IssueLexicon, limit: int | None = None) -> tuple[str, str] | None:
    if comp.pos_ in ("VERB", "AUX") and comp.lemma_.lower() in lex.predicates:
        return issue_of_action(comp, lex, limit)
    if comp.pos_ == "VERB":
        return issue_of_action(comp, lex, limit)
    tokens = phrase_tokens(comp, limit)
    # "ne veut pas d'escalade avec la Russie": the parser often hangs "avec X" on the verb
    for extra in comp.head.children:
        if extra.dep_ in ("obl", "obl:mod") and extra.i > comp.i and \
                {g.lower_ for g in extra.children if g.dep_ == "case"} & {"avec", "contre", "en"}:
            tokens = sorted(tokens + phrase_tokens(extra, limit), key=lambda t: t.i)
    text = label(tokens)
    return (text, key(tokens, lex)) if text and key(tokens, lex) else None


def same_issue(key_a: str, key_b: str, *, same_holder: bool = False) -> bool:
    """Two issue keys name the same issue when they share half their words, or when one's words all stand
    in the other's — for one holder in one article even a single word ("soldat" and
    "americain+soldat+ukraine"), elsewhere at least two (a lone "russie" is many issues)."""
    a, b = set(filter(None, key_a.split("+"))), set(filter(None, key_b.split("+")))
    if not a or not b:
        return False
    if (a <= b or b <= a) and (same_holder or min(len(a), len(b)) >= 2):
        return True
    return len(a & b) / len(a | b) >= 0.5


# the dependents that make a title's phrase the issue ("le retrait des États-Unis de l'accord de Paris")
_ISSUE_ROLES = ("obj", "nsubj:pass", "nsubj", "obl:arg", "nmod")
# a phrase does not end on these ("le traité de Rome a", "nouvelles révélations contre")
_LOOSE_ENDS = ("ADP", "DET", "AUX", "CCONJ", "SCONJ", "PUNCT", "PRON")
# the parts of speech whose lemmas article_issues counts (spaCy's ids of NOUN, PROPN, ADJ, VERB)
_COUNTED_POS = frozenset((NOUN, PROPN, ADJ, VERB))
# how much a phrase of the title counts over one of the lead, when both are as present in the article
_TITLE_BONUS = 1.5


def _phrases(part, skip: set[int], names: set[int] = frozenset()) -> list[list[Token]]:
    """The noun phrases of a title or a sentence: after a rubric ("Brésil : …"), nominal heads and the
    nouns that a verb or another noun governs, as far as they stay inside the part."""
    tokens = [t for t in part if not t.is_space]
    colon = next((k for k, t in enumerate(tokens) if t.text == ":"), None)
    if colon is not None and colon < len(tokens) - 2:
        after = _phrases_in(tokens[colon + 1:], skip, names)
        # "Gilets jaunes : samedi 8 décembre": when only a date follows, the rubric is the subject
        return after or _phrases_in(tokens[:colon], skip, names)
    return _phrases_in(tokens, skip, names)


def _phrases_in(tokens: list[Token], skip: set[int], names: set[int] = frozenset()) -> list[list[Token]]:
    inside = {t.i for t in tokens}
    out = []
    for tok in tokens:
        if tok.pos_ != "NOUN" or tok.i in skip:
            continue
        if tok.head.i in inside and tok.head.i != tok.i and tok.dep_ not in _ISSUE_ROLES:
            continue
        if tok.dep_ == "nsubj" and any(c.dep_ == "obj" and c.i in inside for c in tok.head.children):
            continue  # « le porte-parole attaque les médias »: the subject acts, its object is the question
        # a time is not part of the question, a name is when a noun governs it (« le remplacement de X »)
        phrase = [t for t in phrase_tokens(tok) if t.i in inside and (t.i not in skip or t.i in names)]
        while phrase and phrase[-1].pos_ in _LOOSE_ENDS:
            phrase.pop()
        # « sur les dépenses publiques »: the question is the noun phrase, not where the title puts it
        while phrase and phrase[0].pos_ in ("ADP", "PUNCT"):  # « – Cette journée » after a dateline: the dash
            phrase.pop(0)
        if phrase and "PronType=Dem" in phrase[0].morph:
            continue  # « cette journée », « ce texte »: a thing pointed back to, not the question named
        if phrase:
            out.append(phrase)
    return out


def article_issues(doc, title, lead, lex: IssueLexicon, skip: set[int], names: set[int] = frozenset()
                   ) -> list[tuple[str, str, float]]:
    """The questions the article is about, best first: the phrases of its title and lead sentence, each
    weighed by how often the article repeats its words (a headline's date or « son tour » is not an
    issue; « la réforme » that every paragraph names is). `skip`: tokens that are times or actors, no phrase's
    head; `names`: those of them (actors) that a phrase keeps when a noun governs them."""
    counts: dict[str, int] = {}
    folded = forms_keyed(lex, "folded lemma")  # lemma (its id) → its word
    strings = doc.vocab.strings
    for pos, alpha, lemma in doc.to_array([POS, IS_ALPHA, LEMMA]).tolist():  # ids: no token built
        if pos in _COUNTED_POS and alpha:
            word = folded.get(lemma)
            if word is None:
                lowered = strings[lemma].lower()
                word = folded[lemma] = fold(lex.synonyms.get(lowered, lowered))
            counts[word] = counts.get(word, 0) + 1
    found = {}
    for part, bonus in ((title, _TITLE_BONUS), (lead, 1.0)):
        if part is None:
            continue
        for phrase in _phrases(part, skip, names):
            text, issue_key = label(phrase), key(phrase, lex)
            words = [w for w in issue_key.split("+") if w]
            if not text or not words or issue_key in found or max(counts.get(w, 0) for w in words) < 2:
                continue  # a question the article is about comes back; a word said once is not one
            score = bonus * sum(math.log1p(counts.get(w, 0)) for w in words[:4]) / (1 + 0.1 * len(words))
            found[issue_key] = (text, issue_key, round(score, 3))
    return sorted(found.values(), key=lambda f: -f[2])
