"""How far two annotators agree: one folder of gold files scored as if it were graphkit's output (issue #16).

A second reader annotates the same texts from ``GUIDELINES.md`` alone; turning that gold into a graph
document and scoring it with ``../shared/eval/score.py`` against the first reader's gold gives the
agreement the task allows, the ceiling to read graphkit's first-contact scores against:

    python bench/agreement.py SECOND/gold FIRST/gold [--shared ../shared] [--out SECOND/self_graph.json]

Each gold fact becomes the node or edge the scorer looks for (an Official with its aliases, an Office
with role and region, HOLDS with its capacity, an Event with type and date, LED, ATTENDED from an
official or a group node named by the key, a Statement and its STATED), all sourced to the article.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def gold_graph(gold_dir: Path) -> dict:
    """The graph document a perfect extractor would give for ``gold_dir``."""
    nodes, edges = [], []

    def node(nid, labels, **props):
        nodes.append({"id": nid, "labels": labels, "properties": props})
        return nid

    def edge(kind, source, target, src, **props):
        edges.append({"type": kind, "source": source, "target": target, "properties": {"sources": [src], **props}})

    for path in sorted(gold_dir.glob("*.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        art, src = g["article"], "article:" + g["article"]
        officials = {o["name"]: node(f"{art}:p:{o['name']}", ["Official"], name=o["name"],
                                     aliases=o.get("aliases", []), sources=[src]) for o in g.get("officials", [])}
        for r in g.get("regions", []):
            node(f"{art}:r:{r['code']}", ["Region"], name=r["name"], code=r["code"], sources=[src])
        for i, h in enumerate(g.get("holds", [])):
            office = node(f"{art}:o:{i}", ["Office"], role=h["role"], region=h["region"], sources=[src])
            if h["official"] in officials:
                edge("HOLDS", officials[h["official"]], office, src, capacity=h["capacity"])
        events = {e["key"]: node(f"{art}:e:{e['key']}", ["Event"], type=e["type"], date=e.get("date"), sources=[src])
                  for e in g.get("events", [])}
        for led in g.get("led", []):
            if led["official"] in officials and led["event"] in events:
                edge("LED", officials[led["official"]], events[led["event"]], src)
        for i, a in enumerate(g.get("attended", [])):
            if a["event"] in events:
                who = officials.get(a["attendee"]) or node(f"{art}:g:{i}", ["Group"], name=a["attendee"], sources=[src])
                edge("ATTENDED", who, events[a["event"]], src)
        for i, s in enumerate(g.get("statements", [])):
            statement = node(f"{art}:s:{i}", ["Statement"], text=s["quote"], sources=[src])
            if s.get("speaker") in officials:
                edge("STATED", officials[s["speaker"]], statement, src)
    return {"nodes": nodes, "edges": edges}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("second", type=Path, help="gold folder scored as the graph")
    ap.add_argument("first", type=Path, help="gold folder it is scored against")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, help="keep the graph document here")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="graphkit-agreement-") as t:
        out = args.out or Path(t) / "self_graph.json"
        out.write_text(json.dumps(gold_graph(args.second), ensure_ascii=False), encoding="utf-8")
        return subprocess.run([sys.executable, str(args.shared.resolve() / "eval" / "score.py"), str(out),
                               str(args.first)]).returncode


if __name__ == "__main__":
    raise SystemExit(main())
