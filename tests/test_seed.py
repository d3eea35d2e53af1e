"""The seed article, read exactly: the project's golden test.

examples/seed.txt is the news page the project started from, saved as text.
"""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import subprocess
import sys

import pytest

import articlekit

SEED = pathlib.Path(__file__).parent.parent / "examples" / "seed.txt"
NOW = dt.datetime(2026, 1, 1)

# (start of the quoted words, speaker, cue), in order of appearance.
EXPECTED_QUOTES = [
    ("run away", "Valeriy Zaluzhniy", "stated"),
    ("These days, the Russian army", "Volodymyr Zelensky", "asserted"),
    ("Ukrainian troops are advancing", "Oleg Nikolenko", "said"),
    ("It’s crucial to keep sending arms", "Oleg Nikolenko", "adding"),
    ("to achieve the stated goals", "Russian Defence Ministry", "confirmed"),
    ("This is the result of high command mistakes", "Daniil Bezsonov", "acknowledged"),
    ("reach senior-most officials", "Ramzan Kadyrov", "saying"),
    ("I’m not a strategist", "Ramzan Kadyrov", "asserted"),
    ("reach Odesa in the nearest future.", "Ramzan Kadyrov", "claimed"),
    ("just to save lives", "Vitaly Ganchev", None),
]
# Reported with or without a speaker; nothing else is a quote.
OPTIONAL_QUOTES = ("hasty retreat.", "substantial victory,")


@pytest.fixture(scope="module")
def seed() -> articlekit.Article:
    return articlekit.parse_text(SEED.read_text(encoding="utf-8"), now=NOW)


def test_title(seed: articlekit.Article) -> None:
    """The headline, with its single quotation marks, is the title."""
    assert (
        "Ukraine Makes ‘Astonishing’ Progress in Kharkiv as Russian Forces ‘Run Away’" == seed.title
    )


def test_subtitle(seed: articlekit.Article) -> None:
    """The standfirst under the headline is the subtitle."""
    assert seed.subtitle is not None
    assert seed.subtitle.startswith("Chechnya Governor Ramzan Kadyrov, who has sent thousands")
    assert seed.subtitle.endswith("condemned Moscow’s strategy to retreat as a mistake.")


def test_dates_and_authors(seed: articlekit.Article) -> None:
    """The date line is the publication day; the page names no author."""
    assert (dt.date(2022, 9, 12), None, ()) == (seed.published, seed.modified, seed.authors)
    assert not isinstance(seed.published, dt.datetime)


def test_body_is_exactly_the_nine_paragraphs(seed: articlekit.Article) -> None:
    """Nine paragraphs, nothing of the remnant, repeated headline, caption or credit."""
    assert 9 == len(seed.blocks)
    assert all(articlekit.BlockKind.PARAGRAPH == block.kind for block in seed.blocks)
    assert seed.blocks[0].text.startswith("Ukrainian Commander-in-Chief")
    assert seed.blocks[-1].text.endswith("in some parts of Ukraine’s second-largest city.")
    for leak in ("gtag", "IMAGE SOURCE", "lie abandoned", "Progress in Kharkiv as"):
        assert leak not in seed.text


def test_one_image_with_caption_and_credit(seed: articlekit.Article) -> None:
    """The caption and its IMAGE SOURCE line make one image."""
    (image,) = seed.images
    assert "Russian armoured vehicles lie abandoned near Kharkiv." == image.caption
    assert image.credit is not None
    assert "ukrainian armed forces handout" == image.credit.text.casefold()
    assert "Image source" == image.credit.label


def test_quotes_speakers_and_cues(seed: articlekit.Article) -> None:
    """Each attributed quote once, with its speaker and cue; nothing else but the optional two."""
    found = [q for q in seed.quotes if not q.text.startswith(OPTIONAL_QUOTES)]
    assert len(EXPECTED_QUOTES) == len(found)
    for (start, speaker, cue), quote in zip(EXPECTED_QUOTES, found, strict=True):
        assert quote.text.startswith(start)
        assert quote.speaker is not None
        assert speaker in quote.speaker
        if cue is not None:
            assert cue == quote.cue


def test_quote_offsets_point_into_the_text(seed: articlekit.Article) -> None:
    """Every quote's offsets select its words in Article.text."""
    for quote in seed.quotes:
        assert quote.text == seed.text[quote.start : quote.end]


def test_zelensky_role(seed: articlekit.Article) -> None:
    """The title before a name is the speaker's role."""
    quote = next(q for q in seed.quotes if q.text.startswith("These days"))
    assert quote.speaker_role is not None
    assert "President" in quote.speaker_role


def test_cli_prints_the_seed_as_json() -> None:
    """`python -m articlekit examples/seed.txt` prints the article as JSON."""
    result = subprocess.run(
        [sys.executable, "-m", "articlekit", str(SEED)],
        capture_output=True,
        check=True,
        text=True,
        encoding="utf-8",
    )
    data = json.loads(result.stdout)
    assert "2022-09-12" == data["published"]
    assert 9 == len(data["blocks"])
