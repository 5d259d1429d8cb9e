"""Annotation by fragments: annotators copy text, a script computes the offsets.

An annotator writes one JSON file per article that names every span by the text it covers — never by
offsets counted by hand (ANNOTATION_RULES.md §7). This module turns such a file into a gold line of
GOLD_FORMAT.md, and says clearly what it could not place so the annotator can fix it.

A fragment file::

    {"id": "<article id>",
     "quotes": [{"type": "direct",
                 "content": "« Nous ne céderons pas »",      # or ["« Nous ne", "pas »"]: first … last words
                 "after": "lundi soir",                     # optional: the content comes after this text
                 "cue": "a déclaré", "speaker": "le ministre",
                 "cue_ctx": "a déclaré lundi",              # optional: a longer text around the cue
                 "speaker_ctx": "le ministre de l'Intérieur",
                 "speaker_name": "Gérald Darmanin", "alt_speaker_name": null,
                 "headline": false, "floating": false, "optional": false}],
     "entities": [...], "positions": [...]}

Quote ids are Q1, Q2 … in the order listed unless an `id` is given. Content is searched from the previous
quote's start; cue and speaker are the occurrences nearest the content (whole words, outside it).

Run ``python -m propos.evaluation.annotation check FILE...`` to see every placed span, and
``build`` to write the gold JSONL.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

QUOTE_TYPES = ("direct", "indirect", "mixed", "free_indirect", "reported")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
TIMEX_ATTRIBUTES = ("mod", "anchor", "begin", "end", "quant", "freq")
ENTITY_TYPES = ("PER", "ORG", "GPE", "DOC", "ANON")
STANCES = ("support", "oppose")


class FragmentError(ValueError):
    """A fragment that cannot be placed in the text."""


@dataclass
class Placed:
    line: dict
    problems: list[str] = field(default_factory=list)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_"


def occurrences(text: str, fragment: str, *, whole_words: bool = True) -> list[int]:
    """Start offsets of `fragment` in `text`; with whole_words, not glued to a letter on either side."""
    if not fragment:
        return []
    found, start = [], 0
    while True:
        at = text.find(fragment, start)
        if at < 0:
            return found
        start = at + 1
        if whole_words:
            end = at + len(fragment)
            if _is_word_char(fragment[0]) and at > 0 and _is_word_char(text[at - 1]):
                continue
            if _is_word_char(fragment[-1]) and end < len(text) and _is_word_char(text[end]):
                continue
        found.append(at)


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return 0


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def search_start(text: str, after: str | None, previous_start: int) -> int:
    """Where a fragment is looked for: after the previous one, or after the text named by `after`."""
    if not after:
        return previous_start
    anchors = occurrences(text, after)
    if not anchors:
        raise FragmentError(f"'after' text not found: {after[:60]!r}")
    return next((a for a in anchors if a >= previous_start), anchors[0]) + len(after)


def place_content(text: str, content, search_from: int) -> tuple[int, int]:
    """The content span: one fragment, or [first words, last words] of a long quotation."""
    if isinstance(content, list):
        if len(content) != 2 or not all(isinstance(part, str) and part for part in content):
            raise FragmentError("content as a list must be [first words, last words]")
        first, last = content
    elif isinstance(content, str) and content:
        first, last = content, None
    else:
        raise FragmentError("content is missing")
    starts = occurrences(text, first)
    if not starts:
        raise FragmentError(f"content not found: {first[:60]!r}")
    later = [s for s in starts if s >= search_from]
    start = (later or starts)[0]
    if last is None:
        return start, start + len(first)
    ends = [s for s in occurrences(text, last) if s + len(last) >= start + len(first)]
    if not ends:
        raise FragmentError(f"end of content not found after its start: {last[:60]!r}")
    return start, ends[0] + len(last)


def place_near(text: str, fragment: str, content: tuple[int, int], context: str | None) -> tuple[int, int]:
    """The occurrence of a cue or speaker nearest the content, outside it (inside a context if given)."""
    if context:
        windows = [(s, s + len(context)) for s in occurrences(text, context)]
        if not windows:
            raise FragmentError(f"context not found: {context[:60]!r}")
        spans = []
        for w_start, w_end in windows:
            inner = occurrences(text[w_start:w_end], fragment)
            spans += [(w_start + i, w_start + i + len(fragment)) for i in inner]
        if not spans:
            raise FragmentError(f"{fragment!r} is not inside its context {context[:60]!r}")
    else:
        spans = [(s, s + len(fragment)) for s in occurrences(text, fragment)]
        if not spans:
            raise FragmentError(f"not found: {fragment[:60]!r}")
    outside = [s for s in spans if not _overlaps(s, content)] or spans
    return min(outside, key=lambda s: (_gap(s, content), s[0] < content[0]))


def _fold(name: str) -> str:
    stripped = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(c for c in stripped if not unicodedata.combining(c)).split())


def publication_date(article: dict) -> str | None:
    """The article's date when it is one (YYYY-MM-DD); a corpus placeholder such as '2016-11-urls' is null."""
    import datetime as dt

    value = article.get("date")
    try:
        return dt.date.fromisoformat(value).isoformat() if isinstance(value, str) else None
    except ValueError:
        return None


