"""The per-article matcher of ``graphkit eval`` (same rules as ../shared/eval/score.py).

Kept apart from evaluate.py so each stays readable; the logic follows the
reference line by line (greedy one-to-one matching per kind of fact,
ancestor regions forgiven, extra attendee nodes of a matched group forgiven),
and optionally records each miss with its sentence.
"""
from __future__ import annotations

from collections import defaultdict

from .evaluate_keys import (Miss, find_sentence, fold, match, name_key, props, quote_similar, region_code, role_key,
                           sentence_at, sources, tokens)


def score_article(gold: dict, nodes: dict, edges: list, misses: list[Miss] | None, text: str = "") -> dict:
    aid = "article:" + gold["article"]
    mine = {i: n for i, n in nodes.items() if aid in sources(n)}
    my_edges = [e for e in edges if aid in sources(e)]
    by_label: dict[str, list] = defaultdict(list)
    for n in mine.values():
        for label in n.get("labels", []):
            by_label[label].append(n)
    out: dict = {}

    def where(obj: dict) -> str:
        for ev in props(obj).get("evidence") or []:
            if ev.get("article") == aid:
                return sentence_at(text, int(ev.get("start", 0)), int(ev.get("end", 0)))
        return ""

    def log(fact: str, gold_items: list, pred: list, pairs: dict, show_pred, show_gold, needle,
            forgiven=()) -> None:
        if misses is None:
            return
        matched = set(pairs.values())
        for i, p in enumerate(pred):
            if i not in pairs and i not in forgiven:
                misses.append(Miss(gold["article"], fact, "fp", show_pred(p), where(p)))
        for j, g in enumerate(gold_items):
            if j not in matched:
                misses.append(Miss(gold["article"], fact, "fn", show_gold(g), find_sentence(text, needle(g))))

    def official_is(node, gold_name, aliases=()):
        if not node or "Official" not in node.get("labels", []):
            return False
        names = {name_key(props(node).get("name", ""))} | {name_key(a) for a in props(node).get("aliases") or []}
        wanted = {name_key(gold_name)} | {name_key(a) for a in aliases}
        return bool(names & wanted) if len(name_key(props(node).get("name", ""))) else False

    def pname(node_id: str) -> str:
        return str(props(nodes.get(node_id, {})).get("name") or node_id)

    g_off = gold.get("officials", [])
    alias_of = {o["name"]: o.get("aliases", []) for o in g_off}
    tp, fp, fn, pairs = match(g_off, by_label["Official"], lambda p, g: official_is(p, g["name"], g.get("aliases", [])))
    out["officials"] = (tp, fp, fn)
    log("officials", g_off, by_label["Official"], pairs, lambda p: props(p).get("name"), lambda g: g["name"],
        lambda g: g["name"])

    # Indonesia (ID) is the implied region of national posts: never scored (as ../shared/eval/score.py)
    g_regions = [r for r in gold.get("regions", []) if r["code"] != "ID"]
    g_codes = [r["code"] for r in g_regions]
    pred_regions = [r for r in by_label["Region"] if region_code(r) != "ID" and (region_code(r) in g_codes
                    or not any(c.startswith(region_code(r) + ".") for c in g_codes))]
    tp, fp, fn, pairs = match(g_regions, pred_regions, lambda p, g: region_code(p) == g["code"]
                              or name_key(props(p).get("name", "")) == name_key(g["name"]))
    out["regions"] = (tp, fp, fn)
    log("regions", g_regions, pred_regions, pairs, lambda p: f"{props(p).get('name')} ({region_code(p)})",
        lambda g: f"{g['name']} ({g['code']})", lambda g: g["name"].split(" ", 1)[-1])

    def office_is(node, role, region):
        p = props(node) if node else {}
        reg = str(p.get("region") or "")
        if not reg:
            for e in edges:
                if e["type"] == "IN_REGION" and e["source"] == node.get("id"):
                    reg = region_code(nodes.get(e["target"]))
        return bool(node) and role_key(p.get("role", "")) == role_key(role) and reg == region

    g_offices = gold.get("offices", [])
    tp, fp, fn, pairs = match(g_offices, by_label["Office"], lambda p, g: office_is(p, g["role"], g["region"]))
    out["offices"] = (tp, fp, fn)
    log("offices", g_offices, by_label["Office"], pairs,
        lambda p: f"{props(p).get('role')} @ {props(p).get('region')}", lambda g: f"{g['role']} @ {g['region']}",
        lambda g: g["role"])

    holds = [e for e in my_edges if e["type"] == "HOLDS"]
    g_holds = gold.get("holds", [])
    tp, fp, fn, pairs = match(g_holds, holds, lambda e, g: official_is(nodes.get(e["source"]), g["official"],
                                                                        alias_of.get(g["official"], []))
                              and office_is(nodes.get(e["target"]), g["role"], g["region"])
                              and fold(str(props(e).get("capacity") or "definitif")) == fold(g["capacity"]))
    out["holds"] = (tp, fp, fn)
    log("holds", g_holds, holds, pairs,
        lambda e: f"{pname(e['source'])} HOLDS {props(nodes.get(e['target'], {})).get('role')} @ "
                  f"{props(nodes.get(e['target'], {})).get('region')} ({props(e).get('capacity')})",
        lambda g: f"{g['official']} HOLDS {g['role']} @ {g['region']} ({g['capacity']})", lambda g: g["official"])

    g_events = gold.get("events", [])
    tp, fp, fn, ev_pairs = match(g_events, by_label["Event"],
                                 lambda p, g: props(p).get("type") == g["type"]
                                 and (props(p).get("date") or None) == (g.get("date") or None))
    out["events"] = (tp, fp, fn)
    log("events", g_events, by_label["Event"], ev_pairs, lambda p: f"{props(p).get('type')} {props(p).get('date')}",
        lambda g: f"{g['type']} {g.get('date')}", lambda g: g.get("venue") or g["type"])
    event_key = {by_label["Event"][i]["id"]: g_events[j]["key"] for i, j in ev_pairs.items()}

    led = [e for e in my_edges if e["type"] == "LED"]
    g_led = gold.get("led", [])
    tp, fp, fn, pairs = match(g_led, led, lambda e, g: event_key.get(e["target"]) == g["event"]
                              and official_is(nodes.get(e["source"]), g["official"], alias_of.get(g["official"], [])))
    out["led"] = (tp, fp, fn)
    log("led", g_led, led, pairs, lambda e: f"{pname(e['source'])} LED {e['target']}",
        lambda g: f"{g['official']} LED {g['event']}", lambda g: g["official"])

    att = [e for e in my_edges if e["type"] == "ATTENDED"]
    g_att = gold.get("attended", [])

    def attendee_is(e, g):
        if event_key.get(e["target"]) != g["event"]:
            return False
        node = nodes.get(e["source"])
        if official_is(node, g["attendee"], alias_of.get(g["attendee"], [])):
            return True
        have = set(tokens(props(node or {}).get("name", "")))
        return bool(have) and set(tokens(g["attendee"])) <= have

    tp, fp, fn, pairs = match(g_att, att, attendee_is)
    extra_idx = [i for i, e in enumerate(att) if i not in pairs and any(attendee_is(e, g) for g in g_att)]
    out["attended"] = (tp, fp - len(extra_idx), fn)
    log("attended", g_att, att, pairs, lambda e: f"{pname(e['source'])} ATTENDED {e['target']}",
        lambda g: f"{g['attendee']} ATTENDED {g['event']}", lambda g: g["attendee"], forgiven=set(extra_idx))

    g_st = gold.get("statements", [])
    stmts = by_label["Statement"]
    tp, fp, fn, st_pairs = match(g_st, stmts, lambda p, g: quote_similar(props(p).get("text", ""), g["quote"]))
    out["statements"] = (tp, fp, fn)
    log("statements", g_st, stmts, st_pairs, lambda p: str(props(p).get("text", ""))[:120],
        lambda g: g["quote"][:120], lambda g: g["quote"][:40])

    stated = [e for e in my_edges if e["type"] == "STATED"]
    stmt_gold = {stmts[i]["id"]: g_st[j] for i, j in st_pairs.items()}
    official_names = {o["name"] for o in g_off}
    g_named = [g for g in g_st if g.get("speaker") in official_names]
    s_tp = s_fp = 0
    credited: set[int] = set()
    for e in stated:
        g = stmt_gold.get(e["target"])
        src = nodes.get(e["source"])
        is_official = "Official" in (src or {}).get("labels", [])
        if g is None:
            s_fp += is_official
            if is_official and misses is not None:
                misses.append(Miss(gold["article"], "stated", "fp", f"{pname(e['source'])} STATED (unmatched quote)",
                                   where(e)))
            continue
        if g.get("speaker") in official_names and official_is(src, g["speaker"], alias_of.get(g["speaker"], [])):
            if id(g) not in credited:
                credited.add(id(g))
                s_tp += 1
        elif is_official:
            s_fp += 1
            if misses is not None:
                misses.append(Miss(gold["article"], "stated", "fp", f"{pname(e['source'])} STATED {g['quote'][:60]}",
                                   find_sentence(text, g["quote"][:40])))
    if misses is not None:
        for g in g_named:
            if id(g) not in credited:
                misses.append(Miss(gold["article"], "stated", "fn", f"{g['speaker']} STATED {g['quote'][:60]}",
                                   find_sentence(text, g["quote"][:40])))
    out["stated"] = (s_tp, s_fp, len(g_named) - s_tp)

    leaks = []
    for n in mine.values():
        name = fold(props(n).get("name", ""))
        for bad in gold.get("must_not", []):
            if fold(bad) in name:
                leaks.append((gold["article"], bad, n["id"]))
    out["leaks"] = leaks
    return out
