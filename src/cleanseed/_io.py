"""Byte streams for the command line: files, stdin/stdout, gzip and zstd.

Compression is chosen by file extension (``.gz`` through the standard
library's :mod:`gzip`, ``.zst`` through the ``zstandard`` package, imported
only when such a file is used). Everything here works on bytes: text is
decoded by the caller with ``surrogateescape``, so invalid UTF-8 survives a
round trip unchanged.
"""

from __future__ import annotations

import sys
from typing import BinaryIO, Iterator

__all__ = ["InputError", "close_output", "decode", "display_name", "encode", "is_tty", "open_input", "open_output", "read_lines"]

#: Text is read and written as UTF-8 with this error handler: an invalid byte
#: becomes a lone surrogate on the way in and the same byte on the way out.
ERRORS = "surrogateescape"


class InputError(Exception):
    """An input or output file cannot be used; the message is one line for the user."""


def decode(data: bytes) -> str:
    """Bytes to text, keeping invalid UTF-8 bytes as lone surrogates."""
    return data.decode("utf-8", ERRORS)


def encode(text: str) -> bytes:
    """Text to bytes: the inverse of :func:`decode`."""
    return text.encode("utf-8", ERRORS)


def display_name(path: str) -> str:
    """How a path is named in messages (``-`` is standard input)."""
    return "<stdin>" if path == "-" else path


def _zstd():
    try:
        import zstandard
    except ImportError:  # pragma: no cover - the cli extra installs it
        raise InputError("reading or writing .zst files needs the zstandard package: pip install 'cleanseed[cli]'") from None
    return zstandard


def open_input(path: str) -> BinaryIO:
    """Open ``path`` (``-`` for stdin) for reading bytes, decompressing by extension."""
    if path == "-":
        return sys.stdin.buffer
    try:
        raw = open(path, "rb")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as e:
        raise InputError(f"{path}: {e.strerror or e}") from None
    if path.endswith(".gz"):
        import gzip

        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    if path.endswith(".zst"):
        return _ZstdReader(raw, path)  # type: ignore[return-value]
    return raw


class _ZstdReader:
    """Reads a zstd file of one or more frames; a truncated file is an error, not a short read.

    (``zstandard``'s ``stream_reader`` ends quietly at a cut-off frame, which
    would silently lose the records after the cut.)
    """

    def __init__(self, raw: BinaryIO, name: str, *, chunk: int = 1 << 20) -> None:
        self.raw, self.name, self.chunk = raw, name, chunk
        self.decompressor = _zstd().ZstdDecompressor()
        self.frame = None  # the decompressobj of the frame being read
        self.buffer = bytearray()
        self.at_end = False
        self.error: InputError | None = None

    def _fill(self) -> None:
        data = self.raw.read(self.chunk)
        if not data:
            if self.frame is not None:
                raise InputError(f"{self.name}: cannot read: the zstd data is truncated")
            self.at_end = True
            return
        while data:
            if self.frame is None:
                self.frame = self.decompressor.decompressobj()
            try:
                self.buffer += self.frame.decompress(data)
            except Exception as e:  # zstandard.ZstdError
                raise InputError(f"{self.name}: cannot read: {e}") from None
            if self.frame.eof:
                data, self.frame = self.frame.unused_data, None
            else:
                data = b""

    def read(self, size: int = -1) -> bytes:
        if self.error is not None:
            raise self.error
        while not self.at_end and (size < 0 or len(self.buffer) < size):
            try:
                self._fill()
            except InputError as e:
                if not self.buffer:
                    raise
                self.error = e  # hand out what was decompressed first; fail on the next read
                break
        if size < 0 or size >= len(self.buffer):
            out, self.buffer = bytes(self.buffer), bytearray()
        else:
            out = bytes(self.buffer[:size])
            del self.buffer[:size]
        return out

    def close(self) -> None:
        self.raw.close()


def open_output(path: str | None) -> BinaryIO:
    """Open ``path`` (``None`` or ``-`` for stdout) for writing bytes, compressing by extension."""
    if path is None or path == "-":
        return sys.stdout.buffer
    try:
        raw = open(path, "wb")
    except OSError as e:
        raise InputError(f"{path}: cannot write: {e.strerror or e}") from None
    if path.endswith(".gz"):
        import gzip

        return gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=6, mtime=0)  # type: ignore[return-value]
    if path.endswith(".zst"):
        return _zstd().ZstdCompressor(level=3).stream_writer(raw, closefd=True)  # type: ignore[return-value]
    return raw


def close_output(stream: BinaryIO) -> None:
    """Flush ``stream``; close it unless it is stdout (closing also closes a gzip/zstd file's raw file)."""
    if stream is sys.stdout.buffer:
        stream.flush()
        return
    raw = getattr(stream, "fileobj", None)  # GzipFile does not close a file object it was given
    stream.close()
    if raw is not None:
        raw.close()


def read_lines(stream: BinaryIO, *, chunk: int = 1 << 20) -> Iterator[bytes]:
    """The lines of ``stream``, each with its line end (the last one may have none).

    Reads in chunks, so memory holds one chunk plus the longest line.
    Only ``\\n`` ends a line: a ``\\r`` or a Unicode line separator inside a
    JSON string stays part of its record.
    """
    rest = b""
    # read1 returns what is there (one raw read) instead of waiting for a full
    # chunk, so a line from a slow producer is processed when it arrives.
    read = getattr(stream, "read1", stream.read)
    while True:
        block = read(chunk)
        if not block:
            break
        if rest:
            block = rest + block
        lines = block.split(b"\n")
        rest = lines.pop()
        for line in lines:
            yield line + b"\n"
    if rest:
        yield rest


def is_tty(stream: object) -> bool:
    """Whether ``stream`` is an interactive terminal."""
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError):
        return False
