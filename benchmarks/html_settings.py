"""Measure HTML extraction settings on the benchmark's HTML split.

Runs each named setting (trafilatura options, the DOM pruning families of
:mod:`cleanseed._html_dom`, the lead recovery, the text cleaners) over every
page of ``dev-html.jsonl.gz`` and prints snippet precision / recall / F1 per
source, scored with the benchmark's own ``score.judge``. This is how the
settings of :func:`cleanseed.html.clean_html` were chosen.

    python benchmarks/html_settings.py [--bench /work/shared/bench] [--jobs 2]
        [--only NAME ...] [--limit N]

Needs the benchmark folder (it is not part of the package) and the ``html``
extra. Pages run in ``--jobs`` processes; one setting takes about 15-35 s of
CPU on the 586 dev pages.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Setting:
    """One way to turn a page into text."""

    name: str
    options: dict[str, Any] = field(default_factory=dict)
    families: tuple[str, ...] | None = ()  # None: cleanseed's own families
    tags_and_roles: bool = False
    lead: bool = False
    clean: bool = True


def _settings() -> list[Setting]:
    from cleanseed import _html_dom

    ours = tuple(_html_dom.BOILERPLATE_FAMILIES)
    out = [
        Setting("trafilatura default", clean=False),
        Setting("trafilatura default + cleaners"),
        Setting("include_comments=False", {"include_comments": False}, clean=False),
        Setting("include_comments=False + cleaners", {"include_comments": False}),
        Setting("favor_precision, no comments + cleaners", {"favor_precision": True, "include_comments": False}),
        Setting("favor_recall, no comments + cleaners", {"favor_recall": True, "include_comments": False}),
        Setting("no comments + pruning + cleaners", {"include_comments": False}, None, True),
        Setting("no comments + lead + cleaners", {"include_comments": False}, lead=True),
    ]
    for fam in ours:  # each family alone, to see what it brings
        out.append(Setting(f"no comments + family {fam} + cleaners", {"include_comments": False}, (fam,)))
    out.append(Setting("cleanseed.html (pruning + lead + cleaners)", {"include_comments": False}, None, True, True))
    return out


_RECORDS: list[dict[str, Any]] = []


def _run(args: tuple[Setting, int]) -> str:
    setting, i = args
    import trafilatura
    from trafilatura.utils import load_html

    from cleanseed import _html_dom, default_pipeline

    html = _RECORDS[i]["html"]
    try:
        tree = load_html(html)
    except Exception:  # noqa: BLE001 - a page that does not parse gives no text
        tree = None
    if tree is None:
        return ""
    if setting.families is None:
        _html_dom.prune_boilerplate(tree)
    elif setting.families:
        pattern = re.compile("|".join(_html_dom.BOILERPLATE_FAMILIES[f] for f in setting.families), re.IGNORECASE)
        for el in [e for e in tree.iter() if isinstance(e.tag, str) and e.tag not in ("html", "body")]:
            toks = (el.get("class") or "").split() + (el.get("id") or "").split()
            if any(pattern.search(t) for t in toks) and el.getparent() is not None:
                el.drop_tree()  # no guard here: the family's raw effect
    lead = _html_dom.find_lead(tree) if setting.lead else None
    text = trafilatura.extract(tree, **setting.options) or ""
    if lead and _html_dom.norm(lead) not in _html_dom.norm(text):
        text = f"{lead}\n{text}"
    return default_pipeline()(text) if setting.clean else text


def _init(records: list[dict[str, Any]]) -> None:
    _RECORDS[:] = records


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", default="/work/shared/bench", help="the benchmark folder (score.py, dev-html.jsonl.gz)")
    ap.add_argument("--data", default="dev-html.jsonl.gz")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--only", nargs="*", help="run only the settings whose name contains one of these")
    args = ap.parse_args(argv)

    sys.path.insert(0, args.bench)
    import score  # the benchmark's scorer: judge() and the normalisation

    records = list(score.load(str(Path(args.bench) / args.data)))
    if args.limit:
        records = records[: args.limit]
    settings = [s for s in _settings() if not args.only or any(o in s.name for o in args.only)]
    print(f"{'setting':50s} {'group':17s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tok_f1':>6s} {'sec':>6s}")
    with ProcessPoolExecutor(args.jobs, initializer=_init, initargs=(records,)) as pool:
        for setting in settings:
            t0 = time.perf_counter()
            outs = list(pool.map(_run, [(setting, i) for i in range(len(records))], chunksize=4))
            secs = time.perf_counter() - t0
            groups: dict[str, Any] = defaultdict(score.Acc)
            for rec, out in zip(records, outs):
                res = score.judge(rec, out)
                for key in ("all", rec["source"]):
                    groups[key].add(rec, out, res, rec["html"])
            for key in ("all", "trafilatura-eval", "scrapinghub"):
                s = groups[key].summary()
                tok = f"{s['tok_f1']:6.3f}" if "tok_f1" in s else "     -"
                print(f"{setting.name[:50]:50s} {key:17s} {s['snip_p']:6.3f} {s['snip_r']:6.3f} {s['snip_f1']:6.3f} {tok} "
                      f"{secs if key == 'all' else 0:6.1f}", flush=True)


if __name__ == "__main__":
    main()
