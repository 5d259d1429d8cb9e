"""Readings of a grammar match that the text or its parse contradicts: « 2000 euros » is no year, « a été »
no summer, « un chauffeur de 38 ans » no duration, « le Journal du Dimanche » no Sunday."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from propos.extraction.time.grammar import Match
from propos.extraction.time.lexicon import TimeLexicon, alternation, ending_with, normal, of_words, words_of
from propos.extraction.time.tense import verb_direction
from propos.language.resources import load_tsv
from propos.language.textprep import doc_text

_LOOKBEHIND = 45  # long enough for « âgés respectivement de 26, 30 et 48 ans »
_HOLIDAY_RULES = ("holiday", "pod_of_holiday")  # « Noël », « le soir de Noël »


class ReadingCheck:
    def __init__(self, lexicon: TimeLexicon) -> None:
        self.lexicon = lexicon
        self.age_before = ending_with(lexicon.tables.get("AGE_BEFORE", []))
        self.name_before = ending_with(lexicon.tables.get("NAMED_DURATION_BEFORE", []))
        self.singular_before = re.compile(rf"(?<![\w'’])(?:{alternation(lexicon.tables.get('SINGULAR_BEFORE_COUNT', []))})[^\S\n]+$",
                                          re.IGNORECASE) if lexicon.tables.get("SINGULAR_BEFORE_COUNT") else re.compile("(?!)")
        self.count_before = ending_with(lexicon.tables.get("COUNT_BEFORE", []))
        self.numbered_before = ending_with(lexicon.tables.get("NUMBERED_NOUNS", []))
        streets = alternation(lexicon.tables.get("STREET_NOUNS", [])) or "(?!)"
        street_articles = alternation(lexicon.tables.get("STREET_ARTICLES", [])) or "(?!)"
        self.street_before = re.compile(rf"\b(?:{streets})\s+(?:(?:{street_articles})\s+)?$", re.IGNORECASE)
        self.holiday_thing = ending_with(lexicon.tables.get("HOLIDAY_THING_BEFORE", []))
        self.of_word = re.compile(r"\s*(?:" + of_words(lexicon, r"\b") + ")")
        # a number as large joined to the one before (« 1500 et 2000 », « 1800 à 2 100 »)
        joiners = "|".join(map(re.escape, lexicon.tables.get("NUMBER_JOINERS", []))) or "(?!)"
        suffixes = words_of(lexicon, "DAY_ORDINAL_SUFFIXES")  # « le 1er décembre »
        self.plain_date = re.compile(rf"[^\W\d_]*\s*\d{{1,2}}(?:\s?(?:{suffixes}))?\s+[^\W\d_]+(?:\s+\d{{4}})?")
        numword = lexicon.placeholders.get("NUMWORD", "(?!)")
        self.range_to_age = {k: re.compile(v.replace("{NUMWORD}", f"(?:{numword})"), re.IGNORECASE)
                             for k, v in lexicon.tables.get("RANGE_TO_AGE", {}).items()}
        self.state_adjectives = set(lexicon.tables.get("STATE_ADJECTIVES", []))
        self.categories = set(lexicon.tables.get("COMPETITION_CATEGORIES", []))
        # who holds a role (« président », « propriétaires »): titles and the nouns of persons of an age
        self.role_holders = {row[0].lower() for row in load_tsv(lexicon.lang, "actors_titles.tsv") if row} | \
            set(lexicon.tables.get("AGE_HOLDERS", []))
        # the demonyms of the countries (« la britannique », « un américain »): a person, of an age
        self.demonyms = {cell.lower() for row in load_tsv(lexicon.lang, "actors_countries.tsv") for cell in row[2:4] if cell}
        self.joined_number = re.compile(rf"[^\S\n]+(?:{joiners})[^\S\n]+(\d{{1,3}}(?: \d{{3}})+|\d{{4,}})\b")
        # a count before it, joined to it (« 1950 voix contre 1200 », « entre 1500 personnes et 2000 »)
        compared = "|".join(map(re.escape, lexicon.tables.get("NUMBER_JOINERS", []) +
                                lexicon.tables.get("NUMBER_COMPARED", []))) or "(?!)"
        self.count_joined_before = re.compile(
            rf"(\d{{1,3}}(?: \d{{3}})+|\d+)[^\S\n]+[^\W\d_]+[^\S\n]+(?:{compared})[^\S\n]+$", re.IGNORECASE)
        # a count of hundreds or more, then a comma: the same things counted again (« 1500 manifestants, 1800 selon la police »)
        self.count_listed_before = re.compile(r"(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{3,})[^\S\n]+[^\W\d_]+\s*,[^\S\n]*$")
        verbs = lexicon.tables.get("COUNT_VERBS", {})
        self.count_verbs, self.count_verbs_with_a = frozenset(verbs.get("direct", [])), frozenset(verbs.get("with_a", []))
        self.count_copulas, self.count_links = frozenset(verbs.get("copula", [])), frozenset(verbs.get("link", []))
        self.count_prepositions = frozenset(lexicon.tables.get("COUNT_PREPOSITIONS", []))
        # the function words the checks look for around a match, each from the lexicon (a language without one never matches)
        tables = lexicon.tables
        of_bare, of_bare_word = words_of(lexicon, "OF_BARE", r"\b"), words_of(lexicon, "OF_BARE", before_word=r"\b")
        self.of_bare_after = re.compile(rf"\s*(?:{of_bare})")  # « il y a peu de chances »
        self.of_bare_before = re.compile(rf"(?:{of_bare_word})\s*$")  # « les Jeux d'hiver »
        articles = words_of(lexicon, "INDEFINITE_ARTICLES", r"\s+")
        self.of_bare_person = re.compile(rf"(?:{of_bare_word})\s*(?:{articles})?$")  # « un homme d'une trentaine »
        of_any = of_words(lexicon, r"\b")
        self.of_after_count = re.compile(rf"\s+(?:{of_any})")  # « ses 20 ans de carrière »
        of_complement = alternation(tables.get("OF_WITH_ARTICLE", []) + tables.get("OF_WORDS", [])) or "(?!)"
        self.of_complement = re.compile(rf"\s+(?:{of_complement})\s*([\w-]+)", re.IGNORECASE)  # « la journée des droits des femmes »
        listing = words_of(lexicon, "AND_WORDS") + "|" + words_of(lexicon, "OR_WORDS")
        self.listed_numbers = re.compile(rf"(?:\s*\d{{1,3}}\s*,)*\s*\d{{1,3}}\s+(?:{listing})$")  # « de 26, 30 et »
        and_words = words_of(lexicon, "AND_WORDS", r"\s")
        years = alternation(tables.get("AGE_UNITS", []))
        self.age_and_more = re.compile(rf"\d{{1,3}}\s+(?:{years})\s+(?:{words_of(lexicon, 'AND_WORDS')})$", re.IGNORECASE)
        self.apposition_after = re.compile(rf"\s*(?:[,)(]|{and_words})")  # « Paul Durand, 26 ans, », « Thomas, 20 ans et … »
        self.range_apposition_after = re.compile(rf"\s*(?:[,)]|{and_words})")  # « les enfants, 3 à 5 ans, … »
        not_after = words_of(lexicon, "AGE_AT_NOT_AFTER")
        self.age_at_not_after = re.compile(rf"(?:{not_after})$")  # « d'ici à dix ans »
        have = tables.get("AGE_HAVE", {})
        openings = "|".join(o.replace(" ", r"\s+").replace("{NUMWORD}", f"(?:{numword})") for o in have.get("openings", []))
        # « qui aurait entre 25 et 35 ans »: the parse rarely sees through the range, the words do
        self.have_before = re.compile(rf"(?<![\w'’])({alternation(have.get('forms', []))})(?:\s+(?:{openings}))?$",
                                      re.IGNORECASE) if have else re.compile("(?!)")
        self.existential = set(tables.get("EXISTENTIAL_PRONOUNS", []))
        gap_after = alternation(tables.get("AGE_GAP_AFTER", [])).replace(" ", r"\s+") or "(?!)"
        self.age_gap_after = re.compile(rf"\s+(?:{gap_after})(?!\w)", re.IGNORECASE)  # « de dix ans son aînée »
        self.age_gap_before = ending_with(tables.get("AGE_GAP_BEFORE", []))  # « son cadet de cinq ans »

    def reading(self, doc: Doc, match: Match) -> Match | None:
        """The match when plausible; when a longer phrase is refused but ends with a year (« les Jeux d'hiver
        2018 »: a kind of games, not a winter), that year alone, as a plain year match would have read it."""
        match = self._event_day(doc_text(doc), match)
        if self.plausible(doc, match):
            return match
        if match.rule == "year" or "year" not in match.groups or not match.spans or "year" not in match.spans:
            return None
        start, end = match.spans["year"]
        year = Match("year", start, end, {"year": match.groups["year"]}, match.order, {"year": (start, end)})
        return year if self.plausible(doc, year) else None

    def _event_day(self, text: str, match: Match) -> Match:
        """« fait suite à la journée du 8 décembre »: without a preposition before it, « la journée » of a date is
        the day of what happened then (a day of protest), and the date alone is the time; « dans la journée du 8 »
        keeps the part of the day."""
        spans = match.spans or {}
        if match.rule != "pod_of_date" or "skip" in match.groups or "day" not in spans or \
                normal(match.groups["pod"]) not in self.lexicon.tables.get("EVENT_DAY", []) or \
                normal(match.groups.get("det", "")) in self.lexicon.tables.get("DEMONSTRATIVE", []):
            return match  # « cette journée du 6 décembre » points at the day itself: one expression
        start = spans.get("wd", spans["day"])[0]
        if not self.plain_date.fullmatch(text, start, match.end):
            return match  # « la journée du 8 au 9 décembre »: a range stays whole
        groups = {k: v for k, v in match.groups.items() if k != "pod"}
        return Match("day_date", start, match.end, groups, match.order, {k: v for k, v in spans.items() if k in groups})

    def plausible(self, doc: Doc, match: Match) -> bool:
        """Reject readings the parse contradicts: '2000 euros' is no year, 'a été' no summer, 'le
        quotidien Libération' no frequency."""
        span = doc.char_span(match.start, match.end, alignment_mode="expand")
        if span is None:
            return True
        if match.rule == "year" and "det" not in match.groups and "edge" not in match.groups:
            token = span[-1]
            if _counts_things(doc, token) and not self._edition_of_a_competition(doc, token):
                return False  # « 2000 manifestants », « à 1900 mètres », « 2014 UZ224 »
            before = doc_text(doc)[max(0, match.start - _LOOKBEHIND):match.start]
            if self.count_before.search(before):
                return False  # « plus de 2000 ont manifesté », « dont 1200 en France »: a count, no year
            if self.numbered_before.search(before):
                return False  # « le numéro 1815 », « l'article 1240 », « le vol 1549 »: a designation
            joined = self.joined_number.match(doc_text(doc), match.end)
            other = doc.char_span(joined.start(1), joined.end(1)) if joined else None
            if other is not None and _counts_things(doc, other[-1]):
                return False  # « entre 1500 et 2000 personnes », « de 1800 à 2100 habitants »: both count
            counted = self.count_joined_before.search(before)
            count = doc.char_span(match.start - len(before) + counted.start(1), match.start - len(before) + counted.end(1)) \
                if counted else None
            if count is not None and _counts_things(doc, count[-1]):
                return False  # « 1950 voix contre 1200 »: the same things counted again
            if _serial_number(doc_text(doc), match.start, match.end):
                return False  # « la loi 2016-1087 »: a number, not a range of years
            if self._counted_again(doc, before, match.start) or self._amount_reached(doc, span) or _thousands_follow(doc, span, self.count_prepositions):
                return False
        if match.rule == "year" and "det" not in match.groups and "edge" not in match.groups and \
                re.search(r"[^\W\d_]-$", doc_text(doc)[max(0, match.start - 2):match.start]):
            return False  # « la rue du 8-Mai-1945 », « Horizon-2020 »: the last part of a hyphenated name
        if match.rule == "day_date" and self._names_a_street(doc_text(doc), match):
            return False
        if match.rule in ("weekday", "part_of_day", "part_of_day_bare", "month", "season", "noon", "deictic") and \
                _proper_name(doc, match) and not self._signalled_season(doc, match):
            return False
        if match.rule == "vague" and normal(match.groups["vague"]) in self.lexicon.tables.get("VAGUE_NOT_BEFORE_DE", []) \
                and (self.of_bare_after.match(doc_text(doc)[match.end:match.end + 4]) or _infinitive_after(doc, span)):
            return False  # « il y a peu de chances », « il y a peu à capter »
        if match.rule == "vague" and normal(match.groups["vague"]) in self.lexicon.tables.get("VAGUE_AFTER_A_NOUN_ONLY", []) and \
                not _after_its_noun(doc, span):
            return False  # « ils sont nombreux à venir »: an infinitive of the clause, not « les mois à venir »
        if match.rule == "vague" and normal(match.groups["vague"]) in self.lexicon.tables.get("VAGUE_ADVERBIAL_ONLY", []) and \
                not self._adverbial(doc, span):
            return False  # « un temps plein », « un temps de 1:11 », « c'est un temps fort »: no while
        if match.rule == "anaphoric" and normal(match.groups["anaphoric"]) in self.lexicon.tables.get("ANAPHORIC_TOLD", []) \
                and (not self._told(span.sent) or self.of_word.match(doc_text(doc)[match.end:match.end + 5])):
            return False  # « C'est à ce moment que la Lune reçoit les ions »: a generic present points at no moment;
            # « à ce moment de la douleur » is a moment of something
        if match.rule in _HOLIDAY_RULES and (_followed_by_a_name(doc, span) or re.search(r"[^\W\d_]-$", doc_text(doc)[:match.start])):
            return False  # « Noël Le Graët » is a person, « le père-Noël », « Jean-Noël » the second half of a compound
        if match.rule in _HOLIDAY_RULES and normal(match.groups["holiday"]) in self.lexicon.tables.get("HOLIDAYS_WITH_A_CAPITAL", []) \
                and not re.split(r"[\s'’]", doc_text(doc)[slice(*(match.spans or {}).get("holiday", (match.start, match.end)))])[-1][:1].isupper():
            return False  # « au cours de l'ascension » (of a col) is a climb, « l'Ascension » the holiday
        if match.rule in _HOLIDAY_RULES and self.holiday_thing.search(doc_text(doc)[max(0, match.start - _LOOKBEHIND):match.start]):
            return False  # « le marché de Noël », « le Père Noël »: a kind of thing
        if match.rule == "part_of_day" and "ci" not in match.groups and self._names_an_occasion(doc_text(doc)[match.end:match.end + 40]):
            return False
        if match.rule == "vague" and normal(match.groups["vague"]) in self.state_adjectives and span.start > 0 and \
                self._holds_a_role(doc[span.start - 1]):
            return False  # « le président actuel », « les propriétaires actuels »: who holds the role, not a time
        if match.rule == "vague" and len(span) == 1 and self._gerund(span[0]):
            return False  # « en maintenant la pression » is a gerund
        if match.rule == "set_adjective" and (span.root.pos_ not in ("ADJ", "ADV") or self._names_a_kind(doc, span)):
            return False
        if match.rule == "season" and _followed_by_a_name(doc, span):
            return False  # « Automne Pavia » is a person
        if match.rule == "season" and not any(k in match.groups for k in ("det", "skip", "edge")):
            if span[-1].pos_ != "NOUN":  # « a été » is a verb
                return False
            if self.of_bare_before.search(doc_text(doc)[:match.start]):
                return False  # « les Jeux d'hiver »: a kind, not a time
        if match.rule == "month" and set(match.groups) == {"month"} and _opens_the_headline_as_topic(doc_text(doc), match):
            return False  # « Mars : Curiosity reprend les forages »: a title's topic, the planet
        if match.rule == "month" and set(match.groups) == {"month"} and \
                normal(match.groups["month"]).rstrip(".") in self.lexicon.tables.get("DAY_WORD", []):
            return False  # « sept jours sur sept. »: the number word before a full stop, not « sept. » for September
        if match.rule == "calendar_bare" and not self._over_or_part_of_a_unit(doc, match):
            return False
        if match.rule in ("duration", "duration_approx", "duration_big") and self._is_age(doc, match, span):
            return False
        if match.rule == "duration" and self._names_a_law_or_event(doc, match):
            return False
        if match.rule.startswith("duration") and span[-1].pos_ == "ADJ" and not span[-1].nbor(-1).text.isdigit() and \
                span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN", "ADJ"):
            return False  # « une seconde fois » (the adjective before its noun), but « 20 seconde », « à une seconde du
            # vainqueur », « pour une seconde. » are times taken
        if self.lexicon.lookup("VAGUE_QUANTITY", match.groups.get("num")) and "shift" not in match.groups and \
                _modified(span.root):
            return False  # « des heures scolaires »: a kind of hours, not a duration
        return True

    def _counted_again(self, doc: Doc, before: str, at: int) -> bool:
        """« 1500 manifestants, 1800 selon la police »: after a count of hundreds or more and a comma, a number is
        the same things counted again."""
        listed = self.count_listed_before.search(before)
        if listed is None:
            return False
        start = at - len(before) + listed.start(1)
        count = doc.char_span(start, start + len(listed.group(1)), alignment_mode="expand")
        return count is not None and _counts_things(doc, count[-1])

    def _amount_reached(self, doc: Doc, span) -> bool:
        """« le bilan a atteint 1800 », « le coût s'élève à 1500 »: the number right after a verb of amounts (or
        after its « à ») is the amount, no year; so is the number of people a plural « être » gives after a
        pronoun or before « à » (« ils étaient 2000 à manifester », « nous sommes 1500 »)."""
        if span.start == 0:
            return False
        previous = doc[span.start - 1]
        if previous.lemma_.lower() in self.count_copulas and "Number=Plur" in previous.morph:
            following = doc[span.end] if span.end < len(doc) else None
            return (span.start > 1 and doc[span.start - 2].pos_ == "PRON") or \
                (following is not None and following.lower_ in self.count_links)
        if previous.pos_ == "ADP" and span.start > 1 and previous.lower_ in self.count_links:
            return doc[span.start - 2].pos_ in ("VERB", "AUX") and doc[span.start - 2].lemma_.lower() in self.count_verbs_with_a
        return previous.pos_ in ("VERB", "AUX") and previous.lemma_.lower() in self.count_verbs

    def _names_a_street(self, text: str, match: Match) -> bool:
        """« la place du 14-Juillet », « la rue du 8-Mai-1945 »: a date written with a hyphen and a capital month
        after the noun of a street or a building (STREET_NOUNS) is the name of that place."""
        spans = match.spans or {}
        if "day" not in spans or "month" not in spans or set(match.groups) & {"det", "wd"}:
            return False
        day_end, month_start = spans["day"][1], spans["month"][0]
        return text[day_end:month_start] == "-" and text[month_start:month_start + 1].isupper() and \
            bool(self.street_before.search(text[max(0, match.start - _LOOKBEHIND):match.start]))

    def _adverbial(self, doc: Doc, span) -> bool:
        """Whether the phrase stands as an adverbial of the clause: before punctuation, a preposition or an adverb
        (« depuis un temps : », « réinstauré un temps après »), or before the participle of an auxiliary written
        just before it (« fut un temps engagé »); not the subject or the predicate of its clause."""
        if span.root.dep_ in ("ROOT", "nsubj", "nsubj:pass"):
            return False
        following = doc[span.end] if span.end < len(doc) else None
        if following is None or following.is_punct:
            return True
        if following.lower_ in self.lexicon.tables.get("VAGUE_ADVERBIAL_NOT_BEFORE", []):
            return False
        after = doc[following.i + 1] if following.i + 1 < len(doc) else None
        if following.pos_ == "ADV" and after is not None and after.pos_ == "ADJ":
            return False  # « en un temps très court »: an adverb of the adjective that qualifies the noun
        if following.pos_ in ("ADP", "ADV", "SCONJ", "CCONJ"):
            return True
        auxiliaries = self.lexicon.tables.get("AUXILIARY_LEMMAS", [])
        return following.pos_ == "VERB" and any(t.pos_ == "AUX" or t.lemma_ in auxiliaries
                                                for t in doc[max(0, span.start - 2):span.start])

    def _edition_of_a_competition(self, doc: Doc, token) -> bool:
        """« l'Open d'Andorra 2018 seniors »: after a name and before the category that competed (COMPETITION_CATEGORIES),
        the number is the year of the edition (a year in a name), not a count of seniors."""
        following = token.nbor(1) if token.i + 1 < len(doc) else None
        previous = token.nbor(-1) if token.i > 0 else None
        return following is not None and previous is not None and following.lower_ in self.categories and \
            previous.text[:1].isupper() and not previous.is_sent_start and previous.pos_ != "DET"

    def _told(self, sentence) -> bool:
        """Whether a verb of the sentence points to the past or the future (« étaient », « est parti », « expulsera »;
        not « sont rejetés », a passive present)."""
        return any(verb_direction(t, self.lexicon)[0] for t in sentence if t.pos_ in ("VERB", "AUX"))

    def _over_or_part_of_a_unit(self, doc: Doc, match: Match) -> bool:
        """« sur l'année », and « de l'année » after a unit (« les six premiers mois de l'année »), name the
        current year; after any other noun (« un moment de l'année », « l'homme de l'année ») it is left alone."""
        if normal(match.groups["skip"]) in self.lexicon.tables.get("BARE_CALENDAR_OVER", []):
            return True
        words = re.findall(r"[\w'-]+", doc_text(doc)[max(0, match.start - _LOOKBEHIND):match.spans["skip"][0]])
        return bool(words) and self.lexicon.lookup("UNIT", words[-1]) is not None

    def _gerund(self, token) -> bool:
        """A verb form, or a present participle after the gerund's preposition (« en maintenant la pression »)."""
        if token.pos_ == "VERB":
            return True
        gerund = self.lexicon.tables.get("GERUND", {})
        if token.i > 0 and token.nbor(-1).lower_ in gerund.get("reflexive", []) and \
                token.lower_.endswith(tuple(gerund.get("endings", []))):
            return True  # « le temps se maintenant »: a participle after its reflexive pronoun
        following = next((t for t in token.doc[token.i + 1:token.i + 3] if not t.is_quote), None)
        return token.i > 0 and token.nbor(-1).lower_ in gerund.get("before", []) and \
            token.lower_.endswith(tuple(gerund.get("endings", []))) and following is not None and \
            following.pos_ in ("DET", "NOUN", "PRON")  # « en maintenant la pression », « en maintenant « le cap » »

    def _age_range(self, before: str) -> bool:
        """« l'âge légal passe de 62 à 64 ans » is a range of ages, « dureront de 18 à 24 mois » of durations."""
        words = set(re.findall(r"\w+", before.lower()))
        return bool(words & set(self.lexicon.tables.get("AGE_RANGE_WORDS", [])))

    def _signalled_season(self, doc: Doc, match: Match) -> bool:
        """« Cet Été », « au Printemps, »: a capitalised season after a demonstrative or a preposition is still
        a season, unless a qualifier makes it a name (« le Printemps arabe », « au Printemps de Bourges »); so is
        one the grammar read with its relative word (« l'Été dernier », « l'Hiver prochain »), which no name takes."""
        if "season" in match.groups and "rel" in match.groups:
            return True
        if "season" not in match.groups or not ("skip" in match.groups or
                                                 normal(match.groups.get("det", "")) in self.lexicon.tables["DEMONSTRATIVE"]):
            return False
        span = doc.char_span(match.start, match.end, alignment_mode="expand")
        following = doc[span.end] if span is not None and span.end < len(doc) else None
        return following is None or not (following.pos_ in ("ADJ", "PROPN") or following.lower_ in self.lexicon.tables.get("NAME_COMPLEMENT", []))

    def _names_a_law_or_event(self, doc: Doc, match: Match) -> bool:
        """« les 35 heures » (a law), « les 24 Heures du Mans » (a race): a name, not a duration."""
        text = doc_text(doc)
        unit_start = (match.spans or {}).get("unit", (match.end,))[0]
        if text[unit_start:unit_start + 1].isupper():
            return True
        named = self.lexicon.table("NAMED_DURATIONS")
        start = (match.spans or {}).get("det", (None, match.start))[1]  # « les » read as the name's article
        start += len(text[start:]) - len(text[start:].lstrip())
        before = text[max(0, start - _LOOKBEHIND):start]
        number = self.lexicon.number(match.groups.get("num", ""))
        if "mod" not in match.groups and number is not None and number > 1 and self.singular_before.search(before):
            return True  # « le 20 heures de TF1 »: a singular article before a count of several names a thing
        return normal(text[start:match.end]) in named and bool(self.name_before.search(before))

    def _names_an_occasion(self, after: str) -> bool:
        """« la journée des droits des femmes » is an occasion; « la nuit de samedi », « la soirée du 3 » are times."""
        found = self.of_complement.match(after)
        if not found:
            return False
        word = found.group(1).lower()
        timely = ("WEEKDAY", "MONTH", "DEICTIC_DAY")
        return not (word.isdigit() or word in self.lexicon.tables.get("TIMELY_AFTER_OF", []) or any(self.lexicon.lookup(t, word) for t in timely))

    def _age_by_words(self, text: str, before: str, end: int) -> bool:
        """« il avait 22 ans », « qui aurait entre 25 et 35 ans » (a form of « avoir » before the count, not after
        an existential pronoun: « il y a 20 ans »), « de dix ans son aînée », « son cadet de cinq ans »: an age or a
        gap between two ages, said by the words around the count whatever the parse made of them."""
        if self.age_gap_after.match(text, end) or self.age_gap_before.search(before):
            return True
        have = self.have_before.search(before)
        if have is None or self.of_after_count.match(text, end):
            return False  # « il a 20 ans de carrière »
        previous = re.split(r"[\s'’]+", before[:have.start()].strip())[-1].lower()  # « il n'y a »: y
        return previous not in self.existential

    def _rest_of_an_age(self, text: str, number_at: int) -> bool:
        """« à l'âge de 69 ans et deux jours », « âgé de 3 ans et 2 mois »: what an age adds after its years is
        the age too."""
        before = text[max(0, number_at - _LOOKBEHIND):number_at].rstrip()
        years = self.age_and_more.search(before)
        return years is not None and bool(self.age_before.search(before[:years.start()].rstrip() + " "))

    def _is_age(self, doc: Doc, match: Match, span) -> bool:
        """« un chauffeur de bus de 38 ans », « Paul Durand, 26 ans, », « les 6-16 ans », « âgé de 54 ans »."""
        tables = self.lexicon.tables
        spans = match.spans or {}
        number_at = spans.get("num", spans.get("approx", (match.start,)))[0]
        if self._rest_of_an_age(doc_text(doc), number_at):
            return True
        if normal(match.groups["unit"]) not in tables.get("AGE_UNITS", []):
            return False
        before = doc_text(doc)[max(0, number_at - _LOOKBEHIND):number_at].rstrip()
        after = doc_text(doc)[match.end:match.end + 4]
        # the last of an enumeration of ages: « âgés respectivement de 26, 30 et 48 ans »
        listed = self.listed_numbers.sub("", before).rstrip()
        if self.age_before.search(before + " ") or self.age_before.search(listed + " ") or \
                re.search(r"\d\s*[-–]$", before):
            return True
        if "big" in match.groups:
            return False  # « il y a 1,8 à 3 milliards d'années »: no one's age but after an age word (« âgée de »)
        clause = re.split(r"[,.;:!?()]", before)[-1]
        if set(re.findall(r"\w+", clause.lower())) & set(tables.get("AGE_WORDS", [])):
            return True  # « l'âge de la pension de 56 ans »
        if self._age_by_words(doc_text(doc), before, match.end):
            return True
        if (before.endswith(",") and self.apposition_after.match(after)) or \
                (before.endswith("(") and after.startswith(")")):
            return True  # an apposition to a name: « Paul Durand, 26 ans, », « Thomas, 20 ans et … », « (19 ans) »
        if before.endswith("(") and after.startswith(",") and span.start >= 2 and doc[span.start - 2].ent_type_ == "PER":
            return True  # the first of what brackets say of a name: « Buzz Aldrin (88 ans, Apollo 11) »
        if before.endswith(",") and re.match(r"[^\S\n]*(?:[.;]|\n|$)", after) and span.start >= 2 and \
                doc[span.start - 2].pos_ == "PROPN":
            return True  # the apposition closes the sentence or the headline: « …, et Paul Durand, 87 ans. »
        words = before.lower().split()
        birthday = normal(match.groups["unit"]) in tables.get("BIRTHDAY_UNITS", [])
        if words[-1:] and words[-1] in tables.get("AGE_POSSESSIVES", []) and birthday \
                and match.groups.get("num", "").isdigit() and not self.of_after_count.match(after):
            return True  # « avant ses 103 ans », but not « ses 20 ans de carrière », « ses deux ans à la tête du club »
        if words[-1:] and words[-1] in tables.get("AGE_ANNIVERSARY_ARTICLES", []) and birthday \
                and self._person_after(doc, span):
            return True  # « pour les 41 ans du président », but not « les 50 ans de la foire » (a duration)
        # « A 28 ans, elle … »: the preposition written as a capital without its accent
        last = self.lexicon.accented(before.split()[-1]).lower() if words else ""
        at_age = words[-1:] and last in tables.get("AGE_AT", []) and not self.age_at_not_after.search(" ".join(words[-2:-1]))
        range_to = self.range_to_age
        # « à » after a number joins a range (« de 18 à 24 mois », « pendant deux à trois ans »), not an age's « à »
        ranged = range_to["tail"].search(before) if at_age and range_to else None
        if ranged:  # « l'âge légal passe de 62 à 64 ans », « des jeunes de 18 à 25 ans », not « de 18 à 24 mois »
            opening = before[:ranged.start()].rstrip()
            if opening.endswith((",", "(")) and self.range_apposition_after.match(after):
                return True  # a range of ages in apposition: « les enfants, 3 à 5 ans, … », « (18 à 25 ans) »
            if opening.lower().split()[-1:] and opening.lower().split()[-1] in tables.get("AGE_GROUP_ARTICLES", []):
                return True  # an age group: « chez les 15 à 24 ans », « tous les deux à 97 ans »
            return self._age_range(doc_text(doc)[max(0, number_at - 2 * _LOOKBEHIND):number_at]) or \
                (span.start >= 2 and self._person_before(doc, span.start - 2, before[:ranged.start()]))
        if at_age and not self.of_after_count.match(doc_text(doc)[match.end:match.end + 4]):
            return True  # « championne à 28 ans », but not « d'ici à dix ans », « à 10 ans de prison », « à quelques mois du vote »
        verb = span.root.head
        impersonal = any(c.dep_ == "expl:comp" or c.lower_ in self.existential for c in verb.children)  # « il y a 5 ans »
        if span.root.dep_ in ("obj", "obl:arg") and verb.lemma_ in tables.get("AGE_VERBS", []) and not impersonal \
                and not self.of_after_count.match(doc_text(doc), match.end):
            # « il a 38 ans », « ayant entre 20 et 30 ans », but not « la réunion a lieu un an après » nor what the
            # years are of (« nous avons 50 ans de retard »)
            return not any(c.dep_ == "obj" and c.i != span.root.i for c in verb.children)
        if "mod" in spans:  # « un homme d'[environ 30 ans] »: the person is before the modifier
            before = doc_text(doc)[max(0, spans["mod"][0] - _LOOKBEHIND):spans["mod"][0]].rstrip()
        if self._person_before(doc, span.start, before):
            return True
        # the last of an enumeration after a person: « deux personnes (de 14 et 18 ans) »
        enumeration = doc.char_span(max(0, number_at - _LOOKBEHIND) + len(listed), number_at, alignment_mode="expand") \
            if "mod" not in spans and listed != before else None
        first = next((t.i for t in enumeration if t.like_num), None) if enumeration is not None else None
        return first is not None and self._person_before(doc, first, listed)

    def _names_a_kind(self, doc: Doc, span) -> bool:
        """« les principaux quotidiens », « un mensuel » (the word used as a noun: a newspaper, after its determiner
        or a qualifier with none before), « la presse quotidienne » (a kind of press, `SET_ADJECTIVE_KIND_NOUNS`):
        no frequency of anything."""
        words = [t for t in doc[max(0, span.start - 3):span.start] if not t.is_punct and not t.is_space]
        if not words or span[0].lower_.endswith(tuple(self.lexicon.tables.get("ADVERB_ENDINGS", ()))):
            return False
        previous = words[-1]
        if previous.lower_ in self.lexicon.tables.get("SET_ADJECTIVE_KIND_NOUNS", []):
            return True
        if previous.pos_ == "DET":
            return True
        return previous.pos_ == "ADJ" and len(words) > 1 and words[-2].pos_ == "DET"

    def _holds_a_role(self, token) -> bool:
        """A title or a noun of a person (« président », « propriétaires », « directrice »)."""
        if not _nominal(token) and token.pos_ != "PROPN":
            return False
        words = {token.lower_, token.lemma_.lower(), self.lexicon.singular(token.lower_)}
        tables = self.lexicon.tables
        return bool(words & self.role_holders) or token.ent_type_ == "PER" or \
            _ends_with(token.lower_, tuple(tables.get("AGE_HOLDER_SUFFIXES", ())), self.lexicon)

    def _person_after(self, doc: Doc, span) -> bool:
        """Whether « de » and a person follow the count: « les 41 ans du président », « des 80 ans de Marie Durand »."""
        following = [t for t in doc[span.end:span.end + 4] if not t.is_quote]
        if not following or following[0].lower_ not in self.lexicon.tables.get("OF_WORDS", []) or "\n" in span[-1].whitespace_:
            return False
        noun = next((t for t in following[1:] if t.pos_ != "DET"), None)
        return noun is not None and (noun.ent_type_ == "PER" or self._holds_a_role(noun) or self._demonym(noun))

    def _demonym(self, token) -> bool:
        """« britannique », « américaines »: the demonym of a country, singular or plural."""
        word = token.lower_
        return word in self.demonyms or (self.lexicon.plural_ending(word) and word[:-1] in self.demonyms)

    def _person_before(self, doc: Doc, start: int, before: str) -> bool:
        """Whether « de » before the number at token `start` follows a person: « un manifestant de 17 ans »."""
        tables = self.lexicon.tables
        if not self.of_bare_person.search(before) or start < 2:
            return False
        noun = doc[start - 2] if doc[start - 1].lower_ in tables.get("OF_BARE", []) else doc[start - 1]
        if noun.is_bracket and noun.i > 0:  # « deux personnes (de 14 et 18 ans) »
            noun = doc[noun.i - 1]
        if {noun.lower_, noun.lemma_.lower(), self.lexicon.singular(noun.lower_)} & set(tables.get("AGE_HOLDERS", [])):
            return True  # whatever the tagger calls it: « un jeune de 19 ans », « un rhinocéros mâle de quatre ans »
        if noun.pos_ == "ADJ" and self._demonym(noun) and noun.i > 0 and doc[noun.i - 1].pos_ == "DET":
            return True  # « les américaines de 20 ans »: the demonym after its article is a noun, a person
        if noun.pos_ == "ADJ" and noun.head.i < noun.i:  # « un gilet jaune de 61 ans »
            noun = noun.head
        if noun.pos_ not in ("NOUN", "PROPN") and not _nominal(noun):
            return False
        holders = [noun, noun.head] if noun.dep_ == "nmod" and noun.head.i < noun.i else [noun]
        suffixes = tuple(tables.get("AGE_HOLDER_SUFFIXES", ()))
        return any(h.lemma_.lower() in tables.get("AGE_HOLDERS", []) or h.ent_type_ == "PER" or
                   self._demonym(h) or
                   (h.pos_ in ("NOUN", "PROPN") and h.text[:1].isupper()) or
                   (_nominal(h) and _ends_with(h.lower_, suffixes, self.lexicon)) for h in holders)


