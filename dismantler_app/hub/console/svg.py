"""Plots drawn on the server as SVG: bars over labelled categories, optionally a share line in percent. No script,
no style attributes (the console's Content-Security-Policy allows neither inline)."""

from __future__ import annotations

import math
from html import escape

WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 720, 260, 48, 46, 16
COLOURS = ("#2f6db5", "#e07b39", "#3a9d5d", "#9b59b6")


def bar_chart(labels: list[str], series: list[tuple[str, list[float]]], *, title: str, percent: bool = False) -> str:
    """Grouped bars, one group per label; ``percent`` fixes the scale at 0–100."""
    plot_w, plot_h = WIDTH - LEFT - 10, HEIGHT - BOTTOM - TOP
    # Counts: a top that is a multiple of 4, so the five ticks are whole numbers.
    top = 100.0 if percent else 4.0 * math.ceil(max([v for _, values in series for v in values] + [1.0]) / 4)
    n, k = max(len(labels), 1), max(len(series), 1)
    group = plot_w / n
    bar = max(group * 0.8 / k, 1.0)
    parts = [
        f"<svg xmlns='http://www.w3.org/2000/svg' class='plot' role='img' viewBox='0 0 {WIDTH} {HEIGHT}' "
        f"width='{WIDTH}' height='{HEIGHT}'><title>{escape(title)}</title>",
        f"<line x1='{LEFT}' y1='{TOP + plot_h}' x2='{WIDTH - 10}' y2='{TOP + plot_h}' stroke='#555'/>",
        f"<line x1='{LEFT}' y1='{TOP}' x2='{LEFT}' y2='{TOP + plot_h}' stroke='#555'/>",
    ]
    for tick in range(5):
        value = top * tick / 4
        y = TOP + plot_h - plot_h * tick / 4
        text = f"{value:.0f}%" if percent else f"{value:.0f}"
        parts.append(f"<text x='{LEFT - 4}' y='{y + 4:.1f}' font-size='11' text-anchor='end'>{text}</text>")
        parts.append(f"<line x1='{LEFT}' y1='{y:.1f}' x2='{WIDTH - 10}' y2='{y:.1f}' stroke='#ddd'/>")
    every = max(1, n // 12)
    for i, label in enumerate(labels):
        x0 = LEFT + group * i + group * 0.1
        for j, (name, values) in enumerate(series):
            value = values[i] if i < len(values) else 0.0
            h = plot_h * (value / top if top else 0)
            parts.append(
                f"<rect class='bar' x='{x0 + bar * j:.1f}' y='{TOP + plot_h - h:.1f}' width='{bar:.1f}' "
                f"height='{h:.1f}' fill='{COLOURS[j % len(COLOURS)]}'><title>{escape(label)} · {escape(name)}: "
                f"{value:.1f}{'%' if percent else ''}</title></rect>"
            )
        if i % every == 0:
            parts.append(
                f"<text x='{LEFT + group * (i + 0.5):.1f}' y='{TOP + plot_h + 16}' font-size='11' "
                f"text-anchor='middle'>{escape(label)}</text>"
            )
    for j, (name, _) in enumerate(series):
        x = LEFT + 10 + j * 170
        parts.append(f"<rect x='{x}' y='{HEIGHT - 16}' width='12' height='12' fill='{COLOURS[j % len(COLOURS)]}'/>")
        parts.append(f"<text x='{x + 16}' y='{HEIGHT - 6}' font-size='12'>{escape(name)}</text>")
    parts.append("</svg>")
    return "".join(parts)
