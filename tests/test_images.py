"""The article's images: URLs, captions, credits, and what is left out."""

from __future__ import annotations

import lxml.html
from hypothesis import example, given
from hypothesis import strategies as st

from articlekit import _images, parse_html
from articlekit._images import extract_images
from articlekit._load import load_html
from articlekit._models import Image, ImageCredit
from articlekit.exceptions import ParseError
from strategies import html_documents

BASE = "https://news.example/world/2024/story.html"


def images_of(body: str, lead: tuple[Image, ...] = ()) -> tuple[Image, ...]:
    tree = load_html(f"<html><body><article><h1>Headline</h1>{body}</article></body></html>")
    return extract_images(tree, base_url=BASE, lead_images=lead)


def test_figcaption_is_the_caption() -> None:
    """A figure's figcaption is its image's caption."""
    found = images_of(
        '<figure><img src="/a.jpg" alt="A harbour"><figcaption>The harbour at dawn.</figcaption>'
        "</figure>"
    )
    expected = (
        Image(url="https://news.example/a.jpg", alt="A harbour", caption="The harbour at dawn."),
    )
    assert expected == found


def test_credit_span_inside_figcaption() -> None:
    """A credit element inside the figcaption becomes the credit, not caption text."""
    found = images_of(
        '<figure><img src="/a.jpg"><figcaption><span class="caption">Smoke over the city.</span>'
        '<span class="credit">Photo: Jane Doe/AP</span></figcaption></figure>'
    )
    expected_credit = ImageCredit(
        text="Jane Doe/AP", label="Photo", photographer="Jane Doe", agency="AP"
    )
    expected = [("Smoke over the city.", expected_credit)]
    assert expected == [(i.caption, i.credit) for i in found]


def test_credit_element_beside_caption() -> None:
    """A copyright element next to the caption inside the figure is the credit."""
    found = images_of(
        '<figure><img src="/a.jpg"><p class="image-caption">Children at school.</p>'
        '<small class="copyright">© VS Tristach</small></figure>'
    )
    expected = [("Children at school.", "VS Tristach", "©")]
    assert expected == [
        (i.caption, i.credit and i.credit.text, i.credit and i.credit.label) for i in found
    ]


def test_unmarked_last_part_of_figcaption_is_credit() -> None:
    """A short "Name/Agency" printed apart at the end of a figcaption is its credit."""
    found = images_of(
        '<figure><img src="/a.jpg"><figcaption><span><p>The president speaks.</p></span>'
        "<span>Philipp Doe/dpa</span></figcaption></figure>"
    )
    expected = [("The president speaks.", "Philipp Doe/dpa")]
    assert expected == [(i.caption, i.credit and i.credit.text) for i in found]


def test_credit_printed_inside_caption() -> None:
    """A credit at the end of the caption text is split off."""
    found = images_of(
        '<figure><img src="/a.jpg"><figcaption>A flag flies over a refinery. '
        "(AP Photo/Damian Doe)</figcaption></figure>"
    )
    expected = [("A flag flies over a refinery.", "AP", "Damian Doe")]
    assert expected == [
        (i.caption, i.credit and i.credit.agency, i.credit and i.credit.photographer) for i in found
    ]


def test_srcset_largest_candidate() -> None:
    """The largest srcset candidate is the image's URL, commas inside URLs and all."""
    found = images_of(
        '<img src="/s.jpg" srcset="/w=480,q=80/a.jpg 480w, /w=1280,q=80/a.jpg 1280w, '
        '/w=768,q=80/a.jpg 768w">'
    )
    expected = ["https://news.example/w=1280,q=80/a.jpg"]
    assert expected == [i.url for i in found]


def test_lazy_data_src_beats_placeholder() -> None:
    """A data: placeholder in src gives way to the lazy-loading attribute."""
    found = images_of('<img src="data:image/gif;base64,R0lGOD" data-src="/real.jpg">')
    expected = ["https://news.example/real.jpg"]
    assert expected == [i.url for i in found]


def test_lazy_data_srcset() -> None:
    """data-srcset is read like srcset."""
    found = images_of('<img data-srcset="/small.jpg 1x, /big.jpg 2x">')
    expected = ["https://news.example/big.jpg"]
    assert expected == [i.url for i in found]


def test_picture_source_srcset() -> None:
    """A <picture>'s <source> srcset offers the largest candidate."""
    found = images_of(
        '<picture><source srcset="/p-2000.webp 2000w, /p-800.webp 800w">'
        '<img src="/p-400.jpg"></picture>'
    )
    expected = ["https://news.example/p-2000.webp"]
    assert expected == [i.url for i in found]


