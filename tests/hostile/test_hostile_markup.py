"""Markup attacks: external entities, entity bombs, network and file reads, scripts in text."""

from __future__ import annotations

import json
import os
import pathlib
import socket
from collections.abc import Iterator

import pytest
from hostile_support import NOW, STORY, news_page, run_bounded

from articlekit import Article, parse_html

SECRET = "s3cr3t-marker-from-a-local-file"
SCRIPT_MARKER = "qqxscriptmarkerqqx"
STYLE_MARKER = "qqxstylemarkerqqx"


def _everything(article: Article) -> str:
    return json.dumps(article.to_dict(), ensure_ascii=False)


@pytest.fixture
def secret_file(tmp_path: pathlib.Path) -> pathlib.Path:
    """A local file whose content must never appear in any output."""
    path = tmp_path / "secret.txt"
    path.write_text(SECRET, encoding="utf-8")
    return path


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A local TCP server nobody should ever connect to."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.setblocking(False)
    yield server
    server.close()


def _connections(server: socket.socket) -> int:
    count = 0
    while True:
        try:
            connection, _address = server.accept()
        except BlockingIOError:
            return count
        connection.close()
        count += 1


def _release_reader(fifo: pathlib.Path) -> None:
    """Let a reader blocked on ``fifo``, if there is one, see end of file."""
    try:
        descriptor = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
    except OSError:  # ENXIO: nobody opened it for reading, as it should be
        return
    os.close(descriptor)


def _file_references(url: str) -> list[str]:
    return [
        f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "{url}">]><html><head><title>&xxe;</title>'
        f'<meta property="og:title" content="&xxe;"></head><body><p>a &xxe; b</p>{STORY}',
        f'<!DOCTYPE html [<!ENTITY % p SYSTEM "{url}"> %p;]><html><body>{STORY}',
        f'<!DOCTYPE html SYSTEM "{url}"><html><body>{STORY}</body></html>',
        f'<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//X//DTD X//EN" "{url}"><p>x</p>{STORY}',
        news_page(
            STORY + f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{url}"/>',
            head=f'<link rel="stylesheet" href="{url}"><base href="{url}">',
        ),
        news_page(STORY + f'<iframe src="{url}"></iframe><img src="{url}"><object data="{url}">'),
        news_page(STORY, head=f'<script type="application/ld+json" src="{url}"></script>'),
    ]


@pytest.mark.parametrize("index", range(7))
def test_local_files_are_never_read(secret_file: pathlib.Path, index: int) -> None:
    """No entity, DTD, include or link makes the parser read a local file."""
    page = _file_references(secret_file.as_uri())[index]
    assert SECRET not in _everything(parse_html(page, now=NOW))


