"""Dates as pages and texts print them: parse_date, search_date, is_date_line, date_from_url."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articlekit import _dates
from articlekit._dates import (
    MAX_DATE_TEXT,
    date_from_url,
    is_date_line,
    parse_date,
    parse_short_year_date,
    search_date,
    strip_date_label,
)

NOW = dt.datetime(2026, 1, 1, 12, 0, tzinfo=dt.timezone.utc)


def test_iso_date_alone_is_a_day() -> None:
    """An ISO day without a time gives a date, not a datetime at midnight."""
    assert dt.date(2022, 9, 12) == parse_date("2022-09-12", now=NOW)


def test_iso_datetime_keeps_its_zone() -> None:
    """An ISO time with an offset keeps both."""
    expected = dt.datetime(2022, 9, 12, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert expected == parse_date("2022-09-12T08:30:00+02:00", now=NOW)


def test_iso_datetime_z_is_utc() -> None:
    """The "Z" suffix is UTC."""
    expected = dt.datetime(2022, 9, 12, 8, 30, 15, tzinfo=dt.timezone.utc)
    assert expected == parse_date("2022-09-12T08:30:15.123Z", now=NOW)


def test_iso_datetime_without_zone_invents_none() -> None:
    """A time without an offset stays naive."""
    assert dt.datetime(2022, 9, 12, 8, 30) == parse_date("2022-09-12 08:30", now=NOW)


def test_english_month_name() -> None:
    """A date with an English month name reads without a time."""
    assert dt.date(2022, 9, 12) == parse_date("September 12, 2022", now=NOW)


def test_german_month_name() -> None:
    """A German date with a month name reads as a day."""
    assert dt.date(2022, 9, 12) == parse_date("12. September 2022", now=NOW)


def test_german_numeric_date_with_time_and_label() -> None:
    """An "Aktualisiert am … um … Uhr" line gives the day and the time."""
    expected = dt.datetime(2021, 4, 3, 12, 30)
    assert expected == parse_date("Aktualisiert am 03.04.2021 um 12:30 Uhr", now=NOW)


def test_weekday_and_published_label() -> None:
    """A weekday and a "Published:" label around the date are read past."""
    assert dt.date(2022, 9, 12) == parse_date("Published: Monday, 12 September 2022", now=NOW)


def test_east_asian_dotted_form() -> None:
    """The year-first dotted form with a time reads as a datetime."""
    assert dt.datetime(2025, 1, 29, 18, 40) == parse_date("2025.01.29 18:40", now=NOW)


def test_language_hint_sets_day_order() -> None:
    """With a day-first language hint, 03/04/2022 is the 3rd of April."""
    assert dt.date(2022, 4, 3) == parse_date("03/04/2022", now=NOW, languages=["fr"])


def test_impossible_iso_is_none() -> None:
    """Month 13 and hour 99 are no date."""
    assert None is parse_date("2022-13-45T99:99", now=NOW)


def test_zero_date_is_none() -> None:
    """The all-zero placeholder is no date."""
    assert None is parse_date("0000-00-00", now=NOW)


def test_twenty_digits_are_none() -> None:
    """A long digit run is an id, not a date."""
    assert None is parse_date("2" * 20, now=NOW)


def test_future_date_is_none() -> None:
    """A date after now is rejected."""
    assert None is parse_date("2026-03-01", now=NOW)


def test_epoch_placeholder_is_none() -> None:
    """1970-01-01 is a CMS placeholder, older than any web article."""
    assert None is parse_date("1970-01-01T00:00:00Z", now=NOW)


def test_word_is_none() -> None:
    """A word without a year never reaches dateparser and is no date."""
    assert None is parse_date("Politik", now=NOW)


def test_relative_date_is_none() -> None:
    """ "vor 3 Stunden" is not read: no year, no date."""
    assert None is parse_date("vor 3 Stunden", now=NOW)


def test_long_text_is_none() -> None:
    """A text longer than any date line is not handed to dateparser."""
    assert None is parse_date("12 September 2022 " * 20, now=NOW)


def test_out_of_range_offset_is_none() -> None:
    """An offset of 99 hours makes the whole value impossible."""
    assert None is parse_date("2022-09-12T08:30:00+99:00", now=NOW)


def test_naive_today_is_accepted() -> None:
    """A naive time later today in a zone ahead of UTC is not "in the future"."""
    assert dt.datetime(2026, 1, 1, 20, 0) == parse_date("2026-01-01 20:00", now=NOW)


def test_default_now_is_the_clock() -> None:
    """Without now, a date far in the future is still rejected."""
    assert None is parse_date("2999-01-01")


@given(st.text(max_size=MAX_DATE_TEXT * 2))
def test_any_text_gives_a_date_or_none(text: str) -> None:
    """Whatever the text, parse_date returns a date or None and never raises."""
    result = parse_date(text, now=NOW)
    assert result is None or isinstance(result, dt.date)


def test_hostile_quotes_and_digits_return_quickly() -> None:
    """A huge string is cut before any pattern or dateparser sees it."""
    assert None is parse_date('"1' * 100_000, now=NOW)


def test_strip_date_label_removes_two_labels() -> None:
    """ "Published on: Updated …" loses both labels."""
    expected = "12 May 2022"
    assert expected == strip_date_label("Published on: Updated 12 May 2022")


def test_search_date_in_byline() -> None:
    """A date inside a byline is found."""
    assert dt.date(2015, 8, 3) == search_date("Posted by Jane | 3. August 2015", now=NOW)


def test_search_date_skips_paragraphs() -> None:
    """A long text is a paragraph: its dates are not the article's."""
    assert None is search_date("x " * 200 + "3 August 2015", now=NOW)


