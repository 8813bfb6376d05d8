"""TOML configuration → Pipeline (``cleanseed.config``)."""

from __future__ import annotations

import pickle

import pytest

import cleanseed
from cleanseed.config import ConfigError, load_config, pipeline_from_config

BASE = cleanseed.default_pipeline()


def _leaf(pipeline: cleanseed.Pipeline, name: str) -> cleanseed.Cleaner:
    (found,) = [c for c in pipeline.leaves() if c.name == name]
    return found


def _node(pipeline: cleanseed.Pipeline, name: str) -> cleanseed.Cleaner:
    for c in pipeline.cleaners:
        if c.name == name:
            return c
        if isinstance(c, cleanseed.Pipeline):
            try:
                return _node(c, name)
            except LookupError:
                pass
    raise LookupError(name)


def test_empty_config_is_the_default_pipeline():
    assert pipeline_from_config({}) == BASE


def test_only_and_skip_choose_cleaners():
    p = pipeline_from_config({"only": ["media", "comment-forms"]})
    media = [c.name for c in _node(BASE, "media").leaves()]
    assert len(media) >= 2
    assert sorted(c.name for c in p.leaves()) == sorted(media + ["comment-forms"])
    p = pipeline_from_config({"skip": ["meta", "tag-runs"]})
    names = p.names()
    assert "bylines" not in names and "tag-runs" not in names and "comment-forms" in names
    text = "A report on the vote.\nBy admin\n"
    assert "By admin" not in BASE(text)
    assert "By admin" in p(text)


def test_only_accepts_a_single_name():
    assert pipeline_from_config({"only": "comment-forms"}).names() == ["comment-forms"]


def test_max_removed_cap_flags_and_keeps():
    text = "Leave a Reply\nShort.\n"
    p = pipeline_from_config({"max_removed": 0.2, "cap_min_chars": 0})
    result = p.explain(text)
    assert result.text == text and result.edits == [] and result.flagged
    assert pipeline_from_config({"max_removed": 1, "cap_min_chars": 0}).explain(text).flagged is None
    # by default the cap spares short documents: a comment form alone is all clutter
    assert pipeline_from_config({"max_removed": 0.2}).explain(text).flagged is None


def test_cap_min_chars_must_be_a_whole_number():
    with pytest.raises(ConfigError, match="cap_min_chars"):
        pipeline_from_config({"cap_min_chars": -1})


def test_cleaner_options_change_behaviour():
    line = "Read more: " + " ".join(f"word{i}" for i in range(30))
    text = f"A story.\n{line}\n"
    assert line in BASE(text)
    p = pipeline_from_config({"cleaners": {"read-more": {"max_words": 40}}})
    assert _leaf(p, "read-more").max_words == 40  # type: ignore[attr-defined]
    assert line not in p(text)
    # Options reach cleaners nested in groups, and leave the rest alone.
    p = pipeline_from_config({"cleaners": {"bylines": {"description": "who wrote it"}}})
    assert _leaf(p, "bylines").description == "who wrote it"
    assert _leaf(p, "comment-forms") is _leaf(BASE, "comment-forms")


def test_phrase_lists_are_added_before_the_tidy_up():
    cfg = {"phrases": [{"name": "house", "lines": ["Our house rules"], "prefixes": ["House note #"], "max_words": 3}]}
    p = pipeline_from_config(cfg)
    top = [c.name for c in p.cleaners]
    assert top.index("house") == top.index("whitespace") - 1
    long = "House note 7 is a long line of many words that is kept"
    text = f"Real text stays.\nOur house rules\nHouse note 7 by the team\n{long}\n"
    assert "Our house rules" in BASE(text) and "by the team" in BASE(text)
    assert p(text).split("\n")[:2] == ["Real text stays.", long]
    assert "Our house rules" not in p(text) and "by the team" not in p(text)


