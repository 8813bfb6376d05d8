"""Safety (issue 6): no network, no code run from input, configuration is data, bad files are one-line errors.

Input is written by strangers. cleanseed only reads it: it opens no
socket, starts no process, evaluates nothing, unpickles nothing. A
configuration file is parsed with :mod:`tomllib` (data only) and every key
is checked; it cannot supply a regular expression.
"""

from __future__ import annotations

import builtins
import importlib.util
import json
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

import cleanseed
from cleanseed.config import ConfigError, load_config
from tests.cli_harness import run_in_process, run_subprocess

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "cleanseed"
SEED = ROOT / "seeds" / "000_b398251ee444186e.txt"
CLUTTERED = "The minister spoke about the budget.\n\nLeave a Reply\nhttp://example.org/x\nBy admin\n"


# -- no network --------------------------------------------------------------------------------------


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every way to reach the network raises (and is recorded)."""
    attempts: list[str] = []

    def refuse(name: str):
        def raiser(*args, **kwargs):
            attempts.append(name)
            raise NetworkUsed(f"network access: {name}{args!r}")

        return raiser

    for name in ("connect", "connect_ex", "sendto", "sendmsg"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    real_bind = socket.socket.bind

    def bind(self: socket.socket, address, *args):
        # Importing trafilatura imports urllib3, which binds a socket to ::1 to learn whether
        # the machine has IPv6 (no traffic); a bind anywhere but the loopback is refused.
        if isinstance(address, tuple) and address[0] in ("::1", "127.0.0.1", "localhost"):
            return real_bind(self, address, *args)
        return refuse("socket.bind")(address, *args)

    monkeypatch.setattr(socket.socket, "bind", bind)
    for name in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse(f"socket.{name}"))
    return attempts


def test_no_network_guard_works(no_network: list[str]) -> None:
    """The guard is real: a connection attempt under it fails and is recorded."""
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.org", 80), timeout=1)
    s = socket.socket()
    try:
        with pytest.raises(NetworkUsed):
            s.connect(("127.0.0.1", 9))
    finally:
        s.close()
    assert no_network == ["socket.create_connection", "socket.connect"]


def test_cleaning_uses_no_network(no_network: list[str], tmp_path: Path) -> None:
    seed = SEED.read_text(encoding="utf-8")
    assert cleanseed.clean(seed) != seed
    cleanseed.clean_and_explain(CLUTTERED + "https://example.org/image.jpg www.example.com")
    (tmp_path / "docs.jsonl").write_text(json.dumps({"text": seed, "url": "https://example.org/"}) + "\n")
    for argv in ([str(SEED)], [str(SEED), "--explain"], [str(tmp_path / "docs.jsonl"), "--explain=json", "--stats"]):
        r = run_in_process(argv)
        assert r.code == 0, r.err
    assert no_network == []


def test_html_extraction_uses_no_network(no_network: list[str]) -> None:
    html = pytest.importorskip("cleanseed.html")
    page = ("<html><head><link rel='stylesheet' href='https://example.org/a.css'><base href='https://example.org/'>"
            "<meta http-equiv='refresh' content='0; url=https://example.org/'></head><body><article>"
            "<h1>Budget</h1><img src='https://example.org/a.jpg'><iframe src='https://example.org/embed'></iframe>"
            "<p>The minister spoke about the budget on Monday and answered many questions from reporters.</p>"
            "<p>Leave a Reply</p></article></body></html>")
    assert "minister" in html.clean_html(page, url="https://example.org/story")
    r = run_in_process(["--html"], page.encode())
    assert r.code == 0 and b"minister" in r.out, r.err
    assert no_network == []


# -- nothing from the input is run ------------------------------------------------------------------

#: Calls that would run, load or fetch code or data named by the input.
FORBIDDEN = {
    r"(?<![\w.])eval\(": "eval",
    r"(?<![\w.])exec\(": "exec",
    r"(?<![\w.])compile\(": "the builtin compile",
    r"(?<![\w.])__import__\(": "__import__",
    r"\bimportlib\.import_module\(": "importlib.import_module",
    r"\bpickle\.loads?\(": "pickle.load(s)",
    r"\bmarshal\.loads?\(": "marshal.load(s)",
    r"\bshelve\.": "shelve",
    r"\byaml\.(?:unsafe_)?load\(": "yaml.load",
    r"\bos\.system\(": "os.system",
    r"\bos\.popen\(": "os.popen",
    r"\bshell\s*=\s*True": "shell=True",
    r"^\s*(?:import|from)\s+(?:subprocess|socket|urllib|http|requests|ftplib|smtplib)\b": "a network or process module",
    r"\bfetch_url\(|\bfetch_response\(": "trafilatura's downloader",
}


def forbidden_uses(source: str) -> list[str]:
    code = re.sub(r'(?s)""".*?"""', '""', source)  # docstrings may name these things
    code = "\n".join(line.split("#", 1)[0] for line in code.splitlines())
    return [what for pattern, what in FORBIDDEN.items() if re.search(pattern, code, re.M)]


def test_the_source_grep_finds_what_it_looks_for() -> None:
    bad = "import pickle\nx = pickle.loads(data)\ny = eval(text)\nimport subprocess\nsubprocess.run(c, shell=True)\n"
    assert set(forbidden_uses(bad)) == {"pickle.load(s)", "eval", "a network or process module", "shell=True"}
    assert forbidden_uses('"""eval(x) in a docstring"""\nregex.compile(p)  # eval( in a comment\n') == []


def test_no_eval_exec_pickle_or_network_in_the_source() -> None:
    files = sorted(SRC.rglob("*.py"))
    assert len(files) > 10
    found = {str(f.relative_to(ROOT)): uses for f in files if (uses := forbidden_uses(f.read_text(encoding="utf-8")))}
    assert found == {}


_AUDIT_SCRIPT = r"""
import io, sys
from cleanseed.cli import main

