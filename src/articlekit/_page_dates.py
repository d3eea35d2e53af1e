"""Where a page states when the article was published and last modified.

:func:`find_published` and ``MODIFIED_SOURCES`` read, in order, JSON-LD, meta
tags, microdata, ``<time>`` elements, the printed date line, the page's script
state, undescribed meta dates and, last, a date in the URL. The two are kept
apart: a modified date is never taken as the published one. The words of a date are read by
:mod:`articlekit._dates`.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import lxml.etree
import lxml.html

from articlekit._dates import (
    date_from_url,
    parse_date,
    parse_short_year_date,
    search_date,
)
from articlekit._page import (
    DIGIT,
    MODIFIED_MARK,
    Page,
    canonical_link,
    date_marked,
    element_text,
    first_found,
    is_elsewhere,
    ld_value,
    value_text,
    visible_texts,
    webpage_value,
)

MAX_SCRIPT_SEARCH_CHARS = 2_000_000
"""Characters of inline script searched for a publication date, all scripts
together: a page's state is some 500 KB; a 20 MB page of script is hostile."""

MAX_TIME_ELEMENTS = 50
"""Most <time> elements looked at; the article's own come first, a long list
after them is an archive or a comment thread."""

MAX_ZONE_HOURS = 10
"""Largest UTC offset assumed when a printed day corrects a UTC time: Europe,
the Americas, India, China, Japan and eastern Australia lie within ten hours;
a UTC time further from midnight is the same day there."""

MAX_VISIBLE_DATES = 10
"""How many dates printed in the page are looked at for one in a marked date line."""


def _parse(page: Page, value: Any) -> dt.date | None:
    text = value_text(value)
    if not text:
        return None
    return parse_date(text, now=page.now, languages=page.languages)


def _first_date(page: Page, meta_values: Iterable[Iterable[str]]) -> dt.date | None:
    """The first date read from meta values, taken a meta name at a time."""
    for value in itertools.chain.from_iterable(meta_values):
        found = _parse(page, value)
        if found:
            return found
    return None


def _date_finder(
    ld_keys: tuple[str, ...], meta_keys: tuple[str, ...]
) -> tuple[Callable[[Page], dt.date | None], Callable[[Page], dt.date | None]]:
    def from_ld(page: Page) -> dt.date | None:
        for key in ld_keys:
            value = _parse(page, ld_value(page, key)) or _parse(page, webpage_value(page, key))
            if value:
                return value
        return None

    def from_meta(page: Page) -> dt.date | None:
        return _first_date(page, (page.meta.get(key, ()) for key in meta_keys))

    return from_ld, from_meta


_PUBLISHED_META_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "publishdate",
    "publish-date",
    "publish_date",
    "published_time",
    "publication_date",
    "pubdate",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "citation_publication_date",
    "article.published",
    "originalpublicationdate",
    "date.available",
    "og:regdate",
    "datecreated",
)
# Meta dates that do not say which date they are: CMSs fill them with the last
# edit or the page's build time. On the trafilatura set they were a later day
# than the printed date line on 6 pages and the publication day on 1 where a
# page printed another, so they come after the printed date.
_GENERIC_DATE_META_KEYS = ("date", "dc.date", "dcterms.date")
_MODIFIED_META_KEYS = (
    "article:modified_time",
    "og:updated_time",
    "article:modified",
    "datemodified",
    "modified_time",
    "last-modified",
    "lastmod",
    "dc.date.modified",
    "dcterms.modified",
    "article.updated",
)

_published_ld, _published_meta = _date_finder(
    ("datePublished", "dateCreated"), _PUBLISHED_META_KEYS
)
_, _published_generic_meta = _date_finder((), _GENERIC_DATE_META_KEYS)

# A publication date under a vendor's or a CMS's own meta name: "sw-pubdate",
# "content:publishdate", "cms.published_at". Such a CMS may fill it with the
# build time (a page of the trafilatura set gives its modification time there),
# so it comes after the printed date line.
_VENDOR_PUBLISHED_META = re.compile(
    r"(?:^|[-_.:])(?:pub_?date|publish(?:ed)?_?(?:date|time|at)|publication_?date|"
    r"datepublished|firstpublished)$"
)


def _published_vendor_meta(page: Page) -> dt.date | None:
    named = (texts for key, texts in page.meta.items() if _VENDOR_PUBLISHED_META.search(key))
    return _first_date(page, named)


_modified_ld, _modified_meta = _date_finder(("dateModified",), _MODIFIED_META_KEYS)


def _date_microdata(page: Page, prop: str) -> dt.date | None:
    for element in page.elements.itemprops:
        if element.get("itemprop") != prop:
            continue
        value = element.get("datetime") or element.get("content") or element_text(element)
        parsed = _parse(page, value)
        if parsed:
            return parsed
    return None


def _published_microdata(page: Page) -> dt.date | None:
    return _date_microdata(page, "datePublished")


def _modified_microdata(page: Page) -> dt.date | None:
    return _date_microdata(page, "dateModified")


def _time_elements(page: Page, modified: bool) -> Iterator[lxml.html.HtmlElement]:
    for element in page.elements.times[:MAX_TIME_ELEMENTS]:
        if is_elsewhere(element):
            continue
        marker = " ".join(
            f"{e.get('class', '')} {e.get('itemprop', '')}"
            for e in (element, element.getparent())
            if e is not None
        )
        text = element_text(element)
        if bool(MODIFIED_MARK.search(marker) or MODIFIED_MARK.search(text)) == modified:
            yield element


