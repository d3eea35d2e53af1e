"""Scorers for the development data, exactly as its README ("How each is scored") defines them.

Pure functions on plain strings and small records, so that every extractor's developer can
import them (``from benchmarks.scoring import ...`` with the repository root as working
directory) and so that the unit tests need no page. Nothing here imports articlekit.

Each scorer names the rule it implements; where the README leaves a detail open the
docstring says which reading was taken.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

__all__ = [
    "CaptionScore",
    "ImageRecord",
    "PredictedQuote",
    "QuoteScore",
    "Ratio",
    "Scores",
    "TextPage",
    "TextScore",
    "TruthQuote",
    "author_key",
    "authors_match",
    "caption_words",
    "credit_match",
    "credit_words",
    "date_match",
    "day_of",
    "jaccard",
    "match_images",
    "match_quotes",
    "page_text_score",
    "quote_span",
    "score_images",
    "score_quotes",
    "score_snippets",
    "score_texts",
    "shingles",
    "speaker_is_right",
    "speaker_key",
    "title_key",
    "title_match",
    "tokens",
]

SHINGLE_SIZE = 4
"""Tokens per shingle, as the article-extraction-benchmark defines its metric."""

CAPTION_MIN_JACCARD = 0.8
"""Word-set Jaccard at which a caption (or credit) counts as the same, per the data README."""

QUOTE_MIN_IOU = 0.5
"""Span intersection over union at which a predicted quote matches a truth quote (data README)."""

_WORD = re.compile(r"\w+")
_SPACE_RUN = re.compile(r"\s+")

# Credit labels the README says to ignore ("Photo:", "©"). A leading label word counts only
# when a separator or "by" follows it, so that an agency called "Foto Huebner" keeps its name.
_CREDIT_LABEL = re.compile(
    r"^\s*(?:photo(?:graph|graphy)?s?|pictures?|pics?|images?|credits?|copyright|sources?"
    r"|fotos?|fotograf(?:ie|ía|ia)?|bild(?:er)?|quelle|bildquelle|crédits?|imagen|fuente"
    r"|fonte|zdjęcie|źródło|kuva|bron|beeld)"
    r"(?:\s+(?:credits?|source|by))?\s*(?:[:|,]|\bby\b|\bvon\b|\bde\b)\s*",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"©|℗|\(c\)", re.IGNORECASE)

# Titles dropped before taking a speaker's last name token (lower case, without the dot).
_SPEAKER_TITLES = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "sir",
        "dame",
        "rep",
        "sen",
        "gov",
        "lt",
        "gen",
        "col",
        "sgt",
        "capt",
        "rev",
        "president",
        "senator",
        "governor",
        "representative",
        "secretary",
        "chairman",
        "chairwoman",
        "mayor",
        "judge",
        "justice",
        "minister",
        "chancellor",
    }
)
_ARTICLES = frozenset({"a", "an", "the"})
# Where a speaker's name phrase ends: an apposition, a party tag, a relative or "of" clause.
_SPEAKER_PHRASE_END = re.compile(r"[,(]|\s(?:who|whose|which|of)\s", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$", re.IGNORECASE)


def _prf(tp: float, fp: float, fn: float) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


@attrs.frozen
class Scores:
    """Precision, recall and F1 from counts of true/false positives and false negatives.

    Attributes:
        tp: true positives.
        fp: false positives.
        fn: false negatives.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp), or 0 when nothing was predicted."""
        return _prf(self.tp, self.fp, self.fn)[0]

    @property
    def recall(self) -> float:
        """tp / (tp + fn), or 0 when nothing was expected."""
        return _prf(self.tp, self.fp, self.fn)[1]

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall (0 when both are 0)."""
        return _prf(self.tp, self.fp, self.fn)[2]

    def __add__(self, other: Scores) -> Scores:
        return Scores(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@attrs.frozen
class Ratio:
    """A count of right answers out of a count of questions.

    Attributes:
        right: how many were right.
        total: how many were asked.
    """

    right: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        """right / total, or ``None`` when nothing was asked."""
        return self.right / self.total if self.total else None

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.right + other.right, self.total + other.total)


# --- main text: the article-extraction-benchmark shingle metric ---------------------------


