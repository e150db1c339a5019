"""The console in a real browser (Debian's chromium, headless, through Selenium) against a real head office: sign in,
search a pack and see its journey, every page in both languages with a screenshot kept, plots drawn, Chinese drawn
with the console's own web font, a stranger sent to sign-in, a POST without the CSRF token refused, and no error in
the browser's console."""

from __future__ import annotations

import pytest
from PIL import Image
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

from dismantler_app.hub.console.routes import PAGES
from dismantler_app.hub.console.words import Words
from tests.hub.console.browser import chromium, console_errors, screenshot
from tests.hub.console.seed import PACK, VIN_NORTH
from tests.hub.staff import PASSWORD

pytestmark = pytest.mark.slow


def _sign_in(driver, url: str, name: str) -> None:
    driver.get(url + "/console/search")
    WebDriverWait(driver, 20).until(ec.url_contains("/signin"))
    driver.find_element(By.NAME, "name").send_keys(name)
    driver.find_element(By.NAME, "password").send_keys(PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(driver, 20).until(ec.url_contains("/console/search"))


def _fonts_ready(driver) -> bool:
    return driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "document.fonts.load('16px \"Console CJK\"', '中文').then(() => done(document.fonts.check("
        "'16px \"Console CJK\"', '中文')), () => done(false));"
    )


def _post_form(driver, action: str, fields: dict[str, str]) -> None:
    """A form the page did not offer, posted by the browser itself (cookies and all, but no session token)."""
    driver.execute_script(
        "const f = document.createElement('form'); f.method = 'post'; f.action = arguments[0];"
        "for (const [k, v] of Object.entries(arguments[1])) { const i = document.createElement('input');"
        "i.name = k; i.value = v; f.appendChild(i); } document.body.appendChild(f); f.submit();",
        action,
        fields,
    )


def test_a_stranger_is_sent_to_sign_in_and_a_post_without_the_csrf_token_is_refused(hub, seeded):
    with chromium() as driver:
        driver.get(hub.url + "/console/activity")
        assert driver.current_url.endswith("/signin")
        assert driver.find_element(By.NAME, "password")
        _sign_in(driver, hub.url, "admin1")
        driver.get(hub.url + "/console/yards?lang=en")
        assert console_errors(driver) == []
        for fields in ({"name": "Forged"}, {"name": "Forged", "csrf": "guess"}):
            _post_form(driver, "/console/yards/enrol", fields)
            WebDriverWait(driver, 20).until(lambda d: '"csrf"' in d.page_source)
            assert "send this form from head office's own page" in driver.page_source
            console_errors(driver)  # the refusal itself is logged as a failed load (403)
        driver.get(hub.url + "/console/yards?lang=en")
        assert "Forged" not in driver.page_source


def test_signed_in_staff_search_a_pack_see_its_journey_and_every_page_in_both_languages(hub, seeded):
    with chromium(language="zh-CN") as driver:
        _sign_in(driver, hub.url, "admin1")
        driver.get(hub.url + "/console/search?lang=en")
        box = driver.find_element(By.ID, "q")
        box.send_keys(PACK)
        box.submit()
        WebDriverWait(driver, 20).until(ec.presence_of_element_located((By.CSS_SELECTOR, ".journey")))
        steps = [li.text for li in driver.find_elements(By.CSS_SELECTOR, ".journey .timeline li")]
        assert any("Pack handed over" in s and "上海回收利用有限公司" in s for s in steps)
        assert any("Certificate issued" in s for s in steps) and VIN_NORTH in driver.page_source
        photo = driver.find_element(By.CSS_SELECTOR, ".photos img")
        assert driver.execute_script("return arguments[0].complete && arguments[0].naturalWidth", photo) == 96
        screenshot(driver, "search-en")
        assert console_errors(driver) == []

        for language in ("zh_CN", "en"):
            t = Words(language)
            for key in PAGES:
                query = f"q={PACK}&" if key == "search" else ""
                driver.get(f"{hub.url}/console/{key}?{query}lang={language}")
                heading = driver.find_element(By.TAG_NAME, "h1").text
                assert heading == t(f"{key}.title"), (key, language, heading)
                if language == "zh_CN":
                    assert _fonts_ready(driver), "the console's CJK web font did not load"
                for plot in driver.find_elements(By.CSS_SELECTOR, "figure.plot svg"):
                    bars = plot.find_elements(By.CSS_SELECTOR, "rect.bar")
                    assert bars and max(b.size["height"] for b in bars) > 0, key
                    assert plot.size["width"] > 600
                path = screenshot(driver, f"{key}-{language}")
                assert Image.open(path).size[0] == 1280
                assert console_errors(driver) == [], (key, language)

        driver.get(hub.url + "/console/share?lang=zh_CN")
        assert driver.find_elements(By.CSS_SELECTOR, "figure.plot svg rect.bar")
        driver.get(hub.url + "/console/yards")  # the language chosen last is remembered
        assert driver.find_element(By.TAG_NAME, "h1").text == "回收网点"
