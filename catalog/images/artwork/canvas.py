"""The drawing surface and the small colour and geometry helpers every painter uses.

Everything is drawn at twice the output size (`_SS`) in a fixed 1200x900 design space and
shrunk at the end, which stands in for the anti-aliasing Pillow's polygons lack."""

from __future__ import annotations

import copy
import io
import math
import random
from collections.abc import Callable, Sequence
from itertools import pairwise

from PIL import Image, ImageDraw, ImageFilter

Color = tuple[int, ...]
Point = tuple[float, float]
Profile = list[tuple[float, float]]

# Pillow's polygons are not anti-aliased, so everything is drawn at twice the size and shrunk.
_SS = 2
# Painters think in a fixed 1200x900 space; other sizes are letterboxed around it.
_DESIGN_W, _DESIGN_H = 1200.0, 900.0
# How flat a horizontal circle looks: the camera looks slightly down at the table.
_TILT = 0.26

_WHITE: Color = (255, 255, 255)
_BLACK: Color = (0, 0, 0)
_SHADOW: Color = (52, 32, 20)


# --------------------------------------------------------------------------- colours


def _mix(a: Sequence[int], b: Sequence[int], t: float) -> Color:
    return tuple(round(x + (y - x) * t) for x, y in zip(a[:3], b[:3], strict=True))


def _light(c: Sequence[int], t: float) -> Color:
    return _mix(c, _WHITE, t)


def _dark(c: Sequence[int], t: float) -> Color:
    return _mix(c, _BLACK, t)


def _a(c: Sequence[int], alpha: int) -> Color:
    return (c[0], c[1], c[2], alpha)


def _jitter(rng: random.Random, c: Sequence[int], amount: int) -> Color:
    return tuple(max(0, min(255, v + rng.randint(-amount, amount))) for v in c[:3])


def _cylinder(c: Sequence[int], depth: float = 0.35, shine: float = 0.3) -> list[Color]:
    # Light comes from the upper left, so the bright band sits left of centre.
    return [
        _dark(c, depth),
        _light(c, shine * 0.4),
        _light(c, shine),
        c,
        _dark(c, depth * 0.6),
        _dark(c, depth * 1.1),
    ]


def _stop_at(stops: Sequence[Sequence[int]], t: float) -> Color:
    pos = max(0.0, min(1.0, t)) * (len(stops) - 1)
    i = min(int(pos), len(stops) - 2)
    return _mix(stops[i], stops[i + 1], pos - i)


def _gradient(size: tuple[int, int], stops: Sequence[Sequence[int]], axis: str) -> Image.Image:
    if len(stops) == 1:
        return Image.new("RGB", size, tuple(stops[0][:3]))
    samples = 64
    strip = [_stop_at(stops, i / (samples - 1)) for i in range(samples)]
    line = Image.new("RGB", (samples, 1) if axis == "x" else (1, samples))
    line.putdata(strip)
    # Interpolate along the gradient only, then repeat the row or column: far cheaper than a
    # bilinear resize of the whole area.
    w, h = size
    line = line.resize((w, 1) if axis == "x" else (1, h), Image.Resampling.BILINEAR)
    return line.resize(size, Image.Resampling.NEAREST)


# --------------------------------------------------------------------------- geometry


def _lin(a: float, b: float, n: int) -> list[float]:
    return [a + (b - a) * i / (n - 1) for i in range(n)]


def _rotate(pts: Sequence[Point], cx: float, cy: float, angle: float) -> list[Point]:
    ca, sa = math.cos(angle), math.sin(angle)
    return [
        (cx + (x - cx) * ca - (y - cy) * sa, cy + (x - cx) * sa + (y - cy) * ca) for x, y in pts
    ]


def _ellipse_pts(cx: float, cy: float, rx: float, ry: float, n: int = 60) -> list[Point]:
    return [
        (cx + rx * math.cos(a), cy + ry * math.sin(a))
        for a in (2 * math.pi * i / n for i in range(n))
    ]


