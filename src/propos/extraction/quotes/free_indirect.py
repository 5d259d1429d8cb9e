"""Free indirect speech, learned: does a sentence after someone's words carry them on without a cue of its own?

« Le maire a annoncé que la piscine fermerait. Les travaux coûteraient deux millions. » The second sentence
reports the mayor's words (a conditional that reports rather than asserts); « Le conseil municipal votera le
budget jeudi. » after the same words is the journalist's narration. Candidates are the sentences after a
quotation whose speaker is known, in its paragraph or the next, up to the next sentence with a cue, quote
marks, a time at its start (narration that moves on) or a quotation of its own (a sentence whose own cue found
no words is scored, and ends the run); each is scored from its form (mood and tense of its main verb, a modal,
person, negation, a connective at its start, a subject of its own that may be the speaker or a pronoun that
stands for what was said, judging words, words it shares with the quotation, the present after words in the
present, a cue of its own) and from where it stands and who spoke (sentences since the quotation, whether that
one was indirect, direct, an opinion, in the conditional, a run of conditionals since, a paragraph between, a
person speaking, words that open the paragraph the sentence stands in). Features apart, `predict` apart from the decision
(`follow`), `to_disk`/`from_disk`, `propos train free-indirect --seed 0` with its data, features and scores
beside the model; the threshold is chosen out of fold on train. A sentence kept carries the last speaker, as
the rule before it did (continuation.py, used when no model is shipped). The sentence with a quoted fragment
that ends a run is scored the same way (`carry_fragment`, with how sure the classifier of quote marks is that
the fragment is speech) when no rule attributes its fragment: kept, it is a mixed quotation, floating.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from propos.extraction.learned import LogisticModel, logit
from propos.extraction.quotes.candidate import Candidate, sentence_of, trim
from propos.extraction.quotes.continuation import is_conditional, next_sentence
from propos.extraction.quotes.lexicon import lexicon
from propos.extraction.quotes.speakers import Resolution
from propos.language.layout import line_start, paragraph_breaks
from propos.language.quotemarks import ALL
from propos.language.textprep import doc_text

MODEL_DIR = Path(__file__).with_name("models") / "free_indirect"
# how many sentences after a quotation may carry it on (on train, going to 5 made 32 more sentences to score for
# 3 more quotations among them, and quotation F1 out of fold fell a little)
MAX_DISTANCE = 3
_CONTENT = ("NOUN", "PROPN", "ADJ", "VERB")
# the rule of the quotations that carry someone's words on without a cue of their own
FREE_INDIRECT = "free-indirect"


@lru_cache(maxsize=4)
def _evaluative(lang: str) -> frozenset[str]:
    """Words that judge (« insuffisant », « dénoncer »): the stances' list."""
    from propos.extraction.stances.evaluative import Evaluative

    words = Evaluative.load(lang)
    return words.support | words.oppose


def candidates_after(doc: Doc, anchor: Candidate, cue_sentences: set[int],
                     taken: Callable[[int, int], bool],
                     fragments: list[tuple[Span, int, int]] | None = None) -> list[tuple[Span, int, int]]:
    """(sentence, its distance in sentences from the quotation, paragraph breaks between them) for each sentence
    that may carry the quotation on: in its paragraph or the next, before the next sentence with a cue, quote
    marks or a quotation of its own. `fragments`, when given, receives the sentence with quote marks that ends
    the run, when they are no quotation of their own (`taken` says): a fragment quoted in a sentence that may carry
    the words on (« Son vélo aurait « buté » contre une pierre »), scored only if the rules leave it."""
    text = doc_text(doc)
    out: list[tuple[Span, int, int]] = []
    end = anchor.end
    for distance in range(1, MAX_DISTANCE + 1):
        nxt = next_sentence(doc, end)
        if nxt is None:
            break
        breaks = paragraph_breaks(text, anchor.end, nxt.start_char)
        if breaks > 1 or taken(nxt.start_char, nxt.end_char) or _opens_with_time(nxt):
            # « Vers 9 h, … », « Le lendemain, … »: narration that moves on in time (none of the 113 such
            # sentences scored on train carried the words on)
            break
        if any(t.text in ALL for t in nxt):
            if fragments is not None and nxt.start not in cue_sentences:
                fragments.append((nxt, distance, breaks))
            break
        if len([t for t in nxt if not (t.is_punct or t.is_space)]) >= 3:
            out.append((nxt, distance, breaks))
        if nxt.start in cue_sentences:
            # a cue of its own that found no words (« Le journal reprendrait les articles … », « C'est ce que X
            # appelle … »): scored (feature `own_cue`), but someone else may speak from there on
            break
        end = nxt.end_char
    return out


def _opens_with_time(sent: Span) -> bool:
    """A time expression among the first words of the sentence."""
    opening = sent[min(len(sent) - 1, 3)].idx
    return any(sent.start_char <= t.span.start <= opening for t in sent.doc._.timexes)


