"""CI fails when a score on the development gold drops below the minimums in quality/minimums.json."""

import pytest

from conftest import ROOT, SHARED, require_shared
from propos.evaluation.gate import GATES, compare, measure, metric, raise_minimums, read_minimums

MINIMUMS = ROOT / "quality" / "minimums.json"


def test_metric_paths_with_dotted_mode_names():
    result = {"@0.3": {"end_to_end": {"f1": 0.5}}, "value": {"f1": 0.7}}
    assert metric(result, "@0.3.end_to_end.f1") == 0.5
    assert metric(result, "value.f1") == 0.7
    with pytest.raises(KeyError):
        metric(result, "@0.8.end_to_end.f1")


def test_compare_flags_drops_and_tolerates_noise():
    floor = {"quotes": {"sha256": "a", "metrics": {"x": 0.80, "y": 0.5}}}
    got = {"quotes": {"sha256": "b", "metrics": {"x": 0.7996, "y": 0.49}}}
    (failure,) = compare(got, floor)
    assert failure.startswith("quotes y: 0.49 < minimum 0.5") and "gold changed" in failure


def test_raise_minimums_refuses_to_lower_silently():
    floor = {"timex": {"metrics": {"value.f1": 0.8}}}
    with pytest.raises(ValueError):
        raise_minimums({"timex": {"sha256": "s", "metrics": {"value.f1": 0.7}}}, floor)
    lowered = raise_minimums({"timex": {"sha256": "s", "metrics": {"value.f1": 0.7}}}, floor, allow_regression=True)
    assert lowered["timex"]["metrics"]["value.f1"] == 0.7


def test_minimums_are_recorded_for_every_gate():
    recorded = read_minimums(MINIMUMS)
    assert set(GATES) <= recorded.keys()
    assert all(v > 0 for gate in recorded.values() for v in gate["metrics"].values())
    for name, gate in GATES.items():  # every metric a gate measures has its minimum
        assert set(gate.metrics) == set(recorded[name]["metrics"]), name


def test_development_scores_hold_their_minimums(analyzer):
    require_shared("gold/quotes-fr-dev.jsonl")
    require_shared("gold/timebank-fr-dev")
    failures = compare(measure(SHARED, analyzer), read_minimums(MINIMUMS))
    assert not failures, "quality dropped:\n" + "\n".join(failures)
