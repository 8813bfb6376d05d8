"""Labels and bylines: glued tag runs, author names, "By admin", post metadata."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Callable, Iterator

import regex

from .._pipeline import Cleaner, LineCleaner, PhraseCleaner, RegexCleaner, Span, all_matches, filled_lines, line_bounds, line_end, whole_lines
from ._resources import DATE, HEADING_WORD, MONTHS, STAMP, TIME
from ._screened import ScreenedLines
from .structure import is_prose

_NAME_WORD = r"\p{Lu}\p{Ll}[\p{Ll}'’-]*+"
_CAPS_WORD = r"\p{Lu}{2,}+(?:['’-]\p{Lu}++)?+"
_PARTICLE = r"(?:van|von|de|der|den|da|di|du|del|la|le|al|bin|ibn|ter|zu)"

glued_names = RegexCleaner(
    "glued-names",
    "an author name glued between two blocks (\"…AfricaOleg BurunovThe …\")",
    rf"(?<=\p{{Ll}}{{2}})(?:{_NAME_WORD}(?:[ \t](?:\p{{Lu}}\.|{_PARTICLE}))?(?:[ \t]{_NAME_WORD}){{1,2}}+)(?=\p{{Lu}}\p{{Ll}})",
)

# Words that end identifiers in code ("NullPointerException"), which are not tag runs.
_CODE_SUFFIX = (
    "Exception|Error|Factory|Bean|Manager|Handler|Builder|Service|Provider|Impl|Interface|Listener|"
    "Adapter|Controller|Config|Context|Test|Type|Stream|Reader|Writer|Buffer|Client|Server|Request|Response"
)
# A capitalized word that starts a sentence more often than it ends a tag run.
_STARTERS = frozenset(
    "The A An He She It We They I In On At As This That These Those Our Your His Her Its Their My "
    "Der Die Das Ein Eine Er Sie Es Wir Le La Les Un Une Il Elle El Los Las".split()
)


_LINE_END = regex.compile(r"[ \t]*+(?:\n|\Z)")


class _TagRuns(RegexCleaner):
    """Keeps runs that sit inside prose (a space on the right and a space or
    line start on the left), and gives back a sentence starter glued last."""

    def find(self, text: str) -> Iterator[Span]:
        for m in self.regex.finditer(text):
            start, end = m.span()
            words = m.captures("w")
            left_glued = start > 0 and (text[start - 1].islower() or text[start - 1] in ".!?…:”\"’")
            right_glued = end < len(text) and text[end].isupper()
            right_end = _LINE_END.match(text, end) is not None
            if not (left_glued or right_glued or right_end):
                continue
            if words[-1] in _STARTERS and len(words) > 3:
                end -= len(words[-1])
                words = words[:-1]
            if start > 0 and text[start - 1] in " \t":  # the first word ends the text before it
                start += len(words[0])
                words = words[1:]
            if len(words) < 2:
                continue
            yield start, end


tag_runs = _TagRuns(
    "tag-runs",
    "category and tag names glued into one word (\"InternationalIndiaAfrica\")",
    rf"(?<![\p{{Lu}}\p{{N}}])(?:(?<w>\p{{Lu}}\p{{Ll}}{{2,}}+)){{3,}}+(?<!{_CODE_SUFFIX})(?!\p{{Ll}})",
)

_ROLE = (
    r"writer|journalist|reporter|editor|correspondent|author|columnist|contributor|freelancer?|professor|"
    r"photographer|producer|analyst|founder|co-founder|"
    r"Redakteur(?:in)?|Journalist(?:in)?|Autor(?:in)?|Korrespondent(?:in)?|Reporter(?:in)?|Chefredakteur(?:in)?|"
    r"journaliste|rédact(?:eur|rice)|correspondant(?:e)?|periodista|redactor(?:a)?|corresponsal|"
    r"giornalista|redattore|jornalista|redator(?:a)?|dziennikar(?:z|ka)|redaktor(?:ka)?"
)
# A name word as agency-bylines spell it: a capital inside ("McCoy", "VerBruggen"), an apostrophe after the first
# letter ("O'Sullivan"; not "McDonald's"), a double name ("Pillaud-Vivien", "Wallace-Wells").
_BYLINE_WORD = r"\p{Lu}(?:['’]\p{Lu})?+\p{Ll}++(?:\p{Lu}\p{Ll}++)?+(?:-\p{Lu}\p{Ll}++)?+"
_FULL_NAME = rf"{_NAME_WORD}(?:[ \t]++(?:\p{{Lu}}\.|{_NAME_WORD})){{1,2}}+"
# The word of a comment count ("12 Comments", "3 Kommentare", "0 commentaires").
_COMMENTS = r"(?i:comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties|komentarz[ey]?|комментари[йяев]{0,2})(?!\p{L})"
_AGENCIES = (
    r"(?:The )?Associated Press|AP|Reuters|AFP|Agence France-Presse|dpa|Bloomberg|CNN|BBC News|Fox News|USA TODAY|NPR|"
    r"EFE|ANSA|Europa Press|Kyodo|Yonhap"
)
bylines = RegexCleaner(
    "bylines",
    "byline lines (\"By admin\", \"Von Anna Schmidt\", \"By Jane Doe | Fox News\", \"Autor: …\")",
    (rf"^[ \t]*+(?i:by|von|par|por|di|door|przez|av|af|от|author:?|autor(?:in)?:?|auteur:?|posted by|written by|"
    # the writer's label of magazines ("Text: Klausmartin Friedrich", "Text & Fotos: Ivan Valetny", "Текст: …")
    rf"text(?:[ \t]*+(?:und|&|/)[ \t]*+(?:fotos?|bilder))?[ \t]?:|texte[ \t]?:|texto:|tekst:|текст:|"
    rf"geschrieben von|verfasst von|publié par|escrito por|scritto da|geplaatst door|napisane przez)"
    rf"[ \t]++(?:[\p{{L}}\p{{N}}_.@-]{{2,40}}+|{_NAME_WORD}(?:[ \t]++(?:\p{{Lu}}\.|{_PARTICLE}|{_NAME_WORD})){{1,3}}+"
    rf"|{_CAPS_WORD}(?:[ \t]++(?:\p{{Lu}}\.|{_CAPS_WORD})){{1,3}}+)"
    rf"(?:[ \t]*+(?:,|&|and|und|et|y|e|i|и)[ \t]*+{_NAME_WORD}(?:[ \t]++{_NAME_WORD}){{0,3}}+)*+"
    rf"(?:[ \t]*+[|,•·–—-]?[ \t]*+(?i:(?:at|on|am|um|le|el|il|em|op)[ \t]++)?(?:{STAMP}))?"
    # and the post's comment count, as blog themes print it after the byline ("by Lewis White 0 Comments")
    rf"(?:[ \t]*+[|,•·–—-]?[ \t]*+\d{{1,5}}+[ \t]++{_COMMENTS})?[ \t]*+$",
     # a full name, then what bylines carry after a separator: outlet, role, stamp ("By Jane Doe | Fox News")
     rf"^[ \t]*+(?i:by|von|par|por|door|przez|di|av|от)[ \t]++{_NAME_WORD}(?:[ \t]++(?:\p{{Lu}}\.|{_NAME_WORD})){{1,3}}+"
     rf"[ \t]*+(?:[|,–—•·/-]|[ \t](?i:for|für|pour|para|per)[ \t])[^\n]{{1,120}}+(?<![.!?…\"”»])$",
    ),
    whole_line=True,
    starts=("by", "von", "par", "por", "di", "door", "przez", "av", "af", "от", "aut", "posted", "written", "geschrieben",
            "verfasst", "publié", "escrito", "scritto", "geplaatst", "napisane", "text", "tekst", "текст"),
)


# The last words of a byline with no comma before its agency or role ("Tom Davies Associated Press", "Roger Gonzalez
# CBS Sports Writer follow", "Detroit News wire services"), in lower case.
_BYLINE_LAST_WORDS = frozenset(
    "press today reuters afp dpa bloomberg news ap efe ansa kyodo yonhap xinhua cnn npr writer reporter editor "
    "correspondent columnist contributor producer photographer follow services reports".split()
)


def _may_be_byline(line: str) -> bool:
    """A comma, or a byline's last word: the few lines agency-bylines tries."""
    if len(line) > 150:
        return False
    return "," in line or line[-30:].rstrip().rpartition(" ")[2].lower() in _BYLINE_LAST_WORDS


