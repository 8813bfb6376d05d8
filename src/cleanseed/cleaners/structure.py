"""Structure: clutter found by where a line sits and what surrounds it.

Phrase lists cannot name every menu entry or teaser headline, but such
lines share a shape: short, no sentence punctuation, in runs, outside the
stretch of prose that is the article. The article body is found as the
run of lines that maximises a prose score; only non-prose lines *outside*
it are candidates, and a heading right above the body is kept.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass
from typing import Collection, Iterable, Iterator, NamedTuple, Sequence

import regex

from .._pipeline import (
    Cleaner, ContextCleaner, LineCleaner, PhraseCleaner, RegexCleaner, RemovedLine, Span, line_key, line_may_match, line_prefilter,
    lines_of, prefiltered_lines, whole_lines,
)
from ._resources import REGEX_SPACE

_WIDE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")
_LINE_FLAGS = regex.MULTILINE | regex.VERSION1

# Lines shaped like content even when short: list items, "key: value" rows, quantities, addresses.
_ZONE_KEEP = regex.compile(r"^\s*+[-*•]\s|\S:\s++\S")
_CONTENT_SHAPE = regex.compile(r"^\s*+(?:[-*•]\s|\d)|\S:\s++\S|\d{3,}|[.!?…]\s*+$")


def _words(line: str) -> int:
    """Words in a line; for scripts written without spaces, two characters count as a word."""
    wide = 0 if line.isascii() or _MAYBE_WIDE.search(line) is None else len(_WIDE.findall(line))
    return len(line.split()) + wide // 2


# The blocks that hold _WIDE's scripts (Thai, Hangul Jamo, CJK to Yi, Hangul, CJK compatibility,
# half- and full-width forms, the supplementary planes): one C-level scan tells a line holds none of them.
# Punctuation (U+2000-U+206F: ’ – …), which most lines of Latin text hold, lies outside.
_MAYBE_WIDE = re.compile("[\u0e00-\u0e7f\u1100-\u11ff\u2e80-\ua4cf\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\uff00-\uffef\U00010000-\U0010ffff]")


def is_prose(line: str) -> bool:
    """A line that reads as running text: long enough and ending like a sentence."""
    return _is_prose(line, _words(line))


def _is_prose(line: str, n: int) -> bool:
    return (n >= 10 and _tail(line)[-1:] in _SENTENCE_END_CHARS) or n >= 25


def is_texty(line: str) -> bool:
    """Prose, or a short sentence: what a menu or link list never holds."""
    n = _words(line)
    return _is_prose(line, n) or (n >= 3 and _ends_with_stop(line))


def _ends_with_stop(line: str) -> bool:
    """Whether a stop, and at most one closing quote or bracket, ends ``line`` (blanks aside)."""
    tail = _tail(line)
    return tail[-1:] in _STOPS or (tail[-1:] in _CLOSERS and tail[-2:-1] in _STOPS)


# The line must end (blanks aside) in one of these: a test on the last character, not a
# regex search through the whole line (outside-body classifies every line).
_SENTENCE_END_CHARS = frozenset(".!?…:;\"”»)]’'。！？」")
_STOPS = frozenset(".!?…。！？")
_CLOSERS = frozenset("\"”»)’'")


def _tail(line: str) -> str:
    return line.rstrip(REGEX_SPACE)


BLANK, OTHER, SENTENCE, PROSE = range(4)


def kind(line: str) -> int:
    """BLANK, PROSE, SENTENCE (a short sentence) or OTHER."""
    return _kind(line, _words(line))


def _kind(line: str, n: int) -> int:
    """:func:`kind`, given the line's :func:`_words`."""
    if not line.strip():
        return BLANK
    if _is_prose(line, n):
        return PROSE
    return SENTENCE if n >= 3 and _ends_with_stop(line) else OTHER


_NUMBER = regex.compile(r"\d++")


def numbered_groups(lines: list[str], indices: Iterable[int]) -> dict[str, list[int]]:
    """``indices`` grouped by their line with each number written "#" and case folded: the lines
    of one template ("Step 1", "Step 2"; "Air Date: November 19, 2019")."""
    groups: dict[str, list[int]] = {}
    for i in indices:
        groups.setdefault(_NUMBER.sub("#", lines[i].strip()).casefold(), []).append(i)
    return groups


