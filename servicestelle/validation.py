"""Field rules: cleaning and checking input, with one German message per field."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from .enums import LabeledEnum
from .errors import ValidationError
from .i18n import _

Check = Callable[[Any, Mapping[str, Any]], str | None]


class Invalid(Exception):
    """Raised by a converter with the German message for its field."""


# Notes and descriptions without a length of their own: about ten typed pages.
LONG_TEXT = 20_000

# Characters that change the order in which text is shown (embeddings, overrides and
# isolates of the Unicode bidirectional algorithm): stored, they could make a printout
# or an export show names in another order than they were entered. Arabic and Hebrew
# text needs none of them.
_BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)], None)
# Control characters other than tab and line break (a NUL or \x01 from a broken file).
_CONTROLS = dict.fromkeys([c for c in range(32) if c not in (9, 10, 13)] + [127], None)
_CLEAN = {**_BIDI_CONTROLS, **_CONTROLS}


def plain_text(value: str) -> str:
    """``value`` without direction overrides and control characters (line breaks and
    tabs kept; a Windows line break becomes one line break)."""
    if value.isascii() and value.isprintable():
        return value
    return value.replace("\r\n", "\n").replace("\r", "\n").translate(_CLEAN)


def parse_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise Invalid(_("»{value}« ist kein Datum (TT.MM.JJJJ).", value=text))


def parse_datetime(value: Any) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    text = str(value).strip()
    for fmt in (
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%d.%m.%Y %H:%M",
        "%Y-%m-%d",
        "%d.%m.%Y",
    ):
        try:
            return dt.datetime.strptime(text, fmt)
        except ValueError:
            continue
    raise Invalid(_("»{value}« ist kein Zeitpunkt (TT.MM.JJJJ HH:MM).", value=text))


# A number written with digits, spaces, / - . ( ) only, German or with +49/0049.
_PLAIN_PHONE = re.compile(r"(\+49|0049|0)?[\d /().-]{5,30}")
_NON_DIGITS = re.compile(r"\D")


def _german_digits(text: str) -> str | None:
    """The national number of a plainly written German number (the digits after +49
    or the leading 0; a number without either lost its 0 in a spreadsheet), or None
    for anything phonenumbers has to read."""
    if not _PLAIN_PHONE.fullmatch(text):
        return None
    digits = _NON_DIGITS.sub("", text)
    if text.startswith("+49"):
        national = digits[2:]
    elif digits.startswith("0049"):
        national = digits[4:]
    elif digits.startswith("00") or text.startswith("+"):
        return None
    elif digits.startswith("0"):
        national = digits[1:]
    elif 6 <= len(digits) <= 12 and not digits.startswith("49"):
        national = digits  # (49… may be +49 that lost its plus: phonenumbers decides)
    else:
        return None
    return national if national[:1] not in ("", "0") else None


_GERMAN_TYPES: list[tuple[frozenset[int], re.Pattern[str]]] | None = None
_GERMAN_BY_LENGTH: dict[int, Callable[[str], bool]] = {}


def _german_patterns() -> list[tuple[frozenset[int], re.Pattern[str]]]:
    """phonenumbers' own German patterns, compiled once: the general one first, then
    one per kind of number in the order phonenumbers tries them (mobile only when its
    pattern differs from the fixed line's). A kind without lengths takes any length."""
    global _GERMAN_TYPES
    if _GERMAN_TYPES is None:
        from phonenumbers.phonemetadata import PhoneMetadata

        meta = PhoneMetadata.metadata_for_region("DE")
        kinds = ["general_desc", "premium_rate", "toll_free", "shared_cost", "voip"]
        kinds += ["personal_number", "pager", "uan", "voicemail", "fixed_line"]
        if not meta.same_mobile_and_fixed_line_pattern:
            kinds.append("mobile")
        found: list[tuple[frozenset[int], re.Pattern[str]]] = []
        for kind in kinds:
            desc = getattr(meta, kind)
            if desc is None or not desc.national_number_pattern:
                if kind == "general_desc":  # no number would be valid
                    found.append((frozenset({-1}), re.compile("(?!)")))
                continue
            lengths = frozenset(desc.possible_length or ())
            found.append((lengths, re.compile(desc.national_number_pattern)))
        _GERMAN_TYPES = found
    return _GERMAN_TYPES


def _german_check(size: int) -> Callable[[str], bool]:
    """Whether a German national number of ``size`` digits is valid: the general
    pattern and the pattern of one kind of number whose lengths allow ``size`` match
    it whole. The kinds' patterns are joined into one where that means the same (none
    has groups, so none refers back to one)."""
    check = _GERMAN_BY_LENGTH.get(size)
    if check is not None:
        return check
    (lengths, general), *kinds = _german_patterns()
    if lengths and size not in lengths:
        check = _never
    else:
        fitting = [p for allowed, p in kinds if not allowed or size in allowed]
        joined = None
        if fitting and all(p.groups == 0 for p in fitting):
            try:
                joined = re.compile("|".join(f"(?:{p.pattern})" for p in fitting))
            except re.error:
                joined = None

        def check(national: str) -> bool:
            if general.fullmatch(national) is None:
                return False
            if joined is not None:
                return joined.fullmatch(national) is not None
            return any(p.fullmatch(national) is not None for p in fitting)

    _GERMAN_BY_LENGTH[size] = check
    return check


def _never(_national: str) -> bool:
    return False


def valid_german_number(national: str) -> bool:
    """What ``phonenumbers.is_valid_number`` says of +49 ``national`` (digits, no
    leading zero), decided by the same patterns without building a number object."""
    return _german_check(len(national))(national)


def normalise_phone(value: str) -> str:
    """A German or international number as E.164 ('+493855451261')."""
    text = value.strip()
    national = _german_digits(text)
    if national is not None:  # phonenumbers' patterns, without its slower parsing
        if valid_german_number(national):
            return f"+49{national}"
        raise Invalid(_("»{value}« ist keine gültige Telefonnummer.", value=text))
    import phonenumbers  # imported on first use: it is large and start-up needs it not

    candidates = [text]
    digits = re.sub(r"\D", "", text)
    if not text.startswith(("+", "0")) and 6 <= len(digits) <= 12:
        candidates.append("0" + digits)  # lost its leading zero in a spreadsheet
    for candidate in candidates:
        try:
            number = phonenumbers.parse(candidate, "DE")
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    raise Invalid(_("»{value}« ist keine gültige Telefonnummer.", value=text))


def display_phone(e164: str | None) -> str:
    """Stored E.164 shown the German way: national for German numbers."""
    import phonenumbers

    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, "DE")
    except phonenumbers.NumberParseException:
        return e164
    fmt = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if number.country_code == 49
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, fmt)


