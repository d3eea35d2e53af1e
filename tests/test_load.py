"""Decoding bytes and parsing them into a tree (articlekit._load)."""

from __future__ import annotations

import codecs
import time

import charset_normalizer
import lxml.etree
import lxml.html
import pytest

from articlekit import Limits, ParseError, parse_html
from articlekit._load import DEFAULT_LIMITS, DETECT_SAMPLE_BYTES, decode_html, load_html

PAGE = "<html><head><title>Café crème</title></head><body><p>Für Käse, «naïve» façade.</p>"
RUSSIAN = (
    "<html><head><title>Новости дня</title></head><body><p>Совет утвердил бюджет.</p></body></html>"
)
JAPANESE = "<html><head><title>東京の天気</title></head><body><p>今日は晴れです。</p></body></html>"
FRENCH = (
    "<html><body><p>Le conseil municipal a approuvé le budget mardi. Les élus ont débattu "
    "pendant des heures de la rénovation de l'école, du théâtre et de la bibliothèque. "
    "«Nous n'avions pas le choix», a déclaré le maire à la presse après la séance.</p>"
    "</body></html>"
)


def _depth(tree: lxml.html.HtmlElement) -> int:
    deepest = depth = 0
    for event, _element in lxml.etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def _text(html: str | bytes, limits: Limits = DEFAULT_LIMITS) -> str:
    return str(load_html(html, limits).text_content())


def test_utf8_is_decoded_strictly() -> None:
    """Valid UTF-8 bytes decode to the same text."""
    assert PAGE == decode_html(PAGE.encode("utf-8"))


def test_utf8_bom_is_dropped() -> None:
    """A UTF-8 byte order mark does not reach the text."""
    assert PAGE == decode_html(codecs.BOM_UTF8 + PAGE.encode("utf-8"))


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_encodings_with_bom_are_read(encoding: str) -> None:
    """UTF-16 and UTF-32 pages with a byte order mark decode."""
    bom = {
        "utf-16-le": codecs.BOM_UTF16_LE,
        "utf-16-be": codecs.BOM_UTF16_BE,
        "utf-32-le": codecs.BOM_UTF32_LE,
        "utf-32-be": codecs.BOM_UTF32_BE,
    }[encoding]
    assert PAGE == decode_html(bom + PAGE.encode(encoding))


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_encodings_without_bom_are_detected(encoding: str) -> None:
    """UTF-16 and UTF-32 pages without a byte order mark decode by their NUL bytes."""
    assert PAGE == decode_html(PAGE.encode(encoding))


def test_meta_charset_is_followed() -> None:
    """<meta charset> names the encoding of bytes that are not UTF-8."""
    page = PAGE.replace("<head>", '<head><meta charset="iso-8859-15">')
    assert page == decode_html(page.encode("iso-8859-15"))


def test_http_equiv_charset_is_followed() -> None:
    """The http-equiv content type names the encoding."""
    page = RUSSIAN.replace(
        "<head>", '<head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'
    )
    assert page == decode_html(page.encode("koi8-r"))


def test_xml_declaration_is_followed() -> None:
    """An XML declaration's encoding is read."""
    page = '<?xml version="1.0" encoding="shift_jis"?>' + JAPANESE
    assert page == decode_html(page.encode("shift_jis"))


def test_latin1_label_reads_as_windows_1252() -> None:
    """A page labelled ISO-8859-1 gets windows-1252's curly quotes, as browsers do."""
    page = '<meta charset="ISO-8859-1"><p>\u201cQuoted\u201d café</p>'
    assert page == decode_html(page.encode("cp1252"))


def test_caller_declared_encoding_outranks_the_page() -> None:
    """The encoding the caller passes (from HTTP headers) wins over <meta charset>."""
    page = '<meta charset="koi8-r"><p>café</p>'
    assert page == decode_html(page.encode("cp1252"), declared_encoding="cp1252")


def test_valid_utf8_wins_over_a_false_declaration() -> None:
    """Bytes that are valid UTF-8 are read as UTF-8 whatever the page declares."""
    page = '<meta charset="iso-8859-1">' + PAGE
    assert page == decode_html(page.encode("utf-8"))


def test_false_utf8_declaration_is_detected() -> None:
    """A page declared UTF-8 whose bytes are windows-1252 is detected and read right."""
    page = '<meta charset="utf-8">' + FRENCH
    assert page == decode_html(page.encode("cp1252"))


