"""Basketry: woven baskets and flat trays hung on the wall."""

from __future__ import annotations

import math
import random

from .canvas import (
    _SHADOW,
    _TILT,
    _WHITE,
    _a,
    _Canvas,
    _curve,
    _cylinder,
    _dark,
    _ellipse_pts,
    _lathe,
    _light,
    _lin,
    _radius_at,
    _ring,
    _star,
)


def _basket(
    c: _Canvas,
    cx: float,
    base: float,
    rng: random.Random,
    scale: float = 1.0,
    handles: bool | None = None,
) -> None:
    straw = rng.choice(((214, 180, 120), (200, 164, 104), (226, 196, 140)))
    dyes = rng.sample(
        [(176, 46, 38), (44, 110, 80), (120, 44, 120), (34, 70, 150), (230, 150, 40)], 2
    )
    h = rng.uniform(250, 290) * scale
    r_top, r_bot = rng.uniform(210, 240) * scale, rng.uniform(150, 175) * scale
    top = base - h
    prof = [
        (top + h * t, r_top + (r_bot - r_top) * t + 18 * scale * math.sin(math.pi * t))
        for t in _lin(0, 1, 20)
    ]
    handles = rng.random() < 0.7 if handles is None else handles
    leather = rng.choice(((120, 70, 40), (150, 96, 50), (70, 46, 34)))

    def handle(front: bool) -> None:
        end_y = top + (30 if front else -20)
        pts = _curve(
            (cx - r_top * 0.42, end_y), (cx, top - 300 * scale), (cx + r_top * 0.42, end_y), 24
        )
        c.line(pts, leather if front else _dark(leather, 0.25), 16 * scale)
        c.dashes(pts, _light(leather, 0.4), 2)

    c.shadow(cx, base, r_bot * 1.15, 28 * scale)
    if handles:
        handle(False)
    rows = max(8, round(16 * scale))
    band_rows = set(rng.sample(range(2, rows - 2), 3))

    def weave(v: _Canvas) -> None:
        row_h = h / rows
        for i in range(rows):
            y = top + i * row_h
            r = _radius_at(prof, y + row_h / 2)
            v.line(_ring(cx, y, r, n=48), _a(_dark(straw, 0.35), 160), 2)
            n = max(14, round(30 * scale))
            for k in range(n):
                a = math.pi * (k + (0.5 if i % 2 else 0.0)) / n
                s = math.sin(a)
                x = cx + r * math.cos(a)
                yy = y + r * _TILT * s
                col = dyes[(k // 3 + i) % 2] if i in band_rows else _dark(straw, 0.18)
                v.line(
                    [(x - 5 * s * scale, yy + 3), (x + 4 * s * scale, yy + row_h - 2)],
                    col,
                    6 * s * scale + 1,
                )

    c.fill(_lathe(cx, prof), _cylinder(straw, 0.4, 0.3), texture=weave)
    c.fill(
        _ellipse_pts(cx, top, r_top, r_top * _TILT), [_dark(straw, 0.45), _dark(straw, 0.2)], "y"
    )
    c.line(
        [*_ellipse_pts(cx, top, r_top, r_top * _TILT), (cx + r_top, top)],
        _light(straw, 0.2),
        14 * scale,
    )
    c.dashes(
        [*_ellipse_pts(cx, top, r_top, r_top * _TILT), (cx + r_top, top)], _dark(straw, 0.3), 3
    )
    if handles:
        handle(True)
    else:
        # Pompoms hung from the rim, as on many souk baskets.
        for i in range(5):
            a = math.pi * (i + 1) / 6
            x = cx + r_top * math.cos(a)
            y = top + r_top * _TILT * math.sin(a) + 20 * scale
            col = dyes[i % 2]
            c.line([(x, y - 14 * scale), (x, y + 20 * scale)], col, 3)
            c.ellipse(x, y + 30 * scale, 16 * scale, 16 * scale, fill=col)
            c.ellipse(x - 4 * scale, y + 25 * scale, 6 * scale, 5 * scale, fill=_a(_WHITE, 70))


def _tray(c: _Canvas, cx: float, cy: float, r: float, rng: random.Random) -> None:
    """A woven palm tray (tbeg) hung on the wall, a classic backdrop in Moroccan kitchens."""
    straw = (220, 188, 130)
    colors = rng.sample(
        [(176, 46, 38), (44, 110, 80), (120, 44, 120), (34, 70, 150), (230, 150, 40)], 3
    )
    c.soft(cx + 10, cy + 14, r, r, 14, _SHADOW, 0.3)
    c.ellipse(cx, cy, r, r, fill=straw)
    for i, rr in enumerate(_lin(r * 0.95, r * 0.15, 9)):
        c.ellipse(cx, cy, rr, rr, outline=_dark(straw, 0.25), width=2)
        if i in (2, 5):
            n = 16 if i == 2 else 10
            for k in range(n):
                a = 2 * math.pi * k / n
                pts = [
                    (cx + math.cos(a - 0.1) * rr, cy + math.sin(a - 0.1) * rr),
                    (cx + math.cos(a + 0.1) * rr, cy + math.sin(a + 0.1) * rr),
                    (cx + math.cos(a) * (rr - r * 0.1), cy + math.sin(a) * (rr - r * 0.1)),
                ]
                c.poly(pts, fill=colors[k % 3])
    c.poly(_star(cx, cy, r * 0.14), fill=colors[0])


def _paint_basketry(c: _Canvas, rng: random.Random, floor: float) -> None:
    base = floor + rng.uniform(130, 160)
    cx = 600 + rng.uniform(-80, 80)
    if rng.random() < 0.5:
        tx = cx + rng.choice((-1, 1)) * rng.uniform(330, 380)
        _tray(c, tx, floor - 230, rng.uniform(130, 160), rng)
    small = rng.random() < 0.5
    side = 1 if cx < 600 else -1
    if small:
        # A smaller basket set behind and to the side gives the stall some depth.
        _basket(c, cx + side * 290, base - 40, rng, 0.5, handles=False)
    _basket(c, cx, base, rng)
