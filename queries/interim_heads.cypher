// answers: who holds a post as an interim head (Pj, Pjs, Plt or Plh): which office, in which region, as of when
// example: graphkit query queries/interim_heads.cypher
MATCH (o:Official)-[h:HOLDS]->(f:Office)
WHERE h.capacity IN ['Pj', 'Pjs', 'Plt', 'Plh']
OPTIONAL MATCH (f)-[:IN_REGION]->(r:Region)
RETURN DISTINCT o.name AS official, h.capacity AS capacity, f.name AS office, r.name AS region, h.as_of AS as_of
ORDER BY region, office, official, capacity
