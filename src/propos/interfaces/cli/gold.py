"""`propos gold sample|split|build` and `propos eval check-gold|agreement`: the project's own gold corpus."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from propos.interfaces.cli.app import app
from propos.interfaces.cli.evaluate import FORMAT_OPTION, ScoreFormat, eval_app

gold_app = typer.Typer(help="Build the gold corpus (gold/fr/README.md).", no_args_is_help=True)
app.add_typer(gold_app, name="gold")

DEFAULT_CORPORA = Path("../shared/corpus")
GOLD_DIR = Path("gold/fr")


def _read_jsonl(path: Path) -> list[dict]:
    from propos.evaluation.quotes import read_jsonl

    try:
        return read_jsonl(path)
    except (OSError, ValueError) as exc:
        typer.echo(f"error: cannot read {path}: {exc}", err=True)
        raise typer.Exit(2) from None


@eval_app.command("check-gold")
def check_gold(files: list[Path] = typer.Argument(..., exists=True, dir_okay=False, help="gold JSONL files")) -> None:
    """Validate gold files: spans inside the text without edge whitespace, unique quote ids, every speaker
    name among the entities, evidence ids that exist (time gold: spans, types and values)."""
    from propos.evaluation.annotation import validate_gold_line, validate_timex_line

    bad = 0
    for path in files:
        for number, line in enumerate(_read_jsonl(path), start=1):
            check = validate_timex_line if "timexes" in line and "quotes" not in line else validate_gold_line
            for problem in check(line):
                bad += 1
                typer.echo(f"{path}:{number} ({line.get('id')}): {problem}")
    if bad:
        typer.echo(f"{bad} problem(s)", err=True)
        raise typer.Exit(1)
    typer.echo(f"{len(files)} file(s) valid")


@eval_app.command("agreement")
def eval_agreement(
    first: Path = typer.Argument(..., exists=True, dir_okay=False, help="one annotator's readings (gold JSONL)"),
    second: Path = typer.Argument(..., exists=True, dir_okay=False, help="another's readings of the same articles"),
    format: ScoreFormat = FORMAT_OPTION,
) -> None:
    """Inter-annotator agreement: quotation, speaker, end-to-end and positions F1 over shared articles."""
    from propos.evaluation.agreement import agreement, format_agreement

    result = agreement(_read_jsonl(first), _read_jsonl(second))
    typer.echo(json.dumps(result, indent=2) if format == ScoreFormat.json else format_agreement(result))


@gold_app.command("sample")
def gold_sample(corpora: Path = typer.Option(DEFAULT_CORPORA, "--corpora", exists=True, file_okay=False),
                out: Path = typer.Option(GOLD_DIR / "assignment.json", "--out")) -> None:
    """The seeded draws of articles and who annotates which (rebuilds gold/fr/assignment.json)."""
    from propos.evaluation.gold_corpus import sample

    out.write_text(json.dumps(sample(corpora), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    typer.echo(f"written {out}")


@gold_app.command("split")
def gold_split(assignment: Path = typer.Option(GOLD_DIR / "assignment.json", "--assignment", exists=True),
               out: Path = typer.Option(GOLD_DIR / "split.json", "--out")) -> None:
    """Train / dev by article with a fixed seed, wave by wave (rebuilds gold/fr/split.json)."""
    from propos.evaluation.gold_corpus import split_waves

    drawn = json.loads(assignment.read_text(encoding="utf-8"))
    out.write_text(json.dumps(split_waves(drawn), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    typer.echo(f"written {out}")


@gold_app.command("build")
def gold_build(corpora: Path = typer.Option(DEFAULT_CORPORA, "--corpora", exists=True, file_okay=False),
               folder: Path = typer.Option(GOLD_DIR, "--gold-dir", exists=True, file_okay=False)) -> None:
    """Write train.jsonl and dev.jsonl from the fragment files under annotations/ (adjudicated readings win)."""
    from propos.evaluation.gold_corpus import build, write_jsonl

    assignment = json.loads((folder / "assignment.json").read_text(encoding="utf-8"))
    split = json.loads((folder / "split.json").read_text(encoding="utf-8"))
    failed = False
    for part in ("train", "dev"):
        lines, problems = build(folder / "annotations", corpora, assignment, split[part])
        for problem in problems:
            typer.echo(f"problem: {problem}", err=True)
        failed |= bool(problems)
        write_jsonl(folder / f"{part}.jsonl", lines)
        quotes = sum(1 for x in lines for q in x["quotes"] if not q.get("optional"))
        typer.echo(f"{part}: {len(lines)} articles, {quotes} required quotations")
    if failed:
        raise typer.Exit(1)


@gold_app.command("doubles")
def gold_doubles(corpora: Path = typer.Option(DEFAULT_CORPORA, "--corpora", exists=True, file_okay=False),
                 folder: Path = typer.Option(GOLD_DIR, "--gold-dir", exists=True, file_okay=False),
                 out: Path | None = typer.Option(None, "--out", file_okay=False,
                                                 help="also write first.jsonl and second.jsonl here")) -> None:
    """Agreement between the two readings of the doubly annotated articles (before adjudication)."""
    from propos.evaluation.agreement import agreement, format_agreement
    from propos.evaluation.gold_corpus import double_readings, write_jsonl

    assignment = json.loads((folder / "assignment.json").read_text(encoding="utf-8"))
    first, second = double_readings(folder / "annotations", corpora, assignment)
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        write_jsonl(out / "first.jsonl", first)
        write_jsonl(out / "second.jsonl", second)
    typer.echo(format_agreement(agreement(first, second)))


@gold_app.command("sample-timex")
def gold_sample_timex(corpora: Path = typer.Option(DEFAULT_CORPORA, "--corpora", exists=True, file_okay=False),
                      folder: Path = typer.Option(GOLD_DIR, "--gold-dir", exists=True, file_okay=False)) -> None:
    """The seeded draw of the time articles, never of the quotation dev split (rebuilds timex-assignment.json)."""
    from propos.evaluation.gold_corpus import timex_sample

    split = json.loads((folder / "split.json").read_text(encoding="utf-8"))
    out = folder / "timex-assignment.json"
    out.write_text(json.dumps(timex_sample(corpora / "news-fr-more.jsonl", split), ensure_ascii=False, indent=1)
                   + "\n", encoding="utf-8")
    typer.echo(f"written {out}")


@gold_app.command("build-timex")
def gold_build_timex(corpora: Path = typer.Option(DEFAULT_CORPORA, "--corpora", exists=True, file_okay=False),
                     folder: Path = typer.Option(GOLD_DIR, "--gold-dir", exists=True, file_okay=False)) -> None:
    """Write timex-news-train.jsonl and timex-news-dev.jsonl from timex-annotations/, and print the agreement
    of the doubly read articles (before adjudication)."""
    from propos.evaluation.gold_corpus import build_timex, timex_agreement, timex_readings, write_jsonl

    assignment = json.loads((folder / "timex-assignment.json").read_text(encoding="utf-8"))
    corpus = corpora / assignment["corpus"]
    parts, problems = build_timex(folder / "timex-annotations", corpus, assignment)
    for problem in problems:
        typer.echo(f"problem: {problem}", err=True)
    for part, lines in parts.items():
        write_jsonl(folder / f"timex-news-{part}.jsonl", lines)
        typer.echo(f"timex-news-{part}: {len(lines)} articles, {sum(len(x['timexes']) for x in lines)} expressions")
    agreement = timex_agreement(timex_readings(folder / "timex-annotations", corpus, assignment), assignment)
    typer.echo("agreement (before adjudication): " + json.dumps(agreement))
    if problems:
        raise typer.Exit(1)
