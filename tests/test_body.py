"""Tests for the main-text extractor (articlekit._body)."""

from __future__ import annotations

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

import articlekit
from articlekit import _body
from articlekit._body import extract_blocks
from articlekit._load import load_html
from articlekit._models import Block, BlockKind
from strategies import html_documents

# Article paragraphs long enough to look like article text to the extractor.
P1 = (
    "The council voted on Tuesday to close the old bridge, citing a report that found "
    "corrosion in three of its four supporting piers, and said repairs would take a year."
)
P2 = (
    "Residents who cross the river every day will have to drive twenty minutes further, "
    "and shop owners on the east bank fear that they will lose much of their custom."
)
P3 = (
    "A temporary footbridge is planned for the spring, the mayor said, although no firm has "
    "yet been chosen to build it and the budget for it has not been approved."
)


def _page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def _article(*inner: str) -> str:
    return "<article>" + "".join(inner) + "</article>"


def _texts(html: str, title: str | None = None) -> list[str]:
    return [block.text for block in extract_blocks(load_html(html), title=title)]


def _story() -> str:
    return f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>"


def test_paragraphs_in_order() -> None:
    """The article's paragraphs come out in reading order."""
    assert [P1, P2, P3] == _texts(_page(_article(_story())))


def test_navigation_dropped() -> None:
    """A <nav> menu next to the article is not main text."""
    nav = "<nav><a href='/'>Home</a> <a href='/world'>World news and politics</a></nav>"
    assert [P1, P2, P3] == _texts(_page(nav + _article(_story())))


def test_related_box_dropped() -> None:
    """A box named 'related' inside the article is dropped."""
    related = (
        "<div class='related-stories'><p>Another story about a different bridge in "
        "another town that readers might like to read next week.</p></div>"
    )
    assert [P1, P2, P3] == _texts(_page(_article(_story(), related)))


def test_figure_caption_dropped() -> None:
    """Figure captions and credit-classed lines are not main text."""
    figure = "<figure><img src='a.jpg'><figcaption>The old bridge at dusk.</figcaption></figure>"
    credit = "<p class='image-credit'>Photo: Jane Doe / Agency</p>"
    assert [P1, P2, P3] == _texts(_page(_article(figure, credit, _story())))


def test_short_paragraph_kept() -> None:
    """A one-sentence paragraph in the middle of the story is kept."""
    assert [P1, "It was not.", P2, P3] == _texts(
        _page(_article(f"<p>{P1}</p><p>It was not.</p><p>{P2}</p><p>{P3}</p>"))
    )


def test_quote_initial_paragraph_kept() -> None:
    """A paragraph that opens with a quotation mark is kept."""
    quote = "“We had no choice,” the mayor said."
    assert [P1, quote, P2] == _texts(_page(_article(f"<p>{P1}</p><p>{quote}</p><p>{P2}</p>")))


def test_nested_section_kept() -> None:
    """Text inside nested sections and <small> belongs to the article."""
    nested = f"<section><div><section><p>{P2}</p></section></div></section>"
    small = "<p><small>Additional reporting from the river bank.</small></p>"
    assert [P1, P2, "Additional reporting from the river bank.", P3] == _texts(
        _page(_article(f"<p>{P1}</p>", nested, small, f"<p>{P3}</p>"))
    )


def test_headings_typed_with_level() -> None:
    """Subheadings become HEADING blocks with their level."""
    blocks = extract_blocks(
        load_html(_page(_article(f"<p>{P1}</p><h2>What happens next</h2><p>{P2}</p>"))),
        title=None,
    )
    assert Block(kind=BlockKind.HEADING, text="What happens next", level=2) == blocks[1]


def test_list_items_typed() -> None:
    """Items of a list in the article become LIST_ITEM blocks."""
    items = "<ul><li>Closed from Monday</li><li>Footbridge in spring</li></ul>"
    blocks = extract_blocks(
        load_html(_page(_article(f"<p>{P1}</p>", items, f"<p>{P2}</p>"))), title=None
    )
    assert [BlockKind.LIST_ITEM, BlockKind.LIST_ITEM] == [block.kind for block in blocks[1:3]]


def test_blockquote_typed() -> None:
    """A blockquote becomes a BLOCKQUOTE block."""
    quote = "<blockquote><p>Nobody should drive over it again.</p></blockquote>"
    blocks = extract_blocks(
        load_html(_page(_article(f"<p>{P1}</p>", quote, f"<p>{P2}</p>"))), title=None
    )
    assert Block(kind=BlockKind.BLOCKQUOTE, text="Nobody should drive over it again.") == blocks[1]


def test_preformatted_keeps_lines() -> None:
    """Preformatted text keeps its single line breaks."""
    pre = "<pre>line one\n  line two</pre>"
    blocks = extract_blocks(
        load_html(_page(_article(f"<p>{P1}</p>", pre, f"<p>{P2}</p>"))), title=None
    )
    assert Block(kind=BlockKind.PREFORMATTED, text="line one\nline two") == blocks[1]


def test_br_separated_text_split() -> None:
    """Text straight inside a div, separated by <br>, becomes separate paragraphs."""
    assert [P1, P2, P3] == _texts(_page(f"<div class='story'>{P1}<br><br>{P2}<br>{P3}</div>"))


def test_script_and_style_never_text() -> None:
    """Script, style and template content never reaches the text."""
    junk = "<script>var x = 'tracking code';</script><style>p {color: red}</style>"
    assert [P1, P2, P3] == _texts(_page(_article(junk, _story(), "<template>hidden</template>")))


def test_headline_repeat_dropped() -> None:
    """The headline repeated at the top of the body is dropped."""
    html = _page(_article("<h2>Bridge to close</h2>", _story()))
    assert [P1, P2, P3] == _texts(html, title="Bridge to close")


def test_headline_repeat_punctuated_otherwise_dropped() -> None:
    """The headline repeated with its kicker set off by a span, not a colon, is dropped."""
    heading = '<h2><span class="kicker">Transport</span> "Old bridge" closes</h2>'
    html = _page(_article(heading, _story()))
    assert [P1, P2, P3] == _texts(html, title='Transport: "Old bridge" closes')


def test_h1_and_kicker_dropped() -> None:
    """The h1 headline and the kicker above it are not main text."""
    html = _page(_article("<p>Transport</p><h1>Old bridge closes</h1>", _story()))
    assert [P1, P2, P3] == _texts(html)


def test_headline_of_the_story_header_dropped() -> None:
    """The first heading of the story's <header> is its headline, whatever the title says."""
    header = (
        "<header><p>Transport</p><h2>Council shuts the crossing</h2><p>Short lead.</p></header>"
    )
    html = _page(_article(header, _story()))
    assert ["Short lead.", P1, P2, P3] == _texts(html, title="Bridge to close, council says")


LONG_STANDFIRST = (
    "The council has voted to close the old bridge over the river for a year after engineers "
    "found corrosion in three of its four piers."
)


def test_date_line_after_a_long_standfirst_in_the_story_header_dropped() -> None:
    """The story's <header> holds no text: its date line goes, even after a long standfirst."""
    header = f"<header><h1>Bridge to close</h1><p>{LONG_STANDFIRST}</p><p>12.05.2024, 14:30</p>"
    html = _page(_article(header + "</header>", _story()))
    assert [LONG_STANDFIRST, P1, P2, P3] == _texts(html)


def test_long_programme_line_in_the_story_header_dropped() -> None:
    """A line of the story's header that tells a time is its date line, however many words."""
    line = "This story was first broadcast on Radio One's evening news on 14.04.2026 at 17:50."
    header = f"<header><h1>Bridge to close</h1><p>{line}</p></header>"
    assert [P1, P2, P3] == _texts(_page(_article(header, _story())))


