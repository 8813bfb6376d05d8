"""Hypothesis strategies for cleanseed's properties.

Clean prose is modelled as a list of blocks (headings and paragraphs of
sentences) written by hand in six languages, with the things that look
like clutter but are not: "U.S.", "3.8%", "10:55", a date inside a
sentence, "By the time …", names, URLs, e-mail addresses and code
identifiers. Clutter strategies produce one family each; the
``*_document`` strategies inject it into prose at random places and keep
the clean prose to compare with.
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import strategies as st

# --------------------------------------------------------------------- prose

SENTENCES: dict[str, tuple[str, ...]] = {
    "en": (
        "The Russian foreign minister announced the tour early last month.",
        "By the time we arrived, the hall was already full.",
        "The U.S. economy grew by 3.8% last year, according to the report.",
        "The first train leaves at 10:55 and the last one at 23:10.",
        "She signed the agreement on 8 April 2023 in Brasília.",
        "Most students now read the news on an iPhone or a laptop.",
        "McDonald told reporters that the plan would cost $2 billion.",
        "The library is written in JavaScript and runs in every browser.",
        "If the call fails, the program throws a NullPointerException and stops.",
        "Use System.Console.WriteLine to print the value in C#.",
        "Details are published at https://example.org/report-2023 for everyone.",
        "Questions can be sent to press.office@example.com until Friday.",
        "Yesterday Anna Schmidt met Oleg Burunov to discuss the contract.",
        "Visitors who want to leave a reply can do so at the front desk.",
        "The committee will meet again in March, the chairman said.",
        "Prices rose for the third month in a row, driven by energy costs.",
        "Dr. Jones said the results were encouraging but not conclusive.",
        "He read more than forty books during the long winter.",
    ),
    "de": (
        "Die Regierung hat am Dienstag ein neues Gesetz beschlossen.",
        "Nach Angaben des Ministeriums stiegen die Exporte um 4,2 Prozent.",
        "Der Zug nach München fährt um 10:55 Uhr von Gleis 7 ab.",
        "Am 3. Oktober 1990 wurde Deutschland wiedervereinigt.",
        "Von der Terrasse aus hat man einen schönen Blick auf die Alpen.",
        "Frau Müller erklärte, dass die Schule im Herbst renoviert wird.",
        "Die Kosten für das Projekt belaufen sich auf rund 12 Mio. Euro.",
        "Viele Bürger äußerten sich kritisch über die neuen Gebühren.",
        "Weitere Informationen gibt es unter https://www.example.de/info im Internet.",
        "Das Unternehmen beschäftigt weltweit mehr als 20.000 Mitarbeiter.",
        "Im Sommer öffnet das Freibad täglich von 9 bis 20 Uhr.",
        "Der Verein feiert in diesem Jahr sein hundertjähriges Bestehen.",
    ),
    "fr": (
        "Le gouvernement a présenté mardi son projet de loi sur l'énergie.",
        "Par ailleurs, les ventes ont progressé de 3,8 % au premier trimestre.",
        "La réunion aura lieu le 12 mars 2024 à la mairie de Lyon.",
        "Selon le ministre, la réforme entrera en vigueur dès l'automne.",
        "Les habitants du quartier réclament depuis longtemps une nouvelle école.",
        "Le train de 10 h 55 a été supprimé en raison d'une grève.",
        "Marie Dupont a remporté le premier prix du concours régional.",
        "Les chercheurs ont publié leurs résultats dans une revue scientifique.",
        "Il faut compter environ deux heures pour rejoindre le sommet.",
        "Pour plus d'informations, écrivez à contact@example.fr avant vendredi.",
        "Les musées de la ville seront gratuits le premier dimanche du mois.",
    ),
    "es": (
        "El Gobierno aprobó el martes un nuevo plan de vivienda.",
        "Por la tarde, miles de personas se reunieron en la plaza mayor.",
        "La inflación se situó en el 3,8 % en el mes de mayo.",
        "El partido se jugará el 15 de agosto de 2023 en Sevilla.",
        "Según la alcaldesa, las obras terminarán antes del verano.",
        "Los agricultores denuncian que la sequía ha arruinado la cosecha.",
        "El museo abre todos los días de 10:00 a 18:00 horas.",
        "María García explicó que el proyecto costará dos millones de euros.",
        "La empresa planea contratar a más de quinientos trabajadores este año.",
        "Los vecinos piden más autobuses para llegar al hospital.",
    ),
    "pl": (
        "Rząd przyjął we wtorek projekt ustawy o ochronie środowiska.",
        "Według danych urzędu inflacja wyniosła w maju 3,8 proc.",
        "Spotkanie odbędzie się 8 kwietnia 2024 roku w Krakowie.",
        "Przez całą noc ratownicy szukali zaginionych turystów w górach.",
        "Anna Kowalska zdobyła złoty medal na mistrzostwach Europy.",
        "Mieszkańcy miasta od lat domagają się budowy nowego mostu.",
        "Pociąg do Gdańska odjeżdża o 10:55 z peronu drugiego.",
        "Naukowcy z Warszawy opublikowali wyniki swoich badań.",
        "W sobotę muzea będą otwarte do późnych godzin wieczornych.",
        "Firma zapowiedziała, że zatrudni w tym roku stu pracowników.",
    ),
    "ru": (
        "Правительство одобрило во вторник новый план развития региона.",
        "По данным ведомства, экспорт вырос на 3,8% за прошлый год.",
        "Встреча министров состоится 8 апреля 2024 года в Москве.",
        "От станции до центра города можно доехать на автобусе.",
        "Анна Иванова рассказала журналистам о планах компании.",
        "Жители района давно просят построить новую школу.",
        "Поезд на Санкт-Петербург отправляется в 10:55 по местному времени.",
        "Учёные опубликовали результаты своего исследования в журнале.",
        "В субботу музеи города будут работать до позднего вечера.",
        "Эксперты ожидают, что цены на жильё продолжат расти.",
    ),
}

#: Title Case section headings, as news sites and blogs write them.
HEADINGS: dict[str, tuple[str, ...]] = {
    "en": ("Spirit of Strategic Partnership", "Russian Exports to Latin America on Rise",
           "New Opportunities for Bilateral Ties", "What Happens Next", "A Long Road to Recovery"),
    "de": ("Neue Regeln für Mieter", "Was sich im Herbst ändert", "Streit um die Finanzierung"),
    "fr": ("Une réforme très attendue", "Les étapes du projet", "Ce qui change pour les usagers"),
    "es": ("Un verano sin lluvia", "Las claves del acuerdo", "Qué cambia para los vecinos"),
    "pl": ("Nowe przepisy dla kierowców", "Co dalej z budową mostu", "Rekordowy sezon w górach"),
    "ru": ("Новые правила для водителей", "Что изменится осенью", "Рекордный урожай в регионе"),
}

LANGUAGES = tuple(SENTENCES)


@dataclass(frozen=True)
class Block:
    """A heading (one line) or a paragraph (sentences joined by a space)."""

    sentences: tuple[str, ...]
    heading: bool = False

    def render(self) -> str:
        return " ".join(self.sentences)


@st.composite
def prose_blocks(draw: st.DrawFn) -> list[Block]:
    """An article in one language: 1 to 4 paragraphs of distinct sentences,
    some introduced by a heading (each heading has its paragraph)."""
    lang = draw(st.sampled_from(LANGUAGES))
    pool = list(draw(st.permutations(SENTENCES[lang])))
    heads = list(draw(st.permutations(HEADINGS[lang])))
    blocks: list[Block] = []
    for i in range(draw(st.integers(1, 4))):
        size = draw(st.integers(1, 4))
        sentences, pool = pool[:size], pool[size:]
        if not sentences:
            break
        if i > 0 and heads and draw(st.booleans()):
            blocks.append(Block((heads.pop(),), heading=True))
        blocks.append(Block(tuple(sentences)))
    return blocks


#: Separators between blocks, and the whitespace scraped text carries.
BLOCK_SEPARATORS = ("\n\n", "\n", "\n\n\n", " \n\n", "\n \n", "\t\n\n", "\r\n\r\n", "\n\n\n\n")


@st.composite
def prose(draw: st.DrawFn) -> str:
    """Clean prose, rendered with irregular (but only) whitespace between blocks."""
    blocks = draw(prose_blocks())
    return render(blocks, draw(st.lists(st.sampled_from(BLOCK_SEPARATORS), min_size=len(blocks), max_size=len(blocks))))


def render(blocks: list[Block] | list[str], separators: list[str]) -> str:
    """Blocks joined by the given separators (the last separator is not used)."""
    texts = [b if isinstance(b, str) else b.render() for b in blocks]
    return "".join(t + s for t, s in zip(texts[:-1], separators)) + (texts[-1] if texts else "")


# ------------------------------------------------------------------- clutter

FIRST_NAMES = ("Anna", "Oleg", "Maria", "John", "Pierre", "Katarzyna", "Hans", "Sofia")
LAST_NAMES = ("Schmidt", "Burunov", "García", "Smith", "Dupont", "Nowak", "Müller", "Rossi")
AGENCIES = ("AP", "AFP", "Reuters", "dpa", "EPA", "Getty Images", "Shutterstock", "PAP", "TASS")
HEADLINES = (
    "Cost of Sanctions? Foreign Firms Suffer $2 Bln Losses After Leaving Russia",
    "Ten Things You Need to Know About the New Budget",
    "Why the Housing Market Is Cooling Down",
    "Neue Regeln für Mieter ab Januar",
    "La réforme des retraites divise la majorité",
)
SECTIONS = ("Economy", "World", "Politics", "Sport", "Wirtschaft", "Culture", "Science")
TAGS = (
    "International", "India", "Africa", "Europe", "Politics", "Economy", "World", "Asia", "Science",
    "Culture", "Wirtschaft", "Politik", "Deutschland", "Sport", "Brasil", "Russia", "Technology",
)
MONTHS = ("January", "April", "May", "September", "Nov", "Dec")


@st.composite
def names(draw: st.DrawFn) -> str:
    return f"{draw(st.sampled_from(FIRST_NAMES))} {draw(st.sampled_from(LAST_NAMES))}"


@st.composite
def stamps(draw: st.DrawFn) -> str:
    """A date with a clock time, as teaser and byline stamps write it."""
    day = draw(st.integers(1, 28))
    hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
    month = draw(st.sampled_from(MONTHS))
    fmt = draw(st.sampled_from(("{d} {m}, {h}:{mi:02d} GMT", "{m} {d}, 2023, {h}:{mi:02d}", "{d} {m} 2024, {h}:{mi:02d}")))
    return fmt.format(d=day, m=month, h=hour, mi=minute)


@st.composite
def media_labels(draw: st.DrawFn) -> str:
    """An image-link or gallery label."""
    n, m = draw(st.integers(1, 9)), draw(st.integers(10, 40))
    return draw(st.sampled_from((
        "Go to the mediabank", "Enlarge image", "Click to enlarge", "View gallery", f"Image {n} of {m}",
        f"Photo {n} of {m}", f"{m} photos", "Zur Bildergalerie", f"Bild {n} von {m}", "Agrandir l'image",
        "Ver galería", "Zobacz galerię", "Открыть галерею",
    )))


@st.composite
def credits(draw: st.DrawFn) -> str:
    """A photo credit line, or a caption that ends in one."""
    agency = draw(st.sampled_from(AGENCIES))
    name = draw(names())
    caption = draw(st.sampled_from((
        "Russian Foreign Minister Sergey Lavrov speaks at an event in Moscow.",
        "Firefighters work at the scene of the blaze on Sunday.",
        "Die Kanzlerin bei ihrer Ankunft in Brüssel.",
    )))
    return draw(st.sampled_from((
        f"Photo: {agency}", f"© {agency}", f"Photo: {name}/{agency}", f"Foto: {agency}", f"Image: {agency}",
        f"{caption} File photo", f"{caption} Photo: {agency}", f"{caption} (Photo: {name}/{agency})",
        f"{caption} / {agency}", f"Photo by {name}",
    )))


@st.composite
def tag_runs(draw: st.DrawFn) -> str:
    """Three to five category names glued into one word."""
    return "".join(draw(st.lists(st.sampled_from(TAGS), min_size=3, max_size=5, unique=True)))


@st.composite
def bylines(draw: st.DrawFn) -> str:
    """A byline line: an author, maybe with a date."""
    name = draw(names())
    stamp = draw(stamps())
    return draw(st.sampled_from((
        "By admin", f"By {name}", f"Von {name}", f"Par {name}", f"Por {name}", f"Autor: {name}",
        f"Posted by {name}", f"By {name} | {stamp}", f"BY {name.upper()}", f"Written by {name}",
    )))


@st.composite
def teasers(draw: st.DrawFn) -> str:
    """A related-article teaser as extraction glues it: section, headline, stamp."""
    return f"{draw(st.sampled_from(SECTIONS))}{draw(st.sampled_from(HEADLINES))}{draw(stamps())}"


COMMENT_LINES = (
    "Leave a Reply", "Leave a Comment", "Cancel reply", "Your email address will not be published.",
    "Required fields are marked *", "Comment", "Name *", "Email *", "Website", "Post Comment",
    "Save my name, email, and website in this browser for the next time I comment.",
    "Notify me of follow-up comments by email.", "This site uses Akismet to reduce spam.",
    "Schreibe einen Kommentar", "Deine E-Mail-Adresse wird nicht veröffentlicht.", "Laisser un commentaire",
    "Deja una respuesta", "Dodaj komentarz", "Добавить комментарий", "Comments are closed.",
)


@st.composite
def comment_forms(draw: st.DrawFn) -> str:
    """One to five lines of a comment form, some glued together."""
    lines = draw(st.lists(st.sampled_from(COMMENT_LINES), min_size=1, max_size=5))
    glue = draw(st.lists(st.sampled_from(("\n", "", " ")), min_size=len(lines), max_size=len(lines)))
    return "".join(line + sep for line, sep in zip(lines, glue)).strip()


@st.composite
def read_more(draw: st.DrawFn) -> str:
    """A "Read more" line, usually with another article's headline."""
    headline = draw(st.sampled_from(HEADLINES))
    return draw(st.sampled_from((
        f"Read more: {headline}", f"READ MORE: {headline}", f"Related: {headline}", f"See also: {headline}",
        "Continue reading", "Read more", f"Lesen Sie auch: {headline}", f"Lire aussi : {headline}",
        f"Lee también: {headline}", f"Czytaj też: {headline}", f"Читайте также: {headline}",
    )))


