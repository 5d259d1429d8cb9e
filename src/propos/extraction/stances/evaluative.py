"""Whether a quotation states a position, and which way: features for the learned models (models/).

A quotation's position shows in its cue (« dénonce », « salue », « sa colère contre »), in evaluative words of
its own (« une décision scandaleuse », « une excellente nouvelle »), negation reversing them, and in how
much it speaks of what the article is about (its title and lead), and in how it is said (clause_features: a
demand or a judgement, « il faut », against an account of what was, with figures). The words are in the
language's `stances_evaluative.json`; the code only counts them.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from weakref import WeakKeyDictionary

import numpy
from spacy.attrs import LEMMA, POS
from spacy.symbols import ADP
from spacy.tokens import Doc, Span, Token

from propos.extraction.actors.knowledge import fold
from propos.extraction.learned import LogisticModel
from propos.extraction.quotes.lexicon import lexicon
from propos.extraction.stances.issues import doc_words, key
from propos.input.article import title_from_text
from propos.language.resources import load_json
from propos.language.textprep import doc_text

MODEL_DIR = Path(__file__).with_name("models")
# how far into the body the lead runs: what an article is about is said early
LEAD_CHARS = 600
# a line of fewer words is no lead, a sentence of fewer runs on into the next
LEAD_MIN_WORDS = 6
# how many times a word must come back in an article to be one of its subjects
REPEATED = 3


@dataclass(frozen=True)
class Evaluative:
    support: frozenset[str]
    oppose: frozenset[str]
    against: frozenset[str]
    cue_support: frozenset[str]
    cue_oppose: frozenset[str]
    restrictive: frozenset[str]
    # what people take sides on (a debate, a reform, a strike), to tell a controversy from a death or a match
    controversy: frozenset[str]
    # what an article reporting a fact is about (a death, a disaster, a match), not a question with sides
    occurrence: frozenset[str] = frozenset()
    # verbs of necessity (« il faut », « doit »): what should be done, not what is
    obligation: frozenset[str] = frozenset()
    # verbs of blaming a party (« accuser », « reprocher »): told in narration, no position on a question
    accusation: frozenset[str] = frozenset()
    # nouns of texts and records (« le texte », « la résolution »): a speaker named only by one holds nothing
    documents: frozenset[str] = frozenset()
    # role nouns of those quoted to inform (« le procureur », « un expert »): a speaker known only so is no party
    informants: frozenset[str] = frozenset()
    # conjunctions of condition (« si »): a quotation that opens on one supposes rather than takes a side
    condition: frozenset[str] = frozenset()

    @classmethod
    def load(cls, lang: str) -> Evaluative:
        data = load_json(lang, "stances_evaluative.json")
        # every list is required but `occurrence` and `obligation`, which only sharpen the models (a language
        # may lack them)
        required = (frozenset(data[k]) for k in ("support", "oppose", "against", "cue_support", "cue_oppose",
                                                 "restrictive", "controversy"))
        return cls(*required, occurrence=frozenset(data.get("occurrence", ())),
                   obligation=frozenset(data.get("obligation", ())),
                   accusation=frozenset(data.get("accusation", ())),
                   documents=frozenset(data.get("documents", ())),
                   informants=frozenset(data.get("informants", ())),
                   condition=frozenset(data.get("condition", ())))


@lru_cache(maxsize=4)
def models() -> tuple[LogisticModel, LogisticModel, LogisticModel | None, LogisticModel | None,
                      LogisticModel | None]:
    """(is this quotation a position?, is that position support rather than opposition?, which candidate is
    the question it bears on? (choice.py), does the article report positions at all? (article_gate_features),
    is this speaker one the article reports a position of? (holder_features); the last three None where they
    were not trained)"""
    optional = [MODEL_DIR / name for name in ("issue", "article", "holder")]
    return (LogisticModel.from_disk(MODEL_DIR / "position"), LogisticModel.from_disk(MODEL_DIR / "polarity"),
            *(LogisticModel.from_disk(d) if (d / "model.json").exists() else None for d in optional))


def negated(tok: Token, restrictive: frozenset[str] = frozenset()) -> bool:
    """The word, or the verb or noun it depends on, carries a negation (« n'est pas juste », « ne salue pas »)
    that is not a restriction (« pas seulement terrible », « ne … que »)."""
    heads = [tok] + ([tok.head] if tok.pos_ in ("ADJ", "NOUN") and tok.head.i != tok.i else [])
    for h in heads:
        # the words under it only where a negation stands there (most words have none)
        if any("Polarity=Neg" in c.morph for c in h.children) and not {c.lower_ for c in h.children} & restrictive:
            return True
    return False


def polarity_counts(tokens, lex: Evaluative) -> tuple[int, int]:
    """Evaluative words for and against, a negated one counting the other way."""
    if isinstance(tokens, (Doc, Span)):
        return _polarity_counts_in(tokens, lex)
    pos = neg = 0
    for t in tokens:
        lemma = t.lemma_.lower()
        sign = 1 if lemma in lex.support else -1 if lemma in lex.oppose else 0
        if lemma in lex.against and t.pos_ == "ADP":
            sign = -1
        if not sign:
            continue
        if negated(t, lex.restrictive):
            sign = -sign
        pos, neg = pos + (sign > 0), neg + (sign < 0)
    return pos, neg


class _DocLemmas:
    """Each token's lemma in lower case, as ids into `words` (one string per distinct lemma), and the sign
    `polarity_counts` gives it before negation: read once per doc from its arrays, so that walking the whole
    article (article_counts) or a sentence builds no token but the evaluative ones."""

    def __init__(self, doc: Doc, lex: Evaluative) -> None:
        self.lex = lex
        lemma_pos = doc.to_array([LEMMA, POS]).reshape(-1, 2)
        ids, self.word_of = numpy.unique(lemma_pos[:, 0], return_inverse=True)
        strings = doc.vocab.strings
        self.words = [strings[int(i)].lower() for i in ids]
        word_sign = numpy.array([1 if w in lex.support else -1 if w in lex.oppose else 0 for w in self.words] or [0],
                                dtype=numpy.int8)
        against = numpy.array([w in lex.against for w in self.words] or [False], dtype=bool)
        signs = word_sign[self.word_of]
        signs[against[self.word_of] & (lemma_pos[:, 1] == ADP)] = -1
        self.signs = signs

    def any_word_in(self, words: frozenset[str]) -> numpy.ndarray:
        """Per token, whether its lemma (lower case) is one of the words."""
        return numpy.array([w in words for w in self.words] or [False], dtype=bool)[self.word_of]


_DOC_LEMMAS: WeakKeyDictionary[Doc, _DocLemmas] = WeakKeyDictionary()


def _doc_lemmas(doc: Doc, lex: Evaluative) -> _DocLemmas:
    cached = _DOC_LEMMAS.get(doc)
    if cached is None or cached.lex is not lex:
        cached = _DOC_LEMMAS[doc] = _DocLemmas(doc, lex)
    return cached


def _polarity_counts_in(tokens: Doc | Span, lex: Evaluative) -> tuple[int, int]:
    """`polarity_counts` over a doc or a span, from the doc's signs: only the signed tokens are read."""
    doc = tokens if isinstance(tokens, Doc) else tokens.doc
    start, end = (0, len(doc)) if tokens is doc else (tokens.start, tokens.end)
    signs = _doc_lemmas(doc, lex).signs
    pos = neg = 0
    for i in numpy.flatnonzero(signs[start:end]):
        sign = int(signs[start + i])
        if negated(doc[start + int(i)], lex.restrictive):
            sign = -sign
        pos, neg = pos + (sign > 0), neg + (sign < 0)
    return pos, neg


def _sentences_with(doc: Doc, lex: Evaluative, words: frozenset[str]) -> int:
    """How many of the doc's sentences hold one of the words (lemmas, lower case)."""
    starts = [s.start for s in doc.sents]
    if not starts:
        return 0
    inside = _doc_lemmas(doc, lex).any_word_in(words).astype(numpy.int64)
    return int(numpy.count_nonzero(numpy.add.reduceat(inside, starts)))


# how many steps up the parse an evaluative word may stand from a word of the issue it judges (« la réforme
# est inacceptable »: one; « je suis opposé à cette réforme »: one; « nous refusons de voir la réforme »: two)
_JUDGING_STEPS = 3


def issue_sign(content, issue_words: set[str], lex: Evaluative, lex_issue) -> int:
    """Which way the quotation judges the issue itself: the evaluative words (their sign, a negation reversing
    it) that the issue's words stand under in the parse, or that qualify them (« une réforme injuste »),
    summed; 0 where none does. The quotation's other evaluative words may judge something else (« la réforme
    répond à une injustice »)."""
    inside = {t.i for t in content}
    total = 0
    for t in content:
        if t.pos_ not in ("NOUN", "PROPN") or key([t], lex_issue) not in issue_words:
            continue
        chain, head = [], t
        while head.head.i != head.i and head.head.i in inside and len(chain) < _JUDGING_STEPS:
            head = head.head
            chain.append(head)
        chain += [c for c in t.children if c.dep_ == "amod"]
        for j in chain:
            lemma = j.lemma_.lower()
            sign = 1 if lemma in lex.support else -1 if lemma in lex.oppose else 0
            if sign:
                total += -sign if negated(j, lex.restrictive) else sign
                break
    return (total > 0) - (total < 0)


def topic(doc: Doc, lex_issue) -> tuple[Span | None, Span | None, set[str]]:
    """The title (when the text opens with one), the lead's first sentence, and the content words of the
    title and the lead."""
    text = doc_text(doc)
    found = title_from_text(text)
    title = doc.char_span(*found[1], alignment_mode="expand") if found else None
    start = lead_start(text, found[1][1] if found else 0)
    lead = doc.char_span(start, min(len(text), start + LEAD_CHARS), alignment_mode="contract")
    # words the article comes back to are what it is about, as much as those of its title and lead
    counts: dict[str, int] = {}
    for w in doc_words(doc, lex_issue):
        counts[w] = counts.get(w, 0) + 1
    words = {w for w, n in counts.items() if n >= REPEATED}
    for part in (title, lead):
        if part is not None:
            words |= set(filter(None, key(list(part), lex_issue).split("+")))
    return title, lead_sentence(lead), words


def lead_start(text: str, start: int) -> int:
    """Where the article's prose begins after the title: a line that announces a list (« Vous pouvez
    consulter les articles suivants : ») or a line of a few words (a link, a dateline) is not its lead."""
    pos = start
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end].strip()
        if line and not line.endswith(":") and len(line.split()) >= LEAD_MIN_WORDS:
            return pos
        pos = end + 1
    return start