def counts_up(lines: list[str], group: list[int]) -> bool:
    """Whether the first numbers of ``group``'s lines count up somewhere ("Step 1", "Step 2"): labels
    that number an article's own steps, as a menu's entries or a list's template lines seldom do.
    Nine digits at most are read: a number's first digits tell whether it follows the one before."""
    return counting([int(m.group()[:9]) for i in group if (m := _NUMBER.search(lines[i])) is not None])


def counting(numbers: list[int]) -> bool:
    """Whether two numbers in a row of ``numbers`` count up (3 after 2)."""
    return any(b == a + 1 for a, b in zip(numbers, numbers[1:]))


def numbered_steps(lines: list[str], indices: list[int]) -> set[int]:
    """The lines of ``indices`` that are an article's numbered steps: labels of one template whose
    numbers count up (:func:`counts_up`), and the line after each label (its step)."""
    at = {i: n for n, i in enumerate(indices)}
    steps: set[int] = set()
    for group in numbered_groups(lines, indices).values():
        if len(group) > 1 and counts_up(lines, group):
            steps.update(indices[j] for i in group for j in (at[i], at[i] + 1) if j < len(indices))
    return steps


def marked_runs(indices: list[int], marked: list[bool], min_items: int) -> Iterator[list[int]]:
    """The runs of ``min_items`` or more of ``indices`` in a row (blank lines are not in them, so
    they do not break a run) whose ``marked`` flag is set."""
    run: list[int] = []
    for i, mark in zip(indices, marked):
        if mark:
            run.append(i)
            continue
        if len(run) >= min_items:
            yield run
        run = []
    if len(run) >= min_items:
        yield run


def body_span(
    lines: list[str], kinds: list[int] | None = None, cuts: Collection[int] = (), cut_cost: float = 0.0
) -> tuple[int, int] | None:
    """First and last index of the stretch of lines with the highest prose score.

    ``kinds`` may give each line's :func:`kind`, computed once by the caller. The lines
    ``cuts`` score ``-cut_cost``: a stretch crosses one only when enough prose lies beyond."""
    kinds = kinds or [kind(line) for line in lines]
    best, best_span, cur, start = 0.0, None, 0.0, 0
    for i, line in enumerate(lines):
        if kinds[i] == BLANK:
            continue
        score = 1 + len(line) / 80 if kinds[i] == PROSE else 0.5 if kinds[i] == SENTENCE else -0.3
        if i in cuts:
            score = -cut_cost
        if cur <= 0:
            cur, start = 0.0, i
        cur += score
        if cur > best:
            best, best_span = cur, (start, i)
    return best_span


class _Anchors(NamedTuple):
    """:class:`OutsideBody`'s anchors, arranged to test a line with as few calls as possible."""

    phrase_filter: re.Pattern[str] | None  # the lines a phrase anchor can match (see prefiltered_lines)
    by_key: dict[str, tuple[PhraseCleaner, ...]]  # the phrase anchors by line key
    regex_filter: re.Pattern[str] | None  # the lines a joined regex anchor can match
    joined: regex.Pattern[str] | None  # one alternation of the whole-line regex anchors anchored at "^"
    others: tuple[Cleaner, ...]  # every other anchor, asked one by one


