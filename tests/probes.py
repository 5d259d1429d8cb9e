"""What the blind probes (tests/data/*_probe.jsonl, tests/test_*_probe.py) share: their cases as test parameters,
and the checks of one case — a quotation found over the expected words, its speaker mention, its resolved name, an
article's positions. Each probe file keeps only its known failures and what is its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from propos.evaluation.quotes import same_speaker
from propos.evaluation.stances import position_matches, predicted_positions

DATA = Path(__file__).parent / "data"


def probe_cases(path: Path, known: dict, case_id):
    """The lines of a blind probe as test parameters, those listed in `known` (kind → ids) as non-strict expected
    failures, so that a fix shows as an unexpected pass; `case_id` names a case."""
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        kind = next((k for k, ids in known.items() if case["id"] in ids), None)
        marks = [pytest.mark.xfail(reason=f"a known failure of the probe: {kind}", strict=False)] if kind else []
        yield pytest.param(case, id=case_id(case), marks=marks)


def probe(name: str, known: dict, case_id, *, required: bool = False):
    """The test parameters `case` of the probe tests/data/`name`.jsonl (see `probe_cases`), without its optional
    cases with `required` (`required_cases`): `@probe("quote_probe", KNOWN, construction_id)` over a test."""
    params = list(probe_cases(DATA / f"{name}.jsonl", known, case_id))
    return pytest.mark.parametrize("case", required_cases(params) if required else params)


def construction_id(case) -> str:
    """The test id of a case that names its construction: « q000-estimer-que »."""
    return f"{case['id']}-{case['construction']}"


def kind_id(case) -> str:
    """The test id of a case that names its kind: « s000-selon-name »."""
    return f"{case['id']}-{case['kind']}"


def kind_slug_id(case) -> str:
    """The test id of a case whose kind is a phrase: its spaces as hyphens, without colons."""
    return f"{case['id']}-{case['kind'].replace(' ', '-').replace(':', '')}"


def kind_control_id(case) -> str:
    """The test id of a case that names its kind and may be a control: « m007-message-issuer », « c004-x-control »."""
    return f"{case['id']}-{case['kind']}{'-control' if case['control'] else ''}"


def required_cases(params):
    """The cases a probe runs: those not marked optional (the rules let a reader take them or not)."""
    return [param for param in params if not param.values[0].get("optional")]


def over(found, text: str, words: str) -> list:
    """The quotations of `found` whose content overlaps the first `words` of `text`."""
    at = text.index(words)
    return [q for q in found if q.content.start < at + len(words) and at < q.content.end]


def spans(span, text: str, words: str) -> bool:
    """`span` (a speaker mention) overlaps the first `words` of `text`."""
    at = text.index(words)
    return span is not None and span.start < at + len(words) and at < span.end


def check_detection(found, case, *, alone: bool = False, speaker: bool = False) -> None:
    """A case with no quotation (`required` false) gives none; otherwise one overlaps the expected words (the only
    one, with `alone`), with the expected speaker's name (with `speaker`)."""
    if not case["required"]:
        assert not found, [(q.content.text, q.resolution) for q in found]
        return
    if alone:
        assert len(found) == 1, [q.content.text for q in found]
    hits = over(found, case["text"], case["quote"])
    assert hits, f"no quotation over {case['quote']!r}: {[q.content.text for q in found]}"
    if speaker:
        assert any(same_speaker(q.speaker_name, case["names"]) for q in hits), \
            [(q.content.text, q.speaker_name) for q in hits]


def check_said_or_control(found, case) -> None:
    """A positive (`required`) gives a quotation over its words said by one of the given names; a control none over
    its words (a passage may hold someone's words elsewhere)."""
    if case["required"]:
        check_detection(found, case, speaker=True)
    else:
        assert not over(found, case["text"], case["quote"]), [(q.content.text, q.resolution) for q in found]


def check_speaker_or_none(found, case) -> None:
    """A case with no quotation (`required` false) gives none; otherwise `check_speaker`."""
    if not case["required"]:
        check_detection(found, case)
        return
    check_speaker(found, case)


