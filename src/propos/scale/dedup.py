"""Wire duplicates: exact copies by a normalised content hash, near-copies with MinHash-LSH on word shingles,
and truncated copies by a containment check, which Jaccard alone misses (a copy cut to 40 % of the dispatch
has a Jaccard of 0.4 with it, but 100 % of it is contained in the dispatch).

Candidates come from two LSH indexes: one over all shingles of the body, one over the shingles of its lead
(a trimmed copy keeps the lead; the lead window is short enough, 25 shingles, that the shortest copy
considered, 15 shingles, still has a lead Jaccard of 0.6 with its original). Every candidate is verified on the exact shingle sets, so LSH only decides
whom to compare, never who is a duplicate. Copies form wire families; the earliest copy is canonical.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

_WORD = re.compile(r"\w+")
_MASK = np.uint64(0xFFFFFFFF)
_MULT = np.uint64(0x01000193)  # FNV prime: mixes token hashes into a shingle hash


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def normalized(text: str) -> str:
    """Case, punctuation and white space do not make two copies different."""
    return " ".join(words(text))


def content_hash(text: str) -> str:
    return hashlib.sha256(normalized(text).encode("utf-8")).hexdigest()


_TOKEN_HASHES: dict[str, int] = {}
_TOKEN_CACHE_LIMIT = 2_000_000  # words of a language, not of a corpus: the cache stays small


def _token_hash(token: str) -> int:
    value = _TOKEN_HASHES.get(token)
    if value is None:
        if len(_TOKEN_HASHES) >= _TOKEN_CACHE_LIMIT:
            _TOKEN_HASHES.clear()
        value = _TOKEN_HASHES[token] = zlib.crc32(token.encode("utf-8"))
    return value


def shingle_hashes(tokens: list[str], size: int) -> np.ndarray:
    """32-bit hashes of the word `size`-grams, in text order (crc32 per word, combined with numpy)."""
    if len(tokens) < size:
        return np.zeros(0, dtype=np.uint64)
    values = list(map(_TOKEN_HASHES.get, tokens))  # known words at C speed; the new ones one by one
    if None in values:
        values = [_token_hash(t) if v is None else v for t, v in zip(tokens, values, strict=True)]
    th = np.array(values, dtype=np.uint64)
    n = len(tokens) - size + 1
    acc = th[:n].copy()
    for k in range(1, size):
        acc = ((acc * _MULT) ^ th[k : k + n]) & _MASK
    return acc


@dataclass
class Match:
    key: str  # the document this one is a copy of
    kind: str  # "exact", "near" or "contained"
    score: float  # Jaccard for near copies, containment for contained ones, 1.0 for exact


@dataclass
class Family:
    canonical: str
    members: list[str] = field(default_factory=list)  # canonical first, then by date


def body_of(text: str, title_span: tuple[int, int] | None) -> str:
    """Compare bodies: the same dispatch under another headline is still the same dispatch."""
    if title_span and title_span[0] <= 3:
        return text[title_span[1] :]
    return text


class DuplicateFinder:
    """Add documents one by one (`add`), then read `families()` / `duplicate_of()`."""

    def __init__(self, *, threshold: float = 0.5, containment: float = 0.8, num_perm: int = 64,
                 shingle_size: int = 5, lead_shingles: int = 25, min_shingles: int = 15) -> None:
        from datasketch import MinHash, MinHashLSH

        self.threshold = threshold
        self.containment = containment
        self.shingle_size = shingle_size
        self.lead_shingles = lead_shingles
        self.min_shingles = min_shingles
        self._template = MinHash(num_perm=num_perm, hashfunc=int)
        self._num_perm = num_perm
        self._full = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._lead = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._exact: dict[str, str] = {}
        self._sets: dict[str, np.ndarray] = {}
        self._order: dict[str, tuple[str, int]] = {}  # key -> (date or "~", arrival) for "earliest"
        self._parent: dict[str, str] = {}
        self.matches: dict[str, Match] = {}

    def _minhash(self, hashes: np.ndarray):
        from datasketch import MinHash

        m = MinHash(num_perm=self._num_perm, hashfunc=int, permutations=self._template.permutations,
                    scheme=self._template.scheme)
        m.update_batch(hashes.tolist())
        return m

    def _verify(self, key: str, mine: np.ndarray, other: str) -> Match | None:
        theirs = self._sets[other]
        common = np.intersect1d(mine, theirs, assume_unique=True).size
        jaccard = common / (mine.size + theirs.size - common)
        if jaccard >= self.threshold:
            return Match(other, "near", round(float(jaccard), 3))
        contained = common / min(mine.size, theirs.size)
        if contained >= self.containment:
            return Match(other, "contained", round(float(contained), 3))
        return None

    def add(self, key: str, text: str, *, date: str | None = None) -> Match | None:
        """Index one document; return the best earlier-added copy it matches, if any."""
        if key in self._order:
            raise ValueError(f"duplicate key {key!r}")
        self._order[key] = (date or "~", len(self._order))
        self._parent[key] = key
        tokens = words(text)
        digest = hashlib.sha256(" ".join(tokens).encode("utf-8")).hexdigest()
        if digest in self._exact:
            match = Match(self._exact[digest], "exact", 1.0)
            self._link(key, match)
            return match
        self._exact[digest] = key
        ordered = shingle_hashes(tokens, self.shingle_size)
        unique = np.unique(ordered)
        if unique.size < self.min_shingles:
            return None  # too short to tell a copy from a coincidence: exact copies only
        full, lead = self._minhash(unique), self._minhash(np.unique(ordered[: self.lead_shingles]))
        candidates = dict.fromkeys(self._full.query(full) + self._lead.query(lead))
        best = None
        for other in candidates:
            found = self._verify(key, unique, other)
            if found and (best is None or found.score > best.score):
                best = found
        self._sets[key] = unique
        self._full.insert(key, full)
        self._lead.insert(key, lead)
        if best:
            self._link(key, best)
        return best

    def _find(self, key: str) -> str:
        while self._parent[key] != key:
            self._parent[key] = self._parent[self._parent[key]]
            key = self._parent[key]
        return key

    def _link(self, key: str, match: Match) -> None:
        self.matches[key] = match
        a, b = self._find(key), self._find(match.key)
        if a != b:
            self._parent[a] = b

    def families(self) -> list[Family]:
        """Groups of two or more copies; the earliest (by date, then by arrival) is canonical."""
        groups: dict[str, list[str]] = {}
        for key in self._order:
            groups.setdefault(self._find(key), []).append(key)
        result = []
        for members in groups.values():
            if len(members) > 1:
                members.sort(key=self._order.__getitem__)
                result.append(Family(canonical=members[0], members=members))
        return result

    def duplicate_of(self) -> dict[str, str]:
        """Every non-canonical copy -> its family's canonical copy."""
        return {m: f.canonical for f in self.families() for m in f.members[1:]}


def find_families(items: Iterable[tuple[str, str, str | None]], **options) -> list[Family]:
    """(key, text, date) triples -> wire families."""
    finder = DuplicateFinder(**options)
    for key, text, date in items:
        finder.add(key, text, date=date)
    return finder.families()


def count_outlets(quote_text: str, copies: Iterable[tuple[str, str]]) -> int:
    """In how many distinct outlets a quotation appears, given (outlet, text) of a family's copies."""
    needle = normalized(quote_text)
    if not needle:
        return 0
    return len({outlet for outlet, text in copies if needle in normalized(text)})


def mark_outlets(document, copies: list[tuple[str, str]]) -> None:
    """Set `outlets` on every quotation of an analysed document from its family's (outlet, text) copies."""
    for quote in document.quotes:
        quote.outlets = max(1, count_outlets(quote.content.text, copies))
