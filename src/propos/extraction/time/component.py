"""`propos_timex`: French time expressions → `doc._.timexes` (ISO-TimeML types and values).

The grammar (data) finds the expressions, the parse checks the doubtful ones and gives the tense that
points bare dates forward or back, and the resolver anchors them on `doc._.pub_date` or on the last day
the text mentioned.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc

from propos.extraction import extensions  # noqa: F401
from propos.extraction.time import calendar as cal
from propos.extraction.time.grammar import Match, find_matches
from propos.extraction.time.lexicon import TimeLexicon, alternation, load_lexicon, normal
from propos.extraction.time.resolver import Resolved, Resolver
from propos.extraction.time.tense import direction_at
from propos.language.textprep import span_of
from propos.model import Timex

# Rules whose value depends on which way the governing verb's tense points.
_TENSED_RULES = {"day_date", "month", "weekday", "holiday", "calendar"}
_LOOKBEHIND = 30


class TimexTagger:
    def __init__(self, nlp: Language, name: str, lang: str = "fr") -> None:
        self.name = name
        self.lang = lang
        self.lexicon: TimeLexicon = load_lexicon(lang)
        self._since = _ending_with(self.lexicon.tables.get("SINCE", []))
        self._since_past = _ending_with(self.lexicon.tables.get("SINCE_PAST", []))
        self._until = _ending_with(self.lexicon.tables.get("UNTIL", []))
        self._age_before = _ending_with(self.lexicon.tables.get("AGE_BEFORE", []))

    def __call__(self, doc: Doc) -> Doc:
        resolver = Resolver(self.lexicon, _parse_date(doc._.pub_date))
        found: list[tuple[Match, Resolved]] = []
        for match in find_matches(doc.text, self.lang):
            if not self._plausible(doc, match):
                continue
            before = doc.text[max(0, match.start - _LOOKBEHIND):match.start]
            since = bool(self._since.search(before))
            direction = None
            if match.rule in _TENSED_RULES:
                past = bool(self._since_past.search(before))
                direction = -1 if past else direction_at(doc, match.start, match.end, self.lexicon)
            resolved = resolver.resolve(match.rule, match.groups, direction)
            if resolved is None or not resolved.value:
                continue
            self._interval(resolved, resolver, since, bool(self._until.search(before)))
            found.append((match, resolved))
        _clock_on_following_day(doc.text, found)
        timexes: list[Timex] = []
        for match, resolved in found:
            timexes.append(Timex(
                id=f"T{len(timexes) + 1}", type=resolved.type, value=resolved.value,
                span=span_of(doc, match.start, match.end), mod=resolved.mod, begin=resolved.begin,
                end=resolved.end, anchor=resolved.anchor,
            ))
        doc._.timexes = timexes
        return doc

    def _plausible(self, doc: Doc, match: Match) -> bool:
        """Reject readings the parse contradicts: '2000 euros' is no year, 'a été' no summer, 'le
        quotidien Libération' no frequency."""
        span = doc.char_span(match.start, match.end, alignment_mode="expand")
        if span is None:
            return True
        if match.rule == "year" and "det" not in match.groups and "edge" not in match.groups:
            token = span[-1]
            if token.dep_ == "nummod" and token.head.i > token.i:
                return False
            following = token.nbor(1) if token.i + 1 < len(doc) else None
            if following is not None and following.text in ("%", "€", "$"):
                return False
        if match.rule == "set_adjective" and span.root.pos_ not in ("ADJ", "ADV"):
            return False
        if match.rule == "season":
            bare = not any(k in match.groups for k in ("det", "skip", "year", "rel", "edge"))
            if bare and span[-1].pos_ != "NOUN":  # « a été » is a verb
                return False
        if match.rule == "season" and bare and re.search(r"(?:\bde|d')\s*$", doc.text[:match.start]):
            return False  # « les Jeux d'hiver »: a kind, not a time
        if match.rule in ("duration", "duration_approx") and self._is_age(doc, match, span):
            return False
        if self.lexicon.lookup("VAGUE_QUANTITY", match.groups.get("num")) and _modified(span.root):
            return False  # « des heures scolaires »: a kind of hours, not a duration
        return True

    def _is_age(self, doc: Doc, match: Match, span) -> bool:
        """« un chauffeur de bus de 38 ans », « Paul Durand, 26 ans, », « les 6-16 ans », « âgé de 54 ans »."""
        tables = self.lexicon.tables
        if normal(match.groups["unit"]) not in tables.get("AGE_UNITS", []):
            return False
        spans = match.spans or {}
        number_at = spans.get("num", spans.get("approx", (match.start,)))[0]
        before = doc.text[max(0, number_at - _LOOKBEHIND):number_at].rstrip()
        after = doc.text[match.end:match.end + 2]
        if self._age_before.search(before + " ") or re.search(r"\d\s*[-–]$", before):
            return True
        if before.endswith(",") and re.match(r"\s*[,)(]", after):
            return True  # an apposition to a name
        if span.root.dep_ == "obj" and span.root.head.lemma_ in tables.get("AGE_VERBS", []):
            return True  # « il a 38 ans »
        if not re.search(r"(?:\bde|d')\s*(?:une?\s+)?$", before) or span.start < 2:
            return False
        noun = doc[span.start - 2] if doc[span.start - 1].lower_ in ("de", "d'") else doc[span.start - 1]
        if noun.pos_ not in ("NOUN", "PROPN"):
            return False
        holders = [noun, noun.head] if noun.dep_ == "nmod" and noun.head.i < noun.i else [noun]
        return any(h.lemma_.lower() in tables.get("AGE_HOLDERS", []) or h.ent_type_ == "PER" or
                   (h.pos_ in ("NOUN", "PROPN") and h.text[:1].isupper()) for h in holders)

    @staticmethod
    def _interval(resolved: Resolved, resolver: Resolver, since: bool, until: bool) -> None:
        """« depuis mercredi » starts an interval at that date; « depuis deux ans » one that ends now."""
        if since and resolved.type in ("DATE", "TIME"):
            resolved.begin = resolved.value
        elif since and resolved.type == "DURATION" and resolver.pub is not None:
            start = _duration_start(resolver, resolved.value)
            if start:
                resolved.begin, resolved.end = start, resolver.pub.isoformat()
                resolved.anchor = resolver.pub.isoformat()
        elif until and resolved.type in ("DATE", "TIME"):
            resolved.end = resolved.value


