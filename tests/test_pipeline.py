"""The Pipeline API: selecting, adding and nesting cleaners, and its checks."""

from __future__ import annotations

import pickle
from dataclasses import replace

import pytest
import regex

import cleanseed
from cleanseed import Cleaner, FunctionCleaner, PhraseCleaner, Pipeline, RegexCleaner, replay
from cleanseed._edits import Edit
from cleanseed._pipeline import ContextCleaner, RemovedLine, _removed_share, removed_lines
from cleanseed.cleaners.structure import is_prose

DOC = "Intro text here.\n\nBy admin\n\nLeave a Reply\n\nBody text here.  "


def drop_word(word: str) -> RegexCleaner:
    return RegexCleaner(f"drop-{word}", f"drops {word!r}", rf"\b{regex.escape(word)}\b")


def toy() -> Pipeline:
    inner = Pipeline("inner", "two regex cleaners", (drop_word("bb"), drop_word("cc")))
    return Pipeline("outer", "a nested toy", (drop_word("aa"), inner, drop_word("dd")))


def test_only_keeps_the_named_cleaners() -> None:
    p = cleanseed.default_pipeline().only("comment-forms")
    assert [c.name for c in p.leaves()] == ["comment-forms"]
    assert p(DOC) == "Intro text here.\n\nBy admin\n\n\nBody text here.  "


def test_without_removes_the_named_cleaners() -> None:
    p = cleanseed.default_pipeline().without("bylines")
    assert "bylines" not in p.names()
    assert "By admin" in p(DOC)
    assert "Leave a Reply" not in p(DOC)
    assert cleanseed.clean(DOC) == "Intro text here.\n\nBody text here."


def test_only_and_without_reach_into_nested_pipelines() -> None:
    p = toy()
    assert p.names() == ["drop-aa", "inner", "drop-bb", "drop-cc", "drop-dd"]
    assert p("aa bb cc dd") == "   "
    assert p.only("drop-cc")("aa bb cc dd") == "aa bb  dd"
    assert p.only("inner")("aa bb cc dd") == "aa   dd"
    assert p.without("inner")("aa bb cc dd") == " bb cc "
    assert p.without("drop-bb", "drop-aa").names() == ["inner", "drop-cc", "drop-dd"]
    assert [c.name for c in p.only("drop-dd", "drop-bb").leaves()] == ["drop-bb", "drop-dd"]


def test_nested_pipeline_edits_point_at_the_original_text() -> None:
    text = "xx aa yy bb zz"
    result = toy().explain(text)
    assert replay(text, result.edits) == result.text == "xx  yy  zz"
    assert [(e.rule, text[e.start : e.end]) for e in result.edits] == [("drop-aa", "aa"), ("drop-bb", "bb")]


@pytest.mark.parametrize("method", ["only", "without"])
def test_unknown_names_are_an_error_that_lists_the_known_ones(method: str) -> None:
    with pytest.raises(ValueError, match=r"unknown cleaner\(s\) no-such-rule; known: .*bylines"):
        getattr(cleanseed.default_pipeline(), method)("bylines", "no-such-rule")


def test_add_a_function_at_the_end_before_and_after() -> None:
    def shout(text: str):
        """Removes SHOUTING words."""
        for m in regex.finditer(r"\b[A-Z]{4,}+\b", text):
            yield m.span()

    p = toy().add(shout)
    assert p.names()[-1] == "shout"
    leaf = list(p.leaves())[-1]
    assert isinstance(leaf, FunctionCleaner) and leaf.description == "Removes SHOUTING words."
    assert p("aa STOP here") == "  here"
    assert p("nowSTOP") == "nowSTOP"
    assert p("go-STOP-now") == "go-\n-now"  # a joiner keeps the two sides apart
    assert p("a (STOP).") == "a ()."  # none is needed before closing punctuation
    assert p.explain("go STOP now").edits[0].rule == "shout"
    assert toy().add(shout, before="inner").names()[:2] == ["drop-aa", "shout"]
    assert toy().add(shout, after="inner", name="caps", description="caps words").names()[-2] == "caps"
    with pytest.raises(ValueError, match="no cleaner 'nope'"):
        toy().add(shout, before="nope")
    with pytest.raises(TypeError, match="a Cleaner or a function"):
        toy().add("not a cleaner")  # type: ignore[arg-type]


