"""The string helpers: normalising is idempotent and keeps the words."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from articlekit._text import clean_text, fold, holds_control_bytes, normalize_space, strip_controls

# Text with the characters the helpers treat specially: controls, surrogates,
# every kind of space and line break.
_NASTY = st.text(
    alphabet=st.one_of(
        st.characters(),
        st.sampled_from("\x00\x07\x1f\x7f\ud800\r\n\t \u00a0\u2009\u200b\ufeff\xad"),
    )
)


@given(_NASTY)
def test_clean_text_is_idempotent(text: str) -> None:
    """Cleaning cleaned text changes nothing."""
    once = clean_text(text)
    assert once == clean_text(once)


@given(_NASTY)
def test_normalize_space_is_idempotent(text: str) -> None:
    """Normalising normalised text changes nothing."""
    once = normalize_space(text)
    assert once == normalize_space(once)


@given(_NASTY)
def test_clean_text_keeps_no_controls_or_blank_runs(text: str) -> None:
    """Cleaned text has no control characters, no CR and no runs of blank lines."""
    cleaned = clean_text(text)
    assert cleaned == strip_controls(cleaned)
    assert "\r" not in cleaned
    assert "\n\n\n" not in cleaned


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs"))))
def test_strip_controls_keeps_clean_text(text: str) -> None:
    """Text without control characters or surrogates comes back unchanged."""
    assert text == strip_controls(text)


def test_strip_controls_removes_nul_and_lone_surrogates() -> None:
    """NUL, other controls and lone surrogates go; tabs and newlines stay."""
    assert "ab\tc\nd" == strip_controls("a\x00b\ud800\tc\n\x1fd\x7f")


def test_soft_hyphens_are_no_characters_of_the_word() -> None:
    """A soft hyphen marks where a word may break: normalised text reads the word whole."""
    assert "Verkehrsminister sagt" == normalize_space("Ver\xadkehrs\xadminister\xad sagt")
    assert "Verkehr\n\nsagt" == clean_text("Ver\xadkehr\n\n\nsagt")


def test_clean_text_folds_line_endings_and_spaces() -> None:
    """CRLF and CR become LF, runs of spaces one space, blank-line runs one blank line."""
    assert "a b\n\nc" == clean_text("a \u00a0 b\r\n\r\n\r\n c\r")


def test_holds_control_bytes_finds_a_nul_but_not_tabs_or_newlines() -> None:
    """A NUL byte is a control byte; tab, newline and carriage return are not."""
    assert (True, False) == (holds_control_bytes(b"a\x00b"), holds_control_bytes(b"a\tb\r\nc"))


def test_fold_keeps_the_words_and_drops_the_punctuation() -> None:
    """Case and the marks between words do not count; the words and their order do."""
    assert fold('Transport: "Old Bridge" closes!') == fold("transport  old bridge closes")
    assert fold("Old bridge closes") != fold("Bridge old closes")


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)