def tokens(text: str) -> list[str]:
    """Split text into the benchmark's tokens: Unicode word runs, case kept.

    Args:
        text: any text.

    Returns:
        ``re.findall(r"\\w+", text)``.
    """
    return _WORD.findall(text)


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """Return the multiset of 4-token shingles of a text.

    Args:
        text: any text.

    Returns:
        Every run of four consecutive tokens with its count; a text of one to three tokens
        is one shingle, an empty text has none.
    """
    words = tokens(text)
    if not words:
        return Counter()
    if len(words) < SHINGLE_SIZE:
        return Counter([tuple(words)])
    return Counter(tuple(words[i : i + SHINGLE_SIZE]) for i in range(len(words) - SHINGLE_SIZE + 1))


@attrs.frozen
class TextPage:
    """One page's main-text score.

    Attributes:
        precision: the page precision.
        recall: the page recall.
        predicted: whether the prediction has a shingle (the page counts for precision).
        expected: whether the truth has a shingle (the page counts for recall).
    """

    precision: float
    recall: float
    predicted: bool
    expected: bool


def page_text_score(predicted: str, truth: str) -> TextPage:
    """Score one page's extracted main text against the truth, per the benchmark.

    Args:
        predicted: the extracted text.
        truth: the human-extracted text.

    Returns:
        The page's precision and recall over the union of shingles (tp = sum of minimum
        counts, fp = the prediction's excess, fn = the truth's excess, all divided by their
        total): 1 when fp = fn = 0, 0 when tp and fp (or fn) are 0, else tp/(tp+fp)
        (or tp/(tp+fn)).
    """
    pred, true = shingles(predicted), shingles(truth)
    tp = fp = fn = 0
    for key in pred.keys() | true.keys():
        p, t = pred[key], true[key]
        tp += min(p, t)
        fp += max(0, p - t)
        fn += max(0, t - p)
    total = tp + fp + fn
    # Dividing by the total changes no ratio; kept to mirror the benchmark's own code.
    tpn, fpn, fnn = (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)
    if fpn == fnn == 0:
        precision = recall = 1.0
    else:
        precision = 0.0 if tpn == fpn == 0 else tpn / (tpn + fpn)
        recall = 0.0 if tpn == fnn == 0 else tpn / (tpn + fnn)
    return TextPage(precision, recall, predicted=bool(pred), expected=bool(true))


@attrs.frozen
class TextScore:
    """Corpus main-text score.

    Attributes:
        precision: mean page precision over pages whose prediction has a shingle.
        recall: mean page recall over pages whose truth has a shingle.
        pages: how many pages were scored.
    """

    precision: float
    recall: float
    pages: int

    @property
    def f1(self) -> float:
        """2PR/(P+R) of the two means."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_texts(pages: Iterable[TextPage]) -> TextScore:
    """Average page scores into the corpus score, per the benchmark.

    Args:
        pages: the per-page scores from :func:`page_text_score`.

    Returns:
        The corpus precision, recall and page count.
    """
    pages = list(pages)
    precisions = [page.precision for page in pages if page.predicted]
    recalls = [page.recall for page in pages if page.expected]
    return TextScore(
        precision=sum(precisions) / len(precisions) if precisions else 0.0,
        recall=sum(recalls) / len(recalls) if recalls else 0.0,
        pages=len(pages),
    )


# --- snippets (trafilatura evaluation set) -----------------------------------------------


def _collapse(text: str) -> str:
    return _SPACE_RUN.sub(" ", text).strip()


def score_snippets(predicted: str, with_: Sequence[str], without: Sequence[str]) -> Scores:
    """Count one page's snippet hits, per trafilatura's evaluation.

    Args:
        predicted: the extracted main text.
        with_: snippets that must be in it.
        without: boilerplate snippets that must not be.

    Returns:
        tp = ``with`` snippets found, fn = ``with`` snippets missing, fp = ``without``
        snippets found, whitespace collapsed on both sides. Sum pages with ``+``.
    """
    text = _collapse(predicted)
    found = [_collapse(snippet) in text for snippet in with_]
    return Scores(
        tp=sum(found),
        fp=sum(_collapse(snippet) in text for snippet in without),
        fn=len(found) - sum(found),
    )


# --- metadata ------------------------------------------------------------------------------


def title_key(title: str | None) -> str | None:
    """Normalise a title for comparison: NFKC, casefold, whitespace collapsed."""
    if title is None:
        return None
    return _collapse(unicodedata.normalize("NFKC", title).casefold())


def title_match(predicted: str | None, truth: str | None) -> bool:
    """Tell whether a title is right (exact after :func:`title_key`).

    Args:
        predicted: the extracted title, or ``None``.
        truth: the annotated title; ``None`` means annotated as having none.

    Returns:
        Whether the normalised titles are equal (an empty title counts as none).
    """
    return (title_key(predicted) or None) == (title_key(truth) or None)


def author_key(name: str) -> str:
    """Normalise an author name: casefold, punctuation turned into spaces, spaces collapsed."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    spaced = "".join(" " if unicodedata.category(ch).startswith("P") else ch for ch in folded)
    return _collapse(spaced)