def _opinion_cue(doc: Doc, anchor: Candidate, markers: dict) -> bool:
    """The words were an opinion (« estime », « dénonce », « pour X »): an argument goes on more often than a
    report of facts does."""
    if anchor.cue is None:
        return False
    if doc_text(doc)[anchor.cue[0]:anchor.cue[1]].lower() in markers["opinion_for"]:
        return True
    cue = doc.char_span(anchor.cue[0], anchor.cue[1], alignment_mode="expand")
    lex = lexicon(doc.lang_)
    return any((found := lex.cue_for(t)) is not None and found[0].opinion for t in cue or ())


def _finite(sent: Span) -> list[Token]:
    """The main verb and the auxiliaries, copula and verb it governs directly."""
    root = sent.root
    return [root] + [c for c in root.children if c.dep_.startswith("aux") or c.dep_ in ("cop", "xcomp")]


def _present(tokens) -> bool:
    """A finite verb in the present that no auxiliary turns into a past (« reste », « est » but not « a dit »)."""
    return any("VerbForm=Fin" in t.morph and "Tense=Pres" in t.morph and
               not (t.dep_.startswith("aux") and "VerbForm=Part" in t.head.morph) for t in tokens)


def _opens_its_line(doc: Doc, anchor: Candidate) -> bool:
    """The sentence of the words (its cue or speaker included) is the first of its paragraph: the speaker then
    often holds the paragraph (« Vers 9 h, X a affirmé que … . P2. P3. »). The first of its line, that is:
    after a dateline on a line of its own (« 12 mars 2016. – ») the first sentence opens the paragraph's
    prose (language.layout)."""
    first = min(x for x in (anchor.start, anchor.cue and anchor.cue[0], anchor.speaker and anchor.speaker[0])
                if x is not None)
    sent = sentence_of(doc, first)
    if sent is None:
        return False
    # only the line before the sentence is read, not the whole text up to it (once for each candidate)
    text = doc_text(doc)
    return not text[line_start(text, sent.start_char):sent.start_char].strip(" \t")


def sentence_features(doc: Doc, sent: Span, anchor: Candidate, distance: int, breaks: int,
                      markers: dict, speaker: Resolution | None = None) -> dict[str, float]:
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    verbs = _finite(sent)
    tenses = {v for t in verbs for v in t.morph.get("Tense") if "VerbForm=Fin" in t.morph}
    conditional_verbs = [v for v in verbs if is_conditional(v, markers)]
    conditional = bool(conditional_verbs)
    root = sent.root
    participle = "VerbForm=Part" in root.morph and any(c.dep_.startswith("aux") for c in root.children)
    subjects = [c for c in root.children if c.dep_.startswith("nsubj") or c.dep_.startswith("expl")]
    subject = subjects[0] if subjects else None
    subject_word = subject.lower_ if subject is not None else ""
    lowered = doc_text(doc)[sent.start_char:sent.end_char].lower().lstrip(" -\u2014\u2013")
    connective = any(lowered.startswith(c + " ") or lowered.startswith(c + ",") or
                     (c.endswith("'") and lowered.startswith(c))
                     for c in markers["free_indirect_connectives"])
    modal = any(t.lemma_.lower() in markers["free_indirect_modals"] for t in verbs)
    pronouns = markers["pronouns"]
    # the subject may be the speaker (« Il a ensuite quitté la salle »: narration about who spoke)
    speaker_subject = subject is not None and speaker is not None and speaker.name is not None and (
        subject.lower_ in speaker.name.lower().split() or (
            subject_word in pronouns and speaker.number in (None, pronouns[subject_word]["number"]) and
            speaker.gender in (None, pronouns[subject_word]["gender"])))
    # what the quotation spoke of, spoken of again (« … deux situations. Le premier tient … »)
    quoted = doc.char_span(anchor.start, anchor.end, alignment_mode="expand")
    quoted_lemmas = {t.lemma_.lower() for t in quoted or () if t.pos_ in _CONTENT}
    own = [t.lemma_.lower() for t in words if t.pos_ in _CONTENT]
    evaluative = _evaluative(doc.lang_)
    anchored_verbs = [t for t in quoted or () if t.pos_ in ("VERB", "AUX")]
    near = float(distance == 1 and breaks == 0)
    # a pronoun subject that cannot be the speaker stands for something the words spoke of (« Elle est aussi … »)
    anaphor = subject is not None and subject.pos_ == "PRON" and subject_word in pronouns and not speaker_subject
    present = "Pres" in tenses and not conditional and not participle
    return {
        "anchor_opinion": float(_opinion_cue(doc, anchor, markers)),
        "anchor_direct": float(anchor.type == "direct"),
        "subject_anaphor": float(anaphor),
        "conditional": float(conditional),
        # « aurait été », « serait »: the conditional that reports; « pourrait » is as often the writer's guess
        "conditional_auxiliary": float(any(v.lemma_.lower() in markers["auxiliary_lemmas"]
                                           for v in conditional_verbs)),
        "conditional_modal": float(conditional and modal),
        # a quotation that reports in the conditional, carried on in the conditional
        "conditional_after_conditional": float(conditional and any(is_conditional(v, markers)
                                                                   for v in anchored_verbs)),
        "future": float("Fut" in tenses and not conditional),
        "imperfect": float("Imp" in tenses and not conditional),
        "perfect": float(participle and not conditional),
        "first_second_person": float(any(t.lower_ in markers["first_second_person_pronouns"] for t in words)),
        "negation": float(any(t.lower_ in markers["negation_words"] or "Polarity=Neg" in t.morph
                              for t in words)),
        "connective": float(connective),
        "evaluative": float(any(w in evaluative for w in own)),
        "subject_name": float(subject is not None and subject.pos_ == "PROPN"),
        "subject_may_be_speaker": float(speaker_subject),
        "words_in_quotation": sum(w in quoted_lemmas for w in own) / len(own) if own else 0.0,
        "distance_2": float(distance == 2),
        "distance_3": float(distance >= 3),
        "new_paragraph": float(breaks > 0),
        "after_indirect": float(anchor.type == "indirect"),
        # what a sentence's form says depends on how close it stands to the words it would carry on
        "near": near,
        "conditional_near": float(conditional) * near,
        "present_near": float(present) * near,
        # reported words in the present carried on in the present (« X a affirmé qu'il reste … . Le budget est … »)
        "present_after_present": float(present and _present(quoted or ())),
        # a person's words go on more often than a body's or a document's (a report's figures, then the writer's)
        "speaker_person": float(speaker is not None and speaker.person),
        # the words open their paragraph and the sentence stands in it: the paragraph is the speaker's
        "speaker_paragraph": float(breaks == 0 and _opens_its_line(doc, anchor)),
    }