EVENTS = ("socket.", "urllib.", "http.", "subprocess.", "os.system", "os.exec", "os.posix_spawn", "os.spawn",
          "exec", "compile", "pickle.find_class", "marshal.load", "ctypes.", "import")
seen = []

def run(argv, data):
    sys.stdin = io.TextIOWrapper(io.BytesIO(data))
    sys.stdout = io.TextIOWrapper(io.BytesIO())
    code = main(argv)
    sys.stdin, sys.stdout = sys.__stdin__, sys.__stdout__
    return code

page = open(sys.argv[1], "rb").read()
jsonl = b'{"text": "Leave a Reply\\nBy admin", "url": "http://example.org"}\n{"text": 1}\n{bad\n'
hostile = b"__import__('os').system('touch /tmp/pwned')\n\x80\x04\x95cos\nsystem\n" + page
jobs = [(["--text"], hostile), (["--text", "--explain"], hostile), (["--jsonl", "--on-error=pass", "-q"], jsonl),
        (["--jsonl", "--explain=json", "--on-error=pass", "-q"], jsonl)]
if len(sys.argv) > 2:  # trafilatura is installed: the HTML path too
    html = (b"<html><head><script>alert(1)</script><link rel=stylesheet href='http://example.org/a.css'></head>"
            b"<body><article><p>" + page.replace(b"<", b"&lt;") + b"</p><img src='http://example.org/a.jpg'>"
            b"<iframe src='http://example.org/'></iframe></article></body></html>")
    jobs.append((["--html"], html))
for argv, data in jobs:  # once to import and compile everything the run needs
    run(argv, data)
