"""Which question a holder's learned position bears on: the candidate phrases, and what a model reads of them.

The candidates are the article's issues (issues.article_issues, with their rank and weight), the noun phrases
of its title and lead sentence, and those of what the holder says in the article. Each is read by how often
the article comes back to its words and to the noun that heads it (the article's most repeated head is most
often its question), how many of them the holder says and the other speakers say, whether it stands in the
title, whether an evaluative verb bears on it (« je dénonce la fermeture des lignes »: in the holder's words or
in the title and lead), whether it opens on a noun that names an action (the language's nominalisations:
« suppression », « envoi ») or names a matter people take sides on. `propos train stances` labels them by
the scorer's matcher against the gold issues of the holder and fits `models/issue`; the position goes to the
candidate it scores highest.

Tried at stop 39 and not kept, each one feature more for the same model, on train out of fold (fold seeds 0-2,
thresholds fixed at position 0.2, article 0.4, holder 0.1: stance F1 0.2682, 245 predictions right): a name or
a number as the phrase, what an evaluative noun bears on (« son opposition à »), the share of quotations and
how many speakers say its words, the share of its words in the title (0.2561) or the lead (0.2673), in the
sentences naming the holder, other speakers' phrases with its head, its distance to the holder's cue (0.2663),
the holder's words off the title's; all together 0.2564. Its words in the quotations that state the position
(the position model's evidence) gave 0.2694 (`propos train stances`: with_holder_model 0.2682 → 0.2694, top-one
0.622 → 0.611): noise. Top-one over gold holders (5 fold seeds, 229 holders, 198 with a right candidate) stayed
at 0.62 at best: pairwise ranking 0.60, features relative to the holder's best candidate 0.58-0.60, gradient
boosting (depth 2-3) 0.58-0.59, weighting each holder's candidates as one 0.61-0.62; the head noun's lemma as a
feature 0.627 (C 0.1 0.630), out of fold F1 0.2703 at C 0.3 but 0.2669 at 0.1 and 0.2646 at 1. The logistic
regression over the features above stays. What a right choice is worth: the first right candidate in the model's
order, wherever there is one, gives out of fold P/R/F1 0.399/0.289/0.335 (58 more predictions right).

Kept at stop 44: whether the phrase names the holder itself (`names_holder`: « nouveau président américain
Donald Trump » for a position of Trump's, by the names the holder's quotations and actor go by), beside
`names_person` and `names_speaker` (its weight -0.73): cross-validated (`propos train stances`,
with_holder_model) P/R/F1 0.3071/0.2420/0.2706 → 0.3096/0.2441/0.2729, top-one 0.609 → 0.612; train
in-sample and dev (measure only) unchanged.

Tried at stop 46 and not kept (issue 16; `propos train stances --seed 0`, with_holder_model, against the models
retrained from the same code: 0.3239/0.2452/0.2790, top-one 0.6164; of 232 gold holders that speak, 147 got a
right candidate in sample, 52 a wrong one where a right one stood, 32 had none): what the holder's words judge
as features and candidates — the object of the infinitive an evaluative verb governs (« refuse de payer la
taxe », as judged_said), a phrase « contre » governs in the holder's quotations (`against_said`), outside the
quotations the phrase an evaluative verb whose subject is the holder bears on (« le maire dénonce la fermeture
des lignes », a candidate `src_told` and `judged_told`): 0.3195/0.2398/0.2739 (top-one 0.6164, 3 more holders
with a right candidate); with one feature for any of the three 0.3221/0.2420/0.2763 (top-one 0.6236); the told
phrases as features only, no candidates 0.3213/0.2430/0.2767 (0.6178); that without the infinitive's object
0.3284/0.2387/0.2764; the infinitive's object alone 0.3200/0.2419/0.2755 (top-one 0.6121); `against_said` alone
0.3311/0.2409/0.2788 (top-one 0.6164, the article threshold 0.35 → 0.4). The loss is on fold seed 0 (0.2843 →
0.271-0.278; seeds 1 and 2 flat). Preferring a
judged candidate over the model's choice (out of fold, top-one): 0.53; a title phrase that opens on an
occurrence noun (« tempête », « attentat ») as a feature: flat.

Kept at stop 48 (issue 16, the wording): of the 33 train gold positions (in sample) with the right holder and
polarity on an issue sharing no word, 26 were another question (the choice: the title's event, a phrase naming
a person, a lead's figure), 4 the same question in other words (« plan de réduction d'effectifs » for
« suppressions de postes », « impôt » against « impôts »: the matcher compares six letters), 3 the wording: a
participle's act left out (« accès à Wikipédia » of « L'accès à Wikipédia bloqué »), a bare head (« examen » of
« mis en examen »), a verb left as written. `worded` words the chosen candidate after the choice, its key kept
(so the model, its features and the merging stay as they are, no rebuild): the « sur / contre / entre »
phrase the parse hangs on the verb right after the object put back (« consultations citoyennes sur
l'Europe »), and a past participle's nominalisation (stances_nominalisations.tsv, 42 verbs more, each noun one
of the action nouns already, so the `nominal_head` feature is unchanged) before a noun it qualifies, whose
passive subject or headline subject it is (« dépénalisation de violences domestiques », « blocage d'accès à
Wikipédia »). Train in sample 91 → 92 gold found, 101 → 102 predictions right (pred 262), 6 positions reworded
in 4 articles; dev (measure only) unchanged, 15 of 80, pred 56, no position reworded.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from spacy.symbols import NOUN, VERB
from spacy.tokens import Doc

from propos.extraction.actors.knowledge import fold
from propos.extraction.actors.resolve import actor_by_id
from propos.extraction.stances.issues import (
    _LOOSE_ENDS,
    _phrases_in,
    doc_words,
    elided,
    forms_keyed,
    key,
    label,
    phrase_tokens,
)
from propos.language.textprep import doc_text

# how long a word must be to count as one a question is named by (short ones are mostly function words)
_LONG_WORD = 5
# how many of the article's issues, best first, are candidates
_ARTICLE_ISSUES = 6


@dataclass
class IssueContext:
    """What every holder's candidates share in one article, computed once."""

    title_text: str
    topic_words: set[str]
    issues: list[tuple[str, str, float]]
    counts: Counter
    parts: dict[str, tuple[list, str]] = field(default_factory=dict)
    # quotation id → (speaker id, its content words)
    quote_words: dict[str, tuple[str | None, set[str]]] = field(default_factory=dict)
    quote_spans: dict[str, object] = field(default_factory=dict)
    head_counts: Counter = field(default_factory=Counter)
    skip: set[int] = field(default_factory=set)
    # label → the content word its phrase is headed by (« suppression » for « la suppression du billet »)
    heads: dict[str, str] = field(default_factory=dict)
    # labels of phrases that an evaluative verb bears on (« X dénonce la suppression du billet »), by where
    # they stand: the title and lead (None), or a quotation (its speaker's id)
    judged: dict[str | None, set[str]] = field(default_factory=dict)
    # the article's most repeated head word (its count)
    top_head: int = 0
    # the lowercased names of the article's people and of its speakers
    people: set[str] = field(default_factory=set)
    speakers: set[str] = field(default_factory=set)
    # the lowercased names of each speaker, by its id: a phrase that names the holder itself (« le nouveau
    # président Donald Trump » for Trump's position) is what the article says of them, not what they judge
    names_of: dict[str, set[str]] = field(default_factory=dict)
    # label → the tokens of its phrase (the title's, the lead's, the quotations'), to word the chosen one
    phrases: dict[str, list] = field(default_factory=dict)


