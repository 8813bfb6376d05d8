"""Cleaners and the pipeline that runs them.

A cleaner only *finds* spans of the text it is given; the :class:`Pipeline`
owns the bookkeeping: it checks the spans, applies them, and maps them back
to offsets of the original input so that every removal can be explained
and replayed. This module imports only the edit model and its case folding for ``re``.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Iterator, NamedTuple, Sequence, Union

import regex

from ._casefold import FOLD_TRICKY, fold_line, marks_clash, re_atom, regex_set
from ._edits import Edit, compose, replay

__all__ = [
    "Cleaner",
    "ContextCleaner",
    "Explained",
    "FunctionCleaner",
    "LineCleaner",
    "PhraseCleaner",
    "Pipeline",
    "RegexCleaner",
]

#: What ``find`` yields: ``(start, end)`` to remove a span (a separator is
#: put back where the removal would glue two words), or ``(start, end,
#: replacement)`` with a whitespace replacement.
Span = Union[tuple[int, int], tuple[int, int, str]]


#: Removing a span before closing or after opening punctuation glues no
#: words, so no joiner goes there ("Moscow (Photo: AP)." -> "Moscow.").
_CLOSING = frozenset(".,;:!?…)]}»”’")
_OPENING = frozenset("([{«“‘")


def _fills_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is all of a line's visible text, with a line break after it."""
    return (
        start < end < len(text)
        and text[end] == "\n"
        and text[end - 1] != "\n"
        and (start == 0 or text[start - 1] == "\n")
        and not text[start:end].isspace()
    )


def _is_blank(s: str) -> bool:
    return not s or s.isspace()


class Cleaner:
    """Base of all cleaners: a named value that finds spans to remove.

    Subclasses set ``name`` and ``description`` and implement :meth:`find`.
    ``joiner`` is put in place of a removed span that sat between two
    non-space characters, so that removing clutter never glues words.
    """

    name: str
    description: str
    joiner: str = "\n"

    def find(self, text: str) -> Iterable[Span]:
        raise NotImplementedError

    def edits(self, text: str) -> list[Edit]:
        """The checked, sorted edits this cleaner makes to ``text``."""
        return self.checked_edits(text, self.find(text))

    def checked_edits(self, text: str, spans: Iterable[Span]) -> list[Edit]:
        """``spans`` of ``text`` as checked, sorted edits (overlaps merged, joiners put in)."""
        out: list[Edit] = []
        last = 0
        replaced = False  # whether out[-1] holds a replacement the cleaner asked for
        for span in sorted(spans, key=lambda s: (s[0], s[1])):
            start, end = span[0], span[1]
            if not 0 <= start <= end <= len(text):
                raise ValueError(f"cleaner {self.name!r} returned span {start}:{end} outside the text")
            if start < last:  # overlapping removals merge; replacements may not overlap
                if len(span) == 3 or (out and out[-1].end == last and replaced and out[-1].replacement.strip(" ")):
                    raise ValueError(f"cleaner {self.name!r} returned overlapping spans at {start}")
                if end <= last:
                    continue
                if out and out[-1].end == last:
                    prev = out.pop()
                    start = prev.start
                else:
                    start = last
            if len(span) == 3:
                repl = span[2]  # type: ignore[misc]
                if not _is_blank(repl):
                    raise ValueError(f"cleaner {self.name!r} may only insert whitespace, not {repl!r}")
            elif (
                0 < start
                and end < len(text)
                and not text[start - 1].isspace()
                and not text[end].isspace()
                and text[start - 1] not in _OPENING
                and text[end] not in _CLOSING
            ):
                repl = self.joiner
            else:
                repl = ""
                if _fills_line(text, start, end):  # take the line break too: no blank line is left
                    end += 1
            removed = text[start:end]
            if removed != repl:
                out.append(Edit(start, end, removed, repl, self.name))
                replaced = len(span) == 3
            last = end
        return out

    def __call__(self, text: str) -> str:
        return replay(text, self.edits(text))

    def leaves(self) -> Iterator[Cleaner]:
        """The cleaners this one is made of (itself, for a simple cleaner)."""
        yield self


class RemovedLine(NamedTuple):
    """A line of a pipeline's input that the cleaners before one removed: all of its visible text went."""

    at: int  #: where it stood in the text the cleaner is given
    line: str  #: the line, as the input had it (without its line break)
    rule: str  #: the cleaner that removed it (its first visible character)


class ContextCleaner(Cleaner):
    """A cleaner that also sees which lines of the input the cleaners before it removed.

    Some clutter is told by what went around it: a menu entry left alone between two menus the
    rules removed. A :class:`Pipeline` calls :meth:`find_in_context` with the text as it stands and
    the :class:`RemovedLine` s, sorted by ``at``; its spans are of that text, like any cleaner's, so
    every edit names its rule and replays on the input. Alone (``find``) or on text the pipeline
    already cleaned, nothing was removed before it, and it finds nothing of that kind: a second
    ``clean`` keeps what the first kept. A nested pipeline gives it the removals of its own cleaners.
    """

    def find_in_context(self, text: str, removed: Sequence[RemovedLine]) -> Iterable[Span]:
        raise NotImplementedError

    def find(self, text: str) -> Iterable[Span]:
        return self.find_in_context(text, ())

    def edits_in_context(self, text: str, removed: Sequence[RemovedLine]) -> list[Edit]:
        """The checked, sorted edits this cleaner makes to ``text``, given what went before."""
        return self.checked_edits(text, self.find_in_context(text, removed)) if removed else []


def removed_lines(original: str, edits: Sequence[Edit]) -> list[RemovedLine]:
    """The lines of ``original`` that ``edits`` (sorted, of ``original``) removed whole, blanks aside, each with
    where it stood in ``replay(original, edits)``. Edits that only blank space separates count as one,
    so a line two cleaners took in pieces counts too. Each line is read once at most: linear time."""
    out: list[RemovedLine] = []
    shift = i = 0  # shift: offset in the edited text minus offset in the original, before edits[i]
    while i < len(edits):
        # a group of edits with only blank space between them: starts in the original and the edited text
        group = [(edits[i].start, edits[i].start + shift, edits[i].rule)]
        shift += len(edits[i].replacement) - (edits[i].end - edits[i].start)
        end = edits[i].end
        i += 1
        while i < len(edits) and (end == edits[i].start or _is_blank(original[end : edits[i].start])):
            e = edits[i]
            group.append((e.start, e.start + shift, e.rule))
            shift += len(e.replacement) - (e.end - e.start)
            end = e.end
            i += 1
        # the lines whose visible text lies inside the group, from the first whose start is blank or in it;
        # blank space only is read before the group (text between two groups holds a visible character)
        line = group[0][0]
        while line > 0 and original[line - 1] != "\n" and original[line - 1].isspace():
            line -= 1
        if line > 0 and original[line - 1] != "\n":  # the group starts after a line's visible text: the next line
            line = original.find("\n", line, end) + 1 or end
        k = 0
        while line < end:
            stop = line_end(original, line)
            text = original[line:stop]
            if not _is_blank(text):
                first = line + len(text) - len(text.lstrip())
                last = line + len(text.rstrip())
                if last > end and not _is_blank(original[end:last]):
                    break  # the group ends inside this line
                while k + 1 < len(group) and group[k + 1][0] <= first:
                    k += 1
                out.append(RemovedLine(group[k][1], text, group[k][2]))
            line = stop + 1
    return out


