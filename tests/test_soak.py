"""A small soak (issue 6): 5,000 JSONL records, 1% corrupt, through the real command at -j 1 and -j 2.

The same generator and checker as ``benchmarks/soak.py`` (which runs
200,000 records and a 500 MB input): with ``--on-error=pass`` every line
comes out, in order; corrupt lines byte for byte; every field but ``text``
identical; the statistics count exactly the corrupt lines as errors.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from tests.cli_harness import run_subprocess

ROOT = Path(__file__).resolve().parents[1]


def load_soak():
    spec = importlib.util.spec_from_file_location("cleanseed_soak", ROOT / "benchmarks" / "soak.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


soak = load_soak()
RECORDS = 5_000


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, set[int]]:
    path = tmp_path_factory.mktemp("soak") / "soak.jsonl"
    bad = soak.generate(path, RECORDS, corrupt=0.01, seed=6)
    return path, bad


def test_the_corpus_has_every_kind_of_damage(corpus: tuple[Path, set[int]]) -> None:
    path, bad = corpus
    lines = path.read_bytes().split(b"\n")[:-1]
    assert len(lines) == RECORDS and 25 <= len(bad) <= 80
    for i in bad:  # each line the checker calls corrupt really is rejected by a JSON parser or lacks a string text
        try:
            record = json.loads(lines[i])
        except (ValueError, RecursionError):
            continue
        assert not (isinstance(record, dict) and isinstance(record.get("text"), str))


def test_soak_nothing_lost_at_one_and_two_workers(corpus: tuple[Path, set[int]], tmp_path: Path) -> None:
    path, bad = corpus
    outputs = []
    for jobs in (1, 2):
        out, stats = tmp_path / f"out-{jobs}.jsonl", tmp_path / f"stats-{jobs}.json"
        r = run_subprocess([str(path), "-o", str(out), "--on-error=pass", "-q", f"--stats={stats}", "-j", str(jobs),
                            "--batch-size", "16"], timeout=300)
        assert r.code == 0, r.err
        assert soak.check_records(path, out, bad, json.loads(stats.read_text()), verify_every=25) == []
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_checker_catches_a_lost_a_reordered_and_a_changed_record(corpus: tuple[Path, set[int]], tmp_path: Path) -> None:
    """The checker is not vacuous: damage to a faithful copy of the input is reported."""
    path, bad = corpus
    lines = path.read_bytes().split(b"\n")[:-1]
    good = [i for i in range(len(lines)) if i not in bad]
    stats = {"errors": len(bad), "documents": RECORDS - len(bad)}
    copy = tmp_path / "copy.jsonl"

    def problems(damaged: list[bytes]) -> list[str]:
        copy.write_bytes(b"".join(line + b"\n" for line in damaged))
        return soak.check_records(path, copy, bad, stats, verify_every=10**9)

    assert problems(lines) == []  # the input itself keeps every promise but cleaning
    lost = lines[:10] + lines[11:]
    assert problems(lost)
    swapped = list(lines)
    swapped[good[3]], swapped[good[4]] = swapped[good[4]], swapped[good[3]]
    assert problems(swapped)
    changed = list(lines)
    record = json.loads(changed[good[5]])
    record["url"] += "#changed"
    changed[good[5]] = json.dumps(record).encode()
    assert any("other than text" in p for p in problems(changed))
    assert any("errors" in p for p in soak.check_records(path, path, bad, {**stats, "errors": 0}, verify_every=10**9))


def test_a_killed_worker_is_a_one_line_failure_never_a_silent_loss(tmp_path: Path) -> None:
    """A worker killed mid-run (the out-of-memory killer, a crash in a C extension) stops the run with
    exit 1 and one line; what was written is a whole-line prefix of the full output."""
    import os
    import signal
    import subprocess
    import time

    from tests.cli_harness import executable

    src = tmp_path / "in.jsonl"
    src.write_bytes(b"".join(json.dumps({"id": i, "text": "Body text. Leave a Reply " * 40}).encode() + b"\n"
                             for i in range(20_000)))
    out, err = tmp_path / "out.jsonl", tmp_path / "err.txt"
    with open(out, "wb") as fout, open(err, "wb") as ferr:
        proc = subprocess.Popen([executable(), str(src), "-j", "2", "--batch-size", "4"], stdout=fout, stderr=ferr)
        try:
            workers: list[str] = []
            deadline = time.monotonic() + 60
            while not workers and time.monotonic() < deadline and proc.poll() is None:
                time.sleep(0.1)
                children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
                workers = children.read_text().split() if children.exists() else []
            if not workers:
                pytest.skip("no worker process found to kill (the run ended first, or no /proc)")
            time.sleep(0.5)
            os.kill(int(workers[0]), signal.SIGKILL)
            code = proc.wait(timeout=120)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    message = err.read_text()
    assert code == 1, message
    assert message.strip().splitlines() == [
        "cleanseed: a worker process died (killed, out of memory or crashed); the output ends after the last complete batch"]
    written = out.read_bytes()
    assert written.endswith(b"\n") or written == b""
    ids = [json.loads(line)["id"] for line in written.splitlines()]
    assert ids == list(range(len(ids))) and len(ids) < 20_000
