from spacy.tokens import Doc, DocBin


def test_results_survive_serialisation(nlp):
    doc = nlp("Le ministre Paul Girard a déclaré que « tout va bien ». Il partira lundi.")
    assert doc._.quotes and doc._.actors and doc._.quote_pairs
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert again._.quotes == doc._.quotes
    assert again._.actors == doc._.actors
    assert again._.quote_pairs == doc._.quote_pairs
    (restored,) = DocBin(docs=[doc], store_user_data=True).get_docs(nlp.vocab)
    assert [q.speaker_name for q in restored._.quotes] == [q.speaker_name for q in doc._.quotes]


def test_assigning_replaces_the_result(nlp):
    doc = nlp("Bonjour.")
    doc._.quotes = []
    assert doc._.quotes == []
    assert doc.user_data[("propos", "propos_quotes")] == []
