"""The readable digest of an analysis document (`--format text`, `make run`), in the interface's language."""

from __future__ import annotations

from propos.interfaces.labels import direct_text, has_words, label, word
from propos.model import AnalysisDocument, Quote


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _quote_line(q: Quote) -> str:
    who = q.speaker_name or (q.speaker.text if q.speaker else word("unknown_speaker"))
    written = f" [{direct_text(q.speaker.text)}]" if q.speaker and q.speaker.text != who else ""
    cue = f" ({' '.join(q.cue.text.split())})" if q.cue and has_words(q.cue.text) else ""
    content = direct_text(" ".join(q.content.text.split()), 160) if q.type == "direct" else _short(q.content.text)
    return f"     {who}{written}{cue} → {content} · {label('quote_type', q.type)}"


def render_digest(doc: AnalysisDocument) -> str:
    lines = [f"━━ {doc.title or doc.id}",
             f"   {word('date')} : {doc.date or word('no_date')} · id : {doc.id} · {word('language')} : {doc.language}"]
    lines.append(f"   {word('quotations')} ({len(doc.quotes)}) :")
    lines.extend(_quote_line(q) for q in doc.quotes)
    if doc.actors:
        lines.append(f"   {word('actors')} ({len(doc.actors)}) :")
        for a in doc.actors:
            roles = f" — {', '.join(r.title for r in a.roles)}" if a.roles else ""
            lines.append(f"     {a.name} [{label('actor_type', a.type)}] ×{len(a.mentions)}{roles}")
    if doc.timexes:
        lines.append(f"   {word('dates')} ({len(doc.timexes)}) :")
        lines.append("     " + " · ".join(f"{' '.join(t.span.text.split())} = {t.value}" for t in doc.timexes))
    if doc.events:
        lines.append(f"   {word('events')} ({len(doc.events)}) :")
        for e in doc.events:
            target = e.target_name or (" ".join(e.target.text.split()) if e.target else "")
            when = f", {e.time}" if e.time else ""
            lines.append(f"     {label('event_type', e.type)} : {e.source_name or '?'}{' → ' + target if target else ''}"
                         f" ({label('modality', e.modality)}{when})")
    if doc.stances:
        lines.append(f"   {word('stances')} ({len(doc.stances)}) :")
        for s in doc.stances:
            lines.append(f"     {s.holder_name} {label('stance', s.stance)} « {s.issue} »")
    for w in doc.warnings:
        lines.append(f"   ! {w.message}")
    return "\n".join(lines)
