"""Tests for benchmarks.scoring: each scorer on tiny hand-made examples."""

from __future__ import annotations

import datetime as dt

import pytest
from benchmarks.scoring import (
    CaptionScore,
    ImageRecord,
    PredictedQuote,
    Ratio,
    Scores,
    TextPage,
    TruthQuote,
    authors_match,
    credit_words,
    date_match,
    page_text_score,
    quote_span,
    score_images,
    score_quotes,
    score_snippets,
    score_texts,
    shingles,
    speaker_is_right,
    speaker_key,
    title_match,
)

# --- main text ---------------------------------------------------------------------------


def test_shingles_are_four_token_runs() -> None:
    """Five tokens give two overlapping shingles, punctuation dropped."""
    expected = {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    assert expected == dict(shingles("a, b. c d e!"))


def test_short_text_is_one_shingle() -> None:
    """A text of fewer than four tokens is one shingle."""
    expected = {("Hello", "world"): 1}
    assert expected == dict(shingles("Hello world"))


def test_empty_text_has_no_shingle() -> None:
    """An empty (or punctuation-only) text has no shingle."""
    expected: dict[tuple[str, ...], int] = {}
    assert expected == dict(shingles(" -- "))


def test_shingles_keep_case_and_count_repeats() -> None:
    """Case is kept and a repeated shingle is counted twice."""
    expected = 2
    assert expected == shingles("A b c d A b c d")[("A", "b", "c", "d")]


def test_identical_texts_score_one() -> None:
    """A perfect prediction has precision and recall 1."""
    assert TextPage(1.0, 1.0, True, True) == page_text_score(
        "one two three four", "one two three four"
    )


def test_extra_text_lowers_precision_only() -> None:
    """Boilerplate after the article lowers precision, keeps recall at 1."""
    page = page_text_score("a b c d e", "a b c d")
    expected = (0.5, 1.0)
    assert expected == (page.precision, page.recall)


def test_empty_prediction_scores_zero_recall() -> None:
    """Nothing extracted: recall 0, and the page does not count for precision."""
    expected = TextPage(0.0, 0.0, False, True)
    assert expected == page_text_score("", "a b c d")


def test_corpus_means_use_their_own_pages() -> None:
    """Precision averages pages with a prediction, recall pages with a truth."""
    score = score_texts([TextPage(1.0, 0.5, True, True), TextPage(0.0, 0.0, False, True)])
    expected = (1.0, 0.25)
    assert expected == (score.precision, score.recall)


def test_corpus_f1_is_harmonic_mean_of_means() -> None:
    """F1 combines the two corpus means."""
    score = score_texts([TextPage(1.0, 0.5, True, True)])
    assert pytest.approx(2 / 3) == score.f1


# --- snippets ----------------------------------------------------------------------------


def test_snippets_count_found_missing_and_boilerplate() -> None:
    """A found `with` is tp, a missing one fn, a found `without` fp."""
    result = score_snippets("The  cat\nsat on the mat. Share this", ["cat sat", "dog"], ["Share"])
    expected = Scores(tp=1, fp=1, fn=1)
    assert expected == result


def test_snippet_f1_sums_over_pages() -> None:
    """Pages add up before F1 is taken."""
    total = Scores(tp=1, fp=0, fn=1) + Scores(tp=1, fp=0, fn=0)
    assert pytest.approx(0.8) == total.f1


# --- metadata ----------------------------------------------------------------------------


def test_title_ignores_case_width_and_spaces() -> None:
    """NFKC, casefold and whitespace collapse make titles equal."""
    assert title_match("ＴＨＥ  Straße\n", "the strasse")


def test_title_differs_on_punctuation() -> None:
    """Titles are otherwise exact."""
    assert not title_match("The news!", "The news")


def test_title_annotated_none_wants_none() -> None:
    """A title annotated as none is right only when none is extracted."""
    expected = (True, False)
    assert expected == (title_match(None, None), title_match("x", None))


def test_authors_compare_as_sets_without_punctuation() -> None:
    """Order, case and punctuation do not matter."""
    assert authors_match(["Smith, Ann", "bob jones"], ["Bob Jones", "smith ann"])


def test_authors_missing_name_fails() -> None:
    """A missing author makes the set wrong."""
    assert not authors_match(["Ann Smith"], ["Ann Smith", "Bob Jones"])


def test_authors_annotated_none_accepts_empty() -> None:
    """No author annotated and none extracted is right."""
    assert authors_match([], [])


def test_date_compares_the_day_of_a_datetime() -> None:
    """A datetime is right when its day is."""
    assert date_match(dt.datetime(2024, 5, 1, 23, 0, tzinfo=dt.timezone.utc), "2024-05-01")


def test_date_accepts_iso_strings() -> None:
    """A peer's ISO string counts by its first ten characters."""
    assert date_match("2024-05-01T08:00:00+02:00", "2024-05-01")


def test_date_wrong_day_fails() -> None:
    """A different day is wrong."""
    assert not date_match(dt.date(2024, 5, 2), "2024-05-01")


# --- images ------------------------------------------------------------------------------


def test_caption_found_by_word_jaccard() -> None:
    """Same words in another case and order find the caption."""
    result = score_images(
        [ImageRecord("Rain over the city, Monday.")], [ImageRecord("monday: RAIN over the city")]
    )
    expected = Scores(tp=1, fp=0, fn=0)
    assert expected == result.captions


def test_caption_with_too_few_shared_words_is_missed() -> None:
    """Jaccard below 0.8 counts a false positive and a false negative."""
    result = score_images([ImageRecord("Rain over the city")], [ImageRecord("Sun over the sea")])
    expected = Scores(tp=0, fp=1, fn=1)
    assert expected == result.captions


def test_image_without_caption_is_no_prediction() -> None:
    """An extracted image with no caption costs no precision."""
    result = score_images([ImageRecord(None, "AP")], [ImageRecord("A caption here")])
    expected = Scores(tp=0, fp=0, fn=1)
    assert expected == result.captions


def test_each_truth_caption_found_once() -> None:
    """Two identical extracted captions find one truth caption."""
    result = score_images([ImageRecord("A b c"), ImageRecord("A b c")], [ImageRecord("a b c")])
    expected = Scores(tp=1, fp=1, fn=0)
    assert expected == result.captions


def test_credit_ignores_labels() -> None:
    """'Photo:' and '©' are not credit words."""
    assert credit_words("Jane Doe / Reuters") == credit_words("Photo: © Jane Doe/Reuters")


def test_credit_keeps_label_word_without_separator() -> None:
    """A label word that is part of a name stays."""
    assert frozenset({"foto", "huebner"}) == credit_words("Foto Huebner")


def test_credit_scored_on_found_images_only() -> None:
    """Credits count on found images whose truth has one."""
    predicted = [ImageRecord("Cap one", "Photo: AP"), ImageRecord("Other words", "X")]
    truth = [
        ImageRecord("cap one", "AP"),
        ImageRecord("Nothing alike", "Y"),
        ImageRecord("x y", None),
    ]
    expected = Ratio(1, 1)
    assert expected == score_images(predicted, truth).credits


def test_wrong_credit_counts_against() -> None:
    """A found image with another credit is wrong."""
    result = score_images([ImageRecord("Cap", "Reuters")], [ImageRecord("Cap", "AFP")])
    expected = CaptionScore(Scores(1, 0, 0), Ratio(0, 1))
    assert expected == result


# --- quotes ------------------------------------------------------------------------------

DOC = 'Headline.\n\n"We will win," Mr. Smith said. She said: "No way." A "scare" word.'


def _span(fragment: str) -> tuple[int, int]:
    start = DOC.index(fragment)
    return start, start + len(fragment)


def test_quote_span_strips_marks_and_punctuation() -> None:
    """Quote marks, spaces and edge punctuation are not part of the span."""
    start, end = _span('"We will win," ')
    assert _span("We will win") == quote_span(DOC, start, end)


def test_speaker_key_drops_titles_and_possessives() -> None:
    """'Mr.' and "'s" are dropped; the last token stays."""
    expected = ("smith", "jones")
    assert expected == (speaker_key("Mr. Smith"), speaker_key("Sen. Ann Jones's"))


def test_speaker_key_stops_at_apposition() -> None:
    """A party tag or apposition is not the name."""
    expected = "clyburn"
    assert expected == speaker_key("Rep. Jim Clyburn (D-S.C.), the assistant leader")


def test_speaker_key_keeps_lone_title() -> None:
    """A speaker named by title only keeps the title."""
    expected = "mayor"
    assert expected == speaker_key("the mayor")


def test_speaker_key_prefers_single_head() -> None:
    """The corpus's single head gives the name."""
    expected = "post"
    assert expected == speaker_key("The New York Post reporters", ["Post"])


def test_speaker_right_when_last_name_in_prediction() -> None:
    """The full name predicted for 'Mr. Smith' is right, casefolded."""
    assert speaker_is_right("JOHN SMITH", TruthQuote(0, 1, speaker="Mr. Smith"))


def test_speaker_wrong_for_other_name() -> None:
    """A different person is wrong."""
    assert not speaker_is_right("John Smithers", TruthQuote(0, 1, speaker="Mr. Smith"))


def test_pronoun_speaker_accepts_pronoun_or_coref_name() -> None:
    """For 'she', both 'she' and the coreferent name are right."""
    truth = TruthQuote(0, 1, speaker="She", speaker_is_pronoun=True, speaker_coref_auto="Ann Lee")
    expected = (True, True, False)
    assert expected == (
        speaker_is_right("she", truth),
        speaker_is_right("Ann Lee", truth),
        speaker_is_right("Bob", truth),
    )


def test_quotes_headline_span_and_pronoun_counts() -> None:
    """Right speaker is tp, wrong speaker fp+fn, scare quote fp."""
    truth = [
        TruthQuote(*_span("We will win"), speaker="Mr. Smith"),
        TruthQuote(*_span("No way"), speaker="She", speaker_is_pronoun=True),
    ]
    predicted = [
        PredictedQuote(*_span('"We will win,"'), speaker="Smith"),
        PredictedQuote(*_span("No way."), speaker="Smith"),
        PredictedQuote(*_span("scare"), speaker=None),
    ]
    result = score_quotes(DOC, predicted, truth)
    expected = (Scores(1, 2, 1), Scores(2, 1, 0), Ratio(0, 1))
    assert expected == (
        result.quotes,
        result.spans,
        result.pronouns,
    )


def test_prediction_on_mixed_quote_is_neutral() -> None:
    """A prediction on a mixed truth quote is neither tp nor fp, and mixed is no fn."""
    truth = [TruthQuote(*_span("scare"), speaker="Smith", kind="mixed")]
    result = score_quotes(DOC, [PredictedQuote(*_span("scare"), speaker=None)], truth)
    expected = Scores(0, 0, 0)
    assert expected == result.quotes


def test_low_overlap_does_not_match() -> None:
    """A span overlapping less than half is no match."""
    truth = [TruthQuote(*_span("We will win"), speaker="Smith")]
    result = score_quotes(DOC, [PredictedQuote(*_span("We"), speaker="Smith")], truth)
    expected = Scores(0, 1, 1)
    assert expected == result.spans


def test_truth_quote_matched_once() -> None:
    """Two predictions on one truth quote: the best overlap wins, the other is fp."""
    truth = [TruthQuote(*_span("We will win"), speaker="Smith")]
    predicted = [
        PredictedQuote(*_span("We will"), speaker="Smith"),
        PredictedQuote(*_span("We will win"), speaker="Smith"),
    ]
    expected = Scores(1, 1, 0)
    assert expected == score_quotes(DOC, predicted, truth).quotes


def test_truth_quote_from_json_reads_corpus_fields() -> None:
    """The corpus's quote object becomes a TruthQuote."""
    data = {
        "start": 1,
        "end": 4,
        "speaker": "he",
        "kind": "direct",
        "speaker_is_pronoun": True,
        "speaker_coref_auto": "Bob Ray",
        "speaker_heads": ["he"],
    }
    expected = TruthQuote(1, 4, "he", "direct", True, "Bob Ray", ("he",))
    assert expected == TruthQuote.from_json(data)


# --- runner helpers ----------------------------------------------------------------------


def test_html_to_text_keeps_paragraphs_apart() -> None:
    """Words of adjacent paragraphs are not glued together."""
    from benchmarks.peers import html_to_text

    expected = ["One", "two"]
    assert expected == html_to_text("<div><p>One</p><p>two</p></div>").split()


def test_score_run_skips_fields_not_annotated() -> None:
    """A page without an 'authors' key is not scored for authors."""
    from benchmarks.peers import Extraction
    from benchmarks.run import Page, Run, score_run

    page = Page("p1", None, b"", {"title": "T", "date": "2024-01-02", "with": [], "without": []})
    run = Run("x", "trafilatura", (Extraction(title="t", date="2024-01-03"),), 1.0)
    row = score_run(run, [page])
    expected = (Ratio(1, 1), Ratio(0, 0), Ratio(0, 1))
    assert expected == (row.title, row.authors, row.date)


def test_score_run_scores_articlekit_subtitles_on_fundus() -> None:
    """Subtitles are scored like titles, for articlekit on fundus pages that annotate one."""
    from benchmarks.peers import Extraction
    from benchmarks.run import Page, Run, score_run

    pages = [
        Page("p1", None, b"", {"body": "a b c d", "subtitle": "The  Lead."}),
        Page("p2", None, b"", {"body": "a b c d", "subtitle": "Another lead"}),
        Page("p3", None, b"", {"body": "a b c d"}),
    ]
    outputs = (Extraction(subtitle="the lead."), Extraction(subtitle="Wrong"), Extraction())
    row = score_run(Run("articlekit", "fundus", outputs, 1.0), pages)
    assert Ratio(1, 2) == row.subtitle


def test_score_run_leaves_peer_subtitles_unscored() -> None:
    """A peer's description is another field: its subtitle column stays empty."""
    from benchmarks.peers import Extraction
    from benchmarks.run import Page, Run, score_run

    page = Page("p1", None, b"", {"body": "a b c d", "subtitle": "The lead."})
    row = score_run(Run("trafilatura", "fundus", (Extraction(),), 1.0), [page])
    assert None is row.subtitle


def test_score_run_counts_errors_as_empty_pages() -> None:
    """A page on which the system raised is an error and scores as empty text."""
    from benchmarks.run import Page, Run, score_run

    run = Run("x", "aeb", (None,), 1.0)
    row = score_run(run, [Page("p1", None, b"", {"body": "one two three four"})])
    expected = (1, 0.0)
    assert expected == (row.errors, row.text.recall if row.text else None)


def test_table_marks_missing_figures_with_a_dash() -> None:
    """A row without a figure shows a dash in that column."""
    from benchmarks.run import COLUMNS, Row, row_cells

    cells = dict(
        zip(COLUMNS, row_cells(Row(system="x", set_name="aeb", pages=2, seconds=1.0)), strict=True)
    )
    expected = ("–", "2.0")
    assert expected == (cells["Text F1"], cells["Pages/s"])


def test_failures_show_expected_and_got_title() -> None:
    """--failures title prints id, expected and got."""
    from benchmarks.peers import Extraction
    from benchmarks.run import Page, page_failures

    lines = page_failures("title", Page("p1", None, b"", {"title": "A"}), Extraction(title="B"))
    expected = ["p1\texpected 'A'\tgot 'B'"]
    assert expected == lines
