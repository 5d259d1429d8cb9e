"""The attribute ruler's fast path gives spaCy's own annotations, token for token."""

import spacy
from spacy.pipeline import AttributeRuler

from propos.language.attribute_rules import PosTagRuler, speed_up_attribute_ruler

TEXTS = [
    "« Nous ne céderons pas », a déclaré mardi Lucienne Maraval, la maire de Saint-Ouen-des-Champs.",
    "Le syndicat  estime que la réforme\n\n« n'est pas acceptable ».\t Selon lui, rien n'a changé.",
    "   ",
    "Il a dit : \n « Je viendrai. »  \n",
    "",
]
ATTRS = ["TAG", "POS", "MORPH", "DEP", "HEAD", "LEMMA"]


def _annotations(nlp, texts):
    return [doc.to_array(ATTRS).tolist() if len(doc) else [] for doc in nlp.pipe(texts)]


def test_same_annotations_as_spacy_ruler():
    plain = spacy.load("fr_core_news_md")
    fast = spacy.load("fr_core_news_md")
    assert speed_up_attribute_ruler(fast)
    assert type(fast.get_pipe("attribute_ruler")) is PosTagRuler
    assert fast.pipe_names == plain.pipe_names
    assert fast.get_pipe("attribute_ruler")._fast_split() is not None  # the model's rules take the fast path
    assert _annotations(fast, TEXTS) == _annotations(plain, TEXTS)


def test_rules_of_another_shape_run_as_spacy_runs_them():
    nlp = spacy.blank("fr")
    ruler = nlp.add_pipe("propos_attribute_ruler")
    ruler.add([[{"TAG": "X"}]], {"POS": "NOUN"})  # reads the tag: no fast path
    assert ruler._fast_split() is None
    ruler.clear()
    ruler.add([[{"POS": "NOUN"}]], {"TAG": "NC"})
    assert ruler._fast_split() is not None


def test_only_a_plain_ruler_is_replaced():
    nlp = spacy.blank("fr")
    assert not speed_up_attribute_ruler(nlp)
    nlp.add_pipe("attribute_ruler")
    assert type(nlp.get_pipe("attribute_ruler")) is AttributeRuler
    assert speed_up_attribute_ruler(nlp)
    assert not speed_up_attribute_ruler(nlp)
