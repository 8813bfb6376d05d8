"""cleanseed: strip scraped-page clutter from text, and say what was removed.

>>> import cleanseed
>>> cleanseed.clean("The minister spoke.\\n\\nLeave a Reply\\n")
'The minister spoke.'
"""

from __future__ import annotations

from ._edits import Edit, replay
from ._pipeline import (
    Cleaner,
    Explained,
    FunctionCleaner,
    LineCleaner,
    PhraseCleaner,
    Pipeline,
    RegexCleaner,
)
from ._default import default_pipeline
from .batch import clean_batch

__version__ = "0.1.0"

__all__ = [
    "Cleaner",
    "Edit",
    "Explained",
    "FunctionCleaner",
    "LineCleaner",
    "PhraseCleaner",
    "Pipeline",
    "RegexCleaner",
    "__version__",
    "clean",
    "clean_and_explain",
    "clean_batch",
    "cleaners",
    "default_pipeline",
    "replay",
]


def clean(text: str) -> str:
    """Remove clutter from ``text`` with the default pipeline."""
    return default_pipeline()(text)


def clean_and_explain(text: str) -> Explained:
    """Clean ``text`` and return the cleaned text with the edits that made it.

    ``replay(text, result.edits) == result.text`` always holds.
    """
    return default_pipeline().explain(text)


def cleaners() -> list[tuple[str, str]]:
    """``(name, description)`` of every cleaner in the default pipeline, in order."""
    return [(c.name, c.description) for c in default_pipeline().leaves()]
