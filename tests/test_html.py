"""The HTML entry point: extraction, pruning, lead recovery, cleaning, errors."""

from __future__ import annotations

import sys

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

pytest.importorskip("trafilatura")

from cleanseed import replay  # noqa: E402
from cleanseed import html as chtml  # noqa: E402
from cleanseed._html_dom import find_lead, prune_boilerplate  # noqa: E402

BODY = [
    "The city council voted on Tuesday to rebuild the old harbour bridge, which has been closed to traffic since the spring floods damaged two of its pillars.",
    "Engineers told the council that the new bridge will be wider, with a separate lane for bicycles and a footpath on both sides, and that work can start next year.",
    "Residents who live near the harbour said they had waited a long time for the decision and hoped the noise of construction would not last longer than planned.",
    "The mayor said the cost will be shared between the city and the regional government, and that a public meeting about the plans will take place in March.",
]
LEAD = "After months of debate, the harbour bridge will be rebuilt with room for cyclists and walkers."
CAPTION = "Photo: the closed bridge seen from the north quay, by Jane Lensman"
COMMENT = "I have crossed this bridge every day for forty years and I am glad it is coming back."


def page(*, lead_class: str = "article-lead", extra_body: str = "") -> str:
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    return f"""<!DOCTYPE html>
<html lang="en"><head><title>Harbour bridge to be rebuilt</title></head>
<body>
<nav class="main-menu"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="page">
 <div class="article-head">
  <h1>Harbour bridge to be rebuilt</h1>
  <div class="{lead_class}">{LEAD}</div>
 </div>
 <article>
  <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a> <a href="#">Email this article</a></div>
  <figure><img src="bridge.jpg" alt="bridge"><figcaption class="wp-caption-text">{CAPTION}</figcaption></figure>
  {paras}
  {extra_body}
  <div class="newsletter-signup"><h3>Get the morning briefing</h3><p>Sign up for our free newsletter and never miss a story from the harbour district again.</p><form><input type="email"><button>Subscribe</button></form></div>
 </article>
 <section id="comments" class="comments-area">
  <h2>3 comments</h2>
  <ol class="comment-list"><li class="comment"><div class="comment-content"><p>{COMMENT}</p></div></li></ol>
  <div id="respond"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p></div>
 </section>
</div>
<footer class="site-footer"><p>Copyright 2024 Harbour Daily. All rights reserved.</p></footer>
</body></html>"""


def test_content_survives_and_clutter_goes() -> None:
    text = chtml.clean_html(page())
    for para in BODY:
        assert para in text
    for clutter in (COMMENT, CAPTION, "Leave a Reply", "Share on Facebook", "Sign up for our free newsletter",
                    "will not be published", "All rights reserved", "Sport"):
        assert clutter not in text, clutter


def test_lead_is_recovered_in_front() -> None:
    text = chtml.clean_html(page())
    assert text.startswith(LEAD)
    assert text.count(LEAD) == 1


def test_lead_needs_a_lead_like_name() -> None:
    assert find_lead(_tree(page(lead_class="promo-box"))) is None
    assert find_lead(_tree(page())) == LEAD


def test_bytes_are_decoded_like_str() -> None:
    html = page()
    assert chtml.clean_html(html.encode("utf-8")) == chtml.clean_html(html)
    latin = html.replace("<head>", '<head><meta charset="iso-8859-1">').replace("harbour bridge will", "Brücke will")
    assert "Brücke will" in chtml.clean_html(latin.encode("iso-8859-1"))


def test_explain_refers_to_the_extracted_text() -> None:
    html = page(extra_body="<p>Related: Ten bridges you must see</p><p>Read more: Floods hit the coast</p>")
    extracted = chtml.extract_text(html)
    result = chtml.clean_html_and_explain(html)
    assert replay(extracted, result.edits) == result.text == chtml.clean_html(html)
    for e in result.edits:
        assert extracted[e.start : e.end] == e.removed


def test_nothing_extractable_gives_empty_text() -> None:
    for html in ("", "   ", b"", "<html><body></body></html>", "plain words, no markup at all"):
        assert chtml.clean_html(html) == ""
        ex = chtml.clean_html_and_explain(html)
        assert ex.text == "" and ex.edits == []


