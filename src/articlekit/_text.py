"""Pure string helpers shared by the extractors.

No lxml, no dateparser: everything here takes and returns ``str``.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["clean_text", "normalize_space", "strip_controls"]

# Every Unicode space (NBSP, thin, ideographic …), tabs and zero-width joiners
# fold to one ASCII space; line breaks are kept apart by clean_text.
_SPACE_RUN = re.compile(r"[^\S\n]+|[\u200b\u200c\u200d\u2060\ufeff]+")
_ANY_SPACE_RUN = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")


def strip_controls(text: str) -> str:
    """Remove NUL and other control characters and lone surrogates, keep tabs and newlines."""
    return _CONTROL.sub("", text)


def normalize_space(text: str) -> str:
    """Fold every run of whitespace (line breaks included) to one space and strip the ends."""
    return _ANY_SPACE_RUN.sub(" ", strip_controls(text)).strip()


def clean_text(text: str) -> str:
    """Normalise text for output; idempotent.

    Unicode NFC, control characters removed, Windows and old Mac line endings
    made ``\\n``, runs of spaces folded to one, spaces at line ends dropped, and
    runs of blank lines folded to a single blank line.
    """
    text = unicodedata.normalize(
        "NFC", strip_controls(text.replace("\r\n", "\n").replace("\r", "\n"))
    )
    text = "\n".join(_SPACE_RUN.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()