# The name runs two or three words (a bounded repeat: "Tom Davies Associated Press" gives back "Associated" to the
# agency).
_BARE_NAME = rf"(?!{HEADING_WORD})(?:{_BYLINE_WORD}(?:[ \t]++(?:\p{{Lu}}\.|{_BYLINE_WORD})){{1,2}})(?<!{HEADING_WORD})"
_BARE_AGENCIES = (
    r"(?:The[ \t])?(?:Associated[ \t]Press|USA[ \t]TODAY|USA[ \t]Today|Reuters|AFP|Agence[ \t]France-Presse|dpa|"
    r"Bloomberg(?:[ \t]News)?|AP|EFE|ANSA|Kyodo(?:[ \t]News)?|Yonhap|Xinhua|CNN|NPR)"
)
_BARE_ROLE = r"(?:Writer|Reporter|Editor|Correspondent|Columnist|Contributor|Producer|Photographer)"
# with no outlet before it, the role says what kind ("Jane Doe Staff Writer"; not "Best Selling Writer")
_KIND_OF_ROLE = (
    rf"(?:Staff|Senior|Contributing|Sports|News|Political|Chief|Deputy|Associate|Managing|Assistant|Features|Opinion)[ \t]{_BARE_ROLE}"
)

agency_bylines = ScreenedLines(
    "agency-bylines",
    "a byline without \"By\": names, then the agency or the role (\"Meg Kinnard and Errin Haines, Associated Press\", "
    "\"Tom Davies Associated Press\", \"Roger Gonzalez CBS Sports Writer\")",
    (
        rf"[ \t]*+{_FULL_NAME}(?:[ \t]++(?:and|und|&|et|y|e)[ \t]++{_FULL_NAME})?+[ \t]*+,[ \t]*+"
        rf"(?:{_AGENCIES}|[^\n,.]{{0,40}}?(?i:{_ROLE}))[ \t]*+",
        # no comma: the names and an agency, or the agency alone ("Kevin Johnson and Kevin McCoy USA TODAY", "The
        # Associated Press"); the names, the outlet and the role, and the follow button after it; the newsroom's wire
        # services ("Detroit News wire services", "Staff and wire reports")
        rf"[ \t]*+(?:{_BARE_NAME}(?:[ \t]++(?:and|&)[ \t]++{_BARE_NAME})?[ \t]++)?{_BARE_AGENCIES}[ \t]*+",
        rf"[ \t]*+{_BARE_NAME}[ \t]++(?:(?:(?!{HEADING_WORD})\p{{Lu}}[\p{{L}}&.]*+[ \t]++){{1,3}}{_BARE_ROLE}|{_KIND_OF_ROLE})"
        r"(?:[ \t]++(?i:follow))?[ \t]*+",
        r"[ \t]*+(?:\p{Lu}[\p{L}.]*+[ \t]++){1,3}(?:and[ \t]++)?(?i:wire[ \t]services|wire[ \t]reports|news[ \t]services)[ \t]*+",
    ),
    screen=_may_be_byline,
)

post_meta = PhraseCleaner(
    "post-meta",
    "post metadata lines: \"Posted in … | Tagged …\", \"Tags: …\", \"Filed under …\", comment counts",
    family="post-meta",
    max_words=25,
)

# Names as a credit line lists them: capitalized words, joined by blanks, commas and "and"/"und"/"y"/"e"
# ("Keith Bradsher", "Jane Doe, John Roe and Ann Lee", "The Associated Press").
_NAME_CAP = r"\p{Lu}[\p{L}.'’-]*+"
_NAME_JOIN = r"(?:,[ \t]++|[ \t]++(?:(?:and|und|y|e|et|i)[ \t]++)?)"
_CREDIT_NAMES = rf"{_NAME_CAP}(?:{_NAME_JOIN}{_NAME_CAP}){{0,11}}+"
# Two names or more: a credit names its reporter in full ("Keith Bradsher"), a sentence may name one by surname alone.
_TWO_CREDIT_NAMES = rf"{_NAME_CAP}(?:{_NAME_JOIN}{_NAME_CAP}){{1,11}}+"
_NEWS_AGENCIES = r"(?:EFE|AFP|AP|Reuters|Europa[ \t]Press|ANSA|dpa|DPA|Agência[ \t]Brasil|Agencia[ \t]\p{Lu}[\p{L}-]*+|agencias|agências|G1)"

# The line under a news story that credits the colleagues who reported for it (the New York Times' "Keith Bradsher
# contributed reporting from Hong Kong.", AP's "The Associated Press contributed to this report."), and the
# agencies whose wires it draws on (Latin American papers' "Con información de EFE y AFP", Brazilian "Com
# informações da Agência Brasil", German "Mitarbeit: Anna Schmidt"). The whole line is the credit: names, the
# verb, at most a place; a sentence about someone who contributed stays ("Smith contributed reporting to the
# paper for years.").
reporting_credits = RegexCleaner(
    "reporting-credits",
    "the line that credits a story's other reporters or its agencies (\"Keith Bradsher contributed reporting from Hong Kong.\", "
    "\"Con información de EFE y AFP\", \"Mitarbeit: Anna Schmidt\")",
    (
        # (a full name or an agency: "Roe contributed reporting from Saigon." in an obituary stays; the place is capitalized
        # words: "… from Saigon for the paper during the war." stays)
        rf"^[ \t]*+(?!(?:He|She|They|It|We|I|You|This|That|Who)[ \t])(?:{_NEWS_AGENCIES}|{_TWO_CREDIT_NAMES})"
        r"[ \t]++contributed[ \t]++(?:reporting|research|to[ \t]++this[ \t]++(?:report|story|article))"
        r"(?:[ \t]++from[ \t]++\p{Lu}[\p{L}'’-]*+(?:(?:,|[ \t]and|[ \t](?:de|del|da|do|dos|du|des|la|le|am|es|el|al|of))?+"
        r"[ \t]?+\p{Lu}[\p{L}'’-]*+){0,8}+)?+\.?[ \t]*+$",
        rf"^[ \t]*+\(?(?:(?i:con[ \t]++informaci[oó]n[ \t]++de|com[ \t]++informa[cç][oõ]es[ \t]++d[aeo]s?)[ \t]++(?:la[ \t]++|las[ \t]++)?"
        rf"{_NEWS_AGENCIES}(?:(?:,[ \t]*+|[ \t]++[ye][ \t]++){_NEWS_AGENCIES}){{0,3}}+"
        rf"|(?i:mitarbeit)[ \t]?:[ \t]*+{_CREDIT_NAMES})[ \t]*+\)?\.?[ \t]*+$",
    ),
    whole_line=True,
    gate=("contributed", "informaci", "informaç", "informac", "mitarbeit"),
)


# The sentence a blog theme prints under a post: when it was posted (a date and a time) and where it is filed
# (WordPress Kubrick: "This entry was posted on Tuesday, May 6th, 2014 at 11:30 pm and is filed under Linux. You can
# follow any responses …"; "Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter …", "… wurde am 19. Mai 2010
# um 23:03 Uhr gepostet und unter Lesenswert abgelegt."): the posting verb, the filing words, a date and a time.
_FILED = (
    r"filed[ \t](?:under|in)|abgelegt|classée?[ \t]dans|rangée?[ \t]dans|archivad[oa][ \t]en|archiviat[oa][ \t]in|arquivad[oa][ \t]em|"
    r"gearchiveerd[ \t](?:onder|in)|opublikowano[ \t]w[ \t]kategorii|размещено[ \t]в[ \t]рубрике"
)
_POSTED = (
    r"posted|published|written|erstellt|veröffentlicht|gepostet|geschrieben|publiée?|écrite?|publicad[oa]|escrit[oa]|"
    r"pubblicat[oa]|scritt[oa]|geplaatst|gepubliceerd|opublikowano|napisano|опубликовано|написано"
)
entry_footers = RegexCleaner(
    "entry-footers",
    "the sentence under a blog post that says when it was posted and where it is filed "
    "(\"This entry was posted on May 6, 2014 at 11:30 pm and is filed under Linux.\", \"Erstellt am … um 23:30 und abgelegt unter …\")",
    # in a line of at most 600 characters: the verb anywhere; the first date with a time after it, then the filing
    # words ("filed under seal on May 6, 2014" is no footer)
    rf"^(?=[^\n]{{1,600}}+$)(?=[^\n]*?(?<!\p{{L}})(?i:{_POSTED})(?!\p{{L}}))"
    rf"(?>[^\n]*?(?<![\p{{L}}\p{{N}}]){DATE}(?![\p{{L}}\p{{N}}])[^\n]{{0,40}}?(?<![\p{{N}}]){TIME}(?![\p{{N}}]))"
    rf"[^\n]*?(?<!\p{{L}})(?i:{_FILED})(?!\p{{L}})",
    whole_line=True,
    gate=("filed", "abgelegt", "classé", "rangé", "archivad", "archiviat", "arquivad", "gearchiveerd", "kategorii", "рубрике"),
)

