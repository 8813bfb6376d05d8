"""Page chrome: share bars, newsletter and cookie prompts, navigation, footers, ads, players,
feedback and donation prompts, disclaimers.

Each family is a phrase file in ``cleanseed/phrases/``; a line goes only when
it is made entirely of phrases of the family (glued or separated by
punctuation), or starts with one of the family's prefixes and is short.
``mixed_chrome`` takes lines that mix phrases of several families
("Facebook Twitter Privacy Policy Impressum").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterator

import regex

from .._pipeline import (
    Cleaner, LineCleaner, PhraseCleaner, RegexCleaner, Span, _lowered, folded_alternation, line_end, line_prefilter, prefiltered_lines,
)
from .comments import comment_forms, comment_policy
from .structure import separated_items

share = PhraseCleaner("share", "share and social bars (\"Share on Facebook\", \"Teilen\", \"Tweet\")", family="share", max_words=4)
newsletter = PhraseCleaner(
    "newsletter", "newsletter, subscription, paywall and log-in prompts", family="newsletter", max_words=20
)
cookies = PhraseCleaner("cookies", "cookie and consent banners", family="cookies", max_words=120, headings=True)
navigation = PhraseCleaner(
    "navigation", "menus, breadcrumbs, \"skip to content\", pagination and back links", family="navigation", max_words=12,
    headings=True,
)
footer = PhraseCleaner("footer", "copyright lines, legal and imprint links", family="footer", max_words=16, headings=True)
ads = PhraseCleaner("ads", "advertisement, sponsored-content and affiliate labels", family="ads", max_words=30)
player = PhraseCleaner("player", "video and audio player text, download links, print and font-size toolbars", family="player", max_words=0)
feedback = PhraseCleaner(
    "feedback", "feedback, rating and error-report prompts (\"Was this article helpful?\", \"Fehler gefunden?\")", family="feedback",
    max_words=30,
)
support = PhraseCleaner(
    "support", "donation and support-us prompts (\"Support our work\", \"Wir sind spendenfinanziert.\")", family="support",
    max_words=30, headings=True,
)
# Their boilerplate runs to a paragraph ("… The contents on our website are for informational purposes only …").
disclaimers = PhraseCleaner(
    "disclaimers", "medical and financial disclaimers and ad-blocker appeals (\"Consult your physician and follow all safety "
    "instructions …\", \"This is not financial advice.\")", family="disclaimers", max_words=80,
)

FAMILIES = (
    "share", "newsletter", "cookies", "navigation", "footer", "ads", "player", "comments", "read-more", "post-meta", "feedback",
    "support",
)

mixed_chrome = PhraseCleaner(
    "mixed-chrome",
    "lines made of chrome phrases of several families",
    family="+".join(FAMILIES),
    max_words=0,
    headings=True,
)

# A footer's row: links and the site's credits between separators, dashes among them ("Archive – RSS – Impressum –
# Datenschutz – 2009-2020 by Florian Posdziech – Powered by Nikola", "2006 - 2012 huettenhilfe.de - Rezepte, Essen &
# Trinken • Kontakt - Impressum - Datenschutz"). Three items or more, none a sentence nor longer than ``_ROW_WORDS``
# words, and chrome phrases (mixed-chrome's) make two of them at least and half of the rest; what stands between them
# (the years, the owner's name, the site's motto) goes with them. A row with a colon is a label's list or a title
# ("Tracklist: Intro – Home – Live – Outro", "Facebook – Twitter – Instagram: So schützen Sie Ihre Daten"). A table's
# row ("| Name | Kontakt | Datenschutz |") and a sentence that names a phrase between dashes ("Die Seite – Impressum
# und Kontakt – fehlt.") stay.
_ROW_SEPARATOR = regex.compile(r"[ \t]++[|•·–—-][ \t]++|[ \t]*+[|•·][ \t]*+")
_ROW_WORDS = 15


def is_footer_row(line: str) -> bool:
    """Whether ``line`` is a footer's row of links and credits (see above)."""
    items = separated_items(line, _ROW_SEPARATOR)
    if items is None or ": " in line.strip():
        return False  # a table's row; a label or a title's colon: "Tracklist: Intro – Home – Live", "Video – Audio – Fotos: So …"
    if len(items) < 3 or any(not item or len(item.split()) > _ROW_WORDS or item[-1] in ".!?…" for item in items):
        return False
    phrases = sum(1 for item in items if mixed_chrome.matches(item))
    return phrases >= 2 and 2 * phrases >= len(items) - 1


