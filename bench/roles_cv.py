"""The learned LED/ATTENDED classifier against the rules: source-grouped CV and held-out sets.

    python bench/roles_cv.py [--shared ../shared] [--extra /work/blind20 ...] [--folds 5]
                             [--heldout /work/blind2 ...] [--no-cv] [--json FILE]

Cross-validation: the articles of ../shared gold, grouped by outlet as ``bench/quality.py`` groups
them, plus every article of each ``--extra`` folder (held-out batch layout: ``DIR/corpus/*.txt``,
``DIR/gold/*.json``, ``DIR/published.tsv``; each article its own outlet, as each was drawn from
another outlet), dealt into K folds by ``quality.folds``.  For each fold the classifier is
trained (``graphkit.extract.events.train_roles``) on the other folds' gold only, the fold's
articles are built twice (rules alone; ``GRAPHKIT_LEARNED_ROLES=1`` with that fold's
``GRAPHKIT_ROLE_WEIGHTS``) and both builds are scored with the reference scorer; the folds'
counts are pooled, over all articles and over each part (the shared gold, the extra batches).
Each ``--heldout`` folder (same layout, never used for training) is built with the rules and with
the classifier trained on the whole CV pool, per folder and pooled.  "relaxed" scores match events
by type only (a copy of the reference scorer with the date test taken out, made in the temporary
folder; ``--relaxed-scorer FILE`` to give another): the part the roles control apart from dating.
"""
from __future__ import annotations

import argparse
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
KEYS = ["officials", "regions", "offices", "holds", "events", "led", "attended", "statements", "stated", "all"]
DATE_TEST = ' and (props(p).get("date") or None) == (g.get("date") or None)'


def relaxed_copy(scorer: Path, out: Path) -> Path | None:
    """The reference scorer with events matched by type only (None when its event test is not the expected one)."""
    src = scorer.read_text(encoding="utf-8")
    if src.count(DATE_TEST) != 1:
        return None
    out.write_text(src.replace(DATE_TEST, ""), encoding="utf-8")
    return out


def extra_records(batch: Path) -> list[dict]:
    """One record per gold article of a held-out batch folder; each is its own source."""
    return [{"stem": stem, "gold": gold, "text": text, "published": published, "set": batch.name,
             "part": "extra", "source": f"{batch.name}/{stem}"}
            for stem, gold, text, published in train_roles.extra_items(batch)]


