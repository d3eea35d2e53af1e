"""Image credit lines: telling a credit from a caption and splitting it up.

Pure string work, shared by the HTML image extractor and the plain-text parser.
"""

from __future__ import annotations

import re

from articlekit._models import ImageCredit
from articlekit._text import normalize_space

__all__ = ["credit_from_line", "looks_like_credit", "parse_credit", "split_caption"]

# Labels printed before a credit. English, German, French, Spanish, Italian,
# Dutch, Portuguese, Nordic, Slavic, Baltic, Turkish and Zulu press usage.
CREDIT_LABELS = (
    "image source",
    "image credit",
    "image credits",
    "photo credit",
    "photo credits",
    "picture credit",
    "photograph",
    "photography",
    "photos",
    "photo",
    "picture",
    "pictures",
    "image",
    "images",
    "credit",
    "credits",
    "source",
    "fotos",
    "foto",
    "fotograf",
    "fotografie",
    "fotografia",
    "fotografía",
    "fotoğraf",
    "fot.",
    "symbolfoto",
    "symbolbild",
    "archivfoto",
    "archivbild",
    "bild",
    "bilder",
    "bildquelle",
    "bildrechte",
    "quelle",
    "crédit photo",
    "crédits photo",
    "crédit",
    "crédits",
    "crédito",
    "créditos",
    "photographie",
    "fuente",
    "imagen",
    "copyright",
    "kuva",
    "zdjęcie",
    "nuotr.",
    "nuotrauka",
    "фото",
    "isithombe",
    "ảnh",
    "写真",
    "사진",
    "illustration",
    "grafik",
    "infografik",
    "collage",
    "montage",
    "коллаж",
)


def _alternation(labels: tuple[str, ...]) -> str:
    """The labels as one regex alternation, longest first, grouped by first letter.

    Labels starting with different letters never match at one position, so the
    grouping keeps the longest-first choice; at each position of a caption the
    regex engine then tries a letter per group instead of every label.
    """
    groups: dict[str, list[str]] = {}
    for label in sorted(labels, key=len, reverse=True):
        rest = re.escape(label[1:]).replace(r"\ ", r"\s+")
        groups.setdefault(re.escape(label[0]), []).append(rest)
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


