// answers: which officials hold which posts of a region (the offices IN_REGION that region), and in which capacity
// param region: Kemendagri code of the region, e.g. "35.09" (Jember) (required)
// example: graphkit query queries/officials_of_region.cypher --param region=35.09
MATCH (o:Official)-[h:HOLDS]->(f:Office)-[:IN_REGION]->(r:Region)
WHERE r.code = $region
RETURN DISTINCT o.name AS official, f.name AS office, h.capacity AS capacity
ORDER BY office, official, capacity
