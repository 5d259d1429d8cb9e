"""Quotations per month as bars for an inline SVG chart (drawn by the template; no script, no CDN)."""

from __future__ import annotations

from dataclasses import dataclass

from propos.store.views import MonthCount

WIDTH, HEIGHT, BASELINE = 640, 180, 150


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    month: str
    count: int


def _months(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last and len(out) < 240:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def bars(timeline: list[MonthCount]) -> list[Bar]:
    """One bar per month from the first to the last quoted month, empty months included."""
    valid = [m for m in timeline if len(m.month) == 7 and m.month[4] == "-" and m.month.replace("-", "").isdigit()]
    if not valid:
        return []
    counts = {m.month: m.quotes for m in valid}
    months = _months(valid[0].month, valid[-1].month)
    top = max(counts.values())
    slot = WIDTH / len(months)
    out = []
    for i, month in enumerate(months):
        count = counts.get(month, 0)
        height = (BASELINE - 10) * count / top
        out.append(Bar(x=i * slot + slot * 0.1, y=BASELINE - height, width=slot * 0.8, height=height,
                       month=month, count=count))
    return out
