"""Authors, one rule at a time, on tiny pages written for the test."""

from __future__ import annotations

import datetime as dt
import json

import lxml.etree
import lxml.html

from articlekit._authors import _byline_names, find_authors
from articlekit._page import read_page

NOW = dt.datetime(2026, 1, 1, 12, 0, tzinfo=dt.timezone.utc)


def _authors(head: str = "", body: str = "") -> tuple[str, ...]:
    text = f"<html><head>{head}</head><body>{body}</body></html>"
    parser = lxml.html.HTMLParser(remove_comments=True)
    tree = lxml.html.document_fromstring(text, parser=parser)
    return find_authors(read_page(tree, None, NOW))


def _ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def _ld_author(name: str) -> str:
    return _ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": name}})


_STORY = "<p>The council met on Monday and voted to reopen the old bridge next spring.</p>"


def _byline(text: str) -> str:
    return f'<h1>Bridge reopens</h1><div class="byline">{text}</div>{_STORY}'


def test_indented_name_after_label_is_read() -> None:
    """The name after an "Autor:" label is read though the template indents it."""
    body = f"<h1>Bridge reopens</h1><div><h5>Autor:</h5>Jane Doe{' ' * 90}\n</div>{_STORY}"
    expected = ("Jane Doe",)
    assert expected == _authors(body=body)


def test_agency_after_slash_is_dropped() -> None:
    """The agency printed after the writer's name ("Jane Doe/AFP") is no author."""
    body = f"<h1>Bridge reopens</h1><div><h5>Autor:</h5>Jane Doe/AFP</div>{_STORY}"
    expected = ("Jane Doe",)
    assert expected == _authors(body=body)


def test_two_agencies_after_slash_are_kept() -> None:
    """Two agencies joined by a slash ("DPA/AFP") are not a person and an agency."""
    body = _byline("Von Jane Doe und ABC/DEF")
    expected = ("Jane Doe", "ABC", "DEF")
    assert expected == _authors(body=body)


def test_byline_worded_media_credit_is_skipped() -> None:
    """'By Example Agency' in a video's credit names the footage's source, not the author."""
    credit = '<span class="video-credit">By Example Border Guard</span>'
    body = f"<h1>Bridge reopens</h1>{credit}{_STORY}"
    expected = ()
    assert expected == _authors(body=body)


def test_byline_completes_one_jsonld_person() -> None:
    """A byline printing the JSON-LD's one person with a co-author gives both."""
    head = _ld_author("Jane Doe")
    body = _byline("By Jane Doe, John Roe")
    expected = ("Jane Doe", "John Roe")
    assert expected == _authors(head, body)


def test_byline_one_word_part_is_no_coauthor() -> None:
    """A one-word part beside the JSON-LD person ("Jane Doe, Lisbon") is no co-author."""
    head = _ld_author("Jane Doe")
    body = _byline("By Jane Doe, Lisbon")
    expected = ("Jane Doe",)
    assert expected == _authors(head, body)


def test_separate_byline_element_is_no_coauthor() -> None:
    """A translator credited in a byline element of their own joins no JSON-LD author."""
    head = _ld_author("Jane Doe")
    body = (
        '<h1>Bridge reopens</h1><div class="author">By Jane Doe</div>'
        f'<div class="author">Translated by John Roe</div>{_STORY}'
    )
    expected = ("Jane Doe",)
    assert expected == _authors(head, body)


def test_metadata_login_takes_the_printed_spelling() -> None:
    """A JSON-LD login ("janedoe") gives the byline's spelling of the same name."""
    head = _ld_author("janedoe")
    body = _byline("By Jane Doe")
    expected = ("Jane Doe",)
    assert expected == _authors(head, body)


def test_metadata_login_stays_beside_another_printed_name() -> None:
    """A login is kept when the byline prints somebody else."""
    head = _ld_author("janedoe")
    body = _byline("By John Roe")
    expected = ("janedoe",)
    assert expected == _authors(head, body)


def test_byline_inside_teaser_link_is_skipped() -> None:
    """'By Jane Doe' inside a link that also holds a headline is another story's teaser."""
    teaser = '<a href="/other-story"><span>Council votes</span> <span>By Jane Doe</span></a>'
    body = f"<h1>Bridge reopens</h1>{_STORY}{teaser}"
    expected = ()
    assert expected == _authors(body=body)