def test_add_a_cleaner() -> None:
    p = cleanseed.default_pipeline().add(drop_word("lorem"), before="whitespace")
    top = [c.name for c in p.cleaners]
    assert top.index("drop-lorem") == top.index("whitespace") - 1
    assert p("Lorem lorem ipsum.") == "Lorem  ipsum."
    assert p.explain("Lorem lorem ipsum.").edits[0].rule == "drop-lorem"


def test_add_phrases_removes_lines_made_of_them_and_keeps_prose() -> None:
    p = cleanseed.default_pipeline().add_phrases("promo", ["Buy now", "Limited offer"])
    assert p.names().index("promo") < p.names().index("whitespace")
    text = "Our shop opened.\nBuy now\nLIMITED OFFER | Buy now!\nYou can buy now or later."
    assert p(text) == "Our shop opened.\nYou can buy now or later."
    assert {e.rule for e in p.explain(text).edits} == {"promo"}


def test_add_phrases_as_prefixes() -> None:
    p = cleanseed.default_pipeline().add_phrases("sponsored", ["Sponsored:"], prefix=True)
    text = "Real news.\nSponsored: the best shoes of 2024\nMore real news."
    assert p(text) == "Real news.\nMore real news."


@pytest.mark.parametrize("after", [". By using this site you agree.", "! Mehr erfahren", "? Find out more", "… and more", ", see our policy"])
def test_a_prefix_may_end_in_a_stop_or_comma_before_the_words_after_it(after: str) -> None:
    c = PhraseCleaner("p", "demo", prefixes=("We use cookies",), max_words=6)
    assert c(f"A.\nWe use cookies{after}\nB.") == "A.\nB."
    assert c(f"A.\nWe use cookies{after} {'and more words ' * 4}\nB.").count("\n") == 2  # too many words: kept
    assert c("A.\nWe use cookiesets\nB.") == "A.\nWe use cookiesets\nB."  # a longer word is not the prefix


def test_phrase_cleaner_matches_glued_phrases_but_not_words_that_go_on() -> None:
    c = PhraseCleaner("p", "demo", ("Leave a Reply", "Cancel reply"))
    assert c("A.\nLeave a ReplyCancel reply\nB.") == "A.\nB."
    assert c("A.\nLeave a Replying\nB.") == "A.\nLeave a Replying\nB."


class Spans(Cleaner):
    """A cleaner that returns whatever spans it was built with."""

    def __init__(self, *spans: tuple) -> None:
        self.name, self.description, self.spans = "spans", "fixed spans", spans

    def find(self, text: str):
        return self.spans


@pytest.mark.parametrize(
    "spans, message",
    [
        ([(0, 1, "x")], "may only insert whitespace"),
        ([(2, 2, "--")], "may only insert whitespace"),
        ([(-1, 2)], "outside the text"),
        ([(3, 99)], "outside the text"),
        ([(4, 2)], "outside the text"),
        ([(0, 3, " "), (2, 4, " ")], "overlapping"),
    ],
)
def test_bad_spans_are_an_error_naming_the_cleaner(spans: list[tuple], message: str) -> None:
    p = Pipeline("p", "one bad cleaner", (Spans(*spans),))
    with pytest.raises(ValueError, match=f"'spans'.*{message}|{message}.*'spans'"):
        p.explain("abcdefgh")


def test_overlapping_removals_merge_and_a_glued_removal_keeps_words_apart() -> None:
    assert Spans((1, 4), (2, 6))("abcdefgh") == "a\ngh"
    assert Spans((0, 3))("abcdef") == "def"
    assert Spans((1, 3, "  "))("abcd") == "a  d"


def test_max_removed_keeps_the_text_and_flags_it() -> None:
    text = "By admin\n\nLeave a Reply\n\nShort."
    capped = Pipeline("capped", "default with a cap", cleanseed.default_pipeline().cleaners, max_removed=0.5)
    result = capped.explain(text)
    assert result.text == text and result.edits == []
    assert result.flagged is not None and "capped" in result.flagged and "cap 50%" in result.flagged
    fine = capped.explain("By admin\n\nA long sentence of real content stays here.")
    assert fine.flagged is None and fine.text == "A long sentence of real content stays here."


def test_pipelines_and_cleaners_pickle() -> None:
    p = cleanseed.default_pipeline().add_phrases("promo", ["Buy now"])
    again = pickle.loads(pickle.dumps(p))
    assert again(DOC) == p(DOC)
    assert again.names() == p.names()