def test_noscript_copy_is_the_same_image() -> None:
    """A lazy placeholder and its <noscript> copy make one image with the caption."""
    found = images_of(
        '<figure><img src="/spacer.gif" data-lazy-src="/photo-large.jpg">'
        '<noscript><img src="/photo-large.jpg"></noscript>'
        "<figcaption>Crowds on the square.</figcaption></figure>"
    )
    expected = [("https://news.example/photo-large.jpg", "Crowds on the square.")]
    assert expected == [(i.url, i.caption) for i in found]


def test_relative_url_resolved() -> None:
    """A relative src resolves against the page URL."""
    found = images_of('<img src="../img/photo.jpg">')
    expected = ["https://news.example/world/img/photo.jpg"]
    assert expected == [i.url for i in found]


def test_protocol_relative_url() -> None:
    """A protocol-relative src gets https."""
    tree = load_html('<html><body><img src="//cdn.example/p.jpg"></body></html>')
    found = extract_images(tree, base_url=None, lead_images=())
    expected = ["https://cdn.example/p.jpg"]
    assert expected == [i.url for i in found]


def test_alt_is_not_the_caption() -> None:
    """An image with alt text but no caption on the page has no caption."""
    found = images_of('<p>Text.</p><img src="/a.jpg" alt="Firefighters at work"><p>More text.</p>')
    expected = [("Firefighters at work", None)]
    assert expected == [(i.alt, i.caption) for i in found]


def test_empty_alt_is_none() -> None:
    """An empty alt attribute is None, never ""."""
    found = images_of('<img src="/a.jpg" alt="  ">')
    expected = [None]
    assert expected == [i.alt for i in found]


def test_logo_icon_and_pixel_dropped() -> None:
    """Logos, icons, avatars, 1x1 pixels and spacers are no article images."""
    found = images_of(
        '<img src="/brand-logo.png"><img class="author-avatar" src="/jane.jpg">'
        '<img src="/p.jpg" width="1" height="1"><img src="/icons/share.png">'
        '<img src="/blank.svg"><img src="/photo.jpg">'
    )
    expected = ["https://news.example/photo.jpg"]
    assert expected == [i.url for i in found]


def test_tracking_pixel_host_dropped() -> None:
    """An analytics beacon is no image of the article."""
    found = images_of('<noscript><img src="https://sb.scorecardresearch.com/p?c1=2"></noscript>')
    expected = ()
    assert expected == found


def test_navigation_footer_and_related_dropped() -> None:
    """Images under nav, footer, aside or a related-articles block are left out."""
    found = images_of(
        '<nav><img src="/n.jpg"></nav><aside><img src="/s.jpg"></aside>'
        '<div class="related-articles"><img src="/r.jpg"></div><footer><img src="/f.jpg"></footer>'
        '<img src="/main.jpg">'
    )
    expected = ["https://news.example/main.jpg"]
    assert expected == [i.url for i in found]


def test_teaser_link_thumbnail_dropped() -> None:
    """A thumbnail linking to another article is a teaser."""
    found = images_of('<a href="/other/story.html"><img src="/t.jpg"></a><img src="/main.jpg">')
    expected = ["https://news.example/main.jpg"]
    assert expected == [i.url for i in found]


def test_linked_image_with_caption_kept() -> None:
    """An image linked to its gallery keeps its place when the page captions it."""
    found = images_of(
        '<div class="media"><a href="/gallery/1"><img src="/g.jpg"></a>'
        '<div class="caption">The new bridge.</div></div>'
    )
    expected = [("https://news.example/g.jpg", "The new bridge.")]
    assert expected == [(i.url, i.caption) for i in found]


def test_image_outside_headline_article_dropped() -> None:
    """When an article element holds headline and text, images outside it are other stories'."""
    tree = load_html(
        "<html><body><article><h1>Headline</h1><p>One.</p><p>Two.</p><p>Three.</p>"
        '<img src="/in.jpg"></article><section><img src="/out.jpg"></section></body></html>'
    )
    found = extract_images(tree, base_url=BASE, lead_images=())
    expected = ["https://news.example/in.jpg"]
    assert expected == [i.url for i in found]


