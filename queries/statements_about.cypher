// answers: who said what about a topic, in which capacity (office, region), when, and in which article
// param topic: the topic slug or name, e.g. "netralitas-asn", "pilkada" (default "netralitas-asn")
// example: graphkit query queries/statements_about.cypher --param topic=pilkada
MATCH (s:Statement)-[:ABOUT]->(t:Topic)
WHERE t.id = 'topic:' + $topic OR t.name = $topic
OPTIONAL MATCH (p)-[:STATED]->(s)
OPTIONAL MATCH (p)-[:HOLDS]->(f:Office)
OPTIONAL MATCH (f)-[:IN_REGION]->(r:Region)
UNWIND s.sources AS article
RETURN DISTINCT p.name AS speaker, f.name AS office, r.name AS region, s.date AS date, s.text AS text, article
ORDER BY date, speaker, text, article
