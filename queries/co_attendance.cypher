// answers: which pairs of officials were at the same events (led or attended), and at how many
// example: graphkit query queries/co_attendance.cypher
MATCH (a:Official)-[:LED|ATTENDED]->(e:Event)<-[:LED|ATTENDED]-(b:Official)
WHERE a.id < b.id
RETURN a.name AS official_a, b.name AS official_b, count(DISTINCT e) AS events
ORDER BY events DESC, official_a, official_b