# A post's tags as a long list after its label ("Filed Under: Arts, Visual Art, Jean-Paul Claverie, Kimbell Art Museum,
# …", "Schlagwörter : abnehmen, Blog, Botox, …", "Tagged Amazon, Amazon Bolger case, …"): post-meta takes such lines
# up to 25 words; these run longer. Five commas at least and no sentence's end; an English label may go without its
# colon. A long list of keywords stays (a paper's abstract lists its own).
_TAG_LABELS = (
    r"filed[ \t]under|filed[ \t]in|tagged(?:[ \t]with)?|tags?|topics|schlagw(?:örter|orte)|stichw(?:örter|orte)|themen|"
    r"verschlagwortet[ \t]mit|étiquettes|etiquetas|temas|argomenti|marcadores|tópicos|trefwoorden|onderwerpen|tagi|tematy|"
    r"метки|теги|рубрики"
)
tag_lists = RegexCleaner(
    "tag-lists",
    "a post's long list of tags after its label (\"Filed Under: Arts, Visual Art, Jean-Paul Claverie, Kimbell Art Museum, …\")",
    rf"^(?=[^\n]{{1,1500}}+$)[ \t]*+(?:(?i:{_TAG_LABELS})[ \t]*+:|(?:Tagged(?:[ \t]with)?|Tags|Filed[ \t]under)(?=[ \t]))"
    r"(?:[ \t]*+[^\s,.!?;]++(?:[.!?]++(?=[^\s,])[^\s,.!?;]*+)*+){1,8}+(?:[ \t]*+,(?:[ \t]*+[^\s,.!?;]++(?:[.!?]++(?=[^\s,])[^\s,.!?;]*+)*+){1,8}+){5,}+"
    r"[ \t]*+$",
    whole_line=True,
    starts=("filed", "tagged", "tags", "tag", "topics", "schlagw", "stichw", "themen", "verschlagwortet", "étiquettes", "etiquetas", "temas",
            "argomenti", "marcadores", "tópicos", "trefwoorden", "onderwerpen", "tagi", "tematy", "метки", "теги", "рубрики"),
)

_MINUTES = r"(?:Minuten|minutos?|minuti|minutes?|mins?|Min\.?)"
reading_time = RegexCleaner(
    "reading-time",
    "reading-time labels (\"5 min read\", \"Lesezeit: 3 Minuten\", \"weiterlesen 5 Minuten\")",
    rf"(?i:\d{{1,3}}[ \t]?{_MINUTES}[ \t]?(?:read|reading(?: time)?|Lesezeit|de lecture|de lectura|di lettura|de leitura|czytania)"
    rf"|(?:reading time|Lesezeit|Lesedauer|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|czas czytania)"
    rf"[ \t]*+:?[ \t]*+(?:ca\.[ \t]?)?\d{{1,3}}[ \t]?{_MINUTES})(?!\p{{L}})"
    # a teaser's read-more link with the story's reading time, alone on its line ("weiterlesen 5 Minuten")
    rf"|^[ \t]*+(?i:read more|continue reading|weiterlesen|mehr lesen|lire la suite|leer más|seguir leyendo|"
    rf"continua a leggere|leggi tutto|leia mais|continuar lendo|lees meer|lees verder|czytaj dalej|czytaj więcej)"
    rf"[ \t]*+[·|–-]?[ \t]*+\d{{1,3}}[ \t]?(?i:{_MINUTES})[ \t]*+$",
    gate=("min",),  # every match holds a word for minutes: 27 -> 124 MB/s
)

updated = RegexCleaner(
    "updated",
    "publication stamps on their own line (\"Updated 12:24 am EST, Nov 20, 2019\", \"Veröffentlicht am …\")",
    rf"^[ \t]*+(?i:(?:last )?updated(?: on| at)?|published(?: on| at)?|posted(?: on| at)?|aktualisiert(?: am)?|"
    rf"veröffentlicht(?: am)?|erstellt(?: am)?|stand|mis à jour(?: le)?|publié(?: le)?|actualizado(?: el)?|"
    rf"publicado(?: el| em)?|aggiornato(?: il)?|pubblicato(?: il)?|bijgewerkt(?: op)?|gepubliceerd(?: op)?|"
    rf"zaktualizowano|opublikowano|обновлено|опубликовано)[ \t]*+:?[ \t]*+"
    rf"(?:[\p{{L}}.,]{{1,12}}+[ \t]++){{0,2}}+{STAMP}(?:[ \t,|-]{{1,3}}+{STAMP}){{0,2}}+[ \t]*+$"
    # WordPress's English template around a date in the site's language, and its author ("Posted on Maret 30, 2015 by
    # Admin"): any month's word in the date format "F j, Y"
    r"|^[ \t]*+(?i:posted|published|updated)[ \t]++(?i:on)[ \t]++\p{L}{3,12}+\.?[ \t]++\d{1,2}+,[ \t]++(?:19|20)\d\d"
    r"(?:[ \t]++(?i:by)[ \t]++[^\s.!?]++(?:[ \t]++[^\s.!?]++){0,3}+)?+[ \t]*+$",
    whole_line=True,
    starts=("last", "updated", "published", "posted", "aktualisiert", "veröffentlicht", "erstellt", "stand", "mis à jour", "publié",
            "actualizado", "publicado", "aggiornato", "pubblicato", "bijgewerkt", "gepubliceerd", "zaktualizowano", "opublikowano",
            "обновлено", "опубликовано"),
)

_N = r"\d{1,3}+[ \t]++"
_RELATIVE_STAMP = (
    rf"{_N}(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)[ \t]++ago"
    # the short form of news tickers ("25M ago", "12H ago", "3d ago")
    rf"|\d{{1,3}}+[smhdwSMHDW][ \t]++ago"
    rf"|vor[ \t]++{_N}(?:Sekunden|Minuten|Min\.|Stunden|Std\.|Tagen|Wochen|Monaten|Jahren)"
    rf"|il[ \t]++y[ \t]++a[ \t]++{_N}(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)"
    rf"|hace[ \t]++{_N}(?:segundos?|minutos?|horas?|días?|semanas?|meses|mes|años?)"
    rf"|{_N}(?:secondi|minuti|ore|ora|giorni|giorno|settimane|mesi|anni)[ \t]++fa"
    rf"|há[ \t]++{_N}(?:segundos?|minutos?|horas?|dias?|semanas?|meses|anos?)"
    rf"|{_N}(?:seconden|minuten|minuut|uur|dagen|dag|weken|maanden|jaar)[ \t]++geleden"
    rf"|{_N}(?:sekund[ay]?|minut[ay]?|godzin[ay]?|dni|dzień|tygodni|miesięcy|lat)[ \t]++temu"
    rf"|{_N}(?:секунд[ыу]?|минут[ыу]?|час(?:а|ов)?|дн(?:я|ей)|день|недел[иью]|месяц(?:а|ев)?|лет|год(?:а)?)[ \t]++назад"
)
stamp_lines = RegexCleaner(
    "stamp-lines",
    "lines that hold nothing but a date or time stamp (\"8 April, 10:55 GMT\", \"3:59 PM\", \"1 day ago\")",
    (rf"^[ \t]*+(?:[-–—·•|][ \t]++)?(?:(?i:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\p{{L}}{{0,8}}+,?[ \t]++)?"
     rf"{STAMP}(?:[ \t]*+[|,•·–—-]?[ \t]*+{STAMP})?(?:[ \t]*+[|,•·–—-]?[ \t]*+(?i:{_RELATIVE_STAMP}))?+"
     # the country whose time it is, after a comma ("Wednesday 20 November 2019 11:42, UK", as Sky News prints it)
     rf"(?:,[ \t]?(?:UK|US|USA|EU))?+[ \t]*+$",
     # a relative stamp ("1 day ago", "vor 6 Tagen", "Hace 3 horas"), the clock time may follow ("7H ago 08:51")
     # or come first, glued ("Nov 19, 2019 at 9:08 GMT1 day ago", above)
     rf"^[ \t]*+(?:[-–—·•|][ \t]++)?(?i:{_RELATIVE_STAMP})(?:[ \t]*+[|,•·–—-]?[ \t]*+{STAMP})?+[ \t]*+$"),
    whole_line=True,
    # a stamp begins with a number or a month (a day name or a dash may come first); a relative one
    # with a number or its language's word for "ago"
    starts=("#", *(m.replace("t?", "") for m in MONTHS.split("|")), "mon", "tue", "wed", "thu", "fri", "sat", "sun",
            "die", "mit", "don", "fre", "sam", "son", "-", "–", "—", "·", "•", "|", "vor", "il y a", "hace", "há"),
)

