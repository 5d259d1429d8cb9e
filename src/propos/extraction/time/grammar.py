"""The matcher: the language's time grammar (`time_grammar.tsv`) compiled with its vocabulary, run over the
text; overlapping matches are settled longest first, so each stretch of text is read by one rule.

Scanning the whole text once per rule spends its time failing at every position; one combined gate (every
rule as a lookahead alternative) finds in a single pass the few positions where some rule matches, and the
rules are then tried only there, which yields exactly the matches a full scan per rule would."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from propos.extraction.time.first_chars import first_char_class
from propos.extraction.time.lexicon import TimeLexicon, load_lexicon
from propos.language.resources import load_tsv

_PLACEHOLDER = re.compile(r"\{([A-Z_]+)\}")
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")
# Whole words only: no letter or digit may touch the match on either side, nor a hyphenated word follow it
# (« années-lumière »).
_BEFORE, _AFTER = r"(?<![\w])", r"(?![\w]|-\w)"


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


@lru_cache(maxsize=4)
def _gate(lang: str = "fr") -> re.Pattern:
    """Matches (empty) exactly where at least one rule matches; group names dropped, as they repeat."""
    alternatives = []
    for rule in load_rules(lang):
        body = _NAMED_GROUP.sub("(?:", rule.pattern.pattern.removeprefix(_BEFORE))
        first = first_char_class(body, re.IGNORECASE)  # fail on one character where the rule cannot start
        alternatives.append(f"(?={first})(?:{body})" if first else f"(?:{body})")
    return re.compile(_BEFORE + "(?=" + "|".join(alternatives) + ")", re.IGNORECASE)


def _rule_matches(rule: Rule, text: str, starts: list[int]):
    """What `rule.pattern.finditer(text)` yields, trying only the positions where some rule matches."""
    resume = 0
    for start in starts:
        if start >= resume and (m := rule.pattern.match(text, start)):
            resume = max(m.end(), start + 1)
            yield m


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


def find_matches(text: str, lang: str = "fr") -> list[Match]:
    """Non-overlapping matches in text order; the longest wins, then the earlier rule."""
    found = []
    starts = [gate.start() for gate in _gate(lang).finditer(text)]
    signal = _leading_signal(lang)
    lexicon = load_lexicon(lang)
    for rule in load_rules(lang):
        for m in _rule_matches(rule, text, starts):
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
