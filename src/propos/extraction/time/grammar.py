"""The matcher: the language's time grammar (`time_grammar.tsv`) compiled with its vocabulary, run over the
text; overlapping matches are settled longest first, so each stretch of text is read by one rule.

Scanning the whole text once per rule spends its time failing at every position; one combined gate (every
rule as a lookahead alternative) finds in a single pass the few positions where some rule matches, and the
rules are then tried only there, which yields exactly the matches a full scan per rule would."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from propos.extraction.time.first_chars import first_char_class
from propos.extraction.time.lexicon import TimeLexicon, load_lexicon
from propos.language.resources import load_tsv

_PLACEHOLDER = re.compile(r"\{([A-Z_]+)\}")
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")
# Whole words only: no letter or digit may touch the match on either side, nor a hyphenated word follow it
# (« années-lumière »).
_BEFORE, _AFTER = r"(?<![\w])", r"(?![\w]|-[^\W\d])"


@dataclass(frozen=True)
class Rule:
    name: str
    order: int
    pattern: re.Pattern


@dataclass
class Match:
    rule: str
    start: int
    end: int
    groups: dict[str, str]
    order: int = 0
    spans: dict[str, tuple[int, int]] | None = None  # where each group matched

    @property
    def text_length(self) -> int:
        return self.end - self.start


def _expand(template: str, lexicon: TimeLexicon) -> str:
    def fill(found: re.Match) -> str:
        name = found.group(1)
        if name not in lexicon.placeholders:
            raise KeyError(f"time grammar: unknown list {{{name}}}")
        return f"(?:{lexicon.placeholders[name]})"

    return _PLACEHOLDER.sub(fill, template).replace(" ?", r"\s*").replace(" ", r"\s+")


@lru_cache(maxsize=4)
def load_rules(lang: str = "fr") -> tuple[Rule, ...]:
    lexicon = load_lexicon(lang)
    rules = []
    for order, row in enumerate(load_tsv(lang, "time_grammar.tsv")):
        name, template = row[0], row[1]
        pattern = re.compile(_BEFORE + _expand(template, lexicon) + _AFTER, re.IGNORECASE)
        rules.append(Rule(name, order, pattern))
    return tuple(rules)


@lru_cache(maxsize=256)
def _body_and_first_chars(rule: Rule) -> tuple[str, str | None]:
    """The rule's pattern without its group names nor the lookbehind, and the class of its possible first characters."""
    body = _NAMED_GROUP.sub("(?:", rule.pattern.pattern.removeprefix(_BEFORE))
    return body, first_char_class(body, re.IGNORECASE)


@lru_cache(maxsize=4)
def _gate_pattern(lang: str = "fr") -> str:
    alternatives = []
    for rule in load_rules(lang):
        body, first = _body_and_first_chars(rule)  # fail on one character where the rule cannot start
        alternatives.append(f"(?={first})(?:{body})" if first else f"(?:{body})")
    return _BEFORE + "(?=" + "|".join(alternatives) + ")"


@lru_cache(maxsize=4)
def _gate(lang: str = "fr") -> re.Pattern:
    """Matches (empty) exactly where at least one rule matches; group names dropped, as they repeat."""
    return re.compile(_gate_pattern(lang), re.IGNORECASE)


@lru_cache(maxsize=4)
def _lowercase_gate(lang: str = "fr") -> re.Pattern:
    """The gate with its letters in lower case, matched with case (faster than ignoring it) on the lower-cased
    text: it passes wherever the gate does (a part that asks for a capital, « heure de Paris », takes any letter
    here: one more position tried, the same matches), as long as lowering keeps each character in place and
    folds it as matching without case would (`_lowering_keeps_the_gate`)."""
    return re.compile(_ESCAPED_OR_CHAR.sub(lambda m: m.group().lower() if len(m.group()) == 1 else m.group(),
                                           _gate_pattern(lang)))


_ESCAPED_OR_CHAR = re.compile(r"\\.|.", re.DOTALL)  # « \W » stays as written, any other character is lowered


def _extra_folds() -> frozenset[str]:
    """Characters that matching without case takes for an ASCII letter although lowering does not turn them into it
    (« ı » for « i », « ſ » for « s »)."""
    try:
        from re._casefix import _EXTRA_CASES
    except ImportError:  # pragma: no cover - a Python without the table: the known ones
        return frozenset("ıſ")
    folds = set()
    for lower, others in _EXTRA_CASES.items():
        group = {chr(lower), *map(chr, others)}
        if any(c.isascii() for c in group):
            folds |= {c for c in group if not c.isascii()}
    return frozenset(folds)


_EXTRA_FOLDS = _extra_folds()


def _lowering_keeps_the_gate(text: str, lowered: str) -> bool:
    return len(lowered) == len(text) and (text.isascii() or not any(c in text for c in _EXTRA_FOLDS))


def _ascii_folds() -> dict[int, str]:
    """What matching without case reads a character as where lowering does not give it in one character:
    « İ » is « i » (its simple lower case; lowering gives two characters), « ı » is « i », « ſ » is « s »."""
    try:
        from re._casefix import _EXTRA_CASES
    except ImportError:  # pragma: no cover - a Python without the table: the known ones
        return {ord("İ"): "i", ord("ı"): "i", ord("ſ"): "s"}
    table = {ord("İ"): "i"}
    for lower, others in _EXTRA_CASES.items():
        group = {chr(lower), *map(chr, others)}
        ascii_ones = sorted(c for c in group if c.isascii())
        table |= {ord(c): ascii_ones[0] for c in group if ascii_ones and not c.isascii()}
    return table


