"""The ``cleanseed`` command: in process through ``main(argv)``, and as the installed executable."""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

import cleanseed
from cleanseed.cli import main

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_b398251ee444186e.txt"
CLUTTERED = "The minister spoke about the budget.\n\nLeave a Reply\nYour email address will not be published.\n"
CLEAN_TEXT = cleanseed.clean(CLUTTERED)  # the CLI must give what the library gives


def text_out(text: str, pipeline: cleanseed.Pipeline | None = None) -> str:
    """What the CLI writes for one text document: the library's result, ending
    in a line break when the input did."""
    out = (pipeline or cleanseed.default_pipeline())(text)
    return out + "\n" if out and not out.endswith("\n") and text.endswith("\n") else out


def test_the_sample_document_has_clutter_to_remove():
    assert CLEAN_TEXT.startswith("The minister spoke about the budget.")
    assert "Leave a Reply" not in CLEAN_TEXT and "email" not in CLEAN_TEXT


def executable() -> str:
    """The installed console script next to this interpreter (or on PATH)."""
    here = Path(sys.executable).parent / "cleanseed"
    found = str(here) if here.exists() else shutil.which("cleanseed")
    assert found, "the cleanseed console script is not installed"
    return found


def run_main(argv: list[str], stdin: bytes = b"", monkeypatch: pytest.MonkeyPatch | None = None,
             capsysbinary: pytest.CaptureFixture[bytes] | None = None) -> tuple[int, bytes, str]:
    assert monkeypatch is not None and capsysbinary is not None
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    code = main(argv)
    out, err = capsysbinary.readouterr()
    return code, out, err.decode("utf-8", "replace")


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]):
    def call(*argv: str, stdin: bytes = b"") -> tuple[int, bytes, str]:
        return run_main(list(argv), stdin, monkeypatch, capsysbinary)

    return call


