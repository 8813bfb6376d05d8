"""The work of one batch: documents, JSONL lines or WARC records in, output bytes out.

This runs in worker processes (or in the CLI's own process with ``-j 1``).
A :class:`Job` holds everything a worker needs; it is sent once per worker,
through the pool's initializer, and kept in :data:`_STATE` for the life of
that process, so the pipeline is never re-sent or re-compiled per batch.

Results are ``(ok, output bytes, message)`` per item, in order: ``ok`` false
means the item could not be processed; its output then holds the input
unchanged and ``message`` says why, and the caller decides whether to stop
or to pass it through.

JSON and lone surrogates: a JSONL line that is not valid UTF-8 is decoded
with ``surrogateescape``, so each invalid byte becomes a lone surrogate that
the :mod:`json` module carries through like any character, and that is
written back as the same byte. A valid line can also carry lone surrogates
as escapes (``"\\ud800"``), which ``json.loads`` accepts; such a record is
written with ASCII escapes (``ensure_ascii=True``), so the surrogate stays an
escape. Records that do not change are written back byte for byte.
"""

from __future__ import annotations

import gc
import json
import math
import re
from dataclasses import dataclass, field
from typing import Any, Callable

from ._io import decode, encode
from ._io_explain import render
from ._pipeline import Explained, Pipeline, compile_all

__all__ = ["Job", "Stats", "init", "prepare", "process"]


@dataclass(frozen=True)
class Job:
    """What to do with each item; sent once to each worker."""

    pipeline: Pipeline
    mode: str  # "text", "jsonl" or "warc"
    html: bool = False
    field: tuple[str, ...] = ("text",)
    to_field: tuple[str, ...] = ("text",)
    explain: str | None = None  # None, "human" or "json"
    explain_field: tuple[str, ...] | None = None
    color: bool = False
    headers: bool = False  # human explain: a "==> name <==" line before each document
    custom: bool = False  # the pipeline is not the default one (--config, --only, --skip)


