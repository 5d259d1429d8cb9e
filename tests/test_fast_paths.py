"""The speed-ups give exactly what the plain code gives: the indexed lemma lists, the time grammar's gate and
trie alternations, whole-word search without one regex per name."""

from __future__ import annotations

import random
import re

import pytest
import spacy

from conftest import EXAMPLES
from propos.extraction.actors.knowledge import fold
from propos.extraction.actors.mentions import whole_word_spans
from propos.extraction.time.first_chars import first_char_class
from propos.extraction.time.grammar import find_matches, load_rules
from propos.extraction.time.lexicon import alternation
from propos.input.readers import read_sources
from propos.language.lemma_index import (
    LemmasOncePerWord,
    MembershipList,
    index_lemma_tables,
    lemmatize_once_per_word,
)
from propos.language.pipeline import build

_PARAGRAPH = ("Les ministres européens ont rejeté mercredi les propositions que la Commission avait présentées, "
              "estimant qu'elles affaibliraient les agriculteurs. « Nous reconnaissons les efforts », a déclaré "
              "la porte-parole, qui promettait des négociations plus rapides dans les prochaines semaines.")


def test_lemmas_are_those_of_the_plain_model(nlp):
    plain = spacy.load("fr_core_news_md")
    assert [t.lemma_ for t in nlp(_PARAGRAPH)] == [t.lemma_ for t in plain(_PARAGRAPH)]
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(words, MembershipList) for words in table.values())
    assert index_lemma_tables(nlp) == 0  # already done: nothing swapped twice


def test_lemmas_asked_once_per_word_are_those_of_spacys_own_step(nlp):
    assert isinstance(nlp.get_pipe("propos_lemmatizer"), LemmasOncePerWord)
    assert "lemmatizer" not in nlp.pipe_names and "lemmatizer" in nlp.component_names  # kept, disabled
    plain = build("fr", components=())  # propos' tokenizer and structure marks, spaCy's own lemmatizer step
    plain.remove_pipe("propos_lemmatizer")
    plain.enable_pipe("lemmatizer")
    texts = [_PARAGRAPH, "Il a dit : \n « Je viendrai. »  \n\n\tIl viendra, il vient, ils viennent.", "", "   ",
             *(path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*.txt")))]
    with nlp.select_pipes(enable=[name for name in plain.pipe_names if name != "lemmatizer"] + ["propos_lemmatizer"]):
        ours = [[(t.text, t.lemma_) for t in doc] for doc in nlp.pipe(texts)]
    assert ours == [[(t.text, t.lemma_) for t in doc] for doc in plain.pipe(texts)]


def test_only_a_rule_or_lookup_lemmatizer_is_replaced():
    blank = spacy.blank("fr")
    assert not lemmatize_once_per_word(blank)
    plain = spacy.load("fr_core_news_md", exclude=["tok2vec", "morphologizer", "parser", "senter", "ner"])
    assert lemmatize_once_per_word(plain) and plain.pipe_names[-1] == "propos_lemmatizer"
    assert not lemmatize_once_per_word(plain)  # the lemmatizer is disabled now: nothing replaced twice


def test_indexed_lists_behave_as_lists_and_still_serialise():
    words = MembershipList(["chat", "chien"])
    assert "chat" in words and "loup" not in words and [] not in words
    assert words == ["chat", "chien"] and words[1] == "chien"
    plain = spacy.load("fr_core_news_md", exclude=["tok2vec", "morphologizer", "parser", "senter", "ner"])
    index_lemma_tables(plain)
    assert plain.get_pipe("lemmatizer").to_bytes()  # msgpack takes the list subclass


def _reference_spans(folded: str, phrase: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"(?<![\w-])" + re.escape(fold(phrase)) + r"(?![\w-])", folded)]


def test_whole_word_spans_find_what_the_bounded_regex_finds():
    rng = random.Random(7)
    for _ in range(5000):
        text = fold("".join(rng.choice("ab -_1'é\n") for _ in range(rng.randint(0, 30))))
        phrase = "".join(rng.choice("ab é-") for _ in range(rng.randint(1, 4)))
        assert list(whole_word_spans(text, phrase)) == _reference_spans(text, phrase), (text, phrase)


def test_trie_alternation_prefers_the_longer_phrase():
    pattern = re.compile(f"(?:{alternation(['mi', 'midi', 'après-midi', 'après'])})")
    assert [m.group(0) for m in pattern.finditer("midi, après-midi, après, mi-temps")] == [
        "midi", "après-midi", "après", "mi"]


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"(?:(?P<a>le|ce) )?\d+h", r"[cl\d]"), (r"(?<!\w)abc", "[a]"), (r"[a-c]x|D", "[Dabc]"),
    (r"[^x]", None), (r"a?", None), (r"(?:é|\s)", None),
])
def test_first_characters_of_a_pattern(pattern, expected):
    assert first_char_class(pattern, re.IGNORECASE) == expected