_LABEL_ALTERNATION = _alternation(CREDIT_LABELS)
# "©", "(c)" and the full-width "（Ｃ）" of Japanese and Chinese pages.
_SIGNS = r"©|[(（][cＣｃ][)）]|copyright\b"
# "Photo by X", "Foto von X". ("Credit... X" and "Credit… X" are labelled too.)
_BY_LABEL = r"(?:photos?|photograph|picture|image|foto|bild)\s+(?:by|von|de|di|par)"
# "IMAGE SOURCE: X", "Photo: X", "Foto - X", "Bild © X", "© Foto: X", "© X", "(c) X",
# "Photo by X".
_LABELLED = re.compile(
    rf"^\s*(?:(?:©\s*)?(?P<label>{_LABEL_ALTERNATION})\s*(?::|\.{{2,3}}|…|\s[-–—]\s?|/|(?=©))"
    r"\s*(?:©\s*)?"
    rf"|(?P<by>{_BY_LABEL})\s+"
    rf"|(?P<sign>{_SIGNS})\s*:?\s*)"
    r"(?P<credit>\S.*?)\s*$",
    re.IGNORECASE | re.DOTALL,
)
# A labelled credit inside a caption: "… Kharkiv. Photo: Jane Doe", "… © dpa",
# "… - Copyright AP". The label must start a word and be followed by a colon or ©.
_INLINE_CREDIT = re.compile(
    rf"(?:(?<!\w)(?P<label>{_LABEL_ALTERNATION})\s*(?::|\.{{2,3}}|…|(?=©))\s*(?:©\s*)?"
    rf"|(?P<sign>{_SIGNS})\s*:?\s*)",
    re.IGNORECASE,
)
# What may separate a caption from the credit that follows it.
# Stripped with str methods: a regex anchored at the end costs quadratic time on
# a long run of separators.
_SEPARATORS = " \t\n|,;:/–—-"
# The last words after a caption's final full stop, short enough to be a credit.
# Initials ("David M. Doe") may sit inside it.
_TRAILING_BARE_CREDIT = re.compile(
    r"(?<=[.!?。\"”»’])\s+(?P<credit>(?:[^.!?。]|(?<![\w.])[A-Z]\.){2,60})$"
)
# Korean "<name> 기자" (reporter) after a caption names the photographer.
_REPORTER = re.compile(r"^(?P<person>\S{2,5})\s+(?P<label>기자)$")
# "Caption. | Jane Doe/Reuters", "Caption / Jane Doe": a credit set off by a bar or slash.
_CREDIT_SEPARATORS = (" | ", " / ")
# A screen-reader label before a caption sentence ("Image: Jose Doe has agreed …").
_LEADING_MEDIA_LABEL = re.compile(
    r"^(?:image|photo|picture|foto|bild|imagen)\s*:\s*", re.IGNORECASE
)
# Labels some sites print before the caption itself ("Legende: …", "Caption: …"), and
# a gallery's counter ("Foto 1 de 3 …", "Bild 2 von 12 …", "Photo 4/9 …").
_CAPTION_LABEL = re.compile(
    r"^(?:(?:legende|caption|bildunterschrift|bildtext|légende|leyenda|didascalia)\s*:\s*"
    r"|(?:foto|photo|bild|image|imagen|picture)\s+\d{1,4}\s*(?:/|de|of|von|sur|di|av|van)\s*"
    r"\d{1,4}\b[\s:.|-]*)",
    re.IGNORECASE,
)

