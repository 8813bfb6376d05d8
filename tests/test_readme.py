"""The README's library examples run as written."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SECTIONS = ("Library quick-start", "Explaining a removal", "Choosing and extending cleaners")


def python_blocks() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = []
    for title in SECTIONS:
        section = readme.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]
        blocks += re.findall(r"```python\n(.*?)```", section, re.S)
    return blocks


def test_readme_library_examples_run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    blocks = python_blocks()
    assert len(blocks) == len(SECTIONS)
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {}
    for block in blocks:
        exec(compile(block, "README.md", "exec"), namespace)  # noqa: S102 - our own documentation
    printed = capsys.readouterr().out
    assert "The Russian foreign minister announced the tour" in printed
    assert "Go to the mediabank" not in printed.split("media-labels")[0]
    assert os.getcwd() == str(ROOT)
