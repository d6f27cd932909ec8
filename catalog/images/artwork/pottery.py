"""Pottery: a glazed tagine with painted bands, flanked by vases, bowls or a teapot."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

from .canvas import (
    _TILT,
    Color,
    Profile,
    _Canvas,
    _cylinder,
    _dark,
    _diamond,
    _ellipse_pts,
    _lathe,
    _light,
    _lin,
    _radius_at,
    _ring,
)
from .props import _teapot
from .vessels import _bowl

_GLAZES = (
    # body, paint, accent
    ((192, 98, 58), (246, 236, 214), (40, 36, 34)),  # raw terracotta, painted cream
    ((240, 234, 220), (34, 70, 150), (34, 120, 150)),  # Safi white and cobalt
    ((52, 104, 58), (80, 150, 70), (30, 70, 40)),  # Tamegroute green
    ((214, 160, 64), (120, 40, 30), (40, 70, 120)),  # ochre
    ((40, 70, 140), (240, 220, 170), (214, 160, 64)),  # cobalt ground
)


def _paint_bands(
    v: _Canvas,
    cx: float,
    prof: Profile,
    levels: Sequence[float],
    paint: Color,
    accent: Color,
    rng: random.Random,
    tilt: float = _TILT,
) -> None:
    """Painted friezes that follow the curve of the pot, thinning towards its edges."""
    for i, y in enumerate(levels):
        r = _radius_at(prof, y)
        v.line(_ring(cx, y, r, tilt, n=48), paint, 6)
        kind = rng.randrange(3) if i else 0
        n = max(6, int(r / 16))
        for k in range(n):
            a = math.pi * (k + 0.5) / n
            x = cx + r * math.cos(a)
            yy = y + r * tilt * math.sin(a)
            s = math.sin(a)
            if kind == 0:
                v.poly([(x - 12 * s, yy + 3), (x + 12 * s, yy + 3), (x, yy + 26)], fill=paint)
            elif kind == 1:
                v.ellipse(x, yy + 14, 6 * s + 1, 6, fill=accent)
            else:
                v.poly(_diamond(x, yy + 16, 9 * s + 1, 11), fill=accent)


def _tagine(
    c: _Canvas,
    cx: float,
    base: float,
    scale: float,
    glaze: tuple[Color, Color, Color],
    rng: random.Random,
) -> None:
    body, paint, accent = glaze
    dish_r, depth = 250 * scale, 46 * scale
    lid_r, lid_h = 196 * scale, 300 * scale
    rim = base - depth
    c.shadow(cx, base, dish_r * 0.95, 34 * scale)
    dish = [(rim, dish_r), (rim + depth * 0.5, dish_r * 0.9), (base, dish_r * 0.7)]

    def dish_decor(v: _Canvas) -> None:
        v.line(_ring(cx, rim + depth * 0.4, dish_r * 0.93, n=60), paint, 5 * scale)

    c.fill(_lathe(cx, dish), _cylinder(body, 0.4, 0.3), texture=dish_decor)
    c.fill(
        _ellipse_pts(cx, rim, dish_r * 0.97, dish_r * 0.97 * _TILT),
        [_dark(body, 0.35), _dark(body, 0.1)],
        "y",
    )
    lid_base = rim + 6
    prof = [
        (lid_base - lid_h * t, lid_r * ((1 - t) ** 1.5 * 0.9 + 0.1 * (1 - t) + 0.06))
        for t in _lin(1, 0, 24)
    ]
    top = prof[0][0]

    def lid_decor(v: _Canvas) -> None:
        levels = [lid_base - lid_h * f for f in (0.1, 0.32, 0.56)]
        _paint_bands(v, cx, prof, levels, paint, accent, rng)

    c.fill(_lathe(cx, prof), _cylinder(body, 0.45, 0.3), texture=lid_decor)
    knob_r = lid_r * 0.13
    c.fill(
        _lathe(
            cx,
            [
                (top - knob_r * 1.6, knob_r * 1.1),
                (top - knob_r, knob_r * 0.5),
                (top + 4, knob_r * 0.6),
            ],
        ),
        _cylinder(body, 0.4, 0.35),
    )
    c.line([*_ring(cx, rim, dish_r, n=60)], _light(body, 0.3), 5 * scale)


def _vase(
    c: _Canvas,
    cx: float,
    base: float,
    scale: float,
    glaze: tuple[Color, Color, Color],
    rng: random.Random,
) -> None:
    body, paint, accent = glaze
    h = 280 * scale
    prof = []
    for t in _lin(0, 1, 30):
        # Neck, swelling belly, narrow foot.
        r = 44 + 100 * math.sin(math.pi * min(1.0, max(0.0, (t - 0.2) / 0.8))) ** 0.8
        if t < 0.12:
            r = 50 - t * 40
        prof.append((base - h + t * h, r * scale))
    c.shadow(cx, base, 110 * scale, 18 * scale)

    def decor(v: _Canvas) -> None:
        _paint_bands(v, cx, prof, [base - h * f for f in (0.72, 0.45)], paint, accent, rng, 0.2)

    c.fill(_lathe(cx, prof, 0.2), _cylinder(body, 0.45, 0.3), texture=decor)
    c.ellipse(cx, base - h, prof[0][1], prof[0][1] * 0.2, fill=_dark(body, 0.5))
    c.line(
        [*_ellipse_pts(cx, base - h, prof[0][1], prof[0][1] * 0.2), (cx + prof[0][1], base - h)],
        _light(body, 0.3),
        4,
    )


def _paint_pottery(c: _Canvas, rng: random.Random, floor: float) -> None:
    glaze = rng.choice(_GLAZES)
    base = floor + rng.uniform(110, 140)
    cx = 600 + rng.uniform(-60, 60)
    side = rng.choice((-1, 1))
    extra = rng.random()
    if extra < 0.4:
        _vase(c, cx + side * 310, base - 50, 0.8, rng.choice(_GLAZES), rng)
    _tagine(c, cx, base, rng.uniform(0.92, 1.05), glaze, rng)
    if 0.4 <= extra < 0.75:
        _bowl(c, cx + side * 310, base - 20, 85, 50, glaze[0], rng, "painted", paint=glaze[1])
    elif extra >= 0.75:
        _teapot(c, cx + side * 300, base - 10, rng, 0.85, facing=-side)
