r"""HTML entry point: extract the article with trafilatura, then clean it.

>>> from cleanseed.html import clean_html
>>> clean_html("<html><body><nav><a href='/'>Home</a></nav><h1>Title</h1>"
...            "<p>The article says something worth keeping, in one sentence.</p></body></html>")  # doctest: +SKIP
'Title\nThe article says something worth keeping, in one sentence.'

The steps, each chosen by measurement on the benchmark's dev split (see
``benchmarks/html_settings.py`` and the README section "HTML input"):

1. parse the page as trafilatura does (``str``, or ``bytes`` whose encoding
   trafilatura detects), with a cheaper element class lookup (:func:`_parser`);
2. prune boilerplate blocks by tag, ARIA role and class/id families
   (comments, newsletter, hidden, cookie, byline, caption, table of contents,
   print chrome, footer, ``<nav>``, ``<form>``) with a guard that never
   prunes the article itself;
3. find the article's lead paragraph (:func:`cleanseed._html_dom.find_lead`),
   then drop the page's JavaScript and CSS and the head's ``<meta>`` and
   ``<link>`` elements, which trafilatura would copy before it drops them
   itself (:func:`cleanseed._html_dom.drop_code`);
4. ``trafilatura.extract(tree, include_comments=False)``, all other options
   at their defaults; put the lead back in front when trafilatura left it out;
5. run :func:`cleanseed.default_pipeline` on that text.

trafilatura is imported on first use only. Without it, the functions raise
an :class:`ImportError` that says ``pip install 'cleanseed[html]'``.
"""

from __future__ import annotations

import functools
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
    if not html.strip():
        return None
    return _load_html(html)


def _load_html(html: str | bytes) -> HtmlElement | None:
    """``trafilatura.utils.load_html(html)``, step for step, but parsed with :func:`_parser`."""
    from lxml.html import fromstring
    from trafilatura import utils

    if not all(hasattr(utils, name) for name in _LOADER_PARTS):  # another trafilatura: its own loader
        return utils.load_html(html)  # type: ignore[no-any-return]
    text = utils.decode_file(html)
    beginning = text[:50].lower()
    dubious = utils.is_dubious_html(beginning)
    text = utils.repair_faulty_html(text, beginning)
    tree, from_bytes = None, False
    try:
        tree = fromstring(text, parser=_parser())
    except ValueError:  # "Unicode strings with encoding declaration are not supported"
        tree, from_bytes = _parse_bytes(text), True
    except Exception:  # noqa: BLE001 - as trafilatura: lxml's parse errors mean no tree
        pass
    if (tree is None or len(tree) < 1) and not from_bytes:
        tree = _parse_bytes(text)
    if tree is not None and dubious and len(tree) < 2:  # not HTML at all
        return None
    return tree


#: What :func:`_load_html` takes from ``trafilatura.utils``.
_LOADER_PARTS = ("HTML_PARSER", "decode_file", "is_dubious_html", "repair_faulty_html")


def _parse_bytes(text: str) -> HtmlElement | None:
    from lxml.html import fromstring

    try:
        return fromstring(text.encode("utf8", "surrogatepass"), parser=_parser())
    except Exception:  # noqa: BLE001 - as trafilatura
        return None


@functools.cache
def _parser() -> Any:
    """trafilatura's HTML parser (same options), with lxml's built-in element class lookup.

    lxml.html's own lookup is a Python method that runs for every element object created,
    by our pruning and by every pass of trafilatura over the tree: the built-in one
    makes each ``HtmlElement`` in C (dev-html: the same output, 3% less time). Only
    ``lxml.html``'s form classes (``.value``, ``.inputs``...) are not used, which neither
    cleanseed nor trafilatura call.
    """
    from lxml import etree
    from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HtmlProcessingInstruction
    from trafilatura.utils import HTML_PARSER

    parser = HTML_PARSER.copy()
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(
        element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity))
    return parser


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
    _html_dom.drop_code(tree)  # after find_lead, which turns down a lead with code in it
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
