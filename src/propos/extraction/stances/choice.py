"""Which question a holder's learned position bears on: the candidate phrases, and what a model reads of them.

The candidates are the article's issues (issues.article_issues, with their rank and weight), the noun phrases
of its title and lead sentence, and those of what the holder says in the article. Each is read by how often
the article comes back to its words, how many of them the holder says and the other speakers say, whether it
stands in the title, whether it opens on a noun that names an action (the language's nominalisations:
« suppression », « envoi ») or names a matter people take sides on. `propos train stances` labels them by
the scorer's matcher against the gold issues of the holder and fits `models/issue`; the position goes to the
candidate it scores highest.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc

from propos.extraction.stances.issues import _phrases_in, key, label

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
    skip: set[int] = field(default_factory=set)


def context(doc: Doc, about: tuple, issues: list[tuple[str, str, float]], lex) -> IssueContext:
    """`about`: the article's title, lead sentence and topic words (evaluative.topic); `issues`: its issues."""
    title, lead, topic_words = about
    times = {t.i for x in doc._.timexes
             for t in doc.char_span(x.span.start, x.span.end, alignment_mode="expand") or []}
    ctx = IssueContext(title.text if title is not None else "", set(topic_words), issues,
                       Counter(key(list(doc), lex, distinct=False)), skip=times)
    for part, source in ((title, "src_title"), (lead, "src_lead")):
        if part is not None:
            for phrase in _phrases_in([t for t in part if not t.is_space], times):
                ctx.parts.setdefault(label(phrase), (phrase, source))
    for q in doc._.quotes:
        span = doc.char_span(q.content.start, q.content.end, alignment_mode="expand")
        ctx.quote_words[q.id] = (q.speaker_id, set(key(list(span or []), lex, distinct=False)))
        ctx.quote_spans[q.id] = span
    return ctx


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
        f = {source: 1.0, **(extra or {}),
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
             "controversy_word": float(any(w in controversy for w in lowered))}
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


def best_issue(model, cands: dict[str, tuple[str, dict]]) -> tuple[str, str] | None:
    """The candidate the model scores highest (the first in order on a tie), as (label, key)."""
    if not cands:
        return None
    texts = list(cands)
    best = best_index(model.predict([cands[t][1] for t in texts]))
    return texts[best], cands[texts[best]][0]


def best_index(scores: list[float]) -> int:
    """The index of the highest score, the first one on a tie."""
    return max(range(len(scores)), key=lambda i: (scores[i], -i))