def test_short_standfirst_with_a_year_in_the_story_header_kept() -> None:
    """A year or a decimal number is no date line: a short standfirst that names one stays."""
    standfirst = "Petrol now costs 1.85 euros a litre, the highest price since 2008 and the month."
    header = f"<header><h1>Petrol prices</h1><p>{standfirst}</p></header>"
    assert [standfirst, P1, P2, P3] == _texts(_page(_article(header, _story())))


def test_section_header_after_the_text_kept() -> None:
    """A <header> heading a later section is a subheading: only text before the story is cut."""
    section = "<section><header><h2>What comes next</h2></header><p>" + P3 + "</p></section>"
    html = _page(_article("<p>" + P1 + "</p><p>" + P2 + "</p>", section))
    assert [P1, P2, "What comes next", P3] == _texts(html)


def test_byline_and_dateline_dropped() -> None:
    """Byline and dateline lines above the text are dropped."""
    html = _page(_article("<p>By Jane Doe</p><p>12.05.2024, 14:30</p>", _story()))
    assert [P1, P2, P3] == _texts(html)


@pytest.mark.parametrize(
    "line",
    [
        "By Example News with Agencies",
        "2024年5月12日 14時30分",
        "김민수 기자 외 1명",
        "新华社记者 王明",
        "Jane Doe 5 hours ago",
        "Max Muster · vor 3 Stunden",
        "Il y a 2 jours",
        "hace 4 horas",
    ],
)
def test_more_bylines_and_datelines_above_the_text_dropped(line: str) -> None:
    """ "By … with Agencies", a CJK reporter's line, a Japanese date alone and a time told
    from now ("5 hours ago") above the text are header lines."""
    assert [P1, P2, P3] == _texts(_page(_article(f"<p>{line}</p>", _story())))


@pytest.mark.parametrize(
    "line",
    [
        # 記者会 is a press conference, not a reporter.
        "首相は記者会見で新しい計画を説明した。",
        # A CJK sentence runs without spaces: a short one telling a date is one "word".
        "リーグ戦の開幕は3月20日に予定されており、各チームが準備を進めている。",
    ],
)
def test_short_cjk_sentence_above_the_text_kept(line: str) -> None:
    """A short Chinese or Japanese sentence above the text is the story's."""
    assert [line, P1, P2] == _texts(_page(_article(f"<p>{line}</p><p>{P1}</p><p>{P2}</p>")))


def test_time_from_now_inside_text_kept() -> None:
    """A short sentence between paragraphs that tells a time from now is news."""
    line = "The fire broke out 5 hours ago."
    assert [P1, line, P2] == _texts(_page(_article(f"<p>{P1}</p><p>{line}</p><p>{P2}</p>")))


def test_ad_word_matched_on_word_boundary() -> None:
    """'ad' in a class marks an ad box, but 'header' or 'read' does not."""
    html = _page(
        _article(
            f"<div class='ad-slot'><p>{P3}</p></div>",
            f"<div class='article-header'><p>{P1}</p></div>",
            f"<div class='read-on'><p>{P2}</p></div>",
        )
    )
    assert [P1, P2] == _texts(html)


def test_hidden_elements_dropped() -> None:
    """display:none, hidden and aria-hidden elements are not text."""
    hidden = (
        "<p style='display: none'>Hidden styled text that nobody sees.</p>"
        "<p hidden>Hidden attribute text.</p><p aria-hidden='true'>Screen text.</p>"
    )
    assert [P1, P2, P3] == _texts(_page(_article(hidden, _story())))


def test_paragraph_of_prose_marked_aria_hidden_is_text() -> None:
    """aria-hidden hides from screen readers only: a paywalled paragraph so marked is printed."""
    paywalled = f"<p class='paywall' aria-hidden='true'>{P3}</p>"
    menu = f"<div aria-hidden='true'><p>{P3.upper()}</p></div>"
    html = _page(_article(f"<p>{P1}</p><p>{P2}</p>", paywalled, menu))
    assert [P1, P2, P3] == _texts(html)


def test_share_and_newsletter_dropped() -> None:
    """Share bars and newsletter prompts inside the article are dropped."""
    share = "<div class='share-bar'><a href='#'>Facebook</a> <a href='#'>X</a></div>"
    newsletter = (
        "<div class='newsletter-signup'><p>Get our best stories every morning in your inbox."
        "</p></div>"
    )
    assert [P1, P2, P3] == _texts(_page(_article(share, _story(), newsletter)))


def test_comments_dropped_even_when_long() -> None:
    """Reader comments are dropped even when they hold more text than the article."""
    comment = f"<div class='comment'><p>{P3} {P2}</p></div>"
    comments = "<section id='comments'>" + comment * 6 + "</section>"
    assert [P1, P2] == _texts(_page(_article(f"<p>{P1}</p><p>{P2}</p>") + comments))


def test_cookie_banner_dropped() -> None:
    """A cookie banner is not main text."""
    banner = f"<div class='cookie-banner'><p>{P3}</p></div>"
    assert [P1, P2] == _texts(_page(banner + _article(f"<p>{P1}</p><p>{P2}</p>")))


def test_link_list_dropped() -> None:
    """A list of links inside the article is a menu, not text."""
    links = (
        "<ul><li><a href='/a'>First other story</a></li><li><a href='/b'>Second one</a></li></ul>"
    )
    assert [P1, P2, P3] == _texts(_page(_article(_story(), links)))


def test_teaser_cards_not_chosen() -> None:
    """A row of teaser cards with linked headlines does not win over the story."""
    card = (
        "<div class='card'><h3><a href='/x'>A headline for another story entirely</a></h3>"
        f"<p>{P3}</p></div>"
    )
    html = _page(
        f"<div class='main'>{_article(f'<p>{P1}</p><p>{P2}</p>')}<div>{card * 4}</div></div>"
    )
    assert [P1, P2] == _texts(html)


def test_misnamed_wrapper_kept() -> None:
    """A wrapper with a boilerplate name that holds the whole story is kept."""
    html = _page(f"<div class='widget blog-widget'>{_article(_story())}</div>")
    assert [P1, P2, P3] == _texts(html)


def test_form_wrapped_page_kept() -> None:
    """A page that sits inside one <form> (ASP.NET) still yields its text."""
    assert [P1, P2, P3] == _texts(_page(f"<form action='/'>{_article(_story())}</form>"))


def test_state_class_names_give_no_words() -> None:
    """'comments-enabled' on the story's wrapper does not make it boilerplate."""
    html = _page(f"<div class='comments-enabled'>{_article(_story())}</div>")
    assert [P1, P2, P3] == _texts(html)


def test_headline_article_chosen_among_several() -> None:
    """On a page holding several articles, the one with the page's headline wins."""
    other = _article("<h1>Other story</h1>", f"<p>{P3}</p><p>{P3}</p><p>{P3}</p><p>{P3}</p>")
    mine = _article("<h1>Bridge to close</h1>", f"<p>{P1}</p><p>{P2}</p><p>{P1}</p><p>{P2}</p>")
    assert [P1, P2, P1, P2] == _texts(_page(other + mine), title="Bridge to close")


def test_hidden_paywall_text_kept() -> None:
    """Text printed hidden behind a paywall is kept when it is most of the story."""
    html = _page(_article(f"<p>{P1}</p><div class='paywall' hidden><p>{P2}</p><p>{P3}</p></div>"))
    assert [P1, P2, P3] == _texts(html)


def test_ruby_annotations_dropped() -> None:
    """Ruby readings printed over East Asian text are not text."""
    ruby = "<p><ruby>子<rt>こ</rt></ruby>どもへの虐待をなくすための法律ができました。</p>"
    assert "子どもへの虐待をなくすための法律ができました。" in _texts(
        _page(_article(ruby, _story()))
    )


