"""The main text, as typed blocks.

The page is read, never changed (the images extractor walks the same tree
afterwards). Four steps:

1. *mark and measure*: one walk over the tree marks certain boilerplate
   (scripts, navigation, figures, …) and soft boilerplate (class/id words such
   as "share" or "related", furniture tags, hidden boxes), and sums for every
   element its visible text, its link text and its paragraph text; a soft box
   that turns out to hold the story (a misnamed wrapper) is taken back;
2. *choose*: the container with the most paragraph text net of boilerplate
   text wins (rows of teaser cards count for nothing, a container the CMS
   names as the article body gets a small bonus); on a page holding several
   <article>s, the one under the page's headline;
3. *collect*: the container is walked in reading order into typed blocks;
   link lists and link-only lines are left out;
4. *trim*: the headline and what stands above it, and byline, dateline,
   credit and label lines before and after the text are dropped.

docs/extraction-body.md explains each heuristic and the evidence behind its
constant.
"""

from __future__ import annotations

import functools
import logging
import re
from typing import TypeAlias, cast

import lxml.etree
import lxml.html

from articlekit._credits import is_agency_only
from articlekit._models import Block, BlockKind
from articlekit._text import fold, normalize_space

__all__ = ["extract_blocks", "opened_with_description", "without_captions"]

logger = logging.getLogger(__name__)

# --------------------------------------------------------------------------
# Tags
# --------------------------------------------------------------------------

# Never hold article text, whatever their size: code, media, widgets, controls.
_NEVER_TEXT_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "button",
        "iframe",
        "select",
        "option",
        "textarea",
        "input",
        "label",
        "object",
        "embed",
        "canvas",
        "video",
        "audio",
        "picture",
        "img",
        "map",
        "dialog",
        "menu",
        "nav",
        "figure",
        "figcaption",
        "head",
        "title",
        # Ruby annotations: the reading aid printed over East Asian text.
        "rt",
        "rp",
        "link",
        "meta",
    }
)

# Usually page furniture, but some sites wrap the whole page in one of them
# (ASP.NET pages sit inside a <form>, some themes put the story in an <aside>):
# these are dropped only when they do not hold most of the page's text.
_FURNITURE_TAGS = frozenset({"form", "header", "footer", "aside"})

_HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}

# Elements that end the current paragraph (block-level in HTML rendering).
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "blockquote",
        "pre",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "td",
        "th",
        "caption",
        "center",
        "address",
        "hr",
        "body",
        "header",
        "footer",
        "aside",
        "form",
        "fieldset",
        "details",
        "summary",
        *_HEADING_TAGS,
    }
)

# Boxes that may be a menu or a list of links, left out whole when they are.
_BOX_TAGS = frozenset({"ul", "ol", "dl", "div", "section", "table"})

# Phrasing elements: inside a sentence they carry its words, whatever their
# class names say.
_INLINE_TAGS = frozenset(
    {"a", "span", "em", "strong", "b", "i", "u", "abbr", "mark", "small", "cite", "q", "time"}
)

# --------------------------------------------------------------------------
# Class and id words
# --------------------------------------------------------------------------

# The popups of Popup Maker, a WordPress plugin, by its names: never the story.
_POPUP_PLUGIN_WORDS = frozenset({"popmake", "pum"})

# Words of class/id that mark boilerplate, matched against whole words of the
# class/id (split on punctuation and camelCase), so "ad" matches "ad-slot" and
# "div-gpt-ad-1" but never "header", "read" or "head".
_NEGATIVE_WORDS = frozenset(
    {
        "nav",
        "navi",
        "navbar",
        "navigation",
        "menu",
        "footer",
        "share",
        "sharing",
        "shares",
        "sharebar",
        "social",
        "socials",
        "related",
        "relateds",
        "recommended",
        "recommendations",
        "recirculation",
        "promo",
        "promotion",
        "newsletter",
        "newsletters",
        "subscribe",
        "subscription",
        "signup",
        "comment",
        "comments",
        "disqus",
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "banner",
        "sidebar",
        "widget",
        "widgets",
        "ad",
        "ads",
        "adv",
        "advert",
        "adverts",
        "advertisement",
        "advertising",
        "adslot",
        "adunit",
        "dfp",
        "sponsor",
        "sponsored",
        "outbrain",
        "taboola",
        "byline",
        "bylines",
        "author",
        "authors",
        # The author box in German, Spanish, Portuguese, Polish, Czech
        # ("autor-info-card", "comp-autor", "article_autor").
        "autor",
        "autoren",
        "caption",
        "captions",
        "credit",
        "credits",
        "meta",
        "metadata",
        "tags",
        "topics",
        "keywords",
        "breadcrumb",
        "breadcrumbs",
        "pagination",
        "pager",
        "popup",
        "modal",
        "overlay",
        "toolbar",
        "dateline",
        "timestamp",
        "pubdate",
        "date",
        "login",
        "rating",
        "masthead",
        "skip",
        "teasers",
        "trending",
        "popular",
        "mostread",
        "bio",
        "legend",
        "standfirst",
        "dek",
        "subtitle",
        "kicker",
        "overline",
        "excerpt",
        "embed",
        "embeds",
        "player",
        "prompt",
        "webpush",
        "toggle",
        "kommentar",
        "kommentare",
        "licence",
        "license",
        "lizenz",
        "copyright",
        "disclaimer",
        "print",
        "tooltip",
        "poll",
        "audio",
        "lightbox",
        "cta",
        "affiliate",
        "donation",
        "reading",
        "factbox",
        "infobox",
        "sticky",
        # A video player's widgets by the player's name (JW Player, on many
        # news sites: its "Latest videos" carousel, "failed to load" notice)
        # and a player's loading screen ("Video Loading").
        "jwplayer",
        "jwp",
        "preloader",
        # WordPress's comment form ("#respond": "Leave a reply", "Was denkst
        # du?") and its classic themes' line under a post ("postmetadata":
        # "This entry was posted on … and filed under …").
        "respond",
        "postmetadata",
        # A portal's side boxes (Plone, Liferay "portlets"); a story printed
        # in one is taken back as a misnamed wrapper.
        "portlet",
        # Captions named in German ("Bildunterschrift": the line under a
        # picture), like "caption".
        "bildunterschrift",
        "bildunterzeile",
        "bilduntertitel",
        "bildtext",
        # App store badges ("Read us in the app: App Store, Google Play") and
        # a shop's wish list notices ("added to your wish list").
        "appstore",
        "appstores",
        "wishlist",
        # Text for readers without scripts, printed as a paragraph
        # ("jetpack-slideshow-noscript": "This slideshow requires
        # JavaScript."), and boxes the page marks as no content for robots
        # ("robots-nocontent").
        "noscript",
        "nocontent",
        # Notices that pop up for a moment after an action ("Story saved. You
        # can find this story in My Bookmarks", "Link copied").
        "toast",
        "debug",
    }
).union(_POPUP_PLUGIN_WORDS)

# The halves, of two letters or more, that a boilerplate word splits into when
# a class name hyphenates it ("fact-box", "pop-up").
_COMPOUND_HEADS = frozenset(w[:k] for w in _NEGATIVE_WORDS for k in range(2, len(w) - 1))
_COMPOUND_TAILS = frozenset(w[k:] for w in _NEGATIVE_WORDS for k in range(2, len(w) - 1))

# Words that make a class name a statement about the page's state or layout
# rather than a name for the box ("comments-enabled", "has-sidebar",
# "with-ads", "no-sidebar", "sidebar-grid--is-narrow").
_STATE_WORDS = frozenset(
    {
        "has",
        "with",
        "without",
        "no",
        "is",
        "enabled",
        "disabled",
        "active",
        "open",
        "closed",
        "show",
    }
)

# Names of the standfirst that some sites give their subheadings too.
_DEK_WORDS = frozenset({"subtitle", "standfirst", "dek"})

# Names of the wrappers sites put around embedded posts: boilerplate unless
# they hold a quoted post.
_EMBED_WORDS = frozenset({"social", "socials", "widget", "widgets", "embed", "embeds"})

# Boxes that are never the article's wrapper, however much text they hold:
# reader comments outweigh the article on a busy thread, and cookie settings,
# dialogs and sign-up boxes can outweigh a short one.
_NEVER_PROTECTED_WORDS = (
    frozenset(
        {"comment", "comments", "disqus", "cookie", "cookies", "consent", "gdpr", "modal", "popup"}
    )
    | _POPUP_PLUGIN_WORDS
)

# A container named by a word of each list ("article-body", "story__content",
# "entry-content", "post-text") is what the CMS calls the article's text.
# Comment words that name a live ticker's entries when "live" stands beside them.
_LIVE_COMMENT_WORDS = frozenset({"comment", "comments"})
_ARTICLE_WORDS = frozenset({"article", "story", "entry", "post", "news", "blog"})
_BODY_WORDS = frozenset({"body", "content", "text", "copy", "richtext", "prose", "main"})

# Whole class names (not words) that hide an element from every reader.
_HIDDEN_CLASSES = frozenset(
    {"hidden", "hide", "d-none", "is-hidden", "visually-hidden", "sr-only", "screen-reader-text"}
)