# ------------------------------------------------------- prose with clutter


@dataclass(frozen=True)
class Cluttered:
    """A document with clutter injected, the prose it was made from, and the clutter."""

    text: str
    prose: str
    clutter: tuple[str, ...]


#: How each family is injected: as its own line between blocks ("line"),
#: glued to a paragraph's start ("start"), glued after a sentence at a
#: paragraph's end ("end"), or glued between two sentences ("inside").
PLACES: dict[str, tuple[str, ...]] = {
    "media-labels": ("line", "start"),
    "captions": ("line",),
    "tag-runs": ("line", "end"),
    "bylines": ("line",),
    "teasers": ("inside",),
    "comment-forms": ("line",),
    "read-more": ("line",),
}

FAMILIES = {
    "media-labels": media_labels(),
    "captions": credits(),
    "tag-runs": tag_runs(),
    "bylines": bylines(),
    "teasers": teasers(),
    "comment-forms": comment_forms(),
    "read-more": read_more(),
}


@st.composite
def cluttered(draw: st.DrawFn, family: str) -> Cluttered:
    """Prose with one to three pieces of ``family`` clutter injected at random places."""
    blocks = draw(prose_blocks())
    if PLACES[family] == ("inside",) and all(len(b.sentences) < 2 for b in blocks):  # needs two sentences
        blocks.append(Block(tuple(draw(st.permutations(SENTENCES["en"]))[:2])))
    seps = draw(st.lists(st.sampled_from(BLOCK_SEPARATORS[:3]), min_size=len(blocks), max_size=len(blocks)))
    clean = render(blocks, seps)
    rendered = [b.render() for b in blocks]
    pieces: list[str] = []
    for _ in range(draw(st.integers(1, 3))):
        piece = draw(FAMILIES[family])
        place = draw(st.sampled_from(PLACES[family]))
        paragraphs_at = [i for i, b in enumerate(blocks) if not b.heading]
        if place == "line":
            i = draw(st.integers(0, len(rendered)))
            # as its own line, or as its own paragraph where a paragraph break is
            rendered.insert(i, piece)
            breaks = ("\n", "\n\n") if i == 0 or "\n\n" in seps[i - 1] else ("\n",)
            seps.insert(i, draw(st.sampled_from(breaks)))
        elif place == "start":
            i = draw(st.sampled_from(paragraphs_at))
            rendered[i] = piece + rendered[i]
        elif place == "end":
            i = draw(st.sampled_from(paragraphs_at))
            rendered[i] = rendered[i] + piece
        else:
            candidates = [i for i in paragraphs_at if len(blocks[i].sentences) > 1 and rendered[i] == blocks[i].render()]
            if not candidates:
                continue
            i = draw(st.sampled_from(candidates))
            sents = blocks[i].sentences
            k = draw(st.integers(1, len(sents) - 1))
            rendered[i] = " ".join(sents[:k]) + piece + " ".join(sents[k:])
        pieces.append(piece)
    return Cluttered(render(rendered, seps), clean, tuple(pieces))


