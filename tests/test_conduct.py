"""The conduct classifier (round 12): rude and blaming agent speech found by meaning, not only
by the phrase lists (``aqm.scoring.conduct_train``, ``data/conduct.npz``).

- the shipped model is the one its data trains (data hash), answers ``rude`` and ``blame``,
  and is in the lineage of a run of the bundled rules;
- blaming lines the lists do not hold fail ``angry_caller/no_blame`` with classifier
  evidence; firm but polite lines pass it and ``forbidden/rude`` (which keeps its list: the
  rude item did not carry to a new author); the rude item answers a rule that asks it;
- ``classifier_min_words`` and ``classifier_rivals`` do what they say, and are checked;
- the trainer reads its files (a bad line names file and line), and a small data folder gives
  a model that loads.

The sentences are written for this test, not copied from a training or labelled set.
``-k cond`` picks the file.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from aqm.errors import InputError
from aqm.scoring import check_compliance, load_file, load_pack, validate_file
from aqm.scoring.conduct_train import CONDUCT_ITEMS, SOURCES, data_sha256, read_lines, train
from aqm.scoring.items import CONDUCT_PATH, load_items, read_model
from aqm.scoring.items_train import DATA_DIR
from aqm.scoring.items_train import SOURCES as ITEM_SOURCES
from aqm.scoring.rules import RulePack
from tests.rules_set import text_only
from tests.test_rules import call
from tests.test_rules_round7 import ctx, status


@pytest.fixture(scope="module")
def pack() -> RulePack:
    return load_pack()


def test_cond001_shipped_model_is_current() -> None:
    model = load_items(CONDUCT_PATH).model  # refuses another embedder
    assert model.items == CONDUCT_ITEMS
    assert model.data_sha256 == data_sha256(), "the conduct data changed: run " \
        "`aqm rules train-conduct`"
    assert ((model.thresholds >= 0.5) & (model.thresholds < 1.0)).all()


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "with respect sir, if the details were wrong that came from your side, not ours"),
    ("en", "no madam, we sent the reminder twice and you chose to ignore it"),
    ("vi", "chị tự đưa mật khẩu cho người lạ thì ai mà giúp được"),
])
def test_cond002_new_blaming_wordings_fail_by_meaning(pack: RulePack, lang: str,
                                                      line: str) -> None:
    assert status(text_only(pack), "no_blame", "angry_caller", lang, line) == "pass"  # unlisted
    t = call(("agent", 0.5, line), lang=lang)
    res = check_compliance(t, pack, ctx(lang)).result("no_blame", "angry_caller")
    assert res.status == "fail"
    assert [e.method for e in res.evidence] == ["classifier"]
    assert res.evidence[0].score >= 0.98


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "I'm afraid I can't refund the annual fee, but I can move you to the free account "
           "today"),
    ("en", "could you read me the last four digits of the card please"),
    ("en", "you should receive the new card within five working days"),
    ("en", "no problem, whatever works best for you"),
    ("vi", "dạ em rất tiếc, phí này theo quy định em không hoàn được ạ, nhưng em xin giảm phí "
           "tháng sau cho chị"),
    ("vi", "dạ lỗi này do hệ thống bên em, chị không phải lo ạ"),
])
def test_cond003_firm_polite_lines_pass(pack: RulePack, lang: str, line: str) -> None:
    assert status(pack, "rude", "forbidden", lang, line) == "pass"
    assert status(pack, "no_blame", "angry_caller", lang, line) == "pass"


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "oh for goodness sake, are you going to let me finish or not"),
    ("en", "honestly mate I've got better things to do than go through this again with you"),
    ("vi", "chị hỏi đi hỏi lại mãi thế, em còn bao nhiêu khách khác đang chờ"),
    ("vi", "anh có hiểu tiếng Việt không vậy, em nói rõ thế rồi còn gì"),
])
def test_cond009_rude_item_answers_a_rule_that_asks_it(tmp_path: Path, lang: str,
                                                       line: str) -> None:
    """The rude item answers a rule file that asks it (the bundled rude rule has asked it
    since round 16, at the thresholds cross-validation chose: README "Round 16")."""
    extra = ", classifier_min_words: 4, classifier_rivals: [blame]"
    assert _status(tmp_path, line, lang, 0.99, extra) == "fail"


def test_cond004_lineage_names_the_conduct_model(pack: RulePack) -> None:
    res = check_compliance(call(("agent", 0.5, "hello")), pack, ctx("en"))
    assert load_items(CONDUCT_PATH).sha256 in res.lineage.options_json


RULE = """\
    kind: rules
    name: c
    version: 1
    rules:
      - id: rude
        kind: forbidden
        phrases: [shut up]
        match: {methods: [exact, classifier], classifier_item: rude,
                classifier_threshold: THRESHOLD EXTRA}
    """


def _status(tmp_path: Path, line: str, lang: str, threshold: float, extra: str = "") -> str:
    path = tmp_path / "c.yaml"
    path.write_text(textwrap.dedent(RULE.replace("THRESHOLD", str(threshold))
                                    .replace("EXTRA", extra)), encoding="utf-8")
    pack = load_pack([path])
    return check_compliance(call(("agent", 0.5, line), lang=lang), pack,
                            ctx(lang)).result("rude", "c").status


def test_cond005_min_words_and_rivals(tmp_path: Path) -> None:
    # between 0.5 and 0.7 rude (round 20's model: 0.56): found at 0.5, not when a stretch
    # needs 10 words (it has 9)
    line = "yeah right, like I have all day for this"
    assert _status(tmp_path, line, "en", 0.5) == "fail"
    assert _status(tmp_path, line, "en", 0.7) == "pass"
    assert _status(tmp_path, line, "en", 0.5, ", classifier_min_words: 10") == "pass"
    assert _status(tmp_path, line, "en", 0.5, ", classifier_min_words: 9") == "fail"
    # about 0.66 rude and 1.0 blaming: no rude line where blaming is likelier
    line = "we sent the reminder twice and you ignored it madam"
    assert _status(tmp_path, line, "en", 0.4) == "fail"
    assert _status(tmp_path, line, "en", 0.4, ", classifier_rivals: [blame]") == "pass"


@pytest.mark.parametrize(("extra", "where", "msg"), [
    (", classifier_rivals: [greeting]", "match.classifier_rivals[0]",
     "'greeting' is no other item of the classifier that answers 'rude'"),
    (", classifier_rivals: [rude]", "match.classifier_rivals[0]", "no other item"),
    (", classifier_min_words: 0", "match.classifier_min_words", "greater than or equal to 1"),
])
def test_cond006_fields_are_checked(tmp_path: Path, extra: str, where: str, msg: str) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(textwrap.dedent(RULE.replace("THRESHOLD", "0.9").replace("EXTRA", extra)),
                    encoding="utf-8")
    problems = validate_file(path)
    assert problems and f"rules[0].{where}" in problems[0] and msg in problems[0], problems
    good = tmp_path / "good.yaml"
    good.write_text(textwrap.dedent(RULE.replace("THRESHOLD", "0.9").replace(
        "EXTRA", ", classifier_min_words: 4, classifier_rivals: [blame]")), encoding="utf-8")
    m = load_file(good).rules[0].matching
    assert (m.classifier_min_words, m.classifier_rivals) == (4, ("blame",))


def _small_data(tmp_path: Path) -> Path:
    """A data folder of a part of the shipped files' lines."""
    for name in ITEM_SOURCES:
        lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
        (tmp_path / name).write_text("\n".join(lines[::120]) + "\n", encoding="utf-8")
    authors = [x for x in (DATA_DIR / SOURCES[0]).read_text(encoding="utf-8").splitlines()
               if not x.startswith("#")]
    (tmp_path / SOURCES[0]).write_text("\n".join(authors[::12]) + "\n", encoding="utf-8")
    for name, step in ((SOURCES[1], 300), (SOURCES[2], 8)):
        lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
        (tmp_path / name).write_text("\n".join(lines[::step]) + "\n", encoding="utf-8")
    return tmp_path


def test_cond007_training_writes_a_model_that_loads(tmp_path: Path) -> None:
    data = _small_data(tmp_path)
    lines = read_lines(data)
    assert {i for x in lines for i in x.labels} == set(CONDUCT_ITEMS)
    assert read_lines(data) == lines  # seeded
    report = train(data, tmp_path / "c.npz")
    model = read_model(Path(report.model_path))
    assert model.items == CONDUCT_ITEMS and model.data_sha256 == data_sha256(data)
    assert len(report.thresholds) == 4 and report.examples == len(lines)


def test_cond008_a_bad_line_names_file_and_line(tmp_path: Path) -> None:
    data = _small_data(tmp_path)
    with open(data / SOURCES[0], "a", encoding="utf-8") as fh:
        fh.write("en\trudeness\tgo away\n")
    n = len((data / SOURCES[0]).read_text(encoding="utf-8").splitlines())
    with pytest.raises(InputError, match=f"conduct_authors.txt line {n}: .*rude, blame"):
        read_lines(data)
