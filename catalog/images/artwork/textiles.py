"""Carpets: a rug woven flat in one of several styles, then warped in perspective onto the
floor or a wall rod, often with a rolled rug beside it."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

from PIL import Image, ImageDraw

from .canvas import _SHADOW, _WHITE, Point, _Canvas, _dark, _diamond, _light


def _solve(rows: list[list[float]], rhs: list[float]) -> list[float]:
    n = len(rhs)
    m = [[*row, b] for row, b in zip(rows, rhs, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [a - f * b for a, b in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def _perspective(dst: Sequence[Point], src: Sequence[Point]) -> list[float]:
    """Coefficients for Image.transform: maps output pixels back to the flat source."""
    rows, rhs = [], []
    for (u, v), (x, y) in zip(dst, src, strict=True):
        rows.append([u, v, 1.0, 0.0, 0.0, 0.0, -x * u, -x * v])
        rhs.append(x)
        rows.append([0.0, 0.0, 0.0, u, v, 1.0, -y * u, -y * v])
        rhs.append(y)
    return _solve(rows, rhs)


_RUG_STYLES = ("beni-ouarain", "azilal", "kilim", "medallion")


def _rug_flat(rng: random.Random, w: int, h: int, fringe: int) -> Image.Image:
    """The rug seen from straight above, fringes on the short (left and right) ends."""
    img = Image.new("RGBA", (w + 2 * fringe, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    style = rng.choice(_RUG_STYLES)
    x0, x1 = fringe, fringe + w
    wool = (236, 226, 204)
    for y in range(0, h, 3):
        d.line([(0, y), (fringe, y + rng.uniform(-4, 4))], fill=_light(wool, 0.2), width=2)
        d.line([(x1, y), (x1 + fringe, y + rng.uniform(-4, 4))], fill=_light(wool, 0.2), width=2)
    if style == "beni-ouarain":
        field, ink = rng.choice((((238, 230, 212), (54, 44, 38)), ((240, 234, 222), (90, 70, 60))))
        d.rectangle((x0, 0, x1, h), fill=field)
        cols = rng.choice((3, 4, 5))
        cw = w / cols
        lw = rng.randint(12, 18)
        for i in range(cols + 1):
            for j in range(2):
                xa = x0 + i * cw
                pts = [(xa, 0), (xa + cw / 2 * (1 if j else -1), h / 2), (xa, h)]
                d.line(pts, fill=ink, width=lw, joint="curve")
        for i in range(cols):
            cx = x0 + (i + 0.5) * cw
            if rng.random() < 0.7:
                d.polygon(_diamond(cx, h / 2, cw * 0.12, h * 0.08), fill=ink)
            for yy in (h * 0.12, h * 0.88):
                d.line([(cx - 20, yy), (cx + 20, yy)], fill=ink, width=lw // 2)
                d.line([(cx, yy - 20), (cx, yy + 20)], fill=ink, width=lw // 2)
    elif style == "azilal":
        field = (240, 232, 214)
        d.rectangle((x0, 0, x1, h), fill=field)
        colors = [
            (210, 60, 50),
            (240, 140, 40),
            (60, 90, 170),
            (220, 100, 140),
            (60, 140, 90),
            (50, 40, 40),
        ]
        gx, gy = rng.choice((3, 4)), rng.choice((3, 4))
        cells = [(i, j) for i in range(gx) for j in range(gy) if rng.random() < 0.8]
        for i, j in cells:
            cx = x0 + (i + 0.5) * w / gx + rng.uniform(-40, 40)
            cy = (j + 0.5) * h / gy + rng.uniform(-30, 30)
            col = rng.choice(colors)
            kind = rng.randrange(4)
            s = rng.uniform(0.28, 0.4) * min(w / gx, h / gy) * 1.4
            if kind == 0:
                d.polygon(_diamond(cx, cy, s * 0.6, s), outline=col, width=12)
                d.polygon(_diamond(cx, cy, s * 0.2, s * 0.33), fill=rng.choice(colors))
            elif kind == 1:
                zig = [
                    (cx - s + i * s / 4, cy + (s * 0.3 if i % 2 else -s * 0.3)) for i in range(9)
                ]
                d.line(zig, fill=col, width=12, joint="curve")
            elif kind == 2:
                d.rectangle((cx - s * 0.5, cy - 8, cx + s * 0.5, cy + 8), fill=col)
                d.rectangle((cx - 8, cy - s * 0.5, cx + 8, cy + s * 0.5), fill=col)
            else:
                d.polygon(_diamond(cx, cy, s * 0.45, s * 0.6), fill=col)
                d.polygon(_diamond(cx, cy, s * 0.2, s * 0.3), fill=field)
    elif style == "kilim":
        field = rng.choice(((168, 40, 36), (190, 90, 40), (120, 36, 50)))
        d.rectangle((x0, 0, x1, h), fill=field)
        band_colors = [(30, 28, 30), (236, 220, 190), (228, 160, 40), (40, 60, 120), (90, 24, 30)]
        x = x0 + 30
        while x < x1 - 40:
            bw = rng.choice((16, 30, 60, 90))
            col = rng.choice(band_colors)
            if bw >= 60:
                d.rectangle((x, 0, x + bw, h), fill=col)
                inner = rng.choice([b for b in band_colors if b != col])
                step = bw * 1.1
                y = 0.0
                while y < h:
                    d.polygon(
                        _diamond(x + bw / 2, y + step / 2, bw * 0.38, step * 0.45), fill=inner
                    )
                    y += step
            else:
                d.rectangle((x, 0, x + bw, h), fill=col)
            x += bw + rng.choice((14, 24, 40))
        for xx in (x0 + 8, x1 - 20):
            d.rectangle((xx, 0, xx + 12, h), fill=(30, 28, 30))
    else:
        field = rng.choice(((170, 40, 34), (120, 30, 40), (40, 60, 110)))
        border = rng.choice(((236, 220, 190), (228, 160, 40), (30, 28, 30)))
        d.rectangle((x0, 0, x1, h), fill=border)
        d.rectangle((x0 + 40, 40, x1 - 40, h - 40), fill=field)
        tri = rng.choice(((30, 28, 30), (40, 60, 120), (170, 40, 34)))
        for i in range(int(w / 40)):
            x = x0 + i * 40
            d.polygon([(x, 40), (x + 20, 10), (x + 40, 40)], fill=tri)
            d.polygon([(x, h - 40), (x + 20, h - 10), (x + 40, h - 40)], fill=tri)
        cx = x0 + w / 2
        palette = [(236, 220, 190), (228, 160, 40), (30, 28, 30), (40, 90, 120), field]
        for j, s in enumerate((1.0, 0.78, 0.56, 0.34, 0.14)):
            d.polygon(_diamond(cx, h / 2, w * 0.28 * s, h * 0.36 * s), fill=palette[j % 5])
        for sx in (x0 + w * 0.12, x1 - w * 0.12):
            for k in range(3):
                yy = h * (0.25 + k * 0.25)
                d.polygon(_diamond(sx, yy, 34, 46), fill=palette[(k + 1) % 4])
                d.polygon(_diamond(sx, yy, 12, 16), fill=field)
    # Mottled wool: a coarse random tone map stretched over the pile.
    cols, rows = w // 5, h // 5
    noise = Image.frombytes("L", (cols, rows), rng.randbytes(cols * rows))
    noise = noise.resize((w, h), Image.Resampling.BILINEAR).point(lambda v: v // 9)
    body = img.crop((x0, 0, x1, h))
    body.paste((40, 30, 24), (0, 0), noise)
    img.paste(body, (x0, 0))
    return img


def _warp(c: _Canvas, flat: Image.Image, quad: Sequence[Point]) -> None:
    """Pastes an RGBA picture onto a quadrilateral (clockwise from top left) in perspective."""
    pix = c.ps(quad)
    x0 = math.floor(min(x for x, _ in pix))
    y0 = math.floor(min(y for _, y in pix))
    x1 = math.ceil(max(x for x, _ in pix))
    y1 = math.ceil(max(y for _, y in pix))
    fw, fh = flat.size
    coeffs = _perspective([(x - x0, y - y0) for x, y in pix], [(0, 0), (fw, 0), (fw, fh), (0, fh)])
    warped = flat.transform(
        (x1 - x0, y1 - y0), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BILINEAR
    )
    c.img.paste(warped, (x0, y0), warped)


def _vertical_mask(size: tuple[int, int], levels: Sequence[int]) -> Image.Image:
    strip = Image.new("L", (1, len(levels)))
    strip.putdata(list(levels))
    return strip.resize(size, Image.Resampling.BILINEAR)


def _rolled_rug(
    c: _Canvas, surface: Image.Image, x0: float, x1: float, cy: float, radius: float
) -> None:
    """A rolled rug lying on its side, spiral end showing; `surface` is its visible face."""
    c.shadow((x0 + x1) / 2, cy + radius * 0.95, (x1 - x0) * 0.52, radius * 0.3, 0.5)
    px0, py0 = c.p(x0, cy - radius)
    px1, py1 = c.p(x1, cy + radius)
    box = (round(px0), round(py0), round(px1), round(py1))
    size = (box[2] - box[0], box[3] - box[1])
    c.img.paste(surface.convert("RGB").resize(size, Image.Resampling.BILINEAR), box[:2])
    # Shade it as a cylinder: dark at the top and bottom, a sheen just above the middle.
    c.img.paste(_SHADOW, box, _vertical_mask(size, (170, 60, 10, 0, 30, 120, 200)))
    c.img.paste(_WHITE, box, _vertical_mask(size, (0, 40, 70, 20, 0, 0, 0)))
    field = surface.convert("RGB").resize((1, 1), Image.Resampling.BOX).getpixel((0, 0))
    c.ellipse(x1, cy, radius * 0.32, radius, fill=_dark(field, 0.2))
    for i in range(1, 6):
        f = 1 - i / 6
        c.ellipse(
            x1 + radius * 0.02 * i,
            cy,
            radius * 0.32 * f,
            radius * f,
            outline=_light(field, 0.25) if i % 2 else _dark(field, 0.45),
            width=3,
        )
    c.ellipse(x1 + 2, cy, radius * 0.05, radius * 0.14, fill=_dark(field, 0.6))


def _paint_carpet(c: _Canvas, rng: random.Random, floor: float) -> None:
    if rng.random() < 0.55:
        flat = _rug_flat(rng, 1500, 1000, 60)
        # Lying on the floor, seen in perspective; sometimes still half rolled up.
        cx = 600 + rng.uniform(-30, 30)
        skew = rng.uniform(-50, 50)
        top_y, bot_y = floor + 10, floor + rng.uniform(270, 290)
        half_top, half_bot = rng.uniform(380, 410), rng.uniform(510, 540)
        quad = [
            (cx - half_top + skew, top_y),
            (cx + half_top + skew, top_y),
            (cx + half_bot, bot_y),
            (cx - half_bot, bot_y),
        ]
        c.shadow(cx, (top_y + bot_y) / 2 + 10, half_bot * 0.95, (bot_y - top_y) * 0.45, 0.35)
        _warp(c, flat, quad)
        if rng.random() < 0.5:
            radius = 46.0
            fw, fh = flat.size
            _rolled_rug(
                c,
                flat.crop((60, 0, fw - 60, fh // 3)),
                cx - half_top + skew + 20,
                cx + half_top + skew - 20,
                top_y - radius * 0.5,
                radius,
            )
        return
    flat = _rug_flat(rng, 900, 900, 60).rotate(90, expand=True)
    fw, fh = flat.size
    cx = 600 + rng.uniform(-40, 40)
    top_y, bot_y = 46.0, floor - 14
    hw = (bot_y - top_y) * fw / fh / 2
    quad = [(cx - hw, top_y), (cx + hw, top_y), (cx + hw, bot_y), (cx - hw, bot_y)]
    c.soft(cx + 14, (top_y + bot_y) / 2 + 12, hw, (bot_y - top_y) / 2, 12, _SHADOW, 0.4)
    _warp(c, flat, quad)
    rod = (120, 80, 50)
    c.line([(cx - hw - 50, top_y + 4), (cx + hw + 50, top_y + 4)], rod, 18, round_caps=True)
    c.line([(cx - hw - 50, top_y - 1), (cx + hw + 50, top_y - 1)], _light(rod, 0.3), 5)
    for s in (-1, 1):
        c.ellipse(cx + s * (hw + 58), top_y + 4, 16, 16, fill=_dark(rod, 0.2))
    roll = _rug_flat(rng, 1100, 700, 40)
    surface = roll.crop((350, 0, 830, 700)).rotate(90, expand=True)
    _rolled_rug(
        c,
        surface,
        cx - rng.uniform(300, 360),
        cx + rng.uniform(300, 360),
        floor + rng.uniform(150, 170),
        rng.uniform(58, 66),
    )
