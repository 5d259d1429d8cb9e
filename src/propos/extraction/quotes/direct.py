"""Direct quotations from the paired quote marks (`doc._.quote_pairs`) and their attribution.

Where the speaker is looked for, in order: the incise after the closing mark (« … », a souligné Kirby /
« … » a-t-elle dit / « … », selon X); a cue before the opening mark in the same sentence (« X a déclaré :
« … » »); a previous sentence ending with a colon; a dash line after the quotation (« — Porte-parole des
pompiers »). A quotation with none of these is floating (the speaker carried over, decided later); a short
fragment with no speaker anywhere near is a scare quote or a title, not a quotation.

Stop 49 (men49): before a colon, a clause whose subject is a thing and whose predicate names whose view it gives
(« Le constat est partagé par X : », « L'inquiétude est palpable chez X : », « Le discours est autre pour X : »,
« Le ton est ferme du côté de X : ») gives the quotation to X (`_view_holder`, rule direct-colon-holder) rather than
to « le constat ». A paragraph that is a role, a comma and a name before the colon (« Le président de la
communauté de communes, Yannick Le Dréau : « … » », longer than the short « Name : » of `_colon_subject`) gives it
to that person (`_role_then_name`, direct-colon-name) instead of floating. Blind probe
tests/test_noun_mention_probe.py; each touched 0 quotes on train, dev and ../shared. Likewise a clause
coordinated after the cue's with a person or body as its own subject and ending with the colon (« La proposition a
été rejetée par le conseil, mais le maire X reste confiant : « … » »: X, not the council; `_later_conjunct_subject`;
a subordinate clause, « alors que le préfet Y était présent : », keeps the cue's subject): 0 quotes touched. And a
thing, no document, as the subject of a verb whose object is a person or a body before the colon (« La décision a
surpris le maire X : », « L'annonce a réjoui la présidente du club, X : »; not « Le rapport cite le ministre : »,
D16/D17): the object speaks (`_moved_object`, `_moved_by_cue`): 0 quotes touched on train, dev and ../shared.

Stop 49 (cbf49, issue 12 item 4, blind probe tests/test_speaker_mention_probe.py): before a colon, a cue in a
relative clause on a noun of a verb of speech's clause, when the parse hangs the quoted words on that verb, is passed
over (`_relative_passed_over`: « La ministre X a répondu au député Y, qui l'accusait de mentir : « … » »: X's
answer, not Y's charge; not after a report verb, « a salué les pompiers, qui ont raconté : », nor when the parse
hangs the words on the relative's verb, « a rencontré la ministre Y, qui lui a assuré : »); with it a reported
infinitive ends before a colon that opens quote marks (indirect.infinitive_end), which had swallowed the quotation.
Dev: mention and resolved +1 (e2e 320 → 321), train and ../shared 0 quotes touched (+1 dev only). `_speaks_for_itself`
keeps a role noun the tagger reads inside a place name (« écartée par le procureur de la République de Brest, X : »,
the thing « Cette hypothèse » spoke): 0 quotes touched on train, dev and ../shared.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from propos.extraction.quotes.candidate import Candidate, is_headline, token_at, trim
from propos.extraction.quotes.cues import (
    Cue,
    agent_of,
    cue_subject,
    in_time,
    incidental_phrase,
    inverted_span,
    inverted_subject,
    is_clitic_subject,
    is_complementizer,
    is_negated,
    is_present_participle,
    is_relative,
    mention_span,
    passive_participle,
    quoted_noun_agent,
    relative_antecedent,
    so_called,
    subject_of,
    written_relative,
)
from propos.extraction.quotes.indirect import (
    clause_end,
    concession_follows,
    event_comment_follows,
    is_finite,
    is_source,
    marker_at,
    narration_resumes,
    read_in_incise,
    resumptive_follows,
    source_phrase,
)
from propos.extraction.quotes.lexicon import Lexicon
from propos.extraction.quotes.units import unit_of
from propos.language.layout import line_break_between, line_end
from propos.language.quotemarks import (
    ALL,
    CLOSING,
    OPENING,
    QuotePair,
    quote_depths,
)
from propos.language.textprep import doc_text
from propos.language.tokens import tokens_starting_in

# tokens that may stand between a closing mark and the verb of its incise (« », a-t-il ajouté)
_INCISE_GAP = 4
_MIN_FLOATING_WORDS = 6
# the rule of a single quoted word in narration, left to the learned fragment model
FLOATING_WORD = "floating-word"


def _clause_before(doc: Doc, open_tok: Token, close_tok: Token, sent: Span) -> bool:
    """A finite verb before the closing mark, in the words that open the sentence or inside the quote marks (« Le
    texte définit la famille comme une « union … » a rapporté X », « Les rafales « pourront atteindre … » a averti
    X »): the quotation ends a clause of its own, so a verb right after it, even without a comma, is an incise
    (unlike « le site « Union 84 » a publié … », where the quote marks hold a name inside the verb's subject)."""
    return any(is_finite(t) for t in doc[sent.start:close_tok.i] if t.i != open_tok.i)


def _bare_incise_verb(verb: Token, open_tok: Token) -> bool:
    """A verb that can open an incise without a comma: not a participle without its auxiliary (« … » estimant
    que, « … » lancée par X), and without a subject of its own before the quote marks (« Le communiqué qui parle de « … »
    annonce une réunion »: the verb of the sentence, not an incise)."""
    if "VerbForm=Part" in verb.morph and not any(c.dep_.startswith("aux") for c in verb.children):
        return False
    return not any(c.dep_.startswith("nsubj") and c.i < open_tok.i for c in verb.children)


def _attribute(cand: Candidate, cue: Cue, rule: str, confidence: float, pair: QuotePair,
               inverted: bool = False) -> bool:
    """Give the quotation the cue's subject; never a subject inside the quotation itself."""
    subject = inverted_subject(cue) if inverted else None
    if subject is not None:
        span = inverted_span(subject)
    else:
        found = cue_subject(cue)
        if found is None or pair.start <= found[0].idx < pair.end:
            return False
        subject, span = found
        if span[0] <= pair.start and pair.end <= span[1] + 1:
            return False  # « X, membre des « Y », affirme … »: the quoted words are inside the subject, no one says them
        cand.mention = written_relative(cue)
    cand.cue = (cue.start, cue.end)
    cand.speaker = span
    cand.speaker_head = subject
    cand.rule = rule
    cand.confidence = confidence
    return True


# what a speech verb says when its object, a noun phrase, holds quoted words (« condamne toute « discrimination » »)
_SAID_DEPS = ("obj", "obl:arg")


def _attribute_given(doc: Doc, cue: Cue, open_tok: Token, lex: Lexicon) -> bool:
    """The quoted words are what a verb of naming or judgement calls its object, after `de` or `comme` (« a qualifié
    ses adversaires de « bande de lâches » », « décrit le projet comme une « menace » », « qu'il considère comme
    « politisé » »): a label given, the quoted words alone are the quotation, not the object named with them."""
    naming = cue.entry.expression in lex.markers["naming_cues"]
    if not naming and cue.entry.expression not in lex.markers["object_attribute_cues"]:
        return False
    links = set(lex.markers["attribute_as"]) | (set(lex.markers["naming_links"]) if naming else set())
    i = open_tok.i - 1
    if i > cue.last and doc[i].pos_ == "DET":
        i -= 1  # « comme une « menace » »
    if i <= cue.last:
        return False
    word = doc[i].lower_.replace("\u2019", "'")
    if word == "'" and i - 1 > cue.last:
        word = doc[i - 1].lower_ + word  # « d'« agression » », the elision read apart
    close = next((t for t in doc[open_tok.i + 1:] if t.text in CLOSING), None)
    after = doc[close.i + 1] if close is not None and close.i + 1 < len(doc) else None
    if after is not None and "PronType=Rel" in after.morph:
        return False  # « de « juge et partie » qui aurait « nié … » »: the label goes on in its relative clause
    return word in links


def _widen_to_object(doc: Doc, cand: Candidate, cue: Cue, open_tok: Token, sent: Span, lex: Lexicon) -> None:
    """A quoted fragment inside what the cue says makes that whole phrase the (mixed) quotation: « dénonce
    une présumée « discrimination » à l'égard des Asiatiques », not the fragment alone."""
    token = doc[open_tok.i + 1] if open_tok.i + 1 < sent.end else None
    while token is not None and token.head.i != token.i and token.head != cue.verb:
        token = token.head
    if token is None or token.head != cue.verb or token.dep_ not in _SAID_DEPS or token.i <= cue.last or \
            token.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
        return  # a clause is the reported clause's business (indirect.py); here, a noun phrase
    words = set(token.subtree)
    # « dénonce « la colère » et « l'hostilité » affichée … »: the parser often hangs a coordinated object on the
    # verb; it is said all the same
    for conj in cue.verb.children:
        if conj.dep_ == "conj" and conj.i > token.i and conj.pos_ in ("NOUN", "PROPN") and \
                any(c.dep_ == "cc" and c.i < conj.i for c in conj.children) and \
                not any(c.dep_.startswith("nsubj") for c in conj.children):
            words |= set(conj.subtree)
    tokens = sorted(t.i for t in words if t.i > cue.last and t.i < sent.end)
    if tokens and tokens[0] - 1 > cue.last and doc[tokens[0] - 1].text in OPENING:
        tokens.insert(0, tokens[0] - 1)  # the opening mark the parser hung on the verb
    if not tokens or tokens != list(range(tokens[0], tokens[-1] + 1)) or tokens[-1] - tokens[0] > 40:
        return  # not one stretch of words, or a whole clause: leave the fragment as it is
    last = cand_last(doc, cand)
    comment = next((k for k in tokens if k > last and event_comment_follows(doc[k], lex)), None)
    if comment is not None:  # « un « plan de casse » pour les gares, ce qui a été contesté … »: the narration's
        tokens = tokens[:tokens.index(comment)]
    start, end = trim(doc, doc[tokens[0]].idx, doc[tokens[-1]].idx + len(doc[tokens[-1]]))
    if start <= cand.start and cand.end <= end:
        cand.start, cand.end = start, end


def _main_verb_resumes(participle: Token, token: Token | None) -> bool:
    """After a participial phrase set before it (« X, faisant part de …, a déclaré »), the finite verb of the
    phrase's subject, with no subject of its own after the comma: the sentence's own predicate."""
    if token is None or not is_finite(token):
        return False
    verb = token.head if token.dep_.startswith("aux") or token.dep_ == "cop" else token
    return not any(c.dep_.startswith("nsubj") and c.i > participle.i for c in verb.children) and \
        not any(c.dep_.startswith("nsubj") and c.i > participle.i for c in token.children)


def _adjunct_after(doc: Doc, comma: Token, stop: int, lex: Lexicon) -> bool:
    """After a comma, a participle (« , reconnaissant ainsi … », « , y voyant … »), a gerund of a verb of the speech
    lexicon (« , en évoquant … »: the speaker's next act) or `sans` and an infinitive (« , sans en préciser la
    nature »), clitics, negation and adverbs before it: an adjunct of the narrator's sentence, where what the cue
    says has ended. (A gerund of another verb may say how: « « soulager le poids » de la réforme, en utilisant … ».)"""
    k = comma.i + 1
    infinitive = k < stop and doc[k].lower_ in lex.markers["adjunct_infinitive_prepositions"]
    k += infinitive
    skip = set(lex.markers["object_clitics"]) | set(lex.markers["infinitive_negation"])
    gerund = False
    while k < stop and k - comma.i <= 4 and (doc[k].lower_ in skip or doc[k].pos_ == "ADV"):
        gerund = gerund or doc[k].lower_ in lex.markers["gerund_markers"]
        k += 1
    if k >= stop:
        return False
    if infinitive:
        return doc[k].pos_ in ("VERB", "AUX") and "VerbForm=Inf" in doc[k].morph
    return is_present_participle(doc[k]) and (not gerund or lex.predicate_entry(doc[k]) is not None)


def _opens_que_clause(token: Token, comp: set) -> bool:
    """`que` or `qu'` (one token or two) opening a clause, outside quote marks."""
    doc = token.doc
    if any(p.start <= token.idx < p.end for p in doc._.quote_pairs):
        return False
    return is_complementizer(token, comp)


def _cue_opens_que_clause(cue: Cue, lex: Lexicon) -> bool:
    """The cue's next word but adverbs is `que`: it reports the clause after it, not quoted words before it."""
    doc = cue.verb.doc
    i = cue.last + 1
    while i < len(doc) and doc[i].pos_ == "ADV":
        i += 1
    return i < len(doc) and _opens_que_clause(doc[i], set(lex.markers["complementizer"]))


def _fragment_is_the_phrase(doc: Doc, cue: Cue, open_tok: Token, close_tok: Token, sent: Span) -> bool:
    """« a exprimé sa « profonde préoccupation ». », « a évoqué d'un « effort de transparence » »: only a
    determiner or a preposition between the cue and the quote marks, and the sentence ends at the closing mark: the
    quoted words are the whole phrase but for its function words, and the fragment with its marks is the quotation
    (ANNOTATION_RULES.md: a short verbatim fragment inside a narrative sentence)."""
    between = doc[cue.last + 1:open_tok.i]
    if not len(between) or any(t.pos_ not in ("DET", "ADP") for t in between):
        return False
    nxt = close_tok.i + 1
    return nxt >= sent.end or doc[nxt].text in (".", "!", "?", "…") and all(t.is_space for t in doc[nxt + 1:sent.end])


def _narrow_to_fragment(doc: Doc, cand: Candidate, pair: QuotePair) -> None:
    """« dénonce le « vide présidentiel » », « craint des « pertes » pour … »: when the widened phrase holds, outside
    the quote marks, only its function words (determiners, prepositions), the quoted words are the whole phrase and
    the fragment with its marks is the quotation (ANNOTATION_RULES.md: a short verbatim fragment inside a narrative
    sentence), wherever the sentence ends. (Train: the gold takes the fragment alone 8 times in 8 there; no count
    changes in any mode, train or dev, as the determiner alone keeps the overlap.) So is a phrase that opens on
    function words only and ends with the narrator's complement of the quoted noun (`_complement_after`)."""
    if (cand.start, cand.end) == (pair.start, pair.end):
        return
    outside = [t for t in tokens_starting_in(doc, cand.start, cand.end) if not pair.start <= t.idx < pair.end]
    before = tokens_starting_in(doc, cand.start, pair.start)
    if _only_function_words(outside) or _only_function_words(before) and _complement_after(doc, cand, pair):
        cand.start, cand.end = pair.start, pair.end


def _only_function_words(tokens: list[Token] | Span) -> bool:
    """Some words, all determiners or prepositions (« les », « du »): around quoted words, they make those words
    the phrase's head."""
    return bool(tokens) and all(t.pos_ in ("DET", "ADP") for t in tokens)


def _complement_after(doc: Doc, cand: Candidate, pair: QuotePair) -> bool:
    """After the closing mark, the phrase ends with what the narrator adds to the quoted noun: a complement that the
    parse hangs on it (« les « allégations mensongères » de X », « le « comportement étrange » de X durant … ») or a
    relative clause (« des « blocages » dont … »: its pronoun takes up the quoted noun, wherever the parse hangs the
    clause), with no quoted words, comma or verb of its own but in that relative clause (« sa « confiance » au groupe
    … « afin de … » », « au « 20 Heures » de TF1, ce jeudi, être prêt à … »: the phrase goes on with what was said).
    A complement of the verb (« réclame des « gestes » pour les salariés ») is part of what it says. (Train gold:
    the fragment alone 11 times, the complement with it once.)"""
    tail = tokens_starting_in(doc, pair.end, cand.end)
    if not tail:
        return False
    relative = "PronType=Rel" in tail[0].morph
    if not relative and (tail[0].pos_ != "ADP" or not _hangs_on(tail, pair)):
        return False
    return not any(t.text == "," or t.text in ALL or not relative and t.pos_ in ("VERB", "AUX") for t in tail)


def _hangs_on(words: list[Token], pair: QuotePair) -> bool:
    """Every word of `words` whose head is outside them hangs on a word inside the quote marks of `pair`."""
    inside = {t.i for t in words}
    return all(pair.start <= t.head.idx < pair.end for t in words if t.head.i not in inside)


def _narrow_to_epithet(doc: Doc, cand: Candidate, cue: Cue, pair: QuotePair, lex: Lexicon) -> None:
    """« a dénoncé la parole « malhonnête » du candidat », « en évoquant une santé « déclinante » »: quoted words that
    are only an adjective set on a noun outside the marks (its epithet), after a verb that neither judges nor names
    its object (« trouve le moratoire « insuffisant » » reports a judgement: object and attribute), are the short
    verbatim fragment of ANNOTATION_RULES.md, the quotation with its marks alone. (Train: 2 quotations narrowed, both
    to the gold's extent; a quoted word the parse tags ADJ after a determiner, « son « immobilisme » », is a noun.)"""
    if (cand.start, cand.end) == (pair.start, pair.end) or \
            cue.entry.expression in lex.markers["object_attribute_cues"] or \
            cue.entry.expression in lex.markers["naming_cues"]:
        return
    words = [t for t in tokens_starting_in(doc, pair.start + 1, pair.end - 1) if not t.is_punct]
    if not words or any(t.pos_ not in ("ADJ", "ADV") for t in words):
        return
    text = doc_text(doc)
    if any(mark in text[cand.start:pair.start] + text[pair.end:cand.end] for mark in ALL):
        return  # other quoted words in the phrase: a clause of quoted pieces
    tops = [t for t in words if t.head not in words]
    noun = tops[0].head if len(tops) == 1 else None
    if noun is not None and tops[0].pos_ == "ADJ" and tops[0].dep_ == "amod" and noun.pos_ == "NOUN" and \
            noun.i + 1 < len(doc) and doc[noun.i + 1].idx == pair.start:  # the noun right before the marks
        cand.start, cand.end = pair.start, pair.end


def _widen_to_clause(doc: Doc, cand: Candidate, cue: Cue, open_tok: Token, sent: Span, lex: Lexicon) -> None:
    """What the cue says, from the word after it to the end of its clause, when quoted words stand in it:
    « réclame des « gestes plus concrets » pour les salariés », « refuse de se « laisser abattre » par … »."""
    if cue.entry.expression in lex.markers["naming_cues"] or (
            "VerbForm=Part" in cue.verb.morph and "Tense=Past" in cue.verb.morph and
            not any(c.dep_.startswith("aux") and not (c.dep_ == "aux:pass" and is_finite(c)) for c in cue.verb.children)):
        # « qualifié d'« absurde » », « aussi appelées « … » », « est décrit comme « … » par X » (a passive): a
        # name given, the quoted words alone
        return
    i = cue.last + 1
    while i < open_tok.i and doc[i].pos_ == "ADV":
        i += 1
    if open_tok.i - i > 12:
        return
    if i < open_tok.i and doc[i].lower_ in lex.markers["infinitive_links"]:
        i += 1  # « appelle à « … » », « parle de « … » »: the link word is not what was said
    comp = set(lex.markers["complementizer"])
    for t in doc[i:open_tok.i]:
        if t.lower_ in comp or t.text in ".;:!?" or t.text in ALL or (
                is_finite(t) and any(c.dep_.startswith("nsubj") for c in t.children)):
            return  # a clause of its own stands between the cue and the quoted words
    end = narration_resumes(cue, open_tok.i, clause_end(sent, open_tok.i))
    for t in doc[open_tok.i + 1:sent.end]:  # « a parlé du « procès » et rappelé que … »: the cue's next verb
        if t.idx >= end:
            break
        nxt = doc[t.i + 1] if t.i + 1 < sent.end else None
        if t.text == "," and t.i > cand_last(doc, cand) and (
                _adjunct_after(doc, t, sent.end, lex) or concession_follows(t, lex) or event_comment_follows(t, lex) or
                resumptive_follows(t, lex)):
            end = t.idx  # « souhaite « bonne chance » à Hamon, reconnaissant ainsi sa défaite », « veut « aller
            break  # jusqu'au bout », alors qu'il avait promis … », « …, ce qui a été critiqué », « exige « … », comme
            # l'a lancé X »: the narration's
        if t.pos_ == "CCONJ" and t.i > cand_last(doc, cand) and nxt is not None and _opens_que_clause(nxt, comp):
            end = doc[t.i - 1].idx if doc[t.i - 1].text == "," else doc[t.i - 1].idx + len(doc[t.i - 1])
            break  # « dénonce le « recours excessif à la force », et que la police … »: the cue's next clause
        if t.text == "," and t.i > cand_last(doc, cand) and is_present_participle(cue.verb) and \
                _main_verb_resumes(cue.verb, nxt):
            end = t.idx  # « X, faisant part de son indignation face à des meurtres « odieux », a déclaré que … »: the
            break  # participle's phrase ends where the verb of its subject comes
        verb = t.head
        if t.pos_ == "CCONJ" and verb.dep_ == "conj" and verb.head == cue.verb and verb.i > t.i and \
                verb.pos_ in ("VERB", "AUX") and not any(c.dep_.startswith("nsubj") for c in verb.children):
            end = doc[t.i - 1].idx + len(doc[t.i - 1])
            break
    if cand.speaker is not None and cand.speaker[0] >= cand.end:
        end = min(end, cand.speaker[0])  # « Se disant « confiant » en X, le conseil … »: the speaker ends what it says
    start, end = trim(doc, doc[i].idx, max(end, cand.end))
    if start <= cand.start and cand.end <= end:
        cand.start, cand.end = start, end


def _widen_to_sentence(doc: Doc, cand: Candidate, pair: QuotePair, sent: Span) -> None:
    """« Ces deux espèces sont touchées par un « braconnage meurtrier », a-t-il dit »: words before the quoted ones in
    the sentence that an incise attributes are the reported clause the fragment lies in, one mixed quotation from
    the start of the clause (after a colon or a semicolon) to the closing mark. After other quoted words in the
    sentence, the clause starts after their closing mark and the conjunction that joins a new clause to them
    (« « … » et le ministre doit « faire usage de ses pouvoirs », a précisé le Conseil »: « le ministre doit
    « … » »); opened inside other quote marks, it is left alone (each is attributed with its marks)."""
    start = sent.start_char
    depth = 0  # quotations open before the token
    for t, after in quote_depths(doc[sent.start:sent.end]):
        if t.idx >= pair.start:
            break
        if t.text in (":", ";"):
            start = t.idx + 1
        if after < depth:  # a closing mark that closes
            start = t.idx + 1
            nxt = doc[t.i + 1] if t.i + 1 < sent.end else None
            if nxt is not None and nxt.pos_ == "CCONJ":
                start = nxt.idx + len(nxt)
        elif t.text == '"':
            return
        depth = after
    if depth:
        return
    start, _ = trim(doc, start, pair.start)
    words = doc_text(doc)[start:pair.start].split()
    opener = token_at(doc, pair.start)
    first = doc[opener.i + 1] if opener is not None and opener.i + 1 < len(doc) else None
    if len(words) < 2 or (first is not None and first.text[:1].isupper() and first.pos_ != "PROPN"):
        return  # « … un degré jamais connu « On a atteint … » a-t-il ajouté »: a sentence of its own in marks
    cand.type = "mixed"
    cand.start = start


def _widen_to_quoted_predicate(doc: Doc, cand: Candidate, pair: QuotePair, open_tok: Token, sent: Span,
                                lex: Lexicon) -> None:
    """« justifie sa décision du fait que TF1 et ses chaînes « occupent des fréquences … » », « un mur qui « englobera
    l'essentiel des jardins » »: quoted words that open with the finite verb of a clause whose subject stands before
    the marks are that clause's predicate; the reported clause is one mixed quotation from its subject (a relative
    pronoun included) to the closing mark (ANNOTATION_RULES.md, mixed: the whole reported clause)."""
    skip = set(lex.markers["object_clitics"]) | set(lex.markers["infinitive_negation"])
    first = open_tok.i + 1
    while first < sent.end and (doc[first].lower_ in skip or doc[first].pos_ == "ADV"):
        first += 1  # « Il « ne regrette rien » »: negation, clitics and adverbs before the verb
    if first >= sent.end or not is_finite(doc[first]):
        return
    verb = doc[first].head if doc[first].dep_.startswith("aux") or doc[first].dep_ == "cop" else doc[first]
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") and c.i < open_tok.i),
                   None)  # (« Il « ne regrette rien » »: the parse may read a subject pronoun as expletive)
    if subject is None or subject.left_edge.i < sent.start:
        return
    if any(t.lower_ not in skip and t.pos_ != "ADV" for t in doc[subject.right_edge.i + 1:open_tok.i]):
        return  # the subject is not the phrase right before the marks
    start = subject.left_edge
    while start.i < subject.i and (start.pos_ in ("SCONJ", "CCONJ") or start.dep_ in ("mark", "fixed", "cc")):
        start = doc[start.i + 1]  # « parce que », « et » hung on the subject: not the clause's words
    if any(t.is_punct and t.text not in ("'", "-") for t in doc[start.i:open_tok.i]):
        return  # a comma, a colon or other quoted words inside: not one phrase
    if start.i - 2 >= sent.start and doc[start.i - 2].text in CLOSING and (
            doc[start.i - 1].text == "," or doc[start.i - 1].pos_ == "CCONJ"):
        return  # « « A », les X « B » et « C » »: pieces of one clause, joined as one quotation later
    cand.start = start.idx
    cand.type = "mixed"


