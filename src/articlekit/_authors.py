"""The article's authors: person names from the metadata and the printed byline.

:func:`find_authors` reads an ordered list of sources (JSON-LD, meta tags,
microdata, ``rel=author`` links, then the page's printed byline, author links,
labelled names (a forum's "Thread starter" too), a signature under the text or
the name beside the poster's avatar, and last the "Written by" line of a link
preview) and cleans every name of "By", roles, agencies, e-mail addresses,
dates and handles. A metadata author's co-authors printed in the byline or
linked beside them join them, a metadata first name takes the full name an
author box starts with, and an agency JSON-LD types an Organization beside a
person is kept; otherwise an organisation is kept only when no source names a
person. docs/extraction-metadata.md lists the order.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs
import lxml.etree
import lxml.html

from articlekit._load import holds_more_than
from articlekit._page import (
    BYLINE_CLASS,
    DIGIT,
    ORGANIZATION_TYPES,
    Page,
    date_marked,
    element_text,
    is_elsewhere,
    is_site_segment,
    ld_types,
    ld_value,
    marked_elsewhere,
    page_host,
    publisher_name,
    site_names,
    value_text,
    visible_texts,
)
from articlekit._text import fold, normalize_space

MAX_BYLINE_CHARS = 200
"""Longest byline element read for names: "By A, B and C | Staff Writers | Updated
…" fits; an author box with a biography does not, and its name element is read
instead."""

MAX_BYLINE_NODES = 200
"""Most nodes in an element marked as the author: an author box with a picture,
links and a line of bio has a few dozen. Marked elements nest on hostile pages,
and each would be read whole."""

MAX_AUTHORS = 50
"""Most authors read from one source; longer lists are not bylines."""

MAX_BYLINE_GROUPS = 5
"""How many separate byline elements are tried, in page order, before giving up."""

MAX_TRAILING_WORDS = 3
"""Most words dropped from before a byline's date: "am Montag, den" is three."""

MAX_TEXT_BYLINE_CHARS = 80
"""Longest plain text read as a byline by its wording ("By Jane Doe and John Roe")."""

MAX_INDENTED_BYLINE_CHARS = 400
"""Longest text, spaces included, read as a byline when its words fit
MAX_TEXT_BYLINE_CHARS: templates in the dev pages indent a name by some 80 spaces;
longer texts are paragraphs, not worth stripping."""

MAX_NAME_CHARS = 60
"""Longest person name accepted."""

MAX_NAME_WORDS = 6
"""Most words in a person name ("Maria de la Cruz Fernández López" has six)."""

MIN_SITE_NAME_CHARS = 3
"""Shortest site name looked for inside a byline part: a two- or three-letter
brand ("ORF", "BR") would match inside people's names."""

MAX_SIGNATURE_PARAGRAPHS = 2000
"""Most paragraphs looked at for a signing name; long articles have some 200."""

MAX_SIGNATURE_SIBLINGS = 50
"""Siblings after a signing name looked at for more text."""

MIN_DESCRIBED_NAME_WORDS = 2
"""Words of each name before a description ("Von Jane Doe, Projektleiterin in
Tunis"): a one-word "name" there starts a sentence ("Von Einheimischen, Gästen und
vielen Kühen") in the dev pages, never a byline."""

MIN_PREVIEW_NAME_WORDS = 2
"""Words of a name read from a link preview's "Written by" line, the last source
tried: one-word values there were logins and team accounts in the dev pages."""

MAX_FIGURE_DEPTH = 4
"""Levels above a microdata author looked at for the figure it credits: a caption
wraps the credit in a span or two."""

MAX_TEASER_DEPTH = 4
"""Levels above a byline looked at for a teaser's link: cards nest the byline in a
span or two inside the link's text block."""

MAX_COAUTHOR_ELEMENTS = 5
"""Byline elements looked at, in page order, for a metadata author's co-authors:
the byline under the headline comes first; later ones are author boxes and
teasers (and each costs a text_content())."""

MIN_COAUTHOR_WORDS = 2
"""Words of each name a byline element prints beside the metadata's person: in the
dev pages one-word parts there were months ("Jane Doe/June 12"), desks and topics
("Windows, Software"), never a co-author."""

MAX_COAUTHOR_LINK_DEPTH = 4
"""Levels above a rel=author link that may hold its co-authors' links: the dev
pages print each person in a link inside an address inside a box inside the
article's byline list; another list that far off is a teaser's."""

MAX_FULL_NAME_ELEMENTS = 20
"""Byline elements looked at for the full name of a metadata first name: the
author box's biography came 13th in the dev pages, after the byline's parts."""

MIN_DATED_SIGNATURE_WORDS = 1
"""Words of a name signing with a date under it ("Jane<br>10. September 2017"):
the date line makes the paragraph a sign-off, and bloggers sign with a first
name alone."""

MAX_SEPARATED_LINES = 20
"""Lines ended by a separator ("Jane Doe |") read for names before a date: a
menu prints a dozen ("Home |", "Politik |"), a hostile page thousands."""

MAX_AVATAR_IMAGES = 100
"""Pictures looked at, in page order, for a user's avatar beside their name: the
article's header comes before the comments and galleries."""

MAX_BIO_TEXTS = 4
"""Text pieces read from the start of an author box for the full name: the
name and the dash after it are one or two pieces ("<b>Jane Doe</b> - reporter")."""

MIN_SIGNATURE_WORDS = 2
"""Words of a signing name: a first name and a surname; one bold word under a
text is a heading or an exclamation more often than a name."""