@dataclass(frozen=True)
class OutsideBody(Cleaner):
    """Clutter lines before and after the article body.

    Two signals: a run of at least ``min_run`` non-prose lines, whose short
    lines go (menus, tag clouds); and chrome lines (``anchors``: share bars,
    comment forms, "Related" …) that mark where page furniture begins. Past
    the first anchor after the body, and before the last anchor above it,
    every line that does not read as prose goes. Lines shaped like content
    (list items, "key: value", sentences) survive the run rule, and so does a
    run of which half is shaped so (ingredients after the last paragraph); headings,
    the ``keep_above`` lines right above the body (title, standfirst) and the line
    right above a byline (``bylines``: the standfirst over "by Jane Doe / @janedoe /
    Nov 18, 2019") are kept.

    Teaser deks are prose too, so the best run of prose often reaches past a
    "Related" label or a share bar into the teaser list below it. An anchor
    inside that run therefore costs ``anchor_cost`` (three short paragraphs'
    worth): the body ends there unless more prose lies beyond. The lines this
    narrower body exposes go by the same rules, less those shaped like the
    article's own (see :meth:`_exposed_keep`): a heading of any length, a
    closing line of up to ``keep_after_words`` words right after a paragraph
    ("Sei herzlich gegrüßt"), a label ending in ":", content-shaped lines and
    runs of which a third are (a CV's dates, a list of press clippings).

    A body of less than ``min_body`` of the text is a little prose in a page of
    lists or tables, and nothing goes; the page's menus (runs of ``menu_run`` short
    lines or more) do not count in the text, since on a whole page they can
    dwarf the article they stand around.
    """

    name: str = "outside-body"
    description: str = "menus, link lists and teaser headlines before or after the article body"
    min_run: int = 3
    max_words: int = 4
    keep_above: int = 2
    min_body: float = 0.15
    menu_run: int = 10
    anchor_cost: float = 5.0
    keep_after_words: int = 3
    anchors: tuple[Cleaner, ...] = ()
    #: anchors that remove bylines: the line of four words or more right above one is the title or standfirst, and stays
    bylines: tuple[Cleaner, ...] = ()

    @functools.cached_property
    def _anchor_index(self) -> _Anchors:
        by_key: dict[str, list[PhraseCleaner]] = {}
        phrases: set[str] = set()
        for a in self.anchors:
            if isinstance(a, PhraseCleaner):
                for key in a.keys:
                    by_key.setdefault(key, []).append(a)
                phrases.update(*a._phrases())
        others = [a for a in self.anchors if not isinstance(a, PhraseCleaner)]
        # one match call per line instead of one per anchor
        joinable = [
            a for a in others
            if isinstance(a, RegexCleaner) and a.whole_line and a.flags == _LINE_FLAGS
            and all(p.pattern.startswith("^") for p in a.patterns)
        ]
        joined = regex.compile("|".join(f"(?:{p.pattern})" for a in joinable for p in a.patterns), _LINE_FLAGS) if joinable else None
        starts = [w for a in joinable for w in a.starts] if joinable and all(a.starts for a in joinable) else None
        return _Anchors(
            phrase_filter=line_prefilter(phrases),
            by_key={k: tuple(v) for k, v in by_key.items()},
            regex_filter=None if starts is None else line_prefilter(starts),
            joined=joined,
            others=tuple(a for a in others if a not in joinable),
        )

    def _is_chrome(self, text: str, start: int, end: int, words: int, phrase_line: bool, regex_line: bool) -> bool:
        """Whether an anchor removes the line ``text[start:end]``; ``phrase_line``, ``regex_line``:
        whether a phrase anchor, a joined regex anchor can."""
        anchors = self._anchor_index
        line = text[start:end]
        key = line_key(line) if phrase_line else ""
        if phrase_line and any(
            line_may_match(p._prefilter, text, start, end) and p.matches(line, key)  # the cheap test first
            for p in anchors.by_key.get(key, ())
        ):
            return True
        return words <= 25 and (
            (regex_line and anchors.joined is not None and anchors.joined.match(line) is not None)
            or any(a.matches(line) for a in anchors.others)
        )

    def find(self, text: str) -> Iterator[Span]:
        spans = lines_of(text)
        lines = [text[a:b] for a, b in spans]
        words = [_words(line) for line in lines]
        kinds = [_kind(line, n) for line, n in zip(lines, words)]
        body = body_span(lines, kinds)
        if body is None:
            return
        first, last = body
        if PROSE not in kinds[first : last + 1]:
            return  # no running text to tell the article from its page
        body_chars = spans[last][1] - spans[first][0]
        filled = [i for i in range(len(lines)) if kinds[i] != BLANK]
        # Lines the anchors match are chrome: they mark where furniture starts, their own
        # cleaners remove them, and the rules below look through them. Inside the body only a
        # line that is not a paragraph can be one.
        anchors = self._anchor_index
        phrase_lines = {start for start, _ in prefiltered_lines(anchors.phrase_filter, text)}
        regex_lines = {start for start, _ in prefiltered_lines(anchors.regex_filter, text)}
        def chrome_lines(first: int, last: int) -> set[int]:
            return {
                i for i in filled
                if (i < first or i > last or kinds[i] != PROSE)
                and self._is_chrome(text, *spans[i], words[i], spans[i][0] in phrase_lines, spans[i][0] in regex_lines)
            }

        chrome = chrome_lines(first, last)
        # A body that begins or ends with a chrome line ends where it would without that line, which its cleaner
        # removes: a second run, without it, would find that body.
        edges = {first, last} & chrome
        if edges:
            trimmed = body_span(lines, [BLANK if i in edges else k for i, k in enumerate(kinds)])
            if trimmed is not None and PROSE in kinds[trimmed[0] : trimmed[1] + 1]:
                first, last = trimmed
                body_chars = spans[last][1] - spans[first][0]
                chrome = chrome_lines(first, last)
        if body_chars < self.min_body * len(text):
            # the page less its chrome, which its cleaners remove (a second run, without it, found the body large
            # enough), and less its menus, measured only then
            rest = [i for i in filled if i not in chrome]
            page = len(text) - sum(spans[i][1] - spans[i][0] for i in chrome) - self._menu_chars(lines, words, kinds, rest)
            if body_chars < self.min_body * page:
                return  # a little prose in a page of lists or tables: no article to tell from its page
        # the non-text lines shaped like content (the only ones the rules below ask about), tested once
        # for both passes of _gone and for _exposed_keep
        shaped = {i for i in filled if kinds[i] == OTHER and _CONTENT_SHAPE.search(lines[i])}
        gone = self._gone(lines, words, kinds, filled, chrome, shaped, first, last)
        inner = [i for i in chrome if first <= i <= last]
        if inner and self.anchor_cost:
            cut = body_span(lines, kinds, set(inner), self.anchor_cost)
            if cut is not None and first <= cut[1] < last:
                exposed = self._gone(lines, words, kinds, filled, chrome, shaped, first, cut[1]) - gone
                gone |= exposed - self._exposed_keep(lines, words, kinds, filled, shaped, exposed)
        yield from whole_lines(text, spans, sorted(gone))

    def _menu_chars(self, lines: list[str], words: list[int], kinds: list[int], filled: list[int]) -> int:
        """The characters of the page's menus: runs of ``menu_run`` short lines or more, which on a whole page
        can dwarf the article they stand around."""
        short = [kinds[i] == OTHER and words[i] <= self.max_words for i in filled]
        return sum(len(lines[i]) for run in marked_runs(filled, short, self.menu_run) for i in run)

    def _gone(
        self, lines: list[str], words: list[int], kinds: list[int], filled: list[int], chrome: set[int], shaped: set[int],
        first: int, last: int,
    ) -> set[int]:
        """The lines outside the body ``first``..``last`` that go; ``chrome``: the lines anchors match,
        ``shaped``: those :data:`_CONTENT_SHAPE` finds."""
        chrome = {i for i in chrome if i < first or i > last}
        rest = [i for i in filled if i not in chrome]
        # a title or standfirst right above the body is kept; a one-word line there is a menu entry
        close = [i for i in rest if i < first][-self.keep_above :] if self.keep_above else []
        prose = {i for i in rest if kinds[i] >= SENTENCE}
        # kept: the title and standfirst, and every heading (a line whose next line, chrome aside, is text)
        kept = {i for i in close if words[i] >= 2} | {
            a for a, b in zip(rest, rest[1:]) if b in prose and a not in prose and words[a] >= 2
        }
        # the title or standfirst right over the byline ("… asked about Thursday night's fight / by Jane Doe / @janedoe")
        kept |= {
            a for a, b in zip(filled, filled[1:])
            if a < first and b in chrome and words[a] >= 4 and a not in chrome and any(c.matches(lines[b]) for c in self.bylines)
        }
        head_end = max((i for i in chrome if i < first), default=-1)
        tail_start = min((i for i in chrome if i > last), default=len(lines))
        gone = {
            i for i in rest
            if (i <= head_end or i >= tail_start) and i not in prose and i not in kept and not _ZONE_KEEP.search(lines[i])
        }
        for lo, hi in ((0, first), (last + 1, len(lines))):
            run = [i for i in rest if lo <= i < hi]
            for is_text, whole in itertools.groupby(run, key=lambda i: i in prose):
                if is_text:
                    continue
                whole = list(whole)
                # the run, and the run less the lines the rule above takes: a second run sees only that one
                for group in (whole, [i for i in whole if i not in gone]):
                    # half its lines shaped like content (quantities, list items): the article's own list
                    if len(group) >= self.min_run and 2 * sum(1 for i in group if i in shaped) < len(group):
                        steps = numbered_steps(lines, group)
                        gone.update(i for i in group if i not in kept and words[i] <= self.max_words and i not in shaped and i not in steps)
        return gone

    def _exposed_keep(
        self, lines: list[str], words: list[int], kinds: list[int], filled: list[int], shaped: set[int], exposed: set[int]
    ) -> set[int]:
        """The lines of ``exposed`` shaped like the article's own: a heading (its next line is
        text), a short closing line right after a paragraph, a label that introduces what
        follows, a content-shaped line and a run of which a third is content-shaped."""
        text = {i for i in filled if kinds[i] >= SENTENCE}
        keep = set()
        for before, i, after in zip([-1, *filled], filled, [*filled[1:], -1]):
            if i not in exposed:
                continue
            if (
                after in text
                or (before in text and 2 <= words[i] <= self.keep_after_words)
                or _tail(lines[i])[-1:] == ":"
                or i in shaped
            ):
                keep.add(i)
        for is_text, group in itertools.groupby(filled, key=lambda i: i in text):
            group = list(group)
            if not is_text and 3 * sum(1 for i in group if i in shaped) >= len(group):
                keep.update(i for i in group if i in exposed)
        return keep


