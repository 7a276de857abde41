"""The user guide: F1 opens it; every page, link and screenshot is there."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest

from servicestelle import i18n
from servicestelle.paths import resource_path
from ui.help_browser import PAGES, HelpBrowser, help_folder, help_folders

GUIDE = Path(resource_path("help", "de"))


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_page_link_and_picture_exists(language: str) -> None:
    guide = Path(resource_path("help", language))
    files = {file for file, _title in PAGES}
    assert (guide / "_style.css").is_file()
    for file in files:
        text = (guide / file).read_text(encoding="utf-8")
        assert "<h1>" in text, file
        for link in re.findall(r'href="([^"]+)"', text):
            assert link in files, f"{file}: Verweis auf {link}"
        for picture in re.findall(r'src="([^"]+)"', text):
            assert (guide / picture).is_file(), f"{file}: Bild {picture} fehlt"


def test_english_pages_match_the_german_ones() -> None:
    """Same links and the same (German) screenshots, which the English pages share."""
    english = Path(resource_path("help", "en"))
    for file, _title in PAGES:
        german_text = (GUIDE / file).read_text(encoding="utf-8")
        english_text = (english / file).read_text(encoding="utf-8")
        assert re.findall(r'href="([^"]+)"', english_text) == re.findall(
            r'href="([^"]+)"', german_text
        ), file
        pictures = re.findall(r'src="([^"]+)"', english_text)
        assert pictures == [
            f"../de/{picture}" for picture in re.findall(r'src="([^"]+)"', german_text)
        ], file


@pytest.fixture
def english() -> Iterator[None]:
    assert i18n.install_language("en")
    try:
        yield
    finally:
        i18n.install_language("de")


@pytest.mark.usefixtures("english")
def test_the_guide_follows_the_interface_language(qtbot: Any) -> None:
    assert help_folders() == [help_folder("en"), help_folder("de")]  # German as fallback
    browser = HelpBrowser()
    qtbot.addWidget(browser)
    assert browser.current_page() == "index.html"
    assert "Getting started with Servicestelle" in browser.view.toPlainText()
    picture = browser.view.loadResource(
        QTextDocument.ResourceType.ImageResource.value, QUrl("../de/bilder/hauptfenster.png")
    )
    assert picture is not None and not picture.isNull()
    browser._follow(QUrl("wiedervorlage.html"))
    assert "Working through the follow-ups" in browser.view.toPlainText()


def test_f1_opens_the_guide_and_links_work(window: Any, qtbot: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_F1)
    browser = window.help_browser
    assert isinstance(browser, HelpBrowser) and browser.isVisible()
    assert "Ehrenamtliche verwalten" in browser.view.toPlainText()  # the list in front
    assert browser.contents.count() == len(PAGES)

    browser.contents.setCurrentRow(1)
    assert browser.current_page() == "liste-importieren.html"
    assert "Import-Assistent" in browser.view.toPlainText()
    browser.show_page("index.html")
    browser._follow(QUrl("wiedervorlage.html"))  # a link on the page
    assert browser.current_page() == "wiedervorlage.html"
    assert window.show_help("loeschantrag.html") is browser
    assert "Art. 17" in browser.view.toPlainText()
    browser.close()
