"""Debian's chromium driven by Selenium through Debian's chromium-driver, headless, with the browser's console log
kept so a test can say that a page logged no error."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ARTEFACTS = Path(__file__).resolve().parents[3] / "build" / "artefacts" / "console"


def _found(*names: str) -> str:
    for name in names:
        path = shutil.which(name) or (name if Path(name).is_file() else None)
        if path:
            return path
    raise RuntimeError(f"none of {names} is installed: apt-get install chromium chromium-driver")


@contextmanager
def chromium(*, language: str = "en-US") -> Iterator[webdriver.Chrome]:
    options = webdriver.ChromeOptions()
    options.binary_location = _found("chromium", "/usr/lib/chromium/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,1400", f"--lang={language}", "--no-first-run", "--disable-extensions",
                     "--disable-background-networking", "--disable-component-update"):  # fmt: skip
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(
        service=Service(_found("chromedriver", "/usr/lib/chromium/chromedriver")), options=options
    )
    try:
        yield driver
    finally:
        driver.quit()


def console_errors(driver: webdriver.Chrome) -> list[str]:
    """The errors the browser logged since the last call (reading the log empties it)."""
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def screenshot(driver: webdriver.Chrome, name: str) -> Path:
    """The whole page as a PNG under build/artefacts/console/ (the window grown to the page's height)."""
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    height = driver.execute_script("return Math.min(document.documentElement.scrollHeight, 6000)")
    driver.set_window_size(1280, max(700, int(height)))
    path = ARTEFACTS / f"{name}.png"
    driver.save_screenshot(str(path))
    driver.set_window_size(1280, 1400)
    return path
