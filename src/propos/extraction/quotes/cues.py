"""Cues (the reporting expression: « a souligné », « a fait savoir », « ajoute-t-elle ») and their subjects.

A cue is a verb of the speech lexicon. Its subject is read from the parse, with the repairs French needs:
inverted clitics (« a-t-il dit »), subjects after the verb (« a souligné Kirby »), relative « qui » (the
noun it stands for), and verbs that share a coordinated or governing verb's subject.

Stop 49 (cbf49, issue 12 item 4, blind probe tests/test_speaker_mention_probe.py): a cue in a clause of comparison
that resumes the words (« Comme l'a rappelé le maire X : « … » », « Ainsi que l'a expliqué X : ») has its subject
after the verb (`_compared_cue_subject`, the `resumptive_cues` markers); used only when the parse gives no subject
after the verb (it took the clitic « l'a » or nothing, the quotation floated). `_announces_colon` also reads a
compound tense (« Le collectif « Sauvons la Loire » a déclaré : », the quotation was lost). Tried and not kept: the
common noun before a name in quote marks right before the verb as the subject (« Le collectif « Y » a déclaré »):
it moved one dev que-clause mention off the quoted name and lost its resolved name (dev e2e 320 → 319).
A gerund hung (advcl, or acl after « en ») on an infinitive that the parse may read as a noun goes up to the verb
with a subject of its own (`_in_own_clause`: « quand un jeune homme a tenté de le gifler en criant « … » »: not the
first cue's « Il »). All three: 0 quotations changed on train, dev and ../shared (no train case has the
constructions; a gerund under a broken parse, « quand un militant, X, a tenté … en criant », sm027, stays KNOWN, as
do gerunds with no lead whose infinitive the tagger read as a noun, « s'est approché pour l'interpeller en criant »).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from propos.extraction.quotes.candidate import is_headline, token_at
from propos.extraction.quotes.lexicon import CUE_POS, CueEntry, Lexicon, lexicon
from propos.extraction.quotes.units import unit_of
from propos.language.negation import carries_negation
from propos.language.quotemarks import ALL, CLOSING, OPENING, quote_depths
from propos.language.tokens import tokens_with_pos

_SUBJECT_DEPS = ("nsubj", "nsubj:pass", "expl:subj")
_CUT_DEPS = ("acl:relcl", "parataxis", "ccomp", "advcl", "cc")
# parts of speech that a speech verb misread by the tagger may carry (see Lexicon.misread_cue)
_MISREAD_POS = ("PROPN", "NOUN")
# and the tags such a verb may carry before a hyphenated subject clitic or opening an incise (Lexicon._inverted_form:
# « « … », tranche-t-il » read as a number, « « … », Déplore le trésorier » as an adverb)
_INVERTED_POS = ("ADV", "NUM", "X", "INTJ")
# how many words outside quote marks after a labelling participle its agent may stand (« qualifié de journal qui
# « … » par X »)
_AGENT_REACH = 15


@dataclass(frozen=True)
class Cue:
    verb: Token  # the token that carries the expression
    last: int  # index of the expression's last token
    entry: CueEntry
    start: int  # character span of the cue as written, auxiliaries included
    end: int
    lead: Cue | None = None  # « martèle Fillon, précisant que … »: the cue whose subject a participle shares

    @property
    def i(self) -> int:
        return self.verb.i


def find_cues(doc: Doc, lex: Lexicon) -> list[Cue]:
    cues: list[Cue] = []
    pairs = [p for p in doc._.quote_pairs if p.depth == 0]
    for token in tokens_with_pos(doc, CUE_POS + _MISREAD_POS + _INVERTED_POS):  # ADV: also « dément » (misread_cue)
        found = lex.cue_for(token) if token.pos_ in CUE_POS else None
        if found is None:
            misread = lex.misread_cue(token)
            if misread is None:
                continue
            found = misread, token.i
        entry, last = found
        if so_called(token, lex):
            continue
        first = verb_group_start(token)
        lead = None
        # (a subject the parse gave a participle across the comma before it is a noun of the clause before: « n'a
        # confirmé que le blocage de l'usine, reconnaissant que … »)
        if _is_gerund(token) and (token.i > 0 and doc[token.i - 1].text == "," or
                                  not any(c.dep_ in _SUBJECT_DEPS for c in token.children)) and \
                _controlling_object(token) is None:
            # (not a cue inside what another one reports: « X affirme que A laisserait penser que B, tout en ajoutant
            # que … » is X adding it)
            said = [c for c in cues if not any(p.start < c.verb.idx < p.end for p in pairs)]
            previous = next((c for c in reversed(said) if not any(o.verb in c.verb.ancestors for o in said)), None)
            if previous is not None and unit_of(previous.verb).start == unit_of(token).start:
                lead = previous.lead or previous
        cues.append(Cue(token, last, entry, doc[first].idx, doc[last].idx + len(doc[last]), lead))
    return cues


def so_called(token: Token, lex: Lexicon) -> bool:
    """« le sentier dit « des Crêtes » », « le dispositif dit « zéro artificialisation » entre en vigueur »: a form of
    « dire » (`nickname_forms`) right after a noun of something that cannot speak and right before quote marks whose
    words hold no verb of their own is the adjective « so-called »: it gives the noun a label, no one speaks (the
    tagger takes it for the sentence's verb). A person or a body (« le ministre dit « non » ») still speaks."""
    doc = token.doc
    if token.lower_ not in lex.markers["nickname_forms"] or token.i == 0 or token.i + 1 >= len(doc):
        return False
    noun, mark = doc[token.i - 1], doc[token.i + 1]
    people = lex.people
    if noun.pos_ != "NOUN" or mark.text not in OPENING or noun.lemma_.lower() in people or \
            noun.lower_ in people or _can_speak(noun):
        return False
    for t in doc[mark.i + 1:]:
        if t.text in CLOSING:
            return True
        if t.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in t.morph:
            return False  # « le texte dit « la situation est grave » »: words said
    return False


def _controlling_object(verb: Token) -> Token | None:
    """The direct object that is the subject of a non-finite cue (object control): « La crise a conduit le
    gouvernement à exprimer … », « Ces incidents ont poussé le ministre à dénoncer … », « Une vidéo montrait le
    candidat se vantant … » — the one led, shown or heard speaks, not the clause's subject. Not after a speech
    verb that asks its object to say something (« appelle le gouvernement à reconnaître … »: its subject speaks),
    nor for an information noun (« a publié un communiqué affirmant … »), nor for a date the parse made an object
    (« a conduit la semaine dernière le Conseil à exprimer »). None otherwise."""
    participle = is_present_participle(verb)
    if not participle and "VerbForm=Inf" not in verb.morph:
        return None
    markers = lexicon(verb.doc.lang_).markers
    if participle and after_gerund_marker(verb):
        return None  # a gerund (« frapper le gardien en criant », « en l'appelant ») is the clause subject's act
    governor = verb.head
    marks = [c.lower_ for c in verb.children if c.dep_ == "mark" and c.i < verb.i]
    if verb.dep_ == "acl" and participle:
        objects = [governor] if governor.dep_ == "obj" else []
    elif verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and marks and all(
            m in markers["infinitive_links"] for m in marks)):
        # (not an adverbial infinitive opened by a preposition of its own, « a félicité X avant de l'appeler à … »,
        # « pour », « sans », « après »: the clause subject's act)
        if governor.lemma_ in markers["object_infinitive"]:
            return None
        objects = [c for c in reversed(list(governor.children)) if c.dep_ == "obj"]
    else:
        return None
    noun = next((c for c in objects if c.i < verb.i and c.pos_ in ("NOUN", "PROPN") and not in_time(c) and
                 c.lower_ not in markers["information_nouns"] and not any(x.dep_ == "case" for x in c.children)), None)
    if noun is None:
        return None
    # a participle says what its object does right after it (its clitics, the name's words between): « montrait
    # Trump se vantant »; set off by a comma, it is the clause subject's own act (« a reçu le ministre, affirmant »)
    if participle and not all(((t.pos_ == "PRON" and t.head == verb) or t.head == noun or t.head.head == noun)
                              and not t.is_punct for t in verb.doc[noun.i + 1:verb.i]):
        return None
    return noun


def _absolute_subject(participle: Token) -> Token | None:
    """« Sa nomination avait surpris, nombre d'élus estimant qu'il … »: a present participle right after a noun
    phrase without a preposition that a comma opens is an absolute clause, that noun phrase its subject, whatever
    the parse hung the noun on (here the verb before, as a phrase of its own). None otherwise."""
    doc = participle.doc
    # (a participle the parse hangs on the noun before it describes that noun: the acl rule of _subject_of)
    if not is_present_participle(participle) or participle.i < 2 or participle.dep_ == "acl":
        return None
    noun = _raised(doc[participle.i - 1])
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.head == participle or in_time(noun) or \
            any(c.dep_ == "case" for c in noun.children) or noun.dep_ in _SUBJECT_DEPS + ("obj",):
        return None
    first = noun.left_edge.i
    return noun if first > 0 and doc[first - 1].text == "," \
        and all((t.head.i in range(first, participle.i) or t == noun) and not t.is_punct
                for t in doc[first:participle.i]) else None


def _set_adverbially(participle: Token) -> bool:
    """« a été applaudie en affirmant », « a été réélu, affirmant »: a participle opened by the gerund's marker
    or set after a comma, an adjunct of the clause it hangs on, whose subject it shares."""
    doc = participle.doc
    markers = lexicon(doc.lang_).markers["gerund_markers"]
    return any(c.dep_ == "mark" and c.lower_ in markers for c in participle.children) or \
        (participle.i > 0 and doc[participle.i - 1].text == ",")


def after_gerund_marker(participle: Token) -> bool:
    """« en criant », « en l'appelant », « en ne lui disant pas »: the gerund's marker right before the participle,
    only clitic pronouns and words of a negation between (the tagger may read « l' » as an article)."""
    doc = participle.doc
    markers = lexicon(doc.lang_).markers
    between = set(markers["object_clitics"]) | set(markers["infinitive_negation"])
    k = participle.i - 1
    while k >= 0 and doc[k].lower_ in between and doc[k].lower_ not in markers["gerund_markers"]:
        k -= 1
    return k >= 0 and doc[k].lower_ in markers["gerund_markers"]


def is_present_participle(token: Token | None) -> bool:
    """« reconnaissant », « faisant »: a present participle, as the tagger reads it."""
    return token is not None and token.pos_ in ("VERB", "AUX") and "VerbForm=Part" in token.morph and \
        "Tense=Pres" in token.morph


def _is_gerund(token: Token) -> bool:
    return "VerbForm=Part" in token.morph and "Tense=Pres" in token.morph or token.lower_.endswith("ant")


def cue_subject(cue: Cue) -> tuple[Token, tuple[int, int]] | None:
    """The speaker mention of a cue: its own subject, or its lead's for a participle; with its span. In a clause of
    comparison that resumes what is said (« Comme l'a rappelé le maire : « … » »), the subject after the verb when
    the parse gives none there (not « l' », the object the clause resumes)."""
    found = _cue_subject(cue)
    if found is not None and found[0].i > cue.verb.i:
        return found
    compared = _compared_cue_subject(cue)
    return (compared, inverted_span(compared)) if compared is not None else found


