"""Stage 3 of quote extraction: the people and organisations a text names.

One pass over the text outside quotations (:class:`Mentions`) reads each capitalised run
as a name with its title, an organisation or nothing; keeps the gender that titles,
common given names and pronouns give each person; and marks which mentions are a
clause's subject. Attribution asks it for the fullest form of a surname and for a
pronoun's antecedent, and the scan waits for the first such question. It is a module of
its own because it reads names, not quotations: it looks no further than the words right
around a name, and attribution (:mod:`articlekit._attribution`) builds on it.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from articlekit import _cues

__all__ = [
    "MAX_ABBREVIATION_CHARS",
    "NOT_A_FULL_STOP",
    "POSSESSIVES",
    "RUN_PREPOSITIONS",
    "UPPER",
    "Entity",
    "Mentions",
    "clean_word",
    "is_name_word",
    "split_name",
]

UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽА-ЯЁ"
_NAME_WORD_REST = r"[\w’'.\-]*"  # a name word after its capital
_NAME_WORD = rf"[{UPPER}]{_NAME_WORD_REST}"
_PARTICLE = r"(?:de|del|della|der|den|van|von|da|di|du|la|le|bin|ibn|al|el|dos|das|y)"
# A name with its titles is at most this long ("Ukrainian Commander-in-Chief of Armed
# Forces Valeriy Zaluzhniy" has 7 words); longer capitalised runs are read in pieces.
MAX_RUN_WORDS = 10
# The words of a run after its first.
_NAME_MORE = rf"(?:[ \u00a0]+(?:{_PARTICLE}[ \u00a0]+)?{_NAME_WORD}){{0,{MAX_RUN_WORDS - 1}}}"
# A pronoun "\b(?:[Hh]e|[Ss]he)\b" (pron) or a capitalised run _NAME_WORD _NAME_MORE (name).
# The engine skips fastest to a pattern's first character when that is a character class
# (a bare alternation tries every position): so the first letter is matched first and
# each alternative checks it looking back, 14% faster on the development texts than a
# lookahead before the alternation, which was itself 2.5 times faster than none.
_EVENTS = re.compile(
    rf"[HhSs{UPPER}](?:"
    r"(?P<pron>(?<=\b[Hh])e\b|(?<=\b[Ss])he\b)"
    rf"|(?P<name>(?<=[{UPPER}]){_NAME_WORD_REST}{_NAME_MORE}))"
)
# Capitalised words that start sentences and never name anyone: skipped before any work.
_SENTENCE_STARTERS = frozenset(
    word.capitalize() for word in _cues.NON_NAMES | _cues.CLAUSE_WORDS | _cues.DETERMINERS
)
# Reads as "[.!?]\s|\n", opening with a character class for speed (see _EVENTS).
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=[.!?])\s|(?<=\n))")
_MALE_SUBJECTS = frozenset(["he", "He"])
# How many mentions back a pronoun looks for its antecedent: news copy names a speaker
# again within a few paragraphs. Windows of 10 to 60 mentions scored the same on the
# PolNeAR dev half; 40 keeps the lookup bounded on hostile input.
MAX_ANTECEDENT_MENTIONS = 40


# A common given name counts as this many pronouns seen with the person: enough to
# outweigh one pronoun wrongly credited to them by the sentence heuristic.
FIRST_NAME_WEIGHT = 2


class Entity:
    """A person or organisation named in the text."""

    __slots__ = ("female", "kind", "male", "mentions", "name", "role", "spoke")

    def __init__(self, name: str, kind: str, role: str | None) -> None:
        self.name = name
        self.kind = kind  # "person", "org" or "group"
        self.role = role
        self.male = 0
        self.female = 0
        self.spoke = False
        self.mentions = 0

    def confirmed(self) -> bool:
        """Tell whether the text shows this is a person: a speaker, a title, a pronoun."""
        return self.spoke or self.role is not None or self.male + self.female > 0

    def fits(self, pronoun: str) -> bool:
        """Tell whether ``pronoun`` can refer to this entity."""
        if pronoun in ("he", "er", "il", "él"):
            return self.kind == "person" and self.male >= self.female
        if pronoun in ("she", "elle", "ella"):
            return self.kind == "person" and self.female >= self.male
        if pronoun in ("it",):
            return self.kind == "org"
        if pronoun in ("they", "sie", "ils", "elles", "ellos", "ellas", "we"):
            return self.kind in ("org", "group")
        return self.kind == "person"  # "I"


# Names recur through an article: reading each capitalised run once is most of the
# speed-up of the mention pass. Bounded so that a hostile text cannot grow it.
NAME_CACHE_SIZE = 4096


def clean_word(word: str) -> str:
    """Drop a sentence's full stop and a possessive from a name word."""
    if word.endswith(".") and word.casefold() not in _cues.TITLES and not _is_initial(word):
        word = word[:-1]
    for suffix in ("’s", "'s", "’", "'"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


@functools.lru_cache(maxsize=NAME_CACHE_SIZE)
def _cleaned(word: str) -> tuple[str, str]:
    """Return a name word cleaned by :func:`clean_word` and its casefolded form (cached).

    Name words recur across the capitalised runs of a text far more than whole runs do.
    """
    word = clean_word(word)
    return word, word.casefold()


def _is_initial(word: str) -> bool:
    # "G." or "G.K." or "U.S.": letters each followed by a full stop.
    return len(word) >= 2 and word.endswith(".") and all(len(p) == 1 for p in word[:-1].split("."))


def is_name_word(word: str) -> bool:
    """Tell whether ``word`` may be part of a name: capitalised, and no known non-name.

    Args:
        word: one word as written.

    Returns:
        Whether it starts with a capital and is not a word that never names anyone.
    """
    return word[:1].isupper() and word.casefold() not in _cues.NON_NAMES


class _Name(NamedTuple):
    name: str
    role: str | None
    kind: str


@functools.lru_cache(maxsize=NAME_CACHE_SIZE)
def split_name(words: tuple[str, ...]) -> _Name | None:
    """Read a capitalised run ("Ukrainian President Volodymyr Zelensky") as a name.

    Returns:
        The name, the title words before it as role, and whether it names a person or
        an organisation; ``None`` when the run names neither.
    """
    cleaned = [pair for pair in map(_cleaned, words) if pair[0]]
    first = 0
    while first < len(cleaned) and cleaned[first][1] in _cues.NON_NAMES:
        first += 1
    if first == len(cleaned):
        return None
    words = tuple(word for word, _ in cleaned[first:])
    keys = [key for _, key in cleaned[first:]]
    if keys[-1] in _cues.ORG_WORDS:
        return _Name(" ".join(words), None, "org")
    if keys[-1] in _cues.PLACE_WORDS or (len(keys) == 2 and keys[0] in _cues.PLACE_FIRST_WORDS):
        return None  # a place: "North Korea", "Romare Bearden Park"
    k = len(words)
    while (
        k > 0
        and keys[k - 1] not in _cues.TITLES
        and keys[k - 1] not in _cues.ORG_WORDS
        and (
            (words[k - 1][:1].isupper() and keys[k - 1] not in _cues.NON_NAMES)
            or words[k - 1] in _PARTICLE_WORDS
        )
    ):
        k -= 1
    name = words[k:]
    if not name and len(words) > 1 and words[-1][:1].isupper() and keys[-1] not in _cues.NON_NAMES:
        k = len(words) - 1  # a surname that is also a title: "Mr. King", "Ms. Bishop"
        name = words[k:]
    if not name or (len(name) > 1 and all(w.isupper() for w in name)):
        return None  # nothing left, or a heading in capitals ("HAS INVESTIGATED HIM")
    role = " ".join(words[:k]) or None
    return _Name(" ".join(name), role, "person")


_PARTICLE_WORDS = frozenset(_PARTICLE[3:-1].split("|"))  # the alternatives of _PARTICLE


_ARTICLES = frozenset(["The", "A", "An"])
_AFTER_THE = re.compile(r"\b[Tt]he $")
_AFTER_OF = re.compile(r"\bof $")
# What may stand between a name and its reporting verb: a party tag in brackets, an
# auxiliary or an adverb ("Anderson largely agreed", "Perdue (R-Ga.) said").
_AFTER_NAME = re.compile(
    r"[\s,]*(?:\([^()\n]{0,40}\)[\s,]*)?"
    r"(?:(?:also|has|had|have|later|then|again|further|[a-z]{2,20}ly)\s+)?(\w+)"
)


# "The first deputy minister of information, Daniil Bezsonov, said": a description that
# starts its clause with an article and ends in a comma right before a name.
_APPOSITION_BEFORE = re.compile(r"(?:^|[.;:]\s+|\n)((?:The|the|A|a|An|an) [^,.;:\n]{3,120}), $")
# How far before a name its description is looked for, in characters.
MAX_APPOSITION_CHARS = 150


def _apposition_before(text: str, lo: int, pos: int) -> str | None:
    """Return the description set off before a name at ``pos`` ("the mayor, X"), if any."""
    if text[max(lo, pos - 2) : pos] != ", ":
        return None
    m = _APPOSITION_BEFORE.search(text, max(lo, pos - MAX_APPOSITION_CHARS), pos)
    return None if m is None else m.group(1)


POSSESSIVES = ("’s", "'s", "’", "'")
# A preposition right before a name makes it no subject ("according to X" aside, which
# _cue_before reads): "with Rusty Humphries", "to Obama".
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:to|of|with|by|for|from|at|in|on|about|against|than|like|under|over|and|or"
    r"|behind|between|among|including|into|toward|towards|titled|entitled|named|called)\s+$"
)
# Most lower-case words a title between two names has ("campaign press secretary").
MAX_TITLE_GAP_WORDS = 3