def _infinitive_after(doc: Doc, span) -> bool:
    """A preposition and an infinitive right after the phrase (« il y a peu à capter »): a quantity of things to do."""
    following = doc[span.end:span.end + 2]
    return len(following) == 2 and following[0].pos_ == "ADP" and following[1].pos_ in ("VERB", "AUX") and \
        "VerbForm=Inf" in following[1].morph


def _ends_with(word: str, suffixes: tuple[str, ...], lexicon: TimeLexicon) -> bool:
    """Whether the word, or the word without its plural ending, ends with a suffix: « manifestants », « patineurs »
    end like « manifestant », « patineur »."""
    return word.endswith(suffixes) or (lexicon.plural_ending(word) and word[:-1].endswith(suffixes))


def _opens_the_headline_as_topic(text: str, match: Match) -> bool:
    """A lone word opening the headline before a colon names its topic (« Mars : … », the planet), not a time;
    further down, « Mars : … » may be a line of a timeline."""
    return not text[:match.start].strip() and bool(re.match(r"\s*:", text[match.end:match.end + 3]))


def _counts_things(doc: Doc, token) -> bool:
    """A number that counts the noun after it (« 2000 manifestants », « 1500 euros », « 1900 mètres ») or
    begins a designation (« 2014 UZ224 »), as no year does."""
    between = doc[token.i + 1:token.head.i]
    misattached = any(t.pos_ in ("ADP", "NUM", "DET") for t in between) or any(c.dep_ == "case" for c in token.children)
    if token.dep_ == "nummod" and token.head.i > token.i and not misattached:
        return True  # « 2000 manifestants », not « pour 2020 un taux », « avant 1970 seuls 9 pays »
    following = token.nbor(1) if token.i + 1 < len(doc) else None
    if following is not None and following.text in ("%", "€", "$"):
        return True
    return following is not None and not following.is_space and _counts_or_codes(following)


