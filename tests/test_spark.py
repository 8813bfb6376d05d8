"""The Spark adapter, run on a local Spark session (local[2])."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys

import pytest

pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'cleanseed[spark]')")
pytest.importorskip("pyarrow", reason="pyarrow is not installed (pip install 'cleanseed[spark]')")
if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
    pytest.skip("Spark needs a Java runtime and none was found (no java on PATH, no JAVA_HOME)",
                allow_module_level=True)

from pyspark.sql import SparkSession  # noqa: E402
from pyspark.sql import types as T  # noqa: E402

import cleanseed  # noqa: E402
from cleanseed.adapters.spark import clean_column, clean_udf, prepared  # noqa: E402

ROWS = [
    (1, "The minister spoke at length.\nBy admin\nHe left at noon.\n\nLeave a Reply\n"),
    (2, "Plain text with nothing to remove."),
    (3, None),
    (4, "Prices rose.Photo: Reuters\nThe bank said so.\n\n\n\nYour email address will not be published.\n"),
    (5, "Ein Satz.\nVon Anna Schmidt\nNoch ein Satz."),
    (6, ""),
]
SCHEMA = "id INT, text STRING"


@pytest.fixture(scope="module")
def spark():
    """One local Spark session for the module; its Python workers run this interpreter."""
    with pytest.MonkeyPatch.context() as env:
        env.setenv("PYSPARK_PYTHON", sys.executable)
        env.setenv("PYSPARK_DRIVER_PYTHON", sys.executable)
        session = (
            SparkSession.builder.master("local[2]")
            .appName("cleanseed-tests")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.sql.execution.arrow.maxRecordsPerBatch", "2")  # several batches per partition
            .getOrCreate()
        )
        yield session
        session.stop()


def _expected(text: str | None) -> str | None:
    return None if text is None else cleanseed.clean(text)


def test_clean_column_keeps_rows_and_other_columns(spark) -> None:
    df = spark.createDataFrame(ROWS, SCHEMA).repartition(2)
    out = clean_column(df, "text")
    assert out.columns == ["id", "text"]
    got = {r["id"]: r["text"] for r in out.collect()}
    assert got == {i: _expected(t) for i, t in ROWS}


def test_clean_column_with_edits_and_flag(spark) -> None:
    df = spark.createDataFrame(ROWS, SCHEMA).repartition(2)
    out = clean_column(df, "text", output="clean", edits_column="edits", flagged_column="flagged")
    assert out.columns == ["id", "text", "clean", "edits", "flagged"]
    assert isinstance(out.schema["edits"].dataType, T.ArrayType)
    rows = {r["id"]: r for r in out.collect()}
    for i, text in ROWS:
        row = rows[i]
        assert row["text"] == text  # the source column is kept when output is another column
        assert row["clean"] == _expected(text)
        if text is None:
            assert row["edits"] is None
            continue
        edits = [cleanseed.Edit(**e.asDict()) for e in row["edits"]]
        assert cleanseed.replay(text, edits) == row["clean"]
        assert row["flagged"] is None
    assert {e["rule"] for e in rows[1]["edits"]} >= {"bylines", "comment-forms"}

    # per-rule counts, computed by Spark from the edits column
    from pyspark.sql import functions as F

    counts = {r["rule"]: r["count"] for r in out.select(F.explode("edits.rule").alias("rule")).groupBy("rule").count().collect()}
    assert counts["bylines"] == 2


def test_udf_with_a_user_pipeline_shipped_to_executors(spark) -> None:
    # phrases that only exist on the driver: the executors must get them inside the UDF
    pipe = cleanseed.default_pipeline().add_phrases("house-style", ["Zorblax quarterly digest"])
    text = "Widgets sold well.\nZorblax quarterly digest\nPrices held."
    assert "Zorblax" in cleanseed.clean(text)  # only the user's phrase removes it
    df = spark.createDataFrame([(1, text)], SCHEMA)
    got = df.select(clean_udf(pipeline=pipe)("text").alias("t")).collect()[0]["t"]
    assert got == pipe(text) == "Widgets sold well.\nPrices held."

    explained = df.select(clean_udf(pipeline=pipe, explain=True)("text").alias("r")).collect()[0]["r"]
    assert explained["text"] == got
    assert [e["rule"] for e in explained["edits"]] == ["house-style"]


def test_prepared_pipeline_needs_no_configuration_files(tmp_path) -> None:
    """What an executor gets: the pickled pipeline works in a fresh process that cannot read TOML."""
    pipe = cleanseed.default_pipeline().add_phrases("house-style", ["Zorblax quarterly digest"])
    text = "Widgets.\nZorblax quarterly digest\nBy admin\nLeave a Reply\nEnd."
    (tmp_path / "pipe.pkl").write_bytes(pickle.dumps(prepared(pipe)))
    script = (
        "import pickle, sys, tomllib\n"
        "def refuse(*a, **k): raise AssertionError('configuration read on the executor')\n"
        "tomllib.load = tomllib.loads = refuse\n"
        f"pipe = pickle.loads(open({str(tmp_path / 'pipe.pkl')!r}, 'rb').read())\n"
        "sys.stdout.write(pipe(sys.stdin.read()))\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], input=text, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == pipe(text)
    assert "Zorblax" not in proc.stdout and "Leave a Reply" not in proc.stdout


def test_bad_columns_are_clear_errors(spark) -> None:
    df = spark.createDataFrame(ROWS, SCHEMA)
    with pytest.raises(ValueError, match="no column 'body'"):
        clean_column(df, "body")
    with pytest.raises(TypeError, match="'id' is int, not a string"):
        clean_column(df, "id")
    with pytest.raises(ValueError, match="different names"):
        clean_column(df, "text", edits_column="text")