# A stamp and a label of a word or two on one line ("24. März 2004, 19:49 | Genesis", "3:59 PM Briefe", "21.01.2022
# Presse-Mitteilung", "October 9, 2018 at 9:40 am Tweet", "2020-02-19 20:29:58 来源： 半月谈"): a teaser's or a post's
# date with its section, kind or author. The stamp is a date with its year or time, or a clock time with a colon, so
# "0.15 EUR", "5 Marriage" and "1. Mai Demonstration" are none. A line of that shape next to another one is a list's
# entry ("12.03.2022 Berlin" over "13.03.2022 Hamburg": a tour's dates) and stays.
_STAMP_LEAD = (
    rf"(?:{DATE}(?:,?[ \t](?:at[ \t]|um[ \t]|à[ \t]|a las[ \t]|-[ \t])?{TIME}(?::\d\d)?+)?+"
    rf"|\d{{1,2}}:\d\d(?::\d\d)?+(?:[ \t]?(?i:[ap]\.?m\.?))?+)(?![\p{{L}}\p{{N}}])"
)
_STAMP_LED = regex.compile(rf"[ \t]*+{_STAMP_LEAD}")
_YEAR_OR_CLOCK = regex.compile(r"(?:19|20)\d\d|\d[./]\d{1,2}[./]\d\d|\d:\d\d")
_CLOCK = regex.compile(r"\d:\d\d")
_NEIGHBOURS = 2


def _near_line(m: regex.Match[str], test: Callable[[str, int, int], bool]) -> bool:
    """Whether ``test(text, start, end)`` holds for one of the two lines (not blank) before or after the match's line."""
    text = m.string
    start = text.rfind("\n", 0, m.start()) + 1
    end = line_end(text, m.start())
    seen = 0
    pos = start - 1
    while pos > 0 and seen < _NEIGHBOURS:  # the lines above, bottom up
        lo = text.rfind("\n", 0, pos) + 1
        if text[lo:pos].strip():
            seen += 1
            if test(text, lo, pos):
                return True
        pos = lo - 1
    for k, (lo, hi) in enumerate(filled_lines(text, end + 1)):
        if k == _NEIGHBOURS:
            break
        if test(text, lo, hi):
            return True
    return False


def _dated_heading(m: regex.Match[str]) -> bool:
    """Whether the stamp is a day and a month alone (a holiday's name: "1. Mai Demonstration", "4th July Celebrations");
    the line, with no clock time, heads a paragraph (a diary's "June 3, 2019 – Lisbon" over that day's text); or one of
    the two lines (not blank) before or after it begins with a stamp (a tour's dates)."""
    text = m.string
    if _YEAR_OR_CLOCK.search(text, *m.span("lead")) is None:
        return True
    below = next(filled_lines(text, line_end(text, m.start()) + 1), None)
    if below is not None and _CLOCK.search(text, *m.span("lead")) is None and is_prose(text[below[0] : below[1]]):
        return True  # with a clock time it is a post's stamp and title ("3:59 PM Briefe")
    return _near_line(m, lambda text, lo, hi: _STAMP_LED.match(text, lo, hi) is not None)


stamp_labels = RegexCleaner(
    "stamp-labels",
    "a date or time and a label of a word or two, alone on a line (\"24. März 2004, 19:49 | Genesis\", \"21.01.2022 Presse-Mitteilung\")",
    rf"^[ \t]*+(?<lead>{_STAMP_LEAD})[ \t]*+(?:[|,•·–—/-][ \t]*+)?+(?=\p{{L}}{{2}})(?:[^\s\d.!?:;,|]++[ \t]*+){{1,2}}+$",
    whole_line=True,
    keep=_dated_heading,
    starts=stamp_lines.starts,
)

# A teaser list whose headlines extraction glued to their stamps ("E-LBD Krugfahrt verstorben14.10.2021 - 11:49", "Die
# Kärntner Feuerwehr ist klimaaktiv17.08.2021 - 20:51"): a date and a clock time at the line's end, glued to a letter,
# a bracket or a quote. Only in a list: such a line alone may be the article's title glued to its own stamp.
_GLUED_STAMP = (
    rf"^(?=[^\n]{{3,200}}+$)[^\n]*?(?<=[\p{{L}})!?\"”“’»]){DATE},?+[ \t]*+(?:[-–|·•]|um|at|à)?+[ \t]*+{TIME}[ \t]*+$"
)
_GLUED_STAMP_LINE = regex.compile(_GLUED_STAMP, regex.MULTILINE)


def _no_glued_stamp_near(m: regex.Match[str]) -> bool:
    """Whether none of the two lines (not blank) before or after the match's line ends in a glued stamp too."""
    return not _near_line(m, lambda text, lo, hi: _GLUED_STAMP_LINE.match(text, lo, hi) is not None)


# A line that ends in a clock time (and its zone, "Uhr" or "pm"): the few lines the slow pattern is tried on.
_ENDS_IN_TIME = re.compile(r"\d[:.]\d\d[^\d\n]{0,8}$", re.MULTILINE)


class _TimedLines(RegexCleaner):
    """Tries its pattern only on the lines that end in a clock time (17 -> 115 MB/s on the dev texts, run alone)."""

    def _lines(self, text: str) -> list[tuple[int, int]]:
        return [(text.rfind("\n", 0, m.start()) + 1, m.end()) for m in _ENDS_IN_TIME.finditer(text)]


glued_stamps = _TimedLines(
    "glued-stamps",
    "teaser lists whose headlines are glued to their date and time (\"E-LBD Krugfahrt verstorben14.10.2021 - 11:49\")",
    _GLUED_STAMP,
    whole_line=True,
    keep=_no_glued_stamp_near,
)


