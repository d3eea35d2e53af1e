"""Dates: the only module that imports dateparser.

:func:`parse_date` reads one date as a page or a text prints it. Machine dates
(ISO 8601, as metadata gives them) take a strict fast path; everything else goes
to dateparser, which knows the month names of some two hundred languages but
costs about a millisecond a call, so it only sees short strings that hold a year.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from collections.abc import Sequence

from dateparser.date import DateDataParser
from dateparser.languages.loader import LocaleDataLoader

from articlekit._text import normalize_space

__all__ = [
    "date_from_url",
    "is_date_line",
    "parse_date",
    "parse_short_year_date",
    "search_date",
    "strip_date_label",
]

logger = logging.getLogger(__name__)

MAX_DATE_TEXT = 120
"""Longest text handed to dateparser: "Veröffentlicht am Donnerstag, 12. September
2022, 08:30 Uhr MESZ" is 66 characters; anything much longer is a sentence, not a
date, and dateparser's cost grows with the length."""

MIN_YEAR = 1995
"""Earliest year accepted. Online news barely predates it, and 1970-01-01 (the
Unix epoch) and 0001-01-01 are common placeholders in CMS output."""

ZONE_SLACK = dt.timedelta(hours=14)
"""A date or a time without zone may be up to UTC+14 ahead of a UTC ``now``."""

MAX_URL_CHARS = 2048
"""Longest URL prefix searched for a date; a date sits in the path's first segments."""

MAX_DATE_LINE = 80
"""Longest line :func:`is_date_line` accepts: a prefix, a weekday, a date and a time."""

# YYYY-MM-DD, optionally with a time (seconds and fractions optional) and a zone.
# Some CMSs write the milliseconds after a colon ("22:06:08:684Z").
_ISO = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d{1,9}|:\d{3})?)?"
    r"\s*(?P<z>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?"
)
# The day alone, as URLs and some metadata write it: 2022/09/12, 2022.09.12, 20220912.
# East Asian pages print 2026.01.29 18:40.
_YMD_SEPARATED = re.compile(
    r"(?P<y>\d{4})(?P<s>[/.])\s?(?P<m>\d{1,2})(?P=s)\s?(?P<d>\d{1,2})\.?"
    r"(?:,?\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?"
)
# Day first with dots, the common European numeric form: 12.09.2022 or 12.09.2022 08:30.
_DMY_DOTTED = re.compile(
    r"(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4})"
    r"(?:,?\s*(?:um\s+|à\s+|-\s*)?(?P<H>\d{1,2})[:.](?P<M>\d{2})(?:[:.](?P<S>\d{2}))?(?:\s*Uhr)?)?"
)
# Day first with a two-digit year, as compact date lines print it: 31.10.23.
_DMY_SHORT_YEAR = re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{2})")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# A time of day in the text: 08:30, 8h30, 14.05 Uhr, 8 am, 8 p.m.
_TIME_OF_DAY = re.compile(
    r"(?<!\d)\d{1,2}\s?(?::|h)\s?\d{2}(?!\d)|(?<!\d)\d{1,2}\.\d{2}\s?Uhr"
    r"|(?<!\d)\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)",
    re.IGNORECASE,
)
# A run of more digits than any date has ("20 digits") is an id, not a date.
_LONG_DIGITS = re.compile(r"\d{15}")

# Labels printed before a date line, in the languages of the development pages and
# their neighbours; the colon is optional ("Published 12 May 2022").
_DATE_LABELS = (
    "published on",
    "published",
    "posted on",
    "posted",
    "updated on",
    "updated",
    "last updated",
    "last modified",
    "modified",
    "date",
    "on",
    "veröffentlicht am",
    "veröffentlicht",
    "aktualisiert am",
    "aktualisiert",
    "erschienen am",
    "erstellt am",
    "stand",
    "datum",
    "am",
    "publié le",
    "publié",
    "mis à jour le",
    "mis à jour",
    "le",
    "publicado el",
    "publicado",
    "actualizado el",
    "actualizado",
    "pubblicato il",
    "pubblicato",
    "aggiornato il",
    "aggiornato",
    "gepubliceerd op",
    "gepubliceerd",
    "bijgewerkt op",
    "opublikowano",
    "aktualizacja",
)
_DATE_LABEL = re.compile(
    r"^(?:"
    + "|".join(
        re.escape(label).replace(r"\ ", r"\s+")
        for label in sorted(_DATE_LABELS, key=len, reverse=True)
    )
    + r")(?:\s*:\s*|\s+)",
    re.IGNORECASE,
)


