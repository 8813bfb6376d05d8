"""The ``cleanseed`` command: a streaming filter for shells and ingestion pipelines.

``main(argv) -> int`` parses the options and runs; it never calls
``sys.exit`` (the console script's :func:`run` does). Start-up imports only
the light core (``regex``); compression, progress, WARC and HTML libraries
are imported when an option needs them. The work itself lives in
:mod:`cleanseed._io_records` (one batch) and :mod:`cleanseed._io_run`
(ordered, bounded parallel map).
"""

from __future__ import annotations

import os
import sys
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Iterator, Sequence

from . import __version__
from ._io import InputError, close_output, display_name, is_tty, open_input, open_output, read_lines

if TYPE_CHECKING:  # the core is imported lazily at run time
    import argparse

    from ._io_records import Job
    from ._pipeline import Pipeline

__all__ = ["main", "run"]

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT, EXIT_INTERRUPTED, EXIT_BROKEN_PIPE = 0, 1, 2, 130, 141
_JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".jsonl.zst", ".ndjson", ".ndjson.gz", ".ndjson.zst")
_WARC_SUFFIXES = (".warc", ".warc.gz", ".warc.zst", ".wet", ".wet.gz", ".wet.zst")
_MAX_WARNINGS = 20

_EPILOG = """\
examples:
  cleanseed page.txt                          clean one text file to stdout
  cat page.txt | cleanseed > clean.txt        as a filter
  cleanseed --explain page.txt                show what goes, and which rule removes it
  cleanseed corpus.jsonl.gz -o clean.jsonl.zst -j 4 --stats
  cleanseed --field meta.body --explain-field edits docs.jsonl
  cleanseed --warc CC-MAIN-...-00000.warc.wet.gz -o cc.jsonl.gz
  cleanseed --list                            every cleaner, with its description

Options that take an optional value (--explain, --stats) need "=" for it:
--explain=json, --stats=stats.json.

exit status: 0 done; 1 failure (unreadable or corrupt input, write error);
2 bad usage or bad input (a malformed JSONL line or a missing field stops
the run after everything before it is written; --on-error=pass copies such
lines instead); 130 interrupted; 141 output closed early (e.g. | head).
"""