@dataclass
class Stats:
    """Counts of one batch, or of a whole run once merged."""

    documents: int = 0
    changed: int = 0
    flagged: int = 0
    errors: int = 0
    skipped: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    chars_in: int = 0
    chars_out: int = 0
    rules: dict[str, list[int]] = field(default_factory=dict)  # rule -> [edits, characters removed]

    def add_result(self, ex: Explained, chars_in: int) -> None:
        self.documents += 1
        self.chars_in += chars_in
        self.chars_out += len(ex.text)
        if ex.edits:
            self.changed += 1
        if ex.flagged:
            self.flagged += 1
        for e in ex.edits:
            slot = self.rules.setdefault(e.rule, [0, 0])
            slot[0] += 1
            slot[1] += len(e.removed) - len(e.replacement)

    def merge(self, other: Stats) -> None:
        for name in ("documents", "changed", "flagged", "errors", "skipped", "bytes_in", "bytes_out", "chars_in", "chars_out"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for rule, (n, chars) in other.rules.items():
            slot = self.rules.setdefault(rule, [0, 0])
            slot[0] += n
            slot[1] += chars

    def to_dict(self) -> dict[str, Any]:
        rules = {r: {"edits": n, "chars_removed": c} for r, (n, c) in sorted(self.rules.items(), key=lambda kv: -kv[1][1])}
        out = {k: getattr(self, k) for k in ("documents", "changed", "flagged", "errors", "skipped",
                                              "bytes_in", "bytes_out", "chars_in", "chars_out")}
        out["chars_removed"] = self.chars_in - self.chars_out
        out["rules"] = rules
        return out


Result = tuple[bool, bytes, str]
_STATE: dict[str, Job] = {}


def init(job: Job) -> None:
    """Pool initializer: keep ``job`` for this process, and compile its patterns once."""
    _STATE["job"] = job
    job.pipeline.explain("")


def prepare(job: Job) -> None:
    """:func:`init`, and compile every pattern of the pipeline now rather than on first use
    (the cleaners' cached properties): the workers that ``-j N`` forks then inherit them
    instead of each compiling its own, which costs seconds.

    The garbage collector waits meanwhile: compiling makes many objects that all live on, which its
    passes only walked (a tenth of the time). Then it sets them aside (:func:`gc.freeze`), so that the
    workers' collections do not walk them either, nor copy the pages they share with this process."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        init(job)
        compile_all(job.pipeline)
    finally:
        gc.freeze()
        if collecting:
            gc.enable()


def process(batch: list[tuple[Any, ...]]) -> tuple[list[Result], Stats]:
    """Process one batch of items of the job's mode."""
    job = _STATE["job"]
    stats = Stats()
    handler: Callable[[Job, tuple[Any, ...], Stats], Result] = _HANDLERS[job.mode]
    out: list[Result] = []
    for item in batch:
        try:
            ok, data, reason = handler(job, item, stats)
        except Exception as e:  # a failing cleaner or HTML parser: one item fails, not the run
            ok, data, reason = False, _unchanged(job, item, f"{type(e).__name__}: {e}"), f"{type(e).__name__}: {e}"
        out.append((ok, data, "" if ok else f"{_where(item)}: {reason}"))
    return out, stats


def _where(item: tuple[Any, ...]) -> str:
    """``FILE`` for a document, ``FILE:LINE`` for a JSONL line, ``FILE:RECORD`` for a WARC record."""
    return item[0] if len(item) == 2 else f"{item[0]}:{item[1]}"


def _unchanged(job: Job, item: tuple[Any, ...], reason: str) -> bytes:
    """What ``--on-error=pass`` writes for an item that failed: its input, unchanged."""
    if job.mode == "text":
        return item[1]
    if job.mode == "jsonl":
        line = item[2]
        return line if line.endswith(b"\n") else line + b"\n"
    _, _, url, date, record_id, kind, payload, charset = item
    text = payload.decode(charset or "utf-8", "replace") if kind == "text" else None
    return _dump({"url": url, "date": date, "text": text, "id": record_id, "error": reason}, True)


def _view(text: str) -> bytes:
    """The human view as bytes: invalid input bytes come back as they were; other lone surrogates are escaped."""
    try:
        return encode(text)
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace")


def _explain(job: Job, text: str) -> Explained:
    return job.pipeline.explain(text)


def _explain_html(job: Job, page: str | bytes, url: str | None) -> Explained:
    """Extract and clean a page through :mod:`cleanseed.html` (bytes: trafilatura finds the charset)."""
    from . import html

    if not job.custom:
        return html.clean_html_and_explain(page, url=url)
    # A chosen pipeline: the same extraction, then that pipeline instead of the default one.
    return job.pipeline.explain(html.extract_text(page, url=url))


def _text_item(job: Job, item: tuple[Any, ...], stats: Stats) -> Result:
    name, data = item
    stats.bytes_in += len(data)
    if job.html:
        ex = _explain_html(job, data, None)
        text = source_text(ex)
    else:
        text = decode(data)
        ex = _explain(job, text)
    stats.add_result(ex, len(text))
    if job.explain == "json":
        return True, _dump({"file": name, "text": ex.text, "edits": [e.to_dict() for e in ex.edits], "flagged": ex.flagged}, True), ""
    if job.explain == "human":
        head = f"==> {name} <==\n" if job.headers else ""
        body = render(text, ex.edits, color=job.color, flagged=ex.flagged)
        return True, _view(head + body + ("" if body.endswith("\n") else "\n")), ""
    out = ex.text
    # A text filter ends its output with a line break when its input did.
    if out and not out.endswith("\n") and data.endswith(b"\n"):
        out += "\n"
    return True, encode(out), ""


def _jsonl_item(job: Job, item: tuple[Any, ...], stats: Stats) -> Result:
    name, lineno, line = item
    stats.bytes_in += len(line)
    original = line if line.endswith(b"\n") else line + b"\n"
    if not line.strip():
        return True, original, ""  # a blank line is not a record; copy it
    try:
        decoded, valid = line.decode("utf-8"), True
    except UnicodeDecodeError:
        decoded, valid = decode(line), False
    try:
        record = _DECODER.decode(decoded)
    except json.JSONDecodeError as e:
        return False, original, f"not valid JSON: {e.msg} (column {e.colno})"
    except _FloatOverflow as e:
        return False, original, str(e)
    except RecursionError:
        return False, original, "not valid JSON: nested too deeply"
    if not isinstance(record, dict):
        return False, original, f"not a JSON object but {_json_type(record)}"
    dotted = ".".join(job.field)
    value = _get(record, job.field)
    if value is _MISSING:
        return False, original, f"no field {dotted!r}"
    if not isinstance(value, str):
        return False, original, f"field {dotted!r} is {_json_type(value)}, not a string"
    if job.html:
        ex = _explain_html(job, value, record.get("url") if isinstance(record.get("url"), str) else None)
        value = source_text(ex)  # the extracted text, which the edits refer to
    else:
        ex = _explain(job, value)
    stats.add_result(ex, len(value))
    if job.explain == "human":
        head = f"==> {name}:{lineno} <==\n"
        return True, _view(head + render(value, ex.edits, color=job.color, flagged=ex.flagged) + "\n\n"), ""
    if not ex.edits and job.explain_field is None and job.to_field == job.field and not job.html:
        return True, original, ""  # nothing removed: the very same bytes
    if valid and job.to_field == job.field and job.explain_field is None:
        spliced = _splice(decoded, job.field, ex.text)
        if spliced is not None:  # the other fields keep their very bytes
            return True, spliced, ""
    try:
        _set(record, job.to_field, ex.text)
        if job.explain_field is not None:
            _set(record, job.explain_field, [e.to_dict() for e in ex.edits])
    except _PathError as e:
        return False, original, str(e)
    return True, _dump(record, valid), ""


_WS = re.compile(r"[ \t\n\r]*")


def _splice(line: str, path: tuple[str, ...], text: str) -> bytes | None:
    """``line`` with the string at ``path`` replaced by ``text``, every other byte as it was.

    None where that cannot be done (then the record is written anew)."""
    span = _value_span(line, path)
    if span is None:
        return None
    try:
        return (line[: span[0]] + json.dumps(text, ensure_ascii=False) + line[span[1] :].rstrip("\r\n")).encode("utf-8") + b"\n"
    except UnicodeEncodeError:  # a lone surrogate: the module doc says how _dump writes it
        return None


def _value_span(doc: str, path: tuple[str, ...]) -> tuple[int, int] | None:
    """Start and end of the value at ``path`` in the JSON object ``doc``; of duplicate keys,
    the last, which is the one ``json.loads`` keeps."""
    found: tuple[int, int] | None = None
    pos = 0
    for key in path:
        pos = _WS.match(doc, pos).end()  # type: ignore[union-attr]
        if doc[pos : pos + 1] != "{":
            return None
        pos, found = pos + 1, None
        while True:
            pos = _WS.match(doc, pos).end()  # type: ignore[union-attr]
            if doc[pos : pos + 1] == "}":  # an empty object
                break
            if doc[pos : pos + 1] != '"':
                return None
            name, pos = json.decoder.scanstring(doc, pos + 1)
            pos = _WS.match(doc, pos).end()  # type: ignore[union-attr]
            if doc[pos : pos + 1] != ":":
                return None
            pos = _WS.match(doc, pos + 1).end()  # type: ignore[union-attr]
            _, end = _DECODER.raw_decode(doc, pos)
            if name == key:
                found = (pos, end)
            pos = _WS.match(doc, end).end()  # type: ignore[union-attr]
            if doc[pos : pos + 1] == ",":
                pos += 1
                continue
            if doc[pos : pos + 1] == "}":
                break
            return None
        if found is None:
            return None
        pos = found[0]
    return found


def _warc_item(job: Job, item: tuple[Any, ...], stats: Stats) -> Result:
    name, index, url, date, record_id, kind, payload, charset = item
    stats.bytes_in += len(payload)
    if kind == "html":
        ex = _explain_html(job, _decode_declared(payload, charset), url)
        stats.add_result(ex, len(source_text(ex)))
    else:
        text = payload.decode("utf-8", "replace")
        ex = _explain(job, text)
        stats.add_result(ex, len(text))
    record: dict[str, Any] = {"url": url, "date": date, "text": ex.text, "id": record_id}
    if job.explain_field is not None:
        _set(record, job.explain_field, [e.to_dict() for e in ex.edits])
    return True, _dump(record, True), ""


_HANDLERS: dict[str, Callable[[Job, tuple[Any, ...], Stats], Result]] = {
    "text": _text_item,
    "jsonl": _jsonl_item,
    "warc": _warc_item,
}


class _FloatOverflow(ValueError):
    """A JSON number beyond the range of a float: it would be written back as ``Infinity``, which is not JSON."""


def _parse_float(literal: str) -> float:
    value = float(literal)
    if math.isinf(value):
        raise _FloatOverflow(f"the number {literal[:40]} is too large to be written back exactly")
    return value


#: ``json.loads`` with one change: ``1e400`` is an error (see :class:`_FloatOverflow`), not ``inf``.
_DECODER = json.JSONDecoder(parse_float=_parse_float)


def _dump(obj: Any, valid_utf8: bool) -> bytes:
    """One JSON line; see the module doc for what happens to lone surrogates."""
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    try:
        return s.encode("utf-8") + b"\n"
    except UnicodeEncodeError:
        pass
    if not valid_utf8:
        try:
            return encode(s) + b"\n"
        except UnicodeEncodeError:
            pass
    return json.dumps(obj, ensure_ascii=True, separators=(",", ":")).encode("ascii") + b"\n"


def _decode_declared(payload: bytes, charset: str | None) -> str | bytes:
    """A page decoded with the charset its HTTP header declares; its bytes when none (or an unknown one)."""
    import codecs

    if charset:
        try:
            codecs.lookup(charset)
        except LookupError:
            return payload
        return payload.decode(charset, "replace")
    return payload


def source_text(ex: Explained) -> str:
    """The text that ``ex.edits`` were made on, rebuilt from the result and the edits.

    For HTML input that is the extracted text, which :mod:`cleanseed.html`
    does not return; ``replay(source_text(ex), ex.edits) == ex.text``.
    """
    parts: list[str] = []
    out_pos = src_pos = 0
    for e in ex.edits:
        kept = e.start - src_pos
        parts.append(ex.text[out_pos : out_pos + kept])
        parts.append(e.removed)
        out_pos += kept + len(e.replacement)
        src_pos = e.end
    parts.append(ex.text[out_pos:])
    return "".join(parts)


class _PathError(Exception):
    pass


_MISSING = object()


def _get(record: dict[str, Any], path: tuple[str, ...]) -> Any:
    value: Any = record
    for key in path:
        if not isinstance(value, dict) or key not in value:
            return _MISSING
        value = value[key]
    return value


def _set(record: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    target = record
    for i, key in enumerate(path[:-1]):
        nxt = target.setdefault(key, {})
        if not isinstance(nxt, dict):
            raise _PathError(f"cannot write {'.'.join(path)!r}: {'.'.join(path[: i + 1])!r} is {_json_type(nxt)}, not an object")
        target = nxt
    target[path[-1]] = value


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"