def _now_or_default(now: dt.datetime | None) -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc) if now is None else now


def _not_in_future(value: dt.date, now: dt.datetime) -> bool:
    """Whether ``value`` is no later than ``now``, with grace for values without zone."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None and now.tzinfo is not None:
            return value <= now
        return value.replace(tzinfo=None) <= now.replace(tzinfo=None) + ZONE_SLACK
    return value <= (now.replace(tzinfo=None) + ZONE_SLACK).date()


def _zone(text: str | None) -> dt.tzinfo | None:
    if text is None:
        return None
    if text in ("Z", "UTC", "GMT"):
        return dt.timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 14 or minutes > 59:
        return None
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def _build(match: re.Match[str]) -> dt.date | None:
    """Build the date (and time, when the match has one) a pattern matched, or None."""
    groups = match.groupdict()
    try:
        day = dt.date(int(groups["y"]), int(groups["m"]), int(groups["d"]))
        if groups.get("H") is None:
            return day
        zone_text = groups.get("z")
        zone = _zone(zone_text)
        if zone_text is not None and zone is None:
            return None
        return dt.datetime(
            day.year,
            day.month,
            day.day,
            int(groups["H"]),
            int(groups["M"]),
            int(groups.get("S") or 0),
            tzinfo=zone,
        )
    except ValueError:
        # Month 13, hour 99 and their kind: not a date.
        return None


# A day with its month written out: "3. August 2015", "05 de mayo de 2022",
# "April 28, 2022", each with an optional time ("24. Mai 2018, 08:30"). The
# forms name their parts for the fast path; _DATE_IN_TEXT finds the same forms.
_CLOCK_LEAD = r"um|at|à|a las|alle|-|\||·"
_CLOCK_SUFFIX = r"Uhr|h|am|pm|a\.m\.|p\.m\."
_DAY_MONTH_YEAR_FORM = (
    r"(?P<d>\d{1,2})(?P<nth>\.|º|er)?\s+(?P<of>de\s+)?(?P<month>[^\W\d_]{3,12})\.?,?\s+"
    r"(?P<of_year>de\s+)?(?P<y>\d{4})"
)
_MONTH_DAY_YEAR_FORM = (
    r"(?P<month>[^\W\d_]{3,12})\.?\s+(?P<d>\d{1,2})(?P<nth>st|nd|rd|th)?,?\s+(?P<y>\d{4})"
)
_NAMED_CLOCK = (
    rf"(?:,?\s*(?P<at>{_CLOCK_LEAD})?\s*(?P<H>\d{{1,2}}):(?P<M>\d{{2}})(?::(?P<S>\d{{2}}))?"
    rf"(?:\s*(?P<half>{_CLOCK_SUFFIX}))?)?"
)
_DAY_MONTH_YEAR = re.compile(_DAY_MONTH_YEAR_FORM + _NAMED_CLOCK, re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(_MONTH_DAY_YEAR_FORM + _NAMED_CLOCK, re.IGNORECASE)


def _unnamed(form: str) -> str:
    """The form with its named groups made plain groups, to sit in a larger pattern."""
    return re.sub(r"\(\?P<\w+>", "(?:", form)


_MONTH_KEYS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
# The words around a named date that belong to one language ("2nd", "um",
# "a las", "11 pm"): dateparser reads a date whose words are of one language
# only, and so does the fast path. Separators and the 24-hour clock are anyone's.
_LANGUAGE_WORDS = {
    "en": frozenset({"st", "nd", "rd", "th", "at", "am", "pm"}),
    "de": frozenset({".", "um", "uhr"}),
    "fr": frozenset({"er", "à", "h"}),
    "es": frozenset({"º", "de", "a las", "h"}),
    "pt": frozenset({"º", "de", "h"}),
    "it": frozenset({"º", "alle"}),
}
_COMMON_WORDS = frozenset({"", "-", "|", "·"})


@functools.lru_cache(maxsize=32)
def _month_names(languages: tuple[str, ...]) -> dict[str, tuple[int, str]]:
    """The month names of the languages, as dateparser's own locale data spells them,
    with each name's month and language.

    A name two languages give different months keeps the first language's. With a
    language dateparser does not know, it detects the language itself (see
    :func:`_parser`): no name is read here then.
    """
    names: dict[str, tuple[int, str]] = {}
    try:
        locales = LocaleDataLoader().get_locale_map(languages=list(languages))
    except ValueError:
        return names
    for language in languages:
        locale = locales.get(language)
        if locale is None:
            continue
        for number, key in enumerate(_MONTH_KEYS, start=1):
            for name in locale.info.get(key, ()):
                names.setdefault(name.casefold(), (number, language))
    return names


def _word(value: str | None) -> str:
    """A word around a date, folded: "a.m." is "am"; a German ordinal's dot stays "."."""
    word = (value or "").strip().casefold()
    return word if word == "." else word.replace(".", "")


