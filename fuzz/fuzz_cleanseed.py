"""Coverage-guided fuzzing of cleanseed with atheris (libFuzzer for Python).

Each input's first byte chooses a target, the rest is the data:

0. the library: ``clean_and_explain`` on the bytes decoded as UTF-8 with
   ``surrogateescape`` (any byte sequence becomes a ``str``); the edits must
   lie in the text, name what they remove and replay to the output;
1. the command line, text mode: exit status 0, no exception;
2. the command line, JSONL with ``--on-error=pass``: exit 0, one output
   line per input line;
3. the command line, JSONL with ``--on-error=stop``: exit 0 or 2, and a
   one-line message when 2.

A broken promise raises, and libFuzzer saves the input as ``crash-*``.

Run (see the README, "Guarantees and security")::

    pip install atheris
    python fuzz/fuzz_cleanseed.py -max_total_time=60 fuzz/corpus

Replay one saved input: ``python fuzz/fuzz_cleanseed.py crash-<hash>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import cleanseed
    # ``import cleanseed`` loads its core on first use; import it here so that it is instrumented too.
    import cleanseed._default
    import cleanseed._io_records
    import cleanseed._io_run
    import cleanseed.cleaners
    import cleanseed.cli  # the command, run through the tests' in-process runner below

# the tests' in-process runner of the command (stdin, stdout and stderr as byte streams)
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from cli_harness import run_in_process  # noqa: E402


def _check_library(data: bytes) -> None:
    text = data.decode("utf-8", "surrogateescape")
    ex = cleanseed.clean_and_explain(text)
    last = 0
    for e in ex.edits:
        if not (last <= e.start <= e.end <= len(text)) or text[e.start : e.end] != e.removed:
            raise AssertionError(f"edit out of place: {e!r}")
        last = e.end
    if cleanseed.replay(text, ex.edits) != ex.text:
        raise AssertionError("the edits do not replay to the output")


def _run_cli(argv: list[str], data: bytes) -> tuple[int, bytes, str]:
    r = run_in_process(argv, data)
    return r.code, r.out, r.err


def _lines(data: bytes) -> int:
    return data.count(b"\n") + (1 if data and not data.endswith(b"\n") else 0)


def TestOneInput(raw: bytes) -> None:  # noqa: N802 - the name atheris expects
    if not raw:
        return
    target, data = raw[0] % 4, raw[1:]
    if target == 0:
        _check_library(data)
        return
    if target == 1:
        code, _, err = _run_cli(["--text", "-q"], data)
        if code != 0:
            raise AssertionError(f"text mode exit {code}: {err}")
        return
    policy = "pass" if target == 2 else "stop"
    code, out, err = _run_cli(["--jsonl", f"--on-error={policy}", "-q"], data)
    if code not in ((0,) if policy == "pass" else (0, 2)):
        raise AssertionError(f"jsonl --on-error={policy} exit {code}: {err}")
    if code == 2 and len(err.strip().splitlines()) != 1:
        raise AssertionError(f"not a one-line message: {err!r}")
    if policy == "pass" and _lines(out) != _lines(data):
        raise AssertionError(f"{_lines(data)} lines in, {_lines(out)} out")


def run(argv: list[str]) -> None:
    atheris.Setup(argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    run(sys.argv)
