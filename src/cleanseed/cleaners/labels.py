"""Labels and bylines: glued tag runs, author names, "By admin", post metadata."""

from __future__ import annotations

from typing import Iterator

import regex

from .._pipeline import PhraseCleaner, RegexCleaner, Span
from ._resources import MONTHS, STAMP

_NAME_WORD = r"\p{Lu}\p{Ll}[\p{Ll}'’-]*+"
_CAPS_WORD = r"\p{Lu}{2,}+(?:['’-]\p{Lu}++)?+"
_PARTICLE = r"(?:van|von|de|der|den|da|di|du|del|la|le|al|bin|ibn|ter|zu)"

glued_names = RegexCleaner(
    "glued-names",
    "an author name glued between two blocks (\"…AfricaOleg BurunovThe …\")",
    rf"(?<=\p{{Ll}}{{2}})(?:{_NAME_WORD}(?:[ \t](?:\p{{Lu}}\.|{_PARTICLE}))?(?:[ \t]{_NAME_WORD}){{1,2}}+)(?=\p{{Lu}}\p{{Ll}})",
)

# Words that end identifiers in code ("NullPointerException"), which are not tag runs.
_CODE_SUFFIX = (
    "Exception|Error|Factory|Bean|Manager|Handler|Builder|Service|Provider|Impl|Interface|Listener|"
    "Adapter|Controller|Config|Context|Test|Type|Stream|Reader|Writer|Buffer|Client|Server|Request|Response"
)
# A capitalized word that starts a sentence more often than it ends a tag run.
_STARTERS = frozenset(
    "The A An He She It We They I In On At As This That These Those Our Your His Her Its Their My "
    "Der Die Das Ein Eine Er Sie Es Wir Le La Les Un Une Il Elle El Los Las".split()
)


_LINE_END = regex.compile(r"[ \t]*+(?:\n|\Z)")


class _TagRuns(RegexCleaner):
    """Keeps runs that sit inside prose (a space on the right and a space or
    line start on the left), and gives back a sentence starter glued last."""

    def find(self, text: str) -> Iterator[Span]:
        for m in self.regex.finditer(text):
            start, end = m.span()
            words = m.captures("w")
            left_glued = start > 0 and (text[start - 1].islower() or text[start - 1] in ".!?…:”\"’")
            right_glued = end < len(text) and text[end].isupper()
            right_end = _LINE_END.match(text, end) is not None
            if not (left_glued or right_glued or right_end):
                continue
            if words[-1] in _STARTERS and len(words) > 3:
                end -= len(words[-1])
                words = words[:-1]
            if start > 0 and text[start - 1] in " \t":  # the first word ends the text before it
                start += len(words[0])
                words = words[1:]
            if len(words) < 2:
                continue
            yield start, end


tag_runs = _TagRuns(
    "tag-runs",
    "category and tag names glued into one word (\"InternationalIndiaAfrica\")",
    rf"(?<![\p{{Lu}}\p{{N}}])(?:(?<w>\p{{Lu}}\p{{Ll}}{{2,}}+)){{3,}}+(?<!{_CODE_SUFFIX})(?!\p{{Ll}})",
)

bylines = RegexCleaner(
    "bylines",
    "byline lines (\"By admin\", \"Von Anna Schmidt\", \"Autor: …\")",
    rf"^[ \t]*+(?i:by|von|par|por|di|door|przez|av|af|от|author:?|autor(?:in)?:?|auteur:?|posted by|written by|"
    rf"geschrieben von|verfasst von|publié par|escrito por|scritto da|geplaatst door|napisane przez)"
    rf"[ \t]++(?:[\p{{L}}\p{{N}}_.@-]{{2,40}}+|{_NAME_WORD}(?:[ \t]++(?:\p{{Lu}}\.|{_PARTICLE}|{_NAME_WORD})){{1,3}}+"
    rf"|{_CAPS_WORD}(?:[ \t]++(?:\p{{Lu}}\.|{_CAPS_WORD})){{1,3}}+)"
    rf"(?:[ \t]*+(?:,|&|and|und|et|y|e|i|и)[ \t]*+{_NAME_WORD}(?:[ \t]++{_NAME_WORD}){{0,3}}+)*+"
    rf"(?:[ \t]*+[|,•·–—-]?[ \t]*+(?i:(?:at|on|am|um|le|el|il|em|op)[ \t]++)?(?:{STAMP}))?[ \t]*+$",
    whole_line=True,
    starts=("by", "von", "par", "por", "di", "door", "przez", "av", "af", "от", "aut", "posted", "written", "geschrieben",
            "verfasst", "publié", "escrito", "scritto", "geplaatst", "napisane"),
)

post_meta = PhraseCleaner(
    "post-meta",
    "post metadata lines: \"Posted in … | Tagged …\", \"Tags: …\", \"Filed under …\", comment counts",
    family="post-meta",
    max_words=25,
)

