"""Stage 4 of quote extraction: the speaker of each quotation, read around it.

Each paragraph holding a quotation is cut into tokens, the quotation being one token
(:func:`tokenize`), and :class:`Attributor` reads its speaker by position around the
reporting verbs: after it (``“…,” X said``, ``“…,” said X``, ``“…” – X``), before it
(``X said: “…”``, ``according to X, “…”``, ``X, the mayor, said “…”``), else from the
sentence before. A surname becomes its fullest mention and a pronoun its antecedent,
both asked of :class:`articlekit._mentions.Mentions`. It is a module of its own because
it reads the sentences around quotations, where the mention scan reads names alone;
:mod:`articlekit._quotes` hands speakers on between quotations and filters the result.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from articlekit import _cues
from articlekit._mentions import (
    MAX_ABBREVIATION_CHARS,
    NOT_A_FULL_STOP,
    POSSESSIVES,
    RUN_PREPOSITIONS,
    Entity,
    Mentions,
    clean_word,
    is_name_word,
    split_name,
)
from articlekit._quote_marks import Span

__all__ = [
    "MIN_UNATTRIBUTED_WORDS",
    "NOTHING",
    "WORD",
    "Attributor",
    "Found",
    "Token",
    "tokenize",
]

# "he said" within this many characters of the last attributed quotation refers to its
# speaker unless another person who speaks is named in between (about two paragraphs).
LAST_SPEAKER_CHARS = 1500
_TOKEN = re.compile(r"\n|[^\W_](?:[\w’'.\-]*[^\W_])?|[^\w\s]")
_ABBREVIATIONS = _cues.words(
    """
    mr mrs ms dr sen rep gov gen lt col sgt capt prof st jr sr rev adm maj mt ft inc corp co
    ltd no vs etc sept jan feb aug oct nov dec del atty supt amb hon pres det insp cmdr
    """
)
_SENTENCE_ENDS = frozenset(".!?\n")
_DASHES = frozenset("—–―-")
_QUOTE = "\x00"  # the text of the token standing for a quotation
# Words that follow a reporting verb without being its speaker ("said Monday").
_TIME_WORDS = _cues.words(
    """
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier
    later then again also
    """
)
# How far after a quotation its reporting verb may stand, in tokens: "“…,” White House
# press secretary Josh Earnest said" puts six first, an apposition twice as many ("X, the
# Republican attorney general of the state, said"); 22 gained 2 speakers over 14 on the
# PolNeAR dev half and lost none.
MAX_RIGHT_CUE_DISTANCE = 22
# How far before a quotation its reporting verb may stand, in tokens: "Zaluzhniy stated
# that his forces had retaken … as Russian forces decided to “run away”" is 45.
MAX_LEFT_CUE_DISTANCE = 80
# Longest speaker phrase read before a reporting verb, in tokens ("The first deputy
# minister of information for the Russia-controlled Donetsk region" is 12).
MAX_SUBJECT_TOKENS = 16
# "R-Ky." or "D-N.C.": a party and state tag set off by commas after a name.
_PARTY_TAG = re.compile(r"[A-Z]-[A-Z][\w.\-]*")
# Prepositions that may join a speaker's head to its description ("a narrator in the ad").
_PREPOSITIONS = _cues.words("of in at for from with")
# Words between a determiner and the preposition in such a head ("a senior aide of").
MAX_HEAD_WORDS = 4
# How many comma-separated segments an apposition may put between a name and its verb.
MAX_APPOSITION_SEGMENTS = 5


_NOT_A_ROLE = _cues.CLAUSE_WORDS | _cues.AUXILIARIES
# Words that open a subordinate clause: what follows a quotation through them is no
# attribution of it.
_SUBORDINATORS = _cues.words(
    "when because after before while although though if since until which who that where"
)
# Sentence-opening words before a clause's subject: not names, not its article.
_LEAD_ADVERBS = _cues.NON_NAMES - _cues.DETERMINERS - _cues.PRONOUNS - _cues.CLAUSE_WORDS
# Verbs after a cue word that make it a noun ("the state is", "his claims were").
_COPULAS = _cues.words("is are was were has have had will would")
# Longest bare name read as "Name said." after a quotation ending in a full stop.
MAX_SHORT_NAME = 4
# Articles that open a description set off after a name ("X, the mayor").
_DESCRIPTION_OPENERS = frozenset(["the", "a", "an"])
# Forms of "be" before a reporting verb make it a passive ("was called", "has been told").
_BE_FORMS = _cues.words("is are was were be been being")
# Pronouns that stand for people as a clause's subject ("that I had to say:").
_PERSONAL_PRONOUNS = _cues.words("i we he she they")
# Tokens after which a new clause, and so its subject, starts.
_CLAUSE_OPENERS = frozenset(",;:\n.!?")
# Words joining a reporting verb to an earlier verb of the same subject ("laughed and said").
_COORDINATORS = _cues.words("and but then or")
# "I said" and "we said" outside quotations are the writer: no one to resolve.
_FIRST_PERSON = frozenset(("i", "we"))


class Token(NamedTuple):
    """A word or punctuation mark of a paragraph, or one whole quotation of it."""

    text: str
    start: int
    end: int
    quote: int  # index of the quotation this token stands for, else -1


class Found(NamedTuple):
    """What attribution read for a quotation: speaker, role, reporting word, mention."""

    speaker: str | None
    role: str | None
    cue: str | None
    entity: Entity | None


# Neither a speaker nor a reporting word: a quotation no attribution was read for.
NOTHING = Found(None, None, None, None)


def tokenize(text: str, lo: int, hi: int, spans: Sequence[Span], first: int) -> list[Token]:
    """Cut ``text[lo:hi]`` into tokens, each quotation one token.

    ``spans[first:]`` that start before ``hi`` are the quotations of this stretch.
    """
    tokens: list[Token] = []
    pos = lo
    k = first
    while pos < hi:
        stop = hi
        if k < len(spans) and spans[k].open_mark < hi:
            stop = spans[k].open_mark
        _add_words(text, pos, stop, tokens)
        if stop == hi:
            break
        span = spans[k]
        tokens.append(Token(_QUOTE, span.open_mark, min(hi, span.close_end), k))
        pos = min(hi, span.close_end)
        k += 1
    return tokens


# Building tokens without the named tuple's Python-level constructor: tokenising is the
# hottest loop of attribution.
_new_token = tuple.__new__


def _add_words(text: str, lo: int, hi: int, tokens: list[Token]) -> None:
    """Append the word tokens of ``text[lo:hi]`` to ``tokens``.

    A full stop is joined to the word before it where it ends an abbreviation ("Mr.",
    "G.K."), in the same pass: a second pass over the tokens cost a third of tokenising.
    """
    first = len(tokens)
    append = tokens.append
    for m in _TOKEN.finditer(text, lo, hi):
        word = m.group()
        start, end = m.span()
        if word == "." and len(tokens) > first:
            prev = tokens[-1]
            if prev.end == start and (
                prev.text.casefold() in _ABBREVIATIONS
                or _is_letters(prev.text)
                or NOT_A_FULL_STOP.match(text, end, hi) is not None
            ):
                tokens[-1] = Token(prev.text + ".", prev.start, end, -1)
                continue
        append(_new_token(Token, (word, start, end, -1)))


def _is_abbreviation(word: str) -> bool:
    # "Va." or "Calif.": a capitalised short word with its full stop (a state, a month).
    return word.endswith(".") and word[:1].isupper() and len(word) <= MAX_ABBREVIATION_CHARS


# Words ending in -ly that are nouns or adjectives of a speaker phrase, not adverbs
# ("a Clinton ally said", "the family said").
_LY_NOUNS = _cues.words("ally family assembly rally daily weekly monthly quarterly bully monopoly")


def _is_manner_adverb(word: str) -> bool:
    # "boldly", "angrily": a lower-case -ly word of at least five letters.
    return (
        len(word) >= MIN_ADVERB_CHARS
        and word.endswith("ly")
        and word.islower()
        and word.isalpha()
        and word not in _LY_NOUNS
    )


# "only" (4 letters) already stands in SKIPPABLE; the shortest manner adverbs read
# before a reporting verb are five ("badly", "flatly").
MIN_ADVERB_CHARS = 5


def _is_letters(word: str) -> bool:
    # "G" of "G. Smith", "G.K" of "G.K. Butterfield", "U.S" of "U.S.": initials.
    parts = word.split(".")
    return all(len(p) == 1 and p.isupper() for p in parts)


# "as one voter put it": how many tokens before "put" its "as" may stand.
MAX_PUT_IT_SUBJECT = 6


def _as_put_it(tokens: Sequence[Token], i: int) -> bool:
    """Tell whether "put" at ``i`` reports speech, as in "as The New Yorker put it"."""
    if i + 1 >= len(tokens) or tokens[i + 1].text != "it":
        return False
    for k in range(i - 1, max(-1, i - 1 - MAX_PUT_IT_SUBJECT), -1):
        word = tokens[k].text
        if word.casefold() == "as":
            return True
        if tokens[k].quote >= 0 or word in _CLAUSE_OPENERS:
            return False
    return False


def _is_cue(tokens: Sequence[Token], i: int) -> bool:
    text = tokens[i].text
    word = text.casefold()
    if word not in _cues.CUES:
        return word == "put" and _as_put_it(tokens, i)
    previous = tokens[i - 1] if i else None
    if (
        text[:1].isupper()
        and previous is not None
        and previous.quote < 0
        and previous.text not in _SENTENCE_ENDS
    ):
        return False  # capitalised inside a sentence: a name ("the United States")
    if word not in _cues.CUE_NOUNS:
        return True
    # "a report", "his claim": a determiner makes the word a noun, and so does a verb
    # after it ("Kim's mental state is").
    if previous is not None and previous.text.casefold() in _cues.DETERMINERS:
        return False
    return i + 1 >= len(tokens) or tokens[i + 1].text.casefold() not in _COPULAS


_MULTIWORD_ENDS = frozenset(phrase[-1] for phrase in _cues.MULTIWORD_CUES)


_MULTIWORD_STARTS = frozenset(phrase[0] for phrase in _cues.MULTIWORD_CUES)


def _according_after(tokens: Sequence[Token], i: int, end: int) -> int:
    """Return how many tokens an "according to"-like cue starting at ``i`` spans, else 0."""
    if tokens[i].text.casefold() not in _MULTIWORD_STARTS:
        return 0
    for phrase in _cues.MULTIWORD_CUES:
        n = len(phrase)
        if i + n <= end and all(tokens[i + j].text.casefold() == phrase[j] for j in range(n)):
            return n
    return 0


def _according(tokens: Sequence[Token], i: int) -> int:
    """Return how many tokens the "according to"-like cue ending at ``i`` spans, else 0."""
    if tokens[i].text.casefold() not in _MULTIWORD_ENDS:
        return 0
    for phrase in _cues.MULTIWORD_CUES:
        n = len(phrase)
        if i + 1 >= n and all(tokens[i - n + 1 + j].text.casefold() == phrase[j] for j in range(n)):
            return n
    return 0


def _is_boundary(tokens: Sequence[Token], i: int, spans: Sequence[Span], text: str) -> bool:
    """Tell whether a sentence ends after token ``i``."""
    tok = tokens[i]
    if tok.text in _SENTENCE_ENDS:
        return True
    if tok.quote < 0 or i + 1 >= len(tokens):
        return False
    # A quotation ending in a full stop ends its sentence when a new one starts after it.
    span = spans[tok.quote]
    last = text[span.end - 1]
    nxt = tokens[i + 1].text
    if last not in ".!?" or not (nxt == _QUOTE or nxt[:1].isupper()):
        return False
    # …unless "X said" follows: "“Does anybody know?” Graham asked." After a full stop
    # only a bare "X said." does: "“…neighborhood.” Russia insisted that …" is new.
    if last == ".":
        return not _short_attribution(tokens, i + 1)
    depth = 0
    for j in range(i + 1, min(len(tokens), i + 2 + MAX_RIGHT_CUE_DISTANCE)):
        word = tokens[j].text
        depth += (word == "(") - (word == ")")
        if tokens[j].quote >= 0 or (word in _SENTENCE_ENDS and depth <= 0):
            return True
        if _is_cue(tokens, j):
            return False
    return True


def _short_attribution(tokens: Sequence[Token], i: int) -> bool:
    """Tell whether tokens from ``i`` read "Name said." and nothing more."""
    for j in range(i, min(len(tokens), i + MAX_SHORT_NAME + 1)):
        if _is_cue(tokens, j):
            return j > i and (j + 1 >= len(tokens) or tokens[j + 1].text in _SENTENCE_ENDS)
        if tokens[j].quote >= 0 or not tokens[j].text[:1].isupper():
            return False
    return False


# A quotation nobody is said to have spoken, shorter than this many words, is a scare
# quote or a coined phrase ("hasty retreat", "super PACs"): on the PolNeAR dev half such
# spans were almost never annotated as direct quotes (dropping them cost 1% of span recall
# and gained 7 points of span precision).
MIN_UNATTRIBUTED_WORDS = 4
# A word of a quotation, as the filters count them.
WORD = re.compile(r"[^\W\d_][\w’'-]*")


class Attributor:
    """Reads the speaker of each quotation of one paragraph."""

    def __init__(
        self, text: str, spans: Sequence[Span], tokens: Sequence[Token], mentions: Mentions
    ) -> None:
        self.text = text
        self.spans = spans
        self.tokens = tokens
        self.mentions = mentions
        n = len(tokens)
        # Only quotations and sentence-ending tokens can end a sentence: the loops below
        # visit those alone and fill the sentences between them by slices.
        candidates = [i for i, t in enumerate(tokens) if t.quote >= 0 or t.text in _SENTENCE_ENDS]
        self.quote_tokens = [i for i in candidates if tokens[i].quote >= 0]
        self.first_quote = self.quote_tokens[0] if self.quote_tokens else -1
        self.sentence_start = sentence_start = [0] * n
        self.sentence_end = sentence_end = [n] * n
        start = 0
        for i in candidates:
            if _is_boundary(tokens, i, spans, text):
                sentence_start[start : i + 1] = [start] * (i + 1 - start)
                sentence_end[start : i + 1] = [i + 1] * (i + 1 - start)
                start = i + 1
        sentence_start[start:] = [start] * (n - start)

    def _phrase(self, lo: int, hi: int) -> str:
        return self.text[self.tokens[lo].start : self.tokens[hi - 1].end]

    def read(self, k: int) -> Found:
        """Return the speaker of the quotation at token ``k`` (``NOTHING`` if none)."""
        found = self._after(k)
        if found.speaker is None:
            found = self._before(k)
        if found.speaker is None and found.cue is None and self._is_long(k):
            found = self._sentence_subject(k)
            if found.speaker is None:
                found = self._previous_subject(k)
        return found

    def _previous_subject(self, k: int) -> Found:
        """Read "Jane Doe was blunt. “…”": the person the sentence before starts with.

        Only for a quotation that is a sentence of its own, the first of its paragraph (a
        quotation before it hands its speaker on in :func:`articlekit._quotes._inherit`).
        """
        tokens = self.tokens
        start = self.sentence_start[k]
        if start != k or start == 0 or not self.mentions.svo:
            return NOTHING  # German capitalises nouns: a sentence's start names no one
        if any(t.text[:1].isalnum() for t in tokens[k + 1 : self.sentence_end[k]]):
            return NOTHING
        if k != self.first_quote:
            return NOTHING
        previous = self.sentence_start[start - 1]
        segments = self._segments(previous, start - 1)
        if not segments:
            return NOTHING
        found = self._leading(*segments[0], "")
        if found.entity is None or found.entity.kind != "person":
            return NOTHING
        return found._replace(cue=None)

    def _is_long(self, k: int) -> bool:
        span = self.spans[self.tokens[k].quote]
        return len(WORD.findall(self.text, span.start, span.end)) >= MIN_UNATTRIBUTED_WORDS

    def _sentence_subject(self, k: int) -> Found:
        """Read "Trump attacked “…”": the person or organisation the sentence starts with.

        Only for quotations long enough to be kept without a speaker, so that a scare
        quote never gains one this way.
        """
        start = self.sentence_start[k]
        for lo, hi in self._segments(start, k):
            found = self._leading(lo, hi, "")
            if found.entity is not None and found.entity.kind != "group":
                return found._replace(cue=None)
        return NOTHING

    def _after(self, k: int) -> Found:
        tokens = self.tokens
        end = self.sentence_end[k]
        i = k + 1
        while i < end and tokens[i].text == ",":
            i += 1
        if i >= end or tokens[i].quote >= 0 or tokens[i].text in _SUBORDINATORS:
            return NOTHING  # "“…,” when Clinton blasted him": another clause, no attribution
        if tokens[i].text in _DASHES:
            j = i + 1
            while j < end and tokens[j].quote < 0 and is_name_word(tokens[j].text):
                j += 1
            if j > i + 1:
                return self._speaker(i + 1, j, tokens[i].text)
            return NOTHING
        if (
            tokens[i].text.casefold() in _cues.AUXILIARIES
            and i + 1 < end
            and _is_cue(tokens, i + 1)
        ):
            i += 1  # "« … », a déclaré X", "„…“, hat X gesagt"
        according = _according_after(tokens, i, end)
        if according:
            cue = self._phrase(i, i + according)
            found = self._after_cue(i + according, end, cue)
            if found.speaker is not None:
                return found
        if _is_cue(tokens, i) or (
            tokens[i].text.casefold() in _cues.NAME_INTRODUCERS
            and i + 1 < end
            and is_name_word(tokens[i + 1].text)
        ):
            found = self._after_cue(i + 1, end, tokens[i].text)
            if found.speaker is not None:
                return found
        limit = min(end, i + MAX_RIGHT_CUE_DISTANCE)
        for c in range(i, limit):
            if tokens[c].quote >= 0:
                break
            if _is_cue(tokens, c):
                return self._subject(c, i)
        return NOTHING

    def _after_cue(self, lo: int, hi: int, cue: str) -> Found:
        """Read "said X": the speaker after the reporting verb."""
        tokens = self.tokens
        i = lo
        while i < hi and tokens[i].text.casefold() in _TIME_WORDS:
            i += 1
        j = i
        while j < hi and tokens[j].quote < 0 and tokens[j].text not in ",.;:()!?\n":
            if tokens[j].text.casefold() in _cues.CLAUSE_WORDS:
                break
            j += 1
        if j == i:
            return NOTHING
        if (
            j + 1 < hi
            and tokens[j].text.casefold() in ("from", "by", "of")
            and tokens[j - 1].text.casefold() in _cues.DOCUMENTS
        ):
            # "according to a statement from Acme Corp.": the document's author speaks.
            return self._after_cue(j + 1, hi, cue)
        found = self._speaker(i, j, cue)
        if found.entity is None and found.speaker is not None and found.speaker.islower():
            return NOTHING  # "said in an interview" reads no speaker
        return found

    def _before(self, k: int) -> Found:
        tokens = self.tokens
        start = max(self.sentence_start[k], k - MAX_LEFT_CUE_DISTANCE)
        for c in range(k - 1, start - 1, -1):
            # The word tests first spare most tokens the two calls (the loop is hot).
            word = tokens[c].text.casefold()
            n = _according(tokens, c) if word in _MULTIWORD_ENDS else 0
            if n:
                j = c + 1
                while j < k and tokens[j].text not in ",:" and tokens[j].quote < 0:
                    j += 1
                cue = self._phrase(c - n + 1, c + 1)
                return self._after_cue(c + 1, j, cue) if j > c + 1 else NOTHING
            if (word in _cues.CUES or word == "put") and _is_cue(tokens, c):
                participle = tokens[c].text.endswith("ing") and c > start
                if participle and tokens[c - 1].text == ",":
                    return self._main_subject(c, start, tokens[c].text)
                if self._coordinated(c, start):
                    return self._main_subject(c, start, tokens[c].text)
                found = self._subject(c, start)
                if found.speaker is None and c == start:
                    found = self._after_cue(c + 1, k, tokens[c].text)  # "Said Ellis: “…”"
                if found.speaker is None and self._is_dependent(c):
                    found = self._main_subject(c, start, tokens[c].text)
                return found
        # "Trump: “…”" or "Sanders made the following comment: “…”": the sentence's subject.
        if k - 1 > start and tokens[k - 1].text == ":":
            # "She was so upset that I had to change my answer: “…”": the clause right
            # before the colon has a subject of its own.
            that = next((t for t in range(k - 3, start - 1, -1) if tokens[t].text == "that"), None)
            if that is not None and tokens[that + 1].text.casefold() in _PERSONAL_PRONOUNS:
                return self._speaker(that + 1, that + 2, ":")
            found = self._speaker(start, k - 1, ":")
            if found.speaker is None and not self.mentions.svo:
                found = self._leading(start, k - 1, ":")
            elif found.speaker is None:
                # "With leaders worried, President Obama is rolling out a message: “…”":
                # the first clause segment that opens with a subject (German capitalises
                # nouns, so there only the clause's start is read).
                for lo, hi in self._segments(start, k - 1):
                    found = self._leading(lo, hi, ":")
                    if found.speaker is not None:
                        break
            return found
        return NOTHING

    def read_lead_in(self) -> Found:
        """Read the speaker a paragraph ending in a colon announces ("X reports:")."""
        tokens = self.tokens
        n = len(tokens)
        if n < 2 or tokens[-1].text != ":":
            return NOTHING
        start = self.sentence_start[n - 1]
        for c in range(n - 2, start - 1, -1):
            if _is_cue(tokens, c):
                found = self._subject(c, start)
                if found.speaker is None:
                    found = self._main_subject(c, start, tokens[c].text)
                return found
        return self._main_subject(n - 1, start, ":")

    def _leading(self, lo: int, hi: int, cue: str) -> Found:
        """Read the noun phrase a clause starts with ("Trump attacked Clinton" -> Trump)."""
        tokens = self.tokens
        while lo < hi and tokens[lo].text.casefold() in _LEAD_ADVERBS:
            lo += 1  # "Later I laughed", "Meanwhile Trump said"
        if lo < hi and tokens[lo].text.casefold() in RUN_PREPOSITIONS:
            # "With Democratic leaders worried": no subject; "In Dr. Lee's words" names one.
            return self._in_words(lo, hi, cue)
        j = lo
        while (
            j < hi
            and tokens[j].quote < 0
            and (
                tokens[j].text[:1].isupper()
                or tokens[j].text.casefold() in _cues.TITLES
                or (j == lo and tokens[j].text.casefold() in _cues.DETERMINERS)
                or self._joins_title(j, lo, hi)
            )
        ):
            j += 1
        if j == lo:
            return Found(None, None, cue, None)
        # A lone capitalised word no one was named by before, followed by a lower-case
        # word, starts a sentence rather than names someone ("Partial transcript:").
        word = tokens[lo].text
        if (
            j == lo + 1
            and word.casefold() not in _cues.PRONOUNS
            and j < hi
            and tokens[j].text[:1].islower()
            and not _is_cue(tokens, j)
            and self.mentions.fullest(clean_word(word)) is None
        ):
            return self._group(lo, hi, cue)
        return self._speaker(lo, j, cue)

    def _in_words(self, lo: int, hi: int, cue: str) -> Found:
        """Read "In Dr. Lee's words, “…”": the person whose words follow."""
        tokens = self.tokens
        if tokens[lo].text.casefold() != "in":
            return Found(None, None, cue, None)
        for p in range(lo + 1, min(hi - 1, lo + 1 + MAX_SUBJECT_TOKENS)):
            if tokens[p].text.endswith(POSSESSIVES):
                if tokens[p + 1].text.casefold() == "words":
                    return self._speaker(lo + 1, p + 1, cue)
                break
        return Found(None, None, cue, None)

    def _group(self, lo: int, hi: int, cue: str) -> Found:
        """Read a clause opening with a group of people ("Small groups of protesters").

        The phrase runs from ``lo`` to the first noun that names people who speak
        (protesters, officials), over a few words and "of" at most.
        """
        tokens = self.tokens
        for g in range(lo + 1, min(hi, lo + MAX_HEAD_WORDS + 2)):
            word = tokens[g].text
            key = word.casefold()
            if tokens[g].quote >= 0 or not word.isalpha() or _is_cue(tokens, g):
                break
            if key in _cues.COMMON_SPEAKERS:
                phrase = self._phrase(lo, g + 1)
                return Found(phrase, None, cue, self.mentions.entity(phrase, "group", None))
            if key in _cues.CLAUSE_WORDS and key != "of":
                break
        return Found(None, None, cue, None)

    def _coordinated(self, c: int, start: int) -> bool:
        # "I laughed and said", "She … and repeatedly says": the verb shares its subject.
        j = c - 1
        while j > start and self.tokens[j].text.casefold() in _cues.SKIPPABLE:
            j -= 1
        return j > start and self.tokens[j].text.casefold() in _COORDINATORS

    def _is_dependent(self, c: int) -> bool:
        # "…, adding “…”" or "…, saying that …": a participle with no subject of its own.
        word = self.tokens[c].text.casefold()
        return word.endswith("ing") or (c > 0 and self.tokens[c - 1].text == ",")

    def _main_subject(self, c: int, start: int, cue: str) -> Found:
        """Read the subject of a participle cue: the quote before, else the main clause."""
        if any(t.quote >= 0 for t in self.tokens[start:c]):
            return Found(None, None, cue, None)  # the paragraph loop inherits
        # "In a similar vein, X, who …, condemned …, saying": the segment after a lead-in.
        segments = self._segments(start, c)
        for lo, hi in segments:
            found = self._leading(lo, hi, cue)
            if found.speaker is not None:
                return found
        return Found(None, None, cue, None)

    def _segments(self, lo: int, hi: int) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        seg = lo
        for i in range(lo, hi):
            if self.tokens[i].text == "," or self.tokens[i].quote >= 0:
                if i > seg:
                    out.append((seg, i))
                seg = i + 1
        if hi > seg:
            out.append((seg, hi))
        return out

    def _subject(self, c: int, lo: int) -> Found:
        """Read the speaker phrase right before the reporting verb at ``c``."""
        tokens = self.tokens
        cue = tokens[c].text
        j = c - 1
        if j > lo and _is_manner_adverb(tokens[j].text):
            j -= 1
        if j >= lo and tokens[j].text.casefold() in _BE_FORMS and not cue.endswith("ing"):
            return Found(None, None, cue, None)  # "X has been called a fraud": a passive
        j = c - 1
        if j - 1 > lo and (tokens[j - 1].text, tokens[j].text) == ("quoted", "as"):
            j -= 2  # "X was quoted as saying": X speaks
        while j >= lo and tokens[j].text.casefold() in _cues.SKIPPABLE:
            j -= 1
        if j < lo:
            return Found(None, None, cue, None)
        if (
            j > lo
            and _is_manner_adverb(tokens[j].text)
            and (
                is_name_word(tokens[j - 1].text)
                or tokens[j - 1].text.casefold() in _PERSONAL_PRONOUNS
            )
        ):
            j -= 1  # "Hillary Clinton boldly suggested", "she angrily said"
        if tokens[j].text == ")":
            depth_start = j
            while j >= lo and tokens[j].text != "(":
                j -= 1
            j = j - 1 if j >= lo else depth_start
        elif tokens[j].text in _DASHES:
            j = self._before_dashes(j, lo)
        role: str | None = None
        for _ in range(MAX_APPOSITION_SEGMENTS):
            if j < lo or tokens[j].quote >= 0:
                break
            if tokens[j].text != ",":
                end = j + 1
                i = j
                while (
                    i >= lo
                    and end - i <= MAX_SUBJECT_TOKENS
                    and tokens[i].quote < 0
                    and tokens[i].text not in ",;:\n.!?"
                    and tokens[i].text not in _DASHES
                    and not (
                        tokens[i].text.casefold() in _cues.CLAUSE_WORDS
                        and not tokens[i].text[:1].isupper()
                        and not self._joins_title(i, lo, end)
                    )
                    and not (i < j and _is_cue(tokens, i))
                ):
                    i -= 1
                i = self._before_preposition(i, lo)
                found = self._speaker(i + 1, end, cue)
                if i > lo and tokens[i].text == "and":
                    found = self._coordinated_speakers(i, lo, found)
                elif (
                    i > lo and tokens[i].text == "," and tokens[i + 1].text in _DESCRIPTION_OPENERS
                ):
                    found = self._name_before_description(i, lo, end, found)
                if found.speaker is not None and role is not None and found.role is None:
                    found = found._replace(role=role)
                if found.speaker is not None or i < lo or tokens[i].text != ",":
                    return found
                j = i
                continue
            # An apposition or relative clause between commas: look before it.
            i = j - 1
            while i >= lo and tokens[i].text != "," and tokens[i].quote < 0:
                i -= 1
            segment_first = tokens[i + 1].text.casefold() if i + 1 < j else ""
            if segment_first in _cues.DETERMINERS:
                role = self._phrase(i + 1, j)
            elif segment_first not in ("who", "which", "whose", "whom") and not (
                # an age ("Quina Jones, 25, said"), a party tag ("McConnell, R-Ky., said")
                # or a home town ("Wilson, of Springfield, Va., said")
                segment_first.isdigit()
                or _PARTY_TAG.fullmatch(tokens[i + 1].text)
                or segment_first in _PREPOSITIONS
                or (j - i == 2 and _is_abbreviation(tokens[i + 1].text))
            ):
                inner = self._speaker(i + 1, j, cue)
                if inner.speaker is None:
                    return Found(None, None, cue, None)
                return inner._replace(role=inner.role or role or self._role_before(i, lo))
            j = i
        return Found(None, None, cue, None)

    def _coordinated_speakers(self, conj: int, lo: int, second: Found) -> Found:
        """Read "Obama and Clinton said": two people named as one subject.

        ``conj`` is the index of the "and" before ``second``, the person read after it. The
        first person must open the clause (a comma, a quotation or the sentence start
        before their name), so that "Trump met Clinton and Obama said" stays Obama's.
        """
        if second.entity is None or second.entity.kind != "person":
            return second
        tokens = self.tokens
        h = conj - 1
        lo = max(lo, conj - MAX_SUBJECT_TOKENS)
        while (
            h >= lo
            and tokens[h].quote < 0
            and (is_name_word(tokens[h].text) or tokens[h].text.casefold() in _cues.TITLES)
        ):
            h -= 1
        if h == conj - 1 or not (
            h < lo or tokens[h].quote >= 0 or tokens[h].text in _CLAUSE_OPENERS
        ):
            return second
        first = self._speaker(h + 1, conj, second.cue or "")
        if first.entity is None or first.entity.kind != "person" or first.entity is second.entity:
            return second
        pair = f"{first.speaker} and {second.speaker}"
        return Found(pair, None, second.cue, self.mentions.entity(pair, "group", None))

    def _name_before_description(self, comma: int, lo: int, end: int, found: Found) -> Found:
        """Read "John Dickey, the chief executive of Ora Media -- … -- told": the name.

        The phrase after ``comma`` (up to ``end``) opens with an article: it describes the
        person named just before the comma, who speaks; ``found`` is what the phrase
        alone read as. Only a name of two words or more, or one met before, counts.
        """
        tokens = self.tokens
        h = comma - 1
        lo = max(lo, comma - MAX_SUBJECT_TOKENS)
        while h >= lo and tokens[h].quote < 0 and is_name_word(tokens[h].text):
            h -= 1
        if h == comma - 1 or not (
            h < lo or tokens[h].quote >= 0 or tokens[h].text in _CLAUSE_OPENERS
        ):
            return found
        if h + 2 == comma and self.mentions.fullest(clean_word(tokens[h + 1].text)) is None:
            return found
        if tokens[h + 1].text.casefold() in RUN_PREPOSITIONS:
            return found
        before = self._speaker(h + 1, comma, found.cue or "")
        if before.entity is None or before.entity.kind != "person":
            return found
        return before._replace(role=before.role or self._phrase(comma + 1, end))

    def _before_dashes(self, j: int, lo: int) -> int:
        """Skip a description set off by dashes before a reporting verb.

        "John Dickey, the chief executive of Ora Media -- the company that owns the
        programming -- told me": ``j`` is the closing dash; returns the index of the token
        before the opening dash, or ``j`` when the sentence has no opening dash.
        """
        tokens = self.tokens
        d = j
        while d > lo and tokens[d - 1].text in _DASHES:
            d -= 1
        opening = next(
            (
                i
                for i in range(d - 1, lo - 1, -1)
                if tokens[i].text in _DASHES or tokens[i].quote >= 0
            ),
            None,
        )
        if opening is None or tokens[opening].quote >= 0:
            return j
        while opening > lo and tokens[opening - 1].text in _DASHES:
            opening -= 1
        return opening - 1

    def _role_before(self, comma: int, lo: int) -> str | None:
        """Read "the head of the administration, X, said": the description before a name."""
        tokens = self.tokens
        if comma <= lo or tokens[comma].text != ",":
            return None
        i = comma - 1
        while i >= lo and tokens[i].text != "," and tokens[i].quote < 0:
            i -= 1
        first = i + 1
        if comma - first > MAX_SUBJECT_TOKENS or first >= comma:
            return None
        if tokens[first].text.casefold() not in ("the", "a", "an"):
            return None
        return self._phrase(first, comma)

    def _before_preposition(self, i: int, lo: int) -> int:
        """Extend a speaker phrase stopped at a preposition over the head before it.

        "a narrator in the Clinton ad", "Mr. Morgan of the Sierra Club": returns the
        index just before the head, or ``i`` when no head noun phrase stands there.
        """
        tokens = self.tokens
        if i <= lo or tokens[i].text not in _PREPOSITIONS or tokens[i - 1].quote >= 0:
            return i
        h = i - 1
        if is_name_word(tokens[h].text):
            while (
                h > lo
                and tokens[h - 1].quote < 0
                and (
                    is_name_word(tokens[h - 1].text)
                    or tokens[h - 1].text.casefold() in _cues.TITLES
                )
            ):
                h -= 1
            return h - 1
        for d in range(h, max(lo - 1, h - MAX_HEAD_WORDS), -1):
            word = tokens[d].text.casefold()
            if word in _cues.DETERMINERS:
                return d - 1
            if tokens[d].quote >= 0 or word in _cues.CLAUSE_WORDS or not word[:1].isalnum():
                return i
        return i

    def _joins_title(self, i: int, lo: int, hi: int) -> bool:
        # "Commander-in-Chief of Armed Forces Valeriy Zaluzhniy": "of" between capitals.
        tokens = self.tokens
        return (
            tokens[i].text == "of"
            and lo < i < hi - 1
            and tokens[i - 1].text[:1].isupper()
            and tokens[i + 1].text[:1].isupper()
        )

    def _speaker(self, lo: int, hi: int, cue: str) -> Found:
        """Read tokens ``lo:hi`` as a speaker: a pronoun, a name or a common noun phrase."""
        tokens = [t for t in self.tokens[lo:hi] if t.quote < 0]
        # Party tags and ages in brackets: "Rep. G.K. Butterfield (D-N.C.)".
        if any(t.text == "(" for t in tokens):
            cut = next(i for i, t in enumerate(tokens) if t.text == "(")
            tokens = tokens[:cut]
        if not tokens:
            return Found(None, None, cue, None)
        whole = self._read(tokens, cue)
        if whole.entity is not None and whole.entity.kind == "person":
            return whole
        # "Mr. Morgan of the Sierra Club": a person named before a preposition speaks.
        cut = next((i for i, t in enumerate(tokens) if i and t.text in _PREPOSITIONS), 0)
        if cut:
            head = self._read(tokens[:cut], cue)
            if head.entity is not None and head.entity.kind == "person":
                tail = self.text[tokens[cut].start : tokens[-1].end]
                return head._replace(role=f"{head.role} {tail}" if head.role else tail)
        return whole

    def _read(self, tokens: Sequence[Token], cue: str) -> Found:
        words = [t.text for t in tokens]
        if len(words) == 1 and words[0].casefold() in _cues.PRONOUNS:
            pronoun = words[0].casefold()
            if pronoun in _FIRST_PERSON:
                return Found(words[0], None, cue, None)  # the writer speaks
            last = self.mentions.last_speaker
            if (
                last is not None
                and last[1].fits(pronoun)
                and tokens[0].start - last[0] <= LAST_SPEAKER_CHARS
                and not self.mentions.other_between(last, tokens[0].start, pronoun)
            ):
                entity: Entity | None = last[1]
            else:
                entity = self.mentions.antecedent(tokens[0].start, pronoun)
            if entity is None:
                return Found(words[0], None, cue, None)
            # The pronoun a person is quoted with tells their gender for later pronouns.
            entity.male += pronoun == "he"
            entity.female += pronoun == "she"
            return Found(entity.name, entity.role, cue, entity)
        if (
            len(words) > 2
            and words[-1].casefold() in _cues.DOCUMENTS
            and words[-2].endswith(POSSESSIVES)
        ):
            # "Jane Doe's statement said": the document speaks for its author.
            author = self._read(tokens[:-1], cue)
            if author.entity is not None and author.entity.kind != "group":
                return author
        first = next(
            (i for i, w in enumerate(words) if w[:1].isupper() or w.casefold() in _cues.TITLES),
            None,
        )
        if first is not None:
            split = split_name(tuple(words[first:]))
            if split is None and all(w.casefold() in _cues.DETERMINERS for w in words[:first]):
                # "the Security Council issued a statement": an organisation opening the
                # phrase speaks, whatever follows it.
                run = first
                while run < len(words) and is_name_word(words[run]):
                    run += 1
                split = split_name(tuple(words[first:run])) if run < len(words) else None
                if split is not None and split.kind != "org":
                    split = None
            if split is not None:
                lead = words[:first]
                # "hat Anna Müller gesagt": an auxiliary or clause word is no part of a role.
                cut = [i for i, w in enumerate(lead) if w.casefold() in _NOT_A_ROLE]
                if cut:
                    lead = lead[cut[-1] + 1 :]
                if split.kind == "org":
                    name = split.name
                    if lead and lead[-1].casefold() == "the":
                        name = f"{lead[-1]} {name}"
                    entity = self.mentions.entity(split.name, "org", None)
                    return Found(name, None, cue, entity)
                role_words = [*lead, *([split.role] if split.role else [])]
                role = " ".join(role_words) or None
                if role is not None and role.casefold() in _cues.DETERMINERS:
                    role = None
                entity = self.mentions.fullest(split.name)
                if entity is None or entity.kind != "person":
                    entity = self.mentions.entity(split.name, "person", role)
                entity.spoke = True
                return Found(entity.name, role or entity.role, cue, entity)
        first_word = words[0].casefold()
        possessive = first_word.endswith(("’s", "'s")) and len(words) > 1
        if (
            possessive
            or first_word in _cues.DETERMINERS
            or any(w.casefold() in _cues.COMMON_SPEAKERS for w in words)
        ):
            if (first_word in _cues.DETERMINERS and len(words) == 1) or len(
                words
            ) > MAX_SUBJECT_TOKENS:
                # A bare article, or a whole clause ("With Democratic leaders worried
                # about young voters, Obama is rolling out a message"): no speaker phrase.
                return Found(None, None, cue, None)
            phrase = self.text[tokens[0].start : tokens[-1].end]
            entity = self.mentions.entity(phrase, "group", None)
            return Found(phrase, None, cue, entity)
        return Found(None, None, cue, None)