def test_headline_only_article_does_not_fence_images() -> None:
    """An article element holding only the headline block leaves the story's images in."""
    tree = load_html(
        "<html><body><article><h1>Headline</h1><p>Standfirst.</p></article>"
        '<div class="story"><p>Text.</p><img src="/story.jpg"></div></body></html>'
    )
    found = extract_images(tree, base_url=BASE, lead_images=())
    expected = ["https://news.example/story.jpg"]
    assert expected == [i.url for i in found]


def test_implicit_caption_beside_image() -> None:
    """Short unmarked text sharing a small wrapper with the image is its caption."""
    found = images_of(
        '<div class="media"><img src="/a.jpg"><div class="info"><p>The mayor at the vote.</p>'
        "</div></div><p>Running text of the article goes on at length here.</p>"
    )
    expected = ["The mayor at the vote."]
    assert expected == [i.caption for i in found]


def test_timestamp_is_no_caption() -> None:
    """A date and time beside an image is a teaser's or byline's, not a caption."""
    found = images_of(
        '<div class="box"><img src="/a.jpg"><span class="caption">Updated 22:05, 2 May</span></div>'
    )
    expected = [None]
    assert expected == [i.caption for i in found]


def test_hidden_text_left_out() -> None:
    """Text in a hidden element ("Show more") is no part of caption or credit."""
    found = images_of(
        '<figure><img src="/a.jpg"><figcaption>Smoke rises. Foto: Dan Doe/AP'
        '<span hidden="">Show more</span></figcaption></figure>'
    )
    expected = [("Smoke rises.", "Dan Doe/AP")]
    assert expected == [(i.caption, i.credit and i.credit.text) for i in found]


def test_byline_box_is_not_a_credit() -> None:
    """An author box with a link is the article's byline, not the photo credit."""
    found = images_of(
        '<div class="top"><figure><img src="/a.jpg"></figure>'
        "<figcaption>The leader speaks. Foto: KCNA/Reuters</figcaption>"
        '<div class="byline"><a href="mailto:x@y.z">Martin Doe</a></div></div>'
    )
    expected = [("The leader speaks.", "KCNA/Reuters")]
    assert expected == [(i.caption, i.credit and i.credit.text) for i in found]


def test_lead_image_not_in_page_comes_first() -> None:
    """A JSON-LD ImageObject the page does not show comes first, with its credit."""
    lead = Image(
        url="https://cdn.example/hero.jpg",
        caption="The summit opens.",
        credit=ImageCredit(text="Jane Doe/Reuters", photographer="Jane Doe", agency="Reuters"),
    )
    found = images_of('<img src="/inline-photo.jpg">', lead=(lead,))
    expected = [lead.url, "https://news.example/inline-photo.jpg"]
    assert expected == [i.url for i in found]


def test_lead_image_shown_lends_missing_credit() -> None:
    """A lead image the page shows merges into it: the page's caption, the metadata's credit."""
    lead = Image(
        url="https://news.example/hero-photo.jpg",
        caption="Metadata words.",
        credit=ImageCredit(text="Getty Images", agency="Getty Images"),
    )
    found = images_of(
        '<figure><img src="/hero-photo.jpg">'
        "<figcaption>Leaders meet in Rome.</figcaption></figure>",
        lead=(lead,),
    )
    expected = [("Leaders meet in Rome.", "Getty Images")]
    assert expected == [(i.caption, i.credit and i.credit.text) for i in found]


def test_lead_caption_repeating_alt_dropped() -> None:
    """A metadata caption that only repeats the alt text is no caption."""
    lead = Image(url="https://cdn.example/h.jpg", alt="A bus stop", caption="A bus stop")
    found = images_of("<p>No images here.</p>", lead=(lead,))
    expected = [None]
    assert expected == [i.caption for i in found]


def test_same_picture_two_captions_stays_two() -> None:
    """One picture used twice with different captions is two images."""
    found = images_of(
        '<figure><img src="/p.jpg"><figcaption>Video: how it works</figcaption></figure>'
        '<figure><img src="/p.jpg"><figcaption>The president at the podium.</figcaption></figure>'
    )
    expected = ["Video: how it works", "The president at the podium."]
    assert expected == [i.caption for i in found]


def test_tree_is_not_changed() -> None:
    """Extraction only reads the tree."""
    tree = load_html(
        '<html><body><figure><img src="/a.jpg"><figcaption>C. <span class="credit">© X</span>'
        "</figcaption></figure></body></html>"
    )
    before = lxml.html.tostring(tree)
    extract_images(tree, base_url=BASE, lead_images=())
    assert before == lxml.html.tostring(tree)


