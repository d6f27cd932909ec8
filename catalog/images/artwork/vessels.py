"""Containers shared by several categories: filled glass bottles and jars, their labels,
and glazed bowls with a mound of loose food."""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .canvas import (
    _TILT,
    _WHITE,
    Color,
    Point,
    Profile,
    _a,
    _band,
    _Canvas,
    _cylinder,
    _dark,
    _ellipse_pts,
    _lathe,
    _light,
    _lin,
    _radius_at,
    _ring,
    _rrect,
)
from .logo import _emblem
from .scenes import _ACCENTS


@dataclass(frozen=True)
class _Bottle:
    body_w: float
    body_h: float
    neck_w: float
    neck_h: float
    shoulder: float
    corner: float = 22.0


def _bottle_profile(base: float, s: _Bottle) -> Profile:
    hw, nw = s.body_w / 2, s.neck_w / 2
    top = base - s.body_h - s.shoulder - s.neck_h
    shoulder_y = base - s.body_h
    prof = [(top, nw), (top + s.neck_h, nw)]
    for a in _lin(0, math.pi / 2, 12)[1:]:
        prof.append((shoulder_y - s.shoulder * math.cos(a), nw + (hw - nw) * math.sin(a)))
    prof.append((base - s.corner, hw))
    for a in _lin(0, math.pi / 2, 7)[1:]:
        prof.append(
            (base - s.corner + s.corner * math.sin(a), hw - s.corner + s.corner * math.cos(a))
        )
    return prof


def _glass_vessel(
    c: _Canvas,
    cx: float,
    base: float,
    s: _Bottle,
    content: Color,
    level: float,
    glass: Color = (226, 236, 230),
    tilt: float = 0.14,
    content_texture: Callable[[_Canvas], None] | None = None,
) -> Profile:
    """A glass bottle or jar partly filled; returns its profile for labels and caps."""
    prof = _bottle_profile(base, s)
    c.fill(
        _lathe(cx, prof, tilt),
        [_dark(glass, 0.25), _light(glass, 0.5), _light(glass, 0.8), glass, _dark(glass, 0.3)],
        opacity=0.55,
    )
    wall = max(4.0, s.body_w * 0.03)
    surface = base - (s.body_h + s.shoulder) * level
    inner = [(surface, _radius_at(prof, surface) - wall)]
    inner += [(y, r - wall) for y, r in prof if surface < y < base - wall]
    inner.append((base - wall, prof[-1][1] - wall))
    c.fill(
        _lathe(cx, inner, tilt),
        _cylinder(content, 0.4, 0.35),
        opacity=0.96,
        texture=content_texture,
    )
    r_surface = inner[0][1]
    c.ellipse(cx, surface, r_surface, r_surface * tilt, fill=_a(_light(content, 0.25), 220))
    top = prof[0][0]
    hw = s.body_w / 2
    c.poly(
        _rrect(cx - hw * 0.7, base - s.body_h * 0.92, cx - hw * 0.58, base - s.body_h * 0.12, 8),
        fill=_a(_WHITE, 110),
    )
    c.poly(
        _rrect(cx + hw * 0.6, base - s.body_h * 0.85, cx + hw * 0.66, base - s.body_h * 0.3, 4),
        fill=_a(_WHITE, 60),
    )
    nw = s.neck_w / 2
    c.poly(
        _rrect(cx - nw * 0.6, top + 8, cx - nw * 0.35, top + s.neck_h * 0.9, 4), fill=_a(_WHITE, 90)
    )
    return prof


def _label(
    c: _Canvas,
    cx: float,
    prof: Profile,
    y0: float,
    y1: float,
    paper: Color,
    ink: Color,
    rng: random.Random,
    tilt: float = 0.14,
) -> None:
    r0, r1 = _radius_at(prof, y0), _radius_at(prof, y1)
    kind = rng.randrange(4)
    mid = (y0 + y1) / 2
    size = min(r0 * 0.4, (y1 - y0) * 0.3)

    def texture(v: _Canvas) -> None:
        v.line(_ring(cx, y0 + 10, r0, tilt), _a(ink, 200), 3)
        v.line(_ring(cx, y1 - 10, r1, tilt), _a(ink, 200), 3)
        _emblem(v, cx, mid + r0 * tilt * 0.8, size, ink, kind)

    c.fill(
        _band(cx, y0, r0, y1, r1, tilt),
        [_dark(paper, 0.25), _light(paper, 0.2), _light(paper, 0.4), paper, _dark(paper, 0.3)],
        texture=texture,
    )