@dataclass(frozen=True)
class RegexCleaner(Cleaner):
    """Removes every match of ``pattern`` (or of its group ``group``).

    ``pattern`` may be a tuple of patterns, each scanned on its own: one
    alternation of unlike branches defeats the engine's fast scan for a first
    character, several patterns keep it. With ``whole_line``, the line holding
    each match goes, newline included. ``keep`` may veto a match. ``gate``
    lists words of which every match holds one (in lower case): the patterns
    then run only on the lines that hold one, which spares a slow pattern most
    of the text. ``starts`` does the same for patterns that match at a line
    start: it lists words of which one begins every match, after blanks (in
    any case, ``#`` for a number), and the patterns run only on lines that
    begin so. ``needs`` lists strings of which every match holds one (as
    they are, case and all): without one in the text, the patterns do not
    run (a scan for a character costs far less than one of the engine's).
    Patterns must run in linear time: use possessive quantifiers, atomic
    groups and bounded repeats.
    """

    name: str
    description: str
    pattern: str | tuple[str, ...]
    flags: int = regex.MULTILINE | regex.VERSION1
    group: int | str = 0
    whole_line: bool = False
    keep: Callable[[regex.Match[str]], bool] | None = None
    replacement: str | None = None
    joiner: str = "\n"
    gate: tuple[str, ...] = ()
    starts: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()

    @functools.cached_property
    def patterns(self) -> tuple[regex.Pattern[str], ...]:
        """The compiled patterns."""
        return tuple(regex.compile(p, self.flags) for p in ((self.pattern,) if isinstance(self.pattern, str) else self.pattern))

    @property
    def regex(self) -> regex.Pattern[str]:
        """The (first) compiled pattern."""
        return self.patterns[0]

    @functools.cached_property
    def _gate(self) -> tuple[str, ...]:
        """The gate words in lower case, less those that hold another ("spendenfinanziert" after
        "finanziert"): a line with one holds the other too, and each word costs a scan of the text."""
        words = dict.fromkeys(w.lower() for w in self.gate)
        return tuple(w for w in words if not any(o != w and o in w for o in words))

    @functools.cached_property
    def _caseless(self) -> bool:
        """Whether the gate words hold no letter, only ASCII: no other character lowers to an ASCII one
        that is no letter, so such words are found in the text itself, not in its lower case."""
        return all(ch.isascii() and not ch.isalpha() for word in self._gate for ch in word)

    @functools.cached_property
    def _gate_blind(self) -> bool:
        """Whether the gate words hold no stand-in (see :func:`_lowered`): they are found alike in its copy."""
        return all(ch <= "\uffff" and ch not in (STAND_IN, _SECOND) for word in self._gate for ch in word)

    @functools.cached_property
    def _starts(self) -> re.Pattern[str] | None:
        return line_prefilter(self.starts)

    def _matches(self, pattern: regex.Pattern[str], text: str) -> Iterator[regex.Match[str]]:
        """Matches of ``pattern``; with a ``gate`` or ``starts``, only in lines that can hold one."""
        if self.needs and not any(s in text for s in self.needs):
            return
        lines = self._lines(text)
        if lines is None:
            yield from all_matches(pattern, text)
            return
        for start, end in lines:
            yield from line_matches(pattern, text, start, end)

    def _lines(self, text: str) -> Iterable[tuple[int, int]] | None:
        """``(start, end)`` of the lines that can hold a match, in order, or ``None`` for the whole text."""
        if self.starts:
            return prefiltered_lines(self._starts, text)
        lower = (text if self._caseless else _lowered(text) if self._gate_blind else _exact_lowered(text)) if self.gate else ""
        if not self.gate or len(lower) != len(text):  # a character may change length in lower case
            return None
        return lines_holding(text, self._gate, lower)

    def matches(self, line: str) -> bool:
        """Whether this cleaner removes all of ``line`` (for whole-line cleaners)."""
        if not self.whole_line:
            return False
        # a pattern anchored at the line start need not be tried anywhere else
        return any((p.match(line) if p.pattern.startswith("^") else p.search(line)) is not None for p in self.patterns)

    def find(self, text: str) -> Iterator[Span]:
        for pattern in self.patterns:
            group = self.group if isinstance(self.group, int) or self.group in pattern.groupindex else 0
            last = -1
            for m in self._matches(pattern, text):
                if self.keep is not None and self.keep(m):
                    continue
                start, end = m.span(group)
                if start < 0:
                    continue
                if self.whole_line:
                    start, end = line_bounds(text, start, end)
                if start < last:  # whole lines of two matches overlap: take the rest only
                    if end <= last:
                        continue
                    start = last
                last = end
                yield (start, end) if self.replacement is None else (start, end, self.replacement)


@dataclass(frozen=True)
class LineCleaner(Cleaner):
    """Removes every line (newline included) for which ``test`` is true."""

    name: str
    description: str
    test: Callable[[str], bool]
    joiner: str = "\n"

    def matches(self, line: str) -> bool:
        """Whether this cleaner removes ``line`` (without its newline)."""
        return self.test(line)

    def find(self, text: str) -> Iterator[Span]:
        pos = 0
        for line in text.splitlines(keepends=True):
            end = pos + len(line)
            if self.test(line.rstrip("\r\n")):
                yield (pos, end)
            pos = end