# Agencies that credit lines name without a label ("Getty Images", "Jane Doe/Reuters").
AGENCIES = (
    "AFP",
    "AP",
    "AAP",
    "Associated Press",
    "Reuters",
    "Getty Images",
    "Getty",
    "EPA",
    "EPA-EFE",
    "EFE",
    "dpa",
    "picture alliance",
    "picture-alliance",
    "Keystone",
    "ANP",
    "ANSA",
    "Belga",
    "Ritzau Scanpix",
    "Scanpix",
    "NTB",
    "TT",
    "Lehtikuva",
    "Shutterstock",
    "Alamy",
    "iStock",
    "iStockphoto",
    "Bloomberg",
    "Xinhua",
    "TASS",
    "PA",
    "PA Images",
    "PA Wire",
    "SWNS",
    "Sipa",
    "Imago",
    "NurPhoto",
    "SOPA Images",
    "LightRocket",
    "Anadolu",
    "Anadolu Agency",
    "Anadolu Ajansı",
    "Zuma Press",
    "ZUMA",
    "Redux",
    "Polaris",
    "Europa Press",
    "Wikimedia Commons",
    "Unsplash",
    "Pexels",
    "Pixabay",
    "Adobe Stock",
    "Kyodo",
    "Jiji",
    "Yonhap",
    "연합뉴스",
    "뉴시스",
    "뉴스1",
    "共同通信社",
    "時事通信",
    "新华社",
)
_AGENCY_ALTERNATION = "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True))
_AGENCY_ONLY = re.compile(
    rf"^(?:{_AGENCY_ALTERNATION})(?:\s+(?:via\s+.+|Images|Photos?|Archiv\w*))?$", re.IGNORECASE
)
# "(AP Photo/Evan Vucci)", "(Reuters/Jane Doe)": the agency's own credit form, in brackets.
_AGENCY_PHOTO = re.compile(
    rf"^\(?\s*(?P<agency>{_AGENCY_ALTERNATION})(?:\s+Photos?)?\s*[/|]\s*(?P<person>[^/|()]+?)\s*\)?$",
    re.IGNORECASE,
)
# "Jane Doe/Reuters", "Jane Doe / Getty Images", "Jane Doe | dpa".
_PERSON_AGENCY = re.compile(r"^(?P<person>[^/|]+?)\s*[/|]\s*(?P<agency>[^/|]+?)$")
# "Urs Flueeler (Keystone)": a person with the agency in brackets.
_PERSON_BRACKETED_AGENCY = re.compile(r"^(?P<person>[^()]+?)\s*\((?P<agency>[^()]+)\)$")
# "X via Getty Images", "Jane Doe for The Times".
_VIA = re.compile(r"^(?P<person>.+?)\s+(?:via|for)\s+(?P<agency>.+)$", re.IGNORECASE)
_KNOWN_AGENCY_IN = re.compile(rf"(?<!\w)(?:{_AGENCY_ALTERNATION})(?!\w)", re.IGNORECASE)
# A web address names the stock site or publisher a picture came from ("stock.adobe.com").
_DOMAIN = re.compile(
    r"(?<![\w@.])[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|de|fr|es|it|nl|ch|at|be|se|no|dk|fi|pl|cz"
    r"|jp|kr|in|au|ca|uk|io|tv)(?![\w.])",
    re.IGNORECASE,
)
# "cristianstorto - stock.adobe.com": a person, a spaced dash, then the source.
_PERSON_DASH_SOURCE = re.compile(r"^(?P<person>[^/|]+?)\s+[-–—]\s+(?P<agency>[^/|\s]+)$")
# A credit in brackets at the end of a caption: "… near Kharkiv. (AP Photo/Evan Vucci)".
_TRAILING_BRACKETED = re.compile(r"\s*[(\[（](?P<credit>[^()\[\]（）]{2,120})[)\]）]\s*$")
_COPYRIGHT_SIGNS = frozenset({"©", "(c)", "（ｃ）", "(ｃ)", "（c）"})
# Japanese "（山田太郎撮影）" ("photographed by …") and "（代表撮影）" (pool photo).
_PHOTOGRAPHED = re.compile(r"^(?P<person>.{1,30}?)撮影$")
# Longest plausible credit line: a name, an agency and a label fit well inside it.
MAX_CREDIT_LENGTH = 120
# Lower-case words that, in a text longer than a credit, make it a sentence; a
# credit listing several people ("Jane von Doe. Styling: …") has one or two.
MIN_SENTENCE_LOWER_WORDS = 4
# "Name/Agency/Agency" credits: three parts at least (two are the plain
# person/agency form), four at most (longer chains are distribution notes).
MIN_CREDIT_PARTS = 3
MAX_CREDIT_PARTS = 4
# Words in one part of such a chain: a name or an agency ("Press Association").
MAX_PART_WORDS = 4
# Longest credit split into photographer and agency; the Vogue-style credit
# with stylist and make-up artists runs to about 100 characters.
MAX_PARSED_CREDIT_LENGTH = 2 * MAX_CREDIT_LENGTH
# Most words a bare credit has ("Ohad Zwigenberg / Pool via Reuters" has six);
# a caption sentence has more.
MAX_CREDIT_WORDS = 8
# A sentence's end: "!", "?" or a full stop after a word longer than an abbreviation
# ("nuotr.", "Ltd." and "Jr." end credits; "… in Kyiv." ends a caption).
_SENTENCE_END = re.compile(r"(?:[!?]|\w{7,}\.)\s*$")
# A sentence or a label ending inside a text: "Kyiv. Photo: Jane Doe/AP" is a caption.
_INNER_SENTENCE_END = re.compile(r"\w{4,}[.!?:]\s")
# Longest all-capital word read as an organisation's acronym; longer capital
# words are names printed in capitals ("DEWAELE").
MAX_ACRONYM_LENGTH = 5
# Words that make a credit an organisation's rather than a person's.
_ORGANISATION_WORDS = frozenset(
    {
        "handout",
        "forces",
        "army",
        "armee",
        "police",
        "polizei",
        "ministry",
        "ministerium",
        "government",
        "regierung",
        "office",
        "department",
        "agency",
        "press",
        "presse",
        "news",
        "images",
        "photos",
        "archive",
        "archiv",
        "service",
        "pool",
        "university",
        "universität",
        "museum",
        "gemeinde",
        "council",
        "club",
        "foundation",
        "stiftung",
        "institute",
        "institut",
        "commission",
        "kommission",
        "inc",
        "ltd",
        "gmbh",
        "zeitung",
        "times",
        "tv",
        "radio",
        "studios",
        "productions",
        "pictures",
        "privat",
        "private",
        "shimbun",
        "newspaper",
    }
)
# Two to four capitalised words: a person's name.
_PROPER_NAME = re.compile(r"^[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){1,3}$")
_NAME = re.compile(r"^[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þa-z][\w'’.-]*){0,3}$")
_WORD = re.compile(r"\w+")