def _title_between(gap: str) -> bool:
    """Tell whether ``gap`` between two names is a title ("Trump campaign spokesman X")."""
    words = gap.split()
    return (
        0 < len(words) <= MAX_TITLE_GAP_WORDS
        and words[-1] in _cues.TITLES
        and all(w.islower() and w not in _cues.CUES for w in words)
    )


# Longest word of _PREPOSITION_BEFORE with its spaces.
PREPOSITION_CHARS = 12
_LOWER_WORD = re.compile(r"\b[a-z]{2,}")


# ", president of the caucus" or ", a spokesman for": a description after a name.
_APPOSITION_AFTER = re.compile(r", (?:the |a |an )?[a-z][\w-]* (?:of|for|at)\b")


def _in_heading(text: str, start: int, end: int) -> bool:
    """Tell whether a name stands in a short line with no lower-case word (a heading)."""
    lo = max(0, start - MAX_HEADING_CHARS)
    line_start = text.rfind("\n", lo, start) + 1
    if line_start == 0 and lo > 0:
        return False  # a line this long is no heading
    hi = min(len(text), end + MAX_HEADING_CHARS)
    line_end = text.find("\n", end, hi)
    if line_end < 0:
        if hi < len(text):
            return False
        line_end = hi
    return _LOWER_WORD.search(text, line_start, line_end) is None


