"""Collect what the components wrote on a Doc into the analysis document (the one result model)."""

from __future__ import annotations

from spacy.tokens import Doc

from propos.errors import Warnings
from propos.language.textprep import original_text
from propos.model import AnalysisDocument, Problem, Span


def build_document(doc: Doc, *, id: str, language: str, pipeline_version: str, date: str | None = None,
                   title: str | None = None, title_span: tuple[int, int] | None = None, url: str | None = None,
                   source: str | None = None, warnings: list[Problem] | None = None) -> AnalysisDocument:
    text = original_text(doc)
    problems = list(warnings or [])
    for pair in doc._.quote_pairs:
        if not pair.closed:
            problems.append(Problem.of(Warnings.W001.format(pos=pair.start)))
    problems.extend(doc._.propos_warnings)
    if date is None:
        problems.append(Problem.of(Warnings.W003))
    return AnalysisDocument(
        id=id,
        language=language,
        date=date,
        title=title,
        title_span=Span.of(text, *title_span) if title_span else None,
        url=url,
        source=source,
        text=text,
        pipeline_version=pipeline_version,
        quotes=doc._.quotes,
        actors=doc._.actors,
        timexes=doc._.timexes,
        events=doc._.events,
        stances=doc._.stances,
        warnings=problems,
    )
