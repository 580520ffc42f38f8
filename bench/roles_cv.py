"""The learned LED/ATTENDED classifier against the rules: source-grouped CV and held-out sets.

    python bench/roles_cv.py [--shared ../shared] [--folds 5] [--heldout /work/blind2 ...]

Cross-validation: the folds of ``bench/quality.py`` (grouped by outlet); for each fold the
classifier is trained (``graphkit.extract.events.train_roles``) on the other folds' gold only,
the 100 articles are built with it (``GRAPHKIT_LEARNED_ROLES=1``, ``GRAPHKIT_ROLE_WEIGHTS``),
and the held-out fold is scored with the reference scorer; the folds' counts are pooled.
The rules alone are one build scored the same way.  Each held-out set (a folder with
corpus/*.txt and gold/*.json, never used for training) is built with the rules and with the
classifier trained on all of ../shared gold.  "relaxed" scores match events by type only
(``--relaxed-scorer``, default /tmp/score_relaxed.py when present), which shows the part the
roles control apart from event dating.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))
import quality  # noqa: E402
from graphkit.extract.events import roles, train_roles  # noqa: E402

FACTS = ["events", "led", "attended"]


def build(articles: Path, out: Path, weights: Path | None) -> Path:
    env = dict(os.environ)
    env.pop("GRAPHKIT_LEARNED_ROLES", None)
    env.pop("GRAPHKIT_ROLE_WEIGHTS", None)
    if weights is not None:
        env.update(GRAPHKIT_LEARNED_ROLES="1", GRAPHKIT_ROLE_WEIGHTS=str(weights))
    subprocess.run([sys.executable, "-m", "graphkit", "build", str(articles), "-o", str(out), "--no-stores",
                    "--quiet"], check=True, env=env)
    return out / "graph.json"


def score(scorer: Path, graph: Path, golds: list[Path], tmp: Path) -> dict:
    d = Path(tempfile.mkdtemp(dir=tmp))
    for g in golds:
        shutil.copy(g, d / g.name)
    res = subprocess.run([sys.executable, str(scorer), str(graph), str(d), "--json"], capture_output=True, text=True,
                         check=True)
    return json.loads(res.stdout)


def pool(reports: list[dict]) -> dict:
    out = {}
    for k in ["officials", "regions", "offices", "holds", "events", "led", "attended", "statements", "stated", "all"]:
        tp = sum(r[k]["tp"] for r in reports)
        fp = sum(r[k]["fp"] for r in reports)
        fn = sum(r[k]["fn"] for r in reports)
        p = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        out[k] = {"p": p, "r": rc, "f1": 2 * p * rc / (p + rc) if p + rc else 0.0}
    return out


def line(name: str, strict: dict, relaxed: dict | None) -> str:
    cells = [f"{strict['all']['f1']:.3f}"] + [f"{strict[k]['f1']:.3f} (P{strict[k]['p']:.2f} R{strict[k]['r']:.2f})"
                                                for k in FACTS]
    if relaxed:
        cells += [f"{relaxed[k]['f1']:.3f}" for k in ("led", "attended")]
    return f"| {name} | " + " | ".join(cells) + " |"


def ceiling(name: str, items: list[tuple[Path, Path]]) -> str:
    """How many gold leaders/attendees of the main event (matched by type) are among the candidates at all,
    and how many the rules found: the most any classifier over these candidates could reach."""
    tally = {"led": [0, 0, 0], "attended": [0, 0, 0]}
    for gold_path, text_path in items:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        rows, graph = train_roles.record(text_path)
        for kind, cls, rule in (("led", 1, "rule:led"), ("attended", 2, "rule:att")):
            for g in gold.get(kind, []):
                one = {**gold, "led": [g] if kind == "led" else [], "attended": [g] if kind == "attended" else []}
                hit = [feats for feats, y in train_roles.labels(rows, graph, one) if y == cls]
                t = tally[kind]
                t[0], t[1], t[2] = t[0] + 1, t[1] + bool(hit), t[2] + any(rule in f for f in hit)
    cells = [f"{t[0]} / {t[1]} ({t[1] / max(1, t[0]):.2f}) / {t[2]} ({t[2] / max(1, t[0]):.2f})" for t in tally.values()]
    return f"| {name} | " + " | ".join(cells) + " |"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--heldout", nargs="*", default=[])
    ap.add_argument("--relaxed-scorer", default="/tmp/score_relaxed.py")
    ap.add_argument("--without-rules", action="store_true", help="train without the rules' decisions as features")
    ap.add_argument("--margin", type=float, default=roles.MARGIN)
    ap.add_argument("--decide", action="store_true", help="let the classifier replace the rules' decisions")
    ap.add_argument("--ceiling", action="store_true", help="only count the gold roles among the candidates")
    args = ap.parse_args(argv)
    extra = {"margin": args.margin, "mode": "decide" if args.decide else "add"}
    shared = Path(args.shared).resolve()
    if args.ceiling:
        print("| articles | led: gold / among candidates / rules found | attended: the same |")
        print("|---|---|---|")
        for sets in (("seeds", "dev"), ("dev2", "extra")):
            items = [(g, t) for _, g, t in train_roles.gold_items(shared / "gold", sets)]
            print(ceiling(" + ".join(sets), items))
        for h in map(Path, args.heldout):
            print(ceiling(h.name, [(g, h / "corpus" / f"{g.stem}.txt") for g in sorted((h / "gold").glob("*.json"))]))
        return 0
    train_roles.WITH_RULES = not args.without_rules
    shared = Path(args.shared).resolve()
    strict_scorer = shared / "eval" / "score.py"
    relaxed_scorer = Path(args.relaxed_scorer) if Path(args.relaxed_scorer).is_file() else None
    print("| run | micro-F1 | events | led | attended | led relaxed | attended relaxed |")
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="graphkit-roles-") as t:
        tmp = Path(t)
        items = quality.gather(shared, tmp)
        assign = quality.folds(items, args.folds)
        texts = {it["stem"]: tmp / "articles" / f"{it['stem']}.txt" for it in items}
        data = {it["stem"]: train_roles.labels(*train_roles.record(texts[it["stem"]]),
                                               json.loads(it["gold"].read_text(encoding="utf-8"))) for it in items}
        rules = build(tmp / "articles", tmp / "rules", None)
        runs: dict[str, dict[str, list]] = {"rules": {"s": [], "r": []}, "learned": {"s": [], "r": []}}
        for f in range(args.folds):
            held = [it["gold"] for it in items if assign[it["source"]] == f]
            train = [row for it in items if assign[it["source"]] != f for row in data[it["stem"]]]
            w = tmp / f"w{f}.json"
            w.write_text(json.dumps({"weights": train_roles.fit(train, train_roles.WITH_RULES), **extra}), encoding="utf-8")
            learned = build(tmp / "articles", tmp / f"learned{f}", w)
            for name, graph in (("rules", rules), ("learned", learned)):
                runs[name]["s"].append(score(strict_scorer, graph, held, tmp))
                if relaxed_scorer:
                    runs[name]["r"].append(score(relaxed_scorer, graph, held, tmp))
        for name in ("rules", "learned"):
            print(line(f"CV {args.folds} folds, {name}", pool(runs[name]["s"]),
                       pool(runs[name]["r"]) if relaxed_scorer else None))
        if args.heldout:
            w = tmp / "all.json"
            w.write_text(json.dumps({"weights": train_roles.fit([r for rows in data.values() for r in rows], train_roles.WITH_RULES),
                                     **extra}),
                         encoding="utf-8")
            for h in args.heldout:
                h = Path(h)
                golds = sorted((h / "gold").glob("*.json"))
                for name, weights in (("rules", None), ("learned", w)):
                    graph = build(h / "corpus", tmp / f"{h.name}-{name}", weights)
                    s = score(strict_scorer, graph, golds, tmp)
                    r = score(relaxed_scorer, graph, golds, tmp) if relaxed_scorer else None
                    print(line(f"{h.name}, {name}", pool([s]), pool([r]) if r else None))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