@dataclass(frozen=True)
class PhraseCleaner(Cleaner):
    """Removes lines made of known phrases (any case).

    A line goes when it consists of one or more of ``phrases`` (glued or
    separated by blanks and punctuation; a list or table marker may come
    first), or when it starts with one of ``prefixes`` and has at most
    ``max_words`` more words, right after a stop or comma or a blank ("We use
    cookies. By using this site …"), with no marker (a list item that opens
    with a label, "- Thema: Irish Whiskey Dinner", is the article's). ``#`` in a
    phrase stands for a number. ``family`` names a phrase file shipped in
    ``cleanseed/phrases/`` whose lists are added, read on first use. With
    ``headings``, a one-word line right above running text is a heading and
    stays ("Health", "Marketing"). A document that is one word stays too.
    """

    name: str
    description: str
    phrases: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()
    max_words: int = 12
    family: str | None = None
    headings: bool = False
    joiner: str = "\n"

    def _source(self, blanks: str, *, for_re: bool = False) -> str:
        """The line pattern, with ``blanks`` between the words of a phrase: for ``regex``
        (IGNORECASE, VERSION1), or with ``for_re`` its spelling for ``re`` (see :mod:`._casefold`)."""
        lines, prefixes = self._phrases()
        no_lower = f"(?-i:(?![{regex_set(_LOWER)}]))" if for_re else _NO_LOWER
        non_space = f"(?-i:[^{regex_set(_SPACE)}])" if for_re else r"[^\s]"
        respell = re_atom if for_re else None
        alts = []
        if lines:
            alts.append(rf"{_MARKER}(?:(?:{_alternation(lines, blanks, respell)}){no_lower}{_SEP})++")
        if prefixes:
            words = rf"(?:[,;:.!?…]?+[ \t]++{non_space}++){{0,{self.max_words}}}+"
            alts.append(rf"(?:{_alternation(prefixes, blanks, respell)}){no_lower}{words}{_SEP}")
        body = "|".join(alts) or "(?!)"
        return rf"[ \t]*+(?:{body})[ \t]*+"

    def _pattern(self, blanks: str) -> regex.Pattern[str]:
        return regex.compile(self._source(blanks), regex.IGNORECASE | regex.VERSION1)

    @functools.cached_property
    def _compiled(self) -> tuple[re.Pattern[str], frozenset[str], bool]:
        """:attr:`regex` for ``re``, for lines that went through :func:`_one_blank` and
        :func:`~._casefold.fold_line`, the keys, and whether the phrases hold a stand-in's combining mark.

        ``re`` compiles a phrase trie in a quarter of ``regex``'s time, and ``-j N`` compiles every
        pattern before it forks (the union of all phrase families took a second with ``regex``).
        The engine sets up every repeat of a pattern at each match call: with a repeat of blanks
        between the words of each of thousands of phrases, that cost ~12 µs a line whatever its
        length. Between words at most one blank then remains, which a branch takes (~2 µs)."""
        lines, prefixes = self._phrases()
        pattern = re.compile(self._source(_ONE_BLANK, for_re=True), re.IGNORECASE)
        return pattern, frozenset(line_key(p) for p in lines | prefixes), marks_clash(lines | prefixes)

    def _regex_one_blank(self) -> regex.Pattern[str]:
        """The ``regex`` pattern for lines through :func:`_one_blank`, for the rare line that only it can
        match (see :func:`~._casefold.fold_line`): compiled on first use, not by ``-j N`` before forking."""
        try:
            return self.__dict__["_regex_one_blank_pattern"]  # type: ignore[no-any-return]
        except KeyError:
            return self.__dict__.setdefault("_regex_one_blank_pattern", self._pattern(_ONE_BLANK))  # type: ignore[no-any-return]

    def alternation(self, *, min_words: int = 1, for_re: bool = False) -> str:
        """A regex (trie) matching any one of this cleaner's line phrases of at least ``min_words`` words;
        with ``for_re``, its spelling for ``re`` (IGNORECASE), for text through :mod:`._casefold`."""
        return _alternation(self.line_phrases(min_words), respell=re_atom if for_re else None)

    def line_phrases(self, min_words: int = 1) -> list[str]:
        """This cleaner's line phrases (its own and its family's) of at least ``min_words`` words."""
        return [p for p in self._phrases()[0] if len(p.split()) >= min_words]

    def _phrases(self) -> tuple[set[str], set[str]]:
        lines, prefixes = set(self.phrases), set(self.prefixes)
        if self.family:
            data = load_phrases(self.family)
            lines.update(data["lines"])
            prefixes.update(data["prefixes"])
        return lines, prefixes

    @property
    def regex(self) -> regex.Pattern[str]:
        """The pattern a whole line must match (``fullmatch``). :meth:`matches` uses an equivalent
        one on lines with their blank runs made one, so this one is compiled only when asked for
        (not a cached property: ``-j N`` compiles those before forking, and this one takes seconds)."""
        return self._pattern(_BLANKS)

    @functools.cached_property
    def _prefilter(self) -> re.Pattern[str] | None:
        """Lines that start with a phrase or prefix, in any case (see :func:`prefiltered_lines`):
        a case-insensitive test of every line was most of this cleaner's time."""
        return line_prefilter(set.union(*self._phrases()))

    def matching_lines(self, text: str) -> Iterator[tuple[int, int]]:
        """``(start, end)`` of each line of ``text`` (newline excluded) that :meth:`matches`, in order."""
        for start, end in prefiltered_lines(self._prefilter, text):
            if self.matches(text[start:end]):
                yield start, end

    def find(self, text: str) -> Iterator[Span]:
        one_word_document = None
        for start, end in self.matching_lines(text):
            line = text[start:end]
            if _one_word(line):
                if one_word_document is None:
                    one_word_document = len(text.split(None, 1)) == 1
                if one_word_document or (self.headings and _text_follows(_lines_after(text, end))):
                    continue
            yield line_bounds(text, start, end)

    def matches(self, line: str, key: str | None = None) -> bool:
        """Whether ``line`` (without its newline) is one this cleaner removes.

        ``key`` may give ``line_key(line)``, computed once by a caller that asks several cleaners."""
        pattern, keys, clash = self._compiled
        # a cheap test first: the line must start like one of the phrases
        if (line_key(line) if key is None else key) not in keys:
            return False
        line = _one_blank(line)
        folded = fold_line(line, marks=not clash)
        if folded is None:
            return self._regex_one_blank().fullmatch(line) is not None
        return pattern.fullmatch(folded) is not None

    @property
    def keys(self) -> frozenset[str]:
        """The :func:`line_key` of every phrase: a line with another key never matches."""
        return self._compiled[1]


def _one_word(line: str) -> bool:
    return len(line.split()) == 1


def _lines_after(text: str, end: int, n: int = 3) -> Iterator[str]:
    """The (up to) ``n`` lines after the line that ends at ``end``."""
    for _ in range(n):
        if end >= len(text):
            return
        start, end = end + 1, line_end(text, end + 1)
        yield text[start:end]


def _text_follows(lines: Iterable[str]) -> bool:
    """Whether the first non-blank of ``lines`` (the next few lines) is running text (8+ words, a stop at the end).

    A one-word line there is a heading ("Health", "Marketing"), not a menu entry or a button."""
    for line in lines:
        if line.strip():
            return len(line.split()) >= 8 and line.rstrip().rstrip("\"”’»)")[-1:] in (".", "!", "?", "…", ":")
    return False


_SEP = r"[ \t*:.,!?…|/»›>•·–—-]*+"
#: A list, table or link marker before a line's phrase: trafilatura writes list items as "- Order Reprints"
#: and table cells as "| Weitere Artikel zum Thema |", and menus mark links "» Impressum" (line_key skips it too).
_MARKER = r"(?:[-*|•·–—»›][ \t]*+)?+"
_KEY_STRIP = " \t*:.,!?…|/»›>•·–—-"


def line_key(line: str) -> str:
    """A line's first three characters after blanks and punctuation, in lower case,
    with blanks dropped and a run of digits read as ``#`` (as in phrases)."""
    head = line.lstrip(_KEY_STRIP)[:12].lower()
    if not head.isalpha():
        head = _DIGITS.sub("#", "".join(head.split()))
    return head[:3]


_DIGITS = regex.compile(r"\d++")


