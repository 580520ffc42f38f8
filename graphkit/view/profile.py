"""An official's profile as one plain HTML page: posts, events timeline, statements.

Why a separate page and no script: a profile is read, printed and archived
like a dossier, so it is static HTML (works anywhere, even with scripts off).
Every fact links to its sources: the article ``url`` when known, else the
local text file when it is readable now; the evidence sentence is quoted.
"""
from __future__ import annotations

import html
from pathlib import Path

from ..model import Graph
from .evidence import ArticleTexts, evidence_items

CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; max-width: 920px; margin: 24px auto;
       padding: 0 16px; color: #222; font-size: 14px; line-height: 1.45; }
h1 { margin-bottom: 2px; } .sub { color: #666; margin-top: 0; }
h2 { border-bottom: 2px solid #eee; padding-bottom: 3px; margin-top: 28px; }
table { border-collapse: collapse; width: 100%; } td, th { text-align: left; padding: 4px 6px; border-top: 1px solid #eee;
 vertical-align: top; } th { color: #666; font-weight: 600; }
.timeline { list-style: none; padding-left: 0; border-left: 3px solid #edc948; margin-left: 6px; }
.timeline li { position: relative; padding: 2px 0 12px 16px; }
.timeline li::before { content: ""; position: absolute; left: -8px; top: 7px; width: 11px; height: 11px; border-radius: 50%;
 background: #edc948; border: 1px solid #a88a1a; }
.date { font-weight: 600; font-variant-numeric: tabular-nums; } .role { color: #fff; background: #4e79a7; border-radius: 3px;
 padding: 0 5px; font-size: 12px; } .role.LED { background: #e15759; }
blockquote { margin: 4px 0; padding: 4px 8px; border-left: 3px solid #ccc; background: #fafafa; }
.statement { margin-bottom: 14px; } .statement blockquote { font-size: 15px; } th { white-space: nowrap; } mark { background: #ffe58a; } .src { color: #555; font-size: 12px; }
.muted { color: #888; }
"""


def _e(value) -> str:
    return html.escape("" if value is None else str(value))


def _name(graph: Graph, node_id: str) -> str:
    node = graph.nodes.get(node_id)
    return str(node.properties.get("name") or node_id) if node else node_id


def _sources(props: dict, texts: ArticleTexts) -> str:
    parts = []
    for ev in evidence_items(props, texts):
        s = ev["sentence"]
        quote = (f"<blockquote>{_e(s['before'])}<mark>{_e(s['span'])}</mark>{_e(s['after'])}</blockquote>"
                 if s else "")
        href = ev["url"]
        if not href:
            path = texts.locate(ev["article"])
            href = path.as_uri() if path else None
        label = _e(ev["title"] or ev["article"])
        link = f'<a href="{_e(href)}">{label}</a>' if href else label
        when = f" · {_e(ev['published'])}" if ev.get("published") else ""
        parts.append(f'{quote}<div class="src">{link}{when}</div>')
    return "".join(parts)


def _date_key(date: str | None) -> tuple:
    return (date is None, date or "")


def profile_data(graph: Graph, official_id: str) -> dict:
    """Posts, events (sorted by date, undated last) and statements of one official."""
    posts, events, statements = [], [], []
    for e in graph.sorted_edges():
        if e.source != official_id:
            continue
        if e.type == "HOLDS":
            posts.append({"office": e.target, "name": _name(graph, e.target),
                          "capacity": e.properties.get("capacity"), "as_of": e.properties.get("as_of"), "edge": e})
        elif e.type in ("LED", "ATTENDED") and e.target in graph.nodes:
            ev = graph.nodes[e.target]
            events.append({"event": ev.id, "role": e.type, "date": ev.properties.get("date"),
                           "type": ev.properties.get("type"), "name": ev.properties.get("name"),
                           "region": _region_name(graph, ev.id), "edge": e})
        elif e.type == "STATED" and e.target in graph.nodes:
            st = graph.nodes[e.target]
            statements.append({"statement": st.id, "date": st.properties.get("date"), "text": st.properties.get("text"),
                               "topics": st.properties.get("topics") or [], "edge": e})
    events.sort(key=lambda r: (*_date_key(r["date"]), r["event"]))
    statements.sort(key=lambda r: (*_date_key(r["date"]), r["statement"]))
    posts.sort(key=lambda r: (*_date_key(r["as_of"]), r["office"]))
    return {"official": graph.nodes[official_id], "posts": posts, "events": events, "statements": statements}


def _region_name(graph: Graph, node_id: str) -> str | None:
    for e in graph.edges.values():
        if e.type == "IN_REGION" and e.source == node_id:
            return _name(graph, e.target)
    return None


def render_profile(graph: Graph, official_id: str, *, roots: list[Path] | None = None) -> str:
    texts = ArticleTexts(graph, roots)
    d = profile_data(graph, official_id)
    texts.want([r["edge"].properties for r in (*d["posts"], *d["events"], *d["statements"])])
    off = d["official"].properties
    name = str(off.get("name") or official_id)
    extra = ", ".join(x for x in [" ".join(off.get("honorifics") or []), ", ".join(off.get("degrees") or [])] if x)
    aliases = ", ".join(off.get("aliases") or [])
    out = [f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{_e(name)} — graphkit profile</title>"
           f"<style>{CSS}</style></head><body>",
           f"<h1>{_e(name)}</h1><p class=\"sub\">{_e(official_id)}"
           + (f" · {_e(extra)}" if extra else "") + (f" · also written {_e(aliases)}" if aliases else "") + "</p>",
           f"<h2>Posts held ({len(d['posts'])})</h2>"]
    if d["posts"]:
        out.append("<table><tr><th>office</th><th>capacity</th><th>as of</th><th>sources</th></tr>")
        for p in d["posts"]:
            out.append(f'<tr class="post"><td>{_e(p["name"])}</td><td>{_e(p["capacity"])}</td>'
                       f'<td>{_e(p["as_of"]) or "<span class=muted>—</span>"}</td>'
                       f'<td>{_sources(p["edge"].properties, texts)}</td></tr>')
        out.append("</table>")
    else:
        out.append('<p class="muted">No post found in the graph.</p>')
    out.append(f"<h2>Events led or attended ({len(d['events'])})</h2>")
    if d["events"]:
        out.append('<ul class="timeline">')
        for ev in d["events"]:
            title = ev["name"] or (ev["type"] or "event").replace("_", " ")
            out.append(f'<li class="event"><span class="date">{_e(ev["date"] or "undated")}</span> '
                       f'<span class="role {_e(ev["role"])}">{_e(ev["role"])}</span> <b>{_e(title)}</b> '
                       f'<span class="muted">({_e(ev["type"])}{", " + _e(ev["region"]) if ev["region"] else ""})</span>'
                       f'{_sources(ev["edge"].properties, texts)}</li>')
        out.append("</ul>")
    else:
        out.append('<p class="muted">No event found in the graph.</p>')
    out.append(f"<h2>Statements ({len(d['statements'])})</h2>")
    for st in d["statements"]:
        topics = ", ".join(st["topics"])
        props = st["edge"].properties
        quoted = any(ev["sentence"] for ev in evidence_items(props, texts))  # the quote in its sentence
        out.append(f'<div class="statement"><span class="date">{_e(st["date"] or "undated")}</span>'
                   + (f' <span class="muted">· {_e(topics)}</span>' if topics else "")
                   + ("" if quoted else f'<blockquote>“{_e(st["text"])}”</blockquote>')
                   + f'{_sources(props, texts)}</div>')
    if not d["statements"]:
        out.append('<p class="muted">No statement found in the graph.</p>')
    out.append('<p class="muted">Made by graphkit from the graph; quotes are cut from the article texts at view time.</p>'
               "</body></html>\n")
    return "".join(out)
