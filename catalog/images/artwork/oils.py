"""Argan and olive oil: a capped, labelled bottle with a sprig behind it and argan fruit,
kernels or olives in front."""

from __future__ import annotations

import math
import random

from .canvas import _a, _Canvas, _cylinder, _dark, _lathe, _light, _pod, _ring
from .props import _nut, _scatter, _sprig
from .scenes import _ACCENTS
from .vessels import _Bottle, _bowl, _glass_vessel, _label

_CAPS = ("cork", "metal", "dropper", "wax")


def _cap(c: _Canvas, cx: float, top: float, neck_w: float, style: str, rng: random.Random) -> None:
    r = neck_w / 2
    if style == "cork":
        cork = (196, 150, 100)
        c.fill(_lathe(cx, [(top - 46, r * 1.05), (top + 14, r * 0.92)], 0.14), _cylinder(cork))
        c.ellipse(cx, top - 46, r * 1.05, r * 0.15, fill=_light(cork, 0.2))
        for _ in range(10):
            c.ellipse(
                cx + rng.uniform(-r, r) * 0.8,
                top - rng.uniform(0, 40),
                1.6,
                1.6,
                fill=_a(_dark(cork, 0.4), 160),
            )
    elif style == "metal":
        metal = rng.choice(((190, 150, 70), (60, 58, 56), (150, 40, 36)))
        c.fill(_lathe(cx, [(top - 34, r * 1.12), (top + 18, r * 1.12)], 0.14), _cylinder(metal))
        for i in range(7):
            x = cx - r + (i + 0.5) * 2 * r / 7
            c.line([(x, top - 30), (x, top + 14)], _a(_dark(metal, 0.3), 90), 1.5)
    elif style == "dropper":
        c.fill(
            _lathe(cx, [(top - 16, r * 1.15), (top + 16, r * 1.15)], 0.14),
            _cylinder((200, 170, 90)),
        )
        bulb = (40, 36, 34)
        c.fill(
            _lathe(
                cx,
                [
                    (top - 86, r * 0.2),
                    (top - 78, r * 0.55),
                    (top - 60, r * 0.68),
                    (top - 34, r * 0.6),
                    (top - 16, r * 0.7),
                ],
                0.14,
            ),
            _cylinder(bulb, 0.3, 0.5),
        )
    else:
        wax = rng.choice(((150, 30, 34), (120, 40, 30), (40, 70, 60)))
        c.fill(
            _lathe(cx, [(top - 30, r * 1.1), (top + 26, r * 1.18)], 0.14), _cylinder(wax, 0.3, 0.4)
        )
        for side in (-1, 1):
            c.poly(_pod(cx + side * r * 0.9, top + 34, 18, 14, math.pi / 2, 0.6), fill=wax)
        twine = (206, 180, 130)
        c.line(_ring(cx, top + 30, r * 1.05, 0.14), twine, 3)


