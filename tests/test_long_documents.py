"""Shortcuts that keep long documents fast must find what the plain way finds."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleanseed import LineCleaner, RegexCleaner
from cleanseed.cleaners.comments import comment_headers
from cleanseed.cleaners.labels import handle_lines, meta_lines
from cleanseed.cleaners.promos import _WHAT, newsletter_pitches
from cleanseed.cleaners.structure import separated_menus

MENU_TEXTS = [
    "Home | News | Sport\nThe article starts here, and it goes on.\nStart » Garten » Hochbeete",
    "A line > with one separator.\n| a | b | c |\nHome • Shop • Contact\n",
    "Home | News | Sport",  # the last line has no newline
    "no separator at all\njust text",
    "Home | News\r\nSport | Weather | Traffic\r\n",  # \r\n: str.splitlines' lines
    "Home | News | Sport\x0bMore | Less | None\u2028Old | New | Now",
]


@pytest.mark.parametrize("text", MENU_TEXTS)
def test_separated_menus_test_only_the_lines_with_a_separator(text: str) -> None:
    assert sorted(separated_menus.find(text)) == sorted(LineCleaner.find(separated_menus, text))


def test_separated_menus_finds_menus_in_a_long_text() -> None:
    text = "Home | News | Sport\n" + "A sentence of the article, long enough to read.\n" * 1000 + "About | Contact | Jobs"
    spans = list(separated_menus.find(text))
    assert spans == list(LineCleaner.find(separated_menus, text))
    assert [text[a:b] for a, b in spans] == ["Home | News | Sport\n", "About | Contact | Jobs"]


@pytest.mark.parametrize("text", [
    "Follow @cityhall\nThe mayor said so.\n@janedoe @johndoe\nmail me at jane@example.com today",
    "no handle here\nnone at all",
    "@ＡＢＣ\nİstanbul @istanbul",
])
def test_handle_lines_gate_finds_what_the_pattern_finds_in_the_whole_text(text: str) -> None:
    ungated = RegexCleaner(handle_lines.name, handle_lines.description, handle_lines.pattern, whole_line=True)
    assert handle_lines.edits(text) == ungated.edits(text)
    assert handle_lines.edits("Follow @cityhall\nText.")  # the gate lets a handle line through


@pytest.mark.parametrize("text", [
    "By Jane Doe | November 18, 2019\nThe text, 12 lines.\nVeröffentlicht am 11/04/2012 von admin",  # the last line, no newline
    "Updated 3 hours ago 10:31 Posted 4 comments\n\n\nPosted Nov 19, 2019 10:31 by admin\n",
    "no digit here\nnone",
    "",
])
def test_meta_lines_test_only_the_lines_with_a_digit(text: str) -> None:
    assert list(meta_lines.find(text)) == list(LineCleaner.find(meta_lines, text))
    assert list(meta_lines.find(text)) or "digit" in text or not text


@pytest.mark.parametrize("text", [
    "Jane on May 4, 2019 at 8:34 pm said:\nGreat post!\nMarkus sagt: 2. April 2014 um 8:29 Uhr",
    "Chris Anamani February 23, 2017 at 12:33 pm Reply",  # the last line, no newline
    "Intro: the text.\n\ndajana 20. Juni 2018 um 10:29 Uhr - Antworten\n",
    "no colon here\nnone",
])
def test_comment_headers_screen_only_the_lines_with_a_colon(text: str) -> None:
    assert list(comment_headers.find(text)) == list(replace(comment_headers, needs="").find(text))


#: A pitch for each thing a newsletter may offer, in upper case too: the gate's words must let each through.
PITCHES = [
    f"Get the best {what} delivered to your inbox daily"
    for what in ("news", "updates", "stories", "articles", "picks", "headlines", "briefing", "nachrichten", "news-alerts", "artikel",
                 "neuigkeiten", "actualités", "noticias", "notizie", "notícias", "nieuws", "wiadomości", "новости")
]


def test_every_thing_a_pitch_offers_is_in_the_cases() -> None:
    assert {p.split()[3].split("-")[0] for p in PITCHES} | {"news-\\w++"} == set(_WHAT.split("|")) | {"news"}


@pytest.mark.parametrize("text", [*PITCHES, *(p.upper() for p in PITCHES), "\n".join(PITCHES), "Daily news in your inbox\nnone here"])
def test_newsletter_pitches_gate_finds_what_the_pattern_finds_in_the_whole_text(text: str) -> None:
    p = newsletter_pitches
    ungated = RegexCleaner(p.name, p.description, p.pattern, whole_line=True)
    assert p.edits(text) == ungated.edits(text)
    assert ungated.edits(text)  # each case is a pitch


def _counted_links_line_by_line(text: str) -> list[tuple[int, int]]:
    """counted-links the plain way: every line tested, runs of items with blank lines between."""
    from cleanseed._pipeline import lines_of, whole_lines
    from cleanseed.cleaners.structure import marked_runs
    from cleanseed.cleaners.zones import counted_links

    spans = lines_of(text)
    lines = [text[a:b] for a, b in spans]
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return [s for run in marked_runs(filled, [counted_links._item(lines[i]) for i in filled], counted_links.min_items)
            for s in whole_lines(text, spans, run)]


@pytest.mark.parametrize("text", [
    "Firefox(22)\nChrome (14)\n\n  \nSafari [3]\nThe end (of it).",
    "Firefox(22)\nChrome (14)\nA line between\nSafari [3]\nOpera (2)\nEdge (1)\nLynx (9)",
    "October (60) \t\nSeptember (41)\r\nAugust (12)\u2028\nJuly (3)",
    "Firefox(22)\nChrome (14)\nSafari [3]",  # the last line has no newline
    "Firefox(22)\nChrome (14)\nKey: value (3)\nSafari [3]\nOpera (2)\nEdge (1)\n",
    "no brackets here\nat all",
    "会社法(10)\n民法（3）\n刑法(2)\n" * 3,
])
def test_counted_links_scan_finds_what_the_line_walk_finds(text: str) -> None:
    from cleanseed.cleaners.zones import counted_links

    assert list(counted_links.find(text)) == _counted_links_line_by_line(text)


def _ranked_teasers_line_by_line(text: str) -> list[tuple[int, int]]:
    """ranked-teasers the plain way: a run tried from every line that is not blank."""
    from cleanseed._pipeline import lines_of, whole_lines
    from cleanseed.cleaners.teasers import _RANK, _SENTENCE_END

    spans = lines_of(text)
    lines = [text[a:b] for a, b in spans]
    filled = [i for i, line in enumerate(lines) if line.strip()]
    out, n = [], 0
    while n + 1 < len(filled):
        run, k = [], n
        first = _RANK.fullmatch(lines[filled[n]])
        if first is not None and first.group(1) in ("1", "2"):
            expected = int(first.group(1))
            while k + 1 < len(filled):
                m, headline = _RANK.fullmatch(lines[filled[k]]), lines[filled[k + 1]]
                if (m is None or int(m.group(1)) != expected or _RANK.fullmatch(headline)
                        or not 4 <= len(headline.split()) <= 25 or _SENTENCE_END.search(headline)):
                    break
                run += [filled[k], filled[k + 1]]
                expected, k = expected + 1, k + 2
        if len(run) >= 6:
            out += list(whole_lines(text, spans, run))
            n += len(run)
        else:
            n += 1
    return out


_LIST = "1\nHow Many Calories Can the Brain Burn\n\n2\nWhy Cats Knock Things Off Tables Today\n3.\nThe Best Hikes Near the City This Fall\n"


@pytest.mark.parametrize("text", [
    "Intro line of the article.\n" + _LIST,
    "Intro.\n" + _LIST + "4\nA Fourth Headline About Other Things\n1\nNot a headline.\n",
    "Intro.\n" + _LIST + "\n" + _LIST.replace("1\n", " 1 \n", 1) + "5\nOut Of Order Headline Goes Here",
    "Intro.\n2\n" + _LIST[2:] + "4\nFour Words In Here",  # starts at 2; the last line has no newline
    "Steps:\n1\nMix the flour and the water well.\n2\nBake it for twenty minutes or so.\n3\nServe it warm with some butter.\n",
    "Intro.\n1\n2\n3\n" + _LIST,
    "Intro.\n12\nTwelve Is Not A Start Here\n1\nx\n",
])
def test_ranked_teasers_scan_finds_what_the_line_walk_finds(text: str) -> None:
    from cleanseed.cleaners.teasers import ranked_teasers

    assert list(ranked_teasers.find(text)) == _ranked_teasers_line_by_line(text)


def _author_boxes_line_by_line(text: str, labelled: set[int], named: set[int]) -> list[tuple[int, int]]:
    """author-boxes' labelled boxes the plain way: the text split into lines, a box read from each label."""
    from cleanseed._pipeline import lines_of, whole_lines
    from cleanseed.cleaners.labels import _AUTHOR_LABELS, _is_bio, author_boxes
    from cleanseed.cleaners.structure import is_prose

    spans = lines_of(text)
    lines = [text[a:b] for a, b in spans]
    out = []
    for i in (i for i, (start, _) in enumerate(spans) if start in labelled or start in named):
        box = [i]
        for k in (k for k in range(i + 1, len(lines)) if lines[k].strip()):
            if len(box) > author_boxes.max_lines or _AUTHOR_LABELS.matches(lines[k]):
                break
            box.append(k)
            if is_prose(lines[k]):
                break
        if spans[i][0] not in labelled and not _is_bio(lines[i], [lines[k] for k in box[1:]]):
            continue
        if len(box) > 1:
            out += list(whole_lines(text, spans, box))
    return out


