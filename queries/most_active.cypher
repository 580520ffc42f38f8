// answers: the most active officials: events led or attended, statements made, articles that mention them
// param limit: how many officials to list (default 10)
// example: graphkit query queries/most_active.cypher --param limit=5
MATCH (o:Official)
OPTIONAL MATCH (o)-[:LED|ATTENDED]->(e:Event)
WITH o, count(DISTINCT e) AS events
OPTIONAL MATCH (o)-[:STATED]->(s:Statement)
WITH o, events, count(DISTINCT s) AS statements
RETURN o.name AS official, events, statements, size(o.sources) AS articles
ORDER BY events DESC, statements DESC, articles DESC, o.id
LIMIT $limit
