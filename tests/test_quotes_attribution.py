"""Quote attribution, round 3: who speaks in less common sentence shapes."""

from __future__ import annotations

from articlekit import Quote, extract_quotes


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