# An everyday address (ASCII letters, digits and . _ % + - before the @; a domain of
# letter/digit/hyphen labels and a TLD of letters): email-validator would accept it
# and only lower-case its domain, so it is done here, 50× faster (imports check
# thousands). Anything else goes through email-validator.
_PLAIN_EMAIL = re.compile(
    r"[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
)
_SPECIAL_DOMAINS = ("arpa", "invalid", "local", "localhost", "onion", "test")


def normalise_email(value: str) -> str:
    text = value.strip()
    if _PLAIN_EMAIL.fullmatch(text) and len(text) <= 254:
        local, _at, domain = text.partition("@")
        domain = domain.lower()
        labels = domain.split(".")
        if (
            len(local) <= 64
            and labels[-1] not in _SPECIAL_DOMAINS
            and not any(label[2:4] == "--" for label in labels)  # reserved (IDNA)
        ):
            return f"{local}@{domain}"
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(value.strip(), check_deliverability=False).normalized
    except EmailNotValidError:
        raise Invalid(
            _("»{value}« ist keine gültige E-Mail-Adresse.", value=value.strip())
        ) from None


_TRUE = {"ja", "j", "x", "1", "true", "wahr", "yes", "y"}
_FALSE = {"nein", "n", "0", "false", "falsch", "no", "-"}