def _pod(
    cx: float,
    cy: float,
    length: float,
    width: float,
    angle: float = 0.0,
    point: float = 0.0,
    n: int = 40,
) -> list[Point]:
    """An ellipse whose +x end is pinched to a tip by `point` (0: ellipse, 1: almond)."""
    pts = []
    for i in range(n):
        t = 2 * math.pi * i / n
        pinch = ((1 - math.cos(t)) / 2) ** point if point else 1.0
        pts.append((cx + length / 2 * math.cos(t), cy + width / 2 * math.sin(t) * pinch))
    return _rotate(pts, cx, cy, angle) if angle else pts


def _star(
    cx: float,
    cy: float,
    r_out: float,
    r_in: float | None = None,
    points: int = 8,
    rot: float = 0.0,
    squash: float = 1.0,
) -> list[Point]:
    # The inner radius of two overlapping squares: the classic zellige khatam.
    r_in = r_out * math.cos(math.pi / 4) / math.cos(math.pi / 8) if r_in is None else r_in
    pts = []
    for i in range(2 * points):
        r = r_out if i % 2 == 0 else r_in
        a = rot + math.pi * i / points
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a) * squash))
    return pts


def _diamond(cx: float, cy: float, rx: float, ry: float) -> list[Point]:
    return [(cx, cy - ry), (cx + rx, cy), (cx, cy + ry), (cx - rx, cy)]


def _ring(
    cx: float, y: float, r: float, tilt: float = _TILT, front: bool = True, n: int = 36
) -> list[Point]:
    """Half of a horizontal circle seen from above: the front half runs right to left."""
    a0, a1 = (0.0, math.pi) if front else (math.pi, 2 * math.pi)
    return [(cx + r * math.cos(a), y + r * tilt * math.sin(a)) for a in _lin(a0, a1, n)]


def _lathe(cx: float, profile: Profile, tilt: float = _TILT, n: int = 36) -> list[Point]:
    """Silhouette of a body of revolution given (y, radius) pairs from top to bottom."""
    (y0, r0), (yn, rn) = profile[0], profile[-1]
    pts = _ring(cx, y0, r0, tilt, front=False, n=n)
    pts += [(cx + r, y) for y, r in profile]
    pts += _ring(cx, yn, rn, tilt, front=True, n=n)
    pts += [(cx - r, y) for y, r in reversed(profile)]
    return pts


def _band(
    cx: float, y_top: float, r_top: float, y_bot: float, r_bot: float, tilt: float = _TILT
) -> list[Point]:
    """The front strip of a body between two heights, e.g. a label or a painted frieze."""
    return list(reversed(_ring(cx, y_top, r_top, tilt))) + _ring(cx, y_bot, r_bot, tilt)


def _radius_at(profile: Profile, y: float) -> float:
    if y <= profile[0][0]:
        return profile[0][1]
    for (ya, ra), (yb, rb) in pairwise(profile):
        if ya <= y <= yb:
            return ra if yb == ya else ra + (rb - ra) * (y - ya) / (yb - ya)
    return profile[-1][1]


def _rrect(x0: float, y0: float, x1: float, y1: float, r: float, n: int = 6) -> list[Point]:
    r = min(r, (x1 - x0) / 2, (y1 - y0) / 2)
    corners = (
        (x1 - r, y0 + r, -math.pi / 2),
        (x1 - r, y1 - r, 0.0),
        (x0 + r, y1 - r, math.pi / 2),
        (x0 + r, y0 + r, math.pi),
    )
    pts = []
    for cx, cy, a0 in corners:
        pts += [(cx + r * math.cos(a), cy + r * math.sin(a)) for a in _lin(a0, a0 + math.pi / 2, n)]
    return pts


