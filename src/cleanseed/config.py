"""Build a :class:`~cleanseed.Pipeline` from a TOML configuration.

A configuration chooses cleaners, sets their options and adds phrase
lists::

    # cleanseed.toml
    skip = ["glued-sentences"]        # or: only = ["media", "meta", "whitespace"]
    max_removed = 0.6                 # keep a document whole if more would go
    cap_min_chars = 1000              # ... when it has at least this many non-space characters

    [cleaners.read-more]              # options of one cleaner, by name
    max_words = 30

    [[phrases]]                       # an extra phrase cleaner
    name = "site-footer"
    lines = ["All rights reserved", "Follow us on Twitter"]
    prefixes = ["Copyright #"]        # "#" stands for a number
    max_words = 8
    before = "whitespace"             # default: before the final tidy-up

``only``/``skip`` apply first, then the options, then the phrase lists (so
a phrase list is always part of the result). Every key is checked: a typo
is an error that names the key, never a silently ignored setting.
Cleaners' regular expressions cannot be replaced from a configuration,
which keeps the linear-time guarantee of every pattern.

>>> p = pipeline_from_config({"only": ["comment-forms"]})
>>> p.names()
['comment-forms']
"""

from __future__ import annotations

import dataclasses
import os
from typing import Any, Mapping

from ._pipeline import Cleaner, PhraseCleaner, Pipeline

__all__ = ["ConfigError", "load_config", "pipeline_from_config"]

_TOP_KEYS = {"only", "skip", "max_removed", "cap_min_chars", "cleaners", "phrases"}
_PHRASE_KEYS = {"name", "description", "lines", "prefixes", "max_words", "before", "after"}
#: Fields a configuration may not set: identity, structure and anything
#: that would let it replace a (checked, linear-time) regular expression.
_LOCKED = {"name", "cleaners", "pattern", "flags", "group", "keep", "test", "function", "family"}


class ConfigError(ValueError):
    """A configuration that cannot be applied; the message names the file and key."""