# Labels that stand alone between paragraphs: ad markers, widget titles,
# caption toggles, in the languages of the development sets.
_LABEL = re.compile(
    r"(?i)[\W_]*(advert|advertisement|anzeige|werbung|publicidad|publicité|pubblicità|reklame"
    r"|реклама|table of contents|inhaltsverzeichnis|sommaire|para saber más"
    r"|caption|close|comments?|kommentare?|share|teilen|partager|compartir|read more|mehr zum thema"
    r"|lesen sie auch|auch interessant|related|recommended|more|weitere artikel|voir aussi"
    r"|leer más|leggi anche|sponsored|live|menu|related (?:posts|articles|stories)"
    r"|you (?:may|might) also like|recommended (?:videos?|stories|articles|for you|reading)"
    r"|ähnliche beiträge|das könnte sie auch interessieren"
    r"|weiterführende informationen|schlagworte|zum weiterlesen|tags|share this"
    r"|schon gelesen|neueste artikel|weitere themen|le puede interesar|te puede interesar"
    # Words of letters and digits only: an underscore is the closing
    # [\W_]*'s, and a run of them read by both backtracks without end.
    r"|mehr zum thema(?:\s+[^\W_]+){1,4}"
    # What a box shows while its script fetches it ("Loading...").
    r"|please wait|loading|bitte warten|wird geladen|cargando|chargement|caricamento"
    # A tab's or a landmark's name, and a view counter whose number a script
    # fills in ("letture", "1.234 views").
    r"|article|artikel|článek|artículo|articolo|artigo"
    r"|(?:\d[\d.,]*\s*)?(?:views|letture|aufrufe|visualizzazioni|visualizaciones)"
    # What stands in for an advert, an embedded post or a player inside the
    # text: a continuation mark, an embed's label, a player's error.
    r"|(?:article|story) continues below(?: (?:this )?(?:ad|advert|advertisement))?"
    r"|continue reading below|(?:empfohlener )?(?:redaktioneller|externer) inhalt"
    r"|(?:recommended |embedded )?external content"
    r"|(?:we apologi[sz]e, but )?(?:this )?video (?:has )?failed to load"
    r"|(?:this )?video (?:is )?(?:unavailable|not available)"
    # A media player's or a story's length ("1 min", "3 min read").
    r"|\d{1,3} ?min(?:\.|utes?|uten)?(?: read)?"
    r"|(?:reading time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo de leitura"
    r"|tempo di lettura)\W*\d{1,3} ?[^\W\d_]+"
    # A gallery's counter ("Image 1 of 5", "Bild 2 von 12").
    r"|(?:image|photo|picture|slide|bild|foto|imagen|immagine) \d{1,3} (?:of|von|de|di|sur) \d{1,3}"
    r")[\W_]*"
)
# A line that opens with a "see also" label and a colon names another story
# ("Lesen Sie auch: …", "Le puede interesar: …"): a link printed inside the
# text, wherever it stands. Only labels that never open a sentence of news.
_RELATED_PREFIX = re.compile(
    r"(?i)[\W_]*(?:lesen sie auch|mehr zum thema|auch interessant|read more|read also|also read"
    r"|related (?:posts?|articles?|stor(?:y|ies))"
    r"|see also|le puede interesar|te puede interesar|lea también|lee también|voir aussi"
    r"|à lire aussi|lire aussi|leggi anche|czytaj (?:też|także|również)"
    r"|zobacz (?:też|także|również))\s*:"
)
# The word that opens a byline, in the languages of the development sets.
_BYLINE_WORDS = frozenset(
    {"by", "von", "par", "por", "door", "di", "da", "av", "af", "od", "przez"}
)
# Words that join names in a byline ("Jane Doe and John Roe", "de la Cruz").
_NAME_JOINERS = frozenset(
    {
        "and",
        "with",
        "und",
        "et",
        "y",
        "e",
        "en",
        "og",
        "och",
        "i",
        "&",
        "de",
        "del",
        "la",
        "van",
        "von",
        "der",
    }
)
_DATE_OR_TIME = re.compile(
    r"\b(1[89]|20)\d\d\b|\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b"
)
# A Chinese or Japanese date line ("2025年1月13日 20時01分"). Their sentences
# run without spaces, so a short one with a date is one "word": only a line
# that is the date alone is a dateline.
_CJK_DATE_LINE = re.compile(r"\s*\d{4}年\d{1,2}月\d{1,2}日(?:\s*\d{1,2}[時时:]\d{2}分?)?\s*")
# A Chinese, Japanese or Korean byline names the reporter by the word for it
# ("박준석 기자", "半月谈记者 史卫燕"); "記者会" is a press conference. Such a
# line holds a name or two, not a sentence.
_CJK_REPORTER = re.compile(r"기자(?!회)|記者(?!会|會)|记者(?!会)")
_MAX_CJK_BYLINE = 30
# A time told from now, as bylines print it ("5 hours ago", "vor 3 Stunden",
# "il y a 2 jours", "hace 4 horas").
_RELATIVE_TIME = re.compile(
    r"(?i)\d+\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\s+ago\b"
    r"|\bvor\s+\d+\s+(?:min(?:uten)?|std|stunden?|tagen?|wochen?|monaten?)\b"
    r"|\bil y a\s+\d+\s+(?:min(?:utes?)?|heures?|h|jours?|semaines?|mois)\b"
    r"|\bhace\s+\d+\s+(?:min(?:utos?)?|horas?|d[ií]as?|semanas?|meses?)\b"
)
# A clock time or a numeric date: no year alone, no decimal number ("1.85").
_CLOCK_OR_DATE = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}([./])\d{1,2}\1\d{2,4}\b")
# A call to the reader in so many words: subscribe, sign up, support us,
# follow us, get the app, get in touch, in the imperative or the polite form.
# Said of others, the verbs tell rather than call ("millions subscribe to the
# service", "fans follow Jane Doe on TikTok"): then only their call forms
# count, the capitalised imperative opening the call or the verb with "now",
# "here" or "our".
_CALL_WORDS = (
    r"(?-i:Subscribe)|subscribe (?:now|today|here|for free|to our)"
    r"|newsletters?|abonnieren sie|abonnez-vous|suscr[ií]bete|suscr[ií]base"
    r"|suscribirse|click here|hier klicken|klicken sie hier|support (?:our|us)"
    # German imperatives open their sentence ("Abonniere den Kanal"); in lower
    # case they are the first person ("ich unterstütze das").
    r"|(?-i:Abonniere|Unterst[uü]tze)|unterst[uü]tze (?:uns|unser\w*)|apps? for ios"
    r"|download (?:the|our) app|(?-i:Sign up)|sign up (?:here|now|today|for free|(?:for|to) our)"
    r"|get in touch|follow us on"
    # An audio programme's call: "… or listen back here", "How to listen to …";
    # "crowds gathered to listen live as …" tells.
    r"|listen (?:back|again|live) (?:here|now|on)|(?-i:Listen (?:back|again|live)|How to listen)"
    r"|(?-i:Follow (?:them|her|him|me|[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}) on)"
    r"|(?-i:Folge uns|Folgen Sie uns|Folgst du (?:uns )?schon)"
    # "We check our records" tells: only the site's page, app or letter is a call.
    r"|check (?:out )?our (?:\w+ )?"
    r"(?:page|website|site|app|newsletter|coverage|live ?blog|podcast)s?"
    # German calls put "Jetzt" before an infinitive that ends the call
    # ("Jetzt abonnieren.", "Fehler gefunden? Jetzt melden."); a sentence
    # goes on after its verb ("Jetzt melden sich die Eltern").
    r"|(?-i:Jetzt) (?:abonnieren|anmelden|melden|registrieren|bestellen|herunterladen|testen)"
    r"(?=[.!]|\s*$| und )"
)
# A paragraph after the story that carries a call is the site's promo, printed
# in a plain <p> without a telling class name ("Der Newsletter informiert Sie
# … Hier geht's zur Anmeldung"), up to _MAX_PROMO characters; it is not the
# story's last paragraph either.
_CALL = re.compile(rf"(?i)\b(?:{_CALL_WORDS})\b")
_MAX_PROMO = 300
# A short one goes too (besides one with a call) when it names a
# subscription or a registration, or gives an e-mail address: a promo or a
# contact line. These words stand in a story's last paragraphs too ("worth a
# digital subscription?", "more from jane@city.gov"); their conjugations more
# so ("registrierte die Polizei 300 Fälle", "suscribió un convenio"), which
# are left out.
_PROMO = re.compile(
    r"(?i)\b(?:subscription|abonnement|suscripci[oó]n|abonnieren?|registrier(?:en|ung)"
    r"|suscr[ií]bir\w*|abonne[zr]"
    # The site's disclosure of its shop links ("We may earn an affiliate
    # commission if you buy …", "This post contains affiliate links"); "fined
    # for hiding affiliate links" tells.
    r"|affiliate commissions?|(?:contains|uses) affiliate[- ]links?"
    r"|(?:we|may) earn (?:an? )?(?:small )?commission)\b"
    r"|\S@\w+\.\w"
)
# The newsroom's credits under a wire story: "(Reporting by Jane Doe; Editing
# by John Roe)", names after the role ("Reporting by the Guardian showed …"
# is a sentence), and "Jane Doe contributed reporting from Hong Kong." as a
# whole line ("He contributed reporting to the Times for years" is not).
_NEWSROOM_CREDIT = re.compile(
    r"\W*(?i:(?:additional )?(?:reporting|writing|editing) by)\s+[A-Z]"
    r"|.*\b(?i:contributed (?:reporting(?: from [^.]{1,40})?|to this (?:report|story|article)))"
    r"\W*$"
    # German: "Mit Agenturmaterial.", "Mit Material von dpa und AFP."
    r"|\W*(?i:mit (?:agenturmaterial|material (?:von|der) (?:dpa|afp|ap|reuters|kna|epd|sid"
    r"|nachrichtenagentur)))\b"
)
# A question to the reader about the page itself ("Was this article
# helpful?", "War der Artikel nützlich?"): a feedback widget's prompt.
_ABOUT_THE_PAGE = re.compile(r"(?i)\b(?:article|artikel|beitrag|art[ií]culo)\b[^?]*\?\W*$")
# A PHP error printed into the page by a broken site ("Warning: … in
# /www/htdocs/…/file.php on line 407"): server output, never text.
_SERVER_ERROR = re.compile(
    r"(?:Warning|Notice|Deprecated|Fatal error|Parse error|Strict Standards): [^\n]{1,100}?"
    r" in /\S+ on line \d+"
)
# Japanese papers close a story with its reporters in lenticular brackets
# after the last full stop ("…発表した。【エルサレム松岡大地】").
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»«)\]」』）]*(?:\s*【[^】]{1,40}】)?\s*$")
_URL_ONLY = re.compile(r"https?://\S+")
# A label closed by a separator, before a link ("Read also:", "Mehr |").
_LABEL_END = re.compile(r"[:|»›]\s*$")
_BOLD_TAGS = frozenset({"strong", "b"})
# An arrow opening a line (">> Mehr lesen: …", "> Europe : …", "→ …"); a German
# quotation mark (»…«) is followed by its words, not by a space.
_ARROW = re.compile(r"\s*(?:>>?|»|→|►|▶|➤|➜)\s")
# A picture's credit on a line of its own ("Image: Jane Doe", "Fotos: dpa"), or
# the source or rights of a chart or a video ("Quelle: Landesamt", "Bron: ANP").
_PHOTO_CREDIT = re.compile(
    r"(?i)(?:photos?|fotos?|images?|bild(?:er|rechte|quelle)?|pictures?|cr[ée]dits?|фото"
    r"|колл?аж|rechte|quellen?|sources?|bron|fuente|fonte)\s*:\s*"
    r"[^\s.!?]+(?:\s+[^\s.!?]+){0,5}\s*$"
)
# A block of punctuation alone ("-", "|", "•") is what is left of a row of
# controls or links between separators: no text.
_WORDLESS = re.compile(r"\W+")
_QUOTE_XPATH = lxml.etree.XPath("boolean(.//blockquote)")
_H1_XPATH = lxml.etree.XPath("boolean(.//h1)")
# A heading linked to a place on the same page: a section's permalink, no teaser.
_ANCHOR_HEADING_XPATH = lxml.etree.XPath(
    "boolean(.//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]"
    "//a[starts-with(normalize-space(@href), '#')])"
)
_STRING_LENGTH = lxml.etree.XPath("string-length(.)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_DIGIT = re.compile(r"[0-9]")
# A run of letters and digits between separators, for camelCase splitting.
_ALNUM_RUN = re.compile(r"[A-Za-z0-9]+")
# Two words of two letters or more joined by one hyphen or underscore.
_HYPHENATED = re.compile(r"(?<![a-z0-9])([a-z]{2,})[-_](?=([a-z]{2,})(?![a-z0-9]))")
_WORD_SPLIT = re.compile(r"[^a-z0-9]+")
# The same split for ASCII names, through a table: every ASCII character that
# is no lower-case letter or digit becomes a space (str.translate and
# str.split cost a fraction of a regular expression's split).
_ASCII_WORD_BREAKS = "".join(
    char if char.isdigit() or "a" <= char <= "z" else " " for char in map(chr, range(128))
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

# A run of text shorter than this is no paragraph (readability's 25
# characters): one-line labels ("Advertisement", "Share") must not make a
# container win.
_MIN_SCORED_LENGTH = 25

# A furniture element or a negative-word element that holds at least this
# share of the page's paragraph text is the article wrapper misnamed (pages
# whose whole body sits in a <form>, blogs whose post sits in a "widget"), not
# boilerplate: a majority, since no true box of boilerplate outweighs the
# story on the development pages except reader comments (never taken back).
_PROTECTED_SHARE = 0.5

# A list or a box whose text is mostly link text is a list of other articles
# or a menu; 0.5 is readability's "link density too high" cut for lists.
_MAX_LIST_LINK_DENSITY = 0.5
# A paragraph-like block that is nearly all link text ("Read more: …").
_MAX_BLOCK_LINK_DENSITY = 0.8

# Paragraph text (characters) the headline's <article> must hold to be taken
# for the story (two or three sentences): a teaser <article> holding only the
# headline and a blurb is not.
_HEADLINE_SCOPE_TEXT = 500

# A teaser card: a box with one linked headline and a blurb shorter than this
# (teaser blurbs run one to three sentences; article sections run longer).
_CARD_TEXT = 400
# A nested <article> under a linked picture is a teaser when its text is a
# blurb; a longer one is the story itself with a picture that links to its
# large version (teaser blurbs on the development pages stay under 600).
_TEASER_TEXT = 800
# Cards come in rows; two or more side by side are a teaser list, one alone
# may be a linked subheading of the article itself, unless boxed with its blurb.
_MIN_CARDS = 2
_CARD_BOX_TAGS = frozenset({"div", "section"})

# How much one character of boilerplate text (link lists, short link-laden
# blocks, text outside paragraphs) costs a container against one character of
# paragraph text. Measured on the aeb, fundus and trafilatura development
# sets: 1.0 made single paragraphs win on pages whose story holds inline
# furniture, 0.7 still cost aeb recall; 0.3 and 0.5 scored alike.
_JUNK_WEIGHT = 0.5

# A paragraph this long (characters) is article text for sure; shorter lines
# before the first and after the last of them may be the article's header and
# footer (kicker, byline, date, credit line). 120 characters is about two
# lines of a news column, longer than bylines and datelines on the dev pages.
_BODY_PARAGRAPH = 120
# A byline, a dateline or a label fits in this many characters / words (a
# byline naming four authors is the longest met on the development pages).
_MAX_META_LINE = 100
_MAX_META_WORDS = 10
# A box's heading is a label of a few words ("Related articles", "More from
# the section"); a longer heading over a picture is a listicle's item.
_MAX_LABEL_WORDS = 5
# What follows the names after a comma: an agency or two ("dpa", "AP and
# Reuters"); a sentence that opens with "By Tuesday," goes on longer.
_MAX_AGENCY_WORDS = 3
# "Von Vorname Nachname, Vorname Nachname und Vorname Nachname, dpa"
_MAX_BYLINE_WORDS = 12

# The bonus a container named as the article's text gets over its wrappers,
# so that it wins over a wrapper that adds a few teaser blurbs. 0.1 and 0.3
# both beat no bonus on the aeb and fundus development sets (0.3 began to cost
# trafilatura snippets); 0.2 sits between.
_BODY_BONUS = 0.2

# Climbing from the chosen container to its parent is worth it while the
# parent adds at most this much boilerplate text per character of paragraph
# text (a heading or a short label beside a lead paragraph; a teaser row or a
# link list adds far more). 0.05 to 0.3 scored within 0.001 of each other on
# the three development sets.
_CLIMB_JUNK_SHARE = 0.1

# Prose has next to no braces, semicolons and '=' signs; script text has one
# every dozen characters or so. A twentieth marks code without touching prose
# that quotes an equation.
_CODE_MARK_SHARE = 0.05

# Distinct class/id name lists remembered across pages (a page has a few
# hundred; a few pages' worth is enough to make the cache pay).
_WORDS_CACHE_SIZE = 4096

# Nested deeper than this the walk stops: libxml2 caps HTML nesting at 255,
# this guards the recursion should the parser ever allow more.
_MAX_DEPTH = 400

# What the walks need to know of a tag, as bits: one dict lookup per element
# instead of a lower-casing and a set test per question.
_NEVER = 1  # never text (depends on the walk: <noscript> may count as text)
_FURNITURE = 2
_BLOCK = 4
_HEADING = 8
_INLINE = 16
_LINK = 32  # <a>
_ARTICLE = 64  # <article>
_HEADER = 128  # <header>
_MAIN = 256  # <main>
_BREAK = 512  # <br>
_PRE = 1024  # <pre>
_BOX = 2048  # a box that may be a menu or a list of links
_LIST = 4096  # <ul>, <ol>, <dl>


@functools.lru_cache(maxsize=2)
def _tag_kinds(never_text: frozenset[str]) -> dict[str, int]:
    """Return the bits of every tag the walks treat specially (other tags have none)."""
    kinds: dict[str, int] = {}
    for tags, bit in (
        (never_text, _NEVER),
        (_FURNITURE_TAGS, _FURNITURE),
        (_BLOCK_TAGS, _BLOCK),
        (_HEADING_TAGS, _HEADING),
        (_INLINE_TAGS, _INLINE),
        ({"a"}, _LINK),
        ({"article"}, _ARTICLE),
        ({"header"}, _HEADER),
        ({"main"}, _MAIN),
        ({"br"}, _BREAK),
        ({"pre"}, _PRE),
        (_BOX_TAGS, _BOX),
        ({"ul", "ol", "dl"}, _LIST),
    ):
        for tag in tags:
            kinds[tag] = kinds.get(tag, 0) | bit
    return kinds


def _kind_of(tag: object, kinds: dict[str, int]) -> int:
    """Return the bits of a tag missing from ``kinds``: upper case, unknown, or no tag at all.

    Comments and processing instructions have a function for a tag: never text.
    """
    return kinds.get(tag.lower(), 0) if isinstance(tag, str) else _NEVER


# The sums of an element from the measure walk, in characters, as a plain
# tuple: the walk builds one per element, and the garbage collector stops
# tracking a tuple of numbers (a class instance it would traverse on every
# collection while the page is read). Built once, when the element's walk
# ends, and never changed:
#   text: all visible text;
#   links: the part of it inside links;
#   good: the text of the paragraphs beneath: paragraph-like leaves long
#       enough and with little link text;
#   neutral: short leaves without links (subheadings, labels): neither
#       article nor boilerplate evidence;
#   teaser: whether the element is an <article> for another story: one
#       inside an <article>, under a linked headline or a linked picture;
#   blockish: whether the element is block-level or holds a block-level element;
#   linked_headings: the headings beneath that are mostly link text;
#   linked_images: the links beneath that hold a picture.
_Stats: TypeAlias = tuple[int, int, int, int, bool, bool, int, int]
_TEXT, _LINKS, _GOOD, _NEUTRAL, _TEASER = 0, 1, 2, 3, 4

# The sums of every element left out as boilerplate (its parent leaves it out
# of its own sums).
_SKIPPED: _Stats = (0, 0, 0, 0, False, False, 0, 0)


def _junk(stats: _Stats) -> int:
    """Return the element's text that is neither paragraph text nor neutral."""
    return stats[_TEXT] - stats[_GOOD] - stats[_NEUTRAL]


def _class_words(element: lxml.html.HtmlElement) -> frozenset[str]:
    """Return the lower-case words of the element's class names and id.

    A name that states a condition of the page ("comments-enabled",
    "has-sidebar", "sidebar-grid--is-narrow") says nothing about what the
    element is, and gives no words.
    """
    classes = element.get("class")
    identifier = element.get("id")
    if not identifier:
        return _words_of(classes) if classes else frozenset()
    # Ids are mostly unique: split without filling the cache with them.
    words = _words_of.__wrapped__(identifier)
    return words | _words_of(classes) if classes else words


def _camel_unless_random(match: re.Match[str]) -> str:
    """Split a token's camelCase, unless digits make it a random key."""
    token = match.group()
    return token if _DIGIT.search(token) else _CAMEL.sub(" ", token)


def _split_words(names: str, lower: str) -> list[str]:
    """Split class or id names, and their camelCase, into lower-case words (maybe some '')."""
    if lower != names:
        if _DIGIT.search(names):
            # A random token ("block-id-n1AuAdJlVL") mixes cases and digits;
            # split as camelCase it yields stray words ("ad").
            names = _ALNUM_RUN.sub(_camel_unless_random, names)
        else:
            names = _CAMEL.sub(" ", names)
        lower = names.lower()
    if lower.isascii():
        return lower.translate(_ASCII_WORD_BREAKS).split()
    return _WORD_SPLIT.split(lower)


@functools.lru_cache(maxsize=_WORDS_CACHE_SIZE)
def _words_of(names: str) -> frozenset[str]:
    # Pages repeat the same class names on many elements: cached, the
    # splitting runs once per distinct name list.
    words: set[str] = set()
    for name in names.split():
        parts = _split_words(name, name.lower())
        if _STATE_WORDS.isdisjoint(parts):
            words.update(parts)
    words.discard("")
    return frozenset(words)


def _negative_words(names: str, lower: str, *, compounds: bool = False) -> frozenset[str]:
    """Return the words of a class attribute or an id that mark boilerplate.

    Most pages hold a hundred class lists or more that no other element
    shares, so the list is split in one go; only a list with a name that
    states a condition of the page is split name by name.

    Args:
        names: the class attribute or the id.
        lower: the same in lower case.
        compounds: whether a compound hyphenated in two words ("fact-box",
            "pop-up", "most_read") counts as the word ("factbox"). Class lists
            only: they are judged once, while ids, mostly unique, would pay
            the test on every element.

    Returns:
        The words of ``_NEGATIVE_WORDS`` among the names' words.
    """
    parts = _split_words(names, lower)
    if _STATE_WORDS.isdisjoint(parts):
        negative = _NEGATIVE_WORDS.intersection(parts)
    else:
        negative = _NEGATIVE_WORDS & _words_of.__wrapped__(names)
    # Two adjacent words that join into one: a compound only when a hyphen or
    # an underscore joined them ("modSubTitle" is no "subtitle" box), and a
    # letter alone is no half of one ("teaser--s" is a size, not "teasers").
    # Tested in steps from the cheapest, as most class lists have no half of a
    # compound at all.
    if (
        compounds
        and not _COMPOUND_HEADS.isdisjoint(parts)
        and not _COMPOUND_TAILS.isdisjoint(parts)
    ):
        joined = _NEGATIVE_WORDS.intersection(map(str.__add__, parts, parts[1:]))
        if joined:
            halves = _HYPHENATED.findall(lower)
            negative = negative | joined.intersection(a + b for a, b in halves)
    if negative and not _LIVE_COMMENT_WORDS.isdisjoint(negative) and "live" in parts:
        # A live ticker's commentary ("live-match-comment"): the reporter's
        # minute-by-minute text is the story, not readers' comments.
        negative -= _LIVE_COMMENT_WORDS
    return negative


# Tailwind's utilities that show an element, and the words of the variants
# that apply them on the reader's action rather than on a kind of screen.
_DISPLAY_UTILITIES = frozenset(
    {
        "block",
        "inline",
        "inline-block",
        "flex",
        "inline-flex",
        "grid",
        "inline-grid",
        "table",
        "contents",
    }
)
_INTERACTION_WORDS = frozenset(
    {"hover", "focus", "open", "checked", "expanded", "active", "selected"}
)


def _shown_on_interaction_only(names: list[str]) -> bool:
    """Tell whether the utility classes that show a hidden element all wait for the reader.

    "hidden md:block" (Tailwind) hides on small screens only: the element is
    printed. "hidden aria-expanded:block" or "peer-checked:flex" shows it
    once the reader opens a toggle: a closed box, like a collapsed menu.
    """
    for name in names:
        variant, _, utility = name.rpartition(":")
        if (
            variant
            and utility in _DISPLAY_UTILITIES
            and _INTERACTION_WORDS.isdisjoint(variant.split("-"))
        ):
            return False
    return True


@functools.lru_cache(maxsize=_WORDS_CACHE_SIZE)
def _judge_classes(classes: str) -> tuple[frozenset[str], bool, bool]:
    """Return the boilerplate words of a class attribute, whether it hides the
    element, and whether it names a summary.

    Elements share their class lists: cached, each list is judged once.
    """
    lower = classes.lower()
    names = lower.split()
    hides = not _HIDDEN_CLASSES.isdisjoint(names) and (
        ":" not in lower or _shown_on_interaction_only(names)
    )
    summary = "summary" in lower and "summary" in _split_words(classes, lower)
    return _negative_words(classes, lower, compounds=True), hides, summary


# The verdict on an element without a class attribute, before its other attributes.
_NO_VERDICT: tuple[frozenset[str], bool, bool] = (frozenset(), False, False)
# The boilerplate word given to a summary box that holds a list of key points.
_KEY_POINTS = frozenset({"summary"})
# The attributes besides the class that name or hide an element (a
# role="button" is a control, read like a hidden box).
_NAMING_OR_HIDING = frozenset({"id", "style", "hidden", "aria-hidden", "role"})


def _is_printed_prose(element: lxml.html.HtmlElement) -> bool:
    """Tell whether an element marked aria-hidden is a paragraph of prose all the same.

    aria-hidden hides from screen readers only. On a box it marks a closed menu
    or dialog, which scripts show along with it; on a short paragraph, a label
    drawn for the eye beside its spoken twin ("5 min read"). A paragraph of
    prose so marked is printed: paywalls mark the rest of the story that way.
    """
    return element.tag == "p" and len(element.text_content()) >= _BODY_PARAGRAPH


def _follows_paragraph(element: lxml.html.HtmlElement) -> bool:
    """Tell whether the element's previous sibling, comments aside, is a paragraph of text."""
    for previous in element.itersiblings(preceding=True):
        if isinstance(previous.tag, str):
            return previous.tag == "p" and bool(previous.text_content().strip())
    return False


def _in_running_text(element: lxml.html.HtmlElement) -> bool:
    """Tell whether text runs on right before or right after the element."""
    if element.tail and element.tail.strip():
        return True
    previous = element.getprevious()
    if previous is not None:
        return bool(previous.tail and previous.tail.strip())
    parent = element.getparent()
    return parent is not None and bool(parent.text and parent.text.strip())


def _tag(element: lxml.html.HtmlElement) -> str:
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""


def _judge(run_text: int, run_links: int) -> tuple[int, int]:
    """Count a run of inline text as paragraph text, neutral text, or neither.

    Returns:
        The characters it adds to the paragraph text and to the neutral text.
    """
    if run_text >= _MIN_SCORED_LENGTH and run_links <= _MAX_LIST_LINK_DENSITY * run_text:
        return run_text - run_links, 0
    if not run_links and run_text < _MIN_SCORED_LENGTH:
        return 0, run_text
    return 0, 0


def _small_box_bound(
    box: lxml.html.HtmlElement,
    in_link: bool,
    page_good: int,
    page_net: float,
    unread: tuple[str, ...],
) -> float | None:
    """Bound the paragraph text of a soft box, and of every element in it, if the bound is small.

    A box whose paragraph text is below half the page's, and no more than
    the page's score, is no misnamed wrapper (see ``_Page._mark``), and
    neither is anything in it.

    Args:
        box: an outermost soft box.
        in_link: whether it sits in a link (then all its text is link text).
        page_good: the paragraph text of the page without the soft boxes.
        page_net: the score of the page without the soft boxes.
        unread: the tags whose text is no paragraph text: links and the
            walk's never-text tags.

    Returns:
        At least the paragraph text the box or an element in it can hold,
        when that is small enough; ``None`` when the box must be measured.
    """
    if not (page_net >= 0 and page_good > 0):
        return None  # no bound is small enough
    if in_link:
        return 0.0
    # Paragraph text is visible text outside links: at most all the text
    # beneath, less the text of the outermost links and never-text elements
    # (menus in <nav>, scripts, <select> options).
    # A box without children is common (an empty ad slot, a label): its text
    # is read without an XPath call.
    bound = float(cast(float, _STRING_LENGTH(box)) if len(box) else len(box.text or ""))
    if bound <= page_net and bound < _PROTECTED_SHARE * page_good:
        return bound
    # libxml2 walks the box; Python sees only the elements of those tags, and
    # stops as soon as the bound is small enough.
    walker = lxml.etree.iterwalk(box, events=("start",), tag=unread)
    for _, part in walker:
        if part is not box:
            bound -= cast(float, _STRING_LENGTH(part))
            if bound <= page_net and bound < _PROTECTED_SHARE * page_good:
                return bound
            walker.skip_subtree()  # its text is counted: nested ones are inside it
    return None


class _Page:
    """The measured page: which elements are boilerplate, and their sums."""

    def __init__(self, root: lxml.html.HtmlElement, *, never_text: frozenset[str]) -> None:
        self.kinds = _tag_kinds(never_text)
        self.unread = ("a", *sorted(never_text))
        self.root = root
        if not self._mark(bounded=True):
            # A box left unmeasured might have changed the verdict: measure them all.
            self._mark(bounded=False)

    def _mark(self, *, bounded: bool) -> bool:
        """Mark and measure the page, and take misnamed wrappers back.

        Args:
            bounded: leave unmeasured the soft boxes whose text is too short
                to make them the story's wrapper.

        Returns:
            Whether the verdict stands; ``False`` when a box left unmeasured
            might have changed it (the marks are then incomplete).
        """
        self.hard: set[lxml.html.HtmlElement] = set()
        self.soft: set[lxml.html.HtmlElement] = set()
        self.soft_in_order: list[lxml.html.HtmlElement] = []
        self.hidden: set[lxml.html.HtmlElement] = set()
        self.negative_words: dict[lxml.html.HtmlElement, frozenset[str]] = {}
        # Measure the page without the boilerplate, and each outermost soft
        # box on its own: together one walk over the tree. A soft box is the
        # article's wrapper misnamed when it holds most of the page's
        # paragraphs, or when it would beat every container left without it.
        self.stats: dict[lxml.html.HtmlElement, _Stats] = {}
        # Boxes that hold nothing but teaser cards for other stories.
        self.card_boxes: set[lxml.html.HtmlElement] = set()
        # Boxes that hold one teaser card alone (a linked headline, a blurb).
        self.lone_cards: set[lxml.html.HtmlElement] = set()
        # The soft boxes the walk stopped at, each with whether it sits in a
        # link and in an <article>.
        self._boundary: list[tuple[lxml.html.HtmlElement, bool, bool]] = []
        root = self.root
        self._measure(root, self.stats, True, True, False, False, 0)
        first: dict[lxml.html.HtmlElement, _Stats] = {}
        page_good, page_net = self.stats[root][_GOOD], _net(self.stats[root])
        # Most soft boxes (share bars, menus, footers) hold too little text
        # to be the story's wrapper: a bound on their text, read by libxml2,
        # spares the walk through them. Their paragraph text is unknown but
        # at most the sum of the bounds.
        unmeasured: list[float] = []
        for box, in_link, in_article in list(self._boundary):
            bound = (
                _small_box_bound(box, in_link, page_good, page_net, self.unread)
                if bounded
                else None
            )
            if bound is None:
                self._measure(box, first, False, True, in_link, in_article, 0)
            else:
                first[box] = _SKIPPED
                unmeasured.append(bound)
        self.skip = self.hard | self.soft
        total = page_good + sum(first[box][_GOOD] for box, _, _ in self._boundary)
        candidates = [
            element
            for element in self.soft_in_order
            if element in first
            and first[element][_GOOD]
            and _NEVER_PROTECTED_WORDS.isdisjoint(self.negative_words.get(element, ()))
            and not _is_headless_footer(element, self.negative_words.get(element, frozenset()))
        ]
        protected = {e for e in candidates if first[e][_GOOD] >= _PROTECTED_SHARE * total}
        if protected:
            if unmeasured and any(
                first[e][_GOOD] < _PROTECTED_SHARE * (total + sum(unmeasured)) for e in protected
            ):
                return False  # the unmeasured boxes' text might have made it no majority
            self._protect(protected)
            if unmeasured and max(unmeasured) > _net(self.stats[root]):
                return False  # the page scores lower with the wrapper: the bounds no longer do
        # Hidden boxes (cookie settings, dialogs) are only kept by the share
        # rule: a hidden box full of prose beats many a short article.
        rescued = max(
            (e for e in candidates if e in self.soft and e not in self.hidden),
            key=lambda e: _net(first[e]),
            default=None,
        )
        # The page itself is a container left without the boilerplate: a box
        # that does not beat it beats no container, and the search is spared.
        if (
            rescued is not None
            and _net(first[rescued]) > _net(self.stats[root])
            and _net(first[rescued]) > self._best_net()
        ):
            # Its soft ancestors hold the same text, and would still hide it.
            ancestors = [up for up in rescued.iterancestors() if up in self.soft]
            # A form in a cookie notice is no story's wrapper, whatever it holds.
            if all(
                _NEVER_PROTECTED_WORDS.isdisjoint(self.negative_words.get(up, ()))
                for up in ancestors
            ):
                self._protect({rescued, *ancestors})
        return True

    def _best_net(self) -> float:
        """Return the best score of a container left without the boilerplate."""
        return max(
            (_net(stats) for e, stats in self.stats.items() if e not in self.skip), default=0.0
        )

    def _protect(self, protected: set[lxml.html.HtmlElement]) -> None:
        """Take misnamed wrappers, and their parts named alike, out of the boilerplate.

        The page is measured again without them.
        """
        self.soft -= protected
        self.soft -= {
            element for element in self.soft if self._named_like_wrapper(element, protected)
        }
        self.skip = self.hard | self.soft
        self.stats = {}
        self.card_boxes = set()
        self.lone_cards = set()
        self._measure(self.root, self.stats, True, False, False, False, 0)

    def _named_like_wrapper(
        self, element: lxml.html.HtmlElement, protected: set[lxml.html.HtmlElement]
    ) -> bool:
        """Tell whether a protected ancestor carries the same boilerplate words.

        Such an element is a part of the article's misnamed wrapper
        ("sidebar-grid__content" inside "sidebar-grid"), not a box of its own.
        """
        words = self.negative_words.get(element)
        if not words:
            return False
        stems = {word.rstrip("s") for word in words}  # "article-widget" in "article-widgets"
        return any(
            ancestor in protected
            and stems <= {word.rstrip("s") for word in self.negative_words.get(ancestor, ())}
            for ancestor in element.iterancestors()
        )

    def _classify(
        self, element: lxml.html.HtmlElement, kind: int, names: list[str], in_article: bool
    ) -> bool:
        """Mark the element as soft boilerplate from its tag and names; return whether it is.

        The caller has marked certain boilerplate (by tag) and skips elements
        without attributes that are no furniture. A <header> inside an
        <article> is the story's own (headline, standfirst, byline; trimmed
        later), not the page's masthead.
        """
        furniture = kind & _FURNITURE and not (in_article and kind & _HEADER)
        if not names:
            # Most elements carry no attribute: nothing more to read.
            if furniture:
                self.soft.add(element)
                self.soft_in_order.append(element)
            return bool(furniture)
        classes = element.get("class") if "class" in names else None
        negative, hidden, summary = _judge_classes(classes) if classes else _NO_VERDICT
        if summary and not negative and next(element.iter("ul", "ol"), None) is not None:
            # A summary box of key points ("Das Wichtigste in Kürze", an AI
            # summary) is a fact box. The word alone names standfirsts and
            # whole posts too ("entry-summary"), which hold paragraphs.
            negative = _KEY_POINTS
        if not _NAMING_OR_HIDING.isdisjoint(names):
            identifier = element.get("id")
            # A heading's id is an anchor for a table of contents, made of
            # its own words ("nav_the_film_stays"), no name for a box.
            if identifier and not kind & _HEADING:
                # Ids are mostly unique: judged without filling the cache with them.
                negative |= _negative_words(identifier, identifier.lower())
            if not hidden:
                style = element.get("style")
                hidden = (
                    "hidden" in names
                    or (element.get("aria-hidden") == "true" and not _is_printed_prose(element))
                    # A control drawn as a box (a toggle's "Open/Close"
                    # labels): a <button> in all but its tag.
                    or element.get("role") == "button"
                    or bool(style and _HIDDEN_STYLE.search(style))
                )
        if not (negative or hidden or furniture):
            return False
        if negative and kind & _INLINE and _in_running_text(element):
            # A keyword link or a highlighted name inside a sentence: its words
            # belong to the sentence, whatever its class says.
            negative = frozenset()
        if negative and kind & _HEADING and negative <= _DEK_WORDS and _follows_paragraph(element):
            # A heading named as the standfirst, printed after the story's
            # first paragraph, is a subheading ("h2.subtitle" between two
            # paragraphs); the standfirst comes before the text.
            negative = frozenset()
        if negative and (
            kind & _MAIN
            or element.get("role") == "main"
            or element.get("itemprop") == "articleBody"
        ):
            # The page declares this the main content, whatever its names
            # ("main#skip-main" is the target of a skip link).
            negative = frozenset()
        if negative and negative <= _EMBED_WORDS and _QUOTE_XPATH(element):
            # An embedded post (a tweet in "social-media-embed") is quoted
            # in the story; share bars and sidebars quote nothing.
            negative = frozenset()
        if negative:
            self.negative_words[element] = negative
        # Hidden text is usually a menu or a dialog, but paywalled pages
        # print the rest of the story hidden until a script reveals it.
        if hidden:
            self.hidden.add(element)
        if hidden or furniture or negative:
            self.soft.add(element)
            self.soft_in_order.append(element)
            return True
        return False

    def _measure(  # noqa: PLR0917 - positional: the hot recursion of the module
        self,
        element: lxml.html.HtmlElement,
        into: dict[lxml.html.HtmlElement, _Stats],
        soft_too: bool,
        classify: bool,
        in_link: bool,
        in_article: bool,
        depth: int,
    ) -> _Stats:
        """Sum the element's text; classify it on the way when asked (the first walk).

        Measuring the page (``soft_too``), every element goes into ``into``,
        in document order, and boilerplate is recorded as ``_SKIPPED``, empty;
        the soft boxes met are remembered. Measuring inside a soft box, only
        the soft elements go into ``into``: no other sums are looked up, and
        the element objects of the rest of the box are freed as the walk goes.
        """
        if soft_too:
            # Entered before the children so that ``into`` lists the elements
            # in document order; the sums replace this entry at the end.
            into[element] = _SKIPPED
        tag = element.tag
        kind = self.kinds.get(tag)
        if kind is None:
            kind = _kind_of(tag, self.kinds)
        if classify and depth:
            # Each element is classified once, in this walk: the verdict needs
            # no look-up in the marks afterwards.
            if kind & _NEVER:
                self.hard.add(element)
                return _SKIPPED
            names = element.keys()
            soft = bool(names or kind & _FURNITURE) and self._classify(
                element, kind, names, in_article
            )
            if depth > _MAX_DEPTH or (soft_too and soft):
                if soft:
                    self._boundary.append((element, in_link, in_article))
                return _SKIPPED
        elif element in self.hard or depth > _MAX_DEPTH or (soft_too and element in self.soft):
            if element in self.soft:
                self._boundary.append((element, in_link, in_article))
            return _SKIPPED
        inside = in_article or (kind & _ARTICLE) != 0
        link = in_link or (kind & _LINK) != 0
        # Inline content between block children is a paragraph that lacks its
        # <p> (text straight in a div, lines split by <br>): each run of it is
        # judged as a paragraph, the way readability wraps such runs in <p>.
        # run_text and run_links are the run's characters and link characters.
        text = element.text
        run_text = len(text.strip()) if text else 0
        run_links = run_text if link else 0
        total, links, good, neutral = run_text, run_links, 0, 0
        has_block = False
        linked_headings = linked_images = cards = card_good = 0
        card = None  # the last card met
        # Half the elements have no children: no iterator for them.
        if len(element):
            for child in element:
                child_stats = self._measure(
                    child, into, soft_too, classify, link, inside, depth + 1
                )
                if child_stats is _SKIPPED:
                    pass  # boilerplate: only its tail counts
                elif child_stats[_TEASER]:
                    # An <article> in an <article> under a linked headline or
                    # picture is a teaser for another story (a section of this
                    # one links to nothing of the kind).
                    self.soft.add(child)
                else:
                    (
                        child_text,
                        child_links,
                        child_good,
                        child_neutral,
                        _,
                        child_blockish,
                        child_headings,
                        child_images,
                    ) = child_stats
                    total += child_text
                    links += child_links
                    good += child_good
                    neutral += child_neutral
                    linked_images += child_images
                    if child_headings:
                        linked_headings += child_headings
                        if child_headings == 1 and child_good < _CARD_TEXT:
                            cards += 1
                            card_good += child_good
                            card = child
                    if child_blockish:
                        has_block = True
                        if run_text:
                            more_good, more_neutral = _judge(run_text, run_links)
                            good += more_good
                            neutral += more_neutral
                        run_text = run_links = 0
                    else:
                        run_text += child_text
                        run_links += child_links
                tail = child.tail
                if tail:
                    size = len(tail.strip())
                    run_text += size
                    total += size
                    if link:
                        run_links += size
                        links += size
        blockish = has_block or bool(kind & _BLOCK)
        if blockish and run_text:
            more_good, more_neutral = _judge(run_text, run_links)
            good += more_good
            neutral += more_neutral
        if cards >= _MIN_CARDS:
            # A row of teasers for other stories: their blurbs are no evidence
            # that this is the article's container.
            good -= card_good
            if not good and soft_too and not _ANCHOR_HEADING_XPATH(element):
                # Nothing but the cards (and a label): a "More on this" box
                # of links to other stories, which the collector leaves out.
                # Sections whose headings link to themselves are no cards.
                self.card_boxes.add(element)
        elif cards == 1 and soft_too and card is not None and card.tag in _CARD_BOX_TAGS:
            # A box alone holding a linked headline and its blurb: a teaser
            # set into the story ("Spiegels Rücktritt … mehr"), or a short post
            # under its title; the collector tells which. The story's own
            # subheadings stand bare, not boxed with a blurb.
            self.lone_cards.add(card)
        if kind & _HEADING and links > _MAX_LIST_LINK_DENSITY * total:
            linked_headings += 1
        if kind & _LINK and len(element) and next(element.iter("img"), None) is not None:
            linked_images += 1
        teaser = bool(
            in_article
            and kind & _ARTICLE
            and (linked_headings > 0 or (linked_images > 0 and good < _TEASER_TEXT))
        )
        stats = (total, links, good, neutral, teaser, blockish, linked_headings, linked_images)
        if soft_too or element in self.soft:
            into[element] = stats
        return stats


def _is_headless_footer(element: lxml.html.HtmlElement, words: frozenset[str]) -> bool:
    """Tell whether a box named footer lacks a headline (<h1>).

    A footer's contact and imprint lines can outweigh a short story; a story
    in a wrapper named after the footer ("footer-push") comes with its headline.
    """
    return "footer" in words and not _H1_XPATH(element)


def _net(stats: _Stats) -> float:
    """Score a container: its paragraph text, less its boilerplate text."""
    return stats[_GOOD] - _JUNK_WEIGHT * _junk(stats)


def _skipped(page: _Page, element: lxml.html.HtmlElement) -> bool:
    """Tell whether the element or one of its ancestors is boilerplate."""
    current: lxml.html.HtmlElement | None = element
    while current is not None:
        if current in page.skip:
            return True
        current = current.getparent()
    return False


def _headline_scope(
    page: _Page, root: lxml.html.HtmlElement, title: str | None
) -> lxml.html.HtmlElement:
    """Return the part of the page that belongs to the headline's article.

    Pages that load the next stories as the reader scrolls hold several
    <article> elements, each with its headline; the one whose headline is the
    page's title is the article.
    """
    if not title:
        return root
    folded = normalize_space(title).casefold()
    for heading in root.iter("h1", "h2"):
        # The text first: few headings are the title, and the climb costs more.
        if (
            heading not in page.stats
            or normalize_space(heading.text_content()).casefold() != folded
        ):
            continue
        if _skipped(page, heading):
            continue
        for ancestor in heading.iterancestors():
            if ancestor is root:
                break
            if _tag(ancestor) == "article" and page.stats[ancestor][_GOOD] >= _HEADLINE_SCOPE_TEXT:
                return ancestor
        return root
    return root


def _is_article_body(element: lxml.html.HtmlElement) -> bool:
    """Tell whether the page names the element as the article's text."""
    if element.get("itemprop") == "articleBody":
        return True
    words = _class_words(element)
    return not _BODY_WORDS.isdisjoint(words) and not _ARTICLE_WORDS.isdisjoint(words)


def _choose(page: _Page, scope: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Return the element that holds the most paragraph text net of boilerplate text."""
    best = scope
    best_score = float("-inf")
    # The measured elements, in document order: on the whole page, the
    # measure walk's record spares visiting the skipped boxes' insides again.
    measured = (
        page.stats.items()
        if scope is page.root
        else ((element, page.stats.get(element)) for element in scope.iter())
    )
    for element, stats in measured:
        if stats is None or not stats[_GOOD] or element in page.skip:
            continue
        score = _net(stats)
        # Reading the names only pays when the bonus could decide.
        if max(score, score * (1 + _BODY_BONUS)) <= best_score:
            continue
        if _is_article_body(element):
            score *= 1 + _BODY_BONUS
        if score > best_score:
            best, best_score = element, score
    # Climb while the wrapper adds only clean paragraphs: the standfirst or
    # the lead printed next to the named body, the story's other halves.
    while best is not scope:
        parent = best.getparent()
        if parent is None or parent not in page.stats or parent in page.skip:
            break
        inner, outer = page.stats[best], page.stats[parent]
        if _junk(outer) - _junk(inner) > _CLIMB_JUNK_SHARE * (outer[_GOOD] - inner[_GOOD]):
            break
        best = parent
    return _with_twins(page, best) if best is not scope else [best]


def _with_twins(page: _Page, best: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Return the chosen element with its twins, in document order.

    Some CMSs print each stretch of the story in a box of its own
    (``<div class="block">`` after ``<div class="block">``) with the photo
    strip and a sign-up box beside them, so that their parent is too junky to
    climb to. A sibling with the very tag and class that holds paragraph text
    and scores above zero (its paragraph text outweighs its weighted junk) is
    the story's next stretch.
    """
    classes = best.get("class")
    parent = best.getparent()
    if not classes or parent is None:
        return [best]
    twins = []
    for sibling in parent:
        if sibling is best:
            twins.append(best)
            continue
        if sibling.tag != best.tag or sibling.get("class") != classes or sibling in page.skip:
            continue
        stats = page.stats.get(sibling)
        if stats is not None and stats[_GOOD] and _net(stats) > 0:
            twins.append(sibling)
    return twins


# --------------------------------------------------------------------------
# Collect
# --------------------------------------------------------------------------


class _Collector:
    """Turn the chosen elements into blocks, in reading order."""

    def __init__(self, page: _Page, chosen: list[lxml.html.HtmlElement]) -> None:
        self.page = page
        # Boxes of teaser cards are skipped like boilerplate, unless chosen.
        self.skip = page.skip | page.card_boxes.difference(chosen) if page.card_boxes else page.skip
        # Lone cards not yet judged (see _is_lone_teaser), and the text they stand beside.
        self.lone_cards = page.lone_cards.difference(chosen)
        self.chosen_text = sum(page.stats[element][_GOOD] for element in chosen)
        self.kinds = page.kinds
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.link_chars = 0
        # The index of the first heading of the story's <header> (its headline)
        # and of the first block after it (see _trim). Only the first <header>
        # walked is the story's.
        self.header_met = False
        self.header_headline: int | None = None
        self.header_end = 0

    def flush(self, kind: BlockKind, level: int | None = None) -> None:
        """End the current block: keep its text unless it is blank or nearly all links."""
        if not self.parts:
            return  # nothing since the last block ended (no link characters either)
        text = "".join(self.parts)
        link_chars = self.link_chars
        self.parts.clear()  # the walk holds on to the list
        self.link_chars = 0
        if text.isspace():
            return  # most blocks end with nothing but the markup's line breaks
        text = normalize_space(text)
        if not text:
            return
        if kind is not BlockKind.HEADING and link_chars >= _MAX_BLOCK_LINK_DENSITY * len(text):
            return
        if _WORDLESS.fullmatch(text):
            return
        if len(text) >= _MIN_SCORED_LENGTH and _looks_like_code(text):
            return  # script text that broken markup let out of its <script>
        self.blocks.append(Block(kind=kind, text=text, level=level))

    def walk(
        self,
        element: lxml.html.HtmlElement,
        kind: BlockKind,
        level: int | None,
        in_link: bool,
        depth: int,
    ) -> None:
        """Add the element's text to the blocks; ``kind`` and ``level`` come from its ancestors.

        The text after the element (its tail) is its parent's: the parent adds it.
        Blocks are ended here only when they hold something (``flush`` ends
        nothing else).
        """
        tag = element.tag
        bits = self.kinds.get(tag)
        if bits is None:
            bits = _kind_of(tag, self.kinds)
        parts = self.parts
        if (
            element in self.skip
            or depth > _MAX_DEPTH
            or (element in self.lone_cards and self._is_lone_teaser(element))
        ):
            # The text after a skipped element is its parent's ("… <img> more");
            # after a skipped block it starts a paragraph of its own.
            if bits & _BLOCK and parts:
                self.flush(kind, level)
            return
        if bits & _BREAK:
            # Lines split by <br> are paragraphs (or verses) of their own.
            if parts:
                self.flush(kind, level)
            return
        if bits & _BOX and self._is_link_box(element, bits):
            self._drop_label_of_links()
            return
        text = element.text  # read once: lxml builds a new string on each access
        if tag == "p" and (
            (len(element) == 2 and _is_labelled_link(element)) or _is_arrow_link(element, text)
        ):
            if parts:
                self.flush(kind, level)
            return
        block = bits & _BLOCK
        if block:
            if parts:
                self.flush(kind, level)
            kind, level = self._kind(cast(str, tag).lower(), kind, level)
            if bits & _PRE:
                self._pre(element)
                return
        header_start = -1
        if bits & _HEADER and not self.header_met:
            self.header_met = True
            header_start = len(self.blocks)
        link = in_link or (bits & _LINK) != 0
        if text:
            parts.append(text)
            if link:
                self.link_chars += len(text.strip())
        if len(element):  # no iterator for the half of the elements without children
            for child in element:
                self.walk(child, kind, level, link, depth + 1)
                tail = child.tail
                if tail:
                    parts.append(tail)
                    if link:
                        self.link_chars += len(tail.strip())
        if block and parts:
            self.flush(kind, level)
        if header_start >= 0:
            self.header_end = len(self.blocks)
            self.header_headline = next(
                (
                    index
                    for index in range(header_start, len(self.blocks))
                    if self.blocks[index].kind is BlockKind.HEADING
                ),
                None,
            )

    def _drop_label_of_links(self) -> None:
        """Drop the line that introduced a list of links just left out.

        "Mehr zum Thema finden Sie auch im wöchentlichen Zins-Check:" over a
        list of links to other stories: a short paragraph ending with a colon
        right before the list labels it, and goes with it.
        """
        blocks = self.blocks
        # Only the markup's line breaks may stand between the line and the list.
        if not blocks or not all(part.isspace() for part in self.parts):
            return
        last = blocks[-1]
        if (
            last.kind is BlockKind.PARAGRAPH
            and len(last.text) < _BODY_PARAGRAPH
            and last.text.endswith(":")
        ):
            blocks.pop()

    def _is_lone_teaser(self, card: lxml.html.HtmlElement) -> bool:
        """Tell whether a lone card met by the walk is a teaser set into the story.

        It is one beside more story text than any blurb; alone in the chosen
        box, it is the short post itself, and a heading linking to a place on
        the page (``#part-2``) makes it a section of the story. Judged when the
        walk meets it, outermost first, so that each box is searched once: a
        teaser is not walked, and a section's cards inside it are no longer
        judged.
        """
        if self.chosen_text - self.page.stats[card][_GOOD] < _CARD_TEXT:
            return False
        if not _ANCHOR_HEADING_XPATH(card):
            return True
        self.lone_cards.difference_update(card.iter())
        return False

    def _kind(self, tag: str, kind: BlockKind, level: int | None) -> tuple[BlockKind, int | None]:
        if tag in _HEADING_TAGS:
            return BlockKind.HEADING, _HEADING_TAGS[tag]
        if kind is not BlockKind.PARAGRAPH:
            # A paragraph inside a list item or a blockquote keeps the outer kind.
            return kind, level
        if tag in {"li", "dd", "dt"}:
            return BlockKind.LIST_ITEM, None
        if tag == "blockquote":
            return BlockKind.BLOCKQUOTE, None
        return kind, level

    def _pre(self, element: lxml.html.HtmlElement) -> None:
        parts: list[str] = []
        self._visible_text(element, parts)
        lines = [normalize_space(line) for line in "".join(parts).splitlines()]
        text = "\n".join(line for line in lines if line)
        if text:
            self.blocks.append(Block(kind=BlockKind.PREFORMATTED, text=text))

    def _visible_text(self, element: lxml.html.HtmlElement, parts: list[str]) -> None:
        """Gather the text of the element, without its skipped descendants, line breaks kept."""
        if element.text:
            parts.append(element.text)
        for child in element:
            if child not in self.page.skip and _tag(child):
                self._visible_text(child, parts)
            if child.tail:
                parts.append(child.tail)

    def _is_link_box(self, element: lxml.html.HtmlElement, bits: int) -> bool:
        """Tell whether a list or box is a menu or a list of links."""
        stats = self.page.stats.get(element)
        return (
            stats is not None
            and stats[_TEXT] > 0
            and stats[_LINKS] / stats[_TEXT] > _MAX_LIST_LINK_DENSITY
            and ((bits & _LIST) != 0 or stats[_GOOD] == 0)
        )


def _is_labelled_link(paragraph: lxml.html.HtmlElement) -> bool:
    """Tell whether a paragraph is a bold label and one link, nothing else.

    "<strong>Lesen Sie auch:</strong> <a>…</a>", "<b>FUNDA OLUNYE UDABA LAPHA
    |</b> <a>…</a>", "<strong>Nota relacionada:</strong> <a>…</a>": a link to
    another story under a label, in any language; the label's closing
    separator tells it from a sentence that starts in bold.
    """
    label, link = paragraph
    return (
        label.tag in _BOLD_TAGS
        and link.tag == "a"
        and not (paragraph.text or "").strip()
        and not (label.tail or "").strip()
        and not (link.tail or "").strip()
        and _LABEL_END.search(label.text_content()) is not None
    )


def _is_arrow_link(paragraph: lxml.html.HtmlElement, text: str | None) -> bool:
    """Tell whether a paragraph (its leading ``text`` given) opens with an arrow and
    holds a link: a pointer elsewhere."""
    return (
        text is not None
        and _ARROW.match(text) is not None
        and next(paragraph.iter("a"), None) is not None
    )


def _looks_like_code(text: str) -> bool:
    """Tell whether running text is program code (braces, semicolons, '=' signs)."""
    marks = sum(text.count(mark) for mark in "{};=")
    return marks >= _CODE_MARK_SHARE * len(text)


def _is_headline(block: Block, title: str) -> bool:
    """Tell whether a block is the headline: the title, or a heading ending with it.

    Pages print the kicker and the headline in one heading ("Storm warningTrees
    fall across the north"), so a heading that ends with the title is the
    headline too. Words are compared, not punctuation: the heading and the
    metadata title punctuate alike words otherwise ("Kicker: Headline" where a
    styled span parts the two).
    """
    text, folded = fold(block.text), fold(title)
    if text == folded:
        return True
    return (
        block.kind is BlockKind.HEADING
        and len(folded) >= _MIN_SCORED_LENGTH
        and text.endswith(folded)
    )


def _is_promo(text: str) -> bool:
    """Tell whether a paragraph is a call to the reader ("Sign up for our newsletter …")."""
    return len(text) < _MAX_PROMO and _CALL.search(text) is not None


def _is_fragment(text: str) -> bool:
    """Tell whether a short line is no sentence (a label, a name, a contact line) or a promo."""
    if _is_promo(text):
        return True  # a call, up to _MAX_PROMO: _PROMO below adds the nouns
    return len(text) < _BODY_PARAGRAPH and (
        not _SENTENCE_END.search(text)
        or bool(_PROMO.search(text))
        or bool(_ABOUT_THE_PAGE.search(text))
    )


def _is_newsroom_credit(text: str) -> bool:
    """Tell whether a paragraph credits the newsroom ("Reporting by …; Editing by …")."""
    return len(text) < _MAX_PROMO and _NEWSROOM_CREDIT.match(text) is not None


def _is_byline(text: str) -> bool:
    """Tell whether a line is "By Jane Doe", "Von Max Muster und Erika Muster, dpa" or alike."""
    names, _, rest = text.partition(",")
    words = names.split()
    if not 2 <= len(words) <= _MAX_BYLINE_WORDS or words[0].lower() not in _BYLINE_WORDS:
        return False
    # Names are capitalised; a sentence that opens with "By" goes on in lower
    # case. After the comma come more names, or an agency ("dpa", "afp").
    more = rest.replace(",", " ").split()
    if len(words) + len(more) > _MAX_BYLINE_WORDS:
        return False
    return _are_names(words[1:]) and (len(more) <= _MAX_AGENCY_WORDS or _are_names(more))


def _are_names(words: list[str]) -> bool:
    """Tell whether the words read as names: capitalised, or joiners between names."""
    return all(
        word[0].isupper() or word.lower() in _NAME_JOINERS or not word[0].isalpha()
        for word in words
    )


def _is_meta_line(text: str, *, edge: bool, in_header: bool) -> bool:
    """Tell whether a short block is a byline, a credit or a label (or, at the edges, a date).

    In the story's own <header> a line that tells a clock time or a numeric
    date is its date line however many words it has ("PUBLISHED: 00:01, Tue,
    Nov 19, 2019 | UPDATED: 10:43", "Über dieses Thema berichtet: BR24 Radio
    am 14.04.2026 um 17:50 Uhr").
    """
    if _SERVER_ERROR.fullmatch(text) or _URL_ONLY.fullmatch(text):
        return True  # a path or an address makes it longer than any byline
    if len(text) > _MAX_META_LINE:
        return False
    if _LABEL.fullmatch(text) or _is_byline(text) or "©" in text:
        return True
    if _RELATED_PREFIX.match(text) or (":" in text and _PHOTO_CREDIT.match(text)):
        return True
    if is_agency_only(text):
        return True  # "Getty Images", "REUTERS": a picture's credit line left alone
    # Inside the text a short line with a date is news ("Deadline: 3 May 2024").
    # Separators between a programme's parts ("Radio 1 | News | 17.06.2025 |
    # 15:00") are no words.
    if not edge:
        return False
    if _CJK_DATE_LINE.fullmatch(text) or (
        len(text) <= _MAX_CJK_BYLINE and _CJK_REPORTER.search(text)
    ):
        return True
    if not (_DATE_OR_TIME.search(text) or _RELATIVE_TIME.search(text)):
        return False
    if in_header and _CLOCK_OR_DATE.search(text):
        return True
    words = text.split()
    return (
        len(words) <= _MAX_META_WORDS
        or sum(not _WORDLESS.fullmatch(word) for word in words) <= _MAX_META_WORDS
    )


def _trim(
    blocks: list[Block], title: str | None, header_headline: int | None, header_end: int
) -> list[Block]:
    """Drop the article's header (kicker, headline, standfirst, byline, date) and footer lines.

    The text proper starts at the first long paragraph and ends with the last
    one; short lines before and after it are kept unless they read as header
    or footer furniture. ``header_headline`` is the index of the first heading
    walked in the story's <header>, if any, and ``header_end`` the index of the
    first block after that header (0 when there is none).
    """
    long_ones = [
        index
        for index, block in enumerate(blocks)
        if block.kind is not BlockKind.HEADING
        and len(block.text) >= _BODY_PARAGRAPH
        and not _is_promo(block.text)
    ]
    if not long_ones:
        return [block for block in blocks if not _LABEL.fullmatch(block.text)]
    first, last = long_ones[0], long_ones[-1]
    # The story's own <header> holds its headline, standfirst, byline and date,
    # none of its text: its lines are header lines even after a standfirst
    # long enough to count as a paragraph. The text starts after it.
    text_start = next((index for index in long_ones if index >= header_end), first)
    # The headline (an h1, the first heading of the story's <header>, or the
    # title repeated) closes the header: what stands before it (kicker,
    # section, breadcrumbs) goes with it. Pages print an h1 for search engines
    # above the story and the headline as an h2 in its <header>, worded apart
    # from the title.
    start = 0
    for index in range(first + 1):
        block = blocks[index]
        if (
            (block.kind is BlockKind.HEADING and block.level == 1)
            or index == header_headline
            or (title and _is_headline(block, title))
        ):
            start = index + 1
    kept: list[Block] = []
    kept_last = -1
    for index, block in enumerate(blocks):
        if index < start:
            continue
        if block.kind is BlockKind.BLOCKQUOTE:
            kept.append(block)  # an embedded post ends with its author and date
            continue
        edge = (index < text_start or index > last) and block.kind is not BlockKind.LIST_ITEM
        if (edge or len(block.text) < _BODY_PARAGRAPH) and _is_meta_line(
            block.text, edge=edge, in_header=index < header_end
        ):
            continue
        # After the story a short line that is no sentence, and a call to the
        # reader set as a paragraph or a heading, are the site's lines.
        if index > last and (
            (block.kind is BlockKind.PARAGRAPH and _is_fragment(block.text))
            or (block.kind is BlockKind.HEADING and _is_promo(block.text))
        ):
            continue
        # The newsroom's credits close the story, long as a paragraph or not.
        if index >= last and block.kind is BlockKind.PARAGRAPH and _is_newsroom_credit(block.text):
            if index == last:
                kept_last = len(kept) - 1
            continue
        if index == last:
            kept_last = len(kept)
        kept.append(block)
    return _drop_empty_sections(kept, after=kept_last)


def _drop_empty_sections(blocks: list[Block], *, after: int) -> list[Block]:
    """Drop headings with nothing under them, after the block at index ``after``.

    A box of links after the story ("Related articles", "Schlagworte") leaves
    its heading behind once its links are gone: a heading followed by a
    heading of the same or a higher rank, or by nothing, heads no text. Inside
    the text such headings stay (a list of numbered subheadings over pictures).
    """
    kept: list[Block] = []
    for index in range(len(blocks) - 1, -1, -1):
        block = blocks[index]
        if (
            block.kind is BlockKind.HEADING
            and index > after
            and len(block.text.split()) <= _MAX_LABEL_WORDS
        ):
            following = kept[-1] if kept else None
            if following is None or (
                following.kind is BlockKind.HEADING and (following.level or 0) <= (block.level or 0)
            ):
                continue
        kept.append(block)
    kept.reverse()
    return kept


def extract_blocks(tree: lxml.html.HtmlElement, *, title: str | None) -> tuple[Block, ...]:
    """Return the main text of the page as typed blocks, in reading order.

    Args:
        tree: the parsed page, as ``_load.load_html`` returns it; it is only read.
        title: the headline found by the metadata extractor, dropped where the
            body repeats it at the top; ``None`` when unknown.

    Returns:
        The paragraphs, headings, list items, blockquotes and preformatted
        blocks of the article, without navigation, captions, share bars and
        other page furniture; ``()`` when the page holds no text.
    """
    root = tree.find("body")
    if root is None:
        root = tree
    page = _Page(root, never_text=_NEVER_TEXT_TAGS)
    if not page.stats[root][_TEXT]:
        # Some pages print everything inside <noscript> for readers without
        # scripts (and fill the page by script for the others).
        page = _Page(root, never_text=_NEVER_TEXT_TAGS - {"noscript"})
    chosen = _choose(page, _headline_scope(page, root, title))
    collector = _Collector(page, chosen)
    for element in chosen:
        collector.walk(element, BlockKind.PARAGRAPH, None, False, 0)
        collector.flush(BlockKind.PARAGRAPH)
    blocks = _trim(collector.blocks, title, collector.header_headline, collector.header_end)
    logger.debug("body: %d blocks from %d containers", len(blocks), len(chosen))
    return tuple(blocks)


def without_captions(blocks: tuple[Block, ...], captions: frozenset[str]) -> tuple[Block, ...]:
    """Drop the paragraphs that are a picture's caption printed beside it.

    A caption in a box the page does not name as one ("mediaInfo" under the
    picture) reads as a short paragraph of the story. ``captions`` are the
    captions the images stage read from such boxes, folded.
    """
    if not captions:
        return blocks
    return tuple(
        block
        for block in blocks
        if block.kind is not BlockKind.PARAGRAPH or fold(block.text) not in captions
    )


def opened_with_description(
    blocks: tuple[Block, ...], description: str | None
) -> tuple[Block, ...]:
    """Open a text that holds no paragraph of a story with the page's description.

    A video's page, a gallery or a page its script draws prints no story in its
    markup, only a title and short lines; its description (the standfirst the
    metadata read) is then the only prose about it. A text with a block of
    ``_BODY_PARAGRAPH`` characters or more that is no heading, or that already
    holds the description, is left as it is.
    """
    # Most pages print a story: their first blocks say so before the
    # description is read at all.
    if any(
        block.kind is not BlockKind.HEADING and len(block.text) >= _BODY_PARAGRAPH
        for block in blocks
    ):
        return blocks
    description = normalize_space(description or "")
    if not description:
        return blocks
    folded = fold(description)
    if any(folded in fold(block.text) for block in blocks):
        return blocks
    return (Block(kind=BlockKind.PARAGRAPH, text=description), *blocks)