def to_bool(value: Any) -> bool:
    """Yes/no from a real bool, 0/1, or the words people type (ja, x, nein …)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    text = str(value).strip().casefold()
    if text in _TRUE:
        return True
    if text in _FALSE or text == "":
        return False
    raise Invalid(_("»{value}« ist weder ja noch nein.", value=value))


_THOUSANDS = re.compile(r"\d{1,3}(\.\d{3})+")


def parse_money(value: Any) -> Decimal:
    """An amount in euros as people type it: ``1500``, ``1.500``, ``1500,5``,
    ``1.500,00 €``, ``1 500 EUR``; German comma for cents, points between thousands.
    A point followed by one or two digits (``12.50``) is taken as the decimal point."""
    if isinstance(value, Decimal | int) and not isinstance(value, bool):
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(str(value))
    else:
        text = str(value).strip()
        compact = re.sub(r"(?i)\s|€|eur(o)?", "", text).replace("\u2009", "")
        if "," in compact:
            compact = compact.replace(".", "").replace(",", ".", 1)
        elif _THOUSANDS.fullmatch(compact):
            compact = compact.replace(".", "")
        try:
            number = Decimal(compact)
        except InvalidOperation:
            raise Invalid(_("»{value}« ist kein Betrag (z. B. 1.500,00).", value=text)) from None
    if not number.is_finite():
        raise Invalid(_("»{value}« ist kein Betrag (z. B. 1.500,00).", value=value))
    cents = number.quantize(Decimal("0.01"))
    if cents != number:
        raise Invalid(_("Bitte höchstens zwei Stellen nach dem Komma angeben."))
    return cents


def to_int(value: Any) -> int:
    """A whole number; 2.0 is fine, 2.9 and "zwei" are not."""
    if isinstance(value, bool):
        raise Invalid(_("»{value}« ist keine ganze Zahl.", value=value))
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        raise Invalid(_("»{value}« ist keine ganze Zahl.", value=value)) from None
    if not number.is_finite() or number != number.to_integral_value():
        raise Invalid(_("»{value}« ist keine ganze Zahl.", value=value))
    return int(number)


def to_ids(values: Any, label: str, field: str) -> list[int]:
    """Record ids given as a list (numbers or digits); an error otherwise. ``label`` is
    the field's German name (N_-marked), translated in the message."""
    try:
        return [to_int(v) for v in values]
    except (Invalid, TypeError) as exc:
        raise ValidationError({field: f"{_(label)}: {exc}"}) from None


@dataclass(frozen=True)
class Field:
    """An editable field: its German label, kind of value and rules."""

    text: str  # the German label; ``label`` is what is shown in the current language
    kind: str = "text"  # text, int, decimal, money, date, datetime, bool, enum, email, phone, ref
    required: bool = False
    max_len: int | None = None
    enum: type[LabeledEnum] | None = None
    minimum: float | None = None
    maximum: float | None = None
    check: Check | None = None
    empty: Any = None  # what an empty input is stored as ("" for a name that must exist)

    @property
    def label(self) -> str:
        return _(self.text)

    def convert(self, value: Any) -> Any:
        if isinstance(value, str):
            value = plain_text(value).strip()
            if value == "":
                value = None
        if value is None:
            return False if self.kind == "bool" else self.empty
        kind = self.kind
        if kind == "text":
            value = str(value)
            limit = self.max_len or LONG_TEXT
            if len(value) > limit:
                raise Invalid(_("höchstens {n} Zeichen", n=f"{limit:,}".replace(",", ".")))
            return value
        if kind in ("int", "ref"):
            return self._in_range(to_int(value))
        if kind == "decimal":
            try:
                number = Decimal(str(value).replace(",", "."))
            except InvalidOperation:
                raise Invalid(_("»{value}« ist keine Zahl.", value=value)) from None
            if not number.is_finite():
                raise Invalid(_("»{value}« ist keine Zahl.", value=value))
            return self._in_range(number)
        if kind == "money":
            return self._in_range(parse_money(value))
        if kind == "date":
            return parse_date(value)
        if kind == "datetime":
            return parse_datetime(value)
        if kind == "bool":
            return to_bool(value)
        if kind == "enum":
            assert self.enum is not None
            if isinstance(value, self.enum):
                return value
            try:
                return self.enum(value)
            except ValueError:
                try:
                    return self.enum.from_label(str(value))
                except ValueError:
                    allowed = ", ".join(m.label for m in self.enum)
                    raise Invalid(_("erlaubt sind: {allowed}", allowed=allowed)) from None
        if kind == "email":
            return normalise_email(str(value))
        if kind == "phone":
            return normalise_phone(str(value))
        raise AssertionError(kind)

    def _in_range(self, number: Any) -> Any:
        if self.minimum is not None and number < self.minimum:
            raise Invalid(_("mindestens {n}", n=self.minimum))
        if self.maximum is not None and number > self.maximum:
            raise Invalid(_("höchstens {n}", n=self.maximum))
        return number


