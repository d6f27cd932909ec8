"""Couscous (a heaped bowl topped with vegetables, tfaya or seffa, with tea beside it) and
spreads (a labelled jar and a small bowl of amlou, with almonds)."""

from __future__ import annotations

import math
import random

from .canvas import (
    _TILT,
    _WHITE,
    _a,
    _Canvas,
    _curve,
    _cylinder,
    _dark,
    _jitter,
    _lathe,
    _light,
    _lin,
    _pod,
    _ring,
)
from .props import _scatter, _tea_glass, _teapot
from .scenes import _ACCENTS
from .vessels import _Bottle, _bowl, _glass_vessel, _label, _mound_pts, _speckle

# --------------------------------------------------------------------------- couscous


def _paint_couscous(c: _Canvas, rng: random.Random, floor: float) -> None:
    rim = floor + rng.uniform(60, 90)
    cx = 600 + rng.uniform(-50, 50)
    rx = rng.uniform(250, 290)
    grain = rng.choice(((236, 200, 120), (226, 186, 104), (214, 176, 110)))
    topping = rng.choice(("vegetables", "tfaya", "seffa", "vegetables"))
    style = rng.choice(("painted", "dots", "painted", "wood"))
    body = {
        "painted": rng.choice(((236, 228, 210), (40, 70, 140))),
        "dots": (176, 92, 56),
        "wood": (150, 100, 60),
    }[style]

    def couscous(x: float, rim_y: float, r: float) -> None:
        height = r * (rng.uniform(0.55, 0.62) if topping == "seffa" else rng.uniform(0.4, 0.52))
        pts = _mound_pts(x, rim_y, r, height)

        def grains(v: _Canvas) -> None:
            tones = [_dark(grain, 0.12), _light(grain, 0.25), _dark(grain, 0.25), grain]
            _speckle(v, pts, rng, tones, 1600, 2.4)

        c.fill(pts, [_light(grain, 0.35), grain, _dark(grain, 0.15)], "y", texture=grains)
        if topping == "vegetables":
            _vegetables(c, x, rim_y, r, height, rng)
        elif topping == "tfaya":
            _tfaya(c, x, rim_y - height * 0.72, r * 0.42, height * 0.45, rng)
        else:
            _seffa(c, x, rim_y, r, height, rng)

    _bowl(
        c,
        cx,
        rim,
        rx,
        rng.uniform(110, 140),
        body,
        rng,
        style,
        contents=couscous,
        paint=rng.choice(((34, 70, 140), (176, 46, 38), (44, 110, 80)))
        if style != "dots"
        else (240, 226, 190),
    )
    if rng.random() < 0.6:
        _wooden_spoon(c, cx + rx * rng.choice((-1, 1)) * 1.05, rim + 150, rng)
    extra = rng.random()
    if extra < 0.35:
        _tea_glass(c, cx + (rx + 120) * rng.choice((-1, 1)), rim + 110, rng)
    elif extra < 0.6:
        side = rng.choice((-1, 1))
        _teapot(c, cx + side * (rx + 90), rim + 60, rng, 0.9, facing=-side)


def _tfaya(c: _Canvas, x: float, y: float, r: float, height: float, rng: random.Random) -> None:
    """Caramelised onions with raisins and almonds heaped on the crown of the couscous."""
    pts = _mound_pts(x, y, r, height, 0.8)

    def strands(v: _Canvas) -> None:
        for _ in range(90):
            px, py = x + rng.uniform(-r, r), y - rng.uniform(-r * 0.3, height)
            a = rng.uniform(0, math.pi)
            tone = rng.choice(((196, 120, 50), (170, 96, 40), (214, 150, 70), (140, 74, 30)))
            v.line(
                _curve(
                    (px, py),
                    (px + math.cos(a) * 14, py - 8),
                    (px + math.cos(a) * 26, py + math.sin(a) * 6),
                    6,
                ),
                tone,
                4,
            )

    c.fill(pts, [(176, 106, 46), (130, 70, 30)], "y", texture=strands)
    for _ in range(14):
        px = x + rng.uniform(-r * 0.8, r * 0.8)
        py = y - height * rng.uniform(0.1, 0.8) * (1 - ((px - x) / r) ** 2)
        c.ellipse(px, py, 7, 6, fill=(70, 30, 36), outline=(40, 20, 24), width=1)
    for _ in range(6):
        px = x + rng.uniform(-r * 0.7, r * 0.7)
        py = y - height * rng.uniform(0.3, 0.9) * (1 - ((px - x) / r) ** 2)
        c.fill(
            _pod(px, py, 30, 16, rng.uniform(-0.6, 0.6), 0.55),
            [(246, 232, 200), (214, 190, 150)],
            "y",
        )