# A heading is a line of a few words: the longest on the PolNeAR dev half are about
# 90 characters; bounding the look keeps a flood of capitalised words linear.
MAX_HEADING_CHARS = 200


_WORD_BEFORE = re.compile(r"(\w+) +$")
_TITLE_OF = re.compile(r"([A-Z][\w.-]*) of $")


# A capitalised preposition opening a run governs the name in it ("On The Steve Harvey
# Show", "With Ann Lee").
RUN_PREPOSITIONS = _cues.words(
    """
    on in at with for from by to of about after before nach mit bei von vor für über auf
    aus zu seit durch gegen ohne unter dans pour avec sur sous après avant en con para
    sobre desde tras según
    """
)


# A full stop followed by a comma, a bracket or a lower-case word ends an abbreviation,
# not a sentence: "(R-Fla.)", "Calif., said", "Del. Stacey".
NOT_A_FULL_STOP = re.compile(r"[ \u00a0]*[,)a-z]")
# "Calif." is the longest common state abbreviation in American news copy.
MAX_ABBREVIATION_CHARS = 6


def _ends_sentence(text: str, word: str, end: int, hi: int) -> bool:
    """Tell whether the full stop of ``word`` ending at ``end`` ends a sentence.

    "Okla., police" or "Calif. governor": a comma or a lower-case word after it makes
    it an abbreviation.
    """
    return (
        word.endswith(".")
        and not _is_initial(word)
        and NOT_A_FULL_STOP.match(text, end, hi) is None
    )


def _after_preposition(text: str, lo: int, pos: int) -> bool:
    """Tell whether a preposition stands before a name at ``pos``, as in "with X".

    The "of" of a title ("Secretary of State John F. Kerry") is no such preposition.
    """
    window = max(lo, pos - PREPOSITION_CHARS - MAX_ABBREVIATION_CHARS)
    if _PREPOSITION_BEFORE.search(text, max(lo, pos - PREPOSITION_CHARS), pos) is None:
        return False
    m = _TITLE_OF.search(text, window, pos)
    return m is None or m.group(1).casefold() not in _cues.TITLES


