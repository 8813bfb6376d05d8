"""The datatrove formatter step, run by a real LocalPipelineExecutor."""

from __future__ import annotations

import gzip
import json
import pickle
from pathlib import Path

import pytest

pytest.importorskip("datatrove", reason="datatrove is not installed (pip install 'cleanseed[datatrove]')")

from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

import cleanseed  # noqa: E402
from cleanseed.adapters.datatrove import CleanseedFormatter  # noqa: E402

CORPUS = [
    {"id": "a", "url": "https://example.org/a", "text": "The minister spoke at length.\nBy admin\nHe left at noon.\n\nLeave a Reply\n"},
    {"id": "b", "url": "https://example.org/b", "text": "Plain text with nothing to remove."},
    {"id": "c", "url": None, "text": "Prices rose.Photo: Reuters\nThe bank said so.\n\n\n\nYour email address will not be published.\n"},
    {"id": "d", "url": "https://example.org/d", "text": "Ein Satz.\nVon Anna Schmidt\nNoch ein Satz."},
]


def _write_corpus(folder: Path) -> None:
    folder.mkdir()
    for part in (0, 1):  # two input files, so two tasks have work
        with gzip.open(folder / f"part{part}.jsonl.gz", "wt", encoding="utf-8") as f:
            for rec in CORPUS[part * 2 : part * 2 + 2]:
                f.write(json.dumps(rec) + "\n")


def _read_output(folder: Path) -> dict[str, dict]:
    out = {}
    for path in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                out[rec["id"]] = rec
    return out


@pytest.mark.parametrize("workers", [1, 2])
def test_local_executor_cleans_every_document(tmp_path: Path, workers: int) -> None:
    _write_corpus(tmp_path / "in")
    executor = LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(tmp_path / "in")),
            CleanseedFormatter(store_edits=True),
            JsonlWriter(str(tmp_path / "out")),
        ],
        tasks=2,
        workers=workers,
        logging_dir=str(tmp_path / "logs"),
    )
    executor.run()

    out = _read_output(tmp_path / "out")
    assert sorted(out) == [r["id"] for r in CORPUS]  # a record in is a record out
    for rec in CORPUS:
        got = out[rec["id"]]
        assert got["text"] == cleanseed.clean(rec["text"])
        assert got["metadata"]["url"] == rec["url"]  # other fields untouched
        meta = got["metadata"]["cleanseed"]
        assert meta["flagged"] is None
        edits = [cleanseed.Edit(**e) for e in meta["edits"]]
        assert cleanseed.replay(rec["text"], edits) == got["text"]
    assert out["b"]["metadata"]["cleanseed"]["edits"] == []
    assert "By admin" not in out["a"]["text"] and "He left at noon." in out["a"]["text"]
    assert {e["rule"] for e in out["a"]["metadata"]["cleanseed"]["edits"]} >= {"bylines", "comment-forms"}

    # per-rule statistics, through datatrove's own stats files
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text())
    step = next(s for s in stats if "cleanseed" in s["name"])["stats"]
    assert _total(step["total"]) == len(CORPUS)
    assert _total(step["changed"]) == 3
    assert _total(step["edits/bylines"]) == 2  # "By admin" and "Von Anna Schmidt"
    assert _total(step["chars/bylines"]) == len("By admin\n") + len("Von Anna Schmidt\n")
    assert _total(step["edits/comment-forms"]) >= 2
    removed = sum(len(r["text"]) - len(out[r["id"]]["text"]) for r in CORPUS)
    assert _total(step["chars_removed"]) == removed


def _total(stat: int | float | dict) -> float:
    """A metric's total as datatrove saves it (a bare number when every update added 1)."""
    return stat if isinstance(stat, (int, float)) else stat["total"]


def test_edits_are_not_stored_unless_asked(tmp_path: Path) -> None:
    step = CleanseedFormatter()
    from datatrove.data import Document

    docs = list(step.run(iter([Document(text=CORPUS[0]["text"], id="a")])))
    assert docs[0].text == cleanseed.clean(CORPUS[0]["text"])
    assert "cleanseed" not in docs[0].metadata
    assert step.format(CORPUS[0]["text"]) == docs[0].text


def test_custom_pipeline_and_flagged_documents() -> None:
    from datatrove.data import Document

    capped = cleanseed.Pipeline("capped", "bylines only, capped", (cleanseed.default_pipeline().only("bylines"),),
                                max_removed=0.5)
    step = CleanseedFormatter(capped, store_edits=True, metadata_key="cs")
    step = pickle.loads(pickle.dumps(step))  # the step travels to workers by pickling
    docs = list(step.run(iter([Document(text="By admin\nok", id="x"), Document(text="A long sentence here.\nBy admin\n", id="y")])))
    assert docs[0].text == "By admin\nok"  # would lose over half: kept whole and flagged
    assert docs[0].metadata["cs"]["flagged"] and docs[0].metadata["cs"]["edits"] == []
    assert docs[1].text == "A long sentence here.\n"
    assert step.stats["flagged"].total == 1


def test_rejects_what_is_not_a_pipeline() -> None:
    with pytest.raises(TypeError, match="Pipeline"):
        CleanseedFormatter(cleanseed.clean)  # type: ignore[arg-type]
