"""Fuzzing (issue 6): the library on any ``str``, the command line on arbitrary bytes.

The command line runs in this process through :func:`cleanseed.cli.main`
(see ``tests/cli_harness.py``), so Hypothesis can try many inputs a second;
a few cases run the installed executable for real. The promise checked:
exit status 0 or 2 (1 for a damaged compressed file), never a traceback,
a one-line message when it fails, and with ``--on-error=pass`` one output
line per input line.

The atheris harness in ``fuzz/`` runs here for a few seconds when atheris
is installed (``pip install atheris``, part of the ``test`` extra).
"""

from __future__ import annotations

import importlib.util
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import cleanseed
from cleanseed._io import decode, encode
from tests.cli_harness import assert_clean_exit, run_in_process, run_subprocess
from tests.strategies import any_text

ROOT = Path(__file__).resolve().parents[1]
LEAF_NAMES = sorted(c.name for c in cleanseed.default_pipeline().leaves())


def check_explained(text: str, ex: cleanseed.Explained) -> None:
    """An explanation that holds together: in-bounds, ordered edits naming the text they remove, replaying to the output."""
    assert isinstance(ex.text, str)
    last = 0
    for e in ex.edits:
        assert last <= e.start <= e.end <= len(text), (e, len(text))
        assert text[e.start : e.end] == e.removed
        last = e.end
    assert cleanseed.replay(text, ex.edits) == ex.text


# -- the library on any str ------------------------------------------------------------------------


@given(st.one_of(any_text(), st.binary(max_size=400).map(decode)))
@example("\udcff\udc80 Leave a Reply \x00")
@example("\n" * 50 + "By " * 40)
def test_library_on_any_text(text: str) -> None:
    ex = cleanseed.clean_and_explain(text)
    check_explained(text, ex)
    assert cleanseed.clean(text) == ex.text


@given(st.sampled_from(LEAF_NAMES), st.one_of(any_text(), st.binary(max_size=300).map(decode)))
def test_each_cleaner_alone_on_any_text(name: str, text: str) -> None:
    """Every leaf on its own (as --only NAME runs it): no exception, a consistent explanation."""
    pipeline = cleanseed.default_pipeline().only(name)
    check_explained(text, pipeline.explain(text))


# -- the command line on arbitrary bytes: text mode ------------------------------------------------

TEXT_OPTIONS = ([], ["--explain"], ["--explain=json"], ["--stats"], ["--only", "media,meta"],
                ["--skip", "whitespace"], ["--explain", "--color=always"], ["-q"])


def expected_text_output(data: bytes) -> bytes:
    """What the CLI must write for one text document: the library's result, byte-safe."""
    text = decode(data)
    out = cleanseed.clean(text)
    if out and not out.endswith("\n") and data.endswith(b"\n"):
        out += "\n"
    return encode(out)


@given(st.binary(max_size=600), st.sampled_from(TEXT_OPTIONS))
@example(b"\xff\xfe\x00Leave a Reply\r\n", [])
@example(b"", ["--explain=json"])
def test_cli_text_mode_on_random_bytes(data: bytes, options: list[str]) -> None:
    r = run_in_process(options, data)
    assert_clean_exit(r, allowed=(0,))
    if not options or options == ["-q"]:
        assert r.out == expected_text_output(data)
    if options == ["--explain=json"]:
        assert json.loads(r.out)["text"] == cleanseed.clean(decode(data))


# -- the command line on arbitrary bytes: JSONL mode ----------------------------------------------

JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
                           lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=5), kids, max_size=3),
                           max_leaves=6)


