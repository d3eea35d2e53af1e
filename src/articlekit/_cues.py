"""The lexicon quote attribution reads: reporting verbs, titles, organisation and place
words, pronouns, common given names.

Data only, besides the one-line ``words`` reader. Every entry is lower-case; the attributor compares
``token.casefold()``. English is complete enough for news copy; German, French and
Spanish carry the common reporting verbs so that attribution works there too.
"""

from __future__ import annotations

__all__ = [
    "AUXILIARIES",
    "CLAUSE_WORDS",
    "COMMON_SPEAKERS",
    "CUES",
    "CUE_NOUNS",
    "DETERMINERS",
    "DOCUMENTS",
    "FEMALE_FIRST_NAMES",
    "FEMALE_WORDS",
    "INDEFINITES",
    "INVERTING_CUES",
    "MALE_FIRST_NAMES",
    "MALE_WORDS",
    "MULTIWORD_CUES",
    "NAME_INTRODUCERS",
    "NON_NAMES",
    "ORG_WORDS",
    "PLACE_FIRST_WORDS",
    "PLACE_WORDS",
    "PRONOUNS",
    "SKIPPABLE",
    "TITLES",
    "words",
]


def words(text: str) -> frozenset[str]:
    """Return the whitespace-separated words of ``text`` as a set (lexicons read as prose)."""
    return frozenset(text.split())


# Reporting verbs in every form a news sentence uses them (present, past, participle).
_ENGLISH_CUES = (
    "say says said saying",
    "tell tells told telling",
    "add adds added adding",
    "state states stated stating",
    "assert asserts asserted asserting",
    "claim claims claimed claiming",
    "acknowledge acknowledges acknowledged acknowledging",
    "confirm confirms confirmed confirming",
    "note notes noted noting",
    "write writes wrote writing",
    "explain explains explained explaining",
    "argue argues argued arguing",
    "insist insists insisted insisting",
    "warn warns warned warning",
    "ask asks asked asking",
    "reply replies replied replying",
    "respond responds responded responding",
    "tweet tweets tweeted tweeting",
    "post posts posted posting",
    "announce announces announced announcing",
    "declare declares declared declaring",
    "recall recalls recalled recalling",
    "continue continues continued continuing",
    "urge urges urged urging",
    "suggest suggests suggested suggesting",
    "admit admits admitted admitting",
    "concede concedes conceded conceding",
    "contend contends contended contending",
    "maintain maintains maintained maintaining",
    "observe observes observed observing",
    "remark remarks remarked remarking",
    "report reports reported reporting",
    "reiterate reiterates reiterated reiterating",
    "stress stresses stressed stressing",
    "emphasize emphasizes emphasized emphasizing",
    "emphasise emphasises emphasised emphasising",
    "predict predicts predicted predicting",
    "promise promises promised promising",
    "vow vows vowed vowing",
    "pledge pledges pledged pledging",
    "complain complains complained complaining",
    "demand demands demanded demanding",
    "joke jokes joked joking",
    "quip quips quipped quipping",
    "shout shouts shouted shouting",
    "yell yells yelled yelling",
    "scream screams screamed screaming",
    "exclaim exclaims exclaimed exclaiming",
    "whisper whispers whispered whispering",
    "mutter mutters muttered muttering",
    "conclude concludes concluded concluding",
    "counter counters countered countering",
    "retort retorts retorted retorting",
    "testify testifies testified testifying",
    "describe describes described describing",
    "call calls called calling",
    "corroborate corroborates corroborated corroborating",
    "deny denies denied denying",
    "boast boasts boasted boasting",
    "caution cautions cautioned cautioning",
    "agree agrees agreed agreeing",
    "recount recounts recounted recounting",
    "mention mentions mentioned mentioning",
    "scold scolds scolded scolding",
    "comment comments commented commenting",
    "read reads",
    "sing sings sang singing",
    "chant chants chanted chanting",
    "cry cries cried crying",
    "plead pleads pleaded pleading",
    "charge charges charged charging",
    "accuse accuses accused accusing",
    "criticize criticizes criticized criticizing",
    "criticise criticises criticised criticising",
    "condemn condemns condemned condemning",
    "blast blasts blasted blasting",
    "slam slams slammed slamming",
    "praise praises praised praising",
    "thank thanks thanked thanking",
    "wonder wonders wondered wondering",
    "advise advises advised advising",
    "inform informs informed informing",
    "propose proposes proposed proposing",
    "interject interjects interjected interjecting",
    "recommend recommends recommended recommending",
    "allege alleges alleged alleging",
    "estimate estimates estimated estimating",
    "hope hopes hoped hoping",
    "believe believes believed believing",
    "think thinks thought thinking",
    "feel feels felt feeling",
    "fume fumed fuming",
    "lament laments lamented lamenting",
    "bemoan bemoans bemoaned bemoaning",
    "scoff scoffs scoffed scoffing",
    "mused musing",
    "grumble grumbles grumbled grumbling",
    "chide chides chided chiding",
    "marveled marvelled marveling marvelling",
    "gush gushes gushed gushing",
    "snapped",
    "liken likens likened likening",
)

