"""Positions over time: a holder's stances on an issue by date, and the changes (support → oppose and back)
with the evidence of both sides. Store tests run on SQLite and on PostgreSQL; the rules also on bare rows."""

from __future__ import annotations

import storedocs
from propos.store.positions import timelines, turns
from storedocs import minister_article, turnabout_article

store = storedocs.store


def _texts(position) -> list[str]:
    return [e.content.text if hasattr(e, "content") else e.type for e in position.evidence]


def test_a_holder_who_turns_is_a_change_with_both_evidences(store):
    store.save(turnabout_article())   # stored first: the order is the articles' dates, not the store's keys
    store.save(minister_article())
    issue = store.issue("reforme-budget")
    [change] = issue.changes
    assert (change.holder_id, change.issue_key, change.issue) == ("paul-martin", "reforme-budget",
                                                                   "la réforme du budget")
    before, after = change.before, change.after
    assert (before.stance, before.date, before.article_title) == ("oppose", "2024-06-04", "La ministre défend son budget")
    assert (after.stance, after.date, after.article_title) == ("support", "2024-07-20", "Paul Martin change d'avis")
    assert _texts(before) == ["Ce budget est une erreur.", "DISAPPROVE"] and before.evidence_ids == ["q2", "e1"]
    assert _texts(after) == ["Cette réforme du budget est finalement une bonne idée"]
    assert {e.article_pk for e in before.evidence} == {before.article_pk} != {after.article_pk}
    assert store.article(after.article_pk).id == "revirement"
    by_holder = {t.holder_id: [(p.date, p.stance) for p in t.positions] for t in issue.timeline}
    assert by_holder == {"paul-martin": [("2024-06-04", "oppose"), ("2024-07-20", "support")],
                         "claire-dubois": [("2024-06-04", "support")]}
    # the actor's page says the same; an actor who kept to one position has no change
    assert store.actor("paul-martin").changes == issue.changes
    assert store.actor("claire-dubois").changes == []


def test_the_existing_sides_are_unchanged(store):
    store.save(minister_article())
    store.save(turnabout_article())
    issue = store.issue("reforme-budget")
    assert [s.holder_name for s in issue.oppose] == ["Paul Martin"]
    assert sorted(s.holder_name for s in issue.support) == ["Claire Dubois", "Paul Martin"]


def test_both_positions_in_one_article_are_no_change_over_time(store):
    store.save(minister_article())
    store.save(turnabout_article(("oppose", 0.6), ("support", 0.9)))
    issue = store.issue("reforme-budget")
    assert issue.changes == [] and store.actor("paul-martin").changes == []
    paul = next(t for t in issue.timeline if t.holder_id == "paul-martin")
    # one position for the article: its surest stance, marked as holding both
    assert [(p.stance, p.stance_id, p.confidence, p.mixed) for p in paul.positions] == [
        ("oppose", "s1", 1.0, False), ("support", "s2", 0.9, True)]


def test_several_stances_in_one_article_are_one_position(store):
    store.save(minister_article())
    store.save(turnabout_article(("support", 0.6), ("support", 0.9)))
    issue = store.issue("reforme-budget")
    [change] = issue.changes
    assert (change.after.stance_id, change.after.confidence) == ("s2", 0.9)
    paul = next(t for t in issue.timeline if t.holder_id == "paul-martin")
    assert len(paul.positions) == 2


def test_undated_stances_are_left_out(store):
    store.save(minister_article())
    store.save(turnabout_article(date=None))
    issue = store.issue("reforme-budget")
    assert issue.changes == [] and store.actor("paul-martin").changes == []
    paul = next(t for t in issue.timeline if t.holder_id == "paul-martin")
    assert [p.date for p in paul.positions] == ["2024-06-04"]
    # still one of the sides: only the timeline needs a date
    assert "Paul Martin" in [s.holder_name for s in issue.support]


# ---- the rules on bare rows

def _row(pk: int, article_pk: int, date: str | None, stance: str, confidence: float = 1.0,
         holder: str | None = "per:x", name: str = "X", issue_key: str = "i") -> dict:
    return dict(pk=pk, id=f"s{pk}", article_pk=article_pk, article_title=None, holder_id=holder, holder_name=name,
                issue_key=issue_key, issue=issue_key, stance=stance, confidence=confidence, evidence=[], date=date)


def _turns(rows) -> list[tuple[str, str, str, str]]:
    return [(b.stance, b.date, a.stance, a.date) for t in timelines(rows) for b, a in turns(t)]


def test_each_turn_back_and_forth_is_a_change():
    rows = [_row(1, 1, "2024-01-01", "support"), _row(2, 2, "2024-02-01", "support"),
            _row(3, 3, "2024-03-01", "oppose"), _row(4, 4, "2024-04-01", "support")]
    assert _turns(rows) == [("support", "2024-02-01", "oppose", "2024-03-01"),
                            ("oppose", "2024-03-01", "support", "2024-04-01")]


def test_neutral_is_no_polarity_and_does_not_stand_between():
    rows = [_row(1, 1, "2024-01-01", "support"), _row(2, 2, "2024-02-01", "neutral"),
            _row(3, 3, "2024-03-01", "oppose")]
    assert _turns(rows) == [("support", "2024-01-01", "oppose", "2024-03-01")]
    assert _turns([_row(1, 1, "2024-01-01", "neutral"), _row(2, 2, "2024-02-01", "oppose")]) == []


def test_holders_and_issues_are_kept_apart():
    rows = [_row(1, 1, "2024-01-01", "support"), _row(2, 2, "2024-02-01", "oppose", holder="per:y", name="Y"),
            _row(3, 3, "2024-03-01", "oppose", issue_key="j")]
    assert _turns(rows) == []
    assert [(t.holder_id, t.issue_key) for t in timelines(rows)] == [("per:x", "i"), ("per:y", "i"), ("per:x", "j")]


def test_a_holder_without_id_is_known_by_name():
    rows = [_row(1, 1, "2024-01-01", "support", holder=None, name="Le Syndicat"),
            _row(2, 2, "2024-02-01", "oppose", holder=None, name="le syndicat")]
    assert _turns(rows) == [("support", "2024-01-01", "oppose", "2024-02-01")]


def test_same_date_is_ordered_by_article():
    rows = [_row(1, 7, "2024-01-01", "oppose"), _row(2, 3, "2024-01-01", "support")]
    assert _turns(rows) == [("support", "2024-01-01", "oppose", "2024-01-01")]