def _bowl(
    c: _Canvas,
    cx: float,
    rim_y: float,
    rx: float,
    depth: float,
    body: Color,
    rng: random.Random,
    style: str = "plain",
    contents: Callable[[float, float, float], None] | None = None,
    inner: Color | None = None,
    paint: Color | None = None,
) -> None:
    """A bowl on a foot; `contents(cx, rim_y, rx)` draws what sits inside, before the rim."""
    ry = rx * _TILT
    foot_r = rx * 0.38
    bottom = rim_y + depth
    prof = [
        (rim_y + i * depth / 10, foot_r + (rx - foot_r) * math.cos(i / 10 * math.pi / 2) ** 0.7)
        for i in range(11)
    ]
    c.shadow(cx, bottom + foot_r * _TILT, rx * 0.95, rx * 0.22 + 8)
    c.fill(
        _lathe(cx, [(bottom - 4, foot_r), (bottom + 14, foot_r * 1.08)]),
        _cylinder(_dark(body, 0.12)),
    )
    paint = paint or rng.choice(_ACCENTS)

    def decor(v: _Canvas) -> None:
        if style == "painted":
            y = rim_y + depth * 0.18
            v.line(_ring(cx, y, _radius_at(prof, y)), paint, 5)
            y2 = rim_y + depth * 0.55
            v.line(_ring(cx, y2, _radius_at(prof, y2)), paint, 4)
            n = 14
            for i in range(n):
                a = math.pi * (i + 0.5) / n
                r = _radius_at(prof, y)
                x = cx + r * math.cos(a)
                top_y = y + r * _TILT * math.sin(a) + 4
                w = 13 * math.sin(a)
                v.poly([(x - w, top_y), (x + w, top_y), (x, top_y + depth * 0.3)], fill=paint)
        elif style == "dots":
            for row, frac in enumerate((0.25, 0.5)):
                y = rim_y + depth * frac
                r = _radius_at(prof, y)
                for i in range(16):
                    a = math.pi * (i + 0.5 + row * 0.5) / 16
                    s = 5 * math.sin(a) + 1
                    v.ellipse(
                        cx + r * math.cos(a),
                        y + r * _TILT * math.sin(a),
                        s,
                        s + 1,
                        fill=_a(paint, 230),
                    )
        elif style == "wood":
            for _ in range(9):
                y = rng.uniform(rim_y, bottom)
                v.line(_ring(cx, y, _radius_at(prof, y)), _a(_dark(body, 0.3), 60), 2)

    c.fill(_lathe(cx, prof), _cylinder(body, 0.4, 0.35), texture=decor)
    inner = inner or _dark(body, 0.25)
    c.poly(_ellipse_pts(cx, rim_y, rx, ry), fill=_dark(inner, 0.1))
    c.fill(_ellipse_pts(cx, rim_y + 3, rx * 0.95, ry * 0.9), [_dark(inner, 0.35), inner], "y")
    c.line(_ring(cx, rim_y, rx, front=False, n=48), _light(body, 0.2), 5)
    if contents is not None:
        contents(cx, rim_y, rx * 0.94)
    c.line(_ring(cx, rim_y, rx, n=48), _light(body, 0.35), 5)


def _mound_pts(cx: float, rim_y: float, rx: float, height: float, peak: float = 0.7) -> list[Point]:
    """A dome of loose food: arched on top, cut by the front of the bowl's rim below."""
    # Sampling x along a cosine packs points near the edges, where the outline turns fastest.
    xs = [cx + rx * math.cos(a) for a in _lin(math.pi, 2 * math.pi, 40)]
    top = [(x, rim_y - height * max(0.0, 1 - ((x - cx) / rx) ** 2) ** peak) for x in xs]
    return top + _ring(cx, rim_y, rx)


def _speckle(
    v: _Canvas,
    pts: Sequence[Point],
    rng: random.Random,
    colors: Sequence[Color],
    count: int,
    size: float,
) -> None:
    xs = [x for x, _ in pts]
    ys = [y for _, y in pts]
    for _ in range(count):
        x, y = rng.uniform(min(xs), max(xs)), rng.uniform(min(ys), max(ys))
        r = size * rng.uniform(0.6, 1.2)
        v.ellipse(x, y, r, r * 0.8, fill=rng.choice(colors))