def test_none_from_trafilatura_gives_empty_text(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    monkeypatch.setattr(trafilatura, "extract", lambda *a, **k: None)
    assert chtml.extract_text(page(lead_class="x")) == ""
    assert chtml.clean_html(page(lead_class="x")) == ""


def test_wrong_type_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="str or bytes"):
        chtml.clean_html(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="str or bytes"):
        chtml.clean_html(["<p>x</p>"])  # type: ignore[arg-type]


def test_missing_trafilatura_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # makes `import trafilatura` fail
    with pytest.raises(ImportError, match=r"pip install 'cleanseed\[html\]'"):
        chtml.clean_html(page())


def test_import_is_lazy() -> None:
    import subprocess

    code = "import sys, cleanseed.html; print('trafilatura' in sys.modules, 'lxml' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def _tree(html: str):
    from trafilatura.utils import load_html

    return load_html(html)


def test_pruning_never_removes_the_article() -> None:
    # A page whose whole body sits in an element with a boilerplate-like name.
    html = "<html><body><div class='footer-wrap comments'><h1>Title</h1>" + "".join(f"<p>{p}</p>" for p in BODY) + "</div></body></html>"
    tree = _tree(html)
    prune_boilerplate(tree)
    assert BODY[2] in tree.text_content()
    # ... or holds the articleBody, however little of the page's text that is
    rest = "".join(f"<p>{p}</p>" for p in BODY[1:])
    for marked in ("<div itemprop='articleBody'><p>{}</p></div>", "<p itemprop='articleBody'>{}</p>"):
        html = f"<html><body><div class='comments-wrap'>{marked.format(BODY[0])}</div><div>{rest}</div></body></html>"
        tree = _tree(html)
        assert prune_boilerplate(tree) == 0 and BODY[0] in tree.text_content()
    html = f"<html><body><div class='comments-wrap'><p>{BODY[0]}</p></div><div>{rest}</div></body></html>"
    tree = _tree(html)
    assert prune_boilerplate(tree) == 1 and BODY[0] not in tree.text_content()


def test_pruning_reads_whole_tokens() -> None:
    html = "<html><body><div class='commentary'><p>" + BODY[0] + "</p></div><div class='hidden-xs'><p>" + BODY[1] + \
        "</p></div><div class='hidden'><p>secret</p></div><p>" + BODY[2] + "</p></body></html>"
    tree = _tree(html)
    assert prune_boilerplate(tree) == 1
    text = tree.text_content()
    assert BODY[0] in text and BODY[1] in text and "secret" not in text


def test_lead_is_found_near_the_title_only() -> None:
    far = "".join(f"<div><span>{i}</span></div>" for i in range(40))
    html = f"<html><body><h1>T</h1>{far}<div class='teaser'>{LEAD}</div><p>{BODY[0]}</p></body></html>"
    assert find_lead(_tree(html)) is None
    html = f"<html><body><h1>T</h1><div class='teaser'>{LEAD}</div><p>{BODY[0]}</p></body></html>"
    assert find_lead(_tree(html)) == LEAD
    html = f"<html><body><h1>T</h1>{far}<p itemprop='description'>{LEAD}</p><p>{BODY[0]}</p></body></html>"
    assert find_lead(_tree(html)) == LEAD
    html = f"<html><body><h1>T</h1><div class='author-description'>{LEAD}</div></body></html>"
    assert find_lead(_tree(html)) is None
    assert find_lead(_tree(f"<html><body><div class='teaser'>{LEAD}</div></body></html>")) is None


def test_adversarial_class_names_stay_linear() -> None:
    # Many elements with long class tokens: pruning must stay fast (generous bound).
    import time

    cls = " ".join(["comment" * 50 + "x"] * 20)
    html = "<html><body>" + "".join(f"<div class='{cls}'><p>{BODY[0]}</p></div>" for _ in range(2000)) + "</body></html>"
    tree = _tree(html)
    t0 = time.perf_counter()
    prune_boilerplate(tree)
    assert time.perf_counter() - t0 < 10


