"""Page chrome: share bars, newsletter and cookie prompts, navigation, footers, ads, players,
feedback and donation prompts.

Each family is a phrase file in ``cleanseed/phrases/``; a line goes only when
it is made entirely of phrases of the family (glued or separated by
punctuation), or starts with one of the family's prefixes and is short.
``mixed_chrome`` takes lines that mix phrases of several families
("Facebook Twitter Privacy Policy Impressum").
"""

from .._pipeline import PhraseCleaner, RegexCleaner

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

mixed_chrome = PhraseCleaner(
    "mixed-chrome",
    "lines made of chrome phrases of several families",
    family="+".join(FAMILIES),
    max_words=0,
    headings=True,
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
