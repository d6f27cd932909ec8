"""Small props shared by several categories: nuts and fruit, leaves and sprigs, a tea glass,
a teapot, and a helper that spreads props over the table without piling them up."""

from __future__ import annotations

import math
import random

from .canvas import (
    _WHITE,
    Color,
    Point,
    _a,
    _band,
    _Canvas,
    _curve,
    _dark,
    _ellipse_pts,
    _jitter,
    _lathe,
    _light,
    _pod,
    _radius_at,
    _ring,
    _rrect,
)


def _nut(
    c: _Canvas,
    x: float,
    y: float,
    size: float,
    angle: float,
    body: Color,
    point: float = 0.3,
    seam: bool = True,
) -> None:
    """A nut, olive or fruit lying on the table: an egg shape with a sheen and a seam."""
    c.shadow(x, y + size * 0.45, size * 0.9, size * 0.28, 0.35)
    pts = _pod(x, y, size * 2, size * 1.35, angle, point)
    c.fill(pts, [_light(body, 0.25), body, _dark(body, 0.35)], "y")
    c.ellipse(x - size * 0.35, y - size * 0.25, size * 0.35, size * 0.18, fill=_a(_WHITE, 70))
    if seam:
        ca, sa = math.cos(angle), math.sin(angle)
        c.line(
            [
                (x - ca * size * 0.8, y - sa * size * 0.8),
                (x + ca * size * 0.8, y + sa * size * 0.8),
            ],
            _a(_dark(body, 0.4), 120),
            max(1.5, size * 0.06),
        )


def _leaf(
    c: _Canvas,
    x: float,
    y: float,
    angle: float,
    length: float,
    width: float,
    color: Color,
    under: Color | None = None,
) -> None:
    """A leaf from its base at (x, y): two halves in two tones read as a folded, lit leaf."""
    n = 14
    ca, sa = math.cos(angle), math.sin(angle)
    spine = [(x + ca * length * i / (n - 1), y + sa * length * i / (n - 1)) for i in range(n)]
    half = [width / 2 * math.sin(math.pi * (i / (n - 1)) ** 0.8) for i in range(n)]
    side_a = [(px - sa * h, py + ca * h) for (px, py), h in zip(spine, half, strict=True)]
    side_b = [(px + sa * h, py - ca * h) for (px, py), h in zip(spine, half, strict=True)]
    c.poly(side_a + list(reversed(spine)), fill=under or _light(color, 0.15))
    c.poly(side_b + list(reversed(spine)), fill=color)
    c.line(spine, _a(_light(color, 0.35), 160), max(1.0, width * 0.06))


def _sprig(
    c: _Canvas,
    x: float,
    y: float,
    angle: float,
    length: float,
    leaf_len: float,
    leaf_w: float,
    leaf: Color,
    stem: Color,
    rng: random.Random,
    leaves: int = 7,
    under: Color | None = None,
) -> list[Point]:
    """A twig with alternate leaves; returns its stem points for hanging fruit on."""
    bend = rng.uniform(-0.25, 0.25)
    end = (x + math.cos(angle) * length, y + math.sin(angle) * length)
    mid = (
        (x + end[0]) / 2 + math.cos(angle + math.pi / 2) * length * bend,
        (y + end[1]) / 2 + math.sin(angle + math.pi / 2) * length * bend,
    )
    stem_pts = _curve((x, y), mid, end, 20)
    c.line(stem_pts, stem, max(2.0, leaf_w * 0.14), round_caps=True)
    for i in range(leaves):
        t = 0.2 + 0.8 * i / max(1, leaves - 1)
        px, py = stem_pts[min(19, round(t * 19))]
        side = 1 if i % 2 else -1
        a = angle + side * rng.uniform(0.6, 0.95)
        _leaf(c, px, py, a, leaf_len * rng.uniform(0.8, 1.1), leaf_w, _jitter(rng, leaf, 10), under)
    _leaf(c, end[0], end[1], angle, leaf_len, leaf_w, leaf, under)
    return stem_pts


