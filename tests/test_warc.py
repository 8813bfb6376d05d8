"""WARC/WET input: ``cleanseed --warc`` and ``cleanseed.warc.read_documents`` on files built here."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

import cleanseed
from cleanseed.cli import main

pytest.importorskip("fastwarc")

from cleanseed.warc import WarcError, read_documents  # noqa: E402

CLUTTERED = "The minister spoke about the budget.\n\nLeave a Reply\nYour email address will not be published.\n"
PAGE = ("<html><head><meta charset=\"utf-8\"><title>Budget</title></head><body><article><h1>Budget news</h1>"
        "<p>The minister spoke about the budget on Monday and answered many questions from reporters.</p>"
        "<p>She said the plan would be published in full next week, with all of its tables.</p>"
        "</article></body></html>")


def record(kind: str, url: str | None, block: bytes, *, content_type: str | None = None, n: int = 0) -> bytes:
    """One WARC/1.0 record, as Common Crawl writes it."""
    head = ["WARC/1.0", f"WARC-Type: {kind}", f"WARC-Date: 2024-05-0{1 + n % 9}T12:00:00Z",
            f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{n:012d}>"]
    if url:
        head.append(f"WARC-Target-URI: {url}")
    if content_type:
        head.append(f"Content-Type: {content_type}")
    head.append(f"Content-Length: {len(block)}")
    return ("\r\n".join(head) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def http(body: bytes, *, status: str = "200 OK", content_type: str = "text/html; charset=utf-8") -> bytes:
    return f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body


def write(path: Path, records: list[bytes]) -> Path:
    if path.name.endswith(".gz"):
        path.write_bytes(b"".join(gzip.compress(r) for r in records))  # one gzip member per record
    else:
        path.write_bytes(b"".join(records))
    return path


def wet_records(texts: list[str]) -> list[bytes]:
    out = [record("warcinfo", None, b"software: test\r\n", content_type="application/warc-fields", n=0)]
    for i, t in enumerate(texts, 1):
        out.append(record("conversion", f"https://example.com/{i}", t.encode(), content_type="text/plain", n=i))
    return out


def warc_records() -> list[bytes]:
    req = b"GET / HTTP/1.1\r\nHost: example.com\r\n\r\n"
    return [
        record("warcinfo", None, b"software: test\r\n", content_type="application/warc-fields", n=0),
        record("request", "https://example.com/a", req, content_type="application/http; msgtype=request", n=1),
        record("response", "https://example.com/a", http(PAGE.encode()), content_type="application/http; msgtype=response", n=2),
        record("response", "https://example.com/logo.png", http(b"\x89PNG...", content_type="image/png"),
               content_type="application/http; msgtype=response", n=3),
        record("response", "https://example.com/gone", http(b"<html>Not found</html>", status="404 Not Found"),
               content_type="application/http; msgtype=response", n=4),
        record("metadata", "https://example.com/a", b"fetchTimeMs: 12\r\n", content_type="application/warc-fields", n=5),
    ]


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]):
    def call(*argv: str, stdin: bytes = b"") -> tuple[int, bytes, str]:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        code = main(list(argv))
        out, err = capsysbinary.readouterr()
        return code, out, err.decode("utf-8", "replace")

    return call


def rows(out: bytes) -> list[dict]:
    return [json.loads(line) for line in out.decode("utf-8").splitlines()]


@pytest.mark.parametrize("name", ["CC-MAIN-test.warc.wet.gz", "plain.wet", "plain.warc"])
def test_wet_conversion_records_are_cleaned(cli, tmp_path, name):
    texts = [CLUTTERED, "A second page with nothing to remove.", "Caf\u00e9 story.\n\nLeave a Reply"]
    path = write(tmp_path / name, wet_records(texts))
    code, out, err = cli(str(path), "--stats=" + str(tmp_path / "s.json"))
    assert code == 0, err
    got = rows(out)
    assert [r["text"] for r in got] == [cleanseed.clean(t) for t in texts]
    assert [r["url"] for r in got] == [f"https://example.com/{i}" for i in (1, 2, 3)]
    assert got[0]["date"] == "2024-05-02T12:00:00Z"
    assert got[0]["id"] == "<urn:uuid:00000000-0000-0000-0000-000000000001>"
    assert list(got[0]) == ["url", "date", "text", "id"]
    stats = json.loads((tmp_path / "s.json").read_text())
    assert stats["documents"] == 3 and stats["skipped"] == 1  # the warcinfo record


def test_warc_flag_reads_any_name_and_stdin(cli, tmp_path):
    data = b"".join(gzip.compress(r) for r in wet_records([CLUTTERED]))
    path = tmp_path / "crawl.bin"
    path.write_bytes(data)
    for argv, stdin in (([str(path)], b""), ([], data)):
        code, out, err = cli("--warc", *argv, stdin=stdin)
        assert code == 0, err
        assert [r["text"] for r in rows(out)] == [cleanseed.clean(CLUTTERED)]


def test_edits_are_stored_when_asked(cli, tmp_path):
    path = write(tmp_path / "a.wet.gz", wet_records([CLUTTERED]))
    code, out, _ = cli(str(path), "--explain-field", "edits")
    assert code == 0
    (row,) = rows(out)
    edits = [cleanseed.Edit(**e) for e in row["edits"]]
    assert cleanseed.replay(CLUTTERED, edits) == row["text"]
    code, out, _ = cli(str(path), "--explain=json")
    assert "edits" in rows(out)[0]


def test_two_workers_keep_order(cli, tmp_path):
    texts = [f"Page {i} says something.\n\nLeave a Reply\n" for i in range(300)]
    path = write(tmp_path / "big.wet.gz", wet_records(texts))
    code1, out1, _ = cli(str(path))
    code2, out2, _ = cli(str(path), "-j", "2", "--batch-size", "7")
    assert code1 == code2 == 0 and out1 == out2
    assert [r["text"] for r in rows(out2)] == [cleanseed.clean(t) for t in texts]
    assert all("Leave" not in r["text"] for r in rows(out2))


def test_read_documents_keeps_html_responses_and_skips_the_rest(tmp_path):
    path = write(tmp_path / "a.warc.gz", warc_records())
    with open(path, "rb") as f:
        docs = read_documents(f, name="a.warc.gz")
        got = list(docs)
    assert [(d.kind, d.url) for d in got] == [("html", "https://example.com/a")]
    assert got[0].payload == PAGE.encode() and got[0].charset == "utf-8"
    assert got[0].date == "2024-05-03T12:00:00Z"
    assert docs.skipped == 5  # warcinfo, request, image, 404, metadata


def test_html_responses_go_through_the_html_entry_point(cli, tmp_path):
    html = pytest.importorskip("cleanseed.html")
    path = write(tmp_path / "a.warc.gz", warc_records())
    code, out, err = cli(str(path), "--stats")
    assert code == 0, err
    (row,) = rows(out)
    assert row["url"] == "https://example.com/a"
    assert row["text"] == html.clean_html(PAGE, url="https://example.com/a")
    assert "minister spoke about the budget" in row["text"]
    assert "records skipped 5" in err


def test_a_damaged_file_is_a_one_line_error(cli, tmp_path):
    path = tmp_path / "bad.warc"
    path.write_bytes(b"this is not a WARC file\r\n\r\n")
    code, _, err = cli(str(path))
    assert code == 1
    assert err.startswith("cleanseed: ") and "bad.warc" in err and len(err.strip().splitlines()) == 1
    with open(path, "rb") as f, pytest.raises(WarcError):
        list(read_documents(f, name="bad.warc"))


def test_human_explain_is_refused_for_warc(cli, tmp_path):
    path = write(tmp_path / "a.wet", wet_records([CLUTTERED]))
    code, out, err = cli(str(path), "--explain")
    assert code == 2 and out == b"" and "--explain=json" in err
