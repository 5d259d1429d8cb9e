"""Where an article's text breaks: its paragraphs and its lines, the same rule for every language and every
component (a rule that asks « the same paragraph? » calls these instead of testing line breaks itself).

Two units, both needed:
- a paragraph ends at a blank line (PARAGRAPH_BREAK). Every reader writes one there (the title, then a blank
  line; a feed's block elements); it is the unit of discourse: a quotation's marks close at its end, a
  speaker carries on within it, a quotation's context is its paragraph.
- a line ends at any line break (LINE_BREAK). Inside a paragraph a single break sets apart what the layout
  sets apart, not the prose (a dateline « 12 mars 2016. – » above the first sentence, the items of a list, a
  feed's <br>); rules that ask whether words open their line or follow another sentence on it read lines
  (a heading, a paragraph's first sentence after its dateline, a signature read to its line's end).
Which rule reads which unit is as each was written and tuned (on train, 108 single line breaks in 28 of the
articles: datelines and lists); moving a rule from one to the other is a change of behaviour, to measure.
"""

from __future__ import annotations

import re

PARAGRAPH_BREAK = "\n\n"
LINE_BREAK = "\n"
_EACH_PARAGRAPH_BREAK = re.compile(f"(?={PARAGRAPH_BREAK})")  # overlapping: at each of « \n\n\n »'s two pairs


def paragraph_break_between(text: str, start: int, end: int) -> bool:
    """A blank line in text[start:end]: the two ends lie in different paragraphs."""
    return text.find(PARAGRAPH_BREAK, start, end) >= 0


def paragraph_breaks(text: str, start: int, end: int) -> int:
    """How many blank lines text[start:end] holds (non-overlapping, as str.count)."""
    return text.count(PARAGRAPH_BREAK, start, end)


def paragraph_start(text: str, pos: int) -> int:
    """The first character of the paragraph `pos` stands in: after the last blank line that ends by `pos`."""
    found = text.rfind(PARAGRAPH_BREAK, 0, pos)
    return 0 if found < 0 else found + len(PARAGRAPH_BREAK)


def paragraph_end(text: str, pos: int) -> int:
    """Where the paragraph of `pos` ends: the next blank line from `pos` on, or the text's end."""
    found = text.find(PARAGRAPH_BREAK, pos)
    return len(text) if found < 0 else found


def paragraph_starts(text: str) -> list[int]:
    """The first character of every paragraph, in order: 0, then the character after each pair of line breaks
    (three line breaks in a row count twice: they start an empty paragraph)."""
    return [0] + [m.start() + len(PARAGRAPH_BREAK) for m in _EACH_PARAGRAPH_BREAK.finditer(text)]


def line_break_between(text: str, start: int, end: int) -> bool:
    """A line break in text[start:end]: the two ends lie on different lines."""
    return text.find(LINE_BREAK, start, end) >= 0


def line_start(text: str, pos: int) -> int:
    """The first character of the line `pos` stands on."""
    return text.rfind(LINE_BREAK, 0, pos) + 1


def line_end(text: str, pos: int) -> int:
    """Where the line of `pos` ends: the next line break from `pos` on, or the text's end."""
    found = text.find(LINE_BREAK, pos)
    return len(text) if found < 0 else found
