"""Leather: babouches and stitched poufs."""

from __future__ import annotations

import math
import random

from .canvas import (
    _TILT,
    _WHITE,
    Color,
    _a,
    _Canvas,
    _cylinder,
    _dark,
    _ellipse_pts,
    _lathe,
    _light,
    _lin,
    _plane,
    _pod,
    _radius_at,
    _ring,
    _star,
)

_LEATHERS: tuple[Color, ...] = (
    (230, 180, 40),
    (176, 40, 40),
    (190, 130, 70),
    (40, 80, 150),
    (60, 120, 80),
    (220, 120, 150),
    (60, 44, 36),
    (240, 232, 214),
)


def _babouche(c: _Canvas, x: float, y: float, angle: float, color: Color, thread: Color) -> None:
    """A babouche seen from above and in front: pointed toe up, open heel nearest to us."""
    length, width = 360.0, 160.0
    sole = _pod(0, 0, length, width, -math.pi / 2, 0.4, n=64)
    c.shadow(x, y + 30, 150, 66, 0.45)
    c.poly(_plane(sole, x, y + 34, angle), fill=(104, 72, 44))
    c.poly(_plane(sole, x, y + 24, angle), fill=_dark(color, 0.35))
    c.fill(_plane(sole, x, y, angle), [_light(color, 0.3), color, _dark(color, 0.2)], "y")
    # The vamp is domed: a soft highlight over the toe sells the volume.
    c.poly(
        _plane(_pod(0, -length * 0.2, length * 0.4, width * 0.45, -math.pi / 2, 0.3), x, y, angle),
        fill=_a(_WHITE, 45),
    )
    opening = _plane(
        _pod(0, length * 0.18, length * 0.56, width * 0.72, -math.pi / 2, 0.25), x, y, angle
    )
    c.fill(opening, [_dark(color, 0.55), (200, 160, 108), (226, 190, 136)], "y")
    c.poly(opening, outline=_light(color, 0.25), width=5)
    stitch = _plane(
        _pod(0, length * 0.16, length * 0.66, width * 0.86, -math.pi / 2, 0.25), x, y, angle
    )
    c.dashes([*stitch[20:45]], thread, 3)
    toe = (0.0, -length * 0.25)
    c.poly(_plane(_star(*toe, 30), x, y, angle), fill=thread)
    c.poly(_plane(_star(*toe, 13), x, y, angle), fill=color)
    for k in (-1, 1):
        dots = [(k * 18 * f, -length * 0.25 + 40 + 22 * f) for f in (1.0, 2.0)]
        for px, py in _plane(dots, x, y, angle):
            c.ellipse(px, py, 5, 4, fill=thread)


def _pouf(
    c: _Canvas, cx: float, base: float, color: Color, thread: Color, rng: random.Random
) -> None:
    r, h = rng.uniform(220, 250), rng.uniform(170, 200)
    top = base - h
    prof = [(top + h * t, r * (0.9 + 0.12 * math.sin(math.pi * t))) for t in _lin(0, 1, 16)]
    c.shadow(cx, base, r * 1.05, 30)

    def seams(v: _Canvas) -> None:
        for k in range(1, 8):
            a = math.pi * k / 8
            pts = [(cx + rr * math.cos(a), y + rr * _TILT * math.sin(a)) for y, rr in prof]
            v.line(pts, _a(_dark(color, 0.35), 150), 3)
            v.dashes(pts, thread, 2)
        v.line(_ring(cx, top + h * 0.5, _radius_at(prof, top + h * 0.5), n=60), thread, 4)

    c.fill(_lathe(cx, prof), _cylinder(color, 0.45, 0.3), texture=seams)
    tr = prof[0][1]

    def embroidery(v: _Canvas) -> None:
        v.poly(_star(cx, top, tr * 0.55, squash=_TILT), outline=thread, width=6)
        v.poly(_star(cx, top, tr * 0.3, squash=_TILT, rot=math.pi / 8), fill=thread)
        v.poly(_star(cx, top, tr * 0.14, squash=_TILT), fill=color)
        ring = _ellipse_pts(cx, top, tr * 0.8, tr * 0.8 * _TILT, n=48)
        v.dashes([*ring, ring[0]], thread, 3)
        for i in range(24):
            a = 2 * math.pi * i / 24
            v.ellipse(
                cx + tr * 0.68 * math.cos(a),
                top + tr * 0.68 * _TILT * math.sin(a),
                5,
                3,
                fill=thread,
            )

    c.fill(
        _ellipse_pts(cx, top, tr, tr * _TILT), [_light(color, 0.2), color], "y", texture=embroidery
    )


def _paint_leather(c: _Canvas, rng: random.Random, floor: float) -> None:
    colors = list(_LEATHERS)
    rng.shuffle(colors)
    thread = rng.choice(
        [
            t
            for t in ((240, 220, 150), (214, 170, 60), (250, 246, 236), (176, 40, 40))
            if t != colors[0]
        ]
    )
    kind = rng.random()
    cx = 600 + rng.uniform(-50, 50)
    if kind < 0.35:
        # Two pairs, as stacked on a souk stall: one behind, one in front.
        y = floor + rng.uniform(20, 30)
        _babouche(c, cx - 230, y, -0.1, colors[1], thread)
        _babouche(c, cx - 40, y + 6, 0.1, colors[1], thread)
        y += 85
        _babouche(c, cx + 50, y, -0.15, colors[0], thread)
        _babouche(c, cx + 240, y + 10, 0.12, colors[0], thread)
    elif kind < 0.65:
        _pouf(c, cx, floor + rng.uniform(175, 195), colors[0], thread, rng)
    else:
        side = rng.choice((-1, 1))
        px = cx - side * 170
        _pouf(c, px, floor + 140, colors[1], thread, rng)
        y = floor + 110
        _babouche(c, px + side * 260, y - 10, side * 0.25, colors[0], thread)
        _babouche(c, px + side * 420, y + 12, side * 0.45, colors[0], thread)
