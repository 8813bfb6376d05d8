"""The edit model: what a cleaner removed, where, and why.

This module is the bottom floor of cleanseed and imports nothing of ours.
An :class:`Edit` replaces ``text[start:end]`` (the ``removed`` text) by
``replacement``, which is empty or whitespace; ``rule`` names the cleaner
that asked for it. A list of edits is sorted and non-overlapping, and
:func:`replay` applies it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

__all__ = ["Edit", "compose", "replay"]


@dataclass(frozen=True, slots=True)
class Edit:
    """``text[start:end]`` (``removed``) became ``replacement``, by ``rule``."""

    start: int
    end: int
    removed: str
    replacement: str
    rule: str

    def to_dict(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "start": self.start,
            "end": self.end,
            "removed": self.removed,
            "replacement": self.replacement,
        }


def replay(text: str, edits: Iterable[Edit]) -> str:
    """Apply ``edits`` (sorted, non-overlapping) to ``text``.

    >>> replay("a b", [Edit(1, 3, " b", "", "demo")])
    'a'
    """
    parts: list[str] = []
    pos = 0
    for e in edits:
        if e.start < pos or e.end < e.start or e.end > len(text):
            raise ValueError(f"edit {e.start}:{e.end} is out of order or out of range")
        if text[e.start : e.end] != e.removed:
            raise ValueError(f"edit {e.start}:{e.end} does not match the text it names")
        _copy(parts, text, pos, e.start)
        parts.append(e.replacement)
        pos = e.end
    _copy(parts, text, pos, len(text))
    return "".join(parts)


#: The longest piece :func:`replay` slices off: a slice of a text with an emoji is stored at four
#: bytes a character, and one of more than 8 M characters takes more than glibc's largest heap
#: block (32 MiB), so it is mapped anew page by page, as long as the copy the join makes (an edit
#: near the start of a 10 M character text took 33 ms instead of 18).
_PIECE = 1 << 20


def _copy(parts: list[str], text: str, start: int, end: int) -> None:
    """Append ``text[start:end]`` to ``parts``, in pieces of at most :data:`_PIECE` characters."""
    while end - start > _PIECE:
        parts.append(text[start : start + _PIECE])
        start += _PIECE
    parts.append(text[start:end])


def _joins(s1: int, e1: int, s2: int, e2: int) -> bool:
    """Whether two intervals of one text touch in a way that needs one edit."""
    if max(s1, s2) < min(e1, e2):
        return True
    return (s1 == e1 and s2 < s1 < e2) or (s2 == e2 and s1 < s2 < e1)


def compose(original: str, current: str, done: Sequence[Edit], new: Sequence[Edit]) -> list[Edit]:
    """Express ``new`` edits of ``current`` as edits of ``original``.

    ``current`` is ``replay(original, done)``. The result replays on
    ``original`` to ``replay(current, new)``. Where a new edit touches text
    that an earlier edit inserted, the two become one edit named after the
    new rule.
    """
    out: list[Edit] = []
    i = j = 0
    shift = 0  # position in current minus position in original, before done[i]
    while i < len(done) or j < len(new):
        if j == len(new):
            out.extend(done[i:])
            break
        n = new[j]
        if i == len(done):
            out.append(Edit(n.start - shift, n.end - shift, original[n.start - shift : n.end - shift], n.replacement, n.rule))
            j += 1
            continue
        # the earlier edits that end before the new one starts stay as they are (on a long
        # document, thousands of them per cleaner): one tight loop, no _joins call
        k, ns = i, n.start
        while k < len(done):
            f = done[k]
            if f.start + shift + len(f.replacement) >= ns:
                break
            shift += len(f.replacement) - (f.end - f.start)
            k += 1
        if k > i:
            out.extend(done[i:k])
            i = k
            continue
        f = done[i]
        cs = f.start + shift
        ce = cs + len(f.replacement)
        if not _joins(cs, ce, n.start, n.end):
            if ce <= n.start:
                out.append(f)
                shift += len(f.replacement) - (f.end - f.start)
                i += 1
            else:
                out.append(Edit(n.start - shift, n.end - shift, original[n.start - shift : n.end - shift], n.replacement, n.rule))
                j += 1
            continue
        # a cluster: edits of both lists that touch one another, chained
        lo = min(cs, n.start)
        o_start = f.start if cs <= n.start else n.start - shift
        fs, ns = [], []
        last_f: tuple[int, int] | None = None
        last_n: tuple[int, int] | None = None
        while True:
            if i < len(done):
                f = done[i]
                cs = f.start + shift
                ce = cs + len(f.replacement)
                if not fs or (last_n is not None and _joins(cs, ce, *last_n)):
                    fs.append(f)
                    last_f = (cs, ce)
                    shift += len(f.replacement) - (f.end - f.start)
                    i += 1
                    continue
            if j < len(new):
                n = new[j]
                if last_f is not None and _joins(n.start, n.end, *last_f):
                    ns.append(n)
                    last_n = (n.start, n.end)
                    j += 1
                    continue
            break
        assert last_f is not None and last_n is not None
        hi = max(last_f[1], last_n[1])
        o_end = fs[-1].end if last_f[1] >= last_n[1] else last_n[1] - shift
        parts, pos = [], lo
        for n in ns:
            parts.append(current[pos : n.start])
            parts.append(n.replacement)
            pos = n.end
        parts.append(current[pos:hi])
        removed, replacement = original[o_start:o_end], "".join(parts)
        if not any(current[n.start : n.end].strip() for n in ns):
            # The new edits only tidied whitespace: keep each earlier edit
            # under its own rule, and name the gaps after the tidying rule.
            out.extend(_split_cluster(original, o_start, o_end, fs, replacement, ns[0].rule))
            continue
        # Name the cluster after the member that removed the most visible text.
        weight = {f.rule: len(f.removed.strip()) for f in reversed(fs)}
        for n in reversed(ns):
            weight[n.rule] = max(weight.get(n.rule, 0), len(current[n.start : n.end].strip()))
        rule = max(weight, key=lambda r: weight[r]) if any(weight.values()) else ns[0].rule
        if removed != replacement:  # a later edit may undo an earlier one: no edit is left
            out.append(Edit(o_start, o_end, removed, replacement, rule))
    return out


def _split_cluster(original: str, start: int, end: int, done: Sequence[Edit], replacement: str, rule: str) -> list[Edit]:
    """``original[start:end]`` becomes ``replacement`` (whitespace), as one
    edit per earlier edit in ``done`` plus one per gap between them."""
    cuts: list[tuple[int, int, str]] = []
    pos = start
    for f in done:
        if f.start > pos:
            cuts.append((pos, f.start, rule))
        if f.end > f.start:
            cuts.append((f.start, f.end, f.rule))
        pos = max(pos, f.end)
    if end > pos:
        cuts.append((pos, end, rule))
    if not cuts:
        return [Edit(start, end, original[start:end], replacement, rule)] if replacement else []
    out = [Edit(a, b, original[a:b], "", r) for a, b, r in cuts[:-1]]
    a, b, r = cuts[-1]
    out.append(Edit(a, b, original[a:b], replacement, r))
    return [e for e in out if e.removed != e.replacement]
