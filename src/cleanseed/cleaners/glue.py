"""Glued boundaries: put back the break that extraction dropped between two blocks."""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from typing import Iterator

import regex

from .._casefold import LineFolds, regex_set
from .._pipeline import PREFILTER_CHARS, Cleaner, PhraseCleaner, RegexCleaner, Span, folded_alternation, line_end, prefiltered_lines

glued_sentences = RegexCleaner(
    "glued-sentences",
    "a line break where a sentence end is glued to the next block (\"nations.He\", \"cooperation.”Russian\")",
    # Two lower-case letters (or digits, or a closing bracket) before the stop
    # keep "U.S.", "e.g." and "3.8%" whole; the word after must be followed by
    # a blank or comma, which keeps code paths ("System.Console.Write") whole.
    # (The lookbehind comes first so that the engine scans for the stop quickly: 15 -> 190 MB/s.)
    r"(?<=\p{Ll}{2}|\d\d|[)\"”’])[.!?…]++[\"”’»)]?+(?<cut>)(?=\p{Lu}\p{Ll}*+[ \t,;:\n])",
    group="cut",
    replacement="\n",
)


@dataclass(frozen=True)
class GluedPhrases(Cleaner):
    """Line breaks around known chrome phrases glued into a line.

    Extraction often glues page furniture to text ("…Moscow.Share on
    FacebookShare on TwitterThe minister…"). Where a phrase of ``phrases``
    starts right after a lower-case letter or a stop, with a capital, a
    break goes before it, and after it when a capital follows at once; the
    line rules then see the phrase on a line of its own. Prose never glues
    a capitalised word to the letter before it, so running text is safe;
    one-word phrases are left out, as brand names glue words
    ("HawaiiNewsNow", "WordPress").
    """

    name: str
    description: str
    phrases: PhraseCleaner
    joiner: str = "\n"

    @property
    def regex(self) -> regex.Pattern[str]:
        """The pattern :meth:`find` looks for. ``find`` matches ``_next`` at candidate starts instead,
        so this one is compiled only when asked for (compiling the trie takes about a second)."""
        trie = self.phrases.alternation(min_words=2)
        return regex.compile(
            rf"(?:(?<=[\p{{Ll}}\d.!?…:)\]])|(?<=[.!?…][\"”’»])|(?<=\d[ \t]?[AP]M)|^)(?=\p{{Lu}})(?i:{trie})(?-i:(?!\p{{Ll}}))",
            regex.VERSION1 | regex.MULTILINE,
        )

    @functools.cached_property
    def _next(self) -> re.Pattern[str]:
        """A phrase glued right after another (whatever the last character of that one); at a line
        start or a glue point, where ``regex``'s look-behind holds, it is ``regex``. It is spelled
        for Python's ``re`` (see :mod:`.._casefold`), which compiles it in a fraction of ``regex``'s time."""
        upper, lower = regex_set(r"\p{Lu}"), regex_set(r"\p{Ll}")
        return re.compile(f"(?=[{upper}])(?i:{self.phrases.alternation(min_words=2, for_re=True)})(?![{lower}])")

    def _next_regex(self) -> regex.Pattern[str]:
        """:attr:`_next` for ``regex``, for the rare line that only it can match: compiled on first
        use (not a cached property, which ``-j N`` compiles before forking)."""
        try:
            return self.__dict__["_next_regex_pattern"]  # type: ignore[no-any-return]
        except KeyError:
            pattern = regex.compile(rf"(?=\p{{Lu}})(?i:{self.phrases.alternation(min_words=2)})(?-i:(?!\p{{Ll}}))", regex.VERSION1)
            return self.__dict__.setdefault("_next_regex_pattern", pattern)  # type: ignore[no-any-return]

    def _match_end(self, text: str, start: int, folds: LineFolds) -> int | None:
        """Where :attr:`_next` matched at ``start`` ends, or ``None``."""
        end = line_end(text, start)
        if not folds.changes(start, end):
            m = self._next.match(text, start, end)
            return None if m is None else m.end()
        line_start = text.rfind("\n", 0, start) + 1
        folded = folds.line(line_start, end)
        if folded is not None:
            m = self._next.match(folded.text, folded.to_folded(start))
            if m is None:
                return None
            at = folded.to_text(m.end())
            if at >= 0:
                return at
        # a character without a stand-in, or a match that ends inside one: regex tells
        m = self._next_regex().match(text, start, end)
        return None if m is None else m.end()

    @functools.cached_property
    def _line_starts(self) -> re.Pattern[str] | None:
        """Lines that start with a phrase, in the lowered text (a prefilter: see ``_starts``)."""
        trie = folded_alternation(self.phrases.line_phrases(2), head=PREFILTER_CHARS)
        return None if trie is None else re.compile(rf"\n(?:{trie})")

    def _starts(self, text: str) -> list[int]:
        """Every place where ``regex`` can match, in order (and some where it cannot).

        A case-insensitive try at every capital made this cleaner slow (12 MB/s): a match starts
        at a glue point, found exactly, or at the start of a line that the prefilter lets through."""
        starts = {start for start, _ in prefiltered_lines(self._line_starts, text)}
        starts.update(m.start() for m in _GLUE_POINT.finditer(text))
        return sorted(starts)

    def find(self, text: str) -> Iterator[Span]:
        todo = iter(self._starts(text))
        folds = LineFolds(text)

        def search(pos: int) -> tuple[int, int] | None:
            """Start and end of the first match from ``pos`` on (``self.regex.search``, tried at the candidate starts only:
            each is a line start or a glue point, so ``_next`` matches there when ``regex`` does)."""
            for start in todo:
                if start >= pos and (end := self._match_end(text, start, folds)) is not None:
                    return start, end
            return None

        breaks: list[int] = []
        pos = 0
        while (m := search(pos)) is not None:
            start, end = m
            if start > 0 and text[start - 1] != "\n":
                breaks.append(start)
            while end < len(text) and text[end].isupper():  # glued to what follows
                breaks.append(end)
                chained = self._match_end(text, end, folds)
                if chained is None:
                    break
                end = chained
            pos = end  # a chain is walked once: the search goes on after it
        yield from ((p, p, "\n") for p in sorted(set(breaks)))


