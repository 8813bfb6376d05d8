"""Matching phrases case-insensitively with Python's ``re`` as ``regex`` does (full case folding).

The phrase patterns are tries of thousands of phrases; ``regex`` compiles one in about a
second (the union of all phrase families), ``re`` in a quarter of that, and ``-j N``
compiles every pattern before it forks, one after another. The two modules differ in
what a case-insensitive match compares and in their Unicode data, so a pattern for
``re`` spells out what it needs:

- the sets ``regex`` uses (lower- and upper-case letters, digits, spaces) come from
  ``regex`` itself, as explicit sets (:func:`regex_set`);
- a phrase's characters are written in their case folding ("ß" as "ss");
- the line is matched with each :data:`FOLD_TRICKY` character replaced by a stand-in
  (:func:`fold_line`): what ``regex`` folds it to ("ß" as "ss", "ﬁ" as "fi"), with a
  first character of the same case, so that a test for a lower-case letter after a
  phrase sees the same, and the rest lower-case letters or combining marks ("ǰ" as
  "j" and a caron); "Σ" and "İ" stand for themselves, and the dotless "ı", which
  ``re`` takes for "i", as a caseless letter. The few characters without a stand-in
  (lower-case Cherokee, "ŉ", letters newer than Python's Unicode data) are left to
  ``regex``; no line of the benchmark holds one.

The ``re`` pattern then matches where the ``regex`` pattern does (tests/test_casefold.py
checks every character of the shipped phrases against every code point, and whole lines
against the ``regex`` pattern), with one difference: where a stand-in is longer than its
character, ``re`` compares the folded line, while ``regex`` folds a character only against
one run of literals ("paß" matches ``pass`` but not ``pa(?:s|x)s``); a phrase trie splits
runs wherever phrases part, so there ``re`` is the one that follows full case folding
("You have succeßfully subscribed").
"""

from __future__ import annotations

import array
import bisect
import functools
import re
from dataclasses import dataclass
from typing import Iterable, NamedTuple

import regex

__all__ = ["FOLD_TRICKY", "FoldedLine", "LineFolds", "fold_line", "marks_clash", "re_atom", "regex_set"]

#: Characters whose ``str.lower()`` is not their full case folding (or not one character),
#: and "Σ", which lowers by context. Everywhere else ``text.lower()`` is what a case-insensitive
#: ``regex`` match compares, so a case-sensitive scan of the lowered text finds every place where
#: a phrase can match. (tests/test_pipeline.py checks this list against the Unicode data.)
FOLD_TRICKY = (
    "\u00b5\u00df\u0130\u0149\u017f\u01f0\u0345\u0390\u03a3\u03b0\u03c2\u03d0-\u03d1\u03d5-\u03d6"
    "\u03f0-\u03f1\u03f5\u0587\u13a0-\u13f5\u13f8-\u13fd\u1c80-\u1c88\u1e96-\u1e9b\u1e9e\u1f50\u1f52\u1f54\u1f56"
    "\u1f80-\u1faf\u1fb2-\u1fb4\u1fb6-\u1fb7\u1fbc\u1fbe\u1fc2-\u1fc4\u1fc6-\u1fc7\u1fcc\u1fd2-\u1fd3\u1fd6-\u1fd7"
    "\u1fe2-\u1fe4\u1fe6-\u1fe7\u1ff2-\u1ff4\u1ff6-\u1ff7\u1ffc\uab70-\uabbf\ufb00-\ufb06\ufb13-\ufb17"
)

_TRICKY = re.compile(f"[{FOLD_TRICKY}]")

#: No character at or above this is a cased letter, a digit or a space for ``regex``
#: (the planes above hold CJK ideographs, tags and private use; tests check it).
SCAN_LIMIT = 0x20000


@functools.cache
def _code_points() -> str:
    """Every code point below :data:`SCAN_LIMIT`, in order, so that a match's offsets are code points."""
    return array.array("I", range(SCAN_LIMIT)).tobytes().decode("utf-32-le", "surrogatepass")


@functools.cache
def regex_set(prop: str) -> str:
    r"""The body of a ``re`` set holding exactly the characters ``regex`` (VERSION1) matches with
    ``prop`` (``\p{Ll}``, ``\d``, ...): the two modules' Unicode data and definitions differ."""
    return "".join(
        _escape(m.start()) + ("" if m.end() - m.start() == 1 else "-" + _escape(m.end() - 1))
        for m in regex.finditer(f"(?:{prop})++", _code_points(), regex.VERSION1)
    )


def _escape(cp: int) -> str:
    return f"\\u{cp:04x}" if cp <= 0xFFFF else f"\\U{cp:08x}"