def test_every_leaf_has_a_unique_name_and_a_description() -> None:
    names = [c.name for c in cleanseed.default_pipeline().leaves()]
    assert len(names) == len(set(names))
    assert all(c.description.strip() for c in cleanseed.default_pipeline().leaves())


def test_default_cap_keeps_a_long_document_it_would_mostly_remove() -> None:
    # a long page of share and navigation lines around one sentence: removing over 80% of a
    # document of 1000+ characters is more likely a misfire than a page, so it is kept and flagged
    chrome = "\n".join(["Share on Facebook", "Share on Twitter", "Skip to main content", "Privacy Policy"] * 30)
    text = f"{chrome}\nThe council approved the budget on Monday after a long debate.\n{chrome}"
    result = cleanseed.clean_and_explain(text)
    assert result.flagged and "80%" in result.flagged
    assert result.text == text and result.edits == []


def test_default_cap_measures_the_prose_of_a_page_whose_menus_dwarf_it() -> None:
    # a whole page: five paragraphs of article under a menu five times their size; the menu goes
    menu = "\n".join("Home News Sport Weather Politics Business Culture Travel Science Health Opinion Video".split() * 40)
    story = "\n".join(
        f"Paragraph {i} of the report says the council approved the budget after a long debate on Monday." for i in range(15)
    )
    text = f"{menu}\n{story}\n{menu}"
    result = cleanseed.clean_and_explain(text)
    assert result.flagged is None and result.text.endswith(story) and len(result.text) < len(story) + 20
    assert _removed_share(text, result.edits)[0] > 0.8  # the whole text's share would have flagged it


def test_prose_cap_flags_a_misfire_that_takes_the_prose_and_leaves_the_menus() -> None:
    def prose(text: str) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in regex.finditer(r"^.*debate.*$", text, regex.M)]

    story = "\n".join(f"Paragraph {i} says the council approved the budget after a long debate." for i in range(20))
    text = "\n".join(f"Section {i}" for i in range(300)) + "\n" + story
    article = FunctionCleaner("article", "a misfire that removes the article", prose)
    misfire = Pipeline("misfire", "removes the article", (article,), max_removed=0.8, cap_min_chars=1000, cap_lines=is_prose)
    result = misfire.explain(text)
    assert result.text == text and result.flagged and "of the text's prose" in result.flagged
    # measured on the whole text, the same misfire passes: the article is a third of the page
    assert replace(misfire, cap_lines=None).explain(text).flagged is None


def test_default_cap_spares_short_documents() -> None:
    result = cleanseed.clean_and_explain("Leave a Reply\nShare on Facebook")
    assert result.flagged is None and result.text == ""


def test_fold_tricky_lists_every_character_that_lowers_unlike_it_folds() -> None:
    # The case-sensitive prefilters on lowered text (glued-phrases) rely on this list.
    import re
    import sys

    from cleanseed._pipeline import FOLD_TRICKY

    tricky = re.compile(f"[{FOLD_TRICKY}]")
    expected = {chr(i) for i in range(sys.maxunicode + 1) if chr(i).lower() != chr(i).casefold() or len(chr(i).lower()) != 1}
    listed = {chr(i) for i in range(sys.maxunicode + 1) if tricky.match(chr(i))}
    assert listed == expected | {"Σ"}


def test_lowering_maps_each_character_to_one_and_keeps_whitespace() -> None:
    # what a carried folding relies on: besides "İ" and "Σ" (which _fold maps itself), every character
    # lowers to one character whatever its neighbours, and whitespace (every replacement) is its own lower case
    import sys

    from cleanseed._pipeline import _fold

    odd = {chr(i) for i in range(sys.maxunicode + 1) if len(chr(i).lower()) != 1}
    assert odd == {"\u0130"}
    assert all(chr(i).lower() == chr(i) for i in range(sys.maxunicode + 1) if chr(i).isspace())
    assert _fold("ΟΔΟΣ ΟΔΟΣ.\nİSTANBUL")[0] == "οδοσ οδοσ.\nistanbul"