_HAS_STAMP = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{DATE}|{TIME})(?![\p{{L}}\p{{N}}])")
# A post's category: one to three capitalized words ("Kit Reviews", "Bikes & Style").
_CATEGORY = r"\p{Lu}[\p{L}&'’-]*+(?:[ \t]++(?:&[ \t]++)?\p{Lu}[\p{L}&'’-]*+){0,2}+"
_DATED_CATEGORIES_SOURCE = (
    rf"^[ \t]*+{DATE}[ \t]++{_NAME_WORD}(?:[ \t]++(?:\p{{Lu}}\.|{_NAME_WORD})){{1,2}}[ \t]++{_CATEGORY}(?:,[ \t]++{_CATEGORY}){{2,}}+[ \t]*+$"
)
_NAMED_CATEGORIES_SOURCE = rf"^[ \t]*+{_FULL_NAME}[ \t]++{DATE}[ \t]++[^\n,\d]++,[^\n,\d]++,[^\n\d]*+$"
# The two shapes of a post's meta line that a calendar's entries share: its date, names and three items or more.
_DATED_LISTS = tuple(regex.compile(p, regex.VERSION1 | regex.MULTILINE) for p in (_DATED_CATEGORIES_SOURCE, _NAMED_CATEGORIES_SOURCE))
# What a metadata line says beside its date: who wrote it, when it changed, how many comments, where it is filed.
# Several patterns, each searched alone (a line holds one when one of them finds something):
# one alternation of unlike branches defeats the engine's fast scan (7.8 -> 3.7 µs a line).
_META_WORDS = tuple(
    regex.compile(p)
    for p in (
        r"^[ \t]*+(?i:by|von|par|por|door|przez)[ \t]++\p{Lu}",
        # a name, a dash and the stamp ("Chris Davies - Nov 19, 2019, 10:31 pm CST")
        rf"^[ \t]*+{_FULL_NAME}[ \t]*+[-–—|·•][ \t]",
        r"(?<!\p{L})(?i:updated|published|posted|modified|aktualisiert|veröffentlicht|geändert|erstellt|publié|mis à jour|"
        r"mise à jour|actualizado|actualizada|atualizado|postado|"
        r"publicado|aggiornato|pubblicato|bijgewerkt|gepubliceerd|zaktualizowano|opublikowano|aktualizacja|publikacja|"
        r"обновлено|опубликовано)(?!\p{L})",
        rf"\d[ \t]*+{_COMMENTS}",
        rf"{_COMMENTS}[ \t]*+:?[ \t]*+\(?\d",
        # a stamp, then who wrote it ("5:45 AM PST 11/19/2019 by Patrick Shanley")
        rf"[ \t](?i:by|von|par|por)[ \t]++{_FULL_NAME}[ \t]*+$",
        # the stamp, the author and a count of the post's comments or replies ("23.06.2016 um 16:14 Uhr - Markus Reuter -
        # 91 Ergänzungen"); a calendar's date and place stay ("23 de setembro – Velo Città", "12.03.2022 | Berlin
        # Hauptbahnhof | 20 Uhr")
        rf"{STAMP}[ \t]*+[-–—|·•/][ \t]*+{_FULL_NAME}[ \t]*+[-–—|·•/][ \t]*+\d{{1,5}}+[ \t]++"
        r"(?:(?i:ergänzungen|reaktionen|antworten|responses|replies|réactions|réponses|respuestas|risposte|respostas|odpowiedzi|ответ(?:а|ов)?)[ \t]*+$|"
        rf"{_COMMENTS}[ \t]*+$)",
        # the author, the date and the post's categories, three or more ("Carlos Nadalim 27/09/2018 Comente! Alfabetização,
        # Brinquedos, Música"), with no digit: a record's or a birth's place stays ("Usain Bolt 16.08.2009 Berlin, 9,58
        # Sekunden", "Antonio Vivaldi 4 March 1678 Venice, Italy")
        _NAMED_CATEGORIES_SOURCE,
        # the date, the author and the post's categories, three or more ("21/06/2014 Tony Carter All, Books, Kit Reviews")
        _DATED_CATEGORIES_SOURCE,
        # the newsroom as its author ("Redaktion Dienstag, 4. Juni 2019, 15:54", "Redacción 26.04.2022")
        r"^[ \t]*+(?i:redaktion|rédaction|redacción|redazione|redação|redactie|redakcja|редакция)(?!\p{L})",
    )
)
# The link to the comments last ("… | View Comments", "… · Hinterlasse einen Kommentar"), in lower case: a test of
# the line's end, not a pattern searched through it (outside-body asks is_meta_line of many lines).
_COMMENT_ENDINGS = (
    "comment", "comments", "kommentar", "kommentare", "commentaire", "commentaires", "comentario", "comentarios",
    "comentário", "comentários", "commenti", "reacties", "komentarz", "komentarze", "komentarzy",
    "комментарий", "комментария", "комментариев", "комментарии",
)
# The post's categories or tags ("January 13, 2020 | categories: Python", "News date : 04/21/2022 Category : Press"),
# searched only in lines with a colon.
_FILED_UNDER = regex.compile(
    r"(?<!\p{L})(?i:categor(?:y|ies)|kategorien?|catégories?|categorías?|categori[ae]|rubrik|tags?|schlagw(?:orte?|örter)"
    r"|kategoria|категори[яи]|labels?|étiquettes|etiquetas|filed (?:under|in|to)|posted in|abgelegt unter)"
    r"[ \t]*+:"
)


def _links_comments_or_files(stripped: str) -> bool:
    """Whether the (stripped) line ends in the link to the comments or names the post's categories or tags."""
    low = stripped.lower()
    if low.endswith(_COMMENT_ENDINGS) and any(
        low.endswith(w) and not low[: -len(w)][-1:].isalpha() for w in _COMMENT_ENDINGS
    ):
        return True
    return ":" in stripped and _FILED_UNDER.search(stripped) is not None


_STOPS = frozenset('.!?…"”»')
_STAMP_BEFORE_STOP = regex.compile(r"\b(?i:[ap]\.m|ET|EST|PST|CET)$")
_DIGIT = re.compile(r"\d")


def is_meta_line(line: str) -> bool:
    """A short line that pairs a date or time with a byline, "Updated"/"Published" or a comment count
    ("By Jason Cipriani | November 18, 2019 -- 19:14 GMT", "Veröffentlicht am 11/04/2012 von admin")."""
    if len(line) > 300 or _DIGIT.search(line) is None:
        return False  # the cheap tests first: outside-body asks this of many lines
    stripped = line.strip()
    if stripped.startswith("(") or len(stripped.split()) > 20:
        return False
    if stripped[-1] in _STOPS and _STAMP_BEFORE_STOP.search(stripped, 0, len(stripped) - 1) is None:
        return False  # a sentence; a stamp may end in "a.m." or "ET." and still be a stamp
    said = any(p.search(line) is not None for p in _META_WORDS) or _links_comments_or_files(stripped)
    return said and _HAS_STAMP.search(line) is not None


class _MetaLines(LineCleaner):
    """Tests only the lines that hold a digit (every meta line does), found by one scan."""

    def find(self, text: str) -> Iterator[Span]:
        pos = 0
        while (m := _DIGIT.search(text, pos)) is not None:  # the first digit of each line that has one
            start = text.rfind("\n", 0, m.start()) + 1
            end = line_end(text, m.start())
            if self.test(text[start:end]) and not _in_dated_list(text, start, end):
                yield start, min(end + 1, len(text))
            pos = end + 1