def test_noscript_only_page_read() -> None:
    """A page that prints everything inside <noscript> still yields its text."""
    assert [P1, P2, P3] == _texts(_page(f"<noscript><div>{_article(_story())}</div></noscript>"))


def test_empty_page_gives_no_blocks() -> None:
    """A page without text gives an empty tuple."""
    assert () == extract_blocks(load_html(_page("<div><img src='a.jpg'></div>")), title=None)


def test_tree_not_changed() -> None:
    """The extractor only reads the tree (the images extractor reads it afterwards)."""
    tree = load_html(
        _page("<nav>Menu</nav>" + _article("<figure><figcaption>C</figcaption></figure>", _story()))
    )
    before = lxml.html.tostring(tree)
    extract_blocks(tree, title="Bridge")
    assert before == lxml.html.tostring(tree)


def test_deep_nesting_survives() -> None:
    """Thousands of nested divs do not exhaust the recursion."""
    html = _page("<div>" * 5000 + P1 + "</div>" * 5000)
    assert [P1] == _texts(html)


@given(html_documents())
def test_blocks_always_valid(html: str) -> None:
    """On any page, every block is non-blank and holds no blank line."""
    try:
        tree = load_html(html)
    except ValueError:
        return  # load_html refuses it (ParseError); not this module's concern
    for block in extract_blocks(tree, title=None):
        assert (True, False) == (bool(block.text.strip()), "\n\n" in block.text)


def test_sentence_opening_with_by_kept() -> None:
    """A sentence that opens with "By" is text, not a byline."""
    line = "By Tuesday, the council had changed its mind."
    assert [P1, line, P2] == _texts(_page(_article(f"<p>{P1}</p><p>{line}</p><p>{P2}</p>")))


def test_date_line_inside_text_kept() -> None:
    """A short line with a date between paragraphs is news, not a dateline."""
    line = "Deadline: 03.11.2024"
    assert [P1, line, P2] == _texts(_page(_article(f"<p>{P1}</p><p>{line}</p><p>{P2}</p>")))


def test_heading_of_removed_box_dropped() -> None:
    """A heading left with nothing under it (its link list gone) is dropped."""
    box = (
        "<h3>Related articles</h3>"
        "<ul><li><a href='/a'>One</a></li><li><a href='/b'>Two</a></li></ul>"
    )
    assert [P1, P2, P3] == _texts(_page(_article(_story(), "<h2>More from us</h2>", box)))


def test_lead_beside_named_body_kept() -> None:
    """A lead paragraph printed beside the named article body belongs to the text."""
    lead = "The old bridge will close on Monday for a year."
    html = _page(
        "<div class='story'>"
        f"<div class='lead'><p>{lead}</p></div>"
        f"<div class='article-body'>{_story()}</div>"
        "</div><div class='sidebar'><a href='/x'>Most read story of the week on this site</a></div>"
    )
    assert [lead, P1, P2, P3] == _texts(html)


def test_article_header_is_not_page_header() -> None:
    """An <article>'s own <header> is read (and trimmed), unlike the page's masthead."""
    html = _page(
        "<header><p>The Daily Example, news since 1901, read by all in the valley.</p></header>"
        + _article(
            f"<header><h1>Bridge to close</h1><p>{P1}</p></header>", f"<p>{P2}</p><p>{P3}</p>"
        )
    )
    assert [P1, P2, P3] == _texts(html)


def test_nested_teaser_article_dropped() -> None:
    """An <article> inside the article under a linked headline is a teaser."""
    teaser = "<article><h3><a href='/other'>Another story</a></h3><p>" + P3 + "</p></article>"
    assert [P1, P2] == _texts(_page(_article(f"<p>{P1}</p><p>{P2}</p>", teaser)))


def test_nested_section_article_kept() -> None:
    """An <article> inside the article without a linked headline is part of the story."""
    inner = f"<article><h2>The repairs</h2><p>{P3}</p></article>"
    assert [P1, P2, "The repairs", P3] == _texts(_page(_article(f"<p>{P1}</p><p>{P2}</p>", inner)))


def test_text_after_skipped_element_kept() -> None:
    """The words after an image or a meta tag inside a paragraph are kept."""
    line = (
        "The ferry <img src='f.jpg'>runs every hour, <meta itemprop='name' content='X'>Lyft said."
    )
    assert "The ferry runs every hour, Lyft said." in _texts(
        _page(_article(_story(), f"<p>{line}</p>"))
    )


def test_class_words_inside_sentence_ignored() -> None:
    """A link named like boilerplate inside a sentence keeps its words."""
    line = "The <a class='keywords' href='/t/council'>council</a> met on Monday."
    assert "The council met on Monday." in _texts(_page(_article(_story(), f"<p>{line}</p>")))


def test_fragments_after_the_text_dropped() -> None:
    """Short lines that are no sentence after the story (labels, names) are dropped."""
    footer = "<p>Leave a reply</p><p>Newsroom contact</p><p>Thanks for reading!</p>"
    assert [P1, P2, P3, "Thanks for reading!"] == _texts(_page(_article(_story(), footer)))


def test_closing_sentence_with_the_reporters_in_brackets_kept() -> None:
    """A Japanese story's short last paragraph ends with its reporters in 【】 after the stop."""
    closing = "一方で、イスラエル軍は13日、兵士5人が死亡したと発表した。【エルサレム松岡大地】"
    html = _page(_article(_story(), f"<p>{closing}</p>"))
    assert [P1, P2, P3, closing] == _texts(html)


def test_nested_article_with_linked_picture_dropped() -> None:
    """An <article> inside the article whose picture links elsewhere is a teaser."""
    teaser = f"<article><a href='/other'><img src='t.jpg'></a><p>{P3}</p></article>"
    assert [P1, P2] == _texts(_page(_article(f"<p>{P1}</p><p>{P2}</p>", teaser)))


def test_script_inside_pre_never_text() -> None:
    """A script inside preformatted text does not reach the text."""
    pre = "<pre>x = 1<script>tracker()</script>\ny = 2</pre>"
    blocks = extract_blocks(load_html(_page(_article(_story(), pre))), title=None)
    assert Block(kind=BlockKind.PREFORMATTED, text="x = 1\ny = 2") == blocks[-1]


def test_script_text_out_of_its_tag_dropped() -> None:
    """Program code that broken markup let out of a <script> is not text."""
    code = "(function() { var a = 1; var b = {x: 2}; if (a == b) { run(a); } })();"
    assert [P1, P2, P3] == _texts(_page(_article(_story(), f"<div>{code}</div>")))


def test_embedded_post_kept() -> None:
    """A post embedded in a "social" wrapper is quoted in the story and kept."""
    embed = "<div class='social-embed'><blockquote><p>The bridge is closed.</p></blockquote></div>"
    share = "<div class='social-share'><a href='#'>Share on X</a></div>"
    assert [P1, P2, "The bridge is closed.", P3] == _texts(
        _page(_article(f"<p>{P1}</p><p>{P2}</p>", embed, share, f"<p>{P3}</p>"))
    )


def test_nested_story_with_linked_picture_kept() -> None:
    """A long nested <article> whose picture links to its large version is the story."""
    body = f"<article><a href='/big.jpg'><img src='s.jpg'></a><p>{P1}</p><p>{P2}</p><p>{P3}</p>"
    body += f"<p>{P1}</p><p>{P2}</p></article>"
    assert [P1, P2, P3, P1, P2] == _texts(_page(_article("<h1>Bridge to close</h1>", body)))


def test_declared_main_content_never_boilerplate_by_name() -> None:
    """<main> and itemprop=articleBody keep their text whatever their names say."""
    inner = f"<div itemprop='articleBody' class='meta-body'>{_story()}</div>"
    html = _page(f"<main id='skip-main'>{inner}</main>")
    assert [P1, P2, P3] == _texts(html)


