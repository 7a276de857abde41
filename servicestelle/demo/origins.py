"""Where people come from: first and last names, countries, native script and languages.

Names are German, Ukrainian, Arabic, Afghan, Turkish, Eritrean, Somali and Vietnamese
in their usual Latin spellings; some Ukrainian names are shown in Cyrillic and some
Arabic names in Arabic script, as people write them in forms.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from ..enums import LanguageLevel
from .chance import Weighted, one_of


class Origin:
    """Names, countries, native script and years of arrival of one origin."""

    def __init__(
        self,
        key: str,
        countries: Sequence[tuple[str, float]],
        female: str,
        male: str,
        last: str,
        script: dict[str, str] | None = None,
        script_share: float = 0.0,
        arrival: tuple[int, int] = (2015, 2025),
    ) -> None:
        self.key = key
        self.countries = Weighted(countries)
        self.female = female.split()
        self.male = male.split()
        self.last = last.split()
        self.script = script or {}
        self.script_share = script_share
        self.arrival = arrival


def _script(pairs: str) -> dict[str, str]:
    """Native spellings from ``Latin=native`` pairs separated by spaces."""
    return dict(pair.split("=") for pair in pairs.split())


_UK_SCRIPT = _script(
    "Olena=Олена Oksana=Оксана Iryna=Ірина Tetiana=Тетяна Nataliia=Наталія Yuliia=Юлія "
    "Kateryna=Катерина Anastasiia=Анастасія Svitlana=Світлана Olha=Ольга Halyna=Галина "
    "Mariia=Марія Andrii=Андрій Oleksandr=Олександр Serhii=Сергій Dmytro=Дмитро "
    "Volodymyr=Володимир Mykola=Микола Yurii=Юрій Vasyl=Василь Ivan=Іван Taras=Тарас "
    "Bohdan=Богдан Maksym=Максим Shevchenko=Шевченко Kovalenko=Коваленко "
    "Bondarenko=Бондаренко Tkachenko=Ткаченко Kravchenko=Кравченко Melnyk=Мельник "
    "Boiko=Бойко Koval=Коваль Oliinyk=Олійник Lysenko=Лисенко Marchenko=Марченко "
    "Savchenko=Савченко Rudenko=Руденко Petrenko=Петренко Moroz=Мороз Pavlenko=Павленко "
    "Kovalchuk=Ковальчук Polishchuk=Поліщук Hnatiuk=Гнатюк Ponomarenko=Пономаренко"
)
_AR_SCRIPT = _script(
    "Fatima=فاطمة Aisha=عائشة Mariam=مريم Lina=لينا Rania=رانيا Hiba=هبة Nour=نور "
    "Rasha=رشا Amal=أمل Layla=ليلى Sara=سارة Huda=هدى Ahmad=أحمد Mohammed=محمد Omar=عمر "
    "Khaled=خالد Mahmoud=محمود Yousef=يوسف Ali=علي Hassan=حسن Samer=سامر Tarek=طارق "
    "Ibrahim=إبراهيم Bilal=بلال Al-Hassan=الحسن Al-Ahmad=الأحمد Haddad=حداد Khalil=خليل "
    "Nasser=ناصر Saleh=صالح Othman=عثمان Darwish=درويش Al-Khatib=الخطيب Abdullah=عبدالله "
    "Al-Masri=المصري Suleiman=سليمان Kassem=قاسم Hamdan=حمدان Al-Sayed=السيد"
)

ORIGINS: dict[str, Origin] = {
    "de": Origin(
        "de",
        [("Deutschland", 1)],
        "Anna Maria Katharina Sabine Petra Monika Ursula Renate Karin Birgit Heike Anja "
        "Susanne Claudia Kerstin Sandra Stefanie Julia Lena Laura Sophie Hannah Lea Marie "
        "Charlotte Johanna Franziska Jana Doreen Manuela Ines Antje Silke Gisela Ingrid "
        "Brigitte Helga Dörte Gesine Annegret Bärbel Jördis Maren Wiebke",
        "Peter Michael Thomas Andreas Frank Jürgen Uwe Klaus Hans Wolfgang Dieter Bernd "
        "Ralf Torsten Jens Steffen Sven Matthias Stefan Christian Tobias Jonas Lukas Felix "
        "Paul Max Leon Finn Jörg Björn Günter Horst Dirk Kai Ole Malte Henning Hauke",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann "
        "Schröder Koch Bauer Richter Klein Wolf Schäfer Neumann Schwarz Zimmermann Braun "
        "Krüger Hartmann Lange Werner Krause Meier Lehmann Schulze Köhler Herrmann König "
        "Walter Fuchs Peters Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Günther "
        "Winkler Lorenz Baumann Franke Albrecht Böhm Winter Krämer Vogt Stein Jäger Otto "
        "Sommer Groß Seidel Brandt Haas Dietrich Kühn Pohl Engel Horn Busch Bergmann Voigt "
        "Sauer Arnold Pfeiffer Wendt Evers Brüggemann Petersen Rieck Behrens Lüdtke Timm "
        "Thiede Stoltenberg Ahrens Jacobs Hinz Rathke Dörge Kröger Lüth",
    ),
    "uk": Origin(
        "uk",
        [("Ukraine", 1)],
        "Olena Oksana Iryna Tetiana Nataliia Yuliia Kateryna Anastasiia Svitlana Olha "
        "Halyna Mariia",
        "Andrii Oleksandr Serhii Dmytro Volodymyr Mykola Yurii Vasyl Ivan Taras Bohdan Maksym",
        "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boiko Koval Oliinyk "
        "Lysenko Marchenko Savchenko Rudenko Petrenko Moroz Pavlenko Kovalchuk Polishchuk "
        "Hnatiuk Ponomarenko",
        _UK_SCRIPT,
        0.18,
        (2022, 2025),
    ),
    "ar": Origin(
        "ar",
        [("Syrien", 6), ("Irak", 2), ("Jemen", 0.5), ("Sudan", 0.5), ("Libanon", 0.5)],
        "Fatima Aisha Mariam Lina Rania Hiba Nour Rasha Amal Layla Sara Huda",
        "Ahmad Mohammed Omar Khaled Mahmoud Yousef Ali Hassan Samer Tarek Ibrahim Bilal",
        "Al-Hassan Al-Ahmad Haddad Khalil Ibrahim Mahmoud Al-Sayed Hamdan Nasser Saleh "
        "Yousef Othman Darwish Al-Khatib Abdullah Al-Masri Suleiman Kassem",
        _AR_SCRIPT,
        0.14,
        (2015, 2025),
    ),
    "af": Origin(
        "af",
        [("Afghanistan", 1)],
        "Zahra Mariam Farzana Shabnam Parwana Sima Nilofar Fereshta Marzia Khadija",
        "Mohammad Farid Jawad Mustafa Hamid Nasir Rahim Sayed Wahid Alireza Habib Najib",
        "Karimi Ahmadzai Rahimi Hashimi Sultani Noori Popal Safi Hakimi Amiri Azizi "
        "Stanikzai Mohammadi Haidari Sadat Jalali",
        arrival=(2016, 2025),
    ),
    "tr": Origin(
        "tr",
        [("Türkei", 1)],
        "Ayşe Fatma Emine Elif Zeynep Hatice Gül Derya Esra Merve Aylin Selin",
        "Mehmet Mustafa Murat Hüseyin Emre Can Burak Kemal Serkan Yusuf Ömer Tarık",
        "Öztürk Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Özdemir Arslan Doğan Kılıç "
        "Aslan Çetin Koç Kurt",
        arrival=(2016, 2025),
    ),
    "er": Origin(
        "er",
        [("Eritrea", 1)],
        "Semhar Selam Helen Saba Luwam Senait Feven Mebrat",
        "Yonas Dawit Filmon Robel Mehari Tesfalem Amanuel Kidane",
        "Tesfaye Haile Gebremedhin Tekle Berhane Kidane Woldu Ghebreyesus Habte Mengisteab",
        arrival=(2015, 2024),
    ),
    "so": Origin(
        "so",
        [("Somalia", 1)],
        "Hodan Amina Fadumo Ifrah Sahra Nimco Hibaaq Faduma",
        "Abdi Mohamed Liban Abdirahman Mahad Guled Bashir Hamza",
        "Hassan Warsame Farah Mohamud Jama Omar Osman Ahmed Nur Yusuf",
        arrival=(2015, 2024),
    ),
    "vi": Origin(
        "vi",
        [("Vietnam", 1)],
        "Lan Huong Mai Hoa Thu Ngoc Linh Trang",
        "Minh Tuan Duc Hung Nam Long Quang Thanh",
        "Nguyen Tran Le Pham Hoang Vu Dang Do Bui Ngo",
        arrival=(1990, 2020),
    ),
}

VOLUNTEER_ORIGINS = Weighted(
    [("de", 66), ("uk", 10), ("ar", 8), ("tr", 7), ("af", 5), ("vi", 2), ("er", 1), ("so", 1)]
)
NEWCOMER_ORIGINS = Weighted(
    [("uk", 34), ("ar", 25), ("af", 20), ("tr", 6), ("er", 6), ("so", 5), ("vi", 2)]
)

N, F, G, B = LanguageLevel.NATIVE, LanguageLevel.FLUENT, LanguageLevel.GOOD, LanguageLevel.BASIC
_NATIVE = {"de": "de", "uk": "uk", "ar": "ar", "tr": "tr", "er": "ti", "so": "so", "vi": "vi"}


def origin_languages(
    rng: random.Random, origin: str, *, age: int, volunteer: bool
) -> list[tuple[str, LanguageLevel]]:
    """Languages (ISO code, level) a person of this origin typically speaks; German
    at some level for most people who came to Germany, and at least fluently for
    volunteers."""
    result: list[tuple[str, LanguageLevel]] = []

    def maybe(code: str, share: float, *levels: LanguageLevel) -> None:
        """``share`` of the people speak ``code``, at one of ``levels``."""
        if rng.random() < share:
            result.append((code, levels[0] if len(levels) == 1 else one_of(rng, levels)))

    if origin == "af":
        first = one_of(rng, ("prs", "prs", "fa", "ps"))
        result.append((first, N))
        maybe("fa" if first != "fa" else "prs", 0.4, F)
    else:
        result.append((_NATIVE[origin], N))
    if origin == "de":
        maybe("en", 0.65, F, G, G, B)
        if age > 45:
            maybe("ru", 0.35, G, B, B)
        maybe("fr", 0.10, G, B)
        maybe("es", 0.06, F, G, B)
        for code, share in (("ar", 0.02), ("uk", 0.02), ("pl", 0.02), ("tr", 0.01)):
            maybe(code, share, B)
        return result
    if origin == "uk":
        maybe("ru", 0.8, F)
        maybe("en", 0.4, G, B)
    elif origin == "ar":
        maybe("kmr", 0.15, N)
        maybe("en", 0.35, F, G, B)
    elif origin == "af":
        maybe("en", 0.25, G, B)
        maybe("ur", 0.05, G)
    elif origin == "tr":
        maybe("kmr", 0.15, N, F)
        maybe("en", 0.35, G, B)
    elif origin == "er":
        maybe("ar", 0.25, G)
        maybe("en", 0.4, G, B)
    elif origin == "so":
        maybe("ar", 0.3, G)
        maybe("en", 0.45, G, B)
    if volunteer:
        if origin in ("tr", "vi") and rng.random() < 0.4:
            result.append(("de", N))
        else:
            result.append(("de", one_of(rng, (F, F, G))))
    elif rng.random() < 0.7:
        result.append(("de", one_of(rng, (G, B, B, B))))
    return result
