"""Self-promotion written as sentences: the site's calls to subscribe, join, follow or download.

"Need more space? Subscribe to our sister title …", "Sign up for our newsletter.",
"Join our Space Forums to keep talking space …", "Abonniere unseren monatlichen
Newsletter!", "Assine a nossa newsletter". The phrase families take such prompts
when they are a known phrase; these read as prose, so the rule is a shape: an
imperative of subscribing, joining, following, supporting or downloading whose
object is the site itself (a first-person-plural possessive or "us") or one of its
products (newsletter, magazine, app, podcast, forum, inbox …), in the same
sentence. A short question may lead ("Want more science?"). An article's own
instructions ("Follow our step-by-step guide", "Read our review here") have other
verbs or objects, and a quoted call starts with its quotation mark, not the verb.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Iterator

import regex

from .._pipeline import Cleaner, RegexCleaner, Span, all_matches, line_end

# Verbs whose object may be the site's possessive ("subscribe to our …", "abonniere unseren …").
_OWN_VERBS = (
    r"subscribe|sign[ -]?up|join|download|stay[ \t]++(?:up[ -]to[ -]date|updated|informed|connected)|"
    r"abonnier(?:en[ \t]++sie|e)|melde[ \t]++dich|melden[ \t]++sie[ \t]++sich|lade[ \t]++dir|laden[ \t]++sie|"
    r"werde[ \t]++teil|werden[ \t]++sie[ \t]++teil|"
    r"abonnez-vous|abonne-toi|inscrivez-vous|inscris-toi|téléchargez|rejoignez|rejoins|"
    r"suscr[ií]bete|suscr[ií]base|descarga|desc[aá]rgate|[úu]nete|"
    r"iscriviti|scarica|abbonati|unisciti|"
    r"assine|inscreva-se|baixe|junte-se|"
    r"abonneer|schrijf[ \t]++je[ \t]++in|word[ \t]++lid|"
    r"subskrybuj|zapisz[ \t]++się|pobierz|dołącz|"
    r"подпишитесь|подписывайтесь|скачайте|присоединяйтесь"
)
# Verbs that take the site only as "us" ("follow us", "support us", "folge uns", "suivez-nous").
_US_VERBS = (
    r"follow|support|donate[ \t]++to|"
    r"folge|folgen[ \t]++sie|unterstütze|unterstützen[ \t]++sie|"
    r"suivez|soutenez|sigue|siga|apoya|segui|sostieni|apoie|volg|steun|obserwuj|wesprzyj|следите[ \t]++за|поддержите"
)
_US = r"us|uns|nous|nosotros|nos|ci|ons|nas|нами|нас"
_POSSESSIVE = r"our|unser\w{0,3}+|notre|nos|nuestr[oa]s?+|nostr[oaie]|noss[oa]s?+|onze|nasz\w{0,3}+|наш\w{0,3}+"
# Verbs that need one of the site's products as object ("Get our weekly newsletter", "Hol dir die App!").
_ANY_VERBS = (
    _OWN_VERBS + "|" + _US_VERBS
    + r"|get|try|listen[ \t]++to|start[ \t]++your|sign[ \t]++me[ \t]++up|never[ \t]++miss|don['’]?t[ \t]++miss|"
    r"hol[ \t]++dir|holen[ \t]++sie[ \t]++sich|erhalte|erhalten[ \t]++sie|verpasse|verpassen[ \t]++sie|"
    r"recevez|ne[ \t]++manquez|recibe|no[ \t]++te[ \t]++pierdas|ricevi|non[ \t]++perdere|receba|não[ \t]++perca|"
    r"ontvang|mis[ \t]++geen|otrzymuj|nie[ \t]++przegap|получайте|не[ \t]++пропустите"
)
_PRODUCTS = (
    r"[\w-]{0,30}?newsletter\w{0,2}+|magazines?+|magazin|apps?+|podcasts?+|forums?+|subscription|abo|abonnement|"
    r"inbox|posteingang|briefkasten|briefing|e-?paper|sister[ \t]++(?:publication|title)|daily[ \t]++edition|"
    r"bo[iî]te[ \t]++(?:de[ \t]++réception|mail|aux[ \t]++lettres)|bandeja[ \t]++de[ \t]++entrada|buzón|brievenbus|suscripci[óo]n|revista|"
    r"casella[ \t]++(?:di[ \t]++posta|email)|abbonamento|rivista|caixa[ \t]++de[ \t]++entrada|assinatura|"
    r"nieuwsbrief|postvak|skrzynk\w{1,3}+|czasopism\w{0,3}+|рассылк\w{1,2}+|почт\w{1,2}+|подписк\w{1,2}+|журнал\w{0,2}+|приложени\w{1,2}+"
)
_OBJECT = r"[^\n.!?]{0,100}?\b"
_NETWORKS = r"Facebook|Twitter|Instagram|YouTube|LinkedIn|TikTok|Threads|Bluesky|Mastodon|Telegram|WhatsApp|Pinterest"
_ON = r"on|auf|bei|sur|en|su|no|na|op|в"
# "Click here to …" before the call, as link text says it.
_CLICK = (
    r"(?:(?:click|tap)[ \t]++here[ \t]++to|klicken[ \t]++sie[ \t]++hier,?[ \t]++um|cliquez[ \t]++ici[ \t]++pour|"
    r"haz[ \t]++clic[ \t]++aquí[ \t]++para|clicca[ \t]++qui[ \t]++per|clique[ \t]++aqui[ \t]++para|klik[ \t]++hier[ \t]++om)[ \t]++"
)
# A sign-up form's consent box: "Yes, I want the weekly newsletter", "I agree that … can send me the … newsletter".
_CONSENT = (
    r"(?:(?:yes|ja|oui|sí|si|sì|sim|tak|да)[,!]?[ \t]++(?:i|ich|je|j['’]|yo|io|eu|ik|я)\b|i[ \t]++agree|ich[ \t]++stimme|j['’]accepte|acepto|accetto|aceito|ik[ \t]++ga[ \t]++akkoord|zgadzam[ \t]++się|я[ \t]++согласен)"
)
# An invitation to join a crowd of readers, counted ("Join 2,242 other subscribers", Jetpack's subscribe widget; "Join
# the hundreds of developers who get … delivered to their inboxes", "Schließe dich über 15.000 Newsletter-Abonnenten
# an!"): the count, then the readers or the product they get.
_JOIN = (
    r"join|rejoignez|rejoins|[úu]nete[ \t]++a|unisciti[ \t]++a|junte-se[ \t]++a|sluit[ \t]++je[ \t]++aan[ \t]++bij|dołącz[ \t]++do|"
    r"присоединяйтесь[ \t]++к|schließe[ \t]++dich|schließen[ \t]++sie[ \t]++sich"
)
_COUNT = (
    r"(?:(?:the|over|more[ \t]++than|über|mehr[ \t]++als|plus[ \t]++de|más[ \t]++de|otros|oltre|altri|mais[ \t]++de|outros|meer[ \t]++dan|"
    r"ponad|более)[ \t]++)?(?:\d[\d,. ]{0,12}+\+?|hundreds|thousands|millions|hunderten?|tausenden?|centaines|milliers|cientos|miles|"
    r"centinaia|migliaia|centenas|milhares|honderden|duizenden|setki|tysiące|сотни|тысячи)"
)
_READERS = (
    r"inbox(?:es)?|subscribers|followers|readers|\w{0,20}?abonnenten|followern|lesern|lesers?innen|abonnés|lecteurs|suscriptores|"
    r"seguidores|lectores|iscritti|follower|lettori|assinantes|leitores|abonnees|volgers|lezers|subskrybentów|obserwujących|"
    r"czytelników|подписчик\w{0,3}+|читател\w{0,3}+"
)
# An offer to have the site's product delivered ("Get our conservative analysis delivered right to you.", "Get Motor
# Cycle Monthly delivered through your letterbox every month."): "delivered", then the reader or their door or inbox.
_DELIVERED = (
    r"(?:get|have)\b[^\n.!?]{0,100}?\bdelivered\b[^\n.!?]{0,40}?\b(?:to[ \t]++you\b|your[ \t]++(?:inbox|door|doorstep|letterbox|mailbox|home)\b)"
)
_CALL = (
    rf"(?:{_DELIVERED}|(?:{_JOIN})[ \t]++{_COUNT}\b[^\n.!?]{{0,200}}?\b(?:{_READERS}|{_PRODUCTS})\b"
    rf"|(?:{_OWN_VERBS})\b{_OBJECT}(?:{_POSSESSIVE}|{_PRODUCTS})\b"
    rf"|(?:{_US_VERBS})[ \t-]++(?:{_US})\b|(?:s[ií]guenos|ap[óo]yanos|seguici|seguiteci|sostienici)\b"
    rf"|(?:{_ANY_VERBS})\b{_OBJECT}(?:{_PRODUCTS})\b"
    rf"|(?:{_US_VERBS})(?:[ \t]++[^\s,;.!?]++){{0,6}}?[ \t]++(?:{_ON})[ \t]++(?:{_NETWORKS})\b"
    rf"|{_CONSENT}{_OBJECT}(?:[\w-]{{0,30}}?newsletter\w{{0,2}}+|nieuwsbrief|e-?mails?+)\b)"
)
# An appeal to the reader who liked the piece, which always leads to a call ("If you enjoyed this article, …"); or
# what the site's newsletter brings, opening the line ("Mit meinem kostenlosen Newsletter verpasst du keine Artikel mehr.").
_WITH_OUR = (
    r"(?:with|mit|avec|con|com|met|z)[ \t]++(?:our|my|unserem|meinem|notre|ma|mon|nuestro|nuestra|mi|la[ \t]++nostra|il[ \t]++nostro|"
    r"la[ \t]++mia|a[ \t]++nossa|o[ \t]++nosso|a[ \t]++minha|onze|mijn|naszym|moim|нашей|моей)"
)
_APPEAL = (
    rf"{_WITH_OUR}[ \t]++(?:[^\s.!?]++[ \t]++){{0,2}}?"
    r"(?:[\w-]{0,30}?newsletter\w{0,2}+|nieuwsbrief|рассылк\w{1,2}+)(?![\w-])|"
    r"(?:(?:want|like)[ \t]++to[ \t]++stay[ \t]++(?:updated|informed|up[ -]to[ -]date)|"
    r"(?:möchten[ \t]++sie|willst[ \t]++du)[ \t]++(?:immer[ \t]++)?(?:auf[ \t]++dem[ \t]++laufenden|informiert)[ \t]++bleiben|"
    r"(?:vous[ \t]++)?(?:voulez|souhaitez)(?:-vous)?[ \t]++(?:rester|être)[ \t]++informé|¿?quieres[ \t]++estar[ \t]++al[ \t]++día|"
    r"vuoi[ \t]++(?:restare|essere)[ \t]++aggiornat|quer[ \t]++ficar[ \t]++por[ \t]++dentro|wil[ \t]++je[ \t]++op[ \t]++de[ \t]++hoogte[ \t]++blijven|"
    r"chcesz[ \t]++być[ \t]++na[ \t]++bieżąco|хотите[ \t]++быть[ \t]++в[ \t]++курсе)[^.!?\n]{0,60}+\?|"
    r"if[ \t]++you[ \t]++(?:enjoyed|liked|like|enjoy|found)[ \t]++(?:this|our)[ \t]++(?:article|post|story|piece|content|newsletter|podcast|episode)|"
    r"wenn[ \t]++(?:dir|ihnen|euch)[ \t]++(?:der|dieser|unser)[ \t]++(?:artikel|beitrag|text)[ \t]++gefallen[ \t]++hat|"
    r"gefällt[ \t]++(?:dir|ihnen|euch),?[ \t]++(?:was[ \t]++(?:du|sie|ihr)[ \t]++(?:liest|lesen|seht|sehen|siehst)|dieser[ \t]++(?:artikel|beitrag))|"
    r"si[ \t]++(?:cet[ \t]++article|ce[ \t]++contenu)[ \t]++vous[ \t]++a[ \t]++plu|"
    r"si[ \t]++te[ \t]++(?:ha[ \t]++gustado|gustó)[ \t]++(?:este|nuestro)[ \t]++(?:artículo|contenido)|"
    r"se[ \t]++(?:ti|vi)[ \t]++è[ \t]++piaciuto[ \t]++questo[ \t]++articolo|"
    r"se[ \t]++(?:você[ \t]++)?gostou[ \t]++(?:deste|desse)[ \t]++(?:artigo|conteúdo)|"
    r"als[ \t]++je[ \t]++dit[ \t]++(?:artikel|bericht)[ \t]++leuk[ \t]++vond|"
    r"jeśli[ \t]++(?:podobał|spodobał)[ \t]++ci[ \t]++się[ \t]++(?:ten|nasz)[ \t]++(?:artykuł|tekst|wpis)|"
    r"если[ \t]++вам[ \t]++понравилась[ \t]++(?:эта|наша)[ \t]++статья"
)
# The call opens the line, after at most a short question or lead-in ("Want more Rolling Stone? Sign up …", "Keine
# Neuigkeiten mehr verpassen: Abonnieren Sie …").
_LINE_CALL = rf"(?i)[ \t]*+(?:(?:[^.!?:\n]{{1,60}}+[?:][ \t]++)?(?:{_CLICK})?{_CALL}|(?:{_APPEAL})(?!\w))"
# The call opens the last sentences of a line ("… is out now. Follow us on Twitter …").
_TAIL_CALL = rf"(?i)[.!?][ \t]++({_CALL})"


# Where a call or an appeal may open a sentence: the line start, or after a sentence's end (two scans: one
# alternation of both defeats the engine's fast scan for a first character; and the second scan is case-blind
# only after the stop, since a case-blind first character slows the scan for it: 0.28 -> 0.17 s on dev).
_OPENER = (
    rf"(?:{_CLICK})?(?:{_ANY_VERBS}|{_JOIN}|{_CONSENT}|s[ií]guenos|ap[óo]yanos|seguici|seguiteci|sostienici|"
    rf"if[ \t]++you|want|like|möchten|willst|vous|voulez|souhaitez|¿?quieres|vuoi|quer|wil|chcesz|хотите|wenn|gefällt|si|se|als|jeśli|если|"
    rf"{_WITH_OUR})\b"
)
_OPENERS = (rf"(?im)^[ \t]*+{_OPENER}", rf"[.!?][ \t]++(?i:{_OPENER})", rf"(?im)^[ \t]*+[^.!?:\n]{{1,60}}+:[ \t]++{_OPENER}")


@dataclass(frozen=True)
class Promos(Cleaner):
    """A line that opens with a call to subscribe to, join, follow or download the site
    or its products goes whole (up to ``max_words`` words); when the call opens a
    line's last sentences (at most ``max_tail_words`` words), those go from the call on."""

    name: str = "promos"
    description: str = (
        "the site's calls to subscribe, join, follow or download written as sentences "
        "(\"Want more science? Subscribe to our sister magazine …\", \"Abonniere unseren Newsletter!\")"
    )
    max_words: int = 60
    max_tail_words: int = 50

    @functools.cached_property
    def _patterns(self) -> tuple[regex.Pattern[str], regex.Pattern[str], tuple[regex.Pattern[str], ...]]:
        """The line call, the tail call and the openers, compiled on first use, not on import
        (``cleanseed --list`` imports every cleaner: these took 90 ms)."""
        line_call, tail_call, *openers = (regex.compile(p, regex.VERSION1) for p in (_LINE_CALL, _TAIL_CALL, *_OPENERS))
        return line_call, tail_call, tuple(openers)

    def find(self, text: str) -> Iterator[Span]:
        line_call, tail_call, openers = self._patterns
        # a cheap scan first: only a line where such a verb opens a sentence can hold a call
        starts = {text.rfind("\n", 0, hit.start()) + 1 for opener in openers for hit in all_matches(opener, text)}
        for pos in sorted(starts):
            end = line_end(text, pos)
            line = text[pos:end]
            if line_call.match(line) is not None and len(line.split()) <= self.max_words:
                yield pos, min(end + 1, len(text))
            else:
                m = tail_call.search(line)
                if m is not None and len(line[m.start(1):].split()) <= self.max_tail_words:
                    yield pos + m.start(1), end


