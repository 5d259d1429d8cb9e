"""Mention → entity, learned: which person or body of the article a pronoun or a floating quotation means.

In the shape of a spaCy trainable component: features (`candidate_features`) apart from the model,
`predict` (scores for candidates) apart from what the resolver does with them, `to_disk`/`from_disk`, and one
training command (`propos train speakers`, propos.training.speakers) that writes the model, its training data,
its features and its scores next to each other in `models/speaker_ranker/`.

The model is a logistic regression over candidate entities (pointwise: each candidate scored on its own, the
best one taken); weights are plain JSON, read without scikit-learn. A best score under `threshold` leaves the
quotation without a speaker name: a wrong speaker is worse than none.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from propos.extraction.learned import LogisticModel
from propos.extraction.quotes.discourse import DiscourseModel, Entity
from propos.extraction.quotes.voice import quote_voice, voice_clash

MODEL_DIR = Path(__file__).with_name("models") / "speaker_ranker"
# a candidate must have been mentioned (or have spoken) within this many characters before the quotation
WINDOW = 2500


@dataclass(frozen=True)
class Query:
    """What the resolver asks: who is meant at `at` by a pronoun (with its agreement) or a floating quote."""

    at: int
    kind: str                  # "pronoun" or "floating"
    gender: str | None = None  # of the pronoun: "Masc" / "Fem"
    number: str | None = None  # "Sing" / "Plur"
    content: tuple[int, int] | None = None  # the quotation's words (character offsets): what they say of its speaker


def candidate_features(model: DiscourseModel, query: Query) -> list[tuple[Entity, dict[str, float]]]:
    """Every entity that may be meant, with its features; empty when nobody is in sight."""
    # a pronoun may go on with who performed a reported act (« Y a contesté l'étude. Il estime … »); a floating
    # quotation carries on someone's words (« Son opposant réclame son départ. « J'irai jusqu'au bout » »)
    spoken = model.spoken_before(query.at, acts=query.kind == "pronoun")
    last_spoken = spoken[-1] if spoken else None
    at_sent, at_par = model.sentence(query.at), model.paragraph(query.at)
    voice = quote_voice(model.doc, query.content, model.voice_words)
    rows = []
    for entity in model.entities + model.speakers_without_entity(query.at):
        before = entity.before(query.at)
        spoke = model.said_by(entity, spoken)
        if not before and not spoke:
            continue
        if entity.role and query.kind == "floating" and not spoke:
            continue  # a floating quotation carries on someone who spoke, not any role the article names
        if query.gender and entity.type == "PER" and query.number != "Plur" and entity.agreement not in (
                None, query.gender):
            # « elle » is not the one the article calls « M. », « le ministre », nor a person the words around her
            # name make masculine (a vote, not sure): agreement is a rule (DEMOCRAT dev pronouns linked 144 → 150
            # of 271, train pronoun quotes out of fold unchanged); a body's grammatical gender is none (as one, out
            # of fold it cost train pronoun quotes 0.916 → 0.893). A plural pronoun agrees with a group, not with
            # one person in it (« Thierry et Véronique Roy … ils »)
            continue
        if query.number == "Plur" and entity.type == "PER" and not entity.role and not any(
                m.coordinated for m in before) and " et " not in entity.name:
            # « ils » is a group, not one person the article names, unless it named the person with others
            # (« Paul et Marie Tessier … Ils »; a couple named as one, « Thierry et Véronique Roy »)
            continue
        if entity.role and any(q and e and q != e for q, e in ((query.gender, entity.gender),
                                                                (query.number, entity.number))):
            continue  # a pronoun agrees with the noun that names a role (« les juges » is not « il »)
        if voice_clash(voice, entity):
            continue  # « Je suis persuadée » is not said by the man the article calls « M. »
        last_end = max([m.end for m in before] + [s.at for s in spoke])
        if query.at - last_end > WINDOW:
            continue
        rows.append((entity, before, spoke, last_end))
    if not rows:
        return []
    by_recency = sorted(rows, key=lambda r: -r[3])
    recency_rank = {id(r[0]): k for k, r in enumerate(by_recency)}
    # no feature ranks the candidates by their latest subject mention: out of fold (train quotations, five fold
    # splits) and on DEMOCRAT press pronouns it cost accuracy; the subject features below are local to the
    # sentence and paragraph
    par_counts = {id(r[0]): sum(1 for m in r[1] if m.par == at_par) for r in rows}
    # who was made the subject after each candidate was last seen: the topic moved on (« Trump a reçu Ryan,
    # qui a défendu le texte. Il … » — the subject was Trump)
    subjects = [(m.end, id(r[0])) for r in rows for m in r[1] if m.subject]
    chain_topic = _pronoun_chain_topic(model, query, rows)
    top_par = max(par_counts.values())
    persons = sum(1 for r in rows if r[0].type == "PER")
    # who is in sight relative to the others (the model scores each candidate on its own): the person seen
    # last, whatever bodies came since, and the one the article has named most so far
    latest_person = max((r[3] for r in rows if r[0].type == "PER"), default=None)
    most_mentions = max(len(r[1]) for r in rows)
    out = []
    for entity, before, spoke, last_end in rows:
        key = id(entity)
        last = max(before, key=lambda m: m.end) if before else None
        rank = recency_rank[key]
        plural = query.number == "Plur"
        person = entity.type == "PER"
        f = {
            "recency_0": float(rank == 0), "recency_1": float(rank == 1), "recency_2plus": float(rank >= 2),
            "log_distance": math.log1p(max(0, query.at - last_end) / 100),
            "sentences_back": min(5, at_sent - last.sent) / 5 if last else 1.0,
            "same_sentence": float(bool(last) and last.sent == at_sent),
            "same_paragraph": float(bool(last) and last.par == at_par),
            "previous_paragraph": float(bool(last) and last.par == at_par - 1),
            "last_is_subject": float(bool(last) and last.subject),
            "last_is_complement": float(bool(last) and last.complement),
            # a name said inside quotation marks is not the narration naming someone (« « X, vous mentez »,
            # clame-t-il » is not X)
            "last_quoted": float(bool(last) and last.quoted),
            "only_quoted": float(bool(before) and all(m.quoted for m in before)),
            "subject_in_paragraph": float(any(m.subject and m.par == at_par for m in before)),
            "subject_this_sentence": float(any(m.subject and m.sent == at_sent for m in before)),
            "subject_previous_sentence": float(any(m.subject and m.sent == at_sent - 1 for m in before)),
            "other_subject_since": float(any(end > last_end and other != key for end, other in subjects)),
            "paragraph_topic": float(par_counts[key] == top_par and top_par > 0),
            # the topic the narration carried on with subject pronouns (stop 49: top-1 out of fold 0.9287 → 0.9327,
            # with propos' own history 0.8845 → 0.8904; train e2e 1470 → 1475, dev unchanged)
            "pronoun_chain": float(key == chain_topic),
            "log_mentions": math.log1p(len(before)),
            "in_title": float(entity.in_title),
            "spoke_last": float(last_spoken is not None and bool(spoke) and spoke[-1] is last_spoken),
            "spoke_before": float(bool(spoke)),
            "spoke_in_paragraph": float(any(model.paragraph(s.at) == at_par for s in spoke)),
            "is_person": float(person),
            "is_body": float(not person and not entity.role),
            "is_role": float(entity.role),
            "number_clash": float(bool(query.number and entity.number) and query.number != entity.number),
            "gender_match": float(bool(query.gender and entity.gender) and query.gender == entity.gender),
            "gender_clash": float(bool(query.gender and entity.gender) and query.gender != entity.gender),
            # agreement told by the given name alone (« Sophie Garnier … elle »), weighed apart from the words': fed
            # into gender_match, the persons whose names the list lacks lost to those it has (train top-1 out of
            # fold 0.9248 → 0.9188); apart, 0.9287 → 0.9307, pronouns 0.9344 → 0.9377
            "name_gender_match": float(bool(query.gender and entity.name_gender) and not entity.gender
                                       and query.gender == entity.name_gender),
            "plural_person": float(plural and person),
            "singular_body": float(query.number == "Sing" and not person),
            # nobody else in sight (that agrees): « Le 6 août, le YouTubeur Squeezie poste … Il refuse »
            "only_candidate": float(len(rows) == 1),
            "only_person": float(person and persons == 1),
            "latest_person": float(person and last_end == latest_person),
            "most_mentioned": float(len(before) == most_mentions),
            "floating": float(query.kind == "floating"),
            "floating_spoke_last": float(query.kind == "floating" and last_spoken is not None and bool(spoke)
                                         and spoke[-1] is last_spoken),
        }
        out.append((entity, f))
    return out


def _pronoun_chain_topic(model: DiscourseModel, query: Query, rows: list) -> int | None:
    """The candidate (its id) the narration has carried on with pronouns: the one named last as a subject outside
    quotation marks, when a subject pronoun agreeing with the query's stands between that mention and the query
    (« L'homme avait une rancœur … Il souhaitait … Il avait annoncé »: the topic, not a name seen since as a
    complement); None when no such chain holds."""
    if query.kind != "pronoun":
        return None
    subjects = [(m.end, k) for k, r in enumerate(rows) for m in r[1] if m.subject and not m.quoted]
    if not subjects:
        return None
    end, k = max(subjects)
    entity, key = rows[k][0], id(rows[k][0])
    # a quotation of someone else since then: the pronoun may carry on with its speaker instead
    if any(s.at > end and not model.said(entity, s) for s in model.spoken_before(query.at)):
        return None
    # the query's own pronoun is no link of the chain (« a-t-elle » is one token, starting before « elle »)
    chained = any(end <= start and stop <= query.at and (not query.gender or gender == query.gender)
                  and (not query.number or not number or number == query.number)
                  for start, stop, gender, number in model.subject_pronouns())
    return key if chained else None


class SpeakerRanker(LogisticModel):
    """Scores candidate entities; `best` is what the resolver asks."""

    def best(self, model: DiscourseModel, query: Query) -> tuple[Entity, float] | None:
        """The most probable entity and its probability, or None when nobody is in sight."""
        candidates = candidate_features(model, query)
        if not candidates:
            return None
        scores = self.predict([f for _, f in candidates])
        k = max(range(len(scores)), key=scores.__getitem__)
        topic = _topic_over_side_speaker(model, query, candidates, k)
        if topic is None:
            topic = _subject_of_own_sentence(model, query, candidates, k)
        if topic is not None:
            return candidates[topic][0], scores[k]
        return candidates[k][0], scores[k]


def _topic_over_side_speaker(model: DiscourseModel, query: Query, candidates: list, k: int) -> int | None:
    """« X a reçu Y, qui a affirmé que … Il a ensuite déclaré … »: a pronoun goes on with the subject of the
    sentence before, not with the one who last spoke in a relative clause hung on its object; the candidate to
    take instead, when the ranker chose that speaker and one person was the previous sentence's subject."""
    spoken = model.spoken_before(query.at)
    chosen = candidates[k][1]
    if query.kind != "pronoun" or not spoken or not spoken[-1].relative or not chosen["spoke_last"] or \
            chosen["subject_previous_sentence"] or model.sentence(spoken[-1].at) != model.sentence(query.at) - 1:
        return None
    # (who spoke: quotations, not acts, « X a salué le travail de Y, qui avait estimé … »)
    subjects = [j for j, (e, f) in enumerate(candidates) if j != k and f["subject_previous_sentence"]
                and f["is_person"] and not model.said_by(e, spoken)]
    return subjects[0] if len(subjects) == 1 else None


