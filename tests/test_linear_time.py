"""Every leaf cleaner runs in linear time on adversarial input (issue 6).

Each input is built by repeating a unit made of the characters a rule
loops over. A cleaner is timed on a small input and on one 256 times
larger (1 MB on one line, 1 MB of punctuation, 100k short lines, 256 kB
for the rest); the large run must finish within 50 times
what linear growth from the small run predicts (never less than
``FLOOR`` seconds, so timer noise on a tiny run cannot make it flake).
Quadratic behaviour would take 256 times the linear prediction, and
exponential behaviour would not finish at all.
"""

from __future__ import annotations

import time
from typing import Callable

import pytest

import cleanseed
from cleanseed._edits import Edit
from cleanseed._pipeline import ContextCleaner, RemovedLine, lines_of, removed_lines

RATIO = 256  # large input / small input
MARGIN = 50
FLOOR = 1.0
DEFAULT_LARGE = 256_000
#: The brief's sizes: 1 MB on one line, 1 MB of punctuation, 100k short lines.
LARGE = {"one-line-words": 1_000_000, "punctuation": 1_000_000, "short-lines": 200_000}

#: Units repeated into adversarial documents; ``None`` as a second item
#: means "no newline anywhere", a string is put between repeats.
UNITS: dict[str, str] = {
    "one-line-words": "word ",
    "short-lines": "a\n",
    "caps-glued": "ABCDEFGH",
    "capitalized-glued": "InternationalIndia",
    "capitalized-words": "Oleg Burunov ",
    "punctuation": ".,;:!?…|/»›>•·–—-*()\"”’",
    "by-by": "By ",
    "by-lines": "By admin\n",
    "dates": "8 April 2023, 10:55 GMT ",
    "glued-dates": "8 April, 10:55 GMT8",
    "numbers": "12.03.2024 08:15 1 ",
    "spaces": " \t\u00a0",
    "newlines": "\n\r\n \n",
    "phrases-glued": "Leave a ReplyShare",
    "phrase-prefix": "Read more: Tags: ",
    "credits": "(Photo by Anna ",
    "credit-lines": "Photo: AP / ",
    "slash-credits": "Amy K. Dragoo/AIMMEDIA The Union via ",
    "join-crowds": "Join over 1,800 developers who get the. ",
    "entry-footers": "posted 6 May 2014 12:30 filed ",
    "icon-names": "- filter_none expand_more\n",
    "agency-captions": "In this Nov. 19, 2019, file photo In this ",
    "weekday-captions": "a b, Tuesday, Nov. 19, 2019, calling a. b, ",
    "posed-captions": "Kevin King (left) Ann Lee (r.) ",
    "cc-licences": "a. CC-BY-SA 2.0 / CC BY ",
    "glued-credits": "Rep. Adam Schiff speaks. (Joshua Roberts/Reuters (",
    "name-agencies": "Dee Dee Myers Getty Associated ",
    "name-lists": "Anna Lee y Tom Kim, el 1 de marzo, en ",
    "tag-lists": "Tags: a b, c.d, e ",
    "courtesy-credits": "Photo courtesy of NASA a ",
    "delivered": "Get our delivered ",
    "amazon": "a participant in the Amazon Services LLC amazon ",
    "commission": "Microsoft may earn an affiliate commission if you may earn commission ",
    "gallery-credits": "1 of 6 Anna B. Smith Submitted photo Jo Blair Submitted ",
    "funding": "Support a b c d journalism CORRECTIV is funded by readers ist spendenfinanziert ",
    "welcome": "Welcome to my blog\nI'm Anna and I write on my blog here every week about food.\nHallo!\n",
    "lead-ins": "Keine Neuigkeiten verpassen: Mit unserem x y Newsletter-Abo: ",
    "arrows": "← a b → c ←→ ",
    "disclaimer": "Consult your physician and follow all safety instructions This is not financial advice ",
    "caption-credits": "Stau an der A 7 © Ruth Röder / Clip.de (c) . ",
    "sentence-glue": "ab.Cd",
    "teaser-glue": "Russia.EconomyCost of Sanctions? 8 April",
    "media-labels": "Image 1 of 5 / Go to the mediabank ",
    "newsletter-words": "Pick-Newsletter Six ",
    "copyright": "a © b (c) ",
    "run-on-notices": "It rained. We use cookies on this site. ",
    "blogger": "Posted by Anna at 12:11 PM Email This BlogThis! ",
    "glued-teasers": "Love dietMenu for seven days. Lose weight fast.\n",
    "glued-ranks": "1Die Eichelberger AG arbeitet mit Hofer2Die AG\n",
    "comma-headlines": "Avengers: Wie Thanos, durch KI, lebendig, wurde\n",
    "teaser-pairs": "Tom Rogan\nSenate passes the budget, after a night\nThe bill now goes to the president, who is expected to sign it, aides said.\n\n",
    "labelled-teasers": "Related\nSenate passes the budget, after a night\nThe bill now goes to the president, who is expected to sign it.\n"
                        "Oil falls most in seven weeks amid supply rise\nTraders expect the price of crude to fall further.\n",
    "leading-links": "Zurück zur Übersicht Zurück zur Übersicht 12 ",
    "thread-heads": "Anna Marie Blahm sagt sagt : \n",
    "pitches": "daily news your weekly updates inbox every day x\ndaily news? a. b. c. d. e. f. g. h. i. j. k. l. m. n. o. p.\n",
    "reply-heads": "Anna 20. Juni 2018 um 10:29 Uhr / 12:30 - 1. Mai 2018 - Antworten x\n",
    "template-lines": "Air Date: May 9\nOttawa woman badly beaten in Mexico\nStep 1\n",
    "bios": "Anna Marie Blahm is a writer. Blahm is here now and then.\nAnna Blahm ist Autorin\n",
    "stamp-labels": "24. März 2004, 19:49 | Genesis\n\n\n3:59 PM Briefe\n",
    "glued-stamps": "Die Feuerwehr ist klimaaktiv17.08.2021 - 20:51\n„Zentrum“ eröffnet20.10.2021 20.10.2021 - ",
    "bare-bylines": "Tom Davies Associated Press Kevin McCoy and Jane Doe CBS Sports Writer wire services\n",
    "click-here": "Click here. Hier klicken by clicking here! ",
    "excerpts": "Senate passes the budget\nThe bill now goes to the president, who is...\n\n\n12 May 2019\n",
    # a short line between two lines of chrome, over and over: every other line an island (island-lines)
    "islands": "Share on Facebook\nLernort\n",
    "byline-counts": "by India Post News 0 Comments 1 by ",
    "stamp-regions": "20 November 2019 11:42, UK, ",
    "comment-counts": "New, 15 comments New, ",
    "dated-categories": "21/06/2014 Tony Carter All, Books, Kit Reviews, News A B C, ",
    "posted-on": "Posted on Maret 30, 2015 by a b c d e Posted on ",
    "glued-ampm": "6:38 AMShare on Facebook 1 AMS ",
    "glued-agencies": "Dee Dee MyersGetty Dee MyersAssociated Tom ",
    "meta-counts": "23.06.2016 um 16:14 Uhr - Markus Reuter - 91 Ergänzungen Anna Lee 27/09/2018 a ",
    "credit-runs": "Kranz © Presse | Jesco Denzel Bas spricht © dpa | Bernd ",
    "split-bylines": "By\nAl Root\n-\nVon:\n\nFoto:\nJaiver Nieto\nBy\n\n",
    "footer-rows": "Impressum – Kontakt – a b c – Datenschutz · RSS | x - ",
    "licence-notices": "this site under a CC dieses Blogs unter der Lizenz ; this web site under x creative commons ce site sous\n",
    "label-blanks": "Foto:\n\n\n\n\n\n\n",
    "quote-glued": "a.”Share on Facebook…Share on ”Share ",
    "bracket-credits": ". Photo: Anna(Photo: Jane (Photo: ",
    "reporting-credits": "Jane Doe, John and Ann Lee contributed reporting from Hong Kong, Con información de EFE y AFP, ",
}

