"""Dates: dates heaped on a painted plate, palm fronds behind and tea beside it."""

from __future__ import annotations

import math
import random

from .canvas import (
    _WHITE,
    Color,
    _a,
    _Canvas,
    _curve,
    _cylinder,
    _dark,
    _diamond,
    _ellipse_pts,
    _jitter,
    _lathe,
    _light,
    _lin,
    _plane,
    _pod,
)
from .props import _tea_glass, _teapot


def _date(c: _Canvas, x: float, y: float, angle: float, tone: Color, rng: random.Random) -> None:
    length, width = rng.uniform(64, 78), rng.uniform(30, 36)
    c.fill(
        _pod(x, y, length, width, angle, 0.12), [_light(tone, 0.2), tone, _dark(tone, 0.35)], "y"
    )
    ca, sa = math.cos(angle), math.sin(angle)
    for k in (-0.2, 0.15):
        off = k * width
        pts = _curve(
            (x - ca * length * 0.3 - sa * off, y - sa * length * 0.3 + ca * off),
            (x - sa * off * 1.4, y + ca * off * 1.4),
            (x + ca * length * 0.25 - sa * off, y + sa * length * 0.25 + ca * off),
            8,
        )
        c.line(pts, _a(_dark(tone, 0.4), 120), 2)
    c.line(
        _curve(
            (x - ca * length * 0.3 + sa * width * 0.25, y - sa * length * 0.3 - ca * width * 0.25),
            (x + sa * width * 0.38, y - ca * width * 0.38),
            (x + ca * length * 0.3 + sa * width * 0.2, y + sa * length * 0.3 - ca * width * 0.2),
            8,
        ),
        _a(_WHITE, 90),
        4,
    )
    if rng.random() < 0.5:
        c.ellipse(x - ca * length * 0.47, y - sa * length * 0.47, 6, 6, fill=(214, 180, 100))


def _frond(
    c: _Canvas, cx: float, cy: float, angle: float, length: float, rng: random.Random
) -> None:
    """A palm frond lying flat on the table, drawn in top view and then foreshortened."""
    green = rng.choice(((88, 120, 60), (110, 136, 70), (96, 128, 56)))
    spine = [(-length / 2 + length * t, 50 * math.sin(math.pi * t)) for t in _lin(0, 1, 32)]
    squash = 0.38
    for side in (-1, 1):
        for i in range(2, 31):
            px, py = spine[i]
            size = 190 * math.sin(math.pi * i / 32) ** 0.7 + 30
            a = side * (1.15 - 0.5 * i / 32)
            pts = _pod(px + math.cos(a) * size / 2, py + math.sin(a) * size / 2, size, 18, a, 0.7)
            c.poly(_plane(pts, cx, cy, angle, squash), fill=_jitter(rng, green, 12))
            rib = [(px, py), (px + math.cos(a) * size * 0.9, py + math.sin(a) * size * 0.9)]
            c.line(_plane(rib, cx, cy, angle, squash), _a(_light(green, 0.3), 150), 1.5)
        if side < 0:
            c.line(_plane(spine, cx, cy, angle, squash), (170, 156, 90), 9)


def _paint_dates(c: _Canvas, rng: random.Random, floor: float) -> None:
    cx = 600 + rng.uniform(-50, 50)
    plate_y = floor + rng.uniform(85, 95)
    tone = rng.choice(((110, 52, 28), (140, 70, 34), (86, 40, 26), (168, 96, 40)))
    if rng.random() < 0.75:
        _frond(c, cx + rng.uniform(-120, 120), floor + 70, rng.uniform(-0.2, 0.2), 980, rng)
    r = rng.uniform(205, 225)
    tilt = 0.38
    extra = rng.random()
    if extra < 0.45:
        side = rng.choice((-1, 1))
        _teapot(c, cx + side * (r - 30), plate_y - 70, rng, 0.95, facing=-side)
    plate = rng.choice(((240, 234, 220), (40, 70, 140), (176, 96, 60), (214, 170, 90)))
    paint = rng.choice(
        [p for p in ((34, 70, 150), (176, 46, 38), (214, 160, 64), (240, 226, 190)) if p != plate]
    )
    c.shadow(cx, plate_y + 20, r * 0.95, r * 0.2)
    c.fill(_lathe(cx, [(plate_y, r), (plate_y + 24, r * 0.8)], tilt), _cylinder(plate, 0.3, 0.3))

    def rim_decor(v: _Canvas) -> None:
        n = 28
        for i in range(n):
            a = 2 * math.pi * i / n
            px, py = cx + math.cos(a) * r * 0.9, plate_y + math.sin(a) * r * 0.9 * tilt
            v.poly(_diamond(px, py, 9, 6), fill=paint)
        ring = _ellipse_pts(cx, plate_y, r * 0.8, r * 0.8 * tilt)
        v.line([*ring, ring[0]], paint, 3)

    c.fill(
        _ellipse_pts(cx, plate_y, r, r * tilt), [_light(plate, 0.15), plate], "y", texture=rim_decor
    )
    c.fill(
        _ellipse_pts(cx, plate_y + 3, r * 0.76, r * 0.76 * tilt), [plate, _light(plate, 0.2)], "y"
    )
    dates = []
    for _ in range(rng.randint(14, 18)):
        a, rr = rng.uniform(0, 2 * math.pi), math.sqrt(rng.random()) * r * 0.58
        dates.append((cx + math.cos(a) * rr, plate_y + math.sin(a) * rr * tilt - 8))
    for _ in range(rng.randint(5, 7)):
        dates.append((cx + rng.uniform(-r * 0.3, r * 0.3), plate_y - rng.uniform(28, 50)))
    # Lower layer first, then the dates heaped on top, each layer from back to front.
    dates.sort(key=lambda p: (p[1] < plate_y - 24, p[1]))
    for x, y in dates:
        _date(
            c,
            x,
            y,
            rng.uniform(-0.5, 0.5) + rng.choice((0.0, math.pi)),
            _jitter(rng, tone, 12),
            rng,
        )
    loose = rng.randint(1, 3)
    for k in range(loose):
        x = cx + (1 if k % 2 else -1) * (r + rng.uniform(50, 110))
        y = plate_y + rng.uniform(30, 70)
        c.shadow(x, y + 12, 36, 8, 0.35)
        _date(c, x, y, rng.uniform(-0.4, 0.4), _jitter(rng, tone, 12), rng)
    if extra < 0.7:
        _tea_glass(c, cx + rng.choice((-1, 1)) * (r + 80), plate_y + 10, rng)