def test_many_images_stay_cheap() -> None:
    """Five thousand captioned figures come back, each once, without quadratic work."""
    body = "".join(
        f'<figure><img src="/p{n}.jpg"><figcaption>Picture {n}</figcaption></figure>'
        for n in range(5_000)
    )
    expected = 5_000
    assert expected == len(images_of(body))


def test_unmarked_leading_organisation_credit() -> None:
    """An organisation's name printed apart before the caption text is the credit."""
    found = images_of(
        '<figure><img src="/a.jpg"><figcaption><span>The Daily Shimbun</span><br>'
        "Party leaders debate in Tokyo on Saturday.</figcaption></figure>"
    )
    expected = [("Party leaders debate in Tokyo on Saturday.", "The Daily Shimbun")]
    assert expected == [(i.caption, i.credit and i.credit.text) for i in found]


def test_unmarked_bracketed_name_credit() -> None:
    """A name in brackets printed apart after the caption is the credit."""
    found = images_of(
        '<figure><img src="/a.jpg"><figcaption><span>A striker breaks away.</span>'
        "<span>(Edu Doe)</span></figcaption></figure>"
    )
    expected = [("A striker breaks away.", "Edu Doe")]
    assert expected == [(i.caption, i.credit and i.credit.photographer) for i in found]


def test_labelled_credit_line_beside_caption() -> None:
    """An unmarked "Foto: …" line in the figure, outside the caption, is the credit."""
    found = images_of(
        '<figure><div><img src="/a.jpg"><span><span>Foto: Renata Doe, Example News</span></span>'
        '</div><figcaption><span class="caption-text">The prime minister.</span></figcaption>'
        "</figure>"
    )
    expected = [("The prime minister.", "Renata Doe, Example News", "Foto")]
    assert expected == [
        (i.caption, i.credit and i.credit.text, i.credit and i.credit.label) for i in found
    ]


def test_hostile_giant_caption() -> None:
    """A figcaption of half a million words full of separators still yields its image."""
    caption = "word | via / Photo " * 100_000
    found = images_of(f'<figure><img src="/a.jpg"><figcaption>{caption}</figcaption></figure>')
    expected = ["https://news.example/a.jpg"]
    assert expected == [i.url for i in found]


def test_hostile_many_caption_elements() -> None:
    """A figure with twenty thousand caption elements is read from its first ones."""
    spans = '<span class="caption">A word.</span>' * 20_000
    found = images_of(f'<figure><img src="/a.jpg"><figcaption>{spans}</figcaption></figure>')
    expected = ["https://news.example/a.jpg"]
    assert expected == [i.url for i in found]


def test_advertisement_label_drops_the_image() -> None:
    """An image whose only caption is an advertising label is an advertisement."""
    found = images_of(
        '<figure><img src="/banner-300.jpg"><figcaption>ANZEIGE</figcaption></figure>'
        '<img src="/photo.jpg">'
    )
    expected = ["https://news.example/photo.jpg"]
    assert expected == [i.url for i in found]


def test_placeholder_file_is_no_image() -> None:
    """A lazy-loading stand-in file beside the real image neither counts nor hides the caption."""
    found = images_of(
        '<figure><div><img src="/assets/grey-placeholder.png"><img src="/real-photo.jpg">'
        "<span>EPA</span></div><figcaption>Ministers at the podium.</figcaption></figure>"
    )
    expected = [("https://news.example/real-photo.jpg", "Ministers at the podium.", "EPA")]
    assert expected == [(i.url, i.caption, i.credit and i.credit.agency) for i in found]


def test_script_state_in_attribute_is_no_url() -> None:
    """A lazy attribute holding script state is skipped for the real URL."""
    found = images_of('<img data-src=\'{"default": {"src": "/x.jpg"}}\' src="/real.jpg">')
    expected = ["https://news.example/real.jpg"]
    assert expected == [i.url for i in found]


def test_credit_element_repeating_caption_keeps_only_credit() -> None:
    """A credit element that repeats the caption gives only its labelled credit."""
    found = images_of(
        '<figure><img src="/a.jpg"><figcaption>Leaders meet in New York.</figcaption>'
        '<span class="credit">Leaders meet in New York. Fotos: Example Herald/AFP</span></figure>'
    )
    expected = [("Leaders meet in New York.", "Example Herald/AFP", "Fotos")]
    assert expected == [
        (i.caption, i.credit and i.credit.text, i.credit and i.credit.label) for i in found
    ]