def _subject_of_own_sentence(model: DiscourseModel, query: Query, candidates: list, k: int) -> int | None:
    """« Le préfet X a ensuite adressé ses remerciements aux pompiers, il a parlé d'un « … » »: a pronoun goes on
    with the subject the narration named earlier in its own sentence, not with the last speaker; the candidate to
    take instead, when the ranker chose one that is no such subject and exactly one candidate, agreeing, is.
    Subjects inside quote marks or inside the quotation's own words do not count (« « X a menti », a-t-il dit »,
    « … six jeunes ont perdu la vie, déplore-t-il »). Issue 12, stop 50."""
    if query.kind != "pronoun":
        return None
    at_sent = model.sentence(query.at)
    start, end = query.content or (query.at, query.at)

    def narrated_subject(entity: Entity) -> bool:
        return any(m.subject and not m.quoted and m.sent == at_sent and not start <= m.start < end
                   for m in entity.before(query.at))

    if narrated_subject(candidates[k][0]):
        return None
    subjects = [j for j, (e, f) in enumerate(candidates) if j != k and not f["gender_clash"]
                and not f["number_clash"] and narrated_subject(e)]
    return subjects[0] if len(subjects) == 1 else None


@lru_cache(maxsize=2)
def shipped_ranker(path: Path = MODEL_DIR) -> SpeakerRanker | None:
    """The model shipped in the package; None when it has not been trained (the rules decide alone)."""
    return SpeakerRanker.from_disk(path) if (path / "model.json").exists() else None