def lead_sentence(lead: Span | None) -> Span | None:
    """The lead's first sentence, run on into the next ones while it is only a few words (« Dimanche, » cut
    off by the parser)."""
    if lead is None:
        return None
    first = next((t.sent for t in lead if not t.is_space), None)
    if first is None:
        return None
    doc = lead.doc
    start, end = first.start, first.end
    while sum(t.is_alpha for t in doc[start:end]) < LEAD_MIN_WORDS and end < lead.end:
        end = doc[end].sent.end
    return doc[start:min(end, max(lead.end, first.end))]


def article_features(doc: Doc, lex: Evaluative, speakers: int, lead: Span | None = None) -> dict[str, float]:
    """How much the article is a controversy: evaluative words per sentence, in the title, how many speak;
    words of a matter people take sides on in its title, its lead sentence and its sentences (a reform, a
    strike: positions; a death, a match: reactions), and words of a fact (`occurrence`: a death, a disaster, a
    match) in its title and its sentences. `_title_end` (not a feature): where the title ends, 0
    without one."""
    counts = article_counts(doc, lex)
    return {"art_evaluative": min(1.0, (counts["pos"] + counts["neg"]) / max(1, counts["sentences"])),
            "art_oppose_share": counts["neg"] / max(1, counts["pos"] + counts["neg"]),
            "title_evaluative": counts["title_evaluative"], "art_speakers": min(speakers, 6) / 6,
            "title_controversy": min(counts["title_controversy"], 2) / 2,
            "lead_controversy": min(_count(lead or [], lex.controversy), 3) / 3,
            "art_controversy": counts["contested"] / max(1, counts["sentences"]),
            "art_occurrence": counts["occurring"] / max(1, counts["sentences"]),
            "title_occurrence": min(counts["title_occurrence"], 2) / 2,
            "_title_end": counts["title_end"]}


