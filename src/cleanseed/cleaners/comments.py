"""Comment forms and comment-section chrome of common CMSs, in many languages."""

import re
from dataclasses import dataclass
from typing import Iterator

import regex

from .._pipeline import Cleaner, PhraseCleaner, Span
from ._screened import ScreenedLines
from ._resources import STAMP, TIME

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
# The reply link under a comment's head, in the languages of the phrase lists.
_REPLY = r"(?i:reply|antworten|répondre|responder|rispondi|odpowiedz|beantwoorden|ответить)"


# What each of comment-headers' patterns needs: "says:" or the reply link at the line's end.
_SAYS_OR_REPLY = regex.compile(rf"{_SAYS}[ \t]*+:|{_REPLY}[ \t]*+$", regex.VERSION1)


def _may_be_header(line: str) -> bool:
    """A header holds the colon after "says" or ends in the reply link, and the digits of its date
    (and a colon: "says:", or the time's)."""
    return len(line) <= 200 and ":" in line and _DIGIT.search(line) is not None and _SAYS_OR_REPLY.search(line) is not None


comment_headers = ScreenedLines(
    "comment-headers",
    "the header of a reader comment: name, date and \"says:\" (\"Jane on May 4, 2019 at 8:34 pm said:\", \"Markus sagt: 2. April 2014 um 8:29 Uhr\")",
    (
        rf"[ \t]*+[^\n.!?]{{1,60}}?(?:[ \t]++(?i:on|am|le|el|em|il|op|om|dnia)[ \t]++{STAMP}{_AT}[ \t]*+{_SAYS}[ \t]*+:"
        rf"|{_SAYS}[ \t]*+:[ \t]*+{STAMP}{_AT})[ \t]*+",
        # the commenter, the stamp and the reply link ("dajana 20. Juni 2018 um 10:29 Uhr - Antworten", "Chris Anamani
        # February 23, 2017 at 12:33 pm Reply", "Markus Rau, Do 9 Apr 2020 / 08:59 Antworten")
        rf"[ \t]*+[^\n]{{1,100}}?[ \t,]++{STAMP}(?:[ \t]*+[/|,][ \t]*+{TIME})?+[ \t]*+[-–|/·]?+[ \t]*+{_REPLY}[ \t]*+",
    ),
    screen=_may_be_header,
    needs=":",
)


# The verbs comment templates put after the commenter's name alone, with no date ("Michael Blahm sagt:", "Florina
# says:"); the past tenses ("said:", "wrote:") also introduce quotes in articles, so they are left out here.
_SAYS_ALONE = r"(?i:says|sagt|schreibt|dit|a[ \t]dit|dice|disse|scrive|zegt|napisał|napisała|пишет)"
# A head: one to five words of a name or a handle ("Karoline Herr", "__t0mmy__", "YHMAG Edit@r"), the verb, a colon.
_BARE_HEAD = regex.compile(rf"[ \t]*+(?<name>[^\s.!?:,;]++(?:[ \t]++[^\s.!?:,;]++){{0,4}}?)[ \t]++{_SAYS_ALONE}[ \t]*+:[ \t]*+", regex.VERSION1)
_LINE_COLON = regex.compile(r":[ \t]*+(?=\n|\Z)")
# Words that open a sentence that introduces a quote ("Er sagt:", "The report says:", "Elle dit :"), not a name.
_NOT_NAMES = frozenset(
    "he she it they this that the report study he's er sie es man das der die dies il elle on ils elles ce cela le la "
    "él ella ello esto el ele ela isso o a hij zij het dat de on ona ono to он она оно это".split()
)


@dataclass(frozen=True)
class ThreadHeads(Cleaner):
    """The heads of reader comments that hold no date, only the commenter and the template's verb ("Michael Blahm
    sagt:", "Florina says:"), when ``min_heads`` or more of them, from ``min_names`` commenters or more, stand in the
    text: a comment thread. Fewer such lines, or fewer names (a fact check's "Trump says: … Biden says: … Trump says:"),
    or lines whose "name" is a pronoun or an article ("Er sagt:", "The report says:"), introduce quotes in an article
    and stay. The comments under the heads are left to the other rules."""

    name: str = "thread-heads"
    description: str = "the heads of a comment thread's comments with no date (\"Michael Blahm sagt:\", \"Florina says:\")"
    min_heads: int = 3
    min_names: int = 3
    max_chars: int = 80

    def find(self, text: str) -> Iterator[Span]:
        heads: list[tuple[int, int]] = []
        names: set[str] = set()
        for m in _LINE_COLON.finditer(text):
            start = text.rfind("\n", 0, m.start()) + 1
            if m.end() - start > self.max_chars:
                continue
            head = _BARE_HEAD.fullmatch(text, start, m.end())
            if head is None or head.group("name").split()[0].casefold() in _NOT_NAMES:
                continue
            heads.append((start, m.end()))
            names.add(head.group("name").casefold())
        if len(heads) < self.min_heads or len(names) < self.min_names:
            return
        for start, end in heads:
            yield start, min(end + 1, len(text))


thread_heads = ThreadHeads()
