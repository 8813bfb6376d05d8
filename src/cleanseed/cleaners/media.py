"""Media clutter: image-link labels, photo credits and captions."""

from __future__ import annotations

import re
from typing import Iterable

from .._pipeline import Pipeline, RegexCleaner, fold_safe_lines
from ._screened import ScreenedLines

_LABELS = "|".join(
    [
        # en
        r"Go to the media ?bank",
        r"(?:Click|Tap) (?:to|here to) (?:enlarge|expand|zoom)(?: (?:the )?(?:image|photo|picture))?",
        r"(?:Enlarge|Expand|View|Zoom) (?:this |the )?(?:image|photo|picture)",
        r"(?:Open|View|See|Launch|Show) (?:the |full |photo |image )?(?:gallery|slideshow|slide show)",
        r"(?:Image|Photo|Picture|Slide) \d{1,3} (?:of|/) \d{1,3}",
        r"\d{1,3} (?:photos|images|pictures)",
        r"Hide caption|Toggle caption|Show caption|(?:Image|Photo) (?:credit|source)s?",
        # de
        r"Bild (?:vergrößern|anzeigen)|Zur (?:Bildergalerie|Galerie|Bildstrecke)|Galerie öffnen|Bildergalerie öffnen",
        r"(?:Bild|Foto) \d{1,3} (?:von|/) \d{1,3}|Vergrößern",
        # fr, es, it, pt, nl, pl, ru
        r"Agrandir (?:l'image|la photo)|Voir (?:la galerie|le diaporama)|(?:Photo|Image) \d{1,3} (?:sur|/) \d{1,3}",
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

media_labels = _Labels(
    "media-labels",
    "image-link and gallery labels (\"Go to the mediabank\", \"Enlarge image\", \"Image 1 of 5\")",
    rf"(?:[ \t]*+[/|•][ \t]*+)?(?<![\p{{L}}\p{{N}},;] )(?i:{_LABELS})"
    r"(?=[ \t]*+$|[ \t]*+[/|•]|[ \t]?[\p{Lu}\d])",
    gate=(
        "media", "enlarg", "expand", "zoom", "galler", "slide", "image", "photo", "picture", "caption", "credit",
        "vergröß", "galeri", "bildstrecke", "bild ", "foto", "agrandir", "diaporama", "ampliar", "galería",
        "ingrandisci", "galeria", "vergroten", "galerij", "powiększ", "увеличить", "галере",
    ),
)

_AGENCY = (
    r"AP|AFP|Reuters|dpa|EPA|Getty(?: ?Images)?|Shutterstock|iStock(?:photo)?|Imago|Keystone|ANSA|EFE|PAP|TASS|"
    r"RIA Novosti|Sputnik|Xinhua|Bloomberg|Alamy|picture[- ]alliance|Wikimedia Commons|Pixabay|Unsplash"
)
_CREDIT_WORD = (
    r"Photo(?:graph)?s?|Pictures?|Images?|Credits?|Titelbild|Beitragsbild|Headerbild|Aufmacherbild|Crédits? photos?|Image illustrative|Photo d'illustration|Foto de portada|Fotos?|Bild(?:er)?|Bildquelle|Bildrechte|Fotograf(?:ie)?|Zdjęcie|Fot\.|"
    r"Фото|Crédits?(?: photo)?|Crédito|Créditos|Source photo"
)
_CREDIT = (
    rf"(?:(?i:{_CREDIT_WORD})[ \t]?[:/][ \t]?[^\n]{{1,80}}?"
    rf"|\(?(?i:Photo|Foto|Image|Picture)s? (?i:by|von|de|di|par|por)[ \t][^\n]{{1,80}}?"
    rf"|©[ \t]?[^\n]{{1,80}}?|\(c\)[ \t][^\n]{{1,80}}?"
    rf"|(?:{_AGENCY})(?:[ \t]?(?:Photo|Images?|Foto|/[^\n]{{1,60}}?))?)"
)
_FILE_PHOTO = r"(?:File|Archive|Stock|Illustrative|Representational) (?:photo|image|picture|pic)|Archiv(?:bild|foto)|Symbol(?:bild|foto)|Photo d'archive|Foto de archivo|Foto d'archivio|Foto: archiwum"

credit_tails = RegexCleaner(
    "credit-tails",
    "photo credits that end a line after a sentence (\"… on Sunday. Photo: AP\") or sit in parentheses (\"(Photo by …)\")",
    (
        rf"[.!?\"”](?<cut>[ \t]*+(?:[-–—|/][ \t]*+)?(?:©|\(c\)|(?i:{_CREDIT_WORD})[ \t]?:)[ \t]?[^\n]{{1,80}}?$)",
        r"(?<cut>[ \t]?\((?i:Photos?|Fotos?|Images?|Bild|Bildquelle|Bildnachweis|Fotonachweis|Pictures?|Credit)"
        r"(?: (?i:by|von|de|di|par|por)|:)[ \t]?[^()\n]{1,80}+\))",
    ),
    group="cut",
)

credit_lines = RegexCleaner(
    "credit-lines",
    "lines that are only a photo credit (\"Photo: AP\", \"© Getty Images\", \"File photo\")",
    # in brackets too ("(Foto: DBT/Stella von Saldern)", "(© FEI/Christophe Taniere)")
    rf"^[ \t]*+\(?(?:{_CREDIT}|(?i:{_FILE_PHOTO}))[ \t]*+\)?[ \t]*+$",
)

# The last word of an agency's credit, in lower case: lines that end in one are the few agency-credits tries.
_AGENCY_LAST_WORDS = frozenset(
    "ap afp reuters dpa epa getty images image gettyimages photo foto shutterstock istock istockphoto imago keystone ansa "
    "efe pap tass novosti sputnik xinhua bloomberg alamy alliance picture-alliance commons pixabay unsplash".split()
)


def _ends_in_agency(line: str) -> bool:
    words = line[-80:].rstrip(" \t)").rsplit(None, 1)
    return bool(words) and len(line) <= 150 and words[-1].lower().rsplit("/", 1)[-1] in _AGENCY_LAST_WORDS


agency_credits = ScreenedLines(
    "agency-credits",
    "a photographer's or source's name and the agency (\"Alex Wong | Getty Images\", \"Noah Berger / AP\", \"Image via Getty Images\")",
    # possessive up to the separator, or word by word up to "via"
    (
        rf"[ \t]*+\(?(?:[^\n|,/]{{1,60}}+[|/,]|(?:(?!via[ \t])[^\s|,/]++[ \t]++){{1,6}}+via)[ \t]*+(?:{_AGENCY})"
        rf"(?:[ \t]?(?:Photo|Images?|Foto))?[ \t]*+\)?[ \t]*+",
    ),
    screen=_ends_in_agency,
)

# Tails first: cutting one can leave a line that is only a credit, which the line rule then takes.
photo_credits = Pipeline("photo-credits", "photo credits, at the end of a line or on a line of their own",
                         (credit_tails, credit_lines, agency_credits))

captions = RegexCleaner(
    "captions",
    "image captions: a short line that ends in a credit (\"… File photo\", \"… Photo: Reuters\", \"… (AP Photo/Jane Doe)\")",
    (
        # a caption with its credit in parentheses needs no full stop ("Plague can be vaccinated (Image: GETTY)")
        # (whole_line takes the caption before the credit along)
        r"(?<=\S[ \t]?+)\((?i:image|photo|picture|foto|bild|credit|crédit|crédito|fot\.|фото)s?[ \t]?:[^()\n]{1,60}+\)[ \t]*+$",
        rf"^[^\n]{{1,250}}?[.!?\"”)][ \t]*+(?:[-–—|/][ \t]*+)?\(?"
        rf"(?:(?i:{_FILE_PHOTO})|(?:{_AGENCY})(?:[ \t]?(?:Photo|Images?|Foto)(?:/[^\n]{{1,60}}?)?)?"
        rf"|(?i:Photo|Foto|Bild|Image|Picture)s?[ \t]?:[ \t]?[^\n©]{{1,60}}?"
        rf"|(?i:Photos?|Fotos?|Images?|Bild|Pictures?|Credit)(?: (?i:by|von|de|di|par|por)|:)[ \t][^()\n]{{1,80}}+)[ \t]*+\)?[ \t]*+$",
    ),
    whole_line=True,
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
