"""From a grammar match to an ISO-TimeML type and value.

Deictic expressions (hier, samedi, il y a 80 ans, la semaine dernière) count from the publication date;
anaphoric ones (le lendemain, la veille, à 14 h, dans la soirée) from the last day the text mentioned.
Without a publication date the calendar fields that depend on it stay unresolved as X: `XXXX-XX-XX`,
`XXXX-WXX-6`, `XXXX-06`, `XXXX`; the anchor is then None. Nothing is guessed from today.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from propos.extraction.time import calendar as cal
from propos.extraction.time.lexicon import TimeLexicon, normal

UNRESOLVED_DAY = "XXXX-XX-XX"
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_GRANULARITY_PATTERN = {"D": UNRESOLVED_DAY, "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "Q": "XXXX-QX",
                        "HALF": "XXXX-HX", "Y": "XXXX", "DE": "XXX", "CE": "XX"}


@dataclass
class Resolved:
    type: str
    value: str
    mod: str | None = None
    anchor: str | None = None
    begin: str | None = None
    end: str | None = None
    day: dt.date | None = None  # the day this expression names, which later anaphora count from


_NIGHT, _NOON = "NI", "12:00"  # a clock time before noon, told of a night, is after its midnight
_TOLD_LENGTH = re.compile(r"PT?\d+(?:\.\d+)?[A-Z]+")
_RECENT_MONTH_DAYS = 92  # a quarter: how far back a month written just before may still be « ce mois »


class Resolver:
    """Resolves the matches of one document in text order, remembering the last day mentioned."""

    def __init__(self, lexicon: TimeLexicon, pub_date: dt.date | None) -> None:
        self.lex = lexicon
        self.pub = pub_date
        self.reference = pub_date
        self.period: tuple[dt.date, str] | None = None  # the year or month last written, when after the last day
        self.stretch: str | None = None  # the last stretch of time with its length told (« les neuf premiers mois »)
        self.month_told: dt.date | None = None  # the last recent month written by name, whatever was told after it
        self.night: dt.date | None = None  # the day a night begins on, while that night is the last time told

    # -- helpers -------------------------------------------------------------------------------------

    def _rel(self, word: str | None) -> tuple[int | None, bool]:
        """(direction, anaphoric) of 'dernier'/'prochain'/'suivant'…"""
        if not word:
            return None, False
        word = normal(word)
        anaphoric = word in self.lex.tables["ANAPHORIC_REL"]
        if word in self.lex.tables["PAST"]:
            return -1, anaphoric
        if word in self.lex.tables["FUTURE"]:
            return 1, anaphoric
        if word in self.lex.tables.get("CURRENT", []):
            return 0, False
        if word in self.lex.tables.get("REL_OF", {}):  # « l'année d'avant »: from the date told before
            return self.lex.tables["REL_OF"][word], True
        return None, False

    def _year(self, text: str | None) -> int | None:
        if not text:
            return None
        digits = text.lstrip("'")
        year = int(digits)
        if len(digits) == 2:
            pivot = (self.pub.year if self.pub else 2000) + 10
            year = 2000 + year if 2000 + year <= pivot else 1900 + year
        return year

    def _edge(self, groups: dict) -> str | None:
        return self.lex.lookup("EDGE", groups.get("edge")) or None

    def _mod(self, groups: dict) -> str | None:
        found = self.lex.lookup("MODIFIER", groups.get("mod")) or self.lex.lookup("CLOCK_MODIFIER", groups.get("skip"))
        return found or self._edge(groups)

    def _day_value(self, day: dt.date | None, pod: str | None = None, clock: str | None = None) -> Resolved:
        base = day.isoformat() if day else UNRESOLVED_DAY
        if clock:
            return Resolved("TIME", f"{base}T{clock}", day=day)
        if pod:
            return Resolved("TIME", f"{base}T{pod}", day=day)
        return Resolved("DATE", base, day=day)

    def _pod(self, groups: dict) -> str | None:
        return self.lex.lookup("PART_OF_DAY", groups.get("pod"))

    def _clock(self, groups: dict) -> str | None:
        if "hour" not in groups:
            return None
        hour = int(groups["hour"]) if groups["hour"].isdigit() else self.lex.lookup("CLOCK_HOUR_WORDS", groups["hour"])
        if hour < 12:
            hour += self.lex.lookup("CLOCK_HALF", groups.get("half")) or 0
        return self._with_fraction(f"{hour:02d}:{int(groups.get('minute') or groups.get('colon') or 0):02d}", groups)  # « 18 h 30 », « 18:30 »

    def _with_fraction(self, clock: str, groups: dict) -> str:
        """« 3 heures et demie » 03:30, « midi et quart » 12:15, « 5 heures moins le quart » 04:45."""
        minutes = self.lex.lookup("CLOCK_FRACTION", groups.get("frac"))
        if not minutes:
            return clock
        hour, minute = divmod(int(clock[:2]) * 60 + int(clock[3:5]) + minutes, 60)
        return f"{hour % 24:02d}:{minute:02d}"

    def _month_number(self, groups: dict) -> int | None:
        if "monthnum" in groups:
            return int(groups["monthnum"])
        return self.lex.lookup("MONTH", groups.get("month"))

    def _day_number(self, text: str) -> int:
        if normal(text).replace(" ", "") in self.lex.tables["ORDINAL_FIRST"]:
            return 1
        return int(text) if text.isdigit() else int(self.lex.number(text))  # « le quatorze juillet »

    def _calendar_day(self, month: int, day: int, groups: dict, direction: int | None) -> Resolved | None:
        """A day and month, with the year written, implied by 'dernier'/'prochain', the weekday or the tense."""
        if _weekday_of(2000, month, day) is None:  # no such day in any year (« le 31 février », « le 0 mai »)
            return None
        year = self._year(groups.get("year"))
        rel, _ = self._rel(groups.get("rel"))
        direction = rel if rel is not None else direction
        weekday = self.lex.lookup("WEEKDAY", groups.get("wd"))
        if year is None and self.pub is not None:  # « le 25 mai prochain » is after the anchor, however near
            year = cal.year_for(month, day, self.pub, direction, strict=rel is not None)
            near = _weekday_of(year, month, day) is not None and \
                abs((dt.date(year, month, day) - self.pub).days) <= cal.NEAR_DAYS
            if weekday and not near:  # a weekday that misses a near date by a day is a slip, not another year
                fitting = [y for y in (year, year - 1, year + 1) if _weekday_of(y, month, day) == weekday]
                year = fitting[0] if fitting else year
        if year is None:
            return Resolved("DATE", f"XXXX-{month:02d}-{day:02d}")
        try:
            date = dt.date(year, month, day)
        except ValueError:  # 29 February of a common year
            return None
        anchor = None if groups.get("year") else self._anchor()
        resolved = self._day_value(date)
        resolved.anchor = anchor
        return resolved

    def _anchor(self) -> str | None:
        return self.pub.isoformat() if self.pub else None

    def _amount(self, groups: dict) -> float | None:
        """The number of units; None for a vague quantity (plusieurs, quelques)."""
        if "approx" in groups:
            return float(self.lex.approx_numbers[normal(groups["approx"])])
        number = self.lex.number(groups.get("num"))
        if number is not None and "big" in groups:  # « 66 millions d'années »
            number *= self.lex.lookup("BIG_NUMBER", groups["big"])
        return number

    def _shifted(self, origin: dt.date | None, amount: float | None, unit: str, sign: int) -> Resolved:
        """The date `amount` units before (sign -1) or after (+1) the origin, at the unit's granularity."""
        grain = "D" if unit in ("S", "MIN", "H") else unit
        if origin is None or amount is None:
            if amount is None:
                return Resolved("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
            return Resolved("DATE", _GRANULARITY_PATTERN.get(grain, UNRESOLVED_DAY))
        try:
            date = cal.shift(origin, sign * int(amount), grain)
        except cal.OutOfCalendar:
            return Resolved("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", anchor=origin.isoformat())
        value = cal.at_granularity(date, grain)
        return Resolved("DATE", value, anchor=origin.isoformat(), day=date if grain == "D" else None)

    def duration_value(self, amount: float | None, unit: str) -> str:
        designator, factor, is_time = self.lex.tables["UNIT_VALUES"][unit]
        prefix = "PT" if is_time else "P"
        if amount is None:
            return f"{prefix}X{designator}"
        amount *= factor
        years = self.lex.tables.get("UNIT_YEARS", {})
        if amount != int(amount) and designator in years:  # « un quart de siècle »: P25Y
            amount, designator = amount * years[designator], "Y"
        if amount != int(amount) and designator == "Y":
            amount, designator = amount * 12, "M"
        if amount != int(amount) and designator == "H" and is_time:
            amount, designator = amount * 60, "M"
        number = str(int(amount)) if amount == int(amount) else f"{amount:g}"
        return f"{prefix}{number}{designator}"

    # -- rules ---------------------------------------------------------------------------------------

    def resolve(self, rule: str, groups: dict, direction: int | None = None) -> Resolved | None:
        handler = getattr(self, f"_rule_{rule}", None)
        if handler is None:
            return None
        try:
            resolved = handler(groups, direction)
        except (ValueError, OverflowError, KeyError, TypeError):
            return None  # an impossible reading (« le 31 février 2023 ») is dropped, never fatal
        if resolved is not None and resolved.day is not None and (resolved.type in ("DATE", "TIME") or resolved.end):
            self.reference, self.period = resolved.day, None
            self.night = resolved.day if resolved.value.endswith("T" + _NIGHT) else None
        elif resolved is not None and resolved.type == "DATE" and resolved.mod is None:
            self._remember_period(resolved.value)
        if rule == "month" and resolved is not None and self.period is not None and self.period[1] == "M" and \
                self._recent(self.period[0]):
            self.month_told = self.period[0]  # a recent month written by its name, not one counted (« le mois précédent »)
        if resolved is not None and resolved.type == "DURATION" and _TOLD_LENGTH.fullmatch(resolved.value):
            self.stretch = resolved.value
        return resolved

    def _remember_period(self, value: str) -> None:
        """« en 2012 … cinq ans plus tard » counts from 2012, not from the publication date."""
        found = re.fullmatch(r"(\d{4})(?:-(\d\d))?", value)
        if found:
            month = found.group(2)
            self.period = (dt.date(int(found.group(1)), int(month or 1), 1), "M" if month else "Y")

    def _rule_day_date(self, groups: dict, direction: int | None) -> Resolved | None:
        if "yearof" in groups and self.pub is not None and "year" not in groups:  # « le 17 octobre de l'année dernière »
            groups = {**groups, "year": str(self.pub.year + self.lex.lookup("YEAR_OF_DATE", groups["yearof"]))}
        month = self._month_number(groups)
        resolved = self._calendar_day(month, self._day_number(groups["day"]), groups, direction) if month else None
        pod = self._pod(groups)
        if resolved is not None and pod and pod != "DT":  # « le 14 juillet au soir »; « la journée du 14 » is that day
            resolved.type, resolved.value = "TIME", f"{resolved.value}T{pod}"
        return resolved

    _rule_day_range = _rule_day_date
    _rule_day_numeric = _rule_day_date
    _rule_day_iso = _rule_day_date

    _rule_pod_of_date = _rule_day_date  # « le matin du 11 janvier »

    def _rule_week_of_date(self, groups: dict, direction: int | None) -> Resolved | None:
        """« la semaine du 10 juin »: the week, or the week-end, the date falls in."""
        resolved = self._rule_day_date(groups, direction)
        if resolved is None or resolved.day is None:
            return resolved
        resolved.value = cal.at_granularity(resolved.day, self.lex.lookup("WEEK_OF_DATE", groups["weekof"]))
        return resolved

    def _rule_pod_into_date(self, groups: dict, direction: int | None) -> Resolved | None:
        """« la nuit de mercredi à jeudi 18 mai »: the night that begins on the day before the date written."""
        resolved = self._rule_day_date(groups, direction)
        if resolved is None or resolved.day is None:
            return resolved
        day = resolved.day - dt.timedelta(days=1)
        resolved.value = day.isoformat() + resolved.value[10:]
        resolved.day = day
        return resolved

    def _rule_day_pod(self, groups: dict, direction: int | None) -> Resolved | None:
        """« le 17 au soir », « dans la nuit du 16 au 17 »: a day written without its month is in the month of
        the last day mentioned (the publication date at first), or the one next to it that puts it nearest."""
        day = self._day_number(groups["day"])
        pod = self._pod(groups)
        pod = None if pod == "DT" else pod  # « la journée du 16 » is that day
        origin = self.reference
        if origin is None:
            return Resolved("TIME" if pod else "DATE", f"XXXX-XX-{day:02d}" + (f"T{pod}" if pod else ""))
        fitting = [first.replace(day=day) for offset in (-1, 0, 1)
                   if _weekday_of((first := cal.add_months(origin.replace(day=1), offset)).year, first.month, day)
                   is not None]
        if origin == self.pub and direction:  # told from the publication date: the tense says which side
            fitting = [d for d in fitting if (d - origin).days * direction >= 0] or fitting
        if not fitting:
            return None
        date = min(fitting, key=lambda d: abs((d - origin).days))
        resolved = self._day_value(date, pod)
        resolved.anchor = origin.isoformat()
        return resolved

    _rule_pod_of_day = _rule_day_pod

    def _rule_duration_hours(self, groups: dict, direction: int | None) -> Resolved:
        """« pendant 18 h », « au moins 2h30 »: hours written like a clock time, read as a duration."""
        minutes = int(groups.get("minutes") or 0)
        value = f"PT{int(groups['num'])}H" + (f"{minutes}M" if minutes else "")
        return Resolved("DURATION", value, mod=self._mod(groups))

    def _rule_weekday_day(self, groups: dict, direction: int | None) -> Resolved | None:
        """« mardi 14 » without its month: the nearest month around the anchor where the 14th is a Tuesday."""
        weekday = self.lex.lookup("WEEKDAY", groups["wd"])
        day = self._day_number(groups["day"])
        if self.pub is None:
            return Resolved("DATE", f"XXXX-XX-{day:02d}")
        fitting = []
        for offset in range(-2, 3):
            first = cal.add_months(self.pub.replace(day=1), offset)
            if _weekday_of(first.year, first.month, day) == weekday:
                fitting.append(first.replace(day=day))
        if not fitting:
            return None
        date = min(fitting, key=lambda d: abs((d - self.pub).days))
        resolved = self._day_value(date)
        resolved.anchor = self._anchor()
        return resolved

    def _rule_month(self, groups: dict, direction: int | None) -> Resolved | None:
        month = self._month_number(groups)
        year = self._year(groups.get("year"))
        rel, _ = self._rel(groups.get("rel"))
        if year is None and self.pub is not None:
            year = cal.year_for(month, None, self.pub, rel if rel is not None else direction)
            if rel is not None and (year, month) == (self.pub.year, self.pub.month):
                year += rel
        value = f"{year:04d}-{month:02d}" if year is not None else f"XXXX-{month:02d}"
        anchor = None if groups.get("year") else self._anchor()
        return Resolved("DATE", value, mod=self._edge(groups), anchor=anchor)

    def _rule_year(self, groups: dict, direction: int | None) -> Resolved:
        return Resolved("DATE", f"{int(groups['year']):04d}", mod=self._edge(groups))

    def _rule_decade(self, groups: dict, direction: int | None) -> Resolved | None:
        number = self.lex.number(groups["decade"])
        if number is None:
            return None
        number = int(number)
        if number < 100:
            number += 1900
        return Resolved("DATE", f"{number // 10:03d}", mod=self._edge(groups))

    def _rule_century(self, groups: dict, direction: int | None) -> Resolved | None:
        text = groups["century"].upper()
        number = _roman(text) if not text.isdigit() else int(text)
        if not number or number > 30:
            return None
        return Resolved("DATE", f"{number - 1:02d}", mod=self._edge(groups))

    def _rule_clock(self, groups: dict, direction: int | None) -> Resolved:
        clock = self._clock(groups)
        day = self.reference
        if day is not None and day == self.night and clock and clock < _NOON:
            day += dt.timedelta(days=1)  # « dans la nuit de dimanche à lundi … peu après 4 heures »: on the Monday
        resolved = self._day_value(day, clock=clock)
        resolved.mod, resolved.day = self._mod(groups), None
        resolved.anchor = self.reference.isoformat() if self.reference else None
        return resolved

    _rule_clock_words = _rule_clock
    _rule_clock_hours = _rule_clock  # « 10 heures 32 », « 13 heures UTC »: hours written out, minutes or zone after
    _rule_clock_after_day = _rule_clock  # « dimanche 22 heures »: hours written out right after the day they are on

    def _rule_noon(self, groups: dict, direction: int | None) -> Resolved:
        clock = self._with_fraction(self.lex.lookup("NOON", groups["noon"]), groups)
        resolved = self._day_value(self.reference, clock=clock)
        resolved.mod, resolved.day = self._mod(groups), None
        resolved.anchor = self.reference.isoformat() if self.reference else None
        return resolved

    def _rule_deictic(self, groups: dict, direction: int | None) -> Resolved:
        offset = self.lex.lookup("DEICTIC_DAY", groups["deictic"])
        day = self.pub + dt.timedelta(days=offset) if self.pub else None
        resolved = self._day_value(day, self._pod(groups), self._clock(groups))
        resolved.anchor = self._anchor()
        return resolved

    def _rule_anaphoric(self, groups: dict, direction: int | None) -> Resolved:
        offset = self.lex.lookup("ANAPHORIC_DAY", groups["anaphoric"]) or 0
        origin = self.reference
        day = origin + dt.timedelta(days=offset) if origin else None
        resolved = self._day_value(day, self._pod(groups))
        resolved.anchor = origin.isoformat() if origin else None
        return resolved

    _rule_anaphoric_pod = _rule_anaphoric

    def _rule_weekday(self, groups: dict, direction: int | None) -> Resolved:
        weekday = self.lex.lookup("WEEKDAY", groups["wd"])
        det = normal(groups.get("det", ""))
        rel, anaphoric = self._rel(groups.get("rel") or groups.get("relafter"))  # « samedi soir dernier »
        pod = self._pod(groups)
        pod = None if pod == "DT" else pod  # « la journée de samedi » is that day
        if det in self.lex.tables.get("HABITUAL_ARTICLES", []) and rel is None and direction is None:  # « le mardi, il joue »: every Tuesday
            return Resolved("SET", f"XXXX-WXX-{weekday}" + (f"T{pod}" if pod else ""))
        same = det in self.lex.tables["SAME"]
        origin = self.reference if (anaphoric or same) else self.pub
        if origin is None:
            return Resolved("TIME" if pod else "DATE", f"XXXX-WXX-{weekday}" + (f"T{pod}" if pod else ""))
        if rel is not None:
            day = cal.weekday_near(origin, weekday, rel, strict=True)
        elif direction is None and not same:
            day = cal.weekday_reported(origin, weekday)
        else:
            day = cal.weekday_near(origin, weekday, None if same else direction)
        resolved = self._day_value(day, pod)
        resolved.anchor = origin.isoformat()
        return resolved

    def _rule_pod_of_weekday(self, groups: dict, direction: int | None) -> Resolved:
        """« dans la nuit de mercredi à jeudi »: the night that starts on the first day named."""
        return self._rule_weekday(groups, direction)

    def _rule_part_of_day(self, groups: dict, direction: int | None) -> Resolved | None:
        det = normal(groups.get("det", ""))
        rel, anaphoric = self._rel(groups.get("rel"))
        deictic = (det in self.lex.tables["DEMONSTRATIVE"] and groups.get("ci") not in self.lex.tables.get("DISTAL_MARKERS", [])) or (rel and not anaphoric)
        origin = self.pub if deictic else self.reference
        pod = self._pod(groups)
        if rel and origin is not None:  # « la nuit dernière », « le soir précédent »
            origin = origin + dt.timedelta(days=rel)
        elif pod == "NI" and direction == -1 and origin is not None and origin == self.pub:
            origin = origin - dt.timedelta(days=1)  # « a été attaqué cette nuit »: the night that began the day before
        # « la journée » is the day itself, not a part of it
        resolved = self._day_value(origin, None if pod == "DT" else pod)
        # « ce matin » names today, which later clock times count from; « la soirée » only echoes a day.
        resolved.anchor, resolved.day = (origin.isoformat() if origin else None), (origin if deictic else None)
        return resolved

    _rule_part_of_day_bare = _rule_part_of_day

    def _rule_pod_early(self, groups: dict, direction: int | None) -> Resolved:
        """« tôt le matin », « tard le soir », « tôt ce matin »: the start or end of a part of the day."""
        resolved = self._rule_part_of_day(groups, direction)
        resolved.mod, resolved.day = self.lex.lookup("EARLY_LATE", groups["early"]), None
        return resolved

    def _rule_nth_weekday(self, groups: dict, direction: int | None) -> Resolved | None:
        """« le premier mardi de novembre » is one day; « les deuxième et quatrième jeudis du mois » a set."""
        weekday = self.lex.lookup("WEEKDAY", groups["wd"])
        if "each" in groups:
            return Resolved("SET", f"XXXX-WXX-{weekday}")
        word = normal(groups["ord"])
        nth = -1 if word in self.lex.tables["LAST_ORDINAL"] else self.lex.lookup("ORDINAL", word)
        month = self._month_number(groups)
        year = self._year(groups.get("year"))
        if year is None and self.pub is not None:
            year = cal.year_for(month, None, self.pub, direction)
        if year is None:
            return Resolved("DATE", f"XXXX-{month:02d}")
        day = cal.nth_weekday(year, month, weekday, nth)
        if day is None:
            return None
        return Resolved("DATE", day.isoformat(), anchor=None if groups.get("year") else self._anchor(), day=day)

    def _rule_nth_unit(self, groups: dict, direction: int | None) -> Resolved | None:
        """« le premier jour de juillet », « la dernière semaine d'août », « le deuxième week-end de mai »: the day,
        week or week-end counted in that month; « la première / seconde quinzaine de mars » its start or end."""
        resolved = self._rule_month(groups, direction)
        word = normal(groups["ord"])
        last = word in self.lex.tables["LAST_ORDINAL"]
        nth = -1 if last else self.lex.lookup("ORDINAL", word)
        unit = self.lex.lookup("NTH_UNIT", groups["nthunit"])
        if resolved is None or nth is None or unit is None:
            return None
        if unit == "HALF_MONTH":
            resolved.mod = "START" if nth == 1 else "END"
            return resolved
        if resolved.value.startswith("X"):
            return resolved
        year, month = int(resolved.value[:4]), int(resolved.value[5:7])
        month_end = cal.add_months(dt.date(year, month, 1), 1) - dt.timedelta(days=1)
        if unit == "WE":
            day = cal.nth_weekday(year, month, 6, nth)  # the week-end of its Saturday
        elif unit == "W":
            # the middle day of the nth seven days (or of the last seven): the week that holds most of them
            day = month_end - dt.timedelta(days=3) if last else dt.date(year, month, min(7 * (nth - 1) + 4, month_end.day))
        else:
            day = month_end if last else dt.date(year, month, nth) if nth <= month_end.day else None
        if day is None:
            return None
        return Resolved("DATE", cal.at_granularity(day, unit), anchor=resolved.anchor, day=day if unit == "D" else None)

    def _rule_half_of(self, groups: dict, direction: int | None) -> Resolved | None:
        """« la première moitié du mois », « la seconde moitié du XXe siècle »: the period, with its edge."""
        if "month" in groups:  # « la seconde moitié du mois de mars »: that month
            written = {"year": groups["monthyear"]} if "monthyear" in groups else {}  # a group name once per rule
            resolved = self._rule_month({**groups, **written}, direction)
        elif "cal" in groups:  # « du mois »: the current one
            unit = self.lex.lookup("CALENDAR_UNIT", groups["cal"])
            resolved = Resolved("DATE", cal.at_granularity(self.pub, unit), anchor=self._anchor()) if self.pub else \
                Resolved("DATE", _GRANULARITY_PATTERN.get(unit, "XXXX"))
        elif "century" in groups:
            resolved = self._rule_century(groups, direction)
        elif "decade" in groups:
            resolved = self._rule_decade(groups, direction)
        else:
            resolved = self._rule_year(groups, direction)
        if resolved is not None:
            resolved.mod = self.lex.lookup("HALF_PART", groups["half"])
        return resolved

    def _rule_calendar(self, groups: dict, direction: int | None) -> Resolved | None:
        unit = self.lex.lookup("CALENDAR_UNIT", groups["cal"])
        det = normal(groups.get("det", ""))
        rel, anaphoric = self._rel(groups.get("rel"))
        demonstrative = det in self.lex.tables["DEMONSTRATIVE"]
        if rel is None and not demonstrative and "edge" not in groups:
            return None  # « la semaine », « l'année » alone name no particular one; « la fin de l'année » does
        anaphoric = anaphoric or groups.get("ci") in self.lex.tables.get("DISTAL_MARKERS", [])
        origin = self.reference if anaphoric else self.pub
        told = self.period[0] if self.period is not None and self.period[1] == "M" else None
        if unit in ("M", "Q") and told is not None and anaphoric:
            origin = told  # « les chiffres de novembre … le mois précédent »: the month before that one
        elif unit in ("M", "Q") and demonstrative and rel is None and \
                (recent := next((m for m in (self.month_told, told) if m is not None and self._recent(m)), None)):
            origin = recent  # « les chiffres de novembre … (le mois précédent) … stable ce mois »: that month
        mod = self._edge(groups)
        if origin is None:
            return Resolved("DATE", _GRANULARITY_PATTERN.get(unit, "XXXX"), mod=mod)
        if unit == "WE" and rel is None:  # « ce week-end »: the one the tense points to
            day = cal.weekday_near(origin, 6, direction)
        else:
            day = cal.shift(origin, rel or 0, unit)
        resolved = Resolved("DATE", cal.at_granularity(day, unit), mod=mod, anchor=origin.isoformat())
        if unit == "D":
            resolved.day = day
        return resolved

    _rule_calendar_edge = _rule_calendar

    def _recent(self, month: dt.date) -> bool:
        """Whether a month just written can be « ce mois »: the publication's or one of the few before it that
        figures are published for."""
        return self.pub is not None and 0 <= (self.pub - month).days <= _RECENT_MONTH_DAYS

    def _rule_calendar_bare(self, groups: dict, direction: int | None) -> Resolved | None:
        """« sur l'année » is a stretch of one year; « les six premiers mois de l'année » the current year."""
        unit = self.lex.lookup("CALENDAR_UNIT", groups["cal"])
        if unit is None:
            return None
        if normal(groups["skip"]) in self.lex.tables.get("BARE_CALENDAR_OVER", []):
            return Resolved("DURATION", self.duration_value(1, unit))
        if self.pub is None:
            return Resolved("DATE", _GRANULARITY_PATTERN.get(unit, "XXXX"))
        return Resolved("DATE", cal.at_granularity(self.pub, unit), anchor=self.pub.isoformat())

    def _rule_same_unit(self, groups: dict, direction: int | None) -> Resolved:
        """« la même année », « le même jour »: that unit of the date last written."""
        unit = self.lex.lookup("CALENDAR_UNIT", groups["cal"])
        origin = self.period[0] if self.period is not None and unit in ("Y", "M") else self.reference
        if origin is None or unit not in ("D", "W", "M", "Q", "Y"):
            return Resolved("DATE", _GRANULARITY_PATTERN.get(unit, "XXXX"))
        resolved = Resolved("DATE", cal.at_granularity(origin, unit), anchor=origin.isoformat())
        resolved.day = origin if unit == "D" else None
        return resolved

    def _rule_period_of_year(self, groups: dict, direction: int | None) -> Resolved | None:
        number = self.lex.lookup("ORDINAL", groups["ord"])
        letter = self.lex.lookup("PERIOD_OF_YEAR", groups["period"])
        if number is None or number > (4 if letter == "Q" else 2):
            return None
        year = self._year(groups.get("year"))
        if year is None:  # « de l'année dernière »: the year before the anchor's
            rel, anaphoric = self._rel(groups.get("rel"))
            origin = self.reference if anaphoric else self.pub
            year = origin.year + (rel or 0) if origin else None
        value = f"{year:04d}-{letter}{number}" if year else f"XXXX-{letter}{number}"
        return Resolved("DATE", value, anchor=None if groups.get("year") else self._anchor())

    def _rule_new_year(self, groups: dict, direction: int | None) -> Resolved:
        return Resolved("DATE", f"{self.pub.year:04d}" if self.pub else "XXXX", anchor=self._anchor())

    def _rule_ago(self, groups: dict, direction: int | None) -> Resolved | None:
        unit = self.lex.lookup("UNIT", groups["unit"])
        return self._counted(self.pub, self._amount(groups), unit, -1, groups)

    def _rule_ahead(self, groups: dict, direction: int | None) -> Resolved | None:
        unit = self.lex.lookup("UNIT", groups["unit"])
        return self._counted(self.pub, self._amount(groups), unit, 1, groups)

    def _rule_later(self, groups: dict, direction: int | None) -> Resolved | None:
        unit = self.lex.lookup("UNIT", groups["unit"])
        sign = -1 if normal(groups["shift"]) in self.lex.tables["SHIFT_BACK"] else 1
        origin = self.reference
        if self.period is not None and (unit in ("Y", "DE", "CE") or (unit in ("M", "Q", "HALF") and self.period[1] == "M")):
            origin = self.period[0]  # years counted from the year last written, months from its month
        return self._counted(origin, self._amount(groups), unit, sign, groups)

    def _counted(self, origin: dt.date | None, amount: float | None, unit: str, sign: int, groups: dict) -> Resolved:
        """« il y a vingt ans », « dans trois jours », « deux semaines plus tôt »: as ISO-TimeML and the
        French TimeBank mark them, the count is a DURATION and « il y a » / « plus tard » its signal; the
        date it reaches is kept as the interval's other end (and as the day later anaphora count from)."""
        point = self._shifted(origin, amount, unit, sign)
        resolved = Resolved("DURATION", self.duration_value(amount, unit), mod=self._mod(groups), anchor=point.anchor)
        if point.anchor is not None and not point.value.endswith("_REF"):
            resolved.begin, resolved.end = (point.value, point.anchor) if sign < 0 else (point.anchor, point.value)
            resolved.day = point.day
        return resolved

    def _rule_followed_by_clause(self, groups: dict, direction: int | None) -> Resolved | None:
        """« les années qui ont suivi » is a stretch of time; « la nuit qui suivit » that night of the day
        last mentioned; « la semaine qui suit » the next one after it."""
        if "pod" in groups:
            resolved = self._day_value(self.reference, self._pod(groups))
            resolved.anchor = self.reference.isoformat() if self.reference else None
            return resolved
        unit = self.lex.lookup("UNIT", groups["unit"])
        if "num" in groups or "plural" in groups:
            return Resolved("DURATION", self.duration_value(self._amount(groups), unit))
        sign = self.lex.lookup("FOLLOWING_CLAUSE", groups["clause"])
        return self._shifted(self.reference, 1, unit, sign)

    def _rule_unit_after_rel(self, groups: dict, direction: int | None) -> Resolved:
        """« les jours suivants », « les trois mois précédents »: a stretch of time, like « ces derniers jours »."""
        return self._rule_recent_period(groups, direction)

    def _rule_last_period(self, groups: dict, direction: int | None) -> Resolved:
        """« la dernière décennie »: the one unit just gone by, as long as one unit."""
        return Resolved("DURATION", self.duration_value(1, self.lex.lookup("UNIT", groups["unit"])))

    def _rule_recent_period(self, groups: dict, direction: int | None) -> Resolved:
        unit = self.lex.lookup("UNIT", groups["unit"])
        return Resolved("DURATION", self.duration_value(self._amount(groups), unit))

    def _rule_duration(self, groups: dict, direction: int | None) -> Resolved | None:
        unit = self.lex.lookup("UNIT", groups["unit"])
        amount = self._amount(groups)
        if groups.get("half"):
            amount = (amount or 0) + 0.5
        if groups.get("fraction"):
            amount = (amount or 1) * self.lex.lookup("FRACTION", groups["fraction"])
        mod = self._mod(groups)
        if "approx" in groups and mod is None:
            mod = "APPROX"
        return Resolved("DURATION", self.duration_value(amount, unit), mod=mod)

    _rule_duration_half = _rule_duration
    _rule_duration_big = _rule_duration
    _rule_duration_fraction = _rule_duration
    _rule_duration_approx = _rule_duration

    def _rule_duration_clock(self, groups: dict, direction: int | None) -> Resolved:
        """« 1'44 », « 1:57:17 », « 1:11.93 », « 2 h 15 min 30 s », « une minute et vingt secondes »: a time taken, in its
        units."""
        parts = [(self.lex.number(groups.get(key)), designator) for key, designator in
                 (("hours", "H"), ("minutes", "M"), ("seconds", "S"))]
        # a time taken to the hundredth keeps its decimals (« 1:11.93 » is PT1M11.93S)
        return Resolved("DURATION", "PT" + "".join(f"{int(n) if n == int(n) else round(n, 3)}{d}" for n, d in parts if n),
                        mod=self._mod(groups))

    _rule_duration_units = _rule_duration_clock
    _rule_duration_unit_words = _rule_duration_clock

    def _rule_duration_second_part(self, groups: dict, direction: int | None) -> Resolved:
        """« à 33 centièmes du vainqueur »: parts of a second, a time taken (PT0.33S)."""
        seconds = self.lex.number(groups["num"]) / self.lex.lookup("SECOND_PART", groups["part"])
        return Resolved("DURATION", f"PT{round(seconds, 3):g}S", mod=self._mod(groups))

    def _rule_same_period(self, groups: dict, direction: int | None) -> Resolved:
        """« sur la même période »: the stretch of time last told of (« les neuf premiers mois », P9M), or one of
        unknown length."""
        return Resolved("DURATION", self.stretch or "PXX")

    def _rule_duration_noun(self, groups: dict, direction: int | None) -> Resolved:
        return Resolved("DURATION", self.lex.lookup("UNIT_NOUN", groups["unoun"]))

    def _rule_set(self, groups: dict, direction: int | None) -> Resolved | None:
        word = normal(groups["unit"])
        amount = self._amount(groups) or 1
        weekday = self.lex.lookup("WEEKDAY", self.lex.singular(word))  # « les mardis »
        if weekday:
            return Resolved("SET", f"XXXX-WXX-{weekday}")
        pod = self.lex.lookup("PART_OF_DAY", word) or self.lex.lookup("PART_OF_DAY", self.lex.singular(word))
        unit = self.lex.lookup("UNIT", word)
        if unit:
            return Resolved("SET", self.duration_value(amount, unit))
        if pod:
            return Resolved("SET", f"XXXX-XX-XXT{pod}")
        return None

    def _rule_round_the_clock(self, groups: dict, direction: int | None) -> None:
        """« 24 heures sur 24 », « 7 jours sur 7 »: always, no time; the match only keeps its parts from being read."""
        return None

    def _rule_set_per(self, groups: dict, direction: int | None) -> Resolved:
        """« par trimestre »: once every unit."""
        return Resolved("SET", self.duration_value(1, self.lex.lookup("PER_UNIT", groups["per"])))

    def _rule_whole_unit(self, groups: dict, direction: int | None) -> Resolved | None:
        unit = self.lex.lookup("CALENDAR_UNIT", groups["cal"])
        return Resolved("DURATION", self.duration_value(1, unit)) if unit in self.lex.tables["UNIT_VALUES"] else None

    def _rule_pod_adjective(self, groups: dict, direction: int | None) -> Resolved:
        return Resolved("TIME", "T" + self.lex.lookup("POD_ADJECTIVE", groups["podadj"]))

    def _rule_set_adjective(self, groups: dict, direction: int | None) -> Resolved:
        return Resolved("SET", self.lex.lookup("SET_ADJECTIVE", groups["setadj"]))

    def _rule_season(self, groups: dict, direction: int | None) -> Resolved:
        code = self.lex.lookup("SEASON", groups["season"])
        year = self._year(groups.get("year"))
        rel, _ = self._rel(groups.get("rel"))
        det = normal(groups.get("det", ""))
        mod = self._edge(groups)
        if year is None and self.pub is not None and (rel is not None or det in self.lex.tables["DEMONSTRATIVE"]):
            start = dt.date(self.pub.year, self.lex.tables["SEASON_START"][code], 21)
            year = self.pub.year
            if rel == -1 and cal.add_months(start, 3) > self.pub:
                year -= 1
            elif rel == 1 and start <= self.pub:
                year += 1
            elif rel is None and cal.add_months(start, -9) >= self.pub:  # « cet hiver » in January: the one that began
                year -= 1  # in December (its year is the year it began)
            return Resolved("DATE", f"{year:04d}-{code}", mod=mod, anchor=self._anchor())
        return Resolved("DATE", f"{year:04d}-{code}" if year else f"XXXX-{code}", mod=mod)

    def _rule_holiday(self, groups: dict, direction: int | None) -> Resolved | None:
        rule = self.lex.holidays.get(normal(groups["holiday"]))
        if rule is None:
            return None
        rule, week_end = rule.removesuffix("/WE"), rule.endswith("/WE")  # « le week-end de Pâques »
        year = self._year(groups.get("year"))
        rel, _ = self._rel(groups.get("rel"))
        direction = rel if rel is not None else direction
        if year is None and self.pub is not None:
            year = self.pub.year
            if direction is not None and (_holiday(rule, year) - self.pub).days * direction < 0:
                year += direction
        if year is None:
            fixed = re.fullmatch(r"\d\d-\d\d", rule)
            return Resolved("DATE", "XXXX-WXX-WE" if week_end else f"XXXX-{rule}" if fixed else UNRESOLVED_DAY)
        day = _holiday(rule, year)
        anchor = None if groups.get("year") else self._anchor()
        if week_end:
            return Resolved("DATE", cal.at_granularity(day, "WE"), anchor=anchor)
        return Resolved("DATE", day.isoformat(), anchor=anchor, day=day)

    def _rule_pod_of_holiday(self, groups: dict, direction: int | None) -> Resolved | None:
        """« le soir de Noël », « la nuit de la Saint-Sylvestre »: that part of the feast's day."""
        resolved = self._rule_holiday(groups, direction)
        pod = self._pod(groups)
        if resolved is None or resolved.type != "DATE" or len(resolved.value) != 10 or not pod or pod == "DT":
            return resolved
        resolved.type, resolved.value = "TIME", f"{resolved.value}T{pod}"
        return resolved

    def _rule_vague(self, groups: dict, direction: int | None) -> Resolved | None:
        value, kind = self.lex.vague.get(normal(groups["vague"]), (None, None))
        return Resolved(kind, value) if value else None


def _holiday(rule: str, year: int) -> dt.date:
    found = re.fullmatch(r"easter([+-]\d+)", rule)
    if found:
        return cal.easter(year) + dt.timedelta(days=int(found.group(1)))
    month, day = (int(x) for x in rule.split("-"))
    return dt.date(year, month, day)


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).isoweekday()
    except ValueError:
        return None


def _roman(text: str) -> int:
    total = 0
    for char, following in zip(text, text[1:] + " ", strict=True):
        value, after = _ROMAN.get(char, 0), _ROMAN.get(following, 0)
        total += -value if value < after else value
    return total
