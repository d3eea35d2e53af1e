"""An :class:`~articlekit.Article` rendered for people: Markdown, plain text, a review page.

The plain-text form is the one :func:`articlekit.parse_text` reads: headline,
blank line, standfirst, blank line, byline, blank line, date line, blank line,
then the blocks separated by blank lines, and the credited images last as
caption lines each followed by its credit line. Parsing it gives back the
headline and the paragraphs.

The review page (:func:`render_review_html`) is one self-contained HTML file,
inline CSS and no script, for checking an extraction by eye: every quote is
marked and its speaker shown beside it. Everything the article holds is
escaped, since the page it came from may be hostile.
"""

from __future__ import annotations

import bisect
import datetime as dt
import html
import re
import urllib.parse

from articlekit._models import PARAGRAPH_SEPARATOR, Article, Block, BlockKind, Image, Quote

__all__ = ["render_markdown", "render_review_html", "render_text"]

# Markdown reads these anywhere in a line as markup (emphasis, links, code,
# inline HTML); a backslash makes each literal.
_MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]<>])")
# … and these only at the start of a line (headings, quotes, list items, rules).
# Spaces and tabs only, never line breaks, so each line start scans its own line:
# linear even on a hostile run of blank lines.
_MARKDOWN_LINE_START = re.compile(r"^([ \t]*)([#>+=-]|\d{1,9}(?=[.)]))", re.MULTILINE)
_BACKTICK_RUN = re.compile(r"`+")
# The title is the page's one level-1 heading, so body headings start at 2.
_FIRST_BODY_HEADING_LEVEL = 2
_MAX_HEADING_LEVEL = 6
_IMAGE_URL_SCHEMES = ("http://", "https://")
_DEFAULT_CREDIT_LABEL = "Photo"
# Words that end a credit label which is read on into the name ("Photo by").
_LABEL_PREPOSITIONS = frozenset(
    {"by", "von", "par", "por", "di", "da", "door", "av", "af", "przez"}
)


def _escape_markdown(text: str) -> str:
    text = _MARKDOWN_INLINE.sub(r"\\\1", text)
    return _MARKDOWN_LINE_START.sub(r"\1\\\2", text)


def _byline(article: Article) -> str | None:
    if not article.authors:
        return None
    names = list(article.authors)
    if len(names) == 1:
        return f"By {names[0]}"
    return f"By {', '.join(names[:-1])} and {names[-1]}"


def _format_date(value: dt.date) -> str:
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    return value.isoformat()


def _date_lines(article: Article) -> list[str]:
    lines = []
    if article.published is not None:
        lines.append(f"Published: {_format_date(article.published)}")
    if article.modified is not None and article.modified != article.published:
        lines.append(f"Updated: {_format_date(article.modified)}")
    return lines


def _credit_line(image: Image) -> str | None:
    if image.credit is None:
        return None
    label = image.credit.label or _DEFAULT_CREDIT_LABEL
    # "Photo: Jo Doe" but "Photo by Jo Doe" and "© Jo Doe", as pages print them.
    last_word = label.rsplit(None, 1)[-1].casefold()
    if not label[-1].isalnum() or last_word in _LABEL_PREPOSITIONS:
        return f"{label} {image.credit.text}"
    return f"{label}: {image.credit.text}"


def _markdown_block(block: Block) -> str:
    text = block.text
    if block.kind is BlockKind.PREFORMATTED:
        longest = max((len(run) for run in _BACKTICK_RUN.findall(text)), default=0)
        fence = "`" * max(3, longest + 1)
        return f"{fence}\n{text}\n{fence}"
    escaped = _escape_markdown(text)
    if block.kind is BlockKind.HEADING:
        level = min(max(block.level or 0, _FIRST_BODY_HEADING_LEVEL), _MAX_HEADING_LEVEL)
        return f"{'#' * level} {_one_line(escaped)}"
    if block.kind is BlockKind.LIST_ITEM:
        return "- " + escaped.replace("\n", "\n  ")
    if block.kind is BlockKind.BLOCKQUOTE:
        return "> " + escaped.replace("\n", "\n> ")
    return escaped