def test_undeclared_legacy_encoding_is_detected() -> None:
    """A page that declares nothing and is not UTF-8 gets detection."""
    assert FRENCH == decode_html(FRENCH.encode("cp1252"))


def test_valid_utf8_never_runs_detection(monkeypatch: pytest.MonkeyPatch) -> None:
    """The common case, valid UTF-8, is one strict decode: the detector is not called."""

    def refuse(sample: bytes) -> None:
        raise AssertionError("charset detection ran on valid UTF-8")

    monkeypatch.setattr(charset_normalizer, "from_bytes", refuse)
    assert FRENCH == decode_html(FRENCH.encode("utf-8"))


def test_detection_reads_a_capped_sample(monkeypatch: pytest.MonkeyPatch) -> None:
    """Detection sees a bounded sample of a large page, not the whole page."""
    sizes: list[int] = []
    detect = charset_normalizer.from_bytes

    def spy(sample: bytes) -> charset_normalizer.CharsetMatches:
        sizes.append(len(sample))
        return detect(sample)

    monkeypatch.setattr(charset_normalizer, "from_bytes", spy)
    decode_html((FRENCH * 10_000).encode("cp1252"))
    assert [DETECT_SAMPLE_BYTES] == sizes


def test_a_few_broken_bytes_are_replaced_not_fatal() -> None:
    """A UTF-8 page with one invalid byte keeps its UTF-8 and replaces the byte."""
    data = FRENCH.encode("utf-8").replace(b"mardi", b"mar\xffdi")
    assert FRENCH.replace("mardi", "mar\ufffddi") == decode_html(data)


def test_truncated_utf8_sequence_is_replaced() -> None:
    """A page cut in the middle of a character decodes with a replacement character."""
    data = FRENCH.encode("utf-8") + "é".encode()[:1]
    assert FRENCH + "\ufffd" == decode_html(data)


@pytest.mark.parametrize(
    "label", ["no-such-charset", "base64", "unicode_escape", "utf-7", "x" * 41]
)
def test_unusable_labels_are_ignored(label: str) -> None:
    """A label that is not a web encoding does not decide the decoding."""
    page = f'<meta charset="{label}"><p>caf\\u00e9 café</p>'
    assert page == decode_html(page.encode("utf-8"))


def test_utf16_label_on_8_bit_bytes_is_ignored() -> None:
    """A UTF-16 label on bytes with no NUL pattern is wrong and is not followed."""
    page = '<meta charset="utf-16"><p>café</p>' + FRENCH
    assert page == decode_html(page.encode("cp1252"))


def test_declaration_past_the_first_kilobytes_is_not_sought() -> None:
    """Only the first few KB are searched for a declaration."""
    page = "<!--" + "x" * 20_000 + '--><meta charset="koi8-r"><p>Новости дня</p>'
    # koi8-r bytes decoded as koi8-r would need the late declaration; detection
    # still finds Cyrillic, which is all a late declaration could have given.
    assert "Новости" in decode_html(page.encode("koi8-r"))


def test_nul_bytes_are_removed() -> None:
    """NUL bytes in the page do not reach the tree."""
    assert "Hello world" == _text(b"<p>Hel\x00lo wor\x00ld</p>")


def test_lone_surrogates_are_removed() -> None:
    """Lone surrogates in a str page are removed rather than failing the parse."""
    assert "Hello world" == _text("<p>Hel\ud800lo world\udfff</p>")


def test_bytes_and_decoded_str_give_the_same_tree() -> None:
    """A page passed as bytes and as its decoded text parses to the same tree."""
    page = '<meta charset="cp1252">' + FRENCH
    from_bytes = lxml.html.tostring(load_html(page.encode("cp1252")))
    from_str = lxml.html.tostring(load_html(page))
    assert from_str == from_bytes


def test_str_with_xml_encoding_declaration_parses() -> None:
    """A str page starting with an XML declaration parses (lxml refuses it by default)."""
    assert "café" == _text('<?xml version="1.0" encoding="iso-8859-1"?><p>café</p>')


def test_meta_charset_in_a_str_is_ignored() -> None:
    """A str is already decoded: its <meta charset> does not re-decode it."""
    assert "Новости" == _text('<meta charset="iso-8859-1"><p>Новости</p>')


def test_bom_character_at_start_of_str_is_dropped() -> None:
    """A str starting with U+FEFF parses as if it did not."""
    assert "x" == _text("\ufeff<p>x</p>")


