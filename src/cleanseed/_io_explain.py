"""The human ``--explain`` view: the text with each removal marked and named.

Plain (when piped)::

    The minister spoke.[-
    Leave a Reply-]{comment-forms}

A removal reads ``[-removed text-]{rule}``; text a rule put in its place
(a line break, a plain space) reads ``{+\\n+}`` before the rule name.
Removed text that is only whitespace is shown escaped (``\\r\\n``,
``\\xa0``) so that it can be seen. On a terminal the same view uses ANSI
colour instead of brackets: removed text red and struck through, inserted
text green, rule names dim cyan.

>>> from cleanseed import Edit
>>> render("a b\\nReply", [Edit(3, 9, "\\nReply", "", "comment-forms")], color=False)
'a b[-\\nReply-]{comment-forms}'
"""

from __future__ import annotations

from typing import Sequence

from ._edits import Edit

__all__ = ["render"]

_RED, _GREEN, _RULE, _RESET = "\x1b[31;9m", "\x1b[32m", "\x1b[2;36m", "\x1b[0m"


def _visible(s: str) -> str:
    """Whitespace-only text, escaped so that it shows (``"\\r\\n"`` → ``\\r\\n``)."""
    return s.encode("unicode_escape", "backslashreplace").decode("ascii")


def _paint(s: str, code: str) -> str:
    # Colour each line on its own, so pagers (less -R) keep the colour across lines.
    return "\n".join(f"{code}{part}{_RESET}" if part else part for part in s.split("\n"))


def render(text: str, edits: Sequence[Edit], *, color: bool, flagged: str | None = None) -> str:
    """``text`` with every edit of ``edits`` (offsets into ``text``) marked and named."""
    out: list[str] = []
    if flagged:
        out.append(f"{_RULE}[! {flagged}]{_RESET}\n" if color else f"[! {flagged}]\n")
    pos = 0
    for e in edits:
        out.append(text[pos : e.start])
        removed = e.removed if e.removed.strip() else _visible(e.removed)
        added = _visible(e.replacement)
        if color:
            if removed:
                out.append(_paint(removed, _RED))
            if added:
                out.append(f"{_GREEN}{added}{_RESET}")
            out.append(f"{_RULE}{{{e.rule}}}{_RESET}")
        else:
            if removed:
                out.append(f"[-{removed}-]")
            if added:
                out.append(f"{{+{added}+}}")
            out.append(f"{{{e.rule}}}")
        pos = e.end
    out.append(text[pos:])
    return "".join(out)
