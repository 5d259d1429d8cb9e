"""`Lexicon.may_misread`, the memoised test `misread_cue` starts with: it must answer as the unmemoised
`_may_misread` does, keep no more forms than its bound, and never turn away a form whose base is a cue."""

from __future__ import annotations

import dataclasses

from propos.extraction.quotes.lexicon import _MISREAD_MEMO, lexicon

FORMS = ("estime", "riposte", "tempère", "appelle", "dément", "s'enthousiasme", "maison", "table", "rapidement",
         "gouvernement", "juge", "réforme")


def test_memo_answers_as_the_test_itself():
    lex = lexicon("fr")
    for form in FORMS:
        assert lex.may_misread(form) == lex._may_misread(form)
        assert lex.may_misread(form) == lex._may_misread(form)  # the second answer comes from the memo


def test_a_form_without_a_cue_base_finds_no_entry():
    lex = lexicon("fr")
    assert lex.may_misread("estime") and lex.misread_entry("estime") is not None
    assert not lex.may_misread("maison")
    for form in FORMS:
        if not lex.may_misread(form):
            assert lex.misread_entry(form) is None


def test_memo_is_bounded_and_per_lexicon():
    lex = lexicon("fr")
    assert lex.may_misread.cache_info().maxsize == _MISREAD_MEMO
    other = dataclasses.replace(lex)
    assert other.may_misread is not lex.may_misread
    other.may_misread("estime")
    assert other.may_misread.cache_info().currsize == 1