def _cue_subject(cue: Cue) -> tuple[Token, tuple[int, int]] | None:
    # (not a participle right after its lead's object, a message: « a démenti le communiqué de Y affirmant que »)
    if cue.lead is not None and not _in_own_clause(cue) and _message_before(cue.verb) is None:
        led = cue_subject(cue.lead)
        if led is not None:
            return led
        # « C'est ce qu'a annoncé le président, soulignant que … »: the lead has no subject the parse gives,
        # the participle's own (the noun it hangs on) speaks
    doc = cue.verb.doc
    agent = _labelling_agent(cue)
    if agent is not None:  # « qualifié de « marqué » par Météo-France »: who gives the label says it
        return agent, _before_quote_marks(agent, mention_span(agent, antecedent=True))
    own = any(c.dep_ in _SUBJECT_DEPS for c in cue.verb.children)
    split = _split_auxiliary(cue.verb) if not own else None
    if split is not None:
        return split, mention_span(split, cue.verb)
    first = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    before = doc[first.start - 1].text if first is not None and first.start > 0 else None
    deferred = None  # a noun after a present participle set off by a comma, taken when no subject is found
    if (own and _misread_incise(cue, first)) or (not own and before is not None and (
            before == "," or before in CLOSING) and not _subject_outside_quotes(cue)):
        subject = inverted_subject(cue)  # an incise: « », martèle encore Fillon, précisant que …
        if subject is not None and not own and before == "," and is_present_participle(cue.verb):
            deferred = subject  # « X a quitté la réunion, jugeant les propositions « … » »: rather X, the subject of
            # the clause the participle is an adjunct of; the noun after it is mostly its object
        elif subject is not None:
            return subject, inverted_span(subject)
    if _spoken_to(cue):  # « X s'est vu reprocher de … »: X is the one spoken to; the agent, if named, speaks
        agent = agent_of(cue.verb, passive=False) or agent_of(_receiving_verb(cue), passive=False)
        if agent is None:
            return None
        # (the parse may hang the reported infinitive on the agent: the mention stops at its « de »)
        links = lexicon(doc.lang_).markers["infinitive_links"]
        link = next((t for t in doc[agent.i + 1:] if t.dep_ == "mark" and t.lower_ in links), None)
        return agent, mention_span(agent, limit=link, antecedent=True)
    causee = _causee(cue)
    if causee is not None:
        return causee, mention_span(causee, antecedent=True)
    document = _document_read_in(cue)
    if document is not None:  # (the parse may hang the reported clause on it: the mention stops at its « que »)
        comp = lexicon(doc.lang_).markers["complementizer"]
        link = next((t for t in doc[document.i + 1:] if is_complementizer(t, comp)), None)
        return document, mention_span(document, limit=link, antecedent=True)
    subject = subject_of(cue.verb)
    if subject is not None and _in_set_phrase(subject):  # « Le ministre a par la suite déclaré »: not « la suite »
        subject = _subject_before_set_phrase(subject) or subject_on_the_left(cue.verb)
    elif subject is not None and _in_circumstance(subject):
        # « Des chercheurs de l'université Calvin, dans le Michigan estiment »: the parse took the noun of a phrase
        # of place or time for the subject; the noun phrase on the verb's left that is no such phrase speaks
        subject = _raised(subject_on_the_left(cue.verb)) or subject
    elif subject is None and (_announces_colon(cue) or _finite_hung_on_a_word(cue.verb)):
        subject = subject_on_the_left(cue.verb)
    if subject is None:
        return (deferred, inverted_span(deferred)) if deferred is not None else None
    relative = next((c for c in cue.verb.children if is_relative(c) and c.dep_ in _SUBJECT_DEPS), None)
    # a subject read from a prepositional phrase (a relative's antecedent, the addressee of « a permis à X de
    # dire ») is the noun phrase without its preposition
    addressee = cue.verb.dep_ == "xcomp" and subject.dep_ in ("obl:arg", "iobj") and subject.head == cue.verb.head
    # (« a été critiquée par le syndicat »: the agent of a passive cue, without « par »)
    from_phrase = (relative is not None and relative_antecedent(relative) == subject) or addressee or \
        is_agent(subject)
    if not from_phrase and subject.i < cue.verb.i:
        # a source after « selon » that the parse made the subject (« selon la source …, qui ajoute », « selon la
        # source …, qui n'a rien précisé mais a ajouté »): that noun without its preposition; not after any other
        # (« malgré la grève, qui », « proche du dossier, qui »)
        case = next((c for c in subject.children if c.dep_ == "case" and c.i < subject.i), None)
        from_phrase = case is not None and case.lower_ in lexicon(doc.lang_).markers["according_to"]
    return subject, mention_span(subject, cue.verb, antecedent=from_phrase)


def _compared_cue_subject(cue: Cue) -> Token | None:
    """The subject after the verb of a cue in a clause of comparison that resumes what is said (« Comme l'a
    rappelé le maire Luc Perrin : », « ainsi que l'a expliqué la ministre : »): the clitic before the verb is its
    object, the one who speaks stands after it (the resumptive cues of `resumptive_cue`)."""
    doc = cue.verb.doc
    first = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if first is None:
        return None
    resumptive = lexicon(doc.lang_).markers["resumptive_cues"]
    start = unit_of(cue.verb).start
    for n in (3, 2):
        if first.start - n < start:
            continue
        said = " ".join(t.lower_ for t in doc[first.start - n:first.start]).replace("' ", "'")
        if said in resumptive:
            subject = inverted_subject(cue)
            return subject if subject is not None and subject.i > cue.verb.i else None
    return None


def _announces_colon(cue: Cue) -> bool:
    """A finite speech verb right before a colon (« Le texte, signé par 40 élus, affirme : « … » »), which the parse
    hung on a word of the apposition before it (an adverb of « signé ») and gave no subject: the verb of the clause
    that announces the words, its subject the noun phrase on its left."""
    verb, doc = cue.verb, cue.verb.doc
    # (or its auxiliary, in a compound tense: « Le collectif « Sauvons la Loire » a déclaré : »)
    finite = verb if "VerbForm=Fin" in verb.morph else next(
        (c for c in verb.children if c.dep_ == "aux:tense" and "VerbForm=Fin" in c.morph), None)
    if finite is None or "Mood=Imp" in finite.morph:
        return False
    after = cue.last + 1
    while after < len(doc) and doc[after].pos_ == "ADV":
        after += 1
    return after < len(doc) and doc[after].text == ":"


def _finite_hung_on_a_word(verb: Token) -> bool:
    """« Une des passagères ayant filmé la scène, Audra D. Bridges, raconte que P »: a finite indicative verb with no
    subject that the parse hung on a word before it that is no verb nor noun (an adjective, a determiner, read for
    the head of the phrase): the verb of the sentence, its subject the noun phrase on its left."""
    return "VerbForm=Fin" in verb.morph and "Mood=Ind" in verb.morph and verb.head.i < verb.i and \
        verb.head.pos_ not in ("VERB", "AUX", "NOUN", "PROPN") and verb.dep_ in ("acl", "conj", "appos", "parataxis") and \
        not any(c.dep_ in _SUBJECT_DEPS or is_clitic_subject(c) for c in verb.children)


def _misread_incise(cue: Cue, first) -> bool:
    """« Le mérite de ce plan, explique le député X, c'est que … », « Ces éléments, estime l'avocate Y, prouvent que
    … »: a finite speech verb set between commas with a noun phrase right after it, no « que » of its own, is an
    incise whose subject is inverted; the parse made the noun phrase before it its subject and the speaker its
    object. True for such a cue whose parsed subject stands before the opening comma."""
    verb = cue.verb
    doc = verb.doc
    if first is None or first.start < 2 or doc[first.start - 1].text != "," or "VerbForm=Fin" not in verb.morph:
        return False
    if not any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < first.start - 1 for c in verb.children):
        return False
    after = cue.last + 1
    if after >= len(doc) or doc[after].pos_ not in ("DET", "PROPN", "NOUN"):
        return False
    complementizers = lexicon(doc.lang_).markers["complementizer"]
    for t in doc[after:unit_of(verb).end]:
        if t.text == ",":
            return True
        if is_complementizer(t, complementizers) or t.is_punct:
            return False
    return False


def _raised(left: Token | None) -> Token | None:
    """« chercheurs de l'université Calvin »: the phrase's head, not the name it ends on."""
    while left is not None and left.dep_ in ("nmod", "flat:name", "flat") and left.head.i < left.i and \
            left.head.pos_ in ("NOUN", "PROPN"):
        left = left.head
    return left


def _in_own_clause(cue: Cue) -> bool:
    """« Un témoin a déclaré qu'un homme a sauté …, en criant « … » »: a gerund hung on another verb than its lead,
    one with a subject of its own, shares that verb's subject, not the lead's; also through the infinitive it hangs
    on, which the parse may read as a noun (« quand un jeune homme a tenté de le gifler en criant « … » »)."""
    verb = cue.verb
    if verb.dep_ not in ("advcl", "acl") or (verb.dep_ == "acl" and not after_gerund_marker(verb)):
        return False
    if _speaker_goes_on(cue):
        return False
    head = verb.head
    while head != cue.lead.verb and head.dep_ in ("xcomp", "obl:arg") and head.head.i != head.i and \
            not any(c.dep_ in _SUBJECT_DEPS for c in head.children):
        head = head.head
    if head == cue.lead.verb or head.pos_ not in ("VERB", "AUX"):
        return False
    # a verb inside quote marks is the parser's misreading (« », précisant que … hung on the quoted words)
    return not any(p.start <= head.idx < p.end for p in head.doc._.quote_pairs) and \
        any(c.dep_ in _SUBJECT_DEPS for c in head.children)


def _speaker_goes_on(cue: Cue) -> bool:
    """« X a rappelé que la loi interdit ce contrat, ajoutant que P », « il pensait que Y détenait de l'or, estimant
    que P »: a participle of saying set off by a comma after a clause its lead reports goes on with the speaker's
    words, even where the parse hangs it on the clause's verb; a shout stays the act of the clause's subject (D8:
    « un homme a couru vers la foule, criant « … » »)."""
    doc, head = cue.verb.doc, cue.verb.head
    lex = lexicon(doc.lang_)
    first = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if first is None or is_shouting(cue.verb, lex) or cue.lead.verb not in head.ancestors or lex.cue_for(head):
        return False  # (only a verb the lead reports: an incise's own verb, « », écrit-il, ajoutant que », speaks)
    i = first.start - 1
    while i > 0 and doc[i].text != "," and doc[i].pos_ in ("ADV", "ADP", "SCONJ"):
        i -= 1  # « , tout en ajoutant »
    return i > 0 and doc[i].text == ","


def _causee(cue: Cue) -> Token | None:
    """« Ce revirement fait dire au journal La Tribune que … », « La mesure a fait réagir Le Canard enchaîné »: an
    infinitive cue after a causative verb is said by the one made to say it, its object after it, not the causer
    (a locution that holds the causative, « faire savoir », is no such infinitive)."""
    verb, doc = cue.verb, cue.verb.doc
    if "VerbForm=Inf" not in verb.morph:
        return None
    i = verb.i - 1
    while i > 0 and doc[i].pos_ == "ADV":
        i -= 1  # « a fait vivement réagir »
    # (the cue's span may take the causative in with the auxiliary, « a fait réagir », where the parse hung
    # « fait » on the infinitive: only a locution that opens with it, « faire savoir », holds it)
    if doc[i].lemma_ not in lexicon(doc.lang_).markers["causative_verbs"] or \
            cue.entry.expression.split()[0] == doc[i].lemma_:
        return None
    if doc[i].idx >= cue.start and not any(t.text == ":" for t in doc[cue.last + 1:verb.sent.end]):
        # a causative the cue's span took in speaks for its causee only before a colon, where the words follow
        # (« La décision a fait réagir la maire X : »); words before it are the causer's (« Les mots de X sur
        # « … » ont fait réagir les syndicats »)
        return None
    return next((c for c in verb.children if c.dep_ in ("obj", "obl:arg", "iobj") and c.i > cue.last and
                 c.pos_ in ("NOUN", "PROPN")), None)


