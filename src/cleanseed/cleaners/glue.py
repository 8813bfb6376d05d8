"""Glued boundaries: put back the break that extraction dropped between two blocks."""

from .._pipeline import RegexCleaner

glued_sentences = RegexCleaner(
    "glued-sentences",
    "a line break where a sentence end is glued to the next block (\"nations.He\", \"cooperation.”Russian\")",
    # Two lower-case letters (or digits, or a closing bracket) before the stop
    # keep "U.S.", "e.g." and "3.8%" whole; the word after must be followed by
    # a blank or comma, which keeps code paths ("System.Console.Write") whole.
    r"(?:\p{Ll}{2}|\d\d|[)\"”’])[.!?…]++[\"”’»)]?+(?<cut>)(?=\p{Lu}\p{Ll}*+[ \t,;:\n])",
    group="cut",
    replacement="\n",
)
