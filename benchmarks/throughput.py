"""Throughput benchmark for cleanseed (a script, not a test).

Measures, in one run, on the benchmark texts (``../shared/bench/dev.jsonl.gz``
by default, or ``--data``) and prints markdown tables:

1. MB/s of ``cleanseed.clean`` next to one ``re.finditer(r"[.!?][A-Z]")`` scan
   over the same texts (the practical ceiling of a Python regex pass), one
   Python pass over the lines (what the least rule that looks at lines costs),
   and ftfy's ``fix_text`` and datatrove's C4 line filter when they are installed;
2. a scaling table for documents of 1 KB .. 10 MB: the same 10 MB of
   benchmark text (texts joined end to end, repeated if they run out) cut
   into documents of each size, so only the size differs;
3. peak memory (tracemalloc) while explaining the largest document;
4. the CLI's JSONL end-to-end MB/s at ``-j 1`` and ``-j 2``;
5. the HTML path (``cleanseed.html.clean_html``) against ``trafilatura.extract``;
6. a profile of the default pipeline's cleaners, slowest first.

Timings are best-of-``--repeat`` runs, and the things a ratio compares are
run interleaved (A, B, A, B, ...) so that a loaded machine slows both sides
alike. The HTML section counts CPU time (both sides run in this one thread),
which other processes on the machine change far less than wall time. Run it as::

    python benchmarks/throughput.py                    # everything
    python benchmarks/throughput.py --sections text,scaling --limit 300
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Callable, Iterable, Sequence

import cleanseed

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "bench" / "dev.jsonl.gz"
SECTIONS = ("text", "scaling", "memory", "cli", "html", "profile")
SIZES = (1_000, 10_000, 100_000, 1_000_000, 10_000_000)
CEILING = re.compile(r"[.!?][A-Z]")


# ---------------------------------------------------------------- helpers


def load_records(path: Path, limit: int | None) -> list[dict]:
    """The JSONL records of ``path`` (gzip or plain), at most ``limit``."""
    opener = gzip.open if path.suffix == ".gz" else open
    out = []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                out.append(json.loads(line))
                if limit is not None and len(out) >= limit:
                    break
    return out


def megabytes(texts: Iterable[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def ceiling_scan(text: str) -> int:
    """One regex pass that touches every character: the practical ceiling."""
    n = 0
    for _ in CEILING.finditer(text):
        n += 1
    return n


def line_pass(text: str) -> int:
    """One Python pass over the lines that counts each one's words: the least that a rule which
    looks at lines costs in Python (the target's budget, 0.25× the ceiling, is about this)."""
    n = 0
    for line in text.split("\n"):
        if line.strip():
            n += len(line.split())
    return n


def time_over(fn: Callable[[str], object], texts: Sequence[str]) -> float:
    start = time.perf_counter()
    for t in texts:
        fn(t)
    return time.perf_counter() - start


def best_interleaved(fns: dict[str, Callable[[], float]], repeat: int) -> dict[str, float]:
    """Best time of each function over ``repeat`` interleaved rounds."""
    best = {name: float("inf") for name in fns}
    for _ in range(repeat):
        for name, fn in fns.items():
            best[name] = min(best[name], fn())
    return best


def table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |",
             "| " + " | ".join("---" if i == 0 else "---:" for i in range(len(header))) + " |"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def rate(mb_per_s: float) -> str:
    """MB/s with enough digits to tell slow rates apart."""
    return f"{mb_per_s:.1f}" if mb_per_s >= 10 else f"{mb_per_s:.2f}"


def verdict(ok: bool) -> str:
    return "met" if ok else "**not met**"


def optional(name: str):  # type: ignore[no-untyped-def]
    try:
        return __import__(name)
    except ImportError:
        return None


# ---------------------------------------------------------------- sections


def section_text(texts: list[str], repeat: int) -> str:
    mb = megabytes(texts)
    pipe = cleanseed.default_pipeline()
    pipe("warm up")  # compile every pattern before timing
    fns: dict[str, Callable[[], float]] = {
        "`re.finditer(r\"[.!?][A-Z]\")` single scan (ceiling)": lambda: time_over(ceiling_scan, texts),
        "one Python pass over the lines (split, strip, word count)": lambda: time_over(line_pass, texts),
        "`cleanseed.clean` (default pipeline)": lambda: time_over(cleanseed.clean, texts),
    }
    ftfy = optional("ftfy")
    if ftfy is not None:
        fns["ftfy `fix_text`"] = lambda: time_over(ftfy.fix_text, texts)
    if optional("datatrove") is not None:
        from datatrove.data import Document
        from datatrove.pipeline.filters import C4QualityFilter

        c4 = C4QualityFilter(min_num_sentences=-1, filter_lorem_ipsum=False, filter_curly_bracket=False)
        fns["datatrove `C4QualityFilter` (line mode)"] = lambda: time_over(lambda t: c4.filter(Document(t, "x")), texts)
    best = best_interleaved(fns, repeat)
    ceiling = best[next(iter(fns))]
    rows = [(name, rate(mb / s), f"{ceiling / s:.3f}") for name, s in best.items()]
    ratio = ceiling / best["`cleanseed.clean` (default pipeline)"]
    out = [f"### Text throughput ({len(texts)} texts, {mb:.2f} MB, best of {repeat})", "",
           table(["function", "MB/s", "× ceiling"], rows), "",
           f"Target: default pipeline ≥ 0.25× the ceiling: {ratio:.3f}× — {verdict(ratio >= 0.25)}."]
    return "\n".join(out)


def documents_of(texts: list[str], sizes: Sequence[int]) -> dict[int, str]:
    """One document per size, cut at a line end from the texts joined (repeated as needed)."""
    joined = "\n\n".join(texts)
    out = {}
    for size in sizes:
        doc = joined * (size // len(joined) + 1) if len(joined) < size else joined
        cut = doc.rfind("\n", 0, size)
        out[size] = doc[: cut if cut > size // 2 else size]
    return out


def pieces_of(doc: str, size: int) -> list[str]:
    """``doc`` cut into documents of about ``size`` characters, at line ends where possible."""
    out, pos = [], 0
    while pos < len(doc):
        end = min(pos + size, len(doc))
        if end < len(doc):
            cut = doc.rfind("\n", pos + size // 2, end)
            end = cut + 1 if cut >= 0 else end
        out.append(doc[pos:end])
        pos = end
    return out


def section_scaling(texts: list[str], repeat: int) -> str:
    """The same bytes (the largest size's document) cut into documents of each size.

    Every size then cleans exactly the same text, so a difference in MB/s is
    the cost of document size alone, not of different content.
    """
    pipe = cleanseed.default_pipeline()
    pipe("warm up")
    whole = documents_of(texts, [max(SIZES)])[max(SIZES)]
    mb = megabytes([whole])
    split = {size: pieces_of(whole, size) for size in SIZES}
    best = best_interleaved({str(size): (lambda docs=docs: time_over(pipe, docs)) for size, docs in split.items()},
                            repeat)
    rates = {size: mb / best[str(size)] for size in SIZES}
    rows = [(f"{size // 1000:,} KB" if size < 1_000_000 else f"{size // 1_000_000} MB", f"{len(split[size]):,}",
             rate(rates[size])) for size in SIZES]
    drop = rates[10_000] / rates[10_000_000]
    return "\n".join([f"### Scaling with document size ({mb:.1f} MB of benchmark text cut into documents of each size, "
                      f"best of {repeat})", "",
                      table(["document size", "documents", "MB/s"], rows), "",
                      f"Target: MB/s at 10 MB within 1.3× of MB/s at 10 KB: 10 KB is {drop:.2f}× the 10 MB rate "
                      f"— {verdict(drop <= 1.3)}."])


def section_memory(texts: list[str]) -> str:
    import resource

    doc = documents_of(texts, [10_000_000])[10_000_000]
    pipe = cleanseed.default_pipeline()
    pipe("warm up")
    tracemalloc.start()
    result = pipe.explain(doc)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    size = len(doc.encode("utf-8"))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return "\n".join([
        "### Memory", "",
        table(["measure", "value"], [
            ("document", f"{size / 1e6:.1f} MB ({len(doc):,} code points, {len(result.edits):,} edits)"),
            ("peak Python allocations during `explain` (tracemalloc)", f"{peak / 1e6:.1f} MB ({peak / size:.1f}× the input)"),
            ("peak RSS of this benchmark process so far", f"{rss:.0f} MB"),
        ])])


def section_cli(records: list[dict], repeat: int) -> str:
    if optional("cleanseed.cli") is None:
        return "### CLI\n\n`cleanseed.cli` is not available: skipped."
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        with src.open("w", encoding="utf-8") as f:
            for rec in records:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        size = src.stat().st_size

        def run(jobs: int) -> Callable[[], float]:
            def go() -> float:
                dst = Path(tmp) / f"out{jobs}.jsonl"
                cmd = [sys.executable, "-m", "cleanseed", "--jsonl", "-q", "-j", str(jobs), str(src), "-o", str(dst)]
                start = time.perf_counter()
                proc = subprocess.run(cmd, capture_output=True, text=True)
                took = time.perf_counter() - start
                if proc.returncode != 0:
                    raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.strip()[-500:]}")
                with dst.open(encoding="utf-8") as f:
                    n = sum(1 for _ in f)
                if n != len(records):
                    raise RuntimeError(f"-j {jobs} wrote {n} records for {len(records)} read")
                return took
            return go

        best = best_interleaved({"1": run(1), "2": run(2)}, repeat)
    speedup = best["1"] / best["2"]
    rows = [(f"`cleanseed --jsonl -j {j}`", f"{best[j]:.2f}", rate(size / 1e6 / best[j])) for j in ("1", "2")]
    return "\n".join([f"### CLI, JSONL end to end ({len(records)} records, {size / 1e6:.1f} MB of JSONL, "
                      f"{os.cpu_count()} CPUs, best of {repeat})", "",
                      table(["command", "seconds", "MB/s"], rows), "",
                      f"Target: -j 2 ≥ 1.7× -j 1: {speedup:.2f}× — {verdict(speedup >= 1.7)}."])


def section_html(path: Path, pages: int, repeat: int) -> str:
    if optional("trafilatura") is None:
        return "### HTML path\n\ntrafilatura is not installed: skipped."
    try:
        from cleanseed.html import clean_html
    except ImportError as exc:
        return f"### HTML path\n\n`cleanseed.html.clean_html` is not available ({exc}): skipped."
    import trafilatura

    if not path.exists():
        return f"### HTML path\n\n{path} not found: skipped."
    htmls = [r["html"] for r in load_records(path, pages)]
    clean_html(htmls[0])  # warm up
    caches = _trafilatura_line_caches()

    def cpu(fn: Callable[[str], object], html: str) -> float:
        for cache in caches:  # a page seen once: no side reads lines the other one cached
            cache.cache_clear()
        start = time.process_time()
        fn(html)
        return time.process_time() - start

    t_traf = t_cs = 0.0
    for i, html in enumerate(htmls):  # per page, interleaved (who goes first alternates), best of repeat
        fns = {"traf": lambda: cpu(trafilatura.extract, html), "cs": lambda: cpu(clean_html, html)}
        if i % 2:
            fns = dict(reversed(fns.items()))
        best = best_interleaved(fns, repeat)
        t_traf += best["traf"]
        t_cs += best["cs"]
    mb = megabytes(htmls)
    ratio = t_cs / t_traf
    rows = [("`trafilatura.extract` alone", f"{t_traf:.2f}", rate(mb / t_traf)),
            ("`cleanseed.html.clean_html`", f"{t_cs:.2f}", rate(mb / t_cs))]
    return "\n".join([f"### HTML path ({len(htmls)} pages, {mb:.1f} MB of HTML, CPU seconds, best of {repeat} per page)", "",
                      table(["function", "seconds", "MB/s of HTML"], rows), "",
                      f"Target: HTML path ≤ 1.10× the time of trafilatura alone: {ratio:.2f}× — {verdict(ratio <= 1.10)}."])


def _trafilatura_line_caches() -> list:
    """trafilatura's LRU caches of text lines (``trim``, ``line_processing``, where they exist).

    Run back to back on one page, the second extractor finds the first one's lines in them:
    the HTML section clears them before each call, so that the order costs neither side."""
    import importlib

    utils = importlib.import_module("trafilatura.utils")
    return [f for f in (getattr(utils, name, None) for name in ("trim", "line_processing")) if hasattr(f, "cache_clear")]


def section_profile(texts: list[str], repeat: int) -> str:
    pipe = cleanseed.default_pipeline()
    pipe("warm up")
    mb = megabytes(texts)
    leaves = list(pipe.leaves())
    times = {}
    for leaf in leaves:
        times[leaf.name] = min(time_over(leaf.edits, texts) for _ in range(repeat))
    total_leaves = sum(times.values())
    whole = min(time_over(pipe, texts) for _ in range(repeat))
    rows = [(f"`{name}`", f"{t:.2f}", rate(mb / t), f"{100 * t / total_leaves:.0f}%")
            for name, t in sorted(times.items(), key=lambda kv: -kv[1])]
    rows.append(("**sum of cleaners** (each on the raw texts)", f"{total_leaves:.2f}", rate(mb / total_leaves), "100%"))
    rows.append(("**whole pipeline** (`pipeline(text)`)", f"{whole:.2f}", rate(mb / whole), "–"))
    return "\n".join([f"### Cost per cleaner ({mb:.2f} MB, `leaf.edits(text)` on every raw text, best of {repeat})", "",
                      table(["cleaner", "seconds", "MB/s", "share"], rows)])


# ---------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"JSONL(.gz) with a 'text' field (default: {DEFAULT_DATA})")
    p.add_argument("--html-data", type=Path, default=None,
                   help="JSONL(.gz) with an 'html' field (default: dev-html.jsonl.gz next to --data)")
    p.add_argument("--sections", default=",".join(SECTIONS), help=f"comma-separated subset of {','.join(SECTIONS)}")
    p.add_argument("--limit", type=int, default=None, help="use the first N records only")
    p.add_argument("--repeat", type=int, default=3, help="best of N runs (default: 3)")
    p.add_argument("--html-pages", type=int, default=150, help="HTML pages to time (default: 150)")
    args = p.parse_args(argv)
    wanted = [s.strip() for s in args.sections.split(",") if s.strip()]
    unknown = set(wanted) - set(SECTIONS)
    if unknown:
        p.error(f"unknown section(s): {', '.join(sorted(unknown))}")
    if not args.data.exists():
        p.error(f"{args.data} not found; pass --data FILE.jsonl.gz")
    if args.repeat < 1:
        p.error("--repeat must be at least 1")
    records = load_records(args.data, args.limit)
    texts = [r["text"] for r in records if isinstance(r.get("text"), str)]
    html_data = args.html_data or args.data.with_name("dev-html.jsonl.gz")

    print(f"## cleanseed {cleanseed.__version__} throughput — Python {sys.version.split()[0]}, "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at start\n", flush=True)
    runners = {
        "text": lambda: section_text(texts, args.repeat),
        "scaling": lambda: section_scaling(texts, args.repeat),
        "memory": lambda: section_memory(texts),
        "cli": lambda: section_cli(records, args.repeat),
        "html": lambda: section_html(html_data, args.html_pages, args.repeat),
        "profile": lambda: section_profile(texts, args.repeat),
    }
    for name in wanted:
        start = time.perf_counter()
        print(runners[name](), flush=True)
        print(f"\n<sub>{name}: {time.perf_counter() - start:.0f} s</sub>\n", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
