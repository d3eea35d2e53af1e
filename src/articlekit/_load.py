"""Bytes or str to an lxml tree; the only place an lxml parser is built.

Two jobs, both hardened against hostile input (see docs/safety.md):

1. decode: bytes become text by, in order, a byte order mark, the page's own
   declaration (``<meta charset>``, ``http-equiv`` or an XML declaration in its
   first few KB), and charset detection for pages that declare nothing or lie.
   Invalid sequences are replaced, never fatal.
2. parse: the text becomes a tree with libxml2's HTML parser, which never
   resolves entities or reads files or URLs. libxml2 gives up on documents
   nested deeper than 255 levels and silently drops everything after that
   point; such pages are flattened (deep tags dropped, their text kept) and
   parsed again, so no text is lost without a word.
"""

from __future__ import annotations

import codecs
import itertools
import logging
import re

import attrs
import charset_normalizer
import lxml.etree
import lxml.html

from articlekit._text import holds_control_bytes, strip_controls
from articlekit.exceptions import ParseError

__all__ = [
    "DEFAULT_LIMITS",
    "Limits",
    "check_text_size",
    "decode_html",
    "holds_more_than",
    "load_html",
]

logger = logging.getLogger(__name__)

# --- limits -----------------------------------------------------------------

# The largest of the 691 dev pages is 1.7 MB and the largest live blogs we know
# of are about 10 MB; 50 MB leaves room and still bounds memory (libxml2
# needs several times the input size for the tree).
DEFAULT_MAX_BYTES = 50_000_000
# libxml2's own HTML nesting limit is 255 levels; the deepest of the 691 dev
# pages nests 51, so no real page is flattened by default.
DEFAULT_MAX_DEPTH = 255
# Flattening is parsed with libxml2's huge-tree limit of 2048 levels; our tag
# counter may count one level where libxml2 builds two (a <td> gets an implied
# <tbody> and <tr>), so 500 keeps a flattened page well within that limit, and
# within Python's recursion limit (1000) for extractors that walk the tree.
MAX_DEPTH_CEILING = 500
# html, body and a few containers: below this no page keeps any structure.
MIN_DEPTH = 16
# A tag costs libxml2 roughly 150 bytes of tree; two million tags is about
# 300 MB, a hundred times the '<' count of the busiest dev page (19,437).
DEFAULT_MAX_TAGS = 2_000_000


