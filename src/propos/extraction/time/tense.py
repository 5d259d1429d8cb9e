"""Which way a bare date points, read from the tense of the verb that governs it.

« Macron recevra Biden samedi » (future) is the coming Saturday; « il a rencontré Biden samedi » (passé
composé: auxiliary in the present + past participle) the last one. Present tense says nothing: None.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from propos.extraction.time.lexicon import TimeLexicon

FUTURE, PAST = 1, -1
_AUX_DEPS = ("aux", "aux:tense", "aux:pass", "cop")
_MAX_CLIMB = 12


def _morph(token: Token, feature: str) -> str:
    values = token.morph.get(feature)
    return values[0] if values else ""


def _has_future_stem(token: Token, lexicon: TimeLexicon, endings: str) -> bool:
    """The tagger often calls a conditional (« viendrait ») an imperfect and a future (« ferons ») a present:
    they share their endings, but their stem is the future stem (ending in r), not the infinitive's."""
    form, lemma = token.lower_, token.lemma_.lower()
    for ending in lexicon.tables.get(endings, []):
        if form.endswith(ending) and len(form) > len(ending):
            stem = form[: len(form) - len(ending) + 1]  # keeps the future stem's r
            infinitive_stems = {lemma[: -len(e)] for e in lexicon.tables.get("INFINITIVE_ENDINGS", []) if lemma.endswith(e)}
            return stem not in infinitive_stems
    return False


def _is_future_form(token: Token, lexicon: TimeLexicon) -> bool:
    tense, mood = _morph(token, "Tense"), _morph(token, "Mood")
    if tense == "Fut" or mood == "Cnd":
        return True
    if _morph(token, "VerbForm") != "Fin":
        return False
    if tense == "Imp":
        return _has_future_stem(token, lexicon, "CONDITIONAL_ENDINGS")
    if tense == "Pres":
        return _has_future_stem(token, lexicon, "FUTURE_ENDINGS")
    return False


def _finite_direction(token: Token, lexicon: TimeLexicon) -> int | None:
    if _is_future_form(token, lexicon):
        return FUTURE
    if _morph(token, "Tense") in ("Past", "Imp") and _morph(token, "VerbForm") == "Fin":
        return PAST
    return None


def _auxiliaries(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in _AUX_DEPS and c.pos_ == "AUX"]


def verb_direction(verb: Token, lexicon: TimeLexicon, governs: bool = True) -> tuple[int | None, bool]:
    """(direction, decided): decided is False when the verb form says nothing by itself (a participle
    without auxiliary, an infinitive) and the verb above it should be asked. `governs`: the verb is the first
    one above the expression, or reached through infinitives only (not through a participle: « décidé de
    continuer la procédure entamée en septembre »)."""
    auxiliaries = _auxiliaries(verb)
    for aux in auxiliaries:
        found = _finite_direction(aux, lexicon)
        if found is not None:
            return found, True
    form = _morph(verb, "VerbForm")
    if form == "Part" and _morph(verb, "Tense") == "Past" and any(a.dep_ != "aux:pass" for a in auxiliaries):
        return PAST, True  # passé composé « a rencontré », « est arrivé »; not the passive « est prévue »
    if form == "Part" and _morph(verb, "Tense") == "Past" and verb.lemma_ in lexicon.tables.get("ETRE_VERBS", []) \
            and auxiliaries:
        return PAST, True  # « est survenu » is a passé composé, whatever the parser calls its auxiliary
    if form == "Part" and auxiliaries:
        return None, True  # present passive: « la réunion est prévue le 16 »
    if form == "Inf" and verb.head is not verb:
        head = verb.head
        if governs and head.pos_ == "VERB" and head.lemma_ in lexicon.tables.get("FUTURE_COMPLEMENT", []):
            return FUTURE, True  # « il appelle à manifester samedi »: the demonstration is to come
        if _morph(head, "Tense") == "Pres":
            if head.lemma_ in lexicon.tables.get("FUTURE_PERIPHRASIS", []):
                return FUTURE, True  # « va recevoir »
            if head.lemma_ in lexicon.tables.get("PAST_PERIPHRASIS", []):
                return PAST, True  # « vient de recevoir »
        return None, False
    if form in ("Part", "Inf", "Ger") and not auxiliaries:
        return None, False
    return _finite_direction(verb, lexicon), True


def _is_predicate(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in token.children)


def direction_at(doc: Doc, start: int, end: int, lexicon: TimeLexicon) -> int | None:
    """The tense direction for the time expression at characters [start, end) of the doc."""
    if not doc.has_annotation("DEP"):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    current = span.root
    governs = True
    for _ in range(_MAX_CLIMB):
        if _is_predicate(current) and not (span.start <= current.i < span.end):
            direction, decided = verb_direction(current, lexicon, governs)
            if decided:
                return direction
            governs = governs and _morph(current, "VerbForm") == "Inf"  # « inviter à laisser fermer »
        if current.head is current:
            return None
        current = current.head
    return None