_SEPARATOR = regex.compile(r"[ \t]++[|•·»›>][ \t]++|[ \t]*+[|•·»›][ \t]*+(?=\S)")


def separated_items(line: str, separator: regex.Pattern[str]) -> list[str] | None:
    """The items of ``line`` between ``separator`` s, stripped; None for a table's row ("| a | b |"), a blank line
    and a line of more than 300 characters."""
    stripped = line.strip()
    if not stripped or stripped[0] == "|" or stripped[-1] == "|" or len(stripped) > 300:
        return None
    return [item.strip() for item in separator.split(stripped)]


def is_separated_menu(line: str) -> bool:
    """A line of three or more short items between separators ("Home | News | Sport",
    "Start » Garten » Hochbeete"); a table row ("| a | b |") is not one."""
    items = separated_items(line, _SEPARATOR)
    return (
        items is not None and len(items) >= 3
        and all(item and len(item.split()) <= 4 and item[-1] not in ".!?…" for item in items)
    )


class _SeparatedMenus(LineCleaner):
    """Looks only at the lines that hold a separator (half the texts hold none; a long text holds
    one somewhere, and then testing each of its lines cost five times more than on the same
    text cut in pieces)."""

    def find(self, text: str) -> Iterator[Span]:
        if _ANY_SEPARATOR.search(text) is None:
            return iter(())
        if _ODD_BREAK.search(text) is not None:  # the lines of str.splitlines are not the "\n" lines
            return super().find(text)
        return self._separated_lines(text)

    def _separated_lines(self, text: str) -> Iterator[Span]:
        for m in _SEPARATED_LINE.finditer(text):  # one hit per line that holds a separator
            start, end = text.rfind("\n", 0, m.start()) + 1, m.end()
            if self.test(text[start:end]):
                yield start, min(end + 1, len(text))


