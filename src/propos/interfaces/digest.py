"""The readable digest of an analysis document (`--format text`, `make run`)."""

from __future__ import annotations

from propos.model import AnalysisDocument


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render_digest(doc: AnalysisDocument) -> str:
    lines = [f"━━ {doc.title or doc.id}", f"   date: {doc.date or 'unknown'} · id: {doc.id} · language: {doc.language}"]
    lines.append(f"   quotations ({len(doc.quotes)}):")
    for q in doc.quotes:
        who = q.speaker_name or (q.speaker.text if q.speaker else "?")
        written = f" [« {q.speaker.text} »]" if q.speaker and q.speaker.text != who else ""
        cue = f" ({q.cue.text})" if q.cue else ""
        lines.append(f"     {who}{written} → {_short(q.content.text)}{cue} · {q.type}")
    if doc.actors:
        lines.append(f"   actors ({len(doc.actors)}):")
        for a in doc.actors:
            roles = f" — {', '.join(r.title for r in a.roles)}" if a.roles else ""
            lines.append(f"     {a.name} [{a.type}] ×{len(a.mentions)}{roles}")
    if doc.timexes:
        lines.append(f"   dates ({len(doc.timexes)}):")
        lines.append("     " + " · ".join(f"{t.span.text} = {t.value}" for t in doc.timexes))
    if doc.events:
        lines.append(f"   events ({len(doc.events)}):")
        for e in doc.events:
            lines.append(f"     {e.type}: {e.source_name or '?'} → {e.target_name or (e.target.text if e.target else '?')}"
                         f" ({e.modality}{', ' + e.time if e.time else ''})")
    if doc.stances:
        lines.append(f"   stances ({len(doc.stances)}):")
        for s in doc.stances:
            lines.append(f"     {s.holder_name} {s.stance} « {s.issue} »")
    for w in doc.warnings:
        lines.append(f"   ! {w.message}")
    return "\n".join(lines)
