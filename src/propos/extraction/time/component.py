"""`propos_timex`: French time expressions → `doc._.timexes` (ISO-TimeML types and values).

The grammar (data) finds the expressions, the parse checks the doubtful ones (plausibility.py) and gives
the tense that points bare dates forward or back (tense.py), and the resolver anchors them on
`doc._.pub_date` or on the last day the text mentioned (resolver.py).
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc

from propos.extraction import extensions  # noqa: F401
from propos.extraction.time import calendar as cal
from propos.extraction.time.grammar import Match, find_matches
from propos.extraction.time.lexicon import (
    TimeLexicon,
    alternation,
    ending_with,
    load_lexicon,
    normal,
    of_words,
    words_of,
)
from propos.extraction.time.plausibility import ReadingCheck
from propos.extraction.time.ranges import complete_ranges
from propos.extraction.time.resolver import Resolved, Resolver
from propos.extraction.time.tense import direction_at
from propos.language.layout import line_break_between, line_start
from propos.language.textprep import doc_text, span_of
from propos.model import Timex

# Rules whose value depends on which way the governing verb's tense points.
_TENSED_RULES = {"day_date", "week_of_date", "month", "weekday", "pod_of_weekday", "holiday", "calendar", "nth_weekday", "part_of_day",
                 "part_of_day_bare", "day_pod", "pod_of_day", "pod_of_holiday"}
_LOOKBEHIND = 30
# Rules whose date may take its year from a year written before it in the sentence.
_YEARLESS_RULES = {"day_date", "week_of_date", "month"}


class TimexTagger:
    def __init__(self, nlp: Language, name: str, lang: str = "fr") -> None:
        self.name = name
        self.lang = lang
        self.lexicon: TimeLexicon = load_lexicon(lang)
        self._since = ending_with(self.lexicon.tables.get("SINCE", []))
        self._since_past = ending_with(self.lexicon.tables.get("SINCE_PAST", []))
        self._future_signal = ending_with(self.lexicon.tables.get("FUTURE_SIGNAL", []))
        self._until = ending_with(self.lexicon.tables.get("UNTIL", []))
        self._check = ReadingCheck(self.lexicon)
        self._shifts = set(self.lexicon.tables.get("SHIFT_BACK", []))
        self._moments = set(self.lexicon.tables.get("ANAPHORIC_MOMENT", []))
        self._one_point_gap = _one_point_gap(self.lexicon.tables.get("DAY_CLOCK_JOINERS", []))
        self._part_of_period = self.lexicon.table("PART_OF_PERIOD")
        self._present_state = ending_with(self.lexicon.tables.get("PRESENT_STATE_BEFORE", []))
        self._cleft = ending_with(self.lexicon.tables.get("CLEFT_BEFORE", []))
        compared = self.lexicon.tables.get("COMPARED_BEFORE", {})
        self._compared = re.compile(
            rf"(?<!\w)(?:{alternation(compared.get('comparatives', []))})\b[^.;!?\n]*?(?:{alternation(compared.get('than', []))})\s*$",
            re.IGNORECASE) if compared else re.compile("(?!)")
        self._of_word = re.compile(r"\s+(?:" + of_words(self.lexicon, r"\s+") + ")", re.IGNORECASE)
        of = of_words(self.lexicon, r"\s*")
        # « la veille de Noël »: « de » and the date counted from; « le lendemain (de l'attaque), samedi 8 avril »
        self._of_the_date = re.compile(rf"\s+(?:{of})\s*", re.IGNORECASE)
        self._apposition_gap = re.compile(rf"(?:\s+(?:{of})\s*[^\W\d][^,.;:\n]{{0,40}})?\s*,\s*", re.IGNORECASE)
        kinds = "|".join(re.escape(w) for w in self.lexicon.tables.get("UNIT_KIND", []))
        self._unit_kind = re.compile(rf"\s+(?:{kinds})s?\b", re.IGNORECASE) if kinds else None
        length = alternation(self.lexicon.tables.get("LENGTH_AFTER_CLOCK", []))
        self._length_after = re.compile(rf"[^\S\n]+(?:{length})(?![\w-])", re.IGNORECASE) if length else None
        self._length_verbs = frozenset(self.lexicon.tables.get("LENGTH_VERBS", []))
        joiners = alternation(self.lexicon.tables.get("AND_WORDS", []) + self.lexicon.tables.get("OR_WORDS", []))
        # « les années 1920 et 1930 », « les années 1980-1990 »
        self._enumeration_gap = re.compile(rf"\s*(?:,|,?\s+(?:{joiners}))\s+|[^\S\n]?[-–][^\S\n]?", re.IGNORECASE)
        after = "|".join(re.escape(w) for w in self.lexicon.table("MODIFIER_AFTER"))
        rel_preposition = self.lexicon.tables.get("REL_AS_PREPOSITION", {})
        self._rel_preposition = (frozenset(rel_preposition["words"]), re.compile(
            rf"\s+(?:{alternation(rel_preposition['before'])})(?:(?<=['’])|(?![\w-]))", re.IGNORECASE)) if rel_preposition else None
        equivalence = self.lexicon.tables.get("CLOCK_EQUIVALENCE", {})
        # « quand il est indiqué 23 heures, il est minuit à Paris »: from the lead, right before a clock time, to the
        # end of the sentence
        self._equivalence = re.compile(
            rf"(?<!\w)(?:{alternation(equivalence['leads'])})(?:\s+(?:{alternation(equivalence['verbs'])}))?(?=\s+\d)"
            r"[^.!?\n]*", re.IGNORECASE) if equivalence else None
        # « 1 h 30 »: hours, the lexicon's hour mark, minutes (case as written)
        self._clock_face = re.compile(rf"(\d{{1,2}}) ?(?:{words_of(self.lexicon, 'CLOCK_HOUR_MARKS')}) ?(\d\d)?")
        self._after_modifier = re.compile(rf"[^\S\n]+({after})(?![\w-])(?![^\S\n]*\d)", re.IGNORECASE) if after else None

    def __call__(self, doc: Doc) -> Doc:
        resolver = Resolver(self.lexicon, _parse_date(doc._.pub_date))
        found: list[tuple[Match, Resolved]] = []
        # a range's first members are completed from its last one once that one is known to be a time
        plausible = [r for m in find_matches(doc_text(doc), self.lang) if (r := self._check.reading(doc, m))]
        plausible = _shift_after_count(doc_text(doc), plausible, self._shifts)
        _relative_word_as_preposition(doc_text(doc), plausible, self._rel_preposition)
        chronicle = _is_chronicle(doc_text(doc), plausible)
        last_end = 0
        for match in complete_ranges(doc_text(doc), plausible, self.lexicon):
            # each entry of a chronicle is on its day
            if chronicle and line_break_between(doc_text(doc), last_end, match.start):
                resolver.reference, resolver.period = resolver.pub, None
            last_end = match.end
            before = doc_text(doc)[max(0, match.start - _LOOKBEHIND):match.start]
            since = bool(self._since.search(before))
            direction = None
            if match.rule in _TENSED_RULES:
                direction = self._signalled_direction(before)
                if direction is None:
                    direction = direction_at(doc, match.start, match.end, self.lexicon)
            groups = self._year_of_the_sentence(doc, match, found, direction, resolver.pub)
            resolved = resolver.resolve(match.rule, groups, direction)
            if resolved is None or not resolved.value:
                continue
            self._interval(resolved, resolver, since, bool(self._until.search(before)))
            found.append((match, resolved))
        _clock_on_following_day(doc_text(doc), found)
        _decades_enumerated(doc_text(doc), found, self._enumeration_gap)
        _same_instant_in_another_zone(doc_text(doc), found)
        _clocks_of_an_equivalence(doc_text(doc), found, self._equivalence)
        found = _part_of_a_period(doc_text(doc), found, self._part_of_period, self._of_word)
        found = _one_point_in_time(doc_text(doc), found, self._one_point_gap)
        _moment_told_before(found, self._moments)
        _day_in_apposition(doc_text(doc), found, self._apposition_gap)
        _day_counted_from_the_date_after(doc_text(doc), found, self.lexicon.table("ANAPHORIC_DAY"), self._of_the_date)
        _every_year(doc, found, self.lexicon.holidays)
        _take_unit_kind(doc_text(doc), found, self._unit_kind)
        found = self._qualified_era(doc, found)
        _day_number_in_brackets(doc_text(doc), found)
        self._today_as_nowadays(doc, found)
        _modifier_after(doc_text(doc), found, self._after_modifier, self.lexicon.table("MODIFIER_AFTER"))
        _clock_as_a_length(doc, found, self._length_after, self._clock_face, self._length_verbs)
        timexes: list[Timex] = []
        for match, resolved in found:
            timexes.append(Timex(
                id=f"T{len(timexes) + 1}", type=resolved.type, value=resolved.value,
                span=span_of(doc, match.start, match.end), mod=resolved.mod, begin=resolved.begin,
                end=resolved.end, anchor=resolved.anchor,
            ))
        doc._.timexes = timexes
        return doc

    def _qualified_era(self, doc: Doc, found: list) -> list:
        """« l'époque greco-romaine », « l'époque actuelle »: the adjective that qualifies an era (`ERA_NOUNS`) is
        inside the expression, the whole noun phrase as ISO-TimeML and the French TimeBank mark it; a state of the
        present (« actuelle », `STATE_ADJECTIVES`) makes it the present (PRESENT_REF), one expression, no longer
        two."""
        eras = set(self.lexicon.tables.get("ERA_NOUNS", []))
        states = set(self.lexicon.tables.get("STATE_ADJECTIVES", []))
        out: list = []
        skip = None
        for number, (match, resolved) in enumerate(found):
            if number == skip:
                continue
            out.append((match, resolved))
            span = doc.char_span(match.start, match.end, alignment_mode="expand")
            if span is None or span.end >= len(doc) or span[-1].lemma_.lower() not in eras or \
                    not resolved.value.endswith("_REF") or "\n" in span[-1].whitespace_:
                continue
            adjective = doc[span.end]
            if adjective.pos_ != "ADJ" or adjective.dep_ != "amod" or adjective.head.i != span[-1].i:
                continue
            end = adjective.idx + len(adjective)
            if _runs_into_next(found, number, end):
                following, told = found[number + 1]
                if (following.start, following.end) != (adjective.idx, end) or normal(adjective.text) not in states:
                    continue
                resolved.type, resolved.value = told.type, told.value  # « l'époque actuelle » is the present
                skip = number + 1
            match.end = end
        return out

    def _today_as_nowadays(self, doc: Doc, found: list) -> None:
        """« elle est aujourd'hui la doyenne », « jusqu'à aujourd'hui »: « aujourd'hui » after a present copula, or
        ending a span of time, is the present of a state (PRESENT_REF), not the day of an event; so is the
        « aujourd'hui » a state is compared with (« 2 points de moins qu'aujourd'hui ») and the one that opens an
        apposition (« la Champagne-Ardenne, aujourd'hui Grand Est »). « c'est aujourd'hui que… » (a cleft) and
        « a annoncé aujourd'hui » stay the publication day."""
        text = doc_text(doc)
        for match, resolved in found:
            if match.rule != "deictic" or set(match.groups) != {"deictic"} or \
                    self.lexicon.lookup("DEICTIC_DAY", match.groups["deictic"]) != 0:
                continue
            before = text[max(0, match.start - _LOOKBEHIND):match.start]
            state = self._present_state.search(before) and not self._cleft.search(before)
            if state or self._compared.search(text[max(0, match.start - 80):match.start]) or \
                    _opens_an_apposition(doc, match, before):
                resolved.type, resolved.value, resolved.day, resolved.end = "TIME", "PRESENT_REF", None, None

    @staticmethod
    def _year_of_the_sentence(doc: Doc, match: Match, found: list, direction: int | None, pub: dt.date | None) -> dict:
        """« En 2015, il est arrivé le 3 mars »: a day or a month written without its year, after a year written
        in the same sentence, is in that year, unless the tense points the other way from the publication date
        (« condamné en 2015, il sortira le 3 mars »). A year in brackets (« née en 1965 » in an aside) or ending
        a range (« de 1968 à 1971 ») frames nothing."""
        groups = match.groups
        if match.rule not in _YEARLESS_RULES or {"year", "rel", "wd", "yearof"} & set(groups):
            return groups
        here = doc.char_span(match.start, match.end, alignment_mode="expand")
        if here is None:
            return groups
        text = doc_text(doc)
        framed_from = _list_opening(doc, here.sent)
        for number in range(len(found) - 1, -1, -1):
            previous, resolved = found[number]
            if previous.start < framed_from:
                return groups
            if previous.rule in _YEARLESS_RULES and "year" not in previous.groups:
                continue  # « du 14 juin au 15 juillet »: the year before the first member is the last's too
            if previous.rule != "year" or resolved.type != "DATE" or resolved.mod or \
                    not re.fullmatch(r"\d{4}", resolved.value):
                return groups
            between = text[previous.end:match.start]
            ranged = number > 0 and found[number - 1][0].rule == "year" and \
                re.fullmatch(r"\s*(?:-|–|\S{1,2})\s*", text[found[number - 1][0].end:previous.start])
            if ")" in between and "(" not in between or ranged:
                return groups
            year = int(resolved.value)
            side = 0 if pub is None else (year > pub.year) - (year < pub.year)
            if direction and side and direction != side:
                return groups
            return {**groups, "year": resolved.value}
        return groups

    def _signalled_direction(self, before: str) -> int | None:
        """« depuis mardi » is past, « prévu pour lundi » future, whatever the verb says."""
        if self._since_past.search(before):
            return -1
        if self._future_signal.search(before):
            return 1
        return None

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


_CLOCK_RULES = ("clock", "clock_words", "clock_hours", "noon")
# A live chronicle (« Vers 17h10, … » paragraph after paragraph) stamps at least this many paragraphs with a clock time.
_CHRONICLE_ENTRIES = 3


def _is_chronicle(text: str, matches: list[Match]) -> bool:
    """Whether enough paragraphs open with a clock time (after at most two words: « Vers 17h10, … ») for the text
    to be a live chronicle of the day it was published; each of its paragraphs is then an entry of that day, and a
    time in it counts from that day, not from the last day the entry before it mentioned."""
    entries = 0
    for match in matches:
        if match.rule in _CLOCK_RULES:
            lead = text[line_start(text, match.start):match.start]  # (a paragraph's line: language.layout)
            entries += len(lead.split()) <= 2 and all(c.isalpha() or c.isspace() or c in "'’" for c in lead)
    return entries >= _CHRONICLE_ENTRIES


def _opens_an_apposition(doc: Doc, match: Match, before: str) -> bool:
    """« (ex-Champagne-Ardenne, aujourd'hui Grand Est) », « médiévale, aujourd'hui retrouvée chez l'écureuil »: after a
    comma and governed by no verb of an event (a noun, an adjective, a participle without its auxiliary), the word
    says what holds now."""
    after = doc_text(doc)[match.end:match.end + 2].strip()
    if not before.rstrip().endswith(",") or after[:1] in (",", ".", ";", ")", ""):
        return False  # « Selon la police, aujourd'hui, trois suspects… »: a fronted day, not an apposition
    span = doc.char_span(match.start, match.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root.head
    if head.pos_ not in ("VERB", "AUX"):
        return True
    return "VerbForm=Part" in head.morph and not any(c.dep_.startswith("aux") for c in head.children)


def _list_opening(doc: Doc, sentence) -> int:
    """Where the text that frames a sentence begins: the sentence itself, or, for the lines of a list with no verb
    (« • Leeds – 10-11 juin • Hambourg – 15-16 juin » after « … pour la saison 2017 »), the sentence that opens the
    list, the last one before it with a verb."""
    def verbless(span) -> bool:
        return not any(t.pos_ in ("VERB", "AUX") and t.is_alpha for t in span)

    if not verbless(sentence):
        return sentence.start_char
    while sentence.start > 0:
        sentence = doc[sentence.start - 1].sent
        if not verbless(sentence):
            break
    return sentence.start_char


def _shift_after_count(text: str, matches: list[Match], shifts: set[str]) -> list[Match]:
    """« trois jours auparavant », « 1 h 30 auparavant »: the word that shifts a count back is the
    count's signal (the count is the DURATION), not a vague reference of its own."""
    out: list[Match] = []
    for match in matches:
        count = out and (out[-1].rule.startswith("duration") or out[-1].rule in ("later", "clock"))
        if count and match.rule == "vague" and normal(match.groups["vague"]) in shifts and \
                not text[out[-1].end:match.start].strip():
            continue
        out.append(match)
    return out


def _part_of_a_period(text: str, found: list, parts: dict, of_word: re.Pattern) -> list:
    """« les premiers jours de l'année 2017 », « les derniers jours du mois d'août »: the first or last units of a
    date, without a count (« les sept premiers mois de l'année » is a duration and a date), are one date, its start
    or end."""
    out: list = []
    for match, resolved in found:
        if out and resolved.type == "DATE" and of_word.fullmatch(text, out[-1][0].end, match.start):
            previous, before = out[-1]
            mod = parts.get(normal(previous.groups.get("rel", "")))
            if previous.rule == "recent_period" and "num" not in previous.groups and mod:
                out[-1] = (_spanning(previous, match), Resolved("DATE", resolved.value, mod=mod, anchor=resolved.anchor))
                continue
        out.append((match, resolved))
    return out


def _moment_told_before(found: list, moments: set[str]) -> None:
    """« à 22 h 35, … À ce moment, … »: the moment just told of is the last date or time written before."""
    for (_, before), (match, resolved) in zip(found, found[1:], strict=False):
        if match.rule == "anaphoric" and normal(match.groups["anaphoric"]) in moments and \
                before.type in ("DATE", "TIME") and not before.value.endswith("_REF"):
            resolved.type, resolved.value, resolved.day = before.type, before.value, before.day
            resolved.anchor = before.value


def _clock_as_a_length(doc: Doc, found: list, after: re.Pattern | None, clock_face: re.Pattern,
                       verbs: frozenset[str] = frozenset()) -> None:
    """« 1 h 30 auparavant », « avec 2 h 15 d'attente », « la réunion a duré 1 h 30 »: hours written like a clock
    time, followed by what makes them a length of time (LENGTH_AFTER_CLOCK) or the object of a verb that measures
    one (LENGTH_VERBS), are a DURATION."""
    text = doc_text(doc)
    for match, resolved in found:
        face = clock_face.fullmatch(text, match.start, match.end)
        if match.rule != "clock" or face is None or match.groups.get("skip"):
            continue
        if not (after is not None and after.match(text, match.end)) and not _measured_by(doc, match, verbs):
            continue
        minutes = int(face.group(2) or 0)
        resolved.type, resolved.value = "DURATION", f"PT{int(face.group(1))}H" + (f"{minutes}M" if minutes else "")
        resolved.anchor = resolved.begin = resolved.end = None
        resolved.day = None


def _measured_by(doc: Doc, match: Match, verbs: frozenset[str]) -> bool:
    """Whether the phrase stands right after a verb that measures a length of time, as its object (« a duré
    1 h 30 », « dure 2 h 15 »; not « a duré jusqu'à 23 h », where a preposition stands between)."""
    if not verbs:
        return False
    span = doc.char_span(match.start, match.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    previous = doc[span.start - 1]
    return previous.pos_ in ("VERB", "AUX") and previous.lemma_.lower() in verbs


def _day_in_apposition(text: str, found: list, gap: re.Pattern) -> None:
    """A day counted from another (« le lendemain ») with the date written in apposition after it is that date,
    whatever day the counting reached. `gap`: what may stand between (« Le lendemain, samedi 8 avril »,
    « Le lendemain de l'attaque, le 17 février »)."""
    for (match, resolved), (following, told) in zip(found, found[1:], strict=False):
        if match.rule == "anaphoric" and resolved.type == "DATE" and told.type == "DATE" and told.day is not None and \
                _SAME_DAY.fullmatch(told.value) and gap.fullmatch(text, match.end, following.start):
            resolved.value, resolved.day = told.value, told.day


def _day_counted_from_the_date_after(text: str, found: list, offsets: dict, of_the_date: re.Pattern) -> None:
    """« la veille de Noël » is 24 December: a day counted from another (« la veille », « le lendemain ») followed
    by « de » and a date counts from that date, not from the last one the text told of."""
    for (match, resolved), (following, told) in zip(found, found[1:], strict=False):
        offset = offsets.get(normal(match.groups.get("anaphoric", "")))
        if match.rule != "anaphoric" or not offset or told.day is None or not _SAME_DAY.match(told.value) or \
                not of_the_date.fullmatch(text, match.end, following.start):
            continue
        day = told.day + dt.timedelta(days=offset)
        resolved.value = day.isoformat() + resolved.value[10:]  # a part of the day stays: « la veille au soir »
        resolved.day, resolved.anchor = day, told.value


_YEARLY = ("P1Y",)
_DATE_IN_A_YEAR = re.compile(r"\d{4}(-\d\d(?:-\d\d)?)")


def _every_year(doc: Doc, found: list, holidays: dict) -> None:
    """« chaque année au mois de novembre », « comme chaque année, la fête du 14 juillet »: in a sentence that says
    a thing recurs every year, a month or a day written without its year is that month or day of any year."""
    sentences = set()
    for match, resolved in found:
        span = doc.char_span(match.start, match.end, alignment_mode="expand")
        if resolved.type == "SET" and resolved.value in _YEARLY and span is not None:
            sentences.add((span.sent.start_char, span.sent.end_char))
    for match, resolved in found:
        written = _DATE_IN_A_YEAR.fullmatch(resolved.value)
        if written is None or not {"month", "monthnum", "holiday"} & set(match.groups) or \
                {"year", "yearof"} & set(match.groups) or ("rel" in match.groups and match.rule != "recent_period") or \
                not any(start <= match.start < end for start, end in sentences):
            continue
        feast = holidays.get(normal(match.groups.get("holiday", "")), "")
        fixed = "holiday" not in match.groups or re.fullmatch(r"\d\d-\d\d", feast)  # « Pâques » has no fixed day
        resolved.value, resolved.anchor, resolved.day = "XXXX" + written.group(1) if fixed else "XXXX-XX-XX", None, None


_DECADE = re.compile(r"\d{3}")
_ROUND_YEAR = re.compile(r"\d{3}0")


def _decades_enumerated(text: str, found: list, gap: re.Pattern) -> None:
    """« les années 1920 et 1930 », « les années 1960, 1970 et 1980 »: a round year enumerated after a decade is
    the next decade, not that year."""
    for (match, resolved), (following, told) in zip(found, found[1:], strict=False):
        if _DECADE.fullmatch(resolved.value) and following.rule == "year" and set(following.groups) == {"year"} and \
                _ROUND_YEAR.fullmatch(following.groups["year"]) and gap.fullmatch(text, match.end, following.start):
            told.value, told.anchor = following.groups["year"][:3], None


def _clock_on_following_day(text: str, found: list) -> None:
    """« vers 15 h 30, hier »: a clock time directly followed by a day belongs to that day."""
    for (match, resolved), (following, day) in zip(found, found[1:], strict=False):
        if resolved.type != "TIME" or match.rule not in ("clock", "clock_words", "clock_hours", "noon") or day.day is None:
            continue
        if re.fullmatch(r"\s*,?\s*", text[match.end:following.start]):
            clock = _END_OF_DAY if _is_midnight(match, resolved) else resolved.value.partition("T")[2]
            resolved.value, resolved.anchor = f"{day.day.isoformat()}T{clock}", day.day.isoformat()


_SAME_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# « 4:00 heure locale (20:00 GMT) », « 21 h 26 (heure locale, 12 h 26 UTC) »: a bracket opens right after a clock time
_BRACKETED_AFTER_CLOCK = re.compile(r"[^\S\n]*,?[^\S\n]*\([^().;:\d\n]{0,30}")
_DAY_AND_CLOCK = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d\d):(\d\d)")
# Zones lie between 12 hours behind and 14 ahead of UTC: two readings of one instant further apart than that
# fall on two days.
_ZONE_BEHIND, _ZONE_AHEAD = 12 * 60, 14 * 60


def _same_instant_in_another_zone(text: str, found: list) -> None:
    """« 4:00 heure locale (20:00 GMT) », « vers 23 h 30, heure locale (4 h 30 UTC) »: the instant written again in
    brackets in another zone is on the day before or after when the clocks differ by more than any zone does."""
    for (match, resolved), (following, told) in zip(found, found[1:], strict=False):
        first, second = _DAY_AND_CLOCK.fullmatch(resolved.value), _DAY_AND_CLOCK.fullmatch(told.value)
        if first is None or second is None or first.group(1) != second.group(1) or "zone" not in following.groups or \
                not _BRACKETED_AFTER_CLOCK.fullmatch(text, match.end, following.start):
            continue
        apart = (int(second.group(2)) - int(first.group(2))) * 60 + int(second.group(3)) - int(first.group(3))
        days = -1 if apart > _ZONE_BEHIND else 1 if apart < -_ZONE_AHEAD else 0
        if days and told.day is None:
            day = dt.date.fromisoformat(second.group(1)) + dt.timedelta(days=days)
            told.value = day.isoformat() + told.value[10:]


def _relative_word_as_preposition(text: str, matches: list[Match], rel_preposition) -> None:
    """« dans la matinée suivant l'attaque », « la nuit précédant le vote »: « suivant » before a determiner is a
    preposition (« after »), the start of what the time is counted from, not the adjective « suivant(e) » (« la
    matinée suivante »); a part of the day or a weekday then ends before it and is read without it."""
    if rel_preposition is None:
        return
    words, determiner = rel_preposition
    for match in matches:
        start, end = (match.spans or {}).get("rel", (None, None))
        if end != match.end or not ({"pod", "wd"} & set(match.groups)) or normal(match.groups["rel"]) not in words \
                or not determiner.match(text, end):
            continue
        del match.groups["rel"]
        match.end = len(text[:start].rstrip())


_HOURS_WRITTEN = re.compile(r"(\d{1,2}) ?(?:h|heures?)(?: ?([0-5]\d))?", re.IGNORECASE)
_DAY_OF_CLOCK = re.compile(r"\d{4}-\d\d-\d\d(?=T\d\d:\d\d)")


def _clocks_of_an_equivalence(text: str, found: list, equivalence: re.Pattern | None) -> None:
    """« Les heures sont exprimées en UTC : quand il est indiqué 23 heures, il est minuit à Paris, 18 heures à New
    York »: the clock times of a statement that one time reads as another elsewhere are times of day on no day
    (TIME XXXX-XX-XXT23:00), as the news gold marks them, not lengths of time nor hours of the day of the text."""
    if equivalence is None:
        return
    regions = [(m.start(), m.end()) for m in equivalence.finditer(text)]
    if not regions:
        return
    for match, resolved in found:
        if not any(start <= match.start and match.end <= end for start, end in regions):
            continue
        hours = _HOURS_WRITTEN.fullmatch(text, match.start, match.end)
        if hours is not None and int(hours.group(1)) < 24:
            value = f"XXXX-XX-XXT{int(hours.group(1)):02d}:{hours.group(2) or '00'}"
        elif resolved.type == "TIME" and _DAY_OF_CLOCK.match(resolved.value):
            value = _DAY_OF_CLOCK.sub("XXXX-XX-XX", resolved.value, count=1)
        else:
            continue
        resolved.type, resolved.value, resolved.mod = "TIME", value, None
        resolved.anchor = resolved.begin = resolved.end = None
        resolved.day = None


_START_OF_DAY, _END_OF_DAY = "00:00", "24:00"


def _is_midnight(match: Match, resolved: Resolved) -> bool:
    """Whether a match is midnight without a fraction (not « minuit moins le quart »). With the day it is on (« A
    minuit, le 31 décembre », « mardi à minuit ») it ends that day (T24:00), as the news gold reads it; without a
    day (« peu après minuit ») it starts the day (T00:00)."""
    return match.rule == "noon" and "frac" not in match.groups and resolved.value.endswith("T" + _START_OF_DAY)


_CLOCK = re.compile(r"T\d")


def _one_point_gap(joiners: list[str]) -> re.Pattern:
    """What may stand between a day and the clock time on it: spaces on one line, or a joiner (« à »)."""
    joined = "|".join(re.escape(j) for j in joiners)
    return re.compile(rf"[^\S\n]+(?:(?:{joined})[^\S\n]+)?" if joined else r"[^\S\n]+")


def _take_unit_kind(text: str, found: list, pattern: re.Pattern | None) -> None:
    """« cette année olympique », « la nuit électorale »: the adjective naming the kind of unit is inside."""
    if pattern is None:
        return
    for number, (match, _) in enumerate(found):
        kind = pattern.match(text, match.end)
        if kind is None or not text[match.end - 1].isalpha():
            continue
        if not _runs_into_next(found, number, kind.end()):
            match.end = kind.end()


def _runs_into_next(found: list, number: int, end: int) -> bool:
    """Whether extending the expression `number` of `found` to `end` would run into the next expression."""
    return number + 1 < len(found) and found[number + 1][0].start < end


_BRACKETED_DAY = re.compile(r"[^\S\n]?\(([012]?\d|3[01])\)")


def _day_number_in_brackets(text: str, found: list) -> None:
    """« lundi (12) », « hier mardi (13) »: the press writes the day's number in brackets after a weekday; it is
    part of the expression and fixes its date (the day of that number nearest the one the weekday gave)."""
    for number, (match, resolved) in enumerate(found):
        if "wd" not in match.groups or "day" in match.groups or resolved.day is None or resolved.type not in ("DATE", "TIME"):
            continue
        bracket = _BRACKETED_DAY.match(text, match.end)
        if bracket is None or _runs_into_next(found, number, bracket.end()):
            continue
        day = _nearest_day_numbered(resolved.day, int(bracket.group(1)))
        if day is None:
            continue
        old = resolved.day.isoformat()
        resolved.value = day.isoformat() + resolved.value[len(old):] if resolved.value.startswith(old) else resolved.value
        resolved.day, match.end = day, bracket.end()


def _nearest_day_numbered(near: dt.date, number: int) -> dt.date | None:
    """The day of the month numbered `number` within a week of `near`, if any."""
    for delta in sorted(range(-7, 8), key=abs):
        day = near + dt.timedelta(days=delta)
        if day.day == number:
            return day
    return None


def _modifier_after(text: str, found: list, pattern: re.Pattern | None, mods: dict) -> None:
    """« 28 000 ans environ », « deux heures environ »: a modifier written after a count or a clock time is part
    of the expression, as it is before it (« environ deux heures »), with the same `mod`."""
    if pattern is None:
        return
    for number, (match, resolved) in enumerate(found):
        if resolved.type not in ("DURATION", "TIME") or not text[match.end - 1:match.end].isalnum():
            continue
        after = pattern.match(text, match.end)
        if after is None or _runs_into_next(found, number, after.end()):
            continue
        match.end = after.end()
        resolved.mod = resolved.mod or mods.get(normal(after.group(1)))


def _part_of_that_day(previous: tuple, match: Match, resolved: Resolved, gap: str) -> bool:
    """« ce samedi 21 au matin », « hier en soirée »: a part of the day after its preposition, right after a day."""
    before = previous[1]
    return match.rule == "part_of_day_bare" and gap.strip().lower() == match.groups.get("skip", "").lower() and \
        before.type == "DATE" and bool(_SAME_DAY.fullmatch(before.value)) and \
        ("T" in resolved.value or resolved.value == before.value)


def _spanning(first: Match, last: Match) -> Match:
    """One match from the start of `first` to the end of `last`, with the groups of both."""
    return Match(first.rule, first.start, last.end, {**first.groups, **last.groups}, first.order, None)


def _one_point_in_time(text: str, found: list, gap_pattern: re.Pattern) -> list:
    """« ce matin à 10 h », « dimanche 22 heures », « hier 30 avril », « 6 h 10 ce mercredi 9 novembre »: two
    expressions side by side that name the same day are one, as the news gold and the French TimeBank
    (« Hier à 10 h ») mark them; a comma keeps them apart (« 25 août 2016, 16 h 38 UTC »), and so does a
    preposition after a date written with its day number (« samedi 8 octobre [à] 3 heures »: both readings
    and the French TimeBank leave the clock time on its own there)."""
    out: list = []
    for match, resolved in found:
        gap = text[out[-1][0].end:match.start] if out else ""
        if out and _part_of_that_day(out[-1], match, resolved, gap):
            previous, before = out[-1]
            clock = resolved.value.partition("T")[2]  # « hier en fin de journée » is that day, a date
            out[-1] = (_spanning(previous, match), Resolved("TIME" if clock else "DATE", f"{before.value}T{clock}" if clock
                                                            else before.value, mod=before.mod, anchor=before.anchor,
                                                            day=before.day))
            continue
        if out and gap_pattern.fullmatch(gap) and not (gap.strip() and "day" in out[-1][0].groups):
            previous, before = out[-1]
            day = _SAME_DAY.match(before.value)
            clocks = sum(bool(_CLOCK.search(r.value)) for r in (before, resolved))  # « de 18 h à 23 h » is a range
            if day and resolved.value.startswith(day.group()) and {before.type, resolved.type} <= {"DATE", "TIME"} \
                    and clocks < 2:
                finer = max((before, resolved), key=lambda r: len(r.value))
                value = finer.value
                if _is_midnight(match, resolved) or _is_midnight(previous, before):
                    value = value[:-len(_START_OF_DAY)] + _END_OF_DAY
                out[-1] = (_spanning(previous, match), Resolved("TIME" if "T" in finer.value else "DATE", value,
                                           mod=resolved.mod or before.mod, anchor=before.anchor or resolved.anchor,
                                           begin=finer.begin, end=finer.end, day=before.day or resolved.day))
                continue
        out.append((match, resolved))
    return out


def _parse_date(value) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _duration_start(resolver: Resolver, value: str) -> str | None:
    found = re.fullmatch(r"P(\d+)([YMWD]|[A-Z]{2})", value)
    if not found:
        return None
    amount, designator = int(found.group(1)), found.group(2)
    years = resolver.lex.tables.get("UNIT_YEARS", {})
    if designator in years:  # « depuis trois décennies »: P3DE began 30 years ago
        amount, designator = amount * years[designator], "Y"
    elif len(designator) == 2:
        return None
    try:
        return cal.shift(resolver.pub, -amount, designator).isoformat()
    except cal.OutOfCalendar:
        return None


@Language.factory("propos_timex")
def make_timex(nlp: Language, name: str) -> TimexTagger:
    return TimexTagger(nlp, name, nlp.lang or "fr")