def test_a_folding_carried_over_edits_is_the_folding_of_the_new_text() -> None:
    import random

    from cleanseed._edits import Edit
    from cleanseed._pipeline import _SECOND, STAND_IN, _fold, _folding, carry_folding

    rng = random.Random(5)
    alphabet = [*"ab XY\n\t", "Σ", "ΣΑ", "İ", "ß", "ς", "K", "\u0345", "\U0001f600", "\U00010400", STAND_IN, _SECOND]
    for _ in range(2000):
        current = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        _folding(current)
        for _ in range(rng.randint(1, 5)):
            edits, pos = [], 0
            while pos <= len(current) and rng.random() < 0.8:  # removals, replacements, insertions, some adjacent
                start = rng.randint(pos, min(len(current), pos + 5))
                end = rng.randint(start, min(len(current), start + 4))
                repl = rng.choice(["", " ", "\n", "\n\n"])
                if start < end or repl:
                    edits.append(Edit(start, end, current[start:end], repl, "test"))
                pos = end + rng.randint(0, 1)
            before, current = current, replay(current, edits)
            carry_folding(before, current, edits)
            if rng.random() < 0.3:  # asked for midway, or only at the end
                assert _folding(current) == _fold(current)
        assert _folding(current) == _fold(current)
        lower = current.replace("İ", "i").replace("Σ", "σ").lower()
        # the stand-ins: the emoji and "𐐀" (lowered "𐐨") read as STAND_IN, and that as _SECOND
        lower = "".join(STAND_IN if ch > "\uffff" else _SECOND if ch == STAND_IN else ch for ch in lower)
        assert _folding(current)[0] == lower
        assert _fold(current, blind=False)[0] == current.replace("İ", "i").replace("Σ", "σ").lower()


@pytest.mark.parametrize(
    ("pattern", "blind"),
    [
        (r"\n[ \t]*+(?:share|[\d\U00010000-\U0010ffff]++ comments)", True),  # a prefilter: the number atom takes both
        (r"[.!?…][\"”’»)]?+(?P<blank>[ \t]++)x", True),
        (r"(?:a|b)(?=\s)[^x]..$", True),
        (r"\d", False),  # digits above the plane are digits, other characters there are not
        (r"\w", False),
        (r"\bshare", False),
        (r"[\U0001f600-\U0001f64f]", False),  # some characters above the plane only
        (r"[\u0000-\uffff]", False),  # the stand-ins, not what they stand for
        ("\uabf0", False),
        (r"(?i:share)", False),
        (r"(.)\1", False),  # compares captured text: two emoji differ, their stand-ins do not
    ],
)
def test_astral_blind_patterns_match_alike_on_the_stand_in_copy(pattern: str, blind: bool) -> None:
    import re

    from cleanseed._pipeline import astral_blind

    assert astral_blind(re.compile(pattern)) is blind


def test_the_prefilters_match_alike_on_the_lowered_copy_and_the_plain_lower_case(monkeypatch: pytest.MonkeyPatch) -> None:
    # every pattern that scans the lowered copy in the default pipeline is astral_blind (or a text
    # with an emoji lowers anew for it), and matches the same spans there as in text.lower()
    import random

    from cleanseed import _pipeline
    from cleanseed._pipeline import _SECOND, STAND_IN, _fold, astral_blind
    from cleanseed.cleaners.chrome import run_on_notices  # scans _lowered() itself

    asked = {}
    monkeypatch.setattr(_pipeline, "astral_blind", lambda p: asked.setdefault(id(p), (p, astral_blind(p)))[1])
    text = "Share on Facebook \U0001f600\nImage 1 of 5\n© 2024 Example. All rights reserved.\nRead more"
    for leaf in cleanseed.default_pipeline().leaves():
        leaf.edits(text)
    assert len(asked) > 20
    assert [p.pattern[:60] for p, blind in asked.values() if not blind] == []
    patterns = [p for p, _ in asked.values()] + [run_on_notices._pattern]
    rng = random.Random(7)
    lines = ["Share on Facebook", "Image 12 of 40", "Read more", "Foto: dpa", "Teilen", "Newsletter abonnieren",
             "He said so. Share this article on Twitter", "24 comments", "Tags: x, y"]
    odd = ["\U0001f600", "\U0001d7cf", "\U00010400", STAND_IN, _SECOND, "ß", "İ", " ", "\t"]
    for _ in range(300):
        text = "\n".join(
            "".join(rng.choice(odd) + ch if rng.random() < 0.05 else ch for ch in rng.choice(lines)) for _ in range(rng.randint(1, 6))
        )
        copy, plain = _fold(text)[0], _fold(text, blind=False)[0]
        for p in patterns:
            assert [m.span() for m in p.finditer(copy)] == [m.span() for m in p.finditer(plain)], (p.pattern[:60], text)


