"""Compare the two well-kept WARC readers, fastwarc and warcio, on a generated file.

Writes a gzipped WARC (one gzip member per record, as Common Crawl does)
with HTTP ``response`` records holding HTML, ``request`` records, and a WET
file with ``conversion`` records, then times a full read of each with each
library: iterate, keep the records cleanseed reads, and read their payload.

    .venv/bin/python benchmarks/warc_libs.py [--records N] [--repeat R]
"""

from __future__ import annotations

import argparse
import gzip
import tempfile
import time
from pathlib import Path


def _record(kind: str, url: str, block: bytes, extra: str = "") -> bytes:
    head = (
        "WARC/1.0\r\n"
        f"WARC-Type: {kind}\r\n"
        f"WARC-Target-URI: {url}\r\n"
        "WARC-Date: 2024-05-01T12:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:{abs(hash((kind, url))):032x}>\r\n"
        f"{extra}"
        f"Content-Length: {len(block)}\r\n\r\n"
    ).encode()
    return gzip.compress(head + block + b"\r\n\r\n", compresslevel=1)


def generate(folder: Path, records: int) -> tuple[Path, Path]:
    """A WARC with ``records`` HTML responses (and requests) and a WET with as many conversions."""
    para = "<p>" + "The minister spoke about the economy and the budget. " * 40 + "</p>\n"
    html = ("<html><head><title>t</title></head><body>" + para * 10 + "</body></html>").encode()
    warc, wet = folder / "gen.warc.gz", folder / "gen.warc.wet.gz"
    with open(warc, "wb") as w, open(wet, "wb") as t:
        for i in range(records):
            url = f"https://example.com/{i}"
            req = f"GET /{i} HTTP/1.1\r\nHost: example.com\r\n\r\n".encode()
            w.write(_record("request", url, req, "Content-Type: application/http; msgtype=request\r\n"))
            http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
            w.write(_record("response", url, http, "Content-Type: application/http; msgtype=response\r\n"))
            text = ("The minister spoke about the economy. " * 200).encode()
            t.write(_record("conversion", url, text, "Content-Type: text/plain\r\n"))
    return warc, wet


def read_fastwarc(path: Path) -> int:
    from fastwarc.stream_io import GzipReader
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    n = 0
    with open(path, "rb") as f:
        kinds = WarcRecordType.response | WarcRecordType.conversion
        for rec in ArchiveIterator(GzipReader(f), record_types=kinds, parse_http=True):
            n += len(rec.reader.read())
            rec.headers.get("WARC-Target-URI")
    return n


def read_warcio(path: Path) -> int:
    from warcio.archiveiterator import ArchiveIterator

    n = 0
    with open(path, "rb") as f:
        for rec in ArchiveIterator(f):
            if rec.rec_type in ("response", "conversion"):
                n += len(rec.content_stream().read())
                rec.rec_headers.get_header("WARC-Target-URI")
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=3000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        warc, wet = generate(Path(tmp), args.records)
        print(f"{'library':10} {'file':6} {'MB (gz)':>8} {'MB payload':>10} {'s':>7} {'MB/s':>7}")
        for name, fn in (("fastwarc", read_fastwarc), ("warcio", read_warcio)):
            for label, path in (("warc", warc), ("wet", wet)):
                best = float("inf")
                for _ in range(args.repeat):
                    t0 = time.perf_counter()
                    size = fn(path)
                    best = min(best, time.perf_counter() - t0)
                mb = size / 1e6
                print(f"{name:10} {label:6} {path.stat().st_size / 1e6:8.1f} {mb:10.1f} {best:7.3f} {mb / best:7.0f}")


if __name__ == "__main__":
    main()