def _named_month_path(text: str, languages: tuple[str, ...] | None) -> tuple[bool, dt.date | None]:
    """Read a day with its month named, without dateparser: (recognised, value).

    Only the plainest forms, in the page's languages or English, are read here
    (a call to dateparser costs a millisecond or two, as much as parsing a page);
    a weekday, a zone, a word of another language than the month's or a name the
    languages lack leave the text to dateparser.
    """
    match = _DAY_MONTH_YEAR.fullmatch(text) or _MONTH_DAY_YEAR.fullmatch(text)
    if match is None:
        return False, None
    named = _month_names(languages or ("en",)).get(match["month"].casefold())
    if named is None:
        return False, None
    month, language = named
    groups = match.groupdict()
    words = {_word(groups.get(name)) for name in ("nth", "of", "of_year", "at", "half")}
    if not words <= _COMMON_WORDS | _LANGUAGE_WORDS.get(language, frozenset()):
        return False, None
    hour = int(match["H"]) if match["H"] is not None else None
    half = _word(match["half"])
    if hour is not None and half in ("am", "pm"):
        if not 1 <= hour <= 12:
            return False, None
        hour = hour % 12 + (12 if half == "pm" else 0)
    try:
        day = dt.date(int(match["y"]), month, int(match["d"]))
        if hour is None:
            return True, day
        return True, dt.datetime(
            day.year, day.month, day.day, hour, int(match["M"]), int(match["S"] or 0)
        )
    except ValueError:
        return False, None  # dateparser decides what is wrong with it


def _fast_path(text: str) -> tuple[bool, dt.date | None]:
    """Read the numeric forms without dateparser: (recognised, value)."""
    for pattern in (_ISO, _YMD_SEPARATED, _DMY_DOTTED):
        match = pattern.fullmatch(text)
        if match:
            return True, _build(match)
    return False, None


@functools.lru_cache(maxsize=32)
def _parser(languages: tuple[str, ...] | None) -> DateDataParser:
    settings = {
        "STRICT_PARSING": True,
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PREFER_DATES_FROM": "past",
        # dateparser's default list less "relative-time": a text reaches dateparser only
        # when it holds a year, so "3 hours ago" never does, and trying that parser
        # first was four tenths of each call.
        "PARSERS": ["timestamp", "custom-formats", "absolute-time", "no-spaces-time"],
    }
    try:
        return DateDataParser(
            languages=list(languages) if languages else None,
            # The page's own language first: it decides the day order of 03/04/2022.
            use_given_order=bool(languages),
            settings=settings,
        )
    except ValueError:
        # A language code dateparser does not know: fall back to detection.
        logger.debug("dateparser does not know languages %r", languages)
        return DateDataParser(settings=settings)


