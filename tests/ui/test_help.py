"""The user guide: F1 opens it; every page, link and screenshot is there."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest

from servicestelle.paths import resource_path
from ui.help_browser import PAGES, HelpBrowser

GUIDE = Path(resource_path("help", "de"))


def test_every_page_link_and_picture_exists() -> None:
    files = {file for file, _title in PAGES}
    for file in files:
        text = (GUIDE / file).read_text(encoding="utf-8")
        assert "<h1>" in text, file
        for link in re.findall(r'href="([^"]+)"', text):
            assert link in files, f"{file}: Verweis auf {link}"
        for picture in re.findall(r'src="([^"]+)"', text):
            assert (GUIDE / picture).is_file(), f"{file}: Bild {picture} fehlt"


def test_f1_opens_the_guide_and_links_work(window: Any, qtbot: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_F1)
    browser = window.help_browser
    assert isinstance(browser, HelpBrowser) and browser.isVisible()
    assert "Erste Schritte" in browser.view.toPlainText()
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
