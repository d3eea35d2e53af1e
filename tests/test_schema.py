"""The JSON Schema of Article.to_dict(), shipped as package data."""

from __future__ import annotations

import datetime as dt
import importlib.resources
import json
from pathlib import Path
from typing import Any

import pytest

from articlekit import Article, Block, BlockKind, Image, ImageCredit, Quote
from articlekit.cli import main

PAGE = (
    "<!doctype html><html lang='en'><head><title>Ferry returns</title>"
    "<meta property='og:site_name' content='Harbour News'></head><body><article>"
    "<h1>Ferry returns</h1><p>The ferry is back in service after two weeks of repairs.</p>"
    "<p>“We are glad to sail again,” the captain said on Friday morning.</p>"
    "</article></body></html>"
)
TEXT = "Ferry returns\n\nThe ferry is back in service after two weeks of repairs.\n"


def _schema() -> dict[str, Any]:
    resource = importlib.resources.files("articlekit") / "article.schema.json"
    schema: dict[str, Any] = json.loads(resource.read_text(encoding="utf-8"))
    return schema


def _full_article() -> Article:
    said = "We are glad"
    paragraph = f"“{said},” said Captain Ann Lee."
    return Article(
        url="https://news.example/ferry",
        canonical_url="https://news.example/ferry",
        title="Ferry returns",
        subtitle="Back after repairs",
        authors=("Bo Park",),
        published=dt.datetime(2024, 5, 3, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        modified=dt.date(2024, 5, 4),
        language="en",
        site_name="Harbour News",
        section="Local",
        tags=("ferries", "harbour"),
        blocks=[
            Block(kind=BlockKind.HEADING, text="Back at sea", level=2),
            Block(kind=BlockKind.PARAGRAPH, text=paragraph),
        ],
        images=[
            Image(
                url="https://img.example/ferry.jpg",
                alt="The ferry",
                caption="The ferry in port",
                credit=ImageCredit(
                    text="Jo Doe/AP", label="Photo", photographer="Jo Doe", agency="AP"
                ),
            )
        ],
        quotes=[
            Quote(
                text=said,
                start=len("Back at sea\n\n“"),
                end=len("Back at sea\n\n“") + len(said),
                speaker="Ann Lee",
                speaker_role="Captain",
                cue="said",
                block=1,
            )
        ],
    )


def _cli_json(tmp_path: Path, name: str, content: str, capsys: pytest.CaptureFixture[str]) -> Any:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert 0 == main([str(path)])
    return json.loads(capsys.readouterr().out)


def test_schema_is_valid_draft_2020_12() -> None:
    """The schema itself is a valid draft 2020-12 schema."""
    jsonschema = pytest.importorskip("jsonschema")
    assert "https://json-schema.org/draft/2020-12/schema" == _schema()["$schema"]
    jsonschema.Draft202012Validator.check_schema(_schema())


@pytest.mark.parametrize(("name", "content"), [("page.html", PAGE), ("page.txt", TEXT)])
def test_cli_json_validates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: str
) -> None:
    """The CLI's JSON output of an HTML page and of a text file validates."""
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator(_schema()).validate(_cli_json(tmp_path, name, content, capsys))


def test_full_article_validates() -> None:
    """An article with every field set, a zoned datetime and a credit, validates."""
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator(_schema()).validate(_full_article().to_dict())


def test_schema_rejects_a_drifted_record() -> None:
    """A record with an unknown key or a wrong kind does not validate."""
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(_schema())
    record = _full_article().to_dict()
    assert not validator.is_valid({**record, "extra": 1})
    record["blocks"][0]["kind"] = "sidebar"
    assert not validator.is_valid(record)


def test_schema_names_exactly_the_fields_of_to_dict() -> None:
    """Structural check without jsonschema: required keys equal to_dict's, at every level."""
    schema, record = _schema(), _full_article().to_dict()
    defs = schema["$defs"]
    assert sorted(record) == sorted(schema["required"]) == sorted(schema["properties"])
    assert sorted(record["blocks"][0]) == sorted(defs["block"]["required"])
    assert sorted(record["images"][0]) == sorted(defs["image"]["required"])
    assert sorted(record["images"][0]["credit"]) == sorted(defs["credit"]["required"])
    assert sorted(record["quotes"][0]) == sorted(defs["quote"]["required"])
    assert sorted(kind.value for kind in BlockKind) == sorted(
        defs["block"]["properties"]["kind"]["enum"]
    )


def test_cli_json_has_the_schema_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Structural check without jsonschema: the CLI prints exactly the schema's top-level keys."""
    record = _cli_json(tmp_path, "page.html", PAGE, capsys)
    assert sorted(_schema()["required"]) == sorted(record)
