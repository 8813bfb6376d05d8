"""Soak test of the ``cleanseed`` command (issue 6): nothing lost under load, memory flat as input grows.

Two parts, both through the installed executable in real processes:

* **records**: ``--records`` JSONL records (default 200,000), ``--corrupt``
  of the lines damaged (default 1%: cut-off JSON, invalid bytes, arrays,
  missing or non-string ``text``), run at ``-j 1`` and ``-j 2`` with
  ``--on-error=pass``. Checked: lines in = lines out, in order; a corrupt
  line comes back byte for byte; every other field of a good record is
  identical (key order too) and ``text`` is what :func:`cleanseed.clean`
  gives (checked on every ``--verify-every``-th record); the statistics count
  exactly the corrupt lines as errors and the good ones as documents.
* **large**: one JSONL input of each ``--large-mb`` size (default 500) run at
  ``-j 1`` and ``-j 2``; peak RSS of the command and its workers (sampled from
  ``/proc``) is reported, and must not grow with the input (Linux).

Usage::

    .venv/bin/python benchmarks/soak.py                           # 200k records, then 500 MB
    .venv/bin/python benchmarks/soak.py --large-mb 50 --large-mb 500 --records 0

The test suite runs a small version (``tests/test_soak.py``) with the same
generator and checker. Nothing here reads ``../shared``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

PROSE = (
    "The minister spoke about the budget on Monday and answered questions from reporters.",
    "Der Stadtrat hat am Dienstag über den neuen Haushalt beraten.",
    "El Gobierno aprobó ayer la reforma tras meses de negociación.",
    "Рынок отреагировал на новости ростом котировок.",
    "Officials said the bridge would reopen in the spring, pending a final inspection.",
    "Café owners welcomed the decision — “finally,” one said.",
)
CLUTTER = (
    "Leave a Reply\nYour email address will not be published.",
    "Image 1 of 5",
    "Photo: Anna Schmidt / AP",
    "By admin",
    "Share this:\nFacebook\nTwitter",
    "Read more: The budget explained",
    "Tags: Economy Politics Budget",
    "Subscribe to our newsletter",
    "We use cookies to improve your experience. Accept",
    "InternationalIndiaAfricaEconomyWorld",
)
CORRUPT_KINDS = ("cut", "bytes", "array", "missing", "number", "deep")


def text_of(rng: random.Random) -> str:
    parts: list[str] = []
    for _ in range(rng.randint(1, 6)):
        parts.append(rng.choice(CLUTTER) if rng.random() < 0.3 else " ".join(rng.choices(PROSE, k=rng.randint(1, 3))))
    if rng.random() < 0.02:
        parts.append("\ud800 lone surrogate")  # written as an escape; must stay one
    return "\n\n".join(parts)


def record_line(i: int, rng: random.Random) -> bytes:
    record = {
        "id": i,
        "url": f"https://example.org/{i}?q={rng.randint(0, 10**6)}",
        "text": text_of(rng),
        "meta": {"lang": rng.choice(["en", "de", "es", "ru"]), "score": rng.random(), "tags": rng.sample(["a", "b", "c", "d"], 2)},
        "flag": rng.random() < 0.5,
        "none": None,
    }
    if rng.random() < 0.5:  # key order varies from record to record
        record = dict(reversed(list(record.items())))
    return json.dumps(record, ensure_ascii=rng.random() < 0.3).encode("utf-8", "surrogatepass") + b"\n"


def corrupt_line(i: int, rng: random.Random) -> bytes:
    kind = rng.choice(CORRUPT_KINDS)
    good = record_line(i, rng)
    if kind == "cut":
        return good[: rng.randint(1, len(good) - 2)].rstrip(b"\n") + b"\n"
    if kind == "bytes":
        return good[:10] + b"\xff\xfe\x00" + good[10:]
    if kind == "array":
        return b'[{"id": %d}]\n' % i
    if kind == "missing":
        return b'{"id": %d, "body": "no text field"}\n' % i
    if kind == "number":
        return b'{"id": %d, "text": %d}\n' % (i, i)
    return b"[" * 5_000 + b"]" * 5_000 + b"\n"  # deeper than json can recurse


def generate(path: Path, records: int, *, corrupt: float, seed: int = 0) -> set[int]:
    """Write ``records`` lines to ``path``; return the (0-based) numbers of the corrupt ones."""
    rng = random.Random(seed)
    bad: set[int] = set()
    with open(path, "wb") as f:
        for i in range(records):
            if rng.random() < corrupt:
                bad.add(i)
                f.write(corrupt_line(i, rng))
            else:
                f.write(record_line(i, rng))
    return bad


@dataclass
class Run:
    jobs: int
    seconds: float
    peak_rss_mb: float  # the largest high-water mark (VmHWM) of the command or any of its workers
    peak_total_mb: float  # the largest sampled sum of resident memory over the command and its workers
    code: int
    stderr: str


def executable() -> str:
    """The installed console script."""
    here = Path(sys.executable).parent / "cleanseed"
    found = str(here) if here.exists() else shutil.which("cleanseed")
    if not found:
        raise SystemExit("the cleanseed console script is not installed (pip install -e .)")
    return found


def snapshot_source(workdir: Path) -> Path | None:
    """Copy ``src/cleanseed`` of this checkout into ``workdir`` and run that copy, here and in the command.

    A soak takes minutes; in a checkout that others edit meanwhile, the
    command and the check would otherwise run different cleaners.
    """
    source = Path(__file__).resolve().parents[1] / "src" / "cleanseed"
    if not source.is_dir():
        return None
    target = workdir / "snapshot"
    shutil.copytree(source, target / "cleanseed", ignore=shutil.ignore_patterns("__pycache__"))
    sys.path.insert(0, str(target))
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(target), os.environ.get("PYTHONPATH")) if p)
    return target


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants, from ``/proc/PID/task/*/children`` (Linux)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        for task in Path(f"/proc/{p}/task").glob("*/children"):
            try:
                todo += [int(c) for c in task.read_text().split()]
            except OSError:
                pass
    return out


def _memory_kb(pid: int) -> tuple[int, int]:
    """``(VmHWM, VmRSS)`` of a process in kB; zeros once it is gone."""
    hwm = rss = 0
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                hwm = int(line.split()[1])
            elif line.startswith("VmRSS:"):
                rss = int(line.split()[1])
    except (OSError, ValueError):
        pass
    return hwm, rss


def run_cli(command: list[str], args: list[str], *, jobs: int) -> Run:
    """Run the command, sampling the memory of it and its workers from ``/proc`` every 50 ms.

    (``wait4``'s ``ru_maxrss`` would not do: Linux carries the high-water
    mark of the forking parent, this script, over into the child.)
    """
    start = time.perf_counter()
    peak_hwm = peak_total = 0
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([*command, *args, "-j", str(jobs)], stdout=subprocess.DEVNULL, stderr=err)
        while proc.poll() is None:
            sizes = [_memory_kb(p) for p in _tree(proc.pid)]
            peak_hwm = max([peak_hwm] + [h for h, _ in sizes])
            peak_total = max(peak_total, sum(r for _, r in sizes))
            time.sleep(0.05)
        err.seek(0)
        message = err.read().decode("utf-8", "replace")
    return Run(jobs, time.perf_counter() - start, peak_hwm / 1024, peak_total / 1024, proc.returncode, message)


def file_digest(path: Path) -> str:
    import hashlib

    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def check_records(src: Path, out: Path, bad: set[int], stats: dict, *, verify_every: int = 100) -> list[str]:
    """Every promise of the records part; returns the problems found (empty: all kept)."""
    import cleanseed

    problems: list[str] = []
    n_in = n_out = 0
    with open(src, "rb") as fin, open(out, "rb") as fout:
        for i, (line, got) in enumerate(zip(fin, fout)):
            n_in += 1
            n_out += 1
            if len(problems) > 20:
                break
            if i in bad:
                if got != line:
                    problems.append(f"line {i + 1}: a corrupt line was not copied unchanged")
                continue
            before = json.loads(line)
            after = json.loads(got)
            if list(after) != list(before):
                problems.append(f"line {i + 1}: keys {list(after)} != {list(before)}")
            elif after["id"] != i:
                problems.append(f"line {i + 1}: record {after['id']} out of order")
            elif any(after[k] != before[k] for k in before if k != "text"):
                problems.append(f"line {i + 1}: a field other than text changed")
            elif i % verify_every == 0 and after["text"] != cleanseed.clean(before["text"]):
                problems.append(f"line {i + 1}: text is not what cleanseed.clean gives")
        n_in += sum(1 for _ in fin)
        n_out += sum(1 for _ in fout)
    if n_in != n_out:
        problems.append(f"{n_in} lines in, {n_out} out")
    if stats.get("errors") != len(bad):
        problems.append(f"stats count {stats.get('errors')} errors, {len(bad)} lines are corrupt")
    if stats.get("documents") != n_in - len(bad):
        problems.append(f"stats count {stats.get('documents')} documents, {n_in - len(bad)} are good")
    return problems


def soak_records(command: list[str], workdir: Path, records: int, *, corrupt: float, jobs: list[int],
                 verify_every: int) -> list[str]:
    src = workdir / "soak.jsonl"
    bad = generate(src, records, corrupt=corrupt)
    mb = src.stat().st_size / 1e6
    print(f"\n## {records:,} records ({mb:.1f} MB), {len(bad):,} corrupt lines ({len(bad) / max(records, 1):.2%})\n")
    print("| -j | seconds | MB/s | peak RSS, one process (MB) | peak RSS, all processes (MB) | exit | result |\n"
          "| ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    failures: list[str] = []
    outputs: list[str] = []
    for j in jobs:
        out, stats_file = workdir / f"out-j{j}.jsonl", workdir / f"stats-j{j}.json"
        run = run_cli(command, [str(src), "-o", str(out), "--on-error=pass", "-q", f"--stats={stats_file}"], jobs=j)
        problems = [f"exit {run.code}: {run.stderr.strip()[-300:]}"] if run.code != 0 else []
        if not problems:
            problems = check_records(src, out, bad, json.loads(stats_file.read_text()), verify_every=verify_every)
            outputs.append(file_digest(out))
        out.unlink()
        print(f"| {j} | {run.seconds:.1f} | {mb / run.seconds:.2f} | {run.peak_rss_mb:.0f} | {run.peak_total_mb:.0f} | {run.code} | "
              f"{'all kept, in order' if not problems else '; '.join(problems[:3])} |")
        failures += [f"-j {j}: {p}" for p in problems]
    if len(outputs) > 1 and any(o != outputs[0] for o in outputs[1:]):
        failures.append("outputs differ between -j values")
    return failures


def large_input(path: Path, megabytes: float, *, seed: int = 1) -> int:
    """A JSONL file of about ``megabytes`` MB of good records; returns the record count."""
    rng = random.Random(seed)
    target, size, n = int(megabytes * 1e6), 0, 0
    with open(path, "wb") as f:
        while size < target:
            block = b"".join(record_line(n + k, rng) for k in range(1000))
            f.write(block)
            size += len(block)
            n += 1000
    return n


def soak_large(command: list[str], workdir: Path, sizes: list[float], *, jobs: list[int]) -> list[str]:
    print("\n## Peak memory as the input grows\n")
    print("| input (MB) | records | -j | seconds | MB/s | peak RSS, one process (MB) | peak RSS, all processes (MB) | exit |\n"
          "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    failures: list[str] = []
    peaks: dict[int, list[float]] = {}
    for mb in sizes:
        src = workdir / f"large-{mb:g}.jsonl"
        n = large_input(src, mb)
        for j in jobs:
            stats_file = workdir / "large-stats.json"
            run = run_cli(command, [str(src), "-o", os.devnull, "--on-error=pass", "-q", f"--stats={stats_file}"], jobs=j)
            documents = json.loads(stats_file.read_text())["documents"] if run.code == 0 else None
            if run.code != 0 or documents != n:
                failures.append(f"{mb:g} MB -j {j}: exit {run.code}, {documents} of {n} records")
            peaks.setdefault(j, []).append(run.peak_total_mb)
            print(f"| {mb:g} | {n:,} | {j} | {run.seconds:.1f} | {mb / run.seconds:.2f} | {run.peak_rss_mb:.0f} | "
                  f"{run.peak_total_mb:.0f} | {run.code} |")
        src.unlink()
    for j, values in peaks.items():
        if len(values) > 1 and max(values) > 1.5 * min(values) + 50:
            failures.append(f"-j {j}: peak RSS grows with the input: {', '.join(f'{v:.0f}' for v in values)} MB")
    return failures


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--records", type=int, default=200_000, help="records in the records part (0: skip it)")
    p.add_argument("--corrupt", type=float, default=0.01, help="share of corrupt lines (default 0.01)")
    p.add_argument("--verify-every", type=int, default=100, help="compare text with cleanseed.clean on every Nth record")
    p.add_argument("--large-mb", type=float, action="append", help="size of the large input in MB (repeatable; default 500; 0: skip)")
    p.add_argument("-j", "--jobs", type=int, action="append", help="worker counts to run (repeatable; default 1 and 2)")
    p.add_argument("--workdir", help="where the inputs go (default: a temporary directory, removed afterwards)")
    args = p.parse_args(argv)
    jobs = args.jobs or [1, 2]
    sizes = [s for s in (args.large_mb or [500.0]) if s > 0]
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        workdir = Path(tmp)
        snapshot = snapshot_source(workdir)
        import cleanseed

        print(f"cleanseed {cleanseed.__version__} from {Path(cleanseed.__file__).parent}"
              + (" (a snapshot of this checkout)" if snapshot else ""))
        command = [sys.executable, "-m", "cleanseed"] if snapshot else [executable()]
        failures: list[str] = []
        if args.records > 0:
            failures += soak_records(command, workdir, args.records, corrupt=args.corrupt, jobs=jobs, verify_every=args.verify_every)
        if sizes:
            failures += soak_large(command, workdir, sizes, jobs=jobs)
    print()
    for f in failures:
        print(f"FAILED: {f}")
    print("soak: " + ("FAILED" if failures else "passed"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