def _head(phrase, lex) -> str:
    """The content word a phrase is headed by: its first noun's lemma, as keys spell it."""
    for t in phrase:
        if t.pos_ in ("NOUN", "PROPN") and t.is_alpha and not t.is_stop:
            words = key([t], lex)
            if words:
                return words
    return ""


def _noun_heads(doc: Doc, lex):
    """`_head([t], lex)` for each noun of the doc, in order: for a noun it depends on its lemma alone (a word
    that is no stop word and only letters), so each lemma is keyed once."""
    known = forms_keyed(lex, "noun head")  # by the lemma's id
    for t in doc:
        if t.pos != NOUN:
            continue
        if not t.is_alpha or t.is_stop:
            yield ""
            continue
        head = known.get(t.lemma)
        if head is None:
            head = known[t.lemma] = key([t], lex)
        yield head


def _judged(tok, lex, evaluative) -> bool:
    """The phrase headed by `tok` is what an evaluative verb bears on (its object or the phrase it governs):
    « dénonce la réforme », « s'oppose à la réforme », « la réforme est rejetée »."""
    if tok.dep_ not in ("obj", "obl:arg", "nsubj:pass", "xcomp", "iobj") or tok.head.i == tok.i:
        return False
    lemma = tok.head.lemma_.lower()
    pred = lex.predicates.get(lemma)
    return (pred is not None and pred.kind == "attitude") or evaluative is not None and (
        lemma in evaluative.support or lemma in evaluative.oppose)