def _one_line(text: str) -> str:
    # A Markdown heading or image alt text cannot span lines.
    return " ".join(text.splitlines())


def _markdown_image(image: Image) -> str | None:
    parts = []
    if image.url is not None and image.url.startswith(_IMAGE_URL_SCHEMES):
        # Angle brackets let the URL hold spaces and parentheses; percent-encode
        # the characters that would end it early.
        url = urllib.parse.quote(image.url, safe=":/?#@!$&'()*+,;=%~")
        alt = _escape_markdown(_one_line(image.alt or ""))
        parts.append(f"![{alt}](<{url}>)")
    caption = " ".join(
        part
        for part in (
            None if image.caption is None else f"*{_escape_markdown(image.caption)}*",
            None if image.credit is None else _escape_markdown(_credit_line(image) or ""),
        )
        if part
    )
    if caption:
        parts.append(caption)
    return "\n".join(parts) or None


def render_markdown(article: Article) -> str:
    """Render an article as Markdown.

    The headline as the level-1 heading, the standfirst in italics, the byline
    and dates, then the blocks (headings from ``##``, list items as ``- ``,
    blockquotes as ``> ``, preformatted text fenced) and the images with their
    caption and credit. Text from the page is escaped so that it reads as text.

    Args:
        article: the article.

    Returns:
        The Markdown, ending with a newline.
    """
    parts: list[str] = []
    if article.title:
        parts.append(f"# {_one_line(_escape_markdown(article.title))}")
    if article.subtitle:
        parts.append(f"*{_escape_markdown(article.subtitle)}*")
    meta = [line for line in (_byline(article), *_date_lines(article)) if line]
    if meta:
        parts.append("  \n".join(_escape_markdown(line) for line in meta))
    parts.extend(_markdown_block(block) for block in article.blocks)
    parts.extend(image for image in map(_markdown_image, article.images) if image)
    return PARAGRAPH_SEPARATOR.join(parts) + "\n"


def _text_block(block: Block) -> str:
    if block.kind is BlockKind.LIST_ITEM:
        return f"- {block.text}"
    return block.text


def render_text(article: Article) -> str:
    """Render an article as plain text, in the form :func:`articlekit.parse_text` reads.

    Headline, standfirst, byline and date line, each a paragraph of its own,
    then the blocks (list items marked ``- ``) separated by blank lines, and
    last each credited image's caption with its credit line below it. An image
    without a credit is left out: its caption alone would read back as one more
    paragraph.

    Args:
        article: the article.

    Returns:
        The text, ending with a newline.
    """
    parts = [part for part in (article.title, article.subtitle, _byline(article)) if part]
    parts.extend(_date_lines(article))
    parts.extend(_text_block(block) for block in article.blocks)
    for image in article.images:
        credit = _credit_line(image)
        if credit is not None:
            parts.append(credit if image.caption is None else f"{image.caption}\n{credit}")
    return PARAGRAPH_SEPARATOR.join(parts) + "\n"