# How far before a name a reporting verb is looked for ("said Nick Witney").
CUE_BEFORE_CHARS = 20


def _cue_before(text: str, lo: int, pos: int, *, svo: bool) -> bool:
    """Tell whether a reporting verb stands right before a name at ``pos`` ("noted X").

    In English (``svo``) the verb must open its clause (after a quotation, a comma or the
    sentence start): in "McLenney said Clinton doesn't care" the name after it is the
    subject of what McLenney said. German puts the verb second and its subject after
    it anywhere ("Am Montag sagte Merkel").
    """
    m = _WORD_BEFORE.search(text, max(lo, pos - CUE_BEFORE_CHARS), pos)
    if m is None or m.group(1).casefold() not in _cues.INVERTING_CUES:
        return False
    before = text[max(lo, m.start() - 2) : m.start()].rstrip()
    return not svo or not before or not before[-1].isalnum()


def _speaking_surname(text: str, word: str, key: str, end: int, hi: int) -> bool:
    """Tell whether an unknown capitalised ``word`` ending at ``end`` is a person who speaks.

    ``key`` is the word as looked up, the casefolded form :func:`_cleaned` gives.
    """
    return (
        # "Clinton said", not "… eine Aufgabe, erklärt der Chef": a comma puts the verb
        # after another clause (and a German noun is capitalised too).
        text.startswith(" ", end)
        and not word.endswith(".")
        and not word.isupper()
        and key not in _cues.COMMON_SPEAKERS
        and key not in _cues.INDEFINITES
        and key not in _cues.PLACE_WORDS
        and _reports(text, end, hi, verbs_only=True)
    )


def _reports(text: str, pos: int, hi: int, *, verbs_only: bool = False) -> bool:
    """Tell whether a reporting verb follows a name ending at ``pos`` ("X, also said").

    With ``verbs_only``, a cue that may be a noun ("Republican claims") does not count.
    """
    m = _AFTER_NAME.match(text, pos, hi)
    if m is None:
        return False
    word = m.group(1).casefold()
    return word in _cues.CUES and not (verbs_only and word in _cues.CUE_NOUNS)


@functools.lru_cache(maxsize=NAME_CACHE_SIZE)
def _runs_of(run: str) -> tuple[tuple[str, ...], ...]:
    """Split a capitalised run into words and cut it where a sentence ends (cached)."""
    return tuple(tuple(words) for words in _sentence_runs(run.split()))


def _sentence_runs(words: Sequence[str]) -> list[list[str]]:
    """Cut a capitalised run where a sentence ends inside it ("in Kharkiv. Russian forces")."""
    runs: list[list[str]] = [[]]
    for word in words:
        runs[-1].append(word)
        if word.endswith(".") and word.casefold() not in _cues.TITLES and not _is_initial(word):
            runs.append([])
    return [run for run in runs if run]


class _Undecided(NamedTuple):
    """What decides whether a person's mention is a subject (see Mentions._read_subjects)."""

    mention: int  # its index in the mention lists
    text: str
    lo: int  # start of the stretch scanned
    start: int
    end: int
    governed: bool  # after a preposition
    possessive: bool
    reports: bool  # a reporting verb follows
    sentence_open: bool  # no person named yet in the sentence
    first: bool  # the person's first mention
    person_end: int  # where the stretch's person named before ends, else -1