def _folds_to(ch: str, folded: str) -> bool:
    return regex.fullmatch(regex.escape(folded), ch, regex.IGNORECASE | regex.VERSION1) is not None


def _is(prop: str, ch: str) -> bool:
    return regex.match(prop, ch, regex.VERSION1) is not None


class _StandIns(NamedTuple):
    table: dict[int, str]  # for str.translate
    none: re.Pattern[str]  # the characters without a stand-in
    special: re.Pattern[str]  # those and the characters with one
    marked: re.Pattern[str]  # the characters whose stand-in ends in combining marks ("ǰ" -> "j" + U+030C)
    longer: re.Pattern[str]  # the characters whose stand-in is longer ("ß" -> "ss")
    marks: frozenset[str]  # those marks


@functools.cache
def _stand_ins() -> _StandIns:
    """The stand-in of each FOLD_TRICKY character that has one (see the module doc)."""
    table: dict[int, str] = {}
    none: list[str] = []
    marks: set[str] = set()
    for ch in _TRICKY.findall(_code_points()):
        folded = ch.casefold()
        if _folds_to(ch, folded[0]) and not _folds_to(ch, folded):
            folded = folded[0]  # regex folds "İ" to "i" (simple case folding), not to "i̇"
        if _is(r"\p{Ll}", ch):
            lead = folded[0]
        else:  # "Σ" and "İ" are their own stand-ins ("İ" is "i" for re too)
            lead = ch if re.fullmatch(re.escape(folded[0]), ch, re.IGNORECASE) else folded[0].upper()
        ok = (
            len(lead) == 1
            and re.fullmatch(re.escape(folded[0]), lead, re.IGNORECASE) is not None
            and (_TRICKY.match(lead) is None or lead == ch)
            and _is(r"\p{Ll}", lead) == _is(r"\p{Ll}", ch)
            and _is(r"\p{Lu}", lead) == _is(r"\p{Lu}", ch)
            # after the lead, lower-case letters (no phrase ends before one) or combining marks
            and all((_is(r"\p{Ll}", c) or _is(r"\p{M}", c)) and c.lower() == c and _TRICKY.match(c) is None for c in folded[1:])
        )
        if not ok:
            none.append(ch)
        elif lead + folded[1:] != ch:
            table[ord(ch)] = lead + folded[1:]
            marks.update(c for c in folded[1:] if _is(r"\p{M}", c))
    table[ord(_DOTLESS)] = _KRA
    none.append(_KRA)
    # letters of Unicode versions newer than Python's, which only regex folds
    none.extend(ch for ch in regex.findall(r"\p{Changes_When_Casefolded}", _code_points()) if ch.casefold() == ch)
    marked = [chr(c) for c, s in table.items() if marks.intersection(s)]
    longer = [chr(c) for c, s in table.items() if len(s) > 1]
    return _StandIns(table, _set_of(none), _set_of(none + [chr(c) for c in table]), _set_of(marked), _set_of(longer), frozenset(marks))


def _set_of(chars: list[str]) -> re.Pattern[str]:
    """A set of ``chars`` written as ranges: a long list of single characters scans far slower, and
    so do ranges outside the Basic Multilingual Plane, which are made a few wider ones (the
    characters between, letters without case, are then also left to ``regex``)."""
    points = sorted(set(map(ord, chars)))
    ranges: list[list[int]] = []
    for cp in points:
        if ranges and (ranges[-1][1] == cp - 1 or (ranges[-1][1] > 0xFFFF and cp - ranges[-1][1] < 0x100)):
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return re.compile("[" + "".join(_escape(a) + ("" if a == b else "-" + _escape(b)) for a, b in ranges) + "]" if ranges else "(?!)")


def marks_clash(phrases: Iterable[str]) -> bool:
    """Whether ``phrases`` hold a combining mark that a stand-in ends in: then a phrase could end
    inside a stand-in, before the mark, where ``regex`` cannot end it (see :func:`fold_line`)."""
    marks = _stand_ins().marks
    return any(not marks.isdisjoint(p.casefold()) for p in phrases)


def fold_line(line: str, *, marks: bool = True) -> str | None:
    """``line`` with each FOLD_TRICKY character replaced by its stand-in, for a phrase pattern made
    with :func:`re_atom`; ``None`` when one has no stand-in (then only ``regex`` can tell), or
    without ``marks``, when one ends in combining marks.

    A line pattern must match the whole line, and none of the phrases it was made of may hold those
    marks (:func:`marks_clash`): a phrase that ends inside such a stand-in then leaves a mark that
    nothing takes, so the two modules agree."""
    if line.isascii():
        return line
    stand_ins = _stand_ins()
    if stand_ins.special.search(line) is None:
        return line
    if stand_ins.none.search(line) is not None or (not marks and stand_ins.marked.search(line) is not None):
        return None
    return _translated(line, stand_ins)