def _paint_oil(c: _Canvas, rng: random.Random, floor: float, olive: bool) -> None:
    base = floor + rng.uniform(95, 130)
    cx = 600 + rng.uniform(-70, 70)
    shapes = (
        _Bottle(190, 270, 54, 90, 66, 24),
        _Bottle(230, 220, 52, 120, 80, 40),
        _Bottle(176, 240, 60, 40, 46, 22),
        _Bottle(170, 300, 50, 80, 50, 18),
    )
    # The short-necked dropper bottle is for cosmetic argan oil only.
    shape = rng.choice([b for b in shapes if b.neck_h >= 60] if olive else shapes)
    if olive:
        oil = rng.choice(((172, 160, 42), (196, 172, 52), (150, 146, 40)))
        glass = rng.choice(((226, 236, 230), (140, 170, 120), (230, 232, 226)))
    else:
        oil = rng.choice(((220, 160, 40), (230, 178, 56), (206, 140, 32)))
        glass = rng.choice(((226, 236, 230), (236, 232, 222), (196, 150, 90)))
    cap = "dropper" if shape.neck_h < 60 else rng.choice(("cork", "metal", "wax"))
    paper = rng.choice(((240, 230, 210), (232, 214, 180), (250, 246, 238)))
    ink = rng.choice(_ACCENTS)
    leaf = (70, 100, 54) if olive else (58, 96, 46)
    under = (150, 166, 128) if olive else None

    # Behind the bottle: a sprig reaching up from the table.
    if rng.random() < 0.7:
        side = rng.choice((-1, 1))
        _sprig(
            c,
            cx + side * 40,
            base - 30,
            -math.pi / 2 + side * rng.uniform(0.5, 0.9),
            rng.uniform(230, 300),
            70 if olive else 46,
            16 if olive else 15,
            leaf,
            (110, 84, 60),
            rng,
            leaves=9,
            under=under,
        )

    second = rng.random() < 0.45
    if second:
        small = _Bottle(
            shape.body_w * 0.7,
            shape.body_h * 0.7,
            shape.neck_w * 0.8,
            shape.neck_h * 0.7,
            shape.shoulder * 0.7,
            shape.corner * 0.7,
        )
        sx = cx + rng.choice((-1, 1)) * shape.body_w * 0.85
        sbase = base - 30
        c.shadow(sx, sbase, small.body_w * 0.6, 16)
        prof = _glass_vessel(c, sx, sbase, small, oil, rng.uniform(0.6, 0.95), glass)
        _cap(c, sx, prof[0][0], small.neck_w, "metal" if cap == "dropper" else cap, rng)

    c.shadow(cx, base, shape.body_w * 0.62, 22)
    prof = _glass_vessel(c, cx, base, shape, oil, rng.uniform(0.7, 0.97), glass)
    if rng.random() < 0.8:
        _label(c, cx, prof, base - shape.body_h * 0.72, base - shape.body_h * 0.24, paper, ink, rng)
    _cap(c, cx, prof[0][0], shape.neck_w, cap, rng)

    # In front: fruit and nuts (argan) or olives with a small dish.
    if olive and rng.random() < 0.5:
        dx = rng.choice((-1, 1)) * rng.uniform(230, 300)

        def olives(x: float, y: float, r: float) -> None:
            for ox, oy in _scatter(rng, 9, x - r * 0.7, x + r * 0.7, y - 40, y + 5, 26):
                tone = rng.choice(((110, 130, 40), (70, 46, 56), (96, 116, 36), (50, 36, 40)))
                _nut(c, ox, oy, 19, rng.uniform(-0.5, 0.5), tone, 0.0, seam=False)

        _bowl(
            c,
            cx + dx,
            base + 20,
            105,
            60,
            rng.choice(((230, 220, 200), (176, 96, 60))),
            rng,
            rng.choice(("painted", "dots", "plain")),
            contents=olives,
        )
    spots = _scatter(rng, rng.randint(4, 7), cx - 340, cx + 340, base + 30, base + 110, 80)
    for x, y in spots:
        if abs(x - cx) < shape.body_w * 0.5 and y < base + 60:
            continue
        if olive:
            tone = rng.choice(((110, 130, 40), (70, 46, 56), (96, 116, 36)))
            _nut(c, x, y, rng.uniform(22, 26), rng.uniform(-0.6, 0.6), tone, 0.0, seam=False)
        else:
            kind = rng.random()
            if kind < 0.45:
                _nut(c, x, y, rng.uniform(24, 29), rng.uniform(-0.8, 0.8), (128, 80, 44))
            elif kind < 0.75:
                _nut(
                    c,
                    x,
                    y,
                    rng.uniform(28, 33),
                    rng.uniform(-0.8, 0.8),
                    (186, 160, 72),
                    0.15,
                    seam=False,
                )
            else:
                _nut(
                    c,
                    x,
                    y,
                    rng.uniform(17, 20),
                    rng.uniform(-0.8, 0.8),
                    (232, 204, 150),
                    0.7,
                    seam=False,
                )


def _paint_argan(c: _Canvas, rng: random.Random, floor: float) -> None:
    _paint_oil(c, rng, floor, olive=False)


def _paint_olive_oil(c: _Canvas, rng: random.Random, floor: float) -> None:
    _paint_oil(c, rng, floor, olive=True)
