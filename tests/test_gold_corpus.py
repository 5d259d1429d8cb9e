"""The project's own gold corpus (gold/fr/): valid files, reproducible draws and splits, fragment placement,
agreement and the stance matcher."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from conftest import ROOT, require_shared
from propos.evaluation.agreement import agreement
from propos.evaluation.annotation import (
    FragmentError,
    occurrences,
    place_article,
    place_content,
    place_near,
    place_timexes,
    validate_gold_line,
    validate_timex_line,
)
from propos.evaluation.stances import issue_keys, position_matches, score_positions
from propos.interfaces.cli import app

GOLD = ROOT / "gold" / "fr"
GOLD_FILES = sorted(GOLD.glob("*.jsonl"))


def _lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# ---- the files


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_every_gold_file_passes_the_validator(path):
    result = CliRunner().invoke(app, ["eval", "check-gold", str(path)])
    assert result.exit_code == 0, result.output


def test_the_shared_dev_file_passes_the_validator():
    path = require_shared("gold/quotes-fr-dev.jsonl")
    assert CliRunner().invoke(app, ["eval", "check-gold", str(path)]).exit_code == 0


def test_sizes_and_a_split_by_article():
    train, dev = _lines(GOLD / "train.jsonl"), _lines(GOLD / "dev.jsonl")
    assert len(train) >= 200 and len(dev) >= 100
    assert not {a["id"] for a in train} & {a["id"] for a in dev}
    required = sum(1 for a in train + dev for q in a["quotes"] if not q.get("optional"))
    assert required >= 1800
    timex_train, timex_dev = _lines(GOLD / "timex-news-train.jsonl"), _lines(GOLD / "timex-news-dev.jsonl")
    assert (len(timex_train), len(timex_dev)) == (510, 50)  # 50 + 50, then 60, then 80 five times, for train only
    assert not {a["id"] for a in timex_dev} & {a["id"] for a in dev}  # never the quotation dev articles


def test_the_draws_and_splits_are_reproduced_from_their_seeds():
    from pathlib import Path

    from propos.evaluation.gold_corpus import sample, split_waves, timex_sample

    corpora = require_shared("corpus")
    recorded = json.loads((GOLD / "assignment.json").read_text(encoding="utf-8"))
    assert sample(Path(corpora)) == recorded
    assert split_waves(recorded) == json.loads((GOLD / "split.json").read_text(encoding="utf-8"))
    split = json.loads((GOLD / "split.json").read_text(encoding="utf-8"))
    assert timex_sample(corpora / "news-fr-more.jsonl", split) == json.loads(
        (GOLD / "timex-assignment.json").read_text(encoding="utf-8"))


def test_the_gold_files_are_built_from_the_annotations(tmp_path):
    """train/dev hold exactly what the fragment files say (adjudicated readings first)."""
    from propos.evaluation.gold_corpus import build

    corpora = require_shared("corpus")
    assignment = json.loads((GOLD / "assignment.json").read_text(encoding="utf-8"))
    split = json.loads((GOLD / "split.json").read_text(encoding="utf-8"))
    for part in ("train", "dev"):
        lines, problems = build(GOLD / "annotations", corpora, assignment, split[part])
        assert not problems
        assert lines == _lines(GOLD / f"{part}.jsonl")


def test_the_time_gold_is_built_from_its_annotations_and_later_waves_went_to_train_only():
    from propos.evaluation.gold_corpus import build_timex

    corpora = require_shared("corpus")
    assignment = json.loads((GOLD / "timex-assignment.json").read_text(encoding="utf-8"))
    parts, problems = build_timex(GOLD / "timex-annotations", corpora / assignment["corpus"], assignment)
    assert not problems
    for part in ("train", "dev"):
        assert parts[part] == _lines(GOLD / f"timex-news-{part}.jsonl")
    later = {a for wave in ("wave2", "wave3", "wave4") for a in assignment[wave]["chosen"]}
    assert later <= set(assignment["train"]) and not later & set(assignment["dev"])
    assert assignment["dev"] == sorted(assignment["dev"]) and len(assignment["dev"]) == 50


# ---- fragments → offsets


TEXT = "Titre\n\n« Nous ne céderons pas », a déclaré il y a peu le ministre. Il a ajouté qu'il partirait en avril."


def test_content_first_and_last_words_and_whole_words():
    start, end = place_content(TEXT, ["« Nous ne", "pas »"], 0)
    assert TEXT[start:end] == "« Nous ne céderons pas »"
    assert occurrences(TEXT, "il") == [TEXT.index("il y a"), TEXT.index("qu'il") + 3]  # not inside « avril »
    with pytest.raises(FragmentError):
        place_content(TEXT, "absent", 0)


def test_cue_and_speaker_are_the_occurrences_nearest_the_content():
    content = place_content(TEXT, "il partirait en avril", 0)
    start, end = place_near(TEXT, "Il", content, None)
    assert TEXT[start - 1:end + 9] == " Il a ajouté"
    start, end = place_near(TEXT, "il", content, "il y a peu")
    assert start == TEXT.index("il y a peu")


def test_a_placed_article_and_what_the_validator_says():
    fragments = {"id": "x", "quotes": [
        {"type": "direct", "content": "« Nous ne céderons pas »", "cue": "a déclaré", "speaker": "le ministre",
         "speaker_name": "Jean Dupont"},
        {"type": "indirect", "content": "il partirait en avril", "cue": "a ajouté", "speaker": "Il",
         "speaker_name": "Jean Dupont"}],
        "entities": [{"name": "Jean Dupont", "type": "PER", "aliases": ["le ministre"]}],
        "positions": [{"holder": "Jean Dupont", "issue": "départ", "stance": "support", "evidence": ["Q2"]}]}
    placed = place_article(fragments, {"id": "x", "text": TEXT, "date": "2016-11-ur"})
    assert not placed.problems and placed.line["date"] is None  # a corpus placeholder is no date
    q1, q2 = placed.line["quotes"]
    assert TEXT[q1["speaker"][0]:q1["speaker"][1]] == "le ministre" and q2["id"] == "Q2"
    broken = json.loads(json.dumps(placed.line))
    broken["quotes"][1]["id"] = "Q1"
    broken["quotes"][0]["speaker_name"] = "Paul"
    broken["quotes"][0]["content"] = [8, 40]
    broken["positions"][0]["evidence"] = ["Q9"]
    problems = " | ".join(validate_gold_line(broken))
    for expected in ("used twice", "'Paul' is not in entities", "whitespace at an edge", "['Q9']"):
        assert expected in problems


def test_time_fragments_and_their_validator():
    placed = place_timexes({"timexes": [{"text": "avril", "type": "DATE", "value": "2017-04"},
                                        {"text": "peu", "type": "WHEN", "value": ""}]},
                           {"id": "t", "text": TEXT, "date": "2016-12-01"})
    assert placed.line["timexes"][0]["span"] == [TEXT.index("avril"), TEXT.index("avril") + 5]
    assert any("type 'WHEN'" in p for p in placed.problems) and any("value is missing" in p for p in placed.problems)
    assert validate_timex_line({"text": TEXT, "timexes": [{"id": "T1", "span": [0, 5], "type": "DATE", "value": "X"},
                                                          {"id": "T2", "span": [0, 5], "type": "DATE", "value": "X"}]})


# ---- agreement and the stance matcher


def test_agreement_of_a_reading_with_itself_is_perfect_and_a_missing_quote_costs():
    line = _lines(GOLD / "dev.jsonl")[0] if GOLD_FILES else None
    lines = [x for x in _lines(GOLD / "dev.jsonl") if [q for q in x["quotes"] if not q.get("optional")]][:5]
    assert line is not None
    same = agreement(lines, lines)
    assert same["quotes"]["@0.3"]["quotes"]["f1"] == 1.0 and same["quotes"]["@0.3"]["end_to_end"]["f1"] == 1.0
    fewer = [dict(x, quotes=[q for q in x["quotes"] if not q.get("optional")][1:]) for x in lines]
    assert agreement(lines, fewer)["quotes"]["@0.3"]["quotes"]["r"] < 1.0


def test_the_metrics_stance_matcher():
    entities = [{"name": "Emmanuel Macron", "aliases": ["le président"]}]
    gold = {"holder": "Emmanuel Macron", "issue": "envoi d'entraîneurs militaires en Ukraine", "stance": "support"}
    assert position_matches({"holder": "Macron", "issue": "entraîneurs occidentaux", "stance": "support"}, gold,
                            entities)
    assert not position_matches({"holder": "Macron", "issue": "entraîneurs", "stance": "oppose"}, gold, entities)
    assert not position_matches({"holder": "Macron", "issue": "contre la guerre", "stance": "support"}, gold, entities)
    assert issue_keys("Entraînement contre l'escalade") == {"entrai", "escala"}
    scores = score_positions([({"positions": [gold], "entities": entities},
                               [{"holder": "le président", "issue": "militaires", "stance": "support"}])])
    assert scores["p"] == scores["r"] == 1.0


def test_eval_stances_prints_a_table_or_json(tmp_path):
    article = {"id": "a1", "text": "Léa Moreau s'oppose à la fermeture de l'usine.", "quotes": [],
               "entities": [{"name": "Léa Moreau", "type": "PER"}],
               "positions": [{"holder": "Léa Moreau", "issue": "fermeture de l'usine", "stance": "oppose"}]}
    predicted = {"id": "a1", "stances": [{"holder_name": "Léa Moreau", "issue": "la fermeture", "stance": "oppose"},
                                         {"holder_name": "Léa Moreau", "issue": "salaires", "stance": "support"}]}
    gold_path, pred_path = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold_path.write_text(json.dumps(article, ensure_ascii=False) + "\n", encoding="utf-8")
    pred_path.write_text(json.dumps(predicted, ensure_ascii=False) + "\n", encoding="utf-8")
    runner = CliRunner()
    as_json = runner.invoke(app, ["eval", "stances", str(gold_path), "--pred", str(pred_path), "-f", "json"])
    assert as_json.exit_code == 0, as_json.output
    assert (json.loads(as_json.output)["p"], json.loads(as_json.output)["r"]) == (0.5, 1.0)
    table = runner.invoke(app, ["eval", "stances", str(gold_path), "--pred", str(pred_path)])
    assert table.exit_code == 0 and "positions    0.500   1.000   0.667" in table.output