def test_heading_with_kicker_and_title_dropped() -> None:
    """A heading that prints the kicker glued to the headline is the headline."""
    heading = "<h2><span>Transport</span><span>Old bridge closes after corrosion report</span></h2>"
    html = _page(_article(heading, _story()))
    assert [P1, P2, P3] == _texts(html, title="Old bridge closes after corrosion report")


def test_byline_with_agency_dropped() -> None:
    """A byline naming authors and an agency after a comma is dropped."""
    html = _page(_article("<p>Von Anna Beispiel und Hans Test, dpa</p>", _story()))
    assert [P1, P2, P3] == _texts(html)


@pytest.mark.parametrize(
    "line",
    [
        "Reading time: 4 minutes",
        "Tempo de leitura: 7 minutos",
        "Related post: Onion soup",
        "Recommended for you",
        "Loading...",
        "Table of Contents",
        "Para saber más",
        "Реклама",
        "Article continues below",
        "Story continues below advertisement",
        "We apologise, but this video has failed to load.",
        "Video unavailable",
        "Empfohlener redaktioneller Inhalt",
        "Externer Inhalt",
        "Článek",
        "1.234 letture",
    ],
)
def test_reading_time_and_related_post_lines_dropped(line: str) -> None:
    """A reading time, "Related post:", "Loading...", "Table of Contents", what stands in
    for an advert or a player ("Article continues below") … are labels."""
    html = _page(_article(f"<p>{line}</p>", f"<p>{P1}</p><p>{line}</p><p>{P2}</p>"))
    assert [P1, P2] == _texts(html)


def test_related_story_line_dropped() -> None:
    """A line opening with a "see also" label and a colon names another story and goes."""
    related = "<p>Lesen Sie auch: Neue Brücke für die Altstadt</p>"
    assert [P1, P2, P3] == _texts(_page(_article(f"<p>{P1}</p>{related}<p>{P2}</p><p>{P3}</p>")))


def test_widget_title_question_dropped() -> None:
    """A widget title after the story ("Schon gelesen?") is a label, though it ends in "?"."""
    assert [P1, P2, P3] == _texts(_page(_article(_story(), "<p>Schon gelesen?</p>")))


def test_promo_after_the_text_dropped() -> None:
    """A short call to subscribe after the story is the site's promo, not the story's end."""
    promo = "<p>Subscribe now to our weekly newsletter for more.</p>"
    assert [P1, P2, P3] == _texts(_page(_article(_story(), promo)))


@pytest.mark.parametrize(
    "line",
    [
        "Follow Example News on Instagram, Facebook and YouTube.",
        "For the latest stories, sign up for our newsletters.",
        "Got a story? Email our news team at news@example.com.",
        "Example News may earn an affiliate commission when you buy through links here.",
        "This post contains affiliate links.",
    ],
)
def test_follow_sign_up_and_contact_lines_after_the_text_dropped(line: str) -> None:
    """A call to follow or sign up, or a contact address, after the story is the site's line."""
    assert [P1, P2, P3] == _texts(_page(_article(_story(), f"<p>{line}</p>")))


def test_long_promo_after_the_text_dropped() -> None:
    """A call to sign up as long as a paragraph, after the story, is the site's promo."""
    promo = (
        "<p>Our daily newsletter brings you the most important stories of the day every "
        "evening, short and straight to your inbox, and it is free. Sign up here.</p>"
    )
    assert [P1, P2, P3] == _texts(_page(_article(_story(), promo)))


@pytest.mark.parametrize(
    "line",
    [
        "For the latest on the bridge works, check out our live blog.",
        "Found a mistake? Jetzt melden.",
        "Jetzt testen und vier Wochen gratis lesen.",
        "Folgst du schon unserem Kanal auf Whatsapp?",
        "Hear Radio Example at noon on weekdays - or listen back here.",
        # Longer than a short line, with no address: the call alone tells it.
        "Have a story about the ferry or the bridge works? Jane Doe covers the city "
        "council for Example News. Follow her on X and Instagram.",
    ],
)
def test_more_calls_to_the_reader_after_the_text_dropped(line: str) -> None:
    """ "Check our …", "Jetzt" with an infinitive, "Folgst du schon …", "Follow her on …"
    after the story are promos."""
    assert [P1, P2, P3] == _texts(_page(_article(_story(), f"<p>{line}</p>")))


@pytest.mark.parametrize(
    "heading",
    ["Click here to subscribe to our weekly newsletter", "How to listen to The Example Podcast"],
)
def test_call_set_as_a_heading_after_the_text_dropped(heading: str) -> None:
    """A heading after the story that calls the reader to subscribe or listen is the site's."""
    assert [P1, P2, P3] == _texts(_page(_article(_story(), f"<h3>{heading}</h3>")))


def test_heading_with_call_words_inside_the_text_kept() -> None:
    """Inside the story a subheading may name a sign-up: it heads the story's own text."""
    heading = "How to sign up for the ferry pass"
    html = _page(_article(f"<p>{P1}</p><h2>{heading}</h2><p>{P2}</p><p>{P3}</p>"))
    assert [P1, heading, P2, P3] == _texts(html)


@pytest.mark.parametrize(
    "credit",
    [
        "(Reporting by Jane Doe, John Roe and Max Muster in New York, with additional reporting "
        "by Erika Muster in London; editing by Anna Beispiel and Hans Test.)",
        "Jane Doe contributed reporting from Lagos.",
        "Mit Material von dpa und epd.",
    ],
)
def test_newsroom_credits_after_the_text_dropped(credit: str) -> None:
    """The newsroom's credits under the story go, even as long as a paragraph."""
    assert [P1, P2, P3] == _texts(_page(_article(_story(), f"<p>{credit}</p>")))


@pytest.mark.parametrize(
    "last",
    [
        "Reporting by the local paper showed that the council had known of the cracks for years.",
        "He contributed reporting to the city's papers for twenty years before he retired.",
        "Millions follow her on TikTok, where she posts a new song every week.",
        "More than 2,000 families sign up for the scheme each year, the council said.",
        "Millions subscribe to the service, and fans follow Jane Doe on TikTok to see it.",
        "“We check our bridges every month,” the engineer said.",
        "Mit Material von Freiwilligen bauten sie die Brücke in drei Wochen wieder auf.",
    ],
)
def test_last_paragraph_about_reporting_or_following_kept(last: str) -> None:
    """A last sentence that tells of reporting, following or signing up is no credit or call."""
    assert [P1, P2, P3, last] == _texts(_page(_article(_story(), f"<p>{last}</p>")))


def test_sentence_opening_with_jetzt_and_a_verb_kept() -> None:
    """A last sentence goes on after "Jetzt melden": the story's, not a call."""
    last = "Jetzt melden sich die Eltern zu Wort."
    assert [P1, P2, P3, last] == _texts(_page(_article(_story(), f"<p>{last}</p>")))


@pytest.mark.parametrize(
    "last",
    [
        "What kind of products will be left in local communities, the analyst asks, that "
        "readers feel are worth a digital subscription?",
        "Im vergangenen Jahr registrierte die Polizei in der Stadt 1.234 Einbrüche, zwölf "
        "Prozent mehr als im Jahr davor, wie das Präsidium mitteilte.",
        "El gobierno suscribió el martes un convenio con los municipios de la región para "
        "reparar el puente antes del invierno.",
        "„Ich unterstütze den Plan“, sagte die Ministerin.",
        "The agent would earn a commission of three per cent on the sale.",
        "The shop was fined for hiding affiliate links.",
        "Hundreds gathered outside the court to listen live as the verdict was read out.",
    ],
)
def test_last_paragraph_naming_a_subscription_kept(last: str) -> None:
    """The story's last paragraph may speak of subscriptions or registrations: only a
    call to the reader is a promo."""
    assert [P1, P2, P3, last] == _texts(_page(_article(_story(), f"<p>{last}</p>")))