def test_credit_printed_twice_read_once() -> None:
    """A credit printed twice in a row (two layouts) reads once."""
    found = images_of(
        '<figure><img src="/a.jpg"><figcaption>The ball.</figcaption>'
        '<span class="copyright">APA/Georg Doe APA/Georg Doe</span></figure>'
    )
    expected = ["APA/Georg Doe"]
    assert expected == [i.credit and i.credit.text for i in found]


def test_text_beside_credit_in_image_wrapper_is_caption() -> None:
    """Unmarked text next to a marked credit in the image's own wrapper is the caption."""
    found = images_of(
        '<div class="article-image"><img src="/a.jpg"><p class="lead">Donald Doe</p>'
        '<p class="image-author">Foto: REUTERS/Nathan Doe</p></div><p>Body text follows here.</p>'
    )
    expected = [("Donald Doe", "REUTERS/Nathan Doe")]
    assert expected == [(i.caption, i.credit and i.credit.text) for i in found]


def test_custom_image_element() -> None:
    """A web component rendering a picture (<brick-image data-src>) counts as an image."""
    found = images_of(
        '<div class="image-wrap"><brick-image data-src="/visit.jpg"></brick-image>'
        '<div class="img-caption-wrap"><span>VISIT: The singer and her manager.</span></div></div>'
    )
    expected = [("https://news.example/visit.jpg", "VISIT: The singer and her manager.")]
    assert expected == [(i.url, i.caption) for i in found]


def test_byline_is_no_caption() -> None:
    """A byline ("Von Jane Doe") beside an author picture is not a caption."""
    found = images_of(
        '<div class="box"><img src="/a.jpg"><span class="caption">Von Birgit Doe</span></div>'
    )
    expected: list[str | None] = [None]
    assert expected == [i.caption for i in found]


def test_caption_starting_with_by_kept() -> None:
    """A caption that merely begins with "By" stays a caption."""
    found = images_of(
        '<figure><img src="/a.jpg"><figcaption>By the river at dawn</figcaption></figure>'
    )
    expected = ["By the river at dawn"]
    assert expected == [i.caption for i in found]


def test_next_story_loaded_below_is_left_out() -> None:
    """With two stories on the page, images of the second (loaded below) are left out."""
    story = "<p>One.</p><p>Two.</p><p>Three.</p>"
    tree = load_html(
        f'<html><body><article><h1>This story</h1>{story}<img src="/mine.jpg"></article>'
        f'<article><h1>Next story</h1>{story}<img src="/next.jpg"></article></body></html>'
    )
    found = extract_images(tree, base_url=BASE, lead_images=())
    expected = ["https://news.example/mine.jpg"]
    assert expected == [i.url for i in found]


def test_link_text_is_no_implicit_caption() -> None:
    """A headline inside the link around a picture is not that picture's caption."""
    found = images_of(
        '<div class="box"><a href="story.html"><div class="img-box"><img src="/a.jpg">'
        '<img src="/a.jpg"></div><p class="lead">Leaders argue over the budget</p></a></div>'
    )
    expected: list[str | None] = [None]
    assert expected == [i.caption for i in found]


def test_relative_url_without_page_url_keeps_caption() -> None:
    """Without a page URL a relative image has no absolute URL but keeps its caption."""
    tree = load_html(
        '<html><body><figure><img src="img/a.jpg"><figcaption>The harbour.</figcaption>'
        "</figure></body></html>"
    )
    found = extract_images(tree, base_url=None, lead_images=())
    expected = [(None, "The harbour.")]
    assert expected == [(i.url, i.caption) for i in found]


def test_renditions_of_one_captioned_picture_merge() -> None:
    """Two renditions of one picture, same caption and credit, are one image."""
    found = images_of(
        '<figure><img src="/img/3f1c9a2b-77d0-4c1e-9a5b_w948_r1.778.webp">'
        "<figcaption>The vice chair speaks. Photo: Jane Doe/AP</figcaption></figure>"
        '<figure><img src="/img/3f1c9a2b-77d0-4c1e-9a5b_w1600_r1.5.jpg">'
        "<figcaption>The vice chair speaks. Photo: Jane Doe/AP</figcaption></figure>"
    )
    expected = ["The vice chair speaks."]
    assert expected == [i.caption for i in found]


def test_malformed_url_and_odd_size_do_not_raise() -> None:
    """A malformed URL is no image and a width of "²" is no size; nothing raises."""
    found = images_of('<img src="http://[bad/x.jpg"><img src="/a.jpg" width="²">')
    expected = ["https://news.example/a.jpg"]
    assert expected == [i.url for i in found]