def is_agency_only(text: str) -> bool:
    """Tell whether a line names an agency and nothing else ("Getty Images", "REUTERS")."""
    return bool(_AGENCY_ONLY.match(text))


def _agency_like(text: str) -> bool:
    # An acronym ("WDR", "KCNA", "SWNS") names an organisation, not a photographer.
    acronym = text.isupper() and len(text) <= MAX_ACRONYM_LENGTH and " " not in text
    return (
        acronym or is_agency_only(text) or bool(_DOMAIN.fullmatch(text)) or _is_organisation(text)
    )


def _is_organisation(text: str) -> bool:
    return not _ORGANISATION_WORDS.isdisjoint(_WORD.findall(text.casefold()))


def _person_and_source(text: str) -> re.Match[str] | None:
    """ "Jane Doe - stock.adobe.com", "Urs Doe (Keystone)", "X via Getty Images"."""
    dashed = _PERSON_DASH_SOURCE.match(text)
    if dashed and _agency_like(dashed["agency"]):
        return dashed
    return _PERSON_BRACKETED_AGENCY.match(text) or _VIA.match(text)


def _slash_chain(text: str) -> bool:
    """ "Jane Doe/John Roe/Stringer/Getty Images": a few short parts joined by slashes."""
    parts = text.split("/")
    return MIN_CREDIT_PARTS <= len(parts) <= MAX_CREDIT_PARTS and all(
        part.strip() and len(part.split()) <= MAX_PART_WORDS for part in parts
    )


def _name_among_parts(text: str) -> tuple[str, str] | None:
    """ "Jane Doe/CB/D.A.Press": the one person's name among slash-joined parts, and the rest."""
    parts = [part.strip() for part in text.split("/")]
    if not MIN_CREDIT_PARTS <= len(parts) <= MAX_CREDIT_PARTS or not all(parts):
        return None
    names = [part for part in parts if _PROPER_NAME.match(part) and not _agency_like(part)]
    if len(names) != 1:
        return None
    return names[0], "/".join(part for part in parts if part is not names[0])


def parse_credit(text: str, label: str | None = None) -> ImageCredit:
    """Split a credit into photographer and agency where it shows both.

    Args:
        text: the credit without its label ("Evan Vucci/AP", "AP Photo/Evan Vucci").
        label: the label that was printed before it, if any.

    Returns:
        The credit, its text as printed (outer brackets dropped).
    """
    text = normalize_space(text)
    if len(text) > MAX_PARSED_CREDIT_LENGTH:
        # No credit runs this long: keep it as printed, unparsed (and cheap).
        return ImageCredit(text=text, label=label)
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1].strip()
    photographer = agency = None
    if match := _AGENCY_PHOTO.match(text):
        agency, photographer = match["agency"], match["person"]
    elif _AGENCY_ONLY.match(text):
        agency = text
    elif match := _PERSON_AGENCY.match(text):
        person, other = match["person"], match["agency"]
        # "dpa/Jens Kalaene": the agency may come first.
        if _agency_like(person) and not _agency_like(other):
            person, other = other, person
        photographer, agency = person, other
    elif parts := _name_among_parts(text):
        photographer, agency = parts
    elif match := _person_and_source(text):
        photographer, agency = match["person"], match["agency"]
    elif _agency_like(text):
        agency = text
    elif _NAME.match(text):
        photographer = text
    if photographer is not None and _agency_like(photographer):
        photographer = None
    return ImageCredit(text=text, label=label, photographer=photographer, agency=agency)


