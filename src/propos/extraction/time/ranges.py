"""The first members of ranges and enumerations: « du 9 au 11 novembre 2018 », « les 8, 10 et 12 mai »,
« 2018-2019 », « de 3 à 4 mois ». The grammar finds the last member whole; the ones before it say only a day,
a year or a number, and take the rest (month, year, unit) from it. Each member is its own expression, as
ISO-TimeML annotates a range. The patterns are language data (time_lexicon.json: RANGES, RANGE_PARTS).
"""

from __future__ import annotations

import re

from propos.extraction.time.grammar import Match
from propos.extraction.time.lexicon import TimeLexicon

_LOOKBEHIND = 60
# which kind of member a rule's last member has, and what its first members borrow from it
_KINDS = {"day_date": "day", "year": "year", "duration": "number", "duration_hours": "number", "month": "month",
          "duration_big": "number", "weekday": "weekday"}
# « de 2 à 3 milliards d'années »: the first number takes the multiplier (`big`) along with the unit
_BORROWED = {"day": ("month", "year", "rel"), "year": (), "number": ("unit", "mod", "big"), "month": ("year", "rel"),
             "weekday": ("rel",)}
# the group a member's own text fills, and the rule that reads it
_MEMBER = {"day": ("day", "day_date"), "year": ("year", "year"), "number": ("num", "duration"), "month": ("month", "month"),
           "weekday": ("wd", "weekday")}


_COMPILED: dict[str, dict[str, list[re.Pattern]]] = {}


def _patterns(lexicon: TimeLexicon) -> dict[str, list[re.Pattern]]:
    if lexicon.lang in _COMPILED:
        return _COMPILED[lexicon.lang]
    parts = dict(lexicon.tables.get("RANGE_PARTS", {}))
    parts["NUMBER"] = lexicon.placeholders.get("NUM", parts.get("NUMBER", r"\d+"))
    for name in ("MONTH", "WEEKDAY"):
        parts[name] = lexicon.placeholders[name]
    out = {}
    for kind, templates in lexicon.tables.get("RANGES", {}).items():
        compiled = []
        for template in templates:
            for name, part in parts.items():
                template = template.replace("{" + name + "}", f"(?:{part})")
            compiled.append(re.compile(template.replace(" ?", r"\s*").replace(" ", r"\s+"), re.IGNORECASE))
        out[kind] = compiled
    _COMPILED[lexicon.lang] = out
    return out


def complete_ranges(text: str, matches: list[Match], lexicon: TimeLexicon) -> list[Match]:
    """The matches with the first members of every range or enumeration added, in text order."""
    patterns = _patterns(lexicon)
    added: list[Match] = []
    for match in matches:
        kind = _KINDS.get(match.rule)
        if kind is None or (kind == "day" and "day" not in match.groups) or \
                (kind == "month" and not ({"year", "rel"} & set(match.groups))) or \
                (kind == "weekday" and set(match.groups) != {"wd", "rel"}):
            continue
        start = max(0, match.start - _LOOKBEHIND)
        before = text[start:match.start]
        for pattern in patterns.get(kind, ()):
            found = pattern.search(before)
            if found is None:
                continue
            borrowed = {k: match.groups[k] for k in _BORROWED[kind] if k in match.groups}
            members = [(found.start("first"), found.end("first"))]
            if found.groupdict().get("more"):
                offset = found.start("more")
                members += [(offset + m.start(), offset + m.end())
                            for m in re.finditer(r"[^\s,]+", found.group("more"))]
            group, rule = _MEMBER[kind]
            if found.groupdict().get("decade"):
                group, rule = "decade", "decade"  # « les années 1980-1990 »: the first member is a decade
            for number, (s, e) in enumerate(members):
                # the first member keeps its article, weekday or month: « les 8 », « du lundi 3 au … »,
                # « du 30 novembre au 12 décembre 2015 » (which takes only the year)
                own = {k: found.group(k) for k in ("det", "wd", "month", "decade")
                       if number == 0 and found.groupdict().get(k)}
                first_start = min([found.start(k) for k in own] + [s])
                last_end = max([found.end(k) for k in own] + [e])
                groups = borrowed | own | {group: before[s:e]}
                added.append(Match(rule, start + first_start, start + last_end, groups, match.order))
            break
    if not added:
        return matches
    # a member replaces the grammar's own reading of the same words (« avril » in « avril et mai 2017 »)
    spans = {(m.start, m.end) for m in added}
    matches = [m for m in matches if (m.start, m.end) not in spans]
    kept = [m for m in added if all(m.end <= o.start or m.start >= o.end for o in matches)]
    return sorted(matches + kept, key=lambda m: m.start)
