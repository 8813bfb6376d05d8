"""Lists: related-article headlines listed with no label above them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterator, Mapping, NamedTuple

import regex

from .._pipeline import Cleaner, PhraseCleaner, Span, lines_of, whole_lines
from .labels import label_starts
from .structure import OTHER, PROSE, SENTENCE, _kind, _words, counting, counts_up, marked_runs, numbered_groups
from .teasers import _RANK, _teaser_labels

# What a headline does not hold: a list marker, a number or a small letter first; a comma or
# semicolon (lyrics, addresses, "pros, cons"); a stop inside the line (two sentences, a post)
# other than an abbreviation's ("St. Paul", "U.S. Army"); a link, a handle or a hashtag; table
# cells set apart by blanks; "key: value" with a one-word key ("Moderator: Jane Doe"); a colon
# at its end (it introduces what follows); long numbers (prices, phone numbers); " -- " or " – "
# between a date and a place (tour dates); a score ("2-1") or a small number at its end
# ("Riverton Rovers 2", a table row); a quantity ("61 g", "3 %": ingredients, nutrition facts).
_NOT_HEADLINE = regex.compile(
    r"^[ \t]*+(?:[-*•–—>]|\d|\p{Ll})|[,;|@#、，。；]|https?:|www\.|[ \t]{3}|\t"
    r"|(?<!(?:^|[ \t])\p{Lu}\p{Ll}?|\p{Lu}\.\p{Lu})[.!?…][ \t]++\S"
    r"|\d{3}|[ \t][-–—]{1,2}[ \t]|^[ \t]*+[^\s:]++:[ \t]|:[ \t]*+$"
    r"|\p{L}[ \t]\d{1,2}[ \t]*+$|\d[ \t]*+[-:–][ \t]*+\d"
    r"|\d[ \t]?+\(?(?:g|kg|mg|ml|l|cl|dl|cm|mm|km|kcal|oz|lbs?|%|€|\$)(?!\p{L})"
)
# The same, less the comma and the one-word key ("Oil falls amid supply rise, trade impasse", "Avengers: Wie Thanos
# lebendig wurde"): a run of such lines is a headline list only where no running text follows it (lyrics, steps
# and facts with commas stand inside the article). Rows of data keep out: a one-word key over a list or one or two
# words ("Brasil: TNT Sports, HBO Max", "México: HBO Max"), and three commas or more (a list of names).
_NOT_TAIL_HEADLINE = regex.compile(
    _NOT_HEADLINE.pattern.replace("[,;|@#", "[;|@#", 1).replace(r"|^[ \t]*+[^\s:]++:[ \t]", "", 1)
    + r"|^[ \t]*+[^\s:]++:[^,\n]*+,|^[ \t]*+[^\s:]++:[ \t]++\S++(?:[ \t]++\S++)?+[ \t]*+$|,[^,\n]*+,[^,\n]*+,"
)
# The words that say what a line is about: four letters or more, so that articles and
# prepositions do not count.
_WORD = regex.compile(r"\p{L}{4,}+")
# Scripts written without spaces: a headline of ten characters or more (two make a word in
# :func:`_words`); a short line there is a line of a poem or a song.
_MIN_WIDE = 10


def _vocabulary(line: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(line)}


def _shared(line: str, article: set[str]) -> float:
    """The share of ``line``'s words (see :data:`_WORD`) that the article's running text uses; 1 for a line without any."""
    vocabulary = _vocabulary(line)
    return sum(1 for w in vocabulary if w in article) / len(vocabulary) if vocabulary else 1.0


# A list's template line, set beside each of its headlines ("Air Date: November 19, 2019", "27 abril 2022 | +"): a short
# line with a date or a number that comes ``min_items`` times or more, its digits aside. Without one it may be a link
# under each of the article's own picks ("Read the review").
_SEPARATOR_WORDS = 6
_SEPARATOR_CHARS = 60
_LETTER = regex.compile(r"\p{L}")  # a rank alone ("7") is no template line: the article's own steps are numbered so


def _separators(lines: list[str], filled: list[int], min_items: int) -> dict[int, str]:
    """The indices of ``filled`` lines that may be a list's template line, each with its text (digits aside): short,
    with a letter, and the same as ``min_items - 1`` other lines, whose numbers do not count up ("Step 1", "Step 2")."""
    separators: dict[int, str] = {}
    for key, group in numbered_groups(lines, (i for i in filled if len(lines[i]) <= _SEPARATOR_CHARS)).items():
        if len(group) < min_items or len(lines[group[0]].split()) > _SEPARATOR_WORDS or _LETTER.search(key) is None:
            continue
        if not any(ch.isdigit() for ch in lines[group[0]]):
            continue
        if counts_up(lines, group):
            continue  # labels that count: the article's own steps
        separators.update(dict.fromkeys(group, key))
    return separators


class _LineTests(NamedTuple):
    """What :meth:`HeadlineRuns._headlines` asks of each line (by index), kept for its second pass."""

    words: Mapping[int, int]  # :func:`_words`
    sized: Mapping[int, bool]  # :meth:`HeadlineRuns._headline_sized`
    kinds: Mapping[int, int]  # :func:`_kind`
    loose: Mapping[int, bool]  # no match of _NOT_TAIL_HEADLINE
    strict: Mapping[int, bool]  # no match of _NOT_HEADLINE
    articles: dict[tuple[int, ...], set[str]]  # the vocabulary of the running text, by its lines


@dataclass(frozen=True)
class HeadlineRuns(Cleaner):
    """Runs of related-article headlines with no label above them ("Man dies after
    crashing into power pole / Tow-truck operators to the rescue / Skimming device
    found at Eagan Kwik Trip").

    A run is ``min_items`` or more lines in a row (blank lines aside), each shaped
    like a headline: 3 to ``max_words`` words, a capital first, no comma, no stop
    inside and none at its end but "?" or "!", no list marker, colon at its end,
    long number or cells (see ``_NOT_HEADLINE``). These signals keep the article's
    own lists and headings:

    - Shape: ingredients and steps start with a quantity or a marker or end with
      a full stop; table rows have cells and numbers; lyrics and addresses have
      commas; code starts with a small letter; a heading above its paragraph is
      not in a run, since the paragraph breaks it.
    - Vocabulary: a related headline is about another story. An item that shares
      more than ``max_shared`` of its words with the article's running text stays,
      and a run whose items share more than ``max_run_shared`` on average stays
      whole (a table of contents, a list of the article's own topics).
    - Length: related headlines run to five words and more; a run of shorter items
      (``min_mean_words`` on average) lists the article's points or features
      ("Habe Zeit für Träume / Bleibe stets aktiv / …"), and a run of mostly
      questions is an FAQ or the questions the article asks. Both stay.
    - Running text: a document with fewer than ``min_prose_words`` words of running
      text has no vocabulary to compare with (a poem, a song, a table); it is left alone.
    """

    name: str = "headline-runs"
    description: str = "lists of three or more headlines with no label, about other stories than the article"
    min_items: int = 3
    #: headlines that end the text are a run from this many on
    min_tail_items: int = 2
    #: each of such a short run runs to this many words (a related story's headline), and one holds a headline's colon
    #: ("CTV News in Hong Kong: Protesters trapped in university"); a blog's closing heading and sign-off are shorter
    #: ("Final Thoughts on Lisbon" / "Thanks for reading and safe travels") or hold none
    min_tail_words: int = 6
    max_words: int = 20
    max_shared: float = 1 / 3
    max_run_shared: float = 0.4
    min_prose_words: int = 100
    min_mean_words: float = 4.5

    def _headline_sized(self, line: str, words: int) -> bool:
        """The cheap half of the headline test: length and how the line ends; ``words``: the line's :func:`_words`."""
        if len(line) > 300:
            return False
        if not 3 <= words <= self.max_words:
            return False
        wide = words - len(line.split())
        if wide and 2 * wide < _MIN_WIDE:
            return False
        kind = _kind(line, words)
        if kind == SENTENCE:  # a headline may ask or exclaim
            return line.rstrip()[-1:] in "?!"
        return kind == OTHER

    def find(self, text: str) -> Iterator[Span]:
        spans = lines_of(text)
        lines = [text[a:b] for a, b in spans]
        filled = [i for i, line in enumerate(lines) if line and not line.isspace()]
        tests = self._tests(lines, filled)  # once: both passes below need them
        removed = set(self._headlines(lines, filled, tests))
        separators = _separators(lines, filled, self.min_items)
        if separators:  # a list's template lines do not break a run; they go with the headlines beside them
            at = {i: n for n, i in enumerate(filled)}
            beside: dict[str, set[int]] = {}
            for i in self._headlines(lines, [i for i in filled if i not in separators], tests):
                removed.add(i)
                for k in filled[max(0, at[i] - 1) : at[i] + 2]:
                    if k in separators:
                        beside.setdefault(separators[k], set()).add(k)
            # a template line beside ``min_items`` headlines or more; one that stands beside a headline only here
            # and there is a line of the text's own that recurs ("Enchufla Anfang" in a dance's steps)
            removed.update(k for group in beside.values() if len(group) >= self.min_items for k in group)
        yield from whole_lines(text, spans, sorted(removed))

    def _tests(self, lines: list[str], filled: list[int]) -> _LineTests:
        """The tests of :meth:`_headlines` on the lines of ``filled``, each made on first use and then kept."""
        words = {i: _words(lines[i]) for i in filled}
        return _LineTests(
            words=words,
            sized=_Lazy(lambda i: self._headline_sized(lines[i], words[i])),
            kinds=_Lazy(lambda i: _kind(lines[i], words[i])),
            loose=_Lazy(lambda i: _NOT_TAIL_HEADLINE.search(lines[i]) is None),
            strict=_Lazy(lambda i: _NOT_HEADLINE.search(lines[i]) is None),
            articles={},
        )

    def _headlines(self, lines: list[str], filled: list[int], tests: _LineTests) -> Iterator[int]:
        """The indices of the lines of ``filled`` that are headlines in runs, about other stories;
        ``tests``: the lines' tests (see :meth:`_tests`)."""
        # the cheap tests first (a long line is no headline); the pattern only for lines in a run
        words = [tests.words[i] for i in filled]
        sized = [tests.sized[i] for i in filled]
        candidates = {i for run in marked_runs(filled, sized, self.min_items) for i in run}
        # the text's last lines: ``min_tail_items`` headlines that end it are a run too, none a question or an exclamation
        tail = filled[-self.min_tail_items :] if self.min_tail_items and len(filled) > self.min_tail_items else []
        if tail and (not all(sized[-len(tail) :]) or sized[-len(tail) - 1] or any(tests.kinds[i] != OTHER for i in tail)):
            tail = []  # not headlines, or a longer run, which the rule above takes
        if tail and (any(tests.words[i] < self.min_tail_words for i in tail) or not any(": " in lines[i] for i in tail)):
            tail = []  # a short line or no colon: a closing heading or a sign-off
        if not candidates and not tail:
            return  # most texts: no run of headline-sized lines at all
        loose = [i in candidates and tests.loose[i] for i in filled]
        loose_runs = list(marked_runs(filled, loose, self.min_items))
        if tail and all(tests.loose[i] for i in tail):
            loose_runs.append(tail)
        if not loose_runs:
            return
        prose = [j for j, i in enumerate(filled) if tests.kinds[i] == PROSE]
        if sum(words[j] for j in prose) < self.min_prose_words:
            return
        last_prose = filled[prose[-1]]
        runs = []
        for run in loose_runs:
            # no running text after it: keys may stand in its headlines, and commas in a third of them (not a poem)
            if run[-1] > last_prose and 3 * sum("," in lines[i] for i in run) <= len(run):
                runs.append(run)
            else:
                runs += marked_runs(run, [tests.strict[i] for i in run], self.min_items)
        # one scan of the running text (a word never spans a line break), not one per line; the second pass
        # (template lines aside) mostly has the same running text
        key = tuple(filled[j] for j in prose)
        if key not in tests.articles:
            tests.articles[key] = _vocabulary("\n".join(lines[i] for i in key))
        article = tests.articles[key]
        for run in runs:
            yield from self._foreign(lines, run, article)

    def _foreign(self, lines: list[str], run: list[int], article: set[str]) -> list[int]:
        """The items of ``run`` that are about other stories, when it is a headline list."""
        if sum(_words(lines[i]) for i in run) < self.min_mean_words * len(run):
            return []  # short items: a list of the article's points ("Bleibe stets aktiv")
        if 2 * sum(lines[i].rstrip()[-1:] == "?" for i in run) > len(run):
            return []  # mostly questions: an FAQ, or the questions the article asks
        shares = [_shared(lines[i], article) for i in run]
        if sum(shares) > self.max_run_shared * len(shares):
            return []
        return [i for i, share in zip(run, shares) if share <= self.max_shared]


headline_runs = HeadlineRuns()


class _Lazy(dict[int, int]):
    """A mapping of indices to values computed on first use."""

    def __init__(self, compute: Callable[[int], int]) -> None:
        super().__init__()
        self._compute = compute

    def __missing__(self, key: int) -> int:
        value = self[key] = self._compute(key)
        return value


def _measured(text: str) -> tuple[list[tuple[int, int]], list[str], list[int], Mapping[int, int], Mapping[int, int]]:
    """The spans and lines of ``text``, the indices of its filled lines, and their word counts and
    kinds by position among those, measured on first use (a teaser list is looked for from a few
    lines: the page's end, a label)."""
    spans = lines_of(text)
    lines = [text[a:b] for a, b in spans]
    filled = [i for i, line in enumerate(lines) if line and not line.isspace()]
    words: Mapping[int, int] = _Lazy(lambda j: _words(lines[filled[j]]))
    kinds: Mapping[int, int] = _Lazy(lambda j: _kind(lines[filled[j]], words[j]))
    return spans, lines, filled, words, kinds


# What a teaser's headline does not hold: a list marker, a number or a small letter first (steps, items, code),
# a colon at its end (it introduces what follows), a link.
_NOT_TEASER_HEAD = regex.compile(r"^[ \t]*+(?:[-*•–—>]|\d|\p{Ll})|:[ \t]*+$|https?:|www\.")


@dataclass(frozen=True)
class TeaserPairs(Cleaner):
    """The teaser list that ends a page: a headline, a short line beside it (a section label above
    it, an author below it) and its blurb, a short paragraph, ``min_items`` times or more ("Digital
    Life / Uber erleidet Rückschlag vor Gericht / Der Fahrtdienst ist … abgeblitzt."). Each teaser
    has the same number of short lines, ``min_meta`` to ``max_meta``. Bare pairs of a headline and a
    short paragraph are left alone: an article that ends in tips or key points has that very shape
    ("Rent the smallest car you can / Village streets were built for donkeys …").

    Unlike :class:`HeadlineRuns` a headline here may hold commas and colons ("Oil falls most in
    7 weeks amid supply rise, trade impasse"): the repeated pairs tell the list. The article's own
    sections are headings over paragraphs too; these signals keep them:

    - Position: the list ends the page's running text (no paragraph follows it), after an
      article of ``min_prose_words`` words or more.
    - Length: a blurb has at most ``max_blurb_words`` words and the blurbs ``max_mean_blurb_words``
      on average; an article's sections run longer. Headlines have ``min_mean_words`` words on
      average, and a list of mostly questions is an FAQ.
    - Labels that count ("Step 1", "Step 2" …, "Tip one", "Tip two" …) number the article's
      own steps.
    - Vocabulary: pairs whose headline shares more than ``max_shared`` of its words with the
      article's running text are the article's own last sections: the list starts after them.
      A list whose headlines share more than ``max_run_shared`` on average stays whole.
    """

    name: str = "teaser-pairs"
    description: str = "teaser lists that end the page: a headline and a short blurb, three or more times"
    min_items: int = 3
    min_meta: int = 1
    max_meta: int = 1
    max_meta_words: int = 5
    max_words: int = 20
    max_blurb_words: int = 80
    max_mean_blurb_words: float = 45
    min_mean_words: float = 4.5
    min_prose_words: int = 100
    max_shared: float = 1 / 3
    max_run_shared: float = 0.4

    def find(self, text: str) -> Iterator[Span]:
        spans, lines, filled, words, kinds = _measured(text)  # most texts end in a paragraph: a few lines are measured
        last = next((j for j in range(len(filled) - 1, -1, -1) if kinds[j] == PROSE), None)
        if last is None:
            return  # no paragraph may follow the list; here there is none at all
        for size in range(self.min_meta + 1, self.max_meta + 2):  # a headline, ``size - 1`` short lines, a blurb
            # reach[i]: where the pairs from ``filled[i]`` on end (i itself when no pair starts there)
            reach: dict[int, int] = {}
            start = None
            for i in range(len(filled) - size - 1, -1, -1):
                reach[i] = reach.get(i + size + 1, i + size + 1) if self._head(lines, filled, words, kinds, i, size) is not None else i
                if reach[i] > last and reach[i] - i >= self.min_items * (size + 1):
                    start = i
                if i <= last and all(reach.get(k, k) <= last for k in range(i, i + size + 1)):
                    break  # every run from further up ends on one of these lines: before the last paragraph
            if start is not None:
                yield from whole_lines(text, spans, self._list(lines, filled, words, kinds, start, reach[start], size))
                return

    def _head(
        self, lines: list[str], filled: list[int], words: Mapping[int, int], kinds: Mapping[int, int], at: int, size: int
    ) -> int | None:
        """The headline of the teaser whose ``size`` lines before its blurb start at ``filled[at]``: one
        headline and short lines (a label, an author, a source); None when these lines are no teaser."""
        blurb = at + size
        if kinds[blurb] not in (SENTENCE, PROSE) or words[blurb] > self.max_blurb_words:
            return None
        heads = [m for m in range(at, blurb) if self._is_head(lines[filled[m]], words[m], kinds[m])]
        if not heads:
            return None
        head = max(heads, key=lambda m: words[m])
        if any(m != head and (kinds[m] != OTHER or words[m] > self.max_meta_words) for m in range(at, blurb)):
            return None
        return head

    def _is_head(self, line: str, n: int, kind: int) -> bool:
        if not 3 <= n <= self.max_words or _NOT_TEASER_HEAD.search(line):
            return False
        return kind == OTHER or (kind == SENTENCE and line.rstrip()[-1:] in "?!")

    def _list(
        self, lines: list[str], filled: list[int], words: Mapping[int, int], kinds: Mapping[int, int], start: int, end: int, size: int
    ) -> list[int]:
        """The lines of the pairs ``filled[start:end]`` that are a teaser list, or none."""
        prose = [j for j in range(start) if kinds[j] == PROSE]
        if sum(words[j] for j in prose) < self.min_prose_words:
            return []
        article = _vocabulary("\n".join(lines[filled[j]] for j in prose))
        units = list(range(start, end, size + 1))
        while units and _shared(lines[filled[self._head(lines, filled, words, kinds, units[0], size)]], article) > self.max_shared:
            units.pop(0)  # the article's own last section
        if len(units) < self.min_items:
            return []
        heads = [self._head(lines, filled, words, kinds, u, size) for u in units]
        if sum(_shared(lines[filled[h]], article) for h in heads) > self.max_run_shared * len(heads):
            return []  # the article's own sections, in its words
        if sum(words[h] for h in heads) < self.min_mean_words * len(heads):
            return []
        if 2 * sum(lines[filled[h]].rstrip()[-1:] == "?" for h in heads) > len(heads):
            return []
        if sum(words[u + size] for u in units) > self.max_mean_blurb_words * len(units):
            return []
        labels = {lines[filled[m]].strip() for u, h in zip(units, heads) for m in range(u, u + size) if m != h}
        if len(labels) > 1 and len({label.split()[0] for label in labels}) == 1:
            return []  # labels that count ("Step 1", "Step 2", "Tip three"): the article's own steps
        return [filled[j] for j in range(units[0], end)]


teaser_pairs = TeaserPairs()


# What a headline under a teaser label does not hold: as _NOT_TEASER_HEAD, but it may open with a number ("12 Healthy
# Foods That Help You Burn Fat"; headlines numbered in order are told apart as steps); a stop inside it (two sentences).
_NOT_LABELLED_HEAD = regex.compile(r"^[ \t]*+(?:[-*•–—>]|\p{Ll})|:[ \t]*+$|https?:|www\.|[.!?…][ \t]++\S")
_LEADING_NUMBER = regex.compile(r"[ \t]*+(\d{1,3})(?!\d)")


@dataclass(frozen=True)
class LabelledTeasers(Cleaner):
    """A teaser list under its label ("Related", "More from the Los Angeles Times", "Weitere Artikel", "Читайте
    также"): headlines with short blurbs, and the short lines sites set beside them (a section, a date, an author,
    "Fact Check"). :class:`~.teasers.TeaserBlocks` takes a label and the bare headlines under it and stops at the
    first blurb, since a blurb reads as prose; this runs before it and takes the list, label included.

    From the label down, each teaser is up to ``max_pending`` short lines (at most ``max_words`` words), one of
    them a headline (three words or more; no marker, small letter first or stop inside: ``_NOT_LABELLED_HEAD``),
    then its blurb, a paragraph of at most ``max_blurb_words`` words. The list ends at the next label, at a rank
    ("1": a most-read list), or where the article resumes: a longer paragraph, or a second paragraph in a row
    (then the last "teaser" was the article's heading and its paragraph, and it stays). Short lines after the
    last blurb stay for the rules after this one. These signals keep the article's own sections under a label
    used as their heading ("More from the interview") and the text after a label used in a sentence:

    - Position: ``min_prose_words`` words of running text stand above the label.
    - Headings: the list ends before the first headline of fewer than ``min_head_words`` words ("What Happens
      Next"), or one that shares more than ``max_shared`` of its words with the running text above the label, or
      whose blurb shares more than ``max_blurb_shared``: there the article resumes with its own section.
    - Shape: ``min_items`` teasers or more, blurbs of ``max_mean_blurb_words`` words on average. Mostly
      questions with nothing beside them are an FAQ, and headlines numbered in order ("1 Dig the trench",
      "2 Pour the concrete") are steps.
    """

    name: str = "labelled-teasers"
    description: str = "teaser lists under a label ('Related', 'More from …'): headlines, their short blurbs and dates"
    labels: PhraseCleaner = _teaser_labels
    min_items: int = 2
    max_label_words: int = 6
    max_words: int = 20
    max_pending: int = 6
    max_blurb_words: int = 45
    max_mean_blurb_words: float = 45
    min_head_words: int = 5
    min_prose_words: int = 100
    max_shared: float = 1 / 3
    max_blurb_shared: float = 0.5
    article_lines: int = 500

    def find(self, text: str) -> Iterator[Span]:
        starts = label_starts(self.labels, text)
        if not starts:
            return  # most texts: one scan says there is no label
        spans, lines, filled, words, kinds = _measured(text)  # most labels head no list: a few lines are measured
        labels = [j for j, i in enumerate(filled) if spans[i][0] in starts and words[j] <= self.max_label_words and kinds[j] == OTHER]
        for n, label in enumerate(labels):
            end = labels[n + 1] if n + 1 < len(labels) else len(filled)
            units = self._walk(lines, filled, words, kinds, label + 1, end)
            if len(units) < self.min_items:
                continue
            # the running text above the label, up to ``article_lines`` lines up (a very long text is many
            # documents glued: each label is measured against the text near it, in time that does not grow with it)
            prose = [j for j in range(max(0, label - self.article_lines), label) if kinds[j] == PROSE]
            if sum(words[j] for j in prose) < self.min_prose_words:
                continue
            article = set().union(*(_vocabulary(lines[filled[j]]) for j in prose))
            units = self._list(lines, filled, words, kinds, units, article)
            if units:
                yield from whole_lines(text, spans, [filled[label]] + [filled[j] for unit in units for j in unit])

    def _head(self, line: str, n: int, kind: int) -> bool:
        if not 3 <= n <= self.max_words or _NOT_LABELLED_HEAD.search(line):
            return False
        return kind == OTHER or line.rstrip()[-1:] in "?!"

    def _walk(
        self, lines: list[str], filled: list[int], words: Mapping[int, int], kinds: Mapping[int, int], start: int, end: int
    ) -> list[list[int]]:
        """The teasers (each a list of indices into ``filled``) from ``start`` on, up to ``end`` (the next label)."""
        units: list[list[int]] = []
        pending: list[int] = []  # the short lines of the teaser being read
        for j in range(start, end):
            line, n, kind = lines[filled[j]], words[j], kinds[j]
            headed = any(self._head(lines[filled[m]], words[m], kinds[m]) for m in pending)
            if kind == OTHER or ((not headed or kind == SENTENCE) and self._head(line, n, kind)):
                if n > self.max_words or len(pending) == self.max_pending or _RANK.fullmatch(line):  # a most-read list's rank
                    return units
                pending.append(j)
            elif headed and n <= self.max_blurb_words:
                units.append(pending + [j])  # a headline and its blurb
                pending = []
            else:  # the article resumes
                if not pending and units:
                    units.pop()  # a second paragraph: the last "teaser" was the article's heading and paragraph
                return units
        return units

    def _list(
        self, lines: list[str], filled: list[int], words: Mapping[int, int], kinds: Mapping[int, int], units: list[list[int]],
        article: set[str],
    ) -> list[list[int]]:
        """The teasers of ``units`` (each ending in its blurb) that are a teaser list, or none."""
        heads = [max((m for m in unit if self._head(lines[filled[m]], words[m], kinds[m])), key=lambda m: words[m]) for unit in units]
        # a short headline (a heading: "What Happens Next"), or one or its blurb in the article's words: the article
        # resumes there with its own section
        n = next((k for k, (h, unit) in enumerate(zip(heads, units)) if words[h] < self.min_head_words
                  or _shared(lines[filled[h]], article) > self.max_shared
                  or _shared(lines[filled[unit[-1]]], article) > self.max_blurb_shared), len(units))
        units, heads = units[:n], heads[:n]
        if len(units) < self.min_items:
            return []
        if sum(words[unit[-1]] for unit in units) > self.max_mean_blurb_words * len(units):
            return []
        if 2 * sum(lines[filled[h]].rstrip()[-1:] == "?" for h in heads) > len(heads) and all(len(u) <= 2 for u in units):
            return []  # questions and answers: an FAQ
        if counting([int(m.group(1)) for h in heads if (m := _LEADING_NUMBER.match(lines[filled[h]]))]):
            return []  # numbered in order: steps
        return units


labelled_teasers = LabelledTeasers()
