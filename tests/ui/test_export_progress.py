"""After an export the progress window is gone before the message »Exportiert« shows,
also when the export was quicker than the progress window's delay."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from ui import file_dialogs


def visible_progress_windows() -> list[str]:
    return [
        widget.labelText()
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QProgressDialog) and widget.isVisible()
    ]


def test_progress_window_is_closed_when_the_success_message_shows(
    qtbot, window, tmp_path, monkeypatch
):
    target = tmp_path / "liste.xlsx"
    monkeypatch.setattr(file_dialogs, "ask_native", lambda *_args: str(target))
    seen: list[tuple[str, list[str], list[str]]] = []

    def message(box: QMessageBox) -> int:
        at_once = visible_progress_windows()
        qtbot.wait(800)  # the message stays open a while: nothing pops up behind it
        seen.append((box.windowTitle(), at_once, visible_progress_windows()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", message)
    export = window.export_current()
    with qtbot.waitSignal(export.done, timeout=20000):
        pass
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    title, at_once, later = seen[0]
    assert title == "Exportiert"
    assert at_once == [] and later == []
    assert target.exists()
    qtbot.wait(600)
    assert visible_progress_windows() == []