def _parser() -> argparse.ArgumentParser:
    """The argument parser (argparse is imported here, off the ``--version`` path)."""
    import argparse

    class _Formatter(argparse.RawDescriptionHelpFormatter):
        """Shows options with an optional value GNU style: ``--explain[=human|json]``."""

        def _format_action_invocation(self, action: argparse.Action) -> str:
            if action.dest in ("explain", "stats"):
                return f"{action.option_strings[0]}[{action.metavar}]"
            return super()._format_action_invocation(action)

    class _Parser(argparse.ArgumentParser):
        """An argument parser whose errors are one line."""

        def error(self, message: str) -> None:  # type: ignore[override]
            self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message} (see {self.prog} --help)\n")

    p = _Parser(
        prog="cleanseed",
        usage="cleanseed [OPTIONS] [FILE ...]",
        description="Strip scraped-page clutter (captions, bylines, teasers, comment forms, share bars)\n"
        "from web text, and explain every removal. Reads FILEs (or stdin), writes stdout (or -o FILE).",
        epilog=_EPILOG,
        formatter_class=_Formatter,
    )
    p.add_argument("files", nargs="*", metavar="FILE",
                   help="input files; none or '-' reads stdin. .gz and .zst are decompressed")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write here instead of stdout; .gz/.zst compress")
    io = p.add_argument_group("input formats")
    mode = io.add_mutually_exclusive_group()
    mode.add_argument("--text", dest="mode", action="store_const", const="text",
                      help="each input is one document (the default, except for the names below)")
    mode.add_argument("--jsonl", dest="mode", action="store_const", const="jsonl",
                      help="one JSON object a line (automatic for *.jsonl, *.jsonl.gz, *.jsonl.zst, *.ndjson*)")
    mode.add_argument("--warc", dest="mode", action="store_const", const="warc",
                      help="WARC/WET files: clean WET conversion records and HTML response records, "
                      "write JSONL with url, date, text, id (automatic for *.warc*, *.wet*)")
    io.add_argument("--field", default="text", metavar="PATH",
                    help="JSONL: the field to clean; dots reach into nested objects (default: text)")
    io.add_argument("--output-field", metavar="PATH",
                    help="JSONL: write the cleaned text here and keep --field as it was (default: --field)")
    io.add_argument("--html", action="store_true",
                    help="the input (or the JSONL field) is HTML: extract its text, then clean it")
    io.add_argument("--on-error", choices=("stop", "pass"), default="stop",
                    help="a malformed JSONL line or a missing/non-string field: stop with exit status 2 "
                    "(default), or pass the line through unchanged, warn and count it")
    sel = p.add_argument_group("choosing cleaners")
    sel.add_argument("--list", action="store_true", help="list every cleaner with its description, and exit")
    sel.add_argument("--only", action="append", default=[], metavar="NAMES",
                     help="run only these cleaners or groups (comma-separated, repeatable)")
    sel.add_argument("--skip", action="append", default=[], metavar="NAMES",
                     help="do not run these cleaners or groups (comma-separated, repeatable)")
    sel.add_argument("--config", metavar="FILE",
                     help="TOML file choosing cleaners, their options and extra phrase lists (applied before --only/--skip)")
    out = p.add_argument_group("explaining and reporting")
    out.add_argument("--explain", choices=("human", "json"), metavar="=human|json",
                     help="human (the default value): the text with each removal marked [-like this-]{rule}, "
                     "coloured on a terminal; json: the cleaned text and its edits as JSON, one line a document; "
                     "with JSONL input, json stores the edits in each record (see --explain-field)")
    out.add_argument("--explain-field", metavar="PATH",
                     help="JSONL/WARC: store each record's edits (rule, start, end, removed, replacement) "
                     "in this field (--explain=json alone uses 'edits')")
    out.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                     help="colour in the --explain view (auto: when writing to a terminal and NO_COLOR is unset)")
    out.add_argument("--stats", metavar="=FILE",
                     help="report documents, bytes in/out and characters removed by rule: on stderr, "
                     "or as JSON into FILE with --stats=FILE")
    out.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no warnings (errors still show)")
    run_ = p.add_argument_group("running")
    run_.add_argument("-j", "--jobs", type=_nonneg_int, default=1, metavar="N",
                      help="worker processes (default 1; 0: one per CPU). Output order is input order")
    run_.add_argument("--batch-size", type=_pos_int, default=64, metavar="N",
                      help="documents sent to a worker at a time (default 64; a batch also ends at 512 KB)")
    p.add_argument("-V", "--version", action="version", version=f"cleanseed {__version__}")
    return p


