import re

from propos.language.layout import (
    line_break_between,
    line_end,
    line_start,
    paragraph_break_between,
    paragraph_breaks,
    paragraph_end,
    paragraph_start,
    paragraph_starts,
)
from propos.language.quotemarks import pair_quotes, quote_depths
from propos.language.textprep import normalize, span_of


def test_normalize_keeps_length_and_maps_typography():
    text = "L\u2019Élysée a dit\u00a0: \u201cnon\u201d\u202f!\r\n"
    out = normalize(text)
    assert len(out) == len(text)
    assert out == "L'Élysée a dit : \"non\" ! \n"


def test_span_of_reads_the_original_text(nlp):
    text = "Aujourd\u2019hui, l\u2019armée arrive."
    doc = nlp(text)
    token = doc[0]
    span = span_of(doc, token.idx, token.idx + len(token.text))
    assert doc.text != text
    assert span.text == text[span.start : span.end]
    assert "\u2019" in doc.user_data["propos_original_text"]


def test_pairs_nested_and_french_marks():
    text = "Il a dit : « Je cite “ceci” et cela »."
    pairs, stray = pair_quotes(text)
    assert stray == []
    outer, inner = pairs
    assert text[outer.start : outer.end] == "« Je cite “ceci” et cela »"
    assert (outer.depth, inner.depth) == (0, 1)
    assert text[inner.start : inner.end] == "“ceci”"


def test_reopened_paragraph_quote_runs_on():
    text = "« Premier paragraphe.\n\n« Second paragraphe. »\n\nFin."
    pairs, stray = pair_quotes(text)
    assert len(pairs) == 1 and pairs[0].closed
    assert text[pairs[0].start : pairs[0].end] == "« Premier paragraphe.\n\n« Second paragraphe. »"


def test_unbalanced_mark_stops_at_paragraph_end():
    text = "Il a dit « oui sans fermer.\n\nUn autre paragraphe « normal »."
    pairs, stray = pair_quotes(text)
    assert stray == [9]
    first = pairs[0]
    assert not first.closed and text[first.start : first.end] == "« oui sans fermer."
    assert any(p.closed and text[p.start : p.end] == "« normal »" for p in pairs)


def test_straight_quotes_pair():
    pairs, stray = pair_quotes('Il a répondu "non" puis "peut-être".')
    assert [(p.start, p.end) for p in pairs] == [(13, 18), (24, 35)]
    assert stray == []


def test_stray_closer_is_ignored():
    pairs, stray = pair_quotes("Un texte » sans ouverture.")
    assert pairs == [] and stray == [9]


def test_quote_depths_count_open_quotations_after_each_item():
    # a stray closer is ignored, a straight mark counts for nothing, nested marks open one more
    marks = ["»", "a", "«", "b", '"', "“", "c", "”", "»", "d"]
    assert [d for _, d in quote_depths(marks, str)] == [0, 0, 1, 1, 1, 2, 2, 1, 0, 0]


def test_quote_depths_reads_tokens_and_resets_at_a_paragraph_break(nlp):
    doc = nlp("Il a dit « non » hier.")
    assert [(t.text, d) for t, d in quote_depths(doc) if d] == [("«", 1), ("non", 1)]
    text = "« Un.\n\nDeux » « trois »"
    found = [(m.start(), d) for m, d in quote_depths(re.finditer("[«»]|\n\n", text), re.Match.group, reset="\n\n")]
    assert found == [(0, 1), (5, 0), (12, 0), (14, 1), (22, 0)]


def test_a_paragraph_ends_at_a_blank_line_a_line_at_any_line_break():
    text = "Grève à Lyon\n\n3 mai. –\nLe syndicat appelle à manifester.\n\nLa mairie se tait."
    dateline, prose, last = text.index("3 mai"), text.index("Le syndicat"), text.index("La mairie")
    # the dateline and the prose under it: one paragraph, two lines
    assert not paragraph_break_between(text, dateline, prose) and line_break_between(text, dateline, prose)
    assert paragraph_start(text, prose) == dateline and line_start(text, prose) == prose
    assert paragraph_end(text, prose) == last - 2 and line_end(text, dateline) == prose - 1
    assert paragraph_breaks(text, 0, len(text)) == 2 and paragraph_starts(text) == [0, dateline, last]
    assert paragraph_start(text, 0) == 0 and paragraph_end(text, last) == len(text) == line_end(text, last)


def test_headline_and_paragraphs_are_sentence_boundaries(nlp):
    text = "Le ministre rejette le plan\n\nLe ministre a déclaré mardi qu'il refusait le plan. « C'est non », a-t-il dit."
    doc = nlp(text)
    starts = [s.text.strip() for s in doc.sents]
    assert starts[0] == "Le ministre rejette le plan"
    incise = next(s for s in doc.sents if "C'est non" in s.text)
    assert incise.text.strip().startswith("«") and incise.text.strip().endswith("a-t-il dit.")