promos = Promos()

# An appeal to fund the site's journalism, opening its line ("Support independent journalism", "Fördern Sie
# unabhängigen Journalismus", "Apoya el periodismo incómodo"): the verb, a few words, the journalism; not "Support for
# local journalism has waned", whose verb is a noun.
_SUPPORT_VERBS = (
    r"support|fund|unterstützen[ \t]++sie|unterstütze|fördern[ \t]++sie|fördere|soutenez|apoya|apoye|sostieni|sostenete|apoie|"
    r"steun|wesprzyj|поддержите"
)
_JOURNALISM = r"journalism|journalismus|journalisme|periodismo|giornalismo|jornalismo|journalistiek|dziennikarstwo|журналистику"
# A site's note, alone on a short line, that donations or its readers fund it ("CORRECTIV ist spendenfinanziert!",
# "Gothamist is funded by sponsors and member donations"): its subject is one word, the site's name; an article that
# reports on someone's funding names them in more words ("The museum is funded by donations.") or says more.
_FUNDED = (
    r"(?:is|are)[ \t]++(?:(?:entirely|fully|mostly|largely|100%)[ \t]++)?(?:funded|financed|supported)[ \t]++by[ \t]++"
    r"[^\n.!?]{0,40}?(?:donations|readers|members)|is[ \t]++reader-(?:supported|funded)|"
    r"ist[ \t]++(?:\d{1,3}[ \t]?%[ \t]++)?(?:spendenfinanziert|leserfinanziert)|wird[ \t]++[^\n.!?]{0,20}?(?:durch|über|aus|von)[ \t]++(?:spenden|lesern)[ \t]++finanziert|"
    r"est[ \t]++financé[ \t]++par[ \t]++(?:ses|nos)[ \t]++lecteurs|se[ \t]++financia[ \t]++(?:con|gracias[ \t]++a)[ \t]++(?:donaciones|sus[ \t]++lectores)|"
    r"è[ \t]++finanziat[oa][ \t]++dai[ \t]++(?:lettori|suoi[ \t]++lettori)|é[ \t]++financiad[oa][ \t]++por[ \t]++(?:doações|seus[ \t]++leitores)|"
    r"wordt[ \t]++gefinancierd[ \t]++door[ \t]++(?:donaties|lezers)"
)
funding_appeals = RegexCleaner(
    "funding-appeals",
    "an appeal to fund the site's journalism (\"Fördern Sie unabhängigen Journalismus\") or a short note that donations fund "
    "the site (\"CORRECTIV ist spendenfinanziert!\")",
    (
        rf"^[ \t]*+(?=[^\n]{{1,300}}+$)(?i:{_SUPPORT_VERBS})[ \t]++(?!(?i:for|of|from|für|de|del|di|da|van|dla)\b)"
        rf"(?:[^\s.!?]++[ \t]++){{0,4}}?(?i:{_JOURNALISM})\b",
        rf"^[ \t]*+(?=(?:[^\s]++[ \t]*+){{1,10}}+$)\p{{Lu}}[^\s.!?]{{0,40}}+[ \t]++(?i:{_FUNDED})\b[^\n.!?]{{0,30}}+[.!]?[ \t]*+$",
    ),
    whole_line=True,
    gate=(
        "journalis", "periodismo", "giornalismo", "jornalismo", "dziennikarstwo", "журналистику", "funded", "financed", "supported",
        "spendenfinanziert", "leserfinanziert", "finanziert", "financé", "financia", "finanziat", "financiad", "gefinancierd",
    ),
)