def _seffa(c: _Canvas, x: float, rim_y: float, r: float, height: float, rng: random.Random) -> None:
    """Sweet seffa: cinnamon lines run from the crown down the dome, almonds at the top."""
    crown = (x, rim_y - height)
    for i in range(8):
        a = 2 * math.pi * (i + 0.5) / 8
        if math.sin(a) < -0.2:
            continue  # lines on the far side of the dome are out of sight
        foot = (x + math.cos(a) * r * 0.96, rim_y + math.sin(a) * r * _TILT * 0.96)
        mid = (
            (crown[0] + foot[0]) / 2 + math.cos(a) * r * 0.12,
            rim_y - height * 0.75 + math.sin(a) * r * _TILT * 0.4,
        )
        c.line(_curve(crown, mid, foot, 16), _a((176, 104, 56), 190), 4.5)
    for _ in range(140):
        a, rr = rng.uniform(0, 2 * math.pi), rng.random() ** 0.6 * r * 0.35
        px = x + math.cos(a) * rr
        py = rim_y - height * max(0.0, 1 - ((px - x) / r) ** 2) ** 0.7 + rng.uniform(2, 26)
        c.ellipse(px, py, 2.2, 1.8, fill=_a(_WHITE, 210))
    for _ in range(5):
        c.fill(
            _pod(
                x + rng.uniform(-22, 22),
                crown[1] + rng.uniform(4, 18),
                34,
                18,
                rng.uniform(-1.2, 1.2),
                0.55,
            ),
            [(246, 232, 200), (214, 190, 150)],
            "y",
        )


def _vegetables(
    c: _Canvas, x: float, rim_y: float, r: float, height: float, rng: random.Random
) -> None:
    """Seven-vegetable couscous: carrot and courgette sticks leaning into a cone on top."""
    peak = (x, rim_y - height - 70)
    sticks = []
    for i in range(11):
        a = 2 * math.pi * (i + 0.5) / 11 + rng.uniform(-0.1, 0.1)
        foot_x = x + math.cos(a) * r * 0.55
        foot_y = rim_y - height * 0.4 + math.sin(a) * r * 0.55 * _TILT
        sticks.append((foot_y, foot_x, a))
    sticks.sort()
    for k, (foot_y, foot_x, _) in enumerate(sticks):
        angle = math.atan2(peak[1] - foot_y, peak[0] - foot_x)
        length = math.hypot(peak[0] - foot_x, peak[1] - foot_y) * rng.uniform(0.95, 1.05)
        mx = foot_x + math.cos(angle) * length / 2
        my = foot_y + math.sin(angle) * length / 2
        if k % 3 == 1:
            pts = _pod(mx, my, length, 30, angle, 0.1)
            c.fill(pts, [(110, 150, 70), (50, 96, 44)], "y")
            c.poly(_pod(mx, my, length * 0.9, 14, angle, 0.1), fill=(214, 224, 160))
        else:
            pts = _pod(mx, my, length, 30, angle + math.pi, 0.7)
            c.fill(pts, [(246, 150, 60), (214, 100, 30)], "y")
            c.line(
                [
                    (mx - math.cos(angle) * length * 0.3, my - math.sin(angle) * length * 0.3),
                    (mx + math.cos(angle) * length * 0.3, my + math.sin(angle) * length * 0.3),
                ],
                _a((255, 200, 140), 120),
                3,
            )
    for _ in range(3):
        px = x + rng.uniform(-r * 0.55, r * 0.55)
        py = rim_y - height * 0.2 + rng.uniform(0, 20)
        c.fill(
            _pod(px, py, 84, 40, rng.uniform(-0.4, 0.4), 0.5), [(240, 150, 60), (200, 100, 30)], "y"
        )
    for _ in range(18):
        px = x + rng.uniform(-r * 0.7, r * 0.7)
        py = rim_y - height * (1 - ((px - x) / r) ** 2) * rng.uniform(0.15, 0.5)
        c.ellipse(px, py, 9, 8, fill=(232, 200, 134), outline=(190, 150, 90), width=1.5)


