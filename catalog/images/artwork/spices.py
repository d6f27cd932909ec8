"""Saffron (a jar and a dish of threads among crocus flowers) and spices (bowls of ground
spice in cones and mounds, star anise and cinnamon)."""

from __future__ import annotations

import math
import random

from .canvas import (
    Color,
    _a,
    _Canvas,
    _curve,
    _cylinder,
    _dark,
    _ellipse_pts,
    _lathe,
    _light,
    _lin,
    _plane,
    _pod,
    _ring,
)
from .props import _scatter
from .vessels import _Bottle, _bowl, _glass_vessel, _mound_pts, _speckle

# --------------------------------------------------------------------------- saffron


def _thread(
    c: _Canvas, x: float, y: float, angle: float, length: float, rng: random.Random
) -> None:
    """One saffron stigma: a thin curved red thread flaring into a trumpet at its tip."""
    red = rng.choice(((178, 22, 24), (200, 34, 28), (150, 16, 22), (190, 40, 30), (214, 52, 30)))
    bend = rng.uniform(-0.5, 0.5)
    ca, sa = math.cos(angle), math.sin(angle)
    end = (x + ca * length, y + sa * length)
    mid = (
        x + ca * length / 2 - sa * length * bend * 0.3,
        y + sa * length / 2 + ca * length * bend * 0.3,
    )
    pts = _curve((x, y), mid, end, 6)
    if rng.random() < 0.35:
        c.line(pts[:3], (236, 170, 70), 2.0)
        pts = pts[2:]
    c.line(pts, red, 2.6)
    c.poly(
        [
            (end[0] - sa * 1.5, end[1] + ca * 1.5),
            (end[0] + ca * 6 - sa * 3.5, end[1] + sa * 6 + ca * 3.5),
            (end[0] + ca * 6 + sa * 3.5, end[1] + sa * 6 - ca * 3.5),
            (end[0] + sa * 1.5, end[1] - ca * 1.5),
        ],
        fill=red,
    )


def _crocus(c: _Canvas, x: float, y: float, r: float, angle: float, rng: random.Random) -> None:
    """An open saffron crocus lying on the table: six violet petals and three red stigmas."""
    violet = rng.choice(((150, 100, 190), (128, 82, 170), (166, 116, 204)))
    stem_end = _plane([(-r * 2.2, 0.0)], x, y, angle + rng.uniform(-0.3, 0.3))[0]
    c.line(
        _curve((x, y), ((x + stem_end[0]) / 2, (y + stem_end[1]) / 2 + 12), stem_end, 10),
        (222, 230, 196),
        r * 0.12,
        round_caps=True,
    )
    c.shadow(x, y + r * 0.2, r * 0.9, r * 0.35, 0.35)
    for layer, offset, tone in ((0, 0.0, _dark(violet, 0.12)), (1, math.pi / 3, violet)):
        for k in range(3):
            a = angle + offset + k * 2 * math.pi / 3
            petal = _plane(
                _pod(r * 0.52, 0, r * 1.05, r * (0.5 if layer else 0.56), 0, 0.45), x, y, a
            )
            c.fill(petal, [_light(tone, 0.3), tone, _dark(tone, 0.15)], "y")
            vein = _plane([(r * 0.1, 0), (r * 0.8, 0)], x, y, a)
            c.line(vein, _a(_dark(violet, 0.4), 150), r * 0.03)
    c.ellipse(x, y, r * 0.16, r * 0.1, fill=(246, 236, 190))
    for k in range(3):
        a = angle + math.pi / 6 + k * 2 * math.pi / 3
        tip = _plane([(r * 0.42, r * 0.03)], x, y, a)[0]
        c.line([(x, y), tip], (236, 196, 50), r * 0.07, round_caps=True)
    for k in range(3):
        a = angle + math.pi / 2 + k * 2 * math.pi / 3 + rng.uniform(-0.2, 0.2)
        pts = _plane(_curve((0, 0), (r * 0.6, r * 0.15), (r * 1.15, r * 0.05), 10), x, y, a)
        c.line(pts, (196, 28, 24), r * 0.055)
        tx, ty = pts[-1]
        c.ellipse(tx, ty, r * 0.06, r * 0.045, fill=(210, 40, 28))