class _FooterRows(LineCleaner):
    """Tests only the lines that hold two separators or more, found by one scan."""

    def find(self, text: str) -> Iterator[Span]:
        for m in _TWO_SEPARATORS.finditer(text):
            start, end = text.rfind("\n", 0, m.start()) + 1, line_end(text, m.start())
            if self.test(text[start:end]):
                yield start, min(end + 1, len(text))


# a line's first two separators (the scan goes on at the next line: one hit a line)
_TWO_SEPARATORS = re.compile(r"(?:[|•·]| [-–—] )[^\n]*?(?:[|•·]| [-–—] )[^\n]*+")

footer_rows = _FooterRows(
    "footer-rows",
    "a footer's row of links and credits between separators (\"Archive – RSS – Impressum – Datenschutz – Powered by Nikola\")",
    is_footer_row,
)


# Blogger's post footer, glued to the post's last line: "Posted by <name> at <time>", then the share row, which
# begins with the e-mail button and "BlogThis!" in every language Blogger ships ("Eingestellt von Unknown Diesen
# Post per E-Mail versendenBlogThis!", "Publié par Unknown à 08:00 Envoyer par e-mailBlogThis!").
_POSTED_BY = (
    r"posted by|eingestellt von|publié par|publicado por|pubblicato da|geplaatst door|opublikowane przez|"
    r"publicat de|autor:|автор:"
)
_EMAIL_THIS = (
    r"email this|diesen post per e-mail versenden|envoyer par e-mail|enviar por correo electrónico|enviar por e-mail|"
    r"invia tramite email|dit e-mailen|wyślij przez e-mail|wyślij pocztą e-mail|отправить по электронной почте"
)
blogger_footers = RegexCleaner(
    "blogger-footers",
    "Blogger's post footer glued to a post's last line (\"Posted by Anna at 12:11 PM Email ThisBlogThis!\")",
    rf"(?<![\p{{L}}\p{{N}}])(?:(?i:{_POSTED_BY})[ \t][^\n]{{1,80}}?[ \t]?)?(?i:{_EMAIL_THIS})[ \t]?+BlogThis![^\n]{{0,300}}+$",
    gate=("blogthis!",),
)


def _not_glued(m: regex.Match[str]) -> bool:
    """Whether a match does not follow a small letter (a test after the match: with the words first, the engine
    scans for them)."""
    return m.start() == 0 or not m.string[m.start() - 1].islower()


# A subscribe button glued to the end of the line before it, the headline or the kicker ("Opinion|Republicans Are
# Following Trump to NowhereSubscribe"): one word, which glued-phrases leaves alone (brands glue words).
trailing_subscribe = RegexCleaner(
    "trailing-subscribe",
    "a subscribe button glued to the end of a line (\"… Keeps World GuessingSubscribe\")",
    r"(?:Subscribe|Abonnieren|Abonnez-vous|Suscríbete|Abbonati|Assine|Abonneer|Subskrybuj|Подписаться)[ \t]*+$",
    keep=_not_glued,
)

# The links to the previous and the next post under a blog post, an arrow before or after the title ("← Der 1.
# monatliche Stammtisch steht fest!", "Steuerdarling – Die PARTEI als Ehestifter →"), as WordPress themes print them:
# a title of at most 15 words alone on its line. An arrow inside a line ("File → Save") is the text's own.
post_links = RegexCleaner(
    "post-links",
    "the links to the previous and next post, an arrow before or after the title (\"← Older title\", \"Newer title →\")",
    (
        r"^[ \t]*+←[ \t]*+(?=[^\n←→]{1,150}+$)(?:[^\s←→]++[ \t]*+){1,15}+$",
        r"^[ \t]*+(?=[^\n←→]{1,150}+→[ \t]*+$)(?:[^\s←→]++[ \t]*+){1,15}+→[ \t]*+$",
    ),
    whole_line=True,
    gate=("←", "→"),
)

