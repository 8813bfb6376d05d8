"""The edit model: :class:`Edit`, :func:`replay` and :func:`compose`."""

from __future__ import annotations

import dataclasses
import pickle

import pytest
from hypothesis import example, given

from cleanseed import Edit, replay
from cleanseed._edits import compose
from tests.strategies import edit_chains


def check_edit_list(text: str, edits: list[Edit]) -> None:
    """Sorted, non-overlapping, in range, naming their text, whitespace in, no no-ops."""
    last = 0
    for e in edits:
        assert last <= e.start <= e.end <= len(text), edits
        assert text[e.start : e.end] == e.removed
        assert e.replacement == "" or e.replacement.isspace()
        assert e.removed != e.replacement, f"no-op edit {e}"
        last = e.end


def compose_all(text: str, chain: list[list[Edit]]) -> list[Edit]:
    done: list[Edit] = []
    current = text
    for edits in chain:
        done = compose(text, current, done, edits)
        current = replay(current, edits)
    return done


def apply_all(text: str, chain: list[list[Edit]]) -> str:
    for edits in chain:
        text = replay(text, edits)
    return text


@given(edit_chains())
@example(("ab", [[Edit(1, 1, "", "\n", "r0")], [Edit(0, 3, "a\nb", "", "r1")]]))
@example(("a b", [[Edit(1, 2, " ", "\n", "r0")], [Edit(1, 1, "", " ", "r1"), Edit(1, 2, "\n", "", "r1")]]))
@example(("ab", [[Edit(1, 1, "", " ", "r0"), Edit(1, 1, "", "\n", "r0")], [Edit(1, 3, " \n", "", "r1")]]))
@example(("a.b", [[Edit(2, 2, "", "\n", "r0")], [Edit(2, 3, "\n", "", "r1")]]))  # undone: was Edit(2, 2, "", "")
def test_compose_equals_sequential_application(case: tuple[str, list[list[Edit]]]) -> None:
    text, chain = case
    composed = compose_all(text, chain)
    check_edit_list(text, composed)
    assert replay(text, composed) == apply_all(text, chain)
    rules = {e.rule for edits in chain for e in edits}
    assert {e.rule for e in composed} <= rules


@given(edit_chains(steps=1))
def test_compose_with_nothing_done_is_the_new_edits(case: tuple[str, list[list[Edit]]]) -> None:
    text, [edits] = case
    assert compose(text, text, [], edits) == edits
    assert compose(text, replay(text, edits), edits, []) == edits


@given(edit_chains(steps=2))
def test_compose_keeps_earlier_edits_the_new_ones_do_not_touch(case: tuple[str, list[list[Edit]]]) -> None:
    text, [first, second] = case
    composed = compose(text, replay(text, first), first, second)
    current_spans = []
    shift = 0
    for e in first:
        current_spans.append((e, e.start + shift, e.start + shift + len(e.replacement)))
        shift += len(e.replacement) - (e.end - e.start)
    for e, cs, ce in current_spans:
        untouched = all(n.end < cs or n.start > ce for n in second)
        if untouched:
            assert e in composed


def test_replay_applies_edits() -> None:
    assert replay("a b c", [Edit(1, 3, " b", "", "x"), Edit(4, 5, "c", "\n", "y")]) == "a \n"
    assert replay("ab", [Edit(1, 1, "", "\n", "glue")]) == "a\nb"
    assert replay("text", []) == "text"


@pytest.mark.parametrize(
    "edits, message",
    [
        ([Edit(2, 3, "c", "", "x"), Edit(0, 1, "a", "", "x")], "out of order"),
        ([Edit(0, 2, "ab", "", "x"), Edit(1, 3, "bc", "", "x")], "out of order"),
        ([Edit(3, 2, "", "", "x")], "out of order"),
        ([Edit(2, 9, "cd", "", "x")], "out of range"),
        ([Edit(0, 1, "z", "", "x")], "does not match"),
    ],
)
def test_replay_rejects_bad_edits(edits: list[Edit], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        replay("abcd", edits)


def test_edit_is_frozen_picklable_and_serialisable() -> None:
    e = Edit(1, 3, "bc", " ", "rule")
    with pytest.raises(dataclasses.FrozenInstanceError):
        e.start = 0  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(e)) == e
    assert e.to_dict() == {"rule": "rule", "start": 1, "end": 3, "removed": "bc", "replacement": " "}