def article_counts(doc: Doc, lex: Evaluative) -> dict:
    """What article_features counts over the whole text, once per document: the position model and the
    article model both read it, and the counts walk every token."""
    cached = doc.user_data.get(_COUNTS_KEY)
    if cached is not None:
        return cached
    found = title_from_text(doc_text(doc))
    title_end = found[1][1] if found else 0
    title = doc.char_span(0, title_end, alignment_mode="expand") or []
    pos, neg = polarity_counts(doc, lex)
    title_pos, title_neg = polarity_counts(title, lex)
    counts = {"pos": pos, "neg": neg, "title_evaluative": float(title_pos + title_neg > 0),
              "title_controversy": _count(title, lex.controversy), "sentences": sum(1 for _ in doc.sents),
              "title_end": title_end, "contested": _sentences_with(doc, lex, lex.controversy),
              "title_occurrence": _count(title, lex.occurrence),
              "occurring": _sentences_with(doc, lex, lex.occurrence)}
    doc.user_data[_COUNTS_KEY] = counts
    return counts


_COUNTS_KEY = ("propos_stances", "article_counts")


def article_gate_features(doc: Doc, lex: Evaluative, lead: Span | None = None) -> dict[str, float]:
    """What the article model reads to tell an article that reports positions (a reform, a dispute) from one
    that reports facts with a few quotations (a death, a match, a result): article_features, how much it
    quotes, and how much its lead sentence speaks of a fact (`occurrence`)."""
    speakers = {q.speaker_id for q in doc._.quotes if q.speaker_id}
    f = article_features(doc, lex, len(speakers), lead)
    f.pop("_title_end")
    f |= {"n_quotes": min(len(doc._.quotes), 10) / 10, "has_quotes": float(bool(doc._.quotes)),
          "lead_occurrence": min(_count(lead or [], lex.occurrence), 3) / 3}
    return {k: v for k, v in f.items() if v}