def test_short_lead_before_label_stays_in_credit() -> None:
    """In a credit element, "Frank Doe/Copyright 2026 AP" keeps the name before the label."""
    found = images_of(
        '<figure><img src="/a.jpg"><figcaption>The council meets.</figcaption>'
        '<span class="credit">Frank Doe/Copyright 2026 AP</span></figure>'
    )
    expected = ["Frank Doe/Copyright 2026 AP"]
    assert expected == [i.credit and i.credit.text for i in found]


def test_screen_reader_text_left_out() -> None:
    """Text kept for screen readers only ("Image caption,") is not part of the caption."""
    found = images_of(
        '<figure><img src="/a.jpg"><figcaption><span class="visually-hidden">Image caption, '
        "</span>Leaders at the summit.</figcaption></figure>"
    )
    expected = ["Leaders at the summit."]
    assert expected == [i.caption for i in found]


def test_text_after_picture_repeating_alt_is_caption() -> None:
    """A plain element right after the picture that prints the alt text is its caption."""
    paragraphs = "<p>One paragraph of the story, long enough to read as running text.</p>" * 3
    found = images_of(
        f'<div>{paragraphs}<div><img src="/a.jpg" alt="Police at the scene"></div>'
        f'<div><img src="/b.jpg" alt="The seized jewellery"></div>'
        f"<div><span>The seized jewellery</span></div>{paragraphs}</div>"
    )
    expected = ("The seized jewellery",)
    assert expected == tuple(image.caption for image in found if image.caption)


def captions_beside(alt: str, after: str) -> tuple[str | None, ...]:
    paragraphs = "<p>One paragraph of the story, long enough to read as running text.</p>" * 3
    found = images_of(
        f'<div>{paragraphs}<div><img src="/b.jpg" alt="{alt}"></div>{after}{paragraphs}</div>'
    )
    return tuple(image.caption for image in found)


def test_heading_repeating_alt_is_no_caption() -> None:
    """A heading after a picture with the same words is a teaser's headline, not a caption."""
    expected = (None,)
    assert expected == captions_beside("Prices rise again", "<h3>Prices rise again</h3>")


def test_text_after_picture_unlike_alt_is_no_caption() -> None:
    """An unmarked element after the picture that does not repeat the alt is left alone."""
    after = "<div><span>Read more stories here</span></div>"
    expected = (None,)
    assert expected == captions_beside("The seized jewellery", after)


def captions_of(body: str) -> list[str | None]:
    return [image.caption for image in images_of(body)]


def urls_of(body: str) -> list[str | None]:
    return [image.url for image in images_of(body)]


def test_figcaption_after_picture_without_figure() -> None:
    """A figcaption printed right after a picture in the running text captions it."""
    paragraphs = "<p>One paragraph of the story, long enough to read as running text.</p>" * 3
    found = images_of(
        f'{paragraphs}<picture><img src="/a.jpg"></picture>'
        f"<figcaption><span>Riders at the start, Foto: Jane Doe</span></figcaption>{paragraphs}"
    )
    expected = [("Riders at the start", "Jane Doe")]
    assert expected == [(i.caption, i.credit and i.credit.text) for i in found]


def test_figcaptions_after_pictures_in_one_block() -> None:
    """Pictures sharing a block each take the figcaption that follows them."""
    expected = ["The first picture.", "The second picture."]
    assert expected == captions_of(
        '<div><img src="/a.jpg"><figcaption>The first picture.</figcaption>'
        '<img src="/b.jpg"><figcaption>The second picture.</figcaption></div>'
    )


def test_type_style_class_names_no_teaser() -> None:
    """A class naming a type style ("typo-teaser-medium") does not make a gallery a teaser."""
    expected = ["Guests at the gala."]
    assert expected == captions_of(
        '<div class="gallery typo-teaser-medium"><figure><img src="/a.jpg">'
        "<figcaption>Guests at the gala.</figcaption></figure></div>"
    )


def test_sign_up_wall_picture_dropped() -> None:
    """A picture beside a call to register is the sign-up wall's, not the story's."""
    expected: list[str | None] = []
    assert expected == urls_of(
        '<div><p>Create a FREE account to continue reading</p><img src="/wall.png"></div>'
    )