# The disclosure Amazon's affiliate programme requires, after the site's or the author's name ("Royal Road® is a
# participant in the Amazon Services LLC Associates Program, an affiliate advertising program …", "Petra Schmitt ist
# Teilnehmer des Partnerprogramms von Amazon EU, …"), in the programme's own wording in each language; the ads family
# takes the versions that open a line with a phrase of their own.
_AMAZON_ASSOCIATES = (
    r"participants?[ \t]in[ \t]the[ \t]Amazon[ \t]Services[ \t]LLC[ \t]Associates[ \t]Program|"
    r"Teilnehmer(?:in)?[ \t]des[ \t]Partnerprogramms[ \t]von[ \t]Amazon|participe[ \t]au[ \t]Programme[ \t]Partenaires[ \t]d['’]Amazon|"
    r"participa[ \t]en[ \t]el[ \t]Programa[ \t]de[ \t]Afiliados[ \t]de[ \t]Amazon|partecipa[ \t]al[ \t]Programma[ \t]Affiliazione[ \t]Amazon"
)
# A publisher's commission notice after its name ("Microsoft may earn an Affiliate Commission if you purchase something
# through recommended links in this article.", "Engadget may earn a commission when you buy through links …"): the
# name, the commission, and the reader's purchase in one short sentence (an article on affiliate marketing says it at
# greater length, or of someone else's readers).
_COMMISSION = (
    r"(?:may|might|can|will)[ \t]++(?:earn|receive|get)[ \t]++(?:an?[ \t]++|small[ \t]++)?(?:affiliate[ \t]++)?commissions?+"
    r"[^\n.]{0,40}?[ \t](?:if|when)[ \t]++you[ \t]++(?:buy|purchase|shop|click|make[ \t]++a[ \t]++purchase)"
)
affiliate_notices = RegexCleaner(
    "affiliate-notices",
    "the Amazon affiliate disclosure or a commission notice after a site's name (\"Royal Road® is a participant in the Amazon "
    "Services LLC Associates Program …\", \"Microsoft may earn an Affiliate Commission if you purchase …\")",
    (
        rf"^(?=[^\n]{{1,600}}+$)[^\n]{{0,80}}?(?i:{_AMAZON_ASSOCIATES})",
        rf"^(?=[^\n]{{1,250}}+$)[^\n.!?]{{0,60}}?(?i:{_COMMISSION})",
    ),
    whole_line=True,
    gate=("amazon", "commission"),
)