def _paint_saffron(c: _Canvas, rng: random.Random, floor: float) -> None:
    base = floor + rng.uniform(90, 110)
    cx = 600 + rng.uniform(-80, 80)
    side = rng.choice((-1, 1))
    shape = rng.choice((_Bottle(200, 180, 176, 16, 18, 24), _Bottle(170, 230, 134, 20, 30, 20)))
    lid = rng.choice(((196, 156, 70), (180, 120, 70), (60, 56, 54), (240, 236, 226)))

    # Flowers lie behind and beside the jar; the dish of threads takes the other side.
    flowers = [
        (cx - side * rng.uniform(230, 260), base - 10),
        (cx + side * rng.uniform(20, 60), base + rng.uniform(95, 110)),
    ]
    if rng.random() < 0.6:
        flowers.append((cx - side * rng.uniform(110, 150), base + rng.uniform(70, 90)))
    behind = [f for f in flowers if f[1] < base]
    front = [f for f in flowers if f[1] >= base]
    for fx, fy in behind:
        _crocus(c, fx, fy, rng.uniform(70, 80), rng.uniform(0, 2 * math.pi), rng)

    def threads(v: _Canvas) -> None:
        for _ in range(330):
            _thread(
                v,
                rng.uniform(cx - 105, cx + 105),
                rng.uniform(base - 240, base),
                rng.uniform(0, 2 * math.pi),
                rng.uniform(30, 48),
                rng,
            )

    c.shadow(cx, base, shape.body_w * 0.62, 20)
    prof = _glass_vessel(
        c, cx, base, shape, (120, 16, 20), rng.uniform(0.7, 0.92), content_texture=threads
    )
    top = prof[0][0]
    nw = shape.neck_w / 2
    c.fill(_lathe(cx, [(top - 26, nw * 1.08), (top + 16, nw * 1.08)], 0.14), _cylinder(lid))
    c.ellipse(cx, top - 26, nw * 1.08, nw * 0.15, fill=_light(lid, 0.2))

    # A small dish with a loose heap of threads.
    dx = cx + side * rng.uniform(240, 270)
    dy = base + 20
    dish = rng.choice(((240, 232, 214), (40, 70, 140), (176, 96, 60), (214, 170, 90)))
    c.shadow(dx, dy + 14, 130, 24)
    c.fill(_lathe(dx, [(dy - 10, 130), (dy + 12, 96)], 0.3), _cylinder(dish, 0.3, 0.3))
    c.fill(_ellipse_pts(dx, dy - 10, 122, 122 * 0.3), [_dark(dish, 0.15), _light(dish, 0.2)], "y")
    for _ in range(240):
        rr = rng.random() ** 0.7
        a = rng.uniform(0, 2 * math.pi)
        tx = dx + math.cos(a) * rr * 80 - 14
        ty = dy - 16 + math.sin(a) * rr * 22 - (1 - rr) * 30
        _thread(c, tx, ty, rng.uniform(0, 2 * math.pi), rng.uniform(28, 40), rng)
    for fx, fy in front:
        _crocus(c, fx, fy, rng.uniform(62, 72), rng.uniform(0, 2 * math.pi), rng)
    for _ in range(rng.randint(3, 6)):
        _thread(
            c,
            cx + rng.uniform(-230, 230),
            base + rng.uniform(40, 90),
            rng.uniform(0, 2 * math.pi),
            rng.uniform(28, 40),
            rng,
        )


# --------------------------------------------------------------------------- spices


_SPICES: tuple[Color, ...] = (
    (196, 52, 30),  # paprika
    (140, 88, 46),  # cumin
    (230, 168, 30),  # turmeric
    (160, 84, 46),  # cinnamon
    (176, 104, 44),  # ras el hanout
    (214, 178, 110),  # ginger
    (110, 120, 52),  # dried mint
)


def _spice_cone(
    c: _Canvas, x: float, rim_y: float, r: float, color: Color, height: float, rng: random.Random
) -> None:
    apex = (x + rng.uniform(-6, 6), rim_y - height)
    left = [(x - r + (apex[0] - x + r) * t, rim_y - height * (t**0.92)) for t in _lin(0, 0.96, 16)]
    right = [(x + r + (apex[0] - x - r) * t, rim_y - height * (t**0.92)) for t in _lin(0.96, 0, 16)]
    pts = left + right + _ring(x, rim_y, r)

    def texture(v: _Canvas) -> None:
        for i in range(1, 9):
            t = i / 9
            ry = rim_y - height * t
            v.line(
                _ring(apex[0] + (x - apex[0]) * (1 - t), ry, r * (1 - t)),
                _a(_dark(color, 0.2), 50),
                2.5,
            )
        _speckle(
            v,
            pts,
            rng,
            [_dark(color, 0.2), _light(color, 0.2), _a(_dark(color, 0.4), 120)],
            500,
            1.8,
        )

    c.fill(pts, _cylinder(color, 0.35, 0.25), texture=texture)