def place_article(fragments: dict, article: dict) -> Placed:
    """One gold line from a fragment file and its article ({id, text, date, ...})."""
    text = article["text"]
    problems: list[str] = []
    quotes, previous_start = [], 0
    for number, raw in enumerate(fragments.get("quotes", []), start=1):
        qid = raw.get("id") or f"Q{number}"
        where = f"{qid}"
        kind = raw.get("type")
        if kind not in QUOTE_TYPES:
            problems.append(f"{where}: type {kind!r} is not one of {', '.join(QUOTE_TYPES)}")
            continue
        try:
            search_from = search_start(text, raw.get("after"), previous_start)
            content = place_content(text, raw.get("content"), search_from)
            previous_start = content[0]
            spans = {"content": list(content)}
            for role in ("cue", "speaker"):
                fragment = raw.get(role)
                spans[role] = (
                    list(place_near(text, fragment, content, raw.get(f"{role}_ctx"))) if fragment else None
                )
        except FragmentError as error:
            problems.append(f"{where}: {error}")
            continue
        quote = {"id": qid, "type": kind, **spans, "speaker_name": raw.get("speaker_name") or None}
        if raw.get("alt_speaker_name"):
            quote["alt_speaker_name"] = raw["alt_speaker_name"]
        for flag in ("headline", "floating", "optional"):
            quote[flag] = bool(raw.get(flag, False))
        quotes.append(quote)
    line = {
        "id": article["id"],
        "lang": article.get("lang", "fr"),
        "date": publication_date(article),
        "source": article.get("source"),
        "licence": article.get("licence"),
        "text": text,
        "quotes": quotes,
        "entities": fragments.get("entities", []),
        "positions": fragments.get("positions", []),
    }
    problems += validate_gold_line(line)
    return Placed(line, problems)


def place_timexes(fragments: dict, article: dict) -> Placed:
    """A time gold line: {"timexes": [{"text", "type", "value", optional "after", "mod", "anchor", ...}]}."""
    text = article["text"]
    problems: list[str] = []
    timexes, previous_start = [], 0
    for number, raw in enumerate(fragments.get("timexes", []), start=1):
        tid = f"T{number}"
        try:
            search_from = search_start(text, raw.get("after"), previous_start)
            span = place_content(text, raw.get("text"), search_from)
        except FragmentError as error:
            problems.append(f"{tid}: {error}")
            continue
        previous_start = span[0]
        timex = {"id": tid, "span": list(span), "type": raw.get("type"), "value": raw.get("value")}
        timex.update({k: raw[k] for k in TIMEX_ATTRIBUTES if raw.get(k)})
        timexes.append(timex)
    line = {"id": article["id"], "lang": article.get("lang", "fr"), "date": publication_date(article),
            "source": article.get("source"), "licence": article.get("licence"), "text": text, "timexes": timexes}
    problems += validate_timex_line(line)
    return Placed(line, problems)


def validate_timex_line(line: dict) -> list[str]:
    """What is wrong with one time gold article; an empty list when nothing is."""
    text = line.get("text")
    if not isinstance(text, str) or not text:
        return ["text is missing"]
    problems = []
    spans = []
    for timex in line.get("timexes", []):
        tid = timex.get("id")
        problems += _span_problems(text, timex.get("span"), f"{tid} span")
        if timex.get("type") not in TIMEX_TYPES:
            problems.append(f"{tid}: type {timex.get('type')!r} is not one of {', '.join(TIMEX_TYPES)}")
        if not isinstance(timex.get("value"), str) or not timex["value"]:
            problems.append(f"{tid}: value is missing")
        spans.append(tuple(timex.get("span") or (0, 0)))
    if len(set(spans)) != len(spans):
        problems.append("the same span is tagged twice")
    return problems


def _span_problems(text: str, span, label: str) -> list[str]:
    if span is None:
        return []
    if not (isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span)):
        return [f"{label}: not a [start, end] pair"]
    start, end = span
    if not 0 <= start < end <= len(text):
        return [f"{label}: [{start}, {end}] is outside the text or empty"]
    piece = text[start:end]
    if piece != piece.strip():
        return [f"{label}: {piece!r} has whitespace at an edge"]
    return []