_REVIEW_CSS = """
body{font:16px/1.5 Georgia,serif;margin:0;background:#f6f5f1;color:#222}
main{max-width:46rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.9rem;line-height:1.2;margin:.2rem 0}
.standfirst{font-size:1.15rem;color:#555}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;
  font:14px/1.4 system-ui,sans-serif;color:#444;border-top:1px solid #ccc;
  border-bottom:1px solid #ccc;padding:.5rem 0}
dl.meta dt{font-weight:600}dl.meta dd{margin:0;overflow-wrap:anywhere}
mark{background:#fde68a;padding:0 .1em}
.speaker{font:12px/1 system-ui,sans-serif;background:#1e3a8a;color:#fff;
  border-radius:.6em;padding:.15em .5em;margin-left:.25em;white-space:nowrap}
.speaker.none{background:#9ca3af}
blockquote{border-left:3px solid #999;margin-left:0;padding-left:1rem;color:#444}
pre{white-space:pre-wrap;background:#eee;padding:.5rem}
.kind{font:11px system-ui,sans-serif;color:#888;text-transform:uppercase}
figure{margin:1rem 0;padding:.5rem;background:#fff;border:1px solid #ddd}
.credit{color:#666;font-size:.9em}
.url{font:12px monospace;color:#666;overflow-wrap:anywhere}
table{border-collapse:collapse;font:14px/1.4 system-ui,sans-serif;width:100%}
td,th{border-bottom:1px solid #ddd;padding:.3rem;text-align:left;vertical-align:top}
.missing{color:#999;font-style:italic}
"""
_CLOSING_MARKS = frozenset("\"'”’»›」』")
_BLOCK_TAGS = {
    BlockKind.PARAGRAPH: "p",
    BlockKind.BLOCKQUOTE: "blockquote",
    BlockKind.PREFORMATTED: "pre",
    BlockKind.LIST_ITEM: "li",
}


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _speaker_label(quote: Quote) -> str:
    if quote.speaker is None:
        return '<span class="speaker none">unattributed</span>'
    role = f", {_esc(quote.speaker_role)}" if quote.speaker_role else ""
    return f'<span class="speaker">{_esc(quote.speaker)}{role}</span>'


def _marked(text: str, offset: int, quotes: list[Quote]) -> str:
    """A block's text, escaped, with each quote inside it marked and its speaker beside it."""
    parts: list[str] = []
    position = 0
    starts = [quote.start - offset for quote in quotes]
    for index, quote in enumerate(quotes):
        start, end = quote.start - offset, quote.end - offset
        if start < position:
            # Overlaps the quote marked before it: keep the first.
            continue
        parts.append(_esc(text[position:start]))
        # The speaker goes after the closing quotation mark, where a reader looks
        # for it, but never into the next quote.
        following = bisect.bisect_left(starts, end, lo=index + 1)
        limit = starts[following] if following < len(starts) else len(text)
        closing = end
        while closing < limit and text[closing] in _CLOSING_MARKS:
            closing += 1
        parts.append(f'<mark title="{_esc(quote.speaker or "unattributed")}">')
        parts.append(f"{_esc(text[start:end])}</mark>{_esc(text[end:closing])}")
        parts.append(_speaker_label(quote))
        position = closing
    parts.append(_esc(text[position:]))
    return "".join(parts)


def _review_blocks(article: Article) -> list[str]:
    quotes = sorted(article.quotes, key=lambda quote: (quote.start, quote.end))
    lines: list[str] = []
    offset = 0
    in_list = False
    next_quote = 0
    for block in article.blocks:
        end = offset + len(block.text)
        # One pass over the sorted quotes for all blocks: linear even when a
        # hostile page has thousands of each.
        first = next_quote
        while next_quote < len(quotes) and quotes[next_quote].start < end:
            next_quote += 1
        inside = [
            quote
            for quote in quotes[first:next_quote]
            if quote.start >= offset and quote.end <= end
        ]
        body = _marked(block.text, offset, inside)
        if block.kind is BlockKind.LIST_ITEM and not in_list:
            lines.append("<ul>")
        elif block.kind is not BlockKind.LIST_ITEM and in_list:
            lines.append("</ul>")
        in_list = block.kind is BlockKind.LIST_ITEM
        if block.kind is BlockKind.HEADING:
            level = min(max(block.level or 0, _FIRST_BODY_HEADING_LEVEL), _MAX_HEADING_LEVEL)
            lines.append(f"<h{level}>{body}</h{level}>")
        else:
            tag = _BLOCK_TAGS[block.kind]
            lines.append(f"<{tag}>{body}</{tag}>")
        offset = end + len(PARAGRAPH_SEPARATOR)
    if in_list:
        lines.append("</ul>")
    return lines