_ANY_SEPARATOR = re.compile("[|•·»›>]")
_SEPARATED_LINE = re.compile("[|•·»›>][^\n]*+")
#: Line breaks of str.splitlines other than "\n".
_ODD_BREAK = re.compile("[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")

separated_menus = _SeparatedMenus(
    "separated-menus",
    "menus and breadcrumbs on one line: three or more short items between separators (\"Home | News | Sport\")",
    is_separated_menu,
)


# What an island line that is the article's own starts or is made of: a list item, a quoted title.
_LIST_ITEM = regex.compile(r"[ \t]*+(?:[-*•–]|\d{1,3}[.)])[ \t]")
_OPEN_QUOTES = frozenset("\"'“„«‘‚‹")
_CLOSE_QUOTES = frozenset("\"'”“»’‘›")


@dataclass(frozen=True)
class IslandLines(ContextCleaner):
    """A short line left alone between clutter that the rules before it removed.

    A menu entry, a widget's label or a teaser's kicker that no rule names often escapes between
    two blocks the rules did remove ("Oft gesucht", "GFDL Lizenz", "×"). A line of
    at most ``max_words`` words whose nearest lines above and below (blank lines aside) both went
    goes too; on a second run nothing went around it, so what the first run kept stays. The
    article's own lines keep that shape less often, but some do, and they stay: the first line left (of two
    words or more: the title between the menus of a page's head), a heading over a
    paragraph (two words or more, and the next line left is text: prose or a short sentence), a short
    sentence (a wiki's schedule between its removed times: "Moves to the kitchen."), a number
    or a price with no letter (a results table's cell), a list of two commas or more ("Rote
    Beeren, Zitrusnoten, süßlich"), a quoted title and a list item.
    """

    name: str = "island-lines"
    description: str = "a short line left alone between clutter the rules before it removed (a menu entry, a widget's label)"
    max_words: int = 4

    def find_in_context(self, text: str, removed: Sequence[RemovedLine]) -> Iterator[Span]:
        at = [r.at for r in removed]  # sorted
        if not at:
            return
        filled = [(a, b) for a, b in lines_of(text) if not text[a:b].isspace() and a < b]
        for j, (a, b) in enumerate(filled):
            above = filled[j - 1][1] if j else 0
            below = filled[j + 1][0] if j + 1 < len(filled) else len(text)
            under = _removed_between(at, b, below)
            if _removed_between(at, above, a) is None or under is None:
                continue
            after = text[filled[j + 1][0] : filled[j + 1][1]] if j + 1 < len(filled) else ""
            pictured = removed[under].rule in _PICTURE_RULES
            if not self._own(text[a:b], after, first=j == 0, pictured=pictured):
                yield a, min(b + 1, len(text))

    def _own(self, line: str, after: str, *, first: bool, pictured: bool = False) -> bool:
        """Whether ``line``, with the line ``after`` it, is shaped like the article's own (or too long to tell);
        ``first``: whether it is the first line left; ``pictured``: whether a picture's caption or credit went right
        under it."""
        n = _words(line)
        if n > self.max_words:
            return True
        visible = line.strip()
        return (
            (n >= 2 and (first or is_texty(after)))  # the title, a heading over a paragraph
            # a heading of one word over the article's picture and the paragraph under it ("Fazit" / "Foto: dpa" / …)
            or (pictured and is_texty(after))
            or (n >= 3 and _ends_with_stop(line))  # a short sentence
            or (not any(ch.isalpha() for ch in visible) and any(ch.isdigit() for ch in visible))  # a number, a price
            or visible.count(",") >= 2  # a list of things
            or (len(visible) > 1 and visible[0] in _OPEN_QUOTES and visible[-1] in _CLOSE_QUOTES)  # a quoted title
            or _LIST_ITEM.match(line) is not None
        )


# The rules that remove a picture's caption, credit or label: what they took under a line was the article's picture.
_PICTURE_RULES = frozenset(
    ("media-labels", "captions", "credit-tails", "credit-lines", "agency-credits", "caption-lines", "gallery-credits", "credit-runs")
)


def _removed_between(at: list[int], lo: int, hi: int) -> int | None:
    """The index in ``at`` (sorted) of the first removed line that stood between offsets ``lo`` and ``hi`` (both
    included) of the text, or None."""
    i = bisect.bisect_left(at, lo)
    return i if i < len(at) and at[i] <= hi else None


island_lines = IslandLines()
