"""Whitespace: odd spaces, line ends, trailing blanks and runs of blank lines.

Paragraph breaks (one blank line) are kept; nothing else is collapsed, so
indentation and aligned columns inside a line survive.
"""

from .._pipeline import Pipeline, RegexCleaner

odd_spaces = RegexCleaner(
    "odd-spaces",
    "no-break and other odd spaces become plain spaces",
    r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]",
    replacement=" ",
)

line_ends = RegexCleaner(
    "line-ends",
    "CR, CRLF and the other Unicode line breaks (VT, FF, NEL, LS, PS) become LF",
    r"\r\n?+|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]",
    replacement="\n",
)

trailing_spaces = RegexCleaner(
    "trailing-spaces",
    "blanks at the end of a line",
    r"(?<![ \t])[ \t]++(?=\n|\Z)",
    replacement="",
)

blank_lines = RegexCleaner(
    "blank-lines",
    "runs of blank lines become one blank line",
    r"(?<!\n)\n\n\n++",
    replacement="\n\n",
)

edges = RegexCleaner(
    "edges",
    "blank lines at the start of the document and whitespace at its end",
    r"\A(?:[ \t]*+\n)++|(?<!\s)\s++\Z|\A\s++\Z",
    replacement="",
)

tidy = Pipeline("whitespace", "tidy whitespace left by the other cleaners", (trailing_spaces, blank_lines, edges))
