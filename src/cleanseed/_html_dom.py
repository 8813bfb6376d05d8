"""DOM steps around trafilatura: prune known boilerplate, recover the lead.

This module works on ``lxml.html`` trees only and never imports
trafilatura; :mod:`cleanseed.html` calls it between parsing and
extraction. Both steps were chosen by measurement on the benchmark's dev
split (``benchmarks/html_settings.py``): each family below removed more
annotated clutter than content there, and the families that cost content
(``related``, ``share``, ``widget``, ``modal``, ``paywall``, ``ad``) are
left out on purpose.

Class and id attributes are split into tokens and each token is tested on
its own, so ``comments-area`` is a comment section but ``commentary`` is not.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:  # lxml comes with trafilatura; only the type is needed here
    from lxml.html import HtmlElement

__all__ = ["BOILERPLATE_FAMILIES", "find_lead", "prune_boilerplate"]

#: Families of class/id tokens that mark boilerplate blocks, by name. Each
#: value is a regular expression searched in one class or id token (case
#: ignored). The patterns are short alternations without nested repeats.
BOILERPLATE_FAMILIES: dict[str, str] = {
    "comments": r"comment(?!ary)|kommentar|disqus|respond$|^replies$",
    "newsletter": r"newsletter|subscri|sign-?up|opt-?in|scrim",
    "hidden": r"^(?:hidden|hide|d-none|visually-hidden|sr-only|screen-reader-text|invisible)$",
    "cookie": r"cookie|consent|gdpr|borlabs|content-?blocker",
    "byline": r"byline|author-?(?:bio|box|info|details)|about-?author",
    "caption": r"caption|credit",
    "toc": r"^toc$|ez-toc|table-of-contents|inhaltsverzeichnis",
    "print": r"^print-(?:header|footer|tools)$",
    "footer": r"footer",
}

#: Elements pruned by tag: navigation and forms (search, login, sign-up).
#: (``<footer>``, ``<aside>`` and ``<figcaption>`` by tag changed nothing or cost content.)
BOILERPLATE_TAGS = frozenset({"nav", "form"})

#: ARIA roles of page chrome, never of an article body.
BOILERPLATE_ROLES = frozenset({"dialog", "complementary", "navigation", "contentinfo", "banner"})

_TOKEN_RE = re.compile("|".join(f"(?:{p})" for p in BOILERPLATE_FAMILIES.values()), re.IGNORECASE)

#: A block never pruned: it holds the article itself.
_KEEP_TAGS = frozenset({"html", "body", "article", "main"})

#: Share of the page's text above which a block is the content, whatever its name.
_MAX_PRUNED_SHARE = 0.5


def _tokens(el: HtmlElement) -> Iterator[str]:
    yield from (el.get("class") or "").split()
    yield from (el.get("id") or "").split()


def _is_boilerplate(el: HtmlElement, seen: dict[str, bool]) -> bool:
    """Whether ``el`` is a boilerplate block by tag, role or name; ``seen`` remembers each
    class/id token's verdict (a page repeats its class names: one search per distinct token)."""
    if el.tag in BOILERPLATE_TAGS:
        return True
    role = (el.get("role") or "").strip().lower()
    if role in BOILERPLATE_ROLES or el.get("aria-hidden") == "true" or el.get("hidden") is not None:
        return True
    for tok in _tokens(el):
        hit = seen.get(tok)
        if hit is None:
            hit = seen[tok] = _TOKEN_RE.search(tok) is not None
        if hit:
            return True
    return False


def _holds_article(el: HtmlElement, page_chars: int) -> bool:
    """Whether pruning ``el`` would cut into the article itself."""
    if el.tag in _KEEP_TAGS or el.get("itemprop") == "articleBody":
        return True
    if el.find(".//h1") is not None or el.find(".//*[@itemprop='articleBody']") is not None:
        return True
    return len(el.text_content()) > _MAX_PRUNED_SHARE * page_chars