def _base_languages(languages: Sequence[str] | None) -> tuple[str, ...] | None:
    if not languages:
        return None
    codes: list[str] = []
    for language in [*languages, "en"]:
        code = language.replace("_", "-").split("-")[0].lower()
        if code.isalpha() and code not in codes:
            codes.append(code)
    return tuple(codes)


def _with_dateparser(text: str, languages: Sequence[str] | None) -> dt.date | None:
    parser = _parser(_base_languages(languages))
    try:
        data = parser.get_date_data(text)
    except (ValueError, TypeError, OverflowError, KeyError, IndexError, AttributeError) as error:
        # dateparser raises these on odd input (an unknown zone, a day out of range).
        logger.debug("dateparser failed on %r: %s", text, error)
        return None
    parsed = data.date_obj
    if parsed is None:
        return None
    if _TIME_OF_DAY.search(text):
        return parsed
    return parsed.date()


def parse_date(
    text: str,
    *,
    now: dt.datetime | None = None,
    languages: Sequence[str] | None = None,
) -> dt.date | None:
    """Parse one date as printed, in any language dateparser knows.

    Args:
        text: the date ("September 12, 2022", "12. September 2022, 08:30 Uhr",
            "2022-09-12T08:30:00+02:00"), optionally after a label such as
            "Published:".
        now: the moment of parsing; later dates are rejected. Defaults to the
            current time.
        languages: language codes to read month names in first ("de", "fr-CA");
            English is always tried too. ``None`` lets dateparser detect them.

    Returns:
        A :class:`datetime.date` when only the day is given, a
        :class:`datetime.datetime` when the time is (aware only when the text
        gives a zone), or ``None`` when the text is not a possible date, is
        before :data:`MIN_YEAR` or is later than ``now``.
    """
    text = normalize_space(text[: MAX_DATE_TEXT * 4])
    if not text or len(text) > MAX_DATE_TEXT or _LONG_DIGITS.search(text):
        return None
    recognised, value = _fast_path(text)
    if not recognised:
        text = strip_date_label(text)
        recognised, value = _fast_path(text)
    if not recognised:
        if not _YEAR.search(text):
            return None
        recognised, value = _named_month_path(text, _base_languages(languages))
        if not recognised:
            value = _with_dateparser(text, languages)
    if value is None or value.year < MIN_YEAR:
        return None
    if not _not_in_future(value, _now_or_default(now)):
        logger.debug("date %s is later than now", value)
        return None
    return value


