"""Quote attribution, round 3: who speaks in less common sentence shapes."""

from __future__ import annotations

import time

from articlekit import Quote, extract_quotes

# The floods below take about a tenth of a second; the bound is generous for slow CI.
FLOOD_SECONDS = 5.0


def _one(text: str) -> Quote:
    quotes = extract_quotes(text)
    assert 1 == len(quotes)
    return quotes[0]


def test_two_people_joined_by_and_speak_together() -> None:
    """ "Lind and Berg said" names both people as the speaker."""
    text = "Once the vote was in, Lind and Berg said “the count is final and fair.”"
    assert "Lind and Berg" == _one(text).speaker


def test_and_after_an_object_joins_no_subject() -> None:
    """ "Vera met Lind and Berg said": the person before "and" is an object, not a speaker."""
    text = "Vera Holm met Lind and Berg said “the count is final and fair” on Monday."
    assert "Berg" == _one(text).speaker


def test_group_of_people_opening_the_clause_speaks() -> None:
    """ "Small groups of protesters …, chanting “…”" names the group as the speaker."""
    text = "Small groups of protesters marched downtown, chanting “No justice, no peace, no more.”"
    assert "Small groups of protesters" == _one(text).speaker


def test_capitalised_word_before_a_verb_is_no_group() -> None:
    """ "Partial transcript follows, saying “…”" names no one."""
    text = "Partial records followed later, saying “the plant had closed in May.”"
    assert _one(text).speaker is None


def test_colon_after_a_that_clause_takes_its_subject() -> None:
    """ "She was so upset that I had to answer: “…”": the clause before the colon speaks."""
    text = "Mara Lind got angry. She was so upset that I had to answer: “Of course I agree.”"
    assert "I" == _one(text).speaker


def test_colon_after_a_long_clause_reads_its_subject() -> None:
    """A clause opening with "With …," before a colon: the subject after the comma speaks."""
    text = (
        "With party leaders worried about the turnout of young voters, Mayor Ida Brandt is "
        "rolling out a new message: “It is about all of us.”"
    )
    quote = _one(text)
    assert ("Ida Brandt", "Mayor") == (quote.speaker, quote.speaker_role)


def test_adverb_between_name_and_cue_is_no_part_of_the_speaker() -> None:
    """ "the candidate Ida Brandt boldly suggested": the adverb is dropped."""
    text = "At the debate the candidate Ida Brandt boldly suggested that “nobody pays tax here.”"
    assert "Ida Brandt" == _one(text).speaker


def test_noun_ending_in_ly_stays_in_the_speaker() -> None:
    """ "a Brandt ally said": "ally" is a noun, not an adverb."""
    assert "a Brandt ally" == _one("“We will win the vote,” a Brandt ally said.").speaker


def test_passive_reporting_verb_names_no_speaker() -> None:
    """ "Oz has been called a charlatan for promoting “quack” cures": Oz said nothing."""
    text = "Tom Oz has been called a charlatan for promoting “quack” cures."
    assert () == extract_quotes(text)


def test_progressive_reporting_verb_keeps_its_subject() -> None:
    """ "Ida Brandt has been saying “…”": be before an -ing form is no passive."""
    text = "For months Ida Brandt has been saying “the port must stay open all year.”"
    assert "Ida Brandt" == _one(text).speaker


def test_description_between_dashes_before_the_verb() -> None:
    """ "X, the chief of Y -- the firm that … -- told me": X speaks, the description is the role."""
    text = (
        "Jon Dale, the chief executive of Ora Media -- the firm that makes the show -- "
        "told me, “We only provide content.”"
    )
    quote = _one(text)
    assert ("Jon Dale", "the chief executive of Ora Media") == (
        quote.speaker,
        quote.speaker_role,
    )


def test_quoted_as_saying_names_the_subject() -> None:
    """ "“…,” X is quoted as saying" reads X."""
    assert "Ida Brandt" == _one("“The port stays open,” Ida Brandt is quoted as saying.").speaker


def test_possessive_document_speaks_for_its_author() -> None:
    """ "“…,” Ida Brandt's statement said" reads Ida Brandt."""
    assert "Ida Brandt" == _one("“The port stays open,” Ida Brandt's statement said.").speaker


def test_fumed_reports_speech() -> None:
    """ "fumed" is a reporting verb, before or after its speaker."""
    quotes = extract_quotes("“This is a scandal,” Ida Brandt fumed. “It is,” fumed Jon Dale.")
    assert ["Ida Brandt", "Jon Dale"] == [q.speaker for q in quotes]