sys.addaudithook(lambda event, args: seen.append(event) if event.startswith(EVENTS) else None)
codes = [run(argv, data) for argv, data in jobs]
during = sorted(set(seen))
seen.clear()
exec(compile("x = 1", "<self-check>", "exec"))  # the hook is live: these two must be seen
print(codes, during, sorted(set(seen)))
"""


def test_cleaning_hostile_input_runs_no_code_and_opens_nothing() -> None:
    """Python's audit hooks see every exec/compile, unpickling, import, socket and process start:
    cleaning hostile input (code, a pickle opcode stream, URLs) in both modes raises none of them."""
    html = importlib.util.find_spec("trafilatura") is not None
    proc = subprocess.run([sys.executable, "-c", _AUDIT_SCRIPT, str(SEED), *(["html"] if html else [])],
                          capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    codes = "[0, 0, 0, 0, 0]" if html else "[0, 0, 0, 0]"
    assert proc.stdout.decode().strip() == f"{codes} [] ['compile', 'exec']"
    assert not Path("/tmp/pwned").exists()


# -- configuration is data ------------------------------------------------------------------------


def test_config_is_parsed_with_tomllib() -> None:
    from cleanseed import config

    source = Path(config.__file__).read_text(encoding="utf-8")
    assert "tomllib.load(" in source and not forbidden_uses(source)


def test_config_cannot_supply_a_regular_expression_or_code(tmp_path: Path) -> None:
    cases = {
        '[cleaners.read-more]\npattern = "(a+)+$"\n': "no option 'pattern'",
        '[cleaners.media-labels]\nflags = 0\n': "no option 'flags'",
        'skip = ["__import__(\'os\').system(\'touch /tmp/pwned\')"]\n': "unknown",
        'max_removed = "__import__(\'os\')"\n': "max_removed must be a number",
    }
    for text, message in cases.items():
        path = tmp_path / "c.toml"
        path.write_text(text, encoding="utf-8")
        r = run_in_process(["--config", str(path)], b"text\n")
        assert r.code == 2 and message in r.err, (text, r.err)
        assert len(r.err.strip().splitlines()) == 1
    assert not Path("/tmp/pwned").exists()


def test_config_phrases_are_literal_text_not_patterns(tmp_path: Path) -> None:
    """A phrase that looks like a catastrophic regex is matched as text, so it can neither
    remove more than itself nor take long."""
    path = tmp_path / "c.toml"
    path.write_text('[[phrases]]\nname = "mine"\nlines = ["(a+)+$", ".*"]\n', encoding="utf-8")
    text = "Keep this line.\n(a+)+$\n" + "a" * 5000 + "!\n.*\nAnd this one.\n"
    r = run_in_process(["--config", str(path), "--only", "mine", "--explain=json"], text.encode())
    assert r.code == 0, r.err
    removed = [e["removed"].strip() for e in json.loads(r.out)["edits"]]
    assert removed == ["(a+)+$", ".*"]


# -- bad configuration files and unreadable paths: one-line errors -----------------------------------

BAD_CONFIGS = {
    "syntax": (b"skip = [\n", 2, "not valid TOML"),
    "not utf-8": (b"\xff\xfe\x00skip = []", 2, "not valid TOML"),
    "duplicate key": (b"skip = []\nskip = []\n", 2, "not valid TOML"),
    "wrong type": (b'max_removed = "lots"\n', 2, "max_removed must be a number"),
    "out of range": (b"max_removed = 7\n", 2, "max_removed must be a number from 0 to 1"),
    "only not a list": (b"only = 5\n", 2, "must be a list of cleaner names"),
    "option type": (b'[cleaners.read-more]\nmax_words = "ten"\n', 2, "max_words: expected a number"),
    "phrases not tables": (b"phrases = 5\n", 2, "phrases must be an array of tables"),
    "unknown key": (b"skipp = []\n", 2, "unknown key(s) skipp"),
    "unknown cleaner": (b"[cleaners.nope]\nmax_words = 3\n", 2, "no cleaner of that name"),
}


@pytest.mark.parametrize("case", sorted(BAD_CONFIGS))
def test_bad_config_file_is_a_one_line_error_naming_the_file(tmp_path: Path, case: str) -> None:
    data, code, message = BAD_CONFIGS[case]
    path = tmp_path / "bad.toml"
    path.write_bytes(data)
    r = run_in_process(["--config", str(path)], b"Leave a Reply\n")
    assert r.code == code and r.out == b"", r
    lines = r.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"cleanseed: error: {path}: ") and message in lines[0], r.err
    with pytest.raises(ConfigError, match=re.escape(message)):  # the library raises the same, as its own type
        load_config(path)


def test_unusable_paths_are_one_line_errors(tmp_path: Path) -> None:
    directory = tmp_path / "dir"
    directory.mkdir()
    good = tmp_path / "in.txt"
    good.write_text("Body.\n")
    cases = [
        (["--config", str(directory)], 2, f"{directory}: "),
        (["--config", str(tmp_path / "missing.toml")], 2, "no such file"),
        ([str(directory)], 2, "is a directory"),
        ([str(tmp_path / "missing.txt")], 2, "no such file"),
        ([str(good), "-o", str(directory)], 1, "cannot write"),
        ([str(good), "-o", str(tmp_path / "no" / "such" / "dir.txt")], 1, "cannot write"),
        ([str(good), f"--stats={directory}"], 1, "cannot write the statistics"),
    ]
    for argv, code, message in cases:
        r = run_in_process(argv)
        lines = r.err.strip().splitlines()
        assert r.code == code and len(lines) == 1 and message in lines[0], (argv, r)


def test_a_file_that_cannot_be_opened_is_a_one_line_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Permission denied, simulated (tests run as root, who may read anything): the error is the
    operating system's, in one line naming the file, for the configuration and for an input."""
    config, src = tmp_path / "c.toml", tmp_path / "in.txt"
    config.write_text("skip = []\n")
    src.write_text("Body.\n")
    real_open = builtins.open

    def guarded_open(file, *args, **kwargs):
        if os.fspath(file) in (str(config), str(src)):
            raise PermissionError(13, "Permission denied", os.fspath(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    r = run_in_process(["--config", str(config)], b"Body.\n")
    assert (r.code, r.err.strip()) == (2, f"cleanseed: error: {config}: Permission denied")
    r = run_in_process([str(src)])
    assert (r.code, r.err.strip()) == (1, f"cleanseed: {src}: Permission denied")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root reads files without read permission; the simulated test above covers the message")
def test_a_file_without_read_permission_is_a_one_line_error(tmp_path: Path) -> None:
    config, src = tmp_path / "c.toml", tmp_path / "in.txt"
    config.write_text("skip = []\n")
    src.write_text("Body.\n")
    config.chmod(0)
    src.chmod(0)
    for argv, code in (([str(src)], 1), (["--config", str(config), "-"], 2)):
        r = run_subprocess(argv, b"Body.\n", timeout=120)
        assert r.code == code and "Permission denied" in r.err and len(r.err.strip().splitlines()) == 1, r