def _receiving_verb(cue: Cue) -> Token | None:
    """The « voir » of « s'est vu reprocher », « se voit demander » (or « faire » of « s'est fait reprocher »):
    a receiving verb right before the cue (adverbs between), None otherwise. (Whatever the tagger says of the
    cue's form: it reads « se voyant reprocher » as a participle, and « s'est vu accusé de » is one.)"""
    verb, doc = cue.verb, cue.verb.doc
    if verb.i == 0:
        return None
    i = verb.i - 1
    while i > 0 and doc[i].pos_ == "ADV":
        i -= 1
    receiving = lexicon(doc.lang_).markers["receiving_verbs"]
    # (not a locution that holds it: « faire entendre »)
    return doc[i] if doc[i].lemma_ in receiving and doc[i].lemma_ not in cue.entry.expression.split() else None


def _spoken_to(cue: Cue) -> bool:
    """« Y s'est vu reprocher d'avoir … », « se voit demander de … »: a speech verb after a reflexive receiving
    verb reports words said TO the subject (a passive in all but form), so the subject is no speaker (DECISIONS D5: the agent after « par » speaks; none named, no one)."""
    receiver = _receiving_verb(cue)
    if receiver is None:
        return False
    doc = receiver.doc
    before = doc[max(0, receiver.i - 4):receiver.i]
    # the reflexive clitic before it, with only auxiliaries, adverbs or the negation between (« s'est vu », « ne
    # s'est pas vu », « se sont vus », « se voyant »)
    return any("Reflex=Yes" in t.morph and all(
        x.pos_ in ("AUX", "ADV") or is_auxiliary_word(x) for x in doc[t.i + 1:receiver.i]) for t in before)


def _subject_outside_quotes(cue: Cue) -> bool:
    """« Benjamin Cauchy, le fondateur des « Citrons », trouve le moratoire « insuffisant » »: a comma before the
    verb opens no incise when a noun phrase outside quote marks stands on its left to be its subject (an incise
    follows the quotation: « … », martèle Fillon)."""
    left = subject_on_the_left(cue.verb)
    if left is None or any(p.start <= left.idx < p.end <= cue.start for p in cue.verb.doc._.quote_pairs):
        return False
    # « « … » quand on exerce une fonction publique, répond Moscovici »: a noun of another clause is no subject
    clause = next((a for a in left.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return clause is None or clause == cue.verb


def _labelling_agent(cue: Cue) -> Token | None:
    """The agent of a labelling or judging verb's past participle (« qualifié de « marqué » par Météo-France »,
    « qualifié par les enquêteurs d'« homme violent » », « décrit comme « … » par ses proches »): the noun after
    « par » in the participle's clause, outside quote marks, before the clause ends; the parser often hangs it on
    a word of the label. None for another verb or form, or without such an agent."""
    verb = cue.verb
    markers = lexicon(verb.doc.lang_).markers
    labelling = set(markers["naming_cues"]) | set(markers["naming_participles"]) | set(markers["object_attribute_cues"])
    if cue.entry.expression not in labelling or "VerbForm=Part" not in verb.morph or \
            "Tense=Past" not in verb.morph:
        return None
    doc, outside = verb.doc, 0
    for t, depth in quote_depths(doc[cue.last + 1:unit_of(verb).end]):
        # the reach counts the words around the label: a long quoted one is no farther (of its marks, the
        # closing one counts)
        outside += depth == 0
        if outside > _AGENT_REACH:
            return None
        if depth == 0 and (t.text in (",", ";", ":", ".", "!", "?") or t.lower_ in markers["complementizer"]):
            return None  # (« X a estimé que le quartier avait été abandonné par l'État »: not the label's giver)
        if depth == 0 and t.lower_ in markers["agent_prepositions"] and t.dep_ == "case" and \
                t.head.i > t.i and t.head.pos_ in ("NOUN", "PROPN") and not _in_set_phrase(t.head):
            return t.head
    return None


def _before_quote_marks(head: Token, span: tuple[int, int]) -> tuple[int, int]:
    """A mention cut before the quote marks that follow its head (« l'entreprise de « partenaires » »: the label
    is not part of who speaks), and before the preposition left hanging."""
    doc = head.doc
    words = itertools.takewhile(lambda t: t.idx < span[1], doc[head.i + 1:])  # the mention's words, not the doc's
    mark = next((t for t in words if t.text in OPENING), None)
    if mark is None:
        return span
    last = mark.i - 1
    while last > head.i and (doc[last].pos_ == "ADP" or doc[last].is_punct):
        last -= 1
    return span[0], doc[last].idx + len(doc[last])


def _in_circumstance(token: Token) -> bool:
    """The subject the parse gives heads a phrase opened by a preposition that never opens a speaker (« dans le
    Michigan », « dans la journée »), before the verb."""
    if token.i > token.head.i:
        return False
    openers = lexicon(token.doc.lang_).markers["speaker_prepositions"]
    return any(c.dep_ == "case" and c.i < token.i and c.lower_ not in openers for c in token.children)


def _in_set_phrase(token: Token) -> bool:
    """The token heads an adverbial phrase set inside the clause (« par la suite », « de son côté »)."""
    words = [t for t in token.subtree if t.i <= token.i]
    if not words or words[0].dep_ != "case":
        return False
    text = " ".join(t.lower_ for t in words).replace("' ", "'")
    return text in lexicon(token.doc.lang_).markers.get("set_phrases", ())


def _subject_before_set_phrase(phrase: Token) -> Token | None:
    """The subject, before it, of the clause an adverbial phrase was set in (its nearest verb that has one)."""
    for verb in phrase.ancestors:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < phrase.i), None)
        if subject is not None:
            return subject
    return None


def written_relative(cue: Cue) -> tuple[int, int] | None:
    """« Spicer, qui ajoute que … »: the relative pronoun that is the cue's subject, the mention as written
    (ANNOTATION_RULES), while its antecedent is the phrase resolved; so is the relative of the place a document's
    words are read in (« un mail … dans lequel est écrit « … » »: « lequel »)."""
    relative = next((c for c in cue.verb.children if is_relative(c) and c.dep_ in _SUBJECT_DEPS), None)
    if relative is None and _document_read_in(cue) is not None:
        relative = _reading_relative(cue)
    return (relative.idx, relative.idx + len(relative)) if relative is not None else None


def clitic_text(token: Token) -> str:
    """« -t-elle » → « elle »: the inverted subject clitic without its hyphens."""
    text = token.lower_.lstrip("-")
    return text[2:] if text.startswith("t-") else text


def is_complementizer(token: Token, complementizers) -> bool:
    """The token is one of the language's `complementizer` words, or its elided form the tokenizer split from its
    apostrophe (« qu » of « qu'il »)."""
    return token.lower_ in complementizers or token.lower_ + "'" in complementizers


def is_clitic_subject(token: Token) -> bool:
    """« -t-il », « -elle », « -on »: a subject pronoun hyphenated after its verb (not « -là » of « ces jours-là »)."""
    return token.text.startswith("-") and clitic_text(token) in lexicon(token.doc.lang_).markers["inverted_subject_clitics"]


def agent_of(verb: Token, passive: bool = True) -> Token | None:
    """« est déploré par les Nations unies »: the agent of a passive cue speaks (with `passive` False, of a
    participle without its auxiliary too: « qualifiés par l'entreprise de … »)."""
    if passive and not any(c.dep_ == "aux:pass" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "obl:agent" or (c.pos_ in ("NOUN", "PROPN") and is_agent(c))),
                None)


def is_agent(token: Token) -> bool:
    """« par le ministre »: the agent of a passive, by the parser's label or by its preposition (the language's
    `agent_prepositions`)."""
    prepositions = lexicon(token.doc.lang_).markers["agent_prepositions"]
    return token.dep_ == "obl:agent" or any(c.dep_ == "case" and c.lower_ in prepositions for c in token.children)


def _inverted_clitic(verb: Token) -> Token | None:
    """« a-t-elle affirmé », « ajoute-t-il »: the clitic stands by the verb or its auxiliary, whatever the
    parse says about it."""
    doc = verb.doc
    for t in doc[max(0, verb.i - 3):min(len(doc), verb.i + 3)]:
        if is_clitic_subject(t) and (t.i > verb.i or doc[t.i - 1].dep_.startswith("aux") or
                                      doc[t.i - 1].lower_ == "-t"):
            return t
    return None


def verb_group_start(verb: Token) -> int:
    """The index of the first word of a verb's group: its first auxiliary before it (« a déclaré », « aurait été
    dit »), else the verb itself."""
    return min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i])


def is_auxiliary_word(token: Token) -> bool:
    """A form of « avoir » or « être », whatever the tagger made of it (« a », « avait », « est »)."""
    return token.lemma_.lower() in lexicon(token.doc.lang_).markers["auxiliary_lemmas"]


def subject_of(verb: Token) -> Token | None:
    """The subject token of a cue verb, following the French repairs above: one that can speak when the parse
    gives one (« Il fut exclu ces jours-là et déclara »: « Il », not « là »), else what the parse gives."""
    return _subject_of(verb, strict=True) or _subject_of(verb, strict=False) or _person_before_participle(verb)


def _person_before_participle(participle: Token) -> Token | None:
    """« Un écran diffusait un clip de la chanteuse Léa Morin, dénonçant « … » »: a present participle set after a
    comma right after a person's name, in a clause whose parse gives no one who speaks (a passive without agent,
    the participle hung on the main verb), is that person's act; the name is its subject. None otherwise (a main
    clause with a subject of its own keeps it: « Le maire a reçu X, dénonçant … »)."""
    doc = participle.doc
    if not is_present_participle(participle) or participle.i < 2 or doc[participle.i - 1].text != "," or \
            after_gerund_marker(participle):
        return None
    name = doc[participle.i - 2]
    while name.dep_ == "flat:name" and name.head.i < name.i:
        name = name.head
    if name.pos_ != "PROPN" or name.ent_type_ != "PER" or any(c.dep_ == "case" for c in name.children):
        return None
    return name


def _subject_of(verb: Token, strict: bool) -> Token | None:
    found = _subject_through_parse(verb, strict)
    if found is None or found.i > verb.i:
        return found
    # « Paul Ménard a quitté la salle et Claire Joubert a déclaré que »: the subject found further left gives way to
    # the one the parse hung on the object between; only a correction (alone, such a phrase made a false quotation
    # in an article without speech on dev)
    # (not a second subject coordinated with the first, « Thierry et Véronique Roy rapportent », « X, psychanalyste
    # et philosophe, a dit »: a verb of the first clause stands between the two)
    own = _subject_after_conjunction(verb)
    if own is None or own.i <= found.i or own in found.subtree or not any(
            t.pos_ in ("VERB", "AUX") for t in found.doc[found.i + 1:own.left_edge.i]):
        return found
    return own