def _label_form(label: str) -> str:
    label = normalize_space(label)
    return label[:1].upper() + label[1:].lower()


def _reads_as_sentence(text: str) -> bool:
    """Whether text after a label is a caption sentence ("Image: Jose Doe has agreed a deal …").

    Credits are names: few words, capitalised; a sentence has many lower-case words.
    """
    words = _WORD.findall(text)
    lower = sum(1 for word in words if word[:1].islower())
    return len(words) > MAX_CREDIT_WORDS and lower >= MIN_SENTENCE_LOWER_WORDS


def _labelled(line: str) -> ImageCredit | None:
    match = _LABELLED.match(line)
    if not match or _reads_as_sentence(match["credit"]):
        return None
    if match["label"] or match["by"]:
        label = _label_form(match["label"] or match["by"])
    else:
        label = match["sign"]
        label = "©" if label.lower() in _COPYRIGHT_SIGNS else _label_form(label)
    return parse_credit(match["credit"], label)


def credit_from_line(line: str) -> ImageCredit | None:
    """Return the credit when the whole line is a credit line, else ``None``.

    A credit line is a labelled credit ("IMAGE SOURCE: X", "Photo: X", "© X"),
    an agency credit ("(AP Photo/Evan Vucci)", "Jane Doe/Reuters"), or an
    agency alone ("Getty Images").

    Args:
        line: one line of text.

    Returns:
        The credit, or ``None`` when the line is not a credit line.
    """
    line = normalize_space(line)
    if not line or len(line) > MAX_CREDIT_LENGTH:
        return None
    if credit := _labelled(line):
        return credit
    if match := _PHOTOGRAPHED.match(line):
        # The label follows the name here; the credit is the name alone.
        person = match["person"]
        return ImageCredit(text=person, label="撮影", photographer=person)
    bare = line[1:-1].strip() if line.startswith("(") and line.endswith(")") else line
    if bare is not line and (credit := _labelled(bare)):
        return credit
    if _AGENCY_PHOTO.match(bare) or _AGENCY_ONLY.match(bare):
        return parse_credit(bare)
    if (
        len(_WORD.findall(bare)) <= MAX_CREDIT_WORDS
        and not _INNER_SENTENCE_END.search(bare)
        and (
            _PERSON_AGENCY.match(bare)
            or _VIA.match(bare)
            or _PERSON_DASH_SOURCE.match(bare)
            or _slash_chain(bare)
        )
        and (_KNOWN_AGENCY_IN.search(bare) or _DOMAIN.search(bare))
    ):
        return parse_credit(bare)
    if _DOMAIN.fullmatch(bare):
        return parse_credit(bare)
    return None


