"""The start-up floor: a bare PySide6 window that imports SQLAlchemy and counts rows."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
from sqlalchemy import create_engine, text


def main() -> int:
    app = QApplication(sys.argv[:1])
    engine = create_engine(f"sqlite:///{sys.argv[1]}")
    with engine.connect() as conn:
        count = conn.execute(text("SELECT count(*) FROM volunteer")).scalar()
    window = QMainWindow()
    window.setCentralWidget(QLabel(f"{count} Zeilen"))
    window.show()
    QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
