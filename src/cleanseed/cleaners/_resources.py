"""Pattern pieces shared by several cleaners (strings, compiled by their users).

Every repeat here is bounded or possessive, so the pieces stay linear when
they are combined.
"""

MONTHS = "|".join(
    [
        # en
        "January|February|March|April|May|June|July|August|September|October|November|December",
        "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec",
        # de
        "Januar|Jänner|Februar|März|Mai|Juni|Juli|Oktober|Dezember|Okt|Dez",
        # fr
        "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre",
        # es, it, pt
        "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre",
        "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre",
        "janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro",
        # nl, pl, ru (genitive forms as used in dates)
        "januari|februari|maart|mei|augustus",
        "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia",
        "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря",
    ]
)

_DAY = r"\d{1,2}(?:st|nd|rd|th|\.)?"
_YEAR = r"(?:19|20)\d\d"

#: A calendar date in the common written forms.
DATE = (
    rf"(?:{_DAY}[ \t]?(?:de[ \t])?(?i:{MONTHS})\.?(?:,?[ \t](?:de[ \t])?{_YEAR})?"
    rf"|(?i:{MONTHS})\.?[ \t]{_DAY}(?:,?[ \t]{_YEAR})?"
    rf"|\d{{1,2}}[./]\d{{1,2}}[./](?:{_YEAR}|\d\d)"
    rf"|{_YEAR}-\d\d-\d\d)"
)

#: A clock time, with an optional am/pm and time zone.
TIME = r"(?:\d{1,2}[:.]\d\d(?:[ \t]?(?i:[ap]\.?m\.?))?(?:[ \t]?(?:GMT|UTC|CES?T|MSK|[ECMP][SD]?T|BST|IST|Uhr)(?:[+-]\d{1,2})?)?)"

#: A time stamp: a date with an optional time, or a time.
STAMP = rf"(?:{DATE}(?:,?[ \t](?:at[ \t]|um[ \t]|à[ \t]|a las[ \t]|-[ \t])?{TIME})?|{TIME})"

#: What ``\s`` matches in a pattern (``str.isspace`` also takes \x1c-\x1f), for ``str.strip``.
REGEX_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"

# Words that start or end a heading, never a name: a name and an agency or a role glued together ("Tom Davies Associated
# Press") is told from a heading that ends in one ("Letters To The Editor", "Meet Our Staff Writer", "Life After
# Reuters", "Smith Joins Reuters", "Selling On Shutterstock", "Award Winning Travel Photographer") by these.
HEADING_WORD = (
    r"(?:The|Of|To|For|And|In|On|At|A|An|Our|Your|My|From|With|Meet|About|Ask|Dear|After|Before|Without|Inside|Behind|Beyond|"
    r"Against|Under|Over|Into|Beats|Joins|Leaves|Quits|Sues|Says|Vs|Award|Best|Former|Winning|Bestselling|Leading)(?!\p{L})"
)