_GERMAN_CUES = (
    "sagt sagte sagten sagen gesagt",
    "erklärt erklärte erklärten",
    "betont betonte betonten",
    "meint meinte meinten",
    "berichtet berichtete",
    "schreibt schrieb",
    "fordert forderte",
    "warnt warnte",
    "kritisiert kritisierte",
    "ergänzt ergänzte",
    "fügte",
    "teilte",
    "heißt hieß",
)

_FRENCH_CUES = (
    "dit déclaré déclare affirmé affirme ajouté ajoute expliqué explique",
    "estimé estime souligné souligne précisé précise indiqué indique",
    "assuré assure confié confie lancé lance",
)

_SPANISH_CUES = (
    "dijo dice afirmó afirma aseguró asegura señaló señala explicó explica",
    "declaró declara añadió añade agregó agrega indicó indica manifestó",
    "subrayó subraya advirtió advierte sostuvo sostiene",
)

CUES: frozenset[str] = frozenset(
    word
    for group in (_ENGLISH_CUES, _GERMAN_CUES, _FRENCH_CUES, _SPANISH_CUES)
    for line in group
    for word in line.split()
)
"""Single reporting words ("said", "asserted", "sagte", "dijo")."""

INVERTING_CUES: frozenset[str] = words(
    """
    said says added adds noted wrote writes explained explains continued recalled recalls
    observed remarked replied responded argued argues insisted insists countered concluded
    stated declared exclaimed cautioned warned tweeted posted acknowledged admitted conceded
    fumed lamented mused scoffed marveled marvelled
    sagte sagt erklärte betonte schrieb dijo afirmó explicó añadió agregó
    """
)
"""Reporting verbs whose speaker may follow them ("said X", "noted X"): the verbs that
take no person as their object ("told X", "accused X" name a listener or a target)."""

CUE_NOUNS: frozenset[str] = words(
    """
    report reports claim claims note notes post posts call calls tweet tweets promise
    promises pledge pledges demand demands charge charges comment comments remark remarks
    estimate estimates warning cry cries thanks praise hope hopes question questions counter
    statement read reading state states reply replies joke jokes quip quips shout shouts
    whisper whispers vow vows boast boasts caution urge mention mentions chant chants
    lament laments gush gushes
    """
)
"""Cues that are nouns after a determiner ("a report", "his claim", "the call")."""

AUXILIARIES: frozenset[str] = words("a ont avait hat haben hatte ha han había")
"""Auxiliaries before a participle cue that follows a quotation ("a déclaré", "hat gesagt")."""

NAME_INTRODUCERS: frozenset[str] = words("so")
"""Words that introduce a speaker's name right after a quotation ("„…“, so Müller")."""

MULTIWORD_CUES: tuple[tuple[str, ...], ...] = (
    ("according", "to"),
    ("pointed", "out"),
    ("points", "out"),
    ("went", "on"),
    ("goes", "on"),
    ("selon",),
    ("según",),
    ("laut",),
    ("zufolge",),
)
"""Cues that introduce their speaker after them ("according to X")."""

TITLES: frozenset[str] = words(
    """
    president vice prime minister governor gov gov. senator sen sen. rep rep. representative
    congressman congresswoman mayor chief commander commander-in-chief general gen gen. lt
    lt. colonel col col. secretary spokesman spokeswoman spokesperson director chairman
    chairwoman chair ceo cfo coo judge justice attorney ambassador king queen prince
    princess pope bishop archbishop rev rev. dr dr. mr mr. mrs mrs. ms ms. miss sir dame
    lord lady professor prof prof. officer sheriff detective sergeant sgt sgt. captain capt
    capt. coach speaker leader deputy chancellor premier emir sheikh ayatollah cardinal
    father commissioner inspector superintendent marshal admiral adm adm. major maj maj.
    corporal treasurer comptroller auditor founder executive manager editor analyst
    economist candidate nominee head chairperson councillor councilman councilwoman
    councilor alderman delegate envoy consul diplomat minister-president president-elect
    former ex acting interim
    del del. atty atty. supt supt. amb amb. hon hon. pres pres.
    herr frau monsieur madame mme mme. m. señor señora sr sr. sra sra. bundeskanzler kanzler
    kanzlerin ministerpräsident bürgermeister präsident président ministre presidente
    ministro alcalde host anchor moderator presenter reporter correspondent columnist
    bundeskanzlerin ministerpräsidentin bürgermeisterin präsidentin
    bundespräsident ministerin sprecher sprecherin chef chefin vorsitzender vorsitzende
    """
)
"""Titles that may stand before a name ("President", "Sen.", "spokesperson")."""

MALE_WORDS: frozenset[str] = words(
    """
    mr mr. sir herr monsieur señor king prince father lord spokesman congressman chairman
    councilman alderman widower husband son brother he his him himself
    """
)
"""Words that tell a person is referred to as "he"."""

