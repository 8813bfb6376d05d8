"""Shortcuts that keep long documents fast must find what the plain way finds."""

from __future__ import annotations

import pytest

from cleanseed import LineCleaner, RegexCleaner
from cleanseed.cleaners.labels import handle_lines
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
