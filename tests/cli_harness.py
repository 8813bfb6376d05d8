"""Run the ``cleanseed`` command in this process, or as a real subprocess, for the reliability tests.

:func:`run_in_process` calls :func:`cleanseed.cli.main` with stdin, stdout
and stderr replaced by in-memory byte streams. It needs no pytest fixture,
so Hypothesis can call it many times inside one test function (fast: no
interpreter start-up, no import, patterns compiled once).
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Sequence

from cleanseed.cli import main


@dataclass(frozen=True)
class Result:
    code: int
    out: bytes
    err: str


def run_in_process(argv: Sequence[str], stdin: bytes = b"") -> Result:
    """``cleanseed ARGV < stdin`` through :func:`cleanseed.cli.main`; an exception escapes (a test failure)."""
    saved = sys.stdin, sys.stdout, sys.stderr
    out, err = io.BytesIO(), io.BytesIO()
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    sys.stdout = io.TextIOWrapper(out, encoding="utf-8", write_through=True)
    sys.stderr = io.TextIOWrapper(err, encoding="utf-8", errors="backslashreplace", write_through=True)
    try:
        code = main(list(argv))
        sys.stdout.flush()
        sys.stderr.flush()
        return Result(code, out.getvalue(), err.getvalue().decode("utf-8", "replace"))
    finally:
        for wrapper in (sys.stdin, sys.stdout, sys.stderr):
            wrapper.detach()  # a collected TextIOWrapper would close its buffer
        sys.stdin, sys.stdout, sys.stderr = saved


def executable() -> str:
    """The installed console script next to this interpreter (or on PATH)."""
    here = Path(sys.executable).parent / "cleanseed"
    found = str(here) if here.exists() else shutil.which("cleanseed")
    assert found, "the cleanseed console script is not installed"
    return found


def run_subprocess(argv: Sequence[str], stdin: bytes = b"", *, env: Mapping[str, str] | None = None,
                   timeout: float = 300) -> Result:
    """``cleanseed ARGV < stdin`` as a real process (the installed console script)."""
    full_env = {**os.environ, **(env or {})}
    proc = subprocess.run([executable(), *argv], input=stdin, capture_output=True, timeout=timeout, env=full_env)
    return Result(proc.returncode, proc.stdout, proc.stderr.decode("utf-8", "replace"))


def assert_clean_exit(r: Result, *, allowed: tuple[int, ...] = (0, 2)) -> None:
    """Exit 0 or 2; never a traceback; a failure (2) says why in one line."""
    assert r.code in allowed, (r.code, r.err)
    assert "Traceback" not in r.err, r.err
    if r.code != 0:
        lines = r.err.strip().splitlines()
        assert len(lines) == 1 and lines[0].strip(), r.err
