"""The time grammar and vocabulary, without a pipeline: number words, calendar arithmetic, what matches."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from propos.extraction.time import calendar as cal
from propos.extraction.time.grammar import find_matches
from propos.extraction.time.lexicon import load_lexicon
from propos.extraction.time.plausibility import ReadingCheck


@pytest.mark.parametrize(("words", "value"), [
    ("une", 1), ("quinze", 15), ("dix-huit", 18), ("vingt-trois", 23), ("trente et un", 31),
    ("soixante-dix", 70), ("quatre-vingts", 80), ("quatre-vingt-dix-neuf", 99), ("deux mille vingt-quatre", 2024),
    ("30,4", 30.4), ("cent", 100),
])
def test_number_words(words, value):
    assert load_lexicon("fr").number(words) == pytest.approx(value)


def test_a_word_that_is_no_number():
    assert load_lexicon("fr").number("maison") is None


def test_easter_and_shifts():
    assert cal.easter(2024) == dt.date(2024, 3, 31)
    assert cal.easter(2025) == dt.date(2025, 4, 20)
    assert cal.shift(dt.date(2024, 1, 31), 1, "M") == dt.date(2024, 2, 29)
    assert cal.at_granularity(dt.date(2024, 6, 7), "W") == "2024-W23"
    assert cal.at_granularity(dt.date(1995, 6, 7), "DE") == "199"


def test_weekday_near_follows_the_direction():
    friday = dt.date(2024, 6, 7)
    assert cal.weekday_near(friday, 6, 1) == dt.date(2024, 6, 8)
    assert cal.weekday_near(friday, 6, -1) == dt.date(2024, 6, 1)
    assert cal.weekday_near(friday, 3, None) == dt.date(2024, 6, 5)
    assert cal.weekday_near(friday, 5, 1, strict=True) == dt.date(2024, 6, 14)


def test_year_of_a_day_month_prefers_a_near_date_then_the_tense():
    anchor = dt.date(2024, 6, 7)
    assert cal.year_for(6, 20, anchor, -1) == 2024  # close: the tense may belong to another event
    assert cal.year_for(12, 20, anchor, -1) == 2023
    assert cal.year_for(1, 10, anchor, 1) == 2025
    assert cal.year_for(1, 10, anchor, None) == 2024


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.rule, text[m.start:m.end]) for m in find_matches(text)]


def test_longest_reading_wins():
    assert _found("Il viendra le mercredi 3 juillet 2024 à Lyon.") == [("day_date", "le mercredi 3 juillet 2024")]
    assert ("part_of_day", "l'après-midi") in _found("Elle a parlé dans l'après-midi.")


def test_prepositions_stay_out_of_the_span():
    found = _found("Le train part à 14h30 et arrive dans la soirée.")
    assert ("clock", "14h30") in found
    assert ("part_of_day", "la soirée") in found


def test_no_match_inside_words():
    assert _found("Les hiverneurs saluent les midinettes du jeudiste.") == []


def test_odd_text_gives_no_match_and_no_error():
    for text in ("", "   ", "«««", "12/45/9999", "h h h 99 h"):
        assert isinstance(find_matches(text), list)


def test_every_grammar_rule_has_a_resolver():
    from propos.extraction.time.grammar import load_rules
    from propos.extraction.time.resolver import Resolver

    missing = [rule.name for rule in load_rules("fr") if not hasattr(Resolver, f"_rule_{rule.name}")]
    assert missing == []


def test_function_words_come_from_the_lexicon():
    """A language whose lexicon lacks a function word (« de », « et ») finds it nowhere: the checks build their
    patterns from the tables, not from French written into the code."""
    french = load_lexicon("fr")
    bare = dataclasses.replace(french, tables={k: v for k, v in french.tables.items() if k not in ("OF_BARE", "AND_WORDS")})
    assert ReadingCheck(french).of_bare_after.match(" de chances")
    assert not ReadingCheck(bare).of_bare_after.match(" de chances")
    assert ReadingCheck(french).apposition_after.match(" et il est parti")
    assert not ReadingCheck(bare).apposition_after.match(" et il est parti")
    assert french.number("trente et un") == 31
    assert bare.number("trente et un") is None
    no_plural = dataclasses.replace(french, tables={k: v for k, v in french.tables.items() if k != "PLURAL_ENDINGS"})
    assert french.singular("mardis") == "mardi" and no_plural.singular("mardis") == "mardis"