_ASCII_FOLDS = _ascii_folds()


def _lowered_for_the_gate(text: str) -> str | None:
    """The text lower-cased character for character as the case-blind gate reads it, for the lower-case gate;
    None where some character still lowers to more than one (then the case-blind gate runs: compiling it costs
    seconds, once per process, and « İstanbul » in one article was enough to pay them)."""
    lowered = text.lower()
    if _lowering_keeps_the_gate(text, lowered):
        return lowered
    lowered = text.translate(_ASCII_FOLDS).lower()
    return lowered if _lowering_keeps_the_gate(lowered, lowered) and len(lowered) == len(text) else None


def _gate_starts(text: str, lang: str) -> list[int]:
    """Every position where some rule may match (and a few more: see `_lowercase_gate`).

    The gate is most of the time step's CPU (0.28 of 0.45 s over 150 pool articles, stop 47). Tried and not
    kept, the same positions each time (1,089 corpus texts): a lookahead on the union of the rules' first
    characters before the alternatives, 3 to 7 % faster; one gate per first character, chosen in Python at each
    word start, 9 % faster but 3 s to compile its 31 patterns. The time goes into the rules' bodies at word starts."""
    lowered = _lowered_for_the_gate(text)
    if lowered is not None:
        return [gate.start() for gate in _lowercase_gate(lang).finditer(lowered)]
    return [gate.start() for gate in _gate(lang).finditer(text)]


class _RulesByFirstChar(dict):
    """The rules (in order) that may begin with a character: those whose first-character class takes it."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.firsts = []
        for rule in load_rules(lang):
            first = _body_and_first_chars(rule)[1]
            self.firsts.append((rule, re.compile(first, re.IGNORECASE) if first else None))

    def __missing__(self, char: str) -> tuple[Rule, ...]:
        rules = self[char] = tuple(rule for rule, first in self.firsts if first is None or first.fullmatch(char))
        return rules


@lru_cache(maxsize=4)
def _rules_by_first_char(lang: str = "fr") -> _RulesByFirstChar:
    return _RulesByFirstChar(lang)


def _rule_matches(text: str, starts: list[int], lang: str):
    """(rule, match) for what each rule's `pattern.finditer(text)` yields, trying each rule only at the positions
    where some rule matches and whose character it may begin with."""
    by_char = _rules_by_first_char(lang)
    resume = [0] * len(by_char.firsts)  # per rule, where its previous match ended
    for start in starts:
        for rule in by_char[text[start:start + 1]]:
            if start >= resume[rule.order] and (m := rule.pattern.match(text, start)):
                resume[rule.order] = max(m.end(), start + 1)
                yield rule, m


@lru_cache(maxsize=4)
def _leading_signal(lang: str = "fr") -> re.Pattern:
    """A preposition before a determined phrase (« à l'époque », « en ce moment »): a signal, left out."""
    from propos.extraction.time.lexicon import alternation

    lexicon = load_lexicon(lang)
    tables = lexicon.tables
    before = "|".join(re.escape(w) + ("" if w.endswith("'") else r"\b") for w in tables.get("LEADING_SIGNAL_BEFORE", []))
    signals = alternation(tables.get("LEADING_SIGNALS", []), lexicon.capitals)
    # « à présent »: a space after the signal; « jusqu'ici »: the elided signal ends with its apostrophe
    return re.compile(rf"(?:{signals})(?:\s+|(?<='))(?=(?:{before}))", re.IGNORECASE)


# A web or mail address is no text: the dates and numbers in its path (« …/2019/03/…_2016-2017 ») name nothing in time.
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+", re.IGNORECASE)


def _outside_addresses(text: str, starts: list[int]) -> list[int]:
    """The gate's positions that are not inside a web or mail address (one pass, only when the text holds one)."""
    if "://" not in text and "www." not in text.lower() and "@" not in text:
        return starts
    addresses = [m.span() for m in _ADDRESS.finditer(text)]
    if not addresses:
        return starts
    opens = [a for a, _ in addresses]

    def inside(position: int) -> bool:
        number = bisect_right(opens, position) - 1
        return number >= 0 and position < addresses[number][1]

    return [s for s in starts if not inside(s)]


def find_matches(text: str, lang: str = "fr") -> list[Match]:
    """Non-overlapping matches in text order; the longest wins, then the earlier rule."""
    found = []
    starts = _outside_addresses(text, _gate_starts(text, lang))
    signal = _leading_signal(lang)
    lexicon = load_lexicon(lang)
    for rule, m in _rule_matches(text, starts, lang):
        groups = {k: lexicon.accented(v) for k, v in m.groupdict().items() if v is not None}
        start = m.end("skip") if "skip" in groups else m.start()
        if "skip" not in groups and (lead := signal.match(text, start)) and lead.end() < m.end():
            start = lead.end()
        while start < m.end() and text[start].isspace():
            start += 1
        if start < m.end():
            spans = {k: m.span(k) for k in groups}
            found.append(Match(rule.name, start, m.end(), groups, rule.order, spans))
    found.sort(key=lambda x: (-x.text_length, x.order, x.start))
    taken: list[Match] = []
    for match in found:
        if all(match.end <= other.start or match.start >= other.end for other in taken):
            taken.append(match)
    return sorted(taken, key=lambda x: x.start)
