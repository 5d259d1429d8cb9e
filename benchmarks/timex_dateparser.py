"""dateparser as a time tagger, scored like propos (issue 17: use a well-kept library where it does the job).

    .venv/bin/python benchmarks/timex_dateparser.py GOLD [GOLD …]

dateparser (a dependency already, through trafilatura's htmldate) finds dates in running text with
`search_dates` and normalises one string with `DateDataParser.get_date_data`, against a base date. Each match
becomes a DATE or TIME expression at the granularity dateparser reports (`period`: year, month, day, time),
with the document's date as the base; it has no durations, sets, or ISO-TimeML extents of its own. Scored with
propos' own pairing (propos.evaluation.timex: strict, relaxed, value F1), next to propos on the same files.
"""

from __future__ import annotations

import argparse
import datetime

from propos.evaluation.timex import TimeMLDocument, TimexItem, score_timex

LANGUAGES = ["fr"]


def _value(moment: datetime.datetime, period: str | None) -> tuple[str, str]:
    """(type, ISO value) at the granularity dateparser reports."""
    if period == "year":
        return "DATE", f"{moment:%Y}"
    if period == "month":
        return "DATE", f"{moment:%Y-%m}"
    if period == "time":
        return "TIME", f"{moment:%Y-%m-%dT%H:%M}"
    return "DATE", f"{moment:%Y-%m-%d}"


def tag(document: TimeMLDocument) -> list[TimexItem]:
    """dateparser's matches in a document, with offsets found left to right in its text."""
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    base = datetime.datetime.fromisoformat(document.dct) if document.dct else datetime.datetime.now()
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "current_period"}
    found = search_dates(document.text, languages=LANGUAGES, settings=settings) or []
    parser = DateDataParser(languages=LANGUAGES, settings=settings)
    items, cursor = [], 0
    for words, moment in found:
        start = document.text.find(words, cursor)
        if start < 0:
            continue
        cursor = start + len(words)
        type_, value = _value(moment, parser.get_date_data(words).period)
        items.append(TimexItem(start, cursor, type_, value))
    return items


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", nargs="+")
    args = parser.parse_args()
    print(f"{'gold':<40} {'tagger':<11} {'strict P/R/F1':>20} {'relaxed P/R/F1':>20} {'value P/R/F1':>20}")
    for gold in args.gold:
        for name, result in (("dateparser", score_timex(gold, tagger=tag)), ("propos", score_timex(gold))):
            cells = ["/".join(f"{result[k][m]:.3f}" for m in ("p", "r", "f1")) for k in ("strict", "relaxed", "value")]
            print(f"{gold:<40} {name:<11} {cells[0]:>20} {cells[1]:>20} {cells[2]:>20}")


if __name__ == "__main__":
    main()