def _in_dated_list(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is a date, names and three items or more, and so is the line above or below
    it, in the same order: a calendar's or a programme's entries ("15.03.2020 Berliner Philharmoniker Beethoven, Brahms,
    Mahler", "Anna Berg 15.03.2020 Beethoven, Brahms, Mahler"), where a post's meta line stands alone ("21/06/2014 Tony
    Carter All, Books, Kit Reviews")."""
    shape = next((p for p in _DATED_LISTS if p.search(text, start, end) is not None), None)
    if shape is None:
        return False
    neighbours = (_next_filled_line(text, end, blanks=1), _previous_filled_line(text, start, blanks=1))
    return any(at is not None and shape.search(text, *at) is not None for at in neighbours)


meta_lines = _MetaLines(
    "meta-lines",
    "short lines that pair a date with a byline, \"Updated\"/\"Published\", a comment count or link, or a category",
    is_meta_line,
)


class _NearTheEnd(RegexCleaner):
    """A whole-line rule that only looks at the last few lines of the document."""

    def find(self, text: str) -> Iterator[Span]:
        # the starts of the last few non-blank lines, looked for from the end
        starts: list[int] = []
        end = len(text)
        while len(starts) < _LAST_LINES:
            newline = text.rfind("\n", 0, end)
            if _LINE_STARTS.match(text, newline + 1, end) is not None:
                starts.append(newline + 1)
            if newline < 0:
                break
            end = newline
        first = starts[-1] if len(starts) == _LAST_LINES else 0
        for start, end in super().find(text[first:]):
            yield first + start, first + end


_LINE_STARTS = regex.compile(r"^(?=[ \t]*+\S)", regex.MULTILINE)
_LAST_LINES = 4
_LETTERS = regex.compile(r"\p{L}++")


class _AuthorBios(_NearTheEnd):
    """The last lines' bios, and further up a bio whose person the running text never names: the byline's author,
    whose bio a page sets after the article and before its teasers and menus ("Will Knight is a senior writer for
    WIRED, covering …"). A bio of someone the article is about ("Felix Stalder ist Professor für …" over an
    interview with him, "Jane Doe is a professor at Yale. …" before the article quotes Doe) stays: a line of
    more than ``_NAMING_WORDS`` words, other than such a bio, holds the surname. So does a bio within the
    first ``_BIO_MIN_WORDS`` words of the text, unless its person's name stands on a line of its own (the author box
    over the article: "Heiko Sauer" … "Heiko Sauer is a Professor of Public Law …"), and one whose "name" opens with
    an article or a pronoun ("The Times is …", "Der Autor ist …")."""

    def find(self, text: str) -> Iterator[Span]:
        near = list(_NearTheEnd.find(self, text))
        first = near[0][0] if near else len(text)
        running: str | None = None  # the running text's lines, where a bio further up looks for its person's name
        words, counted = 0, 0  # the words before ``counted``, summed as the scan goes (no recount from the start)
        standing: tuple[dict[str, list[int]], int, tuple[int, ...]] | None = None  # names on lines of their own, read once
        unnamed: list[tuple[str, Span]] = []  # the bios further up whose person the running text never names
        for m in all_matches(self.regex, text, first):  # the line starts only
            if words < _BIO_MIN_WORDS:  # past it, the count no longer matters
                words, counted = words + len(text[counted : m.start()].split()), m.start()
            name = m.group("name").split()
            if name[0] in _STARTERS:
                continue
            if words < _BIO_MIN_WORDS:  # over the article: an author box, when its name stands on a line of its own
                if standing is None:
                    standing = _standing_names(text)
                if _stands_apart(standing, m.group("name"), text.rfind("\n", 0, m.start()) + 1):
                    yield line_bounds(text, m.start(), m.end())
                continue
            if running is None:  # read on the first bio further up, case folded once
                running = "\n".join(
                    line for line in text.splitlines() if len(line.split()) > _NAMING_WORDS and self.regex.match(line) is None
                ).casefold()
            if not any(_names(running, w) for w in _LETTERS.findall(name[-1].casefold())):
                unnamed.append((m.group("name"), line_bounds(text, m.start(), m.end())))
        # bios of two people or more in the running text: the text is about them ("Meet our newsroom")
        if len({name for name, _ in unnamed}) < 2:
            yield from (span for _, span in unnamed)
        yield from near


def _names(running: str, word: str) -> bool:
    """Whether ``word`` stands in ``running`` as a word of its own (no letter right before or after it)."""
    at = running.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not running[at - 1].isalpha()) and (end == len(running) or not running[end].isalpha()):
            return True
        at = running.find(word, at + 1)
    return False


def _standing_names(text: str) -> tuple[dict[str, list[int]], int, tuple[int, ...]]:
    """The names that stand on a short line of their own, with the starts of those lines: alone or before a byline's
    separator ("Jane Doe", "Jane Doe | Fox News"), or the first words after "By" ("By Jane Doe, 12 May 2020"); a title
    that opens with a name ("Jane Doe: a profile") names no one. Then the start of the first line not blank (the
    title), and of the two after it (a standfirst and the lead, or the lead)."""
    names: dict[str, list[int]] = {}
    filled: list[int] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        filled.append(start)
        if len(line) > 120 or len(words := line.split()) > 8:
            continue
        if words[0].lower() in _BY_WORDS:
            for k in range(2, min(len(words), 5) + 1):
                names.setdefault(" ".join(words[1:k]).rstrip(","), []).append(start)
        else:
            names.setdefault(_BYLINE_SEPARATOR.split(line, 1)[0].strip(), []).append(start)
    filled += [-1, -1, -1]
    return names, filled[0], (filled[1], filled[2])


def _stands_apart(standing: tuple[dict[str, list[int]], int, tuple[int, ...]], name: str, bio: int) -> bool:
    """Whether ``name`` stands on a line of its own (see :func:`_standing_names`) for the bio line that starts at
    ``bio``; the title alone over the bio is a page about the person, and the bio its lead, under a standfirst or not
    ("Will Knight / Will Knight is a British journalist …")."""
    names, title, lead = standing
    places = names.get(name, ())
    return any(p != title for p in places) or (bool(places) and bio not in lead)


_BY_WORDS = frozenset(("by", "von", "par", "por", "door", "przez", "di", "av"))
_BYLINE_SEPARATOR = re.compile(r"[|,·•–—]| - ")
_BIO_MIN_WORDS = 150
_NAMING_WORDS = 6
author_bios = _AuthorBios(
    "author-bios",
    "an author's bio line after the article (\"Jane Doe is a freelance writer based in Ohio.\")",
    rf"^[ \t]*+(?<name>{_NAME_WORD}(?:[ \t]++(?:\p{{Lu}}\.|{_PARTICLE}|{_NAME_WORD})){{0,3}}+)(?:[ \t]++\([^()\n]{{1,60}}+\))?+[ \t]++"
    rf"(?:is|was|ist|war|est|es|è|é|jest)[ \t]++(?:[^\n.!?]{{0,80}}?)\b(?i:{_ROLE})\b[^\n]{{0,300}}$",
    whole_line=True,
)

handle_lines = RegexCleaner(
    "handle-lines",
    "lines that hold only social-media handles, after at most three words (\"@janedoe\", \"Follow @cityhall\")",
    r"^[ \t]*+(?:\p{L}++[ \t]++){0,3}+@[\p{L}\p{N}_]{2,30}+(?:[ \t]++@[\p{L}\p{N}_]{2,30}+){0,2}+[ \t]*+$",
    whole_line=True,
    gate=("@",),  # the pattern tries every line start of a text that holds an "@": 60 MB/s on a long one
)

_EMAIL = r"[\w.+-]{1,64}+@[\w-]{1,63}+(?:\.[\w-]{1,63}+){1,4}+"


def _has_address(line: str) -> bool:
    """An e-mail address, a profile link or a phone number is on every contact line."""
    if len(line) > 300:
        return False
    if "@" in line or ".com/" in line:
        return True
    # a phone line: a label (Tel, Phone, Fon, Fax, Mobil, Handy, Toll-free, Телефон) and six digits or more
    return len(line) <= 100 and line.lstrip()[:1] in _PHONE_INITIALS and len(_DIGIT.findall(line)) >= 6


_PHONE_INITIALS = frozenset("TtPpFfMmHhТт")


_PHONE_NUMBER = r"[+(]?+\d[\d()/.-]*+(?:[ \t][\d()/.-]++){0,6}+"


contact_lines = ScreenedLines(
    "contact-lines",
    "how to reach the author: \"Write to Jane Doe at jane@example.com\", \"Reach the reporter on Twitter at …\", a profile link, "
    "an e-mail address or a phone number alone",
    (
        r"[ \t]*+(?:https?://)?(?:www\.)?(?:twitter|x|facebook|instagram|linkedin)\.com/[\w.]{1,40}+/?[ \t]*+",
        rf"[ \t]*+(?i:write to|email|e-mail|contact|reach|schreiben sie|écrivez à|escriba a)[ \t][^\n]{{1,60}}?[ \t]"
        rf"(?i:at|on|via|unter|an|à|a)[ \t][^\n]{{0,80}}?(?:{_EMAIL}|@\w{{2,30}}+|twitter\.com/\w++)[^\n]{{0,60}}+",
        r"[^\n.!?]{1,60}?[ \t](?i:can be reached at|is reachable at|ist erreichbar unter|est joignable à)[ \t][^\n]{1,120}+",
        # an e-mail address alone on its line, perhaps labelled ("jane.doe@example.com", "E-Mail: info@example.org");
        # not "Contact press@…", a press release's own last line
        rf"[ \t]*+(?:(?i:e-?mail|mail|courriel|correo(?: electrónico)?)[ \t]*+:[ \t]*+)?{_EMAIL}[ \t]*+",
        # a phone or fax number alone on its line, labelled ("Tel.: +49 (0)69 380 795 200", "Fon 05191 979238",
        # "Tel. 0863/91131 - Fax 0863/912132", "телефон: +7(495) 633-5-633"): a contact block's
        rf"[ \t]*+(?i:tel(?:efon|ephone|éfono|éfone|\.)?|phone|fon|fax|telefax|toll[- ]free|mobil|mobile|handy|телефон|тел\.)"
        rf"[ \t]*+:?[ \t]*+{_PHONE_NUMBER}(?:[ \t]*+[-–|,·]?[ \t]*+(?i:fax|telefax|tel\.?|mobil)[ \t]*+:?[ \t]*+{_PHONE_NUMBER})?[ \t]*+",
    ),
    screen=_has_address,
)


_URL_LINE = regex.compile(r"[ \t]*+https?://[^\s/]{1,100}+/[^\s]{1,300}+[ \t]*+")


@dataclass(frozen=True)
class PageAddress(Cleaner):
    """The page's own address, printed alone on a line above the article (a print or e-mail view:
    "https://www.barrons.com/articles/home-depot-stock-…"): a bare link among the first ``first_lines``
    non-blank lines of a document of at least ``min_lines``. A link further down is the article's
    (its sources, a petition), and so is one in a short note."""

    name: str = "page-address"
    description: str = "the page's own address alone on a line at the top (\"https://www.example.com/news/article-1234\")"
    first_lines: int = 5
    min_lines: int = 6

    def find(self, text: str) -> Iterator[Span]:
        lines = list(itertools.islice(filled_lines(text, 0), self.min_lines))  # the first non-blank lines
        if len(lines) < self.min_lines:
            return
        top = [k for k, (a, b) in enumerate(lines[:self.first_lines]) if _URL_LINE.fullmatch(text, a, b) is not None]
        yield from whole_lines(text, lines, top)


page_address = PageAddress()


def label_starts(labels: PhraseCleaner, text: str) -> set[int]:
    """Where the lines of ``text`` that ``labels`` matches whole begin, found through its prefilter."""
    return {start for start, _ in labels.matching_lines(text)}


_AUTHOR_LABELS = PhraseCleaner(
    "author-labels",
    "headings of author boxes",
    phrases=(
        "About the author", "About the authors", "Author bio", "Über den Autor", "Über die Autorin", "Über die Autoren",
        "Zum Autor", "Zur Autorin", "À propos de l'auteur", "À propos de l’auteur", "Sobre el autor", "Sobre la autora",
        "Sull'autore", "Sull’autore", "Sobre o autor", "Sobre a autora", "Over de auteur", "O autorze", "Об авторе",
    ),
    max_words=0,
)


# "About Kathrin", "Über Moritz Bachmann", "Sobre Carlos Nadalim", "About me": a box only when what it heads is a
# person's bio (first person, or the name with a role), never "About Python" above an article about Python.
_NAMED_LABEL = regex.compile(
    rf"[ \t]*+(?i:about|über|à[ \t]++propos[ \t]++de|sobre|su|over|o|об)[ \t]++"
    rf"(?:(?<me>(?i:me|mich|moi|mí|mim|mij|mnie|мне))|(?<name>{_NAME_WORD}(?:[ \t]++{_NAME_WORD}){{0,2}}+))[ \t]*+",
    regex.VERSION1,
)
_FIRST_PERSON = regex.compile(
    r"(?i)\b(?:I['’]m|I[ \t]am|my[ \t]name[ \t]is|ich[ \t]bin|ich[ \t]heiße|was[ \t]ich[ \t]liebe|mein[ \t]Name[ \t]ist|"
    r"je[ \t]suis|je[ \t]m['’]appelle|soy|me[ \t]llamo|mi[ \t]chiamo|io[ \t]sono|eu[ \t]sou|me[ \t]chamo|ik[ \t]ben|"
    r"mijn[ \t]naam[ \t]is|jestem|nazywam[ \t]się|меня[ \t]зовут|я[ \t]—|\p{Ll}{3,20}+(?<=e)[ \t]ich)\b",
    regex.VERSION1,
)
_BIO_ROLE = regex.compile(
    rf"\b(?i:{_ROLE}|blogger(?:in)?|manager(?:in)?|coach|consultant|berater(?:in)?|expert(?:in|e)?|"
    rf"gründer(?:in)?|inhaber(?:in)?|fondat(?:eur|rice)|fundador(?:a)?|fondat(?:ore|rice)|coordenador(?:a)?|coordinador(?:a)?|"
    rf"koordinator(?:in)?|coordinat(?:or|ore|rice))\b",
    regex.VERSION1,
)


def _at_line_starts(pattern: str) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """``pattern`` (which begins with "^") for :func:`_line_matches`: as is, and with a line break,
    left out of the match, for its "^"."""
    assert pattern.startswith("^")
    flags = regex.MULTILINE | regex.VERSION1
    return regex.compile(pattern, flags), regex.compile(r"\n\K" + pattern[1:], flags)


def _line_matches(patterns: tuple[regex.Pattern[str], regex.Pattern[str]], text: str) -> Iterator[regex.Match[str]]:
    """The matches in ``text`` of a pattern made by :func:`_at_line_starts`, in order: at the start, then
    after each line break. The engine finds a "\\n" by a fast scan, but tries "^" at every character."""
    m = patterns[0].match(text)
    if m is not None:
        yield m
    yield from patterns[1].finditer(text)


# where such labels may start: a cheap scan before the full test
_NAMED_LINE = _at_line_starts(r"^(?=[ \t]*+(?i:about|über|à propos de|sobre|su|over|o|об)[ \t]++\S[^\n]{0,60}+$)")


def _is_bio(label: str, box: list[str]) -> bool:
    """Whether the lines ``box`` under a line "About <name>" / "About me" are that person's bio, the last one prose."""
    m = _NAMED_LABEL.fullmatch(label)
    if m is None or not box or not is_prose(box[-1]):
        return False
    bio = " ".join(box)
    if _FIRST_PERSON.search(bio, 0, 300) is not None:
        return True
    name = m.group("name")
    return name is not None and name.split()[0] in bio and _BIO_ROLE.search(bio, 0, 400) is not None


# A name alone on its line heads a box without a label, when the next line is that person's bio and says their role
# ("Meg James / Meg James is a corporate media reporter for …", "Isabella Beyer / Als Managerin betreue ich …").
_NAME_LINE = _at_line_starts(
    rf"^[ \t]*+(?<first>{_NAME_WORD})(?:[ \t]++(?:\p{{Lu}}\.|{_PARTICLE}|{_NAME_WORD})){{1,2}}+[ \t]*+$"
)


def _is_named_bio(first: str, bio: str) -> bool:
    """Whether ``bio``, under a line with a name whose first word is ``first``, is that person's bio."""
    if not (bio.lstrip().startswith(first) or _FIRST_PERSON.search(bio, 0, 200) is not None):
        return False
    return _BIO_ROLE.search(bio, 0, 300) is not None and is_prose(bio) and len(bio.split()) <= 120


@dataclass(frozen=True)
class AuthorBoxes(Cleaner):
    """An author box: its heading ("About the author", "Über die Autorin" …)
    and the lines under it up to the bio, the first line of running text
    (at most ``max_lines``). A box headed by a name alone may hold up to ``max_links``
    short lines between the name and the bio: a row of profile links ("Follow Us",
    "twitter", "instagram", "email", "facebook")."""

    name: str = "author-boxes"
    description: str = "author boxes: a heading such as \"About the author\" and the name and bio under it"
    max_lines: int = 3
    max_links: int = 6

    def find(self, text: str) -> Iterator[Span]:
        labelled = label_starts(_AUTHOR_LABELS, text)
        named = {m.start() for m in _line_matches(_NAMED_LINE, text) if _NAMED_LABEL.fullmatch(text, m.start(), line_end(text, m.start()))}
        if labelled or named:  # most texts have neither: no need to split them into lines
            yield from self._labelled(text, labelled, named)
        yield from self._unlabelled(text, labelled | named)

    def _labelled(self, text: str, labelled: set[int], named: set[int]) -> Iterator[Span]:
        """Boxes under an author label (``labelled``: where those lines start) or an "About <name>"
        line (``named``) whose box is that person's bio."""
        # a walk from each label, not a split of the whole text into lines (a long text has labels)
        for start in sorted(labelled | named):
            head = (start, line_end(text, start))
            box = [head]
            for k in filled_lines(text, head[1] + 1):
                line = text[k[0] : k[1]]
                if len(box) > self.max_lines or _AUTHOR_LABELS.matches(line):
                    break
                box.append(k)
                if is_prose(line):  # the bio: the box ends with it
                    break
            if start not in labelled and not _is_bio(text[start : head[1]], [text[a:b] for a, b in box[1:]]):
                continue
            if len(box) > 1:
                for a, b in box:
                    yield a, min(b + 1, len(text))

    def _unlabelled(self, text: str, labelled: set[int]) -> Iterator[Span]:
        """Boxes headed by a name alone on its line, its bio below, after at most ``max_links``
        lines of links of three words or fewer ("Follow Us", "twitter")."""
        for m in _line_matches(_NAME_LINE, text):
            if m.start() in labelled or m.group("first") in _STARTERS:
                continue
            start, links = m.end(), 0
            while links < self.max_links:
                start = text.find("\n", start) + 1
                if start <= 0:
                    break
                end = line_end(text, start)
                line = text[start:end]
                if len(line.split()) > 3:  # the bio, or no box
                    if _is_named_bio(m.group("first"), line):
                        yield m.start(), min(end + 1, len(text))
                    break
                links += bool(line.strip())
                start = end


author_boxes = AuthorBoxes()


# A blog's welcome box after the article: a greeting that names the site ("Willkommen auf Heavenlynn Healthy.",
# "Welcome to my blog!"), perhaps a "Hallo!" above it, and the blogger's first-person note under it ("Klasse, dass du
# hier vorbeischaust … Auf meinem Blog teile ich …"). A greeting that opens a post, or one whose text is no
# blogger's note about the blog ("Welcome to Lisbon! I landed at noon …"), stays.
_WELCOME = _at_line_starts(
    r"^[ \t]*+(?i:(?:herzlich[ \t]++)?willkommen[ \t]++(?:auf|bei|im)|welcome[ \t]++to|bienvenue[ \t]++(?:sur|à|dans)|"
    r"bienvenid[oa]s?+[ \t]++a|benvenut[oi][ \t]++(?:su|nel|in)|bem-vind[oa]s?+[ \t]++(?:ao|à)|welkom[ \t]++(?:op|bij)|"
    r"witaj(?:cie)?+[ \t]++na|добро[ \t]++пожаловать[ \t]++(?:на|в))[ \t]++[^\n]{1,80}+$"
)
_HELLO = regex.compile(r"[ \t]*+(?i:hallo|hello|hi|hey|hej|salut|bonjour|hola|ciao|olá|oi|cześć|привет)[ \t]*+[!.,]?+[ \t]*+")
_BLOG = regex.compile(
    r"(?i)\b(?:blogs?+|website|(?:this|my)[ \t]site|(?:du|ihr|sie)[ \t]hier|hier[ \t]auf|here[ \t]on|vorbeischau\w*+|stopping[ \t]by|"
    r"mon[ \t]blog|mi[ \t]blog|il[ \t]mio[ \t]blog|meu[ \t]blog|mijn[ \t]blog|mój[ \t]blog|блог\w*+)\b"
)


@dataclass(frozen=True)
class WelcomeBoxes(Cleaner):
    """A greeting that names the site and the blogger's first-person note under it (at most
    ``max_words`` words), after ``min_words`` words of text; a "Hallo!" line right above goes too."""

    name: str = "welcome-boxes"
    description: str = "a blog's welcome box after the article (\"Willkommen auf Heavenlynn Healthy.\" and the blogger's note)"
    min_words: int = 150
    max_words: int = 150

    def find(self, text: str) -> Iterator[Span]:
        words, counted = 0, 0  # the words before ``counted``, summed as the scan goes (no recount from the start)
        for m in _line_matches(_WELCOME, text):
            start = m.start()
            words, counted = words + len(text[counted:start].split()), start
            if words < self.min_words:
                continue
            nxt = text.find("\n", m.end()) + 1
            if nxt <= 0:
                continue
            end = line_end(text, nxt)
            note = text[nxt:end]
            if not (is_prose(note) and len(note.split()) <= self.max_words and _FIRST_PERSON.search(note, 0, 300) is not None
                    and _BLOG.search(m.group() + " " + note) is not None):
                continue
            yield self._hello(text, start), min(end + 1, len(text))

    @staticmethod
    def _hello(text: str, start: int) -> int:
        """Where the box starts: at a "Hallo!" line right above the greeting (blank lines between), else at ``start``."""
        above = start - 1
        while above > 0 and text[above - 1] in " \t\n":
            above -= 1
        head = text.rfind("\n", 0, above) + 1
        return head if above > 0 and _HELLO.fullmatch(text, head, above) else start


welcome_boxes = WelcomeBoxes()


# A byline that extraction split over lines: its word alone on one line, the name on the next ("By" / "Al Root",
# "Von:" / "Götz Warnke", "Foto:" / "Jaiver Nieto"), and the dash a theme puts after it alone on a third. The name is
# two to four capitalized words (particles and initials between), with nothing else on its line.
_SPLIT_NAME = (
    r"(?:\p{Lu}[\p{L}'’-]*+\.?|\p{Lu}\.)(?:[ \t]++(?:\p{Lu}[\p{L}'’-]*+\.?|(?:von|van|de|der|den|da|di|du|del|la|le|y|e)(?=[ \t]))){1,3}+"
)
_BYLINE_LABEL = (
    r"(?i:by|von|par|por|door|przez|av|written[ \t]by|posted[ \t]by|geschrieben[ \t]von|"
    r"verfasst[ \t]von|escrito[ \t]por|publié[ \t]par|scritto[ \t]da|geplaatst[ \t]door)"
)
_SPLIT_LABEL = _at_line_starts(
    rf"^[ \t]*+(?:(?<by>{_BYLINE_LABEL})[ \t]*+:?|(?i:fotos?|photos?|bild(?:er)?|text|texte|texto|tekst|fot\.)[ \t]*+:)[ \t]*+$"
)
_SPLIT_NAME_LINE = regex.compile(rf"[ \t]*+{_SPLIT_NAME}[ \t]*+", regex.VERSION1)
# The next label of a book's, a film's or a record's details in a review, alone on its line ("Verlag", "Starring:").
_DETAILS_LABEL = regex.compile(
    r"[ \t]*+(?i:publisher|published[ \t]by|genre|pages|isbn|format|starring|cast|directed[ \t]by|director|music(?:[ \t]by)?|"
    r"produced[ \t]by|illustrated[ \t]by|translated[ \t]by|release[ \t]date|running[ \t]time|language|"
    r"verlag|seiten|erschienen|erscheinungsdatum|regie|musik|darsteller|besetzung|übersetzung|übersetzt[ \t]von|illustriert[ \t]von|"
    r"laufzeit|sprache|éditeur|éditions|réalisé[ \t]par|réalisateur|musique|traduction|traduit[ \t]par|"
    r"editorial|género|páginas|dirigida[ \t]por|música|traducción|reparto|editore|genere|pagine|regia|musica|traduzione|"
    r"editora|gênero|direção|tradução|elenco|uitgever|pagina's|muziek|vertaling|wydawnictwo|gatunek|reżyseria|muzyka|tłumaczenie|"
    r"obsada|издательство|жанр|режиссёр|режиссер|музыка|перевод|в[ \t]ролях)[ \t]*+:?[ \t]*+",
    regex.VERSION1,
)
_SEPARATOR_LINE = regex.compile(r"[ \t]*+[-–—|·•][ \t]*+", regex.VERSION1)


@dataclass(frozen=True)
class SplitBylines(Cleaner):
    """A byline's word alone on its line ("By", "Von:", "Written by") goes, and the name on the next line (blank lines
    may come between) with it, and a dash alone after the name. A photo's or text's label ("Foto:", "Text:") goes only
    with a name under it: alone it may head the article's pictures or a quoted text. A noun ("Autor", "Author") is
    left alone: over a name it may be a book's details in a review ("Autor" / "Thomas Mann" / "Verlag" / …)."""

    name: str = "split-bylines"
    description: str = (
        "a byline or photo credit split over lines: the label alone, the name on the next line (\"By\" / \"Al Root\", \"Von:\" / "
        "\"Götz Warnke\", \"Foto:\" / \"Jaiver Nieto\")"
    )

    def find(self, text: str) -> Iterator[Span]:
        for m in _line_matches(_SPLIT_LABEL, text):
            end = line_end(text, m.start())
            # blank lines between: the last cleaner makes a run of them one (two went on the second run)
            after = _next_filled_line(text, end, blanks=len(text))
            if after is not None and _SPLIT_NAME_LINE.fullmatch(text, *after) is not None:
                details = _next_filled_line(text, after[1], blanks=1)
                if details is not None and _DETAILS_LABEL.fullmatch(text, *details) is not None:
                    continue  # a book's or a film's details ("Written by" / "Jonathan Nolan" / "Starring" / …)
                end = after[1]
                dash = _next_filled_line(text, end, blanks=0)
                if dash is not None and _SEPARATOR_LINE.fullmatch(text, *dash) is not None:
                    end = dash[1]
            elif m.group("by") is None:
                continue
            yield m.start(), min(end + 1, len(text))


def _next_filled_line(text: str, end: int, blanks: int) -> tuple[int, int] | None:
    """``(start, end)`` of the first line after the line that ends at ``end`` that is not blank, with at most
    ``blanks`` blank lines before it; None when there is none."""
    for _ in range(blanks + 1):
        if end >= len(text):
            return None
        start, end = end + 1, line_end(text, end + 1)
        if text[start:end].strip():
            return start, end
    return None


def _previous_filled_line(text: str, start: int, blanks: int) -> tuple[int, int] | None:
    """``(start, end)`` of the last line before the line that starts at ``start`` that is not blank, with at most
    ``blanks`` blank lines after it; None when there is none."""
    stop = start - 1  # the line break before the line
    for _ in range(blanks + 1):
        if stop < 0:
            return None
        lo = text.rfind("\n", 0, stop) + 1
        if text[lo:stop].strip():
            return lo, stop
        stop = lo - 1
    return None


split_bylines = SplitBylines()