def _widen_to_incise(doc: Doc, cand: Candidate, pair: QuotePair, close_tok: Token, cue: Cue, sent: Span) -> None:
    """Quoted words in a clause that goes on after the closing mark up to an incise that attributes it (« c'est
    « un court-circuit » qui est à l'origine de l'incident, précise X », « « L'apparence compte » quand on exerce une
    fonction publique, répond X »): the reported clause is one mixed quotation, from its start (as for an incise
    right after the closing mark) to the comma before the incise."""
    if unit_of(close_tok).start != sent.start or inverted_subject(cue) is None:
        return
    comma = next((t for t in reversed(doc[close_tok.i + 1:cue.i]) if t.text == ","), None)
    if comma is None or comma.i == close_tok.i + 1 or any(t.text in ALL or t.text in ".;:!?" for t in
                                                          doc[close_tok.i + 1:comma.i]):
        return  # the incise right after the closing mark (_incise_after), or other quoted words between
    if any(not (t.is_punct or t.pos_ in ("AUX", "ADV") or t.dep_.startswith("aux") or t.text.startswith("-"))
           for t in doc[comma.i + 1:cue.i]):
        return  # « », d'autres policiers déclarent …: a new clause, not an incise
    cand.end = trim(doc, pair.start, comma.idx)[1]
    cand.type = "mixed"
    if not _starts_sentence(doc, pair, sent):
        _widen_to_sentence(doc, cand, pair, sent)