def test_phrase_list_placement_and_selection_order():
    p = pipeline_from_config({"only": ["comment-forms"], "phrases": [{"name": "x", "lines": ["Zap"], "after": "comment-forms"}]})
    assert p.names() == ["comment-forms", "x"]
    anchor = BASE.cleaners[1].name
    p = pipeline_from_config({"phrases": [{"name": "x", "lines": ["Zap"], "before": anchor}]})
    top = [c.name for c in p.cleaners]
    assert top.index("x") == top.index(anchor) - 1 == 1


def test_configured_pipeline_pickles_for_workers():
    p = pipeline_from_config({"skip": ["glued-sentences"], "phrases": [{"name": "x", "lines": ["Zap"]}]})
    q = pickle.loads(pickle.dumps(p))
    assert q.names() == p.names()
    assert q("Text.\nZap\n") == p("Text.\nZap\n")
    assert "Zap" not in q("Text.\nZap\n") and "Zap" in BASE("Text.\nZap\n")


@pytest.mark.parametrize(
    ("cfg", "message"),
    [
        ({"skipp": ["x"]}, "unknown key(s) skipp"),
        ({"only": ["nope"]}, "unknown cleaner(s) nope"),
        ({"only": [1]}, "list of cleaner names"),
        ({"max_removed": 2}, "max_removed"),
        ({"max_removed": True}, "max_removed"),
        ({"cleaners": {"nope": {"x": 1}}}, "[cleaners.nope]: no cleaner of that name"),
        ({"cleaners": {"read-more": {"max_words": "9"}}}, "expected a number"),
        ({"cleaners": {"read-more": {"max_words": 2.5}}}, "whole number"),
        ({"cleaners": {"read-more": {"colour": 1}}}, "no option 'colour'"),
        ({"cleaners": {"bylines": {"pattern": ".*"}}}, "no option 'pattern'"),
        ({"cleaners": {"read-more": {"family": "comments"}}}, "no option 'family'"),
        ({"cleaners": {"read-more": 3}}, "must be a table"),
        ({"phrases": {"name": "x"}}, "array of tables"),
        ({"phrases": [{"lines": ["a"]}]}, "needs a name"),
        ({"phrases": [{"name": "x"}]}, "needs lines or prefixes"),
        ({"phrases": [{"name": "bylines", "lines": ["a"]}]}, "already exists"),
        ({"phrases": [{"name": "x", "lines": "a"}]}, "list of strings"),
        ({"phrases": [{"name": "x", "lines": ["a"], "before": "nope"}]}, "no cleaner 'nope'"),
        ({"phrases": [{"name": "x", "lines": ["a"], "before": "media", "after": "media"}]}, "not both"),
        ({"phrases": [{"name": "x", "lines": ["a"], "colour": 1}]}, "unknown key(s) colour"),
    ],
)
def test_every_mistake_is_a_clear_error(cfg, message):
    with pytest.raises(ConfigError) as info:
        pipeline_from_config(cfg, source="my.toml")
    assert message in str(info.value)
    assert str(info.value).startswith("my.toml")


def test_load_config_reads_toml(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text('skip = ["chrome"]\n\n[cleaners.read-more]\nmax_words = 30\n\n'
                    '[[phrases]]\nname = "house"\nlines = ["Our house rules"]\n', encoding="utf-8")
    p = load_config(path)
    assert "chrome" not in p.names() and "house" in p.names()
    assert _leaf(p, "read-more").max_words == 30  # type: ignore[attr-defined]


def test_load_config_errors_name_the_file(tmp_path):
    with pytest.raises(ConfigError, match="no such file"):
        load_config(tmp_path / "missing.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("skip = [", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad\.toml: not valid TOML"):
        load_config(bad)


def test_custom_base():
    base = cleanseed.Pipeline("mine", "a small one", (_leaf(BASE, "comment-forms"),))
    p = pipeline_from_config({"phrases": [{"name": "x", "lines": ["Zap"]}]}, base=base)
    assert p.names() == ["comment-forms", "x"]