def test_app_promo_picture_dropped() -> None:
    """A picture beside app store names is an app promo."""
    expected: list[str | None] = []
    assert expected == urls_of(
        '<div><img src="/phone.png"><div>Get the news app</div><div>Google Play</div>'
        "<div>App Store</div></div>"
    )


def test_picture_captioned_twice_in_story_is_two_images() -> None:
    """One picture shown twice in the story, captioned under each copy, is two images."""
    caption = "The winner crosses the line."
    expected = [caption, caption]
    assert expected == captions_of(
        f'<figure><img src="/p.jpg"><figcaption>{caption}</figcaption></figure>'
        "<p>Some text between the two.</p>"
        f'<figure><img src="/p.jpg"><figcaption>{caption}</figcaption></figure>'
    )


def test_lightbox_copy_outside_story_is_one_image() -> None:
    """A captioned copy of the story's picture outside the story (a lightbox) is the same image."""
    figure = '<figure><img src="/p.jpg"><figcaption>The winner.</figcaption></figure>'
    tree = load_html(
        f"<html><body><article><h1>Headline</h1>{figure}</article>"
        f'<div class="overlay">{figure}</div></body></html>'
    )
    found = extract_images(tree, base_url=BASE, lead_images=())
    expected = ["The winner."]
    assert expected == [i.caption for i in found]


def test_video_poster_dropped() -> None:
    """The still of an embedded video player is no picture of the article."""
    expected: list[str | None] = []
    assert expected == urls_of(
        '<div class="video-player"><img src="/still.jpg">'
        '<figcaption class="caption">Scenes from the fire</figcaption></div>'
    )


def test_video_in_captioned_figure_keeps_poster() -> None:
    """A video player inside a figure that captions it shows the story's picture."""
    expected = ["Video graphic: how the central bank works"]
    assert expected == captions_of(
        '<figure><div class="video-wrapper"><div><img src="/still.jpg"></div></div>'
        "<figcaption>Video graphic: how the central bank works</figcaption></figure>"
    )


def test_video_figure_with_only_a_credit_drops_poster() -> None:
    """A video still whose figure prints only a credit is no captioned picture."""
    expected: list[str | None] = []
    assert expected == urls_of(
        '<figure><div class="video-wrapper"><img src="/still.jpg"></div>'
        '<figcaption><span class="credit">Reuters</span></figcaption></figure>'
    )


def test_audio_player_picture_dropped_even_in_figure() -> None:
    """An audio player's picture is the programme's cover, even in a captioned figure."""
    expected: list[str | None] = []
    assert expected == urls_of(
        '<figure><div class="audio-element"><img src="/cover.jpg"></div>'
        "<figcaption>Listen: how the job scheme works</figcaption></figure>"
    )


def test_enlarge_label_is_no_caption() -> None:
    """A lightbox label under the picture ("Zum Vergrößern bitte anklicken") is no caption."""
    expected: list[str | None] = [None]
    assert expected == captions_of(
        '<figure><a href="/big.jpg"><img src="/a.jpg"></a>'
        "<figcaption>Zum Vergrößern bitte anklicken</figcaption></figure>"
    )


@given(html_documents())
def test_any_page_gives_well_formed_images(page: str) -> None:
    """On any page: no error, the tree unchanged, no empty strings, absolute http(s) URLs."""
    try:
        tree = load_html(page)
    except ParseError:
        return
    before = lxml.html.tostring(tree)
    found = extract_images(tree, base_url=BASE, lead_images=())
    problems = [
        image
        for image in found
        if "" in (image.alt, image.caption)
        or (image.url is not None and not image.url.startswith(("http://", "https://")))
        or (image.credit is not None and not image.credit.text)
    ]
    expected: tuple[bytes, list[Image]] = (before, [])
    assert expected == (lxml.html.tostring(tree), problems)


def test_link_to_the_page_itself_keeps_the_picture() -> None:
    """A picture linked to the page itself ("story.html#top", "./story.html?p=2") is no teaser."""
    found = images_of(
        '<p><a href="story.html#top"><img src="/a.jpg"></a></p>'
        '<p><a href="./story.html?p=2"><img src="/b.jpg"></a></p>'
    )
    expected = ["https://news.example/a.jpg", "https://news.example/b.jpg"]
    assert expected == [image.url for image in found]


def test_linked_and_unlinked_pictures_in_one_block_judged_apart() -> None:
    """Of two pictures in one block, the one linking to another story is a teaser, the other not."""
    found = images_of(
        '<div class="gallery"><a href="/other-story.html"><img src="/a.jpg"></a>'
        '<img src="/b.jpg"></div>'
    )
    expected = ["https://news.example/b.jpg"]
    assert expected == [image.url for image in found]