@st.composite
def good_records(draw: st.DrawFn) -> bytes:
    record = draw(st.dictionaries(st.text(max_size=6).filter(lambda k: k != "text"), JSON_VALUES, max_size=3))
    record["text"] = draw(any_text())
    return json.dumps(record, ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass").replace(b"\n", b"\\n")


BAD_LINES = st.one_of(
    st.binary(max_size=80).map(lambda b: b.replace(b"\n", b"")).filter(lambda b: b.strip()),
    st.sampled_from([b"{", b"[1,2]", b'"text"', b"null", b'{"text": 5}', b'{"id": 1}', b'{"text": "a"} x',
                     b"[" * 5000 + b"]" * 5000, b'{"text": "\xff\xfe"', b"\x00", b"{\"text\": \"\\ud800\"}"]),
)


@st.composite
def jsonl_documents(draw: st.DrawFn) -> tuple[bytes, list[bool | None]]:
    """Lines of good records, blank lines and corrupt lines; ``kinds``: True good, False corrupt, None blank."""
    lines: list[bytes] = []
    kinds: list[bool | None] = []
    for _ in range(draw(st.integers(0, 8))):
        kind = draw(st.sampled_from([True, True, False, None]))
        lines.append(draw(good_records()) if kind else draw(BAD_LINES) if kind is False else b"")
        kinds.append(kind)
    data = b"\n".join(lines)
    if lines and draw(st.booleans()):
        data += b"\n"
    return data, kinds


def split_lines(data: bytes) -> list[bytes]:
    """``data`` cut after each ``\\n`` only (``bytes.splitlines`` would also cut at ``\\r``)."""
    parts = [part + b"\n" for part in data.split(b"\n")]
    parts[-1] = parts[-1][:-1]
    return parts if parts[-1] else parts[:-1]


def line_count(data: bytes) -> int:
    """Lines as the CLI reads them: each ``\\n`` ends one; a last line without it counts too."""
    return data.count(b"\n") + (1 if data and not data.endswith(b"\n") else 0)


def is_corrupt(line: bytes) -> bool:
    """Whether the CLI must reject this line (under --field text)."""
    if not line.strip():
        return False
    try:
        record = json.loads(line.decode("utf-8", "surrogateescape"))
    except (ValueError, RecursionError):
        return True
    return not (isinstance(record, dict) and isinstance(record.get("text"), str))


@given(jsonl_documents())
@example((b'{"text": "ok"}\n{\n{"text": "Leave a Reply"}', [True, False, True]))
@example((b"\r\x00", [False]))
def test_cli_jsonl_pass_keeps_every_line_in_order(doc: tuple[bytes, list[bool | None]]) -> None:
    data, _ = doc
    r = run_in_process(["--jsonl", "--on-error=pass", "--stats"], data)
    assert_clean_exit(r, allowed=(0,))
    src = split_lines(data)
    out = split_lines(r.out)
    assert len(out) == len(src) == line_count(data)
    corrupt = 0
    for line, got in zip(src, out):
        if is_corrupt(line):
            corrupt += 1
            assert got.rstrip(b"\n") == line.rstrip(b"\n")  # copied unchanged
        elif line.strip():
            before = json.loads(line.decode("utf-8", "surrogateescape"))
            after = json.loads(got.decode("utf-8", "surrogateescape"))
            assert after["text"] == cleanseed.clean(before["text"])
            assert {k: v for k, v in after.items() if k != "text"} == {k: v for k, v in before.items() if k != "text"}
            assert list(after) == list(before)  # key order kept
    assert f"errors passed {corrupt}," in r.err


@given(jsonl_documents())
def test_cli_jsonl_stop_writes_everything_before_the_first_bad_line(doc: tuple[bytes, list[bool | None]]) -> None:
    data, _ = doc
    r = run_in_process(["--jsonl"], data)
    assert_clean_exit(r)
    src = split_lines(data)
    first_bad = next((i for i, line in enumerate(src) if is_corrupt(line)), None)
    if first_bad is None:
        assert r.code == 0 and r.out.count(b"\n") == line_count(data)
    else:
        assert r.code == 2
        assert r.out.count(b"\n") == first_bad
        assert r.err.startswith(f"<stdin>:{first_bad + 1}: ")


@given(st.binary(max_size=800), st.sampled_from(["stop", "pass"]),
       st.sampled_from([[], ["--explain=json"], ["--field", "a.b"], ["--output-field", "clean", "--explain-field", "e"]]))
@example(b"\n\n\xff\n{}", "pass", [])
def test_cli_jsonl_mode_on_random_bytes(data: bytes, policy: str, options: list[str]) -> None:
    r = run_in_process(["--jsonl", f"--on-error={policy}", "-q", *options], data)
    assert_clean_exit(r, allowed=(0,) if policy == "pass" else (0, 2))
    if policy == "pass":
        assert r.out.count(b"\n") == line_count(data)


@given(st.binary(max_size=300), st.sampled_from([".gz", ".zst", ".jsonl.gz", ".warc", ".warc.gz"]))
@settings(max_examples=25)
def test_cli_random_bytes_in_named_files(tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str) -> None:
    """A damaged or bogus compressed/WARC file: exit 0, 1 (cannot read) or 2, one line, no traceback."""
    path = tmp_path_factory.mktemp("fuzz") / f"input{suffix}"
    path.write_bytes(data)
    r = run_in_process([str(path), "--on-error=pass", "-q"])
    assert_clean_exit(r, allowed=(0, 1, 2))


@given(st.lists(st.sampled_from(["--jsonl", "--text", "--explain", "--explain=json", "--stats", "-j", "0", "1", "-q",
                                 "--field", "", ".", "a..b", "--only", "--skip", "nope", "--on-error", "x", "--batch-size",
                                 "-5", "--color", "--list", "--html", "--warc", "-", "--", "\udcff", "--config"]),
                max_size=6))
def test_cli_random_options_never_crash(argv: list[str]) -> None:
    """Nonsense command lines are usage errors (2), not tracebacks."""
    if "--html" in argv:
        pytest.importorskip("trafilatura")
    r = run_in_process(argv, b'{"text": "Body text."}\n')
    assert r.code in (0, 1, 2), (r.code, r.err)
    assert "Traceback" not in r.err


# -- a handful of real processes -------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["--text", "--jsonl"])
@pytest.mark.parametrize("policy", ["stop", "pass"])
def test_executable_on_random_bytes(mode: str, policy: str) -> None:
    data = random.Random(f"{mode}{policy}").randbytes(20_000)
    r = run_subprocess([mode, f"--on-error={policy}", "-q"], data, timeout=120)
    assert_clean_exit(r, allowed=(0,) if policy == "pass" or mode == "--text" else (0, 2))
    if mode == "--text":
        assert r.out == expected_text_output(data)
    elif policy == "pass":
        assert r.out.count(b"\n") == line_count(data)
    else:
        assert r.code == 2 and r.err.startswith("<stdin>:1: ")


def test_executable_on_random_bytes_with_two_workers() -> None:
    data = b"\n".join(random.Random(7).randbytes(60) for _ in range(300))
    r = run_subprocess(["--jsonl", "--on-error=pass", "-j", "2", "--batch-size", "8", "-q"], data, timeout=120)
    assert_clean_exit(r, allowed=(0,))
    assert r.out.count(b"\n") == line_count(data)


# -- the atheris harness, briefly --------------------------------------------------------------------


def test_atheris_harness_runs_briefly(tmp_path: Path) -> None:
    if importlib.util.find_spec("atheris") is None:
        pytest.skip("atheris is not installed (pip install atheris; wheels exist for CPython 3.11 on Linux x86-64)")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "seed").write_bytes(b'{"text": "Leave a Reply\\nBy admin"}\n')
    proc = subprocess.run(
        [sys.executable, str(ROOT / "fuzz" / "fuzz_cleanseed.py"), "-max_total_time=8", "-rss_limit_mb=4096",
         "-max_len=4096", str(corpus)],
        capture_output=True, timeout=240, cwd=tmp_path, env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    log = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 0, log[-3000:]
    assert "Done" in log and "#" in log, log[-3000:]


HTML_PIECES = st.sampled_from([b"<html>", b"<body>", b"<p>", b"</p>", b"<article>", b"<script>", b"<!--", b"-->", b"<![CDATA[",
                               b"<meta charset='utf-16'>", b"<meta charset='nope'>", b"&#0;", b"&#xD800;", b"\x00", b"\xff",
                               b"Leave a Reply", b"The minister spoke about the budget on Monday. ", b"<br/>", b"<", b">"])


@given(st.lists(st.one_of(HTML_PIECES, st.binary(max_size=20)), max_size=30).map(b"".join), st.sampled_from(["stop", "pass"]))
@settings(max_examples=30)
def test_cli_html_mode_on_random_bytes(data: bytes, policy: str) -> None:
    pytest.importorskip("trafilatura")
    r = run_in_process(["--html", f"--on-error={policy}", "-q"], data)
    assert_clean_exit(r, allowed=(0,) if policy == "pass" else (0, 2))
    record = json.dumps({"text": data.decode("utf-8", "replace")}).encode() + b"\n"
    r = run_in_process(["--jsonl", "--html", f"--on-error={policy}", "-q"], record * 2)
    assert_clean_exit(r, allowed=(0,) if policy == "pass" else (0, 2))
    if policy == "pass":
        assert r.out.count(b"\n") == 2


def test_a_number_beyond_float_range_is_never_written_as_infinity() -> None:
    """``1e400`` parses to ``inf``, which ``json.dumps`` writes as ``Infinity`` (not JSON): such a record is
    reported and, under --on-error=pass, copied unchanged; numbers in range are written back by value."""
    data = (b'{"text": "Body text.\\n\\nLeave a Reply", "big": 1e400}\n'
            b'{"text": "Body text.\\n\\nLeave a Reply", "n": -1.5e300, "e": 1E2}\n')
    r = run_in_process(["--jsonl", "--on-error=pass"], data)
    assert r.code == 0
    first, second = r.out.splitlines(keepends=True)
    assert first == data.splitlines(keepends=True)[0]
    assert "<stdin>:1: the number 1e400 is too large" in r.err
    assert json.loads(second) == {"text": cleanseed.clean("Body text.\n\nLeave a Reply"), "n": -1.5e300, "e": 100.0}
    assert b"Infinity" not in r.out
    assert run_in_process(["--jsonl"], data).code == 2
