"""Media clutter: image-link labels, photo credits and captions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator

import regex

from .._pipeline import Pipeline, RegexCleaner, fold_safe_lines, line_matches, lines_holding
from ._resources import DATE, HEADING_WORD, MONTHS
from ._screened import ScreenedLines

_LABELS = "|".join(
    [
        # en
        r"Go to the media ?bank",
        r"(?:Click|Tap) (?:to|here to) (?:enlarge|expand|zoom)(?: (?:the )?(?:image|photo|picture))?",
        r"(?:Enlarge|Expand|View|Zoom) (?:this |the )?(?:image|photo|picture)",
        r"(?:Open|View|See|Launch|Show) (?:the |full |photo |image )?(?:gallery|slideshow|slide show)",
        # the skip link screen readers get before a gallery
        r"Skip (?:the )?(?:photo |image )?(?:gallery|slideshow)",
        # Hearst's gallery counter reads "Image 1 of / 13" as scraped
        r"(?:Image|Photo|Picture|Slide) \d{1,3} (?:of|/)(?: /)? \d{1,3}",
        r"\d{1,3} (?:photos|images|pictures)",
        r"Hide caption|Toggle caption|Show caption|(?:Image|Photo) (?:credit|source)s?",
        # de
        r"Bild (?:vergrößern|anzeigen)|Zur (?:Bildergalerie|Galerie|Bildstrecke)|Galerie öffnen|Bildergalerie öffnen",
        r"Überspringe die Bildergalerie|Bildergalerie überspringen",
        r"(?:Bild|Foto) \d{1,3} (?:von|/) \d{1,3}|Vergrößern",
        # fr, es, it, pt, nl, pl, ru
        r"Agrandir (?:l'image|la photo)|Voir (?:la galerie|le diaporama)|(?:Photo|Image) \d{1,3} (?:sur|/) \d{1,3}",
        r"Passer la galerie|Saltar (?:la )?galería|Salta la galleria",
        r"Ampliar (?:imagen|foto)|Ver (?:galería|fotos)|(?:Foto|Imagen) \d{1,3} de \d{1,3}",
        r"Ingrandisci(?: (?:immagine|foto))?|Apri (?:la )?galleria|Foto \d{1,3} di \d{1,3}",
        r"Ampliar imagem|Ver galeria",
        r"(?:Afbeelding )?vergroten|Bekijk (?:de )?(?:foto's|galerij)",
        r"Powiększ(?: zdjęcie)?|Zobacz galerię|Otwórz galerię",
        r"Увеличить(?: фото| изображение)?|Открыть галерею|Смотреть галерею",
    ]
)


class _Labels(RegexCleaner):
    """Runs the (case-insensitive, slow) pattern only on gated lines where the labels, lowered,
    occur in the lowered line."""

    def _lines(self, text: str) -> Iterable[tuple[int, int]] | None:
        lines = super()._lines(text)
        return None if lines is None else fold_safe_lines(text, lines, _LABELS_LOWERED)


# The labels as they read in lowered text: folded, with any digit (also of newer Unicode) for \d.
_LABELS_LOWERED = re.compile(_LABELS.casefold().replace(r"\d", r"[\d\U00010000-\U0010ffff]"))

# Where a label ends: the line's end, a separator, a capital or a digit, or the next label (blanks of any number:
# the second of two labels after two blanks went alone, and the first next time). Not German's polite imperative, a
# how-to's sentence ("Vergrößern Sie das Bild mit der Maus.").
_LABEL_END = rf"(?=[ \t]*+$|[ \t]*+[/|•]|[ \t]*+(?!Sie(?!\p{{L}}))[\p{{Lu}}\d]|[ \t]*+(?i:{_LABELS}))"

# A photo count that opens a title ("25 Photos That Show …") is no gallery's counter.
_COUNT_LABEL = regex.compile(r"(?i:\d{1,3} (?:photos|images|pictures))$")
_WORD_AFTER = regex.compile(r"[ \t]\p{Lu}\p{Ll}")


def _titled_count(m: regex.Match[str]) -> bool:
    return _WORD_AFTER.match(m.string, m.end()) is not None and _COUNT_LABEL.search(m.group()) is not None


media_labels = _Labels(
    "media-labels",
    "image-link and gallery labels (\"Go to the mediabank\", \"Enlarge image\", \"Image 1 of 5\")",
    # a run of labels is one match: each is the others' context ("POWIĘKSZpOWIĘKSZ", "Go to the mediabank Go to the
    # mediabank"); each label of the run ends where a label may end, or where another begins
    # (glued to a word's end, "photoGo to the mediabank", but not inside a word in capitals: "AGO TO THE MEDIABANK")
    rf"(?:[ \t]*+[/|•][ \t]*+)?(?<![\p{{L}}\p{{N}},;] )[ \t]?+(?<!\p{{Lu}})(?i:{_LABELS}){_LABEL_END}(?:[ \t]*+(?i:{_LABELS}){_LABEL_END})*+",
    keep=_titled_count,
    gate=(
        "media", "enlarg", "expand", "zoom", "galler", "slide", "image", "photo", "picture", "caption", "credit",
        "vergröß", "galeri", "bildstrecke", "bild ", "foto", "agrandir", "diaporama", "ampliar", "galería",
        "ingrandisci", "galeria", "vergroten", "galerij", "powiększ", "увеличить", "галере",
    ),
)

_AGENCY = (
    r"(?:The )?Associated Press|AP|AFP|Reuters|dpa|EPA|Getty(?: ?Images)?|Shutterstock|iStock(?:photo)?|Imago|Keystone|ANSA|EFE|PAP|TASS|"
    r"RIA Novosti|Sputnik|Xinhua|Bloomberg|Alamy|picture[- ]alliance|Wikimedia Commons|Pixabay|Unsplash|"
    r"APA|ANP|Belga|AAP|NurPhoto|Anadolu Agency|ZUMA (?:Press|Wire)|SOPA Images"
)
_CREDIT_WORD = (
    r"Photo(?:graph)?s?|Pictures?|Images?|Credits?|Titelbild|Beitragsbild|Headerbild|Aufmacherbild|Crédits? photos?|Image illustrative|Photo d'illustration|Foto de portada|Fotos?|Bild(?:er)?|Bildquelle|Bildrechte|Fotograf(?:ie)?|Zdjęcie|Fot\.|"
    r"Фото|Crédits?(?: photo)?|Crédito|Créditos|Source photo|Kuva|Kuvat|Fotó|Fotoğraf"
)
# A credit's names to the line's end: at most two of its words begin in small letters ("Anna Smith for The Times",
# "aremac / Clipdealer"; not "Anna Smith show the flooded street.").
_NAMES = r"(?:[^\s\p{Ll}]\S*+[ \t]*+)*+(?:\p{Ll}\S*+[ \t]*+(?:[^\s\p{Ll}]\S*+[ \t]*+)*+){0,2}+$"

_CREDIT = (
    rf"(?:(?i:{_CREDIT_WORD})[ \t]?[:/][ \t]?[^\n]{{1,80}}?"
    rf"|\(?(?i:Photo|Foto|Image|Picture)s? (?i:by|von|de|di|par|por)[ \t](?=[^\n]{{1,90}}+$)(?={_NAMES})[^\n]{{1,80}}?"
    rf"|©[ \t]?[^\n]{{1,80}}?|\(c\)[ \t][^\n]{{1,80}}?"
    rf"|(?:{_AGENCY})(?:[ \t]?(?:Photo|Images?|Foto|/[^\n]{{1,60}}?))?)"
)
_FILE_PHOTO = (
    r"(?:File|Archive|Stock|Illustrative|Representational|Submitted|Contributed|Courtesy) (?:photo|image|picture|pic)|Archiv(?:bild|foto)|Symbol(?:bild|foto)|Photo d'archive|Foto de archivo|Foto d'archivio|Foto: archiwum"
    # a still from a video or a screen, credited as such ("Imágenes capturadas de video", "Screengrab")
    r"|Screen ?(?:shot|grab)|Video ?still|Im[aá]genes capturadas de v[ií]deo|Captura de v[ií]deo|Bildschirmfoto|Capture d'écran"
)


@dataclass(frozen=True)
class _SignedPatterns(RegexCleaner):
    """Runs some of its patterns only on the lines that hold a sign: ``signs`` pairs a pattern's index
    with the strings of which every match of it holds one ("©", "/"). The engine tries a line-anchored
    pattern at every line; a search for the sign skips most of them."""

    signs: tuple[tuple[int, tuple[str, ...]], ...] = ()

    def _matches(self, pattern: regex.Pattern[str], text: str) -> Iterator[regex.Match[str]]:
        signs = dict(self.signs).get(self.patterns.index(pattern))
        if signs is None:
            yield from super()._matches(pattern, text)
            return
        for start, end in lines_holding(text, signs):
            yield from line_matches(pattern, text, start, end)


# A photographer's name and the outlet, joined by a slash with no blank ("Doug Mills/The New York Times", "Jason
# Cipriani/ZDNet", "APA/Georg Hochmuth"). The name is two words (an initial may come between); the outlet is several
# capitalized words, or one with a capital inside ("ZDNet", "SP-X"), so a pair of nouns ("Erste Hilfe/Hautschutz") stays.
_PERSON = r"\p{Lu}\p{Ll}++(?:-\p{Lu}\p{Ll}++)?+(?:[ \t]\p{Lu}\.)?+[ \t]\p{Lu}\p{Ll}[\p{Ll}'’-]*+"
_OUTLET_WORD = r"[\p{Lu}\d][\p{L}\d&.'’-]*+"
_OUTLET = (
    rf"(?:(?:The[ \t])?{_OUTLET_WORD}(?:[ \t](?:&[ \t])?{_OUTLET_WORD}){{1,4}}+|The[ \t]{_OUTLET_WORD}"
    rf"|\p{{Lu}}[\p{{Ll}}\d-]*+\p{{Lu}}[\p{{L}}\d&.-]*+)"
)
# A stop that ends no sentence: after an initial or a short capitalized abbreviation ("N.Y.", "Gov.", "Ind.", "Ariz."),
# or with no blank after it ("Ind., Mayor …", "3.5"). After a word in small letters or a number it ends one ("… so.").
_NO_SENTENCE_END = r"(?<=(?<![\p{L}\p{N}])(?:\p{L}|\p{Lu}\p{Ll}{1,3}))[.!?]|[.!?](?![\"”’)]?[ \t])"

# A credit in brackets.
_BRACKET_CREDIT = (
    r"[ \t]?\((?i:Photos?|Fotos?|Images?|Bild|Bildquelle|Bildnachweis|Fotonachweis|Pictures?|Credit)"
    r"(?: (?i:by|von|de|di|par|por)|:)[ \t]?[^()\n]{1,80}+\)"
)
credit_tails = _SignedPatterns(
    "credit-tails",
    "photo credits that end a line after a sentence (\"… on Sunday. Photo: AP\", \"… Photograph by Robyn Beck/AFP\") or sit in "
    "parentheses (\"(Photo by …)\")",
    (
        rf"[.!?\"”](?<cut>[ \t]*+(?:[-–—|/][ \t]*+)?(?:©|\(c\)|(?i:{_CREDIT_WORD})[ \t]?:)[ \t]?[^\n]{{1,80}}?$"
        # "… earnings. Photograph by Robyn Beck/AFP/Getty Images": a name, and no sentence after it
        rf"|[ \t]++(?i:photo(?:graph)?s?|fotos?|images?|pictures?)[ \t](?i:by|von|de|di|par|por)[ \t]\p{{Lu}}[^\n.!?]{{1,60}}+$)",
        rf"(?<cut>{_BRACKET_CREDIT})",
        # a caption and its credit, the photographer and the outlet in brackets, glued to the text after them ("… after a
        # House vote, October 31, 2019. (Joshua Roberts/Reuters) Time is not on Adam Schiff's side."): the caption is one
        # sentence at the line's start, and the text after it stays
        rf"^[ \t]*+(?<cut>(?:[^\n.!?()]|{_NO_SENTENCE_END}|[.!?](?=[ \t]\()){{20,300}}+(?<=[ \t])\({_PERSON}/(?:{_AGENCY}|{_OUTLET})\)[ \t]++)(?=\p{{Lu}})",
    ),
    group="cut",
    signs=((2, ("/",)),),
)

# A credit in brackets inside a line, text after it: cut out before the rules that read a line whole (the glued
# rules, captions) and not after them, as a cut glued on both sides leaves a line break ("…, Sunday.(Photo: AP)The
# minister …": captions, glued-runs took the second line only on a second run). One at a line's end waits for
# captions, which take the caption before it along ("Plague can be vaccinated (Image: GETTY)").
credit_brackets = RegexCleaner(
    "credit-brackets",
    "photo credits in brackets inside a line, text after them (\"… on Sunday.(Photo: AP)The minister …\")",
    rf"(?<cut>{_BRACKET_CREDIT})(?=[ \t]*+[^\s])",
    group="cut",
    needs=("(",),
)

_SLASH_CREDIT = rf"(?:{_PERSON}/{_OUTLET}|(?:{_AGENCY}|\p{{Lu}}{{2,6}}+)/{_PERSON})(?:[ \t]via[ \t]{_OUTLET})?"

credit_lines = _SignedPatterns(
    "credit-lines",
    "lines that are only a photo credit (\"Photo: AP\", \"© Getty Images\", \"File photo\", \"Doug Mills/The New York Times\")",
    (
        # in brackets too ("(Foto: DBT/Stella von Saldern)", "(© FEI/Christophe Taniere)")
        rf"^[ \t]*+\(?(?:{_CREDIT}|(?i:{_FILE_PHOTO}))[ \t]*+\)?[ \t]*+$",
        rf"^[ \t]*+\(?{_SLASH_CREDIT}[ \t]*+\)?[ \t]*+$",
        # a picture's source by courtesy ("Courtesy of Forests News", "Photo courtesy of NASA"); not "Courtesy Call"
        r"^[ \t]*+\(?(?:(?i:courtesy[ \t]++of)|(?i:photos?|images?|pictures?|videos?|fotos?)[ \t]++(?i:courtesy)(?:[ \t]++(?i:of))?)"
        r"[ \t]++\p{Lu}[^\s.!?]*+(?:[ \t]++[^\s.!?]++){0,6}+[ \t]*+\)?[ \t]*+$",
        # the name of the reader or family who sent the photo ("Christopher Tays Submitted photo")
        rf"^[ \t]*+{_PERSON}[ \t]++(?i:submitted|contributed|courtesy)[ \t]++(?i:photo|image)[ \t]*+$",
    ),
    signs=((1, ("/",)), (2, ("ourtesy", "OURTESY")), (3, ("ubmitted", "UBMITTED", "ontributed", "ONTRIBUTED", "ourtesy", "OURTESY"))),
)

# The last word of an agency's credit, in lower case: lines that end in one are the few agency-credits tries.
_AGENCY_LAST_WORDS = frozenset(
    "ap afp reuters dpa epa getty images image gettyimages photo foto shutterstock istock istockphoto imago keystone ansa "
    "efe pap tass novosti sputnik xinhua bloomberg alamy alliance picture-alliance commons pixabay unsplash "
    "apa anp belga aap nurphoto agency press wire".split()
)
# A national agency named by its kind, after the photographer: "Hector Andrade | Agencia UNO", "… / Agência Brasil".
_AGENCY_KINDS = frozenset(("agencia", "agência", "agenzia"))


def _ends_in_agency(line: str) -> bool:
    words = line[-80:].rstrip(" \t)").rsplit(None, 2)
    if not words or len(line) > 150:
        return False
    return words[-1].lower().rsplit("/", 1)[-1] in _AGENCY_LAST_WORDS or (len(words) > 1 and words[-2].lower() in _AGENCY_KINDS)


agency_credits = ScreenedLines(
    "agency-credits",
    "a photographer's or source's name and the agency (\"Alex Wong | Getty Images\", \"Noah Berger / AP\", "
    "\"Murat Kula/Anadolu Agency via Getty Images\", \"Hector Andrade | Agencia UNO\")",
    # possessive up to each separator (a chain: "Robyn Beck/AFP/Getty Images"), or word by word up to "via"
    (
        rf"[ \t]*+\(?(?:(?:(?:[^\n|,/]{{1,60}}+[|/,][ \t]*+){{1,3}}+|(?:(?!via[ \t])[^\s|,]++[ \t]++){{1,6}}+via[ \t]*+)"
        rf"(?:{_AGENCY}|(?i:agencia|agência|agenzia)[ \t]\p{{Lu}}[\p{{L}}-]{{1,20}}+)"
        # with no separator, after a name of two or three words ("Dee Dee Myers Getty Images", "Tom Davies Associated
        # Press"), the agencies whose name is no headline's word ("Life After Reuters" stays), and no heading's word
        # in the name ("Life After Getty Images", "Selling On Shutterstock")
        # (the last name may be glued to the agency, as a caption's credit span is scraped: "Dee Dee MyersGetty Images")
        rf"|(?:(?!Getty|Associated|Shutterstock|{HEADING_WORD})\p{{Lu}}\p{{Ll}}++(?:[ \t]++|(?=Getty[ \t]Images|Associated[ \t]Press|Shutterstock))){{2,3}}+"
        rf"(?:Getty[ \t]Images|Associated[ \t]Press|Shutterstock))"
        rf"(?:[ \t]?(?:Photo|Images?|Foto))?[ \t]*+\)?[ \t]*+",
    ),
    screen=_ends_in_agency,
)

# A sentence's end: a stop after a word in small letters, a blank and a capital ("… erleuchtet. Die Stadt").
_SENTENCE_END = regex.compile(r"\p{Ll}\p{Ll}[.!?…][ \t]++\p{Lu}", regex.VERSION1)


# A sentence's end at the line's end ("… beim Amt angemeldet werden."): a paragraph of one sentence.
_LAST_SENTENCE_END = regex.compile(r"[\p{Ll}\d][.!?…][\"”»’')]?+[ \t]*+$", regex.VERSION1)


def _runs_credits(line: str) -> bool:
    """Two copyright signs or more, and no sentence's end: a gallery's captions and credits run into one line. A line
    that ends as a sentence does is a paragraph about the sign ("The © symbol marks a copyright notice, and … the ©
    symbol has not been required since 1989.")."""
    return (
        line.count("©") >= 2 and len(line) <= 2000 and _SENTENCE_END.search(line) is None
        and _LAST_SENTENCE_END.search(line) is None
    )


# A picture gallery's captions and credits as extraction runs them into one line ("Vertreter der Verfassungsorgane
# bei einer Kranzniederlegung © Presse- und Informationsamt der Bundesregierung | Jesco Denzel Bundestagspräsidentin
# Bärbel Bas spricht bei der Gedenkstunde © dpa | Bernd von Jutrczenka …", "Irme Stetter-Karp© Dieter Mayr (KNA)Logo
# des Zdk (Archiv)© Julia Steinbrecht (KNA)"): two credits or more and no sentence's end. A paragraph that names a
# copyright holder ends a sentence; a caption with one credit is the other rules'.
credit_runs = ScreenedLines(
    "credit-runs",
    "a gallery's captions and their credits run into one line (\"… Kranzniederlegung © Presse- und Informationsamt | Jesco "
    "Denzel Bundestagspräsidentin Bärbel Bas … © dpa | Bernd von Jutrczenka …\")",
    (r"[^\n]*+",),
    screen=_runs_credits,
    needs="©",
)

# Tails first: cutting one can leave a line that is only a credit, which the line rule then takes.
photo_credits = Pipeline("photo-credits", "photo credits, at the end of a line or on a line of their own",
                         (credit_tails, credit_lines, agency_credits))

captions = _SignedPatterns(
    "captions",
    "image captions: a short line that ends in a credit or licence (\"… File photo\", \"… Photo: Reuters\", \"… (AP Photo/Jane Doe)\", "
    "\"… CC-BY-SA 2.0\")",
    (
        # a caption with its credit in parentheses needs no full stop ("Plague can be vaccinated (Image: GETTY)")
        # (whole_line takes the caption before the credit along)
        r"(?<=\S[ \t]?+)\((?i:image|photo|picture|foto|bild|credit|crédit|crédito|fot\.|фото)s?[ \t]?:[^()\n]{1,60}+\)[ \t]*+$",
        # a caption that is no sentence, its credit after a copyright sign ("Stau © aremac / Clipdealer", "Eine
        # Fracking-Anlage in Pennsylvania © Noah Addis", "Le piquet de grève / (C) Kab Niang"): neither holds a
        # sentence's end, nor ends in a full stop (a caption that is a sentence may be the article's: credit-tails
        # cuts its credit), and the credit is names: at most two of its words begin in small letters, and no time of day
        # (a byline's: "von Alexander Karper Foto: © GEPA Wien - Mittwoch, 02.02.2022, 11:17 Uhr" is meta-lines')
        r"^[ \t]*+(?=[^\n]{1,330}+$)[^\s©(](?:[^\n©(.!?…]++|\((?![cC]\))|[.!?…](?![ \t]))*+(?<=[ \t])(?:©|\([cC]\))"
        r"(?=[^\n]{1,80}+$)(?=(?:[ \t]++|[^\s.!?©]++|\.(?=[\p{L}\p{N}]))++$)(?![^\n]*?\d:\d\d)"
        rf"[ \t]*+{_NAMES}",
        rf"^[^\n]{{1,250}}?[.!?\"”)][ \t]*+(?:[-–—|/][ \t]*+)?\(?"
        rf"(?:(?i:{_FILE_PHOTO})|(?:{_AGENCY})(?:[ \t]?(?:Photo|Images?|Foto)(?:/[^\n]{{1,60}}?)?)?"
        # the source and the agency that sent the picture ("… shows Jeffrey Epstein. New York State Sex Offender Registry via AP")
        rf"|[^\n.!?()]{{1,60}}?[ \t]via[ \t](?:{_AGENCY})"
        rf"|(?i:Photo|Foto|Bild|Image|Picture)s?[ \t]?:[ \t]?[^\n©]{{1,60}}?"
        # after "by", names ("… Photos by Anna Smith show the street." is a sentence; the bound first: the names run to
        # the line's end)
        rf"|(?i:Photos?|Fotos?|Images?|Bild|Pictures?|Credit)(?:[ ](?i:by|von|de|di|par|por)[ \t](?=[^()\n]{{1,80}}+\)?[ \t]*+$)(?={_NAMES})"
        rf"|:[ \t])[^()\n]{{1,80}}+)[ \t]*+\)?[ \t]*+$",
        # a caption with its picture's Creative Commons licence after it ("Firmen- und Beziehungsgeflecht der Cider
        # Connection. Zum Vergrößern auf das Bild klicken. CC-BY-SA 2.0", "Der Hafen von Kiel / CC BY 4.0"); the licence
        # comes after a stop, a bracket or a separator: prose ends in a word ("… stehen unter CC BY 4.0"), a label in a
        # colon ("Lizenz: CC BY 4.0"), and a citation holds its address
        r"^(?=[^\n]{1,250}+$)(?![^\n]*?(?i:https?://|www\.))[^\n]*?\S[ \t]?[.)|/,–—-][ \t]++\(?"
        r"CC(?:0|[- ]BY(?:[- ](?:SA|NC|ND)){0,3}+)(?:[ \t]\d\.\d)?+(?:[ \t](?:DE|AT|CH|Unported|International))?+\)?[ \t]*+$",
    ),
    whole_line=True,
    signs=((1, ("©", "(c)", "(C)")), (3, ("CC",))),
)

# Double quotation marks: a line that holds one is a quotation or speaks of it, which a caption rule leaves alone.
_QUOTES = "\"“”„«»"
# A date as an agency's caption sets it off: ", Tuesday, Nov. 19, 2019" (the comma before it included).
_WEEKDAY_DATE = (
    rf",[ \t](?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),[ \t](?:{MONTHS})\.?[ \t]\d{{1,2}},[ \t](?:19|20)\d\d(?!\d)"
)

# An agency caption names its picture with a date, or as a file or undated one ("In this Nov. 19, 2019, photo, …",
# "This March 28, 2017, file photo, provided by …", "This undated handout photo shows …"). It reads as prose, and
# the article's region is found by its prose: this one runs after outside-body, so a caption above the first paragraph
# still marks where the page's menus end.
agency_captions = _SignedPatterns(
    "agency-captions",
    "news-agency captions that open with their picture's date (\"In this Nov. 19, 2019, file photo, …\")",
    (
        rf"^[ \t]*+(?:[Ii]n[ \t]++)?+(?:[Tt]his|[Tt]hese)[ \t]++(?:(?:file|undated|handout)[ \t]++|(?:\p{{L}}++,?[ \t]++)?{DATE},?[ \t]++)"
        r"(?:(?:file|undated|handout)[ \t]++)*+(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture|[Ff]rame[ \t]++grab)s?(?!\p{L})",
        # a caption whose credit was cut: one sentence that sets the picture's weekday and date off in commas, and the
        # place or what happens after it ("… speaks during a fundraiser, Sunday, Nov. 17, 2019, in Las Vegas.", "… rally
        # at the Statehouse, Tuesday, Nov. 19, 2019, calling for …"). Prose names the day with "on" ("said on Tuesday"),
        # a dateline has only its city before the date ("NEW YORK, Tuesday, Nov. 19, 2019 /PRNewswire/"), and a
        # paragraph of two sentences stays: no full stop may end a sentence before the line's end ("Gov. Deval Patrick,
        # left, …" and "South Bend, Ind., Mayor …" are abbreviations), and so does a quotation.
        rf"^[ \t]*+(?=[^\n{_QUOTES}]{{60,450}}+$)(?:[^\n.!?,]++|(?!{_WEEKDAY_DATE}),|{_NO_SENTENCE_END})*+{_WEEKDAY_DATE}"
        rf",[ \t](?:in[ \t]\p{{Lu}}|\p{{Ll}}++(?<=ing)[ \t])(?:[^\n.!?]++|{_NO_SENTENCE_END})*+[ \t]*+$",
    ),
    whole_line=True,
    signs=((0, ("hoto", "mage", "icture", "rame grab")), (1, ("day, ",))),
)

caption_lines = RegexCleaner(
    "caption-lines",
    "lines that open with a caption or credit label (\"Image caption …\", \"Abbildung 3: …\", \"© Jane Doe …\", \"Quelle: dpa\")",
    (
        r"^[ \t]*+(?:©|\(c\)[ \t]|(?i:copyright)[ \t]"
        r"|(?i:image|photo|picture)[ \t](?i:caption|copyright|source|credit)s?(?!\p{L})"
        r"|(?i:media|video)[ \t]caption(?!\p{Ll})"
        r"|(?i:caption|bildunterschrift|légende|pie de foto|didascalia|legenda|onderschrift|podpis(?: zdjęcia)?|подпись)[ \t]?:"
        r"|(?i:abbildung|abb\.|figure|fig\.)[ \t]?\d{0,3}+[ \t]?:"
        r"|(?i:личный архив|фото из личного архива)[ \t])",
        # the caption toggle of a photo gallery, alone on its line ("Caption"); not "Légende", "Leyenda",
        # "Legenda", which also name a legend and may head a section
        r"^[ \t]*+(?i:caption|bildunterschrift)[ \t]*+$",
        # a short source line: "Quelle: dpa", "Source: Reuters", "Fuente: EFE", "(Quelle: Foto Steven Vangermain)"
        r"^[ \t]*+\(?(?i:quelle|source|fuente|fonte|bron|źródło|источник)[ \t]?:[ \t]?+(?:[^\s.!?]++[ \t]?+){1,6}+$",
    ),
    whole_line=True,
    starts=("©", "(c)", "copyright", "image", "photo", "picture", "media", "video", "caption", "bildunterschrift", "légende", "pie de foto",
            "didascalia", "legenda", "onderschrift", "podpis", "подпись", "abbildung", "abb.", "figure", "fig.",
            "личный", "фото", "quelle", "source", "fuente", "fonte", "bron", "źródło", "источник",
            "(quelle", "(source", "(fuente", "(fonte", "(bron", "(źródło", "(источник"),
)

# A gallery's credits run together on one line, its counter first ("1 of 6 Christopher Battin Submitted photo Jonathan P.
# Blair Submitted photo …", as local news sites' galleries print them): two names or more, each with its file-photo
# credit, and nothing else.
gallery_credits = RegexCleaner(
    "gallery-credits",
    "a gallery's names and file-photo credits run together (\"1 of 6 Christopher Battin Submitted photo Jonathan P. Blair "
    "Submitted photo …\")",
    rf"^[ \t]*+(?:\d{{1,3}}[ \t](?:of|von|de|di|sur|/)[ \t]\d{{1,3}}[ \t]++)?"
    rf"(?:(?:(?!(?i:{_FILE_PHOTO}))\p{{Lu}}[\p{{L}}.'’-]*+[ \t]++){{1,4}}+(?i:{_FILE_PHOTO})(?:[ \t]++|$)){{2,}}+$",
    whole_line=True,
    gate=("photo", "image", "picture", "pic", "archiv", "symbol", "foto"),
)

# Where a person stands in the picture, in brackets after the name: "(left)", "(r.)", "(links)", "(izquierda)".
_POSITIONS = (
    r"(?:(?:second|far)[ \t](?:from[ \t])?)?(?:left|right)|cent(?:re|er)|l\.|r\.|links|rechts|"
    r"izquierda|derecha|izq\.|der\.|à gauche|à droite|au centre|a sinistra|a destra|слева|справа|в центре"
)

# Names joined as a caption lists them ("Cristina Kirchner y Alberto Fernández", "Angela Merkel und Emmanuel Macron"):
# two words or more, each capitalized, with the small words of a list or a name between them.
_NAME_LIST = (
    r"\p{Lu}[\p{L}'’.-]*+(?:[ \t]++(?:(?:y|and|und|e|et|i|de|del|la|von|van|der|da|di|dos|das|&)[ \t]++)?\p{Lu}[\p{L}'’.-]*+){1,7}+"
)

# A caption names the people in its picture and where each stands ("US professor Kevin King (left) and his colleague
# Timothy Weeks", "Senator Aubyn Hill (right), looks on as …", "Franziska Weber (links) mit KN-Reporter Moritz
# Pappert"): prose says "on the left". The name is two capitalized words ("Edit profile (left)" stays), the line
# is short, as a caption is (a paragraph glued to the caption by extraction keeps the line), and quotes no one.
posed_captions = _SignedPatterns(
    "posed-captions",
    "image captions that name people and where they stand in the picture (\"Kevin King (left) and Timothy Weeks\", "
    "\"Robin Schick (r.) und Martin Walde\") or where and when it was taken (\"Cristina Kirchner y Alberto Fernández, el 1 "
    "de marzo, en el Congreso.\")",
    (
        rf"^(?=[^\n{_QUOTES}]{{20,350}}+$)[^\n]*?\p{{Lu}}\p{{Ll}}++[ \t]\p{{Lu}}[\p{{Ll}}'’-]*+(?<=\p{{Ll}})[ \t]\((?:{_POSITIONS})\)"
        # and a caption's shape: a comma right after the bracket ("Aubyn Hill (right), looks on as …"), a second
        # position ("… (izquierda) y … (derecha) …"), or no sentence's end ("… mit KN-Reporter Moritz Pappert"); a
        # sentence about one person "(links)" may be the article's ("Der Vorsitzende Hans Müller (links) ehrte …")
        rf"(?:,|(?=[^\n]*?\((?:{_POSITIONS})\))|(?![^\n]*?[.!?…][ \t]*+$))",
        # only names, then the date and the place, set off in commas: no verb
        rf"^[ \t]*+{_NAME_LIST},[ \t](?:(?:el|am|le|il|on|em|op)[ \t])?{DATE},[ \t]"
        rf"(?:en|in|à|a|em|w|op|at|na|im|beim|durante|during|lors de)[ \t][^\n.!?{_QUOTES}]{{2,80}}+\.?[ \t]*+$",
    ),
    whole_line=True,
    # a closing bracket is rarer than each of the positions, and found in one scan; a date holds a digit
    signs=((0, (")",)), (1, tuple("0123456789"))),
)
