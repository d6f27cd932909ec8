"""Demo data: a believable solidarity marketplace in three languages.

Every text here was written for the demo; names of real regions and lending
institutions are facts, the cooperatives and people are invented."""

from shop.demo.data.catalog_rows import CATEGORIES, LABELS
from shop.demo.data.crafts import CRAFT_PRODUCTS
from shop.demo.data.food import FOOD_PRODUCTS
from shop.demo.data.suppliers import GROUPINGS, SUPPLIERS

PRODUCTS = FOOD_PRODUCTS + CRAFT_PRODUCTS

__all__ = ["CATEGORIES", "GROUPINGS", "LABELS", "PRODUCTS", "SUPPLIERS"]
