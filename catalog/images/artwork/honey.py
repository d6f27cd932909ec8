"""Honey: a labelled jar under a gingham cloth or a lid, pieces of comb and a wooden dipper."""

from __future__ import annotations

import math
import random

from .canvas import (
    _WHITE,
    Color,
    _a,
    _band,
    _Canvas,
    _cylinder,
    _dark,
    _ellipse_pts,
    _lathe,
    _light,
    _pod,
    _radius_at,
    _ring,
    _rrect,
)
from .logo import _emblem
from .scenes import _ACCENTS
from .vessels import _Bottle, _glass_vessel


def _hexes(
    v: _Canvas,
    x0: float,
    y0: float,
    x1: float,
    y1: float,
    r: float,
    squash: float,
    cell: Color,
    wax: Color,
    rng: random.Random,
    filled: float = 0.8,
) -> None:
    w = math.sqrt(3) * r
    row = 0
    y = y0
    while y < y1 + r:
        x = x0 + (w / 2 if row % 2 else 0)
        while x < x1 + w:
            pts = [
                (x + r * math.cos(a), y + r * squash * math.sin(a))
                for a in (math.pi / 6 + i * math.pi / 3 for i in range(6))
            ]
            color = cell if rng.random() < filled else _light(wax, 0.1)
            v.poly(pts, fill=color, outline=wax, width=r * 0.22)
            v.ellipse(
                x - r * 0.25,
                y - r * squash * 0.3,
                r * 0.2,
                r * 0.12 * squash * 2,
                fill=_a(_WHITE, 90),
            )
            x += w
        y += 1.5 * r * squash
        row += 1


def _dipper(c: _Canvas, x: float, y: float, angle: float, honey: Color) -> None:
    """A honey dipper lying on the table, its head at (x, y) and the handle along `angle`."""
    wood = (196, 146, 92)
    ca, sa = math.cos(angle), math.sin(angle)
    length = 320
    end = (x + ca * length, y + sa * length)
    c.shadow((x + end[0]) / 2, (y + end[1]) / 2 + 30, length * 0.55, 14, 0.3)
    c.ellipse(x, y + 46, 60, 14, fill=_a(_dark(honey, 0.1), 210))
    c.line([(x, y), end], _dark(wood, 0.15), 16, round_caps=True)
    c.line([(x + sa * 3, y - 4), (end[0] + sa * 3, end[1] - 4)], _light(wood, 0.3), 5)
    c.fill(_pod(x, y, 120, 74, angle, 0.0), [_light(wood, 0.25), wood, _dark(wood, 0.3)], "y")
    # Grooves are what make a dipper read as a dipper.
    for i in range(-3, 4):
        gx, gy = x + ca * i * 15, y + sa * i * 15
        half = 37 * math.sqrt(max(0.0, 1 - (i * 15 / 60) ** 2))
        c.line(
            [(gx - sa * half, gy + ca * half), (gx + sa * half, gy - ca * half)],
            _dark(wood, 0.4),
            4,
        )
    coat = _pod(x - ca * 6, y + 8, 104, 50, angle, 0.0)
    c.poly(coat, fill=_a(honey, 190))
    c.poly(_pod(x, y + 30, 12, 40, math.pi / 2, 0.7), fill=_a(honey, 230))
    c.ellipse(x - 18, y - 6, 20, 6, fill=_a(_WHITE, 130))


def _comb(c: _Canvas, cx: float, base: float, honey: Color, rng: random.Random) -> None:
    """A cut piece of honeycomb standing on a saucer, cells facing the camera."""
    wax = (244, 206, 110)
    w, h = rng.uniform(200, 240), rng.uniform(150, 180)
    plate = rng.choice(((240, 232, 214), (176, 96, 60), (40, 70, 140)))
    c.shadow(cx, base + 8, w * 0.7, 20)
    c.fill(
        _lathe(cx, [(base - 6, w * 0.68), (base + 12, w * 0.5)], 0.3), _cylinder(plate, 0.3, 0.3)
    )
    c.ellipse(cx, base - 6, w * 0.6, w * 0.6 * 0.3 * 0.9, fill=_a(honey, 200))
    outline = _rrect(cx - w / 2, base - h, cx + w / 2, base, 26)
    # Bite the outline so the piece looks broken off a frame rather than cut by a machine.
    outline = [
        (x + rng.uniform(-5, 5), y + rng.uniform(-5, 5)) if y < base - 20 else (x, y)
        for x, y in outline
    ]
    c.fill([(x + 10, y + 6) for x, y in outline], [_dark(wax, 0.2), _dark(wax, 0.35)], "y")

    def cells(v: _Canvas) -> None:
        _hexes(v, cx - w / 2 - 10, base - h - 10, cx + w / 2, base, 17, 1.0, honey, wax, rng, 0.9)

    c.fill(outline, [wax], texture=cells)
    for _ in range(2):
        dx = rng.uniform(-w * 0.3, w * 0.3)
        c.poly(_pod(cx + dx, base + 2, 12, 30, math.pi / 2, 0.6), fill=_a(honey, 230))


def _bee(c: _Canvas, cx: float, cy: float, r: float, ink: Color) -> None:
    for s in (-1, 1):
        c.poly(
            _pod(cx + s * r * 0.45, cy - r * 0.7, r * 1.1, r * 0.7, s * 0.9 - math.pi / 2, 0.4),
            fill=_a(_WHITE, 200),
            outline=ink,
            width=2,
        )
    c.poly(_pod(cx, cy, r * 1.9, r * 1.1, 0, 0.35), fill=(236, 180, 40), outline=ink, width=2.5)
    for k in (-0.3, 0.15):
        c.line([(cx + k * r, cy - r * 0.52), (cx + k * r, cy + r * 0.52)], ink, r * 0.24)
    c.ellipse(cx - r * 0.95, cy, r * 0.3, r * 0.3, fill=ink)


