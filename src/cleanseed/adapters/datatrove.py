"""A datatrove formatter step that cleans ``doc.text`` with cleanseed.

Install with ``pip install 'cleanseed[datatrove]'``. Use it like any
datatrove formatter::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleanseed.adapters.datatrove import CleanseedFormatter

    LocalPipelineExecutor(
        pipeline=[JsonlReader("in/"), CleanseedFormatter(store_edits=True), JsonlWriter("out/")],
        tasks=4, logging_dir="logs/",
    ).run()

The step records, through datatrove's own stats (``stats.json`` in the
logging folder, and the summary printed at the end of a run):

- ``changed``: documents that lost at least one span; ``flagged``:
  documents the pipeline kept whole because it would have removed more than
  its cap;
- ``chars_removed``: net characters removed per document (of all documents);
- ``edits/<rule>`` and ``chars/<rule>``: per cleaner rule, how many edits it
  made and how many characters they removed, per document it touched.

With ``store_edits=True`` each document's ``metadata[metadata_key]`` holds
``{"edits": [...], "flagged": None or reason}``; every edit is a dict with
``rule``, ``start``, ``end`` (code-point offsets in the text the step
received), ``removed`` and ``replacement``, so
``cleanseed.replay(original, edits)`` rebuilds the output. A document whose
text becomes empty is kept (with empty text): add a filter after this step
to drop such documents if you want.
"""

from __future__ import annotations

from collections import Counter

try:
    from datatrove.data import DocumentsPipeline
    from datatrove.pipeline.formatters.base import BaseFormatter
    from datatrove.utils.typeshelper import StatHints
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "cleanseed.adapters.datatrove needs datatrove: pip install 'cleanseed[datatrove]'"
    ) from exc

from .._default import default_pipeline
from .._pipeline import Explained, Pipeline

__all__ = ["CleanseedFormatter"]


class CleanseedFormatter(BaseFormatter):
    """Cleans each document's text with a cleanseed pipeline.

    ``pipeline`` defaults to :func:`cleanseed.default_pipeline`; it is
    pickled with the step, so every worker runs exactly the configuration
    given here. ``store_edits`` saves the edits in ``doc.metadata``.
    """

    name = "🧹 cleanseed"

    def __init__(self, pipeline: Pipeline | None = None, *, store_edits: bool = False,
                 metadata_key: str = "cleanseed") -> None:
        super().__init__()
        if pipeline is not None and not isinstance(pipeline, Pipeline):
            raise TypeError(f"pipeline must be a cleanseed Pipeline, not {type(pipeline).__name__}")
        self.pipeline = default_pipeline() if pipeline is None else pipeline
        self.store_edits = store_edits
        self.metadata_key = metadata_key

    def format(self, text: str) -> str:
        """The cleaned text (datatrove's formatter hook)."""
        return self.pipeline(text)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for doc in data:
            self.stat_update(StatHints.total)
            with self.track_time():
                result = self.pipeline.explain(doc.text)
            self._record(result, len(doc.text))
            if self.store_edits:
                doc.metadata[self.metadata_key] = {
                    "edits": [e.to_dict() for e in result.edits],
                    "flagged": result.flagged,
                }
            doc.text = result.text
            yield doc

    def _record(self, result: Explained, original_length: int) -> None:
        """Update this step's datatrove stats with one document's result."""
        if result.flagged is not None:
            self.stat_update("flagged")
        self.stat_update("chars_removed", value=original_length - len(result.text))
        if not result.edits:
            return
        self.stat_update("changed")
        edits: Counter[str] = Counter()
        chars: Counter[str] = Counter()
        for e in result.edits:
            edits[e.rule] += 1
            chars[e.rule] += len(e.removed) - len(e.replacement)
        for rule, n in edits.items():
            self.stat_update(f"edits/{rule}", value=n)
            self.stat_update(f"chars/{rule}", value=chars[rule])
