"""Words in quote marks inside narration, with no reported speech right before them: a mixed quotation or a
scare quote, a title, a name, a slogan? Learned.

The rules take a fragment in quote marks in a sentence without a cue as speech only right after reported speech
in the same paragraph (component._carried); elsewhere (« La mairie y voit une « victoire pour tous » », « La
panne serait due à « une erreur de calcul du logiciel » ») they leave it. With this piece shipped, such
fragments are attributed to the subject of their clause (else the learned carried-speaker choice, else the last
speaker close before, else nobody) and this model decides which are quotations, from the fragment and its
place: how sure the classifier of quote marks is that the pair is speech, its length, person, finite verb and
mood, where it stands, how far the last reported speech is and whether it is in the same paragraph.

In the shape of a spaCy trainable component: features (`fragment_features`, `FragmentModel.features`) apart
from the model, `predict` apart from `set_annotations`, `to_disk`/`from_disk`, and one training command
(`propos train quote-fragments`, propos.training.quote_fragments) that writes the model, its training data,
features and scores next to each other in `models/quote_fragments/`. The threshold is chosen out of fold on
train (five folds by article): the score at which keeping the fragments scored at least it gives the best sum
of quotation F1 and who-said-what F1 (a fragment kept with the wrong speaker adds to one, takes from the other).
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from propos.extraction.learned import LogisticModel
from propos.extraction.quotes.cues import is_negated
from propos.extraction.quotes.lexicon import Lexicon
from propos.language.textprep import doc_text
from propos.model import Quote

MODEL_DIR = Path(__file__).with_name("models") / "quote_fragments"
# the resolution rules (component._wide) of the fragments this model decides on
WIDE_RULES = ("wide-subject", "wide-ranker", "wide-carried", "wide-none")
_MARKS = ("«", "»", '"', "“", "”")


def fragment_features(doc: Doc, quote: Quote, lex: Lexicon, speech: float | None) -> dict[str, float]:
    """What a quotation and its attribution show; `speech`: the highest probability that a pair of quote marks
    in its content is speech (speech_marks.py), None when it holds none."""
    text = doc_text(doc)
    found, _, resolved = (quote.resolution or "").partition("/")
    content = text[quote.content.start:quote.content.end]
    span = doc.char_span(quote.content.start, quote.content.end, alignment_mode="expand")
    words = [t for t in span or () if not (t.is_punct or t.is_space)]
    marked = sum(1 for ch in content if ch in _MARKS)
    f = {
        f"found={found}": 1.0,
        f"resolved={resolved.rsplit('-', 1)[-1] if resolved.startswith(('carried-', 'previous-cue-')) else resolved}": 1.0,
        f"type={quote.type}": 1.0,
        "named": float(quote.speaker_name is not None),
        "actor": float(quote.speaker_id is not None),
        "no_mention": float(quote.speaker is None),
        "rule_confidence": quote.confidence,
        "floating": float(quote.floating),
        "headline": float(quote.headline),
        "log_words": math.log1p(len(words)) / 3,
        "words_le_3": float(len(words) <= 3),
        "marks": float(marked > 0),
        "starts_marked": float(content[:1] in _MARKS),
        "speech_marks": speech if speech is not None else 0.0,
        "first_second_person": float(any(p in ("1", "2") for t in words for p in t.morph.get("Person"))),
        "finite_verb": float(any("Fin" in t.morph.get("VerbForm") for t in words)),
        "conditional": float(any("Cnd" in t.morph.get("Mood") for t in words)),
        "question": float(content.rstrip(" »\"").endswith("?")),
        "position": quote.content.start / max(1, len(text)),
        "in_first_line": float(quote.content.start < (text.find("\n") if "\n" in text else len(text))),
    }
    cue = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand") if quote.cue else None
    verb = cue[0] if cue is not None and len(cue) else None
    if verb is None:
        f["cue=none"] = 1.0
        return f
    entry = lex.cue_for(verb)
    f[f"cue={entry[0].kind if entry else verb.pos_.lower()}"] = 1.0
    if entry is not None and entry[0].opinion:
        f["cue_opinion"] = 1.0
    morph = verb.morph
    aux = [c for c in verb.children if c.dep_.startswith("aux")]
    f["cue_conditional"] = float("Cnd" in morph.get("Mood") or any("Cnd" in a.morph.get("Mood") for a in aux))
    f["cue_future"] = float("Fut" in morph.get("Tense") or any("Fut" in a.morph.get("Tense") for a in aux))
    f["cue_infinitive"] = float("Inf" in morph.get("VerbForm"))
    f["cue_participle"] = float("Part" in morph.get("VerbForm") and not aux)
    f["cue_negated"] = float(is_negated(verb))
    f["cue_after"] = float(quote.cue.start >= quote.content.end)
    return f


def speech_in(doc: Doc, quote: Quote, lex: Lexicon, marks) -> float | None:
    """The highest probability that a pair of quote marks opening inside the quotation is speech (None when
    none opens there or no classifier of quote marks is shipped)."""
    if marks is None:
        return None
    pairs = [p for p in doc._.quote_pairs if p.depth == 0 and quote.content.start <= p.start < quote.content.end and
             p.end - p.start >= 3]
    return max((marks.speech_probability(doc, p, lex) for p in pairs), default=None)


def is_wide(quote: Quote) -> bool:
    """A fragment the rules leave and this model decides on."""
    return (quote.resolution or "").partition("/")[2] in WIDE_RULES


class FragmentModel(LogisticModel):
    """`predict` scores feature rows; `set_annotations` keeps the fragments scored at least the threshold."""

    def features(self, doc: Doc, quotes: list[Quote], lex: Lexicon, marks) -> list[dict[str, float]]:
        """One row per quotation (the rows of the rules' own quotations give the context of the fragments)."""
        rows = [fragment_features(doc, q, lex, speech_in(doc, q, lex, marks)) for q in quotes]
        text = doc_text(doc)
        plain: list[Quote] = []  # the rules' own quotations so far, in order
        for quote, row in zip(quotes, rows, strict=True):
            # reported speech close before: a fragment in quote marks right after it is likely its speaker's
            before = next((q for q in reversed(plain) if q.content.end <= quote.content.start), None)
            if not is_wide(quote):
                plain.append(quote)
            if before is not None:
                gap = text[before.content.end:quote.content.start]
                row["speech_before_log_gap"] = math.log1p(len(gap)) / 7
                row["speech_before_same_paragraph"] = float("\n\n" not in gap)
            else:
                row["no_speech_before"] = 1.0
        return rows

    def set_annotations(self, quotes: list[Quote], scores: list[float]) -> list[Quote]:
        """The rules' quotations and the fragments scored at least the threshold, numbered again in text order."""
        kept = [q for q, score in zip(quotes, scores, strict=True) if not is_wide(q) or score >= self.threshold]
        for n, quote in enumerate(kept, 1):
            quote.id = f"Q{n}"
        return kept


@lru_cache(maxsize=2)
def shipped_fragments(path: Path = MODEL_DIR) -> FragmentModel | None:
    """The model shipped in the package; None when it has not been trained (the rules leave the fragments)."""
    return FragmentModel.from_disk(path) if (path / "model.json").exists() else None
