"""The misparse probe: made-up French news sentences (tests/data/misparse_probe.jsonl, written for these tests, blind to
every gold file) over issue 13: reported speech whose cue the parse of fr_core_news_md gets wrong. A cue before a
colon hung on the participle of an apposition (« Le texte, signé par 40 élus, affirme : « … » », the verb read as an
adverb of « signé », no subject), a media name in an incise whose last word the tagger reads as a verb (« a promis
dimanche sur Radio Est le maire »: « Est » read as « être », the inverted subject lost) or as a name of its own
(« sur France Bleu Nord la présidente ») or split at its hyphen (« à Nice-Matin le sénateur »), an adjective set off by
commas before the inverted subject (« , racontent, excédés, les habitants »), an incise verb before a hyphenated
clitic read as a number (« tranche-t-il »), or capitalised after the comma (« , Déplore le trésorier »), long
appositions between subject and cue (the object of an infinitive set into one, « en déplacement pour inaugurer la
caserne, a rappelé », taken for the subject), titles before an incise. Controls: a title or a notice after a colon
with no speech verb, an adverb opening a sentence (nothing). A required case needs a quotation over `quote` with its
mention over `speaker` and its name one of `names`; a control none. What propos still gets wrong is listed below by
construction."""

from __future__ import annotations

from probes import check_speaker_or_none, construction_id, parsed_doc, probe
from propos.extraction.quotes.cues import Cue, cue_subject, inverted_subject
from propos.extraction.quotes.lexicon import lexicon

# what propos still gets wrong, by construction
KNOWN = {
    # « Constate le rapporteur X : « … » »: a cue opening the sentence, its subject inverted before the colon; the
    # quotation floats with no mention
    "cue opening the sentence": {"m015"},
    # « », constate amer le trésorier »: an adjective between the incise verb and its subject, with no commas around
    # it (« , racontent, excédés, les habitants » passes), stops the search for it
    "adjective before the inverted subject": {"m016"},
}


@probe("misparse_probe", KNOWN, construction_id)
def test_misparse_probe(quotes, case):
    check_speaker_or_none(quotes(case["text"]), case)


def _cue(doc, i):
    entry = lexicon("fr").misread_entry(doc[i].lower_)
    return Cue(doc[i], i, entry, doc[i].idx, doc[i].idx + len(doc[i]))


def test_a_cue_before_a_colon_the_parse_gave_no_subject_speaks_for_the_noun_on_its_left(nlp):
    # « Le texte, signé par 40 élus, affirme : « Non. » » as the parse may read it: « affirme » an adverb of the
    # participle « signé », the noun phrase its subject only through the apposition
    words = ["Le", "texte", ",", "signé", "par", "40", "élus", ",", "affirme", ":", "«", "Non", ".", "»"]
    heads = [1, 11, 1, 1, 6, 6, 3, 3, 3, 8, 11, 11, 11, 11]
    deps = ["det", "nsubj", "punct", "acl", "case", "nummod", "obl:agent", "punct", "advmod", "punct", "punct", "ROOT",
            "punct", "punct"]
    pos = ["DET", "NOUN", "PUNCT", "VERB", "ADP", "NUM", "NOUN", "PUNCT", "VERB", "PUNCT", "PUNCT", "ADV", "PUNCT",
           "PUNCT"]
    morphs = ["", "", "", "Tense=Past|VerbForm=Part", "", "", "", "", "Mood=Ind|Tense=Pres|VerbForm=Fin", "", "", "",
              "", ""]
    doc = parsed_doc(nlp, words, heads, deps, pos, morphs)
    found = cue_subject(_cue(doc, 8))
    assert found is not None and found[0].text == "texte"


def test_the_inverted_subject_comes_after_a_media_name_whose_last_word_is_read_as_a_verb(nlp):
    # « », a promis sur Radio Est le maire. » as the parse may read it: « Est » the verb « être », the radio's name
    # hung on « maire », « maire » on the quotation's word
    words = ["«", "Non", "»", ",", "a", "promis", "sur", "Radio", "Est", "le", "maire", "."]
    heads = [1, 1, 1, 5, 5, 1, 7, 10, 1, 10, 1, 1]
    deps = ["punct", "ROOT", "punct", "punct", "aux:tense", "parataxis", "case", "nmod", "punct", "det", "obj",
            "punct"]
    pos = ["PUNCT", "ADV", "PUNCT", "PUNCT", "AUX", "VERB", "ADP", "PROPN", "AUX", "DET", "NOUN", "PUNCT"]
    morphs = [""] * 5 + ["Tense=Past|VerbForm=Part"] + [""] * 2 + ["Mood=Ind|VerbForm=Fin"] + [""] * 3
    doc = parsed_doc(nlp, words, heads, deps, pos, morphs)
    assert inverted_subject(_cue(doc, 5)).text == "maire"


def test_a_name_without_an_article_after_it_stays_the_inverted_subject(nlp):
    # « », a dit à Reuters Jean Dupont. »: the capitalised words after the phrase's name are the speaker's name
    words = ["«", "Non", "»", ",", "a", "dit", "à", "Reuters", "Jean", "Dupont", "."]
    heads = [1, 1, 1, 5, 5, 1, 7, 5, 7, 8, 1]
    deps = ["punct", "ROOT", "punct", "punct", "aux:tense", "parataxis", "case", "obl:arg", "nmod", "flat:name",
            "punct"]
    pos = ["PUNCT", "ADV", "PUNCT", "PUNCT", "AUX", "VERB", "ADP", "PROPN", "PROPN", "PROPN", "PUNCT"]
    morphs = [""] * 5 + ["Tense=Past|VerbForm=Part"] + [""] * 5
    doc = parsed_doc(nlp, words, heads, deps, pos, morphs)
    assert inverted_subject(_cue(doc, 5)).text == "Jean"


def test_a_speech_verb_before_a_hyphenated_clitic_is_a_cue_whatever_its_tag(nlp):
    words = ["«", "Non", "»", ",", "tranche", "-t", "-il", "."]
    heads = [1, 1, 1, 1, 1, 4, 4, 1]
    deps = ["punct", "ROOT", "punct", "punct", "obl:mod", "dep", "fixed", "punct"]
    pos = ["PUNCT", "ADV", "PUNCT", "PUNCT", "NUM", "PRON", "PRON", "PUNCT"]
    doc = parsed_doc(nlp, words, heads, deps, pos, [""] * len(words))
    entry = lexicon("fr").misread_cue(doc[4])
    assert entry is not None and entry.expression == "trancher"
    # not a number before a noun (« , quarante-deux élus »): no clitic after it, no verb form
    words = ["«", "Non", "»", ",", "vingt", "élus", "."]
    doc = parsed_doc(nlp, words, [1, 1, 1, 1, 5, 1, 1], ["punct", "ROOT", "punct", "punct", "nummod", "obl", "punct"],
               ["PUNCT", "ADV", "PUNCT", "PUNCT", "NUM", "NOUN", "PUNCT"], [""] * 7)
    assert lexicon("fr").misread_cue(doc[4]) is None
