"""One headless Chromium + threaded Dash server for a browser test module (dash[testing],
Debian's chromium and chromium-driver; nothing is downloaded)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
needs_chromium = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="needs Debian's chromium and chromium-driver (scripts/setup.sh installs them)")


@contextmanager
def browser(db: Path, secret_key: str, download_dir: Path, *, wait_timeout: int = 15,
            autoplay: bool = False) -> Iterator[Any]:
    """dash[testing]'s composite (threaded server + headless browser) on the app over ``db``."""
    from dash.testing.application_runners import ThreadedRunner
    from dash.testing.composite import DashComposite
    from selenium.webdriver.chrome.options import Options

    from dashboards.app import create_app

    os.environ["DASH_TEST_CHROMEPATH"] = str(CHROMIUM)
    options = Options()
    args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--window-size=1400,1000", "--mute-audio"]
    if autoplay:
        args.append("--autoplay-policy=no-user-gesture-required")
    for arg in args:
        options.add_argument(arg)
    app = create_app(db, secret_key=secret_key)
    with ThreadedRunner() as server, DashComposite(
            server=server, browser="Chrome", headless=True, options=[options],
            download_path=str(download_dir), percy_run=False,
            wait_timeout=wait_timeout) as duo:
        duo.start_server(app)
        yield duo
