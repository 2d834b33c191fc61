"""Rule and category files (YAML) -> frozen, checked rules.

A QA lead writes what agents must and must not say in ``scorecards/rules/*.yaml``, and
what marks a call's driver in ``scorecards/categories/*.yaml``. Example::

    kind: rules
    name: inbound
    version: 3
    variables:
      company: {en: [acme bank], vi: [ngân hàng abc]}
    defaults:
      speaker: agent
      match: {methods: [exact, fuzzy], fuzzy_threshold: 88, diacritics: ignore}
    rules:
      - id: greeting
        kind: required                 # required | forbidden | order | metric
        when: {direction: [inbound]}
        where: {first_s: 20}           # or last_s, or after: {event, within_s, occurrence,
                                       #                       from: end | start}
        phrases:
          en: [hello, good morning, thank you for calling {company}]
          vi: [xin chào, cảm ơn quý khách đã gọi]
      - id: thanks_before_goodbye
        kind: order
        first: thanks
        then: goodbye

``{name}`` in a phrase takes each wording of variable ``name``; ``{agent}`` is the agent's
name from the call's metadata (any one or two words when unknown); ``*`` is any one to
three words (``* *`` two to six). ``exceptions`` excuse the hits they overlap (with
their tone marks, unless written without any); ``strict_phrases`` match with their tone
marks kept; ``not_on`` names rules above whose restatement of the customer's problem a
meaning match may not start on. Loading validates the schema
(``aqm.scoring.schema``) and the references between rules; every problem names the file,
the line and the field.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable
from pathlib import Path

from aqm.errors import RuleError
from aqm.scoring.rule_build import Builder
from aqm.scoring.rule_types import (
    AGENT_VARIABLE,
    ANY_LANGUAGE,
    DEFAULT_CLASSIFIER_THRESHOLD,
    DEFAULT_FUZZY_THRESHOLD,
    DEFAULT_METHODS,
    DEFAULT_SEMANTIC_THRESHOLD,
    MEANING_METHODS,
    Category,
    Conditions,
    EventWindow,
    LoadedFile,
    Matching,
    MetricCheck,
    PhraseSet,
    Rule,
    RuleFile,
    RuleKind,
    RulePack,
    Window,
)
from aqm.scoring.schema import RuleFileModel, read_yaml, utf8_problem, validate_model

__all__ = ["AGENT_VARIABLE", "ANY_LANGUAGE", "DEFAULT_CLASSIFIER_THRESHOLD",
           "DEFAULT_FUZZY_THRESHOLD", "DEFAULT_METHODS", "DEFAULT_SEMANTIC_THRESHOLD",
           "MEANING_METHODS", "SCORECARDS_ENV", "Category", "Conditions", "EventWindow",
           "LoadedFile", "Matching", "MetricCheck", "PhraseSet", "Rule", "RuleFile",
           "RuleKind", "RulePack", "Window", "default_scorecards_dir", "load_file",
           "load_pack", "scorecard_files", "validate_file"]


SCORECARDS_ENV = "AQM_SCORECARDS"


def default_scorecards_dir() -> Path:
    """``$AQM_SCORECARDS``, else the ``scorecards/`` folder shipped beside the package."""
    env = os.environ.get(SCORECARDS_ENV)
    return Path(env) if env else Path(__file__).resolve().parents[2] / "scorecards"


def scorecard_files(root: Path | None = None) -> list[Path]:
    """Every rule and category file under ``root`` (default: the bundled scorecards); QA
    forms (``forms/``, see ``aqm.scoring.forms``) are not rule files."""
    root = root or default_scorecards_dir()
    return sorted(p for p in root.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()
                  and "forms" not in p.relative_to(root).parts)


def load_pack(paths: Iterable[str | Path] | None = None) -> RulePack:
    """Rules and categories from files and folders (default: the bundled scorecards)."""
    files: list[Path] = []
    for p in ([default_scorecards_dir()] if paths is None else paths):
        path = Path(p)
        if path.is_dir():
            files += scorecard_files(path)
        elif path.is_file():
            files.append(path)
        else:
            raise RuleError(f"{path}: no such rule file or folder")
    loaded = [load_file(f) for f in files]
    names: dict[str, str] = {}
    for lf in loaded:
        if lf.info.name in names:
            raise RuleError(f"{lf.info.path}:1: name: {lf.info.name!r} is also the name of "
                            f"{names[lf.info.name]}")
        names[lf.info.name] = lf.info.path
    cat_ids: dict[str, str] = {}
    for lf in loaded:
        for c in lf.categories:
            if c.id in cat_ids:
                raise RuleError(f"{lf.info.path}:{c.line}: category {c.id!r} is also in "
                                f"{cat_ids[c.id]}")
            cat_ids[c.id] = lf.info.path
    return RulePack(files=tuple(lf.info for lf in loaded),
                    rules=tuple(r for lf in loaded for r in lf.rules),
                    categories=tuple(c for lf in loaded for c in lf.categories))


def validate_file(path: str | Path) -> list[str]:
    """Problems of one file (empty when it is valid); each names file, line and field.
    A QA form (``kind: form``) is checked too, its rule references against the bundled
    rule files."""
    try:
        head = Path(path).read_bytes()[:65536].decode("utf-8", "replace")
        if re.search(r"^kind:\s*form\s*$", head, re.MULTILINE):
            from aqm.scoring.forms import load_form

            load_form(path, load_pack())
        else:
            load_file(path)
    except OSError as e:
        return [f"{path}: cannot read: {e.strerror}"]
    except RuleError as e:
        return str(e).splitlines()
    return []


def load_file(path: str | Path) -> LoadedFile:
    """One rule or category file, validated. Raises ``RuleError``."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise RuleError(f"{path}: cannot read: {e.strerror}") from e
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise utf8_problem(path, raw, e) from e
    data, lines = read_yaml(path, text)
    model = validate_model(path, data, lines)
    info = RuleFile(path=str(path), name=model.name, kind=model.kind, version=str(model.version),
                    sha256=hashlib.sha256(raw).hexdigest())
    build = Builder(path, model, lines)
    if isinstance(model, RuleFileModel):
        return LoadedFile(info, rules=build.rules(model))
    return LoadedFile(info, categories=build.categories(model))


