"""The 12 regions of Morocco, by the slugs used everywhere (URLs, imports, the API)."""

from flask_babel import lazy_gettext as _l

REGIONS = {
    "tanger-tetouan-al-hoceima": _l("Tanger-Tétouan-Al Hoceïma"),
    "oriental": _l("Oriental"),
    "fes-meknes": _l("Fès-Meknès"),
    "rabat-sale-kenitra": _l("Rabat-Salé-Kénitra"),
    "beni-mellal-khenifra": _l("Béni Mellal-Khénifra"),
    "casablanca-settat": _l("Casablanca-Settat"),
    "marrakech-safi": _l("Marrakech-Safi"),
    "draa-tafilalet": _l("Drâa-Tafilalet"),
    "souss-massa": _l("Souss-Massa"),
    "guelmim-oued-noun": _l("Guelmim-Oued Noun"),
    "laayoune-sakia-el-hamra": _l("Laâyoune-Sakia El Hamra"),
    "dakhla-oued-ed-dahab": _l("Dakhla-Oued Ed-Dahab"),
}


def region_name(slug: str) -> str:
    return str(REGIONS.get(slug, slug))