def parse_short_year_date(text: str, *, now: dt.datetime | None = None) -> dt.date | None:
    """Parse a day printed with a two-digit year ("31.10.23"), this century.

    Only for texts known to be date lines: out of context "1.10.19" is as
    often a version number.

    Args:
        text: the text, which must be the date alone (a label before it is allowed).
        now: the moment of parsing; later dates are rejected.

    Returns:
        The day, or ``None`` when the text is not such a date.
    """
    match = _DMY_SHORT_YEAR.fullmatch(strip_date_label(normalize_space(text[:MAX_DATE_TEXT])))
    if match is None:
        return None
    try:
        day = dt.date(2000 + int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None
    if day.year < MIN_YEAR or not _not_in_future(day, _now_or_default(now)):
        return None
    return day


def strip_date_label(text: str) -> str:
    """Remove a label such as "Published:" or "Aktualisiert am" from before a date.

    Args:
        text: a date line.

    Returns:
        The line without its leading label (and without a leading "|" or "·").
    """
    text = normalize_space(text).lstrip("|·•–—- ")
    for _ in range(2):
        # "Published on: …", "Updated: Stand …": at most two labels in a row.
        stripped = _DATE_LABEL.sub("", text, count=1)
        if stripped == text:
            break
        text = stripped
    return text


def is_date_line(text: str, *, now: dt.datetime | None = None) -> bool:
    """Whether a line is just a date, as printed under a headline.

    A weekday, a time and a label such as "Published:" or "Updated:" may come
    with it ("Published: Monday, 12 September 2022, 08:30").

    Args:
        text: one line of text.
        now: the moment of parsing; a line holding a later date is not a date line.

    Returns:
        ``True`` when the whole line reads as one date.
    """
    text = normalize_space(text)
    if not text or len(text) > MAX_DATE_LINE or not _YEAR.search(text):
        return False
    return parse_date(text, now=now) is not None


# Dates in URL paths: /2022/09/12/, /2022-09-12/, /20220912/, _20220912_, and
# the day first with dashes as some European CMSs write it: /29-10-2021.
_URL_DATE = re.compile(
    r"(?<![\d])(?:(?P<y>(?:19|20)\d{2})(?P<s>[/_-]?)(?P<m>0[1-9]|1[0-2])(?P=s)"
    r"(?P<d>0[1-9]|[12]\d|3[01])"
    r"|(?P<d2>0[1-9]|[12]\d|3[01])-(?P<m2>0[1-9]|1[0-2])-(?P<y2>(?:19|20)\d{2}))(?![\d])"
)


def date_from_url(url: str | None, *, now: dt.datetime | None = None) -> dt.date | None:
    """Read the publication day from a URL path ("/2022/09/12/", "-20220912-").

    Args:
        url: the page's URL.
        now: the moment of parsing; a later date is rejected.

    Returns:
        The day, or ``None`` when the URL holds no possible date.
    """
    if not url:
        return None
    for match in _URL_DATE.finditer(url[:MAX_URL_CHARS]):
        try:
            if match["y"]:
                value: dt.date | None = dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
            else:
                value = dt.date(int(match["y2"]), int(match["m2"]), int(match["d2"]))
        except ValueError:
            # 2021-02-30 and its kind.
            value = None
        if (
            value is not None
            and value.year >= MIN_YEAR
            and _not_in_future(value, _now_or_default(now))
        ):
            return value
    return None


MAX_SEARCH_TEXT = 300
"""Longest text :func:`search_date` looks into: a dateline or a byline with its
date; a longer text is a paragraph, whose dates are what it reports on."""

_CLOCK = rf"(?:,?\s*(?:{_CLOCK_LEAD})?\s*\d{{1,2}}[:.h]\d{{2}}(?:\s*(?:{_CLOCK_SUFFIX}))?)?"
# A date as pages print it, each form bounded so the search stays linear.
_DATE_IN_TEXT = re.compile(
    r"(?<!\d)(?:"
    r"\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{4}年\d{1,2}月\d{1,2}日"
    r"|\d{4}[./]\s?\d{1,2}[./]\s?\d{1,2}(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|\d{1,2}[./]\s?\d{1,2}[./]\s?\d{4}"
    + _CLOCK
    + "|"
    + _unnamed(_DAY_MONTH_YEAR_FORM)
    + _CLOCK
    + "|"
    + _unnamed(_MONTH_DAY_YEAR_FORM)
    + _CLOCK
    + r")(?!\d)",
    re.IGNORECASE,
)


def search_date(
    text: str,
    *,
    now: dt.datetime | None = None,
    languages: Sequence[str] | None = None,
) -> dt.date | None:
    """Find the first date printed in a short text ("Posted by Jane | 3. August 2015").

    Args:
        text: a short text such as a byline or a dateline.
        now: the moment of parsing; later dates are skipped.
        languages: language codes to read month names in first.

    Returns:
        The first possible date in the text, or ``None`` when the text is
        longer than :data:`MAX_SEARCH_TEXT` or holds no date.
    """
    if len(text) > MAX_SEARCH_TEXT or not _YEAR.search(text):
        return None
    for match in _DATE_IN_TEXT.finditer(text):
        value = parse_date(match.group(), now=now, languages=languages)
        if value is not None:
            return value
    return None