_EMAIL = re.compile(r"\S+@\S+\.\w+")
_HANDLE = re.compile(r"(?<!\w)@\w+")
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
_BY_PREFIX = re.compile(
    r"^(?:interview\s*:\s*)?(?:(?:written|reported|posted|text|texte|story|words|interview|photos?)\s+)?"
    r"(?:by|von|par|por|di|door|av|af|przez|de|autor(?:in)?|author|text|"
    # "Ein Beitrag von", "Eine Analyse von", "Ein Kommentar von": the genre, then the name.
    r"(?:erstellt|geschrieben|verfasst|eingestellt)\s+von|eine?\s+[^\W\d_]+\s+von|quelle|source)"
    r"\s*:?\s+"
    # "Interview: Jane Doe", the interviewer credited without "by".
    r"|^interview\s*:\s*"
    # Chinese labels: "作者：" (author), "记者：" (reporter), "责任编辑：" (editor in charge).
    r"|^(?:作者|记者|责任编辑|编辑)\s*[:：]\s*",
    re.IGNORECASE,
)
# Words that join two names in a byline.
# An interview's credit joins the guest and the host: "Jane Doe im Gespräch mit
# John Roe", "Jane Doe in conversation with John Roe".
_NAME_JOINER = re.compile(
    r"\s*(?:[,;/&+|•·]|\s(?:and|und|et|y|e|i|en|og|och|ja|és|a|(?i:im\s+gespräch\s+mit|"
    r"in\s+conversation\s+with))\s)\s*"
)
# Roles printed with a name; a part that is only a role is dropped.
_ROLES = frozenset(
    {
        "reporter",
        "staff writer",
        "staff",
        "writer",
        "editor",
        "senior editor",
        "editor at large",
        "contributing editor",
        "contributor",
        "correspondent",
        "senior correspondent",
        "foreign correspondent",
        "corresponsal",
        "correspondant",
        "correspondante",
        "corrispondente",
        "columnist",
        "journalist",
        "redakteur",
        "redakteurin",
        "autor",
        "autorin",
        "author",
        "editorial",
        "editorial staff",
        "photographer",
        "rédaction",
        "redacción",
        "redazione",
        "redactie",
        "news desk",
        "the associated press",
        "rechtsanwalt",
        "rechtsanwältin",
        "attorney",
        "lawyer",
    }
)
# Words that no person name contains: a part holding one is not a name.
_NOT_NAME = re.compile(
    r"\b(?:updated?|published|posted|comments?|share|follow|read|more|min(?:ute)?s?|"
    r"photos?|image|video|ago|aktualisier\w*|veröffentlicht|uhr|mis à jour|publié|"
    r"actualizado|publicado|subscribe|newsletter|profile|email|twitter|facebook|"
    r"instagram|linkedin|view all|all posts|articles?|stories|about|über|e-mail|autoren\w*|"
    r"publiziert|zeige|"
    r"weiterlesen|beiträge|artikel|фото|foto|bild|copyright|rights|publisher|no author|anonym\w*|"
    r"anónimo|unknown|admin|phd|md|mba|kommentar|designed|sagt|says|stand|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|"
    r"samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b",
    re.IGNORECASE,
)
_BYLINE_PUNCTUATION = " ,|·•–—-:"
# What stands before a date in a byline: a preposition, a label, a weekday or
# the month of a month-first date ("CBS News February 3, 2022").
# It may stand alone ("Jul 3, 2019" in its own element) or after a slash
# ("Jane Doe/June 12, 2020").
_TRAILING_PREPOSITION = re.compile(
    r"(?:^|[\s/])(?:am|on|le|el|il|op|den|du|vom|at|um|de|del|published|updated|stand|"
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"januar|februar|märz|mai|juni|juli|oktober|dezember|"
    r"sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|"
    r"sun(?:day)?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\.?$",
    re.IGNORECASE,
)
# Legal forms, newsroom words and kinds of public body or club that mark an
# organisation's name ("Example Verband", "Die Partei Bundestagsfraktion").
_ORGANISATION_NAME = re.compile(
    r"\b(?:gmbh|ag|e\.\s?v|ltd|inc|llc|plc|s\.a|media|verlag|redaktion|redacción|"
    r"rédaction|redazione|stiftung|ministerium|departement|department|agencies|"
    r"agency|abteilung|\w*fraktion|verband|verein|feuerwehr|polizei|police|association|"
    r"institute|university|universität)\b\.?",
    re.IGNORECASE,
)
# A name that is a host name ("example.com", "Motorsport-Total.com") names a site;
# a generic or two-letter country domain only, so that a user name ("jane.doe") is
# no host.
_HOST_NAME = re.compile(
    r"[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|biz|news|online|media|[a-z]{2})", re.IGNORECASE
)
_ROLE_SUFFIX = re.compile(
    r",?\s+(?:is\s+(?:a|an|the)\s+.*|(?:staff|senior|chief|political|foreign)\s+\w+.*)$",
    re.IGNORECASE,
)


# Role words printed after a name ("Christoph Hein Chefredakteur", "신현주 기자").
_TRAILING_ROLES = frozenset(
    {
        "reporter",
        "correspondent",
        "editor",
        "journalist",
        "journalistin",
        "redakteur",
        "redakteurin",
        "chefredakteur",
        "chefredakteurin",
        "autor",
        "autorin",
        "기자",
        "記者",
        "特派員",
    }
)
# Words that end a role description after a name.
_ROLE_WORDS = _TRAILING_ROLES | {"writer", "columnist", "contributor", "staff", "producer"}
_BRACKETED = re.compile(r"\([^()]{0,40}\)?|\[[^\[\]]{0,40}\]?")
# Lower-case words inside names ("Ursula von der Leyen", "Maria de la Cruz").
_NAME_PARTICLES = frozenset(
    {
        "von",
        "van",
        "der",
        "den",
        "de",
        "da",
        "del",
        "della",
        "di",
        "du",
        "la",
        "le",
        "zu",
        "ter",
        "ten",
        "bin",
        "ibn",
        "al",
        "el",
        "y",
        "e",
        "dos",
        "das",
        "do",
    }
)
# Two single words joined by "&": a section or company name ("Recht & Gesetz",
# "Simon & Schuster"); persons in a byline carry full names.
_WORD_PAIR = re.compile(r"[^\W\d_]+ ?& ?[^\W\d_]+")
# A news agency's short name in capitals after a person's name and a slash:
# "Jane Doe/AFP", "Jane Doe / SP-X".
_AGENCY_SUFFIX = re.compile(r"/\s*[A-Z][A-Z-]{1,5}$")
_BY_WORDS = frozenset({"by", "von", "par", "por", "di", "door", "av", "af", "de", "przez"})


def _ends_in_role(words: list[str]) -> bool:
    """Whether a name's last word is a role printed after it ("Jane Doe Redakteurin").

    A role after one capitalised word is part of a pen name ("Rasender Reporter");
    scripts without case print the role after a one-word name ("신현주 기자").
    """
    if len(words) < 2 or words[-1].casefold() not in _TRAILING_ROLES:
        return False
    return len(words) > 2 or not words[0][0].isupper()