def cand_last(doc: Doc, cand: Candidate) -> int:
    """The index of the candidate's last token."""
    return doc.char_span(cand.start, cand.end, alignment_mode="expand")[-1].i


def _labels_a_noun(cue: Cue, lex: Lexicon) -> bool:
    """A naming verb's past participle that modifies the noun before it, without an auxiliary (« la matière dite
    « normale » », « le comportement qualifié d'« anti-sportif » »): what follows is the noun's label."""
    verb = cue.verb
    return cue.entry.expression in lex.markers["naming_participles"] and "VerbForm=Part" in verb.morph and \
        "Tense=Past" in verb.morph and verb.dep_ in ("acl", "amod") and verb.head.i < verb.i and \
        verb.head.pos_ in ("NOUN", "PROPN") and not any(c.dep_.startswith("aux") for c in verb.children) and \
        agent_of(verb, passive=False) is None  # « qualifiés par l'entreprise de « partenaires » »: the company says it


# a bound on the words between a source marker and the quote marks, for a source with a long description
_LONG_SOURCE_TOKENS = 32


def _source_before(doc: Doc, cand: Candidate, open_tok: Token, sent: Span, lex: Lexicon) -> bool:
    """« Selon X, « … » », « d'après un policier, « … » »; « Pour lui, « … » », « Pour la députée X, « … » » (an
    opinion marker that opens its clause, before someone who may hold a view)."""
    according = set(lex.markers["according_to"])
    opinion = set(lex.markers["opinion_for"])
    marker_ends = according | opinion | set(lex.markers["according_to_split_ends"])
    i = open_tok.i - 1
    if i < sent.start:
        return False
    if doc[i].text not in (",", ";"):
        # « Selon le comité d'enquête « … » »: a source opening the sentence, without a comma before the marks; or
        # set off by a comma before it (« votera contre le texte, selon lui « mal ficelé » »): the quoted words
        # after it are the source's, an apposition to what the clause names
        k = next((t.i for t in doc[sent.start:sent.start + 2] if t.lower_ in according), None)
        apposed = k is None
        if apposed:
            # (only a pronoun there, « selon lui », « d'après elle »: a noun phrase may run on into the marks)
            k = open_tok.i - 2 if open_tok.i - 2 > sent.start and doc[open_tok.i - 1].pos_ == "PRON" and \
                doc[open_tok.i - 2].lower_ in according and doc[open_tok.i - 3].text == "," else None
        if k is None or k + 1 >= open_tok.i or \
                any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in doc[k + 1:open_tok.i]):
            return False
        i = open_tok.i
        if apposed:
            cand.type = "mixed"  # a fragment inside narration, no sentence of its own
    k = i - 1
    depth = 0  # (a word inside parentheses is part of a name: « l'IPSN (Institut pour la protection …) »)
    while k >= sent.start and i - k <= _LONG_SOURCE_TOKENS and (depth > 0 or doc[k].text == ")" or (
            doc[k].lower_ not in marker_ends)):
        depth += (doc[k].text == ")") - (doc[k].text == "(" and depth > 0)
        k -= 1
    if k < sent.start or i - k > _LONG_SOURCE_TOKENS or k + 1 >= i:
        return False
    if i - k > 14 and source_phrase(doc, k + 1, sent.end) != (k + 1, i):
        return False  # far from the marks, only a source with its description (« selon X, vice-président de … , »)
    np_start = k + 1
    if doc[k].lower_ in opinion and not (
            (k == sent.start or doc[k - 1].text in (",", "\n") or doc[k - 1].is_space or
             doc[k - 1].lower_ in lex.markers["opinion_after"]) and is_source(doc, np_start, i, lex)):
        return False  # « pour la première fois, « … » »: a purpose or a time, not whose view
    cand.cue = (doc[k].idx, doc[k].idx + len(doc[k]))
    cand.speaker = trim(doc, doc[np_start].idx, doc[i].idx)
    cand.speaker_head = next((t for t in doc[np_start:i] if t.pos_ in ("NOUN", "PROPN", "PRON")), doc[np_start])
    cand.rule = "direct-source-marker"
    return True


