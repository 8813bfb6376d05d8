"""The batch API: clean many texts in one call, for engines that map over batches.

Engines such as Hugging Face ``datasets`` (``map(batched=True)``), Dask and
Ray Data hand a function a *batch*: a list (or array) of texts, or a table
of columns. :func:`clean_batch` cleans a list of texts;
:func:`clean_columns` cleans one column of a table and can add a column of
edits. Both take the pipeline once per call, so a worker that is handed a
pipeline keeps using the same compiled cleaners for every batch.

Missing values (``None``, and the NaN or ``pandas.NA`` that pandas puts in
a column of strings) are passed through unchanged, or become ``None`` with
``explain=True``; any other value that is not a ``str`` raises
:class:`TypeError` naming its position. Nothing is dropped: the result has
one item per input.

>>> clean_batch(["The minister spoke.\\n\\nLeave a Reply\\n", None])
['The minister spoke.', None]
"""

from __future__ import annotations

from typing import Any, Iterable, Literal, Mapping, overload

from ._default import default_pipeline
from ._pipeline import Explained, Pipeline

__all__ = ["clean_batch", "clean_columns", "edits_as_dicts"]


@overload
def clean_batch(texts: Iterable[str | None], *, pipeline: Pipeline | None = ...,
                explain: Literal[False] = ...) -> list[str | None]: ...


@overload
def clean_batch(texts: Iterable[str | None], *, pipeline: Pipeline | None = ...,
                explain: Literal[True]) -> list[Explained | None]: ...


def clean_batch(texts: Iterable[str | None], *, pipeline: Pipeline | None = None,
                explain: bool = False) -> list[str | None] | list[Explained | None]:
    """Clean every text of ``texts`` with ``pipeline`` (default: the default pipeline).

    Returns the cleaned texts, or with ``explain=True`` one
    :class:`~cleanseed.Explained` per text, in input order. ``None`` items
    stay ``None`` (see the module docs for other missing values).

    >>> [e.rule for r in clean_batch(["Hi.\\nBy admin\\nThe end."], explain=True) for e in r.edits]
    ['bylines']
    """
    pipe = default_pipeline() if pipeline is None else pipeline
    if not isinstance(pipe, Pipeline):
        raise TypeError(f"pipeline must be a cleanseed Pipeline, not {type(pipe).__name__}")
    if isinstance(texts, (str, bytes)):
        raise TypeError("clean_batch takes a list of texts, not a single text; use cleanseed.clean for one")
    run = pipe.explain if explain else pipe
    out: list[Any] = []
    for i, text in enumerate(texts):
        if isinstance(text, str):
            out.append(run(text))
        elif _is_missing(text):
            out.append(None if explain else text)
        else:
            raise TypeError(f"item {i} of the batch is a {type(text).__name__}, not a str (or None)")
    return out


def _is_missing(value: object) -> bool:
    """``None``, a float NaN, or pandas' ``NA`` (checked without importing pandas)."""
    if value is None:
        return True
    if isinstance(value, float):
        return value != value
    return type(value).__name__ == "NAType"


def edits_as_dicts(result: Explained | None) -> list[dict[str, object]] | None:
    """The edits of ``result`` as plain dicts (``rule``, ``start``, ``end``, ``removed``, ``replacement``).

    Offsets count code points of the original text. ``None`` stays ``None``.
    """
    if result is None:
        return None
    return [e.to_dict() for e in result.edits]


def clean_columns(batch: Mapping[str, Any], *, column: str = "text", pipeline: Pipeline | None = None,
                  edits_column: str | None = None, flagged_column: str | None = None) -> dict[str, Any]:
    """Clean ``batch[column]`` of a table given as a mapping of columns.

    ``batch`` is what ``datasets.map(batched=True)`` passes (a dict of
    lists), what Ray Data's ``map_batches`` passes (a dict of arrays), or
    a pandas ``DataFrame``. Returns a new ``dict`` of columns: every column
    of ``batch`` unchanged, ``column`` cleaned, and, when named,
    ``edits_column`` (a list of edit dicts per row, see
    :func:`edits_as_dicts`) and ``flagged_column`` (why a row was kept
    unchanged, else ``None``).

    >>> clean_columns({"id": [7], "text": ["Hi.\\nBy admin\\nThe end."]})
    {'id': [7], 'text': ['Hi.\\nThe end.']}
    """
    if column not in batch:
        raise KeyError(f"the batch has no column {column!r}; columns: {', '.join(map(str, batch.keys()))}")
    values = batch[column]
    texts = values.tolist() if hasattr(values, "tolist") else list(values)
    out = {key: batch[key] for key in batch.keys()}
    if edits_column is None and flagged_column is None:
        out[column] = clean_batch(texts, pipeline=pipeline)
        return out
    results = clean_batch(texts, pipeline=pipeline, explain=True)
    out[column] = [None if r is None else r.text for r in results]
    if edits_column is not None:
        out[edits_column] = [edits_as_dicts(r) for r in results]
    if flagged_column is not None:
        out[flagged_column] = [None if r is None else r.flagged for r in results]
    return out
