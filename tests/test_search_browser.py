"""The Search page in a real browser (Debian's chromium, headless, dash[testing]): a phrase
search, then the hit opens the call page at that moment (``?t=``). Ends with no console
errors. Run alone with ``pytest -k srchb``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from aqm.auth import add_user
from aqm.search import index

from .browser_support import browser, needs_chromium
from .search_support import copy_samples, phrase_segment

pytestmark = needs_chromium
COMPLAINT = "86629ee1efbfdd22357d"


@pytest.fixture(scope="module")
def db(samples_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = copy_samples(samples_db, tmp_path_factory.mktemp("search-browser"))
    index(db)
    add_user(db, "qa1", "qa1-password", "qa")
    return db


@pytest.fixture(scope="module")
def duo(db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with browser(db, "search-browser-test", tmp_path_factory.mktemp("download"),
                 wait_timeout=20) as composite:
        yield composite


def test_srchb001_search_then_open_the_call_at_the_moment(duo: Any, db: Path) -> None:
    duo.driver.get(f"{duo.server_url}/login")
    duo.wait_for_element("#login-username").send_keys("qa1")
    duo.find_element("#login-password").send_keys("qa1-password")
    duo.find_element("#login-submit").click()
    duo.wait_for_contains_text("#nav-user", "qa1")
    duo.find_element("#nav-search").click()
    duo.wait_for_element("#search-text").send_keys("CANCEL my account")
    duo.find_element("#search-go").click()
    duo.wait_for_contains_text("#search-hit-0", "cancel my account")
    assert "customer" in duo.find_element("#search-hit-0").text
    duo.find_element("#search-hit-link-0").click()
    duo.wait_for_element("#call-audio")
    _, start = phrase_segment(db, COMPLAINT, "cancel my account")
    at = f"{start:.1f}"  # the link's moment, to a tenth of a second
    assert f"/calls/{COMPLAINT}?t={at}" in duo.driver.current_url
    src = duo.find_element("#call-audio").get_attribute("src")
    assert src.endswith(f"#t={float(at):.2f}"), src
    assert duo.get_logs() == [], "browser console should contain no error"
