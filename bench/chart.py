#!/usr/bin/env python3
"""Latency against data size: reads bench/results/*.json (runs on 10k, 100k, 1M … dossiers), keeps
the newest run per size, and draws p50 and p95 of the officer and citizen read operations against
the number of dossiers (log scale) as a hand-written SVG. Usage: bench/chart.py [out.svg] [files…]"""
import glob
import json
import math
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "bench/results/latency-vs-size.svg"
files = sys.argv[2:] or sorted(glob.glob("bench/results/*.json"))
by_size = {}
for path in files:
    try:
        run = json.load(open(path, encoding="utf-8"))
    except (ValueError, OSError):
        continue
    n = run.get("dossiers")
    if not n or not any(g.get("group") in ("officer", "citizen") for g in run.get("results", [])):
        continue
    if n not in by_size or run["date"] > by_size[n]["date"]:
        by_size[n] = run

series = {}  # (operation, percentile) → [(size, ms)]
for n, run in sorted(by_size.items()):
    for g in run["results"]:
        if g.get("group") not in ("officer", "citizen"):
            continue
        for op in g.get("operations", []):
            if op["name"] in ("iteration failures",) or not op.get("requests"):
                continue
            for p in ("p50", "p95"):
                series.setdefault((op["name"], p), []).append((n, op[p]))

W, H, L, R, T, B = 900, 520, 70, 330, 40, 60
sizes = sorted(by_size) or [1]
xmin, xmax = math.log10(min(sizes)), math.log10(max(sizes))
if xmax - xmin < 1:
    xmin, xmax = xmin - 0.5, xmax + 0.5
ymax = max([v for pts in series.values() for _, v in pts] + [50]) * 1.1


def x(n):
    return L + (math.log10(n) - xmin) / (xmax - xmin) * (W - L - R)


def y(v):
    return T + (1 - v / ymax) * (H - T - B)


colors = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"]
svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="12">',
       f'<rect width="{W}" height="{H}" fill="white"/>',
       f'<text x="{L}" y="22" font-size="15">Latency against data size (p50 solid, p95 dashed; targets 15 / 50 ms)</text>',
       f'<line x1="{L}" y1="{H - B}" x2="{W - R}" y2="{H - B}" stroke="black"/>',
       f'<line x1="{L}" y1="{T}" x2="{L}" y2="{H - B}" stroke="black"/>',
       f'<text x="{(L + W - R) / 2}" y="{H - 15}" text-anchor="middle">dossiers (log scale)</text>',
       f'<text x="15" y="{(T + H - B) / 2}" transform="rotate(-90 15 {(T + H - B) / 2})" text-anchor="middle">ms</text>']
for n in sizes:
    svg.append(f'<line x1="{x(n):.1f}" y1="{H - B}" x2="{x(n):.1f}" y2="{H - B + 5}" stroke="black"/>')
    svg.append(f'<text x="{x(n):.1f}" y="{H - B + 18}" text-anchor="middle">{n:,}</text>')
step = 10 ** math.floor(math.log10(ymax / 5)) if ymax > 0 else 1
for k in range(0, int(ymax / step) + 1, max(1, int(ymax / step / 6))):
    v = k * step
    svg.append(f'<line x1="{L - 5}" y1="{y(v):.1f}" x2="{W - R}" y2="{y(v):.1f}" stroke="#eee"/>')
    svg.append(f'<text x="{L - 8}" y="{y(v) + 4:.1f}" text-anchor="end">{v:g}</text>')
for limit in (15, 50):
    svg.append(f'<line x1="{L}" y1="{y(limit):.1f}" x2="{W - R}" y2="{y(limit):.1f}" stroke="#999" stroke-dasharray="2,4"/>')
names = sorted({name for name, _ in series})
for i, name in enumerate(names):
    c = colors[i % len(colors)]
    for p, dash in (("p50", ""), ("p95", ' stroke-dasharray="6,4"')):
        pts = sorted(series.get((name, p), []))
        if not pts:
            continue
        path = " ".join(f"{x(n):.1f},{y(v):.1f}" for n, v in pts)
        svg.append(f'<polyline points="{path}" fill="none" stroke="{c}" stroke-width="2"{dash}/>')
        for n, v in pts:
            svg.append(f'<circle cx="{x(n):.1f}" cy="{y(v):.1f}" r="3" fill="{c}"/>')
    svg.append(f'<rect x="{W - R + 15}" y="{T + i * 20}" width="12" height="12" fill="{c}"/>')
    svg.append(f'<text x="{W - R + 32}" y="{T + i * 20 + 10}">{name}</text>')
svg.append("</svg>")
open(out, "w", encoding="utf-8").write("\n".join(svg) + "\n")
print(f"wrote {out} from {len(by_size)} run(s): sizes {sizes}")
