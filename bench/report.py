#!/usr/bin/env python3
"""Assembles one load run: results.jsonl (one line per scenario) + run metadata on stdin →
<out>.json and <out>.md (table, ratios against the limits measured in the same run, targets)."""
import json
import sys

results_file, out = sys.argv[1], sys.argv[2]
meta = json.loads(sys.stdin.read())
groups = [json.loads(line) for line in open(results_file, encoding="utf-8") if line.strip()]
run = {**meta, "results": groups}


def ops(group):
    return [op for g in groups if g.get("group") == group for op in g.get("operations", [])]


def find(group, name):
    return next((op for op in ops(group) if op["name"] == name), None)


ratios = {}
nginx, article, home = find("portal", "nginx, same article HTML (limit)"), find("portal", "article page"), find("portal", "home page")
if nginx and article and nginx["rps"]:
    ratios["article_vs_nginx_rps"] = round(article["rps"] / nginx["rps"], 3)
if nginx and home and nginx["rps"]:
    ratios["home_vs_nginx_rps"] = round(home["rps"] / nginx["rps"], 3)
pg, transitions = find("write", "pgbench, rows of one transition (limit)"), find("write", "transition")
if pg and transitions and pg["rps"]:
    ratios["transitions_vs_pgbench"] = round(transitions["rps"] / pg["rps"], 4)
run["ratios"] = ratios

targets = []


def target(what, value, limit, ok):
    targets.append({"target": what, "measured": value, "limit": limit, "met": bool(ok)})


for group, names in (("officer", None), ("citizen", ["public tracking by code"])):
    for op in ops(group):
        if names and op["name"] not in names:
            continue
        target(f"{op['name']}: p50 ≤ 15 ms", op["p50"], 15, op["p50"] <= 15 and op["errors"] == 0)
        target(f"{op['name']}: p95 ≤ 50 ms", op["p95"], 50, op["p95"] <= 50 and op["errors"] == 0)
if "article_vs_nginx_rps" in ratios:
    target("article page ≥ 50 % of nginx req/s", ratios["article_vs_nginx_rps"], 0.5, ratios["article_vs_nginx_rps"] >= 0.5)
    target("article page p99 < 50 ms at 100 connections", article["p99"], 50, article["p99"] < 50)
if "transitions_vs_pgbench" in ratios:
    target("dossier transitions ≥ 25 % of pgbench", ratios["transitions_vs_pgbench"], 0.25, ratios["transitions_vs_pgbench"] >= 0.25)
if meta.get("startup_s") is not None:
    target("start-up ≤ 8 s", round(meta["startup_s"], 1), 8, meta["startup_s"] <= 8)
if meta.get("idle_rss_mb") is not None:
    target("RSS idle ≤ 400 MB", meta["idle_rss_mb"], 400, meta["idle_rss_mb"] <= 400)
peak = max([g.get("resources", {}).get("rss_mb", 0) for g in groups] or [0])
if peak:
    target("RSS under load ≤ 700 MB", peak, 700, peak <= 700)
run["targets"] = targets
run["peak_rss_mb"] = peak

with open(out + ".json", "w", encoding="utf-8") as f:
    json.dump(run, f, ensure_ascii=False, indent=1)

md = []
md.append(f"# Load run {meta['date']} — {meta['label']}\n")
db = meta.get("db_bytes")
md.append(f"commit {meta['commit']}, {meta['cores']} cores, load average before {meta['load_average']}, "
          f"{meta.get('dossiers')} dossiers, database {round(db / 1048576) if db else '?'} MB, "
          f"start-up {round(meta['startup_s'], 1) if meta.get('startup_s') else '?'} s, "
          f"RSS idle {meta.get('idle_rss_mb')} MB (PostgreSQL {meta.get('idle_pg_rss_mb')} MB), {meta['duration_s']} s per scenario\n")
md.append("| scenario | operation | users | req/s | p50 ms | p95 ms | p99 ms | errors | app RSS MB | app CPU % | PG CPU % |")
md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for g in groups:
    if "operations" not in g:
        continue
    r = g.get("resources", {})
    users = g.get("users", meta["users"].get("portal_connections") if g["group"] == "portal" else "")
    for op in g["operations"]:
        if op["name"] == "iteration failures":
            continue
        p50 = op.get("p50", op.get("avg", ""))
        md.append(f"| {g['group']} | {op['name']} | {op.get('clients', users)} | {op['rps']:.1f} | {p50} | {op.get('p95', '')} | "
                  f"{op.get('p99', '')} | {op['errors']} | {r.get('rss_mb', '')} | {r.get('cpu_pct', '')} | {r.get('pg_cpu_pct', '')} |")
for g in groups:
    if g.get("group") == "documents-check":
        md.append(f"\nOutgoing numbers after the documents scenario: {g['issued']} issued, {g['distinct']} distinct, "
                  f"span {g['span']} — gapless and unique: **{g['gapless']}**")
if ratios:
    md.append("\n| ratio | value |\n|---|---:|")
    for k, v in ratios.items():
        md.append(f"| {k} | {v * 100:.1f} % |")
md.append("\n| target | measured | met |\n|---|---:|---|")
for t in targets:
    md.append(f"| {t['target']} | {t['measured']} | {'yes' if t['met'] else '**no**'} |")
with open(out + ".md", "w", encoding="utf-8") as f:
    f.write("\n".join(md) + "\n")
