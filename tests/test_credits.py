"""Credit lines: recognising them, splitting them from captions, telling their parts apart."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from articlekit._credits import credit_from_line, looks_like_credit, parse_credit, split_caption
from articlekit._models import ImageCredit
from strategies import any_text, quote_heavy_text


def test_image_source_label_kept_apart_text_as_printed() -> None:
    """A BBC-style "IMAGE SOURCE:" credit keeps its text as printed and a tidy label."""
    expected = ImageCredit(
        text="UKRAINIAN ARMED FORCES HANDOUT",
        label="Image source",
        agency="UKRAINIAN ARMED FORCES HANDOUT",
    )
    assert expected == credit_from_line("IMAGE SOURCE: UKRAINIAN ARMED FORCES HANDOUT")


def test_photo_label_with_person() -> None:
    """The credit line "Photo: Jane Doe" names the photographer."""
    expected = ImageCredit(text="Jane Doe", label="Photo", photographer="Jane Doe")
    assert expected == credit_from_line("Photo: Jane Doe")


def test_german_foto_label_with_agency() -> None:
    """The credit line "Foto: dpa" is labelled and names the agency."""
    expected = ImageCredit(text="dpa", label="Foto", agency="dpa")
    assert expected == credit_from_line("Foto: dpa")


def test_bild_label() -> None:
    """The German "Bild: Keystone" is a credit line."""
    expected = ImageCredit(text="Keystone", label="Bild", agency="Keystone")
    assert expected == credit_from_line("Bild: Keystone")


def test_copyright_sign_is_the_label() -> None:
    """The credit line "© Anna Meier" carries "©" as its label."""
    expected = ImageCredit(text="Anna Meier", label="©", photographer="Anna Meier")
    assert expected == credit_from_line("© Anna Meier")


def test_photo_by_label() -> None:
    """The credit line "Photo by X" reads as a label before the photographer."""
    expected = ImageCredit(text="Jean Levac", label="Photo by", photographer="Jean Levac")
    assert expected == credit_from_line("Photo by Jean Levac")


def test_agency_photo_form_in_brackets() -> None:
    """The credit line "(AP Photo/Evan Vucci)" names agency and photographer, brackets dropped."""
    expected = ImageCredit(text="AP Photo/Evan Vucci", agency="AP", photographer="Evan Vucci")
    assert expected == credit_from_line("(AP Photo/Evan Vucci)")


def test_person_slash_agency() -> None:
    """The credit line "Jane Doe/Reuters" is a credit line with both parts."""
    expected = ImageCredit(text="Jane Doe/Reuters", photographer="Jane Doe", agency="Reuters")
    assert expected == credit_from_line("Jane Doe/Reuters")


def test_agency_first_slash_person() -> None:
    """The credit line "dpa/Jens Kalaene" puts the agency first; the parts are still told apart."""
    expected = ImageCredit(text="dpa/Jens Kalaene", photographer="Jens Kalaene", agency="dpa")
    assert expected == parse_credit("dpa/Jens Kalaene")


def test_agency_alone() -> None:
    """The credit line "Getty Images" alone is a credit line."""
    expected = ImageCredit(text="Getty Images", agency="Getty Images")
    assert expected == credit_from_line("Getty Images")


def test_person_with_bracketed_agency() -> None:
    """The credit line "Urs Flueeler (Keystone)" names the photographer and the agency."""
    expected = ImageCredit(
        text="Urs Flueeler (Keystone)", photographer="Urs Flueeler", agency="Keystone"
    )
    assert expected == parse_credit("Urs Flueeler (Keystone)")


def test_sentence_is_not_a_credit_line() -> None:
    """An ordinary caption sentence is no credit line."""
    assert None is credit_from_line("Firefighters work at the scene in Berlin on Monday.")


def test_sentence_with_agency_inside_is_not_a_credit_line() -> None:
    """A caption that ends with a labelled credit is not, as a whole, a credit line."""
    assert None is credit_from_line("Smoke rises over Kyiv. Photo: Dan Doe/AP")


def test_loose_credit_set_apart() -> None:
    """Two short names joined by a slash read as a credit when printed apart."""
    assert looks_like_credit("Unsplash/Kelly Sikkema")


def test_loose_credit_refuses_sentences() -> None:
    """A sentence with a slash is still no credit."""
    assert not looks_like_credit("Prices rose sharply this year/decade for most households.")


def test_split_bracketed_agency_credit() -> None:
    """A caption ending with "(AP Photo/…)" gives the credit up."""
    caption, credit = split_caption("A flag flies over a refinery. (AP Photo/Damian Dovarganes)")
    expected = ("A flag flies over a refinery.", "Damian Dovarganes")
    assert expected == (
        caption,
        credit and credit.photographer,
    )


def test_split_labelled_credit_after_caption() -> None:
    """A caption ending "Foto: Jane Doe" splits into caption and labelled credit."""
    credit = ImageCredit(text="Jane Doe", label="Foto", photographer="Jane Doe")
    expected = ("Der Hafen vor der Küste.", credit)
    assert expected == split_caption("Der Hafen vor der Küste. Foto: Jane Doe")


def test_split_copyright_after_caption() -> None:
    """A caption ending "© dpa | Jens Kalaene" splits at the copyright sign."""
    caption, credit = split_caption("Rauch über der Stadt. © dpa | Jens Kalaene")
    expected = ("Rauch über der Stadt.", "dpa | Jens Kalaene", "©")
    assert expected == (
        caption,
        credit and credit.text,
        credit and credit.label,
    )


def test_split_bar_separated_credit() -> None:
    """A caption then "| Jane Doe/PA Images via Getty Images" splits at the bar."""
    caption, credit = split_caption(
        "She will succeed him. | Niall Carson/PA Images via Getty Images"
    )
    expected = ("She will succeed him.", "Niall Carson/PA Images via Getty Images")
    assert expected == (
        caption,
        credit and credit.text,
    )


def test_split_bare_agency_after_last_sentence() -> None:
    """A bare agency after the last sentence ("… in Kyiv. Reuters") is the credit."""
    expected = ("Protesters gather in Kyiv.", ImageCredit(text="Reuters", agency="Reuters"))
    assert expected == split_caption("Protesters gather in Kyiv. Reuters")


def test_split_korean_reporter_credit() -> None:
    """A Korean caption ending "<name> 기자" credits that reporter."""
    caption, credit = split_caption("후보가 연설하고 있다. 고영권 기자")
    expected = ("후보가 연설하고 있다.", "고영권")
    assert expected == (caption, credit and credit.photographer)


def test_split_japanese_photographed_by() -> None:
    """A Japanese caption ending "（…撮影）" credits the photographer."""
    caption, credit = split_caption("警視庁を出る容疑者＝13日（潟沼義樹撮影）")
    expected = ("警視庁を出る容疑者＝13日", "潟沼義樹")
    assert expected == (caption, credit and credit.text)


def test_split_drops_caption_label() -> None:
    """A "Legende:" label before the caption is not part of it."""
    expected = ("Biden im Weissen Haus", None)
    assert expected == split_caption("Legende: Biden im Weissen Haus")


def test_split_only_credit() -> None:
    """A caption that is only a credit is no caption."""
    caption, credit = split_caption("Photograph: Scott Gilbertson")
    expected = (None, "Scott Gilbertson")
    assert expected == (caption, credit and credit.text)


def test_split_plain_caption_untouched() -> None:
    """A caption without a credit comes back whole."""
    expected = ("Marina Lacerda, 37", None)
    assert expected == split_caption("Marina Lacerda, 37")


def test_split_empty() -> None:
    """Whitespace is neither caption nor credit."""
    expected = (None, None)
    assert expected == split_caption("  \n ")


def test_split_hostile_long_caption_returns() -> None:
    """A caption of 200,000 characters full of separators and labels still splits."""
    text = "word / Photo: " * 20_000 + "end. (AP Photo/Jane Doe)"
    credit = split_caption(text)[1]
    expected = "Jane Doe"
    assert expected == (credit and credit.photographer)


def test_loose_credit_bracketed_name() -> None:
    """A name in brackets, printed apart, reads as a credit."""
    assert looks_like_credit("(Edu Doe)")


def test_loose_credit_organisation() -> None:
    """An organisation's name, printed apart, reads as a credit."""
    assert looks_like_credit("Gemeinde Nordhausen")