def _published_time(page: Page) -> dt.date | None:
    for element in _time_elements(page, modified=False):
        parsed = _parse(page, element.get("datetime")) or _parse(page, element_text(element))
        if parsed:
            return parsed
    return None


def _modified_time(page: Page) -> dt.date | None:
    for element in _time_elements(page, modified=True):
        parsed = _parse(page, element.get("datetime"))
        if parsed:
            return parsed
    return None


def _visible_dates(page: Page) -> Iterator[tuple[dt.date, bool]]:
    """Dates printed in the page, in reading order, with whether their element is
    marked as a date line."""
    for text, element in visible_texts(page):
        if not DIGIT.search(text) or MODIFIED_MARK.search(text):
            continue
        if element.tag == "h1":
            # A date in the headline is what the story is about ("Results, 19.5.2007");
            # in subheadings it was as often the date line's, on the development pages.
            continue
        found = search_date(text, now=page.now, languages=page.languages)
        if found is not None:
            yield found, date_marked(element)
        elif date_marked(element):
            short = parse_short_year_date(text, now=page.now)
            if short is not None:
                yield short, True


def _published_visible(page: Page) -> dt.date | None:
    """The first date printed in an element marked as a date line, else the first date."""
    first: dt.date | None = None
    for count, (found, marked) in enumerate(_visible_dates(page)):
        if marked:
            return found
        if first is None:
            first = found
        if count >= MAX_VISIBLE_DATES:
            break
    return first


# A publication date in a page's inline script state ("publishedDate":"2016-11-04T…",
# escaped or not): single-page apps keep the article's record there. ISO values only,
# and a bounded value, so the search is linear.
_SCRIPT_DATE = re.compile(
    r"(?:datePublished|date_published|publishedDate|published_date|publishDate|publish_date|"
    r"publishedAt|published_at|publicationDate|publication_date|firstPublished(?:Date|At)?)"
    r'\\?"\s*:\s*\\?"(\d{4}-\d{2}-\d{2}[^"\\]{0,30})'
)


def _published_script(page: Page) -> dt.date | None:
    """The first publication date in the page's inline scripts (JSON-LD aside)."""
    budget = MAX_SCRIPT_SEARCH_CHARS
    for script in page.elements.scripts:
        text = (script.text or "")[:budget]
        budget -= len(text)
        match = _SCRIPT_DATE.search(text)
        if match:
            parsed = _parse(page, match.group(1))
            if parsed:
                return parsed
        if budget <= 0:
            break
    return None


def _published_url(page: Page) -> dt.date | None:
    """The day in the page's URL, else in its canonical URL."""
    return date_from_url(page.url, now=page.now) or date_from_url(
        canonical_link(page), now=page.now
    )


PUBLISHED_SOURCES: tuple[Callable[[Page], dt.date | None], ...] = (
    _published_ld,
    _published_meta,
    _published_microdata,
    _published_time,
    _published_visible,
    _published_vendor_meta,
    _published_script,
    _published_generic_meta,
    _published_url,
)


def find_published(page: Page) -> dt.date | None:
    """The first source's publication date, on the page's own calendar day.

    Many CMSs write the time in UTC ("2022-11-06T23:00:00+00:00") while the
    page prints the local day ("7. November 2022"). When the printed date line
    is one day off a UTC time that close to midnight, and no date line prints
    the UTC day, the printed day is the local one.
    """
    value = first_found(PUBLISHED_SOURCES, page)
    if not isinstance(value, dt.datetime) or value.utcoffset() != dt.timedelta(0):
        return value
    hour = value.hour + value.minute / 60
    # Only a time this close to midnight can fall on another local day.
    if MAX_ZONE_HOURS <= hour < 24 - MAX_ZONE_HOURS:
        return value
    printed = _published_visible(page)
    if printed is None:
        return value
    printed_day = _day(printed)
    shift = (printed_day - value.date()).days
    off_by_zone = (shift == 1 and hour >= 24 - MAX_ZONE_HOURS) or (
        shift == -1 and hour < MAX_ZONE_HOURS
    )
    # A masthead prints today's date above the date line ("Miércoles 4 de Mayo
    # de 2022"): when a date line also prints the UTC day, that day is the local one.
    if off_by_zone and not _prints_day(page, value.date()):
        return printed
    return value


def _day(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _prints_day(page: Page, day: dt.date) -> bool:
    """Whether an element marked as a date line prints this day."""
    for count, (found, marked) in enumerate(_visible_dates(page)):
        if marked and _day(found) == day:
            return True
        if count >= MAX_VISIBLE_DATES:
            break
    return False


def _modified_visible(page: Page) -> dt.date | None:
    """The date of the first printed "Updated …" / "Aktualisiert am …" line."""
    tried = 0
    for text, _element in visible_texts(page):
        if not MODIFIED_MARK.search(text) or not DIGIT.search(text):
            continue
        found = search_date(text, now=page.now, languages=page.languages)
        if found is not None:
            return found
        tried += 1
        if tried >= MAX_VISIBLE_DATES:
            break
    return None


MODIFIED_SOURCES: tuple[Callable[[Page], dt.date | None], ...] = (
    _modified_ld,
    _modified_meta,
    _modified_microdata,
    _modified_time,
    _modified_visible,
)
