"""The mention → entity stage on its own, against gold coreference chains (CoNLL-2012 columns, DEMOCRAT).

For every third-person pronoun (« il », « elle », « ils », « celui-ci » …) and every role noun with a definite
determiner (« le maire », « la ministre ») that the gold annotates as a mention, propos' speaker resolver is
asked who it is, exactly as for a quotation's speaker mention. It is linked right when the entity it names has
a mention, before the anaphor, inside the anaphor's gold chain. An anaphor is *resolvable* when its chain has
such an earlier mention among the persons and bodies propos knows (its actors): the others (animals, things,
people the actors component never found) measure the actors component, not this stage.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from propos.evaluation.quotes import same_speaker

_OPEN = re.compile(r"\((\d+)")
_CLOSE = re.compile(r"(\d+)\)")


@dataclass
class CorefDoc:
    id: str
    text: str
    # chain id → [(start, end)] character spans in `text`, in text order
    chains: dict[int, list[tuple[int, int]]] = field(default_factory=dict)


def read_conll(path: str | Path) -> Iterator[CorefDoc]:
    """Documents of a CoNLL-U + coreference file; the text is the surface words joined by single spaces."""
    doc: CorefDoc | None = None
    words: list[str] = []
    open_at: dict[int, list[int]] = {}
    skip_until = 0
    pending: tuple[int, int] | None = None  # the span of a multi-word token (« des » = de + les)
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("#begin document"):
            doc, words, open_at = CorefDoc(line.split("(", 1)[1].split(")", 1)[0], ""), [], {}
            continue
        if line.startswith("#end document"):
            if doc is not None:
                doc.text = " ".join(words)
                for spans in doc.chains.values():
                    spans.sort()
                yield doc
            doc = None
            continue
        if doc is None or not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        index = cols[0]
        if "-" in index:  # a multi-word token: its surface form stands for the words that follow
            first, last = (int(x) for x in index.split("-"))
            skip_until = last
            pending = _add_word(words, cols[1])
            continue
        if "." in index:
            continue
        if pending is not None and int(index) <= skip_until:
            start, end = pending
            if int(index) == skip_until:
                pending = None
        else:
            start, end = _add_word(words, cols[1])
        for mark in cols[-1].split("|"):
            for chain in _OPEN.findall(mark):
                open_at.setdefault(int(chain), []).append(start)
            for chain in _CLOSE.findall(mark):
                starts = open_at.get(int(chain))
                if starts:
                    doc.chains.setdefault(int(chain), []).append((starts.pop(), end))


def _add_word(words: list[str], form: str) -> tuple[int, int]:
    start = sum(len(w) + 1 for w in words)
    words.append(form)
    return start, start + len(form)


def _anaphors(doc, coref: CorefDoc, pronouns: dict, titles: set[str]) -> Iterator[tuple[str, int, int, int]]:
    """(kind, start, end, chain) for every pronoun and definite role noun the gold annotates."""
    for chain, spans in coref.chains.items():
        for start, end in spans:
            surface = coref.text[start:end].lower().replace("\u2019", "'")
            if surface in pronouns:
                yield "pronoun", start, end, chain
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or len(span) > 4 or span[0].pos_ != "DET" or "Def" not in span[0].morph.get("Definite"):
                continue
            if any(t.lemma_.lower() in titles or t.lower_ in titles for t in span[1:3]):
                yield "role", start, end, chain


def antecedents(spans: list[tuple[int, int]], start: int) -> list[tuple[int, int]]:
    """The mentions of a gold chain that end before an anaphor at `start`: what it may be linked to."""
    return [(s, e) for s, e in spans if e <= start]


def in_chain(mentions, spans: list[tuple[int, int]]) -> bool:
    """Whether one of an entity's `mentions` (with .start and .end) overlaps one of the gold `spans`."""
    return any(m.start < e and s < m.end for m in mentions for s, e in spans)


def score_coref(path: str | Path, nlp=None) -> dict:
    """Pronoun and role-noun linking: counts, resolvable, accuracy on resolvable, share named, precision."""
    from propos.extraction.actors.knowledge import knowledge
    from propos.extraction.quotes.lexicon import lexicon
    from propos.extraction.quotes.ranker import shipped_ranker
    from propos.extraction.quotes.speakers import SpeakerResolver
    from propos.language.pipeline import build

    nlp = nlp or build("fr", components=("propos_actors", "propos_timex"))
    lex = lexicon(nlp.lang)
    titles = {t.lower() for t in knowledge(nlp.lang).titles}
    counts: dict[str, dict[str, int]] = {}
    for coref in read_conll(path):
        doc = nlp(coref.text)
        resolver = SpeakerResolver(doc, lex, shipped_ranker())
        entities = resolver.discourse.entities if resolver.discourse is not None else []
        for kind, start, end, chain in _anaphors(doc, coref, lex.markers["pronouns"], titles):
            before = antecedents(coref.chains[chain], start)
            known = [x for x in entities if in_chain(x.mentions, before)]
            span = doc.char_span(start, end, alignment_mode="expand")
            res = resolver.resolve(start, end, span.root if span is not None else None)
            named = res.name is not None and res.rule != "mention"  # a phrase standing for itself links nothing
            right = named and (any(x.id == res.actor_id or x.name == res.name for x in known) or
                               same_speaker(res.name, [coref.text[s:e] for s, e in before if e - s > 3]))
            c = counts.setdefault(kind, {"anaphors": 0, "resolvable": 0, "right_resolvable": 0, "named": 0,
                                         "named_right": 0})
            c["anaphors"] += 1
            c["resolvable"] += bool(known)
            c["right_resolvable"] += bool(known) and right
            c["named"] += named
            c["named_right"] += right
    out = {}
    for kind, c in counts.items():
        out[kind] = c | {
            "accuracy_resolvable": round(c["right_resolvable"] / c["resolvable"], 4) if c["resolvable"] else 0.0,
            "precision_named": round(c["named_right"] / c["named"], 4) if c["named"] else 0.0}
    return out
