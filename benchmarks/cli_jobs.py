"""End-to-end JSONL throughput of the ``cleanseed`` command at ``-j 1`` and ``-j 2``.

    .venv/bin/python benchmarks/cli_jobs.py [--mb 20] [--repeat 2] [--jobs 1 2]

Builds a JSONL file of about ``--mb`` MB from the benchmark texts
(``../shared/bench/dev.jsonl.gz`` when present, else generated prose with
clutter), each record with extra fields, then times the installed command
writing to a file. Prints MB/s per job count, the speed-up over ``-j 1``,
the CPU seconds the run used, and checks that every run wrote the same
bytes. Target: ``-j 2`` at least 1.7x ``-j 1`` on a quiet two-core
machine; the load average is printed because other work on the machine
lowers the ratio.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "dev.jsonl.gz"


def _texts() -> list[str]:
    if BENCH.exists():
        with gzip.open(BENCH, "rt", encoding="utf-8") as f:
            return [json.loads(line)["text"] for line in f]
    para = "The minister spoke about the budget on Monday and answered questions. " * 6
    clutter = "\n\nLeave a Reply\nYour email address will not be published.\nShare on Facebook\n"
    return [f"Headline {i}\n\n{para}\n\n{para}{clutter}" for i in range(500)]


def build(path: Path, mb: float) -> int:
    texts = _texts()
    size, n = 0, 0
    with open(path, "w", encoding="utf-8") as f:
        while size < mb * 1e6:
            t = texts[n % len(texts)]
            line = json.dumps({"id": n, "source": "bench", "text": t, "meta": {"len": len(t)}}, ensure_ascii=False) + "\n"
            f.write(line)
            size += len(line.encode())
            n += 1
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=20)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()
    exe = str(Path(sys.executable).parent / "cleanseed")
    if not os.path.exists(exe):
        exe = shutil.which("cleanseed") or sys.exit("cleanseed is not installed")
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        records = build(src, args.mb)
        mb = src.stat().st_size / 1e6
        print(f"input: {records} records, {mb:.1f} MB; {os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f}")
        print("| -j | best s | MB/s | speed-up | CPU s |")
        print("| ---: | ---: | ---: | ---: | ---: |")
        first, digest = None, None
        for jobs in args.jobs:
            best, cpu = float("inf"), 0.0
            for _ in range(args.repeat):
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                t0 = time.perf_counter()
                subprocess.run([exe, str(src), "-o", str(out), "-j", str(jobs), "-q"], check=True)
                wall = time.perf_counter() - t0
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                if wall < best:
                    best = wall
                    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
                h = hashlib.sha256(out.read_bytes()).hexdigest()
                if digest is not None and h != digest:
                    sys.exit(f"-j {jobs} wrote different output (did the cleaners change during the run?)")
                digest = h
            first = first or best
            print(f"| {jobs} | {best:.2f} | {mb / best:.2f} | {first / best:.2f}x | {cpu:.1f} |")
        print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