FEMALE_WORDS: frozenset[str] = words(
    """
    mrs mrs. ms ms. miss dame frau madame mme mme. señora queen princess lady spokeswoman
    congresswoman chairwoman councilwoman kanzlerin widow wife mother daughter sister
    she her hers herself
    """
)
"""Words that tell a person is referred to as "she"."""

ORG_WORDS: frozenset[str] = words(
    """
    ministry department house office agency council committee commission party army forces
    force police court congress senate parliament government administration campaign bureau
    service services institute university college foundation association union organization
    organisation company corporation corp corp. inc inc. group bank board authority
    authorities times post news journal tribune network guard navy fund center centre
    federation league coalition alliance caucus cabinet secretariat embassy consulate
    mission directorate command staff team club society trust kremlin pentagon assembly
    ministerium regierung ministère gobierno ministerio
    """
)
"""Words that end an organisation's name ("the Russian Defence Ministry")."""

DOCUMENTS: frozenset[str] = words(
    "statement release letter report post tweet memo email filing interview video message"
)
"""What speaks for its author ("according to a statement from Acme Corp.")."""

PRONOUNS: frozenset[str] = words(
    """
    he she they it we i er sie il elle ils elles él ella ellos ellas
    """
)
"""Pronouns that stand as the subject of a reporting verb."""

DETERMINERS: frozenset[str] = words(
    """
    the a an one two three several some many most few his her their its our another other
    this that these those each every both all my your
    """
)
"""Words that may start a common-noun speaker ("a spokesman", "two officials")."""

COMMON_SPEAKERS: frozenset[str] = words(
    """
    officials sources police witnesses experts residents analysts critics protesters
    supporters opponents observers lawmakers officers authorities prosecutors investigators
    doctors scientists researchers economists democrats republicans voters people organizers
    organisers activists spokesman spokeswoman spokesperson
    """
)
"""Plural or role nouns that speak without a determiner ("officials said")."""

CLAUSE_WORDS: frozenset[str] = words(
    """
    that and but as when while after before because if which who whom whose where although
    though so then than since until or nor yet once whether what how why to for with without
    about on in at by from of into onto over under during not also has have had is are was
    were be been being will would could should can may might must shall do does did und dass
    als wenn weil et que qui mais y pero porque am im bei auf nach vor mit für über während
    lors en à au aux dans pour sur durante tras ante con
    """
)
"""Words that cannot be part of the speaker phrase right before a reporting verb."""

SKIPPABLE: frozenset[str] = words(
    """
    also has have had is was were are be been then later again would will once previously
    recently earlier further repeatedly simply just even reportedly only already quickly
    flatly still often has been first last publicly privately
    """
)
"""Adverbs and auxiliaries that may stand between a speaker and the reporting verb."""

INDEFINITES: frozenset[str] = words(
    """
    others everyone everybody someone somebody nobody anyone anybody none neither either
    """
)
"""Pronouns that start a sentence capitalised ("Others said") and name no one."""

NON_NAMES: frozenset[str] = words(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march july
    september october november december feb mar apr jul aug sep sept oct nov dec today
    yesterday tomorrow meanwhile however but and also still then now later earlier instead
    similarly nevertheless moreover furthermore indeed in on at after before during since
    while when as if the a an this that these those it its he she they we i you his her
    their our my your there here what why how who nor or yet so though
    although because
    """
)
"""Capitalised words that start sentences but are not names."""

FEMALE_FIRST_NAMES: frozenset[str] = words(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty
    margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah
    stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela
    emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria
    heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan
    evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison
    frances kathryn janice abigail alice judy sophia grace denise amber doris marilyn
    danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori
    anne annette claire claudia clara eva eve ingrid irene jane julia katie kate lucy margot
    monica nina rosa sofia susanne ursula valerie vera yvonne nora elena ana marta
    """
)
"""Common women's given names: a first name tells "she" before any pronoun does."""

MALE_FIRST_NAMES: frozenset[str] = words(
    """
    james robert john michael david william richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
    scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
    tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy
    christian keith roger gerald harold sean austin carl arthur lawrence dylan jesse
    jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy
    vincent ralph eugene russell bobby mason philip louis bill mike tom jim bob ben
    dan tim steve chris ed ted fred greg hans karl klaus luis carlos pedro pablo miguel
    francisco jorge ivan igor sergei vladimir dmitry pierre jean-pierre jacques ahmed
    mohammed muhammad ali omar hassan
    """
)
"""Common men's given names: a first name tells "he" before any pronoun does."""

PLACE_FIRST_WORDS: frozenset[str] = words("north south east west new upper lower central greater")
"""First words that make a capitalised pair a place ("North Korea", "New York")."""

PLACE_WORDS: frozenset[str] = words(
    """
    island islands republic kingdom states city county province region valley mountains
    river bay sea ocean street avenue road park square airport stadium bridge lake beach
    """
)
"""Last words that make a capitalised run a place ("Bank of America Stadium")."""
