"""Zones: page widgets told by the shape of their lines, whatever language they are in."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

import regex

from .._pipeline import Cleaner, Span
from .structure import _words

# A count in brackets at the end of the line, after a label: "Firefox(22)", "► October (60)",
# "会社法(10)", "World [3031]".
_COUNT_END = regex.compile(r"\S[ \t]?+[(（\[][ \t]?+\d{1,6}+[ \t]?+[)）\]][ \t]*+$")
# "key: value" rows (a match report's "Árbitro central: Benjamín Pineda(8)") are the article's.
_KEY_VALUE = regex.compile(r"\S:[ \t]++\S")
# The end of a line whose last character (blanks aside) is a closing bracket.
_CLOSED_LINE = re.compile(r"[)）\]][^\S\n]*+$", re.MULTILINE)


@dataclass(frozen=True)
class CountedLinks(Cleaner):
    """Category, tag and archive widgets: runs of links, each with its number of posts.

    A run is ``min_items`` or more lines in a row (blank lines aside), each a
    label of at most ``max_words`` words followed by a count in brackets and
    nothing else ("Firefox(22)", "► October (60)", "Immigration (1018)").
    A "key: value" row is not an item: a match report's ratings stay.
    """

    name: str = "counted-links"
    description: str = "category and archive widgets: three or more links in a row, each with its post count ('Firefox (22)')"
    min_items: int = 3
    max_words: int = 6
    max_chars: int = 120

    def _item(self, line: str) -> bool:
        stripped = line.rstrip()
        return (
            stripped[-1:] in ")）]"
            and len(stripped) <= self.max_chars
            and _COUNT_END.search(stripped) is not None
            and _words(stripped) <= self.max_words
            and _KEY_VALUE.search(stripped) is None
        )

    def find(self, text: str) -> Iterator[Span]:
        if ")" not in text and "）" not in text and "]" not in text:
            return
        # only a line that ends with a bracket can be an item: one scan finds them, and a run
        # breaks where a line that is not blank lies between two of them (a long text has
        # brackets somewhere, and testing each of its lines cost twice as much as in pieces)
        run: list[tuple[int, int]] = []
        last = -1
        for m in _CLOSED_LINE.finditer(text):
            start, end = text.rfind("\n", 0, m.start()) + 1, m.end()
            if run and not text[last:start].isspace():
                yield from self._whole(text, run)
                run = []
            if self._item(text[start:end]):
                run.append((start, end))
            elif run:
                yield from self._whole(text, run)
                run = []
            last = end
        yield from self._whole(text, run)

    def _whole(self, text: str, run: list[tuple[int, int]]) -> Iterator[Span]:
        """The lines of ``run`` with their newlines, when it is long enough."""
        if len(run) >= self.min_items:
            for start, end in run:
                yield start, min(end + 1, len(text))


counted_links = CountedLinks()
