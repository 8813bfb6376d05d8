"""Structure: clutter found by where a line sits and what surrounds it.

Phrase lists cannot name every menu entry or teaser headline, but such
lines share a shape: short, no sentence punctuation, in runs, outside the
stretch of prose that is the article. The article body is found as the
run of lines that maximises a prose score; only non-prose lines *outside*
it are candidates, and a heading right above the body is kept.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass
from typing import Iterator

import regex

from .._pipeline import Cleaner, LineCleaner, PhraseCleaner, Span, line_key

_SENTENCE_END = regex.compile(r"[.!?…:;\"”»)\]’'。！？」]\s*+$")
_WIDE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")
# Lines shaped like content even when short: list items, "key: value" rows, quantities, addresses.
_ZONE_KEEP = regex.compile(r"^\s*+[-*•]\s|\S:\s++\S")
_CONTENT_SHAPE = regex.compile(r"^\s*+(?:[-*•]\s|\d)|\S:\s++\S|\d{3,}|[.!?…]\s*+$")


def _words(line: str) -> int:
    """Words in a line; for scripts written without spaces, two characters count as a word."""
    wide = 0 if line.isascii() or max(line) < "\u0e00" else len(_WIDE.findall(line))
    return len(line.split()) + wide // 2


def is_prose(line: str) -> bool:
    """A line that reads as running text: long enough and ending like a sentence."""
    n = _words(line)
    return (n >= 10 and _SENTENCE_END.search(line) is not None) or n >= 25


def is_texty(line: str) -> bool:
    """Prose, or a short sentence: what a menu or link list never holds."""
    return is_prose(line) or (_words(line) >= 3 and _STOP.search(line) is not None)


_STOP = regex.compile(r"[.!?…。！？][\"”»)’']?\s*+$")


BLANK, OTHER, SENTENCE, PROSE = range(4)


def kind(line: str) -> int:
    """BLANK, PROSE, SENTENCE (a short sentence) or OTHER."""
    if not line.strip():
        return BLANK
    if is_prose(line):
        return PROSE
    return SENTENCE if is_texty(line) else OTHER


def lines_of(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line, the newline excluded."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def body_span(lines: list[str], kinds: list[int] | None = None) -> tuple[int, int] | None:
    """First and last index of the stretch of lines with the highest prose score.

    ``kinds`` may give each line's :func:`kind`, computed once by the caller."""
    kinds = kinds or [kind(line) for line in lines]
    best, best_span, cur, start = 0.0, None, 0.0, 0
    for i, line in enumerate(lines):
        if kinds[i] == BLANK:
            continue
        score = 1 + len(line) / 80 if kinds[i] == PROSE else 0.5 if kinds[i] == SENTENCE else -0.3
        if cur <= 0:
            cur, start = 0.0, i
        cur += score
        if cur > best:
            best, best_span = cur, (start, i)
    return best_span


@dataclass(frozen=True)
class OutsideBody(Cleaner):
    """Clutter lines before and after the article body.

    Two signals: a run of at least ``min_run`` non-prose lines, whose short
    lines go (menus, tag clouds); and chrome lines (``anchors``: share bars,
    comment forms, "Related" …) that mark where page furniture begins. Past
    the first anchor after the body, and before the last anchor above it,
    every line that does not read as prose goes. Lines shaped like content
    (list items, "key: value", sentences) survive the run rule; headings and
    the ``keep_above`` lines right above the body (title, standfirst) are kept.
    """

    name: str = "outside-body"
    description: str = "menus, link lists and teaser headlines before or after the article body"
    min_run: int = 3
    max_words: int = 4
    keep_above: int = 2
    min_body: float = 0.15
    anchors: tuple[Cleaner, ...] = ()

    @functools.cached_property
    def _anchor_keys(self) -> tuple[frozenset[str], tuple[PhraseCleaner, ...], tuple[Cleaner, ...]]:
        phrases = tuple(a for a in self.anchors if isinstance(a, PhraseCleaner))
        others = tuple(a for a in self.anchors if not isinstance(a, PhraseCleaner))
        return frozenset().union(*(p.keys for p in phrases)), phrases, others

    def _is_chrome(self, line: str) -> bool:
        """Whether an anchor removes ``line`` (the line key is computed once for all phrase anchors)."""
        keys, phrases, others = self._anchor_keys
        key = line_key(line)
        if key in keys and any(p.matches(line, key) for p in phrases):
            return True
        return _words(line) <= 25 and any(a.matches(line) for a in others)

    def find(self, text: str) -> Iterator[Span]:
        spans = lines_of(text)
        lines = [text[a:b] for a, b in spans]
        kinds = [kind(line) for line in lines]
        body = body_span(lines, kinds)
        if body is None:
            return
        first, last = body
        if PROSE not in kinds[first : last + 1]:
            return  # no running text to tell the article from its page
        body_chars = spans[last][1] - spans[first][0]
        if body_chars < self.min_body * len(text):
            return  # a little prose in a page of lists or tables: no article to tell from its page
        filled = [i for i in range(len(lines)) if kinds[i] != BLANK]
        # Lines the anchors match are chrome: they mark where furniture starts, their own
        # cleaners remove them, and the rules below look through them.
        chrome = {i for i in filled if (i < first or i > last) and self._is_chrome(lines[i])}
        rest = [i for i in filled if i not in chrome]
        # a title or standfirst right above the body is kept; a one-word line there is a menu entry
        close = [i for i in rest if i < first][-self.keep_above :] if self.keep_above else []
        prose = {i for i in rest if kinds[i] >= SENTENCE}
        # kept: the title and standfirst, and every heading (a line whose next line, chrome aside, is text)
        kept = {i for i in close if _words(lines[i]) >= 2} | {
            a for a, b in zip(rest, rest[1:]) if b in prose and a not in prose and _words(lines[a]) >= 2
        }
        head_end = max((i for i in chrome if i < first), default=-1)
        tail_start = min((i for i in chrome if i > last), default=len(lines))
        gone = {
            i for i in rest
            if (i <= head_end or i >= tail_start) and i not in prose and i not in kept and not _ZONE_KEEP.search(lines[i])
        }
        for lo, hi in ((0, first), (last + 1, len(lines))):
            run = [i for i in rest if lo <= i < hi]
            for is_text, group in itertools.groupby(run, key=lambda i: i in prose):
                group = list(group)
                if not is_text and len(group) >= self.min_run:
                    gone.update(
                        i for i in group
                        if i not in kept and _words(lines[i]) <= self.max_words and not _CONTENT_SHAPE.search(lines[i])
                    )
        for i in sorted(gone):
            a, b = spans[i]
            yield a, min(b + 1, len(text))


_SEPARATOR = regex.compile(r"[ \t]++[|•·»›>][ \t]++|[ \t]*+[|•·»›][ \t]*+(?=\S)")


def is_separated_menu(line: str) -> bool:
    """A line of three or more short items between separators ("Home | News | Sport",
    "Start » Garten » Hochbeete"); a table row ("| a | b |") is not one."""
    stripped = line.strip()
    if not stripped or stripped[0] == "|" or stripped[-1] == "|" or len(stripped) > 300:
        return False
    items = [item.strip() for item in _SEPARATOR.split(stripped)]
    return (
        len(items) >= 3
        and all(item and len(item.split()) <= 4 and item[-1] not in ".!?…" for item in items)
    )


separated_menus = LineCleaner(
    "separated-menus",
    "menus and breadcrumbs on one line: three or more short items between separators (\"Home | News | Sport\")",
    is_separated_menu,
)