def _source_after(doc: Doc, cand: Candidate, i: int, stop: int, lex: Lexicon) -> bool:
    """« … », selon X / d'après X."""
    found = marker_at(doc, i, stop, set(lex.markers["according_to"]))
    if found is None:
        return False
    j = k = found[1]
    while k < stop and not doc[k].is_punct:
        k += 1
    if k == j:
        return False
    cand.cue = (doc[i].idx, doc[j - 1].idx + len(doc[j - 1]))
    cand.speaker = (doc[j].idx, doc[k - 1].idx + len(doc[k - 1]))
    cand.speaker_head = max(doc[j:k], key=lambda x: (x.pos_ in ("NOUN", "PROPN", "PRON"), -x.i))
    cand.rule = "direct-source-marker"
    return True


def _dash_line(doc: Doc, pair: QuotePair, cand: Candidate, dashes: set[str]) -> bool:
    """The press habit of signing a quotation on the next line: « … »\\n\\n— Porte-parole des pompiers."""
    text = doc_text(doc)
    j = pair.end
    while j < len(text) and text[j] in " \n":
        j += 1
    if j >= len(text) or text[j] not in dashes:
        return False
    end_of_line = line_end(text, j)
    stop = text.find(",", j, end_of_line)
    start, end = trim(doc, j + 1, stop if stop > 0 else end_of_line)
    if end <= start or len(text[start:end].split()) > 10:
        return False
    head = token_at(doc, start)
    cand.cue = (j, j + 1)
    cand.speaker = (start, end)
    cand.speaker_head = head
    cand.rule = "dash-signature"
    cand.confidence = 0.8
    return True


def _last_char_before(doc: Doc, pair: QuotePair) -> int:
    """The offset of the last character before the quotation's opening mark that is no space nor line break (-1
    when there is none)."""
    i = pair.start - 1
    while i >= 0 and doc_text(doc)[i] in " \n":
        i -= 1
    return i


def _colon_before(doc: Doc, pair: QuotePair) -> bool:
    i = _last_char_before(doc, pair)
    return i >= 0 and doc_text(doc)[i] == ":"


