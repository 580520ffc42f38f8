"""What each LED and ATTENDED rule is worth: edges, true and false positives per rule (issue #16).

Every article is extracted while ``graphkit.extract.rule_trace`` records which rule wrote each LED and
ATTENDED edge; the article's graph is scored with ``../shared/eval/score.py``'s own matching
(``score_article``, its greedy one-to-one pairs), and each final edge counts for the rule that made it
(the last write that created the key).  Only edges of events the scorer matched count, as the scorer
pairs them (an edge of an unmatched event is a false positive of the event, not of the rule: the
``unm`` column when the gold has an event of the article left unmatched, ``spur`` when it has none).  ``dup``: a second node of a group already matched (the scorer forgives it).  ``sole``:
edges no other rule also wrote (what dropping the rule would remove).

    python bench/attendance_rules.py /work/blind20 /work/blind21 … [--project seeds dev dev2 extra]
        [--shared ../shared] [--by-position] [--show RULE]      (--show: the rule's edges, develop material only)

Prints figures only unless ``--show`` is given: per rule and fact, no article, person or text.
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _articles(batches: list[Path], shared: Path, sets: list[str]):
    """(stem, gold dict, Article) of every gold article: held-out batches as ``heldout.py`` builds them,
    the project gold as ``graphkit build`` reads its text files."""
    import json
    from graphkit.extract.events.train_roles import gold_items, published_dates, read_article
    from graphkit.model import Article
    for batch in batches:
        dates = published_dates(batch)
        for gold in sorted((batch / "gold").glob("*.json")):
            path = batch / "corpus" / f"{gold.stem}.txt"
            if path.is_file():
                text = path.read_text(encoding="utf-8")
                yield gold.stem, json.loads(gold.read_text(encoding="utf-8")), Article(
                    id=gold.stem, title=text.partition("\n")[0], text=text, published=dates.get(gold.stem))
    if sets:
        for stem, gold, path in gold_items(shared / "gold", tuple(sets)):
            yield stem, json.loads(gold.read_text(encoding="utf-8")), read_article(path)


def _scored(score, gold: dict, graph) -> dict:
    """Per LED/ATTENDED edge (by its key): "tp", "fp", "dup" or "unm", as ``score_article`` pairs them."""
    nodes = {n.id: n.to_dict() for n in graph.sorted_nodes()}     # in graph.json's order: the matching is greedy
    edges = [e.to_dict() for e in graph.sorted_edges()]
    calls = []
    original = score.match

    def match(g, pred, same):
        res = original(g, pred, same)
        calls.append((g, pred, same, res[3]))
        return res
    score.match = match
    try:
        score.score_article(gold, nodes, edges, lambda *a: None)
    finally:
        score.match = original
    # the order score_article matches in: officials, regions, offices, holds, events, led, attended, statements
    (g_events, events, _, ev_pairs), led, att = calls[4][:4], calls[5], calls[6]
    matched = {events[i]["id"] for i in ev_pairs}
    # an unmatched event where the gold has an unmatched event of the article is one keyed otherwise (type or
    # date); where every gold event is matched it is one the gold does not have
    miskeyed = len(ev_pairs) < len(g_events)
    out = {}
    for gold_items, pred, same, pairs in (led, att):
        for i, e in enumerate(pred):
            key = (e["type"], e["source"], e["target"])
            if e["target"] not in matched:
                out[key] = "unm" if miskeyed else "spur"
            elif i in pairs:
                out[key] = "tp"
            elif e["type"] == "ATTENDED" and any(same(e, g) for g in gold_items):
                out[key] = "dup"
            else:
                out[key] = "fp"
    return out


def _attribute(rows: list) -> dict:
    """Edge key -> (rule that created it, the rules that wrote it since)."""
    out: dict = {}
    for _, type_, source, target, rule, new in rows:
        key = (type_, source, target)
        if new or key not in out:
            out[key] = (rule, {rule})
        else:
            out[key][1].add(rule)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("batches", nargs="*", type=Path)
    ap.add_argument("--project", nargs="*", default=[], help="project gold sets (seeds dev dev2 extra)")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--show", help="print this rule's edges on matched events (develop material only)")
    ap.add_argument("--by-position", action="store_true",
                    help="key the rows by where the edge's evidence sits (which tenth of the text) instead of the rule")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(args.shared / "eval"))
    import score
    from graphkit.extract import extract_article, rule_trace
    table: dict = defaultdict(lambda: defaultdict(int))
    shown = []
    for stem, gold, article in _articles(args.batches, args.shared.resolve(), args.project):
        rule_trace.RECORDER = []
        rule_trace.done()
        try:
            graph = extract_article(article)
            rows = rule_trace.RECORDER
        finally:
            rule_trace.RECORDER = None
            rule_trace.done()
        verdicts = _scored(score, gold, graph)
        for key, (rule, writers) in _attribute(rows).items():
            verdict = verdicts.get(key)
            if verdict is None:
                continue        # written, then taken away by a later rule
            if args.by_position:
                ev = (graph.edges[(*key, "")].properties.get("evidence") or [{}])[0]
                rule = f"tenth {min(9, 10 * int(ev.get('start', 0)) // max(1, len(article.text)))}"
            row = table[(key[0], rule)]
            row[verdict] += 1
            if writers == {rule}:
                row["sole_" + verdict] += 1
            if args.show and rule == args.show and verdict not in ("unm", "spur"):
                node = graph.nodes.get(key[1])
                ev = (graph.edges[(*key, "")].properties.get("evidence") or [{}])[0]
                s = article.text.rfind("\n", 0, ev.get("start", 0)) + 1
                shown.append(f"{verdict}\t{stem}\t{key[0]}\t{node.properties.get('name') if node else key[1]}"
                             f"\t{key[2].split(':')[1]}\t{' '.join(article.text[s:ev.get('end', 0) + 120].split())[-260:]}")
    print("| fact | rule | edges | tp | fp | dup | P | sole tp | sole fp | unm | spur |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for (fact, rule), r in sorted(table.items(), key=lambda kv: (kv[0][0], -(kv[1]["tp"] + kv[1]["fp"]), kv[0][1])):
        n = r["tp"] + r["fp"]
        p = f"{r['tp'] / n:.2f}" if n else "–"
        print(f"| {fact} | {rule} | {n + r['dup']} | {r['tp']} | {r['fp']} | {r['dup']} | {p} | {r['sole_tp']} "
              f"| {r['sole_fp']} | {r['unm']} | {r['spur']} |")
    for fact in ("LED", "ATTENDED"):
        tot = {k: sum(r[k] for (f, _), r in table.items() if f == fact) for k in ("tp", "fp", "dup", "unm", "spur")}
        print(f"{fact}: tp={tot['tp']} fp={tot['fp']} dup={tot['dup']} on matched events; {tot['unm']} on events keyed "
              f"otherwise, {tot['spur']} on events the gold does not have")
    for line in shown:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