def load_config(path: str | os.PathLike[str], *, base: Pipeline | None = None) -> Pipeline:
    """Read the TOML file at ``path`` and return the pipeline it describes.

    ``base`` is the pipeline to start from (the default pipeline if omitted).
    Raises :class:`ConfigError` for a missing file, bad TOML or a bad key.
    """
    import tomllib

    name = os.fspath(path)
    try:
        with open(name, "rb") as f:
            data = tomllib.load(f)
    except FileNotFoundError:
        raise ConfigError(f"{name}: no such file") from None
    except OSError as e:
        raise ConfigError(f"{name}: {e.strerror or e}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ConfigError(f"{name}: not valid TOML: {e}") from None
    return pipeline_from_config(data, base=base, source=name)


def pipeline_from_config(data: Mapping[str, Any], *, base: Pipeline | None = None, source: str = "config") -> Pipeline:
    """The pipeline that the parsed configuration ``data`` describes (see the module doc)."""
    if base is None:
        from ._default import default_pipeline

        base = default_pipeline()
    _no_unknown(data, _TOP_KEYS, source)
    pipeline = base
    try:
        if "only" in data:
            pipeline = pipeline.only(*_names(data["only"], f"{source}: only"))
        if "skip" in data:
            pipeline = pipeline.without(*_names(data["skip"], f"{source}: skip"))
    except ValueError as e:
        raise ConfigError(f"{source}: {e}") from None
    if "max_removed" in data:
        cap = data["max_removed"]
        if isinstance(cap, bool) or not isinstance(cap, (int, float)) or not 0 <= cap <= 1:
            raise ConfigError(f"{source}: max_removed must be a number from 0 to 1, not {cap!r}")
        pipeline = dataclasses.replace(pipeline, max_removed=float(cap))
    if "cap_min_chars" in data:
        least = data["cap_min_chars"]
        if isinstance(least, bool) or not isinstance(least, int) or least < 0:
            raise ConfigError(f"{source}: cap_min_chars must be a whole number of at least 0, not {least!r}")
        pipeline = dataclasses.replace(pipeline, cap_min_chars=least)
    options = data.get("cleaners", {})
    if not isinstance(options, Mapping):
        raise ConfigError(f"{source}: [cleaners] must be a table of cleaner names")
    for name, opts in options.items():
        if not isinstance(opts, Mapping):
            raise ConfigError(f"{source}: [cleaners.{name}] must be a table of options")
        pipeline = _set_options(pipeline, name, opts, source)
    phrases = data.get("phrases", [])
    if not isinstance(phrases, list):
        raise ConfigError(f"{source}: phrases must be an array of tables ([[phrases]])")
    for i, spec in enumerate(phrases, 1):
        pipeline = _add_phrases(pipeline, spec, f"{source}: phrases #{i}")
    return pipeline


def _no_unknown(table: Mapping[str, Any], known: set[str], where: str) -> None:
    unknown = sorted(set(table) - known)
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")


def _names(value: Any, where: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where} must be a list of cleaner names")
    return value


def _set_options(pipeline: Pipeline, name: str, opts: Mapping[str, Any], source: str) -> Pipeline:
    where = f"{source}: [cleaners.{name}]"
    if name == pipeline.name:
        return _replace(pipeline, opts, where)  # type: ignore[return-value]
    found = False

    def walk(p: Pipeline) -> Pipeline:
        nonlocal found
        items: list[Cleaner] = []
        for c in p.cleaners:
            if c.name == name:
                c = _replace(c, opts, where)
                found = True
            elif isinstance(c, Pipeline):
                c = walk(c)
            items.append(c)
        return dataclasses.replace(p, cleaners=tuple(items))

    out = walk(pipeline)
    if not found:
        raise ConfigError(f"{where}: no cleaner of that name; known: {', '.join(sorted(pipeline.names()))}")
    return out


def _replace(cleaner: Cleaner, opts: Mapping[str, Any], where: str) -> Cleaner:
    if not dataclasses.is_dataclass(cleaner):
        raise ConfigError(f"{where}: this cleaner has no options")
    fields = {f.name: f for f in dataclasses.fields(cleaner) if f.name not in _LOCKED}
    settable = sorted(k for k in fields if _kind(getattr(cleaner, k)) is not None)
    changes: dict[str, Any] = {}
    for key, value in opts.items():
        if key not in settable:
            raise ConfigError(f"{where}: no option {key!r}; options: {', '.join(settable) or 'none'}")
        changes[key] = _coerce(value, getattr(cleaner, key), f"{where} {key}")
    return dataclasses.replace(cleaner, **changes)


def _kind(current: Any) -> str | None:
    """Which kind of value an option holds, or ``None`` if it cannot be configured."""
    if isinstance(current, bool):
        return "bool"
    if isinstance(current, (int, float)):
        return "number"
    if isinstance(current, str):
        return "str"
    if isinstance(current, tuple) and all(isinstance(v, str) for v in current):
        return "strings"
    if current is None:
        return None
    return None


def _coerce(value: Any, current: Any, where: str) -> Any:
    kind = _kind(current)
    if kind == "bool" and isinstance(value, bool):
        return value
    if kind == "number" and isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(current, int) and not isinstance(value, int):
            raise ConfigError(f"{where}: must be a whole number, not {value!r}")
        return value
    if kind == "str" and isinstance(value, str):
        return value
    if kind == "strings" and isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ConfigError(f"{where}: expected {_KIND_WORDS[kind or 'str']}, not {value!r}")


_KIND_WORDS = {"bool": "true or false", "number": "a number", "str": "a string", "strings": "a list of strings"}


def _add_phrases(pipeline: Pipeline, spec: Any, where: str) -> Pipeline:
    if not isinstance(spec, Mapping):
        raise ConfigError(f"{where}: must be a table")
    _no_unknown(spec, _PHRASE_KEYS, where)
    name = spec.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{where}: needs a name")
    if name in pipeline.names() or name == pipeline.name:
        raise ConfigError(f"{where}: a cleaner named {name!r} already exists")
    lines = tuple(_strings(spec.get("lines", []), f"{where} lines"))
    prefixes = tuple(_strings(spec.get("prefixes", []), f"{where} prefixes"))
    if not lines and not prefixes:
        raise ConfigError(f"{where}: needs lines or prefixes")
    max_words = spec.get("max_words", 12)
    if isinstance(max_words, bool) or not isinstance(max_words, int) or not 0 <= max_words <= 100:
        raise ConfigError(f"{where}: max_words must be a whole number from 0 to 100")
    description = spec.get("description") or f"lines made of user phrases ({name})"
    if not isinstance(description, str):
        raise ConfigError(f"{where}: description must be a string")
    before, after = spec.get("before"), spec.get("after")
    if before is not None and after is not None:
        raise ConfigError(f"{where}: give before or after, not both")
    if before is None and after is None and "whitespace" in [c.name for c in pipeline.cleaners]:
        before = "whitespace"
    cleaner = PhraseCleaner(name, description, phrases=lines, prefixes=prefixes, max_words=max_words)
    try:
        return pipeline.add(cleaner, before=before, after=after)
    except ValueError as e:
        raise ConfigError(f"{where}: {e}") from None


def _strings(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: must be a list of strings")
    return value
