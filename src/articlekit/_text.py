"""Pure string helpers shared by the extractors.

No lxml, no dateparser: everything here takes and returns ``str``.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["clean_text", "fold", "holds_control_bytes", "normalize_space", "strip_controls"]

# Every Unicode space (NBSP, thin, ideographic …), tabs and zero-width joiners
# fold to one ASCII space; line breaks are kept apart by clean_text.
_SPACE_RUN = re.compile(r"[^\S\n]+|[\u200b\u200c\u200d\u2060\ufeff]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
_NON_WORD_RUN = re.compile(r"\W+")


# The same control characters as bytes: in UTF-8 they stand only for themselves.
_CONTROL_BYTES = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])


def strip_controls(text: str) -> str:
    """Remove NUL and other control characters and lone surrogates, keep tabs and newlines."""
    # Most texts hold none of them. Proving it in C (encode, then a byte delete)
    # costs a tenth of a regex scan, which on whole pages was over half the time
    # of the lxml parse itself. A lone surrogate cannot be encoded: slow path.
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        return _CONTROL.sub("", text)
    if not holds_control_bytes(data):
        return text
    return _CONTROL.sub("", text)


def normalize_space(text: str) -> str:
    """Fold every run of whitespace (line breaks included) to one space and strip the ends.

    Soft hyphens go too: they mark where a browser may break a long word and
    are no character of it ("Ver\xadkehr" reads "Verkehr").
    """
    text = text.replace("\xad", "")
    # str.split() breaks on exactly the characters of the regex \s; a regex sub
    # replaces every single space between two words, ten times slower on a sentence.
    return " ".join(strip_controls(text).split())


def fold(text: str) -> str:
    """Casefold and reduce every run of non-word characters to one space: the same
    words, whatever the punctuation ("Kicker: Headline" and "Kicker Headline")."""
    return _NON_WORD_RUN.sub(" ", text.casefold()).strip()


def clean_text(text: str) -> str:
    """Normalise text for output; idempotent.

    Unicode NFC, control characters and soft hyphens removed, Windows and old
    Mac line endings made ``\\n``, runs of spaces folded to one, spaces at line
    ends dropped, and runs of blank lines folded to a single blank line.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\xad", "")
    text = unicodedata.normalize("NFC", strip_controls(text))
    text = "\n".join(_SPACE_RUN.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()


def holds_control_bytes(data: bytes) -> bool:
    """Whether UTF-8 bytes hold a control character that :func:`strip_controls` removes."""
    # A byte delete in C: a tenth of the cost of a regex scan.
    return len(data.translate(None, _CONTROL_BYTES)) != len(data)
