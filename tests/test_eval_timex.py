"""The TimeML scorer (METRICS.md): reading, pairing, the three P/R/F1 modes, type accuracy, the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from propos.evaluation.timex import TimexItem, pair, prf, read_timeml, score_timex

TML = """<?xml version="1.0" encoding="UTF-8"?>
<TimeML>
<DOCID>essai-1</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2024-06-07" /></DCT>
<TEXT>
Le maire &amp; ses adjoints ont voté <TIMEX3 tid="t1" type="DATE" value="2024-06-06">hier</TIMEX3> un budget pour <TIMEX3 tid="t2" type="DURATION" value="P3Y">trois ans</TIMEX3>. Ils se <EVENT eid="e1">réuniront</EVENT> <TIMEX3 tid="t3" type="DATE" value="2024-06-08">samedi</TIMEX3> à la mairie.
</TEXT>
</TimeML>
"""


@pytest.fixture()
def tml_dir(tmp_path: Path) -> Path:
    (tmp_path / "essai-1.tml").write_text(TML, encoding="utf-8")
    return tmp_path


def test_read_timeml_decodes_entities_and_keeps_offsets(tml_dir):
    document = read_timeml(tml_dir / "essai-1.tml")
    assert document.dct == "2024-06-07"
    assert "Le maire & ses adjoints" in document.text
    assert [document.text[t.start:t.end] for t in document.timexes] == ["hier", "trois ans", "samedi"]
    assert "<" not in document.text


def test_pairing_is_one_to_one_and_prefers_exact_spans():
    gold = [TimexItem(0, 10, "DATE", "a"), TimexItem(12, 20, "DATE", "b")]
    predicted = [TimexItem(0, 20, "DATE", "a"), TimexItem(12, 20, "DATE", "b")]
    pairs = pair(gold, predicted)
    assert len(pairs) == 2
    assert (gold[1], predicted[1]) in pairs


def test_prf():
    assert prf(1, 1, 2, 4) == {"p": 0.5, "r": 0.25, "f1": 0.3333}
    assert prf(0, 0, 0, 0) == {"p": 0.0, "r": 0.0, "f1": 0.0}


def test_score_on_a_small_file(tml_dir):
    result = score_timex(tml_dir)
    assert result["gold"] == 3
    assert result["strict"]["r"] == 1.0
    assert result["value"]["f1"] == 1.0
    assert result["type_accuracy"] == 1.0


def test_another_tagger_is_scored_in_propos_place(tml_dir):
    # the first gold expression found with a wrong value, one too long, one missed, one spurious
    def tagger(document):
        hier, trois_ans, _ = document.timexes
        return [TimexItem(hier.start, hier.end, "DATE", "2024-06-05"),
                TimexItem(trois_ans.start - 4, trois_ans.end, "DURATION", "P3Y"), TimexItem(0, 2, "DATE", "X")]

    result = score_timex(tml_dir, tagger=tagger)
    assert result["predicted"] == 3
    assert result["strict"] == {"p": 0.3333, "r": 0.3333, "f1": 0.3333}
    assert result["relaxed"]["r"] == 0.6667
    assert result["value"]["r"] == 0.3333


def test_an_empty_directory_is_an_error(tmp_path):
    from propos.errors import ProposError

    with pytest.raises(ProposError):
        score_timex(tmp_path)


def test_cli_json(tml_dir):
    from propos.interfaces.cli import app

    result = CliRunner().invoke(app, ["eval", "timex", str(tml_dir), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["relaxed"]["f1"] == 1.0


def test_french_timebank_dev_half_beats_heideltime():
    from conftest import require_shared

    directory = require_shared("gold/timebank-fr-dev")
    result = score_timex(directory)
    # HeidelTime on the same half: strict 0.816, relaxed 0.908, value 0.735.
    assert result["relaxed"]["f1"] > 0.908
    assert result["value"]["f1"] > 0.735


def test_a_malformed_file_is_a_coded_error(tmp_path):
    from propos.errors import ProposError

    (tmp_path / "bad.tml").write_text("<TimeML><TEXT>hier</TimeML>", encoding="utf-8")
    with pytest.raises(ProposError) as caught:
        score_timex(tmp_path)
    assert caught.value.code == "E013"


def test_error_kinds_of_extents():
    """propos.evaluation.timex_extents: each gold expression's error by side, splits and merges, misses by type and
    spurious predictions; an exact extent with another value is counted apart."""
    from propos.evaluation.timex_extents import classify

    gold = [TimexItem(10, 20, "DATE", "2024-06-06"), TimexItem(30, 40, "DURATION", "P3Y"),
            TimexItem(50, 55, "TIME", "2024-06-07TEV"), TimexItem(60, 64, "DATE", "2024"), TimexItem(66, 70, "DATE", "2025"),
            TimexItem(80, 90, "SET", "P1W"), TimexItem(100, 110, "DATE", "2024-06")]
    predicted = [TimexItem(7, 18, "DATE", "2024-06-06"), TimexItem(32, 45, "DURATION", "P3Y"), TimexItem(60, 70, "DATE", "2024"),
                 TimexItem(80, 84, "SET", "P1W"), TimexItem(86, 90, "SET", "P1W"), TimexItem(100, 110, "DATE", "2024-07"),
                 TimexItem(120, 125, "TIME", "PRESENT_REF")]
    kinds = sorted(kind for kind, _, _ in classify(gold, predicted))
    assert kinds == ["exact extent, wrong value", "merged", "merged", "missed TIME", "split", "spurious TIME",
                     "too long left", "too long right", "too short left", "too short right"]