def authors_match(predicted: Iterable[str], truth: Iterable[str]) -> bool:
    """Tell whether the set of authors is right.

    Args:
        predicted: the extracted names.
        truth: the annotated names (empty: annotated as none).

    Returns:
        Whether the two sets of :func:`author_key` names are equal (blank names ignored).
    """
    keys_pred = {author_key(name) for name in predicted} - {""}
    keys_true = {author_key(name) for name in truth} - {""}
    return keys_pred == keys_true


def day_of(value: dt.date | str | None) -> str | None:
    """Return the publication day as ``YYYY-MM-DD``.

    Args:
        value: a date or datetime (its own day, in the zone it carries), an ISO 8601
            string, or ``None``.

    Returns:
        The day, or ``None`` when there is none or the string does not start with one.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    head = value.strip()[:10]
    try:
        return dt.date.fromisoformat(head).isoformat()
    except ValueError:
        return None


def date_match(predicted: dt.date | str | None, truth: str | None) -> bool:
    """Tell whether the publication day is right.

    Args:
        predicted: the extracted date (see :func:`day_of`).
        truth: the annotated day ``YYYY-MM-DD``; ``None`` means annotated as having none.

    Returns:
        Whether the two days are equal.
    """
    return day_of(predicted) == day_of(truth)


# --- images: captions and credits ------------------------------------------------------------


@attrs.frozen
class ImageRecord:
    """An image as the scorer sees it.

    Attributes:
        caption: the caption, or ``None``.
        credit: the credit as one string (several truth credits joined), or ``None``.
    """

    caption: str | None = None
    credit: str | None = None


def caption_words(text: str | None) -> frozenset[str]:
    """Return the casefolded word set of a caption."""
    return frozenset(tokens(text.casefold())) if text else frozenset()


def credit_words(text: str | None) -> frozenset[str]:
    """Return the casefolded word set of a credit, labels ("Photo:", "©") ignored."""
    if not text:
        return frozenset()
    return caption_words(_CREDIT_LABEL.sub("", _COPYRIGHT.sub(" ", text)))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Return |a & b| / |a | b|, or 0 when both are empty."""
    union = a | b
    return len(a & b) / len(union) if union else 0.0


@attrs.frozen
class CaptionScore:
    """Caption and credit scores.

    Attributes:
        captions: tp = truth captions found, fp = extracted captions matching none,
            fn = truth captions not found.
        credits: right credits out of found images whose truth has a credit.
    """

    captions: Scores = Scores()
    credits: Ratio = Ratio()

    def __add__(self, other: CaptionScore) -> CaptionScore:
        return CaptionScore(self.captions + other.captions, self.credits + other.credits)


def _best_first(scored: Iterable[tuple[float, int, int]]) -> dict[int, int]:
    """Match predictions to truths one to one, best score first (ties: lower indices)."""
    match: dict[int, int] = {}
    used: set[int] = set()
    for _, i, j in sorted((-score, i, j) for score, i, j in scored):
        if i not in match and j not in used:
            match[i] = j
            used.add(j)
    return match


def match_images(predicted: Sequence[ImageRecord], truth: Sequence[ImageRecord]) -> dict[int, int]:
    """Match extracted images to truth images by caption.

    Args:
        predicted: the extracted images.
        truth: the annotated images.

    Returns:
        ``{predicted index: truth index}`` for pairs whose captions have a casefolded word
        Jaccard >= 0.8, each image matched at most once, best Jaccard first. Images without
        a caption take no part.
    """
    pred = [
        (i, words) for i, image in enumerate(predicted) if (words := caption_words(image.caption))
    ]
    true = [(j, words) for j, image in enumerate(truth) if (words := caption_words(image.caption))]
    return _best_first(
        (score, i, j)
        for i, words_p in pred
        for j, words_t in true
        if (score := jaccard(words_p, words_t)) >= CAPTION_MIN_JACCARD
    )


