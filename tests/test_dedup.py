"""Wire duplicates: exact, near and truncated copies; families with the earliest copy canonical; outlets."""

from __future__ import annotations

from propos.model import AnalysisDocument, Quote, Span
from propos.scale.dedup import DuplicateFinder, body_of, count_outlets, mark_outlets, normalized

DISPATCH = (
    "Le gouvernement a présenté mercredi un projet de loi sur l'eau potable, qui prévoit de rénover les "
    "canalisations des communes rurales d'ici à 2030. « Chaque litre perdu est un litre volé aux habitants », "
    "a déclaré la ministre de la Transition écologique devant les députés. L'opposition juge le calendrier "
    "trop lent et réclame un fonds d'urgence pour les villages touchés par la sécheresse de l'été dernier. "
    "Les associations de consommateurs saluent un premier pas mais demandent un contrôle indépendant des "
    "travaux. Le texte sera examiné en commission le mois prochain, avant un vote solennel prévu au printemps. "
    "Les maires ruraux, réunis en congrès à Tours, ont de leur côté demandé que l'État prenne en charge la "
    "moitié du coût des chantiers, estimé à plusieurs milliards d'euros sur dix ans."
)
OTHER = (
    "Le club de football de la ville a remporté samedi soir son troisième match consécutif devant un stade "
    "comble. L'entraîneur a salué l'état d'esprit de ses joueurs et annoncé le retour de son capitaine, blessé "
    "depuis le mois d'octobre. Les supporteurs espèrent désormais une qualification européenne en fin de "
    "saison, un objectif que la direction refuse pour l'instant d'afficher publiquement."
)


def test_exact_copy_ignores_case_punctuation_and_spacing():
    finder = DuplicateFinder()
    assert finder.add("a", DISPATCH) is None
    match = finder.add("b", "  " + DISPATCH.upper().replace(",", " ,") + "\n")
    assert match.key == "a" and match.kind == "exact"


def test_near_copy_with_outlet_boilerplate_is_found():
    finder = DuplicateFinder()
    finder.add("afp", DISPATCH)
    copy = "PARIS (AFP) - " + DISPATCH + " Retrouvez toute l'actualité sur notre site et nos applications."
    match = finder.add("journal", copy)
    assert match.key == "afp" and match.kind == "near" and match.score >= 0.5


def test_truncated_copy_is_caught_by_containment():
    finder = DuplicateFinder()
    finder.add("full", DISPATCH)
    cut = DISPATCH[: int(len(DISPATCH) * 0.4)]
    match = finder.add("cut", cut)
    assert match is not None and match.key == "full" and match.kind == "contained"
    assert match.score >= 0.8


def test_unrelated_articles_are_not_duplicates():
    finder = DuplicateFinder()
    finder.add("eau", DISPATCH)
    assert finder.add("foot", OTHER) is None
    assert finder.families() == []


def test_short_texts_only_match_exactly():
    finder = DuplicateFinder()
    finder.add("a", "Le maire a parlé.")
    assert finder.add("b", "Le maire a parlé hier.") is None


def test_family_canonical_is_the_earliest_copy_not_the_first_read():
    finder = DuplicateFinder()
    finder.add("late", DISPATCH, date="2025-03-05")
    finder.add("early", "PARIS (AFP) - " + DISPATCH, date="2025-03-04")
    finder.add("cut", DISPATCH[:500], date="2025-03-06")
    finder.add("foot", OTHER, date="2025-03-01")
    (family,) = finder.families()
    assert family.canonical == "early"
    assert family.members == ["early", "late", "cut"]
    assert finder.duplicate_of() == {"late": "early", "cut": "early"}


def test_body_skips_a_leading_title():
    text = "Un autre titre\n\n" + DISPATCH
    assert body_of(text, (0, 14)) == "\n\n" + DISPATCH
    assert body_of(text, None) == text


def test_outlets_count_distinct_outlets_that_carry_the_quotation():
    quote_text = "Chaque litre perdu est un litre volé aux habitants"
    copies = [("AFP", DISPATCH), ("Le Journal", DISPATCH.replace("« ", "\"")), ("AFP", DISPATCH),
              ("Sports Hebdo", OTHER)]
    assert count_outlets(quote_text, copies) == 2
    start = DISPATCH.index(quote_text)
    doc = AnalysisDocument(id="a", language="fr", text=DISPATCH, pipeline_version="t", quotes=[
        Quote(id="q1", type="direct", content=Span.of(DISPATCH, start, start + len(quote_text)))])
    mark_outlets(doc, copies)
    assert doc.quotes[0].outlets == 2
    assert normalized("« Litre, VOLÉ ! »") == "litre volé"
