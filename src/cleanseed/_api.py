"""The public functions, on top of the default pipeline."""

from __future__ import annotations

from ._default import default_pipeline
from ._pipeline import Explained


def clean(text: str) -> str:
    """Remove clutter from ``text`` with the default pipeline."""
    return default_pipeline()(text)


def clean_and_explain(text: str) -> Explained:
    """Clean ``text`` and return the cleaned text with the edits that made it.

    ``replay(text, result.edits) == result.text`` always holds.
    """
    return default_pipeline().explain(text)


def describe() -> list[tuple[str, str]]:
    """``(name, description)`` of every cleaner in the default pipeline, in order."""
    return [(c.name, c.description) for c in default_pipeline().leaves()]
