"""cleanseed: strip scraped-page clutter from text, and say what was removed.

>>> import cleanseed
>>> cleanseed.clean("The minister spoke.\\n\\nLeave a Reply\\n")
'The minister spoke.'

The names below are loaded on first use, so ``import cleanseed`` (and
``cleanseed --version``) cost next to nothing.
"""

from __future__ import annotations

import importlib as _importlib
import typing as _typing

__version__ = "0.1.0"

#: public name -> the module that defines it
_WHERE = {
    "Cleaner": "._pipeline",
    "Edit": "._edits",
    "Explained": "._pipeline",
    "FunctionCleaner": "._pipeline",
    "LineCleaner": "._pipeline",
    "PhraseCleaner": "._pipeline",
    "Pipeline": "._pipeline",
    "RegexCleaner": "._pipeline",
    "clean": "._api",
    "clean_and_explain": "._api",
    "clean_batch": ".batch",
    "default_pipeline": "._default",
    "describe": "._api",
    "replay": "._edits",
}

__all__ = sorted([*_WHERE, "__version__"])


def __getattr__(name: str) -> _typing.Any:
    if name in _WHERE:
        value = getattr(_importlib.import_module(_WHERE[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'cleanseed' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE])


if _typing.TYPE_CHECKING:
    from ._api import clean, clean_and_explain, describe
    from ._default import default_pipeline
    from ._edits import Edit, replay
    from ._pipeline import Cleaner, Explained, FunctionCleaner, LineCleaner, PhraseCleaner, Pipeline, RegexCleaner
    from .batch import clean_batch
