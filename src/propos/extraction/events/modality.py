"""An event's modality from its clause: negation, conditions, conditional mood, future, reporting.

Precedence when several apply: negated > hypothetical > conditional > future > reported > asserted; the
reporter is kept apart (`reported_by`) whatever the modality.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from propos.extraction.actors.resolve import actor_at
from propos.language.negation import carries_negation
from propos.language.resources import load_json
from propos.language.textprep import doc_text

_ORDER = ("negated", "hypothetical", "conditional", "future", "reported")


@dataclass(frozen=True)
class ModalityRules:
    negators: frozenset[str]
    hypothetical_marks: frozenset[str]
    future_auxiliaries: frozenset[str]
    reporting: frozenset[str]
    future_endings: frozenset[str]
    conditional_endings: frozenset[str]
    light_verbs: frozenset[str]
    future_stems: dict
    negating_heads: frozenset[str] = frozenset()

    @classmethod
    def load(cls, lang: str) -> ModalityRules:
        data = load_json(lang, "events_modality.json")
        sets = (frozenset(data[k]) for k in ("negators", "hypothetical_marks", "future_auxiliaries", "reporting"))
        return cls(*sets, frozenset(data["future_tense_endings"]), frozenset(data["conditional_tense_endings"]),
                   frozenset(data["light_verbs"]), dict(data["irregular_future_stems"]),
                   frozenset(data.get("negating_heads", ())))


def _clause_chain(tok: Token) -> list[Token]:
    """The trigger's clause head, then the verbs that govern it through infinitive complements
    ("n'envisage pas de participer"): negation and mood there apply to the trigger too."""
    head = tok
    if tok.pos_ == "NOUN":  # a noun trigger takes the modality of its verb
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i and head.dep_ not in ("ROOT",):
            head = head.head
        if head.pos_ not in ("VERB", "AUX"):
            return [tok]
    chain = [head]
    while head.dep_ in ("xcomp",) and head.head.i != head.i and len(chain) < 4:
        head = head.head
        chain.append(head)
    return chain


def _negated(tok: Token, rules: ModalityRules) -> bool:
    """The negation particle on the verb decides it (French « ne … pas/jamais/plus/rien »)."""
    return carries_negation(tok)


def future_form(word: str, lemma: str, rules: ModalityRules) -> str | None:
    """"future" or "conditional" when the form is the verb's future stem plus an ending: the stem is the
    infinitive ("sanctionner-ait"), the infinitive without its final e ("prendr-a"), or an irregular stem
    ("enverr-ait") — the tagger often reads these as present or imperfect."""
    word, lemma = word.lower(), lemma.lower()
    stems = {rules.future_stems.get(lemma, lemma), lemma[:-1] if lemma.endswith("re") else lemma}
    for stem in stems:
        if not stem or not word.startswith(stem):
            continue
        ending = word[len(stem):]
        if ending in rules.conditional_endings:
            return "conditional"
        if ending in rules.future_endings:
            return "future"
    return None


def _mood(tok: Token, rules: ModalityRules) -> set[str]:
    found = set()
    for t in [tok, *(c for c in tok.children if c.dep_.startswith("aux"))]:
        if "VerbForm=Fin" in t.morph:
            form = future_form(t.text, t.lemma_, rules)
            if form:
                found.add(form)
    return found


def _purpose(tok: Token, rules: ModalityRules) -> bool:
    """An infinitive of purpose or condition: "afin de soutenir", "pour aider"."""
    if "VerbForm=Inf" not in tok.morph:
        return False
    return tok.head.lower_ in rules.hypothetical_marks or any(
        c.dep_ in ("case", "mark") and c.lower_ in rules.hypothetical_marks for c in tok.children)


def _reporter(doc: Doc, tok: Token, rules: ModalityRules) -> str | None:
    for quote in doc._.quotes:
        if quote.content.start <= tok.idx < quote.content.end:
            return quote.speaker_name or (quote.speaker.text if quote.speaker else None)
    head, steps = tok, 0
    while head.head.i != head.i and steps < 5:
        if head.dep_ in ("ccomp", "xcomp", "parataxis") and head.head.lemma_ in rules.reporting:
            subj = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
            if subj is None:
                return None
            actor = actor_at(doc, subj.idx, subj.idx + len(subj)) or actor_at(
                doc, subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge))
            return actor.name if actor else " ".join(doc_text(doc)[subj.left_edge.idx:subj.right_edge.idx
                                                              + len(subj.right_edge)].split())
        head, steps = head.head, steps + 1
    return None


def modality_of(doc: Doc, tok: Token, rules: ModalityRules) -> tuple[str, str | None]:
    found: set[str] = set()
    chain = _clause_chain(tok)
    for i, verb in enumerate(chain):
        if _negated(verb, rules):
            found.add("negated")
        if any(c.dep_ == "mark" and c.lower_ in rules.hypothetical_marks for c in verb.children) or \
                _purpose(verb, rules):
            found.add("hypothetical")
        found |= _mood(verb, rules)
        if i > 0 and verb.lemma_ in rules.future_auxiliaries:
            found.add("future")
        if i > 0 and verb.lemma_ in rules.negating_heads:
            found.add("negated")  # "a refusé de participer": the participation does not happen
    if tok.pos_ == "NOUN" and any(c.lower_ in rules.negators for c in tok.children):
        found.add("negated")  # "pas de soldats", "aucune aide"
    reporter = _reporter(doc, tok, rules)
    if reporter:
        found.add("reported")
    modality = next((m for m in _ORDER if m in found), "asserted")
    return modality, reporter