def write_input(items: list[dict], folder: Path) -> Path:
    """The articles of ``items`` as ``graphkit build`` input: the shared gold's texts as files (as
    ``bench/quality.py`` builds them), the batch articles as JSON Lines with their dates (as
    ``bench/heldout.py`` builds them)."""
    folder.mkdir(parents=True)
    lines = []
    for it in items:
        if it["part"] == "shared":
            shutil.copy(it["text"], folder / it["text"].name)
        else:
            text = it["text"].read_text(encoding="utf-8")
            rec = {"id": it["stem"], "title": text.partition("\n")[0], "text": text}
            if it["published"]:
                rec["published"] = it["published"]
            lines.append(json.dumps(rec, ensure_ascii=False))
    if lines:
        (folder / "batches.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def build(articles: Path, out: Path, weights: Path | None) -> Path:
    env = dict(os.environ)
    env.pop("GRAPHKIT_ROLE_WEIGHTS", None)
    env["GRAPHKIT_LEARNED_ROLES"] = "1" if weights is not None else "0"
    if weights is not None:
        env["GRAPHKIT_ROLE_WEIGHTS"] = str(weights)
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
    for k in KEYS:
        tp = sum(r[k]["tp"] for r in reports)
        fp = sum(r[k]["fp"] for r in reports)
        fn = sum(r[k]["fn"] for r in reports)
        p = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        out[k] = {"tp": tp, "fp": fp, "fn": fn, "p": p, "r": rc, "f1": 2 * p * rc / (p + rc) if p + rc else 0.0}
    return out


def line(name: str, n: int, strict: dict, relaxed: dict | None) -> str:
    cells = [f"{strict['all']['f1']:.3f}"] + [
        f"{strict[k]['f1']:.3f} (P{strict[k]['p']:.2f} R{strict[k]['r']:.2f}; {strict[k]['tp']}/{strict[k]['fp']}/{strict[k]['fn']})"
        for k in FACTS]
    cells += [f"{relaxed[k]['f1']:.3f}" for k in ("led", "attended")] if relaxed else ["–", "–"]
    return f"| {name} | {n} | " + " | ".join(cells) + " |"


HEADER = ("| run | n | micro-F1 | events | led | attended | led relaxed | attended relaxed |\n"
          "|---|---|---|---|---|---|---|---|")


def ceiling(name: str, items: list[tuple]) -> str:
    """How many gold leaders/attendees of the main event (matched by type) are among the candidates at all,
    and how many the rules found: the most any classifier over these candidates could reach."""
    tally = {"led": [0, 0, 0], "attended": [0, 0, 0]}
    for item in items:
        gold = json.loads(item[1].read_text(encoding="utf-8"))
        rows, graph = train_roles.record(item[2], item[3] if len(item) > 3 else None)
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
    ap.add_argument("--extra", nargs="*", default=[], metavar="DIR",
                    help="more gold folders (batch layout) in the CV pool, each article its own outlet")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--heldout", nargs="*", default=[], metavar="DIR")
    ap.add_argument("--no-cv", action="store_true", help="only the held-out folders")
    ap.add_argument("--relaxed-scorer", default="")
    ap.add_argument("--without-rules", action="store_true", help="train without the rules' decisions as features")
    ap.add_argument("--margin", type=float, default=roles.MARGIN)
    ap.add_argument("--decide", action="store_true", help="let the classifier replace the rules' decisions")
    ap.add_argument("--add-led", action="store_true", help="let the classifier also add leaders the rules left out")
    ap.add_argument("--all-rows", action="store_true",
                    help="fit on every candidate, not only those the rules left out (implied by --decide)")
    ap.add_argument("--ceiling", action="store_true", help="only count the gold roles among the candidates")
    ap.add_argument("--json", dest="json_out", help="write the pooled counts here")
    args = ap.parse_args(argv)
    extra_dirs = sorted({Path(d).resolve() for d in args.extra}, key=lambda b: (b.name, str(b)))
    mode = {"margin": args.margin, "mode": "decide" if args.decide else "add_led" if args.add_led else "add"}
    shared = Path(args.shared).resolve()
    if args.ceiling:
        print("| articles | led: gold / among candidates / rules found | attended: the same |")
        print("|---|---|---|")
        for sets in (("seeds", "dev"), ("dev2", "extra")):
            print(ceiling(" + ".join(sets), train_roles.gold_items(shared / "gold", sets)))
        for h in [*extra_dirs, *map(Path, args.heldout)]:
            print(ceiling(h.name, train_roles.extra_items(h)))
        return 0
    train_roles.WITH_RULES = not args.without_rules
    unlinked = train_roles.UNLINKED_ONLY and not (args.all_rows or args.decide)
    strict_scorer = shared / "eval" / "score.py"
    results: dict = {"mode": mode, "with_rules": train_roles.WITH_RULES, "unlinked_only": unlinked, "cv": {},
                     "heldout": {}}
    print(HEADER)
    with tempfile.TemporaryDirectory(prefix="graphkit-roles-") as t:
        tmp = Path(t)
        relaxed_scorer = Path(args.relaxed_scorer) if args.relaxed_scorer else relaxed_copy(strict_scorer, tmp / "relaxed.py")
        items = [{**it, "text": tmp / "articles" / f"{it['stem']}.txt", "published": None, "part": "shared"}
                 for it in quality.gather(shared, tmp)]
        for batch in extra_dirs:
            items += extra_records(batch)
        data = {it["stem"]: train_roles.labels(*train_roles.record(it["text"], it["published"]),
                                               json.loads(it["gold"].read_text(encoding="utf-8"))) for it in items}

        def fit_to(path: Path, train: list) -> Path:
            path.write_text(json.dumps({"weights": train_roles.fit(train, train_roles.WITH_RULES, unlinked), **mode}),
                            encoding="utf-8")
            return path

        def both(name: str, subset: list[dict], weights: Path, parts: dict[str, list[Path]]) -> dict:
            """Build ``subset`` with the rules and with ``weights``; score each group of gold files."""
            src = write_input(subset, tmp / f"in-{name}")
            out = {}
            for arm, w in (("rules", None), ("learned", weights)):
                graph = build(src, tmp / f"{name}-{arm}", w)
                out[arm] = {part: {"s": score(strict_scorer, graph, golds, tmp),
                                   "r": score(relaxed_scorer, graph, golds, tmp) if relaxed_scorer else None}
                            for part, golds in parts.items() if golds}
            return out

        if not args.no_cv:
            assign = quality.folds(items, args.folds)
            per: list[dict] = []
            for f in range(args.folds):
                held = [it for it in items if assign[it["source"]] == f]
                train = [row for it in items if assign[it["source"]] != f for row in data[it["stem"]]]
                parts = {"all": [it["gold"] for it in held],
                         "shared": [it["gold"] for it in held if it["part"] == "shared"],
                         "extra": [it["gold"] for it in held if it["part"] == "extra"]}
                per.append(both(f"fold{f}", held, fit_to(tmp / f"w{f}.json", train), parts))
            counts = {"all": len(items), "shared": sum(it["part"] == "shared" for it in items),
                      "extra": sum(it["part"] == "extra" for it in items)}
            for part in ("all", "shared", "extra"):
                if not counts[part]:
                    continue
                for arm in ("rules", "learned"):
                    got = [fold[arm][part] for fold in per if part in fold[arm]]
                    s = pool([g["s"] for g in got])
                    r = pool([g["r"] for g in got]) if relaxed_scorer else None
                    results["cv"][f"{part}/{arm}"] = {"strict": s, "relaxed": r}
                    print(line(f"CV {args.folds} folds, {part}, {arm}", counts[part], s, r))
        if args.heldout:
            w = fit_to(tmp / "all.json", [r for it in items for r in data[it["stem"]]])
            pooled: dict[str, dict[str, list]] = {"rules": {"s": [], "r": []}, "learned": {"s": [], "r": []}}
            n_all = 0
            for h in map(Path, args.heldout):
                held = extra_records(h.resolve())
                n_all += len(held)
                got = both(h.name, held, w, {"all": [it["gold"] for it in held]})
                for arm in ("rules", "learned"):
                    s, r = got[arm]["all"]["s"], got[arm]["all"]["r"]
                    pooled[arm]["s"].append(s)
                    if r:
                        pooled[arm]["r"].append(r)
                    results["heldout"][f"{h.name}/{arm}"] = {"strict": pool([s]), "relaxed": pool([r]) if r else None}
                    print(line(f"{h.name}, {arm}", len(held), pool([s]), pool([r]) if r else None))
            if len(args.heldout) > 1:
                for arm in ("rules", "learned"):
                    s = pool(pooled[arm]["s"])
                    r = pool(pooled[arm]["r"]) if pooled[arm]["r"] else None
                    results["heldout"][f"pooled/{arm}"] = {"strict": s, "relaxed": r}
                    print(line(f"held-out pooled, {arm}", n_all, s, r))
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
