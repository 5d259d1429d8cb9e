"""Calendar arithmetic for time values: shifting dates by units, ISO weeks, Easter, the nearest weekday."""

from __future__ import annotations

import calendar as _calendar
import datetime as dt


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = _calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


class OutOfCalendar(ValueError):
    """A date before year 1 or after 9999 (« il y a 3000 ans »)."""


def shift(day: dt.date, amount: int, unit: str) -> dt.date:
    """`day` moved by `amount` of a unit code (D, W, M, Q, HALF, Y, DE, CE); smaller units leave the day.
    Raises OutOfCalendar beyond the years 1 to 9999."""
    try:
        if unit == "D":
            return day + dt.timedelta(days=amount)
        if unit in ("W", "WE"):
            return day + dt.timedelta(weeks=amount)
        months = {"M": 1, "Q": 3, "HALF": 6, "Y": 12, "DE": 120, "CE": 1200, "ML": 12000}.get(unit)
        return day if months is None else add_months(day, amount * months)
    except (ValueError, OverflowError) as exc:
        raise OutOfCalendar(str(exc)) from None


def week_value(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def at_granularity(day: dt.date, unit: str) -> str:
    """The value of the calendar period of a unit that contains `day` ('2024-W23', '2024-06', '1944')."""
    if unit == "D":
        return day.isoformat()
    if unit == "W":
        return week_value(day)
    if unit == "WE":
        return week_value(day) + "-WE"
    if unit == "M":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "Q":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if unit == "HALF":
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    if unit == "DE":
        return f"{day.year // 10:03d}"
    if unit == "CE":
        return f"{day.year // 100:02d}"
    return f"{day.year:04d}"


def easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def weekday_near(anchor: dt.date, weekday: int, direction: int | None, *, strict: bool = False) -> dt.date:
    """The date of ISO `weekday` (1 = Monday) seen from `anchor`: the next one (direction 1), the last one
    (-1) or the nearest one (None, ties go forward). `strict` excludes the anchor day itself."""
    ahead = (weekday - anchor.isoweekday()) % 7
    behind = (anchor.isoweekday() - weekday) % 7
    if strict:
        ahead = ahead or 7
        behind = behind or 7
    if direction == 1:
        return anchor + dt.timedelta(days=ahead)
    if direction == -1:
        return anchor - dt.timedelta(days=behind)
    return anchor + dt.timedelta(days=ahead) if ahead <= behind else anchor - dt.timedelta(days=behind)


def weekday_reported(anchor: dt.date, weekday: int) -> dt.date:
    """A weekday no tense points (a headline, a noun phrase, the present): news reports what happened, so the
    last one, unless it is the anchor's day or the next (« pas d'école jeudi », written on Wednesday)."""
    ahead = (weekday - anchor.isoweekday()) % 7
    return anchor + dt.timedelta(days=ahead) if ahead <= 1 else weekday_near(anchor, weekday, -1)


# A day and month within this many days of the anchor is that occurrence whatever the tense says: the
# tense may be another event's (« a donné rendez-vous le 21 septembre »).
NEAR_DAYS = 60


def year_for(month: int, day: int | None, anchor: dt.date, direction: int | None, *, strict: bool = False) -> int:
    """The year of a day-month or month written without one: the anchor's year, moved by the tense's
    direction when the date would otherwise lie on the wrong side of the anchor. `strict`: the direction is
    written (« prochain », « dernier »), so a near date on the wrong side does not win."""
    year = anchor.year
    if day is not None:
        candidates = []
        for y in (year - 1, year, year + 1):
            try:
                candidates.append(dt.date(y, month, day))
            except ValueError:
                continue
        if not candidates:
            return year
        nearest = min(candidates, key=lambda d: abs((d - anchor).days))
        if abs((nearest - anchor).days) <= NEAR_DAYS and not (strict and direction):
            return nearest.year
        candidate = next((c for c in candidates if c.year == year), None)
        if candidate is None:  # 29 February of a common year
            return year
    else:
        candidate = dt.date(year, month, 1)
        if (candidate.year, candidate.month) == (anchor.year, anchor.month):
            return year
        if direction is None:  # no tense: the nearest such month (« pour novembre », written in January)
            months = (month - anchor.month) % 12
            return year + (months <= 6 and month < anchor.month) - (months > 6 and month > anchor.month)
    if direction == 1 and candidate < anchor:
        return year + 1
    if direction == -1 and candidate > anchor:
        return year - 1
    return year


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date | None:
    """The `nth` ISO `weekday` of a month (nth -1: the last one); None when the month has no such day."""
    if nth < 0:
        last = add_months(dt.date(year, month, 1), 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    day = first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    return day if day.month == month else None