_MINUTES = r"(?:Minuten|minutos?|minuti|minutes?|mins?|Min\.?)"
reading_time = RegexCleaner(
    "reading-time",
    "reading-time labels (\"5 min read\", \"Lesezeit: 3 Minuten\")",
    rf"(?i:\d{{1,3}}[ \t]?{_MINUTES}[ \t]?(?:read|reading(?: time)?|Lesezeit|de lecture|de lectura|di lettura|de leitura|czytania)"
    rf"|(?:reading time|Lesezeit|Lesedauer|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|czas czytania)"
    rf"[ \t]*+:?[ \t]*+(?:ca\.[ \t]?)?\d{{1,3}}[ \t]?{_MINUTES})(?!\p{{L}})",
    gate=("min",),  # every match holds a word for minutes: 27 -> 124 MB/s
)

updated = RegexCleaner(
    "updated",
    "publication stamps on their own line (\"Updated 12:24 am EST, Nov 20, 2019\", \"Veröffentlicht am …\")",
    rf"^[ \t]*+(?i:(?:last )?updated(?: on| at)?|published(?: on| at)?|posted(?: on| at)?|aktualisiert(?: am)?|"
    rf"veröffentlicht(?: am)?|erstellt(?: am)?|stand|mis à jour(?: le)?|publié(?: le)?|actualizado(?: el)?|"
    rf"publicado(?: el| em)?|aggiornato(?: il)?|pubblicato(?: il)?|bijgewerkt(?: op)?|gepubliceerd(?: op)?|"
    rf"zaktualizowano|opublikowano|обновлено|опубликовано)[ \t]*+:?[ \t]*+"
    rf"(?:[\p{{L}}.,]{{1,12}}+[ \t]++){{0,2}}+{STAMP}(?:[ \t,|-]{{1,3}}+{STAMP}){{0,2}}+[ \t]*+$",
    whole_line=True,
    starts=("last", "updated", "published", "posted", "aktualisiert", "veröffentlicht", "erstellt", "stand", "mis à jour", "publié",
            "actualizado", "publicado", "aggiornato", "pubblicato", "bijgewerkt", "gepubliceerd", "zaktualizowano", "opublikowano",
            "обновлено", "опубликовано"),
)

stamp_lines = RegexCleaner(
    "stamp-lines",
    "lines that hold nothing but a date or time stamp (\"8 April, 10:55 GMT\", \"3:59 PM\")",
    rf"^[ \t]*+(?:(?i:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\p{{L}}{{0,8}}+,?[ \t]++)?"
    rf"{STAMP}(?:[ \t]*+[|,•·–—-]?[ \t]*+{STAMP})?[ \t]*+$",
    whole_line=True,
    # a stamp begins with a number or a month; a day name may come first
    starts=("#", *(m.replace("t?", "") for m in MONTHS.split("|")), "mon", "tue", "wed", "thu", "fri", "sat", "sun",
            "die", "mit", "don", "fre", "sam", "son"),
)


class _NearTheEnd(RegexCleaner):
    """A whole-line rule that only looks at the last few lines of the document."""

    def find(self, text: str) -> Iterator[Span]:
        # the starts of the last few non-blank lines, looked for from the end
        starts: list[int] = []
        end = len(text)
        while len(starts) < _LAST_LINES:
            newline = text.rfind("\n", 0, end)
            if _LINE_STARTS.match(text, newline + 1, end) is not None:
                starts.append(newline + 1)
            if newline < 0:
                break
            end = newline
        first = starts[-1] if len(starts) == _LAST_LINES else 0
        for start, end in super().find(text[first:]):
            yield first + start, first + end


_LINE_STARTS = regex.compile(r"^(?=[ \t]*+\S)", regex.MULTILINE)
_LAST_LINES = 4
_ROLE = (
    r"writer|journalist|reporter|editor|correspondent|author|columnist|contributor|freelancer?|professor|"
    r"photographer|producer|analyst|founder|co-founder|"
    r"Redakteur(?:in)?|Journalist(?:in)?|Autor(?:in)?|Korrespondent(?:in)?|Reporter(?:in)?|Chefredakteur(?:in)?|"
    r"journaliste|rédact(?:eur|rice)|correspondant(?:e)?|periodista|redactor(?:a)?|corresponsal|"
    r"giornalista|redattore|jornalista|redator(?:a)?|dziennikar(?:z|ka)|redaktor(?:ka)?"
)
author_bios = _NearTheEnd(
    "author-bios",
    "an author's bio line at the end (\"Jane Doe is a freelance writer based in Ohio.\")",
    rf"^[ \t]*+{_NAME_WORD}(?:[ \t]++(?:\p{{Lu}}\.|{_PARTICLE}|{_NAME_WORD})){{0,3}}+[ \t]++"
    rf"(?:is|was|ist|war|est|es|è|é|jest)[ \t]++(?:[^\n.!?]{{0,80}}?)\b(?i:{_ROLE})\b[^\n]{{0,300}}$",
    whole_line=True,
)
