"""The public surface of ``cleanseed``: what it exports, what importing it costs."""

from __future__ import annotations

import doctest
import subprocess
import sys
import types

import pytest

import cleanseed

HEAVY = ("trafilatura", "lxml", "datatrove", "pyspark", "zstandard", "tqdm", "warcio", "fastwarc", "justext")


def test_all_is_sorted_and_honest() -> None:
    assert cleanseed.__all__ == sorted(cleanseed.__all__)
    assert len(set(cleanseed.__all__)) == len(cleanseed.__all__)
    missing = [name for name in cleanseed.__all__ if not hasattr(cleanseed, name)]
    assert missing == []
    public = {
        name
        for name, value in vars(cleanseed).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType) and name != "annotations"
    }
    assert public == set(cleanseed.__all__) - {"__version__"}


def test_import_loads_no_submodule_until_a_name_is_used() -> None:
    code = (
        "import sys, cleanseed\n"
        "before = sorted(m for m in sys.modules if m.startswith('cleanseed.'))\n"
        "cleanseed.clean\n"
        "after = 'cleanseed._pipeline' in sys.modules\n"
        "print(before, after)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[] True"


def test_version_is_a_version_string() -> None:
    parts = cleanseed.__version__.split(".")
    assert len(parts) >= 2 and all(p.isdigit() for p in parts[:2])


def test_import_and_clean_do_not_load_heavy_packages() -> None:
    code = (
        "import sys, cleanseed\n"
        "cleanseed.clean('Text.\\n\\nBy admin\\nLeave a Reply')\n"
        "cleanseed.describe()\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_describe_lists_every_leaf_with_its_description() -> None:
    listed = cleanseed.describe()
    leaves = list(cleanseed.default_pipeline().leaves())
    assert listed == [(c.name, c.description) for c in leaves]
    assert len(listed) >= 15
    for name, description in listed:
        assert name and name == name.strip() and " " not in name
        assert description.strip()
    assert {"media-labels", "tag-runs", "bylines", "comment-forms", "read-more"} <= {n for n, _ in listed}


def test_clean_and_explain_agree() -> None:
    text = "By admin\n\nLeave a Reply\n\nLavrov spoke.InternationalIndiaAfrica"
    result = cleanseed.clean_and_explain(text)
    assert isinstance(result, cleanseed.Explained)
    assert result.text == cleanseed.clean(text) == "Lavrov spoke."
    assert cleanseed.replay(text, result.edits) == result.text
    assert result.flagged is None
    assert {e.rule for e in result.edits} >= {"tag-runs", "bylines", "comment-forms"}


@pytest.mark.parametrize("bad", [None, b"By admin", 42, ["text"]])
def test_non_text_input_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError):
        cleanseed.clean(bad)  # type: ignore[arg-type]


def test_the_package_docstring_example_runs() -> None:
    failures, tried = doctest.testmod(cleanseed, verbose=False)
    assert tried >= 1 and failures == 0
