"""The quotation scorer (../shared/eval/METRICS.md) on hand-made gold and prediction pairs."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from propos.evaluation.quotes import Item, gold_items, same_speaker, score_articles, score_quotes

TEXT = "Le ministre a déclaré que la réforme serait votée. « Nous irons jusqu'au bout », a-t-il ajouté."
INDIRECT = (26, 49)  # « la réforme serait votée »
DIRECT = (51, 79)  # « « Nous irons jusqu'au bout » »


def _gold(optional_direct: bool = False) -> dict:
    return {
        "id": "a1", "date": "2024-01-02", "text": TEXT,
        "quotes": [
            {"id": "Q1", "type": "indirect", "content": list(INDIRECT), "speaker": [0, 11],
             "speaker_name": "Jean Dupont"},
            {"id": "Q2", "type": "direct", "content": list(DIRECT), "speaker": [85, 87],
             "speaker_name": "Jean Dupont", "optional": optional_direct},
        ],
        "entities": [{"name": "Jean Dupont", "type": "PER", "aliases": ["le ministre"]}],
    }


def _pred(spans, name="Dupont", speaker=(0, 11)) -> dict:
    quotes = [{"content": {"start": s, "end": e}, "type": "direct",
               "speaker": {"start": speaker[0], "end": speaker[1]}, "speaker_name": name} for s, e in spans]
    return {"id": "a1", "quotes": quotes}


def _score(gold: dict, pred: dict) -> dict:
    from propos.evaluation.quotes import predicted_items

    return score_articles([(gold_items(gold), predicted_items(pred))])


def test_perfect_predictions_score_one_everywhere():
    result = _score(_gold(), _pred([INDIRECT, DIRECT]))
    for mode in ("@0.3", "@0.8", "@iou0.5"):
        assert result[mode]["quotes"]["f1"] == 1.0
        assert result[mode]["end_to_end"]["f1"] == 1.0
        assert result[mode]["speaker_resolved_acc"] == 1.0
    assert result["@0.3"]["recall_by_type"] == {"indirect": {"found": 1, "gold": 1}, "direct": {"found": 1, "gold": 1}}


def test_empty_predictions_score_zero():
    result = _score(_gold(), {"id": "a1", "quotes": []})
    assert result["@0.3"]["quotes"] == {"p": 0.0, "r": 0.0, "f1": 0.0, "tp": 0, "pred": 0, "gold": 2}


def test_shifted_prediction_matches_leniently_not_strictly():
    start, end = INDIRECT
    shifted = (start + 10, end + 10)  # covers 13 of 23 gold characters: > 30 %, < 80 %
    result = _score(_gold(), _pred([shifted, DIRECT]))
    assert result["@0.3"]["quotes"]["tp"] == 2
    assert result["@0.8"]["quotes"]["tp"] == 1
    assert result["@iou0.5"]["quotes"]["tp"] == 1


def test_too_long_prediction_wins_coverage_but_not_iou():
    result = _score(_gold(), _pred([(0, len(TEXT))]))
    assert result["@0.8"]["quotes"]["tp"] == 1  # one prediction matches at most one gold quotation
    assert result["@iou0.5"]["quotes"]["tp"] == 0


def test_optional_gold_is_neither_miss_nor_false_positive():
    result = _score(_gold(optional_direct=True), _pred([INDIRECT, DIRECT]))
    assert result["@0.3"]["quotes"]["pred"] == 1 and result["@0.3"]["quotes"]["gold"] == 1
    missed = _score(_gold(optional_direct=True), _pred([INDIRECT]))
    assert missed["@0.3"]["quotes"]["r"] == 1.0


def test_articles_without_reported_speech_are_counted_clean_or_not():
    """An article with no required quotation (only an optional one here) stays clean when nothing is found beyond
    its optional quotation; each other quotation found there is false, and is counted among all false ones."""
    from propos.evaluation.quotes import predicted_items

    speech = _gold()
    quiet = _gold(optional_direct=True) | {"id": "a2", "quotes": [_gold(optional_direct=True)["quotes"][1]]}
    other = (0, 11)  # « Le ministre »: no quotation at all
    clean = score_articles([(gold_items(speech), predicted_items(_pred([INDIRECT, DIRECT, other]))),
                            (gold_items(quiet), predicted_items(_pred([DIRECT])))])
    assert clean["@0.3"]["without_speech"] == {"articles": 1, "clean": 1, "clean_share": 1.0,
                                                "false_quotations": 0, "false_quotations_all": 1}
    noisy = score_articles([(gold_items(speech), predicted_items(_pred([INDIRECT, DIRECT]))),
                            (gold_items(quiet), predicted_items(_pred([DIRECT, INDIRECT])))])
    assert noisy["@0.3"]["without_speech"] == {"articles": 1, "clean": 0, "clean_share": 0.0,
                                                "false_quotations": 1, "false_quotations_all": 1}


def test_wrong_speaker_hits_quotes_but_not_end_to_end():
    result = _score(_gold(), _pred([INDIRECT, DIRECT], name="Marie Curie"))
    assert result["@0.3"]["quotes"]["f1"] == 1.0
    assert result["@0.3"]["end_to_end"]["tp"] == 0
    assert result["@0.3"]["speaker_resolved_acc"] == 0.0


def test_speaker_mention_accuracy_needs_overlap():
    result = _score(_gold(), _pred([INDIRECT], speaker=(60, 64)))
    assert result["@0.3"]["speaker_mention_acc"] == 0.0


@pytest.mark.parametrize("predicted,accepted,ok", [
    ("Dupont", ["Jean Dupont"], True),
    ("M. Jean Dupont", ["Jean Dupont"], True),
    ("le ministre", ["Jean Dupont", "le ministre"], True),
    ("Élisabeth Borne", ["Elisabeth Borne"], True),
    ("Jean Martin", ["Jean Dupont"], False),
    (None, ["Jean Dupont"], False),
    (None, [], True),
])
def test_same_speaker_rules(predicted, accepted, ok):
    assert same_speaker(predicted, accepted) is ok


def test_greedy_match_is_one_to_one():
    gold = [Item(0, 10), Item(10, 20)]
    result = score_articles([(gold, [Item(0, 20)])])
    assert result["@0.3"]["quotes"]["tp"] == 1


def test_score_quotes_reads_prediction_files(tmp_path):
    gold_path = tmp_path / "gold.jsonl"
    pred_path = tmp_path / "pred.jsonl"
    gold_path.write_text(json.dumps(_gold()) + "\n", encoding="utf-8")
    pred_path.write_text(json.dumps(_pred([INDIRECT])) + "\n", encoding="utf-8")
    result = score_quotes(gold_path, pred_path)
    assert result["@0.3"]["quotes"]["tp"] == 1 and result["@0.3"]["quotes"]["gold"] == 2


def test_cli_prints_json_and_table(tmp_path):
    from propos.interfaces.cli import app

    gold_path = tmp_path / "gold.jsonl"
    pred_path = tmp_path / "pred.jsonl"
    gold_path.write_text(json.dumps(_gold()) + "\n", encoding="utf-8")
    pred_path.write_text(json.dumps(_pred([INDIRECT, DIRECT])) + "\n", encoding="utf-8")
    runner = CliRunner()
    out = runner.invoke(app, ["eval", "quotes", str(gold_path), "--pred", str(pred_path), "--format", "json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)["@0.3"]["end_to_end"]["f1"] == 1.0
    table = runner.invoke(app, ["eval", "quotes", str(gold_path), "--pred", str(pred_path)])
    assert table.exit_code == 0 and "@iou0.5" in table.output


def test_cli_runs_propos_without_predictions(tmp_path):
    from propos.interfaces.cli import app

    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text(json.dumps(_gold()) + "\n", encoding="utf-8")
    out = CliRunner().invoke(app, ["eval", "quotes", str(gold_path), "--format", "json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)["@0.3"]["quotes"]["tp"] == 2
