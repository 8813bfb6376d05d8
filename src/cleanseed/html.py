r"""HTML entry point: extract the article with trafilatura, then clean it.

>>> from cleanseed.html import clean_html
>>> clean_html("<html><body><nav><a href='/'>Home</a></nav><h1>Title</h1>"
...            "<p>The article says something worth keeping, in one sentence.</p></body></html>")  # doctest: +SKIP
'Title\nThe article says something worth keeping, in one sentence.'

The steps, each chosen by measurement on the benchmark's dev split (see
``benchmarks/html_settings.py`` and the README section "HTML input"):

1. parse the page (``str``, or ``bytes`` whose encoding trafilatura detects);
2. prune boilerplate blocks by tag, ARIA role and class/id families
   (comments, newsletter, hidden, cookie, byline, caption, table of contents,
   print chrome, footer, ``<nav>``, ``<form>``) with a guard that never
   prunes the article itself;
3. find the article's lead paragraph (:func:`cleanseed._html_dom.find_lead`);
4. ``trafilatura.extract(tree, include_comments=False)``, all other options
   at their defaults; put the lead back in front when trafilatura left it out;
5. run :func:`cleanseed.default_pipeline` on that text.

trafilatura is imported on first use only. Without it, the functions raise
an :class:`ImportError` that says ``pip install 'cleanseed[html]'``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._default import default_pipeline
from ._pipeline import Explained

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["clean_html", "clean_html_and_explain", "extract_text"]

_INSTALL_HINT = "pip install 'cleanseed[html]'"

#: The options passed to ``trafilatura.extract`` (measured; see the module doc).
TRAFILATURA_OPTIONS: dict[str, Any] = {"include_comments": False}


def _trafilatura() -> Any:
    """The trafilatura module, or a clear ImportError naming the extra."""
    try:
        import trafilatura
    except ImportError as e:  # also lxml >= 5.2 without lxml_html_clean
        raise ImportError(f"cleanseed.html needs trafilatura and lxml_html_clean: {_INSTALL_HINT} ({e})") from e
    return trafilatura


def _parse(html: str | bytes) -> HtmlElement | None:
    if not isinstance(html, (str, bytes)):
        raise TypeError(f"html must be str or bytes, not {type(html).__name__}")
    _trafilatura()
    from trafilatura.utils import load_html

    if not html.strip():
        return None
    return load_html(html)


def extract_text(html: str | bytes, *, url: str | None = None) -> str:
    """The article text of ``html`` before cleaning ("" when there is none).

    This is the text that :func:`clean_html_and_explain`'s edits refer to.
    ``bytes`` are decoded by trafilatura (declared charset, else detection).
    """
    tree = _parse(html)
    if tree is None:
        return ""
    from . import _html_dom  # after _parse: it imports lxml, which _parse checks with a clear error

    _html_dom.prune_boilerplate(tree)
    lead = _html_dom.find_lead(tree)
    text = _trafilatura().extract(tree, url=url, **TRAFILATURA_OPTIONS) or ""
    if lead and _html_dom.norm(lead) not in _html_dom.norm(text):
        text = f"{lead}\n{text}" if text else lead
    return text


def clean_html_and_explain(html: str | bytes, *, url: str | None = None) -> Explained:
    """Extract the article of ``html`` and clean it, with the edits made.

    The edits refer to the *extracted text*, not to the HTML:
    ``replay(extract_text(html, url=url), result.edits) == result.text``.
    A page with no extractable text gives ``Explained("", [])``.
    """
    return default_pipeline().explain(extract_text(html, url=url))


def clean_html(html: str | bytes, *, url: str | None = None) -> str:
    """The cleaned article text of ``html`` ("" when there is none).

    ``html`` is a whole page as ``str`` or ``bytes``; ``url``, when known,
    helps trafilatura. Needs the ``html`` extra: ``pip install 'cleanseed[html]'``.
    """
    return clean_html_and_explain(html, url=url).text
