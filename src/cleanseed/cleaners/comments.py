"""Comment forms and comment-section chrome of common CMSs, in many languages."""

import re

from .._pipeline import PhraseCleaner
from ._screened import ScreenedLines
from ._resources import STAMP

comment_forms = PhraseCleaner(
    "comment-forms",
    "comment forms and comment chrome (\"Leave a Reply\", \"Your email address will not be published.\")",
    family="comments",
    max_words=12,
)

# A comment policy or moderation notice runs to several sentences ("As you comment, please be respectful of other
# commenters …"): its prefixes, all about comments, may open a longer line than the forms' chrome.
comment_policy = PhraseCleaner(
    "comment-policy",
    "comment policies and moderation notices (\"As you comment, please be respectful …\", \"Kommentare werden moderiert …\")",
    family="comment-policy",
    max_words=60,
)

# The verb comment templates put after the commenter's name (WordPress "says:", German "sagt:", …).
_SAYS = r"(?i:said|says|wrote|writes|sagt|schreibt|schrieb|dit|a dit|a écrit|dice|dijo|escribió|disse|scrive|zegt|schreef|napisał|napisała|пишет|написал|написала)"
_AT = r"(?:,?[ \t]++(?i:at|um|à|a las|alle|às|om|o|в)[ \t]++" + STAMP + r")?"

_DIGIT = re.compile(r"\d")


def _may_be_header(line: str) -> bool:
    """A header holds the colon after "says" and the digits of its date."""
    return len(line) <= 200 and ":" in line and _DIGIT.search(line) is not None


comment_headers = ScreenedLines(
    "comment-headers",
    "the header of a reader comment: name, date and \"says:\" (\"Jane on May 4, 2019 at 8:34 pm said:\", \"Markus sagt: 2. April 2014 um 8:29 Uhr\")",
    (
        rf"[ \t]*+[^\n.!?]{{1,60}}?(?:[ \t]++(?i:on|am|le|el|em|il|op|om|dnia)[ \t]++{STAMP}{_AT}[ \t]*+{_SAYS}[ \t]*+:"
        rf"|{_SAYS}[ \t]*+:[ \t]*+{STAMP}{_AT})[ \t]*+",
    ),
    screen=_may_be_header,
)