def credit_match(predicted: str | None, truth: str | None) -> bool:
    """Tell whether a credit is right: word Jaccard >= 0.8, labels ignored."""
    return jaccard(credit_words(predicted), credit_words(truth)) >= CAPTION_MIN_JACCARD


def score_images(predicted: Sequence[ImageRecord], truth: Sequence[ImageRecord]) -> CaptionScore:
    """Score one page's image captions and credits.

    A truth image with a caption is found when an extracted image's caption matches it
    (:func:`match_images`). Extracted images without a caption are not caption
    predictions. On each found image whose truth has a credit, the credit is right per
    :func:`credit_match`. Sum pages with ``+``.

    Args:
        predicted: the extracted images.
        truth: the annotated images.

    Returns:
        The page's caption counts and credit tally.
    """
    match = match_images(predicted, truth)
    credits = Ratio()
    for i, j in match.items():
        if credit_words(truth[j].credit):
            credits += Ratio(int(credit_match(predicted[i].credit, truth[j].credit)), 1)
    predictions = sum(bool(caption_words(image.caption)) for image in predicted)
    expected = sum(bool(caption_words(image.caption)) for image in truth)
    tp = len(match)
    return CaptionScore(Scores(tp=tp, fp=predictions - tp, fn=expected - tp), credits)


# --- quotes (PolNeAR) --------------------------------------------------------------------------


