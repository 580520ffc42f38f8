// answers: which events happened in a region; a province includes its kabupaten/kota, and a kabupaten/kota its kecamatan (PART_OF)
// param region: Kemendagri code of the region, e.g. "35" (Jawa Timur) or "35.09" (Jember) (default "35")
// example: graphkit query queries/events_in_region.cypher --param region=35.09
MATCH (e:Event)-[:IN_REGION]->(r:Region)-[:PART_OF*0..2]->(p:Region {code: $region})
RETURN DISTINCT e.id AS event, e.type AS type, e.date AS date, r.name AS region
ORDER BY date, event, region