#: "Not followed by a lower-case letter", case-sensitive even inside an
#: IGNORECASE pattern (there ``\p{Ll}`` would match every letter), so that
#: glued phrases ("Leave a ReplyYour email …") still count as phrases.
_NO_LOWER = r"(?-i:(?!\p{Ll}))"
_LOWER = r"\p{Ll}"
_SPACE = r"\s"


# What goes between the words of a phrase: case-sensitive, since no character folds to a blank,
# and in a case-insensitive scope the engine checks every set against the characters that fold
# to several (slow compiling). _ONE_BLANK is for lines that went through _one_blank: a branch,
# not a repeat (see PhraseCleaner._compiled). A phrase's words hold no blank, so either way
# the next character must not be one.
_BLANKS = r"(?-i:[ \t]*+)"
_ONE_BLANK = r"(?-i:[ \t]|)"
_BLANK_RUN = re.compile(r"[ \t]+")


def _one_blank(line: str) -> str:
    """``line`` with each run of blanks made one space: every part of a phrase pattern takes a run
    of blanks whole or not at all, so it matches this line exactly when it matches ``line``."""
    return _BLANK_RUN.sub(" ", line) if "\t" in line or "  " in line else line


def _alternation(phrases: Iterable[str], blanks: str = _BLANKS, respell: Callable[[str], str] | None = None) -> str:
    """One regex for all ``phrases``, built as a trie so that matching costs
    the length of a phrase, not the number of phrases; ``blanks`` goes between words.
    ``respell`` respells each atom (for ``re``: :func:`~._casefold.re_atom`); the branches keep
    their order, so that the pattern tries the phrases in the same order."""
    trie: dict[str, dict] = {}
    for phrase in phrases:
        node = trie
        for atom in _atoms(phrase.lower(), blanks):
            node = node.setdefault(atom, {})
        node[""] = {}
    return _trie_regex(trie, respell) or "(?!)"


def _atoms(phrase: str, blanks: str = _BLANKS) -> list[str]:
    """Regex atoms of a phrase: its characters, ``blanks`` between words, ``#`` for a number."""
    out: list[str] = []
    for i, word in enumerate(phrase.split()):
        if i:
            out.append(blanks)
        out.extend(map(_atom, word))
    return out


@functools.cache
def _atom(ch: str) -> str:
    """The regex atom of one character of a phrase (cached: tries of thousands of phrases ask often)."""
    return r"\d++" if ch == "#" else regex.escape(ch)


def _trie_regex(node: dict[str, dict], respell: Callable[[str], str] | None = None) -> str:
    alts = [(respell(atom) if respell else atom) + _trie_regex(child, respell) for atom, child in sorted(node.items()) if atom]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body


def folded_alternation(phrases: Iterable[str], *, head: int | None = None) -> str | None:
    """A pattern for Python's ``re`` (a trie) that matches, in lowered text, wherever one of ``phrases``
    can match case-insensitively (any case, full case folding) in text without :data:`FOLD_TRICKY`
    characters. It is a prefilter: it may match where the phrase does not, and it ends where the
    shortest phrase it can match ends; with ``head``, it looks at the first ``head`` characters of
    each phrase only (a smaller pattern, which compiles faster). ``None`` when a phrase holds a
    character outside the Basic Multilingual Plane (the number atom takes those)."""
    trie: dict[str, dict] = {}
    for phrase in phrases:
        folded = phrase[:head].lower().casefold()
        if max(folded, default=" ") > "\uffff":
            return None
        node = trie
        for atom in _folded_atoms(folded):
            if "" in node:  # a shorter phrase ends here: whatever follows matches anyway
                break
            node = node.setdefault(atom, {})
        else:
            node.clear()
            node[""] = {}
    return _trie_regex(trie) or "(?!)"


def _folded_atoms(folded: str) -> Iterator[str]:
    for i, word in enumerate(folded.split()):
        if i:
            yield r"[ \t]*+"
        for ch in word:
            # a number: `regex`'s digits, also those of Unicode versions newer than Python's (all outside the BMP)
            yield r"[\d\U00010000-\U0010ffff]++" if ch == "#" else re.escape(ch)


def line_prefilter(words: Iterable[str]) -> re.Pattern[str] | None:
    """A prefilter (see :func:`prefiltered_lines`) for the lines that begin, after blanks and a
    list or table marker, with one of ``words`` (in any case, ``#`` for a number), or with the
    first :data:`PREFILTER_CHARS` characters of one."""
    trie = folded_alternation(words, head=PREFILTER_CHARS)
    return None if trie is None else re.compile(rf"\n[ \t]*+{_MARKER}(?:{trie})")


#: A prefilter looks at the first characters of each word or phrase only: the trie of whole phrases
#: took four times as long to compile (-j N compiles them all before it forks), and the few more
#: lines it lets through cost next to nothing (dev: 6% more lines tested, a few ms).
PREFILTER_CHARS = 10


#: A line's first FOLD_TRICKY character and the rest of the line: one hit per line.
_FOLD_TRICKY = re.compile(f"[{FOLD_TRICKY}]")


def _lowered(text: str) -> str:
    """``text.lower()``, each character on its own (see :func:`_fold`), in which a character outside
    the Basic Multilingual Plane reads as :data:`STAND_IN`: scan it only with patterns that
    :func:`astral_blind` accepts, and look in it only for words of the plane without the stand-ins."""
    return _folding(text)[0]


def _lowered_for(pattern: re.Pattern[str], text: str) -> str:
    """:func:`_lowered`, or where ``pattern`` is not :func:`astral_blind`, ``text.lower()`` as it is."""
    folding = _folding(text)
    return _fold(text, blind=False)[0] if folding[3] and not astral_blind(pattern) else folding[0]


def _exact_lowered(text: str) -> str:
    """``text.lower()``, each character on its own, with no stand-ins (computed anew where it has them)."""
    folding = _folding(text)
    return _fold(text, blind=False)[0] if folding[3] else folding[0]


#: In the lowered copy of a text that the prefilters scan, every character outside the Basic
#: Multilingual Plane reads as STAND_IN, and STAND_IN itself as _SECOND: digits that no pattern
#: names. A text holding one (an emoji) is stored at four bytes a character, its copies too; a
#: copy of a long text then takes more than glibc's largest heap block (32 MiB, 8.4 M characters
#: at four bytes), and each is mapped anew, page by page: 18 ms for 10 M characters, where the
#: copy at two bytes a character takes 1 ms. The pipeline makes one for each cleaner that edits.
#: The patterns that scan the copy test no character in a way that tells the three apart (see
#: :func:`astral_blind`), so they match there as in the text's plain lower case.
STAND_IN, _SECOND = "\uabf0", "\uabf1"

#: A text's folding: its lower case (see :func:`_fold`), where its lines with :data:`FOLD_TRICKY`
#: characters start, where those characters are, and where the lower case holds a stand-in.
_Folding = tuple[str, tuple[int, ...], tuple[int, ...], tuple[int, ...]]

