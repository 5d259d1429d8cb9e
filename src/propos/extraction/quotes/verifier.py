"""Is a quotation the rules found reported speech at all? Learned, to drop the ones it is sure are not.

The rules find indirect speech from a cue and a clause (« X estime que P »), a source marker (« selon X, P ») or
a colon, and mixed speech where quote marks stand inside it; some of what they find is the journalist's own
narration (« Le rapport montre que P », « les habitants pensent que P » said of nobody in particular), a
cognition verb without a speaker, an opinion read into a title or a slogan. This piece scores each quotation of
the kinds it verifies from general features, not words: the cue's class in the speech lexicon (speech,
cognition, report, an opinion verb, a locution) and its tense, mood, person and negation, the subject's kind (a
person named, a body, a role noun, a pronoun, an impersonal one such as « on », none), how the speaker was
resolved, the clause's shape (the rule that found it: a que-clause, an infinitive, a colon, an incise, a source
marker), its length, where it stands (headline, lead, the paragraph's start), quote marks inside and how sure the
classifier of quote marks is that they are speech, a question, and the article around it (how many quotations
it holds, whether the speaker is quoted elsewhere). `fragments.fragment_features` gives the quotation's own
features; this module adds those of its subject and its place.

The model, a small ensemble of boosted trees (features interact: an impersonal subject is fine with a speech verb
and a source, not with a cognition verb in the journalist's narration), predicts « this is a quotation » (it
matches a gold one @0.3); a quotation scored under its threshold is dropped. The threshold is read out of fold
on train (five folds by article): the score under which the calibrated probability that a quotation is right is
under a third (only what the model is sure of goes: a true quotation dropped is a miss); kept only where
quotation F1, end-to-end F1 and the resolved-speaker accuracy do not fall. In the shape of the other learned pieces: features apart,
`predict` apart from `set_annotations`, `to_disk`/`from_disk`, `propos train quote-verifier --seed N`
(propos.training.quote_verifier), with its training data, features and scores beside the model in
`models/quote_verifier/`.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from propos.extraction.learned import BoostedTrees
from propos.extraction.quotes.fragments import fragment_features, is_wide, speech_in
from propos.extraction.quotes.free_indirect import FREE_INDIRECT
from propos.extraction.quotes.lexicon import Lexicon
from propos.language.layout import paragraph_breaks, paragraph_start
from propos.language.textprep import doc_text
from propos.model import Quote

MODEL_DIR = Path(__file__).with_name("models") / "quote_verifier"
# the kinds of quotation the model decides on (direct quotations have their own classifier of quote marks; wide
# fragments their own model)
VERIFIED = ("indirect", "mixed")


def is_verified(quote: Quote) -> bool:
    """A quotation of a kind this model decides on (not a fragment carried on after someone's words, which the
    free indirect model decided on)."""
    return quote.type in VERIFIED and not is_wide(quote) and \
        not (quote.resolution or "").startswith(FREE_INDIRECT + "/")


def subject_kind(doc: Doc, quote: Quote, lex: Lexicon) -> str:
    """The kind of the speaker mention: none, an impersonal or first/second person pronoun (« on », « nous »), a
    third person pronoun, a relative, a person named, a body or place named, a noun phrase."""
    if quote.speaker is None:
        return "none"
    span = doc.char_span(quote.speaker.start, quote.speaker.end, alignment_mode="expand")
    if span is None or not len(span):
        return "none"
    words = [t for t in span if t.pos_ != "DET"] or list(span)
    lower = span.text.lower().replace("\u2019", "'")
    if lower in lex.markers["impersonal_subjects"]:
        return "impersonal"
    if lower in lex.markers["relative_subjects"]:
        return "relative"
    if lower in lex.markers["people_pronouns"]:
        return "people"
    if all(t.pos_ == "PRON" for t in words):
        return "pronoun"
    ents = {t.ent_type_ for t in words if t.ent_type_}
    if "PER" in ents:
        return "person"
    if ents & {"ORG", "LOC", "MISC"}:
        return "body"
    return "propn" if any(t.pos_ == "PROPN" for t in words) else "noun"


def _paragraph(text: str, char: int) -> tuple[int, int]:
    """The index of the paragraph holding `char` (blank lines apart) and the paragraph's first character."""
    start = paragraph_start(text, char)
    return paragraph_breaks(text, 0, start), start