def prune_boilerplate(tree: HtmlElement) -> int:
    """Remove boilerplate blocks from ``tree`` in place; return how many went.

    A block goes when its tag, ARIA role, ``hidden`` state or a class/id
    token belongs to one of the families above, unless it holds the
    article: an ``<article>``/``<main>``, the ``<h1>``, the
    ``articleBody`` or more than half of the page's text.
    """
    body = tree.find("body")
    root = body if body is not None else tree
    page_chars = len(root.text_content()) or 1
    seen: dict[str, bool] = {}
    doomed = [el for el in root.iter() if isinstance(el.tag, str) and el is not root and _is_boilerplate(el, seen)]
    gone: set[HtmlElement] = set()
    count = 0
    for el in doomed:  # document order: an ancestor comes before its descendants
        if any(a in gone for a in el.iterancestors()):
            continue
        if _holds_article(el, page_chars):
            continue
        gone.add(el)
        el.drop_tree()  # keeps the element's tail text
        count += 1
    return count


#: Class/id tokens of an article's lead (standfirst, teaser text, chapo...).
_LEAD_RE = re.compile(
    r"(?:^|[-_])(?:intro|introduction|lead|leadtext|lead-text|lede|excerpt|abstract|chapo|standfirst|"
    r"summary|preface|teaser|teaser-text|description|subline|perex|bajada|sapo|dek)(?:$|[-_])",
    re.IGNORECASE,
)
#: Tokens that make a lead-like name a box of something else (author bio, teaser lists...).
_NOT_LEAD_RE = re.compile(
    r"author|newsletter|box|block|container|list|slider|card|image|photo|asset|video|media|figure|grid|"
    r"site-|cookie|consent|wrapper|(?:^|[-_])ads?(?:$|[-_])",
    re.IGNORECASE,
)
_NOT_LEAD_TAGS = frozenset(
    {"meta", "link", "script", "style", "img", "html", "body", "article", "main", "section",
     "li", "ul", "ol", "a", "aside", "figcaption", "figure", "header", "nav", "form"}
)
#: How far (in elements, document order) a named lead may sit after the ``<h1>``.
_LEAD_MAX_DISTANCE = 30
_LEAD_MIN_CHARS = 40
_LEAD_MAX_CHARS = 2000


def find_lead(tree: HtmlElement) -> str | None:
    """The article's lead paragraph, or ``None``.

    The lead (standfirst) is the first block after the ``<h1>`` that is
    marked ``itemprop="description"``, or that has a lead-like class/id
    token (``teaser-text``, ``intro``, ``excerpt``, ``chapo``, ...) and sits
    close after the ``<h1>``. Extractors often drop it because it lives in
    the article header rather than the body.
    """
    h1 = tree.find(".//h1")
    if h1 is None:
        return None
    near = list(itertools.islice(_following(tree, h1), _LEAD_MAX_DISTANCE))
    # farther on, only a block marked as the description can be the lead: XPath finds those
    # (in document order) without a walk through the rest of the page
    seen = set(near)
    far = [el for el in h1.xpath(_DESCRIBED_AFTER) if el not in seen]
    for el in itertools.chain(near, far):
        if not isinstance(el.tag, str) or el.tag in _NOT_LEAD_TAGS:
            continue
        described = el.get("itemprop") == "description"
        named = el in seen and any(
            _LEAD_RE.search(t) and not _NOT_LEAD_RE.search(t) for t in _tokens(el)
        )
        if not (described or named):
            continue
        if el.find(".//script") is not None or el.find(".//style") is not None:
            continue  # its text would be code
        if any("author" in (a.get("itemprop") or "") for a in el.iterancestors()):
            continue  # an author's description, not the article's
        text = " ".join(el.text_content().split())
        if _LEAD_MIN_CHARS <= len(text) <= _LEAD_MAX_CHARS:
            return text
    return None


_DESCRIBED_AFTER = "descendant::*[@itemprop='description'] | following::*[@itemprop='description']"


def _following(tree: HtmlElement, start: HtmlElement) -> Iterator[HtmlElement]:
    """Every node of ``tree`` after ``start`` in document order (its own descendants first),
    without walking the nodes before it."""
    yield from start.iterdescendants()
    el = start
    while el is not tree and el is not None:
        for sibling in el.itersiblings():
            yield sibling
            yield from sibling.iterdescendants()
        el = el.getparent()


def norm(text: str) -> str:
    """Text for containment tests: NFKC, whitespace collapsed, case-folded."""
    return " ".join(unicodedata.normalize("NFKC", text).split()).casefold()