#: The one text whose folding is kept (nothing grows): ``(text, folding, pending)``. ``folding``
#: is ``None`` while it is ``pending``: the folding of an earlier text, and where the runs of that
#: text that the pipeline's edits since then kept are in this one (see :func:`carry_folding`).
_held: tuple[str, _Folding | None, tuple[_Folding, list[tuple[int, int, int]]] | None] = ("", ("", (), (), ()), None)


def _folding(text: str) -> _Folding:
    """The lowered text (see :func:`_fold`), and where the lines with :data:`FOLD_TRICKY` characters
    start: the cleaners of a pipeline mostly get the same text one after another, and each
    prefilter needs both. One text is kept, compared by identity or equality: hashing a long text
    for a cache key costs as much as a pass of a cleaner."""
    global _held
    held, folding, pending = _held
    if held is not text and held != text:
        folding = _fold(text)
        _held = (text, folding, None)
    elif folding is None:
        assert pending is not None
        folding = _carried(text, *pending)
        _held = (text, folding, None)
    return folding


def carry_folding(before: str, after: str, edits: Sequence[Edit]) -> None:
    """Tell the folding cache that ``after`` is ``replay(before, edits)``.

    When it holds ``before``, the folding of ``after`` is then made from that of ``before`` if a
    cleaner asks for it (see :func:`_carried`): one copy of the text, where lowering it anew costs
    several. On a long document nearly every cleaner changes the text, and each next one would
    lower all of it again."""
    global _held
    held, folding, pending = _held
    if held is before:
        base, runs = (folding, [(0, 0, len(folding[0]))]) if folding is not None else pending  # type: ignore[misc]
        _held = (after, None, (base, _kept_runs(runs, edits)))


def _kept_runs(runs: list[tuple[int, int, int]], edits: Sequence[Edit]) -> list[tuple[int, int, int]]:
    """``runs`` (``(start, base_start, length)``: ``text[start:start + length]`` is
    ``base[base_start:base_start + length]``, in order) of a text, for the text ``edits`` make of it."""
    out: list[tuple[int, int, int]] = []
    k, m, shift = 0, len(edits), 0  # shift: how much edits[:k] moved what follows them
    for start, base, length in runs:
        end = start + length
        while start < end:
            while k < m and edits[k].end <= start:
                e = edits[k]
                shift += len(e.replacement) - (e.end - e.start)
                k += 1
            if k < m and edits[k].start < end:
                e = edits[k]
                if e.start > start:
                    out.append((start + shift, base, e.start - start))
                    base, start = base + e.start - start, e.start
                cut = min(e.end, end)  # skip what the edit removes
                base, start = base + cut - start, cut
            else:
                out.append((start + shift, base, end - start))
                start = end
    return out


def _carried(text: str, base: _Folding, runs: list[tuple[int, int, int]]) -> _Folding:
    """The folding of ``text`` from ``base``, the folding of the text whose ``runs`` it kept.

    :func:`_fold` lowers each character on its own, so the kept runs keep their lower case, and
    what lies between them is the edits' replacements: whitespace, its own lower case."""
    lower, parts, pos = base[0], [], 0
    for start, at, length in runs:
        if start > pos:
            parts.append(text[pos:start])
        parts.append(lower[at : at + length])
        pos = start + length
    parts.append(text[pos:])
    # no edit adds a FOLD_TRICKY character (replacements are whitespace): those of the text are the kept ones
    chars = _moved(base[2], runs)
    return "".join(parts), _line_starts(text, chars), chars, _moved(base[3], runs)


def _moved(positions: tuple[int, ...], runs: list[tuple[int, int, int]]) -> tuple[int, ...]:
    """Where ``positions`` (in order) of the base text are in the text of ``runs``, those the runs keep."""
    out: list[int] = []
    i, n = 0, len(positions)
    for start, at, length in runs:  # in order in both texts: edits never move text past other text
        while i < n and positions[i] < at:
            i += 1
        while i < n and positions[i] < at + length:
            out.append(start + positions[i] - at)
            i += 1
    return tuple(out)


def _fold(text: str, *, blind: bool = True) -> _Folding:
    """:func:`_folding`, computed: ``text.lower()``, each character on its own; with ``blind``,
    each character outside the Basic Multilingual Plane as :data:`STAND_IN`, and that as ``_SECOND``.

    "İ" is the one character whose lower case is two: as "i" the lowered text keeps the text's
    offsets. "Σ" is the one that lowers by its neighbours: as "σ" the lower case of a character
    never changes when an edit elsewhere changes its line. (Both are FOLD_TRICKY, so the
    prefilters take their lines whole anyway.) No character lowers to one outside the plane but
    those already outside it."""
    chars: list[int] = []
    stood: list[int] = []  # where the lowered copy holds a stand-in
    if not text.isascii():
        for m in _TRICKY_OR_STOOD.finditer(text):
            (stood if m.group() > "\uffff" or m.group() == STAND_IN else chars).append(m.start())
    swap = blind and bool(stood)
    dotless = text.replace("\u0130", "i").replace("\u03a3", "\u03c3")
    if swap:
        dotless = dotless.replace(STAND_IN, _SECOND)
    # str.lower() holds a buffer of three times the text: lower a long text a block of lines at a time
    parts, pos, k = [], 0, 0
    while pos < len(dotless):
        cut = dotless.find("\n", pos + _LOWER_BLOCK)
        cut = len(dotless) if cut < 0 else cut + 1
        block = dotless[pos:cut].lower()
        if swap and k < len(stood) and stood[k] < cut:
            block = _ASTRAL.sub(STAND_IN, block)
            k = bisect.bisect_left(stood, cut, k)
        parts.append(block)
        pos = cut
    return "".join(parts), _line_starts(text, tuple(chars)), tuple(chars), tuple(stood) if swap else ()


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_TRICKY_OR_STOOD = re.compile(f"[{FOLD_TRICKY}{STAND_IN}\U00010000-\U0010ffff]")


def astral_blind(pattern: re.Pattern[str] | None) -> bool:
    """Whether ``pattern`` (of ``re``) matches the same spans in a lowered text as in the copy that
    :func:`_lowered` makes of it, where the characters outside the Basic Multilingual Plane read as
    :data:`STAND_IN` and that as ``_SECOND``.

    It does when each of its tests of a character says the same of all of those (any character,
    a blank, a literal of the plane but the stand-ins, a set that takes the whole of the planes
    above with the digits, as the number atom of :func:`folded_alternation` does), it tests no word
    boundary (a letter of the planes above is a word character), ignores no case and compares no
    text it captured: the engine then takes the same steps in both. A pattern that cannot be
    read so is not blind; its scans get the plain lower case."""
    if pattern is None:
        return True
    try:
        return _BLIND[id(pattern)][1]
    except KeyError:
        pass
    try:
        parsed = _sre_parser.parse(pattern.pattern, pattern.flags)
        blind = not parsed.state.flags & (re.IGNORECASE | re.ASCII | re.LOCALE) and _blind_items(parsed)
    except Exception:  # noqa: BLE001 - not a str pattern of `re`, or one this reading does not know
        blind = False
    _BLIND[id(pattern)] = (pattern, blind)  # the pattern is kept: its id is not given to another
    return blind


