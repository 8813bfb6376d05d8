"""The batch API: many texts in one call, tables of columns, missing values."""

from __future__ import annotations

import pytest

import cleanseed
from cleanseed.batch import clean_batch, clean_columns, edits_as_dicts

TEXTS = [
    "The minister spoke at length.\nBy admin\nHe left at noon.\n\nLeave a Reply\n",
    "Plain text with nothing to remove.",
    "",
    "Prices rose.Photo: Reuters\nThe bank said so.\n\n\n\nYour email address will not be published.\n",
]


def test_batch_matches_clean_one_by_one() -> None:
    assert clean_batch(TEXTS) == [cleanseed.clean(t) for t in TEXTS]
    assert clean_batch(iter(TEXTS)) == clean_batch(TEXTS)  # any iterable
    assert clean_batch([]) == []


def test_explain_returns_replayable_results() -> None:
    results = clean_batch(TEXTS, explain=True)
    assert [r.text for r in results] == clean_batch(TEXTS)
    for text, r in zip(TEXTS, results):
        assert cleanseed.replay(text, r.edits) == r.text
    assert {e.rule for e in results[0].edits} >= {"bylines", "comment-forms"}


def test_none_passes_through_and_other_types_are_refused() -> None:
    assert clean_batch([None, TEXTS[0], None]) == [None, cleanseed.clean(TEXTS[0]), None]
    assert clean_batch([None], explain=True) == [None]
    with pytest.raises(TypeError, match="item 1 .* bytes"):
        clean_batch(["ok", b"bytes"])
    with pytest.raises(TypeError, match="single text"):
        clean_batch("one text")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Pipeline"):
        clean_batch(TEXTS, pipeline=cleanseed.clean)  # type: ignore[arg-type]


def test_custom_pipeline() -> None:
    only_bylines = cleanseed.default_pipeline().only("bylines")
    out = clean_batch(TEXTS, pipeline=only_bylines)
    assert out[0] == "The minister spoke at length.\nHe left at noon.\n\nLeave a Reply\n"


def test_columns_of_a_dict_batch_like_hf_datasets() -> None:
    batch = {"id": [1, 2, 3, 4], "text": list(TEXTS), "lang": ["en"] * 4}
    out = clean_columns(batch, edits_column="edits", flagged_column="flagged")
    assert out["id"] == [1, 2, 3, 4] and out["lang"] == ["en"] * 4
    assert out["text"] == clean_batch(TEXTS)
    assert batch["text"] == TEXTS  # the input batch is not modified
    for text, cleaned, edits in zip(TEXTS, out["text"], out["edits"]):
        assert cleanseed.replay(text, [cleanseed.Edit(**e) for e in edits]) == cleaned
    assert out["flagged"] == [None] * 4
    assert set(clean_columns(batch)) == {"id", "text", "lang"}


def test_columns_of_a_pandas_frame_like_ray_and_dask() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"id": [10, 11, 12, 13], "text": TEXTS}, index=[5, 6, 7, 8])
    frame.loc[7, "text"] = None  # pandas stores a missing value (NaN, NA or None, by version)
    out = pd.DataFrame(clean_columns(frame, edits_column="edits"))
    assert list(out.index) == [5, 6, 7, 8] and list(out["id"]) == [10, 11, 12, 13]
    assert list(out["text"][[5, 6, 8]]) == [cleanseed.clean(TEXTS[0]), TEXTS[1], cleanseed.clean(TEXTS[3])]
    assert pd.isna(out.loc[7, "text"])  # the missing value stays missing
    assert out.loc[7, "edits"] is None and out.loc[6, "edits"] == []


def test_nan_and_pandas_na_are_missing_values() -> None:
    pd = pytest.importorskip("pandas")
    nan = float("nan")
    out = clean_batch([nan, pd.NA, TEXTS[0]])
    assert out[0] is nan and out[1] is pd.NA and out[2] == cleanseed.clean(TEXTS[0])
    assert clean_batch([nan, pd.NA], explain=True) == [None, None]


def test_missing_column_is_a_clear_error() -> None:
    with pytest.raises(KeyError, match="no column 'body'.*columns: text"):
        clean_columns({"text": ["x"]}, column="body")


def test_edits_as_dicts() -> None:
    r = cleanseed.clean_and_explain("Hi.\nBy admin\nThe end.")
    assert edits_as_dicts(r) == [{"rule": "bylines", "start": 4, "end": 13, "removed": "By admin\n", "replacement": ""}]
    assert edits_as_dicts(None) is None
