// answers: where a node was read: each article and character span [start, end) that supports it
// param id: the node id, e.g. "official:imam-hidayat" (required)
// example: graphkit query queries/node_provenance.cypher --param id=official:imam-hidayat
MATCH (n {id: $id})
UNWIND range(0, size(n.evidence_article) - 1) AS i
RETURN DISTINCT n.evidence_article[i] AS article, n.evidence_start[i] AS start, n.evidence_end[i] AS `end`
ORDER BY article, start, `end`
