"""A dependency-free SVG line plot (log-log) for the scale curve in docs/benchmarks.md."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Sequence

WIDTH, HEIGHT, PAD = 560, 340, 60


def _scale(values: Sequence[float], lo: float, hi: float) -> list[float]:
    span = math.log10(hi) - math.log10(lo)
    return [(math.log10(v) - math.log10(lo)) / span for v in values]


def scale_plot(path: Path, series: dict[str, list[tuple[float, float]]], title: str) -> None:
    """Write a log-log plot of seconds against articles, one line per series."""
    points = [p for s in series.values() for p in s]
    x_lo, x_hi = min(p[0] for p in points) / 1.5, max(p[0] for p in points) * 1.5
    y_lo, y_hi = min(p[1] for p in points) / 2, max(p[1] for p in points) * 2
    colours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd"]
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" font-family="sans-serif" font-size="12">',
           f'<rect width="{WIDTH}" height="{HEIGHT}" fill="white"/>',
           f'<text x="{WIDTH / 2}" y="20" text-anchor="middle" font-size="14">{title}</text>']
    plot_w, plot_h = WIDTH - 2 * PAD, HEIGHT - 2 * PAD

    def xy(x: float, y: float) -> tuple[float, float]:
        fx, fy = _scale([x], x_lo, x_hi)[0], _scale([y], y_lo, y_hi)[0]
        return PAD + fx * plot_w, HEIGHT - PAD - fy * plot_h

    out.append(f'<rect x="{PAD}" y="{PAD}" width="{plot_w}" height="{plot_h}" fill="none" stroke="#888"/>')
    for tick in (1, 10, 100, 1000, 10000):
        if x_lo <= tick <= x_hi:
            x, _ = xy(tick, y_lo)
            out.append(f'<text x="{x:.1f}" y="{HEIGHT - PAD + 16}" text-anchor="middle">{tick}</text>')
    for tick in (0.1, 1, 10, 60, 100, 1000):
        if y_lo <= tick <= y_hi:
            _, y = xy(x_lo, tick)
            out.append(f'<line x1="{PAD}" x2="{WIDTH - PAD}" y1="{y:.1f}" y2="{y:.1f}" stroke="#eee"/>')
            out.append(f'<text x="{PAD - 6}" y="{y + 4:.1f}" text-anchor="end">{tick:g} s</text>')
    out.append(f'<text x="{WIDTH / 2}" y="{HEIGHT - 18}" text-anchor="middle">articles (log scale)</text>')
    for i, (name, pts) in enumerate(series.items()):
        colour = colours[i % len(colours)]
        coords = " ".join(f"{x:.1f},{y:.1f}" for x, y in (xy(a, s) for a, s in pts))
        out.append(f'<polyline points="{coords}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for a, s in pts:
            x, y = xy(a, s)
            out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{colour}"/>')
        out.append(f'<text x="{PAD + 10}" y="{PAD + 18 + 16 * i}" fill="{colour}">{name}</text>')
    out.append("</svg>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