def _curve(p0: Point, p1: Point, p2: Point, n: int = 16) -> list[Point]:
    """A quadratic Bezier: stems, handles and threads bend instead of running straight."""
    out = []
    for i in range(n):
        t = i / (n - 1)
        u = 1 - t
        out.append(
            (
                u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0],
                u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1],
            )
        )
    return out


def _plane(
    pts: Sequence[Point], cx: float, cy: float, angle: float, squash: float = 0.6
) -> list[Point]:
    """Turns a shape drawn flat (top view) on the table, then foreshortens it for the camera."""
    return [(cx + x, cy + y * squash) for x, y in _rotate(pts, 0.0, 0.0, angle)]


# --------------------------------------------------------------------------- canvas


class _Canvas:
    """An RGB surface drawn at 2x and addressed in the 1200x900 design space."""

    def __init__(self, size: tuple[int, int]) -> None:
        out_w, out_h = size
        if out_w < 16 or out_h < 16:
            raise ValueError("artwork must be at least 16x16 pixels")
        self.out_size = (out_w, out_h)
        self.width, self.height = out_w * _SS, out_h * _SS
        self.img = Image.new("RGB", (self.width, self.height))
        self.draw = ImageDraw.Draw(self.img, "RGBA")
        self.k = min(self.width / _DESIGN_W, self.height / _DESIGN_H)
        self.ox = (self.width - _DESIGN_W * self.k) / 2
        self.oy = (self.height - _DESIGN_H * self.k) / 2

    # Edges of the whole picture in design units (wider than 0..1200 for panoramic sizes).
    @property
    def left(self) -> float:
        return -self.ox / self.k

    @property
    def right(self) -> float:
        return (self.width - self.ox) / self.k

    @property
    def top(self) -> float:
        return -self.oy / self.k

    @property
    def bottom(self) -> float:
        return (self.height - self.oy) / self.k

    def zoom(self, factor: float, ax: float, ay: float) -> None:
        """Magnifies everything drawn from now on about the design point (ax, ay)."""
        self.ox += ax * self.k * (1 - factor)
        self.oy += ay * self.k * (1 - factor)
        self.k *= factor

    def p(self, x: float, y: float) -> Point:
        return (self.ox + x * self.k, self.oy + y * self.k)

    def ps(self, pts: Sequence[Point]) -> list[Point]:
        return [(self.ox + x * self.k, self.oy + y * self.k) for x, y in pts]

    def px(self, v: float) -> int:
        return max(1, round(v * self.k))

    def ellipse(
        self,
        cx: float,
        cy: float,
        rx: float,
        ry: float,
        fill: Color | None = None,
        outline: Color | None = None,
        width: float = 0,
    ) -> None:
        x0, y0 = self.p(cx - rx, cy - ry)
        x1, y1 = self.p(cx + rx, cy + ry)
        if x1 - x0 < 1 or y1 - y0 < 1:
            return
        self.draw.ellipse(
            (x0, y0, x1, y1), fill=fill, outline=outline, width=self.px(width) if outline else 0
        )

    def poly(
        self,
        pts: Sequence[Point],
        fill: Color | None = None,
        outline: Color | None = None,
        width: float = 1,
    ) -> None:
        if len(pts) > 2:
            self.draw.polygon(self.ps(pts), fill=fill, outline=outline, width=self.px(width))

    def line(
        self, pts: Sequence[Point], fill: Color, width: float, round_caps: bool = False
    ) -> None:
        self.draw.line(self.ps(pts), fill=fill, width=self.px(width), joint="curve")
        if round_caps:
            for x, y in (pts[0], pts[-1]):
                self.ellipse(x, y, width / 2, width / 2, fill=fill)

    def dashes(self, pts: Sequence[Point], fill: Color, width: float, every: int = 2) -> None:
        """Stitching: every other short segment of a polyline."""
        for i in range(0, len(pts) - 1, every):
            self.draw.line(self.ps(pts[i : i + 2]), fill=fill, width=self.px(width))

    def fill(
        self,
        pts: Sequence[Point],
        stops: Sequence[Sequence[int]],
        axis: str = "x",
        *,
        opacity: float = 1.0,
        texture: Callable[[_Canvas], None] | None = None,
    ) -> None:
        """Fills a polygon with a gradient; `texture` may draw over it, clipped to the shape."""
        pix = self.ps(pts)
        xs = [x for x, _ in pix]
        ys = [y for _, y in pix]
        x0, y0 = max(0, math.floor(min(xs))), max(0, math.floor(min(ys)))
        x1 = min(self.width, math.ceil(max(xs)) + 1)
        y1 = min(self.height, math.ceil(max(ys)) + 1)
        if x1 - x0 < 2 or y1 - y0 < 2:
            return
        mask = Image.new("L", (x1 - x0, y1 - y0), 0)
        ImageDraw.Draw(mask).polygon([(x - x0, y - y0) for x, y in pix], fill=round(255 * opacity))
        tile = _gradient((x1 - x0, y1 - y0), stops, axis)
        if texture is not None:
            texture(self._view(tile, x0, y0))
        self.img.paste(tile, (x0, y0), mask)

    def _view(self, tile: Image.Image, x0: int, y0: int) -> _Canvas:
        # A canvas over a cropped tile, so textures keep using design coordinates.
        view = copy.copy(self)
        view.img = tile
        view.draw = ImageDraw.Draw(tile, "RGBA")
        view.ox, view.oy = self.ox - x0, self.oy - y0
        view.width, view.height = tile.size
        return view

    def soft(
        self, cx: float, cy: float, rx: float, ry: float, blur: float, color: Color, strength: float
    ) -> None:
        # Blurring a small mask and scaling it up is ~50x cheaper than blurring at full size.
        pad = blur * 2.2 + 2
        bx0, by0 = self.p(cx - rx - pad, cy - ry - pad)
        bx1, by1 = self.p(cx + rx + pad, cy + ry + pad)
        bx0, by0, bx1, by1 = int(bx0), int(by0), int(bx1) + 1, int(by1) + 1
        shrink = 8
        sw, sh = max(4, (bx1 - bx0) // shrink), max(4, (by1 - by0) // shrink)
        fx, fy = sw / (bx1 - bx0), sh / (by1 - by0)
        small = Image.new("L", (sw, sh), 0)
        ex0, ey0 = self.p(cx - rx, cy - ry)
        ex1, ey1 = self.p(cx + rx, cy + ry)
        ImageDraw.Draw(small).ellipse(
            ((ex0 - bx0) * fx, (ey0 - by0) * fy, (ex1 - bx0) * fx, (ey1 - by0) * fy),
            fill=round(255 * min(1.0, strength)),
        )
        small = small.filter(ImageFilter.GaussianBlur(max(0.5, blur * self.k * fx)))
        mask = small.resize((bx1 - bx0, by1 - by0), Image.Resampling.BILINEAR)
        self.img.paste(color[:3], (bx0, by0, bx1, by1), mask)

    def shadow(self, cx: float, cy: float, rx: float, ry: float, strength: float = 0.45) -> None:
        """A soft contact shadow: a wide faint halo plus a tighter, darker core."""
        self.soft(cx, cy, rx * 1.05, ry * 1.1, ry * 0.9 + 8, _SHADOW, strength * 0.55)
        self.soft(cx, cy, rx * 0.8, ry * 0.55, ry * 0.35 + 3, _SHADOW, strength * 0.7)

    def glow(
        self, cx: float, cy: float, rx: float, ry: float, color: Color, strength: float
    ) -> None:
        self.soft(cx, cy, rx, ry, max(rx, ry) * 0.5, color, strength)

    def png(self) -> bytes:
        out = self.img.resize(self.out_size, Image.Resampling.LANCZOS)
        buf = io.BytesIO()
        # The shop re-encodes uploads to WebP, so a quicker, slightly larger PNG is the better deal.
        out.save(buf, "PNG", compress_level=3)
        return buf.getvalue()
