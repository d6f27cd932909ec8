"""The fallback for categories without a painter of their own: a wrapped gift box."""

from __future__ import annotations

import random

from .canvas import _SHADOW, _a, _Canvas, _cylinder, _dark, _light, _pod, _star


def _paint_gift(c: _Canvas, rng: random.Random, floor: float) -> None:
    base = floor + rng.uniform(130, 160)
    cx = 600 + rng.uniform(-60, 60)
    box = rng.choice(
        ((196, 150, 100), (176, 46, 38), (34, 110, 120), (214, 160, 50), (40, 70, 140))
    )
    ribbon = rng.choice(
        [a for a in ((240, 220, 160), (176, 46, 38), (214, 170, 60), (246, 240, 230)) if a != box]
    )
    w, h, d = rng.uniform(300, 360), rng.uniform(200, 240), 90.0
    x0, x1 = cx - w / 2, cx + w / 2
    top_y = base - h
    c.shadow(cx, base, w * 0.6, 26)

    def dots(v: _Canvas) -> None:
        for j in range(8):
            for i in range(12):
                px = x0 + i * w / 11 + (w / 22 if j % 2 else 0)
                v.poly(
                    _star(px, top_y - d + j * (h + d) / 7, 7, points=4),
                    fill=_a(_light(box, 0.4), 90),
                )

    c.fill(
        [(x0, top_y), (x1, top_y), (x1, base), (x0, base)],
        [_dark(box, 0.05), _dark(box, 0.3)],
        "y",
        texture=dots,
    )
    top = [(x0, top_y), (x0 + 40, top_y - d), (x1 - 40, top_y - d), (x1, top_y)]
    c.fill(top, [_light(box, 0.1), _light(box, 0.3)], "y", texture=dots)
    lid = [(x0 - 8, top_y - 2), (x1 + 8, top_y - 2), (x1 + 8, top_y + 48), (x0 - 8, top_y + 48)]
    c.fill(lid, [_light(box, 0.05), _dark(box, 0.2)], "y", texture=dots)
    c.line([(x0 - 8, top_y + 48), (x1 + 8, top_y + 48)], _a(_SHADOW, 80), 4)
    rw = 34
    c.fill(
        [
            (cx - rw / 2, top_y - 2),
            (cx + rw / 2, top_y - 2),
            (cx + rw / 2, base),
            (cx - rw / 2, base),
        ],
        _cylinder(ribbon, 0.25, 0.3),
    )
    c.poly(
        [
            (cx - rw / 2, top_y),
            (cx + rw / 2, top_y),
            (cx + rw * 0.4, top_y - d),
            (cx - rw * 0.4, top_y - d),
        ],
        fill=_light(ribbon, 0.1),
    )
    c.poly(
        [
            (x0 + 20, top_y - d / 2 - 10),
            (x1 - 20, top_y - d / 2 - 10),
            (x1 - 20, top_y - d / 2 + 10),
            (x0 + 20, top_y - d / 2 + 10),
        ],
        fill=_light(ribbon, 0.05),
    )
    bx, by = cx, top_y - d / 2
    for s in (-1, 1):
        c.fill(
            _pod(bx + s * 60, by - 30, 130, 70, s * -0.5, 0.6),
            [_light(ribbon, 0.2), _dark(ribbon, 0.2)],
            "y",
        )
        c.poly(_pod(bx + s * 60, by - 30, 80, 30, s * -0.5, 0.6), fill=_dark(ribbon, 0.3))
        c.poly([(bx, by), (bx + s * 30, by + 90), (bx + s * 55, by + 80)], fill=_dark(ribbon, 0.1))
    c.ellipse(bx, by - 4, 26, 20, fill=ribbon, outline=_dark(ribbon, 0.25), width=2)