@pytest.mark.parametrize("html", ["", "   \n\t ", b"", b"\x00\x00", "\ufeff"])
def test_empty_input_is_a_parse_error(html: str | bytes) -> None:
    """Empty or blank input raises ParseError saying so."""
    with pytest.raises(ParseError, match="empty"):
        load_html(html)


def test_comment_only_input_is_a_parse_error() -> None:
    """A page holding only a comment holds no document."""
    with pytest.raises(ParseError, match="no document"):
        load_html("<!-- nothing -->")


@pytest.mark.parametrize("value", [None, 42, ["<p>x</p>"], bytearray(b"<p>x</p>")])
def test_wrong_type_is_a_parse_error(value: object) -> None:
    """Anything but str or bytes raises ParseError naming the type."""
    with pytest.raises(ParseError, match="expected str or bytes"):
        load_html(value)  # type: ignore[arg-type]


def test_input_over_max_bytes_is_a_parse_error() -> None:
    """An input over Limits.max_bytes raises ParseError naming the limit."""
    with pytest.raises(ParseError, match="max_bytes"):
        load_html(b"<p>" + b"x" * 100 + b"</p>", Limits(max_bytes=50))


def test_input_over_max_tags_is_a_parse_error() -> None:
    """A page with more tags than Limits.max_tags raises ParseError naming the limit."""
    with pytest.raises(ParseError, match="max_tags"):
        load_html("<b>x</b>" * 100, Limits(max_tags=50))


@pytest.mark.parametrize("field", ["max_bytes", "max_tags", "max_depth"])
def test_limits_refuse_zero(field: str) -> None:
    """A limit below 1 is refused when the Limits are built."""
    with pytest.raises(ValueError, match=field):
        Limits(**{field: 0})


@pytest.mark.parametrize("depth", [15, 501])
def test_max_depth_has_a_floor_and_a_ceiling(depth: int) -> None:
    """max_depth too shallow for any structure, or beyond what the parser honours, is refused."""
    with pytest.raises(ValueError, match="max_depth"):
        Limits(max_depth=depth)


def test_content_below_parser_depth_limit_is_kept() -> None:
    """Text nested 10,000 levels deep is still in the tree."""
    html = "<div>" * 10_000 + "deep text" + "</div>" * 10_000 + "<p>after</p>"
    text = _text(html)
    assert ("deep text" in text, "after" in text) == (True, True)


def test_unclosed_tags_keep_their_text() -> None:
    """100,000 unclosed inline tags do not lose the text after them."""
    assert "end" == _text("<b>" * 100_000 + "end").strip()


def test_deep_page_is_flattened_to_max_depth() -> None:
    """A page deeper than the parser allows comes back no deeper than max_depth."""
    tree = load_html("<div>" * 1_000 + "x" + "</div>" * 1_000, Limits(max_depth=100))
    assert _depth(tree) <= 100


def test_implied_table_levels_are_bounded_too() -> None:
    """Tables whose implied tbody and tr levels outgrow the tag count are bounded as well."""
    html = "<table><td>" * 2_000 + "cell text"
    tree = load_html(html, Limits(max_depth=400))
    assert (True, True) == (_depth(tree) <= 400, "cell text" in tree.text_content())


def test_flattening_many_deep_siblings_is_linear() -> None:
    """100,000 siblings below max_depth are flattened in one pass, not one lookup each."""
    html = "<table><td>" * 300 + "<b>x</b>" * 100_000
    start = time.perf_counter()
    tree = load_html(html, Limits(max_depth=64))
    # Quadratic sibling lookups took minutes here; one pass takes well under a second.
    assert (True, 100_000) == (time.perf_counter() - start < 30, tree.text_content().count("x"))


def test_flattening_a_flood_of_unfinished_tags_is_linear() -> None:
    """A million "<a" with no ">" after them are read once, not once per "<"."""
    html = "<div>" * 300 + "<p>kept</p>" + "<a" * 1_000_000
    assert "kept" in _text(html)


def test_flattening_drops_characters_a_tree_cannot_hold() -> None:
    """Character references to controls and noncharacters below max_depth raise nothing."""
    html = "<div>" * 300 + "<p>form&#xc;feed &#xfffe;non&#x1;char</p>" + "</div>" * 300
    assert "formfeed nonchar" == " ".join(_text(html, Limits(max_depth=16)).split())


