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

from lxml import etree  # comes with trafilatura; cleanseed.html imports this module on first use

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["BOILERPLATE_FAMILIES", "drop_code", "find_lead", "prune_boilerplate"]

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
#: The same search for lowered ASCII tokens (see :func:`_token_hit`).
_TOKEN_LOWER_RE = re.compile(_TOKEN_RE.pattern)

#: A block never pruned: it holds the article itself.
_KEEP_TAGS = frozenset({"html", "body", "article", "main"})

#: Share of the page's text above which a block is the content, whatever its name.
_MAX_PRUNED_SHARE = 0.5


def _tokens(el: HtmlElement) -> Iterator[str]:
    yield from (el.get("class") or "").split()
    yield from (el.get("id") or "").split()


def _token_hit(token: str) -> bool:
    """Whether a class/id token belongs to a boilerplate family.

    An ASCII token is lowered and searched case-sensitively: the same verdict (the families
    are lower-case ASCII), at less than half the cost of the case-insensitive search."""
    if token.isascii():
        return _TOKEN_LOWER_RE.search(token.lower()) is not None
    return _TOKEN_RE.search(token) is not None


def _is_boilerplate(el: HtmlElement, seen: dict[str, bool]) -> bool:
    """Whether ``el`` is a boilerplate block by tag, role or name; ``seen`` remembers each
    class/id token's verdict (a page repeats its class names: one search per distinct token).

    One ``items()`` call reads all attributes: most elements have one or two, and a ``get``
    per attribute asked for cost more than the loop."""
    if el.tag in BOILERPLATE_TAGS:
        return True
    for name, value in el.items():
        if name == "class" or name == "id":
            for tok in value.split():
                hit = seen.get(tok)
                if hit is None:
                    hit = seen[tok] = _token_hit(tok)
                if hit:
                    return True
        elif name == "role":
            if value.strip().lower() in BOILERPLATE_ROLES:
                return True
        elif name == "hidden" or (name == "aria-hidden" and value == "true"):
            return True
    return False


#: An ``articleBody`` below an element (an XPath with an attribute test over a whole page costs
#: as much as the rest of the pruning: it runs below the few blocks about to go only).
_ARTICLE_BODY_BELOW = etree.XPath("descendant::*[@itemprop='articleBody'][1]")


def _holds_article(el: HtmlElement, page_chars: int) -> bool:
    """Whether pruning ``el`` would cut into the article itself."""
    if el.tag in _KEEP_TAGS or el.get("itemprop") == "articleBody":
        return True
    if next(el.iterdescendants("h1"), None) is not None:
        return True
    return len(el.text_content()) > _MAX_PRUNED_SHARE * page_chars or bool(_ARTICLE_BODY_BELOW(el))


def prune_boilerplate(tree: HtmlElement) -> int:
    """Remove boilerplate blocks from ``tree`` in place; return how many went.

    A block goes when its tag, ARIA role, ``hidden`` state or a class/id
    token belongs to one of the families above, unless it holds the
    article: an ``<article>``/``<main>``, the ``<h1>``, the
    ``articleBody`` or more than half of the page's text.

    One walk in document order finds them; below a block that goes it does not
    descend (nothing there is left to prune). Whether a block holds the article
    depends on its own subtree only, which no earlier removal touches, so the
    blocks are dropped after the walk.
    """
    body = tree.find("body")
    root = body if body is not None else tree
    page_chars = len(root.text_content()) or 1
    seen: dict[str, bool] = {}
    doomed = []
    walk = etree.iterwalk(root, events=("start",))
    next(walk)  # the root itself stays
    for _, el in walk:
        if isinstance(el.tag, str) and _is_boilerplate(el, seen) and not _holds_article(el, page_chars):
            doomed.append(el)
            walk.skip_subtree()
    for el in doomed:
        el.drop_tree()  # keeps the element's tail text
    return len(doomed)


#: ``<script type>`` values of JavaScript (after strip and lower case; none at all is JavaScript too).
_JAVASCRIPT_TYPES = frozenset({"", "text/javascript", "application/javascript", "module", "text/ecmascript",
                               "application/ecmascript", "application/x-javascript"})


def drop_code(tree: HtmlElement) -> int:
    """Remove the page's JavaScript and CSS (``<script>`` of a JavaScript type, ``<style>``)
    and the ``<meta>`` and ``<link>`` elements of its ``<head>`` from ``tree`` in place,
    tails kept; return how many went.

    trafilatura removes both on each of its paths before it looks at the tree (its tree
    cleaning, readability, the baseline and justext's cleaning) and reads no script but
    JSON-LD, which stays like every other data script; it copies the tree several times
    before that, though, scripts and all: without them the HTML path takes ~1.5% less time,
    and its output on the dev-html pages is the same. The head's ``<meta>`` and ``<link>``
    elements (a tenth of a page's elements) only feed its metadata and language check,
    which :data:`~cleanseed.html.TRAFILATURA_OPTIONS` leave off: without them trafilatura
    takes 3% less time on the 586 dev-html pages (8% on the first 150), for the same text.
    """
    head = tree.find("head")
    doomed = [el for el in tree.iter("script", "style")
              if el.tag == "style" or (el.get("type") or "").strip().lower() in _JAVASCRIPT_TYPES]
    if head is not None:
        doomed += [el for el in head if el.tag == "meta" or el.tag == "link"]
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()
    return len(doomed)


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
