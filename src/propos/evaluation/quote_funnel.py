"""Where recall of quotations is lost: each required gold quotation that the predictions miss (@0.3), at the last
step of the quotation pipeline that still held a span covering more than 0.3 of it (counts only, so it can run on
a measure-only file; `--show` lists the train cases).

Steps, in pipeline order (`QuoteExtractor.trace`): no candidate overlaps it at all; candidates overlap it but none
covers 0.3 of it; a candidate covers it but merging (`_merge`, `_one_cue_one_clause`) left none that does
(duplicate or nested); dropped when speakers are attributed (a cue without a subject, a subject refused — a thing
that cannot speak, an impersonal « on » —, or a floating quotation nobody could be found for); dropped by the fragments model; dropped by the
verifier; dropped as actors were made; predicted with cover > 0.3 but taken by another gold quotation. Each is
split by the gold cue: a word the lexicon takes for a cue there (« known cue »), another word, or none; those
with no candidate, by whether `find_cues` took the gold cue (no clause was built from it) or not.

At 1363980 (shipped models): train 82 missed = no candidate 39 (24 free indirect; 13 indirect: 8 whose gold cue
find_cues took, 5 it did not), cover < 0.3 7, merged away 1, no subject 3, subject refused 1, floating with no
speaker 19, matched to another gold 12; dev 61 = 27 / 4 / 0 / 4 / 0 / 16 / 10. The fragments model and the
verifier drop no required gold quotation on either. Known cues (train 24, dev 27) are spread over every step;
on train they are single cases each (a cue after its clause with no comma, « et vouloir P » after a quotation,
a noun object read as the content…), and most « matched to another gold » are gold granularity that train itself
annotates both ways (« sa « A » et son « B » »: 10 pairs split, 15 kept as one mixed quotation; « que P et que
Q »: 1 split, 10 one), not recall to win by a rule.

The train floating quotations with no speaker found (18 at stop 48, 13 mixed, 5 direct) are few of the kinds
the discourse structure settles; the blind probe floating_speaker_probe shows propos already names the only
person introduced in the sentence before, the speaker of the quotation just before in the paragraph and « X :
« … » ». They are: a misparse or a cue the rules miss in the sentence itself (« qu'il tenait comme « … » », a
root with no subject, « a twitté : », a misspelt « averti » after the words, « selon ce qu'a confié X », a
participle cue hung on « un clip de X », a fragment in a relative clause on another person), 8; a speaker named
only by world knowledge or after the words (the RATP's traffic notices, « — Comité Nobel », a law text), 5;
a fragment whose clause subject comes after it (« « pour ne pas faire d'histoires », les Gilets jaunes … »,
fragments._fronted_purpose, not a sure subject), 1; « son appel à « rentrer » » (the possessive not sure), 1;
the previous quotation's speaker but the gold takes the whole sentence around the fragment (« selon le
ministre. L'opération a … « … » », a paragraph break after « a annoncé X »), 2; the speaker of a fragment
attributed just before by the learned fragment path (wide, not remembered), 1. Remembering a wide speaker that
is an actor as a speaker (history and last end) won that last one on train (+1 tp, +1 e2e, no other quotation
changed) but cost dev (pred 387 → 388, e2e 317 → 316, resolved 0.8709 → 0.8681): not kept.

Stop 49 (issue 13, segmentation), train's 12 « matched to another gold » by construction: coordinated quoted
fragments under one cue that the gold splits (« sa « A » et son « B » », « d'un « A » et d'un « B » », « « A » et
« B » »), 3; nested speech inside a direct quotation or after a noun of saying (« « l'ASN a déclaré que P » », « son
intention de « … qui affirment que P » »; D8 makes the inner report optional, train gold does so 10 times of 11), 2;
two gold quotations over the same words (a count with a relative « qui auraient …, selon X »; « en réclamant que P »
taken with and without the sentence), 2; a run across a full stop (an unclosed mark, « ».Pour » with no space), 2;
plain « que A et que B » that the gold splits (it joins 10 such), 1; « que A « … » et compte demander « … » » (a
second verb of saying the parse hangs on the clause's), 1; a parenthesised direct quotation inside a reported clause,
1. The analogous false quotations (train 21 in all): « que A et que B » with quoted words in one clause, split where
the gold joins, 4 (the gold splits 2 more: indirect.coordinated_clauses); quoted pieces of one clause left apart
(« « A », les X « B » et « C » », « « A », la question est de savoir « B » »), 2; a run across a full stop, 2; a
fragment beside the wider quotation that holds it, 1; bounds otherwise, 2; the other 10 are no one's words. No
colon attribution, interrupted quotation, paragraph-long quotation or headline repeated in the lead among them; the
blind probe tests/data/segmentation_probe.jsonl finds propos follows ANNOTATION_RULES §1 and D6 on those. After
stop 49's segmentation changes (« ».Pour » split by the tokenizer, « et « C » » after joined pieces, two sources
set against each other): train 80 missed (40 / 7 / 1 / 3 / 18 / 11), dev unchanged (61: 26 / 4 / 5 / 16 / 10).

At stop 49 (c71a460) the 18 train / 16 dev floating quotations with no speaker are unchanged in number; how they
split by the parse, the precision risk of quote marks left in narration and what was tried: fragments.py's docstring.

    python -m propos.evaluation.quote_funnel GOLD.jsonl            # counts
    python -m propos.evaluation.quote_funnel GOLD.jsonl --show     # train only: each miss with its step
"""