def test_web_address_is_the_agency() -> None:
    """A stock site's address after a dash is the agency, the name before it the photographer."""
    expected = ImageCredit(
        text="jdoe - stock.adobe.com", photographer="jdoe", agency="stock.adobe.com"
    )
    assert expected == credit_from_line("jdoe - stock.adobe.com")


def test_acronym_is_the_agency_when_first() -> None:
    """In "WDR/Frank Doe" the acronym is the organisation, the name the photographer."""
    expected = ImageCredit(text="WDR/Frank Doe", photographer="Frank Doe", agency="WDR")
    assert expected == parse_credit("WDR/Frank Doe")


def test_bracketed_labelled_credit_line() -> None:
    """A labelled credit in brackets, "(Image credit: X)", keeps its label apart."""
    expected = ImageCredit(text="Blue Origin", label="Image credit", photographer="Blue Origin")
    assert expected == credit_from_line("(Image credit: Blue Origin)")


def test_split_hostile_separator_run() -> None:
    """A long run of separators before a word is stripped in linear time."""
    text = "Caption " + "- " * 200_000 + "end"
    expected = (text, None)
    assert expected == split_caption(text)


def test_parse_hostile_long_credit_kept_unparsed() -> None:
    """A "credit" of a million characters comes back as printed, without parts."""
    text = "via " * 250_000
    credit = parse_credit(text)
    expected = (None, None)
    assert expected == (credit.photographer, credit.agency)


