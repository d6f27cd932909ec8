"""Round cooperative emblems, and the small marks that stand in for brand names on labels."""

from __future__ import annotations

import io
import math
import random

from PIL import Image, ImageDraw

from .canvas import _SS, Color, _a, _Canvas, _diamond, _lin, _rotate, _star


def _emblem(c: _Canvas, cx: float, cy: float, r: float, ink: Color, kind: int) -> None:
    """A small geometric mark standing in for a brand name on labels."""
    if kind == 0:
        c.poly(_star(cx, cy, r), outline=ink, width=3)
        c.poly(_diamond(cx, cy, r * 0.35, r * 0.35), fill=ink)
    elif kind == 1:
        c.poly(_diamond(cx, cy, r * 0.8, r), outline=ink, width=3)
        c.poly(_diamond(cx, cy, r * 0.35, r * 0.45), fill=ink)
        for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
            c.ellipse(cx + dx * r * 1.15, cy + dy * r * 1.3, r * 0.1, r * 0.1, fill=ink)
    elif kind == 2:
        _yaz(c, cx, cy, r * 1.1, ink, max(3.0, r * 0.16))
    else:
        c.ellipse(cx, cy, r, r, outline=ink, width=3)
        c.poly(_star(cx, cy, r * 0.7, r * 0.3, points=6), fill=ink)


def _yaz(c: _Canvas, cx: float, cy: float, h: float, ink: Color, width: float) -> None:
    """The Amazigh yaz as strokes: a stem, a cup above and an arch below."""
    arm, dip = h * 0.68, h * 0.78
    c.line([(cx, cy - h), (cx, cy + h)], ink, width, round_caps=True)
    top = [(cx + arm * math.cos(a), cy - h + dip * math.sin(a)) for a in _lin(0, math.pi, 24)]
    bottom = [(cx + arm * math.cos(a), cy + h - dip * math.sin(a)) for a in _lin(0, math.pi, 24)]
    c.line(top, ink, width, round_caps=True)
    c.line(bottom, ink, width, round_caps=True)


_EMBLEM_COLORS: tuple[tuple[Color, Color, Color], ...] = (
    # ground, ink, paper
    ((34, 62, 130), (226, 170, 60), (246, 238, 220)),
    ((150, 50, 36), (240, 210, 150), (250, 242, 226)),
    ((36, 96, 72), (232, 190, 90), (244, 240, 226)),
    ((96, 40, 80), (236, 180, 120), (248, 236, 230)),
    ((70, 50, 40), (214, 150, 60), (242, 230, 210)),
    ((26, 100, 120), (240, 200, 120), (246, 242, 232)),
    ((176, 46, 38), (40, 44, 60), (246, 234, 214)),
    ((196, 120, 40), (70, 40, 30), (250, 240, 220)),
    ((60, 60, 110), (200, 120, 150), (244, 238, 232)),
)


def render_logo(seed: int, size: int = 512) -> bytes:
    """PNG bytes (transparent corners) of a round cooperative emblem; `seed` picks the variant."""
    if size < 16:
        raise ValueError("logo must be at least 16 pixels wide")
    rng = random.Random(f"logo:{seed}")  # noqa: S311 - picks emblem variants, not secrets
    ground, ink, paper = rng.choice(_EMBLEM_COLORS)
    c = _Canvas((size, size))
    # A square canvas shows the design space 1200 units wide: the disc fills that width.
    cx, cy, r = 600.0, 450.0, 596.0
    u = r / 100  # the emblem is laid out on a 100-unit radius
    c.ellipse(cx, cy, r, r, fill=ground)
    teeth = rng.choice((18, 24, 30, 36))
    ring = rng.randrange(3)
    for i in range(teeth):
        a = 2 * math.pi * i / teeth
        b = 2 * math.pi * (i + 0.5) / teeth
        if ring == 0:
            nxt = a + 2 * math.pi / teeth
            c.poly(
                [
                    (cx + math.cos(a) * r * 0.93, cy + math.sin(a) * r * 0.93),
                    (cx + math.cos(b) * r * 0.8, cy + math.sin(b) * r * 0.8),
                    (cx + math.cos(nxt) * r * 0.93, cy + math.sin(nxt) * r * 0.93),
                ],
                fill=ink,
            )
        elif ring == 1:
            c.poly(
                _diamond(cx + math.cos(a) * r * 0.87, cy + math.sin(a) * r * 0.87, 4 * u, 4 * u),
                fill=ink,
            )
            c.ellipse(
                cx + math.cos(b) * r * 0.87, cy + math.sin(b) * r * 0.87, 1.6 * u, 1.6 * u, fill=ink
            )
        else:
            c.poly(_rotate(_diamond(cx + r * 0.87, cy, 6 * u, 2.4 * u), cx, cy, a), fill=ink)
    c.ellipse(cx, cy, r * 0.96, r * 0.96, outline=ink, width=1.4 * u)
    inner = r * 0.76
    c.ellipse(cx, cy, inner, inner, fill=paper, outline=ink, width=1.8 * u)
    kind = rng.randrange(4)
    mark = ground
    if kind == 3:
        # Inverted: a solid lozenge shield with the yaz cut out of it in paper colour.
        c.poly(_diamond(cx, cy, inner * 0.62, inner * 0.9), fill=ground)
        c.poly(_diamond(cx, cy, inner * 0.56, inner * 0.84), outline=ink, width=0.8 * u)
        mark = paper
    elif kind == 1:
        c.poly(
            _star(cx, cy, inner * 0.8, rot=math.pi / 8),
            fill=_a(ground, 40),
            outline=ground,
            width=1.2 * u,
        )
    elif kind == 2:
        c.poly(_diamond(cx, cy, inner * 0.72, inner * 0.86), outline=_a(ground, 140), width=1.2 * u)
        for s in (-1, 1):
            c.poly(_diamond(cx + s * inner * 0.55, cy, 4.5 * u, 6 * u), fill=ground)
    for i in range(8):
        a = math.pi / 8 + i * math.pi / 4
        c.poly(
            _diamond(
                cx + math.cos(a) * inner * 0.88, cy + math.sin(a) * inner * 0.88, 2.2 * u, 2.2 * u
            ),
            fill=ink,
        )
    _yaz(
        c,
        cx,
        cy,
        inner * (0.42 if kind == 3 else 0.5),
        mark,
        rng.choice((7.5, 9.0, 10.5)) * u * (0.85 if kind == 3 else 1.0),
    )
    out = c.img.resize((size, size), Image.Resampling.LANCZOS).convert("RGBA")
    mask = Image.new("L", (size * _SS, size * _SS), 0)
    x0, y0 = c.p(cx - r, cy - r)
    x1, y1 = c.p(cx + r, cy + r)
    ImageDraw.Draw(mask).ellipse((x0, y0, x1, y1), fill=255)
    out.putalpha(mask.resize((size, size), Image.Resampling.LANCZOS))
    buf = io.BytesIO()
    out.save(buf, "PNG", compress_level=3)
    return buf.getvalue()
