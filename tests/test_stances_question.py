"""Positions are on the article's main question, unless the article heads a section with the holder's own issue."""

from __future__ import annotations

from propos.extraction.stances.component import Finding, _heading_words, _on_main_question

MAIN = ("réforme des retraites", "reforme+retraite", 3.0)


def _finding(holder: str, issue_key: str, polarity: int, confidence: float, evidence: str = "Q1") -> Finding:
    return Finding(holder, holder, issue_key.replace("+", " "), issue_key, polarity, evidence, confidence)


def test_a_finding_goes_to_the_main_question_unless_a_heading_names_its_own_issue():
    findings = [_finding("per:a", "calendrier", -1, 0.6),           # an event's or a cue's: the main question
                _finding("per:b", "amendement+senat", 1, 0.8),      # a stance predicate, not in a heading
                _finding("per:c", "gel+salaire", -1, 0.8)]          # a stance predicate the article heads with
    out = _on_main_question(findings, MAIN, headings={"gel", "pension"})
    assert [(f.holder_id, f.issue_key) for f in out] == [
        ("per:a", "reforme+retraite"), ("per:b", "reforme+retraite"), ("per:c", "gel+salaire")]
    assert out[0].issue == "réforme des retraites"


def test_a_holder_takes_the_side_of_more_evidence_on_one_question():
    findings = [_finding("per:a", "x", 1, 0.5, "E1"), _finding("per:a", "y", -1, 0.6, "Q1"),
                _finding("per:a", "z", -1, 0.5, "Q2"), _finding("per:b", "x", 1, 0.5, "E2")]
    out = _on_main_question(findings, MAIN, headings=set())
    assert {(f.holder_id, f.polarity, f.evidence) for f in out} == {
        ("per:a", -1, "Q1"), ("per:a", -1, "Q2"), ("per:b", 1, "E2")}


def test_headings_are_short_lines_that_end_no_sentence(nlp):
    from propos.extraction.stances.issues import IssueLexicon

    text = ("Retraites : le gouvernement maintient sa réforme\n\n"
            "Les syndicats ont manifesté jeudi dans plusieurs villes contre le projet du gouvernement.\n\n"
            "La colère des enseignants\n\n"
            "Le ministre a reçu les représentants des cheminots.")
    words = _heading_words(nlp(text), IssueLexicon.load("fr"))
    assert {"reforme", "colere", "enseignant"} <= words
    assert not words & {"syndicat", "cheminot", "ministre"}


def test_a_stance_predicate_gives_a_position_on_the_article_question_unless_a_heading_names_it(nlp):
    body = ("Le gouvernement a présenté mardi la réforme des retraites aux députés. La réforme des retraites "
            "prévoit un recul de l'âge légal.\n\n{heading}"
            "La députée Marie Dupont dénonce la réforme : « Je refuse le recul de l'âge légal, c'est une décision "
            "injuste et scandaleuse. »")

    def stances(heading: str):
        doc = nlp.make_doc("La réforme des retraites divise la majorité\n\n" + body.format(heading=heading))
        doc._.pub_date = "2024-04-02"
        return {(s.holder_name, s.stance, s.issue) for s in nlp(doc)._.stances}

    assert stances("") == {("Marie Dupont", "oppose", "réforme des retraites")}
    assert stances("Le recul de l'âge légal\n\n") == {("Marie Dupont", "oppose", "recul de l'âge légal")}