def looks_like_credit(text: str) -> bool:
    """Whether a short text printed apart from a caption reads as its credit.

    Looser than :func:`credit_from_line`: the page already set the text apart,
    so "Unsplash/Kelly Sikkema" or "Jane Doe / Pool" (two short names joined by a
    slash) count too.

    Args:
        text: the text of an element beside or inside a caption.

    Returns:
        Whether it is a credit.
    """
    text = normalize_space(text)
    if credit_from_line(text) is not None:
        return True
    if not text or len(text) > MAX_CREDIT_LENGTH:
        return False
    # "(Edu Doe)": a name in brackets, printed apart, is a credit.
    if text.startswith("(") and text.endswith(")") and _PROPER_NAME.match(text[1:-1].strip()):
        return True
    # "The Yomiuri Shimbun", "Gemeinde X", "ES": an organisation's name or acronym
    # printed apart.
    if len(_WORD.findall(text)) <= MAX_CREDIT_WORDS and _agency_like(text):
        return True
    match = _PERSON_AGENCY.match(text)
    return bool(
        match
        and len(_WORD.findall(text)) <= MAX_CREDIT_WORDS
        and not _SENTENCE_END.search(text)
        and match["person"][:1].isupper()
        and match["agency"][:1].isalnum()
    )


def split_caption(text: str) -> tuple[str | None, ImageCredit | None]:
    """Split a caption that may end with its credit into (caption, credit).

    Recognised endings: a bracketed credit ("… (AP Photo/Evan Vucci)"), and a
    labelled one ("… Foto: Jane Doe", "… © dpa", "… - Copyright AP").
    A leading caption label ("Legende: …") is dropped.

    Args:
        text: the caption as printed.

    Returns:
        The caption without its credit (``None`` when only a credit was
        printed) and the credit (``None`` when none was found).
    """
    # Separators left at either end once a label or credit is gone.
    text = _CAPTION_LABEL.sub("", normalize_space(text)).strip(_SEPARATORS)
    if not text:
        return None, None
    if text[0] in "/|" and (whole := credit_from_line(text[1:])) is not None:
        return None, whole
    if (whole := credit_from_line(text)) is not None:
        return None, whole
    # Only the tail can hold the credit; searching it alone keeps long input cheap.
    offset = max(0, len(text) - MAX_CREDIT_LENGTH - 20)
    bracketed = _TRAILING_BRACKETED.search(text, offset)
    if bracketed and (credit := credit_from_line(bracketed["credit"])):
        return _caption_part(text[: bracketed.start()]), credit
    for match in _INLINE_CREDIT.finditer(text, offset):
        if match.start() == 0:
            continue
        credit_text = text[match.end() :].strip()
        if credit_text and len(credit_text) <= MAX_CREDIT_LENGTH:
            credit = _labelled(text[match.start() :])
            if credit is not None:
                return _caption_part(text[: match.start()]), credit
    # "… in Kyiv. Reuters", "…있다. 연합뉴스", "…있다. 고영권 기자": a bare credit
    # after the last sentence.
    if (trailing := _TRAILING_BARE_CREDIT.search(text, offset)) is not None:
        bare = trailing["credit"].strip(_SEPARATORS)
        if reporter := _REPORTER.match(bare):
            name = reporter["person"]
            return _caption_part(text[: trailing.start()]), ImageCredit(
                text=name, label=reporter["label"], photographer=name
            )
        if _AGENCY_ONLY.match(bare):
            return _caption_part(text[: trailing.start()]), parse_credit(bare)
        # "… in London. Jane Doe/Getty Images": a person/agency credit line.
        if (credit := credit_from_line(bare)) is not None:
            return _caption_part(text[: trailing.start()]), credit
    for separator in _CREDIT_SEPARATORS:
        index = text.find(separator, offset)
        while index > 0:
            tail = text[index + len(separator) :].strip()
            if len(tail) <= MAX_CREDIT_LENGTH and (looks_like_credit(tail) or _NAME.match(tail)):
                return _caption_part(text[:index]), parse_credit(tail)
            index = text.find(separator, index + 1)
    # A screen-reader label before the caption itself ("Image: Jose Doe has agreed …").
    if (label := _LEADING_MEDIA_LABEL.match(text)) and _reads_as_sentence(text[label.end() :]):
        return text[label.end() :] or None, None
    return text, None


def _caption_part(text: str) -> str | None:
    return text.rstrip(_SEPARATORS).strip() or None
