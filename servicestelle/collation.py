"""German alphabetical order for names, the same on SQLite and PostgreSQL.

Databases sort text by code point (SQLite) or by the server's locale (PostgreSQL), so
"Öztürk" would land after "Zimmermann" and "de Vries" after every capital. Records keep
a sort key instead: folded the way German telephone directories sort (DIN 5007-2:
ä = ae, ö = oe, ü = ue, ß = ss), case and accents ignored.
"""

from __future__ import annotations

import unicodedata

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})  # ß: casefold() gives ss
MAX_LENGTH = 200


def sort_key(*parts: str | None) -> str:
    """The key that puts names in German order ("Müller, Anna" → "mueller anna")."""
    text = " ".join(p.strip() for p in parts if p and p.strip()).casefold().translate(_UMLAUTS)
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(folded.split())[:MAX_LENGTH]
