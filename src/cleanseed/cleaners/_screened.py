"""Whole-line rules that only look at the few lines a cheap test lets through.

A line-anchored pattern scanned over a whole text is tried at every line,
and a gate of common words lets most lines through. Most of these rules
need something rare on the line (a comma near its end, an "@", a digit and
a colon), which plain string tests find at the speed of a loop over lines.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Callable, Iterator

import regex

from .._pipeline import Cleaner, Span, lines_holding


@dataclass(frozen=True)
class ScreenedLines(Cleaner):
    """Removes every line (newline included) that passes ``screen`` and one of ``patterns`` matches whole."""

    name: str
    description: str
    patterns: tuple[str, ...]
    screen: Callable[[str], bool]
    joiner: str = "\n"
    #: what every line that passes ``screen`` holds (":"), if anything: one scan finds the lines to screen
    needs: str = ""

    @functools.cached_property
    def _compiled(self) -> tuple[regex.Pattern[str], ...]:
        return tuple(regex.compile(p, regex.VERSION1) for p in self.patterns)

    def matches(self, line: str) -> bool:
        """Whether this cleaner removes ``line`` (without its newline)."""
        return self.screen(line) and any(p.fullmatch(line) is not None for p in self._compiled)

    def find(self, text: str) -> Iterator[Span]:
        if self.needs:
            for start, end in lines_holding(text, (self.needs,)):
                if self.matches(text[start:end]):
                    yield start, min(end + 1, len(text))
            return
        start = 0
        for line in text.split("\n"):  # no list of spans and slices: most texts have no such line
            if self.matches(line):
                yield start, min(start + len(line) + 1, len(text))
            start += len(line) + 1