def test_gate_words_with_a_stand_in_are_looked_for_in_the_plain_lower_case() -> None:
    emoji_gate = RegexCleaner("emoji", "a line with a camera", r"^.*📷.*$", gate=("📷",), whole_line=True)
    text = "Photo 📷 by X\nkept\n" + "a 😀 b\n"
    assert emoji_gate(text) == "kept\na 😀 b\n"


@pytest.mark.parametrize("phrase", ["SHARE ON FACEBOOK", "Share On Facebook", "ENTER YOUR EMAIL ADDRESS", "Das könnte Sie auch interesſieren",
                                    "DAS KÖNNTE SIE AUCH INTERESSIEREN", "Das könnte Sie auch intereßieren", "Forgot your paßword?"])
def test_glued_phrases_are_found_in_any_case_and_case_folding(phrase: str) -> None:
    # the prefilter scans lowered text: capitals, "ß" for "ss" and the long s must not hide a phrase
    from cleanseed.cleaners.glue import glued_phrases

    text = f"The minister spoke.{phrase}The end.\n{phrase}The end."
    slow = [(m.start(), m.end()) for m in glued_phrases.regex.finditer(text)]
    assert len(slow) == 2
    assert [e.start for e in glued_phrases.edits(text)] == [slow[0][0], slow[0][1], slow[1][1]]


def test_regex_space_is_what_backslash_s_matches() -> None:
    import sys

    import regex

    from cleanseed.cleaners._resources import REGEX_SPACE

    assert set(REGEX_SPACE) == {chr(i) for i in range(sys.maxunicode + 1) if regex.match(r"\s", chr(i))}


class Witness(ContextCleaner):
    """Records what the pipeline showed it, and removes the lines a removed line stood right above."""

    name, description = "witness", "records the removed lines it is shown"

    def __init__(self) -> None:
        self.seen: list[tuple[str, list[RemovedLine]]] = []

    def find_in_context(self, text: str, removed):
        self.seen.append((text, list(removed)))
        for r in removed:
            end = text.find("\n", r.at)
            if r.at < len(text) and (r.at == 0 or text[r.at - 1] == "\n"):
                yield r.at, len(text) if end < 0 else end + 1


def test_a_context_cleaner_is_shown_the_lines_removed_before_it_where_they_stood() -> None:
    witness = Witness()
    drop = FunctionCleaner("drop", "drops x-lines and a glued tail", lambda t: [
        m.span() for m in regex.finditer(r"(?m)^ *+x[^\n]*+\n|(?<=b)TAIL", t)
    ])
    text = "a\nx1\nb\n\nx2\n  x3\nbTAIL\nc"
    result = Pipeline("p", "drop, then witness", (drop, witness)).explain(text)
    current, removed = witness.seen[0]
    assert current == "a\nb\n\nb\nc"
    # whole lines only ("bTAIL" kept its b), each with where it stood and who removed it
    assert [(r.at, r.line, r.rule) for r in removed] == [(2, "x1", "drop"), (5, "x2", "drop"), (5, "  x3", "drop")]
    assert [current[r.at:].split("\n")[0] for r in removed] == ["b", "b", "b"]
    # its edits point at the input (the second "b" joins the removal of "TAIL" beside it, named after the larger)
    assert result.text == "a\n\nc"
    assert [(e.removed, e.rule) for e in result.edits] == [
        ("x1\n", "drop"), ("b\n", "witness"), ("x2\n", "drop"), ("  x3\n", "drop"), ("bTAIL\n", "drop"),
    ]
    assert replay(text, result.edits) == result.text


def test_a_context_cleaner_alone_or_on_clean_text_is_shown_nothing_and_removes_nothing() -> None:
    witness = Witness()
    assert witness.edits("a\nb\n") == []
    assert Pipeline("p", "witness alone", (witness,)).explain("a\nb\n").edits == []
    assert witness.seen == [("a\nb\n", [])]


def test_removed_lines_counts_a_line_two_cleaners_took_in_pieces() -> None:
    text = "keep\nPhoto: AP Share\nkeep"
    edits = [Edit(5, 15, "Photo: AP ", "", "credits"), Edit(15, 21, "Share\n", "", "share")]
    assert removed_lines(text, edits) == [RemovedLine(5, "Photo: AP Share", "credits")]
    assert removed_lines(text, edits[:1]) == []  # a piece of a line is no removed line


