"""Start-up time of the ``cleanseed`` command next to ``python -c "import regex"``.

    .venv/bin/python benchmarks/startup.py [--runs N]

Runs each command N times (after one warm-up run) and prints the median and
best wall time, and the ratio of each median to the ``import regex``
baseline. Target: ``cleanseed --version`` and ``cleanseed --list`` at most
2x the baseline (they import only the light core: no trafilatura, no
compression or progress libraries). ``import cleanseed`` is shown too: it
is the floor of both commands, so it tells the CLI's own cost apart.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path


def _executable() -> str:
    here = Path(sys.executable).parent / "cleanseed"
    found = str(here) if here.exists() else shutil.which("cleanseed")
    if not found:
        sys.exit("cleanseed is not installed next to this interpreter; pip install -e . first")
    return found


def _time(cmd: list[str], runs: int) -> list[float]:
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)  # warm the file cache and .pyc files
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args()
    exe = _executable()
    commands = {
        'python -c "import regex"': [sys.executable, "-c", "import regex"],
        'python -c "import cleanseed"': [sys.executable, "-c", "import cleanseed"],
        "cleanseed --version": [exe, "--version"],
        "cleanseed --list": [exe, "--list"],
    }
    results = {name: _time(cmd, args.runs) for name, cmd in commands.items()}
    base = statistics.median(results['python -c "import regex"'])
    print("| command | median ms | best ms | x import regex |")
    print("| --- | ---: | ---: | ---: |")
    for name, times in results.items():
        med = statistics.median(times)
        print(f"| `{name}` | {med * 1000:.0f} | {min(times) * 1000:.0f} | {med / base:.2f} |")


if __name__ == "__main__":
    main()
