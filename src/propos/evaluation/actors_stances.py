"""Score actors and stances against the gold `entities` and `positions` (../shared/gold, GOLD_FORMAT.md).

Actors are compared by name with the quote scorer's `same_speaker` (exact name, a listed alias or the same
surname, without case, accents or titles):

- `actor_precision`: of every predicted person, organisation or government, the share that is a gold entity.
  Gold entities list only the people and bodies that speak, so this is a lower bound: an actor the article
  only names counts as wrong;
- `speaker_precision`: the same, over the actors the article makes speak or act (the speaker of a quote, the
  source of an event) — the actors gold entities are meant to list;
- `mention_precision`: of the predicted mentions whose text is a gold name or alias, the share linked to
  an actor that is that gold entity (a check of merging, not of finding);
- `entity_recall`: the share of gold entities that some predicted actor is (same test);
- stances: a predicted stance is right when a gold position has the same holder, the same polarity and an
  issue sharing at least half of the smaller issue's content words (lemmas, synonyms folded).

    python -m propos.evaluation.actors_stances ../shared/gold/quotes-fr-dev.jsonl [--details]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from propos.evaluation.quotes import same_speaker
from propos.extraction.actors.knowledge import fold

_ACTING_TYPES = ("PER", "ORG", "GOV")
_DET = re.compile(r"^(?:le|la|les|l')\s*", re.IGNORECASE)


def _norm(text: str) -> str:
    return _DET.sub("", fold(" ".join(text.split())).replace("\u2019", "'")).strip()


def _names(entity: dict) -> set[str]:
    return {_norm(n) for n in [entity["name"], *entity.get("aliases", [])] if n}


def _same(actor_names: set[str], gold_names: set[str], gold_type: str) -> bool:
    if actor_names & gold_names:
        return True
    if gold_type == "PER":  # the same surname, as the quote scorer accepts
        last = {n.split()[-1] for n in actor_names if n}
        return bool(last & {n.split()[-1] for n in gold_names if len(n.split()) > 1})
    return False


def _issue_words(nlp, text: str) -> set[str]:
    return {fold(t.lemma_.lower()) for t in nlp(text) if t.pos_ in ("NOUN", "PROPN", "ADJ") and not t.is_stop}


def score(gold_path: Path, details: bool = False) -> dict:
    """The counts and ratios; with `details`, also the actors and stances that matched no gold item."""
    import propos
    from propos.language.pipeline import load

    nlp = load("fr")
    counts = dict(actors=0, actors_ok=0, speakers=0, speakers_ok=0, mentions=0, mentions_ok=0, entities=0, entities_found=0, stances=0, stances_ok=0,
                  positions=0, positions_found=0)
    misses: dict[str, list[str]] = {"wrong_actors": [], "wrong_stances": [], "missed_positions": []}
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        gold = json.loads(line)
        doc = propos.analyze(gold["text"], date=gold.get("date"), id=gold["id"])
        entities = [e for e in gold.get("entities", []) if e.get("type") in ("PER", "ORG", "GOV", "GPE")]
        actor_names = {a.id: {_norm(a.name)} for a in doc.actors}  # canonical names only: mentions are aliases
        alias_owner = {n: e for e in entities for n in _names(e)}
        for actor in doc.actors:
            for m in actor.mentions:
                entity = alias_owner.get(_norm(m.text))
                if entity is None:
                    continue
                counts["mentions"] += 1
                counts["mentions_ok"] += _same(actor_names[actor.id], _names(entity), entity["type"])
        acting = {q.speaker_id for q in doc.quotes} | {e.source_id for e in doc.events}
        gold_names = [[e["name"], *e.get("aliases", [])] for e in gold.get("entities", [])]
        for actor in doc.actors:
            if actor.type not in _ACTING_TYPES:
                continue
            ok = any(same_speaker(actor.name, names) for names in gold_names)
            counts["actors"] += 1
            counts["actors_ok"] += ok
            if not ok:
                misses["wrong_actors"].append(f"{gold['id']}: {actor.type} {actor.name}"
                                              f"{' (acting)' if actor.id in acting else ''}")
            if actor.id in acting:
                counts["speakers"] += 1
                counts["speakers_ok"] += ok
        for e in entities:
            counts["entities"] += 1
            counts["entities_found"] += any(_same(n, _names(e), e["type"]) for n in actor_names.values())
        positions = gold.get("positions", [])
        holders = {e["name"]: _names(e) for e in gold.get("entities", [])}
        matched: set[int] = set()
        for s in doc.stances:
            counts["stances"] += 1
            words = _issue_words(nlp, s.issue)
            for i, p in enumerate(positions):
                names = holders.get(p["holder"], {_norm(p["holder"])})
                gw = _issue_words(nlp, p["issue"])
                overlap = len(words & gw) / max(1, min(len(words), len(gw)))
                if p["stance"] == s.stance and _same({_norm(s.holder_name)}, names, "PER") and overlap >= 0.5:
                    counts["stances_ok"] += 1
                    matched.add(i)
                    break
            else:
                misses["wrong_stances"].append(f"{gold['id']}: {s.holder_name} | {s.issue} | {s.stance}")
        misses["missed_positions"] += [f"{gold['id']}: {p['holder']} | {p['issue']} | {p['stance']}"
                                       for i, p in enumerate(positions) if i not in matched]
        counts["positions"] += len(positions)
        counts["positions_found"] += len(matched)

    def ratio(a: str, b: str) -> float:
        return round(counts[a] / counts[b], 3) if counts[b] else 0.0

    return {
        **counts,
        "actor_precision": ratio("actors_ok", "actors"),
        "speaker_precision": ratio("speakers_ok", "speakers"),
        "mention_precision": ratio("mentions_ok", "mentions"),
        "entity_recall": ratio("entities_found", "entities"),
        "stance_precision": ratio("stances_ok", "stances"),
        "stance_recall": ratio("positions_found", "positions"),
        **(misses if details else {}),
    }


if __name__ == "__main__":
    print(json.dumps(score(Path(sys.argv[1]), details="--details" in sys.argv[2:]), indent=2, ensure_ascii=False))