def context(doc: Doc, about: tuple, issues: list[tuple[str, str, float]], lex, evaluative=None) -> IssueContext:
    """`about`: the article's title, lead sentence and topic words (evaluative.topic); `issues`: its issues;
    `evaluative`: the language's evaluative words (which phrases an evaluative verb bears on)."""
    title, lead, topic_words = about
    times = {t.i for x in doc._.timexes
             for t in doc.char_span(x.span.start, x.span.end, alignment_mode="expand") or []}
    ctx = IssueContext(title.text if title is not None else "", set(topic_words), issues,
                       Counter(doc_words(doc, lex)), skip=times)
    heads = Counter(_noun_heads(doc, lex))
    heads.pop("", None)
    ctx.top_head = max(heads.values(), default=0)
    for part, source in ((title, "src_title"), (lead, "src_lead")):
        if part is not None:
            tokens = [t for t in part if not t.is_space]
            for phrase in _phrases_in(tokens, times):
                text = label(phrase)
                ctx.parts.setdefault(text, (phrase, source))
                ctx.phrases.setdefault(text, phrase)
                ctx.heads.setdefault(text, _head(phrase, lex))
                if _judged(phrase_root(phrase), lex, evaluative):
                    ctx.judged.setdefault(None, set()).add(text)
    for q in doc._.quotes:
        span = doc.char_span(q.content.start, q.content.end, alignment_mode="expand")
        ctx.quote_words[q.id] = (q.speaker_id, set(key(list(span or []), lex, distinct=False)))
        ctx.quote_spans[q.id] = span
        for phrase in _phrases_in([t for t in span or [] if not t.is_space], times):
            text = label(phrase)
            ctx.heads.setdefault(text, _head(phrase, lex))
            ctx.phrases.setdefault(text, phrase)
            if _judged(phrase_root(phrase), lex, evaluative):
                ctx.judged.setdefault(q.speaker_id, set()).add(text)
    ctx.head_counts = heads
    # a phrase that names a person or a speaker is rarely the question (« nouveau président américain Donald
    # Trump »): the model reads it
    ctx.people = {n.lower() for a in doc._.actors if a.type == "PER" for n in (a.name, *a.aliases) if len(n) > 3}
    ctx.speakers = {q.speaker_name.lower() for q in doc._.quotes if q.speaker_name and len(q.speaker_name) > 3}
    for q in doc._.quotes:
        if q.speaker_id:
            ctx.names_of.setdefault(q.speaker_id, set()).update(_speaker_names(doc, q))
    return ctx


def _speaker_names(doc: Doc, quote) -> set[str]:
    """The lowercased names a quotation's speaker goes by: as the quotation names them, and its actor's name
    and aliases (a role noun among them: « maire »)."""
    actor = actor_by_id(doc, quote.speaker_id)
    names = (quote.speaker_name or "", *((actor.name, *actor.aliases) if actor is not None else ()))
    return {n.lower() for n in names if len(n) > 3}


def phrase_root(phrase):
    """The token of a phrase whose head stands outside it."""
    inside = {t.i for t in phrase}
    return next((t for t in phrase if t.head.i not in inside or t.head.i == t.i), phrase[0])