def test_removed_lines_start_after_a_kept_lines_text_and_end_before_the_next() -> None:
    text = "keep TAIL\nmenu\n  \nmore menu\nHEAD keep"
    edits = [Edit(4, 10, " TAIL\n", "", "tails"), Edit(10, 15, "menu\n", "", "menus"), Edit(18, 33, "more menu\nHEAD ", "\n", "menus")]
    assert removed_lines(text, edits) == [RemovedLine(4, "menu", "menus"), RemovedLine(7, "more menu", "menus")]
    assert replay(text, edits) == "keep  \n\nkeep"  # "menu" stood at 4, "more menu" at 7


_ANCHOR_CASES = [
    (r"^[ \t]*+(?i:caption|bildunterschrift)[ \t]*+$", True),
    (r"^(?=[^\n]{1,160}+$)[^\n]*?(?:daily|weekly)", True),
    (r"^a(?:b|c)[|]d[^]|x]e\|f", True),  # alternation inside a group or a set, an escaped bar
    (r"^(?:[[a-z]--[aeiou]])++$", True),  # a nested set
    (r"^a|b", False),  # the second branch may start anywhere
    (r"^a(?:b|c)|d", False),
    (r"(?m)^a|b", False),  # global flags first, then the same reading
    (r"(?im)^a(?:b|c)", True),
    (r"(?x)^a", False),  # verbose: not read
    (r"x^a", False),
    (r"^a(?#|)b", False),  # a comment: not read
]


@pytest.mark.parametrize(("source", "expected"), _ANCHOR_CASES)
def test_anchored_reads_whether_every_match_starts_a_line(source: str, expected: bool) -> None:
    from cleanseed._pipeline import anchored

    assert anchored(regex.compile(source, regex.MULTILINE | regex.VERSION1)) is expected
    if not source.startswith("(?"):
        assert not anchored(regex.compile(source, regex.VERSION1))  # without MULTILINE "^" is the text's start only


@pytest.mark.parametrize(
    "source",
    [r"^[ \t]*+(?i:by|von)[ \t]++\p{Lu}\p{Ll}++", r"^[^\n]*+\n?", r"^(?:|a)", r"^\n*+b", r"^[ \t]*+$", r"^a[^\n]*+\n[^\n]*+"],
)
@pytest.mark.parametrize(
    "text",
    ["", "\n", "a\nb\n\n a\nBy Jane Doe\nvon Max Muster\n", "by Jane\nab\nab\n\n\nb", "a\r\nb\u2028a\n", "aa\nab\nb"],
)
def test_line_start_matches_are_finditers_matches(source: str, text: str) -> None:
    """all_matches and line_matches try an anchored pattern at the line starts only, with finditer's results."""
    from cleanseed._pipeline import all_matches, line_matches, lines_of

    pattern = regex.compile(source, regex.MULTILINE | regex.VERSION1)
    spans = lambda ms: [(m.span(), m.group()) for m in ms]  # noqa: E731
    for stop in (None, len(text) // 2):
        assert spans(all_matches(pattern, text, stop)) == spans(pattern.finditer(text, 0, len(text) if stop is None else stop))
    for start, end in lines_of(text) + [(0, len(text)), (min(1, len(text)), len(text))]:
        assert spans(line_matches(pattern, text, start, end)) == spans(pattern.finditer(text, start, end))


def test_needs_skips_a_text_without_one_of_the_strings() -> None:
    cleaner = RegexCleaner("figure-spaces", "figure spaces", "\u2007++", replacement=" ", needs=("\u2007",))
    assert cleaner("a\u2007b") == "a b"
    assert cleaner.edits("a b plain text") == []


@pytest.mark.parametrize("name", ["odd-spaces", "line-ends"])
def test_needs_of_a_character_rule_hold_every_character_it_matches(name: str) -> None:
    """A match of one character (CRLF: one of two) must be one of ``needs``, or a text holding it would keep it."""
    leaf = next(c for c in cleanseed.default_pipeline().leaves() if c.name == name)
    matched = {chr(cp) for cp in range(0x110000) if not 0xD800 <= cp < 0xE000 and leaf.regex.match(chr(cp))}
    assert matched and matched <= set(leaf.needs)
