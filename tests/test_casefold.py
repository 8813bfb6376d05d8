"""Phrase matching with Python's ``re`` agrees with the ``regex`` pattern it stands for (see cleanseed._casefold)."""

from __future__ import annotations

import functools
import re
import sys

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from cleanseed._casefold import SCAN_LIMIT, _stand_ins, fold_line, re_atom, regex_set
from cleanseed._default import default_pipeline
from cleanseed._pipeline import PhraseCleaner, _alternation

ALL = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)


@pytest.mark.parametrize("prop", [r"\p{Ll}", r"\p{Lu}", r"\d", r"\s"])
def test_regex_set_holds_what_regex_matches(prop: str) -> None:
    spelled = set(re.findall(f"[{regex_set(prop)}]", ALL))
    assert spelled == set(regex.findall(prop, ALL, regex.VERSION1))
    assert max(map(ord, spelled)) < SCAN_LIMIT


def _phrase_cleaners() -> list[PhraseCleaner]:
    return [leaf for leaf in default_pipeline().leaves() if isinstance(leaf, PhraseCleaner)]


def _phrase_chars() -> list[str]:
    chars = {"i", "\u0131", "\u0138", "s", "\u00df"}
    for cleaner in _phrase_cleaners():
        for phrase in set.union(*cleaner._phrases()):
            chars.update(phrase.lower())
    return sorted(chars - set(" #"))


def test_every_phrase_character_matches_as_in_regex() -> None:
    # each character of the shipped phrases, against every code point (and what re sees instead of it)
    points = [chr(i) for i in range(SCAN_LIMIT) if not 0xD800 <= i < 0xE000 and chr(i) != "\n"]
    folded = [fold_line(p) for p in points]
    kept = "\n".join(p for p, f in zip(points, folded) if f is not None)
    seen = "\n".join(f for f in folded if f is not None)
    for ch in _phrase_chars():
        atom = _alternation([ch])
        want = [m.start() for m in regex.finditer(f"^(?:{atom})$", kept, regex.I | regex.M | regex.V1)]
        got = [m.start() for m in re.finditer(f"^(?:{_alternation([ch], respell=re_atom)})$", seen, re.I | re.M)]
        # compare the lines (code points), not offsets: a stand-in may be longer than its character
        assert [kept.count("\n", 0, w) for w in want] == [seen.count("\n", 0, g) for g in got], ch


def test_lines_without_a_stand_in_are_left_to_regex() -> None:
    assert fold_line("\u0149") is None  # "ŉ" folds to "ʼn", a modifier letter first
    assert fold_line("\u0138") is None
    assert fold_line("İstanbul") == "İstanbul"  # re, like regex, takes "İ" for "i"
    assert fold_line("ǰ") == "j\u030c"
    assert fold_line("ǰ", marks=False) is None
    assert fold_line("Straße ﬁnal Σ") == "Strasse final Σ"
    assert fold_line("GROẞE") == "GROSsE"
    assert fold_line("Kapı") == "Kap\u0138"


@functools.cache
def _reference(name: str) -> regex.Pattern[str]:
    cleaner = next(c for c in _phrase_cleaners() if c.name == name)
    return cleaner.regex


_CLEANERS = ["newsletter", "comment-forms", "navigation", "mixed-chrome"]
_SEPS = ["", " ", "  ", "\t", " | ", ": ", " - ", "…", "!", " » "]
_NOISE = ["ß", "SS", "ss", "ﬁ", "ﬂ", "ſ", "ẞ", "ς", "Σ", "ı", "I", "i", "İ", "ǰ", "ΐ", "ᾳ", "ᾼ", "Ꭰ", "ꭰ", "\u0149", "µ", "7", "2024", "x", "X", "é", "É", "a", "Z", " "]


def _mutate(draw: st.DrawFn, phrase: str) -> str:
    """A phrase in some case, with a few characters swapped for what folds alike (or not)."""
    out = []
    for ch in phrase:
        roll = draw(st.integers(0, 9))
        if ch == "#":
            out.append(draw(st.sampled_from(["1", "42", "٣", "2024"])))
        elif roll == 0 and ch.lower() == "s":
            out.append(draw(st.sampled_from(["ß", "ſ", "S", "ẞ"])))
        elif roll == 1:
            out.append(ch.upper())
        elif roll == 2 and ch.isalpha():
            out.append(draw(st.sampled_from(_NOISE)))
        else:
            out.append(ch if roll > 5 else ch.lower())
    return "".join(out)


