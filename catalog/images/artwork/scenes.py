"""The room around each still life: a plastered wall with a zellige pattern, an occasional
horseshoe arch, a soft light and the table the objects stand on."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from .canvas import _SHADOW, Color, _a, _Canvas, _dark, _diamond, _light, _lin, _star


@dataclass(frozen=True)
class _Room:
    wall: tuple[Color, Color]
    motif: Color
    table: tuple[Color, Color]


_ROOMS = (
    _Room(((247, 234, 212), (236, 211, 176)), (172, 110, 60), ((212, 168, 120), (176, 126, 84))),
    _Room(((245, 217, 194), (229, 178, 144)), (158, 70, 44), ((234, 210, 176), (208, 174, 134))),
    _Room(((226, 232, 240), (200, 212, 230)), (40, 78, 158), ((226, 198, 156), (196, 160, 114))),
    _Room(((228, 237, 222), (202, 222, 202)), (44, 108, 78), ((228, 206, 170), (202, 172, 130))),
    _Room(((250, 231, 190), (240, 204, 140)), (188, 104, 34), ((168, 110, 70), (128, 80, 50))),
    _Room(((246, 224, 218), (231, 192, 184)), (150, 62, 72), ((238, 222, 198), (214, 192, 160))),
    _Room(((240, 234, 222), (222, 212, 194)), (118, 90, 62), ((124, 86, 60), (92, 62, 44))),
    _Room(((238, 226, 238), (220, 204, 218)), (110, 60, 120), ((232, 212, 180), (206, 178, 140))),
)

# Accent colours of Moroccan textiles and paint, shared by cloths, labels and decorations.
_ACCENTS: tuple[Color, ...] = (
    (176, 46, 38),
    (34, 70, 140),
    (214, 150, 34),
    (44, 110, 80),
    (196, 90, 44),
    (120, 44, 86),
    (26, 110, 130),
    (60, 44, 36),
)


def _motif_stars(c: _Canvas, rng: random.Random, ink: Color, floor: float) -> None:
    step = rng.choice((100.0, 124.0, 150.0))
    fill, line = _a(ink, 15), _a(ink, 34)
    rows = int((floor - c.top) / step) + 2
    cols = int((c.right - c.left) / step) + 2
    for j in range(rows):
        for i in range(cols):
            x, y = c.left + i * step, c.top + j * step
            c.poly(_star(x, y, step * 0.36), fill=fill, outline=line, width=1.5)
            c.poly(_diamond(x + step / 2, y + step / 2, step * 0.1, step * 0.1), fill=line)


def _motif_lattice(c: _Canvas, rng: random.Random, ink: Color, floor: float) -> None:
    step = rng.choice((70.0, 90.0, 110.0))
    line = _a(ink, 30)
    height = floor - c.top
    x = c.left - height
    while x < c.right + step:
        c.line([(x, c.top), (x + height, floor)], line, 2)
        c.line([(x + height, c.top), (x, floor)], line, 2)
        x += step
    for j in range(int(height / step * 2) + 2):
        for i in range(int((c.right - c.left) / step) + 2):
            cx = c.left + i * step + (step / 2 if j % 2 else 0)
            cy = c.top + j * step / 2
            if cy < floor:
                c.poly(_star(cx, cy, step * 0.12, step * 0.05, points=4), fill=_a(ink, 40))


def _motif_rosettes(c: _Canvas, rng: random.Random, ink: Color, floor: float) -> None:
    r = rng.choice((60.0, 80.0))
    line = _a(ink, 28)
    dy = r * math.sqrt(3) / 2
    for j in range(int((floor - c.top) / dy) + 2):
        for i in range(int((c.right - c.left) / r) + 3):
            cx = c.left + i * r + (r / 2 if j % 2 else 0)
            c.ellipse(cx, c.top + j * dy, r, r, outline=line, width=1.6)


def _motif_tiles(c: _Canvas, rng: random.Random, ink: Color, floor: float) -> None:
    step = rng.choice((90.0, 120.0))
    for j in range(int((floor - c.top) / step) + 2):
        for i in range(int((c.right - c.left) / step) + 2):
            x, y = c.left + i * step, c.top + j * step
            if (i + j) % 2 == 0:
                c.poly(
                    [(x, y), (x + step, y), (x + step, y + step), (x, y + step)], fill=_a(ink, 12)
                )
            c.poly(
                _star(x + step / 2, y + step / 2, step * 0.3, points=8, rot=math.pi / 8),
                outline=_a(ink, 32),
                width=1.5,
            )


def _arch(c: _Canvas, room: _Room, cx: float, floor: float) -> None:
    half, spring = 250.0, 470.0
    radius = half / math.cos(math.radians(24))
    centre_y = spring - radius * math.sin(math.radians(24))
    # A horseshoe arch: the circle runs on below its widest point before the jambs drop.
    arc = [
        (cx + radius * math.cos(a), centre_y + radius * math.sin(a))
        for a in _lin(math.radians(156), math.radians(384), 60)
    ]
    pts = [(cx - half, floor), *arc, (cx + half, floor)]
    c.poly(pts, fill=_a(_light(room.wall[0], 0.5), 120))
    c.line([*pts, pts[0]], _a(room.motif, 50), 9)
    inner = [(cx + (x - cx) * 0.94, y + 16) for x, y in pts[1:-1]]
    c.line(inner, _a(room.motif, 36), 2.5)


def _table(c: _Canvas, rng: random.Random, room: _Room, floor: float) -> None:
    pts = [(c.left, floor), (c.right, floor), (c.right, c.bottom), (c.left, c.bottom)]
    style = rng.choice(("wood", "plaster", "cloth"))

    def texture(v: _Canvas) -> None:
        if style == "wood":
            y = floor + 6
            while y < v.bottom:
                wave = rng.uniform(1, 4)
                xs = _lin(v.left, v.right, 24)
                v.line(
                    [(x, y + wave * math.sin(x / 90 + y)) for x in xs],
                    _a(_dark(room.table[1], 0.3), rng.randint(18, 40)),
                    rng.uniform(1, 2.5),
                )
                y += rng.uniform(10, 26) * (1 + (y - floor) / 300)
        elif style == "cloth":
            y = floor + 20
            while y < v.bottom:
                accent = rng.choice(_ACCENTS)
                h = rng.uniform(3, 12) * (1 + (y - floor) / 250)
                v.poly(
                    [(v.left, y), (v.right, y), (v.right, y + h), (v.left, y + h)],
                    fill=_a(accent, rng.randint(25, 55)),
                )
                y += h + rng.uniform(14, 50) * (1 + (y - floor) / 250)
        else:
            for _ in range(160):
                x, y = rng.uniform(v.left, v.right), rng.uniform(floor, v.bottom)
                r = rng.uniform(1, 4)
                v.ellipse(x, y, r, r, fill=_a(_dark(room.table[1], 0.2), rng.randint(10, 30)))

    c.fill(pts, room.table, "y", texture=texture)
    c.line([(c.left, floor), (c.right, floor)], _a(_light(room.table[0], 0.5), 150), 3)
    # Ambient occlusion where the wall meets the table.
    for i in range(12):
        c.line([(c.left, floor - i * 2), (c.right, floor - i * 2)], _a(_SHADOW, 14 - i), 2)


def _backdrop(c: _Canvas, rng: random.Random, focus_x: float) -> float:
    """Paints wall, pattern and table; returns the y of the table's back edge."""
    room = rng.choice(_ROOMS)
    floor = rng.uniform(560, 600)
    wall = [(c.left, c.top), (c.right, c.top), (c.right, floor + 30), (c.left, floor + 30)]
    c.fill(wall, room.wall, "y")
    motif = rng.choice((_motif_stars, _motif_lattice, _motif_rosettes, _motif_tiles))
    motif(c, rng, room.motif, floor)
    if rng.random() < 0.35:
        _arch(c, room, focus_x, floor)
    c.glow(focus_x, floor - 180, 420, 280, _light(room.wall[0], 0.7), 0.55)
    _table(c, rng, room, floor)
    return floor
