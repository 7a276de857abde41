"""Render resources/icons/servicestelle.svg into the PNG and the Windows .ico the build
uses. Run after changing the SVG:  .venv/bin/python scripts/make_icon.py"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"


def main() -> None:
    app = QGuiApplication(sys.argv)  # noqa: F841 - rendering needs the application
    renderer = QSvgRenderer(str(ICONS / "servicestelle.svg"))
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    png = ICONS / "servicestelle.png"
    image.save(str(png))
    Image.open(png).save(
        ICONS / "servicestelle.ico",
        sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)],
    )
    print(f"{png.name} und servicestelle.ico geschrieben")


if __name__ == "__main__":
    main()
