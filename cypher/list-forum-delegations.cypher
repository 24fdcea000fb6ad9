// params: $id: forum id
// returns: delegation — its city, members with their role and section, source ids
MATCH (f:Forum {id: $id})<-[:AT]-(d:Delegation)-[:FROM]->(c:City)
RETURN d {.id, .note,
          city: c {.id, .nameRu, .nameEn, .country, .lat, .lon},
          members: [(p:Person)-[m:MEMBER_OF]->(d) | {person: p {.id, .nameRu, .nameEn, .officeRu, .officeEn},
                    role: m.role, section: m.section, proposals: coalesce(m.proposals, [])}],
          sources: [(d)-[:SOURCED_BY]->(s:Source) | s.id]} AS delegation
ORDER BY c.country DESC, c.id