def _nonneg_int(s: str) -> int:
    import argparse

    try:
        n = int(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {s!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {n}")
    return n


def _pos_int(s: str) -> int:
    import argparse

    n = _nonneg_int(s)
    if n == 0:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return n


_OPTIONAL_VALUE = {"--explain": "human", "--stats": "-"}


def _expand(argv: Sequence[str]) -> list[str]:
    """Give bare ``--explain`` / ``--stats`` their default value, GNU style (a value needs ``=``)."""
    out: list[str] = []
    for i, a in enumerate(argv):
        if a == "--":
            out.extend(argv[i:])
            break
        out.append(f"{a}={_OPTIONAL_VALUE[a]}" if a in _OPTIONAL_VALUE else a)
    return out


def run() -> None:
    """Entry point of the console script."""
    sys.exit(main())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    args_list = _expand(sys.argv[1:] if argv is None else argv)
    if args_list in (["--version"], ["-V"]):  # the start-up fast path: no parser to build
        print(f"cleanseed {__version__}")
        return EXIT_OK
    try:
        args = _parser().parse_args(args_list)
    except SystemExit as e:  # --help, --version and usage errors
        return e.code if isinstance(e.code, int) else EXIT_FAILURE
    try:
        return _Run(args).go()
    except _Usage as e:
        print(f"cleanseed: error: {e}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except InputError as e:
        print(f"cleanseed: {e}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE


def _silence_stdout() -> None:
    """After the reader of stdout went away, point stdout at /dev/null so the final flush is quiet."""
    try:
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, sys.stdout.fileno())
        os.close(fd)
    except (OSError, ValueError, AttributeError):
        pass


class _Usage(Exception):
    """A usage error found after parsing (bad cleaner name, missing file, ...)."""


class _Run:
    """One run of the command: options checked, pipeline built, inputs streamed to the output."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.files: list[str] = args.files or ["-"]
        self.warned = 0
        self.read_error: InputError | None = None

    # -- set-up ---------------------------------------------------------------

    def pipeline(self) -> Pipeline:
        from ._default import default_pipeline

        pipeline = default_pipeline()
        if self.args.config:
            from .config import ConfigError, load_config

            try:
                pipeline = load_config(self.args.config, base=pipeline)
            except ConfigError as e:
                raise _Usage(str(e)) from None
        try:
            only = _split(self.args.only)
            if only:
                pipeline = pipeline.only(*only)
            skip = _split(self.args.skip)
            if skip:
                pipeline = pipeline.without(*skip)
        except ValueError as e:
            raise _Usage(str(e)) from None
        return pipeline

    def mode(self) -> str:
        if self.args.mode:
            return self.args.mode
        named = [f for f in self.files if f != "-"]
        for mode, suffixes in (("jsonl", _JSONL_SUFFIXES), ("warc", _WARC_SUFFIXES)):
            hits = [f for f in named if f.lower().endswith(suffixes)]
            if hits and len(hits) == len(self.files):
                return mode
            if hits:
                raise _Usage(f"{hits[0]} looks like {mode.upper()} but other inputs do not; "
                             f"give --text, --jsonl or --warc to say how to read them all")
        return "text"

    def check_inputs(self) -> None:
        if self.files.count("-") > 1:
            raise _Usage("standard input ('-') can be read only once")
        for f in self.files:
            if f == "-":
                continue
            if not os.path.exists(f):
                raise _Usage(f"{f}: no such file")
            if os.path.isdir(f):
                raise _Usage(f"{f}: is a directory")
        if self.args.output and self.args.output != "-":
            out = os.path.abspath(self.args.output)
            if any(f != "-" and os.path.abspath(f) == out for f in self.files):
                raise _Usage(f"{self.args.output}: is also an input; it would be overwritten while read")

    # -- the run --------------------------------------------------------------

    def go(self) -> int:
        args = self.args
        pipeline = self.pipeline()
        if args.list:
            _print_list(pipeline, sys.stdout)
            return EXIT_OK
        mode = self.mode()
        if args.html and mode == "warc":
            raise _Usage("--html does not apply to --warc: WARC response records are HTML already")
        if mode != "jsonl" and (args.output_field or args.field != "text"):
            raise _Usage("--field and --output-field need JSONL input (--jsonl, or a *.jsonl file)")
        if mode == "text" and args.explain_field:
            raise _Usage("--explain-field needs JSONL or WARC input; for text, use --explain=json")
        if mode == "warc" and args.explain == "human":
            raise _Usage("--warc writes JSONL; use --explain=json or --explain-field to store the edits")
        self.check_inputs()
        job = self.job(pipeline, mode)
        from ._io_records import Stats

        self.stats = Stats()
        out = open_output(args.output)
        try:
            status = self.stream(job, out)
        finally:
            try:
                close_output(out)
            except BrokenPipeError:
                raise
        self.report()
        return status

    def job(self, pipeline: Pipeline, mode: str) -> Job:
        from ._io_records import Job

        args = self.args
        field = _path(args.field, "--field")
        explain_field = _path(args.explain_field, "--explain-field") if args.explain_field else None
        if explain_field is None and args.explain == "json" and mode in ("jsonl", "warc"):
            explain_field = ("edits",)
        color = args.color == "always" or (
            args.color == "auto" and not args.output and is_tty(sys.stdout) and not os.environ.get("NO_COLOR")
        )
        return Job(
            pipeline=pipeline,
            mode=mode,
            html=args.html,
            field=field,
            to_field=_path(args.output_field, "--output-field") if args.output_field else field,
            explain=None if (mode != "text" and args.explain == "json") else args.explain,
            explain_field=explain_field,
            color=color,
            headers=len(self.files) > 1,
            custom=pipeline is not _default_pipeline(),
        )

    def stream(self, job: Job, out: BinaryIO) -> int:
        from ._io_records import init, prepare, process
        from ._io_run import ordered_map

        args = self.args
        jobs = args.jobs or os.cpu_count() or 1
        if jobs > 1:
            # Compile the patterns once here: forked workers inherit them instead of each compiling its own.
            prepare(job)
        batches = _batch(self.items(job.mode), max_items=args.batch_size, max_bytes=512 << 10)
        results = ordered_map(process, batches, jobs=jobs, initializer=init, initargs=(job,))
        bar = self.progress()
        try:
            for outputs, stats in results:
                self.stats.merge(stats)
                for ok, data, message in outputs:
                    if not ok:
                        if args.on_error == "stop":
                            out.flush()
                            print(f"{message} (--on-error=pass copies such input unchanged)", file=sys.stderr)
                            return EXIT_BAD_INPUT
                        self.stats.errors += 1
                        self.warn(f"{message}; copied unchanged")
                    out.write(data)
                    self.stats.bytes_out += len(data)
                if bar is not None:
                    bar.update(len(outputs))
        finally:
            results.close()
            if bar is not None:
                bar.close()
        if self.warned > _MAX_WARNINGS and not args.quiet:
            print(f"cleanseed: {self.warned - _MAX_WARNINGS} more inputs copied unchanged", file=sys.stderr)
        if self.read_error is not None:
            raise self.read_error
        return EXIT_OK

    def items(self, mode: str) -> Iterator[tuple[tuple[Any, ...], int]]:
        """``(item, size)`` for every document, line or record of every input, in order.

        An input that cannot be read ends the items; the error is kept in
        ``read_error`` and raised once everything read before it is written.
        """
        try:
            yield from self._items(mode)
        except InputError as e:
            self.read_error = e

    def _items(self, mode: str) -> Iterator[tuple[tuple[Any, ...], int]]:
        for path in self.files:
            name = display_name(path)
            if mode == "warc":
                yield from self.warc_items(path, name)
                continue
            stream = open_input(path)
            try:
                if mode == "text":
                    data = _read_all(stream, name)
                    yield (name, data), len(data)
                else:
                    for lineno, line in enumerate(_guard(read_lines(stream), name), 1):
                        yield (name, lineno, line), len(line)
            finally:
                if stream is not sys.stdin.buffer:
                    stream.close()

    def warc_items(self, path: str, name: str) -> Iterator[tuple[tuple[Any, ...], int]]:
        from .warc import WarcError, read_documents

        stream = sys.stdin.buffer if path == "-" else open(path, "rb")
        docs = read_documents(stream, name=name)
        try:
            for i, d in enumerate(docs, 1):
                yield (name, i, d.url, d.date, d.record_id, d.kind, d.payload, d.charset), len(d.payload)
        except WarcError as e:
            raise InputError(str(e)) from None
        finally:
            self.stats.skipped += docs.skipped
            if stream is not sys.stdin.buffer:
                stream.close()

    def progress(self) -> Any:
        """A tqdm bar on stderr when it is a terminal (and not --quiet), else ``None``."""
        if self.args.quiet or not is_tty(sys.stderr):
            return None
        try:
            from tqdm import tqdm
        except ImportError:
            return None
        total = None
        if self.args.mode != "jsonl" and all(f != "-" for f in self.files) and self.mode() == "text":
            total = len(self.files)
        return tqdm(total=total, unit=" doc", unit_scale=True, file=sys.stderr, leave=False, dynamic_ncols=True)

    def warn(self, message: str) -> None:
        self.warned += 1
        if not self.args.quiet and self.warned <= _MAX_WARNINGS:
            print(f"{message}", file=sys.stderr)

    def report(self) -> None:
        target = self.args.stats
        if target is None:
            return
        if target == "-":
            _print_stats(self.stats.to_dict(), sys.stderr)
            return
        import json

        try:
            with open(target, "w", encoding="utf-8") as f:
                json.dump(self.stats.to_dict(), f, indent=2)
                f.write("\n")
        except OSError as e:
            raise InputError(f"{target}: cannot write the statistics: {e.strerror or e}") from None


def _default_pipeline() -> Pipeline:
    from ._default import default_pipeline

    return default_pipeline()


def _split(values: list[str]) -> list[str]:
    return [n.strip() for v in values for n in v.split(",") if n.strip()]


def _path(dotted: str, option: str) -> tuple[str, ...]:
    parts = tuple(dotted.split("."))
    if not all(parts):
        raise _Usage(f"{option} {dotted!r}: empty name in the dotted path")
    return parts


def _read_all(stream: BinaryIO, name: str) -> bytes:
    try:
        return stream.read()
    except (OSError, EOFError) as e:
        raise InputError(f"{name}: cannot read: {e}") from None
    except Exception as e:  # zstandard raises its own ZstdError
        raise InputError(f"{name}: cannot read: {e}") from None


def _guard(lines: Iterator[bytes], name: str) -> Iterator[bytes]:
    """``lines``, with a damaged compressed stream turned into a one-line error."""
    try:
        yield from lines
    except (OSError, EOFError) as e:
        raise InputError(f"{name}: cannot read: {e}") from None
    except Exception as e:  # zstandard raises its own ZstdError
        if type(e).__name__ != "ZstdError":
            raise
        raise InputError(f"{name}: cannot read: {e}") from None


def _batch(items: Iterator[tuple[tuple[Any, ...], int]], *, max_items: int, max_bytes: int) -> Iterator[list[tuple[Any, ...]]]:
    batch: list[tuple[Any, ...]] = []
    size = 0
    for item, n in items:
        batch.append(item)
        size += n
        if len(batch) >= max_items or size >= max_bytes:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _print_list(pipeline: Pipeline, stream: IO[str]) -> None:
    from ._pipeline import Pipeline

    rows: list[tuple[str, str]] = []

    def walk(p: Pipeline, depth: int) -> None:
        for c in p.cleaners:
            rows.append(("  " * depth + c.name, c.description))
            if isinstance(c, Pipeline):
                walk(c, depth + 1)

    walk(pipeline, 0)
    width = max((len(n) for n, _ in rows), default=0)
    for name, desc in rows:
        stream.write(f"{name:<{width}}  {desc}\n")


def _print_stats(s: dict[str, Any], stream: IO[str]) -> None:
    removed = s["chars_removed"]
    share = removed / s["chars_in"] if s["chars_in"] else 0.0
    stream.write(
        f"documents      {s['documents']} (changed {s['changed']}, flagged {s['flagged']}, "
        f"errors passed {s['errors']}, records skipped {s['skipped']})\n"
        f"bytes          {s['bytes_in']} in, {s['bytes_out']} out\n"
        f"characters     {s['chars_in']} in, {s['chars_out']} out, {removed} removed ({share:.1%})\n"
    )
    if s["rules"]:
        width = max(len(r) for r in s["rules"])
        stream.write(f"{'rule':<{width}}  {'edits':>8}  {'chars':>10}\n")
        for rule, r in s["rules"].items():
            stream.write(f"{rule:<{width}}  {r['edits']:>8}  {r['chars_removed']:>10}\n")


if __name__ == "__main__":  # pragma: no cover
    run()