@st.composite
def phrase_lines(draw: st.DrawFn) -> tuple[str, str]:
    name = draw(st.sampled_from(_CLEANERS))
    cleaner = next(c for c in _phrase_cleaners() if c.name == name)
    lines, prefixes = cleaner._phrases()
    pool = sorted(lines | prefixes)
    parts = [" " * draw(st.integers(0, 2))]
    for _ in range(draw(st.integers(1, 3))):
        phrase = draw(st.sampled_from(pool))
        swap = draw(st.sampled_from([("", ""), ("ss", "ß"), ("ß", "ss"), ("ß", "SS"), ("ss", "ẞ"), ("fi", "ﬁ"), ("st", "ﬆ")]))
        if swap[0]:
            phrase = phrase.replace(*swap)
        parts.append(_mutate(draw, phrase) if draw(st.booleans()) else phrase)
        parts.append(draw(st.sampled_from(_SEPS)))
        if draw(st.integers(0, 4)) == 0:
            parts.append(draw(st.sampled_from(_NOISE)))
    return name, "".join(parts)


@given(phrase_lines())
@example(("mixed-chrome", "Forgot your paßword?"))
@example(("mixed-chrome", "SHARE ON FACEBOOK"))
@example(("newsletter", "Newsletter abonnieren"))
@example(("mixed-chrome", "Kapı"))
def test_re_path_agrees_with_the_regex_pattern(case: tuple[str, str]) -> None:
    # regex folds "ß" against "ss" only within one run of literals, which a trie splits where
    # phrases part; on the folded line it compares what re compares, and re misses none of its matches
    name, line = case
    cleaner = next(c for c in _phrase_cleaners() if c.name == name)
    want = _reference(name).fullmatch(line.translate(_LETTERS_ONLY)) is not None and _key_ok(cleaner, line)
    assert cleaner.matches(line) == want
    if _reference(name).fullmatch(line) is not None and _key_ok(cleaner, line):
        assert cleaner.matches(line)


def test_full_case_folding_across_the_branches_of_the_trie() -> None:
    newsletter = next(c for c in _phrase_cleaners() if c.name == "newsletter")
    assert newsletter.regex.fullmatch("You have successfully subscribed")
    assert newsletter.regex.fullmatch("You have succeßfully subscribed") is None  # "succes" + "sfully" or "sful…"
    assert newsletter.matches("You have succeßfully subscribed")
    assert newsletter.matches("YOU HAVE SUCCEẞFULLY SUBSCRIBED")
    assert not newsletter.matches("You have succeßßfully subscribed")


#: The stand-ins of several letters ("ß" -> "ss"), which regex folds only within a run of literals.
_LETTERS_ONLY = {c: v for c, v in _stand_ins().table.items() if len(v) > 1 and _stand_ins().marks.isdisjoint(v)}


def _key_ok(cleaner: PhraseCleaner, line: str) -> bool:
    from cleanseed._pipeline import line_key

    return line_key(line) in cleaner.keys


@pytest.mark.parametrize("phrase", ["SHARE ON FACEBOOK", "Sign up for our newsletter", "FOLLOW US ON İNSTAGRAM", "Share on Facebook", "Paylaş"])
@pytest.mark.parametrize("before", ["The minister spoke.", "Kapı açıldı.", "Straße ǰ ΐ.", ""])
def test_glued_phrases_re_and_regex_agree(phrase: str, before: str) -> None:
    from cleanseed.cleaners.glue import glued_phrases

    text = f"{before}{phrase}The end.\n{phrase}Next"
    slow = [(m.start(), m.end()) for m in glued_phrases.regex.finditer(text)]
    fast = sorted({e.start for e in glued_phrases.edits(text)})
    want = sorted({p for s, e in slow for p in (s, e) if 0 < p < len(text) and text[p - 1] != "\n" and (p == s or text[p].isupper())})
    assert fast == want


@given(st.text(st.sampled_from("aßﬃİǰΐ\u0149xS ẞ\n"), max_size=30))
def test_folded_line_offsets(text: str) -> None:
    from cleanseed._casefold import FoldedLine

    start = text.find("\n") + 1
    end = len(text) if text.find("\n", start) < 0 else text.find("\n", start)
    line = FoldedLine.of(text, start, end)
    if line is None:
        assert "\u0149" in text[start:end]
        return
    assert line.text == fold_line(text[start:end])
    for pos in range(start, end + 1):
        assert line.to_text(line.to_folded(pos)) == pos
    inside = [j for j in range(len(line.text) + 1) if line.to_text(j) < 0]
    assert len(line.text) - (end - start) == len(inside)


def test_translated_is_translate_with_the_stand_ins() -> None:
    from cleanseed._casefold import _code_points, _stand_ins, _translated

    stand_ins = _stand_ins()
    text = _code_points().replace("\ud800", "")  # every code point below SCAN_LIMIT, the stand-ins' among them
    assert _translated(text, stand_ins) == text.translate(stand_ins.table)
    assert _translated("plain ascii", stand_ins) == "plain ascii"
