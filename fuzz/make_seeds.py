"""Write a small hand-made seed corpus for the harnesses into a directory.

Usage: python fuzz/make_seeds.py DIR
"""

from __future__ import annotations

import codecs
import pathlib
import sys

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Council approves budget | The Daily Example</title>
<meta property="og:title" content="Council approves budget">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2023-05-04T10:00:00+02:00">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council approves budget",
"author": {"@type": "Person", "name": "Jane Roe"}, "datePublished": "2023-05-04"}</script>
<style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
<body><nav><a href="/">Home</a></nav><article><h1>Council approves budget</h1>
<p class="byline">By Jane Roe</p><time datetime="2023-05-04">4 May 2023</time>
<p>The council approved the budget on Tuesday. "We had no choice," said Mayor Tom Smith.</p>
<figure><img src="/a.jpg" alt="The hall">
<figcaption>The council hall. Photo: John Doe/AP</figcaption></figure>
<p>\u201cIt is a good day,\u201d the treasurer, Ann Lee, told reporters.</p>
<blockquote>Quoted block</blockquote><ul><li>One</li><li>Two</li></ul></article>
<footer class="newsletter">Sign up</footer></body></html>"""

TEXT = """Council approves budget

The vote ends months of talks.

By Jane Roe
4 May 2023

The council approved the budget on Tuesday. "We had no choice," said Mayor Tom Smith.

\u201cIt is a good day,\u201d the treasurer, Ann Lee, told reporters. \u201eGut\u201c, sagte er.
"""


def seeds() -> dict[str, bytes]:
    """Return the seeds by file name."""
    latin = PAGE.replace('charset="utf-8"', 'charset="iso-8859-1"').replace("\u201c", '"')
    latin = latin.replace("\u201d", '"')
    return {
        "page-utf8.html": PAGE.encode("utf-8"),
        "page-bom-utf16.html": codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le"),
        "page-latin1.html": latin.encode("cp1252", errors="replace"),
        "page-deep.html": ("<div>" * 300 + "deep" + "</div>" * 300).encode(),
        "page-entities.html": b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><p>&e;</p>',
        "text.txt": TEXT.encode("utf-8"),
        "quotes.txt": '"A," he said. "B" \u201cC\u201d, said Dr. Who. \u00abD\u00bb'.encode(),
    }


def main() -> None:
    """Write the seeds into the directory given on the command line."""
    target = pathlib.Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    for name, data in seeds().items():
        (target / name).write_bytes(data)


if __name__ == "__main__":
    main()