# ------------------------------------------------------------- nasty text

NASTY = (
    "\x00", "\x07", "\x1b", "\x7f", "\x85", "\u2028", "\u2029", "\ufeff", "\u200b", "\u200d", "\ud800", "\udfff",
    "\u0301", "\u0308\u0301", "\u202e", "\u200f", "مرحبا بالعالم", "שלום", "👍🏽", "👨‍👩‍👧", "🇩🇪", "\r", "\r\n",
    "\t", "\u00a0", "\u3000", "\u000b", "\u000c", "Ǆ", "ﬁ", "İ", "ß", "\uffff", "\U0010ffff",
)


@st.composite
def nasty_text(draw: st.DrawFn) -> str:
    """Text mixing clutter words, prose and hostile characters: controls, lone
    surrogates, combining marks, right-to-left text, emoji, odd line breaks."""
    parts = st.one_of(
        st.sampled_from(NASTY),
        st.text(st.characters(exclude_categories=()), max_size=8),
        st.sampled_from(SENTENCES["en"] + SENTENCES["ru"]),
        media_labels(), credits(), tag_runs(), bylines(), teasers(), comment_forms(), read_more(),
        st.sampled_from(("\n", "\n\n", " ", ".", "By ", "Photo: ", "10:55", "8 April")),
    )
    return "".join(draw(st.lists(parts, max_size=12)))