def _subject_through_parse(verb: Token, strict: bool) -> Token | None:
    euphonic = lexicon(verb.doc.lang_).markers["euphonic_t"]
    seen = 0
    through_gerund = joined = coordinated = False
    opening = _opening_name_as_root(verb)
    if opening is not None:
        return opening
    while verb is not None and seen < 4:
        seen += 1
        merged = _subject_before_relative(verb) if joined else None
        if merged is not None:
            return merged
        # (the agent of a passive first conjunct is not who the cue's coordinated verb shares: « X a été entendue par
        # les enquêteurs et a assuré que »)
        agent = agent_of(verb) if not coordinated else None
        if agent is not None:
            return agent
        clitic = _inverted_clitic(verb)
        if clitic is not None:
            return clitic
        # a passive cue without an agent has no speaker: what « est jugé probable » is not who judges; but the
        # subject of a passive clause the cue hangs on speaks through it (« X a été très ému en affirmant que … »)
        # (not for the first of two coordinated verbs, whose subject the cue shares whatever the voice: « Le maire
        # est sorti de la réunion et a indiqué que », the parse reading « est sorti » as a passive)
        passive = not through_gerund and not coordinated and any(c.dep_ == "aux:pass" for c in verb.children)
        # (the parse sometimes hangs the subject on the auxiliary: « Ce dernier aurait, par courriel, expliqué »)
        children = [*verb.children, *(g for a in verb.children if a.dep_.startswith("aux") and a.i < verb.i
                                      for g in a.children if g.i < a.i)]
        candidates = [c for c in children if (c.dep_ in _SUBJECT_DEPS and not (passive and c.dep_ == "nsubj:pass"))
                      or is_clitic_subject(c)]
        # (a verb after the cue is the reported clause the parse hung on it, no subject: « X estime que … est venu »)
        candidates = [c for c in candidates if c.lower_ not in euphonic and not (c.pos_ == "VERB" and c.i > verb.i)]
        # « ces jours-là et déclara »: a word that cannot speak (an adverb, « se ») is a misparse, no subject
        candidates = [c for c in candidates if not strict or could_speak(c)]
        # « Le nageur Paul Martin, représentant la France a annoncé »: a participle set after a comma that the parse made
        # a second subject describes the first
        # (or the noun phrase before its comma, when the parse gave the verb no other subject)
        described = [c for c in candidates if _set_participle(c)]
        candidates = [c for c in candidates if c not in described] or [
            n for n in map(_described_noun, described) if n is not None]
        # « Révolté par le fait que les joueurs soient … (il déclarait …) »: a subject outside the parenthesis that
        # holds the verb is another clause's, when the parse gives one inside it
        candidates = [c for c in candidates if not _outside_parenthesis(c, verb)] or candidates
        clitics = [c for c in candidates if is_clitic_subject(c)]
        if clitics:
            return clitics[0]
        if candidates:
            # « Ému, il déclare »: a noun or pronoun beats an adjective the parser took for the subject
            # « Poutine avait lui-même estimé »: a name beats the pronoun that only stresses it
            subj = max(candidates, key=lambda c: (c.pos_ in ("PRON", "PROPN", "NOUN"), c.pos_ != "PRON",
                                                  -abs(c.i - verb.i)))
            if is_relative(subj) and verb.dep_.startswith("acl") and verb.head.i < verb.i:
                return relative_antecedent(subj) or verb.head
            return _outside_quote_marks(subj, candidates, verb)
        controller = _controlling_object(verb) or _absolute_subject(verb)
        if controller is not None:
            return controller
        narrator = _narrative_infinitive_subject(verb)
        if narrator is not None:
            return narrator
        if _is_gerund(verb) and verb.dep_ != "acl":
            fronted = _subject_after_fronted(verb)
            if fronted is not None:
                return fronted
        if verb.dep_ == "ROOT" and not passive:
            return subject_on_the_left(verb)
        # « Staffan Olsson, juge que … » (a misread verb in apposition), « X, propriétaire de Y, annonce lui, … »
        # (a verb hung on the name as parataxis): the parse failed to make the noun before the verb its subject
        if verb.head.i < verb.i and verb.head.pos_ in ("NOUN", "PROPN") and (
                verb.dep_ == "parataxis" or (verb.dep_ == "appos" and verb.pos_ in _MISREAD_POS and
                                             verb.head.pos_ == "PROPN")):
            return verb.head
        # « Muriel Pénicaud a twitté que »: a speech verb the tagger misread hangs on its auxiliary, read as a verb
        if verb.pos_ in _MISREAD_POS and verb.dep_ == "obj" and verb.head.i == verb.i - 1 and \
                verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
            continue
        # (or the parser read auxiliary and verb as more words of the name before them: the name is the subject)
        if verb.pos_ in _MISREAD_POS and verb.dep_ == "flat:name" and verb.head.i < verb.i - 1 and \
                is_auxiliary_word(verb.doc[verb.i - 1]) and verb.doc[verb.i - 1].head == verb.head:
            return verb.head
        # « a tenté de frapper le gardien en criant « … » »: a gerund (a preposition right before the participle) is
        # adverbial whatever the parse hangs it on, and shares the subject of the clause's verb
        if verb.dep_ == "acl" and _is_gerund(verb) and (
                any(c.pos_ == "ADP" and c.i == verb.i - 1 for c in verb.children) or after_gerund_marker(verb)):
            clause = verb.head
            while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
                clause = clause.head
            if clause.pos_ in ("VERB", "AUX"):
                verb = clause
                continue
        # « Le collectif, soutenu par X, appelle … »: a finite verb the parse hung on the last noun of an apposition
        # (the agent or complement of its participle or adjective) has the noun that apposition describes for subject
        if verb.dep_ == "acl" and verb.head.i < verb.i and verb.head.pos_ in ("NOUN", "PROPN"):
            described = _apposition_owner(verb)
            if described is not None:
                return described
        # « X, affirmant que … »: a participle attached to a noun has that noun for subject; a past participle
        # says what was done to it (« le chaos annoncé », « un texte publié »): the noun is its object, nobody speaks
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i:
            if _describes(verb):
                return None
            agent = _participle_agent(verb)
            if agent is not None:
                return agent
            clause = _after_circumstance(verb)
            if clause is None:
                return verb.head
            verb = clause
            continue
        # « a permis à la ministre de déclarer »: the one the governing verb addresses says it (object control)
        if verb.dep_ == "xcomp" and "VerbForm=Inf" in verb.morph and verb.head.i < verb.i:
            addressee = next((c for c in verb.head.children if c.dep_ in ("obl:arg", "iobj") and c.i < verb.i
                              and c.pos_ in ("NOUN", "PROPN") and any(x.dep_ == "case" for x in c.children)), None)
            if addressee is not None:
                return addressee
        # « Des témoins évoquent … et la préfecture demande … »: a finite verb the parse hung on another as its
        # complement opens a clause of its own, its subject on its left after the other verb
        if verb.dep_ == "xcomp" and "VerbForm=Fin" in verb.morph and verb.head.i < verb.i:
            left = _raised(subject_on_the_left(verb))
            if left is not None and left.i > verb.head.i:
                return left
        # « X a affirmé ne pas être convaincu par la réponse du ministre et lui demande de … »: a verb the parse
        # coordinated with a noun is coordinated with the clause before, whose subject it shares
        # (not a word the tagger misread for a verb with a subject of its own: « Clinton attaque Trump … et veut »);
        # so is a finite verb the parse coordinated with an infinitive (« a affirmé ne pas être convaincu et lui
        # demande de … »)
        if verb.dep_ == "conj" and verb.head.i < verb.i and _misplaced_conjunct(verb):
            shared = _coordinated_subject(verb)
            if shared is not None:
                return shared
        # « X a reçu une lettre de Y lui demandant de … »: a present participle right after the verb's object, a
        # message, that the parse hung on the verb says what the message says (its sender speaks, DECISIONS D16)
        if verb.dep_ == "advcl" and verb.head.i < verb.i:
            message = _message_before(verb)
            if message is not None:
                return message
        # xcomp (« fait savoir »), conj (« a reconnu … et a dit »), advcl (« …, précisant que »)
        # (and a participle the parse hung on a verb as a noun's modifier: « essayé de l'agresser en criant »)
        if (verb.dep_ in ("xcomp", "conj", "advcl", "dep") or (verb.dep_ == "acl" and verb.head.pos_ in ("VERB", "AUX"))) \
                and verb.head.i != verb.i:
            if _quoted_apart(verb.head, verb):
                return _coordinated_subject(verb)
            through_gerund = verb.dep_ == "advcl" and _is_gerund(verb) and _set_adverbially(verb)
            joined = verb.dep_ in ("conj", "advcl")
            coordinated = verb.dep_ == "conj"
            verb = verb.head
            continue
        return None


def _outside_parenthesis(word: Token, verb: Token) -> bool:
    """An opening parenthesis, not closed, stands between a word before the verb and the verb."""
    if word.i > verb.i:
        return False
    depth = 0
    for t in verb.doc[word.i + 1:verb.i]:
        depth += (t.text == "(") - (t.text == ")")
    return depth > 0


def _opening_name_as_root(verb: Token) -> Token | None:
    """« Lelandais avoue avoir tué …, les restes … ont été retrouvés »: in a headline, a verb with no subject of its
    own right after the noun phrase that opens it, which the parse made a root of its own and hung the verb on a
    later clause; that phrase is its subject. None otherwise. (Outside headlines it cost a resolved speaker on dev.)"""
    doc = verb.doc
    if verb.i == 0 or verb.head.i <= verb.i or "VerbForm=Fin" not in verb.morph or \
            any(c.dep_ in _SUBJECT_DEPS or is_clitic_subject(c) for c in verb.children):
        return None
    noun = _raised(doc[verb.i - 1])
    if noun is None or noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    sent = unit_of(verb)
    opens = noun.left_edge.i == sent.start and noun.right_edge.i == verb.i - 1
    return noun if opens and is_headline(doc, sent) else None


def _message_before(participle: Token) -> Token | None:
    """The object of the participle's governing verb that the participle follows with no comma nor gerund marker
    between (only its clitics), when that object is a message (`message_nouns`: « une lettre de Y lui demandant
    de … », « un courrier l'invitant à … »); None otherwise (« a quitté la réunion affirmant … »: no message)."""
    if not is_present_participle(participle) or after_gerund_marker(participle):
        return None
    doc = participle.doc
    markers = lexicon(doc.lang_).markers
    k = participle.i - 1
    while k > 0 and doc[k].pos_ == "PRON" and doc[k].lower_ in markers["object_clitics"]:
        k -= 1
    if doc[k].is_punct:
        return None
    if participle.dep_ == "acl":
        return _message_phrase(participle.head, markers)
    obj = next((c for c in participle.head.children if c.dep_ == "obj" and c.i < participle.i and
                c.left_edge.i <= k <= c.right_edge.i), None)
    return obj if obj is not None and obj.lemma_.lower() in markers["message_nouns"] else None


def _message_phrase(noun: Token, markers) -> Token | None:
    """The message noun of the phrase a participle is hung on (« une lettre du préfet indiquant que »: the parse
    hangs the participle on « préfet », the complement of « lettre »); None when no noun up the complements is one."""
    while noun.pos_ in ("NOUN", "PROPN"):
        if noun.lemma_.lower() in markers["message_nouns"]:
            return noun
        if noun.dep_ not in ("nmod", "flat:name") or noun.head.i > noun.i:
            return None
        noun = noun.head
    return None


def _apposition_owner(verb: Token) -> Token | None:
    """« Le collectif, soutenu par Mathilde Roche, appelle … », « Le syndicat, proche de X, affirme »: for a finite
    verb (or one with a finite auxiliary) set right after a comma that the parse hung on the noun before it, where
    that noun is the agent or complement of a participle, adjective or noun set between commas after another noun,
    that other noun; None otherwise (« X, affirmant que … »: a participle's own subject is its noun)."""
    doc = verb.doc
    finite = "VerbForm=Fin" in verb.morph or any(
        c.dep_.startswith("aux") and c.i < verb.i and "VerbForm=Fin" in c.morph for c in verb.children)
    first = verb_group_start(verb)
    if not finite or first == 0 or doc[first - 1].text != ",":
        return None
    noun = verb.head
    while noun.dep_ in ("flat:name", "flat") and noun.head.i < noun.i:
        noun = noun.head
    if noun.dep_ not in ("obl:agent", "obl:arg", "obl", "obl:mod", "nmod") or noun.head.i > noun.i:
        return None
    described = noun.head
    if described.dep_ not in ("acl", "amod", "appos") or described.pos_ not in ("VERB", "ADJ", "NOUN") or \
            described.head.i > described.i or described.head.pos_ not in ("NOUN", "PROPN") or \
            doc[described.left_edge.i - 1].text != ",":
        return None
    return described.head