@pytest.mark.parametrize(
    "line",
    [
        "<strong>Also on our site:</strong> <a href='/x'>Council to vote on the new ferry</a>",
        "<b>LEES OOK |</b> <a href='/y'>Gemeente sluit de oude brug</a>",
    ],
)
def test_labelled_link_to_another_story_dropped(line: str) -> None:
    """A paragraph of a bold label and one link is a link to another story, in any language."""
    html = _page(_article(f"<p>{P1}</p><p>{line}</p><p>{P2}</p><p>{P3}</p>"))
    assert [P1, P2, P3] == _texts(html)


def test_arrow_link_line_dropped() -> None:
    """A paragraph that opens with an arrow and holds a link points to another page."""
    line = ">> Here you find <a href='/x'>all the council's meeting dates for the year</a>"
    html = _page(_article(f"<p>{P1}</p><p>{line}</p><p>{P2}</p><p>{P3}</p>"))
    assert [P1, P2, P3] == _texts(html)


def test_german_quotation_with_a_link_kept() -> None:
    """»…« opens a quotation, not an arrow: the paragraph is the story's."""
    line = "»Wir bauen die <a href='/x'>Brücke</a> neu«, sagte der Bürgermeister."
    html = _page(_article(f"<p>{P1}</p><p>{line}</p><p>{P2}</p>"))
    assert [P1, "»Wir bauen die Brücke neu«, sagte der Bürgermeister.", P2] == _texts(html)


LINKS = (
    "<ul><li><a href='/a'>Ferry timetable changes from May</a></li>"
    "<li><a href='/b'>Where to park during the works</a></li>"
    "<li><a href='/c'>The history of the old bridge</a></li></ul>"
)


@pytest.mark.parametrize("between", ["", "\n    "])
def test_label_of_a_dropped_list_of_links_dropped(between: str) -> None:
    """The line that introduces a list of links to other stories goes with the list."""
    label = "<p>Read more in our weekly column:</p>"
    html = _page(_article(f"<p>{P1}</p>{label}{between}{LINKS}<p>{P2}</p>"))
    assert [P1, P2] == _texts(html)


def test_line_introducing_a_list_of_text_kept() -> None:
    """A line with a colon before a list of the story's own points stays with them."""
    points = "<ul><li>Close the bridge for a year.</li><li>Build a footbridge.</li></ul>"
    html = _page(_article(f"<p>{P1}</p><p>The council named two options:</p>{points}<p>{P2}</p>"))
    expected = [P1, "The council named two options:", "Close the bridge for a year."]
    assert [*expected, "Build a footbridge.", P2] == _texts(html)


def test_bold_lead_in_with_a_linked_sentence_kept() -> None:
    """A bold lead-in whose sentence goes on after the link is the story's."""
    line = "<strong>Update:</strong> <a href='/x'>The council</a> has since approved the plan."
    html = _page(_article(f"<p>{P1}</p><p>{line}</p><p>{P2}</p>"))
    assert [P1, "Update: The council has since approved the plan.", P2] == _texts(html)


def test_promo_word_inside_the_text_kept() -> None:
    """A short paragraph inside the story that mentions a subscription is news and stays."""
    short = "<p>Subscription prices will not change.</p>"
    expected = [P1, "Subscription prices will not change.", P2]
    assert expected == _texts(_page(_article(f"<p>{P1}</p>{short}<p>{P2}</p>")))


def test_feedback_question_after_the_text_dropped() -> None:
    """A question about the page after the story ("Was this article helpful?") goes."""
    feedback = "<p>Was this article helpful?</p>"
    assert [P1, P2, P3] == _texts(_page(_article(_story(), feedback)))


def test_php_warning_dropped() -> None:
    """A PHP warning printed into the page by the server is no text."""
    warning = "<p>Warning: Undefined variable $x in /var/www/html/page.php on line 12</p>"
    assert [P1, P2] == _texts(_page(_article(f"<p>{P1}</p>{warning}<p>{P2}</p>")))


@pytest.mark.parametrize(
    "box",
    [
        # A third-party player's placeholder and its consent notice.
        '<div class="embed-box"><p>This article holds external content from a video site;'
        " you can show it with one click and hide it again.</p></div>",
        # A media player's playlist.
        '<div class="video-player"><h4>Up Next</h4><p>The mayor explains in this video why'
        " the old bridge has to close for a year.</p></div>",
        # A video player's loading screen.
        '<div class="video-preloader"><span>Video Loading</span></div>',
        # A player's carousel of other videos and its failure notice, named after the player.
        '<div class="jwp-carousel"><span>Latest Videos From the newsroom</span></div>',
        '<div class="featured jwplayer"><p>We apologize, but this video failed to load.</p></div>',
    ],
)
def test_embed_or_player_box_dropped(box: str) -> None:
    """A box named embed or player (a third-party or media player) or a player's parts goes."""
    assert [P1, P2] == _texts(_page(_article(f"<p>{P1}</p>{box}<p>{P2}</p>")))


def test_embedded_post_in_embed_box_kept() -> None:
    """A box named embed that quotes a post keeps the post."""
    post = "We are closing the old bridge today, sorry for the detour."
    embed = f'<div class="post-embed"><blockquote><p>{post}</p></blockquote></div>'
    assert [P1, post, P2] == _texts(_page(_article(f"<p>{P1}</p>{embed}<p>{P2}</p>")))


def test_toggle_label_dropped() -> None:
    """A toggle's label ("Hide sources") is a control, no text."""
    toggle = '<div class="sources__toggle">Hide the sources of this article</div>'
    assert [P1, P2] == _texts(_page(_article(f"<p>{P1}</p>{toggle}<p>{P2}</p>")))