def _wooden_spoon(c: _Canvas, x: float, y: float, rng: random.Random) -> None:
    wood = (176, 122, 70)
    a = rng.uniform(-0.25, 0.25) + (math.pi if x > 600 else 0.0)
    ca, sa = math.cos(a), math.sin(a)
    c.shadow(x + ca * 110, y + 18, 150, 12, 0.3)
    c.line([(x, y), (x + ca * 220, y + sa * 220)], wood, 12, round_caps=True)
    c.fill(
        _pod(x - ca * 40, y - sa * 40, 96, 58, a, 0.2), [_light(wood, 0.2), _dark(wood, 0.2)], "y"
    )
    c.poly(_pod(x - ca * 40, y - sa * 40 + 2, 74, 40, a, 0.2), fill=_dark(wood, 0.15))


# --------------------------------------------------------------------------- spreads


def _almond(c: _Canvas, x: float, y: float, angle: float, rng: random.Random) -> None:
    skin = _jitter(rng, (176, 112, 66), 12)
    c.shadow(x, y + 10, 30, 8, 0.3)
    c.fill(_pod(x, y, 70, 40, angle, 0.55), [_light(skin, 0.2), _dark(skin, 0.25)], "y")
    ca, sa = math.cos(angle), math.sin(angle)
    for k in (-0.2, 0.0, 0.2):
        c.line(
            [
                (x - ca * 22 - sa * k * 34, y - sa * 22 + ca * k * 34),
                (x + ca * 18 - sa * k * 20, y + sa * 18 + ca * k * 20),
            ],
            _a(_dark(skin, 0.35), 100),
            1.5,
        )


def _paint_spreads(c: _Canvas, rng: random.Random, floor: float) -> None:
    base = floor + rng.uniform(95, 125)
    cx = 600 + rng.uniform(-40, 40)
    amlou = rng.choice(((150, 92, 46), (132, 78, 40), (168, 110, 58)))
    shape = rng.choice((_Bottle(240, 220, 190, 20, 24, 30), _Bottle(210, 250, 170, 20, 26, 26)))
    c.shadow(cx, base, shape.body_w * 0.6, 22)

    def swirl(v: _Canvas) -> None:
        for _ in range(10):
            y = rng.uniform(base - shape.body_h, base)
            v.line(_ring(cx, y, shape.body_w / 2, 0.14), _a(_light(amlou, 0.25), 70), 5)

    prof = _glass_vessel(c, cx, base, shape, amlou, 0.92, tilt=0.16, content_texture=swirl)
    top = prof[0][0]
    nw = shape.neck_w / 2
    lid = rng.choice(((196, 156, 70), (176, 46, 38), (44, 110, 80), (60, 58, 56)))
    c.fill(_lathe(cx, [(top - 24, nw * 1.07), (top + 18, nw * 1.08)], 0.16), _cylinder(lid))
    c.ellipse(cx, top - 24, nw * 1.07, nw * 0.17, fill=_light(lid, 0.15))
    if rng.random() < 0.8:
        _label(
            c,
            cx,
            prof,
            base - shape.body_h * 0.7,
            base - shape.body_h * 0.25,
            rng.choice(((246, 236, 210), (232, 212, 170))),
            rng.choice(_ACCENTS),
            rng,
            0.16,
        )
    # A small bowl of amlou with a spiral on top and a spoon in it.
    side = rng.choice((1, -1))
    bx = cx + side * 265

    def spread(x: float, rim_y: float, r: float) -> None:
        c.fill(_mound_pts(x, rim_y, r, r * 0.2), [_light(amlou, 0.2), amlou], "y")
        spiral = [
            (x + math.cos(t) * t * 5, rim_y - r * 0.1 + math.sin(t) * t * 1.3)
            for t in _lin(0, 14, 60)
        ]
        c.line(spiral, _a(_light(amlou, 0.3), 160), 3)

    _bowl(
        c,
        bx,
        base + 10,
        120,
        70,
        rng.choice(((240, 232, 214), (176, 96, 60), (40, 70, 140))),
        rng,
        rng.choice(("painted", "dots", "plain")),
        contents=spread,
    )
    for x, y in _scatter(rng, rng.randint(5, 8), cx - 360, cx + 360, base + 50, base + 110, 70):
        if abs(x - bx) > 150 or y > base + 95:
            _almond(c, x, y, rng.uniform(0, 2 * math.pi), rng)