def _count(tokens, words: frozenset[str]) -> int:
    """How many of the tokens are one of the words (lemmas)."""
    return sum(t.lemma_.lower() in words for t in tokens)


def holder_context(doc: Doc, actor, lex: Evaluative) -> dict[str, float]:
    """Evaluative words in the sentences that name the holder (« le collectif a rejeté le plan »)."""
    sentences = {}
    for m in actor.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            sentences[span.sent.start] = span.sent
    pos = neg = 0
    for sent in sentences.values():
        p, n = polarity_counts(sent, lex)
        pos, neg = pos + p, neg + n
    return {"holder_support": min(pos, 4) / 4, "holder_oppose": min(neg, 4) / 4,
            "holder_leans_oppose": float(neg > pos), "holder_leans_support": float(pos > neg)}


def holder_features(doc: Doc, actor, quotes: list, title_end: int, lead: Span | None, lex: Evaluative,
                    speaker_counts: dict[str, int], said: dict[str, dict] | None = None) -> dict[str, float]:
    """What tells a speaker whose position the article reports (the parties to its dispute) from one it only
    quotes for facts (a prefecture's figures, a witness, a source « selon X »): how much of the article's
    speech is theirs and how they rank among its speakers, whether its title or lead names them, how early,
    how their words are reported (attributed « selon X » or said), and the evaluative words in their cues and
    words. `quotes`: the speaker's quotations; `speaker_counts`: quotations per speaker in the article;
    `said`: the clause_features already computed, by quotation id (holder_manner)."""
    doc_len = max(1, len(doc_text(doc)))
    mine = speaker_counts.get(actor.id, 0)
    rank = sorted(speaker_counts.values(), reverse=True).index(mine) if mine else len(speaker_counts)
    starts = [m.start for m in actor.mentions] or [doc_len]
    lead_span = (lead.start_char, lead.end_char) if lead is not None else (0, 0)
    rules = [(q.resolution or "").split("/")[0] for q in quotes]
    cue_sign = eval_words = 0
    for q in quotes:
        cue = doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand") if q.cue else None
        lemmas = {t.lemma_.lower() for t in cue or []}
        cue_sign += bool(lemmas & (lex.cue_support | lex.cue_oppose))
        content = doc.char_span(q.content.start, q.content.end, alignment_mode="expand")
        eval_words += sum(polarity_counts(content or [], lex))
    f = {f"holder_{actor.type}": 1.0,
         "holder_share": mine / max(1, sum(speaker_counts.values())),
         "holder_rank0": float(rank == 0), "holder_rank1": float(rank == 1), "holder_rank_low": float(rank >= 3),
         "holder_in_title": float(min(starts) < title_end),
         "holder_in_lead": float(any(lead_span[0] <= s < lead_span[1] for s in starts)),
         "holder_first_at": min(starts) / doc_len,
         "holder_log_mentions": math.log1p(len(actor.mentions)) / 3,
         "holder_source_share": sum(r == "source-marker" for r in rules) / max(1, len(rules)),
         "holder_direct_share": sum(q.type == "direct" for q in quotes) / max(1, len(quotes)),
         "holder_cue_evaluative": min(cue_sign, 3) / 3,
         "holder_eval_words": min(eval_words, 4) / 4,
         "holder_speakers": min(len(speaker_counts), 8) / 8,
         # a party to the dispute (an official with a role, one the article tells acting) against a witness
         # (« un habitant », « une passante »: named by an indefinite phrase)
         "holder_role": float(bool(actor.roles)),
         "holder_indefinite": sum(_indefinite(doc, q.speaker) for q in quotes) / max(1, len(quotes)),
         "holder_log_events": math.log1p(sum(e.source_id == actor.id for e in doc._.events)) / 3}
    f |= holder_manner(doc, quotes, lex, said)
    return {k: v for k, v in f.items() if v}


