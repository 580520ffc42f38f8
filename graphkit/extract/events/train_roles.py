"""Train the learned LED/ATTENDED classifier (``roles``) from the gold annotations.

    python -m graphkit.extract.events.train_roles ../shared/gold [--extra DIR ...] [-o graphkit/data/role_weights.json]

Reads every gold file of seeds/dev/dev2/extra with its article text (``../shared/corpus``:
seeds → corpus/seeds, dev and dev2 → corpus/real, extra → corpus/extra), and every gold file of
each ``--extra`` folder in the held-out batch layout (``DIR/gold/*.json``, the text in
``DIR/corpus/<stem>.txt``, the publication date from ``DIR/published.tsv`` when it gives one, as
``bench/heldout.py`` builds them); extracts each with the
rules while ``roles.RECORDER`` collects each candidate's features, labels the candidates from
the gold (the main event matched by type and date, else by type alone: the classifier learns
who took which part, not how events are dated), keeps the candidates the rules left out
(``UNLINKED_ONLY``: the only ones the shipped mode asks about), and fits a multinomial logistic regression by
a fixed number of full-batch gradient steps over the rows in a fixed order, in pure Python.
The same gold gives byte-identical weights.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

from ...evaluate_keys import name_key, tokens
from . import roles

SETS = {"seeds": "seeds", "dev": "real", "dev2": "real", "extra": "extra"}
ITERATIONS = 400
RATE = 0.5
L2 = 0.002
WITH_RULES = True
MIN_COUNT = 2           # a feature seen on fewer training rows gets no weight
# train on the candidates the rules left out only: the shipped mode ("add", roles.decide_roles) asks the
# model about no other candidate, and fitted on all rows its weights mostly learn to repeat the rules
# (443 of the 802 rows of the 187 gold articles are the rules' own attendees); False = every row
UNLINKED_ONLY = True


def gold_items(gold_dir: Path, sets=tuple(SETS)) -> list[tuple[str, Path, Path]]:
    """(stem, gold file, article text) of every gold article whose text is in ../corpus, sorted by set then stem."""
    corpus = gold_dir.parent / "corpus"
    out = []
    for name in sets:
        for gold in sorted((gold_dir / name).glob("*.json")):
            text = corpus / SETS.get(name, name) / f"{gold.stem}.txt"
            if text.is_file():
                out.append((gold.stem, gold, text))
    return out


def published_dates(batch: Path) -> dict[str, str]:
    """Article stem -> publication date, from ``batch/published.tsv`` (stem TAB date; an empty date is none)."""
    out: dict[str, str] = {}
    table = batch / "published.tsv"
    if table.is_file():
        for line in table.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) > 1 and parts[1].strip():
                out[parts[0].strip()] = parts[1].strip()
    return out


def extra_items(batch: Path) -> list[tuple[str, Path, Path, str | None]]:
    """(stem, gold file, article text, publication date or None) of every gold article of a held-out batch
    folder (``batch/gold/*.json`` with ``batch/corpus/<stem>.txt``), sorted by stem."""
    dates = published_dates(batch)
    return [(g.stem, g, batch / "corpus" / f"{g.stem}.txt", dates.get(g.stem))
            for g in sorted((batch / "gold").glob("*.json")) if (batch / "corpus" / f"{g.stem}.txt").is_file()]


def read_article(text_path: Path, published: str | None = None):
    """The article of one text file: as ``graphkit build`` reads the file, or, with a publication date, as
    ``bench/heldout.py`` gives a batch article (id the stem, title line 1, the date)."""
    if published:
        from ...model import Article
        text = text_path.read_text(encoding="utf-8")
        return Article(id=text_path.stem, title=text.partition("\n")[0], text=text, published=published)
    from ...sources import read_articles
    return next(a for a in read_articles([str(text_path)]) if not isinstance(a, Exception))


def record(text_path: Path, published: str | None = None) -> tuple[list, object]:
    """The candidates' rows of one article (rules only) and its extracted graph."""
    from .. import extract_article
    article = read_article(text_path, published)
    roles.RECORDER = []
    try:
        graph = extract_article(article)
        rows = roles.RECORDER
    finally:
        roles.RECORDER = None
    return rows, graph


def labels(rows: list, graph, gold: dict) -> list[tuple[list[str], int]]:
    """(features, class) of the rows whose event matches a gold event (type and date, else type)."""
    g_events = gold.get("events", [])
    alias_of = {o["name"]: [o["name"], *o.get("aliases", [])] for o in gold.get("officials", [])}
    out = []
    used: dict[str, str] = {}
    for event_id in sorted({r[1] for r in rows}):
        node = graph.nodes.get(event_id)
        if node is None:
            continue
        etype, date = node.properties.get("type"), node.properties.get("date")
        free = [g for g in g_events if g["key"] not in used.values() and g["type"] == etype]
        pick = next((g for g in free if (g.get("date") or None) == (date or None)), free[0] if free else None)
        if pick is not None:
            used[event_id] = pick["key"]
    for _, event_id, nid, feats in rows:
        key = used.get(event_id)
        node = graph.nodes.get(nid)
        if key is None or (node is None and not nid.startswith("group:")):
            continue
        props = node.properties if node is not None else {"name": nid[len("group:"):]}
        name = props.get("name", "")
        names = {name_key(name)} | {name_key(a) for a in props.get("aliases") or []}
        have = set(tokens(name))

        def is_official(gname: str) -> bool:
            return nid.startswith("official:") and bool(names & {name_key(a) for a in alias_of.get(gname, [gname])})

        if any(g["event"] == key and is_official(g["official"]) for g in gold.get("led", [])):
            y = 1
        elif any(g["event"] == key and (is_official(g["attendee"]) or (have and set(tokens(g["attendee"])) <= have))
                 for g in gold.get("attended", [])):
            y = 2
        else:
            y = 0
        out.append((feats, y))
    return out


def dataset(items: list[tuple]) -> list[tuple[list[str], int]]:
    """The labelled rows of ``items`` ((stem, gold, text) or (stem, gold, text, published date)), in their order."""
    data = []
    for item in items:
        rows, graph = record(item[2], item[3] if len(item) > 3 else None)
        data += labels(rows, graph, json.loads(item[1].read_text(encoding="utf-8")))
    return data


def fit(data: list[tuple[list[str], int]], with_rules: bool = WITH_RULES,
        unlinked_only: bool = False) -> dict[str, list[float]]:
    """Multinomial logistic regression, full-batch gradient descent, fixed order and step count.

    ``with_rules`` False: the rules' own decisions are no features (the model learns from the cues alone).
    ``unlinked_only``: fit on the rows of the candidates the rules left out (``rule:none``) only."""
    if unlinked_only:
        data = [(feats, y) for feats, y in data if "rule:none" in feats]
    if not with_rules:
        data = [([f for f in feats if not f.startswith("rule:")], y) for feats, y in data]
    counts: dict[str, int] = {}
    for feats, _ in data:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    names = [""] + sorted(f for f, c in counts.items() if c >= MIN_COUNT)
    index = {f: i for i, f in enumerate(names)}
    rows = [([0] + [index[f] for f in feats if f in index], y) for feats, y in data]
    w = [[0.0, 0.0, 0.0] for _ in names]
    n = max(1, len(rows))
    for _ in range(ITERATIONS):
        grad = [[0.0, 0.0, 0.0] for _ in names]
        for idx, y in rows:
            z = [0.0, 0.0, 0.0]
            for i in idx:
                wi = w[i]
                z[0] += wi[0]
                z[1] += wi[1]
                z[2] += wi[2]
            top = max(z)
            ex = [math.exp(v - top) for v in z]
            total = ex[0] + ex[1] + ex[2]
            d = [ex[0] / total, ex[1] / total, ex[2] / total]
            d[y] -= 1.0
            for i in idx:
                gi = grad[i]
                gi[0] += d[0]
                gi[1] += d[1]
                gi[2] += d[2]
        for i, wi in enumerate(w):
            reg = 0.0 if i == 0 else L2
            for k in range(3):
                wi[k] -= RATE * (grad[i][k] / n + reg * wi[k])
    return {f: [round(v, 6) for v in w[i]] for f, i in index.items()}


def all_items(gold_dir: Path, extra: list[Path] = ()) -> list[tuple]:
    """The shared gold's items, then each extra batch's, the batches in the order of their folder names
    (so the same folders give the same rows in the same order, however they are listed)."""
    items: list[tuple] = list(gold_items(gold_dir))
    for batch in sorted({Path(b).resolve() for b in extra}, key=lambda b: (b.name, str(b))):
        items += extra_items(batch)
    return items


def train(gold_dir: Path, items=None, extra: list[Path] = ()) -> dict:
    items = all_items(gold_dir, extra) if items is None else items
    data = dataset(items)
    table = fit(data, unlinked_only=UNLINKED_ONLY)
    doc = {"model": "multinomial logistic regression (none/led/attended)", "classes": list(roles.CLASSES),
           "iterations": ITERATIONS, "rate": RATE, "l2": L2, "margin": roles.MARGIN,
           "rows": sum("rule:none" in f for f, _ in data) if UNLINKED_ONLY else len(data),
           "trained_on": "candidates the rules left out" if UNLINKED_ONLY else "all candidates",
           "articles": len(items), "weights": table}
    if extra:
        doc["gold"] = ["shared"] + sorted(Path(b).resolve().name for b in set(map(str, extra)))
    return doc


def dump(doc: dict) -> str:
    """The weights table as JSON, one feature a line (sorted): a retraining shows as a readable diff."""
    head = {k: v for k, v in sorted(doc.items()) if k != "weights"}
    lines = [f"{json.dumps(f, ensure_ascii=False)}: {json.dumps(w)}" for f, w in sorted(doc["weights"].items())]
    return json.dumps(head, ensure_ascii=False)[:-1] + ', "weights": {\n' + ",\n".join(lines) + "\n}}\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", help="the gold folder (../shared/gold), with ../corpus beside it")
    ap.add_argument("--extra", nargs="+", default=[], metavar="DIR",
                    help="more gold in the held-out batch layout: DIR/corpus/*.txt, DIR/gold/*.json, DIR/published.tsv")
    ap.add_argument("-o", "--out", default=str(Path(__file__).resolve().parents[2] / "data" / roles.WEIGHTS_FILE))
    args = ap.parse_args(argv)
    gold = Path(args.gold).resolve()
    if not (gold.parent / "corpus").is_dir():
        print(f"error: no corpus beside {gold}; fix: pass the shared gold folder (../shared/gold)", file=sys.stderr)
        return 2
    extra = [Path(d) for d in args.extra]
    for d in extra:
        if not (d / "gold").is_dir() or not (d / "corpus").is_dir():
            print(f"error: {d} has no gold/ and corpus/; fix: pass a folder in the held-out batch layout", file=sys.stderr)
            return 2
    doc = train(gold, extra=extra)
    Path(args.out).write_text(dump(doc), encoding="utf-8")
    print(f"{args.out}: {doc['rows']} candidates from {doc['articles']} articles, {len(doc['weights'])} weights")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