def _translated(line: str, stand_ins: _StandIns) -> str:
    """``line.translate(stand_ins.table)``: a substitution of the few characters that change is a quarter
    of the time (``translate`` looks each character of the line up in the table)."""
    get = stand_ins.table.get
    return stand_ins.special.sub(lambda m: get(ord(m[0]), m[0]), line)


class LineFolds:
    """:func:`fold_line` for the lines of one text that a pattern tries from inside (a ``match`` at
    ``start``, not a ``fullmatch``): each line that holds a character that changes is folded once,
    with the offsets between the two (see :class:`FoldedLine`)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines: dict[int, FoldedLine | None] = {}
        # the first character that changes at or after _after (the starts mostly come in order)
        self._after, self._next = (0, len(text)) if text.isascii() else (0, -1)

    def changes(self, start: int, end: int) -> bool:
        """Whether folding changes ``text[start:end]``."""
        if not self._after <= start <= self._next:
            m = _stand_ins().special.search(self.text, start)
            self._after, self._next = start, len(self.text) if m is None else m.start()
        return self._next < end

    def line(self, start: int, end: int) -> FoldedLine | None:
        """The line ``text[start:end]`` folded; ``None`` when only ``regex`` can tell."""
        if start not in self.lines:
            self.lines[start] = FoldedLine.of(self.text, start, end)
        return self.lines[start]


@dataclass(frozen=True)
class FoldedLine:
    """A line through :func:`fold_line`, and the offsets between it and the text it comes from."""

    text: str
    start: int  # of the line in the text
    at: tuple[int, ...] = ()  # offsets in the line of the characters whose stand-in is longer
    folded_at: tuple[int, ...] = ()  # and where their stand-ins start in the folded line
    added: tuple[int, ...] = (0,)  # how much longer the folded line is before each of them (and after all)

    @classmethod
    def of(cls, text: str, start: int, end: int) -> FoldedLine | None:
        stand_ins = _stand_ins()
        if stand_ins.none.search(text, start, end) is not None:
            return None
        line = text[start:end]
        folded = _translated(line, stand_ins)
        if len(folded) == len(line):
            return cls(folded, start)
        at = [m.start() for m in stand_ins.longer.finditer(line)]
        added = [0]
        for i in at:
            added.append(added[-1] + len(stand_ins.table[ord(line[i])]) - 1)
        return cls(folded, start, tuple(at), tuple(i + a for i, a in zip(at, added)), tuple(added))

    def to_folded(self, pos: int) -> int:
        """The offset in the folded line of the offset ``pos`` of the text."""
        i = pos - self.start
        return i + self.added[bisect.bisect_left(self.at, i)]

    def to_text(self, pos: int) -> int:
        """The offset in the text of the offset ``pos`` of the folded line; -1 inside a stand-in."""
        k = bisect.bisect_right(self.folded_at, pos)  # the longer stand-ins that start at or before pos
        if k and pos - self.folded_at[k - 1] <= self.added[k] - self.added[k - 1]:  # in the last of them
            return self.start + self.at[k - 1] if pos == self.folded_at[k - 1] else -1
        return self.start + pos - self.added[k]


#: ``re`` takes "i" and the dotless "ı" for each other (both are "I" in upper case); ``regex`` takes
#: "ı" for "I" but not "i" for "ı". In a line, "ı" stands as "ĸ", a letter without case that no
#: phrase holds, and a line with a real "ĸ" is left to ``regex``.
_DOTLESS, _KRA = "\u0131", "\u0138"
_RESPELL = {_DOTLESS: f"(?:{_KRA}|(?-i:I))", _KRA: "(?!)"}


_BLANK_ATOMS = {"(?-i:[ \\t]|)": "[ \\t]?", "(?-i:[ \\t]*+)": "[ \\t]*+"}


@functools.cache
def re_atom(atom: str) -> str:
    r"""The ``re`` spelling (for ``re.IGNORECASE``) of an atom of a ``regex`` phrase pattern: an
    escaped character of a lower-cased phrase, ``\d++``, or blanks in a case-sensitive group."""
    if atom == r"\d++":
        return "(?-i:[" + regex_set(r"\d") + "])++"
    if atom.startswith("(?-i:"):
        # blanks: re compiles a set of blanks in a case-insensitive scope as fast, and a group costs
        return _BLANK_ATOMS.get(atom, atom)
    ch = atom[1:] if atom.startswith("\\") else atom
    if len(ch) != 1:
        raise ValueError(f"not an atom of a phrase: {atom!r}")
    return "".join(_RESPELL.get(c) or re.escape(c) for c in ch.casefold())