def _str_tuple(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


@attrs.frozen
class PredictedQuote:
    """A predicted quotation: its span in the document text and its speaker.

    Attributes:
        start: offset of the first quoted character.
        end: offset just past the last quoted character.
        speaker: the predicted speaker, or ``None``.
    """

    start: int
    end: int
    speaker: str | None = None


@attrs.frozen
class TruthQuote:
    """An annotated quotation, with the fields the scorer uses.

    Attributes:
        start: offset of the first quoted character.
        end: offset just past the last one.
        speaker: the speaker as written, or ``None``.
        kind: ``"direct"`` or ``"mixed"``.
        speaker_is_pronoun: whether the speaker is a pronoun.
        speaker_coref_auto: the name the automatic coreference gives a pronoun speaker.
        speaker_heads: the head words of the speaker phrase.
    """

    start: int
    end: int
    speaker: str | None = None
    kind: str = "direct"
    speaker_is_pronoun: bool = False
    speaker_coref_auto: str | None = None
    speaker_heads: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> TruthQuote:
        """Build one from a quote object of ``polnear-dev/docs.jsonl``."""
        return cls(
            start=data["start"],
            end=data["end"],
            speaker=data.get("speaker"),
            kind=data.get("kind", "direct"),
            speaker_is_pronoun=bool(data.get("speaker_is_pronoun")),
            speaker_coref_auto=data.get("speaker_coref_auto"),
            speaker_heads=data.get("speaker_heads") or (),
        )


def _is_edge(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith("P")


def quote_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past quote marks, whitespace and punctuation at both edges.

    Args:
        text: the document text.
        start: the span's start offset.
        end: the span's end offset.

    Returns:
        The stripped ``(start, end)``; ``start == end`` when nothing is left.
    """
    start, end = max(0, start), min(len(text), end)
    while start < end and _is_edge(text[start]):
        start += 1
    while end > start and _is_edge(text[end - 1]):
        end -= 1
    return start, end


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def _name_tokens(text: str) -> list[str]:
    words = (word.strip(".,;:!?\"'“”‘’()[]") for word in text.casefold().split())
    return [_POSSESSIVE.sub("", word) for word in words if word]


def speaker_key(speaker: str, heads: Sequence[str] = ()) -> str | None:
    """Return a truth speaker's last name token, titles and possessives dropped.

    The name phrase is the corpus's single speaker head where it gives exactly one, else
    the speaker text up to its first apposition, party tag or relative clause
    ("Rep. Jim Clyburn (D-S.C.), the assistant leader" reads "Rep. Jim Clyburn").

    Args:
        speaker: the speaker as written.
        heads: the corpus's ``speaker_heads``.

    Returns:
        The casefolded last token ("clyburn"; "mayor" for "the mayor"), or ``None`` when
        the phrase has no word.
    """
    phrase = heads[0] if len(heads) == 1 else _SPEAKER_PHRASE_END.split(speaker, maxsplit=1)[0]
    words = [w for w in _name_tokens(phrase) if w not in _ARTICLES]
    # "the mayor" names its speaker by the title alone: keep it when nothing else is left.
    names = [w for w in words if w.rstrip(".") not in _SPEAKER_TITLES] or words
    return names[-1] if names else None


def speaker_is_right(predicted: str | None, truth: TruthQuote) -> bool:
    """Tell whether a predicted speaker is right for a truth quote.

    Right when the truth speaker's last name token is among the predicted speaker's tokens;
    for a pronoun speaker, the pronoun itself is right, and so is the name the corpus's
    automatic coreference gives it. A truth quote without a speaker is right only when none
    is predicted.

    Args:
        predicted: the predicted speaker, or ``None``.
        truth: the truth quote.

    Returns:
        Whether the speaker is right.
    """
    if truth.speaker is None:
        return predicted is None
    if predicted is None:
        return False
    words = set(_name_tokens(predicted))
    keys = [speaker_key(truth.speaker, truth.speaker_heads)]
    if truth.speaker_is_pronoun and truth.speaker_coref_auto:
        keys.append(speaker_key(truth.speaker_coref_auto))
    return any(key is not None and key in words for key in keys)


@attrs.frozen
class QuoteScore:
    """Quote scores.

    Attributes:
        quotes: the headline: matched direct quotes with the right speaker (tp), every
            other prediction except those on mixed truth quotes (fp), direct truth quotes
            not so matched (fn).
        spans: the same with the speaker ignored.
        pronouns: right speakers out of matched direct truth quotes whose speaker is a
            pronoun.
    """

    quotes: Scores = Scores()
    spans: Scores = Scores()
    pronouns: Ratio = Ratio()

    def __add__(self, other: QuoteScore) -> QuoteScore:
        return QuoteScore(
            self.quotes + other.quotes, self.spans + other.spans, self.pronouns + other.pronouns
        )


def match_quotes(
    text: str, predicted: Sequence[PredictedQuote], truth: Sequence[TruthQuote]
) -> dict[int, int]:
    """Match predicted quotes to truth quotes by span.

    Args:
        text: the document text the offsets point into.
        predicted: the predicted quotes.
        truth: the annotated quotes.

    Returns:
        ``{predicted index: truth index}`` for spans (stripped by :func:`quote_span`) whose
        intersection over union is >= 0.5, each quote matched at most once, best overlap
        first (ties: earlier prediction, then earlier truth quote).
    """
    pred_spans = [quote_span(text, q.start, q.end) for q in predicted]
    true_spans = [quote_span(text, q.start, q.end) for q in truth]
    return _best_first(
        (iou, i, j)
        for i, span_p in enumerate(pred_spans)
        for j, span_t in enumerate(true_spans)
        if (iou := _iou(span_p, span_t)) >= QUOTE_MIN_IOU
    )


def score_quotes(
    text: str, predicted: Sequence[PredictedQuote], truth: Sequence[TruthQuote]
) -> QuoteScore:
    """Score one document's quotes, per the data README.

    Spans are matched by :func:`match_quotes`. Truth quotes of both kinds take part in the
    matching; a prediction matched to a ``mixed`` quote is then left out of every count.
    Sum documents with ``+``.

    Args:
        text: the document text the offsets point into.
        predicted: the predicted quotes.
        truth: the annotated quotes.

    Returns:
        The document's headline, span-only and pronoun-speaker counts.
    """
    match = match_quotes(text, predicted, truth)
    direct_total = sum(q.kind == "direct" for q in truth)
    neutral = sum(truth[j].kind != "direct" for j in match.values())
    counted = len(predicted) - neutral
    span_tp = speaker_tp = 0
    pronouns = Ratio()
    for i, j in match.items():
        if truth[j].kind != "direct":
            continue
        span_tp += 1
        right = speaker_is_right(predicted[i].speaker, truth[j])
        speaker_tp += right
        if truth[j].speaker_is_pronoun:
            pronouns += Ratio(int(right), 1)
    return QuoteScore(
        quotes=Scores(tp=speaker_tp, fp=counted - speaker_tp, fn=direct_total - speaker_tp),
        spans=Scores(tp=span_tp, fp=counted - span_tp, fn=direct_total - span_tp),
        pronouns=pronouns,
    )