class FreeIndirectClassifier(LogisticModel):
    """The probability that a sentence after someone's words carries them on; at or over the threshold it is
    a free indirect quotation."""

    def follow(self, doc: Doc, anchor: Candidate, cue_sentences: set[int], taken: Callable[[int, int], bool],
               markers: dict, collect: list | None = None, speaker: Resolution | None = None,
               fragments: list | None = None) -> list[Candidate]:
        """The sentences after `anchor` that carry it on, as candidates (`collect`, when given, receives every
        sentence scored with its features and probability: what training reads). `fragments`, when given,
        receives (start, end, features) of the sentence with a quoted fragment that ends the run, for
        `carry_fragment` to score if the rules leave its fragment."""
        ending: list[tuple[Span, int, int]] | None = [] if fragments is not None else None
        found = candidates_after(doc, anchor, cue_sentences, taken, ending)
        rows = [sentence_features(doc, sent, anchor, distance, breaks, markers, speaker)
                for sent, distance, breaks in found + (ending or [])]
        for (sent, _distance, _breaks), row in zip(found + (ending or []), rows, strict=True):
            row["own_cue"] = float(sent.start in cue_sentences)
        for before, row in zip(rows, rows[1:], strict=False):  # forecasts in a row: « Sa dette devrait … Le déficit … »
            row["after_conditional"] = before["conditional"]
        run = True  # every sentence since the words in the conditional: reported all along
        for row in rows:
            run = run and row["conditional"] == 1.0
            row["conditional_run"] = float(run and row["near"] == 0.0)
        if ending:
            fragments.append((*trim(doc, ending[0][0].start_char, ending[0][0].end_char), rows.pop() | {"fragment": 1.0}))
        if not found:
            return []
        kept = []
        for (sent, _distance, _breaks), row, probability in zip(found, rows, self.predict(rows), strict=True):
            start, end = trim(doc, sent.start_char, sent.end_char)
            if collect is not None:
                collect.append({"start": start, "end": end, "features": row, "probability": probability})
            if probability >= self.threshold:
                kept.append(Candidate("free_indirect", start, end, FREE_INDIRECT, floating=True,
                                      confidence=0.5))
        return kept

    def carry_fragment(self, row: dict[str, float], start: int, end: int, speech: float | None,
                       collect: list | None = None) -> Candidate | None:
        """A sentence with a fragment in quote marks that no rule attributes, after someone's words: a mixed
        quotation carrying them on when scored at least the threshold (`speech`: how sure the classifier of
        quote marks is that the fragment is speech)."""
        # in log-odds, as the model adds its evidence (a name or a title in quote marks is far below even odds)
        row = row | {"fragment_speech": logit(speech, 0.02) if speech is not None else 0.0}
        probability = self.predict([row])[0]
        if collect is not None:
            collect.append({"start": start, "end": end, "features": row, "probability": probability})
        if probability < self.threshold:
            return None
        return Candidate("mixed", start, end, FREE_INDIRECT, floating=True, confidence=0.5, speech=speech)


@lru_cache(maxsize=2)
def shipped_free_indirect(path: Path = MODEL_DIR) -> FreeIndirectClassifier | None:
    return FreeIndirectClassifier.from_disk(path) if (path / "model.json").exists() else None