def test_parse_gives_trafilaturas_tree() -> None:
    # cleanseed parses with its own copy of trafilatura's parser (a cheaper element lookup):
    # the tree must be the one trafilatura.utils.load_html builds, on every path it takes
    from lxml.html import tostring

    latin = page().replace("<head>", '<head><meta charset="iso-8859-1">').replace("harbour bridge will", "Brücke will")
    cases = [page(), page().encode("utf-8"), latin.encode("iso-8859-1"), b"\xef\xbb\xbf" + page().encode("utf-8"),
             '<?xml version="1.0" encoding="utf-8"?><html><body><p>Br\u00fccke</p></body></html>',  # str with a declaration
             "<html><body><!-- note --><?pi x?><p>a\x0bb</p><form><input name='q'></form></body></html>",
             "<!DOCTYPE html>\n<html/>\n<body><p>self-closed html</p></body>", "<p>a fragment</p>", "plain words"]
    for html in cases:
        ours, theirs = chtml._parse(html), _tree(html)
        assert (ours is None) == (theirs is None), html
        if ours is not None:
            assert tostring(ours) == tostring(theirs), html
    assert chtml._parse("plain words") is None


def test_drop_code_keeps_data_scripts_and_tails() -> None:
    from cleanseed._html_dom import drop_code

    html = ("<html><head><style>p {}</style><script>var a = 1;</script>"
            "<script type='application/ld+json'>{\"articleBody\": \"x\"}</script></head><body>"
            "<p>one<script type='text/javascript'>f()</script> two</p><script type='module'>g()</script>three"
            "<script type='text/template'><p>tpl</p></script><script type=' TEXT/JavaScript '>h()</script></body></html>")
    tree = _tree(html)
    assert drop_code(tree) == 5
    assert [s.get("type") for s in tree.iter("script")] == ["application/ld+json", "text/template"]
    assert tree.find("body").text_content().startswith("one twothree")
    assert chtml.clean_html(page(extra_body="<script>document.write('Loading the player')</script>")) == chtml.clean_html(page())


def test_drop_code_drops_the_heads_meta_and_link_elements_only() -> None:
    from cleanseed._html_dom import drop_code

    html = ("<html><head><meta charset='utf-8'><title>T</title><link rel='canonical' href='/a'>"
            "<meta name='description' content='d'></head><body><div><meta itemprop='name' content='n'>one</div>"
            "<p>two</p></body></html>")
    tree = _tree(html)
    assert drop_code(tree) == 3
    assert [el.tag for el in tree.find("head")] == ["title"]
    assert [el.get("itemprop") for el in tree.iter("meta")] == ["name"]  # the body's stays
    with_head = page().replace("<head>", "<head><meta name='keywords' content='x'><link rel='icon' href='/i.png'>")
    assert chtml.clean_html(with_head) == chtml.clean_html(page())


def test_parse_falls_back_to_trafilaturas_loader(monkeypatch: pytest.MonkeyPatch) -> None:
    # a trafilatura without one of the loader's parts: its own load_html, the same text
    from trafilatura import utils

    expected = chtml.clean_html(page())
    calls = []
    monkeypatch.setattr(chtml, "_LOADER_PARTS", (*chtml._LOADER_PARTS, "a_part_renamed_since"))
    monkeypatch.setattr(utils, "load_html", lambda html, _load=utils.load_html: calls.append(html) or _load(html))
    assert chtml.clean_html(page()) == expected
    assert calls == [page()]


_FAMILY_WORDS = ["comment", "COMMENTARY", "Kommentar", "disqus", "respond", "replies", "NewsLetter", "subscri", "sign-up",
                 "opt-in", "scrim", "hidden", "hide", "d-none", "sr-only", "screen-reader-text", "invisible", "cookie",
                 "Consent", "gdpr", "content-blocker", "ByLine", "author-box", "about-author", "caption", "credit", "toc",
                 "ez-toc", "table-of-contents", "inhaltsverzeichnis", "print-footer", "Footer"]


@given(st.lists(st.sampled_from(_FAMILY_WORDS) | st.text(alphabet="abcKkSsſİıI-_:0", max_size=4), min_size=1, max_size=4))
@example(["\u212aommentar"])  # Kelvin sign: "k" in any case
@example(["\u017fubscribe"])  # long s
@example(["COOKIE-Notice"])
def test_token_verdict_is_the_case_insensitive_search(parts: list[str]) -> None:
    # pruning lowers an ASCII token and searches it case-sensitively: the same verdict as the
    # case-insensitive search, which non-ASCII tokens (Kelvin sign, long s, dotted I) still get
    from cleanseed._html_dom import _TOKEN_RE, _token_hit

    token = "".join(parts)
    assert _token_hit(token) == (_TOKEN_RE.search(token) is not None)