def _colon_subject(doc: Doc, pair: QuotePair, cand: Candidate, lex: Lexicon) -> bool:
    """The quotation after « … : » is said by the subject of the clause before the colon, when that clause has
    one that can speak (a noun, a name or a personal pronoun) outside any quotation."""
    colon = _colon_token(doc, pair)
    if colon is None:
        return False
    clause = unit_of(colon)
    if any(t.text in ALL for t in clause if t.i < colon.i):
        return False
    before = [t for t in clause if t.i < colon.i and not t.is_space]
    if 0 < len(before) <= 6 and not any(t.pos_ in ("VERB", "AUX") for t in before) and \
            any(t.pos_ == "PROPN" or t.ent_type_ in ("PER", "ORG") for t in before) and \
            not any(t.ent_type_ in ("LOC", "GPE") for t in before):  # « Brésil : … »: a topic, not a speaker
        # « Nicolas Hulot : « Je prends la décision … » »: a name, a colon, the words
        head = max((t for t in before if t.pos_ in ("PROPN", "NOUN")), key=lambda t: t.pos_ == "PROPN", default=None)
        if head is not None:
            # « Pour Nathalie Guérin : « … » », « Selon X : »: the marker of a view or a source is not the mention
            first = before[_source_marker_length(before, lex):][:1] or before[:1]
            return _by_colon(cand, colon, trim(doc, first[0].idx, colon.idx), head, "direct-colon-name", 0.75)
    named = _role_then_name(before)
    if named is not None:  # « Le président de la communauté de communes, Yannick Le Dréau : « … » »: that person
        return _by_colon(cand, colon, trim(doc, before[0].idx, colon.idx), named, "direct-colon-name", 0.75)
    example = _example_before_colon(before, lex)
    if example is not None:  # « … de nombreux commentaires, comme celui de X, analyste : « … » »: X's words
        span = mention_span(example, antecedent=True)
        return _by_colon(cand, colon, (span[0], min(span[1], trim(doc, span[0], colon.idx)[1])), example,
                         "direct-colon-subject", 0.7)
    root = clause.root if clause.root.i < colon.i else None
    verbs = [root] if root is not None else []
    verbs += [t for t in clause if t.i < colon.i and t.pos_ in ("VERB", "AUX", "ADJ") and t not in verbs]
    impersonal = set(lex.markers["impersonal_subjects"]) - set(lex.markers["relative_subjects"])
    for verb in verbs:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < colon.i), None)
        if subject is None:
            continue
        relative = False
        if subject.lower_ in lex.markers["cleft_subjects"]:  # « C'est Maradona qui … : »: the named noun
            if not any(c.dep_ == "acl:relcl" and c.i < colon.i for c in verb.children):
                continue
            subject = next((c for c in verb.children if c.pos_ == "PROPN" and c.i < colon.i), None)
        elif subject.lower_ in lex.markers["relative_subjects"] and verb.head.i < subject.i:
            relative = True
            subject = relative_antecedent(subject) or verb.head  # « Maradona, qui a fait … : »: who « qui » is
        reactor = _reactor(verb, subject, colon, lex) if subject is not None else None
        if reactor is not None:  # « L'annonce a suscité la colère de la CGT : « … » »: the CGT's words
            return _by_colon(cand, colon, mention_span(reactor, antecedent=True), reactor, "direct-colon-subject", 0.7)
        holder = _view_holder(verb, subject, colon, lex) if subject is not None else None
        if holder is not None:  # « Le constat est partagé par la sociologue X : « … » »: X's words
            return _by_colon(cand, colon, mention_span(holder, antecedent=True), holder, "direct-colon-holder", 0.7)
        moved = _moved_object(verb, subject, colon, lex) if subject is not None else None
        if moved is not None:  # « La décision a surpris le maire X : « … » »: the maire's words
            return _by_colon(cand, colon, mention_span(moved, antecedent=True), moved, "direct-colon-object", 0.7)
        if subject is not None and subject.pos_ in ("NOUN", "PROPN", "PRON") and subject.lower_ not in impersonal:
            return _by_colon(cand, colon, mention_span(subject, antecedent=relative), subject, "direct-colon-subject",
                             0.7)
    # « C'est l'analyse de X : « … » », « Les paroles de l'écrivain sont : « … » »: a noun of what was said, whose
    # complement names who said it: the clause's subject as far as who speaks goes
    said = next((c for t in reversed(before) if t.lower_ in lex.markers["information_nouns"] for c in t.children
                 if c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN") and c.i < colon.i), None)
    if said is not None:
        span, head = mention_span(said, antecedent=True), said
        name = _name_in_apposition(before, said)
        if name is not None:  # « Réaction du ministre, Jean Dupont : « … » »: the name the role is given
            span, head = (span[0], trim(doc, span[0], colon.idx)[1]), name
        return _by_colon(cand, colon, span, head, "direct-colon-subject", 0.7)
    return False


def _example_before_colon(before: list[Token], lex: Lexicon) -> Token | None:
    """The one a clause before a colon gives as an example of what was said (« La déclaration a suscité des
    commentaires, comme celui de X : « … » »: the complement of a demonstrative pronoun after `example_links`, its
    preposition before it) or as one of the group it names (« une quinzaine de manifestants …, dont un plombier :
    « … » »: the noun after `member_links`), when no verb stands between it and the colon; None otherwise."""
    demonstratives = lex.markers["demonstrative_heads"]
    for k in range(len(before) - 2, 0, -1):
        word = before[k]
        if word.pos_ in ("VERB", "AUX"):
            return None
        nouns = [t for t in before[k + 1:] if t.pos_ in ("NOUN", "PROPN")]
        if word.lower_ in demonstratives and before[k - 1].lower_ in lex.markers["example_links"]:
            return next((t for t in nouns if any(c.dep_ == "case" for c in t.children)), None)
        if word.lower_ in lex.markers["member_links"]:
            return nouns[0] if nouns else None
    return None


def _colon_token(doc: Doc, pair: QuotePair) -> Token | None:
    """The colon right before the quotation's opening mark, None when there is none."""
    i = _last_char_before(doc, pair)
    colon = token_at(doc, i) if i >= 0 else None
    return colon if colon is not None and colon.text == ":" else None


def _moved_by_cue(doc: Doc, cue, pair: QuotePair, lex: Lexicon) -> tuple[Token, Token] | None:
    """A cue before a colon whose subject is a thing and whose object a person or a body (« L'annonce a réjoui la
    présidente du club, X : « … » »): (that object, the colon), see `_moved_object`; None otherwise."""
    colon = _colon_token(doc, pair)
    found = cue_subject(cue) if colon is not None else None
    moved = _moved_object(cue.verb, found[0], colon, lex) if found is not None else None
    return (moved, colon) if moved is not None else None


def _later_conjunct_subject(doc: Doc, cue, pair: QuotePair, lex: Lexicon) -> tuple[Token, Token] | None:
    """A clause coordinated after the cue's, with a person or a body as its own subject, that ends with the colon
    before the quotation (« La proposition a été rejetée par le conseil, mais le maire X reste confiant : « … » »):
    (that subject, the colon); the words are that subject's, not the cue's. None otherwise (a subordinate clause
    after the cue, « X a déclaré, alors que le ministre était présent : », keeps X)."""
    colon = _colon_token(doc, pair)
    if colon is None:
        return None
    for t in doc[cue.last + 1:colon.i]:
        head = t.head
        if t.dep_ == "nsubj" and cue.last < head.i < colon.i and head.dep_ == "conj" and \
                head.head.i <= cue.last and _speaks_for_itself(t, lex):
            return t, colon
    return None


def _thing_subject(subject: Token, lex: Lexicon) -> bool:
    """The subject is a thing: a common noun with no name in it, no person's role nor body's kind (« le ministre
    a exprimé la colère des éleveurs : » is the minister's)."""
    return subject.pos_ == "NOUN" and not subject.ent_type_ and not any(c.pos_ == "PROPN" for c in subject.subtree) \
        and not _speaking_head(subject, lex)


def _view_holder(verb: Token, subject: Token, colon: Token, lex: Lexicon) -> Token | None:
    """Whose view a clause with a thing as its subject gives before a colon (« Le constat est partagé par la
    sociologue X : », « L'inquiétude est palpable chez le maire X : », « Le discours est tout autre pour la
    ministre X : », « Le ton est ferme du côté du préfet : »): the person or body the predicate's phrase opened by
    `view_holder_prepositions` (or a group's side, « du côté de ») names; None otherwise."""
    if not _thing_subject(subject, lex):
        return None
    openers = set(lex.markers["view_holder_prepositions"])
    sides = {side.split()[-1] for side in lex.markers["group_sides"]}
    # a copula the parse made the subject's head leaves the phrase on the predicate (« Le ton est ferme du côté de »)
    predicates = (verb, verb.head) if verb.pos_ == "AUX" else (verb,)
    for phrase in (c for p in predicates for c in p.children if c.dep_.startswith("obl") and c.i < colon.i):
        if phrase.lower_ in sides:  # « du côté du préfet »: the side's complement
            phrase = next((c for c in phrase.children if c.dep_ == "nmod" and c.i < colon.i), None)
        elif not any(c.dep_ == "case" and c.lower_ in openers for c in phrase.children):
            continue
        if phrase is not None and _speaks_for_itself(phrase, lex):
            return phrase
    return None


def _moved_object(verb: Token, subject: Token, colon: Token, lex: Lexicon) -> Token | None:
    """Who a thing moved before a colon (« La décision a surpris le maire X : », « Le projet inquiète les
    syndicats : »): the verb's object when it names a person or a body and the subject is a thing that is no
    document (« Le rapport cite le ministre : » is the report's, DECISIONS D16, D17); None otherwise."""
    if not _thing_subject(subject, lex) or subject.lemma_.lower() in lex.markers["message_nouns"] or \
            subject.lower_ in lex.markers["message_nouns"]:
        return None
    obj = next((c for c in verb.children if c.dep_ == "obj" and c.i < colon.i), None)
    return obj if obj is not None and _speaks_for_itself(obj, lex) else None


def _speaks_for_itself(noun: Token, lex: Lexicon) -> bool:
    """A noun that names a person or a body: a name, a person's role or a body's kind, or a noun set before a
    name (« la sociologue Anne X »); not a place (a role noun the tagger reads inside a place name, « le procureur
    de la République de Brest », still speaks)."""
    speaking = _speaking_head(noun, lex)
    if noun.ent_type_ in ("LOC", "GPE", "DATE") and not speaking:
        return False
    return noun.pos_ == "PROPN" or noun.ent_type_ in ("PER", "ORG") or speaking or \
        any(c.dep_ in ("appos", "flat:name") and c.pos_ == "PROPN" for c in noun.children)


def _speaking_head(noun: Token, lex: Lexicon) -> bool:
    """A person's role or a body's kind (markers' speaking_heads), as written or by its lemma."""
    speaking = lex.markers.get("speaking_heads", ())
    return noun.lower_ in speaking or noun.lemma_ in speaking


def _reactor(verb: Token, subject: Token, colon: Token, lex: Lexicon) -> Token | None:
    """Who reacts in « L'annonce a suscité la colère de la CGT : « … » »: the complement of a reaction noun that is
    the verb's object, when the subject is a thing (`_thing_subject`); None otherwise."""
    if not _thing_subject(subject, lex):
        return None
    reactions = lex.markers.get("reaction_nouns", ())
    for obj in (c for c in verb.children if c.dep_ == "obj" and c.i < colon.i and c.lower_ in reactions):
        who = next((c for c in obj.children if c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN") and c.i < colon.i
                    and any(g.dep_ == "case" for g in c.children)), None)
        if who is not None:
            return who
    return None


def _source_marker_length(words: list[Token], lex: Lexicon) -> int:
    """How many of the first `words` are a marker of a view or a source (« pour », « selon », « d'après »), 0 when
    they do not open with one."""
    for marker in (*lex.markers.get("opinion_for", ()), *lex.markers["according_to"]):
        parts = marker.replace("'", "' ").split()
        if len(parts) < len(words) and all(w.lower_ == part for w, part in zip(words[:len(parts)], parts, strict=True)):
            return len(parts)
    return 0


def _role_then_name(before: list[Token]) -> Token | None:
    """The words before a colon are a noun phrase with a person's name set after a comma, and no verb (a paragraph
    « Le maire de Kerlouan, Yannick Le Dréau : « … » »): the name's first word; None otherwise."""
    if len(before) > 20 or any(t.pos_ in ("VERB", "AUX") for t in before) or before[0].pos_ not in ("DET", "NOUN"):
        return None
    role = next((t for t in before if t.pos_ == "NOUN" and not t.ent_type_), None)
    name = _name_in_apposition(before, role) if role is not None else None
    return name if name is not None and any(t.ent_type_ == "PER" for t in before if t.i >= name.i) else None


def _name_in_apposition(before: list[Token], noun: Token) -> Token | None:
    """The name set after a comma at the end of the words before a colon, after `noun` (« du ministre, Jean
    Dupont »): its first word, when every word after the comma is a name."""
    comma = next((t for t in reversed(before) if t.text == ","), None)
    if comma is None or comma.i <= noun.i:
        return None
    names = [t for t in before if t.i > comma.i]
    return names[0] if names and all(t.pos_ == "PROPN" or t.ent_type_ == "PER" for t in names) else None


def _by_colon(cand: Candidate, colon: Token, span: tuple[int, int], head: Token, rule: str,
              confidence: float) -> bool:
    """Give the quotation after `colon` the speaker found before it."""
    cand.cue = (colon.idx, colon.idx + 1)
    cand.speaker = span
    cand.speaker_head = head
    cand.rule = rule
    cand.confidence = confidence
    return True


def _starts_sentence(doc: Doc, pair: QuotePair, sent: Span) -> bool:
    before = doc_text(doc)[sent.start_char:pair.start].strip()
    # « … en général. » « On voulait … »: a quotation right after a finished one starts its own sentence
    # « … » a déclaré X. « … »: the parser glued the next sentence; a full stop before the mark ends it
    return before in ("", "-", "\u2014", "\u2013") or before.endswith((".»", "!»", "?»", ". »", "! »", "? »", ".", "!", "?"))


def _previous_person_subject(doc: Doc, sent: Span, cues_by_sent: dict[int, list[Cue]]) -> Token | None:
    """The person the previous sentence of the paragraph (on the same line) is about, when it is a named
    person, and the sentence does not say that someone did not speak."""
    if sent.start == 0 or line_break_between(doc_text(doc), doc[sent.start - 1].idx, sent.start_char):
        return None
    prev = unit_of(doc[sent.start - 1])
    if any(t.text in ALL for t in prev) or any(is_negated(c.verb) for c in cues_by_sent.get(prev.start, [])):
        return None
    root = prev.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is not None and subject.ent_type_ == "PER" and subject.pos_ == "PROPN":
        return subject
    return None


def _is_object(doc: Doc, pair: QuotePair) -> bool:
    """The quoted words are what the verb says (« crié « Fillon en prison » »), not a place or a time."""
    opener = token_at(doc, pair.start)
    if opener is not None and opener.i > 0 and doc[opener.i - 1].pos_ == "ADP":
        return False  # « lors de « … » », « dans « … » »
    inside = [t for t in doc.char_span(pair.start, pair.end, alignment_mode="expand") or () if not t.is_punct]
    heads = [t for t in inside if not (pair.start <= t.head.idx < pair.end)]
    return bool(heads) and not any(c.dep_ == "case" for h in heads for c in h.children)


def _saying(cues: list[Cue]) -> list[Cue]:
    """Cues that can introduce words (not « saluer », « critiquer », which name a speech act)."""
    return [c for c in cues if c.entry.kind in ("speech", "cognition")]


def _inner_words(doc: Doc, pair: QuotePair) -> list[str]:
    return doc_text(doc)[slice(*pair.inner)].split()


def _is_title(words: list[str]) -> bool:
    """« Chapecoense », « Copa Sudamerica », « L'Émission politique »: a name or a title, not speech."""
    return 0 < len(words) <= 4 and words[0][:1].isupper() and not words[-1].endswith((".", "!", "?"))


def _titles_a_work(doc: Doc, pair: QuotePair, cue: Cue, lex: Lexicon) -> bool:
    """A short name in quote marks after a verb of publishing or showing (markers' publishing_verbs: « a publié « Les
    Ombres du quai » », « a publié une vidéo intitulée « Rester debout » ») is a work's title, unless its words hold
    a verb of their own (« a publié « Je démissionne » »: a message's words)."""
    if cue.entry.expression not in lex.markers["publishing_verbs"]:
        return False
    inner = doc.char_span(*pair.inner, alignment_mode="expand")
    return not any(is_finite(t) for t in inner or ())


def _answer_named(doc: Doc, words: list[str], open_tok: Token, close_tok: Token, lex: Lexicon) -> bool:
    """« a milité pour le « non » », « a dit « oui » à la réforme »: the one word of an answer, after a determiner
    or before « à », names a vote or a consent, it reports no words."""
    if len(words) != 1 or words[0].lower().strip(".,!") not in lex.markers["answer_words"]:
        return False
    after = doc[close_tok.i + 1] if close_tok.i + 1 < len(doc) else None
    return (open_tok.i > 0 and doc[open_tok.i - 1].pos_ == "DET") or (
        after is not None and after.lower_ in lex.markers["answer_objects"])


def _names_the_noun_before(doc: Doc, pair: QuotePair, open_tok: Token, lex: Lexicon) -> bool:
    """The quoted words are the name of the noun before them, a thing that bears a name or a title
    (« l'opération « Bouclier de l'Euphrate » », « un groupe : « Les stylos rouges en colère » », « une comédie
    musicale nommée « Les bâtisseurs de la gloire » »): capitalised and without a finite verb, not speech; after a
    noun of a nickname (« le surnom de « la bête » »), in lower case too."""
    inner = doc.char_span(*pair.inner, alignment_mode="expand")
    words = [t for t in inner or () if not (t.is_punct or t.is_space)]
    if not words or len(words) > 8 or any(is_finite(t) for t in words) or \
            doc_text(doc)[slice(*pair.inner)].rstrip(" »").endswith((".", "!", "?")):
        return False
    i = open_tok.i - 1
    while i >= 0 and (doc[i].is_space or doc[i].text == ":" or doc[i].pos_ == "ADJ" or (
            "VerbForm=Part" in doc[i].morph and "Tense=Past" in doc[i].morph and
            not any(c.dep_.startswith("aux") for c in doc[i].children))):
        i -= 1  # « une comédie musicale nommée « … » », « avait pour thème : « … » »
    if i >= 0 and in_time(doc[i]) and doc[open_tok.i - 1].text == ":":
        while i >= 0 and in_time(doc[i]):
            i -= 1  # « avait pour thème cette année : « … » »: a time between the noun and its colon
    if i >= 0 and doc[i].lower_ in lex.markers["naming_links"] and i > 0 and _head_in(doc[i - 1], lex.markers["nickname_heads"]):
        return True  # « porte le surnom de « mangeur de cyclistes » »: a nickname, whatever its case
    if i >= 0 and _head_in(doc[i], lex.markers["nickname_heads"]):
        return True  # « le doux surnom de : « la bête » » (the parse may take « de » for the noun's)
    return words[0].text[:1].isupper() and i >= 0 and _head_in(doc[i], lex.markers.get("name_bearing_heads", ()))


def _head_in(token: Token, nouns) -> bool:
    """A noun of the list; also one the tagger took for a verb right after a preposition or a determiner (« avait
    pour thème », « thème » tagged VERB)."""
    noun = token.pos_ == "NOUN" or (token.pos_ == "VERB" and token.i > 0 and
                                    token.doc[token.i - 1].pos_ in ("ADP", "DET"))
    return noun and (token.lower_ in nouns or token.lemma_.lower() in nouns)


def _shouted_by(doc: Doc, open_tok: Token, cues: list[Cue], lex: Lexicon) -> Cue | None:
    """The verb of shouting (markers' shouting_cues) that stands right before the opening mark, adverbs apart."""
    i = open_tok.i - 1
    while i > 0 and doc[i].pos_ == "ADV":
        i -= 1
    return next((c for c in cues if c.last == i and c.entry.expression in lex.markers["shouting_cues"]), None)


def _shouted(doc: Doc, pair: QuotePair, cues_by_sent: dict[int, list[Cue]], lex: Lexicon) -> bool:
    """Quote marks right after a verb of shouting hold what was shouted (« ont scandé « Macron démission » »),
    whatever the learned classifier of quote marks makes of their capitalised words."""
    open_tok = token_at(doc, pair.start)
    return open_tok is not None and _shouted_by(doc, open_tok, cues_by_sent.get(unit_of(open_tok).start, []), lex) \
        is not None


def _relative_passed_over(doc: Doc, cue: Cue, before: list[Cue], open_tok: Token) -> bool:
    """A cue in a relative clause on a noun of another cue's clause, a verb of speech (not « a salué les pompiers,
    qui ont raconté : »), where the parse hangs the quoted words on that other cue: the relative describes whom the
    main clause names (« La ministre a répondu au député Y, qui l'accusait
    de mentir : « … » »), the main clause's cue announces the words."""
    # (a relative pronoun of its own: the parse also reads a main clause as a relative, « …, le délégué X a déclaré : »)
    if cue.verb.dep_ != "acl:relcl" or open_tok.i + 1 >= len(doc) or not any(is_relative(c) for c in cue.verb.children):
        return False
    return any(other is not cue and other.entry.kind == "speech" and other.verb in cue.verb.ancestors and
               _governs(other, doc[open_tok.i + 1]) for other in before)


def _governs(cue: Cue, token: Token) -> bool:
    """The quotation belongs to the cue's clause (the cue is an ancestor of the quoted words)."""
    return cue.verb in token.ancestors or cue.verb == token


# how many words the complements set between a verb of saying and its quotation may take
_COMPLEMENT_WORDS = 10
# the most words of a quoted fragment (« mixed » below): more make a quotation of its own
_FRAGMENT_WORDS = 12


def _impersonal_infinitive(cue: Cue) -> bool:
    """An infinitive cue whose only subject is the expletive « il » of the phrase above it (« il était possible de
    se déclarer … », « il faut dénoncer … »): an impersonal construction, with no speaker."""
    found = cue_subject(cue)
    return "VerbForm=Inf" in cue.verb.morph and found is not None and found[0].dep_ == "expl:subj" and \
        found[0].head != cue.verb


def _agent_after(doc: Doc, pair: QuotePair) -> bool:
    """A quoted noun qualified right after its closing mark by a participle with its agent (« la « réforme de
    justice » réclamée par le sénateur X »): the words are the agent's (cues.quoted_noun_agent)."""
    span = doc.char_span(pair.start, pair.end, alignment_mode="expand")
    return span is not None and any(quoted_noun_agent(t, pair) is not None for t in span)


def _clause_after_comma(doc: Doc, cue: Cue, open_tok: Token) -> bool:
    """After the last comma between a cue and a quoted fragment, outside quote marks, a participle that qualifies a
    noun (« …, malgré leur opposition au texte visant à « … » », « …, qualifiées d'« audacieuses » »): the
    fragment describes that noun in the narrator's words, it is not the cue's object. A participle sharing the
    cue's subject (« …, y voyant une manœuvre qui « fausse » le débat ») or a relative (« …, qu'il tenait pour
    « … » ») goes on with the speaker's words, and so does a clause after other quoted words past the comma (« de
    « A », notamment des « B » qui … donnant « C » »: a row of fragments under the cue)."""
    pairs = [p for p in doc._.quote_pairs if p.depth == 0 and p.end <= open_tok.idx]
    outside = [t for t in doc[cue.last + 1:open_tok.i] if not any(p.start <= t.idx < p.end for p in pairs)]
    comma = next((k for k in range(len(outside) - 1, -1, -1) if outside[k].text == ","), None)
    if comma is None or any(outside[comma].idx < p.start for p in pairs):
        return False
    return any(t.dep_ == "acl" and t.pos_ == "VERB" and "VerbForm=Part" in t.morph and
               not any(c.dep_.startswith("aux") for c in t.children) for t in outside[comma + 1:])


def _complements_before(doc: Doc, cue: Cue, open_tok: Token, words: list[str]) -> bool:
    """« il déclarait ainsi à France Dimanche, en 1963, « … » »: between a verb of saying and the opening mark only
    its complements (whom it is said to, when, how: a preposition or an adverb first, no verb, no punctuation but
    commas) and a comma right before the mark: a quotation longer than a fragment is the verb's object, whatever the
    parse hangs it on (a few words there may be an apposition: « a parlé avec X, hier, « un homme de parole » »)."""
    between = doc[cue.last + 1:open_tok.i]
    return cue.entry.kind == "speech" and len(words) > _FRAGMENT_WORDS and 2 <= len(between) <= _COMPLEMENT_WORDS \
        and between[-1].text == "," and between[0].pos_ in ("ADP", "ADV") and not any(
            t.pos_ in ("VERB", "AUX") or t.text in ALL or (t.is_punct and t.text != ",") for t in between)


def _incise_after(doc: Doc, cand: Candidate, pair: QuotePair, incise_close: Token, first_sent: Span, whole: bool,
                  words: list[str], cues_by_sent: dict[int, list[Cue]], lex: Lexicon) -> bool:
    """The incise right after `incise_close` (the pair's closing mark or a later one) gives the speaker: a source
    (« », selon X) or a speech verb with its subject inverted (« », a souligné Kirby)."""
    i = incise_close.i + 1
    end = unit_of(incise_close).end
    while i < end and doc[i].is_punct and doc[i].text in ",":
        i += 1
    if i < end and _source_after(doc, cand, i, end, lex):
        if not whole:
            _widen_to_quoted_predicate(doc, cand, pair, token_at(doc, pair.start), first_sent, lex)
        return True
    if i < end and read_in_incise(doc, cand, i, end, lex):
        cand.rule = "direct-read-in"
        return True
    clitics = set(lex.markers["object_clitics"])
    # right after the closing mark, a verb naming a speech act says whose the words are too (« », a salué X)
    incise_cues = [c for c in cues_by_sent.get(unit_of(incise_close).start, [])
                   if c.entry.kind in ("speech", "cognition", "report")]
    open_tok, close_tok = token_at(doc, pair.start), token_at(doc, max(pair.start, pair.end - 1))
    # a single quoted word takes an incise when it is the verb of a clause whose subject stands before the marks
    # (« Je le « prouverai », a-t-il conclu »), not a name or a label (« le « Bataclan », a-t-il dit »)
    single_in_clause = len(words) == 1 and _quoted_verb_of_clause(doc, open_tok, close_tok, lex)
    for cue in incise_cues if (whole or len(words) >= 2 or single_in_clause) else []:
        if incise_close.i < cue.i <= i + _INCISE_GAP:
            gap = doc[incise_close.i + 1:cue.i]
            # « », a-t-elle assuré; « », s'est félicité X; « », a pour sa part déclaré X
            # (« », préférait rectifier X, « », a tenu à tempérer X: a verb whose infinitive the cue is stands in
            # the incise too, with the infinitive's preposition)
            inverted = all(t.is_punct or t.pos_ in ("AUX", "ADV") or t.dep_.startswith("aux") or
                           t.text.startswith("-") or (t.pos_ == "PRON" and t.lower_ in clitics) or
                           (t.pos_ == "VERB" and cue.verb.head == t and cue.verb.dep_ == "xcomp") or
                           (t.dep_ == "mark" and t.head == cue.verb and cue.verb.dep_ == "xcomp") or
                           incidental_phrase(t, cue.verb) is not None for t in gap)
            if not inverted:
                continue  # « », d'autres policiers déclarent que …: a new clause, not an incise
            if passive_participle(cue):
                continue  # « », déjà condamné plusieurs fois par la justice »: what was done to someone, no incise
            if _cue_opens_que_clause(cue, lex):
                continue  # « X, membre des « Y », affirme que P »: the verb reports its own clause, no incise
            if not whole and not any(t.text == "," for t in gap) and open_tok.i > 0 and \
                    doc[open_tok.i - 1].pos_ in ("NOUN", "PROPN", "DET", "ADP") and \
                    not (_clause_before(doc, open_tok, close_tok, first_sent) and _bare_incise_verb(cue.verb, open_tok)):
                continue  # « le site internet « Union 84 » a publié … »: a name inside the subject, no incise
            if _attribute(cand, cue, "direct-incise", 0.9, pair, inverted=inverted):
                if not whole:
                    _widen_to_sentence(doc, cand, pair, first_sent)
                if not whole and cand.start == pair.start:  # « Il « ne regrette rien », a-t-il dit »
                    _widen_to_quoted_predicate(doc, cand, pair, open_tok, first_sent, lex)
                return True
    return False


def _quoted_verb_of_clause(doc: Doc, open_tok: Token, close_tok: Token, lex: Lexicon) -> bool:
    """The one word in the quote marks is the verb of a clause whose subject stands before them: a subject pronoun,
    with the object clitics between (« Je le « prouverai » », « On les « battra » »: nothing but a verb can follow
    them, however the parser tags the quoted word), or a subject the parse gives it."""
    inner = [t for t in doc[open_tok.i + 1:close_tok.i] if not t.is_punct]
    if len(inner) != 1:
        return False
    if inner[0].pos_ in ("VERB", "AUX") and \
            any(c.dep_.startswith("nsubj") and c.i < open_tok.i for c in inner[0].children):
        return True
    clitics = set(lex.markers["object_clitics"])
    k = open_tok.i - 1
    while k >= 0 and doc[k].lower_ in clitics:
        k -= 1
    # (« nous » and « vous » are objects as often: only with an object clitic after them)
    subjects = set(lex.markers["verb_subject_clitics"]) - ({"nous", "vous"} if k == open_tok.i - 1 else set())
    return k >= 0 and doc[k].lower_ in subjects and unit_of(doc[k]).start == unit_of(open_tok).start


def _next_close_without_cue(doc: Doc, close_tok: Token, following: QuotePair | None,
                            cues_by_sent: dict[int, list[Cue]]) -> Token | None:
    """The closing mark of the next quotation when it stands in the same sentence with no cue between the two."""
    if following is None:
        return None
    later, opener = token_at(doc, max(following.start, following.end - 1)), token_at(doc, following.start)
    unit = unit_of(close_tok)
    if later is None or opener is None or unit_of(later).start != unit.start:
        return None
    if any(close_tok.i < c.i < opener.i for c in cues_by_sent.get(unit.start, [])):
        return None
    return later


def attribute_pair(doc: Doc, pair: QuotePair, following: QuotePair | None, cues_by_sent: dict[int, list[Cue]],
                   lex: Lexicon) -> Candidate | None:
    open_tok, close_tok = token_at(doc, pair.start), token_at(doc, max(pair.start, pair.end - 1))
    if open_tok is None or close_tok is None:
        return None
    first_sent, last_sent = unit_of(open_tok), unit_of(close_tok)
    words = _inner_words(doc, pair)
    cand = Candidate("direct", pair.start, pair.end, "direct", confidence=0.9,
                     headline=is_headline(doc, first_sent))
    whole = _starts_sentence(doc, pair, first_sent) or _colon_before(doc, pair)
    if _names_the_noun_before(doc, pair, open_tok, lex) or _answer_named(doc, words, open_tok, close_tok, lex):
        return None
    if open_tok.i > 0 and so_called(doc[open_tok.i - 1], lex):
        return None  # « le quartier dit « des Tanneurs » »: a label, no one speaks
    # 1. the incise after the closing mark (or after the next quotation: « A », et « B », dit-il)
    incise_close = close_tok
    if following is not None and doc_text(doc)[pair.end:following.start].strip(" ,") in ("", "et", "puis", "ou", "mais"):
        incise_close = token_at(doc, max(following.start, following.end - 1)) or close_tok
    if _incise_after(doc, cand, pair, incise_close, first_sent, whole, words, cues_by_sent, lex):
        return cand
    # a name or a title in quote marks is not speech, unless a speech verb governs it (« crié « Fillon en prison » »)
    title = not whole and _is_title(words)
    if title and not any(w.islower() for w in words[1:]):
        # « il aurait crié « Allah Akbar » »: capitalised words right after a verb of shouting are its words
        shout = _shouted_by(doc, open_tok, cues_by_sent.get(first_sent.start, []), lex)
        return cand if shout is not None and _attribute(cand, shout, "direct-shouted", 0.8, pair) else None
    # 2. a source or a cue before the opening mark, in the same sentence (the nearest one)
    if not title and _source_before(doc, cand, open_tok, first_sent, lex):
        return cand
    before = [c for c in cues_by_sent.get(first_sent.start, []) if c.i < open_tok.i]
    for cue in sorted(before, key=lambda c: -c.i):
        # « promet « aucune hausse » »: right after its verb, a quotation is its object whatever the parse says
        adjacent = all(t.pos_ == "ADV" for t in doc[cue.last + 1:open_tok.i])
        if not whole and not adjacent and not _governs(cue, open_tok) and not _governs(cue, doc[open_tok.i + 1]) \
                and not _complements_before(doc, cue, open_tok, words):
            continue
        if (title or cue.entry.kind == "report") and cue.entry.kind != "speech" and not (
                cue.entry.kind == "report" and _governs(cue, doc[open_tok.i + 1]) and not title):
            continue
        if title and not _is_object(doc, pair):
            continue  # « s'est défendu lors de « L'Émission politique » »: a title after a preposition
        if _labels_a_noun(cue, lex):
            continue  # « la matière dite « normale » », « le test appelé « … » »: a name given, not words said
        if title and _titles_a_work(doc, pair, cue, lex):
            continue  # « a publié « Les Ombres du quai », son roman »: the work's title, not words said
        if whole and is_negated(cue.verb):
            continue  # « X n'a pas souhaité s'exprimer. « … » »: who did not speak said none of the words after
        if whole and _relative_passed_over(doc, cue, before, open_tok):
            continue  # « X a répondu au député Y, qui l'accusait de mentir : « … » »: X's answer, not Y's charge
        if not whole and _impersonal_infinitive(cue):
            continue  # « il était possible de se déclarer « … » »: no one in particular says the words
        if not whole and len(words) <= _FRAGMENT_WORDS and _clause_after_comma(doc, cue, open_tok):
            continue  # « dénonce un « … », y voyant une manœuvre qui « fauche » … »: the fragment is that clause's
        if not whole and _agent_after(doc, pair):
            continue  # « a maintenu la « réforme » réclamée par X »: X's words, not the cue's subject's
        later = (_later_conjunct_subject(doc, cue, pair, lex) or _moved_by_cue(doc, cue, pair, lex)) if whole else None
        if later is not None:  # « X a été rejeté par Y, mais le maire Z reste confiant : « … » »: Z's words
            return cand if _by_colon(cand, later[1], mention_span(later[0], antecedent=True), later[0],
                                     "direct-colon-subject", 0.7) else None
        if _attribute(cand, cue, "direct-cue-before", 0.85, pair):
            if not whole and len(words) <= _FRAGMENT_WORDS and not title:
                cand.type = "mixed"
                if not _attribute_given(doc, cue, open_tok, lex) and \
                        not _fragment_is_the_phrase(doc, cue, open_tok, close_tok, last_sent):
                    _widen_to_object(doc, cand, cue, open_tok, first_sent, lex)
                    _widen_to_clause(doc, cand, cue, open_tok, first_sent, lex)
                    _narrow_to_fragment(doc, cand, pair)
                    _narrow_to_epithet(doc, cand, cue, pair, lex)
            if not whole and not title and cand.start == pair.start:
                _widen_to_quoted_predicate(doc, cand, pair, open_tok, first_sent, lex)
            return cand
    if not title and len(words) > _FRAGMENT_WORDS and _content_noun_before(doc, cand, open_tok, first_sent, lex):
        return cand
    # a cue after the quotation that governs it: « Ce « désastre » est déploré par les Nations unies »
    # (a name or a title before the verb is its subject or an object named, not words said: « Les unités
    # d'élite des « Force de réaction rapide » ont repris … »)
    after = [c for c in _saying(cues_by_sent.get(last_sent.start, [])) if c.i > close_tok.i and not title]
    for cue in after:
        if _governs(cue, doc[open_tok.i + 1]) and _attribute(cand, cue, "direct-cue-after", 0.7, pair):
            if not whole:
                cand.type = "mixed"
            _widen_to_incise(doc, cand, pair, close_tok, cue, first_sent)
            return cand
    if title:
        return None
    # 3. the previous sentence ends with a colon and has a cue: « X a déclaré : » ¶ « … »
    if _starts_sentence(doc, pair, first_sent) and first_sent.start > 0:
        prev = unit_of(doc[first_sent.start - 1])
        if prev.text.rstrip().endswith(":"):
            for cue in sorted(_saying(cues_by_sent.get(prev.start, [])), key=lambda c: -c.i):
                if _attribute(cand, cue, "direct-colon-previous", 0.8, pair):
                    return cand
    # 4. a signature line with a dash
    if _dash_line(doc, pair, cand, set(lex.markers["dashes"])):
        return cand
    # 5. after a colon, without a speech verb: the subject of the clause that opens it speaks
    #    (« Le ministre est plus explicite : « … » », « C'est Maradona qui a fait le premier pas : ¶ « … » »)
    if _colon_before(doc, pair) and _colon_subject(doc, pair, cand, lex):
        if line_break_between(doc_text(doc), cand.cue[0], pair.start):
            cand.headline = False  # a line of its own after « … : » is the quotation it announces
        return cand
    # 6. the incise after the next quotation of the sentence, no cue between (« « A » de sa voiture, « B », selon
    #    le parquet », « « A » et le ministre doit « B », a précisé X »): both are said by its speaker
    later = _next_close_without_cue(doc, close_tok, following, cues_by_sent)
    if later is not None and later != incise_close and \
            _incise_after(doc, cand, pair, later, first_sent, whole, words, cues_by_sent, lex):
        return cand
    # 7. floating: a whole sentence or more in quote marks, the speaker carried over
    if whole and len(words) >= _MIN_FLOATING_WORDS:
        if cand.headline:
            return None
        subject = _previous_person_subject(doc, first_sent, cues_by_sent)
        if subject is not None:  # « Fillon ne s'est pas laissé perturber. « Plus ils manifesteront … » »
            cand.speaker = mention_span(subject)
            cand.speaker_head = subject
            cand.floating = True
            cand.rule = "floating-previous-subject"
            cand.confidence = 0.55
            return cand
        cand.floating = True
        cand.rule = "floating"
        cand.confidence = 0.6
        return cand
    # 8. a quoted fragment in a sentence without a cue: mixed, floating, when it follows reported speech
    if len(words) >= 2 and not cand.headline:
        cand.type = "mixed"
        cand.floating = True
        cand.rule = "floating-fragment"
        cand.start, cand.end = trim(doc, first_sent.start_char, last_sent.end_char)
        cand.end = max(cand.end, pair.end)
        cand.confidence = 0.4
        return cand
    # 9. a single quoted word there (« La ministre X juge la mesure « inutile » », no cue found): only the learned
    #    fragment model may take it, for the subject of its clause (component._wide), never carried over
    if len(words) == 1 and not cand.headline:
        cand.type = "mixed"
        cand.floating = True
        cand.rule = FLOATING_WORD
        cand.confidence = 0.4
        return cand
    return None


def _shouted_inside(doc: Doc, cues: list[Cue], outer: list[QuotePair], lex: Lexicon) -> list[Candidate]:
    """Words quoted inside a quotation right after a speech verb of it (« Il s'est précipité en criant « Allah
    akbar » »): a quotation of their own, said by that verb's subject."""
    found = []
    naming = set(lex.markers["naming_cues"]) | set(lex.markers["naming_participles"])  # « appellent « X » »
    inner = [p for p in doc._.quote_pairs if p.depth == 1 and p.closed and p.end - p.start >= 3]
    for pair in inner:
        opener = token_at(doc, pair.start)
        if opener is None or not any(o.start < pair.start and pair.end <= o.end for o in outer):
            continue
        i = opener.i - 1
        while i > 0 and doc[i].pos_ == "ADV":
            i -= 1
        cue = next((c for c in cues if c.last == i and c.entry.kind == "speech" and
                    c.entry.expression not in naming), None)
        if len(_inner_words(doc, pair)) < 2:
            continue  # « pour ne pas dire « libres » »: a word weighed, not words said
        found_subject = cue_subject(cue) if cue is not None else None
        if found_subject is None or pair.start <= found_subject[0].idx < pair.end:
            continue
        subject, span = found_subject
        found.append(Candidate("direct", pair.start, pair.end, "direct-inside", cue=(cue.start, cue.end),
                               speaker=span, speaker_head=subject, confidence=0.7))
    return found


def find_direct(doc: Doc, cues: list[Cue], lex: Lexicon, marks=None) -> list[Candidate]:
    """`marks`: the learned classifier of quote marks (speech_marks.py): it sets aside names, titles and terms,
    and gives each quotation found from a pair the pair's probability of being speech (`Candidate.speech`)."""
    cues_by_sent: dict[int, list[Cue]] = {}
    for cue in cues:
        cues_by_sent.setdefault(unit_of(cue.verb).start, []).append(cue)
    found = []
    outer = [p for p in doc._.quote_pairs if p.depth == 0]
    cues_by_sent = {
        k: [c for c in v if not any(
            p.start < c.verb.idx < p.end for p in outer)] for k, v in cues_by_sent.items()}
    found.extend(_shouted_inside(doc, cues, outer, lex))
    inner: dict[int, list[Cue]] = {}  # the cues inside each pair of quote marks (an incise)
    starts = [p.start for p in outer]
    for cue in cues:
        k = bisect.bisect_right(starts, cue.verb.idx) - 1
        if k >= 0 and outer[k].start < cue.verb.idx < outer[k].end and cue.entry.kind == "speech":
            inner.setdefault(k, []).append(cue)
    for k, pair in enumerate(outer):
        if pair.end - pair.start < 3:
            continue
        speech = marks.speech_probability(doc, pair, lex) if marks is not None else None
        if speech is not None and speech < marks.threshold and not _shouted(doc, pair, cues_by_sent, lex):
            continue
        cand = attribute_pair(doc, pair, outer[k + 1] if k + 1 < len(outer) else None, cues_by_sent, lex)
        if (cand is None or cand.floating) and k > 0:  # (a floating fragment: no attribution of its own)
            cand = _coordinated_with(doc, pair, outer[k - 1], found) or cand
        if cand is not None:
            cand.speech = speech
        if cand is not None and not any(f.start <= cand.start and cand.end <= f.end and f.cue == cand.cue
                                        for f in found):
            found.extend(_split_at_incise(doc, cand, pair, inner.get(k, ())))
            # (a fragment inside a phrase already quoted with the same cue is part of it)
    return found


def _content_noun_before(doc: Doc, cand: Candidate, open_tok: Token, sent: Span, lex: Lexicon) -> bool:
    """« La direction avait alors donné la même explication à cette baisse, « … » »: a whole quotation after a comma
    or a colon right after the object of a verb, a noun of what is said (markers `colon_content_nouns`), and the
    complements after it: the verb's subject says it (the direct counterpart of indirect.content_noun_colon)."""
    if open_tok.i < 2 or doc[open_tok.i - 1].text not in (",", ":"):
        return False
    nouns = set(lex.markers["colon_content_nouns"])
    last = open_tok.i - 2
    # (its complements and the verb's after it: « la même explication à cette baisse, »)
    noun = next((t for t in reversed(doc[max(sent.start, last - _COMPLEMENT_WORDS):last + 1])
                 if t.pos_ == "NOUN" and t.dep_ == "obj" and (t.lemma_.lower() in nouns or t.lower_ in nouns)), None)
    if noun is None:
        return False
    verb = noun.head
    if verb.pos_ != "VERB" or verb.i > noun.i or is_negated(verb) or any(
            is_finite(t) or t.is_punct or t.text in ALL for t in doc[noun.i + 1:last + 1]):
        return False
    subject = subject_of(verb)
    if subject is None or subject.i > verb.i:
        return False
    cand.cue, cand.speaker, cand.speaker_head = (verb.idx, verb.idx + len(verb)), mention_span(subject), subject
    cand.rule, cand.confidence = "direct-cue-before", 0.8
    return True


def _coordinated_with(doc: Doc, pair: QuotePair, previous: QuotePair, found: list[Candidate]) -> Candidate | None:
    """« Selon Greenpeace, « … » et « … » »: a whole quotation joined by « et » to the direct quotation before it,
    which the attribution before the first does not reach, is the same speaker's (a second quotation of its own,
    ANNOTATION_RULES); fragments (« un « scandale » et « une honte » ») are left to the mixed rules."""
    if doc_text(doc)[previous.end:pair.start].strip(" ,") != "et" or len(_inner_words(doc, pair)) <= _FRAGMENT_WORDS:
        return None
    before = next((f for f in found if f.type == "direct" and f.start == previous.start and f.end == previous.end
                   and f.speaker is not None), None)
    if before is None:
        return None
    return Candidate("direct", pair.start, pair.end, before.rule, cue=before.cue, speaker=before.speaker,
                     speaker_head=before.speaker_head, headline=before.headline, confidence=before.confidence,
                     mention=before.mention)


def _split_at_incise(doc: Doc, cand: Candidate, pair: QuotePair, cues: list[Cue]) -> list[Candidate]:
    """« Je voulais partir doucement, a-t-il raconté, mais ça n'a pas marché » in one pair of quote marks: an
    interrupted quotation is two quotations (ANNOTATION_RULES), both said by the subject of the incise, which
    stands right after its verb (a clitic or a name) between commas, or a comma and a period."""
    if cand.type != "direct" or cand.start != pair.start or cand.end != pair.end:
        return [cand]
    for cue in cues:
        first = token_at(doc, cue.start)
        if first is None or first.i < 2 or doc[first.i - 1].text != ",":
            continue
        subject = inverted_subject(cue)
        if subject is None or subject.i < cue.verb.i and not is_clitic_subject(subject):
            continue
        start, end = inverted_span(subject)
        after = token_at(doc, max(end, cue.end))  # (« a-t-il raconté »: the clitic before the participle)
        while after is not None and not after.is_punct and after.i + 1 < len(doc) and (
                after.pos_ in ("ADV", "ADP", "NUM") or in_time(after) or after.dep_ == "obl:mod"):
            after = doc[after.i + 1]  # « confiait d'ailleurs Hamon en 2010. »
        if after is None or after.text not in (",", ".") or after.idx >= pair.end:
            continue
        first_part = trim(doc, pair.start, doc[first.i - 1].idx)
        second_part = trim(doc, after.idx + 1, pair.end)
        words = [doc.char_span(a, b, alignment_mode="expand") for a, b in (first_part, second_part)]
        if any(w is None or sum(not t.is_punct for t in w) < 3 for w in words):
            continue
        return [Candidate("direct", a, b, "direct-inner-incise", cue=(cue.start, cue.end), speaker=(start, end),
                          speaker_head=subject, confidence=0.8, speech=cand.speech) for a, b in (first_part, second_part)]
    return [cand]

