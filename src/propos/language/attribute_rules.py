"""spaCy's attribute ruler, with its « this part of speech → this tag » rules applied as one array operation.

The French model's ruler (`fr_core_news_md`) holds 23 rules: 20 copy a token's part of speech into its tag
(« POS ADJ → TAG ADJ »), three mend whitespace tokens (part of speech, morphology, dependency). spaCy runs all of
them through its Matcher and builds a Span per match, one per token of the text: 2.9 % of the whole analysis'
CPU, more than the lemmatizer (stop 49, 143 pool articles: 0.26 s of 8.9 s; 0.064 s here,
`benchmarks/attribute_ruler_speed.py`). Here the copying rules that open the
list become one lookup over the document's part-of-speech array, and only the others go through the Matcher, as
spaCy applies them (matched on the document before any change, later rules winning): the same annotations
(`tests/test_attribute_rules.py` compares every token's tag, part of speech, morphology and dependency).
Where the rules do not have that shape (another model), the ruler runs as spaCy's.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc


class PosTagRuler(AttributeRuler):
    """An AttributeRuler whose leading one-token « POS p → TAG t » rules are applied through an array."""

    _split: tuple[np.ndarray, Matcher] | None | bool = False  # not worked out yet

    def add(self, patterns, attrs, index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._split = False

    def clear(self) -> None:
        super().clear()
        self._split = False

    def __call__(self, doc: Doc) -> Doc:
        split = self._fast_split()
        if split is None or len(doc) == 0:
            return super().__call__(doc)
        tag_of_pos, rest = split
        error_handler = self.get_error_handler()
        try:
            self._copy_tags(doc, tag_of_pos)
            matches = sorted((int(self.vocab.strings[m_id]), m_id, s, e)
                             for m_id, s, e in rest(doc, allow_missing=True, as_spans=False))
            self.set_annotations(doc, matches)
            return doc
        except Exception as e:
            return error_handler(self.name, self, [doc], e)

    @staticmethod
    def _copy_tags(doc: Doc, tag_of_pos: np.ndarray) -> None:
        pos = doc.to_array(POS)
        inside = pos < len(tag_of_pos)
        tags = np.where(inside, tag_of_pos[np.where(inside, pos, 0)], np.uint64(0))
        if tags.any():
            doc.from_array([TAG], np.where(tags != 0, tags, doc.to_array(TAG)).astype(np.uint64))

    def _fast_split(self) -> tuple[np.ndarray, Matcher] | None:
        """(tag hash by part-of-speech id, a Matcher of the other rules), or None when the rules do not allow it:
        the copying rules must open the list (spaCy applies rules in their order) and no other rule may read
        the tag (they are matched after the copy, where spaCy matches them before)."""
        if self._split is not False:
            return self._split
        patterns = self.patterns
        leading: dict[int, int] = {}
        first_other = 0
        for key, pattern in enumerate(patterns):
            pos = _copied_pos(pattern, self.attrs[key])
            if pos is None or not self.attrs[key][TAG]:
                break
            leading[POS_IDS[pos]] = self.attrs[key][TAG]
            first_other = key + 1
        others = patterns[first_other:]
        if not leading or any(_reads_tag(p) for p in others):
            self._split = None
            return None
        tag_of_pos = np.zeros(max(leading) + 1, dtype=np.uint64)
        for pos_id, tag in leading.items():
            tag_of_pos[pos_id] = tag
        rest = Matcher(self.vocab, validate=False)
        for key, pattern in enumerate(others, start=first_other):
            rest.add(self.vocab.strings[str(key)], pattern["patterns"])
        self._split = (tag_of_pos, rest)
        return self._split


def _copied_pos(pattern: dict, attrs: dict) -> str | None:
    """The part of speech of a rule « one token of part of speech p → tag t », None for any other rule."""
    tokens = pattern["patterns"]
    if len(tokens) != 1 or len(tokens[0]) != 1 or len(tokens[0][0]) != 1 or pattern.get("index", 0) not in (0, -1):
        return None
    (name, value), = tokens[0][0].items()
    if name.upper() != "POS" or not POS_IDS.get(value) or list(attrs) != [TAG]:
        return None
    return value


def _reads_tag(pattern: dict) -> bool:
    return any(name.upper() == "TAG" for tokens in pattern["patterns"] for token in tokens for name in token)


@Language.factory("propos_attribute_ruler", default_config={"patterns": []})
def make_pos_tag_ruler(nlp: Language, name: str, patterns: list) -> PosTagRuler:
    ruler = PosTagRuler(nlp.vocab, name)
    ruler.add_patterns(patterns)
    return ruler


def speed_up_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Put a PosTagRuler with the same rules in place of spaCy's ruler `name`; False where there is none."""
    if name not in nlp.pipe_names or type(nlp.get_pipe(name)) is not AttributeRuler:
        return False
    nlp.replace_pipe(name, "propos_attribute_ruler", config={"patterns": nlp.get_pipe(name).patterns})
    return True