# A capital after a small letter, a digit or a stop (a closing quote after it too: glued-sentences breaks the line
# there, and the phrase would be glued only on a second run: "… today.”Share on FacebookThe"), or after a clock time's
# "AM"/"PM" ("11/20/19 6:38 AMShare on Facebook"). The capital comes first, the look-behind after it: the engine scans
# for capitals (two look-behinds first took a third longer).
_GLUE_POINT = regex.compile(r"\p{Lu}(?<=(?:[\p{Ll}\d.!?…:)\]]|[.!?…][\"”’»]|\d[ \t]?[AP]M)\p{Lu})", regex.VERSION1)


glued_phrases = GluedPhrases(
    "glued-phrases",
    "line breaks around chrome phrases glued into text (\"…Moscow.Share on FacebookThe …\")",
    PhraseCleaner(
        "glued-chrome", "", family="share+newsletter+navigation+footer+ads+comments+read-more", max_words=0,
        # the BBC's video placeholder, glued to the caption under it ("…on your deviceMedia captionWho is …")
        phrases=("Media playback is unsupported on your device",),
    ),
)


# Words written with an inner capital, which are not two blocks glued together.
_CAMEL = frozenset(
    """javascript typescript coffeescript actionscript powerpoint sharepoint youtube wordpress linkedin paypal
    iphone ipad ipod imac macbook macos ios playstation github gitlab whatsapp tiktok soundcloud huffpost
    blackberry onedrive dropbox fedex mastercard dreamworks pricewaterhousecoopers spacex openai deepmind
    ebay facetime airpods airbnb doordash bitcoin coinbase hubspot mailchimp photoshop indesign postgresql
    mysql mongodb nodejs graphql devops freebsd netbsd openbsd smartphone chatgpt playstation xbox nintendo
    powershell visualstudio intellij pycharm wikileaks mcdonald mcdonalds""".split()
)
_LONGEST = max(map(len, _CAMEL)) + 1
_GLUE = regex.compile(r"(?<=\p{Ll}{2}|[.!?:)\]”\"'’»])(?=\p{Lu}\p{Ll})")
_STOP_END = regex.compile(r"[.!?…][\"”’»)]?+\s*+$")


@dataclass(frozen=True)
class GluedRuns(Cleaner):
    """Menus and link lists glued into one line: runs of short blocks with no separator.

    Extraction that renders inline elements without a separator turns a menu
    into "HomeNewsSportWeather" and a link list into "Share on FacebookShare
    on TwitterEmail". A glue point is a capitalised word stuck to the letter
    or stop before it (known inner-capital words such as "JavaScript" aside).
    A run of at least ``min_run`` glued blocks that are all short and none
    ends a sentence goes.
    """

    name: str = "glued-runs"
    description: str = "menus and link lists glued into one line (\"HomeNewsSportWeather\")"
    min_run: int = 3
    max_words: int = 6
    joiner: str = "\n"

    def find(self, text: str) -> Iterator[Span]:
        # Only a line with two glue points or more can hold a run: one scan of the text finds
        # them (a glue point never looks past its line), then those lines are cut as before.
        lines: dict[int, int] = {}
        for m in _GLUE.finditer(text):
            start = text.rfind("\n", 0, m.start()) + 1
            lines[start] = lines.get(start, 0) + 1
        for start, points in lines.items():
            end = line_end(text, start)
            if points >= 2 and end - start > 12:
                yield from ((start + a, start + b) for a, b in self._runs(text[start:end]))

    def _runs(self, line: str) -> Iterator[tuple[int, int]]:
        glue = (m.start() for m in _GLUE.finditer(line) if not _in_camel_word(line, m.start()))
        cuts = [0, *glue, len(line)]
        if len(cuts) - 1 < self.min_run:
            return
        for short, group in itertools.groupby(zip(cuts, cuts[1:]), key=lambda seg: self._short(line[seg[0] : seg[1]])):
            segments = list(group)
            if short and len(segments) >= self.min_run:
                yield segments[0][0], segments[-1][1]

    def _short(self, piece: str) -> bool:
        """A block that could be a menu entry: a few words, not a sentence."""
        return bool(piece.strip()) and len(piece.split()) <= self.max_words and not _STOP_END.search(piece)


def _in_camel_word(line: str, p: int) -> bool:
    """Whether the glue point ``p`` sits inside a known inner-capital word (looked at within 30 characters)."""
    head = _LETTERS_BEFORE.search(line, max(0, p - _LONGEST), p)
    tail = _LETTERS.match(line, p, p + _LONGEST)
    word = (head.group() if head else "") + (tail.group() if tail else "")
    return len(word) < _LONGEST and word.lower() in _CAMEL


_LETTERS = regex.compile(r"\p{L}++")
_LETTERS_BEFORE = regex.compile(r"\p{L}++\Z")


glued_runs = GluedRuns()