def _narrative_infinitive_subject(verb: Token) -> Token | None:
    """« Et le maire de répondre que … », « Et lui d'ajouter que »: the narrative infinitive, its link word right
    after a noun phrase that opens the sentence (after a conjunction at most); the parse makes the one the root and
    hangs the other on it: that phrase says it. None otherwise (« Le droit de dire que … est garanti »: a noun's
    complement in a clause with a finite verb of its own)."""
    doc = verb.doc
    links = lexicon(doc.lang_).markers["narrative_infinitive_links"]
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in links and c.i < verb.i), None)
    if "VerbForm=Inf" not in verb.morph or mark is None or mark.i == 0:
        return None
    noun = doc[mark.i - 1]
    while noun.dep_ in ("flat:name", "flat") and noun.head.i < noun.i:
        noun = noun.head
    rooted = (noun.head == noun or noun.head.pos_ == "CCONJ") and verb.head == noun or \
        verb.head == verb and noun.head == verb
    if not rooted or noun.pos_ not in ("NOUN", "PROPN", "PRON") or not could_speak(noun) or \
            any(c.dep_ == "case" for c in noun.children):
        return None
    start = unit_of(verb).start
    return noun if all(t.pos_ == "CCONJ" or t.is_punct for t in doc[start:noun.left_edge.i]) else None


def _subject_after_conjunction(verb: Token) -> Token | None:
    """« Paul Ménard a quitté la salle et Claire Joubert a déclaré que … »: the parse made the noun phrase between a
    conjunction and a finite verb a conjunct of the object before, the verb a clause with no subject; standing right
    before the verb (its auxiliaries), that phrase is its subject. None otherwise."""
    doc = verb.doc
    first = verb_group_start(verb)
    if "VerbForm=Fin" not in doc[first].morph:
        return None
    i, words = first - 1, []
    while i >= 0 and doc[i].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "ADP") and len(words) < 8:
        words.append(doc[i])
        i -= 1
    if i < 0 or not words or words[-1].pos_ == "ADP" or not (
            doc[i].pos_ == "CCONJ" or _ends_fronted_subordinate(doc[i])):
        return None
    phrase = range(i + 1, first)
    head = next((t for t in reversed(words) if t.pos_ in ("NOUN", "PROPN") and t.head.i not in phrase), None)
    return head if head is not None and could_speak(head) and not in_time(head) else None


def _ends_fronted_subordinate(comma: Token) -> bool:
    """« Alors que Pékin juge …, le nouveau chef a déclaré »: the comma closes a subordinate clause that opens the
    sentence (its first word a subordinator other than `que`); the main clause begins after it."""
    if comma.text != ",":
        return False
    first = comma.doc[unit_of(comma).start]
    comp = lexicon(comma.doc.lang_).markers["complementizer"]
    return first.dep_ == "mark" and first.lower_ not in comp and first.head.i < comma.i


def _subject_before_relative(verb: Token) -> Token | None:
    """« Le maire, dont la décision a été contestée par l'opposition, a affirmé que »: the parse made the relative
    clause's verb the head of the cue and gave it two subjects, the noun phrase and the relative clause's own; the
    one before the relative pronoun is the cue's subject, not the relative clause's agent or subject. None unless
    a relative pronoun stands between two subjects of the verb."""
    subjects = sorted((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), key=lambda c: c.i)
    if len(subjects) < 2 or subjects[0].pos_ not in ("NOUN", "PROPN"):
        return None
    relatives = set(lexicon(verb.doc.lang_).markers["relative_objects"])
    between = verb.doc[subjects[0].i + 1:subjects[1].i]
    return subjects[0] if any(is_relative(t) or t.lower_ in relatives for t in between) else None


def _set_participle(token: Token) -> bool:
    """A present participle the tagger took for a noun, set after a comma (« , représentant la France »)."""
    return token.pos_ == "NOUN" and token.i > 0 and token.doc[token.i - 1].text == "," and \
        token.lower_.endswith(tuple(lexicon(token.doc.lang_).markers["present_participle_endings"])) and \
        not any(c.dep_ == "det" for c in token.children)


def _described_noun(participle: Token) -> Token | None:
    """The head of the noun phrase that ends at the comma before a set participle (« Le patineur X Y, représentant »)."""
    if participle.i < 2:
        return None
    noun = participle.doc[participle.i - 2]
    while noun.dep_ in ("flat:name", "flat", "appos") and noun.head.i < noun.i:
        noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "case" for c in noun.children):
        return None
    return noun


def _is_past_participle(verb: Token) -> bool:
    """Tagged a past participle and written as one (« annoncé », « dite »; not « conjecture » the tagger took for one)."""
    endings = lexicon(verb.doc.lang_).markers["past_participle_endings"]
    return "VerbForm=Part" in verb.morph and "Tense=Past" in verb.morph and verb.lower_.endswith(
        tuple(endings))


def _participle_agent(participle: Token) -> Token | None:
    """« La réforme, dénoncée comme « … » par la syndicaliste X, … », « la « réforme » réclamée par X »: a past
    participle without an auxiliary is a passive; the noun is what was done to, its agent (« par X ») is who speaks. (One
    right after its noun, « l'appel lancé par X : « … » », describes the noun: `_describes`, no speaker.)"""
    if not _is_past_participle(participle) or any(c.dep_.startswith("aux") for c in participle.children):
        return None
    return agent_of(participle, passive=False)


def quoted_noun_agent(token: Token, pair) -> Token | None:
    """The agent of a past participle right after the closing mark (adverbs aside) that qualifies `token`, a noun
    inside the quote marks of `pair`, when it is a verb of the speech lexicon (« la « casse sociale » dénoncée par
    la députée X », « la « réforme » réclamée par le sénateur Y »): the quoted words are the agent's, whatever the
    clause around says of them. Not a
    participle further on that the parser hung there (« un « statut particulier » d'une fédéralisation, idée
    soutenue par X »)."""
    if token.pos_ not in ("NOUN", "PROPN") or not pair.start < token.idx < pair.end:
        return None
    doc = token.doc
    lex = lexicon(doc.lang_)
    for participle in token.children:
        # a verb of the speech lexicon: the agent of another (« y voit un « beau cadeau » offert par les
        # parlementaires ») did what the words name, it did not say them
        if participle.dep_ != "acl" or participle.idx < pair.end or lex.predicate_entry(participle) is None or \
                any(t.idx >= pair.end and t.pos_ != "ADV" and t.text not in ALL for t in doc[token.i + 1:participle.i]):
            continue
        agent = _participle_agent(participle)
        if agent is not None and agent.pos_ in ("NOUN", "PROPN") and agent.idx >= pair.end:
            return agent
    return None


def _describes(participle: Token) -> bool:
    """« le chaos annoncé », « un communiqué publié »: a past participle right after a common noun (its adjectives
    between), with no auxiliary of its own anywhere before it, says what was done to the noun."""
    doc = participle.doc
    if not _is_past_participle(participle) or participle.head.pos_ != "NOUN" or _split_auxiliary(participle):
        return False
    # (« le chaos annoncé » et publiée »: another participle of the noun, coordinated, may stand between)
    return all(t.pos_ in ("ADJ", "CCONJ") or t.text in ALL or (t.head == participle.head and
               _is_past_participle(t)) for t in doc[participle.head.i + 1:participle.i])


def _after_circumstance(participle: Token) -> Token | None:
    """« Des émeutes ont éclaté dans la journée, demandant que … »: a participle set off by a comma after a phrase
    of time or place (a preposition that never opens a speaker) speaks for the clause, not for that phrase's noun:
    the clause's verb. None otherwise."""
    noun, doc = participle.head, participle.doc
    openers = lexicon(doc.lang_).markers["speaker_prepositions"]
    if doc[participle.i - 1].text != "," or not any(c.dep_ == "case" and c.i < noun.i and c.lower_ not in openers
                                                      for c in noun.children):
        return None
    return next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)


def passive_participle(cue: Cue) -> bool:
    """A past participle without an auxiliary whose agent (« par X ») follows before the next punctuation: a
    passive (« condamné plusieurs fois par la justice »), not a verb whose subject stands after it (« », dit X »)."""
    verb, doc = cue.verb, cue.verb.doc
    if not _is_past_participle(verb) or any(c.dep_.startswith("aux") for c in verb.children):
        return False
    agents = lexicon(doc.lang_).markers["agent_prepositions"]
    words = itertools.takewhile(lambda t: not t.is_punct, doc[cue.last + 1:unit_of(verb).end])
    return any(t.lower_ in agents for t in words)


def _auxiliary_before_duration(participle: Token) -> Token | None:
    """« il avait un temps annoncé que P »: the auxiliary whose object the parse made the phrase of a duration
    (markers `adverbial_durations`) that the participle, right after it, hangs on. None otherwise."""
    noun, doc = participle.head, participle.doc
    if noun.pos_ != "NOUN" or participle.dep_ != "acl" or noun.i != participle.i - 1 or noun.dep_ != "obj":
        return None
    start = noun.left_edge.i
    written = " ".join(t.lower_ for t in doc[start:noun.i + 1])
    auxiliary = noun.head
    if written not in lexicon(doc.lang_).markers["adverbial_durations"] or auxiliary.i != start - 1 or \
            auxiliary.lemma_ not in lexicon(doc.lang_).markers["auxiliary_lemmas"]:
        return None
    return auxiliary


def _split_auxiliary(participle: Token) -> Token | None:
    """« François Fillon a, lors de …, accusé l'Élysée de », « Il avait à ce propos raconté »: a past participle set
    apart from its auxiliary, which the parse left as a verb of its own, has the auxiliary's subject. None when the
    participle has an auxiliary, or another verb stands between."""
    if not _is_past_participle(participle) or any(c.dep_.startswith("aux") for c in participle.children):
        return None
    doc = participle.doc
    auxiliaries = lexicon(doc.lang_).markers["auxiliary_lemmas"]
    through = _auxiliary_before_duration(participle)
    if through is not None:
        return next((c for c in through.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < through.i and
                     could_speak(c)), None)
    for t in reversed(doc[unit_of(participle).start:participle.i]):
        # (an auxiliary the tagger took for the verb « avoir » or « être », without an object of its own, is one)
        auxiliary = t.lemma_ in auxiliaries and (t.pos_ == "AUX" or not any(c.dep_ == "obj" for c in t.children))
        if t.pos_ == "VERB" and not auxiliary:
            return None
        if auxiliary and (t.head == t or t.head.pos_ not in ("VERB", "AUX")):
            # (the parse may hang the auxiliary and its subject on the noun of the phrase set between: « à son tour »)
            return next((c for c in [*t.children, *t.head.children] if c.dep_ in ("nsubj", "nsubj:pass") and
                         c.i < t.i and could_speak(c)), None)
    return None


def _quoted_apart(head: Token, verb: Token) -> bool:
    """« a ajouté qu'« aucun élément ne montre que … » »: a governing verb the parse found inside quote marks opened
    after the cue is a word of what the cue reports, not a verb whose subject the cue shares; so is one inside quote
    marks closed before it whose subject is inside them too (« X dit que « ce n'est pas ce qu'on attendait » et
    réclame … »: not « on »; but « Le syndicat, qui « condamne … » et réclame … »: « qui », outside the marks), or
    that opens a subordinate clause (« Il a précisé qu'il « se rendra … » mais a confié … »: the main clause's)."""
    for p in verb.doc._.quote_pairs:
        if p.start <= head.idx < p.end and not p.start <= verb.idx < p.end:
            outside = any(c.dep_ in _SUBJECT_DEPS and not p.start <= c.idx < p.end for c in head.children)
            return verb.idx < p.start or not outside or any(c.dep_ == "mark" for c in head.children)
    return False


