"""Direct quotations and their speakers; works on text, so HTML and plain text share it.

:func:`extract_quotes` runs these stages, each linear in the length of the text; the
module of each imports only the modules of the stages before it:

1. paragraphs (:mod:`articlekit._quote_marks`): the text splits on blank lines; a quote
   never leaves its paragraph;
2. marks (:mod:`articlekit._quote_marks`): one pass pairs the quotation marks, paragraph
   by paragraph; a quotation left open at a paragraph's end whose next paragraph opens
   again is one piece of a quotation running over several paragraphs;
3. mentions (:mod:`articlekit._mentions`): one pass over the text outside quotations
   collects the people and organisations named, with the gender their pronouns give
   them, when attribution first asks for one (which mentions are subjects, when a
   pronoun first asks for its antecedent);
4. attribution (:mod:`articlekit._attribution`): each paragraph holding a quote is cut
   into tokens, the quote being one token, and the speaker is read around it: after it
   (``“…,” X said``, ``“…,” said X``, ``“…” – X``), before it (``X said: “…”``,
   ``according to X, “…”``, ``X, the mayor, said “…”``); this module then hands a
   speaker on from the quote before it (``“…,” X said. “…”``, a paragraph that is only
   a quotation, a paragraph after a lead-in ending in a colon);
5. speakers (:mod:`articlekit._attribution`, asking :mod:`articlekit._mentions`): a name
   keeps its title as ``speaker_role``, a surname becomes the fullest earlier mention, a
   pronoun the most recent earlier person (or organisation) that fits;
6. filter (this module): scare quotes, titles, nicknames and stage directions are left
   out (:func:`_is_quotation`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from articlekit import _cues
from articlekit._attribution import (
    MIN_UNATTRIBUTED_WORDS,
    NOTHING,
    WORD,
    Attributor,
    Found,
    Token,
    tokenize,
)
from articlekit._mentions import UPPER, Mentions
from articlekit._models import Quote
from articlekit._quote_marks import Span, find_spans, paragraph_bounds, strip_bounds
from articlekit.exceptions import ParseError

__all__ = ["extract_quotes"]

# The PolNeAR dev half's busiest article quotes 54 times: a text with more than this many
# quotations is no article, and the ones past it are returned without a speaker so that
# a hostile input (100,000 quotation marks) stays linear and fast.
MAX_ATTRIBUTED_QUOTES = 1000
# How much text around a paragraph's quotations is read for their speakers: the longest
# PolNeAR dev paragraph is about 7,000 characters, a news sentence rarely 500.
CONTEXT_CHARS = 2000


# German and Dutch function words against English ones, counted over the first
# characters of a text: enough to tell the language of a news article, whose first
# 2,000 characters hold some 300 words. (str.count costs half what a regular expression
# did; with 5,000 characters the test was a tenth of the whole run.)
_GERMANIC = tuple(f" {w} " for w in _cues.words("der die das und ist nicht een het niet"))
_ENGLISH = tuple(f" {w} " for w in _cues.words("the and is of to not"))
LANGUAGE_SAMPLE_CHARS = 2000


def _capitalises_nouns(text: str) -> bool:
    """Tell whether ``text`` reads as German or Dutch (more of their function words)."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    germanic = sum(sample.count(w) for w in _GERMANIC)
    return germanic > sum(sample.count(w) for w in _ENGLISH)