def test_as_x_put_it_reports_speech() -> None:
    """ "as The Weekly Globe put it, “the operator.”" names the paper as the speaker."""
    text = "He was seen, as The Weekly Globe put it in a long profile, as “the operator.”"
    assert "Weekly Globe" == _one(text).speaker


def test_put_it_without_as_reports_nothing() -> None:
    """ "Ida Brandt put it on the shelf marked “old files”": a short quote, no speaker."""
    assert () == extract_quotes("Ida Brandt put it on the shelf marked “old files” today.")


def test_likened_reports_speech() -> None:
    """ "X likened the rules to “…”" names X."""
    text = "Another critic, Ida Brandt, likened the rules to “burning the charter.”"
    assert "Ida Brandt" == _one(text).speaker


def test_name_after_a_verb_with_a_subject_is_no_speaker() -> None:
    """ "Kim Lee said Pat Dunn does not care. “…,” she said." gives the quote to Kim Lee."""
    text = "Kim Lee said Pat Dunn does not care about the port.\n\n“It is only for show,” she said."
    assert "Kim Lee" == _one(text).speaker


def test_inverted_cue_after_a_quote_still_names_a_subject() -> None:
    """ "“…,” said Kim Lee. “…,” she added." gives both quotes to Kim Lee."""
    text = "Pat Dunn spoke first.\n\n“It is late,” said Kim Lee.\n\n“Far too late,” she added."
    assert ["Kim Lee", "Kim Lee"] == [q.speaker for q in extract_quotes(text)]


def test_quote_after_a_sentence_about_a_person_is_theirs() -> None:
    """ "Kim Lee was blunt. “…”" gives the quote to Kim Lee."""
    text = "Kim Lee was blunt. “We will not back down on this. Not now.”"
    assert "Kim Lee" == _one(text).speaker


def test_quote_after_a_sentence_about_a_group_has_no_speaker() -> None:
    """ "Police closed the road. “…”" names no one: a group is no sure speaker."""
    assert _one("Police closed the road. “We will not back down on this.”").speaker is None


def test_quotation_after_a_noun_naming_a_work_is_a_title() -> None:
    """ "Kim Lee's commentary, “Tell your own story,” is thoughtful": a title, no quote."""
    assert () == extract_quotes("Kim Lee's commentary, “Tell your own story,” is thoughtful.")


def test_work_noun_before_a_reporting_verb_keeps_the_quote() -> None:
    """ "In her column Kim Lee wrote, “…”" is a quotation: the verb stands between."""
    text = "In her column Kim Lee wrote, “We need the port open all year.”"
    assert "Kim Lee" == _one(text).speaker


def test_in_someones_words_names_them() -> None:
    """ "In Dr. Kim Lee's words, “…”" reads Kim Lee."""
    text = "Kim Lee studies the brain. In Dr. Lee's words, “Could this be the moment we decide?”"
    assert "Kim Lee" == _one(text).speaker


def test_plural_noun_fumes_is_no_reporting_verb() -> None:
    """ "The deadly fumes “flooded” the flat": a noun, no speaker, a scare quote left out."""
    assert () == extract_quotes("The deadly fumes “flooded” the small flat overnight.")


def test_german_verb_second_still_marks_its_subject() -> None:
    """ "Am Montag sagte Karl Brandt …" makes Karl Brandt the antecedent of a later "er"."""
    text = (
        "Jan Voss kam spät. Am Montag sagte Karl Brandt, die Lage sei ernst.\n\n"
        "„Es wird bald beginnen und es wird schwer“, sagte er."
    )
    assert "Karl Brandt" == _one(text).speaker


def test_floods_of_the_new_shapes_stay_fast() -> None:
    """Names joined by "and", dashes, adverbs and colons by the ten thousand stay linear."""
    text = "".join(
        [
            "Bo and " * 10_000,
            "Ann Lee -- " * 10_000,
            "Ann boldly " * 10_000,
            "She said that I " * 10_000,
            "said “one two three four.” " * 2_000,
            "Ann Lee was blunt. " + "“one two three four.” " * 2_000,
        ]
    )
    start = time.perf_counter()
    quotes = extract_quotes(text)
    assert FLOOD_SECONDS > time.perf_counter() - start
    assert 4_000 == len(quotes)
