// answers: who led and who attended one event (officials, other people, organizations)
// param event: the event's node id, e.g. "event:audiensi:2024-09-25:35.09" (required; list them with events_in_region)
// example: graphkit query queries/event_attendees.cypher --param event=event:audiensi:2024-09-25:35.09
MATCH (a:Official)-[:LED]->(e:Event) WHERE e.id = $event
RETURN DISTINCT a.name AS attendee, 'Official' AS label, 'LED' AS role
UNION
MATCH (a:Official)-[:ATTENDED]->(e:Event) WHERE e.id = $event
RETURN DISTINCT a.name AS attendee, 'Official' AS label, 'ATTENDED' AS role
UNION
MATCH (a:Person)-[:LED]->(e:Event) WHERE e.id = $event
RETURN DISTINCT a.name AS attendee, 'Person' AS label, 'LED' AS role
UNION
MATCH (a:Person)-[:ATTENDED]->(e:Event) WHERE e.id = $event
RETURN DISTINCT a.name AS attendee, 'Person' AS label, 'ATTENDED' AS role
UNION
MATCH (a:Organization)-[:LED]->(e:Event) WHERE e.id = $event
RETURN DISTINCT a.name AS attendee, 'Organization' AS label, 'LED' AS role
UNION
MATCH (a:Organization)-[:ATTENDED]->(e:Event) WHERE e.id = $event
RETURN DISTINCT a.name AS attendee, 'Organization' AS label, 'ATTENDED' AS role