def test_flattening_keeps_words_whole() -> None:
    """Dropped inline tags do not split a word; dropped block tags separate words."""
    html = "<div>" * 300 + "<span>wo</span><b>rd</b><div>next</div>" + "</div>" * 300
    assert "word next" == " ".join(_text(html, Limits(max_depth=16)).split())


def test_flattening_ignores_tags_inside_scripts() -> None:
    """Tags written inside a script do not count as nesting when flattening."""
    html = "<script>" + "<div>" * 1_000 + "</script><p>kept</p>" + "<div>" * 300 + "x"
    tree = load_html(html, Limits(max_depth=16))
    assert ["kept"] == [p.text_content() for p in tree.iter("p")]


def test_flattening_keeps_deep_scripts_as_scripts() -> None:
    """A script below max_depth keeps its tag, so its code never becomes page text."""
    html = "<div>" * 300 + "<script>var a = '<b>';</script><p>x</p>"
    tree = load_html(html, Limits(max_depth=16))
    assert ["var a = '<b>';"] == [script.text for script in tree.iter("script")]


SELF_CLOSED_SCRIPT = (
    "<p>before</p><script type='text/javascript'/>\nvar x = 1;\n</script><p>after</p>"
)


@pytest.mark.parametrize("html", [SELF_CLOSED_SCRIPT, SELF_CLOSED_SCRIPT.encode()])
def test_code_after_a_self_closed_script_stays_script(html: str | bytes) -> None:
    """ "<script/>" does not close in HTML: the code up to "</script>" is the script's."""
    tree = load_html(html)
    assert ["\nvar x = 1;\n"] == [script.text for script in tree.iter("script")]
    assert ["before", "after"] == [p.text_content() for p in tree.iter("p")]


def test_self_closed_script_before_markup_keeps_the_text() -> None:
    """A "<script src=…/>" followed by markup is mended nowhere: the text after it stays."""
    html = "<script src='a.js'/><p>kept</p><script>var y = 2;</script></script><p>too</p>"
    assert ["kept", "too"] == [p.text_content() for p in load_html(html).iter("p")]


def test_text_node_over_ten_megabytes_is_kept() -> None:
    """A text node beyond libxml2's 10 MB buffer limit is parsed, not dropped."""
    word = "a" * 11_000_000
    assert len(word) == len(_text(f"<p>{word}</p>"))


def test_external_entities_are_not_resolved() -> None:
    """A SYSTEM entity is never read: its reference stays as written or goes."""
    html = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><p>a&xxe;b</p>'
    assert "root:" not in _text(html)


def test_comments_are_removed() -> None:
    """Comments do not reach the tree's text."""
    assert "ab" == _text("<p>a<!-- hidden -->b</p>")


def test_control_bytes_in_valid_utf8_are_removed() -> None:
    """Valid UTF-8 bytes holding a control character are cleaned before parsing."""
    tree = load_html("<html><body><p>caf\u00e9\x01 bar</p></body></html>".encode())
    assert "caf\u00e9 bar" == tree.findtext(".//p")


def test_parse_html_encoding_outranks_the_meta_charset() -> None:
    """parse_html(encoding=…) reads bytes in the charset the HTTP header named."""
    page = '<meta charset="windows-1251"><p>Совет утвердил бюджет во вторник вечером.</p>'
    article = parse_html(page.encode("koi8-r"), encoding="koi8-r")
    assert "Совет утвердил бюджет во вторник вечером." == article.text


def test_parse_html_encoding_does_not_override_valid_utf8() -> None:
    """A header charset that the bytes contradict (valid UTF-8) is not applied."""
    page = "<p>Le maire a déclaré que le budget était prêt.</p>"
    article = parse_html(page.encode("utf-8"), encoding="iso-8859-1")
    assert "Le maire a déclaré que le budget était prêt." == article.text


def test_parse_html_ignores_an_unknown_encoding_name() -> None:
    """A charset name Python does not know leaves the page's own declaration to decide."""
    page = '<meta charset="windows-1252"><p>Le maire a déclaré que le budget était prêt.</p>'
    article = parse_html(page.encode("cp1252"), encoding="x-no-such-charset")
    assert "Le maire a déclaré que le budget était prêt." == article.text


def test_parse_html_encoding_is_ignored_for_text() -> None:
    """Text is already decoded: a charset passed with it changes nothing."""
    page = "<p>Für Käse und façade.</p>"
    assert parse_html(page).text == parse_html(page, encoding="koi8-r").text