def extract_quotes(text: str) -> tuple[Quote, ...]:
    """Find the direct quotations in ``text`` and who said them.

    Args:
        text: the text to search, paragraphs separated by a blank line (an
            :attr:`~articlekit.Article.text`).

    Returns:
        The quotations in order, never overlapping: the words between the marks, their
        offsets in ``text``, the speaker and role where the text gives them, the
        reporting word, and the index of the paragraph holding each.

    Raises:
        ParseError: ``text`` is not a string.
    """
    if not isinstance(text, str):
        raise ParseError(f"expected str, got {type(text).__name__}")
    paragraphs = paragraph_bounds(text)
    spans = find_spans(text, paragraphs)
    if not spans:
        return ()
    # Only the first quotations are attributed; past them a text is a hostile input, and
    # mentions after the last attributed quotation can name none of its speakers.
    attributed = spans[:MAX_ATTRIBUTED_QUOTES]
    mentions = Mentions(svo=not _capitalises_nouns(text))
    previous_end = 0
    for span in attributed:
        mentions.scan_later(text, previous_end, span.open_mark)
        previous_end = span.close_end
    found: list[Found] = [NOTHING] * len(spans)
    k = 0
    while k < len(attributed):
        block = spans[k].block
        first = k
        while k < len(attributed) and spans[k].block == block:
            k += 1
        lo, hi = paragraphs[block]
        lo = max(lo, spans[first].open_mark - CONTEXT_CHARS)
        hi = min(hi, spans[k - 1].close_end + CONTEXT_CHARS)
        tokens = tokenize(text, lo, hi, attributed, first)
        attributor = Attributor(text, spans, tokens, mentions)
        quote_tokens = attributor.quote_tokens
        for i in quote_tokens:
            result = attributor.read(i)
            found[tokens[i].quote] = result
            if result.entity is not None and result.entity.kind == "person":
                mentions.last_speaker = (tokens[i].start, result.entity)
        _inherit(found, tokens, quote_tokens, attributor)
    for k, span in enumerate(attributed):
        if found[k].speaker is None:
            found[k] = _transcript_label(text, span, mentions) or found[k]
    _carry_over_paragraphs(text, paragraphs, attributed, found, mentions)
    return tuple(
        Quote(
            text=text[span.start : span.end],
            start=span.start,
            end=span.end,
            speaker=f.speaker,
            speaker_role=f.role,
            cue=f.cue,
            block=span.block,
        )
        for span, f in zip(spans, found, strict=True)
        if _is_quotation(text, span, f, paragraphs)
    )


# Up to this many words all capitalised is the title of a show, book or film
# ("Face the Nation", "The Steve Harvey Morning Show"), unless the paragraph is a headline.
MAX_TITLE_WORDS = 6
# Words that stay lower-case in a title ("Face the Nation", "Contract with America").
_TITLE_SMALL_WORDS = _cues.words("a an the and or nor but of in on at to for with by from as")


def _is_title_case(text: str) -> bool:
    if ". " in text or text.rstrip().endswith(("?", "!")):
        return False  # sentences: "The Donald. Big Daddy.", "Who Knew?"
    words = WORD.findall(text)
    # One capitalised word is as likely a sentence ("Absolutely.") as a title.
    return len(words) > 1 and all(
        w[0].isupper() for w in words if w.casefold() not in _TITLE_SMALL_WORDS
    )


_NAME_BEFORE = re.compile(rf"[{UPPER}][\w’'.\-]* $")
_NAME_AFTER = re.compile(rf" [{UPPER}]")


# Words that introduce the name of a work, not words anyone said ("an ad titled “…”").
# A noun naming a work right before the quotation does too ("her commentary, “…,” is
# thoughtful", "his new documentary “…”").
_TITLED = re.compile(
    r"\b(?:titled|entitled|headlined|dubbed|nicknamed|named|commentary|column|op-ed|essay"
    r"|editorial|book|song|film|movie|album|poem|novel|memoir|documentary),? $"
)
# Longest of those words with a comma and a space.
TITLED_CHARS = 14
_STAGE_DIRECTION = re.compile(r"[(\[][^()\[\]]*[)\]][.,]?")


def _is_nickname(text: str, span: Span) -> bool:
    """Tell a nickname inside a name (Marcia "Cia" Price) from a one-word quotation."""
    return (
        text[span.start : span.start + 1].isupper()
        and _NAME_BEFORE.search(text, max(0, span.open_mark - 30), span.open_mark) is not None
        and _NAME_AFTER.match(text, span.close_end) is not None
    )


def _is_quotation(
    text: str, span: Span, found: Found, paragraphs: Sequence[tuple[int, int]]
) -> bool:
    """Tell a quotation from a scare quote or a title."""
    quoted = text[span.start : span.end]
    words = len(WORD.findall(quoted))
    if found.speaker is None and words < MIN_UNATTRIBUTED_WORDS:
        return False
    if words == 1 and _is_nickname(text, span):
        return False
    if _STAGE_DIRECTION.fullmatch(quoted):
        return False  # "(CROSSTALK.)", "[Applause]": a transcript's stage direction
    if _TITLED.search(text, max(0, span.open_mark - TITLED_CHARS), span.open_mark):
        return False  # "a spot titled “Arrogant”": a name given to a work
    if words <= MAX_TITLE_WORDS and _is_title_case(quoted):
        lo, hi = paragraphs[span.block]
        outside = text[lo : span.open_mark] + " " + text[span.close_end : hi]
        # A headline quotes in title case; a paragraph that is only a short title-case
        # quotation is a section heading ("‘All Bets Are Off.’").
        return bool(outside.strip()) and _is_title_case(outside)
    return True