class Mentions:
    """The people and organisations the text names outside quotations, in order."""

    def __init__(self, *, svo: bool = True) -> None:
        # Whether the first name of a sentence is its subject: so in English, French or
        # Spanish; German puts the subject after the verb as often and capitalises
        # every noun, so there only reporting verbs mark a subject.
        self.svo = svo
        self.positions: list[int] = []
        self.entities: list[Entity] = []
        # Whether each mention is a clause's subject: the first person a sentence names,
        # or a person next to a reporting verb ("X said", "said X").
        self.subjects: list[bool] = []
        # What decides whether a person's mention is a subject, kept until a pronoun asks
        # (:meth:`_read_subjects`): only pronouns read subjects, and most texts that ask
        # for a speaker ask for no pronoun's (69 of 387 on the development pages).
        self._undecided: list[_Undecided] = []
        # State of the scan: no person named yet in the sentence, where the last
        # person's name ended.
        self._open = True
        self._person_end = -1
        self.by_name: dict[str, Entity] = {}
        self.by_last: dict[str, list[Entity]] = {}
        # The person the last attributed quotation went to, and where it stood.
        self.last_speaker: tuple[int, Entity] | None = None
        # Stretches given to :meth:`scan_later` and not read yet: a text whose quotations
        # name no one never asks for its mentions (about 300 of the 691 development pages,
        # a fifth of the stage's time), so the scan waits for the first question.
        self._unread: list[tuple[str, int, int]] = []

    def scan_later(self, text: str, lo: int, hi: int) -> None:
        """Have :meth:`scan` read ``text[lo:hi]`` before the first question asked."""
        self._unread.append((text, lo, hi))

    def _read_unread(self) -> None:
        # The list is emptied first: the scan asks this object questions of its own.
        unread, self._unread = self._unread, []
        for text, lo, hi in unread:
            self.scan(text, lo, hi)

    def _read_subjects(self) -> None:
        """Decide, in text order, which person mentions kept by :meth:`_person` are subjects.

        A subject is the first person a sentence names (not after a preposition, not a
        possessive), a person next to a reporting verb ("X said", "noted X"), or the
        person a title hands the subject on to ("Trump campaign spokesman Jason Miller").
        """
        if self._unread:
            self._read_unread()
        subjects, svo = self.subjects, self.svo
        for u in self._undecided:
            text, start, end = u.text, u.start, u.end
            subject = (
                not u.governed
                and (
                    u.reports
                    or (
                        not u.possessive
                        and ((u.sentence_open and svo) or _cue_before(text, u.lo, start, svo=svo))
                    )
                )
                and not _in_heading(text, start, end)
            )
            if (
                not subject
                and not u.governed
                and not u.possessive
                and u.first
                and _APPOSITION_AFTER.match(text, end) is not None
            ):
                # "…, which concerns Henry Crespo, president of the caucus.": a person the
                # text introduces with a description is about to speak.
                subject = True
            i = u.mention
            if (
                not subject
                and u.person_end >= 0
                and i > 0
                and subjects[i - 1]
                and _title_between(text[u.person_end : start])
            ):
                subjects[i - 1], subject = False, True
            subjects[i] = subject
        self._undecided = []

    def entity(self, name: str, kind: str, role: str | None) -> Entity:
        """Return the entity ``name`` refers to, creating it when new."""
        if self._unread:
            self._read_unread()
        last = name.rsplit(maxsplit=1)[-1].casefold()
        found = None
        if kind == "person" and " " not in name:
            found = self.surname(last)
        if found is None:
            found = self.by_name.get(name.casefold())
        if found is None:
            found = Entity(name, kind, role)
            self.by_name[name.casefold()] = found
            first = name.split(maxsplit=1)[0].casefold()
            if kind == "person" and " " in name:
                found.male += FIRST_NAME_WEIGHT * (first in _cues.MALE_FIRST_NAMES)
                found.female += FIRST_NAME_WEIGHT * (first in _cues.FEMALE_FIRST_NAMES)
        if kind == "person":
            if found.role is None:
                found.role = role
            same = self.by_last.setdefault(last, [])
            if found not in same:
                same.append(found)
            if role:
                for word in role.casefold().split():
                    found.male += word in _cues.MALE_WORDS
                    found.female += word in _cues.FEMALE_WORDS
        return found

    def surname(self, key: str) -> Entity | None:
        """Return the person a bare surname names (casefolded ``key``), if any.

        Of several people sharing it ("Bill Clinton", "Hillary Clinton") the one quoted
        or reporting wins, then the one named most often, then the one named last.
        """
        if self._unread:
            self._read_unread()
        people = self.by_last.get(key)
        if not people:
            return None
        # A surname read alone before the full name ("Flynn says" in a headline) is the
        # person the full name gives; "President Obama" is someone of their own.
        people = [p for p in people if " " in p.name or p.role is not None] or people
        if len(people) == 1:
            return people[0]
        return max(reversed(people), key=lambda p: (p.spoke, p.mentions))

    def add(self, position: int, entity: Entity, subject: bool = False) -> None:
        """Record that ``entity`` is named at ``position`` (as a clause's subject or not)."""
        self.positions.append(position)
        self.entities.append(entity)
        self.subjects.append(subject)
        entity.mentions += 1

    def scan(self, text: str, lo: int, hi: int) -> None:
        """Collect the mentions of ``text[lo:hi]``, a stretch outside quotations."""
        # The last person named, where the name ends: a pronoun later in the same
        # sentence most likely refers to them, which tells their gender.
        in_sentence: Entity | None = None
        named_end = lo
        # A stretch starts a sentence or follows a quotation ("“…,” X said"): the first
        # person it names is a subject either way.
        self._open, self._person_end = True, -1
        event_end = lo
        sentence_end = _SENTENCE_END.search
        # Most events are single capitalised words that name no one (German nouns,
        # sentence starts): the lookups below are inlined for them, as the scan is the
        # costliest stage of extract_quotes.
        by_last = self.by_last
        for m in _EVENTS.finditer(text, lo, hi):
            position, end = m.span()
            if sentence_end(text, event_end, position) is not None:
                self._open = True
            event_end = end
            if m.lastgroup == "pron":
                # Only "he" and "she" tell a gender: "his" or "her" as often belong to
                # someone named in a clause between ("X met Y, who began his speech").
                if in_sentence is not None and sentence_end(text, named_end, position) is None:
                    if m.group() in _MALE_SUBJECTS:
                        in_sentence.male += 1
                    else:
                        in_sentence.female += 1
                    in_sentence = None
                self._open = False  # "he told X": the pronoun is the sentence's subject
            else:
                run = m.group()
                if " " not in run and "\u00a0" not in run:
                    if run in _SENTENCE_STARTERS:
                        continue
                    # One word names an organisation or a person met before.
                    clean, key = _cleaned(run)
                    entity: Entity | None = None
                    if key in _cues.ORG_WORDS:
                        entity = self.entity(clean, "org", None)
                    elif key in by_last:
                        entity = self.surname(key)
                    if entity is None and self._open and key in _cues.COMMON_SPEAKERS:
                        # "Critics of the program … They wrote": a group opening a sentence
                        # is what a later "they" refers to.
                        self.add(position, self.entity(clean, "group", None), True)
                        self._open = False
                        continue
                    if entity is None:
                        # German capitalises nouns: "den Drogenkonsum betonte er".
                        reports = self.svo and _speaking_surname(text, run, key, end, hi)
                        if reports:
                            # "Clinton said" with no full name before: a person all the
                            # same, as attribution will read them, so that a later "she"
                            # finds them.
                            entity = self.entity(clean, "person", None)
                    elif entity.kind == "person":
                        reports = not run.endswith(".") and _reports(text, end, hi)
                    if entity is not None:
                        if entity.kind == "person":
                            entity.spoke = entity.spoke or reports
                            self._person(text, lo, m, entity, last_word=run, reports=reports)
                            in_sentence, named_end = entity, end
                        else:
                            self._organisation(text, lo, position, entity)
                    if run.endswith(".") and _ends_sentence(text, run, end, hi):
                        in_sentence, self._open = None, True
                    continue
                runs = list(_runs_of(run))
                before = text[max(lo, position - 4) : position]
                # (The suffix tests spare most runs the regular expressions.)
                after_the = before.endswith("he ") and _AFTER_THE.search(before) is not None
                if before.endswith("of ") and _AFTER_OF.search(before) and len(runs[0]) > 2:
                    # "Secretary of State John F. Kerry": the word after "of" ends the title.
                    runs[0] = runs[0][1:]
                for n, words in enumerate(runs):
                    if n:
                        self._open = True  # "in Kharkiv. Russian forces": a new sentence
                    # "The Dragon Waiting" opening a sentence reads like "the Middle East".
                    article = after_the or words[0] in _ARTICLES
                    entity = self._read_run(words, article and n == 0)
                    if entity is not None:
                        if entity.kind == "person":
                            reports = n == len(runs) - 1 and _reports(text, m.end(), hi)
                            entity.spoke = entity.spoke or reports
                            self._person(
                                text,
                                lo,
                                m,
                                entity,
                                last_word=words[-1],
                                reports=reports,
                                position=position,
                            )
                            in_sentence, named_end = entity, m.end()
                            if entity.role is None and n == 0:
                                entity.role = _apposition_before(text, lo, m.start())
                        else:
                            self._organisation(text, lo, position, entity)
                    position += 1  # keeps the mentions of one run in order
                if run.endswith(".") and _ends_sentence(text, run.rsplit(maxsplit=1)[-1], end, hi):
                    in_sentence, self._open = None, True

    def _organisation(self, text: str, lo: int, position: int, entity: Entity) -> None:
        """Record an organisation named at ``position``, a subject when it opens a sentence."""
        subject = self._open and self.svo and not _after_preposition(text, lo, position)
        if subject:
            self._open = False
        self.add(position, entity, subject)

    def _person(
        self,
        text: str,
        lo: int,
        m: re.Match[str],
        entity: Entity,
        *,
        last_word: str,
        reports: bool,
        position: int | None = None,
    ) -> None:
        """Record a person named by the match ``m``; whether a subject is decided later.

        :meth:`_read_subjects` decides it from what is kept here.
        """
        start, end = m.span()
        possessive = last_word.endswith(POSSESSIVES)
        first_word = m.group().split(maxsplit=1)[0].casefold()
        governed = first_word in RUN_PREPOSITIONS or _after_preposition(text, lo, start)
        self._undecided.append(
            _Undecided(
                len(self.subjects),
                text,
                lo,
                start,
                end,
                governed,
                possessive,
                reports,
                self._open,
                entity.mentions == 0,
                self._person_end,
            )
        )
        if not possessive and not governed:
            # "On Tuesday's show with Steve Harvey, Clinton criticized …": a name after a
            # preposition leaves the subject to come.
            self._open = False
        self._person_end = end
        self.add(start if position is None else position, entity)

    def _read_run(self, words: Sequence[str], after_the: bool) -> Entity | None:
        split = split_name(tuple(words))
        if split is None:
            return None
        if split.kind == "org":
            return self.entity(split.name, "org", None)
        if split.name.isupper():
            return None  # an acronym ("DNC") is no person
        if after_the and split.role is None:
            return None  # "the Middle East": people go without an article, places not
        if " " in split.name or split.role is not None:
            return self.entity(split.name, "person", split.role)
        return self.surname(split.name.casefold())

    def fullest(self, name: str) -> Entity | None:
        """Return the entity a surname or full name refers to, if named before."""
        if self._unread:
            self._read_unread()
        if " " not in name:
            return self.surname(name.casefold()) or self.by_name.get(name.casefold())
        return self.by_name.get(name.casefold())

    def other_between(self, last: tuple[int, Entity], hi: int, pronoun: str) -> bool:
        """Tell whether another subject who fits ``pronoun`` is named since ``last``."""
        if self._unread or self._undecided:
            self._read_subjects()
        k = bisect.bisect_left(self.positions, last[0])
        end = min(bisect.bisect_left(self.positions, hi), k + MAX_ANTECEDENT_MENTIONS)
        return any(
            self.subjects[j]
            and self.entities[j] is not last[1]
            and self.entities[j].kind == "person"
            and self.entities[j].fits(pronoun)
            for j in range(k, end)
        )

    def antecedent(self, position: int, pronoun: str) -> Entity | None:
        """Return the most recent entity before ``position`` that ``pronoun`` fits."""
        if self._unread or self._undecided:
            self._read_subjects()
        k = bisect.bisect_left(self.positions, position)
        # Best first: a speaker, a person the text shows is one, anyone. "he said"
        # refers to someone quoted or reporting before far more often than to whoever
        # was named last, and two capitalised words may be a place ("New York"), while a
        # title or a pronoun shows a person. (Ranking speakers whose gender was seen
        # above other speakers lost 3 of 137 pronoun quotes on the PolNeAR dev half.)
        ranked: list[Entity | None] = [None, None, None]
        for j in range(k - 1, max(-1, k - 1 - MAX_ANTECEDENT_MENTIONS), -1):
            entity = self.entities[j]
            if not entity.fits(pronoun):
                continue
            if self.subjects[j]:
                return entity
            if entity.kind != "person":
                # "They sent a letter to Senate leaders": an organisation named as an
                # object yields to a subject named before it.
                if ranked[0] is None:
                    ranked[0] = entity
                continue
            rank = 2
            if entity.spoke:
                rank = 0
            elif entity.confirmed():
                rank = 1
            if ranked[rank] is None:
                ranked[rank] = entity
        return next((entity for entity in ranked if entity is not None), None)
