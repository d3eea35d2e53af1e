"""Every Python example in the README and docs/ runs.

Blocks fenced as ```python are executed in order, one namespace per file, with
the repository root as the working directory; blocks fenced otherwise (bash,
json, text) are shown, not run.
"""

from __future__ import annotations

import os
import pathlib
import re

import pytest

ROOT = pathlib.Path(__file__).parent.parent
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: path.name)
def test_python_examples_run(
    document: pathlib.Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each ```python block of the document runs without an error."""
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {"__name__": "__docs__"}
    for block in _PYTHON_BLOCK.findall(document.read_text(encoding="utf-8")):
        exec(compile(block, str(document), "exec"), namespace)
    capsys.readouterr()


def test_documents_exist() -> None:
    """The README and the docs folder are there to test."""
    assert (ROOT / "README.md").is_file()
    assert os.path.isdir(ROOT / "docs")
