"""Glued boundaries: put back the break that extraction dropped between two blocks."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Iterator

import regex

from .._pipeline import Cleaner, PhraseCleaner, RegexCleaner, Span

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

    @functools.cached_property
    def regex(self) -> regex.Pattern[str]:
        trie = self.phrases.alternation(min_words=2)
        return regex.compile(
            rf"(?:(?<=[\p{{Ll}}\d.!?:)\]])|^)(?=\p{{Lu}})(?i:{trie})(?-i:(?!\p{{Ll}}))",
            regex.VERSION1 | regex.MULTILINE,
        )

    def find(self, text: str) -> Iterator[Span]:
        for m in self.regex.finditer(text):
            if m.start() > 0 and text[m.start() - 1] != "\n":
                yield m.start(), m.start(), "\n"
            end = m.end()
            if end < len(text) and text[end].isupper():
                yield end, end, "\n"


glued_phrases = GluedPhrases(
    "glued-phrases",
    "line breaks around chrome phrases glued into text (\"…Moscow.Share on FacebookThe …\")",
    PhraseCleaner("glued-chrome", "", family="share+newsletter+navigation+footer+ads+comments+read-more", max_words=0),
)
