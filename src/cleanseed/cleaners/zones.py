"""Zones: page widgets told by the shape of their lines, whatever language they are in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import regex

from .._pipeline import Cleaner, Span, lines_of, whole_lines
from .structure import _words, marked_runs

# A count in brackets at the end of the line, after a label: "Firefox(22)", "► October (60)",
# "会社法(10)", "World [3031]".
_COUNT_END = regex.compile(r"\S[ \t]?+[(（\[][ \t]?+\d{1,6}+[ \t]?+[)）\]][ \t]*+$")
# "key: value" rows (a match report's "Árbitro central: Benjamín Pineda(8)") are the article's.
_KEY_VALUE = regex.compile(r"\S:[ \t]++\S")


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
        spans = lines_of(text)
        lines = [text[a:b] for a, b in spans]
        filled = [i for i, line in enumerate(lines) if line.strip()]  # blank lines do not break a run
        for run in marked_runs(filled, [self._item(lines[i]) for i in filled], self.min_items):
            yield from whole_lines(text, spans, run)


counted_links = CountedLinks()