def test_byline_that_is_the_whole_link_is_read() -> None:
    """A link holding the byline alone is the byline."""
    body = f'<h1>Bridge reopens</h1><a href="/jane">By Jane Doe</a>{_STORY}'
    expected = ("Jane Doe",)
    assert expected == _authors(body=body)


def _preview(label: str, value: str) -> str:
    return (
        f'<meta name="twitter:label1" content="{label}">'
        f'<meta name="twitter:data1" content="{value}">'
    )


def test_link_preview_written_by_line_names_the_author() -> None:
    """The twitter:label1 "Verfasst von" line gives its twitter:data1 name."""
    head = _preview("Verfasst von", "Jane Doe")
    expected = ("Jane Doe",)
    assert expected == _authors(head, f"<h1>Bridge reopens</h1>{_STORY}")


def test_link_preview_reading_time_is_no_author() -> None:
    """A preview line with another label ("Est. reading time") names nobody."""
    head = _preview("Est. reading time", "Jane Doe")
    expected = ()
    assert expected == _authors(head, f"<h1>Bridge reopens</h1>{_STORY}")


def test_link_preview_login_is_no_author() -> None:
    """A one-word display name on the preview line ("sv_team") is a login, not taken."""
    head = _preview("Written by", "sv_team")
    expected = ()
    assert expected == _authors(head, f"<h1>Bridge reopens</h1>{_STORY}")


def test_printed_byline_wins_over_link_preview() -> None:
    """The printed byline is read before the link preview's line."""
    head = _preview("Written by", "Jane Doe")
    expected = ("John Roe",)
    assert expected == _authors(head, _byline("By John Roe"))


def test_company_of_a_blog_subdomain_is_no_person() -> None:
    """On blog.examplecorp.test a byline crediting "Examplecorp" names the site."""
    head = '<link rel="canonical" href="https://blog.examplecorp.test/bridge">'
    expected = ()
    assert expected == _authors(head, _byline("By Examplecorp"))


def test_byline_label_name_and_job_elements_are_kept_apart() -> None:
    """'<span>By</span><a>Jane Doe</a><span class=job-title>…</span>' gives the name alone."""
    job = '<span class="job-title">Writer</span>'
    byline = f'<span>By</span><a href="/authors/jane">Jane Doe</a>{job}'
    expected = ("Jane Doe",)
    assert expected == _authors(body=_byline(byline))


def test_byline_word_split_by_markup_stays_whole() -> None:
    """A name with a letter in its own element ("Do<span>e</span>") is one word."""
    expected = ("Jane Doe",)
    assert expected == _authors(body=_byline("By Jane Do<span>e</span>"))


def test_interview_credit_names_guest_and_host() -> None:
    """'Jane Doe im Gespräch mit John Roe' credits both."""
    expected = ("Jane Doe", "John Roe")
    assert expected == _authors(body=_byline("Jane Doe im Gespräch mit John Roe"))


def test_month_after_slash_is_no_name() -> None:
    """'Jane Doe / Oktober 25 2023': the date's month is no co-author."""
    expected = ("Jane Doe",)
    assert expected == _authors(body=_byline("Jane Doe / Oktober 25 2023"))


def test_date_alone_in_a_byline_element_is_no_name() -> None:
    """A byline item holding only the date ("Jul 3, 2019") names nobody."""
    items = '<span class="byline-item">Jul 3, 2019</span><span class="byline-item">Jane Doe</span>'
    body = f"<h1>Bridge reopens</h1><div>{items}</div>{_STORY}"
    expected = ("Jane Doe",)
    assert expected == _authors(body=body)


def test_genre_before_von_is_dropped() -> None:
    """'Eine Analyse von Jane Doe' credits Jane Doe."""
    expected = ("Jane Doe",)
    assert expected == _authors(body=_byline("Eine Analyse von Jane Doe"))


def test_chinese_editor_label_is_dropped() -> None:
    """'责任编辑：' (editor in charge) before a name is a label, not part of the name."""
    body = f"<h1>桥梁重新开放</h1><p>{'市议会周一投票决定明年春天重新开放旧桥。' * 5}</p>"
    expected = ("焦明",)
    assert expected == _authors(body=f"{body}<div>责任编辑： 焦明</div>")