def verifier_features(doc: Doc, quote: Quote, lex: Lexicon, speech: float | None,
                      speakers: dict[str | None, int], n_quotes: int, n_direct: int) -> dict[str, float]:
    """A quotation's features: `fragment_features` and its subject, place and article; `speakers`: how many
    quotations of the article each speaker name has, `n_quotes` and `n_direct` how many quotations and direct
    ones the article has."""
    text = doc_text(doc)
    f = fragment_features(doc, quote, lex, speech)
    f[f"subject={subject_kind(doc, quote, lex)}"] = 1.0
    if quote.speaker_id is not None:
        f[f"speaker_kind={quote.speaker_id.split(':', 1)[0]}"] = 1.0
    others = speakers.get(quote.speaker_name, 0) - 1 if quote.speaker_name is not None else 0
    f["speaker_quoted_elsewhere"] = float(others > 0)
    f["article_log_quotes"] = math.log1p(n_quotes - 1) / 3
    f["article_direct"] = float(n_direct > 0)
    paragraph, para_start = _paragraph(text, quote.content.start)
    f["lead"] = float(paragraph <= 1)
    first = min(quote.content.start, quote.cue.start if quote.cue else quote.content.start,
                quote.speaker.start if quote.speaker else quote.content.start)
    f["paragraph_initial"] = float(text[para_start:first].strip() == "")
    span = doc.char_span(quote.content.start, quote.content.end, alignment_mode="expand")
    if span is not None and len(span):
        f[f"first={span[0].pos_}"] = 1.0
        if span.start > 0:
            before = doc[span.start - 1]  # the complementizer, the preposition or the mark before the words
            f[f"before={before.pos_}:{before.dep_.split(':')[0]}"] = 1.0
    if quote.cue is not None:
        cue = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
        if cue is not None and len(cue):
            verb = cue.root  # the verb of « a déclaré », not its auxiliary
            f[f"cue_dep={verb.dep_.split(':')[0]}"] = 1.0
            f[f"cue_pos={verb.pos_}"] = 1.0
            f["cue_locution"] = float(len([t for t in cue if not t.is_punct]) > 1)
            aux = [c for c in verb.children if c.dep_.startswith("aux")]
            persons = {p for t in (verb, *aux) for p in t.morph.get("Person")}
            f["cue_first_second_person"] = float(bool(persons & {"1", "2"}))
            tenses = {t for w in (verb, *aux) for t in w.morph.get("Tense")}
            f["cue_present"] = float(tenses == {"Pres"} and not aux)
            f["cue_imperfect"] = float("Imp" in tenses)
            f["cue_log_distance"] = math.log1p(abs(quote.content.start - quote.cue.end)) / 7
    return f


class VerifierModel(BoostedTrees):
    """`predict` scores feature rows; `set_annotations` drops the verified quotations scored under the
    threshold."""

    def features(self, doc: Doc, quotes: list[Quote], lex: Lexicon, marks) -> list[dict[str, float]]:
        """One row per quotation (those of kinds not verified get an empty row)."""
        speakers: dict[str | None, int] = {}
        for quote in quotes:
            speakers[quote.speaker_name] = speakers.get(quote.speaker_name, 0) + 1
        n_direct = sum(q.type == "direct" for q in quotes)
        return [verifier_features(doc, q, lex, speech_in(doc, q, lex, marks), speakers, len(quotes), n_direct)
                if is_verified(q) else {} for q in quotes]

    def set_annotations(self, quotes: list[Quote], scores: list[float]) -> list[Quote]:
        """The quotations kept, numbered again in text order."""
        dropped = [is_verified(q) and score < self.threshold for q, score in zip(quotes, scores, strict=True)]
        kept = [q for q, drop in zip(quotes, dropped, strict=True) if not drop]
        return [q.model_copy(update={"id": f"Q{n}"}) for n, q in enumerate(kept, 1)] if any(dropped) else quotes


@lru_cache(maxsize=2)
def shipped_verifier(path: Path = MODEL_DIR) -> VerifierModel | None:
    """The model shipped in the package; None when it has not been trained (every quotation is kept)."""
    return VerifierModel.from_disk(path) if (path / "model.json").exists() else None