def holder_manner(doc: Doc, quotes: list, lex: Evaluative,
                  said: dict[str, dict] | None = None) -> dict[str, float]:
    """How a speaker's words are said, over their quotations (clause_features): a party to the dispute judges
    and asks (a cue that introduces a view, « il faut », a subjunctive, the first person), one quoted to inform
    tells what was and gives figures. Each, the share of the speaker's quotations that show it. `said`: the
    clause_features the quotation rows computed, by quotation id (the stance step reads each quotation once);
    those of a quotation it lacks are computed here."""
    shown: Counter = Counter()
    for q in quotes:
        content = doc.char_span(q.content.start, q.content.end, alignment_mode="expand")
        if content is None:
            continue
        f = (said or {}).get(q.id)
        if f is None:
            cue = doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand") if q.cue else None
            f = clause_features(content, cue, lex)
        shown["holder_opinion_cue"] += "cue_opinion" in f
        shown["holder_cognition_cue"] += "cue_class:cognition" in f
        shown["holder_should"] += any(k in f for k in ("obligation", "mood_subjunctive", "mood_imperative"))
        shown["holder_past"] += "tense_past" in f
        shown["holder_numbers"] += "numbers" in f
        shown["holder_first_person"] += any("Person=1" in t.morph for t in content if t.pos_ == "PRON")
    return {k: n / max(1, len(quotes)) for k, n in shown.items()}