_BLIND: dict[int, tuple[re.Pattern[str], bool]] = {}
_PLANES = (0x10000, 0x10FFFF)
_STAND_INS = (ord(STAND_IN), ord(_SECOND))
try:  # re's own reading of a pattern (Python 3.11 on); without it no pattern is read as blind
    from re import _constants as _sre, _parser as _sre_parser

    _REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)
    _LINE_AT = (_sre.AT_BEGINNING, _sre.AT_BEGINNING_LINE, _sre.AT_BEGINNING_STRING, _sre.AT_END, _sre.AT_END_LINE, _sre.AT_END_STRING)
    #: What a category of a set says of (any character above the plane, STAND_IN, _SECOND); None: not the same of all above.
    _CATEGORIES = {
        _sre.CATEGORY_DIGIT: (None, True, True), _sre.CATEGORY_NOT_DIGIT: (None, False, False),
        _sre.CATEGORY_SPACE: (False, False, False), _sre.CATEGORY_NOT_SPACE: (True, True, True),
    }
except (ImportError, AttributeError):  # pragma: no cover - astral_blind then fails its reading, and says no
    pass


def _blind_items(items: Iterable[tuple[object, object]]) -> bool:
    for op, av in items:
        if op is _sre.LITERAL or op is _sre.NOT_LITERAL:
            if av >= _PLANES[0] or av in _STAND_INS:  # type: ignore[operator]
                return False
        elif op is _sre.IN:
            if not _blind_set(av):  # type: ignore[arg-type]
                return False
        elif op is _sre.AT:
            if av not in _LINE_AT:
                return False
        elif op is _sre.BRANCH:
            if not all(_blind_items(b) for b in av[1]):  # type: ignore[index]
                return False
        elif op is _sre.SUBPATTERN:
            if av[1] & (re.IGNORECASE | re.ASCII | re.LOCALE) or not _blind_items(av[3]):  # type: ignore[index]
                return False
        elif op in _REPEATS:
            if not _blind_items(av[2]):  # type: ignore[index]
                return False
        elif op is _sre.ATOMIC_GROUP:
            if not _blind_items(av):  # type: ignore[arg-type]
                return False
        elif op is _sre.ASSERT or op is _sre.ASSERT_NOT:
            if not _blind_items(av[1]):  # type: ignore[index]
                return False
        elif op is _sre.GROUPREF_EXISTS:
            if not _blind_items(av[1]) or (av[2] is not None and not _blind_items(av[2])):  # type: ignore[index]
                return False
        elif op is not _sre.ANY:
            return False
    return True


def _blind_set(items: list[tuple[object, object]]) -> bool:
    """Whether a set says the same of every character above the plane and of both stand-ins."""
    above, stand_in, second, unsure = False, False, False, False
    for op, av in items:
        if op is _sre.NEGATE:
            continue
        if op is _sre.LITERAL:
            says = (False if av < _PLANES[0] else None, av == _STAND_INS[0], av == _STAND_INS[1])  # type: ignore[operator]
        elif op is _sre.RANGE:
            lo, hi = av  # type: ignore[misc]
            whole = lo <= _PLANES[0] and hi >= _PLANES[1]
            says = (True if whole else False if hi < _PLANES[0] else None, lo <= _STAND_INS[0] <= hi, lo <= _STAND_INS[1] <= hi)
        elif op is _sre.CATEGORY and av in _CATEGORIES:
            says = _CATEGORIES[av]  # type: ignore[index]
        else:
            return False
        above, unsure = above or says[0] is True, unsure or says[0] is None
        stand_in, second = stand_in or says[1], second or says[2]
    if unsure and not above:
        return False
    return above == stand_in == second


def _line_starts(text: str, positions: tuple[int, ...]) -> tuple[int, ...]:
    """Where the lines that hold ``positions`` (in order) start, each line once."""
    out: list[int] = []
    end = -1  # the end of the last line taken
    for p in positions:
        if p < end:
            continue
        out.append(text.rfind("\n", 0, p) + 1)
        end = text.find("\n", p)
        if end < 0:
            break
    return tuple(out)


_LOWER_BLOCK = 1 << 18


def _starts_line(prefilter: re.Pattern[str], lower: str, start: int, end: int) -> bool:
    """Whether ``prefilter`` (which begins with the "\\n" before a line) matches the line ``lower[start:end]``."""
    if start == 0:
        return prefilter.match("\n" + lower[:end]) is not None
    return prefilter.match(lower, start - 1, end) is not None


