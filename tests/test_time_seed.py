"""The specimen article's time expressions, published on Friday 7 June 2024 (the seed_doc fixture)."""

from __future__ import annotations


def _by_text(seed_doc) -> dict:
    return {t.span.text: t for t in seed_doc.timexes}


def test_seed_saturday_is_the_coming_one(seed_doc):
    # « Macron recevra Biden … samedi »: a future tense, so the Saturday after publication.
    assert _by_text(seed_doc)["samedi"].value == "2024-06-08"


def test_seed_eighty_years_ago_is_1944(seed_doc):
    # « il y a » is the signal of a duration (the news gold and the French TimeBank); 1944 is where it begins
    ago = _by_text(seed_doc)["80 ans"]
    assert (ago.type, ago.value, ago.begin, ago.end, ago.anchor) == ("DURATION", "P80Y", "1944", "2024-06-07", "2024-06-07")


def test_seed_depuis_mercredi_starts_on_wednesday(seed_doc):
    since = _by_text(seed_doc)["mercredi"]
    assert (since.value, since.begin) == ("2024-06-05", "2024-06-05")


def test_seed_vague_and_durations(seed_doc):
    found = _by_text(seed_doc)
    assert found["Récemment"].value == "PAST_REF"
    assert found["l'avenir"].value == "FUTURE_REF"
    lasting = found["plus de deux ans"]
    assert (lasting.value, lasting.mod, lasting.begin) == ("P2Y", "MORE_THAN", "2022-06-07")


def test_seed_spans_point_into_the_text(seed_doc):
    assert seed_doc.timexes
    for timex in seed_doc.timexes:
        assert seed_doc.text[timex.span.start:timex.span.end] == timex.span.text