def _indefinite(doc: Doc, mention) -> bool:
    """A speaker mention that opens on an indefinite article (« un habitant », « des manifestants »)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand") if mention is not None else None
    return bool(span) and span[0].pos_ == "DET" and "Definite=Ind" in span[0].morph


def quote_features(quote, content: Span, cue: Span | None, said: dict[str, float], topic_words: set[str],
                   lex: Evaluative, lex_issue, speaker_type: str, speaker_quotes: int,
                   rule_signs: list[int]) -> dict[str, float]:
    """The features both models read, for one quotation with a resolved speaker; `said`: its
    clause_features."""
    cue_lemmas = {t.lemma_.lower() for t in cue or []}
    cue_sign = 1 if cue_lemmas & lex.cue_support else -1 if cue_lemmas & lex.cue_oppose else 0
    if cue_sign and cue is not None and any(negated(t) for t in cue if t.pos_ == "VERB"):
        cue_sign = -cue_sign
    pos, neg = polarity_counts(content, lex)
    words = set(filter(None, key(list(content), lex_issue).split("+")))
    shared = len(words & topic_words)
    # « il n'y aura pas de soldats en Ukraine »: what the article is about, denied
    topical = [t for t in content if t.pos_ in ("NOUN", "PROPN") and fold(t.lemma_.lower()) in topic_words]
    topic_denied = any(negated(t) or t.head.i != t.i and negated(t.head) for t in topical)
    # which way the words that judge what the article is about go (« cette réforme est injuste »), apart from
    # the quotation's other evaluative words
    judged = issue_sign(content, topic_words, lex, lex_issue)
    first_person = sum("Person=1" in t.morph for t in content if t.pos_ == "PRON")
    f = {
        f"type_{quote.type}": 1.0,
        f"speaker_{speaker_type}": 1.0,
        "cue_support": float(cue_sign > 0), "cue_oppose": float(cue_sign < 0),
        "no_cue": float(cue is None),
        "eval_support": min(pos, 3) / 3, "eval_oppose": min(neg, 3) / 3,
        "eval_any": float(pos + neg > 0),
        "topic_shared": min(shared, 4) / 4, "topic_none": float(shared == 0),
        "log_length": math.log1p(len(content)) / 5,
        "first_person": float(first_person > 0),
        "speaker_quotes": min(speaker_quotes, 5) / 5,
        "headline": float(quote.headline),
        "rule_support": float(any(s > 0 for s in rule_signs)),
        "rule_oppose": float(any(s < 0 for s in rule_signs)),
        "topic_denied": float(topic_denied),
        "topic_judged_support": float(judged > 0), "topic_judged_oppose": float(judged < 0),
        "negations": float(any("Polarity=Neg" in t.morph for t in content)),
        # how sure its speaker is: a position given to the wrong speaker is a wrong position
        "speaker_confidence": quote.confidence or 0.0,
    }
    # how the quotation was found (« selon X », a que-clause, an infinitive: « a dit avoir négocié … » reports
    # a fact more often than a position): the rule's family, its weight learned
    family = (quote.resolution or "").split("/")[0]
    if family:
        f[f"rule:{family}"] = 1.0
    f |= said
    # which cue and which evaluative words: their weights are learned, their list is the language's
    for t in cue or []:
        if t.pos_ in ("VERB", "NOUN"):
            f[f"cue:{t.lemma_.lower()}"] = 1.0
    for t in content:
        lemma = t.lemma_.lower()
        if lemma in lex.support or lemma in lex.oppose:
            f[f"word{'-' if negated(t, lex.restrictive) else '+'}:{lemma}"] = 1.0
    return {k: v for k, v in f.items() if v}


def clause_features(content: Span, cue: Span | None, lex: Evaluative) -> dict[str, float]:
    """How the quotation is said, which tells a position (what should be, what one wants or judges) from a
    report of facts (what was, figures): the class of its cue in the speech lexicon (a saying, a belief or
    judgement, a speech act; one that introduces a view), the mood of a demand (subjunctive, imperative), a
    verb of necessity (« il faut », « doit »), the past of an account, and numbers. The holder model reads them
    over a speaker's quotations (holder_manner)."""
    f: dict[str, float] = {}
    entry = _cue_entry(cue)
    if entry is not None:
        f[f"cue_class:{entry.kind}"] = 1.0
        f["cue_opinion"] = float(entry.opinion)
    verbs = [t for t in content if t.pos_ in ("VERB", "AUX")]
    moods = {m for t in verbs for m in t.morph.get("Mood")}
    f["mood_subjunctive"] = float("Sub" in moods)
    f["mood_imperative"] = float("Imp" in moods)
    f["tense_past"] = float(_told_in_past(content))
    f["obligation"] = float(any(t.lemma_.lower() in lex.obligation for t in verbs))
    f["numbers"] = min(sum(t.like_num or t.pos_ == "NUM" for t in content), 3) / 3
    # « Si les braconniers sont passés à l'action, c'est que … », « pourquoi y aurait-il des sanctions ? »: a
    # supposition or a question, which explains or asks more often than it takes a side
    first = next((t for t in content if not t.is_punct and not t.is_space), None)
    f["condition"] = float(first is not None and first.pos_ == "SCONJ" and first.lower_ in lex.condition)
    f["question"] = float(content.text.rstrip(" »\"”’").endswith("?"))
    return {k: v for k, v in f.items() if v}


def _cue_entry(cue: Span | None):
    """The speech lexicon's entry for the cue's verb (its class and whether it introduces a view), or None."""
    if cue is None:
        return None
    lex = lexicon(cue.doc.lang_)
    return next((found[0] for t in cue if (found := lex.cue_for(t)) is not None), None)


def _told_in_past(content: Span) -> bool:
    """The quotation's main verb tells what was: a compound past or a past infinitive (« ont défilé »,
    « avoir négocié »), or a simple past. Not the imperfect, which reported speech puts for the present
    (« il a estimé qu'il fallait … »)."""
    root = next((t for t in content if t.head.i == t.i or not (content.start <= t.head.i < content.end)), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return False
    if "VerbForm=Part" in root.morph:
        return any(c.dep_ in ("aux", "aux:tense") for c in root.children)
    return "Tense=Past" in root.morph and "VerbForm=Fin" in root.morph