def candidates(ctx: IssueContext, speaker_id: str, lex, controversy: frozenset[str]) -> dict[str, tuple[str, dict]]:
    """Issue label → (issue key, features) for a position of the speaker `speaker_id`."""
    said: set[str] = set()
    others: Counter = Counter()
    for speaker, words in ctx.quote_words.values():
        if speaker == speaker_id:
            said |= words
        else:
            others.update(words)
    nominal_heads = set(lex.nominals.values()) | lex.action_nouns
    out: dict[str, tuple[str, dict]] = {}

    def add(text: str, issue_key: str, source: str, extra: dict | None = None) -> None:
        words = [w for w in issue_key.split("+") if w]
        if not text or not words:
            return
        if text in out:
            out[text][1][source] = 1.0
            return
        counts = [ctx.counts.get(w, 0) for w in words]
        lowered = text.lower().split()
        head = ctx.heads.get(text) or _head_of_key(text, words)
        head_count = ctx.head_counts.get(head, 0)
        f = {source: 1.0, **(extra or {}),
             "head_log_count": math.log1p(head_count) / 4,
             "head_top": float(head_count >= 2 and head_count == ctx.top_head),
             "judged_said": float(text in ctx.judged.get(speaker_id, ())),
             "judged_title": float(text in ctx.judged.get(None, ())),
             "n_words": min(len(words), 8) / 8,
             "long_words": min(sum(len(w) >= _LONG_WORD for w in words), 5) / 5,
             "log_count_max": max(math.log1p(n) for n in counts) / 4,
             "log_count_sum": min(sum(math.log1p(n) for n in counts) / 10, 1.5),
             "once": float(max(counts) < 2),
             "said_shared": min(len(set(words) & said), 3) / 3,
             "others_shared": min(sum(others.get(w, 0) for w in words), 5) / 5,
             "topic_shared": min(len(set(words) & ctx.topic_words), 4) / 4,
             "in_title": float(bool(ctx.title_text) and text in ctx.title_text),
             "nominal_head": float(lowered[0] in nominal_heads),
             "controversy_word": float(any(w in controversy for w in lowered)),
             "names_person": float(_names_one_of(lowered, ctx.people)),
             "names_speaker": float(_names_one_of(lowered, ctx.speakers)),
             "names_holder": float(_names_one_of(lowered, ctx.names_of.get(speaker_id, set())))}
        out[text] = (issue_key, {k: v for k, v in f.items() if v})

    for rank, (text, issue_key, score) in enumerate(ctx.issues[:_ARTICLE_ISSUES]):
        add(text, issue_key, "src_article", {"art_rank0": float(rank == 0), "art_rank1": float(rank == 1),
                                             "art_score": score / 8})
    for text, (phrase, source) in ctx.parts.items():
        add(text, key(phrase, lex), source)
    for quote_id, (speaker, _) in ctx.quote_words.items():
        span = ctx.quote_spans.get(quote_id)
        if speaker != speaker_id or span is None:
            continue
        for phrase in _phrases_in([t for t in span if not t.is_space], ctx.skip):
            add(label(phrase), key(phrase, lex), "src_quote")
    return out


def _names_one_of(words: list[str], names: set[str]) -> bool:
    """Whether the phrase's words hold one of the names, word for word (« Rose » is not in « roseraie »)."""
    padded = f" {' '.join(words)} "
    return any(f" {name} " in padded for name in names)


def _head_of_key(text: str, words: list[str]) -> str:
    """The key word that the label names first (the head, for a label without its phrase)."""
    folded = fold(text.lower())
    return min(words, key=lambda w: (folded.find(w[:4]) if w[:4] in folded else len(folded)))


def best_issue(model, cands: dict[str, tuple[str, dict]]) -> tuple[str, str] | None:
    """The candidate the model scores highest (the first in order on a tie), as (label, key)."""
    if not cands:
        return None
    texts = list(cands)
    best = best_index(model.predict([cands[t][1] for t in texts]))
    return texts[best], cands[texts[best]][0]


