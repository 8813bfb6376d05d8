"""Page chrome: share bars, newsletter and cookie prompts, navigation, footers, ads, players,
feedback and donation prompts.

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
    Cleaner, PhraseCleaner, RegexCleaner, Span, _lowered, folded_alternation, line_end, line_prefilter, prefiltered_lines,
)
from .comments import comment_forms

share = PhraseCleaner("share", "share and social bars (\"Share on Facebook\", \"Teilen\", \"Tweet\")", family="share", max_words=4)
newsletter = PhraseCleaner(
    "newsletter", "newsletter, subscription, paywall and log-in prompts", family="newsletter", max_words=20
)
cookies = PhraseCleaner("cookies", "cookie and consent banners", family="cookies", max_words=80, headings=True)
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

FAMILIES = (
    "share", "newsletter", "cookies", "navigation", "footer", "ads", "player", "comments", "read-more", "post-meta", "feedback",
    "support",
)

# A copyright notice with a year, after at most a few words of page furniture on its line ("View Comments
# © 2019 Hearst Communications, Inc.", "IPSO Regulated Copyright ©2019 Express Newspapers.", "All contents
# © 2019 The Slate Group LLC."). A line that starts with the notice is footer's; a sentence that cites a
# copyright has more words before it, or goes on after the year in small letters.
_NOT_COPYRIGHT_WORD = r"(?!(?i:copyright|copyleft)(?!\p{L}))"
copyright_lines = RegexCleaner(
    "copyright-lines",
    "a copyright notice with its year after a few words of page furniture (\"View Comments © 2019 Hearst …\")",
    rf"^[ \t]*+(?:{_NOT_COPYRIGHT_WORD}[^\s©]++[ \t]++){{0,6}}+[^\s©]*+[ \t]*+"
    r"(?:©|\([cC]\)|(?i:copyright|copyleft)[ \t]?©?)[ \t]?(?:19|20)\d\d(?:[ \t]?[-–][ \t]?(?:19|20)?\d\d)?+(?!\d)"
    r"(?![ \t]*+\p{Ll})[^\n]{0,200}+$",
    whole_line=True,
    gate=("©", "(c)", "copyright", "copyleft"),
)

mixed_chrome = PhraseCleaner(
    "mixed-chrome",
    "lines made of chrome phrases of several families",
    family="+".join(FAMILIES),
    max_words=0,
    headings=True,
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

# A subscribe button glued to the end of the line before it, the headline or the kicker ("Opinion|Republicans Are
# Following Trump to NowhereSubscribe"): one word, which glued-phrases leaves alone (brands glue words).
trailing_subscribe = RegexCleaner(
    "trailing-subscribe",
    "a subscribe button glued to the end of a line (\"… Keeps World GuessingSubscribe\")",
    r"(?<=\p{Ll})(?:Subscribe|Abonnieren|Abonnez-vous|Suscríbete|Abbonati|Assine|Abonneer|Subskrybuj|Подписаться)[ \t]*+$",
    gate=("subscribe", "abonnieren", "abonnez-vous", "suscríbete", "abbonati", "assine", "abonneer", "subskrybuj", "подписаться"),
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
    (ads, cookies, newsletter, footer, feedback, support, comment_forms),
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
        return line_prefilter(p for p in self.links._phrases()[0] if len(p.split()) >= self.min_words)

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
