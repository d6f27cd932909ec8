"""Cosmetics: a bowl of ghassoul, a jar of black soap or cream, a stack of soap bars and
rose petals or buds."""

from __future__ import annotations

import math
import random

from .canvas import (
    _TILT,
    _WHITE,
    Color,
    _a,
    _band,
    _Canvas,
    _cylinder,
    _dark,
    _diamond,
    _ellipse_pts,
    _jitter,
    _lathe,
    _light,
    _pod,
    _rrect,
    _star,
)
from .logo import _emblem
from .props import _scatter
from .scenes import _ACCENTS
from .spices import _spice_mound
from .vessels import _bowl

_SOAPS: tuple[Color, ...] = (
    (236, 222, 196),
    (196, 170, 214),
    (232, 180, 180),
    (178, 196, 140),
    (232, 196, 110),
    (120, 80, 56),
)


def _soap(
    c: _Canvas, x: float, y: float, w: float, h: float, depth: float, color: Color, mark: int
) -> None:
    """A bar seen from the front and above: front face, top face and a stamped star."""
    c.poly(_rrect(x, y, x + w, y + h, 10), fill=_dark(color, 0.18))
    top = [(x + 6, y + 4), (x + w - 6, y + 4), (x + w - 14, y - depth), (x + 14, y - depth)]
    c.fill(top, [_light(color, 0.25), color], "y")
    c.fill(_rrect(x, y + 2, x + w, y + h, 10), [_dark(color, 0.05), _dark(color, 0.22)], "y")
    mx, my = x + w / 2, y - depth / 2 + 2
    if mark == 0:
        c.poly(_star(mx, my, w * 0.16, squash=depth / w * 1.8), outline=_dark(color, 0.2), width=3)
    else:
        c.poly(_diamond(mx, my, w * 0.14, depth * 0.32), outline=_dark(color, 0.2), width=3)
        c.poly(_diamond(mx, my, w * 0.05, depth * 0.12), fill=_dark(color, 0.2))


def _jar(
    c: _Canvas,
    cx: float,
    base: float,
    r: float,
    h: float,
    body: Color,
    lid: Color | None,
    content: Color,
    rng: random.Random,
) -> None:
    c.shadow(cx, base, r * 1.1, 16)
    prof = [(base - h, r), (base - 8, r), (base, r * 0.95)]
    c.fill(_lathe(cx, prof), _cylinder(body, 0.35, 0.35))
    if lid is None:
        c.fill(_ellipse_pts(cx, base - h, r, r * _TILT), [_dark(body, 0.2)], "y")
        c.fill(
            _ellipse_pts(cx, base - h + 4, r * 0.88, r * 0.88 * _TILT),
            [_light(content, 0.15), content],
            "y",
        )
        c.line(_pod(cx - r * 0.2, base - h + 2, r * 0.8, r * 0.14, 0, 0)[5:25], _a(_WHITE, 110), 3)
    else:
        c.fill(
            _lathe(cx, [(base - h - 40, r * 1.03), (base - h + 6, r * 1.04)]),
            _cylinder(lid, 0.35, 0.35),
        )
        c.ellipse(cx, base - h - 40, r * 1.03, r * 1.03 * _TILT, fill=_light(lid, 0.15))
        c.poly(_star(cx, base - h - 40, r * 0.5, squash=_TILT), outline=_dark(lid, 0.2), width=3)
    y0 = base - h * 0.7
    c.fill(
        _band(cx, y0, r, base - h * 0.25, r),
        _cylinder(_light(body, 0.4), 0.2, 0.3),
        texture=lambda v: _emblem(
            v,
            cx,
            base - h * 0.47 + r * _TILT * 0.9,
            h * 0.13,
            rng.choice(_ACCENTS),
            rng.randrange(4),
        ),
    )


def _paint_cosmetics(c: _Canvas, rng: random.Random, floor: float) -> None:
    base = floor + rng.uniform(110, 140)
    cx = 600 + rng.uniform(-40, 40)
    side = rng.choice((-1, 1))
    # Ghassoul in a clay bowl, behind.
    clay = (150, 96, 70)

    def ghassoul(x: float, rim_y: float, r: float) -> None:
        _spice_mound(c, x, rim_y, r, (170, 116, 86), rng)

    _bowl(
        c,
        cx - side * 285,
        base - 50,
        125,
        68,
        clay,
        rng,
        rng.choice(("plain", "dots")),
        contents=ghassoul,
        paint=(236, 220, 190),
    )
    # A jar: black soap open, or a closed cream jar.
    if rng.random() < 0.5:
        _jar(
            c,
            cx + side * 280,
            base - 20,
            92,
            124,
            rng.choice(((240, 236, 228), (60, 90, 70))),
            None,
            (52, 40, 24),
            rng,
        )
    else:
        _jar(
            c,
            cx + side * 280,
            base - 20,
            92,
            112,
            rng.choice(((240, 236, 228), (210, 190, 170))),
            rng.choice(((196, 156, 70), (60, 58, 56), (176, 46, 38))),
            (0, 0, 0),
            rng,
        )
    # A stack of soap bars in the middle.
    colors = list(_SOAPS)
    rng.shuffle(colors)
    n = rng.randint(2, 3)
    w, h, depth = 250.0, 72.0, 66.0
    c.shadow(cx, base, w * 0.62, 24)
    y = base - h
    for i in range(n):
        off = rng.uniform(-22, 22) if i else 0.0
        if i == n - 1:
            w *= 0.96
        _soap(c, cx - w / 2 + off, y, w, h, depth, colors[i], rng.randrange(2))
        y -= h + 2
    if rng.random() < 0.6:
        twine = (200, 170, 120)
        c.line([(cx + 10, y + h + 2), (cx + 10, base)], twine, 4)
    # Rose petals or buds on the table.
    rose = rng.choice(((214, 80, 110), (190, 50, 70), (236, 150, 170)))
    for x, yy in _scatter(rng, rng.randint(5, 8), cx - 380, cx + 380, base + 30, base + 100, 70):
        if rng.random() < 0.5:
            petal = _pod(x, yy, 52, 38, rng.uniform(0, 6.28), 0.5)
            c.fill(petal, [_light(rose, 0.2), _jitter(rng, rose, 20)], "y")
        else:
            c.shadow(x, yy + 10, 22, 7, 0.3)
            c.fill(
                _pod(x, yy, 46, 32, -math.pi / 2, 0.5), [_light(rose, 0.1), _dark(rose, 0.3)], "y"
            )
            c.line([(x, yy - 20), (x - 5, yy + 6)], _a(_dark(rose, 0.4), 140), 2)
            c.poly(_pod(x, yy + 16, 24, 20, math.pi / 2, 0.6), fill=(90, 120, 60))
