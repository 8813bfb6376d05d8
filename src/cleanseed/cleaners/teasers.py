"""Teasers: related-article headlines glued into a paragraph, and "Read more" lines."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterator

import regex

from .._pipeline import Cleaner, PhraseCleaner, RegexCleaner, Span, filled_lines, line_end, lines_of, whole_lines
from ._resources import MONTHS, STAMP
from . import labels
from .glue import _LETTERS, _LETTERS_BEFORE, _in_camel_word
from .labels import label_starts
from .structure import is_prose

embedded_teasers = RegexCleaner(
    "embedded-teasers",
    "a related-article headline glued into a paragraph with its time stamp "
    "(\"…Lavrov.EconomyCost of Sanctions? … Russia8 April, 10:55 GMTHe …\")",
    rf"(?<=[^\s\p{{Lu}}.][.!?]|[\"”’])(?<!\.\p{{L}}++\.)\p{{Lu}}(?!\p{{L}}*+[.(])(?=[^\n]{{4,240}}?\d)(?:(?![.!?][\"”’]?\p{{Lu}})[^\n]){{4,240}}?(?<=[\p{{L}}\d?!.)\"”’ ]){STAMP}(?=\p{{Lu}})",
)

read_more = PhraseCleaner(
    "read-more",
    "\"Read more: …\", \"Related: …\", \"See also: …\" lines and their translations",
    family="read-more",
    max_words=25,
)

# "Click here" in each language.
_CLICK_HERE = (
    r"click[ \t]++here|hier[ \t]++klicken|klicken[ \t]++sie[ \t]++hier|klicke[ \t]++hier|cliquez[ \t]++ici|"
    r"haga[ \t]++clic[ \t]++aquí|haz[ \t]++clic[ \t]++aquí|pulsa[ \t]++aquí|clicca[ \t]++qui|clique[ \t]++aqui|"
    r"klik[ \t]++hier|kliknij[ \t]++tutaj|нажмите[ \t]++здесь"
)
click_prompts = RegexCleaner(
    "click-prompts",
    "a short line that asks the reader to click (\"GET FOX BUSINESS ON THE GO BY CLICKING HERE\", \"Click here to subscribe to "
    "our newsletter\", \"Für Infos und Tickets hier klicken\")",
    # at most 14 words. "Click here" opens the line or a sentence of it, but points at no place on a screen ("Klicken Sie
    # hier auf „Bluetooth“", "click here on the toolbar": a how-to's step); or the line ends with the call. An English
    # line that merely ends in "click here" may be a step ("Then click here.") or a heading ("Why you should never
    # write click here"): "by clicking here" or "please click here" must end it.
    rf"^[ \t]*+(?=(?:\S++[ \t]*+){{1,14}}+$)"
    rf"(?:(?:[^\n]*?[.!?][ \t]++)?(?i:{_CLICK_HERE})\b(?![ \t]++(?i:auf|an|on|in|at|sur|dans|en|su|em|no|na|op|в)\b)"
    rf"|[^\n]*?\b(?i:by[ \t]++clicking[ \t]++here|please[ \t]++click[ \t]++here|(?!click){_CLICK_HERE})[ \t]*+[.!]?+[ \t]*+$)"
    r"[^\n]*+",
    whole_line=True,
    gate=("click", "klick", "cliqu", "clic", "klik", "нажмите"),
)

# Tabloid section tags after a headline ("… outbreak [NEWS]", "… turmoil [VIDEO]").
_TAGGED = regex.compile(
    r"[^\s\[]\s?+\[(?:\p{Lu}[\p{Lu} ]{2,15}+|(?i:videos?|photos?|gallery|pics|watch|podcast|audio|live|exclusive|poll|quiz"
    r"|fotos?|bildergalerie|vidéo|galerie|vídeo|galería|wideo|видео|фото))\][ \t]*+$"
)
# A headline with its date after it ("Julian Assange: Campaigner or attention seeker? 19 November 2019").
# The date is written with its month's name: "ab 01.01.2024" ends headings of the article too.
_DATED = regex.compile(
    rf"\p{{L}}[?!]?[ \t]++(?:\d{{1,2}}\.?[ \t](?i:{MONTHS})|(?i:{MONTHS})\.?[ \t]\d{{1,2}}(?:st|nd|rd|th)?,?)"
    rf"[ \t](?:19|20)\d\d[ \t]*+$"
)
# A headline cut short by the site ("Houston Housing Authority sued over alleged open meeting...").
_CUT = regex.compile(r"[\p{L}\d][ \t]?(?:\.\.\.|…)[ \t]*+$")
# Sentence punctuation inside the line, or a comma: running text, not a headline.
_INNER_STOP = regex.compile(r"[.!?][ \t]")
_INNER_PAUSE = regex.compile(r"[.!?,][ \t]")
# Where the three kinds end: "]", a year, "..." or "…" (then blanks and the line break).
_CANDIDATE_END = regex.compile(r"(?:\]|\d|\.\.\.|…)[ \t]*+$", regex.MULTILINE)
# A quoted post ("— Jane Doe (@jane) November 19, 2019") is content, not a teaser.
_QUOTED = regex.compile(r"^[ \t]*+[—–-]|\(@")
# Cells of a table row set apart by runs of blanks ("80 m Hürden   …   19.05.2007") are not a headline.
_CELLS = regex.compile(r"\S(?:[ \t\u00a0]{3,}+|\t)\S")


def _headline_sized(line: str) -> bool:
    return 4 <= len(line.split()) <= 20 and _QUOTED.search(line) is None and _CELLS.search(line) is None


@dataclass(frozen=True)
class TeaserLines(Cleaner):
    """Related-article headlines on their own line, told by what sites add to them.

    A headline ending in a section tag ("[VIDEO]") or a dated one ("… 7 May
    2019") goes wherever it stands. A headline cut short with "..." goes when
    the document holds two or more of them: one is a sentence trailing off,
    a list of them is a teaser block.
    """

    name: str = "teaser-lines"
    description: str = "related-article headlines: tagged (\"[VIDEO]\"), dated, or cut short with \"...\" in a list"

    def find(self, text: str) -> Iterator[Span]:
        cut: list[tuple[int, int]] = []
        for m in _CANDIDATE_END.finditer(text):  # only lines that end like one of the three kinds
            start = text.rfind("\n", 0, m.start()) + 1
            end = m.end()
            line = text[start:end]
            if len(line) > 300 or not _headline_sized(line):
                continue
            dated = _DATED.search(line)
            # no stop inside the headline: the "?" it may end with and the date's own "19. Mai" aside
            if _TAGGED.search(line) or (dated is not None and not _INNER_STOP.search(line, 0, dated.start() + 1)):
                yield start, min(end + 1, len(text))
            elif _CUT.search(line) and not _INNER_PAUSE.search(line):
                cut.append((start, min(end + 1, len(text))))
        if len(cut) >= 2:
            yield from cut


teaser_lines = TeaserLines()


# Where an excerpt may end: "...", "…", "[…]" or "[...]" at the end of a line (one scan finds them).
# The dots first, the word before them in a lookbehind: the engine then scans for the dots' first character instead
# of trying the pattern at every character.
_CUT_END = regex.compile(r"(?<=\S[ \t]?)(?:\.\.\.|…|\[(?:…|\.\.\.)\])[ \t]*+$", regex.MULTILINE)


# The words that join a line to the one above: "and", "but", "or" (a poem's, a song's or a speech's next line).
_GOES_ON = regex.compile(r"[ \t]*+(?:And|But|Or|Und|Aber|Oder|Doch|Et|Mais|Ou|Y|Pero|Mas|Maar|Ale|Lub|И|Но)(?!\p{L})", regex.VERSION1)


@dataclass(frozen=True)
class CutTeasers(Cleaner):
    """A teaser list whose blurbs the site cut short ("… started working out with some veterans at Saint
    Thomas Academy. The...", "… ohne den […]"), wherever it stands on the page.

    An excerpt is a line of ``min_blurb_words`` to ``max_blurb_words`` words ending in "...", "…", "[…]" or
    "[...]". ``min_excerpts`` of them or more make a list when at most ``max_gap`` short lines stand between
    two of them (a headline, a date, a section, "Read more"); those lines go with them, and as many such lines
    above the first excerpt as stand above the second. A line of running text, a sentence with a stop inside
    it or a short one ending in a full stop breaks the list: a comment's "Danke für die Zusammenfassung. Sehr
    verständlich!" is no headline. Excerpts with nothing between them are a text that trails off, paragraph
    after paragraph (a forum post's "… klein aber fein ..."), and stay.
    """

    name: str = "cut-teasers"
    description: str = "teaser lists whose blurbs are cut short (\"… with some veterans at Saint Thomas Academy. The...\")"
    min_excerpts: int = 3
    min_blurb_words: int = 6
    max_blurb_words: int = 120
    max_gap: int = 3
    max_gap_words: int = 20

    def find(self, text: str) -> Iterator[Span]:
        blurbs: list[tuple[int, int]] = []
        for m in _CUT_END.finditer(text):  # only lines that end cut short
            start = text.rfind("\n", 0, m.start()) + 1
            line = text[start : m.end()]
            # an excerpt opens an article's text: a line that opens in small letters or with "and" or "but" goes on the
            # line above (a transcript's or a poem's next line, "and so we decided that …", "Und irgendwo im Nebel …")
            if (
                self.min_blurb_words <= len(line.split()) <= self.max_blurb_words and not line.lstrip()[:1].islower()
                and _GOES_ON.match(line) is None
            ):
                blurbs.append((start, m.end()))
        yield from self._excerpts(text, blurbs)

    def _between(self, text: str, start: int, end: int) -> list[tuple[int, int]] | None:
        """The filled lines of ``text[start:end]`` when they can stand between two excerpts: at most ``max_gap``
        lines that :meth:`_gap_line` accepts; None otherwise."""
        found: list[tuple[int, int]] = []
        pos = start
        while pos < end:
            stop = min(line_end(text, pos), end)
            line = text[pos:stop]
            if line.strip():
                if len(found) == self.max_gap or not self._gap_line(line):
                    return None
                found.append((pos, stop))
            pos = stop + 1
        return found

    def _gap_line(self, line: str) -> bool:
        """Whether ``line`` can stand beside an excerpt: a headline, a date, a section, "Read more"; not running text,
        an excerpt, or a comment's sentences ("Danke für die Zusammenfassung. Sehr verständlich!")."""
        words = len(line.split())
        return (
            words <= self.max_gap_words and not is_prose(line) and _CUT_END.search(line) is None
            and _INNER_STOP.search(line) is None and not (words >= 4 and line.rstrip()[-1:] == ".")
        )

    def _excerpts(self, text: str, blurbs: list[tuple[int, int]]) -> Iterator[Span]:
        """The runs of ``min_excerpts`` excerpts or more among ``blurbs`` (the lines cut short), with the lines
        between them and above the first."""
        run: list[tuple[int, int]] = []
        gaps: list[list[tuple[int, int]]] = []  # the lines between each excerpt of ``run`` and the one before
        for blurb in blurbs:
            gap = self._between(text, run[-1][1] + 1, blurb[0]) if run else None
            if gap is None:
                yield from self._run(text, run, gaps)
                run, gaps = [], []
            else:
                gaps.append(gap)
            run.append(blurb)
        yield from self._run(text, run, gaps)

    def _run(self, text: str, run: list[tuple[int, int]], gaps: list[list[tuple[int, int]]]) -> Iterator[Span]:
        # excerpts with nothing between them are the paragraphs of a text that trails off ("klein aber fein ...")
        if len(run) < self.min_excerpts:
            return
        # each teaser has its headline: a line that heads one excerpt only (a teaser the list repeats heads the same
        # one), has a letter and ends in no full stop. Lines that come back over other excerpts are a dialogue's speakers,
        # a short line ending in a stop is a reply ("INTERVIEWER" / "… you almost..." / "MÜLLER" / "Almost quit, yes. …" /
        # "INTERVIEWER" / "Ausgedacht hatten." / "MÜLLER"), and a year or a clock time alone heads a chronicle's or a
        # transcript's entry ("1933" / "Der Verein wird aufgelöst, … weiter..."): where lines stand between two excerpts
        # and none is a headline, the list breaks
        followed: dict[str, set[str]] = defaultdict(set)  # each gap line: the excerpts that follow it
        for (a, b), lines in zip(run[1:], gaps):
            for line in lines:
                followed[text[line[0] : line[1]].strip()].add(text[a:b])
        cut = 0
        for k, lines in enumerate(gaps, 1):
            if lines and not any(len(followed[line]) == 1 and line[-1] != "." and any(ch.isalpha() for ch in line)
                       for line in (text[a:b].strip() for a, b in lines)):
                yield from self._list(text, run[cut:k], gaps[cut : k - 1])
                cut = k
        yield from self._list(text, run[cut:], gaps[cut:])

    def _list(self, text: str, run: list[tuple[int, int]], gaps: list[list[tuple[int, int]]]) -> Iterator[Span]:
        if len(run) < self.min_excerpts or sum(1 for lines in gaps if lines) < self.min_excerpts - 1:
            return
        # above the first excerpt, as many lines as stand above the second (its headline and labels)
        for start, end in [*self._above(text, run[0][0], len(gaps[0])), *run, *(line for lines in gaps for line in lines)]:
            yield start, min(end + 1, len(text))

    def _above(self, text: str, start: int, count: int) -> list[tuple[int, int]]:
        """Up to ``count`` filled lines right above ``start`` that :meth:`_gap_line` accepts and that do not end
        like a sentence (the article's last line may be short)."""
        found: list[tuple[int, int]] = []
        pos = start - 1
        while pos > 0 and len(found) < count:
            lo = text.rfind("\n", 0, pos) + 1
            line = text[lo:pos]
            if line.strip():
                if not self._gap_line(line) or _SENTENCE_END.search(line):
                    break
                found.append((lo, pos))
            pos = lo - 1
        return found


cut_teasers = CutTeasers()

_QUESTION = regex.compile(r"[?!][\"”»’')]?[ \t]*+$")
#: Words of a paragraph too long to be a teaser's blurb.
_LONG = 30
_CUT_SHORT = regex.compile(r"(?:\.\.\.|…)[ \t]*+$")
_SENTENCE_END = regex.compile(r"[.…][\"”»’')]?[ \t]*+$")
_teaser_labels = PhraseCleaner(
    "teaser-labels", "labels of related-article boxes", family="teaser-labels", max_words=4
)


def _starts_article(line: str) -> bool:
    """A byline or dateline: the box has ended and an article begins."""
    return labels.bylines.matches(line) or labels.is_meta_line(line)


@dataclass(frozen=True)
class TeaserBlocks(Cleaner):
    """A related-article box inside the text: its label ("Related articles",
    "Meistgelesen", "À lire aussi" …) alone on a line, and the headlines
    under it, up to the first line of running text.

    A headline is a line of at most ``max_words`` words that does not end
    like a sentence; at most ``max_items`` of them go after one label.
    """

    name: str = "teaser-blocks"
    description: str = "related-article boxes: a label such as \"Related articles\" and the headlines listed under it"
    labels: PhraseCleaner = _teaser_labels
    max_items: int = 12
    max_words: int = 15

    def _is_item(self, line: str) -> bool:
        """Whether ``line`` can stand in a teaser box: a headline, a blurb cut short, a "Read more" link."""
        words = len(line.split())
        if (_CUT_SHORT.search(line) and words <= 60) or read_more.matches(line):
            return True  # "… zu ermitteln …", "Mehr lesen..."
        if words > self.max_words or _SENTENCE_END.search(line) or self.labels.matches(line) or _starts_article(line):
            return False
        if _QUESTION.search(line):  # a headline may ask or exclaim, in one clause
            return _INNER_STOP.search(line) is None
        return not is_prose(line)

    @staticmethod
    def _introduces_text(lines: list[str], following: list[int]) -> bool:
        """Whether the lines ``following`` a headline are running text: a long paragraph, or two of them.
        (A teaser's blurb is one short paragraph.)"""
        prose = [k for k in following if is_prose(lines[k]) and not _CUT_SHORT.search(lines[k])]
        return bool(prose) and prose[0] == following[0] and (len(prose) == 2 or len(lines[prose[0]].split()) >= _LONG)

    def find(self, text: str) -> Iterator[Span]:
        labelled = label_starts(self.labels, text)
        if not labelled:
            return  # most texts: one scan of the lowered text says there is no box
        spans = lines_of(text)
        lines = [text[a:b] for a, b in spans]
        for i in (i for i, (start, _) in enumerate(spans) if start in labelled):
            box = [i]
            filled = [k for k in range(i + 1, min(len(lines), i + 4 * self.max_items)) if lines[k].strip()]
            for n, k in enumerate(filled[: self.max_items]):
                if not self._is_item(lines[k]):
                    break
                # set apart from the box by a wider gap than its items, over running text: the article's heading
                wider = n > 0 and k - filled[n - 1] > filled[n - 1] - box[-2]
                if wider and self._introduces_text(lines, filled[n + 1 : n + 3]):
                    break
                box.append(k)
            if len(box) > 1:  # a label with no headline under it may be a heading of the article
                yield from whole_lines(text, spans, box)


teaser_blocks = TeaserBlocks()


_RANK = regex.compile(r"[ \t]*+(\d{1,2})\.?[ \t]*+")
# A line on which a most-read list can start: the rank 1 or 2 alone.
_RUN_START = re.compile(r"^[ \t]*+[12]\.?[ \t]*+$", re.MULTILINE)


@dataclass(frozen=True)
class RankedTeasers(Cleaner):
    """A most-read list: a number alone on its line, then a headline, counting up from 1 or 2,
    at least ``min_items`` times ("1 / How Many Calories Can the Brain Burn? / 2 / …").

    A headline has four words or more and no full stop at its end (a step of a recipe has one).
    """

    name: str = "ranked-teasers"
    description: str = "most-read lists: numbers on their own lines, each above a headline, counting up"
    min_items: int = 3

    def find(self, text: str) -> Iterator[Span]:
        if "\n1\n" not in text and "\n2\n" not in text and "\n1.\n" not in text:
            return  # a list starts with a bare "1" or "2" line; most texts have none
        # a run starts at a "1" or "2" line: one scan finds those, not a walk through every line
        done = 0  # where the last run taken ends: a run does not start inside it
        for m in _RUN_START.finditer(text):
            if m.start() < done:
                continue
            run = self._run(text, m.start())
            if len(run) >= 2 * self.min_items:
                for start, end in run:
                    yield start, min(end + 1, len(text))
                done = run[-1][1]

    @staticmethod
    def _run(text: str, start: int) -> list[tuple[int, int]]:
        """The lines (``(start, end)``) of the numbered headlines from the rank line at ``start`` on."""
        lines = filled_lines(text, start)
        run: list[tuple[int, int]] = []
        expected = None
        while True:
            rank, headline = next(lines, None), next(lines, None)
            if rank is None or headline is None:
                break
            m = _RANK.fullmatch(text, *rank)
            if expected is None and m is not None:
                expected = int(m.group(1))
            line = text[headline[0] : headline[1]]
            if (m is None or int(m.group(1)) != expected or _RANK.fullmatch(line)
                    or len(line.split()) < 4 or len(line.split()) > 25 or _SENTENCE_END.search(line)):
                break
            run += [rank, headline]
            expected = int(m.group(1)) + 1
        return run


ranked_teasers = RankedTeasers()


# A rank glued to the headline it ranks ("…zu Fuss2Die Eichelberger AG …"): a number of one or two digits at a line's
# start or right after a headline's last letter (not after a full stop: glued steps of a recipe end with one), and a
# capital (perhaps after an opening quote) right after it.
_GLUED_RANK = regex.compile(r"(?:^|(?<=[\p{Ll}?!»\"”’)]))([1-9]\d?+)(?=[«\"“„‘']?+\p{Lu}\p{Ll})", regex.MULTILINE)

# Where such a list can start: "1" and a capital at a line's start (one C-level scan; a letter test by the regex after).
_RANK_ONE = re.compile(r"^1(?:[^\W\d_]|[«\"“„‘'])", re.MULTILINE)


@dataclass(frozen=True)
class GluedRanks(Cleaner):
    """A most-read list whose ranks extraction glued to its headlines, on one line or one item a line
    ("1Sinus 2021: Kinder und Senioren verunfallen oft zu Fuss2Die Eichelberger AG arbeitet seit 10 Jahren …3Test
    Drive ausgebaut …"): ranks counting up from 1, at least ``min_items`` of them, each before a headline of
    3 to ``max_words`` words with no full stop at its end.
    """

    name: str = "glued-ranks"
    description: str = "most-read lists whose ranks are glued to their headlines (\"1Sinus 2021: …2Die Eichelberger AG …3…\")"
    min_items: int = 3
    max_words: int = 25

    def find(self, text: str) -> Iterator[Span]:
        pos = 0
        for one in _RANK_ONE.finditer(text):  # a list starts with "1" glued to a capital at a line's start
            if one.start() < pos:
                continue  # inside the list before
            m = _GLUED_RANK.match(text, one.start())
            if m is None or m.group(1) != "1":
                continue
            run = [m]
            while (m := self._next_rank(text, run[-1].end())) is not None and int(m.group(1)) == int(run[-1].group(1)) + 1 \
                    and self._headline(text[run[-1].end() : m.start()], inner=True):
                run.append(m)
            yield from self._run(text, run)
            pos = run[-1].end() if m is None else m.start()

    @staticmethod
    def _next_rank(text: str, pos: int) -> regex.Match[str] | None:
        """The first rank after ``pos`` on its line or the next filled one: a headline between two ranks
        holds no line break, so the scan need not go further (on a long text it would run to its end)."""
        end = line_end(text, pos)
        while end < len(text) and text[end] == "\n":
            end += 1
        return _GLUED_RANK.search(text, pos, line_end(text, end))

    def _headline(self, item: str, inner: bool) -> bool:
        """Whether ``item`` is a ranked headline; an inner one may end its line, blank lines aside."""
        item = item.rstrip("\n") if inner else item
        return "\n" not in item and 3 <= len(item.split()) <= self.max_words and item.rstrip()[-1:] not in ".:;,"

    def _run(self, text: str, run: list[regex.Match[str]]) -> Iterator[Span]:
        if not run:
            return
        end = line_end(text, run[-1].end())
        if len(run) >= self.min_items and self._headline(text[run[-1].end() : end], inner=False):
            yield run[0].start(), min(end + 1, len(text))


glued_ranks = GluedRanks()


# A headline glued to its blurb, the way a teaser list renders title and description with no break
# ("Любимая диетаОгромнейшая популярность во всём мире. Меню на 7 дней."): a line that opens with a
# capital and a few words with no stop, comma or colon, and a small letter glued to a capitalised word
# (not inside a hashtag or a handle: "#WeRemember").
_GLUED_HEAD = regex.compile(r"[ \t]*+\p{Lu}[^\n.!?:;,|#@]{2,60}?\p{Ll}(?=\p{Lu}\p{Ll})")
# A capital glued to a small letter: the pattern is tried only on lines with one within _HEAD_REACH characters of
# their start (most have none). A head holds 62 characters at most; a deeply indented line is let go.
_HEAD_REACH = 64
_GLUE_POINT = regex.compile(r"(?<=\p{Ll})\p{Lu}(?=\p{Ll})")


@dataclass(frozen=True)
class GluedTeasers(Cleaner):
    """A list of teasers each rendered as a headline glued to its blurb, ``min_items`` or more lines
    in a row (blank lines between two aside).

    A headline has at most ``max_head_words`` words and no stop, comma or colon; its blurb follows at
    once with a capital and has at least ``min_blurb_words`` words. Words written with an inner
    capital ("iPhone", "WordPress", "FuelCell-Familie", "YouTube") are not a glue point: the glued
    word must be whole (a blank after it), and the word it is glued to must have ``min_head_letters``.
    One such line is a slip of extraction in the article; a run of them is a box of other stories.
    """

    name: str = "glued-teasers"
    description: str = "teaser lists whose headlines are glued to their blurbs (\"Любимая диетаОгромнейшая популярность …\")"
    min_items: int = 3
    max_head_words: int = 8
    min_blurb_words: int = 3
    min_head_letters: int = 4

    def _item(self, text: str, m: regex.Match[str]) -> tuple[int, int] | None:
        """The line ``(start, end)`` of a glued headline match ``m``, when it opens a teaser."""
        start, glue = m.start(), m.end()
        end = line_end(text, glue)
        line = text[start:end]
        if _in_camel_word(line, glue - start) or len(text[start:glue].split()) > self.max_head_words:
            return None
        head, tail = _LETTERS_BEFORE.search(text, start, glue), _LETTERS.match(text, glue, end)
        if head is None or len(head.group()) < self.min_head_letters or tail is None or not text[tail.end() : tail.end() + 1].isspace():
            return None  # a brand's inner capital ("Die FuelCell-Familie", "Das YouTube Video"), not a headline's end
        return (start, end) if len(text[glue:end].split()) >= self.min_blurb_words else None

    def find(self, text: str) -> Iterator[Span]:
        starts = {}
        for point in _GLUE_POINT.finditer(text):
            start = text.rfind("\n", 0, point.start()) + 1
            if point.start() - start <= _HEAD_REACH:
                starts[start] = None
        heads = (_GLUED_HEAD.match(text, start) for start in starts)
        items = [item for m in heads if m is not None and (item := self._item(text, m)) is not None]
        run: list[tuple[int, int]] = []
        for item in items:
            gap = text[run[-1][1] : item[0]] if run else ""
            if gap.strip():  # another line between them (blank lines are not: the last cleaner makes a run of them one)
                yield from self._run(text, run)
                run = []
            run.append(item)
        yield from self._run(text, run)

    def _run(self, text: str, run: list[tuple[int, int]]) -> Iterator[Span]:
        if len(run) >= self.min_items:
            yield from ((start, min(end + 1, len(text))) for start, end in run)


glued_teasers = GluedTeasers()
