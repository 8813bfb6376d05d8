"""Determinism (issue 6): the same input gives the same output and the same edits, across runs,
``-j`` values, batch sizes and ``PYTHONHASHSEED`` values.

Hash randomisation changes the iteration order of sets and of dicts built
from them; a cleaner that iterated a set of phrases, or a pipeline that
merged edits through one, could give different results in different
processes. Each seed runs in its own process.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings

import cleanseed
from tests.cli_harness import run_in_process, run_subprocess
from tests.strategies import NASTY, any_text

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted(p for p in (ROOT / "seeds").glob("*.txt") if not p.name.endswith(".golden.txt"))
HASH_SEEDS = ("0", "1", "4242", "random")


def documents() -> list[str]:
    """Seed pages, clutter-heavy mixtures and hostile characters: a fixed, varied corpus."""
    rng = random.Random(2024)
    docs = [p.read_text(encoding="utf-8") for p in SEEDS]
    clutter = ["Leave a Reply", "Image 1 of 5", "Photo: Anna Schmidt / AP", "By admin", "Share this:", "Facebook",
               "Read more: The budget", "Tags: Economy Politics", "InternationalIndiaAfricaEconomy",
               "We use cookies. Accept", "8 April 2023, 10:55 GMT", "Subscribe to our newsletter"]
    prose = ["The minister spoke about the budget.", "Der Rat hat beraten.", "Рынок вырос.", "Café — “finally.”"]
    for _ in range(60):
        parts = rng.choices(clutter + prose + list(NASTY), k=rng.randint(1, 12))
        docs.append(rng.choice(["\n", "\n\n", " ", ""]).join(parts))
    return docs


def explained(docs: list[str]) -> list[dict]:
    out = []
    for d in docs:
        ex = cleanseed.clean_and_explain(d)
        out.append({"text": ex.text, "edits": [e.to_dict() for e in ex.edits], "flagged": ex.flagged})
    return out


@given(any_text())
@settings(max_examples=40)
def test_the_same_text_gives_the_same_result_twice(text: str) -> None:
    first = cleanseed.clean_and_explain(text)
    again = cleanseed.clean_and_explain(text)
    assert (first.text, first.edits, first.flagged) == (again.text, again.edits, again.flagged)


def test_a_fresh_pipeline_agrees_with_the_cached_one() -> None:
    """Nothing carried over from earlier documents: a pipeline built anew gives the same results."""
    from cleanseed._default import default_pipeline

    docs = documents()
    cached = explained(docs)
    fresh = default_pipeline.__wrapped__()  # functools.cache keeps the uncached function here
    assert [fresh.explain(d).text for d in docs] == [r["text"] for r in cached]
    assert explained(list(reversed(docs))) == list(reversed(cached))  # order of documents does not matter


_LIBRARY_SCRIPT = """
import json, sys
import cleanseed
docs = json.loads(sys.stdin.read())
out = []
for d in docs:
    ex = cleanseed.clean_and_explain(d)
    out.append({"text": ex.text, "edits": [e.to_dict() for e in ex.edits], "flagged": ex.flagged})
sys.stdout.write(json.dumps(out, ensure_ascii=True))
"""


def test_library_results_do_not_depend_on_the_hash_seed() -> None:
    docs = documents()
    expected = json.loads(json.dumps(explained(docs), ensure_ascii=True))
    payload = json.dumps(docs, ensure_ascii=True).encode()
    for seed in HASH_SEEDS:
        proc = subprocess.run([sys.executable, "-c", _LIBRARY_SCRIPT], input=payload, capture_output=True, timeout=180,
                              env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"})
        assert proc.returncode == 0, proc.stderr.decode()
        assert json.loads(proc.stdout) == expected, f"PYTHONHASHSEED={seed}"


@pytest.fixture(scope="module")
def jsonl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    rng = random.Random(11)
    path = tmp_path_factory.mktemp("det") / "docs.jsonl"
    lines = []
    for i, d in enumerate(documents() * 4):
        lines.append(json.dumps({"id": i, "text": d, "meta": {"n": i}}, ensure_ascii=rng.random() < 0.5))
        if i % 37 == 0:
            lines.append("{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    return path


def test_cli_output_is_the_same_across_runs_jobs_and_batch_sizes(jsonl: Path) -> None:
    args = [str(jsonl), "--on-error=pass", "-q", "--explain-field", "edits", "--stats=-"]
    first = run_in_process(args)
    assert first.code == 0, first.err
    assert run_in_process(args) == first  # the same run again, in the same process
    for extra in (["-j", "2"], ["-j", "2", "--batch-size", "1"], ["-j", "0", "--batch-size", "7"]):
        r = run_in_process(args + extra)
        assert (r.code, r.out, r.err) == (first.code, first.out, first.err), extra
    records = [json.loads(line) for line in first.out.splitlines() if line.startswith(b'{"id"')]
    assert sum(1 for r in records if r["edits"]) > 50  # the corpus does get cleaned


def test_cli_output_does_not_depend_on_the_hash_seed(jsonl: Path) -> None:
    args = [str(jsonl), "--on-error=pass", "-q", "--explain-field", "edits"]
    expected = run_in_process(args).out
    for seed, jobs in zip(HASH_SEEDS, ("1", "2", "1", "2")):
        r = run_subprocess([*args, "-j", jobs], env={"PYTHONHASHSEED": seed}, timeout=180)
        assert r.code == 0, r.err
        assert r.out == expected, f"PYTHONHASHSEED={seed} -j {jobs}"