# "WALLACE: Let's start with the news.": a transcript names its speaker in capitals.
_LABEL = re.compile(rf"([{UPPER}][{UPPER}.'\- ]{{1,30}}):\s")


def _transcript_label(text: str, span: Span, mentions: Mentions) -> Found | None:
    """Read the speaker label a quoted transcript line starts with, if any."""
    m = _LABEL.match(text, span.start, span.end)
    if m is None:
        return None
    label = m.group(1).strip()
    entity = mentions.surname(label.rsplit(maxsplit=1)[-1].casefold())
    if entity is not None and entity.kind == "person":
        return Found(entity.name, entity.role, ":", entity)
    return Found(label, None, ":", None)


def _inherit(
    found: list[Found],
    tokens: Sequence[Token],
    quote_tokens: Sequence[int],
    attributor: Attributor,
) -> None:
    """Give a quotation with no speaker of its own the speaker of the one before it.

    ``“…,” X said. “…”`` and ``X said, “…,” adding, “…”``: within a paragraph, a quotation
    that stands as its own sentence (or hangs off a participle) continues the previous one.
    """
    for n, i in enumerate(quote_tokens):
        q = tokens[i].quote
        if found[q].speaker is not None or n == 0:
            continue
        prev = found[tokens[quote_tokens[n - 1]].quote]
        if prev.speaker is None:
            continue
        start, end = attributor.sentence_start[i], attributor.sentence_end[i]
        words = [t for t in tokens[start:end] if t.quote < 0 and t.text[:1].isalnum()]
        if not words or found[q].cue is not None:
            found[q] = prev._replace(cue=found[q].cue or prev.cue)


def _carry_over_paragraphs(
    text: str,
    paragraphs: Sequence[tuple[int, int]],
    spans: Sequence[Span],
    found: list[Found],
    mentions: Mentions,
) -> None:
    """Share speakers across paragraph pieces and give lone quotations the one before.

    The pieces of a quotation running over several paragraphs share the speaker of
    whichever piece names one; a paragraph opening with a quotation takes the speaker a
    paragraph ending in a colon announces ("The Times reports:"); a paragraph that is
    nothing but a quotation continues the attributed quotation of the paragraph before.
    """
    blocks = [span.block for span in spans]
    for k, span in enumerate(spans):
        if found[k].speaker is not None or span.block == 0:
            continue
        lo, hi = strip_bounds(text, *paragraphs[span.block])
        prev_lo, prev_hi = strip_bounds(text, *paragraphs[span.block - 1])
        if span.open_mark != lo or prev_hi <= prev_lo or text[prev_hi - 1] != ":":
            continue
        first = bisect.bisect_left(blocks, span.block - 1)
        tokens = tokenize(text, prev_lo, prev_hi, spans, first)
        lead_in = Attributor(text, spans, tokens, mentions).read_lead_in()
        if lead_in.speaker is not None:
            found[k] = lead_in
    # Pieces of one quotation: a run of spans linked by `continues`.
    k = 0
    while k < len(spans):
        j = k
        while spans[j].continues and j + 1 < len(spans):
            j += 1
        if j > k:
            named = next((found[i] for i in range(k, j + 1) if found[i].speaker), None)
            if named is not None:
                for i in range(k, j + 1):
                    if found[i].speaker is None:
                        found[i] = named
        k = j + 1
    for k, span in enumerate(spans):
        if found[k].speaker is not None or k == 0:
            continue
        lo, hi = strip_bounds(text, *paragraphs[span.block])
        alone = span.open_mark == lo and text[span.close_end : hi].strip(" .,;") == ""
        prev = spans[k - 1]
        if alone and prev.block == span.block - 1 and found[k - 1].speaker is not None:
            found[k] = found[k - 1]