def check_exact(found, case, *, speaker: bool = False):
    """A quotation of exactly the case's words has the case's type (and one of its speaker names, with `speaker`);
    it is returned."""
    same = [q for q in found if q.content.text == case["quote"]]
    assert same, f"no quotation {case['quote']!r}: {[q.content.text for q in found]}"
    assert same[0].type == case["type"], f"{case['quote']!r} typed {same[0].type}, not {case['type']}"
    if speaker:
        assert same_speaker(same[0].speaker_name, case["names"]), same[0].speaker_name
    return same[0]


def check_outcome(outcome: str | None, found) -> None:
    """For the probes that name their errors: none was found (`outcome` None)."""
    assert outcome is None, [(q.content.text, q.speaker and q.speaker.text, q.speaker_name, q.resolution)
                             for q in found]


def check_actor(doc, quote) -> None:
    """The quotation's speaker points to one of the document's actors."""
    assert quote.speaker_id in {a.id for a in doc._.actors}, f"{quote.speaker_name!r} points to no actor"


def check_resolved_to_actor(nlp, case, *, control: bool = True) -> None:
    """`check_resolved` over the case's document, and its named speaker one of the document's actors (a control's
    too, with `control`)."""
    doc = nlp(case["text"])
    quote = check_resolved(doc._.quotes, case)
    if quote.speaker_name and (control or not case["control"]):
        check_actor(doc, quote)


def parsed_doc(nlp, words, heads, deps, pos, morphs):
    """A one-sentence document as the parse may read it (the given heads, labels, tags and features), with the
    pipeline's extensions empty: for the rules that read the parse."""
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, morphs=morphs,
              sent_starts=[True] + [False] * (len(words) - 1))
    for extension in ("quote_pairs", "timexes", "actors"):
        setattr(doc._, extension, [])
    return doc


def quotation_of(found, case):
    """The first quotation over the case's words (failing when there is none)."""
    hits = over(found, case["text"], case["quote"])
    assert hits, f"no quotation over {case['quote']!r}"
    return hits[0]


def check_resolved(found, case):
    """The quotation over the case's words is given the expected speaker (the scorer's rule); it is returned."""
    quote = quotation_of(found, case)
    assert same_speaker(quote.speaker_name, case["names"]), quote.speaker_name
    return quote


def check_speaker(found, case):
    """The quotation over the case's words has its speaker mention over the expected phrase and the expected
    speaker; it is returned."""
    quote = quotation_of(found, case)
    assert spans(quote.speaker, case["text"], case["speaker"]), quote.speaker
    assert same_speaker(quote.speaker_name, case["names"]), quote.speaker_name
    return quote


def speaker_outcome(quote, case, start: int, end: int) -> str | None:
    """For the probes that name their errors: "wrong speaker" when the quotation's mention misses the expected one
    at [start, end), "wrong name" when a case expecting a speaker gets another name; None when both hold."""
    if quote.speaker is None or not (quote.speaker.start < end and start < quote.speaker.end):
        return "wrong speaker"
    if case["expect"] == "speaker" and not same_speaker(quote.speaker_name, case["names"]):
        return "wrong name"
    return None


def check_positions(analyzer, case) -> None:
    """The article (title, blank line, text) gives each expected position (the METRICS.md matcher), and a control
    (no position expected) gives none."""
    from propos.input.article import RawArticle, title_from_text

    text = case["text"]
    title, span = title_from_text(text)
    article = RawArticle(id=case["id"], text=text, title=title, title_span=span)
    document = analyzer.analyze_article(article, date="2026-12-01").model_dump(mode="json")
    predicted = predicted_positions(document)
    if not case["positions"]:
        assert predicted == [], f"a control gives positions: {json.dumps(predicted, ensure_ascii=False)}"
    for gold in case["positions"]:
        assert any(position_matches(p, gold, case["entities"]) for p in predicted), \
            f"{gold} not among {json.dumps(predicted, ensure_ascii=False)}"
    for name in case.get("no_position", []):  # a speaker quoted for facts beside the parties: a witness, a source
        assert not any(same_speaker(p["holder"], [name]) for p in predicted), \
            f"{name} holds a position: {json.dumps(predicted, ensure_ascii=False)}"