def test_german_comment_box_dropped() -> None:
    """A box of reader comments named in German ("kommentare") is no text."""
    comments = (
        '<div class="kommentare"><p>You are not logged in at the moment; log in to leave a'
        " comment on this article.</p></div>"
    )
    assert [P1, P2, P3] == _texts(_page(_article(f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>") + comments))


@pytest.mark.parametrize(
    "box",
    [
        '<span class="tooltip">Save this article to read it later; members only.</span>',
        '<div class="poll"><p>Should the council have closed the bridge a year earlier?</p></div>',
        '<div class="audio-box">Listen to this article: 00:21 min.</div>',
        '<div class="lightbox">The old bridge at dusk, seen from the east bank. File image</div>',
        '<div class="cta">If you enjoyed this article, join our members to read them all.</div>',
        '<p class="affiliate-note">Links marked with a symbol are affiliate links; we earn'
        " a commission when you buy.</p>",
        '<div class="donation">We rely on your support to keep local news free for all.</div>',
        '<p class="licence-info">Material protected by copyright law, all rights reserved;'
        " further distribution only with the publisher's consent.</p>",
        '<p class="disclaimer">Opinions expressed are solely those of the author and do not'
        " reflect the views of the editors.</p>",
        '<div class="print-button">Print this recipe</div>',
        '<span class="reading-time">3 min read</span>',
        '<div class="factbox"><h3>In short</h3><ul><li>The bridge closes for a year.</li>'
        "<li>A footbridge is planned.</li></ul></div>",
        '<div class="infobox"><h3>Further information</h3><p>The river is crossed by 9,000'
        " cars a day.</p></div>",
        '<div class="sticky-bar">Get the news highlights of the day in your inbox.</div>',
        # WordPress's comment form.
        '<div id="respond"><h3>What do you think?</h3><p>Your email address will not be'
        " published and required fields are marked with a star.</p></div>",
        # A classic WordPress theme's line under the post.
        '<p class="postmetadata">This entry was posted on Wednesday and is filed under'
        " Local news and Transport.</p>",
        # A portal's side box.
        '<div class="portlet news-portlet"><p>The museum of transport opens a new hall for'
        " old trams and buses on Saturday.</p></div>",
        # A caption named in German, an app store badge, a shop's wish list notice.
        '<h5 class="bildunterschrift">Die alte Brücke in der Abenddämmerung.</h5>',
        '<div class="appstores"><h3>Read the magazine in our app for iOS and Android</h3></div>',
        '<div class="wishlist-alert">The item was added to your wish list.</div>',
        # Text for readers without scripts, and a box marked as no content for robots.
        '<p class="slideshow-noscript">This slideshow requires JavaScript.</p>',
        '<div class="robots-nocontent">Our terms of use apply to all comments on this page.</div>',
        # An author box named in German or Spanish.
        '<div id="autor-info-card"><p>Sport is my life: at the magazine since 2015, always'
        " there when the engines roar.</p></div>",
    ],
)
def test_reader_widget_or_notice_box_dropped(box: str) -> None:
    """A box named as a reader widget (poll, tooltip, comment form, …) or a notice goes."""
    assert [P1, P2] == _texts(_page(_article(f"<p>{P1}</p>{box}<p>{P2}</p>")))


def test_notification_prompt_dropped() -> None:
    """A prompt asking the reader to allow push notifications is no text."""
    prompt = (
        '<div class="webpush-prompt"><h2>Always informed!</h2>'
        "<p>Get the news highlights straight to your browser and stay up to date.</p></div>"
    )
    assert [P1, P2, P3] == _texts(_page(_article(f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>") + prompt))


def test_role_button_dropped() -> None:
    """An element that declares itself a button (role="button") is a control, no text."""
    toggle = '<div role="button">Open the box Close the box</div>'
    assert [P1, P2] == _texts(_page(_article(f"<p>{P1}</p>{toggle}<p>{P2}</p>")))


def test_punctuation_only_block_dropped() -> None:
    """A block of separators alone ("-", "•") is no text."""
    assert [P1, P2] == _texts(_page(_article(f"<p>{P1}</p><p>•</p><p>-</p><p>{P2}</p>")))


def test_state_name_leaves_other_class_names_their_words() -> None:
    """'has-ads' gives no words, but 'sidebar' in the same class list still marks boilerplate."""
    html = _page(
        _article(f"<p>{P1}</p><p>{P2}</p>", f"<div class='has-ads sidebar'><p>{P3}</p></div>")
    )
    assert [P1, P2] == _texts(html)


def test_camel_case_id_split_into_words() -> None:
    """An id such as 'relatedStories' is read as the words 'related' and 'stories'."""
    html = _page(_article(f"<p>{P1}</p><p>{P2}</p>", f"<div id='relatedStories'><p>{P3}</p></div>"))
    assert [P1, P2] == _texts(html)


def test_random_id_token_gives_no_camel_case_words() -> None:
    """A CMS's random block id ('block-id-n1AuAdJlVL') holds no 'ad'; 'top-adSlot-2' does."""
    html = _page(_article(f"<p>{P1}</p>", f"<p id='block-id-n1AuAdJlVL'>{P2}</p>"))
    assert [P1, P2] == _texts(html)
    html = _page(_article(f"<p>{P1}</p><p>{P2}</p>", f"<div id='top-adSlot-2'><p>{P3}</p></div>"))
    assert [P1, P2] == _texts(html)


def test_responsive_hidden_class_kept() -> None:
    """'hidden md:block' hides on small screens only: its text stays."""
    html = _page(_article(f"<p>{P1}</p>", f"<div class='hidden md:block'><p>{P2}</p></div>"))
    assert [P1, P2] == _texts(html)


@pytest.mark.parametrize(
    "classes",
    ["hidden aria-expanded:block p-4 md:px-6", "hidden peer-checked:flex", "hidden md:px-4"],
)
def test_hidden_class_shown_on_interaction_only_dropped(classes: str) -> None:
    """A box that only a reader's click or hover shows ('aria-expanded:block') is hidden."""
    html = _page(
        _article(f"<p>{P1}</p>", f"<div class='{classes}'><p>{P2}</p></div>", f"<p>{P3}</p>")
    )
    assert [P1, P3] == _texts(html)


def test_box_inside_misnamed_wrapper_still_dropped() -> None:
    """Taking back a misnamed wrapper keeps the share box inside it out of the text."""
    share = f"<div class='share-tools'><p>{P3}</p></div>"
    html = _page(
        f"<div class='widget blog-widget'>{_article(f'<p>{P1}</p>', share, f'<p>{P2}</p>')}</div>"
    )
    assert [P1, P2] == _texts(html)


def test_short_box_text_counts_against_a_hidden_majority() -> None:
    """A short box left unmeasured still counts when it decides a hidden box's majority."""
    story = "The council voted to close the old bridge after a report on its piers came out."
    hidden = "The rest of the story is printed hidden until a script shows it to subscribers only."
    short = "See the council's report on the piers."
    html = _page(
        f"<div><p>{story}</p></div><div hidden><p>{hidden}</p></div>"
        f"<div class='related'><p>{short}</p></div>"
    )
    assert [story] == _texts(html)


_BOX_NAMES = ("", "share", "related", "sidebar", "story-body", "comments")
_WORDS = st.sampled_from(("council", "bridge", "voted", "closed.", "piers", "year"))


def _boxes(depth: int) -> st.SearchStrategy[str]:
    """Nested boxes, some named as boilerplate or hidden, holding runs of text and links."""
    text = st.lists(_WORDS, max_size=30).map(" ".join)
    leaf = st.one_of(
        text.map(lambda words: f"<p>{words}</p>"),
        text.map(lambda words: f"<a href='/x'>{words}</a>"),
        text,
    )
    if not depth:
        return leaf
    box = st.tuples(
        st.sampled_from(("div", "section", "aside", "ul", "article")),
        st.sampled_from(_BOX_NAMES),
        st.booleans(),
        st.lists(_boxes(depth - 1), max_size=4),
    ).map(
        lambda parts: (
            f"<{parts[0]} class='{parts[1]}'{' hidden' if parts[2] else ''}>"
            + "".join(parts[3])
            + f"</{parts[0]}>"
        )
    )
    return st.one_of(leaf, box)


@given(st.lists(_boxes(3), min_size=1, max_size=5))
def test_unmeasured_boxes_change_nothing(boxes: list[str]) -> None:
    """Leaving short soft boxes unmeasured gives the blocks measuring them all gives."""
    tree = load_html(_page("".join(boxes)))
    quick = extract_blocks(tree, title=None)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_body, "_small_box_bound", lambda *_: None)
        assert quick == extract_blocks(tree, title=None)


def _card(number: int) -> str:
    return (
        f"<div><h3><a href='/story-{number}'>Another story, number {number}</a></h3>"
        f"<p>A short blurb that sums up the other story in a sentence or two.</p></div>"
    )


def test_box_of_teaser_cards_inside_the_story_dropped() -> None:
    """A box inside the story holding only a label and teaser cards for other stories goes."""
    box = f"<div><div>More on this</div>{_card(1)}{_card(2)}</div>"
    assert [P1, P2, P3] == _texts(_page(_article(f"<p>{P1}</p><p>{P2}</p>{box}<p>{P3}</p>")))


def test_box_with_cards_and_its_own_paragraph_kept() -> None:
    """A box that holds a paragraph of its own besides linked headings is read."""
    box = f"<div>{_card(1)}{_card(2)}<p>{P2}</p></div>"
    texts = _texts(_page(_article(f"<p>{P1}</p>{box}<p>{P3}</p>")))
    assert [P1, P2, P3] == [text for text in texts if text in {P1, P2, P3}]


def test_live_ticker_commentary_kept() -> None:
    """Entries named 'live … comment' are a live ticker's text, not readers' comments."""
    entry = "<div class='live-match-comment'><p>90' The referee adds five minutes.</p></div>"
    texts = _texts(_page(_article(f"<p>{P1}</p>{entry}<p>{P2}</p>")))
    assert [P1, "90' The referee adds five minutes.", P2] == texts


def test_reader_comment_box_still_dropped() -> None:
    """A box named comment without 'live' is readers' comments and goes."""
    entry = "<div class='comment'><p>90' The referee adds five minutes.</p></div>"
    assert [P1, P2] == _texts(_page(_article(f"<p>{P1}</p>{entry}<p>{P2}</p>")))


def test_form_inside_cookie_notice_not_taken_back() -> None:
    """A form full of prose inside a cookie notice is never taken back as the story's wrapper."""
    notice_text = (
        "This site uses cookies to measure how readers use it and to show them advertising; "
        "by reading on you agree to their use, which our privacy policy sets out in full."
    )
    paragraphs = f"<p>{notice_text}</p>" * 2
    notice = f"<div class='cookie-law-widget'><form>{paragraphs}</form></div>"
    # The story's links score it low: without the rule the notice's form would beat it.
    links = " ".join(
        f"<a href='/tag/{n}'>A tag that links to a page of stories</a>" for n in range(20)
    )
    story = _article(_story(), f"<div>{links}</div>")
    texts = _texts(_page(story + notice))
    assert [] == [text for text in texts if text == notice_text]


def test_form_around_the_story_taken_back() -> None:
    """A form without a telling name around the story (an ASP.NET page) is read."""
    assert [P1, P2, P3] == _texts(_page(f"<form>{_article(_story())}</form>"))


def test_popup_plugin_box_never_taken_back() -> None:
    """A Popup Maker popup ('pum-overlay') is dropped, though it holds most of the page's text."""
    popup = (
        f"<div class='pum pum-overlay'><div class='pum-content'><p>{P2}</p><p>{P3}</p></div></div>"
    )
    assert [P1] == _texts(_page(_article(f"<p>{P1}</p>") + popup))


def test_heading_id_gives_no_words() -> None:
    """A subheading whose anchor id holds a boilerplate word ('nav_…') is read."""
    heading = "<h3 id='nav_the_footbridge'>The footbridge</h3>"
    expected = [P1, "The footbridge", P2]
    assert expected == _texts(_page(_article(f"<p>{P1}</p>{heading}<p>{P2}</p>")))


def test_heading_class_still_gives_words() -> None:
    """A heading named by its class as boilerplate ('promo-title') still goes."""
    heading = "<h3 class='promo-title'>Our partners this week</h3>"
    assert [P1, P2] == _texts(_page(_article(f"<p>{P1}</p>{heading}<p>{P2}</p>")))


def test_sections_with_permalinked_headings_kept() -> None:
    """Short sections whose headings link to themselves ('#…') are the story, not teasers."""
    sections = "".join(
        f"<div><h3><a href='#part-{n}'>Part {n} of the plan</a></h3>"
        f"<p>The council explains part {n} of its plan for the bridge.</p></div>"
        for n in (1, 2)
    )
    texts = _texts(_page(_article(f"<p>{P1}</p><div>{sections}</div><p>{P2}</p>")))
    assert ["Part 1 of the plan", "Part 2 of the plan"] == [
        t for t in texts if t.startswith("Part")
    ]


def test_programme_line_before_the_text_dropped() -> None:
    """A programme line ('Radio | News | date | time') at the edge is a date line."""
    line = "<p>Radio One North | Regional News | 17.06.2025 | 15:00 Uhr</p>"
    assert [P1, P2] == _texts(_page(_article(f"{line}<p>{P1}</p><p>{P2}</p>")))


@pytest.mark.parametrize(
    "credit",
    [
        "Image: Jane Doe",
        "Foto: dpa / Pixabay (Symbolbild)",
        "Bildrechte: Jane Doe",
        "Фото: Иван Петров",
        "Коллаж: Анна Смирнова",
        "Quelle: Statistisches Landesamt",
        "Source: Example Statistics Office",
        "Bron: ANP",
        "Rechte: Example Rundfunk",
    ],
)
def test_photo_credit_line_dropped(credit: str) -> None:
    """A picture's credit on a line of its own between paragraphs is no text."""
    assert [P1, P2] == _texts(_page(_article(f"<p>{P1}</p><p>{credit}</p><p>{P2}</p>")))


def test_sentence_after_picture_word_kept() -> None:
    """A short paragraph opening with 'Photos:' that is a sentence stays."""
    line = "Photos: the council will show them at the town hall. Entry is free."
    assert [P1, line, P2] == _texts(_page(_article(f"<p>{P1}</p><p>{line}</p><p>{P2}</p>")))


@pytest.mark.parametrize("length", ["1 min", "3 min read", "6 Min."])
def test_length_label_dropped(length: str) -> None:
    """A media player's or a story's length alone on a line ("3 min read") is a label."""
    assert [P1, P2] == _texts(_page(_article(f"<p>{P1}</p><p>{length}</p><p>{P2}</p>")))


@pytest.mark.parametrize("counter", ["Image 1 of 5", "Bild 2 von 12"])
def test_gallery_counter_dropped(counter: str) -> None:
    """A gallery's counter alone on a line ("Image 1 of 5") is a label."""
    assert [P1, P2] == _texts(_page(_article(f"<p>{P1}</p><p>{counter}</p><p>{P2}</p>")))


def test_footer_outweighing_a_short_story_not_taken_back() -> None:
    """A box named footer without a headline is dropped, though its text outweighs the story."""
    footer = f"<div class='footer-text'><p>{P2}</p><p>{P3}</p></div>"
    assert [P1] == _texts(_page(_article(f"<h1>Old bridge closes</h1><p>{P1}</p>") + footer))


def test_story_in_wrapper_named_after_footer_taken_back() -> None:
    """A wrapper named after the footer ('footer-push') that holds the headline is the story's."""
    story = _article(f"<h1>Old bridge closes</h1>{_story()}")
    assert [P1, P2, P3] == _texts(_page(f"<div class='footer-push'>{story}</div>"))


@pytest.mark.parametrize(
    "box",
    [
        '<div class="fact-box"><ul><li>The bridge closes for a year.</li>'
        "<li>A footbridge is planned.</li></ul></div>",
        '<div class="pop-up-window">Sign in to save this article for later reading.</div>',
        '<div class="most_read"><p>Council raises parking fees in the old town.</p></div>',
    ],
)
def test_hyphenated_compound_boilerplate_box_dropped(box: str) -> None:
    """A box named by a compound written with a hyphen ("fact-box", "pop-up") goes."""
    assert [P1, P2] == _texts(_page(_article(f"<p>{P1}</p>{box}<p>{P2}</p>")))


def test_letter_after_hyphen_makes_no_compound() -> None:
    """A size letter after a name ("teaser-s") does not make a boilerplate word ("teasers")."""
    box = f'<div class="teaser-s"><p>{P2}</p></div>'
    assert [P1, P2] == _texts(_page(_article(f"<p>{P1}</p>{box}")))


# --- the story printed in boxes of the same class ---------------------------------

_SIGN_UP = (
    '<div class="members">'
    + "".join(
        f'<a href="/join/{n}">Join our members club and read more offer {n}</a>' for n in range(6)
    )
    + "</div>"
)


def test_story_in_twin_boxes_beside_junk_is_read_whole() -> None:
    """Each stretch of the story in a div of the same class: all are read, the junk between not."""
    body = (
        f'<div id="entry"><div class="block">{P1} {P2}</div>{_SIGN_UP}'
        f'<div class="block">{P3}</div>{_SIGN_UP}</div>'
    )
    assert [f"{P1} {P2}", P3] == _texts(_page(body))


def test_sibling_of_another_class_is_not_a_twin() -> None:
    """A box beside the story with another class is not read with it."""
    body = (
        f'<div id="entry"><div class="block">{P1} {P2}</div>{_SIGN_UP}'
        f'<div class="teaser">{P3}</div>{_SIGN_UP}</div>'
    )
    assert [f"{P1} {P2}"] == _texts(_page(body))


def test_heading_named_subtitle_after_a_paragraph_kept() -> None:
    """A heading classed 'subtitle' between paragraphs is a subheading; before them, a dek."""
    dek = "<h2 class='subtitle'>The bridge closes for a year</h2>"
    subheading = "<h2 class='subtitle small'>What the footbridge will cost</h2>"
    page = _page(_article(f"{dek}<p>{P1}</p>{subheading}<p>{P2}</p>"))
    assert [P1, "What the footbridge will cost", P2] == _texts(page)


def test_teaser_box_alone_in_the_story_dropped() -> None:
    """A box with a linked headline and its blurb, set between paragraphs, is a teaser."""
    teaser = (
        "<div class='inline'><h3><a href='/other-story'>Mayor resigns over the bridge</a></h3>"
        "<p>The mayor stepped down a year after the vote. more</p></div>"
    )
    section = "<div><h3>What comes next</h3><p>The footbridge opens in the spring.</p></div>"
    texts = _texts(_page(_article(f"<p>{P1}</p>{teaser}<p>{P2}</p>{section}<p>{P3}</p>")))
    assert [P1, P2, "What comes next", "The footbridge opens in the spring.", P3] == texts


def test_short_post_under_a_linked_title_kept() -> None:
    """A box with a post under its linked title, beside little else, is the post itself."""
    post = (
        "<div class='post'><h2><a href='/2024/05/bridge'>The bridge closes</a></h2>"
        "<p>The council voted to close the old bridge for a year, the mayor said.</p></div>"
    )
    note = "<p>The footbridge is planned for the spring, the mayor added.</p>"
    texts = _texts(_page(f"<div id='content'>{post}{note}</div>"))
    assert "The council voted to close the old bridge for a year, the mayor said." in texts


def test_toast_notice_dropped() -> None:
    """A notice that pops up after an action ('toast': 'Story saved') is not text."""
    toast = (
        "<div class='toast-wrapper'>"
        "<span class='toast-text'>You can find this story in My Bookmarks.</span></div>"
    )
    assert [P1, P2] == _texts(_page(_article(f"<p>{P1}</p>{toast}<p>{P2}</p>")))


@pytest.mark.parametrize(
    "address",
    [
        "https://example.com/video/42",
        "https://www.example.com/news/region/city/district/video-the-council-votes-on-the-bridge"
        "-repairs-100.html",
    ],
)
def test_web_address_alone_dropped(address: str) -> None:
    """A web address alone on its line, however long, is a link printed out, not text."""
    html = _page(_article(f"<p>{P1}</p><p>{address}</p><p>{P2}</p>"))
    assert [P1, P2] == _texts(html)


def test_debug_output_dropped() -> None:
    """A site's debug printout ('debug-panel': "isLoggedIn: false") is not text."""
    debug = "<dl class='debug-panel'><dt>isLoggedIn:</dt><dd>false</dd></dl>"
    assert [P1, P2] == _texts(_page(_article(f"<p>{P1}</p>{debug}<p>{P2}</p>")))


@pytest.mark.parametrize("agency", ["Getty Images", "REUTERS", "Anadolu Agency"])
def test_agency_credit_line_alone_dropped(agency: str) -> None:
    """A picture's credit left alone between paragraphs ('Getty Images') is no text."""
    html = _page(_article(f"<p>{P1}</p><p>{agency}</p><p>{P2}</p>"))
    assert [P1, P2] == _texts(html)


def test_story_inside_a_box_judged_a_teaser_still_read() -> None:
    """When the best box sits in an <article> judged a teaser, its text is read, not lost.

    Forum software that leaves its posts' <article> unclosed nests each post
    in the next, under the poster's linked avatar.
    """
    avatar = "<a href='/members/jane'><img src='jane.jpg' alt=''></a>"
    post = (
        "<article><a href='/members/joe'><img src='joe.jpg' alt=''></a>"
        f"<div><p>{P1}</p><p>{P2}</p></div>"
    )
    assert [P1, P2] == _texts(_page(f"<article>{avatar}{post}</article></article>"))


def test_summary_box_of_key_points_dropped_but_a_summary_paragraph_kept() -> None:
    """A box named summary holding a list is a key-points box; one holding prose is not."""
    key_points = (
        "<div class='SummaryList'><ul><li>The bridge closes for a year.</li>"
        "<li>A footbridge is planned.</li></ul></div>"
    )
    post = f"<div class='entry-summary'><p>{P2}</p></div>"
    texts = _texts(_page(_article(f"<p>{P1}</p>{key_points}{post}<p>{P3}</p>")))
    assert [P1, P2, P3] == texts


_DESCRIPTION = (
    "Rain stopped play twice, but the home side still won by six wickets in the last over."
)


def test_text_without_a_story_opens_with_the_description() -> None:
    """A page that prints no paragraph of a story (a video's page) has its description as text."""
    blocks = (
        Block(kind=BlockKind.HEADING, text="Highlights", level=2),
        Block(kind=BlockKind.PARAGRAPH, text="Video, 2 min"),
    )
    texts = [block.text for block in _body.opened_with_description(blocks, _DESCRIPTION)]
    assert [_DESCRIPTION, "Highlights", "Video, 2 min"] == texts


@pytest.mark.parametrize(
    "blocks",
    [
        # A story: its description is its standfirst, not its text.
        (Block(kind=BlockKind.PARAGRAPH, text=P1),),
        # The description printed already, as a standfirst.
        (Block(kind=BlockKind.PARAGRAPH, text=_DESCRIPTION.upper()),),
    ],
)
def test_text_with_a_story_or_its_description_left_as_it_is(blocks: tuple[Block, ...]) -> None:
    """Only a text with no long paragraph and without the description opens with it."""
    assert blocks == _body.opened_with_description(blocks, _DESCRIPTION)
    assert () == _body.opened_with_description((), None)


def test_video_page_text_is_its_description() -> None:
    """parse_html gives a video page's description as its text, and its quotes are read."""
    description = f"“We were lucky with the weather,” the captain said. {_DESCRIPTION}"
    head = f'<meta name="description" content="{description}">'
    body = "<main><h1>Late win in the rain</h1><p>Video, 2 min</p></main>"
    article = articlekit.parse_html(_page(body, head))
    assert article.text.startswith(description)
    assert ["We were lucky with the weather,"] == [quote.text for quote in article.quotes]


def test_soft_hyphens_dropped_from_every_field() -> None:
    """Soft hyphens ("&shy;") leave title, byline, caption, credit and text reading whole words."""
    story = "Der Stadt&shy;rat hat am Dienstag beschlossen, einen neuen Platz zu bauen. " * 4
    html = _page(
        "<article><h1>Heli&shy;kopter&shy;platz</h1><p>Von Anna Bei&shy;spiel</p>"
        "<figure><img src='a.jpg'><figcaption>Der Lande&shy;platz. Foto: Jane Doe/Reu&shy;ters"
        f"</figcaption></figure><p>{story}</p></article>"
    )
    article = articlekit.parse_html(html)
    image = article.images[0]
    assert image.credit is not None
    fields = [article.title, *article.authors, image.caption, image.credit.text, article.text]
    assert ["Helikopterplatz", "Anna Beispiel", "Der Landeplatz.", "Jane Doe/Reuters"] == fields[:4]
    assert article.text.startswith("Der Stadtrat hat")
    assert not any("\xad" in (field or "") for field in fields)