def _misplaced_conjunct(verb: Token) -> bool:
    """A verb without a subject the parse coordinated with what cannot share one with it: a noun or an adjective
    (none of whose words is its subject), or, for a finite verb, an infinitive or a bare participle."""
    head = verb.head
    if any(c.dep_ in _SUBJECT_DEPS for c in head.children):
        return False
    if head.pos_ not in ("VERB", "AUX"):
        return True
    finite = "VerbForm=Fin" in verb.morph
    head_finite = "VerbForm=Fin" in head.morph or any(
        c.dep_.startswith("aux") and "VerbForm=Fin" in c.morph for c in head.children)
    return finite and not head_finite


def _coordinated_subject(verb: Token) -> Token | None:
    """« la source, qui n'a pas donné de détails, mais a ajouté que … », « X a affirmé ne pas être convaincu et lui
    demande de … »: a verb opened by a conjunction, without a subject, shares that of the nearest verb before it (in
    the sentence) that has one on its left, past the verbs of a complement that have none. None without a
    conjunction, or without such a verb."""
    if not any(c.dep_ == "cc" and c.i < verb.i for c in verb.children):
        return None
    doc = verb.doc
    pairs = doc._.quote_pairs
    for before in reversed(doc[_unit_start_before_quote_marks(verb):verb.i]):
        if before.pos_ != "VERB" or any(p.start <= before.idx < p.end for p in pairs):
            continue  # (a verb inside quote marks is a word of a quotation)
        subject = next((c for c in before.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < before.i and
                        could_speak(c)), None)
        if subject is None and before.dep_ == "ROOT":
            # (« Vers 9 h, X, militant, a affirmé … et lui demande »: the parse lost the main verb's subject too)
            return subject_on_the_left(before)
        if subject is not None or before.dep_ not in ("ccomp", "xcomp", "conj"):
            return subject
    return None


def _unit_start_before_quote_marks(verb: Token) -> int:
    """Where the verb's sentence starts, read past quote marks it opens inside: « X a donné une explication,
    « … cette année. Donc c'est normal » et avertissait que … » is one sentence that the parser cut at a full stop
    inside the marks, so the verb's coordinated clause is found before them."""
    doc = verb.doc
    start = unit_of(verb).start
    for pair in doc._.quote_pairs:
        if pair.start < doc[start].idx < pair.end:
            opener = token_at(doc, pair.start)
            if opener is not None:
                start = min(start, unit_of(opener).start)
    return start


def _outside_quote_marks(subj: Token, candidates: list[Token], verb: Token) -> Token:
    """A subject the parse took inside quote marks, a title or a name (« dans l'émission « Le grand rendez-vous »
    diffusée sur Europe 1, l'archevêque a expliqué l'appel »), gives way to the noun phrase on the verb's left
    outside them: that one speaks (not a second subject the parse put after the verb, its object)."""
    pairs = [p for p in verb.doc._.quote_pairs if not p.start <= verb.idx < p.end]
    before = [c for c in candidates if c.i < verb.i]
    if not before or not all(any(p.start <= c.idx < p.end for p in pairs) for c in before):
        return subj
    left = subject_on_the_left(verb)
    if left is None or any(p.start <= left.idx < p.end for p in pairs):
        return subj
    return left


def could_speak(token: Token) -> bool:
    """A word that may head a speaker mention: a noun, a name, a number (« deux d'entre eux ») or a pronoun other than
    the reflexive « se »; not an adverb (« aussi », « là ») nor another word the parse took for a subject."""
    if token.pos_ == "PRON":
        return is_clitic_subject(token) or token.lower_ not in lexicon(token.doc.lang_).markers["reflexive_pronouns"]
    return token.pos_ in ("NOUN", "PROPN", "NUM") or token.ent_type_ != "" or latter_determiner(token) is not None


def latter_determiner(token: Token) -> Token | None:
    """The determiner that makes `token` an anaphor of two words (`latter_pronouns`: « ce dernier », its adjective a
    pronoun), or None."""
    latter = lexicon(token.doc.lang_).markers["latter_pronouns"]
    return next((c for c in token.children if c.dep_ == "det" and f"{c.lower_} {token.lower_}" in latter), None)


def _document_read_in(cue: Cue) -> Token | None:
    """« un mail … dans lequel est écrit « … » », « la lettre, où il est précisé que P »: a passive verb of writing
    or saying with no subject of its own but the impersonal « il », whose relative names the place it is read in
    (« dans lequel », « où »): the document the relative stands for speaks (ANNOTATION D16). None otherwise."""
    relative = _reading_relative(cue)
    if relative is not None:
        return _read_document(relative)
    return _impersonal_read_in(cue)


def _impersonal_read_in(cue: Cue) -> Token | None:
    """« Il est précisé dans le communiqué que P »: an impersonal passive cue with the message it is read in as its
    complement of place (markers' reading_places, message_nouns): that message. None otherwise."""
    verb, markers = cue.verb, lexicon(cue.verb.doc.lang_).markers
    if not any(c.dep_ == "aux:pass" for c in verb.children) or not any(
            c.dep_ in _SUBJECT_DEPS and c.lower_ in markers["impersonal_pronoun"] for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_.startswith("obl") and c.lemma_.lower() in markers["message_nouns"]
                 and any(g.dep_ == "case" and g.lower_ in markers["reading_places"] for g in c.children)), None)


def _reading_relative(cue: Cue) -> Token | None:
    """The relative of place (« dans lequel », « où ») of a passive cue with no subject but the impersonal « il »."""
    verb = cue.verb
    if not any(c.dep_ == "aux:pass" for c in verb.children) or \
            any(c.dep_ in _SUBJECT_DEPS and c.dep_ != "expl:subj" and not is_relative(c) for c in verb.children):
        return None
    places = lexicon(verb.doc.lang_).markers["reading_places"]
    return next((c for c in verb.children if c.i < verb.i and is_relative(c) and (
        c.lower_ == "où" or any(g.dep_ == "case" and g.lower_ in places for g in c.children))), None)


def _read_document(relative: Token) -> Token | None:
    """The noun of a message (markers' message_nouns: « une lettre dans laquelle », not the slogan of « une pancarte
    sur laquelle était écrit « … » », D14) a relative of place stands for: the one the parse hangs its clause on, or
    the noun right before its preposition; after « et », that of the relative clause it is coordinated with (« un
    mail qui revendique … et dans lequel »)."""
    doc, clause = relative.doc, relative.head
    messages = lexicon(doc.lang_).markers["message_nouns"]
    if clause.dep_ == "acl:relcl" and clause.head.lemma_.lower() in messages:
        return clause.head
    before = _noun_before_relative(relative)
    if before is not None and before.lower_ in lexicon(doc.lang_).markers["clause_coordinators"]:
        # (the relatives in between may describe something else: « un mail qui revendique l'incendie qui a détruit
        # …, et dans lequel »)
        nouns = (_noun_before_relative(t) for t in reversed(doc[relative.sent.start:before.i]) if is_relative(t))
        before = next((n for n in nouns if n is not None and n.lemma_.lower() in messages), None)
    return before if before is not None and before.lemma_.lower() in messages else None


def _noun_before_relative(relative: Token) -> Token | None:
    """The word right before a relative pronoun and its preposition (« une lettre dans laquelle »: « lettre »)."""
    first = min([relative.i] + [c.i for c in relative.children if c.dep_ == "case"])
    return relative.doc[first - 1] if first > 0 else None


def is_shouting(verb: Token, lex: Lexicon) -> bool:
    """A verb of shouting (markers' shouting_cues): the quote marks after it hold what was shouted."""
    return verb.lemma_.lower() in lex.markers["shouting_cues"]


def is_relative(token: Token) -> bool:
    return token.pos_ == "PRON" and "PronType=Rel" in token.morph


def _in_mention_of(token: Token, types: tuple[str, ...]) -> bool:
    """The token lies in a mention the actors component gave an actor of one of these types."""
    return any(a.type in types and any(m.start <= token.idx < m.end for m in a.mentions) for a in token.doc._.actors)


def relative_antecedent(pronoun: Token) -> Token | None:
    """The noun phrase a relative subject stands for. The parser often hangs the relative clause on the
    wrong noun (« à 20 heures par Météo-France, qui déclare »): take the nearest noun before the pronoun,
    outside brackets (« Laurent Wauquiez (LR), qui »), raised from a complement to the person it describes
    (« le chef de mission pour la Syrie qui » is the head of mission), then from a role to the name it stands
    in apposition to."""
    doc = pronoun.doc
    stop = unit_of(pronoun).start
    depth = 0
    found = None
    for i in range(pronoun.i - 1, stop - 1, -1):
        t = doc[i]
        if t.text in (")", "]"):
            depth += 1
        elif t.text in ("(", "["):
            depth = max(0, depth - 1)
        elif depth == 0 and t.pos_ in ("NOUN", "PROPN") and not in_time(t):
            found = t  # (not a date's noun: « un rapport de la CIA publié deux semaines plus tôt qui »)
            break
        elif depth == 0 and t.pos_ in ("VERB", "AUX"):
            if t.dep_ == "acl" and "VerbForm=Part" in t.morph:
                continue  # a participle that describes the noun before it (« un rapport publié la veille qui »)
            return None  # another clause stands between: leave it to the parse
    if found is None:
        return None
    while found.dep_ in ("flat:name", "flat") and found.head.i < found.i:
        found = found.head
    while (found.dep_ == "nmod" and any(c.dep_ == "case" for c in found.children) and found.head.i < found.i
           and found.head.pos_ in ("NOUN", "PROPN") and _in_mention_of(found.head, ("PER",))):
        found = found.head
    if found.dep_ == "appos" and found.head.pos_ == "PROPN" and found.head.i < found.i:
        found = found.head
    return found if _can_speak(found) else _speaking_noun_above(found)


def _speaking_noun_above(token: Token) -> Token | None:
    """The noun of someone who may speak that heads the noun phrase ending at `token`, up its complements and the
    adjectives they hang on (« la source proche de l'enquête, qui », « un militant opposé à la loi travail qui »,
    « l'opposition, qui »): the phrase's top noun, when the lexicon counts it among the people (speaking heads,
    source nouns); None otherwise (« malgré la grève des manifestants, qui »: the strike). Not across a verb
    (« le ministre, interpellé par un militant qui »)."""
    lex = lexicon(token.doc.lang_)
    people, according_to = lex.people, set(lex.markers["according_to"])
    top = token
    # (a source after « selon » completes no noun: « d'un acte terroriste selon la police, qui »)
    while (token.dep_ in _COMPLEMENT_DEPS or (token.dep_ in ("amod", "acl") and token.pos_ == "ADJ")) and \
            token.head.i < token.i and token.head.pos_ in ("NOUN", "PROPN", "ADJ") and \
            not any(c.dep_ == "case" and c.lower_ in according_to for c in token.children):
        token = token.head
        if token.pos_ != "ADJ":
            top = token
    return top if top.pos_ == "NOUN" and (top.lemma_.lower() in people or top.lower_ in people) else None


_COMPLEMENT_DEPS = ("nmod", "obl", "obl:arg", "obl:mod")


def _can_speak(token: Token) -> bool:
    """A named person, body or place, or a phrase the actors component linked: not « la loi travail »."""
    # a place speaks for its authorities (« la Serbie, qui »)
    return token.ent_type_ in ("PER", "ORG", "LOC", "GPE") or _in_mention_of(token, ("PER", "ORG", "GOV"))