# A newsletter's pitch that never names it ("World-class articles, delivered weekly.", "Receive a daily list of must-read
# stories.", "Erhalten Sie kostenlos täglich die wichtigsten Solar-News direkt per E-Mail."): a short line that says how
# often (daily, every day, wöchentlich …), what (news, updates, stories …) and that it comes to the reader. A line that
# only says how often something comes ("The agency publishes daily updates on the case numbers.") stays.
_OFTEN = (
    r"daily|weekly|every[ \t]++(?:day|week|morning)|each[ \t]++(?:day|week|morning)|once[ \t]++a[ \t]++(?:day|week)|"
    r"täglich|werktäglich|wöchentlich|jeden[ \t]++(?:tag|morgen)|einmal[ \t]++(?:am[ \t]++tag|pro[ \t]++woche|die[ \t]++woche)|"
    r"quotidien(?:ne)?|chaque[ \t]++(?:jour|semaine|matin)|diari[ao]|semanal|cada[ \t]++(?:día|semana)|ogni[ \t]++(?:giorno|settimana)|"
    r"settimanale|todos[ \t]++os[ \t]++dias|dagelijks|wekelijks|codziennie|ежедневно|еженедельно"
)
_WHAT = (
    r"news|updates|stories|articles|picks|headlines|briefing|nachrichten|news-\w++|artikel|neuigkeiten|actualités|"
    r"noticias|notizie|notícias|nieuws|wiadomości|новости"
)
# What says it comes to the reader: an inbox or an e-mail, or "delivered" ("articles, delivered weekly"), anywhere in
# the line; or a call that opens a sentence ("Receive a daily list …", "Erhalten Sie …"). A "you" alone does not:
# "If you want to follow the trial, the court publishes daily updates", "Die App zeigt Ihnen täglich die wichtigsten
# Nachrichten" report on others, and neither does "get" or "receive" inside a sentence ("Farmers receive daily updates").
_TO_READER = (
    r"inbox|e-?mail|newsletter|delivered|posteingang|postfach|boîte[ \t]++de[ \t]++réception|bandeja[ \t]++de[ \t]++entrada|"
    r"casella[ \t]++di[ \t]++posta|caixa[ \t]++de[ \t]++entrada|skrzynk\w*+|почту"
)
_CALL = r"receive|get|sign[ \t]++up|erhalten[ \t]++sie|erhalte|recevez|recibe|reciba|ricevi|receba|ontvang|получайте"
newsletter_pitches = RegexCleaner(
    "newsletter-pitches",
    "a newsletter's pitch that never names it: how often, what and that it comes to the reader (\"World-class articles, "
    "delivered weekly.\", \"Get top news in your inbox daily\")",
    rf"^(?=[^\n]{{1,160}}+$)(?=[^\n]*?\b(?i:{_OFTEN})\b)(?=[^\n]*?\b(?i:{_WHAT})\b)"
    rf"(?=[^\n]*?\b(?i:{_TO_READER})\b|(?:[^\n]*?[.!?:][ \t]++)?[ \t]*+(?i:{_CALL})\b)[^\n]++",
    whole_line=True,
    # what the pitch offers (_WHAT): the pattern, tried at every line start, ran on every short line
    gate=(
        "news", "updates", "stories", "articles", "picks", "headlines", "briefing", "nachrichten", "artikel", "neuigkeiten",
        "actualités", "noticias", "notizie", "notícias", "nieuws", "wiadomości", "новости",
    ),
)