def _meta_rows(article: Article) -> list[tuple[str, str | None]]:
    return [
        ("By", ", ".join(article.authors) or None),
        ("Published", None if article.published is None else _format_date(article.published)),
        ("Modified", None if article.modified is None else _format_date(article.modified)),
        ("Site", article.site_name),
        ("Section", article.section),
        ("Language", article.language),
        ("Tags", ", ".join(article.tags) or None),
        ("URL", article.url),
        ("Canonical", article.canonical_url),
    ]


def _review_image(image: Image) -> str:
    caption = _esc(image.caption) if image.caption else '<span class="missing">no caption</span>'
    credit = ""
    if image.credit is not None:
        who = [
            f"{name}: {_esc(value)}"
            for name, value in (
                ("photographer", image.credit.photographer),
                ("agency", image.credit.agency),
            )
            if value
        ]
        extra = f" ({'; '.join(who)})" if who else ""
        credit = f' <span class="credit">{_esc(_credit_line(image) or "")}{extra}</span>'
    alt = f'<div class="url">alt: {_esc(image.alt)}</div>' if image.alt else ""
    url = f'<div class="url">{_esc(image.url)}</div>' if image.url else ""
    # The image itself is not embedded: the review page loads nothing from outside.
    return f"<figure><figcaption>{caption}{credit}</figcaption>{alt}{url}</figure>"


def _review_quote_row(quote: Quote) -> str:
    cells = (quote.text, quote.speaker, quote.speaker_role, quote.cue)
    return (
        "<tr>"
        + "".join(
            f"<td>{_esc(cell)}</td>" if cell else '<td class="missing">–</td>' for cell in cells
        )
        + "</tr>"
    )


def render_review_html(article: Article) -> str:
    """Render an article as one self-contained HTML page for reviewing the extraction.

    Title, standfirst, byline, dates and the other metadata, the main text with
    every quote marked (``<mark>``) and its speaker beside it, the images with
    caption and credit (listed, not embedded), and a table of the quotes. The
    CSS is inline; the page has no script and loads nothing. Every value is
    HTML-escaped.

    Args:
        article: the article.

    Returns:
        The HTML document.
    """
    title = article.title or "(no title)"
    lines = [
        "<!DOCTYPE html>",
        f'<html lang="{_esc(article.language or "und")}">',
        '<head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_esc(title)} – articlekit review</title>",
        f"<style>{_REVIEW_CSS}</style></head>",
        "<body><main><header>",
        f"<h1>{_esc(title)}</h1>" if article.title else '<h1 class="missing">no title</h1>',
    ]
    if article.subtitle:
        lines.append(f'<p class="standfirst">{_esc(article.subtitle)}</p>')
    lines.append('<dl class="meta">')
    for name, value in _meta_rows(article):
        shown = _esc(value) if value else '<span class="missing">none</span>'
        lines.append(f"<dt>{name}</dt><dd>{shown}</dd>")
    lines.append("</dl></header><article>")
    lines.extend(_review_blocks(article) or ['<p class="missing">no main text</p>'])
    lines.append("</article>")
    if article.images:
        lines.append(f"<section><h2>Images ({len(article.images)})</h2>")
        lines.extend(_review_image(image) for image in article.images)
        lines.append("</section>")
    if article.quotes:
        lines.append(f"<section><h2>Quotes ({len(article.quotes)})</h2><table>")
        lines.append("<tr><th>Quote</th><th>Speaker</th><th>Role</th><th>Cue</th></tr>")
        lines.extend(_review_quote_row(quote) for quote in article.quotes)
        lines.append("</table></section>")
    lines.append("</main></body></html>")
    return "\n".join(lines) + "\n"