def fullest(chosen: tuple[str, str], wordings: dict[str, str]) -> tuple[str, str]:
    """The article's fullest wording of the chosen question: the phrase whose key holds all the chosen key's
    words and the most besides (« mouvement des Gilets jaunes » for « Gilets jaunes »), as an annotator names
    the question; the chosen one where none holds more. `wordings`: label → key, the holder's candidates (on
    train, out of fold, every noun phrase of the article did worse: long clauses a parse ran on)."""
    words = set(filter(None, chosen[1].split("+")))
    best = chosen
    for text, issue_key in wordings.items():
        other = set(filter(None, issue_key.split("+")))
        if words < other and len(other) > len(set(best[1].split("+"))):
            best = (text, issue_key)
    return best


def worded(chosen: tuple[str, str], ctx: IssueContext, lex) -> tuple[str, str]:
    """The chosen question worded as a reader names it, its key kept (the choice and the merging stay as they
    are; the words only grow): the noun's complement the parse hung on the verb put back (« instaurer une taxe
    sur les poids lourds » → « taxe sur les poids lourds »), and a noun a participle tells something done to named
    by the verb's nominalisation (« L'accès à Wikipédia bloqué en Turquie » → « blocage de l'accès à
    Wikipédia »)."""
    phrase = ctx.phrases.get(chosen[0])
    if not phrase:
        return chosen
    tokens = phrase + _cut_complement(phrase, lex, ctx.skip)
    participle = _participle(phrase, lex)
    if participle is None:
        return label(tokens) or chosen[0], chosen[1]
    # the participle out of the words (« accès à Wikipédia [bloqué] en Turquie »), its noun before them
    before, after = [t for t in tokens if t.i < participle.i], [t for t in tokens if t.i > participle.i]
    text = " ".join(filter(None, (label(before), _as_written(after))))
    return elided(f"{lex.nominals[participle.lemma_.lower()]} de {text}"), chosen[1]


def _as_written(tokens) -> str:
    """The text the tokens run over, spaces made single."""
    if not tokens:
        return ""
    return " ".join(doc_text(tokens[0].doc)[tokens[0].idx:tokens[-1].idx + len(tokens[-1])].split())


def _cut_complement(phrase, lex, skip: set[int]) -> list:
    """The phrase of « sur », « contre », « entre » right after an object noun that the parse hangs on the verb
    (« une taxe | sur les poids lourds »), up to a time; none when another word stands between them."""
    root = phrase_root(phrase)
    if root.dep_ not in ("obj", "nsubj:pass") or root.head.pos != VERB:
        return []
    for sibling in root.head.children:
        if sibling.dep_ not in ("obl", "obl:arg", "obl:mod") or sibling.i <= root.i:
            continue
        if not {c.lower_ for c in sibling.children if c.dep_ == "case"} & lex.noun_complement_cases:
            continue
        extra = phrase_tokens(sibling)
        if extra[0].i != phrase[-1].i + 1:
            return []
        cut = next((k for k, t in enumerate(extra) if t.i in skip), len(extra))
        extra = extra[:cut]
        while extra and extra[-1].pos_ in _LOOSE_ENDS:
            extra.pop()
        return extra if any(t.pos_ in ("NOUN", "PROPN") for t in extra) else []
    return []


def _participle(phrase, lex):
    """The past participle that tells what is done to the phrase's noun where the language has a noun for its
    action (its nominalisations), or None: one that qualifies it (« l'accès à Wikipédia bloqué en Turquie »), a
    passive (« le bac a été supprimé »), a headline's participle with no auxiliary (« Le bac de Marsan supprimé »;
    with one, « le maire a supprimé », the subject does the act)."""
    root = phrase_root(phrase)
    told = [c for c in root.children if c.dep_ == "acl" and c.i > root.i]
    if root.dep_ == "nsubj:pass" or root.dep_ == "nsubj" and not any(
            c.dep_.startswith("aux") or c.dep_ == "cop" for c in root.head.children):
        told.append(root.head)
    return next((c for c in told if c.pos == VERB and "VerbForm=Part" in c.morph and "Tense=Past" in c.morph
                 and c.lemma_.lower() in lex.nominals), None)


def best_index(scores: list[float]) -> int:
    """The index of the highest score, the first one on a tie."""
    return max(range(len(scores)), key=lambda i: (scores[i], -i))
