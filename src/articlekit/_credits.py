"""Image credit lines: telling a credit from a caption and splitting it up.

Pure string work, shared by the HTML image extractor and the plain-text parser.
"""

from __future__ import annotations

import re

from articlekit._models import ImageCredit
from articlekit._text import normalize_space

__all__ = ["credit_from_line", "parse_credit", "split_caption"]

# Labels printed before a credit, longest first so "Photo credit" beats "Photo".
# English, German, French, Spanish, Italian, Dutch and Portuguese press usage.
CREDIT_LABELS = (
    "image source",
    "image credit",
    "photo credit",
    "photo credits",
    "picture credit",
    "photograph",
    "photos",
    "photo",
    "picture",
    "image",
    "credit",
    "credits",
    "source",
    "fotos",
    "foto",
    "bild",
    "bildquelle",
    "quelle",
    "crédit photo",
    "crédits photo",
    "crédit",
    "photographie",
    "fotografía",
    "fuente",
    "imagen",
    "copyright",
)
_LABEL_ALTERNATION = "|".join(
    re.escape(label).replace(r"\ ", r"\s+") for label in sorted(CREDIT_LABELS, key=len, reverse=True)
)
# "IMAGE SOURCE: X", "Photo: X", "Foto - X", "© X", "(c) X".
_LABELLED = re.compile(
    rf"^\s*(?:(?P<label>{_LABEL_ALTERNATION})\s*(?::|\s[-–—]\s?|/)\s*|(?P<sign>©|\(c\)|copyright\b)\s*)"
    r"(?P<credit>\S.*?)\s*$",
    re.IGNORECASE | re.DOTALL,
)

# Agencies that credit lines name without a label ("Getty Images", "Jane Doe/Reuters").
AGENCIES = (
    "AFP",
    "AP",
    "Associated Press",
    "Reuters",
    "Getty Images",
    "Getty",
    "EPA",
    "EPA-EFE",
    "dpa",
    "picture alliance",
    "picture-alliance",
    "Keystone",
    "ANP",
    "ANSA",
    "Shutterstock",
    "Alamy",
    "iStock",
    "Bloomberg",
    "Xinhua",
    "TASS",
    "PA",
    "PA Images",
    "PA Wire",
    "Sipa",
    "Imago",
    "IMAGO",
    "NurPhoto",
    "SOPA Images",
    "LightRocket",
    "Anadolu",
    "Zuma Press",
    "ZUMA",
    "Redux",
    "Polaris",
    "Wikimedia Commons",
    "Unsplash",
)
_AGENCY_ALTERNATION = "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True))
_AGENCY_ONLY = re.compile(rf"^(?:{_AGENCY_ALTERNATION})(?:\s+(?:via\s+.+|Images|Photos?))?$", re.I)
# "(AP Photo/Evan Vucci)", "(Reuters/Jane Doe)": the agency's own credit form, in brackets.
_AGENCY_PHOTO = re.compile(
    rf"^\(?\s*(?P<agency>{_AGENCY_ALTERNATION})(?:\s+Photos?)?\s*/\s*(?P<person>[^/()]+?)\s*\)?$", re.I
)
# "Jane Doe/Reuters", "Jane Doe / Getty Images", "Jane Doe for The Times".
_PERSON_AGENCY = re.compile(r"^(?P<person>[^/|]+?)\s*[/|]\s*(?P<agency>[^/|]+?)$")
# A credit in brackets at the end of a caption: "… near Kharkiv. (AP Photo/Evan Vucci)".
_TRAILING_BRACKETED = re.compile(r"^(?P<caption>.*?)\s*\((?P<credit>[^()]{2,80})\)\s*$", re.DOTALL)
# Longest plausible credit line: a name, an agency and a label fit well inside it.
MAX_CREDIT_LENGTH = 120
_NAME = re.compile(r"^[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){1,3}$")


def parse_credit(text: str, label: str | None = None) -> ImageCredit:
    """Split a credit into photographer and agency where it shows both.

    Args:
        text: the credit without its label ("Evan Vucci/AP", "AP Photo/Evan Vucci").
        label: the label that was printed before it, if any.
    """
    text = normalize_space(text)
    photographer = agency = None
    match = _AGENCY_PHOTO.match(text)
    if match:
        agency, photographer = match["agency"], match["person"]
        text = text.strip("()")
    elif match := _PERSON_AGENCY.match(text):
        photographer, agency = match["person"], match["agency"]
    elif _AGENCY_ONLY.match(text):
        agency = text
    elif _NAME.match(text):
        photographer = text
    return ImageCredit(text=text, label=label, photographer=photographer, agency=agency)


def _label_form(label: str) -> str:
    label = normalize_space(label)
    return label[:1].upper() + label[1:].lower()


def credit_from_line(line: str) -> ImageCredit | None:
    """Return the credit when the whole line is a credit line, else ``None``.

    A credit line is a labelled credit ("IMAGE SOURCE: X", "Photo: X", "© X"),
    an agency credit ("(AP Photo/Evan Vucci)"), or an agency alone ("Getty Images").
    """
    line = normalize_space(line)
    if not line or len(line) > MAX_CREDIT_LENGTH:
        return None
    match = _LABELLED.match(line)
    if match:
        label = _label_form(match["label"]) if match["label"] else match["sign"]
        if label in ("(c)", "(C)"):
            label = "©"
        return parse_credit(match["credit"], label)
    if _AGENCY_PHOTO.match(line) or _AGENCY_ONLY.match(line):
        return parse_credit(line)
    return None


def split_caption(text: str) -> tuple[str | None, ImageCredit | None]:
    """Split a caption that may end with its credit into (caption, credit)."""
    text = normalize_space(text)
    match = _TRAILING_BRACKETED.match(text)
    if match and (credit := credit_from_line(match["credit"])):
        return match["caption"] or None, credit
    return text or None, None