def _counts_or_codes(following) -> bool:
    """A plural noun right after the number counts things (« 1900 mètres »: no year is followed by one);
    a word of capitals and digits makes it a designation (« 2014 UZ224 »)."""
    if following.pos_ == "NOUN" and "Number=Plur" in following.morph and following.is_lower:
        return True
    return bool(re.fullmatch(r"(?=\w*\d)(?=\w*[A-Z])[A-Z0-9]{2,}", following.text))


def _serial_number(text: str, start: int, end: int) -> bool:
    """Two numbers joined by a hyphen are a range of years only when the second is later (« 2018-2019 »,
    « 2016-17 »); otherwise they make one reference number (« 2016-1087 »)."""
    after = re.match(r"-(\d+)", text[end:end + 8])
    before = re.search(r"(\d+)-$", text[max(0, start - 8):start])
    if after:
        first, second = text[start:end], after.group(1)
    elif before:
        first, second = before.group(1), text[start:end]
    else:
        return False
    if len(second) == 2 and len(first) == 4:
        second = first[:2] + second
    return len(second) != 4 or int(second) <= int(first)


def _after_its_noun(doc: Doc, span) -> bool:
    """Whether the phrase follows a noun, or an adjective right after its noun (« les échéances électorales »)."""
    previous = doc[span.start - 1] if span.start > 0 else None
    if previous is None or "\n" in previous.whitespace_:
        return False
    if previous.pos_ == "ADJ" and previous.i > 0:
        previous = doc[previous.i - 1]
    return previous.pos_ == "NOUN"


