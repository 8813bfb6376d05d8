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
    "CR and CRLF line ends become LF",
    r"\r\n?+",
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
    "blank lines at the start and whitespace at the end of the document",
    r"\A(?:[ \t]*+\n)++|(?<!\s)\s++\Z|\A\s++\Z",
    replacement="",
)

tidy = Pipeline("whitespace", "tidy whitespace left by the other cleaners", (trailing_spaces, blank_lines, edges))
