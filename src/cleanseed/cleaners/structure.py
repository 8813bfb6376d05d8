"""Structure: clutter found by where a line sits and what surrounds it.

Phrase lists cannot name every menu entry or teaser headline, but such
lines share a shape: short, no sentence punctuation, in runs, outside the
stretch of prose that is the article. The article body is found as the
run of lines that maximises a prose score; only non-prose lines *outside*
it are candidates, and a heading right above the body is kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import regex

from .._pipeline import Cleaner, Span

_SENTENCE_END = regex.compile(r"[.!?…:;\"”»)\]’'。！？」]\s*+$")
_WIDE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")
# Lines shaped like content even when short: list items, "key: value" rows, quantities, addresses.
_CONTENT_SHAPE = regex.compile(r"^\s*+(?:[-*•]\s|\d)|\S:\s++\S|\d{3,}|[.!?…]\s*+$")


def _words(line: str) -> int:
    """Words in a line; for scripts written without spaces, two characters count as a word."""
    wide = len(_WIDE.findall(line)) if not line.isascii() else 0
    return len(line.split()) + wide // 2


def is_prose(line: str) -> bool:
    """A line that reads as running text: long enough and ending like a sentence."""
    n = _words(line)
    return (n >= 10 and _SENTENCE_END.search(line) is not None) or n >= 25


def lines_of(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line, the newline excluded."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def body_span(lines: list[str]) -> tuple[int, int] | None:
    """First and last index of the stretch of lines with the highest prose score."""
    best, best_span, cur, start = 0.0, None, 0.0, 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        score = 1 + len(line) / 80 if is_prose(line) else -0.3
        if cur <= 0:
            cur, start = 0.0, i
        cur += score
        if cur > best:
            best, best_span = cur, (start, i)
    return best_span


@dataclass(frozen=True)
class OutsideBody(Cleaner):
    """Runs of short non-sentence lines (menus, link lists, tag clouds) before or after the article body."""

    name: str = "outside-body"
    description: str = "runs of short non-sentence lines (menus, link lists, tag clouds) before or after the article body"
    min_run: int = 3
    max_words: int = 4
    keep_above: int = 2

    def find(self, text: str) -> Iterator[Span]:
        spans = lines_of(text)
        lines = [text[a:b] for a, b in spans]
        body = body_span(lines)
        if body is None:
            return
        first, last = body
        above = [i for i in range(first) if lines[i].strip()][-self.keep_above :] if self.keep_above else []
        for lo, hi in ((0, first), (last + 1, len(lines))):
            run: list[int] = []
            for i in list(range(lo, hi)) + [None]:
                if i is not None and not lines[i].strip():
                    continue
                if i is not None and not is_prose(lines[i]):
                    run.append(i)
                    continue
                if len(run) >= self.min_run:
                    for j in run:
                        if j not in above and _words(lines[j]) <= self.max_words and not _CONTENT_SHAPE.search(lines[j]):
                            a, b = spans[j]
                            yield a, min(b + 1, len(text))
                run = []