def test_is_date_line_with_label_and_weekday() -> None:
    """A labelled line with a weekday is a date line."""
    assert is_date_line("Published: Monday, 12 September 2022", now=NOW)


def test_sentence_is_not_a_date_line() -> None:
    """A sentence that mentions a date is not a date line."""
    assert not is_date_line("The council met on 12 September 2022 to vote on it.", now=NOW)


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/news/2022/09/12/story",
        "https://example.org/news/2022-09-12-story",
        "https://example.org/news/story-20220912.html",
        "https://example.org/news/meldungen/12-09-2022",
    ],
)
def test_date_from_url_forms(url: str) -> None:
    """The day reads from slash, dash, compact and day-first URL forms."""
    assert dt.date(2022, 9, 12) == date_from_url(url, now=NOW)


def test_date_from_url_without_date() -> None:
    """A URL without a date gives None."""
    assert None is date_from_url("https://example.org/news/story-123456", now=NOW)


def test_date_from_url_impossible_month() -> None:
    """A digit run with month 13 is not a date."""
    assert None is date_from_url("https://example.org/20221312/story", now=NOW)


def test_date_from_url_impossible_day() -> None:
    """February 30th in a URL is no date."""
    assert None is date_from_url("https://example.org/2021/02/30/story", now=NOW)


def test_iso_milliseconds_after_a_colon() -> None:
    """Milliseconds written after a colon still read as an ISO time."""
    expected = dt.datetime(2022, 1, 10, 22, 6, 8, tzinfo=dt.timezone.utc)
    assert expected == parse_date("2022-01-10T22:06:08:684Z", now=NOW)


def test_short_year_date_line() -> None:
    """A day with a two-digit year reads as this century's."""
    expected = dt.date(2023, 10, 31)
    assert expected == parse_short_year_date(" 31.10.23 ", now=NOW)


def test_short_year_date_must_be_the_whole_text() -> None:
    """A version number inside a sentence is no date."""
    assert None is parse_short_year_date("Release 1.10.19 is out", now=NOW)


def test_short_year_date_in_the_future_is_rejected() -> None:
    """A two-digit year later than now is no publication date."""
    assert None is parse_short_year_date("31.10.29", now=NOW)


# The fast path for dates with a named month must read exactly what dateparser reads.
_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "pl", "nl")


def _month_name(language: str, month: int, form: int) -> str:
    names = [
        name
        for name, (number, named_in) in _dates._month_names((language,)).items()
        if number == month and named_in == language
    ]
    return names[form % len(names)]


@settings(max_examples=150, deadline=None)
@given(
    language=st.sampled_from(_LANGUAGES),
    day=st.integers(1, 31),
    month=st.integers(1, 12),
    year=st.integers(1995, 2025),
    form=st.integers(0, 7),
    layout=st.sampled_from(
        [
            "{d} {m} {y}",
            "{d}. {m} {y}",
            "{d} de {m} de {y}",
            "{m} {d}, {y}",
            "{m}. {d}, {y}",
            "{d} {m} {y}, {H}:{M}",
            "{d}. {m} {y} um {H}:{M} Uhr",
            "{m} {d}, {y} {h}:{M} pm",
            "{m} {d}th, {y}",
            "{d} {m} {y} at {H}:{M}",
        ]
    ),
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
)
def test_named_month_fast_path_reads_what_dateparser_reads(
    *,
    language: str,
    day: int,
    month: int,
    year: int,
    form: int,
    layout: str,
    hour: int,
    minute: int,
) -> None:
    """Whenever the fast path reads a named-month date, dateparser reads the same."""
    text = layout.format(
        d=day,
        m=_month_name(language, month, form),
        y=year,
        H=f"{hour:02d}",
        h=hour % 12 + 1,
        M=f"{minute:02d}",
    )
    languages = (language, "en") if language != "en" else ("en",)
    recognised, value = _dates._named_month_path(text, languages)
    if recognised:
        assert value == _dates._with_dateparser(text, [language])
        assert type(value) is type(_dates._with_dateparser(text, [language]))


@pytest.mark.parametrize(
    ("text", "languages", "expected"),
    [
        ("3. August 2015", ("de", "en"), dt.date(2015, 8, 3)),
        ("05 de mayo de 2022", ("es", "en"), dt.date(2022, 5, 5)),
        ("April 28, 2022", ("en",), dt.date(2022, 4, 28)),
        ("24. Mai 2018, 08:30", ("de", "en"), dt.datetime(2018, 5, 24, 8, 30)),
        ("22 kwietnia 2021", ("pl", "en"), dt.date(2021, 4, 22)),
    ],
)
def test_named_month_fast_path_reads_plain_forms(
    text: str, languages: tuple[str, ...], expected: dt.date
) -> None:
    """The plainest named-month forms are read without dateparser."""
    assert (True, expected) == _dates._named_month_path(text, languages)


def test_named_month_fast_path_leaves_mixed_languages_to_dateparser() -> None:
    """A German month with an English ordinal is no date dateparser reads: nor here."""
    assert (False, None) == _dates._named_month_path("März 2nd, 2018", ("de", "en"))
    assert None is parse_date("März 2nd, 2018", now=NOW, languages=["de"])


def test_named_month_with_am_pm_time() -> None:
    """An English date with "11:37 pm" gives the time in 24 hours."""
    expected = dt.datetime(2022, 5, 3, 23, 37)
    assert expected == parse_date("3 May, 2022, 11:37 pm", now=NOW, languages=["en-US"])
