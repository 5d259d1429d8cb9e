"""`python -m propos.evaluation.ranker_history`: the shipped ranker's top-1 over a gold file's pronoun and floating
groups, with the gold speakers as the history of who spoke and with propos' own attributions."""

from __future__ import annotations

import json

from propos.evaluation.ranker_history import history_counts, main

TEXT = ("Le maire Paul Girard a visité l'usine lundi. « Nous allons rouvrir la ligne », a déclaré Paul Girard. "
        "Il a ajouté que les travaux commenceraient en mars.")


def _span(fragment: str, start: int = 0) -> list[int]:
    at = TEXT.index(fragment, start)
    return [at, at + len(fragment)]


def _article() -> dict:
    said = _span("« Nous allons rouvrir la ligne »")
    return {"id": "made-up-1", "text": TEXT, "date": "2026-03-02",
            "entities": [{"name": "Paul Girard", "type": "PER", "aliases": ["Girard"]}],
            "quotes": [
                {"id": "q1", "type": "direct", "content": said, "cue": _span("a déclaré"),
                 "speaker": _span("Paul Girard", said[1]), "speaker_name": "Paul Girard"},
                {"id": "q2", "type": "indirect", "content": _span("les travaux commenceraient en mars"),
                 "cue": _span("a ajouté"), "speaker": _span("Il"), "speaker_name": "Paul Girard"}],
            "positions": []}


def test_a_pronoun_after_its_speaker_spoke_is_counted_with_both_histories():
    counts = history_counts([_article()])
    assert counts["gold_history"]["pronoun"] == {"groups": 1, "resolvable": 1, "top1": 1}
    # propos attributes the direct quotation to Paul Girard too: the same history, the same choice
    assert counts["own_history"]["pronoun"] == {"groups": 1, "resolvable": 1, "top1": 1}


def test_an_optional_quotation_is_counted_apart_from_the_scored_ones():
    article = _article()
    article["quotes"][1]["optional"] = True  # a quotation `propos eval quotes` does not score
    counts = history_counts([article])
    assert counts["gold_history"]["pronoun"] == {"groups": 1, "resolvable": 1, "top1": 1}
    assert counts["gold_history_scored"] == {} and counts["own_history_scored"] == {}
    scored = history_counts([_article()])
    assert scored["own_history_scored"]["pronoun"] == scored["own_history"]["pronoun"]


def test_the_command_prints_the_counts(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(_article(), ensure_ascii=False) + "\n", encoding="utf-8")
    main([str(gold)])
    printed = json.loads(capsys.readouterr().out)
    assert set(printed) == {"gold_history", "own_history", "gold_history_scored", "own_history_scored"}
    assert printed["gold_history"]["pronoun"]["top1"] == 1