def _thousands_follow(doc: Doc, span, kept: frozenset[str]) -> bool:
    """« 1500 000 visiteurs »: a group of three digits right after, not after a preposition other than those of
    `kept` (« en 2016 300 personnes »), makes the number the first digits of a larger one."""
    following = doc[span.end] if span.end < len(doc) else None
    previous = doc[span.start - 1] if span.start > 0 else None
    return following is not None and following.text.isdigit() and len(following.text) == 3 and \
        "\n" not in span[-1].whitespace_ and not (previous is not None and previous.pos_ == "ADP" and previous.lower_ not in kept)


def _proper_name(doc: Doc, match: Match) -> bool:
    """French writes weekdays, months, seasons, parts of the day and « aujourd'hui » in lower case: capitalised
    inside a sentence they belong to a name (« le Journal du Dimanche », « Troyes, dans l'Aube »)."""
    key = next((k for k in ("wd", "pod", "month", "season", "noon", "deictic") if k in match.groups), None)
    if key is None or "day" in match.groups or "year" in match.groups:
        return False
    start = (match.spans or {}).get(key, (match.start,))[0]
    if not doc_text(doc)[start:start + 1].isupper():
        return False
    token = doc.char_span(start, start + 1, alignment_mode="expand")
    previous = doc_text(doc)[:start].rstrip()[-1:]
    if re.search(r"\w-$", doc_text(doc)[:start]):
        return token is not None  # « Bruxelles-Midi »: the second half of a hyphenated name
    return token is not None and not token[0].is_sent_start and previous not in ("", ".", "!", "?", "\n", ":", "«", '"', "(", "—", "-")


def _followed_by_a_name(doc: Doc, span) -> bool:
    """A capitalised word right after it, on the same line: a first name (« Noël Le Graët »)."""
    following = doc[span.end] if span.end < len(doc) else None
    return following is not None and following.is_alpha and following.text[:1].isupper() and \
        "\n" not in span[-1].whitespace_


def _nominal(token) -> bool:
    """A noun (or a lower-case word the tagger took for a proper noun: « la chanteuse de 22 ans »), or a present
    participle the tagger took for a verb where it names a person (« un manifestant »)."""
    if token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.is_lower):
        return True
    return token.pos_ == "VERB" and "VerbForm=Part" in token.morph and "Tense=Pres" in token.morph and \
        token.i > 0 and token.doc[token.i - 1].pos_ in ("DET", "ADJ")


def _modified(token) -> bool:
    return any(c.dep_ == "amod" and c.i > token.i for c in token.children)