def fold_safe_lines(text: str, lines: Iterable[tuple[int, int]], prefilter: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """The ``lines`` (``(start, end)``) of ``text`` in which ``prefilter``, a case-sensitive pattern for
    lowered text, finds something, and those with :data:`FOLD_TRICKY` characters. The text must not
    change length in lower case."""
    lower = _lowered_for(prefilter, text)
    for start, end in lines:
        if prefilter.search(lower, start, end) is not None or _FOLD_TRICKY.search(text, start, end) is not None:
            yield start, end


def line_may_match(prefilter: re.Pattern[str] | None, text: str, start: int, end: int) -> bool:
    """Whether :func:`prefiltered_lines` would take the line ``text[start:end]`` (tested alone)."""
    lower = _lowered_for(prefilter, text) if prefilter is not None else ""
    return (
        prefilter is None or len(lower) != len(text) or _starts_line(prefilter, lower, start, end)
        or _FOLD_TRICKY.search(text, start, end) is not None
    )


def prefiltered_lines(prefilter: re.Pattern[str] | None, text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the lines of ``text`` that can hold what ``prefilter`` finds, in order.

    ``prefilter`` runs on the lowered text and starts with the "\\n" before a line (built on
    :func:`folded_alternation`); lines with :data:`FOLD_TRICKY` characters are always taken, and
    all lines are when there is no prefilter or lowering changes the text's length."""
    lower = _lowered_for(prefilter, text) if prefilter is not None else ""
    if prefilter is None or len(lower) != len(text):
        yield from lines_of(text)
        return
    starts = {m.start() + 1 for m in prefilter.finditer(lower)}
    first = lower.find("\n")
    if _starts_line(prefilter, lower, 0, len(lower) if first < 0 else first):
        starts.add(0)
    starts.update(_folding(text)[1])
    for start in sorted(starts):
        yield start, line_end(text, start)



@functools.cache
def load_phrases(family: str) -> dict[str, list[str]]:
    """The ``lines`` and ``prefixes`` of phrase files (``a+b`` merges several), all languages merged."""
    out: dict[str, list[str]] = {"lines": [], "prefixes": []}
    for name in family.split("+"):
        data = _phrase_file(name)
        for key, phrases in out.items():
            phrases.extend(p for lang in data.get(key, {}).values() for p in lang)
    return out


@functools.cache
def _phrase_file(name: str) -> dict[str, dict[str, list[str]]]:
    """One phrase file, read once however many families merge it."""
    import tomllib
    from importlib import resources

    with (resources.files("cleanseed") / "phrases" / f"{name}.toml").open("rb") as f:
        return tomllib.load(f)


@dataclass(frozen=True)
class FunctionCleaner(Cleaner):
    """Wraps a user function ``text -> iterable of spans`` as a cleaner."""

    name: str
    description: str
    function: Callable[[str], Iterable[Span]]
    joiner: str = "\n"

    def find(self, text: str) -> Iterable[Span]:
        return self.function(text)


def compile_all(cleaner: Cleaner) -> None:
    """Compute the cached properties (compiled patterns, phrase tries) of ``cleaner``, of the
    cleaners it is made of and of those its fields hold (``anchors``, ``phrases``), now instead of
    on first use. They live on the cleaners: a pickled copy carries them, so a Spark executor reads
    no phrase file, and workers forked after this (``-j N``) inherit them. One that fails is left
    to first use, where it fails one text, not the run."""
    seen: set[int] = set()
    todo = list(cleaner.leaves())
    while todo:
        c = todo.pop()
        if id(c) in seen:
            continue
        seen.add(id(c))
        for klass in type(c).__mro__:
            for name, attr in vars(klass).items():
                if isinstance(attr, functools.cached_property):
                    try:
                        getattr(c, name)
                    except Exception:  # noqa: BLE001 - see above
                        pass
        for value in vars(c).values():
            for item in value if isinstance(value, tuple) else (value,):
                if isinstance(item, Cleaner):
                    todo.extend(item.leaves())


def lines_holding(text: str, words: Iterable[str], haystack: str | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of the lines of ``text`` that hold one of ``words``, in order; with
    ``haystack`` (a copy of ``text`` of the same length, lowered), the words are looked for there.
    ``str.find`` per word is far faster than one regex alternation of the words (12 -> 60 MB/s)."""
    haystack = text if haystack is None else haystack
    starts = set()
    for word in words:
        hit = haystack.find(word)
        while hit >= 0:
            starts.add(haystack.rfind("\n", 0, hit) + 1)
            end = haystack.find("\n", hit)
            hit = haystack.find(word, end) if end >= 0 else -1
    return [(start, line_end(text, start)) for start in sorted(starts)]


def anchored(pattern: regex.Pattern[str]) -> bool:
    """Whether every match of ``pattern`` starts at a line start: it begins with ``^``, in MULTILINE
    mode, and has no alternation outside a group (``^a|b``). ``regex`` tries such a pattern at every
    position of the text, each of which fails at once, but at a cost (a third to a half of the time
    of some line rules): :func:`all_matches` and :func:`line_matches` try the line starts only.
    A pattern this scan cannot read for sure (comments, verbose mode, an odd set) is not anchored."""
    try:
        return _ANCHORED[pattern]
    except KeyError:
        return _ANCHORED.setdefault(pattern, _is_anchored(pattern.pattern, pattern.flags))


_ANCHORED: dict[regex.Pattern[str], bool] = {}


def _is_anchored(source: str, flags: int) -> bool:
    lead = _GLOBAL_FLAGS.match(source)  # "(?im)": its flags are in ``flags`` too
    if lead is not None:
        source = source[lead.end() :]
    if (
        not source.startswith("^") or not flags & regex.MULTILINE or flags & (regex.WORD | regex.VERBOSE | regex.REVERSE)
        or not flags & regex.VERSION1 or "(?#" in source or "(?x" in source or "(?w" in source or "(?r" in source
    ):
        return False
    depth, i, n = 0, 1, len(source)
    while i < n:
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a set, nested sets too (VERSION1); "]" right after "[" or "[^" is a literal
            level, i = 1, i + 1
            if source.startswith("^", i):
                i += 1
            if source.startswith("]", i):
                i += 1
            while i < n and level:
                if source[i] == "\\":
                    i += 1
                elif source[i] == "[":
                    level += 1
                elif source[i] == "]":
                    level -= 1
                i += 1
            if level:
                return False
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return False
        elif ch == "|" and depth == 0:
            return False
        i += 1
    return depth == 0


_GLOBAL_FLAGS = re.compile(r"\(\?[imsaLu]++\)")


def all_matches(pattern: regex.Pattern[str], text: str, stop: int | None = None) -> Iterable[regex.Match[str]]:
    """``pattern.finditer(text, 0, stop)``, for an :func:`anchored` pattern tried at the line starts only."""
    stop = len(text) if stop is None else stop
    if not anchored(pattern):
        return pattern.finditer(text, 0, stop)
    out, pos = [], 0
    while True:
        m = pattern.match(text, pos, stop)
        if m is not None:
            end = m.end()
            if end == pos:  # an empty match: finditer then tries again here, for a longer one
                return pattern.finditer(text, 0, stop)
            out.append(m)
            pos = end
            if text[end - 1] == "\n":  # the match took the line break: a line starts where it ends
                continue
        nl = text.find("\n", pos, stop)
        if nl < 0:
            return out
        pos = nl + 1


def line_matches(pattern: regex.Pattern[str], text: str, start: int, end: int) -> Iterable[regex.Match[str]]:
    """``pattern.finditer(text, start, end)``; for an :func:`anchored` pattern and a whole line (no line
    break in it), one ``match`` at its start, where the only match can begin."""
    if anchored(pattern) and (start == 0 or text[start - 1] == "\n") and text.find("\n", start, end) < 0:
        m = pattern.match(text, start, end)
        if m is None:
            return ()
        if m.end() > start:
            return (m,)
    return pattern.finditer(text, start, end)


def line_end(text: str, pos: int) -> int:
    """Where the line that holds ``pos`` ends (its newline, or the end of the text): also the end to
    give a match that must not cross a line (without one, ``regex`` may read the rest of the text)."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def lines_of(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line, the newline excluded."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def filled_lines(text: str, start: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the lines that are not blank, from the line that begins at ``start`` on
    (newlines excluded): a walk from one place, for a cleaner that looks at a few places of a long text."""
    while start <= len(text):
        end = line_end(text, start)
        if text[start:end].strip():
            yield start, end
        start = end + 1


def whole_lines(text: str, spans: list[tuple[int, int]], indices: Iterable[int]) -> Iterator[Span]:
    """The lines ``indices`` of ``text`` (``spans`` from :func:`lines_of`), each with its newline."""
    for k in indices:
        start, end = spans[k]
        yield start, min(end + 1, len(text))


def line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the whole lines that hold ``text[start:end]``, newline included."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    if hi < 0:
        hi = len(text)
        if lo > 0:  # the last line: take the newline before it instead
            lo -= 1
    else:
        hi += 1
    return lo, hi


@dataclass(frozen=True)
class Explained:
    """The result of :meth:`Pipeline.explain`: the text, its edits, and a flag.

    ``flagged`` is ``None``, or says why the pipeline kept the input
    unchanged (for example, it would have removed more than its cap).
    """

    text: str
    edits: list[Edit]
    flagged: str | None = None


CleanerLike = Union[Cleaner, Callable[[str], Iterable[Span]]]


@dataclass(frozen=True)
class Pipeline(Cleaner):
    """Runs cleaners in order. A pipeline is a cleaner, so pipelines nest.

    ``max_removed`` caps the share of a document's non-space characters the
    pipeline may remove: above it, the text is kept whole and flagged. The cap
    applies to documents of at least ``cap_min_chars`` non-space characters
    (a comment form alone is all clutter, and goes). With ``cap_lines``, the
    cap measures only the lines it accepts (the article's prose, not the menus
    of a whole page around it) when they hold at least ``cap_min_chars``; what
    else a misfire takes (headings, lists, lyrics) then does not count.
    """

    name: str
    description: str
    cleaners: tuple[Cleaner, ...] = ()
    max_removed: float | None = None
    cap_min_chars: int = 0
    cap_lines: Callable[[str], bool] | None = field(default=None, repr=False)
    joiner: str = field(default="\n", repr=False)

    def explain(self, text: str) -> Explained:
        done: list[Edit] = []
        current = text
        for cleaner in self.cleaners:
            if isinstance(cleaner, Pipeline):  # its text is already made: replaying its edits would copy it again
                inner = cleaner.explain(current)
                if inner.edits:
                    done, current = _composed(text, current, done, inner.edits), inner.text
                continue
            if isinstance(cleaner, ContextCleaner):
                new = cleaner.edits_in_context(current, removed_lines(text, done))
            else:
                new = cleaner.edits(current)
            if new:
                done = _composed(text, current, done, new)
                before, current = current, replay(current, new)
                carry_folding(before, current, new)
        if self.max_removed is not None and done:
            share, of = _removed_share(text, done, self.cap_min_chars, self.cap_lines)
            if share > self.max_removed:
                why = f"{self.name}: would remove {share:.0%} of {of} (cap {self.max_removed:.0%}); kept as is"
                return Explained(text, [], why)
        return Explained(current, done)

    def edits(self, text: str) -> list[Edit]:
        return self.explain(text).edits

    def __call__(self, text: str) -> str:
        return self.explain(text).text

    def leaves(self) -> Iterator[Cleaner]:
        for c in self.cleaners:
            yield from c.leaves()

    def names(self) -> list[str]:
        """Names of this pipeline's cleaners and nested pipelines."""
        out: list[str] = []
        for c in self.cleaners:
            out.append(c.name)
            if isinstance(c, Pipeline):
                out.extend(c.names())
        return out

    def _check(self, names: Sequence[str]) -> None:
        known = set(self.names())
        unknown = [n for n in names if n not in known]
        if unknown:
            raise ValueError(f"unknown cleaner(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")

    def only(self, *names: str) -> Pipeline:
        """A pipeline that keeps just the named cleaners (or nested pipelines)."""
        self._check(names)
        kept: list[Cleaner] = []
        for c in self.cleaners:
            if c.name in names:
                kept.append(c)
            elif isinstance(c, Pipeline) and set(names) & set(c.names()):
                kept.append(c.only(*(n for n in names if n in c.names())))
        return replace(self, cleaners=tuple(kept))

    def without(self, *names: str) -> Pipeline:
        """A pipeline without the named cleaners (or nested pipelines)."""
        self._check(names)
        kept: list[Cleaner] = []
        for c in self.cleaners:
            if c.name in names:
                continue
            if isinstance(c, Pipeline) and set(names) & set(c.names()):
                c = c.without(*(n for n in names if n in c.names()))
            kept.append(c)
        return replace(self, cleaners=tuple(kept))

    def add(self, cleaner: CleanerLike, *, name: str | None = None, description: str = "",
            before: str | None = None, after: str | None = None) -> Pipeline:
        """A pipeline with ``cleaner`` added (at the end, or before/after a named one).

        ``cleaner`` is a :class:`Cleaner` or a function ``text -> spans``.
        """
        if not isinstance(cleaner, Cleaner):
            if not callable(cleaner):
                raise TypeError(f"expected a Cleaner or a function, not {type(cleaner).__name__}")
            fname = name or getattr(cleaner, "__name__", "custom")
            cleaner = FunctionCleaner(fname, description or (cleaner.__doc__ or fname).strip().splitlines()[0], cleaner)
        items = list(self.cleaners)
        anchor = before or after
        if anchor is None:
            items.append(cleaner)
        else:
            at = [c.name for c in items]
            if anchor not in at:
                raise ValueError(f"no cleaner {anchor!r} at the top of pipeline {self.name!r}; known: {', '.join(at)}")
            items.insert(at.index(anchor) + (1 if after else 0), cleaner)
        return replace(self, cleaners=tuple(items))

    def add_phrases(self, name: str, phrases: Iterable[str], *, description: str = "",
                    prefix: bool = False, before: str | None = None) -> Pipeline:
        """A pipeline that also removes lines made of one of ``phrases``."""
        desc = description or f"lines made of user phrases ({name})"
        items = tuple(phrases)
        cleaner = PhraseCleaner(name, desc, () if prefix else items, items if prefix else ())
        return self.add(cleaner, before=before or self._default_anchor())

    def _default_anchor(self) -> str | None:
        names = [c.name for c in self.cleaners]
        return "whitespace" if "whitespace" in names else None


def _composed(original: str, current: str, done: list[Edit], new: list[Edit]) -> list[Edit]:
    """:func:`~._edits.compose`, but the first edits of a text are already its own (``compose`` would
    copy each one)."""
    return list(new) if current is original else compose(original, current, done, new)


def _removed_share(
    text: str, edits: Sequence[Edit], min_chars: int = 0, counted: Callable[[str], bool] | None = None,
) -> tuple[float, str]:
    """The share of ``text``'s non-space characters that ``edits`` remove (0 below ``min_chars`` of them).

    With ``counted``, the share of the lines it accepts, when they hold ``min_chars`` or more; the
    second value names what was measured.
    """
    if counted is not None:
        spans, start = [], 0
        for line in text.split("\n"):
            if counted(line):
                spans.append((start, start + len(line)))
            start += len(line) + 1
        total = sum(_solid(text[a:b]) for a, b in spans)
        if total and total >= min_chars:
            return _overlap(text, spans, sorted((e.start, e.end) for e in edits)) / total, "the text's prose"
    total = _solid(text)
    if total == 0 or total < min_chars:
        return 0.0, "the text"
    return sum(_solid(e.removed) for e in edits) / total, "the text"


def _solid(s: str) -> int:
    return len("".join(s.split()))


def _overlap(text: str, spans: Sequence[tuple[int, int]], cuts: Sequence[tuple[int, int]]) -> int:
    """Non-space characters of ``text`` inside both a span and a cut (both sorted, each without overlaps)."""
    out = i = j = 0
    while i < len(spans) and j < len(cuts):
        lo, hi = max(spans[i][0], cuts[j][0]), min(spans[i][1], cuts[j][1])
        if lo < hi:
            out += _solid(text[lo:hi])
        if spans[i][1] <= cuts[j][1]:
            i += 1
        else:
            j += 1
    return out
