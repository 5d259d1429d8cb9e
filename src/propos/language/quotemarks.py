"""Pair quote marks in a text: « », “ ”, „ “, ‹ ›, straight quotes, and the press habit of re-opening « at
each paragraph of a long quotation without closing the previous one.

Works on the original or the normalised text (same length). Never raises: an unbalanced mark closes at the
end of its paragraph (or the next paragraph that re-opens), with a warning, so one stray mark cannot swallow
the rest of the article.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from operator import attrgetter
from typing import TypeVar

from propos.language.layout import PARAGRAPH_BREAK, paragraph_end

OPENERS = {"«": "»", "\u201c": "\u201d", "\u201e": "\u201c", "\u2039": "\u203a"}
CLOSERS = {"»", "\u201d", "\u203a"}
STRAIGHT = '"'
# The marks the extraction rules test tokens and text against, named here once so that every rule reads the
# same set, the pairing's own: a French text may quote with „ “ or ‹ › (inside « »), a German one will. „ “ ”
# reach the analysed text as straight marks (textprep), ‹ › as they are. A straight mark does not say which way
# it goes: depth counting reads the DEPTH_ sets without it (“ counts as opening, as in « “ … ” »).
OPENING = frozenset(OPENERS) | {STRAIGHT}
CLOSING = CLOSERS | {STRAIGHT}
ALL = OPENING | CLOSING
DEPTH_OPENING = OPENING - {STRAIGHT}
DEPTH_CLOSING = CLOSING - {STRAIGHT}
# every character the pairing acts on (a line break only matters at a paragraph break)
_MARKS = frozenset(OPENERS) | CLOSERS | {STRAIGHT, "\n"}
_NEXT_MARK = re.compile("[" + re.escape("".join(sorted(_MARKS))) + "]")

T = TypeVar("T")


def quote_depths(items: Iterable[T], text: Callable[[T], str] = attrgetter("text"),
                 reset: str | None = None) -> Iterator[tuple[T, int]]:
    """Each item (a token, or a mark found in a text) with how many quotations are open after it: an opening
    mark (DEPTH_OPENING) opens one more, a closing mark (DEPTH_CLOSING) closes one when one is open (a stray
    one is ignored); a straight mark counts for nothing, it does not say which way it goes. An opening mark
    thus stands at depth 1 or more, the closing mark of an outermost quotation at depth 0. `text`: an item's
    text (a token's, by default); `reset`: a text that closes every open quotation (a paragraph break)."""
    depth = 0
    for item in items:
        mark = text(item)
        if mark in DEPTH_OPENING:
            depth += 1
        elif mark in DEPTH_CLOSING:
            depth -= depth > 0
        elif mark == reset:
            depth = 0
        yield item, depth


@dataclass(frozen=True)
class QuotePair:
    start: int  # offset of the opening mark
    end: int  # offset after the closing mark (or after the paragraph's last character when unclosed)
    closed: bool
    depth: int  # 0 for outer quotations, 1 for quotes inside quotes

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1 if self.closed else self.end


def _paragraph_end(text: str, pos: int) -> int:
    end = paragraph_end(text, pos)
    while end > pos and text[end - 1] in " \n":
        end -= 1
    return end


def _straight_is_opening(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{'-\u2014\u2013:«":
        return not after.isspace()
    return False


def pair_quotes(text: str) -> tuple[list[QuotePair], list[int]]:
    """Return (pairs sorted by start, offsets of stray marks that were closed by the paragraph rule)."""
    pairs: list[QuotePair] = []
    stray: list[int] = []
    stack: list[tuple[int, str]] = []  # (offset, expected closer)

    def close_open(at_end: int, closed: bool) -> None:
        start, _ = stack.pop()
        pairs.append(QuotePair(start, at_end, closed, len(stack)))

    i = 0
    n = len(text)
    while i < n:
        if text[i] not in _MARKS:  # nothing happens between marks: jump to the next one
            found = _NEXT_MARK.search(text, i)
            if found is None:
                break
            i = found.start()
        ch = text[i]
        if stack and text.startswith(PARAGRAPH_BREAK, i):
            # Paragraph break inside an open quotation: French press re-opens « at the next paragraph
            # instead of closing. If the next paragraph starts with an opener, the quotation runs on.
            j = i
            while j < n and text[j] in " \n":
                j += 1
            if j < n and len(stack) == 1 and stack[0][1] == "»" and text[j] == "«":
                i = j + 1  # skip the re-opening mark; the quotation continues
                continue
            while stack:
                stray.append(stack[-1][0])
                close_open(_paragraph_end(text, stack[-1][0]), False)
            i = j
            continue
        if ch in OPENERS and not (ch == "\u201c" and stack and stack[-1][1] == "\u201c"):
            stack.append((i, OPENERS[ch]))
        elif ch in CLOSERS or (ch == "\u201c" and stack and stack[-1][1] == "\u201c"):
            if any(exp == ch for _, exp in stack):
                while stack and stack[-1][1] != ch:
                    stray.append(stack[-1][0])
                    close_open(i, False)
                close_open(i + 1, True)
            else:
                stray.append(i)  # a closer with no opener: ignore it
        elif ch == STRAIGHT:
            if stack and stack[-1][1] == STRAIGHT and not _straight_is_opening(text, i):
                close_open(i + 1, True)
            elif _straight_is_opening(text, i):
                stack.append((i, STRAIGHT))
            elif stack and stack[-1][1] == STRAIGHT:
                close_open(i + 1, True)
            else:
                stray.append(i)
        i += 1
    while stack:
        stray.append(stack[-1][0])
        close_open(_paragraph_end(text, stack[-1][0]), False)
    pairs.sort(key=lambda p: (p.start, -p.end))
    return pairs, sorted(stray)