def _tea_glass(c: _Canvas, x: float, base: float, rng: random.Random, scale: float = 1.0) -> None:
    """A Moroccan tea glass: a friendly prop that says 'table in Morocco' without words."""
    h, r0, r1 = 120 * scale, 30 * scale, 40 * scale
    c.shadow(x, base + 4, r1 * 1.1, 10 * scale)
    prof = [(base - h, r1), (base - h * 0.4, r1 * 0.9), (base - 6 * scale, r0), (base, r0 * 0.95)]
    tea = rng.choice(((170, 110, 30), (150, 120, 40), (190, 120, 40)))
    c.fill(
        _lathe(x, prof, 0.2),
        [_light(tea, 0.1), _light(tea, 0.45), tea, _dark(tea, 0.3)],
        opacity=0.85,
    )
    top = base - h * 0.85
    c.ellipse(
        x,
        top,
        _radius_at(prof, top) - 2,
        (_radius_at(prof, top) - 2) * 0.2,
        fill=_a(_light(tea, 0.35), 230),
    )
    gold = (214, 170, 60)
    c.fill(
        _band(
            x,
            base - h * 0.72,
            _radius_at(prof, base - h * 0.72),
            base - h * 0.5,
            _radius_at(prof, base - h * 0.5),
            0.2,
        ),
        [_dark(gold, 0.2), _light(gold, 0.4), gold],
    )
    c.poly(
        _rrect(x - r1 * 0.7, base - h * 0.95, x - r1 * 0.52, base - h * 0.1, 4),
        fill=_a(_WHITE, 100),
    )
    c.line([*_ellipse_pts(x, base - h, r1, r1 * 0.2), (x + r1, base - h)], _a(_WHITE, 150), 2)


def _teapot(
    c: _Canvas, x: float, base: float, rng: random.Random, scale: float = 1.0, facing: int = 1
) -> None:
    """A silver Moroccan teapot (berrad); `facing` is the side its spout points to."""
    silver = rng.choice(((206, 206, 210), (214, 200, 170)))
    stops = [
        _dark(silver, 0.45),
        _light(silver, 0.4),
        _light(silver, 0.8),
        silver,
        _dark(silver, 0.3),
        _dark(silver, 0.55),
    ]

    def at(dx: float, dy: float) -> Point:
        return (x + dx * scale * facing, base + dy * scale)

    c.shadow(x, base, 100 * scale, 16 * scale)
    handle = [at(-50, -150), at(-120, -150), at(-128, -95), at(-72, -45)]
    c.line(
        [*_curve(handle[0], (handle[1][0], handle[1][1] - 10 * scale), handle[2], 12), handle[3]],
        _dark(silver, 0.35),
        15 * scale,
    )
    spine = _curve(at(60, -55), at(150, -70), at(175, -175), 14)
    half = [12 * scale * (1 - 0.55 * i / 13) for i in range(14)]
    left, right = [], []
    for i, (px, py) in enumerate(spine):
        qx, qy = spine[min(i + 1, 13)] if i < 13 else spine[12]
        dx, dy = (qx - px, qy - py) if i < 13 else (px - qx, py - qy)
        n = math.hypot(dx, dy) or 1.0
        left.append((px - dy / n * half[i], py + dx / n * half[i]))
        right.append((px + dy / n * half[i], py - dx / n * half[i]))
    c.fill(left + right[::-1], stops)
    body = [
        (base + dy * scale, r * scale)
        for dy, r in (
            (-170, 44),
            (-150, 48),
            (-122, 62),
            (-92, 80),
            (-58, 88),
            (-28, 82),
            (-10, 66),
            (0, 62),
        )
    ]

    def engraving(v: _Canvas) -> None:
        for dy in (-100, -40):
            y = base + dy * scale
            r = _radius_at(body, y)
            v.line(_ring(x, y, r, 0.2), _a(_dark(silver, 0.45), 150), 2.5 * scale)
            for k in range(12):
                a = math.pi * (k + 0.5) / 12
                v.ellipse(
                    x + r * math.cos(a),
                    y + 10 * scale + r * 0.2 * math.sin(a),
                    3 * scale * math.sin(a) + 0.5,
                    3 * scale,
                    fill=_a(_dark(silver, 0.5), 140),
                )

    c.fill(_lathe(x, body, 0.2), stops, texture=engraving)
    lid = [
        (base + dy * scale, r * scale)
        for dy, r in (
            (-262, 4),
            (-250, 10),
            (-232, 18),
            (-212, 30),
            (-192, 42),
            (-176, 50),
            (-168, 50),
        )
    ]
    c.fill(_lathe(x, lid, 0.2), stops)
    c.ellipse(
        x,
        base - 270 * scale,
        11 * scale,
        11 * scale,
        fill=_light(silver, 0.3),
        outline=_dark(silver, 0.4),
        width=2,
    )
    c.poly(
        _rrect(x - 40 * scale, base - 160 * scale, x - 30 * scale, base - 30 * scale, 4),
        fill=_a(_WHITE, 110),
    )


def _scatter(
    rng: random.Random, n: int, x0: float, x1: float, y0: float, y1: float, gap: float
) -> list[Point]:
    """Random spots that keep `gap` apart, so props do not pile on one another."""
    spots: list[Point] = []
    for _ in range(n * 20):
        if len(spots) == n:
            break
        p = (rng.uniform(x0, x1), rng.uniform(y0, y1))
        if all((p[0] - q[0]) ** 2 + ((p[1] - q[1]) * 2) ** 2 > gap * gap for q in spots):
            spots.append(p)
    return sorted(spots, key=lambda q: q[1])
