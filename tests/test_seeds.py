"""The bundled seed documents clean to their golden outputs, checked by hand line by line."""

from __future__ import annotations

from pathlib import Path

import pytest

import cleanseed

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
INPUTS = sorted(p for p in SEEDS.glob("*.txt") if not p.name.endswith(".golden.txt"))


def test_there_are_seeds() -> None:
    assert len(INPUTS) >= 4


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.stem)
def test_seed_cleans_to_its_golden_output(path: Path) -> None:
    given = path.read_text(encoding="utf-8")
    golden = path.with_name(path.stem + ".golden.txt").read_text(encoding="utf-8")
    result = cleanseed.clean_and_explain(given)
    assert result.text == golden
    assert cleanseed.replay(given, result.edits) == golden


SEED = SEEDS / "000_b398251ee444186e.txt"

#: The project's first document: all 11 pieces of clutter go, all real content stays.
CLUTTER = [
    "Go to the mediabank",
    "File photo",
    "speaks at an event dedicated to the 70th anniversary",
    "InternationalIndiaAfrica",
    "Oleg Burunov",
    "Cost of Sanctions? Foreign Firms Suffer",
    "10:55 GMT",
    "By admin",
    "Leave a Reply",
    "Your email address will not be published",
    "Required fields are marked",
]
CONTENT = [
    "‘Spirit of Strategic Partnership’",
    "‘New Opportunities’ for Bilateral Ties",
    "Russian Exports to Latin America on Rise",
    "The Russian foreign minister announced the tour early last month",
    "Russian Foreign Minister Sergey Lavrov begins his Latin American tour on Monday",
    "He stressed that Moscow “consistently stands",
    "According to him, Russia is ready to further build up",
    "The minister underscored that the Kremlin perceives",
    "In this regard, the top Russian diplomat stressed",
    "He specifically mentioned a rise in deliveries",
    "increase by 3.8%, according to Lavrov.",
    "Lavrov concluded.",
]


@pytest.mark.parametrize("snippet", CLUTTER)
def test_seed_clutter_goes(snippet: str) -> None:
    assert snippet in SEED.read_text(encoding="utf-8")
    assert snippet not in cleanseed.clean(SEED.read_text(encoding="utf-8"))


@pytest.mark.parametrize("snippet", CONTENT)
def test_seed_content_stays(snippet: str) -> None:
    assert snippet in cleanseed.clean(SEED.read_text(encoding="utf-8"))


def test_every_seed_edit_names_a_cleaner_of_the_pipeline() -> None:
    names = {c.name for c in cleanseed.default_pipeline().leaves()}
    for path in INPUTS:
        for edit in cleanseed.clean_and_explain(path.read_text(encoding="utf-8")).edits:
            assert edit.rule in names