def test_email_and_about_links_are_no_names() -> None:
    """'E-Mail' and 'Über den Autor' links in a byline name nobody."""
    expected = ("Jane Doe",)
    assert expected == _authors(body=_byline("Jane Doe | E-Mail | Über den Autor"))


def test_jsonld_agency_beside_a_person_is_kept() -> None:
    """A JSON-LD author list of a Person and an Organization credits both."""
    people = [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Organization", "name": "EPA"}]
    head = _ld({"@type": "NewsArticle", "author": people})
    expected = ("Jane Doe", "EPA")
    assert expected == _authors(head, f"<h1>Bridge reopens</h1>{_STORY}")


def test_jsonld_site_beside_a_person_is_dropped() -> None:
    """The site's own name as an Organization author beside a person is its default credit."""
    people = [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Organization", "name": "Example"}]
    head = _ld({"@type": "NewsArticle", "author": people})
    head += '<meta property="og:site_name" content="Example">'
    expected = ("Jane Doe",)
    assert expected == _authors(head, f"<h1>Bridge reopens</h1>{_STORY}")


def test_byline_nested_thousands_deep_is_read() -> None:
    """A byline whose name sits 5,000 elements deep is read without recursion."""
    byline = lxml.html.fragment_fromstring('<div class="byline">By </div>')
    node = byline
    for _ in range(5000):
        node = lxml.etree.SubElement(node, "span")
    node.text = "Jane Doe"
    expected = ["Jane Doe"]
    assert expected == _byline_names(byline)


def test_comment_inside_byline_keeps_the_text_after_it() -> None:
    """Text after a comment inside a byline is read."""
    byline = lxml.html.fragment_fromstring('<div class="byline">By Jane<!-- x --> Doe</div>')
    expected = ["Jane Doe"]
    assert expected == _byline_names(byline)


def test_rel_author_and_byline_agreeing_beat_the_meta_tag() -> None:
    """The rel=author link and the byline naming the same person beat a meta tag's other name."""
    head = '<meta name="author" content="Site Owner">'
    link = '<a rel="author" href="/author/jane">Jane Doe</a>'
    expected = ("Jane Doe",)
    assert expected == _authors(head, _byline(f"By {link}"))


def test_rel_author_alone_does_not_beat_the_meta_tag() -> None:
    """A rel=author link the byline does not confirm leaves the meta tag's name."""
    head = '<meta name="author" content="Site Owner">'
    body = f'<h1>Bridge reopens</h1>{_STORY}<a rel="author" href="/author/jane">Jane Doe</a>'
    expected = ("Site Owner",)
    assert expected == _authors(head, body)


def test_sentence_of_single_nouns_is_no_byline() -> None:
    """'Von Risiken und Nebenwirkungen' lists nouns, not persons."""
    body = f"<h1>Bridge reopens</h1><p>Von Risiken und Nebenwirkungen</p>{_STORY}"
    expected = ()
    assert expected == _authors(body=body)


def test_byline_of_full_names_in_text_is_read() -> None:
    """'Von Jane Doe und John Roe' in a plain paragraph names both."""
    body = f"<h1>Bridge reopens</h1><p>Von Jane Doe und John Roe</p>{_STORY}"
    expected = ("Jane Doe", "John Roe")
    assert expected == _authors(body=body)


def test_linked_names_after_a_label_are_all_read() -> None:
    """'Von <a>A</a>, <a>B</a> und <a>C</a>' names all three."""
    names = '<a href="/a">Jane Doe</a>, <a href="/b">John Roe</a> und <a href="/c">Max Muster</a>'
    body = f"<h1>Bridge reopens</h1><p>Von {names}</p>{_STORY}"
    expected = ("Jane Doe", "John Roe", "Max Muster")
    assert expected == _authors(body=body)


def test_text_after_a_labelled_name_is_no_coauthor() -> None:
    """A sentence after 'Von <a>Jane Doe</a>' adds no name."""
    body = f'<h1>Bridge reopens</h1><p>Von <a href="/a">Jane Doe</a></p>{_STORY}'
    expected = ("Jane Doe",)
    assert expected == _authors(body=body)


def test_all_authors_link_and_job_after_comma_are_no_names() -> None:
    """'Jane Doe, Editor At Large | Alle Autoren' names Jane Doe alone."""
    expected = ("Jane Doe",)
    assert expected == _authors(body=_byline("Jane Doe, Editor At Large | Alle Autoren"))


def test_adjacent_author_links_are_two_names() -> None:
    """Two author links side by side ("<a>Jane Doe</a><a>John Roe</a>") are two names."""
    links = '<a href="/authors/jane">Jane Doe</a><a href="/authors/john">John Roe</a>'
    expected = ("Jane Doe", "John Roe")
    assert expected == _authors(body=_byline(f"By {links}"))


def test_picture_credit_classed_as_author_is_skipped() -> None:
    """An element classed 'image--author' credits the photo, not the article."""
    credit = '<p class="image--author">Foto: Example Wire/Jane Roe</p>'
    body = f'<h1>Bridge reopens</h1>{credit}<div class="author">Jane Doe</div>{_STORY}'
    expected = ("Jane Doe",)
    assert expected == _authors(body=body)


def test_update_label_and_foreign_role_are_no_names() -> None:
    """'Letzte Aktualisierung' and 'Corresponsal' in a byline name nobody."""
    expected = ("Jane Doe",)
    assert expected == _authors(body=_byline("Jane Doe, Corresponsal | Letzte Aktualisierung"))


def test_microdata_author_of_a_figure_is_skipped() -> None:
    """A figure caption's itemprop=author credits the photo, not the article."""
    figure = '<figure><img src="a.jpg"><figcaption itemprop="author">Jane Roe</figcaption></figure>'
    byline = '<span itemprop="author">Jane Doe</span>'
    body = f"<h1>Bridge reopens</h1>{byline}{figure}{_STORY}"
    expected = ("Jane Doe",)
    assert expected == _authors(body=body)


def _linked_box(name: str) -> str:
    link = f'<a rel="author" href="/people/{name.replace(" ", "-").lower()}">{name}</a>'
    return f'<div class="byline"><div class="content"><address>{link}</address></div></div>'


def test_coauthor_linked_in_the_same_byline_list_is_added() -> None:
    """A rel=author link beside the metadata's person's link names a co-author."""
    bylines = f'<div class="bylines">{_linked_box("John Roe")}{_linked_box("Jane Doe")}</div>'
    body = f"<h1>Bridge reopens</h1>{bylines}{_STORY}"
    expected = ("John Roe", "Jane Doe")
    assert expected == _authors(head=_ld_author("Jane Doe"), body=body)


def test_author_linked_in_a_teaser_far_off_is_no_coauthor() -> None:
    """A rel=author link in a byline list elsewhere on the page names another article's author."""
    own = f'<div class="bylines">{_linked_box("Jane Doe")}</div>'
    teaser = f'<section><div><div class="bylines">{_linked_box("John Roe")}</div></div></section>'
    body = f"<h1>Bridge reopens</h1>{own}{_STORY}{teaser}"
    expected = ("Jane Doe",)
    assert expected == _authors(head=_ld_author("Jane Doe"), body=body)


def test_name_ended_by_separator_before_a_date_is_read() -> None:
    """A line "Jane Doe |" with the numeric date in the next element is a byline."""
    line = "<div><span>Jane Doe |</span><span>05.04.2025 - Update: 06.04.2025</span></div>"
    expected = ("Jane Doe",)
    assert expected == _authors(body=f"<h1>Bridge reopens</h1>{line}{_STORY}")


def test_section_ended_by_separator_before_a_date_is_no_name() -> None:
    """A one-word line "Politik |" before the date is a section, not an author."""
    line = "<div><span>Politik |</span><span>05.04.2025</span></div>"
    expected = ()
    assert expected == _authors(body=f"<h1>Bridge reopens</h1>{line}{_STORY}")


def test_name_ended_by_separator_without_a_date_is_no_byline() -> None:
    """A line "Jane Doe |" followed by more words, no date, is not read as a byline."""
    line = "<div><span>Jane Doe |</span><span>Contact us</span></div>"
    expected = ()
    assert expected == _authors(body=f"<h1>Bridge reopens</h1>{line}{_STORY}")


def test_forum_thread_starter_label_names_the_author() -> None:
    """The user after a forum's "Thread starter" label wrote the thread's first post."""
    starter = '<li><span>Thread starter</span> <a href="/members/jane.8/">Jane Doe</a></li>'
    body = f"<h1>Bridge reopens</h1><ul>{starter}<li>Start date</li></ul>{_STORY}"
    expected = ("Jane Doe",)
    assert expected == _authors(body=body)


def _bio_box(bio: str) -> str:
    return f'<div class="author-box"><div class="author-bio">{bio}</div></div>'


def test_first_name_takes_the_full_name_an_author_box_starts_with() -> None:
    """A metadata first name becomes the full name the author box's biography starts with."""
    body = f"<h1>Bridge reopens</h1>{_STORY}{_bio_box('<b>Jane Doe</b> - reporter since 2002.')}"
    expected = ("Jane Doe",)
    assert expected == _authors(head=_ld_author("Jane"), body=body)


def test_first_name_before_a_sentence_stays_alone() -> None:
    """A biography going on after the first name without a dash ("Jane The …") keeps it alone."""
    body = f"<h1>Bridge reopens</h1>{_STORY}{_bio_box('Jane The internet says - bios matter.')}"
    expected = ("Jane",)
    assert expected == _authors(head=_ld_author("Jane"), body=body)


def test_first_name_before_a_date_stays_alone() -> None:
    """A byline going on with a word and a date ("Jane Today, 10:30") names no surname."""
    body = f"<h1>Bridge reopens</h1>{_bio_box('Jane Today, 10:30')}{_STORY}"
    expected = ("Jane",)
    assert expected == _authors(head=_ld_author("Jane"), body=body)


def test_first_name_and_date_closing_the_text_sign_it() -> None:
    """A last paragraph of a name, a line break and a date ("Jane<br>10. September 2017") signs."""
    body = f"<h1>Bridge reopens</h1>{_STORY}<p>Jane<br>10. September 2017</p>"
    expected = ("Jane",)
    assert expected == _authors(body=body)


def test_name_and_place_closing_the_text_do_not_sign_it() -> None:
    """A last paragraph of a word and a place ("Jane<br>Berlin") is no signature."""
    body = f"<h1>Bridge reopens</h1>{_STORY}<p>Jane<br>Berlin</p>"
    expected = ()
    assert expected == _authors(body=body)


def test_name_and_date_before_more_text_do_not_sign_it() -> None:
    """A name and a date followed by more paragraphs do not close the text."""
    body = f"<h1>Bridge reopens</h1>{_STORY}<p>Jane<br>10.09.2017</p>{_STORY}"
    expected = ()
    assert expected == _authors(body=body)


def test_name_linked_after_an_avatar_is_the_author() -> None:
    """A link right after a user's avatar picture names the poster."""
    meta = '<div><img class="avatar avatar-19 photo" src="a.jpg"> <a href="/u/1">JaneDoe</a></div>'
    expected = ("JaneDoe",)
    assert expected == _authors(body=f"<h1>Bridge reopens</h1>{meta}{_STORY}")


def test_name_linked_after_a_commenter_avatar_is_no_author() -> None:
    """The avatar and name of a commenter name no author."""
    comment = (
        '<div class="comment"><img class="avatar" src="a.jpg"><a href="/u/2">John Roe</a></div>'
    )
    expected = ()
    assert expected == _authors(body=f"<h1>Bridge reopens</h1>{_STORY}{comment}")


def _ld_article(author: dict[str, str], publisher: str) -> str:
    return _ld(
        {
            "@type": "NewsArticle",
            "author": author,
            "publisher": {"@type": "Organization", "name": publisher},
        }
    )


def test_author_named_as_the_publisher_is_credited_when_no_person_is() -> None:
    """A JSON-LD "Person" that is the publisher by name is the site's own credit, kept alone."""
    head = _ld_article({"@type": "Person", "name": "Example News"}, "Example News")
    assert ("Example News",) == _authors(head, f"<h1>Bridge reopens</h1>{_STORY}")


def test_person_in_byline_outranks_the_publisher_named_as_author() -> None:
    """A byline that names a person wins over the publisher credited as the JSON-LD author."""
    head = _ld_article({"@type": "Person", "name": "Example News"}, "Example News")
    assert ("Jane Doe",) == _authors(head, _byline("By Jane Doe"))


def test_author_unlike_the_publisher_is_no_site_credit() -> None:
    """Only the publisher's very name counts: another name the site's filters drop stays out."""
    head = _ld_article({"@type": "Person", "name": "example.com"}, "Example News")
    assert () == _authors(head, f"<h1>Bridge reopens</h1>{_STORY}")