def _full_scan(text: str):
    """The matches of every rule found by scanning the whole text with each rule, as before the gate."""
    found = []
    for rule in load_rules("fr"):
        for m in rule.pattern.finditer(text):
            found.append((rule.name, m.span(), {k: v for k, v in m.groupdict().items() if v is not None}))
    return found


def _gated(text: str):
    """The matches the gate lets the rules find, in `_full_scan`'s order (rule, then position)."""
    from propos.extraction.time import grammar

    pairs = grammar._rule_matches(text, grammar._gate_starts(text, "fr"), "fr")
    return [(r.name, m.span(), {k: v for k, v in m.groupdict().items() if v is not None})
            for r, m in sorted(pairs, key=lambda pair: (pair[0].order, pair[1].start()))]


def test_the_gate_loses_no_match():
    texts = [a.text for a in read_sources(sorted(EXAMPLES.glob("*.txt")))]
    texts.append("Le 1er mai 2024, dans les prochains jours, il y a 80 ans, depuis mercredi soir vers 15 h 30, "
                 "au début des années 1990, au XXe siècle, le week-end dernier, LUNDI 3 JUIN.")
    for text in texts:
        assert _gated(text) == _full_scan(text)
        assert find_matches(text)  # every text here holds dates


@pytest.mark.parametrize("text", [
    "LUNDI 3 JUIN À 20 H 30 HEURE DE PARIS", "vers 9 h 30 heure de Montréal", "au XXe siècle",
    # lowering would move « İ » (two characters) and not turn « ſ », « ı » into « s », « i »: they are read as
    # « i », « s » first (grammar._lowered_for_the_gate), as the gate without case reads them
    "İstanbul, le 3 juin à 20 h", "le 3 juin, ſamedi 8 juin", "ıl y a deux ans, le 3 juin",
    "le samedı 12 avrİl 2020, İL Y A deux ans",
])
def test_the_lowercase_gate_passes_wherever_the_gate_does(text):
    from propos.extraction.time import grammar

    written = [m.start() for m in grammar._gate("fr").finditer(text)]
    assert written and set(written) <= set(grammar._gate_starts(text, "fr"))
    assert _gated(text) == _full_scan(text)


def test_the_case_blind_gate_is_not_compiled_for_a_text_with_a_dotted_capital_i():
    from propos.extraction.time import grammar

    # compiling it costs seconds once per process: « İstanbul » reads as « istanbul » for the lower-case gate
    assert grammar._lowered_for_the_gate("İstanbul, le ſamedi 3 juin") == "istanbul, le samedi 3 juin"


def test_a_batch_workers_pipeline_is_out_of_the_collectors_reach(nlp):
    import gc

    from propos.scale.batch import warm_worker

    # the worker's model objects, frozen once loaded: a full collection during the analysis does not walk them
    warm_worker("fr", False, False)
    assert gc.get_freeze_count() > 100_000