_BIO = "Jane Doe is a reporter at the Daily Planet who covers city hall and has written about it for ten years."


@pytest.mark.parametrize("text", [
    f"The article ends here, with a sentence of its own.\n\nAbout the author\n\nJane Doe\n{_BIO}\nMore text.",
    "Text.\nAbout the author\n",  # the label on the last lines, nothing under it
    f"Text.\nAbout the author\nJane Doe\n@jane\nfollow\nweb\n{_BIO}",  # more lines than a box holds
    f"Text.\nAbout Jane\n{_BIO}\nAbout Python\nPython is a programming language that many people use every single day.",
    f"About the author\nJane Doe\nAbout the author\n{_BIO}",
    f"Über die Autorin\n\n\n{_BIO}",
])
def test_author_boxes_walk_from_each_label_finds_what_the_line_split_finds(text: str) -> None:
    from cleanseed._pipeline import line_end
    from cleanseed.cleaners.labels import _AUTHOR_LABELS, _NAMED_LABEL, _NAMED_LINE, _line_matches, author_boxes, label_starts

    labelled = label_starts(_AUTHOR_LABELS, text)
    named = {m.start() for m in _line_matches(_NAMED_LINE, text) if _NAMED_LABEL.fullmatch(text, m.start(), line_end(text, m.start()))}
    assert labelled or named
    found = list(author_boxes._labelled(text, labelled, named))
    assert found == _author_boxes_line_by_line(text, labelled, named)