def any_text() -> st.SearchStrategy[str]:
    """Any ``str``: arbitrary code points (surrogates included), nasty mixes, prose with clutter."""
    return st.one_of(
        st.text(st.characters(exclude_categories=())),
        nasty_text(),
        prose(),
        st.sampled_from(tuple(FAMILIES)).flatmap(lambda f: cluttered(f).map(lambda c: c.text)),
    )


# ---------------------------------------------------------------- edit lists

#: Small alphabets make edits touch and overlap often, where compose is hard.
EDIT_TEXT = st.text(st.sampled_from("ab .\n"), max_size=30)
WHITESPACE_REPLACEMENTS = ("", "", " ", "\n", "\n\n")


@st.composite
def edit_lists(draw: st.DrawFn, text: str, *, rule: str) -> list:
    """A valid edit list for ``text``: sorted, non-overlapping (touching allowed,
    insertions included), whitespace replacements, each naming its text."""
    from cleanseed import Edit

    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=10)))
    out = []
    for start, end in zip(cuts[0::2], cuts[1::2]):
        replacement = draw(st.sampled_from(WHITESPACE_REPLACEMENTS))
        if text[start:end] != replacement:
            out.append(Edit(start, end, text[start:end], replacement, rule))
    return out


@st.composite
def edit_chains(draw: st.DrawFn, *, steps: int | None = None) -> tuple[str, list[list]]:
    """A text and 1 to 4 edit lists, each for the text the previous ones made."""
    from cleanseed import replay

    text = draw(EDIT_TEXT)
    current, chain = text, []
    for i in range(steps or draw(st.integers(1, 4))):
        edits = draw(edit_lists(current, rule=f"r{i}"))
        chain.append(edits)
        current = replay(current, edits)
    return text, chain
