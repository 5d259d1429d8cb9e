"""The matcher: the language's time grammar (`time_grammar.tsv`) compiled with its vocabulary, run over the
text; overlapping matches are settled longest first, so each stretch of text is read by one rule."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from propos.extraction.time.lexicon import TimeLexicon, load_lexicon
from propos.language.resources import load_tsv

_PLACEHOLDER = re.compile(r"\{([A-Z_]+)\}")


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
        body = _expand(template, lexicon)
        # Whole words only: no letter or digit may touch the match on either side, nor a hyphenated word
        # follow it (« années-lumière »).
        pattern = re.compile(rf"(?<![\w]){body}(?![\w]|-\w)", re.IGNORECASE)
        rules.append(Rule(name, order, pattern))
    return tuple(rules)


def find_matches(text: str, lang: str = "fr") -> list[Match]:
    """Non-overlapping matches in text order; the longest wins, then the earlier rule."""
    found = []
    for rule in load_rules(lang):
        for m in rule.pattern.finditer(text):
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            start = m.end("skip") if "skip" in groups else m.start()
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
