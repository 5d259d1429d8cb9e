"""The time vocabulary of one language, read from its data files (`time_*.json|tsv`), with the regular
expression alternations the grammar is built from and the parsing of number words."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from propos.language.resources import load_json, load_tsv


def alternation(words, capitals: dict[str, str] | None = None) -> str:
    """A regex alternation of phrases, factored as a trie: where one phrase begins another (« mi », « midi »)
    the longer is tried first, and each position tries one branch per letter instead of one per phrase.
    `capitals`: the capital, written without its accent, that may stand for a phrase's accented first letter
    (« A l'heure actuelle » for « à l'heure actuelle »), matched in that case only."""
    trie: dict = {}
    for word in {w for w in words if w and not w.startswith("_")}:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here
    return _trie_pattern(trie, capitals or {})


def _trie_pattern(node: dict, capitals: dict[str, str] | None = None) -> str:
    def letter(char: str) -> str:
        escaped = re.escape(char).replace(r"\ ", " ")
        return f"(?:{escaped}|(?-i:{re.escape(capitals[char])}))" if capitals and char in capitals else escaped

    branches = [letter(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


@dataclass
class TimeLexicon:
    lang: str
    tables: dict
    numbers: dict[str, int]
    approx_numbers: dict[str, int]
    vague: dict[str, tuple[str, str]]
    holidays: dict[str, str]
    placeholders: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)  # « à » may be written « A » as a capital

    def table(self, name: str) -> dict:
        value = self.tables.get(name, {})
        return value if isinstance(value, dict) else {w: True for w in value}

    def accented(self, text: str) -> str:
        """The phrase with its first word as the lexicon writes it: « A l'heure actuelle » → « à l'heure actuelle »
        (a one-letter word written as a capital without its accent)."""
        for letter, capital in self.capitals.items():
            if text[:1] == capital and not text[1:2].isalpha():
                return letter + text[1:]
        return text

    def singular(self, word: str) -> str:
        """The word without the plural letters at its end (PLURAL_ENDINGS): « mardis » → « mardi »."""
        return word.rstrip("".join(self.tables.get("PLURAL_ENDINGS", [])))

    def plural_ending(self, word: str) -> bool:
        return bool(word) and word[-1] in self.tables.get("PLURAL_ENDINGS", [])

    def lookup(self, name: str, word: str | None):
        if word is None:
            return None
        return self.table(name).get(normal(word))

    def number(self, text: str | None) -> float | None:
        """The value of a written number: digits ('30,4'), words ('vingt-trois', 'trente et un'), or None."""
        if not text:
            return None
        text = normal(text)
        if re.fullmatch(r"\d{1,3}(?: \d{3})+|\d+(?:[.,]\d+)?", text):
            return float(text.replace(" ", "").replace(",", "."))
        total, current = 0, 0
        joiners = set(self.tables.get("AND_WORDS", []))  # « vingt et un »
        for word in re.split(r"[\s-]+", text):
            if word in joiners or not word:
                continue
            value = self.numbers.get(word)
            if value is None:
                return None
            if value == 1000:
                total += max(current, 1) * 1000
                current = 0
            elif value == 100:
                current = max(current, 1) * 100
            elif value == 20 and current % 100 in range(2, 10):  # quatre-vingt(s)
                current = current - current % 100 + (current % 100) * 20
            else:
                current += value
        return float(total + current)


def ending_with(words) -> re.Pattern:
    """A pattern for text that ends with one of the phrases (what stands just before an expression)."""
    return re.compile(rf"(?<!\w)(?:{alternation(words)})\s*$".replace(" ", r"\s+"), re.IGNORECASE)


def of_words(lexicon: TimeLexicon, after_word: str) -> str:
    """The alternation of the « de » forms (OF_WORDS); `after_word` follows each one not ending in an
    apostrophe (« d' » joins the next word). No form gives a pattern that never matches."""
    return words_of(lexicon, "OF_WORDS", after_word)


def words_of(lexicon: TimeLexicon, name: str, after_word: str = "", before_word: str = "") -> str:
    """The alternation of the words of a table, in its order; `after_word` follows each one not ending in an
    apostrophe (an elided word joins the next one), `before_word` precedes each. An empty table gives a
    pattern that never matches, so that a language without the word finds nothing."""
    words = lexicon.tables.get(name, [])
    return "|".join(before_word + re.escape(w) + ("" if w.endswith("'") else after_word) for w in words) or "(?!)"


def normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())


@lru_cache(maxsize=4)
def load_lexicon(lang: str = "fr") -> TimeLexicon:
    tables = load_json(lang, "time_lexicon.json")
    numbers = {row[0]: int(row[1]) for row in load_tsv(lang, "time_numbers.tsv")}
    approx = {row[0]: int(row[1]) for row in load_tsv(lang, "time_approx_numbers.tsv")}
    vague = {row[0]: (row[1], row[2]) for row in load_tsv(lang, "time_vague.tsv")}
    holidays = {row[0]: row[1] for row in load_tsv(lang, "time_holidays.tsv")}
    lexicon = TimeLexicon(lang, tables, numbers, approx, vague, holidays,
                          capitals=dict(tables.get("CAPITAL_WITHOUT_ACCENT", {})))
    capitals = lexicon.capitals
    for name, value in tables.items():
        if name.isupper() and not name.startswith("_"):
            lexicon.placeholders[name] = alternation(value, capitals)
    numword = alternation(numbers)
    lexicon.placeholders["NUMWORD"] = numword
    # Digits may group thousands with a space (« 5 000 »).
    joined = "".join(f"-{w}-| {w} |" for w in map(re.escape, tables.get("AND_WORDS", [])))  # « vingt-et-un », « vingt et un »
    lexicon.placeholders["NUM"] = rf"(?:\d{{1,3}}(?: \d{{3}})+|\d+(?:[.,]\d+)?|(?:{numword})(?:(?:{joined}-| )(?:{numword}))*)"
    lexicon.placeholders["APPROX_NUMBER"] = alternation(approx)
    lexicon.placeholders["VAGUE"] = alternation(vague, capitals)
    lexicon.placeholders["HOLIDAY"] = alternation(holidays)
    lexicon.placeholders["REL"] = alternation(list(tables["PAST"]) + list(tables["FUTURE"]) + list(tables.get("CURRENT", [])))
    return lexicon
