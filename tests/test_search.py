"""Search across calls: phrase search on the real sample transcripts and on synthetic centres
with the project's utterances (checked against a plain-Python reading of the same rows),
Vietnamese with and without tone marks, filters, scopes, re-indexing, semantic search with
the real embedder, saved searches that become categories in a real `aqm run`, the CLI."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from aqm.auth import add_user, load_user
from aqm.cli import app
from aqm.errors import InputError, PermissionDenied, RuleError
from aqm.pipeline import RunOptions, run_batch
from aqm.scoring.text import normalise
from aqm.search import SearchQuery, index, save_search, saved_searches, search, to_category
from aqm.store import Store
from aqm.transcribe.base import TranscribeOptions

from .conftest import ROOT
from .search_support import copy_samples, phrase_segment, synth_centre

runner = CliRunner()
COMPLAINT = "86629ee1efbfdd22357d"  # en_angry_caller: "Or I want to cancel my account."
CANCEL = "cancel my account"  # said once, by the customer of COMPLAINT


@pytest.fixture()
def samples(samples_db: Path, tmp_path: Path) -> Path:
    db = copy_samples(samples_db, tmp_path / "samples")
    index(db)
    return db


@pytest.fixture(scope="module")
def centre(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """3,000 synthetic calls over 2026; two segments with hand-placed Vietnamese text."""
    db = tmp_path_factory.mktemp("centre") / "centre.duckdb"
    synth_centre(db, 3000, extra={0: "Dạ em chào anh, anh muốn HUỶ THẺ tín dụng ạ?",
                                  1: "toi muon huy the ngay hom nay"})
    index(db)
    return db


def _rows(db: Path) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("""
        SELECT s.call_id, s.seg_idx, s.speaker, s.start_s, s.end_s, s.text, f.started_at,
               f.duration_s, f.queue, f.team, f.agent_id, f.qa_score,
               f.customer_ended_negative,
               list(cc.category) FILTER (WHERE cc.category IS NOT NULL)
        FROM segments s JOIN call_facts f USING (call_id)
        LEFT JOIN call_categories cc USING (call_id)
        GROUP BY ALL""").fetchall()
    con.close()
    return rows


def _expected(rows: list[tuple], q: SearchQuery, n: int = 20) -> list[tuple[str, int]]:
    """The first page by reading every segment in Python (token sequences, filters)."""
    words = normalise(q.text, diacritics=False).split()
    out = []
    for (cid, idx, spk, start, end, text, started, dur, queue, team, agent, score, neg,
         cats) in rows:
        toks = normalise(text, diacritics=False).split()
        if not any(toks[i:i + len(words)] == words for i in range(len(toks))):
            continue
        if q.speaker and spk != q.speaker or q.queues and queue not in q.queues \
                or q.teams and team not in q.teams or q.agents and agent not in q.agents:
            continue
        if q.date_from and (started is None or started.date() < q.date_from):
            continue
        if q.date_to and (started is None or started.date() > q.date_to):
            continue
        if q.score_min is not None and (score is None or score < q.score_min):
            continue
        if q.score_max is not None and (score is None or score > q.score_max):
            continue
        if q.sentiment and bool(neg) != (q.sentiment == "negative"):
            continue
        if q.categories and not set(cats or ()) & set(q.categories):
            continue
        if q.in_first_s is not None and not start < q.in_first_s:
            continue
        if q.in_last_s is not None and not end > dur - q.in_last_s:
            continue
        out.append((started, cid, idx))
    out.sort(key=lambda r: (-(r[0].timestamp() if r[0] else float("-inf")), r[1], r[2]))
    return [(c, i) for _, c, i in out[:n]]


def test_srch001_phrase_on_real_transcripts(samples: Path) -> None:
    seg, start = phrase_segment(samples, COMPLAINT, CANCEL)
    page = search(samples, SearchQuery("cancel my account"))
    assert [(h.call_id, h.seg_idx, h.speaker) for h in page.hits] == \
        [(COMPLAINT, seg, "customer")]
    hit = page.hits[0]
    assert "cancel my account" in hit.text.lower() and hit.start_s == start
    assert 19 < hit.start_s < 23  # said about 20 s in
    assert hit.agent_id == "A1002" and hit.queue == "complaints" and page.unindexed == 0
    # case, punctuation and apostrophes do not matter; word order and whole words do
    assert [h.call_id for h in search(samples, SearchQuery("CANCEL, my Account!")).hits] == \
        [COMPLAINT]
    assert search(samples, SearchQuery("account my cancel")).hits == ()
    assert search(samples, SearchQuery("cancel my acc")).hits == ()
    # redaction tags are words too
    card = search(samples, SearchQuery("[card]", speaker="customer")).hits
    # one customer segment (where tiny.en ends it depends on its threads: "Sure, the card
    # number is [CARD]." alone, or after "I would like to pay ... by card")
    assert [h.text.rstrip(".").endswith("the card number is [CARD]") for h in card] == [True]
    # speaker and time in call
    assert search(samples, SearchQuery("cancel my account", speaker="agent")).hits == ()
    assert search(samples, SearchQuery("cancel my account", in_first_s=10)).hits == ()
    assert len(search(samples, SearchQuery("cancel my account", in_last_s=60)).hits) == 1
    thanks = search(samples, SearchQuery("thank you for calling"), limit=50).hits
    assert len({h.call_id for h in thanks}) == 5
    starts = [h.started_at for h in thanks]
    assert starts == sorted(starts, reverse=True)


def test_srch002_vietnamese_with_and_without_tone_marks(centre: Path) -> None:
    found = {}
    for text in ("hủy thẻ", "huy the", "HỦY THẺ", "huỷ thẻ"):
        page = search(centre, SearchQuery(text), limit=500)
        found[text] = {(h.call_id, h.seg_idx) for h in page.hits}
        texts = [h.text for h in page.hits]
        assert "Dạ em chào anh, anh muốn HUỶ THẺ tín dụng ạ?" in texts
        assert "toi muon huy the ngay hom nay" in texts
    assert len({frozenset(v) for v in found.values()}) == 1  # the same segments each time
    assert len(found["huy the"]) > 2  # and the utterances' own "hủy thẻ ..." too


@pytest.mark.parametrize("q", [
    SearchQuery("refund", speaker="customer", queues=("cards", "premium", "card_payments"),
                date_from=dt.date(2026, 6, 1)),
    SearchQuery("huy the", teams=("Fraud", "Collections", "Billing", "Loans"),
                date_to=dt.date(2026, 11, 30)),
    SearchQuery("thank you", speaker="agent", score_max=70),
    SearchQuery("cancel", categories=("complaint", "cancellation"), in_first_s=100),
    SearchQuery("i", sentiment="negative", in_last_s=60, score_min=50),
    SearchQuery("the", agents=("A1069", "A1049"), date_from=dt.date(2026, 3, 1),
                date_to=dt.date(2026, 3, 31)),
], ids=lambda q: q.text)
def test_srch003_filters_match_a_plain_reading(centre: Path, q: SearchQuery) -> None:
    expected = _expected(_rows(centre), q, n=45)
    got = [(h.call_id, h.seg_idx) for h in search(centre, q, limit=20).hits]
    got += [(h.call_id, h.seg_idx) for h in search(centre, q, offset=20, limit=25).hits]
    assert got == expected
    assert expected, "the query should find something"


def test_srch004_nothing_and_bad_queries(centre: Path) -> None:
    page = search(centre, SearchQuery("qwxz refund"))
    assert page.hits == () and page.plan == "none"
    with pytest.raises(InputError):
        SearchQuery("  ")
    with pytest.raises(InputError):
        SearchQuery("refund", speaker="boss")
    with pytest.raises(InputError):
        search(centre, SearchQuery("?!"))


def test_srch005_reindex_follows_the_transcripts(samples: Path) -> None:
    assert index(samples).calls == 0  # up to date
    seg, _ = phrase_segment(samples, COMPLAINT, CANCEL)
    con = duckdb.connect(str(samples))
    con.execute("UPDATE segments SET text = 'I want to close my savings account' "
                "WHERE call_id = ? AND seg_idx = ?", [COMPLAINT, seg])
    con.execute("UPDATE transcripts SET created_at = created_at + INTERVAL 1 SECOND "
                "WHERE call_id = ?", [COMPLAINT])
    con.close()
    assert search(samples, SearchQuery("cancel my account")).unindexed == 0  # counts only
    assert index(samples).calls == 1
    assert search(samples, SearchQuery("cancel my account")).hits == ()
    assert [h.call_id for h in search(samples, SearchQuery("my savings account")).hits] == \
        [COMPLAINT]
    con = duckdb.connect(str(samples))
    con.execute("DELETE FROM transcripts WHERE call_id = ?", [COMPLAINT])
    con.close()
    assert index(samples).calls == 1
    assert search(samples, SearchQuery("my savings account")).hits == ()
    con = duckdb.connect(str(samples), read_only=True)
    left = con.execute("SELECT count(*) FROM search_docs WHERE call_id = ?", [COMPLAINT])
    assert left.fetchall()[0][0] == 0
    assert con.execute("SELECT count(*) FROM search_terms WHERE term = 'savings'")\
        .fetchall()[0][0] == 0  # a word no other segment holds leaves with it
    con.close()


def test_srch006_scopes_and_roles(samples: Path) -> None:
    add_user(samples, "agent1", "agent1-password", "agent", agent_id="A1001")
    add_user(samples, "misuser", "misuser-password", "mis")
    add_user(samples, "coach1", "coach1-password", "coach", team="Retail Banking")
    agent, mis, coach = (load_user(samples, u) for u in ("agent1", "misuser", "coach1"))
    q = SearchQuery("thank you for calling")
    assert {h.agent_id for h in search(samples, q, agent, limit=50).hits} == {"A1001"}
    assert {h.team for h in search(samples, q, coach, limit=50).hits} == {"Retail Banking"}
    with pytest.raises(PermissionDenied):
        search(samples, q, mis)


def test_srch007_semantic_search_with_the_real_embedder(samples: Path) -> None:
    q = SearchQuery("customer threatens to close the account", mode="semantic",
                    min_similarity=0.8)
    # `aqm run` embedded every segment when it stored the call (the pipeline's hook)
    seg, _ = phrase_segment(samples, COMPLAINT, CANCEL)
    with Store(samples).read() as con:
        stored = con.execute("SELECT count(DISTINCT call_id), count(*) FROM segment_embeddings "
                             ).fetchone()
        segments = con.execute("SELECT count(*) FROM segments").fetchone()
    assert segments is not None and segments[0] >= 50
    assert stored == (5, segments[0])  # one vector per stored segment
    page = search(samples, q)
    assert page.unindexed == 0 and page.plan == "semantic"
    assert (page.hits[0].call_id, page.hits[0].seg_idx) == (COMPLAINT, seg)
    scores = [h.score for h in page.hits]
    assert scores == sorted(scores, reverse=True) and all(s >= 0.8 for s in scores)
    vi = search(samples, SearchQuery("tôi muốn hủy tài khoản", mode="semantic"))
    assert (vi.hits[0].call_id, vi.hits[0].seg_idx) == (COMPLAINT, seg)  # across languages
    only_agents = search(samples, SearchQuery(q.text, mode="semantic", speaker="agent",
                                              min_similarity=0.5))
    assert only_agents.hits and {h.speaker for h in only_agents.hits} == {"agent"}
    assert index(samples, embed=True).embedded_calls == 0  # stored once


def test_srch008_saved_search_becomes_a_category_that_aqm_run_applies(
        samples: Path, tmp_path: Path, english_manifest: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    rules = tmp_path / "scorecards"
    shutil.copytree(ROOT / "scorecards", rules)
    monkeypatch.setenv("AQM_SCORECARDS", str(rules))
    save_search(samples, "late_fee", SearchQuery("late fee", speaker="agent",
                                                 queues=("complaints",)), "lan.qa")
    assert [s.name for s in saved_searches(samples)] == ["late_fee"]
    done = to_category(samples, "late_fee")
    assert Path(done.file) == rules / "categories" / "saved_searches.yaml"
    assert done.dropped == ("queues",)
    report = run_batch([english_manifest], samples, RunOptions(
        TranscribeOptions(model="tiny.en"), rule_paths=(str(rules),)))
    assert report.ok and report.transcribed == 0  # the rules changed: no new ASR
    con = duckdb.connect(str(samples), read_only=True)
    cats = con.execute("SELECT call_id FROM call_categories WHERE category = 'late_fee'")
    assert [r[0] for r in cats.fetchall()] == [COMPLAINT]
    con.close()
    with pytest.raises(RuleError):  # a saved search named like a bundled category
        save_search(samples, "refund", SearchQuery("money back"), "lan.qa")
        to_category(samples, "refund")
    assert "id: refund" not in (rules / "categories" / "saved_searches.yaml").read_text()


def test_srch009_cli(samples: Path) -> None:
    db = str(samples)
    _, start = phrase_segment(samples, COMPLAINT, CANCEL)
    res = runner.invoke(app, ["search", "cancel my account", "--db", db, "--speaker",
                              "customer", "--queue", "complaints", "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert [h["url"] for h in out["hits"]] == [f"/calls/{COMPLAINT}?t={start:.1f}"]
    res = runner.invoke(app, ["search", "late fee", "--db", db, "--save", "late_fees"])
    assert res.exit_code == 0 and "late fee" in res.output.lower()
    res = runner.invoke(app, ["searches", "list", "--db", db])
    assert res.exit_code == 0 and "late_fees" in res.output
    res = runner.invoke(app, ["search", "x", "--db", db, "--speaker", "boss"])
    assert res.exit_code == 2 and "speaker" in res.output
    res = runner.invoke(app, ["searches", "index", "--db", db])
    assert res.exit_code == 0 and "indexed 0 calls" in res.output


def _decoded(response: object) -> str:
    text = response.get_data(as_text=True)  # type: ignore[attr-defined]
    try:
        return json.dumps(json.loads(text), ensure_ascii=False)
    except ValueError:
        return str(text)


def test_srch010_search_page_and_admin_delete_on_the_server(samples: Path) -> None:
    from dashboards.app import create_app
    from dashboards.client import callback_body

    for name, role, agent_id in (("qa1", "qa", None), ("linda", "agent", "A1001"),
                                 ("mis1", "mis", None), ("admin1", "admin", None)):
        add_user(samples, name, f"{name}-password", role, agent_id=agent_id)
    web = create_app(samples, secret_key="test")

    def client(user: str) -> object:
        c = web.server.test_client()
        r = c.post("/auth/login", data={"username": user, "password": f"{user}-password"})
        assert r.status_code == 302 and "error" not in r.headers["Location"]
        return c

    def run(c: object, text: str) -> tuple[int, str]:
        # the filters' ids from the app (importing the page module would register it twice)
        state = web.callback_map["search-results.children"]["state"]
        body = callback_body([("search-results", "children")],
                             [("search-go", "n_clicks", 1), ("search-text", "n_submit", None)],
                             [(s["id"], s["property"], text if s["id"] == "search-text" else
                               "phrase" if s["id"] == "search-mode" else None) for s in state])
        r = c.post("/_dash-update-component", data=json.dumps(body),  # type: ignore[attr-defined]
                   content_type="application/json")
        return r.status_code, _decoded(r)

    qa, linda, mis, admin = (client(u) for u in ("qa1", "linda", "mis1", "admin1"))
    assert qa.get("/search").status_code == 200 and mis.get("/search").status_code == 403  # type: ignore[attr-defined]
    _, start = phrase_segment(samples, COMPLAINT, CANCEL)
    status, text = run(qa, "cancel my account")
    assert status == 200 and f"/calls/{COMPLAINT}?t={start:.1f}" in text
    status, text = run(linda, "cancel my account")  # not her call
    assert status == 200 and COMPLAINT not in text and "No matches" in text
    assert run(mis, "cancel my account")[0] == 403

    def delete(c: object, call_id: str) -> tuple[int, str]:
        body = callback_body([("search-del-result", "children")],
                             [("search-del-go", "n_clicks", 1)],
                             [("search-del-call", "value", call_id),
                              ("search-del-reason", "value", "erasure request 12"),
                              ("search-del-confirm", "value", True)])
        r = c.post("/_dash-update-component", data=json.dumps(body),  # type: ignore[attr-defined]
                   content_type="application/json")
        return r.status_code, _decoded(r)

    assert delete(qa, COMPLAINT)[0] == 403
    status, text = delete(admin, COMPLAINT)
    assert status == 200 and "Deleted 1 call" in text
    assert "No matches" in run(qa, "cancel my account")[1]
    con = duckdb.connect(str(samples), read_only=True)
    assert con.execute("SELECT count(*) FROM calls").fetchall()[0][0] == 4
    assert con.execute("SELECT username, kind, reason FROM deletions").fetchall() == [
        ("admin1", "call", "erasure request 12")]
    con.close()