def _modified(token) -> bool:
    return any(c.dep_ == "amod" and c.i > token.i for c in token.children)


def _clock_on_following_day(text: str, found: list) -> None:
    """« vers 15 h 30, hier »: a clock time directly followed by a day belongs to that day."""
    for (match, resolved), (following, day) in zip(found, found[1:], strict=False):
        if resolved.type != "TIME" or match.rule not in ("clock", "clock_words", "noon") or day.day is None:
            continue
        if day.type == "DATE" and re.fullmatch(r"\s*,?\s*", text[match.end:following.start]):
            clock = resolved.value.partition("T")[2]
            resolved.value, resolved.anchor = f"{day.value}T{clock}", day.value


def _ending_with(words) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{alternation(words)})\s*$".replace(" ", r"\s+"), re.IGNORECASE)


def _parse_date(value) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _duration_start(resolver: Resolver, value: str) -> str | None:
    found = re.fullmatch(r"P(\d+)([YMWD])", value)
    if not found:
        return None
    amount, designator = int(found.group(1)), found.group(2)
    return cal.shift(resolver.pub, -amount, designator).isoformat()


@Language.factory("propos_timex")
def make_timex(nlp: Language, name: str) -> TimexTagger:
    return TimexTagger(nlp, name, nlp.lang or "fr")
