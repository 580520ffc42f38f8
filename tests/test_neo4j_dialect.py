"""graphkit.cypher_dialect: Neo4j Cypher answered by the embedded store, checked against Neo4j itself.

The rewrite is judged by the one thing that matters: the same text gives the
same rows on Neo4j 5 and on the embedded store, or the embedded store refuses
it with a message naming what to use instead (never a wrong value).
"""
from __future__ import annotations

import pytest

from graphkit.cypher_dialect import to_embedded
from graphkit.errors import QueryError
from graphkit.stores import embedded
from test_embedded import mini_graph
from test_parity import norm

EXPRESSIONS = [
    "RETURN [10, 20, 30][0] AS a, [10, 20, 30][2] AS b, [10, 20, 30][-1] AS c, [10, 20, 30][-3] AS d",
    "RETURN [10, 20, 30][0..2] AS a, [10, 20, 30][1..3] AS b, [10, 20, 30][1..] AS c",
    "UNWIND range(0, 2) AS i RETURN i, [10, 20, 30][i] AS v",
    "RETURN substring('abcdef', 0, 3) AS a, substring('abcdef', 2) AS b, substring('abcdef', 1, 2) AS c",
    "RETURN toString(42) AS a, toInteger('7') AS b, toFloat('1.5') AS c, split('a,b', ',') AS d",
    "RETURN head([1, 2, 3]) AS a, last([1, 2, 3]) AS b, toLower('AbC') AS c, toUpper('x') AS d",
    "RETURN 'labels(n)[0] // type(r)' AS text_is_untouched",
    "MATCH (o:Official)-[r]->(x) RETURN o.id AS o, type(r) AS t, labels(x) AS l, labels(x)[0] AS first",
    "MATCH (a)-[r:LED|ATTENDED]->(e:Event) WHERE a:Official OR a:Person RETURN a.id AS a, type(r) AS t, e.id AS e",
    "MATCH (o:Official)-[r:HOLDS|LED]->(x) "
    "RETURN DISTINCT CASE WHEN x:Office THEN x.name ELSE x.id END AS target, type(r) AS t",
    "MATCH (o:Official) OPTIONAL MATCH (o)-[:STATED]->(s:Statement) "
    "RETURN o.id AS o, count(s) AS n, size(collect(s.id)) AS m",
    "MATCH (n {id: 'official:imam-hidayat'}) UNWIND range(0, size(n.evidence_article) - 1) AS i "
    "RETURN n.evidence_article[i] AS article, n.evidence_start[i] AS start",
]


def test_rewrites_are_the_documented_ones():
    assert to_embedded("MATCH ()-[r]->() RETURN type(r)") == "MATCH ()-[r]->() RETURN label(r)"
    assert to_embedded("RETURN labels(n)[0]") == "RETURN [label(n)][1]"
    assert to_embedded("MATCH (n:A {id: $x}) WHERE n:Official RETURN n") == \
        "MATCH (n:A {id: $x}) WHERE label(n) = 'Official' RETURN n"
    assert to_embedded("RETURN xs[-1], xs[i]") == "RETURN xs[-1], xs[CASE WHEN (i) >= 0 THEN (i) + 1 ELSE (i) END]"
    assert to_embedded("RETURN 'type(r)' // labels(n)[0]") == "RETURN 'type(r)' // labels(n)[0]"
    assert to_embedded("MATCH (a)-[:X|Y*0..2]->(b) RETURN [1, 2] AS l") == "MATCH (a)-[:X|Y*0..2]->(b) RETURN [1, 2] AS l"


@pytest.mark.parametrize("query, instead", [
    ("MATCH (n) RETURN id(n)", "n.id"), ("MATCH (n) RETURN elementId(n)", "n.id"),
    ("MATCH ()-[r]->() RETURN startNode(r)", "(a)-[r]->(b)"), ("RETURN reverse([1, 2])", "ORDER BY"),
    ("RETURN tail([1, 2])", "xs[1..]"), ("RETURN {a: 1}['a']", "m.key"), ("RETURN [1, 2][i..2]", "numbers"),
])
def test_what_the_embedded_store_cannot_answer_is_refused_with_what_to_use(query, instead):
    with pytest.raises(QueryError) as info:
        to_embedded(query)
    assert instead in info.value.fix


def test_embedded_store_answers_type_and_labels(tmp_path):
    # the two reproductions: type(r) failed, labels(n)[0] silently returned ''
    embedded.write_store(mini_graph(), tmp_path)
    with embedded.EmbeddedStore(tmp_path) as store:
        _, rows = store.run("MATCH (o:Official)-[r:HOLDS]->(f) RETURN DISTINCT type(r), labels(o)[0], labels(f)")
    assert rows == [["HOLDS", "Official", ["Office"]]]


@pytest.mark.neo4j
def test_same_rows_on_neo4j_and_the_embedded_store(neo4j_server, tmp_path):
    from graphkit.stores.neo4j import load_graph
    g = mini_graph()
    embedded.write_store(g, tmp_path)
    neo4j_server.wipe()
    load_graph(g, neo4j_server.uri, neo4j_server.user, neo4j_server.password)
    with neo4j_server.driver() as d, d.session() as s, embedded.EmbeddedStore(tmp_path) as store:
        for q in EXPRESSIONS:
            result = s.run(q)
            cols, rows = list(result.keys()), [list(r.values()) for r in result]
            ecols, erows = store.run(q)
            assert ecols == cols, q
            assert norm(erows) == norm(rows), f"{q}: embedded {erows[:3]} != neo4j {rows[:3]}"
            assert rows, q