def clean(
    fields: Mapping[str, Field],
    values: Mapping[str, Any],
    current: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Convert and check ``values``. ``current`` holds the record's stored values
    (for an update); required fields must be set in the merged result."""
    return Cleaner(fields, keep=False)(values, current)


class Cleaner:
    """``clean`` for many rows of the same fields (an import): the fields with rules
    are found once, and with ``keep`` each field's conversion of a distinct value is
    kept (cities, districts and names repeat; what a conversion gives is immutable)."""

    KEPT_AT_MOST = 200_000

    def __init__(self, fields: Mapping[str, Field], keep: bool = True) -> None:
        self.fields = fields
        self.ruled = [(n, spec) for n, spec in fields.items() if spec.required or spec.check]
        self.kept: dict[Any, tuple[bool, Any]] | None = {} if keep else None

    def __call__(
        self, values: Mapping[str, Any], current: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        errors: dict[str, str] = {}
        unknown = values.keys() - self.fields.keys()
        for name in sorted(unknown):
            errors[name] = _("Das Feld »{name}« gibt es hier nicht.", name=name)
        cleaned: dict[str, Any] = {}
        for name, value in values.items():
            if name not in unknown:
                self._convert(name, value, cleaned, errors)
        self._check({**current, **cleaned} if current else cleaned, errors)
        return cleaned

    def given(self, values: Mapping[str, Any], ready: frozenset[str]) -> dict[str, Any]:
        """``self(plain, current)`` for a row's ``values``: keys in ``ready`` are taken as
        converted already (the current values), the other fields are converted, keys
        that are no fields are left out. One pass over the row instead of three."""
        fields = self.fields
        cleaned: dict[str, Any] = {}
        merged: dict[str, Any] = {}
        errors: dict[str, str] = {}
        for name, value in values.items():
            if name not in fields:
                continue
            if name in ready:
                merged[name] = value
            else:
                self._convert(name, value, cleaned, errors)
        merged.update(cleaned)
        self._check(merged, errors)
        return cleaned

    def _convert(
        self, name: str, value: Any, cleaned: dict[str, Any], errors: dict[str, str]
    ) -> None:
        """Put the stored form of ``value`` into ``cleaned``, or the message into
        ``errors`` (kept per distinct value when the cleaner keeps them)."""
        kept = self.kept
        key = (name, value.__class__, value)
        try:
            done = kept.get(key) if kept is not None else None
        except TypeError:  # a value that cannot be a key (a list)
            key = None
            done = None
        if done is None:
            spec = self.fields[name]
            try:
                done = (True, spec.convert(value))
            except Invalid as exc:
                done = (False, f"{spec.label}: {exc}")
            if kept is not None and key is not None and len(kept) < self.KEPT_AT_MOST:
                kept[key] = done
        if done[0]:
            cleaned[name] = done[1]
        else:
            errors[name] = done[1]

    def broken(self, merged: Mapping[str, Any]) -> dict[str, str]:
        """The rules (required fields, checks) ``merged`` breaks: field → message."""
        errors: dict[str, str] = {}
        try:
            self._check(dict(merged), errors)
        except ValidationError as exc:
            return exc.field_errors
        return {}

    def _check(self, merged: dict[str, Any], errors: dict[str, str]) -> None:
        """The required fields and the rules over ``merged``; raises with all errors."""
        for name, spec in self.ruled:
            if name in errors:
                continue
            if spec.required and merged.get(name) in (None, ""):
                errors[name] = _("{label}: bitte ausfüllen.", label=spec.label)
            elif spec.check and name in merged and merged[name] is not None:
                message = spec.check(merged[name], merged)
                if message:
                    errors[name] = f"{spec.label}: {message}"
        if errors:
            raise ValidationError(errors)


def not_in_future(value: dt.date, _values: Mapping[str, Any]) -> str | None:
    return _("liegt in der Zukunft") if value > dt.date.today() else None


def plausible_age(lowest: int, highest: int) -> Check:
    def check(value: dt.date, _values: Mapping[str, Any]) -> str | None:
        today = dt.date.today()
        if value > today:
            return _("liegt in der Zukunft")
        age = today.year - value.year - ((today.month, today.day) < (value.month, value.day))
        if not lowest <= age <= highest:
            return _("ein Alter von {age} Jahren ist nicht plausibel", age=age)
        return None

    return check


def not_before(other: str, other_label: str) -> Check:
    """Check: not before the field ``other``, whose German name (N_-marked) is
    ``other_label``; it is translated when the message is made."""

    def check(value: Any, values: Mapping[str, Any]) -> str | None:
        start = values.get(other)
        if start is not None and value < start:
            return _("liegt vor »{label}«", label=_(other_label))
        return None

    return check