def opens_sentence(verb: Token) -> bool:
    """The verb heads its sentence: only adverbs, prepositions, conjunctions and punctuation before it, or a
    prepositional phrase set off by a comma (« Sur RTL, rappelant que … »)."""
    doc = verb.doc
    unit = unit_of(verb)
    start = unit.start
    if doc[start].pos_ == "ADP":
        comma = next((t.i for t in doc[start:verb.i] if t.text == ","), None)
        if comma is not None and not any(t.pos_ in ("VERB", "AUX") for t in doc[start:comma]):
            start = comma + 1
    # (a clitic on the verb stands before it too: « Se disant « confiant », le conseil … »)
    return not any(not (t.is_punct or t.pos_ in ("ADV", "ADP", "SCONJ", "CCONJ") or
                        (t.pos_ == "PRON" and t.head == verb and not t.dep_.startswith("nsubj")))
                   for t in doc[start:verb.i])


def _subject_after_fronted(verb: Token) -> Token | None:
    """« Estimant que P, il a voté contre », « En affirmant que P, le ministre … »: a participle that opens its
    sentence speaks with the subject of the clause after the comma that ends what it says."""
    doc = verb.doc
    unit = unit_of(verb)
    if not opens_sentence(verb):
        return None  # not at the head of its sentence
    comma = None
    for t, depth in quote_depths(doc[verb.i + 1:unit.end]):
        if comma is None:
            comma = t if depth == 0 and t.text == "," else None
            continue
        if t.dep_ in ("nsubj", "nsubj:pass") and t.head.i > t.i and t.pos_ in ("NOUN", "PROPN", "PRON"):
            return t
        if t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":"):
            comma = t if t.text == "," and depth == 0 else None  # the subject stands right after the comma
    return None


def misread_subject(cue: Cue) -> tuple[Token, tuple[int, int]] | None:
    """The speaker of a cue the tagger read as a noun, which the parse gave no subject (« Le tribunal juge
    illégale la fermeture », « tribunal » made the subject of « fermeture »): the noun phrase on its left."""
    if cue.verb.pos_ in ("VERB", "AUX"):
        return None
    left = subject_on_the_left(cue.verb)
    return None if left is None else (left, mention_span(left, cue.verb))


def subject_on_the_left(verb: Token) -> Token | None:
    """When the parse gives the verb no subject (« Sur Twitter, Manuel Valls, qui …, s'est dit »): the
    nearest noun phrase on its left that is not inside a prepositional phrase, skipping relative clauses."""
    doc = verb.doc
    i = verb.i - 1
    stop = unit_of(verb).start
    while i >= stop:
        t = doc[i]
        relative = next((a for a in [t, *t.ancestors] if a.dep_ == "acl:relcl" and a.i < verb.i), None)
        if relative is not None and relative.head.i < i:
            i = relative.head.i
            continue
        if t.pos_ in ("NOUN", "PROPN") or (t.pos_ == "PRON" and t.dep_.startswith("nsubj")):
            while t.dep_ == "flat:name" and t.head.i < t.i:
                t = t.head
            if _name_cut_off(t, stop):
                i = t.i - 1  # « Le Haut Commissaire des Nations | Unies … a qualifié »: the name goes on before
                continue
            if any(c.dep_ == "case" for c in t.children):
                i = min(x.i for x in t.subtree) - 1  # « pour sa part », « sur Twitter »: skip the phrase
                continue
            opener = _relative_incise_opener(t, verb)
            if opener is not None:
                i = opener - 1  # « X, qui est le bras droit de Y, a annoncé »: X, not Y
                continue
            governor = t.head
            if governor.pos_ == "VERB" and governor != verb and stop <= governor.i < t.i and \
                    t.dep_ in ("obj", "iobj", "obl", "obl:arg", "obl:mod") and \
                    "VerbForm=Fin" not in governor.morph:
                # « X, en déplacement à Y pour inaugurer la caserne, a rappelé »: the object of an infinitive or a
                # participle set into the apposition is no subject; on to that verb (skipped to the comma before it)
                i = governor.i
                continue
            return t
        if t.pos_ == "VERB" and t.head != verb:
            comma = next((doc[k] for k in range(i - 1, stop - 1, -1) if doc[k].text == ","), None)
            if "VerbForm=Fin" in t.morph or comma is None:
                return None  # another clause: its subject is not this verb's
            i = comma.i - 1  # « Alain Juppé, éliminé au premier tour, a affirmé »: a participle set off by commas
            continue
        i -= 1
    return None


def _name_cut_off(token: Token, stop: int) -> bool:
    """A word of a name that the parse left as a root of its own right after the name word before it, which it hung on
    the words before (« le Haut Commissaire des Nations | Unies aux réfugiés »): the end of that name, not a subject."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > stop else None
    return token.pos_ == "PROPN" and token.dep_ == "ROOT" and before is not None and before.pos_ == "PROPN" and \
        before.head.i < before.i and before.dep_ == "nmod"


def _relative_incise_opener(noun: Token, verb: Token) -> int | None:
    """The comma that opens a relative clause set off by commas (« , qui … , ») when `noun` lies inside it and the
    clause closes before `verb`, whatever the parse hung the clause's words on; None when it does not."""
    doc = noun.doc
    if not any(doc[k].text == "," for k in range(noun.i + 1, verb.i)):
        return None  # the clause is not closed before the verb
    stop = unit_of(noun).start
    for k in range(noun.i - 1, stop, -1):
        if doc[k].text == ",":
            return None  # a comma before any relative pronoun: the noun is not inside such a clause
        if is_relative(doc[k]) and doc[k - 1].text == "," and k - 1 > stop:
            return k - 1
    return None


def inverted_subject(cue: Cue) -> Token | None:
    """The subject standing after the cue of an incise: « a souligné Kirby », « ajoute-t-elle »,
    « conclut tout simplement Joji Otaki » (the parser often calls it an object)."""
    doc = cue.verb.doc
    clitic = _inverted_clitic(cue.verb)
    if clitic is not None and clitic.i < cue.verb.i:
        return clitic  # « », a-t-il déclaré dans un message vidéo
    i = cue.last + 1
    sent_end = unit_of(cue.verb).end
    phrase = None
    euphonic = lexicon(doc.lang_).markers["euphonic_t"]
    while i < sent_end and not is_clitic_subject(doc[i]):
        if doc[i].pos_ == "ADV" or doc[i].lower_ in euphonic or doc[i].text == "," or in_time(doc[i]) or \
                _set_off_attribute(doc[i]):
            i += 1  # (« a déclaré lundi soir à la presse le président »: a date is no subject)
            continue
        # « a assuré jeudi, à l'issue d'un conseil des ministres particulièrement tendu, la porte-parole »: the rest
        # of a long phrase set into the incise (its complements, a participle on it) is no subject either
        if phrase is not None and _rest_of_phrase(doc[i], phrase):
            i += 1
            continue
        phrase = incidental_phrase(doc[i], cue.verb)  # « a salué pour sa part le Premier ministre »
        if phrase is None:
            after = _after_set_in_phrase(doc, i, sent_end)
            if after is None:
                break
            i = after
            continue
        i = phrase.i + 1
        # the words that end the phrase's noun (« Premier ministre », « message vidéo »), not a new noun phrase
        while i < sent_end and doc[i].head == phrase and (doc[i].dep_ in ("flat:name", "flat") or (
                doc[i].pos_ in ("NOUN", "ADJ") and not any(c.dep_ == "det" for c in doc[i].children))):
            i += 1
        i = _rest_of_name(doc, i, sent_end)
    if i >= sent_end:
        return None
    t = doc[i]
    if is_clitic_subject(t):
        return t
    latter = _latter_pronoun_at(doc, i, sent_end)
    if latter is not None:
        return latter
    # « a précisé un de ses avocats », « a indiqué l'un des témoins »: a pronoun or number standing for one of a
    # group the noun after it names
    partitive = t.pos_ in ("PRON", "NUM") and any(c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN") and c.i > t.i
                                                   for c in t.children)
    if t.pos_ in ("DET", "PROPN", "NOUN") or (t.pos_ == "ADJ" and t.is_title) or partitive:
        j = i
        while j < sent_end and doc[j].pos_ not in ("NOUN", "PROPN"):
            j += 1
        return doc[j] if j < sent_end else None
    return None


def _latter_pronoun_at(doc, i: int, sent_end: int) -> Token | None:
    """« », a expliqué ce dernier », « a précisé cette dernière »: the inverted subject is an anaphor of two words
    (`latter_pronouns`) whose second the tagger reads as an adjective, no noun; its second word (`could_speak`), or
    None when the words at `i` are no such anaphor."""
    if i + 1 >= sent_end or doc[i].pos_ != "DET":
        return None
    latter = lexicon(doc.lang_).markers["latter_pronouns"]
    return doc[i + 1] if f"{doc[i].lower_} {doc[i + 1].lower_}" in latter else None


def _set_off_attribute(token: Token) -> bool:
    """An adjective or a participle alone between commas in an incise (« », racontent, excédés, les habitants »): it
    says how the speaker is, it is no subject."""
    doc = token.doc
    return (token.pos_ == "ADJ" or (token.pos_ == "VERB" and "VerbForm=Part" in token.morph)) and \
        0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "," and doc[token.i + 1].text == ","


def _after_set_in_phrase(doc, i: int, sent_end: int) -> int | None:
    """Where the noun phrase after a prepositional phrase starts, when the parse lost the phrase's link to the
    verb of the incise (« a plaidé samedi lors d'une réunion publique la conseillère X », « a insisté sur une
    radio locale le maire »: the subject read as an apposition of the phrase's noun). Read in word order: a
    preposition, its noun phrase, then an article with no preposition before it opens the inverted subject
    (not one that may be « de » + article, « des », « du »: a complement of the noun before). None otherwise."""
    complements = lexicon(doc.lang_).markers["noun_complement_prepositions"]
    j = i
    while j < sent_end and doc[j].pos_ == "ADP":
        j += 1  # « lors d' », « à l' issue de »
        while j < sent_end and ((doc[j].pos_ in ("DET", "NOUN", "ADJ", "PROPN") or _name_goes_on(doc[j])) and
                                not (doc[j].pos_ == "DET" and (doc[j - 1].pos_ in ("NOUN", "ADJ", "PROPN") or
                                                               _name_goes_on(doc[j - 1])))):
            j += 1
    opener = doc[j] if i < j < sent_end else None
    if opener is None or opener.pos_ != "DET" or opener.lower_ in complements or \
            (doc[j - 1].pos_ not in ("NOUN", "ADJ", "PROPN") and not _name_goes_on(doc[j - 1])):
        return None
    return j


def _name_goes_on(token: Token) -> bool:
    """A capitalised word inside a sentence right after a name, whatever its tag: the next word of that name
    (« sur Radio Est », « sur France Bleu Nord »: « Est » read as the verb « être », « Nord » as a name of its own)."""
    doc = token.doc
    return token.i > 0 and token.is_title and token.is_alpha and not token.is_sent_start and \
        (doc[token.i - 1].pos_ == "PROPN" or (doc[token.i - 1].is_title and doc[token.i - 1].is_alpha))


def _rest_of_name(doc, i: int, sent_end: int) -> int:
    """Past the words that go on the name of a prepositional phrase set into an incise when an article follows
    them (« a assuré sur France Bleu Nord la présidente »: « Bleu Nord » still the radio's name, « la présidente »
    the subject); `i` itself when no article follows the capitalised words (« a dit à Reuters Jean Dupont »)."""
    j = i
    while j < sent_end:
        if _name_goes_on(doc[j]):
            j += 1
        elif j + 1 < sent_end and _glued_hyphen(doc[j]):
            j += 2  # « à Nice-Matin », split into three words
        else:
            break
    return j if i < j < sent_end and doc[j].pos_ == "DET" else i