# Pieces of links that may or may not resolve to BASE's page.
_LINK_PARTS = st.lists(
    st.sampled_from(["", ".", "..", "story.html", "world", "2024", "Story.html", "x", "\t"]),
    max_size=5,
)
_LINK_PREFIXES = st.sampled_from(
    ["", "/", "//news.example/", "https://news.example/", "http://other/"]
)
_LINK_ENDS = st.sampled_from(["", "/", "?p=2", "#top", "?a#b", "#a?b", ";x"])


@given(_LINK_PREFIXES, _LINK_PARTS, _LINK_ENDS)
def test_link_check_without_urljoin_misses_no_link_to_the_page(
    prefix: str, parts: list[str], end: str
) -> None:
    """Every link that resolves to the page passes the cheap test that spares urljoin."""
    href = prefix + "/".join(parts) + end
    target = _images._resolve(href, BASE)
    to_page = target is not None and _images._page_key(target) == _images._page_key(BASE)
    expected = True
    assert expected == (_images._may_lead_to(href, BASE) or not to_page)


# Pieces of URLs whose path may or may not end with ".jpg".
_URL_PARTS = st.lists(
    st.sampled_from(["x", ".", "jp", "g", ".jpg", ".JPG", "\t", "\n", "?", "#", "/", "//h", "["]),
    max_size=8,
)


@given(_URL_PARTS)
@example(["//h", "/", "x", ".", "jp", "\n", "g", "?", "x"])
@example(["//h", "[", "/", "x", ".JPG"])
def test_suffix_check_without_split_misses_no_suffix(parts: list[str]) -> None:
    """Every URL whose path ends with an image extension passes the cheap test sparing urlsplit."""
    url = "".join(parts)
    extensions = (".jpg", ".jpeg")
    ends = _images._split(url).path.lower().endswith(extensions)
    expected = True
    assert expected == (_images._may_end_with(url, extensions) or not ends)


def test_text_beside_picture_over_two_wrappers_is_one_caption() -> None:
    """Short text in the picture's wrapper and more beside it read as one caption, in order."""
    found = images_of(
        '<div><div><img src="/a.jpg"><span>Harbour</span></div><span>at dawn.</span></div>'
    )
    expected = ["Harbour at dawn."]
    assert expected == [image.caption for image in found]


# --- captions printed apart, kept out of the main text ----------------------------

_STORY = (
    "<p>The council voted on Tuesday to close the old bridge, citing a report that found "
    "corrosion in three of its four supporting piers, and said repairs would take a year.</p>"
    "<p>Residents who cross the river every day will have to drive twenty minutes further, "
    "and shop owners on the east bank fear that they will lose much of their custom.</p>"
)
_MEDIA_BOX = (
    '<div class="media"><picture><img src="/bridge.jpg" alt="The bridge"></picture>'
    '<div class="info"><p>The old bridge at dusk</p></div></div>'
)


def test_caption_in_a_box_beside_the_picture_is_printed_apart() -> None:
    """A caption read from an unnamed box beside the picture is reported, folded."""
    tree = load_html(f"<html><body><article>{_STORY}{_MEDIA_BOX}</article></body></html>")
    found = _images.find_images(tree, base_url=BASE, lead_images=())
    assert ("The old bridge at dusk",) == tuple(image.caption for image in found.images)
    assert frozenset({"the old bridge at dusk"}) == found.printed_captions


def test_paragraph_opening_with_a_picture_is_no_caption_printed_apart() -> None:
    """A paragraph that starts with an inline picture is the story's, whatever captions it."""
    tree = load_html(
        '<html><body><article><p><img src="/bridge.jpg">The old bridge at dusk, seen from '
        f"the east bank.</p>{_STORY}</article></body></html>"
    )
    assert frozenset() == _images.find_images(tree, base_url=BASE, lead_images=()).printed_captions


def test_caption_printed_apart_does_not_leak_into_the_main_text() -> None:
    """parse_html keeps the caption on the image and out of the text."""
    article = parse_html(
        f"<html><body><article><h1>Bridge closes</h1>{_STORY}{_MEDIA_BOX}{_STORY}"
        "</article></body></html>",
        url=BASE,
    )
    assert "The old bridge at dusk" == article.images[0].caption
    assert "dusk" not in article.text
    assert "corrosion" in article.text
