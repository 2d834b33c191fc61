"""Fuzzing the rule, category and form loaders (issue 15) with hypothesis: random YAML
documents, random structural mutations of the shipped scorecards/ files and random byte
edits of them must give a loaded pack/form or the project's own ``RuleError`` naming the file
(and a line) — never another exception, never a hang. Bounded: about 10 s in all."""

from __future__ import annotations

import os
import re
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from aqm.errors import RuleError
from aqm.scoring import load_pack
from aqm.scoring.forms import load_form
from aqm.scoring.rules import RulePack, load_file, scorecard_files, validate_file

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = sorted(scorecard_files(ROOT / "scorecards")) + sorted(
    (ROOT / "scorecards" / "forms").glob("*.yaml"))
# per fuzz test; AQM_FUZZ_EXAMPLES=2000 AQM_FUZZ_RANDOM=1 for a longer, random hunt
EXAMPLES = int(os.environ.get("AQM_FUZZ_EXAMPLES", "50"))
PER_EXAMPLE_S = 10  # a loader taking longer than this on one file is a hang
# read once: the fuzzing must not depend on files someone may be editing meanwhile
TEXTS = {p: p.read_bytes() for p in SHIPPED}
# the explain phase traces every line (10-100x slower): it would read as a hang
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                derandomize=not os.environ.get("AQM_FUZZ_RANDOM"),
                phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
# words the schemas know, so random documents reach past the first check
VOCAB = ["kind", "name", "version", "description", "rules", "categories", "form", "sections",
         "questions", "id", "phrases", "en", "vi", "match", "methods", "exact", "fuzzy",
         "semantic", "required", "forbidden", "order", "metric", "variables", "defaults",
         "speaker", "agent", "customer", "when", "where", "first_s", "last_s", "weight",
         "auto", "auto_fail", "type", "scale", "min", "max", "severity", "examples", "steps",
         "applies", "direction", "inbound", "title", "text", "fuzzy_threshold", "diacritics",
         "{agent}", "{you}", "{company}", "inbound/greeting", "min_hits", "threshold"]
KINDS = ["rules", "categories", "form"]

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-10**12, 10**12),
    st.floats(allow_nan=True, allow_infinity=True), st.sampled_from(VOCAB),
    st.text(max_size=12), st.sampled_from(["", "{", "{}", "{nope}", "[", "*", "&a", "!!str",
                                           "1e999", "-", "~", "2026-13-45", "\x00", "é"]))
documents = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.one_of(st.sampled_from(VOCAB), st.text(
                                max_size=6)), inner, max_size=5)),
    max_leaves=25)


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    def fail(*_: object) -> None:
        raise TimeoutError(f"a loader ran over {seconds} s: a hang")

    old = signal.signal(signal.SIGALRM, fail)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@pytest.fixture(scope="module")
def pack() -> RulePack:
    return load_pack()


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def loaders(pack: RulePack, kind: str | None) -> list[Callable[[Path], object]]:
    """The loaders a file of ``kind`` goes through (None: all of them)."""
    rules: list[Callable[[Path], object]] = [load_file, lambda p: load_pack([p])]
    form: list[Callable[[Path], object]] = [lambda p: load_form(p, pack)]
    return form if kind == "form" else rules if kind else rules + form


def check(path: Path, pack: RulePack, kind: str | None = None) -> int:
    """Run the loaders on ``path``; returns how many loaded. Anything but success or a
    ``RuleError`` naming the file (and a line) fails the test."""
    loaded = 0
    for load in loaders(pack, kind):
        try:
            with time_limit(PER_EXAMPLE_S):
                load(path)
            loaded += 1
        except RuleError as e:
            message = str(e)
            assert message, "an empty RuleError"
            for line in message.splitlines():
                assert line.startswith(str(path)), message  # names the file on every line
            assert re.match(rf"{re.escape(str(path))}:\d+: \S", message), message
    with time_limit(PER_EXAMPLE_S):
        problems = validate_file(path)  # `aqm rules check`
    assert all(p.startswith(str(path)) for p in problems)
    return loaded


def _kind(source: Path) -> str:
    return "form" if source.parent.name == "forms" else "rules"


def _write(work: Path, name: str, data: bytes) -> Path:
    path = work / name
    path.write_bytes(data)
    return path


@FUZZ
@given(doc=documents, kind=st.sampled_from([*KINDS, None]))
def test_fuzz001_random_yaml_documents(work: Path, pack: RulePack, doc: Any,
                                       kind: str | None) -> None:
    if kind is not None and isinstance(doc, dict):
        doc = {"kind": kind, "name": "fuzz", "version": 1, **doc}
    text = yaml.safe_dump(doc, allow_unicode=True)
    check(_write(work, "doc.yaml", text.encode()), pack)


@FUZZ
@given(text=st.text(alphabet=st.sampled_from(list("kind:rules- \n{}[]\"'#&*!|>%@`,?\t")),
                    max_size=200))
def test_fuzz002_random_yaml_syntax(work: Path, pack: RulePack, text: str) -> None:
    check(_write(work, "syntax.yaml", text.encode()), pack)