def _clean_name(part: str, *, visible: bool) -> str | None:
    # Soft hyphens break long words in narrow bylines ("Mat\xadthi\xadas").
    part = _BRACKETED.sub(" ", part.replace("\xad", ""))
    part = normalize_space(part).strip(" .,:;-–—|\"'“”©")
    part = _BY_PREFIX.sub("", part).strip(" .,:;-–—|")
    part = _ROLE_SUFFIX.sub("", part).strip(" .,:;-–—|")
    words = part.split()
    while _ends_in_role(words):
        words.pop()
    half = len(words) // 2
    if half and words[:half] == words[half:]:
        # A link holding the name twice (an image's alt text and the name).
        words = words[:half]
    part = " ".join(words)
    if not part or len(part) > MAX_NAME_CHARS or len(words) > MAX_NAME_WORDS:
        return None
    folded = part.casefold()
    if (
        folded in _ROLES
        or folded.removesuffix("s") in _ROLES
        or folded in _BY_WORDS
        or DIGIT.search(part)
        or _NOT_NAME.search(part)
    ):
        return None
    if not any(ch.isalpha() for ch in part) or any(ch in "()[]{}<>" for ch in part):
        return None
    # Page text is noisier than metadata: a visible name starts with a capital
    # (or a letter of a script without case).
    if visible and (
        part[0].islower()
        or any(w[0].islower() and w.casefold() not in _NAME_PARTICLES for w in words)
    ):
        return None
    return part


def _without_agency(text: str) -> str:
    """A byline without the agency printed after its person's full name ("Jane Doe/AFP")."""
    text = text.strip()
    agency = _AGENCY_SUFFIX.search(text)
    # "dpa/AFP" is two agencies and stays: only a name of two words is a person.
    if agency and " " in _NAME_JOINER.split(text[: agency.start()])[-1].strip():
        return text[: agency.start()].rstrip()
    return text


def _names_from_text(text: str, *, visible: bool = False) -> list[str]:
    """Split a byline ("By Jane Doe and John Roe, Staff Writers") into names."""
    text = _URL.sub(" ", text)
    text = _EMAIL.sub(" ", text)
    text = _HANDLE.sub(" ", text)
    text = normalize_space(text)
    text = _BY_PREFIX.sub("", text)
    if visible:
        text = _without_agency(text)
    if visible and _WORD_PAIR.fullmatch(text):
        # "Recht & Gesetz", "Food & Drink": a section's name, not two persons.
        return []
    if visible:
        # A printed byline runs on into its date ("Von Jane Doe am 21. April
        # 2020"): no name holds a digit, so the names end before the first
        # one, without the preposition, label or weekday before it. Metadata
        # values are kept whole ("Bündnis 90/Die Grünen" is one name there).
        text = DIGIT.split(text, 1)[0].rstrip(_BYLINE_PUNCTUATION)
        for _ in range(MAX_TRAILING_WORDS):
            shorter = _TRAILING_PREPOSITION.sub("", text).rstrip(_BYLINE_PUNCTUATION)
            if shorter == text:
                break
            text = shorter
    names = []
    for index, part in enumerate(_NAME_JOINER.split(text)):
        words = part.split()
        if index and words and words[-1].casefold().removesuffix("s") in _ROLE_WORDS:
            # After a comma, a part ending in a role describes the name before
            # it ("Tom Krisher, AP Auto Writer").
            continue
        name = _clean_name(part, visible=visible)
        if name:
            names.append(name)
    return names


