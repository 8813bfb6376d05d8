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

from .._pipeline import Cleaner, Span, lines_of, whole_lines


@dataclass(frozen=True)
class ScreenedLines(Cleaner):
    """Removes every line (newline included) that passes ``screen`` and one of ``patterns`` matches whole."""

    name: str
    description: str
    patterns: tuple[str, ...]
    screen: Callable[[str], bool]
    joiner: str = "\n"

    @functools.cached_property
    def _compiled(self) -> tuple[regex.Pattern[str], ...]:
        return tuple(regex.compile(p, regex.VERSION1) for p in self.patterns)

    def matches(self, line: str) -> bool:
        """Whether this cleaner removes ``line`` (without its newline)."""
        return self.screen(line) and any(p.fullmatch(line) is not None for p in self._compiled)

    def find(self, text: str) -> Iterator[Span]:
        spans = lines_of(text)
        yield from whole_lines(text, spans, (k for k, (a, b) in enumerate(spans) if self.matches(text[a:b])))
