// answers: which pairs of officials were at the same events (led or attended), and at how many
// example: graphkit query queries/co_attendance.cypher
MATCH (a:Official)-->(e:Event)<--(b:Official)
WHERE a.id < b.id
RETURN a.name AS official_a, b.name AS official_b, count(DISTINCT e.id) AS events
ORDER BY events DESC, official_a, official_b