def _glued_hyphen(token: Token) -> bool:
    """A hyphen written with no space between two capitalised words (« Nice-Matin », « Paris-Normandie »): inside
    one name, whatever the tokenizer split."""
    doc = token.doc
    return token.text == "-" and 0 < token.i < len(doc) - 1 and not doc[token.i - 1].whitespace_ and \
        not token.whitespace_ and doc[token.i - 1].is_title and doc[token.i + 1].is_title


def _rest_of_phrase(token: Token, phrase: Token) -> bool:
    """`token` continues the prepositional `phrase` set into an incise: inside its subtree, a word of a noun phrase
    that has a preposition of its own (« d'un conseil », « des ministres »), a participle on a noun and its adverbs
    (« organisée », « particulièrement tendu »), or a comma; not a noun phrase without a preposition, which the
    parse hung there but which is the inverted subject (« … devant l'usine, le délégué syndical »)."""
    if token.text == ",":
        return True
    if not phrase.left_edge.i <= token.i <= phrase.right_edge.i:
        return False
    if token.pos_ == "ADV" or (token.pos_ == "VERB" and token.dep_ == "acl" and "VerbForm=Part" in token.morph):
        return True
    nominal = token.head if token.dep_ in ("det", "case", "amod", "nummod", "flat:name", "flat") else token
    return nominal.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and any(
        c.dep_ == "case" and c.i < nominal.i for c in nominal.children)


def in_time(token: Token) -> bool:
    """Inside a time expression (« a déclaré mardi que »): a date is neither the verb's subject nor its object."""
    return any(t.span.start <= token.idx < t.span.end for t in token.doc._.timexes)


def incidental_phrase(token: Token, verb: Token) -> Token | None:
    """The head of the prepositional phrase on the verb that `token` lies in (« pour sa part », « à Reuters »,
    « sur Twitter »): a phrase set into an incise between the verb and its subject. None when it is not in one."""
    phrase = token
    for _ in range(4):
        if phrase.head == verb:
            break
        if phrase.head.i == phrase.i:
            return None
        phrase = phrase.head
    # « a dit de lui X »: a pronoun after a preposition, whatever relation the parse gives it
    oblique = phrase.dep_.startswith("obl") or (phrase.pos_ == "PRON" and phrase.dep_ in ("xcomp", "obj", "iobj"))
    if phrase.head != verb or phrase.i < token.i or not oblique or phrase.dep_ == "obl:agent":
        return None
    return phrase if any(c.dep_ == "case" and c.i < phrase.i for c in phrase.children) else None


def _restricting_que(verb: Token) -> Token | None:
    """« n'a confirmé que le blocage »: « ne » with no word that completes a negation before a `que` after the verb
    restricts what it governs (« only »), it does not deny it; that `que`, or None."""
    markers = lexicon(verb.doc.lang_).markers
    for t in verb.doc[verb.i + 1:min(len(verb.doc), verb.i + 6)]:
        if t.lower_ in markers["negation_forclusives"] or t.is_punct:
            return None
        if is_complementizer(t, markers["complementizer"]):
            return t
    return None


def _verb_with_ne(cue: Token) -> Token | None:
    """The verb that carries « ne »: the cue or a verb it is the complement of, up to three levels (« rien ne permet
    d'affirmer que »); None where there is none, or where it is a denied verb of failing or hesitating, whose
    denial affirms the cue (« n'a pas manqué de rappeler que », « n'hésite pas à dire que »)."""
    markers = lexicon(cue.doc.lang_).markers
    verb = cue
    for _ in range(3):
        if carries_negation(verb):
            return None if verb is not cue and verb.lemma_.lower() in markers["litotes_governors"] else verb
        if verb.dep_ not in ("xcomp", "ccomp") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def restricting_que(verb: Token) -> Token | None:
    """The `que` of a restriction on the verb or the verb it is the complement of (« n'ont pu relever qu'une
    empreinte »), which opens no reported clause; None where « ne » denies or is absent."""
    negated = _verb_with_ne(verb)
    return _restricting_que(negated) if negated is not None else None


def is_negated(verb: Token) -> bool:
    """« n'a pas dit que », « rien ne permet d'affirmer que »: not a claim of the subject (a restriction, « n'a dit
    que … », is one; so is a cue under a denied verb of failing, see _verb_with_ne)."""
    negated = _verb_with_ne(verb)
    return negated is not None and _restricting_que(negated) is None


def denied(cue: Cue) -> bool:
    """The cue is denied, so its subject claims nothing (« n'a pas dit que »); not a locution that holds its own
    negation (« n'exclut pas que P » affirms P may be)."""
    return is_negated(cue.verb) and not cue.entry.holds_negation


def inverted_span(subject: Token) -> tuple[int, int]:
    """Character span of a subject after its verb: the words up to punctuation or a new clause."""
    if is_clitic_subject(subject) or latter_determiner(subject) is not None:
        return mention_span(subject)
    doc = subject.doc
    first = subject.i
    # (an article opens the phrase: an adjective before it ends the phrase before, « lors d'une réunion publique
    # la conseillère »)
    while first > 0 and doc[first - 1].pos_ in ("DET", "ADJ", "NUM") and not doc[first - 1].is_punct and \
            doc[first].pos_ != "DET":
        first -= 1
    last = subject.i
    end = unit_of(subject).end
    # (a conjunction inside the phrase goes on with it: « ont confirmé des rapports de la compagnie et de l'agence »)
    while last + 1 < end and (not doc[last + 1].is_punct or doc[last + 1].text == "-" or _elision_mark(doc[last + 1])) \
            and (doc[last + 1].pos_ not in ("VERB", "AUX", "SCONJ", "CCONJ", "ADV") or
                 _inner_coordination(doc[last + 1], subject)):
        last += 1
    return doc[first].idx, doc[last].idx + len(doc[last])


def _elision_mark(token: Token) -> bool:
    """« à l’ AFP »: an apostrophe glued to the elided article before it, a space after (as some sources print it),
    is that article's, not punctuation that ends the phrase."""
    return token.text in ("'", "’") and token.i > 0 and not token.doc[token.i - 1].whitespace_ and \
        token.doc[token.i - 1].text[-1:].isalpha()


def _inner_coordination(token: Token, subject: Token) -> bool:
    """A conjunction inside the speaker's phrase (« le ministre de l'Agriculture et de la Pêche », « des sources
    policières ou judiciaires »): its conjunct is a complement with its preposition or an adjective, not a second
    speaker coordinated with the first (« Paul et Marie »), which the span leaves, nor the conjunction before the
    subject itself (« ou encore du Joueur, qui »)."""
    if token.dep_ != "cc" or token.head.dep_ != "conj" or token.head.i < token.i or token.head.i == subject.i:
        return False
    conjunct = token.head
    return conjunct.pos_ == "ADJ" or any(c.dep_ == "case" and c.i < conjunct.i for c in conjunct.children) or \
        couple_named(subject, conjunct)


def couple_named(first: Token, conjunct: Token) -> bool:
    """« Thierry et Véronique Roy »: a bare given name coordinated with the full name right after it names a couple
    under one surname, one speaker; « Paul Durand et Marie Lenoir » are two."""
    def surnamed(t: Token) -> bool:
        return any(c.dep_ == "flat:name" and c.i > t.i for c in t.children)
    return first.pos_ == "PROPN" and conjunct.pos_ == "PROPN" and conjunct.head.i == first.i and \
        conjunct.i == first.i + 2 and not surnamed(first) and surnamed(conjunct)


def _misread_verb_before(word: Token, verb: Token) -> bool:
    """« le Vatican riposte en réaffirmant »: a word the tagger took for an adjective of the subject, right before a
    gerund (only its « en » between) on the cue's side, that is a form of a verb of the speech lexicon: the clause's
    own verb, not a word of the speaker's name."""
    if word.pos_ != "ADJ" or word.dep_ != "amod" or any(True for _ in word.children):
        return False
    doc = word.doc
    if verb.i < word.i + 2 or word.i + 2 >= len(doc):
        return False
    mark, gerund = doc[word.i + 1], doc[word.i + 2]
    if mark.dep_ != "mark" or mark.head != gerund or not _is_gerund(gerund):
        return False
    return lexicon(word.doc.lang_).misread_entry(word.lower_) is not None


def _defining_relative(clause: Token, subject: Token) -> bool:
    """« celui qui est considéré comme le chef du groupe »: the relative clause of a demonstrative pronoun is who it
    names, part of the mention."""
    return clause.dep_ == "acl:relcl" and clause.head.i == subject.i and \
        subject.lower_ in lexicon(subject.doc.lang_).markers["demonstrative_heads"]


def mention_span(subject: Token, limit: Token | None = None, antecedent: bool = False) -> tuple[int, int]:
    """Character span of the subject phrase: its subtree without relative clauses or trailing punctuation,
    kept on the subject's side of the verb. The antecedent of a relative subject is the noun phrase without
    its preposition (« selon le président …, qui » → « le président … »)."""
    if is_clitic_subject(subject):
        text = subject.text
        offset = len(text) - len(text.lstrip("-"))
        if text[offset:].lower().startswith("t-"):
            offset += 2
        return subject.idx + offset, subject.idx + len(text)
    determiner = latter_determiner(subject)
    if determiner is not None:  # « a expliqué ce dernier à la sortie »: the anaphor alone, not its complements
        return determiner.idx, subject.idx + len(subject.text)
    tokens = [subject]
    stack = list(subject.children)
    while stack:
        t = stack.pop()
        if (t.dep_ in _CUT_DEPS and not _inner_coordination(t, subject) and not _defining_relative(t, subject)) or (
                antecedent and t.dep_ == "case" and t.head.i == subject.i and t.i < subject.i):
            continue
        if limit is not None and ((subject.i < limit.i) != (t.i < limit.i)):
            continue
        tokens.append(t)
        stack.extend(t.children)
    idx = sorted(t.i for t in tokens)
    # keep the contiguous run around the subject head
    lo = hi = idx.index(subject.i)
    while lo > 0 and idx[lo - 1] == idx[lo] - 1:
        lo -= 1
    while hi < len(idx) - 1 and idx[hi + 1] == idx[hi] + 1:
        hi += 1
    doc = subject.doc
    first, last = idx[lo], idx[hi]
    while last > first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    while first < last and (doc[first].is_punct or doc[first].is_space):
        first += 1
    determiners = [c.i for c in subject.children if c.pos_ == "DET" and c.dep_ == "det" and c.i < subject.i]
    if antecedent and determiners:
        first = max(first, max(determiners))  # « excepté entre autres la Serbie, qui »: the noun phrase opens there
    if limit is not None and last > first and _misread_verb_before(doc[last], limit):
        last -= 1  # « le syndicat riposte en dénonçant »: the verb the tagger made an adjective is not the mention
    while first > 0 and not doc[first - 1].whitespace_ and (doc[first - 1].is_alpha or doc[first - 1].text == "-"):
        first -= 1  # « Météo-France »: a span never cuts a word the parser split at its hyphen
    while last + 1 < len(doc) and not doc[last].whitespace_ and (doc[last + 1].is_alpha or doc[last + 1].text == "-"):
        last += 1
    named = doc[last].ent_type_ and doc[last].ent_iob_ in ("B", "I")
    while named and last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I" and (limit is None or last + 1 < limit.i):
        last += 1  # « la revue Nature Medicine »: a span never cuts a name the parser hung elsewhere
    opened = sum(doc[k].text == "(" for k in range(first, last + 1)) - sum(doc[k].text == ")" for k in range(first, last + 1))
    if opened > 0 and last + 1 < len(doc) and doc[last + 1].text == ")":
        last += 1  # « Laurent Wauquiez (LR) »: a bracket is kept whole
    return doc[first].idx, doc[last].idx + len(doc[last])
