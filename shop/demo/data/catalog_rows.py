"""Demo categories and quality labels."""


def _names(ar: str, fr: str, zgh: str) -> dict[str, str]:
    return {"ar": ar, "fr": fr, "zgh": zgh}


CATEGORIES = [
    {
        "slug": "argan-oil",
        "position": 1,
        "names": _names("زيت الأركان", "Huile d'argan", "ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ"),
    },
    {
        "slug": "olive-oil",
        "position": 2,
        "names": _names("زيت الزيتون", "Huile d'olive", "ⵍⵣⵉⵜ ⵏ ⵓⵣⵎⵎⵓⵔ"),
    },
    {"slug": "honey", "position": 3, "names": _names("العسل", "Miel", "ⵜⴰⵎⵎⴰⵏⵜ")},
    {"slug": "couscous", "position": 4, "names": _names("الكسكس", "Couscous", "ⵙⴽⵙⵓ")},
    {"slug": "saffron", "position": 5, "names": _names("الزعفران", "Safran", "ⵣⵄⴼⵔⴰⵏ")},
    {
        "slug": "spices",
        "position": 6,
        "names": _names("التوابل والأعشاب", "Épices et herbes", "ⵉⴱⵣⴰⵔ"),
    },
    {"slug": "dates", "position": 7, "names": _names("التمور", "Dattes", "ⵜⵉⵢⵏⵉ")},
    {
        "slug": "spreads",
        "position": 8,
        "names": _names("أملو والمعاجين", "Amlou et pâtes à tartiner", "ⴰⵎⵍⵓ"),
    },
    {
        "slug": "cosmetics",
        "position": 9,
        "names": _names("مستحضرات التجميل الطبيعية", "Cosmétiques naturels", "ⵉⵙⵉⴳⴳⵯⴰⵍ ⵏ ⵜⵉⴼⵔⴰⵡⵜ"),
    },
    {"slug": "carpets", "position": 10, "names": _names("الزرابي", "Tapis", "ⵜⵉⵣⵔⴰⴱⵉⵢⵉⵏ")},
    {"slug": "pottery", "position": 11, "names": _names("الفخار", "Poterie", "ⵜⴰⵢⵢⵓⵔⵜ")},
    {"slug": "basketry", "position": 12, "names": _names("السلالة", "Vannerie", "ⵜⵉⵙⵍⵉⵍⵉⵏ")},
    {"slug": "leather", "position": 13, "names": _names("الجلد", "Maroquinerie", "ⴰⵍⵎ")},
]

LABELS = [
    {
        "code": "odco-quality",
        "kind": "national_quality",
        "issuing_body": "Office du Développement de la Coopération (ODCO)",
        "names": _names(
            "علامة الجودة الوطنية للتعاونيات",
            "Label national de qualité des coopératives",
            "ⵜⴰⵎⴰⵜⴰⵔⵜ ⵜⴰⵏⴰⵎⵓⵔⵜ ⵏ ⵜⵖⴰⵔⴰ ⵏ ⵜⵎⵢⴰⵡⴰⵙⵉⵏ",
        ),
        "descriptions": _names(
            "علامة تمنح حق استعمالها للتعاونيات التي تحترم دفتر تحملات الجودة.",
            "Label dont le droit d'usage est accordé aux coopératives qui respectent "
            "un cahier des charges de qualité.",
            "ⵜⴰⵎⴰⵜⴰⵔⵜ ⵉ ⵜⵎⵢⴰⵡⴰⵙⵉⵏ ⵢⴰⴹⴼⵕⵏ ⵜⵉⵖⴰⵔⴰ.",
        ),
    },
    {
        "code": "igp-argane",
        "kind": "igp",
        "issuing_body": (
            "Ministère de l'Agriculture – Commission nationale des signes distinctifs "
            "d'origine et de qualité"
        ),
        "names": _names("البيان الجغرافي المحمي أركان", "IGP Argane", "ⴰⵙⵎⴰⵍ ⴰⵊⵖⵔⴰⴼⵉ ⴰⵔⴳⴰⵏ"),
        "descriptions": _names(
            "يضمن أن زيت الأركان منتج في منطقته الأصلية وفق الطرق المعتمدة.",
            "Garantit que l'huile d'argan est produite dans son aire d'origine "
            "selon les méthodes reconnues.",
            "ⵉⵙⵙⵏⵜⴰⵢ ⵉⵙ ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⵙⴳ ⵡⴰⵎⵎⴰⵙ ⵏⵏⵙ.",
        ),
    },
    {
        "code": "bio-maroc",
        "kind": "organic",
        "issuing_body": "Ecocert Maroc",
        "names": _names("بيو المغرب", "Bio Maroc", "ⴱⵢⵓ ⵍⵎⵖⵔⵉⴱ"),
        "descriptions": _names(
            "منتج فلاحي عضوي بدون مبيدات أو أسمدة كيماوية.",
            "Produit issu de l'agriculture biologique, sans pesticides ni engrais chimiques.",
            "ⴰⴼⴰⵔⵙ ⴰⴳⴰⵎⴰⵏ ⴱⵍⴰ ⵉⵙⴰⴼⵔⵏ ⵉⴽⵉⵎⵢⴰⵡⵉⵢⵏ.",
        ),
    },
    {
        "code": "fair-trade",
        "kind": "fair_trade",
        "issuing_body": "WFTO – World Fair Trade Organization",
        "names": _names("التجارة العادلة", "Commerce équitable", "ⵜⴰⵙⵏⴰⵣⵣⴰⵜ ⵜⴰⵏⵣⴳⵓⵎⵜ"),
        "descriptions": _names(
            "سعر عادل للمنتجين وظروف عمل لائقة.",
            "Un prix juste pour les producteurs et des conditions de travail dignes.",
            "ⴰⵜⵉⴳ ⵉⵖⵓⴷⴰⵏ ⵉ ⵉⵎⴼⴰⵔⵙⵏ.",
        ),
    },
]
