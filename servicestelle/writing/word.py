"""Letters from the office's Word template (.docx): the placeholders of the other
templates ({Anrede}, {Vorname}, {Stelle} …) and the address ({Adresse}: the lines of the
window, or {Straße}, {PLZ}, {Wohnort}) are filled in for each recipient with docxtpl,
and the letters are put one after the other into one .docx, each starting on a new
page (python-docx).

Word often cuts what one types into several runs (»{« »Vorname« »}« after a spelling
check); a placeholder is recognised across them. The placeholders become docxtpl's own
``{{ … }}`` before it renders; values are escaped, so a name with »&« or »<« stays text.
Headers and footers (the letterhead) are those of the template; placeholders of the
office fit there, a recipient's own do not (the merged file has one header).
"""

from __future__ import annotations

import copy
import re
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ..errors import ServiceError, ValidationError
from ..i18n import _
from . import templates
from .postal import Addressee, private_file

ADDRESS = ("Adresse", "Straße", "PLZ", "Wohnort")
KNOWN = templates.PLACEHOLDERS + ADDRESS
# A placeholder in the XML: a brace, the name (maybe cut by tags), a brace. »{{« is left
# alone (docxtpl's own tags).
_PLACEHOLDER = re.compile(r"(?<!\{)\{(?!\{)((?:<[^>]*>)*[^\W\d](?:<[^>]*>|\w)*)\}")
_TAG = re.compile(r"<[^>]*>")
_PARTS = re.compile(r"word/(document|header\d*|footer\d*)\.xml")


def _names(xml: str) -> list[str]:
    return [_TAG.sub("", match.group(1)) for match in _PLACEHOLDER.finditer(xml)]


def template_names(path: Path) -> list[str]:
    """The placeholders named in the template at ``path``, in order, each once."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = [n for n in archive.namelist() if _PARTS.fullmatch(n)]
            xml = [archive.read(n).decode("utf-8") for n in parts]
    except (OSError, zipfile.BadZipFile, KeyError, UnicodeDecodeError):
        raise ServiceError(
            _(
                "Die Word-Vorlage {name} lässt sich nicht lesen (keine .docx-Datei?).",
                name=path.name,
            )
        ) from None
    found: list[str] = []
    for text in xml:
        found += [n for n in _names(text) if n not in found]
    return found


def check_template(path: Path) -> None:
    """A German ``ValidationError`` naming the template's unknown placeholders."""
    wrong = [n for n in template_names(path) if n not in KNOWN]
    if wrong:
        raise ValidationError(
            {
                "template": _(
                    "Unbekannte Platzhalter in der Word-Vorlage: {names}. Möglich sind: {known}.",
                    names=", ".join("{" + n + "}" for n in wrong),
                    known=", ".join("{" + n + "}" for n in KNOWN),
                )
            }
        )


def _key(name: str) -> str:
    return f"v{KNOWN.index(name)}"


def _jinja(xml: str) -> str:
    """The placeholders as docxtpl tags; the tags that cut them are kept behind them."""

    def replace(match: re.Match[str]) -> str:
        inner = match.group(1)
        name = _TAG.sub("", inner)
        if name not in KNOWN:
            return match.group(0)
        return "{{ " + _key(name) + " }}" + "".join(_TAG.findall(inner))

    return _PLACEHOLDER.sub(replace, xml)


def _template_class() -> Any:
    from docxtpl import DocxTemplate

    class Template(DocxTemplate):  # type: ignore[misc]
        def patch_xml(self, src_xml: str) -> str:
            return super().patch_xml(_jinja(src_xml))

    return Template


def _context(values: Mapping[str, str], person: Addressee) -> dict[str, Any]:
    from docxtpl import Listing

    own = {
        **values,
        **person.values(),
        "Adresse": "\n".join(person.lines()),
        "Straße": person.street,
        "PLZ": person.postcode,
        "Wohnort": person.city,
    }
    return {
        _key(name): Listing(own[name]) if "\n" in (own.get(name) or "") else own.get(name) or ""
        for name in KNOWN
    }


def merge_letters(
    template: Path, target: Path, values: Mapping[str, str], people: Sequence[Addressee]
) -> int:
    """Render ``template`` for each of ``people`` and write them as one .docx."""
    from docx.oxml.ns import qn

    check_template(template)
    Template = _template_class()  # noqa: N806
    merged: Any = None
    for person in people:
        letter = Template(str(template))
        letter.render(_context(values, person), autoescape=True)
        document = letter.docx
        if merged is None:
            merged = document
            continue
        body = merged.element.body
        end = body.find(qn("w:sectPr"))
        elements = [e for e in document.element.body if e.tag != qn("w:sectPr")]
        for number, element in enumerate(elements):
            element = copy.deepcopy(element)
            if number == 0:
                _new_page(element, body, end)
            if end is not None:
                end.addprevious(element)
            else:
                body.append(element)
    with private_file(target) as handle:
        merged.save(handle)
    return len(people)


def _new_page(element: Any, body: Any, end: Any) -> None:
    """Start ``element`` (the first of a letter) on a new page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    if element.tag == qn("w:p"):
        from docx.text.paragraph import Paragraph

        Paragraph(element, None).paragraph_format.page_break_before = True
        return
    paragraph = OxmlElement("w:p")  # a table first: a break of its own before it
    run = OxmlElement("w:r")
    brk = OxmlElement("w:br")
    brk.set(qn("w:type"), "page")
    run.append(brk)
    paragraph.append(run)
    if end is not None:
        end.addprevious(paragraph)
    else:
        body.append(paragraph)


__all__ = ["ADDRESS", "KNOWN", "check_template", "merge_letters", "template_names"]
