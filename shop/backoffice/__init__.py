"""The supplier back-office: onboarding, team, eligibility evidence, listings and stock.

One blueprint; each area registers its routes from its own module, imported below."""

from flask import Blueprint

bp = Blueprint("backoffice", __name__, url_prefix="/<lang_code>", template_folder="templates")
from shop.backoffice import (  # noqa: E402,F401 - each module registers its routes on bp
    admin_suppliers,
    evidence,
    listings,
    onboarding,
    orders,
    product_files,
    sales,
    stock,
    team,
)
