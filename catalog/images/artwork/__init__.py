"""Demo illustrations for Souk Tadamon: product still lifes and cooperative emblems.

The demo seed needs dozens of distinct, warm product pictures without shipping photographs,
so every picture here is drawn from plain geometry with Pillow. No text is ever drawn:
Pillow cannot shape Arabic or Tifinagh, and broken lettering looks worse than none.

* ``render_product_artwork(category, seed, size)`` returns PNG bytes of a still life;
* ``render_logo(seed, size)`` returns PNG bytes of a round cooperative emblem.

Both are deterministic: the same arguments always give the same bytes, so seeding the demo
twice stores each picture once (pictures are stored under a hash of their bytes).

Layout: ``canvas`` (drawing surface, colour and geometry helpers), ``scenes`` (wall, zellige,
table), ``vessels`` and ``props`` (objects shared by several categories), one module per
category family (``oils``, ``honey``, ``grains``, ``spices``, ``textiles``, ``pottery``,
``cosmetics``, ``dates``, ``basketry``, ``leather``, ``gift``) and ``logo`` (emblems).
"""

from __future__ import annotations

import random
from collections.abc import Callable

from .basketry import _paint_basketry
from .canvas import _Canvas
from .cosmetics import _paint_cosmetics
from .dates import _paint_dates
from .gift import _paint_gift
from .grains import _paint_couscous, _paint_spreads
from .honey import _paint_honey
from .leather import _paint_leather
from .logo import render_logo
from .oils import _paint_argan, _paint_olive_oil
from .pottery import _paint_pottery
from .scenes import _backdrop
from .spices import _paint_saffron, _paint_spices
from .textiles import _paint_carpet

__all__ = ["CATEGORIES", "render_logo", "render_product_artwork"]

_PAINTERS: dict[str, Callable[[_Canvas, random.Random, float], None]] = {
    "argan-oil": _paint_argan,
    "honey": _paint_honey,
    "couscous": _paint_couscous,
    "saffron": _paint_saffron,
    "spices": _paint_spices,
    "carpets": _paint_carpet,
    "pottery": _paint_pottery,
    "cosmetics": _paint_cosmetics,
    "dates": _paint_dates,
    "olive-oil": _paint_olive_oil,
    "spreads": _paint_spreads,
    "basketry": _paint_basketry,
    "leather": _paint_leather,
}

CATEGORIES: tuple[str, ...] = tuple(_PAINTERS)
# Rugs are laid out against the wall and floor directly, so they keep the wide view.
_ZOOM = {"carpets": (1.0, 0.0), "dates": (1.4, 0.0), "leather": (1.2, 130.0)}


def render_product_artwork(category: str, seed: int, size: tuple[int, int] = (1200, 900)) -> bytes:
    """PNG bytes of a still life for a product `category`; `seed` picks the variant.

    Unknown categories get a wrapped gift box. Deterministic for a given (category, seed, size).
    """
    # The category is part of the seed so that product n of two categories do not share a room.
    rng = random.Random(f"{category}:{seed}")  # noqa: S311 - picks picture variants, not secrets
    canvas = _Canvas(size)
    floor = _backdrop(canvas, rng, 600 + rng.uniform(-40, 40))
    # Painters lay objects out at a comfortable scale; the camera then moves in on the table.
    zoom, anchor = _ZOOM.get(category, (1.3, 130.0))
    canvas.zoom(zoom, 600, floor + anchor)
    _PAINTERS.get(category, _paint_gift)(canvas, rng, floor)
    return canvas.png()