def _paths(node: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [here]
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, (*here, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _paths(v, (*here, i))
    return out


def _set(node: Any, path: tuple[Any, ...], value: Any, delete: bool) -> Any:
    if not path:
        return value
    parent = node
    for key in path[:-1]:
        parent = parent[key]
    if delete:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return node


@FUZZ
@given(data=st.data(), source=st.sampled_from(SHIPPED))
def test_fuzz003_structural_mutations_of_shipped_files(work: Path, pack: RulePack,
                                                       data: st.DataObject,
                                                       source: Path) -> None:
    doc = yaml.safe_load(TEXTS[source].decode())
    for _ in range(data.draw(st.integers(1, 3))):
        paths = _paths(doc)
        where = data.draw(st.sampled_from(paths))
        delete = bool(where) and data.draw(st.booleans())
        doc = _set(doc, where, None if delete else data.draw(documents), delete)
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)
    check(_write(work, source.name, text.encode()), pack, _kind(source))


@FUZZ
@given(data=st.data(), source=st.sampled_from(SHIPPED))
def test_fuzz004_text_mutations_of_shipped_files(work: Path, pack: RulePack,
                                                 data: st.DataObject, source: Path) -> None:
    lines = TEXTS[source].decode().splitlines(keepends=True)
    for _ in range(data.draw(st.integers(1, 4))):
        if not lines:
            break
        i = data.draw(st.integers(0, len(lines) - 1))
        op = data.draw(st.sampled_from(["drop", "dup", "swap", "indent", "dedent", "insert",
                                        "truncate", "garble"]))
        if op == "drop":
            del lines[i]
        elif op == "dup":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = data.draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "indent":
            lines[i] = "  " + lines[i]
        elif op == "dedent":
            lines[i] = lines[i].lstrip()
        elif op == "insert":
            lines.insert(i, data.draw(st.text(max_size=30)) + "\n")
        elif op == "truncate":
            lines = lines[:i]
        else:
            at = data.draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:at] + data.draw(st.text(max_size=5)) + lines[i][at:]
    check(_write(work, source.name, "".join(lines).encode("utf-8", "surrogatepass")), pack,
          _kind(source))


@FUZZ
@given(data=st.data(), source=st.sampled_from(SHIPPED))
def test_fuzz005_byte_mutations_of_shipped_files(work: Path, pack: RulePack,
                                                 data: st.DataObject, source: Path) -> None:
    raw = bytearray(TEXTS[source])
    for _ in range(data.draw(st.integers(1, 6))):
        i = data.draw(st.integers(0, len(raw) - 1))
        raw[i] = data.draw(st.integers(0, 255))
    check(_write(work, source.name, bytes(raw)), pack, _kind(source))


@FUZZ
@given(value=documents, source=st.sampled_from(SHIPPED), field=st.sampled_from(
    ["fuzzy_threshold", "semantic_threshold", "weight", "first_s", "last_s", "min_hits",
     "version", "min", "max", "severity", "speaker", "methods", "phrases", "examples", "id",
     "kind", "name", "auto", "rules", "where", "when"]))
def test_fuzz006_a_field_gets_any_kind_of_value(work: Path, pack: RulePack, value: Any,
                                                source: Path, field: str) -> None:
    text = TEXTS[source].decode()
    dumped = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True,
                            width=10**6).strip().removesuffix("...").strip()
    mutated = re.sub(rf"(?m)^(\s*-?\s*{field}:)[^\n]*",
                     lambda m: f"{m.group(1)} {dumped}", text, count=1)
    check(_write(work, source.name, mutated.encode()), pack, _kind(source))


def test_fuzz007_shipped_files_still_load(pack: RulePack) -> None:
    assert pack.rules and pack.categories
    for path in SHIPPED:
        assert check(path, pack, _kind(path)) >= 1, path


@pytest.mark.parametrize(("text", "problem"), [
    # found by the fuzzing above; each used to raise another exception or hang
    ("kind: rules\nname: x\nversion: 1\nrules: &a [*a]\n",
     r":4: rules\[0\]: an alias refers to a value that contains it"),
    ("kind: rules\nname: x\nversion: 1\nl0: &l0 [a, a, a, a, a, a, a, a, a, a]\n"
     + "".join(f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 10)}]\n" for i in range(1, 9))
     + "rules: *l8\n", r":\d+: the file expands to more than 200000 values"),
    ("kind: rules\nname: x\nversion: 2026-13-45\nrules: []\n",
     r":1: a value cannot be read: month must be in 1\.\.12"),
    ("kind: rules\nname: x\n\x00version: 1\n",
     r":3: not valid YAML: character U\+0000 is not allowed"),
    ("kind: rules\nname: x\nversion: 1\n\"a\\nb\": 1\nrules: []\n", r":4: 'a\\nb': Extra inputs"),
    ("kind: rules\n" + "x: [" * 5000 + "]" * 5000 + "\n", r":1: nested too deeply"),
])
def test_fuzz008_found_cases_give_a_rule_error_with_file_and_line(
        tmp_path: Path, pack: RulePack, text: str, problem: str) -> None:
    path = _write(tmp_path, "found.yaml", text.encode())
    with time_limit(PER_EXAMPLE_S), pytest.raises(RuleError) as info:
        load_file(path)
    assert re.search(re.escape(str(path)) + problem, str(info.value)), str(info.value)
    check(path, pack)