def test_copyright_sign_before_label() -> None:
    """The sign before a label ("© Foto: X") leaves the label readable."""
    expected = ImageCredit(text="Skoda", label="Foto", photographer="Skoda")
    assert expected == credit_from_line("© Foto: Skoda")


def test_credit_label_with_ellipsis() -> None:
    """A label followed by dots ("Credit... X") is still a label."""
    expected = ImageCredit(
        text="Jane Doe/The Times", label="Credit", photographer="Jane Doe", agency="The Times"
    )
    assert expected == credit_from_line("Credit... Jane Doe/The Times")


def test_label_before_caption_sentence_is_not_a_credit() -> None:
    """A screen-reader "Image:" before a caption sentence is dropped, not read as a credit."""
    expected = ("Jose Doe has agreed a deal to become manager of the London club", None)
    assert expected == split_caption(
        "Image: Jose Doe has agreed a deal to become manager of the London club"
    )


def test_person_among_several_agencies() -> None:
    """In "Zac Doe/Press Association/dpa/Archiv" the one name is the photographer."""
    expected = ImageCredit(
        text="Zac Doe/Press Association/dpa/Archiv",
        photographer="Zac Doe",
        agency="Press Association/dpa/Archiv",
    )
    assert expected == parse_credit("Zac Doe/Press Association/dpa/Archiv")


def test_pool_chain_with_via() -> None:
    """A chain with "via" in the middle still finds the photographer at its end."""
    credit = parse_credit("Keystone/The White House via AP/Adam Doe")
    expected = ("Adam Doe", "Keystone/The White House via AP")
    assert expected == (credit.photographer, credit.agency)


def test_split_person_agency_after_last_sentence() -> None:
    """A person/agency credit after the caption's last sentence is split off."""
    caption, credit = split_caption('She attends the "Dune" premiere. Jane Doe/Roe/Getty Images')
    expected = ('She attends the "Dune" premiere.', "Jane Doe/Roe/Getty Images")
    assert expected == (caption, credit and credit.text)


def test_split_trailing_credit_with_initials() -> None:
    """Initials inside a trailing credit ("David M. Doe/Getty Images") stay in the credit."""
    caption, credit = split_caption("A screening in London. David M. Doe/Getty Images")
    expected = ("A screening in London.", "David M. Doe")
    assert expected == (caption, credit and credit.photographer)


def test_loose_credit_acronym() -> None:
    """A publisher's acronym printed apart ("ES") reads as a credit."""
    assert looks_like_credit("ES")


def test_gallery_counter_before_caption_dropped() -> None:
    """A gallery's counter before the caption ("Foto 1 de 3") is no part of it."""
    expected = ("The blessing is tomorrow.", None)
    assert expected == split_caption("Foto 1 de 3 The blessing is tomorrow.")


@given(st.one_of(any_text, quote_heavy_text))
def test_split_caption_any_text(text: str) -> None:
    """On any text: no error, no empty caption, and a credit always has text."""
    caption, credit = split_caption(text)
    problems = [caption == "", credit is not None and not credit.text]
    expected = [False, False]
    assert expected == problems


def test_longest_label_wins_among_labels_sharing_a_letter() -> None:
    """Of the labels starting alike ("Photo", "Photo credits"), the longest printed one is read."""
    expected = (
        "Smoke over the city.",
        ImageCredit(text="Jane Doe", label="Photo credits", photographer="Jane Doe"),
    )
    assert expected == split_caption("Smoke over the city. PHOTO CREDITS: Jane Doe")
