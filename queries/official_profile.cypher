// answers: everything the graph says one official did: posts held (HOLDS, detail = capacity), events led or attended (LED/ATTENDED, detail = event type), quotes (STATED, detail = the text)
// param name: the official: a name, alias, part of a name (any case) or node id, e.g. "Imam Hidayat" or "official:imam-hidayat" (required)
// official: name
// example: graphkit query queries/official_profile.cypher --param name="Imam Hidayat"
MATCH (o:Official)-[h:HOLDS]->(f:Office)
WHERE o.name = $name OR o.id = $name
RETURN DISTINCT 'HOLDS' AS relation, f.name AS target, h.capacity AS detail, h.as_of AS date
UNION
MATCH (o:Official)-[:LED]->(e:Event)
WHERE o.name = $name OR o.id = $name
RETURN DISTINCT 'LED' AS relation, e.id AS target, e.type AS detail, e.date AS date
UNION
MATCH (o:Official)-[:ATTENDED]->(e:Event)
WHERE o.name = $name OR o.id = $name
RETURN DISTINCT 'ATTENDED' AS relation, e.id AS target, e.type AS detail, e.date AS date
UNION
MATCH (o:Official)-[:STATED]->(s:Statement)
WHERE o.name = $name OR o.id = $name
RETURN DISTINCT 'STATED' AS relation, s.id AS target, s.text AS detail, s.date AS date
