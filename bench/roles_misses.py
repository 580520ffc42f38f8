"""Why a held-out set's gold leaders/attendees are no candidate of the learned roles (issue 16).

    python bench/roles_misses.py /work/blind2      (a folder with corpus/*.txt and gold/*.json)

For each gold LED/ATTENDED that no candidate of the main event carries: no main event, the main
event's type is not in the gold, the person belongs to another event of the article, the official
is not extracted at all, or the group is named by no group word or rule.
"""
import json, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from graphkit.extract.events import train_roles as T
from graphkit.evaluate_keys import name_key, tokens
d = Path(sys.argv[1])
from collections import Counter
c = Counter()
for gp in sorted((d/'gold').glob('*.json')):
    gold = json.loads(gp.read_text())
    rows, graph = T.record(d/'corpus'/f'{gp.stem}.txt')
    offs = {o['name']: [o['name'], *o.get('aliases', [])] for o in gold.get('officials', [])}
    names = {}
    for n in graph.nodes.values():
        for a in [n.properties.get('name', '')] + list(n.properties.get('aliases') or []):
            names.setdefault(name_key(a), n.id)
    for kind, field, cls in (('led', 'official', 1), ('attended', 'attendee', 2)):
        for g in gold.get(kind, []):
            one = {**gold, 'led': [g] if kind == 'led' else [], 'attended': [g] if kind == 'attended' else []}
            lab = T.labels(rows, graph, one)
            if any(y == cls for _, y in lab): continue
            who = g[field]
            if not rows: why = 'no main event'
            elif not lab: why = 'main event type not in gold'
            elif (ev := next((e for e in gold['events'] if e['key'] == g['event']), {})).get('type') \
                    != graph.nodes[rows[0][1]].properties.get('type'):
                why = 'another event (%s)' % ev.get('type')
            elif who in offs:
                nid = next((names[name_key(a)] for a in offs[who] if name_key(a) in names), None)
                why = 'official not extracted' if nid is None else 'official extracted, not a candidate'
            else:
                why = 'group named by no group word or rule'
            c[(kind, why)] += 1
            print(gp.stem, kind, who, '->', why)
print(c)