def validate_gold_line(line: dict) -> list[str]:
    """What is wrong with one gold article (GOLD_FORMAT.md); an empty list when nothing is."""
    problems: list[str] = []
    text = line.get("text")
    if not isinstance(text, str) or not text:
        return ["text is missing"]
    ids = [q.get("id") for q in line.get("quotes", [])]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        problems.append(f"quote ids used twice: {', '.join(map(str, duplicates))}")
    entities = line.get("entities", [])
    known = set()
    for entity in entities:
        if entity.get("type") not in ENTITY_TYPES:
            problems.append(f"entity {entity.get('name')!r}: type {entity.get('type')!r} not in {ENTITY_TYPES}")
        known.add(_fold(entity.get("name", "")))
        known.update(_fold(a) for a in entity.get("aliases", []))
    for quote in line.get("quotes", []):
        qid = quote.get("id")
        if quote.get("type") not in QUOTE_TYPES:
            problems.append(f"{qid}: type {quote.get('type')!r}")
        if quote.get("content") is None:
            problems.append(f"{qid}: content is missing")
        for role in ("content", "cue", "speaker"):
            problems += _span_problems(text, quote.get(role), f"{qid} {role}")
        for key in ("speaker_name", "alt_speaker_name"):
            name = quote.get(key)
            if name and _fold(name) not in known:
                problems.append(f"{qid}: {key} {name!r} is not in entities (name or alias)")
    for position in line.get("positions", []):
        if position.get("stance") not in STANCES:
            problems.append(f"position {position.get('issue')!r}: stance {position.get('stance')!r}")
        if not position.get("holder") or _fold(position["holder"]) not in known:
            problems.append(f"position {position.get('issue')!r}: holder {position.get('holder')!r} not in entities")
        missing = [e for e in position.get("evidence", []) if e not in ids]
        if missing:
            problems.append(f"position {position.get('issue')!r}: evidence {missing} are not quote ids")
    return problems


def gold_text(article: dict) -> str:
    """Gold `text` of a corpus article: its title, a blank line, its body (as in the dev file)."""
    title = (article.get("title") or "").strip()
    return f"{title}\n\n{article['text']}" if title else article["text"]


def _show(text: str, span) -> str:
    if span is None:
        return "-"
    piece = text[span[0] : span[1]].replace("\n", "⏎")
    shown = piece if len(piece) <= 90 else piece[:55] + " … " + piece[-30:]
    return f"[{span[0]},{span[1]}] {shown!r}"


def describe(placed: Placed) -> str:
    line, text = placed.line, placed.line["text"]
    if "timexes" in line:
        rows = [f"== {line['id']} (date {line.get('date')}): {len(line['timexes'])} time expressions"]
        for t in line["timexes"]:
            extra = " ".join(f"{k}={t[k]}" for k in TIMEX_ATTRIBUTES if t.get(k))
            context = text[max(0, t["span"][0] - 30): t["span"][1] + 30].replace("\n", "⏎")
            rows.append(f"  {t['id']} {t['type']} {t['value']} {extra} {_show(text, t['span'])}  …{context}…")
        rows += [f"  PROBLEM {p}" for p in placed.problems]
        return "\n".join(rows)
    rows = [f"== {line['id']}: {len(line['quotes'])} quotes"]
    for q in line["quotes"]:
        flags = "".join(f" {f}" for f in ("headline", "floating", "optional") if q.get(f))
        rows.append(f"  {q['id']} {q['type']}{flags} -> {q.get('speaker_name')}")
        rows.append(f"     content {_show(text, q['content'])}")
        if q.get("cue") or q.get("speaker"):
            around = q.get("speaker") or q.get("cue")
            context = text[max(0, around[0] - 25) : around[1] + 25].replace("\n", "⏎")
            rows.append(f"     cue {_show(text, q.get('cue'))}  speaker {_show(text, q.get('speaker'))}")
            rows.append(f"     …{context}…")
    rows += [f"  PROBLEM {p}" for p in placed.problems]
    return "\n".join(rows)


def load_articles(path: Path) -> dict[str, dict]:
    """Corpus articles by id, each with its gold text."""
    articles = {}
    for raw in path.read_text(encoding="utf-8").split("\n"):
        if raw.strip():
            article = json.loads(raw)
            articles[article["id"]] = {**article, "text": gold_text(article)}
    return articles


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m propos.evaluation.annotation", description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["check", "build"])
    parser.add_argument("files", nargs="+", type=Path, help="fragment files (one JSON per article)")
    parser.add_argument("--corpus", type=Path, action="append",
                        help="corpus JSONL file(s) (default: every .jsonl in ../shared/corpus)")
    parser.add_argument("--out", type=Path, help="with build: the gold JSONL to write")
    args = parser.parse_args(argv)
    articles = {}
    for corpus in args.corpus or sorted(Path("../shared/corpus").glob("*.jsonl")):
        articles.update(load_articles(corpus))
    failed, lines = 0, []
    for path in args.files:
        fragments = json.loads(path.read_text(encoding="utf-8"))
        article = articles.get(fragments.get("id"))
        if article is None:
            print(f"== {path}: id {fragments.get('id')!r} is not in the corpus")
            failed += 1
            continue
        placed = place_timexes(fragments, article) if "timexes" in fragments else place_article(fragments, article)
        failed += bool(placed.problems)
        if args.command == "check":
            print(describe(placed))
        lines.append(placed.line)
    if args.command == "build" and args.out:
        args.out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    print(f"{len(args.files)} file(s), {failed} with problems")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