def _paint_honey(c: _Canvas, rng: random.Random, floor: float) -> None:
    base = floor + rng.uniform(95, 115)
    cx = 600 + rng.uniform(-60, 60)
    honey = rng.choice(((232, 166, 36), (210, 128, 28), (186, 100, 26), (238, 186, 60)))
    shape = rng.choice(
        (
            _Bottle(250, 220, 196, 22, 26, 40),
            _Bottle(220, 250, 176, 22, 30, 30),
            _Bottle(280, 190, 216, 20, 22, 46),
        )
    )
    side = rng.choice((-1, 1))
    comb = rng.random() < 0.7
    if comb:
        _comb(c, cx + side * rng.uniform(240, 270), base - 30, honey, rng)
    c.shadow(cx, base, shape.body_w * 0.6, 24)
    prof = _glass_vessel(c, cx, base, shape, honey, rng.uniform(0.86, 0.98), tilt=0.16)
    top = prof[0][0]
    paper = rng.choice(((246, 236, 210), (232, 212, 170), (250, 248, 240)))
    ink = rng.choice(((90, 56, 30), (34, 70, 140), (150, 46, 36), (40, 40, 40)))
    y0, y1 = base - shape.body_h * 0.74, base - shape.body_h * 0.26
    r0, r1 = _radius_at(prof, y0), _radius_at(prof, y1)
    mark = rng.randrange(3)

    def label(v: _Canvas) -> None:
        for yy in (y0 + 8, y1 - 30):
            for k in range(-4, 5):
                hx = cx + k * 26
                v.poly(
                    [
                        (hx + 11 * math.cos(a), yy + 13 + 11 * math.sin(a))
                        for a in (math.pi / 6 + i * math.pi / 3 for i in range(6))
                    ],
                    fill=_a(honey, 200),
                    outline=ink,
                    width=1.5,
                )
        my = (y0 + y1) / 2 + r0 * 0.16 * 0.8
        if mark == 0:
            _bee(v, cx, my, 26, ink)
        else:
            _emblem(v, cx, my, 24, ink, mark)

    if rng.random() < 0.85:
        c.fill(_band(cx, y0, r0, y1, r1, 0.16), _cylinder(paper, 0.3, 0.3), texture=label)
    nw = shape.neck_w / 2
    if rng.random() < 0.6:
        cloth = rng.choice(_ACCENTS)
        drop = 62
        hem = []
        for i in range(25):
            a = math.pi * i / 24
            wave = 8 * (1 if i % 2 else -1)
            hem.append((cx + nw * 1.32 * math.cos(a), top + drop + nw * 0.16 * math.sin(a) + wave))
        skirt = [(cx - nw * 1.06, top - 18), (cx + nw * 1.06, top - 18), *hem]

        def gingham(v: _Canvas) -> None:
            step = 20
            x = cx - nw * 1.5
            while x < cx + nw * 1.5:
                v.poly(
                    [
                        (x, top - 60),
                        (x + step / 2, top - 60),
                        (x + step / 2, top + 90),
                        (x, top + 90),
                    ],
                    fill=_a(_WHITE, 100),
                )
                x += step
            y = top - 60
            while y < top + 90:
                v.poly(
                    [
                        (cx - nw * 1.5, y),
                        (cx + nw * 1.5, y),
                        (cx + nw * 1.5, y + step / 2),
                        (cx - nw * 1.5, y + step / 2),
                    ],
                    fill=_a(_WHITE, 100),
                )
                y += step

        c.fill(skirt, _cylinder(cloth, 0.35, 0.25), texture=gingham)
        c.fill(
            _ellipse_pts(cx, top - 18, nw * 1.06, nw * 0.18),
            [_light(cloth, 0.25), cloth],
            "y",
            texture=gingham,
        )
        twine = (222, 196, 140)
        c.line(_ring(cx, top + 24, nw * 1.12, 0.16), twine, 6)
        for s in (-1, 1):
            c.poly(
                _pod(cx + s * 18, top + 30, 34, 18, s * 0.5, 0.5),
                fill=twine,
                outline=_dark(twine, 0.3),
                width=1.5,
            )
            c.line([(cx, top + 30), (cx + s * 14, top + 70)], twine, 4)
    else:
        lid = rng.choice(((196, 156, 70), (176, 46, 38), (240, 232, 214)))
        c.fill(_lathe(cx, [(top - 22, nw * 1.06), (top + 20, nw * 1.08)], 0.16), _cylinder(lid))
        c.ellipse(cx, top - 22, nw * 1.06, nw * 0.17, fill=_light(lid, 0.15))
        for i in range(16):
            x = cx - nw + (i + 0.5) * 2 * nw / 16
            c.line([(x, top - 16), (x, top + 18)], _a(_dark(lid, 0.3), 70), 1.5)
    dx = -side * rng.uniform(150, 200) if comb else rng.choice((-1, 1)) * rng.uniform(150, 200)
    angle = rng.uniform(-0.25, 0.1) + (0.0 if dx < 0 else math.pi)
    _dipper(c, cx + dx - (60 if dx < 0 else -60), base + rng.uniform(55, 70), angle, honey)