def dedupe(values: Iterable[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    out = []
    for value in values:
        key = fold(value)
        if key and key not in seen:
            seen.add(key)
            out.append(value)
    return tuple(out)


@attrs.frozen
class _Names:
    """Names a source gives: persons, and organisations kept apart."""

    persons: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()


def _resolve(item: Any, ids: dict[str, dict[str, Any]] | None) -> Any:
    """The object a bare {"@id": …} reference points at, else the item itself."""
    if isinstance(item, dict) and ids and "name" not in item:
        reference = item.get("@id")
        if isinstance(reference, str):
            return ids.get(reference, item)
    return item


def ld_people(value: Any, ids: dict[str, dict[str, Any]] | None = None) -> _Names:
    """Names of persons and organisations in a JSON-LD author value.

    An author given only as a reference ({"@id": "…#/schema/person/1"}, as
    WordPress SEO plugins write it) is looked up among the page's objects.
    """
    persons: list[str] = []
    organisations: list[str] = []
    items = value if isinstance(value, list) else [value]
    for raw in items[:MAX_AUTHORS]:
        item = _resolve(raw, ids)
        if isinstance(item, str):
            if not _URL.match(item.strip()):
                persons.extend(_names_from_text(value_text(item) or ""))
        elif isinstance(item, dict):
            name = value_text(item.get("name"))
            if not name:
                given, family = (
                    value_text(item.get("givenName")),
                    value_text(item.get("familyName")),
                )
                name = " ".join(p for p in (given, family) if p) or None
            if not name:
                continue
            if ld_types(item) & ORGANIZATION_TYPES:
                organisations.append(name)
            else:
                persons.extend(_names_from_text(name))
    return _Names(dedupe(persons), dedupe(organisations))


def _authors_ld(page: Page) -> _Names:
    return ld_people(ld_value(page, "author") or ld_value(page, "creator"), page.ids)


_AUTHOR_META_KEYS = (
    "author",
    "article:author",
    "article:author_name",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "byl",
    "cxenseparse:author",
)


def _authors_meta(page: Page) -> _Names:
    sites = site_names(page)
    for key in _AUTHOR_META_KEYS:
        names: list[str] = []
        for value in page.meta.get(key, ()):
            if _URL.match(value):
                continue
            parts = _names_from_text(value)
            if parts and (_names_the_site(parts[0], sites) or _ORGANISATION_NAME.search(parts[0])):
                # "example.test, Frankfurt, Germany": the publisher and its
                # address, no person; "Department of Trade, Education and
                # Research": an organisation's name split at its commas.
                continue
            names.extend(parts)
        if names:
            return _Names(dedupe(names))
    return _Names()


# The label of a "written by" pair of twitter:labelN / twitter:dataN tags, which
# WordPress SEO plugins write for link previews (Slack, X) in the site's language.
_TWITTER_AUTHOR_LABEL = re.compile(
    r"(?:written|posted)\s+by|(?:verfasst|geschrieben)\s+von|escrito\s+por|[ée]crit\s+par|"
    r"scritto\s+da|geschreven\s+door|autor(?:in)?|author|auteur",
    re.IGNORECASE,
)
# twitter:label1 and twitter:label2 are the plugins' two preview lines.
_TWITTER_LABEL_NUMBERS = ("1", "2")


def _authors_twitter_label(page: Page) -> _Names:
    """Names from the link preview's labelled line: twitter:label1 "Written by", twitter:data1."""
    for number in _TWITTER_LABEL_NUMBERS:
        labels = page.meta.get(f"twitter:label{number}", ())
        values = page.meta.get(f"twitter:data{number}", ())
        if labels and values and _TWITTER_AUTHOR_LABEL.fullmatch(labels[0].strip(" :")):
            names = _names_from_text(values[0])
            # The line shows the CMS user's display name, which defaults to the
            # login ("sv_team", "tango"): only full names are taken from it.
            return _Names(dedupe(n for n in names if len(n.split()) >= MIN_PREVIEW_NAME_WORDS))
    return _Names()


_FIGURE_TAGS = frozenset({"figure", "figcaption"})

# Properties of an item that hold other people's texts: a product's reviews, a
# post's comments. Their authors are the reviewers and commenters.
_NESTED_TEXTS = frozenset({"review", "reviews", "comment", "comments"})


def _in_nested_text(element: lxml.html.HtmlElement) -> bool:
    """Whether a microdata author belongs to a review or comment nested in another item."""
    return any(
        not _NESTED_TEXTS.isdisjoint((a.get("itemprop") or "").casefold().split())
        or (a.get("itemtype") or "").endswith("/Comment")
        for a in element.iterancestors()
    )


def _in_figure(element: lxml.html.HtmlElement) -> bool:
    """Whether a microdata author credits a picture: it sits in a figure or its caption.

    "<figcaption itemprop=author>Jane Roe/Example Pictures</figcaption>" names
    the photographer of the image the figure holds.
    """
    return element.tag in _FIGURE_TAGS or any(
        ancestor.tag in _FIGURE_TAGS
        for ancestor in itertools.islice(element.iterancestors(), MAX_FIGURE_DEPTH)
    )


def _authors_microdata(page: Page) -> _Names:
    names: list[str] = []
    for element in page.elements.itemprops:
        if (
            "author" not in (element.get("itemprop") or "").split()
            or is_elsewhere(element, meta_boxes=True)
            or _in_nested_text(element)
            or _in_figure(element)
            or holds_more_than(element, MAX_BYLINE_NODES)
        ):
            continue
        inner = [e for e in element.iter() if e.get("itemprop") == "name"]
        if inner:
            value = inner[0].get("content") or element_text(inner[0])
        else:
            value = element.get("content") or _spaced_text(element)
        if value and len(value) <= MAX_BYLINE_CHARS:
            names.extend(_names_from_text(value, visible=True))
    return _Names(dedupe(names))


def _authors_rel(page: Page) -> _Names:
    names: list[str] = []
    for element in page.elements.rel_authors:
        if is_elsewhere(element, meta_boxes=True):
            continue
        text = element_text(element)
        if text and len(text) <= MAX_BYLINE_CHARS:
            names.extend(_names_from_text(text, visible=True))
    return _Names(dedupe(names))


# hCard classes: the page marks the text as a person's formatted name.
_HCARD = re.compile(r"(?<!\S)(?:fn|vcard)(?!\S)")


# Classes of the element holding a person's job in a byline ("job-title",
# "author-function").
_JOB_CLASS = re.compile(r"job|function", re.IGNORECASE)
# Elements the browser lays out as a line or block of their own.
_BLOCK_TAGS = frozenset({"br", "p", "div", "li", "dt", "dd", "address", "section", "header"})


def _spaced_text(element: lxml.html.HtmlElement) -> str:
    """An element's text, with a space where one child element ends and the next begins.

    A byline's name and role are often sibling elements with no space between
    them ("<a>Jane Doe</a><span>Travel Writer</span>"), which text_content()
    runs together ("Jane DoeTravel Writer"); a child inside a word
    ("Knigh<span>t</span>") is no boundary. A child classed as the person's
    job is left out.
    """
    parts = [element.text or ""]
    # A stack, not recursion: markup may nest thousands deep. (lxml's iterwalk
    # skips comments and their tails.)
    stack = [(element, iter(element))]
    while stack:
        node, children = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if node is not element:
                if not node.tail and node.tag == "a":
                    # Two links side by side are two entities ("<a>Jane
                    # Doe</a><a>Example Team</a>"), never one name.
                    parts.append(", ")
                elif not node.tail or node.tag in _BLOCK_TAGS:
                    parts.append(" ")
                parts.append(node.tail or "")
        elif not isinstance(child.tag, str):
            # A comment or processing instruction: only its tail is text.
            parts.append(child.tail or "")
        elif _JOB_CLASS.search(child.get("class") or ""):
            # "<span class=job-title>Travel News Reporter</span>": the role
            # printed beside the name, whose words no rule can tell from it.
            parts.append(" ")
            parts.append(child.tail or "")
        else:
            parts.append(child.text or "")
            stack.append((child, iter(child)))
    return normalize_space("".join(parts))


def _byline_names(element: lxml.html.HtmlElement) -> list[str]:
    text = element_text(element)
    if not text or len(text) > MAX_BYLINE_CHARS:
        return []
    text = _spaced_text(element)
    # A name the page marks up as an hCard may be a lower-case pen name ("marc").
    marked = any(_HCARD.search(e.get("class") or "") for e in element.iter())
    return _names_from_text(text, visible=not marked)


# A short text that is a byline by its wording: "By Jane Doe", "Posted by Jane".
# Case matters: a sentence goes on "… von Politikern und Medien".
_BYLINE_TEXT = re.compile(
    r"^\s*(?:(?:Posted|Written|Geschrieben|Eingestellt|Publié|Publicado|Scritto)\s+)?"
    r"(?:By|BY|by|Von|VON|von|Par|PAR|par|Por|POR|por|Di|Door|Av|Przez|Autor(?:in)?:|Author:)"
    r"\s+\S"
    r"|^\s*(?:作者|记者|责任编辑|编辑)\s*[:：]\s*\S"
)


# A byline label printed on its own, the name in the next element:
# "<h5>Autor:</h5> Jane Doe", "Written by: <a>Jane Doe</a>", "| By <span>Jane Doe</span>"
# (a separator from the date before it).
_LABEL_WORDS = (
    r"(?:(?:written|posted|geschrieben|erstellt|verfasst)\s+(?:by|von)|autor(?:in)?|author)"
)
_BYLINE_LABEL = re.compile(
    rf"^[\s|·•]*(?:{_LABEL_WORDS}\s*:|(?-i:By|BY|Von|VON|Par|Por|Door)\s*:?|"
    # A forum thread's first post: "Thread starter", "Started by" (forum software's labels).
    r"thread\s+starter\s*:?|started\s+by\s*:?)\s*$",
    re.IGNORECASE,
)
# The same words without a colon or capital ("Geschrieben von", "erstellt von",
# "Autor"): a label only in an element classed as a byline or meta line, a
# widget's heading or a sentence's end elsewhere.
_LOOSE_BYLINE_LABEL = re.compile(
    rf"^\s*(?:{_LABEL_WORDS}|by|von|par|por|door)\s*:?\s*$", re.IGNORECASE
)
# A day in figures, as bylines print it: "04.02.2022".
_DOTTED_DATE = r"\d{1,2}\.\d{1,2}\.\d{2,4}"
# A numeric date line ending in a name: "04.02.2022 | 13:10 Uhr | Jane Doe",
# "25.10.2022 - Jane Doe", "06.11.2023 13:30 von Jane Doe".
_DATED_BYLINE = re.compile(
    rf"^\s*{_DOTTED_DATE}"
    r"(?:(?:\s*[|,]\s*|\s+)\d{1,2}[:.]\d{2}(?:\s*Uhr)?)?"
    r"(?:\s*[|–—-]|\s+(?:von|by))\s*(?P<name>[^\d|–—-][^\d|]*)$"
)
# A name line ended by a separator, the numeric date printed next: "Jane Doe |"
# then "05.04.2025 - Updated …" in an element of its own.
_SEPARATED_NAME = re.compile(r"^\s*(?P<name>[^\d|\s](?:[^\d|]*[^\d|\s])?)\s*\|\s*$")
_NUMERIC_DATE = re.compile(rf"^\s*{_DOTTED_DATE}\b")


# A picture's caption or credit: "By Jane Doe" there names the photographer or
# the agency that supplied a video, not the article's author.
_MEDIA_CREDIT_CLASS = re.compile(r"credit|caption", re.IGNORECASE)


def _whole_names(text: str) -> list[str]:
    """The names of a short text when every part of it reads as a name, else none.

    A part after a comma that holds a lower-case word describes the full
    names before it ("Von Jane Doe, Projektleiterin in Tunis") and ends them.
    """
    text = _without_agency(text)
    segments = text.split(",")
    described = False
    for index, segment in enumerate(segments[1:], 1):
        if any(
            w[0].islower() and w not in _NAME_PARTICLES and not _NAME_JOINER.fullmatch(f" {w} ")
            for w in segment.split()
        ):
            text = ",".join(segments[:index])
            described = True
            break
    parts = [p for p in _NAME_JOINER.split(_BY_PREFIX.sub("", normalize_space(text))) if p]
    names = _names_from_text(text, visible=True)
    if described and any(len(name.split()) < MIN_DESCRIBED_NAME_WORDS for name in names):
        # "Von Einheimischen, Gästen und ganz viel Kühen": a sentence, no byline.
        return []
    if len(names) > 1 and all(" " not in n and n[0].isupper() for n in names):
        # "Von Risiken und Nebenwirkungen", "von Stadt und Gemeinde": nouns
        # of a sentence; persons listed in a byline carry full names (a name
        # in a script without case is one word and stays).
        return []
    return names if names and len(names) == len(parts) else []


def _near_label(label: lxml.html.HtmlElement, element: lxml.html.HtmlElement) -> bool:
    """Whether a text's element is beside a label's: inside it, or under the same parent."""
    parent = label.getparent()
    return (
        element is label
        or element is parent
        or any(a is label or a is parent for a in itertools.islice(element.iterancestors(), 3))
    )


def _in_teaser(
    element: lxml.html.HtmlElement, text: str, lengths: dict[lxml.html.HtmlElement, int]
) -> bool:
    """Whether a byline is printed inside a link with more text: a teaser for another story.

    A link holding only the byline ("<a href=/author/jane>By Jane Doe</a>") is
    the author's page; one that also holds a headline is a teaser card. A
    link's text length is measured once (``lengths``): a hostile page may nest
    many bylines in one huge link.
    """
    for node in (element, *itertools.islice(element.iterancestors(), MAX_TEASER_DEPTH)):
        if node.tag == "a":
            if node not in lengths:
                lengths[node] = len(node.text_content().strip())
            return lengths[node] > len(text.strip())
    return False


def _joined_names(
    texts: Iterator[tuple[str, lxml.html.HtmlElement]], label: lxml.html.HtmlElement
) -> list[str]:
    """The names after a labelled name, each joined on by "und", "and" or a comma.

    "Von <a>Jane Doe</a> und <a>John Roe</a>": each name is a text of its own,
    the joiners between them texts of the label's element.
    """
    names: list[str] = []
    for _ in range(MAX_AUTHORS):
        joiner = next(texts, None)
        if joiner is None or not _NAME_JOINER.fullmatch(f" {joiner[0].strip()} "):
            break
        following = next(texts, None)
        if following is None or not _near_label(label, following[1]):
            break
        more = _whole_names(following[0]) if len(following[0].strip()) <= MAX_NAME_CHARS else []
        if not more:
            break
        names.extend(more)
    return names


def _authors_text(page: Page) -> _Names:
    """Names from the first short text worded as a byline, outside comments and links.

    Every part of the text must read as a name, so that a sentence starting
    with "Von" is no byline. A label alone ("Autor:") makes the next text the
    byline; a numeric date line may end in the name.
    """
    tried = 0
    label: lxml.html.HtmlElement | None = None
    links: dict[lxml.html.HtmlElement, int] = {}
    texts = visible_texts(page)
    # The names of a line ended by a separator, and its element, kept until
    # the next text shows whether a date follows.
    separated: tuple[list[str], lxml.html.HtmlElement] | None = None
    lines_ended = 0
    for text, element in texts:
        if separated is not None:
            names, before = separated
            separated = None
            if _NUMERIC_DATE.match(text) and _near_label(before, element):
                return _Names(dedupe(names))
        if label is not None:
            near = _near_label(label, element)
            if near and text.strip().casefold() in _ROLES:
                # "Autor: <a>Rechtsanwalt</a> Jane Doe": the role linked
                # between the label and the name.
                continue
            labelled, label = label, None
            if near and len(text.strip()) <= MAX_TEXT_BYLINE_CHARS:
                # "By <a>Example Press</a>": the site credited under the
                # headline; a later label may name the person.
                sites = site_names(page)
                names = [n for n in _whole_names(text) if not _names_the_site(n, sites)]
                if names:
                    names.extend(_joined_names(texts, labelled))
                    return _Names(dedupe(names))
        if len(text) > MAX_TEXT_BYLINE_CHARS and (
            # Templates indent the text after a label ("<h5>Autor:</h5>Jane
            # Doe" and a new line with 80 spaces): spaces make no byline longer.
            len(text) > MAX_INDENTED_BYLINE_CHARS or len(text.strip()) > MAX_TEXT_BYLINE_CHARS
        ):
            continue
        if _BYLINE_LABEL.match(text) or (
            _LOOSE_BYLINE_LABEL.match(text)
            and (BYLINE_CLASS.search(element.get("class") or "") or date_marked(element))
        ):
            label = element
            continue
        dated = _DATED_BYLINE.match(text)
        if dated:
            names = _whole_names(dated.group("name"))
            if names:
                return _Names(dedupe(names))
            continue
        # The string test first: the regex on every short text of the page cost
        # a tenth of this finder.
        ended = (
            _SEPARATED_NAME.match(text)
            if lines_ended < MAX_SEPARATED_LINES and text.rstrip().endswith("|")
            else None
        )
        if ended:
            lines_ended += 1
            names = _whole_names(ended.group("name"))
            # A one-word part ("Home |", "Politik |") is a menu's or a section's.
            if names and all(len(n.split()) >= MIN_DESCRIBED_NAME_WORDS for n in names):
                separated = (names, element)
            continue
        if (
            not _BYLINE_TEXT.match(text)
            or _MEDIA_CREDIT_CLASS.search(element.get("class") or "")
            or _in_teaser(element, text, links)
        ):
            continue
        if (
            text.lstrip()[0].islower()
            and not text.lstrip()
            .lower()
            .startswith(("posted", "written", "geschrieben", "eingestellt"))
            # A lower-case "von Jane Doe" is a byline in an element classed as
            # the article's meta line, a sentence's end elsewhere.
            and not date_marked(element)
        ):
            continue
        names = _whole_names(text)
        if names:
            return _Names(dedupe(names))
        tried += 1
        if tried >= MAX_BYLINE_GROUPS:
            break
    return _Names()


def _authors_link(page: Page) -> _Names:
    """Names of the first links to author pages, with their siblings of the same kind."""
    links = [e for e in page.elements.author_links if not is_elsewhere(e, meta_boxes=True)]
    if not links:
        return _Names()
    parent = links[0].getparent()
    names: list[str] = []
    for link in links:
        if link.getparent() is parent or link is links[0]:
            names.extend(_byline_names(link))
    return _Names(dedupe(names))


# A byline-classed element that credits a picture ("image--author",
# "media-author", "figcaption--author", "byline-image", "cutline-byline"): it
# names the photographer or agency. An author box "with-image" or an author
# "credit" line is the article's.
_PICTURE_CREDIT_CLASS = re.compile(
    r"caption|cutline|(?:image|photo|foto|picture|media)[-_]+(?:author|byline|credit)|"
    r"byline[-_]+(?:image|photo|foto)",
    re.IGNORECASE,
)


def _authors_byline(page: Page) -> _Names:
    matches = [
        e
        for e in page.elements.bylines
        if not marked_elsewhere(e)
        and not _PICTURE_CREDIT_CLASS.search(e.get("class") or "")
        and not is_elsewhere(e, meta_boxes=True)
    ]
    matched = set(matches)
    # Elements with a marked element inside: the byline wrapper, not the name.
    wrappers = {a for e in matches for a in e.iterancestors() if a in matched}
    groups = 0
    for top in matches:
        if any(a in matched for a in top.iterancestors()):
            continue
        groups += 1
        if groups > MAX_BYLINE_GROUPS:
            break
        # Read the innermost marked elements of the byline ("author-name" inside
        # "byline"), so that its date and "Updated" text stay out; then the
        # wrappers, innermost first ("Autor: <span>…</span>" around a label).
        inner = [e for e in top.iter() if e in matched]
        names = [n for e in inner if e not in wrappers for n in _byline_names(e)]
        for wrapper in reversed(inner):
            if names:
                break
            if wrapper in wrappers:
                names = _byline_names(wrapper)
        if names:
            return _Names(dedupe(names))
    return _Names()


_EMPHASIS_TAGS = frozenset({"b", "strong", "i", "em"})


def _emphasised_text(paragraph: lxml.html.HtmlElement) -> str | None:
    """The text of a paragraph that is one bold or italic run and nothing else."""
    if (paragraph.text or "").strip() or len(paragraph) != 1:
        return None
    child = paragraph[0]
    if (child.tail or "").strip():
        return None
    # Nested emphasis: <b><i>Jane Doe</i></b>.
    while (
        child.tag in _EMPHASIS_TAGS
        and len(child) == 1
        and not (child.text or "").strip()
        and not (child[0].tail or "").strip()
    ):
        child = child[0]
    if child.tag not in _EMPHASIS_TAGS or len(child):
        return None
    text: str | None = child.text
    return text


def _signs_off(paragraph: lxml.html.HtmlElement) -> bool:
    """Whether a paragraph ends a run of text paragraphs: text before it, none after."""
    before = paragraph.getprevious()
    if before is None or before.tag != "p":
        return False
    return not any(
        sibling.tag == "p" and sibling.text_content().strip()
        for sibling in itertools.islice(paragraph.itersiblings(), MAX_SIGNATURE_SIBLINGS)
    )


# The date line under a signing name: "10. September 2017", "10.09.2017",
# "September 10, 2017".
_SIGNATURE_DATE = re.compile(
    r"\s*(?:\d{1,2}\.\s*(?:\d{1,2}\.|[^\W\d_]+)\s*\d{2,4}|[^\W\d_]+ \d{1,2},? \d{4})\s*"
)


def _dated_signature(paragraph: lxml.html.HtmlElement) -> str | None:
    """The name of a paragraph that is a name, a line break and a date ("Jane<br>10.09.2017")."""
    if len(paragraph) != 1 or paragraph[0].tag != "br":
        return None
    name: str | None = paragraph.text
    date: str | None = paragraph[0].tail
    if not name or not date or not _SIGNATURE_DATE.fullmatch(date):
        return None
    return name


def _avatar_names(image: lxml.html.HtmlElement) -> list[str]:
    """The name linked right after a user's avatar picture: '<img class="avatar"><a>Jane</a>'."""
    if "avatar" not in (image.get("class") or "").split() or (image.tail or "").strip():
        return []
    link = image.getnext()
    if link is None or link.tag != "a" or is_elsewhere(link, meta_boxes=True):
        return []
    return _byline_names(link)


def _authors_signature(page: Page) -> _Names:
    """The name signing the article, else the name beside the poster's avatar.

    Blogs and small newsrooms print the author under the text and mark it up
    no other way: the last paragraph is one bold or italic name ("<p><b><i>Jane
    Doe</i></b></p>"), or a name and a date on two lines ("<p>Jane<br>10.
    September 2017</p>"). Blogs and community sites print the poster's avatar
    and name together ('<img class="avatar avatar-19"><a>Jane</a>', as
    WordPress writes it); the same pair in comments is left out. One walk over
    the page finds both.
    """
    body = page.tree.find("body")
    if body is None:
        return _Names()
    avatar: list[str] = []
    images = 0
    for element in itertools.islice(
        body.iter("p", "img"), MAX_SIGNATURE_PARAGRAPHS + MAX_AVATAR_IMAGES
    ):
        if element.tag == "img":
            if not avatar and images < MAX_AVATAR_IMAGES:
                images += 1
                avatar = _avatar_names(element)
            continue
        paragraph = element
        text = _emphasised_text(paragraph)
        # A date under the name marks a sign-off even for a first name alone.
        min_words = MIN_SIGNATURE_WORDS
        if text is None:
            text = _dated_signature(paragraph)
            min_words = MIN_DATED_SIGNATURE_WORDS
        # A colon ends a label ("Source: …"), no name.
        if not text or len(text) > MAX_NAME_CHARS or ":" in text or not _signs_off(paragraph):
            continue
        if is_elsewhere(paragraph):
            continue
        # The whole text is the name: a credit ("© Agency | Jane Doe") is not.
        names = _names_from_text(text, visible=True)
        parts = [p for p in _NAME_JOINER.split(normalize_space(text)) if p]
        if len(names) == len(parts) == 1 and len(names[0].split()) >= min_words:
            return _Names((names[0],))
    return _Names(dedupe(avatar))


# Sources read from the page's markup and text, not its metadata.
_VISIBLE_AUTHOR_SOURCES: tuple[Callable[[Page], _Names], ...] = (
    _authors_microdata,
    _authors_rel,
    _authors_byline,
    _authors_link,
    _authors_text,
    _authors_signature,
)
AUTHOR_SOURCES: tuple[Callable[[Page], _Names], ...] = (
    _authors_ld,
    _authors_meta,
    *_VISIBLE_AUTHOR_SOURCES,
    _authors_twitter_label,
)
# A newsroom credited in a printed byline ("Von Redaktion"): the author when no
# person is named.
_NEWSROOM = re.compile(r"\b(?:redaktion|redacción|rédaction|redazione|redactie)\b", re.IGNORECASE)


def _names_the_site(name: str, sites: list[str]) -> bool:
    """Whether a byline part is the site or one of its desks ("MDR Thüringen" on mdr.de)."""
    folded = fold(name)
    if is_site_segment(name, sites, exact=True):
        return True
    # The site's name inside the byline part is the site ("Example Wire Archiv");
    # the part inside the site's name is not: a personal blog is named after
    # its author ("Jane Doe's Blog").
    if any(len(site) > MIN_SITE_NAME_CHARS and site in folded for site in sites):
        return True
    first = folded.split(" ", 1)[0]
    return any(first == site for site in sites if " " not in site)


def _persons(names: tuple[str, ...], sites: list[str]) -> tuple[str, ...]:
    """The names that are no site, host or organisation name."""
    return tuple(
        n
        for n in names
        if not _names_the_site(n, sites)
        and not _ORGANISATION_NAME.search(n)
        and not _HOST_NAME.fullmatch(n)
    )


_METADATA_SOURCES = (_authors_ld, _authors_meta)


def _printed_coauthors(page: Page, key: str) -> list[str]:
    """The names of the byline element that prints the metadata's person, with co-authors.

    Args:
        page: the page.
        key: the folded name of the person the metadata names.

    Returns:
        The names of the innermost of the first byline elements that print the
        person's surname, when they hold the person and each is a full name of
        two words or more, else none: a one-word part there is a month, a
        role or a place ("Jane Doe, June 3"), no co-author.
    """
    surname = key.rsplit(" ", 1)[-1]
    # Elements come in page order, a wrapper before the elements inside it:
    # the last one printing the surname is the byline itself, and reading
    # one element's names keeps the check cheap.
    printing = [
        element
        for element in itertools.islice(page.elements.bylines, MAX_COAUTHOR_ELEMENTS)
        if surname in element.text_content().casefold()
    ]
    if not printing:
        return []
    element = printing[-1]
    names = _byline_names(element)
    if (
        len(names) > 1
        and key in {fold(n) for n in names}
        and all(len(n.split()) >= MIN_COAUTHOR_WORDS for n in names)
        and not marked_elsewhere(element)
        and not is_elsewhere(element, meta_boxes=True)
    ):
        return names
    return []


def _linked_coauthors(page: Page, key: str) -> list[str]:
    """The names of the rel=author links in the one byline list that links the metadata's person.

    Args:
        page: the page.
        key: the folded name of the person the metadata names.

    Returns:
        The names of the rel=author links that share a byline list with the
        link printing the person (each a full name of two words or more), else
        none: links further off belong to teasers of other articles.
    """
    links = page.elements.rel_authors[:MAX_AUTHORS]
    if len(links) < 2:
        # Most pages link one author or none: nothing to read.
        return []
    named = [(link, _byline_names(link)) for link in links]
    own = next((link for link, names in named if key in {fold(n) for n in names}), None)
    if own is None or is_elsewhere(own, meta_boxes=True):
        return []
    box = set(itertools.islice(own.iterancestors(), MAX_COAUTHOR_LINK_DEPTH))
    # The links beside the person's own share one of its boxes; links further
    # off are teasers'.
    names = [
        n
        for link, link_names in named
        if link is own
        or not box.isdisjoint(itertools.islice(link.iterancestors(), MAX_COAUTHOR_LINK_DEPTH))
        for n in link_names
    ]
    if all(len(n.split()) >= MIN_COAUTHOR_WORDS for n in names):
        return list(dedupe(names))
    return []


def _with_coauthors(
    page: Page, finder: Callable[[Page], _Names], persons: tuple[str, ...], sites: list[str]
) -> tuple[str, ...]:
    """The metadata's one person, or the names of a source that prints them with others.

    CMSs fill a metadata field with the first of several authors only, where
    the meta author list or one byline element names them all.
    """
    key = fold(persons[0])
    if finder is _authors_ld:
        more = _persons(_authors_meta(page).persons, sites)
        if len(more) > 1 and key in {fold(n) for n in more}:
            return more
    more = _persons(tuple(_printed_coauthors(page, key)), sites)
    if len(more) > 1:
        return more
    linked = _persons(tuple(_linked_coauthors(page, key)), sites)
    return linked if len(linked) > 1 else persons


def _printed_instead(page: Page, persons: tuple[str, ...], sites: list[str]) -> tuple[str, ...]:
    """The printed authors where the rel=author link and the byline agree against a meta tag.

    A theme writes the site owner's name into every page's author meta tag;
    when the page's ``rel=author`` link and its byline name the same other
    people, they wrote the article.
    """
    linked = _persons(_authors_rel(page).persons, sites)
    if not linked:
        return persons
    keys = {fold(n) for n in linked}
    if keys & {fold(n) for n in persons}:
        return persons
    printed = _persons(_authors_byline(page).persons, sites)
    return linked if {fold(n) for n in printed} == keys else persons


# A CMS login in a metadata author field: one lower-case ASCII word, maybe dotted
# ("janedoe", "jane.doe"); scripts without case write names as one word too.
_LOGIN = re.compile(r"[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*")


def _spelled_out(page: Page, persons: tuple[str, ...]) -> tuple[str, ...]:
    """Metadata logins ("janedoe") replaced by the name the page prints for them ("Jane Doe").

    A printed name replaces a login only when it has the very same letters,
    so that a byline naming someone else changes nothing.
    """
    logins = {fold(n).replace(" ", ""): n for n in persons if _LOGIN.fullmatch(n)}
    printed: dict[str, str] = {}
    for source in _VISIBLE_AUTHOR_SOURCES:
        for name in source(page).persons:
            letters = fold(name).replace(" ", "")
            if letters in logins:
                printed[letters] = name
        if len(printed) == len(logins):
            break
    names = {n: printed.get(fold(n).replace(" ", ""), n) for n in persons}
    return tuple(names[n] for n in persons)


# The start of an author box's biography: the full name, a dash or comma, then
# words ("Jane Doe - reporter since 2002", "Jane Doe, editor"); a date after
# the comma ("Jane Today, 10:30") is no biography.
_BIO_START = re.compile(r"(?P<first>[^\W\d_]+) (?P<surname>[^\W\d_]+)\s*[-–—,:]\s*[^\W\d_]")


def _printed_in_full(page: Page, name: str) -> tuple[str, ...]:
    """The metadata's first name alone ("Jane") as the full name an author box prints.

    Args:
        page: the page.
        name: the one-word name the metadata gives.

    Returns:
        The full name the first of the page's first byline elements starting
        a biography with it prints ("Jane Doe - reporter since 2002"), else
        the name itself: a first name and another word without that
        punctuation start a sentence ("Jane The internet says").
    """
    for element in itertools.islice(page.elements.bylines, MAX_FULL_NAME_ELEMENTS):
        # The first few texts hold the name; text_content() of a box wrapping
        # the whole page would copy all of it.
        opening = normalize_space("".join(itertools.islice(element.itertext(), MAX_BIO_TEXTS)))
        start = _BIO_START.match(opening)
        if not start or start.group("first") != name or start.group("surname") == name:
            continue
        full = _clean_name(f"{name} {start.group('surname')}", visible=True)
        if full:
            return (full,)
    return (name,)


def _host_labels(page: Page) -> set[str]:
    """The words of the page's host name past the first ("example" on news.example.com).

    A blog on a subdomain credits the company's name, which the site's own
    names (the first word of the host, og:site_name) do not hold: a one-word
    byline equal to one of these words names the site.
    """
    # The top-level domain is no name; short words ("de", "m") are inside
    # people's names ("de la Cruz").
    labels = page_host(page).split(".")[1:-1]
    return {label for label in labels if len(label) > MIN_SITE_NAME_CHARS}


def find_authors(page: Page) -> tuple[str, ...]:
    """The first source's persons; an organisation only when no source names a person.

    A name that is the site's own name ("mdr.de" as the meta author, while a
    visible byline names the reporter) or a company's ("Example Media GmbH") is
    no person. Organisations are kept only where JSON-LD explicitly types the
    author an Organization: elsewhere a site or company name in an author field
    is a CMS default, not a credit, and a newsroom a printed byline credits
    ("Von Redaktion") is returned when no person and no such Organization is named.

    A metadata author's co-authors printed with them in one byline element, or
    linked with rel=author in the same byline list, join them, an Organization
    listed beside a JSON-LD person (an agency) is kept, a metadata login
    ("janedoe") takes the printed spelling of the same name, and a metadata
    first name ("Jane") the full name an author box's biography starts with.

    Args:
        page: the page as the finders read it.

    Returns:
        The authors' names in the order the winning source gives them; () when
        none is found.
    """
    sites = site_names(page)
    hosts: set[str] | None = None
    desk: tuple[str, ...] = ()
    ld_names = _Names()
    for finder in AUTHOR_SOURCES:
        names = finder(page)
        if finder is _authors_ld:
            ld_names = names
        found = names.persons
        persons = _persons(found, sites)
        if any(" " not in n for n in persons):
            # Read the URL only for a one-word name, the one kind a host names.
            hosts = _host_labels(page) if hosts is None else hosts
            persons = tuple(n for n in persons if fold(n) not in hosts)
        if persons:
            if finder is _authors_ld:
                # "author": [Person, Organization]: the agency credited beside
                # the reporter ("Jane Doe", "Example Press Agency"); the site's
                # own name there is its default credit.
                agencies = tuple(n for n in names.organisations if not _names_the_site(n, sites))
                if agencies:
                    return dedupe((*persons, *agencies))
            if finder is _authors_meta:
                persons = _printed_instead(page, persons, sites)
            if len(persons) == 1 and finder in _METADATA_SOURCES:
                persons = _with_coauthors(page, finder, persons, sites)
            if finder in _METADATA_SOURCES and any(_LOGIN.fullmatch(n) for n in persons):
                return _spelled_out(page, persons)
            if finder in _METADATA_SOURCES and len(persons) == 1 and " " not in persons[0]:
                return _printed_in_full(page, persons[0])
            return persons
        if not desk and finder in _VISIBLE_AUTHOR_SOURCES:
            # "Example Redaktion" on example.com is the site's default credit.
            desk = tuple(n for n in found if _NEWSROOM.search(n) and not _names_the_site(n, sites))
    return ld_names.organisations or _publisher_credited(page, ld_names) or desk


def _publisher_credited(page: Page, ld_names: _Names) -> tuple[str, ...]:
    """The JSON-LD author typed Person that is the publisher by name ("Example
    News" publishing as "Example News"): the site credits itself, an
    organisation named when no person is."""
    publisher = publisher_name(page)
    if not publisher:
        return ()
    key = fold(publisher)
    return tuple(n for n in ld_names.persons if fold(n) == key)