LEAVES = {c.name: c for c in cleanseed.default_pipeline().leaves()}


def build(unit: str, size: int) -> str:
    return unit * max(1, -(-size // len(unit)))


def best_time(run: Callable[[], object], repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def check_linear(run_on: Callable[[str], object], kind: str, *, floor: float = FLOOR) -> None:
    unit, size = UNITS[kind], LARGE.get(kind, DEFAULT_LARGE)
    small, large = build(unit, size // RATIO), build(unit, size)
    run_on(small)  # warm up: compile patterns, read phrase files
    t_small = best_time(lambda: run_on(small), 5)
    t_large = best_time(lambda: run_on(large), 1)
    bound = max(floor, MARGIN * t_small * len(large) / len(small))
    assert t_large <= bound, f"{len(large):,} chars took {t_large:.2f}s; linear from {len(small):,} chars predicts {t_small * len(large) / len(small):.3f}s"


@pytest.mark.parametrize("kind", sorted(UNITS))
@pytest.mark.parametrize("name", sorted(LEAVES))
def test_leaf_cleaner_is_linear(name: str, kind: str) -> None:
    cleaner = LEAVES[name]
    if isinstance(cleaner, ContextCleaner):  # alone it sees no removal: show it one around every line
        check_linear(lambda text: cleaner.edits_in_context(text, removed_everywhere(text)), kind)
        return
    check_linear(cleaner.edits, kind)


def removed_everywhere(text: str) -> list[RemovedLine]:
    """A removed line at the start of every line of ``text``, and at its end: every line stands between two."""
    return [RemovedLine(at, "Share on Facebook", "test") for at in (*(a for a, _ in lines_of(text)), len(text))]


@pytest.mark.parametrize("kind", ["one-line-words", "short-lines", "punctuation", "phrases-glued", "glued-dates", "islands"])
def test_whole_pipeline_is_linear(kind: str) -> None:
    check_linear(cleanseed.clean, kind)


@pytest.mark.parametrize("kind", ["one-line-words", "short-lines", "spaces", "newlines"])
def test_the_removed_lines_a_pipeline_shows_a_context_cleaner_are_found_in_linear_time(kind: str) -> None:
    """Every other character removed, one edit each: many edits on one long line, or one line each."""
    def removed(text: str) -> list[RemovedLine]:
        edits = [Edit(i, i + 1, text[i], "", "test") for i in range(0, len(text), 2)]
        return removed_lines(text, edits)

    check_linear(removed, kind)


def test_the_adversarial_inputs_are_what_they_say() -> None:
    one_line = build(UNITS["one-line-words"], LARGE["one-line-words"])
    assert "\n" not in one_line and len(one_line) >= 1_000_000
    assert len(build(UNITS["punctuation"], LARGE["punctuation"])) >= 1_000_000
    assert build(UNITS["short-lines"], LARGE["short-lines"]).count("\n") >= 100_000
    islands = cleanseed.clean_and_explain(build(UNITS["islands"], 1000))
    assert sum(e.rule == "island-lines" for e in islands.edits) >= 20


def test_the_check_catches_quadratic_work() -> None:
    """The harness itself: quadratic work fails it, linear work passes."""

    def quadratic(text: str) -> list[int]:
        return [text.count("a", i) for i in range(0, len(text), 16)]

    def linear(text: str) -> list[int]:
        return [text.count("a", i, i + 64) for i in range(0, len(text), 16)]

    with pytest.raises(AssertionError, match="linear from"):
        check_linear(quadratic, "short-lines", floor=0.0)
    check_linear(linear, "short-lines", floor=0.0)