# The site's notice of the licence its content is under ("Texte auf dieser Webseite stehen unter einer Creative Commons
# Namensnennung 3.0 Lizenz.", "Except where otherwise noted, the content of this site is licensed under a Creative Commons
# Attribution 4.0 License.", "Alle Artikel und Inhalte dieses Blogs stehen unter der Lizenz CC BY-SA 4.0 …"): the line
# names the site itself ("this site", "dieses Blogs", "ce site") in its first 120 characters, and then puts it under a
# licence that it names, in one clause ("under … Creative Commons", "unter der Lizenz CC BY-SA"; "under a strict licence" is
# none, nor "This site is under construction; the Creative Commons pictures …"). A work's own licence ("Dieses Werk bzw. Inhalt steht unter
# einer Creative Commons …", a picture's "Verwendung unter den Bedingungen der Creative Commons") names no site and
# stays, and so does an article's line that explains the licences ("Auf dieser Seite erklären wir, was Creative Commons
# ist": nothing is put under one).
_THIS_SITE = (
    r"this[ \t]++(?:web[ \t]?)?(?:site|website|page|blog|weblog|wiki)|"
    r"(?:content|contents|text|texts|material)[ \t]++(?:of|on)[ \t]++the[ \t]++(?:web[ \t]?)?(?:site|website|blog|wiki)|"
    r"(?:dies(?:e[rsm]?+)?+|auf[ \t]++dieser|in[ \t]++diesem)[ \t]++(?:Seite|Website|Webseite|Internetseite|Homepage|Blogs?+|Weblogs?+|Wikis?+)|"
    r"(?:ce|cet)[ \t]++(?:site|blog|wiki)|(?:este|esta|deste|desta)[ \t]++(?:sitio|site|web|página|blog)|questo[ \t]++(?:sito|blog)|"
    r"deze[ \t]++(?:site|website|blog|pagina)|tej[ \t]++(?:strony|witryny)|этого[ \t]++(?:сайта|блога)"
)
_UNDER = r"under|unter|bajo|sous|sotto|sob|onder|pod|под"
# a licence by its name: Creative Commons or the GNU documentation licence
_LICENCE = r"creative[ \t-]?commons|cc[ \t-]?by|cc0|gfdl|gnu[ \t]++free[ \t]++documentation"
# the words between the site and "under" in a notice: its verb ("is licensed", "stehen", "(inklusiver aller Beiträge) ist")
_NOTICE_VERB_WORDS = 4
# a sentence's end, or a line's; a comma or a colon after the licence goes on about it ("… unter CC BY standen, weshalb …")
_SENTENCE_END = regex.compile(r"[.!?]|[ \t]*+(?:\n|\Z)")
# a clause that reports or asks before the site ("The judge ruled that the photos on this website …", "Sąd uznał, że …")
_REPORTED = regex.compile(r"(?<!\p{L})(?:whether|that|ob|dass|daß|que|che|dat|że|czy|что)(?!\p{L})", regex.IGNORECASE)
# a heading: no stop and no version number at its end ("How this blog went under Creative Commons")
_HEADING_WORDS = 8
_NO_HEADING = regex.compile(r"[.!?]|\d[ \t]*+$")


def _told_of_licence(m: regex.Match[str]) -> bool:
    """Whether a licence-notices match is an article's sentence about a licence, not the site's notice: more than a
    verb between the site and "under" ("When we started this blog in 2009, we decided to publish everything under …",
    "Sur ce blog, je publie sous …"), a clause that reports or asks holds the site ("The judge ruled that the photos
    on this website were used under …"), its sentence goes on past the licence ("… unter CC BY standen, weshalb …"),
    or it is a heading ("How this blog went under Creative Commons")."""
    verb = m["verb"]
    if "," in verb or len(verb.split()) > _NOTICE_VERB_WORDS:
        return True
    if _REPORTED.search(m.string, m.start(), m.start("site")):
        return True
    line = m.string[m.start() : line_end(m.string, m.start())]
    if len(line.split()) <= _HEADING_WORDS and _NO_HEADING.search(line) is None:
        return True
    return _SENTENCE_END.match(m.string, m.end()) is None


licence_notices = RegexCleaner(
    "licence-notices",
    "the site's notice of its content's licence (\"Texte auf dieser Webseite stehen unter einer Creative Commons … Lizenz.\", "
    "\"Except where otherwise noted, the content of this site is licensed under a Creative Commons …\")",
    rf"^(?=[^\n]{{1,600}}+$)[^\n]{{0,120}}?(?P<site>(?i:{_THIS_SITE}))(?!\p{{L}})(?P<verb>[^\n;!?]{{0,80}}?)(?<!\p{{L}})(?i:{_UNDER})(?!\p{{L}})"
    rf"[^\n.;!?]{{0,60}}?(?i:{_LICENCE})(?:[^\n.,:;!?]|\.(?=\w))*+",
    whole_line=True,
    keep=_told_of_licence,
    gate=("commons", "cc by", "cc-by", "ccby", "cc\tby", "cc0", "gfdl", "gnu"),  # a bare "cc" is in "account", "access" …
)

