"""ATTENDED precision and recall on the events the scorer matched: the part attendance rules control.

    python bench/attendance.py [--shared ../shared] [--relaxed] [--errors FILE]

The reference scorer counts an ATTENDED edge only when its event was matched (type + exact
ISO date); every attendee of an unmatched event is a false positive and every gold attendee of
one a false negative, whatever the attendance rules did.  This script builds the 100 gold
articles (as ``bench/quality.py`` does), matches events the scorer's way, and scores the
attendees of the matched events alone, by gold set, plus the unmatched events' share apart.
``--relaxed`` also pairs the events left over by type alone (date ignored): how attendance
would score once the events stage dates them right.  ``--errors`` writes each article's
false positives and misses.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import quality  # noqa: E402


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def article(S, gold: dict, nodes: dict, edges: list, relaxed: bool):
    """(tp, fp, fn) on matched events, (fp, fn) on unmatched ones, and the errors' descriptions."""
    aid = "article:" + gold["article"]
    mine = [n for n in nodes.values() if aid in S.sources(n) and "Event" in n.get("labels", [])]
    g_events = gold.get("events", [])
    _, _, _, pairs = S.match(g_events, mine, lambda p, g: S.props(p).get("type") == g["type"]
                             and (S.props(p).get("date") or None) == (g.get("date") or None))
    if relaxed:
        for i, p in enumerate(mine):
            free = [j for j, g in enumerate(g_events) if j not in pairs.values() and S.props(p).get("type") == g["type"]]
            if i not in pairs and free:
                pairs[i] = free[0]
    key = {mine[i]["id"]: g_events[j]["key"] for i, j in pairs.items()}
    alias_of = {o["name"]: o.get("aliases", []) for o in gold.get("officials", [])}

    def same(e, g):
        if key.get(e["target"]) != g["event"]:
            return False
        node = nodes.get(e["source"]) or {}
        if "Official" in node.get("labels", []):
            names = {S.name_key(S.props(node).get("name", ""))} | {S.name_key(a) for a in S.props(node).get("aliases") or []}
            if names & ({S.name_key(g["attendee"])} | {S.name_key(a) for a in alias_of.get(g["attendee"], [])}):
                return True
        have = set(S.tokens(S.props(node).get("name", "")))
        return bool(have) and set(S.tokens(g["attendee"])) <= have

    att = [e for e in edges if e["type"] == "ATTENDED" and aid in S.sources(e)]
    on = [e for e in att if e["target"] in key]
    g_on = [g for g in gold.get("attended", []) if g["event"] in key.values()]
    tp, fp, fn, got = S.match(g_on, on, same)
    dup = [i for i, e in enumerate(on) if i not in got and any(same(e, g) for g in g_on)]
    name = lambda e: S.props(nodes.get(e["source"], {})).get("name")  # noqa: E731
    errors = ([f"FP {name(e)} @{key[e['target']]}" for i, e in enumerate(on) if i not in got and i not in dup]
              + [f"FN {g['attendee']} @{g['event']}" for j, g in enumerate(g_on) if j not in got.values()])
    off = (len(att) - len(on), len(gold.get("attended", [])) - len(g_on))
    return (tp, fp - len(dup), fn), off, errors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--relaxed", action="store_true")
    ap.add_argument("--errors")
    args = ap.parse_args(argv)
    shared = Path(args.shared).resolve()
    S = _scorer(shared)
    with tempfile.TemporaryDirectory(prefix="graphkit-attendance-") as t:
        tmp = Path(t)
        items = quality.gather(shared, tmp)
        subprocess.run([sys.executable, "-m", "graphkit", "build", str(tmp / "articles"), "-o", str(tmp / "out"),
                        "--no-stores", "--quiet"], check=True)
        nodes, edges = S.load_graph(tmp / "out" / "graph.json")
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    lines = []
    for it in items:
        (tp, fp, fn), (ofp, ofn), errors = article(S, json.loads(it["gold"].read_text(encoding="utf-8")), nodes, edges,
                                                   args.relaxed)
        for part in (it["set"], "dev2+extra" if it["set"] not in ("seeds", "dev") else "seeds+dev"):
            for k, v in enumerate((tp, fp, fn, ofp, ofn)):
                tally[part][k] += v
        lines += [f"{it['set']} {it['stem']}: {e}" for e in errors]
    print("| articles | tp | fp | fn | P | R | F1 | unmatched-event fp | unmatched-event fn |")
    print("|---|---|---|---|---|---|---|---|---|")
    for part in ("seeds", "dev", "dev2", "extra401", "extra431", "seeds+dev", "dev2+extra"):
        tp, fp, fn, ofp, ofn = tally[part]
        p, r = tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"| {part} | {tp} | {fp} | {fn} | {p:.3f} | {r:.3f} | {f:.3f} | {ofp} | {ofn} |")
    if args.errors:
        Path(args.errors).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