from __future__ import annotations

import argparse
import json
from collections import Counter

from propos.evaluation.quotes import Item, gold_items, match, predict, predicted_items, read_jsonl

STEPS = ("no candidate", "candidate covers < 0.3", "merged away (duplicate or nested)",
         "speaker step: no subject", "speaker step: subject refused", "speaker step: floating, no speaker found",
         "fragments model", "verifier",
         "actors", "predicted, matched to another gold")
_MIN_COVER = 0.3


def _covers(gold: Item, start: int, end: int) -> float:
    return max(0, min(gold.end, end) - max(gold.start, start)) / max(1, gold.end - gold.start)


def _held(gold: Item, spans: list[tuple]) -> list[tuple]:
    return [s for s in spans if _covers(gold, s[0], s[1]) > _MIN_COVER]


def miss_step(gold: Item, trace: dict) -> str:
    """The step at which the pipeline lost `gold`, from a `QuoteExtractor.trace`."""
    found = trace.get("found", [])
    if not _held(gold, found):
        return "candidate covers < 0.3" if any(_covers(gold, s[0], s[1]) > 0 for s in found) else "no candidate"
    merged = _held(gold, trace.get("merged", []))
    if not merged:
        return "merged away (duplicate or nested)"
    if not _held(gold, trace.get("attributed", [])):
        how = {s[3] for s in merged}
        return "speaker step: subject refused" if "subject" in how else \
            "speaker step: floating, no speaker found" if "floating" in how else "speaker step: no subject"
    for step, name in (("fragments", "fragments model"), ("verified", "verifier"), ("final", "actors")):
        if not _held(gold, trace.get(step, [])):
            return name
    return "predicted, matched to another gold"


def cue_kind(quote: dict, trace: dict) -> str:
    """Whether the gold cue is a word the lexicon takes for a cue in its sentence."""
    from propos.extraction.quotes.lexicon import lexicon

    cue = quote.get("cue")
    doc = trace.get("doc")
    if not cue or doc is None:
        return "no cue"
    span = doc.char_span(int(cue[0]), int(cue[1]), alignment_mode="expand")
    lex = lexicon(doc.lang_)
    return "known cue" if span is not None and any(lex.cue_for(t) for t in span) else "other cue"


def cue_found(quote: dict, trace: dict) -> str:
    """For a quotation with no candidate: whether `find_cues` took its gold cue (and so no clause was built from
    it) or did not."""
    cue = quote.get("cue")
    if not cue:
        return "no cue in gold"
    start, end = int(cue[0]), int(cue[1])
    taken = any(s < end and start < e for s, e, _kind in trace.get("cues", []))
    return "cue taken, no clause built from it" if taken else "cue not taken"


def run(gold: list[dict], show: bool = False) -> dict:
    from propos.analysis import Analyzer

    analyzer = Analyzer("fr", force_lang=True)
    extractor = analyzer.nlp.get_pipe("propos_quotes")
    steps: Counter = Counter()
    by_type: Counter = Counter()
    by_cue: Counter = Counter()
    no_candidate: Counter = Counter()
    for article in gold:
        trace: dict = {}
        extractor.trace = trace
        text = article["text"]
        document = predict([article], analyzer)[article["id"]]
        items = gold_items(article)
        matched = {g for g, _ in match("@0.3", items, predicted_items(document))}
        for i, item in enumerate(items):
            if item.optional or i in matched:
                continue
            step = miss_step(item, trace)
            quote = article["quotes"][i]
            kind = cue_kind(quote, trace)
            steps[step] += 1
            by_type[f"{step} | {item.type}"] += 1
            by_cue[f"{step} | {kind}"] += 1
            if step in ("no candidate", "candidate covers < 0.3"):
                no_candidate[f"{step} | {item.type} | {cue_found(quote, trace)}"] += 1
            if show:
                print(f"{article['id']}\t{item.type}\t{kind}\t{step}\t{text[item.start:item.end][:120]!r}")
    extractor.trace = None
    return {"missed": sum(steps.values()), "steps": {s: steps[s] for s in STEPS if steps[s]},
            "by type": dict(sorted(by_type.items())), "by cue": dict(sorted(by_cue.items())),
            "no candidate, by cue found": dict(sorted(no_candidate.items()))}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("--show", action="store_true", help="list each miss (train only: never on dev)")
    args = parser.parse_args(argv)
    print(json.dumps(run(read_jsonl(args.gold), args.show), indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