def _check_positive(instance: Limits, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 1:
        raise ValueError(f"{attribute.name} must be at least 1, got {value}")


def _check_depth(instance: Limits, attribute: attrs.Attribute[int], value: int) -> None:
    if not MIN_DEPTH <= value <= MAX_DEPTH_CEILING:
        raise ValueError(
            f"max_depth must be between {MIN_DEPTH} and {MAX_DEPTH_CEILING}, got {value}"
        )


@attrs.frozen(kw_only=True)
class Limits:
    """Bounds on the input articlekit accepts; every one has a safe default.

    Attributes:
        max_bytes: the largest input accepted, in bytes for ``bytes`` and in
            characters for ``str``; a larger one raises :class:`ParseError`.
        max_tags: the most ``<`` characters (an upper bound on the number of
            tags) an HTML page may hold; more raises :class:`ParseError`.
        max_depth: how deep the tree of a page that nests deeper than the HTML
            parser's own limit (255 levels) is kept, counting ``<html>`` as 1:
            tags below this depth are dropped and their text kept (a script or
            style keeps its tag, one level further down). Pages within the
            parser's limit are parsed as they are. From 16 to 500.
    """

    max_bytes: int = attrs.field(default=DEFAULT_MAX_BYTES, validator=_check_positive)
    max_tags: int = attrs.field(default=DEFAULT_MAX_TAGS, validator=_check_positive)
    max_depth: int = attrs.field(default=DEFAULT_MAX_DEPTH, validator=_check_depth)


DEFAULT_LIMITS = Limits()


def check_text_size(text: str | bytes, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse an input larger than the limits allow.

    Args:
        text: the input as the caller passed it.
        limits: the bounds to apply.

    Raises:
        ParseError: the input is longer than ``limits.max_bytes``.
    """
    if len(text) > limits.max_bytes:
        unit = "bytes" if isinstance(text, bytes) else "characters"
        raise ParseError(
            f"the input is {len(text):,} {unit}, over the limit of {limits.max_bytes:,} "
            "(raise Limits.max_bytes to accept it)"
        )


# --- decoding ---------------------------------------------------------------

# WHATWG's prescan reads 1024 bytes; real pages put long inline styles and
# scripts before <meta charset>, so we read further, still a small bounded slice.
SNIFF_BYTES = 8192
# charset-normalizer's cost grows with its input; 64 KB of the page's non-ASCII
# part is plenty of evidence and keeps detection around a few tens of ms.
DETECT_SAMPLE_BYTES = 65_536
# How far before the first non-ASCII byte the detection sample starts, so that
# the markup around it gives the detector context.
DETECT_LEAD_BYTES = 1024
# A page that decodes with at most one error per 20 non-ASCII bytes in its
# declared encoding is that encoding with a few damaged bytes (a truncated
# download, one pasted fragment); text in another encoding fails nearly every
# non-ASCII byte.
MAX_ERROR_RATE = 0.05
# UTF-16 or UTF-32 without a BOM shows as NUL bytes at fixed offsets: ASCII
# markup is one NUL per code unit. A third of those offsets being NUL is far
# beyond what any 8-bit page holds (they hold none).
MIN_WIDE_NUL_SHARE = 0.33

_BOMS = (
    # UTF-32 LE begins with the UTF-16 LE mark, so it is tested first.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Bounded quantifiers throughout: the slice is at most SNIFF_BYTES, and no
# pattern can backtrack more than a few hundred characters per position.
_META_CHARSET = re.compile(
    rb"""<meta\b[^>]{0,512}?charset\s{0,16}=\s{0,16}["']?\s{0,16}([A-Za-z0-9._:\-]{1,40})""",
    re.IGNORECASE,
)
_XML_ENCODING = re.compile(
    rb"""^\s{0,64}<\?xml\b[^>]{0,200}?encoding\s{0,16}=\s{0,16}["']([A-Za-z0-9._:\-]{1,40})""",
    re.IGNORECASE,
)
# Browsers read these labels as windows-1252 (WHATWG Encoding Standard), and so
# do the servers that write them: "latin-1" pages use curly quotes at 0x93.
_WINDOWS_1252_ALIASES = frozenset({"latin-1", "iso8859-1", "ascii", "cp1252"})
# Python's codec registry holds codecs that are not web encodings; a page
# declaring one gets detection instead (unicode-escape would expand "\N{...}";
# UTF-7 is banned by WHATWG).
_NOT_WEB_ENCODINGS = frozenset(
    {
        "unicode-escape",
        "raw-unicode-escape",
        "idna",
        "punycode",
        "undefined",
        "utf-7",
        "palmos",
        "mbcs",
        "oem",
        "charmap",
    }
)
_WIDE_ENCODINGS = frozenset(
    {"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"}
)
_ASCII_BYTES = bytes(range(128))
_NON_ASCII_BYTE = re.compile(rb"[\x80-\xff]")
_REPLACEMENT = "\ufffd"
_UTF8_REPLACEMENT = _REPLACEMENT.encode("utf-8")


def _codec_name(label: str | bytes | None) -> str | None:
    """Return Python's name for an encoding label, or ``None`` if it is not a web encoding."""
    if label is None:
        return None
    if isinstance(label, bytes):
        label = label.decode("ascii", errors="replace")
    try:
        info = codecs.lookup(label.strip())
    except LookupError:
        return None
    name = info.name
    # codecs.lookup also finds bytes-to-bytes codecs such as base64.
    if name in _NOT_WEB_ENCODINGS or not getattr(info, "_is_text_encoding", True):
        return None
    if name in _WINDOWS_1252_ALIASES:
        return "cp1252"
    return name


def _declared_encoding(head: bytes) -> str | None:
    """Return the encoding a page's first bytes declare, if any."""
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return None if match is None else _codec_name(match.group(1))


def _wide_encoding(data: bytes) -> str | None:
    """Return UTF-16 or UTF-32 for a page without BOM whose NUL bytes betray it."""
    sample = data[:SNIFF_BYTES]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    units = len(sample) // 4
    if units == 0:
        return None
    share = [sample[offset::4].count(0) / units for offset in range(4)]
    if min(share[1], share[2], share[3]) >= MIN_WIDE_NUL_SHARE and share[0] < MIN_WIDE_NUL_SHARE:
        return "utf-32-le"
    if min(share[0], share[1], share[2]) >= MIN_WIDE_NUL_SHARE and share[3] < MIN_WIDE_NUL_SHARE:
        return "utf-32-be"
    odd = (share[1] + share[3]) / 2
    even = (share[0] + share[2]) / 2
    if odd >= MIN_WIDE_NUL_SHARE > even:
        return "utf-16-le"
    if even >= MIN_WIDE_NUL_SHARE > odd:
        return "utf-16-be"
    return None


def _decode_if_mostly_valid(data: bytes, encoding: str) -> str | None:
    """Decode with replacement when only a few bytes are invalid, else return ``None``."""
    text = data.decode(encoding, errors="replace")
    errors = text.count(_REPLACEMENT)
    if encoding == "utf-8":
        # A U+FFFD written in the page is not a decoding error.
        errors -= data.count(_UTF8_REPLACEMENT)
    non_ascii = len(data.translate(None, _ASCII_BYTES))
    return text if errors <= MAX_ERROR_RATE * non_ascii else None


def _detected_encoding(data: bytes) -> str | None:
    """Return charset-normalizer's guess from a bounded sample around the non-ASCII bytes."""
    first = _NON_ASCII_BYTE.search(data)
    start = 0 if first is None else max(0, first.start() - DETECT_LEAD_BYTES)
    sample = data[start : start + DETECT_SAMPLE_BYTES]
    best = charset_normalizer.from_bytes(sample).best()
    return None if best is None else _codec_name(best.encoding)


def decode_html(data: bytes, declared_encoding: str | None = None) -> str:
    """Decode a page's bytes to text; never fails.

    The order: a byte order mark; UTF-16 or UTF-32 betrayed by NUL bytes; valid
    UTF-8 (whatever the page declares, since bytes that are valid UTF-8 and
    hold non-ASCII are UTF-8 in practice); the encoding declared by the caller
    or in the page's first few KB; that declared encoding (or UTF-8) if only a
    few bytes are broken; then charset-normalizer's detection on a bounded
    sample; windows-1252 as the last resort. Invalid sequences become U+FFFD.

    Args:
        data: the page's bytes.
        declared_encoding: the encoding the HTTP headers gave, if known; it
            outranks the page's own declaration.

    Returns:
        The page's text, without byte order mark.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    wide = _wide_encoding(data)
    if wide is not None:
        return data.decode(wide, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _codec_name(declared_encoding) or _declared_encoding(data[:SNIFF_BYTES])
    if declared in _WIDE_ENCODINGS:
        # A UTF-16 label on bytes without BOM or NUL pattern is wrong (WHATWG
        # reads such pages as UTF-8).
        declared = None
    if declared is not None and declared != "utf-8":
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    text = _decode_if_mostly_valid(data, declared or "utf-8")
    if text is not None:
        return text
    detected = _detected_encoding(data)
    logger.debug("declared encoding %s does not fit the bytes; detected %s", declared, detected)
    return data.decode(detected or declared or "cp1252", errors="replace")


# --- parsing ----------------------------------------------------------------

# Elements that never hold content, so never add a level.
_VOID_ELEMENTS = frozenset(
    {
        "area",
        "base",
        "basefont",
        "bgsound",
        "br",
        "col",
        "embed",
        "frame",
        "hr",
        "img",
        "input",
        "keygen",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    }
)
# A start tag of one of these closes an open sibling of the same group.
_IMPLIED_END_GROUPS = {
    "a": "a",
    "p": "p",
    "li": "li",
    "dt": "dd",
    "dd": "dd",
    "option": "option",
    "tr": "tr",
    "td": "td",
    "th": "td",
    "thead": "tbody",
    "tbody": "tbody",
    "tfoot": "tbody",
}
# Phrasing elements: dropping their tags must not split a word in two; any
# other dropped tag becomes a space so that blocks do not run together.
_INLINE_ELEMENTS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "big",
        "cite",
        "code",
        "data",
        "dfn",
        "em",
        "font",
        "i",
        "kbd",
        "mark",
        "nobr",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "sup",
        "time",
        "tt",
        "u",
        "var",
    }
)
# Their content is text, not markup: a "<div>" inside a script is no tag.
_RAW_TEXT_END = {
    name: re.compile(rf"</{name}\b", re.IGNORECASE)
    for name in ("script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes")
}
# The name is bounded so that "<" and five megabytes of letters cost one scan.
_TAG_START = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:_\-]{0,63})")
# How far down the open elements an end tag looks for its start tag; an end tag
# with no open match that near is stray, and libxml2 ignores a stray end tag.
END_TAG_SEARCH = 64


class _Flattener:
    """Drop the tags of a page that sit deeper than ``max_depth``, keeping all text."""

    def __init__(self, max_depth: int) -> None:
        self.max_depth = max_depth
        self.open: list[tuple[str, bool]] = []  # (name, kept) of each open element

    def start(self, name: str, self_closing: bool) -> bool:
        """Record a start tag; return whether it is kept."""
        # Raw-text elements hold no tags, so add one level at most; dropping a
        # <script> tag would turn its code into page text.
        if name in _VOID_ELEMENTS or name in _RAW_TEXT_END or self_closing:
            return True
        group = _IMPLIED_END_GROUPS.get(name)
        if group is not None and self.open and _IMPLIED_END_GROUPS.get(self.open[-1][0]) == group:
            self.open.pop()
        kept = len(self.open) < self.max_depth
        self.open.append((name, kept))
        return kept

    def end(self, name: str) -> bool:
        """Record an end tag; return whether it is kept."""
        stop = max(-1, len(self.open) - 1 - END_TAG_SEARCH)
        for index in range(len(self.open) - 1, stop, -1):
            if self.open[index][0] == name:
                kept = self.open[index][1]
                del self.open[index:]
                return kept
        return True

    def flatten(self, html: str) -> str:
        """Return ``html`` without the tags nested deeper than ``max_depth``."""
        out: list[str] = []
        position = 0
        while True:
            less = html.find("<", position)
            if less < 0:
                out.append(html[position:])
                break
            out.append(html[position:less])
            if html.startswith("<!--", less):
                end = html.find("-->", less + 4)
                position = len(html) if end < 0 else end + 3
                out.append(html[less:position])
                continue
            match = _TAG_START.match(html, less)
            if match is None:
                out.append("<")
                position = less + 1
                continue
            greater = html.find(">", match.end())
            if greater < 0:
                # No ">" anywhere after: no tag can end, the rest is text. Going
                # on would scan the rest again for every "<" left.
                out.append(html[less:])
                break
            position = greater + 1
            name = match.group(2).lower()
            if match.group(1):
                kept = self.end(name)
            else:
                kept = self.start(name, self_closing=html[greater - 1] == "/")
            if kept:
                out.append(html[less:position])
            elif name not in _INLINE_ELEMENTS:
                out.append(" ")
            raw_end = _RAW_TEXT_END.get(name)
            if raw_end is not None and not match.group(1):
                closing = raw_end.search(html, position)
                stop = len(html) if closing is None else closing.start()
                out.append(html[position:stop])
                position = stop
        return "".join(out)


def _unwrap_deeper_than(tree: lxml.html.HtmlElement, max_depth: int) -> None:
    """Replace what lies below ``max_depth`` by its text, keeping raw-text elements."""
    boundary: list[lxml.html.HtmlElement] = []
    depth = 0
    for event, element in lxml.etree.iterwalk(tree, events=("start", "end")):
        if event == "end":
            depth -= 1
            continue
        depth += 1
        if depth == max_depth and len(element) and element.tag not in _RAW_TEXT_END:
            boundary.append(element)
    # Boundary elements never nest, so each descendant is rewritten once.
    for element in boundary:
        _flatten_children(element)


def _flatten_children(parent: lxml.html.HtmlElement) -> None:
    """Turn every descendant of ``parent`` into text, except raw-text elements (scripts).

    One pass and one rebuild: dropping the tags one by one (``drop_tag``) looks
    each up among its siblings, quadratic for a parent with many children.
    """
    runs: list[list[str]] = [[parent.text or ""]]
    kept: list[lxml.html.HtmlElement] = []
    inside_kept = 0
    for event, element in lxml.etree.iterwalk(parent, events=("start", "end")):
        if element is parent:
            continue
        if inside_kept:
            inside_kept += 1 if event == "start" else -1
            if inside_kept:
                continue
        if element.tag in _RAW_TEXT_END:
            # A script stays an element: its code must never become page text.
            if event == "start":
                kept.append(element)
                runs.append([])
                inside_kept = 1
            else:
                runs[-1].append(element.tail or "")
            continue
        # A dropped block must not glue the words on either side together.
        gap = "" if element.tag in _INLINE_ELEMENTS else " "
        runs[-1].extend((gap, (element.text if event == "start" else element.tail) or ""))
    for child in list(parent):
        parent.remove(child)
    parent.text = _xml_text("".join(runs[0]))
    for element, run in zip(kept, runs[1:], strict=True):
        parent.append(element)
        element.tail = _xml_text("".join(run))


def _xml_text(text: str) -> str:
    """The text without the characters an lxml tree cannot hold.

    libxml2's HTML parser makes them from character references ("&#xc;",
    "&#xfffe;"), and lxml refuses to set them as text: controls, surrogates
    and the two noncharacters U+FFFE and U+FFFF.
    """
    return strip_controls(text).replace("\ufffe", "").replace("\uffff", "")


# Every element an HtmlElement, chosen in C. lxml.html's own parser asks a
# Python method for each element the extractors touch (to give forms and inputs
# classes of their own, which nothing here reads): 3-4% of parse_html's time.
_HTML_CLASSES = lxml.etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement,
    comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)


# "<script …/>" followed by code: HTML has no self-closing script, so a
# browser reads the code up to "</script>" as the script's; libxml2 closes the
# element at "/>" and the code becomes page text. Only where text follows the
# tag: "<script src=…/>" before markup is left as it is.
# The tag is read up to the next "<" or ">", so that a flood of unfinished
# tags costs linear time.
_SELF_CLOSED_SCRIPT = re.compile(rb"(<script\b[^<>]*?)/>(?=\s*[^\s<])", re.IGNORECASE)


def _parse(html: bytes, *, huge: bool) -> tuple[lxml.html.HtmlElement, list[str]]:
    """Parse UTF-8 bytes; return the tree and the names of the fatal errors met.

    A page whose code libxml2 read as text after a self-closed script (it then
    meets a "</script>" with no script open) is mended and parsed again.
    """
    tree, errors = _parse_once(html, huge=huge)
    if any(_is_stray_script_end(entry) for entry in errors):
        mended = _SELF_CLOSED_SCRIPT.sub(rb"\1>", html)
        if mended != html:
            tree, errors = _parse_once(mended, huge=huge)
    fatal = [entry.type_name for entry in errors if entry.level == lxml.etree.ErrorLevels.FATAL]
    return tree, fatal


def _is_stray_script_end(entry: lxml.etree._LogEntry) -> bool:
    message: str = entry.message
    return entry.type_name == "ERR_TAG_NAME_MISMATCH" and message.endswith(": script")


def _parse_once(
    html: bytes, *, huge: bool
) -> tuple[lxml.html.HtmlElement, lxml.etree._ListErrorLog]:
    # A parser per call: lxml parsers must not be shared between threads, and
    # each carries its own error log.
    parser = lxml.etree.HTMLParser(
        encoding="utf-8",
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        huge_tree=huge,
    )
    parser.set_element_class_lookup(_HTML_CLASSES)
    try:
        tree = lxml.html.document_fromstring(html, parser=parser)
    except lxml.etree.ParserError as error:
        raise ParseError(f"the page holds no document: {error}") from error
    except ValueError as error:
        raise ParseError(f"the page cannot be parsed: {error}") from error
    return tree, parser.error_log


def _decode_as_is(data: bytes) -> str | None:
    """Decode bytes that are UTF-8 without byte order mark or control characters, else ``None``."""
    # NUL bytes betray UTF-16 and UTF-32, so no wide page passes.
    if data.startswith(codecs.BOM_UTF8) or holds_control_bytes(data):
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def load_html(
    html: str | bytes, limits: Limits = DEFAULT_LIMITS, *, encoding: str | None = None
) -> lxml.html.HtmlElement:
    """Parse a page into an lxml tree.

    Bytes are decoded with :func:`decode_html`; NUL and other control
    characters and lone surrogates are removed. A page nested deeper than the
    parser allows is flattened to ``limits.max_depth`` and parsed again.

    Args:
        html: the page, as bytes or as decoded text.
        limits: the bounds to apply.
        encoding: the charset the HTTP headers declare for bytes, if known.

    Returns:
        The root ``<html>`` element.

    Raises:
        ParseError: the input is not str or bytes, is empty, exceeds a limit,
            or cannot be parsed without losing text.
    """
    if not isinstance(html, (str, bytes)):
        raise ParseError(f"expected str or bytes, got {type(html).__name__}")
    check_text_size(html, limits)
    # Bytes that decode_html and strip_controls would leave as they are are
    # parsed as given: encoding the text again cost a third of the parse.
    data = html if isinstance(html, bytes) else None
    text = None if data is None else _decode_as_is(data)
    if text is None:
        data = None
        text = decode_html(html, encoding) if isinstance(html, bytes) else html
        text = strip_controls(text).lstrip("\ufeff")
    if not text.strip():
        raise ParseError("the page is empty")
    tags = text.count("<")
    if tags > limits.max_tags:
        raise ParseError(
            f"the page holds {tags:,} '<', over the limit of {limits.max_tags:,} "
            "(raise Limits.max_tags to accept it)"
        )
    tree, fatal = _parse(text.encode("utf-8") if data is None else data, huge=False)
    if not fatal:
        return tree
    # libxml2 stops at a fatal error and keeps only what it read so far, most
    # often "Excessive depth" (deeper than 255) or a text node over 10 MB.
    logger.debug("parser gave up (%s); flattening to depth %d", fatal, limits.max_depth)
    flat = _Flattener(limits.max_depth).flatten(text)
    tree, fatal = _parse(flat.encode("utf-8"), huge=True)
    if fatal:
        raise ParseError(f"the page cannot be parsed without losing text: {', '.join(fatal)}")
    # The flattener counts tags, libxml2 adds implied ones (tbody, tr): bound
    # the tree itself, since extractors may walk it recursively.
    _unwrap_deeper_than(tree, limits.max_depth)
    return tree


def holds_more_than(element: lxml.html.HtmlElement, nodes: int) -> bool:
    """Whether the element holds more than ``nodes`` nodes, itself included.

    Counts no further, so that the stages can pass over a box too large to be
    what they look for (a caption, a byline) before reading it: hostile pages
    nest such boxes around huge subtrees, and each would be read whole.
    """
    return sum(1 for _ in itertools.islice(element.iter(), nodes + 1)) > nodes