@pytest.mark.parametrize("index", range(7))
def test_a_fifo_is_never_opened(tmp_path: pathlib.Path, index: int) -> None:
    """Opening a named pipe would block; the parse finishing proves it was never opened."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    page = _file_references(fifo.as_uri())[index]
    try:
        run_bounded(lambda: parse_html(page, now=NOW), seconds=20)
    finally:
        _release_reader(fifo)


@pytest.mark.parametrize("index", range(7))
def test_no_network_connection_is_made(listener: socket.socket, index: int) -> None:
    """No entity, DTD, include or link makes the parser open a connection."""
    port = listener.getsockname()[1]
    page = _file_references(f"http://127.0.0.1:{port}/x.dtd")[index]
    parse_html(page, now=NOW)
    assert 0 == _connections(listener)


def test_billion_laughs_stays_small() -> None:
    """Nested entity definitions are not expanded into gigabytes."""
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10 if n > 1 else "&lol;" * 10}">'
        for n in range(1, 10)
    )
    page = f"<!DOCTYPE html [{entities}]><html><body><p>&lol9;</p>{STORY}</body></html>"
    article = run_bounded(lambda: parse_html(page, now=NOW))
    assert len(_everything(article)) < 10 * len(page)


def test_quadratic_entity_blowup_stays_small() -> None:
    """One large entity referenced many times is not expanded."""
    page = (
        f'<!DOCTYPE html [<!ENTITY big "{"x" * 50_000}">]><html><body>'
        f"<p>{'&big;' * 20_000}</p>{STORY}</body></html>"
    )
    article = run_bounded(lambda: parse_html(page, now=NOW))
    assert len(_everything(article)) < 2 * len(page)


@pytest.mark.parametrize(
    "snippet",
    [
        f"<script>var a = '{SCRIPT_MARKER}';</script>",
        f"<SCRIPT type='text/javascript'>{SCRIPT_MARKER}</SCRIPT>",
        f"<script type='text/template'><p>{SCRIPT_MARKER}</p></script>",
        f"<script><!-- {SCRIPT_MARKER} --></script>",
        f"<script>document.write('<p>{SCRIPT_MARKER}</p>')</script>",
        f"<p>Inline <script>{SCRIPT_MARKER}</script> script.</p>",
        f"<style>p::before {{ content: '{STYLE_MARKER}' }}</style>",
        f"<p>Inline <style>.{STYLE_MARKER} {{}}</style> style.</p>",
        f"<svg><style>.{STYLE_MARKER} {{}}</style><script>{SCRIPT_MARKER}</script></svg>",
        f"<div><div><p>Deep<script>{SCRIPT_MARKER}</script></p></div></div>",
        f"<pre>x = 1<script>{SCRIPT_MARKER}</script><style>.{STYLE_MARKER} {{}}</style></pre>",
        f"<ul><li>Item<script>{SCRIPT_MARKER}</script></li></ul>",
        f"<h2>Heading<style>.{STYLE_MARKER} {{}}</style></h2>",
        f"<blockquote>Quote<script>{SCRIPT_MARKER}</script></blockquote>",
        f"<table><tr><td>Cell<script>{SCRIPT_MARKER}</script></td></tr></table>",
        f"<script type='text/javascript'/>var a = '{SCRIPT_MARKER}';</script>",
    ],
)
def test_script_and_style_never_reach_the_text(snippet: str) -> None:
    """Script and style content is never part of the main text."""
    article = parse_html(news_page(STORY + snippet + STORY), now=NOW)
    assert (SCRIPT_MARKER in article.text, STYLE_MARKER in article.text) == (False, False)


def test_unclosed_script_at_the_end_does_not_reach_the_text() -> None:
    """A script left open at the end of the page swallows the rest, not the text."""
    page = f"<html><body><article>{STORY}</article><script>var a = '{SCRIPT_MARKER}'"
    assert SCRIPT_MARKER not in parse_html(page, now=NOW).text


@pytest.mark.parametrize(
    "flood",
    [
        "<script/>x</script><script" + " " * 1_000_000,
        "<script" * 200_000 + "/>x</script>",
        "<script/>x</script>" * 50_000,
    ],
    ids=["one long tag", "unfinished tags", "self-closed scripts"],
)
def test_self_closed_script_floods_finish(flood: str) -> None:
    """Mending self-closed scripts takes linear time, whatever the tags look like."""
    article = run_bounded(lambda: parse_html(news_page(STORY + flood), now=NOW))
    assert isinstance(article, Article)


def test_script_in_a_page_too_deep_for_the_parser_stays_out() -> None:
    """Flattening a page nested 10,000 deep keeps scripts as scripts."""
    page = (
        "<html><body>"
        + "<div>" * 10_000
        + STORY
        + f"<script>var a = '<div>{SCRIPT_MARKER}</div>';</script>"
        + "</div>" * 10_000
    )
    article = run_bounded(lambda: parse_html(page, now=NOW))
    assert (SCRIPT_MARKER in article.text, "council approved" in article.text) == (False, True)


def test_processing_instructions_and_cdata_do_not_reach_the_text() -> None:
    """PHP blocks, processing instructions and CDATA markers are not text."""
    page = news_page(STORY + "<?php echo 'qqxphpqqx'; ?><![CDATA[qqxcdataqqx]]>" + STORY)
    text = parse_html(page, now=NOW).text
    assert ("qqxphpqqx" in text, "<![CDATA[" in text) == (False, False)
