"""Clean a PySpark DataFrame column with cleanseed, at scale.

Install with ``pip install 'cleanseed[spark]'`` (PySpark, pandas and
PyArrow; Spark itself needs a Java runtime). Two entry points:

- :func:`clean_udf` gives a pandas UDF for ``select``/``withColumn``;
- :func:`clean_column` cleans a column of a DataFrame in place and can add
  columns with the edits and the flag.

::

    from cleanseed.adapters.spark import clean_column
    df = spark.read.json("crawl/*.jsonl.gz")
    clean_column(df, "text", edits_column="edits").write.parquet("clean/")

The pipeline is prepared once, on the driver: every regular expression is
compiled and every phrase file read before the UDF is pickled, so the
configuration travels to the executors inside the UDF (once per task, not
per row) and executors never read configuration files. Each executor
process then cleans Arrow batches of rows with :func:`cleanseed.batch.clean_batch`.
Null texts stay null. Edit offsets count code points of the original text.
"""

from __future__ import annotations

from typing import Iterator

try:
    import pandas as pd
    from pyspark.sql import DataFrame
    from pyspark.sql import functions as F
    from pyspark.sql import types as T
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError("cleanseed.adapters.spark needs pyspark, pandas and pyarrow: "
                      "pip install 'cleanseed[spark]'") from exc

from .._default import default_pipeline
from .._pipeline import Pipeline, compile_all
from ..batch import clean_batch, edits_as_dicts

__all__ = ["EDIT_TYPE", "EXPLAINED_TYPE", "clean_column", "clean_udf", "prepared"]

#: The Spark type of one edit.
EDIT_TYPE = T.StructType([
    T.StructField("rule", T.StringType(), False),
    T.StructField("start", T.LongType(), False),
    T.StructField("end", T.LongType(), False),
    T.StructField("removed", T.StringType(), False),
    T.StructField("replacement", T.StringType(), False),
])

#: The Spark type of :func:`clean_udf` results with ``explain=True``.
EXPLAINED_TYPE = T.StructType([
    T.StructField("text", T.StringType(), True),
    T.StructField("edits", T.ArrayType(EDIT_TYPE, False), True),
    T.StructField("flagged", T.StringType(), True),
])


def prepared(pipeline: Pipeline | None = None) -> Pipeline:
    """``pipeline`` (default: the default pipeline) with all its configuration loaded.

    Running it once compiles every cleaner's regular expression and reads
    every phrase file; the compiled state is kept on the (frozen) cleaners
    and pickled with them, so a copy sent to another process needs no files.
    """
    pipe = default_pipeline() if pipeline is None else pipeline
    if not isinstance(pipe, Pipeline):
        raise TypeError(f"pipeline must be a cleanseed Pipeline, not {type(pipe).__name__}")
    compile_all(pipe)  # compiles and caches patterns (phrase files are read here)
    pipe("Warm-up text.\nBy admin\n")
    return pipe


def clean_udf(*, pipeline: Pipeline | None = None, explain: bool = False):  # type: ignore[no-untyped-def]
    """A pandas UDF that cleans a string column.

    It returns the cleaned text, or with ``explain=True`` a struct
    (:data:`EXPLAINED_TYPE`) of ``text``, ``edits`` and ``flagged``.

    ::

        clean = clean_udf()
        df.withColumn("text", clean("text"))
    """
    pipe = prepared(pipeline)

    if explain:
        def explain_batches(batches: Iterator[pd.Series]) -> Iterator[pd.DataFrame]:
            for texts in batches:
                results = clean_batch(texts.tolist(), pipeline=pipe, explain=True)
                yield pd.DataFrame({
                    "text": [None if r is None else r.text for r in results],
                    "edits": [edits_as_dicts(r) for r in results],
                    "flagged": [None if r is None else r.flagged for r in results],
                }, index=texts.index)

        return F.pandas_udf(explain_batches, EXPLAINED_TYPE)  # type: ignore[call-overload]

    def clean_batches(batches: Iterator[pd.Series]) -> Iterator[pd.Series]:
        for texts in batches:
            yield pd.Series(clean_batch(texts.tolist(), pipeline=pipe), index=texts.index, dtype=object)

    return F.pandas_udf(clean_batches, T.StringType())  # type: ignore[call-overload]


def clean_column(df: DataFrame, column: str = "text", *, pipeline: Pipeline | None = None,
                 output: str | None = None, edits_column: str | None = None,
                 flagged_column: str | None = None) -> DataFrame:
    """``df`` with ``column`` cleaned (into ``output``, by default ``column`` itself).

    With ``edits_column`` and/or ``flagged_column``, the edits (an array of
    :data:`EDIT_TYPE`) and the flag (why a row was kept whole, else null)
    are added as columns. Every other column, and every row, is kept. It
    runs as one ``mapInPandas`` pass, so each row is cleaned once.
    """
    if column not in df.columns:
        raise ValueError(f"the DataFrame has no column {column!r}; columns: {', '.join(df.columns)}")
    if not isinstance(df.schema[column].dataType, T.StringType):
        raise TypeError(f"column {column!r} is {df.schema[column].dataType.simpleString()}, not a string")
    target = output or column
    extra = {target: T.StringType(), edits_column: T.ArrayType(EDIT_TYPE, False), flagged_column: T.StringType()}
    extra = {name: kind for name, kind in extra.items() if name is not None}
    if len(extra) < 1 + (edits_column is not None) + (flagged_column is not None):
        raise ValueError("output, edits_column and flagged_column must be different names")
    fields = []  # the input's columns in order, those we write replaced; new ones at the end
    for f in df.schema.fields:
        fields.append(T.StructField(f.name, extra.pop(f.name), True) if f.name in extra else f)
    schema = T.StructType(fields + [T.StructField(name, kind, True) for name, kind in extra.items()])
    pipe = prepared(pipeline)
    explain = edits_column is not None or flagged_column is not None

    def clean_frames(frames: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for frame in frames:
            texts = frame[column].tolist()
            frame = frame.copy()
            if not explain:
                frame[target] = pd.Series(clean_batch(texts, pipeline=pipe), index=frame.index, dtype=object)
            else:
                results = clean_batch(texts, pipeline=pipe, explain=True)
                frame[target] = pd.Series([None if r is None else r.text for r in results],
                                          index=frame.index, dtype=object)
                if edits_column is not None:
                    frame[edits_column] = pd.Series([edits_as_dicts(r) for r in results],
                                                    index=frame.index, dtype=object)
                if flagged_column is not None:
                    frame[flagged_column] = pd.Series([None if r is None else r.flagged for r in results],
                                                      index=frame.index, dtype=object)
            yield frame[schema.names]

    return df.mapInPandas(clean_frames, schema)