def write_jsonl(path: Path, records: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def read_jsonl(data: bytes) -> list[dict]:
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


# -- text mode -------------------------------------------------------------------------------------


def test_text_file_is_cleaned_like_the_library(cli):
    code, out, err = cli(str(SEED))
    seed = SEED.read_text(encoding="utf-8")
    assert code == 0, err
    expected = cleanseed.clean(seed)
    assert out.decode("utf-8") == expected + ("\n" if seed.endswith("\n") else "")
    assert "InternationalIndiaAfrica" not in out.decode("utf-8")


def test_stdin_is_read_when_no_file_or_dash(cli):
    for argv in ([], ["-"]):
        code, out, _ = cli(*argv, stdin=CLUTTERED.encode())
        assert code == 0
        assert out == text_out(CLUTTERED).encode()


def test_output_file(cli, tmp_path):
    src = tmp_path / "in.txt"
    src.write_text(CLUTTERED, encoding="utf-8")
    code, out, _ = cli(str(src), "-o", str(tmp_path / "out.txt"))
    assert code == 0 and out == b""
    assert (tmp_path / "out.txt").read_bytes() == text_out(CLUTTERED).encode()


def test_invalid_utf8_passes_through_byte_identical(cli, tmp_path):
    raw = b"Caf\xe9 au lait is served\xff\xfe here.\nLatin-1 \xe0 la carte and a stray \x80 byte.\n"
    src = tmp_path / "latin.txt"
    src.write_bytes(raw)
    code, out, _ = cli(str(src))
    assert code == 0
    assert out == raw


def test_invalid_utf8_survives_next_to_removed_clutter(cli):
    raw = b"Prix: 12\xa0\xe9 le kilo.\n\nLeave a Reply\n"
    code, out, _ = cli(stdin=raw)
    assert code == 0
    assert out == b"Prix: 12\xa0\xe9 le kilo.\n"


def test_each_text_file_is_one_document(cli, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(CLUTTERED, encoding="utf-8")
    b.write_text("Second story ends here.\n", encoding="utf-8")
    code, out, _ = cli(str(a), str(b))
    assert code == 0
    assert out.decode() == text_out(CLUTTERED) + text_out("Second story ends here.\n")


# -- JSONL -----------------------------------------------------------------------------------------


def test_jsonl_keeps_other_fields_and_key_order(cli, tmp_path):
    src = tmp_path / "docs.jsonl"
    records = [
        {"id": "a", "text": CLUTTERED, "meta": {"lang": "en", "score": 0.5}, "tags": [1, 2]},
        {"z": None, "text": "Plain sentence stays.", "a": True},
    ]
    write_jsonl(src, records)
    code, out, _ = cli(str(src))
    assert code == 0
    got = read_jsonl(out)
    assert [list(r) for r in got] == [list(r) for r in records]
    assert got[0] == {**records[0], "text": CLEAN_TEXT}
    assert got[1] == records[1]


def test_unchanged_record_is_written_byte_for_byte(cli, tmp_path):
    line = b'{ "text" : "Nothing to remove here.",   "n": 1.50, "u": "\\u00e9" }\n'
    src = tmp_path / "docs.jsonl"
    src.write_bytes(line + b'{"text": "Story.\\n\\nLeave a Reply"}\n')
    code, out, _ = cli(str(src))
    assert code == 0
    first, second = out.splitlines(keepends=True)
    assert first == line
    assert json.loads(second) == {"text": cleanseed.clean("Story.\n\nLeave a Reply")}


def test_nested_field_and_output_field(cli, tmp_path):
    src = tmp_path / "docs.jsonl"
    write_jsonl(src, [{"id": 1, "doc": {"body": CLUTTERED, "title": "T"}}])
    code, out, _ = cli("--field", "doc.body", str(src))
    assert code == 0
    assert read_jsonl(out) == [{"id": 1, "doc": {"body": CLEAN_TEXT, "title": "T"}}]
    code, out, _ = cli("--field", "doc.body", "--output-field", "clean.text", str(src))
    assert code == 0
    assert read_jsonl(out) == [{"id": 1, "doc": {"body": CLUTTERED, "title": "T"}, "clean": {"text": CLEAN_TEXT}}]


def test_jsonl_from_stdin_needs_the_flag(cli):
    line = json.dumps({"text": CLUTTERED}).encode() + b"\n"
    code, out, _ = cli("--jsonl", stdin=line * 3)
    assert code == 0
    assert read_jsonl(out) == [{"text": CLEAN_TEXT}] * 3


def test_jsonl_invalid_utf8_bytes_come_back_as_the_same_bytes(cli, tmp_path):
    src = tmp_path / "docs.jsonl"
    src.write_bytes(b'{"text": "Caf\xe9 story.\\n\\nLeave a Reply", "k": "\xff"}\n')
    code, out, _ = cli(str(src))
    assert code == 0
    expected = {"text": cleanseed.clean("Caf\udce9 story.\n\nLeave a Reply"), "k": "\udcff"}
    assert "Leave" not in expected["text"]
    assert out == json.dumps(expected, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogateescape") + b"\n"
    assert b"Caf\xe9 story." in out and b'"k":"\xff"' in out


def test_jsonl_lone_surrogate_escapes_stay_escapes(cli, tmp_path):
    src = tmp_path / "docs.jsonl"
    src.write_bytes(b'{"text": "Odd \\ud800 char.\\n\\nLeave a Reply"}\n')
    code, out, _ = cli(str(src))
    assert code == 0
    expected = {"text": cleanseed.clean("Odd \ud800 char.\n\nLeave a Reply")}
    assert "Leave" not in expected["text"]
    assert out == json.dumps(expected, separators=(",", ":")).encode("ascii") + b"\n"
    assert b"Odd \\ud800 char." in out


def test_gzip_and_zstd_in_and_out(cli, tmp_path):
    zstandard = pytest.importorskip("zstandard")
    records = [{"i": i, "text": CLUTTERED} for i in range(50)]
    plain = "".join(json.dumps(r) + "\n" for r in records).encode()
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(plain))
    (tmp_path / "b.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(plain))
    expected = [{"i": i, "text": CLEAN_TEXT} for i in range(50)]
    for src, dst in (("a.jsonl.gz", "out.jsonl.zst"), ("b.jsonl.zst", "out.jsonl.gz")):
        code, _, err = cli(str(tmp_path / src), "-o", str(tmp_path / dst))
        assert code == 0, err
        data = (tmp_path / dst).read_bytes()
        if dst.endswith(".gz"):
            assert data[:2] == b"\x1f\x8b"
            data = gzip.decompress(data)
        else:
            assert data[:4] == b"\x28\xb5\x2f\xfd"
            data = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data)).read()
        assert read_jsonl(data) == expected


def test_compressed_text_document(cli, tmp_path):
    (tmp_path / "page.txt.gz").write_bytes(gzip.compress(CLUTTERED.encode()))
    code, out, _ = cli(str(tmp_path / "page.txt.gz"))
    assert code == 0 and out == text_out(CLUTTERED).encode()


# -- bad input -------------------------------------------------------------------------------------


BAD_LINES = [
    (b'{"text": "First good one.\\n\\nLeave a Reply"}\n', None),
    (b'{"text": "Second good one."}\n', None),
    (b'{"text": "broken\n', "docs.jsonl:3: not valid JSON"),
    (b'{"id": 4}\n', "docs.jsonl:4: no field 'text'"),
    (b'{"text": 5}\n', "docs.jsonl:5: field 'text' is a number, not a string"),
    (b'[1, 2]\n', "docs.jsonl:6: not a JSON object but an array"),
    (b'{"text": "Last good one."}\n', None),
]


@pytest.fixture
def bad_jsonl(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("docs.jsonl").write_bytes(b"".join(line for line, _ in BAD_LINES))
    return "docs.jsonl"


def test_malformed_line_stops_with_exit_2_after_writing_everything_before(cli, bad_jsonl):
    code, out, err = cli(bad_jsonl)
    assert code == 2
    assert read_jsonl(out) == [{"text": cleanseed.clean("First good one.\n\nLeave a Reply")}, {"text": "Second good one."}]
    assert err.startswith("docs.jsonl:3: not valid JSON")
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("bad", range(3, 7))
def test_each_kind_of_bad_line_names_file_line_and_reason(cli, tmp_path, monkeypatch, bad):
    monkeypatch.chdir(tmp_path)
    line, message = BAD_LINES[bad - 1]
    Path("docs.jsonl").write_bytes(BAD_LINES[0][0] + BAD_LINES[1][0] + line)
    code, out, err = cli("docs.jsonl", "-j", "2")
    assert code == 2
    assert len(read_jsonl(out)) == 2
    assert err.startswith(message.replace(f"docs.jsonl:{bad}:", "docs.jsonl:3:"))


def test_on_error_pass_copies_bad_lines_counts_and_warns(cli, bad_jsonl, tmp_path):
    code, out, err = cli(bad_jsonl, "--on-error=pass", "--stats=stats.json")
    assert code == 0
    lines = out.splitlines(keepends=True)
    assert len(lines) == len(BAD_LINES)
    for (src, message), got in zip(BAD_LINES, lines):
        if message:
            assert got == src  # copied unchanged
            assert message in err
    assert json.loads(lines[0]) == {"text": cleanseed.clean("First good one.\n\nLeave a Reply")}
    stats = json.loads(Path("stats.json").read_text())
    assert stats["errors"] == 4 and stats["documents"] == 3


def test_on_error_pass_quiet_still_counts(cli, bad_jsonl):
    code, out, err = cli(bad_jsonl, "--on-error=pass", "-q", "--stats")
    assert code == 0
    assert "no field" not in err
    assert re.search(r"errors passed 4\b", err)


def test_blank_lines_are_kept(cli, tmp_path):
    src = tmp_path / "docs.jsonl"
    src.write_bytes(b'{"text": "A."}\n\n{"text": "B."}\n')
    code, out, _ = cli(str(src))
    assert code == 0 and out == b'{"text": "A."}\n\n{"text": "B."}\n'


def test_unknown_option_missing_file_and_bad_names_are_one_line_errors(cli, tmp_path):
    for argv in (["--no-such-option"], [str(tmp_path / "missing.txt")], ["--only", "no-such-cleaner"],
                 ["-j", "-3"], [str(tmp_path / "a.jsonl"), str(tmp_path)]):
        (tmp_path / "a.jsonl").write_text("{}\n")
        code, out, err = cli(*argv)
        assert code == 2, argv
        assert out == b""
        assert len(err.strip().splitlines()) == 1, err


def test_mixed_inputs_need_a_mode(cli, tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": CLUTTERED}) + "\n")
    (tmp_path / "b.txt").write_text(CLUTTERED)
    code, _, err = cli(str(tmp_path / "a.jsonl"), str(tmp_path / "b.txt"))
    assert code == 2 and "--jsonl" in err
    code, out, _ = cli("--text", str(tmp_path / "a.jsonl"), str(tmp_path / "b.txt"))
    assert code == 0 and out.decode().endswith(text_out(CLUTTERED))


def test_output_may_not_overwrite_an_input(cli, tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(CLUTTERED)
    code, _, err = cli(str(src), "-o", str(src))
    assert code == 2 and "overwritten" in err
    assert src.read_text() == CLUTTERED


def test_corrupt_gzip_is_a_one_line_failure(cli, tmp_path):
    src = tmp_path / "a.jsonl.gz"
    src.write_bytes(gzip.compress(b'{"text": "A."}\n' * 100)[:-20])
    code, _, err = cli(str(src))
    assert code == 1
    assert err.startswith("cleanseed: ") and len(err.strip().splitlines()) == 1


# -- explain, list, selection, stats ---------------------------------------------------------------

MARK = re.compile(r"\[-(?P<removed>.*?)-\](?:\{\+(?P<added>.*?)\+\})?\{(?P<rule>[a-z-]+)\}|\{\+(?P<only>.*?)\+\}\{(?P<rule2>[a-z-]+)\}", re.S)


ESCAPED_BLANK = re.compile(r"(?:\\[nrt]|\\x[0-9a-f]{2}|\\u[0-9a-f]{4}|\\U[0-9a-f]{8}| )+")


def _unescape(s: str) -> str:
    return s.encode("latin-1", "backslashreplace").decode("unicode_escape") if "\\" in s else s


def _removed(m: re.Match) -> str:
    """The removed text of a marker: whitespace-only removals are shown escaped."""
    removed = m["removed"] or ""
    return _unescape(removed) if ESCAPED_BLANK.fullmatch(removed) else removed


def test_explain_view_marks_every_removal_and_reads_back_both_ways(cli):
    seed = SEED.read_text(encoding="utf-8")
    code, out, _ = cli("--explain", stdin=seed.encode())
    assert code == 0
    view = out.decode()
    assert "\x1b[" not in view  # piped: plain markers
    edits = cleanseed.clean_and_explain(seed).edits
    assert len(edits) >= 3
    assert [m["rule"] or m["rule2"] for m in MARK.finditer(view)] == [e.rule for e in edits]

    def cleaned(m: re.Match) -> str:
        return _unescape(m["added"] or m["only"] or "")

    body = view[:-1] if not seed.endswith("\n") else view
    assert MARK.sub(_removed, body) == seed
    assert MARK.sub(cleaned, body) == cleanseed.clean(seed)


def test_explain_colour(cli):
    code, out, _ = cli("--explain", "--color=always", stdin=CLUTTERED.encode())
    assert code == 0
    assert b"\x1b[31;9mLeave a Reply\x1b[0m" in out
    assert b"[-" not in out


def test_explain_json_for_text_replays(cli):
    code, out, _ = cli("--explain=json", stdin=CLUTTERED.encode())
    assert code == 0
    (record,) = read_jsonl(out)
    assert record["text"] == CLEAN_TEXT and record["file"] == "<stdin>"
    edits = [cleanseed.Edit(**e) for e in record["edits"]]
    assert cleanseed.replay(CLUTTERED, edits) == CLEAN_TEXT
    assert "comment-forms" in {e.rule for e in edits}


def test_explain_field_stores_edits_in_each_record(cli, tmp_path):
    src = tmp_path / "docs.jsonl"
    write_jsonl(src, [{"id": 1, "text": CLUTTERED}, {"id": 2, "text": "Nothing here."}])
    code, out, _ = cli("--explain-field", "why", str(src))
    assert code == 0
    first, second = read_jsonl(out)
    assert list(first) == ["id", "text", "why"]
    edits = [cleanseed.Edit(**e) for e in first["why"]]
    assert cleanseed.replay(CLUTTERED, edits) == first["text"] == CLEAN_TEXT
    assert second == {"id": 2, "text": "Nothing here.", "why": []}
    code, out, _ = cli("--explain=json", str(src))
    assert "edits" in read_jsonl(out)[0]


def test_list_shows_every_cleaner_with_its_description(cli):
    code, out, _ = cli("--list")
    assert code == 0
    listing = out.decode()
    rows = {line.split()[0]: line for line in listing.splitlines()}
    for name in cleanseed.default_pipeline().names():
        assert name in rows
    for name, description in cleanseed.describe():
        assert rows[name].rstrip().endswith(description)


def test_only_and_skip(cli):
    text = "A report.InternationalIndiaAfrica\n\nLeave a Reply\n"
    _, out, _ = cli("--only", "comment-forms", stdin=text.encode())
    assert out.decode() == text_out(text, cleanseed.default_pipeline().only("comment-forms"))
    assert "InternationalIndiaAfrica" in out.decode() and "Leave a Reply" not in out.decode()
    _, out, _ = cli("--skip", "comment-forms,chrome", "--skip", "whitespace", stdin=text.encode())
    assert "Leave a Reply" in out.decode() and "InternationalIndiaAfrica" not in out.decode()
    _, out, _ = cli("--only", "comment-forms", "--list")
    assert out.decode().split() [0] == "comment-forms"


def test_stats_add_up(cli, tmp_path):
    src = tmp_path / "docs.jsonl"
    texts = [CLUTTERED, SEED.read_text(encoding="utf-8"), "Plain text."]
    write_jsonl(src, [{"text": t} for t in texts])
    code, out, _ = cli(str(src), "--stats=" + str(tmp_path / "s.json"))
    assert code == 0
    s = json.loads((tmp_path / "s.json").read_text())
    assert s["documents"] == 3 and s["changed"] == 2 and s["errors"] == 0
    assert s["bytes_in"] == src.stat().st_size and s["bytes_out"] == len(out)
    assert s["chars_in"] == sum(map(len, texts))
    assert s["chars_out"] == sum(len(cleanseed.clean(t)) for t in texts)
    assert sum(r["chars_removed"] for r in s["rules"].values()) == s["chars_in"] - s["chars_out"]
    assert s["rules"]["comment-forms"]["edits"] >= 1


def test_stats_on_stderr(cli):
    code, _, err = cli("--stats", stdin=CLUTTERED.encode())
    assert code == 0
    assert "documents      1" in err and "comment-forms" in err


def test_config_option(cli, tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text('skip = ["comment-forms", "chrome"]\n[[phrases]]\nname = "house"\nlines = ["The minister spoke about the budget."]\n')
    code, out, _ = cli("--config", str(cfg), stdin=CLUTTERED.encode())
    assert code == 0
    from cleanseed.config import load_config

    assert out.decode() == text_out(CLUTTERED, load_config(cfg))
    assert "minister" not in out.decode() and "Leave a Reply" in out.decode()
    (tmp_path / "bad.toml").write_text("skip = [")
    code, _, err = cli("--config", str(tmp_path / "bad.toml"), stdin=b"x")
    assert code == 2 and "bad.toml" in err


def test_help_and_version_return_instead_of_exiting(cli):
    code, out, _ = cli("--help")
    assert code == 0
    help_text = out.decode()
    for option in ("--output", "--jsonl", "--warc", "--field", "--output-field", "--html", "--explain", "--explain-field",
                   "--color", "--list", "--only", "--skip", "--config", "--jobs", "--batch-size", "--stats", "--quiet",
                   "--on-error", "--version"):
        assert option in help_text
    code, out, _ = cli("--version")
    assert code == 0 and out.decode().strip() == f"cleanseed {cleanseed.__version__}"


# -- workers ---------------------------------------------------------------------------------------


def test_two_workers_keep_every_record_in_order(cli, tmp_path):
    seed = SEED.read_text(encoding="utf-8")
    records = [{"n": i, "text": (seed if i % 7 == 0 else CLUTTERED) + f"\nStory {i} ends.", "extra": {"k": i}}
               for i in range(1500)]
    src = tmp_path / "big.jsonl"
    write_jsonl(src, records)
    code1, out1, _ = cli(str(src), "-j", "1")
    code2, out2, _ = cli(str(src), "-j", "2", "--batch-size", "16")
    assert code1 == code2 == 0
    assert out1 == out2
    got = read_jsonl(out2)
    assert [r["n"] for r in got] == list(range(1500))
    assert all(r["extra"] == {"k": r["n"]} and list(r) == ["n", "text", "extra"] for r in got)
    assert got[1]["text"] == cleanseed.clean(CLUTTERED + "\nStory 1 ends.")
    assert "Leave a Reply" not in got[1]["text"]


def test_html_input_goes_through_the_html_entry_point(cli, tmp_path):
    html = pytest.importorskip("cleanseed.html")
    page = ("<html><head><title>Budget</title></head><body><article><h1>Budget news</h1>"
            "<p>The minister spoke about the budget on Monday and answered many questions from reporters.</p>"
            "<p>She said the plan would be published in full next week, with all of its tables.</p>"
            "</article><footer>Leave a Reply</footer></body></html>")
    src = tmp_path / "page.html"
    src.write_text(page, encoding="utf-8")
    code, out, err = cli("--html", str(src))
    assert code == 0, err
    assert out.decode().rstrip("\n") == html.clean_html(page)
    write_jsonl(tmp_path / "pages.jsonl", [{"url": "https://example.com/a", "html": page}])
    code, out, err = cli("--html", "--field", "html", "--output-field", "text", str(tmp_path / "pages.jsonl"))
    assert code == 0, err
    (record,) = read_jsonl(out)
    assert record["html"] == page
    assert record["text"] == html.clean_html(page, url="https://example.com/a")


# -- the installed executable ----------------------------------------------------------------------


def test_executable_on_the_seed():
    seed = SEED.read_text(encoding="utf-8")
    proc = subprocess.run([executable(), str(SEED)], capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode() == cleanseed.clean(seed) + ("\n" if seed.endswith("\n") else "")
    assert proc.stderr == b""


def test_executable_invalid_utf8_from_stdin_is_byte_identical():
    raw = bytes(range(0x20, 0x7F)) + b"\n\xc3\x28\xa0\xa1\xf0\x28\x8c\xbc broken sequences stay.\n"
    proc = subprocess.run([executable()], input=raw, capture_output=True, timeout=120)
    assert proc.returncode == 0
    assert proc.stdout == raw


def test_executable_closed_pipe_ends_quietly(tmp_path):
    src = tmp_path / "big.jsonl"
    write_jsonl(src, [{"n": i, "text": "A sentence that stays. " * 20} for i in range(3000)])
    for jobs in ("1", "2"):
        proc = subprocess.Popen([executable(), str(src), "-j", jobs], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert proc.stdout is not None and proc.stderr is not None
        first = proc.stdout.readline()
        proc.stdout.close()  # what `| head -1` does
        err = proc.stderr.read()
        code = proc.wait(timeout=120)
        assert json.loads(first)["n"] == 0
        assert err == b"", err
        assert code == 141


def test_executable_ctrl_c_exits_130_without_traceback():
    record = json.dumps({"text": "A sentence that stays in the output. " * 8}).encode() + b"\n"
    for jobs in ("1", "2"):
        proc = subprocess.Popen([executable(), "--jsonl", "-j", jobs, "--batch-size", "1"], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(record * 100)  # ~30 KB: more than the output buffer, less than a pipe holds
        proc.stdin.flush()
        assert json.loads(proc.stdout.readline())  # it is running, and now waits on the open stdin
        os.killpg(proc.pid, signal.SIGINT)  # the whole group, as a terminal's Ctrl-C does
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 130, err
        assert b"Traceback" not in err and b"KeyboardInterrupt" not in err


def test_version_and_list_import_nothing_heavy():
    code = (
        "import sys; from cleanseed.cli import main\n"
        "assert main(['--version']) == 0 and main(['--list']) == 0\n"
        "heavy = [m for m in ('trafilatura', 'lxml', 'zstandard', 'tqdm', 'fastwarc', 'json', 'concurrent.futures')"
        " if m in sys.modules]\n"
        "print(heavy, file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.decode().strip() == "[]"


def test_python_dash_m():
    proc = subprocess.run([sys.executable, "-m", "cleanseed", "--version"], capture_output=True, timeout=120)
    assert proc.returncode == 0 and proc.stdout.decode().startswith("cleanseed ")


def test_html_with_chosen_cleaners_and_explain(cli, tmp_path):
    html = pytest.importorskip("cleanseed.html")
    page = ("<html><body><article><h1>Budget news</h1>"
            "<p>The minister spoke about the budget on Monday and answered many questions from reporters.</p>"
            "<p>She said the plan would be published in full next week, with all of its tables.</p>"
            "<p>Leave a Reply</p></article></body></html>")
    src = tmp_path / "page.html"
    src.write_bytes(page.encode())
    extracted = html.extract_text(page)
    assert "Leave a Reply" in extracted
    _, out, _ = cli("--html", str(src))
    assert "Leave a Reply" not in out.decode()
    code, out, _ = cli("--html", "--only", "media", str(src))
    assert code == 0 and "Leave a Reply" in out.decode()
    code, out, _ = cli("--html", "--explain", str(src))
    view = out.decode()
    assert re.search(r"\[-\n?Leave a Reply-\]\{[a-z-]+\}", view), view
    rebuilt = MARK.sub(_removed, view)
    assert rebuilt.rstrip("\n") == extracted.rstrip("\n")


def test_zstd_many_frames_and_truncation(cli, tmp_path):
    zstandard = pytest.importorskip("zstandard")
    frames = [zstandard.ZstdCompressor().compress(json.dumps({"i": i, "text": CLUTTERED}).encode() + b"\n") for i in range(20)]
    (tmp_path / "many.jsonl.zst").write_bytes(b"".join(frames))
    code, out, _ = cli(str(tmp_path / "many.jsonl.zst"))
    assert code == 0 and [r["i"] for r in read_jsonl(out)] == list(range(20))
    (tmp_path / "cut.jsonl.zst").write_bytes(b"".join(frames)[:-5])
    code, out, err = cli(str(tmp_path / "cut.jsonl.zst"))
    assert code == 1 and "truncated" in err and len(err.strip().splitlines()) == 1
    assert len(read_jsonl(out)) == 19  # everything before the cut was written


def test_record_options_need_records(cli, tmp_path):
    (tmp_path / "a.txt").write_text(CLUTTERED)
    for argv in (["--field", "body"], ["--output-field", "clean"], ["--explain-field", "edits"], ["--explain=json", "--explain-field", "e"]):
        code, out, err = cli(*argv, str(tmp_path / "a.txt"))
        assert code == 2 and out == b"" and "need" in err, argv


def test_jsonl_rewrites_only_the_text_value_every_other_byte_kept() -> None:
    from tests.cli_harness import run_in_process

    lines = [
        b'{"id": 1E2, "text": "Hello world.\\n\\nLeave a Reply", "meta": {"a": 1.50, "b" : [ 1,2 ]}}\n',
        b'{"text":"first copy","text":"Keep this.\\nShare on Facebook"}\n',
        b'{"doc": {"body": "It rained.\\nBy admin", "n": 0.10}, "tail": "\\u00e9"}\n',
    ]
    done = run_in_process(["--jsonl"], b"".join(lines[:2]))
    assert done.code == 0
    assert done.out.splitlines(keepends=True) == [
        b'{"id": 1E2, "text": "Hello world.", "meta": {"a": 1.50, "b" : [ 1,2 ]}}\n',
        b'{"text":"first copy","text":"Keep this."}\n',  # json.loads keeps the last copy; so do we
    ]
    nested = run_in_process(["--jsonl", "--field", "doc.body"], lines[2])
    assert nested.out == b'{"doc": {"body": "It rained.", "n": 0.10}, "tail": "\\u00e9"}\n'
