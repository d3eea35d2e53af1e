"""Hostile bytes: BOMs, lying declarations, broken sequences, NULs and surrogates."""

from __future__ import annotations

import codecs
import random

import pytest
from hostile_support import NOW, STORY, news_page, run_bounded

from articlekit import Article, ParseError, extract_quotes, parse_html, parse_text

FRENCH = (
    "<p>Le conseil municipal a approuvé le budget mardi soir après un long débat sur "
    "les écoles, les routes et la bibliothèque.</p><p>«Nous n'avions pas le choix», a "
    "déclaré le maire après la séance. Les élus de l'opposition ont critiqué le manque "
    "de crédits pour les rénovations.</p>"
)
RUSSIAN = (
    "<p>Городской совет утвердил новый бюджет во вторник вечером после долгих споров "
    'о школах, дорогах и библиотеке.</p><p>"У нас не было выбора", сказал мэр.</p>'
)
JAPANESE = (
    "<p>市議会は火曜日の夜、学校や道路、図書館をめぐる長い議論の末に新しい予算を承認した。</p>"
)


def _page(body: str, charset: str) -> str:
    return news_page(body).replace('<meta charset="utf-8">', f'<meta charset="{charset}">')


def _parse(html: str | bytes) -> Article | ParseError:
    try:
        return parse_html(html, now=NOW)
    except ParseError as error:
        return error


@pytest.mark.parametrize(
    ("body", "encoding"),
    [
        (FRENCH, "utf-8"),
        (FRENCH, "cp1252"),
        (FRENCH, "iso-8859-15"),
        (RUSSIAN, "koi8-r"),
        (RUSSIAN, "windows-1251"),
        (JAPANESE, "shift_jis"),
        (JAPANESE, "euc-jp"),
        (JAPANESE, "gb18030"),
    ],
)
def test_declared_encoding_gives_the_same_article_as_str(body: str, encoding: str) -> None:
    """Bytes in a declared encoding give the Article that the decoded text gives."""
    page = _page(body, encoding)
    assert parse_html(page, now=NOW) == parse_html(page.encode(encoding), now=NOW)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_bom_pages_give_the_same_article_as_str(encoding: str) -> None:
    """Pages with a byte order mark give the Article that the decoded text gives."""
    page = _page(FRENCH, encoding.removesuffix("-sig"))
    assert parse_html(page, now=NOW) == parse_html(page.encode(encoding), now=NOW)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read(encoding: str) -> None:
    """A UTF-16 page without byte order mark is still read."""
    page = _page(FRENCH, "utf-16")
    assert parse_html(page, now=NOW) == parse_html(page.encode(encoding), now=NOW)


def test_false_utf8_declaration_still_reads_the_words() -> None:
    """A page declared UTF-8 but written in windows-1252 has its accented words right."""
    article = parse_html(_page(FRENCH, "utf-8").encode("cp1252"), now=NOW)
    assert "approuvé" in article.text


def test_false_legacy_declaration_on_utf8_bytes_reads_utf8() -> None:
    """A page declared ISO-8859-1 whose bytes are UTF-8 is read as UTF-8."""
    page = _page(RUSSIAN, "iso-8859-1")
    assert parse_html(page, now=NOW) == parse_html(page.encode("utf-8"), now=NOW)


def test_invalid_sequences_are_replaced_not_fatal() -> None:
    """Invalid UTF-8 in the middle of a page becomes U+FFFD; the rest is read."""
    data = news_page().encode("utf-8").replace(b"Tuesday", b"Tues\xc3\x28\xff\xfeday")
    assert "budget on Tues" in parse_html(data, now=NOW).text


def test_random_bytes_give_an_article_or_parse_error() -> None:
    """100 KB of random bytes give an Article or ParseError, nothing else."""
    data = random.Random(5).randbytes(100_000)
    assert isinstance(run_bounded(lambda: _parse(data)), (Article, ParseError))


def test_nul_bytes_are_removed() -> None:
    """NUL bytes scattered through a page do not reach any field."""
    data = news_page().encode("utf-8")
    data = b"\x00".join(data[i : i + 40] for i in range(0, len(data), 40))
    article = parse_html(data, now=NOW)
    assert "\x00" not in str(article.to_dict())


def test_lone_surrogates_in_str_are_removed() -> None:
    """Lone surrogates in a str page do not fail the parse or reach any field."""
    page = news_page(STORY.replace("budget", "bud\ud800get\udfff"), title="Coun\udc00cil")
    article = parse_html(page, now=NOW)
    assert ("budget" in article.text, "Council" == article.title) == (True, True)


@pytest.mark.parametrize(
    "bom", [codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE]
)
def test_bom_alone_is_a_parse_error(bom: bytes) -> None:
    """A byte order mark and nothing else is an empty page."""
    with pytest.raises(ParseError, match="empty"):
        parse_html(bom, now=NOW)


def test_odd_length_utf16_is_read() -> None:
    """A UTF-16 page cut in the middle of a code unit is read up to the cut."""
    data = (codecs.BOM_UTF16_LE + news_page().encode("utf-16-le"))[:-1]
    assert "budget" in parse_html(data, now=NOW).text


def test_many_conflicting_declarations_are_fast() -> None:
    """100,000 conflicting <meta charset> tags do not slow decoding down."""
    head = '<meta charset="koi8-r"><meta charset="shift_jis">' * 50_000
    data = news_page(FRENCH, head=head).encode("cp1252")
    assert isinstance(run_bounded(lambda: _parse(data)), (Article, ParseError))


def test_non_ascii_deep_in_a_large_page_is_detected() -> None:
    """Detection finds legacy bytes that sit after megabytes of ASCII."""
    padding = "<div class='ad'>x</div>" * 100_000
    data = news_page(padding + FRENCH).replace('<meta charset="utf-8">', "").encode("cp1252")
    assert "approuvé" in run_bounded(lambda: parse_html(data, now=NOW)).text


@pytest.mark.parametrize("value", [None, 42, 3.5, ["<p>x</p>"], bytearray(b"<p>x</p>"), object()])
def test_wrong_input_types_are_parse_errors(value: object) -> None:
    """Every public entry point answers a wrong input type with ParseError."""
    for call in (parse_html, parse_text, extract_quotes):
        with pytest.raises(ParseError):
            call(value)  # type: ignore[arg-type]  # the wrong type is the point