# The ligature names of Material Icons, which an icon font draws as a symbol and extraction keeps as words: a
# button's icon before its label ("filter_none WEITERE BEITRÄGE ZU DIESEM ARTIKEL", "chat_bubble 0 Kommentare",
# "keyboard_arrow_left Zurück zur Startseite"). Only names of two words or more, which read as no word of a language,
# and only at a line's start, before a capital, a digit or the line's end: a snake_case name in code is followed by
# "(" or an operator, or sits inside a line.
_ICONS = (
    r"keyboard_arrow_(?:up|down|left|right)|keyboard_backspace|arrow_(?:back|forward|upward|downward)(?:_ios)?|"
    r"arrow_drop_(?:down|up)|arrow_right_alt|arrow_circle_(?:up|down|left|right)|chevron_(?:left|right)|expand_(?:more|less)|"
    r"navigate_(?:next|before)|first_page|last_page|more_(?:vert|horiz)|filter_none|open_in_new|play_arrow|"
    r"(?:play|pause)_circle_(?:filled|outline)|content_copy|chat_bubble(?:_outline)?|mode_comment|insert_comment|"
    r"bookmark_border|thumb_(?:up|down)(?:_alt)?|access_time|date_range|calendar_today|mail_outline|local_offer|"
    r"account_circle|shopping_cart|remove_red_eye|zoom_(?:in|out)|volume_(?:up|off)|fullscreen_exit"
)
icon_names = RegexCleaner(
    "icon-names",
    "an icon font's ligature name before a button's label (\"filter_none\", \"chat_bubble\", \"keyboard_arrow_left\")",
    rf"^[ \t]*+(?:[-*•·][ \t]++)?\K(?:{_ICONS})(?:[ \t]++(?=[\p{{Lu}}\d])|[ \t]*+$)",
    gate=("_",),
)


_NETWORKS = r"Twitter|Facebook|Instagram|YouTube|LinkedIn|TikTok|Telegram|WhatsApp|Mastodon|Threads|Bluesky|Pinterest|Xing|VK|X\b"
social_follow = RegexCleaner(
    "social-follow",
    "\"Follow us / Follow The Daily on Twitter and Instagram\" lines, in several languages",
    rf"^[ \t]*+(?i:follow|folgen sie|folge|folgt|suivez|síguenos|siguenos|segui(?:teci)?|siga|volg|obserwuj|подписывайтесь)"
    rf"(?:[ \t]++[^\s,;.]++){{0,5}}?[ \t]++(?i:on|auf|sur|en|su|no|op|na|в)[ \t]++(?:{_NETWORKS})[^\n]{{0,200}}$",
    whole_line=True,
    starts=("follow", "folg", "suivez", "síguenos", "siguenos", "segui", "siga", "volg", "obserwuj", "подписывайтесь"),
)


#: Characters of the longest notice run-on-notices takes (the cookie notices run to 80 words).
_LONGEST_NOTICE = 1000


@dataclass(frozen=True)
class RunOnNotices(Cleaner):
    """A notice that a line runs into after a sentence, up to the line's end.

    Extraction joins a block's sentences and the notice printed under them
    ("Live Science is supported by its audience. When you purchase through
    links on our site, we may earn an affiliate commission."). Where a
    sentence inside a line starts, with a capital, with one of the
    ``families``' prefixes of at least ``min_words`` words, and the rest of
    the line is a line that family removes, the rest goes; what the notice
    ran into stays.
    """

    name: str
    description: str
    families: tuple[PhraseCleaner, ...]
    min_words: int = 3

    @functools.cached_property
    def _pattern(self) -> re.Pattern[str]:
        """A sentence end, blanks, then a prefix, in the lowered text (a prefilter: the family tests the rest of the line)."""
        trie = folded_alternation(p for f in self.families for p in f._phrases()[1] if len(p.split()) >= self.min_words)
        return re.compile(rf"[.!?…][\"”’»)]?+(?P<blank>[ \t]++)(?:{trie})")

    def find(self, text: str) -> Iterator[Span]:
        lower = _lowered(text)  # shared with the other prefilters
        if len(lower) != len(text):
            return  # its offsets are not the text's (rare: see _pipeline._folding)
        for m in self._pattern.finditer(lower):
            first = m.end("blank")
            end = line_end(text, first)
            if end - first > _LONGEST_NOTICE or not text[first].isupper():
                continue  # (a bound on each test keeps a long line of notices linear)
            if any(f.matches(text[first:end]) for f in self.families):
                yield m.start("blank"), end


