"""Hypothesis strategies for pages, texts and their encodings."""

from __future__ import annotations

import codecs

from hypothesis import strategies as st

# Tags a news page uses, with the void ones and the raw-text ones among them.
TAGS = (
    "html",
    "head",
    "body",
    "title",
    "meta",
    "article",
    "main",
    "section",
    "div",
    "p",
    "span",
    "a",
    "b",
    "i",
    "em",
    "strong",
    "h1",
    "h2",
    "h3",
    "ul",
    "ol",
    "li",
    "table",
    "tr",
    "td",
    "blockquote",
    "figure",
    "figcaption",
    "img",
    "br",
    "time",
    "nav",
    "footer",
    "header",
    "aside",
    "pre",
    "noscript",
    "template",
    "svg",
    "select",
    "option",
)
ATTRIBUTES = (
    "class",
    "id",
    "href",
    "src",
    "alt",
    "datetime",
    "content",
    "property",
    "name",
    "itemprop",
    "colspan",
    "rowspan",
    "lang",
    "charset",
    "style",
    "hidden",
)
QUOTATION_MARKS = "\"'\u201c\u201d\u2018\u2019\u201e\u201a\u00ab\u00bb\u2039\u203a\u300c\u300d"
REPORTING_WORDS = (
    " said ",
    " says ",
    " told ",
    " according to ",
    " added",
    " Mr. ",
    " Dr. ",
    ", ",
    ". ",
    "\n\n",
    "\n",
)

# Text of any kind, controls and lone surrogates included: the library must
# cope with what a broken page or a careless caller hands it.
any_text = st.text(st.characters(exclude_categories=()), max_size=200)

# Words, spaces, quotation marks and reporting words: the inputs that drive the
# quotation extractor's patterns.
quote_heavy_text = st.lists(
    st.one_of(
        st.text(st.characters(categories=("L", "Nd")), min_size=1, max_size=12),
        st.sampled_from(QUOTATION_MARKS),
        st.sampled_from(REPORTING_WORDS),
        st.just(" "),
    ),
    max_size=120,
).map("".join)

# Text safe inside an element: no markup characters.
_element_text = st.one_of(
    st.text(st.characters(exclude_characters="<>&", codec="utf-8"), max_size=60),
    quote_heavy_text.map(lambda text: text.replace("<", " ").replace("&", " ")),
)

_attribute_value = st.one_of(
    st.text(st.characters(exclude_characters='"<>&', codec="utf-8"), max_size=30),
    st.sampled_from(("2022-13-45T99:99", "0000-00-00", "9" * 20, "99999999999", "-1", "")),
)


@st.composite
def _attributes(draw: st.DrawFn) -> str:
    names = draw(st.lists(st.sampled_from(ATTRIBUTES), max_size=3, unique=True))
    return "".join(f' {name}="{draw(_attribute_value)}"' for name in names)


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    @st.composite
    def build(draw: st.DrawFn) -> str:
        tag = draw(st.sampled_from(TAGS))
        inner = "".join(draw(st.lists(children, max_size=4)))
        # Broken nesting: end tags left out or swapped for another, as real
        # pages have them.
        end = draw(st.sampled_from((f"</{tag}>", f"</{tag}>", f"</{tag}>", "", "</div>", "</p>")))
        return f"<{tag}{draw(_attributes())}>{inner}{end}"

    return build()


# A fragment of markup: nested elements, text, comments, stray tags, entities.
html_fragments = st.recursive(
    st.one_of(
        _element_text,
        st.sampled_from(
            (
                "<!-- a comment -->",
                "<!--",
                "</span>",
                "<br/>",
                "&amp;",
                "&nbsp;",
                "&#0;",
                "&#xD800;",
                "&bogus;",
                "<![CDATA[x]]>",
                "<?php echo 1 ?>",
                "<",
                ">",
            )
        ),
    ),
    _element,
    max_leaves=40,
)


@st.composite
def html_documents(draw: st.DrawFn) -> str:
    """A whole page: sometimes a doctype and a head, always some body."""
    head = draw(
        st.sampled_from(
            (
                "",
                "<!DOCTYPE html>",
                '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
                "<title>T</title></head>",
                '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
                '"headline": null, "datePublished": 20220101, "author": [null, 1, {}]}'
                "</script></head>",
            )
        )
    )
    body = "".join(draw(st.lists(html_fragments, min_size=1, max_size=6)))
    return f"{head}<body>{body}</body>" if draw(st.booleans()) else f"{head}{body}"


# Encodings a page arrives in, with a byte order mark where one is needed.
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252", "latin-1", "shift_jis", "koi8-r")


@st.composite
def encoded_pages(draw: st.DrawFn) -> bytes:
    """A page in some encoding, declared truthfully, falsely or not at all."""
    page = draw(html_documents())
    encoding = draw(st.sampled_from(ENCODINGS))
    declared = draw(st.sampled_from((None, encoding, "utf-8", "iso-8859-1", "bogus-charset")))
    if declared is not None:
        page = f'<meta charset="{declared}">{page}'
    return page.encode(encoding, errors="replace")


# Letters cp1252 writes as bytes 0xDF-0xFF: none of them is a UTF-8
# continuation byte, so text of these never happens to be valid UTF-8 and its
# decoding is unambiguous.
_CP1252_SAFE = "àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿß"
cp1252_words = st.text(
    st.sampled_from(_CP1252_SAFE + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ"), min_size=1, max_size=10
)

BOMS = {
    "utf-16-le": codecs.BOM_UTF16_LE,
    "utf-16-be": codecs.BOM_UTF16_BE,
    "utf-32-le": codecs.BOM_UTF32_LE,
    "utf-32-be": codecs.BOM_UTF32_BE,
    "utf-8": codecs.BOM_UTF8,
}