def _spice_mound(
    c: _Canvas, x: float, rim_y: float, r: float, color: Color, rng: random.Random
) -> None:
    pts = _mound_pts(x, rim_y, r, r * 0.45, 0.6)

    def texture(v: _Canvas) -> None:
        _speckle(v, pts, rng, [_dark(color, 0.2), _light(color, 0.2), _dark(color, 0.35)], 600, 2.2)

    c.fill(pts, [_light(color, 0.25), color, _dark(color, 0.2)], "y", texture=texture)


def _star_anise(c: _Canvas, x: float, y: float, r: float, angle: float) -> None:
    brown = (120, 66, 38)
    c.shadow(x, y + 4, r, r * 0.3, 0.3)
    for i in range(8):
        a = angle + i * math.pi / 4
        c.fill(
            _plane(_pod(r * 0.5, 0, r, r * 0.45, 0, 0.6), x, y, a, 0.6),
            [_light(brown, 0.15), _dark(brown, 0.2)],
            "y",
        )
    for i in range(8):
        a = angle + i * math.pi / 4
        px, py = _plane([(r * 0.5, 0)], x, y, a, 0.6)[0]
        c.ellipse(px, py, r * 0.09, r * 0.06, fill=(190, 140, 80))


def _cinnamon(c: _Canvas, x: float, y: float, length: float, angle: float) -> None:
    bark = (150, 82, 44)
    ca, sa = math.cos(angle), math.sin(angle)
    end = (x + ca * length, y + sa * length)
    c.shadow((x + end[0]) / 2, (y + end[1]) / 2 + 12, length / 2, 10, 0.3)
    c.line([(x, y), end], _dark(bark, 0.1), 22)
    c.line([(x, y - 6), (end[0], end[1] - 6)], _light(bark, 0.25), 6)
    c.ellipse(end[0], end[1], 6, 11, fill=_dark(bark, 0.35), outline=_light(bark, 0.2), width=2)


def _paint_spices(c: _Canvas, rng: random.Random, floor: float) -> None:
    count = rng.choice((3, 3, 4, 5))
    colors = list(_SPICES[:3])
    rng.shuffle(colors)
    extra = list(_SPICES[3:])
    rng.shuffle(extra)
    colors += extra[: count - 3]
    style = rng.choice(("painted", "dots", "wood", "plain"))
    body = {
        "painted": (236, 228, 212),
        "dots": (172, 92, 58),
        "wood": (140, 92, 56),
        "plain": rng.choice(((210, 170, 90), (80, 110, 150))),
    }[style]
    cones = rng.random() < 0.65
    spots: list[tuple[float, float, float]] = []
    if count == 3:
        spots = [(330, 0, 130), (600, -10, 140), (870, 0, 130)]
    elif count == 4:
        spots = [(450, -90, 110), (750, -90, 110), (300, 10, 120), (900, 10, 120)]
    else:
        spots = [(420, -90, 100), (780, -90, 100), (250, 10, 105), (600, 0, 115), (950, 10, 105)]
    jitter = rng.uniform(-30, 30)
    for (x, dy, r), color in sorted(zip(spots, colors, strict=False), key=lambda s: s[0][1]):
        rim = floor + 120 + dy

        def contents(px: float, rim_y: float, rr: float, color: Color = color) -> None:
            if cones:
                _spice_cone(c, px, rim_y, rr, color, rr * rng.uniform(1.3, 1.7), rng)
            else:
                _spice_mound(c, px, rim_y, rr, color, rng)

        _bowl(c, x + jitter, rim, r, r * 0.6, body, rng, style, contents=contents)
    for x, y in _scatter(rng, rng.randint(2, 3), 300, 900, floor + 215, floor + 245, 180):
        pick = rng.random()
        if pick < 0.4:
            _star_anise(c, x, y, 26, rng.uniform(0, 1))
        elif pick < 0.7:
            _cinnamon(c, x - 60, y, 130, rng.uniform(-0.2, 0.2))
        else:
            color = rng.choice(colors)
            for _ in range(30):
                a = rng.uniform(0, 2 * math.pi)
                rr = rng.random() * 50
                c.ellipse(
                    x + math.cos(a) * rr, y + math.sin(a) * rr * 0.3, 3, 2, fill=_a(color, 200)
                )