run_on_notices = RunOnNotices(
    "run-on-notices",
    "a notice run into a line after a sentence (\"… by its audience. When you purchase through links on our site …\")",
    (ads, cookies, newsletter, footer, feedback, support, comment_forms, comment_policy),
)


@dataclass(frozen=True)
class LeadingLinks(Cleaner):
    """A navigation link of ``min_words`` words or more that opens a line, before a new block
    ("Zurück zur Übersicht 22.05.2014 - …", "Zurück zum Lexikon Photovoltaik"): the link goes, the
    block stays. The block starts with a capital or a digit; a sentence that begins with the
    link's words goes on in small letters."""

    name: str
    description: str
    links: PhraseCleaner
    min_words: int = 3

    @functools.cached_property
    def _pattern(self) -> regex.Pattern[str]:
        return regex.compile(
            rf"[ \t]*+(?i:{self.links.alternation(min_words=self.min_words)})(?-i:(?!\p{{Ll}}))[ \t]++(?=[\p{{Lu}}\d])",
            regex.VERSION1,
        )

    @functools.cached_property
    def _prefilter(self) -> re.Pattern[str] | None:
        return line_prefilter(self.links.line_phrases(self.min_words))

    def find(self, text: str) -> Iterator[Span]:
        for start, end in prefiltered_lines(self._prefilter, text):
            m = self._pattern.match(text, start, end)
            if m is not None and m.end() < end:
                yield m.span()


leading_links = LeadingLinks(
    "leading-links",
    "a back or section link that opens a line before the next block (\"Zurück zur Übersicht 22.05.2014 - …\")",
    navigation,
)


# A newsletter box's heading names the newsletter: a few words (a brand, "Daily", "Email") and the word itself
# ("Pick Six Newsletter", "t3n-Newsletter", "CNBC Newsletters", "Assine a nossa newsletter"); no dev line so is content.
newsletter_names = RegexCleaner(
    "newsletter-names",
    "a newsletter's name alone on its line (\"Pick Six Newsletter\", \"t3n-Newsletter\", \"Email Newsletters\")",
    r"^[ \t]*+(?:[\p{L}\p{N}&.+’'-]++[ \t]++){0,3}+[\p{L}\p{N}&.+’'-]{0,30}?(?i:newsletters?)[ \t]*+$",
    whole_line=True,
    gate=("newsletter",),
)

# A copyright notice after a site's name or a label ("All contents © 2019 The Slate Group LLC. All rights reserved.",
# "Hearst Newspapers © Copyright Hearst Communications, Inc.", "View Comments © 2019 Hearst …"): a year, "Copyright"
# or "All rights reserved" must follow the sign, so a photo credit in a caption ("… befestigt.© Hoklatherm") stays,
# and at most 60 characters may come before it, so a caption with a dated credit does too. Lines that begin with the
# notice are the footer family's.
_RESERVED = (
    r"all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|"
    r"todos os direitos reservados|tutti i diritti riservati|alle rechten voorbehouden|wszelkie prawa zastrzeżone|все права защищены"
)
copyright_notices = RegexCleaner(
    "copyright-notices",
    "copyright notices after a site's name or a label (\"All contents © 2019 The Slate Group LLC. All rights reserved.\")",
    rf"^(?=[^\n]{{1,300}}+$)[^\n©]{{0,60}}?[^\s©][ \t]*+(?:©|\([cC]\)|(?i:copyright|copyleft))[ \t]*+"
    rf"(?:(?:©|(?i:copyright))(?!\p{{L}})|(?:19|20)\d\d(?!\d)|[^\n]{{0,200}}?(?i:{_RESERVED}))[^\n]*+$",
    whole_line=True,
    gate=("©", "(c)", "copyright", "copyleft"),
)
