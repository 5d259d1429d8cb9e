"""Which characters can begin a match of a regular expression: a cheap test put in front of each rule in the
time grammar's gate, so that at most positions a rule fails on one character instead of walking its optional
prefixes. Read from Python's own parse of the pattern; anything not understood means "any character", so the
test only ever lets more positions through, never fewer."""

from __future__ import annotations

import re

try:  # Python's regex parser (sre_parse before 3.11): private, hence the fallback below
    from re import _constants as _c
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - a Python without it: no prefilter, same matches
    _sre_parse = _c = None

_ANY = None  # "any character may come first"


def first_char_class(pattern: str, flags: int = 0) -> str | None:
    """A character class (`[...]`) holding every character a match can begin with, or None when any may (or
    when the pattern can match the empty string)."""
    if _sre_parse is None:
        return None
    try:
        chars, digits, nullable = _first(list(_sre_parse.parse(pattern, flags)))
    except Exception:  # an unfamiliar construct: no prefilter
        return None
    if chars is _ANY or nullable or not (chars or digits):
        return None
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + (r"\d" if digits else "") + "]"


def _first(items: list) -> tuple[set[str] | None, bool, bool]:
    """(first characters, whether a digit category may come first, whether the sequence may match empty)."""
    chars: set[str] = set()
    digits = False
    for op, av in items:
        got, got_digits, nullable = _first_of(op, av)
        if got is _ANY:
            return _ANY, False, False
        chars |= got
        digits |= got_digits
        if not nullable:
            return chars, digits, False
    return chars, digits, True


def _first_of(op, av) -> tuple[set[str] | None, bool, bool]:
    if op is _c.LITERAL:
        return {chr(av)}, False, False
    if op is _c.IN:
        chars, digits = set(), False
        for kind, value in av:
            if kind is _c.LITERAL:
                chars.add(chr(value))
            elif kind is _c.RANGE and value[1] - value[0] < 256:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            elif kind is _c.CATEGORY and value in (_c.CATEGORY_DIGIT, _c.CATEGORY_UNI_DIGIT):
                digits = True
            else:  # negation, wide ranges, other categories
                return _ANY, False, False
        return chars, digits, False
    if op is _c.BRANCH:
        chars, digits, nullable = set(), False, False
        for branch in av[1]:
            got, got_digits, got_nullable = _first(list(branch))
            if got is _ANY:
                return _ANY, False, False
            chars |= got
            digits |= got_digits
            nullable |= got_nullable
        return chars, digits, nullable
    if op is _c.SUBPATTERN:
        return _first(list(av[-1]))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", object()):
        got, got_digits, nullable = _first(list(av[2]))
        return got, got_digits, nullable or av[0] == 0
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):  # zero width: what follows decides
        return set(), False, True
    return _ANY, False, False
